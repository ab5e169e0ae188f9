"""Readings added in the fortieth session (fake embedder or none), from `archaeology`'s failures: a
capitalised adjective after "what NOUN was the" ("what TOWN was the FRENCH officer … born in") is no
kind the noun is asked of, so the town stays the asked noun; a "who" whose best reading ends on
things does not go on to a date or a year, however close a year reads to "person"; "位于哪个省？" asks
省 (a noun of one character before the question's end), not "个省"."""
from __future__ import annotations

import pytest

from graphrag import Triple
from graphrag.retrievers.text import answer_type_words, kind_phrase, question_tokens


@pytest.mark.parametrize("question,noun,expected", [
    ("what town was the french officer who came across the rosetta stone born in", "town", "town"),
    ("What town was the French officer who came across the Rosetta Stone born in", "town", "town"),
    ("what type of film is Heat", "type", "type of film"),  # a kind, as before
    ("what types are the movies directed by Ingmar Bergman", "types", "types of movies"),
    ("what genre is the Godfather in", "genre", "genre"),  # the topic is no kind (covered below)
])
def test_a_capitalised_adjective_of_the_subject_is_no_kind(question, noun, expected):
    covered = [(question.index("Godfather"), question.index("Godfather") + 9)] if "Godfather" in question else []
    assert kind_phrase(question, noun, covered)[0] == expected


def test_a_who_does_not_go_on_to_a_year(tmp_path):
    # "WHO paid for the dig that X carried out": the best reading ends on the dig; its one-step
    # extensions end on the sponsor (a person, whose name this model reads hardly closer to "person"
    # than the dig's) and on the dig's year, which it reads much closer. The year is no answer to "who".
    from graphrag.retrievers import profiles
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy
    triples = [Triple("Basil", "excavator of", "Hoo"), Triple("Hoo", "sponsor", "Edith"),
               Triple("Hoo", "time of discovery", "1939"), Triple("Ur", "sponsor", "Gordon"),
               Triple("Ur", "time of discovery", "1922"), Triple("Troy", "sponsor", "Frank"),
               Triple("Troy", "time of discovery", "1871"), Triple("Leonard", "excavator of", "Ur"),
               Triple("Heinrich", "excavator of", "Troy")]
    axes = {"person": [0, 1, 0, 0], "place": [0, 0, 1, 0], "Hoo": [0, 0.5, 0, 1], "Ur": [0, 0.5, 0, 1], "Troy": [0, 0.5, 0, 1],
            "Edith": [0, 0.55, 0, 1], "Gordon": [0, 0.55, 0, 1], "Frank": [0, 0.55, 0, 1],
            "1939": [0, 1, 0, 0.1], "1922": [0, 1, 0, 0.1], "1871": [0, 1, 0, 0.1],
            "Basil": [0, 1, 0, 0], "Leonard": [0, 1, 0, 0], "Heinrich": [0, 1, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Basil")
    first = (("excavator of", "out"),)
    ranked = [by_steps[first], by_steps[first + (("time of discovery", "out"),)], by_steps[first + (("sponsor", "out"),)]]
    ranked[0].score, ranked[1].score, ranked[2].score = 0.0, -0.3, -0.05
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    rules.prefer_people_beyond(ranked)
    assert ranked[0].steps[-1] != ("time of discovery", "out")


@pytest.mark.parametrize("question,noun", [("峨眉山位于哪个省？", "省"), ("洱海在哪个省份", "省份"), ("他是哪国人？", "国人")])
def test_a_chinese_asked_noun_of_one_character(question, noun):
    text, toks = question_tokens(question)
    assert answer_type_words(text, toks, []) == [noun]
