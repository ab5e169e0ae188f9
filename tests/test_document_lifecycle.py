"""Documents that change or go, end to end on real files (.txt and reportlab PDFs) through the
real `graphrag` command: a changed file replaces its old version (facts only it stated leave the
graph, facts another document states stay and are cited to it), `graphrag forget`, versioned
provenance, idempotent re-runs, dry runs that touch no file, and a replacement killed midway
that the next run finishes."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_run import graphrag
from fixtures.ingest_docs import english_pdf
from graphrag.ingest.docstore import DocStore, iter_chunks
from graphrag.loader import load_file
from graphrag.store.base import Retraction
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple

V1 = "Marie Curie was born in Warsaw. Pierre Curie was born in Paris."
V2 = "Marie Curie died in Passy."
OTHER = ["Pierre Curie was born in Paris. Albert Einstein was born in Ulm."]


def ingest(graph: Path, *paths, extra=()) -> dict:
    return json.loads(graphrag("ingest", *paths, "--graph", graph, "--json", "--quiet", *extra).stdout)


def ask(graph: Path, question: str) -> dict:
    return json.loads(graphrag("ask", question, "--graph", graph, "--json", "--no-demo").stdout)


def version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8]


def facts(graph: Path) -> dict[tuple[str, str, str], str]:
    """(subject, relation, object) → source, read straight from graph.sqlite."""
    with SQLiteGraphStore(graph) as store:
        return {(e.subject, e.relation, e.object): e.source for e in store.iter_edges()}


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under `folder` with its modification time and content hash."""
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def dump(graph: Path) -> tuple:
    """Everything both stores hold, order-free: what an idempotent re-run must leave unchanged."""
    docs = sqlite3.connect(graph / "documents.sqlite")
    tables = tuple(sorted(docs.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                   for t in ("chunks", "facts", "aliases", "paths"))
    documents = sorted(docs.execute("SELECT sha256, name, path, status FROM documents").fetchall())
    docs.close()
    return tuple(sorted(facts(graph).items())), tables, documents


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, Path]:
    a = tmp_path / "docs" / "curie.txt"
    a.parent.mkdir()
    a.write_text(V1, encoding="utf-8")
    b = english_pdf(tmp_path / "docs" / "physicists.pdf", OTHER)
    return a, b


def test_changed_document_replaces_its_old_version(corpus, tmp_path):
    a, b = corpus
    graph = tmp_path / "graph"
    ingest(graph, a, b)
    before = facts(graph)
    old = version(a)
    assert before[("Marie Curie", "born in", "Warsaw")] == f"curie.txt#L1@{old}"  # provenance names the version
    assert ask(graph, "Where was Marie Curie born?")["answers"][0] == "Warsaw"

    a.write_text(V2, encoding="utf-8")
    s = ingest(graph, a, b)
    assert s["documents"] == 1 and s["skipped_documents"] == 1 and s["replaced_documents"] == 1
    assert s["triples_retracted"] == 1 and s["triples_reattributed"] == 1
    after = facts(graph)
    # the fact only the old version stated is gone; the one the PDF states too stays, cited to the PDF
    assert ("Marie Curie", "born in", "Warsaw") not in after
    assert after[("Pierre Curie", "born in", "Paris")] == f"physicists.pdf#p1@{version(b)}"
    assert after[("Marie Curie", "died in", "Passy")] == f"curie.txt#L1@{version(a)}"
    # its chunks went too: no passage can quote the old text
    assert not any(old in src for _, _, src in iter_chunks(graph))
    with DocStore(graph) as docs:
        assert sorted(d.name for d in docs.documents()) == ["curie.txt", "physicists.pdf"]

    gone = ask(graph, "Where was Marie Curie born?")
    assert "Warsaw" not in gone["answer"] and "Warsaw" not in gone["answers"]
    assert not any(f["object"] == "Warsaw" for f in gone["facts"])
    assert not any("Warsaw" in p["text"] for p in gone["passages"])
    kept = ask(graph, "Where was Pierre Curie born?")
    assert kept["answers"][0] == "Paris" and kept["kind"] == "fact"
    assert any(f["object"] == "Paris" and f["source"].startswith("physicists.pdf#p1@") for f in kept["facts"])
    died = ask(graph, "Where did Marie Curie die?")  # the new version's fact (as a fact, or its sentence)
    assert "Passy" in died["answer"] and died["kind"] in ("fact", "passage")
    assert f"curie.txt#L1@{version(a)}" in died["fact_block"]


