"""Readings of philosophy's failures (forty-eighth session), on other words: "which SCHOOL OF THOUGHT" asks a
school of thought ("thought" is no verb there, as "formed" is in "what LAKE WAS FORMED by"); "which PHILOSOPHICAL
movement" is read with its adjective where the bare noun reads no answer's name close (`prefer_kind`)."""
from __future__ import annotations

from graphrag.retrievers.text import classified_noun, kind_phrase, question_tokens


def test_a_noun_of_a_noun_is_the_kind_even_when_it_reads_as_a_verb():
    assert kind_phrase("To which school of thought did the two authors of Walden belong?", "school")[0] == "school of thought"
    assert kind_phrase("Which line of thought did Hume follow?", "line")[0] == "line of thought"
    assert kind_phrase("What lake was formed by the Hoover Dam?", "lake") == ("lake", None)
    assert kind_phrase("What type of film is Alien?", "type")[0] == "type of film"



def test_a_classifying_adjective_goes_with_the_asked_noun():
    def pair(q: str, noun: str) -> str:
        return classified_noun(question_tokens(q)[1], noun)

    assert pair("The Second Sex is a landmark of feminist thought. Which philosophical movement was its author part of?",
                "movement") == "philosophical movement"
    assert pair("Which historical period did the author of Beowulf live in?", "period") == "historical period"
    assert pair("Which movement was its author part of?", "movement") == ""
    assert pair("Which famous movement was its author part of?", "movement") == ""  # no class: a judgement
