"""Question text helpers shared by the linker and the path ranker."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from graphrag.normalize import has_cjk, lemma, singular
from graphrag.terms import CJK_STOP, STOPWORDS, is_participle  # noqa: F401 (re-exported: the question reader's lists)

_WORD = re.compile(r"[\u3400-\u9fff]+|[^\W_\u3400-\u9fff]+", re.UNICODE)  # CJK and other runs apart


@dataclass(frozen=True)
class Token:
    norm: str  # casefolded, singular
    start: int  # span in the original question
    end: int
    raw: str

    @property
    def word(self) -> str:
        """The word as typed, case-folded: what stopword lists and embeddings see (`norm` is a
        crude singular for matching names: "movies" → "movy")."""
        return self.raw.casefold()


def question_tokens(question: str) -> tuple[str, list[Token]]:
    """Words with their spans in the NFKC form of the question (same length as typed for
    ordinary text); CJK runs stay one token here and are segmented by the linker with jieba."""
    text = unicodedata.normalize("NFKC", question)
    toks = [Token(singular(m.group().casefold()), m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    return text, toks


def _index(toks: list[Token], start: int) -> int:
    """Where the token that starts at `start` is (past the end when none does)."""
    return next((i for i, t in enumerate(toks) if t.start == start), len(toks))


def word_after(toks: list[Token], start: int) -> str:
    """The word after the token that starts at `start` ("" at the question's end): "what party
    LEADER" says the asked noun together with the next one (`relations.named_side`)."""
    at = _index(toks, start)
    return toks[at + 1].word if at + 1 < len(toks) else ""


def before_a_noun(toks: list[Token], start: int) -> bool:
    """The token at `start` modifies the noun after it, which ends the asked phrase: "which
    AIRLINE alliance does" asks for an alliance (the next word no function word, an auxiliary
    after it)."""
    at = _index(toks, start)
    return at + 2 < len(toks) and toks[at + 1].word not in STOPWORDS and toks[at + 2].word in AUXILIARIES


# words of order: before a noun they pick one of many ("X's FIRST wife"); before a verb they tell
# which time it was ("FIRST climbed", "FIRST published")
ORDER_WORDS = frozenset("first second third fourth fifth last eldest oldest youngest elder younger".split())


def content_words(text: str, toks: list[Token], covered: list[tuple[int, int]],
                  segment: Callable[[str], list[str]] | None = None) -> list[Token]:
    """Tokens outside entity mentions that can carry relation meaning. A CJK run stays whole
    (the matcher reads it by shared characters: "所在省份的省长是谁" backs 所属省份) and, when
    `segment` (jieba) cuts it into several words, those follow it, so that two relations of a
    chain can each have a word of their own (省份, 省长). Tokens may then overlap: a step takes
    one, and no two steps take overlapping ones (`retrievers/paths.py`)."""
    out = []
    for i, t in enumerate(toks):
        if any(a <= t.start and t.end <= b for a, b in covered):
            continue
        if has_cjk(t.raw):
            # drop the covered characters, keep the rest as one CJK token
            chars = [c if not any(a <= t.start + i < b for a, b in covered) else " " for i, c in enumerate(t.raw)]
            for m in _WORD.finditer("".join(chars)):
                start = t.start + m.start()
                out.append(Token(m.group(), start, m.end() + t.start, m.group()))
                parts = [(w, at) for w, at in _segments(m.group(), segment) if _content(w)]
                if parts and [w for w, _ in parts] != [m.group()]:  # narrower than the run
                    out.extend(Token(w, start + at, start + at + len(w), w) for w, at in parts)
            continue
        if (t.word in STOPWORDS or t.norm in STOPWORDS or t.norm.isdigit()) and not _named(toks, i):
            continue
        if 0 < i and toks[i - 1].word in ("the", "a", "an") and text[t.start:t.start + 1].isupper() \
                and _DEMONYM.search(t.word) and i + 1 < len(toks) \
                and text[toks[i + 1].start:toks[i + 1].start + 1].islower() and toks[i + 1].word not in STOPWORDS:
            continue  # "the EGYPTIAN leader that X honours": who the leader is, no relation of the path (not
            # "which DUTCH province": the kind of the answer)
        if i > 1 and toks[i - 2].word == "how" and toks[i - 1].word == "many" and i + 1 < len(toks) \
                and toks[i + 1].word in _DIMENSIONS:
            continue  # "how many METRES tall": the answer's unit; the adjective names what is measured
        if i > 0 and toks[i - 1].word in ("that", "this", "those", "these") and any(u.norm == t.norm for u in toks[:i - 1]) \
                and (i < 2 or toks[i - 2].word in STOPWORDS):
            # "spans a river — which river does THAT RIVER empty into": the noun said before, no new step (not
            # "owns the firm THAT OWNS …", a relative clause after a noun)
            continue
        out.append(t)
    return out


_COUNTS = frozenset("two three four five six seven eight nine ten both".split())  # "which TWO waters are"
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ch|an|ic|i)$")
_DIMENSIONS = frozenset("tall high long deep wide thick heavy old large big far".split())


