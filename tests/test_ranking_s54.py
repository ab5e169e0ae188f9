"""Readings added in the fifty-fourth session, from `ceramics`' failures (shown here with other names): "WHEN was
X born" on a graph with both a birthplace and a birth year is the year, though "born" reads far closer to the
place's label; a year is no answer to "which COMPANY" a step's cost further; and "the Rauma WEAVING mill" is the
longer name "Rauma Weaving Company" said short, not the town."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.store.sqlite import SQLiteGraphStore

T = Triple
GRAPH = [
    T("Ilse Marten", "born_in", "Tampere"), T("Ilse Marten", "birth_year", "1911"),
    T("Ilse Marten", "died_in", "Helsinki"), T("Ilse Marten", "worked_for", "Vallila Weaving"),
    T("Ilse Marten", "designed", "Birch Stripe"), T("Birch Stripe", "made_by", "Vallila Weaving"),
    T("Birch Stripe", "introduced_in", "1952"), T("Vallila Weaving", "located_in", "Helsinki"),
    T("Vallila Weaving", "founding_year", "1935"), T("Vallila Weaving", "founded_by", "Aarne Lind"),
    T("Aarne Lind", "born_in", "Turku"), T("Aarne Lind", "birth_year", "1890"),
    T("Textile Museum of Finland", "founded_by", "Aarne Lind"), T("Textile Museum of Finland", "located_in", "Helsinki"),
    T("Textile Museum of Finland", "founding_year", "1961"),
    T("Kauko Rinne", "born_in", "Vaasa"), T("Kauko Rinne", "birth_year", "1921"),
    T("Kauko Rinne", "student_of", "Ilse Marten"), T("Saara Kivi", "student_of", "Kauko Rinne"),
    T("Rauma Weaving Company", "founded_by", "Aarne Lind"), T("Rauma Weaving Company", "located_in", "Rauma"),
    T("Eero Salo", "born_in", "Rauma"), T("Rauma", "country", "Finland"),
    T("Tampere", "country", "Finland"), T("Helsinki", "country", "Finland"), T("Turku", "country", "Finland"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("weaving")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_when_born_is_the_year_beside_a_birthplace(rag):
    assert rag.retrieve("When was Ilse Marten born?").answers[:1] == ["1911"]
    assert rag.retrieve("When was the founder of the Textile Museum of Finland born?").answers[:1] == ["1890"]


def test_which_company_is_no_year(rag):
    got = rag.retrieve("Which company produced the patterns that made Ilse Marten famous?").answers
    assert got[:1] == ["Vallila Weaving"]


def test_a_town_and_a_common_word_begin_a_longer_name(rag):
    got = rag.retrieve("Who founded the Rauma weaving mill?")
    assert [e.name for e in got.entities][:1] == ["Rauma Weaving Company"]
    assert got.answers[:1] == ["Aarne Lind"]
    assert [e.name for e in rag.retrieve("Who was born in Rauma?").entities][:1] == ["Rauma"]
