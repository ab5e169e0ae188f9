"""`graphrag forget DOC...`: take a document's facts and chunks out of the graph."""
from __future__ import annotations

import argparse
import json
import sys

HELP = ("retract ingested documents (by path, file name or sha256 prefix): their facts leave the graph "
        "unless another document states them, their chunks are dropped")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument

    p.add_argument("docs", nargs="+", metavar="DOC", help="path, file name or sha256 prefix (8+ hex digits)")
    p.add_argument("--dry-run", action="store_true", help="say what would be retracted; change nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    from graphrag.ingest.lifecycle import forget
    from graphrag.pipeline import GraphRAG
    from graphrag.settings import Settings

    from graphrag.errors import UserError
    from graphrag.ingest.docstore import path_for

    settings = Settings.load(args.graph, args.config)
    if not path_for(settings.home_path).is_file():  # checked before anything is opened (or created)
        raise UserError(f"no documents were ingested into {settings.home}")
    if args.dry_run:  # reads documents.sqlite only: no graph is opened
        r = forget(args.docs, None, settings.home_path, dry_run=True)
    else:  # through GraphRAG: the lexicon and vector indexes follow what was retracted
        with GraphRAG.open(args.graph, config=args.config) as rag:
            r = rag.forget(args.docs)
    if args.json:
        print(json.dumps(r.to_dict(), ensure_ascii=False, indent=2))
    verb = "would retract" if r.dry_run else "retracted"
    kept = f", {r.triples_kept} stored from another source left alone" if r.triples_kept else ""
    print(f"{verb} {', '.join(r.documents) or 'nothing'}: {r.triples_deleted} facts removed, "
          f"{r.triples_reattributed} kept (stated by another document){kept}, {r.chunks} chunks", file=sys.stderr)
    return 0
