"""Bounded load run against a real `graphrag serve` on loopback: concurrent clients POST to
/retrieve and /v1/chat/completions (the `none` LLM: extractive answers) and we report
requests/s, p50/p99 latency and errors per endpoint.

    python bench/load_server.py                       # demo graph, 32 clients, 2,000 requests each
    python bench/load_server.py --kb ../shared/data/metaqa/kb.tsv \
        --questions ../shared/data/metaqa/dev.jsonl   # a MetaQA graph, its dev questions
    python bench/load_server.py --endpoints /retrieve --with-ingest 20000
        # then the same load again while ingestion jobs of 20,000 new triples run back to back
        # (one at a time, as the server runs them), and the p50 ratio busy/idle
    python bench/load_server.py --endpoints /retrieve --with-browse 8
        # then the same load again beside 8 clients browsing GET /graph/subgraph (2 hops)

The server runs in its own process (one uvicorn worker) so the client does not share its GIL;
on a 2-core machine both still share the CPUs, so the numbers are a floor."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

DEMO_QUESTIONS = [
    "What country was Obama born in?",
    "Who is Barack Obama's spouse?",
    "Where was Michelle Obama born?",
    "Where did Barack Obama study?",
    "奥巴马出生在哪里?",
    "Which state is Honolulu in?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(graph: Path, port: int, workers: int = 1, timeout: float = 120) -> subprocess.Popen:
    env = {**os.environ, "GRAPHRAG_LLM": "none", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "graphrag.cli", "serve", "--graph", str(graph), "--host",
                             "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning"], env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"server did not answer /healthz within {timeout:.0f}s")


def cpu_seconds(pid: int) -> float | None:
    """User+system CPU time of a process and its worker processes (Linux /proc): unlike wall
    time it does not drop when other processes compete for the cores, so CPU-ms per request is
    comparable across runs."""
    try:
        total = 0.0
        for p in [pid, *_children(pid)]:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total
    except (OSError, ValueError, IndexError):
        return None


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(c) for c in found] + [g for c in found for g in _children(int(c))]


def body(endpoint: str, question: str) -> dict:
    if endpoint == "/retrieve":
        return {"question": question}
    return {"model": "graphrag-kgqa", "messages": [{"role": "user", "content": question}]}


class Connection:
    """A minimal HTTP/1.1 keep-alive client (JSON POST, Content-Length replies). httpx costs the
    client several milliseconds of CPU per request, which on 2 cores is taken from the server."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, payload: dict) -> tuple[int, bytes]:
        if self.writer is not None:
            try:
                return await self._post(path, payload)
            except (asyncio.IncompleteReadError, ConnectionError) as e:
                # the server closed an idle keep-alive connection (uvicorn: after 5 s): retry once
                # on a new one if nothing of the reply had arrived, as any HTTP client does
                await self.close()
                if isinstance(e, asyncio.IncompleteReadError) and e.partial:
                    raise
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return await self._post(path, payload)

    async def _post(self, path: str, payload: dict) -> tuple[int, bytes]:
        data = json.dumps(payload).encode()
        self.writer.write(f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                          f"Content-Length: {len(data)}\r\n\r\n".encode() + data)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        body = await self.reader.readexactly(int(headers.get("content-length", 0)))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def load(port: int, endpoint: str, questions: list[str], total: int, clients: int, pid: int) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    next_index = 0

    async def client(conn: Connection, count: int) -> None:
        nonlocal next_index
        while next_index < count:
            i = next_index
            next_index += 1
            t0 = time.perf_counter()
            try:
                status, data = await asyncio.wait_for(conn.post(endpoint, body(endpoint, questions[i % len(questions)])), 30)
                ok = status == 200 and b'"facts"' in data
                key = None if ok else f"HTTP {status}"
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as e:
                key = type(e).__name__
                await conn.close()
            latencies.append(time.perf_counter() - t0)
            if key:
                errors[key] = errors.get(key, 0) + 1

    conns = [Connection("127.0.0.1", port) for _ in range(clients)]
    await asyncio.gather(*[client(c, clients) for c in conns])  # open the connections, warm up
    latencies.clear(), errors.clear()
    next_index = 0
    cpu0, t0 = cpu_seconds(pid), time.perf_counter()
    await asyncio.gather(*[client(c, total) for c in conns])
    seconds, cpu1 = time.perf_counter() - t0, cpu_seconds(pid)
    cpu_ms = (cpu1 - cpu0) * 1000 / len(latencies) if cpu0 is not None and cpu1 is not None else None
    for c in conns:
        await c.close()
    q = statistics.quantiles(latencies, n=100)
    return {"endpoint": endpoint, "requests": len(latencies), "clients": clients, "seconds": round(seconds, 2),
            "rps": round(len(latencies) / seconds, 1), "p50_ms": round(q[49] * 1000, 2),
            "p99_ms": round(q[98] * 1000, 2), "errors": sum(errors.values()), "error_kinds": errors,
            "server_cpu_ms_per_request": round(cpu_ms, 2) if cpu_ms else None,
            "load_average": round(os.getloadavg()[0], 1)}


