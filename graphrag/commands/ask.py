from __future__ import annotations

import argparse
import json
import sys

HELP = "answer a question from the graph (the bundled demo graph when the graph is empty)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument, add_llm_argument

    p.add_argument("question", help='e.g. "What country was Obama born in?"')
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    add_llm_argument(p, help="answering model (default: none = extractive, no model)")
    p.add_argument("--budget", type=int, default=None, help="fact-block budget in tokens (default 512)")
    p.add_argument("--hops", type=int, default=None, help="max path length 1..3 (default 3)")
    p.add_argument("--top-k", type=int, default=None, dest="top_k", help="ranked facts kept before budgeting")
    p.add_argument("--no-demo", action="store_true", help="do not load the demo graph into an empty graph")
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    from graphrag.pipeline import GraphRAG

    overrides = {"llm": args.llm, "budget": args.budget, "hops": args.hops, "top_k": args.top_k}
    with GraphRAG.open(args.graph, config=args.config, **overrides) as rag:
        if not args.no_demo and rag.store.stats()["triples"] == 0:
            from graphrag.pipeline import DEMO_GRAPH

            print(f"graph {rag.settings.home} is empty: loading the bundled demo graph "
                  f"(load your own with `graphrag load FILE`)", file=sys.stderr)
            rag.load(DEMO_GRAPH)
        result = rag.ask(args.question)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(result.answer)
    if result.error:
        print(f"note: {result.error}", file=sys.stderr)
    if result.fact_block:
        print("\nFacts:\n" + result.fact_block)
    return 0
