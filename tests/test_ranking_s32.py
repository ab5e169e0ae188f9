"""Readings added in the thirtieth session, from the `games` set's failures: a noun right after
"the <mention>" that names what the topic itself is ("the Frostbite ENGINE") is no relation word,
and a "who" read as places takes a near reading that ends on people (fake embedder, toy graphs)."""
from __future__ import annotations

import pytest

from graphrag import Triple
from graphrag.retrievers import profiles
from graphrag.retrievers.analysis import Analysis, analyse
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.types import LinkedEntity
from test_ranking import _toy


@pytest.mark.parametrize("question,mention,kept", [
    ("Where is the studio that built the Frost engine located?", "Frost", False),  # Frost IS an engine
    ("Who made the Frost engine?", "Frost", False),
    ("Which engine does the Quest run on?", "Quest", True),  # not right after the mention
    ("Who is the Quest engine maker?", "Quest", True),  # an engine is on the far side of the game's step
    ("Where is Frost engine work done?", "Frost", True),  # no article: a compound, not a class
])
def test_a_noun_after_the_mention_that_names_the_topic_is_no_relation_word(tmp_path, question, mention, kept):
    triples = [Triple("Quest", "runs on engine", "Frost"), Triple("Saga", "runs on engine", "Frost"),
               Triple("Quest", "developed by", "Studio A"), Triple("Saga", "developed by", "Studio B"),
               Triple("Studio A", "located in", "Oslo"), Triple("Frost", "made by", "Studio A")]
    axes = {"engine": [1, 0, 0, 0], "Frost": [1, 0, 0, 0], "Quest": [0, 1, 0, 0], "Saga": [0, 1, 0, 0],
            "Studio A": [0, 0, 1, 0], "Studio B": [0, 0, 1, 0], "Oslo": [0, 0, 0, 1]}
    store, scorer, _ = _toy(tmp_path, triples, axes, mention)
    e = store.find_entities(mention)[0]
    start = question.index(mention)
    linked = [LinkedEntity(e.id, mention, mention, start, start + len(mention), 3.0, "exact")]
    a = analyse(question, linked)
    assert "engine" in [t.word for t in a.words[e.id]]
    AnswerTypeRules(store, scorer, profiles.compute(store)).drop_topic_class(a, linked)
    assert ("engine" in [t.word for t in a.words[e.id]]) == kept


@pytest.mark.parametrize("behind,backed,promoted", [(0.2, True, True), (0.8, True, False), (0.2, False, False)])
def test_who_takes_a_near_reading_that_ends_on_people_over_one_on_places(tmp_path, behind, backed, promoted):
    # "WHO set up the studio that made Quest", its weak words read as the studio's country: the
    # reading that ends on a person, close behind, answers a "who"; one far behind does not, nor
    # does one behind a reading no word backs ("WHO is Obama's mother" is left to abstain)
    triples = [Triple("Quest", "developed by", "Studio A"), Triple("Studio A", "located in", "Sweden"),
               Triple("Quest", "directed by", "Josef"), Triple("Saga", "directed by", "Ana"),
               Triple("Saga", "developed by", "Studio B"), Triple("Studio B", "located in", "Norway")]
    axes = {"person": [0, 1, 0, 0], "place": [0, 0, 1, 0], "Josef": [0, 1, 0, 0], "Ana": [0, 1, 0, 0],
            "Sweden": [0, 0, 1, 0], "Norway": [0, 0, 1, 0], "Studio A": [0, 0, 0, 1], "Studio B": [0, 0, 0, 1],
            "Quest": [1, 0, 0, 0], "Saga": [1, 0, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Quest")
    where = (("developed by", "out"), ("located in", "out"))
    ranked = [by_steps[where], by_steps[(("directed by", "out"),)]]
    ranked[0].score, ranked[1].score = 0.0, -behind
    ranked[0].components["relation_evidence"] = 0.8 if backed else 0.0
    AnswerTypeRules(store, scorer, profiles.compute(store)).apply(ranked, Analysis("who", [], asks_person=True))
    assert (ranked[0].steps == (("directed by", "out"),)) == promoted
