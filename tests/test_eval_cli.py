"""`graphrag eval` end to end on a small graph: the JSON shape, the scores, the error path."""
import json

import pytest

from graphrag.cli import main

TRIPLES = [
    ("Jaws", "directed_by", "Steven Spielberg"),
    ("Jaws", "release_year", "1975"),
    ("Duel", "directed_by", "Steven Spielberg"),
    ("Jaws", "written_by", "Peter Benchley"),
    ("The Deep", "written_by", "Peter Benchley"),
    ("The Deep", "directed_by", "Peter Yates"),
    ("Bullitt", "directed_by", "Peter Yates"),
]
QUESTIONS = [
    {"id": "a", "question": "who directed Jaws", "answers": ["Steven Spielberg"], "hops": 1, "topic_entity": "Jaws"},
    {"id": "b", "question": "what year was Jaws released", "answers": ["1975"], "hops": 1, "topic_entity": "Jaws"},
    {"id": "c", "question": "who directed the films written by Peter Benchley", "answers":
        ["Steven Spielberg", "Peter Yates"], "hops": 2, "topic_entity": "Peter Benchley"},
]


@pytest.fixture()
def graph(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHRAG_VECTOR", "0")  # keep the test model-free and fast
    kb = tmp_path / "kb.tsv"
    kb.write_text("".join(f"{s}\t{r}\t{o}\n" for s, r, o in TRIPLES), encoding="utf-8")
    home = tmp_path / "graph"
    assert main(["load", str(kb), "--graph", str(home), "--quiet"]) == 0
    return home


def test_eval_writes_the_documented_report(graph, tmp_path, capsys):
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps(q) + "\n" for q in QUESTIONS), encoding="utf-8")
    out, png = tmp_path / "out.json", tmp_path / "budgets.png"
    rc = main(["eval", str(qfile), "--graph", str(graph), "--json", str(out), "--quiet", "--budget", "256",
               "--plot", str(png), "--budgets", "64,256"])
    assert rc == 0
    report = json.loads(out.read_text())
    assert set(report) == {"overall", "per_hop", "config"}
    assert set(report["per_hop"]) == {"1", "2"}
    overall = report["overall"]
    assert overall["n"] == 3 and report["per_hop"]["1"]["n"] == 2
    assert overall["linking_acc"] == 1.0
    assert report["per_hop"]["1"]["fact_hit"] == 1.0  # both 1-hop answers are one edge from Jaws
    assert 0.0 <= overall["hits_at_1"] <= 1.0 and overall["retrieve_p50_ms"] > 0
    cfg = report["config"]
    assert cfg["budget"] == 256 and cfg["n"] == 3 and cfg["llm_model"] == "none"
    assert cfg["settings"]["budget"] == 256 and "tokenizer" in cfg
    assert cfg["relation_words"] == 0  # the graph has no relation words file
    assert set(cfg["budget_sweep"]) == {"64", "256"}
    assert png.stat().st_size > 1000
    printed = capsys.readouterr().out
    assert "hops 2" in printed and "overall" in printed


def test_eval_reports_a_malformed_file_by_line(graph, tmp_path, capsys):
    qfile = tmp_path / "bad.jsonl"
    qfile.write_text(json.dumps(QUESTIONS[0]) + "\n" + '{"id": "x", "question": "q", "hops": 1}\n', encoding="utf-8")
    assert main(["eval", str(qfile), "--graph", str(graph), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"{qfile}:2: missing field(s): answers" in err
