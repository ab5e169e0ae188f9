"""Readings added in the forty-seventh session, from `computing`'s failures (shown here with other
names): a label that opens with its subjects' class (`city_in_country`) names that side, so "what
CITY was X born in" does not walk on to the country; a command names what is asked
("… NAME THE AWARDS they received"); a capital letter is a name ("the C language"); "the RESEARCH LAB
where X was built" names the place reached, no study."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.relations import named_side, subject_class
from graphrag.store.sqlite import SQLiteGraphStore


@pytest.mark.parametrize("noun,relation,side", [
    ("city", "city_in_country", "subject"),  # X is the city, in country Y
    ("country", "city_in_country", "object"),  # the label's head, as before
    ("place", "place_of_birth", "object"),  # after "of" the head is the object's, as before
    ("capital", "capital_of", "subject"),  # as before
])
def test_a_label_that_opens_with_a_class_names_its_subjects(noun, relation, side):
    assert named_side(noun, relation) == side


@pytest.mark.parametrize("noun,relation", [
    ("place", "place_of_birth"), ("city", "born_in_city"), ("city", "city"), ("founded", "founded_in_year"),
    ("editor", "editor-in-chief"), ("theme", "theme_composed_by")])
def test_other_labels_open_with_no_class(noun, relation):
    assert not subject_class(noun, relation)


@pytest.mark.parametrize("question,kind", [
    ("How have the two founders of Tarn been honoured? Name the awards they received.", "awards"),
    ("List all the films Ola Brenn directed", "films"),
    ("Give me all rivers that flow into the Tarn.", "rivers"),
    ("What is the name of the river?", None),  # "name" is no command here
])
def test_a_command_names_what_is_asked(question, kind):
    assert (analyse(question, []).kinds[:1] or [None])[0] == kind


def test_the_noun_phrase_a_where_clause_tells_apart_names_no_step():
    q = "Which company now owns the research lab where Tarn was built?"
    a = analyse(q, [])
    assert {q.index("research"), q.index("lab")} <= a.class_at


GRAPH = [
    Triple("Ada Varn", "birthplace", "Tallinn"), Triple("Tallinn", "city_in_country", "Estonia"),
    Triple("Ivo Sten", "birthplace", "Tartu"), Triple("Tartu", "city_in_country", "Estonia"),
    Triple("Mara Pold", "birthplace", "Riga"), Triple("Riga", "city_in_country", "Latvia"),
    Triple("Estonia", "capital", "Tallinn"), Triple("Latvia", "capital", "Riga"),
    Triple("Ada Varn", "award_received", "Order of the White Star"),
    Triple("Order of the White Star", "named_for", "White Star"),
    Triple("Tarn", "developed_by", "Kestrel Works"), Triple("Kestrel Works", "headquartered_in", "Tartu"),
    Triple("Kestrel Works", "founded_by", "Ivo Sten"), Triple("Kestrel Works", "founding_year", "2001"),
    Triple("Fjord", "developed_by", "Norrsoft"), Triple("Norrsoft", "headquartered_in", "Riga"),
    Triple("Norrsoft", "founded_by", "Mara Pold"), Triple("Norrsoft", "founding_year", "1998"),
    Triple("C", "designed_by", "Ada Varn"), Triple("Cobra", "designed_by", "Mara Pold"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("computing_like")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_the_asked_city_is_not_walked_on_to_its_country(rag):
    assert rag.retrieve("What city was Ada Varn born in?").answers[:1] == ["Tallinn"]


def test_a_capital_letter_links_as_a_name(rag):
    assert [e.name for e in rag.linker.link("Who designed the C language?")][:1] == ["C"]
    assert "C" not in {e.name for e in rag.linker.link("Who designed Cobra? See c for more.")}
    assert "C" not in {e.name for e in rag.linker.link("Who designed C++ and C#?")}
