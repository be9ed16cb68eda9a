"""Authentication per API kind, with the exact failure answers of OBSERVED.md §3.2 and §3.3.

ZGW (Open Zaak): HS256 JWT as `Authorization: Bearer`; every failure is a 403 with its cause in `code`.
Token (Open Klant, Open Object): `Authorization: Token <key>`; failures are 401 with
`WWW-Authenticate: Token`.
API key (BRP): `X-API-KEY`; failures are 401 in the Haal Centraal shape.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass

import jwt

from caseworker.sandbox import credentials
from caseworker.sandbox.http import ApiError

JWT_EXPIRY_SECONDS = 3600  # Open Zaak's JWT_EXPIRY; leeway 0
_DENIED = "Je hebt geen toestemming om deze actie uit te voeren."


@dataclass(frozen=True)
class Principal:
    """Who called: what the audit trail records."""

    client_id: str
    user_id: str = ""
    user_representation: str = ""


def hmac_key(secret: str) -> bytes:
    """The secret as an HMAC key of at least 32 bytes. HMAC pads short keys with zero bytes anyway, so the
    signature is the same as with the plain secret, and PyJWT no longer warns about the short demo secret."""
    return secret.encode().ljust(32, b"\0")


def _forbidden(code: str = "permission_denied", detail: str = _DENIED) -> ApiError:
    return ApiError(403, "PermissionDenied", code, _DENIED, detail)


def check_zgw(authorization: str | None) -> Principal:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _forbidden()
    try:
        header_claims = jwt.decode(token.strip(), options={"verify_signature": False})
    except jwt.DecodeError as exc:
        raise _forbidden(
            "jwt-decode-error",
            "Het JWT kon niet gedecodeerd worden. Mogelijks heb je een copy-paste fout gemaakt",
        ) from exc
    if header_claims.get("client_id") != credentials.zgw_client_id():
        raise _forbidden("invalid-client-identifier", "Client identifier bestaat niet")
    try:
        claims = jwt.decode(token.strip(), hmac_key(credentials.zgw_secret()), algorithms=["HS256"], leeway=0)
    except jwt.ExpiredSignatureError as exc:
        raise _forbidden("jwt-expiredsignatureerror", "JWT is niet valide") from exc
    except jwt.InvalidSignatureError as exc:
        raise _forbidden("invalid-jwt-signature", "Client credentials zijn niet geldig") from exc
    except jwt.PyJWTError as exc:
        raise _forbidden(
            "jwt-decode-error",
            "Het JWT kon niet gedecodeerd worden. Mogelijks heb je een copy-paste fout gemaakt",
        ) from exc
    iat = claims.get("iat")
    if not isinstance(iat, int | float):
        raise _forbidden("jwt-missing-iat-claim", "Missing required iat claim")
    if time.time() - iat > JWT_EXPIRY_SECONDS:
        raise _forbidden("jwt-expired", "De JWT die gebruikt is voor dit verzoek is verlopen")
    return Principal(
        client_id=str(claims["client_id"]),
        user_id=str(claims.get("user_id", "")),
        user_representation=str(claims.get("user_representation", "")),
    )


def check_token(authorization: str | None) -> Principal:
    scheme, _, key = (authorization or "").partition(" ")
    challenge = {"WWW-Authenticate": "Token"}
    if scheme.lower() != "token" or not key.strip():
        text = "Authenticatiegegevens zijn niet opgegeven."
        raise ApiError(401, "NotAuthenticated", "not_authenticated", text, text, headers=challenge)
    if not hmac.compare_digest(key.strip(), credentials.api_token()):
        raise ApiError(
            401,
            "AuthenticationFailed",
            "authentication_failed",
            "Ongeldige authenticatiegegevens.",
            "Ongeldige token.",
            headers=challenge,
        )
    return Principal(client_id="token")


def check_api_key(key: str | None) -> Principal:
    if key is None or not hmac.compare_digest(key, credentials.brp_api_key()):
        raise ApiError(
            401,
            "Unauthorized",
            "authentication",
            "Niet correct geauthenticeerd.",
            "Geen geldige API key opgegeven.",
        )
    return Principal(client_id="brp")


def make_zgw_token(
    *,
    client_id: str | None = None,
    secret: str | None = None,
    user_id: str = "demo",
    user_representation: str = "Demo Medewerker",
    iat: float | None = None,
    **extra: object,
) -> str:
    """A JWT as a ZGW client builds it (for tests and the demo profile)."""
    claims: dict[str, object] = {
        "iss": client_id or credentials.zgw_client_id(),
        "client_id": client_id or credentials.zgw_client_id(),
        "user_id": user_id,
        "user_representation": user_representation,
        "iat": int(time.time() if iat is None else iat),
        **extra,
    }
    return jwt.encode(claims, hmac_key(secret or credentials.zgw_secret()), algorithm="HS256")
