"""Rule extraction on prose shaped the way people write (none of these sentences is in the dev
documents of bench/docs). The English parser tests need spaCy's small English model from the
`ingest` extra; without it the regex rules stand in and those tests are skipped."""
from __future__ import annotations

from graphrag.ingest.chunker import chunk_page, clean_page_text
from graphrag.ingest.extractors.base import ALIAS
from graphrag.ingest.types import Page
from graphrag.ingest.yields import document_yield
from ingest_reading import parser, read, rules  # noqa: F401 (rules is a fixture)


@parser
def test_topic_through_an_apposition_and_she_in_the_next_chunk(rules):
    got = read(rules, "Grace Hopper\n\nGrace Brewster Murray Hopper (9 December 1906 – 1 January 1992) was an "
                      "American computer scientist.",
               "She was born in New York City. Hopper joined the Navy Reserve in 1943.")
    assert ("Grace Hopper", "born in", "New York City") in got
    assert ("Grace Hopper", "born on", "9 December 1906") in got and ("Grace Hopper", "died on", "1 January 1992") in got
    assert ("Grace Hopper", ALIAS, "Grace Brewster Murray Hopper") in got
    assert any(s == "Grace Hopper" and o == "Navy Reserve" for s, _, o in got)  # the surname is the full name


@parser
def test_she_skips_a_man_and_the_husband_is_no_subject(rules):
    got = read(rules, "Marie Tessier was a French botanist. Her husband died in 1890. "
                      "In 1895 she published a flora of Brittany.")
    assert ("Marie Tessier", "occupation", "botanist") in got
    assert any(s == "Marie Tessier" and o == "Brittany" for s, _, o in got)
    assert not any("husband" in s.lower() for s, _, _ in got)


@parser
def test_roles_copulas_with_modifiers_and_the_company(rules):
    got = read(rules, "Jane Okafor is the CEO of Tessaly Robotics. Fjord Marine AS is a Norwegian shipbuilder "
                      "headquartered in Bergen. The company is listed on the Oslo Stock Exchange.")
    assert ("Tessaly Robotics", "CEO", "Jane Okafor") in got
    assert ("Fjord Marine AS", "headquartered in", "Bergen") in got
    assert ("Fjord Marine AS", "listed on", "Oslo Stock Exchange") in got


@parser
def test_passive_with_material_between_and_money_as_a_literal(rules):
    got = read(rules, "Kestrel Labs was founded in Oslo in 2011 by Ingrid Solberg. "
                      "In 2019 Kestrel Labs was acquired by Delmar Group for EUR 450 million.")
    assert ("Kestrel Labs", "founded by", "Ingrid Solberg") in got and ("Kestrel Labs", "founded in", "2011") in got
    assert ("Kestrel Labs", "acquired by", "Delmar Group") in got
    assert any(o == "EUR 450 million" for _, _, o in got)


@parser
def test_relative_clause_lowercase_object_and_a_name_not_cut_at_in(rules):
    got = read(rules, "Paul Dirac, who was born in Bristol, married Manci Balázs. Joseph Priestley discovered oxygen. "
                      "Dorothy Hodgkin received the Nobel Prize in Chemistry in 1964.")
    assert ("Paul Dirac", "born in", "Bristol") in got and ("Paul Dirac", "spouse", "Manci Balázs") in got
    assert ("Joseph Priestley", "discovered", "oxygen") in got
    assert ("Dorothy Hodgkin", "received", "Nobel Prize in Chemistry") in got


@parser
def test_river_verbs_and_quantities(rules):
    got = read(rules, "The Tagus\n\nThe Tagus is the longest river of the Iberian Peninsula. It rises in the "
                      "Sierra de Albarracín and flows into the Atlantic Ocean at Lisbon. The river is 1,007 "
                      "kilometres long. The Zêzere, its largest tributary, joins it at Constância.")
    assert ("Tagus", "rises in", "Sierra de Albarracín") in got and ("Tagus", "flows into", "Atlantic Ocean") in got
    assert ("Tagus", "tributary", "Zêzere") in got


def test_chinese_aliases_dates_native_place_and_pronoun(rules):
    got = read(rules, "茅盾（1896年7月4日－1981年3月27日），原名沈德鸿，浙江桐乡人。他出生于桐乡乌镇，"
                      "后来与孔德沚结婚。")
    assert ("茅盾", ALIAS, "沈德鸿") in got  # a birth name: "沈德鸿出生在哪里？" asks about 茅盾
    assert ("茅盾", "出生日期", "1896年7月4日") in got and ("茅盾", "籍贯", "浙江桐乡") in got
    assert ("茅盾", "出生于", "桐乡乌镇") in got and ("茅盾", "配偶", "孔德沚") in got


def test_chinese_noun_phrase_boundaries_rivers_and_titles(rules):
    got = read(rules, "最大的港口宁波港位于东海之滨。嘉陵江发源于秦岭，在重庆注入长江。《围城》的作者是钱钟书。")
    assert ("宁波港", "位于", "东海之滨") in got
    assert ("嘉陵江", "发源于", "秦岭") in got and ("嘉陵江", "注入", "长江") in got
    assert ("《围城》", "作者", "钱钟书") in got


