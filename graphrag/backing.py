"""Does the question ask for what a chain of document facts says?

Relations read from prose are open phrases ("flows past", "made for", "reaching"), many per
entity, so the retrieval's relative evidence over a handful of them can crown a fact no word of
the question asks for ("Who was X's mother?" → "X father Y"). Before the extractive answerer
states such a fact as the answer it checks two things a reader would:
- every step's relation is named by a word of the question (folded, stemmed; Chinese by
  character pairs), or by a word that asks for a relation the extractor names itself ("husband"
  for `spouse`, "丈夫" for `配偶`);
- the answer is of the asked kind: a date for "when / 哪一年", a number for "how many / 多少",
  not a bare date or number for "who / where / 谁".
A chain that fails is not stated: the answerer looks for a backed fact of the question's
entity, then for a passage, else says it does not know. Facts loaded from a knowledge graph
(curated relation names, no document citation) are not judged here.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from graphrag.asking import ERA, asks_date, asks_quantity
from graphrag.normalize import has_cjk
from graphrag.predicate import KIN_WORDS, asked_verbs, says
from graphrag.terms import STOPWORDS, TITLE, is_participle, sentences, terms
from graphrag.types import Fact

# a fact read from a document cites file#page or #line and the version: report.pdf#p3@1a2b3c4d
_DOCUMENT = re.compile(r"#(?:p\d+|L\d+)@[0-9a-f]{8}")

# The relation names the rules coin themselves (ingest/extractors), with the words a question
# asks for them with; any other relation is named by its own words.
_ASKED_BY = {
    "spouse": "married marry husband wife spouse wed", "配偶": "丈夫 妻子 结婚 配偶 嫁给 娶了 夫人",
    # a prize or honour the rules read with its own verb is asked with any of them
    **dict.fromkeys(("获得", "荣获", "被授予", "获颁"), "获得 获奖 获 荣获 授予 获颁 得到"),
    "occupation": "occupation job profession career", "职业": "职业 工作 做什么 从事",
    "educated at": "educated educate study studied education", "employer": "work worked employ employer",
    "award received": "award prize won win", "chief executive": "ceo chief executive",
    "CEO": "ceo chief executive", "executive": "ceo chief executive", "籍贯": "哪里人 籍贯 老家", "出生日期": "出生 生于", "逝世日期": "逝世 去世 死于",
    "祖籍": "祖籍 老家 籍贯 哪里人", "逝世于": "逝世 去世 死于 死在 病逝 卒于", "出生于": "出生 生于 出生地 哪里人 老家 家乡 故乡",
    "成立于": "成立 创立 创建 始建 建于 建成 建立",
    # "X最早叫什么": the name a body had before it was renamed X
    **dict.fromkeys(("改名为", "更名为", "易名为", "改称", "改称为"), "原名 最早叫 最初叫 原来叫 以前叫 旧称 前身 曾用名 曾名"),
    "就读于": "就读 毕业 读书 求学 上学 考入", "毕业于": "毕业 就读 读书 求学",  # "毕业于哪所大学" of one who 就读于 it
    "留学": "留学 读书 求学 念书 深造 就读 上学",
    "作者": "作者 写 著 创作 绘", "作品": "作者 写 著 作品", "职务": "担任 官职 职务 职位 任职",
    "制作者": "制成 制作 制造 做的", "发明者": "发明", "设计者": "设计", "建造者": "建造 修建 建成",
    "创办人": "创办 创立 创建 成立", "出品方": "出品", "生产商": "生产商 厂商 谁生产", "制造商": "制造商 谁制造", "总部": "总部", "type": "type kind sort", "parent": "father mother parent parents", "instance of": "type kind sort",
    "类别": "类 种类 哪种", "材料": "用什么 材料 材质 铸", "material": "material made",
    "located in": "located where country region province state",
    # the measures the rules coin from "N metres long/high/deep" ("How long is X?" asks the length)
    "length": "long length", "length of": "long length", "elevation": "high height tall elevation",
    "height": "high height tall", "depth": "deep depth", "weight": "heavy weigh weight",
}
# modifiers that make another figure or role of the same head noun ("net" vs "operating" profit)
_RIVAL_MODIFIERS = frozenset("""net gross operating pre-tax pretax underlying adjusted total annual quarterly
deputy vice assistant acting interim honorary former founding executive non-executive""".split())
_MEASURES = frozenset(("length", "length of", "elevation", "height", "depth", "weight"))
# "How long did the work take?" asks a duration, never a length
_DURATION = re.compile(r"\bhow\s+long\b.*\b(?:take|takes|took|taken|last|lasts|lasted|ago|since|until)\b|\bhow\s+long\s+(?:did|does|do|has|have|had|will|would)\b", re.I)
# "What was the NATIONALITY of the chemist who …": the noun a question asks the value of
_EN_VALUE_OF = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+([a-z]+)\s+of\b", re.I)

_EN_NAME_Q = re.compile(r"^\s*(?:who|whom|whose|where)\b|^\s*(?:in|at|to|from|by|with|under|for)\s+(?:which|what|whom)\b", re.I)
# (after the date and amount words) "WHICH French botanist …", "what was THE NAME OF the ship …" ask for a name
_EN_WHICH_NAME = re.compile(r"^\s*(?:which|what)\s+(?!(?:is|was|are|were|do|does|did|has|have|had|can|could|will|would)\b)[a-z]"
                            r"|\bthe\s+name\s+of\b", re.I)
# (after the date and amount words: 什么时候, 哪一年, 多少 are read first) "什么病", "哪个镇" ask for a name, not a value
_ZH_NAME_Q = re.compile(r"谁|哪里|哪儿|在哪|(?:什么|哪[个所座家位条种部本间支])(?!朝代|时代|时期|年代|世纪|朝)")
_WHERE = re.compile(r"^\s*where\b|哪里|哪儿|在哪", re.I)
_EN_WHERE = re.compile(r"^\W*where\b", re.I)
# "X在哪里", "X在苏州的哪个区": 在 asks where X is, which a relation that says only that answers
_ZH_IS_WHERE = re.compile(r"在\s*(?:\|\s*)?的?(?:哪里|哪儿|什么地方|哪(?:个|一个)?(?:省|市|区|县|镇|乡|村|州|国家|城市|地方))")
_ZH_LOCATED = frozenset("位于 坐落于 坐落在 地处 处于".split())
# "UNDER whom …?": the preposition the question fronts, and one a relation label ends with
_STEP_PREPS = "in|at|to|from|by|with|under|for|on"
_FRONTED_PREP = re.compile(rf"\s*({_STEP_PREPS})\s+(?:which|what|whom)\b", re.I)
_RELATIVE_PREP = re.compile(rf"\b(?:the|a|an)\s+[a-z]+\s+({_STEP_PREPS})\s+(?:which|whom)\b", re.I)  # "the ship IN which X returned"
_ENDS_PREP = re.compile(rf"\s(?:{_STEP_PREPS})$", re.I)
_EN_WHO = re.compile(r"^\W*(?:who|whom|whose)\b|\b(?:by|with|to|from|under|for)\s+whom\b", re.I)

_MONTHS = "january february march april may june july august september october november december"
_MONTH_NAMES = frozenset(_MONTHS.split())
_DATE = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})s?\b|\b(?:{'|'.join(_MONTHS.split())})\b|\d+\s*[年月日]|"
                   r"[〇零一二三四五六七八九十百千]+年|世纪|年代|年间|^[\u4e00-\u9fff]{1,2}[代朝]$", re.I)  # 东晋隆安年间, 唐代
# a value that is a time and no amount: "1945", "2 September 1834", "May 1990", "1987年", "9月16日"
_WHEN_VALUE = re.compile(rf"^(?:(?:in|on)\s+)?(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(_MONTHS.split())})\s+)?(?:\d{{1,2}},?\s+)?"
                         r"(?:1\d{3}|20\d{2})s?$|^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?$|^\d{1,2}月\d{1,2}日$", re.I)
# a time written in a sentence, or an ordinal, left out where an amount is looked for ("1979年10月1日", "18 July
# 1817", "一号坑")
_NO_AMOUNT = re.compile(rf"(?:\b\d{{1,2}}\s+)?\b(?:{'|'.join(_MONTHS.split())})\b(?:\s+\d{{1,2}}\b,?)?(?:\s+(?:1\d{{3}}|20\d{{2}})\b)?"
                        r"|\b(?:1\d{3}|20\d{2})s?\b|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日"
                        r"|第[〇零一二三四五六七八九十百\d]+|[〇零一二三四五六七八九十百\d]+号", re.I)  # and ordinals: 第一, 一号坑
_PRIZE = re.compile(r"(?:奖|奖章|勋章|奖杯|称号)$")
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                 "hundred hundreds thousand thousands million millions billion dozen half")
_NUMBER = re.compile(rf"\d|\b(?:{'|'.join(_NUMBER_WORDS.split())})\b|[〇零一二两三四五六七八九十百千万亿]", re.I)
_BARE_VALUE = re.compile(rf"^\s*(?:[\d.,]+|(?:{'|'.join(_NUMBER_WORDS.split())})\b|[〇零一二两三四五六七八九十百千万亿]+[年月日])", re.I)

_CJK = re.compile(r"[\u3400-\u9fff]")
# a capitalised word inside a sentence (not its first word): a name, in English
_INNER_NAME = re.compile(r"(?<=[\w,;:)\"'’] )([A-Z][\w'’\-.]*)")
_WHICH = re.compile(r"\b(?:which|what)\s+([a-z][\w-]*)", re.I)
# what a Chinese question says to ask, not what it asks about
_ZH_ASK = re.compile(r"是谁|是什么|什么|哪一|哪个|哪里|哪儿|哪些|哪|谁|多少|几|吗|呢|请问|是|的|了|有|呀|吧|[？?，。、！\s]")
_FUNCTION_ONLY = frozenset("是 有 为 在 于 的 了 和 与".split())


@dataclass(frozen=True)
class Asked:
    """What a question asks, apart from the names it asks about."""

    words: frozenset[str]  # English: folded stems; Chinese: character pairs (and single characters)
    kind: str  # date | quantity | name | any
    empty: bool  # the question asks nothing but its names ("What is X?", "X是什么？")
    text: str = ""  # the question without its names
    cls: str = ""  # the kind of thing asked for, "which DESCALER …" (a stem), when the question names one
    said: frozenset[str] = frozenset()  # every word of the question, its names included


def is_document_fact(f: Fact) -> bool:
    return bool(_DOCUMENT.search(f.edge.source or ""))


def document_of(source: str) -> str:
    """The document a citation names: "curie.pdf" of "curie.pdf#p2@6ef2fc29"."""
    return source.split("#", 1)[0]


def _pairs(text: str) -> set[str]:
    runs = [r for r in re.split(r"[^\u3400-\u9fff]+", text) if r]
    out: set[str] = set()
    for run in runs:
        out |= {run} if len(run) == 1 else {run[i:i + 2] for i in range(len(run) - 1)}
    return out


def asked(question: str, mentions: list[str]) -> Asked:
    """The question's own words, without its names (linked mentions, 《titles》 and quotes; a
    capitalised word the linker did not take stays: "CEO", "CFO" are what is asked)."""
    q = unicodedata.normalize("NFKC", question)
    rest = q
    # a lower-case mention in an English question is a common noun the graph happens to hold
    # ("director", a class of someone's): what the question asks, not a name to leave out
    mentions = [m for m in mentions if not re.fullmatch(r"[a-z][a-z\- ]*", m or "")]
    for name in sorted({*mentions, *(m.group() for m in TITLE.finditer(q))}, key=len, reverse=True):
        if name.strip():
            rest = rest.replace(name, " | ")
    if _CJK.search(q):
        kind = ("date" if asks_date(rest) else "quantity" if asks_quantity(rest)
                else "name" if _ZH_NAME_Q.search(q) else "any")
        content = _ZH_ASK.sub(" ", rest)
        words = _pairs(content) | set(terms(rest))
        # an English word inside a Chinese question ("QF-300的…") is a name, not an asked word,
        # unless it is letters only and no name the linker took: "泉州的GDP是多少？" asks the GDP
        latin = {w for w in re.findall(r"(?<![A-Za-z0-9\-])[A-Za-z]{2,}(?![A-Za-z0-9\-])", rest)}
        words = {w for w in words if _CJK.search(w)} | {t for w in latin for t in terms(w)}
    else:
        kind = ("date" if asks_date(rest) else "quantity" if asks_quantity(rest)
                else "name" if _EN_NAME_Q.search(q) or _EN_WHICH_NAME.search(q) else "any")
        rest = re.sub(r"\b([a-z]+)-in-law\b", r"\1inlaw", rest, flags=re.I)  # a FATHER-IN-LAW is asked, not a father
        rest = re.sub(r"\bdo\s+for\s+a\s+living\b", "occupation", rest, flags=re.I)  # what one does for a living: a job
        words = set(terms(rest))  # "how DEEP": the adjective is asked too (many, much are stopwords)
        m = _WHICH.search(rest)
        cls = next(iter(terms(m.group(1))), "") if m else ""
        return Asked(frozenset(words), kind, not words, rest, cls, frozenset(terms(q)))
    return Asked(frozenset(words), kind, not words, rest, "", frozenset(terms(q)) | frozenset(_pairs(q)))


def relation_words(relation: str) -> set[str]:
    """The words that name a relation: its own (stemmed, or character pairs) and, for a name the
    extractor coins, the words a question asks for it with."""
    if _CJK.search(relation):
        return set() if set(relation) <= _FUNCTION_ONLY else _pairs(relation)
    return set(terms(relation)) | _asked_by(relation)


def _asked_by(relation: str) -> set[str]:
    """The words a question asks for a relation with, beyond its own: those of a name the
    extractor coins, and of the measure its head names ("reaches DEPTH of" is asked "how deep")."""
    measure = _measure(relation)
    return set(terms(_ASKED_BY.get(relation, ""))) | set(terms(_ASKED_BY[measure] if measure else ""))


def _label_words(relation: str) -> list[str]:
    """A relation's words without a trailing preposition ("chief executive OF"): its head last."""
    return re.sub(r"\s+(?:of|in|at|for|on|by|to|from|with)$", "", relation.strip()).split()


