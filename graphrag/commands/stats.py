from __future__ import annotations

import argparse
import json

HELP = "show the size of a graph (triples, entities, relations, aliases) and its relations"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument

    p.add_argument("--profiles", action="store_true",
                   help="a table of relation profiles instead: what each relation's subjects and objects are "
                        "(time, number, text, name) and how many of each side the other side has")
    p.add_argument("--top", type=int, default=50, help="with --profiles: the relations with most triples (default 50)")
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    from graphrag.settings import Settings
    from graphrag.store import open_store

    settings = Settings.load(args.graph, args.config)
    store = open_store(settings, create=False)
    try:
        if args.profiles:
            from graphrag.retrievers import profiles

            print(profile_table(profiles.current(store, settings.home_path), args.top))
            return 0
        out = store.stats()
        out["relation_counts"] = store.relation_counts()
    finally:
        store.close()
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def profile_table(profiles: dict, top: int) -> str:
    """One row per relation, most triples first: its two sides' kinds, then per subject its
    objects (mean, median, share with exactly one) and per object its subjects."""
    rows = sorted(profiles.values(), key=lambda p: (-p.count, p.relation))
    head = ("relation", "triples", "subjects", "objects", "obj/subj mean", "median", "functional",
            "subj/obj mean", "median", "inv. functional")
    body = [(p.relation, f"{p.count:,}", p.subjects.kind, p.objects.kind, f"{p.objects.per_other_mean:.2f}",
             f"{p.objects.per_other_median:g}", f"{p.objects.functional:.2f}", f"{p.subjects.per_other_mean:.2f}",
             f"{p.subjects.per_other_median:g}", f"{p.subjects.functional:.2f}") for p in rows[:max(top, 0)]]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [head, *body]]
    if len(rows) > len(body):
        lines.append(f"… {len(rows) - len(body):,} more relations (--top N)")
    return "\n".join(lines)
