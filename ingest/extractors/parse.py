"""Turn whatever a model wrote into (subject, relation, object) rows, never raising.

Tried in order: JSON (from a code fence or the first bracket), the same JSON after repair
(trailing commas, single quotes, unclosed strings and brackets from a cut-off reply: see
graphrag/llm/json_reply.py), then a regex for the `(subject, relation, object)` form."""
from __future__ import annotations

import re

from graphrag.llm.json_reply import json_values, repair_json

__all__ = ["parse_triples", "repair_json"]

_TUPLE = re.compile(r"\(\s*[\"'“]?([^,()\"'“”\n]{1,80}?)[\"'”]?\s*[,，]\s*[\"'“]?([^,()\"'“”\n]{1,60}?)[\"'”]?"
                    r"\s*[,，]\s*[\"'“]?([^()\"'“”\n]{1,80}?)[\"'”]?\s*\)")


def parse_triples(reply: str) -> list[tuple[str, str, str]]:
    """Rows found in `reply` (possibly none); whitespace-trimmed, empty parts dropped."""
    for data in json_values(reply):
        rows = _rows(data)
        if rows:
            return rows
    return _clean([m.groups() for m in _TUPLE.finditer(reply)])


def _rows(data) -> list[tuple[str, str, str]]:
    if isinstance(data, dict):
        for key in ("triples", "facts", "relations", "triplets", "result"):
            if key in data:
                return _rows(data[key])
        if _row(data):
            return _clean([_row(data)])
        return []
    if isinstance(data, list):
        if len(data) == 3 and all(isinstance(x, str) for x in data):
            return _clean([tuple(data)])
        return _clean([r for r in (_row(item) for item in data) if r])
    return []


def _row(item) -> tuple | None:
    if isinstance(item, (list, tuple)) and len(item) >= 3:
        return tuple(item[:3])
    if isinstance(item, dict):
        get = lambda *ks: next((item[k] for k in ks if k in item), None)  # noqa: E731
        s, r, o = get("subject", "s", "head"), get("relation", "r", "predicate", "p"), get("object", "o", "tail")
        if s is not None and r is not None and o is not None:
            return (s, r, o)
    return None


def _clean(rows) -> list[tuple[str, str, str]]:
    out = []
    for row in rows:
        if not all(isinstance(x, (str, int, float)) and not isinstance(x, bool) for x in row):
            continue
        s, r, o = (str(x).strip().strip("\"'“”") for x in row)
        if s and r and o:
            out.append((s, r, o))
    return list(dict.fromkeys(out))
