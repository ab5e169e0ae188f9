"""Vector indexes beside the graph store, and vector recall as a retriever.

Four kinds live in `<graph dir>/vectors/`: entity names and aliases, relation names, verbalised
triples ("Kismet directed by William Dieterle") and text chunks. Each kind is one faiss index
(`<kind>.faiss`) plus `<kind>.json` (model, dim, store version, and per id a checksum of the
text that was embedded). `sync` compares those checksums with the store, so loading new triples
embeds only the new texts and deleted ones are removed; nothing is rebuilt unless asked.

Index type by size: exact inner product (IndexFlatIP in IndexIDMap2) up to `flat_max` vectors,
HNSW past it (IndexHNSWFlat: approximate; on question-vs-name queries it measured far better
recall per millisecond than IVF). HNSW cannot remove vectors, so deleted ids are hidden from
results and the index is rebuilt from its stored vectors (no re-embedding) once they pass 10%.
"""
from __future__ import annotations

import base64
import json
import threading
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from graphrag.errors import UserError
from graphrag.files import atomic_file, stamp
from graphrag.normalize import has_cjk
from graphrag.store.base import path_store
from graphrag.types import Edge, LinkedEntity
from graphrag.retrievers.relations import relation_text
from graphrag.retrievers.text import STOPWORDS, question_tokens

KINDS = ("entity", "relation", "triple", "chunk")
FLAT_MAX = 50_000  # exact search up to here; HNSW beyond (see README: recall vs speed)
HNSW_M, EF_CONSTRUCTION, EF_SEARCH = 32, 80, 128  # measured: recall@10 0.95 at 130k, ~0.4 ms
COMPACT_AT = 0.10  # rebuild an HNSW index once this share of it is deleted
# cosine below which a vector link is noise: MiniLM measured on typo'd MetaQA questions (right links:
# p10 0.49, median 0.59); e5 scores sit higher for any pair of texts (not yet calibrated)
LINK_MIN = {"minilm": 0.5, "e5": 0.8}
SAVE_EVERY = 50_000  # vectors embedded between checkpoints of a long sync

Progress = Callable[[int], None]
# (chunk_id, text, …) rows of the graph's text chunks. Ingestion owns them and hands this to the
# indexes (`VectorIndexes(chunks=…)`): retrieval reads chunks without knowing where they live.
ChunkSource = Callable[[], Iterable[tuple]]


def _faiss():
    try:
        import faiss
    except ImportError:
        raise UserError("vector indexes need faiss: pip install faiss-cpu (or graphrag-kgqa[vector])") from None
    return faiss


def _checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _pack(a: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(a, dtype=np.int64).tobytes()).decode("ascii")


def _unpack(s: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(s), dtype=np.int64)


def name_id(name: str) -> int:
    """Relations have no id in the GraphStore protocol and chunk ids are strings: a stable 62-bit
    hash of the name stands in (the name itself is kept as the vector's label)."""
    data = name.encode("utf-8")
    return zlib.crc32(data) << 30 | (zlib.adler32(data) & 0x3FFFFFFF)


def triple_text(edge: Edge) -> str:
    return f"{edge.subject} {relation_text(edge.relation)} {edge.object}"


@dataclass
class Item:
    """One text to index: `aux` is kept beside the vector (a triple's subject id, for edge lookup)."""

    id: int
    text: str
    aux: int = 0
    label: str = ""  # kept in the metadata (relation names: relations have no store id)


