"""English rules added after scoring heldout_s5 once; each through the real parse, on sentences of
their own (no name or wording of the s5 documents)."""
from __future__ import annotations
from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)


@parser
def test_legal_suffix_after_a_comma_stays_in_the_name(rules):
    got = read(rules, "Pallas Robotics\n\nPallas Robotics, Inc. (NYSE: PLR), a maker of warehouse robots, today "
                      "reported results for the year.")
    assert not any(s == "Inc." or o == "Inc." for s, _, o in got)
    assert any(s.startswith("Pallas Robotics") and o == "warehouse robots" for s, _, o in got)


@parser
def test_relative_clause_after_city_and_region_is_not_the_citys(rules):
    got = read(rules, "Pallas Robotics\n\nPallas Robotics makes robots. The firm opened an office in Austin, Texas, "
                      "which employs 40 people.")
    assert not any(s == "Austin" and "employ" in r for s, r, _ in got)
    assert ("Austin", "located in", "Texas") in got


@parser
def test_a_thing_called_a_name_is_that_name_and_the_class_word_refers_to_it(rules):
    got = read(rules, "Greta Lindqvist\n\nGreta Lindqvist was a Danish sculptor. In 1901 Lindqvist founded a circle "
                      "called The Seven with three other artists. The circle held readings.")
    assert ("Greta Lindqvist", "founded", "The Seven") in got
    assert not any(o == "circle" for s, r, o in got if r == "founded")
    assert all(s == "The Seven" for s, r, _ in got if r == "held")


@parser
def test_capital_the_opens_a_title_through_of_the(rules):
    got = read(rules, "Greta Lindqvist\n\nGreta Lindqvist was a Danish sculptor. Between 1910 and 1920 Lindqvist "
                      "carved The Gates of the Harbour, a series of 40 reliefs.")
    assert ("Greta Lindqvist", "carved", "The Gates of the Harbour") in got
    assert not any(s == "The Gates" or o == "The Gates" for s, _, o in got)


@parser
def test_a_titled_exhibition_is_not_the_person_it_names(rules):
    got = read(rules, "Greta Lindqvist\n\nGreta Lindqvist was a Danish sculptor. The exhibition Greta Lindqvist: Forms in "
                      "Stone, shown at the John P. Morgan Gallery in Boston in 2015, drew more than 90,000 visitors.")
    assert not any(s == "Greta Lindqvist" and ("visitors" in o or r == "shown at") for s, r, o in got)
    assert ("Greta Lindqvist: Forms in Stone", "shown at", "John P. Morgan Gallery") in got


@parser
def test_an_initial_inside_a_name_and_a_lower_case_particle(rules):
    got = read(rules, "Pieter van Dam\n\nPieter van Dam was a Dutch engraver. In 1650 van Dam moved to Leiden. "
                      "His prints are kept at the Henry R. Luce Museum in Utrecht.")
    assert ("Pieter van Dam", "moved to", "Leiden") in got  # "van Dam" read as the name, not a word apart
    assert ("Henry R. Luce Museum", "located in", "Utrecht") in got
    assert not any("Henry R." in (s, o) for s, _, o in got)


@parser
def test_a_release_the_company_is_the_issuer_and_parts_keep_their_figures(rules):
    got = read(rules, "Orland Valves Ltd. reports 2024 results\n\nOrland Valves Ltd., a maker of industrial valves, today "
                      "reported its annual results. Revenue for 2024 was £410 million. The marine division grew 12 percent, "
                      "while revenue from spare parts was £95 million. During the year Orland bought Keld Pumps AB, a Swedish "
                      "maker of pumps. The company also opened a plant in Porto.")
    firm = next(s for s, _, o in got if o == "industrial valves")
    assert (firm, "revenue", "£410 million") in got
    assert (firm, "revenue from spare parts", "£95 million") in got  # the spare parts', not the whole revenue
    assert (firm, "revenue", "£95 million") not in got
    assert not any(o == "12 percent" for _, _, o in got)  # the marine division's
    assert any(s == firm and o == "Porto" for s, _, o in got)  # "the company" is Orland, not Keld Pumps
    assert not any(s.startswith("Keld") and o == "Porto" for s, _, o in got)


@parser
def test_the_reporting_voice_of_a_news_lead_is_not_its_topic(rules):
    got = read(rules, "Iron Age sword found in Danish bog\n\nDivers searching a lake near the village of Hald have raised an "
                      "iron sword that is thought to be 2,000 years old, the National Museum of Denmark said on Monday. "
                      "The weapon, a long blade with a bronze hilt, was found in May. It measures 90 centimetres.")
    assert not any(s.startswith("National Museum") and o in ("90 centimetres", "May") for s, _, o in got)


@parser
def test_heights_in_passing_and_a_plural_topics_they(rules):
    got = read(rules, "Rila Mountains\n\nThe Rila Mountains are a mountain range in Bulgaria. They are the highest range of the "
                      "Balkan Peninsula, and their highest peak, Musala, rises to 2,925 metres above sea level. Malyovitsa, at "
                      "2,729 metres, is a popular climbing peak. A chairlift carries visitors to Yastrebets, which is 2,369 "
                      "metres high. The Iskar is 368 kilometres long.")
    assert ("Musala", "elevation", "2,925 metres") in got
    assert ("Malyovitsa", "elevation", "2,729 metres") in got
    assert not any(r == "malyovitsa" for _, r, _ in got)
    assert ("Yastrebets", "elevation", "2,369 metres") in got
    assert ("Iskar", "length", "368 kilometres") in got
    assert any(s == "Rila Mountains" and o == "Musala" for s, _, o in got)  # "their" is the range


