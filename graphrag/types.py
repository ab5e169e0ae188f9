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


# The wire shapes (`graphrag ask --json`, the HTTP API): keys in output order. The server's
# response models are built from these and the dataclasses' own field types (server/models.py).
FACT_KEYS = ("id", "subject", "relation", "object", "score", "source", "confidence", "components")
RESULT_KEYS = ("question", "answer", "answers", "confidence", "entities", "facts", "passages", "fact_block",
               "fact_block_tokens", "timings_ms", "cited", "model", "error", "kind")
PASSAGE_KEYS = ("id", "text", "source", "score", "coverage", "method")


@dataclass
class Fact:
    """A ranked fact in the fact block. `components` say why it scored what it did."""

    id: str
    edge: Edge
    score: float
    components: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire shape: `FACT_KEYS` (the edge's names and provenance, not its ids)."""
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
class Passage:
    """A sentence quoted from an ingested document, for what the graph may lack; cited to its
    file, page and version (`source`: name.pdf#p3@1a2b3c4d). `coverage`: the share of the
    question's words (weighted by rarity) it contains."""

    id: str  # P1, P2 …
    text: str
    source: str
    score: float
    coverage: float
    method: str  # bm25 | vector
    chunk_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The wire shape: `PASSAGE_KEYS`."""
        return {"id": self.id, "text": self.text, "source": self.source, "score": round(self.score, 6),
                "coverage": round(self.coverage, 4), "method": self.method}


@dataclass
class Retrieval:
    """Question → ranked facts and fact block; everything the answerer needs, no LLM involved."""

    question: str
    entities: list[LinkedEntity]
    facts: list[Fact]
    fact_block: str
    fact_block_tokens: int
    answers: list[str]  # graph entities ranked by the same evidence as the facts
    paths: list[list[str]] = field(default_factory=list)  # fact ids of the best chains, best first
    timings_ms: dict[str, float] = field(default_factory=dict)
    n_best: int = 0  # how many of `answers` the best path reaches (the rest come from weaker paths)
    confidence: float = 1.0  # share of answers like this one that were right on the dev suite
    # (retrievers/confidence.py); below the `min_confidence` setting `answers` is empty
    passages: list[Passage] = field(default_factory=list)  # in the fact block after the facts
    source_texts: dict[str, str] = field(default_factory=dict)  # chunk text per document source the
    # facts cite: the answerer reads the sentence a fact came from (not part of the wire shape)
    ruled_out: frozenset[str] = frozenset()  # facts the ranking found to say other than what was asked
    # ("X's MOTHER" and a man's `parent` fact): never stated as the answer (not part of the wire shape)

    def to_dict(self) -> dict[str, Any]:
        """The `graphrag ask --json` shape with no answer: retrieval stops at the fact block."""
        return Result(self, None).to_dict()


@dataclass
class Answer:
    text: str
    cited: list[str] = field(default_factory=list)  # fact ids
    model: str = "none"
    error: str | None = None  # set when the LLM failed and the extractive answer stood in
    kind: str = "fact"  # fact: from the graph's facts | passage: quoted from a document | none: no answer


@dataclass
class Result:
    """What `graphrag ask --json`, POST /ask and the Python API return: a retrieval and the
    answer given from it. The retrieval's fields read through (`result.facts`)."""

    retrieval: Retrieval
    answer: str | None  # None for a bare retrieval (POST /retrieve)
    cited: list[str] = field(default_factory=list)  # fact ids
    model: str = "none"
    error: str | None = None  # set when the LLM failed and the extractive answer stood in
    kind: str | None = None  # see Answer.kind; None for a bare retrieval

    @classmethod
    def of(cls, retrieval: Retrieval, answer: Answer) -> "Result":
        return cls(retrieval, answer.text, answer.cited, answer.model, answer.error, answer.kind)

    question = property(lambda self: self.retrieval.question)
    answers = property(lambda self: self.retrieval.answers)
    entities = property(lambda self: self.retrieval.entities)
    facts = property(lambda self: self.retrieval.facts)
    passages = property(lambda self: self.retrieval.passages)
    fact_block = property(lambda self: self.retrieval.fact_block)
    fact_block_tokens = property(lambda self: self.retrieval.fact_block_tokens)
    timings_ms = property(lambda self: self.retrieval.timings_ms)
    confidence = property(lambda self: self.retrieval.confidence)

    def to_dict(self) -> dict[str, Any]:
        """The wire shape: `RESULT_KEYS`, in that order."""
        r = self.retrieval
        return {
            "question": r.question,
            "answer": self.answer,
            "answers": r.answers,
            "confidence": round(r.confidence, 4),
            "entities": [e.to_dict() for e in r.entities],
            "facts": [f.to_dict() for f in r.facts],
            "passages": [p.to_dict() for p in r.passages],
            "fact_block": r.fact_block,
            "fact_block_tokens": r.fact_block_tokens,
            "timings_ms": {k: round(v, 3) for k, v in r.timings_ms.items()},
            "cited": self.cited,
            "model": self.model,
            "error": self.error,
            "kind": self.kind,
        }
