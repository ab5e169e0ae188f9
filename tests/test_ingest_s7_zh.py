"""Chinese rules added after scoring heldout_s7 once, on sentences of their own (other people,
places and institutions than the s7 documents)."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401 (rules is a fixture)


def test_a_province_or_country_before_a_site_is_where_it_lies(rules):
    got = read(rules, "王士性\n\n王士性是明代地理学家。1580年，他登上四川峨眉山。他曾与美国斯密森学会研究所合作。")
    assert ("王士性", "登上", "峨眉山") in got and ("峨眉山", "位于", "四川") in got
    assert ("王士性", "合作", "斯密森学会研究所") in got and ("斯密森学会研究所", "位于", "美国") in got


def test_no_split_of_a_name_whose_rest_is_generic_or_too_short(rules):
    got = read(rules, "周培源\n\n周培源是物理学家。他毕业于浙江大学，后来游览了青海湖和青海南山，并在上海博物馆工作。")
    assert not any(r == "位于" for _, r, _ in got)
    assert not any(x in ("大学", "湖", "南山", "博物馆") for s, _, o in got for x in (s, o))


def test_a_former_name_and_a_renaming(rules):
    got = read(rules, "故宫博物院\n\n故宫博物院是收藏明清宫廷文物的机构。它的前身是1914年成立的古物陈列所。1925年，陈列所改名为北平文物陈列馆。"
                      "1948年，北平文物陈列馆扩建为故宫博物院。当地的白石镇也在2001年改名为齐白石镇。")
    assert ("故宫博物院", "前身", "古物陈列所") in got and ("古物陈列所", "成立时间", "1914年") in got
    assert ("古物陈列所", "改名为", "北平文物陈列馆") in got
    assert ("北平文物陈列馆", "扩建为", "故宫博物院") in got
    assert ("白石镇", "改名为", "齐白石镇") in got and ("白石镇", "改名时间", "2001年") in got
