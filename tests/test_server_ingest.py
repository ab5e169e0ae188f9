"""POST /ingest and GET /jobs/{id} on a live server: triple files through GraphRAG.load, PDFs through
graphrag.ingest (rules extractor, no model), errors reported on the job, upload size limit."""
from __future__ import annotations

import io
import time

import httpx
import pytest

from graphrag.pipeline import GraphRAG
from graphrag.server.app import create_app
from graphrag.server.background import BackgroundServer


@pytest.fixture(scope="module")
def http(tmp_path_factory):
    with GraphRAG.demo(tmp_path_factory.mktemp("graph"), vector=False, max_upload_bytes=20_000) as rag, \
            BackgroundServer(create_app(rag)) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client


def wait(http: httpx.Client, job: dict, seconds: float = 30) -> dict:
    deadline = time.monotonic() + seconds
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, f"job still {job['status']} after {seconds}s"
        time.sleep(0.05)
        job = http.get(f"/jobs/{job['id']}").json()
    return job


def test_triples_file(http):
    r = http.post("/ingest", files={"file": ("ada.tsv", b"Ada Lovelace\tborn in\tLondon\nAda Lovelace\tfield\tmathematics\n")})
    assert r.status_code == 202 and r.json()["kind"] == "triples"
    job = wait(http, r.json())
    assert job["status"] == "succeeded" and job["error"] is None
    assert job["result"]["read"] == 2 and job["result"]["added"] == 2 and job["progress"]["stage"] == "done"
    facts = http.post("/retrieve", json={"question": "Where was Ada Lovelace born?"}).json()["facts"]
    assert any(f["object"] == "London" and f["source"].startswith("ada.tsv") for f in facts)
    again = wait(http, http.post("/ingest", files={"file": ("ada.tsv", b"Ada Lovelace\tborn in\tLondon\n")}).json())
    assert again["result"]["added"] == 0 and again["result"]["existing"] == 1  # idempotent, as in the CLI


def test_format_field_overrides_the_name(http):
    r = http.post("/ingest", files={"file": ("rows.dat", b"Grace Hopper,born in,New York City\n")}, data={"format": "csv"})
    job = wait(http, r.json())
    assert job["kind"] == "triples" and job["status"] == "succeeded" and job["result"]["added"] == 1


def test_bad_triples_file_fails_the_job_with_the_line(http):
    job = wait(http, http.post("/ingest", files={"file": ("bad.jsonl", b'{"subject": "A", "relation": "r", "object": "B"}\n{not json\n')}).json())
    assert job["status"] == "failed" and "bad.jsonl:2" in job["error"]
    assert http.get("/healthz").json()["triples"] > 0  # nothing half-written, server fine


def test_pdf_upload(http):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(72, 720, "Marie Curie was born in Warsaw.")
    page.showPage()
    page.save()
    r = http.post("/ingest", files={"file": ("curie.pdf", buf.getvalue(), "application/pdf")})
    assert r.status_code == 202 and r.json()["kind"] == "document"
    job = wait(http, r.json())
    assert job["status"] == "succeeded", job["error"]
    assert job["result"]["documents"] == 1 and job["result"]["pages"] == 1
    facts = http.post("/retrieve", json={"question": "Where was Marie Curie born?"}).json()["facts"]
    assert any(f["object"] == "Warsaw" and f["source"].startswith("curie.pdf") for f in facts)


def test_broken_pdf_fails_the_job(http):
    job = wait(http, http.post("/ingest", files={"file": ("broken.pdf", b"%PDF-1.4\nnot really a pdf")}).json())
    assert job["status"] == "failed" and "broken.pdf" in job["error"]


def test_unknown_file_type_is_415(http):
    r = http.post("/ingest", files={"file": ("notes.xyz", b"hello")})
    assert r.status_code == 415 and ".tsv" in r.json()["error"]["message"]


def test_missing_file_is_422(http):
    r = http.post("/ingest", data={"format": "tsv"})
    assert r.status_code == 422 and "file" in r.json()["error"]["message"]


def test_upload_limit_is_413(http):
    r = http.post("/ingest", files={"file": ("big.tsv", b"a\tb\tc\n" * 5_000)})
    assert r.status_code == 413 and "20,000" in r.json()["error"]["message"]


def test_unknown_job_is_404(http):
    assert http.get("/jobs/nope").status_code == 404


def test_questions_keep_working_during_ingestion(http):
    parts = ["".join(f"Person {i}\tborn in\tTown {i % 50}\n" for i in range(k * 500, (k + 1) * 500)) for k in range(3)]
    jobs = [http.post("/ingest", files={"file": (f"people{k}.tsv", p.encode())}).json() for k, p in enumerate(parts)]
    answers = [http.post("/retrieve", json={"question": "Where was Barack Obama born?"}) for _ in range(20)]
    assert {r.status_code for r in answers} == {200} and all(r.json()["facts"] for r in answers)
    assert [wait(http, j)["status"] for j in jobs] == ["succeeded"] * 3
    facts = http.post("/retrieve", json={"question": "Where was Person 1234 born?"}).json()["facts"]
    assert any(f["subject"] == "Person 1234" and f["object"] == "Town 34" for f in facts)
