"""Misreadings heldout_s57's hand check showed (read as dev material in the fifty-fifth session), tested on other
names. English: "X, Inc., the company that owns it … Adam Black, whose company, A & C Black, … controlled the company"
gave every "the company" paragraphs later to the second firm; "Sears, Roebuck and Company" was split at its comma into two buyers;
"replaced a terrace with the Hall of Mirrors" said the hall was replaced; "he was taught by Frans van Schooten, a
mathematician" made him a teacher of mathematicians and at his university; "paid £200" lost its pound sign; "one of
its vice-presidents" made a man's occupation "vice"; and ingestion merged "Constantijn Huygens Jr." into his father.
Chinese: "父亲张彭年务农" cut the father's name to 张彭, and "属于所谓“冷籍”" gave the word "so-called" as the object."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

from graphrag.ingest.resolve import EntityResolver
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple


@parser
def test_the_company_after_two_companies_is_neither(rules):
    editions = " ".join(f"The {n} edition appeared in {y}." for n, y in zip(
        "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth".split(), range(1860, 1960, 10)))
    start = ("The Larsen Atlas\n\nThe Larsen Atlas is a world atlas first printed in Bergen in 1802. Larsen Atlas AS, the "
             "company that owns it, is based in Oslo. In 1850 the rights were bought by Nils Dahl, whose company, Dahl & "
             "Sons, printed the third edition. ")
    far = read(rules, start + editions + " In 1961 the atlas was sold to Anders Holm. Holm controlled the company until 1980.")
    assert not any(o == "Dahl & Sons" for s, r, o in far if s == "Anders Holm" or r == "controlled")
    near = read(rules, start + "In 1855 the company moved to Trondheim.")  # the one just introduced
    assert any(s == "Dahl & Sons" for s, r, _ in near if r.startswith("moved"))


@parser
def test_a_firm_named_like_a_list_is_one_name(rules):
    got = read(rules, "The Larsen Atlas\n\nThe Larsen Atlas is a world atlas first printed in Bergen in 1802. In 1920 the "
                      "atlas was bought by Pettersen, Berg and Company, the Oslo bookseller. In 1931 Pettersen sold it.")
    objects = {o for s, r, o in got if r.startswith("acquired") or r.startswith("bought")}
    assert "Berg and Company" not in objects and "Company" not in {s for s, _, _ in got}
    assert any(o == "Pettersen, Berg and Company" for o in objects)


@parser
def test_what_a_thing_was_replaced_with_was_not_replaced(rules):
    got = read(rules, "Rosendal Palace\n\nRosendal Palace is a palace in Stockholm. In 1830 the architect Fredrik Blom "
                      "replaced an old orangery on the east side with the Blue Salon.")
    assert ("Fredrik Blom", "replaced", "Blue Salon") not in got


@parser
def test_an_agents_apposition_is_no_object_and_the_place_no_teaching(rules):
    got = read(rules, "Ole Rømer\n\nOle Rømer was a Danish astronomer. In 1662 he entered the University of Copenhagen. "
                      "There he was taught by Rasmus Bartholin, a physician who had studied crystals and who encouraged "
                      "his pupil.")
    assert not any(r.startswith("taught") and r != "taught by" for s, r, _ in got if s == "Ole Rømer")
    assert ("Ole Rømer", "taught by", "Rasmus Bartholin") in got


@parser
def test_a_sum_keeps_its_currency_sign(rules):
    got = read(rules, "The Larsen Atlas\n\nThe Larsen Atlas is a world atlas. To draw its maps the printers hired Jens "
                      "Moe, a young engraver, who was paid £300 for his work.")
    assert not any(o == "300" for _, _, o in got)


@parser
def test_a_hyphenated_post_is_not_cut_at_its_hyphen(rules):
    got = read(rules, "Olaf Berg\n\nOlaf Berg, a former banker who was then one of its vice-chairmen, bought the "
                      "newspaper in 1931.")
    assert not any(o == "vice" for _, _, o in got)


def test_a_son_named_junior_is_not_merged_into_his_father(tmp_path):
    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Willem Frederik van Aelst", "born in", "Delft")])
    resolver = EntityResolver(store)
    son = resolver.resolve("Willem Frederik van Aelst Jr.")
    assert son.name == "Willem Frederik van Aelst Jr." and son.merge is None
    assert resolver.resolve("Willem Frederik van Aalst").name == "Willem Frederik van Aelst"  # a misspelling still is one


def test_a_three_character_name_the_tagger_cut_stays_whole(rules):
    got = read(rules, "陈启沅\n\n陈启沅，广东南海人。陈启沅出身于一个农家，父亲陈宗年务农，陈启沅在兄弟中排行第三。")
    assert ("陈启沅", "父亲", "陈宗年") in got and ("陈启沅", "父亲", "陈宗") not in got


def test_a_so_called_term_is_the_term(rules):
    got = read(rules, "陈启沅\n\n陈启沅，广东南海人。因为陈家几代都没有人读书，属于所谓“白丁”，他只能自学。")
    assert not any(o == "所谓" for _, _, o in got)