def test_chinese_company_page_across_chunks(rules):
    got = read(rules, "星河电子有限公司简介\n\n星河电子有限公司成立于1998年，总部设在深圳。",
               "2010年，该公司收购了蓝海光学。现任董事长陈立群于2015年加入公司。公司员工约3000人。")
    assert ("星河电子有限公司", "成立于", "1998年") in got and ("星河电子有限公司", "总部", "深圳") in got
    assert ("星河电子有限公司", "收购", "蓝海光学") in got
    assert ("星河电子有限公司", "董事长", "陈立群") in got
    assert ("星河电子有限公司", "员工", "3000人") in got


def test_headings_stay_apart_from_the_sentence_after_them():
    text = "Cleaning\nUnplug the toaster before cleaning it. Empty the crumb tray once a week.\n"
    assert clean_page_text(text).split("\n\n")[0] == "Cleaning"
    chunks = chunk_page(Page(1, "保养\n每月清洁一次滤网。\n\n售后服务\n整机保修一年。", first_line=1), doc_sha256="0" * 64,
                        doc_name="m.txt", max_tokens=256, overlap=0, count=len)
    assert chunks[0].text.startswith("保养\n\n每月清洁一次滤网。\n\n售后服务\n\n")


def test_yield_report_warns_when_a_long_document_yields_almost_nothing():
    prose = " ".join(f"On day {i} we talked about the weather and the garden for a while, then went home." for i in range(8))
    low = document_yield("minutes.txt", [prose], [("rejected", "subject and object resolve to one entity")])
    assert low.words > 100 and low.facts == 0 and "almost nothing" in low.warning()
    assert low.dropped == {"subject and object resolve to one entity": 1}
    ok = document_yield("bio.txt", [prose], [("graph", "")] * 5)
    assert ok.warning() is None and ok.to_dict()["per_100_words"] > 1


def test_chinese_lake_page_and_a_writers_works(rules):
    lake = read(rules, "洱海\n\n洱海位于云南省大理白族自治州，古称叶榆泽。湖水经西洱河流出，最终汇入澜沧江。洱海面积约250平方千米。")
    assert ("洱海", "位于", "大理白族自治州") in lake and ("大理白族自治州", "位于", "云南省") in lake
    assert ("洱海", "古称", "叶榆泽") in lake
    assert ("洱海", "注入", "澜沧江") in lake and ("洱海", "面积", "250平方千米") in lake
    writer = read(rules, "巴金（1904年11月25日－2005年10月17日），四川成都人。1944年，巴金与萧珊在贵阳结婚。"
                         "其中《家》是他的代表作。")
    assert ("巴金", "配偶", "萧珊") in writer and ("巴金", "代表作", "《家》") in writer


@parser
def test_news_roles_before_names_and_owners(rules):
    got = read(rules, "Lindqvist Foods to close Malmö bakery\n\nSTOCKHOLM, 3 June – Lindqvist Foods, the Swedish "
                      "bread maker, will close its bakery in Malmö. Chief executive Maria Ek said production would "
                      "move to Jönköping. Lindqvist Foods, which is owned by the investment firm Norrskog Capital, "
                      "had revenue of SEK 3.1 billion last year.")
    assert ("Lindqvist Foods", "chief executive", "Maria Ek") in got
    assert ("Lindqvist Foods", "owned by", "Norrskog Capital") in got
    assert any(o == "SEK 3.1 billion" for s, _, o in got if s == "Lindqvist Foods")


@parser
def test_born_as_apposition_with_date_and_place_and_report_figures(rules):
    got = read(rules, "Mary Somerville, born Mary Fairfax on 26 December 1780 in Jedburgh, was a Scottish scientist.")
    assert ("Mary Somerville", ALIAS, "Mary Fairfax") in got and ("Mary Somerville", "born on", "26 December 1780") in got
    assert ("Mary Somerville", "born in", "Jedburgh") in got and ("Mary Somerville", "occupation", "scientist") in got
    report = read(rules, "Oskarsson Pumps AB is a maker of industrial pumps. Net sales rose by 4 percent to "
                         "SEK 2.7 billion. Revenue in Germany was EUR 310 million.")
    assert ("Oskarsson Pumps AB", "sales", "SEK 2.7 billion") in report
    assert ("Oskarsson Pumps AB", "revenue", "EUR 310 million") in report


class _RecordingLLM:
    """Stands in for a capable OpenAI-compatible endpoint (none can run here): records the prompt
    and answers with a fixed JSON reply, so what is offered to the model can be checked."""

    n_ctx = 8192

    def __init__(self, reply: str):
        self.reply, self.prompts = reply, []

    def count_tokens(self, text: str) -> int:
        return len(text) // 3 + 1

    def complete(self, messages, **kw):
        self.prompts.append(messages)
        return self.reply


def test_llm_extractor_offers_the_graphs_relations_and_keeps_literal_objects():
    from graphrag.ingest.extractors.llm import LLMExtractor

    llm = _RecordingLLM('{"triples": [["Oskarsson Pumps", "revenue", "SEK 2.7 billion"], '
                        '["Oskarsson Pumps", "headquartered in", "Västerås"]]}')
    ex = LLMExtractor(llm, relations=["headquartered in", "founded by", "出生于"])
    got = ex.extract("Oskarsson Pumps, headquartered in Västerås, had revenue of SEK 2.7 billion.")
    system = llm.prompts[0][0]["content"]
    assert "(reuse one when it fits): headquartered in, founded by, 出生于." in system
    assert "EUR 8.4 billion" in system  # literals are asked for
    assert {(c.subject, c.relation, c.object) for c in got.candidates} == {
        ("Oskarsson Pumps", "revenue", "SEK 2.7 billion"), ("Oskarsson Pumps", "headquartered in", "Västerås")}


