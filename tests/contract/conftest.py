"""Loading the official specs for contract tests, and validating requests and responses against them.

`spec_for(name)` gives an `openapi_core.OpenAPI` for e.g. "zaken-1.5.1"; `check_request` and `check_response`
check one exchange (method, absolute URL, headers, body). Tests get them as the fixtures `load_spec`,
`validate_request` and `validate_response` (conftest modules are not importable by name). The specs live
beside the repository in ../shared/specs; without them every test using these fixtures is skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "specs"
# zaken and documenten refer to the Catalogi spec by URL; there is no network, so it is the local copy.
REMOTE_CATALOGI = "https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml"
PROBLEM_JSON = "application/problem+json"


def _blank_or(check: Callable[[str], bool]) -> Callable[[Any], bool]:
    return lambda value: not isinstance(value, str) or value == "" or check(value)


# The servers send "" for empty optional fields that the specs declare with a `format` (catalogus
# `contactpersoonBeheerEmailadres`, rol `betrokkene`, document `link`); OBSERVED.md: the running server wins.
BLANK_TOLERANT_FORMATS = {
    "email": _blank_or(lambda value: "@" in value),
    "uri": _blank_or(lambda value: re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) is not None),
}


def _server_path(spec: dict[str, Any]) -> str:
    return urlsplit(spec["servers"][0]["url"]).path.rstrip("/")


def _relax(node: Any) -> Any:
    """Accept what the real servers send where their specs are stricter (OBSERVED.md: the server wins):
    "" for strings with a `minLength` or `pattern` (zaaktype `broncatalogus.url`, `bezoekadres.postcode`)
    and `null` for properties not declared nullable (zaaktype `servicenorm`, document `ondertekening`).
    Enums also accept upper case. Types, required fields and the rest of each schema are still checked."""
    if isinstance(node, list):
        return [_relax(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _relax(value) for key, value in node.items()}
    if "minLength" in node:
        del node["minLength"]
    if "pattern" in node:
        node["pattern"] = f"^$|{node['pattern']}"
    if isinstance(node.get("enum"), list):
        # Open Zaak sends the audit trail's `bron` in upper case ("ZRC"), the spec lists "zrc".
        node["enum"] = node["enum"] + [
            v.upper() for v in node["enum"] if isinstance(v, str) and v.upper() != v
        ]
    if isinstance(node.get("properties"), dict):
        node["properties"] = {name: _nullable(schema) for name, schema in node["properties"].items()}
    if node.get("in") == "query" and str(node.get("description", "")).startswith("URL-referentie"):
        # Open Zaak's spec types some URL filters (`zaak` on statussen, rollen, …) as integer; the server
        # takes the URL its description names, and that is what clients send.
        node["schema"] = {"type": "string"}
    return node


def _nullable(schema: Any) -> Any:
    if not isinstance(schema, dict) or "$ref" in schema:
        return schema
    if "allOf" in schema or "oneOf" in schema:
        # openapi-core does not honour `nullable` beside allOf/oneOf: spell it out.
        inner = {key: value for key, value in schema.items() if key != "nullable"}
        # readOnly/writeOnly stay outside, where the validator looks for them (required-on-read only).
        access = {key: schema[key] for key in ("readOnly", "writeOnly") if key in schema}
        return {"anyOf": [inner, {"enum": [None]}], **access}
    return {**schema, "nullable": True}


def _yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _inline_catalogi(spec: dict[str, Any]) -> None:
    """Replace the remote Catalogi `$ref`s by local copies named `Catalogi<Name>`, with what they refer to."""
    catalogi: dict[str, Any] = _yaml(SPECS / "catalogi-1.3.1.yaml")["components"]["schemas"]
    schemas = spec["components"]["schemas"]
    prefix = f"{REMOTE_CATALOGI}#/components/schemas/"

    def rewrite(node: Any, remote_only: bool) -> Any:
        if isinstance(node, list):
            return [rewrite(item, remote_only) for item in node]
        if not isinstance(node, dict):
            return node
        target = node.get("$ref")
        if isinstance(target, str) and (
            target.startswith(prefix) or (not remote_only and target.startswith("#/"))
        ):
            name = target.rsplit("/", 1)[1]
            if f"Catalogi{name}" not in schemas:
                schemas[f"Catalogi{name}"] = {}
                schemas[f"Catalogi{name}"] = rewrite(catalogi[name], remote_only=False)
            return {**node, "$ref": f"#/components/schemas/Catalogi{name}"}
        return {key: rewrite(value, remote_only) for key, value in node.items()}

    spec["paths"] = rewrite(spec["paths"], remote_only=True)
    spec["components"]["schemas"] = schemas | rewrite(dict(schemas), remote_only=True)


CONFIG = Config(
    # The files are the published, valid specs: skipping their (slow) self-validation keeps the suite fast.
    spec_validator_cls=None,
    extra_format_validators=BLANK_TOLERANT_FORMATS,
    extra_media_type_deserializers={PROBLEM_JSON: json.loads},
)


@cache
def spec_for(name: str) -> OpenAPI:
    """The spec `name` (file name without .yaml), with servers reduced to their path so any host matches."""
    path = SPECS / f"{name}.yaml"
    spec = _yaml(path)
    if name != "catalogi-1.3.1":
        _inline_catalogi(spec)
    spec["components"], spec["paths"] = _relax(spec.get("components", {})), _relax(spec["paths"])
    spec["servers"] = [{"url": f"http://sandbox.test{_server_path(spec)}"}]
    return OpenAPI.from_dict(spec, base_uri=path.as_uri(), config=CONFIG)


def _request(method: str, url: str, headers: dict[str, str], body: Any) -> MockRequest:
    parts = urlsplit(url)
    data = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else None)
    content_type = headers.get("Content-Type", "application/json")
    return MockRequest(
        "http://sandbox.test",
        method,
        parts.path,
        args=dict(parse_qsl(parts.query)),
        headers=headers,
        data=data,
        content_type=content_type,
    )


def check_request(spec: OpenAPI, method: str, url: str, headers: dict[str, str], body: Any = None) -> None:
    """Raise if the request does not match the spec (path, parameters, required headers, body)."""
    spec.validate_request(_request(method, url, headers, body))


def check_response(
    spec: OpenAPI,
    method: str,
    url: str,
    request_headers: dict[str, str],
    status: int,
    response_headers: dict[str, str],
    content: bytes,
    request_body: Any = None,
) -> None:
    """Raise if the response does not match the spec. Error bodies are sent as application/json by the
    real servers but declared as application/problem+json: they are validated against the declared schema."""
    request = _request(method, url, request_headers, request_body)
    content_type = response_headers.get("content-type", "application/json")
    if status >= 400 and content_type == "application/json":
        content_type = PROBLEM_JSON
    response = MockResponse(content, status_code=status, headers=response_headers, content_type=content_type)
    try:
        spec.validate_response(request, response)
    except OpenAPIError as exc:
        raise AssertionError(f"{method} {url} -> {status}: {_summary(exc)}") from exc


def _summary(exc: BaseException) -> str:
    """The schema errors with their paths, instead of openapi-core's dump of the whole body."""
    errors = getattr(exc.__cause__, "schema_errors", None) or getattr(exc, "schema_errors", None)
    if not errors:
        return repr(exc)[:500]
    return "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:5])


def _specs_present() -> None:
    if not SPECS.is_dir():
        pytest.skip(f"the official specs are not at {SPECS}")


@pytest.fixture(scope="session")
def load_spec() -> Callable[[str], OpenAPI]:
    _specs_present()
    return spec_for


@pytest.fixture(scope="session")
def validate_request() -> Callable[..., None]:
    _specs_present()
    return check_request


@pytest.fixture(scope="session")
def validate_response() -> Callable[..., None]:
    _specs_present()
    return check_response
