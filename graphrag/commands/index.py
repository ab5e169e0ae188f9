from __future__ import annotations

import argparse
import sys
import time

HELP = ("build or update the vector indexes of a graph (entity names, relation names; triples and "
        "text chunks on request): incremental unless --rebuild")

DEFAULT_KINDS = ("entity", "relation")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument

    p.add_argument("--kinds", default=None,
                   help="comma-separated: entity,relation,triple,chunk (default: entity,relation, plus chunk "
                        "when the graph has text chunks; triple embeds every fact: ~460 s for 133k on 2 cores)")
    p.add_argument("--rebuild", action="store_true", help="drop and re-embed the chosen kinds")
    p.add_argument("--model", default=None,
                   help="embedding model: auto | minilm | e5 | a sentence-transformers folder (default: setting "
                        "embed_model; auto = e5 when the graph has CJK names, else minilm)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_graph_argument(p)


def parse_kinds(value: str | None, has_chunks: bool) -> list[str]:
    from graphrag.errors import UserError
    from graphrag.retrievers.vector import KINDS

    if not value:
        return [*DEFAULT_KINDS, *(["chunk"] if has_chunks else [])]
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise UserError(f"--kinds: unknown kind(s) {', '.join(bad) or '(none)'}; choose from {', '.join(KINDS)}")
    return list(dict.fromkeys(kinds))


def run(args: argparse.Namespace) -> int:
    from graphrag.embed import load_embedder, resolve_model
    from graphrag.settings import Settings
    from graphrag.store import open_store
    from graphrag.ingest.docstore import iter_chunks, path_for
    from graphrag.retrievers.vector import VectorIndexes, graph_has_cjk

    settings = Settings.load(args.graph, args.config, embed_model=args.model)
    store = open_store(settings, create=False)
    t0 = time.perf_counter()
    try:
        home = settings.home_path
        kinds = parse_kinds(args.kinds, path_for(home).is_file())
        indexes = VectorIndexes(home, flat_max=settings.vector_flat_max, chunks=lambda: iter_chunks(home))
        model = settings.embed_model
        if model == "auto":  # keep the model the index already has, unless rebuilding
            model = (None if args.rebuild else indexes.model()) or resolve_model("auto", graph_has_cjk(store))
        embedder = load_embedder(model)
        plans = indexes.plan(store, kinds, embedder.name, embedder.dim, rebuild=args.rebuild)
        todo = sum(len(p.add) for p in plans)
        bar = None
        if todo and not args.quiet:
            from tqdm import tqdm

            bar = tqdm(total=todo, unit=" texts", desc=f"embedding ({embedder.name})", unit_scale=True)
        try:
            stats = indexes.apply(plans, embedder, progress=bar.update if bar else None)
        finally:
            if bar:
                bar.close()
    finally:
        store.close()
    for s in stats:
        how = "rebuilt" if s.rebuilt else "updated"
        print(f"{s.kind}: {how}, {s.added:,} added, {s.removed:,} removed, {s.total:,} vectors ({s.index_type})",
              file=sys.stderr)
    print(f"vector indexes of {settings.home} ({embedder.name}, dim {embedder.dim}) in "
          f"{time.perf_counter() - t0:.1f}s: {indexes.dir}", file=sys.stderr)
    return 0
