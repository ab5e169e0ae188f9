"""How strongly a question word speaks for a relation of the graph.

Evidence comes from the graph, never from a hand-made list in the code: shared word stems with
the relation names ("educated" ~ "educated_at"), shared characters for Chinese ("容积率" ~
"容积率"), the graph's own relation words file (`relation_words.py`: words a user or an index-time
LLM pass gave for a relation, "instrument" for `P1303`), and, when an embedder is given, cosine
similarity of the word and the relation name (cached per word, so repeated words cost nothing).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Protocol

import numpy as np

from graphrag.normalize import fold, has_cjk, singular
from graphrag.retrievers.text import CJK_STOP, STOPWORDS

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Cosine similarity of two short texts: below `low` it is noise, above `high` as good as a
# match. Each model has its own scale (e5 scores everything high), measured on word pairs.
CALIBRATION = {"minilm": (0.40, 0.75), "e5": (0.80, 0.90)}


def calibration(model_name: str) -> tuple[float, float]:
    for key, value in CALIBRATION.items():
        if key in model_name.lower():
            return value
    return CALIBRATION["minilm"]


class Encoder(Protocol):
    def encode(self, texts: list[str], kind: str = "passage") -> np.ndarray: ...


def relation_words(relation: str) -> list[str]:
    """`educated_at` → ["educated", "at"]; `placeOfBirth` → ["place", "of", "birth"]."""
    return fold(_CAMEL.sub(" ", relation)).split()


def relation_text(relation: str) -> str:
    return " ".join(relation_words(relation)) or relation


def _stem(word: str) -> str:
    word = singular(word)
    return word[: max(4, len(word) - 3)] if len(word) > 4 else word


_SUFFIX = re.compile(r"(?:ings?|ed|ers?|ors?|ions?|ment)$")


def _root(word: str) -> str:
    """"acted" and "actors" → "act", "starred" → "star": suffixes off, a doubled end undone."""
    root = _SUFFIX.sub("", word)
    if len(root) < 3:
        return word
    return root[:-1] if len(root) > 3 and root[-1] == root[-2] else root


class Space:
    """One embedding model with its per-text caches (relation names, question words)."""

    def __init__(self, encoder: Encoder):
        self.encoder = encoder
        self.low, self.high = calibration(getattr(encoder, "name", ""))
        self._rel: dict[str, np.ndarray] = {}
        self._word: dict[str, np.ndarray] = {}
        self._name: dict[str, np.ndarray] = {}

    def relations(self, relations: list[str]) -> np.ndarray:
        todo = [r for r in dict.fromkeys(relations) if r not in self._rel]
        if todo:
            self._rel.update(zip(todo, self.encoder.encode([relation_text(r) for r in todo], kind="passage")))
        return np.stack([self._rel[r] for r in relations])

    def words(self, words: list[str]) -> np.ndarray:
        todo = [w for w in dict.fromkeys(words) if w not in self._word]
        if todo:
            self._word.update(zip(todo, self.encoder.encode(todo, kind="query")))
        return np.stack([self._word[w] for w in words])

    def names(self, names: list[str]) -> np.ndarray:
        """Entity names as passages (answer-type checks), cached like the words."""
        todo = [n for n in dict.fromkeys(names) if n not in self._name]
        if todo:
            self._name.update(zip(todo, self.encoder.encode(todo, kind="passage")))
        return np.stack([self._name[n] for n in names])

    def evidence(self, words: list[str], relations: list[str]) -> np.ndarray:
        sims = self.words(words) @ self.relations(relations).T
        floor = np.full((len(words), 1), self.low, dtype=np.float32)
        if len(relations) >= 3:  # a word about as close to every relation as to this one backs none
            floor = np.maximum(floor, sims.mean(axis=1, keepdims=True) + 0.25 * (self.high - self.low))
        sem = np.clip((sims - floor) / (self.high - self.low), 0.0, 1.0)
        weak = sem < 0.3  # weak evidence cannot pay for a step: it only breaks ties
        sem[weak] *= 0.3
        return sem


# A question word matching one of a relation's extra words is nearly as good as matching its name.
ALIAS = 0.9


class RelationScorer:
    """Word ↔ relation evidence in [0, 1]: the larger of a lexical match and a semantic one.

    Semantic similarity is judged relative to the other relations near the topic: a word that
    is about equally close to all of them ("films" in a movie graph) backs none, a word far
    closer to one relation than to the rest ("studied" → educated_at) backs that one.
    Chinese words may go to a second, multilingual model (`cjk`), so "出生" meets "born in".
    `words` maps a relation to extra words or phrases; a phrase counts only when all of its
    words are in the question ("type of film" backs nothing in "who directed the film")."""

    def __init__(self, encoder: Encoder | None = None, cjk: Callable[[], Encoder | None] | None = None,
                 words: dict[str, list[str]] | None = None):
        self.encoder = encoder
        self.aliases: dict[str, list[list[str]]] = {}
        for rel, items in (words or {}).items():
            phrases = [_phrase_words(i) for i in items]
            self.aliases[rel] = [p for p in phrases if p]
        self.space = Space(encoder) if encoder is not None else None
        self._cjk_factory = cjk
        self._cjk_space: Space | None | bool = None if cjk is not None else False

    def warm(self, relations: list[str], vectors: np.ndarray | None = None) -> None:
        """Relation vectors up front (or from the persisted relation index), not per question."""
        if self.space is None:
            return
        if vectors is not None:
            self.space._rel.update(zip(relations, vectors))
        else:
            self.space.relations(relations)

    def space_for(self, word: str) -> Space | None:
        if has_cjk(word) and self._cjk_space is not False:
            if self._cjk_space is None:
                enc = self._cjk_factory()
                self._cjk_space = Space(enc) if enc is not None else False
            if self._cjk_space:
                return self._cjk_space
        return self.space

    def matrix(self, words: list[str], relations: list[str]) -> np.ndarray:
        """Evidence for each (word, relation): shape (len(words), len(relations))."""
        out = np.array([[_lexical(w, r)[0] for r in relations] for w in words], dtype=np.float32).reshape(
            len(words), len(relations))
        if not words or not relations:
            return out
        for c, rel in enumerate(relations):
            for phrase in self.aliases.get(rel, ()):
                hits = [[i for i, w in enumerate(words) if _same_word(w, pw)] for pw in phrase]
                if all(hits):
                    for i in {i for h in hits for i in h}:
                        out[i, c] = max(out[i, c], ALIAS)
        groups: dict[int, tuple[Space, list[int]]] = {}
        for i, w in enumerate(words):
            sp = self.space_for(w)
            if sp is not None and out[i].max() < 0.9:  # a word that names a relation needs no model call
                groups.setdefault(id(sp), (sp, []))[1].append(i)
        for sp, rows in groups.values():
            sem = sp.evidence([words[i] for i in rows], relations)
            out[rows] = np.maximum(out[rows], sem)
        return out


    def slot(self, word: str, relation: str) -> int:
        """Which word of the relation `word` matches (-1: none): a word of its name, else one of
        its extra words (100 + their index). Two question words on different slots of one
        relation are one mention of it ("release" … "dates" with "date" given for the relation)."""
        at = slot(word, relation)
        if at >= 0:
            return at
        for k, phrase in enumerate(self.aliases.get(relation, ())):
            if any(_same_word(word, pw) for pw in phrase):
                return 100 + k
        return -1


def _phrase_words(text: str) -> list[str]:
    """The words of a relation word or phrase that can match a question word: "type of film" →
    ["type", "film"]; a CJK phrase stays whole (it is matched by shared characters)."""
    if has_cjk(text):
        return [text.strip()] if text.strip() else []
    return [w for w in relation_words(text) if len(w) >= 3 and w not in STOPWORDS]


@lru_cache(maxsize=65536)
def _same_word(word: str, given: str) -> bool:
    """A question word is a given relation word when it is the same word or the same root
    ("describes" ~ "describe", "acted" ~ "acting"); no prefixes: "film" is not "filmmaker".
    CJK: the given word is inside the question's run, or shares two of its characters."""
    if has_cjk(word) or has_cjk(given):
        return given in word or _lexical(word, given)[0] >= 0.6
    w, g = singular(word), singular(given)
    return w == g or (min(len(w), len(g)) >= 4 and _root(w) == _root(g))


