"""A reading added in the thirty-fourth session (fake embedder): labels that differ in their
prepositions alone (`founded in`, `founded by`) are one relation word's twins. A word's closeness
to either counts for both, so "WHO started X" is not pulled to the year by how the model reads
"started"; what is asked (who, when) then tells them apart."""
from __future__ import annotations

import numpy as np

from graphrag.retrievers.relations import RelationScorer
from graphrag.retrievers.weights import RankingWeights
from test_ranking import AxisEncoder

LABELS = ["founded in", "founded by", "designed by", "operated by", "located in"]
AXES = {label: np.eye(6)[i] for i, label in enumerate(LABELS)}
AXES |= {"started": [0.8, 0.45, 0.1, 0.1, 0.1, 0.3],  # near the year's label, less near the founder's
         "built": [0.1, 0.1, 0.8, 0.45, 0.1, 0.3]}  # near one of two labels with other words


def _scorer(**weights) -> RelationScorer:
    return RelationScorer(AxisEncoder(AXES, dim=6), relations=LABELS, weights=RankingWeights(ensemble=0.0, **weights))


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
