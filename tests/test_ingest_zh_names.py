"""Chinese rules for names, origins and occupations (issue #15, Chinese recall), tested on other names and wording."""
from __future__ import annotations

from graphrag.ingest.extractors.base import ALIAS

from ingest_reading import read, rules  # noqa: F401


def test_courtesy_and_former_names_are_facts_not_aliases(rules):
    got = read(rules, "陆游\n\n陆游，字务观，号放翁，世称陆放翁，越州山阴（今属浙江）人，南宋著名的文学家、史学家。")
    assert ("陆游", "字", "务观") in got and ("陆游", "号", "放翁") in got and ("陆游", "世称", "陆放翁") in got
    assert not any(r == ALIAS and o in ("务观", "放翁") for _, r, o in got)  # an alias would fold the fact into a loop
    assert ("越州山阴", "今属", "浙江") in got
    assert ("陆游", "朝代", "南宋") in got and not any(r == "籍贯" and "南宋" in o for _, r, o in got)
    got = read(rules, "杨万里\n\n杨万里，字廷秀，吉州吉水人，南宋著名的诗人。")
    assert not any(r == "籍贯" and "诗" in o for _, r, o in got)  # "著名的诗人" is no native place
    got = read(rules, "宁州\n\n宁州古称“西平”，别称凤城、柳城，简称“宁”，是南方的一座古城。")
    assert ("宁州", "古称", "西平") in got and ("宁州", "别称", "凤城") in got and ("宁州", "别称", "柳城") in got
    assert ("宁州", ALIAS, "宁") in got  # a short form stays an alias: the text goes on to use it


def test_a_given_name_beside_a_courtesy_name_and_words_cut_by_quotes(rules):
    got = read(rules, "顾炎武\n\n顾炎武（1613年—1682年），名绛，字宁人，明末清初思想家。他画了一张“工”字形图。")
    assert ("顾炎武", "名", "绛") in got and ("顾炎武", "字", "宁人") in got
    assert not any(r == "字" and o.startswith("形") for _, r, o in got)


def test_a_bracketed_other_name_is_of_the_name_before_the_bracket(rules):
    got = read(rules, "郦道元\n\n郦道元是北魏地理学家。他为古书作注，写成《水经注》（又名《水经注疏》），流传至今。")
    assert ("《水经注》", "又名", "《水经注疏》") in got
    assert not any(s == "郦道元" and r == "又名" for s, r, _ in got)


def test_ancestral_home(rules):
    got = read(rules, "林巧稚\n\n林巧稚（1901年－1983年），祖籍福建同安，出生于厦门鼓浪屿，是中国妇产科医学家。")
    assert ("林巧稚", "祖籍", "福建同安") in got
    got = read(rules, "福瑞斋\n\n创始人王德顺原籍山东济南，后迁居天津。")
    assert ("王德顺", "祖籍", "山东济南") in got
    got = read(rules, "晋江\n\n晋江是著名的侨乡，祖籍晋江的华侨约三百万人。")
    assert not any(r == "祖籍" for _, r, _ in got)  # others' origin, said in a modifier


def test_an_occupation_country_and_dynasty_before_a_name(rules):
    got = read(rules, "《天工开物》\n\n《天工开物》是一部技术百科全书，作者是明代科学家宋应星。"
                      "德国化学家李比希发现书中记有多种工艺，美国物理学家费曼曾经读过它。")
    assert ("宋应星", "职业", "科学家") in got and ("宋应星", "朝代", "明代") in got
    assert ("李比希", "职业", "化学家") in got and ("李比希", "国籍", "德国") in got
    assert ("费曼", "职业", "物理学家") in got and ("费曼", "国籍", "美国") in got
    got = read(rules, "申江队\n\n球队的功勋教练李明带队夺冠，队长的父亲张强也是球迷。")
    assert not any(r == "职业" for _, r, _ in got)  # a coach of that team, a father of someone: posts and ties


def test_a_body_or_building_that_came_to_be_on_a_date(rules):
    got = read(rules, "江城大学\n\n1952年，江城师范学院在武昌成立，李某任院长。1936年，位于珞珈山的图书馆大楼建成，成为校园的中心。"
                      "1990年，江城科技馆在东湖落成开放。此后，江城档案馆于2005年6月正式开馆接待读者。")
    assert ("江城师范学院", "成立时间", "1952年") in got and ("江城师范学院", "成立于", "武昌") in got
    assert ("图书馆大楼", "建成时间", "1936年") in got and ("图书馆大楼", "位于", "珞珈山") in got
    assert ("江城科技馆", "落成时间", "1990年") in got and ("江城科技馆", "位于", "东湖") in got
    assert not any(r == "位于时间" for _, r, _ in got)  # the date is the coming to be, not the place
    assert ("江城档案馆", "开馆时间", "2005年6月") in got
    got = read(rules, "江城大学\n\n同年，学校成立。新馆于1929年动工。")
    assert not any(o in ("1929年",) or s in ("学校", "新馆") for s, _, o in got)  # which school, which new building


def test_a_name_of_praise_in_a_clause_that_opens_with_bei(rules):
    got = read(rules, "茅以升\n\n茅以升（1896年1月9日—1989年11月12日），中国土木工程学家、桥梁专家，被誉为“中国现代桥梁之父”和“桥圣”。"
                      "1937年，钱塘江大桥建成。这一时期南开大学发展迅速，被美国学者费正清称为“民主堡垒”。"
                      "他所著的《中国桥梁史》被英国学者李约瑟誉为“桥梁学的经典”。")
    assert ("茅以升", "誉为", "中国现代桥梁之父") in got and ("茅以升", "誉为", "桥圣") in got
    assert ("南开大学", "称为", "民主堡垒") in got
    assert ("《中国桥梁史》", "誉为", "桥梁学的经典") in got
    got = read(rules, "同济堂\n\n其中清心丸被称为“三宝”之一，价格昂贵。1952年院系调整时，学校成为工科大学，被誉为“工程师的摇篮”。")
    assert not any(o in ("三宝", "工程师的摇篮") for _, _, o in got)  # one of a class; a sentence with no named subject


def test_what_a_named_subject_became(rules):
    got = read(rules, "南开大学\n\n1935年，南开学生在运动中发挥了作用，南开大学也因此成为华北抗日救亡的中心。"
                      "1990年，化学家王立新出任校长，成为该校第一位女校长。院系调整后，天津工学院成为一所以工科为主的大学。"
                      "海河后来成为她诗中常见的意象。“马蹄湖畔”后来成为南开八景之一。")
    assert ("南开大学", "成为", "华北抗日救亡的中心") in got
    assert ("天津工学院", "成为", "以工科为主的大学") in got
    assert not any(s in ("海河", "马蹄湖畔") or r.endswith("成") for s, r, _ in got)  # no name; a pronoun; "学校成"