@parser
def test_short_names_titles_and_first_names_resolve_to_the_full_name(rules):
    got = read(rules, "Ada Lovelace\n\nAda Lovelace was an English mathematician. Lady Lovelace married William King "
                      "in 1835. Ada died in Marylebone. Lovelace is buried in Hucknall.")
    assert ("Ada Lovelace", "spouse", "William King") in got and ("Ada Lovelace", "died in", "Marylebone") in got
    assert ("Ada Lovelace", "buried in", "Hucknall") in got
    assert not any(s in ("Lovelace", "Lady Lovelace", "Ada") for s, _, _ in got)


@parser
def test_small_chunks_read_like_one_chunk(tmp_path):
    """What one chunk said ("she", "the company") holds in the next: the same text cut into
    small chunks gives the triples it gives as one chunk."""
    from graphrag.ingest.pipeline import IngestOptions, ingest_paths
    from graphrag.settings import Settings
    from graphrag.store.sqlite import SQLiteGraphStore

    text = ("Tessaly Robotics\n\nTessaly Robotics is a Greek maker of warehouse robots based in Patras. "
            "The company was founded in 2014 by Eleni Vasilaki. She studied at the University of Patras. "
            "In 2021 the company acquired Kinetic Grip, a start-up based in Lyon. Its chief executive, "
            "Nikos Daras, joined in 2019. Tessaly Robotics is listed on the Athens Stock Exchange.")
    got = {}
    for size in (24, 400):
        doc = tmp_path / f"t{size}" / "tessaly.txt"
        doc.parent.mkdir()
        doc.write_text(text, encoding="utf-8")
        settings = Settings.load(tmp_path / f"g{size}")
        with SQLiteGraphStore(settings.home_path) as store:
            summary = ingest_paths([doc], store, settings, options=IngestOptions(extractor="rules", chunk_tokens=size,
                                                                                 overlap_tokens=0))
            got[size] = {(e.subject, e.relation, e.object) for e in store.iter_edges()}
        assert summary.yields and summary.yields[0]["facts"] > 0
    assert ("Tessaly Robotics", "founded by", "Eleni Vasilaki") in got[24]
    assert ("Eleni Vasilaki", "educated at", "University of Patras") in got[24]
    assert got[24] == got[400]


@parser
def test_merged_names_the_tagger_misreads_still_are_objects(rules):
    """A run of capitalised words is merged into one token before parsing; the small model then
    sometimes tags it an adverb ("acquired Stahlwerk Nord"), hangs an apposition on the verb
    ("succeeded by her deputy, John Carter") or calls it an adjective ("is Peter Lind")."""
    got = read(rules, "In 2019 Vellmar Tools GmbH acquired Stahlwerk Nord.")
    assert ("Vellmar Tools GmbH", "acquired", "Stahlwerk Nord") in got
    got = read(rules, "Anna Berg was succeeded by her deputy, John Carter.")
    assert ("Anna Berg", "succeeded by", "John Carter") in got and ("Anna Berg", "deputy", "John Carter") in got
    got = read(rules, "The headmaster of Elm School is Peter Lind.")
    assert ("Elm School", "headmaster", "Peter Lind") in got
    got = read(rules, "The Blue House was designed by the architect Lars Sonck.")  # a participle takes no object
    assert not any(r == "designed" for _, r, _ in got)


@parser
def test_a_thing_topic_is_never_he_or_it_a_person(rules):
    """A document about a thing: "the X" under the heading X is the topic, "he" skips it, "it" as an
    object is not the subject itself, a made-verb's date belongs to the work, not its maker."""
    got = read(rules, "Tellur clock\n\nThe Tellur clock is a mechanical device named after the Danish engineer Aksel Tellur.",
               "Tellur first showed it in 1902 at the Copenhagen Exhibition. He later built a larger copy.")
    assert ("Tellur clock", "named after", "Aksel Tellur") in got
    assert not any(s == "Tellur clock" and r in ("built", "showed") for s, r, _ in got)
    got = read(rules, "Storm Bay\n\nStorm Bay is an oil painting by the Danish artist Ida Krogh, completed in May 1911.",
               "Krogh refused to sell the picture; it finally entered the Ribe Museum in 1950.")
    assert ("Storm Bay", "oil painting by", "Ida Krogh") in got and ("Storm Bay", "completed in", "May 1911") in got
    assert not any(s in ("Ida Krogh", "Krogh") and r == "completed in" for s, r, _ in got)
    assert not any(s in ("Ida Krogh", "Krogh") and o == "Ribe Museum" for s, _, o in got)


def test_chinese_makers_collections_passives_materials_and_roles(rules):
    got = read(rules, "《星空》\n\n《星空》是荷兰画家梵高创作的一幅油画，现藏于纽约现代艺术博物馆。")
    assert ("《星空》", "作者", "梵高") in got and ("《星空》", "收藏于", "纽约现代艺术博物馆") in got
    assert ("《星空》", "是", "油画") in got and not any(o == "一幅油画" for _, _, o in got)
    got = read(rules, "青岛海牛足球俱乐部\n\n青岛海牛足球俱乐部是一家职业足球俱乐部。2005年，该俱乐部被远洋集团收购。"
                      "俱乐部现任主教练是李明。")
    assert ("远洋集团", "收购", "青岛海牛足球俱乐部") in got
    assert ("青岛海牛足球俱乐部", "主教练", "李明") in got and not any(r == "是" and o == "李明" for _, r, o in got)
    got = read(rules, "水运仪象台\n\n水运仪象台是一座天文仪器，由北宋科学家苏颂主持建造。这台仪器用黄铜铸成，大约建成于1092年。")
    assert ("水运仪象台", "材料", "黄铜") in got and ("水运仪象台", "建成于", "1092年") in got


