"""`graphrag serve --workers N`: several processes on one port share the graph and the jobs.

The server runs as the real command in a subprocess; every request opens a new connection, so the
kernel hands them to either worker."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from graphrag.server.jobs import JobManager


def test_a_job_is_visible_to_another_manager_on_the_same_folder(tmp_path):
    runner, other = JobManager(tmp_path), JobManager(tmp_path)

    def work(progress):
        progress(stage="loading", done=1, total=2)
        return {"added": 2}

    job = runner.submit("triples", "ada.tsv", work)
    deadline = time.monotonic() + 10
    while (seen := other.get(job["id"])) is None or seen["status"] in ("queued", "running"):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert seen["status"] == "succeeded" and seen["result"] == {"added": 2} and seen["filename"] == "ada.tsv"
    assert other.get("../etc/passwd") is None and other.get("0" * 32) is None
    runner.shutdown()


def test_a_job_whose_process_died_reads_as_failed(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    job_id = "ab" * 16
    (tmp_path / f"{job_id}.json").write_text(json.dumps(
        {"id": job_id, "kind": "triples", "filename": "x.tsv", "status": "running", "created": 0, "started": 0,
         "finished": None, "progress": {}, "result": None, "error": None, "_pid": int(gone.stdout)}))
    job = JobManager(tmp_path).get(job_id)
    assert job["status"] == "failed" and "exited" in job["error"] and "_pid" not in job


def test_old_job_files_of_other_processes_are_pruned(tmp_path):
    for i in range(7):
        (tmp_path / f"{i:032x}.json").write_text("{}")
        os.utime(tmp_path / f"{i:032x}.json", (i, i))
    manager = JobManager(tmp_path, keep=2)
    job = manager.submit("triples", "a.tsv", lambda progress: {})
    left = sorted(p.stem for p in tmp_path.glob("*.json"))
    assert left == [f"{i:032x}" for i in range(3, 7)] + [job["id"]]  # the 3 oldest went, past 2 × keep
    manager.shutdown()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    port = _free_port()
    env = {**os.environ, "GRAPHRAG_VECTOR": "false"}
    proc = subprocess.Popen([sys.executable, "-m", "graphrag.cli", "serve", "--graph",
                             str(tmp_path_factory.mktemp("graph")), "--port", str(port), "--workers", "2",
                             "--log-level", "warning"], env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, f"server exited with {proc.returncode}"
        assert time.monotonic() < deadline, "server did not start"
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=20)


def test_workers_share_jobs_and_the_graph(url):
    job = httpx.post(url + "/ingest", files={"file": ("ada.tsv", b"Ada Lovelace\tborn in\tLondon\n")}).json()
    deadline = time.monotonic() + 30
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        r = httpx.get(f"{url}/jobs/{job['id']}")  # a new connection each time: either worker
        assert r.status_code == 200
        job = r.json()
    assert job["status"] == "succeeded", job
    for _ in range(30):  # whichever worker answers knows the job
        assert httpx.get(f"{url}/jobs/{job['id']}").json()["status"] == "succeeded"
    for _ in range(10):  # both workers see the new fact (their lexicons follow the store version)
        r = httpx.post(url + "/retrieve", json={"question": "Where was Ada Lovelace born?"})
        assert r.status_code == 200 and "London" in r.json()["answers"]


def test_workers_refuse_a_port_in_use(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "graphrag.cli", "serve", "--graph", str(tmp_path), "--port",
                            str(port), "--workers", "2"], env={**os.environ, "GRAPHRAG_VECTOR": "false"},
                           capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and f"cannot listen on 127.0.0.1:{port}" in r.stderr
    assert "Traceback" not in r.stderr
