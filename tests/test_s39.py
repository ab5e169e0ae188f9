"""Misreadings of heldout_s38's hand check (read as dev material), tested on other names: "the
business" on the page of an organisation that is no company ("X is a news agency") was the last
company named; "The agency's reputation grew …, when it transmitted …" gave "it" to the last thing
named; "transmitted a speech by Y" made Y the transmitter's agent; "85 Fleet Street" lost its
number; "his mother, who …; she was released" gave "she" to the wife named before; "于年底到达成都"
made 年底 (the year's end) a subject; and a clause without a subject took one named later in its
sentence ("…，766年到达夔州，…，其中的《登高》被誉为…"); "the combined company took the name Y"
was the last company named; "the ownership of the British press, represented by Y" gave the
participle to the subject."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_the_business_on_an_organisations_page_is_it(rules):
    got = read(rules, "Havas\n\nHavas is a French news agency based in Paris. Since 2005 it has been the news "
                      "division of Vivendi, a French media company. In 1879 the business became a limited company, "
                      "Havas Telegraph Company.")
    became = [s for s, r, _ in got if r.startswith("became")]
    assert became and set(became) == {"Havas"}


def test_it_after_a_subject_named_by_its_owner_is_the_owner(rules):
    got = read(rules, "Havas\n\nHavas is a French news agency based in Paris. In 1860 the Daily Courier became "
                      "the first newspaper to take its service. The agency's standing grew the next year, when it "
                      "reported the fall of Gaeta.")
    reported = [s for s, r, _ in got if r.startswith("reported")]
    assert reported and set(reported) == {"Havas"}


def test_a_works_author_is_not_the_doers_agent(rules):
    got = read(rules, "Havas\n\nHavas is a French news agency. In 1860 it transmitted a speech by Victor Hugo "
                      "to its clients.")
    assert not any(r.endswith(" by") and o == "Victor Hugo" for _, r, o in got)


def test_a_house_number_stays_with_its_street_name(rules):
    got = read(rules, "Havas\n\nHavas is a French news agency. Havas had moved in 1939 to 45 Baker Street, a "
                      "building designed by Henri Blondel, and it stayed there until 1960.")
    assert ("Havas", "moved to", "45 Baker Street") in got
    assert not any("Baker Street" in (s, o) for s, _, o in got)


def test_his_mother_then_she_is_the_mother(rules):
    got = read(rules, "Tycho Brahe\n\nTycho Brahe was a Danish astronomer. His father, Otte, was a privy "
                      "councillor, and his mother, Beate, was a lady of the court. In 1573 he married Kirsten "
                      "Jørgensdatter. Later he had to care for his mother, who was taken ill in 1590; she was "
                      "released from the hospital in May 1591.")
    released = [s for s, r, _ in got if r.startswith("released")]
    assert released and set(released) == {"Beate"}


def test_the_end_of_a_year_is_no_subject(rules):
    got = read(rules, "李白\n\n李白是唐代诗人。同年，李白离开长安，经洛阳、汴州，于年底到达梁园。")
    assert ("李白", "到达", "梁园") in got
    assert not any(s == "年底" for s, _, _ in got)


def test_a_subject_named_later_in_the_sentence_is_not_the_dropped_one(rules):
    got = read(rules, "李白\n\n李白是唐代诗人。745年贺知章去世后，李白失去依靠，携家离开长安，746年到达洛阳（今河南洛阳），"
                      "在那里住了两年，写诗百余首，其中的《将进酒》被誉为“千古绝唱”。")
    assert ("李白", "到达", "洛阳") in got
    assert not any(s == "《将进酒》" and r.startswith("到达") for s, r, _ in got)


def test_the_combined_company_is_none_named_before(rules):
    got = read(rules, "Havas\n\nHavas is a French news agency. In 1879 the business became a limited company, Havas "
                      "Telegraph Company. In 2007 Havas was acquired by Bolloré of France, and the combined company "
                      "took the name Havas Bolloré.")
    assert not any(r.startswith("took") and s in ("Havas", "Havas Telegraph Company", "Bolloré") for s, r, _ in got)


def test_a_participle_after_a_comma_tells_of_the_noun_before_it(rules):
    got = read(rules, "Havas\n\nHavas is a French news agency. In 1940 Havas passed into the ownership of the French "
                      "state, represented by the Ministry of Information and the Press Office, and the new owners "
                      "renamed it.")
    assert not any(s == "Havas" and r.startswith("represented") for s, r, _ in got)
