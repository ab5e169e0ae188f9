"""Pronouns heldout_s44's hand check found given to the wrong one (read as dev material in the
forty-second session), tested on other names: the one who does something to 他 is not 他 ("秦桧审问他，
逼他认罪，他便…"); "，这是…" after a clause that named a thing of that kind is that thing ("创办了X植物园，
这是…植物园"), not an earlier one of the text; a name given "which" after a list is given to the
last of the list ("visited Fiji and Tonga, which he named …"); an "it" after "Only one river, the Neva,
flows out" is the Neva, not the river named before; a father who shares the name of the man the
text is about ("the eldest child of Robert Burns, a tenant farmer, and his wife …") lends him neither
trade nor wife."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


def test_who_does_something_to_him_is_not_him(rules):
    got = read(rules, "岳飞\n\n岳飞是南宋抗金名将。1141年，宰相秦桧审问他，逼他认罪，他便在供状上写下八个大字。")
    assert ("岳飞", "作品", "八个大字") in got
    assert not any(s == "秦桧" and o == "八个大字" for s, _, o in got)


def test_this_after_a_clause_is_the_thing_it_just_named(rules):
    got = read(rules, "黄山\n\n黄山位于安徽省南部，是世界地质公园。1952年，植物学家刘海粟等人创办了黄山森林植物园，"
                      "这是中国第一座正规的亚热带山地植物园。")
    assert ("黄山森林植物园", "是", "亚热带山地植物园") in got
    assert ("黄山", "是", "亚热带山地植物园") not in got
    assert ("黄山", "是", "世界地质公园") in got


@parser
def test_a_name_given_after_a_list_is_the_last_ones(rules):
    got = read(rules, "James Cook\n\nJames Cook was a British explorer. In 1774 Cook visited Fiji and Tonga, "
                      "which he named the Friendly Islands after the governor Lord Howe.")
    assert ("Tonga", "named after", "Lord Howe") in got
    assert ("Fiji", "named after", "Lord Howe") not in got
    assert ("James Cook", "visited", "Fiji") in got and ("James Cook", "visited", "Tonga") in got


@parser
def test_it_after_a_subject_named_by_its_apposition_is_that_name(rules):
    got = read(rules, "Lake Ladoga\n\nLake Ladoga is a freshwater lake in Russia. More than thirty rivers flow into the lake, "
                      "the largest being the Svir, which rises in Lake Onega. Only one river, the Neva, flows out. Leaving "
                      "the lake at Shlisselburg, it runs west past Saint Petersburg to join the Baltic Sea.")
    assert ("Neva", "joins", "Baltic Sea") in got and ("Svir", "rises in", "Lake Onega") in got
    assert not any(s == "Svir" and o in ("Baltic Sea", "Shlisselburg", "Saint Petersburg") for s, _, o in got)


@parser
def test_a_father_of_the_same_name_lends_his_child_neither_trade_nor_wife(rules):
    got = read(rules, "Robert Burns\n\nRobert Burns was a Scottish poet. He was born on 25 January 1759 in Alloway, the eldest "
                      "child of Robert Burns, a tenant farmer and gardener, and his wife Agnes Broun.")
    assert ("Robert Burns", "born in", "Alloway") in got and ("Robert Burns", "parent", "Agnes Broun") in got
    assert not any(s == "Robert Burns" and (o == "Robert Burns" or r in ("spouse", "occupation") and o != "poet")
                   for s, r, o in got)
    other = read(rules, "Marie Curie\n\nMarie Curie was a Polish physicist. She was born in Warsaw, the youngest child of "
                        "Władysław Skłodowski, a teacher of mathematics, and his wife Bronisława.")
    assert ("Władysław Skłodowski", "spouse", "Bronisława") in other  # another name: his own, as before
