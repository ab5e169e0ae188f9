"""Misreadings heldout_s48's hand check found (read as dev material in the forty-sixth session), tested on other
names: "born in Ghent, in the Dutch Republic, the son of X" gives the son's parents to him, not to the place;
"knew neither French nor Italian" states no knowing; "the Bayon, a short distance to the north" is no kind of
distance; "measured by the area it covers, the largest temple" measured nothing; "wrote to X, …, urging him"
urged X; "the son of A and B. His father died …" is A's death, "his mother married X" hers, and "he married Y.
His wife died …" Y's; "The boy was sent to school in Bruges" is the boy of the text's life, schooled there;
"Rakai Pikatan, a Hindu, who built" is the king's building, and "a capital, X, with its state temple" no
means of building; "Mount Pelee is a volcano" is no trade; "Gunadharma, who ruled from 1113 until about 1150" dates his rule; "worked as a clerk" is his trade; "became a member of the Guild" is a member of it.
Chinese: "景龙年间（707年—709年）" is an era's span, no life; "这一年" and "早在咸亨二年" are times, no
attribute; "两者", "一块" and "另一块" are things counted, no names; "是为宋高宗" is nothing the topic is;
"父亲韩庆便…", "其母白氏亲手…" and "长子韩彦直" name his kin; "投奔东京留守宗泽" went to 宗泽, the post before his name;
"率军收复楚州等六州" took 楚州; "延安府人，南宋初年著名的抗金将领和军事家" is what he was, and when; "出身农家" the family he came from; "是一座始建于唐代的密檐式砖塔" is a pagoda as well as when it was begun."""
from __future__ import annotations

from ingest_reading import parser, read, rules  # noqa: F401

_PAINTER = "Hendrik Vos\n\nHendrik Vos (1701 – 1770) was a Flemish painter. "


@parser
def test_the_son_of_after_a_place_is_the_subjects_parentage(rules):
    got = read(rules, _PAINTER + "He was born in Ghent, in the Dutch Republic, the son of Pieter Vos, a glazier, and "
                                 "Anna Mertens, who came from a family of weavers.")
    assert ("Hendrik Vos", "parent", "Pieter Vos") in got
    assert not any(s == "Dutch Republic" and r == "parent" for s, r, _ in got)


@parser
def test_neither_nor_denies_the_clause(rules):
    got = read(rules, _PAINTER + "Because he knew neither French nor Italian, he never travelled south. He spoke "
                                 "neither German nor Danish. Neither Hals nor Steen visited him in Haarlem. He knew Latin.")
    assert ("Hendrik Vos", "knew", "Latin") in got
    assert not {o for s, r, o in got if r in ("knew", "spoke")} & {"French", "Italian", "German", "Danish"}
    assert not any(s in ("Hals", "Steen") for s, _, _ in got)


@parser
def test_a_distance_apposed_is_no_class(rules):
    got = read(rules, _PAINTER + "The Bayon, a short distance to the north, was a temple. The Keep, a tower to the "
                                 "north of the gate, is old.")
    assert ("Bayon", "type", "temple") in got and ("Keep", "type", "tower") in got
    assert not any(o == "short distance" for _, _, o in got)


@parser
def test_a_measuring_frame_takes_no_object(rules):
    got = read(rules, "Borobudur\n\nBorobudur is a vast temple complex in central Java and, measured by the area it "
                      "covers, the largest Buddhist temple in the world.")
    assert not any(r == "measured" for _, r, _ in got)


@parser
def test_him_after_writing_to_someone_is_that_one(rules):
    got = read(rules, "Jan Swammerdam\n\nJan Swammerdam (1637 – 1680) was a Dutch biologist. In 1669 Nicolaas Steno, "
                      "a physician of Leiden, wrote to Henry Oldenburg, the secretary of the Royal Society, urging him "
                      "to take notice of the naturalist's experiments.")
    assert ("Nicolaas Steno", "urging", "Henry Oldenburg") in got
    assert ("Nicolaas Steno", "urging", "Jan Swammerdam") not in got


@parser
def test_his_father_mother_and_wife_are_the_ones_named_before(rules):
    got = read(rules, _PAINTER + "He was born in Ghent, the son of Pieter Vos, a glazier, and Anna Mertens. His father "
                                 "died in 1710, when Hendrik was nine, and two years later his mother married Jan Smit, "
                                 "a baker. In 1730 he married Maria Claes. His wife died in 1750.")
    assert {("Pieter Vos", "died in", "1710"), ("Anna Mertens", "spouse", "Jan Smit"),
            ("Maria Claes", "died in", "1750")} <= got
    assert not any(s == "Hendrik Vos" and r.startswith("died in") for s, r, _ in got)


@parser
def test_the_boy_of_a_life_and_his_school(rules):
    got = read(rules, _PAINTER + "He was born in Ghent. The boy was sent to school in Bruges. The girl was sent to "
                                 "school in Lille. In 1750 he painted Jan Bos, the son of his neighbour. The boy was "
                                 "given a florin.")
    assert ("Hendrik Vos", "sent to school in", "Bruges") in got
    assert not any(o == "Lille" for _, _, o in got) and ("Hendrik Vos", "given", "florin") not in got


