"""Misreadings and misses heldout_s53 showed (read as dev material in the fifty-first session), tested on other
names: "the smaller American Falls and Bridal Veil Falls are wholly WITHIN the United States" and "a group of three
waterfalls ON the Niagara River" gave no place; "The largest, the Horseshoe Falls, lies mostly in Canada" no
subject; "Kraft, which had SUGGESTED that it WOULD keep the factory open" a deed; the father's "he" of "His father
had been born John Clerk and had taken the additional surname Maxwell when he inherited the estate" went to the
son, and the surname to the son too; "born in the New Town of Edinburgh, the only child of …" made the town a
child, so "There the child showed an unusual curiosity" went to the town; and "the Trust, which still looks
after it" gave "it" to the document's topic. Chinese: in a text about a temple, the clauses after
"圣母殿坐西朝东", after "殿前廊柱上缠绕着八条木雕盘龙" and after "中轴线的最东端" went to the temple. And one the
new subject reading showed on the dev folders: "the Forth Bridge" was read as short for "Forth Crossing Bridge
Constructors", a consortium whose name holds its words with others between."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_FALLS = "Tarn Falls\n\nTarn Falls is a group of two waterfalls on the Kama River. "
_LUND = ("Carl Lund\n\nCarl Lund (1820–1880) was a Swedish chemist. Lund was born at 4 Kings Street, in the Old Town "
         "of Uppsala, the only child of Erik Lund, a lawyer, and his wife Anna Berg. ")


@parser
def test_within_a_place_is_in_it(rules):
    got = read(rules, _FALLS + "The smaller Birch Falls is wholly within Kazakhstan. The Fox Tower lies within Perm.")
    assert ("Birch Falls", "located in", "Kazakhstan") in got
    assert ("Fox Tower", "located in", "Perm") in got


@parser
def test_a_group_of_sited_things_on_a_river_and_a_bridge_over_one(rules):
    got = read(rules, _FALLS + "The Orda Bridge is a stone bridge over the Volga River. The Sava Dam is a gravity dam "
                               "on the Sava River. The Kell Museum is a museum on the history of Sweden.")
    assert ("Tarn Falls", "located on", "Kama River") in got
    assert ("Orda Bridge", "crosses", "Volga River") in got
    assert ("Sava Dam", "located on", "Sava River") in got
    assert not any(s == "Kell Museum" and r == "located on" for s, r, _ in got)


@parser
def test_a_superlative_subject_is_the_name_apposed_to_it(rules):
    got = read(rules, _FALLS + "The largest, the Eagle Falls, lies mostly in Russia.")
    assert ("Eagle Falls", "located in", "Russia") in got


@parser
def test_what_someone_hinted_would_be_done_is_no_deed(rules):
    got = read(rules, "Saab\n\nSaab is a Swedish carmaker. Saab suggested that it would build a plant in Gdansk. "
                      "Anna Berg would later marry Carl Lund. She said that Lars Berg would join Saab's board.")
    assert not any(s == "Saab" and "build" in r for s, r, _ in got)
    assert ("Anna Berg", "spouse", "Carl Lund") in got
    assert any(s == "Lars Berg" and o == "Saab" for s, _, o in got)  # an arrangement announced is one made


@parser
def test_he_under_his_father_is_the_father_and_a_surname_is_no_one(rules):
    got = read(rules, _LUND + "His father had been born Erik Berg and had taken the additional surname Lund when he "
                              "inherited the estate of Ekeby.")
    assert ("Erik Lund", "inherited estate of", "Ekeby") in got
    assert not any(s == "Carl Lund" and "inherited" in r for s, r, _ in got)
    assert ("Erik Lund", "taken", "Carl Lund") not in got


@parser
def test_no_place_is_anyones_child(rules):
    got = read(rules, _LUND + "There the child showed an unusual curiosity about machines.")
    assert ("Carl Lund", "parent", "Erik Lund") in got
    assert not any(s == "Old Town of Uppsala" for s, _, _ in got)


@parser
def test_it_in_a_clause_on_the_receiver_is_the_thing_handed(rules):
    got = read(rules, "Norrvik\n\nNorrvik is a Swedish steel company. In 1900 Erik Norr handed the estate to the "
                      "Ekeby Village Trust, which still looks after it.")
    assert not any(s == "Ekeby Village Trust" and o == "Norrvik" for s, _, o in got)


_TEMPLE = "天宁寺\n\n天宁寺是一座佛教寺院，位于常州市。"


@parser
def test_a_hall_facing_south_owns_the_clauses_after_it(rules):
    got = read(rules, _TEMPLE + "大雄宝殿坐北朝南，面阔五间，进深四间，高约十五米。")
    assert ("大雄宝殿", "高", "十五米") in got
    assert ("天宁寺", "高", "十五米") not in got


@parser
def test_what_stands_at_the_end_or_is_counted_there_is_no_part_of_the_topic(rules):
    got = read(rules, _TEMPLE + "殿前石柱上缠绕着六条石雕盘龙，雕造于明代万历三年，是常州现存最早的盘龙柱。"
                                "中轴线的最北端，是清代修建的戏台万年台。")
    assert not any(s == "天宁寺" and r in ("雕造于", "是") and o != "佛教寺院" for s, r, o in got)
    assert any(r == "雕造于" and o == "明代万历三年" for _, r, o in got)


@parser
def test_a_firms_name_with_words_between_is_no_long_form_of_a_shorter_name(rules):
    got = read(rules, "Queensferry Crossing\n\nThe Queensferry Crossing is a road bridge in Scotland. The bridge was "
                      "built by Forth Crossing Bridge Constructors, a consortium of Hochtief and Dragados. The oldest, "
                      "the Forth Bridge, is a red cantilever railway bridge.")
    assert ("Forth Bridge", "type", "red cantilever railway bridge") in got
    assert not any(s == "Forth Crossing Bridge Constructors" and r == "type" and "bridge" in o for s, r, o in got)
