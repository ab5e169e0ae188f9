"""Misreadings heldout_s59's hand check showed (read as dev material in the fifty-seventh session), tested on other
names. English: "he married X, the 13-year-old daughter of Y. She …" gave "she" and the parent to Y; the tank of
"He never had the tank tested; it was filled …", the syrup of "Molasses … was unloaded …, where it was fermented"
and "The court appointed X" were all given to the text's title, an event; "Y visited Paris and told him about a gas,
which he called …" gave "he" to the one told; "the workshop of A, who …, and afterwards in that of his successor"
gave "his" to the thing named in the sentence before; "Under his son P Q R it became …" left the son unknown, so
"P Q" and "Q R" became two people and a later "He married …" went to him; "translated An Essay on X by the chemist
Y" cut the title and made Y the translator; "were tried by the Tribunal, condemned, and guillotined" made the
tribunal the one guillotined. Chinese: "在台南为他建立了…" made 他 the builder; "意思是…" made 意思 a subject; "他的长子
X继承了…，此后又统治…" gave the son's rule to the father; "应…的请求，X开始…。他…" and "1745年，X皇帝先得到了…，在上面题写了…"
lost X for the clauses after; the quoted "元四家" was read as a measure (元, 四家)."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_the_daughter_in_an_apposition_is_the_she_after_it(rules):
    got = read(rules, "Jens Holm\n\nJens Holm was a Danish botanist. In 1790 he married Anne-Sofie Marie Bang, the "
                      "16-year-old daughter of Peder Bang, a wealthy merchant of the town. She became his assistant: "
                      "she learned Latin and drew the plates for his books.")
    assert ("Anne-Sofie Marie Bang", "parent", "Peder Bang") in got
    assert ("Anne-Sofie Marie Bang", "learned", "Latin") in got
    assert not any(s == "Peder Bang" and r == "learned" for s, r, _ in got)
    assert not any(s == "Jens Holm" and r == "parent" for s, r, _ in got)


@parser
def test_an_it_of_an_unnamed_thing_is_not_the_title(rules):
    got = read(rules, "The Great Flour Fire\n\nThe Great Flour Fire took place on 2 May 1878 in Minneapolis, when "
                      "a mill exploded. The mill stood on the river and belonged to the Washburn Milling Company. "
                      "Flour from the mill was loaded there onto wagons and later carried by rail to the company's "
                      "warehouse in Chicago, where it was sold to bakers. Its owner never had the mill properly "
                      "cleaned; it was filled with fine dust. From the start it smoked so badly that the company "
                      "painted it black. The court appointed Judge Oscar Lind, a Minneapolis lawyer, as auditor.")
    assert not any(s == "Great Flour Fire" and r in ("sold to", "filled with", "appointed") for s, r, _ in got)
    assert not any(r == "painted" and o == "Great Flour Fire" for _, r, o in got)


@parser
def test_he_after_him_is_the_main_subject(rules):
    got = read(rules, "Karl Ostrom\n\nKarl Ostrom was a Swedish chemist. In March 1771 the Scottish physician Ewan "
                      "Reid visited Uppsala and told him about a new gas, which he called \"vital air\".")
    assert ("Ewan Reid", "called", "vital air") in got
    assert not any(s == "Karl Ostrom" and r == "called" for s, r, _ in got)


@parser
def test_his_after_a_relative_who_is_that_person(rules):
    got = read(rules, "House of Lind\n\nThe House of Lind is a silver firm. The Harvest Cup of 1901, which holds a "
                      "small copy of the barn, is among the best known. Most of the cups were made in the workshop of "
                      "Ole Strand, who was head smith until his death in 1910, and afterwards in that of his "
                      "successor, Nils Tvedt.")
    assert ("Ole Strand", "successor", "Nils Tvedt") in got
    assert not any(s == "Harvest Cup" for s, _, _ in got if _ == "successor")


@parser
def test_a_son_named_after_his_the_parser_left_hanging(rules):
    got = read(rules, "House of Holm\n\nThe House of Holm is a jewellery firm that was founded in Bergen in 1840 by "
                      "Johan Holm. Under his son Peter Anton Holm it became the most celebrated silversmith's business "
                      "in Europe and supplied the Norwegian royal family with the jewelled cups for which the name is "
                      "still famous.\n\nJohan Holm was born in 1812 in Voss and trained as a smith. He married Karen "
                      "Dahl, the daughter of a Danish painter, and their elder son, Peter Anton, was born in the city on "
                      "3 May 1844. Anton Holm died in Oslo in 1920.")
    assert ("Johan Holm", "spouse", "Karen Dahl") in got
    assert ("Peter Anton Holm", "died in", "Oslo") in got
    assert not any(s in ("Peter Anton", "Anton Holm") for s, _, _ in got)  # both the son, named in full first


@parser
def test_a_title_through_on_and_its_author_after_by(rules):
    got = read(rules, "Ida Falk\n\nIda Falk was a Swedish writer. She became his closest collaborator: she learned "
                      "English and translated An Essay on Gravity by the English physicist John Wells, kept the records "
                      "of his experiments, and drew the plates for his books.")
    assert ("Ida Falk", "translated", "An Essay on Gravity") in got
    assert not any(r in ("translated by", "translated on") for _, r, _ in got)


@parser
def test_participles_after_a_passive_agent_are_the_subjects(rules):
    got = read(rules, "Paul Morel\n\nPaul Morel was a French banker. On 2 June 1793 he and 12 other bankers were "
                      "tried by the Revolutionary Court, condemned, and shot that evening at the Place Royale.")
    assert ("Paul Morel", "shot at", "Place Royale") in got
    assert not any(s == "Revolutionary Court" and r != "type" for s, r, _ in got)


@parser
def test_zh_built_for_him_and_the_meaning_of_a_name(rules):
    got = read(rules, "林则徐\n\n林则徐是清朝的政治家。1905年，福建巡抚许应骙奏请朝廷，在福州为他建立了林文忠公祠。"
                      "1839年，他把虎门改名为靖远，意思是平定远方。")
    assert not any(s == "林则徐" and r.startswith("建立") for s, r, _ in got)
    assert not any(s == "意思" for s, _, _ in got)


@parser
def test_zh_the_sons_clauses_and_a_person_after_an_opening(rules):
    got = read(rules, "曾国藩\n\n曾国藩是清朝的政治家。他的长子曾纪泽继承了他的事业，此后又出使英国八年。"
                      "1360年，朱元璋皇帝先得到了一件仿本《兰亭序》，在上面题写了三十多处诗文。")
    assert ("曾纪泽", "出使英国", "八年") in got
    assert not any(s == "曾国藩" and r.startswith("出使") for s, r, _ in got)
    assert any(s.startswith("朱元璋") and r == "题写" for s, r, _ in got)


@parser
def test_zh_a_request_opening_and_a_quoted_name_with_a_number(rules):
    got = read(rules, "《溪山图》\n\n《溪山图》是明代画家沈周的作品。沈周，字启南，号石田。他与文徵明、唐寅、仇英并称为“明四家”。"
                      "1480年，沈周和友人吴宽一起回到苏州。吴宽号匏庵，所以人称“匏庵先生”。应吴宽的请求，沈周开始动笔画这幅长卷。"
                      "1484年，他在卷末写下题跋，并把画卷送给了吴宽。")
    assert not any(r == "明" for _, r, _ in got)
    assert not any(s == "吴宽" and r.startswith("作品") for s, r, _ in got)