def slot(word: str, relation: str) -> int:
    """Which word of the relation name `word` matches (-1: none). Two question words matching
    different words of one relation ("year" … "founded" ~ year_founded) are one mention of it."""
    return _lexical(word, relation)[1]


@lru_cache(maxsize=65536)
def _lexical(word: str, relation: str) -> tuple[float, int]:
    if has_cjk(word) or has_cjk(relation):
        rel_chars = {c for c in relation if has_cjk(c) and c not in CJK_STOP} or set(relation)
        if not rel_chars:
            return 0.0, -1
        if relation in word:
            return 1.0, 0
        shared = sum(1 for c in rel_chars if c in word)
        return (0.9 * shared / len(rel_chars), 0) if shared >= min(2, len(rel_chars)) else (0.0, -1)
    best, where = 0.0, -1
    w = singular(word)
    for i, rw in enumerate(relation_words(relation)):
        if len(rw) < 3:
            continue
        if w == singular(rw):
            return 1.0, i
        stem = _stem(rw)
        if len(stem) >= 4 and stem in w and best < 0.9:  # "writ" in "screenwriter"
            best, where = 0.9, i
        elif len(w) >= 4 and (rw.startswith(w) or w.startswith(stem)) and best < 0.8:  # "star" ~ "starred"
            best, where = 0.8, i
        elif len(w) >= 4 and best < 0.8 and _root(w) == _root(singular(rw)):  # "acted" ~ "actors"
            best, where = 0.8, i
    return best, where
