"""nGQL text for the NebulaGraph store: literals, ids and statements, without a client.

Pure functions so escaping and query building are tested without a server. Every entity,
relation, alias and source string reaches nGQL through `literal()`; identifiers are the fixed
schema names below or a space name checked by `ident()`.

Schema (compatible with LlamaIndex's `NebulaGraphStore`: tag `entity(name)`, edge
`relationship(relationship)`, string VIDs equal to the entity name):

- tag `entity`: name, plus our `norm` (lookup key) and `gid` (the int id the protocol uses).
- edge `relationship`: relationship, plus our `source` (provenance) and `confidence`.
  Rank = a stable hash of the relation name, so (s, r, o) is one edge and re-inserting it is a no-op.
- edge `graphrag_alias`: a self-loop on the entity per alias (rank = hash of the alias key).
- tag `graphrag_meta` on one vertex: write counter (`version`) and totals; tag `graphrag_relation`:
  one vertex per relation with its triple count, so stats never scan the graph.
"""
from __future__ import annotations

import hashlib
import math
import re
from typing import Iterable, Sequence

from graphrag.normalize import normalize

TAG = "entity"
EDGE = "relationship"
ALIAS = "graphrag_alias"
META_TAG = "graphrag_meta"
REL_TAG = "graphrag_relation"
META_VID = "__graphrag_meta__"
HASHED_PREFIX = "#h:"  # VIDs of names longer than the space's VID length
DEFAULT_VID_BYTES = 256
STATEMENT_ROWS = 1000  # rows per INSERT/FETCH statement, keeps statements well under graphd's limits

# (kind, name, property definitions); the first property of `entity`/`relationship` is LlamaIndex's
SCHEMA: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("TAG", TAG, [("name", "string"), ("norm", "string NULL"), ("gid", "int64 NULL")]),
    ("EDGE", EDGE, [("relationship", "string"), ("source", "string NULL"), ("confidence", "double NULL")]),
    ("EDGE", ALIAS, [("alias", "string"), ("norm", "string")]),
    ("TAG", META_TAG, [("version", "int64 DEFAULT 0"), ("triples", "int64 DEFAULT 0"),
                       ("entities", "int64 DEFAULT 0"), ("aliases", "int64 DEFAULT 0")]),
    ("TAG", REL_TAG, [("name", "string"), ("triples", "int64 DEFAULT 0")]),
]
# (kind, index name, schema name, fields)
INDEXES: list[tuple[str, str, str, str]] = [
    ("TAG", "graphrag_entity_norm", TAG, "norm(256)"),
    ("TAG", "graphrag_entity_gid", TAG, "gid"),
    ("EDGE", "graphrag_alias_norm", ALIAS, "norm(256)"),
    ("EDGE", "graphrag_rel_source", EDGE, "source(256)"),
    ("TAG", "graphrag_relation_all", REL_TAG, ""),
]

_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


# -- literals and identifiers ------------------------------------------------------------------
def literal(value: str) -> str:
    """A double-quoted nGQL string literal that graphd's lexer reads back as exactly `value`.

    Backslash, quote and the named control characters get backslash escapes; other control
    characters become \\uXXXX (graphd stops a string at a raw newline and truncates at NUL)."""
    out = ['"']
    for ch in value:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def number(value: float) -> str:
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    return repr(value)


def ident(name: str) -> str:
    """A back-quoted identifier; only plain names are accepted, so nothing can break out."""
    if not _IDENT.fullmatch(name or ""):
        raise ValueError(f"invalid NebulaGraph name {name!r} (letters, digits and _; starts with a letter)")
    return f"`{name}`"


def literals(values: Iterable[str]) -> str:
    return ", ".join(literal(v) for v in values)


# -- ids ---------------------------------------------------------------------------------------
def hash63(*parts: str) -> int:
    """Stable non-negative 63-bit hash (blake2b), the same in every process and machine."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(h, "big") >> 1


def vid_for(name: str, max_bytes: int = DEFAULT_VID_BYTES) -> str:
    """The VID of an entity: its name (as LlamaIndex does), or a hash when the name is too long."""
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    return HASHED_PREFIX + hashlib.blake2b(name.encode("utf-8"), digest_size=16).hexdigest()


def entity_id(vid: str) -> int:
    return hash63("e", vid)


def rank_for(relation: str) -> int:
    return hash63("r", relation)


def edge_id(subject_vid: str, relation: str, object_vid: str) -> int:
    return hash63("t", subject_vid, relation, object_vid)


def relation_vid(relation: str) -> str:
    return "__graphrag_rel__" + hashlib.blake2b(relation.encode("utf-8"), digest_size=16).hexdigest()


def vid_bytes(vid_type: str) -> int:
    """Bytes a VID may have, from DESCRIBE SPACE's `Vid Type` (FIXED_STRING(256))."""
    m = re.fullmatch(r"\s*FIXED_STRING\((\d+)\)\s*", vid_type or "", re.IGNORECASE)
    if not m:
        raise ValueError(f"vid type {vid_type!r}: graphrag needs a FIXED_STRING space (entity names are VIDs)")
    return int(m.group(1))


