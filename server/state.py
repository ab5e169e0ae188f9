"""What one app instance shares across requests: no module-level state, so two apps (tests,
benchmarks) in one process never see each other's graph, keys, pools or metrics."""
from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from graphrag.pipeline import GraphRAG
from graphrag.server.ingest_worker import IngestProcess
from graphrag.server.jobs import JobManager
from graphrag.server.metrics import Metrics
from graphrag.server.pools import Pool
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
    browse: Pool  # graph browsing: one thread, so it takes at most a share of the GIL from questions
    ops: Pool  # /healthz: never queues behind questions, answers or browsing
    owns_rag: bool = False
    listening: dict[int, list[str]] = field(default_factory=dict)  # port → addresses this process listens on

    @property
    def settings(self):
        return self.rag.settings

    def shutdown(self) -> None:
        for pool in (self.retrieval, self.llm, self.browse, self.ops):
            pool.shutdown()
        self.jobs.shutdown()
        self.ingester.close()


async def get_state(request: Request) -> ServerState:
    """async: FastAPI runs plain-def dependencies in the threadpool, a needless hop per request."""
    return request.app.state.graphrag
