"""Records that cross the ingestion module boundaries (reader → chunker → extractors → store)
and the summary the CLI and the server's `POST /ingest` job both report."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Page:
    """Text of one page (PDF) or of a whole text file (`number` 1, `first_line` 1)."""

    number: int
    text: str
    ocr: bool = False
    first_line: int | None = None  # text files: cite lines (name.md#L12) instead of pages


@dataclass
class Document:
    """A file that was read: its pages and what could not be read (scans without OCR)."""

    path: str
    name: str
    sha256: str
    kind: str  # pdf | text
    n_pages: int
    pages: list[Page] = field(default_factory=list)
    skipped_pages: list[int] = field(default_factory=list)  # no text layer, OCR unavailable


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences from one page, cited as `source`: page and version
    (name.pdf#p3@1a2b3c4d; text files by line, name.txt#L12@1a2b3c4d)."""

    id: str  # <sha256[:16]>:p<page>:<index>
    doc_sha256: str
    page: int
    index: int
    text: str
    source: str
    tokens: int


@dataclass(frozen=True)
class Candidate:
    """A triple proposed by one extractor, before voting and entity resolution."""

    subject: str
    relation: str
    object: str
    confidence: float
    extractor: str


@dataclass
class Extraction:
    """One extractor's output for one chunk; `rejected` rows (with the reason) are kept for the
    audit trail, `calls` counts model calls."""

    candidates: list[Candidate] = field(default_factory=list)
    rejected: list[tuple[str, str, str, str]] = field(default_factory=list)  # s, r, o, reason
    calls: int = 0


@dataclass(frozen=True)
class Alias:
    """`alias` names the same thing as `entity` (stated in the text or found by resolution)."""

    entity: str
    alias: str


@dataclass(frozen=True)
class Merge:
    """A name that entity resolution mapped onto an existing entity; logged, never silent."""

    name: str
    into: str
    method: str  # alias | fuzzy
    score: float


@dataclass(frozen=True)
class ProgressEvent:
    """Reported to `progress_cb`: `stage` is document | pages | chunks | skipped | replaced |
    retracted | error | warning | done.
    `done`/`total` count within the stage (pages of a document, chunks of a document)."""

    stage: str
    document: str = ""
    done: int = 0
    total: int = 0
    message: str = ""


@dataclass
class IngestSummary:
    """What a run did; `asdict(summary)` is JSON-serialisable (server jobs return it)."""

    documents: int = 0  # ingested in this run
    skipped_documents: int = 0  # already ingested (same sha256)
    replaced_documents: int = 0  # a path that held another version (dry run: would replace)
    failed_documents: int = 0
    pages: int = 0
    ocr_pages: int = 0
    skipped_pages: int = 0  # no text layer and no OCR
    chunks: int = 0
    llm_calls: int = 0
    triples_new: int = 0
    triples_merged: int = 0  # already in the graph (same fact again, or after entity resolution)
    triples_rejected: int = 0  # invalid, ungrounded or a single vote under the `drop` policy
    triples_review: int = 0  # a single vote held for review (not in the graph)
    entity_merges: int = 0
    aliases_added: int = 0
    triples_retracted: int = 0  # stated only by a replaced version: removed from the graph
    triples_reattributed: int = 0  # stated by a replaced version and another document: kept, cited to it
    seconds: float = 0.0
    dry_run: bool = False
    estimated_chunks: int = 0
    estimated_llm_calls: int = 0
    errors: list[str] = field(default_factory=list)  # one line per failed document
    warnings: list[str] = field(default_factory=list)
    yields: list[dict[str, Any]] = field(default_factory=list)  # per document: words → facts kept / dropped
    merges: list[dict[str, Any]] = field(default_factory=list)  # first 100, for the log

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def triples_per_second(self) -> float:
        return (self.triples_new + self.triples_merged) / self.seconds if self.seconds else 0.0
