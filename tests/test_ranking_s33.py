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
