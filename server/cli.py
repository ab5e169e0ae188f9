"""`graphrag serve`: the HTTP API (OpenAI-compatible chat, ask/retrieve, graph, ingestion)."""
from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import sys

# How long a thread may hold the GIL while another asks for it (Python's default: 5 ms). The
# event loop asks after every network wait; with retrieval and LLM threads busy, 5 ms per ask
# added up to 130-190 ms for a /healthz beside 80 chats, 1 ms keeps it under 60 ms.
SWITCH_INTERVAL = 0.001

HELP = "serve the HTTP API: OpenAI-compatible chat with cited facts, /ask, /retrieve, /ingest, web page"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument, add_llm_argument

    p.add_argument("--host", default=None, help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    add_llm_argument(p, help="answering model (default: none = extractive, no model)")
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
    sys.setswitchinterval(SWITCH_INTERVAL)
    with GraphRAG(settings) as rag:
        s = rag.settings
        if not args.no_demo and rag.store.stats()["triples"] == 0:
            print(f"graph {s.home} is empty: loading the bundled demo graph", file=sys.stderr)
            rag.load(DEMO_GRAPH)
        if not is_loopback(s.host) and not s.api_keys:
            print(f"warning: listening on {s.host} without API keys: anyone who can reach it may ask "
                  f"questions (ingestion stays off); set GRAPHRAG_API_KEYS", file=sys.stderr)
        if s.host in ("0.0.0.0", "::") and not s.allowed_hosts:
            print(f"note: listening on {s.host}, requests are answered only when their Host is a loopback name; "
                  f"set GRAPHRAG_ALLOWED_HOSTS to the names clients use (e.g. kg.example.com,10.0.0.5)",
                  file=sys.stderr)
        if args.workers <= 1:
            uvicorn.run(create_app(rag), host=s.host, port=s.port, log_level=args.log_level,
                        timeout_graceful_shutdown=5)
            return 0
    # several processes: each builds its own app from the same settings, passed by environment
    os.environ.update(GRAPHRAG_HOME=str(s.home), GRAPHRAG_HOST=s.host, GRAPHRAG_PORT=str(s.port), GRAPHRAG_LLM=s.llm)
    if args.config:
        os.environ["GRAPHRAG_CONFIG"] = args.config
    if not hasattr(socket, "SO_REUSEPORT"):  # uvicorn's workers share one socket: connections spread unevenly
        uvicorn.run("graphrag.server.app:app_from_environment", factory=True, workers=args.workers, host=s.host,
                    port=s.port, log_level=args.log_level, timeout_graceful_shutdown=5)
        return 0
    return _serve_processes(args.workers, s.host, s.port, args.log_level)


def _serve_processes(n: int, host: str, port: int, log_level: str) -> int:
    """`n` server processes, each listening on its own SO_REUSEPORT socket so the kernel spreads
    new connections evenly (with one shared socket, as uvicorn's workers have, one worker can end
    up holding most keep-alive connections). Stops them all when one exits or on a signal."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:  # workers would share a port in use, not fail
        try:
            probe.bind((host, port))
        except OSError as e:
            from graphrag.errors import UserError

            raise UserError(f"cannot listen on {host}:{port}: {e.strerror}") from None
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(host, port, log_level), name=f"graphrag-worker-{i}")
             for i in range(n)]
    for p in procs:
        p.start()

    def stop(*_) -> None:
        for p in procs:
            if p.is_alive():
                p.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while all(p.is_alive() for p in procs):
        multiprocessing.connection.wait([p.sentinel for p in procs])
    stop()
    for p in procs:
        p.join(timeout=10)
    return max((p.exitcode or 0) for p in procs)


def _worker(host: str, port: int, log_level: str) -> None:
    import uvicorn

    sys.setswitchinterval(SWITCH_INTERVAL)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    config = uvicorn.Config("graphrag.server.app:app_from_environment", factory=True, log_level=log_level,
                            timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])