def _measure(relation: str) -> str | None:
    """The measure a relation's head word names ("reaches depth of" → depth), if any."""
    words = _label_words(relation)
    return words[-1] if words and words[-1] in _MEASURES else None


def value_fits(kind: str, value: str) -> bool:
    """Whether an answer is of the asked kind."""
    if kind == "date":
        return bool(_DATE.search(value))
    if kind == "quantity":  # "how many fellows are elected each year" is not answered by 1945, nor
        # "有多大" by 二号坑 (an ordinal names a thing)
        return bool(_NUMBER.search(_NO_AMOUNT.sub(" ", value))) and not _WHEN_VALUE.search(value.strip())
    if kind == "name":
        v = value.strip()
        # (nor a date written out: "In which city did X begin …" is not answered by "June 2021")
        return not _BARE_VALUE.search(v) and not _DATE.fullmatch(v) and not _WHEN_VALUE.search(v) and not ERA.search(v)
    return True


def answer_fits(a: Asked, value: str) -> bool:
    """Whether an answer is of the kind the question asks (`value_fits`); nor is a prize anyone:
    "…的日本科学家是谁" is not answered by the award they shared."""
    return value_fits(a.kind, value) and not ("谁" in a.text and _PRIZE.search(value))


def naming(a: Asked, relation: str) -> set[str]:
    """The question's words (or, in Chinese, phrases) that name a relation; empty when none does."""
    found = relation_words(relation) & a.words
    if _measure(relation) == "length" and _DURATION.search(a.text):
        found -= {"long"}
    if _measure(relation):  # "What is the highest peak of X?" asks a peak, not its elevation
        said = set(re.findall(r"[a-z]+", a.text.lower()))
        found -= {w for w in found if w in ("long", "high", "tall", "deep", "heavy") and w not in said}
    if _CJK.search(relation):
        # the rules coin "V时间" for the date of V ("逝世于时间"): asked with V's words
        asked_by = _ASKED_BY.get(relation) or _ASKED_BY.get(relation.removesuffix("时间"), "")
        found |= {x for x in asked_by.split() if x in a.text}
        if len(relation) == 1 and relation not in _FUNCTION_ONLY and relation in a.text and _alone(relation, a.text):
            found.add(relation)  # "有多重？" asks the relation 重; "谥号是什么", "改了名字" ask no 号, no 字
    return found