async def ingest_forever(port: int, rows: int, stop: asyncio.Event, running: asyncio.Event) -> dict:
    """POST /ingest a file of `rows` new triples, wait for the job, again, until `stop`:
    one ingestion job is running throughout."""
    jobs, failed, k = 0, 0, 0
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120) as http:
        while not stop.is_set():
            data = "".join(f"Person {k}-{i}\tborn in\tTown {i % 97}\n" for i in range(rows)).encode()
            job = (await http.post("/ingest", files={"file": (f"people{k}.tsv", data)})).json()
            while job["status"] in ("queued", "running"):
                if job["status"] == "running":
                    running.set()
                await asyncio.sleep(0.1)
                job = (await http.get(f"/jobs/{job['id']}")).json()
            jobs, failed, k = jobs + 1, failed + (job["status"] != "succeeded"), k + 1
    return {"ingest_jobs": jobs, "ingest_failed": failed, "ingest_rows": rows}


async def load_while_ingesting(port: int, endpoint: str, questions: list[str], total: int, clients: int, pid: int,
                               rows: int) -> dict:
    stop, running = asyncio.Event(), asyncio.Event()
    ingest = asyncio.create_task(ingest_forever(port, rows, stop, running))
    await asyncio.wait_for(running.wait(), 300)
    result = await load(port, endpoint, questions, total, clients, pid)
    stop.set()
    return {**result, **await ingest, "endpoint": endpoint + " +ingest"}


async def browse_forever(port: int, clients: int, entity: str, stop: asyncio.Event) -> dict:
    counts = {"browse_ok": 0, "browse_503": 0, "browse_other": 0}

    async def client(http: httpx.AsyncClient) -> None:
        while not stop.is_set():
            r = await http.get("/graph/subgraph", params={"entity": entity, "hops": 2, "limit": 500})
            key = "browse_ok" if r.status_code == 200 else "browse_503" if r.status_code == 503 else "browse_other"
            counts[key] += 1

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        await asyncio.gather(*[client(http) for _ in range(clients)])
    return {**counts, "browse_clients": clients}


async def load_while_browsing(port: int, endpoint: str, questions: list[str], total: int, clients: int, pid: int,
                              browsers: int, entity: str) -> dict:
    stop = asyncio.Event()
    browse = asyncio.create_task(browse_forever(port, browsers, entity, stop))
    await asyncio.sleep(0.5)
    result = await load(port, endpoint, questions, total, clients, pid)
    stop.set()
    return {**result, **await browse, "endpoint": endpoint + " +browse"}


def read_questions(path: str | None, limit: int = 500) -> list[str]:
    if not path:
        return DEMO_QUESTIONS
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line)["question"] if line.startswith("{") else line)
            if len(out) >= limit:
                break
    return out


