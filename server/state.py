"""What one app instance shares across requests: no module-level state, so two apps (tests,
benchmarks) in one process never see each other's graph, keys, pools or metrics."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from fastapi import HTTPException, Request

from graphrag.pipeline import GraphRAG
from graphrag.server.ingest_worker import IngestProcess
from graphrag.server.jobs import JobManager
from graphrag.server.metrics import Metrics
from graphrag.server.pools import Late, Pool
from graphrag.server.uploads import UploadSpace


@dataclass
class ServerState:
    rag: GraphRAG
    jobs: JobManager
    ingester: IngestProcess
    uploads: UploadSpace
    metrics: Metrics
    api_keys: tuple[str, ...]
    model_names: tuple[str, ...]
    answer_timeout: float  # seconds an LLM answer may take before the extractive answer is sent
    # retrieval is Python code holding the GIL: one thread (per process) serves more requests
    # than several fighting over it (demo graph, in process: 1 thread 480 q/s, 4 threads 300)
    retrieval: Pool
    llm: Pool  # LLM calls mostly wait: their own threads, so a hung model holds no retrieval
    browse: Pool  # graph browsing: one thread, and it yields to questions (routes_graph.browse)
    ops: Pool  # /healthz: never queues behind questions, answers or browsing
    owns_rag: bool = False
    listening: dict[int, list[str]] = field(default_factory=dict)  # port → addresses this process listens on
    browse_turn: asyncio.Lock = field(default_factory=asyncio.Lock)  # one browse at a time
    _size: dict | None = None
    _size_at: float = 0.0
    _size_task: asyncio.Future | None = None

    @property
    def settings(self):
        return self.rag.settings

    async def graph_size(self, max_age: float = 1.0) -> dict:
        """The store's counts for /healthz, at most about `max_age` seconds old: the first call
        waits for them; later ones answer at once from the last count while a new one is taken
        on the ops thread, so a health check costs no thread hop when the server is busy."""
        if self._size is None:
            try:
                self._size = await self.ops.run(self.rag.store.stats, timeout=5.0)
            except Late:
                raise HTTPException(503, "the graph store did not answer within 5s") from None
            self._size_at = time.monotonic()
        elif time.monotonic() - self._size_at > max_age and (self._size_task is None or self._size_task.done()):
            self._size_task = asyncio.ensure_future(self._recount())
        return self._size

    async def _recount(self) -> None:
        try:
            self._size = await self.ops.run(self.rag.store.stats, timeout=5.0)
            self._size_at = time.monotonic()
        except Late:  # the next check tries again; liveness is answered meanwhile
            pass

    def shutdown(self) -> None:
        for pool in (self.retrieval, self.llm, self.browse, self.ops):
            pool.shutdown()
        self.jobs.shutdown()
        self.ingester.close()


async def get_state(request: Request) -> ServerState:
    """async: FastAPI runs plain-def dependencies in the threadpool, a needless hop per request."""
    return request.app.state.graphrag
