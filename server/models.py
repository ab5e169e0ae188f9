"""Request and response bodies. They are the API contract: FastAPI validates requests against
them (422 on mismatch) and publishes them in the OpenAPI schema that schemathesis fuzzes."""
from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal, Sequence, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from graphrag.types import FACT_KEYS, PASSAGE_KEYS, RESULT_KEYS, Edge, Fact, LinkedEntity, Passage, Result, Retrieval

# Limits on what one question may cost (documented in the README, HTTP server → Limits)
MAX_QUESTION_CHARS = 4_000  # a question: /ask, /retrieve, the last user message of a chat
MAX_MESSAGE_CHARS = 20_000  # any other turn of a conversation
MAX_CONTENT_PARTS = 64  # content parts of one chat message
MAX_TURNS = 200  # messages of one chat request


class Overrides(BaseModel):
    """Per-request retrieval knobs; unset ones keep the server's settings."""

    budget: int | None = Field(None, ge=16, le=32_000, description="fact-block budget in tokens")
    hops: int | None = Field(None, ge=1, le=10, description="longest relation path (clamped to max_hops)")
    top_k: int | None = Field(None, ge=1, le=1_000, description="ranked facts kept before budgeting")

    def overrides(self) -> dict[str, int]:
        return {k: v for k, v in (("budget", self.budget), ("hops", self.hops), ("top_k", self.top_k))
                if v is not None}


class Turn(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str = Field(max_length=MAX_MESSAGE_CHARS)


class QuestionRequest(Overrides):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS, examples=["What country was Obama born in?"])
    history: list[Turn] = Field(default_factory=list, max_length=50,
                                description="earlier turns; used to resolve follow-up questions")


# -- the `graphrag ask --json` shape, built from the dataclasses in graphrag/types.py ------------
def _field_types(*classes: type) -> dict[str, Any]:
    """Field name → type over dataclasses (later classes win), resolved from their annotations."""
    hints: dict[str, Any] = {}
    for cls in classes:
        hints.update(get_type_hints(cls))
    return hints


def _swap(tp: Any, nested: dict[type, type]) -> Any:
    """`list[LinkedEntity]` → `list[EntityOut]`: nested records become their wire models."""
    if get_origin(tp) is list and get_args(tp)[0] in nested:
        return list[nested[get_args(tp)[0]]]
    return nested.get(tp, tp)


def _wire_model(name: str, doc: str, keys: Sequence[str], classes: Sequence[type],
                nested: dict[type, type] | None = None) -> type[BaseModel]:
    types = _field_types(*classes)
    return create_model(name, __doc__=doc, **{k: (_swap(types[k], nested or {}), ...) for k in keys})


EntityOut = _wire_model("EntityOut", "An entity found in the question (`LinkedEntity`).",
                        [f.name for f in dataclasses.fields(LinkedEntity)], [LinkedEntity])
FactOut = _wire_model("FactOut", "A fact of the block (`Fact.to_dict()`).", FACT_KEYS, [Edge, Fact])
PassageOut = _wire_model("PassageOut", "A sentence quoted from an ingested document (`Passage.to_dict()`).",
                         PASSAGE_KEYS, [Passage])
ResultOut = _wire_model("ResultOut", "Exactly `Result.to_dict()`; for POST /retrieve `answer` and `kind` are "
                        "null and `model` is \"none\".", RESULT_KEYS, [Retrieval, Result],
                        {LinkedEntity: EntityOut, Fact: FactOut, Passage: PassageOut})


class Evidence(ResultOut):
    """The `graphrag` field of a chat completion: the facts behind the answer."""

    resolved_question: str | None = Field(None, description="the question as retrieved, when a "
                                          "follow-up was resolved with an entity from an earlier turn")
    degraded: bool = Field(False, description="true when the LLM failed and the extractive answer stood in")


