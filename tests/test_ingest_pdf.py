"""End to end: real PDFs (generated with reportlab) → `graphrag ingest` → `graphrag ask`;
bad files, OCR, re-runs and dry runs."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import cli_run
from fixtures.ingest_docs import (chinese_pdf, corrupt_pdf, encrypted_pdf, english_pdf, scanned_pdf)
from graphrag.ingest.docstore import iter_chunks
from graphrag.ingest.pipeline import IngestOptions, ingest_paths
from graphrag.settings import Settings
from graphrag.store.sqlite import SQLiteGraphStore


def graphrag(*args, env=None, check=True) -> subprocess.CompletedProcess:
    """In the test process, but as a real child when `env` must differ (no Tesseract on PATH)."""
    if env is None:
        return cli_run.graphrag(*args, check=check)
    proc = subprocess.run([sys.executable, "-m", "graphrag.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"graphrag {args} exited {proc.returncode}:\n{proc.stderr}")
    return proc


def ask(graph: Path, question: str) -> dict:
    return json.loads(graphrag("ask", question, "--graph", graph, "--json", "--no-demo").stdout)


def version(path: Path) -> str:
    """The version tag provenance carries: the first 8 hex digits of the file's sha256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8]


def edges(graph: Path) -> set[tuple[str, str, str]]:
    with SQLiteGraphStore(graph) as store:
        return {(e.subject, e.relation, e.object) for e in store.iter_edges()}


