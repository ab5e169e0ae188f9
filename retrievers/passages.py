"""Passages: sentences quoted from the ingested documents, for facts the graph lacks.

The chunks ingestion stored (handed in by the facade: retrieval does not know where documents
live) are recalled by BM25 over an in-memory keyword index, rebuilt when their stamp changes,
and also by the vector index's `chunk` kind when one exists (`graphrag index`). Each recalled chunk is cut to its
sentence that covers most of the question (words weighted by rarity), so a passage is short
and cites its file, page and version. `fit` puts them in the fact block after the facts,
inside the same token budget."""
from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from graphrag.backing import dated_here, document_of, is_heading, measured_here
from graphrag.factblock import RankedEdge, build
from graphrag.retrievers.text_vectors import TextVectors
from graphrag.terms import TITLE, question_terms, sentences, terms
from graphrag.tokens import TokenCounter
from graphrag.types import Fact, Passage

K1, B = 1.2, 0.75
HEADER = "Passages:"


@dataclass
class _Index:
    """BM25 postings over the chunks of one documents.sqlite version."""

    ids: list[str]
    texts: list[str]
    sources: list[str]
    lengths: list[int]
    postings: dict[str, list[tuple[int, int]]]  # term → [(chunk index, term frequency)]

    @property
    def position(self) -> dict[str, int]:
        """chunk id → index, built on first use (only vector hits need it)."""
        if not hasattr(self, "_position"):
            self._position = {cid: i for i, cid in enumerate(self.ids)}
        return self._position

    @property
    def by_source(self) -> dict[str, str]:
        """chunk source (name.txt#L7@1a2b3c4d) → its text, built on first use."""
        if not hasattr(self, "_by_source"):
            # two chunks of one long paragraph cite the same line: a fact citing it may come from either
            joined: dict[str, str] = {}
            for src, text in zip(self.sources, self.texts):
                joined[src] = f"{joined[src]}\n{text}" if src in joined else text
            self._by_source = joined
        return self._by_source

    @property
    def titles(self) -> dict[str, frozenset[str]]:
        """document → the words of its title (the first line of its first chunk, when that line
        is a heading), built on first use: what every sentence of the document is about."""
        if not hasattr(self, "_titles"):
            titles: dict[str, frozenset[str]] = {}
            for text, source in zip(self.texts, self.sources):
                doc = document_of(source)
                if doc not in titles:
                    first = text.lstrip().split("\n", 1)[0].strip()
                    titles[doc] = frozenset(terms(first)) if first and is_heading(first) else frozenset()
            self._titles = titles
        return self._titles

    @classmethod
    def build(cls, rows) -> "_Index":
        ids, texts, sources, lengths = [], [], [], []
        postings: dict[str, list[tuple[int, int]]] = {}
        for i, (cid, text, source) in enumerate(rows):
            ts = terms(text)
            ids.append(cid)
            texts.append(text)
            sources.append(source)
            lengths.append(len(ts))
            counts: dict[str, int] = {}
            for t in ts:
                counts[t] = counts.get(t, 0) + 1
            for t, n in counts.items():
                postings.setdefault(t, []).append((i, n))
        return cls(ids, texts, sources, lengths, postings)

    def idf(self, term: str) -> float:
        n = len(self.postings.get(term, ()))
        return math.log(1 + (len(self.ids) - n + 0.5) / (n + 0.5))

    def search(self, query: list[str], k: int) -> list[tuple[int, float]]:
        if not self.ids:
            return []
        avg = sum(self.lengths) / len(self.lengths) or 1.0
        scores: dict[int, float] = {}
        for t in dict.fromkeys(query):
            idf = self.idf(t)
            for i, tf in self.postings.get(t, ()):
                norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * self.lengths[i] / avg))
                scores[i] = scores.get(i, 0.0) + idf * norm
        return sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:k]


