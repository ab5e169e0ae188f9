"""Answering models. `make_llm(settings)` returns None for the default extractive answerer."""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphrag.errors import UserError
from graphrag.llm.base import LLM, LLMError
from graphrag.llm.registry import BACKENDS, NONE, backend, llm_names

if TYPE_CHECKING:
    from graphrag.settings import Settings

__all__ = ["LLM", "LLMError", "BACKENDS", "llm_names", "make_llm"]


def make_llm(settings: "Settings") -> LLM | None:
    if settings.llm == NONE:
        return None
    try:
        cls = backend(settings.llm)
    except ValueError as e:
        raise UserError(str(e)) from None
    return cls.from_settings(settings)
