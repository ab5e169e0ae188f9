"""How sure a retrieval is of its answer: the hit rate measured for answers like it.

Three things are read from the best reading. Whether it ends on the kind of value the question
asks for ("when" → a date, "how tall" → a number, an unbacked "who" → not a city): when it does
not, the graph most likely lacks what was asked ("When did Obama die?" on a graph that knows only
where). How well the question's words back its steps (mean evidence per step). And whether
another reading that ends on the asked kind, with another answer, scored about as well
(contested: the words did not choose). Each case is mapped to the share of such answers that
were right on the dev suite (`bench/devsuite.py calibrate`), so `min_confidence = 0.3` means "do
not answer when answers like this were right less than 3 times in 10".
"""
from __future__ import annotations

from graphrag.retrievers.constraints import Intersection
from graphrag.retrievers.paths import Path as RelPath
from graphrag.retrievers.weights import DEFAULT, RankingWeights


def evidence(best: RelPath | None, both: Intersection | None = None) -> float:
    """Mean evidence per step of the best reading, in [0, 1]; two constraints that meet count
    as read by both their paths' words; a path the asked-for kind of answer chose is backed."""
    if both is not None:
        paths = [both.first, both.second]
    elif best is not None:
        paths = [best]
    else:
        return 0.0
    steps = sum(len(p.steps) for p in paths)
    backing = sum(p.components.get("relation_evidence", 0.0) for p in paths)
    sure = backing / max(steps, 1)
    if "answer_type" in paths[0].components:  # the asked-for kind chose it ("what TYPE OF FILM")
        sure = max(sure, 0.5)
    return max(0.0, min(1.0, sure))


def confidence(best: RelPath | None, both: Intersection | None = None, *, mismatch: bool = False,
               contested: bool = False, weights: RankingWeights = DEFAULT) -> float:
    """The measured hit rate of answers with this evidence (weights.calibration, or
    weights.contested for a contested reading), or of answers whose kind the question did not
    ask for (weights.mismatch_rate); 0 with nothing found."""
    if best is None and both is None:
        return 0.0
    if mismatch:
        return weights.mismatch_rate
    if both is None and best is not None and read_from_trace(best, weights):
        return weights.trace_rate
    ev = evidence(best, both)
    table = weights.contested if contested else weights.calibration
    rate = table[0][1]
    for floor, measured in table:
        if ev >= floor:
            rate = measured
    return rate


def read_from_trace(p: RelPath, weights: RankingWeights = DEFAULT) -> bool:
    """The path's steps were chosen by a noun the grammar says names a step ("the DIRECTOR of X"),
    which the models read near none of the graph's relations (below `weak` on every step, so
    scaled down: `weights.semantic`) and `paths._Context.refresh` scaled up to `strong`. The
    nearest relation is then as often another one as the one asked for."""
    read = p.components.get("read_evidence")
    return read is not None and read < weights.weak * weights.weak * len(p.steps)