@parser
def test_a_document_about_a_work_or_a_club_names_it_by_kind_words_and_offices(rules):
    got = read(rules, "The Harbour Clock\n\nThe Harbour Clock is a mechanical device created by the engineer Nils Borg in 1890.",
               "The device is housed in the Maritime Museum in Kalmar.")
    assert ("Harbour Clock", "created by", "Nils Borg") in got
    assert ("Harbour Clock", "housed in", "Maritime Museum") in got
    got = read(rules, "Hallby IF\n\nHallby IF is a Swedish football club based in Hallby. The current captain is Erik Lund.",
               "The Vestby team would stay in Lund.")
    assert ("Hallby IF", "current captain", "Erik Lund") in got
    assert ("Hallby IF", "based in", "Hallby") in got  # the town the club is named after is not the club
    assert not any(r.endswith("alias") and o == "Hallby" for _, r, o in got)
    assert not any(s == "Hallby IF" and r.startswith("stay") for s, r, _ in got)  # another team, named


@parser
def test_offices_names_after_roles_and_clauses_misread_as_objects(rules):
    got = read(rules, "Tornvik Energy\n\nTornvik Energy is a Norwegian maker of turbines, headquartered in Bergen. "
                      "Kari Holm has been chief executive since 2020. Tornvik employs about 900 people and its shares "
                      "trade on the Oslo Stock Exchange.")
    assert ("Tornvik Energy", "chief executive", "Kari Holm") in got
    assert not any(o.lower().startswith("its ") for _, _, o in got)
    got = read(rules, "Ada Lind\n\nAda Lind was a Danish physicist. In 1920 she moved to Berlin, where she worked with "
                      "the chemist Otto Brandt for ten years.")
    assert ("Ada Lind", "worked with", "Otto Brandt") in got
    assert not any(r == "moved" and o == "Otto Brandt" for _, r, o in got)


def test_chinese_lists_of_subjects_routes_and_predicates_that_are_no_subjects(rules):
    got = read(rules, "太湖\n\n太湖位于江苏省南部，是中国第三大淡水湖。苕溪、荆溪和东苕溪三条河流注入太湖，湖水经吴淞江流入黄浦江。")
    assert {("苕溪", "注入", "太湖"), ("荆溪", "注入", "太湖"), ("东苕溪", "注入", "太湖")} <= got
    assert ("太湖", "注入", "黄浦江") in got
    got = read(rules, "华新水泥股份有限公司\n\n华新水泥股份有限公司的前身是1907年由商人程祖福创办的大冶湖北水泥厂，总部设在湖北省武汉市。"
                      "1994年，公司在上海证券交易所上市，成为首家在境外上市的建材企业。公司现任董事长为李叶青。")
    assert ("华新水泥股份有限公司", "董事长", "李叶青") in got
    assert ("华新水泥股份有限公司", "上市", "上海证券交易所") in got
    assert not any(s.startswith(("前身", "成为")) for s, _, _ in got) and not any(r == "职务" for _, r, _ in got)


@parser
def test_merged_names_misread_around_be_and_months_and_titles(rules):
    """The parser reads some merged names as adverbs or verbs: the heading, "X was a Y" and a
    subject surname still work; a month opens no name; a title is no part of the name."""
    got = read(rules, "Edith Varga\n\nEdith Margit Varga (3 May 1901 – 9 June 1970) was a Hungarian mathematician, "
                      "astronomer and translator. Varga attended Fasori Gimnázium.")
    assert ("Edith Varga", "occupation", "mathematician") in got and ("Edith Varga", "born on", "3 May 1901") in got
    assert any(s == "Edith Varga" and o == "Fasori Gimnázium" for s, _, o in got)
    got = read(rules, "Norvala Shipping\n\nNorvala Shipping ASA operates ferries. In October Norvala acquired the Danish "
                      "operator Fyn Linjen. Chairman Per Aas owns 11 percent of the shares.")
    assert any(s in ("Norvala Shipping", "Norvala Shipping ASA") and r == "acquired" and o == "Fyn Linjen" for s, r, o in got)
    assert not any("October" in s for s, _, _ in got) and not any(s.startswith("Chairman") for s, _, _ in got)


@parser
def test_it_is_no_person_named_by_a_surname_and_no_buyer_is_no_object(rules):
    got = read(rules, "The Mill Pond\n\nThe Mill Pond is an oil painting by the English artist Thomas Greer, finished in 1830. "
                      "The mill belonged to his brother, Henry Greer. Greer first exhibited the work in London, but it "
                      "found no buyer there. In 1834 it was shown in Paris.")
    assert ("Mill Pond", "oil painting by", "Thomas Greer") in got and ("Mill Pond", "shown in", "Paris") in got
    assert not any(s in ("Greer", "Thomas Greer") and r.startswith("shown") for s, r, _ in got)
    assert not any(o == "buyer" for _, _, o in got)


