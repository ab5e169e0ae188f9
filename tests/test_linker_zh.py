"""Chinese names said short (`EntityLinker._short_names`): a proper-noun word of the question that
begins or ends a few of the graph's names links them when no name matched whole."""
import pytest

from graphrag import GraphRAG
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple

TRIPLES = [
    Triple("岭南大学", "校长", "林文远"),
    Triple("岭南大学", "位于", "广州"),
    Triple("金陵书院", "山长", "周敬"),
    Triple("城南学院", "院长", "赵平"),
    Triple("城北学院", "院长", "钱安"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("short_names")
    SQLiteGraphStore(home).upsert_triples(TRIPLES)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_a_short_name_links_the_name_it_begins(rag):
    found = rag.linker.link("岭南的校长是谁？")
    assert [(e.name, e.mention, e.method) for e in found] == [("岭南大学", "岭南", "partial")]
    assert rag.retrieve("岭南的校长是谁？").answers[0] == "林文远"
    assert [e.name for e in rag.linker.link("金陵的山长是谁？")] == ["金陵书院"]


def test_a_name_said_whole_links_as_before(rag):
    assert [(e.name, e.method) for e in rag.linker.link("岭南大学的校长是谁？")] == [("岭南大学", "exact")]


def test_a_common_noun_that_ends_names_links_none_of_them(rag):
    # "学院" ends two names here, but it is a word of every sentence, not a short name
    assert rag.linker.link("学院的院长是谁？") == []
