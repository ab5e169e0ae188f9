"""Readings added in the thirty-fifth session (fake embedder). Walking on from a date by another
relation ("X premiered in 2006 → the comics published in 2006") costs `through_value`: things that
only share a year are rarely what is asked. A bare asked noun the model reads clearly closer to one
side of a relation than to the other ("which CORPORATION": the companies `headquartered in`
holds, not their cities) backs no step that ends on the other side."""
from __future__ import annotations

from graphrag import Triple
from graphrag.retrievers import profiles
from graphrag.retrievers.analysis import Analysis
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.retrievers.paths import PathFinder
from graphrag.retrievers.text import question_tokens
from graphrag.retrievers.weights import RankingWeights
from graphrag.types import LinkedEntity
from test_ranking import _toy

SHOWS = [Triple("Dexter", "premiered", "2006"), Triple("Comic", "published", "2006"),
         Triple("Comic", "written by", "Ennis"), Triple("Dexter", "based on", "Novel"),
         Triple("Novel", "written by", "Lindsay"), Triple("Novel", "published", "2004")]
AXES = {"written by": [1, 0, 0, 0], "premiered": [0, 1, 0, 0], "published": [0, 0, 1, 0], "based on": [0, 0, 0, 1],
        "wrote": [0.9, 0.1, 0.2, 0.1], "novel": [0.1, 0.2, 0.9, 0.1]}


def _paths(store, scorer, question: str, value_sides=frozenset()):
    e = store.find_entities("Dexter")[0]
    text, toks = question_tokens(question)
    words = [t for t in toks if t.word in ("wrote", "novel")]
    finder = PathFinder(store, scorer, hops=3, beam=30, value_sides=value_sides)
    found = finder.find([LinkedEntity(e.id, "Dexter", "Dexter", 0, 6, 3.0, "exact")], {e.id: words}, {}, keep=60,
                        question=toks)
    return {p.steps: p for p in found}


def test_the_sides_that_hold_dates_come_from_the_graph(tmp_path):
    store, scorer, _ = _toy(tmp_path, SHOWS, AXES, "Dexter")
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    assert ("premiered", "out") in rules.value_sides and ("published", "out") in rules.value_sides
    assert ("written by", "out") not in rules.value_sides and ("published", "in") not in rules.value_sides


def test_walking_on_from_a_date_by_another_relation_costs(tmp_path):
    store, scorer, _ = _toy(tmp_path, SHOWS, AXES, "Dexter")
    sides = AnswerTypeRules(store, scorer, profiles.compute(store)).value_sides
    q = "Who wrote the novel that Dexter was adapted from?"
    plain, costed = _paths(store, scorer, q), _paths(store, scorer, q, sides)
    through = (("premiered", "out"), ("published", "in"), ("written by", "out"))
    adapted = (("based on", "out"), ("written by", "out"))
    cost = RankingWeights().through_value
    assert costed[through].score == plain[through].score - cost
    assert costed[adapted].score == plain[adapted].score  # no date on the way: as before
    # a step back along the same relation through a date is the sibling rule's, not this one's
    back = (("premiered", "out"), ("premiered", "in"))
    if back in plain:
        assert costed[back].score == plain[back].score


def test_an_asked_noun_names_the_side_it_reads_closer_to(tmp_path):
    # "which CORPORATION": close to `headquartered in`, and to its subjects, not its cities
    axes = {"headquartered in": [1, 0, 0, 0], "owned by": [0, 1, 0, 0], "aired on": [0, 0, 1, 0],
            "corporation": [0.6, 0.3, 0.1, 0.3], "Globex Corporation": [0.5, 0.5, 0, 0.1],
            "Initech Corporation": [0.5, 0.5, 0, 0.1], "Springfield": [0, 0, 0, 1], "Shelbyville": [0, 0, 0.1, 1]}
    triples = [Triple("Globex Corporation", "headquartered in", "Springfield"),
               Triple("Initech Corporation", "headquartered in", "Shelbyville"),
               Triple("Channel 6", "owned by", "Globex Corporation"), Triple("Show", "aired on", "Channel 6")]
    store, scorer, _ = _toy(tmp_path, triples, axes, "Show")
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    sides = rules.asked_sides(Analysis("which corporation", [], kinds=["corporation"], phrase="corporation",
                                       asked_at=frozenset({6})))
    assert sides.get("headquartered in") == "subject"
    # without a bare asked noun nothing is said
    assert rules.asked_sides(Analysis("who", [], kinds=[], phrase="")) == {}
    # with a larger gap the noun names no side
    strict = AnswerTypeRules(store, _toy(tmp_path / "b", triples, axes, "Show")[1], profiles.compute(store))
    strict.scorer.weights = RankingWeights(ensemble=0.0, asked_side_gap=5.0)
    assert strict.asked_sides(Analysis("which corporation", [], kinds=["corporation"], phrase="corporation",
                                       asked_at=frozenset({6}))) == {}


def test_a_label_word_inside_a_longer_word_needs_the_models_too():
    # "which NETWORK aired …" holds "work" (`derivative work`) by its letters alone; "birthplace"
    # holds "place" (`place of birth`) and means it
    from graphrag.retrievers.relations import RelationScorer
    from test_ranking import AxisEncoder

    labels = ["derivative work", "place of birth", "aired on"]
    axes = {"derivative work": [1, 0, 0, 0], "place of birth": [0, 1, 0, 0], "aired on": [0, 0, 1, 0],
            "network": [0.1, 0.1, 0.9, 0.3], "birthplace": [0.1, 0.9, 0.1, 0.3], "artwork": [0.9, 0.1, 0.1, 0.3]}
    m = RelationScorer(AxisEncoder(axes), relations=labels, weights=RankingWeights(ensemble=0.0)).matrix(
        ["network", "birthplace", "artwork"], labels)
    assert m[0, 0] == 0.0
    assert m[1, 1] > 0.3 and m[2, 0] > 0.3  # read close by the model as well: kept
