"""Misreadings heldout_s52's hand check found (read as dev material in the fiftieth session), tested on other names:
"the Stockton and Darlington Railway" was split at its "and" into a town and another railway; Huskisson's "he
died that evening", after a semicolon, went to the man the text is about; "after meeting Stephenson he appointed
him engineer" swapped who appointed whom; "Eliot replaced the fixed classical curriculum with an elective
system" was read as succession; "a young clergyman from Charlestown who had been educated at …" gave the
clause, and the "he" after it, to the town; "Rather than relying on masonry, Eiffel … devised" made a relation of
the method set aside; and "the Hetton colliery railway in County Durham, an eight-mile line"
made the county a line. Chinese: 再往后是圣迹殿 made 往后 ("further back") a subject, carried to the clauses
after it, 这件事 was cut to 件事, a subject called by a name, and 那里地处万山丛中 (of 龙场) placed the man."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_HOLM = "Lars Holm\n\nLars Holm was a Danish engineer. "


@parser
def test_a_name_that_holds_and_is_one_name(rules):
    got = read(rules, _HOLM + "The Vejle and Horsens Tramway opened on 3 May 1884. His last work was the Ribe and "
                              "Esbjerg Canal.")
    assert ("Vejle and Horsens Tramway", "opened on", "3 May 1884") in got
    assert not any(s in ("Vejle", "Horsens Tramway") for s, _, _ in got)
    assert not any("Esbjerg Canal" == o or "Ribe" == o for _, _, o in got)


@parser
def test_two_places_joined_by_and_stay_two(rules):
    got = read(rules, _HOLM + "In 1890 he visited the Netherlands and New Zealand.")
    assert ("Lars Holm", "visited", "New Zealand") in got
    assert ("Lars Holm", "visited", "Netherlands") in got


@parser
def test_he_after_a_semicolon_is_the_one_person_the_clause_before_named(rules):
    got = read(rules, "Anna Berg\n\nAnna Berg was a Danish chemist. The ceremony was marred when Peter Holm, the mayor "
                      "of Odense, fell from the stage; he died that evening, and his death shocked the town.")
    assert ("Peter Holm", "died", "that evening") in got
    assert ("Anna Berg", "died", "that evening") not in got


@parser
def test_who_met_someone_before_acting_is_not_that_someone(rules):
    got = read(rules, _HOLM + "Anders Brun had planned a horse-drawn tramway, but after meeting Holm in 1821 he "
                              "appointed him engineer.")
    assert ("Anders Brun", "appointed", "Lars Holm") in got
    assert ("Lars Holm", "appointed", "Anders Brun") not in got


@parser
def test_an_apposition_of_no_kind_of_place_is_not_the_places(rules):
    got = read(rules, _HOLM + "In 1822 he opened the Brede quarry tramway in West Jutland, a six-mile line that was "
                              "the first tramway designed to use no horses at all. He was born in Ribe, a small town.")
    assert not any(s == "West Jutland" for s, _, _ in got)
    assert ("Ribe", "type", "small town") in got or ("Ribe", "type", "town") in got


@parser
def test_replacing_a_thing_with_another_is_no_succession(rules):
    got = read(rules, "Lars Holm\n\nLars Holm was a Danish educator. As rector he replaced the old Latin syllabus with "
                      "a modern course.")
    assert not any(r == "succeeded" for _, r, _ in got)
    assert ("Lars Holm", "replaced", "Latin syllabus") in got


@parser
def test_who_after_a_town_a_person_comes_from_is_the_person(rules):
    got = read(rules, "Holm College\n\nHolm College is a private college in Aarhus. The college took its name from Lars "
                      "Holm, a young pastor from Vejle who had been educated at Trinity College, Dublin. When he died "
                      "of cholera in 1838, he left the college half of his estate.")
    assert ("Lars Holm", "educated at", "Trinity College") in got
    assert ("Lars Holm", "died of", "cholera") in got
    assert not any(s == "Vejle" for s, _, _ in got)


@parser
def test_what_was_done_instead_of_something_states_no_deed(rules):
    got = read(rules, "Tower of Peace\n\nThe Tower of Peace is a granite monument in Aarhus. Instead of using bricks, "
                      "the builders chose stone.")
    assert not any(r == "using" for _, r, _ in got)


def test_what_stands_further_on_is_what_the_next_clause_tells_of(rules):
    got = read(rules, "灵岩寺\n\n灵岩寺是山东的一座古寺。寺内有大殿。再往后是藏经楼，建于明万历二十年。")
    assert not any(s == "往后" for s, _, _ in got)
    assert any(s == "藏经楼" and o == "明万历二十年" for s, _, o in got)
    assert not any(s == "灵岩寺" and o == "明万历二十年" for s, _, o in got)


def test_this_matter_called_a_name_names_no_subject(rules):
    got = read(rules, "灵岩寺\n\n灵岩寺是山东的一座古寺。这件事后来被称为“灵岩听经”。")
    assert not any(s in ("件事", "事") for s, _, _ in got)


def test_there_placed_somewhere_is_not_the_man_who_went_there(rules):
    got = read(rules, "李文忠\n\n李文忠是明代学者。正德三年（1508年），李文忠到达桃源。那里地处万山丛中，瘴疠横行。")
    assert ("李文忠", "到达", "桃源") in got
    assert not any(s == "李文忠" and o == "万山丛中" for s, _, o in got)
