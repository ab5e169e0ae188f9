"""`graphrag eval`: score a graph on a question file, per hop and overall."""
from __future__ import annotations

import argparse
import json
import sys

HELP = "evaluate on a question file (JSON lines: id, question, answers, hops): hits@1, fact-block recall, latency"

DEFAULT_BUDGETS = "128,256,512,1024,2048"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument, add_llm_argument

    p.add_argument("questions", metavar="QUESTIONS.jsonl", help="e.g. ../shared/data/metaqa/dev.jsonl")
    p.add_argument("--budget", type=int, default=None, help="fact-block budget in tokens (default: settings, 512)")
    p.add_argument("--hops", type=int, default=None, help="max path length 1..3 (default: settings, 3)")
    add_llm_argument(p, help="answering model (default: none = extractive); hits@1 scores the ranked answer list")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="evaluate N questions, shared evenly between the hop groups (default: all)")
    p.add_argument("--json", metavar="OUT", default=None, help="write the report as JSON")
    p.add_argument("--plot", metavar="OUT.png", default=None,
                   help="also run each budget of --budgets and draw fact_hit and hits@1 per hop against budget")
    p.add_argument("--budgets", default=DEFAULT_BUDGETS, metavar="B1,B2,…",
                   help=f"budgets for --plot (default {DEFAULT_BUDGETS})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_graph_argument(p)


def _budgets(text: str) -> list[int]:
    from graphrag.errors import UserError

    try:
        values = sorted({int(b) for b in text.split(",") if b.strip()})
    except ValueError:
        raise UserError(f"--budgets: expected comma-separated integers, got {text!r}") from None
    if not values or values[0] <= 0:
        raise UserError("--budgets: give one or more positive integers")
    return values


def run(args: argparse.Namespace) -> int:
    from graphrag.errors import UserError
    from graphrag.evaluate.questions import read_questions
    from graphrag.evaluate.runner import aggregate, evaluate, format_table, run_config, warm_up
    from graphrag.pipeline import GraphRAG
    from graphrag.settings import Settings

    questions = read_questions(args.questions, args.limit)
    budgets = _budgets(args.budgets) if args.plot else []
    overrides = {k: v for k, v in {"budget": args.budget, "hops": args.hops}.items() if v is not None}
    # the llm setting goes through Settings: GraphRAG.open's `llm=` parameter takes a model object
    with GraphRAG(Settings.load(args.graph, args.config, llm=args.llm)) as rag:
        if rag.store.stats()["triples"] == 0:
            raise UserError(f"graph {rag.settings.home} is empty: load it first with `graphrag load FILE --graph DIR`")
        cold_ms = warm_up(rag, questions[0].question)
        outcomes = evaluate(rag, questions, progress=not args.quiet, **overrides)
        config = run_config(rag, args.questions, questions, overrides)
        config["cold_start_ms"] = round(cold_ms, 1)  # first request, not in the percentiles
        report = aggregate(outcomes, config)
        sweep = {}
        for b in budgets:
            if b == config["budget"]:
                sweep[b] = report
                continue
            sweep[b] = aggregate(evaluate(rag, questions, progress=not args.quiet, desc=f"budget {b}",
                                          **{**overrides, "budget": b}))
    print(f"{len(questions)} questions from {args.questions}, graph {config['graph']}, budget {config['budget']}, "
          f"hops {config['hops']}, llm {config['llm_model']}, embeddings {config['embed_model']}, "
          f"relation words {config['relation_words']}")
    print(format_table(report))
    if sweep:
        from graphrag.evaluate.plot import plot_budgets

        report.config["budget_sweep"] = {str(b): {"overall": r.overall, "per_hop": r.per_hop} for b, r in sweep.items()}
        path = plot_budgets(sweep, args.plot, title=f"{args.questions} (n={len(questions)})")
        print(f"plot written to {path}", file=sys.stderr)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report.to_dict(), fh, ensure_ascii=False, indent=2)
        print(f"report written to {args.json}", file=sys.stderr)
    return 0
