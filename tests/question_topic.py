"""A linked topic for `analyse` tests: the name as matched exactly where the question says it."""
from __future__ import annotations

from graphrag.types import LinkedEntity


def topic(question: str, name: str, eid: int = 1, score: float = 2.0) -> LinkedEntity:
    start = question.index(name)
    return LinkedEntity(id=eid, name=name, mention=name, start=start, end=start + len(name), score=score, method="exact")