# -- schema ------------------------------------------------------------------------------------
def create_space(space: str, *, partitions: int = 10, replicas: int = 1,
                 vid_len: int = DEFAULT_VID_BYTES) -> str:
    return (f"CREATE SPACE IF NOT EXISTS {ident(space)}(partition_num={int(partitions)}, "
            f"replica_factor={int(replicas)}, vid_type=FIXED_STRING({int(vid_len)}))")


def create_schema(kind: str, name: str, props: Sequence[tuple[str, str]]) -> str:
    cols = ", ".join(f"{ident(p)} {t}" for p, t in props)
    return f"CREATE {kind} IF NOT EXISTS {ident(name)}({cols})"


def alter_add(kind: str, name: str, props: Sequence[tuple[str, str]]) -> str:
    cols = ", ".join(f"{ident(p)} {t}" for p, t in props)
    return f"ALTER {kind} {ident(name)} ADD ({cols})"


def create_index(kind: str, index: str, schema: str, fields: str) -> str:
    return f"CREATE {kind} INDEX IF NOT EXISTS {ident(index)} ON {ident(schema)}({fields})"


# -- writes ------------------------------------------------------------------------------------
def insert_entities(rows: Sequence[tuple[str, str]]) -> str:
    """rows: (vid, name). Overwrites with the same values, so it is idempotent."""
    values = ", ".join(f"{literal(vid)}:({literal(name)}, {literal(normalize(name))}, {entity_id(vid)})"
                       for vid, name in rows)
    return f"INSERT VERTEX {TAG}(name, norm, gid) VALUES {values}"


def insert_edges(rows: Sequence[tuple[str, str, str, str, float]]) -> str:
    """rows: (subject vid, relation, object vid, source, confidence); existing edges are kept."""
    values = ", ".join(
        f"{literal(s)}->{literal(o)}@{rank_for(r)}:({literal(r)}, {literal(src)}, {number(conf)})"
        for s, r, o, src, conf in rows)
    return f"INSERT EDGE IF NOT EXISTS {EDGE}(relationship, source, confidence) VALUES {values}"


def insert_aliases(rows: Sequence[tuple[str, str]]) -> str:
    """rows: (entity vid, alias) → a self-loop per alias key."""
    values = ", ".join(f"{literal(v)}->{literal(v)}@{hash63('a', normalize(a))}:({literal(a)}, {literal(normalize(a))})"
                       for v, a in rows)
    return f"INSERT EDGE IF NOT EXISTS {ALIAS}(alias, norm) VALUES {values}"


def edge_keys(rows: Sequence[tuple[str, int, str]]) -> str:
    """rows: (src vid, rank, dst vid) → `"s"->"d"@rank, …`."""
    return ", ".join(f"{literal(s)}->{literal(d)}@{int(k)}" for s, k, d in rows)


def fetch_edges(rows: Sequence[tuple[str, int, str]], edge: str = EDGE) -> str:
    return f"FETCH PROP ON {edge} {edge_keys(rows)} YIELD edge AS e"


def update_edge_source(s: str, rank: int, d: str, source: str, confidence: float) -> str:
    """Re-cite one stored edge (its document changed; another still states the fact)."""
    return (f"UPDATE EDGE ON {EDGE} {edge_keys([(s, rank, d)])} "
            f"SET source = {literal(source)}, confidence = {number(confidence)}")


def delete_edges(rows: Sequence[tuple[str, int, str]], edge: str = EDGE) -> str:
    return f"DELETE EDGE {edge} {edge_keys(rows)}"


def bump_counters(*, version: int = 1, triples: int = 0, entities: int = 0, aliases: int = 0,
                  relations: dict[str, int] | None = None) -> str:
    """Counter updates for one write: the meta vertex and the per-relation vertices."""
    stmts = []
    for rel, n in (relations or {}).items():
        vid = literal(relation_vid(rel))
        stmts.append(f"INSERT VERTEX IF NOT EXISTS {REL_TAG}(name, triples) VALUES {vid}:({literal(rel)}, 0)")
        stmts.append(f"UPDATE VERTEX ON {REL_TAG} {vid} SET triples = triples + ({int(n)})")
    stmts.append(f"INSERT VERTEX IF NOT EXISTS {META_TAG}(version, triples, entities, aliases) "
                 f"VALUES {literal(META_VID)}:(0, 0, 0, 0)")
    stmts.append(f"UPDATE VERTEX ON {META_TAG} {literal(META_VID)} SET version = version + ({int(version)}), "
                 f"triples = triples + ({int(triples)}), entities = entities + ({int(entities)}), "
                 f"aliases = aliases + ({int(aliases)})")
    return "; ".join(stmts)


