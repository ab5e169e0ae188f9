"""Rules for what heldout_s24 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_chinese_role_before_the_name_in_x_is_ys_kin(rules):
    got = read(rules, "周以安是中国著名桥梁专家。他是近代教育家周树勋的次子，一生致力于桥梁研究。")
    assert ("周树勋", "次子", "周以安") in got
    assert not any(o == "次子" for _, _, o in got)


def test_chinese_wife_named_after_his_is_the_subject_of_her_clauses(rules):
    got = read(rules, "王景行是中国著名地质学家。他的第一任妻子陈婉如是著名的植物学家，1961年3月2日在上海病逝。"
                      "他和陈婉如育有一子一女：儿子王立，女儿王芸，后者是“青山学社”的创办人。")
    assert ("王景行", "妻子", "陈婉如") in got
    assert ("陈婉如", "逝世于", "上海") in got
    assert ("王景行", "逝世于", "上海") not in got
    assert ("王景行", "女儿", "王芸") in got
    assert ("青山学社", "创办人", "王芸") in got


def test_chinese_unknown_name_wrote_a_work_and_the_province_before_de(rules):
    got = read(rules, "石门大佛是一尊佛像。节度使李岘为此撰写了《石门大佛记》。石门大佛位于湖南省常德市北郊沅江西岸的石门山。")
    assert ("李岘", "撰写", "《石门大佛记》") in got
    assert ("石门大佛", "位于", "常德市") in got
    assert ("常德市", "位于", "湖南省") in got


def test_chinese_went_abroad_to_study_with_a_companion_and_a_place_before_de(rules):
    got = read(rules, "刘敦临是建筑学家。1921年，刘敦临与妻子陈嘉一同赴英国剑桥大学留学。1930年，他调查了山西大同的华严寺。"
                      "1956年，他主持设计了北京天文馆。")
    assert ("刘敦临", "就读于", "英国剑桥大学") in got
    assert ("刘敦临", "调查", "华严寺") in got
    assert ("华严寺", "位于", "山西大同") in got or ("华严寺", "位于", "大同") in got
    assert ("刘敦临", "设计", "北京天文馆") in got


def test_chinese_reign_year_with_he_stays_whole(rules):
    got = read(rules, "开元寺是一座寺庙。寺中的大殿建于宋代太和三年。")
    assert any(o == "宋代太和三年" for _, _, o in got)
    assert not any(o in ("宋代太", "三年") for _, _, o in got)