class PassageRecall:
    """Recall over a graph's text chunks. `chunks()` yields (chunk id, text, source); `stamp()`
    changes when they change (None: there are none). Thread-safe: one lock around the cached
    index, rebuilt only when the stamp moves. `encoder()` gives the model that reads sentences
    by meaning (None: by words only); `home` is where its vectors are kept."""

    def __init__(self, chunks: Callable[[], Iterable[tuple]], stamp: Callable[[], object],
                 encoder: Callable[[], object | None] | None = None, home: Path | None = None):
        self._chunks, self._stamp_of = chunks, stamp
        self._encoder, self._home = encoder, home
        self._lock = threading.Lock()
        self._index: _Index | None = None
        self._stamp: object = None
        self._vectors: TextVectors | None = None

    def encoder(self):
        return self._encoder() if self._encoder is not None else None

    def vectors(self, encoder) -> TextVectors:
        """The sentence vectors of `encoder`'s model, loaded once."""
        with self._lock:
            if self._vectors is None or self._vectors.model != encoder.name:
                self._vectors = TextVectors.load(self._home, encoder.name)
            return self._vectors

    def warm(self, chunks: Iterable[tuple] | None = None, progress: bool = False) -> int:
        """After ingestion: embed every sentence not embedded yet, drop those of documents no
        longer held, save; how many were embedded (0 without a model). `chunks`: all of them, as
        `chunks()` gives them (default: read through it)."""
        enc = self.encoder()
        if enc is None:
            return 0
        rows = self._chunks() if chunks is None else chunks
        texts = [s for _, text, *_ in rows for s in _quotable(text)]
        sv = self.vectors(enc)
        with self._lock:
            added = sv.add(enc, texts, progress=progress)
            dropped = sv.keep(texts)
        if (added or dropped) and self._home is not None:
            try:
                sv.save(self._home)
            except OSError:
                pass  # read-only graph directory: embedded again by the next process
        return added

    def index(self, stamp: object) -> _Index:
        with self._lock:
            if self._index is None or stamp != self._stamp:
                self._index = _Index.build((cid, text, source) for cid, text, source, *_ in self._chunks())
                self._stamp = stamp
            return self._index

    def texts(self, sources: Iterable[str]) -> dict[str, str]:
        """The chunk texts `sources` cite (facts read from documents), for the answerer's look at
        the sentence a fact came from; unknown sources are left out."""
        wanted = [src for src in dict.fromkeys(sources) if src]
        stamp = self._stamp_of() if wanted else None
        if stamp is None:
            return {}
        by_source = self.index(stamp).by_source
        return {src: by_source[src] for src in wanted if src in by_source}

    def recall(self, question: str, k: int, vector=None, mentions: Iterable[str] = (),
               meaning: float = 0.0, segment: Callable[[str], list[str]] | None = None) -> list[Passage]:
        """The `k` best sentences, each from a different chunk, best first; [] when nothing was
        ingested or no sentence shares a word with the question. `vector`: a VectorRetriever
        whose chunk vectors are searched too. `mentions`: the question's entity mentions. A
        sentence must hold a word of the question besides its names (mentions, titles,
        capitalised words), when it has one, and a word the question lacks: one that only
        repeats the question says nothing about what was asked. Sentences rank by how much of
        the question's words they cover (weighted by rarity), plus `meaning` times how much
        closer than the other candidates the model puts them to the question (a z-score): it
        tells apart sentences with the same words ("Mendel was elected abbot in 1868" from
        "the abbot sent Mendel to Vienna in 1851"). `segment` cuts Chinese into words (`terms`)."""
        if k <= 0:
            return []
        stamp = self._stamp_of()
        query = question_terms(question, segment)
        if stamp is None or not query:
            return []
        ix = self.index(stamp)
        # vector hits first when chunks are embedded; BM25 always, for chunks ingested since
        # the last `graphrag index` and for words a model does not know (names, codes)
        hits = [(i, s, "vector") for i, s in _vector_hits(vector, question, 3 * k, ix)]
        found = {i for i, _, _ in hits}
        hits += [(i, s, "bm25") for i, s in ix.search(query, 3 * k) if i not in found]
        weights = {t: ix.idf(t) for t in dict.fromkeys(query)}
        total = sum(weights.values()) or 1.0
        # a lowercase English mention is a class noun linked as an entity ("which Whitby
        # SHIPOWNER"): it names what is asked, which the answering sentence must say
        named = {t for m in [*mentions, *_names(question)] if not (m.isascii() and m.islower()) for t in terms(m)}
        asked = set(terms(question)) - named  # what the question asks about its names
        when_only = not asked - _WHEN_TERMS
        own = set(terms(question))
        # a sentence of a document titled by a name the question asks about is about it, named
        # or not ("The club was founded in 1899 by …" in "FC Barcelona"): its words count as said
        topics = [t for t in (frozenset(terms(m)) for m in mentions) if t]
        cands: list[tuple[int, float, str, str, float]] = []  # chunk, recall score, method, sentence, coverage
        for i, score, method in hits:
            for sent in _quotable(ix.texts[i]):
                have = set(terms(sent))
                if (asked and not asked & have and not measured_here(question, sent)
                        and not (when_only and dated_here(question, sent))) or not have - own:
                    continue  # names only, or nothing new ("how HIGH": a height in metres says it too; a date
                    # says "in what YEAR" when nothing else is asked of the names)
                title = ix.titles.get(document_of(ix.sources[i]), frozenset())
                have |= {w for t in topics if t <= title for w in t}
                c = sum(w for t, w in weights.items() if t in have) / total
                if c > 0:
                    cands.append((i, score, method, sent, c))
        rank = [c[4] for c in cands]
        enc = self.encoder() if meaning > 0 and len(cands) > 1 else None
        if enc is not None:
            sims = self.vectors(enc).similarities(enc, question, [c[3] for c in cands])
            z = (sims - sims.mean()) / (float(sims.std()) or 1.0)
            rank = [r + meaning * float(v) for r, v in zip(rank, z)]
        best_of: dict[int, int] = {}  # chunk → its best candidate
        for n, c in enumerate(cands):
            if c[0] not in best_of or rank[n] > rank[best_of[c[0]]]:
                best_of[c[0]] = n
        out: list[Passage] = []
        seen: set[str] = set()
        # the best-ranked sentence first; the recall score breaks ties
        for n in sorted(best_of.values(), key=lambda n: (-round(rank[n], 3), -cands[n][1])):
            i, score, method, best, cov = cands[n]
            if best in seen:
                continue
            seen.add(best)
            out.append(Passage(f"P{len(out) + 1}", best, ix.sources[i], score, cov, method, ix.ids[i]))
        return [Passage(f"P{n}", p.text, p.source, p.score, p.coverage, p.method, p.chunk_id)
                for n, p in enumerate(out[:k], 1)]


