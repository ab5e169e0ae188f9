"""The LLM protocol: anything that turns chat messages into text. A new backend is one new file."""
from __future__ import annotations

from typing import Protocol, runtime_checkable


class LLMError(RuntimeError):
    """The backend failed (down, timed out, refused); callers fall back to the extractive answer."""


@runtime_checkable
class LLM(Protocol):
    name: str

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int = 256,
                 temperature: float = 0.0, json_schema: dict | None = None) -> str:
        """Return the assistant's reply text. Raise LLMError on any backend failure."""

    def count_tokens(self, text: str) -> int:
        """Exact token count in this model's tokenizer (used for the fact-block budget)."""
