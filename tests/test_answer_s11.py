"""Answer checks added after heldout_s11: a qualifier of time or order in the question ("the
current director", "第一任馆长", "completed", "X的儿子") must be carried by the sentence the fact
came from, or the fact is not stated (a passage may still be quoted). Names and wording of their own."""
from __future__ import annotations

import pytest

from graphrag.backing import asked, chain_backed, passage_holds, passage_qualified, qualified, qualifiers
from graphrag.types import Edge, Fact
from ingest_reading import ingested, parser

SRC = "doc.txt#L1@0123abcd"


def fact(s: str, r: str, o: str, i: int = 1) -> Fact:
    return Fact(f"F{i}", Edge(i, 10 * i, s, r, 10 * i + 1, o, SRC), 1.0)


def ok(question: str, chain: list[Fact], text: str, names: list[str]) -> bool:
    return qualified(question, asked(question, names), chain, lambda src: text if src == SRC else None)


def test_the_qualifiers_a_question_carries():
    assert qualifiers("Who is the current director of the Brask Institute?", asked("Who is the current director of the Brask Institute?", ["Brask Institute"])) == {"current"}
    assert qualifiers("临川博物馆第一任馆长是谁？", asked("临川博物馆第一任馆长是谁？", ["临川博物馆"])) == {"first"}
    assert qualifiers("周明远的儿子哪一年出生？", asked("周明远的儿子哪一年出生？", ["周明远"])) == {"kin"}
    assert "done" in qualifiers("When was the Oster Dam completed?", asked("When was the Oster Dam completed?", ["Oster Dam"]))
    assert qualifiers("When did the Hale Telescope see first light?", asked("When did the Hale Telescope see first light?", ["Hale Telescope"])) == set()
    assert qualifiers("What was Tovik's revenue last year?", asked("What was Tovik's revenue last year?", ["Tovik"])) == set()
    assert qualifiers("Where was Per Lund born?", asked("Where was Per Lund born?", ["Per Lund"])) == set()


def test_a_past_post_is_not_the_current_one():
    f = fact("Brask Institute", "director", "Ingrid Solberg")
    q = "Who is the current director of the Brask Institute?"
    assert not ok(q, [f], "In 1962 Ingrid Solberg became director of the Brask Institute.", ["Brask Institute"])
    assert not ok(q, [f], "Ingrid Solberg served as director of the Brask Institute from 1962 to 1988.", ["Brask Institute"])
    assert ok(q, [f], "Ingrid Solberg is the director of the Brask Institute.", ["Brask Institute"])
    assert ok(q, [f], "Since 2019 the Brask Institute has been led by its director Ingrid Solberg.", ["Brask Institute"])
    g = fact("临川博物馆", "馆长", "周明远")
    assert not ok("临川博物馆现任馆长是谁？", [g], "1980年，周明远出任临川博物馆馆长。", ["临川博物馆"])
    assert not ok("临川博物馆现任馆长是谁？", [g], "周明远曾任临川博物馆馆长。", ["临川博物馆"])
    assert ok("临川博物馆现任馆长是谁？", [g], "临川博物馆现任馆长是周明远。", ["临川博物馆"])


def test_a_later_holder_is_not_the_first():
    f = fact("临川博物馆", "馆长", "周明远")
    assert not ok("临川博物馆第一任馆长是谁？", [f], "1980年，周明远出任临川博物馆馆长。", ["临川博物馆"])
    assert ok("临川博物馆第一任馆长是谁？", [f], "周明远是临川博物馆的首任馆长。", ["临川博物馆"])
    g = fact("Brask Institute", "director", "Ingrid Solberg")
    assert not ok("Who was the first director of the Brask Institute?", [g],
                  "In 1962 Ingrid Solberg became director of the Brask Institute.", ["Brask Institute"])
    assert ok("Who was the first director of the Brask Institute?", [g],
              "Ingrid Solberg was the first director of the Brask Institute.", ["Brask Institute"])


