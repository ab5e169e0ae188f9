"""The question-answering pipeline: link → paths → fused ranking → fact block → answer.

The hot path (question → fact block) makes no LLM call and does no work that loading could
have done: the lexicon is built at load time, relation vectors at index time.
"""
from __future__ import annotations

import dataclasses
import logging
import re
import time
from pathlib import Path

from graphrag import relation_words
from graphrag.answer import DEFAULT_PROMPT, AnswerPrompt, extractive, with_llm
from graphrag.backing import is_document_fact
from graphrag.errors import UserError
from graphrag.factblock import RankedEdge
from graphrag.files import stamp
from graphrag.llm import LLM, make_llm
from graphrag.loader import LoadSummary, load_file
from graphrag.settings import QueryParams, Settings
from graphrag.store import GraphStore, open_store
from graphrag.tokens import FunctionCounter, TokenCounter, default_counter
from graphrag.types import Edge, LinkedEntity, Result, Retrieval
from graphrag.retrievers.confidence import confidence
from graphrag.retrievers.constraints import Intersection, intersect
from graphrag.retrievers.lexicon import Lexicon
from graphrag.retrievers.passages import PassageRecall, fit
from graphrag.retrievers.linker import EntityLinker
from graphrag.retrievers.names import NameIndex
from graphrag.retrievers import profiles as relation_profiles
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.answer_type import TIME, AnswerTypeRules
from graphrag.retrievers.paths import Path as RelPath, PathFinder
from graphrag.retrievers.relations import RelationScorer, fact_text
from graphrag.retrievers.text_vectors import TextVectors, facts_file
from graphrag.retrievers.weights import DEFAULT as DEFAULT_WEIGHTS, RankingWeights

log = logging.getLogger("graphrag")
# Work per question is bounded whatever its length: the words read as relation evidence and the
# topics paths are grown from (a 4,000-character question is read like a long sentence).
MAX_WORDS = 24
MAX_TOPICS = 6
# Facts embedded per graph to read relations by example: a bound on the first question's wait
# on a graph with hundreds of relations (about 10 s for both models on 2 cores at this size).
FACT_TEXTS = 1024
DEMO_GRAPH = Path(__file__).parent / "data" / "demo.jsonl"


