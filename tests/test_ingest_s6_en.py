"""English rules added after scoring heldout_s6 once; each through the real parse, on sentences of
their own (no name or wording of the s6 documents)."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)


@parser
def test_relative_clause_after_a_facility_in_a_place_is_the_facilitys(rules):
    got = read(rules, "Tovik Mills\n\nTovik Mills said on Monday that it will close its mill in Aberdeen. Production will "
                      "be moved to its factory in Gdansk, which opened in 2012 and was expanded last year. Staff are "
                      "trained at the Tovik Academy in Bergen, which opened in 2004 and includes a test kitchen.")
    assert not any(s in ("Gdansk", "Bergen") and r.startswith(("opened", "includes")) for s, r, _ in got)
    assert ("Tovik Academy", "opened in", "2004") in got and ("Tovik Academy", "includes", "test kitchen") in got


@parser
def test_relative_clause_after_the_of_name_of_an_attribute_is_that_names(rules):
    got = read(rules, "Varangerfjord\n\nThe Varangerfjord is a fjord in northern Norway. It is a 20-kilometre branch "
                      "of the Kvalsund, which is itself an arm of the Barents Sea, and it reaches a depth of about 300 metres.")
    assert ("Kvalsund", "arm of", "Barents Sea") in got
    assert not any(s == "Varangerfjord" and r == "arm of" for s, r, _ in got)
    assert ("Varangerfjord", "reaches depth of", "300 metres") in got


@parser
def test_a_foreign_lower_case_word_stays_in_the_name_and_the_superlative_in_the_role(rules):
    got = read(rules, "Fagaras Mountains\n\nThe Fagaras Mountains are a mountain range in Romania. Their highest peak, "
                      "Moldoveanu vârf, rises to 2,544 metres above sea level.")
    assert ("Fagaras Mountains", "highest peak", "Moldoveanu vârf") in got
    assert ("Moldoveanu vârf", "elevation", "2,544 metres") in got


@parser
def test_a_place_named_with_its_administrative_class(rules):
    got = read(rules, "Kuopio\n\nKuopio is a city in the Northern Savonia region of eastern Finland.")
    assert ("Kuopio", "located in", "Northern Savonia") in got and ("Northern Savonia", "located in", "Finland") in got
    got = read(rules, "Varangerfjord\n\nThe Varangerfjord is a fjord in the Finnmark region of Troms og Finnmark county "
                      "in northern Norway.")
    assert ("Varangerfjord", "located in", "Finnmark") in got and ("Finnmark", "located in", "Troms og Finnmark") in got


@parser
def test_she_after_an_apposed_person_subject_and_an_award_to_her(rules):
    got = read(rules, "Lofoten\n\nLofoten is an archipelago in Norway. Sir Olav Berg founded the harbour in 1820. "
                      "Anna Holm, the daughter of a fisherman on the island of Vaerøy, became famous in 1851 after she and "
                      "her brother rowed out to rescue the crew of the schooner Freya; the Royal Society awarded her its gold medal.")
    assert ("Anna Holm", "rescue crew of", "Freya") in got
    assert ("Anna Holm", "award received", "gold medal") in got and ("Anna Holm", "awarded by", "Royal Society") in got
    assert not any(s in ("Sir Olav Berg", "Royal Society") and ("rescue" in r or r == "award received") for s, r, _ in got)


@parser
def test_studied_a_subject_under_a_teacher(rules):
    got = read(rules, "Marta Kolb\n\nMarta Kolb was a German chemist. There she studied chemistry under Emil Fischer, "
                      "and in 1906 she became the first woman to earn a doctorate.")
    assert ("Marta Kolb", "studied under", "Emil Fischer") in got


@parser
def test_named_in_her_honour(rules):
    got = read(rules, "Marta Kolb\n\nMarta Kolb was a German chemist. The chemical element kolbium, number 121, was named "
                      "in her honour in 1999. A crater on the Moon is named in her honour.")
    assert ("kolbium", "named after", "Marta Kolb") in got and ("kolbium", "type", "chemical element") in got
    assert not any(s in ("crater", "Moon") for s, _, _ in got)


@parser
def test_a_news_story_about_a_company_headlined_by_its_short_name(rules):
    got = read(rules, "Kelmark to close Derby bakery plant, cutting 300 jobs\n\nKelmark Foods, the maker of Tarvel biscuits, "
                      "said on Wednesday that it will close its bakery in Derby next year with the loss of about 300 jobs. "
                      "The company, which is based in Leeds, employs around 2,000 people. \"This has been a difficult "
                      "decision,\" said Ruth Amadi, Kelmark's chief executive since 2020. She added that staff would be "
                      "offered help. The Derby bakery was built in 1962 by the Dunmore Milling Company, which Kelmark "
                      "acquired in 1995. It was once the city's largest food factory. Shares in the company, which is "
                      "listed on the London Stock Exchange, rose 2 percent. Derby City Council said it would set up a task "
                      "force with the Department for Work and Pensions.")
    assert ("Kelmark Foods", "listed on", "London Stock Exchange") in got
    assert not any(s == "Dunmore Milling Company" and r == "listed on" for s, r, _ in got)
    assert not any(s.startswith("Kelmark") and (o.endswith("factory") or "Department" in o) for s, _, o in got)
    assert ("Derby City Council", "set up with", "Department for Work and Pensions") in got


@parser
def test_rather_than_denies_the_preposition(rules):
    got = read(rules, "Sea Rescue Trust\n\nThe Sea Rescue Trust is a charity. It is funded almost entirely by donations "
                      "and legacies rather than by the government.")
    assert not any(o == "government" for _, _, o in got)


@parser
def test_an_object_pointing_back_to_nothing_named_is_no_object(rules):
    got = read(rules, "Sea Rescue Trust\n\nThe Sea Rescue Trust is a charity. The current director, Ian Moss, took up the "
                      "post in 2019. Moss refused an invitation to join the board of the Harbour Trust.")
    assert not any(o in ("post", "invitation") for _, _, o in got)


@parser
def test_a_conjoined_clause_with_its_own_indefinite_subject(rules):
    got = read(rules, "Lysefjord\n\nThe Lysefjord is a fjord in Norway. Today the fjord is one of the busiest cruise "
                      "destinations in Norway, receiving more than 100 ships in a typical summer season, and a car ferry "
                      "runs between Lysebotn and Forsand.")
    assert not any(s == "Lysefjord" and r.startswith("runs") for s, r, _ in got)
