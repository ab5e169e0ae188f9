"""Keyword terms of a text: folded, crudely stemmed words without function words, and CJK
character bigrams. Passage recall indexes documents by them and the answer check reads questions
with them, so both sides stem alike; the function-word lists are shared with the question reader
(retrievers/text.py). Also the sentence splitter both passage recall and the answer check use."""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

from graphrag.normalize import singular

# Function words of English questions: never an entity on their own, never relation evidence.
# ("same", "also", "both", "another" are kept: the path ranker reads them as sibling cues; "own"
# too: "who OWNS X" names a relation, and a plural's singular is checked against this list.)
STOPWORDS = frozenset("""
a an the of in on at to for from by with about as into onto over under and or but not no nor is are was
were be been being am do does did doing done have has had having will would shall should can could may
might must what which who whom whose when where why how that this these those there here it its they
them their he him his she her we us our you your i me my mine any some all each every both either
neither one ones than then so such very just too only other more most much many
few less least if else while whether again ever yet still please tell name list give show find know
s t
""".split())

CJK_STOP = frozenset("的 是 在 有 了 吗 呢 吧 啊 呀 么 什 么 哪 谁 几 多 少 请 问 个 都 和 与 及 或 被 把 由 从 为 于 对 也 就 还 又 这 那 些 其 之 大 概 一 下 会 能 要 怎 样 你 我 他 她 它 们 知 道 想".split())

TITLE = re.compile(r"《[^》]+》|“[^”]+”|\"[^\"]+\"")  # a quoted or 《》 title

_WORD = re.compile(r"[\u3400-\u9fff]+|[^\W_\u3400-\u9fff]+", re.UNICODE)


def terms(text: str, segment: Callable[[str], list[str]] | None = None) -> list[str]:
    """Index terms: folded, crudely stemmed words without stopwords; CJK runs as character
    bigrams (none with a function character). `segment` cuts CJK runs into words first, so no
    bigram spans two words ("一年创立" gives 创立, not 年创, which no answering sentence holds)."""
    out: list[str] = []
    for m in _WORD.finditer(unicodedata.normalize("NFKC", text).casefold()):
        w = m.group()
        if "\u3400" <= w[0] <= "\u9fff":
            for piece in _words(w, segment) if segment is not None and len(w) > 2 else [w]:
                chars = [c if c not in CJK_STOP else " " for c in piece]
                for run in "".join(chars).split():  # a character left alone between function characters
                    # ("哪里" → 里) says little; a one-character word on its own is kept
                    if len(run) > 1 or len(w) == 1:
                        out.extend([run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)])
        elif w not in STOPWORDS and (len(w) > 1 or w.isdigit()):
            out.append(_stem(w))
    return out


_HOW = re.compile(r"\bhow\s+(\w+)", re.I)


def _words(run: str, segment: Callable[[str], list[str]]) -> list[str]:
    """`run` cut by `segment`, three or more content characters cut one by one joined again: a
    name the dictionary lacks comes out a character at a time ("孟/晚/舟"); two in a row are as
    often the ends of two words ("当官/时/修/的")."""
    out: list[str] = []
    alone: list[str] = []  # content characters cut one by one, in a row

    def flush():
        out.extend(["".join(alone)] if len(alone) >= 3 else alone)
        alone.clear()

    for piece in segment(run):
        if len(piece) == 1 and piece not in CJK_STOP:
            alone.append(piece)
            continue
        flush()
        out.append(piece)
    flush()
    return out


def question_terms(question: str, segment: Callable[[str], list[str]] | None = None) -> list[str]:
    """`terms` of a question without the word "how" asks with ("how FAST", "how MANY"): it
    names the kind of answer, which the answering sentence states as a value instead."""
    return terms(_HOW.sub("how", question), segment)