def test_the_first_of_a_group_is_not_the_first_holder():
    # (heldout_s14: "Who was the first director of the Louvre?" was answered by "the first woman to
    # lead the museum"): "first" of another noun, then "to" and a verb, is first of that group
    g = fact("Brask Institute", "director", "Ingrid Solberg")
    q = "Who was the first director of the Brask Institute?"
    for said in ("In 2011 Ingrid Solberg became the first woman to run the Brask Institute.",
                 "Ingrid Solberg, the first economist in Norway to hold the post, directs the Brask Institute."):
        assert not ok(q, [g], said, ["Brask Institute"]), said
        assert not passage_qualified(q, asked(q, ["Brask Institute"]), said), said
    # the asked noun itself, or no noun at all, is the first holder
    for said in ("Ingrid Solberg was the first to direct the Brask Institute.",
                 "Ingrid Solberg was the first director to run the Brask Institute.",
                 "The first director was Ingrid Solberg, who moved to the Brask Institute in 1962."):
        assert ok(q, [g], said, ["Brask Institute"]), said
    q = "What was the first spacecraft to land on Vesta?"  # the group is what is asked
    assert passage_qualified(q, asked(q, ["Vesta"]), "Dawn was the first spacecraft to land on Vesta.")
    # "at first", "for the first time" say when (heldout_s14, s12: answered after the passage change)
    q = "Who was the first director of the Brask Institute?"
    for said in ("The new wing of the Brask Institute was controversial at first.",
                 "Visitors entered the Brask Institute for the first time in 1962."):
        assert not passage_qualified(q, asked(q, ["Brask Institute"]), said), said


def test_first_before_another_noun_orders_that_noun():
    # (heldout_s15: "Who was the first coach of FC Barcelona?" answered by the coach under whom
    # the club won "the first treble by a Spanish club")
    g = fact("Brask Institute", "director", "Ingrid Solberg")
    q = "Who was the first director of the Brask Institute?"
    said = "Under Ingrid Solberg the Brask Institute won the first prize for a Nordic library."
    assert not ok(q, [g], said, ["Brask Institute"])
    assert not passage_qualified(q, asked(q, ["Brask Institute"]), said)
    for said in ("Ingrid Solberg became the first acting director of the Brask Institute.",  # the asked noun
                 "Ingrid Solberg was the first of its directors at the Brask Institute."):
        assert ok(q, [g], said, ["Brask Institute"]), said


def test_a_question_about_kin_is_not_answered_by_a_sentence_naming_none():
    # (heldout_s10, s15: "When was Dorothea Lange's first son born?" quoted her own birth)
    q = "When did the husband of Ingrid Solberg die?"
    a = asked(q, ["Ingrid Solberg"])
    assert not passage_qualified(q, a, "Ingrid Solberg died in Brask on 4 July 1988.")
    assert passage_qualified(q, a, "Her husband, Olav Berg, died in 1975.")
    q = "周明远的父亲哪一年去世？"
    assert not passage_qualified(q, asked(q, ["周明远"]), "周明远1988年在临川去世。")
    assert passage_qualified(q, asked(q, ["周明远"]), "周明远的父亲周文于1950年去世。")


def test_a_second_largest_is_not_the_largest():
    # (heldout_s15: "Which is the most populous city in Scotland?" was answered with the capital,
    # whose sentence calls it "after Glasgow, its second most populous city")
    g = fact("Brask", "capital of", "Norland")
    q = "Which is the most populous city in Norland?"
    said = "Brask is the capital of Norland and, after Vell, its second most populous city."
    assert not ok(q, [g], said, ["Norland"])
    assert not passage_qualified(q, asked(q, ["Norland"]), said)
    assert ok(q, [g], "Brask, the capital of Norland, is also its most populous city.", ["Norland"])
    q = "What is the largest lake in Norland?"
    assert not passage_qualified(q, asked(q, ["Norland"]), "Lake Vell is the third-largest lake in Norland.")
    assert passage_qualified(q, asked(q, ["Norland"]), "Lake Vell is the largest lake in Norland.")
    q = "What is the second most populous city in Norland?"  # asked for: the order check has it
    assert passage_qualified(q, asked(q, ["Norland"]), said)
    # an order of another noun orders that noun, not what is asked
    q = "What is the largest tributary of the Vell?"
    said = "At Brask, the third-largest city in Norland, the Vell is joined by the Ros, its largest tributary."
    assert ok(q, [fact("Vell", "tributary", "Ros")], said, ["Vell"])
    assert not ok(q, [fact("Vell", "tributary", "Ros")], "The Ros is the Vell's second-largest tributary.", ["Vell"])


