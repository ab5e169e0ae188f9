"""Readings added in the fifty-fifth session, from `horology`'s failures (shown here with other names): "WHAT YEAR
was the firm X worked for FOUNDED" and "WHEN was the firm that makes X ESTABLISHED" ask the firm's own founding
year, not its founder's birth year, which a walk one step on from `founded_by` reaches with "year" alone backing
it; and a capitalised word that begins one longer name ("the group that owns IWC") names it when the question
names nothing else."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.store.sqlite import SQLiteGraphStore

T = Triple
GRAPH = [
    T("Halden Clocks", "founded_by", "Petter Halden"), T("Halden Clocks", "founding_year", "1871"),
    T("Halden Clocks", "headquartered_in", "Bergen"), T("Halden Clocks", "owned_by", "Norvik Holding"),
    T("Petter Halden", "born_in", "Stavanger"), T("Petter Halden", "birth_year", "1840"),
    T("Norvik Holding", "founded_by", "Siri Norvik"), T("Norvik Holding", "founding_year", "1962"),
    T("Siri Norvik", "birth_year", "1931"), T("Siri Norvik", "born_in", "Oslo"),
    T("Fjord Regulator", "made_by", "Halden Clocks"), T("Fjord Regulator", "released_in", "1905"),
    T("Fjord Regulator", "designed_by", "Ola Brekke"), T("Ola Brekke", "birth_year", "1877"),
    T("Ola Brekke", "worked_for", "Halden Clocks"), T("KSW Trondheim", "owned_by", "Norvik Holding"),
    T("KSW Trondheim", "founding_year", "1899"), T("KSW Trondheim", "headquartered_in", "Trondheim"),
    T("Bergen", "country", "Norway"), T("Oslo", "country", "Norway"), T("Trondheim", "country", "Norway"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("clocks")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_the_year_a_firm_was_founded_is_its_own(rag):
    assert rag.retrieve("What year was the company Ola Brekke worked for founded?").answers[:1] == ["1871"]
    assert rag.retrieve("When was the company that makes the Fjord Regulator established?").answers[:1] == ["1871"]
    # the verb's own date is asked, whoever the question walks through first
    assert rag.retrieve("When was Petter Halden born?").answers[:1] == ["1840"]


def test_a_name_said_by_its_first_word(rag):
    got = rag.retrieve("Who founded the holding company that owns KSW?")
    assert [e.name for e in got.entities][:1] == ["KSW Trondheim"]
    assert got.answers[:1] == ["Siri Norvik"]