def _alone(char: str, text: str) -> bool:
    """Whether a character stands as a word of its own in the text (jieba), not inside one."""
    import jieba

    return char in jieba.lcut(text)


_PLACE_REL = re.compile(r"\b(?:in|at|on|near|from|to|into)$|\b(?:located|based|headquartered|lies|situated|held|housed|kept)\b"
                        r"|位于|在|于|总部|籍贯|设在|主场|收藏|陈列")


def _head_named(a: Asked, relation: str, found: set[str]) -> bool:
    """An English noun relation of several words is named by its head ("chief EXECUTIVE of") or
    by a word the extractor's own name is asked with, not by a modifier alone: "Who is the chief
    technology officer of X?" is not answered by "Y chief executive of X"."""
    if _CJK.search(relation):
        return True
    words = [w for w in _label_words(relation) if terms(w)]
    if len(words) < 2 or not all(re.fullmatch(r"[a-z]+", w) and not w.endswith("ed") for w in words):
        return True  # a verb phrase ("founded by", "award received") or a single word
    head = set(terms(words[-1])) | _asked_by(relation)
    said = re.search(rf"\b([a-z]+)\s+{re.escape(words[-1])}\b", a.text.lower())
    if said and said.group(1) not in words and said.group(1) in _RIVAL_MODIFIERS:
        return False  # "What was X's net profit?" is not answered by "X operating profit"
    return bool(head & found)


def step_backed(a: Asked, relation: str) -> bool:
    """A question that asks nothing but its names ("What is X?") backs any relation, a "where"
    question only one that says where ("Where is X?" is not answered by "X paid by Y"); otherwise
    one of its words must name the relation (Chinese: a shared character pair, or a phrase that
    asks for a relation the extractor coins, "哪里人" for 籍贯)."""
    if a.empty:
        return a.kind != "name" or not _WHERE.search(a.text) or bool(_PLACE_REL.search(relation))
    if relation in _ZH_LOCATED and a.kind == "name" and _ZH_IS_WHERE.search(a.text):
        return True  # "X在哪里", "X在苏州的哪个区": where X is, which 位于 says
    found = naming(a, relation)
    return bool(found) and _head_named(a, relation, found)


def ends_where(a: Asked, chain: list[Fact]) -> bool:
    """A "where" question is answered by a step that says where ("Where was the painter of X
    born?" is not answered by "X painting by Y")."""
    # English only: Chinese 哪里 also asks "what place" of a noun relation (省会是哪里, 在哪里上市)
    return not _EN_WHERE.search(a.text) or bool(_PLACE_REL.search(chain[-1].edge.relation))


def _english_direction(question: str, f: Fact, mentions: dict[int, str]) -> bool:
    """"Who did X succeed?" asks what X did; "Who succeeded X?" / "Which river drains X?" asks who
    did it to X. A verb-like relation ("succeeded", "flows into", "founded by") says which end did
    it; a fact with the ends the other way round answers another question."""
    rel = f.edge.relation
    if _KIN_EN.fullmatch(rel.strip()):  # "Faraday's father James": the kin noun describes James; walking the
        # fact from James reaches the child, which the question did not ask for
        return not any(f.edge.object_id == eid != f.edge.subject_id and mention
                       and re.search(rf"\b{re.escape(rel.strip())}\s*,?\s+{re.escape(mention)}\b", question, re.I)
                       for eid, mention in mentions.items())
    first = rel.split()[0] if rel.split() else ""
    passive = rel.endswith(" by")
    if not (passive or first.endswith(("ed", "s"))) or first.endswith("ss"):
        return True
    for eid, mention in mentions.items():
        if not mention or eid not in (f.edge.subject_id, f.edge.object_id) or f.edge.subject_id == f.edge.object_id:
            continue
        m = re.escape(mention)
        does = re.search(rf"\b(?:did|does|do|has|have|had)\s+(?:the\s+)?{m}\b", question, re.I)
        done_to = re.match(rf"^\s*(?:who|what|which(?:\s+(?!(?:did|does|do|is|was|are|were|has|have|had)\b)\w+){{1,3}}?)\s+(?!did\b|does\b|do\b|is\b|was\b|are\b|were\b)\w+(?:\s+(?:into|to|from|in|on|at|with|by|through|past|for))?\s+(?:the\s+)?{m}",
                           question, re.I)
        agent = (f.edge.subject_id == eid) != passive  # the entity did it
        if (does and not agent) or (done_to and agent):
            return False
    return True


