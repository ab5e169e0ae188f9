"""Questions against the shared GraphRAG, off the event loop: retrieval is CPU-bound and an LLM
call may block for its whole timeout, so both run in worker threads.

Follow-ups: a question that links no entity ("and where was he born?") is retried with the
entities of the latest earlier user turn that links any, prepended to the question."""
from __future__ import annotations

import logging
import threading
from typing import Any

from starlette.concurrency import run_in_threadpool

from graphrag.llm.base import LLMError
from graphrag.pipeline import GraphRAG
from graphrag.types import Result, Retrieval

log = logging.getLogger("graphrag.server")


class Deadline:
    """Wraps the answering LLM so that a call past `seconds` raises LLMError: the pipeline then
    gives its extractive answer and says why in `error`. The late call is left to finish in its
    own daemon thread (a thread cannot be killed); backends also enforce their own timeout."""

    def __init__(self, llm, seconds: float):
        self.llm, self.seconds, self.name = llm, seconds, llm.name

    def count_tokens(self, text: str) -> int:
        return self.llm.count_tokens(text)

    def complete(self, messages, **kwargs) -> str:
        box: dict[str, Any] = {}
        done = threading.Event()

        def call() -> None:
            try:
                box["reply"] = self.llm.complete(messages, **kwargs)
            except BaseException as e:  # handed to the caller's thread below
                box["error"] = e
            finally:
                done.set()

        threading.Thread(target=call, name="graphrag-llm-call", daemon=True).start()
        if not done.wait(self.seconds):
            raise LLMError(f"no reply within {self.seconds:g}s")
        if "error" in box:
            raise box["error"]
        return box["reply"]


def warm_up(rag: GraphRAG) -> None:
    """Build the lexicon and load the relation encoder before the first request, not during it
    (loading an embedding model takes seconds and would count against the first answer).
    A failure is logged, not raised: requests will report it themselves."""
    try:
        rag.linker
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


def _ask(rag: GraphRAG, question: str, earlier: list[str], history: list[dict[str, str]],
         overrides: dict[str, Any], llm=None) -> tuple[Result, str | None]:
    resolved = resolve_followup(rag, question, earlier)
    return rag.ask(resolved or question, history=history, llm=llm, **overrides), resolved


async def retrieve(rag: GraphRAG, question: str, earlier: list[str], overrides: dict[str, Any]
                   ) -> tuple[Retrieval, str | None]:
    return await run_in_threadpool(_retrieve, rag, question, earlier, overrides)


async def ask(rag: GraphRAG, question: str, earlier: list[str], history: list[dict[str, str]],
              overrides: dict[str, Any], timeout: float) -> tuple[Result, str | None]:
    """rag.ask with a deadline on the LLM call: past `timeout` seconds the extractive answer is
    returned with `error` set."""
    llm = Deadline(rag.llm, timeout) if rag.llm is not None else None
    return await run_in_threadpool(_ask, rag, question, earlier, history, overrides, llm)


def retrieval_dict(r: Retrieval) -> dict[str, Any]:
    """A retrieval in the `graphrag ask --json` shape: no answer, no model."""
    return r.to_dict()
