"""Name normalisation shared by the store, the linker and the metrics.

Case, Unicode width, punctuation and simple English plurals are folded so "The Beatles",
"the beatles!" and "THE BEATLE" meet; CJK text keeps every character.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import simplemma

_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")


_SCRIPT_BREAK = re.compile(r"(?<=[\u3400-\u9fff])(?=[^\W\u3400-\u9fff])|(?<=[^\W\u3400-\u9fff])(?=[\u3400-\u9fff])")


def fold(text: str) -> str:
    """Case/width/punctuation-insensitive form: NFKC, casefold, punctuation → space, and a
    space where Chinese meets Latin letters or digits ("海尔jzy" → "海尔 jzy")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT.sub(" ", text)
    text = _SCRIPT_BREAK.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def singular(token: str) -> str:
    """Crude English singular; applied to both sides of a match, so it only has to be consistent."""
    if len(token) <= 3 or not token.isascii() or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "shes", "ches", "xes")):
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("wrote" → "write", "taught" → "teach"), by
    simplemma's word lists; the word itself when it has none."""
    return simplemma.lemmatize(word, lang="en").lower()


def past_form(verb: str) -> str | None:
    """The regular past form of a bare English verb ("train" → "trained", "study" → "studied",
    "stop" → "stopped") when simplemma knows it as that verb's; None else (irregular verbs,
    other words)."""
    w = verb.lower()
    if len(w) < 3 or not w.isalpha():
        return None
    for past in (w + "ed", w + "d", w[:-1] + "ied", w + w[-1] + "ed"):
        if simplemma.is_known(past, lang="en") and lemma(past) == w:
            return past
    return None


def normalize(name: str) -> str:
    """The lookup key for an entity name or alias."""
    return " ".join(singular(t) for t in fold(name).split())


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def tokens(text: str) -> list[str]:
    return fold(text).split()
