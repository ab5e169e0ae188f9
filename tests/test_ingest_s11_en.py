"""English rules for what heldout_s11 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_where_an_organisation_has_its_seat_said_with_be_in(rules):
    got = read(rules, "Tessam\n\nTessam is a Finnish maker of sailing boats. Its headquarters are in Turku, and it has "
                      "a yard in Naantali.")
    assert ("Tessam", "headquartered in", "Turku") in got
    got = read(rules, "Orvik Group\n\nOrvik Group is a Swedish retailer. Orvik Group's head office is in Stockholm.")
    assert ("Orvik Group", "headquartered in", "Stockholm") in got
    got = read(rules, "Brenner Foods\n\nBrenner Foods is an Austrian food company. It was founded in 1950. "
                      "The head office is still in Innsbruck.")
    assert ("Brenner Foods", "headquartered in", "Innsbruck") in got


@parser
def test_a_person_in_a_place_is_no_location(rules):
    got = read(rules, "Maria Lind\n\nMaria Lind was a Swedish painter. She was in Paris in 1920 and in Rome in 1922.")
    assert not any(r in ("located in", "headquartered in") for _, r, _ in got)


@parser
def test_a_seat_in_a_hyphenated_town_the_tagger_does_not_know(rules):
    got = read(rules, "Ulma Cooperative\n\nUlma Cooperative is a Basque industrial group. Its head office is in "
                      "Oñati-Araotz, and it has plants in Poland and Peru.")
    assert any(s == "Ulma Cooperative" and r == "headquartered in" and "Araotz" in o for s, r, o in got)


@parser
def test_an_agentless_dated_passive_of_a_name_or_of_the_topic_under_its_kind(rules):
    got = read(rules, "Orva River\n\nThe Orva River is a river in Tavia. The river was canalised in 1850. It was deepened "
                      "in 1902. The Kalmo Bridge was demolished in 1944.")
    assert ("Orva River", "canalised in", "1850") in got
    assert ("Orva River", "deepened in", "1902") in got
    assert ("Kalmo Bridge", "demolished in", "1944") in got
    got = read(rules, "Tessam\n\nTessam is a Finnish maker of boats. The yard was flooded in 1962. The company was "
                      "nationalised in 1946.")
    assert ("Tessam", "nationalised in", "1946") in got
    assert not any(r == "flooded in" for _, r, _ in got)  # "the yard" is no word for the firm


@parser
def test_a_phrasal_verb_of_the_topic_under_its_kind_is_not_cut_to_its_verb(rules):
    got = read(rules, "Orm Telescope\n\nThe Orm Telescope is a telescope in Tavia. The telescope was taken out of service in "
                      "1990. The telescope was restored in 2001.")
    assert ("Orm Telescope", "restored in", "2001") in got
    assert not any(r == "taken in" for _, r, _ in got)


@parser
def test_who_takes_a_post_holds_it_for_its_owner(rules):
    got = read(rules, "Tessam\n\nTessam is a Finnish maker of boats. Eino Salo, a naval engineer from Oulu, was appointed as "
                      "its first director. The firm is led by Maija Koski, who became chief executive in 2015. In 2019 Lars "
                      "Ek became chief executive of Orvik Group. Ola Berg served as president and chief executive from 2001 "
                      "to 2010.")
    assert ("Tessam", "director", "Eino Salo") in got
    assert ("Tessam", "chief executive", "Maija Koski") in got
    assert ("Orvik Group", "chief executive", "Lars Ek") in got
    assert ("Tessam", "president", "Ola Berg") in got and ("Tessam", "chief executive", "Ola Berg") in got
    got = read(rules, "Anna Berg\n\nAnna Berg was a Swedish runner. Her talent was noticed by Karl Holm, a former rower who "
                      "had competed at the 1952 Olympics and who became her coach. She became a famous coach. She later "
                      "became head of the physics department.")
    assert ("Anna Berg", "coach", "Karl Holm") in got
    assert not any(r in ("coach", "head") and o == "Anna Berg" for _, r, o in got)  # "a famous coach"; an unnamed department


@parser
def test_the_year_before_a_recurring_event_is_part_of_its_name(rules):
    got = read(rules, "Anna Berg\n\nAnna Berg was a Swedish runner. She competed at the 1928 Olympics. She won a medal at the "
                      "1936 Summer Olympics in Berlin. In 1952 she retired.")
    assert ("Anna Berg", "competed at", "1928 Olympics") in got
    assert any(o == "1936 Summer Olympics" for _, _, o in got)
    assert not any(s == "Summer Olympics" or o in ("Olympics", "Summer Olympics") for s, _, o in got)
    assert ("Anna Berg", "retired in", "1952") in got


@parser
def test_a_nationality_adjective_on_the_class_of_a_person_or_a_body(rules):
    got = read(rules, "Anna Berg\n\nAnna Berg was a Swedish track and field athlete. She married Karl Holm, a Danish "
                      "physician. Her brother was a Catholic priest.")
    assert ("Anna Berg", "nationality", "Swedish") in got
    assert ("Karl Holm", "nationality", "Danish") in got
    assert not any(o == "Catholic" for _, _, o in got)
    got = read(rules, "Tessam\n\nTessam is a Finnish maker of sailing boats. Turku is the oldest Finnish city.")
    assert ("Tessam", "nationality", "Finnish") in got
    assert not any(s == "Turku" and r == "nationality" for s, r, _ in got)  # a city is no role or body


@parser
def test_a_nationality_is_no_name_of_a_country_and_keeps_its_hyphen(rules):
    got = read(rules, "Karl Ott\n\nKarl Ott was a German chemist. He was born in Bonn, Germany.")
    assert ("Bonn", "located in", "Germany") in got and ("Karl Ott", "nationality", "German") in got
    got = read(rules, "Anna Berg\n\nAnna Berg was an Austrian-Swedish physicist.")
    assert ("Anna Berg", "nationality", "Austrian-Swedish") in got
