"""Turn whatever a model wrote into (subject, relation, object) rows, never raising.

Tried in order: JSON (from a code fence or the first bracket), the same JSON after repair
(trailing commas, single quotes, unclosed strings and brackets from a cut-off reply), then a
regex for the `(subject, relation, object)` form."""
from __future__ import annotations

import json
import re

_FENCE = re.compile(r"```(?:json)?\s*(.*?)(?:```|$)", re.S)
_TUPLE = re.compile(r"\(\s*[\"'“]?([^,()\"'“”\n]{1,80}?)[\"'”]?\s*[,，]\s*[\"'“]?([^,()\"'“”\n]{1,60}?)[\"'”]?"
                    r"\s*[,，]\s*[\"'“]?([^()\"'“”\n]{1,80}?)[\"'”]?\s*\)")
_TRAILING_COMMA = re.compile(r",\s*([\]}])")


def parse_triples(reply: str) -> list[tuple[str, str, str]]:
    """Rows found in `reply` (possibly none); whitespace-trimmed, empty parts dropped."""
    for candidate in _json_candidates(reply):
        data = _loads(candidate)
        if data is not None:
            rows = _rows(data)
            if rows:
                return rows
    return _clean([m.groups() for m in _TUPLE.finditer(reply)])


def parse_strings(reply: str) -> list[str]:
    """The strings of the first JSON array in `reply` (fenced, chatty or cut off), else none."""
    for candidate in _json_candidates(reply):
        data = _loads(candidate)
        if isinstance(data, dict):  # {"words": [...]}
            data = next((v for v in data.values() if isinstance(v, list)), None)
        if isinstance(data, list):
            return [x.strip() for x in data if isinstance(x, str) and x.strip()]
    return []


def _json_candidates(reply: str) -> list[str]:
    out = [m.group(1) for m in _FENCE.finditer(reply)]
    starts = [i for i in (reply.find("{"), reply.find("[")) if i >= 0]
    if starts:
        out.append(reply[min(starts):])
    return out


def _loads(text: str):
    text = text.strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        obj, _ = json.JSONDecoder().raw_decode(text)  # valid JSON followed by chatter
        return obj
    except ValueError:
        pass
    try:
        return json.loads(repair_json(text))
    except ValueError:
        return None


def repair_json(text: str) -> str:
    """Best-effort fix of common model mistakes, including a reply cut off at max_tokens:
    the last incomplete element is dropped and open brackets are closed."""
    if "'" in text and '"' not in text:
        text = text.replace("'", '"')
    text = _TRAILING_COMMA.sub(r"\1", text)
    stack: list[str] = []
    in_str = esc = False
    last_complete = 0  # index just after the last complete value inside a container
    open_at_cut: list[str] = []  # the brackets still open at last_complete
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}":
            if stack:
                stack.pop()
            last_complete, open_at_cut = i + 1, list(stack)
            if not stack:
                return text[:i + 1]
        elif ch == "," and stack:
            last_complete, open_at_cut = i, list(stack)
    if not stack:
        return text
    # cut back to the last complete element, then close what is still open at that point
    head = _TRAILING_COMMA.sub(r"\1", text[:last_complete].rstrip().rstrip(","))
    return head + "".join(reversed(open_at_cut))


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
