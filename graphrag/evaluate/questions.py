"""Reading question files (JSON lines: `id`, `question`, `answers`, `hops`; optional
`topic_entity`, and `unanswerable: true` with empty `answers` for a fact the graph lacks).

A malformed file stops the run before any question is asked, with the line number and what is
wrong, so a typo in line 713 does not cost a 10-minute run.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from graphrag.errors import UserError


class QuestionFileError(UserError):
    """A question file that cannot be evaluated; the message names the file and line."""


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...]
    hops: int
    topic_entity: str | None = None  # for linking_acc only; never shown to the system under test
    answerable: bool = True  # False: the graph lacks the fact; the right reply is "I don't know"


def _fail(path: Path, line: int, why: str) -> QuestionFileError:
    return QuestionFileError(f"{path}:{line}: {why}")


def parse_line(text: str, path: Path, line: int) -> Question:
    try:
        row = json.loads(text)
    except json.JSONDecodeError as e:
        raise _fail(path, line, f"not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(row, dict):
        raise _fail(path, line, f"expected a JSON object, got {type(row).__name__}")
    missing = [k for k in ("id", "question", "answers", "hops") if k not in row]
    if missing:
        raise _fail(path, line, f"missing field(s): {', '.join(missing)}")
    qid, question, answers, hops = row["id"], row["question"], row["answers"], row["hops"]
    if not isinstance(qid, (str, int)) or isinstance(qid, bool):
        raise _fail(path, line, f"'id' must be a string or integer, got {type(qid).__name__}")
    if not isinstance(question, str) or not question.strip():
        raise _fail(path, line, "'question' must be a non-empty string")
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        raise _fail(path, line, "'answers' must be a list of strings")
    unanswerable = row.get("unanswerable", False)
    if not isinstance(unanswerable, bool):
        raise _fail(path, line, "'unanswerable' must be true or false")
    if not unanswerable and not any(a.strip() for a in answers):
        raise _fail(path, line, "'answers' is empty: a question without a gold answer cannot be scored "
                                "(mark it \"unanswerable\": true if the graph lacks the fact)")
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 1:
        raise _fail(path, line, f"'hops' must be a positive integer, got {hops!r}")
    topic = row.get("topic_entity")
    if topic is not None and not isinstance(topic, str):
        raise _fail(path, line, "'topic_entity' must be a string when present")
    return Question(str(qid), question, tuple(a for a in answers if a.strip()), hops, topic or None,
                    not unanswerable)


def read_questions(path: str | Path, limit: int | None = None) -> list[Question]:
    """All questions of a file (blank lines skipped; ids must be unique).

    `limit` keeps a short run representative: the first limit÷groups questions of each hop group
    (files such as MetaQA dev are sorted by hops, so a plain head would test 1-hop only)."""
    path = Path(path)
    if not path.is_file():
        raise QuestionFileError(f"{path}: no such question file")
    out: list[Question] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line_no, text in enumerate(fh, 1):
            if not text.strip():
                continue
            q = parse_line(text, path, line_no)
            if q.id in seen:
                raise _fail(path, line_no, f"duplicate id {q.id!r} (first on line {seen[q.id]})")
            seen[q.id] = line_no
            out.append(q)
    if not out:
        raise QuestionFileError(f"{path}: no questions in the file")
    return out if limit is None else spread(out, limit)


def spread(questions: list[Question], limit: int) -> list[Question]:
    """At most `limit` questions, shared evenly between hop groups, file order kept."""
    if limit <= 0 or limit >= len(questions):
        return list(questions) if limit > 0 else []
    groups: dict[int, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.hops, []).append(q)
    keep: set[str] = set()
    share, extra = divmod(limit, len(groups))
    for i, hop in enumerate(sorted(groups)):
        keep.update(q.id for q in groups[hop][: share + (1 if i < extra else 0)])
    return [q for q in questions if q.id in keep]