class VectorIndex:
    """One faiss index and the ids, checksums and aux values of what it holds."""

    def __init__(self, kind: str, model: str, dim: int, flat_max: int = FLAT_MAX):
        self.kind, self.model, self.dim, self.flat_max = kind, model, dim, flat_max
        self.store_version = -1  # -1: never synced completely
        self.checksums: dict[int, int] = {}
        self.aux: dict[int, int] = {}  # entity kind: alias vector → its entity; triple kind: subject id
        self.labels: dict[int, str] = {}  # relation and string chunk ids: id → name
        self.deleted: set[int] = set()  # HNSW cannot remove: ids hidden from results until compaction
        self.index_type = "flat"
        self.index = _faiss().IndexIDMap2(_faiss().IndexFlatIP(dim))

    # -- contents ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self.index.ntotal) - len(self.deleted)

    def add(self, items: Sequence[Item], vectors: np.ndarray) -> None:
        if not len(items):
            return
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.shape != (len(items), self.dim):
            raise ValueError(f"{self.kind}: expected vectors of shape ({len(items)}, {self.dim}), got {vectors.shape}")
        last = {it.id: n for n, it in enumerate(items)}  # an id given twice: the last one wins
        if len(last) < len(items):
            rows = sorted(last.values())
            items, vectors = [items[n] for n in rows], vectors[rows]
        ids = np.array([it.id for it in items], dtype=np.int64)
        self.remove([i for i in ids.tolist() if i in self.checksums])  # re-adding an id replaces it
        if self.deleted.intersection(ids.tolist()):
            self._rebuild_index()  # the hidden old vector must go before its id returns
        self.index.add_with_ids(vectors, ids)
        for it in items:
            self.checksums[it.id] = _checksum(it.text)
            if it.aux:
                self.aux[it.id] = it.aux
            if it.label:
                self.labels[it.id] = it.label
        if self.index_type == "flat" and len(self) > self.flat_max:
            self._rebuild_index()

    def remove(self, ids: Iterable[int]) -> int:
        ids = [i for i in ids if i in self.checksums]
        if not ids:
            return 0
        if self.index_type == "flat":
            self.index.remove_ids(np.array(ids, dtype=np.int64))
        else:
            self.deleted.update(ids)
        for i in ids:
            self.checksums.pop(i, None)
            self.aux.pop(i, None)
            self.labels.pop(i, None)
        if len(self.deleted) > COMPACT_AT * max(1, self.index.ntotal):
            self._rebuild_index()
        return len(ids)

    def _live(self) -> tuple[np.ndarray, np.ndarray]:
        faiss = _faiss()
        ids = faiss.vector_to_array(self.index.id_map).astype(np.int64)
        vecs = faiss.downcast_index(self.index.index).reconstruct_n(0, self.index.ntotal)
        keep = np.array([i not in self.deleted for i in ids.tolist()], dtype=bool)
        return ids[keep], vecs[keep]

    def _rebuild_index(self) -> None:
        """Re-home the stored vectors in the index type their number calls for (no re-embedding)."""
        ids, vecs = self._live()
        self.index_type, self.index = make_index(self.dim, len(ids), self.flat_max)
        if len(ids):
            self.index.add_with_ids(vecs, ids)
        self.deleted.clear()

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        if not ids:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.index.reconstruct(int(i)) for i in ids])

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        return self.search_many(np.asarray(query, dtype=np.float32).reshape(1, -1), k)[0]

    def search_many(self, queries: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        if len(self) == 0 or k <= 0:
            return [[] for _ in range(len(queries))]
        fetch = min(int(self.index.ntotal), k + min(len(self.deleted), 4 * k))
        if self.index_type == "hnsw":
            _faiss().downcast_index(self.index.index).hnsw.efSearch = max(EF_SEARCH, fetch)
        scores, ids = self.index.search(np.ascontiguousarray(queries, dtype=np.float32), fetch)
        return [[(int(i), float(s)) for i, s in zip(row_i, row_s) if i >= 0 and i not in self.deleted][:k]
                for row_i, row_s in zip(ids, scores)]

    # -- persistence -------------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        """Index first, then metadata, each written to a temp file and renamed into place; the
        metadata records the index file's size, so a crash between the two is detected on load."""
        faiss = _faiss()
        directory.mkdir(parents=True, exist_ok=True)
        blob = faiss.serialize_index(self.index)
        idx_path, meta_path = directory / f"{self.kind}.faiss", directory / f"{self.kind}.json"
        with atomic_file(idx_path) as fh:
            fh.write(blob.tobytes())
        ids = np.fromiter(self.checksums, dtype=np.int64, count=len(self.checksums))
        meta = {
            "kind": self.kind, "model": self.model, "dim": self.dim, "store_version": self.store_version,
            "index_type": self.index_type, "count": len(self), "faiss_bytes": int(blob.size),
            "ids": _pack(ids), "checksums": _pack(np.array([self.checksums[i] for i in ids.tolist()], dtype=np.int64)),
            "aux": _pack(np.array([self.aux.get(i, 0) for i in ids.tolist()], dtype=np.int64)),
            "deleted": _pack(np.array(sorted(self.deleted), dtype=np.int64)),
            "labels": {str(k): v for k, v in self.labels.items()},
        }
        with atomic_file(meta_path) as fh:
            fh.write(json.dumps(meta).encode("utf-8"))

    @classmethod
    def load(cls, directory: Path, kind: str, flat_max: int = FLAT_MAX) -> "VectorIndex | None":
        """None when the kind was never indexed or its two files disagree (rebuild it)."""
        idx_path, meta_path = directory / f"{kind}.faiss", directory / f"{kind}.json"
        if not (idx_path.is_file() and meta_path.is_file()):
            return None
        faiss = _faiss()
        meta = json.loads(meta_path.read_text("utf-8"))
        blob = np.fromfile(idx_path, dtype=np.uint8)
        if blob.size != meta["faiss_bytes"]:
            return None
        self = cls.__new__(cls)
        self.kind, self.model, self.dim, self.flat_max = kind, meta["model"], int(meta["dim"]), flat_max
        self.store_version, self.index_type = int(meta["store_version"]), meta["index_type"]
        self.index = faiss.deserialize_index(blob)
        ids = _unpack(meta["ids"]).tolist()
        self.checksums = dict(zip(ids, _unpack(meta["checksums"]).tolist()))
        self.aux = {i: a for i, a in zip(ids, _unpack(meta["aux"]).tolist()) if a}
        self.deleted = set(_unpack(meta.get("deleted", "")).tolist())
        self.labels = {int(k): v for k, v in meta.get("labels", {}).items()}
        if len(self.checksums) != len(self):
            return None
        return self


def entity_hits(ix: VectorIndex, hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Alias vectors → their entity; each entity once, at its best score."""
    out: dict[int, float] = {}
    for i, score in hits:
        out.setdefault(ix.aux.get(i, i), score)
    return list(out.items())


def make_index(dim: int, n: int, flat_max: int = FLAT_MAX):
    """(type, empty index) for `n` vectors: exact inner product up to `flat_max`, HNSW beyond."""
    faiss = _faiss()
    if n <= flat_max:
        return "flat", faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
    hnsw = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = EF_CONSTRUCTION
    hnsw.hnsw.efSearch = EF_SEARCH
    return "hnsw", faiss.IndexIDMap2(hnsw)


# -- what each kind indexes ------------------------------------------------------------------
def store_items(store, kind: str, chunks: ChunkSource | None = None) -> Iterator[Item]:
    """The texts a graph holds for `kind`; text chunks come from `chunks` (ingestion's)."""
    if kind == "entity":  # names, and aliases as extra vectors owned (aux) by their entity
        for e in store.iter_entities():
            yield Item(e.id, e.name)
            for alias in e.aliases:
                yield Item(name_id(f"{e.id}\x00{alias}"), alias, aux=e.id)
    elif kind == "relation":
        for name in sorted(store.relation_counts()):
            yield Item(name_id(name), relation_text(name), label=name)
    elif kind == "triple":
        for e in store.iter_edges():
            yield Item(e.id, triple_text(e), e.subject_id)
    elif kind == "chunk":
        for cid, text, *_ in (chunks() if chunks is not None else ()):
            yield chunk_item(cid, text)
    else:
        raise ValueError(f"unknown vector kind {kind!r} (one of {', '.join(KINDS)})")


def chunk_item(chunk_id: int | str, text: str) -> Item:
    if isinstance(chunk_id, int):
        return Item(chunk_id, text)
    return Item(name_id(str(chunk_id)), text, label=str(chunk_id))


def graph_has_cjk(store, limit: int = 200_000) -> bool:
    """Whether most entity names (of the first `limit`) are Chinese/Japanese/Korean: picks the
    `auto` model. A mostly-English graph with a few CJK aliases keeps MiniLM; the ranker sends
    Chinese question words to e5 on its own."""
    cjk = total = 0
    for n, e in enumerate(store.iter_entities()):
        if n >= limit:
            break
        total += 1
        cjk += has_cjk(e.name)  # names, not aliases: English entities often carry Chinese aliases
    return total > 0 and cjk > total / 2


@dataclass
class SyncPlan:
    """What `sync` will do to one kind: texts to embed and ids to drop."""

    kind: str
    index: VectorIndex
    add: list[Item] = field(default_factory=list)
    remove: list[int] = field(default_factory=list)
    store_version: int = -1
    rebuilt: bool = False


@dataclass
class SyncStats:
    kind: str
    added: int
    removed: int
    total: int
    index_type: str
    rebuilt: bool


class VectorIndexes:
    """The vector indexes of one graph directory; each kind is loaded on first use, and again
    when another process (a second server worker, `graphrag index`) has saved it since."""

    def __init__(self, home: str | Path, flat_max: int = FLAT_MAX, chunks: ChunkSource | None = None):
        self.dir = Path(home) / "vectors"
        self.flat_max = flat_max
        self.chunks = chunks
        self._loaded: dict[str, VectorIndex | None] = {}
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._lock = threading.Lock()

    def _stamp(self, kind: str) -> tuple[int, int] | None:
        """The metadata file is renamed into place after the index: a new stamp, a complete index."""
        return stamp(self.dir / f"{kind}.json")

    def get(self, kind: str) -> VectorIndex | None:
        stamp = self._stamp(kind)
        with self._lock:
            if kind not in self._loaded or self._stamps.get(kind) != stamp:
                self._loaded[kind] = VectorIndex.load(self.dir, kind, self.flat_max)
                self._stamps[kind] = stamp
            return self._loaded[kind]

    def _saved(self, ix: VectorIndex) -> None:
        """This process wrote `ix`: keep it, no reload of what it already holds."""
        with self._lock:
            self._loaded[ix.kind] = ix
            self._stamps[ix.kind] = self._stamp(ix.kind)

    def present(self) -> list[str]:
        return [k for k in KINDS if (self.dir / f"{k}.json").is_file()]

    def model(self) -> str | None:
        """The model the existing indexes were built with (queries must use the same one)."""
        for kind in self.present():
            meta = json.loads((self.dir / f"{kind}.json").read_text("utf-8"))
            return meta["model"]
        return None

    def stale(self, store, kinds: Sequence[str] | None = None) -> list[str]:
        v = store.version()
        return [k for k in self._syncable(kinds or self.present())
                if (ix := self.get(k)) is None or ix.store_version != v]

    def _syncable(self, kinds: Sequence[str]) -> list[str]:
        """Without a chunk source the chunk index is left as it is: an empty diff would empty it."""
        return [k for k in kinds if k != "chunk" or self.chunks is not None]

    def search(self, kind: str, query_vec: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(id, score), best first; entity ids for the entity kind (an alias hit counts for its entity)."""
        ix = self.get(kind)
        if ix is None:
            return []
        if kind != "entity":
            return ix.search(query_vec, k)
        return entity_hits(ix, ix.search(query_vec, 2 * k))[:k]

    def relation_vectors(self) -> tuple[list[str], np.ndarray] | None:
        """Relation names and their stored vectors, for RelationScorer.warm(names, vectors)."""
        ix = self.get("relation")
        if ix is None:
            return None
        ids = list(ix.labels)
        return [ix.labels[i] for i in ids], ix.vectors(ids)

    # -- writing -----------------------------------------------------------------------------
    def plan(self, store, kinds: Sequence[str], model: str, dim: int, rebuild: bool = False) -> list[SyncPlan]:
        """Diff the store against each index by id and text checksum; embeds nothing."""
        version = store.version()
        plans = []
        for kind in self._syncable(kinds):
            ix = None if rebuild else self.get(kind)
            fresh = ix is None or ix.model != model or ix.dim != dim
            if fresh:
                ix = VectorIndex(kind, model, dim, self.flat_max)
            plan = SyncPlan(kind, ix, store_version=version, rebuilt=fresh)
            seen: set[int] = set()
            for item in store_items(store, kind, self.chunks):
                seen.add(item.id)
                if ix.checksums.get(item.id) != _checksum(item.text):
                    plan.add.append(item)
            plan.remove = [i for i in ix.checksums if i not in seen]
            plans.append(plan)
        return plans

    def apply(self, plans: Sequence[SyncPlan], embedder, progress: Progress | None = None,
              batch_size: int = 256) -> list[SyncStats]:
        out = []
        for p in plans:
            ix = p.index
            removed = ix.remove(p.remove)
            since_save = 0
            for i in range(0, len(p.add), batch_size):
                batch = p.add[i:i + batch_size]
                ix.add(batch, embedder.encode([it.text for it in batch], kind="passage", batch_size=batch_size))
                since_save += len(batch)
                if progress is not None:
                    progress(len(batch))
                if since_save >= SAVE_EVERY:  # checkpoint: a later sync resumes from the checksums
                    ix.store_version = -1
                    ix.save(self.dir)
                    since_save = 0
            ix.store_version = p.store_version
            ix.save(self.dir)
            self._saved(ix)
            out.append(SyncStats(p.kind, len(p.add), removed, len(ix), ix.index_type, p.rebuilt))
        return out

    def sync(self, store, embedder, kinds: Sequence[str] = ("entity", "relation"),
             progress: Progress | None = None, rebuild: bool = False) -> list[SyncStats]:
        """Make the indexes of `kinds` match the store: embed new texts, drop deleted ids."""
        return self.apply(self.plan(store, kinds, embedder.name, embedder.dim, rebuild), embedder, progress)

    def rebuild(self, store, embedder, kinds: Sequence[str] = ("entity", "relation"),
                progress: Progress | None = None) -> list[SyncStats]:
        return self.sync(store, embedder, kinds, progress, rebuild=True)

    def add_chunks(self, embedder, chunks: Iterable[tuple[int | str, str]],
                   progress: Progress | None = None) -> SyncStats:
        """Hook for ingestion: index (chunk_id, text) pairs as they are stored, without a diff."""
        ix = self.get("chunk")
        if ix is None or ix.model != embedder.name:
            ix = VectorIndex("chunk", embedder.name, embedder.dim, self.flat_max)
        items = [chunk_item(c, t) for c, t in chunks]
        todo = [it for it in items if ix.checksums.get(it.id) != _checksum(it.text)]
        return self.apply([SyncPlan("chunk", ix, todo, [], ix.store_version)], embedder, progress)[0]

    def remove_chunks(self, chunk_ids: Iterable[int | str]) -> int:
        ix = self.get("chunk")
        if ix is None:
            return 0
        n = ix.remove(chunk_item(c, "").id for c in chunk_ids)
        ix.save(self.dir)
        self._saved(ix)
        return n


# -- retrieval -------------------------------------------------------------------------------
class VectorRetriever:
    """Question → top-k facts and entities by cosine similarity; vector entity linking for when
    the lexicon finds nothing (typos, paraphrases, names in another language with e5)."""

    def __init__(self, indexes: VectorIndexes, embedder=None, *, model: str | None = None,
                 min_link_score: float | None = None):
        self.indexes = indexes
        self._embedder = embedder
        self._model = model or (embedder.name if embedder is not None else None)
        self.min_link_score = min_link_score if min_link_score is not None else LINK_MIN.get(self._model, 0.5)
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings, chunks: ChunkSource | None = None, embedder=None) -> "VectorRetriever | None":
        """None when the graph has no vector index; the embedder (unless given) loads on the first
        question. `chunks` lets `refresh` bring a chunk index up to date."""
        indexes = VectorIndexes(settings.home_path, settings.vector_flat_max, chunks)
        model = indexes.model()
        if model is None:
            return None
        wanted = settings.embed_model
        if wanted not in ("auto", model):
            raise UserError(f"the vector index of {settings.home} was built with {model!r}, not {wanted!r}: "
                            f"run `graphrag index --rebuild --model {wanted}`")
        if embedder is not None and embedder.name != model:
            raise UserError(f"the vector index of {settings.home} was built with {model!r}, not {embedder.name!r}")
        return cls(indexes, embedder, model=model)

    @property
    def embedder(self):
        with self._lock:
            if self._embedder is None:
                from graphrag.embed import load_embedder

                self._embedder = load_embedder(self._model)
            return self._embedder

    def refresh(self, store, progress: Progress | None = None) -> list[SyncStats]:
        """After writes: bring the kinds that exist on disk up to date (incremental)."""
        kinds = self.indexes.stale(store)
        return self.indexes.sync(store, self.embedder, kinds, progress) if kinds else []

    def embed_question(self, question: str) -> np.ndarray:
        return self.embedder.encode([question], kind="query")[0]

    def search_facts(self, question: str, k: int) -> list[tuple[int, float]]:
        """Triple ids by similarity; [] when triples were not indexed (`graphrag index --kinds triple`)."""
        if self.indexes.get("triple") is None:
            return []
        return self.indexes.search("triple", self.embed_question(question), k)

    def search_entities(self, question: str, k: int) -> list[tuple[int, float]]:
        return self.indexes.search("entity", self.embed_question(question), k)

    def search_chunks(self, question: str, k: int) -> list[tuple[int | str, float]]:
        """Chunk ids (as ingestion named them) by similarity."""
        ix = self.indexes.get("chunk")
        if ix is None:
            return []
        return [(ix.labels.get(i, i), s) for i, s in ix.search(self.embed_question(question), k)]

    def edges(self, ids: Sequence[int], store) -> list[Edge]:
        """Edges for triple ids: by id where the store reads them so (`PathStore`), else among the
        out-edges of their subjects (kept beside each triple vector)."""
        walk = path_store(store)
        found = {e.id: e for e in walk.get_edges(ids)}
        missing = [i for i in ids if i not in found]
        ix = self.indexes.get("triple") if missing else None
        subjects = sorted({ix.aux[i] for i in missing if i in ix.aux}) if ix is not None else []
        if subjects:
            wanted = set(missing)
            found.update((e.id, e) for e in store.neighbors(subjects, direction="out") if e.id in wanted)
        return [found[i] for i in ids if i in found]

    def link_fallback(self, question: str, store, k: int = 3) -> list[LinkedEntity]:
        """Entities nearest the whole question (measured better than embedding word spans: 58 vs
        23 of 130 typo'd MetaQA questions), above `min_link_score`; the mention is the question
        span that best matches the entity's name or alias (rapidfuzz alignment)."""
        ix = self.indexes.get("entity")
        if ix is None or not question.strip():
            return []
        text = unicodedata.normalize("NFKC", question)
        hits = [(i, s) for i, s in ix.search(self.embed_question(question), 4 * k) if s >= self.min_link_score]
        # best hit per entity, remembering which vector (name or alias) matched
        best: dict[int, tuple[int, float]] = {}
        for vid, score in hits:
            best.setdefault(ix.aux.get(vid, vid), (vid, score))
        ents = {e.id: e for e in store.get_entities(list(best))}
        out = []
        for eid, (vid, score) in best.items():
            if eid not in ents:
                continue
            a, b = _mention(text, ix.labels.get(vid) or _alias_or_name(ents[eid], vid))
            out.append(LinkedEntity(eid, ents[eid].name, text[a:b], a, b, round(score, 4), "vector"))
            if len(out) >= k:
                break
        return out


def _alias_or_name(entity, vector_id: int) -> str:
    for alias in entity.aliases:
        if name_id(f"{entity.id}\x00{alias}") == vector_id:
            return alias
    return entity.name


def _mention(text: str, name: str) -> tuple[int, int]:
    """Span of `text` most like `name`; the whole text when nothing aligns."""
    from rapidfuzz import fuzz

    folded = text.casefold()
    if len(folded) != len(text):
        return 0, len(text)
    al = fuzz.partial_ratio_alignment(name.casefold(), folded)
    if al is None or al.score < 50:
        return 0, len(text)
    a, b = al.dest_start, al.dest_end
    while a > 0 and text[a - 1].isalnum():  # widen to whole words
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    return a, b


def question_spans(question: str, max_words: int = 4) -> tuple[str, list[tuple[int, int]]]:
    """Candidate mention spans: word n-grams that neither start nor end with a stopword."""
    text, toks = question_tokens(question)
    spans: list[tuple[int, int]] = []
    for n in range(1, max_words + 1):
        for i in range(len(toks) - n + 1):
            first, last = toks[i], toks[i + n - 1]
            if first.norm in STOPWORDS or last.norm in STOPWORDS:
                continue
            if n == 1 and len(first.norm) < 3 and not has_cjk(first.raw):
                continue
            spans.append((first.start, last.end))
    return text, spans
