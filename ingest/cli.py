"""`graphrag ingest PATH...`: PDFs, text and Markdown files (or folders of them) → graph."""
from __future__ import annotations

import argparse
import json
import sys

HELP = ("extract triples from PDFs, .txt and .md files (or folders) into a graph; "
        "re-running skips finished documents and resumes interrupted ones; a changed file replaces "
        "its old version")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument, add_llm_argument

    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.pdf .txt .md)")
    p.add_argument("--extractor", choices=["rules", "llm", "both"], default=None,
                   help="rules (no model), llm, or both with voting (default: rules when no LLM is "
                        "configured, else both)")
    add_llm_argument(p, help="model for the llm extractor (default: the `llm` setting)")
    p.add_argument("--dry-run", action="store_true",
                   help="read and chunk only: estimate chunks and LLM calls; creates and changes no file, "
                        "calls no model")
    p.add_argument("--single-vote", choices=["keep", "review", "drop"], default="keep",
                   help="with --extractor both: a fact only one extractor found is kept at half "
                        "confidence (keep), held out of the graph for review, or dropped (default keep)")
    p.add_argument("--chunk-tokens", type=int, default=256, help="chunk size in tokens (default 256)")
    p.add_argument("--overlap", type=int, default=32, help="overlap between chunks in tokens (default 32)")
    p.add_argument("--batch", type=int, default=8, help="chunks per graph transaction (default 8)")
    p.add_argument("--merge-threshold", type=float, default=92.0,
                   help="fuzzy entity-merge threshold, 0..100 (default 92; 101 turns fuzzy merging off)")
    p.add_argument("--no-ocr", action="store_true", help="skip scanned pages even when Tesseract is installed")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    from graphrag.ingest.pipeline import IngestOptions
    from graphrag.pipeline import GraphRAG

    options = IngestOptions(extractor=args.extractor, chunk_tokens=args.chunk_tokens, overlap_tokens=args.overlap,
                            batch_chunks=args.batch, single_vote=args.single_vote,
                            merge_threshold=args.merge_threshold, ocr=not args.no_ocr, dry_run=args.dry_run)
    bars = _Bars(enabled=not args.quiet)
    if args.dry_run:  # reads and chunks only: no graph is opened, so none is created
        from graphrag.ingest.pipeline import ingest_paths
        from graphrag.settings import Settings

        rag, settings = None, Settings.load(args.graph, args.config, llm=args.llm)
    else:
        # through GraphRAG.ingest: the lexicon and existing vector indexes are brought up to date, so
        # what the documents introduced is linkable at once, without `graphrag index`
        rag = GraphRAG.open(args.graph, config=args.config, llm=args.llm)
        settings = rag.settings
    try:
        summary = (rag.ingest(args.paths, options, bars.update) if rag is not None
                   else ingest_paths(args.paths, None, settings, bars.update, options=options))
    except KeyboardInterrupt:
        bars.close()
        print("interrupted: run the same command again to resume where it stopped", file=sys.stderr)
        return 130
    finally:
        bars.close()
        if rag is not None:
            rag.close()
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    print(format_summary(summary, settings.home), file=sys.stderr)
    return 1 if summary.failed_documents else 0


def format_summary(s, home: str) -> str:
    if s.dry_run:
        return (f"dry run: {s.pages} pages, about {s.estimated_chunks} chunks and {s.estimated_llm_calls} LLM calls; "
                f"{s.skipped_documents} already ingested, {s.replaced_documents} changed (would replace), "
                f"{s.failed_documents} unreadable; nothing was written")
    rate = (f"{s.pages_per_second:.1f} pages/s, {s.triples_per_second:.1f} triples/s" if s.seconds else "")
    replaced = (f"; {s.replaced_documents} old versions replaced: {s.triples_retracted} facts retracted, "
                f"{s.triples_reattributed} kept (stated by another document)" if s.replaced_documents else "")
    return (f"ingested {s.documents} documents into {home} ({s.skipped_documents} already ingested, "
            f"{s.failed_documents} failed){replaced}: {s.pages} pages ({s.ocr_pages} by OCR, {s.skipped_pages} skipped), "
            f"{s.chunks} chunks, {s.llm_calls} LLM calls; triples {s.triples_new} new, {s.triples_merged} merged, "
            f"{s.triples_rejected} rejected, {s.triples_review} held for review; {s.entity_merges} entity merges, "
            f"{s.aliases_added} aliases; {s.seconds:.1f}s ({rate})")


class _Bars:
    """tqdm bars for documents, pages and chunks, fed by progress events; messages go
    through tqdm.write so they do not break the bars."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._bars: dict[str, object] = {}

    def _bar(self, stage: str, total: int, position: int):
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            unit = {"document": " docs", "pages": " pages", "chunks": " chunks"}[stage]
            bar = tqdm(total=total, unit=unit, position=position, leave=stage == "document",
                       desc=stage if stage != "document" else "documents", file=sys.stderr, dynamic_ncols=True)
            self._bars[stage] = bar
        return bar

    def update(self, ev) -> None:
        if ev.stage in ("error", "warning"):
            self._write(f"{ev.stage}: {ev.message}")
            return
        if ev.stage in ("skipped", "replaced", "retracted"):
            self._write(ev.message)
            return
        if not self.enabled or ev.stage not in ("document", "pages", "chunks"):
            return
        bar = self._bar(ev.stage, ev.total, ("document", "pages", "chunks").index(ev.stage))
        if bar.total != ev.total:
            bar.reset(total=ev.total)
        bar.n = ev.done
        if ev.document:
            bar.set_postfix_str(ev.document[:40], refresh=False)
        bar.refresh()

    def _write(self, line: str) -> None:
        if self.enabled and self._bars:
            from tqdm import tqdm

            tqdm.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
