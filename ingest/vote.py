"""Combine several extractors' candidates into decided facts with a confidence.

Candidates meet when subject, relation and object normalise alike. Agreement raises the
confidence (noisy-or of the voters' confidences); a fact only one extractor found is kept at a
discount, held for review, or dropped, as the policy says. A single extractor is not a vote:
its own confidences stand."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graphrag.ingest.types import Candidate, Extraction
from graphrag.normalize import fold, normalize

SINGLE_POLICIES = ("keep", "review", "drop")
_AUX = re.compile(r"^(?:is|was|are|were|be|been|has|have|had|the)\s+")


@dataclass(frozen=True)
class VotePolicy:
    single: str = "keep"  # keep | review | drop: what happens to a fact only one extractor found
    single_weight: float = 0.5  # `keep` multiplies its confidence by this

    def __post_init__(self):
        if self.single not in SINGLE_POLICIES:
            raise ValueError(f"single-vote policy must be one of {', '.join(SINGLE_POLICIES)}, not {self.single!r}")


@dataclass(frozen=True)
class Voted:
    subject: str
    relation: str
    object: str
    confidence: float
    extractors: tuple[str, ...]
    status: str  # graph | review | rejected
    note: str = ""


def relation_key(relation: str) -> str:
    r = fold(relation)
    while (stripped := _AUX.sub("", r)) != r:
        r = stripped
    return r


def clean_relation(relation: str) -> str:
    """Stored spelling: "Was_Born_In" → "born in"; CJK relations as written."""
    r = " ".join(relation.replace("_", " ").split()).strip(" .,:;")
    if r.isascii():
        r = r.lower()
        while (stripped := _AUX.sub("", r)) != r and stripped:
            r = stripped
    return r


def key(c: Candidate) -> tuple[str, str, str]:
    return normalize(c.subject), relation_key(c.relation), normalize(c.object)


def vote(results: dict[str, Extraction], policy: VotePolicy) -> list[Voted]:
    """`results` maps extractor name → its extraction, in priority order (the first one's
    spelling of a fact is kept)."""
    groups: dict[tuple[str, str, str], list[Candidate]] = {}
    for extraction in results.values():
        for c in extraction.candidates:
            groups.setdefault(key(c), []).append(c)
    n = len(results)
    out: list[Voted] = []
    for cands in groups.values():
        first = cands[0]
        best: dict[str, float] = {}
        for c in cands:
            best[c.extractor] = max(best.get(c.extractor, 0.0), c.confidence)
        names = tuple(best)
        rel = clean_relation(first.relation)
        miss = 1.0
        for conf in best.values():
            miss *= 1.0 - conf
        conf = 1.0 - miss
        if n < 2 or len(names) >= 2:
            out.append(Voted(first.subject, rel, first.object, round(conf, 4), names, "graph"))
        elif policy.single == "keep":
            out.append(Voted(first.subject, rel, first.object, round(conf * policy.single_weight, 4),
                             names, "graph", "single vote"))
        elif policy.single == "review":
            out.append(Voted(first.subject, rel, first.object, round(conf, 4), names, "review",
                             "single vote"))
        else:
            out.append(Voted(first.subject, rel, first.object, round(conf, 4), names, "rejected",
                             "single vote"))
    return out
