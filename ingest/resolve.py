"""Entity resolution across runs: map each extracted name onto the entity the graph already
has for it, or make it a new entity.

Matches, in order: the same normalised name (case, width, punctuation, plural), a known alias,
then a fuzzy match above the threshold (Levenshtein ratio over folded names, only for names
long enough and alike in their numbers, so "World War I" never becomes "World War II").
Every mapping onto a differently written name is returned as a Merge for the log; an
ambiguous name (two entities claim it) is left alone rather than merged."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from graphrag.ingest.types import Alias, Merge
from graphrag.normalize import fold, has_cjk, normalize
from graphrag.store.base import GraphStore

log = logging.getLogger("graphrag.ingest")

_ROMAN = re.compile(r"^[ivxlcdm]+$")
_DIGITS = re.compile(r"\d+")
_MIN_FUZZY_LEN = 6
_GENERATION = frozenset({"jr", "sr", "junior", "senior", "elder", "younger"})


@dataclass
class Resolution:
    name: str
    merge: Merge | None = None
    alias: Alias | None = None  # a fuzzy variant the linker should know from now on


@dataclass
class EntityResolver:
    store: GraphStore
    threshold: float = 92.0
    _canon: dict[str, str] = field(default_factory=dict)  # normalised name → canonical name
    _blocks: dict[str, dict[str, str]] | None = None  # first char → folded name → canonical

    def resolve(self, raw: str) -> Resolution:
        name = " ".join(raw.split())
        k = normalize(name)
        if not k:
            return Resolution(name)
        if k in self._canon:
            return self._seen(name, self._canon[k])
        found = self.store.find_entities(name)
        if len(found) > 1:
            exact = [e for e in found if e.name == name] or [e for e in found if normalize(e.name) == k]
            if len(exact) != 1:
                log.warning("entity %r is ambiguous (%s); kept as written", name, ", ".join(e.name for e in found[:5]))
                return self._new(name, k)
            found = exact
        if found:
            canonical = found[0].name
            self._canon[k] = canonical
            method = "normalized" if normalize(canonical) == k else "alias"
            return Resolution(canonical, self._merge(name, canonical, method, 100.0))
        match = self._fuzzy(name)
        if match:
            canonical, score = match
            self._canon[k] = canonical
            return Resolution(canonical, self._merge(name, canonical, "fuzzy", score), Alias(canonical, name))
        return self._new(name, k)

    def register_alias(self, entity: str, alias: str) -> tuple[Resolution, Alias | None]:
        """A stated alias ("X, also known as Y"): later mentions of Y mean X, unless Y is
        already another entity (then nothing is merged and the conflict is logged)."""
        res = self.resolve(entity)
        k = normalize(alias)
        if not k:
            return res, None
        other = self._canon.get(k) or next((e.name for e in self.store.find_entities(alias)), None)
        if other is not None and other != res.name:
            log.warning("alias %r of %r names another entity %r; not merged", alias, res.name, other)
            return res, None
        self._canon[k] = res.name
        return res, Alias(res.name, alias)

    def _seen(self, name: str, canonical: str) -> Resolution:
        if canonical == name:
            return Resolution(name)
        method = "normalized" if normalize(canonical) == normalize(name) else "alias"
        return Resolution(canonical, self._merge(name, canonical, method, 100.0))

    def _new(self, name: str, k: str) -> Resolution:
        self._canon[k] = name
        self._block_add(name)
        return Resolution(name)

    def _merge(self, name: str, canonical: str, method: str, score: float) -> Merge | None:
        if name == canonical:
            return None
        log.info("merged entity %r into %r (%s %.1f)", name, canonical, method, score)
        return Merge(name, canonical, method, round(score, 1))

    # -- fuzzy -------------------------------------------------------------------------------
    def _load_blocks(self) -> dict[str, dict[str, str]]:
        if self._blocks is None:
            self._blocks = {}
            for e in self.store.iter_entities():
                self._block_add(e.name)
            for name in self._canon.values():  # resolved in this run, maybe not stored yet
                self._block_add(name)
        return self._blocks

    def _block_add(self, name: str) -> None:
        if self._blocks is None:
            return  # loaded lazily from the store, which will contain it by then
        f = fold(name)
        if len(f) >= _MIN_FUZZY_LEN and not has_cjk(f):
            self._blocks.setdefault(f[0], {}).setdefault(f, name)

    def _fuzzy(self, name: str) -> tuple[str, float] | None:
        f = fold(name)
        if len(f) < _MIN_FUZZY_LEN or has_cjk(f):
            return None  # short names and CJK names differ by one character on purpose (北京/南京)
        block = self._load_blocks().get(f[0])
        if not block:
            return None
        from rapidfuzz import fuzz, process

        hit = process.extractOne(f, list(block), scorer=fuzz.ratio, score_cutoff=self.threshold)
        if hit is None or not _same_numbers(f, hit[0]) or _word_and_derivative(f, hit[0]):
            return None
        return block[hit[0]], float(hit[1])


def _word_and_derivative(a: str, b: str) -> bool:
    """"German"/"Germany", "Mexican"/"Mexico"-like pairs: one word the other plus an ending of one or
    two letters is another word (a people and its country), not a spelling of it."""
    if " " in a.strip() or " " in b.strip():
        return False
    short, long_ = sorted((a.strip(), b.strip()), key=len)
    return long_.startswith(short) and 1 <= len(long_) - len(short) <= 2


def _same_numbers(a: str, b: str) -> bool:
    """"Person1"/"Person2", "World War I"/"World War II", "Constantijn Huygens Jr."/"Constantijn
    Huygens" (son and father): alike as strings, different things."""
    def generation(s: str) -> list[str]:
        return [w for w in (t.strip(".,") for t in s.split()) if w in _GENERATION]
    return (_DIGITS.findall(a) == _DIGITS.findall(b) and generation(a) == generation(b)
            and [t for t in a.split() if _ROMAN.match(t)] == [t for t in b.split() if _ROMAN.match(t)])
