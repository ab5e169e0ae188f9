"""Readings added in the forty-second session (no model needed), from `theatre`'s failures: a
wh-word right after a noun opens a relative clause when another wh-word comes later ("the singer
WHO created X was born in the capital of WHICH country"), so the later one asks; a word beside a
name that the qualifier of a namesake holds ("the OPERA A Streetcar Named Desire") links that
namesake ("A Streetcar Named Desire (opera)")."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.text import answer_type_words, asks_person, first_wh, question_tokens
from graphrag.store.sqlite import SQLiteGraphStore


@pytest.mark.parametrize("question,asks", [
    ("The singer who created Amalia in I masnadieri was born in the capital of which country?", "which"),
    ("The director who directed Heat also directed which films?", "which"),
    ("Miss Saigon updates an opera which was drawn from a play; who wrote that play?", "who"),
    ("Who are the authors whose books were published by Penguin?", "who"),  # the first asks, as before
    ("Which movies were made by the person who directed Heat?", "which"),
    ("In what year was the film which Mann directed released?", "what"),
    ("The film, which Mann directed, starred whom?", "which"),  # after a comma: not told apart (as before)
])
def test_the_wh_word_that_asks_is_not_a_relative_pronoun_after_a_noun(question, asks):
    _, toks = question_tokens(question)
    assert toks[first_wh(toks)].word == asks


def test_a_relative_who_does_not_make_the_question_ask_a_person():
    question = "The singer who created Amalia in I masnadieri was born in the capital of which country?"
    text, toks = question_tokens(question)
    assert answer_type_words(text, toks, []) == ["country"]
    assert not asks_person(text, toks)
    text, toks = question_tokens("Which movies were made by the person who directed Heat?")
    assert answer_type_words(text, toks, []) == ["movies"] and not asks_person(text, toks)


TRIPLES = [
    Triple("A Streetcar Named Desire", "written by", "Tennessee Williams"),
    Triple("A Streetcar Named Desire (opera)", "composed by", "André Previn"),
    Triple("A Streetcar Named Desire (opera)", "based on", "A Streetcar Named Desire"),
    Triple("Fargo", "created by", "Noah Hawley"),
    Triple("Fargo (film)", "directed by", "Joel Coen"),
    Triple("Fargo (TV series)", "aired on", "FX"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("qualified")
    SQLiteGraphStore(home).upsert_triples(TRIPLES)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def _linked(rag, question: str) -> list[str]:
    return [e.name for e in rag.linker.link(question)]


def test_the_word_before_a_name_picks_the_namesake_it_qualifies(rag):
    assert "A Streetcar Named Desire (opera)" in _linked(rag, "Who composed the opera A Streetcar Named Desire?")
    assert "A Streetcar Named Desire (opera)" in _linked(rag, "What is André Previn's opera A Streetcar Named Desire based on?")
    assert "Fargo (film)" in _linked(rag, "Who directed the film Fargo?")
    assert "Fargo (TV series)" in _linked(rag, "Where did the TV series Fargo air?")  # a qualifier of two words


def test_a_name_said_without_such_a_word_links_the_bare_name(rag):
    assert _linked(rag, "Who wrote A Streetcar Named Desire?")[0] == "A Streetcar Named Desire"
    assert _linked(rag, "Who created Fargo?")[0] == "Fargo"
    # a qualifier word further away is no qualifier of the name
    assert _linked(rag, "Which film came before Fargo?")[0] == "Fargo"
