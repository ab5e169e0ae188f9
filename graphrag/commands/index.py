from __future__ import annotations

import argparse
import sys
import time

HELP = ("build or update the indexes of a graph: relation-name vectors, the name index for misspelled "
        "names and the relation profiles (entity-name, triple and text-chunk vectors on request); "
        "incremental unless --rebuild")

# Entity names are not embedded by default: the trigram name index (retrievers/names.py) links
# misspelled names better and is built in a second where embedding MetaQA's 43k names took ~80 s.
DEFAULT_KINDS = ("relation",)


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument

    p.add_argument("--kinds", default=None,
                   help="comma-separated: entity,relation,triple,chunk (default: relation, plus chunk when the "
                        "graph has text chunks; entity embeds every name: ~80 s for 43k on 2 cores, a second "
                        "fallback for linking; triple embeds every fact: ~460 s for 133k)")
    p.add_argument("--rebuild", action="store_true", help="drop and re-embed the chosen kinds")
    p.add_argument("--model", default=None,
                   help="embedding model: auto | minilm | e5 | a sentence-transformers folder (default: setting "
                        "embed_model; auto = e5 when the graph has CJK names, else minilm)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_graph_argument(p)


def parse_kinds(value: str | None, has_chunks: bool, present: tuple[str, ...] = ()) -> list[str]:
    """The kinds asked for; by default relation names, text chunks when there are some, and
    every kind already indexed (kept current)."""
    from graphrag.errors import UserError
    from graphrag.retrievers.vector import KINDS

    if not value:
        return list(dict.fromkeys([*DEFAULT_KINDS, *(["chunk"] if has_chunks else []), *present]))
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise UserError(f"--kinds: unknown kind(s) {', '.join(bad) or '(none)'}; choose from {', '.join(KINDS)}")
    return list(dict.fromkeys(kinds))


def run(args: argparse.Namespace) -> int:
    from graphrag.settings import Settings
    from graphrag.store import open_store

    settings = Settings.load(args.graph, args.config, embed_model=args.model)
    store = open_store(settings, create=False)
    try:
        _index_names_and_profiles(store, settings, args.rebuild)
        t1 = time.perf_counter()
        done = _index_vectors(store, settings, args)
    finally:
        store.close()
    _index_relation_facts(settings, changed=done is not None)
    if done is None:
        print(f"vector indexes of {settings.home} are up to date ({time.perf_counter() - t1:.1f}s)", file=sys.stderr)
        return 0
    stats, embedder, indexes = done
    for s in stats:
        how = "rebuilt" if s.rebuilt else "updated"
        print(f"{s.kind}: {how}, {s.added:,} added, {s.removed:,} removed, {s.total:,} vectors ({s.index_type})",
              file=sys.stderr)
    print(f"vector indexes of {settings.home} ({embedder.name}, dim {embedder.dim}) in "
          f"{time.perf_counter() - t1:.1f}s: {indexes.dir}", file=sys.stderr)
    return 0


def _index_names_and_profiles(store, settings, rebuild: bool) -> None:
    """The name index (misspelled names) and relation profiles: no model, seconds."""
    from graphrag.retrievers import profiles
    from graphrag.retrievers.names import NameIndex

    home = settings.home_path
    t0 = time.perf_counter()
    names = NameIndex() if rebuild else (NameIndex.load(home) or NameIndex())
    added = removed = 0
    if names.store_version != store.version():
        added, removed = names.sync(store)
        names.save(home)
    t1 = time.perf_counter()
    found = None if rebuild else profiles.load(home, store.version())
    if found is None:
        found = profiles.compute(store)
        profiles.save(home, store.version(), found)
    print(f"names: {added:,} added, {removed:,} removed, {len(names):,} names ({t1 - t0:.1f}s); "
          f"relation profiles: {len(found):,} relations ({time.perf_counter() - t1:.1f}s)", file=sys.stderr)


def _index_relation_facts(settings, changed: bool) -> None:
    """A sample of each relation's facts embedded by the models that read relations, so the
    first question does not wait for them (`graphrag load` does the same after each write)."""
    from graphrag.pipeline import GraphRAG
    from graphrag.retrievers.vector import VectorIndexes

    model = VectorIndexes(settings.home_path).model()
    if model is None or not settings.vector or (not changed and _relation_texts_embedded(settings.home_path, model)):
        return
    t0 = time.perf_counter()
    with GraphRAG(settings.replace(llm="none")) as rag:
        rag.embed_relation_facts()
    print(f"relation facts' vectors ({time.perf_counter() - t0:.1f}s)", file=sys.stderr)


def _relation_texts_embedded(home, model: str) -> bool:
    """Whether the saved relation facts' vectors hold every text they should, without loading a
    model (a file from an older build may lack the sides' example names)."""
    from graphrag.pipeline import relation_texts
    from graphrag.retrievers import profiles
    from graphrag.retrievers.text_vectors import TextVectors, facts_file

    found = profiles.load(home)
    vectors = TextVectors.load(home, model, facts_file(model))
    return found is not None and len(vectors) > 0 and all(vectors.find(t) is not None for t in relation_texts(found))


def _index_vectors(store, settings, args: argparse.Namespace):
    """(stats, embedder, indexes), or None when every chosen kind is current (no model loaded)."""
    from graphrag.embed import load_embedder, resolve_model
    from graphrag.ingest.docstore import iter_chunks, path_for
    from graphrag.retrievers.vector import VectorIndexes, graph_has_cjk

    home = settings.home_path
    indexes = VectorIndexes(home, flat_max=settings.vector_flat_max, chunks=lambda: iter_chunks(home))
    kinds = parse_kinds(args.kinds, path_for(home).is_file(), tuple(indexes.present()))
    if not args.rebuild and args.model is None and not indexes.stale(store, kinds):
        return None
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
    return stats, embedder, indexes