@parser
def test_children_of_two_parents(rules):
    got = read(rules, "Petra Novak\n\nPetra Novak (2 June 1901 – 5 May 1980) was a Czech composer. She was born in Brno, the "
                      "second of three children of Karel Novak, a railway engineer, and Marie Novak.")
    assert ("Petra Novak", "parent", "Karel Novak") in got and ("Petra Novak", "parent", "Marie Novak") in got
    assert ("Petra Novak", "born in", "Brno") in got
    assert not any(r == "born in" and o == "Marie Novak" for _, r, o in got)
    assert not any(s == "Brno" for s, _, _ in got)


@parser
def test_speakers_titles_possessive_offices_and_he_after_announced_that(rules):
    got = read(rules, "Orland Valves Ltd. reports 2024 results\n\nOrland Valves Ltd., a maker of industrial valves, today reported "
                      "its annual results. \"It was a good year,\" said Anna Berg, President and Chief Executive Officer. "
                      "Orland also announced that Tom Hale, its Chief Financial Officer since 2018, will retire in May. "
                      "He will be succeeded by Sara Lind, currently head of treasury.")
    firm = "Orland Valves Ltd."
    assert (firm, "chief executive officer", "Anna Berg") in got and (firm, "president", "Anna Berg") in got
    assert (firm, "chief financial officer", "Tom Hale") in got
    assert ("Tom Hale", "succeeded by", "Sara Lind") in got
    assert not any(s == "Anna Berg" and r == "succeeded by" for s, r, _ in got)


@parser
def test_a_named_place_after_at_x_hung_on_the_verb_still_places_x(rules):
    got = read(rules, "Petra Novak\n\nPetra Novak was a Czech composer. She was born at Drottningholm Palace in Ekerö, near Stockholm.")
    assert ("Drottningholm Palace", "located in", "Ekerö") in got


@parser
def test_a_name_the_tagger_misreads_still_takes_its_place(rules):
    got = read(rules, "Rila Mountains\n\nThe Rila Mountains are a mountain range in Bulgaria. Rila National Park in Bulgaria, "
                      "established in 1992, is one of the largest parks in the country.")
    assert ("Rila National Park", "located in", "Bulgaria") in got


@parser
def test_a_border_between_two_named_places_keeps_them(rules):
    got = read(rules, "Rila Mountains\n\nThe Rila Mountains are a mountain range in Bulgaria. The range forms a natural border "
                      "between Bulgaria and Greece.")
    assert ("Rila Mountains", "forms border between", "Bulgaria") in got
    assert ("Rila Mountains", "forms border between", "Greece") in got
    assert not any(o == "natural border" for _, _, o in got)


@parser
def test_the_two_things_said_before_are_no_object(rules):
    got = read(rules, "Rila Mountains\n\nThe Rila Mountains are a mountain range in Bulgaria. In 1995 the ministry merged the "
                      "two parks into one reserve. Rila bought 3 hotels.")
    assert not any(o == "two parks" for _, _, o in got)
    assert any(o == "3 hotels" for _, _, o in got)  # no "the": a count, not a back-reference


@parser
def test_headline_noun_with_participle_is_the_articles_topic(rules):
    got = read(rules, "Iron Age sword found in peat bog near Tønder\n\nDivers searching a lake near the village of Hale "
                      "in Norway have recovered an iron sword, the National Museum said on Monday. It measures 90 "
                      "centimetres in length. The sword lay under about two metres of silt. The restoration will cost "
                      "about €40,000.")
    assert ("Iron Age sword", "measures", "90 centimetres") in got
    assert ("Iron Age sword", "lay under", "two metres of silt") in got
    assert not any(s == "Iron Age sword" and "cost" in r for s, r, _ in got)  # "the restoration" is no sword
    assert not any(s == "Iron Age sword" and r == "type" and o == "sword" for s, r, o in read(
        rules, "Iron Age sword found in peat bog near Tønder\n\nIt is the oldest sword ever found in the county."))


@parser
def test_common_noun_doer_after_passive_by_and_kind_word_with_apposition(rules):
    got = read(rules, "Iron Age sword found in peat bog near Tønder\n\nDivers have recovered an iron sword. The weapon, "
                      "a long blade forged from a single bar, was found in June by a local fisherman.")
    assert ("Iron Age sword", "found by", "local fisherman") in got or ("Iron Age sword", "found by", "fisherman") in got
    got = read(rules, "Dengue\n\nDengue is a viral infection. It is caused by the dengue virus.")
    assert ("Dengue", "caused by", "dengue virus") in got
    got = read(rules, "Neon\n\nNeon is a gas. In 1898 a chemist concluded that the glow was caused by a new element.")
    assert not any(r == "caused by" for _, r, _ in got)  # a reported conclusion, not a fact


@parser
def test_its_main_noun_as_subject_is_a_part_of_the_owner(rules):
    got = read(rules, "Lund Polytechnic\n\nLund Polytechnic is a technical university in Sweden. Its main hall, built by "
                      "the firm Berg & Son, was opened in 1902. Its main library, Nova Aula, holds old maps.")
    assert ("Lund Polytechnic main hall", "opened in", "1902") in got
    assert not any(s == "Lund Polytechnic" and o == "1902" for s, _, o in got)
    assert not any(s == "Lund Polytechnic main library" for s, _, _ in got)  # the library has a name
