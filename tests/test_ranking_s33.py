"""Readings added in the thirty-first session, from the `architecture` set's failures: a noun
whose only tie to a label is an adjective made from its own root ("the ARCHITECT of X" and
`architectural style`) backs that label not at all, and is judged without it (fake embedder)."""
from __future__ import annotations

import pytest

from graphrag.retrievers.relations import RelationScorer, modifier_only
from graphrag.retrievers.weights import RankingWeights
from test_ranking import AxisEncoder


@pytest.mark.parametrize("word,relation,apart", [
    ("architect", "architectural_style", True),
    ("architects", "architectural style", True),
    ("nation", "national team", True),
    ("architectural", "architectural style", False),  # the adjective itself names the label
    ("style", "architectural style", False),  # the label's head
    ("star", "starred_actors", False),  # a participle, not an adjective: "the stars of X"
    ("released", "release_year", False),
    ("born", "place of birth", False),  # after "of": the label's own complement
    ("politicians", "member of political party", False),
])
def test_a_noun_tied_to_a_label_by_an_adjective_of_its_root_only(word, relation, apart):
    assert modifier_only(word, relation) is apart


RELATIONS = ["architectural style", "designed by", "located in", "opened in", "owned by"]
AXES = {r: [float(i == j) for j in range(5)] for i, r in enumerate(RELATIONS)}


def _scorer(word_vector: list[float]) -> RelationScorer:
    axes = dict(AXES, architect=word_vector, style=word_vector)
    return RelationScorer(AxisEncoder(axes, dim=5), relations=RELATIONS, weights=RankingWeights(ensemble=0.0))


def test_the_architect_of_x_backs_the_designer_not_the_style():
    # the model puts "architect" far closest to "architectural style" by its letters, and next
    # to "designed by": judged against the other labels only, "designed by" stands out
    m = _scorer([0.9, 0.45, 0.1, 0.1, 0.1]).matrix(["architect"], RELATIONS)
    assert m[0, RELATIONS.index("architectural style")] == 0.0
    assert m[0, RELATIONS.index("designed by")] > 0.0
    assert m[0, RELATIONS.index("designed by")] == m[0].max()


def test_a_word_of_the_label_keeps_its_reading():
    # the same vector for "style", the label's head: it still backs the style, and "designed by"
    # stays in the shadow of it as before
    m = _scorer([0.9, 0.45, 0.1, 0.1, 0.1]).matrix(["style"], RELATIONS)
    assert m[0, RELATIONS.index("architectural style")] == m[0].max() > 0.0
    assert m[0, RELATIONS.index("designed by")] == 0.0


@pytest.mark.parametrize("behind,rival_ends,backed,promoted", [
    (0.2, "student of", True, True),  # a teacher, close behind
    (0.5, "student of", True, False),  # more than a step behind
    (0.2, "born in", True, False),  # a place is no answer to "who" either
    (0.2, "student of", False, False),  # no word backs the readings: left to abstain
])
def test_who_takes_a_sibling_reading_that_ends_on_people(tmp_path, behind, rival_ends, backed, promoted):
    # "WHO taught the architect of X": "taught" reads about as close to the architect's schools as
    # to the architect's teachers; the reading that differs only in its last step and ends on people
    from graphrag import Triple
    from graphrag.retrievers import profiles
    from graphrag.retrievers.analysis import Analysis
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy
    triples = [Triple("Center", "designed by", "Zaha"), Triple("Zaha", "educated at", "AA School"),
               Triple("Zaha", "student of", "Rem"), Triple("Zaha", "born in", "Baghdad"),
               Triple("Tower", "designed by", "Rem"), Triple("Rem", "educated at", "Cornell School"),
               Triple("Rem", "born in", "Rotterdam"), Triple("Ola", "student of", "Elia"),
               Triple("Piet", "student of", "Oswald"), Triple("Ola", "educated at", "Delft School"),
               Triple("Ola", "born in", "Oslo")]  # three names a side at least: a side of one is noise
    axes = {"person": [0, 1, 0, 0], "place": [0, 0, 1, 0], "Zaha": [0, 1, 0, 0], "Rem": [0, 1, 0, 0],
            "Elia": [0, 1, 0, 0], "Oswald": [0, 1, 0, 0], "Ola": [0, 1, 0, 0], "Piet": [0, 1, 0, 0],
            "Baghdad": [0, 0, 1, 0], "Rotterdam": [0, 0, 1, 0], "Oslo": [0, 0, 1, 0],
            "AA School": [0, 0, 0, 1], "Cornell School": [0, 0, 0, 1], "Delft School": [0, 0, 0, 1],
            "Center": [1, 0, 0, 0], "Tower": [1, 0, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Center")
    first = (("designed by", "out"),)
    ranked = [by_steps[first + (("educated at", "out"),)], by_steps[first + ((rival_ends, "out"),)]]
    ranked[0].score, ranked[1].score = 0.0, -behind
    for p in ranked:
        p.components["relation_evidence"] = 0.6 if backed else 0.0
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    rules.prefer_people_among_siblings(ranked)
    assert (ranked[0].steps[-1] == (rival_ends, "out")) == promoted