def direction_fits(question: str, f: Fact, mentions: dict[int, str]) -> bool:
    """A Chinese verb written right before the question's name asks for what does it TO that name
    ("哪些河流注入洞庭湖" asks the rivers, not where 洞庭湖 flows); right after, what the name does.
    English: `_english_direction`."""
    rel = f.edge.relation
    if not _CJK.search(rel):
        return _english_direction(question, f, mentions)
    if len(rel) < 2:
        return True
    for eid, mention in mentions.items():
        if not mention or eid not in (f.edge.subject_id, f.edge.object_id):
            continue
        if re.search(re.escape(rel) + r"[了到入向]?" + re.escape(mention), question) and f.edge.subject_id == eid:
            return False
        if re.search(re.escape(mention) + r"[^，。？?]{0,2}" + re.escape(rel), question) and f.edge.object_id == eid \
                and f.edge.subject_id != eid:
            return False
    return True


# "哪所大学", "哪家公司", "哪支球队": Chinese names of these kinds end with their class
_ZH_CLASS = re.compile(r"哪[所家个支座条位国]?(大学|学院|学校|公司|企业|集团|球队|俱乐部|省|城市|国家|医院|博物馆|银行|寺庙|寺院|庙宇|寺|庙|"
                       r"[区县市镇乡](?![\u4e00-\u9fff]))")
# a temple is named by any of the characters temples end with (佛宫寺, 孔庙, 白云观)
_ZH_CLASS_ENDS = dict.fromkeys("寺庙 寺院 庙宇 寺 庙".split(), "寺庙院观宫庵祠")


# "… the CITY where the Saône joins the Rhône", "the RIVER that leaves X": a noun told apart by a
# clause (the rest of the question after it)
_DESCRIBED = re.compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:that|where|who|whom|whose|which|"
                        r"(?:from|in|on|at)\s+which)\b(.*)", re.I)
# the same with no relative pronoun after "did": "What post DID the young man X flirted with later hold?" (the
# clause's verb is past, the question's own comes bare after it; "did the director X make" is an apposition)
_CONTACT = re.compile(r"\b(?:did|does|do)\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(\|\s+([a-z]+)\b.*)", re.I)
_ZH_WH = re.compile(r"哪|什么|谁|多少|几")
_ZH_NAMING = re.compile(r"(?:就|又|也)?(?:叫做|叫作|名叫|名为|称为|是|叫)")  # "…的学院叫什么" asks the 学院 itself


def asks_beyond(a: Asked, answer: str = "") -> bool:
    """"In which COUNTRY is the CITY where the Saône joins the Rhône?": the question tells a thing
    apart by a clause about its names and asks another kind of thing about it. One fact of that
    clause names the thing told apart (Lyon), not what is asked of it (France). In Chinese the
    clause comes before 的 and its noun: "…称为“东方的剑桥”的大学在1940年迁到了哪里" is not answered
    by a university (浙江大学), the noun the answer ends with."""
    if _CJK.search(a.text):
        wh = _ZH_WH.search(a.text)
        for noun in {answer[-2:], answer[-1:]} if len(answer) > 2 and _CJK.search(answer) else ():
            told = a.text.find("的" + noun)
            said = a.text[told + 1 + len(noun):wh.start()] if wh is not None and told >= 0 else ""
            if len(_CJK.findall(said)) >= 2 and not _ZH_NAMING.fullmatch(said):  # more is said of it
                return True
        return False
    which = _WHICH.search(a.text) if a.cls else _WHERE_WHO.search(a.text)
    if which is None or a.kind in ("date", "quantity"):
        return False
    m = _DESCRIBED.search(a.text, which.end())
    if m is None and (c := _CONTACT.search(a.text, which.end())) is not None and is_participle(c.group(3)):
        m = c
    if m is None or "|" not in m.group(2):  # the clause holds one of the question's names
        return False
    head = terms(m.group(1).split()[-1])
    if not a.cls:  # "WHERE is the drinks GROUP that owns X based": a group is no place, so not X's own seat
        return bool(head) and head[0] not in _WH_NOUNS[which.group(1).lower()]
    return bool(head) and head[0] != a.cls


# "where" and "who" with no noun of their own: a noun told apart that is of the kind they ask
# ("where is the TOWN where …", "who is the MAN who …") may be the answer itself
_WHERE_WHO = re.compile(r"^\W*(where|who)\b", re.I)
_WH_NOUNS = {"where": frozenset(terms("place places city cities town towns village villages country countries region "
                                      "regions area areas site sites spot location")),
             "who": frozenset(terms("person people man men woman women one ones guy boy girl child children "
                                    "lady gentleman individual"))}


# "Which SEA does the Rhône flow into?": a natural feature's name says its kind ("Lake Geneva", "Valais valley")
_FEATURE_NOUNS = "sea lake river ocean bay gulf island mountain hill valley glacier canal strait peninsula".split()
_EN_CLASS = re.compile(rf"\b(?:which|what)\s+({'|'.join(_FEATURE_NOUNS)})\b", re.I)


def class_fits(question: str, answer: str) -> bool:
    m = _ZH_CLASS.search(question)
    if m is not None:
        return any(c in answer for c in _ZH_CLASS_ENDS.get(m.group(1), m.group(1)[-1]))
    m = _EN_CLASS.search(question)
    named = {w for w in answer.lower().split() if w in _FEATURE_NOUNS}
    return m is None or not named or m.group(1).lower() in named


_ZH_KIN = frozenset("祖父 祖母 外祖父 外祖母 父亲 母亲 儿子 女儿 妻子 丈夫 配偶 老师 学生 哥哥 弟弟 姐姐 妹妹 兄长".split())


_LENGTH = r"(?:metres?|meters?|m|km|kilometres?|kilometers?|feet|foot|ft|miles?|米|千米|公里|英尺|英里)"
_UNITS = {
    "length": _LENGTH,
    "weight": r"(?:kilograms?|kg|tonnes?|tons?|grams?|pounds?|lb|公斤|千克|吨|克)",
    "area": r"(?:square\s+(?:kilometres?|kilometers?|metres?|meters?|miles?)|km2|km²|hectares?|acres?|平方千米|平方公里|平方米|公顷)",
}
_DIMENSION = {**dict.fromkeys("high tall long deep wide far 高 长 深 宽 远".split(), "length"),
              **dict.fromkeys("heavy 重".split(), "weight"), **dict.fromkeys("big large 大".split(), "area")}
_HOW_MUCH = re.compile(r"\bhow\s+(" + "|".join(w for w in _DIMENSION if w.isascii()) + r")\b|多("
                       + "|".join(w for w in _DIMENSION if not w.isascii()) + ")", re.I)
# the words a relation may name a dimension with, per asked adjective; a relation naming another
# one ("东西宽" for 多深, "length" for "how deep") measures something else
_SAME_DIMENSION = {"high": "high height elevation altitude tall", "tall": "tall height high", "long": "long length",
                   "deep": "deep depth", "wide": "wide width breadth", "far": "far distance", "heavy": "heavy weight",
                   "big": "big area size", "large": "large area size", "高": "高 海拔", "长": "长", "深": "深",
                   "宽": "宽", "远": "远 距离", "重": "重", "大": "大 面积"}
_ANY_DIMENSION = re.compile(r"\b(?:high|higher|height|elevation|altitude|tall|long|length|deep|depth|wide|width|breadth|"
                            r"far|distance|heavy|weight|area|size)\b|[高长深宽远重]|海拔|面积|距离", re.I)


