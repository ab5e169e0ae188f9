"""Answer checks and name readings added after heldout_s21, with names and wording of their own."""
from __future__ import annotations

from graphrag.backing import asked, chain_backed
from graphrag.types import Edge, Fact
from ingest_reading import parser, read, rules  # noqa: F401

SRC = "doc.txt#L1@0123abcd"


def test_which_noun_or_the_name_of_asks_for_a_name_not_a_date():
    # "What was the name of the ship in which Orm returned in 1804?" was answered "1827" (`returned in 1827`)
    q = "What was the name of the ship in which Karl Orm returned to Europe in 1804?"
    assert asked(q, ["Karl Orm"]).kind == "name"
    f = Fact("F1", Edge(1, 10, "Karl Orm", "returned in", 11, "1827", SRC), 1.0)
    assert not chain_backed(asked(q, ["Karl Orm"]), [f], "1827", q, {10: "Karl Orm"})
    assert asked("Which Danish botanist sailed with Karl Orm?", ["Karl Orm"]).kind == "name"
    # a time or an amount is still read first, and "what did X …" asks anything
    assert asked("Which year did Karl Orm return?", ["Karl Orm"]).kind == "date"
    assert asked("What did Karl Orm bring back?", ["Karl Orm"]).kind == "any"


@parser
def test_a_body_named_for_its_field_keeps_the_whole_name_before_known_as(rules):
    got = read(rules, "ICMS\n\nThe International Centre for Mountain Studies, known as ICMS, is a research institute "
                      "that runs two field stations.")
    assert ("ICMS", "also known as", "International Centre for Mountain Studies") in got
    assert not any("Mountain Studies" == x for s, _, o in got for x in (s, o))
