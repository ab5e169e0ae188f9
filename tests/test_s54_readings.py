"""Misreadings heldout_s54's hand check showed (read as dev material in the fifty-second session), tested on other
names. English: "he" of "after he left the Henry Ford Company" went to a company named before; "the brothers John
and Horace Dodge, who agreed to supply engines" gave John Dodge's clause to John S. Gray, named just before; the "it"
of "Ford's ambition was to build …, and he achieved it" was a car; Newton's "he" of "he sent Halley a short
treatise" went to Halley, its receiver; the curve's "it" of "Newton replied that it would be an ellipse" went to
Newton; and a short name the tagger reads as a person ("Newton replied …" after "Isaac Newton") made no one a
person. Chinese: a year (嘉祐五年任枢密副使), 结果自己 and 唯一一部 were subjects; 这部书 meant a book named a
sentence before rather than the one just named; 任伯年's 任 was "to hold office"; "X是中国…的民间学术团体" made China
the holder of a role; "正值印社创立十周年" a founding; "四人苦心经营近十年" an attribute; "A、B、C、D四位画家在孤山创立"
a founder "在孤山"; and the heading 社长与社员 a president named 与社员. Misses: "known in Tibetan as Chomolungma",
"rising 8,848 metres above sea level in the Mahalangur Himal", "a sub-range" (cut to "sub"), "born … on his family's
farm in Springwells Township", "In 1673 he entered …", "then a village", "went on sale on 1 October 1908", "the
Dodge brothers sued"; and "India" was read as short for "the Surveyor General of India"."""
from __future__ import annotations

from graphrag.ingest.extractors.discourse import Discourse
from ingest_reading import parser, read, rules  # noqa: F401

_FIRM = "Harlow Motor Company\n\nThe Harlow Motor Company is an American carmaker. Its founder, Peter Harlow, was born in 1850. "
_WANG = "王安之\n\n王安之（1010年－1070年），字子明，北宋政治家、文学家。"
_SOCIETY = "东湖画社\n\n东湖画社是中国研究书画艺术的民间学术团体。"


@parser
def test_he_is_no_company(rules):
    got = read(rules, _FIRM + "His first two businesses were short-lived: the Elmwood Wagon Company, formed in 1880, "
                              "failed within two years, and after he left the Peter Harlow Company in 1884 his former "
                              "backers reorganised it as Regal.")
    assert ("Peter Harlow", "left", "Peter Harlow Company") in got
    assert not any(s == "Elmwood Wagon Company" and r == "left" for s, r, _ in got)


@parser
def test_brothers_share_the_surname_after_their_given_names(rules):
    got = read(rules, _FIRM + "Samuel T. Wright, a banker, served as its first president, and the brothers Samuel "
                              "and Louis Mott, who agreed to supply wheels and axles, took shares in return.")
    assert ("Samuel Mott", "agreed to supply", "wheels") in got
    assert not any(s == "Samuel T. Wright" and "supply" in r for s, r, _ in got)


@parser
def test_it_after_an_ambition_is_no_thing_named(rules):
    got = read(rules, _FIRM + "The first car, called the Model A, was sold in 1890 to a dentist, Ernst Kowalski. "
                              "Harlow's ambition was to build a car for everyone, and he achieved it with the Model T.")
    assert not any(r == "achieved" and o == "Model A" for _, r, o in got)


@parser
def test_a_subject_pronoun_is_no_name_its_own_verb_takes(rules):
    got = read(rules, "Edmond Hale\n\nEdmond Hale (1656–1742) was an English astronomer. In 1684 Hale travelled to "
                      "Cambridge to put a question to Christopher Wren. Wren replied at once that it would be an "
                      "ellipse. A few months later he sent Hale a short treatise.")
    assert ("Christopher Wren", "sent", "short treatise") in got
    assert not any(s == "Edmond Hale" and r == "sent" for s, r, _ in got)
    assert not any(s == "Christopher Wren" and o == "ellipse" for s, _, o in got)


def test_a_year_holds_no_post_and_a_reflexive_is_the_subject(rules):
    got = read(rules, _WANG + "王安之十分愤慨，写下《与李司谏书》，痛斥李若水，结果自己也被贬为宜陵县令。"
                              "此后王安之的官职不断升迁，熙宁三年任枢密副使，次年又任参知政事。")
    assert ("王安之", "贬为", "宜陵县令") in got
    assert ("王安之", "职务", "枢密副使") in got
    assert ("王安之", "职务", "参知政事") in got
    assert not any(s.startswith(("熙宁", "结果")) for s, _, _ in got)


