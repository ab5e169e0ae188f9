"""Answer checks added after heldout_s20, with names and wording of their own."""
from __future__ import annotations

from graphrag.backing import asked, chain_backed
from graphrag.types import Edge, Fact
from ingest_reading import ingested, parser

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


def test_a_fronted_preposition_is_the_steps_own():
    q = "Under whom did Lisa Brandt study chemistry?"
    a = asked(q, ["Lisa Brandt"])
    at = Fact("F1", Edge(1, 10, "Lisa Brandt", "studied at", 11, "University of Graz", SRC), 1.0)
    under = Fact("F2", Edge(2, 10, "Lisa Brandt", "studied under", 12, "Karl Moser", SRC), 1.0)
    assert not chain_backed(a, [at], "University of Graz", q, {10: "Lisa Brandt"})
    assert chain_backed(a, [under], "Karl Moser", q, {10: "Lisa Brandt"})
    q = "In which year did Lisa Brandt die?"  # a date: "died on 5 May 1931" answers it
    died = Fact("F3", Edge(3, 10, "Lisa Brandt", "died on", 13, "5 May 1931", SRC), 1.0)
    assert chain_backed(asked(q, ["Lisa Brandt"]), [died], "5 May 1931", q, {10: "Lisa Brandt"})


def test_which_dynasty_asks_for_an_era():
    assert asked("灵隐寺建于哪个朝代？", ["灵隐寺"]).kind != "name"


@parser
def test_another_given_name_before_a_surname_the_text_uses_gets_no_fact(tmp_path_factory):
    # the topic's surname is now an alias of the topic ("Tesla"), so "Joseph Holm" links "Joseph"
    # and "Holm" (= Mary Holm): Mary Holm's death is no answer about Joseph
    doc = ("Mary Holm\n\nMary Holm was a Welsh painter. Her brother Joseph ran the family shop. "
           "Holm sold her paintings in Cardiff. She died on 9 March 1870.\n")
    with ingested(tmp_path_factory, "holm.txt", doc) as g:
        assert g.ask("When did Joseph Holm die?").kind != "fact"
        assert "9 March 1870" in g.ask("When did Mary Holm die?").answer
