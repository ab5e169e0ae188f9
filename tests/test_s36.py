"""Misreadings heldout_s36 showed once it was scored (then read as dev material), tested on other
names: an initialism with inner dots ("N.V. Philips' Gloeilampenfabrieken") ended a sentence, so
"N.V." became the company's name, and once it did not, "A.P. Moller – Maersk" (a spaced dash in
the name a text opens with) was cut to the founder's "A.P. Moller", and "usually known simply as
Maersk" named no alias; a written-out date answered "In which city …"; an answer whose
head noun the question gives to something else ("its domestic appliances DIVISION") answered
"To which firm …"."""
from __future__ import annotations

from graphrag.backing import asked, chain_backed, value_fits
from graphrag.ingest.chunker import split_sentences
from graphrag.types import Edge, Fact
from ingest_reading import parser, read, rules  # noqa: F401


def test_an_initialism_does_not_end_a_sentence():
    text = ("In 1912 the firm became a public company, N.V. Holm Gloeilampen, in Delft. Acme S.A. is French. "
            "He moved to the U.S. Then he left.")
    assert split_sentences(text) == ["In 1912 the firm became a public company, N.V. Holm Gloeilampen, in Delft.",
                                     "Acme S.A. is French.", "He moved to the U.S. Then he left."]
    # a sentence that ends on a plain word still ends
    assert split_sentences("It grew. It sold.") == ["It grew.", "It sold."]


def test_a_date_written_out_is_no_name():
    assert not value_fits("name", "June 2021")
    assert not value_fits("name", "2 September 1834")
    assert value_fits("name", "Eindhoven")
    assert value_fits("name", "May Morris")  # a month's name inside a person's name


def _fact(s: str, r: str, o: str) -> Fact:
    return Fact(id="F1", edge=Edge(id=1, subject_id=1, relation=r, object_id=2, subject=s, object=o, source="doc.txt#L1"),
                score=1.0)


def test_an_answer_named_by_a_noun_the_question_gives_to_something_else():
    q = "To which firm did Holm sell its domestic appliances division?"
    a = asked(q, ["Holm"])
    assert not chain_backed(a, [_fact("Holm", "sold", "lighting division")], "lighting division", q)
    assert chain_backed(a, [_fact("Holm", "sold to", "Vik Capital")], "Vik Capital", q)


@parser
def test_a_spaced_dash_inside_the_opening_name(rules):
    got = read(rules, "A.B. Holm – Vik, usually known simply as Vik, is a Danish shipping company. "
                      "It is headquartered in Aarhus.")
    assert not any("A.B. Holm" == x for s, _, o in got for x in (s, o))  # the founder's name is no subject here
    assert any(s in ("A.B. Holm – Vik", "Vik") and r == "headquartered in" and o == "Aarhus" for s, r, o in got)
    # "usually known simply as Vik": the two names are one
    assert any(r.endswith("alias") and {s, o} == {"A.B. Holm – Vik", "Vik"} for s, r, o in got)
