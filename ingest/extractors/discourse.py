"""What one document has said so far, for resolving the mentions of its later sentences.

Kept across the chunks of one document (the pipeline calls `begin_document`), so the PDF and
the `.txt` of one text resolve alike. It knows the document's topic (from its title or first
subject), the people it named (with a gender once a he/she pointed at them), the class nouns
things were introduced with ("Calibra GmbH, a manufacturer" → "the manufacturer"), and the
full names it introduced, so "Lovelace", "Ada" or "Lady Lovelace" mean "Ada Lovelace"."""
from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from graphrag.normalize import has_cjk

# relations whose subject is a person: "he"/"she"/"他"/"她" refer back to that subject
PERSON_RELATIONS = frozenset({"born in", "died in", "spouse", "educated at", "employer", "lived in",
                              "award received", "出生于", "逝世于", "毕业于", "就读于", "任职于"})
# what only a place or a thing is said to do: its subject is no one ("宝顶山位于…。它由…开凿": 它, though the
# tagger reads 宝顶山 as a person's name)
PLACE_RELATIONS = frozenset({"located in", "位于", "坐落于", "地处", "坐落在", "海拔"})
_TITLES = frozenset("""mr mrs ms miss dr prof professor sir dame lady lord king queen prince princess president
general colonel captain saint st count countess baron baroness duke duchess""".split())
ORG_NOUNS = frozenset("""company group firm business corporation enterprise concern conglomerate maker manufacturer
producer developer utility operator bank insurer retailer supplier startup subsidiary shipbuilder carmaker
automaker airline brewery publisher broadcaster chain distributor wholesaler miner refiner shipper carrier 公司 集团 企业 该公司 本公司""".split())
# what an organisation that is no company is called ("the AGENCY", "the SOCIETY")
BODY_NOUNS = frozenset("""agency organisation organization institution society association union federation league
foundation trust council committee board authority service network cooperative charity court tribunal jury
government parliament""".split())
# a title before a name that says the person's gender ("Prince Khurram", "Lady Jane Grey")
_TITLE_GENDER = {**dict.fromkeys("mr sir lord king prince emperor duke tsar sultan".split(), "m"),
                 **dict.fromkeys("mrs ms miss dame lady queen princess empress duchess countess".split(), "f")}
# the last word of a place's, a building's or a body's name ("Bennelong Point", "Opera House Trust"): no he or she
PLACE_ENDS = frozenset("""point bay street road square court bridge hall house church cathedral abbey park river lake island
castle tower palace museum harbour harbor station airport garden gardens mountain mountains valley fort cape centre
center theatre theater library school university college canal sea ocean gulf strait peninsula glacier cemetery
trust foundation society council committee association institute bank agency board orchestra club""".split())


# first words of place names that end with another name ("Lake Victoria", "Mount Cook"): no person's
_PLACE_FIRST = frozenset("""lake mount mt fort cape port river saint st san santa sankt bad gare isla isle glen loch bay
point north south east west new upper lower old great little greater royal""".split())


def is_org_noun(noun: str) -> bool:
    noun = noun.casefold()
    return noun in ORG_NOUNS or noun.endswith(("maker", "builder", "producer", "manufacturer", "company", "firm"))


_CJK_ORG = ("公司", "集团", "企业", "银行", "协会", "学会", "委员会", "研究所", "研究院", "大学", "学院", "工厂", "厂",
            "局", "部", "馆", "院", "中学", "小学", "学校")
_CJK_LEGAL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$|(?:足球|篮球|排球)?俱乐部$")
LEGAL = frozenset("ab ag gmbh ltd plc inc corp co llc sa sas sarl nv bv spa oy oyj asa as kg se srl".split())


def key(name: str) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", name).casefold())


def words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", name.strip()) if w]


def initialled(short: list[str], full: list[str]) -> bool:
    """"J. C. Jacobsen" for "Jacob Christian Jacobsen": the same surname, every other word an initial of the full name's."""
    return len(short) == len(full) > 1 and key(short[-1]) == key(full[-1]) \
        and all(re.fullmatch(r"[A-Z]\.?", w) for w in short[:-1]) and [w[0] for w in short[:-1]] == [w[0] for w in full[:-1]]


