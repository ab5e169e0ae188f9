"""Vector indexes beside the graph store, and vector recall as a retriever.

Four kinds live in `<graph dir>/vectors/`: entity names, relation names, verbalised triples
("Kismet directed by William Dieterle") and text chunks. Each kind is one faiss index
(`<kind>.faiss`) plus `<kind>.json` (model, dim, store version, and per id a checksum of the
text that was embedded). `sync` compares those checksums with the store, so loading new triples
embeds only the new texts and deleted ones are removed; nothing is rebuilt unless asked.

Index type by size: exact inner product (IndexFlatIP in IndexIDMap2) up to `flat_max` vectors,
IVF past it (IndexIVFFlat: approximate, supports add and remove by id, unlike HNSW). The switch
happens when an index grows past the threshold; `rebuild` retrains the IVF centroids.
"""
from __future__ import annotations

import base64
import json
import math
import os
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from graphrag.errors import UserError
from graphrag.normalize import has_cjk
from graphrag.types import Edge, LinkedEntity
from graphrag.retrievers.relations import relation_text
from graphrag.retrievers.text import STOPWORDS, question_tokens

KINDS = ("entity", "relation", "triple", "chunk")
FLAT_MAX = 50_000  # exact search up to here; IVF beyond (see README: recall vs speed)
NPROBE = 32  # IVF lists probed per query; measured recall@10 ≥ 0.97 at 100k vectors
SAVE_EVERY = 50_000  # vectors embedded between checkpoints of a long sync

Progress = Callable[[int], None]


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


def relation_id(name: str) -> int:
    """Relations have no id in the GraphStore protocol: a stable 62-bit hash of the name stands in."""
    return zlib.crc32(name.encode("utf-8")) << 30 | (zlib.adler32(name.encode("utf-8")) & 0x3FFFFFFF)


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
        self.aux: dict[int, int] = {}
        self.labels: dict[int, str] = {}  # relation kind: id → relation name
        self.index = _faiss().IndexIDMap2(_faiss().IndexFlatIP(dim))

    # -- contents ----------------------------------------------------------------------------
    @property
    def index_type(self) -> str:
        return "ivf" if hasattr(self.index, "nprobe") else "flat"

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def add(self, items: Sequence[Item], vectors: np.ndarray) -> None:
        if not len(items):
            return
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.shape != (len(items), self.dim):
            raise ValueError(f"{self.kind}: expected vectors of shape ({len(items)}, {self.dim}), got {vectors.shape}")
        ids = np.array([it.id for it in items], dtype=np.int64)
        self.remove([i for i in ids.tolist() if i in self.checksums])  # re-adding an id replaces it
        self.index.add_with_ids(vectors, ids)
        for it in items:
            self.checksums[it.id] = _checksum(it.text)
            if it.aux:
                self.aux[it.id] = it.aux
            if it.label:
                self.labels[it.id] = it.label
        if self.index_type == "flat" and len(self) > self.flat_max:
            self._to_ivf()

    def remove(self, ids: Iterable[int]) -> int:
        ids = [i for i in ids if i in self.checksums]
        if not ids:
            return 0
        self.index.remove_ids(np.array(ids, dtype=np.int64))
        for i in ids:
            self.checksums.pop(i, None)
            self.aux.pop(i, None)
            self.labels.pop(i, None)
        return len(ids)

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        """Stored vectors (flat indexes only: the relation kind is always small)."""
        if self.index_type != "flat":
            raise ValueError("vectors() needs a flat index")
        if not ids:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.index.reconstruct(int(i)) for i in ids])

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        return self.search_many(np.asarray(query, dtype=np.float32).reshape(1, -1), k)[0]

    def search_many(self, queries: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        if len(self) == 0 or k <= 0:
            return [[] for _ in range(len(queries))]
        scores, ids = self.index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, len(self)))
        return [[(int(i), float(s)) for i, s in zip(row_i, row_s) if i >= 0] for row_i, row_s in zip(ids, scores)]

    def _to_ivf(self) -> None:
        """Past `flat_max`: cluster the stored vectors (~4·√n lists) and move them into an IVF index."""
        faiss = _faiss()
        flat = self.index
        ids = faiss.vector_to_array(flat.id_map).astype(np.int64)
        vecs = flat.index.reconstruct_n(0, flat.ntotal)
        self.index = build_ivf(vecs, ids, self.dim)

    # -- persistence -------------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        """Index first, then metadata, each written to a temp file and renamed into place; the
        metadata records the index file's size, so a crash between the two is detected on load."""
        faiss = _faiss()
        directory.mkdir(parents=True, exist_ok=True)
        blob = faiss.serialize_index(self.index)
        idx_path, meta_path = directory / f"{self.kind}.faiss", directory / f"{self.kind}.json"
        _atomic_write(idx_path, blob.tobytes())
        ids = np.fromiter(self.checksums, dtype=np.int64, count=len(self.checksums))
        meta = {
            "kind": self.kind, "model": self.model, "dim": self.dim, "store_version": self.store_version,
            "index_type": self.index_type, "count": len(self), "faiss_bytes": int(blob.size),
            "ids": _pack(ids), "checksums": _pack(np.array([self.checksums[i] for i in ids.tolist()], dtype=np.int64)),
            "aux": _pack(np.array([self.aux.get(i, 0) for i in ids.tolist()], dtype=np.int64)),
            "labels": {str(k): v for k, v in self.labels.items()},
        }
        _atomic_write(meta_path, json.dumps(meta).encode("utf-8"))

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
        self.store_version = int(meta["store_version"])
        self.index = faiss.deserialize_index(blob)
        if hasattr(self.index, "nprobe"):
            self.index.nprobe = NPROBE
        ids = _unpack(meta["ids"]).tolist()
        self.checksums = dict(zip(ids, _unpack(meta["checksums"]).tolist()))
        self.aux = {i: a for i, a in zip(ids, _unpack(meta["aux"]).tolist()) if a}
        self.labels = {int(k): v for k, v in meta.get("labels", {}).items()}
        if len(self.checksums) != self.index.ntotal:
            return None
        return self