def test_chinese_a_name_alone_opens_the_clauses_after_it_and_modifiers_before_de(rules):
    got = read(rules, "鸣沙钟\n\n鸣沙钟是北宋工匠燕肃于天圣年间（公元1030年）制成的计时仪器。燕肃，字穆之，青州益都人，曾任龙图阁直学士。")
    assert ("鸣沙钟", "制作者", "燕肃") in got and ("鸣沙钟", "制成于", "天圣年间") in got
    assert ("燕肃", "籍贯", "青州益都") in got and not any(s == "鸣沙钟" and r == "职务" for s, r, _ in got)
    got = read(rules, "天津泰达足球俱乐部\n\n天津泰达足球俱乐部是一家总部位于天津的职业足球俱乐部。球队的主场是天津泰达足球场。"
                      "俱乐部由泰达控股集团控股。名宿张效瑞后来担任了俱乐部的青训总监。")
    assert ("天津泰达足球俱乐部", "总部", "天津") in got and ("天津泰达足球俱乐部", "主场", "天津泰达足球场") in got
    assert ("天津泰达足球俱乐部", "控股方", "泰达控股集团") in got and ("天津泰达足球俱乐部", "青训总监", "张效瑞") in got
    assert not any(s == "职业足球俱乐部" for s, _, _ in got)


def test_a_chinese_report_heading_names_the_company(rules):
    got = read(rules, "远山光电股份有限公司2023年度报告摘要\n\n远山光电股份有限公司成立于2009年，总部位于江苏省南京市。")
    assert ("远山光电股份有限公司", "成立于", "2009年") in got
    assert not any("报告" in s for s, _, _ in got)


def test_chinese_attributable_profit_is_no_membership(rules):
    got = read(rules, "远山光电股份有限公司\n\n远山光电股份有限公司归属于上市公司股东的净利润为3.2亿元。")
    assert not any(r == "属于" for _, r, _ in got)


# -- issue 15, held-out round 3: rules about grammar found on new genres (sentences of their own) --

@parser
def test_a_common_noun_heading_is_the_topic_and_it_is_never_the_last_person(rules):
    got = read(rules, "Neon\n\nNeon is a chemical element with the symbol Ne and atomic number 10. "
                      "The Scottish chemist Morris Travers studied the gas in 1898. "
                      "It glows reddish orange in a vacuum discharge tube.")
    assert ("Neon", "type", "chemical element") in got
    assert ("Neon", "symbol", "Ne") in got and ("Neon", "atomic number", "10") in got
    assert not any(s == "Morris Travers" and r.startswith("glows") for s, r, _ in got)


@parser
def test_denied_clauses_cut_objects_and_back_references_give_nothing(rules):
    got = read(rules, "Brightline 3 drops support for older tablets. Brightline 3 no longer runs on Windows XP. "
                      "The astronomer Lena Fors observed a faint comet in 1911. Two years later Fors observed the comet again.")
    assert not any(r.startswith("runs") for _, r, _ in got)  # "no longer runs on"
    assert not any(r == "drops for" or o == "support" for _, r, o in got)  # the object's "for" stays with it
    assert not any(o == "comet" for _, _, o in got)  # "the comet": said before, so a reference back


@parser
def test_co_founded_its_in_a_persons_clause_and_place_based(rules):
    got = read(rules, "Bergen-based software maker Trellis Labs released Ardent 2, a budgeting app. "
                      "\"We listened,\" said Maja Lund, who co-founded Trellis Labs with Ola Dahl in 2011 and has been "
                      "its chief executive since then.")
    assert ("Trellis Labs", "based in", "Bergen") in got
    assert ("Maja Lund", "founded", "Trellis Labs") in got and ("Trellis Labs", "co-founded in", "2011") in got
    assert ("Maja Lund", "chief executive of", "Trellis Labs") in got
    assert not any(r.startswith("-") for _, r, _ in got)


@parser
def test_parallel_places_definite_descriptions_and_summative_appositions(rules):
    got = read(rules, "Lindau\n\nLindau is twinned with Chelles in France and Hergatz in Germany. "
                      "In 1632 Lindau was the scene of a long siege. "
                      "The archive keeps its records in a format based on XML, a choice that the council defended.")
    assert ("Chelles", "located in", "France") in got
    assert not any(r == "twinned in" for _, r, _ in got)
    assert not any(s == "XML" for s, _, _ in got)  # "a choice that the council defended" is about the clause


@parser
def test_a_stray_agent_of_a_passive_and_a_merger(rules):
    got = read(rules, "Krypton was first noticed as a bright line in a spectrum in 1898 by the English chemist William Ramsay. "
                      "Vesta Bank, formed in 2001 by the merger of Nordbank and Kustbank, is based in Turku.")
    assert ("Krypton", "noticed by", "William Ramsay") in got
    assert ("Vesta Bank", "merger of", "Nordbank") in got and ("Vesta Bank", "merger of", "Kustbank") in got


