"""Bare heads (round 14): a lowercase common noun standing for a specific thing, or for nothing, is either
named in full (its nationality, its "to X" complement, an appositive name) or left out. Other names and
wording than the folders'."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_class_noun_before_a_name_is_no_second_object(rules):
    got = read(rules, "Nordwind\n\nNordwind is a Danish airline. In 1999 Nordwind merged with Baltavia to form the "
                      "parent company Nordwind–Baltavia, with its head office in Malmö.")
    assert ("Nordwind", "form", "Nordwind–Baltavia") in got
    assert not any(o in ("parent company", "Baltavia") and r == "form" for _, r, o in got)


@parser
def test_a_bare_plural_is_said_by_where_it_goes(rules):
    got = read(rules, "Nordwind\n\nNordwind is a Danish airline. After the war Nordwind began flights to Reykjavik.")
    assert ("Nordwind", "began flights to", "Reykjavik") in got
    assert ("Nordwind", "began", "flights") not in got


@parser
def test_has_things_in_places_gives_no_bare_has(rules):
    got = read(rules, "Ulma Group\n\nUlma Group is a Basque industrial group. Its head office is in Oñati, and the "
                      "group has plants in Poland, Peru and Chile.")
    assert not any(r == "has" and o == "plants" for _, r, o in got)


@parser
def test_the_nationality_of_a_navy_names_which(rules):
    got = read(rules, "Mariner II\n\nThe Mariner II was a yacht. The Mariner II was towed into port by a launch of "
                      "the Chilean navy.")
    assert any(o == "Chilean navy" for _, _, o in got)
    assert not any(o == "navy" for _, _, o in got)


@parser
def test_someone_elses_possession_is_no_object(rules):
    got = read(rules, "Maria Holm\n\nMaria Holm was a Swedish painter. After her stepfather left, she gave up his "
                      "surname and took her mother's name.")
    assert not any(o == "surname" for _, _, o in got)
    got = read(rules, "Karl Berg\n\nKarl Berg was an Austrian mine official. Over the next ten years he excavated two "
                      "hundred tombs and listed their contents in a ledger.")
    assert not any(o == "contents" for _, _, o in got)


@parser
def test_ones_own_possession_stays(rules):
    got = read(rules, "Anna Berg\n\nAnna Berg was a Danish art dealer. In 1901 the dealer Anna Berg sold her own "
                      "paintings and gave the money to a school.")
    assert any(s == "Anna Berg" and o == "paintings" for s, _, o in got)


@parser
def test_a_month_named_by_a_clause_is_no_date(rules):
    got = read(rules, "Sea Swallow\n\nThe Sea Swallow is a clipper ship. The Sea Swallow was launched in the same week "
                      "that the new harbour opened.")
    assert not any("same week" in o for _, _, o in got)


def test_a_chinese_site_is_the_body_named_before_it_and_a_bare_new_building_nothing(rules):
    got = read(rules, "南京图书馆\n\n南京图书馆是江苏省的公共图书馆。南京图书馆的前身是江南图书馆。1907年，清政府批准筹建江南图书馆，"
                      "馆址设在南京的惜阴书院。1929年，它与国学图书馆合并。合并后的图书馆在城北修建新馆，新馆于1935年动工。")
    assert ("江南图书馆", "馆址", "惜阴书院") in got
    assert not any(s in ("馆址", "新馆") for s, _, _ in got)


@parser
def test_a_bare_plural_is_said_by_its_field(rules):
    got = read(rules, "Ida Krogh\n\nIda Krogh was a Norwegian athlete. After the war she went on competing and set "
                      "national records in the triple jump and the pole vault.")
    assert ("Ida Krogh", "set national records in", "triple jump") in got
    assert ("Ida Krogh", "set", "national records") not in got
    got = read(rules, "Arrasate College\n\nArrasate College is a Basque school. Arrasate College trains nurses and runs "
                      "courses in industrial design.")
    assert ("Arrasate College", "runs courses in", "industrial design") in got


@parser
def test_a_participle_before_a_place_is_no_verb_of_the_subject(rules):
    got = read(rules, "Ida Krogh\n\nIda Krogh was a Norwegian athlete. During the war she kept training in occupied "
                      "Oslo and won three national titles.")
    assert not any(r == "occupied" for _, r, _ in got)
    assert ("Ida Krogh", "training in", "Oslo") in got


@parser
def test_a_firm_name_with_and_after_a_participle_stays_whole(rules):
    got = read(rules, "Nordwind\n\nNordwind is a Danish airline. Its first flight took place on 3 June 1921, when a "
                      "Fokker F.III hired from Baltic Air and Freight carried three passengers and a sack of mail from "
                      "Malmö to Copenhagen.")
    assert any(o == "Baltic Air and Freight" for _, _, o in got)
    assert not any(s == "Freight" for s, _, _ in got)
    assert any(s.endswith("F.III") and r == "carried" for s, r, _ in got)


@parser
def test_it_after_a_sentence_with_no_named_main_subject_is_the_named_doer(rules):
    got = read(rules, "Nordwind\n\nNordwind is a Danish airline. King Frederik gave the company its royal charter. Its "
                      "first flight took place on 3 June 1921, when a Fokker F.III hired from Baltic Air and Freight "
                      "carried three passengers from Malmö to Copenhagen; it was flown by the Swedish pilot Nils Berg.")
    assert any(s.endswith("F.III") and r == "flown by" and o == "Nils Berg" for s, r, o in got)
    assert not any(s == "King Frederik" and r == "flown by" for s, r, _ in got)


def test_a_chinese_production_base_without_its_owner_is_nothing(rules):
    got = read(rules, "云南白药\n\n云南白药是中国的中药企业。目前，白药集团的总部设在昆明市呈贡区，拥有多家生产基地，"
                      "其中规模最大的是位于玉溪市的生产基地。")
    assert not any(s in ("生产基地", "基地") for s, _, _ in got)


@parser
def test_a_counted_plural_before_a_colon_is_the_names_after_it(rules):
    got = read(rules, "Vega Probe\n\nThe Vega Probe was a space probe. On its way the Vega Probe photographed three moons: "
                      "Phobos in 1988, Deimos in 1989 and the small Amalthea in 1990.")
    assert ("Vega Probe", "photographed", "Phobos") in got
    assert ("Vega Probe", "photographed", "Amalthea") in got
    assert ("Deimos", "type", "moon") in got
    assert not any(o == "three moons" for _, _, o in got)


@parser
def test_a_word_after_a_closed_list_describes_it(rules):
    got = read(rules, "Vega Probe\n\nThe Vega Probe was a space probe. The probe also found methane and ammonia, "
                      "gases that point to volcanic activity.")
    assert ("Vega Probe", "found", "methane") in got
    assert not any(o == "gases" for _, _, o in got)


def test_chinese_now_glued_to_a_name_and_a_count_cut_at_its_unit(rules):
    got = read(rules, "苏步青\n\n苏步青是中国数学家。他1902年出生于浙江省平阳县。他的故乡平阳现建有苏步青纪念馆。")
    assert ("苏步青纪念馆", "位于", "平阳") in got
    got = read(rules, "南京博物院\n\n南京博物院是中国的博物馆。南京博物院现有藏品四十三万件，其中大部分是明清文物。")
    assert ("南京博物院", "藏品", "四十三万件") in got
    assert not any(s.endswith("现") for s, _, _ in got)


@parser
def test_and_other_things_after_names_is_their_class(rules):
    got = read(rules, "Ulma Group\n\nUlma Group is a Basque industrial group. Its head office is in Oñati, and it has "
                      "plants in Poland, Peru, Chile and a dozen other countries.")
    assert not any(o in ("countries", "other countries") for _, _, o in got)
    got = read(rules, "Glycon\n\nThe Glycon probe found methane, ammonia and several other gases.")
    assert not any(o == "gases" for _, _, o in got)


@parser
def test_names_after_a_colon_are_members_not_the_name_of_the_group(rules):
    got = read(rules, "Ra expedition\n\nThe Ra expedition was a voyage across the Atlantic on a reed boat, led by the "
                      "explorer Nils Berg in 1969. The crew was made up of four men: Berg and three other sailors, "
                      "Ola Lind, Per Dahl and Jon Aas.")
    assert not any(s == "Nils Berg" and "made up" in r for s, r, _ in got)


@parser
def test_little_or_few_is_no_object(rules):
    got = read(rules, "Tessam\n\nTessam is a Finnish maker of boats. In Asia, where it has so far had little "
                      "presence, it opened a sales office in Singapore.")
    assert not any(o in ("presence", "little presence") for _, _, o in got)


@parser
def test_who_is_employed_to_do_something_does_it(rules):
    got = read(rules, "Maria Holm\n\nMaria Holm was a Swedish photographer. In 1943 the Swedish Red Cross employed her "
                      "to photograph the arrival of refugees from Finland.")
    assert any(s == "Maria Holm" and r.startswith("photograph") for s, r, _ in got)
    assert not any(s == "Swedish Red Cross" and r.startswith("photograph") for s, r, _ in got)


def test_chinese_continued_subject_transfers_and_teaches_at_two_schools(rules):
    got = read(rules, "茅以升\n\n茅以升，中国桥梁专家。1916年，茅以升赴美国留学，先在康奈尔大学学习土木工程，后转入卡内基理工学院"
                      "攻读博士，1919年获得博士学位。同年回国，先后在唐山工业专门学校和国立东南大学工科任教。")
    assert ("茅以升", "就读于", "卡内基理工学院") in got
    assert ("茅以升", "任教于", "唐山工业专门学校") in got
    assert any(s == "茅以升" and r == "任教于" and "东南大学" in o for s, r, o in got)


def test_chinese_capacity_and_invitation_are_no_subject(rules):
    got = read(rules, "苏步青\n\n苏步青是中国数学家。1927年，他以交换学生的身份前往日本东北帝国大学，在那里学习几何学。"
                      "1978年5月，苏步青应邀到德国汉堡大学讲学。")
    assert ("苏步青", "前往", "日本东北帝国大学") in got
    assert any(s == "苏步青" and r == "讲学" and "汉堡大学" in o for s, r, o in got)
    assert not any(s in ("身份", "苏步青应邀") for s, _, _ in got)


def test_chinese_dated_return_without_a_place(rules):
    got = read(rules, "苏步青\n\n苏步青是中国数学家。1931年，苏步青回国，在浙江大学数学系担任教授。")
    assert ("苏步青", "回国时间", "1931年") in got


def test_chinese_degree_of_the_school_just_named(rules):
    got = read(rules, "茅以升\n\n茅以升是中国桥梁专家。1916年，茅以升赴美国留学，先在康奈尔大学学习土木工程，后转入卡内基理工学院"
                      "攻读博士，1919年获得博士学位。")
    assert ("茅以升", "获得博士学位", "卡内基理工学院") in got
    assert ("茅以升", "获得博士学位时间", "1919年") in got


@parser
def test_the_scheme_after_a_new_project_is_not_the_topic(rules):
    got = read(rules, "River Orva\n\nThe River Orva is a river in Tavia. In 1931 the government began work on a dam at "
                      "Kelso, south of the town. The scheme was designed and built by the Danish firm Holm & Berg.")
    assert not any(s == "River Orva" and "built by" in r for s, r, _ in got)


def test_chinese_there_in_a_relation_says_no_place(rules):
    got = read(rules, "苏步青\n\n苏步青是中国数学家。1937年，他随浙江大学迁往贵州湄潭，在那里坚持教学九年。")
    assert not any("那里" in r for _, r, _ in got)


@parser
def test_people_given_something_are_not_what_was_given(rules):
    got = read(rules, "Nordwind\n\nNordwind is a Danish airline. Since 1960 the airline has given passengers in its "
                      "first class small porcelain birds filled with aquavit.")
    assert not any(o == "passengers" for _, _, o in got)


@parser
def test_an_institution_holding_his_papers_holds_someone_elses(rules):
    got = read(rules, "Eero Lind\n\nEero Lind was a Finnish composer. The Eero Lind Museum in Turku holds his letters.")
    assert not any(o == "letters" for _, _, o in got)


@parser
def test_in_which_names_the_field_of_a_bare_object(rules):
    got = read(rules, "Ida Krogh\n\nIda Krogh was a Norwegian athlete. She did not enter the shot put or the discus "
                      "throw, in which she held the national records, because athletes were limited to two events.")
    assert ("Ida Krogh", "held national records in", "discus throw") in got
    assert not any(o in ("national records", "records") for _, _, o in got)


@parser
def test_a_surname_the_tagger_reads_as_a_date_is_still_a_name(rules):
    # (heldout_s13: "Faraday" was tagged DATE, so the biography's topic was never set and every
    # later "he" went to the father named next); a date names a number or a calendar word
    got = read(rules, "Hans Ferraday\n\nHans Ferraday (3 May 1802 – 9 June 1870) was a Danish chemist. Ferraday was "
                      "born in Aarhus. His father, Jens, was a cooper. In 1830 he moved to Odense.")
    assert ("Hans Ferraday", "born in", "Aarhus") in got
    assert any(s == "Hans Ferraday" and o == "Odense" for s, _, o in got)
    assert not any(s == "Jens" and o == "Odense" for s, _, o in got)
    assert ("Rose Lasday", "born in", "Leeds") in read(rules, "Rose Lasday was born in Leeds.")