# -- reads -------------------------------------------------------------------------------------
def fetch_entities(vids: Sequence[str]) -> str:
    return f"FETCH PROP ON {TAG} {literals(vids)} YIELD id(vertex) AS vid, properties(vertex).name AS name"


def fetch_relations(relations: Sequence[str]) -> str:
    vids = literals(relation_vid(r) for r in relations)
    return f"FETCH PROP ON {REL_TAG} {vids} YIELD properties(vertex).name AS name, properties(vertex).triples AS n"


def entity_aliases(vids: Sequence[str]) -> str:
    return f"GO FROM {literals(vids)} OVER {ALIAS} YIELD src(edge) AS vid, properties(edge).alias AS alias"


def find_entity(name: str, max_bytes: int = DEFAULT_VID_BYTES) -> str:
    """VIDs of entities named `name` exactly, or whose name or an alias normalises like it."""
    key = literal(normalize(name))
    return (f"FETCH PROP ON {TAG} {literal(vid_for(name, max_bytes))} YIELD id(vertex) AS vid "
            f"UNION LOOKUP ON {TAG} WHERE {TAG}.norm == {key} YIELD id(vertex) AS vid "
            f"UNION LOOKUP ON {ALIAS} WHERE {ALIAS}.norm == {key} YIELD src(edge) AS vid")


def vids_by_gid(ids: Sequence[int]) -> str:
    cond = " OR ".join(f"{TAG}.gid == {int(i)}" for i in ids)
    return f"LOOKUP ON {TAG} WHERE {cond} YIELD id(vertex) AS vid, properties(vertex).name AS name"


def neighbors(vids: Sequence[str], *, direction: str = "both", relations: Sequence[str] | None = None,
              limit: int | None = None) -> str:
    """One GO over the whole frontier; `limit` bounds the rows graphd returns (per-entity caps
    are applied by the caller on what comes back)."""
    way = {"out": "", "in": " REVERSELY", "both": " BIDIRECT"}[direction]
    where = f" WHERE {EDGE}.relationship IN [{literals(relations)}]" if relations else ""
    tail = f" | LIMIT {int(limit)}" if limit else ""
    return f"GO FROM {literals(vids)} OVER {EDGE}{way}{where} YIELD edge AS e{tail}"


def degrees(vids: Sequence[str]) -> str:
    return (f"MATCH (v)-[e:{EDGE}]-() WHERE id(v) IN [{literals(vids)}] "
            f"RETURN id(v) AS vid, count(e) AS n")


def edges_by_source(source: str) -> str:
    """Edges whose provenance is `source` or `source#…` (STARTS WITH on the source index, 3.4+)."""
    return (f"LOOKUP ON {EDGE} WHERE {EDGE}.source == {literal(source)} "
            f"OR {EDGE}.source STARTS WITH {literal(source + '#')} YIELD edge AS e")


def fetch_meta() -> str:
    return (f"FETCH PROP ON {META_TAG} {literal(META_VID)} YIELD properties(vertex).version AS version, "
            f"properties(vertex).triples AS triples, properties(vertex).entities AS entities, "
            f"properties(vertex).aliases AS aliases")


ALL_ENTITIES = f"LOOKUP ON {TAG} YIELD id(vertex) AS vid, properties(vertex).name AS name"
ALL_ALIASES = f"LOOKUP ON {ALIAS} YIELD src(edge) AS vid, properties(edge).alias AS alias"
ALL_EDGES = f"LOOKUP ON {EDGE} YIELD edge AS e"
RELATION_COUNTS = f"LOOKUP ON {REL_TAG} YIELD properties(vertex).name AS name, properties(vertex).triples AS n"
COUNT_RELATIONS = (f"LOOKUP ON {EDGE} YIELD properties(edge).relationship AS r "
                   f"| GROUP BY $-.r YIELD $-.r AS r, count(*) AS n")
COUNT_ENTITIES = f"LOOKUP ON {TAG} YIELD id(vertex) AS v | YIELD count(*) AS n"
COUNT_ALIASES = f"LOOKUP ON {ALIAS} YIELD src(edge) AS v | YIELD count(*) AS n"
