"""Demo credentials of the sandbox: fixed, documented and not secret, so that the demo profile works offline.

Each can be overridden with an environment variable, so a test can prove the client sends what it is given.
"""

from __future__ import annotations

import os

ZGW_CLIENT_ID_ENV = "SANDBOX_ZGW_CLIENT_ID"
ZGW_SECRET_ENV = "SANDBOX_ZGW_SECRET"  # noqa: S105 - the name of a variable
API_TOKEN_ENV = "SANDBOX_API_TOKEN"  # noqa: S105
BRP_API_KEY_ENV = "SANDBOX_BRP_API_KEY"

DEMO_ZGW_CLIENT_ID = "keukentafel-demo"
DEMO_ZGW_SECRET = "demo-secret-not-for-production"  # noqa: S105 - a published demo value
DEMO_API_TOKEN = "demo-token-not-for-production"  # noqa: S105 - Klantinteracties and Objects
DEMO_BRP_API_KEY = "demo-key-not-for-production"


def zgw_client_id() -> str:
    return os.environ.get(ZGW_CLIENT_ID_ENV, DEMO_ZGW_CLIENT_ID)


def zgw_secret() -> str:
    return os.environ.get(ZGW_SECRET_ENV, DEMO_ZGW_SECRET)


def api_token() -> str:
    return os.environ.get(API_TOKEN_ENV, DEMO_API_TOKEN)


def brp_api_key() -> str:
    return os.environ.get(BRP_API_KEY_ENV, DEMO_BRP_API_KEY)
