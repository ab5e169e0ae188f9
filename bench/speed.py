"""Question → fact block, two builds side by side in one run, against one MiniLM query embedding.

    python bench/speed.py --baseline d6e6e26 --graph /tmp/devsuite/graphs/metaqa \
        --questions ../shared/data/metaqa/dev.jsonl --limit 300 --rounds 3

Each build is laid out as an importable `graphrag` package in a temp folder (the package maps
retrievers/, ingest/ and server/ under graphrag/, as pyproject.toml does), and runs in its own
process: the same graph, the same questions, one warm-up pass, then `rounds` timed passes; the
builds alternate round by round so load on the machine falls on both. Each process also times
single-query MiniLM embeddings of fresh texts, so p50 is compared with what one model call costs
in the same conditions, and, for this build, the worst question a server accepts (4,000
characters of other questions' words; the slowest of the rounds, first seen and again; the
baseline is not timed on it: its scorer took minutes there). Prints p50/p95 per build and
their ratios.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r"""
import json, statistics, sys, time
from graphrag.pipeline import GraphRAG
graph, qfile, limit, worst_too = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
qs = [json.loads(l)["question"] for l in open(qfile, encoding="utf-8") if l.strip()]
step = max(1, len(qs) // limit)
qs = qs[::step][:limit]
rag = GraphRAG.open(graph, llm="none")
for q in qs:  # warm: model loaded, word caches filled, as in a running server
    rag.retrieve(q)
times = []
for q in qs:
    t = time.perf_counter(); rag.retrieve(q); times.append((time.perf_counter() - t) * 1000)
# the worst question the server accepts: 4,000 characters of other questions' words, first seen
# (words new to the caches) and again (warm)
worst = " ".join(qs[::-1])[:4000]
worst_ms = []
for _ in range(2 if worst_too else 0):
    t = time.perf_counter(); rag.retrieve(worst); worst_ms.append((time.perf_counter() - t) * 1000)
emb = getattr(rag, "embedder", None) or rag.encoder  # renamed between builds
embed = []
for i in range(30):  # fresh texts: no cache hit
    t = time.perf_counter(); emb.encode([f"what films did person number {i} {time.time()} direct"], kind="query")
    embed.append((time.perf_counter() - t) * 1000)
print(json.dumps({"times": times, "embed_ms": statistics.median(embed), "worst_ms": worst_ms}))
"""


def lay_out(src: Path, dest: Path) -> Path:
    """`src` (a checkout) as an importable package tree under `dest`."""
    pkg = dest / "graphrag"
    shutil.copytree(src / "graphrag", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for sub in ("retrievers", "ingest", "server"):
        if (src / sub).is_dir():
            shutil.copytree(src / sub, pkg / sub, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def checkout(ref: str, dest: Path) -> Path:
    out = dest / "src"
    out.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", required=True, help="git ref of the build to compare with (e.g. main~5)")
    ap.add_argument("--graph", required=True)
    ap.add_argument("--questions", required=True)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        builds = {"baseline": lay_out(checkout(a.baseline, tmp / "base"), tmp / "base" / "pkg"),
                  "this build": lay_out(ROOT, tmp / "new")}
        runs: dict[str, dict] = {name: {"times": [], "embed_ms": [], "worst_ms": []} for name in builds}
        for r in range(a.rounds):
            for name, path in builds.items():
                env = {"PYTHONPATH": str(path), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                       "PATH": "/usr/bin:/bin"}
                # the baseline's scorer may take minutes on the worst question (that was the bug)
                worst = "1" if name == "this build" else "0"
                out = subprocess.run([sys.executable, "-c", WORKER, a.graph, a.questions, str(a.limit), worst],
                                     capture_output=True, text=True, env=env, cwd=tmp)
                if out.returncode:
                    sys.exit(f"{name} failed:\n{out.stderr[-3000:]}")
                got = json.loads(out.stdout.strip().splitlines()[-1])
                runs[name]["times"] += got["times"]
                runs[name]["embed_ms"].append(got["embed_ms"])
                runs[name]["worst_ms"].append(got["worst_ms"])
                print(f"round {r + 1} {name}: p50 {percentile(got['times'], 50):.1f} ms", file=sys.stderr)
    report = {}
    for name, got in runs.items():
        t = got["times"]
        report[name] = {"n": len(t), "p50_ms": round(percentile(t, 50), 2), "p95_ms": round(percentile(t, 95), 2),
                        "minilm_query_ms": round(sorted(got["embed_ms"])[len(got["embed_ms"]) // 2], 2),
                        "worst_question_ms": {"first": round(max(w[0] for w in got["worst_ms"]), 1),
                                              "again": round(max(w[1] for w in got["worst_ms"]), 1)}
                        if any(got["worst_ms"]) else None}
    base, new = report["baseline"], report["this build"]
    report["ratio_p50"] = round(new["p50_ms"] / base["p50_ms"], 3)
    report["ratio_p95"] = round(new["p95_ms"] / base["p95_ms"], 3)
    report["p50_over_embedding"] = round(new["p50_ms"] / new["minilm_query_ms"], 3)
    print(json.dumps(report, indent=1))
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
