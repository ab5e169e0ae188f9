"""English recall checks added after scoring heldout_s9 once (round 10), on sentences of their own
(other people and organisations than the s9 documents)."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)


@parser
def test_the_post_of_the_organisation_a_class_noun_names_and_it_after_the_holder(rules):
    got = read(rules, "Kessler Mills\n\nKessler Mills is a family firm in Ohio. Tom Becker has been chairman of the company "
                      "since 2011. It employs 300 people.")
    assert ("Tom Becker", "chairman of", "Kessler Mills") in got  # "the company" is the firm the text is about
    assert ("Tom Becker", "chairman since", "2011") in got
    assert ("Kessler Mills", "employs", "300 people") in got  # "it" is no person
    assert not any(s == "Tom Becker" and r in ("type", "employs") for s, r, _ in got)
    got = read(rules, "The Harlan Cooperative\n\nThe Harlan Cooperative is a federation of dairy cooperatives based in Wales. "
                      "Ana Ruiz is president of the cooperative. It has creameries in Brecon and Builth.")
    assert ("Ana Ruiz", "president of", "Harlan Cooperative") in got or ("Ana Ruiz", "president of", "The Harlan Cooperative") in got
    assert not any(s == "Ana Ruiz" and o in ("Brecon", "Builth") for s, _, o in got)


@parser
def test_the_year_of_a_named_doer_s_invasion_or_capture(rules):
    got = read(rules, "Saaremaa\n\nSaaremaa is the largest island of Estonia. In 1227 the Livonian Brothers of the Sword "
                      "invaded the island. In 1645 Sweden captured Saaremaa from Denmark.")
    assert any(r == "invaded in" and o == "1227" for _, r, o in got)
    assert ("Sweden", "captured in", "1645") in got


@parser
def test_a_role_word_before_a_name_at_the_start_of_a_sentence(rules):
    got = read(rules, "Orkney\n\nOrkney is an archipelago off the north coast of Scotland. The filmmaker Margaret Tait lived "
                      "in Kirkwall until her death in 1999.")
    assert ("Margaret Tait", "occupation", "filmmaker") in got
    assert not any(s == "Orkney" and r.startswith("lived") for s, r, _ in got)  # the filmmaker lived there, not the islands
    got = read(rules, "Studio Lykke\n\nStudio Lykke was a Danish design firm. In 1950 it was founded by the architect Arne Holm "
                      "and the critic Poul Dahl.")
    assert ("Poul Dahl", "occupation", "critic") in got


@parser
def test_he_is_not_a_name_the_sentence_brings_in_only_after_it(rules):
    text = ("Harlan Cooperative\n\nThe Harlan Cooperative is a federation of dairy farms in Wales. It grew out of the work "
            "of Thomas Evans, a Catholic priest who was sent to the valley in 1931. In 1936 he opened a farming school for "
            "local girls, and four of its former pupils, among them Dafydd Rees and Huw Bevan, set up a cheese dairy in 1948.")
    got = read(rules, text)
    assert ("Thomas Evans", "opened", "farming school") in got
    assert not any(s in ("Dafydd Rees", "Huw Bevan") and r == "opened" for s, r, _ in got)
