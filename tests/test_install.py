"""What a fresh clone needs: the README's Quick start is what CI runs, the bundled sample graph
answers its own questions without ../shared, and `--llm local` without the opt-in `local` extra
says in one line what to install."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "metaqa"
SHARED = ROOT.parent / "shared" / "data" / "metaqa"

sys.path.insert(0, str(ROOT / ".ci"))
from readme_commands import quick_start_blocks  # noqa: E402


def test_ci_runs_the_readmes_two_quick_start_commands():
    first, second = quick_start_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "pip install" in first and "-c constraints.txt" in first and 'graphrag ask "' in first
    assert "[local]" not in first and ",local" not in first  # the llama.cpp compile is opt-in
    assert second.strip() == "bash scripts/test.sh"
    assert "-c constraints.txt" in (ROOT / "scripts" / "test.sh").read_text()


def test_quick_start_extras_leave_out_local_and_constraints_pin_the_test_tools():
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    (all_of,) = extras["all"]  # graphrag-kgqa[vector,server,...]
    assert "local" not in all_of[all_of.index("[") + 1:-1].split(",")
    assert "local" in extras["dev"][0]  # the suite still tests the real local model
    assert any(req.startswith("pypdf[crypto]") for req in extras["ingest"])
    pins = dict(line.split("==", 1) for line in (ROOT / "constraints.txt").read_text().splitlines()
                if line and not line.startswith("#"))
    for name in ("pytest", "schemathesis", "hypothesis", "nbclient", "cryptography", "torch"):
        assert name in pins, name
    assert "+" not in pins["torch"]  # a local build label would not resolve elsewhere
    assert not any(name.startswith("graphrag") for name in pins)


def test_sample_is_small_and_holds_every_answer_within_its_hops():
    assert sum(f.stat().st_size for f in SAMPLE.iterdir()) < 1_000_000
    nbr = defaultdict(set)
    for line in (SAMPLE / "kb.tsv").read_text(encoding="utf-8").splitlines():
        s, _, o = line.split("\t")
        nbr[s].add(o)
        nbr[o].add(s)
    questions = [json.loads(line) for line in (SAMPLE / "questions.jsonl").open(encoding="utf-8")]
    assert sorted({q["hops"] for q in questions}) == [1, 2, 3]
    for q in questions:
        seen, frontier = {q["topic_entity"]}, {q["topic_entity"]}
        for _ in range(q["hops"]):
            frontier = {m for n in frontier for m in nbr[n]} - seen
            seen |= frontier
        assert set(q["answers"]) <= seen, q["id"]
    assert "CC BY 3.0" in (SAMPLE / "README.md").read_text()


@pytest.mark.skipif(not (SHARED / "kb.tsv").exists(), reason="../shared/data/metaqa (the full graph) not present")
def test_sample_is_regenerated_byte_for_byte(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), str(SHARED / "kb.tsv"),
                    str(SHARED / "dev.jsonl"), str(tmp_path)], check=True, capture_output=True)
    for name in ("kb.tsv", "questions.jsonl"):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name


def test_llm_local_without_the_extra_says_what_to_install(tmp_path):
    # hide llama_cpp the way a missing package looks (the dev install has it): a stub that fails to import
    (tmp_path / "llama_cpp.py").write_text("raise ImportError('No module named llama_cpp')\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "graphrag.cli", "ask", "What country was Obama born in?",
                           "--graph", str(tmp_path / "g"), "--llm", "local"],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip() and "loading the bundled demo" not in line]
    assert len(lines) == 1, proc.stderr
    assert "pip install -e '.[local]'" in lines[0] and "Traceback" not in proc.stderr

