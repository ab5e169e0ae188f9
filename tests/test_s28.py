"""Misses the dev folders showed in the twenty-sixth session (heldout_s28), tested on other names
and wording: an amount asked with a clause of time, a year offered as a count, a founding holder
offered as the current one, an irregular verb form, a participle the parser hung on a noun, and
Chinese names, prizes, posts, teachers and dates the rules did not read."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

from graphrag.asking import asks_date, asks_quantity
from graphrag.backing import answer_fits, asked, naming, qualified, value_fits
from graphrag.predicate import says
from graphrag.types import Edge, Fact

SRC = "doc.txt#L1@0123abcd"


def test_a_when_clause_after_another_question_word_does_not_ask_a_date():
    q = "How much money did Ole Brandt leave when he died?"
    assert not asks_date(q) and asks_quantity(q) and asked(q, ["Ole Brandt"]).kind == "quantity"
    assert asks_date("When did Ole Brandt die?") and asks_date("In what year did Ole Brandt die when in Oslo?")
    assert asks_date("Who ran Brask Mining when the strike began?")


def test_a_time_is_no_amount():
    assert not value_fits("quantity", "1945") and not value_fits("quantity", "2 September 1834")
    assert not value_fits("quantity", "May 1990") and not value_fits("quantity", "1987年")
    assert not value_fits("quantity", "9月16日")
    assert value_fits("quantity", "£100") and value_fits("quantity", "100") and value_fits("quantity", "1,500 men")
    assert value_fits("quantity", "30年") and value_fits("quantity", "some 1,700 fellows")


def test_a_founding_holder_is_not_the_current_one():
    f = Fact("F1", Edge(1, 10, "Brask Academy", "president", 11, "Ivar Holm", SRC), 1.0)
    q = "Who is the current president of the Brask Academy?"

    def ok(text: str) -> bool:
        return qualified(q, asked(q, ["Brask Academy"]), [f], lambda src: text)

    assert not ok("The surveyor Ivar Holm became its first president.")
    assert ok("Ivar Holm is the president of the Brask Academy.")


@parser
def test_an_irregular_verb_form_says_the_asked_verb():
    # the tagger may take "ground" for a noun; the verb table still knows it is grind's
    assert says(frozenset({"grind"}), "The lens was cast in Jena and ground by the optician Per Alm over two years.")
    assert says(frozenset({"teach"}), "An army surveyor taught him to use the plane table.")
    assert not says(frozenset({"grind"}), "The lens was cast in Jena and polished by Per Alm.")


@parser
def test_a_series_of_verbs_keeps_its_subject_when_a_participle_is_hung_on_a_noun(rules):
    got = read(rules, "Agnes Moberg\n\nAgnes Moberg was a Swedish architect. Settled in Bergen, she painted the "
                      "chapel there for Sverdrup, designed gardens and fountains, and built her first house at Fana.")
    assert ("Agnes Moberg", "designed", "gardens") in got
    assert not any(s == "Sverdrup" for s, _, _ in got)


@parser
def test_a_which_clause_after_the_place_of_a_made_thing_is_not_the_place_s(rules):
    got = read(rules, "Agnes Moberg\n\nAgnes Moberg was a Swedish architect. In Oslo she built the Vika Baths "
                      "beside the Akershus Fortress, which opened in 1911.")
    assert ("Agnes Moberg", "built", "Vika Baths") in got
    assert not any(s == "Akershus Fortress" for s, _, _ in got)


def test_a_former_name_after_a_pronoun_and_a_later_name(rules):
    got = read(rules, "吴昌平\n\n吴昌平是清末的画家。他原名俊卿，字香补，后改名贞，号苦铁。")
    assert {("吴昌平", "原名", "俊卿"), ("吴昌平", "字", "香补"), ("吴昌平", "改名", "贞")} <= got


def test_a_prize_an_honour_and_an_elected_post(rules):
    got = read(rules, "林守仁\n\n林守仁是中国的数学家。1962年，他获得国际数学联盟颁发的1961年度青年数学奖。"
                      "1985年，他又被授予“全国劳动模范”称号。同年他当选为中国数学会理事长。")
    assert ("林守仁", "获得", "青年数学奖") in got and ("林守仁", "获得时间", "1962年") in got
    assert ("林守仁", "被授予", "全国劳动模范称号") in got
    assert any(s == "中国数学会" and o == "林守仁" or (s, r, o) == ("林守仁", "职务", "中国数学会理事长") for s, r, o in got)


def test_teachers_named_by_bai_wei_shi_and_men_xia(rules):
    # the tagger does not know every name: the grammar says who the teacher is
    got = read(rules, "林守仁\n\n林守仁是中国的画家。1890年，十八岁的林守仁拜同乡画师钱望山、邹子蕃为师。"
                      "1896年，他又投入金石家吴闿庭门下。")
    assert {("林守仁", "师从", "钱望山"), ("林守仁", "师从", "邹子蕃"), ("林守仁", "师从", "吴闿庭")} <= got


def test_the_same_year_dates_a_later_sentence(rules):
    got = read(rules, "林守仁\n\n林守仁是中国的画家。1961年上海画院成立时，他出任副院长。同年10月3日，林守仁在上海病逝。")
    assert ("林守仁", "逝世于时间", "1961年10月3日") in got


def test_a_named_event_keeps_its_aliases_and_a_reign_year_is_no_relation(rules):
    got = read(rules, "洛阳桥\n\n洛阳桥位于福建泉州，横跨洛阳江。清乾隆二十年（1755年），知府下令重修桥墩。"
                      "这一事件史称“洛桥重修”，又称“乙亥修桥”。")
    assert ("洛桥重修", "又称", "乙亥修桥") in got
    assert not any(s == "洛阳桥" and r in ("又称", "清乾隆") for s, r, _ in got)


def test_a_place_that_opens_a_sentence_is_its_subject_and_a_renamed_river_is_not_the_topic(rules):
    got = read(rules, "洛阳桥\n\n洛阳桥位于福建泉州，横跨洛阳江。惠安城就在桥的北头，建于明朝初年，原是一座海防小城。"
                      "知府把这条常常泛滥的江河改名为万安江。")
    assert any(s == "惠安城" and o.startswith("明朝初年") for s, _, o in got)
    assert not any(s == "洛阳桥" and (o.startswith("明朝") or r == "改名为") for s, r, o in got)


def test_a_date_in_another_calendar_and_an_ordinal_that_is_no_courtesy_name(rules):
    got = read(rules, "林守仁\n\n林守仁是清末的画家。1871年3月2日（清同治十年二月十二日），他出生在安徽歙县。"
                      "他常说自己“诗第一，字第二，画第三”。")
    assert ("林守仁", "出生于时间", "1871年3月2日") in got
    assert not any(r == "字" for _, r, _ in got)


def test_a_traveller_is_an_occupation_and_the_name_after_it_the_subject(rules):
    got = read(rules, "洛阳桥\n\n洛阳桥位于福建泉州。15世纪，葡萄牙旅行家费尔南·平托来到泉州。")
    assert ("费尔南·平托", "到达", "泉州") in got and ("费尔南·平托", "职业", "旅行家") in got


def test_an_emperor_and_reign_year_is_a_time_and_outside_a_town_is_in_its_district(rules):
    got = read(rules, "洛阳桥\n\n洛阳桥位于泉州市洛江区桥南村外，横跨洛阳江。宋仁宗皇祐五年（1053年）四月，官府下令修建石桥，工程历时近七年。")
    assert ("洛阳桥", "位于", "洛江区") in got or ("洛阳桥", "位于", "泉州市洛江区") in got
    assert not any(s.startswith("宋仁宗") for s, _, _ in got)


def test_a_class_noun_that_opens_a_sentence_stays_the_thing_it_stands_for(rules):
    got = read(rules, "丹江口大坝\n\n丹江口大坝位于湖北省丹江口市。大坝为混凝土重力坝，坝顶高程176.6米，最大坝高117米。")
    assert ("丹江口大坝", "最大坝高", "117米") in got and not any(s == "大坝" for s, _, _ in got)


def test_a_prize_is_asked_with_any_verb_of_winning_and_is_never_a_who():
    a = asked("林守仁1985年获得了什么奖章？", ["林守仁"])
    assert naming(a, "被授予") and naming(a, "荣获")
    who = asked("和林守仁一起获奖的日本数学家是谁？", ["林守仁"])
    assert not answer_fits(who, "国际和平奖") and not answer_fits(who, "全国劳动模范称号") and answer_fits(who, "大村智")
    assert answer_fits(a, "两弹一星功勋奖章")


def test_a_clause_of_time_must_be_told_by_the_answers_sentence():
    q = "How much money did Ole Brandt leave when he died?"
    f = Fact("F1", Edge(1, 10, "Ole Brandt", "left", 11, "£4,000", SRC), 1.0)
    a = asked(q, ["Ole Brandt"])
    assert qualified(q, a, [f], lambda src: "When he died in 1901 Ole Brandt left £4,000 to the hospital.")
    assert not qualified(q, a, [f], lambda src: "In 1880 Ole Brandt left £4,000 to his brother.")
