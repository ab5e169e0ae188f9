"""NebulaGraph store: the GraphStore protocol on a distributed graph database.

Entities are vertices whose VID is their name (LlamaIndex's convention; names longer than the
space's FIXED_STRING length get a hashed VID). The protocol's integer ids are a stable 63-bit
blake2b hash of the VID, stored as the indexed `gid` property so any process can map them back.
`version()` is a counter on a meta vertex that our writes bump; writes made by other tools
(LlamaIndex) do not bump it. NebulaGraph has no multi-statement transactions: a batch is several
idempotent statements, so re-running an interrupted load completes it. See nebula_query for the schema.
"""
from __future__ import annotations

import time
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Sequence

from nebula3.common.ttypes import ErrorCode

from graphrag.errors import UserError
from graphrag.normalize import normalize
from graphrag.settings import Settings
from graphrag.store import nebula_query as q
from graphrag.store.base import RetractStats, Retraction, UpsertStats
from graphrag.store.nebula_conn import (DEFAULT_PORT, RETRY_CODES, TRANSIENT, Connection, NebulaQueryError,
                                        _unreachable, connection_from_settings, open_pool, parse_addresses,
                                        reachable)
from graphrag.store.nebula_schema import create_space as make_space, ensure_schema
from graphrag.types import Edge, Entity, Triple

__all__ = ["DEFAULT_PORT", "Connection", "NebulaGraphStore", "NebulaQueryError", "connection_from_settings",
           "parse_addresses", "reachable"]



