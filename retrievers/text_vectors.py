"""Vectors of texts made at ingest or load time, so no question waits for them: the ingested
documents' sentences (passage recall reads a sentence by its meaning as well as by its words),
a sample of each relation's facts (relations read by their facts, retrievers/relations.py) and
the example names of each relation's sides (an asked-for noun read against them,
retrievers/answer_type.py).

Kept beside the store (temp file + rename), keyed by a hash of each text and stamped with the
model that made them: another model's file is ignored and rebuilt. A text with no stored vector
(written by a process without the model) is embedded when first needed and kept in memory.
"""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Iterable, Protocol

import numpy as np

from graphrag.files import atomic_file

SENTENCES_FILE = "sentences.npz"
FORMAT = 1


def facts_file(model: str) -> str:
    """The relation facts' vectors of one model (two models read relations: one file each)."""
    return f"relation_facts.{re.sub(r'[^A-Za-z0-9_.-]+', '_', model).strip('._')[-60:]}.npz"


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str], kind: str = "passage") -> np.ndarray: ...


def key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest()


class TextVectors:
    def __init__(self, model: str, vectors: dict[bytes, np.ndarray] | None = None, file: str = SENTENCES_FILE):
        self.model = model
        self.vectors = vectors or {}
        self.file = file

    def __len__(self) -> int:
        return len(self.vectors)

    def add(self, encoder: Encoder, texts: Iterable[str], progress: bool = False) -> int:
        """Embed the texts that have no vector yet; how many were embedded."""
        todo = {key(t): t for t in texts}
        todo = {k: t for k, t in todo.items() if k not in self.vectors}
        if todo:
            vecs = encoder.encode(list(todo.values()), kind="passage", **({"progress": True} if progress else {}))
            self.vectors.update(zip(todo, np.asarray(vecs, dtype=np.float32)))
        return len(todo)

    def keep(self, texts: Iterable[str]) -> int:
        """Forget the vectors of texts no longer wanted (a document changed or was forgotten,
        a relation's sample moved); how many were dropped."""
        wanted = {key(t) for t in texts}
        gone = [k for k in list(self.vectors) if k not in wanted]
        for k in gone:
            self.vectors.pop(k, None)
        return len(gone)

    def find(self, text: str) -> np.ndarray | None:
        """The stored vector of `text`, or None (nothing is embedded)."""
        return self.vectors.get(key(text))

    def get(self, encoder: Encoder, texts: list[str]) -> np.ndarray:
        """Each text's vector, shape (len(texts), dim); a text with no vector is embedded now and
        kept. Reads a vector once, so a concurrent `keep` cannot pull it away."""
        keys = [key(t) for t in texts]
        have = {k: self.vectors.get(k) for k in keys}
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if have[k] is None))
        if todo:
            for t, v in zip(todo, np.asarray(encoder.encode(todo, kind="passage"), dtype=np.float32)):
                have[key(t)] = self.vectors[key(t)] = v
        return np.stack([have[k] for k in keys]) if keys else np.zeros((0, 0), np.float32)

    def similarities(self, encoder: Encoder, question: str, texts: list[str]) -> np.ndarray:
        """Cosine of the question and each text (vectors are normalised)."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        q = np.asarray(encoder.encode([question], kind="query"), dtype=np.float32)[0]
        return (self.get(encoder, texts) @ q).astype(np.float32)

    def save(self, home: str | Path) -> Path:
        path = Path(home) / self.file
        items = list(self.vectors.items())
        buf = io.BytesIO()
        np.savez(buf, format=np.int64(FORMAT), model=np.array(self.model),
                 keys=np.array([k for k, _ in items], dtype="S12"),
                 vectors=np.stack([v for _, v in items]) if items else np.zeros((0, 0), np.float32))
        with atomic_file(path) as fh:
            fh.write(buf.getvalue())
        return path

    @classmethod
    def load(cls, home: str | Path | None, model: str, file: str = SENTENCES_FILE) -> "TextVectors":
        """The saved vectors of `model`; empty when missing, unreadable, of another format or
        of another model."""
        if home is None:
            return cls(model, file=file)
        try:
            with np.load(Path(home) / file) as z:
                if int(z["format"]) != FORMAT or str(z["model"]) != model:
                    return cls(model, file=file)
                return cls(model, dict(zip((bytes(k) for k in z["keys"]), z["vectors"])), file)
        except (OSError, ValueError, KeyError, EOFError, zlib.error, zipfile.BadZipFile):
            return cls(model, file=file)
