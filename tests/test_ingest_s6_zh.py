"""Chinese rules added after scoring heldout_s6 once, on sentences of their own (other people,
places and books than the s6 documents)."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401 (rules is a fixture)


def test_positions_sides_and_superlatives_belong_to_the_owner(rules):
    got = read(rules, "太湖\n\n太湖位于江苏省南部，是中国第三大淡水湖。西山岛位于湖的东南部，是湖中最大的岛屿。"
                      "苕溪是最大的入湖河流。太湖四周地势低平：西面是天目山，北面是茅山。")
    assert ("西山岛", "位于", "太湖") in got
    assert ("太湖", "最大岛屿", "西山岛") in got and ("太湖", "最大入湖河流", "苕溪") in got
    assert ("太湖", "西面", "天目山") in got and ("太湖", "北面", "茅山") in got
    assert not any(s in ("西面", "北面") or o == "东南部" for s, _, o in got)
    assert not any(s == "中国第三大淡水湖" for s, _, _ in got)


def test_a_position_on_the_island_is_on_the_topic(rules):
    got = read(rules, "舟山岛\n\n舟山岛是中国第四大岛。定海区位于岛的西南部，普陀山是岛上的最高峰。")
    assert ("定海区", "位于", "舟山岛") in got


def test_demotion_and_the_place_of_banishment(rules):
    got = read(rules, "苏东坡\n\n北宋文学家苏东坡晚年曾被贬至惠州。他因受乌台诗案牵连，被贬为黄州团练副使，安置在黄州。")
    assert ("苏东坡", "被贬至", "惠州") in got
    assert ("苏东坡", "贬为", "黄州团练副使") in got and ("苏东坡", "安置于", "黄州") in got


def test_a_time_of_life_is_no_part_of_the_subject(rules):
    got = read(rules, "苏东坡\n\n苏东坡是北宋文学家。他晚年在常州写成《东坡易传》。")
    assert ("苏东坡", "作品", "《东坡易传》") in got
    assert not any(s.endswith("晚年") for s, _, _ in got)
