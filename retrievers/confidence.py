"""How sure a retrieval is of its answer, from the question words that back the best path.

A step no question word speaks for was not asked for: when the best path's steps are backed on
average by less than `min_confidence`, the graph most likely lacks what the question asks
("where was he born" on a graph that only knows where he died), and the answer is "I don't
know" rather than the neighbour the path happens to reach.
"""
from __future__ import annotations

from graphrag.retrievers.constraints import Intersection
from graphrag.retrievers.paths import Path as RelPath


def confidence(best: RelPath | None, both: Intersection | None = None) -> float:
    """Mean evidence per step of the best reading, in [0, 1]; two constraints that meet count
    as read by both their paths' words; a path the asked-for kind of answer chose is backed."""
    if both is not None:
        paths = [both.first, both.second]
    elif best is not None:
        paths = [best]
    else:
        return 0.0
    steps = sum(len(p.steps) for p in paths)
    evidence = sum(p.components.get("relation_evidence", 0.0) for p in paths)
    sure = evidence / max(steps, 1)
    if "answer_type" in paths[0].components:  # the asked-for kind chose it ("what TYPE OF FILM")
        sure = max(sure, 0.5)
    return max(0.0, min(1.0, sure))
