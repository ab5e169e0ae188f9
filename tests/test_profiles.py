"""Relation profiles from the graph: value kinds by sampling, cardinality each way, persisted per
store version; and the answer-type rule that reads them."""
from __future__ import annotations

import json

import pytest

from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import LinkedEntity, Triple
from graphrag.retrievers import profiles
from graphrag.retrievers.answer_type import TIME, AnswerTypeRules
from graphrag.retrievers.paths import Path as RelPath
from graphrag.retrievers.profiles import PROFILES_FILE, RelationProfile, value_kind

# made-up relation names on purpose: nothing is known about any relation beforehand
TRIPLES = [
    *(Triple(f"Film {i}", "p1", str(1950 + i)) for i in range(6)),           # one year each
    *(Triple(f"Film {i}", "p2", f"Person {i % 2}") for i in range(6)),       # 6 films, 2 people
    Triple("Film 0", "p2", "Person 2"),                                        # Film 0 has two
    *(Triple(f"Film {i}", "p3", f"{7 + i / 10:.1f}") for i in range(6)),    # a rating each
    Triple("Film 0", "p4", "A long plot summary of the film, in which nothing much happens at all."),
    Triple("Film 1", "p4", "Another story about a heist that goes wrong in the end."),
    Triple("Person 0", "p5", "12 March 1931"),
    Triple("Person 1", "p5", "1931-03-12"),
]


@pytest.fixture
def store(tmp_path):
    s = SQLiteGraphStore(tmp_path / "g")
    s.upsert_triples(TRIPLES)
    yield s
    s.close()


@pytest.mark.parametrize("name,kind", [
    ("1944", "time"), ("1990s", "time"), ("2009-05-01", "time"), ("12 March 1931", "time"),
    ("May 4, 1961", "time"), ("1961年8月4日", "time"), ("1945年[1]", "time"), ("1989~现在", "time"),
    ("成立于2003年11月", "time"), ("2001: A Space Odyssey", "name"), ("Apollo 13", "name"),
    ("7.5", "number"), ("1,234", "number"), ("3.5 million", "number"), ("180 cm", "number"), ("45%", "number"),
    ("$12", "number"), ("16开", "number"),
    ("William Dieterle", "name"), ("The Hunchback of Notre Dame", "name"), ("good", "name"),
    ("A long plot summary of the film, in which nothing much happens at all.", "text"),
    ("Another story about a heist that goes wrong.", "text"),
])
def test_value_kind(name, kind):
    assert value_kind(name) == kind


def test_kinds_and_cardinality_each_way(store):
    p = profiles.compute(store)
    assert sorted(p) == ["p1", "p2", "p3", "p4", "p5"]
    year, people, rating, plot, born = p["p1"], p["p2"], p["p3"], p["p4"], p["p5"]
    assert (year.subjects.kind, year.objects.kind) == ("name", "time")
    assert (rating.objects.kind, plot.objects.kind, born.objects.kind) == ("number", "text", "time")
    assert people.objects.kind == "name" and people.objects.shares == {"name": 1.0}
    assert sorted(people.objects.examples) == ["Person 0", "Person 1", "Person 2"]  # what "who" is judged on
    assert year.count == 6 and people.count == 7
    # p2: 6 films → 3 people; Film 0 has two people, the others one
    assert people.objects.distinct == 3 and people.subjects.distinct == 6
    assert people.objects.per_other_mean == pytest.approx(7 / 6, abs=1e-3)
    assert people.objects.per_other_median == 1.0
    assert people.objects.functional == pytest.approx(5 / 6, abs=1e-3)
    # the other way: Person 0 has films 0, 2, 4; Person 1 has 1, 3, 5; Person 2 has film 0
    assert people.subjects.per_other_mean == pytest.approx(7 / 3, abs=1e-3)
    assert people.subjects.per_other_median == 3.0
    assert people.subjects.functional == pytest.approx(1 / 3, abs=1e-3)
    assert year.objects.functional == 1.0 and year.subjects.functional == 1.0
    assert people.end("out") is people.objects and people.end("in") is people.subjects


def test_a_relation_that_chains_into_itself_is_told_apart(tmp_path):
    # a place's place: two of the three objects are subjects too; films to people never are
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Izmir", "q", "Turkey"), Triple("Turkey", "q", "Asia"), Triple("Ankara", "q", "Turkey"),
                          Triple("Bursa", "q", "Marmara"), Triple("Marmara", "q", "Turkey"), *TRIPLES])
        p = profiles.compute(s)
        assert p["q"].chained == pytest.approx(2 / 3, abs=1e-3) and p["p2"].chained == 0.0
        assert RelationProfile.from_dict(p["q"].to_dict()) == p["q"]


