"""Token counting for the fact-block budget.

The answering model's own tokenizer is used when it has one (local GGUF, LlamaIndex LLMs).
Otherwise the documented default is tiktoken's `cl100k_base`, read from the copy that
llama-index-core ships, so nothing is downloaded at run time.
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Callable, Protocol


class TokenCounter(Protocol):
    name: str

    def count(self, text: str) -> int: ...


def _bundled_tiktoken_cache() -> str | None:
    try:
        spec = importlib.util.find_spec("llama_index.core")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "_static" / "tiktoken_cache"
    return str(path) if path.is_dir() else None


@lru_cache(maxsize=4)
def _encoding(name: str):
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        cache = _bundled_tiktoken_cache()
        if cache:
            os.environ["TIKTOKEN_CACHE_DIR"] = cache
    import tiktoken

    try:
        return tiktoken.get_encoding(name)
    except Exception as e:  # tiktoken raises plain exceptions when it cannot download
        raise RuntimeError(
            f"tokenizer {name!r} is not available offline: install llama-index-core (it ships "
            f"cl100k_base and o200k_base) or set TIKTOKEN_CACHE_DIR ({e})") from None


class TiktokenCounter:
    def __init__(self, encoding: str = "cl100k_base"):
        self.name = f"tiktoken:{encoding}"
        self._enc = _encoding(encoding)

    def count(self, text: str) -> int:
        return len(self._enc.encode(text, disallowed_special=()))


class FunctionCounter:
    """Wrap any `text -> int` (an LLM's own tokenizer) as a counter."""

    def __init__(self, fn: Callable[[str], int], name: str):
        self.name = name
        self._fn = fn

    def count(self, text: str) -> int:
        return int(self._fn(text))


def default_counter(encoding: str = "cl100k_base") -> TokenCounter:
    return TiktokenCounter(encoding)
