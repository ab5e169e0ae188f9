"""Ingestion jobs run in a child process at a lower CPU priority, so they yield to questions.

In the server process an ingestion thread takes half the GIL from retrieval (a 200-triple job
took `/retrieve` from a 10 ms to a 1 s median); in its own process the OS schedules it, and
`nice` makes questions win. The child opens the same graph from the same settings (SQLite WAL:
one writer, readers beside it; the server's lexicon follows the store's version, as with
`--workers`). It is started at the first job, runs jobs one at a time as they are sent, and
is restarted when it dies. Its errors come back as data, re-raised here as the same kinds.
A graph the child could not reach (see `separable`) is ingested in a server thread, as before."""
from __future__ import annotations

import csv
import logging
import multiprocessing
import os
import threading
from pathlib import Path
from typing import Any

from graphrag.errors import UserError
from graphrag.server.jobs import JobFailed, Progress
from graphrag.settings import Settings

log = logging.getLogger("graphrag.server")

NICE = 10  # added to the child's niceness: questions first


def triples_task(rag, path: Path, fmt: str | None, progress: Progress) -> dict:
    progress(stage="loading", document=path.name)
    s = rag.load(path, fmt)
    st = s.stats
    progress(stage="done", done=st.read, total=st.read)
    return {"path": path.name, "read": st.read, "added": st.added, "existing": st.existing,
            "new_entities": st.new_entities, "new_relations": st.new_relations, "aliases": s.aliases,
            "seconds": round(s.seconds, 3)}


def document_task(rag, path: Path, fmt: str | None, progress: Progress) -> dict:
    from graphrag.ingest.pipeline import IngestOptions

    # each upload waits in its own folder: its file name is what makes two uploads the same
    # document (a changed file replaces its old version)
    summary = rag.ingest([path], IngestOptions(by_name=True),
                         progress=lambda e: progress(stage=e.stage, document=e.document, done=e.done,
                                                     total=e.total, message=e.message))
    result = summary.to_dict()
    if summary.failed_documents:
        raise JobFailed("; ".join(summary.errors) or "the document could not be ingested", result)
    return result


TASKS = {"triples": triples_task, "document": document_task}


def _child(conn, settings: Settings) -> None:
    """The child's loop: (kind, path, fmt) in; ("progress", fields)… then one outcome out."""
    try:
        os.nice(NICE)
    except OSError:
        pass
    from graphrag.pipeline import GraphRAG

    rag = None
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the server process is gone
            break
        if task is None:
            break
        kind, path, fmt = task
        try:
            rag = rag or GraphRAG(settings)
            result = TASKS[kind](rag, Path(path), fmt, lambda **fields: conn.send(("progress", fields)))
            outcome: tuple = ("done", result)
        except JobFailed as e:
            outcome = ("failed", str(e), e.result)
        except UserError as e:
            outcome = ("user", str(e))
        except RecursionError:
            outcome = ("recursion",)
        except csv.Error as e:
            outcome = ("csv", str(e))
        except Exception as e:
            log.exception("ingestion of %s failed", path)
            outcome = ("error", type(e).__name__)
        conn.send(outcome)
    if rag is not None:
        rag.close()


def separable(rag) -> bool:
    """Whether a child process opening the graph from the settings reaches the same graph and
    model: a SQLite file in the settings' home, or a NebulaGraph cluster, and the model the
    settings name. A store or model handed to GraphRAG in code (in memory, a test double) is
    not reachable from another process: such jobs run in a thread of the server instead."""
    from graphrag.store.registry import backend

    s = rag.settings
    if s.store not in ("sqlite", "nebula") or type(rag.store) is not backend(s.store):
        return False
    if s.store == "sqlite" and Path(rag.store.home).resolve() != s.home_path.resolve():
        return False
    return (rag.llm is None) == (s.llm == "none")


class IngestProcess:
    def __init__(self, rag):
        self.rag, self.settings = rag, rag.settings
        self.separate = separable(rag)
        self._proc: multiprocessing.process.BaseProcess | None = None
        self._conn = None
        self._lock = threading.Lock()  # one job at a time talks to the child

    def run(self, kind: str, path: Path, fmt: str | None, progress: Progress) -> dict[str, Any]:
        """Run one job in the child (started if needed); blocks the calling job thread only."""
        if not self.separate:
            return TASKS[kind](self.rag, path, fmt, progress)
        with self._lock:
            conn = self._start()
            try:
                conn.send((kind, str(path), fmt))
                while True:
                    message = conn.recv()
                    if message[0] != "progress":
                        break
                    progress(**message[1])
            except (EOFError, OSError):
                code = self._proc.exitcode if self._proc is not None else None
                self._stop(wait=0)
                raise JobFailed(f"the ingestion process exited before the job finished (exit code {code})") from None
        what, *rest = message
        if what == "done":
            return rest[0]
        if what == "failed":
            raise JobFailed(rest[0], rest[1])
        if what == "user":
            raise UserError(rest[0])
        if what == "recursion":
            raise RecursionError()
        if what == "csv":
            raise csv.Error(rest[0])
        raise RuntimeError(f"{rest[0]} in the ingestion process")

    def _start(self):
        if self._proc is None or not self._proc.is_alive():
            self._stop(wait=0)
            ctx = multiprocessing.get_context("spawn")  # fork would copy the server's threads and locks
            parent, child = ctx.Pipe()
            self._proc = ctx.Process(target=_child, args=(child, self.settings), name="graphrag-ingest", daemon=True)
            self._proc.start()
            child.close()
            self._conn = parent
        return self._conn

    def _stop(self, wait: float) -> None:
        if self._conn is not None:
            try:
                self._conn.send(None)
            except OSError:
                pass
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(wait)
            if self._proc.is_alive():
                self._proc.terminate()
                self._proc.join(5)
            self._proc = None

    def close(self) -> None:
        """At server shutdown: a running job is stopped (its batches are transactions; re-running
        the upload is idempotent)."""
        if self._lock.acquire(timeout=0.5):
            try:
                self._stop(wait=5)
            finally:
                self._lock.release()
        elif self._proc is not None:
            self._proc.terminate()
