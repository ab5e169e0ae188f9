"""`ingest_paths`: files → pages → chunks → extracted, voted, resolved triples → graph.

Shared by `graphrag ingest` and the server's background job. Resumable by construction:
each document's chunks are recorded before extraction; each batch of chunks is journaled
(decided triples) before the graph is written, and marked committed after. A rerun skips
finished documents (same sha256), re-applies journaled batches, and extracts the rest.

A path that now holds different content (a new sha256) replaces its old version: the new one is
ingested first, then the old one is retracted (`lifecycle`): its facts leave the graph unless
another document states them. A dry run reads and chunks only: it creates and changes no file."""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Sequence

from graphrag.errors import UserError
from graphrag.ingest.chunker import chunk_page
from graphrag.ingest.docstore import DocStore, JournalFact, path_for
from graphrag.ingest.extractors.base import Extractor, alias_candidates
from graphrag.ingest.lifecycle import Retracted, document_key, retract
from graphrag.ingest.ocr import Tesseract
from graphrag.ingest.reader import DocumentError, expand_paths, read_document, sha256_file, skipped_message
from graphrag.ingest.resolve import EntityResolver
from graphrag.ingest.types import Alias, Chunk, IngestSummary, Merge, ProgressEvent
from graphrag.ingest.vote import VotePolicy, vote
from graphrag.ingest.yields import document_yield
from graphrag.llm import LLMError, make_llm
from graphrag.settings import Settings
from graphrag.store.base import GraphStore
from graphrag.tokens import default_counter
from graphrag.types import Triple

EXTRACTORS = ("rules", "llm", "both")
ProgressCallback = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class IngestOptions:
    extractor: str | None = None  # rules | llm | both; None: rules without an LLM, both with one
    chunk_tokens: int = 256
    overlap_tokens: int = 32
    batch_chunks: int = 8  # chunks per graph transaction
    single_vote: str = "keep"  # keep | review | drop (only when several extractors vote)
    single_weight: float = 0.5
    merge_threshold: float = 92.0  # fuzzy entity-merge threshold (Levenshtein ratio, 0..100)
    ocr: bool = True  # use Tesseract for scanned pages when it is installed
    llm_max_tokens: int = 256
    dry_run: bool = False
    by_name: bool = False  # a document is its file name, not its path (server uploads)

    def mode(self, settings: Settings) -> str:
        mode = self.extractor or ("rules" if settings.llm == "none" else "both")
        if mode not in EXTRACTORS:
            raise UserError(f"unknown extractor {mode!r}: rules, llm or both")
        return mode


def ingest_paths(paths: Sequence[str | Path], store: GraphStore | None, settings: Settings,
                 progress_cb: ProgressCallback | None = None, *, options: IngestOptions | None = None,
                 llm=None) -> IngestSummary:
    """Ingest files and folders (.pdf, .txt, .md) into `store`; document state lives in
    `settings.home`/documents.sqlite. A bad file costs one error line, not the batch. A dry run
    needs no store (None)."""
    opts = options or IngestOptions()
    run = _Run(store, settings, opts, progress_cb or (lambda e: None), llm)
    try:
        return run.ingest(paths)
    finally:
        run.close()


