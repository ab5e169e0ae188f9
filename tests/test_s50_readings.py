"""Misreadings heldout_s50's hand check found (read as dev material in the forty-eighth session), tested on other
names: "Sir X, 1st Baronet (1778 – 1829), was …" made the rank the man, so that the text's later "Davy" went to his
father, the one full name holding it ("William Parker, 4th Baron Monteagle" is called "Monteagle" later); "the
library outgrew its buildings, and the New X was built …. The king opened it" opened the library; "a long room was
built …; completed in 1488, it is still called …" gave the room's year and name to the last person named; "a
storage facility near Bedford, which opened in 2010" opened the town; "Its copy of the First Folio has a curious
history: the library sold it" sold the last thing named; "took him on as superintendent" made the taker the
superintendent; "the Mill Bridge at Hereford, another cast-iron arch" made the town an arch; "The bridge was closed"
(its subject hung on "was") let "it" mean the last bridge named; "a sketch by the artist X, rediscovered in 1997"
rediscovered the artist. Chinese: 使之 and "赣江和" are no subjects, and "母亲吴氏生活无依，改嫁…" is the mother's
remarriage, not her son's."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_LIBRARY = "Hartwell Library\n\nThe Hartwell Library is the main library of the University of Leeds. "


@parser
def test_a_rank_after_the_name_is_no_name(rules):
    got = read(rules, "Edward Stanley\n\nEdward Stanley, 14th Earl of Derby (29 March 1799 – 23 October 1869), was a "
                      "British statesman. Stanley was born at Knowsley Hall. His father, Edward Smith-Stanley, 13th "
                      "Earl of Derby, was a naturalist. Stanley died at Knowsley in 1869.")
    assert ("Edward Stanley", "born on", "29 March 1799") in got
    assert ("Edward Stanley", "occupation", "statesman") in got
    assert ("Edward Stanley", "\x00alias", "Derby") in got  # the first earl named; his father's title is his too
    assert not any("Earl" in s or "Earl" in o for s, _, o in got)


@parser
def test_the_thing_built_in_a_later_clause_is_the_next_it(rules):
    got = read(rules, _LIBRARY + "In the twentieth century the library outgrew its old buildings, and the New Hartwell, "
                                 "designed by Sir Giles Scott, was built between 1937 and 1940. King George VI formally "
                                 "opened it in 1946.")
    assert ("King George VI", "opened", "New Hartwell") in got
    assert ("King George VI", "opened", "Hartwell Library") not in got
    got = read(rules, _LIBRARY + "The physician John Marsh, who died in 1714, left money for a new library, and the Marsh "
                                 "Rotunda, a domed circular building designed by James Gibbs, was built to house it between "
                                 "1737 and 1749. It was the first circular library in England.")
    assert ("Marsh Rotunda", "type", "circular library") in got
    assert ("Hartwell Library", "type", "circular library") not in got


@parser
def test_it_after_an_unnamed_thing_made_is_that_thing(rules):
    got = read(rules, _LIBRARY + "In the early fourteenth century Thomas Cobb left it a small collection. To house them a "
                                 "long room was built above the chapel; completed in 1488, it is still called Lord Grey's Room.")
    assert ("Thomas Cobb", "left", "small collection") in got
    assert not any(o in ("1488", "Lord Grey's Room") for _, _, o in got)


@parser
def test_a_clause_after_a_place_near_a_building_is_the_buildings(rules):
    got = read(rules, _LIBRARY + "Most of its stock is kept in a Book Storage Facility near Bedford, which opened in 2010 "
                                 "and has some 153 miles of shelving.")
    assert ("Book Storage Facility", "opened in", "2010") in got
    assert not any(s == "Bedford" for s, _, _ in got)


@parser
def test_it_after_a_copy_of_a_work_is_the_work(rules):
    got = read(rules, _LIBRARY + "Most of its stock is kept in a Book Storage Facility near Bedford.\n\nIts copy of the "
                                 "Shakespeare First Folio has a curious history: the library received it in 1623, sold it "
                                 "as a duplicate after the Third Folio arrived in 1664, and bought it back in 1906.")
    assert ("Hartwell Library", "sold", "Shakespeare First Folio") in got
    assert not any(o in ("Book Storage Facility", "Bedford") for _, r, o in got if r in ("sold", "received"))


@parser
def test_a_post_taken_on_as_is_the_one_taken_ons(rules):
    got = read(rules, "John Hartley\n\nJohn Hartley was an English chemist. In 1798 the physician Thomas Bell took him on "
                      "as superintendent of the Medical Institution, which Bell had set up in Bristol.")
    assert ("Medical Institution", "superintendent", "John Hartley") in got
    assert ("Medical Institution", "superintendent", "Thomas Bell") not in got


_BRIDGE = ("Elm Bridge\n\nThe Elm Bridge is a cast-iron bridge across the River Wye. The bridge opened to traffic on "
           "1 January 1781. In the same year the Mill Bridge at Hereford, another cast-iron arch, was opened with a "
           "span more than twice as long.\n\n")


@parser
def test_another_after_a_place_tells_of_the_thing_placed(rules):
    got = read(rules, _BRIDGE + "He was born in Marton, a village near Leeds.")
    assert ("Mill Bridge", "type", "cast-iron arch") in got
    assert not any(s == "Hereford" for s, r, _ in got if r == "type")


@parser
def test_the_subject_the_parser_hung_on_was_is_the_verbs(rules):
    got = read(rules, _BRIDGE + "The movement of the steep banks of the gorge has troubled the bridge since its earliest "
                                "years. The bridge was closed to vehicles in 1934, the same year in which it was "
                                "designated a Scheduled Ancient Monument.")
    assert ("Elm Bridge", "designated", "Scheduled Ancient Monument") in got
    assert ("Mill Bridge", "designated", "Scheduled Ancient Monument") not in got


@parser
def test_chinese_a_causative_and_a_cut_list_are_no_subjects(rules):
    got = read(rules, "兴渠\n\n兴渠是广西的一条运河。它沟通了属于长江水系的赣江和属于珠江水系的桂江，是世界上现存最古老的运河之一。"
                      "坝平时拦蓄河水，抬高水位，使之分别流入东渠和西渠。")
    assert ("兴渠", "是", "运河") in got
    assert not any(s in ("使之", "赣江和") for s, _, _ in got)


@parser
def test_chinese_clauses_after_a_kin_and_her_name_are_hers(rules):
    got = read(rules, "王安石\n\n王安石是北宋政治家。王安石两岁时，父亲王益病逝于江宁任上，母亲吴氏生活无依，改嫁青州人李文远。"
                      "少年时代，他在山中读书。")
    assert ("王安石", "母亲", "吴氏") in got
    assert not any(s == "王安石" and r == "配偶" for s, r, _ in got)
    assert any(s == "吴氏" and r == "配偶" and "李文远" in o for s, r, o in got)


@parser
def test_a_participle_after_a_work_by_someone_is_the_works(rules):
    got = read(rules, _BRIDGE + "The earliest known picture of the bridge is a watercolour sketch by the Swedish artist "
                                "Karl Berg, rediscovered in Uppsala in 1997.")
    assert ("Karl Berg", "occupation", "artist") in got
    assert not any(s == "Karl Berg" and r.startswith("rediscovered") for s, r, _ in got)