def test_a_second_or_later_holder_must_be_said_to_be_that_one():
    # (heldout_s13: "国防部第五研究院的第二任院长是谁？" was answered with the first head)
    f = fact("临川博物馆", "馆长", "周明远")
    assert "order:2" in qualifiers("临川博物馆第二任馆长是谁？", asked("临川博物馆第二任馆长是谁？", ["临川博物馆"]))
    assert not ok("临川博物馆第二任馆长是谁？", [f], "1950年，周明远出任临川博物馆首任馆长。", ["临川博物馆"])
    assert ok("临川博物馆第二任馆长是谁？", [f], "1962年，周明远成为临川博物馆第二任馆长。", ["临川博物馆"])
    assert not ok("临川博物馆第十二任馆长是谁？", [f], "1962年，周明远成为临川博物馆第二任馆长。", ["临川博物馆"])
    g = fact("Brask Institute", "director", "Ingrid Solberg")
    q = "Who was the third director of the Brask Institute?"
    assert not ok(q, [g], "In 1962 Ingrid Solberg became director of the Brask Institute.", ["Brask Institute"])
    assert ok(q, [g], "In 1962 Ingrid Solberg became the institute's 3rd director.", ["Brask Institute"])
    # a name's number is no order asked ("第五研究院"), nor a century
    assert qualifiers("国防部第五研究院在哪里？", asked("国防部第五研究院在哪里？", ["国防部第五研究院"])) == set()
    assert qualifiers("Who ruled Brask in the 19th century?", asked("Who ruled Brask in the 19th century?", ["Brask"])) == set()


def test_first_must_be_said_of_the_step_that_answers():
    # "临川书院改名为临川学院后，第一任院长是谁？": the renaming's sentence names the first head; a
    # later head's sentence does not make him the first
    renamed = Fact("F1", Edge(1, 10, "临川书院", "改名为", 11, "临川学院", "a.txt#L1@0123abcd"), 1.0)
    head = Fact("F2", Edge(2, 11, "临川学院", "院长", 21, "王明", "a.txt#L3@0123abcd"), 1.0)
    texts = {"a.txt#L1@0123abcd": "1912年，临川书院改名为临川学院，李平出任首任院长。",
             "a.txt#L3@0123abcd": "1917年，王明就任临川学院院长。"}
    q = "临川书院改名为临川学院后，第一任院长是谁？"
    assert not qualified(q, asked(q, ["临川书院", "临川学院"]), [renamed, head], texts.get)


def test_a_start_is_not_a_completion_and_a_completion_not_a_start():
    f = fact("Oster Dam", "built in", "1931")
    assert not ok("When was the Oster Dam completed?", [f], "Work on the Oster Dam began in 1931.", ["Oster Dam"])
    assert ok("When was the Oster Dam completed?", [f], "The Oster Dam was completed in 1931.", ["Oster Dam"])
    assert ok("When was the Oster Dam completed?", [f], "The Oster Dam was built in 1931.", ["Oster Dam"])
    g = fact("青石桥", "动工", "1958年")
    assert not ok("青石桥哪一年建成？", [g], "青石桥于1958年动工。", ["青石桥"])
    assert ok("青石桥哪一年建成？", [g], "青石桥于1956年动工，1958年建成。", ["青石桥"])
    assert not ok("青石桥哪一年建成？", [fact("青石桥", "成立于", "1956年")], "青石桥始建于1956年，1958年建成。", ["青石桥"])
    assert not ok("When was the Oster Dam completed?", [f], "Work on the Oster Dam began in 1931, and it was completed in 1935.", ["Oster Dam"])
    h = fact("青石桥", "建成", "1958年")
    assert not ok("青石桥哪一年动工？", [h], "青石桥于1958年建成。", ["青石桥"])


def test_a_persons_own_fact_does_not_answer_for_a_relative():
    f = fact("周明远", "出生于时间", "1931年")
    assert not ok("周明远的儿子哪一年出生？", [f], "周明远生于1931年。", ["周明远"])
    assert ok("周明远哪一年出生？", [f], "周明远生于1931年。", ["周明远"])
    g = fact("Per Lund", "born in", "1890")
    assert not ok("When was Per Lund's daughter born?", [g], "Per Lund was born in 1890.", ["Per Lund"])
    wife = fact("Per Lund", "spouse", "Kari Moen", 1)
    born = fact("Kari Moen", "born in", "1895", 2)
    assert ok("When was Per Lund's wife born?", [wife, born], "Per Lund married Kari Moen, who was born in 1895.", ["Per Lund"])


