from __future__ import annotations

import argparse
import json

HELP = "show the size of a graph (triples, entities, relations, aliases) and its relations"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument

    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    from graphrag.settings import Settings
    from graphrag.store import open_store

    store = open_store(Settings.load(args.graph, args.config), create=False)
    try:
        out = store.stats()
        out["relation_counts"] = store.relation_counts()
    finally:
        store.close()
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0
