"""What one app instance shares across requests: no module-level state, so two apps (tests,
benchmarks) in one process never see each other's graph, keys or metrics."""
from __future__ import annotations

from dataclasses import dataclass, field

import anyio

from fastapi import Request

from graphrag.pipeline import GraphRAG
from graphrag.server.jobs import JobManager
from graphrag.server.metrics import Metrics


@dataclass
class ServerState:
    rag: GraphRAG
    jobs: JobManager
    metrics: Metrics
    api_keys: tuple[str, ...]
    model_names: tuple[str, ...]
    answer_timeout: float  # seconds an LLM answer may take before the extractive answer is sent
    owns_rag: bool = False
    # retrieval is Python code holding the GIL: one thread (per process) serves more requests
    # than several fighting over it (demo graph, in process: 1 thread 480 q/s, 4 threads 300);
    # LLM calls, which mostly wait, use the default worker threads
    cpu: anyio.CapacityLimiter = field(default_factory=lambda: anyio.CapacityLimiter(1))

    @property
    def settings(self):
        return self.rag.settings


async def get_state(request: Request) -> ServerState:
    """async: FastAPI runs plain-def dependencies in the threadpool, a needless hop per request."""
    return request.app.state.graphrag
