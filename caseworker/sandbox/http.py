"""What every sandbox API shares: errors in the servers' shape, JSON, pagination, query checks, time.

OBSERVED.md §3.1 is the reference: one error shape for Open Zaak, Open Klant and Open Object (vng-api-common /
DRF), with per-product Dutch wording; BRP has its own Haal Centraal problem shape.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from caseworker.sandbox.store import BASE, Doc, SandboxStore

DEFAULT_PAGE_SIZE = 100
UUID_RE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


@dataclass(frozen=True)
class Product:
    """The texts a product uses where Open Klant and Open Zaak differ (OBSERVED.md §3.1 wording table)."""

    name: str
    invalid: str
    required: str
    haal_centraal: bool = False  # BRP: Haal Centraal problem shape instead of vng-api-common's


OPEN_ZAAK = Product("Open Zaak", invalid="Ongeldige invoer.", required="Dit veld is verplicht.")
OPEN_KLANT = Product("Open Klant", invalid="Ongeldige invoerwaarde.", required="Dit veld is vereist.")
# Open Object is built by the Open Klant team on the same framework version; its texts are assumed alike.
OPEN_OBJECT = Product("Open Object", invalid="Ongeldige invoerwaarde.", required="Dit veld is vereist.")
BRP = Product(
    "BRP",
    invalid="Een of meerdere parameters zijn niet correct.",
    required="Parameter is verplicht.",
    haal_centraal=True,
)


@dataclass(frozen=True)
class Api:
    """One component: its base path, version header, wording and authentication kind."""

    name: str
    base: str
    version: str
    product: Product
    auth: str  # "zgw" | "token" | "apikey"


@dataclass
class ApiError(Exception):
    """An error answer; rendered in the product's shape by `error_response`."""

    status: int
    kind: str  # the Name in `…/ref/fouten/<Name>/`
    code: str
    title: str
    detail: str | None = None
    invalid_params: list[dict[str, str]] | None = None
    headers: dict[str, str] = field(default_factory=dict)


def invalid(product: Product, *params: tuple[str, str, str]) -> ApiError:
    """400 with one `invalidParams` entry per (name, code, reason)."""
    items = [{"name": name, "code": code, "reason": reason} for name, code, reason in params]
    return ApiError(400, "ValidationError", "invalid", product.invalid, product.invalid, items)


def required(product: Product, *names: str) -> ApiError:
    return invalid(product, *((name, "required", product.required) for name in names))


def not_found(detail: str = "Niet gevonden.") -> ApiError:
    return ApiError(404, "NotFound", "not_found", "Niet gevonden.", detail)


def method_not_allowed(method: str) -> ApiError:
    # The title keeps the unformatted placeholder, as the servers send it.
    return ApiError(
        405,
        "MethodNotAllowed",
        "method_not_allowed",
        'Methode "{method}" niet toegestaan.',
        f'Methode "{method}" niet toegestaan.',
    )


def parse_error(message: str) -> ApiError:
    return ApiError(
        400, "ParseError", "parse_error", "Ongeldig samengestelde request.", f"JSON parse error - {message}"
    )


@dataclass
class Call:
    """One request as the handlers see it: the API it addresses, path arguments, query and body."""

    request: Request
    api: Api
    store: SandboxStore
    path_args: dict[str, str]
    body_bytes: bytes
    allow: str
    state: Any  # the app's `SandboxState` (registry, quirks, own-created zaken)
    principal: Any = None  # auth.Principal of the caller, for the audit trail

    @property
    def base_url(self) -> str:
        url = self.request.url
        return f"{url.scheme}://{url.netloc}"

    @property
    def product(self) -> Product:
        return self.api.product

    @property
    def method(self) -> str:
        return self.request.method

    def query(self) -> list[tuple[str, str]]:
        return list(self.request.query_params.multi_items())

    def json_body(self) -> Any:
        """The request body as JSON, with the request's host in URLs mapped back to the stored `BASE`."""
        try:
            text = self.body_bytes.decode()
            return json.loads(text.replace(self.base_url, BASE)) if text.strip() else {}
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise parse_error(str(exc)) from exc

    def to_base(self, url: str) -> str:
        return url.replace(self.base_url, BASE)

    def absolute(self, path: str) -> str:
        return f"{BASE}{self.api.base}/{path}"


def serialize(body: Any, base_url: str) -> bytes:
    return json.dumps(body, ensure_ascii=False).replace(BASE, base_url).encode()


