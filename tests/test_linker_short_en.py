"""English names said short (`EntityLinker._name_ends`): a run of one or two capitalised words
that ends a few of the graph's longer names links the shortest of them when no name matched whole."""
import pytest

from graphrag import GraphRAG
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple

TRIPLES = [
    Triple("Malmö Concert Hall", "designed by", "Sigrid Lindqvist"),
    Triple("Malmö Concert Hall Organ", "built by", "Ronald Frisk"),
    Triple("Sigrid Lindqvist", "died in", "Lund"),
    Triple("Adam Berglund", "acted in", "Winter Light"),
    Triple("Lake Vättern", "called in", "Old Swedish"),
    Triple("Iceland", "currency", "Icelandic króna"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("name_ends")
    SQLiteGraphStore(home).upsert_triples(TRIPLES)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_a_surname_and_a_name_without_its_first_word_link_the_name_they_end(rag):
    found = rag.linker.link("Where did Lindqvist die?")
    assert [(e.name, e.mention, e.method) for e in found] == [("Sigrid Lindqvist", "Lindqvist", "partial")]
    assert rag.retrieve("Where did Lindqvist die?").answers[0] == "Lund"
    assert [e.name for e in rag.linker.link("Who designed the Concert Hall?")] == ["Malmö Concert Hall"]


def test_a_full_name_the_graph_lacks_links_nobody_who_shares_its_surname(rag):
    assert rag.linker.link("Which films did Gary Paul Berglund write?") == []
    assert rag.linker.link("Which films did Gary Berglund write?") == []
    assert rag.linker.link("Who found comet 12P/Lindqvist–Frisk?") == []  # a name joined to others is no short name
    assert [e.name for e in rag.linker.link("Where did Sigrid Lindqvist die?")] == ["Sigrid Lindqvist"]


def test_a_surname_beside_a_whole_name_links_too(rag):
    # "the organ Frisk built for the Malmö Concert Hall": the hall is matched whole, the builder said short
    found = rag.linker.link("Which organ did Frisk build for the Malmö Concert Hall?")
    assert {(e.name, e.mention) for e in found} == {("Ronald Frisk", "Frisk"), ("Malmö Concert Hall", "Malmö Concert Hall")}
    # nor the asked-for noun ("at which OLYMPICS did X compete"), nor the question's first word
    assert [e.name for e in rag.linker.link("In which Concert Hall did Ronald Frisk build an organ?")] == ["Ronald Frisk"]
    assert [e.name for e in rag.linker.link("Frisk built which organ for the Malmö Concert Hall?")] == ["Malmö Concert Hall"]


def test_a_short_name_said_as_an_adjective_beside_a_whole_name_links_nothing(rag):
    # "the SWEDISH name of Lake Vättern": an adjective before a noun, not Old Swedish said short
    assert [e.name for e in rag.linker.link("What is the Swedish name of Lake Vättern?")] == ["Lake Vättern"]
    found = rag.linker.link("What did Frisk build for the Malmö Concert Hall?")
    assert {e.name for e in found} == {"Ronald Frisk", "Malmö Concert Hall"}


def test_a_places_people_named_with_ers_link_the_place_when_nothing_else_does(rag):
    # "the banknotes that ICELANDERS pay with": Iceland's people, no name of the graph said whole or short
    assert [(e.name, e.mention) for e in rag.linker.link("Who prints the banknotes that Icelanders pay with?")] \
        == [("Iceland", "Icelanders")]
    assert rag.linker.link("Who prints the banknotes that Finlanders pay with?") == []  # no such place in the graph
