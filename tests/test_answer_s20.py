"""Answer checks added after heldout_s20, with names and wording of their own."""
from __future__ import annotations

from graphrag.backing import asked, chain_backed
from graphrag.types import Edge, Fact

SRC = "doc.txt#L1@0123abcd"


def test_an_entity_the_question_names_is_no_answer():
    # `Karl Vinge joined in Oslo` joins both names of "Which firm did Karl Vinge join in Oslo?": its
    # other end is the question's own subject, not the firm
    f = Fact("F1", Edge(1, 10, "Karl Vinge", "joined in", 11, "Oslo", SRC), 1.0)
    q = "Which firm did Karl Vinge join in Oslo?"
    mentions = {10: "Karl Vinge", 11: "Oslo"}
    assert not chain_backed(asked(q, list(mentions.values())), [f], "Karl Vinge", q, mentions)
    g = Fact("F2", Edge(2, 10, "Karl Vinge", "joined", 12, "Nordlys Energy", SRC), 1.0)
    assert chain_backed(asked(q, list(mentions.values())), [g], "Nordlys Energy", q, mentions)


def test_what_or_which_in_chinese_asks_for_a_name_not_a_date():
    f = Fact("F1", Edge(1, 10, "郁达夫", "逝世日期", 11, "1945年9月17日", SRC), 1.0)
    q = "郁达夫因什么原因去世？"
    assert asked(q, ["郁达夫"]).kind == "name"
    assert not chain_backed(asked(q, ["郁达夫"]), [f], "1945年9月17日", q, {10: "郁达夫"})
    assert asked("郁达夫哪一年去世？", ["郁达夫"]).kind == "date"
    assert asked("郁达夫活了多少岁？", ["郁达夫"]).kind == "quantity"