_WHEN_TERMS = frozenset(terms("year years date day month when"))


def _quotable(text: str) -> list[str]:
    """The sentences of a chunk a passage may quote: not its headings, which name things but
    state nothing (they are never embedded either)."""
    return [s for s in sentences(text) if not is_heading(s)]


_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _names(question: str) -> list[str]:
    """Names a question writes as names: 《titles》, quoted text, capitalised English words
    after the first word. With the linked mentions they are what is asked ABOUT, not what is asked."""
    return [m.group() for m in TITLE.finditer(question)] + [m.group() for m in _CAPITALISED.finditer(question)]


def _vector_hits(vector, question: str, k: int, ix: _Index) -> list[tuple[int, float]]:
    """Chunk hits from the vector index; none when it has no chunk vectors."""
    if vector is None or vector.indexes.get("chunk") is None:
        return []
    return [(ix.position[c], s) for c, s in vector.search_chunks(question, k) if c in ix.position]


def render(passages: list[Passage]) -> str:
    if not passages:
        return ""
    return "\n".join([HEADER] + [f"[{p.id}] {p.source}: \"{p.text}\"" for p in passages])


def fit(candidates: list[RankedEdge], passages: list[Passage], counter: TokenCounter, budget: int,
        share: float) -> tuple[list[Fact], str, int, list[Passage]]:
    """The fact block with passages: facts first within (1 - share) of the budget (all of it
    when there are no passages), passages in what is left, whole or not at all; the whole block
    is counted exactly and never over budget."""
    if not passages:
        return (*build(candidates, counter, budget), [])
    reserve = int(budget * share) if candidates else budget
    facts, block, used = build(candidates, counter, budget - reserve)
    kept: list[Passage] = []
    for p in passages:
        trial = _join(block, render(kept + [p]))
        if counter.count(trial) > budget:
            break
        kept.append(p)
    text = _join(block, render(kept))
    return facts, text, counter.count(text), kept


def _join(facts_block: str, passages_block: str) -> str:
    return "\n".join(b for b in (facts_block, passages_block) if b)
