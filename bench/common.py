"""What every anchor returns, and the one answer rule used for anchors that have no answerer.

The anchors are retrievers; without an LLM they return context, not answers. For hits@1 they get
the same plain rule: the entities of their facts in rank order, minus those named in the question.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from graphrag.normalize import fold


@dataclass
class AnchorOutput:
    facts: list[tuple[str, str, str]]  # (subject, relation, object) in the anchor's own order
    context: str  # exactly what would be put in the prompt
    tokens: int  # of `context`, with the same counter for every anchor
    answers: list[str]
    ms: float = 0.0
    entities: list[str] = field(default_factory=list)  # linked topic entities, when the anchor links


def verbalise(subject: str, relation: str, obj: str) -> str:
    return f"{subject} {relation.replace('_', ' ')} {obj}"


def answers_from_facts(question: str, facts: Sequence[tuple[str, str, str]], ends_only: bool = False) -> list[str]:
    """Entity names in fact order, skipping names that occur in the question (the topic)."""
    q = f" {fold(question)} "
    out: dict[str, None] = {}
    for s, _, o in facts:
        for name in ((o,) if ends_only else (s, o)):
            key = fold(name)
            if key and f" {key} " not in q:
                out.setdefault(name, None)
    return list(out)


def timed(fn: Callable[[], AnchorOutput]) -> AnchorOutput:
    t0 = time.perf_counter()
    out = fn()
    out.ms = (time.perf_counter() - t0) * 1000
    return out