def _named(toks: list[Token], i: int) -> bool:
    """"the NAME of", "his NAME": the noun, no request ("NAME the films …")."""
    return toks[i].norm == "name" and i > 0 and toks[i - 1].word in ("the", "a", "his", "her", "its", "their", "s", "whose") \
        and not (i > 1 and toks[i - 2].word in ("is", "was", "are", "were", "s"))  # "what WAS the name of X's mother": the answer


def _content(word: str) -> bool:
    """Not a function word: 的, 是, 什么; nor a two-character one led by a function character
    (哪里, 大家); one character only when jieba reads it as a verb or adjective (死, 写, 高: "丈夫死在
    哪里" asks where he died), not a noun or a classifier cut from a longer word."""
    if len(word) == 1:
        return word not in CJK_STOP and _verb_or_adjective(word)
    return not all(c in CJK_STOP for c in word) and not (len(word) == 2 and word[0] in CJK_STOP)


def warm_cjk() -> None:
    """Load jieba's part-of-speech dictionary (about a second) now rather than inside the first
    Chinese question that has a one-character word."""
    _verb_or_adjective("写")


@lru_cache(maxsize=4096)
def _verb_or_adjective(char: str) -> bool:
    import jieba.posseg  # jieba's own dictionary: the graph's names are never single characters
    return any(p.flag[:1] in ("v", "a") for p in jieba.posseg.lcut(char))


def _segments(run: str, segment: Callable[[str], list[str]] | None) -> list[tuple[str, int]]:
    if segment is None:
        return []
    out, at = [], 0
    for word in segment(run):
        out.append((word, at))
        at += len(word)
    return out


def appositive(text: str, toks: list[Token], start: int) -> list[tuple[int, int]]:
    """The noun right before a mention names what the topic is ("the FILM Gigot", "the
    screenwriter Oscar Wilde"), not a relation: its spans (a modifier's too), or nothing.
    Punctuation between them ("writer: X") keeps the word."""
    before = [t for t in toks if t.end <= start]
    if not before or has_cjk(before[-1].raw) or text[before[-1].end:start].strip():
        return []
    t = before[-1]
    if t.word in STOPWORDS or t.norm in STOPWORDS:
        return []
    # a noun, not a verb: it follows a determiner or "of" ("the FILM X", "writer of FILM X"), or
    # opens the question ("FILM X was directed by …"); "… starred X" keeps its verb
    lead = before[-2].word if len(before) > 1 else ""
    if lead in _DETERMINERS or len(before) == 1:
        return [(t.start, t.end)]
    # a people's name between them says what kind ("the SWISS botanist X"): told, as the noun is
    if len(before) > 2 and before[-3].word in _DETERMINERS and lead not in STOPWORDS \
            and not text[before[-2].end:t.start].strip() and text[before[-2].start].isupper() and text[t.start].islower():
        return [(before[-2].start, before[-2].end), (t.start, t.end)]
    return []


