"""English rules against wrong attachment (issue #15: a pronoun or "the X" tied to the wrong name),
from what the hand checks of heldout_s12..s15 showed, tested on other names and wording. Where the
text does not say which thing is meant, no triple is better than a guess."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_a_titled_name_opening_a_news_story_is_a_person_not_the_topic_of_its_kind_words(rules):
    got = read(rules, "Longest suspension bridge opens over the Vesna valley\n\n"
                      "VARNA, Elbonia, 3 May 2011 — President Mauno Koivisto today opened the Kessel Bridge, a suspension "
                      "bridge that carries the N4 road across the valley of the Vesna in eastern Elbonia. The structure, "
                      "whose main span is 900 metres long, is now the longest suspension bridge in the region. It will open "
                      "to traffic on 5 May. The bridge was built by the Dutch group Verhoven. Local officials hope that "
                      "the bridge itself will attract visitors.")
    assert ("Mauno Koivisto", "opened", "Kessel Bridge") in got
    assert not any(s == "Mauno Koivisto" and r in ("type", "open on", "built by", "attract") for s, r, _ in got)
    assert ("Kessel Bridge", "built by", "Verhoven") in got


@parser
def test_the_x_said_of_something_else_before_a_name_of_that_kind_came_stays_unclear(rules):
    got = read(rules, "AC Norte\n\nAC Norte is a professional football club based in Varna. Its players wear green "
                      "shirts, which gave the team its nickname. The Danish player Erik Holm, who joined the club in 1970, "
                      "coached it from 1985 to 1990. His team, often called the \"Iron Team\", won the club's first "
                      "league title in 1988. Under the coach Tomas Berg, the team won the national cup in 2005.")
    assert not any(s == "Iron Team" and r in ("won under", "award received") for s, r, _ in got)


@parser
def test_the_x_after_a_sentence_about_another_named_thing_is_not_the_topic(rules):
    got = read(rules, "Lake Orta\n\nLake Orta is a lake in northern Italy. Near Omegna, the Castello di "
                      "Vogogna stands on a small hill above the shore. The castle inspired the poet Thomas Hardy, who "
                      "visited it in 1887, to write a sonnet.")
    assert not any(s == "Lake Orta" and r == "inspired" for s, r, _ in got)


@parser
def test_which_after_a_city_that_places_the_object_of_the_verb(rules):
    got = read(rules, "Clara Voss\n\nClara Voss was a German physicist. She directed the Voss Laboratory in Lyon, "
                      "which had been completed in 1920, and taught at the university.")
    assert ("Voss Laboratory", "completed in", "1920") in got
    assert not any(s == "Lyon" for s, _, _ in got)


@parser
def test_the_unnamed_many_encouraged_to_do_something_do_it_not_the_encourager(rules):
    got = read(rules, "Gregor Lint\n\nGregor Lint was an Austrian monk. The abbot, Anton Keller, encouraged the monks "
                      "to study astronomy, and in 1850 he sent Lint to Vienna.")
    assert not any(s == "Anton Keller" and r == "study" for s, r, _ in got)


@parser
def test_him_after_a_sentence_whose_subject_is_a_surname_means_that_person(rules):
    got = read(rules, "Vienna Choir\n\nThe Vienna Choir is a choir based in Vienna. When Hans Gruber died in 1950 "
                      "the members chose the conductor Wilhelm von Ostrau. Ostrau remained chief conductor for two "
                      "decades. Under him the choir made hundreds of recordings.")
    assert ("Vienna Choir", "made under", "Wilhelm von Ostrau") in got
    assert ("Vienna Choir", "made under", "Hans Gruber") not in got


@parser
def test_the_sun_is_never_the_topic_under_a_word_for_its_kind(rules):
    got = read(rules, "Tromsø\n\nTromsø is the largest city in northern Norway. The city is also home to the "
                      "University of Tromsø, founded in 1968. In summer the sun barely sets, and in winter the city is "
                      "one of the best places in Europe to see the northern lights.")
    assert not any(s == "Tromsø" and r.startswith("sets") for s, r, _ in got)


@parser
def test_it_after_a_kinsman_is_not_that_man(rules):
    got = read(rules, "Utrecht Museum\n\nThe Utrecht Museum is the city museum of Utrecht. Its early collection was "
                      "made up largely of paintings from the cathedral. In 1808 Louis Bonaparte, the brother of Napoleon "
                      "Bonaparte, ordered the collection moved to Utrecht, where it was shown in the town hall. In 1820 it "
                      "moved again, this time to the Paushuis.")
    assert not any(s == "Louis Bonaparte" and r.startswith(("moved", "shown")) for s, r, _ in got)


@parser
def test_the_conductor_of_another_band_is_not_the_topics_conductor(rules):
    got = read(rules, "Wiener Konzertverein\n\nThe Wiener Konzertverein is an orchestra based in Vienna. It was founded "
                      "in 1900, when sixty players left the orchestra of the conductor Eduard Strauss, after a quarrel "
                      "over pay.")
    assert ("Wiener Konzertverein", "conductor", "Eduard Strauss") not in got


@parser
def test_he_after_a_subject_with_a_who_clause_is_that_subject(rules):
    got = read(rules, "AC Norte\n\nAC Norte is a football club based in Varna. The Dutch player Johan Neeskens, who "
                      "joined the club in 1973, had a great influence as its coach from 1988 to 1996. Neeskens also "
                      "promoted La Cantera, the club's youth academy, which later produced players such as Matías Lozano. "
                      "Lozano, who arrived from Chile as a teenager, became the club's all-time leading scorer with more "
                      "than 400 goals before he left for Ajax Amsterdam in 2015.")
    assert ("Matías Lozano", "left for", "Ajax Amsterdam") in got
    assert ("Johan Neeskens", "left for", "Ajax Amsterdam") not in got


@parser
def test_a_participle_right_after_a_noun_tells_of_that_noun_not_the_clause_subject(rules):
    got = read(rules, "Tromsø\n\nTromsø is the largest city in northern Norway. The city is also home to the "
                      "University of Tromsø, founded in 1968, and to the Polar Museum.")
    assert ("University of Tromsø", "founded in", "1968") in got
    assert ("Tromsø", "founded in", "1968") not in got
    got = read(rules, "Kessel Link\n\nThe Kessel Link is a road and rail link between Varna and Tolst. Engineers "
                      "chose a tunnel for the eastern side so that the structure would not get in the way of aircraft "
                      "using the nearby airport or of ships in the channel.")
    assert not any(r == "using" for _, r, _ in got)
