"""A reading of philosophy's failures (forty-eighth session), on other words: "which SCHOOL OF THOUGHT" asks a
school of thought ("thought" is no verb there, as "formed" is in "what LAKE WAS FORMED by")."""
from __future__ import annotations

from graphrag.retrievers.text import kind_phrase


def test_a_noun_of_a_noun_is_the_kind_even_when_it_reads_as_a_verb():
    assert kind_phrase("To which school of thought did the two authors of Walden belong?", "school")[0] == "school of thought"
    assert kind_phrase("Which line of thought did Hume follow?", "line")[0] == "line of thought"
    assert kind_phrase("What lake was formed by the Hoover Dam?", "lake") == ("lake", None)
    assert kind_phrase("What type of film is Alien?", "type")[0] == "type of film"