def measured(question: str, answer: str, relation: str = "") -> bool:
    """"How HIGH is Dalsnibba?" is answered by "Dalsnibba stands 1,476 metres": a value in a unit
    of the dimension the question asks (length for high, tall, long, deep; weight for heavy; area
    for big), whatever verb the fact was read with, unless the relation names another dimension
    ("西湖 东西宽 2.8公里" does not say how deep). "How long did it take" asks a duration."""
    m = _HOW_MUCH.search(question)
    if m is None or _DURATION.search(question):
        return False
    asked = (m.group(1) or m.group(2)).lower()
    same = _SAME_DIMENSION[asked].split()
    if any(d.group().lower() not in same for d in _ANY_DIMENSION.finditer(relation)):
        return False
    unit = _UNITS[_DIMENSION[asked]]
    return bool(re.search(rf"\d[\d,.]*\s*{unit}(?![A-Za-z])", answer, re.I))


def measured_here(question: str, text: str) -> bool:
    """A sentence says how high, tall or long without the word: "rises to 4,478 metres", "runs some
    813 kilometres"; not a distance to somewhere ("about 120 kilometres to the south"). Depth, width
    and weight are said with their words ("a depth of 1,642 metres"): a length is no answer to them."""
    m = _HOW_MUCH.search(question)
    if m is None or (m.group(1) or "").lower() not in ("high", "tall", "long") or _DURATION.search(question):
        return False
    return bool(re.search(rf"\d[\d,.]*\s*{_LENGTH}(?![A-Za-z])(?!\s+(?:to\s+the|north|south|east|west|away|from|of)\b)",
                          text, re.I))


def dated_here(question: str, text: str) -> bool:
    """A sentence with a date says "in what YEAR", "when" without the word ("inscribed … in 1979")."""
    return asks_date(question) and bool(_DATE.search(text))


def end_id(edge, answer: str) -> int:
    """The id of the end of `edge` that `answer` names (its subject unless it is the object)."""
    return edge.object_id if edge.object == answer else edge.subject_id


def chain_backed(a: Asked, chain: list[Fact], answer: str, question: str = "",
                 mentions: dict[int, str] | None = None) -> bool:
    """Every step named by the question, and the answer of the asked kind. The last step may be
    named by the answer instead: "Which DESCALER …?" answered "Aurelia DS-1 descaler"."""
    if not chain or not answer_fits(a, answer):
        return False
    if mentions and end_id(chain[-1].edge, answer) in mentions:
        return False  # "Which company did Tesla join in Paris?" is not answered by Tesla (`Tesla joined in Paris`)
    if mentions and not direction_fits(question, chain[0], mentions):
        return False
    said = set(terms(answer)) | (_pairs(answer) if _CJK.search(answer) else set())
    if said and said <= a.said:
        return False  # "Where does Ajax play its home matches?" is not answered by "home matches"
    head = set(terms(answer.split()[-1])) if a.cls and answer[:1].islower() and len(answer.split()) > 1 else set()
    if head and head <= a.words - {a.cls}:
        return False  # "To which FIRM did X sell its appliances DIVISION?" is not answered by "semiconductor division"
    if not ends_where(a, chain):
        return False
    *first, last = chain
    if _EN_WHERE.search(a.text) and first and _PLACE_REL.search(first[-1].edge.relation) and not naming(a, last.edge.relation):
        return False  # "Where was X from?" is answered by `X from Alliston`, not a step on to Alliston's province
    if _EN_WHERE.search(a.text) and len(chain) == 1 and last.edge.subject == answer and last.edge.object != answer \
            and not last.edge.relation.endswith(" of"):
        return False  # "Where is the filmmaker who lived on Fårö buried?" is not answered by who lived on Fårö
    if re.match(r"\s*who\b", question or "", re.I) and last.edge.subject == answer and last.edge.object != answer \
            and re.search(r"\b(?:officer|president|director|chairman|chairwoman|chair|ceo|cfo|cto|coo|manager|head|"
                          r"secretary|treasurer|curator|captain|coach)$", last.edge.relation, re.I):
        return False  # "Who will succeed X as chief financial officer?" is not answered by the firm X is CFO of
    fronted = _FRONTED_PREP.match(question or "") or (None if first else _RELATIVE_PREP.search(question or ""))
    if fronted and a.kind != "date" and _ENDS_PREP.search(last.edge.relation) \
            and not last.edge.relation.lower().endswith(" " + fronted.group(1).lower()):
        return False  # "UNDER whom did X study?" is not answered by `X studied at University of Vienna`
    q = question or a.text
    if _CJK.search(q) and last.edge.relation in _ZH_KIN and last.edge.object == answer:
        tail = re.sub(r"[？?。！!\s]", "", q.split(last.edge.relation)[-1])
        if q.count(last.edge.relation) == 1 and re.search(r"[哪什何多]", tail) \
                and not re.fullmatch(r"(?:是|叫)?(?:谁|什么|什么名字|哪位|哪一位)", tail):
            return False  # "梅兰芳的祖父主持过哪个戏班？" is not answered by the grandfather's name
    if classes_subject(a, last.edge.relation) and last.edge.object == answer != last.edge.subject:
        return False  # "In what VILLAGE was X born?" is not answered by `Y small village in Navarre`: Y is the village
    value_of = _EN_VALUE_OF.match(question or "")
    if value_of and terms(value_of.group(1)):  # "What was the nationality of …": the last step must say it
        asked_noun = set(terms(value_of.group(1)))
        if not (asked_noun & relation_words(last.edge.relation)) and not (asked_noun & set(terms(answer))):
            return False
    # named by the answer's class ("Which COMPANY built X?" → "national rail company"), the step
    # must still say the question's verb: "X operated by national rail company" did not build it
    named = step_backed(a, last.edge.relation) or (bool(a.cls) and a.cls in terms(answer)
                                                   and says(asked_verbs(question or a.text), last.edge.relation)) \
        or (not first and measured(question or a.text, answer, last.edge.relation))
    return named and all(step_backed(a, f.edge.relation) for f in first)


def far_end(f: Fact, at: set[int]) -> str | None:
    """The far end of a fact that touches `at` at one end only."""
    e = f.edge
    if e.subject_id in at and e.object_id not in at:
        return e.object
    if e.object_id in at and e.subject_id not in at:
        return e.subject
    return None


def classes_subject(a: Asked, relation: str) -> bool:
    """A relation coined from an apposition ("Y, a small village in Navarre": `small village in`)
    whose class noun is the one the question asks for: it says what its subject is, so the
    question's noun is answered by that subject, not by a step on to its object."""
    return bool(a.cls) and not _CJK.search(relation) and a.cls in terms(relation) and bool(_ENDS_PREP.search(relation))


def ignored(a: Asked, chain: list[Fact], facts: list[Fact]) -> set[str]:
    """Words of the question that name a relation of the facts at hand but none of the chain's:
    a part of the question the chain does not answer ("the FOUNDER of X GRADUATED from …"
    answered with the founder)."""
    used: set[str] = set()
    for f in chain:
        used |= naming(a, f.edge.relation)
    in_chain = {f.edge.id for f in chain}
    out: set[str] = set()
    for f in facts:
        if f.edge.id not in in_chain and is_document_fact(f) and not classes_subject(a, f.edge.relation):
            named = naming(a, f.edge.relation)
            if named and not named & used:
                out |= named
    return out


