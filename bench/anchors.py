"""Three retrievers side by side, same process, same graph, same questions, same token counter:

  1. naive vector RAG over verbalised triples (bench/vector_rag.py)
  2. LlamaIndex KnowledgeGraphRAGRetriever, LLM-free, default depth 2 / 30 sequences (bench/llamaindex_rag.py)
  3. this project (GraphRAG.retrieve)

Prints a markdown table per hop (fact_hit, hits@1, p50 ms, mean tokens, and ratios to this
project), writes it with a JSON report and a PNG chart under --out.

    python bench/anchors.py ../shared/data/metaqa/dev.jsonl --graph /tmp/metaqa --limit 300
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import AnchorOutput, timed  # noqa: E402

from graphrag.evaluate import metrics  # noqa: E402
from graphrag.evaluate.questions import read_questions  # noqa: E402


def ours(rag, budget: int):
    def run(question: str) -> AnchorOutput:
        r = rag.retrieve(question, budget=budget)
        facts = [(f.edge.subject, f.edge.relation, f.edge.object) for f in r.facts]
        return AnchorOutput(facts, r.fact_block, r.fact_block_tokens, r.answers, entities=[e.name for e in r.entities])
    return run


def question_neighbourhood(rag, questions, per_entity: int = 300) -> set[int]:
    """Edge ids one hop from any entity linked in the question texts (no gold data is read)."""
    ids = {e.id for q in questions for e in rag.linker.link(q.question)}
    return {e.id for e in rag.store.neighbors(sorted(ids), direction="both", limit=per_entity)}


def score_anchor(name: str, fn, questions, progress: bool) -> list[dict]:
    from tqdm import tqdm

    fn(questions[0].question)  # warm-up: lazy loads are not part of any latency
    rows = []
    for q in tqdm(questions, desc=name, unit="q", disable=not progress, file=sys.stderr):
        o = timed(lambda: fn(q.question))
        names = [n for s, _, ob in o.facts for n in (s, ob)]
        hit, recall = metrics.fact_coverage(names, q.answers)
        rows.append({"id": q.id, "hops": q.hops, "fact_hit": hit, "fact_recall": recall,
                     "hits_at_1": metrics.hits_at_1(o.answers, q.answers), "ms": o.ms, "tokens": o.tokens})
    return rows


def summarise(rows: list[dict]) -> dict:
    return {"n": len(rows),
            "fact_hit": metrics.mean([r["fact_hit"] for r in rows]),
            "fact_recall": metrics.mean([r["fact_recall"] for r in rows]),
            "hits_at_1": metrics.mean([r["hits_at_1"] for r in rows]),
            "p50_ms": metrics.percentile([r["ms"] for r in rows], 50),
            "p95_ms": metrics.percentile([r["ms"] for r in rows], 95),
            "tokens": metrics.mean([r["tokens"] for r in rows])}


def by_hop(rows: list[dict]) -> dict[str, dict]:
    hops = sorted({r["hops"] for r in rows})
    out = {str(h): summarise([r for r in rows if r["hops"] == h]) for h in hops}
    out["all"] = summarise(rows)
    return out


def markdown(results: dict[str, dict[str, dict]], reference: str) -> str:
    head = ("| system | hops | n | fact_hit | hits@1 | p50 ms | p50 vs ours | tokens | tokens vs ours |\n"
            "|---|---|---:|---:|---:|---:|---:|---:|---:|")
    lines = [head]
    for name, groups in results.items():
        for hop, m in groups.items():
            ref = results[reference][hop]
            lat = m["p50_ms"] / ref["p50_ms"] if ref["p50_ms"] else float("nan")
            tok = m["tokens"] / ref["tokens"] if ref["tokens"] else float("nan")
            lines.append(f"| {name} | {hop} | {m['n']} | {m['fact_hit']:.3f} | {m['hits_at_1']:.3f} | "
                         f"{m['p50_ms']:.1f} | {lat:.2f}× | {m['tokens']:.0f} | {tok:.2f}× |")
    return "\n".join(lines)


def chart(results: dict[str, dict[str, dict]], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    names = list(results)
    hops = list(next(iter(results.values())))
    fig, axes = plt.subplots(1, 3, figsize=(14, 4))
    width = 0.8 / len(names)
    x = np.arange(len(hops))
    for ax, key, label, log in ((axes[0], "fact_hit", "fact_hit", False), (axes[1], "hits_at_1", "hits@1", False),
                                (axes[2], "p50_ms", "p50 latency, ms (log)", True)):
        for i, name in enumerate(names):
            ax.bar(x + i * width - 0.4 + width / 2, [results[name][h][key] for h in hops], width, label=name)
        ax.set_xticks(x, [f"{h}-hop" if h != "all" else "all" for h in hops])
        ax.set_title(label)
        if log:
            ax.set_yscale("log")
        else:
            ax.set_ylim(0, 1.02)
        ax.grid(axis="y", alpha=0.3)
    axes[0].legend(fontsize=8, loc="lower left")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("questions")
    p.add_argument("--graph", required=True, help="a graph built with `graphrag load`")
    p.add_argument("--budget", type=int, default=512, help="token budget for vector RAG and this project")
    p.add_argument("--hops", type=int, default=None, help="max path length for this project")
    p.add_argument("--limit", type=int, default=None, help="N questions, shared evenly between hops")
    p.add_argument("--sample", type=int, default=None,
                   help="vector RAG embeds N triples instead of all: the one-hop neighbourhood of the entities the "
                        "linker finds in the questions, topped up with random triples (faster; fewer distractors)")
    p.add_argument("--skip", action="append", default=[], choices=["vector", "llamaindex"],
                   help="leave an anchor out (e.g. llama-index-core not installed)")
    p.add_argument("--out", default=str(HERE / "out"), help="folder for the .md, .json and .png")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from graphrag.pipeline import GraphRAG
    from graphrag.settings import Settings
    from graphrag.tokens import default_counter

    questions = read_questions(args.questions, args.limit)
    rag = GraphRAG(Settings.load(args.graph, hops=args.hops, budget=args.budget))
    counter = default_counter(rag.settings.tokenizer)  # one counter for all three
    systems: dict[str, object] = {}
    notes: dict[str, object] = {}
    if "vector" not in args.skip:
        from vector_rag import VectorRAG

        t0 = time.perf_counter()
        keep = question_neighbourhood(rag, questions) if args.sample else None
        vec = VectorRAG(rag.store, counter, sample=args.sample, keep=keep, progress=not args.quiet)
        notes["vector"] = {**vec.meta, "setup_s": round(time.perf_counter() - t0, 1)}
        systems["vector RAG"] = lambda q: vec.retrieve(q, args.budget)
    if "llamaindex" not in args.skip:
        try:
            from llamaindex_rag import LlamaIndexGraphRAG

            li = LlamaIndexGraphRAG(rag, counter)
            notes["llamaindex"] = {"graph_traversal_depth": li.depth, "max_knowledge_sequence": li.max_sequences,
                                   "entity_extract_fn": "graphrag EntityLinker", "llm_calls": 0}
            systems["LlamaIndex KG-RAG"] = lambda q: li.retrieve(q)
        except ImportError as e:
            print(f"LlamaIndex anchor skipped: {e} (pip install -e '.[llamaindex]')", file=sys.stderr)
    systems["graphrag-kgqa"] = ours(rag, args.budget)

    results = {name: by_hop(score_anchor(name, fn, questions, not args.quiet)) for name, fn in systems.items()}
    table = markdown(results, "graphrag-kgqa")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(args.questions).parent.name or "bench"
    machine = f"{platform.machine()}, {os.cpu_count()} CPU cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    header = (f"{len(questions)} questions from {args.questions}, graph {args.graph}, budget {args.budget} tokens "
              f"({counter.name}), {machine}")
    print(header)
    print(table)
    (out / f"anchors-{stem}.md").write_text(header + "\n\n" + table + "\n", encoding="utf-8")
    (out / f"anchors-{stem}.json").write_text(json.dumps(
        {"results": results, "notes": notes, "questions": args.questions, "n": len(questions), "budget": args.budget,
         "machine": machine, "settings": rag.settings.public_dict()}, indent=2, ensure_ascii=False))
    chart(results, out / f"anchors-{stem}.png", f"{stem}: {len(questions)} questions, budget {args.budget}")
    for name, note in notes.items():
        print(f"{name}: {json.dumps(note, ensure_ascii=False)}", file=sys.stderr)
    print(f"written: {out}/anchors-{stem}.md .json .png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
