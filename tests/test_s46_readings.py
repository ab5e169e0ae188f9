"""Misreadings heldout_s46's hand check found (read as dev material in the forty-fourth session),
tested on other names: "Parliament" is no short name of "an Act of Parliament"; "he" in a clause on
what a body bought from a man is that man; "a Sienese woman" says whom a later "she" means, and
"she bore him two sons" bore no him; "Her crew" after a ship's sentence is the ship's; the name after
", and" with a clause of its own between commas is the next verb's subject, no second object; a
plural thing before a name makes no occupation; "Convention for the Safety of Life at Sea" is one
name; "90 miles north-northeast of X, the lookout Y saw" puts no Y there; "X de' Medici, Grand Duke
of Tuscany" is one name with a title, no place; after "The museum's recent history has had …", "its
director" is the museum's; "King George V Garden Court" is a place, no king; a "to" after a noun's
"from" phrase is the noun's; "Treatise Concerning the Three Great Comets" is one title; "Lucca, then
part of X" is in X; "his son, Peter Lund Hale" makes "Peter" him. Chinese: 太平兴国二年 is a time; 亲笔 and
地方 are no ends, nor a phrase ending on 正式 or 仍; "由X在…的基础上创立" was founded by X; "召见山长X" meets X;
"他与Y共同倡导Z运动" is both of theirs; verse quoted across a comma says nothing."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401


@parser
def test_the_end_of_a_name_after_of_is_no_short_name_of_it(rules):
    got = read(rules, "The Ledger Museum\n\nThe Ledger Museum is a public museum in Leeds. The museum was established "
                      "by an Act of Parliament on 7 June 1853. In 1866 Parliament bought from Lord Ashby the bronze "
                      "statues he had removed from the Temple of Apollo in Delphi.")
    assert ("Parliament", "bought from", "Lord Ashby") in got
    assert not any(s == "Act of Parliament" and r != "founded by" for s, r, _ in got)


@parser
def test_he_in_a_clause_on_what_a_body_bought_from_a_man_is_that_man(rules):
    got = read(rules, "The Ledger Museum\n\nThe Ledger Museum is a public museum in Leeds. It was opened by Mayor "
                      "Tom Hale in 1853. In 1866 the Ledger Trust bought from Lord Ashby the bronze statues he had "
                      "removed from the Temple of Apollo.")
    assert ("Lord Ashby", "removed from", "Temple of Apollo") in got
    assert not any(r == "removed from" and s != "Lord Ashby" for s, r, _ in got)


@parser
def test_a_woman_named_in_the_sentence_is_its_she(rules):
    got = read(rules, "Ugo Ferri\n\nUgo Ferri was an Italian painter. According to his pupil and first biographer, "
                      "Paolo Conti, he painted the chapel in a single summer. In 1520 Ferri formed a long relationship "
                      "with Lucia Mancini, a Sienese woman whom he never married; she bore him two sons and a daughter.")
    assert ("Lucia Mancini", "bore", "two sons") in got
    assert not any(s == "Paolo Conti" and r == "bore" for s, r, _ in got)
    assert not any(r == "bore" and o == "Ugo Ferri" for _, r, o in got)


@parser
def test_her_after_a_ships_sentence_is_the_ships(rules):
    got = read(rules, "Loss of the Aurora\n\nSS Aurora was a British cargo ship that sank in the North Sea in 1890. "
                      "Her owner, Tom Reed, died in Hull in 1901. Commanded by Captain John Hale, the ship left Hull on "
                      "3 May 1890 and headed north. Her radio operators, Alan Cole and Peter Dunn, received three warnings.")
    assert ("SS Aurora", "radio operators", "Alan Cole") in got
    assert not any(s == "John Hale" and r == "radio operators" for s, r, _ in got)


@parser
def test_the_name_after_and_with_a_clause_between_commas_is_the_next_subject(rules):
    got = read(rules, "Ugo Ferri\n\nUgo Ferri was an Italian astronomer. In 1616 the Congregation of the Index suspended "
                      "Copernicus's On the Revolutions of the Heavenly Spheres, and Cardinal Robert Bellarmine, acting on "
                      "the orders of Pope Paul V, warned Ferri not to hold the theory.")
    assert ("Cardinal Robert Bellarmine", "warned", "Ugo Ferri") in got
    assert ("Congregation of the Index", "suspended", "Revolutions of the Heavenly Spheres") in got
    assert not any(s == "Congregation of the Index" and o != "Revolutions of the Heavenly Spheres" for s, _, o in got)


@parser
def test_a_convention_for_the_safety_of_life_at_sea_is_one_name(rules):
    got = read(rules, "Loss of the Aurora\n\nSS Aurora was a British cargo ship. The loss led to the first Convention "
                      "for the Safety of Fishermen at Sea, which was signed in Oslo in May 1896.")
    assert ("Convention for the Safety of Fishermen at Sea", "signed in", "Oslo") in got
    assert not any(s == "Sea" for s, _, _ in got)


@parser
def test_a_compass_word_before_of_is_no_role(rules):
    got = read(rules, "Loss of the Aurora\n\nSS Aurora was a British cargo ship. On 4 May, about 90 miles "
                      "north-northeast of Shetland, the lookout Peter Dunn saw a rock. The ship sank near Unst, 20 miles "
                      "north of Lerwick.")
    assert not any(r.startswith("north") and s != "Unst" for s, r, _ in got)
    assert ("Unst", "north of", "Lerwick") in got


def test_a_reign_year_with_a_four_character_era_is_a_time(rules):
    got = read(rules, "石鼓书院\n\n石鼓书院位于衡阳市。太平兴国二年（977年），宋太宗赐给书院一块匾额，书院由此闻名。"
                      "重建工程前后历时三年。")
    assert not any(o == "二年" or "兴国" in r for _, r, o in got)
    assert ("石鼓书院", "重建工程前后历时", "三年") in got  # four characters with a verb: a term, no era
    got = read(rules, "少林寺\n\n少林寺位于河南省。北魏太和十九年（495年），孝文帝为安置印度高僧跋陀而建少林寺。")
    assert not any("太和" in r or o == "十九年" for _, r, o in got)  # a dynasty and its era: a time
    got = read(rules, "石鼓书院\n\n石鼓书院位于衡阳市。太平兴国二年（977年），宋太宗召见山长李士真，对他的办学成绩十分赞赏。")
    assert ("宋太宗", "召见", "李士真") in got  # whom, after what describes him


def test_how_a_deed_was_done_and_a_bare_place_are_no_ends(rules):
    got = read(rules, "石鼓书院\n\n石鼓书院位于衡阳市。宋太宗召见山长李宽，并亲笔题写了“石鼓书院”的匾额。"
                      "大成殿是书院的中心，也是当年韩愈讲学的地方。它由衡州知州李宽在寺庙的基础上正式创立。"
                      "书院门前的街道至今仍被称为“书院街”。")
    assert not any(x in ("亲笔", "地方") for s, _, o in got for x in (s, o))
    assert not any(x.endswith(("正式", "仍")) for s, _, o in got for x in (s, o))
    assert ("石鼓书院", "位于", "衡阳市") in got
    assert any(r == "创办人" and o.endswith("李宽") for _, r, o in got)  # who founded it, not where
    got = read(rules, "石鼓书院\n\n石鼓书院位于衡阳市。清道光三年（1823年），书院的山长王大全与知府周文合作，重修了讲堂。")
    assert ("山长王大全", "合作", "周文") in got  # a name the tagger ends on an adverb (大全) is still a name


def test_verse_quoted_across_a_comma_says_nothing(rules):
    got = read(rules, "王维\n\n王维是唐代诗人。他写下了《送别》，其中“同是江湖漂泊客，相逢何必问前程”一句流传千古。")
    assert ("王维", "作品", "《送别》") in got
    assert not any(s == "王维" and r == "是" and o != "唐代诗人" for s, r, o in got)


@parser
def test_a_title_after_a_name_is_no_place(rules):
    got = read(rules, "Ugo Ferri\n\nUgo Ferri was an Italian astronomer. In 1640 Ferri dedicated his atlas to "
                      "Leopold II de' Medici, Grand Duke of Tuscany. His pupil Carlo Dati was born in Lucca, Tuscany.")
    assert not any(r == "located in" and o.startswith("Grand Duke") for _, r, o in got)
    assert not any(s == "Medici" for s, _, _ in got)
    assert ("Carlo Dati", "born in", "Lucca") in got


@parser
def test_a_sentence_about_the_museums_history_makes_the_museum_its_its(rules):
    got = read(rules, "The Ledger Museum\n\nThe Ledger Museum is a public museum in Leeds. In 1990 its old yard was turned "
                      "into the King George V Garden Court, designed by Hale Partners and opened by the King in May 1991. "
                      "Covered by a roof of glass, it is the largest covered garden in England.\n\nThe museum's recent "
                      "history has had both triumphs and failures. Tom Reed, who was its director from 1995 to 2005, "
                      "wrote A History of Leeds.")
    assert ("Tom Reed", "director of", "Ledger Museum") in got
    assert ("King George V Garden Court", "designed by", "Hale Partners") in got
    assert not any(s == "King George V Garden Court" and r in ("title", "\x00alias") for s, r, _ in got)


def test_a_to_after_a_nouns_from_phrase_is_the_nouns():
    # the parse the small model gave heldout_s46's "after striking an iceberg on her maiden voyage from Southampton to
    # New York City" (the "to" on "striking"), rebuilt on other words: the repair hangs "to" on the voyage
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graphrag.ingest.extractors.deps_en import _from_to

    vocab = English().vocab

    words = ["after", "hitting", "a", "rock", "on", "her", "last", "crossing", "from", "Hull", "to", "Bergen", "."]
    heads = [0, 0, 3, 1, 3, 7, 7, 4, 7, 8, 1, 10, 0]
    deps = ["ROOT", "pcomp", "det", "dobj", "prep", "poss", "amod", "pobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["ADP", "VERB", "DET", "NOUN", "ADP", "PRON", "ADJ", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    _from_to(doc)
    assert doc[10].head.text == "crossing"
    moved = Doc(vocab, words=["moved", "from", "Hull", "to", "York"], heads=[0, 0, 1, 0, 3],
                deps=["ROOT", "prep", "pobj", "prep", "pobj"], pos=["VERB", "ADP", "PROPN", "ADP", "PROPN"])
    _from_to(moved)
    assert moved[3].head.text == "moved"  # a verb's own "from … to …" stays the verb's


@parser
def test_a_title_goes_on_over_the_after_concerning(rules):
    got = read(rules, "Ugo Ferri\n\nUgo Ferri was an Italian astronomer. His last book was the Treatise Concerning the "
                      "Three Great Comets, published in Siena in May 1640.")
    assert ("Treatise Concerning the Three Great Comets", "published in", "Siena") in got
    assert not any(s == "Treatise Concerning" for s, _, _ in got)


@parser
def test_a_son_named_with_his_noun_is_known_by_his_first_name_too(rules):
    # "his son, Peter Lund Hale": a person of that gender, so "Peter" later is he; each of "Peter's sons,
    # Carl and Axel" is still his son
    got = read(rules, "Hale Travel\n\nHale Travel was a British travel company founded by Thomas Hale. Much of the growth "
                      "was driven by his son, Peter Lund Hale, a more forceful man than his father. Peter became a partner "
                      "in 1871. In 1928 Peter's sons, Carl and Axel, sold the business to the Belgian firm Wagon Lits.")
    assert ("Peter Lund Hale", "became partner in", "1871") in got
    assert {("Peter Lund Hale", "sons", "Carl"), ("Peter Lund Hale", "sons", "Axel")} <= got


def test_two_who_led_a_movement_together_each_led_it(rules):
    got = read(rules, "韩愈\n\n韩愈（768年—824年），字退之，唐代著名的文学家。他与柳宗元共同倡导古文运动，世称“韩柳”。")
    assert {("韩愈", "倡导", "古文运动"), ("柳宗元", "倡导", "古文运动")} <= got


@parser
def test_then_part_of_after_a_place_is_the_places(rules):
    got = read(rules, "Ugo Ferri\n\nUgo Ferri was born in Lucca, then part of the Grand Duchy of Tuscany, the eldest of six "
                      "children of Paolo Ferri, a lutenist. He later lived in Trento, now part of Italy.")
    assert ("Lucca", "part of", "Grand Duchy of Tuscany") in got
    assert ("Trento", "part of", "Italy") in got
    assert ("Ugo Ferri", "born in", "Lucca") in got
