from __future__ import annotations

import argparse
import sys

HELP = "load triples (TSV s<TAB>r<TAB>o, CSV or JSONL) into a graph; re-loading a file changes nothing"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument

    p.add_argument("files", nargs="+", metavar="FILE", help="triple files (.tsv .csv .jsonl)")
    p.add_argument("--format", choices=["tsv", "csv", "jsonl"], default=None,
                   help="file format (default: from the file extension)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-index", action="store_true",
                   help="skip embedding the relation names (done here so questions never wait for it)")
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
        if not args.no_index and rag.settings.vector:
            _index_relations(rag, args.quiet)
        totals = rag.store.stats()
        print(f"graph {rag.settings.home}: {totals['triples']:,} triples, {totals['entities']:,} entities, "
              f"{totals['relations']:,} relations", file=sys.stderr)
    return 0


def _index_relations(rag, quiet: bool) -> None:
    """Relation-name vectors at load time, and their facts' (a sample): the ranker compares
    question words with them."""
    try:
        from graphrag.retrievers.vector import VectorIndexes, VectorRetriever
    except ImportError:
        return  # the `vector` extra is not installed: ranking stays lexical
    indexes = VectorIndexes(rag.settings.home_path, flat_max=rag.settings.vector_flat_max)
    opened = rag.vector is not None  # then each load's sync already embedded the facts' sample
    embedder = rag.vector.embedder if opened else rag.embedder
    if embedder is None or indexes.model() not in (None, embedder.name):
        return
    bar = None
    if not quiet:
        from tqdm import tqdm

        bar = tqdm(total=len(rag.store.relation_counts()), unit=" relations",
                   desc=f"embedding relation names ({embedder.name})")
    try:
        indexes.sync(rag.store, embedder, ["relation"], progress=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    rag.vector = VectorRetriever.open(rag.settings, embedder=embedder)
    if not opened:
        rag.embed_relation_facts()
