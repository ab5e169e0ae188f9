"""Reading JSON out of what a model wrote: fenced, chatty, or cut off at max_tokens. Shared by
everything that asks a model for JSON (relation words, ingestion's triple extractor)."""
from __future__ import annotations

import json
import re

_FENCE = re.compile(r"```(?:json)?\s*(.*?)(?:```|$)", re.S)
_TRAILING_COMMA = re.compile(r",\s*([\]}])")


def json_values(reply: str):
    """Each JSON value found in `reply`, most explicit first (code fences, then from the first
    bracket), each repaired when it does not parse as it is; unreadable candidates are skipped."""
    for candidate in _json_candidates(reply):
        data = _loads(candidate)
        if data is not None:
            yield data


def parse_strings(reply: str) -> list[str]:
    """The strings of the first JSON array in `reply` (fenced, chatty or cut off), else none."""
    for data in json_values(reply):
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
