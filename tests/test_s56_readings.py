"""Misreadings heldout_s56's hand check showed (read as dev material in the fifty-fourth session), tested on other
names. English: "The builders had hoped to finish the towers in 2026" gave the towers as finished (the lemmatiser
reads "hoped" as "hop", so the hope went unseen); "he had stayed at the table rather than break etiquette" said he
broke it; "Legend held that it was made of silver" made "Legend" a thing made of silver; "Knutstorp Castle in Scania, a
province" made the castle a province. Chinese: "西南距成都约四十
公里" made the direction 西南 a subject and cut 成都 to 成 (its 都 read as the adverb "all"); "当地人称之为“三星伴月”"
gave 当地 a name 之为; "聘请……齐白石担任教授" made the text's man the holder of 齐白石's post (he hired him); "《徯我后》取材于《尚书》"
gave the painting's source to the painter; "青铜大立人像通高2.61米，……，是……青铜人像" gave the figure's height and class
to the site the text is about; and "约三点六平方公里" was split at its 点."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_CHURCH = "Santa Regina\n\nSanta Regina is a large church in Valencia. "


@parser
def test_a_hope_read_past_a_misread_lemma_is_no_deed(rules):
    got = read(rules, _CHURCH + "The builders had hoped to finish the west towers in 2030, but a lack of money slowed the work.")
    assert not any(r.startswith("finish") for _, r, _ in got)


@parser
def test_what_was_done_rather_than_another_thing(rules):
    got = read(rules, "Olaf Berg\n\nOlaf Berg was a Norwegian explorer. According to his diary, he had stayed at the table "
                      "rather than break etiquette by leaving it.")
    assert not any(r == "break" for _, r, _ in got)


@parser
def test_what_legend_held_is_no_fact(rules):
    got = read(rules, "Olaf Berg\n\nOlaf Berg was a Norwegian explorer. After the accident he wore a steel hook. Legend "
                      "held that it was made of silver, but tests in 1990 showed iron.")
    assert not any(s == "Legend" for s, _, _ in got)
    assert not any(o == "silver" for _, _, o in got)


def test_a_direction_is_no_subject_and_a_place_keeps_its_last_character(rules):
    got = read(rules, "石门遗址\n\n石门遗址位于湖南省常德市，东北距长沙约一百公里，是一处大型新石器时代遗址。")
    assert not any(s in ("东北", "东") for s, _, _ in got)
    assert any(s == "石门遗址" and r == "是" for s, r, _ in got)
    assert any(r.endswith("长沙") for s, r, _ in got if s == "石门遗址")


def test_what_locals_call_it_is_no_fact_of_the_place_word(rules):
    got = read(rules, "石门遗址\n\n石门遗址位于湖南省常德市。当地人称之为“双龙望月”。")
    assert not any(s == "当地" or o == "之为" for s, _, o in got)


def test_a_post_given_by_a_person_is_not_his(rules):
    got = read(rules, "林远山\n\n林远山（1901年－1962年），中国现代画家。1950年，他出任华南美术学院院长。他三次登门，聘请当时还不为人知的陈石樵担任教授。")
    assert ("林远山", "教授", "陈石樵") not in got and ("林远山", "聘请", "陈石樵") in got


def test_a_title_opening_a_clause_is_its_subject(rules):
    got = read(rules, "林远山\n\n林远山是中国现代画家。他创作了油画《渡江后》。《渡江后》取材于《史记》。")
    # (a title ending in 后, "after", was cut as a time: "…后，他…")
    assert ("《渡江后》", "取材于", "《史记》") in got and ("林远山", "取材于", "《史记》") not in got


def test_a_measured_thing_opening_a_sentence_owns_the_clauses_after_it(rules):
    got = read(rules, "石门遗址\n\n石门遗址位于湖南省常德市。青铜立鸟像通高1.85米，双翅展开，是同时期最大的青铜鸟像。"
                      "古城城内面积约二点四平方公里。")
    assert ("青铜立鸟像", "通高", "1.85米") in got
    assert ("石门遗址", "是", "青铜鸟像") not in got and not any(o.startswith("四平方") for _, _, o in got)


@parser
def test_an_admin_unit_apposed_after_in_is_the_places(rules):
    got = read(rules, "Olaf Berg\n\nOlaf Berg was a Norwegian explorer. He was born at Hovde Manor in Telemark, a county "
                      "that then belonged to Denmark-Norway.")
    assert ("Hovde Manor", "type", "county") not in got and ("Telemark", "type", "county") in got
