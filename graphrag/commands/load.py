from __future__ import annotations

import argparse
import sys

HELP = "load triples (TSV s<TAB>r<TAB>o, CSV or JSONL) into a graph; re-loading a file changes nothing"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.cli import add_graph_argument

    p.add_argument("files", nargs="+", metavar="FILE", help="triple files (.tsv .csv .jsonl)")
    p.add_argument("--format", choices=["tsv", "csv", "jsonl"], default=None,
                   help="file format (default: from the file extension)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    from graphrag.pipeline import GraphRAG

    with GraphRAG.open(args.graph, config=args.config) as rag:
        for f in args.files:
            s = rag.load(f, args.format, progress=not args.quiet)
            st = s.stats
            print(f"{f}: {st.read:,} triples read, {st.added:,} added, {st.existing:,} already present, "
                  f"{st.new_entities:,} new entities, {st.new_relations:,} new relations, {s.aliases:,} aliases "
                  f"in {s.seconds:.2f}s ({s.per_second:,.0f} triples/s)", file=sys.stderr)
        totals = rag.store.stats()
        print(f"graph {rag.settings.home}: {totals['triples']:,} triples, {totals['entities']:,} entities, "
              f"{totals['relations']:,} relations", file=sys.stderr)
    return 0
