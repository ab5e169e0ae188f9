"""Questions with two constraints ("which films directed by A starred B"): the answer is reached
from each linked topic, so it lies in the intersection of their paths' ends.

Each topic's own best paths are read as they are; a pair of paths from two topics named in
different parts of the question, each backed by a question word, whose end sets overlap (and
narrow each other) is a constraint reading. The overlap ranks first; both paths' facts go into
the block. A pair is judged on what its two paths explain together (each path's relation
evidence less its steps), since each path alone leaves the other constraint's words unused.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from graphrag.retrievers.paths import Path as RelPath


@dataclass
class Intersection:
    first: RelPath
    second: RelPath
    nodes: list[int]  # end nodes both paths reach, best supported first
    score: float

    def lead(self, paths: list[RelPath]) -> None:
        """Move both paths to the front of `paths`, marked with how many answers they share."""
        for p in (self.second, self.first):
            paths.remove(p)
            paths.insert(0, p)
            p.components["constraint"] = float(len(self.nodes))


def intersect(paths: list[RelPath], *, per_topic: int = 6, min_evidence: float = 0.5,
              max_paths: int = 60, step_cost: float = 0.35, margin: float = 0.35,
              asked: frozenset[int] = frozenset(),
              fits: Callable[[RelPath], bool] | None = None) -> Intersection | None:
    """The best pair of paths from two topics with disjoint mentions whose ends overlap; None
    when the question names one topic, or when no pair narrows the other down. `asked`: where
    the asked-for noun stands; when the best path reads it, a pair must too ("X was painted by a
    SPANISH court painter. Which RIVER flows through the city of his birth": his birthplace is
    a Spanish city, and no river). `fits`: whether a path ends on the kind asked for ("in what
    YEAR did the sculptor … die": a meeting on the sculptor is no year); None: any."""
    def backed(p: RelPath) -> bool:
        return p.components.get("relation_evidence", 0.0) >= min_evidence

    by_topic: dict[int, list[RelPath]] = {}
    for p in paths[:max_paths]:
        # "the films WITH X", "released IN 1977": one step needs no word; a longer path no
        # question word backs is no constraint
        if not p.layers or not (backed(p) or len(p.steps) == 1):
            continue
        by_topic.setdefault(p.topic.id, []).append(p)
    for group in by_topic.values():
        group.sort(key=lambda p: (len(p.steps), -p.score))
        del group[per_topic:]
        group[:] = [p for p in group if fits is None or fits(p)]  # (after the cut: what is looked at stays the same)
    if len(by_topic) < 2:
        return None
    asked = asked & paths[0].used
    # a constraint reading must explain the question about as well as the best single path
    floor = max((p.score for p in paths), default=0.0) - margin
    # the answer-type rules put a reading first ("which German STATE is X's head office in": a
    # step past the city): a pair with it goes before pairs of other readings (the city again)
    lead = paths[0] if paths and "answer_type" in paths[0].components else None
    if lead is not None and lead.layers and (fits is None or fits(lead)):
        with_lead = dict(by_topic)
        with_lead[lead.topic.id] = [lead]
        found = _best_pair(with_lead, floor, step_cost, backed, asked)
        if found is not None:
            return found
    return _best_pair(by_topic, floor, step_cost, backed, asked)


def _best_pair(by_topic: dict[int, list[RelPath]], floor: float, step_cost: float, backed,
               asked: frozenset[int]) -> Intersection | None:
    best: Intersection | None = None
    topics = list(by_topic)
    for i, a in enumerate(topics):
        for b in topics[i + 1:]:
            for pa in by_topic[a]:
                for pb in by_topic[b]:
                    if _overlap(pa, pb) or pa.used & pb.used or asked - pa.used - pb.used:
                        continue  # two constraints, two sets of words
                    ends_a, ends_b = pa.frontier, pb.frontier
                    common = [n for n in ends_a if n in ends_b and n not in (a, b)]
                    # a constraint narrows: the overlap is smaller than either side; or than one
                    # side when words back both (all of Gil Hart's films may be Ann Lee's; a tag
                    # the title "Star!" shares with the film asked about is no constraint)
                    if not common or len(common) >= max(len(ends_a), len(ends_b)) or (
                            len(common) >= min(len(ends_a), len(ends_b)) and not (backed(pa) and backed(pb))):
                        continue
                    # what the pair explains (each question word once: no more than the words
                    # can), less what its steps cost
                    explained = min(pa.components.get("relation_evidence", 0.0)
                                    + pb.components.get("relation_evidence", 0.0), max(pa.available, pb.available))
                    score = explained - step_cost * (len(pa.steps) + len(pb.steps))
                    if score >= floor and (best is None or score > best.score):
                        common.sort(key=lambda n: -(ends_a[n] + ends_b[n]))
                        best = Intersection(pa, pb, common, score)
    return best


def _overlap(pa: RelPath, pb: RelPath) -> bool:
    """Mentions that share characters are one topic read twice, not two constraints."""
    return pa.topic.start < pb.topic.end and pb.topic.start < pa.topic.end
