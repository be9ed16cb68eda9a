"""The ZGW JWT is minted once a minute, not per request; a clock set back mints a new one."""

from __future__ import annotations

import jwt

from caseworker.api.auth import TOKEN_REUSE, ZgwJwtAuth


def _iat(token: str) -> int:
    claims: dict[str, int] = jwt.decode(token, "secret-of-at-least-32-bytes-long!", algorithms=["HS256"])
    return claims["iat"]


def test_a_token_is_reused_within_a_minute_and_minted_again_after() -> None:
    now = [1_000_000.0]
    auth = ZgwJwtAuth("app", "secret-of-at-least-32-bytes-long!", clock=lambda: now[0])
    first = auth.token()
    now[0] += TOKEN_REUSE - 1
    assert auth.token() == first
    now[0] += 1
    assert _iat(auth.token()) == 1_000_000 + TOKEN_REUSE


def test_a_clock_set_back_mints_a_new_token() -> None:
    now = [1_000_000.0]
    auth = ZgwJwtAuth("app", "secret-of-at-least-32-bytes-long!", clock=lambda: now[0])
    auth.token()
    now[0] -= 7200
    assert _iat(auth.token()) == 1_000_000 - 7200
