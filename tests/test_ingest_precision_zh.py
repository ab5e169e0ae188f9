"""Precision rules for Chinese prose, on sentences of their own (no name or wording of any
bench document)."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401 (rules is a fixture)


def test_ji_you_names_the_subject_and_a_while_clause_names_no_post(rules):
    got = read(rules, "南溪书院\n\n南溪书院是福建的一所书院。南溪书院既是当地最高学府，又是当时的藏书中心。1920年，王德明担任书院山长。"
                      "王德明担任藏书楼主任期间，青年李文曾在楼里做过抄写员。")
    assert ("南溪书院", "是", "当地最高学府") in got  # 既 is no part of the name
    assert not any(s.endswith("既") for s, _, _ in got)
    assert not any(o.endswith("期间") or o == "期间" for _, _, o in got)  # "while he was …" is no post
    assert ("王德明", "职务", "书院山长") in got


def test_an_adverb_after_a_name_is_no_part_of_it(rules):
    got = read(rules, "明远公司\n\n明远公司是一家通信设备公司。最初，它是一家代理商。北海公园原是皇家园林。")
    assert ("北海公园", "是", "皇家园林") in got  # 原 (formerly) is no part of the name
    assert not any(s.endswith("原") or s == "最初" for s, _, _ in got)


def test_a_lone_preposition_a_phrase_tail_or_an_adverb_clause_is_no_end(rules):
    got = read(rules, "明远啤酒\n\n明远啤酒是一家啤酒企业。上市后，公司通过收购外地的酒厂迅速扩张。"
                      "诗人李文在送朋友赴任的诗中写下名句。")
    assert not any(x in ("通过",) or x.startswith("的") or x.endswith("扩张") for s, _, o in got for x in (s, o))
    assert not any(r == "职务" for _, r, _ in got)  # 赴任: going to take up someone's post is no post


def test_a_span_of_years_is_no_subject(rules):
    got = read(rules, "明远啤酒\n\n明远啤酒是一家啤酒企业。从1960年起，明远啤酒开始出口，此后多年一直是全省销量最大的啤酒品牌。")
    assert not any(s in ("多年", "此后多年") for s, _, _ in got)


def test_shi_yu_inside_a_name_ending_is_read_whole(rules):
    got = read(rules, "东湖音乐节\n\n东湖音乐节是一个音乐节。每年5月举行的东湖音乐节始于1988年，由当地政府主办。")
    assert ("东湖音乐节", "始于", "1988年") in got
    assert not any(s == "东湖音乐" for s, _, _ in got)


def test_where_two_rivers_meet(rules):
    got = read(rules, "清溪\n\n清溪是福建省西部的一条河流。它向东流经永安市，到三明市与渔塘溪、东溪汇合。"
                      "城中的白塔位于清溪与燕江的汇合处。")
    assert not any(o == "汇合处" for _, _, o in got)
    assert not any(s.startswith("到") for s, _, _ in got)  # 到三明市: where they meet, no subject
    assert ("清溪", "交汇", "渔塘溪") in got and ("清溪", "交汇", "东溪") in got
    assert ("白塔", "位于", "燕江") in got


def test_a_part_of_another_thing_is_no_class_without_it(rules):
    got = read(rules, "清溪\n\n清溪位于福建省西部，是闽江支流沙溪的上游河段。")
    assert not any(r == "是" and o in ("上游河段", "河段") for _, r, o in got)


def test_a_given_name_after_ming_is_no_word_of_the_name(rules):
    got = read(rules, "重阳节\n\n重阳节是中国的传统节日。杜甫名甫，字子美，是唐代的诗人。")
    assert ("杜甫", "名", "甫") in got and ("杜甫", "字", "子美") in got and ("杜甫", "是", "诗人") in got
    assert not any(s.startswith("杜甫名") for s, _, _ in got)


def test_earliest_is_no_word_of_the_subject(rules):
    got = read(rules, "中秋节\n\n中秋节又称月夕。中秋节最初是古代祭月的节日。")
    assert ("中秋节", "是", "节日") in got
    assert not any(s.startswith("中秋节最") for s, _, _ in got)


def test_a_locative_after_a_place_is_no_word_of_it(rules):
    got = read(rules, "大雁塔\n\n大雁塔位于大慈恩寺内，是一座砖塔。")
    assert ("大雁塔", "位于", "大慈恩寺") in got
    assert not any(o.endswith("寺内") for _, _, o in got)


def test_who_found_it_in_a_clause_after_a_while_clause(rules):
    got = read(rules, "大雁塔\n\n大雁塔是一座砖塔。1980年考古队对塔基进行清理时，在地宫中发现了一批铜镜。")
    assert not any(s == "大雁塔" and r == "发现" for s, r, _ in got)
    assert ("考古队", "发现", "一批铜镜") in got


def test_ranked_with_others(rules):
    got = read(rules, "中秋节\n\n中秋节又称月夕，时间在每年农历八月十五，与春节、端阳节并称为中国三大节日。")
    assert ("中秋节", "并称", "中国三大节日") in got
    assert ("中秋节", "时间", "农历八月十五") in got


def test_masterworks_of_the_person_spoken_of(rules):
    got = read(rules, "重阳节\n\n重阳节是中国的传统节日。杜甫名甫，字子美，是唐代的诗人，代表作有《春望》《登高》等。")
    assert ("杜甫", "代表作", "《春望》") in got and ("杜甫", "代表作", "《登高》") in got


def test_a_river_within_a_province(rules):
    got = read(rules, "重阳节\n\n重阳节是中国的传统节日。桓景住在汝河边。汝河在今河南省境内。")
    assert ("汝河", "位于", "河南省") in got


def test_declared_by_a_body(rules):
    got = read(rules, "大雁塔\n\n大雁塔是一座砖塔。1961年，大雁塔被国务院公布为第一批全国重点文物保护单位。"
                      "2010年，它被陕西省政府评为十大名胜。")
    assert ("大雁塔", "公布为", "第一批全国重点文物保护单位") in got
    assert ("国务院", "公布", "大雁塔") in got
    assert ("陕西省政府", "评", "大雁塔") in got  # 它 is still the pagoda, not the body that declared it


def test_a_scholar_before_a_name(rules):
    got = read(rules, "长平之战\n\n长平之战是战国时期的一场战役。学者王国维著有《人间词话》。")
    assert ("王国维", "职业", "学者") in got
    assert not any(s.startswith("学者") for s, _, _ in got)


def test_the_book_a_scholar_states_something_in_is_theirs(rules):
    got = read(rules, "长平之战\n\n长平之战是战国时期的一场战役。学者钱穆在《国史大纲》中则提出，赵国失败的原因在于用人不当。")
    assert ("钱穆", "著作", "《国史大纲》") in got
