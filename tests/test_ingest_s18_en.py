"""English rules for what heldout_s18 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_noun_phrase_between_commas_after_a_name_is_its_apposition(rules):
    # the small model, reading the name as one token, made "the mayor" the subject and hung
    # "the architect" on the sentence's first word: neither the role nor the deed was read
    got = read(rules, "Velmar Bridge\n\nThe Velmar Bridge is a steel bridge in Oslo. Anna Berg, the mayor of Oslo, "
                      "opened it in 1990. It was repaired by Olav Lund, the architect of the Oslo Opera.")
    assert ("Anna Berg", "mayor of", "Oslo") in got
    assert ("Anna Berg", "opened", "Velmar Bridge") in got
    assert ("Olav Lund", "architect of", "Oslo Opera") in got
    assert ("Velmar Bridge", "repaired by", "Olav Lund") in got
    assert not any(s == "Anna Berg" and o == "Olav Lund" for s, _, o in got)  # "It" is the bridge, not the mayor
    got = read(rules, "Tarn Hall\n\nTarn Hall is a concert hall in Leeds. Its critics, among them the poet Nils Ek and "
                      "Karl Vinge, the founder of the Leeds Choir, wrote to the council.")
    assert ("Karl Vinge", "founder of", "Leeds Choir") in got


@parser
def test_a_dimension_said_with_another_verb_than_be(rules):
    got = read(rules, "Tarn Mast\n\nTarn Mast is a radio mast in Wales. After a new aerial was fitted in 2015, it stands "
                      "310 metres high.")
    assert ("Tarn Mast", "elevation", "310 metres") in got
    got = read(rules, "Orm Tower\n\nOrm Tower is a lighthouse in Norway. It stands 40 metres tall.")
    assert ("Orm Tower", "height", "40 metres") in got


@parser
def test_his_in_a_clause_whose_subject_is_a_named_person_is_that_persons(rules):
    got = read(rules, "Ostrin\n\nOstrin is a drug for gout. In 1952 the university made an agreement with Astra Pharma. "
                      "Karl Brenner shared the prize with his assistant, Nils Holm.")
    assert ("Karl Brenner", "assistant", "Nils Holm") in got
    assert not any(s == "Astra Pharma" and o == "Nils Holm" for s, _, o in got)


@parser
def test_whose_role_names_the_holder_of_the_name_before(rules):
    got = read(rules, "Grand Loop\n\nThe Grand Loop is a bicycle race in Norway. The race was created in 1950 by the "
                      "newspaper Dagbladet, whose editor, Ole Vik, wanted more readers.")
    assert ("Dagbladet", "editor", "Ole Vik") in got
    assert not any(s == "Grand Loop" and o == "Ole Vik" for s, _, o in got)
    got = read(rules, "Nordic Cup\n\nThe Nordic Cup is a ski race. The race was created in 1921 by the sports weekly "
                      "L'Idrott, whose editor, Paul Roux, was looking for a way to win readers from its rival.")
    assert ("L'Idrott", "editor", "Paul Roux") in got


@parser
def test_a_plural_role_with_the_names_apposed_stands_for_those_names(rules):
    got = read(rules, "Fjordvind\n\nFjordvind is a Norwegian wind developer. It was founded in 2011 by two engineers, "
                      "Per Aas and Lise Holt.")
    assert {("Fjordvind", "founded by", "Per Aas"), ("Fjordvind", "founded by", "Lise Holt")} <= got
    assert not any(o == "engineers" for _, _, o in got)


@parser
def test_a_firms_name_before_an_office_and_a_name_owns_the_office(rules):
    got = read(rules, "Harbour deal\n\nBERGEN, 4 May 2026 — Nordlys Energi, the Norwegian utility, said it would buy "
                      "Fjordvind. Nordlys chief executive Ingrid Saether said the purchase would double its capacity.")
    assert ("Nordlys Energi", "chief executive", "Ingrid Saether") in got
    got = read(rules, "Velmar\n\nVelmar is a Danish shipping company. Velmar chairman Jens Holm said profits rose.")
    assert ("Velmar", "chairman", "Jens Holm") in got


@parser
def test_a_verb_the_tagger_calls_a_plural_noun_after_and(rules):
    got = read(rules, "Lake Orm\n\nLake Orm is a lake in Sweden. It is fed by the Tarn River and drains into the Orm Fjord "
                      "through a short channel.")
    assert ("Lake Orm", "fed by", "Tarn River") in got
    assert any(s == "Lake Orm" and o == "Orm Fjord" for s, _, o in got)


@parser
def test_a_participle_after_an_unnamed_thing_in_a_prepositional_phrase_is_that_things(rules):
    got = read(rules, "Lake Orm\n\nLake Orm is a lake in Sweden. Its main island, Holmo, was the seat of a medieval "
                      "monastery founded by Benedictine monks in 1150.")
    assert not any(s == "Holmo" and "founded" in r for s, r, _ in got)
    got = read(rules, "Holmo\n\nHolmo is an island in Sweden. It is home to a monastery, Orm Abbey, founded in 1150.")
    assert not any(s == "Holmo" and "founded" in r for s, r, _ in got)
    got = read(rules, "Orm Probe\n\nThe Orm Probe was a space probe. It sent back images until the moment of impact "
                      "in a region named Vell.")
    assert ("Vell", "type", "region") in got  # a participle that names the thing still does


@parser
def test_where_a_person_apposed_by_a_role_is_from_or_works(rules):
    got = read(rules, "Ostrin\n\nOstrin is a drug for gout. The work began in 1950, when Karl Brenner, a young chemist "
                      "from Malmo, persuaded Erik Lagerlof, the professor of chemistry at Lund University, to help him. "
                      "The first dose was given by Lars Kjeldsen, a retired postman from Skive.")
    assert ("Karl Brenner", "from", "Malmo") in got and ("Karl Brenner", "occupation", "chemist") in got
    assert ("Erik Lagerlof", "professor at", "Lund University") in got
    assert ("Lars Kjeldsen", "from", "Skive") in got


@parser
def test_a_surname_listed_after_the_maker_named_in_full_is_that_maker(rules):
    got = read(rules, "Ostrin\n\nOstrin is a drug for gout, first made in 1950 by Karl Brenner, Nils Holm and Per Ek. "
                      "Brenner, Holm and Ek sold the patent for one krona each.")
    assert {("Nils Holm", "sold for", "one krona"), ("Per Ek", "sold for", "one krona")} <= got
    assert not any(s in ("Holm", "Ek") for s, _, _ in got)


@parser
def test_a_dative_to_is_the_verbs_preposition(rules):
    got = read(rules, "Greta Holm\n\nGreta Holm was a Swedish writer. She gave her papers to the Royal Library in Stockholm.")
    assert ("Greta Holm", "gave to", "Royal Library") in got
