"""Misreadings heldout_s55's hand check showed (read as dev material in the fifty-third session), tested on other
names. English: "a refugee from Slonim, a town … now in Belarus, WHO arrived in England" gave the arrival to
Belarus; "Thomas Spencer, a cashier at the firm of Isaac Dewhirst, WHICH had lent Marks five pounds" gave the loan
to Spencer; "Spencer" after "Thomas Spencer" meant Marks & Spencer, the text's topic; "Marks and Spencer Ltd.
Spencer died in 1905" ran two sentences into one name, and "Marks and Spencer Ltd." was another firm; "Spencer
died in 1905, and Marks two years later, in 1907" gave both years to Spencer; "the birth of HER eighth child"
after "Queen Victoria" went to a man named a sentence before; "HE was joined by his school friend" after "Michael
Marks's son Simon gained control" went to a man named before Simon; "the Siq, a narrow gorge …; at its narrowest IT
is only three metres wide" was the town of the sentence before; "After working … in Burnopfield, and in Pateley
Bridge, Snow walked to London" made him walk in Pateley Bridge; "outside Britain, in Canada" placed Britain in
Canada; "The first European to describe Petra … was Burckhardt" made "European" the describer; and "the 1989 film
Indiana Jones and the Last Crusade" was split at its "and". Chinese: "宝顶山位于…。它由…开凿" gave 它 to the text's
topic (jieba reads 宝顶山 as a person's name); "…修复工程启动，历时七年多" and "其中的三清古洞规模宏大，是…" gave the
clauses after them to the topic; and "淮西节度使李希烈起兵叛乱，攻陷汝州" gave the capture to the text's man."""
from __future__ import annotations

from graphrag.ingest.chunker import split_sentences
from ingest_reading import parser, read, rules  # noqa: F401

_SHOP = "Harrow & Kemp\n\nHarrow & Kemp is a British retailer that sells clothing and food. "


@parser
def test_who_is_no_place(rules):
    got = read(rules, _SHOP + "The business was started by Samuel Harrow, a young tailor from Vitebsk, a town then in "
                              "the Russian Empire and now in Belarus, who arrived in England in 1879 with little money.")
    assert ("Samuel Harrow", "arrived in", "England") in got
    assert not any(s in ("Belarus", "Russian Empire") and r.startswith("arrived") for s, r, _ in got)


@parser
def test_which_after_an_apposition_is_its_last_noun(rules):
    got = read(rules, _SHOP + "In 1890 Harrow went into partnership with Walter Kemp, a cashier at the wholesale firm "
                              "of Edwin Barlow, which had lent Harrow ten pounds when he was starting out.")
    assert not any(s == "Walter Kemp" and r == "lent" for s, r, _ in got)
    assert ("Walter Kemp", "occupation", "cashier") in got


@parser
def test_a_surname_is_the_man_not_the_firm_named_after_him(rules):
    got = read(rules, _SHOP + "In 1890 Harrow went into partnership with Walter Kemp, a cashier at a wholesale firm. "
                              "Kemp invested £200 and brought a talent for bookkeeping. Kemp died in 1902.")
    assert ("Walter Kemp", "died in", "1902") in got
    assert not any(s == "Harrow & Kemp" and r in ("died in", "invested") for s, r, _ in got)


def test_a_firms_legal_suffix_may_end_a_sentence():
    text = ("In 1899 the business became a limited company, Harrow and Kemp Ltd. Kemp died in 1902. "
            "Acme Inc. is large. Apple Inc. Chairman Arthur Levinson spoke.")
    assert split_sentences(text) == ["In 1899 the business became a limited company, Harrow and Kemp Ltd.",
                                     "Kemp died in 1902.", "Acme Inc. is large.", "Apple Inc. Chairman Arthur Levinson spoke."]


@parser
def test_a_name_said_again_without_its_verb(rules):
    got = read(rules, _SHOP + "The business was started by Samuel Harrow and Walter Kemp, a cashier. "
                              "Kemp died in 1902, and Harrow two years later, in 1904.")
    assert ("Walter Kemp", "died in", "1902") in got and ("Samuel Harrow", "died in", "1904") in got
    assert ("Walter Kemp", "died in", "1904") not in got


@parser
def test_her_is_the_woman_the_sentence_named(rules):
    got = read(rules, "Edward Lane\n\nEdward Lane was an English physician. He used ether, which had been introduced by "
                      "the Scottish surgeon Robert Liston in 1846. In 1850 Lane gave ether to Queen Adelaide at the birth of "
                      "her third child, Prince Albert.")
    assert any(s == "Queen Adelaide" and "child" in r and o == "Prince Albert" for s, r, o in got)
    assert not any(s in ("Robert Liston", "Edward Lane") and "child" in r for s, r, _ in got)


@parser
def test_he_after_a_son_named_by_his_given_name(rules):
    got = read(rules, _SHOP + "After a period during which the company was run by Henry Cole, Samuel Harrow's son "
                              "David gained control in 1916. He was joined by his school friend Leon Sachs.")
    assert not any(s == "Henry Cole" and r in ("joined by", "school friend") for s, r, _ in got)
    assert any(s == "David" and r in ("joined by", "school friend") for s, r, _ in got)


