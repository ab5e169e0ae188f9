"""Coordinated lists (round 13): each member listed after a fact's object is a fact of its own, in
English and Chinese, and a name that runs through its "and"/和 stays one name. Other names and
wording than the held-out folders'."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_every_listed_name_gets_the_subject_and_relation(rules):
    got = read(rules, "Verdal River\n\nThe Verdal River is a river in Norway. It flows through Lake Moss, Lake Tarn and "
                      "Lake Helm before it reaches the sea.")
    for lake in ("Lake Moss", "Lake Tarn", "Lake Helm"):
        assert ("Verdal River", "flows through", lake) in got
    got = read(rules, "Verdal River\n\nThe Verdal River is a river in Norway. Its chief tributaries are the Orla, the "
                      "Bennet and the Kest.")
    for river in ("Orla", "Bennet", "Kest"):
        assert ("Verdal River", "chief tributaries", river) in got
    got = read(rules, "Arne Vik\n\nArne Vik was a Norwegian businessman. Arne Vik founded Vik Shipping and Nordlys Radio.")
    assert ("Arne Vik", "founded", "Vik Shipping") in got
    assert ("Arne Vik", "founded", "Nordlys Radio") in got


@parser
def test_listed_races(rules):
    got = read(rules, "Karin Holm\n\nKarin Holm was a Swedish sprinter. At the 1952 Games she won gold in the 100 metres, "
                      "the 200 metres, the 80 metres hurdles and the 4 x 100 metres relay.")
    for race in ("100 metres", "200 metres", "80 metres hurdles", "4 x 100 metres relay"):
        assert any(s == "Karin Holm" and o == race for s, _, o in got), race
    got = read(rules, "Karin Holm\n\nKarin Holm was a Swedish sprinter. In Helsinki she won the 400 metres, the 100 metres "
                      "hurdles and the 800 metres, and then ran the last leg of the relay.")
    for race in ("400 metres", "100 metres hurdles", "800 metres"):
        assert any(s == "Karin Holm" and o == race for s, _, o in got), race


@parser
def test_a_name_with_and_in_it_is_not_split(rules):
    got = read(rules, "Mara Holt\n\nMara Holt was an English poet. Her first book was published by Faber and Faber.")
    assert not any(o == "Faber" and r != "published by" for _, r, o in got)
    got = read(rules, "Kestrel Air\n\nKestrel Air is a Dutch airline. It was founded by Hans Brink, and Piet Smit "
                      "became its first pilot.")
    assert not any(o == "Piet Smit" and r.startswith("founded") for _, r, o in got)
    got = read(rules, "Lahti\n\nLahti is a city in Finland. Lahti is twinned with Kiel in Germany and Aarhus in Denmark.")
    assert ("Kiel", "located in", "Aarhus") not in got
    got = read(rules, "Orla Systems\n\nOrla Systems is a Danish maker of sensors. \"We grew,\" said Mette Lund, President "
                      "and Chief Executive Officer of Orla Systems.")
    assert not any(o in ("President", "Chief Executive Officer") for _, _, o in got)


def test_chinese_lists_split_at_the_list_marks_not_inside_a_name(rules):
    got = read(rules, "青龙河\n\n青龙河发源于太行山。青龙河流经永和、泰和、宜山和平谷。")
    for town in ("永和", "泰和", "宜山", "平谷"):
        assert ("青龙河", "流经", town) in got
    assert not any(o in ("永", "泰") for _, _, o in got)
    got = read(rules, "青龙河\n\n青龙河发源于太行山。它的支流有和平河、清水河和黑石河。")
    for river in ("和平河", "清水河", "黑石河"):
        assert ("青龙河", "支流", river) in got
