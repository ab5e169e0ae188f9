"""One error shape for every failure, OpenAI's `{"error": {"message", "type", "code"}}`, and no
stack traces to clients: unexpected exceptions are logged here and answered with a plain 500."""
from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from graphrag.errors import BackendUnavailable, NotFound, UserError
from graphrag.server.pools import Gone

log = logging.getLogger("graphrag.server")

_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
          404: "not_found_error", 405: "invalid_request_error", 413: "request_too_large",
          415: "invalid_request_error", 422: "invalid_request_error", 429: "rate_limit_error",
          501: "not_implemented", 503: "service_unavailable"}


def error_response(status: int, message: str, headers: dict[str, str] | None = None, **extra) -> JSONResponse:
    body = {"message": message, "type": _TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error"),
            "code": str(status), **extra}
    return JSONResponse({"error": body}, status_code=status, headers=headers)


async def send_error(send, status: int, message: str, headers: dict[str, str] | None = None) -> None:
    """The same error from plain ASGI middleware, before the app runs. `Connection: close`: the
    body the client may still be sending is never read."""
    body = json.dumps({"error": {"message": message, "type": _TYPES.get(status, "invalid_request_error"),
                                 "code": str(status)}}).encode()
    extra = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *extra]})
    await send({"type": "http.response.body", "body": body})


def _where(loc) -> str:
    return ".".join(str(p) for p in loc) or "body"


def _describe(e: dict) -> str:
    if e.get("type") == "json_invalid":  # loc is ("body", character offset)
        why = (e.get("ctx") or {}).get("error", "")
        return f"request body is not valid JSON (at character {e['loc'][-1]}{': ' + str(why) if why else ''})"
    if e.get("type") == "string_unicode":  # JSON can spell a lone surrogate (\udc00); no reply could carry it
        return f"{_where(e.get('loc', ()))}: not valid Unicode text (a lone surrogate such as \\udc00?)"
    return f"{_where(e.get('loc', ()))}: {e.get('msg', '')}"


async def on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    raw = list(exc.errors())
    errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in raw]
    message = "; ".join(_describe(e) for e in raw[:5]) or "invalid request"
    return error_response(422, message, details=errors[:20])


async def on_http(_: Request, exc: HTTPException) -> JSONResponse:
    if exc.status_code == 400 and isinstance(exc.__cause__, RecursionError):  # FastAPI's body parser
        return error_response(400, "request body is nested too deeply to parse (JSON arrays or objects "
                                   "inside hundreds of others)")
    return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))


async def on_user_error(_: Request, exc: UserError) -> JSONResponse:
    status = 404 if isinstance(exc, NotFound) else 503 if isinstance(exc, BackendUnavailable) else 400
    return error_response(status, str(exc))


async def on_gone(_: Request, exc: Gone) -> Response:
    """The client left while its question waited: 499 (nginx's "client closed request") for the
    metrics; nobody reads it."""
    return Response(status_code=499)


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal server error (details are in the server log)")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(UserError, on_user_error)
    app.add_exception_handler(Gone, on_gone)
    app.add_exception_handler(Exception, on_unexpected)
