"""Background ingestion jobs. One worker thread runs them in order: writes to the graph are
serialised, while reads (questions) keep running beside them on their own store connections.

With a folder, every job is also a JSON file there (written atomically), so any server process
can report a job that another one runs (`graphrag serve --workers N`)."""
from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from graphrag.errors import UserError
from graphrag.files import atomic_file

log = logging.getLogger("graphrag.server")

Progress = Callable[..., None]  # progress(stage=..., done=..., total=..., message=...)
Work = Callable[[Progress], dict[str, Any]]


class JobFailed(Exception):
    """Raised by a job's work to fail with a message while keeping a partial result."""

    def __init__(self, message: str, result: dict[str, Any] | None = None):
        super().__init__(message)
        self.result = result


class QueueFull(Exception):
    """The job queue holds `max_pending` jobs already: the caller answers 429."""


class JobManager:
    def __init__(self, folder: Path | None = None, keep: int = 200, max_pending: int = 1_000):
        self._max_pending = max_pending
        self._pending = 0  # queued or running in this process
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphrag-ingest")
        self._jobs: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._keep = keep
        self._folder = folder
        self._saved: dict[str, float] = {}  # job id → when its file was last written

    def submit(self, kind: str, filename: str, work: Work, cleanup: Callable[[], None] | None = None) -> dict:
        job = {"id": uuid.uuid4().hex, "kind": kind, "filename": filename, "status": "queued",
               "created": time.time(), "started": None, "finished": None, "progress": {}, "result": None,
               "error": None}
        with self._lock:
            if self._pending >= self._max_pending:
                raise QueueFull(f"{self._pending} ingestion jobs are queued or running; the limit is "
                                f"{self._max_pending} (max_queued_jobs)")
            self._pending += 1
            self._jobs[job["id"]] = job
            self._forget_old()
            self._save(job["id"])
        self._executor.submit(self._run, job["id"], work, cleanup)
        return self.get(job["id"])

    def full(self) -> bool:
        return self._pending >= self._max_pending

    def get(self, job_id: str) -> dict | None:
        """A snapshot: the worker thread may be updating the job while it is serialised. A job
        of another server process is read from its file."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                return {**job, "progress": dict(job["progress"])}
        if self._folder is None or not all(c in "0123456789abcdef" for c in job_id):
            return None
        try:
            job = json.loads((self._folder / f"{job_id}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        pid = job.pop("_pid", None)
        if job["status"] in ("queued", "running") and pid is not None and not alive(pid):
            job.update(status="failed", error="the server process running this job exited before it finished")
        return job

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _update(self, job_id: str, **fields) -> None:
        with self._lock:
            self._jobs[job_id].update(fields)
            self._save(job_id)

    def _save(self, job_id: str, every: float = 0.0) -> None:
        """Write the job's file (atomically: other processes read it); `every` limits how often
        progress alone rewrites it. Caller holds the lock."""
        if self._folder is None or time.monotonic() - self._saved.get(job_id, -1e9) < every:
            return
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            with atomic_file(self._folder / f"{job_id}.json") as fh:
                fh.write(json.dumps({**self._jobs[job_id], "_pid": os.getpid()}, default=str).encode("utf-8"))
            self._saved[job_id] = time.monotonic()
        except OSError:  # the job runs on; only other processes lose sight of it
            log.warning("cannot write job file for %s", job_id, exc_info=True)

    def _run(self, job_id: str, work: Work, cleanup: Callable[[], None] | None) -> None:
        self._update(job_id, status="running", started=time.time())

        def progress(**fields) -> None:
            with self._lock:
                self._jobs[job_id]["progress"].update(fields)
                self._save(job_id, every=0.5)

        try:
            result = work(progress)
            self._update(job_id, status="succeeded", result=result, finished=time.time())
        except JobFailed as e:
            self._update(job_id, status="failed", error=str(e), result=e.result, finished=time.time())
        except UserError as e:
            self._update(job_id, status="failed", error=str(e), finished=time.time())
        except Exception as e:  # reported without a traceback; the traceback goes to the log
            log.exception("ingestion job %s failed", job_id)
            self._update(job_id, status="failed", error=f"internal error ({type(e).__name__}); see the server log",
                         finished=time.time())
        finally:
            try:
                if cleanup is not None:
                    cleanup()
            finally:
                with self._lock:
                    self._pending -= 1

    def _forget_old(self) -> None:
        finished = [j for j in self._jobs.values() if j["finished"] is not None]
        for job in sorted(finished, key=lambda j: j["finished"])[: max(0, len(finished) - self._keep)]:
            del self._jobs[job["id"]]
            self._saved.pop(job["id"], None)
            if self._folder is not None:
                (self._folder / f"{job['id']}.json").unlink(missing_ok=True)
        if self._folder is not None:  # other processes' files too, oldest first, past twice `keep`
            files = sorted(self._folder.glob("*.json"), key=_mtime)
            for f in files[: max(0, len(files) - 2 * self._keep)]:
                if f.stem not in self._jobs:
                    f.unlink(missing_ok=True)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
