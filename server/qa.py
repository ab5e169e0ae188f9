"""Questions against the shared GraphRAG, off the event loop: retrieval is CPU-bound and runs on
the state's CPU limiter; an LLM call may block for its whole timeout and runs in the default
worker threads.

Follow-ups: a question that links no entity ("and where was he born?") is retried with the
entities of the latest earlier user turn that links any, prepended to the question."""
from __future__ import annotations

import logging
import threading
from functools import partial
from typing import TYPE_CHECKING, Any

import anyio.to_thread
from starlette.concurrency import run_in_threadpool

from graphrag.llm.base import LLMError
from graphrag.pipeline import GraphRAG
from graphrag.types import Result, Retrieval

if TYPE_CHECKING:
    from graphrag.server.state import ServerState

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
    """Build the lexicon and load the embedding model before the first request, not during it
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


async def retrieve(state: ServerState, question: str, earlier: list[str], overrides: dict[str, Any]
                   ) -> tuple[Retrieval, str | None]:
    return await anyio.to_thread.run_sync(_retrieve, state.rag, question, earlier, overrides, limiter=state.cpu)


async def ask(state: ServerState, question: str, earlier: list[str], history: list[dict[str, str]],
              overrides: dict[str, Any]) -> tuple[Result, str | None]:
    """Retrieval on the CPU worker, then the answer on a waiting one, with a deadline on the LLM
    call: past the server's answer timeout the extractive answer is returned with `error` set."""
    r, resolved = await retrieve(state, question, earlier, overrides)
    rag = state.rag
    if rag.llm is None:
        return rag.answer(r), resolved  # extractive: microseconds, no thread needed
    llm = Deadline(rag.llm, state.answer_timeout)
    return await run_in_threadpool(partial(rag.answer, r, history=history, llm=llm)), resolved


def retrieval_dict(r: Retrieval) -> dict[str, Any]:
    """A retrieval in the `graphrag ask --json` shape: no answer, no model."""
    return r.to_dict()