def relation_facts(profiles: dict) -> dict[str, list[str]]:
    """A few facts of each relation as text, for reading a relation by example: the profiles'
    sample, fewer each on graphs with many relations (embedded by both models after each write,
    `GraphRAG.embed_relation_facts`)."""
    each = max(1, min(relation_profiles.FACTS, FACT_TEXTS // max(1, len(profiles))))
    return {rel: [fact_text(rel, a, b) for a, b in p.facts[:each]] for rel, p in profiles.items()}


def relation_texts(profiles: dict) -> list[str]:
    """Every text `embed_relation_facts` keeps a vector of: the relation facts and the example
    names of each relation's sides."""
    texts = [t for ts in relation_facts(profiles).values() for t in ts]
    return texts + list(dict.fromkeys(n for _, _, names in relation_profiles.name_sides(profiles) for n in names))


class GraphRAG:
    """One open graph: store, lexicon, scorers and (optionally) an answering LLM.

    Thread-safe for concurrent `retrieve`/`ask` calls (the store hands each thread its own
    connection; the caches are append-only)."""

    def __init__(self, settings: Settings, store: GraphStore | None = None, llm: LLM | None = None,
                 embedder=None, prompt: AnswerPrompt = DEFAULT_PROMPT, weights: RankingWeights = DEFAULT_WEIGHTS):
        self.settings = settings
        self.weights = weights  # the ranking stage's weights (retrievers/weights.py)
        self.store = store if store is not None else open_store(settings)
        self.llm = llm if llm is not None else make_llm(settings)
        self.prompt = prompt  # what the answering model is told (system text, user message around the facts)
        self._embedder = embedder
        self._scorer: RelationScorer | None = None
        self._scorer_stamp: tuple | None = None
        self.counter: TokenCounter = (FunctionCounter(self.llm.count_tokens, self.llm.name)
                                      if self.llm is not None else default_counter(settings.tokenizer))
        self._lexicon: Lexicon | None = None
        self._linker: EntityLinker | None = None
        self._lexical: GraphRAG | None = None  # this graph with embeddings off, for `vector=False` questions
        self._rules: AnswerTypeRules | None = None
        self._profiles: tuple[int, dict] | None = None  # (store version, relation profiles)
        self._multilingual = None  # the e5 model when the main one is English-only, loaded on first use
        self.vector = self._open_vectors()  # a VectorRetriever when the vector extra and an index exist
        self.passages = self._passage_recall()  # sentences of ingested documents

    def _open_vectors(self):
        """The vector indexes of the graph directory, whatever the store (they are keyed on the
        store's ids and version, not on how it keeps them)."""
        if not self.settings.vector:
            return None
        try:
            from graphrag.retrievers.vector import VectorRetriever
        except ImportError:  # the `vector` extra is not installed
            return None
        return VectorRetriever.open(self.settings, chunks=self._chunk_source(), embedder=self._embedder)

    def _chunk_source(self):
        """Ingestion's text chunks of this graph, handed to the vector index (retrieval does not
        know where documents live)."""
        try:
            from graphrag.ingest.docstore import iter_chunks
        except ImportError:
            return None
        home = self.settings.home_path
        return lambda: iter_chunks(home)

    def _passage_recall(self) -> PassageRecall:
        """Passage recall over ingestion's chunks of this graph (none without the ingest extra)."""
        try:
            from graphrag.ingest.docstore import chunks_stamp, iter_chunks
        except ImportError:
            return PassageRecall(lambda: (), lambda: None)
        home = self.settings.home_path
        return PassageRecall(lambda: iter_chunks(home), lambda: chunks_stamp(home), self._sentence_encoder, home)

    @classmethod
    def open(cls, home: str | Path | None = None, *, llm: LLM | str | None = None, config: str | None = None,
             **overrides) -> "GraphRAG":
        """Open the graph in `home` (default $GRAPHRAG_HOME or ./graphrag-data). `llm` is a model
        object or the name of a registered backend (`graphrag.llm.registry`: "none", "openai", "local")."""
        if isinstance(llm, str):
            overrides["llm"], llm = llm, None
        return cls(Settings.load(home, config, **overrides), llm=llm)

    @classmethod
    def demo(cls, home: str | Path, **overrides) -> "GraphRAG":
        """The bundled demo graph (Obama, English and Chinese names), loaded into `home`."""
        rag = cls.open(home, **overrides)
        if rag.store.stats()["triples"] == 0:
            rag.load(DEMO_GRAPH)
        return rag

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writes: every write to the graph goes through here and ends in `_sync` ----------------
    def load(self, path: str | Path, fmt: str | None = None, progress: bool = False) -> LoadSummary:
        """Load a triple file (TSV, CSV, JSONL); re-loading changes nothing."""
        summary = load_file(self.store, path, fmt, progress=progress)
        self._sync()
        return summary

    def ingest(self, paths, options=None, progress=None, *, llm: LLM | None = None):
        """Extract facts from documents (PDF, text, Markdown) into the graph, then the same sync as
        `load`, so a new entity is linkable (lexicon, and vector fallback where an entity index
        exists) without `graphrag index`. Returns ingestion's `IngestSummary`."""
        from graphrag.ingest.pipeline import ingest_paths  # the ingest extra: only when used

        summary = ingest_paths(paths, self.store, self.settings, progress, options=options,
                               llm=llm if llm is not None else self.llm)
        self._sync()
        if not summary.dry_run:
            self._embed_sentences()
        return summary

    def forget(self, docs, *, dry_run: bool = False):
        """Retract ingested documents (by path, file name or sha256 prefix): their facts leave the
        graph unless another document states them, their chunks go; then the same sync as
        `load`. Returns ingestion's `Retracted`."""
        from graphrag.ingest.lifecycle import forget

        result = forget(docs, self.store, self.settings.home_path, dry_run=dry_run)
        if not dry_run:
            self._sync()
            self._embed_sentences()
        return result

    def _embed_sentences(self) -> None:
        """After documents changed: their new sentences' vectors (retrievers/text_vectors.py),
        so no question waits for them."""
        if self.settings.passages > 0:
            from graphrag.ingest.docstore import iter_chunks

            self.passages.warm(iter_chunks(self.settings.home_path, writer=True))

    def _sync(self) -> None:
        """After a write: the lexicon, then the vector indexes that exist (incremental: only new or
        changed names and triples are embedded; each index records the store version it matches)."""
        self.refresh()
        if self.vector is None:
            self.vector = self._open_vectors()  # indexed since this graph was opened
        if self.vector is not None:
            self.vector.refresh(self.store)
        self.profiles  # computed now, so the first question does not wait for them
        if self.vector is not None:  # a graph read by a model: its relations' facts too
            self.embed_relation_facts()
        self._lexical = None

    def refresh(self) -> None:
        """Rebuild the lexicon after writes made elsewhere (it is persisted beside the store).
        Writes through `load`/`ingest` call it; they also update the vectors."""
        self._lexicon = Lexicon.current(self.store, self._home())
        # misspelled names (retrievers/names.py); like the vector indexes, in the graph directory whatever the store
        names = NameIndex.current(self.store, self.settings.home_path)
        self._linker = EntityLinker(self._lexicon, self.settings.fuzzy_threshold, names=names,
                                    degrees=self.store.degrees)

    def _home(self) -> Path | None:
        return self.settings.home_path if self.settings.store == "sqlite" else None

    @property
    def embedder(self):
        """The embedding model, loaded on first use; None when vectors are off or not installed."""
        if self._embedder is None and self.settings.vector:
            try:
                if self.vector is not None:  # one model for the index and the ranker
                    self._embedder = self.vector.embedder
                else:
                    from graphrag.embed import Embedder

                    lex = self.linker.lexicon  # the multilingual model only for mostly-CJK graphs
                    self._embedder = Embedder.for_graph(self.settings, has_cjk=len(lex.cjk_words) > len(lex.keys) / 2)
            except ImportError:
                self.settings = self.settings.replace(vector=False)
            else:
                _one_thread_per_query()
        return self._embedder

    def _cjk_embedder(self):
        """A multilingual model for Chinese question words when the main one is English-only."""
        enc = self.embedder
        if enc is None or "e5" in getattr(enc, "name", ""):
            return enc
        return self._sentence_encoder()

    def _sentence_encoder(self):
        """The multilingual model (e5), loaded once: it reads documents' sentences in any
        language, and Chinese question words for an English-only main model. None when vectors
        are off or it is not installed."""
        if not self.settings.vector:
            return None
        if self._embedder is not None and "e5" in getattr(self._embedder, "name", ""):
            return self._embedder
        if self._multilingual is None:
            from graphrag.embed import load_embedder

            try:
                self._multilingual = load_embedder("e5")
            except UserError:
                self._multilingual = False
        return self._multilingual or None

    @property
    def scorer(self) -> RelationScorer:
        # relation words edited, or relations added, while open (a server): picked up here
        words_stamp = (stamp(relation_words.path(self.settings.home_path)), self.store.version())
        if self._scorer is None or words_stamp != self._scorer_stamp:
            self._scorer_stamp = words_stamp
            try:
                words = relation_words.load(self.settings.home_path)
            except UserError as e:  # answer without them rather than fail every question
                log.warning("relation words ignored: %s", e)
                words = {}
            self._scorer = RelationScorer(self.embedder, cjk=self._cjk_embedder, words=words,
                                          relations=list(self.store.relation_counts()), weights=self.weights,
                                          facts=self._relation_facts(), fact_vectors=self._fact_vectors)
            stored = self.vector.indexes.relation_vectors() if self.vector is not None else None
            if stored is not None:
                self._scorer.warm(*stored)
        return self._scorer

    def _relation_facts(self) -> dict[str, list[str]]:
        return relation_facts(self.profiles)

    def _fact_vectors(self, model: str) -> TextVectors:
        return TextVectors.load(self.settings.home_path, model, facts_file(model))

    def embed_relation_facts(self) -> None:
        """After a write: the relation facts' vectors for every model that reads relations (up
        to 1,024 texts each), and the names each relation side keeps as examples (up to 400 ×
        12): seconds, which the first question would otherwise wait."""
        texts = relation_texts(self.profiles)
        for enc in dict.fromkeys(e for e in (self.embedder, self._cjk_embedder()) if e is not None):
            vectors = self._fact_vectors(enc.name)
            if vectors.add(enc, texts) + vectors.keep(texts):
                try:
                    vectors.save(self.settings.home_path)
                except OSError:  # read-only graph directory: embedded by the first question instead
                    log.warning("relation facts' vectors not saved in %s", self.settings.home_path)

    @property
    def profiles(self) -> dict:
        """What each relation's sides hold and their cardinality (retrievers/profiles.py), once per
        store version (saved beside the store)."""
        v = self.store.version()
        if self._profiles is None or self._profiles[0] != v:
            self._profiles = (v, relation_profiles.current(self.store, self.settings.home_path))
        return self._profiles[1]

    @property
    def answer_type(self) -> AnswerTypeRules:
        scorer = self.scorer
        if self._rules is None or self._rules.scorer is not scorer:
            self._rules = AnswerTypeRules(self.store, scorer, self.profiles)
        return self._rules

    @property
    def linker(self) -> EntityLinker:
        if self._linker is None or self._lexicon is None or self._lexicon.version != self.store.version():
            self.refresh()
        return self._linker

    def _facts_between(self, question: str, entities: list[LinkedEntity], limit: int = 200) -> frozenset[tuple[int, int]]:
        """Pairs of linked entities a fact joins, both ways ("Apollo and Daphne is a MARBLE sculpture.
        What city …": the statue is made of marble); looked up only for a question of two sentences or
        more (`analyse` reads them in the sentences before the one that asks). Each entity's first
        `limit` facts are looked at."""
        ids = {e.id for e in entities}
        if len(ids) < 2 or not re.search(r"[.!?。！？]\s*\S", question.strip()[:-1]):
            return frozenset()
        pairs = {(x.subject_id, x.object_id) for x in self.store.neighbors(list(ids), direction="out", limit=limit)
                 if x.object_id in ids}
        return frozenset(pairs | {(b, a) for a, b in pairs})

    # -- retrieval ---------------------------------------------------------------------------
    def retrieve(self, question: str, **params) -> Retrieval:
        """Question → ranked facts and fact block. `params` are per-question `QueryParams`
        (budget=, hops=, vector=, …); an unknown name raises SettingsError."""
        s = QueryParams.of(**params).apply(self.settings)
        if not s.vector and self.settings.vector:  # every stage, not only fusion, goes without embeddings
            return self._without_vectors().retrieve(question, **params)
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        entities = self.linker.link(question)[:MAX_TOPICS]
        if not entities and self.vector is not None:
            entities = self.vector.link_fallback(question, self.store, k=3)
        t1 = time.perf_counter()
        timings["link"] = (t1 - t0) * 1000

        a = analyse(question, entities, MAX_WORDS, self.linker.segment, self._facts_between(question, entities))
        rules = self.answer_type  # once per question: each look checks the store version and the words file
        rules.drop_topic_class(a, entities)
        weights = rules.scorer.weights
        finder = PathFinder(self.store, rules.scorer, hops=s.hops, beam=s.top_paths, fanout=s.fanout,
                            max_edges=s.max_edges, weights=weights, value_sides=rules.value_sides, order=rules.order)
        # a bare asked-for noun of place ("in which CITY") names the kind of the answer, which the
        # kind rules look for: by closeness it backs any label of places ("city" ~ `location`)
        asked_at = frozenset() if a.asked_at and rules.names_place(a) else a.asked_at
        paths = finder.find(entities, a.words, a.mention_pos, keep=s.top_paths, question=a.tokens,
                            per_topic=6 if a.topics > 1 else 0,
                            class_at=a.class_at, of_topic=a.of_topic,
                            asked_at=asked_at, owned=a.owned,
                            asked_end=(lambda p: rules.ends_in(p, TIME)) if a.asks_time else None,
                            asked_sides=rules.asked_sides(a) if asked_at else None,
                            main=a.clause_first, time_sides=rules.time_sides if a.asks_time else frozenset(),
                            sided_at=a.asked_at - asked_at) \
            if entities else []
        rules.apply(paths, a)
        # ("… native to. What are the CAPITALS of the countries it is native to": a meeting on countries is no capital)
        asked = a.asked_at | ({a.wh_noun} if a.wh_noun >= 0 else set())
        both = intersect(paths, step_cost=weights.step_cost, margin=weights.constraint_margin, asked=asked,
                         fits=(lambda p: rules.ends_in(p, TIME)) if a.asks_time else None) if a.topics > 1 else None
        if both is not None:  # two constraints: the paths that meet go first
            both.lead(paths)
        t2 = time.perf_counter()
        timings["paths"] = (t2 - t1) * 1000

        ranked = self._fuse(paths, finder, question, s, both)
        t3 = time.perf_counter()
        timings["rank"] = (t3 - t2) * 1000

        # passages (retrievers/passages.py): sentences of ingested documents follow the facts,
        # inside the same budget, for what the graph lacks
        passages = (self.passages.recall(question, s.passages, self.vector, [e.mention for e in entities],
                                          meaning=self.weights.passage_meaning, segment=self.linker.segment)
                    if s.passages > 0 else [])
        timings["passages"] = (time.perf_counter() - t3) * 1000
        facts, block, n_tokens, passages = fit(ranked, passages, self.counter, s.budget, s.passage_share)
        # -- end passages
        edge_to_fact = {f.edge.id: f.id for f in facts}
        best_chains = []
        ends = both.nodes[:3] if both is not None else None
        for p in (paths[:2] if both is not None else paths[:1]):
            for chain in finder.chains(p, 3, ends=ends):
                ids = [edge_to_fact[e.id] for e in chain if e.id in edge_to_fact]
                if len(ids) == len(chain):
                    best_chains.append(ids)
        answers, n_best = finder.answers(paths, s.top_paths)
        if both is not None:
            names = self.store.entity_names(both.nodes[:100])
            first = list(dict.fromkeys(names[n] for n in both.nodes[:100] if n in names))
            answers, n_best = list(dict.fromkeys(first + answers)), len(first)
        # "when …" and no path within reach ends on a date, an unbacked "who" on cities, "X's mother"
        # read from a man's `parent` fact: the graph most likely lacks it
        single = bool(paths) and both is None  # one reading of the words, not a meeting of two topics
        wrong = single and rules.wrong_gender(paths[0], a)
        mismatch = wrong or single and (rules.mismatch(paths[0], a) or rules.places_for_who(paths[0], a))
        # another reading of the asked kind about as good: the words did not choose this one
        contested = single and not mismatch and rules.contested(paths, a, weights.contest_margin)
        sure = confidence(paths[0] if paths else None, both, mismatch=mismatch, contested=contested, weights=weights)
        if paths and sure < s.min_confidence:  # answers like this are mostly wrong: say so, keep the facts
            answers, n_best = [], 0
        timings["fact_block"] = (time.perf_counter() - t3) * 1000
        timings["retrieve"] = (time.perf_counter() - t0) * 1000
        return Retrieval(question, entities, facts, block, n_tokens, answers, best_chains, timings, n_best, sure,
                         passages, self.passages.texts(f.edge.source for f in facts if is_document_fact(f)),
                         frozenset(chain[-1] for chain in best_chains) if wrong else frozenset())

    def _without_vectors(self) -> "GraphRAG":
        """This graph with embeddings off (same store, lexicon and model), built once."""
        if self._lexical is None:
            lexical = GraphRAG(self.settings.replace(vector=False), self.store, self.llm, prompt=self.prompt,
                               weights=self.weights)
            lexical.counter = self.counter
            lexical._lexicon, lexical._linker = self._lexicon, self._linker
            self._lexical = lexical
        return self._lexical

    def _fuse(self, paths: list[RelPath], finder: PathFinder, question: str, s: Settings,
              both: Intersection | None = None) -> list[RankedEdge]:
        """Reciprocal-rank fusion of the path list and vector recall, weights from settings;
        each candidate keeps the parts of its score. With two constraints, the chains of both
        paths to the answers they share come first."""
        lists: list[tuple[str, float, list[tuple[Edge, dict[str, float]]]]] = []
        path_list: list[tuple[Edge, dict[str, float]]] = []
        for rank, p in enumerate(paths[: s.top_paths]):
            comps = {"path_score": round(p.score, 4), "path_rank": float(rank)}
            shared = both is not None and rank < 2
            for chain in finder.chains(p, 2, max_ends=s.top_k, ends=both.nodes[: s.top_k] if shared else None):
                path_list.extend((e, comps) for e in chain)
            if len(path_list) >= 4 * s.top_k:  # far more than any budget holds
                break
        lists.append(("path", s.w_path, path_list))
        if self.vector is not None and s.vector:
            hits = self.vector.search_facts(question, s.vector_top_k)
            edges = {e.id: e for e in self.vector.edges([i for i, _ in hits], self.store)}
            lists.append(("vector", s.w_vector,
                          [(edges[i], {"vector_sim": round(sc, 4)}) for i, sc in hits if i in edges]))
        merged: dict[int, RankedEdge] = {}
        for name, weight, items in lists:
            seen: set[int] = set()
            rank = 0
            for edge, comps in items:
                if edge.id in seen:
                    continue
                seen.add(edge.id)
                rank += 1
                part = weight / (s.rrf_k + rank)
                c = merged.get(edge.id)
                if c is None:
                    c = merged[edge.id] = RankedEdge(edge, 0.0, {})
                c.score += part
                c.components.update(comps)
                c.components[f"rrf_{name}"] = part
        return sorted(merged.values(), key=lambda c: -c.score)

    # -- answering ---------------------------------------------------------------------------
    def ask(self, question: str, *, history: list[dict[str, str]] | None = None, llm: LLM | None = None,
            **params) -> Result:
        return self.answer(self.retrieve(question, **params), history=history, llm=llm)

    def answer(self, r: Retrieval, *, history: list[dict[str, str]] | None = None, llm: LLM | None = None
               ) -> Result:
        """Answer from a retrieval's fact block: the LLM (or the extractive answer without one).
        Apart from retrieve() so a server can run the CPU-bound half and the waiting half on
        different workers."""
        t0 = time.perf_counter()
        model = llm if llm is not None else self.llm
        ans = extractive(r) if model is None else with_llm(r, model, max_tokens=self.settings.llm_max_tokens,
                                                           history=history, prompt=self.prompt)
        timings = dict(r.timings_ms)
        timings["answer"] = (time.perf_counter() - t0) * 1000
        timings["total"] = timings["retrieve"] + timings["answer"]
        return Result.of(dataclasses.replace(r, timings_ms=timings), ans)


def _one_thread_per_query() -> None:
    """Questions embed a few words at a time: one torch thread is faster for that, and lets
    concurrent requests use the other cores instead of fighting over them."""
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