def test_a_fact_whose_sentence_is_unknown_is_not_judged_except_for_kin():
    f = fact("Brask Institute", "director", "Ingrid Solberg")
    assert qualified("Who is the current director of the Brask Institute?", asked("Who is the current director of the Brask Institute?", ["Brask Institute"]), [f], lambda s: None)


DOC = """Brask Institute

The Brask Institute of Marine Biology is a research institute in Tromsø. It was founded in 1931 by the zoologist Per Lund, who was born in Bergen in 1890. In 1962 Ingrid Solberg became director of the institute.

Work on a new laboratory building, the Nordhavn Laboratory, began in 1970.
"""

ZH = """临川博物馆

临川博物馆位于江西省抚州市，成立于1952年。1980年，周明远出任临川博物馆馆长。周明远出生于1931年。临川博物馆新馆于1995年动工。
"""


@pytest.fixture(scope="module")
def en(tmp_path_factory):
    with ingested(tmp_path_factory, "brask.txt", DOC) as g:
        yield g


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    with ingested(tmp_path_factory, "linchuan.txt", ZH) as g:
        yield g


@parser
@pytest.mark.parametrize("question", [
    "Who is the current director of the Brask Institute?",
    "Who was the first director of the Brask Institute?",
    "When was Per Lund's son born?",
    "When was the Nordhavn Laboratory completed?",
])
def test_through_the_real_parse_a_qualified_question_gets_no_neighbouring_fact(en, question):
    res = en.ask(question)
    assert res.kind != "fact", res.answer


@parser
@pytest.mark.parametrize("question, gold", [
    ("When was Per Lund born?", "1890"),
    ("Who founded the Brask Institute of Marine Biology?", "Per Lund"),
])
def test_through_the_real_parse_the_plain_question_still_gets_its_fact(en, question, gold):
    res = en.ask(question)
    assert res.kind == "fact" and gold in res.answer.split(" (")[0], res.answer


def test_a_quoted_sentence_carries_the_qualifier_as_a_facts_sentence_must():
    q = "Who is the current director of the Brask Institute?"
    a = asked(q, ["Brask Institute"])
    assert not passage_qualified(q, a, "Ingrid Solberg served as director of the Brask Institute from 1962 to 1988.")
    assert passage_qualified(q, a, "Ingrid Solberg is the director of the Brask Institute.")
    q = "青石桥哪一年建成？"
    assert not passage_qualified(q, asked(q, ["青石桥"]), "青石桥于1958年动工。")
    q = "When was Per Lund's son born?"  # a sentence naming no kin is about Per Lund himself
    assert not passage_qualified(q, asked(q, ["Per Lund"]), "Per Lund was born in Bergen in 1890.")


@pytest.mark.parametrize("question, names, text, holds", [
    ("Who was the captain of the Brisk on her first voyage?", ["Brisk"], "On 4 May 1702 the Brisk set out on her first voyage.", False),
    ("Who was the captain of the Brisk on her first voyage?", ["Brisk"], "On 4 May 1702 the Brisk set out under Jens Holt.", True),
    ("When was the chapel of Lindby built?", ["Lindby"], "The town of Lindby draws pilgrims to its chapel.", False),
    ("When was the chapel of Lindby built?", ["Lindby"], "The chapel of Lindby was built in the 1680s.", True),
    ("How many shares does Tovik have outstanding?", ["Tovik"], "Tovik's shares are listed in Oslo.", False),
    ("How many shares does Tovik have outstanding?", ["Tovik"], "Tovik has forty million shares outstanding.", True),
    ("清河桥建于哪一年？", ["清河桥"], "城南至今留有清河桥等古迹。", False),
    ("清河桥建于哪一年？", ["清河桥"], "清河桥建于明代嘉靖年间。", True),
    ("清河桥是谁设计的？", ["清河桥"], "清河桥是城南的古迹。", True),  # no capitals to tell a Chinese name by
])
def test_a_quoted_sentence_holds_a_value_of_the_asked_kind(question, names, text, holds):
    assert passage_holds(asked(question, names), text, names) is holds


FERRY = """Vessel Line

Vessel Line is a ferry company based in Kiel. Anna Berg served as president and chief executive of Vessel Line from 2009 to 2017, a period of rapid growth for the company.
"""


