"""English patterns over plain sentences, no model: copulas ("X is the capital of Y"),
possessives ("X's spouse is Y", "the capital of X is Y"), "born in", a small verb table and
"also known as" for aliases. Entities are capitalised phrases; he/she/it/they stand for the
last subject named in the chunk."""
from __future__ import annotations

import re

from graphrag.ingest.extractors.base import ALIAS, Discourse
from graphrag.ingest.types import Candidate

_WORD = r"[A-Z][\w'’.\-]*"
_LINK = r"(?:of|the|de|du|da|la|le|von|van|der|den|del|di|for|and|on|upon|y|al)"
PROPER = rf"{_WORD}(?:\s+(?:{_LINK}\s+)*{_WORD})*"
_LIST = rf"{PROPER}(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{PROPER})*"
_PRON = r"He|She|It|They|he|she|it|they"
_SUBJ = rf"(?P<s>{PROPER}|{_PRON})"
_BE = r"(?:is|was|are|were|has been|had been)"
_REL = r"(?P<r>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}?)"
_DATE = r"(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{3,4},?)?"
_END = r"(?=\s*(?:[,.;:!?)]|$|\s+(?:and|in|on|at|from|with|who|which|where|when|since|until|during|after|before)\b))"

# (regex, relation or None to take group r, swap subject/object, confidence)
_VERBS: list[tuple[str, str, bool, float]] = [
    (r"(?:was|were|is|are)\s+born" + _DATE + r"\s+in", "born in", False, 0.9),
    (r"died" + _DATE + r"\s+in", "died in", False, 0.9),
    (rf"{_BE}\s+(?:located|situated)\s+in|lies\s+in", "located in", False, 0.9),
    (rf"{_BE}\s+(?:a\s+)?part\s+of|belongs?\s+to", "part of", False, 0.85),
    (r"(?:married|(?:is|was)\s+married\s+to)", "spouse", False, 0.9),
    (rf"(?:studied|graduated)\s+(?:at|from)|attended|{_BE}\s+educated\s+at", "educated at", False, 0.9),
    (r"(?:works|worked|has worked)\s+(?:for|at)", "employer", False, 0.85),
    (r"(?:joined|(?:is|was)\s+a\s+member\s+of)", "member of", False, 0.85),
    (r"(?:co-)?founded|established", "founded by", True, 0.85),
    (r"(?:wrote|authored)", "author", True, 0.85),
    (r"directed", "director", True, 0.85),
    (r"discovered", "discoverer", True, 0.85),
    (r"(?:won|received)", "award received", False, 0.85),
    (r"(?:lives|lived)\s+in", "lived in", False, 0.85),
    (rf"{_BE}\s+named\s+after", "named after", False, 0.85),
    (rf"{_BE}\s+(?:founded|established)\s+by", "founded by", False, 0.9),
    (rf"{_BE}\s+(?:written|authored)\s+by", "author", False, 0.9),
    (rf"{_BE}\s+directed\s+by", "director", False, 0.9),
    (rf"{_BE}\s+discovered\s+by", "discoverer", False, 0.9),
]
_VERB_RES = [(re.compile(rf"{_SUBJ}\s+(?:{verb})\s+(?:the\s+)?(?P<o>{_LIST}){_END}"), rel, swap, conf)
             for verb, rel, swap, conf in _VERBS]
# "Paris is the capital of France" → (Paris, capital of, France)
_COPULA_OF = re.compile(rf"{_SUBJ}\s+{_BE}\s+(?:the|a|an)\s+{_REL}\s+of\s+(?:the\s+)?(?P<o>{PROPER}){_END}")
# "France's capital is Paris" → (France, capital, Paris)
_POSSESSIVE = re.compile(rf"(?P<s>{PROPER})['’]s?\s+{_REL}\s+{_BE}\s+(?P<o>{PROPER}){_END}")
# "The capital of France is Paris" → (France, capital, Paris)
_THE_R_OF = re.compile(rf"\b[Tt]he\s+{_REL}\s+of\s+(?P<s>{PROPER})\s+{_BE}\s+(?P<o>{PROPER}){_END}")
# "Marie Curie was a physicist" → (Marie Curie, instance of, physicist)
_ISA = re.compile(rf"{_SUBJ}\s+{_BE}\s+an?\s+(?P<o>(?:[A-Za-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*){_END}")
_AKA = re.compile(rf"(?P<s>{PROPER})\s*[,(]\s*(?:also\s+known\s+as|aka|better\s+known\s+as|born)\s+"
                  rf"(?P<o>{PROPER})\s*(?:,|\))")
_ISA_STOP = frozenset("lot number part member kind type few couple bit".split())


class EnglishRules:
    name = "rules"

    def extract_sentence(self, sentence: str, ctx: Discourse) -> list[Candidate]:
        out: list[Candidate] = []

        def add(s: str, r: str, o: str, conf: float) -> None:
            if re.fullmatch(_PRON, s):
                s, conf = ctx.refer(s.lower() in ("he", "she"), s.lower()) or "", conf * 0.9
            s, o = _trim(s), _trim(o)
            if s and o and s.casefold() != o.casefold():
                out.append(Candidate(s, r, o, round(conf, 3), self.name))
                ctx.saw(s, r)

        for m in _AKA.finditer(sentence):
            out.append(Candidate(_trim(m.group("s")), ALIAS, _trim(m.group("o")), 0.9, self.name))
        # "X, also known as Y, was born in Z": drop the apposition so X meets its verb
        sentence = _AKA.sub(lambda m: m.group("s"), sentence)
        for rx, rel, swap, conf in _VERB_RES:
            for m in rx.finditer(sentence):
                for o in _split_list(m.group("o")):
                    if swap and not re.fullmatch(_PRON, m.group("s")):
                        add(o, rel, m.group("s"), conf)
                    elif not swap:
                        add(m.group("s"), rel, o, conf)
        for m in _COPULA_OF.finditer(sentence):
            add(m.group("s"), f"{m.group('r')} of", m.group("o"), 0.8)
        for rx in (_POSSESSIVE, _THE_R_OF):
            for m in rx.finditer(sentence):
                add(m.group("s"), m.group("r"), m.group("o"), 0.8)
        for m in _ISA.finditer(sentence):
            obj = m.group("o")
            if obj.split()[-1].lower() not in _ISA_STOP and not _COPULA_OF.search(sentence):
                add(m.group("s"), "instance of", obj.lower() if obj[:1].islower() else obj, 0.7)
        if not out:
            lead = re.match(rf"(?:In\s+\d{{4}},\s+)?({PROPER})\s+(?:is|was|has|had|\w+ed)\b", sentence)
            if lead and not re.fullmatch(_PRON, lead.group(1)):
                ctx.saw(_trim(lead.group(1)), "")
        return out


_LEADING = re.compile(r"^(?:(?:In|On|At|After|Before|During|Since|When|Then|Later|Today|Also)\s+(?=[A-Z])|[Tt]he\s+)")


def _trim(name: str) -> str:
    name = _LEADING.sub("", name.strip())
    name = name.strip(" ,;:\"'“”‘’()[]")
    if name.endswith(".") and name.count(".") == 1:  # a sentence full stop, not "D.C."
        name = name[:-1]
    return name


def _split_list(text: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?(?=[A-Z])", text)
    out = [p for p in (x.strip() for x in parts) if p]
    # "Trinity and Tobago"-style names: a list split is only trusted when every part is a name
    return out if all(re.fullmatch(PROPER, p) for p in out) else [text]