def extension(a: Asked, chain: list[Fact], answer_id: int, facts: list[Fact], words: set[str]
              ) -> tuple[Fact, str] | None:
    """One more step from the chain's answer, named by the words the chain left out."""
    in_chain = {f.edge.id for f in chain}
    for f in facts:
        if f.edge.id in in_chain or not is_document_fact(f) or not naming(a, f.edge.relation) & words:
            continue
        end = far_end(f, {answer_id})
        if end is not None and answer_fits(a, end) and ends_where(a, [f]) and class_fits(a.text, end):
            return f, end
    return None


def passage_holds(a: Asked, text: str, names: list[str]) -> bool:
    """Whether a quoted sentence holds a value of the kind the question asks: a date for "when", a
    number besides its dates for "how many", and (English) for "who" a name besides the question's
    own ("where" may be answered "at the national library"). "When was the basilica built?" is not answered by "the
    town draws pilgrims to its basilica", nor "Who was the captain of the Vasa?" by "On 10 August
    1628 Vasa set out on her maiden voyage"."""
    if a.kind == "date":
        return bool(_DATE.search(text))
    if a.kind == "quantity":  # a date is no amount: "门票多少钱" is not answered by the day it opened
        return bool(_NUMBER.search(_NO_AMOUNT.sub(" ", text)))
    if a.kind == "name" and _EN_WHO.search(a.text) and not _CJK.search(text):
        rest = text
        for n in sorted(names, key=len, reverse=True):
            rest = rest.replace(n, " ") if n.strip() else rest
        return any(m.group(1).casefold() not in _MONTH_NAMES for m in _INNER_NAME.finditer(rest))
    return True


