"""NebulaGraphStore against a real NebulaGraph cluster.

Runs only when GRAPHRAG_NEBULA_ADDRESS=host:port names a graphd (user/password from
GRAPHRAG_NEBULA_USER/_PASSWORD, default root/nebula). Each run creates its own space
graphrag_test_<pid> with --create-space semantics and drops it at the end.
"""
from __future__ import annotations

import os
from importlib.resources import files
from itertools import islice
from pathlib import Path

import pytest

from graphrag.loader import load_file, read_rows
from graphrag.settings import Settings
from graphrag.store.base import breadth_first
from graphrag.types import Triple

ADDRESS = os.environ.get("GRAPHRAG_NEBULA_ADDRESS", "")
pytestmark = [
    pytest.mark.nebula,
    pytest.mark.skipif(not ADDRESS, reason="needs a NebulaGraph cluster: set GRAPHRAG_NEBULA_ADDRESS=host:9669 "
                                           "(no server can run on the build machines; see README, NebulaGraph)"),
]
METAQA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metaqa" / "kb.tsv"
INJECTIONS = ['a" OR 1==1 --', "back`tick`", "line\nbreak", "奥巴马 (贝拉克)", "back\\slash\\", "it's"]


@pytest.fixture(scope="module")
def settings():
    return Settings(store="nebula", nebula_address=ADDRESS, nebula_space=f"graphrag_test_{os.getpid()}",
                    nebula_user=os.environ.get("GRAPHRAG_NEBULA_USER", "root"),
                    nebula_password=os.environ.get("GRAPHRAG_NEBULA_PASSWORD", "nebula"))


@pytest.fixture(scope="module")
def store(settings):
    from graphrag.store.nebula import NebulaGraphStore

    s = NebulaGraphStore.from_settings(settings, create_space=True, partitions=3)
    yield s
    s.run(f"DROP SPACE IF EXISTS `{settings.nebula_space}`")
    s.close()


def test_demo_graph_answers_the_obama_chain(store):
    demo = files("graphrag") / "data" / "demo.jsonl"
    first = load_file(store, demo)
    version = store.version()
    assert first.stats.added > 0 and first.aliases > 0
    again = load_file(store, demo)
    assert again.stats.added == 0 and again.aliases == 0

    obama, = store.find_entities("Barack Obama")
    assert [e.name for e in store.find_entities("barack obama")] == ["Barack Obama"]
    assert [e.name for e in store.find_entities("奥巴马")] == ["Barack Obama"]  # alias
    assert "Obama" in obama.aliases
    assert store.get_entities([obama.id]) == [obama]

    out = {(e.relation, e.object) for e in store.neighbors([obama.id], direction="out")}
    assert ("born in", "Honolulu") in out
    honolulu, = store.find_entities("Honolulu")
    back = store.neighbors([honolulu.id], direction="in", relations=["born in"])
    assert {e.subject for e in back} >= {"Barack Obama"}

    chain = {("Barack Obama", "born in", "Honolulu"), ("Honolulu", "located in", "Hawaii"),
             ("Hawaii", "part of", "United States")}
    edges = breadth_first(store, [obama.id], hops=3, fanout=50, max_edges=20_000)
    assert chain <= {(e.subject, e.relation, e.object) for e in edges}
    assert all(e.source.startswith("demo.jsonl#L") for e in edges if (e.subject, e.relation, e.object) in chain)

    stats = store.stats()
    n = sum(1 for r in read_rows(demo) if isinstance(r, Triple))
    assert stats["triples"] >= n and store.relation_counts()["born in"] >= 1
    assert store.version() >= version
    assert store.degrees([obama.id])[obama.id] >= 2


@pytest.mark.parametrize("name", INJECTIONS)
def test_injection_names_round_trip(store, name):
    triple = Triple(name, f"rel {name}", f"{name} object", source=f"inj.tsv#{name}")
    assert store.upsert_triples([triple]).added == 1
    ent, = store.find_entities(name)
    assert ent.name == name
    edge, = store.neighbors([ent.id], direction="out")
    assert (edge.subject, edge.relation, edge.object, edge.source) == \
           (name, triple.relation, triple.object, triple.source)
    assert store.add_aliases(name, [f"alias {name}"]) == 1
    assert [e.name for e in store.find_entities(f"alias {name}")] == [name]
    assert store.delete_triples([triple]) == 1
    assert store.neighbors([ent.id], direction="out") == []


def test_delete_source_and_counters(store):
    before = store.stats()["triples"]
    store.upsert_triples([Triple("S1", "r", "O1", "doc.pdf#p1"), Triple("S1", "r", "O2", "doc.pdf#p2"),
                          Triple("S1", "r", "O3", "doc.pdf.bak")])
    assert store.stats()["triples"] == before + 3
    assert store.delete_source("doc.pdf") == 2
    assert store.stats()["triples"] == before + 1


def test_reads_a_llamaindex_style_edge(store):
    store.run('INSERT VERTEX entity(name) VALUES "Li Foo":("Li Foo"), "Li Bar":("Li Bar"); '
              'INSERT EDGE relationship(relationship) VALUES "Li Foo"->"Li Bar"@-12345:("likes")')
    foo, = store.find_entities("Li Foo")
    edge, = store.neighbors([foo.id])
    assert (edge.subject, edge.relation, edge.object, edge.source, edge.confidence) == \
           ("Li Foo", "likes", "Li Bar", "", 1.0)


@pytest.mark.skipif(not METAQA.is_file(), reason=f"MetaQA sample not at {METAQA}")
def test_migrate_a_metaqa_sample(store, settings, tmp_path, monkeypatch):
    from graphrag.cli import main
    from graphrag.store.sqlite import SQLiteGraphStore

    sample = tmp_path / "kb.tsv"
    with METAQA.open(encoding="utf-8") as fh:
        sample.write_text("".join(islice(fh, 2000)), encoding="utf-8")
    src = SQLiteGraphStore(tmp_path / "graph")
    load_file(src, sample)
    for key, value in (("ADDRESS", ADDRESS), ("SPACE", settings.nebula_space), ("USER", settings.nebula_user),
                       ("PASSWORD", settings.nebula_password)):
        monkeypatch.setenv(f"GRAPHRAG_NEBULA_{key}", value)
    assert main(["migrate", "--from", str(tmp_path / "graph"), "--to", "nebula", "--batch", "500", "--quiet"]) == 0
    for edge in islice(src.iter_edges(), 0, None, 97):
        subject, = [e for e in store.find_entities(edge.subject) if e.name == edge.subject]
        got = {(e.relation, e.object, e.source) for e in store.neighbors([subject.id], direction="out")}
        assert (edge.relation, edge.object, edge.source) in got
    # resumable: a second run has nothing left to copy
    assert main(["migrate", "--from", str(tmp_path / "graph"), "--to", "nebula", "--quiet"]) == 0
    src.close()