# English irregular verb forms → one stem, so "Who WROTE X" meets "X was WRITTEN by"
_FORMS = {
    "writ": "write wrote written", "sell": "sell sold", "buy": "buy bought", "lead": "lead led",
    "build": "build built", "make": "make made", "give": "give gave given", "win": "win won",
    "take": "take took taken", "begin": "begin began begun", "become": "become became",
    "know": "know knew known", "teach": "teach taught", "speak": "speak spoke spoken",
    "grow": "grow grew grown", "hold": "hold held", "run": "run ran", "leave": "leave left",
    "meet": "meet met", "born": "bear bore born borne", "draw": "draw drew drawn",
    "fly": "fly flew flown", "rise": "rise rose risen", "sing": "sing sang sung", "do": "do did done",
    "go": "go went gone", "see": "see saw seen", "eat": "eat ate eaten", "fall": "fall fell fallen",
    "flow": "flow flowed", "pay": "pay paid", "send": "send sent", "spend": "spend spent",
    "think": "think thought", "bring": "bring brought", "catch": "catch caught", "fight": "fight fought",
    "choose": "choose chose chosen", "drive": "drive drove driven", "ride": "ride rode ridden",
    "steal": "steal stole stolen", "shoot": "shoot shot", "lose": "lose lost", "tell": "tell told",
    "say": "say said", "hear": "hear heard", "keep": "keep kept", "feel": "feel felt",
    "stand": "stand stood", "understand": "understand understood", "set": "set", "put": "put",
    "show": "show shows showed shown", "hide": "hide hid hidden", "break": "break broke broken",
    "wear": "wear wore worn", "strike": "strike struck stricken", "lend": "lend lent", "feed": "feed fed",
    "freeze": "freeze froze frozen", "hang": "hang hung", "mean": "mean meant", "seek": "seek sought",
    "shake": "shake shook shaken", "sink": "sink sank sunk", "sit": "sit sat", "sleep": "sleep slept",
    "spin": "spin spun", "stick": "stick stuck", "swear": "swear swore sworn", "sweep": "sweep swept",
    "swing": "swing swung", "tear": "tear tore torn", "throw": "throw threw thrown", "wake": "wake woke woken",
    "weave": "weave wove woven", "forget": "forget forgot forgotten", "forgive": "forgive forgave forgiven",
    "get": "get got gotten", "blow": "blow blew blown", "deal": "deal dealt", "bend": "bend bent",
    "breed": "breed bred", "flee": "flee fled", "forbid": "forbid forbade forbidden", "swim": "swim swam swum",
    "arise": "arise arose arisen", "withdraw": "withdraw withdrew withdrawn", "oversee": "oversee oversaw overseen",
    "overcome": "overcome overcame", "overtake": "overtake overtook overtaken", "uphold": "uphold upheld",
    "withhold": "withhold withheld", "rebuild": "rebuild rebuilt", "undertake": "undertake undertook undertaken",
    "come": "come came", "shine": "shine shone", "slide": "slide slid", "spring": "spring sprang sprung",
}
_IRREGULAR = {form: base for base, forms in _FORMS.items() for form in forms.split()}
_BARE = frozenset(forms.split()[0] for forms in _FORMS.values())  # "bear", "write", "build"

def is_participle(word: str) -> bool:
    """A past form of a verb ("formed", "built", "written"), not its bare form nor its "-s" form."""
    w = word.casefold()
    return (len(w) > 4 and w.endswith("ed")) or (w in _IRREGULAR and w not in _BARE and not w.endswith("s"))



def _stem(w: str) -> str:
    """Consistent on both sides is all a match needs: found/founded/founder → found, die/died
    → di, marry/married → marri, city/cities → citi."""
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    w = singular(w)
    if w in _IRREGULAR:  # "springs" → spring, before "-ing" is taken for a suffix
        return _IRREGULAR[w]
    if not w.isascii() or not w.isalpha():
        return w
    for suffix in ("ing", "est", "ed", "er"):
        if len(w) >= len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if suffix in ("ing", "ed") and w not in _IRREGULAR:  # the rest as the bare word is:
                # "headquarterED" → headquart as "headquarters", "enterED" as "enter"
                w = next((w[: -len(s)] for s in ("est", "er") if len(w) >= len(s) + 2 and w.endswith(s)), w)
            break
    if w in _IRREGULAR:  # "rises" → rise, "buying" → buy: the same stem as the bare form
        return _IRREGULAR[w]
    if w + "e" in _IRREGULAR:  # "making" → make, "coming" → come
        return _IRREGULAR[w + "e"]
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 2 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


# a sentence ends at CJK terminal punctuation, or at . ! ? before whitespace and a capital,
# digit or quote, unless the word before is an abbreviation or an initial ("Dr.", "J. Smith")
_END = re.compile(r"[。！？；][”’」』）)]*|[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u3400-\u9fff])")
_ABBREV = frozenset("mr mrs ms dr prof st sr jr vs etc e.g i.e no fig al inc ltd co corp gen col lt mt ft "
                    "u.s u.k jan feb mar apr jun jul aug sep sept oct nov dec".split())


def sentences(text: str) -> list[str]:
    """Sentences of a chunk; a line break ends one too (chunks keep paragraph breaks, so a
    heading is not glued to the sentence after it)."""
    out = []
    for line in text.split("\n"):
        start = 0
        for m in _END.finditer(line):
            if m.group()[0] == ".":
                word = re.search(r"[\w.]*$", line[start:m.start()]).group().lower()
                if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                    continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        out.append(line[start:].strip())
    return [x for x in out if x]