class _Run:
    def __init__(self, store: GraphStore, settings: Settings, opts: IngestOptions,
                 emit: ProgressCallback, llm):
        self.store, self.settings, self.opts, self.emit = store, settings, opts, emit
        self.summary = IngestSummary(dry_run=opts.dry_run)
        self.mode = opts.mode(settings)
        self.policy = VotePolicy(opts.single_vote, opts.single_weight)
        self.counter = default_counter(settings.tokenizer)
        self.ocr = Tesseract.find() if opts.ocr else None
        self.extractors: list[Extractor] = []
        self.chunk_tokens = opts.chunk_tokens
        if not opts.dry_run:
            self.extractors = self._extractors(llm)
        self.home = settings.home_path
        if opts.dry_run:
            self.docs = DocStore(self.home, readonly=True) if path_for(self.home).is_file() else None
            self.resolver = None
        else:
            self.docs = DocStore(self.home)
            self.resolver = EntityResolver(store, opts.merge_threshold)

    def close(self) -> None:
        if self.docs is not None:
            self.docs.close()

    def _extractors(self, llm) -> list[Extractor]:
        out: list[Extractor] = []
        if self.mode in ("rules", "both"):
            from graphrag.ingest.extractors.rules import RuleExtractor

            out.append(RuleExtractor())
        if self.mode in ("llm", "both"):
            llm = llm if llm is not None else make_llm(self.settings)
            if llm is None:
                raise UserError(f"--extractor {self.mode} needs a model: add --llm local (embedded) or "
                                f"--llm openai (GRAPHRAG_OPENAI_BASE_URL), or use --extractor rules")
            from graphrag.ingest.extractors.llm import LLMExtractor

            counts = self.store.relation_counts()  # offered to the model: one vocabulary across documents
            ex = LLMExtractor(llm, n_ctx=self.settings.local_n_ctx if self.settings.llm == "local" else 8192,
                              max_tokens=self.opts.llm_max_tokens, relations=sorted(counts, key=counts.get, reverse=True))
            self.chunk_tokens = min(self.chunk_tokens, ex.max_chunk_tokens())
            out.append(ex)
        return out

    # -- documents ---------------------------------------------------------------------------
    def ingest(self, paths: Sequence[str | Path]) -> IngestSummary:
        t0 = time.perf_counter()
        if not self.opts.dry_run:  # a replacement a killed run left halfway
            self._retract(self.docs.pending_retractions(), "")
        files, errors = expand_paths(list(paths))
        for line in errors:
            self._error("", line)
        for i, path in enumerate(files):
            self.emit(ProgressEvent("document", path.name, i, len(files)))
            try:
                self._document(path)
            except DocumentError as e:
                self._error(path.name, str(e))
            except LLMError as e:
                self._error(path.name, f"{path}: extraction stopped, the model failed ({e}); "
                                       f"rerun to resume this document")
        self.emit(ProgressEvent("document", "", len(files), len(files)))
        s = self.summary
        s.seconds = round(time.perf_counter() - t0, 3)
        self.emit(ProgressEvent("done", message=f"{s.documents} documents"))
        return s

    def _error(self, name: str, line: str) -> None:
        self.summary.failed_documents += 1
        self.summary.errors.append(line)
        self.emit(ProgressEvent("error", name, message=line))

    def _warn(self, name: str, line: str) -> None:
        self.summary.warnings.append(line)
        self.emit(ProgressEvent("warning", name, message=line))

    def _document(self, path: Path) -> None:
        try:
            sha = sha256_file(path)
        except OSError as e:
            raise DocumentError(f"{path}: cannot open ({e.strerror})") from None
        key = document_key(path, self.opts.by_name)
        state = self.docs.document(sha) if self.docs is not None else None
        if state is not None and state.status == "retracting":  # only in a dry run: a real run finished it
            state = None
        held = self.docs.held_by(key) if self.docs is not None else None
        if self.opts.dry_run and held not in (None, sha):
            self.summary.replaced_documents += 1
            self.emit(ProgressEvent("replaced", path.name, message=f"{path.name}: changed since it was "
                                    f"ingested (sha256 {held[:8]} → {sha[:8]}); would replace it"))
        only_pages: set[int] | None = None
        if state is not None and state.status == "done":
            if not (state.skipped_pages and self.ocr is not None):
                self.summary.skipped_documents += 1
                self.emit(ProgressEvent("skipped", path.name, message=f"{path.name}: already ingested "
                                        f"(sha256 {sha[:12]}…)"))
                if not self.opts.dry_run:
                    self._replace(key, sha, path.name)
                return
            only_pages = set(state.skipped_pages)  # OCR is now available for pages skipped before
        if state is None or state.status == "done":
            self._read_and_chunk(path, sha, only_pages)
            if self.opts.dry_run:
                return
        elif self.opts.dry_run:
            pending = len(self.docs.chunks(sha, "pending"))
            self._estimate(path.name, pending, resumed=True)
            return
        self._extract_document(path.name, sha)
        self._replace(key, sha, path.name)

    def _replace(self, key: str, sha: str, name: str) -> None:
        """`key` now holds `sha`: retract the version it held before (after the new one is in)."""
        old = self.docs.point(key, sha)
        if old:
            self.summary.replaced_documents += len(old)
            self._retract(old, name)

    def _retract(self, shas: list[str], name: str) -> None:
        if not shas:
            return
        r: Retracted = retract(self.docs, self.store, shas, self.home)
        s = self.summary
        s.triples_retracted += r.triples_deleted
        s.triples_reattributed += r.triples_reattributed
        self.emit(ProgressEvent("retracted", name, message=f"retracted {', '.join(r.documents)}: "
                                f"{r.triples_deleted} facts removed, {r.triples_reattributed} still stated "
                                f"by another document, {r.chunks} chunks"))

    def _read_and_chunk(self, path: Path, sha: str, only_pages: set[int] | None) -> None:
        ocr = None if self.opts.dry_run else self.ocr
        doc = read_document(path, ocr=ocr, sha256=sha, only_pages=only_pages,
                            page_cb=lambda done, total: self.emit(ProgressEvent("pages", path.name, done, total)))
        chunks: list[Chunk] = []
        for page in doc.pages:
            chunks.extend(chunk_page(page, doc_sha256=sha, doc_name=doc.name, max_tokens=self.chunk_tokens,
                                     overlap=self.opts.overlap_tokens, count=self.counter.count))
        s = self.summary
        s.pages += len(doc.pages)
        s.ocr_pages += sum(p.ocr for p in doc.pages)
        if self.opts.dry_run:
            ocr_later = len(doc.skipped_pages) if self.ocr is not None else 0
            if doc.skipped_pages and self.ocr is None:
                s.skipped_pages += len(doc.skipped_pages)
                self._warn(path.name, skipped_message(doc.name, doc.skipped_pages, not self.opts.ocr))
            self._estimate(doc.name, len(chunks) + ocr_later)
            return
        if doc.skipped_pages:
            s.skipped_pages += len(doc.skipped_pages)
            self._warn(path.name, skipped_message(doc.name, doc.skipped_pages, not self.opts.ocr))
        self.docs.add_chunks(doc, chunks)

    def _estimate(self, name: str, n_chunks: int, resumed: bool = False) -> None:
        s = self.summary
        s.estimated_chunks += n_chunks
        if self.mode in ("llm", "both"):
            s.estimated_llm_calls += n_chunks
        self.emit(ProgressEvent("chunks", name, 0, n_chunks, message="resume" if resumed else ""))

    # -- chunks ------------------------------------------------------------------------------
    def _extract_document(self, name: str, sha: str) -> None:
        self._begin(name, sha)
        journaled = self.docs.chunks(sha, "extracted")
        if journaled:  # a run stopped between journal and graph write: finish that batch first
            ids = [c.id for c in journaled]
            facts, aliases = self.docs.journaled(ids)
            self._apply(facts, aliases)
            self.docs.mark_committed(ids)
        pending = self.docs.chunks(sha, "pending")
        total = self.docs.count_chunks(sha)
        done = total - len(pending)
        self.emit(ProgressEvent("chunks", name, done, total))
        size = max(1, self.opts.batch_chunks)
        decided: list[tuple[str, str]] = []  # (status, note) of this run's facts, for the yield report
        for start in range(0, len(pending), size):
            batch = pending[start:start + size]
            facts_by, aliases_by, merges_by = {}, {}, {}
            for chunk in batch:
                facts_by[chunk.id], aliases_by[chunk.id], merges_by[chunk.id] = self._decide(chunk)
            ids = [c.id for c in batch]
            decided += [(f.status, f.note) for c in ids for f in facts_by[c]]
            self.docs.journal(ids, facts_by, aliases_by, merges_by)
            merges = [m for c in ids for m in merges_by[c]]
            self.summary.entity_merges += len(merges)
            self.summary.merges.extend(asdict(m) for m in merges[:max(0, 100 - len(self.summary.merges))])
            done += len(batch)
            self.emit(ProgressEvent("journaled", name, done, total))
            self._apply([f for c in ids for f in facts_by[c]], [a for c in ids for a in aliases_by[c]])
            self.docs.mark_committed(ids)
            self.summary.chunks += len(batch)
            self.emit(ProgressEvent("chunks", name, done, total))
        self.docs.finish_document(sha)
        self.summary.documents += 1
        if pending:
            self._yield_report(name, sha, decided)

    def _yield_report(self, name: str, sha: str, decided: list[tuple[str, str]]) -> None:
        texts = [c.text for c in self.docs.chunks(sha, "committed")]
        report = document_yield(name, texts, decided)
        self.summary.yields.append(report.to_dict())
        warning = report.warning()
        if warning:
            self._warn(name, warning)

    def _begin(self, name: str, sha: str) -> None:
        """Extractors that keep what a document said ("she", "the company") across its chunks
        start afresh, and re-read the chunks a stopped run already finished, so a resumed
        document reads as an uninterrupted one."""
        keeping = [ex for ex in self.extractors if hasattr(ex, "begin_document")]
        if not keeping:
            return
        done = sorted(self.docs.chunks(sha, "committed") + self.docs.chunks(sha, "extracted"),
                      key=lambda c: (c.page, c.index))
        for ex in keeping:
            ex.begin_document(name)
            for chunk in done:
                ex.extract(chunk.text)

    def _decide(self, chunk: Chunk) -> tuple[list[JournalFact], list[Alias], list[Merge]]:
        results = {}
        stated: list[Alias] = []
        for ex in self.extractors:
            extraction = ex.extract(chunk.text)
            self.summary.llm_calls += extraction.calls
            extraction.candidates, aliases = alias_candidates(extraction.candidates)
            stated.extend(aliases)
            results[ex.name] = extraction
        facts: list[JournalFact] = []
        aliases: list[Alias] = []
        merges: list[Merge] = []
        for a in dict.fromkeys(stated):
            res, alias = self.resolver.register_alias(a.entity, a.alias)
            merges += [res.merge] if res.merge else []
            aliases += [alias] if alias else []
        for v in vote(results, self.policy):
            if v.status == "rejected":
                facts.append(JournalFact(Triple(v.subject, v.relation, v.object, chunk.source, v.confidence),
                                         v.extractors, "rejected", v.note))
                continue
            rs, ro = self.resolver.resolve(v.subject), self.resolver.resolve(v.object)
            for r in (rs, ro):
                merges += [r.merge] if r.merge else []
                aliases += [r.alias] if r.alias else []
            if rs.name == ro.name:
                facts.append(JournalFact(Triple(rs.name, v.relation, ro.name, chunk.source, v.confidence),
                                         v.extractors, "rejected", "subject and object resolve to one entity"))
                continue
            facts.append(JournalFact(Triple(rs.name, v.relation, ro.name, chunk.source, v.confidence),
                                     v.extractors, v.status, v.note))
        for name, extraction in results.items():
            for s, r, o, reason in extraction.rejected:
                facts.append(JournalFact(Triple(s, r, o, chunk.source, 0.0), (name,), "rejected", reason))
        return facts, list(dict.fromkeys(aliases)), merges

    def _apply(self, facts: list[JournalFact], aliases: list[Alias]) -> None:
        """Write one batch's decided facts in one store transaction, then its aliases."""
        s = self.summary
        graph = [f.triple for f in facts if f.status == "graph"]
        s.triples_rejected += sum(f.status == "rejected" for f in facts)
        s.triples_review += sum(f.status == "review" for f in facts)
        unique = list({(t.subject, t.relation, t.object): t for t in reversed(graph)}.values())[::-1]
        stats = self.store.upsert_triples(unique)
        s.triples_new += stats.added
        s.triples_merged += len(graph) - stats.added
        by_entity: dict[str, list[str]] = {}
        for a in aliases:
            by_entity.setdefault(a.entity, []).append(a.alias)
        for entity, names in by_entity.items():
            s.aliases_added += self.store.add_aliases(entity, names)

