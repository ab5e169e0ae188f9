"""Ranking readings from `aviation`'s failures (read as dev material in the forty-third session), on
fixed vectors (no model): ends about as close to an asked kind as another reading's are told apart
by the caller's order, not by a hair of closeness ("which CITY did X's husband come from": his
birthplace, not its country, which reads a little closer to "place"); and, from `automotive`'s, a relation
walked twice is asked when the question says its word twice."""
from __future__ import annotations

import re

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


@pytest.mark.parametrize("second, doubled", [("owns", True), ("runs", False)])
def test_a_relation_the_question_says_twice_may_be_walked_twice(tmp_path, second, doubled):
    # `automotive` (read in the forty-fourth session): "who OWNS the company that OWNS the maker of X"
    # walks `owned by` twice, a relation whose objects are seldom its subjects; each step has its own
    # "owns", so the owner's owner is asked, not a reading that walks no relation twice
    import dataclasses

    from graphrag.retrievers import profiles
    from graphrag.retrievers.analysis import Analysis
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from graphrag.retrievers.text import Token
    from test_ranking import _toy

    triples = [Triple("Miura", "made by", "Lambo"), Triple("Lambo", "owned by", "Audi"), Triple("Audi", "owned by", "VW"),
               Triple("Audi", "founded by", "Horch")]
    triples += [Triple(f"Firm {i}", "owned by", f"Owner {i}") for i in range(10)]
    store, scorer, by_steps = _toy(tmp_path, triples, {}, "Miura", hops=3)
    scorer.weights = dataclasses.replace(scorer.weights, chain_floor=0.12)
    text = f"who owns the company that {second} the maker of Miura"
    tokens = [Token(m.group(), m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    at = {t.start: t.raw for t in tokens}
    owns, other, maker = (next(i for i, w in at.items() if w == x and i >= after) for x, after in
                          (("owns", 0), (second, 5), ("maker", 0)))
    made, owned = (("made by", "out"),), (("owned by", "out"),)
    twice = by_steps[made + owned + owned]
    founder = by_steps[made + owned + (("founded by", "out"),)]
    twice.score, founder.score = 1.75, 0.66
    twice.backed_by, founder.backed_by = (maker, other, owns), (maker, other, -1)
    ranked = [twice, founder]
    AnswerTypeRules(store, scorer, profiles.compute(store)).skip_doubled(ranked, Analysis(text, tokens))
    assert (ranked[0] is twice) is doubled


def test_where_does_not_walk_a_birthplace_on_to_its_country_from_a_rival_reading(tmp_path):
    # "Where were the men who led the Army born?": the best reading reaches the birthplaces through the
    # army's corps, a rival straight from the army and on to their country. That country is no more
    # "where" than the birthplace the best reading ends on (as for the best reading's own extension)
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy

    triples = [Triple("Army", "part of", "Corps"), Triple("Corps", "led by", "Lee"), Triple("Army", "led by", "Lee"),
               Triple("Lee", "born in", "Stratford"), Triple("Stratford", "country", "Freedonia")]
    axes = {"place": [1, 0, 0, 0], "person": [0, 1, 0, 0], "Freedonia": [1, 0, 0, 0], "Stratford": [0.5, 0.45, 0.7, 0],
            "Lee": [0, 1, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Army", hops=3)
    best = (("part of", "out"), ("led by", "out"), ("born in", "out"))
    rival = (("led by", "out"), ("born in", "out"), ("country", "out"))
    ranked = [by_steps[best], by_steps[rival]]
    ranked[0].score, ranked[1].score = 0.45, 0.2
    rules = AnswerTypeRules(store, scorer)
    lean = rules._place_lean(rules._latin_space(ranked, "place"), ranked[0])
    assert 0 <= lean < scorer.weights.place_margin  # the birthplace leans to place, but not by the margin
    rules.prefer_place(ranked)
    assert ranked[0].steps == best