def test_sampling_is_seeded_and_bounded(tmp_path):
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple(f"E{i}", "q", str(1700 + i) if i % 4 else f"Name {i}") for i in range(400)])
        a, b = profiles.compute(s, sample=50), profiles.compute(s, sample=50)
        assert a == b
        side = a["q"].objects
        assert side.kind == "time" and 0.6 < side.shares["time"] < 0.9  # 3 in 4 are years
        assert sum(side.shares.values()) == pytest.approx(1.0, abs=0.01)
        # a few of its facts, real pairs of it, for reading the relation by example
        facts = a["q"].facts
        assert len(facts) == profiles.FACTS and len(set(facts)) == profiles.FACTS
        assert all(o == (str(1700 + int(s[1:])) if int(s[1:]) % 4 else f"Name {s[1:]}") for s, o in facts)


def test_saved_per_store_version_and_recomputed_after_a_write(store, tmp_path):
    home = tmp_path / "g"
    first = profiles.current(store, home)
    data = json.loads((home / PROFILES_FILE).read_text("utf-8"))
    assert data["store_version"] == store.version() and len(data["relations"]) == 5
    assert not list(home.glob(f".{PROFILES_FILE}.*"))  # written through a temp file, renamed
    assert profiles.load(home, store.version()) == first
    assert RelationProfile.from_dict(first["p2"].to_dict()) == first["p2"]
    store.upsert_triples([Triple("Film 9", "p6", "Person 9")])
    assert profiles.load(home, store.version()) is None  # stale: another store version
    assert "p6" in profiles.current(store, home) and "p6" in profiles.load(home, store.version())
    (home / PROFILES_FILE).write_text("{not json", encoding="utf-8")
    assert profiles.load(home) is None and "p6" in profiles.current(store, home)


def _path(store, topic: str, steps) -> RelPath:
    t = store.find_entities(topic)[0]
    return RelPath(LinkedEntity(t.id, t.name, t.name, 0, len(t.name), 1.0, "exact"), tuple(steps))


class _NoScorer:
    weights = None


def test_ends_in_reads_the_profile_of_the_side_a_path_ends_on(store):
    rules = AnswerTypeRules(store, _NoScorer(), profiles.compute(store))
    # from the profile alone: no path is walked, no end name read (layers unset)
    assert rules.ends_in(_path(store, "Film 0", [("p1", "out")]), TIME)
    assert not rules.ends_in(_path(store, "1950", [("p1", "in")]), TIME)  # back to the films
    assert rules.ends_in(_path(store, "Film 0", [("p2", "out"), ("p5", "out")]), TIME)
    assert not rules.ends_in(_path(store, "Film 0", [("p3", "out")]), TIME)
    assert not rules.ends_in(_path(store, "Film 0", [("p4", "out")]), TIME)


def test_stats_shows_the_profiles(store, tmp_path, capsys):
    from graphrag.cli import main as cli_main

    home = str(tmp_path / "g")
    assert cli_main(["stats", "--graph", home, "--profiles", "--top", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["relation", "triples", "subjects", "objects"]
    assert lines[1].split()[:4] == ["p2", "7", "name", "name"] and lines[2].split()[:4] == ["p1", "6", "name", "time"]
    assert lines[1].split()[4:7] == ["1.17", "1", "0.83"]
    assert lines[-1] == "… 3 more relations (--top N)"


def test_a_side_partly_of_dates_is_judged_on_the_path_own_ends(tmp_path):
    """30% of this relation's objects are years: the profile cannot say, so the ends are read."""
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple(f"E{i}", "q", str(1900 + i) if i % 10 < 3 else f"Name {i}") for i in range(100)])
        prof = profiles.compute(s)
        assert prof["q"].objects.kind == "name" and 0.1 <= prof["q"].objects.shares["time"] <= 0.5
        rules = AnswerTypeRules(s, _NoScorer(), prof)

        def walked(subject: str) -> RelPath:
            p = _path(s, subject, [("q", "out")])
            e = s.neighbors([p.topic.id], direction="out")[0]
            p.layers = [[(e.subject_id, e.id, e.object_id)]]
            return p

        assert rules.ends_in(walked("E1"), TIME)  # → 1901
        assert not rules.ends_in(walked("E5"), TIME)  # → Name 5


def _scored(store, topic: str, steps, score: float) -> RelPath:
    p = _path(store, topic, steps)
    p.score = score
    return p


