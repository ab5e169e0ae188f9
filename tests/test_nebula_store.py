"""NebulaGraphStore without a server: result decoding on nebula3's own thrift/ResultSet types,
query flow, retries, the unreachable-server error and resumable migration.

`FakePool` is a fake session pool (it stands in for nebula3's SessionPool: same `execute(stmt)`
returning a real nebula3 ResultSet, or raising nebula3's exceptions); it answers from a tiny
in-memory graph and records every statement so round trips can be counted.
"""
from __future__ import annotations

import re

import pytest
from nebula3.common.ttypes import DataSet, Edge as TEdge, ErrorCode, NullType, Row, Value
from nebula3.data.ResultSet import ResultSet
from nebula3.Exception import IOErrorException
from nebula3.graph.ttypes import ExecutionResponse

from graphrag.errors import BackendUnavailable, UserError
from graphrag.loader import load_file
from graphrag.settings import Settings
from graphrag.store import nebula_query as q
from graphrag.store.migrate import CHECKPOINT, Checkpoint, migrate
from graphrag.store.nebula import (Connection, NebulaGraphStore, NebulaQueryError, decode_rows,
                                   parse_addresses)
from graphrag.store.base import breadth_first
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple
from test_nebula_query import read_ngql

NULL = Value(nVal=NullType.__NULL__)
CHAIN = [("Barack Obama", "born in", "Honolulu"), ("Honolulu", "located in", "Hawaii"),
         ("Hawaii", "part of", "United States")]


def sval(s: str) -> Value:
    return Value(sVal=s.encode("utf-8"))


def result(columns=(), rows=(), code=ErrorCode.SUCCEEDED, msg="") -> ResultSet:
    data = DataSet(column_names=[c.encode() for c in columns], rows=[Row(values=list(r)) for r in rows])
    resp = ExecutionResponse(error_code=code, latency_in_us=1, data=data if code == ErrorCode.SUCCEEDED else None,
                             error_msg=msg.encode())
    return ResultSet(resp, all_latency=1)


def edge_value(s: str, r: str, o: str, *, seen_from_object=False, source=None, confidence=None) -> Value:
    """An edge as graphd returns it; walked from its object (REVERSELY/BIDIRECT) it has a negative
    type and src/dst swapped."""
    props = {b"relationship": sval(r),
             b"source": sval(source) if source is not None else NULL,
             b"confidence": Value(fVal=confidence) if confidence is not None else NULL}
    a, b = (o, s) if seen_from_object else (s, o)
    return Value(eVal=TEdge(src=sval(a), dst=sval(b), type=-7 if seen_from_object else 7,
                            name=b"relationship", ranking=q.rank_for(r), props=props))


class FakePool:
    def __init__(self, handler):
        self.handler = handler
        self.statements: list[str] = []
        self.closed = False

    def execute(self, stmt: str) -> ResultSet:
        self.statements.append(stmt)
        answer = self.handler(stmt)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True


def graph_handler(triples, aliases=None):
    """Answers the read statements the store sends, from `triples` (names are VIDs)."""
    aliases = aliases or {}
    names = {n for t in triples for n in (t[0], t[2])} | set(aliases)
    by_gid = {q.entity_id(n): n for n in names}

    def handle(stmt: str) -> ResultSet:
        skeleton, strings = read_ngql(stmt)
        if stmt.startswith("LOOKUP ON entity WHERE entity.gid"):
            gids = [int(g) for g in re.findall(r"gid == (\d+)", skeleton)]
            return result(["vid", "name"], [[sval(by_gid[g]), sval(by_gid[g])] for g in gids if g in by_gid])
        if "UNION LOOKUP ON graphrag_alias" in stmt:  # find_entity
            return result(["vid"], [[sval(strings[0])]] if strings[0] in names else [])
        if stmt.startswith("GO FROM") and "OVER relationship" in stmt:
            frontier = set(strings)
            rows = []
            for s, r, o in triples:
                if s in frontier and " REVERSELY " not in stmt:
                    rows.append([edge_value(s, r, o, source="demo#L1", confidence=0.9)])
                if o in frontier and (" BIDIRECT " in stmt or " REVERSELY " in stmt):
                    rows.append([edge_value(s, r, o, seen_from_object=True)])
            return result(["e"], rows)
        if stmt.startswith("GO FROM") and "OVER graphrag_alias" in stmt:
            return result(["vid", "alias"], [[sval(v), sval(a)] for v in strings for a in aliases.get(v, [])])
        if stmt.startswith("FETCH PROP ON entity"):
            return result(["vid", "name"], [[sval(v), sval(v)] for v in strings if v in names])
        if stmt.startswith("FETCH PROP ON"):
            return result(["x"], [])
        if stmt.startswith("INSERT VERTEX entity"):
            names.update(strings[0::3])  # rows are (vid, name, norm)
            return result()
        if stmt.startswith(("INSERT", "UPDATE", "DELETE")):
            return result()
        raise AssertionError(f"unexpected statement {stmt}")

    return handle


