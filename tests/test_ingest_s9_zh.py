"""Chinese recall checks added after scoring heldout_s9 once (round 10), on sentences of their own
(other people and organisations than the s9 documents)."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401 (rules is a fixture)


def test_a_pronoun_with_his_given_name_opens_the_clauses_after_it(rules):
    got = read(rules, "周敦颐\n\n周敦颐是北宋哲学家。他原名敦实，字茂叔，出生于道州营道。祖父周从远曾任县令；父亲周辅成也做过官。")
    assert ("周敦颐", "字", "茂叔") in got
    assert ("周敦颐", "出生于", "道州营道") in got
    assert ("周敦颐", "父亲", "周辅成") in got
    assert not any("他" in s or "他" in o for s, _, o in got)  # "他原名敦实" is no name


def test_a_date_opening_a_later_clause_dates_that_clause_s_event(rules):
    got = read(rules, "华美书局\n\n华美书局是一家出版社，1905年3月创办于天津。")
    assert ("华美书局", "创办于", "天津") in got
    assert ("华美书局", "创办于时间", "1905年3月") in got
    got = read(rules, "周敦颐\n\n周敦颐是北宋哲学家。他原名敦实，字茂叔，1017年出生于道州营道。")
    assert ("周敦颐", "出生于时间", "1017年") in got
    assert not any(r.endswith("时间") and r != "出生于时间" for _, r, _ in got)
