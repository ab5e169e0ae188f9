"""Typed records that cross module boundaries (store, retrievers, fact block, answerers, API)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Triple:
    """A fact to write: names, not ids. `source` is provenance (file, document#page, …)."""

    subject: str
    relation: str
    object: str
    source: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Entity:
    id: int
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edge:
    """A stored triple as read back from a store, with entity ids for graph walking."""

    id: int
    subject_id: int
    subject: str
    relation: str
    object_id: int
    object: str
    source: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class LinkedEntity:
    """An entity found in the question: where (`mention`, span) and how (`method`)."""

    id: int
    name: str
    mention: str
    start: int
    end: int
    score: float
    method: str  # exact | alias | fuzzy | vector

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Fact:
    """A ranked fact in the fact block. `components` say why it scored what it did."""

    id: str
    edge: Edge
    score: float
    components: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.edge.subject,
            "relation": self.edge.relation,
            "object": self.edge.object,
            "score": round(self.score, 6),
            "source": self.edge.source,
            "confidence": self.edge.confidence,
            "components": {k: round(v, 6) for k, v in self.components.items()},  # rounded for output only
        }


@dataclass
class Retrieval:
    """Question → ranked facts and fact block; everything the answerer needs, no LLM involved."""

    question: str
    entities: list[LinkedEntity]
    facts: list[Fact]
    fact_block: str
    fact_block_tokens: int
    answers: list[str]
    paths: list[list[str]] = field(default_factory=list)  # fact ids of the best chains, best first
    timings_ms: dict[str, float] = field(default_factory=dict)
    n_best: int = 0  # how many of `answers` the best path reaches (the rest come from weaker paths)
    confidence: float = 1.0  # how well the question's words back the best path (0..1); below the
    # `min_confidence` setting `answers` is empty: the graph does not seem to hold the answer

    def to_dict(self) -> dict[str, Any]:
        """The `graphrag ask --json` shape with no answer: retrieval stops at the fact block."""
        return _result_dict(self, None, [], "none", None)


@dataclass
class Answer:
    text: str
    cited: list[str] = field(default_factory=list)  # fact ids
    model: str = "none"
    error: str | None = None  # set when the LLM failed and the extractive answer stood in


@dataclass
class Result:
    """What `graphrag ask --json`, POST /ask and the Python API return."""

    question: str
    answer: str
    answers: list[str]
    entities: list[LinkedEntity]
    facts: list[Fact]
    fact_block: str
    fact_block_tokens: int
    timings_ms: dict[str, float]
    cited: list[str] = field(default_factory=list)
    model: str = "none"
    error: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return _result_dict(self, self.answer, self.cited, self.model, self.error)


def _result_dict(r: "Retrieval | Result", answer: str | None, cited: list[str], model: str,
                 error: str | None) -> dict[str, Any]:
    """The `graphrag ask --json` shape, shared by answers and bare retrievals."""
    return {
        "question": r.question,
        "answer": answer,
        "answers": r.answers,
        "confidence": round(r.confidence, 4),
        "entities": [e.to_dict() for e in r.entities],
        "facts": [f.to_dict() for f in r.facts],
        "fact_block": r.fact_block,
        "fact_block_tokens": r.fact_block_tokens,
        "timings_ms": {k: round(v, 3) for k, v in r.timings_ms.items()},
        "cited": cited,
        "model": model,
        "error": error,
    }
