"""Entity linking without an LLM: the graph's own names and aliases, matched in the question.

Space-delimited text: Aho-Corasick over normalised words, matches must sit on word boundaries.
Chinese: the same automaton over characters, and a match must sit on jieba word boundaries
(jieba gets the graph's CJK names as its user dictionary, so names stay whole).
Longest match wins; overlapping shorter matches are dropped. Misspelled or partial names: the
trigram name index (`names.py`) when the lexicon matched nothing or only lower-case single
words; without that index, a rapidfuzz pass over every name when nothing matched exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from graphrag.normalize import has_cjk, normalize
from graphrag.types import LinkedEntity
from graphrag.retrievers.lexicon import Lexicon
from graphrag.retrievers.names import MIN_RATIO, NameIndex
from graphrag.retrievers.text import CJK_STOP, STOPWORDS, Token, is_participle, question_tokens


_SHORT_NAMES = 3  # a short form that begins or ends more names than this names none of them…
_DOMINANT = 2  # …unless one of them has this many times the facts of any other ("Obama": Barack Obama)
_MANY_ENDS = 12  # names a short form may end and still be weighed for a dominant one
# jieba's tags of proper names (person, place, organisation, other, abbreviation): "复旦" nz, "北大" j,
# "上海" ns may stand for a longer name; "学院" n, "机构" n are the common words that end many
_PROPER = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a person's name: not what the name ends on
_SCAN = 64  # names holding the word read at most, per word of the question
_REST = frozenset({"n", "ns", "nt"})  # what the rest of a name said short may be: 大学, 药铺; 北京


@dataclass
class _Mention:
    """A span of the question that may name an entity, before overlapping spans are resolved."""

    start: int
    end: int
    slot: int
    mention: str
    score: float
    method: str


def _short_ends(words: list[str]) -> list[str]:
    """The runs a longer name may be said short by: its last word or two, or its first and last words
    ("John Nash" for John Forbes Nash Jr.); none for a one-word name."""
    if len(words) < 2:
        return []
    ends = [" ".join(words[-k:]) for k in (1, 2) if len(words) > k]
    while len(words) > 2 and words[-1] in _SUFFIXES:
        words = words[:-1]
    if len(words) >= 3 and not STOPWORDS.intersection(words):
        ends.append(f"{words[0]} {words[-1]}")
    return ends


def _apart(span, others) -> bool:
    """`span` (anything with `start` and `end`) overlaps none of `others`."""
    return all(span.end <= o.start or span.start >= o.end for o in others)


def _plain_word(mention: str) -> bool:
    """One word typed in lower case: as often a common noun the graph happens to name ("film",
    "languages") as the entity meant."""
    return len(mention.split()) == 1 and not any(c.isupper() for c in mention)


def _one_word(mention: str) -> bool:
    """One word of space-delimited text, however typed: "England" may be the start of the name
    meant ("the England national team" for `England national football team`)."""
    return len(mention.split()) == 1


def _brings_a_word(e: LinkedEntity, found: list[LinkedEntity]) -> bool:
    """Whether `e`'s mention holds a content word outside every mention in `found`."""
    for m in re.finditer(r"\w+", e.mention):
        a, b = e.start + m.start(), e.start + m.end()
        if m.group().casefold() not in STOPWORDS and not any(o.start <= a and b <= o.end for o in found):
            return True
    return False


def _spells_its_words(e: LinkedEntity, found: list[LinkedEntity]) -> bool:
    """Each content word `e`'s mention adds around the names in `found` is spelled like a word of
    `e`'s name: "the Norway NATIONAL TEAM" for `Norway national handball team`, not "the REGION of
    France" for `President of France` (the whole span is as close, by " of France" alone)."""
    from rapidfuzz import fuzz

    name_words = e.name.casefold().split()
    for m in re.finditer(r"\w+", e.mention):
        a, b, word = e.start + m.start(), e.start + m.end(), m.group().casefold()
        if word in STOPWORDS or any(o.start <= a and b <= o.end for o in found):
            continue
        if not any(fuzz.ratio(word, w) >= MIN_RATIO for w in name_words):
            return False
    return True


