"""Entity linking on misspelled mentions: a seeded set made from MetaQA dev, and its score.

    python bench/typo_links.py build [--n 200] [--seed 14]    # → bench/out/typo_links.jsonl
    python bench/typo_links.py score --graph DIR [--method names|vector|both|vector+names]

`build` takes MetaQA dev questions (`question_marked` brackets the topic entity) and corrupts the
mention the way people type: a dropped, doubled or swapped letter, a neighbouring key, accents
left out, a word left out of a long name, usually lowercased as well. Every row differs from the
gold name after case folding, so the exact lexicon alone cannot resolve the mention as written.

`score` reports top-1 / top-3 (the gold entity is the first / among the first three linked; names
compared case-folded: "Sniper" the film and "sniper" the tag are one key to any linker) twice:
the fallback of `--method` alone on every question (as if the lexicon had found nothing: what
the fallback can do), and the links retrieval makes (the linker, with the name index where the
build has one and `--method` uses it, then the vector fallback when nothing was linked). On a
build with the name index, `--method vector` leaves out the rapidfuzz pass the index replaced
too; for the build before, run this script with that build's Python.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "out" / "typo_links.jsonl"

# neighbouring keys on a QWERTY keyboard, for substitution typos
_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEAR = {c: "".join(r[j] for j in (i - 1, i + 1) if 0 <= j < len(r)) for r in _ROWS for i, c in enumerate(r)}


def _letters(word: str) -> list[int]:
    return [i for i, c in enumerate(word) if c.isalpha()]


def _edit(mention: str, rng: random.Random) -> tuple[str, str]:
    """One character edit inside a word of at least four letters (typos in short words are
    rarely made and rarely recoverable)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", mention) if len(m.group()) >= 4]
    if not words:
        words = [(m.start(), m.end()) for m in re.finditer(r"\w+", mention)]
    a, b = rng.choice(words)
    w = mention[a:b]
    kind = rng.choice(["drop", "double", "swap", "near"])
    i = rng.randrange(1, len(w)) if len(w) > 1 else 0  # first letters are typed right more often
    if kind == "drop" and len(w) > 2:
        w = w[:i] + w[i + 1:]
    elif kind == "swap" and len(w) > 2:
        i = min(i, len(w) - 2)
        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == "near" and w[i].lower() in NEAR:
        c = rng.choice(NEAR[w[i].lower()])
        w = w[:i] + (c.upper() if w[i].isupper() else c) + w[i + 1:]
    else:
        kind = "double"
        w = w[:i] + w[i] + w[i:]
    return mention[:a] + w + mention[b:], kind


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def corrupt(mention: str, rng: random.Random) -> tuple[str, list[str]]:
    kinds: list[str] = []
    out = mention
    if _strip_accents(out) != out and rng.random() < 0.7:
        out, kinds = _strip_accents(out), ["accents"]
    words = out.split()
    if not kinds and len(words) >= 3 and rng.random() < 0.25:  # a word left out of a long name
        j = rng.randrange(len(words))
        out, kinds = " ".join(words[:j] + words[j + 1:]), ["missing word"]
    if not kinds or rng.random() < 0.3:
        out, k = _edit(out, rng)
        kinds.append(k)
        if len(out) >= 14 and rng.random() < 0.3:  # long names get a second typo
            out, k = _edit(out, rng)
            kinds.append(k)
    if rng.random() < 0.6:
        out, kinds = out.lower(), [*kinds, "lowercase"]
    return out, kinds


