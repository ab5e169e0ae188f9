"""A quoted sentence must say the verb the question asks about: holding the question's names
and nouns is being about the same things, not stating the asked fact. Read by the real parsers
(spaCy's small English pipeline from the ingest extra, jieba for Chinese)."""
from __future__ import annotations

import pytest

from graphrag.predicate import asked_verbs, says

pytest.importorskip("spacy")
if asked_verbs("Who wrote the letter?") == frozenset():
    pytest.skip("no spaCy English pipeline installed (the ingest extra)", allow_module_level=True)


@pytest.mark.parametrize("question, verb", [
    ("Which painter was inspired by the lighthouse on the island near Vardø?", "inspire"),
    ("Where was the Tarvos mask discovered?", "discover"),
    ("Who bought the schooner Alvira back in 1931?", "buy"),
    ("How much did it cost to build the Halden bridge?", "cost"),
    # a final participle the parser hangs on a noun, the copula its root (heldout_s11, s12, s13)
    ("When was the last Danish king born?", "bear"),
    ("Where was the captain of the Alvira born?", "bear"),
    ("In what year was Ivar von Holm born?", "bear"),
    ("佩瑶的丈夫是哪一年出生的？", "出生"),
    ("这所学院是谁创办的？", "创办"),
    ("学院的校训出自哪本书？", "出自"),
])
def test_the_asked_verb_is_read_by_the_parser(question, verb):
    assert verb in asked_verbs(question)


@pytest.mark.parametrize("question", [
    "In what year did Tomas Berg become mayor?",  # a light verb: what is asked is the office
    "Who is the current director of the Alvira Trust?",
    "What is the Halden bridge?",
    "Where is the Alvira Trust based?",  # any sentence that says where answers
])
def test_light_verbs_and_copulas_ask_nothing_of_a_sentence(question):
    assert asked_verbs(question) == frozenset()
    assert says(asked_verbs(question), "The weather was fine.")


def test_an_origin_adjective_says_no_birth():
    # (heldout_s9: "When was Alexander Fleming born?" quoted a sentence about "the German-born
    # biochemist" someone else)
    born = asked_verbs("When was Ivar von Holm born?")
    assert not says(born, "In 1939 the Danish-born chemist Per Lund began to study moulds.")
    assert says(born, "Per Lund was born in Aarhus in 1906.")


def test_a_sentence_must_say_the_verb_in_some_form():
    inspired = asked_verbs("Which painter was inspired by the lighthouse on the island near Vardø?")
    assert not says(inspired, "Near Vardø, the lighthouse stands on a small rocky island.")
    assert says(inspired, "The lighthouse inspired the painter Ola Brekke to paint his best-known work.")
    bought = asked_verbs("Who bought the schooner Alvira back in 1931?")
    assert says(bought, "A retired captain, Ivar Holm, bought her back in 1931.")  # irregular form
    assert not says(bought, "The Alvira was built in Bergen in 1902.")
    born = asked_verbs("佩瑶的丈夫是哪一年出生的？")
    assert not says(born, "1990年，佩瑶和丈夫的遗骨被迁葬到山下。")
    assert says(born, "他1921年出生于杭州。")
