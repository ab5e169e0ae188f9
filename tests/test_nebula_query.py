"""nGQL building and escaping for the NebulaGraph store, checked without a server.

`read_ngql` re-implements the string rules of graphd's lexer (vesoft-inc/nebula
src/parser/scanner.lex: double/single quoted strings, backslash escapes, octal and \\uXXXX escapes,
a raw newline ends the statement) and splits a statement into its non-string skeleton and the
string values graphd would see. An injection succeeds exactly when a name leaks into the skeleton.
"""
from __future__ import annotations

import re

import pytest

from graphrag.store import nebula_query as q

INJECTIONS = [
    'a" OR 1==1 --',
    "a' OR '1'=='1",
    "back`tick`s",
    "line\nbreak; DROP SPACE graphrag",
    "tab\tcr\r\\back\\slash\\",
    "\\\"; DELETE VERTEX \"x",
    "trailing backslash\\",
    "\\101 not octal",
    "nul\x00byte and \x01 ctrl",
    "奥巴马 (贝拉克)",
    "emoji 🦉 and $param",
    "",
]

_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def read_ngql(stmt: str) -> tuple[str, list[str]]:
    """(statement with every string literal replaced by ?, the literals' values)."""
    skeleton, strings, i = [], [], 0
    while i < len(stmt):
        ch = stmt[i]
        if ch not in "\"'":
            skeleton.append(ch)
            i += 1
            continue
        quote, i, buf = ch, i + 1, []
        while True:
            if i >= len(stmt):
                raise SyntaxError("unterminated string")
            c = stmt[i]
            if c == quote:
                i += 1
                break
            if c == "\n":
                raise SyntaxError("raw newline in string")
            if c != "\\":
                buf.append(c)
                i += 1
                continue
            rest = stmt[i + 1:]
            if m := re.match(r"[0-7]{1,3}", rest):
                buf.append(chr(int(m.group(), 8)))
                i += 1 + len(m.group())
            elif re.match(r"[89]", rest):
                raise SyntaxError("bad escape")
            elif m := re.match(r"[uUxX][0-9a-fA-F]{4}", rest):
                buf.append(chr(int(m.group()[1:], 16)))
                i += 1 + len(m.group())
            elif rest:
                buf.append(_SIMPLE.get(rest[0], rest[0]))
                i += 2
            else:
                raise SyntaxError("dangling backslash")
        skeleton.append("?")
        strings.append("".join(buf))
    return "".join(skeleton), strings


@pytest.mark.parametrize("name", INJECTIONS)
def test_literal_reads_back_verbatim_as_one_string(name):
    assert read_ngql(q.literal(name)) == ("?", [name])


def test_reader_catches_a_naive_literal():
    # the check above means something: unescaped quoting leaks into the statement
    skeleton, _ = read_ngql('"' + 'a" OR "1"=="1' + '"')
    assert "OR ?==?" in skeleton


@pytest.mark.parametrize("name", INJECTIONS[:-1])
def test_insert_statements_keep_names_inside_literals(name):
    vid = q.vid_for(name)
    skeleton, strings = read_ngql(q.insert_entities([(vid, name)]))
    assert skeleton == f"INSERT VERTEX entity(name, norm, gid) VALUES ?:(?, ?, {q.entity_id(vid)})"
    assert strings[:2] == [vid, name]

    skeleton, strings = read_ngql(q.insert_edges([(vid, name, "Honolulu", name, 0.5)]))
    assert skeleton == ("INSERT EDGE IF NOT EXISTS relationship(relationship, source, confidence) "
                        f"VALUES ?->?@{q.rank_for(name)}:(?, ?, 0.5)")
    assert strings == [vid, "Honolulu", name, name]


@pytest.mark.parametrize("name", INJECTIONS[:-1])
def test_read_statements_keep_names_inside_literals(name):
    skeleton, strings = read_ngql(q.neighbors([name, "Hawaii"], direction="in", relations=[name], limit=7))
    assert skeleton == ("GO FROM ?, ? OVER relationship REVERSELY WHERE relationship.relationship IN [?] "
                        "YIELD edge AS e | LIMIT 7")
    assert strings == [name, "Hawaii", name]

    skeleton, strings = read_ngql(q.find_entity(name))
    assert skeleton.count("?") == 3 and "UNION LOOKUP ON graphrag_alias WHERE graphrag_alias.norm == ?" in skeleton
    assert strings[0] == q.vid_for(name)

    skeleton, strings = read_ngql(q.edges_by_source(name))
    assert skeleton == ("LOOKUP ON relationship WHERE relationship.source == ? "
                        "OR relationship.source STARTS WITH ? YIELD edge AS e")
    assert strings == [name, name + "#"]


def test_neighbors_directions():
    assert " BIDIRECT " in q.neighbors(["a"])
    assert " OVER relationship YIELD" in q.neighbors(["a"], direction="out")
    assert "LIMIT" not in q.neighbors(["a"], direction="out")


def test_identifiers_are_checked():
    assert q.ident("graphrag_test") == "`graphrag_test`"
    for bad in ["a`b", "g; DROP SPACE x", "", "1abc", "名字"]:
        with pytest.raises(ValueError):
            q.ident(bad)
    with pytest.raises(ValueError):
        q.create_space("bad`name")
    assert q.create_space("kg", partitions=3) == (
        "CREATE SPACE IF NOT EXISTS `kg`(partition_num=3, replica_factor=1, vid_type=FIXED_STRING(256))")


def test_ids_are_stable_across_processes():
    # pinned values: a derived index written by one process must match ids computed by another
    assert q.entity_id("Barack Obama") == 7505517679137815265
    assert q.rank_for("born in") == 7371904019142118977
    assert all(0 <= q.hash63(s) < 2 ** 63 for s in INJECTIONS)
    assert q.edge_id("a", "r", "b") != q.edge_id("b", "r", "a")


def test_long_names_get_hashed_vids_within_the_vid_length():
    short = "奥" * 85  # 255 bytes in UTF-8
    assert q.vid_for(short) == short
    long = "奥" * 86  # 258 bytes
    vid = q.vid_for(long)
    assert vid.startswith(q.HASHED_PREFIX) and len(vid.encode()) <= 256
    assert vid == q.vid_for(long) and vid != q.vid_for(long + "x")
    assert q.vid_bytes("FIXED_STRING(64)") == 64
    with pytest.raises(ValueError, match="FIXED_STRING"):
        q.vid_bytes("INT64")


def test_numbers_and_counters():
    with pytest.raises(ValueError):
        q.number(float("nan"))
    stmt = q.bump_counters(triples=-3, relations={'x" OR 1': -2})
    skeleton, strings = read_ngql(stmt)
    assert "triples = triples + (-3)" in skeleton and "triples = triples + (-2)" in skeleton
    assert 'x" OR 1' in strings
