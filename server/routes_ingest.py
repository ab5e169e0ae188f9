"""POST /ingest (multipart upload → background job) and GET /jobs/{id}. The work is the CLI's own
code, `GraphRAG.load` for triple files and `GraphRAG.ingest` for documents, run in the ingestion
process (ingest_worker.py) so that it yields to questions."""
from __future__ import annotations

import csv
import re
import shutil
from functools import partial
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from starlette.concurrency import run_in_threadpool

from graphrag.errors import UserError
from graphrag.server.guard import RETRY_AFTER_S
from graphrag.server.jobs import JobFailed, QueueFull, Work
from graphrag.server.models import Job
from graphrag.server.security import require_ingest_key, require_key
from graphrag.server.state import ServerState, get_state

router = APIRouter(tags=["ingestion"])

TRIPLE_SUFFIXES = {".tsv": "tsv", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DOCUMENT_SUFFIXES = {".pdf", ".md", ".txt"}  # as `graphrag ingest`; a .txt of triples needs format=tsv


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
    raise HTTPException(415, f"cannot tell what {name!r} is: upload a document (.pdf, .md, .txt) or a triples "
                             f"file (.tsv, .csv, .jsonl), or set the form field format")


def _documents_available() -> None:
    try:
        import graphrag.ingest.pipeline  # noqa: F401  (GraphRAG.ingest needs it)
    except ImportError as e:
        raise HTTPException(501, f"document ingestion is not available here ({e}); "
                                 "install the ingest extra: pip install 'graphrag-kgqa[ingest]'") from None


def _scrub(value: Any, folder: Path) -> Any:
    """Job errors and results name the upload, never the server folder it waits in."""
    if isinstance(value, str):
        return value.replace(f"{folder}/", "").replace(str(folder), "")
    if isinstance(value, dict):
        return {k: _scrub(v, folder) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, folder) for v in value]
    return value


def _reported(work: Work, folder: Path, name: str) -> Work:
    """Every way a job can fail becomes a clear message without server paths."""
    def run(progress) -> dict:
        try:
            return _scrub(work(progress), folder)
        except JobFailed as e:
            raise JobFailed(_scrub(str(e), folder), _scrub(e.result, folder)) from None
        except UserError as e:
            raise JobFailed(_scrub(str(e), folder)) from None
        except RecursionError:
            raise JobFailed(f"{name}: nested too deeply to read (a JSON value inside hundreds of others)") from None
        except csv.Error as e:
            raise JobFailed(f"{name}: not readable as CSV/TSV ({_scrub(str(e), folder)})") from None
    return run


def _too_busy(message: str) -> HTTPException:
    return HTTPException(429, message, headers={"Retry-After": str(RETRY_AFTER_S)})


@router.post("/ingest", response_model=Job, status_code=202, dependencies=[Depends(require_ingest_key)],
             responses={429: {"description": "the job queue or the upload quota is full (see Retry-After)"}})
async def ingest(request: Request,
                 file: UploadFile = File(description="a document (.pdf, .md, .txt) or a triples file (.tsv .csv .jsonl)"),
                 fmt: Literal["tsv", "csv", "jsonl", "document"] | None = Form(
                     None, alias="format", description="what the file is (default: from its name and content)"),
                 state: ServerState = Depends(get_state)) -> dict:
    """Start a background job; poll GET /jobs/{id}. Re-ingesting the same file changes nothing."""
    parts = (await request.form()).getlist("file")  # parsed already; FastAPI would keep only one
    if len(parts) != 1:
        raise HTTPException(400, f"send one `file` part per request (got {len(parts)})")
    name = safe_name(file.filename)
    head = await file.read(8)
    await file.seek(0)
    kind = _kind(name, head, fmt)
    size = file.size if file.size is not None else 0
    if not state.uploads.reserve(size):
        raise _too_busy(f"uploads waiting for ingestion hold {state.uploads.used:,} bytes; this one would pass "
                        f"the {state.uploads.quota:,}-byte quota (max_upload_queue_bytes); retry later")
    folder = state.uploads.new()
    path = folder / name

    def save() -> None:
        with path.open("wb") as out:
            shutil.copyfileobj(file.file, out, 1 << 20)

    try:
        await run_in_threadpool(save)
        if kind == "document":
            _documents_available()
        work = partial(state.ingester.run, kind, path, fmt)  # in the ingestion process: see ingest_worker
        return state.jobs.submit(kind, name, _reported(work, folder, name),
                                 cleanup=lambda: state.uploads.release(folder, size))
    except QueueFull as e:
        state.uploads.release(folder, size)
        raise _too_busy(f"{e}; retry later") from None
    except BaseException:
        state.uploads.release(folder, size)
        raise


@router.get("/jobs/{job_id}", response_model=Job, dependencies=[Depends(require_key)])
async def job(job_id: str, state: ServerState = Depends(get_state)) -> dict:
    found = state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r} (finished jobs are kept, newest 200, under the graph's jobs/ "
                                 "folder)")
    return found