@parser
def test_it_after_a_semicolon_is_the_thing_described_before(rules):
    got = read(rules, "Rumm\n\nRumm is an ancient city in Jordan. Close by is the modern town of Wadi Rum, whose name "
                      "recalls a tradition. The main approach is through the Khazna Gap, a narrow gorge about 1.5 "
                      "kilometres long; at its narrowest it is only four metres wide.")
    assert ("Khazna Gap", "width", "only four metres") in got
    assert not any(s == "Wadi Rum" and r == "width" for s, r, _ in got)


def test_it_after_a_place_named_by_a_persons_name_shape(rules):
    got = read(rules, "石门石刻\n\n石门石刻是四川境内石窟造像的总称。\n\n宝鼎山\n\n宝鼎山位于城区东北约十公里处，是石门石刻中规模最大的一处。"
                      "它由南宋僧人周明主持开凿，始于淳熙六年（1179年），历时七十余年。")
    assert ("宝鼎山", "始于", "淳熙六年") in got
    assert not any(s == "石门石刻" and r in ("始于", "历时") for s, r, _ in got)


def test_a_noun_phrase_opening_the_sentence_takes_its_clauses(rules):
    got = read(rules, "石门石刻\n\n石门石刻是四川境内石窟造像的总称。2008年，观音像保护修复工程启动，历时七年多，于2015年6月完工。"
                      "其中的玉皇洞规模宏大，是中国现存最大的道教石窟之一。")
    assert not any(s == "石门石刻" and r in ("历时", "完工时间") for s, r, _ in got)
    assert ("玉皇洞", "是", "道教石窟") in got and ("石门石刻", "是", "道教石窟") not in got


@parser
def test_a_place_joined_to_a_fronted_clause_is_that_clauses(rules):
    got = read(rules, "Edward Lane\n\nEdward Lane was an English physician. After working as an assistant to surgeons "
                      "in Hexham, County Durham, and in Settle Bridge, Yorkshire, Lane walked to London in 1836.")
    assert ("Edward Lane", "walked to", "London") in got
    assert not any(r == "walked in" and o in ("Settle Bridge", "Yorkshire") for _, r, o in got)


@parser
def test_a_place_after_outside_is_not_where_that_place_lies(rules):
    got = read(rules, _SHOP + "The company opened its first shops outside Britain, in Ireland, in 1975.")
    assert ("Britain", "located in", "Ireland") not in got
    assert ("Harrow & Kemp", "opened in", "Ireland") in got


@parser
def test_the_first_to_do_it_is_who_the_copula_names(rules):
    got = read(rules, "Rumm\n\nRumm is an ancient city in Jordan. The first European to describe Rumm in modern times was "
                      "the German traveller Karl Weiss, who reached it in 1830.")
    assert any(s == "Karl Weiss" and r.startswith("describe") for s, r, _ in got)
    assert not any(s == "European" for s, _, _ in got)


@parser
def test_a_film_title_runs_through_its_and(rules):
    got = read(rules, "Rumm\n\nRumm is an ancient city in Jordan. Rumm appeared in the 1981 film Sandor Kell and the "
                      "Lost Ark, in which the temple served as a hiding place.")
    assert ("Rumm", "appeared in", "Sandor Kell and the Lost Ark") in got
    assert not any(o in ("Sandor Kell", "Lost Ark") for _, _, o in got)


def test_a_titled_name_before_its_verb_is_the_clauses_subject(rules):
    got = read(rules, "柳公直\n\n柳公直（710年－785年），字正之，唐代名臣。建中四年（783年），河东节度使王承宗起兵叛乱，攻陷邢州。")
    assert ("王承宗", "攻陷", "邢州") in got and ("柳公直", "攻陷", "邢州") not in got


@parser
def test_the_firms_name_with_and_and_its_legal_form_is_the_firm(rules):
    got = read(rules, _SHOP + "In 1899 the business became a limited company, Harrow and Kemp Ltd. In 1926 the company was "
                              "floated on the stock exchange.")
    assert ("Harrow & Kemp", "floated in", "1926") in got and ("Harrow & Kemp", "became", "limited company") in got
    assert not any(s.startswith("Harrow and Kemp") for s, _, _ in got)


@parser
def test_a_name_runs_through_a_foreign_and(rules):
    # (from heldout_s56's hand check, read after it was scored once: "Basílica i Temple Expiatori de …" was cut at "i")
    got = read(rules, "Sant Feliu\n\nThe Basílica i Temple de Sant Feliu, usually known simply as Sant Feliu, is a large "
                      "Roman Catholic church in Girona. It was designed by the Catalan architect Pere Sala i Vidal.")
    assert not any(s == "Basílica" or o == "Basílica" for s, _, o in got)
    assert any(o == "Pere Sala i Vidal" for _, _, o in got)
