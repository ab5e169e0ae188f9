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
seem remain base locate situate""".split())  # "where is X BASED": any sentence saying where answers
_ZH_WH = re.compile(r"谁|哪里|哪儿|哪一?[年个位座所本家种条天月国]?|什么|多少|几")
_ZH_LIGHT = frozenset("是 有 还有 为 在 叫 称 成为 属于".split())
_ZH_DIRECTION = "进入到至往"  # "考进" and "考入": one verb with either complement of direction


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
    doc = nlp(q)
    found = frozenset(t.lemma_.casefold() for t in doc
                      if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.lemma_.casefold() not in _LIGHT)
    if found:
        return found
    # "When was the last emperor BORN?": the parser may hang a final participle on a noun and
    # make the copula the root; the participle is still what is asked
    last = next((t for t in reversed(doc) if not t.is_punct), None)
    if last is not None and last.tag_ == "VBN" and last.pos_ == "VERB" and last.lemma_.casefold() not in _LIGHT:
        return frozenset({last.lemma_.casefold()})
    return frozenset()


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
        return any(v in t or len(v) == 2 and v[1] in _ZH_DIRECTION and re.search(f"{v[0]}[{_ZH_DIRECTION}]", t)
                   for v in verbs)
    t = re.sub(r"\b\w+-born\b", " ", t)  # "the German-born chemist" says where, not a birth
    words = re.findall(r"[\w'’\-]+", t.casefold())
    have = set(words) | {lemma(w) for w in words} | set(terms(t))
    if any(v in have or not set(terms(v)).isdisjoint(have) for v in verbs):
        return True
    irregular = _irregular_verbs()  # "GROUND by the optician" says grind, whatever the tagger took it for
    return any(v in irregular.get(w, ()) for w in words for v in verbs)


@lru_cache(maxsize=1)
def _irregular_verbs() -> dict:
    """The parser's table of irregular verb forms ("ground" → grind), or none without a parser."""
    nlp = _english()
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    return dict(lookups.get_table("lemma_exc").get("verb", {}))


_ARGUMENT = frozenset("nsubj nsubjpass dobj".split())
# words of kin: "HER FATHER died in 1810" tells of someone's father, not of the name asked about
KIN_WORDS = frozenset("""son sons daughter daughters father mother parent parents wife husband spouse brother
brothers sister sisters child children grandfather grandmother grandson granddaughter uncle aunt nephew
niece cousin widow widower""".split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’\-]+", unicodedata.normalize("NFKC", text).casefold()))


def _kin_of(tok) -> bool:
    """"her father", "Mary's brother": a word of kin with a possessor."""
    return (tok.lemma_.casefold() in KIN_WORDS or tok.text.casefold() in KIN_WORDS) \
        and any(c.dep_ == "poss" for c in tok.children)


@lru_cache(maxsize=1024)
def said_of(verbs: frozenset[str], names: tuple[str, ...], text: str, kin: bool = False) -> bool:
    """Whether the sentence may say the asked verb of the question's names, when a parser can
    tell: "When did Godtfred Christiansen DIE?" is not answered by "Ole Kirk Christiansen DIED in
    1958 and his son Godtfred took over". Declined only when every use of the verb has nothing
    but other proper names, or someone's kin ("her FATHER died in 1810", unless the question
    asks about kin, `kin`), for its subject, object and "by" phrase; a pronoun or a noun ("she",
    "the club") may stand for the question's names, and a part of one ("Christiansen") is one."""
    if not verbs or not names or re.search(r"[\u3400-\u9fff]", text + "".join(verbs)):
        return True
    nlp = _english()
    if nlp is None:
        return True
    own = [w for w in (_words(n) for n in names) if w]
    uses = [t for t in nlp(text) if t.pos_ in ("VERB", "AUX") and t.lemma_.casefold() in verbs]
    for verb in uses:
        first = verb  # "Kestrel was founded … and is HEADQUARTERED in San Jose": the subject of the verb it joins
        while first.dep_ == "conj" and first.head.i < first.i and not any(c.dep_.startswith("nsubj") for c in first.children):
            first = first.head
        if verb.dep_ in ("acl", "relcl", "xcomp") or not any(c.dep_.startswith("nsubj") for c in first.children) \
                or first.dep_ in ("acl", "relcl", "xcomp"):
            return True  # its subject is elsewhere: "the expedition, LED by X", "agreed to be BOUGHT by X"
        args = [c for c in verb.children if c.dep_ in _ARGUMENT]
        args += [c for c in first.children if c.dep_.startswith("nsubj")] if first.i != verb.i else []
        args += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # ("the Herald SENT Stanley to find him": the one looked for is the purpose clause's object)
        args += [g for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i for g in c.children if g.dep_ == "dobj"]
        heads = [h for a in args for h in (a, *a.conjuncts)]
        if any(h.pos_ != "PROPN" and (kin or not _kin_of(h)) for h in heads):
            return True
        for h in heads:
            name = {w.text.casefold() for w in h.subtree if w == h or (w.pos_ == "PROPN" and w.dep_ in ("compound", "flat"))}
            if any(name <= o or o <= name for o in own):
                return True
    return not uses
