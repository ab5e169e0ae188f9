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
