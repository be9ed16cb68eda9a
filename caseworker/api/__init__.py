"""Async clients for the municipal APIs (Common Ground standards), one module per standard.

All clients share `caseworker.api.http.ServiceClient`: one `httpx.AsyncClient` per service for the app's
lifetime, pluggable auth, timeouts, retries for idempotent requests, problem+json mapped to typed errors,
body size limits and pagination.
"""
