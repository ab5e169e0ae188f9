"""Chinese rules for what heldout_s19 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_a_name_that_opens_with_an_adverbs_character_keeps_it(rules):
    # (heldout_s19: 都江堰 became 江堰, 都 read as "all"): the segmenter reads 都江堰, 约旦河 as one word
    got = read(rules, "水利工程\n\n约旦河发源于黑门山。都江堰建于战国时期。")
    assert ("约旦河", "发源于", "黑门山") in got and ("都江堰", "成立于", "战国时期") in got
    assert not any(s in ("旦河", "江堰") for s, _, _ in got)
    got = read(rules, "李冰\n\n李冰是战国时期的水利专家。随后又到成都任职。")
    assert ("李冰", "任职于", "成都") in got  # a lead adverb that is its own word still goes


def test_a_verb_with_yu_the_segmenter_tags_otherwise_or_reads_as_one_word(rules):
    # 圆寂 is tagged an adjective, 葬于 one word: neither was read
    got = read(rules, "鉴真\n\n鉴真是唐代高僧。鉴真圆寂于唐招提寺。他葬于扬州。")
    assert ("鉴真", "圆寂于", "唐招提寺") in got and ("鉴真", "葬于", "扬州") in got


def test_a_place_in_a_city_of_a_province_gives_both_steps(rules):
    got = read(rules, "瘦西湖\n\n瘦西湖位于江苏省扬州市西北部。")
    assert ("瘦西湖", "位于", "扬州市") in got and ("扬州市", "位于", "江苏省") in got
    got = read(rules, "灵渠\n\n灵渠位于广西壮族自治区兴安县境内，是古代水利工程。")
    assert ("灵渠", "位于", "兴安县") in got and ("兴安县", "位于", "广西壮族自治区") in got


def test_an_adverb_after_the_subject_and_a_distance_phrase_are_no_subject(rules):
    # (heldout_s20: 鲁迅常常 and 距下游 became subjects)
    got = read(rules, "郁达夫\n\n郁达夫是中国作家。少年时代的郁达夫常常出入于书店。")
    assert ("郁达夫", "出入于", "书店") in got
    got = read(rules, "小浪底水库\n\n小浪底水库位于河南省洛阳市，距下游的郑州约130公里。它是大型水库。")
    assert not any(s.startswith("距") for s, _, _ in got)
