"""Bearer API keys. With keys configured every API route needs one; without keys the server is
open, except ingestion when it listens beyond loopback (anyone on the network could write)."""
from __future__ import annotations

import hmac
import ipaddress

from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from graphrag.server.state import ServerState, get_state

bearer = HTTPBearer(auto_error=False, description="an API key from GRAPHRAG_API_KEYS")


def parse_keys(raw: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in raw.split(",") if k.strip())


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _valid(state: ServerState, creds: HTTPAuthorizationCredentials | None) -> bool:
    if creds is None:
        return False
    token = creds.credentials.encode()
    # compare against every key so the time taken does not tell which one nearly matched
    return sum(hmac.compare_digest(token, k.encode()) for k in state.api_keys) > 0


async def require_key(state: ServerState = Depends(get_state),
                creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    if state.api_keys and not _valid(state, creds):
        raise HTTPException(401, "missing or invalid API key: send 'Authorization: Bearer <key>'",
                            headers={"WWW-Authenticate": "Bearer"})


async def require_ingest_key(state: ServerState = Depends(get_state),
                       creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    if not state.api_keys and not is_loopback(state.settings.host):
        raise HTTPException(403, f"ingestion is disabled: the server listens on {state.settings.host}, "
                                 "beyond loopback, and no API keys are configured (set GRAPHRAG_API_KEYS)")
    await require_key(state, creds)
