"""LlamaIndex `Document`s and nodes into our graph, so users' existing readers and loaders
(SimpleDirectoryReader, web, database, … readers) feed the same extraction pipeline as
`graphrag ingest`: chunking, extractors, voting, entity resolution, resumable journal."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Iterable

from llama_index.core.schema import BaseNode, MetadataMode

from graphrag.ingest.pipeline import IngestOptions, ProgressCallback
from graphrag.ingest.reader import TEXT_SUFFIXES
from graphrag.ingest.types import IngestSummary

_UNSAFE = re.compile(r"[\\/:\x00-\x1f]+")


def ingest_documents(rag, documents: Iterable[BaseNode], *, options: IngestOptions | None = None,
                     llm=None, progress_cb: ProgressCallback | None = None) -> IngestSummary:
    """Extract triples from each document's text into `rag`'s graph (`GraphRAG.ingest`: its
    lexicon and vector indexes follow).

    A fact's source names the document (its `file_name`/`file_path` metadata, page label when
    the reader split pages, else the node id) and the line it came from. Documents already
    ingested (same text) are skipped. `llm` (default: `rag.llm`) is used when `options`
    choose the llm or both extractors."""
    with tempfile.TemporaryDirectory(prefix="graphrag-documents-") as tmp:
        # the ingest pipeline reads files: each text becomes one, named after its document
        paths = []
        for i, doc in enumerate(documents):
            if not isinstance(doc, BaseNode):
                raise TypeError(f"expected LlamaIndex Documents or nodes, got {type(doc).__name__}")
            folder = Path(tmp) / str(i)
            folder.mkdir()
            path = folder / source_name(doc)
            path.write_text(doc.get_content(metadata_mode=MetadataMode.NONE), encoding="utf-8")
            paths.append(path)
        summary = rag.ingest(paths, options, progress_cb, llm=llm)
        prefix = re.compile(re.escape(tmp) + r"/\d+/")
        summary.errors = [prefix.sub("", e) for e in summary.errors]
        summary.warnings = [prefix.sub("", w) for w in summary.warnings]
    return summary


def source_name(doc: BaseNode) -> str:
    """A file name citing the document: 'report.pdf p3.txt' for page 3 of report.pdf."""
    meta = doc.metadata or {}
    base = meta.get("file_name") or Path(str(meta.get("file_path") or "")).name or f"document-{doc.node_id}"
    page = meta.get("page_label")
    name = _UNSAFE.sub("_", f"{base} p{page}" if page else str(base)).strip(" .") or "document"
    return name if name.lower().endswith(TEXT_SUFFIXES) else f"{name}.txt"