def passage_fits(a: Asked, text: str, source: str, names: list[str], documents: set[str]) -> bool:
    """A sentence may stand in for an unbacked fact when it holds a word the question asks, and
    is about what the question asks about: it names it, or comes from a document that states
    facts about it (where "the lake", "it" stand for it)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    if names and document_of(source) not in documents and not any(n.casefold() in t for n in names if n.strip()):
        return False
    if a.empty:
        return True
    have = set(terms(text)) | _pairs(text)
    return bool(have & a.words) or measured_here(a.text, text)


_TERMINAL = re.compile(r"[。！？；.!?;][\"'”’」』）)\]]*\s*$")


def is_heading(text: str) -> bool:
    """A line with no sentence end that is short: a title ("北京国安足球俱乐部", "Annual Report 2024"),
    which names things but says nothing about them."""
    return not _TERMINAL.search(text) and len(text) < 60


def passage_says_all(a: Asked, text: str) -> bool:
    """The sentence holds every word the question asks (besides its names)."""
    have = set(terms(text)) | _pairs(text)
    return bool(a.words) and a.words <= have


def named_in(question: str, answer: str) -> bool:
    """"In which journal did TURING publish X?": the answer is someone the question names (by
    the whole name, or by its last word standing alone, a surname), so it cannot be what is asked
    of them. A surname inside another name is someone or something else: after another given name
    ("the father of ANNA Berg" for Karl Berg, particles skipped: "Hilma af Klint"), or before
    another capitalised word ("the Hooker TELESCOPE" for John D. Hooker). Latin script only: a
    Chinese name inside a longer one (北京 in 北京大学) is no mention of it."""
    name = answer.strip()
    if len(name) < 2 or has_cjk(name):
        return False
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question, re.I):
        return True
    words = name.split()
    if len(words) < 2 or len(words[-1]) < 4 or not words[-1][:1].isupper() or words[-2] == "of":
        return False  # "Fritz Simrock of BERLIN": a place, no surname
    toks = re.findall(r"[\w'’\-.]+", question)
    for i, t in enumerate(toks):
        if t.rstrip(".") != words[-1]:
            continue
        j = i - 1
        while j >= 0 and toks[j].islower() and toks[j] in _PARTICLES:
            j -= 1
        before = toks[j] if j >= 0 and toks[j][:1].isupper() and j > 0 else ""
        after = toks[i + 1] if i + 1 < len(toks) else ""
        if (not before or before in words) and not after[:1].isupper():
            return True
    return False


_PARTICLES = frozenset("af av van von de der den da di du la le ter ten bin ibn".split())


def backed_fact(a: Asked, facts: list[Fact], entity_ids: set[int], question: str = "",
                mentions: dict[int, str] | None = None) -> tuple[Fact, str] | None:
    """The best-ranked single document fact of a linked entity that the question backs, with
    its far end (the answer); None when there is none."""
    for f in facts:
        if not is_document_fact(f):
            continue
        end = far_end(f, entity_ids)
        if end is not None and not named_in(question or a.text, end) and chain_backed(a, [f], end, question, mentions) \
                and class_fits(question or a.text, end):
            return f, end
    return None


# ---------------------------------------------------------------------------------------------
# Qualifiers of time and order. "Who is the CURRENT director of X?", "X的第一任院长", "When was X
# COMPLETED?", "X的儿子哪一年出生?" ask for something narrower than a fact that merely joins the
# same names: a past director, a later one, the start of the work, the father's own birth. The
# sentence the fact was read from must carry the qualifier (or, for "current", not date the post
# in the past); otherwise the fact is not stated (the passage fallback may still quote it).
# Word lists only: grammar, no names.

_Q_CURRENT = re.compile(r"\b(?:current|currently|now|today|present|presently|nowadays)\b|现任|目前|现在|如今|当前|现今", re.I)
_S_CURRENT = re.compile(r"\b(?:current|currently|now|today|present|presently|nowadays|still|since)\b|\bhas\s+(?:been|led|run|headed)\b"
                        r"|现任|目前|现在|如今|当前|现今|至今|现为|现由|迄今", re.I)
_S_PAST = re.compile(r"\b(?:former|formerly|until|till|once|retired|resigned|died|served)\b|\bfrom\s+\d{4}\s+(?:to|until)\b"
                     r"|曾|前任|卸任|离任|辞去|逝世|去世|\d{4}年?至\d{4}年", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)|[〇零一二三四五六七八九十]{2,4}年")
_Q_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")  # a year the question puts on what it asks
_ZH_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})年")
_Q_FIRST = re.compile(r"\b(?:first|founding|inaugural|original|earliest)\b(?!\s+(?:name|names|half|quarter)\b)"
                      r"|第一任|第一位|第一个|第一届|首任|首位|首个|首届|首次|最早|创始", re.I)
# "at first", "for the first time" say when, not which holder came first
# "was not climbed until 1931", "直到1931年才被登顶": the first time, said the other way round
_S_FIRST = re.compile(r"\b(?:(?<!\bat\s)first(?!\s+time\b)|founding|founded|founder|inaugural|original|originally|earliest|1st"
                      r"|not\s+(?:[a-z]+\s+){0,2}until)\b"
                      r"|第一|首任|首位|首个|首届|首次|最早|创始|创办|创建|创立|开创|直到[^，。；]{1,12}才", re.I)
_Q_LAST = re.compile(r"\b(?:last|final)\b(?!\s+(?:financial\s+|fiscal\s+|calendar\s+)?(?:year|month|week|quarter|season|decade)s?\b)"
                     r"|最后|末任|末代|最后一", re.I)
_S_LAST = re.compile(r"\b(?:last|final|finally|latest)\b|最后|末任|末代|最终|晚年", re.I)
# "the first WOMAN to run X", "the first economist in Norway to hold the post": first of a group
# the question does not ask about, not the first holder (an auxiliary inside is another clause)
_FIRST_OF = re.compile(r"\bfirst((?:\s+[A-Za-z][\w'-]*){1,3}?)\s+to\s+[a-z]", re.I)
# "first" before words written in lower case: the noun it orders is among them
_FIRST_NOUN = re.compile(r"\bfirst((?:\s+[a-z][a-z'-]*){1,3})")
_AUXILIARY = frozenset("is are was were be been being has have had".split())
# "the MOST POPULOUS city", "the LARGEST lake": a superlative asked without an order; a sentence
# that gives the answer an order above first ("its SECOND most populous city", "the third-largest")
# does not answer it
_Q_SUPERLATIVE = re.compile(r"\b(?:most|least)\s+([a-z]+)|\b([a-z]{3,}est)\b", re.I)
_ORDER_WORD = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))"
# "the SECOND director", "第二任院长": an order other than first; the sentence must say the same one
_ORDINAL_EN = {w: n for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
_Q_ORDINAL = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))\b(?!\s+centur)"
                        r"|第([一二三四五六七八九十]{1,3}|\d{1,2})(?:任|位|个|届|代|次)", re.I)
_ZH_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)}
_DONE = r"\b(?:complete|completed|completion|finish|finished|finishing)\b|建成|落成|竣工|完工|完成|建好|告竣"
_BEGUN = (r"\b(?:began|begin|begins|begun|beginning|start|started|starts|starting|commence|commenced|"
          r"foundation\s+stone|laid\s+the\s+foundations?)\b|始建|动工|开工|兴建|奠基|筹建|开始|开建")
_Q_DONE, _Q_BEGUN = re.compile(_DONE, re.I), re.compile(_BEGUN, re.I)
# "the MAXIMUM depth", "最大水深" is not answered by "平均水深 1.9米", nor "the AVERAGE depth" by the greatest one
_MEAN = re.compile(r"\b(?:average|mean)\b|平均", re.I)
_PEAK = re.compile(r"\b(?:maximum|greatest|deepest|highest)\b|最大|最深|最高|最长|最宽", re.I)
_S_DONE, _S_BEGUN = _Q_DONE, _Q_BEGUN
# "who REPLACED X as chief executive": a chief executive the text names is not X's successor unless
# the sentence tells of one following another
_Q_NEXT = re.compile(r"\b(?:replaced|replace|replaces|succeeded|succeed|succeeds|successor)\b|接替|继任|接任", re.I)
_S_NEXT = re.compile(r"\b(?:replac\w*|succeed\w*|successor|took\s+over|after|followed)\b|接替|继任|接任|之后|随后", re.I)
_KIN_EN = re.compile(r"\b(?:" + "|".join(sorted(KIN_WORDS)) + r")\b", re.I)
_KIN_ZH = re.compile(r"儿子|女儿|长子|次子|幼子|长女|次女|父亲|母亲|父母|妻子|丈夫|夫人|配偶|哥哥|弟弟|姐姐|妹妹|兄长|兄弟|姐妹|"
                     r"祖父|祖母|外祖父|外祖母|孙子|孙女|子女|孩子|伯父|叔父|舅舅|侄子|遗孀")
# "first light" is an event; "his first wife", "第一任妻子" order kin, which a step of kin answers
_KIN_ORDER = re.compile(r"\b(?:first|earliest)\s+(?:light\b|(?:" + _KIN_EN.pattern + r"))|(?:第一任|第一个|首任)(?:"
                        + _KIN_ZH.pattern + ")", re.I)
_KIN_RELATION = re.compile(_KIN_EN.pattern + r"|\b(?:married|marry|marries|wed|wedded|spouse|parent|child|born\s+to)\b|"
                           + _KIN_ZH.pattern + r"|[父母妻夫兄弟姐妹孙]|结婚|嫁|娶", re.I)


def supporting(text: str, f: Fact) -> list[str]:
    """The sentences of a fact's chunk that hold both its ends, else those that hold one end and
    a word of the relation ("Frederick Sanger … completed it in 1955" for `Frederick Sanger completed
    Insulin`), else one end (the object first in both), else the whole chunk."""
    sents = sentences(text)
    low = [unicodedata.normalize("NFKC", s).casefold() for s in sents]
    ends = [unicodedata.normalize("NFKC", e).casefold().strip() for e in (f.edge.object, f.edge.subject)]
    both = [s for s, l in zip(sents, low) if all(e and e in l for e in ends)]
    if both:
        return both
    said = set(terms(f.edge.relation))
    for e in ends:
        told = [s for s, l in zip(sents, low) if e and e in l and said & set(terms(s))]
        if told:
            return told
    for e in ends:
        one = [s for s, l in zip(sents, low) if e and e in l]
        if one:
            return one
    return [text]


def qualifiers(question: str, a: Asked) -> set[str]:
    """The qualifiers of time and order the question puts on what it asks: current, first, last,
    next (a successor), done (completed), begun (started), kin ("X's son", "X的儿子": someone else
    than X), a year ("the revenue IN 2020")."""
    q = a.text or question
    unkin = _KIN_ORDER.sub(" ", q)  # "his first wife" orders kin: no order asked of the answer
    out = set()
    if _Q_CURRENT.search(q):
        out.add("current")
    if _Q_FIRST.search(unkin):
        out.add("first")
    if _Q_LAST.search(q):
        out.add("last")
    if _Q_DONE.search(q) and not _Q_BEGUN.search(q):
        out.add("done")
    if _PEAK.search(q) and not _MEAN.search(q):
        out.add("peak")
    if _MEAN.search(q) and not _PEAK.search(q):
        out.add("mean")
    if _Q_BEGUN.search(q) and not _Q_DONE.search(q):
        out.add("begun")
    if _Q_NEXT.search(q):
        out.add("next")
    if asks_kin(question, a):
        out.add("kin")
    if a.kind != "date":  # "who won the race IN 1947": a fact of another year is no answer
        out |= {f"year:{m.group()}" for m in _Q_YEAR.finditer(q)}
        # a Chinese year the linker took as a name (a date node, "1837年林则徐担任…") is still a date
        out |= {f"year:{m.group(1)}" for m in _ZH_YEAR.finditer(question)}
        # "Who ran the firm WHEN THE CONSOLE CAME OUT?": the answer's sentences must tell of that time
        when = re.search(r"\bwhen\b(.+)$", q, re.I)
        words = sorted(set(terms(when.group(1))) - STOPWORDS) if when else []
        if words:
            out.add("when:" + " ".join(words))
    orders = _ordinals(unkin)
    out |= {f"order:{n}" for n in orders}
    if not orders:
        out |= {f"most:{m.group(1) or m.group(2)}".lower() for m in _Q_SUPERLATIVE.finditer(q)}
    return out


def asks_kin(question: str, a: Asked) -> bool:
    """"When did X's SON die?", "X的儿子": the question asks about someone's kin."""
    q = a.text or question
    return bool(_KIN_EN.search(q) or _KIN_ZH.search(q))


