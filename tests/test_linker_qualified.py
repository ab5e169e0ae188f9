"""A name the graph writes with a qualifier ("Harrow Review (magazine)") is said without it; the
bare name links to it when no entity is called just that, and to the namesake the words beside it
pick when there are several."""
import pytest

from graphrag import GraphRAG
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple

TRIPLES = [
    Triple("Harrow Review (magazine)", "edited by", "Mina Okafor"),
    Triple("Mina Okafor", "born in", "Lagos"),
    Triple("Tern (newspaper)", "edited by", "Paul Dray"),
    Triple("Tern (band)", "formed in", "Leeds"),
    Triple("Paul Dray", "born in", "Dover"),
    Triple("Calder", "located in", "Yorkshire"),
    Triple("Calder (film)", "directed by", "Ines Vall"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("qualified")
    SQLiteGraphStore(home).upsert_triples(TRIPLES)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_a_name_said_without_its_qualifier_links(rag):
    assert [e.name for e in rag.linker.link("Where were the editors of Harrow Review born?")] == [
        "Harrow Review (magazine)"]


def test_namesakes_all_link_and_the_word_beside_picks_one(rag):
    assert {e.name for e in rag.linker.link("Who edited Tern?")} == {"Tern (newspaper)", "Tern (band)"}
    assert [e.name for e in rag.linker.link("Who edited the newspaper Tern?")][0] == "Tern (newspaper)"


def test_an_entity_with_the_bare_name_keeps_it(rag):
    assert [e.name for e in rag.linker.link("Where is Calder?")] == ["Calder"]


def test_the_bare_name_answers(rag):
    assert "Lagos" in rag.retrieve("Where were the editors of Harrow Review born?").answers[:2]