def test_reingest_is_idempotent_before_and_after_a_replacement(corpus, tmp_path):
    a, b = corpus
    graph = tmp_path / "graph"
    ingest(graph, a, b)
    first = dump(graph)
    again = ingest(graph, a, b)
    assert again["skipped_documents"] == 2 and again["documents"] == 0 and again["triples_new"] == 0
    assert dump(graph) == first
    a.write_text(V2, encoding="utf-8")
    ingest(graph, a, b)
    replaced = dump(graph)
    again = ingest(graph, b, a)
    assert again["replaced_documents"] == 0 and again["triples_retracted"] == 0
    assert dump(graph) == replaced
    # changing back to the first version restores the first graph's facts (a fact both state keeps
    # the citation it has: the PDF's, stated all along)
    a.write_text(V1, encoding="utf-8")
    ingest(graph, a, b)
    assert facts(graph).keys() == dict(first[0]).keys()


def test_dry_run_creates_and_changes_no_file(corpus, tmp_path):
    a, b = corpus
    fresh = tmp_path / "fresh"
    proc = graphrag("ingest", a.parent, "--graph", fresh, "--dry-run", "--json")
    assert json.loads(proc.stdout)["estimated_chunks"] >= 2 and "nothing was written" in proc.stderr
    assert not fresh.exists()

    graph = tmp_path / "graph"
    ingest(graph, a, b)
    before = snapshot(graph)
    a.write_text(V2, encoding="utf-8")
    s = ingest(graph, a, b, extra=["--dry-run"])
    assert s["dry_run"] and s["replaced_documents"] == 1 and s["skipped_documents"] == 1
    assert snapshot(graph) == before
    proc = graphrag("forget", "curie.txt", "--graph", graph, "--dry-run", "--json")
    assert json.loads(proc.stdout)["triples_deleted"] == 1 and "would retract curie.txt" in proc.stderr
    assert snapshot(graph) == before


def test_forget_retracts_a_document_by_name_path_or_version(corpus, tmp_path):
    a, b = corpus
    graph = tmp_path / "graph"
    nothing = graphrag("forget", "curie.txt", "--graph", graph, check=False)
    assert nothing.returncode == 1 and "no documents were ingested" in nothing.stderr
    assert not graph.exists()  # a forget on no graph creates none
    ingest(graph, a, b)
    proc = graphrag("forget", "curie.txt", "--graph", graph, "--json")
    r = json.loads(proc.stdout)
    assert r["triples_deleted"] == 1 and r["triples_reattributed"] == 1 and r["chunks"] == 1
    assert r["documents"] == [f"curie.txt@{version(a)}"]
    got = facts(graph)
    assert ("Marie Curie", "born in", "Warsaw") not in got and ("Pierre Curie", "born in", "Paris") in got
    assert "Warsaw" not in ask(graph, "Where was Marie Curie born?")["answer"]

    missing = graphrag("forget", "curie.txt", "--graph", graph, check=False)
    assert missing.returncode == 1 and "no ingested document 'curie.txt'" in missing.stderr
    assert "physicists.pdf@" in missing.stderr  # says what is there

    graphrag("forget", version(b), "--graph", graph)  # by sha256 prefix
    assert facts(graph) == {} and list(iter_chunks(graph)) == []
    ingest(graph, a)  # a forgotten document can come back
    assert ("Marie Curie", "born in", "Warsaw") in facts(graph)
    graphrag("forget", str(a), "--graph", graph)  # by path
    assert facts(graph) == {}


def test_a_fact_loaded_from_a_file_is_not_a_documents_to_take_back(corpus, tmp_path):
    a, _ = corpus
    graph = tmp_path / "graph"
    tsv = tmp_path / "known.tsv"
    tsv.write_text("Marie Curie\tborn in\tWarsaw\n", encoding="utf-8")
    with SQLiteGraphStore(graph) as store:
        load_file(store, tsv)
    ingest(graph, a)
    graphrag("forget", "curie.txt", "--graph", graph)
    got = facts(graph)
    assert got[("Marie Curie", "born in", "Warsaw")] == "known.tsv#L1"  # the loaded fact stays
    assert ("Pierre Curie", "born in", "Paris") not in got


