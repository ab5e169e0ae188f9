"""AES-encrypted PDFs need `cryptography` (declared through the `ingest` extra's `pypdf[crypto]`):
those with an empty user password (only an owner password: "protected" PDFs from many tools)
are read like any other; a real user password gets one clear error line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from fixtures.ingest_docs import english_pdf
from graphrag.store.sqlite import SQLiteGraphStore


def encrypted_pdf(path, password: str, algorithm: str):
    from pypdf import PdfReader, PdfWriter

    plain = english_pdf(path.with_suffix(".plain.tmp"))
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password=password, owner_password="owner", algorithm=algorithm)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def ingest(path, graph) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphrag.cli", "ingest", str(path), "--graph", str(graph),
                           "--quiet"], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_pdf_with_empty_user_password_is_read(tmp_path, algorithm):
    pdf = encrypted_pdf(tmp_path / "owner_only.pdf", password="", algorithm=algorithm)
    proc = ingest(pdf, tmp_path / "graph")
    assert proc.returncode == 0, proc.stderr
    with SQLiteGraphStore(tmp_path / "graph") as store:
        got = {(e.subject, e.relation, e.object) for e in store.iter_edges()}
    assert ("Marie Curie", "born in", "Warsaw") in got


def test_aes_pdf_with_a_user_password_gets_one_error_line(tmp_path):
    pdf = encrypted_pdf(tmp_path / "locked.pdf", password="secret", algorithm="AES-256")
    proc = ingest(pdf, tmp_path / "graph")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "locked.pdf" in errors[0] and "password" in errors[0], proc.stderr
    assert "Traceback" not in proc.stderr
