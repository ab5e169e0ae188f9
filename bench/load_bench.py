"""Load and memory benchmark: `graphrag load` throughput, `graphrag index` build time, and the
resident memory of a process serving the graph (opened, warmed, answering questions).

Each step runs in its own process on a fresh graph directory, so one step's caches and memory
do not flatter the next.

    python bench/load_bench.py ../shared/data/metaqa/kb.tsv --questions ../shared/data/metaqa/dev.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SERVE = r"""
import json, resource, sys, time
from graphrag.evaluate.questions import read_questions
from graphrag.pipeline import GraphRAG
from graphrag.settings import Settings

def rss_now():
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("VmRSS")) / 1024

graph, qfile, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
rag = GraphRAG(Settings.load(graph))
rag.linker  # lexicon loaded
opened = rss_now()
qs = read_questions(qfile, n)
rag.retrieve(qs[0].question)
ready_s = time.perf_counter() - t0
for q in qs:
    rag.retrieve(q.question)
print(json.dumps({"rss_open_mb": round(opened, 1), "rss_serving_mb": round(rss_now(), 1),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "ready_s": round(ready_s, 2), "questions": len(qs), "vector": rag.settings.vector,
                  "vector_index": rag.vector is not None}))
"""


def timed_run(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return seconds, proc


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kb", help="triple file, e.g. ../shared/data/metaqa/kb.tsv")
    p.add_argument("--questions", required=True, help="questions to serve while measuring memory")
    p.add_argument("--serve-n", type=int, default=90, help="questions answered in the memory step")
    p.add_argument("--no-index", action="store_true", help="skip `graphrag index` (relation names, name index, profiles; `--kinds entity` embeds entity names)")
    p.add_argument("--out", default=str(HERE / "out"))
    args = p.parse_args(argv)

    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    with open(args.kb, encoding="utf-8") as fh:
        lines = sum(1 for line in fh if line.strip())
    with tempfile.TemporaryDirectory(prefix="graphrag-bench-") as tmp:
        graph = str(Path(tmp) / "graph")
        load_s, proc = timed_run([sys.executable, "-m", "graphrag.cli", "load", args.kb, "--graph", graph, "--quiet"], env)
        report = {"kb": args.kb, "triples": lines, "load_s": round(load_s, 2),
                  "load_triples_per_s": round(lines / load_s), "load_log": proc.stderr.strip().splitlines()[-2:]}
        if not args.no_index:
            index_s, proc = timed_run([sys.executable, "-m", "graphrag.cli", "index", "--graph", graph, "--quiet"], env)
            report["index_s"] = round(index_s, 2)
            report["index_log"] = proc.stderr.strip().splitlines()[-3:]
        size = sum(f.stat().st_size for f in Path(graph).rglob("*") if f.is_file())
        report["graph_dir_mb"] = round(size / 2**20, 1)
        _, proc = timed_run([sys.executable, "-c", SERVE, graph, args.questions, str(args.serve_n)], env)
        report["serve"] = json.loads(proc.stdout.strip().splitlines()[-1])
    report["machine"] = f"{platform.machine()}, {os.cpu_count()} CPU cores, Python {platform.python_version()}"
    s = report["serve"]
    print(f"| triples | load s | triples/s | index s | graph on disk MB | RSS open MB | RSS serving MB | peak RSS MB |\n"
          f"|---:|---:|---:|---:|---:|---:|---:|---:|\n"
          f"| {lines:,} | {report['load_s']} | {report['load_triples_per_s']:,} | {report.get('index_s', '-')} | "
          f"{report['graph_dir_mb']} | {s['rss_open_mb']} | {s['rss_serving_mb']} | {s['peak_rss_mb']} |")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(args.kb).parent.name or "kb"
    (out / f"load-{stem}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"written: {out}/load-{stem}.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
