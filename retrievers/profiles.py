"""Relation profiles read from the graph: what each relation's subjects and objects are (dates,
numbers, free text, names), how many of one side each entity of the other side has, and whether
the relation chains into itself (its objects are its subjects too).

Nothing here knows a relation name: the kinds come from a seeded sample of each side's names,
the cardinalities from one pass over the edges (MetaQA's 133k triples: about 0.5 s). Computed
once per store version and kept in `profiles.json` beside the store (temp file + rename), so the
ranking stage reads them as a dict lookup.
"""
from __future__ import annotations

import json
import random
import re
import statistics
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from graphrag.files import atomic_file
from graphrag.asking import looks_like_time

PROFILES_FILE = "profiles.json"
FORMAT = 8  # bump when kinds or fields change: old files are recomputed
SAMPLE = 200  # names read per side of a relation to judge its kind
KINDS = ("time", "number", "text", "name")
EXAMPLES, EXAMPLE_CHARS = 12, 60  # names kept per side, each cut to this length
FACTS = 8  # (subject, object) pairs kept per relation: what the relation means, read by example
SIDES = 400  # relation sides an asked-for noun is read against (their examples embedded at load)
MAJORITY = 0.5  # a side is of a kind when more than this share of its sample is
LATEST_YEAR = 2100  # a bare number above this is no year
_BARE = re.compile(r"\d{3,4}")

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_WORDS = re.compile(rf"^(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{3,4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{3,4}}"
                         rf"|(?:{_MONTHS})\.?,?\s+\d{{3,4}})$", re.I)
# a quantity: digits with separators, an optional sign, scale word or short unit ("7.5", "1,234",
# "3.5 million", "180 cm", "$12", "45%", "12万")
_NUMBER = re.compile(r"^[+\-−±~≈$€£¥]?\s?\d[\d,.\s']*(?:[eE][+-]?\d+)?\s?(?:%|‰|[^\W\d_]{1,10}\.?|[万亿千百]\S{0,3})?$")


# a year inside a short value with little else ("1945年[1]", "1989~现在", "成立于2003年11月")
_YEAR_IN = re.compile(r"(?<!\d)(?:1\d|20)\d{2}(?!\d)")
_LATIN = re.compile(r"[A-Za-z]")
# a count or measure, whatever its digits look like: "1892种", "1453米", "1500 m", "2000%" (not
# "1945年", "1990年代": a time's own measure words)
_COUNTED = re.compile(r"^\d[\d,.]*\s?(?:[\u4e00-\u9fff](?<![年月日号时世代])[\u4e00-\u9fff]?|%|m|km|cm|mm|kg|g|t|ft|mi|km²|m²)$")


def value_kind(name: str) -> str:
    """time | number | text | name, from how a value is written (any language's digits count)."""
    s = name.strip()
    if looks_like_time(s) or _DATE_WORDS.match(s):
        return "time"
    if _COUNTED.match(s):
        return "number"
    if len(s) <= 24 and _YEAR_IN.search(s) and len(_LATIN.findall(s)) <= 3:
        return "time"
    if _NUMBER.match(s):
        return "number"
    words = s.split()
    if len(words) >= 8 or len(s) >= 60 or (len(words) >= 4 and s[-1:] in ".!?。！？"):
        return "text"
    return "name"


@dataclass(frozen=True)
class SideProfile:
    """One side of a relation (its subjects or its objects)."""

    kind: str  # the kind most of the sample is (KINDS), or "mixed"
    shares: dict[str, float]  # share of the sample per kind
    distinct: int  # distinct entities on this side
    per_other_mean: float  # how many of this side an entity of the other side has, on average
    per_other_median: float
    functional: float  # share of the other side's entities that have exactly one of this side
    examples: tuple[str, ...] = ()  # the first names of the seeded sample (what "who" is judged on)


@dataclass(frozen=True)
class RelationProfile:
    relation: str
    count: int  # triples
    subjects: SideProfile
    objects: SideProfile
    chained: float = 0.0  # share of its objects that are its subjects too: it climbs a hierarchy
    # (a place's place, a unit's parent unit), so walking it again reaches the same kind of thing
    facts: tuple[tuple[str, str], ...] = ()  # a seeded sample of its (subject, object) pairs

    def end(self, way: str) -> SideProfile:
        """The side a step ends on: walking "out" (subject → object) ends on the objects."""
        return self.objects if way == "out" else self.subjects

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "RelationProfile":
        def side(x: dict) -> SideProfile:
            return SideProfile(**{**x, "examples": tuple(x.get("examples", ()))})

        return cls(d["relation"], int(d["count"]), side(d["subjects"]), side(d["objects"]), float(d.get("chained", 0.0)),
                   tuple(tuple(f) for f in d.get("facts", ())))