def test_chinese_times_and_places_inside_are_no_subjects_and_reign_years_no_values(rules):
    got = read(rules, "李冰\n\n李冰，字仲明，原姓赵，战国时期水利家。"
                      "秦昭王三十年（前277年），李冰任蜀郡守，后升任大夫。"
                      "明清时期是该地最繁荣的时期之一。堰内的分水堤是中国最早的一座鱼嘴。"
                      "李冰在巡视的途中病逝于什邡。")
    assert ("李冰", "字", "仲明") in got and ("李冰", ALIAS, "仲明") not in got and ("李冰", "原姓", "赵") in got
    assert not any(s in ("明清时期", "堰内", "升") for s, _, _ in got)
    assert not any(o.endswith("途中") for _, _, o in got) and ("李冰", "逝世于", "什邡") in got
    assert not any(r == "秦昭王" or o == "三十年" for _, r, o in got)


def test_chinese_quoted_aliases_counts_in_ten_thousands_and_lists(rules):
    got = read(rules, "温州\n\n温州，简称“瓯”，别称鹿城、东瓯，是浙江省下辖的地级市。2020年末常住人口约957万人。"
                      "皮革、服装和眼镜是其支柱产业。")
    assert ("温州", ALIAS, "瓯") in got and ("温州", "别称", "鹿城") in got and ("温州", "别称", "东瓯") in got
    assert ("温州", "隶属于", "浙江省") in got
    assert ("温州", "常住人口", "957万人") in got
    assert not any("、" in s or o.startswith("其") for s, _, o in got)


@parser
def test_a_role_written_before_a_name_gives_occupation_and_nationality(rules):
    got = read(rules, "Argon\n\nArgon was isolated in 1894 by the Irish physicist John Joly and the English chemist "
                      "Ada Marsh. The gas was named by the Welsh engineer Owen Price.")
    assert ("Ada Marsh", "occupation", "chemist") in got and ("Ada Marsh", "nationality", "English") in got
    assert ("Owen Price", "occupation", "engineer") in got and ("Owen Price", "nationality", "Welsh") in got
    assert ("Argon", "isolated in", "1894") in got


@parser
def test_his_in_a_document_about_a_thing_is_the_last_sentence_s_subject(rules):
    got = read(rules, "Great Melbourne Telescope\n\nThe Great Melbourne Telescope is a reflecting telescope in Australia. "
                      "Its mirror was polished by the optician Thomas Grubb. "
                      "In 1869 Hugh Newall used it to observe nebulae. His assistant, Robert Ellery, kept the records.")
    assert ("Hugh Newall", "assistant", "Robert Ellery") in got
    assert not any(s == "Thomas Grubb" and r == "assistant" for s, r, _ in got)


@parser
def test_the_noun_ending_a_name_the_home_in_a_place_and_a_class_without_its_place(rules):
    got = read(rules, "Kepler Dome\n\nThe Kepler Dome is a planetarium near Linz Observatory in Austria. "
                      "Today the observatory is run by the Danube Science Trust. "
                      "The building was paid for by Karl Moser, a Vienna banker. Moser died at his home in Graz.")
    assert ("Linz Observatory", "run by", "Danube Science Trust") in got
    assert ("Karl Moser", "died in", "Graz") in got
    assert any(s == "Karl Moser" and o == "banker" for s, _, o in got)


def test_chinese_a_role_before_a_persons_name_is_the_occupation(rules):
    got = read(rules, "浑仪\n\n浑仪是北宋天文学家苏颂主持制成的天文仪器。")
    assert ("苏颂", "职业", "天文学家") in got


@parser
def test_without_denies_it_in_a_because_clause_and_names_through_for(rules):
    got = read(rules, "Olm\n\nThe olm is a cave salamander of the Dinaric Alps. It reaches old age without leaving the water. "
                      "The European Society for Cave Biology lists the olm as vulnerable. "
                      "The creature is studied in laboratories because it can live for a decade without food.")
    assert not any(r.startswith("leaving") for _, r, _ in got)
    assert not any(s.startswith("European Society") and r.startswith("live") for s, r, _ in got)
    assert any(s == "European Society for Cave Biology" for s, _, _ in got)
    assert not any(o in ("whole life", "life") for _, _, o in got)


def test_chinese_a_verb_with_yu_names_the_relation_and_jingnei_is_no_part_of_the_place(rules):
    got = read(rules, "青城山\n\n青城山位于四川省都江堰市境内。天师洞修建于隋代。"
                      "山下的商人聚居于镇南。青城山是一座专注于养生的道教名山。")
    assert ("青城山", "位于", "都江堰市") in got and ("都江堰市", "位于", "四川省") in got  # the city, then its province
    assert ("天师洞", "修建于", "隋代") in got
    assert not any(s == "商人" for s, _, _ in got)  # a common noun is no subject of a fact
    assert not any(r == "专注于" for _, r, _ in got)  # "…专注于…的名山" describes a noun


@parser
def test_a_duration_is_no_figure_listed_rivals_are_roles_and_a_definite_description_no_class(rules):
    got = read(rules, "Ardent 2\n\nArdent 2 is a budgeting app made by Trellis Labs. The new version had been three years "
                      "in development. Its main competitors include Monarch and Tally. "
                      "In 2020 Ardent 2 was the subject of a long lawsuit.")
    assert not any(o == "three years" for _, _, o in got)
    assert ("Ardent 2", "competitors", "Monarch") in got and ("Ardent 2", "competitors", "Tally") in got
    assert not any(o == "subject" for _, _, o in got)


def test_chinese_one_of_gives_the_class_and_a_period_is_no_part_of_the_role(rules):
    got = read(rules, "沈括\n\n沈括，北宋科学家、政治家。梦溪园是镇江著名的园林之一。")
    assert ("沈括", "职业", "科学家") in got and ("沈括", "职业", "政治家") in got
    assert ("梦溪园", "是", "园林") in got


