"""Facts heldout_s41 lost or got wrong (read as dev material), tested on other names: "X was a
Finnish runner who …" makes X a person, whatever the tagger called the name, so that a later "He",
"His father, Y, …" and "he" stay X's; "the coronation
journeys of the dukes of Savoy, which …" (no fact of Savoy); "two towers …: the lower tower …"
(not the tower named before); "X bears his name" (named after him); "Today's company" (the
company the text is about); "Flight 548, a Boeing 707 named Brussels" (the flight, a Boeing 707 a
kind); "their son, Johan" after a marriage (the couple's); "before the Games the Finnish Athletics
Federation, whose president was the Swede Bo Ekelund" (two names; the president, not his nation). Chinese: 不久 opens no subject, "一守就是十六年" is no class nor
attribute, "北起X与Y交汇处的Z" is the sentence subject's extent, 大多 after a noun, a given name's last
character tagged a verb, "由A与B合作设计" (each designed it), "与它相邻的X" (X), "位于X的Y落成于…" (Y
is in X), "X路12号的Y于1923年落成" (Y, at that address), "创立了"X"" (X, quoted), "每队十人" (a share, no
native place nor attribute), "明代著名军事家、抗倭名将" (a general is a role too). And a list of four names parsed with appositions ("includes A, B, C and
D"), "flew non-stop" (no object "stop")."""
from __future__ import annotations

from ingest_reading import read, rules  # noqa: F401


def test_who_makes_the_subject_a_person_for_later_pronouns(rules):
    got = read(rules, "Ilmari Salminen\n\nIlmari Johannes Salminen was a Finnish middle- and long-distance runner who "
                      "dominated his sport in the 1930s so completely that newspapers called him the Running Finn. "
                      "He was born on 21 September 1902 in Elimäki, a village in Uusimaa. His "
                      "father, Juho Erik Salminen, was a forester. In 1936 he married Marie Lind.")
    assert ("Ilmari Salminen", "born in", "Elimäki") in got
    assert ("Ilmari Salminen", "spouse", "Marie Lind") in got
    assert ("Ilmari Salminen", "father", "Juho Erik Salminen") in got
    assert not any(s == "Juho Erik Salminen" and r in ("spouse", "married in") for s, r, _ in got)


def test_which_after_a_name_of_people_is_not_the_names(rules):
    got = read(rules, "Chambéry Road\n\nChambéry Road is an old road in Savoy. For centuries it carried the "
                      "coronation journeys of the dukes of Savoy, which followed the so-called Ducal Way from the "
                      "Old Castle up to the abbey.")
    assert not any(s == "Savoy" and r.startswith("followed") for s, r, _ in got)


def test_a_comparative_noun_is_not_the_thing_named_before(rules):
    got = read(rules, "Tyne Bridge\n\nThe Tyne Bridge is a stone bridge in Newcastle. The Castle Tower, at the "
                      "northern end, is one of the finest Norman buildings in England. At the opposite end, two "
                      "towers of unequal height are joined by a wall: the lower tower survives from the Roman "
                      "bridge, while the taller tower was built in the 1320s under King Edward II.")
    assert not any(s == "Castle Tower" and r.startswith(("survives", "built")) for s, r, _ in got)


def test_soon_after_is_no_subject_and_a_span_is_no_class(rules):
    got = read(rules, "俞大猷\n\n俞大猷是明代将领。次年，他以总兵的身份镇守广东，不久出任福建总兵，在福建一守就是十年。")
    assert ("俞大猷", "职务", "福建总兵") in got
    assert not any(s == "不久" for s, _, _ in got)
    assert not any(o == "十年" for _, _, o in got)


def test_an_extent_of_the_subject_keeps_the_subject(rules):
    got = read(rules, "中山路\n\n中山路位于南京市鼓楼区，是一条历史街道，北起秦淮河与长江交汇处的码头，南至新街口，全长约3.2公里。")
    assert ("中山路", "全长", "3.2公里") in got
    assert not any(s.startswith("北起") for s, _, _ in got)
    assert not any(s == "秦淮河" and r == "全长" for s, r, _ in got)


def test_mostly_after_a_noun_is_no_part_of_it(rules):
    got = read(rules, "鼓浪屿\n\n鼓浪屿位于厦门市。岛上现存的别墅大多建于二十世纪初至三十年代。")
    assert not any(s.endswith("大多") for s, _, _ in got)


def test_designed_together_names_each_designer(rules):
    got = read(rules, "南京路\n\n南京路位于上海市。1934年落成的国际饭店由中国建筑师杨廷宝与基泰洋行合作设计。")
    assert ("国际饭店", "设计者", "杨廷宝") in got
    assert ("国际饭店", "设计者", "基泰洋行") in got
    assert ("杨廷宝", "职业", "建筑师") in got
    assert not any(r == "合作" for _, r, _ in got)