def json_response(
    call: Call, body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    all_headers = {"API-version": call.api.version, "Allow": call.allow, **(headers or {})}
    media = "application/json; charset=utf-8" if call.product.haal_centraal else "application/json"
    return Response(serialize(body, call.base_url), status, all_headers, media_type=media)


def error_body(error: ApiError, product: Product, base_url: str) -> dict[str, Any]:
    instance = f"urn:uuid:{uuid.uuid4()}"
    if product.haal_centraal:
        body: dict[str, Any] = {
            "type": f"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.{error.status - 399}",
            "title": error.title,
            "status": error.status,
            "detail": error.detail or error.title,
            "instance": instance,
            "code": error.code,
        }
        if error.invalid_params is not None:
            body["invalidParams"] = [{"type": body["type"], **item} for item in error.invalid_params]
        return body
    body = {
        "type": f"{base_url}/ref/fouten/{error.kind}/",
        "code": error.code,
        "title": error.title,
        "status": error.status,
        "detail": error.detail if error.detail is not None else error.title,
        "instance": instance,
    }
    if error.invalid_params is not None:
        body["invalidParams"] = error.invalid_params
    return body


def error_response(error: ApiError, api: Api | None, base_url: str, allow: str | None = None) -> Response:
    product = api.product if api else OPEN_ZAAK
    headers = dict(error.headers)
    if api is not None:
        headers["API-version"] = api.version
    if allow:
        headers["Allow"] = allow
    media = "application/problem+json" if product.haal_centraal else "application/json"
    body = json.dumps(error_body(error, product, base_url), ensure_ascii=False).encode()
    return Response(body, error.status, headers, media_type=media)


def html_not_found() -> Response:
    # Django's 404 page: the servers answer unknown paths (and trailing slashes) with HTML, not JSON.
    page = (
        '<!doctype html><html lang="nl"><head><title>Niet gevonden</title></head>'
        "<body><h1>Niet gevonden</h1><p>De opgevraagde pagina kon niet worden gevonden.</p></body></html>"
    )
    return Response(page, 404, media_type="text/html; charset=utf-8")


# --- query parameters and pagination -------------------------------------------------------------------


def check_known(call: Call, known: Sequence[str]) -> None:
    unknown = sorted({name for name, _ in call.query() if name not in known})
    if unknown:
        reason = f"Onbekende query parameters: {', '.join(unknown)}"
        raise invalid(call.product, ("nonFieldErrors", "unknown-parameters", reason))


@dataclass(frozen=True)
class Page:
    number: int
    size: int
    raw_size: str | None  # echoed into links even when ignored, as DRF does with `pageSize=-1`

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def page_of(call: Call) -> Page:
    params = call.request.query_params
    raw_page, raw_size = params.get("page"), params.get("pageSize")
    try:
        number = int(raw_page) if raw_page is not None else 1
    except ValueError:
        number = 0
    if number < 1:
        raise not_found("Ongeldige pagina.")
    size = (
        int(raw_size)
        if raw_size and re.fullmatch(r"\d+", raw_size) and int(raw_size) > 0
        else DEFAULT_PAGE_SIZE
    )
    return Page(number, size, raw_size)


def _link(call: Call, page: int | None) -> str:
    # DRF sorts the parameters when it rewrites `page`: `?page=2&pageSize=1`; page 1 drops `page`.
    params = [(k, v) for k, v in call.query() if k != "page"]
    if page is not None and page > 1:
        params.append(("page", str(page)))
    query = urlencode(sorted(params))
    path = f"{call.base_url}{call.request.url.path}"
    return f"{path}?{query}" if query else path


def paginated(call: Call, page: Page, count: int, results: list[Any]) -> dict[str, Any]:
    if page.number > 1 and page.offset >= count:
        raise not_found("Ongeldige pagina.")
    has_next = page.offset + page.size < count
    return {
        "count": count,
        "next": _link(call, page.number + 1) if has_next else None,
        "previous": _link(call, page.number - 1) if page.number > 1 else None,
        "results": results,
    }


# --- time --------------------------------------------------------------------------------------------


DATETIME_FORMAT_ERROR = (
    "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
)


def now_utc() -> str:
    """A server-set timestamp: UTC with microseconds and `Z`."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def format_utc(moment: datetime) -> str:
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0").rstrip(".")
    return f"{text}Z"


def parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def today() -> date:
    return datetime.now(UTC).date()


def new_uuid() -> str:
    return str(uuid.uuid4())


def uuid_of(url_or_ref: Any) -> str | None:
    """The uuid at the end of a resource URL or in a `{"uuid", "url"}` reference."""
    if isinstance(url_or_ref, dict):
        url_or_ref = url_or_ref.get("uuid") or url_or_ref.get("url")
    if not isinstance(url_or_ref, str):
        return None
    tail = url_or_ref.rstrip("/").rsplit("/", 1)[-1]
    return tail if re.fullmatch(UUID_RE, tail) else None


def elfproef(number: str, *, rsin: bool = False) -> bool:
    """The BSN/RSIN 11-check: weights 9..2 and -1 for the last digit."""
    if not re.fullmatch(r"\d{9}", number):
        return False
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    total = sum(int(digit) * weight for digit, weight in zip(number, weights, strict=True))
    return total % 11 == 0 and (rsin or number != "000000000")


def ref(url: str) -> Doc:
    """An Open Klant reference object."""
    return {"uuid": uuid_of(url), "url": url}
