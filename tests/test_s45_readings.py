"""Misreadings heldout_s45's hand check found (read as dev material in the forty-third session),
tested on other names: a span or pair of times split at 至/和/不到 is no relation, nor is an age
("约五岁时") a subject; what a quoted word of a name means is not said of the named place, and "其中的X是"
makes X the subject; a verb's particle stays with it before a date ("switched OFF on"); a
proper noun before "company" names the company, no nationality; a date the parser hung on the
name after it ("on 18 June 1940 Charles de Gaulle used …") leaves the name the subject; "and in
December of the same year it launched …" is a clause of its own; "as part of its project, it
commissioned …" makes nothing a part; words quoted after a colon are speech; a name cut at its
hyphen ("-General") is no subject; "he" in a clause on "Otho's villa" is Otho; "in the centre of Rome"
is in Rome; "its construction was begun in about AD 72" is the building's; "became a Freemason" names a class;
"fell in love with X" is whom; "Later" opens no name; "漫游A、B、C等地" and "结交了X等诗人" name each one;
"字X，号Y，唐代伟大的现实主义诗人" says what the person was (the 号 clause itself is none); 它 is no person; "the middle of a war" is no place, and "BC"
without its year no date."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


def test_a_span_of_times_is_no_relation(rules):
    got = read(rules, "泰山\n\n泰山位于山东省中部。1985年至1988年，国家对泰山进行了大规模维修。"
                      "2003年和2004年，岱庙先后修缮。他在泰安不到三年便离开了。")
    assert not any(r in ("至", "和", "不到") for _, r, _ in got)
    assert ("泰山", "位于", "山东省中部") in got or ("泰山", "位于", "山东省") in got


def test_what_a_word_of_the_name_means_is_not_said_of_the_place(rules):
    got = read(rules, "雷峰塔\n\n雷峰塔位于杭州西湖南岸。“雷峰”是当地一座山冈的名字，因此它又被称为“黄妃塔”。")
    assert ("雷峰塔", "位于", "杭州西湖南岸") in got
    assert not any(s == "雷峰塔" and r == "是" for s, r, _ in got)


def test_the_one_among_them_is_the_subject(rules):
    got = read(rules, "雷峰塔\n\n雷峰塔位于杭州西湖南岸。塔内的白厅是僧人生活的地方，其中的东室是举行重大典礼的场所。")
    assert not any(r == "东室" for _, r, _ in got)


def test_an_age_is_no_subject(rules):
    got = read(rules, "杜甫\n\n杜甫是唐代诗人。约七岁时随父亲迁居河南的巩县。")
    assert ("杜甫", "迁居", "巩县") in got
    assert not any(s.endswith("岁时") for s, _, _ in got)


@parser
def test_a_particle_stays_with_its_verb_before_a_date(rules):
    got = read(rules, "Northwind Radio\n\nNorthwind Radio is a broadcaster in Leeds. The Northwind Service was "
                      "switched off on 3 May 1960. The Halden Mill was shut down in 1971.")
    assert ("Northwind Service", "switched off on", "3 May 1960") in got
    assert ("Halden Mill", "shut down in", "1971") in got
    assert not any(r in ("switched on", "shut in") for _, r, _ in got)


@parser
def test_a_name_before_company_is_no_nationality(rules):
    got = read(rules, "Northwind Radio\n\nNorthwind Radio is a broadcaster in Leeds. It began as the Northwind Company, "
                      "a firm formed in 1922 by a group of makers, among them the Ferranti company, who wanted programmes. "
                      "Tarmo Rask was a Welsh engineer. Kallio Oy is a Finnish maker of boats.")
    assert not any(r == "nationality" and o == "Ferranti" for _, r, o in got)
    assert ("Tarmo Rask", "nationality", "Welsh") in got
    assert ("Kallio Oy", "nationality", "Finnish") in got


@parser
def test_a_date_before_a_name_leaves_the_name_the_subject(rules):
    got = read(rules, "Northwind Radio\n\nNorthwind Radio is a broadcaster in Leeds. During the war it carried speeches, "
                      "and on 18 June 1940 Charles de Gaulle used its microphones to appeal to the French.")
    assert ("Northwind Radio", "carried", "speeches") in got
    assert not any(o == "Charles de Gaulle" for _, _, o in got)


@parser
def test_a_time_then_a_clause_is_no_relative_clause(rules):
    got = read(rules, "Northwind Radio\n\nNorthwind Radio is a broadcaster in Leeds. In 1932 it moved into Radio House, "
                      "a new headquarters in Park Lane, and in December of the same year it launched the Empire Service.")
    assert ("Northwind Radio", "moved in", "1932") in got
    assert ("Northwind Radio", "launched", "Empire Service") in got
    assert not any(r == "moved in" and o.startswith("December") for _, r, o in got)


@parser
def test_as_part_of_a_project_makes_no_part(rules):
    got = read(rules, "Northwind Radio\n\nNorthwind Radio is a broadcaster in Leeds. In 1981, as part of its Computer "
                      "Skills Project, it commissioned the Northwind Micro. The Old Mill was inscribed on the list in "
                      "1990 as part of the Historic Centre of Leeds.")
    assert ("Northwind Radio", "commissioned", "Northwind Micro") in got
    assert not any(s == "Computer Skills Project" for s, _, _ in got)
    assert ("Historic Centre of Leeds", "part", "Old Mill") in got


@parser
def test_words_quoted_after_a_colon_are_speech(rules):
    got = read(rules, "Arena Nova\n\nArena Nova is an amphitheatre in Verona. The English monk Bede is credited with a "
                      "saying that has often been repeated since: \"While stands the Arena Nova, Verona shall stand\".")
    assert ("Bede", "occupation", "monk") in got
    assert not any(r == "stands" or s == "Verona" for s, r, _ in got)


@parser
def test_a_name_cut_at_its_hyphen_is_no_subject(rules):
    # (the document's own sentence: with other names the parser does not cut the title)
    got = read(rules, "BBC\n\nThe BBC is a broadcaster in London. In January 2004, after the Hutton Inquiry criticised its "
                      "reporting on the government's case for the war in Iraq, both the chairman, Gavyn Davies, and the "
                      "Director-General, Greg Dyke, resigned.")
    assert ("Gavyn Davies", "resigned in", "January 2004") in got
    assert not any(s.startswith("-") or o.startswith("-") for s, _, o in got)


@parser
def test_he_in_a_clause_on_a_possession_is_its_owner(rules):
    got = read(rules, "Arena Nova\n\nArena Nova is an amphitheatre in Verona. It was begun by the emperor Galba in AD 70. "
                      "It rose on the site of the lake that had belonged to Otho's Golden Villa, the lavish palace he "
                      "built after the Great Fire of AD 64.")
    assert ("Arena Nova", "begun by", "Galba") in got
    assert not any(s == "Galba" and r.startswith("built") for s, r, _ in got)


@parser
def test_in_the_centre_of_a_place_is_in_that_place(rules):
    got = read(rules, "Arena Nova\n\nThe Arena Nova is an ancient oval amphitheatre in the centre of Verona, Italy. "
                      "Kallio Castle lies in the north of Finland. Tom Lind was born in the south of Sweden.")
    assert ("Arena Nova", "located in", "Verona") in got
    assert ("Arena Nova", "type", "ancient oval amphitheatre") in got
    assert ("Kallio Castle", "located in", "Finland") in got
    assert ("Tom Lind", "born in", "Sweden") in got


@parser
def test_its_construction_begun_is_the_building_begun(rules):
    got = read(rules, "Arena Nova\n\nThe Arena Nova is an amphitheatre in Verona. Its construction was begun in about AD 72 "
                      "under the emperor Galba, and it was completed in AD 80 by his son and successor, Otho. Its "
                      "restoration was completed in 1999.")
    assert ("Arena Nova", "begun in", "AD 72") in got
    assert ("Arena Nova", "completed in", "AD 80") in got
    assert not any(o == "1999" for _, _, o in got)


@parser
def test_a_proper_class_and_love_and_a_later_opener(rules):
    got = read(rules, "Karl Brandt\n\nKarl Brandt was an Austrian composer. In 1784 Brandt became a Freemason. In 1777 he "
                      "went to Mannheim, where he fell in love with the singer Aloysia Weber. Later Anna Berg married him.")
    assert ("Karl Brandt", "became", "Freemason") in got
    assert ("Karl Brandt", "fell in love with", "Aloysia Weber") in got
    assert ("Anna Berg", "spouse", "Karl Brandt") in got
    assert not any(s.startswith("Later") for s, _, _ in got)


def test_places_and_people_named_before_deng(rules):
    got = read(rules, "杜甫\n\n杜甫是唐代诗人。他结交了孟浩然等诗人。二十岁的杜甫沿长江东下，漫游洞庭、金陵、扬州等地。")
    assert ("杜甫", "结交", "孟浩然") in got
    assert {("杜甫", "漫游", x) for x in ("洞庭", "金陵", "扬州")} <= set(got)


def test_a_role_after_the_style_names_is_the_persons(rules):
    got = read(rules, "杜甫\n\n杜甫（712年—770年），字子美，号少陵野老，唐代伟大的现实主义诗人，被后人誉为“诗圣”。")
    assert ("杜甫", "职业", "现实主义诗人") in got
    assert ("杜甫", "朝代", "唐代") in got
    assert ("杜甫", "号", "少陵野老") in got


def test_ta_for_a_thing_is_no_person(rules):
    got = read(rules, "天一阁\n\n天一阁位于宁波市。康熙年间，思想家黄宗羲破例登阁。到1949年，原有藏书只剩下一万三千多卷。"
                      "1982年，它被国务院公布为全国重点文物保护单位。")
    assert ("天一阁", "公布为", "全国重点文物保护单位") in got
    assert not any(s == "黄宗羲" and r.startswith("公布") for s, r, _ in got)


@parser
def test_surviving_as_part_of_is_a_part(rules):
    got = read(rules, "Anna Berg\n\nAnna Berg was a Swedish nurse. In 1860 she opened the Berg Training School; the school "
                      "survives today as part of Uppsala College.")
    assert ("Uppsala College", "part", "Berg Training School") in got


def test_the_style_name_clause_is_no_occupation(rules):
    got = read(rules, "苏轼\n\n苏轼（1037年—1101年），字子瞻，号东坡居士，北宋著名的文学家，眉州眉山人。")
    assert ("苏轼", "号", "东坡居士") in got
    assert ("苏轼", "职业", "文学家") in got
    assert not any(r == "职业" and o.startswith("号") for _, r, o in got)


@parser
def test_the_middle_of_a_war_is_no_place_and_an_era_alone_no_date(rules):
    got = read(rules, "Santiago Lind\n\nSantiago Lind was a Spanish doctor. He was sent in 1874 to Cuba, then in the middle "
                      "of the Ten Years' War, where he caught malaria. Stonehenge was built in stages from around 3000 BC, "
                      "when a ditch was dug, to about 1500 BC.")
    assert ("Santiago Lind", "sent to", "Cuba") in got
    assert not any("Ten Years" in o for _, _, o in got)
    assert not any(o == "BC" for _, _, o in got)
