"""A toy graph store: the whole `GraphStore` protocol in memory, and nothing more (no
`PathStore` calls), to show that a new store is one file plus one line in
graphrag/store/registry.py (tests/test_seams.py registers it as "memory")."""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator, Sequence

from graphrag.normalize import normalize
from graphrag.store.base import UpsertStats
from graphrag.types import Edge, Entity, Triple


class MemoryGraphStore:
    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.ids: dict[str, int] = {}
        self.aliases: dict[int, list[str]] = {}
        self.edges: dict[int, Edge] = {}
        self.keys: dict[tuple[int, str, int], int] = {}
        self._version = 0
        self._next = itertools.count(1)

    @classmethod
    def from_settings(cls, settings, *, create: bool = True) -> "MemoryGraphStore":
        return cls()

    def _entity(self, name: str, stats: UpsertStats | None = None) -> int:
        if name not in self.ids:
            self.ids[name] = i = next(self._next)
            self.names[i] = name
            if stats is not None:
                stats.new_entities += 1
        return self.ids[name]

    def upsert_triples(self, triples: Iterable[Triple], *, batch_size: int = 50_000, progress=None) -> UpsertStats:
        stats = UpsertStats()
        relations = {e.relation for e in self.edges.values()}
        for t in triples:
            stats.read += 1
            s, o = self._entity(t.subject, stats), self._entity(t.object, stats)
            if (s, t.relation, o) in self.keys:
                stats.existing += 1
                continue
            stats.new_relations += t.relation not in relations
            relations.add(t.relation)
            eid = next(self._next)
            self.keys[(s, t.relation, o)] = eid
            self.edges[eid] = Edge(eid, s, t.subject, t.relation, o, t.object, t.source, t.confidence)
            stats.added += 1
        self._version += 1
        return stats

    def delete_triples(self, triples: Iterable[Triple]) -> int:
        gone = [self.keys.pop((self.ids.get(t.subject), t.relation, self.ids.get(t.object)), None) for t in triples]
        for eid in filter(None, gone):
            del self.edges[eid]
        self._version += 1
        return sum(1 for g in gone if g)

    def delete_source(self, source: str) -> int:
        doomed = [e for e in self.edges.values() if e.source == source or e.source.startswith(source + "#")]
        return self.delete_triples(Triple(e.subject, e.relation, e.object) for e in doomed)

    def add_aliases(self, entity: str, aliases: Iterable[str]) -> int:
        have = self.aliases.setdefault(self._entity(entity), [])
        new = [a for a in aliases if a not in have and a != entity]
        have.extend(new)
        self._version += 1
        return len(new)

    def find_entities(self, name: str) -> list[Entity]:
        key = normalize(name)
        return [e for e in self.iter_entities() if key in {normalize(n) for n in (e.name, *e.aliases)}]

    def get_entities(self, ids: Sequence[int]) -> list[Entity]:
        return [Entity(i, self.names[i], tuple(self.aliases.get(i, ()))) for i in ids if i in self.names]

    def neighbors(self, ids: Sequence[int], *, direction: str = "both", relations: Sequence[str] | None = None,
                  limit: int | None = None) -> list[Edge]:
        out: list[Edge] = []
        for node in ids:
            for d in (("out", "in") if direction == "both" else (direction,)):
                found = [e for e in self.edges.values() if (e.subject_id if d == "out" else e.object_id) == node
                         and (relations is None or e.relation in relations)]
                out.extend(found[:limit])
        return list({e.id: e for e in out}.values())

    def relation_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for e in self.edges.values():
            counts[e.relation] = counts.get(e.relation, 0) + 1
        return counts

    def degrees(self, ids: Sequence[int]) -> dict[int, int]:
        return {i: sum(i in (e.subject_id, e.object_id) for e in self.edges.values()) for i in ids}

    def iter_entities(self, batch: int = 10_000) -> Iterator[Entity]:
        yield from self.get_entities(list(self.names))

    def iter_edges(self, batch: int = 10_000) -> Iterator[Edge]:
        yield from list(self.edges.values())

    def entity_names(self, ids: Sequence[int]) -> dict[int, str]:
        return {i: self.names[i] for i in ids if i in self.names}

    def version(self) -> int:
        return self._version

    def stats(self) -> dict[str, int]:
        return {"triples": len(self.edges), "entities": len(self.names), "relations": len(self.relation_counts())}

    def close(self) -> None:
        pass