# -- OpenAI chat completions ------------------------------------------------------------------
class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = Field(None, max_length=MAX_MESSAGE_CHARS)


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: (Annotated[str, Field(max_length=MAX_MESSAGE_CHARS)]
              | Annotated[list[ContentPart], Field(max_length=MAX_CONTENT_PARTS)] | None) = None

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return " ".join(p.text for p in self.content or [] if p.type == "text" and p.text)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")

    include_usage: bool = False


class ChatRequest(Overrides):
    """OpenAI's request body. Sampling fields (`temperature`, `top_p`, `max_tokens`, `stop`, `seed`,
    penalties …) are accepted and ignored: answers are grounded in the graph, not sampled. What
    the answerer cannot do (`tools`, `functions`, a JSON `response_format`, `logprobs`) is refused
    with 400, as OpenAI refuses what a model cannot do. `budget`, `hops` and `top_k` are
    extensions (openai: `extra_body`)."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_TURNS)
    stream: bool = False
    stream_options: StreamOptions | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    n: int | None = Field(None, ge=1, le=1)
    user: str | None = None
    stop: str | list[str] | None = Field(None, description="accepted and ignored")
    tools: list[Any] | None = Field(None, description="refused (400) when not empty: no tool calls")
    functions: list[Any] | None = Field(None, description="refused (400) when not empty: no function calls")
    tool_choice: Any = Field(None, description="refused (400) unless absent or \"none\"")
    response_format: dict[str, Any] | None = Field(None, description="only {\"type\": \"text\"}; others 400")
    logprobs: bool | None = Field(None, description="refused (400) when true")
    top_logprobs: int | None = Field(None, description="refused (400) when set")

    def unsupported(self) -> str | None:
        """The first field set that the answerer cannot honour, with why; None when all can be."""
        if self.tools:
            return "tools"
        if self.functions:
            return "functions"
        if self.tool_choice not in (None, "none"):
            return "tool_choice"
        if self.response_format and self.response_format.get("type") != "text":
            return "response_format"
        if self.logprobs:
            return "logprobs"
        if self.top_logprobs is not None:
            return "top_logprobs"
        return None


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str
    refusal: str | None = None


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    logprobs: None = None
    finish_reason: Literal["stop"] = "stop"


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    graphrag: Evidence = Field(description="extension: the facts used (OpenAI clients ignore it)")


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "graphrag-kgqa"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


# -- graph exploration ------------------------------------------------------------------------
class EntityHit(BaseModel):
    id: int
    name: str
    aliases: list[str]
    degree: int
    match: str = Field(description="exact | alias | fuzzy | vector | id")


class EntityList(BaseModel):
    query: str
    entities: list[EntityHit]


class RelationInfo(BaseModel):
    relation: str
    facts: int
    words: list[str] = Field(description="extra question words from the graph's relation_words.json")


class RelationList(BaseModel):
    relations: list[RelationInfo]


class Node(BaseModel):
    id: int
    name: str


class GraphEdge(BaseModel):
    id: int
    source: int
    target: int
    subject: str
    relation: str
    object: str
    provenance: str


class Subgraph(BaseModel):
    center: Node
    hops: int
    nodes: list[Node]
    edges: list[GraphEdge]
    truncated: bool = Field(description="true when the edge cap was reached")


# -- ingestion jobs ---------------------------------------------------------------------------
class Job(BaseModel):
    id: str
    kind: Literal["triples", "document"]
    filename: str
    status: Literal["queued", "running", "succeeded", "failed"]
    created: float
    started: float | None = None
    finished: float | None = None
    progress: dict[str, Any] = Field(default_factory=dict)
    result: dict[str, Any] | None = None
    error: str | None = None


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    triples: int
    entities: int
    llm: str


class ErrorBody(BaseModel):
    message: str
    type: str
    code: str | None = None


class ErrorResponse(BaseModel):
    """Every error, OpenAI's shape: the official client shows `error.message`."""

    error: ErrorBody