def prepare_graph(args, tmp: Path) -> Path:
    from graphrag.pipeline import DEMO_GRAPH, GraphRAG

    graph = Path(args.graph) if args.graph else tmp / "graph"
    with GraphRAG.open(graph) as rag:
        if rag.store.stats()["triples"] == 0:
            rag.load(args.kb or DEMO_GRAPH)
        print(f"graph {graph}: {rag.store.stats()}", file=sys.stderr)
    return graph


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--graph", help="an existing graph directory (default: a fresh one in a temp dir)")
    p.add_argument("--kb", help="triples file to load into an empty graph (default: the demo graph)")
    p.add_argument("--questions", help="questions: JSONL with a `question` field, or one per line")
    p.add_argument("--requests", type=int, default=2000, help="requests per endpoint (default 2000)")
    p.add_argument("--clients", type=int, default=32, help="concurrent clients (default 32)")
    p.add_argument("--endpoints", default="/retrieve,/v1/chat/completions")
    p.add_argument("--workers", type=int, default=1, help="server processes (graphrag serve --workers)")
    p.add_argument("--warmup", type=int, default=1000,
                   help="untimed requests first, so the run measures warm caches (default 1000; 0 for cold)")
    p.add_argument("--with-ingest", type=int, metavar="ROWS", default=0,
                   help="then load the first endpoint again while ingestion jobs of ROWS new triples run")
    p.add_argument("--with-browse", type=int, metavar="N", default=0,
                   help="then load the first endpoint again beside N clients browsing GET /graph/subgraph")
    p.add_argument("--browse-entity", default="Barack Obama", help="the entity they browse (default: demo graph's)")
    p.add_argument("--json", metavar="FILE", help="also write the results here")
    args = p.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="graphrag-load-") as tmp:
        graph = prepare_graph(args, Path(tmp))
        port = free_port()
        server = start_server(graph, port, args.workers)
        try:
            questions = read_questions(args.questions)
            if args.warmup:  # steady state: every worker's word and name caches filled, not timed
                asyncio.run(load(port, args.endpoints.split(",")[0], questions, args.warmup, args.clients, server.pid))
            results = [asyncio.run(load(port, ep, questions, args.requests, args.clients, server.pid))
                       for ep in args.endpoints.split(",")]
            if args.with_ingest:
                results.append(asyncio.run(load_while_ingesting(port, results[0]["endpoint"], questions, args.requests,
                                                                args.clients, server.pid, args.with_ingest)))
            if args.with_browse:
                results.append(asyncio.run(load_while_browsing(port, results[0]["endpoint"], questions, args.requests,
                                                               args.clients, server.pid, args.with_browse,
                                                               args.browse_entity)))
        finally:
            server.terminate()
            server.wait(timeout=15)

    print(f"{'endpoint':<22} {'requests':>8} {'clients':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} "
          f"{'server CPU ms/req':>17} {'load avg':>8}")
    for r in results:
        print(f"{r['endpoint']:<22} {r['requests']:>8} {r['clients']:>7} {r['rps']:>8} {r['p50_ms']:>8} "
              f"{r['p99_ms']:>8} {r['errors']:>6} {r['server_cpu_ms_per_request'] or '-':>17} "
              f"{r['load_average']:>8} {r['error_kinds'] or ''}")
    for busy in results[1:]:
        if "browse_clients" in busy:
            print(f"p50 beside browsing / idle p50: {busy['p50_ms'] / results[0]['p50_ms']:.2f} "
                  f"({busy['browse_clients']} browsing clients: {busy['browse_ok']} subgraphs, "
                  f"{busy['browse_503']} answered 503)")
    if args.with_ingest:
        busy, idle = next(r for r in results if "ingest_jobs" in r), results[0]
        print(f"p50 with ingestion / idle p50: {busy['p50_ms'] / idle['p50_ms']:.2f} "
              f"({busy['ingest_jobs']} jobs of {busy['ingest_rows']:,} triples, {busy['ingest_failed']} failed)")
    if args.json:
        Path(args.json).write_text(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2))
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
