"""Chinese rules for what heldout_s10 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_a_role_held_at_a_body_named_by_zai(rules):
    got = read(rules, "钱伟长\n\n钱伟长是中国力学家。1946年，钱伟长回国，在北京的清华大学担任教授。")
    assert ("清华大学", "教授", "钱伟长") in got
    got = read(rules, "王启明\n\n王启明是清代医生。他曾在县衙担任书吏。")
    assert not any(o.startswith("县衙") for _, _, o in got)  # a post that is no role word keeps its old reading
