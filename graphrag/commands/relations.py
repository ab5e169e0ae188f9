"""`graphrag relations`: the graph's relations and the extra words questions use for them."""
from __future__ import annotations

import argparse
import sys

HELP = ("list the graph's relations with their extra question words, add or remove words, or ask the "
        "configured LLM to suggest them (once, at index time)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from graphrag.commands.args import add_graph_argument, add_llm_argument

    p.add_argument("--add", nargs="+", metavar=("RELATION", "WORD"),
                   help='add words or phrases for RELATION, e.g. --add "born in" birthplace hometown "native of"')
    p.add_argument("--remove", nargs="+", metavar=("RELATION", "WORD"),
                   help="remove words of RELATION (all of them when no WORD is given)")
    p.add_argument("--suggest", action="store_true",
                   help="ask the LLM (--llm or setting llm) for words of every relation that has none yet; "
                        "review the result: a small model suggests noise")
    p.add_argument("--all", action="store_true", help="with --suggest: also relations that already have words")
    p.add_argument("--top", type=int, default=100, metavar="N",
                   help="with --suggest: the N relations with the most facts (default 100; one model call each)")
    add_llm_argument(p, help="model for --suggest (default: setting llm)", with_none=False)
    p.add_argument("--json", action="store_true", help="print the relations and their words as JSON")
    add_graph_argument(p)


def run(args: argparse.Namespace) -> int:
    import json

    from graphrag import relation_words as rw
    from graphrag.errors import UserError
    from graphrag.settings import Settings
    from graphrag.store import open_store

    settings = Settings.load(args.graph, args.config, llm=args.llm)
    store = open_store(settings, create=False)
    try:
        counts = store.relation_counts()
        words = rw.load(settings.home_path)
        changed = False
        for spec, adding in ((args.add, True), (args.remove, False)):
            if not spec:
                continue
            rel, given = spec[0], spec[1:]
            if rel not in counts:
                raise UserError(f"no relation {rel!r} in {settings.home}; `graphrag relations` lists them")
            if adding:
                if not given:
                    raise UserError("--add needs RELATION and at least one WORD")
                added = rw.merge(words, rel, given)
                print(f"{rel}: added {', '.join(added) or 'nothing new'}", file=sys.stderr)
                changed |= bool(added)
            else:
                drop = {w.casefold() for w in given}
                before = words.get(rel, [])
                words[rel] = [w for w in before if given and w.casefold() not in drop]
                changed |= words[rel] != before
        if args.suggest:
            changed |= _suggest(settings, store, words, counts, redo=args.all, top=args.top)
        if changed:
            print(f"saved {rw.save(settings.home_path, words)}", file=sys.stderr)
    finally:
        store.close()
    if args.json:
        print(json.dumps({r: {"facts": n, "words": words.get(r, [])} for r, n in counts.items()},
                         ensure_ascii=False, indent=2))
    elif not (args.add or args.remove or args.suggest):
        width = max((_width(r) for r in counts), default=8)
        for r, n in sorted(counts.items(), key=lambda x: -x[1]):
            print(f"{r}{' ' * (width - _width(r))}  {n:>9,}  {', '.join(words.get(r, [])) or '-'}")
    return 0


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _suggest(settings, store, words: dict[str, list[str]], counts: dict[str, int], redo: bool, top: int) -> bool:
    from graphrag import relation_words as rw
    from graphrag.errors import UserError
    from graphrag.llm import LLMError, make_llm

    llm = make_llm(settings)
    if llm is None:
        raise UserError("--suggest needs a model: --llm openai (any OpenAI-compatible endpoint, see README) "
                        "or --llm local")
    ranked = sorted(counts, key=lambda r: -counts[r])[:max(top, 0)]
    todo = [r for r in ranked if redo or not words.get(r)]
    if len(counts) > len(ranked):
        print(f"asking about the {len(ranked)} relations with the most facts of {len(counts)} (--top)", file=sys.stderr)
    if not todo:
        print("those relations have words already (--all asks again)", file=sys.stderr)
        return False
    pairs = rw.examples(store)
    from tqdm import tqdm

    changed = False
    for rel in tqdm(todo, desc=f"asking {llm.name}", unit=" relations", disable=len(todo) < 3):
        try:
            added = rw.merge(words, rel, rw.suggest(llm, rel, pairs.get(rel, []),
                                                    is_entity=lambda w: bool(store.find_entities(w))))
        except LLMError as e:  # keep what the earlier relations gave
            print(f"{rel}: the model failed ({e}); stopping, words so far are kept", file=sys.stderr)
            break
        changed |= bool(added)
        print(f"{rel}: {', '.join(added) or '(nothing usable)'}", file=sys.stderr)
    return changed