def _side(names: list[str], distinct: int, per_other: list[int]) -> SideProfile:
    counts = Counter(value_kind(n) for n in names)
    bare = [int(n) for n in names if _BARE.fullmatch(n.strip())]
    if bare and sum(b > LATEST_YEAR for b in bare) * 5 >= len(bare):
        # heights (4478, 8849), lengths: a side where many bare numbers can be no year holds no years
        counts["time"] -= len(bare)
        counts["number"] += len(bare)
    shares = {k: round(counts[k] / len(names), 3) for k in KINDS if counts[k]} if names else {}
    top = max(shares, key=shares.get, default="mixed")
    kind = top if shares.get(top, 0.0) > MAJORITY else "mixed"
    return SideProfile(kind, shares, distinct, round(statistics.fmean(per_other), 3) if per_other else 0.0,
                       float(statistics.median(per_other)) if per_other else 0.0,
                       round(sum(1 for n in per_other if n == 1) / len(per_other), 3) if per_other else 0.0,
                       tuple(n[:EXAMPLE_CHARS] for n in names[:EXAMPLES]))


def compute(store, sample: int = SAMPLE, seed: int = 0) -> dict[str, RelationProfile]:
    """Profiles of every relation of `store`: one pass over its edges, `sample` names per side."""
    subj: dict[str, Counter] = {}
    obj: dict[str, Counter] = {}
    pairs: dict[str, list[tuple[int, int]]] = {}
    seen: Counter = Counter()
    rng_pairs = random.Random(seed + 1)
    for e in store.iter_edges():
        if e.relation not in subj:
            subj[e.relation], obj[e.relation], pairs[e.relation] = Counter(), Counter(), []
        subj[e.relation][e.subject_id] += 1  # objects per subject
        obj[e.relation][e.object_id] += 1  # subjects per object
        seen[e.relation] += 1  # reservoir sample of its pairs, one pass
        if len(pairs[e.relation]) < FACTS:
            pairs[e.relation].append((e.subject_id, e.object_id))
        elif (j := rng_pairs.randrange(seen[e.relation])) < FACTS:
            pairs[e.relation][j] = (e.subject_id, e.object_id)
    rng = random.Random(seed)
    picks: dict[str, tuple[list[int], list[int]]] = {}
    for rel in subj:
        s_ids, o_ids = sorted(subj[rel]), sorted(obj[rel])
        picks[rel] = (rng.sample(s_ids, min(sample, len(s_ids))), rng.sample(o_ids, min(sample, len(o_ids))))
    names = store.entity_names(sorted({i for a, b in picks.values() for i in (*a, *b)}
                                      | {i for ps in pairs.values() for p in ps for i in p}))
    out = {}
    for rel in sorted(subj):
        s_pick, o_pick = picks[rel]
        out[rel] = RelationProfile(
            rel, sum(subj[rel].values()),
            subjects=_side([names[i] for i in s_pick if i in names], len(subj[rel]), list(obj[rel].values())),
            objects=_side([names[i] for i in o_pick if i in names], len(obj[rel]), list(subj[rel].values())),
            chained=round(sum(1 for o in obj[rel] if o in subj[rel]) / len(obj[rel]), 3),
            facts=tuple((names[a][:EXAMPLE_CHARS], names[b][:EXAMPLE_CHARS]) for a, b in pairs[rel]
                        if a in names and b in names))
    return out


def name_sides(profiles: dict[str, RelationProfile], limit: int = SIDES) -> list[tuple[str, str, tuple[str, ...]]]:
    """(relation, "out" | "in", example names) of each side holding names, keyed like a path's
    last step (the side a step that way ends on): what an asked-for noun is read against. At
    most `limit`, so a graph with thousands of relations costs a question bounded work."""
    return [(rel, way, prof.end(way).examples) for rel, prof in profiles.items()
            for way in ("out", "in") if prof.end(way).kind == "name" and prof.end(way).examples][:limit]


def save(home: str | Path, version: int, profiles: dict[str, RelationProfile]) -> Path:
    path = Path(home) / PROFILES_FILE
    data = {"format": FORMAT, "store_version": version, "relations": [p.to_dict() for p in profiles.values()]}
    with atomic_file(path) as fh:
        fh.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return path


def load(home: str | Path, version: int | None = None) -> dict[str, RelationProfile] | None:
    """The saved profiles; None when missing, unreadable, of another format or (given `version`)
    of another store version."""
    try:
        data = json.loads((Path(home) / PROFILES_FILE).read_text("utf-8"))
        if data.get("format") != FORMAT or (version is not None and data.get("store_version") != version):
            return None
        return {d["relation"]: RelationProfile.from_dict(d) for d in data["relations"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current(store, home: str | Path | None) -> dict[str, RelationProfile]:
    """The saved profiles if they match the store's version, else computed (and saved when the
    graph directory is writable)."""
    version = store.version()
    if home is not None:
        found = load(home, version)
        if found is not None:
            return found
    profiles = compute(store)
    if home is not None:
        try:
            save(home, version, profiles)
        except OSError:
            pass  # read-only graph directory: keep them in memory
    return profiles
