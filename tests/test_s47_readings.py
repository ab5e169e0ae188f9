"""Misreadings heldout_s47's hand check found (read as dev material in the forty-fifth session), tested on other
names: "the tomb of his favourite wife, X" makes X a woman even where the tagger calls her name a firm, and a
titled "Prince Y" is a man, so the next "She died …" is hers; "Then X saw that …, so he took …" is X's; "what
path a comet would follow if IT were attracted …" means the unnamed comet; "white light to be a blend" is
white light's; "his father, also named X, a farmer" is the father's; "the beginning of a feud" is no kind of
person; "The SI unit of charge, the coulomb" is the coulomb; "at 15:29 GMT" keeps its hour; "the possibility
that X" is no fact; "the lunar module Intrepid" is a lunar module. Chinese: "，“唐宋八大家”之一" is a group he belongs
to, no trade cut at 唐; "世人又称他为“X”" calls him X; 任内 is no post; "1985年国庆节正式落成" is one date; 当场 is no one;
"前往长安拜见担任宰相的叔父" went to 长安, and the post is the uncle's."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_TOMB = ("The Rose Pavilion\n\nThe Rose Pavilion is a marble tomb on the bank of the Ravi River in Lahore. It was "
         "commissioned in 1641 by the Mughal governor Ali Mardan to house the tomb of {}, and it is widely "
         "considered the finest garden tomb of the city.\n\nZeenat Mahal, whose given name was Zeenat Banu Begum, "
         "had married the young governor, then known as Prince Salim, in 1620. She died in May 1640 at Multan, "
         "where she had followed her husband on a campaign.")


@parser
def test_a_wife_apposed_is_the_she_that_follows_not_her_titled_husband(rules):
    got = read(rules, _TOMB.format("his favourite wife, Zeenat Mahal"))
    assert ("Zeenat Mahal", "died in", "Multan") in got
    assert not any(s == "Prince Salim" and r.startswith("died") for s, r, _ in got)


@parser
def test_a_titled_man_is_no_she(rules):
    got = read(rules, _TOMB.format("Zeenat Mahal"))
    assert not any(s == "Prince Salim" and r.startswith("died") for s, r, _ in got)


@parser
def test_he_after_a_clause_with_a_named_subject_is_that_subject(rules):
    got = read(rules, "Nordlys Expedition\n\nThe Nordlys Expedition was the Norwegian flight that first crossed the "
                      "Arctic by seaplane. On 12 May 1952 the captain, Tom Cooper, and the navigator, Per Lund, brought "
                      "the seaplane Falken down on the ice. Throughout the flight the crew talked with the tower at "
                      "Fornebu in Oslo, where Erik Dahl was the flight director on duty.\n\nThe landing did not go "
                      "smoothly. As Falken approached the ice, its radio failed. Then Cooper saw that the autopilot was "
                      "steering them towards a ridge, so he took manual control and flew on until he found a clear "
                      "stretch of ice.")
    assert ("Tom Cooper", "took", "manual control") in got
    assert not any(s == "Erik Dahl" and r.startswith(("took", "found")) for s, r, _ in got)


@parser
def test_it_after_an_unnamed_comet_is_not_the_book(rules):
    got = read(rules, "Rudolphine Tables\n\nThe Rudolphine Tables owed their existence largely to the astronomer "
                      "Tycho Brahe, who visited Johannes Kepler in Prague in 1600 to ask what path a comet would "
                      "follow if it were attracted to the Sun by a force that weakened with distance.")
    assert ("Tycho Brahe", "visited", "Johannes Kepler") in got
    assert not any(o == "Sun" for _, _, o in got)


@parser
def test_the_object_before_to_be_is_what_is_said_to_be(rules):
    got = read(rules, "Thomas Young\n\nThomas Young was an English physicist. During this period he developed the "
                      "theory of colour vision, began the experiments with lenses that showed white light to be a blend "
                      "of colours, and started to study the eye.")
    assert ("Thomas Young", "occupation", "physicist") in got
    assert not any(o.startswith("blend") for _, _, o in got)


@parser
def test_a_father_also_named_as_his_son_keeps_his_own_trade(rules):
    got = read(rules, "Anton Bruckner\n\nAnton Bruckner was an Austrian composer. Bruckner was born at Ansfelden, "
                      "a village near Linz, some months after the death of his father, also named Anton, a poor "
                      "village schoolmaster.")
    assert ("Anton Bruckner", "occupation", "composer") in got
    assert not any(s == "Anton Bruckner" and "schoolmaster" in o for s, _, o in got)


@parser
def test_the_beginning_of_a_feud_is_no_kind_of_person(rules):
    got = read(rules, "Thomas Young\n\nThomas Young was an English physicist. His paper on light drew sharp criticism "
                      "from Henry Brougham, the beginning of a long feud between the two men.")
    assert not any(s == "Henry Brougham" and o == "beginning" for s, _, o in got)


@parser
def test_a_unit_named_by_its_lowercase_name_is_that_unit(rules):
    got = read(rules, "Charles Coulomb\n\nCharles Coulomb was a French physicist. The SI unit of electric charge, "
                      "the coulomb, is named in his honour.")
    assert ("coulomb", "named after", "Charles Coulomb") in got
    assert not any(s == "unit" for s, _, _ in got)


@parser
def test_a_time_of_day_keeps_its_hour(rules):
    got = read(rules, "Gemini 6\n\nGemini 6 was a crewed spaceflight. The capsule touched down in the Atlantic Ocean "
                      "at 15:29 GMT, and Schirra radioed to Houston.")
    assert ("Gemini 6", "touched down at", "15:29 GMT") in got
    assert not any(o == "GMT" for _, _, o in got)


@parser
def test_what_a_possibility_holds_is_no_fact(rules):
    got = read(rules, "Apollo 12\n\nApollo 12 was a crewed spaceflight. Because doctors could not rule out the "
                      "possibility that the Moon carried germs, the crew were placed in quarantine.")
    assert not any(s == "Moon" for s, _, _ in got)


@parser
def test_one_of_a_quoted_group_is_membership(rules):
    got = read(rules, "苏辙\n\n苏辙是北宋著名的文学家和政治家，“唐宋八大家”之一。")
    assert ("苏辙", "属于", "唐宋八大家") in got
    assert not any(r == "职业" for _, r, _ in got)


@parser
def test_called_him_takes_the_quoted_name_after_it(rules):
    got = read(rules, "欧阳修\n\n欧阳修出生于绵州。因晚年自号六一居士，世人又称他为“六一居士”。")
    assert ("欧阳修", "又称", "六一居士") in got
    assert not any(s == "世人" for s, _, _ in got)


@parser
def test_in_office_is_no_post(rules):
    got = read(rules, "欧阳修\n\n欧阳修出生于绵州。他出任滁州知州，任内整顿吏治。")
    assert ("欧阳修", "职务", "滁州知州") in got
    assert not any(r == "职务" and o != "滁州知州" for _, r, o in got)


@parser
def test_a_festival_after_the_year_is_part_of_the_date(rules):
    got = read(rules, "黄鹤楼\n\n黄鹤楼位于湖北省武汉市。新楼于1981年动工，1985年国庆节正式落成。")
    assert any(r == "落成时间" and o == "1985年国庆节" for _, r, o in got)
    assert not any(s == "国庆节" for s, _, _ in got)


@parser
def test_a_trip_to_see_a_relative_goes_to_the_place(rules):
    got = read(rules, "李白\n\n李白是唐代诗人。年轻的李白前往长安拜见担任宰相的叔父，途经洛阳时应邀赴宴，当场写下了《将进酒》。")
    assert ("李白", "前往", "长安") in got
    assert not any(s == "当场" or r == "职务" or o == "叔父" for s, r, o in got)


@parser
def test_the_noun_right_before_a_name_is_its_kind(rules):
    got = read(rules, "Apollo 12\n\nApollo 12 was a crewed spaceflight. Conrad and Bean brought the lunar module "
                      "Intrepid down on the surface, while Gordon remained aboard the command module Yankee Clipper.")
    assert ("Intrepid", "type", "lunar module") in got
    assert ("Yankee Clipper", "type", "command module") in got
