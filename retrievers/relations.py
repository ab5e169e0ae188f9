"""How strongly a question word speaks for a relation of the graph.

Evidence comes from the relation names themselves, never from a hand-made list: shared word
stems ("directed" ~ "directed_by"), shared characters for Chinese ("容积率" ~ "容积率"), and,
when an embedder is given, cosine similarity of the word and the relation name (cached per word,
so repeated question words cost nothing).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

import numpy as np

from graphrag.normalize import fold, has_cjk, singular
from graphrag.retrievers.text import CJK_STOP

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Embedding similarity below LOW is noise for short texts; above HIGH it is as good as a match.
LOW, HIGH = 0.40, 0.75


class Encoder(Protocol):
    def encode(self, texts: list[str], kind: str = "passage") -> np.ndarray: ...


def relation_words(relation: str) -> list[str]:
    """`directed_by` → ["directed", "by"]; `hasGenre` → ["has", "genre"]."""
    return fold(_CAMEL.sub(" ", relation)).split()


def relation_text(relation: str) -> str:
    return " ".join(relation_words(relation)) or relation


def _stem(word: str) -> str:
    word = singular(word)
    return word[: max(4, len(word) - 3)] if len(word) > 4 else word


class RelationScorer:
    def __init__(self, encoder: Encoder | None = None):
        self.encoder = encoder
        self._rel_vec: dict[str, np.ndarray] = {}
        self._word_vec: dict[str, np.ndarray] = {}
        self._cache: dict[tuple[str, str], float] = {}

    def warm(self, relations: list[str], vectors: np.ndarray | None = None) -> None:
        """Precompute relation vectors (or take them from the persisted relation index)."""
        if self.encoder is None:
            return
        todo = [r for r in relations if r not in self._rel_vec]
        if vectors is not None:
            self._rel_vec.update(zip(relations, vectors))
        elif todo:
            self._rel_vec.update(zip(todo, self.encoder.encode([relation_text(r) for r in todo], kind="passage")))

    def evidence(self, word: str, relation: str) -> float:
        key = (word, relation)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = max(self._lexical(word, relation), self._semantic(word, relation))
        return hit

    @staticmethod
    @lru_cache(maxsize=65536)
    def _lexical(word: str, relation: str) -> float:
        if has_cjk(word) or has_cjk(relation):
            rel_chars = {c for c in relation if has_cjk(c) and c not in CJK_STOP} or set(relation)
            if not rel_chars:
                return 0.0
            shared = sum(1 for c in rel_chars if c in word)
            if relation in word:
                return 1.0
            return 0.9 * shared / len(rel_chars) if shared >= min(2, len(rel_chars)) else 0.0
        best = 0.0
        w = singular(word)
        for rw in relation_words(relation):
            if len(rw) < 3:
                continue
            if w == singular(rw):
                return 1.0
            stem = _stem(rw)
            if len(stem) >= 4 and stem in w:  # "writ" in "screenwriter"
                best = max(best, 0.9)
            elif len(w) >= 4 and (rw.startswith(w) or w.startswith(stem)):  # "star" ~ "starred"
                best = max(best, 0.8)
        return best

    def _semantic(self, word: str, relation: str) -> float:
        if self.encoder is None:
            return 0.0
        vec = self._word_vec.get(word)
        if vec is None:
            vec = self._word_vec[word] = self.encoder.encode([word], kind="query")[0]
        rvec = self._rel_vec.get(relation)
        if rvec is None:
            rvec = self._rel_vec[relation] = self.encoder.encode([relation_text(relation)], kind="passage")[0]
        sim = float(np.dot(vec, rvec))
        return min(1.0, max(0.0, (sim - LOW) / (HIGH - LOW)))

    def prefetch(self, words: list[str]) -> None:
        """Embed the question's new words in one batch instead of one call per word."""
        if self.encoder is None:
            return
        todo = [w for w in dict.fromkeys(words) if w not in self._word_vec]
        if todo:
            self._word_vec.update(zip(todo, self.encoder.encode(todo, kind="query")))
