"""Readings added in the thirty-fourth session (fake embedder). Labels that differ in the
preposition they end with (`founded in`, `founded by`) are one relation word's twins: a word's
closeness to either counts for both, so "WHO started X" is not pulled to the year by how the
model reads "started"; what is asked (who, when) tells them apart. A bare verb's label is no twin
of its prepositional one ("received" takes what was received, "received with" whom). An asked
noun the model reads as a person ("which ENGINEER", "which ACTORS") asks who, as "who" does; and
"which stations ARE RUN BY X" is a verb, not a kind ("stations of run")."""
from __future__ import annotations

import numpy as np

from graphrag.retrievers.relations import RelationScorer
from graphrag.retrievers.weights import RankingWeights
from test_ranking import AxisEncoder

LABELS = ["founded in", "founded by", "designed by", "operated by", "located in", "received", "received with"]
AXES = {label: np.eye(8)[i] for i, label in enumerate(LABELS)}
AXES |= {"started": [0.8, 0.45, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3],  # near the year's label, less near the founder's
         "built": [0.1, 0.1, 0.8, 0.45, 0.1, 0.1, 0.1, 0.3],  # near one of two labels with other words
         "won": [0.1, 0.1, 0.1, 0.1, 0.1, 0.8, 0.45, 0.3]}


def _scorer(**weights) -> RelationScorer:
    return RelationScorer(AxisEncoder(AXES, dim=8), relations=LABELS, weights=RankingWeights(ensemble=0.0, **weights))


def test_labels_that_differ_in_a_preposition_share_a_words_closeness():
    m = _scorer().matrix(["started"], LABELS)
    assert m[0, 0] > 0.3
    assert m[0, 1] == m[0, 0]


def test_labels_with_other_words_are_read_apart():
    m = _scorer().matrix(["built"], LABELS)
    assert m[0, 2] > 0.3
    assert m[0, 3] < m[0, 2]


def test_twins_are_found_among_the_relations_asked_about_too():
    # a graph with too many relations to embed up front reads a word against the ones near the topic
    m = _scorer(max_reference=2).matrix(["started"], ["founded by", "founded in", "located in"])
    assert m[0, 0] == m[0, 1] > 0.0


def test_a_bare_label_is_no_twin_of_its_prepositional_one():
    m = _scorer().matrix(["won"], LABELS)
    assert m[0, 5] > 0.3
    assert m[0, 6] < m[0, 5]


def test_a_noun_near_person_asks_who(tmp_path):
    # "which ENGINEER designed X": the noun reads as a person, as "who" does; "which CITY" does not
    from graphrag import Triple
    from graphrag.retrievers.analysis import Analysis
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy

    axes = {"person": [1, 0, 0, 0], "place": [0, 1, 0, 0], "engineer": [0.9, 0.1, 0.3, 0.3], "city": [0.1, 0.9, 0.3, 0.3],
            "film": [0.5, 0.5, 0.5, 0.5]}
    store, scorer, _ = _toy(tmp_path, [Triple("Dam", "designed by", "Coyne")], axes, "Dam")
    rules = AnswerTypeRules(store, scorer)
    assert rules.names_person(Analysis("which engineer", [], kinds=["engineer"], phrase="engineer"))
    assert not rules.names_person(Analysis("which city", [], kinds=["city"], phrase="city"))
    assert not rules.names_person(Analysis("which film", [], kinds=["film"], phrase="film"))


def test_a_verb_with_by_after_the_asked_noun_is_no_kind():
    from graphrag.retrievers.text import kind_phrase

    assert kind_phrase("Which stations are run by Vattenfall?", "stations") == ("stations", None)
    assert kind_phrase("What types are the movies written by X?", "types")[0] == "types of movies"
