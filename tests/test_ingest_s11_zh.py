"""Chinese rules for what heldout_s11 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_a_bare_post_is_of_the_body_an_earlier_clause_set_up(rules):
    got = read(rules, "林树平\n\n林树平是中国化学家。1950年，华南化工研究所在广州成立，林树平担任所长。")
    assert ("华南化工研究所", "所长", "林树平") in got
    got = read(rules, "林树平\n\n林树平是中国化学家。1950年，他发起成立华南化学会，任会长。")
    assert ("华南化学会", "会长", "林树平") in got
    got = read(rules, "华南化工研究院\n\n1984年，华南化工研究所扩建为华南化工研究院，周光远担任第一任院长。")
    assert ("华南化工研究院", "第一任院长", "周光远") in got
    got = read(rules, "林树平\n\n林树平是中国化学家。回国后他主持筹建华南化工研究所，任第一任所长。")
    assert ("华南化工研究所", "第一任所长", "林树平") in got


def test_you_before_a_name_names_the_holder_and_the_body_stays_the_subject(rules):
    got = read(rules, "岭南植物园\n\n岭南植物园成立于1929年，由吴德昌任园长。1956年，它与华南树木园合并，由陈启明任馆长，"
                      "林光任副馆长。1960年，它更名为华南植物园。")
    assert ("岭南植物园", "馆长", "陈启明") in got
    assert ("岭南植物园", "副馆长", "林光") in got
    assert ("岭南植物园", "改名为", "华南植物园") in got
    assert not any(s in ("吴德昌", "陈启明", "林光") and r in ("合并", "改名为") for s, r, _ in got)
    assert not any(o == "园长" for _, _, o in got)  # "由吴德昌任园长": no post given to the garden
