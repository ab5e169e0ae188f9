"""English end checks added after scoring heldout_s8 once (round 9), on sentences of their own
(other people and things than the s8 documents)."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)

BIO = ("Maria Holm\n\nMaria Holm was a Swedish chemist. In 1921 she took up a post at the Royal Institute of Technology. "
       "She wrote a book on dyes. She employed a painter and found the skeleton of a mammoth. She studied chemistry in Uppsala.")


@parser
def test_a_lone_noun_written_after_a_or_the_is_no_object(rules):
    got = read(rules, BIO)
    assert not any(o in ("book", "post") for _, _, o in got)  # "wrote a book", "took up a post"
    assert ("Maria Holm", "took up post at", "Royal Institute of Technology") in got  # the named place stays
    assert ("Maria Holm", "studied", "chemistry") in got  # no article: a subject of study
    assert ("Maria Holm", "found skeleton of", "mammoth") in got  # the object of an "of" relation
    assert any(o == "painter" for _, _, o in got)  # a role noun


@parser
def test_a_heading_name_the_tagger_calls_an_organisation_is_a_person_by_its_role(rules):
    for name in ("Greta Lindqvist", "Karl Brandt"):  # names spaCy's small model tags ORG on a heading line
        got = read(rules, f"{name}\n\n{name} was a Swedish chemist. In 1921 she married Nils Ek, a surgeon from Lund. "
                          "She was appointed professor at the University of Lund in 1930.")
        assert (name, "occupation", "chemist") in got
        assert (name, "spouse", "Nils Ek") in got  # "she" is the heading's person
        assert not any(s == "Nils Ek" and r not in ("occupation", "from") for s, r, _ in got)  # (from Lund: true)


@parser
def test_the_class_after_a_parent_s_name_is_the_parent_s_occupation(rules):
    got = read(rules, "Ingrid Sohlberg\n\nIngrid Sohlberg was a Norwegian botanist. She was born in 1881 in Bergen, a port town in "
                      "Vestland, the second of four children of Henrik Sohlberg, a clockmaker who repaired ships' chronometers, "
                      "and his wife Marta.")
    assert ("Ingrid Sohlberg", "parent", "Henrik Sohlberg") in got
    assert ("Henrik Sohlberg", "occupation", "clockmaker") in got
    assert not any(o == "clockmaker" and s != "Henrik Sohlberg" for s, _, o in got)  # not the town's


@parser
def test_a_class_that_names_nothing_without_its_of_keeps_it(rules):
    got = read(rules, "Lindholm Optics\n\nLindholm Optics, a maker of telescope mirrors based in Malmö, was founded in 1952. "
                      "Ravn Glas is one of Europe's largest suppliers of optical glass. "
                      "The hills around the town are made of Skarv Sandstone, a layer of quartz and clay that is rich in fossils.")
    assert ("Lindholm Optics", "type", "maker of telescope mirrors") in got
    assert ("Ravn Glas", "type", "supplier of optical glass") in got
    assert ("Skarv Sandstone", "type", "layer of quartz and clay") in got
    assert not any(r == "type" and o in ("maker", "supplier", "layer") for _, r, o in got)


@parser
def test_an_ordinal_or_superlative_class_without_its_scope_is_dropped(rules):
    got = read(rules, "Kestrel Lander\n\nKestrel Lander was the first to land on Titan. The Nordby Museum is one of the most "
                      "visited museums in Norway. Anna Voss was a priest.")
    assert not any(r == "type" and (o == "first" or o.startswith("most")) for _, r, o in got)
    assert ("Anna Voss", "occupation", "priest") in got  # a class ending in -est that is no superlative


@parser
def test_a_kin_word_after_an_owner_s_name_is_no_occupation(rules):
    got = read(rules, "Brodie Tools\n\nBrodie Tools was founded in 1950 by the engineer Ian Brodie. Ian Brodie's grandson, Callum "
                      "Brodie, has been chief executive since 2018 and will stay in that role after the sale.")
    assert ("Ian Brodie", "grandson", "Callum Brodie") in got
    assert not any(r == "occupation" and "grandson" in o for _, r, o in got)


@parser
def test_a_firm_name_with_an_ampersand_before_a_possessive(rules):
    got = read(rules, "Brodie & Sons is a toolmaker in Leeds. Brodie & Sons's sales fell to £58 million last year from £66 million "
                      "the year before. Marks & Spencer's chairman is Archie Norman.")
    assert ("Brodie & Sons", "sales", "£58 million") in got
    assert ("Marks & Spencer", "chairman", "Archie Norman") in got
    assert not any("'s" in r for _, r, _ in got)


@parser
def test_a_firm_named_through_an_ampersand_is_the_company_later(rules):
    got = read(rules, "Brodie & Sons\n\nBrodie & Sons was founded in 1950 in Leeds. Vantor Group is one of Norway's largest "
                      "suppliers of fishing boats. The company made a small loss and closed a warehouse in York.")
    assert ("Brodie & Sons", "closed warehouse in", "York") in got
    assert not any(s == "Vantor Group" and "York" in o for s, _, o in got)


@parser
def test_the_year_a_post_was_taken(rules):
    got = read(rules, "Tolvik Marine\n\nTolvik Marine is a shipbuilder in Bergen. Ingrid Dahl, who had been chair since 2015, retired "
                      "in May. Ola Berg has been managing director since 2018 and will stay in that role. Per Lund continues as "
                      "chief executive, a post he has held since 2020.")
    assert ("Ingrid Dahl", "chair since", "2015") in got
    assert ("Ola Berg", "managing director since", "2018") in got and ("Ola Berg", "occupation", "managing director") in got
    assert ("Per Lund", "chief executive since", "2020") in got
    assert not any(r == "managing" for _, r, _ in got)
