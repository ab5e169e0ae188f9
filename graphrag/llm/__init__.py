"""Answering models. `make_llm(settings)` returns None for the default extractive answerer."""
from __future__ import annotations

from graphrag.errors import UserError
from graphrag.llm.base import LLM, LLMError
from graphrag.settings import Settings

__all__ = ["LLM", "LLMError", "make_llm"]


def make_llm(settings: Settings) -> LLM | None:
    if settings.llm == "none":
        return None
    if settings.llm == "openai":
        from graphrag.llm.openai_compat import OpenAICompatLLM

        return OpenAICompatLLM.from_settings(settings)
    if settings.llm == "local":
        from graphrag.llm.local import LocalLLM

        return LocalLLM.from_settings(settings)
    raise UserError(f"unknown llm {settings.llm!r}: none, openai or local")
