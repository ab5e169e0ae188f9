"""Ranking readings from `aviation`'s failures (read as dev material in the forty-third session), on
fixed vectors (no model): ends about as close to an asked kind as another reading's are told apart
by the caller's order, not by a hair of closeness ("which CITY did X's husband come from": his
birthplace, not its country, which reads a little closer to "place")."""
from __future__ import annotations

import pytest

from graphrag import Triple


@pytest.mark.parametrize("scotland, wins", [([0.85, 0.05, 0.45, 0], "born in"), ([1, 0, 0, 0], "country")])
def test_a_hair_closer_to_place_does_not_take_one_more_step(tmp_path, scotland, wins):
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy

    triples = [Triple("Amy", "spouse", "Jim"), Triple("Jim", "born in", "Glasgow"), Triple("Glasgow", "country", "Scotland")]
    # Glasgow reads 0.86 close to "place"; Scotland 0.88 (a hair closer: the birthplace stays, one step
    # nearer the best reading) or 1.0 (clearly closer: the country goes first)
    axes = {"place": [1, 0, 0, 0], "person": [0, 1, 0, 0], "Jim": [0, 1, 0, 0], "Glasgow": [0.85, 0.05, 0.5, 0],
            "Scotland": scotland}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Amy", hops=3)
    spouse = (("spouse", "out"),)
    born = spouse + (("born in", "out"),)
    ranked = [by_steps[spouse], by_steps[born], by_steps[born + (("country", "out"),)]]
    ranked[0].score, ranked[1].score, ranked[2].score = 0.65, 0.62, 0.27
    for p in ranked:
        p.backed_by = tuple(-1 for _ in p.steps)
    AnswerTypeRules(store, scorer).prefer_place(ranked)
    assert ranked[0].steps[-1][0] == wins
