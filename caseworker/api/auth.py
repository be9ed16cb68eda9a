"""Per-service authentication plug-ins (httpx.Auth), one per scheme the Common Ground APIs use.

These are application credentials; secrets are passed in (from the keyring in the app) and never logged.
A production gateway that takes the user's OIDC token is one more plug-in of the same shape.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Generator

import httpx
import jwt
from jwt.warnings import InsecureKeyLengthWarning

# Seconds a minted ZGW JWT is reused. Open Zaak accepts an `iat` up to an hour old; minting one per request
# cost a noticeable part of a caseload sync's CPU time.
TOKEN_REUSE = 60.0


class ZgwJwtAuth(httpx.Auth):
    """ZGW JWT (HS256), minted again every TOKEN_REUSE seconds: Open Zaak refuses an `iat` older than one
    hour."""

    def __init__(
        self,
        client_id: str,
        secret: str,
        *,
        user_id: str = "",
        user_representation: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client_id = client_id
        self._secret = secret
        self.user_id = user_id
        self.user_representation = user_representation
        self._clock = clock
        self._minted: tuple[float, str] | None = None  # (when, token)

    def token(self) -> str:
        now = self._clock()
        # A clock set back (doctor's skew check, a corrected system clock) mints a new token too.
        if self._minted is not None and 0 <= now - self._minted[0] < TOKEN_REUSE:
            return self._minted[1]
        token = self._mint(now)
        self._minted = (now, token)
        return token

    def _mint(self, now: float) -> str:
        claims = {
            "iss": self.client_id,
            "client_id": self.client_id,
            "iat": int(now),
            "user_id": self.user_id,
            "user_representation": self.user_representation,
        }
        with warnings.catch_warnings():
            # ZGW secrets are issued by the municipality's Autorisaties component and are often shorter than
            # RFC 7518's 32 bytes; refusing them would lock users out. `caseworker doctor` reports it instead.
            warnings.simplefilter("ignore", InsecureKeyLengthWarning)
            return jwt.encode(claims, self._secret, algorithm="HS256")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request


class TokenAuth(httpx.Auth):
    """`Authorization: Token <key>` (Open Klant, Open Object)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Token {self._token}"
        yield request


class ApiKeyAuth(httpx.Auth):
    """An API key in a header (`X-API-KEY` for the Haal Centraal BRP test environments)."""

    def __init__(self, key: str, header: str = "X-API-KEY") -> None:
        self._key = key
        self._header = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._key
        yield request