@pytest.mark.parametrize("kinds,winner", [("TIME", "p1"), ("NUMBER", "p3"), ("NAMES", "p2")])
def test_the_asked_for_kind_of_value_chooses_among_near_paths(store, kinds, winner):
    """"When" wants dates (p1), "how high" numbers (p3), "who" names (p2): a path ending on them
    within the margin of the best (a plot text, p4) goes first; a farther one does not, except
    the topic's own date when nothing nearer ends on one ("the film X, when published")."""
    from graphrag.retrievers import answer_type

    want = getattr(answer_type, kinds)
    rules = AnswerTypeRules(store, _NoScorer(), profiles.compute(store))
    near = [_scored(store, "Film 0", [("p4", "out")], 1.0)] + [
        _scored(store, "Film 0", [(r, "out")], 0.8) for r in ("p1", "p2", "p3")]
    rules.prefer_value(near, want, margin=0.5)
    assert near[0].steps == ((winner, "out"),) and near[0].components["answer_type"] == 1.0
    far = [_scored(store, "Film 0", [("p4", "out")], 1.0), _scored(store, "Film 0", [(winner, "out")], 0.1)]
    rules.prefer_value(far, want, margin=0.5)
    assert far[0].steps == (((winner if kinds == "TIME" else "p4"), "out"),)


def test_a_question_whose_kind_no_path_ends_on_is_a_mismatch(store):
    from graphrag.retrievers.analysis import Analysis

    rules = AnswerTypeRules(store, _NoScorer(), profiles.compute(store))
    when, who = Analysis("", [], asks_time=True), Analysis("", [], asks_person=True)
    assert rules.mismatch(_path(store, "Film 0", [("p2", "out")]), when)
    assert not rules.mismatch(_path(store, "Film 0", [("p1", "out")]), when)
    assert rules.mismatch(_path(store, "Film 0", [("p1", "out")]), who)
    assert not rules.mismatch(_path(store, "Film 0", [("p2", "out")]), who)
    assert not rules.mismatch(_path(store, "Film 0", [("p1", "out")]), Analysis("", []))
    how_high = Analysis("", [], asks_quantity=True)  # "how high is …": a number, not a name
    assert rules.mismatch(_walked(store, "Film 0", "p4", 0.0), how_high)  # a plot
    assert not rules.mismatch(_walked(store, "Film 0", "p3", 0.0), how_high)
    assert not rules.mismatch(_walked(store, "Film 0", "p2", 0.0), how_high)  # "Person 0": a code, maybe
    how_many = Analysis("", [], asks_quantity=True, asks_count=True)
    assert not rules.mismatch(_walked(store, "Film 0", "p4", 0.0), how_many)  # what is counted answers it


def _walked(store, topic: str, rel: str, score: float) -> RelPath:
    """A one-step path taken along its edges from `topic`, with a score."""
    p = _scored(store, topic, [(rel, "out")], score)
    p.layers = [[(e.subject_id, e.id, e.object_id) for e in store.neighbors([p.topic.id], direction="out")
                 if e.relation == rel]]
    return p


def test_a_reading_is_contested_when_another_answer_of_the_asked_kind_scores_as_well(store):
    """"Who …" with nothing naming p2 or p5's kin: two readings ending on names, near in score,
    with other answers, leave the first a guess; a rival far behind, or of another kind than the
    question asks for, or reaching the same answer, does not."""
    from graphrag.retrievers.analysis import Analysis

    rules = AnswerTypeRules(store, _NoScorer(), profiles.compute(store))
    who, when = Analysis("", [], asks_person=True), Analysis("", [], asks_time=True)
    names, years, ratings = (_walked(store, "Film 0", r, 0.0) for r in ("p2", "p1", "p3"))
    assert rules.contested([names, _walked(store, "Film 0", "p4", -0.1)], Analysis("", []), 0.2)
    assert not rules.contested([names, _walked(store, "Film 0", "p4", -0.5)], Analysis("", []), 0.2)
    assert not rules.contested([years, ratings], when, 0.2)  # ratings are no dates
    assert not rules.contested([names, ratings], who, 0.2)
    same = _walked(store, "Film 0", "p2", -0.1)
    same.steps = (("p2-alias", "out"),)  # another relation reaching the same person
    assert not rules.contested([names, same], who, 0.2)


@pytest.mark.parametrize("question,count,quantity", [
    ("How many children does Ann Lee have?", True, True), ("How tall is Ann Lee?", False, True),
    ("李安有几个孩子？", True, True), ("李安有多高？", False, True), ("Who is Ann Lee?", False, False),
])
def test_a_count_is_told_from_a_measure(question, count, quantity):
    from graphrag.asking import asks_count, asks_quantity

    assert (asks_count(question), asks_quantity(question)) == (count, quantity)