def build(n: int, seed: int, path: Path) -> None:
    from graphrag.normalize import fold

    rng = random.Random(seed)
    rows = [json.loads(line) for line in (DATA / "metaqa" / "dev.jsonl").open(encoding="utf-8")]
    rng.shuffle(rows)
    out = []
    for row in rows:
        m = re.search(r"\[([^\]]+)\]", row["question_marked"])
        if not m or m.group(1) != row["topic_entity"]:
            continue
        typed, kinds = corrupt(m.group(1), rng)
        if fold(typed) == fold(m.group(1)) or len(typed) < 3:
            continue
        q = row["question_marked"][:m.start()] + typed + row["question_marked"][m.end():]
        out.append({"id": row["id"], "question": q, "topic_entity": row["topic_entity"], "typed": typed,
                    "corruption": kinds, "hops": row["hops"]})
        if len(out) >= n:
            break
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} questions → {path}", file=sys.stderr)


def score(graph: str, method: str, path: Path, limit: int | None) -> dict:
    from graphrag.normalize import fold
    from graphrag.pipeline import GraphRAG

    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    rag = GraphRAG.open(graph, llm="none")
    linker = rag.linker
    names = getattr(linker, "names", None)
    if method in ("vector", "vector+names") and (rag.vector is None or rag.vector.indexes.get("entity") is None):
        sys.exit(f"{graph} has no entity vector index (graphrag index --kinds entity)")
    if method in ("names", "both", "vector+names") and names is None:
        sys.exit(f"this build's linker has no name index")
    if rag.vector is not None:
        rag.vector.embed_question("warm up")

    def fallback(q: str):
        order = {"names": ["names"], "vector": ["vector"], "both": ["names", "vector"],
                 "vector+names": ["vector", "names"]}[method]
        for m in order:
            found = names.link(q, k=3) if m == "names" else rag.vector.link_fallback(q, rag.store, k=3)
            if found:
                return found
        return []

    def as_retrieval_links(q: str):
        """What retrieval links: the linker (with the name index where this build has one and
        the method uses it), then the vector fallback when nothing was linked."""
        if names is None:
            found = linker.link(q)
        else:
            found = linker.link(q, fallback=method != "vector")
        if not found and method != "names" and rag.vector is not None:
            found = rag.vector.link_fallback(q, rag.store, k=3)
        return found

    stats = {"n": len(rows), "top1": 0, "top3": 0, "alone_top1": 0, "alone_top3": 0}
    ms = []
    for row in rows:
        gold = fold(row["topic_entity"])
        alone = [fold(e.name) == gold for e in fallback(row["question"])]  # as if the lexicon found nothing
        stats["alone_top1"] += bool(alone[:1] and alone[0])
        stats["alone_top3"] += any(alone[:3])
        t0 = time.perf_counter()
        linked = as_retrieval_links(row["question"])
        ms.append((time.perf_counter() - t0) * 1000)
        hit = [fold(e.name) == gold for e in linked]
        stats["top1"] += bool(hit[:1] and hit[0])
        stats["top3"] += any(hit[:3])
    ms.sort()
    stats["link_p50_ms"] = round(ms[len(ms) // 2], 2) if ms else None
    stats["link_max_ms"] = round(ms[-1], 2) if ms else None
    rag.close()
    return stats


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--n", type=int, default=200)
    b.add_argument("--seed", type=int, default=14)
    b.add_argument("--out", type=Path, default=OUT)
    s = sub.add_parser("score")
    s.add_argument("--graph", required=True)
    s.add_argument("--method", default="names", choices=["names", "vector", "both", "vector+names"])
    s.add_argument("--questions", type=Path, default=OUT)
    s.add_argument("--limit", type=int, default=None)
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if a.cmd == "build":
        build(a.n, a.seed, a.out)
    else:
        st = score(a.graph, a.method, a.questions, a.limit)
        n = st["n"]
        print(f"{a.method} alone on every question: top-1 {st['alone_top1'] / n:.3f}, top-3 {st['alone_top3'] / n:.3f}")
        print(f"{a.method} as retrieval links: top-1 {st['top1'] / n:.3f}, top-3 {st['top3'] / n:.3f} "
              f"(linking p50 {st['link_p50_ms']} ms, max {st['link_max_ms']} ms)")
        print(json.dumps(st))


if __name__ == "__main__":
    main()
