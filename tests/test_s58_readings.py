"""Misreadings heldout_s58's hand check showed (read as dev material in the fifty-sixth session), tested on other
names. English: a ship named after a man ("the Vasa" after King Vasa) lost every "it" to the text's topic, the
disaster, because a man's surname was taken to rule the ship out; "the School of Arts and Crafts" was cut at its
"and", in a list and alone; "turned his curiosity to sound recording, light and boats" was read as a verb "sound";
the maker's name in "his cousin A and the instrument maker B" was given the cousin's role; "hired X as his
assistant" made the subject X's assistant; "advised her father to write to X" gave the writing to the adviser; the
gapped "A joined the staff in 1921 and B, who …, in 1922" gave B and 1922 to A; "When A resigned, B succeeded HIM"
gave "him" to the person of the sentence before; "died …, AGED 75, … with Mabel at his side" made a verb "aged
with"; and "the Nazis …, and they voted to close the school. Mies moved IT" gave "it" to the Nazis. Chinese:
"在上海与蒋智由、叶瀚等人发起成立" made the co-founders places of the founding and read the 由 that ends a name as "by";
"回到绍兴担任中西学堂监督" gave the post to the city."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_it_is_the_ship_named_after_a_man_not_the_topic(rules):
    got = read(rules, "The Vasa sinking\n\nThe Vasa sinking was the loss of the Swedish warship Vasa in Stockholm "
                      "harbour on 10 August 1628. The ship was named after King Gustav Vasa, who had died in 1560. "
                      "The Vasa made its first voyage on 10 August 1628. It was commanded by Söfring Hansson.")
    assert ("Vasa", "commanded by", "Söfring Hansson") in got
    assert not any(s == "Vasa sinking" and r == "commanded by" for s, r, _ in got)


@parser
def test_a_name_of_two_plural_nouns_is_one_name(rules):
    got = read(rules, "Ada Berg\n\nAda Berg was a Swedish weaver. In 1905 she headed the School of Arts and Crafts in "
                      "Lund. The academy was made by merging two colleges, the Royal Academy of Music and the Royal "
                      "College of Weights and Measures.")
    assert ("Ada Berg", "headed", "School of Arts and Crafts") in got
    assert not any(o in ("Crafts", "School of Arts", "Measures", "Royal College of Weights") for _, _, o in got)


@parser
def test_a_to_the_tagger_calls_a_preposition_makes_no_verb(rules):
    got = read(rules, "Nils Ek\n\nNils Ek was a Swedish inventor. In later life he turned his restless curiosity to "
                      "sound recording, light, flight and boats that skimmed above the water.")
    assert not any(r == "sound" for _, r, _ in got)


@parser
def test_the_apposition_after_a_second_noun_is_that_nouns(rules):
    got = read(rules, "Nils Ek\n\nNils Ek was a Swedish inventor. He set up the Ek Laboratory in Lund together with "
                      "his brother Olof Ek and the instrument maker Per Lindahl.")
    assert ("Nils Ek", "brother", "Olof Ek") in got
    assert not any(r == "brother" and o == "Per Lindahl" for _, r, o in got)


@parser
def test_who_is_hired_as_his_assistant_is_the_subjects_assistant(rules):
    got = read(rules, "Nils Ek\n\nNils Ek was a Swedish inventor. He hired Per Lindahl, a young clockmaker, as his "
                      "assistant. The old engineer Olof Dahl had recommended Ek as his successor.")
    assert ("Nils Ek", "assistant", "Per Lindahl") in got
    assert not any(r == "assistant" and s == "Per Lindahl" for s, r, _ in got)
    assert not any(r == "successor" and s == "Nils Ek" for s, r, _ in got)


def test_co_founders_are_no_place_and_a_names_last_character_no_by(rules):
    got = read(rules, "王国维\n\n王国维是中国近代学者。1901年，他在杭州与罗振玉、沈曾植等人发起成立教育世界社。")
    assert not any(o in ("罗振玉", "沈曾植") for _, r, o in got if r == "成立于")
    assert not any(r == "发起人" and "沈曾植" in o for _, r, o in got)


@parser
def test_who_was_advised_to_write_does_the_writing(rules):
    got = read(rules, "Nils Ek\n\nNils Ek was a Swedish inventor. In 1890 he met the young Karin Berg and advised her "
                      "father to write to the Royal Institute in Stockholm.")
    assert not any(s == "Nils Ek" and r.startswith("write") for s, r, _ in got)


@parser
def test_a_gapped_second_clause_is_its_own_subjects(rules):
    got = read(rules, "Lund School\n\nThe Lund School was a Swedish art school. Olof Berg joined the staff in 1921 and "
                      "Karin Dahl, who had returned from Paris, in 1922.")
    assert not any(o in ("Karin Dahl", "1922") for s, _, o in got if s == "Olof Berg")
    assert ("Karin Dahl", "joined in", "1922") in got


@parser
def test_him_after_an_opening_clause_is_its_subject(rules):
    got = read(rules, "Lund School\n\nThe Lund School was a Swedish art school founded by the architect Olof Berg. "
                      "Karin Dahl, who led the weaving workshop, became a master in 1927. When Berg resigned in 1928, "
                      "Erik Lind succeeded him as director.")
    assert ("Erik Lind", "succeeded", "Olof Berg") in got
    assert ("Erik Lind", "succeeded", "Karin Dahl") not in got


@parser
def test_it_after_a_people_is_no_people(rules):
    got = read(rules, "Lund School\n\nThe Lund School was a Swedish art school founded by the architect Olof Berg. In "
                      "1931, however, the Nazis became the largest party on the Lund city council, and in 1932 they "
                      "voted to close the school. Berg moved it to Malmo.")
    assert ("Olof Berg", "moved", "Nazis") not in got
    assert ("Olof Berg", "moved", "Lund School") in got


@parser
def test_aged_before_a_number_is_an_age(rules):
    got = read(rules, "Nils Ek\n\nNils Ek was a Swedish inventor. He died at Lund on 2 August 1922, aged 75, from "
                      "complications of diabetes, with Karin at his side.")
    assert not any(r.startswith("aged") and r != "aged" for _, r, _ in got)
    assert ("Nils Ek", "aged", "75") in got and ("Nils Ek", "died on", "2 August 1922") in got


def test_the_post_after_going_somewhere_is_the_goers(rules):
    got = read(rules, "鲁迅\n\n鲁迅是中国现代作家。1909年，他回到杭州担任浙江两级师范学堂教员。")
    assert ("鲁迅", "职务", "浙江两级师范学堂教员") in got
    assert not any(s == "杭州" for s, _, _ in got)