@parser
def test_a_qualified_question_gets_no_passage_that_lacks_the_qualifier(tmp_path):
    # the quoted sentence covers the question's words but dates the post: not "current"
    pytest.importorskip("faiss")
    pytest.importorskip("sentence_transformers")
    from graphrag import GraphRAG
    from graphrag.ingest.pipeline import IngestOptions

    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    with GraphRAG.open(tmp_path / "graph") as g:
        g.ingest([tmp_path / "ferry.txt"], IngestOptions(extractor="rules"))
        res = g.ask("Who is the current president and chief executive of Vessel Line?")
        assert res.kind == "none", res.answer
        res = g.ask("Who served as president and chief executive of Vessel Line from 2009 to 2017?")
        assert res.kind in ("fact", "passage") and "Anna Berg" in res.answer, res.answer


@pytest.mark.parametrize("question", ["临川博物馆现任馆长是谁？", "临川博物馆第一任馆长是谁？", "周明远的儿子哪一年出生？",
                                      "临川博物馆新馆哪一年建成？"])
def test_chinese_a_qualified_question_gets_no_neighbouring_fact(zh, question):
    res = zh.ask(question)
    assert res.kind != "fact", res.answer


@pytest.mark.parametrize("question, gold", [("周明远哪一年出生？", "1931"), ("临川博物馆哪一年成立？", "1952")])
def test_chinese_the_plain_question_still_gets_its_fact(zh, question, gold):
    res = zh.ask(question)
    assert res.kind == "fact" and gold in res.answer.split(" (")[0], res.answer


def test_first_before_a_kin_word_orders_kin_and_is_left_to_the_kin_step():
    q = "When did Per Lund's first wife die?"
    assert qualifiers(q, asked(q, ["Per Lund"])) == {"kin"}
    wife = fact("Per Lund", "spouse", "Kari Moen", 1)
    died = fact("Kari Moen", "died in", "1949", 2)
    assert ok(q, [wife, died], "In 1920 he married Kari Moen. Kari Moen died in 1949.", ["Per Lund"])
    assert not ok(q, [fact("Per Lund", "died in", "1960")], "Per Lund died in 1960.", ["Per Lund"])


def test_a_kin_noun_before_a_name_describes_it_and_is_not_walked_from_it():
    # (heldout_s13: "When was Faraday's father James born?" walked "Faraday father James" from James to
    # Faraday and answered with the son's birth date)
    from graphrag.backing import direction_fits

    f = Fact("F1", Edge(1, 10, "Hans Ferraday", "father", 20, "Jens", SRC), 1.0)
    assert not direction_fits("When was Ferraday's father Jens born?", f, {20: "Jens"})
    assert direction_fits("Who was the father of Hans Ferraday?", f, {10: "Hans Ferraday"})
    assert direction_fits("Who was Hans Ferraday's father?", f, {10: "Hans Ferraday"})
    assert direction_fits("Whose father was Jens?", f, {20: "Jens"})


@parser
def test_a_sentence_saying_the_verb_of_another_name_does_not_answer():
    # (heldout_s10: "When did Godtfred Christiansen die?" quoted "Ole Kirk Christiansen died in
    # 1958 and his son Godtfred took over"): the verb's only arguments name someone else
    from graphrag.predicate import said_of

    die = frozenset({"die"})
    assert not said_of(die, ("Per Lund Hansen",), "Ole Lund Hansen died in 1958 and his son Per took over the yard.")
    assert not said_of(die, ("Karin Vik",), "When Astrid Berg died in 1954, the board chose Karin Vik.")
    # a pronoun, a noun, a part of the name, or a subject found elsewhere may stand for it
    assert said_of(die, ("Karin Vik",), "After retiring she moved to Bergen, where she died in 1990.")
    assert said_of(die, ("Karin Vik",), "Vik died in Bergen in 1990.")
    assert said_of(frozenset({"found"}), ("Brask Institute",), "Per Lund founded the Brask Institute in 1921.")
    assert said_of(frozenset({"lead"}), ("Tarn Expedition",),
                   "In 1906 he joined the Tarn Expedition, led by the explorer Ole Vik.")
    # someone's kin is someone else (heldout_s7: "When did Joseph Anning die?" quoted "After her
    # father died in 1810 …"), unless the question asks about kin
    said = "After her father died in 1810, Karin and Per kept the shop."
    assert not said_of(die, ("Per Vik",), said)
    assert said_of(die, ("Karin Vik",), said, kin=True)
    # a verb joined to another takes its subject (heldout_s5: "Where is Voltera Oy headquartered?" quoted
    # Kestrel's headquarters once Voltera became an entity of the graph)
    based = "Halden Systems was founded in 1998 by Ada Holm and is headquartered in Tampere, Finland."
    assert not said_of(frozenset({"headquarter"}), ("Norva Oy",), based)
    assert said_of(frozenset({"headquarter"}), ("Halden Systems",), based)
    assert said_of(frozenset({"headquarter"}), ("Norva Oy",), based.replace("Halden Systems", "It"))