def _complement_only(mention: list[str], name: list[str]) -> bool:
    """"Parliament" is no short name of "Act of Parliament", nor "Tuscany" of "Bank of Tuscany", nor "India" of
    "Surveyor General of India": every word of the mention after the name's "of", whose head is no title
    ("Wellington" for "Duke of Wellington" is)."""
    if "of" not in name[1:]:
        return False
    at = name.index("of", 1)
    head = [w.strip(".") for w in name[:at]]  # a title, maybe after another ("Grand Duke"): not "Surveyor General"
    return all(m in name[at + 1:] and m not in name[:at] for m in mention) \
        and not (head[-1] in _TITLES and (len(head) == 1 or head[0] in _TITLES or head[0] == "grand"))


@dataclass
class Entity:
    name: str
    person: bool = False  # said by a he/she, a birth, a death or a marriage
    maybe_person: bool = False  # the tagger thought so
    gender: str | None = None  # "m" | "f" once a pronoun or a kinship word said so
    org: bool = False
    company: bool = False  # introduced as one ("a maker of …", "X AB", "…公司"): stronger than the tagger's ORG
    thing: bool = False  # introduced as a kind of thing that is no person ("a simple device"): never he/she
    lived: bool = False  # the subject of a birth, death, marriage … (PERSON_RELATIONS): someone, maybe a woman
    vessel: bool = False  # introduced as a ship or boat ("a British clipper ship"): English calls it "she"


# sentences a class noun ("the company") keeps to the last thing introduced as one when another was introduced as one
# before it: "the Forth Road Bridge … the bridge" a sentence later is it; fourteen sentences later, either
_RECENT = 10
_SHIP_PREFIX = re.compile(r"(?:SS|RMS|HMS|HMAS|HMCS|USS|MV|MS|SMS)\s+[A-Z]")  # "SS Great Britain", "HMS Beagle"


