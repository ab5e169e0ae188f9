"""Misreadings the thirtieth session's unseen documents (heldout_s33) showed, tested on other
names: place names glued by hyphens are cut to their last part; a firm's "and Company" splits
its name into a list; a clause under a confession or a claim is taken as fact; "which" after a
place and a name set off by commas goes to the place; "he" goes to a topic that is no person
before the man just named."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_place_name_glued_by_hyphens_is_one_name(rules):
    got = read(rules, "Anna Berg was a Swedish chemist. In 1890 she ran a public trial at Saint-Rémy-de-Provence, "
                      "near Arles. In 1902 she staged a second trial at Bourg-la-Reine, near Paris. She died in 1921 "
                      "at Ville-la-Grand and was buried in Newcastle-upon-Tyne.")
    objects = {o for _, _, o in got}
    assert {"Saint-Rémy-de-Provence", "Bourg-la-Reine", "Ville-la-Grand", "Newcastle-upon-Tyne"} <= objects
    assert not objects & {"Provence", "Reine", "Grand", "Newcastle", "Tyne"}


@parser
def test_and_company_ends_a_firm_s_name_not_a_list(rules):
    got = read(rules, "Karl Lund founded a small business in Bergen, K. J. Lund and Company, which made pumps and valves.")
    assert ("K. J. Lund and Company", "made", "pumps") in got
    assert not any("Company" == o or "Company" == s for s, _, o in got)
    assert not any(s == "Bergen" and r == "made" for s, r, _ in got)  # the clause is the firm's, not the city's
    # a list of two firms stays two
    got = read(rules, "Karl Lund sold the works to Volvo and General Motors.")
    assert {("Karl Lund", "sold to", "Volvo"), ("Karl Lund", "sold to", "General Motors")} <= got


@parser
def test_a_confessed_or_claimed_deed_is_no_fact(rules):
    got = read(rules, "Pierre Duval, a Swiss clockmaker, confessed to having started the blaze by throwing a lamp "
                      "into a barn, although he had not yet reached the town.")
    assert not any(r in ("started", "throwing") for _, r, _ in got)
    got = read(rules, "Jon Berg founded Molde Athletic in 1911, and claimed it was the oldest club in Norway.")
    assert ("Jon Berg", "founded", "Molde Athletic") in got
    assert not any(o == "Norway" for _, _, o in got)
    # a reason clause of "claimed" in another sense, and a verb coordinated with a claim, are facts
    got = read(rules, "Tor Lie was a Norwegian sea captain.",
               "Because he fed his crew lemons and cabbage, scurvy claimed none of his men.",
               "Harald Lie claimed the throne and ruled Norway until 1100.")
    assert any(s == "Tor Lie" and r == "fed" for s, r, _ in got)
    assert ("Harald Lie", "ruled", "Norway") in got


@parser
def test_he_is_the_man_just_named_before_a_topic_not_known_as_a_person(rules):
    got = read(rules, "Vantor-Lund\n\nVantor-Lund, a name now known for ships, grew out of a meeting of two men. "
                      "Erik Vantor, the son of a miller, had left school young; in 1901 he built his first boat, the Vega.")
    assert ("Erik Vantor", "built", "Vega") in got
    assert not any(s == "Vantor-Lund" and r == "built" for s, r, _ in got)
    # a topic known as a person stays first
    got = read(rules, "Maria Holm\n\nMaria Holm was a Danish painter and a pupil of Peter Lund. In 1860 she married "
                      "Hans Berg.")
    assert ("Maria Holm", "spouse", "Hans Berg") in got or ("Maria Holm", "married", "Hans Berg") in got


@parser
def test_two_names_and_married_between_them_is_a_marriage(rules):
    # merged into one token each, the names left the tagger no verb ("married" read as an adjective)
    got = read(rules, "Henri Dubois was a Belgian chemist.", "Henri Dubois married Claire Martin on 3 May 1851.")
    assert ("Henri Dubois", "spouse", "Claire Martin") in got


@parser
def test_they_married_after_a_proposal_is_the_two_people_of_it(rules):
    got = read(rules, "Louis Mercier was a Belgian chemist.",
               "In 1850 he was appointed professor at Ghent, and within weeks he had proposed to Marie Lambert, the "
               "daughter of the rector. They married on 3 May 1851.")
    assert ("Louis Mercier", "spouse", "Marie Lambert") in got
    got = read(rules, "Anna Berg was a Swedish painter.", "Anna Berg visited Paris with her brother. They married later.")
    assert not any(r == "spouse" for _, r, _ in got)
