"""Connecting to NebulaGraph: addresses, credentials, reachability and the session pool.
Shared by the store (nebula.py) and the schema setup (nebula_schema.py), so neither imports the other."""
from __future__ import annotations

import dataclasses
import socket
from dataclasses import dataclass
from typing import Any

from nebula3.common.ttypes import ErrorCode
from nebula3.Config import SessionPoolConfig
from nebula3.Exception import AuthFailedException, IOErrorException, NoValidSessionException
from nebula3.fbthrift.transport.TTransport import TTransportException
from nebula3.gclient.net.SessionPool import SessionPool

from graphrag.errors import BackendUnavailable, UserError
from graphrag.settings import Settings
from graphrag.store import nebula_query as q


DEFAULT_PORT = 9669
RETRY_CODES = {ErrorCode.E_SESSION_INVALID, ErrorCode.E_SESSION_TIMEOUT, ErrorCode.E_FAIL_TO_CONNECT,
               ErrorCode.E_RPC_FAILURE, ErrorCode.E_LEADER_CHANGED, ErrorCode.E_PARTIAL_SUCCEEDED}
TRANSIENT = (IOErrorException, TTransportException, NoValidSessionException, OSError, RuntimeError)


class NebulaQueryError(UserError):
    """graphd rejected a statement; the message has its error code and the statement's start."""


@dataclass(frozen=True)
class Connection:
    """Where and how to connect; built from Settings by `connection_from_settings`."""

    addresses: tuple[tuple[str, int], ...]
    user: str
    password: str
    space: str
    timeout: float = 60.0  # seconds a statement may take (socket timeout of the session pool)
    connect_timeout: float = 5.0  # seconds to wait for a TCP connection to graphd
    retries: int = 3  # extra attempts on connection/session errors
    backoff: float = 0.1  # first wait; doubles per attempt, capped at 5 s

    @property
    def where(self) -> str:
        return ",".join(f"{h}:{p}" for h, p in self.addresses)


def parse_addresses(text: str) -> tuple[tuple[str, int], ...]:
    """`host:port,host:port` (port defaults to graphd's 9669)."""
    out = []
    for part in (p.strip() for p in (text or "").split(",")):
        if not part:
            continue
        host, _, port = part.rpartition(":") if ":" in part else (part, "", str(DEFAULT_PORT))
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise UserError(f"GRAPHRAG_NEBULA_ADDRESS: {part!r} is not host:port")
        out.append((host.strip("[]"), int(port)))
    if not out:
        raise UserError("store = nebula needs GRAPHRAG_NEBULA_ADDRESS=host:port[,host:port] (graphd, port 9669)")
    return tuple(out)


def connection_from_settings(settings: Settings, **overrides: Any) -> Connection:
    q.ident(settings.nebula_space)  # fail early on a bad space name
    conn = Connection(parse_addresses(settings.nebula_address), settings.nebula_user,
                      settings.nebula_password, settings.nebula_space)
    return dataclasses.replace(conn, **{k: v for k, v in overrides.items() if v is not None})


def _unreachable(conn: Connection, detail: str) -> BackendUnavailable:
    return BackendUnavailable(
        f"cannot reach NebulaGraph graphd at {conn.where} ({detail}). Check that the cluster is running "
        f"(docker compose ps in nebula-docker-compose), that GRAPHRAG_NEBULA_ADDRESS names graphd's "
        f"host:port (default port 9669) and that no firewall blocks it.")


def reachable(conn: Connection) -> list[tuple[str, int]]:
    """Addresses that accept a TCP connection within the timeout; raises if none does."""
    ok, errors = [], []
    for host, port in conn.addresses:
        try:
            socket.create_connection((host, port), timeout=conn.connect_timeout).close()
            ok.append((host, port))
        except OSError as e:
            errors.append(f"{host}:{port}: {e.strerror or e}")
    if not ok:
        raise _unreachable(conn, "; ".join(errors))
    return ok


def open_pool(conn: Connection) -> SessionPool:
    """A session pool bound to the space; clear errors for the usual misconfigurations."""
    addresses = reachable(conn)
    config = SessionPoolConfig()
    config.timeout = int(conn.timeout * 1000)
    config.min_size, config.max_size, config.interval_check = 1, 30, -1
    pool = SessionPool(conn.user, conn.password, conn.space, addresses)
    try:
        if not pool.init(config):
            raise UserError("NebulaGraph session settings rejected: user, password and space must be set "
                            "(GRAPHRAG_NEBULA_USER / _PASSWORD / _SPACE)")
    except AuthFailedException as e:
        raise UserError(f"NebulaGraph at {conn.where} refused user {conn.user!r}: {e.message} "
                        f"(set GRAPHRAG_NEBULA_USER / GRAPHRAG_NEBULA_PASSWORD)") from None
    except RuntimeError as e:
        if "space" in str(e).lower():
            raise UserError(f"NebulaGraph at {conn.where} has no usable space {conn.space!r} ({e}). Create it with "
                            f"`graphrag migrate --from DIR --to nebula --create-space` or set "
                            f"GRAPHRAG_NEBULA_SPACE") from None
        raise _unreachable(conn, str(e)) from None
    except TRANSIENT as e:
        raise _unreachable(conn, str(e) or type(e).__name__) from None
    return pool
