"""Misreadings the thirty-first session's unseen documents (heldout_s34) showed, tested on other
names: a person named as someone's son or daughter became a later "it"; an apposition after a
"to"-name, which the parser hangs on the verb as a second object, was taken for a thing sold;
"born in Melbourne, Derbyshire", parsed with the town as the county's modifier, lost the town."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_named_son_is_never_a_later_it(rules):
    got = read(rules, "Lund & Sons was a Norwegian shipping firm founded by Karl Lund. In 1930 Karl's sons, Per and Jon, "
                      "sold the firm to a Danish bank. In 1948 it passed into state ownership. It was privatised in 1975.")
    assert not any(s in ("Per", "Jon") and r in ("passed into", "privatised in") for s, r, _ in got)
    assert ("Lund & Sons", "privatised in", "1975") in got


@parser
def test_an_apposition_after_a_to_name_is_not_what_was_sold(rules):
    got = read(rules, "Anna Berg was a Swedish baker. In 1950 she sold the bakery to Nils Holm, the owner of the Grand Hotel. "
                      "In 1960 she gave the recipe to the Stockholm Guild, the publisher of the Baker's Almanac.")
    assert ("Anna Berg", "sold to", "Nils Holm") in got
    assert ("Anna Berg", "gave to", "Stockholm Guild") in got
    assert not any(o in ("Grand Hotel", "Baker's Almanac") and s == "Anna Berg" for s, _, o in got)
    # a list of things sold stays a list
    got = read(rules, "Anna Berg was a Swedish baker. She sold bread, cakes and buns to her neighbours.")
    assert {("Anna Berg", "sold", "bread"), ("Anna Berg", "sold", "cakes")} <= got


@parser
def test_a_town_before_its_county_is_the_place(rules):
    got = read(rules, "Anna Berg was a Swedish baker. She was born in Melbourne, Derbyshire, on 22 November 1808. "
                      "She died in Ripley, Derbyshire.")
    assert ("Anna Berg", "born in", "Melbourne") in got
    assert ("Melbourne", "located in", "Derbyshire") in got
    assert ("Anna Berg", "died in", "Ripley") in got
    assert not any(r in ("born in", "died in") and o == "Derbyshire" for _, r, o in got)


@parser
def test_a_second_verb_read_as_an_adjective_keeps_its_own_object(rules):
    # the parser, with the names merged, hangs "married" on the name as an adjective, and the name
    # on the first verb's object (Koch) or on the first verb (Berg)
    got = read(rules, "Robert Koch was a German physician. In 1867 he married Emmy Fraatz. In 1893 Koch divorced Emmy "
                      "and married Hedwig Freiberg, a young actress who went with him on his later journeys.")
    assert {("Robert Koch", "spouse", "Emmy Fraatz"), ("Robert Koch", "spouse", "Hedwig Freiberg"),
            ("Robert Koch", "divorced", "Emmy Fraatz")} <= got
    assert ("Robert Koch", "divorced", "Hedwig Freiberg") not in got
    got = read(rules, "Anna Berg was a Swedish baker. In 1893 Anna divorced Nils and married Per Holm, a young actor "
                      "who went with her on her later journeys. She admired Monet and Renoir.")
    assert {("Anna Berg", "divorced", "Nils"), ("Anna Berg", "spouse", "Per Holm")} <= got
    assert {("Anna Berg", "admired", "Monet"), ("Anna Berg", "admired", "Renoir")} <= got  # a list stays a list


@parser
def test_a_place_hung_on_the_cause_of_death_is_where_the_death_was(rules):
    got = read(rules, "Anna Berg was a Swedish baker. She died of a heart attack at Ystad on 2 May 1910, aged 66.")
    assert {("Anna Berg", "died of", "heart attack"), ("Anna Berg", "died in", "Ystad")} <= got
    got = read(rules, "Anna Berg was a Swedish baker. She died of a fever in the winter of 1890.")
    assert not any(r == "died in" and o.startswith("winter") for _, r, o in got)


@parser
def test_among_his_teachers_was_a_name(rules):
    got = read(rules, "Karl Lund was a Norwegian chemist. Among his teachers was the botanist Per Berg, who had argued "
                      "that plants breathe. Among the guests at his wedding was Ole Vik.")
    assert ("Karl Lund", "teachers", "Per Berg") in got
    assert not any(o == "Ole Vik" and s == "Karl Lund" for s, _, o in got)  # "the guests": no one's role named