def make_store(handler, **conn) -> tuple[NebulaGraphStore, FakePool, list[float]]:
    pool, sleeps = FakePool(handler), []
    c = Connection((("10.0.0.1", 9669),), "root", "nebula", "graphrag", **conn)
    return NebulaGraphStore(pool, c, sleep=sleeps.append), pool, sleeps


# -- decoding ------------------------------------------------------------------------------------
def test_decode_rows_reads_nebula_values():
    rs = result(["vid", "n", "conf", "missing"], [[sval("奥巴马"), Value(iVal=42), Value(fVal=0.25), NULL]])
    assert decode_rows(rs) == [["奥巴马", 42, 0.25, None]]


def test_decoded_edges_are_oriented_subject_to_object():
    store, _, _ = make_store(graph_handler([]))
    forward = decode_rows(result(["e"], [[edge_value("Barack Obama", "born in", "Honolulu",
                                                    source="demo.jsonl#L1", confidence=0.9)]]))[0][0]
    backward = decode_rows(result(["e"], [[edge_value("Barack Obama", "born in", "Honolulu",
                                                     seen_from_object=True)]]))[0][0]
    assert (forward["src"], forward["dst"], forward["relation"]) == ("Barack Obama", "Honolulu", "born in")
    assert (backward["src"], backward["dst"]) == ("Barack Obama", "Honolulu")
    assert (forward["source"], forward["confidence"]) == ("demo.jsonl#L1", 0.9)
    # LlamaIndex-built edges have neither property
    assert (backward["source"], backward["confidence"]) == ("", 1.0)
    e1, = store._edges([forward])
    e2, = store._edges([backward])
    assert e1.id == e2.id and e1.subject == "Barack Obama" and e1.object_id == q.entity_id("Honolulu")


# -- reads -----------------------------------------------------------------------------------------
def test_breadth_first_walks_the_obama_chain_with_one_round_trip_per_hop():
    store, pool, _ = make_store(graph_handler(CHAIN))
    edges = breadth_first(store, [q.entity_id("Barack Obama")], hops=3, fanout=10, max_edges=20_000)
    assert {(e.subject, e.relation, e.object) for e in edges} == set(CHAIN)
    assert sum(s.startswith("GO FROM") for s in pool.statements) == 3
    assert all(" BIDIRECT " in s for s in pool.statements if s.startswith("GO FROM"))


def test_neighbors_caps_edges_per_entity_and_direction():
    triples = [("hub", "r", f"out{i}") for i in range(5)] + [(f"in{i}", "r", "hub") for i in range(3)]
    store, pool, _ = make_store(graph_handler(triples))
    edges = store.neighbors([q.entity_id("hub")], limit=2)
    assert pool.statements[-1].endswith("| LIMIT 4")
    assert sum(e.subject == "hub" for e in edges) == 2 and sum(e.object == "hub" for e in edges) == 2
    out = store.neighbors([q.entity_id("hub")], direction="in", relations=["r"])
    assert {e.subject for e in out} == {"in0", "in1", "in2"}
    with pytest.raises(ValueError):
        store.neighbors([1], direction="sideways")