class NebulaGraphStore:
    """Thread-safe (the session pool is); one instance per process is enough."""

    def __init__(self, pool: Any, conn: Connection, *, vid_len: int = q.DEFAULT_VID_BYTES,
                 sleep: Callable[[float], None] = time.sleep):
        self._pool = pool  # anything with execute(stmt) -> nebula3 ResultSet
        self.conn = conn
        self.vid_len = vid_len
        self._sleep = sleep
        self._names: dict[int, tuple[str, str]] = {}  # id → (vid, name) seen by this process

    @classmethod
    def from_settings(cls, settings: Settings, *, create: bool = True, create_space: bool = False,
                      partitions: int = 10, replicas: int = 1, wait: float = 120.0,
                      **conn_overrides: Any) -> "NebulaGraphStore":
        """Connect, check the space, and add the schema pieces that are missing. `create` is the
        registry's flag; a space is only created with `create_space` (it is a cluster-wide act)."""
        conn = connection_from_settings(settings, **conn_overrides)
        if create_space:
            make_space(conn, partitions=partitions, replicas=replicas, wait=wait)
        store = cls(open_pool(conn), conn)
        try:
            store.vid_len = q.vid_bytes(store.run(f"DESCRIBE SPACE {q.ident(conn.space)}").column_values("Vid Type")[0].cast())
            ensure_schema(store, wait=wait)
        except ValueError as e:
            store.close()
            raise UserError(f"space {conn.space!r}: {e}") from None
        except BaseException:
            store.close()
            raise
        return store

    # -- statements --------------------------------------------------------------------------
    def run(self, stmt: str):
        """Execute with retries and exponential backoff on connection and session errors."""
        last = ""
        for attempt in range(self.conn.retries + 1):
            if attempt:
                self._sleep(min(self.conn.backoff * 2 ** (attempt - 1), 5.0))
            try:
                result = self._pool.execute(stmt)
            except TRANSIENT as e:
                last = f"{type(e).__name__}: {e}"
                continue
            if result.is_succeeded():
                return result
            code = result.error_code()
            last = f"{ErrorCode._VALUES_TO_NAMES.get(code, code)}: {result.error_msg()}"
            if code not in RETRY_CODES:
                head = stmt if len(stmt) <= 300 else stmt[:300] + "…"
                raise NebulaQueryError(f"NebulaGraph rejected a statement ({last}): {head}")
        raise _unreachable(self.conn, f"gave up after {self.conn.retries + 1} attempts; last error {last}")

    def rows(self, stmt: str) -> list[list[Any]]:
        return decode_rows(self.run(stmt))

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- ids ---------------------------------------------------------------------------------
    def _remember(self, vid: str, name: str | None) -> int:
        eid = q.entity_id(vid)
        self._names[eid] = (vid, name if name is not None else vid)
        return eid

    def _vids(self, ids: Sequence[int]) -> list[str]:
        """VIDs for ids, asking the gid index for those this process has not seen."""
        missing = [i for i in dict.fromkeys(ids) if i not in self._names]
        for chunk in _chunks(missing, 200):
            for vid, name in self.rows(q.vids_by_gid(chunk)):
                self._remember(vid, name)
        return [self._names[i][0] for i in dict.fromkeys(ids) if i in self._names]

    def _resolve_names(self, vids: Iterable[str]) -> None:
        """Hashed VIDs (long names) need their `name` property; plain VIDs are the name."""
        todo = [v for v in dict.fromkeys(vids) if v.startswith(q.HASHED_PREFIX)
                and self._names.get(q.entity_id(v), (None, v))[1] == v]
        for chunk in _chunks(todo, q.STATEMENT_ROWS):
            for vid, name in self.rows(q.fetch_entities(chunk)):
                self._remember(vid, name)

    def _edges(self, rels: list[dict[str, Any]]) -> list[Edge]:
        self._resolve_names(v for r in rels for v in (r["src"], r["dst"]))
        out: dict[int, Edge] = {}
        for r in rels:
            s, o = r["src"], r["dst"]
            sid, oid = q.entity_id(s), q.entity_id(o)
            sname = self._names.get(sid, (s, s))[1]
            oname = self._names.get(oid, (o, o))[1]
            self._remember(s, sname)
            self._remember(o, oname)
            eid = q.edge_id(s, r["relation"], o)
            out.setdefault(eid, Edge(eid, sid, sname, r["relation"], oid, oname, r["source"], r["confidence"]))
        return list(out.values())

    # -- writes ------------------------------------------------------------------------------
    def upsert_triples(self, triples: Iterable[Triple], *, batch_size: int = 50_000,
                       progress=None) -> UpsertStats:
        stats = UpsertStats()
        it = iter(triples)
        while batch := list(islice(it, batch_size)):
            for chunk in _chunks(batch, q.STATEMENT_ROWS):
                self._write_chunk(chunk, stats)
            if progress is not None:
                progress(len(batch))
        return stats

    def _write_chunk(self, chunk: list[Triple], stats: UpsertStats) -> None:
        names = list(dict.fromkeys(n for t in chunk for n in (t.subject, t.object)))
        vid = {n: q.vid_for(n, self.vid_len) for n in names}
        rows: dict[tuple[str, int, str], tuple[str, str, str, str, float]] = {}
        for t in chunk:
            key = (vid[t.subject], q.rank_for(t.relation), vid[t.object])
            rows.setdefault(key, (vid[t.subject], t.relation, vid[t.object], t.source, t.confidence))
        known_vids = {r[0] for r in self.rows(q.fetch_entities(list(vid.values())))}
        existing = {(r["src"], r["rank"], r["dst"]) for r in self._fetch_rels(q.fetch_edges(list(rows)))}
        relations = list(dict.fromkeys(t.relation for t in chunk))
        known_rels = {name for name, n in self.rows(q.fetch_relations(relations)) if n}
        new = [row for key, row in rows.items() if key not in existing]
        self.run(q.insert_entities([(v, n) for n, v in vid.items()]))
        if new:
            self.run(q.insert_edges(new))
        per_rel: dict[str, int] = {}
        for row in new:
            per_rel[row[1]] = per_rel.get(row[1], 0) + 1
        new_entities = sum(1 for v in vid.values() if v not in known_vids)
        self.run(q.bump_counters(triples=len(new), entities=new_entities, relations=per_rel))
        for n, v in vid.items():
            self._remember(v, n)
        stats.read += len(chunk)
        stats.added += len(new)
        stats.existing += len(chunk) - len(new)
        stats.new_entities += new_entities
        stats.new_relations += sum(1 for r in per_rel if r not in known_rels)

    def _fetch_rels(self, stmt: str) -> list[dict[str, Any]]:
        return [r[0] for r in self.rows(stmt) if r and r[0] is not None]

    def _delete(self, rels: list[dict[str, Any]]) -> int:
        keys = list(dict.fromkeys((r["src"], r["rank"], r["dst"]) for r in rels))
        for chunk in _chunks(keys, q.STATEMENT_ROWS):
            self.run(q.delete_edges(chunk))
        per_rel: dict[str, int] = {}
        for r in {(r["src"], r["rank"], r["dst"]): r for r in rels}.values():
            per_rel[r["relation"]] = per_rel.get(r["relation"], 0) - 1
        self.run(q.bump_counters(triples=-len(keys), relations=per_rel))
        return len(keys)

    def delete_triples(self, triples: Iterable[Triple]) -> int:
        """Removes every edge (any rank, so LlamaIndex's too) matching subject, relation, object."""
        wanted = {(q.vid_for(t.subject, self.vid_len), t.relation, q.vid_for(t.object, self.vid_len))
                  for t in triples}
        found: list[dict[str, Any]] = []
        for chunk in _chunks(sorted(wanted), q.STATEMENT_ROWS):
            stmt = q.neighbors(list(dict.fromkeys(s for s, _, _ in chunk)), direction="out",
                               relations=list(dict.fromkeys(r for _, r, _ in chunk)))
            found += [r for r in self._fetch_rels(stmt) if (r["src"], r["relation"], r["dst"]) in wanted]
        return self._delete(found)

    def delete_source(self, source: str) -> int:
        return self._delete(self._fetch_rels(q.edges_by_source(source)))

    def retract(self, facts: Iterable[Retraction]) -> RetractStats:
        """Reads the stored edges by key, then deletes or re-cites them: idempotent statements
        (no transactions here); the document store keeps the retraction pending until it ends."""
        stats = RetractStats()
        by_key = {(q.vid_for(f.subject, self.vid_len), q.rank_for(f.relation), q.vid_for(f.object, self.vid_len)): f
                  for f in facts}
        found: list[dict[str, Any]] = []
        for chunk in _chunks(list(by_key), q.STATEMENT_ROWS):
            found += self._fetch_rels(q.fetch_edges(chunk))
        drop = []
        for r in found:
            f = by_key.get((r["src"], r["rank"], r["dst"]))
            if f is None or r["relation"] != f.relation:
                continue
            if r["source"] not in f.sources:
                stats.kept += 1
            elif f.successor is not None:
                self.run(q.update_edge_source(r["src"], r["rank"], r["dst"], f.successor.source,
                                              f.successor.confidence))
                stats.reattributed += 1
            else:
                drop.append(r)
        if drop:
            stats.deleted = self._delete(drop)
        elif stats.reattributed:
            self.run(q.bump_counters())
        return stats

    def add_aliases(self, entity: str, aliases: Iterable[str]) -> int:
        return self.add_alias_rows((entity, a) for a in aliases)

    def add_alias_rows(self, rows: Iterable[tuple[str, str]]) -> int:
        """(entity, alias) pairs in batched statements; entities are created if absent."""
        added = 0
        for chunk in _chunks(list(rows), q.STATEMENT_ROWS):
            pairs = {(q.vid_for(e, self.vid_len), normalize(a)): (e, a) for e, a in chunk if normalize(a)}
            if not pairs:
                continue
            keys = [(v, q.hash63("a", key), v) for v, key in pairs]
            existing = {(r["src"], r["rank"]) for r in self._fetch_rels(q.fetch_edges(keys, q.ALIAS))}
            new = [(v, a) for (v, key), (_, a) in pairs.items() if (v, q.hash63("a", key)) not in existing]
            entities = {v: e for (v, _), (e, _) in pairs.items()}
            known = {r[0] for r in self.rows(q.fetch_entities(list(entities)))}
            self.run(q.insert_entities(list(entities.items())))
            if new:
                self.run(q.insert_aliases(new))
            self.run(q.bump_counters(aliases=len(new), entities=sum(1 for v in entities if v not in known)))
            added += len(new)
        return added

    # -- reads -------------------------------------------------------------------------------
    def find_entities(self, name: str) -> list[Entity]:
        vids = list(dict.fromkeys(r[0] for r in self.rows(q.find_entity(name, self.vid_len))))
        return self._entities(vids)

    def get_entities(self, ids: Sequence[int]) -> list[Entity]:
        ids = list(ids)
        by_id = {e.id: e for e in self._entities(self._vids(ids))}
        return [by_id[i] for i in ids if i in by_id]

    def _entities(self, vids: list[str]) -> list[Entity]:
        if not vids:
            return []
        names: dict[str, str] = {}
        aliases: dict[str, list[str]] = {}
        for chunk in _chunks(vids, q.STATEMENT_ROWS):
            names.update((v, n if n is not None else v) for v, n in self.rows(q.fetch_entities(chunk)))
            for v, a in self.rows(q.entity_aliases(chunk)):
                aliases.setdefault(v, []).append(a)
        return [Entity(self._remember(v, names[v]), names[v], tuple(aliases.get(v, ()))) for v in vids if v in names]

    def entity_names(self, ids: Sequence[int]) -> dict[int, str]:
        return {e.id: e.name for e in self.get_entities(ids)}

    def neighbors(self, ids: Sequence[int], *, direction: str = "both",
                  relations: Sequence[str] | None = None, limit: int | None = None) -> list[Edge]:
        """One GO round trip for all ids; graphd returns at most limit × ids × directions rows,
        then `limit` is applied per entity and direction as the protocol says."""
        if direction not in ("out", "in", "both"):
            raise ValueError(f"direction must be out, in or both, not {direction!r}")
        vids = self._vids(ids)
        if not vids:
            return []
        sides = 2 if direction == "both" else 1
        cap = limit * len(vids) * sides if limit else None
        rels = self._fetch_rels(q.neighbors(vids, direction=direction, relations=relations, limit=cap))
        if limit:
            rels = _cap_per_entity(rels, set(vids), direction, limit)
        return self._edges(rels)

    def relation_counts(self) -> dict[str, int]:
        return {name: int(n) for name, n in self.rows(q.RELATION_COUNTS) if name is not None and n}

    def degrees(self, ids: Sequence[int]) -> dict[int, int]:
        out = {i: 0 for i in dict.fromkeys(ids)}
        for chunk in _chunks(self._vids(ids), q.STATEMENT_ROWS):
            for vid, n in self.rows(q.degrees(chunk)):
                out[q.entity_id(vid)] = int(n)
        return out

    def iter_entities(self, batch: int = 10_000) -> Iterator[Entity]:
        """One index scan of entities and one of aliases (NebulaGraph has no server-side cursor)."""
        aliases: dict[str, list[str]] = {}
        for vid, alias in self.rows(q.ALL_ALIASES):
            aliases.setdefault(vid, []).append(alias)
        for vid, name in self.rows(q.ALL_ENTITIES):
            name = name if name is not None else vid
            yield Entity(self._remember(vid, name), name, tuple(aliases.get(vid, ())))

    def iter_edges(self, batch: int = 10_000) -> Iterator[Edge]:
        rels = self._fetch_rels(q.ALL_EDGES)
        for chunk in _chunks(rels, batch):
            yield from self._edges(chunk)

    def _meta(self) -> dict[str, int]:
        rows = self.rows(q.fetch_meta())
        keys = ("version", "triples", "entities", "aliases")
        return {k: int(v or 0) for k, v in zip(keys, rows[0])} if rows else dict.fromkeys(keys, 0)

    def version(self) -> int:
        return self._meta()["version"]

    def stats(self) -> dict[str, int]:
        meta = self._meta()
        return {"triples": meta["triples"], "entities": meta["entities"],
                "relations": len(self.relation_counts()), "aliases": meta["aliases"]}