class EntityLinker:
    def __init__(self, lexicon: Lexicon, fuzzy_threshold: float = MIN_RATIO, max_entities: int = 8,
                 names: NameIndex | None = None, degrees: Callable[[list[int]], dict[int, int]] | None = None):
        self.lexicon = lexicon
        self.degrees = degrees  # entity ids → their number of facts (the store's), for `_name_ends`
        self.fuzzy_threshold = fuzzy_threshold
        self.max_entities = max_entities
        self.names = names
        self._jieba = None
        self._tags: dict[str, str] | None = None
        self._cjk_joined: str | None = None  # the graph's CJK names, one per line (`_short_names`)
        self._ends: dict[str, list[int]] | None = None  # last one or two words → names ending so (`_name_ends`)
        self._starts: dict[str, list[int]] | None = None  # first two words → longer names starting so (`_name_start`)
        self._firsts: dict[str, list[int]] | None = None  # first word → names of two words or more (`_name_ends`)

    # -- jieba, only when a question has CJK text --------------------------------------------
    def _segmenter(self):
        if self._jieba is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            for word in self.lexicon.cjk_words:
                tk.add_word(word, freq=max(1000, 100 * len(word)))
            self._jieba = tk
        return self._jieba

    def segment(self, text: str) -> list[str]:
        """Chinese text cut into words, the graph's names kept whole."""
        return list(self._segmenter().cut(text, HMM=False))

    def _cjk_boundaries(self, text: str) -> set[int]:
        cuts, pos = {0, len(text)}, 0
        for word in self.segment(text):
            pos += len(word)
            cuts.add(pos)
        return cuts

    # -- linking -----------------------------------------------------------------------------
    def link(self, question: str, fallback: bool = True) -> list[LinkedEntity]:
        """Entities named in the question, best first. With `fallback`, when the lexicon found
        only single words typed in lower case (or nothing), the name index may add a name the
        question misspells ("the films of kinky bpots" links the tag "films" exactly): a
        longer span spelled closely enough replaces the words it covers. A single word typed as
        a name is replaced only by a name said short around it ("the England national team")."""
        out = self._link(question)
        if fallback and not out and has_cjk(question):
            out = self._short_names(question)
        elif fallback and all(_plain_word(e.mention) for e in out):  # nothing, or only common nouns ("designs")
            ends = self._name_ends(question, firsts=True) or self._inhabitants(question)
            out = sorted(ends + [e for e in out if _apart(e, ends)],
                         key=lambda e: -e.score)[: self.max_entities]
        elif fallback and any(c.isupper() and not any(o.start <= i < o.end for o in out) for i, c in enumerate(question) if i):
            # "the treasure SCHLIEMANN pulled out of Troy": a name said short beside a whole one
            ends = [e for e in self._name_ends(question) if e.start > 0
                    and not re.search(r"\b(?:which|what|whose|how many)\s+$", question[:e.start], re.I)  # ("which OLYMPICS")
                    and not (re.search(r"\b(?:the|a|an)\s+$", question[:e.start], re.I) and re.match(r"\s+[a-z]", question[e.end:]))
                    and _apart(e, out)]  # (nor one said as an adjective: "the GAELIC name of Loch Ness")
            out = sorted(out + ends, key=lambda e: -e.score)[: self.max_entities]
        if fallback and self.names is not None and all(_one_word(e.mention) for e in out):
            out = self._with_misspelled(out, self.names.link(question, k=3, min_ratio=self.fuzzy_threshold))
        if any(not _plain_word(o.mention) for o in out):  # "honours A Confederate GENERAL", "the GENERALS on both
            # sides of X": a description of someone, not the rank `General` the graph names, beside a name the
            # question does give
            out = [o for o in out if not (_plain_word(o.mention) and o.name[:1].isupper() and (
                re.search(r"\b(?:a|an)\s+(?:[A-Za-z-]+\s+)?$", question[:o.start], re.I)
                or o.mention.casefold() != o.name.casefold()))]
        return out

    def _short_names(self, question: str) -> list[LinkedEntity]:
        """Chinese names said short, when no name matched whole: a proper name of the question
        (by jieba's dictionary) that begins or ends a few of the graph's names, the rest of each
        one common noun or place ("复旦" of 复旦大学, "同仁堂" of 北京同仁堂), links the shortest of
        them. One that begins or ends more names is no short name of any."""
        if self._cjk_joined is None:
            self._cjk_joined = "\n" + "\n".join(self.lexicon.cjk_words) + "\n"
        joined, out, at = self._cjk_joined, [], 0
        for word in self.segment(question):
            start = question.find(word, at)
            at = start + len(word)
            if len(word) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in word) or word[0] in CJK_STOP \
                    or self._word_tags().get(word) not in _PROPER:
                continue
            names, i, seen = set(), joined.find(word), 0
            while i >= 0 and len(names) <= _SHORT_NAMES:
                seen += 1
                if seen > _SCAN:  # a word inside that many names is no short name: bounded work
                    names.clear()
                    break
                a, b = joined.rfind("\n", 0, i) + 1, joined.find("\n", i)
                name = joined[a:b]
                # the rest of the name is one word of a kind: 复旦|大学, 北京|同仁堂, not 奥埃尔|巴赫
                rest = name[len(word):] if name.startswith(word) else name[:-len(word)] if name.endswith(word) else ""
                if len(rest) >= 2 and self._word_tags().get(rest) in _REST:
                    names.add(name)
                i = joined.find(word, b)
            if not names or len(names) > _SHORT_NAMES:
                continue
            shortest = min(map(len, names))
            for name in sorted(n for n in names if len(n) == shortest):
                for eid, label in self._entries(name):
                    score = self._score(word, 1 + len(word) // 2) * len(word) / len(name)
                    out.append(LinkedEntity(eid, label, word, start, start + len(word), round(score, 4), "partial"))
        return sorted(out, key=lambda e: -e.score)[: self.max_entities]

    def _name_ends(self, question: str, firsts: bool = False) -> list[LinkedEntity]:
        """Names said short, when no name matched whole: a run of one or two capitalised words
        inside the question that ends a few of the graph's longer names ("after Utzon quit" for
        Jørn Utzon, "the Opera House" for Sydney Opera House), or that is a longer name's first
        and last words ("John Nash" for John Forbes Nash Jr.), links the shortest of them. One that
        ends more names is no short name of any, nor is a run of three or more words (a full name
        the graph lacks: "Gary David Goldberg" is not Adam Goldberg). With `firsts` (the question
        names nothing else), one capitalised word that ends no name may begin a few ("the group
        that owns IWC" for IWC Schaffhausen)."""
        if self._ends is None:
            self._ends = self._index(_short_ends, _MANY_ENDS)
        if firsts and self._firsts is None:
            self._firsts = self._index(lambda words: words[:1] if len(words) >= 2 else [], _SHORT_NAMES)
        out = []
        for m in re.finditer(r"(?<![\w'’/–-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?![\w'’/–-])", question):
            said = re.sub(r"['’]s$", "", m.group())  # a possessive's "'s" is no part of the name ("Obama's wife")
            key = normalize(said)
            if len(key.split()) > 2:
                continue  # "Gary David Goldberg": a full name the graph lacks, not Adam Goldberg said short
            slots = self._ends.get(key, []) or (self._firsts.get(key, []) if firsts else [])
            if len(slots) > _SHORT_NAMES:
                slots = self._dominant(slots)
            if not 1 <= len(slots) <= _SHORT_NAMES or key in STOPWORDS:
                continue
            shortest = min(len(self.lexicon.keys[s]) for s in slots)
            for slot in (s for s in slots if len(self.lexicon.keys[s]) == shortest):
                for eid, label, _ in self.lexicon.entries[slot]:
                    score = self._score(said, len(key.split())) * len(key) / len(self.lexicon.keys[slot])
                    out.append(LinkedEntity(eid, label, said, m.start(), m.start() + len(said), round(score, 4),
                                            "partial"))
        return sorted(out, key=lambda e: -e.score)[: self.max_entities]

    def _index(self, runs: Callable[[list[str]], list[str]], cap: int) -> dict[str, list[int]]:
        """The graph's Latin-script names by the word runs `runs` takes from each (its words), each run with
        the slots of the first `cap` + 1 names that have it (more than `cap` say it names none of them)."""
        out: dict[str, list[int]] = {}
        for slot, key in enumerate(self.lexicon.keys):
            if has_cjk(key):
                continue
            for run in runs(key.split()):
                hits = out.setdefault(run, [])
                if len(hits) <= cap:
                    hits.append(slot)
        return out

    def _inhabitants(self, question: str) -> list[LinkedEntity]:
        """"the banknotes that ICELANDERS pay with", "what LONDONERS call it": a place's people named by the
        place and "-ers", when no name matched whole nor was said short."""
        out = []
        for m in re.finditer(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]+?)ers(?![\w'’-])", question):
            for eid, label in self._entries(m.group(1)):
                out.append(LinkedEntity(eid, label, m.group(), m.start(), m.end(), round(self._score(m.group(1), 1), 4), "partial"))
        return out[: self.max_entities]

    def _entries(self, name: str) -> list[tuple[int, str]]:
        """(entity id, label) of every entity the lexicon holds under exactly `name`."""
        slot = self.lexicon.automaton.get(normalize(name), None)
        return [(eid, label) for eid, label, _ in self.lexicon.entries[slot]] if slot is not None else []

    def _dominant(self, slots: list[int]) -> list[int]:
        """Of the names a short form ends, the one with `_DOMINANT` times the facts of every other
        (a family's best-known member, "Obama"); none when no one stands out or too many share it."""
        if self.degrees is None or len(slots) > _MANY_ENDS:
            return []
        ids = {eid: slot for slot in slots for eid, _, _ in self.lexicon.entries[slot]}
        counts = sorted(((n, ids[eid]) for eid, n in self.degrees(list(ids)).items()), reverse=True)
        if len(counts) >= 2 and counts[0][0] >= _DOMINANT * max(counts[1][0], 1):
            return [counts[0][1]]
        return []

    def _word_tags(self) -> dict[str, str]:
        """jieba's dictionary word → part of speech ("学院" n, "复旦" nz), read on first use."""
        if self._tags is None:
            import jieba

            with jieba.get_dict_file() as fh:
                self._tags = dict(p for p in (line.decode("utf-8").split()[::2] for line in fh) if len(p) == 2)
        return self._tags

    def _with_misspelled(self, found: list[LinkedEntity], near: list[LinkedEntity]) -> list[LinkedEntity]:
        """`near` (name-index links) on the lexicon's scale (`_score` of the mention times its
        closeness), kept where no lexicon match as long or longer overlaps them and they cover a
        word the lexicon left unlinked ("the director" is not a misspelling of "The Protector"
        when "director" itself was linked). Beside a word typed as a name, only a name that holds
        it ("the England national team"), not one elsewhere ("for the movie" ~ "For the Moment")."""
        named = [o for o in found if not _plain_word(o.mention)]  # typed as names: only said longer
        added = []
        for e in near:
            span = e.end - e.start
            if any(o.start < e.end and e.start < o.end and o.end - o.start >= span for o in found):
                continue
            if named and not any(e.start <= o.start and o.end <= e.end for o in named):
                continue
            if named and not _spells_its_words(e, found):
                continue
            if not _brings_a_word(e, found):
                continue
            if any(o.start < e.end and e.start < o.end for o in added):
                continue
            weight = len(e.mention.split()) + (len(e.mention.replace(" ", "")) // 2 if has_cjk(e.mention) else 0)
            score = self._score(e.mention, weight) * e.score  # weighed as `_exact` weighs a match
            added.append(LinkedEntity(e.id, e.name, e.mention, e.start, e.end, round(score, 4), e.method))
        if not added:
            return found
        kept = [o for o in found if not any(o.start < e.end and e.start < o.end for e in added)]
        return sorted(kept + added, key=lambda e: -e.score)[: self.max_entities]

    def _link(self, question: str) -> list[LinkedEntity]:
        text, toks = question_tokens(question)
        cands = self._exact(text, toks)
        if not cands and self.names is None:  # the name index does this ~40x faster (`link`)
            cands = self._fuzzy(text, toks)
        chosen: list[_Mention] = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.score)):
            if _apart(c, chosen):
                chosen.append(c)
        chosen = [self._name_start(c, text, toks) for c in chosen]
        out: list[LinkedEntity] = []
        for c in sorted(chosen, key=lambda c: -c.score):
            entries = self.lexicon.entries[c.slot]
            for eid, name, is_alias in entries:
                method = c.method if c.method == "fuzzy" else ("alias" if is_alias else "exact")
                # names that fold to one key ("Sniper" the film, "sniper" the tag): the one written
                # exactly as in the question goes first
                score = c.score + (0.25 if len(entries) > 1 and name == c.mention else 0.0)
                out.append(LinkedEntity(eid, name, c.mention, c.start, c.end, round(score, 4), method))
        out.sort(key=lambda e: -e.score)  # stable: mentions keep their order, exact spellings first
        return [self._qualified(e, toks) for e in out[: self.max_entities]]

    def _name_start(self, c: _Mention, text: str, toks: list[Token]) -> _Mention:
        """"the king who founded the MEISSEN PORCELAIN works": a one-word name (the town) typed as one,
        then a common word that with it begins a few longer names of the graph ("Meissen Porcelain
        Manufactory"), names the shortest of those, said short, not the one-word name."""
        key = self.lexicon.keys[c.slot]
        nxt = next((t for t in toks if t.start > c.end), None)
        if " " in key or has_cjk(key) or not c.mention[:1].isupper() or nxt is None or text[c.end:nxt.start] != " " \
                or not nxt.raw.isalpha() or not nxt.raw.islower() or nxt.norm in STOPWORDS:
            return c
        if self._starts is None:
            self._starts = self._index(lambda words: [" ".join(words[:2])] if len(words) >= 3 else [], _SHORT_NAMES)
        slots = self._starts.get(f"{key} {nxt.norm}", [])
        if not 1 <= len(slots) <= _SHORT_NAMES:
            return c
        slot = min(slots, key=lambda s: len(self.lexicon.keys[s]))
        own = set(self.lexicon.keys[slot].split())
        end = nxt.end
        for rest in (t for t in toks if t.start > end):  # "the Norway national TEAM": more of its own words;
            # "the Meissen porcelain WORKS": the rest of it said as one common noun (not "… porcelain he
            # bought", "… porcelain MADE in …")
            if text[end:rest.start] != " " or not rest.raw.isalpha() or not rest.raw.islower() or rest.norm in STOPWORDS \
                    or is_participle(rest.raw):
                break
            end = rest.end
            if rest.norm not in own:
                break
        mention = text[c.start:end]
        return _Mention(c.start, end, slot, mention, self._score(mention, 2), "partial")

    def _qualified(self, e: LinkedEntity, toks: list[Token]) -> LinkedEntity:
        """"André Previn's OPERA A Streetcar Named Desire": the word beside a name that the
        qualifier of one of its namesakes holds ("A Streetcar Named Desire (opera)") picks that
        one (the play keeps the bare name)."""
        variants = self.lexicon.qualified.get(normalize(e.mention))
        if not variants:
            return e
        beside = {normalize(t.raw) for t in toks if t.end == e.start - 1 or t.start == e.end + 1} - STOPWORDS
        picked = [(eid, name) for eid, name, words in variants if beside.intersection(words) and eid != e.id]
        if len(picked) != 1:
            return e
        return LinkedEntity(picked[0][0], picked[0][1], e.mention, e.start, e.end, e.score, e.method)

    def _exact(self, text: str, toks: list[Token]) -> list[_Mention]:
        if not toks or not self.lexicon.keys:
            return []
        # the normalised question: tokens joined by single spaces; a match must start and end on
        # a word boundary: a token edge, or a jieba word edge inside a run of Chinese
        norm_parts, pos = [], 0
        starts: dict[int, int] = {}  # norm position → original position
        ends: dict[int, int] = {}
        first_token: dict[int, int] = {}
        for i, t in enumerate(toks):
            norm_parts.append(t.norm)
            if has_cjk(t.raw):
                for cut in self._cjk_boundaries(t.raw):
                    if cut < len(t.raw):
                        starts[pos + cut] = t.start + cut
                        first_token[pos + cut] = i
                    if cut > 0:
                        ends[pos + cut] = t.start + cut
            else:
                starts[pos], ends[pos + len(t.norm)] = t.start, t.end
                first_token[pos] = i
            pos += len(t.norm) + 1
        norm = " ".join(norm_parts)
        cands = []
        for end_char, slot in self.lexicon.automaton.iter(norm):
            key = self.lexicon.keys[slot]
            a, b = end_char - len(key) + 1, end_char + 1
            if a not in starts or b not in ends:
                continue
            n_words = key.count(" ") + 1
            if n_words == 1:
                tok = toks[first_token[a]]
                if has_cjk(key):
                    if len(key) == 1 and key in CJK_STOP:
                        continue
                elif tok.norm in STOPWORDS or len(tok.norm) < 2:
                    # a function word is a name only when typed as one mid-sentence ("acted in Her"),
                    # and so is a letter ("the C language"), as a capital
                    if first_token[a] == 0 or not tok.raw[:1].isupper() or (
                            len(tok.norm) < 2 and (tok.norm in STOPWORDS or not tok.raw.isupper()
                                                   or text[tok.end:tok.end + 1] in ("+", "#", "-", "/", "."))):
                        continue  # (not the C of "C++", "C#", "C-SPAN", "U.S.")
            elif not has_cjk(key):  # "the other films": words of every sentence, a title ("The Other")
                # only when typed as one mid-sentence
                first = first_token[a]
                words = toks[first:first + n_words]
                if all(t.norm in STOPWORDS for t in words) and (
                        first == 0 or not any(t.raw[:1].isupper() for t in words)):
                    continue
            span = (starts[a], ends[b])
            mention = text[span[0]:span[1]]
            weight = n_words + (len(key.replace(" ", "")) // 2 if has_cjk(key) else 0)
            cands.append(_Mention(span[0], span[1], slot, mention, self._score(mention, weight), "exact"))
        return cands

    @staticmethod
    def _score(mention: str, n_tokens: int) -> float:
        """Longer mentions and ones typed as names (capitalised) are likelier the topic."""
        score = float(n_tokens) + min(len(mention), 40) / 40.0
        words = mention.split()
        if any(w[:1].isupper() for w in words):
            score += 1.0
        if mention.isdigit():
            score -= 0.5
        return score

    def _fuzzy(self, text: str, toks: list[Token]) -> list[_Mention]:
        from rapidfuzz import fuzz, process

        grams = []
        for n in range(4, 0, -1):
            for i in range(len(toks) - n + 1):
                window = toks[i:i + n]
                if all(t.norm in STOPWORDS for t in window) or (n == 1 and len(window[0].norm) < 4):
                    continue
                grams.append((" ".join(t.norm for t in window), window[0].start, window[-1].end, n))
        cands = []
        for gram, a, b, n in grams:
            hit = process.extractOne(gram, self.lexicon.keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
            if hit:
                _, score, slot = hit
                mention = text[a:b]
                cands.append(_Mention(a, b, slot, mention, self._score(mention, n) * score / 100.0, "fuzzy"))
        return cands
