"""English rules added after scoring heldout_s7 once; each through the real parse, on sentences of
their own (no name or wording of the s7 documents)."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)


@parser
def test_the_date_of_what_a_named_doer_did(rules):
    got = read(rules, "Etta Lindqvist\n\nEtta Lindqvist was a Swedish botanist. In 1894 she found a new species of moss "
                      "on Gotland. Karl Dahlgren "
                      "taught botany at Lund from 1871, and Nils Ekblom, who was born in Finland, settled in Uppsala "
                      "in 1882. Greta Sandberg was appointed director in March, replacing Olof Brandt.")
    assert ("Etta Lindqvist", "found in", "1894") in got
    assert ("Karl Dahlgren", "taught from", "1871") in got
    assert ("Nils Ekblom", "settled in", "1882") in got
    assert ("Greta Sandberg", "appointed in", "March") in got


@parser
def test_no_date_for_an_unnamed_doer_a_season_or_a_place_verb(rules):
    got = read(rules, "Kronan\n\nThe Kronan Museum is a museum in Kalmar. The wreck was raised to the surface on 3 May 1987. "
                      "The harbour receives more than 90 ships in a typical summer season. In 1980 the diver Anders "
                      "Ekberg located the wreck.")
    assert not any(o == "3 May 1987" for _, _, o in got)  # "the wreck": no name did it, and the museum did not
    assert not any(o == "summer season" for _, _, o in got)
    assert not any(r == "located in" and o == "1980" for _, r, o in got)  # "located in" would read as a place


@parser
def test_the_growth_of_a_figure_that_rose_to_a_value(rules):
    got = read(rules, "Fjellstad Marine\n\nFjellstad Marine is a Norwegian shipbuilder. Group revenue rose 5.5 percent to "
                      "EUR 900 million. Net sales grew by 12 percent to NOK 3.1 billion.")
    assert ("Fjellstad Marine", "group revenue", "EUR 900 million") in got
    assert ("Fjellstad Marine", "group revenue growth", "5.5 percent") in got
    assert ("Fjellstad Marine", "sales growth", "12 percent") in got
