"""English rules added after scoring heldout_s6 once; each through the real parse, on sentences of
their own (no name or wording of the s6 documents)."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)


@parser
def test_relative_clause_after_a_facility_in_a_place_is_the_facilitys(rules):
    got = read(rules, "Tovik Mills\n\nTovik Mills said on Monday that it will close its mill in Aberdeen. Production will "
                      "be moved to its factory in Gdansk, which opened in 2012 and was expanded last year. Staff are "
                      "trained at the Tovik Academy in Bergen, which opened in 2004 and includes a test kitchen.")
    assert not any(s in ("Gdansk", "Bergen") and r.startswith(("opened", "includes")) for s, r, _ in got)
    assert ("Tovik Academy", "opened in", "2004") in got and ("Tovik Academy", "includes", "test kitchen") in got


@parser
def test_relative_clause_after_the_of_name_of_an_attribute_is_that_names(rules):
    got = read(rules, "Varangerfjord\n\nThe Varangerfjord is a fjord in northern Norway. It is a 20-kilometre branch "
                      "of the Kvalsund, which is itself an arm of the Barents Sea, and it reaches a depth of about 300 metres.")
    assert ("Kvalsund", "arm of", "Barents Sea") in got
    assert not any(s == "Varangerfjord" and r == "arm of" for s, r, _ in got)
    assert ("Varangerfjord", "reaches depth of", "300 metres") in got
