"""Documents that change or go: take back what a version stated, keep what others still state.

A document's identity is its path (its file name for server uploads); its version is its sha256.
When a path comes to hold a new version, or is forgotten, the version it held is retracted:

1. documents.sqlite repoints the path and marks the old version `retracting` (one transaction);
2. the graph takes back each fact that version wrote, unless another document states it too
   (then the fact stays, cited to that document) or it was stored from another source
   (`GraphStore.retract`, one transaction in SQLite);
3. documents.sqlite drops the version's chunks and journal (one transaction); the vector
   index's chunk vectors follow at the facade's next sync (`GraphRAG.ingest`/`forget`, or
   `graphrag index`), which compares the index with the chunks that remain.

A run killed after 1 finds the mark and redoes 2 and 3, which change nothing the second time.
The new version is ingested before the old one is retracted, so a crash never leaves the path
with neither."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

from graphrag.errors import UserError
from graphrag.ingest.docstore import DocInfo, DocStore, path_for
from graphrag.store.base import GraphStore


@dataclass
class Retracted:
    """What retracting some versions did (or, in a dry run, would do)."""

    documents: list[str] = field(default_factory=list)  # names of the versions retracted
    chunks: int = 0
    triples_deleted: int = 0
    triples_reattributed: int = 0  # still stated by another document: now cited to it
    triples_kept: int = 0  # stored from another source (a loaded file): left alone
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def document_key(path: Path, by_name: bool = False) -> str:
    """What makes two ingestions "the same document": its absolute path, or its file name
    (uploads land in a fresh temporary folder each time)."""
    return path.name if by_name else str(path.resolve())


def retract(docs: DocStore, store: GraphStore, shas: Sequence[str], home: str | Path) -> Retracted:
    """Steps 2 and 3 above for versions already marked `retracting`."""
    out = Retracted()
    shas = list(dict.fromkeys(shas))
    if not shas:
        return out
    states = {s: docs.document(s) for s in shas}
    out.documents = [f"{states[s].name if states[s] else '?'}@{s[:8]}" for s in shas]
    stats = store.retract(docs.retraction_plan(shas))
    out.triples_deleted, out.triples_reattributed, out.triples_kept = stats.deleted, stats.reattributed, stats.kept
    out.chunks = len(docs.drop(shas))
    return out


def find(docs: DocStore, what: str) -> tuple[list[str], list[str]]:
    """(paths, shas) that `what` names: a path (as given or absolute), a file name, or a sha256
    prefix of at least 8 hex digits. A name held by several paths is ambiguous: UserError."""
    infos = docs.documents()
    by_path = {p: d for d in infos for p in d.paths}
    for key in (what, str(Path(what).resolve())):
        if key in by_path:
            return [key], []
    named = [p for p, d in by_path.items() if Path(p).name == what or p == what]
    if len(named) > 1:
        raise UserError(f"{what!r} names {len(named)} documents: give the path, one of " + ", ".join(named[:10]))
    if named:
        return named, []
    hexa = what.lower()
    if len(hexa) >= 8 and all(c in "0123456789abcdef" for c in hexa):
        shas = [d.sha256 for d in infos if d.sha256.startswith(hexa)]
        if len(shas) == 1:
            return [], shas
        if len(shas) > 1:
            raise UserError(f"sha256 prefix {what!r} is ambiguous: give more digits")
    listing = "; ".join(f"{d.name}@{d.sha256[:8]} ({', '.join(d.paths) or 'no path'})" for d in infos[:10])
    raise UserError(f"no ingested document {what!r}" + (f"; ingested: {listing}" if infos else
                                                         "; nothing has been ingested here"))


def forget(what: Sequence[str], store: GraphStore | None, home: str | Path, *, dry_run: bool = False) -> Retracted:
    """`graphrag forget`: retract the documents `what` names (see `find`). Every name is
    checked before anything is written. A dry run opens documents.sqlite read-only and needs
    no store."""
    if not path_for(home).is_file():
        raise UserError(f"no documents were ingested into {home}")
    with DocStore(home, readonly=dry_run) as docs:
        paths: list[str] = []
        shas: list[str] = []
        for w in what:
            p, s = find(docs, w)
            paths += p
            shas += s
        if dry_run:
            return _preview(docs, paths, shas)
        for sha in shas:  # by version: every path holding it lets go
            paths += [p for d in docs.documents() if d.sha256 == sha for p in d.paths]
        todo = docs.release(list(dict.fromkeys(paths)))
        todo += [s for s in shas if s not in todo]
        if store is None:
            raise UserError("forget needs the graph store")
        return retract(docs, store, todo, home)


def _preview(docs: DocStore, paths: list[str], shas: list[str]) -> Retracted:
    infos: dict[str, DocInfo] = {d.sha256: d for d in docs.documents()}
    todo = list(shas)
    for p in paths:
        for sha, d in infos.items():
            if p in d.paths and set(d.paths) <= set(paths) and sha not in todo:
                todo.append(sha)
    plan = docs.retraction_plan(todo)
    return Retracted([f"{infos[s].name}@{s[:8]}" for s in todo if s in infos], sum(infos[s].chunks for s in todo),
                     triples_deleted=sum(r.successor is None for r in plan),
                     triples_reattributed=sum(r.successor is not None for r in plan), dry_run=True)
