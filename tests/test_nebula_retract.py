"""NebulaGraphStore.retract without a server: the fake session pool of test_nebula_store (it
stands in for nebula3's SessionPool and answers with real nebula3 ResultSets) holds three
stored edges; the statements the store sends are checked. A live server runs the same code in
test_nebula_integration when GRAPHRAG_NEBULA_ADDRESS is set (not here: no server on this machine)."""
from __future__ import annotations

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
