"""Question analysis, once per question: what the ranking stages read from the text.

Grammar, not vocabulary: the asked-for noun follows a wh-determiner ("what COUNTRY"), a noun right
before a mention names the topic ("the FILM Gigot"), a topic's own mention and better-linked
mentions are not relation words. Nothing here knows a graph's relation names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from graphrag.types import LinkedEntity
from graphrag.asking import asks_count, asks_date, asks_place, asks_quantity
from graphrag.normalize import has_cjk, singular
from graphrag.terms import STOPWORDS, is_participle
from graphrag.retrievers.text import (AUXILIARIES, ORDER_WORDS, Token, first_wh, answer_type_words, appositive, asks_person,
                                      content_words, kind_phrase, question_tokens)


@dataclass
class Analysis:
    text: str  # NFKC form of the question; spans refer to it
    tokens: list[Token]
    kinds: list[str] = field(default_factory=list)  # asked-for nouns ("what COUNTRY", "哪个国家")
    phrase: str = ""  # the first with what it is a kind of ("type of film"), else the noun itself
    class_at: frozenset[int] = frozenset()  # where nouns naming a class start: the bare asked-for noun
    # ("what FILM did X write") and appositions ("the FILM Gigot", "the SCREENWRITER X"): they back
    # a relation through its label words only, never by mere closeness
    words: dict[int, list[Token]] = field(default_factory=dict)  # per topic: words that may back relations
    mention_pos: dict[int, int] = field(default_factory=dict)  # per topic: middle of its mention
    asked_at: frozenset[int] = frozenset()  # of those, the bare asked-for noun: it may back a relation
    # it is clearly close to, among the graph's ("what TOPICS is X about" for `main subject`)
    of_topic: dict[int, frozenset[int]] = field(default_factory=dict)  # per topic: where its nouns start
    # ("the DIRECTOR of X"): they name the step from the topic, not what the wh-word asks with
    owned: frozenset[int] = frozenset()  # of those, where a possessive's nouns start ("X's HUSBAND")
    main: dict[int, frozenset[int]] = field(default_factory=dict)  # per topic whose mention sits in a
    # clause that tells a noun apart ("who hands out THE PRIZE THAT X RECEIVED"): where its words
    # outside that noun phrase start (the main clause's: "hands", "out")
    clause_first: dict[int, frozenset[int]] = field(default_factory=dict)  # of those, where a relative
    # pronoun opens the clause and it surely ends at the mention (not a participle's: "the movies
    # starred by X ACTORS"; no name right after "the NOUN", which may open a clause of its own: "the
    # group that owns THE HOUSES X designed for"): where the main clause's words start. The clause's
    # words name the steps from the topic to the noun, so they back no step after one those back
    asks_time: bool = False
    asks_person: bool = False
    asks_quantity: bool = False
    asks_count: bool = False  # "how many": the entities counted answer it too
    asks_place: bool = False  # "where": a step ends on places
    topics: int = 0  # distinct linked entities; two or more may be constraints
    wh_noun: int = -1  # where the noun a wh-word asks through a copula starts ("what are the CAPITALS of …")


def analyse(question: str, entities: list[LinkedEntity], max_words: int = 24,
            segment: Callable[[str], list[str]] | None = None,
            adjacent: frozenset[tuple[int, int]] = frozenset()) -> Analysis:
    """`max_words` bounds the words each topic reads, so a question's length cannot multiply the
    work done for it; `segment` cuts Chinese text into words (the linker's jieba); `adjacent`: pairs
    of entities a fact joins (a weaker mention the topic has a fact with, in a sentence before the
    one that asks, is no relation word of its: that sentence says what the asker knows)."""
    text, toks = question_tokens(question)
    best = [(e.start, e.end) for e in entities if e.score >= entities[0].score] if entities else []
    # "what FILM": a weaker link ("film", a tag) is still the noun
    kinds = answer_type_words(text, toks, best, [(e.start, e.end) for e in entities])
    phrase, of_span = kind_phrase(text, kinds[0], best) if kinds else ("", None)
    classes = {start for e in entities for start, _ in appositive(text, toks, e.start)}
    classes.update(_predicate_noun(toks, e.end) for e in entities)  # "X is a FILM written by …"
    classes.discard(-1)
    asked: set[int] = set()
    if kinds and of_span is None:
        wh = toks[at].start if (at := first_wh(toks)) is not None else 0  # ("spans a river — which river …": not the first)
        asked = {t.start for t in toks if t.word == kinds[0] and t.start >= wh and not any(a <= t.start < b for a, b in best)}
        classes.update(asked)
    # what the question asks for is read around the names ("Paris WHEN It Sizzles" asks no time)
    spans = [(e.start, e.end) for e in entities]
    free = [t for t in toks if not any(a <= t.start < b for a, b in spans)]
    free_text = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(text))
    a = Analysis(text, toks, kinds, phrase, frozenset(classes), asked_at=frozenset(asked),
                 asks_time=asks_date(free_text), asks_person=asks_person(free_text, free), asks_quantity=asks_quantity(free_text),
                 asks_count=asks_count(free_text), asks_place=asks_place(free_text),
                 topics=len({e.id for e in entities}))
    at = first_wh(toks)
    a.wh_noun = _copula_noun(toks, at, entities) if at is not None else -1
    # the sentences before the one that asks say what the asker knows ("Apollo and Daphne is a Baroque MARBLE
    # sculpture. What city …"); with no wh-word the value named is what is asked ("Goodbye Solo that is good")
    told = max((m.end() for m in re.finditer(r"[.!?。！？]\s*", text[:toks[at].start])), default=0) if at is not None else 0
    for e in entities:  # a topic's own mention is not a relation word, nor are better-linked
        # mentions, nor what the answer is a kind of ("what type of FILM")
        covered = [(o.start, o.end) for o in entities
                   if o.score > e.score or o is e or _written_name(text, o) or (e.id, o.id) in adjacent and o.end <= told]
        if of_span:
            covered.append(of_span)
        a.words.setdefault(e.id, _generations(_no_order(toks, content_words(text, toks, covered, segment)))[:max_words])
        a.mention_pos.setdefault(e.id, (e.start + e.end) // 2)
        a.of_topic[e.id] = a.of_topic.get(e.id, frozenset()) | _of_topic(text, toks, e.start, e.end)
        owned = _possessive(text, toks, e.end)  # "released X's NOVELS": the clause's too
        span = _relative_clause(toks, e.start, e.end if owned is None else _noun_end(toks, owned))
        if span is not None and e.id not in a.main:
            a.main[e.id] = frozenset(t.start for t in a.words[e.id] if not span[0] <= t.start < span[1])
            before = [t for t in toks if t.end <= e.start][-2:]
            if any(t.word in _RELATIVE for t in toks if span[0] <= t.start < e.start) and not (
                    len(before) == 2 and before[0].word in _ARTICLES and before[1].word not in STOPWORDS):
                a.clause_first[e.id] = a.main[e.id]
    a.owned = frozenset(t.start for e in entities if (t := _possessive(text, toks, e.end)) is not None)
    a.class_at = a.class_at | _where_nouns(toks, kinds[0] if kinds else "") | _anaphors(toks, told)
    return a


def _copula_noun(toks: list[Token], at: int, entities: list[LinkedEntity]) -> int:
    """"what ARE THE capitals of …": where the noun after the wh-word, a copula and an article starts; else -1."""
    k = at + 1
    while k < len(toks) and (toks[k].word in AUXILIARIES or toks[k].word in _ARTICLES):
        k += 1
    if k == len(toks) or toks[at + 1].word not in AUXILIARIES or toks[k].word in STOPWORDS \
            or any(e.start <= toks[k].start < e.end for e in entities):
        return -1
    return toks[k].start


def _written_name(text: str, e: LinkedEntity) -> bool:
    """"behind BRISTOL's Clifton Suspension Bridge": a name linked as written, capitalised inside the
    sentence and in the graph, is no relation word of another topic's path, however it was scored
    (the model reads a city's name near `located in city`). Another mention may be a relation word
    that a title or a tag shares ("who STARRED in …", "the DIRECTOR of X" with a tag "director")."""
    return e.method in ("exact", "alias") and e.start > 0 and text[e.start:e.start + 1].isupper() \
        and e.name[:1].isupper() and text[e.start:e.end] == e.mention


def _no_order(toks: list[Token], words: list[Token]) -> list[Token]:
    """"X's FIRST wife", "the ELDEST son of X": a word of order between a determiner and a noun
    picks one of the noun's many; it names no relation of its own (the model reads "first" near
    `occupation`). Before a verb it does: "who FIRST climbed X" (a first ascent)."""
    nxt = {t.start: toks[i + 1] for i, t in enumerate(toks[:-1])}
    prev = {t.start: toks[i - 1] for i, t in enumerate(toks) if i}
    return [t for t in words if not (t.word in ORDER_WORDS and t.start in nxt and nxt[t.start].word not in STOPWORDS
                                     and t.start in prev and prev[t.start].word in _DETERMINERS)]


_DEMONSTRATIVES = frozenset("this that these those".split())
_DETERMINERS = frozenset("the a an his her its their my our your s whose".split()) | _DEMONSTRATIVES




def _where_nouns(toks: list[Token], asked: str) -> frozenset[int]:
    """"which STATE is the CITY WHERE X died": a noun told apart by a "where" clause names the
    kind of place the clause reaches (the place of death), no step of its own; it backs a
    relation by its label words only, as an asked-for noun does. So does a word before it in
    its noun phrase ("the RESEARCH lab where X was built": no study)."""
    out = set()
    for i in range(2, len(toks)):
        noun = toks[i - 1]
        if toks[i].word != "where" or noun.word in STOPWORDS or noun.word == asked:
            continue
        if toks[i - 2].word in _ARTICLES:
            out.add(noun.start)
        elif i >= 3 and toks[i - 3].word in _ARTICLES and toks[i - 2].word not in STOPWORDS:
            out.update((toks[i - 2].start, noun.start))  # "the RESEARCH LAB where X was built": its modifier too
    return frozenset(out)


def _anaphors(toks: list[Token], told: int) -> frozenset[int]:
    """"… became a professor at a UNIVERSITY. In which year was THAT UNIVERSITY founded": a noun
    after a demonstrative, said before in the sentences that tell (`told`: where the asking one
    starts), points back at what those reached; both mentions name that node's kind, no step of
    its own, and back a relation by its label words only, as an asked-for noun does."""
    said = {singular(t.word) for t in toks if t.end <= told and t.word not in STOPWORDS}
    back = {singular(t.word) for prev, t, nxt in zip(toks, toks[1:], [*toks[2:], None])
            if t.start >= told and prev.word in _DEMONSTRATIVES and t.word not in STOPWORDS and singular(t.word) in said
            # the noun ends its phrase ("that university FOUNDED", "that supervisor BORN"), not "that WRITING system"
            and (nxt is None or nxt.word in STOPWORDS or is_participle(nxt.word))}
    return frozenset(t.start for t in toks if singular(t.word) in back)


def _generations(words: list[Token]) -> list[Token]:
    """A "grand-" word names its kin two generations off: the rest of it once more, as a word of
    its own ("GRANDchildren": children of children; "GRANDfather": a father's or mother's
    father), so that two steps along one relation each have a word (one word backs one step)."""
    out = []
    for t in words:
        out.append(t)
        rest = t.raw[5:]
        if t.word.startswith("grand") and len(rest) >= 3 and rest.isalpha() and not has_cjk(rest):
            out.append(Token(singular(rest.casefold()), t.start + 5, t.end, rest))
    return out


def _possessive(text: str, toks: list[Token], end: int) -> Token | None:
    """The noun a mention's possessive names ("X's HUSBAND"), or None when none follows."""
    after = [t for t in toks if t.start >= end][:2]
    if len(after) == 2 and after[0].word == "s" and text[after[0].start - 1:after[0].start] in ("'", "’"):
        return after[1]
    return None


def _noun_end(toks: list[Token], first: Token) -> int:
    """Where the noun phrase that starts with `first` ends: it and up to one more word that is
    no stopword ("X's PARENT COMPANY attend")."""
    at = toks.index(first)
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    if nxt is not None and any(t.word in AUXILIARIES for t in toks[:at]) and all(
            t.word in STOPWORDS for t in toks[at + 2:]):
        return first.end  # "where WERE the designers who headed X's studio BORN": the main verb
    return nxt.end if nxt is not None and nxt.word not in STOPWORDS else first.end


def _of_topic(text: str, toks: list[Token], start: int, end: int) -> frozenset[int]:
    """Starts of words right before "of" (and an article) and the mention at `start`…`end`, when
    it ends the noun phrase: not when a participle follows ("the screenwriter of X DIRECTED films":
    the films are the object there, not X), nor a possessive ("the religion of X's HUSBAND": the
    husband is X's, the religion his). A possessive's noun is the topic's own."""
    owned = _possessive(text, toks, end)
    if owned is not None:
        return frozenset({owned.start})
    out = set()
    # "When WERE the films by the writer of X RELEASED?": a participle that ends a question begun
    # with an auxiliary is the question's own verb, and its subject holds the noun phrase (not so
    # in "who IS the director of X WRITTEN films")
    wh = first_wh(toks)
    wh = len(toks) if wh is None else wh
    aux = next((k for k in range(wh + 1, min(wh + 4, len(toks))) if toks[k].word in AUXILIARIES), len(toks))
    after = next((o for o in toks if o.start >= end), None)
    participle = after is not None and len(after.word) > 3 and after.word.endswith(("ed", "en"))
    for i, t in enumerate(toks[:-2]):
        if toks[i + 1].word != "of":
            continue
        k = i + 2 + (toks[i + 2].word in ("the", "a", "an") and i + 3 < len(toks))
        if start not in (toks[i + 2].start, toks[k].start):
            continue
        if not participle or (aux < i and after is toks[-1]):
            out.add(t.start)
    return frozenset(out)


def _predicate_noun(toks: list[Token], end: int) -> int:
    """Where the noun of "<mention> is a NOUN" starts (what the topic is, not a relation), or -1."""
    after = [t for t in toks if t.start >= end][:3]
    if len(after) == 3 and after[0].word in ("is", "was") and after[1].word in ("a", "an"):
        return after[2].start
    return -1


_RELATIVE = frozenset("that which who whom whose".split())
_ARTICLES = frozenset("the a an these those".split())


def _relative_clause(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The span of the noun phrase whose noun a clause holding the mention at `start`…`end`
    tells apart ("who hands out THE PRIZE THAT X RECEIVED", "THE AWARDS WON BY X", "where is THE
    COMPANY THAT OWNS X based"): the outermost such noun after an article, before the mention;
    None when the mention is in no such clause. Grammar only: a relative pronoun after the noun,
    or a word and "by" (a participle: "won by", "translated by"). The clause ends with the
    mention when its verb comes first ("that OWNS X"), else with the question ("that X
    RECEIVED", "that the husband of X ATTENDED")."""
    before = [t for t in toks if t.end <= start]
    asks = first_wh(toks)
    asks = -1 if asks is None else asks
    for i in range(1, len(before)):
        t = before[i]
        pronoun = t.word in _RELATIVE and i != asks
        marks = pronoun or (i + 1 < len(before) and before[i + 1].word == "by" and t.word not in STOPWORDS)
        noun = before[i - 1]
        if not marks or noun.word in STOPWORDS or has_cjk(noun.raw):
            continue
        # a participle before the pronoun ends the main clause, whose noun the clause comes after ("in which city
        # was the monarch BORN WHO financed …"): the clause starts at the pronoun
        apart = pronoun and i >= 2 and is_participle(noun.word) and before[i - 2].word not in STOPWORDS
        # the noun and up to two words before it (an adjective, a compound's first noun) follow
        # an article: a noun phrase, not a verb ("who directed X which …")
        for j in range(i - 2 - apart, max(i - 5 - apart, -1), -1):
            if before[j].word in _ARTICLES:
                # a subject right after the pronoun (the mention, or an article opening its noun
                # phrase): the clause's verb follows the mention, so too after a pronoun of a clause
                # inside it ("who financed the expedition ON WHICH X was killed")
                subject = any(before[k].word in _RELATIVE and before[k].word != "whose" and k != asks
                              and (k + 1 == len(before) or before[k + 1].word in _ARTICLES)
                              for k in range(i, len(before))) if pronoun else False
                return (t.start if apart else before[j].start), (toks[-1].end + 1 if subject else end)
            if before[j].word in STOPWORDS:
                break
    return None
