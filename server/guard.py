"""Checks that need only the request line and headers, made before any of the body is read:

- `Host` must be an allowed name (loopback names and the bound host by default): a page on
  another site that rebinds its DNS name to 127.0.0.1 sends its own name and is refused.
- A state-changing request (POST …) that carries an `Origin` must come from this server's own
  origin or a configured CORS origin: another page's `fetch(..., {mode: "no-cors"})` or form post
  is refused, while clients that send no `Origin` (curl, SDKs) are unaffected.
- An upload is refused (401, 403, 429 with `Retry-After`) before its bytes arrive: no key, no
  ingestion on this socket, a full job queue or upload quota."""
from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from graphrag.server.errors import send_error
from graphrag.server.security import bearer_token, ingest_refusal, is_loopback, parse_keys, valid_key
from graphrag.server.state import ServerState

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
OPEN_PATHS = {"/healthz"}  # load balancers probe by IP or their own name
RETRY_AFTER_S = 10


class HostPolicy:
    def __init__(self, allowed: str, bind_host: str):
        names = {h.lower() for h in parse_keys(allowed)}
        self.any = "*" in names
        if not names and bind_host not in ("0.0.0.0", "::", ""):
            names.add(bind_host.lower().strip("[]"))
        self.names = names

    def allows(self, host_header: str) -> bool:
        if self.any:
            return True
        name = _hostname(host_header)
        return bool(name) and (is_loopback(name) or name in self.names)


def _hostname(host_header: str) -> str:
    """`example.com:8000` → `example.com`, `[::1]:8000` → `::1`."""
    h = host_header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else ""
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


class GuardMiddleware:
    def __init__(self, app: ASGIApp, state: ServerState, upload_paths: tuple[str, ...] = ("/ingest",)):
        self.app, self.state, self.upload_paths = app, state, upload_paths
        s = state.settings
        self.hosts = HostPolicy(s.allowed_hosts, s.host)
        self.origins = {o.rstrip("/").lower() for o in parse_keys(s.cors_origins)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self.check(scope, headers)
        if refusal is not None:
            status, message, extra = refusal
            await send_error(send, status, message, extra)
            return
        await self.app(scope, receive, send)

    def check(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, dict[str, str]] | None:
        host = headers.get("host", "")
        if scope["path"] not in OPEN_PATHS and not self.hosts.allows(host):
            return 403, (f"Host {host!r} is not allowed: this server answers to loopback names"
                         f"{' and ' + ', '.join(sorted(self.hosts.names)) if self.hosts.names else ''} "
                         "(set GRAPHRAG_ALLOWED_HOSTS)"), {}
        if scope["method"] not in SAFE_METHODS and "origin" in headers:
            origin = headers["origin"].rstrip("/").lower()
            if not self._same_origin(origin, host, scope) and origin not in self.origins:
                return 403, (f"cross-origin request from {headers['origin']!r} refused: only this server's own "
                             "page and GRAPHRAG_CORS_ORIGINS may send writes"), {}
        if scope["method"] == "POST" and scope["path"] in self.upload_paths:
            return self._upload(scope, headers)
        return None

    @staticmethod
    def _same_origin(origin: str, host: str, scope: Scope) -> bool:
        parts = urlsplit(origin)
        # the scheme is not compared: behind a TLS proxy the page is https and the scope http
        return parts.scheme in ("http", "https") and parts.netloc == host.lower()

    def _upload(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, dict[str, str]] | None:
        st = self.state
        if st.api_keys and not valid_key(st, bearer_token(headers.get("authorization"))):
            return 401, "missing or invalid API key: send 'Authorization: Bearer <key>'", {"WWW-Authenticate": "Bearer"}
        why = ingest_refusal(st, scope)
        if why:
            return 403, why, {}
        retry = {"Retry-After": str(RETRY_AFTER_S)}
        if st.jobs.full():
            return 429, (f"the ingestion queue is full ({st.settings.max_queued_jobs} jobs queued or running, "
                         "max_queued_jobs); retry later"), retry
        length = headers.get("content-length", "")
        if length.isdigit() and not st.uploads.has_room(int(length)):
            return 429, (f"uploads waiting for ingestion hold {st.uploads.used:,} bytes; this one would pass the "
                         f"{st.uploads.quota:,}-byte quota (max_upload_queue_bytes); retry later"), retry
        return None