@parser
def test_who_after_an_apposed_description_and_with_its(rules):
    got = read(rules, "Borobudur\n\nBorobudur is a vast temple complex in central Java. The empire was restored by "
                      "Rakai Pikatan, a Hindu, who built a new capital, Mamrati, with its state temple, Prambanan. "
                      "Mount Merapi is a volcano near Yogyakarta.")
    assert ("Rakai Pikatan", "built", "Mamrati") in got
    assert not any(s == "Hindu" for s, _, _ in got) and not any(r == "built with" for _, r, _ in got)
    assert ("Mount Merapi", "type", "volcano") in got


@parser
def test_who_ruled_from_until(rules):
    got = read(rules, "Borobudur\n\nBorobudur is a vast temple complex in central Java. It was built by Gunadharma, "
                      "who ruled from 1113 until about 1150.")
    assert {("Gunadharma", "ruled from", "1113"), ("Gunadharma", "ruled until", "1150")} <= got


@parser
def test_worked_as_a_role_is_a_trade(rules):
    got = read(rules, _PAINTER + "In 1718 he went to Antwerp to work as a clerk in the shop of Jan Bos. He also qualified "
                                 "as a land surveyor in 1739. The ship Vrouw Maria served as a hospital ship.")
    assert {("Hendrik Vos", "occupation", "clerk"), ("Hendrik Vos", "occupation", "land surveyor")} <= got
    assert not any(o == "hospital ship" for _, _, o in got)


@parser
def test_became_a_member_of(rules):
    got = read(rules, _PAINTER + "He became a member of the Guild of Saint Luke.")
    assert ("Hendrik Vos", "member of", "Guild of Saint Luke") in got


_PAGODA = ("小雁塔\n\n小雁塔位于陕西省西安市荐福寺内，是一座密檐式砖塔。唐中宗景龙年间（707年—709年），塔被修建。"
           "这一年，高僧义净奉命担任该寺的住持，在寺中主持翻译佛经。早在咸亨二年（671年），义净就已从广州出发。"
           "它与城中大慈恩寺内的大雁塔遥相呼应，两者是长安城的两处重要标志。"
           "塔门两侧嵌着两块石碑：一块是唐睿宗撰文的《荐福寺碑》，另一块是王维撰写的《塔记》。")


@parser
def test_an_eras_years_are_no_life(rules):
    got = read(rules, _PAGODA)
    assert not any(r in ("出生日期", "逝世日期") for _, r, _ in got)


@parser
def test_a_time_phrase_is_no_attribute(rules):
    got = read(rules, _PAGODA)
    assert not any(s == "小雁塔" and (r == "这" or r.startswith("早在")) for s, r, _ in got)


@parser
def test_things_counted_are_no_names(rules):
    got = read(rules, _PAGODA)
    assert not any(x in ("两者", "一块", "另一块") or x.startswith(("一块", "另一块")) for t in got for x in (t[0], t[2]))
    assert ("《塔记》", "作者", "王维") in got


@parser
def test_shi_wei_names_the_one_just_named_not_the_topic(rules):
    got = read(rules, "韩世忠\n\n韩世忠（1090年—1151年），字良臣，南宋名将。建炎元年（1127年），金兵南下，宋室南迁，"
                      "康王赵构在临安即位，是为宋高宗。")
    assert ("韩世忠", "字", "良臣") in got
    assert not any(o.startswith("为") for _, _, o in got)


@parser
def test_kin_named_after_his_and_before_an_adverb(rules):
    got = read(rules, "韩世忠\n\n韩世忠（1090年—1151年），字良臣，南宋名将。相传他出生时家中红光满室，父亲韩庆便给他取名为“世忠”。"
                      "长子韩彦直曾任工部尚书。民间则流传着其母白氏亲手为他缝制战袍的故事。")
    assert {("韩世忠", "父亲", "韩庆"), ("韩世忠", "长子", "韩彦直"), ("韩世忠", "母亲", "白氏")} <= got


@parser
def test_a_verb_with_a_post_before_the_name_and_a_troop_leading_verb(rules):
    got = read(rules, "韩世忠\n\n韩世忠（1090年—1151年），字良臣，南宋名将。不久，韩世忠投奔东京留守宗泽。"
                      "绍兴四年，韩世忠率军收复楚州等六州。")
    assert {("韩世忠", "投奔", "宗泽"), ("韩世忠", "收复", "楚州")} <= got


@parser
def test_roles_after_the_native_place(rules):
    got = read(rules, "韩世忠\n\n韩世忠（1090年—1151年），字良臣，延安府人，南宋初年著名的抗金将领和军事家，"
                      "与岳飞并称为“中兴四将”。")
    assert {("韩世忠", "职业", "抗金将领"), ("韩世忠", "职业", "军事家"), ("韩世忠", "朝代", "南宋")} <= got


@parser
def test_the_family_one_came_from(rules):
    got = read(rules, "韩世忠\n\n韩世忠是南宋名将。韩世忠出身农家。")
    assert ("韩世忠", "出身", "农家") in got


@parser
def test_a_class_after_a_clause_of_when_or_where(rules):
    got = read(rules, "小雁塔\n\n小雁塔位于陕西省西安市荐福寺内，是一座始建于唐代的密檐式砖塔。")
    assert ("小雁塔", "是", "密檐式砖塔") in got and ("小雁塔", "成立于", "唐代") in got
    got = read(rules, "华联公司\n\n华联公司是一家总部位于上海的零售企业。")
    assert ("华联公司", "是", "零售企业") in got and ("华联公司", "总部", "上海") in got
