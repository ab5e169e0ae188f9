"""Shared fakes, so ranking, store, index and answer tests need no real model and run in
milliseconds: a small film graph, a deterministic embedder (hashed character trigrams: near
spellings are near vectors) and a scripted LLM standing in for an endpoint that cannot run here.
Real models are exercised in test_embed.py and the tests marked slow. Test modules import the
helpers (`from conftest import FILMS, trigram_embedder`) or take the fixtures."""
from __future__ import annotations

import zlib
from typing import Callable

import numpy as np
import pytest

from graphrag.embed import Embedder
from graphrag.types import Triple

FILMS = [
    Triple("Kismet", "directed_by", "William Dieterle"),
    Triple("Kismet", "starred_actors", "Marlene Dietrich"),
    Triple("The Hunchback of Notre Dame", "directed_by", "William Dieterle"),
    Triple("Barack Obama", "born_in", "Honolulu"),
    Triple("Honolulu", "located_in", "Hawaii"),
    Triple("Michelle Obama", "spouse", "Barack Obama"),
]


def trigram_embedder(dim: int = 256, name: str = "trigram", calls: list | None = None) -> Embedder:
    """Bag of hashed character trigrams; `calls` collects every text embedded."""
    def encode(texts: list[str], is_query: bool) -> np.ndarray:
        if calls is not None:
            calls.extend(texts)
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.casefold()} "
            for i in range(len(padded) - 2):
                out[row, zlib.crc32(padded[i:i + 3].encode()) % dim] += 1.0
        return out

    return Embedder(name, dim, encode)


class ScriptedLLM:
    """Replies from a list in order (then "{}"), or from `replies(messages)` when it is a function;
    keeps every prompt; counts tokens as characters/3 like a small-vocabulary model and fails
    a prompt that would overflow `n_ctx`."""

    name = "scripted"

    def __init__(self, replies: list[str] | Callable[[list[dict]], str] = (), n_ctx: int = 2048):
        self.replies = replies if callable(replies) else list(replies)
        self.n_ctx = n_ctx
        self.prompts: list[list[dict]] = []

    def count_tokens(self, text: str) -> int:
        return len(text) // 3 + 1

    def complete(self, messages, *, max_tokens=256, temperature=0.0, json_schema=None) -> str:
        total = sum(self.count_tokens(m["content"]) for m in messages)
        assert total + max_tokens <= self.n_ctx, "prompt overflows the context"
        self.prompts.append(messages)
        if callable(self.replies):
            return self.replies(messages)
        return self.replies.pop(0) if self.replies else "{}"


@pytest.fixture
def film_store(tmp_path):
    """The FILMS graph in an embedded store under tmp_path/g."""
    from graphrag.store.sqlite import SQLiteGraphStore

    s = SQLiteGraphStore(tmp_path / "g")
    s.upsert_triples(FILMS)
    yield s
    s.close()


@pytest.fixture
def embedder() -> Embedder:
    return trigram_embedder()
