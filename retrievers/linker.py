"""Entity linking without an LLM: the graph's own names and aliases, matched in the question.

Space-delimited text: Aho-Corasick over normalised words, matches must sit on word boundaries.
Chinese: the same automaton over characters, and a match must sit on jieba word boundaries
(jieba gets the graph's CJK names as its user dictionary, so names stay whole).
Longest match wins; overlapping shorter matches are dropped; a fuzzy pass (rapidfuzz) catches
near misses when nothing matched exactly.
"""
from __future__ import annotations

from dataclasses import dataclass

from graphrag.normalize import has_cjk
from graphrag.types import LinkedEntity
from graphrag.retrievers.lexicon import Lexicon
from graphrag.retrievers.text import CJK_STOP, STOPWORDS, Token, question_tokens


@dataclass
class _Candidate:
    start: int
    end: int
    slot: int
    mention: str
    score: float
    method: str


class EntityLinker:
    def __init__(self, lexicon: Lexicon, fuzzy_threshold: float = 88.0, max_entities: int = 8):
        self.lexicon = lexicon
        self.fuzzy_threshold = fuzzy_threshold
        self.max_entities = max_entities
        self._jieba = None

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

    def _cjk_boundaries(self, text: str) -> set[int]:
        cuts, pos = {0, len(text)}, 0
        for word in self._segmenter().cut(text, HMM=False):
            pos += len(word)
            cuts.add(pos)
        return cuts

    # -- linking -----------------------------------------------------------------------------
    def link(self, question: str) -> list[LinkedEntity]:
        text, toks = question_tokens(question)
        cands = self._exact(text, toks)
        if not cands:
            cands = self._fuzzy(text, toks)
        chosen: list[_Candidate] = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.score)):
            if all(c.end <= o.start or c.start >= o.end for o in chosen):
                chosen.append(c)
        out: list[LinkedEntity] = []
        for c in sorted(chosen, key=lambda c: -c.score):
            for eid, name, is_alias in self.lexicon.entries[c.slot]:
                method = c.method if c.method == "fuzzy" else ("alias" if is_alias else "exact")
                out.append(LinkedEntity(eid, name, c.mention, c.start, c.end, round(c.score, 4), method))
        return out[: self.max_entities]

    def _exact(self, text: str, toks: list[Token]) -> list[_Candidate]:
        if not toks or not self.lexicon.keys:
            return []
        # the normalised question: tokens joined by single spaces, with a map back to spans
        norm_parts, starts, ends = [], {}, {}
        pos = 0
        for i, t in enumerate(toks):
            starts[pos] = i
            norm_parts.append(t.norm)
            pos += len(t.norm)
            ends[pos] = i
            pos += 1
        norm = " ".join(norm_parts)
        cjk_cuts: dict[int, set[int]] = {}
        cands = []
        for end_char, slot in self.lexicon.automaton.iter(norm):
            key = self.lexicon.keys[slot]
            a, b = end_char - len(key) + 1, end_char + 1
            if a in starts and b in ends:
                ta, tb = toks[starts[a]], toks[ends[b]]
                span = (ta.start, tb.end)
                n_tokens = ends[b] - starts[a] + 1
                if n_tokens == 1 and (ta.norm in STOPWORDS or len(ta.norm) < 2):
                    # a function word is a name only when typed as one mid-sentence ("acted in Her")
                    if starts[a] == 0 or not ta.raw[:1].isupper() or len(ta.norm) < 2:
                        continue
            elif has_cjk(key):
                # inside a CJK run: the match must sit on jieba word boundaries of that run
                ti = max(i for p, i in starts.items() if p <= a)
                tok = toks[ti]
                tok_norm_start = next(p for p, i in starts.items() if i == ti)
                if b > tok_norm_start + len(tok.norm):
                    continue
                if ti not in cjk_cuts:
                    cjk_cuts[ti] = self._cjk_boundaries(tok.raw)
                ra, rb = a - tok_norm_start, b - tok_norm_start
                if ra not in cjk_cuts[ti] or rb not in cjk_cuts[ti]:
                    continue
                if len(key) == 1 and key in CJK_STOP:
                    continue
                span = (tok.start + ra, tok.start + rb)
                n_tokens = max(1, len(key) // 2)
            else:
                continue
            mention = text[span[0]:span[1]]
            cands.append(_Candidate(span[0], span[1], slot, mention, self._score(mention, n_tokens), "exact"))
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

    def _fuzzy(self, text: str, toks: list[Token]) -> list[_Candidate]:
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
                cands.append(_Candidate(a, b, slot, mention, self._score(mention, n) * score / 100.0, "fuzzy"))
        return cands