@parser
def test_a_definition_without_a_heading_makes_a_common_noun_the_topic(rules):
    got = read(rules, "Cholera is an infectious disease of the small intestine. The disease was first described in "
                      "Bengal. In 1854 the English physician John Snow traced an outbreak "
                      "in London to a single pump.")
    assert ("Cholera", "type", "infectious disease") in got
    assert any(s == "Cholera" and o == "Bengal" for s, _, o in got)  # "the disease": the class it was given
    assert ("John Snow", "occupation", "physician") in got and ("John Snow", "nationality", "English") in got


@parser
def test_a_named_noun_plural_roles_and_a_firm_with_an_ampersand(rules):
    got = read(rules, "Tuberculosis is a bacterial disease. A vaccine, known as BCG, was developed in 1921 by the "
                      "French scientists Albert Calmette and Camille Guerin. BCG was first produced by "
                      "Hoffmann, Lowe & Co. under the direction of the Swiss chemist Anton Lowe.")
    assert ("BCG", "developed by", "Albert Calmette") in got and ("BCG", "developed in", "1921") in got
    assert ("BCG", "type", "vaccine") in got
    for who in ("Albert Calmette", "Camille Guerin"):
        assert (who, "nationality", "French") in got and (who, "occupation", "scientist") in got
    assert ("Anton Lowe", "occupation", "chemist") in got and ("Anton Lowe", "nationality", "Swiss") in got
    assert any(o == "Hoffmann, Lowe & Co." for _, _, o in got) and not any(o == "Co." for _, _, o in got)


@parser
def test_a_report_speaks_for_its_company_and_its_letter_is_signed(rules):
    got = read(rules, "Kestrel Marine plc – Annual Report 2024\n\nDear shareholders,\n\n"
                      "2024 was a good year for the business we have built. Revenue rose 6 percent to GBP 820 million. "
                      "Our Offshore Services division, which operates 40 vessels, grew fastest. "
                      "In May we completed the purchase of Baltic Tow AB, a towage company based in Gdansk; "
                      "it is now a subsidiary. Kestrel is headquartered in Aberdeen, and its shares are listed on "
                      "the London Stock Exchange.\n\nHelen Marsh\nChief Executive")
    home = "Kestrel Marine plc"
    assert (home, "revenue", "GBP 820 million") in got
    assert (home, "division", "Offshore Services") in got and ("Offshore Services", "operates", "40 vessels") in got
    assert (home, "acquired", "Baltic Tow AB") in got
    assert not any(s == home and o == "subsidiary" for s, _, o in got)  # "it" after "we" is not the company
    assert (home, "listed on", "London Stock Exchange") in got  # "its" after the main verb: the main subject
    assert (home, "chief executive", "Helen Marsh") in got


def test_overlapping_chunks_are_read_once(rules):
    got = read(rules, "Kestrel Marine plc builds tugs. In May we completed the purchase of Baltic Tow AB. "
                      "It is now a subsidiary.",
               "It is now a subsidiary. Kestrel Marine plc is based in Aberdeen.")
    assert not any(o == "subsidiary" for _, _, o in got)
    assert ("Kestrel Marine plc", "based in", "Aberdeen") in got


def test_chinese_superlatives_a_demonstrative_railway_and_a_name_opening_a_value(rules):
    got = read(rules, "洞庭湖是中国第二大淡水湖。湖区最大的河流是湘江，全长约856公里，自南向北流经长沙，在岳阳注入洞庭湖。"
                      "湖区山地众多，其中君山主峰海拔63米，是湖中的最高峰。"
                      "1898年，清政府决定修建粤汉铁路。这条铁路全长约1096公里，于1936年全线通车。")
    assert ("洞庭湖", "最大河流", "湘江") in got
    assert ("湘江", "全长", "856公里") in got and ("湘江", "流经", "长沙") in got  # not "南向北"
    assert ("君山", "主峰海拔", "63米") in got
    assert ("洞庭湖", "最高峰", "君山") in got
    assert ("粤汉铁路", "全长", "1096公里") in got
    assert not any(s in ("南向北", "自南向北") for s, _, _ in got)


def test_chinese_no_heading_first_subject_is_the_topic_and_no_event_durations(rules):
    got = read(rules, "海南岛是中国第二大岛，面积约3.39万平方公里。全岛属热带季风气候。"
                      "北宋文学家苏轼曾被贬至儋州，在那里居住了三年。西汉元封元年（公元前110年），汉武帝在岛上设郡。")
    assert ("海南岛", "面积", "3.39万平方公里") in got
    assert not any(o in ("三年", "110年") for _, _, o in got)


@parser
def test_a_word_for_the_topics_kind_and_a_phrase_that_belongs_to_the_object(rules):
    got = read(rules, "Quokka\n\nThe quokka is a small wallaby native to south-western Australia. "
                      "The species was first described by the Dutch explorer Willem de Vlamingh in 1696. "
                      "Early sailors associated it with the Roman god Saturn. "
                      "The purchase of the island was approved in 1917.")
    assert ("Quokka", "described by", "Willem de Vlamingh") in got  # "the species": agrees with one, never used before
    assert any(s == "Quokka" and r.startswith("associated with") for s, r, _ in got)
    assert not any(s == "sailors" or r == "associated with" and s != "Quokka" for s, r, _ in got)
    assert not any(s == "Quokka" and "approved" in r for s, r, _ in got)  # "the purchase" is an event, not the quokka


