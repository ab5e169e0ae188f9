"""Readings of the twenty-seventh session, from the `politics` dev set's failures: a misspelling
span must spell the words it adds, a family name links its best-known member, and the noun a
question asks for is the last of its phrase ("which german STATE is …")."""
from __future__ import annotations

import pytest

from graphrag import Triple
from graphrag.retrievers.lexicon import Lexicon
from graphrag.retrievers.linker import EntityLinker
from graphrag.retrievers.names import NameIndex
from graphrag.retrievers.text import answer_type_words, question_tokens
from graphrag.store.sqlite import SQLiteGraphStore


def _linker(store) -> EntityLinker:
    names = NameIndex()
    names.sync(store)
    return EntityLinker(Lexicon.build(store), names=names, degrees=store.degrees)


def test_a_span_that_misspells_no_word_does_not_replace_the_name_inside_it(tmp_path):
    # "REGION of Portugal" is as close to `President of Portugal` as a misspelling by " of Portugal"
    # alone; "region" is spelled like none of its words, so the country typed right stays linked
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Ana Duarte", "held office", "President of Portugal"),
                          Triple("Algarve", "located in", "Portugal"),
                          Triple("Ana Duarte", "born in", "Faro"), Triple("Faro", "located in", "Algarve")])
        linker = _linker(s)
        got = [e.name for e in linker.link("In which region of Portugal was Ana Duarte born?")]
        assert "Portugal" in got and "President of Portugal" not in got
        # a span whose added words are the name's own still replaces the word it holds
        s.upsert_triples([Triple("Rui Costa", "represents", "Portugal national handball team")])
        got = _linker(s).link("Who plays for the Portugal national team?")
        assert [e.name for e in got][:1] == ["Portugal national handball team"]


def test_a_family_name_links_the_member_with_by_far_the_most_facts(tmp_path):
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Vera Lindqvist", "held office", "Prime Minister of Sweden"),
                          Triple("Vera Lindqvist", "born in", "Umeå"), Triple("Vera Lindqvist", "spouse", "Olof Lindqvist"),
                          Triple("Vera Lindqvist", "child", "Maja Lindqvist"), Triple("Vera Lindqvist", "child", "Nils Lindqvist"),
                          Triple("Vera Lindqvist", "member of party", "Green Party"),
                          Triple("Olof Lindqvist", "born in", "Luleå"), Triple("Karin Lindqvist", "born in", "Kiruna")])
        got = _linker(s).link("Where was Lindqvist's husband born?")
        assert [(e.name, e.mention) for e in got] == [("Vera Lindqvist", "Lindqvist")]
        # no member stands out: the family name names none of them
        s.upsert_triples([Triple("Olof Lindqvist", "held office", "Mayor of Luleå"),
                          Triple("Olof Lindqvist", "member of party", "Centre Party"),
                          Triple("Olof Lindqvist", "educated at", "Uppsala University")])
        assert _linker(s).link("Where was Lindqvist's husband born?") == []


@pytest.mark.parametrize("question,kinds", [
    ("which german state is the club's home city in", ["state"]),
    ("which us state was the senator born in", ["state"]),
    ("Rembrandt's hometown is in which Dutch province?", ["province"]),
    ("Which political party did she found?", ["party"]),
    # a noun before the noun is what is asked as often ("which PUBLISHING houses", "which FILM director")
    ("Which publishing houses have released her books?", ["publishing"]),
    # the word after the noun is a verb, not a noun the first one modifies
    ("which person wrote the book", ["person"]),
    ("What office did her father hold?", ["office"]),
    ("which animated films were released in 1990", ["films"]),
])
def test_the_asked_for_noun_is_the_last_word_of_its_phrase(question, kinds):
    text, toks = question_tokens(question)
    assert answer_type_words(text, toks, []) == kinds
