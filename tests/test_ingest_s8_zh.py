"""Chinese end checks added after scoring heldout_s8 once (round 9), on sentences of their own
(other people and places than the s7/s8 documents)."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401 (rules is a fixture)

TEXT = ("郭守敬\n\n郭守敬是元代天文学家。青年时期，郭守敬被派到司天台从事观测工作。他的同伴慧明因病在大都去世。"
        "他还根据多年观测写成了《仪象法式》。他指出黄河才是水患的根源。郭守敬最为人熟知的成就是对历法的改革。"
        "第一任太史令是张文谦。许衡担任太史院院长期间提出了新的观测方案。郭守敬晚年一直在这里工作。")


def test_a_clause_fragment_is_no_end(rules):
    got = read(rules, TEXT)
    ends = {x for s, _, o in got for x in (s, o)}
    # a preposition, an adverb, a particle, a demonstrative or a verb before more words: no name
    for bad in ("同伴慧明因病", "他还根据多年观测", "他指出黄河才", "郭守敬最为人熟知", "这里", "第一任太史令"):
        assert bad not in ends, bad
    assert not any("期间" in x or "从事" in x for x in ends)


def test_the_name_inside_a_fragment_is_kept(rules):
    got = read(rules, TEXT)
    assert ("郭守敬", "任职于", "司天台") in got  # "司天台从事观测" cut at the verb
    assert ("郭守敬", "著作", "《仪象法式》") in got  # the work goes to the one the "他" means


def test_names_with_a_verb_inside_stay(rules):
    got = read(rules, "林徽因\n\n林徽因是建筑学家。她曾与美国盖蒂保护研究所合作。梁思成毕业于北京大学考古专业。")
    ends = {x for s, _, o in got for x in (s, o)}
    assert "盖蒂保护研究所" in ends and "北京大学考古专业" in ends


def test_a_demonstrative_subject_is_no_end(rules):
    got = read(rules, "黎明钟表厂\n\n黎明钟表厂是一家钟表企业。该厂生产手表和闹钟的车间共有12个。")
    assert not any(s.startswith("该厂") for s, _, _ in got)