def test_find_entities_sends_the_name_verbatim_and_returns_aliases():
    name = 'a" OR 1==1 --\n`x`'
    store, pool, _ = make_store(graph_handler([(name, "r", "奥巴马")], aliases={name: ["alias `1`"]}))
    found = store.find_entities(name)
    assert [(e.name, e.aliases) for e in found] == [(name, ("alias `1`",))]
    assert read_ngql(pool.statements[0])[1][0] == name
    assert store.get_entities([found[0].id]) == found


# -- writes ----------------------------------------------------------------------------------------
def test_upsert_counts_and_escapes():
    store, pool, _ = make_store(graph_handler([]))
    name = "a\" OR 1==1 --"
    triples = [Triple(name, "born in", "奥巴马", "x.tsv#L1"), Triple(name, "born in", "奥巴马", "x.tsv#L2"),
               Triple("奥巴马", "spouse`", "line\nbreak", "x.tsv#L3", 0.5)]
    seen = []
    stats = store.upsert_triples(triples, batch_size=2, progress=seen.append)
    assert seen == [2, 1]
    assert (stats.read, stats.added, stats.existing) == (3, 2, 1)
    assert (stats.new_entities, stats.new_relations) == (3, 2)  # 奥巴马 only counts once
    inserts = [read_ngql(s)[1] for s in pool.statements if s.startswith("INSERT EDGE")]
    assert inserts == [[name, "奥巴马", "born in", "x.tsv#L1"], ["奥巴马", "line\nbreak", "spouse`", "x.tsv#L3"]]
    counters = [s for s in pool.statements if "UPDATE VERTEX ON graphrag_meta" in s]
    assert "triples = triples + (1)" in counters[0] and len(counters) == 2


# -- retries and errors ---------------------------------------------------------------------------
def test_retries_connection_errors_with_backoff():
    answers = [IOErrorException(IOErrorException.E_CONNECT_BROKEN, "broken pipe"),
               IOErrorException(IOErrorException.E_CONNECT_BROKEN, "broken pipe"),
               result(["n"], [[Value(iVal=1)]])]
    store, pool, sleeps = make_store(lambda stmt: answers.pop(0))
    assert store.rows("RETURN 1 AS n") == [[1]]
    assert len(pool.statements) == 3 and sleeps == [0.1, 0.2]


def test_retries_an_expired_session():
    answers = [result(code=ErrorCode.E_SESSION_INVALID, msg="Session not existed"), result(["n"], [])]
    store, pool, sleeps = make_store(lambda stmt: answers.pop(0))
    assert store.rows("RETURN 1 AS n") == []
    assert len(pool.statements) == 2 and sleeps == [0.1]


def test_gives_up_with_a_clear_error():
    store, pool, sleeps = make_store(lambda stmt: IOErrorException(IOErrorException.E_CONNECT_BROKEN, "reset"),
                                     retries=2)
    with pytest.raises(BackendUnavailable, match=r"10\.0\.0\.1:9669.*3 attempts.*reset"):
        store.run("RETURN 1")
    assert len(pool.statements) == 3 and sleeps == [0.1, 0.2]


def test_rejected_statement_is_not_retried():
    store, pool, sleeps = make_store(lambda stmt: result(code=ErrorCode.E_SYNTAX_ERROR, msg="syntax error near `x'"))
    with pytest.raises(NebulaQueryError, match="E_SYNTAX_ERROR"):
        store.run("RETURN x")
    assert len(pool.statements) == 1 and sleeps == []


def test_close_closes_the_pool():
    store, pool, _ = make_store(graph_handler([]))
    with store:
        pass
    assert pool.closed


def test_unreachable_server_raises_backend_unavailable():
    settings = Settings(store="nebula", nebula_address="127.0.0.1:1")
    with pytest.raises(BackendUnavailable, match=r"127\.0\.0\.1:1 .*GRAPHRAG_NEBULA_ADDRESS"):
        NebulaGraphStore.from_settings(settings, connect_timeout=0.5)