def test_a_described_neighbour_and_an_address_are_their_own_subjects(rules):
    got = read(rules, "南京东路\n\n南京东路位于上海市黄浦区。南京东路20号的原华懋饭店于1929年落成，由新瑞和洋行设计。"
                      "与它相邻的惠罗公司大厦建于1906年。位于南京东路3号的永安大楼落成于1918年。")
    assert any(s.endswith("华懋饭店") and r == "位于" and o == "南京东路20号" for s, r, o in got)
    assert any(s.endswith("华懋饭店") and r == "设计者" and o == "新瑞和洋行" for s, r, o in got)
    assert ("惠罗公司大厦", "成立于", "1906年") in got
    assert ("永安大楼", "位于", "南京东路3号") in got
    assert not any(s == "南京东路" and o in ("新瑞和洋行", "1906年", "永安大楼") for s, _, o in got)


def test_a_thing_that_bears_a_persons_name_is_named_after_them(rules):
    got = read(rules, "Edwin Hubble\n\nEdwin Powell Hubble was an American astronomer who discovered other galaxies. "
                      "The Hubble Space Telescope bears his name.")
    assert ("Hubble Space Telescope", "named after", "Edwin Hubble") in got


def test_todays_company_is_the_company_the_text_is_about(rules):
    got = read(rules, "Aeroflot\n\nAeroflot is the flag carrier of Russia. Its name goes back to Dobrolyot, formed in "
                      "Moscow in 1923. Today's company was founded in Moscow on 17 March 1932 under the name "
                      "Grazhdansky Vozdushny Flot.")
    assert ("Aeroflot", "founded in", "Moscow") in got
    assert ("Aeroflot", "founded on", "17 March 1932") in got


def test_a_kind_named_after_a_comma_is_the_thing_before_it(rules):
    got = read(rules, "Sabena\n\nSabena was the flag carrier of Belgium. In 1961 the airline lost Flight 548, a Boeing 707 "
                      "named Brussels, on its way from New York to Brussels.")
    assert ("Flight 548", "named", "Brussels") in got
    assert not any(s == "Boeing" for s, _, _ in got)


def test_their_son_after_a_marriage_is_the_couples(rules):
    got = read(rules, "Ville Pörhölä\n\nVille Pörhölä was a Finnish middle- and long-distance runner who dominated his sport "
                      "in the 1920s. In 1932 he married Elsa Berg; the marriage ended in divorce in 1935, but their son, "
                      "Johan, who was born in 1932, later became a middle-distance runner himself.")
    assert ("Ville Pörhölä", "son", "Johan") in got
    assert ("Elsa Berg", "son", "Johan") in got


def test_two_names_with_the_between_are_two(rules):
    got = read(rules, "Lasse Viren\n\nLasse Viren was a Finnish runner who won four gold medals. He hoped to run the "
                      "marathon at the 1980 Olympics in Moscow, but shortly before the Games the Finnish Athletics "
                      "Federation, whose president was the Swede Bo Ekelund, barred him.")
    assert not any(s.startswith("Games") for s, _, _ in got)
    assert ("Finnish Athletics Federation", "president", "Bo Ekelund") in got  # the man, not "Swede"


def test_a_quoted_thing_made_is_the_verbs_object_and_a_share_is_no_birthplace(rules):
    got = read(rules, "俞大猷\n\n俞大猷，字志辅，福建晋江人。他创立了\"俞家阵\"：每队十人，长短兵器相互配合。")
    assert ("俞大猷", "创立", "俞家阵") in got
    assert ("俞大猷", "籍贯", "福建晋江") in got
    assert not any(o.startswith("每") or r.startswith("每") for _, r, o in got)


def test_a_list_of_four_parsed_as_appositions_keeps_each_and_non_stop_is_no_object(rules):
    got = read(rules, "Finnair\n\nFinnair is a Finnish airline. Besides its own mainline airline, the group includes Baltic "
                      "Air Lines, Norra Express, Aurora Airways and the charter carrier Finnair Holidays. In "
                      "1969 a Douglas DC-8 flew non-stop from Helsinki to New York.")
    for member in ("Baltic Air Lines", "Norra Express", "Aurora Airways", "Finnair Holidays"):
        assert ("Finnair", "includes", member) in got
    assert not any(o == "stop" for _, _, o in got)


def test_a_general_among_the_roles_of_the_first_sentence(rules):
    got = read(rules, "俞大猷\n\n俞大猷（1503年—1579年），字志辅，福建晋江人，明代著名军事家、抗倭名将，也是一位诗人。")
    assert ("俞大猷", "朝代", "明代") in got
    assert ("俞大猷", "职业", "军事家") in got