def _ordinals(text: str) -> set[int]:
    """The orders above first a text names: "second" → 2, "3rd" → 3, 第二任 → 2, 第十二届 → 12."""
    out = set()
    for m in _Q_ORDINAL.finditer(text):
        en, zh = m.group(1), m.group(2)
        if en:
            out.add(_ORDINAL_EN.get(en.lower()) or int(re.match(r"\d+", en).group()))
        elif zh.isdigit():
            out.add(int(zh))
        else:
            tens, _, ones = zh.partition("十") if "十" in zh else ("", "", zh)
            out.add((_ZH_DIGITS.get(tens, 1) * 10 if "十" in zh else 0) + _ZH_DIGITS.get(ones, 0))
    return {n for n in out if n >= 2}  # "first" has its own words (首任, founding …)


def qualified(question: str, a: Asked, chain: list[Fact], text_of) -> bool:
    """Whether a chain of document facts may answer a question with a qualifier of time or order:
    the last step's sentence carries "first" / "last" (a later director is not the first, though
    the sentence of an earlier step, "renamed X, with Y as its first head", says "first"); for
    "current", some step's sentence says so, or the last step's sentence neither dates the post
    nor says it ended ("from 2014 to 2022", "1936年…出任", "曾任"); "completed" is not answered by a
    sentence that only says the work began (始建, "began work on"), nor "began" by one that only
    says it was completed; "X's son" needs a step of kin (married, 儿子, father …), or the fact is
    X's own. `text_of(source)`: the chunk text a fact cites, None when unknown (then the step is
    not judged)."""
    want = qualifiers(question, a)
    if not want or not chain:
        return True
    docs = [f for f in chain if is_document_fact(f)]
    if not docs:
        return True
    said: list[tuple[Fact, str]] = []
    chunks = []
    for f in docs:
        text = text_of(f.edge.source)
        if text:
            chunks.append(text)
            said.append((f, " ".join(supporting(text, f))))
    # "who won the race IN 1947": a text that never names the year does not answer it
    if chunks and any(not any(_has_year(y, t) for t in chunks) for y in _years(want)):
        return False
    if "kin" in want and not any(_KIN_RELATION.search(f.edge.relation) for f in chain):
        return False
    if not said:
        return True
    last_text = next((t for f, t in said if f is chain[-1]), said[-1][1])
    # the clause that holds the answer: "紫禁城始建于1406年，1420年基本建成" dates the start in its first clause
    end = unicodedata.normalize("NFKC", chain[-1].edge.object).casefold()
    parts = [p for p in re.split(r"[，,；;：:（）()]", last_text) if end and end in unicodedata.normalize("NFKC", p).casefold()]
    return _carries(want, [t for _, t in said], last_text, " ".join(parts) or last_text, a.words)


def passage_qualified(question: str, a: Asked, text: str) -> bool:
    """Whether a quoted sentence may answer a question with a qualifier of time or order, judged
    as a fact's sentence is (`qualified`): "who is the CURRENT chief" is not answered by "X was
    chief from 2014 to 2022", nor "when was it COMPLETED" by "work began in 1925". A kin step
    is seen in a sentence only as a word of kin (son, married, 父亲 …)."""
    want = qualifiers(question, a)
    if "kin" in want and not _KIN_RELATION.search(text):
        return False  # "when did Lange's SON die" is not answered by a sentence naming no kin
    want -= {"kin"}
    return not want or _carries(want, [text], text, text, a.words)


def _years(want: set[str]) -> list[str]:
    return [w.split(":")[1] for w in want if w.startswith("year:")]


def _has_year(year: str, text: str) -> bool:
    return re.search(rf"(?<!\d){year}(?!\d)", text) is not None


def _says_first(text: str, asked_words: frozenset[str]) -> bool:
    def group(m: re.Match) -> str:
        words = m.group(1).split()
        of_asked = any(t in asked_words for w in words for t in terms(w))
        return m.group() if of_asked or _AUXILIARY.intersection(w.lower() for w in words) else m.group()[len("first"):]

    def noun(m: re.Match) -> str:  # "won the first TREBLE" orders trebles, not the coach asked about
        words = m.group(1).split()
        of_asked = any(t in asked_words for w in words for t in terms(w))
        return m.group() if words[0] in STOPWORDS or of_asked else m.group(1)

    return bool(_S_FIRST.search(_FIRST_NOUN.sub(noun, _FIRST_OF.sub(group, text))))


def _carries(want: set[str], texts: list[str], last: str, near: str, asked_words: frozenset[str]) -> bool:
    """The qualifiers `want` against the sentences of a chain (`texts`), the one of its last step
    (`last`) and the clause of that sentence that holds the answer (`near`); `asked_words` tell
    a group the question asks about ("the first SPACECRAFT to …") from another one."""
    if "first" in want and not _says_first(last, asked_words):
        return False
    # "who won the race IN 1947" is not answered by a sentence about the race of 1903; one that
    # names no year may still be about the asked one (a report's "revenue rose to …")
    if _YEAR.search(last) and any(not any(_has_year(y, t) for t in texts) for y in _years(want)):
        return False
    for w in (w.split(":", 1)[1] for w in want if w.startswith("when:")):
        if not set(w.split()) & {t for x in texts for t in terms(x)}:
            return False
    orders = {int(w.split(":")[1]) for w in want if w.startswith("order:")}
    if orders and not orders <= _ordinals(last):  # "the second director": the sentence must say second
        return False
    if "last" in want and not _S_LAST.search(last):
        return False
    if "next" in want and not _S_NEXT.search(last):
        return False
    for w in (w.split(":", 1)[1] for w in want if w.startswith("most:")):
        # of the noun asked about: "At Lyon, the THIRD-LARGEST CITY in France, the Rhône is joined
        # by the Saône, its largest tributary" orders cities, not tributaries
        for m in re.finditer(rf"\b{_ORDER_WORD}[-\s]+(?:(?:most|least)\s+)?{re.escape(w)}\b(?:\s+([A-Za-z]+))?", last, re.I):
            if not m.group(1) or set(terms(m.group(1))) & asked_words:
                return False
    # Chinese has no tense: "由X任馆长" in a history is no current post unless the text says so (现任, 至今 …)
    # nor is a founding holder ("became its FIRST president") the current one
    if "current" in want and not any(_S_CURRENT.search(t) for t in texts) \
            and (_YEAR.search(last) or _S_PAST.search(last) or _CJK.search(last) or _says_first(last, asked_words)):
        return False
    if "done" in want and _S_BEGUN.search(near) and not _S_DONE.search(near):
        return False
    if "begun" in want and _S_DONE.search(near) and not _S_BEGUN.search(near):
        return False
    if "peak" in want and _MEAN.search(near) and not _PEAK.search(near):
        return False
    if "mean" in want and _PEAK.search(near) and not _MEAN.search(near):
        return False
    return True
