"""Chinese patterns over jieba part-of-speech tags, no model: `X是Y的Z`, `X的Z是Y`, verb
anchors (`X位于Y`, `X出生于Y`, `X毕业于Y`…) and aliases (`X又名Y`). Noun phrases are runs of
noun-tagged words next to the anchor; a clause without a subject (`…，1936年逝世于上海`) or
with a pronoun takes the last subject named in the chunk."""
from __future__ import annotations

import logging
import re

from graphrag.ingest.extractors.base import ALIAS, Discourse
from graphrag.ingest.types import Candidate

# anchor text → relation; longest first so 出生于 wins over 生于
_ANCHORS = {
    "出生于": "出生于", "出生在": "出生于", "诞生于": "出生于", "生于": "出生于",
    "坐落于": "位于", "坐落在": "位于", "位于": "位于", "地处": "位于",
    "隶属于": "属于", "属于": "属于",
    "毕业于": "毕业于", "就读于": "就读于", "任职于": "任职于", "就职于": "任职于",
    "逝世于": "逝世于", "去世于": "逝世于", "病逝于": "逝世于",
    "创立了": "创立", "创办了": "创立", "创建了": "创立", "发现了": "发现", "发明了": "发明",
    "又名": ALIAS, "又称": ALIAS, "别名": ALIAS, "原名": ALIAS,
}
_ANCHOR_RE = re.compile("|".join(sorted(map(re.escape, _ANCHORS), key=len, reverse=True)))
_CLAUSE = re.compile(r"[，,。！？；;!?：:\n（）()「」“”\"]+")
_PRONOUNS = frozenset("他 她 它 他们 她们 它们 该 其".split())
_PRONOUN_EN = {"他": "he", "她": "she", "它": "it", "该公司": "company"}
_SKIP_BEFORE = frozenset("t m d p f q c u ul uz ug uj ad".split())  # "1936年", "曾", "于" before a verb
_VERBISH = ("v", "x", "u", "p", "c", "r", "m")


def _nounish(flag: str, word: str) -> bool:
    return flag.startswith("n") or flag in ("eng", "j", "nz", "vn") or word == "·"


class ChineseRules:
    name = "rules"

    def __init__(self):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" is noise in a CLI
        self._cut = jieba.posseg.cut

    def _tokens(self, text: str) -> list[tuple[str, str]]:
        return [(t.word, t.flag) for t in self._cut(text)]

    def _trailing_np(self, text: str) -> tuple[str, bool]:
        """The noun phrase that ends `text` (skipping times/adverbs); (np, is_pronoun)."""
        toks = self._tokens(text)
        i = len(toks)
        skipped = 0
        while i and toks[i - 1][1] in _SKIP_BEFORE and toks[i - 1][0] not in _PRONOUNS and skipped < 4:
            i -= 1
            skipped += 1
        if i and toks[i - 1][0] in _PRONOUNS:
            return toks[i - 1][0], True
        j = i
        while j and (_nounish(toks[j - 1][1], toks[j - 1][0]) or (j > 1 and toks[j - 2][0] == "·")):
            j -= 1
        return "".join(w for w, _ in toks[j:i]).strip("·"), False

    def _leading_np(self, text: str) -> str:
        toks = self._tokens(text)
        i = 0
        while i < len(toks) and toks[i][0] in ("了", "在", "于"):
            i += 1
        j = i
        while j < len(toks) and (_nounish(toks[j][1], toks[j][0]) or (j and toks[j - 1][0] == "·")):
            j += 1
        return "".join(w for w, _ in toks[i:j]).strip("·")

    def _is_np(self, text: str) -> bool:
        toks = self._tokens(text)
        return bool(toks) and all(_nounish(f, w) or (k and toks[k - 1][0] == "·") for k, (w, f) in enumerate(toks))

    def _is_relation(self, text: str) -> bool:
        toks = self._tokens(text)
        return 0 < len(toks) <= 3 and len(text) <= 8 and not any(f.startswith(_VERBISH) for _, f in toks)

    def extract_sentence(self, sentence: str, ctx: Discourse) -> list[Candidate]:
        out: list[Candidate] = []

        def subject(np: str, pronoun: bool, conf: float) -> tuple[str | None, float]:
            if np and not pronoun:
                return np, conf
            return ctx.refer(np in ("他", "她", "他们", "她们") or not np, _PRONOUN_EN.get(np, "")), conf * 0.9

        def add(s: str | None, r: str, o: str, conf: float, said: str | None = None) -> None:
            if s and o and s != o:
                out.append(Candidate(s, r, o, round(conf, 3), self.name))
                if r != ALIAS:
                    ctx.saw(said or s, r)

        for clause in (c.strip() for c in _CLAUSE.split(sentence)):
            if not clause:
                continue
            m = re.match(r"(.+?)是(.+?)的(.+)", clause)
            if m and self._is_np(m.group(2)) and self._is_relation(m.group(3)):
                s, conf = subject(*self._trailing_np(m.group(1)), 0.8)
                add(m.group(2), m.group(3), s or "", conf, said=s)  # 北京是中国的首都 → (中国, 首都, 北京)
                continue
            m = re.match(r"(.+?)的(.+?)是(.+)", clause)
            if m and self._is_relation(m.group(2)):
                s, conf = subject(*self._trailing_np(m.group(1)), 0.8)
                add(s, m.group(2), self._leading_np(m.group(3)), conf)  # 中国的首都是北京
                continue
            prev = 0
            for a in _ANCHOR_RE.finditer(clause):
                s, conf = subject(*self._trailing_np(clause[prev:a.start()]), 0.9)
                add(s, _ANCHORS[a.group()], self._leading_np(clause[a.end():]), conf)
                prev = a.end()
        return out
