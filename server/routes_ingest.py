"""POST /ingest (multipart upload → background job) and GET /jobs/{id}. The work is the CLI's own
code: `GraphRAG.load` for triple files, `GraphRAG.ingest` for documents."""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from starlette.concurrency import run_in_threadpool

from graphrag.pipeline import GraphRAG
from graphrag.server.jobs import JobFailed
from graphrag.server.models import Job
from graphrag.server.security import require_ingest_key, require_key
from graphrag.server.state import ServerState, get_state

router = APIRouter(tags=["ingestion"])

TRIPLE_SUFFIXES = {".tsv": "tsv", ".txt": "tsv", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DOCUMENT_SUFFIXES = {".pdf", ".md"}


def safe_name(name: str | None) -> str:
    base = Path(name or "").name
    base = re.sub(r"[^\w.\-]+", "_", base).strip("._")[:120]
    return base or "upload"


def _kind(name: str, head: bytes, fmt: str | None) -> str:
    if fmt in ("tsv", "csv", "jsonl"):
        return "triples"
    if fmt == "document" or head.startswith(b"%PDF-") or Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
        return "document"
    if Path(name).suffix.lower() in TRIPLE_SUFFIXES:
        return "triples"
    raise HTTPException(415, f"cannot tell what {name!r} is: upload a PDF (.pdf, .md) or a triples file "
                             f"(.tsv, .csv, .jsonl), or set the form field format")


def load_triples(rag: GraphRAG, path: Path, fmt: str | None):
    def work(progress) -> dict:
        progress(stage="loading", document=path.name)
        s = rag.load(path, fmt)
        st = s.stats
        progress(stage="done", done=st.read, total=st.read)
        return {"path": path.name, "read": st.read, "added": st.added, "existing": st.existing,
                "new_entities": st.new_entities, "new_relations": st.new_relations, "aliases": s.aliases,
                "seconds": round(s.seconds, 3)}
    return work


def ingest_documents(rag: GraphRAG, path: Path):
    try:
        import graphrag.ingest.pipeline  # noqa: F401  (GraphRAG.ingest needs it)
    except ImportError as e:
        raise HTTPException(501, f"document ingestion is not available here ({e}); "
                                 "install the ingest extra: pip install 'graphrag-kgqa[ingest]'") from None

    def work(progress) -> dict:
        summary = rag.ingest([path], progress=lambda e: progress(stage=e.stage, document=e.document, done=e.done,
                                                                 total=e.total, message=e.message))
        result = summary.to_dict()
        if summary.failed_documents:
            raise JobFailed("; ".join(summary.errors) or "the document could not be ingested", result)
        return result
    return work


@router.post("/ingest", response_model=Job, status_code=202, dependencies=[Depends(require_ingest_key)])
async def ingest(file: UploadFile = File(description="a PDF (.pdf, .md) or a triples file (.tsv .csv .jsonl)"),
                 fmt: Literal["tsv", "csv", "jsonl", "document"] | None = Form(
                     None, alias="format", description="what the file is (default: from its name and content)"),
                 state: ServerState = Depends(get_state)) -> dict:
    """Start a background job; poll GET /jobs/{id}. Re-ingesting the same file changes nothing."""
    name = safe_name(file.filename)
    head = await file.read(8)
    await file.seek(0)
    kind = _kind(name, head, fmt)
    folder = Path(tempfile.mkdtemp(prefix="graphrag-upload-"))
    path = folder / name

    def save() -> None:
        with path.open("wb") as out:
            shutil.copyfileobj(file.file, out, 1 << 20)

    await run_in_threadpool(save)
    work = (ingest_documents(state.rag, path) if kind == "document"
            else load_triples(state.rag, path, fmt))
    return state.jobs.submit(kind, name, work, cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))


@router.get("/jobs/{job_id}", response_model=Job, dependencies=[Depends(require_key)])
async def job(job_id: str, state: ServerState = Depends(get_state)) -> dict:
    found = state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are kept in memory until the server restarts)")
    return found