def noun_after(text: str, toks: list[Token], start: int, end: int) -> Token | None:
    """The word right after a mention that follows an article ("the Frostbite ENGINE"): it may
    name what the topic is, as `appositive`'s word before it does; None for anything else."""
    before = [t for t in toks if t.end <= start]
    after = next((t for t in toks if t.start >= end), None)
    if (not before or before[-1].word not in ("the", "a", "an") or after is None or has_cjk(after.raw)
            or text[end:after.start].strip() or not after.word.isalpha() or after.word in STOPWORDS):
        return None
    return after


# Adverb particles that make the verb before them another relation word: "PASS AWAY" (died), "TURNS
# OUT for" (plays for)
PARTICLES = frozenset("out away up off down over back along around apart".split())
_PREPOSITIONS = frozenset("in on at of for to with by from".split())
_NOUN_BEFORE = frozenset("a an the this that these those what which whose his her its their my our your s".split())


def particle_phrase(toks: list[Token], i: int) -> str | None:
    """The word at `i` with the adverb particle after it and a preposition after that ("PASS
    AWAY", "TURNS OUT FOR"), or between two prepositions ("IN CHARGE OF"), as typed; None for
    any other word. The models read such a phrase apart from its head word ("pass" is as close
    to "lies in" as to "died at"; "pass away" reads "died at" clearly). A word and a preposition
    alone ("hangs IN", "come FROM") read the label holding that preposition, so are not one."""
    if has_cjk(toks[i].raw) or (i > 0 and toks[i - 1].word in _NOUN_BEFORE):
        return None  # a noun ("a MUSEUM in", "what SCHOOL of") is read by itself
    end = i + 1 if i + 1 < len(toks) and toks[i + 1].word in PARTICLES else i
    if end < len(toks) - 1 and toks[end + 1].word in _PREPOSITIONS:  # "turns out FOR", "in charge OF"
        end += 1
    start = i - 1 if i > 0 and toks[i - 1].word in ("in", "on", "at") and end > i else i
    if end == i or (start == i and end == i + 1 and toks[end].word in _PREPOSITIONS):
        return None
    return " ".join(t.raw for t in toks[start:end + 1])


# Words that ask the question: what follows them names the last step ("WHO DIRECTED the films
# written by X", "the films … were in WHICH GENRES").
WH_WORDS = frozenset("what which who whom whose when where".split())
AUXILIARIES = frozenset("is are was were do does did has have had".split())
_DETERMINERS = frozenset("the a an this that these those of".split())


_DO = frozenset({"do", "does", "did"})
_CLAUSE_OPENERS = frozenset("that which who whom whose where when".split())
_NOUN_MARKERS = _DETERMINERS | _CLAUSE_OPENERS | {"his", "her", "its", "their", "my", "our", "your"} | _PREPOSITIONS
_TRAILING = PARTICLES | _PREPOSITIONS  # what may follow a question's closing verb ("work FOR", "pass AWAY")


def closing_verb(toks: list[Token], at: int) -> Token | None:
    """The main verb of a question whose auxiliary stands right after the wh-word (and its noun
    phrase) and before the subject: the word that closes it, before any particles ("under whom DID the
    designer of X TRAIN", "which company did the designer of X WORK for"; not "does X play alongside
    at HIS current CLUB"), a past participle after a form of be or have with no clause between
    ("when WAS the designer of X BORN"; not "in which city is the school where X STUDIED"). Only
    after a subject with no verb of its own."""
    i = auxiliary_after(toks, at)
    if i is None:
        return None
    end = len(toks) - 1
    while end > i and toks[end].word in _TRAILING:
        end -= 1
    verb = toks[end]
    if end < i + 2 or verb.word in STOPWORDS or has_cjk(verb.raw) or not verb.word.isalpha():
        return None
    between = toks[i + 1:end]
    if any(is_participle(t.word) for t in between):
        return None  # "when did the movies STARRED by X's actors release": the subject's own verb may be asked with
    if toks[i].word in _DO:  # a bare verb, not a participle another auxiliary holds ("… that were later REVIVED")
        held = is_participle(verb.word) and any(t.word in AUXILIARIES for t in between)
        return None if held or any(t.word in _NOUN_MARKERS for t in toks[end - 2:end]) else verb
    if not is_participle(verb.word) or any(t.word in AUXILIARIES | _CLAUSE_OPENERS for t in between) \
            or i == at + 1 and toks[at].word in ("who", "whom", "what", "which"):
        return None  # ("who IS the head of the firm X joined": the copula's noun is asked)
    return verb