@dataclass
class Discourse:
    """Who the sentences of one document are about, for pronouns, dropped subjects and short names."""

    subject: str | None = None  # the last sentence subject
    person: str | None = None  # the last person named as a subject
    topic: str | None = None
    title: str | None = None  # the heading, until the first sentence names the topic
    entities: dict[str, Entity] = field(default_factory=dict)  # key(name) → entity
    order: list[str] = field(default_factory=list)  # canonical names, most recent last
    classes: dict[str, str | None] = field(default_factory=dict)  # class noun → the last thing introduced as one (None: unclear)
    classed_at: dict[str, int] = field(default_factory=dict)  # class noun → the sentence that introduced it last
    rivalled: set[str] = field(default_factory=set)  # class nouns two things were introduced as
    described: dict[str, set[str]] = field(default_factory=dict)  # name → class nouns a copula gave it
    canon: dict[str, str] = field(default_factory=dict)  # key(mention) → canonical name
    sentences: int = 0
    found_aliases: list[tuple[str, str]] = field(default_factory=list)  # (full name, short form) to report
    nouns: set[str] = field(default_factory=set)  # common nouns of the sentences read so far (English)
    definite: dict[str, int] = field(default_factory=dict)  # noun of a "the X" read → the sentence it was first read in
    first_seen: dict[str, int] = field(default_factory=dict)  # key(name) → the sentence it was first named in
    last_seen: dict[str, int] = field(default_factory=dict)  # key(name) → the sentence it was last named in
    mentions: list[str] = field(default_factory=list)  # noun runs of the Chinese sentences read, most recent last
    works: list[str] = field(default_factory=list)  # 《titles》 of the Chinese sentences read, most recent last
    read: set[str] = field(default_factory=set)  # key of every sentence read (chunks overlap)
    we: bool = False  # the last sentence's subject was "we" (the document speaking for itself)
    many: bool = False  # … or two or more ("Susi and Chuma", "his servants"): no later "it"
    signed: str | None = None  # a line that is only a person's name (a letter's signature), for the role line after it
    there: str | None = None  # the place or body the last sentence named last, for a "there" in the next
    dateline: datetime.date | None = None  # the date a news story's dateline gives, for "on Wednesday"
    kin: set[str] = field(default_factory=set)  # key of a one-word name a kin word introduced ("his son, Carl")
    done_to: str | None = None  # the named thing the last sentence's person acted on ("… signed the X Treaty. It gave …"),
    # or the topic, acted on by something else
    couple: tuple[str, str] | None = None  # the last sentence's person and the person they met, proposed to, …
    unnamed_it: bool = False  # the last sentence's subject was an "it" of a thing the text never named
    semicolon: frozenset[str] | None = None  # the people the last sentence named, when it ended on ";"
    semicolon_unnamed: bool = False  # … and a "the X" it did not name, subject or object ("had the tank tested;")
    semicolon_thing: str | None = None  # … and the one thing it named and described ("the Siq, a narrow gorge")
    year: str | None = None  # the year a Chinese sentence last opened with, for a "同年9月16日" after it
    held: dict[tuple[str, str], str] = field(default_factory=dict)  # (key of owner, role) → who holds it ("its founder")
    kinds: set[str] = field(default_factory=set)  # key of a name read after "a"/"an" ("declared a World Heritage Site"): a class

    def read_before(self, sentence: str) -> bool:
        """True when this document's sentence was read already (chunks overlap); marks it read."""
        k = key(sentence)
        if not k or k in self.read:
            return bool(k)
        self.read.add(k)
        return False

    def drain_aliases(self) -> list[tuple[str, str]]:
        out, self.found_aliases = self.found_aliases, []
        return out

    # -- the older, clause-level interface (Chinese rules, regex English rules) ---------------
    def refer(self, personal: bool, word: str = "") -> str | None:
        """A pronoun (or a clause with no subject): `word` is the pronoun when there is one."""
        if word:
            found = self.pronoun(word)
            if found:
                return found
        if personal:
            subject = self.subject
            if subject and has_cjk(subject) and len(subject) > 4 and "·" not in subject:
                subject = None  # "他" is no 联合国教科文组织: a Chinese person's name is four characters at most
            g = {"he": "m", "she": "f"}.get(word)
            topic = self.topic if g and self.topic and not (self._is_org(self.topic) or self._is_thing(self.topic)) else None
            for name in (self.person, self.topic if self._is_person(self.topic or "") else None, subject, topic):
                e = self.entities.get(key(name)) if name else None
                if name and (g is None or e is None or e.gender in (None, g)):
                    return name  # "他" is no woman the text named last ("她" no man)
            return None
        return self.subject or self.topic

    def saw(self, subject: str, relation: str) -> None:
        self.subject = subject
        if relation in PERSON_RELATIONS:
            self.person = subject
            e = self.entities.get(key(self.know(subject, person=True)))
            if e is not None:
                e.lived = True
        else:
            e = self.entities.get(key(self.know(subject)))
            if e is not None and relation in PLACE_RELATIONS and not e.person:
                e.maybe_person, e.thing = False, True

    # -- entities ---------------------------------------------------------------------------
    def know(self, name: str, *, person: bool = False, org: bool = False, gender: str | None = None,
             maybe_person: bool = False) -> str:
        """Record a mention; returns its canonical name."""
        if person and self.names_firm(name):
            # "Carl Zeiss, a 30-year-old mechanic": the man, not the firm named after him ("Carl
            # Zeiss AG"), however the firm is called for short; from here on the name is his
            self.canon[key(name)] = name
            self.found_aliases = [(a, b) for a, b in self.found_aliases if key(b) != key(name)]
        name = self.canonical(name)
        k = key(name)
        if not k:
            return name
        e = self.entities.get(k)
        self.first_seen.setdefault(k, self.sentences)
        self.last_seen[k] = self.sentences
        if e is None:
            e = self.entities[k] = Entity(name)
            self.canon.setdefault(k, name)
            stem = _CJK_LEGAL.sub("", name) if has_cjk(name) else name
            if stem != name and len(stem) >= 2 and key(stem) not in self.canon \
                    and ("公司" in name or name in (self.topic, self.title)):
                self.canon[key(stem)] = name  # "青岛啤酒" for 青岛啤酒股份有限公司, as people say it
                self.found_aliases.append((name, stem))
        e.person |= person
        e.maybe_person |= maybe_person
        if (person or maybe_person) and len(words(name)) > 1 and not has_cjk(name):
            self._fuller(name)
        e.company |= (len(words(name)) > 1 and key(words(name)[-1]) in LEGAL) or name.endswith(_CJK_ORG)
        e.org |= org or e.company
        e.vessel |= bool(_SHIP_PREFIX.match(name))
        gender = gender or (_TITLE_GENDER.get(words(name)[0].casefold().strip("."))
                            if len(words(name)) > 1 and not has_cjk(name) else None)
        if gender and not e.gender:
            e.gender = gender  # ("Prince Khurram" is a man: no later "she" is his)
        if name in self.order:
            self.order.remove(name)
        self.order.append(name)
        return name

    def _fuller(self, name: str) -> None:
        """"… after his son, Carl" and later "Carl Jacobsen": the one-word name a person was first called by is
        the full name's first or last word (when no other person of the document shares it)."""
        first, last = key(words(name)[0]), key(words(name)[-1])
        for e in list(self.entities.values()):  # "J. C. Jacobsen" named before "Jacob Christian Jacobsen"
            if e.name != name and self.canon.get(key(e.name)) == e.name and initialled(words(e.name), words(name)):
                self.canon[key(e.name)] = name
                self.found_aliases.append((name, e.name))
        for k in (first, last):
            e = self.entities.get(k)
            if e is None or self.canon.get(k) != e.name or e.name == self.topic or e.org or e.thing \
                    or not (e.person or e.maybe_person or k in self.kin):
                continue
            if any(o.name != name and len(words(o.name)) > 1 and k in (key(words(o.name)[0]), key(words(o.name)[-1]))
                   and (o.person or o.maybe_person) for o in self.entities.values()):
                continue
            self.canon[k] = name
            self.found_aliases.append((name, e.name))

    def set_topic(self, name: str) -> None:
        self.topic = name
        self.know(name)
        stem = _CJK_LEGAL.sub("", name) if has_cjk(name) else name
        if stem != name and len(stem) >= 2 and key(stem) not in self.canon:
            self.canon[key(stem)] = name  # "北京国安" for the club the document is about
            self.found_aliases.append((name, stem))

    def alias(self, canonical: str, other: str) -> None:
        """`other` names `canonical` from now on in this document."""
        self.canon[key(other)] = canonical

    def rename(self, old: str, new: str) -> None:
        """What the text knows of `old` (a person, a gender) is known of `new` from now on: the two are
        one, and `new` is the name to give (the heading's, where the first sentence gives a longer one)."""
        self.canon[key(old)] = self.canon[key(new)] = new
        e = self.entities.pop(key(old), None)
        if e is None or key(new) in self.entities:
            return
        e.name = new
        self.entities[key(new)] = e
        self.order = [new if n == old else n for n in self.order]
        self.first_seen.setdefault(key(new), self.first_seen.get(key(old), self.sentences))

    def canonical(self, mention: str) -> str:
        """The full name this document introduced for a mention, else the mention itself."""
        k = key(mention)
        if k in self.canon:
            return self.canon[k]
        for known in (self.topic, self.title):  # "景德镇市" in a text headed "景德镇" (and the other way): one city
            if known and has_cjk(mention) and known != mention and len(min(known, mention, key=len)) >= 2 and (
                    (mention[:-1] == known and mention[-1] in "市县省") or (known[:-1] == mention and known[-1] in "市县省")):
                self.canon[k] = known
                self.found_aliases.append((known, mention))
                return known
        found = self._by_parts(mention)
        if found and found != mention:
            self.canon[k] = found
            e = self.entities.get(key(found))
            if len(words(mention)) > 1 or not (e and (e.person or e.maybe_person)) or found == self.topic:
                self.found_aliases.append((found, mention))  # "WK-20", "Calibra", the person a text is about: worth linking
        return found or mention

    def names_firm(self, mention: str) -> bool:
        """A name of two words or more that this document reads as short for a firm's, the firm's
        name being it and a legal form ("Carl Zeiss" for "Carl Zeiss AG"): also a person's name."""
        ws = [key(w) for w in words(mention)]
        found = self.canon.get(key(mention)) or self._by_parts(mention) if len(ws) > 1 else None
        e = self.entities.get(key(found)) if found else None
        rest = [key(w) for w in words(found)] if found else []
        return bool(e and e.org and len(rest) > len(ws) and rest[:len(ws)] == ws and all(r in LEGAL for r in rest[len(ws):]))

    def _by_parts(self, mention: str) -> str | None:
        """"Franklin", "Ada", "Dr Franklin", "Calibra", "Baikal": a known name that contains
        the mention's words (titles and legal suffixes aside); the topic wins a tie."""
        ws = [w for w in words(mention) if w.casefold().strip(".") not in _TITLES]
        if not ws or has_cjk(mention) or not re.search(r"[A-Z0-9]", mention):
            return None  # "the lake" is no short name of "Lake Baikal" (the class noun path handles it)
        mk = [key(w) for w in ws]
        hits = []
        for name in self.order:
            e = self.entities.get(key(name))
            if name != self.topic and not (e and (e.person or e.maybe_person or e.org)):
                continue
            nk = [key(w) for w in words(name) if key(w) not in LEGAL]
            if e and (e.person or e.maybe_person) and initialled(ws, words(name)):
                hits.append(name)  # "J. C. Jacobsen" after "Jacob Christian Jacobsen"
                continue
            legal = len(nk) < len(words(name))  # "Norvik" for "Norvik AB": the name without its legal form
            if (len(nk) <= len(mk) and not (legal and nk == mk)) or not all(m in nk for m in mk) \
                    or _complement_only(mk, nk):
                continue
            if len(mk) > 1 and e and e.org and not (e.person or e.maybe_person) \
                    and not any(nk[i:i + len(mk)] == mk for i in range(len(nk))):
                continue  # "the Forth Bridge" is no short name of "Forth Crossing Bridge Constructors" (a firm's words run on)
            hits.append(name)
        if not hits and len(ws) == 1 and ws[0][:1].isupper() and ws[0].isalpha():
            # "Kamprad" after "… by Ingvar Kamprad" (a name the tagger did not call a person): the one known
            # name of two or three capitalised words that ends with it, no place's ("Lake Victoria", "Fort X")
            hits = [name for name in self.order if 2 <= len(words(name)) <= 3 and key(words(name)[-1]) == mk[0]
                    and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words(name))
                    and words(name)[0].casefold() not in _PLACE_FIRST
                    and not ((e := self.entities.get(key(name))) and (e.org or e.thing or e.vessel))]
            return hits[0] if len(set(hits)) == 1 else None
        if not hits:
            return None
        people = [n for n in hits if self._maybe_person(n) and key(words(n)[-1]) == mk[-1]]
        if self.topic in hits and len(ws) == 1 and len(set(people)) == 1 and self.topic not in people \
                and not self._maybe_person(self.topic) and (key(words(self.topic)[0]) != mk[0] or re.search(r"&| and ", self.topic)):
            # "Spencer" or "Marks" after "Thomas Spencer" or "Michael Marks", in a text on Marks & Spencer, a firm of
            # partners: the man (but "Ford" in a text on the Ford Motor Company is the firm, whose name it opens)
            return people[0]
        if self.topic in hits:
            return self.topic
        if len(ws) == 1 and len(set(people)) == 1 and all(
                n in people or ((self._is_org(n) or key(words(n)[-1]) in LEGAL or is_org_noun(words(n)[-1].casefold())) and key(words(n)[0]) == mk[0])
                for n in hits):
            return people[0]  # "Eastman" after "George Eastman" and the "Eastman Dry Plate Company": the man
        return hits[-1] if len(set(hits)) == 1 else None

    def pronoun(self, word: str, exclude: frozenset = frozenset(), later: frozenset = frozenset()) -> str | None:
        """he/she/they/it and their forms → the entity they most likely mean; `later`: names the sentence says
        again only after the pronoun, which come after the others (but the topic and the last subject)."""
        w = word.casefold()
        if self.vessel_she(w):
            return self.topic
        if w in ("he", "him", "his", "himself", "she", "her", "hers", "herself"):
            g = "m" if w in ("he", "him", "his", "himself") else "f"
            t = self.topic
            topic = [t] if t and (self._maybe_person(t) or not (self._is_org(t) or has_cjk(t) or self._is_thing(t))) else []
            # a one-word topic not known as a person ("Rolls-Royce") comes after the people the text
            # has named: "Henry Royce … in 1904 HE built his first motor car" (a title of two words
            # or more, not known as a thing, is most often the person the text is about)
            unsure = topic and not self._maybe_person(t) and len(words(t)) == 1
            # the last sentence's subject, a name of two words or more not known as a thing or an
            # organisation, comes before people named earlier ("Edwin Hubble used it … His assistant")
            last = self.subject
            if last and len(words(last)) == 1 and not has_cjk(last):  # "Karajan remained …": Herbert von Karajan
                full = {e.name for e in self.entities.values() if len(words(e.name)) > 1 and key(words(e.name)[-1]) == key(last)}
                last = full.pop() if len(full) == 1 else last
            e_last = self.entities.get(key(last)) if last and not has_cjk(last) else None
            # (a name the tagger called a firm but the text a woman, "his wife, Mumtaz Mahal", is one)
            # (or one word a kin noun introduced: "Michael Marks's son Simon gained control … HE was joined by")
            recent = [last] if e_last is not None and (len(words(last)) > 1 or key(last) in self.kin) and not e_last.thing \
                and (not e_last.org or e_last.person and e_last.gender == g) \
                and last not in topic and key(words(last)[-1]) not in PLACE_ENDS else []
            people = recent + [n for n in self.order[::-1] if self._maybe_person(n)]
            candidates = [n for n in (people + topic if unsure else topic + people)
                          if self.entities[key(n)].gender in (None, g) and key(n) not in exclude]
            if not candidates:
                return None
            candidates.sort(key=lambda n: key(n) in later and n not in (self.topic, self.subject))
            name = candidates[0]
            if g == "f" and self.entities[key(name)].gender is None and name not in topic:
                # "Marie Paulze, the daughter of Jacques Paulze. SHE …": one known to be a woman before one
                # named with her whose gender is unknown (most people these texts name and say nothing of are men)
                name = next((n for n in candidates if self.entities[key(n)].gender == g and key(n) not in later
                             and self.last_seen.get(key(n), -1) >= self.last_seen.get(key(name), -1)), name)
            self.entities[key(name)].gender = g
            self.entities[key(name)].person = True
            return name
        if w in ("it", "its", "itself") and self.we:
            return None  # "we completed the purchase of X; it is now a subsidiary": who says "we" is no "it"
        if w in ("it", "its", "itself"):  # never a person, also not one named by a short form ("Picasso", "Constable")
            if self.done_to and self.done_to == self.topic and self.subject not in (None, self.topic) \
                    and not self._maybe_person(self.topic):
                return self.topic  # "UNESCO added the cathedral …. In 2004 it was placed …": what the text is about
            if self.subject and not self.many and not self._maybe_person(self.subject) and not self._maybe_person(self.canonical(self.subject)) \
                    and not (self._person_word(self.subject) and not self._is_thing(self.subject)) \
                    and key(self.subject) not in self.kin:
                # (not "Frank" of "John's sons, Frank and Ernest, sold the business. In 1948 it passed …")
                return self.subject
            if self.done_to and self.subject and self._maybe_person(self.canonical(self.subject)):
                return self.done_to  # "Hay and Bunau-Varilla signed the Hay Treaty. It gave …": the treaty
            return self.topic if self.topic and not self._is_person(self.topic) else None
        if w in ("we", "our", "us", "ours"):
            return self.home()
        if w in ("they", "them", "their", "theirs") and self.topic and not has_cjk(self.topic) \
                and not self._maybe_person(self.topic) and not self._is_org(self.topic) \
                and re.search(r"[^s]s$", words(self.topic)[-1]) and (self.subject in (None, self.topic)):
            return self.topic  # "The Tatra Mountains … They are the highest range …, and their highest peak …"
        return None

    def ship(self, word: str, main: bool = False) -> str | None:
        """The ship "she/her" means: the document's topic (`vessel_she`), else, for the subject of a main
        clause or its owner (`main`), the last sentence's subject when it is a ship ("His SS Great Western … was the
        first steamship … She was followed by …", "Her crew …")."""
        if self.vessel_she(word):
            return self.topic
        e = self.entities.get(key(self.subject)) if self.subject and main else None
        if word.casefold() in ("she", "her") and e is not None and e.vessel and not e.person:
            return e.name
        return None

    def vessel_she(self, word: str) -> bool:
        """"she/her" in a text about a ship is the ship ("She was built in 1869 at Dumbarton …"), unless a
        woman, or someone born, married or dead who may be one, was named in it (then the person rules decide)."""
        if word.casefold() not in ("she", "her", "hers", "herself") or not self.topic:
            return False
        te = self.entities.get(key(self.topic))
        return bool(te and te.vessel and not te.person) and not any(
            e.gender == "f" and e.person or e.lived and e.gender != "m" for e in self.entities.values())

    def home(self) -> str | None:
        """Who "we"/"our" and a report's bare figures ("Group revenue rose …") belong to: the topic
        when it is no person; before any sentence named one, a heading that is a company's name
        ("Vantara Group N.V. – Annual Report 2025") becomes the topic."""
        if self.topic is None and self.title and len(words(self.title)) > 1 \
                and key(words(self.title)[-1]) in LEGAL:
            self.set_topic(self.title)
            self.know(self.title, org=True)
            short = {key(w) for w in words(self.title)}
            for k, e in list(self.entities.items()):  # "Vantara", named before the heading became the topic
                if e.name != self.title and words(e.name) and all(key(w) in short for w in words(e.name)):
                    self.canon[k] = self.title
                    self.found_aliases.append((self.title, e.name))
        return self.topic if self.topic and not self._is_person(self.topic) else None

    def _person_word(self, name: str) -> bool:
        """A single word that ends a known person's name ("Constable" with John and Golding Constable)."""
        if len(words(name)) != 1:
            return False
        k = key(name)
        return any(len(words(e.name)) > 1 and key(words(e.name)[-1]) == k and (e.person or e.maybe_person)
                   for e in self.entities.values())

    def _is_thing(self, name: str) -> bool:
        e = self.entities.get(key(name))
        return bool(e and e.thing and not e.person)

    def _is_person(self, name: str) -> bool:
        e = self.entities.get(key(name))
        return bool(e and e.person)

    def _is_org(self, name: str) -> bool:
        e = self.entities.get(key(name))
        return bool(e and e.org and not e.person)

    def _maybe_person(self, name: str) -> bool:
        e = self.entities.get(key(name))
        return bool(e and (e.person or (e.maybe_person and not e.org)))

    def by_class(self, noun: str) -> str | None:
        """"the company", "the river", "该公司": the last thing introduced as one, else the topic
        when the topic's own name says it is one ("Lake Baikal" → the lake)."""
        noun = noun.casefold()
        if self.topic and noun in self.described.get(self.topic, ()):
            return self.topic  # an article about a city: "the city" is it, not another city it named
        if noun in self.classes:
            if noun in self.rivalled and self.sentences - self.classed_at[noun] > _RECENT:
                return None  # "Encyclopædia Britannica, Inc., the company that owns it … Adam Black, whose company,
                # A & C Black, …" and paragraphs later "controlled the company": either, or neither
            return self.classes[noun]
        if self.topic and noun in (w.casefold() for w in words(self.topic)):
            return self.topic
        te = self.entities.get(key(self.topic)) if self.topic else None
        if noun in ("company", "firm") and te is not None and te.company and not self._is_person(self.topic):
            return self.topic  # a story about a company: "the company" is it, not "Harwell Baking Company" it bought
        for name in reversed(self.order):  # "the observatory" after "Mount Wilson Observatory"
            e = self.entities.get(key(name))
            ws = [w.casefold() for w in words(name)]
            if len(ws) > 1 and noun in (ws[0], ws[-1]) and e is not None and not (e.person or e.maybe_person) \
                    and not has_cjk(name) and key(name) not in self.kinds:
                return None if self._said_before(noun, name) else name
        if is_org_noun(noun):
            te = self.entities.get(key(self.topic)) if self.topic else None
            if te is not None and (te.company or self._topic_is_body()) and not self._is_person(self.topic):
                return self.topic  # a company's own page: "the company" is the company, not the last firm it named
            firms = [n for n in self.order[::-1] if self.entities[key(n)].company and not self._is_person(n)]
            if firms:
                return firms[0]
            if self.topic and not self._maybe_person(self.topic):
                return self.topic
            orgs = [n for n in self.order[::-1] if self._is_org(n)]
            if orgs:
                return orgs[0]
        return None

    def _topic_is_body(self) -> bool:
        """The text said the topic is an organisation of some kind ("Reuters is an international news
        AGENCY"): on its own page "the business" is it, not the last company it named."""
        said = self.described.get(self.topic, set()) | {n for n, name in self.classes.items() if name == self.topic}
        return any(n.split()[-1] in BODY_NOUNS or is_org_noun(n.split()[-1]) for n in said if n.split())

    def _said_before(self, noun: str, name: str) -> bool:
        """The text wrote "the <noun>" before it first named `name` (an X): there "the X" meant something
        else, so a later "the X" may mean either ("… gave the team its nickname. … the Dream Team …")."""
        at = self.definite.get(noun.casefold())
        return at is not None and at < self.first_seen.get(key(name), self.sentences)

    def describe(self, name: str, noun: str) -> None:
        """A copula said what `name` is ("Tarvel is the capital CITY of Norland")."""
        self.described.setdefault(self.canonical(name), set()).add(noun.casefold())

    def classed(self, noun: str, name: str | None) -> None:
        """`name` is what "the <noun>" means from here on (None: no one thing)."""
        noun = noun.casefold()
        before = self.classes.get(noun)
        if name is not None and before is not None and self.canonical(before) != self.canonical(name):
            self.rivalled.add(noun)
        self.classes[noun] = name
        self.classed_at[noun] = self.sentences

    def introduce(self, name: str, noun: str) -> None:
        """`name` was introduced as a `noun` ("Calibra GmbH, a manufacturer of …")."""
        name = self.canonical(name)
        if self._said_before(noun, name) and noun.casefold() not in self.classes and name != self.topic:
            # "… gave the team its nickname. … His team, often called the Dream Team, won …": "the team" meant
            # something before this name came; a later "the team" may mean either, so it names neither
            self.classed(noun, None)
        else:
            self.classed(noun, name)
        if is_org_noun(noun):
            self.know(name, org=True)
            self.entities[key(name)].company = True
            t = self.topic
            if t and t != name and not has_cjk(name) and words(name)[:len(words(t))] == words(t) \
                    and len(words(name)) > len(words(t)) and self.sentences <= 2:
                # a headline's "Brennmoor to close …", then "Brennmoor Foods, the maker of …": one company
                self.alias(name, t)
                self.found_aliases.append((name, t))
                e = self.entities.get(key(t))
                if e is not None:
                    e.person = e.maybe_person = False
                self.topic = name
