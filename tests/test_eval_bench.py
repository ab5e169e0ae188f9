"""The LlamaIndex anchor of bench/: our store behind llama-index's GraphStore protocol, LLM-free."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from common import answers_from_facts  # noqa: E402

from graphrag.pipeline import GraphRAG  # noqa: E402
from graphrag.settings import Settings  # noqa: E402
from graphrag.types import Triple  # noqa: E402


@pytest.fixture()
def rag(tmp_path):
    r = GraphRAG(Settings.load(tmp_path / "g", vector=False))
    r.store.upsert_triples([Triple("Jaws", "directed_by", "Steven Spielberg"),
                            Triple("Duel", "directed_by", "Steven Spielberg"),
                            Triple("Jaws", "written_by", "Peter Benchley"),
                            Triple("The Deep", "written_by", "Peter Benchley")])
    r.refresh()
    yield r
    r.close()


def test_adapter_walks_both_directions_to_depth_and_limit(rag):
    pytest.importorskip("llama_index.core")
    from llamaindex_rag import StoreGraphAdapter

    a = StoreGraphAdapter(rag.store)
    seqs = a.get_rel_map(["Steven Spielberg"], depth=2, limit=30)["Steven Spielberg"]
    assert "Steven Spielberg <-[directed_by]- Jaws" in seqs
    assert "Steven Spielberg <-[directed_by]- Jaws -[written_by]-> Peter Benchley" in seqs
    assert not any("The Deep" in s for s in seqs)  # three hops away
    assert len(a.get_rel_map(["Steven Spielberg"], depth=2, limit=2)["Steven Spielberg"]) == 2
    assert [s.count("-[") for s in seqs] == [1, 1, 2]  # shorter paths first; no edge walked twice
    assert a.get("Jaws") == [["directed_by", "Steven Spielberg"], ["written_by", "Peter Benchley"]]


def test_llamaindex_retriever_runs_without_an_llm(rag):
    pytest.importorskip("llama_index.core")
    from graphrag.tokens import default_counter
    from llamaindex_rag import LlamaIndexGraphRAG

    anchor = LlamaIndexGraphRAG(rag, default_counter())
    assert (anchor.depth, anchor.max_sequences) == (2, 30)  # the retriever's defaults are kept
    out = anchor.retrieve("who directed Jaws")
    assert out.entities == ["Jaws"]
    assert ("Jaws", "directed_by", "Steven Spielberg") in out.facts
    assert "Jaws -[directed_by]-> Steven Spielberg" in out.context and out.tokens > 0
    assert anchor.retrieve("nothing known here").facts == []


def test_answer_rule_skips_names_in_the_question():
    facts = [("Jaws", "directed_by", "Steven Spielberg"), ("Jaws", "written_by", "Peter Benchley")]
    assert answers_from_facts("who directed Jaws", facts) == ["Steven Spielberg", "Peter Benchley"]
    assert answers_from_facts("who directed jaws?", []) == []