def bare_verb(toks: list[Token], at: int) -> Token | None:
    """The `closing_verb` when `do` stands before the subject ("under whom DID … TRAIN"): a bare
    verb, which the models read as the noun it spells ("train" sits near transport, "trained" near
    `student of`)."""
    verb = closing_verb(toks, at)
    return verb if verb is not None and toks[auxiliary_after(toks, at)].word in _DO else None


def auxiliary_after(toks: list[Token], at: int) -> int | None:
    """Where the auxiliary stands that follows the wh-word at `at` and its noun phrase ("which
    learned society DID"), if one does."""
    for i in range(at + 1, min(at + 4, len(toks))):
        if toks[i].word in AUXILIARIES:
            return i
        if toks[i].word in STOPWORDS or not toks[i].word.isalpha():
            return None
    return None


_WH = frozenset({"what", "which", "whose"})
_RELATIVE_WH = frozenset({"who", "whom", "which", "whose"})


def first_wh(toks: list[Token], also: frozenset[str] = frozenset()) -> int | None:
    """Where the wh-word that asks the question is (one of `also` counts too): the first, unless it
    stands right after a noun and another comes later ("the singer WHO created X was born in the
    capital of WHICH country", "an opera WHICH was drawn from a play; WHO wrote that play"): that
    one is a relative pronoun."""
    found = [i for i, t in enumerate(toks) if t.word in WH_WORDS or t.word in also]
    for i in found[:-1]:
        relative = i > 0 and toks[i].word in _RELATIVE_WH and toks[i - 1].word not in STOPWORDS \
            and toks[i].start - toks[i - 1].end == 1 and not has_cjk(toks[i - 1].raw)  # (not "play; WHO")
        if not relative:
            return i
    return found[-1] if found else None


# endings of English adjectives, of nationality above all: german, italian, dutch, british, chinese,
# western, political, animated
_ADJECTIVE = re.compile(r"(?:an|ese|ish|ch|ic|al|ern|ed|er|est)$")  # (and comparatives: "which BIGGER river does")
_CLASSIFYING = re.compile(r"(?:ese|ish|ic|al)$")  # (not -an, -er: "which MUSICIAN played", "which EDITOR wrote")
# (a noun of one character before the question's end: "位于哪个省？" asks 省, not "个省")
_ZH_TYPE = re.compile(r"(?:哪一个|哪个|哪些|哪|什么)([\u4e00-\u9fff]{2}|[\u4e00-\u9fff](?![\u4e00-\u9fff]))")