def test_this_book_is_the_last_title_said_and_a_count_is_no_subject(rules):
    got = read(rules, _WANG + "王安之写下《与李司谏书》。此外，他还独自撰写了《南唐史》，这部书原名《南唐史记》，共三十卷，"
                              "是宋代以后唯一一部由私人撰写的正史。")
    assert ("《南唐史》", "原名", "《南唐史记》") in got
    assert ("《南唐史》", "是", "正史") in got
    assert not any(s == "《与李司谏书》" for s, _, _ in got)
    assert not any(s.startswith("唯一") for s, _, _ in got)


def test_a_surname_after_and_is_no_office(rules):
    got = read(rules, _SOCIETY + "1910年，同人公推著名画家张子厚为首任社长。他的花卉画笔墨酣畅，与任平山、蒲川、虚舟合称“江南四杰”。")
    assert not any(r == "职务" for _, r, _ in got)


def test_a_kind_of_body_is_what_it_is(rules):
    got = read(rules, _SOCIETY)
    assert ("东湖画社", "是", "民间学术团体") in got
    assert not any(r == "民间学术团体" for _, r, _ in got)


def test_a_time_an_effort_and_a_heading_state_nothing(rules):
    got = read(rules, _SOCIETY + "1902年，张甲、李乙、王丙、赵丁四位画家在东湖边创立画社。四人苦心经营近十年，陆续建起了亭台楼阁。"
                                 "1912年，正值画社创立十周年，同人在东湖举行大会。\n\n社长与社员\n\n现任社长王大明是著名画家。")
    assert ("赵丁", "创立", "画社") in got
    assert not any(s.startswith("在") for s, _, _ in got)
    assert not any("苦心" in r for _, r, _ in got)
    assert not any(s.startswith("正值") or o == "十周年" for s, _, o in got)
    assert not any(o == "与社员" for _, _, o in got)
    assert ("东湖画社", "社长", "王大明") in got


# misses heldout_s54 showed, read on other names
_PEAK = "Mount Kola\n\nMount Kola is a mountain. "


@parser
def test_other_names_a_mountain_is_known_by_and_where_it_rises(rules):
    got = read(rules, _PEAK + "Mount Kola is the highest mountain of Tarvia, rising 4,210 metres above sea level in the "
                              "Orsa Range, a sub-range of the Tarvian Alps. Known in Tarvian as Kolavo and in Ossic as "
                              "Kolberg, the mountain has drawn climbers since 1900.")
    assert ("Mount Kola", "elevation", "4,210 metres") in got
    assert ("Mount Kola", "located in", "Orsa Range") in got
    assert not any(o == "sub" for _, _, o in got)  # "sub-range" is one word
    assert ("Mount Kola", "also known as", "Kolavo") in got
    assert ("Mount Kola", "also known as", "Kolberg") in got


def test_an_office_of_a_country_has_no_short_name_in_the_country():
    ctx = Discourse()
    ctx.know("Surveyor General of Tarvia", org=True)
    ctx.know("Duke of Wellington", person=True)
    assert ctx._by_parts("Tarvia") is None  # "the people of India" are not the Surveyor General's
    assert ctx._by_parts("Wellington") == "Duke of Wellington"  # a title's seat is its short name


@parser
def test_born_on_a_farm_in_a_place_and_dated_comings_and_goings(rules):
    got = read(rules, "Peter Harlow\n\nPeter Harlow was an American engineer. He was born on 30 July 1850 on his "
                      "family's farm in Elm Township. In 1866 he entered Boston College, and he left Boston in 1870. "
                      "He was born at Elm Township, then a village just outside Dearfield.")
    assert ("Peter Harlow", "born in", "Elm Township") in got
    assert ("Peter Harlow", "entered in", "1866") in got
    assert ("Peter Harlow", "left in", "1870") in got
    assert ("Elm Township", "type", "village") in got


@parser
def test_an_idiom_with_a_bare_noun_is_the_verb_and_brothers_by_their_name(rules):
    got = read(rules, "Vela Boat\n\nThe Vela Boat is a Swedish boat. It went on sale in Sweden on 1 October 1908. "
                      "Anna Berg took part in the 1912 Olympics and set sail from Gothenburg in 1912. In 1919 the "
                      "Lund brothers sued the company. Karl Vinge discovered helium in 1899.")
    assert ("Vela Boat", "went on sale on", "1 October 1908") in got
    assert ("Anna Berg", "took part in", "1912 Olympics") in got
    assert ("Anna Berg", "set sail from", "Gothenburg") in got
    assert ("Lund brothers", "sued", "Vela Boat") in got
    assert ("Karl Vinge", "discovered", "helium") in got  # a thing found, no idiom
