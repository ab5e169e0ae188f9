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


def test_referring_subjects_resolve_or_say_nothing(rules):
    got = read(rules, "王安石\n\n王安石（1021年－1086年），字介甫，北宋政治家。他晚年在半山园写成《字说》，全书共二十四卷。"
                      "父亲去世后，他回乡守丧。此后历任参知政事、同中书门下平章事。他根据江边的螺壳，推断那里曾是湖泊。"
                      "其墓位于今南京市江宁区。")
    assert ("《字说》", "全书", "二十四卷") in got
    assert ("王安石墓", "位于", "江宁区") in got and ("江宁区", "位于", "南京市") in got  # the district, then its city
    assert ("王安石", "职务", "参知政事") in got and ("王安石", "职务", "同中书门下平章事") in got
    assert not any(r == "父亲" for _, r, _ in got)
    assert not any(o == "湖泊" for _, _, o in got)


def test_a_common_name_s_clauses_and_a_body_named_just_before(rules):
    got = read(rules, "太湖\n\n太湖是中国第三大淡水湖。太湖特有的太湖银鱼俗称面条鱼，是湖中重要的经济鱼类，生长很快，据估计每年增重约5克。"
                      "保护区由太湖国家级湿地公园管理处负责管理，管理处设在苏州市吴中区。自2005年起，每年在这里举办环太湖自行车赛，"
                      "该赛事是国内重要的公路自行车赛之一。")
    assert ("太湖银鱼", "是", "经济鱼类") in got and ("太湖银鱼", "每年增重", "5克") in got
    assert not any(s == "太湖" and o in ("经济鱼类", "5克", "公路自行车赛") for s, _, o in got)
    assert ("太湖国家级湿地公园管理处", "设在", "苏州市吴中区") in got


def test_a_dated_event_and_a_plain_verb_with_a_named_object(rules):
    got = read(rules, "王安石\n\n王安石（1021年－1086年），字介甫，北宋政治家。熙宁七年（1074年），王安石出知江宁府。"
                      "元丰三年，他移居金陵。1075年，王安石出使辽国，据理力争。他深受神宗信任。")
    assert ("王安石", "出知", "江宁府") in got and ("王安石", "出知时间", "1074年") in got
    assert ("王安石", "迁居时间", "元丰三年") in got
    assert ("王安石", "出使", "辽国") in got and ("王安石", "出使时间", "1075年") in got
    assert not any(r == "深受" for _, r, _ in got)


def test_a_term_is_no_reign_year(rules):
    got = read(rules, "清风X9净化器\n\n清风X9净化器是一款空气净化器。整机保修一年，电机保修三年。")
    assert not any(r.endswith("时间") for _, r, _ in got)


def test_a_verb_before_the_owner_of_a_count_belongs_to_the_relation(rules):
    got = read(rules, "太湖\n\n太湖是中国第三大淡水湖。注入太湖的河流有二十余条，其中苕溪是最大的入湖河流。")
    assert ("太湖", "注入河流", "二十余条") in got and ("太湖", "最大入湖河流", "苕溪") in got
    assert not any(s.startswith("注入") for s, _, _ in got)
