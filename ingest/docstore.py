"""Document and chunk state in <graph>/documents.sqlite (WAL), separate from the graph store.

It is also the write-ahead journal that makes ingestion resumable: a batch's extracted,
resolved triples are journaled here (state `extracted`) before the graph is written, and the
chunks are marked `committed` after. A run killed in between re-applies the journal; the
graph's upsert ignores facts already present, so nothing is lost or duplicated.

It also knows which version of a document each path holds (`paths`) and which document stated
each fact (`facts` by chunk): a changed or forgotten document is marked `retracting` in the same
transaction that repoints its path, its facts are then taken back from the graph unless another
document still states them, and only then are its rows dropped. A run killed in between finds
the `retracting` mark and finishes the job (`pending_retractions`)."""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from graphrag.ingest.types import Alias, Chunk, Document, Merge
from graphrag.store.base import Retraction
from graphrag.types import Triple

FILENAME = "documents.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
    kind TEXT NOT NULL, pages INTEGER NOT NULL, status TEXT NOT NULL,  -- chunked | done | retracting
    skipped_pages TEXT NOT NULL DEFAULT '[]', started REAL, finished REAL);
CREATE TABLE IF NOT EXISTS chunks (id TEXT PRIMARY KEY, doc_sha256 TEXT NOT NULL, page INTEGER NOT NULL,
    idx INTEGER NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, tokens INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending');  -- pending | extracted | committed
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_sha256, state);
CREATE TABLE IF NOT EXISTS facts (chunk_id TEXT NOT NULL, subject TEXT NOT NULL, relation TEXT NOT NULL,
    object TEXT NOT NULL, source TEXT NOT NULL, confidence REAL NOT NULL, extractors TEXT NOT NULL,
    status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');  -- status: graph | review | rejected
CREATE INDEX IF NOT EXISTS facts_chunk ON facts(chunk_id);
CREATE TABLE IF NOT EXISTS aliases (chunk_id TEXT NOT NULL, entity TEXT NOT NULL, alias TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS merges (chunk_id TEXT NOT NULL, name TEXT NOT NULL, into_name TEXT NOT NULL,
    method TEXT NOT NULL, score REAL NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS facts_spo ON facts(subject, relation, object);
CREATE TABLE IF NOT EXISTS paths (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL);  -- the version each path holds
CREATE INDEX IF NOT EXISTS paths_sha ON paths(sha256);
"""
# documents.sqlite written before `paths` existed: each document stands for the path it was read from
_BACKFILL = ("INSERT OR IGNORE INTO paths(path, sha256) SELECT path, sha256 FROM documents "
             "WHERE status != 'retracting' AND NOT EXISTS (SELECT 1 FROM paths)")


@dataclass(frozen=True)
class JournalFact:
    """A fact decided for a chunk: `status` graph (written), review (held) or rejected."""

    triple: Triple
    extractors: tuple[str, ...]
    status: str
    note: str = ""


@dataclass(frozen=True)
class DocState:
    sha256: str
    name: str
    status: str
    skipped_pages: tuple[int, ...]


@dataclass(frozen=True)
class DocInfo:
    """A stored document version, for listing and `graphrag forget`."""

    sha256: str
    name: str
    paths: tuple[str, ...]
    status: str
    chunks: int
    facts: int  # facts it wrote to the graph


def path_for(graph_dir: str | Path) -> Path:
    return Path(graph_dir) / FILENAME


class DocStore:
    """One connection, one writer; every method that writes is one transaction."""

    def __init__(self, graph_dir: str | Path, *, readonly: bool = False):
        """`readonly` (dry runs): the file must exist and nothing is created or changed."""
        self.path = path_for(graph_dir)
        self.readonly = readonly
        if readonly:
            # with no -wal file the database file is complete and nobody has it open: read it as
            # immutable, which creates no -wal/-shm beside it (mode=ro alone would)
            quiet = "&immutable=1" if not Path(f"{self.path}-wal").exists() else ""
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro{quiet}", uri=True, timeout=30,
                                         isolation_level=None)
            return
        Path(graph_dir).mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)
        self._conn.execute(_BACKFILL)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _tx(self):
        return _Transaction(self._conn)

    # -- documents ---------------------------------------------------------------------------
    def document(self, sha256: str) -> DocState | None:
        row = self._conn.execute("SELECT sha256, name, status, skipped_pages FROM documents WHERE sha256 = ?",
                                 (sha256,)).fetchone()
        if row is None:
            return None
        return DocState(row[0], row[1], row[2], tuple(json.loads(row[3])))

    def add_chunks(self, doc: Document, chunks: list[Chunk]) -> None:
        """Record the document and all its chunks at once, so a resumed run sees the same chunks."""
        with self._tx() as c:
            c.execute("INSERT INTO documents(sha256, name, path, kind, pages, status, skipped_pages, started) "
                      "VALUES (?, ?, ?, ?, ?, 'chunked', ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
                      "status = 'chunked', skipped_pages = excluded.skipped_pages, path = excluded.path",
                      (doc.sha256, doc.name, doc.path, doc.kind, doc.n_pages, json.dumps(doc.skipped_pages),
                       time.time()))
            c.executemany("INSERT OR IGNORE INTO chunks(id, doc_sha256, page, idx, text, source, tokens) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          ((ch.id, ch.doc_sha256, ch.page, ch.index, ch.text, ch.source, ch.tokens)
                           for ch in chunks))

    def finish_document(self, sha256: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE documents SET status = 'done', finished = ? WHERE sha256 = ?", (time.time(), sha256))

    # -- versions: which document each path holds ------------------------------------------
    def held_by(self, path: str) -> str | None:
        """The sha256 of the version `path` holds now (None: a path never ingested)."""
        if self.readonly and not self._has_table("paths"):
            return None
        row = self._conn.execute("SELECT sha256 FROM paths WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def point(self, path: str, sha256: str) -> list[str]:
        """`path` now holds `sha256`. The version it held before, if no other path holds it, is
        marked `retracting` in the same transaction; returns those to retract."""
        with self._tx() as c:
            row = c.execute("SELECT sha256 FROM paths WHERE path = ?", (path,)).fetchone()
            c.execute("INSERT INTO paths(path, sha256) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET "
                      "sha256 = excluded.sha256", (path, sha256))
            old = row[0] if row and row[0] != sha256 else None
            return self._orphans(c, [old] if old else [])

    def release(self, paths: list[str]) -> list[str]:
        """Forget `paths`: versions no other path holds are marked `retracting` (one
        transaction); returns them."""
        with self._tx() as c:
            shas = [r[0] for p in paths for r in c.execute("SELECT sha256 FROM paths WHERE path = ?", (p,))]
            c.executemany("DELETE FROM paths WHERE path = ?", ((p,) for p in paths))
            return self._orphans(c, shas)

    def _orphans(self, c: sqlite3.Connection, shas: list[str]) -> list[str]:
        out = []
        for sha in dict.fromkeys(shas):
            if c.execute("SELECT 1 FROM paths WHERE sha256 = ?", (sha,)).fetchone() is None:
                c.execute("UPDATE documents SET status = 'retracting' WHERE sha256 = ?", (sha,))
                out.append(sha)
        return out

    def pending_retractions(self) -> list[str]:
        """Versions marked `retracting` whose rows are still here (a run stopped midway)."""
        return [r[0] for r in self._conn.execute("SELECT sha256 FROM documents WHERE status = 'retracting' "
                                                 "ORDER BY rowid")]

    def retraction_plan(self, shas: list[str]) -> list[Retraction]:
        """The graph facts the versions `shas` wrote, each with the sources it was written under
        and, when another live document states it too, that document's fact as successor."""
        if not shas:
            return []
        marks = ",".join("?" * len(shas))
        rows = self._conn.execute(
            f"SELECT f.subject, f.relation, f.object, f.source FROM facts f JOIN chunks c ON c.id = f.chunk_id "
            f"WHERE c.doc_sha256 IN ({marks}) AND f.status = 'graph' ORDER BY f.rowid", shas)
        sources: dict[tuple[str, str, str], list[str]] = {}
        for s, r, o, src in rows:
            sources.setdefault((s, r, o), []).append(src)
        plan = []
        for (s, r, o), srcs in sources.items():
            other = self._conn.execute(
                f"SELECT f.source, f.confidence FROM facts f JOIN chunks c ON c.id = f.chunk_id "
                f"JOIN documents d ON d.sha256 = c.doc_sha256 WHERE f.subject = ? AND f.relation = ? "
                f"AND f.object = ? AND f.status = 'graph' AND c.state IN ('extracted', 'committed') "
                f"AND d.status != 'retracting' AND c.doc_sha256 NOT IN ({marks}) ORDER BY f.rowid LIMIT 1",
                (s, r, o, *shas)).fetchone()
            successor = Triple(s, r, o, other[0], other[1]) if other else None
            plan.append(Retraction(s, r, o, tuple(dict.fromkeys(srcs)), successor))
        return plan

    def drop(self, shas: list[str]) -> list[str]:
        """Delete the versions `shas` with their chunks and journal (one transaction); returns
        the chunk ids that went (derived indexes drop them too)."""
        if not shas:
            return []
        marks = ",".join("?" * len(shas))
        with self._tx() as c:
            ids = [r[0] for r in c.execute(f"SELECT id FROM chunks WHERE doc_sha256 IN ({marks})", shas)]
            for table in ("facts", "aliases", "merges"):
                c.execute(f"DELETE FROM {table} WHERE chunk_id IN (SELECT id FROM chunks WHERE doc_sha256 IN ({marks}))",
                          shas)
            c.execute(f"DELETE FROM chunks WHERE doc_sha256 IN ({marks})", shas)
            c.execute(f"DELETE FROM documents WHERE sha256 IN ({marks})", shas)
            c.execute(f"DELETE FROM paths WHERE sha256 IN ({marks})", shas)
            return ids

    def documents(self) -> list[DocInfo]:
        paths: dict[str, list[str]] = {}
        if self._has_table("paths"):
            for p, sha in self._conn.execute("SELECT path, sha256 FROM paths ORDER BY path"):
                paths.setdefault(sha, []).append(p)
        out = []
        for sha, name, status in self._conn.execute("SELECT sha256, name, status FROM documents ORDER BY rowid"):
            n_chunks = self.count_chunks(sha)
            n_facts = self._conn.execute("SELECT COUNT(*) FROM facts f JOIN chunks c ON c.id = f.chunk_id "
                                         "WHERE c.doc_sha256 = ? AND f.status = 'graph'", (sha,)).fetchone()[0]
            out.append(DocInfo(sha, name, tuple(paths.get(sha, ())), status, n_chunks, n_facts))
        return out

    def _has_table(self, name: str) -> bool:
        return self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                  (name,)).fetchone() is not None

    def chunks(self, sha256: str, state: str) -> list[Chunk]:
        rows = self._conn.execute("SELECT id, doc_sha256, page, idx, text, source, tokens FROM chunks "
                                  "WHERE doc_sha256 = ? AND state = ? ORDER BY page, idx", (sha256, state))
        return [Chunk(*row) for row in rows]

    def count_chunks(self, sha256: str) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM chunks WHERE doc_sha256 = ?", (sha256,)).fetchone()[0]

    # -- the journal -------------------------------------------------------------------------
    def journal(self, chunk_ids: list[str], facts: dict[str, list[JournalFact]],
                aliases: dict[str, list[Alias]], merges: dict[str, list[Merge]]) -> None:
        """Store a batch's decisions and mark its chunks `extracted` (one transaction)."""
        now = time.time()
        with self._tx() as c:
            for cid in chunk_ids:  # a re-extracted chunk replaces its earlier, uncommitted journal
                c.execute("DELETE FROM facts WHERE chunk_id = ?", (cid,))
                c.execute("DELETE FROM aliases WHERE chunk_id = ?", (cid,))
                c.execute("DELETE FROM merges WHERE chunk_id = ?", (cid,))
            c.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          ((cid, f.triple.subject, f.triple.relation, f.triple.object, f.triple.source,
                            f.triple.confidence, ",".join(f.extractors), f.status, f.note)
                           for cid, fs in facts.items() for f in fs))
            c.executemany("INSERT INTO aliases VALUES (?, ?, ?)",
                          ((cid, a.entity, a.alias) for cid, al in aliases.items() for a in al))
            c.executemany("INSERT INTO merges VALUES (?, ?, ?, ?, ?, ?)",
                          ((cid, m.name, m.into, m.method, m.score, now) for cid, ms in merges.items() for m in ms))
            c.executemany("UPDATE chunks SET state = 'extracted' WHERE id = ?", ((cid,) for cid in chunk_ids))

    def journaled(self, chunk_ids: list[str]) -> tuple[list[JournalFact], list[Alias]]:
        facts: list[JournalFact] = []
        aliases: list[Alias] = []
        for cid in chunk_ids:
            for s, r, o, src, conf, ex, status, note in self._conn.execute(
                    "SELECT subject, relation, object, source, confidence, extractors, status, note FROM facts "
                    "WHERE chunk_id = ? ORDER BY rowid", (cid,)):
                facts.append(JournalFact(Triple(s, r, o, src, conf), tuple(ex.split(",")), status, note))
            aliases.extend(Alias(e, a) for e, a in self._conn.execute(
                "SELECT entity, alias FROM aliases WHERE chunk_id = ? ORDER BY rowid", (cid,)))
        return facts, aliases

    def mark_committed(self, chunk_ids: list[str]) -> None:
        with self._tx() as c:
            c.executemany("UPDATE chunks SET state = 'committed' WHERE id = ?", ((cid,) for cid in chunk_ids))

    def review_queue(self) -> list[JournalFact]:
        """Single-vote facts held for review (`--single-vote review`)."""
        rows = self._conn.execute("SELECT subject, relation, object, source, confidence, extractors, status, note "
                                  "FROM facts WHERE status = 'review' ORDER BY rowid")
        return [JournalFact(Triple(s, r, o, src, conf), tuple(ex.split(",")), st, note)
                for s, r, o, src, conf, ex, st, note in rows]

    def merges(self) -> list[Merge]:
        return [Merge(*row) for row in self._conn.execute(
            "SELECT name, into_name, method, score FROM merges ORDER BY rowid")]


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, *exc):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def chunks_stamp(graph_dir: str | Path) -> tuple | None:
    """Changes whenever the live chunks change (added, dropped, being retracted); None when
    nothing was ingested. Lets a cache of `iter_chunks` know it is stale without reading them."""
    path = path_for(graph_dir)
    if not path.is_file():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return tuple(conn.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0), (SELECT COUNT(*) FROM documents "
                                  "WHERE status = 'retracting') FROM chunks").fetchone())
    finally:
        conn.close()


def iter_chunks(graph_dir: str | Path, writer: bool = False) -> Iterator[tuple[str, str, str]]:
    """(chunk_id, text, source) of every ingested chunk of a live document (not one being
    retracted), in the order they were ingested; what the vector index embeds and passage recall
    reads. Nothing when the graph has no documents. `writer`: read as the ingesting process
    does, so the connection's close cleans up SQLite's WAL side files as the writer's does (a
    read-only one leaves them behind)."""
    path = path_for(graph_dir)
    if not path.is_file():
        return
    conn = sqlite3.connect(path if writer else f"file:{path}?mode=ro", uri=not writer, timeout=30)
    try:
        cur = conn.execute("SELECT c.id, c.text, c.source FROM chunks c JOIN documents d ON d.sha256 = c.doc_sha256 "
                           "WHERE d.status != 'retracting' ORDER BY c.rowid")
        while rows := cur.fetchmany(1000):
            yield from rows
    finally:
        conn.close()
