"""Questions against the shared GraphRAG, off the event loop and each within its own deadline.
Retrieval is CPU-bound and runs on the retrieval pool (`retrieval_threads`); past
`retrieval_timeout` (waiting and running together), or when the client goes away, the request
stops waiting and is answered 503 (or not at all), and the next question gets the slot. An LLM
answer runs on the LLM pool (`llm_threads`); past the answer timeout the extractive answer is
given with `error` set, whether the model is slow, hung or the pool is full of hung calls.

Follow-ups: a question that links no entity ("and where was he born?") is retried with the
entities of the latest earlier user turn that links any, prepended to the question."""
from __future__ import annotations

import logging
import time
from functools import partial
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from fastapi import HTTPException, Request

from graphrag.llm.base import LLMError
from graphrag.pipeline import GraphRAG
from graphrag.retrievers.text import warm_cjk
from graphrag.server.pools import Late
from graphrag.types import Result, Retrieval

if TYPE_CHECKING:
    from graphrag.server.state import ServerState

log = logging.getLogger("graphrag.server")


class Expired:
    """Stands in for the answering LLM once its deadline has passed: the pipeline's own fallback
    then builds the extractive answer and says why in `error`."""

    def __init__(self, llm, seconds: float):
        self.name, self.seconds, self._count = llm.name, seconds, llm.count_tokens

    def count_tokens(self, text: str) -> int:
        return self._count(text)

    def complete(self, messages, **kwargs) -> str:
        raise LLMError(f"no reply within {self.seconds:g}s")


def client_gone(request: Request | None) -> Callable[[], Awaitable[None]] | None:
    """An awaitable that ends when the client disconnects (the body has been read by then, so
    the next ASGI message is the disconnect)."""
    if request is None:
        return None

    async def wait() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    return wait


def warm_up(rag: GraphRAG) -> None:
    """Build the lexicon and load the embedding model before the first request, not during it
    (loading an embedding model takes seconds and would count against the first answer).
    A failure is logged, not raised: requests will report it themselves."""
    try:
        if rag.linker.lexicon.cjk_words:
            warm_cjk()
        entity = next(iter(rag.store.iter_entities(batch=1)), None)
        relation = next(iter(rag.store.relation_counts()), None)
        if entity is not None and relation is not None:
            rag.retrieve(f"What is the {relation} of {entity.name}?")
    except Exception:
        log.warning("warm-up failed; the first requests will be slower", exc_info=True)


def resolve_followup(rag: GraphRAG, question: str, earlier_user_turns: list[str]) -> str | None:
    """The question with the entities of the latest earlier turn that links any; None if none does
    or the question links entities itself."""
    if not earlier_user_turns or rag.linker.link(question):
        return None
    for turn in reversed(earlier_user_turns):
        names = list(dict.fromkeys(e.name for e in rag.linker.link(turn)))
        if names:
            return f"{', '.join(names)}: {question}"
    return None


def _retrieve(rag: GraphRAG, question: str, earlier: list[str], overrides: dict[str, Any]
              ) -> tuple[Retrieval, str | None]:
    resolved = resolve_followup(rag, question, earlier)
    return rag.retrieve(resolved or question, **overrides), resolved


async def retrieve(state: ServerState, question: str, earlier: list[str], overrides: dict[str, Any],
                   request: Request | None = None) -> tuple[Retrieval, str | None]:
    timeout = state.settings.retrieval_timeout
    try:
        return await state.retrieval.run(_retrieve, state.rag, question, earlier, overrides, timeout=timeout,
                                         gone=client_gone(request))
    except Late as e:
        state.metrics.overloaded.labels("retrieval").inc()
        if e.started:
            raise HTTPException(503, f"retrieval took longer than {timeout:g}s (retrieval_timeout) and was "
                                     "stopped waiting for; a shorter or more specific question may do",
                                headers={"Retry-After": "1"}) from None
        raise HTTPException(503, f"the server is busy: no retrieval slot came free within {timeout:g}s "
                                 f"({state.retrieval.waiting} questions waiting)",
                            headers={"Retry-After": "1"}) from None


async def ask(state: ServerState, question: str, earlier: list[str], history: list[dict[str, str]],
              overrides: dict[str, Any], request: Request | None = None) -> tuple[Result, str | None]:
    """Retrieval on the retrieval pool, then the answer on the LLM pool: the whole request,
    retrieval included, within the answer timeout (retrieval alone within its own)."""
    start = time.perf_counter()
    r, resolved = await retrieve(state, question, earlier, overrides, request)
    rag = state.rag
    if rag.llm is None or not r.facts:  # extractive, or nothing to ground on (no call): microseconds
        return rag.answer(r, history=history), resolved
    t0 = time.perf_counter()
    timeout = state.answer_timeout
    try:
        result = await state.llm.run(partial(rag.answer, r, history=history),
                                     timeout=max(0.0, timeout - (t0 - start)), gone=client_gone(request))
    except Late:
        state.metrics.overloaded.labels("llm").inc()
        result = rag.answer(r, history=history, llm=Expired(rag.llm, timeout))
        result.timings_ms["answer"] = (time.perf_counter() - t0) * 1000
        result.timings_ms["total"] = result.timings_ms["retrieve"] + result.timings_ms["answer"]
    return result, resolved


def retrieval_dict(r: Retrieval) -> dict[str, Any]:
    """A retrieval in the `graphrag ask --json` shape: no answer, no model."""
    return r.to_dict()
