"""English rules for what heldout_s10 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_she_in_a_text_about_a_ship_is_the_ship_not_the_man_named_before(rules):
    got = read(rules, "Endurance\n\nThe Endurance was a Norwegian three-masted barque. She was built in 1912 at Sandefjord "
                      "for the explorer Adrien de Gerlache. Ernest Shackleton bought her in 1914, and she sailed from "
                      "Plymouth in August of that year.")
    assert any(s == "Endurance" and r.startswith("built") and o in ("1912", "Sandefjord") for s, r, o in got)
    assert any(s == "Ernest Shackleton" and o == "Endurance" for s, _, o in got)
    assert not any(s == "Adrien de Gerlache" and r.startswith("built") for s, r, _ in got)
    assert not any(s in ("Ernest Shackleton", "Adrien de Gerlache") and r.startswith("sail") for s, r, _ in got)
    assert not any(o in ("Ernest Shackleton", "Adrien de Gerlache") and s in ("Ernest Shackleton", "Adrien de Gerlache")
                   for s, _, o in got)


@parser
def test_she_in_a_ship_text_that_names_a_woman_keeps_the_person_rules(rules):
    got = read(rules, "Caledonia\n\nThe Caledonia is a retired ocean liner. Mary Smith was born in Leeds in 1901. "
                      "She married John Brown in 1925.")
    assert not any(s == "Caledonia" and r in ("spouse", "married in") for s, r, _ in got)
    assert ("Mary Smith", "spouse", "John Brown") in got


@parser
def test_a_ship_that_was_given_something_is_not_what_was_given(rules):
    got = read(rules, "Resolute\n\nThe Resolute was a British barque. Her designer, Thomas Ward, gave her a hull of oak "
                      "laid over an iron frame.")
    assert not any(s == "Thomas Ward" and r == "gave" and o == "Resolute" for s, r, o in got)
