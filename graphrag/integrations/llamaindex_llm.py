"""Any LlamaIndex LLM (Ollama, vLLM, OpenAI-like, a user's CustomLLM, …) as our answering LLM.

The wrapped LLM keeps its own settings (temperature, max tokens, context window): they were
chosen when the user built it, and integrations disagree on which per-call options they accept.
Token counting uses that LLM's tokenizer when it exposes one, else our default counter."""
from __future__ import annotations

import json
from typing import Any, Callable

from llama_index.core.llms import LLM as LIModel, ChatMessage, MessageRole

from graphrag.llm.base import LLMError
from graphrag.tokens import default_counter

_ROLES = {"system": MessageRole.SYSTEM, "user": MessageRole.USER, "assistant": MessageRole.ASSISTANT}


class LlamaIndexLLM:
    """Implements graphrag.llm.base.LLM over a `llama_index.core.llms.LLM` instance.

    `tokenizer` overrides the token counter: a `text -> list` callable or an object with
    `encode` (tiktoken, Hugging Face)."""

    def __init__(self, llm: LIModel, *, tokenizer: Any = None, encoding: str = "cl100k_base"):
        if not isinstance(llm, LIModel):
            raise TypeError(f"expected a llama_index.core.llms.LLM, got {type(llm).__name__}")
        self.llm = llm
        model = getattr(llm.metadata, "model_name", "") or ""
        self.name = f"llamaindex:{type(llm).__name__}" + (f":{model}" if model and model != "unknown" else "")
        own = _counting(tokenizer) if tokenizer is not None else _llm_tokenizer(llm)
        self.tokenizer_name = "model" if own is not None else f"tiktoken:{encoding}"
        self._count = own if own is not None else default_counter(encoding).count

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int = 256,
                 temperature: float = 0.0, json_schema: dict | None = None) -> str:
        chat = [ChatMessage(role=_ROLES.get(m["role"], MessageRole.USER), content=m["content"])
                for m in messages]
        if json_schema is not None:  # no portable structured-output switch: ask in words
            chat.append(ChatMessage(role=MessageRole.SYSTEM, content=(
                "Reply with one JSON object only, no prose, matching this JSON schema: "
                + json.dumps(json_schema, ensure_ascii=False))))
        try:
            reply = self.llm.chat(chat)
        except Exception as e:  # any integration's failure is our LLMError: callers fall back
            raise LLMError(f"{self.name}: {type(e).__name__}: {e}") from e
        return reply.message.content or ""

    def count_tokens(self, text: str) -> int:
        return int(self._count(text))


def _llm_tokenizer(llm: LIModel) -> Callable[[str], int] | None:
    """The LLM's own tokenizer where the integration exposes one (OpenAI's tiktoken encoding,
    OpenAI-like's or Hugging Face's tokenizer); None when it has none or it cannot load."""
    for attr in ("tokenizer", "_tokenizer"):
        try:
            fn = _counting(getattr(llm, attr, None))
        except Exception:
            continue
        if fn is not None:
            return fn
    return None


def _counting(tok: Any) -> Callable[[str], int] | None:
    if tok is None or isinstance(tok, str):
        return None
    for method in ("encode_ordinary", "encode"):  # tiktoken's encode refuses special tokens
        fn = getattr(tok, method, None)
        if callable(fn):
            return lambda text, fn=fn: len(fn(text))
    if callable(tok):
        return lambda text: len(tok(text))
    return None
