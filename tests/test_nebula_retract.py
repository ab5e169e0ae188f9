"""NebulaGraphStore.retract without a server: the fake session pool of test_nebula_store (it
stands in for nebula3's SessionPool and answers with real nebula3 ResultSets) holds three
stored edges; the statements the store sends are checked. A live server runs the same code in
the last test when GRAPHRAG_NEBULA_ADDRESS is set (not here: no server can run on this machine)."""
from __future__ import annotations

import os

import pytest

from graphrag.store import nebula_query as q
from graphrag.store.base import Retraction
from graphrag.types import Triple
from test_nebula_query import read_ngql
from test_nebula_store import edge_value, make_store, result

STORED = {("A", "r", "B"): "d.pdf#p1@11111111", ("A", "r", "C"): "d.pdf#p2@11111111", ("A", "r", "D"): "x.tsv#L1"}


def handler(stmt: str):
    skeleton, strings = read_ngql(stmt)
    if stmt.startswith(f"FETCH PROP ON {q.EDGE}"):
        pairs = list(zip(strings[0::2], strings[1::2]))
        rows = [[edge_value(s, r, o, source=src, confidence=1.0)]
                for (s, r, o), src in STORED.items() if (s, o) in pairs]
        return result(["e"], rows)
    if stmt.startswith(("UPDATE", "DELETE", "INSERT")):
        return result()
    raise AssertionError(f"unexpected statement {stmt}")


def test_retract_deletes_reattributes_and_leaves_foreign_facts_alone():
    store, pool, _ = make_store(handler)
    stats = store.retract([
        Retraction("A", "r", "B", ("d.pdf#p1@11111111",)),
        Retraction("A", "r", "C", ("d.pdf#p2@11111111",), Triple("A", "r", "C", "e.txt#L3@22222222", 0.5)),
        Retraction("A", "r", "D", ("d.pdf#p1@11111111",)),
    ])
    assert (stats.deleted, stats.reattributed, stats.kept) == (1, 1, 1)
    deletes = [s for s in pool.statements if s.startswith("DELETE EDGE")]
    assert len(deletes) == 1 and read_ngql(deletes[0])[1] == ["A", "B"]
    updates = [s for s in pool.statements if s.startswith(f"UPDATE EDGE ON {q.EDGE}")]
    assert len(updates) == 1
    skeleton, strings = read_ngql(updates[0])
    assert strings == ["A", "C", "e.txt#L3@22222222"] and "confidence = 0.5" in skeleton
    assert f"@{q.rank_for('r')}" in skeleton
    # the counters follow: one triple fewer, and the version moves so derived indexes refresh
    assert any("triples = triples + (-1)" in s for s in pool.statements)


def test_retract_of_nothing_stored_sends_no_write():
    store, pool, _ = make_store(handler)
    stats = store.retract([Retraction("A", "r", "Z", ("d.pdf#p1@11111111",))])
    assert (stats.deleted, stats.reattributed, stats.kept) == (0, 0, 0)
    assert not any(s.startswith(("DELETE", "UPDATE")) for s in pool.statements)


@pytest.mark.nebula
@pytest.mark.skipif(not os.environ.get("GRAPHRAG_NEBULA_ADDRESS"),
                    reason="needs a NebulaGraph cluster: set GRAPHRAG_NEBULA_ADDRESS=host:9669 (none on the build machines)")
def test_retract_on_a_live_cluster():
    from graphrag.settings import Settings
    from graphrag.store.nebula import NebulaGraphStore

    settings = Settings(store="nebula", nebula_address=os.environ["GRAPHRAG_NEBULA_ADDRESS"],
                        nebula_space=f"graphrag_retract_{os.getpid()}",
                        nebula_user=os.environ.get("GRAPHRAG_NEBULA_USER", "root"),
                        nebula_password=os.environ.get("GRAPHRAG_NEBULA_PASSWORD", "nebula"))
    store = NebulaGraphStore.from_settings(settings, create_space=True, partitions=3)
    try:
        store.upsert_triples([Triple(s, r, o, src) for (s, r, o), src in STORED.items()])
        stats = store.retract([
            Retraction("A", "r", "B", ("d.pdf#p1@11111111",)),
            Retraction("A", "r", "C", ("d.pdf#p2@11111111",), Triple("A", "r", "C", "e.txt#L3@22222222", 0.5)),
            Retraction("A", "r", "D", ("d.pdf#p1@11111111",)),
        ])
        assert (stats.deleted, stats.reattributed, stats.kept) == (1, 1, 1)
        got = {(e.object, e.source) for e in store.iter_edges()}
        assert got == {("C", "e.txt#L3@22222222"), ("D", "x.tsv#L1")}
    finally:
        store.run(f"DROP SPACE IF EXISTS `{settings.nebula_space}`")
        store.close()
