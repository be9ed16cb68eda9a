"""All municipal API clients of one profile, built from endpoint settings, closed together."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

import httpx

from caseworker.api.auth import ApiKeyAuth, TokenAuth, ZgwJwtAuth
from caseworker.api.besluiten import BesluitenClient
from caseworker.api.brp import BrpClient
from caseworker.api.catalogi import CatalogiClient
from caseworker.api.documenten import DocumentenClient
from caseworker.api.http import RetryPolicy, ServiceClient, Timeouts
from caseworker.api.klantinteracties import KlantinteractiesClient
from caseworker.api.objects import ObjectsClient
from caseworker.api.zaken import ZakenClient

# The standard base path of each API below a server root (as in the official specs).
STANDARD_PATHS: dict[str, str] = {
    "brp": "/haalcentraal/api/brp",
    "zaken": "/zaken/api/v1",
    "catalogi": "/catalogi/api/v1",
    "besluiten": "/besluiten/api/v1",
    "documenten": "/documenten/api/v1",
    "klantinteracties": "/klantinteracties/api/v1",
    "objects": "/api/v2",
}

# Credentials of the built-in demo municipality. Not secrets: they only open the local sandbox.
DEMO_ZGW_CLIENT_ID = "keukentafel-demo"
DEMO_ZGW_SECRET = "demo-secret-not-for-production"  # noqa: S105 - documented demo credential
DEMO_API_TOKEN = "demo-token-not-for-production"  # noqa: S105 - documented demo credential
DEMO_BRP_API_KEY = "demo-key-not-for-production"


@dataclass(frozen=True)
class ServiceSettings:
    base_url: str
    auth: httpx.Auth | None = None


@dataclass
class MunicipalApis:
    brp: BrpClient
    zaken: ZakenClient
    catalogi: CatalogiClient
    besluiten: BesluitenClient
    documenten: DocumentenClient
    klantinteracties: KlantinteractiesClient
    objects: ObjectsClient

    @classmethod
    def connect(
        cls,
        settings: Mapping[str, ServiceSettings],
        *,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        on_request: Callable[[httpx.Request], Awaitable[None]] | None = None,
    ) -> MunicipalApis:
        def http(service: str) -> ServiceClient:
            s = settings[service]
            return ServiceClient(
                service, s.base_url, auth=s.auth, timeouts=timeouts, retry=retry, on_request=on_request
            )

        return cls(
            brp=BrpClient(http("brp")),
            zaken=ZakenClient(http("zaken")),
            catalogi=CatalogiClient(http("catalogi")),
            besluiten=BesluitenClient(http("besluiten")),
            documenten=DocumentenClient(http("documenten")),
            klantinteracties=KlantinteractiesClient(http("klantinteracties")),
            objects=ObjectsClient(http("objects")),
        )

    @property
    def services(self) -> dict[str, ServiceClient]:
        return {
            "brp": self.brp.http,
            "zaken": self.zaken.http,
            "catalogi": self.catalogi.http,
            "besluiten": self.besluiten.http,
            "documenten": self.documenten.http,
            "klantinteracties": self.klantinteracties.http,
            "objects": self.objects.http,
        }

    async def aclose(self) -> None:
        for client in self.services.values():
            await client.aclose()


def demo_settings(
    root_url: str, *, user_id: str, user_representation: str, clock: Callable[[], float] = time.time
) -> dict[str, ServiceSettings]:
    """Settings for the built-in sandbox at `root_url` (e.g. http://127.0.0.1:8765) with demo credentials.

    `clock` dates the JWTs (doctor injects a skewed one to show what a wrong system clock does)."""
    root = root_url.rstrip("/")
    zgw = ZgwJwtAuth(
        DEMO_ZGW_CLIENT_ID,
        DEMO_ZGW_SECRET,
        user_id=user_id,
        user_representation=user_representation,
        clock=clock,
    )
    auth: dict[str, httpx.Auth] = {
        "brp": ApiKeyAuth(DEMO_BRP_API_KEY),
        "zaken": zgw,
        "catalogi": zgw,
        "besluiten": zgw,
        "documenten": zgw,
        "klantinteracties": TokenAuth(DEMO_API_TOKEN),
        "objects": TokenAuth(DEMO_API_TOKEN),
    }
    return {name: ServiceSettings(root + path, auth[name]) for name, path in STANDARD_PATHS.items()}