def answer_type_words(text: str, toks: list[Token], covered: list[tuple[int, int]],
                      mentions: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The noun a question asks for: "what COUNTRY was …", "哪个国家". Grammar, not vocabulary:
    the word right after a wh-determiner (English) or after 哪/哪个/什么 (Chinese), past the
    words that modify it. `covered`: the best-linked mentions; `mentions`: every linked one."""
    out = []
    # only one wh-word asks (`first_wh`): in "who are the authors WHOSE BOOKS were published by X"
    # or "the company WHICH OWNS X" a relative pronoun opens a clause
    first = first_wh(toks[:-1])
    if first is not None and toks[first].word in _WH:
        def inside(t: Token) -> bool:
            return any(a <= t.start < b for a, b in covered)

        def named(t: Token) -> bool:
            return any(a <= t.start < b for a, b in mentions) or inside(t)

        def capital(t: Token) -> bool:
            return text[t.start:t.start + 1].isupper()

        at = first + 1
        # a name before the noun modifies it: "which US STATE", "which Kite Books AUTHOR"
        while at + 1 < len(toks) and (inside(toks[at]) or toks[at].word in STOPWORDS and capital(toks[at])):
            at += 1
        if at > first + 1 and not text[toks[at].start:toks[at].start + 1].islower():
            at = first + 1
        if at + 2 < len(toks) and text[toks[at].end:toks[at + 1].start] == "-" and not named(toks[at]):
            at += 2  # a hyphened modifier: "which present-day COUNTRY", "which German-born PHYSICIST"
        # an adjective or pronoun before the noun that ends the asked phrase modifies it: "which
        # german STATE is", "which us STATE was", "which animated FILMS were" (not "which person
        # wrote …", nor a noun: "which PUBLISHING houses have", "which WESTERN films" named a genre)
        if (at + 1 < len(toks) and toks[at].word not in AUXILIARIES and not named(toks[at])
                and (toks[at].word in STOPWORDS or _ADJECTIVE.search(toks[at].word) or toks[at].word in _COUNTS)
                and toks[at + 1].word not in STOPWORDS and not inside(toks[at + 1])
                and (at + 2 == len(toks) or toks[at + 2].word in AUXILIARIES)):
            at += 1
        elif (at + 2 < len(toks) and not named(toks[at]) and _CLASSIFYING.search(toks[at].word)
              and toks[at + 1].word not in STOPWORDS and not inside(toks[at + 1]) and not is_participle(toks[at + 1].word)
              and not toks[at + 1].word.endswith("s") and lemma(toks[at + 1].word) == toks[at + 1].word):
            at += 1  # "which CENTRAL bank serves": a classifying adjective before a noun that is no verb
        nxt = toks[at]
        if nxt.word not in STOPWORDS and not inside(nxt) and not _past_verb(toks, at, inside):
            out.append(nxt.word)
    if not out:
        out.extend(_imperative_noun(text, toks, covered))
    out.extend(m.group(1) for m in _ZH_TYPE.finditer(text))
    return out


_IMPERATIVE = re.compile(r"(?:^|[.?!;:]\s+)(?:please\s+)?(?:name|list|give\s+me|tell\s+me|show\s+me)"
                         r"\s+(?:(?:all|every|each|some)\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?(?=[a-z])", re.I)


def _imperative_noun(text: str, toks: list[Token], covered: list[tuple[int, int]]) -> list[str]:
    """"… NAME THE AWARDS they received", "List all the FILMS X directed": a sentence that
    opens with a command to name things asks for the noun it names, as a wh-determiner does."""
    for m in _IMPERATIVE.finditer(text):
        t = next((t for t in toks if t.start == m.end()), None)
        if t is not None and t.word not in STOPWORDS and not any(a <= t.start < b for a, b in covered):
            return [t.word]
    return []


def _past_verb(toks: list[Token], at: int, inside: Callable[[Token], bool]) -> bool:
    """The word at `at` is a verb's past form, so the wh-word before it is the subject ("which
    ACTED in X", "which LED X"), not a determiner of a noun: it ends in "-ed" (or is a past form of
    another dictionary word) and a function word, a name or nothing follows it ("which ANIMATED
    films" is an adjective before its noun)."""
    t = toks[at]
    if has_cjk(t.raw) or not t.word.endswith("ed") or lemma(t.word) == t.word:
        return False
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    return nxt is None or nxt.word in STOPWORDS or inside(nxt)


_PERSON_WORDS = frozenset({"who", "whom"})
_PERSON_NOUNS = frozenset({"person", "persons", "people"})


def asks_person(text: str, toks: list[Token]) -> bool:
    """"WHO directed …", "which PERSON wrote …", "… 是谁": the answer is a person. Only one
    wh-word asks (`first_wh`): in "which movies were made by the person WHO directed X" the "who"
    is a relative pronoun."""
    at = first_wh(toks, frozenset({"how"}))
    first = toks[at].word if at is not None else None
    return (first in _PERSON_WORDS or "谁" in text
            or any(w in _PERSON_NOUNS for w in answer_type_words(text, toks, [])))


def classified_noun(toks: list[Token], noun: str) -> str:
    """The asked noun with the classifying adjective before it ("which PHILOSOPHICAL movement"), else "":
    the model may read the pair close to the answers ("Existentialism") where the bare noun reads far."""
    at = first_wh(toks)
    i = next((i for i, t in enumerate(toks) if at is not None and i > at and t.word == noun), None)
    if i is None or i < 1 or toks[i - 1].word in STOPWORDS or not _CLASSIFYING.search(toks[i - 1].word) \
            or has_cjk(toks[i - 1].raw):
        return ""
    return f"{toks[i - 1].word} {noun}"


def kind_phrase(text: str, noun: str, covered: list[tuple[int, int]] = ()) -> tuple[str, tuple[int, int] | None]:
    """The asked-for noun with what it is a kind of, and where that word is: "what TYPE OF FILM
    is …", "what TYPES ARE THE MOVIES …" → "type of film", "types of movies" (a bare "type" is
    close to almost anything); else the noun itself and None. The topic's name is not a kind:
    "what country was OBAMA born in" (`covered`: the topic's mention)."""
    m = re.search(rf"\b{re.escape(noun)}\s+(?:of|are|is|was|were)\s+(?:the\s+|a\s+|an\s+)?([^\W\d_]+)(\s+of\b|'s\b|’s\b|\s+where\b)?",
                  text, re.I)
    # a noun with its own "of" or possessive is what the kind is asked of: "what NATIONALITY is
    # the FATHER of X" asks the father's nationality, not a kind of father; one a "where" clause
    # tells ("what country is the PLACE WHERE X died") names the clause's place, a relation word
    if m is None or m.group(2) or m.group(1).casefold() in STOPWORDS or any(a <= m.start(1) < b for a, b in covered):
        return noun, None
    copula = not re.match(rf"{re.escape(noun)}\s+of\b", m.group(0), re.I)
    if copula and m.group(1).islower() and (is_participle(m.group(1)) or re.match(r"\s+by\b", text[m.end(1):])) \
            and not re.search(r"\s(?:the|a|an)\s+\S+$", text[m.start():m.end(1)], re.I):
        return noun, None  # "what LAKE WAS FORMED by X", "which stations ARE RUN BY": a verb, not a kind
    after = re.match(r"\s+([a-z]+)\b", text[m.end(1):])
    if copula and (m.group(1)[:1].isupper() or _ADJECTIVE.search(m.group(1)) or m.group(1).casefold().endswith("ing")) \
            and after and after.group(1) not in STOPWORDS and not is_participle(after.group(1)):
        return noun, None  # "what TOWN was the FRENCH officer … born in": an adjective of the subject, no kind
        # (so a gerund: "what YEAR was the PUBLISHING house … founded")
    if copula and re.search(r"\bof\W*$", text, re.I):
        return noun, None  # "which ALLIANCES are the airlines part OF": the noun is what "of" asks
    if copula and re.search(r"\b(?:in|at|on|from|into|near|within|of|for|to|by|with)\s+(?:which|what)\s+(?:[^\W\d_]+(?:an|ese|ish|ic|al|ern)\s+)?$",
                            text[:m.start()], re.I):
        return noun, None  # "IN which CITIES are the universities X worked at": where they are; "OF which
        # COUNTRY was the zoologist a citizen": the preposition's own noun, no kind of zoologist (so after an
        # adjective: "in which NORWEGIAN town was the ship built"; not "in which US state is the city …")
    return f"{noun} of {m.group(1).casefold()}", m.span(1)
