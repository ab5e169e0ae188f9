"""Misreadings heldout_s51's hand check found (read as dev material in the forty-ninth session), tested on other
names: "guarded by the Yeoman Warders, popularly called Beefeaters" named the Tower; "Graham, who lent him money to
build a sea clock" made the lender the builder; "Montagu Norman, Governor from 1920 to 1944. Under him …" gave "him"
to a man named before; "returned to the gold standard in 1925, only to abandon it" abandoned the bank; "the
government brought the bank into public ownership; it was nationalised" nationalised the country; "Its oldest
building is the White Tower, a great keep begun by … The work was supervised by … The building owes its name to …"
gave the keep's building and name to the castle; "the gates are locked" locked the one gate named; "the Sovereign's
Sceptre with Cross, which holds …" was said of "Cross". Chinese: "它高5.54
米，面阔4.4米" after a hall gave the hall's measures to the mountain, and 宣和 was split at its 和."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_CASTLE = "Castle Dunmore\n\nCastle Dunmore is a historic fortress on the north bank of the River Tay. "
_BANK = "Bank of Leith\n\nThe Bank of Leith is the central bank of Scotland. "


@parser
def test_a_name_given_after_the_agent_is_the_agents(rules):
    got = read(rules, _CASTLE + "The castle is guarded by the Royal Wardens, popularly called Greycoats, who live "
                                "inside its walls.")
    assert ("Royal Wardens", "called", "Greycoats") in got
    assert ("Castle Dunmore", "called", "Greycoats") not in got


@parser
def test_who_is_given_the_means_does_what_they_are_for(rules):
    got = read(rules, "Peter Brand\n\nPeter Brand was an English carpenter and clockmaker. He was born in Leeds in "
                      "1693. In 1730 he met the instrument maker Samuel Crane, who lent him money to build a marine "
                      "clock.")
    assert ("Peter Brand", "build", "marine clock") in got
    assert ("Samuel Crane", "build", "marine clock") not in got


@parser
def test_a_name_with_a_role_apposed_is_a_person_for_a_him_that_follows(rules):
    got = read(rules, _BANK + "Its role in crises was defined by Arthur Kemble, editor of The Northern Review, who "
                              "argued that a bank should lend freely. In the twentieth century the bank was dominated "
                              "by Oswald Grey, Governor from 1920 to 1944. Under him Scotland returned to the silver "
                              "standard in 1925.")
    assert ("Scotland", "returned under", "Oswald Grey") in got
    assert ("Scotland", "returned under", "Arthur Kemble") not in got


@parser
def test_it_after_only_to_is_what_the_clause_it_hangs_on_reached(rules):
    got = read(rules, _BANK + "Scotland returned to the silver standard in 1925, only to abandon it in 1931.")
    assert ("Scotland", "abandon", "silver standard") in got
    assert ("Scotland", "abandon", "Bank of Leith") not in got
    got = read(rules, "Tom Hill\n\nTom Hill was a Scottish banker. He bought the Glen Estate in 1850, only to sell it "
                      "in 1860. He died in 1871.")
    assert ("Tom Hill", "sell", "Glen Estate") in got


@parser
def test_the_topic_an_unnamed_doer_acted_on_is_the_next_it(rules):
    got = read(rules, _BANK + "Scotland returned to the silver standard in 1925. After the war the government of "
                              "Clement Attlee brought the bank into public ownership; it was nationalised on 1 March 1946.")
    assert ("Bank of Leith", "nationalised on", "1 March 1946") in got
    assert ("Scotland", "nationalised on", "1 March 1946") not in got


@parser
def test_the_building_and_the_work_of_a_named_building_are_not_the_castles(rules):
    got = read(rules, _CASTLE + "Its oldest and most prominent building is the Grey Keep, a massive stone tower begun "
                                "by Robert the Bruce in 1320. The work was supervised by Walter Innes, Bishop of Perth. "
                                "The building owes its name to King David II, who had it painted grey in 1360.")
    assert ("Grey Keep", "owes to", "King David II") in got
    assert not any(s == "Castle Dunmore" and r in ("owes to", "supervised by", "painted") for s, r, _ in got)


@parser
def test_the_gates_are_not_the_one_gate_named(rules):
    got = read(rules, _CASTLE + "Prisoners were brought in through Water Gate. Every night the gates are locked in the "
                                "Ceremony of the Lantern.")
    assert not any(s == "Water Gate" and r == "locked in" for s, r, _ in got)
    got = read(rules, "Tatra Mountains\n\nThe Tatra Mountains are a range in Poland. The mountains rise to 2,655 metres.")
    assert ("Tatra Mountains", "elevation", "2,655 metres") in got  # a plural name is still its own class


@parser
def test_a_name_joined_by_with_is_what_its_clause_tells_of(rules):
    got = read(rules, _CASTLE + "The Crown Jewels are kept in the castle. Among them is the Royal Staff with Orb, which "
                                "holds the Star of Leith diamond.")
    assert ("Royal Staff", "holds", "Star of Leith diamond") in got
    assert ("Orb", "holds", "Star of Leith diamond") not in got


def test_it_opening_a_sentence_after_a_hall_gives_the_hall_its_measures(rules):
    got = read(rules, "黄鹤山\n\n黄鹤山位于湖北。在众多建筑中，最引人注目的是山顶的铜殿。铜殿建于永乐十年（1412年），外表鎏金。"
                      "它高6.2米，面阔5.1米，殿内供奉着铜像。")
    assert ("铜殿", "面阔", "5.1米") in got
    assert ("铜殿", "高", "6.2米") in got
    assert not any(s == "黄鹤山" and r in ("面阔", "高") for s, r, _ in got)


def test_a_name_before_a_one_character_measure_is_its_owner(rules):
    got = read(rules, "黄鹤山\n\n黄鹤山位于湖北。山顶有铜殿。铜殿高6.2米。金塔高9米。")
    assert ("铜殿", "高", "6.2米") in got and ("金塔", "高", "9米") in got
    assert not any(s == "黄鹤山" and r.endswith("高") for s, r, _ in got)


def test_a_reign_named_with_he_is_not_split(rules):
    got = read(rules, "黄鹤山\n\n黄鹤山位于湖北。位于云台峰下的玉虚宫始建于北宋宣和年间，明代重建。")
    assert not any(o in ("北宋宣", "年间") for _, _, o in got)
