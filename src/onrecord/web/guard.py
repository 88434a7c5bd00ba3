"""One error path and the request guards of the server.

Every failure, whatever raised it (an OnrecordError from the pipeline, a 404 from the router, a
422 from request validation, a body over the size limit, a bug), is answered with the one
envelope ``{"ok": false, "error": "...", "status": N}``: ``envelope`` builds it and
``install`` registers the handlers; tests/web/test_web_errors.py checks it over every endpoint."""

from __future__ import annotations

import hmac
import logging
from typing import Any

from ..errors import (
    ArchiveError,
    BankError,
    CheckTimedOut,
    InputError,
    InputTooLarge,
    MissingInput,
    NoBank,
    NotBuiltYet,
    OnrecordError,
    ServerBusy,
    Unauthorized,
    UnknownArchive,
    UnknownCheck,
    UnknownCluster,
    UsageError,
    WorkerFailed,
)

log = logging.getLogger("onrecord.web")

# The HTTP status of each error, most specific first (the first isinstance match wins).
STATUS: list[tuple[type[OnrecordError], int]] = [
    (InputTooLarge, 413),
    (Unauthorized, 401),
    (UnknownCheck, 404),
    (UnknownArchive, 404),
    (MissingInput, 404),
    (UnknownCluster, 404),
    (NoBank, 404),
    (CheckTimedOut, 504),
    (ServerBusy, 503),
    (WorkerFailed, 500),
    (NotBuiltYet, 501),
    (InputError, 400),
    (UsageError, 400),
    (ArchiveError, 500),
    (BankError, 500),  # the bank file went missing or broke under a running server
    (OnrecordError, 400),
]


def status_of(err: OnrecordError) -> int:
    return next(code for cls, code in STATUS if isinstance(err, cls))


def envelope(message: str, status: int) -> Any:
    from fastapi.responses import JSONResponse

    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"ok": False, "error": " ".join(str(message).split()), "status": status},
                        status_code=status, headers=headers)


def _validation_message(exc: Any) -> str:
    """'body.claims.0.quote: Field required' style, one line for all problems."""
    parts = []
    for e in exc.errors()[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


def install(app: Any) -> None:
    """Register the handlers that turn every failure into the envelope."""
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    @app.exception_handler(OnrecordError)
    async def onrecord_error(request: Any, exc: OnrecordError) -> Any:
        return envelope(str(exc), status_of(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Any, exc: HTTPException) -> Any:
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such page or endpoint: {request.url.path}"
        return envelope(detail, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Any, exc: RequestValidationError) -> Any:
        return envelope(_validation_message(exc), 422)

    @app.exception_handler(Exception)
    async def bug(request: Any, exc: Exception) -> Any:
        log.exception("internal error on %s", request.url.path)
        return envelope(f"internal error ({type(exc).__name__}); the server log has the details", 500)


class SizeLimit:
    """ASGI middleware: a body over ``limit`` bytes is refused with 413 in the envelope, by its
    Content-Length before anything is read, or while it streams (chunked uploads give none)."""

    def __init__(self, app: Any, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(scope, receive, send)
        seen = 0
        limit = self.limit

        async def counted() -> dict:
            nonlocal seen
            msg = await receive()
            seen += len(msg.get("body", b""))
            if seen > limit:
                # an HTTPException: FastAPI re-raises it from body parsing (anything else
                # became "There was an error parsing the body", a 400)
                from starlette.exceptions import HTTPException

                raise HTTPException(413, f"request: the body is over the {limit:,}-byte limit")
            return msg

        await self.app(scope, counted, send)

    async def _refuse(self, scope: dict, receive: Any, send: Any) -> None:
        resp = envelope(f"request: the body is over the {self.limit:,}-byte limit", 413)
        await resp(scope, receive, send)


def token_checker(expected: str | None, required: bool) -> Any:
    """A FastAPI dependency for write endpoints: when the server is bound beyond loopback, the
    request must carry ``Authorization: Bearer <token>`` (or ``X-Onrecord-Token``), compared in
    constant time so response timing does not leak how much of a guess was right."""
    from fastapi import Request

    def check(request: Request) -> None:  # Request resolved here: FastAPI reads the annotation
        if not required:
            return
        given = request.headers.get("x-onrecord-token") or ""
        auth = request.headers.get("authorization") or ""
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            raise Unauthorized("this server needs its token for changes and checks: "
                               "send Authorization: Bearer <ONRECORD_TOKEN>")

    check.__annotations__["request"] = Request  # a string under `from __future__ import annotations`
    return check