def test_a_chinese_post_is_current_only_when_the_text_says_so():
    # (heldout_s11, s15: "现任馆长", "现任董事长" answered from a history of the post): no tense in
    # Chinese, so the sentence must say the post is held now
    q = "临川集团现任董事长是谁？"
    a = asked(q, ["临川集团"])
    f = fact("临川集团", "董事长", "周明远")
    assert not ok(q, [f], "次年，临川集团与青石公司合并，由周明远任董事长。", ["临川集团"])
    assert not passage_qualified(q, a, "临川集团实行轮值董事长制度，由几位高管轮流担任董事长。")
    assert ok(q, [f], "周明远现任临川集团董事长。", ["临川集团"])
    assert passage_qualified(q, a, "目前，临川集团的董事长是周明远。")


def test_a_year_in_the_question_must_be_said_where_the_fact_was_read():
    # "Who won the Brask Cup in 1947?": a winner read from a sentence about another year, or from
    # a text that never names 1947, is no answer to it, nor is such a sentence quoted as a
    # passage; a sentence that names no year may be about that year still, when the text names
    # it (a report on 1947: "revenue rose to EUR 3 billion")
    f = fact("Brask Cup", "won by", "Per Lund")
    q = "Who won the Brask Cup in 1947?"
    assert qualifiers(q, asked(q, ["Brask Cup"])) == {"year:1947"}
    assert not ok(q, [f], "The 1947 race was wet. Per Lund won the Brask Cup in 1952.", ["Brask Cup"])
    assert not ok(q, [f], "Per Lund won the Brask Cup after a long race.", ["Brask Cup"])
    assert ok(q, [f], "The 1947 race was wet. Per Lund won the Brask Cup after a long race.", ["Brask Cup"])
    assert ok(q, [f], "In 1947 the Brask Cup was won by Per Lund.", ["Brask Cup"])
    assert not passage_qualified(q, asked(q, ["Brask Cup"]), "Per Lund won the Brask Cup in 1952.")
    assert passage_qualified(q, asked(q, ["Brask Cup"]), "Per Lund won the Brask Cup in 1947.")
    # a year inside a name, or one a "when" question would answer, qualifies nothing
    assert qualifiers("Who founded Expo 1967 Ltd?", asked("Who founded Expo 1967 Ltd?", ["Expo 1967 Ltd"])) == set()
    assert qualifiers("Which year after 1990 did Per Lund win?", asked("Which year after 1990 did Per Lund win?", ["Per Lund"])) == set()


def test_a_noun_that_is_always_an_amount_asks_a_number():
    # (heldout_s18: "What prize money does the winner receive?" was answered by two winners)
    q = "What prize money does the winner of the Brask Cup receive?"
    a = asked(q, ["Brask Cup"])
    assert a.kind == "quantity"
    assert not chain_backed(a, [fact("Per Lund", "award received", "Brask Cup")], "Per Lund", q)
    assert chain_backed(a, [fact("Brask Cup", "prize money", "EUR 50,000")], "EUR 50,000", q)
    for q in ("What was the total cost of the Oster Dam?", "What is the population of Tovik?"):
        assert asked(q, ["Oster Dam", "Tovik"]).kind == "quantity"
    for q in ("What company set the price of the Tovik ferry?", "Who paid the fee?"):
        assert asked(q, ["Tovik"]).kind != "quantity"


def test_where_is_answered_by_the_place_step_not_one_more_step_no_word_asks_for():
    # (heldout_s18: "Where was Frederick Banting from?" answered with the province of his town)
    q = "Where was Per Lund from?"
    a = asked(q, ["Per Lund"])
    origin, region = fact("Per Lund", "from", "Alby", 1), fact("Alby", "located in", "Uppland", 2)
    assert chain_backed(a, [origin], "Alby", q)
    assert not chain_backed(a, [origin, region], "Uppland", q)
    q = "Where is the lake that the Tarn flows into located?"
    a = asked(q, ["Tarn"])
    assert chain_backed(a, [fact("Tarn", "flows into", "Lake Orm", 1), fact("Lake Orm", "located in", "Sweden", 2)], "Sweden", q)
