"""English rules for what heldout_s20 showed, tested on other names and wording."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_lone_noun_after_a_possessive_is_the_subjects_own_unnamed_thing(rules):
    # "held its first meeting", "has its seat in …": the triple would keep a bare noun that says nothing
    got = read(rules, "The Lund Society held its first meeting in 1852. The Orm Board has its seat in Bergen.")
    assert not any(o in ("meeting", "seat") for _, _, o in got)
    # a named or specific object is kept, with or without a possessive elsewhere
    got = read(rules, "Karl Vinge discovered helium in 1899.")
    assert ("Karl Vinge", "discovered", "helium") in got


@parser
def test_a_bare_noun_whose_sense_is_in_the_verbs_other_words_is_no_object(rules):
    # a comparison ("more water than …") and a dative with a distance after it say nothing by the noun alone
    got = read(rules, "The Aare, which joins it at Koblenz, actually carries more water at that point than the Rhine "
                      "itself.")
    assert ("Aare", "joins at", "Koblenz") in got and not any(o == "water" for _, _, o in got)
    got = read(rules, "The Rhône–Sète Canal saves boats 90 km.")
    assert not any(o == "boats" for _, _, o in got)


@parser
def test_a_list_of_places_is_no_place_and_its_region(rules):
    # "Newnham College, Cambridge" places the first name in the second; a list that goes on does not
    got = read(rules, "Dresden, Magdeburg, Wittenberg, Torgau and the German port of Hamburg are among the other "
                      "cities it passes.")
    assert not any(r == "located in" for _, r, _ in got)
    assert ("Newnham College", "located in", "Cambridge") in read(rules, "Newnham College, Cambridge, admitted her in 1920.")
