"""Misses the twenty-eighth session's unseen documents (heldout_s31) showed, tested on other
names: a Chinese subject with a place modifier is the person; "X书写的《Y》" is who wrote the copy."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_a_chinese_subject_said_with_where_it_was_is_the_person(rules):
    # "远在X的Y写成了《Z》": Y, wherever Y was, wrote Z (not "远", what was left once 在… was cut)
    got = read(rules, "望江楼", "望江楼是一座古楼。", "1062年秋，远在杭州的林和靖写成了《望江楼赋》。")
    assert ("林和靖", "作品", "《望江楼赋》") in got
    assert not any(s == "远" for s, _, _ in got)


def test_who_wrote_out_a_copy_of_a_text_is_no_author_of_it(rules):
    got = read(rules, "望江楼", "望江楼是一座古楼。", "楼内珍藏着明代书法家文征书写的《望江楼赋》石刻。",
               "宋琪撰写的《江楼志》共十卷。")
    assert ("文征", "书写", "《望江楼赋》") in got
    assert not any(r == "作者" and o.endswith("书写") for _, r, o in got)  # not "书法家文征书写"
    assert ("《江楼志》", "作者", "宋琪") in got


def test_a_chinese_bridge_named_again_by_its_head_or_by_this_keeps_its_facts(rules):
    # "大桥建成通车", "该桥全长…", "这是一座…桥，全长…": the bridge just named, not the engineer
    # the document is about
    got = read(rules, "林卫东", "林卫东是桥梁专家。", "1950年，省里决定在柳州修建柳江大桥。1954年5月1日，大桥建成通车。",
               "这是一座上层走汽车、下层走火车的双层两用桥，全长1453米，也是中国人自己设计并主持建造的大型桥梁。")
    assert {("柳江大桥", "建成通车时间", "1954年5月1日"), ("柳江大桥", "是", "双层两用桥"), ("柳江大桥", "全长", "1453米"),
            ("柳江大桥", "建造者", "中国人")} <= got
    assert not any(s == "林卫东" and r == "全长" for s, r, _ in got)
    short = read(rules, "林卫东", "林卫东是桥梁专家。", "1954年，柳江大桥建成通车。该桥全长1453米。")
    assert ("柳江大桥", "全长", "1453米") in short


def test_a_degree_got_soon_after_going_to_a_school_is_from_that_school(rules):
    got = read(rules, "林卫东", "林卫东是桥梁专家。", "1930年，他赴美国哈伦大学攻读桥梁专业，仅用一年便获得硕士学位。")
    assert ("林卫东", "获得硕士学位", "美国哈伦大学") in got
