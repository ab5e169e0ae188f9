"""The extractive answerer states a document fact only when the question asks for it: on a real
document graph (rules extraction of a .txt file, `GraphRAG.ingest`), a question whose fact the
text lacks gets a passage or "I don't know", never the neighbouring fact, while a question whose
fact is there still gets it. Facts of a loaded knowledge graph are left to the retrieval."""
from __future__ import annotations

import pytest

from graphrag.answer import extractive
from graphrag.backing import asked, asks_beyond, chain_backed, step_backed, value_fits
from graphrag.types import Edge, Fact, LinkedEntity, Passage, Retrieval
from ingest_reading import ingested

DOC = """Vellmar Tools GmbH

Vellmar Tools GmbH is a German maker of hand tools, headquartered in Kassel. The company was founded in 1921 by Otto Brandt. Its chairman is Greta Holm.

In 2019 Vellmar Tools GmbH acquired Stahlwerk Nord, a forge based in Hamburg. Every hammer the company sells is tempered twice in an oil bath before it is packed.
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    with ingested(tmp_path_factory, "vellmar.txt", DOC) as g:
        yield g


def stored(rag, subject: str, relation: str) -> list[str]:
    return [e.object for e in rag.store.iter_edges() if e.subject == subject and e.relation == relation]


@pytest.mark.parametrize("question, gold", [
    ("Where is Vellmar Tools GmbH headquartered?", "Kassel"),
    ("Who founded Vellmar Tools GmbH?", "Otto Brandt"),
    ("When was Vellmar Tools GmbH founded?", "1921"),
    ("Who is the chairman of Vellmar Tools GmbH?", "Greta Holm"),
])
def test_a_question_whose_fact_is_in_the_graph_still_gets_the_fact(rag, question, gold):
    res = rag.ask(question)
    assert res.kind == "fact", res.answer
    assert res.answer.split(". (")[0] == gold, res.answer


@pytest.mark.parametrize("question, trap", [
    ("Who is the CEO of Vellmar Tools GmbH?", "Greta Holm"),  # the chairman is a fact of the graph
    ("Who is the mother of Otto Brandt?", "Vellmar"),
    ("When did Otto Brandt die?", "1921"),
    ("How many people does Vellmar Tools GmbH employ?", "Kassel"),
])
def test_a_question_whose_fact_is_absent_gets_no_wrong_fact(rag, question, trap):
    assert stored(rag, "Vellmar Tools GmbH", "chairman") == ["Greta Holm"]  # the trap is really there
    res = rag.ask(question)
    assert res.kind in ("none", "passage"), res.answer
    if res.kind == "none":
        assert res.answer.startswith("I don't know") and not res.cited
    else:
        assert res.cited == ["P1"] and "not a fact of the graph" in res.answer


def test_an_unread_sentence_answers_as_a_passage_not_as_the_top_fact(rag):
    res = rag.ask("How is every hammer of Vellmar tempered?")
    assert res.kind == "passage", res.answer
    assert "tempered twice in an oil bath" in res.answer and res.cited == ["P1"]


def test_a_relation_the_chain_leaves_out_takes_one_more_step(rag):
    assert stored(rag, "Stahlwerk Nord", "based in") == ["Hamburg"]
    res = rag.ask("In which city is the forge acquired by Vellmar Tools GmbH based?")
    assert res.kind == "fact" and res.answer.split(". (")[0] == "Hamburg", res.answer


def _fact(i: int, s: str, r: str, o: str, source: str) -> Fact:
    return Fact(f"F{i}", Edge(i, 10 * i, s, r, 10 * i + 1, o, source), 1.0, {"path_score": 0.8})


def _retrieval(question: str, facts: list[Fact]) -> Retrieval:
    e = facts[0].edge
    ent = LinkedEntity(e.subject_id, e.subject, e.subject, question.index(e.subject),
                       question.index(e.subject) + len(e.subject), 1.0, "exact")
    return Retrieval(question, [ent], facts, "", 0, [e.object], [[facts[0].id]], n_best=1, confidence=1.0)


def test_knowledge_graph_facts_are_left_to_the_retrieval_document_facts_are_checked():
    q = "Who is the mother of Ada Byron?"
    kg = _retrieval(q, [_fact(1, "Ada Byron", "father", "Lord Byron", "family.tsv")])
    assert extractive(kg).kind == "fact" and extractive(kg).text.startswith("Lord Byron")
    doc = _retrieval(q, [_fact(1, "Ada Byron", "father", "Lord Byron", "ada.txt#L3@0123abcd")])
    assert extractive(doc).kind == "none"


def test_the_asked_kind_and_words():
    a = asked("When was Rosa Berg born?", ["Rosa Berg"])
    assert a.kind == "date" and "born" in a.words
    fact = [_fact(1, "Rosa Berg", "born in", "Oslo", "x.txt#L1@0123abcd")]
    assert not chain_backed(a, fact, "Oslo")  # the right word, the wrong kind of answer
    assert chain_backed(a, [_fact(1, "Rosa Berg", "born on", "3 May 1901", "x.txt#L1@0123abcd")], "3 May 1901")
    assert asked("鄱阳湖有多深？", ["鄱阳湖"]).kind == "quantity" and asked("冰心是哪一年出生的？", ["冰心"]).kind == "date"
    assert asked("What is Acme?", ["Acme"]).empty
    assert value_fits("name", "Otto Brandt") and not value_fits("name", "1921") and value_fits("quantity", "two-year")
    zh = asked("冰心的丈夫是谁？", ["冰心"])
    assert chain_backed(zh, [_fact(1, "冰心", "配偶", "吴文藻", "b.txt#L1@0123abcd")], "吴文藻")
    assert not chain_backed(asked("冰心的母亲是谁？", ["冰心"]), [_fact(1, "冰心", "出生于", "福州", "b.txt#L1@0123abcd")], "福州")


def test_an_answer_made_of_the_question_s_own_words_and_a_verb_s_direction():
    doc = "c.txt#L1@0123abcd"
    a = asked("Where does Ajax play its home matches?", ["Ajax"])
    assert not chain_backed(a, [_fact(1, "Ajax", "plays", "home matches", doc)], "home matches")
    assert chain_backed(a, [_fact(1, "Ajax", "plays at", "Olympic Stadium", doc)], "Olympic Stadium")
    q = "哪些河流注入洞庭湖？"
    lake = LinkedEntity(10, "洞庭湖", "洞庭湖", 6, 9, 1.0, "exact")
    out = Fact("F1", Edge(1, 10, "洞庭湖", "注入", 11, "长江", doc), 1.0, {"path_score": 0.8})
    into = Fact("F2", Edge(2, 12, "湘江", "注入", 10, "洞庭湖", doc), 1.0, {"path_score": 0.7})
    r = Retrieval(q, [lake], [out, into], "", 0, ["长江"], [["F1"]], n_best=1, confidence=1.0)
    ans = extractive(r)
    assert ans.kind == "fact" and ans.text.startswith("湘江") and ans.cited == ["F2"]


def test_a_heading_is_never_quoted_as_an_answer():
    src = "report.txt#L1@0123abcd"
    heading = Passage("P1", "Vellmar Tools GmbH – Annual Report 2024", src, 3.0, 1.0, "bm25")
    sentence = Passage("P2", "The annual report of Vellmar Tools GmbH was audited by Berg & Co.", src, 2.0, 0.8, "bm25")
    q = "Who audited the annual report of Vellmar Tools GmbH?"
    assert extractive(Retrieval(q, [], [], "", 0, [], passages=[heading])).kind == "none"
    ans = extractive(Retrieval(q, [], [], "", 0, [], passages=[heading, sentence]))
    assert ans.kind == "passage" and ans.cited == ["P2"]


def test_an_english_verb_s_direction():
    from graphrag.backing import direction_fits

    def fact(s, r, o, sid, oid):
        return Fact("F1", Edge(1, sid, s, r, oid, o, "x.txt#L1@0123abcd"), 1.0, {})

    berg = {1: "Magnus Berg"}
    assert direction_fits("Who did Magnus Berg succeed?", fact("Magnus Berg", "succeeded", "Anna Holm", 1, 2), berg)
    assert not direction_fits("Who did Magnus Berg succeed?", fact("Magnus Berg", "succeeded by", "Per Ek", 1, 2), berg)
    assert direction_fits("Who succeeded Magnus Berg?", fact("Magnus Berg", "succeeded by", "Per Ek", 1, 2), berg)
    assert not direction_fits("Who succeeded Magnus Berg?", fact("Magnus Berg", "succeeded", "Anna Holm", 1, 2), berg)
    lake = {1: "Lake Baikal"}
    assert not direction_fits("Which river flows into Lake Baikal?", fact("Lake Baikal", "flows into", "Yenisei", 1, 2), lake)
    assert direction_fits("Which river flows into Lake Baikal?", fact("Selenga", "flows into", "Lake Baikal", 2, 1), lake)


def test_where_asks_for_a_place_and_an_abstaining_retrieval_still_states_a_backed_document_fact():
    doc = "t.txt#L1@0123abcd"
    a = asked("Where is the Hooker Telescope?", ["Hooker Telescope"])
    assert not chain_backed(a, [_fact(1, "Hooker Telescope", "paid by", "John Hooker", doc)], "John Hooker")
    assert chain_backed(a, [_fact(1, "Hooker Telescope", "located at", "Mount Wilson", doc)], "Mount Wilson")
    q = "When was the Stone Bridge completed?"
    bridge = LinkedEntity(10, "Stone Bridge", "Stone Bridge", 13, 25, 1.0, "exact")
    f = Fact("F1", Edge(1, 10, "Stone Bridge", "completed in", 11, "1605", doc), 1.0, {"path_score": -0.3})
    r = Retrieval(q, [bridge], [f], "", 0, [], [], n_best=0, confidence=0.0)  # the retrieval abstained
    ans = extractive(r)
    assert ans.kind == "fact" and ans.text.startswith("1605") and ans.cited == ["F1"]


def test_where_questions_end_on_a_place_and_an_era_is_no_who():
    doc = "w.txt#L1@0123abcd"
    a = asked("Where was the painter of The Mill Pond born?", ["The Mill Pond"])
    assert not chain_backed(a, [_fact(1, "Mill Pond", "oil painting by", "Thomas Greer", doc)], "Thomas Greer")
    zh = asked("鸣沙钟是谁制成的？", ["鸣沙钟"])
    assert not chain_backed(zh, [_fact(1, "鸣沙钟", "制成于", "天圣年间", doc)], "天圣年间")
    assert chain_backed(zh, [_fact(1, "鸣沙钟", "制作者", "燕肃", doc)], "燕肃")
    assert chain_backed(asked("江西省的省会是哪里？", ["江西省"]), [_fact(1, "江西省", "省会", "南昌", doc)], "南昌")


def test_a_chinese_class_noun_the_answer_must_carry():
    from graphrag.backing import class_fits

    assert not class_fits("新源光伏的董事长毕业于哪所大学？", "陈立华")
    assert class_fits("钱学森毕业于哪所大学？", "交通大学") and class_fits("范志毅曾效力于哪支球队？", "水晶宫队")
    doc = "x.txt#L1@0123abcd"
    firm = LinkedEntity(10, "新源光伏", "新源光伏", 0, 4, 1.0, "alias")
    f = Fact("F1", Edge(1, 10, "新源光伏", "董事长", 11, "陈立华", doc), 1.0, {"path_score": 0.8})
    r = Retrieval("新源光伏的董事长毕业于哪所大学？", [firm], [f], "", 0, ["陈立华"], [["F1"]], n_best=1)
    assert extractive(r).kind == "none"


def test_a_temple_asked_for_is_the_fact_that_names_one_not_a_climb_to_the_province():
    from graphrag.backing import class_fits

    assert class_fits("飞虹塔位于哪座寺庙内？", "广胜寺") and not class_fits("飞虹塔位于哪座寺庙内？", "山西省")
    doc = "t.txt#L1@0123abcd"
    tower = LinkedEntity(10, "飞虹塔", "飞虹塔", 0, 3, 1.0, "exact")
    chain = [Fact("F1", Edge(1, 10, "飞虹塔", "位于", 11, "洪洞县", doc), 1.0, {"path_score": 0.98}),
             Fact("F2", Edge(2, 11, "洪洞县", "位于", 12, "临汾市", doc), 1.0, {"path_score": 0.98}),
             Fact("F3", Edge(3, 12, "临汾市", "位于", 13, "山西省", doc), 1.0, {"path_score": 0.98}),
             Fact("F4", Edge(4, 10, "飞虹塔", "位于", 14, "广胜寺", doc), 1.0, {"path_score": 0.65})]
    r = Retrieval("飞虹塔位于哪座寺庙内？", [tower], chain, "", 0, ["山西省", "广胜寺"], [["F1", "F2", "F3"]], n_best=1)
    ans = extractive(r)
    assert ans.text.startswith("广胜寺") and ans.cited == ["F4"]


def test_a_last_step_the_question_does_not_ask_gives_way_to_one_it_asks_from_the_same_entity():
    doc = "h.txt#L1@0123abcd"
    firm = LinkedEntity(10, "Lindgren & Moss", "Lindgren & Moss", 34, 49, 1.0, "exact")
    facts = [Fact("F1", Edge(1, 10, "Lindgren & Moss", "agreed to be bought by", 11, "Norrtek", doc), 1.0, {"path_score": 0.9}),
             Fact("F2", Edge(2, 11, "Norrtek", "type", 12, "maker of steel frames", doc), 1.0, {"path_score": 0.9}),
             Fact("F4", Edge(4, 11, "Norrtek", "agreed to be bought by", 14, "Hallberg Group", doc), 1.0, {"path_score": 0.85}),
             Fact("F3", Edge(3, 11, "Norrtek", "based in", 13, "Västerås", doc), 1.0, {"path_score": 0.8})]
    # (the buyer's own buyer is named by no word the first step left: one question word backs one step)
    q = "Where is the company that is buying Lindgren & Moss based?"
    r = Retrieval(q, [firm], facts, "", 0, ["maker of steel frames", "Västerås"], [["F1", "F2"]], n_best=1)
    ans = extractive(r)
    assert ans.text.startswith("Västerås") and ans.cited == ["F1", "F3"]


def test_a_noun_relation_is_named_by_its_head_and_what_is_the_n_of_needs_n():
    doc = "q.txt#L1@0123abcd"
    cto = asked("Who is the chief technology officer of Trellis Labs?", ["Trellis Labs"])
    assert not chain_backed(cto, [_fact(1, "Maja Lund", "chief executive of", "Trellis Labs", doc)], "Maja Lund")
    ceo = asked("Who is the chief executive of Trellis Labs?", ["Trellis Labs"])
    assert chain_backed(ceo, [_fact(1, "Maja Lund", "chief executive of", "Trellis Labs", doc)], "Maja Lund")
    q = "What was the nationality of the chemist who isolated neon?"
    assert not chain_backed(asked(q, ["neon"]), [_fact(1, "Neon", "isolated by", "Morris Travers", doc)],
                            "Morris Travers", q)
    q = "What is the symbol of neon?"
    assert chain_backed(asked(q, ["neon"]), [_fact(1, "Neon", "symbol", "Ne", doc)], "Ne", q)


def test_a_latin_word_left_in_a_chinese_question_is_asked():
    doc = "w.txt#L1@0123abcd"
    a = asked("温州的GDP是多少？", ["温州"])
    assert not a.empty
    assert not chain_backed(a, [_fact(1, "温州", "总面积", "12110平方千米", doc)], "12110平方千米")
    assert chain_backed(asked("李冰死于哪里？", ["李冰"]), [_fact(1, "李冰", "逝世于", "什邡", doc)], "什邡")


def test_a_dynasty_is_a_time_and_a_one_character_relation_is_asked_by_its_character():
    doc = "e.txt#L1@0123abcd"
    assert not chain_backed(asked("灵岩大佛是谁开凿的？", ["灵岩大佛"]), [_fact(1, "灵岩大佛", "开凿于", "宋代", doc)], "宋代")
    assert chain_backed(asked("灵岩寺建于什么时候？", ["灵岩寺"]), [_fact(1, "灵岩寺", "成立于", "南朝梁天监年间", doc)],
                        "南朝梁天监年间")
    assert chain_backed(asked("铁钟有多重？", ["铁钟"]), [_fact(1, "铁钟", "重", "12吨", doc)], "12吨")


def test_a_measure_named_inside_a_longer_relation_is_asked_by_its_adjective():
    doc = "m.txt#L1@0123abcd"
    deep = asked("How deep is Lake Varna at its deepest?", ["Lake Varna"])
    assert chain_backed(deep, [_fact(1, "Lake Varna", "reaches depth of", "212 metres", doc)], "212 metres")
    assert not chain_backed(deep, [_fact(1, "Lake Varna", "reaches length of", "40 kilometres", doc)], "40 kilometres")
    took = asked("How long did the Varna tunnel take to build?", ["Varna tunnel"])
    assert not chain_backed(took, [_fact(1, "Varna tunnel", "runs length of", "12 kilometres", doc)], "12 kilometres")


def test_a_value_in_a_unit_of_the_asked_dimension_answers_whatever_the_verb():
    doc = "m.txt#L1@0123abcd"
    q = "How high is Kvasshorn?"
    stands = _fact(1, "Kvasshorn", "stands", "1,212 metres", doc)
    assert chain_backed(asked(q, ["Kvasshorn"]), [stands], "1,212 metres", q)
    q = "How heavy is Kvasshorn?"  # a length does not say how heavy
    assert not chain_backed(asked(q, ["Kvasshorn"]), [stands], "1,212 metres", q)
    q = "How long did the Kvasshorn climb take?"  # a duration
    assert not chain_backed(asked(q, ["Kvasshorn climb"]), [_fact(1, "Kvasshorn climb", "covers", "9 km", doc)], "9 km", q)
    q = "铁塔有多高？"
    assert chain_backed(asked(q, ["铁塔"]), [_fact(1, "铁塔", "矗立", "324米", doc)], "324米", q)
    q = "镜湖最深的地方有多深？"  # a width is a length too, but not a depth
    assert not chain_backed(asked(q, ["镜湖"]), [_fact(1, "镜湖", "东西宽", "3公里", doc)], "3公里", q)


def test_an_irregular_participle_meets_its_verb():
    doc = "p.txt#L1@0123abcd"
    q = "Who is shown in Harvest Noon?"  # shown / shows
    assert chain_backed(asked(q, ["Harvest Noon"]), [_fact(1, "Harvest Noon", "shows", "Ella Brandt", doc)], "Ella Brandt", q)
    q = "Who was the bridge struck by?"  # struck / strikes
    assert chain_backed(asked(q, ["bridge"]), [_fact(1, "bridge", "strikes", "Hull Barge", doc)], "Hull Barge", q)


def test_an_answer_that_carries_the_asked_class_still_needs_the_asked_verb():
    doc = "t.txt#L1@0123abcd"
    q = "Which company built the Varna Tunnel?"
    a = asked(q, ["Varna Tunnel"])
    operated = _fact(1, "Varna Tunnel", "operated by", "national rail company", doc)
    assert not chain_backed(a, [operated], "national rail company", q)  # a company, but it did not build it
    q = "Which company runs the Varna Tunnel?"
    a = asked(q, ["Varna Tunnel"])
    assert chain_backed(a, [_fact(1, "Varna Tunnel", "run by", "national rail company", doc)], "national rail company", q)


def test_which_country_asks_for_located_in():
    doc = "k.txt#L1@0123abcd"
    a = asked("In which country is Chelles?", ["Chelles"])
    assert chain_backed(a, [_fact(1, "Chelles", "located in", "France", doc)], "France")


def test_a_kin_step_does_not_answer_a_question_that_asks_one_step_further():
    doc = "z.txt#L1@0123abcd"
    kin = [_fact(1, "周敦颐", "父亲", "周辅成", doc)]
    assert not chain_backed(asked("周敦颐的父亲担任过什么官职？", ["周敦颐"]), kin, "周辅成")  # the father's post is asked
    assert not chain_backed(asked("周敦颐的父亲创办了哪所书院？", ["周敦颐"]), kin, "周辅成")
    assert chain_backed(asked("周敦颐的父亲是谁？", ["周敦颐"]), kin, "周辅成")
    assert chain_backed(asked("周敦颐的父亲叫什么名字？", ["周敦颐"]), kin, "周辅成")


def test_where_is_not_answered_by_the_subject_of_a_place_fact():
    doc = "o.txt#L1@0123abcd"
    a = asked("Where is the painter who lived on Hoy buried?", ["Hoy"])
    assert not chain_backed(a, [_fact(1, "Anna Rae", "lived on", "Hoy", doc)], "Anna Rae")
    b = asked("Where did Anna Rae live?", ["Anna Rae"])
    assert chain_backed(b, [_fact(1, "Anna Rae", "lived on", "Hoy", doc)], "Hoy")


@pytest.mark.parametrize("question, name, relation, backed", [
    ("周明远是哪里人？", "周明远", "出生于", True),  # where one is from: the birthplace the rules read
    ("周明远是哪里人？", "周明远", "任职于", False),
    ("临川学院最早叫什么名字？", "临川学院", "改名为", True),  # the name it had before
    ("临川学院原名是什么？", "临川学院", "更名为", True),
    ("临川学院位于哪里？", "临川学院", "改名为", False),
])
def test_chinese_words_that_ask_for_a_relation_the_rules_coin(question, name, relation, backed):
    assert step_backed(asked(question, [name]), relation) is backed


def test_a_question_that_asks_beyond_the_thing_its_clause_names_is_not_answered_with_that_thing(rag):
    assert stored(rag, "Vellmar Tools GmbH", "acquired") == ["Stahlwerk Nord"]  # the trap is really there
    assert rag.ask("Which forge did Vellmar Tools GmbH acquire?").answer.startswith("Stahlwerk Nord")
    # the clause names the forge; the question asks its country, which the text does not give
    res = rag.ask("In which country is the forge that Vellmar Tools GmbH acquired?")
    assert "Stahlwerk Nord." not in res.answer and res.kind in ("none", "passage"), res.answer


def test_asks_beyond_reads_a_clause_about_the_names_and_another_asked_noun():
    def beyond(q, names):
        return asks_beyond(asked(q, names))

    assert beyond("In which country is the city where the Ardèche joins the Rhône?", ["Ardèche", "Rhône"])
    assert beyond("Which orchestra plays in the hall that Nordvik Council opened?", ["Nordvik Council"])
    assert not beyond("Which river does the river that drains Lake Onega join?", ["Lake Onega"])  # same noun
    assert not beyond("What is the name of the river that flows through Lyon?", ["Lyon"])  # no asked noun
    assert not beyond("In which city did the woman who founded Vellmar die?", [])  # the clause names nothing
    assert not beyond("In what year did the man who founded Vellmar die?", ["Vellmar"])  # a date: kind rules
    # Chinese: the clause comes before 的 and its noun, which the wrong answer's name ends with
    assert asks_beyond(asked("被林远称为“南方明珠”的大学在1950年迁到了哪里？", ["林远"]), "岭南大学")
    assert not asks_beyond(asked("林远去过哪所大学？", ["林远"]), "岭南大学")
    assert not asks_beyond(asked("创办岭南的人在广州创办的学院叫什么？", ["岭南"]), "格致学院")  # 叫什么 asks the 学院


def test_a_single_character_relation_is_named_only_by_that_character_as_a_word():
    assert step_backed(asked("徐光启号什么？", ["徐光启"]), "号")
    assert not step_backed(asked("徐光启死后的谥号是什么？", ["徐光启"]), "号")
    assert not step_backed(asked("他后来改了名字吗？", []), "字")


def test_an_in_law_is_not_the_kin_word_inside_it():
    a = asked("In which town did Nils Berg's father-in-law work as a physician?", ["Nils Berg"])
    assert not step_backed(a, "called father of")
    assert step_backed(asked("Who was the father of Nils Berg?", ["Nils Berg"]), "called father of")


def test_the_date_relation_the_rules_coin_is_asked_with_its_verb_s_words():
    # (heldout_s27: "哪一天去世" declined `逝世于时间`, which the rules coin for the date of 逝世于)
    doc = "x.txt#L1@0123abcd"
    died = _retrieval("聂耳是哪一天去世的？", [_fact(1, "聂耳", "逝世于时间", "1935年7月17日", doc)])
    assert extractive(died).text.startswith("1935年7月17日")
    born = _retrieval("聂耳是哪一天去世的？", [_fact(1, "聂耳", "出生于时间", "1912年2月14日", doc)])
    assert extractive(born).kind == "none"


def test_a_class_noun_asked_for_is_answered_by_what_the_apposition_classes():
    # (heldout_s27: "In what village was Cajal born?" walked on from the village to `small village in Navarre`)
    doc = "x.txt#L1@0123abcd"
    born = Fact("F1", Edge(1, 10, "Ilse Varga", "born in", 11, "Kellby", doc), 1.0, {"path_score": 0.8})
    village = Fact("F2", Edge(2, 11, "Kellby", "small village in", 12, "Varmland", doc), 1.0, {"path_score": 0.8})
    q = "In what village was Ilse Varga born?"
    ent = LinkedEntity(10, "Ilse Varga", "Ilse Varga", q.index("Ilse"), q.index("Ilse") + 10, 1.0, "exact")
    r = Retrieval(q, [ent], [born, village], "", 0, ["Varmland"], [["F1", "F2"]], n_best=1, confidence=1.0)
    assert extractive(r).text.startswith("Kellby")
    # a place relation the question's class noun is asked with is a step on, as before
    a = asked("In which country is Kellby?", ["Kellby"])
    assert chain_backed(a, [_fact(1, "Kellby", "located in", "Sweden", doc)], "Sweden")
