"""Readings added in the thirty-seventh session (fake embedder), from `mountains`' failures: the
asked noun of a time ("in what YEAR") names a date, so it backs any step that ends on dates, not
only one whose label says "year"; a word of order before a verb ("who FIRST climbed X") is a word
of its own, one mention with that verb (of the two, one backs a step: "first published" is no
premiere and a publication); "the NAME of" is a noun, not a request; and a side of bare numbers
many of which can be no year (heights) holds numbers, not dates."""
from __future__ import annotations

from graphrag import Triple
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.paths import PathFinder
from graphrag.retrievers.profiles import compute
from graphrag.retrievers.relations import RelationScorer
from graphrag.retrievers.weights import RankingWeights
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import LinkedEntity
from test_ranking import AxisEncoder


def _finder(tmp_path, triples, axes, dim=4):
    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples(triples)
    scorer = RelationScorer(AxisEncoder(axes, dim=dim), relations=list(store.relation_counts()),
                            weights=RankingWeights(ensemble=0.0))
    return store, PathFinder(store, scorer, hops=3)


def _ask(store, finder, q, name, **kw):
    e = store.find_entities(name)[0]
    at = q.index(name)
    topic = LinkedEntity(e.id, name, name, at, at + len(name), 3.0, "exact")
    a = analyse(q, [topic])
    return a, finder.find([topic], a.words, a.mention_pos, question=a.tokens, asked_at=a.asked_at, **kw)


CLUB = [Triple("Ann", "member of", "Club"), Triple("Club", "founded in", "1857"),
        Triple("Club", "sponsor of", "Expedition"), Triple("Expedition", "expedition year", "1953")]
CLUB_AXES = {"member of": [1, 0, 0, 0], "founded in": [0, 1, 0, 0], "sponsor of": [0, 0, 1, 0],
             "expedition year": [0, 0, 0, 1], "belonged": [1, 0, 0, 0], "year": [0, 0, 0, 1]}


def test_the_asked_noun_of_a_time_backs_any_step_that_ends_on_dates(tmp_path):
    store, finder = _finder(tmp_path, CLUB, CLUB_AXES)
    q = "In what year did the club Ann belonged to come into being?"
    dates = frozenset({("founded in", "out"), ("expedition year", "out")})
    _, paths = _ask(store, finder, q, "Ann", time_sides=dates)
    assert paths[0].steps == (("member of", "out"), ("founded in", "out"))
    # without: "year" pays only for the step whose label says it, two steps on
    _, paths = _ask(store, finder, q, "Ann")
    assert paths[0].steps[-1] == ("expedition year", "out")


def test_an_order_word_before_a_verb_is_a_word_tied_to_it():
    q = "Which peak carries the name of the man who first stood on top of the Weisshorn?"
    at = q.index("Weisshorn")
    a = analyse(q, [LinkedEntity(1, "Weisshorn", "Weisshorn", at, at + 9, 3.0, "exact")])
    assert {"first", "name"} <= {t.word for t in a.words[1]}
    q = "Who was Ann's first husband?"  # before a noun it picks one of many, as before
    a = analyse(q, [LinkedEntity(1, "Ann", "Ann", 4, 7, 3.0, "exact")])
    assert "first" not in {t.word for t in a.words[1]}
    q = "Name the films Ann wrote"  # a request, as before
    a = analyse(q, [LinkedEntity(1, "Ann", "Ann", 15, 18, 3.0, "exact")])
    assert "name" not in {t.word for t in a.words[1]}
    q = "What was the name of Ann's mother?"  # the answer, no relation
    a = analyse(q, [LinkedEntity(1, "Ann", "Ann", 24, 27, 3.0, "exact")])
    assert "name" not in {t.word for t in a.words[1]}


def test_first_and_its_verb_back_one_step_between_them(tmp_path):
    # "first" reads `first aired` by its label, "published" `published in`: one mention, so no path
    # is paid by both (the show's premiere, then something published then); nor does "first" alone
    # leave "published" unpaid
    triples = [Triple("Show", "first aired", "2013"), Triple("Show", "based on", "Novel"),
               Triple("Novel", "published in", "1989"), Triple("2013", "published in", "Game")]
    store, finder = _finder(tmp_path, triples, {})
    a, paths = _ask(store, finder, "When was the novel behind Show first published?", "Show", keep=50)
    assert "first" in {t.word for t in a.words[paths[0].topic.id]}
    by = {p.steps: p for p in paths}
    twice = by[(("first aired", "out"), ("published in", "out"))]
    assert sum(at >= 0 for at in twice.backed_by) == 1
    assert twice.score <= by[(("based on", "out"), ("published in", "out"))].score
    assert by[(("first aired", "out"),)].score < twice.score


def test_heights_are_numbers_not_years(tmp_path):
    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples([Triple(f"Peak {i}", "height", str(h)) for i, h in enumerate((4478, 8849, 1344, 2962, 4808))]
                         + [Triple(f"Peak {i}", "first ascent", str(y)) for i, y in enumerate((1865, 1953, 1888, 1820, 1786))])
    profiles = compute(store)
    assert profiles["height"].objects.kind == "number"
    assert profiles["first ascent"].objects.kind == "time"