def test_sqlite_retract_deletes_reattributes_or_leaves_alone(tmp_path):
    with SQLiteGraphStore(tmp_path) as store:
        store.upsert_triples([Triple("A", "r", "B", "d.pdf#p1@11111111"), Triple("A", "r", "C", "d.pdf#p2@11111111"),
                              Triple("A", "r", "D", "x.tsv#L1")])
        v = store.version()
        stats = store.retract([
            Retraction("A", "r", "B", ("d.pdf#p1@11111111",)),
            Retraction("A", "r", "C", ("d.pdf#p2@11111111",), Triple("A", "r", "C", "e.txt#L3@22222222", 0.5)),
            Retraction("A", "r", "D", ("d.pdf#p1@11111111",)),
            Retraction("A", "r", "Z", ("d.pdf#p1@11111111",)),  # not stored: nothing to do
        ])
        assert (stats.deleted, stats.reattributed, stats.kept) == (1, 1, 1)
        assert store.version() > v
        got = {(e.object, e.source, e.confidence) for e in store.iter_edges()}
        assert got == {("C", "e.txt#L3@22222222", 0.5), ("D", "x.tsv#L1", 1.0)}
        again = store.retract([Retraction("A", "r", "B", ("d.pdf#p1@11111111",))])
        assert again.deleted == 0  # re-running changes nothing


CHILD = """
import os, signal, sys
from graphrag.ingest.pipeline import ingest_paths
from graphrag.settings import Settings
from graphrag.store.sqlite import SQLiteGraphStore

paths, graph, when = sys.argv[1].split(","), sys.argv[2], sys.argv[3]

class Dying(SQLiteGraphStore):
    def retract(self, facts):
        if when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        out = super().retract(facts)
        if when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return out

ingest_paths(paths, Dying(graph), Settings.load(graph))
"""


@pytest.mark.parametrize("when", ["before", "after"])
def test_replacement_killed_midway_is_finished_by_the_next_run(corpus, tmp_path, when):
    a, b = corpus
    reference, graph = tmp_path / "reference", tmp_path / "graph"
    for g in (reference, graph):
        a.write_text(V1, encoding="utf-8")
        ingest(g, a, b)
    a.write_text(V2, encoding="utf-8")
    ingest(reference, a, b)

    killed = subprocess.run([sys.executable, "-c", CHILD, f"{a},{b}", str(graph), when], capture_output=True,
                            timeout=300, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert killed.returncode == -9
    with DocStore(graph) as docs:  # the old version is marked, not yet gone
        assert [d.status for d in docs.documents() if d.name == "curie.txt"].count("retracting") == 1
    assert not any(p["text"].startswith("Marie Curie was born") for p in ask(graph, "Where was Marie Curie born?")
                   ["passages"])  # a version being retracted is not quoted
    s = ingest(graph, b)  # any later run finishes it, whatever it ingests
    assert s["skipped_documents"] == 1
    assert dump(graph) == dump(reference)


def test_server_upload_of_a_changed_file_replaces_the_old_version(tmp_path):
    """On a live server (loopback): uploads land in a fresh temporary folder each time, so the
    file name is the document; uploading it again with new content replaces it."""
    import time

    import httpx

    from graphrag.pipeline import GraphRAG
    from graphrag.server.app import create_app
    from graphrag.server.background import BackgroundServer

    def upload(client, text: str) -> dict:
        job = client.post("/ingest", files={"file": ("curie.txt", text.encode())}, data={"format": "document"}).json()
        deadline = time.monotonic() + 60
        while job["status"] in ("queued", "running"):
            assert time.monotonic() < deadline
            time.sleep(0.05)
            job = client.get(f"/jobs/{job['id']}").json()
        assert job["status"] == "succeeded", job
        return job["result"]

    with GraphRAG.open(tmp_path / "graph", vector=False) as rag, BackgroundServer(create_app(rag)) as url, \
            httpx.Client(base_url=url, timeout=30) as client:
        upload(client, V1)
        assert client.post("/ask", json={"question": "Where was Marie Curie born?"}).json()["answers"][0] == "Warsaw"
        r = upload(client, V2)
        assert r["replaced_documents"] == 1 and r["triples_retracted"] == 2
        gone = client.post("/ask", json={"question": "Where was Marie Curie born?"}).json()
        assert "Warsaw" not in gone["answer"] and "Warsaw" not in gone["answers"]
        died = client.post("/ask", json={"question": "Where did Marie Curie die?"}).json()
        assert "Passy" in died["answer"] and died["kind"] in ("fact", "passage")
        assert "curie.txt#L1@" in died["fact_block"]
