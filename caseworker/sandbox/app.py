"""The sandbox as one ASGI application: every API under its standard base path (DESIGN.md §4).

Routing is done here rather than by Starlette's router because the servers' edges matter: unknown paths and
trailing slashes get Django's HTML 404, a known path with a wrong method a JSON 405, and authentication
runs before the method check (as in DRF).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from caseworker.sandbox import brp, klanten, objects, zgw
from caseworker.sandbox.auth import Principal, check_api_key, check_token, check_zgw
from caseworker.sandbox.faults import FaultConfig, FaultController, FaultInjector
from caseworker.sandbox.http import (
    UUID_RE,
    Api,
    ApiError,
    Call,
    error_response,
    html_not_found,
    json_response,
    method_not_allowed,
)
from caseworker.sandbox.resources import (
    Collection,
    Registry,
    create_resource,
    crs_headers,
    delete_resource,
    list_resources,
    read_resource,
    update_resource,
)
from caseworker.sandbox.responder import Responder
from caseworker.sandbox.store import BASE, SandboxStore

Handler = Callable[[Call], Response]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


@dataclass(frozen=True)
class SandboxConfig:
    stale_etag_after_own_create: bool = False  # imitate Open Zaak's stale ETag defect (OBSERVED §3.3)
    faults: FaultConfig | None = None  # None: no fault injection and no control endpoint
    responder: Responder | None = None  # demo: answers caseworkers' messages as citizen or care provider


@dataclass
class SandboxState:
    registry: Registry
    stale_etag_after_own_create: bool
    own_created: set[str] = field(default_factory=set)  # zaken created through this process


@dataclass(frozen=True)
class Endpoint:
    api: Api
    pattern: re.Pattern[str]
    handlers: dict[str, Handler]
    extra_headers: dict[str, str] = field(default_factory=dict)
    json_only: bool = True  # answers 406 to an Accept header that excludes JSON

    @property
    def allow(self) -> str:
        methods = list(self.handlers)
        if "GET" in methods and "HEAD" not in methods:
            methods.append("HEAD")
        return ", ".join([*methods, "OPTIONS"])


def _pattern(api: Api, path: str) -> re.Pattern[str]:
    regex = re.escape(api.base + path)
    regex = regex.replace(re.escape("{uuid}"), f"(?P<uuid>{UUID_RE})")
    for name in ("index", "version"):
        regex = regex.replace(re.escape(f"{{{name}}}"), rf"(?P<{name}>\d+)")
    return re.compile(regex)


def _collection_endpoints(collection: Collection) -> list[Endpoint]:
    def bind(handler: Callable[[Call, Collection], Response]) -> Handler:
        return lambda call: handler(call, collection)

    listing: dict[str, Handler] = {"GET": bind(list_resources)}
    detail: dict[str, Handler] = {"GET": bind(read_resource), "HEAD": bind(read_resource)}
    if collection.create:
        listing["POST"] = bind(create_resource)
    if collection.update:
        detail["PUT"] = detail["PATCH"] = bind(update_resource)
    if collection.delete:
        detail["DELETE"] = bind(delete_resource)
    headers = crs_headers(collection)
    api, name = collection.api, collection.name
    return [
        Endpoint(api, _pattern(api, f"/{name}"), listing, headers),
        Endpoint(api, _pattern(api, f"/{name}/{{uuid}}"), detail, headers),
    ]


def _root(api: Api, names: list[str]) -> Handler:
    return lambda call: json_response(call, {name: f"{BASE}{api.base}/{name}" for name in names})


def _special_endpoints(registry: Registry) -> list[Endpoint]:
    zaken = registry.by_store["zaken/zaken"]
    crs = crs_headers(zaken)
    return [
        Endpoint(
            zgw.ZAKEN, _pattern(zgw.ZAKEN, "/zaken/_zoek"), {"POST": lambda call: _search(call, zaken)}, crs
        ),
        Endpoint(zgw.ZAKEN, _pattern(zgw.ZAKEN, "/zaken/{uuid}/audittrail"), {"GET": zgw.audittrail}),
        Endpoint(
            zgw.DOCUMENTEN,
            _pattern(zgw.DOCUMENTEN, "/enkelvoudiginformatieobjecten/{uuid}/download"),
            {"GET": zgw.download},
            json_only=False,
        ),
        Endpoint(
            klanten.KLANTINTERACTIES,
            _pattern(klanten.KLANTINTERACTIES, "/maak-klantcontact"),
            {"POST": klanten.maak_klantcontact_handler},
        ),
        Endpoint(
            objects.OBJECTS, _pattern(objects.OBJECTS, "/objects/{uuid}/history"), {"GET": objects.history}
        ),
        Endpoint(
            objects.OBJECTS, _pattern(objects.OBJECTS, "/objects/{uuid}/{index}"), {"GET": objects.record_at}
        ),
        Endpoint(
            objects.OBJECTS,
            _pattern(objects.OBJECTS, "/objecttypes/{uuid}/versions"),
            {"GET": objects.versions},
        ),
        Endpoint(
            objects.OBJECTS,
            _pattern(objects.OBJECTS, "/objecttypes/{uuid}/versions/{version}"),
            {"GET": objects.version},
        ),
        Endpoint(brp.PERSONEN, _pattern(brp.PERSONEN, "/personen"), {"POST": brp.personen}),
    ]


def _search(call: Call, zaken: Collection) -> Response:
    body = call.json_body()
    return list_resources(call, zaken, body if isinstance(body, dict) else {})


def _authenticate(api: Api, request: Request) -> Principal:
    if api.auth == "zgw":
        return check_zgw(request.headers.get("Authorization"))
    if api.auth == "token":
        return check_token(request.headers.get("Authorization"))
    return check_api_key(request.headers.get("X-API-KEY"))


def _accepts_json(accept: str | None) -> bool:
    return accept is None or any(kind in accept for kind in ("json", "*/*", "application/*"))


def build_endpoints(registry: Registry) -> list[Endpoint]:
    endpoints = [e for collection in registry.by_path.values() for e in _collection_endpoints(collection)]
    endpoints += _special_endpoints(registry)
    for api in {collection.api for collection in registry.by_path.values()}:
        names = [c.name for c in registry.by_path.values() if c.api == api]
        endpoints.append(Endpoint(api, _pattern(api, "/"), {"GET": _root(api, names)}))
    return endpoints


def create_app(store: SandboxStore, config: SandboxConfig | None = None) -> Starlette:
    config = config or SandboxConfig()
    registry = Registry([*zgw.collections(), *klanten.collections(), *objects.collections()])
    state = SandboxState(registry, config.stale_etag_after_own_create)
    endpoints = build_endpoints(registry)

    async def dispatch(request: Request) -> Response:
        path = request.url.path
        found = next(((e, m) for e in endpoints if (m := e.pattern.fullmatch(path))), None)
        if found is None:
            return html_not_found()
        endpoint, matched = found
        base_url = f"{request.url.scheme}://{request.url.netloc}"
        if request.method == "OPTIONS":
            # CORS preflights: 200 with an empty body and no Access-Control-* headers (OBSERVED §3.1).
            return Response(b"", 200, {"Allow": endpoint.allow})
        try:
            principal = _authenticate(endpoint.api, request)
            handler = endpoint.handlers.get(request.method)
            if handler is None:
                raise method_not_allowed(request.method)
            if endpoint.json_only and not _accepts_json(request.headers.get("Accept")):
                raise ApiError(
                    406, "NotAcceptable", "not_acceptable", "Kan niet voldoen aan de opgegeven Accept header."
                )
            call = Call(
                request,
                endpoint.api,
                store,
                matched.groupdict(),
                await request.body(),
                endpoint.allow,
                state,
                principal,
            )
            response = await run_in_threadpool(handler, call)
        except ApiError as error:
            error.headers.update(endpoint.extra_headers)
            return error_response(error, endpoint.api, base_url, endpoint.allow)
        if config.responder is not None and endpoint.api is objects.OBJECTS and response.status_code == 201:
            config.responder.object_created(json.loads(bytes(response.body)))
        return response

    controller = FaultController(config.faults)
    app = Starlette(
        routes=[Route("/{path:path}", dispatch, methods=METHODS)],
        middleware=[Middleware(FaultInjector, controller=controller)],
    )
    app.state.faults = controller
    app.state.sandbox = state
    return app
