"""Endpoint checks: reachable, TLS, credentials accepted, API version, and the server's clock.

One cheap authenticated request per API, sent once (no retries: doctor reports what happens now). None
reads a person: the BRP probe is a deliberately invalid query, answered with 400 once the key is accepted.
"""

from __future__ import annotations

import asyncio
import email.utils
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from caseworker.api.apis import STANDARD_PATHS, ServiceSettings
from caseworker.doctor.report import Check, Status

SKEW_WARNING_SECONDS = 5 * 60
# Open Zaak refuses a JWT whose `iat` is more than an hour old (JWT_EXPIRY, no leeway).
SKEW_BLOCKING_SECONDS = 60 * 60
DATE_RESOLUTION_SECONDS = 2  # the Date header has whole seconds; a smaller difference is no skew
TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@dataclass(frozen=True)
class Probe:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


PROBES: dict[str, Probe] = {
    "brp": Probe("POST", "personen", body={"type": "KeukentafelDoctor", "fields": ["burgerservicenummer"]}),
    "zaken": Probe("GET", "zaken?pageSize=1", {"Accept-Crs": "EPSG:4326"}),  # Open Zaak: 412 without
    "catalogi": Probe("GET", "zaaktypen?pageSize=1"),
    "besluiten": Probe("GET", "besluiten?pageSize=1"),
    "documenten": Probe("GET", "enkelvoudiginformatieobjecten?pageSize=1"),
    "klantinteracties": Probe("GET", "partijen?pageSize=1"),
    "objects": Probe("GET", "objecttypes"),
}


@dataclass(frozen=True)
class Answer:
    url: str
    status: int | None = None
    code: str = ""  # the problem `code` of an error body
    api_version: str | None = None
    server_time: float | None = None  # from the Date header
    local_time: float | None = None  # our clock when the answer came
    failure: str = ""  # why there was no answer

    @property
    def skew(self) -> float | None:
        """Seconds the server's clock is ahead of ours (negative: behind)."""
        if self.server_time is None or self.local_time is None:
            return None
        return self.server_time - self.local_time


async def check_endpoints(settings: Mapping[str, ServiceSettings], clock: Callable[[], float]) -> list[Check]:
    names = list(PROBES)
    answers = await asyncio.gather(*(_ask(settings[name], PROBES[name], clock) for name in names))
    checks = [_endpoint_check(name, answer) for name, answer in zip(names, answers, strict=True)]
    return checks + clock_checks(answers)


async def _ask(service: ServiceSettings, probe: Probe, clock: Callable[[], float]) -> Answer:
    url = f"{service.base_url.rstrip('/')}/{probe.path}"
    try:
        async with httpx.AsyncClient(auth=service.auth, timeout=TIMEOUT, follow_redirects=False) as http:
            response = await http.request(
                probe.method, url, headers={"Accept": "application/json", **probe.headers}, json=probe.body
            )
    except httpx.HTTPError as error:
        return Answer(url, failure=_why(error))
    return Answer(
        url,
        status=response.status_code,
        code=_problem_code(response),
        api_version=response.headers.get("API-version"),
        server_time=_date(response.headers.get("Date")),
        local_time=clock(),
    )


def _endpoint_check(name: str, answer: Answer) -> Check:
    scheme = urlsplit(answer.url).scheme
    details: dict[str, Any] = {
        "url": answer.url,
        "scheme": scheme,
        "tls_handshake": (answer.status is not None) if scheme == "https" else None,
        "http_status": answer.status,
        "api_version": answer.api_version,
    }
    status, message = _verdict(name, answer)
    return Check(f"dienst {name}", status, message, details)


def _verdict(name: str, answer: Answer) -> tuple[Status, str]:
    where = f"{name} ({answer.url})"
    if answer.status is None:
        return Status.ERROR, f"{where}: {answer.failure} Controleer de URL ({name}.url) en het netwerk."
    if answer.status in (401, 403):
        # With our clock ahead, the JWT's `iat` lies in the server's future: refused (no leeway), but as a
        # decode error rather than an expiry, so the skew decides the hint as well as the code.
        ahead = (answer.skew or 0) < -DATE_RESOLUTION_SECONDS
        hint = (
            "Controleer de klok van deze computer."
            if ahead or "iat" in answer.code or "expired" in answer.code
            else f"Controleer {name}.client_id en het geheim: caseworker credentials set {name}"
        )
        return Status.ERROR, f"{where} weigert de inloggegevens ({answer.status} {answer.code}). {hint}"
    if answer.status == 404:
        return Status.ERROR, (
            f"{where} bestaat niet (404). Klopt {name}.url? Gewoonlijk eindigt die op {STANDARD_PATHS[name]}."
        )
    if answer.status >= 400 and not (name == "brp" and answer.status == 400):
        return Status.ERROR, f"{where} antwoordt met fout {answer.status} {answer.code}. Vraag de beheerder."
    version = answer.api_version or "onbekend"
    return Status.OK, f"bereikbaar, inloggen lukt, API-versie {version}."


def clock_checks(answers: list[Answer]) -> list[Check]:
    """One check per server (host:port): the largest difference between its Date header and our clock."""
    skews: dict[str, float] = {}
    for answer in answers:
        if (skew := answer.skew) is not None:
            host = urlsplit(answer.url).netloc
            skews[host] = max(skews.get(host, skew), skew, key=abs)
    return [_clock_check(host, skew) for host, skew in skews.items()]


def _clock_check(host: str, skew: float) -> Check:
    details = {"server": host, "skew_seconds": round(skew)}
    text = f"klok van deze computer loopt {_duration(abs(skew))} {'achter' if skew > 0 else 'voor'} op {host}"
    fix = "Zet de klok gelijk (automatische tijd aan)."
    if abs(skew) >= SKEW_BLOCKING_SECONDS:
        return Check(f"klok {host}", Status.ERROR, f"{text}; de server weigert dan de inlog. {fix}", details)
    if abs(skew) > SKEW_WARNING_SECONDS:
        return Check(f"klok {host}", Status.WARNING, f"{text}. {fix}", details)
    return Check(f"klok {host}", Status.OK, f"gelijk met {host} (verschil {round(abs(skew))} s).", details)


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} uur en {minutes % 60} minuten" if minutes >= 60 else f"{minutes} minuten"


def _date(value: str | None) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp() if value else None
    except (TypeError, ValueError):
        return None


def _problem_code(response: httpx.Response) -> str:
    if response.status_code < 400:
        return ""
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("code", "")) if isinstance(body, dict) else ""


def _why(error: httpx.HTTPError) -> str:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"het certificaat van de server is niet geldig ({cause.verify_message})."
        if isinstance(cause, ssl.SSLError):
            return f"de TLS-verbinding mislukt ({cause.reason})."
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, httpx.TimeoutException):
        return "geen antwoord binnen de tijd."
    if isinstance(error, httpx.ConnectError):
        return "geen verbinding met de server."
    return f"netwerkfout ({type(error).__name__})."
