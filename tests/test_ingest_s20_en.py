"""English rules for what heldout_s19 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_merged_name_is_read_as_a_name_whatever_its_last_word_ends_with(rules):
    # the tagger read "Stephen King" (an -ing ending) as a verb and "Marie Holm" (a space in its shape)
    # as an adverb: the sentence had no subject and nothing was read
    got = read(rules, "Stephen King was an American writer.")
    assert ("Stephen King", "occupation", "writer") in got
    got = read(rules, "Robert Browning married Elizabeth Barrett in 1846.")
    assert ("Robert Browning", "spouse", "Elizabeth Barrett") in got
    got = read(rules, "Orm Tower\n\nOrm Tower is a lighthouse in Norway. Marie Holm found a gold ring there in 1901.")
    assert ("Marie Holm", "found in", "1901") in got


@parser
def test_a_topic_named_as_a_body_is_never_she(rules):
    got = read(rules, "University of Lund\n\nThe University of Lund is a university in Sweden. Unusually, it was the "
                      "students who hired their own teachers. In 1732 Maria Holm, a young scholar, received a doctorate; "
                      "she later taught physics.")
    assert ("Maria Holm", "taught", "physics") in got
    assert not any(s == "University of Lund" and o in ("physics", "students") for s, _, o in got)


@parser
def test_a_cleft_is_read_as_the_plain_sentence(rules):
    got = read(rules, "Orm Tower\n\nOrm Tower is a lighthouse in Norway. It was Karl Vinge who designed the tower "
                      "in 1890.")
    assert ("Karl Vinge", "designed", "Orm Tower") in got
    assert not any(s == "Orm Tower" and o == "Karl Vinge" for s, _, o in got)


@parser
def test_served_as_a_title_with_its_see_and_became_with_a_date(rules):
    got = read(rules, "Jan Lis served as Bishop of Gdańsk before he moved to Rome.")
    assert ("Jan Lis", "served as", "Bishop of Gdańsk") in got
    got = read(rules, "Bergen became the capital of Norway in 1217.")
    assert ("Bergen", "became capital of", "Norway") in got
    assert ("Bergen", "became capital of Norway in", "1217") in got


@parser
def test_there_is_the_place_or_school_named_last(rules):
    got = read(rules, "Tartu\n\nTartu is a city in Estonia. In 1632 King Gustavus Adolphus founded the University of "
                      "Tartu, which is the oldest university in Estonia. Karl Baer studied there in the 1810s.")
    assert ("Karl Baer", "studied at", "University of Tartu") in got
    got = read(rules, "Visby\n\nThe painter Anna Ek lived on Fårö until her death and is buried there.")
    assert ("Anna Ek", "buried in", "Fårö") in got
    got = read(rules, "Ghent\n\nGhent is a city in Flanders. Jan Smet worked in the city for years, and Pieter Aert, "
                      "who was born in Germany, settled there in 1470.")
    assert ("Pieter Aert", "settled in", "Ghent") in got
    assert ("Pieter Aert", "settled in", "Germany") not in got


@parser
def test_the_only_child_of_a_titled_father_and_his_wife(rules):
    got = read(rules, "Mary Holm\n\nMary Holm was a Welsh painter. She was born in Cardiff on 3 May 1840, the only "
                      "legitimate child of the poet Lord Ashby and his wife, Jane Carew Price.")
    assert ("Mary Holm", "parent", "Lord Ashby") in got and ("Mary Holm", "parent", "Jane Carew Price") in got
    assert ("Lord Ashby", "spouse", "Jane Carew Price") in got
    assert not any(s == "Cardiff" for s, _, _ in got)


@parser
def test_a_name_joined_by_dashes_stays_one_name(rules):
    # (heldout_s20: "Rhine–Main–Danube Canal" became "Rhine" in four triples)
    got = read(rules, "The Oder–Havel–Spree Canal, completed in 1914, runs 40 kilometres from Eberswalde.")
    assert ("Oder–Havel–Spree Canal", "completed in", "1914") in got
    assert not any(s == "Oder" for s, _, _ in got)
