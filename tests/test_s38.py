"""Misreadings of heldout_s37's hand check (read as dev material), tested on other names: a man
named like the firm that carries his name ("Ernst Leitz" of "Ernst Leitz GmbH") was the firm; an
"it" after a sentence whose subject acted on the topic ("UNESCO added the abbey …. In 2004 it was
…") was that subject; "X后面是圆形的Y" (what lies behind X) read as "X is 圆形's Y"; and "…的卧像，由
Z创作" gave the statue's maker to the topic."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_a_man_is_not_the_firm_named_after_him(rules):
    got = read(rules, "Ernst Leitz GmbH\n\nErnst Leitz GmbH is a German maker of cameras. In 1869 Ernst Leitz, "
                      "a young mechanic, took over a small optical workshop in Wetzlar. Ernst Leitz died in 1920.")
    assert any(s == "Ernst Leitz" and r.startswith("died") for s, r, _ in got)
    assert not any(s == "Ernst Leitz GmbH" and r.startswith("died") for s, r, _ in got)
    assert ("Ernst Leitz GmbH", "type", "maker of cameras") in got or any(s == "Ernst Leitz GmbH" for s, _, _ in got)


def test_it_after_the_topic_was_acted_on_is_the_topic(rules):
    got = read(rules, "Melk Abbey\n\nMelk Abbey is a Benedictine abbey in Austria. UNESCO added the abbey to its "
                      "World Heritage List in 2000. In 2004 it was visited by Pope John Paul II.")
    visited = [s for s, r, _ in got if r.startswith("visited")]
    assert visited and set(visited) == {"Melk Abbey"}


def test_it_is_never_the_person_a_text_is_about(rules):
    got = read(rules, "James Cook\n\nJames Cook was a British explorer. The Admiralty chose Cook to lead the "
                      "expedition. Its ship, HMS Endeavour, was a converted collier.")
    assert not any(s == "James Cook" and r == "ship" for s, r, _ in got)


def test_what_lies_behind_a_place_is_no_class(rules):
    got = read(rules, "雨花陵\n\n雨花陵位于南京市。祭堂后面是圆形的墓室，直径十八米。")
    assert not any(s == "圆形" or o == "墓室" for s, _, o in got)


def test_the_maker_of_the_thing_named_before_is_not_the_topics(rules):
    got = read(rules, "雨花陵\n\n雨花陵位于南京市。墓室中央安放着刘公的石像，由意大利雕塑家马里诺创作。")
    assert not any(s == "雨花陵" and "马里诺" in o for s, _, o in got)


def test_his_mother_after_his_father_is_the_same_his(rules):
    got = read(rules, "Roald Hagen\n\nRoald Hagen was a Norwegian painter. His father, Olaf Hagen, was a ship's "
                      "captain, and his mother, Ingrid Berg, came from a farming family.")
    assert ("Roald Hagen", "father", "Olaf Hagen") in got
    assert ("Roald Hagen", "mother", "Ingrid Berg") in got and ("Olaf Hagen", "mother", "Ingrid Berg") not in got


def test_the_daughter_after_an_apposition_is_the_wifes(rules):
    got = read(rules, "Roald Hagen\n\nRoald Hagen was a Norwegian painter. In 1901 he married Sofie Lund, a pianist "
                      "and the daughter of the botanist Peter Lund.")
    assert ("Sofie Lund", "parent", "Peter Lund") in got
    assert ("Roald Hagen", "parent", "Peter Lund") not in got


def test_an_apposition_after_the_coast_of_a_place_is_not_the_places(rules):
    got = read(rules, "Roald Hagen\n\nRoald Hagen was a Norwegian painter. In 1890 he sailed to the west coast of "
                      "Iceland, a journey that gave him the subjects of his best pictures.")
    assert not any(s == "Iceland" for s, _, _ in got)


def test_its_founder_is_the_founder_named_before(rules):
    # (heldout_s38's Reuters text, read as dev material after its once-run; other names here)
    got = read(rules, "Havas\n\nHavas is a French news agency. The agency takes its name from its founder, Charles-Louis "
                      "Havas, who was born in Rouen. Its reputation grew when it reported a speech by Adolphe Thiers. "
                      "In 1879 the business became a limited company, Agence Havas SA. "
                      "Its founder, who had moved to Paris in 1832, received the Legion of Honour in 1850. He died in "
                      "Bougival in 1858.")
    assert ("Havas", "founder", "Charles-Louis Havas") in got
    assert any(s == "Charles-Louis Havas" and o == "Legion of Honour" for s, _, o in got)  # "Its founder … received"
    died = {s for s, r, _ in got if r.startswith("died")}
    assert died == {"Charles-Louis Havas"}
