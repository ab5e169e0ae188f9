"""A common noun said with "a" ("a Confederate general") or in the plural ("the generals") describes
someone; it does not name the graph's entity that happens to be called so (the rank `General`) when the
question gives a name beside it."""
import pytest

from graphrag import GraphRAG
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple

TRIPLES = [
    Triple("Camp Barlow", "named after", "Henry Barlow"),
    Triple("Henry Barlow", "born in", "Millbrook"),
    Triple("Henry Barlow", "military rank", "General"),
    Triple("Ada Crane", "military rank", "General"),
    Triple("Ada Crane", "born in", "Eastport"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("description")
    SQLiteGraphStore(home).upsert_triples(TRIPLES)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_a_noun_after_a_beside_a_name_links_nothing(rag):
    found = rag.linker.link("Camp Barlow honours a retired general - where was he born?")
    assert [e.name for e in found] == ["Camp Barlow"]


def test_a_plural_of_the_noun_beside_a_name_links_nothing(rag):
    found = rag.linker.link("Where were the generals who served at Camp Barlow born?")
    assert [e.name for e in found] == ["Camp Barlow"]


def test_the_noun_alone_or_as_a_name_still_links(rag):
    assert "General" in [e.name for e in rag.linker.link("Who was born in Eastport and reached the rank of General?")]
    assert [e.name for e in rag.linker.link("Which people held the rank general?")] == ["General"]