def build_ivf(vecs: np.ndarray, ids: np.ndarray, dim: int, nlist: int | None = None):
    """IVF over inner product, trained on (a sample of) `vecs`; ~4·√n lists."""
    faiss = _faiss()
    n = len(vecs)
    nlist = nlist or max(16, min(65_536, int(4 * math.sqrt(n))))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vecs if n <= 64 * nlist else vecs[np.random.default_rng(0).choice(n, 64 * nlist, replace=False)]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.add_with_ids(np.ascontiguousarray(vecs, dtype=np.float32), ids)
    index.nprobe = NPROBE
    return index


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# -- what each kind indexes ------------------------------------------------------------------
def store_items(store, kind: str) -> Iterator[Item]:
    """The texts a store holds for `kind`. Chunks come from `store.iter_chunks()` → (id, text)
    when the store has text chunks (ingestion); otherwise there are none."""
    if kind == "entity":
        for e in store.iter_entities():
            yield Item(e.id, e.name)
    elif kind == "relation":
        for name in sorted(store.relation_counts()):
            yield Item(relation_id(name), relation_text(name), label=name)
    elif kind == "triple":
        for e in store.iter_edges():
            yield Item(e.id, triple_text(e), e.subject_id)
    elif kind == "chunk":
        for cid, text in chunk_source(store) or ():
            yield Item(int(cid), text)
    else:
        raise ValueError(f"unknown vector kind {kind!r} (one of {', '.join(KINDS)})")


def chunk_source(store) -> Iterable[tuple[int, str]] | None:
    """Hook for ingestion: a store with text chunks exposes `iter_chunks()` yielding (chunk_id, text)."""
    it = getattr(store, "iter_chunks", None)
    return it() if callable(it) else None


