"""What a question asks for (a date, a quantity, a count, a place) and whether a value is a time: read one
way by the ranking stage (retrievers/answer_type.py, through the relation profiles) and by the
answer check on document facts (backing.py), so the two cannot disagree on "赵州桥建成于哪一年？".

Grammar of the question, not vocabulary of any graph: wh-words, "how" + adjective, Chinese
question particles.
"""
from __future__ import annotations

import re

_EN_DATE = re.compile(r"\bwhen\b|\bin what year\b|\b(?:what|which)\s+(?:[^\W\d_]+\s+){0,3}?"
                      r"(?:years?|dates?|day|month|decade|century)\b|\bdate[sd]?\s+back\b", re.I)
_ZH_DATE = re.compile(r"什么时候|何时|何年|几时|哪一?年|哪一?天|哪个年代|什么年代|什么时间|几月|几号")
_HOW = ("many|much|long|deep|high|tall|big|large|old|far|wide|heavy|fast|often|hot|cold|loud|powerful|strong")
_EN_QUANTITY = re.compile(rf"\bhow\s+(?:{_HOW})\b", re.I)
_ZH_QUANTITY = re.compile(r"多少|多[长深高重大宽远久快厚]|几[个位次条座种家名岁年倍层米万千百部本只人]")
# "WHAT PRIZE MONEY does …", "what is the COST of …": a noun that is always an amount
_EN_AMOUNT = re.compile(r"\b(?:what|which|how\s+much)\s+(?:(?:is|was|are|were)\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?"
                        r"(?:[a-z-]+\s+)?(?:money|price|cost|fee|fare|salary|wages?|budget|amount|sum|population)\b", re.I)
_EN_PLACE = re.compile(r"\bwhere\b", re.I)
_ZH_PLACE = re.compile(r"哪里|哪儿|在哪|何处|何地|什么地方")
_EN_COUNT = re.compile(r"\bhow\s+many\b", re.I)
_ZH_COUNT = re.compile(r"(?:多少|几)[个位名次家座条种部本只人]")

# a time written with digits: a year, a decade, a date ("1944", "1990s", "2009-05-01", "1961年8月4日")
_TIME = re.compile(r"^(?:\d{3,4}s?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
                   r"|\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)$")
# a Chinese era, reign year or dynasty: "阳嘉元年", "天圣年间", "公元605年", "十九世纪", "唐代" (a time, not a who)
ERA = re.compile(r"(?:元年|年间|年代|世纪|[〇零一二三四五六七八九十百千\d]+年)$|^[\u4e00-\u9fff]{1,2}[代朝]$")


def asks_date(text: str) -> bool:
    """"WHEN was …", "what YEAR …", "what was the release DATE of …", "what does X DATE BACK to",
    "什么时候", "哪一年". A "when" after "how much / how many …" opens a clause of time, not the
    question: "How much money did X leave WHEN he died?" asks an amount. (After "who" or "which" it stays a date asked: "Who ran
    the firm when the console came out?" is no question a fact without its time answers.)"""
    m = _EN_DATE.search(text)
    if m and m.group().lower() == "when" and _EN_QUANTITY.search(text[:m.start()]):
        m = _EN_DATE.search(text, m.end())
    return bool(m or _ZH_DATE.search(text))


def asks_quantity(text: str) -> bool:
    """"HOW DEEP is …", "HOW MANY people …", "what PRIZE MONEY …", "…有多深", "…多少", "几个"."""
    return bool(_EN_QUANTITY.search(text) or _EN_AMOUNT.search(text) or _ZH_QUANTITY.search(text))


def asks_place(text: str) -> bool:
    """"WHERE was …", "the city WHERE X died", "在哪里", "什么地方": a place is asked of some step."""
    return bool(_EN_PLACE.search(text) or _ZH_PLACE.search(text))


def asks_count(text: str) -> bool:
    """"HOW MANY children …", "有几个孩子": a count of entities, which the entities themselves
    answer too (unlike "how tall")."""
    return bool(_EN_COUNT.search(text) or _ZH_COUNT.search(text))


def looks_like_time(name: str) -> bool:
    """A year, a decade, a date written with digits, or a Chinese era ("公元605年", "阳嘉元年", "隋朝")."""
    s = name.strip()
    return bool(_TIME.match(s) or ERA.search(s))
