"""Document and chunk state in <graph>/documents.sqlite (WAL), separate from the graph store.

It is also the write-ahead journal that makes ingestion resumable: a batch's extracted,
resolved triples are journaled here (state `extracted`) before the graph is written, and the
chunks are marked `committed` after. A run killed in between re-applies the journal; the
graph's upsert ignores facts already present, so nothing is lost or duplicated."""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from graphrag.ingest.types import Alias, Chunk, Document, Merge
from graphrag.types import Triple

FILENAME = "documents.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
    kind TEXT NOT NULL, pages INTEGER NOT NULL, status TEXT NOT NULL,  -- chunked | done
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
"""


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


def path_for(graph_dir: str | Path) -> Path:
    return Path(graph_dir) / FILENAME


class DocStore:
    """One connection, one writer; every method that writes is one transaction."""

    def __init__(self, graph_dir: str | Path):
        Path(graph_dir).mkdir(parents=True, exist_ok=True)
        self.path = path_for(graph_dir)
        self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)

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


def iter_chunks(graph_dir: str | Path) -> Iterator[tuple[str, str, str]]:
    """(chunk_id, text, source) of every ingested chunk, in the order they were ingested; what the
    vector index embeds for text evidence. Nothing when the graph has no documents."""
    path = path_for(graph_dir)
    if not path.is_file():
        return
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        cur = conn.execute("SELECT id, text, source FROM chunks ORDER BY rowid")
        while rows := cur.fetchmany(1000):
            yield from rows
    finally:
        conn.close()
