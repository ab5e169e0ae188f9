"""Read triple files (TSV, CSV, JSONL) and bulk-load them into a store.

The whole file is parsed before anything is written, so a malformed row stops the load with
its line number and the graph is left as it was.
"""
from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from graphrag.store.base import GraphStore, UpsertStats
from graphrag.types import Triple


from graphrag.errors import UserError


class LoadError(UserError):
    """A malformed input row; the message names the file and line."""


@dataclass
class Alias:
    entity: str
    alias: str


@dataclass
class LoadSummary:
    path: str
    stats: UpsertStats
    aliases: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.stats.read / self.seconds if self.seconds else 0.0


def _fmt(path: Path, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = path.suffix.lower()
    return {".tsv": "tsv", ".txt": "tsv", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(suffix, "tsv")


def read_rows(path: str | Path, fmt: str | None = None) -> Iterator[Triple | Alias]:
    """Yield triples (and alias rows from JSONL); raises LoadError naming the bad line."""
    path = Path(path)
    fmt = _fmt(path, fmt)
    base = path.name
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as e:
        raise LoadError(f"{path}: cannot open ({e.strerror})") from None
    with fh:
        try:
            if fmt == "jsonl":
                yield from _jsonl(fh, path, base)
            elif fmt in ("tsv", "csv"):
                yield from _delimited(fh, path, base, "\t" if fmt == "tsv" else ",")
            else:
                raise LoadError(f"{path}: unknown format {fmt!r} (tsv, csv or jsonl)")
        except UnicodeDecodeError as e:
            raise LoadError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def _triple(path: Path, lineno: int, base: str, s, r, o, source=None, confidence=None) -> Triple:
    parts = []
    for label, value in (("subject", s), ("relation", r), ("object", o)):
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise LoadError(f"{path}:{lineno}: {label} must be a string, got {type(value).__name__}")
        value = str(value).strip()
        if not value:
            raise LoadError(f"{path}:{lineno}: empty {label}")
        parts.append(value)
    try:
        conf = 1.0 if confidence in (None, "") else float(confidence)
    except (TypeError, ValueError):
        raise LoadError(f"{path}:{lineno}: confidence {confidence!r} is not a number") from None
    if not 0.0 <= conf <= 1.0:
        raise LoadError(f"{path}:{lineno}: confidence {conf} is outside 0..1")
    return Triple(*parts, source=str(source) if source else f"{base}#L{lineno}", confidence=conf)


def _delimited(fh: io.TextIOBase, path: Path, base: str, delim: str) -> Iterator[Triple]:
    header = None
    reader = csv.reader(fh, delimiter=delim, quoting=csv.QUOTE_NONE if delim == "\t" else csv.QUOTE_MINIMAL)
    for lineno, row in enumerate(reader, 1):
        if not row or (len(row) == 1 and not row[0].strip()) or row[0].startswith("#"):
            continue
        if lineno == 1 and [c.strip().lower() for c in row[:3]] in (["subject", "relation", "object"], ["s", "r", "o"], ["head", "relation", "tail"]):
            header = [c.strip().lower() for c in row]
            continue
        if len(row) < 3 or (len(row) > 5):
            sep = "tab" if delim == "\t" else "comma"
            raise LoadError(f"{path}:{lineno}: expected 3 {sep}-separated fields (subject, relation, object"
                            f"[, source, confidence]), got {len(row)}: {delim.join(row)[:80]!r}")
        extra = dict(zip(header[3:], row[3:])) if header else {}
        source = extra.get("source", row[3] if len(row) > 3 and not header else None)
        conf = extra.get("confidence", row[4] if len(row) > 4 and not header else None)
        yield _triple(path, lineno, base, row[0], row[1], row[2], source, conf)


def _jsonl(fh: io.TextIOBase, path: Path, base: str) -> Iterator[Triple | Alias]:
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise LoadError(f"{path}:{lineno}: invalid JSON ({e.msg} at column {e.colno})") from None
        if isinstance(obj, list) and len(obj) in (3, 4, 5):
            yield _triple(path, lineno, base, *obj)
        elif isinstance(obj, dict) and "alias" in obj:
            if not obj.get("entity") or not obj.get("alias"):
                raise LoadError(f"{path}:{lineno}: an alias row needs non-empty 'entity' and 'alias'")
            yield Alias(str(obj["entity"]), str(obj["alias"]))
        elif isinstance(obj, dict):
            get = lambda *keys: next((obj[k] for k in keys if k in obj), None)  # noqa: E731
            s, r, o = get("subject", "s", "head"), get("relation", "r", "predicate"), get("object", "o", "tail")
            if s is None or r is None or o is None:
                raise LoadError(f"{path}:{lineno}: expected keys subject, relation, object (or an alias row "
                                f"with entity and alias), got {sorted(obj)}")
            yield _triple(path, lineno, base, s, r, o, obj.get("source"), obj.get("confidence"))
        else:
            raise LoadError(f"{path}:{lineno}: expected a JSON object or a [subject, relation, object] list")


def load_file(store: GraphStore, path: str | Path, fmt: str | None = None, progress: bool = False) -> LoadSummary:
    """Parse `path` completely, then upsert in transactional batches. Idempotent."""
    t0 = time.perf_counter()
    triples: list[Triple] = []
    aliases: list[Alias] = []
    for row in read_rows(path, fmt):
        (aliases if isinstance(row, Alias) else triples).append(row)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(triples), unit=" triples", desc=f"loading {Path(path).name}", unit_scale=True)
    try:
        stats = store.upsert_triples(triples, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    by_entity: dict[str, list[str]] = {}
    for a in aliases:
        by_entity.setdefault(a.entity, []).append(a.alias)
    n_alias = sum(store.add_aliases(e, al) for e, al in by_entity.items())
    return LoadSummary(str(path), stats, n_alias, time.perf_counter() - t0)
