"""The storage protocol. The embedded SQLite store and NebulaGraph both implement it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol, Sequence, runtime_checkable

from graphrag.types import Edge, Entity, Triple


@dataclass
class UpsertStats:
    read: int = 0
    added: int = 0  # new triples
    existing: int = 0  # already stored (idempotent re-load)
    new_entities: int = 0
    new_relations: int = 0


@dataclass(frozen=True)
class Retraction:
    """A fact one document no longer states (it changed or was forgotten). The stored fact goes
    only if it was written under one of `sources` (that document's provenance): a fact loaded
    from a file or first written by another document is not this document's to take back.
    With a `successor` (another document still states it) it stays, cited to the successor."""

    subject: str
    relation: str
    object: str
    sources: tuple[str, ...]
    successor: Triple | None = None


@dataclass
class RetractStats:
    deleted: int = 0
    reattributed: int = 0  # kept, now cited to another document that states it
    kept: int = 0  # stored under another source: left alone


@runtime_checkable
class GraphStore(Protocol):
    """A directed labelled multigraph of named entities.

    Edges are read in both directions: `neighbors(..., direction="in")` walks from objects back to
    subjects ("what did X write" where X is the object of `author`).
    """

    def upsert_triples(self, triples: Iterable[Triple], *, batch_size: int = 50_000,
                       progress=None) -> UpsertStats:
        """Insert triples not yet stored; one transaction per batch; re-running changes nothing."""

    def delete_triples(self, triples: Iterable[Triple]) -> int:
        """Delete by (subject, relation, object); returns the number removed."""

    def delete_source(self, source: str) -> int:
        """Delete every triple whose provenance is `source` or `source#…` (a line or page of it)."""

    def retract(self, facts: Iterable[Retraction]) -> RetractStats:
        """Take back a document's facts (see `Retraction`); re-running changes nothing. One
        transaction where the backend has them."""

    def add_aliases(self, entity: str, aliases: Iterable[str]) -> int:
        """Attach alternative names to an entity (created if absent); returns aliases added."""

    def find_entities(self, name: str) -> list[Entity]:
        """Entities whose normalised name or alias equals normalise(name)."""

    def get_entities(self, ids: Sequence[int]) -> list[Entity]: ...

    def neighbors(self, ids: Sequence[int], *, direction: str = "both",
                  relations: Sequence[str] | None = None, limit: int | None = None) -> list[Edge]:
        """Edges touching `ids`; `direction` is out (ids are subjects), in (objects) or both;
        `limit` caps edges per entity and direction."""

    def relation_counts(self) -> dict[str, int]: ...

    def degrees(self, ids: Sequence[int]) -> dict[int, int]: ...

    def iter_entities(self, batch: int = 10_000) -> Iterator[Entity]: ...

    def iter_edges(self, batch: int = 10_000) -> Iterator[Edge]: ...

    def entity_names(self, ids: Sequence[int]) -> dict[int, str]: ...

    def version(self) -> int:
        """A counter that changes on every write; derived indexes compare it to know they are stale."""

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...


Step = tuple[str, str]  # (relation, "out" | "in")


@runtime_checkable
class PathStore(Protocol):
    """What the relation-path search asks of a store beyond `GraphStore`: counts per step before
    fetching anything, and walks by ids with names read only for what it returns. A store that
    lacks these gets `NeighborPaths` over `neighbors()` (`path_store`), so they are an
    optimisation, never a requirement."""

    def step_counts(self, ids: Sequence[int]) -> dict[Step, int]:
        """{(relation, "out"|"in"): edges} leaving `ids`."""

    def hop(self, ids: Sequence[int], relation: str, direction: str, limit: int | None = None
            ) -> list[tuple[int, int, int]]:
        """(triple id, from, to) for one step from `ids`; `limit` caps edges per entity."""

    def get_edges(self, ids: Sequence[int]) -> list[Edge]:
        """Edges by triple id; ids it cannot read are left out."""


class NeighborPaths:
    """`PathStore` for a store that has only `neighbors()`: every step reads whole edges (`fanout`
    per entity), which are kept so `get_edges` can return them later."""

    def __init__(self, store: GraphStore, fanout: int = 200):
        self.store = store
        self.fanout = fanout
        self._edges: dict[int, Edge] = {}

    def step_counts(self, ids: Sequence[int]) -> dict[Step, int]:
        out: dict[Step, int] = {}
        node_set = set(ids)
        for e in self.store.neighbors(list(ids), limit=self.fanout):
            if e.subject_id in node_set:
                out[(e.relation, "out")] = out.get((e.relation, "out"), 0) + 1
            if e.object_id in node_set:
                out[(e.relation, "in")] = out.get((e.relation, "in"), 0) + 1
        return out

    def hop(self, ids: Sequence[int], relation: str, direction: str, limit: int | None = None
            ) -> list[tuple[int, int, int]]:
        out = []
        start_set = set(ids)
        for e in self.store.neighbors(list(ids), direction=direction, relations=[relation],
                                      limit=limit if limit is not None else self.fanout):
            a, b = (e.subject_id, e.object_id) if direction == "out" else (e.object_id, e.subject_id)
            if a in start_set:
                self.remember([e])
                out.append((e.id, a, b))
        return out

    def remember(self, edges: Iterable[Edge]) -> None:
        self._edges.update((e.id, e) for e in edges)

    def get_edges(self, ids: Sequence[int]) -> list[Edge]:
        return [self._edges[i] for i in ids if i in self._edges]


def path_store(store: GraphStore, fanout: int = 200) -> PathStore:
    """The store itself when it implements `PathStore`, else the `neighbors()` fallback."""
    return store if isinstance(store, PathStore) else NeighborPaths(store, fanout)


def breadth_first(store: GraphStore, seeds: Sequence[int], *, hops: int, fanout: int, max_edges: int,
                  chunk: int | None = None) -> list[Edge]:
    """k-hop expansion over `store.neighbors`, both directions, at most `fanout` edges per entity
    and `max_edges` in all: one `neighbors` call per hop. With `chunk`, the
    frontier is read `chunk` nodes at a time, so a small `max_edges` stops the reading early
    instead of after a hub's whole neighbourhood (the graph explorer reads one node at a time)."""
    seen = set(seeds)
    frontier = list(dict.fromkeys(seeds))
    edges: dict[int, Edge] = {}
    for _ in range(max(0, hops)):
        nxt: list[int] = []
        step = chunk or max(1, len(frontier))
        for i in range(0, len(frontier), step):
            for edge in store.neighbors(frontier[i:i + step], limit=fanout):
                if len(edges) >= max_edges:
                    return list(edges.values())
                edges.setdefault(edge.id, edge)
                for node in (edge.subject_id, edge.object_id):
                    if node not in seen:
                        seen.add(node)
                        nxt.append(node)
        frontier = nxt
        if not frontier:
            break
    return list(edges.values())
