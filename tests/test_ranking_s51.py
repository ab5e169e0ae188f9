"""Readings added in the fifty-first session, from `linguistics`' failures (shown here with other names): the
asked-for noun names a side of a label the best path's last step walks away from ("In which CITY was he born" is
not the country of `city_in_country`); a date asked of a reading takes that reading's own date step before the
topic's ("When was that supervisor born"); a noun said again after "that" points back, no step ("… a
university. In which year was THAT UNIVERSITY founded"); and a hyphened modifier is passed over for the asked
noun ("which present-day COUNTRY"). (The fifth, a year asked of a step whose label names the year is answered
by that step, not by another the noun alone backs, is measured on the dev suite only.)"""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.analysis import analyse
from graphrag.store.sqlite import SQLiteGraphStore
from question_topic import topic

T = Triple
GRAPH = [
    T("Velan script", "created_by", "Oru Tamsin"), T("Oru Tamsin", "born_in", "Kessa"),
    T("Oru Tamsin", "born_in_year", "1861"), T("Kessa", "city_in_country", "Morvania"),
    T("Darn", "city_in_country", "Velania"), T("Velania", "has_official_language", "Velan"),
    T("Velan", "written_in_script", "Velan script"),
    T("Ada Holm", "studied_under", "Per Vik"), T("Per Vik", "born_in", "Lerna"), T("Per Vik", "born_in_year", "1896"),
    T("Ada Holm", "born_in", "Riga"), T("Ada Holm", "born_in_year", "1923"), T("Lerna", "city_in_country", "Velania"),
    T("Riga", "city_in_country", "Latvia"),
    T("Ilmo Tan", "wrote", "Book of Tales"), T("Ilmo Tan", "worked_at", "University of Darn"),
    T("Ilmo Tan", "born_in_year", "1802"), T("University of Darn", "founded_in_year", "1640"),
    T("University of Darn", "located_in_city", "Darn"), T("Ada Holm", "worked_at", "Riga Institute"),
    T("Riga Institute", "founded_in_year", "1861"), T("Riga Institute", "located_in_city", "Riga"),
    T("Morvania", "has_capital", "Kessa"), T("Velania", "has_capital", "Darn"), T("Latvia", "has_capital", "Riga"),
    T("Morvania", "on_continent", "Europe"), T("Velania", "on_continent", "Asia"), T("Latvia", "on_continent", "Europe"),
    T("Velan", "in_family", "Oric languages"), T("Oru Tamsin", "died_in", "Darn"), T("Per Vik", "died_in", "Riga"),
    T("Ada Holm", "received_award", "Vik Medal"), T("Per Vik", "studied_language", "Velan"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("tongues")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_the_asked_noun_names_the_side_the_last_step_leaves(rag):
    got = rag.retrieve("The Velan script was introduced by the founder of the modern Morvanian republic. In which city "
                       "was he born?")
    assert got.answers[0] == "Kessa"


def test_a_date_asked_of_a_reading_is_its_own_date(rag):
    got = rag.retrieve("Ada Holm wrote her doctoral thesis with a Velanian-born linguist as her supervisor. When was "
                       "that supervisor born?")
    assert got.answers[0] == "1896"


def test_a_noun_after_that_said_before_names_a_class():
    q = "Ilmo Tan became a professor at a university. In which year was that university founded?"
    a = analyse(q, [topic(q, "Ilmo Tan")])
    assert {q.index("university"), q.rindex("university")} <= a.class_at
    q = "Ilmo Tan became a professor at a university. In which year was that college founded?"
    assert q.index("college") not in analyse(q, [topic(q, "Ilmo Tan")]).class_at  # said once: no pointing back
    q = "Ilmo Tan deciphered the writing of Velan. Which script was that writing system developed from?"
    assert q.rindex("writing") not in analyse(q, [topic(q, "Ilmo Tan")]).class_at  # a modifier: the noun is "system"


def test_a_hyphened_modifier_before_the_asked_noun():
    q = "Ilmo Tan devised the Velan script. In which present-day country is his home town?"
    assert analyse(q, [topic(q, "Ilmo Tan")]).kinds[:1] == ["country"]
