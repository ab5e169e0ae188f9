"""`create_app(rag_or_settings)`: the FastAPI application. Everything an app needs lives on
`app.state.graphrag` (see state.py), so apps are independent and tests build as many as they like."""
from __future__ import annotations


import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from graphrag.pipeline import GraphRAG
from graphrag.server import errors, qa, routes_chat, routes_graph, routes_ingest, routes_qa
from graphrag.server.guard import GuardMiddleware
from graphrag.server.ingest_worker import IngestProcess
from graphrag.server.jobs import JobManager
from graphrag.server.limits import BodyLimitMiddleware
from graphrag.server.metrics import Metrics, MetricsMiddleware
from graphrag.server.models import Health
from graphrag.server.pools import Pool
from graphrag.server.security import parse_keys, require_key
from graphrag.server.state import ServerState, get_state
from graphrag.server.uploads import UploadSpace
from graphrag.settings import Settings

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("graphrag.server")


def app_from_environment() -> FastAPI:
    """The app for each worker process of `graphrag serve --workers N` (uvicorn's factory): the
    graph and settings come from GRAPHRAG_* variables that the command sets."""
    return create_app(Settings.load())


def create_app(rag_or_settings: GraphRAG | Settings) -> FastAPI:
    """Build the app around an open GraphRAG (the caller closes it) or Settings (the app opens the
    graph and closes it on shutdown)."""
    owns = isinstance(rag_or_settings, Settings)
    rag = GraphRAG(rag_or_settings) if owns else rag_or_settings
    s = rag.settings
    state = ServerState(rag=rag, jobs=JobManager(s.home_path / "jobs", max_pending=s.max_queued_jobs),
                        ingester=IngestProcess(rag),
                        uploads=UploadSpace(s.home_path / "uploads", s.max_upload_queue_bytes),
                        metrics=Metrics(), api_keys=parse_keys(s.api_keys),
                        model_names=parse_keys(s.model_name) or ("graphrag-kgqa",),
                        answer_timeout=s.llm_timeout + 0.5, owns_rag=owns,
                        retrieval=Pool("graphrag-retrieve", s.retrieval_threads, spare=2 * s.retrieval_threads),
                        llm=Pool("graphrag-llm", s.llm_threads, spare=s.llm_threads, cancel=False),
                        browse=Pool("graphrag-browse", 1, spare=1), ops=Pool("graphrag-ops", 1, spare=1))

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        swept = state.uploads.sweep()
        if swept:
            log.info("removed %d upload folders left by server processes that exited", swept)
        await run_in_threadpool(qa.warm_up, rag)
        yield
        state.shutdown()
        if state.owns_rag:
            rag.close()

    app = FastAPI(title="graphrag-kgqa", version="0.1.0", lifespan=lifespan,
                  description="Grounded question answering over a knowledge graph; answers cite facts.")
    app.state.graphrag = state
    errors.install(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=s.max_request_bytes, upload_bytes=s.max_upload_bytes)
    app.add_middleware(GuardMiddleware, state=state)  # Host, Origin, upload refusals: before any body
    origins = parse_keys(s.cors_origins)
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(MetricsMiddleware, metrics=state.metrics)  # outermost: counts 413s and CORS too

    for router in (routes_chat.router, routes_qa.router, routes_graph.router, routes_ingest.router):
        app.include_router(router)

    @app.get("/healthz", response_model=Health, tags=["operations"])
    async def healthz(st: ServerState = Depends(get_state)) -> dict:
        """Liveness and graph size; open even when API keys are set (load balancers send none)."""
        stats = await st.graph_size()
        return {"status": "ok", "triples": stats.get("triples", 0), "entities": stats.get("entities", 0),
                "llm": st.rag.llm.name if st.rag.llm is not None else "none"}

    @app.get("/metrics", tags=["operations"], dependencies=[Depends(require_key)],
             response_class=Response, responses={200: {"content": {"text/plain": {}}}})
    async def metrics(st: ServerState = Depends(get_state)) -> Response:
        """Prometheus text format: requests and latency per endpoint, degraded answers."""
        return Response(st.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get("/", include_in_schema=False)
    async def index():
        page = STATIC / "index.html"
        if page.is_file():
            return FileResponse(page)
        return JSONResponse({"name": "graphrag-kgqa", "docs": "/docs", "chat": "/v1/chat/completions"})

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