def graph_has_cjk(store, limit: int = 200_000) -> bool:
    """Whether any entity name (of the first `limit`) has CJK characters: picks the `auto` model."""
    for n, e in enumerate(store.iter_entities()):
        if n >= limit:
            break
        if has_cjk(e.name) or any(has_cjk(a) for a in e.aliases):
            return True
    return False


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
    """The vector indexes of one graph directory; each kind is loaded on first use."""

    def __init__(self, home: str | Path, flat_max: int = FLAT_MAX):
        self.dir = Path(home) / "vectors"
        self.flat_max = flat_max
        self._loaded: dict[str, VectorIndex | None] = {}
        self._lock = threading.Lock()

    def get(self, kind: str) -> VectorIndex | None:
        with self._lock:
            if kind not in self._loaded:
                self._loaded[kind] = VectorIndex.load(self.dir, kind, self.flat_max)
            return self._loaded[kind]

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
        return [k for k in (kinds or self.present()) if (ix := self.get(k)) is None or ix.store_version != v]

    def search(self, kind: str, query_vec: np.ndarray, k: int) -> list[tuple[int, float]]:
        ix = self.get(kind)
        return ix.search(query_vec, k) if ix is not None else []

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
        for kind in kinds:
            ix = None if rebuild else self.get(kind)
            fresh = ix is None or ix.model != model or ix.dim != dim
            if fresh:
                ix = VectorIndex(kind, model, dim, self.flat_max)
            plan = SyncPlan(kind, ix, store_version=version, rebuilt=fresh)
            seen: set[int] = set()
            for item in store_items(store, kind):
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
            with self._lock:
                self._loaded[p.kind] = ix
            out.append(SyncStats(p.kind, len(p.add), removed, len(ix), ix.index_type, p.rebuilt))
        return out

    def sync(self, store, embedder, kinds: Sequence[str] = ("entity", "relation"),
             progress: Progress | None = None, rebuild: bool = False) -> list[SyncStats]:
        """Make the indexes of `kinds` match the store: embed new texts, drop deleted ids."""
        return self.apply(self.plan(store, kinds, embedder.name, embedder.dim, rebuild), embedder, progress)

    def rebuild(self, store, embedder, kinds: Sequence[str] = ("entity", "relation"),
                progress: Progress | None = None) -> list[SyncStats]:
        return self.sync(store, embedder, kinds, progress, rebuild=True)

    def add_chunks(self, embedder, chunks: Iterable[tuple[int, str]], progress: Progress | None = None) -> SyncStats:
        """Hook for ingestion: index (chunk_id, text) pairs as they are stored, without a store diff."""
        ix = self.get("chunk")
        if ix is None or ix.model != embedder.name:
            ix = VectorIndex("chunk", embedder.name, embedder.dim, self.flat_max)
        plan = SyncPlan("chunk", ix, [Item(int(c), t) for c, t in chunks], [], ix.store_version)
        return self.apply([plan], embedder, progress)[0]

    def remove_chunks(self, ids: Iterable[int]) -> int:
        ix = self.get("chunk")
        if ix is None:
            return 0
        n = ix.remove(int(i) for i in ids)
        ix.save(self.dir)
        return n


# -- retrieval -------------------------------------------------------------------------------
class VectorRetriever:
    """Question → top-k facts and entities by cosine similarity; vector entity linking for when
    the lexicon finds nothing (typos, paraphrases, names in another language with e5)."""

    def __init__(self, indexes: VectorIndexes, embedder=None, *, model: str | None = None,
                 min_link_score: float = 0.6):
        self.indexes = indexes
        self._embedder = embedder
        self._model = model or (embedder.name if embedder is not None else None)
        self.min_link_score = min_link_score
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings) -> "VectorRetriever | None":
        """None when the graph has no vector index; the embedder loads on the first question."""
        indexes = VectorIndexes(settings.home_path)
        model = indexes.model()
        if model is None:
            return None
        wanted = settings.embed_model
        if wanted not in ("auto", model):
            raise UserError(f"the vector index of {settings.home} was built with {model!r}, not {wanted!r}: "
                            f"run `graphrag index --rebuild --model {wanted}`")
        return cls(indexes, model=model)

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

    def search_chunks(self, question: str, k: int) -> list[tuple[int, float]]:
        return self.indexes.search("chunk", self.embed_question(question), k)

    def edges(self, ids: Sequence[int], store) -> list[Edge]:
        """Edges for triple ids, via the subject id kept beside each triple vector."""
        getter = getattr(store, "get_edges", None)
        if callable(getter):
            return list(getter(ids))
        ix = self.indexes.get("triple")
        if ix is None:
            return []
        wanted = set(ids)
        subjects = list(dict.fromkeys(ix.aux[i] for i in ids if i in ix.aux))
        found = {e.id: e for e in store.neighbors(subjects, direction="out") if e.id in wanted}
        return [found[i] for i in ids if i in found]

    def link_fallback(self, question: str, store, k: int = 3) -> list[LinkedEntity]:
        """Embed the question's word spans (1–4 words, not only stopwords; CJK runs whole) and
        keep the best non-overlapping span → entity matches above `min_link_score`."""
        ix = self.indexes.get("entity")
        if ix is None or not question.strip():
            return []
        text, spans = question_spans(question)
        if not spans:
            return []
        vecs = self.embedder.encode([text[a:b] for a, b in spans], kind="query")
        hits = ix.search_many(vecs, 3)
        cands = sorted(((score, (a, b), eid) for (a, b), row in zip(spans, hits) for eid, score in row
                        if score >= self.min_link_score), key=lambda c: -c[0])
        chosen: list[tuple[float, tuple[int, int], int]] = []
        for score, (a, b), eid in cands:
            if any(eid == c[2] for c in chosen):
                continue
            if all(b <= c[1][0] or a >= c[1][1] or (a, b) == c[1] for c in chosen):
                chosen.append((score, (a, b), eid))
            if len(chosen) >= k:
                break
        names = {e.id: e.name for e in store.get_entities([c[2] for c in chosen])}
        return [LinkedEntity(eid, names[eid], text[a:b], a, b, round(score, 4), "vector")
                for score, (a, b), eid in chosen if eid in names]


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
