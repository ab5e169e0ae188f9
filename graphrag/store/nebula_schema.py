"""Space and schema setup for the NebulaGraph store.

NebulaGraph applies DDL asynchronously (graphd and storaged pick it up on their next heartbeat,
10 s by default), so after creating anything we probe until reads and writes through the new
schema succeed. Only what is missing is created: a LlamaIndex-built space keeps its data and
gains our nullable extra properties, indexes (rebuilt over the existing data) and counters.
"""
from __future__ import annotations

import time
from typing import Any, Protocol

from graphrag.errors import UserError
from graphrag.store import nebula_query as q
from graphrag.store.nebula_conn import Connection, NebulaQueryError, _unreachable, reachable


class Statements(Protocol):
    """What schema setup needs of the store: run a statement, read its rows."""

    def run(self, stmt: str) -> Any: ...

    def rows(self, stmt: str) -> list[list[Any]]: ...


PROBE_VID = "__graphrag_probe__"


def create_space(conn: Connection, *, partitions: int = 10, replicas: int = 1, wait: float = 120.0) -> None:
    """CREATE SPACE IF NOT EXISTS, then wait until a session can USE it."""
    from nebula3.Config import Config
    from nebula3.Exception import AuthFailedException
    from nebula3.gclient.net import ConnectionPool

    config = Config()
    config.timeout = int(conn.timeout * 1000)
    config.max_connection_pool_size = 2
    pool = ConnectionPool()
    try:
        try:
            pool.init(reachable(conn), config)
            session = pool.get_session(conn.user, conn.password)
        except AuthFailedException as e:
            raise UserError(f"NebulaGraph at {conn.where} refused user {conn.user!r}: {e.message}") from None
        except (RuntimeError, OSError) as e:
            raise _unreachable(conn, str(e)) from None
        try:
            result = session.execute(q.create_space(conn.space, partitions=partitions, replicas=replicas))
            if not result.is_succeeded():
                raise NebulaQueryError(f"CREATE SPACE {conn.space} failed: {result.error_msg()}")
            deadline = time.monotonic() + wait
            while not session.execute(f"USE {q.ident(conn.space)}").is_succeeded():
                if time.monotonic() > deadline:
                    raise UserError(f"space {conn.space!r} was created but is not usable after {wait:.0f}s; "
                                    f"check SHOW HOSTS (storaged must be online)")
                time.sleep(1.0)
        finally:
            session.release()
    finally:
        pool.close()


def ensure_schema(store: Statements, *, wait: float = 120.0) -> bool:
    """Create missing tags, edges, properties and indexes; returns whether anything was created."""
    existing = {"TAG": {r[0] for r in store.rows("SHOW TAGS")}, "EDGE": {r[0] for r in store.rows("SHOW EDGES")}}
    had_data = bool(existing["TAG"] & {q.TAG} or existing["EDGE"] & {q.EDGE})
    changed = False
    for kind, name, props in q.SCHEMA:
        if name not in existing[kind]:
            store.run(q.create_schema(kind, name, props))
            changed = True
            continue
        fields = {r[0] for r in store.rows(f"DESCRIBE {kind} {q.ident(name)}")}
        missing = [p for p in props if p[0] not in fields]
        if missing:
            store.run(q.alter_add(kind, name, missing))
            changed = True
    if changed:
        _wait(store, [f"INSERT VERTEX {q.META_TAG}(version) VALUES {q.literal(PROBE_VID)}:(0)"], wait)
        store.run(f"DELETE VERTEX {q.literal(PROBE_VID)}")

    indexes = {"TAG": {r[0] for r in store.rows("SHOW TAG INDEXES")},
               "EDGE": {r[0] for r in store.rows("SHOW EDGE INDEXES")}}
    new = [ix for ix in q.INDEXES if ix[1] not in indexes[ix[0]]]
    for kind, index, schema, fields in new:
        store.run(q.create_index(kind, index, schema, fields))
    if new:
        _wait(store, [_lookup_probe(kind, schema) for kind, _, schema, _ in new], wait)
        if had_data:
            _rebuild(store, new, wait)
    if not store.rows(q.fetch_meta()):
        _init_counters(store)
    return changed or bool(new)


def _lookup_probe(kind: str, schema: str) -> str:
    what = "id(vertex)" if kind == "TAG" else "src(edge)"
    return f"LOOKUP ON {q.ident(schema)} YIELD {what} AS v | LIMIT 1"


def _wait(store: Statements, probes: list[str], wait: float) -> None:
    """Retry the probes until they all succeed: the new schema has reached graphd and storaged."""
    deadline = time.monotonic() + wait
    while True:
        try:
            for stmt in probes:
                store.run(stmt)
            return
        except UserError as e:  # rejected (schema unknown yet) or unavailable (no partition leader yet)
            if time.monotonic() > deadline:
                raise UserError(f"NebulaGraph schema not usable after {wait:.0f}s: {e}") from None
            time.sleep(2.0)


def _rebuild(store: Statements, new: list[tuple[str, str, str, str]], wait: float) -> None:
    """Index the data that was there before the index (a LlamaIndex-built space)."""
    for kind in ("TAG", "EDGE"):
        names = [ix[1] for ix in new if ix[0] == kind]
        if not names:
            continue
        store.run(f"REBUILD {kind} INDEX {', '.join(q.ident(n) for n in names)}")
        deadline = time.monotonic() + wait
        while True:
            status = {r[0]: r[1] for r in store.rows(f"SHOW {kind} INDEX STATUS")}
            if all(status.get(n) == "FINISHED" for n in names):
                break
            if any(status.get(n) == "FAILED" for n in names) or time.monotonic() > deadline:
                raise UserError(f"rebuilding NebulaGraph indexes {names} did not finish: {status}")
            time.sleep(1.0)


def _init_counters(store: Statements) -> None:
    """Count what a space already holds once, so stats and relation counts never scan again."""
    relations = {r: int(n) for r, n in store.rows(q.COUNT_RELATIONS) if r is not None}
    entities = store.rows(q.COUNT_ENTITIES)
    aliases = store.rows(q.COUNT_ALIASES)
    store.run(q.bump_counters(triples=sum(relations.values()), relations=relations,
                              entities=int(entities[0][0]) if entities else 0,
                              aliases=int(aliases[0][0]) if aliases else 0))
