"""The verb a question asks about ("Which poet was INSPIRED by …", "…是哪一年出生的"), so a quoted
sentence can be held to saying it. A sentence that holds the question's names and nouns but not
its verb ("Near Montreux, the castle stands on a small rocky island") is about the same things,
not the asked fact.

Read by a parser when one is installed (spaCy's English pipeline, which ships with the ingest
extra; jieba's part-of-speech tags for Chinese); without one nothing is asked of a sentence.
Verbs that carry little of their own (be, have, become, say, …) are not held to.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graphrag.normalize import lemma
from graphrag.terms import terms

_LIGHT = frozenset("""be do have become get make take say call know go come give use happen mean include
seem remain""".split())
_ZH_WH = re.compile(r"谁|哪里|哪儿|哪一?[年个位座所本家种条天月国]?|什么|多少|几")
_ZH_LIGHT = frozenset("是 有 为 在 叫 称 成为 属于".split())


@lru_cache(maxsize=1)
def _english():
    """spaCy's English pipeline without its entity recogniser, or None when not installed."""
    from graphrag.english_parser import load_parser

    nlp = load_parser()
    if nlp is not None and "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    return nlp


@lru_cache(maxsize=1024)
def asked_verbs(question: str) -> frozenset[str]:
    """The question's main verb (its dictionary form; Chinese: as written), or none."""
    q = unicodedata.normalize("NFKC", question)
    if re.search(r"[\u3400-\u9fff]", q):
        return _chinese(q)
    nlp = _english()
    if nlp is None:
        return frozenset()
    return frozenset(t.lemma_.casefold() for t in nlp(q)
                     if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.lemma_.casefold() not in _LIGHT)


def _chinese(q: str) -> frozenset[str]:
    """The first verb after the question word, else the last before it ("谁提出的", "出自哪本书")."""
    m = _ZH_WH.search(q)
    if m is None:
        return frozenset()
    import jieba.posseg

    def verbs(text: str) -> list[str]:
        return [w for w, flag in jieba.posseg.lcut(text) if flag.startswith("v") and w not in _ZH_LIGHT]

    after, before = verbs(q[m.end():]), verbs(q[:m.start()])
    return frozenset(after[:1] or before[-1:])


def says(verbs: frozenset[str], text: str) -> bool:
    """Whether the sentence says one of the verbs, in any form ("bought" for buy, "founded"
    for found, "published" for publish), as a word or as the stem of one ("founder")."""
    if not verbs:
        return True
    t = unicodedata.normalize("NFKC", text)
    if any(re.search(r"[\u3400-\u9fff]", v) for v in verbs):
        return any(v in t for v in verbs)
    words = re.findall(r"[\w'’\-]+", t.casefold())
    have = set(words) | {lemma(w) for w in words} | set(terms(t))
    return any(v in have or not set(terms(v)).isdisjoint(have) for v in verbs)
