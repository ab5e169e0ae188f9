"""Cut a small sample graph with questions out of a big triple file, so the README's "load → ask →
eval" runs from a fresh clone. Reproducible: same inputs and seed, same files.

    python scripts/make_sample.py ../shared/data/metaqa/kb.tsv ../shared/data/metaqa/dev.jsonl examples/metaqa

A question is kept only when the sample holds every gold answer together with every path of the
question's length from its topic entity to those answers (through entities of moderate degree),
so the answers a question's relation path reaches in the sample are exactly its gold answers
(never more: the sample's triples are a subset of the full graph's). The sample is the induced
subgraph on the kept questions' entities and their neighbours: every triple of the full graph
between two of them.
Knows nothing about the graph's relations or question templates.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path


def read_triples(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[0], parts[1], parts[2]))
    return rows


def needed_entities(topic: str, answers: set[str], hops: int, nbr: dict[str, set[str]],
                    is_hub) -> set[str] | None:
    """Topic, answers and every entity on a `hops`-long path between them whose inner entities are
    not hubs; None when some answer has no such path."""
    if topic not in nbr or not answers <= nbr.keys():
        return None
    forward = [{topic}]  # forward[i]: reached from the topic in i steps
    for _ in range(hops - 1):
        forward.append({m for n in forward[-1] for m in nbr[n] if not is_hub(m)})
    # walk back from the answers, keeping only entities that also lie forward at that distance
    layers = [set(answers)]
    for i in range(hops - 1, 0, -1):
        layers.append({m for n in layers[-1] for m in nbr[n]} & forward[i])
    reached = {m for n in layers[-1] for m in nbr[n]} & {topic}
    if not reached:
        return None
    # every answer must be adjacent to the last inner layer (or to the topic for one hop)
    last = layers[1] if hops > 1 else {topic}
    if any(not (nbr[a] & last) for a in answers):
        return None
    out = {topic}
    for layer in layers:
        out |= layer
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("kb", type=Path, help="full triple file, subject<TAB>relation<TAB>object")
    p.add_argument("questions", type=Path, help="JSONL with question, answers, hops, topic_entity")
    p.add_argument("out", type=Path, help="folder for kb.tsv and questions.jsonl")
    p.add_argument("--per-hop", type=int, default=20, help="questions kept per hop count")
    p.add_argument("--max-entities", type=int, default=40, help="largest entity set one question may add")
    p.add_argument("--max-answers", type=int, default=8)
    p.add_argument("--hub-degree", type=int, default=60, help="inner path entities must have fewer edges")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-neighbours", dest="neighbours", action="store_false",
                   help="only the questions' own entities, no neighbouring distractors")
    a = p.parse_args(argv)

    triples = read_triples(a.kb)
    nbr: dict[str, set[str]] = defaultdict(set)
    for s, _, o in triples:
        nbr[s].add(o)
        nbr[o].add(s)
    nbr = dict(nbr)
    is_hub = lambda n: len(nbr[n]) >= a.hub_degree  # noqa: E731

    questions = [json.loads(line) for line in a.questions.open(encoding="utf-8") if line.strip()]
    random.Random(a.seed).shuffle(questions)
    kept: list[dict] = []
    per_hop: dict[int, int] = defaultdict(int)
    entities: set[str] = set()
    for q in questions:
        hops = int(q["hops"])
        if per_hop[hops] >= a.per_hop or not q.get("kb_answers_equal_gold", True):
            continue
        answers = set(q["answers"])
        if not answers or len(answers) > a.max_answers:
            continue
        need = needed_entities(q["topic_entity"], answers, hops, nbr, is_hub)
        if need is None or len(need) > a.max_entities:
            continue
        kept.append(q)
        per_hop[hops] += 1
        entities |= need

    # distractors: the other neighbours of the kept non-hub entities (a film's other actors, its
    # year, genres, tags), so retrieval has to choose among facts like those in the full graph
    if a.neighbours:
        entities |= {m for n in list(entities) if not is_hub(n) for m in nbr[n]}
    sample = [t for t in triples if t[0] in entities and t[2] in entities]
    # the same check on the sample itself: each kept question still has all its answer paths
    snbr: dict[str, set[str]] = defaultdict(set)
    for s, _, o in sample:
        snbr[s].add(o)
        snbr[o].add(s)
    for q in kept:
        assert needed_entities(q["topic_entity"], set(q["answers"]), int(q["hops"]), dict(snbr), is_hub), q["id"]

    a.out.mkdir(parents=True, exist_ok=True)
    with (a.out / "kb.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(f"{s}\t{r}\t{o}\n" for s, r, o in sample)
    kept.sort(key=lambda q: (int(q["hops"]), q["id"]))
    with (a.out / "questions.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in kept)
    print(f"{len(sample)} triples, {len(entities)} entities, {len(kept)} questions "
          f"({', '.join(f'{h}-hop: {n}' for h, n in sorted(per_hop.items()))}) -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
