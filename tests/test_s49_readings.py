"""Misreadings heldout_s49's hand check found (read as dev material in the forty-seventh session), tested on other
names: "a failed attempt to kill X by blowing up Y" killed and blew up nothing (the aim of an attempt, a plan or
a plot is no fact, nor is its means); "earning a living by copying music, teaching and performing" copied no
teaching; "the Observance of 5th November Act" is one name, and so is "the Duck and Drake inn"; "one of ten children
of Isaac Herschel, an oboist in the band of the Hanoverian Guards" leaves his birth in Hanover his own; "His house in
Bath is now the Herschel Museum" is his house, not a house in him. Chinese:
"两山之间的谷地", "最初修建的" and "西出嘉峪关时" are no names to give facts to."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_PLOT = "The Tarn Conspiracy\n\nThe Tarn Conspiracy was a plot of 1702 against Lord Brent. "


@parser
def test_the_aim_of_a_failed_attempt_is_no_fact(rules):
    got = read(rules, _PLOT + "It was a failed attempt by a group of farmers to kill Lord Brent by blowing up the mill "
                              "during the harvest feast. The plan to burn the granary was dropped. It was led by Tom Ashby.")
    assert ("Tarn Conspiracy", "led by", "Tom Ashby") in got
    assert not {r for _, r, _ in got} & {"kill", "blowing up", "burn"}


@parser
def test_doings_listed_after_a_gerund_are_not_its_objects(rules):
    got = read(rules, "Karl Wendt\n\nKarl Wendt was a German painter. In 1760 he moved to Bremen, earning a living by "
                      "copying music, teaching and performing.")
    assert ("Karl Wendt", "copying", "music") in got
    assert not any(o in ("teaching", "performing") for _, _, o in got)


@parser
def test_a_law_and_an_inn_keep_their_whole_names(rules):
    got = read(rules, "Tom Ashby\n\nTom Ashby was an English farmer. In May 1702 Ashby met Tarn at the Swan and Anchor "
                      "inn near the market. In 1703 Parliament passed the Remembrance of 9th May Act, which ordered a "
                      "yearly service of thanks.")
    assert ("Parliament", "passed", "Remembrance of 9th May Act") in got
    assert ("Tom Ashby", "met at", "Swan and Anchor inn") in got
    assert not any(o in ("Swan", "9th May Act") for _, _, o in got)


@parser
def test_a_parents_apposition_takes_only_what_it_says_by_itself(rules):
    got = read(rules, "Karl Wendt\n\nKarl Wendt (15 November 1738 – 25 August 1822) was a German-born British astronomer.\n\n"
                      "He was born Karl Friedrich Wendt in Kassel, one of ten children of Otto Wendt, an oboist in the "
                      "band of the Kassel Guards, and his wife, Anna Ilse Moritzen.")
    assert ("Karl Wendt", "born in", "Kassel") in got
    assert ("Otto Wendt", "occupation", "oboist") in got
    assert not any(s == "Otto Wendt" and o == "Kassel" for s, _, o in got)


@parser
def test_chinese_subjects_that_are_no_names(rules):
    got = read(rules, "雁门关\n\n雁门关位于山西省代县。这里东依雁门山，西靠管涔山，两山之间的谷地宽仅五公里，地势险要。"
                      "最初修建的只是一座周长一百余丈的土城。1700年，王守仁因事获罪，被遣戍云南，北出雁门关时写下《出雁门关》。")
    assert ("雁门关", "位于", "代县") in got
    assert not {s for s, _, _ in got} & {"两山之间", "最初修建", "北出雁门关时"}


@parser
def test_his_house_in_a_town_is_his(rules):
    got = read(rules, "Karl Wendt\n\nKarl Wendt was a German painter. His house in Kassel is now the Wendt Museum of Art.")
    assert ("Karl Wendt", "house", "Wendt Museum of Art") in got
    assert not any(s == "Wendt Museum of Art" and o == "Karl Wendt" for s, _, o in got)
