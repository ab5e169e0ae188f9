"""The question-file reader: the real dev sets parse, malformed lines are named precisely."""
import json
from pathlib import Path

import pytest

from graphrag.errors import UserError
from graphrag.evaluate.questions import QuestionFileError, read_questions, spread

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _write(tmp_path, lines):
    p = tmp_path / "q.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


GOOD = json.dumps({"id": "q1", "question": "who directed Jaws", "answers": ["Steven Spielberg"], "hops": 1})


@pytest.mark.parametrize("line, why", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    (json.dumps({"id": "q2", "question": "x", "hops": 1}), "missing field(s): answers"),
    (json.dumps({"id": "q2", "question": "", "answers": ["a"], "hops": 1}), "'question' must be a non-empty"),
    (json.dumps({"id": "q2", "question": "x", "answers": "a", "hops": 1}), "'answers' must be a list of strings"),
    (json.dumps({"id": "q2", "question": "x", "answers": [], "hops": 1}), "'answers' is empty"),
    (json.dumps({"id": "q2", "question": "x", "answers": ["a"], "hops": "two"}), "'hops' must be a positive integer"),
    (json.dumps({"id": "q2", "question": "x", "answers": ["a"], "hops": 0}), "'hops' must be a positive integer"),
    (json.dumps({"id": "q1", "question": "x", "answers": ["a"], "hops": 1}), "duplicate id 'q1' (first on line 1)"),
])
def test_malformed_lines_report_file_line_and_problem(tmp_path, line, why):
    p = _write(tmp_path, [GOOD, "", line])  # the blank line still counts: the bad one is line 3
    with pytest.raises(QuestionFileError) as e:
        read_questions(p)
    assert str(e.value).startswith(f"{p}:3: ")
    assert why in str(e.value)
    assert isinstance(e.value, UserError)  # the CLI prints it without a traceback


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(QuestionFileError, match="no such question file"):
        read_questions(tmp_path / "absent.jsonl")
    with pytest.raises(QuestionFileError, match="no questions"):
        read_questions(_write(tmp_path, [""]))


needs_data = pytest.mark.skipif(not (DATA / "metaqa" / "dev.jsonl").exists(),
                                reason="../shared/data (MetaQA, NLPCC dev sets) not present beside the project")


@needs_data
def test_the_public_dev_sets_parse():
    metaqa = read_questions(DATA / "metaqa" / "dev.jsonl")
    assert len(metaqa) == 900
    assert {q.hops for q in metaqa} == {1, 2, 3}
    assert all(q.answers and q.topic_entity for q in metaqa)
    nlpcc = read_questions(DATA / "nlpcc2016" / "dev.jsonl")
    assert len(nlpcc) == 200 and {q.hops for q in nlpcc} == {1}


@needs_data
def test_limit_is_shared_between_hop_groups():
    metaqa = read_questions(DATA / "metaqa" / "dev.jsonl", limit=30)
    assert [sum(q.hops == h for q in metaqa) for h in (1, 2, 3)] == [10, 10, 10]
    assert len(read_questions(DATA / "metaqa" / "dev.jsonl", limit=31)) == 31
    assert spread(metaqa, 0) == [] and spread(metaqa, 1000) == metaqa
