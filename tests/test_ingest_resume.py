"""Interrupted ingestion resumes with no lost and no duplicated triples: the process is
SIGKILLed midway (between the journal and the graph write, after a commit, or at whatever
moment a timer hits), rerun, and its graph compared with an uninterrupted run's."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fixtures.ingest_docs import many_pages_pdf

CHILD = """
import os, signal, sys
from graphrag.ingest.pipeline import IngestOptions, ingest_paths
from graphrag.settings import Settings
from graphrag.store.sqlite import SQLiteGraphStore

doc, graph, stage, after = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
seen = 0

def progress(ev):
    global seen
    if ev.stage == stage and ev.done > 0:
        seen += 1
        if seen == after:
            os.kill(os.getpid(), signal.SIGKILL)

settings = Settings.load(graph)
store = SQLiteGraphStore(graph)
ingest_paths([doc], store, settings, progress, options=IngestOptions(extractor="rules", batch_chunks=2,
                                                                     chunk_tokens=48, overlap_tokens=12))
"""


def run_child(doc: Path, graph: Path, stage: str = "none", after: int = 0) -> int:
    return subprocess.run([sys.executable, "-c", CHILD, str(doc), str(graph), stage, str(after)],
                          capture_output=True, text=True, timeout=300).returncode


def triples(graph: Path) -> set[tuple]:
    db = sqlite3.connect(graph / "graph.sqlite")
    rows = db.execute("SELECT es.name, r.name, eo.name, t.source, t.confidence FROM triples t "
                      "JOIN entities es ON es.id = t.s JOIN entities eo ON eo.id = t.o "
                      "JOIN relations r ON r.id = t.r").fetchall()
    assert len(rows) == len(set(rows))
    return set(rows)


def chunk_states(graph: Path) -> dict[str, int]:
    db = sqlite3.connect(graph / "documents.sqlite")
    return dict(db.execute("SELECT state, COUNT(*) FROM chunks GROUP BY state").fetchall())


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    d = tmp_path_factory.mktemp("ref")
    doc = many_pages_pdf(d / "people.pdf", 16)
    assert run_child(doc, d / "graph") == 0
    return doc, triples(d / "graph")


@pytest.mark.parametrize("stage, after", [("journaled", 3), ("chunks", 5)])
def test_sigkill_midway_then_rerun_equals_uninterrupted(reference, tmp_path, stage, after):
    doc, expected = reference
    assert len(expected) > 50
    graph = tmp_path / "graph"
    assert run_child(doc, graph, stage, after) == -signal.SIGKILL
    states = chunk_states(graph)
    assert states.get("pending", 0) > 0  # it really stopped midway
    if stage == "journaled":
        assert states.get("extracted", 0) > 0  # journaled, not yet in the graph
    partial = triples(graph)
    assert 0 < len(partial) < len(expected)
    assert run_child(doc, graph) == 0
    assert triples(graph) == expected
    assert chunk_states(graph) == {"committed": sum(states.values())}


@pytest.mark.slow
def test_cli_killed_at_a_random_moment_resumes(reference, tmp_path):
    doc, expected = reference
    graph = tmp_path / "graph"
    cmd = [sys.executable, "-m", "graphrag.cli", "ingest", str(doc), "--graph", str(graph), "--quiet",
           "--batch", "2", "--chunk-tokens", "48", "--overlap", "12", "--extractor", "rules"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db_path = graph / "documents.sqlite"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db_path.exists():
            try:
                n = sqlite3.connect(db_path, timeout=0.1).execute(
                    "SELECT COUNT(*) FROM chunks WHERE state = 'committed'").fetchone()[0]
            except sqlite3.Error:
                n = 0
            if n >= 3:
                proc.send_signal(signal.SIGKILL)
                break
        time.sleep(0.002)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    assert triples(graph) == expected
