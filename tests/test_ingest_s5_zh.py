"""Chinese rules added after scoring heldout_s5 once, on sentences of their own (other people,
places and books than the s5 documents)."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401 (rules is a fixture)


def test_late_hao_present_day_place_and_a_lone_role(rules):
    got = read(rules, "宋应星\n\n宋应星（1587年—1666年），字长庚，晚年自号野叟，江西奉新（今江西省宜春市奉新县）人，明代科学家。")
    assert ("宋应星", "自号", "野叟") in got
    assert ("宋应星", "籍贯", "江西奉新") in got
    assert ("江西奉新", "今属", "江西省宜春市奉新县") in got
    assert ("宋应星", "职业", "科学家") in got
    assert not any(r == "籍贯" and "号" in o for _, r, o in got)


def test_connectives_kin_and_counts_are_no_subjects(rules):
    got = read(rules, "宋应星\n\n宋应星是明代科学家。他的祖父是一名私塾先生。他五次参加会试均未考中，于是决心专心著述。")
    assert not any(s in ("祖父", "五次") for s, _, _ in got)
    assert not any(r == "是" and o.startswith("决心") for _, r, o in got)


def test_the_whole_book_is_the_last_title(rules):
    got = read(rules, "宋应星\n\n宋应星是明代科学家。1637年，他完成了《天工开物》。全书共三卷十八篇，记载了一百三十多项生产技术，"
                      "收录农作物180种，附有插图123幅。")
    assert ("《天工开物》", "收录农作物", "180种") in got
    assert any(s == "《天工开物》" and o == "123幅" for s, _, o in got)
    assert not any(s == "宋应星" and o in ("180种", "123幅") for s, _, o in got)


def test_it_after_an_is_clause_is_that_subject(rules):
    got = read(rules, "九江市\n\n九江市位于江西省北部。明清时期是九江商业的兴盛时期。\n\n修河是流经九江的重要河流，它发源于幕阜山，在永修县注入鄱阳湖。")
    assert ("修河", "发源于", "幕阜山") in got
    assert not any(s.endswith("时期") for s, _, _ in got)


def test_one_character_objects_and_purpose_clauses(rules):
    got = read(rules, "宜兴市\n\n宜兴市是江苏省下辖的县级市。宜兴以紫砂闻名于世。清代设立官窑，专门为宫廷烧制茶具。")
    assert not any(o == "世" for _, _, o in got)
    assert not any(r == "专门" for _, r, _ in got)
    assert ("宜兴市", "隶属于", "江苏省") in got


def test_a_city_with_and_without_shi_is_one_entity(rules):
    rules.begin_document("doc")
    got = [(c.subject, c.relation, c.object) for c in rules.extract("宜兴\n\n宜兴市是江苏省下辖的县级市，以紫砂陶器著称。").candidates]
    assert ("宜兴", "隶属于", "江苏省") in got
    assert not any(s == "宜兴市" for s, _, _ in got)


def test_works_honours_and_nicknames_across_quotes(rules):
    got = read(rules, "徐光启\n\n徐光启（1562年—1633年），字子先，南直隶松江府上海县人，明代科学家。他所著的《农政全书》被誉为“农业百科全书”，"
                      "徐光启也因此被后人尊称为“农圣”。他晚年主持编写了《崇祯历书》。《几何原本》于1607年在北京首次刊行。")
    assert ("徐光启", "籍贯", "南直隶松江府上海县") in got
    assert not any(r == "职业" and o.endswith("人") for _, r, o in got)  # the native place is no occupation
    assert ("徐光启", "著作", "《农政全书》") in got and ("徐光启", "著作", "《崇祯历书》") in got
    assert ("《农政全书》", "誉为", "农业百科全书") in got
    assert ("徐光启", "尊称为", "农圣") in got
    assert ("《几何原本》", "刊行于", "北京") in got and ("《几何原本》", "刊行时间", "1607年") in got
    got = read(rules, "扬州\n\n扬州市是江苏省下辖的地级市，素有“淮左名都”之称。")
    assert ("扬州", "别称", "淮左名都") in got
    got = read(rules, "国安\n\n北京国安足球俱乐部是一家职业足球俱乐部。国安与天津泰达的比赛被称为“京津德比”。")
    assert not any(s == "比赛" for s, _, _ in got)


def test_a_citys_districts_counties_and_seat(rules):
    got = read(rules, "无锡\n\n无锡市是江苏省下辖的地级市。无锡市现辖梁溪区、滨湖区两个市辖区和锡山区，代管县级市江阴市，市人民政府驻梁溪区。")
    assert ("无锡", "隶属于", "江苏省") in got
    assert {o for s, r, o in got if r == "下辖"} == {"梁溪区", "滨湖区", "锡山区"}
    assert ("无锡", "代管", "江阴市") in got and ("无锡", "政府驻地", "梁溪区") in got


def test_sent_to_a_place_to_hold_a_post(rules):
    got = read(rules, "张衡\n\n张衡是东汉的天文学家。他早年在南阳读书，后被推荐到洛阳太史府任职。")
    assert ("张衡", "任职于", "洛阳太史府") in got
    got = read(rules, "王立群\n\n王立群是一名工程师。1990年他调到上海工作。")
    assert ("王立群", "任职于", "上海") in got


def test_places_listed_before_dengdi_are_where_one_went(rules):
    got = read(rules, "徐霞客\n\n徐霞客是明代的地理学家。他曾亲自到黄山、雁荡山、五台山等地考察山川地貌。")
    assert {("徐霞客", "考察于", p) for p in ("黄山", "雁荡山", "五台山")} <= got
