"""A reading added in the thirty-third session (fake embedder): "in which COUNTRY was the judge
behind X born", on a graph with a `country` relation, ends on that relation when the question's
noun backs it, rather than on the judge's birthplace that leaves the noun unread."""
from __future__ import annotations

import pytest

from graphrag import Triple
from graphrag.retrievers.analysis import Analysis
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.retrievers.text import question_tokens
from test_ranking import _toy

QUESTION = "In which country was Atkin born?"
BORN, COUNTRY = 27, 9  # where "born" and "country" start in QUESTION


@pytest.mark.parametrize("label,backed,moved", [
    ("country", (BORN, COUNTRY), True),  # the noun is the label's head, the end is what it names
    ("country", (BORN, -1), True),  # the path reads the best path's words too (forty-ninth session)
    ("country", (-1, -1), False),  # neither the noun nor the best path's words: no reason to prefer it
    ("country of", (BORN, COUNTRY), False),  # "X country of Y" names the subject: the end is no country
])
def test_an_asked_noun_that_is_a_label_ends_the_path_on_its_side(tmp_path, label, backed, moved):
    store, scorer, paths = _toy(tmp_path, [Triple("Atkin", "born in", "Brisbane"), Triple("Brisbane", label, "Australia")],
                                {}, "Atkin")
    born = (("born in", "out"),)
    ranked = [paths[born], paths[born + ((label, "out"),)]]
    ranked[0].score, ranked[1].score = 0.53, 0.50
    ranked[0].backed_by, ranked[0].used = (BORN,), frozenset({BORN})
    ranked[1].backed_by = backed
    ranked[1].used = frozenset(b for b in ranked[1].backed_by if b >= 0)
    text, toks = question_tokens(QUESTION)
    a = Analysis(text, toks, kinds=["country"], phrase="country", asked_at=frozenset({COUNTRY}))
    AnswerTypeRules(store, scorer).end_on_named(ranked, a, 0.5)
    assert (ranked[0].steps[-1] == (label, "out")) == moved


def test_a_path_far_behind_is_not_preferred(tmp_path):
    store, scorer, paths = _toy(tmp_path, [Triple("Atkin", "born in", "Brisbane"), Triple("Brisbane", "country", "Australia")],
                                {}, "Atkin")
    born = (("born in", "out"),)
    ranked = [paths[born], paths[born + (("country", "out"),)]]
    ranked[0].score, ranked[1].score = 1.5, 0.2
    ranked[0].backed_by, ranked[0].used = (BORN,), frozenset({BORN})
    ranked[1].backed_by, ranked[1].used = (BORN, COUNTRY), frozenset({BORN, COUNTRY})
    text, toks = question_tokens(QUESTION)
    AnswerTypeRules(store, scorer).end_on_named(ranked, Analysis(text, toks, kinds=["country"], asked_at=frozenset({COUNTRY})), 0.5)
    assert ranked[0].steps == born
