"""Who may call and who may write.

Bearer API keys: with keys configured every API route needs one; without keys the server is
open, except ingestion whenever it listens beyond loopback (anyone on the network could write).
Whether it does is read from the sockets this process actually listens on, not only from the
configured host: `uvicorn --factory ... --host 0.0.0.0` never tells the app its host."""
from __future__ import annotations

import hmac
import ipaddress
import os
from pathlib import Path

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from graphrag.server.state import ServerState, get_state

bearer = HTTPBearer(auto_error=False, description="an API key from GRAPHRAG_API_KEYS")


def parse_keys(raw: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in raw.split(",") if k.strip())


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def valid_key(state: ServerState, token: str | None) -> bool:
    if token is None:
        return False
    raw = token.encode()
    # compare against every key so the time taken does not tell which one nearly matched
    return sum(hmac.compare_digest(raw, k.encode()) for k in state.api_keys) > 0


def bearer_token(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def listening_addresses(port: int) -> list[str] | None:
    """The addresses this process listens on at `port`, read from /proc (Linux); None where
    that cannot be read, so the caller falls back to the configured host."""
    try:
        mine = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                link = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if link.startswith("socket:["):
                mine.add(link[8:-1])
        found = []
        for table in ("tcp", "tcp6"):
            try:
                rows = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
            except OSError:
                continue
            for row in rows:
                f = row.split()
                if len(f) < 10 or f[3] != "0A" or f[9] not in mine:  # 0A: LISTEN
                    continue
                ip_hex, port_hex = f[1].split(":")
                if int(port_hex, 16) == port:
                    raw = bytes.fromhex(ip_hex)  # 32-bit words in host (little-endian) order
                    found.append(str(ipaddress.ip_address(b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4)))))
        return found or None
    except (OSError, ValueError):
        return None


def ingest_refusal(state: ServerState, scope: dict) -> str | None:
    """Why a keyless server refuses ingestion on this connection, or None when it may ingest:
    the configured host, the connection's local address and every socket listening on its port
    must be loopback."""
    if state.api_keys:
        return None
    local = scope.get("server") or (state.settings.host, state.settings.port)
    hosts = [state.settings.host, str(local[0])]
    if local[1] is not None:
        port = int(local[1])
        if port not in state.listening:
            state.listening[port] = listening_addresses(port) or []
        hosts += state.listening[port]
    beyond = [h for h in hosts if not is_loopback(h)]
    if not beyond:
        return None
    return (f"ingestion is disabled: the server listens on {beyond[0]}, beyond loopback, and no API keys "
            "are configured (set GRAPHRAG_API_KEYS)")


async def require_key(state: ServerState = Depends(get_state),
                      creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    if state.api_keys and not valid_key(state, creds.credentials if creds else None):
        raise HTTPException(401, "missing or invalid API key: send 'Authorization: Bearer <key>'",
                            headers={"WWW-Authenticate": "Bearer"})


async def require_ingest_key(request: Request, state: ServerState = Depends(get_state),
                             creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Also enforced by the guard middleware before the body is read; here for the schema."""
    await require_key(state, creds)
    why = ingest_refusal(state, request.scope)
    if why:
        raise HTTPException(403, why)
