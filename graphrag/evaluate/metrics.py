"""Per-question metrics and their aggregation; pure functions over names, so the eval command
and the anchor benchmarks score every system the same way.

Names are compared after `fold` (case, Unicode width, punctuation, whitespace). Gold answers are
looked for among the *entity names* of the fact block's facts, not as raw substrings of the
block, so the gold answer "1" does not count as found in "1999".
"""
from __future__ import annotations

import math
from typing import Iterable, Sequence

from graphrag.normalize import fold


def gold_set(gold: Iterable[str]) -> set[str]:
    return {g for g in (fold(a) for a in gold) if g}


def hits_at_1(answers: Sequence[str], gold: Iterable[str]) -> float:
    """1.0 when the first returned answer equals any gold answer."""
    return 1.0 if answers and fold(answers[0]) in gold_set(gold) else 0.0


def answer_f1(answers: Sequence[str], gold: Iterable[str]) -> float:
    """Set F1 of the returned answer list against the gold list (duplicates count once)."""
    pred = {p for p in (fold(a) for a in answers) if p}
    ref = gold_set(gold)
    if not pred or not ref:
        return 1.0 if not pred and not ref else 0.0
    tp = len(pred & ref)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(pred), tp / len(ref)
    return 2 * precision * recall / (precision + recall)


def fact_coverage(entity_names: Iterable[str], gold: Iterable[str]) -> tuple[float, float]:
    """(fact_hit, fact_recall): is any gold answer among the block's entity names, and what share
    of the gold answers is."""
    ref = gold_set(gold)
    if not ref:
        return 0.0, 0.0
    found = ref & {fold(n) for n in entity_names}
    return (1.0 if found else 0.0), len(found) / len(ref)


def linked(entity_names: Iterable[str], topic_entity: str) -> float:
    """1.0 when the annotated topic entity is among the linked entities."""
    return 1.0 if fold(topic_entity) in {fold(n) for n in entity_names} else 0.0


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None