def test_cli_reports_unreachable_server_without_traceback(tmp_path, monkeypatch, capsys):
    from graphrag.cli import main

    monkeypatch.setenv("GRAPHRAG_STORE", "nebula")
    monkeypatch.setenv("GRAPHRAG_NEBULA_ADDRESS", "127.0.0.1:1")
    assert main(["stats", "--graph", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach NebulaGraph graphd at 127.0.0.1:1") and "Traceback" not in err


def test_address_parsing():
    assert parse_addresses("h1:9669, h2:9779") == (("h1", 9669), ("h2", 9779))
    assert parse_addresses("graphd") == (("graphd", 9669),)
    for bad in ["", "h:port", "h:0"]:
        with pytest.raises(UserError):
            parse_addresses(bad)


# -- migration ---------------------------------------------------------------------------------
class FlakyTarget(SQLiteGraphStore):
    """A target that dies after `budget` batches, like a migration interrupted by a network cut."""

    budget = 10 ** 9

    def upsert_triples(self, triples, **kw):
        if self.budget == 0:
            raise ConnectionError("network cut")
        self.budget -= 1
        return super().upsert_triples(triples, **kw)


def test_migrate_resumes_after_interruption(tmp_path):
    from importlib.resources import files

    source = SQLiteGraphStore(tmp_path / "src")
    load_file(source, files("graphrag") / "data" / "demo.jsonl")
    target = FlakyTarget(tmp_path / "dst")
    target.budget = 2
    path = tmp_path / "src" / CHECKPOINT
    with pytest.raises(ConnectionError):
        migrate(source, target, Checkpoint.load(path, "t"), batch=10)
    first = Checkpoint.load(path, "t")
    assert first.copied == 20 and first.last_id > 0 and not first.aliases_done

    target.budget = 10 ** 9
    summary = migrate(source, target, Checkpoint.load(path, "t"), batch=10)
    assert summary.resumed_after == 20 and summary.copied == source.stats()["triples"] - 20
    assert target.stats() == source.stats()
    assert {(e.subject, e.relation, e.object, e.source, e.confidence) for e in target.iter_edges()} == \
           {(e.subject, e.relation, e.object, e.source, e.confidence) for e in source.iter_edges()}
    again = migrate(source, target, Checkpoint.load(path, "t"), batch=10)
    assert (again.copied, again.aliases) == (0, 0)
    assert Checkpoint.load(path, "other target").copied == 0


def test_migrate_cli_needs_an_embedded_graph(tmp_path, capsys):
    from graphrag.cli import main

    assert main(["migrate", "--from", str(tmp_path / "none"), "--to", "nebula"]) == 1
    assert "no embedded graph" in capsys.readouterr().err


def test_delete_triples_removes_every_rank_and_decrements_counters():
    store, pool, _ = make_store(graph_handler(CHAIN + [("Barack Obama", "spouse", "Michelle Obama")]))
    removed = store.delete_triples([Triple("Barack Obama", "born in", "Honolulu"), Triple("Nobody", "x", "y")])
    assert removed == 1
    go = next(s for s in pool.statements if s.startswith("GO FROM"))
    assert " OVER relationship WHERE" in go and " BIDIRECT" not in go and "REVERSELY" not in go
    delete, = [read_ngql(s) for s in pool.statements if s.startswith("DELETE EDGE")]
    assert delete == (f"DELETE EDGE relationship ?->?@{q.rank_for('born in')}", ["Barack Obama", "Honolulu"])
    counters = pool.statements[-1]
    assert "triples = triples + (-1)" in counters and "SET triples = triples + (-1)" in counters


def test_stats_and_version_come_from_counter_vertices():
    def handler(stmt):
        if stmt.startswith("FETCH PROP ON graphrag_meta"):
            return result(["version", "triples", "entities", "aliases"],
                          [[Value(iVal=7), Value(iVal=64), Value(iVal=40), NULL]])
        if stmt.startswith("LOOKUP ON graphrag_relation"):
            return result(["name", "n"], [[sval("born in"), Value(iVal=3)], [sval("gone"), Value(iVal=0)]])
        raise AssertionError(stmt)

    store, pool, _ = make_store(handler)
    assert store.version() == 7
    assert store.relation_counts() == {"born in": 3}
    assert store.stats() == {"triples": 64, "entities": 40, "relations": 1, "aliases": 0}


def test_implements_the_graph_store_protocol():
    from graphrag.store.base import GraphStore

    store, _, _ = make_store(graph_handler([]))
    assert isinstance(store, GraphStore)