# -- result decoding -----------------------------------------------------------------------------
def decode_value(v: Any) -> Any:
    """A nebula3 ValueWrapper → str/int/float/None, or a dict for an edge."""
    if v.is_null() or v.is_empty():
        return None
    if v.is_edge():
        return decode_edge(v.as_relationship())
    return v.cast()


def decode_edge(rel: Any) -> dict[str, Any]:
    """A nebula3 Relationship (start/end already oriented by the client) → plain fields.
    Edges written by LlamaIndex have no source/confidence: they read as "" and 1.0."""
    props = {k: decode_value(v) for k, v in rel.properties().items()}
    conf = props.get("confidence")
    return {"src": rel.start_vertex_id().cast(), "dst": rel.end_vertex_id().cast(), "rank": rel.ranking(),
            "relation": props.get("relationship") or "", "source": props.get("source") or "",
            "confidence": 1.0 if conf is None else float(conf), "alias": props.get("alias")}


def decode_rows(result: Any) -> list[list[Any]]:
    return [[decode_value(v) for v in result.row_values(i)] for i in range(result.row_size())]


def _cap_per_entity(rels: list[dict[str, Any]], vids: set[str], direction: str, limit: int) -> list[dict[str, Any]]:
    used: dict[tuple[str, str], int] = {}
    out = []
    for r in rels:
        sides = []
        if direction in ("out", "both") and r["src"] in vids:
            sides.append((r["src"], "out"))
        if direction in ("in", "both") and r["dst"] in vids:
            sides.append((r["dst"], "in"))
        if any(used.get(s, 0) < limit for s in sides):
            for s in sides:
                used[s] = used.get(s, 0) + 1
            out.append(r)
    return out


def _chunks(items: Sequence, n: int) -> Iterator[list]:
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]
