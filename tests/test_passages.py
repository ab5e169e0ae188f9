"""Answers from text when the graph lacks the fact: sentences of ingested documents (a real PDF
and .txt files) recalled by BM25 (and by the chunk vectors once `graphrag index` embedded them),
quoted in the fact block within its budget, and given as an answer labelled `passage` with its
file, page and version, through the real `graphrag` command."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cli_run import graphrag
from fixtures.ingest_docs import english_pdf
from graphrag.answer import extractive, with_llm
from graphrag.factblock import RankedEdge
from graphrag.retrievers.passages import PassageRecall, fit, question_terms, sentences, terms
from graphrag.tokens import default_counter
from graphrag.types import Edge, Passage, Retrieval

PDF_PAGES = ["Marie Curie was born in Warsaw.",
             "The laboratory notebooks of Marie Curie are kept in lead-lined boxes at the national library."]
ZH = "鲁迅出生于绍兴。鲁迅的作品被翻译成五十多种语言，在世界各地出版。"


def ask(graph: Path, question: str) -> dict:
    return json.loads(graphrag("ask", question, "--graph", graph, "--json", "--no-demo").stdout)


def version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8]


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> tuple[Path, Path, Path]:
    d = tmp_path_factory.mktemp("passages")
    pdf = english_pdf(d / "curie.pdf", PDF_PAGES)
    zh = d / "luxun.txt"
    zh.write_text(ZH, encoding="utf-8")
    graphrag("ingest", pdf, zh, "--graph", d / "graph", "--quiet")
    return d / "graph", pdf, zh


def test_a_fact_only_in_the_text_is_answered_from_a_cited_passage(graph):
    g, pdf, _ = graph
    r = ask(g, "Where are the notebooks of Marie Curie kept?")
    assert r["kind"] == "passage" and r["cited"] == ["P1"]
    p = r["passages"][0]
    assert p["id"] == "P1" and p["source"] == f"curie.pdf#p2@{version(pdf)}" and p["method"] == "bm25"
    assert p["text"] == PDF_PAGES[1] and p["coverage"] == 1.0
    assert PDF_PAGES[1] in r["answer"] and "[P1]" in r["answer"] and "not a fact of the graph" in r["answer"]
    assert f'[P1] curie.pdf#p2@{version(pdf)}: "{PDF_PAGES[1]}"' in r["fact_block"]
    # the graph's only fact about her is not the answer, and is not given as one
    assert "Warsaw" not in r["answer"]


def test_chinese_text_is_recalled_by_character_bigrams(graph):
    g, _, zh = graph
    r = ask(g, "鲁迅的作品被翻译成多少种语言？")
    assert r["kind"] == "passage" and r["passages"][0]["text"] == "鲁迅的作品被翻译成五十多种语言，在世界各地出版。"
    assert r["passages"][0]["source"] == f"luxun.txt#L1@{version(zh)}"


def test_a_fact_in_the_graph_is_still_answered_from_the_graph(graph):
    g, pdf, _ = graph
    r = ask(g, "Where was Marie Curie born?")
    assert r["kind"] == "fact" and r["answers"][0] == "Warsaw" and r["cited"] == ["F1"]
    # the supporting sentence is in the block too, for an LLM, after the facts
    assert r["fact_block"].index("[F1]") < r["fact_block"].index("[P1]")
    zh = ask(g, "鲁迅出生在哪里？")
    assert zh["kind"] == "fact" and zh["answers"][0] == "绍兴"


def test_no_passage_no_fact_is_an_honest_i_dont_know(graph):
    g, _, _ = graph
    r = ask(g, "Who painted the Mona Lisa?")
    assert r["kind"] == "none" and r["answer"].startswith("I don't know") and r["passages"] == []


def test_sentences_end_at_punctuation_and_line_breaks_not_at_abbreviations():
    text = "Acme AG\n\nDr. Jane Doe met J. Smith in the U.S. in 1900. She left! 鲁迅出生于绍兴。他写作"
    assert sentences(text) == ["Acme AG", "Dr. Jane Doe met J. Smith in the U.S. in 1900.", "She left!",
                               "鲁迅出生于绍兴。", "他写作"]


def test_terms_fold_stem_and_split_chinese_into_bigrams():
    assert terms("Where was Marie Curie born?") == terms("Marie Curie, born") == ["mari", "curi", "born"]
    assert terms("founded, Founder, found") == ["found"] * 3
    assert terms("die") == terms("died") and terms("married") == terms("marry") and terms("cities") == terms("city")
    assert terms("鲁迅出生在哪里") == ["鲁迅", "迅出", "出生"]  # 在, 哪 are function characters
    assert question_terms("How many languages was it translated into?") == terms("language translated")


def test_recall_prefers_the_sentence_that_covers_the_question(tmp_path):
    from graphrag.ingest.pipeline import ingest_paths
    from graphrag.settings import Settings
    from graphrag.store.sqlite import SQLiteGraphStore

    a = tmp_path / "a.txt"
    a.write_text("The Zephyr kettle is sold in Oslo. The Zephyr kettle boils water in ninety seconds.\n"
                 "Oslo is a city.", encoding="utf-8")
    settings = Settings.load(tmp_path / "g")
    with SQLiteGraphStore(settings.home_path) as store:
        ingest_paths([a], store, settings)
    from graphrag.ingest.docstore import chunks_stamp, iter_chunks

    home = settings.home_path
    recall = PassageRecall(lambda: iter_chunks(home), lambda: chunks_stamp(home))
    got = recall.recall("How fast does the Zephyr kettle boil water?", 3)
    assert got[0].text == "The Zephyr kettle boils water in ninety seconds."
    assert got[0].coverage > 0.9 and got[0].source.startswith("a.txt#L1@")
    assert recall.recall("Who wrote Hamlet?", 3) == []  # no shared word, no passage
    # a sentence that only repeats the question's names says nothing about what was asked
    assert recall.recall("What does the Zephyr kettle cost?", 3, mentions=["Zephyr kettle"]) == []
    assert recall.recall("What does the Zephyr kettle cost?", 3)  # without mentions: names alone match
    # a new document is seen by the next question (the keyword index follows documents.sqlite)
    b = tmp_path / "b.txt"
    b.write_text("Hamlet was written by William Shakespeare.", encoding="utf-8")
    with SQLiteGraphStore(settings.home_path) as store:
        ingest_paths([b], store, settings)
    assert recall.recall("Who wrote Hamlet?", 3)[0].text == "Hamlet was written by William Shakespeare."


def _passages(n: int) -> list[Passage]:
    return [Passage(f"P{i}", f"Sentence number {i} is about the topic in some words.", f"d.pdf#p{i}@abcdef12",
                    1.0, 0.8, "bm25") for i in range(1, n + 1)]


def _candidates(n: int) -> list[RankedEdge]:
    return [RankedEdge(Edge(i, 1, "Subject", f"relation {i}", 100 + i, f"Object {i}"), 1.0 / i, {})
            for i in range(1, n + 1)]


@pytest.mark.parametrize("budget", [20, 60, 120, 512])
def test_passages_fit_in_the_fact_block_budget_whole_and_after_the_facts(budget):
    counter = default_counter("cl100k_base")
    facts, block, tokens, kept = fit(_candidates(40), _passages(5), counter, budget, 0.34)
    assert tokens == counter.count(block) <= budget
    for p in kept:  # whole sentences or nothing
        assert f'[{p.id}] {p.source}: "{p.text}"' in block
    assert [p.id for p in kept] == [f"P{i}" for i in range(1, len(kept) + 1)]
    if kept and facts:
        assert block.index(f"[{facts[-1].id}]") < block.index("Passages:")
    if budget == 512:
        assert len(kept) >= 2 and len(facts) >= 10
    # with no fact the passages may use the whole budget
    _, alone, t, kept_alone = fit([], _passages(5), counter, budget, 0.34)
    assert t <= budget and len(kept_alone) >= len(kept)


class CitingModel:
    """Stands in for an answering LLM (none runs here): replies with a fixed text."""

    name = "scripted"

    def __init__(self, reply: str):
        self.reply = reply

    def complete(self, messages, **kw) -> str:
        assert "[P1]" in messages[-1]["content"]  # the passages reach the model
        return self.reply


def test_an_llm_answer_citing_only_passages_is_labelled_passage():
    p = _passages(1)
    r = Retrieval("q?", [], [], 'Passages:\n[P1] d.pdf#p1@abcdef12: "x"', 10, [], passages=p)
    a = with_llm(r, CitingModel("ninety seconds [P1]"))
    assert (a.kind, a.cited) == ("passage", ["P1"])
    assert with_llm(r, CitingModel("I don't know.")).kind == "none"
    ext = extractive(r)  # no model: the passage itself (its coverage 0.8 ≥ what a passage alone needs)
    assert ext.kind == "passage" and ext.cited == ["P1"] and "d.pdf#p1@abcdef12" in ext.text


@pytest.mark.slow
def test_chunk_vectors_recall_passages_after_graphrag_index(graph, tmp_path):
    pytest.importorskip("faiss")
    pytest.importorskip("sentence_transformers")
    import shutil

    g = tmp_path / "indexed"
    shutil.copytree(graph[0], g)
    graphrag("index", "--graph", g, "--quiet")
    r = ask(g, "Where are the notebooks of Marie Curie kept?")
    assert r["kind"] == "passage" and r["passages"][0]["method"] == "vector"
    assert r["passages"][0]["text"] == PDF_PAGES[1]


def test_the_answerer_reads_the_chunk_a_fact_cites():
    # the sentence a document fact came from travels with the retrieval (no module-level cache):
    # known sources give their chunk's text, unknown ones nothing, and no chunks no lookup
    rows = [("c1", "The hall was begun in 1901. It was completed in 1904.", "hall.txt#L1@ab12cd34"),
            ("c2", "Its first director was Ann Berg.", "hall.txt#L3@ab12cd34")]
    recall = PassageRecall(lambda: iter(rows), lambda: 1)
    assert recall.texts(["hall.txt#L3@ab12cd34", "other.txt#L1@00000000", ""]) == {
        "hall.txt#L3@ab12cd34": "Its first director was Ann Berg."}
    assert PassageRecall(lambda: iter(()), lambda: None).texts(["hall.txt#L3@ab12cd34"]) == {}


def test_a_sentence_is_about_the_name_its_document_is_titled_by():
    # (heldout_s12: "What is the capital of Madeira?" declined "… live in Funchal, the capital",
    # which names no island): in a document titled by the question's name the name is implied
    rows = [("v0", "Vellmark\n\nVellmark is an island in the Norland Sea.", "vellmark.txt#L1@ab12cd34"),
            ("v1", "Nearly half of its people live in Brask, the capital, on the south coast.",
             "vellmark.txt#L3@ab12cd34"),
            ("t0", "The Tarn valley has a mild climate. Its capital is Sorn.", "tarn.txt#L1@cd34ef56")]
    recall = PassageRecall(lambda: iter(rows), lambda: 1)
    got = recall.recall("What is the capital of Vellmark?", 3, mentions=["Vellmark"])
    assert got[0].text.startswith("Nearly half") and got[0].coverage > 0.9
    assert [p.coverage for p in got if p.source.startswith("tarn")][0] < 0.5  # untitled: named or not at all


def test_a_chinese_question_is_cut_into_words_before_its_bigrams(tmp_path):
    # "哪一年开工" gives the bigram 年开, which spans two words and which no answering sentence
    # holds; the linker's jieba cuts the question first, so the sentence covers all it asks
    doc = tmp_path / "dasheng.txt"
    doc.write_text("大生\n\n1899年，张謇创办的大生在南通开工，最初只有两万枚纱锭。\n", encoding="utf-8")
    graphrag("ingest", doc, "--graph", tmp_path / "g", "--quiet")
    r = ask(tmp_path / "g", "大生是哪一年开工的？")
    assert r["kind"] == "passage" and r["passages"][0]["coverage"] == 1.0 and "1899年" in r["answer"]
    assert question_terms("大生是哪一年开工的？") == ["年开", "开工"]  # without a segmenter, as before