def test_chinese_appointed_as_and_two_posts_joined_by_jian(rules):
    got = read(rules, "茅以升（1896年1月9日－1989年11月12日），江苏镇江人。1934年，政府决定修建钱塘江大桥，任命茅以升为总工程师。"
                      "此后，他历任交通部桥梁设计工程处处长兼总工程师等职。")
    assert ("茅以升", "职务", "总工程师") in got
    assert any(s == "茅以升" and "处长" in o for s, _, o in got)
    assert not any(o.endswith("兼总工程师") for _, _, o in got)


@parser
def test_a_title_before_a_name_is_an_alias_and_a_fact(rules):
    got = read(rules, "Fountains Abbey was founded in 1132 by Archbishop Thurstan. King Henry VIII closed it in 1539. "
                      "St Mary's Abbey is located in York.")
    assert ("Archbishop Thurstan", ALIAS, "Thurstan") in got and ("Archbishop Thurstan", "title", "archbishop") in got
    assert ("King Henry VIII", ALIAS, "Henry VIII") in got
    assert not any(r == "title" and o == "st" for _, r, o in got)


@parser
def test_an_indefinite_object_placed_by_a_name_keeps_its_noun(rules):
    got = read(rules, "Lund University is a public university in Sweden. It also runs a second campus in Helsingborg. "
                      "The Kestrel WX-3 carries a two-year warranty from the date of purchase.")
    assert ("Lund University", "runs campus in", "Helsingborg") in got
    assert not any(o == "campus" for _, _, o in got)  # "runs campus" alone says nothing
    assert any(o == "two-year warranty" for _, _, o in got)  # no named place: the object stays


@parser
def test_which_never_stands_for_a_person(rules):
    # the parser hangs the clause on the nearest name, the painter; "which" tells of the painting
    got = read(rules, "The gallery's best-known work is the Night Harbour by Ansel Moreau, which was stolen in 1921 "
                      "by Pietro Lanza.")
    assert ("Night Harbour", "stolen by", "Pietro Lanza") in got
    assert not any(s == "Ansel Moreau" and r.startswith("stolen") for s, r, _ in got)
    # a thing the text never names: no fact rather than the architect's
    got = read(rules, "Its most visible result is the glass dome over the Cour Royale, designed by the Danish architect "
                      "Karen Holm, which opened in 1994 as the main entrance.")
    assert not any(s == "Karen Holm" and r.startswith("opened") for s, r, _ in got)
    # "who" still tells of the person
    got = read(rules, "The dome was designed by Karen Holm, who was born in Aarhus.")
    assert ("Karen Holm", "born in", "Aarhus") in got


def test_a_chinese_month_and_day_opening_a_clause_is_when_not_who(rules):
    got = read(rules, "林思远（1870年－1931年），中国水利工程师。1931年，他主持运河的修复工程，因劳累病重，同年5月12日在镇江逝世。")
    assert ("林思远", "逝世于", "镇江") in got
    assert not any(s.endswith("日") for s, _, _ in got)


@parser
def test_the_class_noun_the_topic_was_described_by_is_the_topic(rules):
    # (heldout_s15: in an article about Edinburgh, "the city" after "after Glasgow, its second most
    # populous city" became Glasgow: "Glasgow hosts festivals")
    got = read(rules, "Tarvel\n\nTarvel is the capital city of Norland and, after Brask, its second largest "
                      "city. Every summer the city hosts a music festival.")
    assert ("Tarvel", "hosts", "music festival") in got
    assert not any(s == "Brask" and r == "hosts" for s, r, _ in got)
    # a topic that is no city is never "the city"
    got = read(rules, "Ana Lund\n\nAna Lund is a Norlandic poet. In 1950 she moved to Brask, a port city. "
                      "The city hosts a festival in her honour.")
    assert not any(s == "Ana Lund" and r == "hosts" for s, r, _ in got)


@parser
def test_a_preposition_opening_the_sentence_is_no_part_of_the_name_after_it(rules):
    # (heldout_s15: "Unlike Hubble, which was launched in 1990 …" gave the subject "Unlike Hubble")
    got = read(rules, "Unlike Kepler, which was launched in 2009, the Vela probe will orbit Mars.")
    assert ("Kepler", "launched in", "2009") in got
    assert not any(s.startswith("Unlike") for s, _, _ in got)
    got = read(rules, "Despite Napoleon Bonaparte's defeat in 1815, Lyon kept its silk trade.")
    assert not any("Despite" in s or "Despite" in o for s, _, o in got)


@parser
def test_a_long_dateline_is_no_subject(rules):
    # (heldout_s15: "KOUROU, French Guiana, 25 December 2021 — The James Webb Space Telescope … was
    # launched …" made the dateline's town the thing launched)
    got = read(rules, "Station opens\n\nPUERTO AYORA, Galápagos Islands, 12 September 2019 — The Darwin Marine "
                      "Station, the largest research base on the islands, was opened on Thursday by the Ecuadorian "
                      "government.")
    assert not any(s.startswith("PUERTO") for s, _, _ in got)
    assert any(s == "Darwin Marine Station" and r.startswith("opened") for s, r, _ in got), got
