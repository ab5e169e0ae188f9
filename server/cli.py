"""`graphrag serve`: the HTTP API (OpenAI-compatible chat, ask/retrieve, graph, ingestion)."""
from __future__ import annotations

import argparse
import os
import sys

HELP = "serve the HTTP API: OpenAI-compatible chat with cited facts, /ask, /retrieve, /ingest, web page"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.cli import add_graph_argument

    p.add_argument("--host", default=None, help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--llm", choices=["none", "openai", "local"], default=None,
                   help="answering model (default: none = extractive, no model)")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (default 1); each answers on one core: set it to the number of cores "
                        "to use them all")
    p.add_argument("--no-demo", action="store_true", help="do not load the demo graph into an empty graph")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from graphrag.server.app import create_app
    except ImportError as e:
        from graphrag.errors import UserError

        raise UserError(f"the server needs its extra ({e.name} is missing): pip install 'graphrag-kgqa[server]'") \
            from None
    from graphrag.pipeline import DEMO_GRAPH, GraphRAG
    from graphrag.server.security import is_loopback
    from graphrag.settings import Settings

    settings = Settings.load(args.graph, args.config, host=args.host, port=args.port, llm=args.llm)
    with GraphRAG(settings) as rag:
        s = rag.settings
        if not args.no_demo and rag.store.stats()["triples"] == 0:
            print(f"graph {s.home} is empty: loading the bundled demo graph", file=sys.stderr)
            rag.load(DEMO_GRAPH)
        if not is_loopback(s.host) and not s.api_keys:
            print(f"warning: listening on {s.host} without API keys: anyone who can reach it may ask "
                  f"questions (ingestion stays off); set GRAPHRAG_API_KEYS", file=sys.stderr)
        if args.workers <= 1:
            uvicorn.run(create_app(rag), host=s.host, port=s.port, log_level=args.log_level,
                        timeout_graceful_shutdown=5)
            return 0
    # several processes: each builds its own app from the same settings, passed by environment
    os.environ.update(GRAPHRAG_HOME=str(s.home), GRAPHRAG_HOST=s.host, GRAPHRAG_PORT=str(s.port), GRAPHRAG_LLM=s.llm)
    if args.config:
        os.environ["GRAPHRAG_CONFIG"] = args.config
    uvicorn.run("graphrag.server.app:app_from_environment", factory=True, workers=args.workers, host=s.host,
                port=s.port, log_level=args.log_level, timeout_graceful_shutdown=5)
    return 0
