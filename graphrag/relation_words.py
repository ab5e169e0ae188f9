"""Extra words for a graph's relations: what questions say that the relation names do not.

A relation name rarely holds every word a question uses for it ("which INSTRUMENT" asks for
Wikidata's `P1303`, "what KIND of music" for `genre`, "谁写的" for `作者`). `relation_words.json` in the graph directory maps a relation to
such words or short phrases, in any language. It is the graph's own data: a user writes it (by
hand or with `graphrag relations --add`), or `graphrag relations --suggest` asks the configured
LLM once per relation at index time. Questions only read it: no LLM call on the hot path.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

from graphrag.files import atomic_file
from graphrag.llm.base import LLM, LLMError
from graphrag.llm.json_reply import parse_strings
from graphrag.normalize import fold, has_cjk

FILE = "relation_words.json"
MAX_WORDS = 24  # per relation: more is noise, and every word is matched against every question word


def path(home: str | Path) -> Path:
    return Path(home) / FILE


def load(home: str | Path | None) -> dict[str, list[str]]:
    """The graph's relation words; {} when there is no file. A malformed file is an error that
    names the file (a silent {} would quietly undo the user's edits)."""
    if home is None or not path(home).is_file():
        return {}
    from graphrag.errors import UserError

    try:
        data = json.loads(path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UserError(f"{path(home)}: not valid JSON ({e}); fix or delete it") from None
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v) for k, v in data.items()):
        raise UserError(f'{path(home)}: expected {{"relation": ["word", ...], ...}}')
    return {k: v for k, v in data.items() if v}


def save(home: str | Path, words: dict[str, list[str]]) -> Path:
    """Atomic: a crash leaves the old file or the new one, never half of one."""
    target = path(home)
    with atomic_file(target) as fh:
        text = json.dumps({k: v for k, v in sorted(words.items()) if v}, ensure_ascii=False, indent=1)
        fh.write((text + "\n").encode("utf-8"))
    return target


def merge(words: dict[str, list[str]], relation: str, new: Iterable[str]) -> list[str]:
    """Add `new` to `relation`'s words (case- and width-insensitive duplicates skipped, order
    kept, at most MAX_WORDS); returns what was added."""
    have = words.setdefault(relation, [])
    seen = {fold(w) for w in have}
    added = []
    for w in new:
        w = " ".join(w.split())
        if w and fold(w) not in seen and len(have) < MAX_WORDS:
            seen.add(fold(w))
            have.append(w)
            added.append(w)
    return added


def examples(store, per_relation: int = 3, scan: int = 200_000) -> dict[str, list[tuple[str, str]]]:
    """A few (subject, object) names per relation, for the LLM to see what a relation means."""
    out: dict[str, list[tuple[str, str]]] = {r: [] for r in store.relation_counts()}
    for i, e in enumerate(store.iter_edges()):
        got = out.setdefault(e.relation, [])
        if len(got) < per_relation:
            got.append((e.subject, e.object))
        if i >= scan or all(len(v) >= per_relation for v in out.values()):
            break
    return out


_SYSTEM = ("You help a question-answering system read a knowledge graph. Given one relation of the graph and "
           "example facts, list words and short phrases that people use in questions when they ask for this "
           "relation, including ones that do not appear in its name. Answer with a JSON array of strings only.")
# Worked examples for the model; made-up relations, not any benchmark's.
_SHOTS = [
    ("place_of_birth", [("Ada Lovelace", "London")], ["born", "birthplace", "hometown", "native of", "where from"]),
    ("供职", [("居里夫人", "巴黎大学")], ["工作", "任职", "就职", "在哪里上班", "单位"]),
]


def _message(relation: str, pairs: list[tuple[str, str]]) -> str:
    facts = "; ".join(f"({s}, {relation}, {o})" for s, o in pairs) or "(none)"
    return f"Relation: {relation}\nExample facts: {facts}"


def suggest(llm: LLM, relation: str, pairs: list[tuple[str, str]], max_tokens: int = 96,
            is_entity: Callable[[str], bool] = lambda name: False) -> list[str]:
    """The LLM's words for one relation, cleaned. Raises LLMError when the model is unreachable."""
    messages = [{"role": "system", "content": _SYSTEM}]
    for rel, ex, out in _SHOTS:
        messages += [{"role": "user", "content": _message(rel, ex)},
                     {"role": "assistant", "content": json.dumps(out, ensure_ascii=False)}]
    messages.append({"role": "user", "content": _message(relation, pairs)})
    schema = {"type": "array", "items": {"type": "string"}, "maxItems": 12}
    reply = llm.complete(messages, max_tokens=max_tokens, json_schema=schema)
    return clean(relation, parse_strings(reply), pairs, is_entity)


def clean(relation: str, words: list[str], pairs: list[tuple[str, str]],
          is_entity: Callable[[str], bool] = lambda name: False) -> list[str]:
    """Drop what a weak model echoes instead of answering: the relation's name or its words,
    identifiers (`release_type`), entity names (a name would back the relation wherever it is
    mentioned), single CJK characters, long or repeated strings."""
    from graphrag.retrievers.relations import relation_words

    rel_key = fold(relation)
    own = {rel_key, *relation_words(relation)}
    names = {fold(n) for pair in pairs for n in pair}
    out, seen = [], set()
    for w in words:
        w = " ".join(w.split())
        key = fold(w)
        cjk = has_cjk(w)
        if (not key or key in seen or key in own or key in names or "_" in w
                or any(ch in w for ch in "{}[]()<>=/\\|")
                or (len(w) > 12 or len(w) < 2 or rel_key in key if cjk else len(w) > 40 or len(w.split()) > 4)
                or is_entity(w)):
            continue
        seen.add(key)
        out.append(w)
    return out


__all__ = ["FILE", "LLMError", "load", "save", "merge", "examples", "suggest", "clean"]
