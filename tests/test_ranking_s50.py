"""Readings added in the fiftieth session, from `botany`'s failures (shown here with other names): a people's name
before the noun in apposition to a topic is told about the topic, as the noun is ("the SWISS botanist X": no step
to his country); and a pair of constraint paths must read the noun a wh-word asks through a copula when the best
path reads it ("… native to. What are the CAPITALS of the countries it is native to")."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.analysis import analyse
from graphrag.store.sqlite import SQLiteGraphStore
from question_topic import topic

T = Triple
GRAPH = [
    T("Velia", "named_after", "Ole Krag"), T("Ole Krag", "died_in", "Ribe"), T("Ole Krag", "born_in", "Aarhus"),
    T("Velia alba", "in_genus", "Velia"), T("Velia rosea", "in_genus", "Velia"),
    T("Velia alba", "described_by", "Per Lund"), T("Velia rosea", "described_by", "Per Lund"),
    T("Per Lund", "died_in", "Uppsala"), T("Per Lund", "born_in", "Lund"),
    T("Tarsia", "named_after", "Per Lund"), T("Tarsia nana", "in_genus", "Tarsia"),
    T("Tarsia nana", "described_by", "Ole Krag"),
    T("Tarsia nana", "native_to", "Namibia"), T("Tarsia nana", "native_to", "Angola"),
    T("Tarsia nana", "native_to", "Sweden"),
    T("Velia alba", "native_to", "Kenya"), T("Velia rosea", "native_to", "Sweden"),
    T("Namibia", "on_continent", "Africa"), T("Angola", "on_continent", "Africa"), T("Kenya", "on_continent", "Africa"),
    T("Sweden", "on_continent", "Europe"), T("Denmark", "on_continent", "Europe"),
    T("Namibia", "has_capital", "Windhoek"), T("Angola", "has_capital", "Luanda"), T("Kenya", "has_capital", "Nairobi"),
    T("Sweden", "has_capital", "Stockholm"), T("Denmark", "has_capital", "Copenhagen"),
    T("Ribe", "city_in_country", "Denmark"), T("Aarhus", "city_in_country", "Denmark"),
    T("Uppsala", "city_in_country", "Sweden"), T("Lund", "city_in_country", "Sweden"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("plants")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_a_pair_of_constraints_reads_the_noun_asked_through_a_copula(rag):
    # two of the countries Tarsia nana is native to meet Africa's: a meeting on countries, and no capital
    got = rag.retrieve("Tarsia nana grows wild in the deserts of southern Africa. What are the capitals of the "
                       "countries it is native to?")
    assert set(got.answers[:3]) == {"Windhoek", "Luanda", "Stockholm"}


def test_a_peoples_name_before_the_topics_noun_is_told():
    q = "Who founded one of the universities where the Swiss botanist Mira Sand taught?"
    # (class words back a step by its label's words only: "Swiss" is no step to her country)
    assert {q.index("Swiss"), q.index("botanist")} <= analyse(q, [topic(q, "Mira Sand")]).class_at
    q = "Who is the airport serving Munich named for?"
    assert q.index("serving") not in analyse(q, [topic(q, "Munich")]).class_at  # a verb's form is no people's name


def test_the_noun_asked_through_a_copula():
    q = "What are the capitals of Namibia?"
    assert analyse(q, [topic(q, "Namibia")]).wh_noun == q.index("capitals")
    q = "Which programming languages were designed by Jon Dal?"
    assert analyse(q, [topic(q, "Jon Dal")]).wh_noun == -1