@pytest.fixture
def docs(tmp_path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    english_pdf(d / "curie.pdf")
    chinese_pdf(d / "luxun.pdf")
    return d


def test_english_and_chinese_pdfs_ingested_with_rules_answer_questions(docs, tmp_path):
    graph = tmp_path / "graph"
    proc = graphrag("ingest", docs, "--graph", graph, "--extractor", "rules", "--json")
    summary = json.loads(proc.stdout)
    assert summary["documents"] == 2 and summary["pages"] == 4 and summary["failed_documents"] == 0
    assert summary["triples_new"] >= 10 and summary["llm_calls"] == 0
    assert "ingested 2 documents" in proc.stderr
    got = edges(graph)
    assert {("Marie Curie", "born in", "Warsaw"), ("Warsaw", "capital of", "Poland"),
            ("Albert Einstein", "born in", "Ulm"), ("Albert Einstein", "died in", "Princeton"),
            ("鲁迅", "出生于", "绍兴"), ("绍兴", "位于", "浙江"), ("中国", "首都", "北京"),
            ("鲁迅", "逝世于", "上海")} <= got

    en = ask(graph, "Where was Marie Curie born?")
    assert en["answers"][0] == "Warsaw"
    fact = next(f for f in en["facts"] if f["object"] == "Warsaw" and f["relation"] == "born in")
    assert fact["source"] == f"curie.pdf#p1@{version(docs / 'curie.pdf')}" and 0 < fact["confidence"] <= 1
    zh = ask(graph, "鲁迅出生在哪里？")
    assert zh["answers"][0] == "绍兴"
    assert any(f["source"] == f"luxun.pdf#p1@{version(docs / 'luxun.pdf')}" for f in zh["facts"])
    # the stated alias ("also known as Einstein") lets the linker find the entity by it
    assert ask(graph, "Where was Einstein born?")["answers"][0] == "Ulm"
    assert ask(graph, "中国的首都是哪里？")["answers"][0] == "北京"


def test_rerun_skips_ingested_documents_and_chunks_are_exposed(docs, tmp_path):
    settings = Settings.load(tmp_path / "graph")
    with SQLiteGraphStore(settings.home_path) as store:
        first = ingest_paths([docs], store, settings)
        before = store.stats()
        events = []
        again = ingest_paths([docs], store, settings, events.append)
        assert again.skipped_documents == 2 and again.documents == 0 and again.triples_new == 0
        assert store.stats() == before
        assert sum(e.stage == "skipped" for e in events) == 2
    assert first.chunks >= 4
    chunks = list(iter_chunks(settings.home_path))
    assert len(chunks) == first.chunks
    cv, lv = version(docs / "curie.pdf"), version(docs / "luxun.pdf")
    assert any("鲁迅出生于绍兴。" in text and src == f"luxun.pdf#p1@{lv}" for _, text, src in chunks)
    assert {src for _, _, src in chunks} == {f"curie.pdf#p1@{cv}", f"curie.pdf#p2@{cv}", f"luxun.pdf#p1@{lv}",
                                             f"luxun.pdf#p2@{lv}"}
    db = sqlite3.connect(settings.home_path / "documents.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {r[0] for r in db.execute("SELECT status FROM documents")} == {"done"}
    assert list(iter_chunks(tmp_path / "nothing-here")) == []


def test_dry_run_estimates_and_writes_nothing(docs, tmp_path):
    graph = tmp_path / "graph"
    proc = graphrag("ingest", docs, "--graph", graph, "--extractor", "both", "--llm", "local", "--dry-run", "--json")
    s = json.loads(proc.stdout)
    assert s["dry_run"] and s["estimated_chunks"] >= 4 and s["estimated_llm_calls"] == s["estimated_chunks"]
    assert s["llm_calls"] == 0 and s["triples_new"] == 0
    assert "dry run" in proc.stderr and "LLM calls" in proc.stderr
    assert not graph.exists()  # not even the graph directory


def test_bad_files_get_one_clear_error_line_each_and_the_batch_goes_on(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    encrypted_pdf(d / "a_encrypted.pdf")
    corrupt_pdf(d / "b_corrupt.pdf")
    (d / "c_empty.pdf").write_bytes(b"")
    (d / "d_not_a.pdf").write_text("Meeting notes, not a PDF at all.\n")
    english_pdf(d / "e_good.pdf")
    proc = graphrag("ingest", d, "--graph", tmp_path / "graph", "--quiet", check=False)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4, proc.stderr
    by_file = {name: next(line for line in errors if name in line)
               for name in ("a_encrypted", "b_corrupt", "c_empty", "d_not_a")}
    assert "encrypted" in by_file["a_encrypted"] and "password" in by_file["a_encrypted"]
    assert "corrupt" in by_file["b_corrupt"]
    assert "empty file" in by_file["c_empty"]
    assert "not a PDF" in by_file["d_not_a"]
    assert "Traceback" not in proc.stderr
    assert ("Marie Curie", "born in", "Warsaw") in edges(tmp_path / "graph")  # the good file went in


def test_scanned_page_without_ocr_is_reported_and_read_once_tesseract_is_there(tmp_path):
    scanned_pdf(tmp_path / "scan.pdf")
    graph = tmp_path / "graph"
    no_tesseract = dict(os.environ, PATH=str(tmp_path / "empty-bin"))
    proc = graphrag("ingest", tmp_path / "scan.pdf", "--graph", graph, "--quiet", env=no_tesseract)
    warning = next(line for line in proc.stderr.splitlines() if line.startswith("warning:"))
    assert "scan.pdf: page(s) 1 have no text layer and were skipped" in warning
    assert "apt-get install tesseract-ocr" in warning
    assert "1 skipped" in proc.stderr
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (scripts/test.sh installs it)")
    proc = graphrag("ingest", tmp_path / "scan.pdf", "--graph", graph, "--json", "--quiet")
    assert json.loads(proc.stdout)["ocr_pages"] == 1
    assert ("Ada Lovelace", "born in", "London") in edges(graph)


def test_single_vote_review_keeps_facts_out_of_the_graph(docs, tmp_path):
    """`both` with a model that agrees on one fact only: the rest are held for review."""
    from graphrag.ingest.docstore import DocStore

    class OneFactLLM:
        name = "stub"
        n_ctx = 4096

        def count_tokens(self, text):
            return len(text) // 3 + 1

        def complete(self, messages, **kw):
            return '{"triples": [["Marie Curie", "born in", "Warsaw"]]}'

    settings = Settings.load(tmp_path / "graph")
    with SQLiteGraphStore(settings.home_path) as store:
        s = ingest_paths([docs / "curie.pdf"], store, settings, llm=OneFactLLM(),
                         options=IngestOptions(extractor="both", single_vote="review"))
        stored = {(e.subject, e.relation, e.object): e.confidence for e in store.iter_edges()}
    assert s.llm_calls >= 2 and s.triples_review >= 3
    assert list(stored) == [("Marie Curie", "born in", "Warsaw")]
    assert stored[("Marie Curie", "born in", "Warsaw")] > 0.9  # two votes
    with DocStore(settings.home_path) as ds:
        held = {(f.triple.subject, f.triple.relation, f.triple.object) for f in ds.review_queue()}
    assert ("Warsaw", "capital of", "Poland") in held
