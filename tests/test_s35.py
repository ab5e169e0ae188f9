"""Misreadings the thirty-second session's unseen documents (heldout_s35) showed, tested on other
names: an institution joined "in" a place; where a place lies from another ("north of"); who
wrote a work's libretto, said in its apposition; whom a work "brought" success; the second of two
classes joined by "and" ("an innkeeper and butcher"), after a name and after a parent's name; a
parent's class given to the child; a second marriage in Chinese (再嫁); each class of a Chinese
list after 是; a place after "of" in a name, no surname. The class
before "whose" ("a singer whose elder sister Josefina …") was lost only where the parser hung
"whose" one word down, which other names do not reproduce: that test is a control."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_class_before_whose_and_a_noun_is_kept(rules):
    got = read(rules, "Lars Holm was a Danish painter. In 1880 he married Clara Winther, a pianist whose younger "
                      "sister Ingrid, an actress, had been the object of his unrequited love.")
    assert ("Clara Winther", "occupation", "pianist") in got
    assert not any(s == "Lars Holm" and o == "pianist" for s, _, o in got)


@parser
def test_both_classes_joined_by_and_in_an_apposition(rules):
    got = read(rules, "Lars Holm was a Danish painter. In Bergen he met Karl Dahl, a baker and brewer who lived near the harbour.")
    assert {("Karl Dahl", "occupation", "baker"), ("Karl Dahl", "occupation", "brewer")} <= got


@parser
def test_a_parents_classes_are_the_parents(rules):
    got = read(rules, "Lars Holm was a Danish painter. He was the second of five children of Nils Holm, a miller and "
                      "innkeeper who also kept bees.")
    assert {("Nils Holm", "occupation", "miller"), ("Nils Holm", "occupation", "innkeeper")} <= got
    got = read(rules, "Eva Lind was a Swedish chemist. She was the daughter of Per Lind, a carpenter and amateur bird watcher.")
    assert ("Per Lind", "occupation", "carpenter") in got
    assert not any(s == "Eva Lind" and r == "occupation" and "watcher" in o for s, r, o in got)


@parser
def test_whom_a_work_brought_success_is_not_what_it_brought(rules):
    got = read(rules, "Lars Holm was a Danish painter. In 1890 his large canvas The Harbour at Dawn brought him his "
                      "first real success.")
    assert not any(r == "brought" and o == "Lars Holm" for _, r, o in got)
    # a person brought somewhere is still brought
    got = read(rules, "Lars Holm was a Danish painter. In 1895 Karen Dahl brought him to Paris.")
    assert any(s == "Karen Dahl" and r.startswith("brought") and o in ("Lars Holm", "Paris") for s, r, o in got)


@parser
def test_who_made_a_work_named_in_its_apposition(rules):
    got = read(rules, "Lars Holm was a Danish painter. Blue Lake, an opera to a libretto by Karl Dahl, was first staged in "
                      "1905. Green Hill, a novel by Anna Berg, was published in 1901.")
    assert ("Blue Lake", "libretto by", "Karl Dahl") in got
    assert ("Green Hill", "novel by", "Anna Berg") in got
    # a person's "by" is no work of anyone's
    got = read(rules, "Lars Holm was a Danish painter. He met Karl Dahl, a chemist by training, in Oslo.")
    assert not any(r.endswith(" by") for _, r, _ in got)


@parser
def test_where_a_place_lies_from_another(rules):
    got = read(rules, "Lars Holm was a Danish painter. He was born in Vikby, a village north of Bergen. "
                      "Holm Church rises above the fields about 40 kilometres southwest of Oslo.")
    assert ("Vikby", "north of", "Bergen") in got
    assert ("Holm Church", "southwest of", "Oslo") in got
    assert not any(r in ("north of", "southwest of") and s == "Lars Holm" for s, r, _ in got)
    # after a place the sentence named, the place is what lies there
    got = read(rules, "The Holm Race is a cycling race. The first race started in 1903 at Vikby, just south of Bergen, "
                      "and covered 300 kilometres.")
    assert ("Vikby", "south of", "Bergen") in got
    assert not any(r == "south of" and s != "Vikby" for s, r, _ in got)


@parser
def test_an_institution_joined_in_a_place_lies_there(rules):
    got = read(rules, "Lars Holm was a Danish chemist. After the war he joined the Central Research Laboratory in Aarhus. "
                      "In 1950 he joined Karen Dahl in Odense.")
    assert ("Central Research Laboratory", "located in", "Aarhus") in got
    assert not any(s == "Karen Dahl" and r == "located in" for s, r, _ in got)  # a person met there


def test_a_place_after_of_in_a_name_is_no_surname():
    from graphrag.backing import named_in

    # "Which Berlin publisher …" is answered by "Fritz Simrock of Berlin": the question does not name him
    assert not named_in("Which Vienna publisher did Ann Lee sign with?", "Karl Haas of Vienna")
    assert named_in("When did Haas die?", "Karl Haas")


def test_a_second_marriage_in_chinese(rules):
    # "1132年，她在杭州再嫁张汝舟": she married again; "改嫁给" likewise
    got = read(rules, "王芳是清代画家。1801年，她嫁给书生赵启。1832年，她在苏州再嫁钱文，不久两人离异。")
    assert {("王芳", "配偶", "赵启"), ("王芳", "配偶", "钱文")} <= got
    got = read(rules, "王芳是清代画家。1950年，王芳改嫁给李刚。")
    assert ("王芳", "配偶", "李刚") in got


def test_each_class_of_a_chinese_list_after_shi(rules):
    # "是中国著名的地质学家、教育家和社会活动家": three classes, none cut to "和教育家"
    got = read(rules, "王明，字子安，是中国著名的化学家、翻译家和诗人，被称为近代化学的先驱。")
    assert {("王明", "是", "化学家"), ("王明", "是", "翻译家"), ("王明", "是", "诗人")} <= got
    got = read(rules, "赵刚是清朝后期的画家和书法家。")
    assert {("赵刚", "是", "画家"), ("赵刚", "是", "书法家")} <= got
    assert not any(o.startswith("和") for _, _, o in got)
