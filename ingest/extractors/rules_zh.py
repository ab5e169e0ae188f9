"""Chinese patterns, no model: verb anchors (`X位于Y`, `X发源于Y`, `X注入Y`, `X收购了Y`…),
`X是Y的Z`, `X的Z是Y`, `X由Y创办`, `在X上市`, `与X结婚`, `X与Y交汇`, 《…》 titles, aliases
(`原名`, `又名`, `以下简称`), dates of life in brackets, `X人` (native place), role + name
("总经理林晓岚"), and attribute–value clauses ending in a literal ("额定功率为45瓦",
"营业收入38.6亿元"). A clause without a subject, or with 他/她/该公司/本产品, takes the
subject the document's `Discourse` points at; the document's heading is its topic.

Noun-phrase boundaries come from the clause text (punctuation, 的, anchors), trimmed with
jieba's part-of-speech tags: "最大的港口上海港" → 上海港, "工程师周明远" → 周明远."""
from __future__ import annotations

import logging
import re

from graphrag.ingest.extractors.base import ALIAS
from graphrag.ingest.extractors.discourse import Discourse, key
from graphrag.ingest.types import Candidate

# anchor text → relation; longest first so 出生于 wins over 生于
_ANCHORS = {
    "出生于": "出生于", "出生在": "出生于", "诞生于": "出生于", "生于": "出生于",
    "坐落于": "位于", "坐落在": "位于", "位于": "位于", "地处": "位于",
    "隶属于": "属于", "属于": "属于",
    "毕业于": "毕业于", "就读于": "就读于", "任职于": "任职于", "就职于": "任职于", "供职于": "任职于",
    "任教于": "任教于", "逝世于": "逝世于", "去世于": "逝世于", "病逝于": "逝世于", "卒于": "逝世于",
    "创立了": "创立", "创办了": "创立", "创建了": "创立", "发现了": "发现", "发明了": "发明",
    "创立": "创立", "创办": "创立", "创建": "创立", "创办于": "创办于", "致力于": "致力于",
    "发源于": "发源于", "源于": "发源于", "发源自": "发源于", "注入": "注入", "汇入": "注入", "流入": "注入",
    "流经": "流经", "并入": "并入", "迁居": "迁居", "移居": "迁居", "定居于": "定居于", "定居在": "定居于",
    "始于": "始于", "成立于": "成立于", "创立于": "成立于", "创建于": "成立于", "始建于": "成立于", "建于": "成立于",
    "总部位于": "总部", "总部设在": "总部", "总部设于": "总部", "总部在": "总部", "设在": "设在", "设于": "设在",
    "创制": "创制", "来到": "到达", "到达": "到达", "抵达": "到达", "漂泊到": "到达", "流落到": "到达",
    "收购了": "收购", "收购": "收购", "并购了": "收购", "并购": "收购", "参加了": "参加", "参加": "参加",
    "加入了": "加入", "加入": "加入", "嫁给": "配偶", "娶了": "配偶", "翻译了": "翻译", "发表了": "发表",
    "再嫁": "配偶", "改嫁": "配偶", "再嫁给": "配偶", "改嫁给": "配偶",  # a second marriage: "1132年，她在杭州再嫁张汝舟"
    "发表": "发表", "出版了": "出版", "升入": "就读于", "考入": "就读于", "创作了": "作品", "著有": "作品", "写成": "作品", "写下了": "作品", "写下": "作品", "题写了": "题写", "题写": "题写", "毗邻": "毗邻", "接壤": "接壤",
    "建立了": "建立", "建立": "建立",
    "建成于": "建成于", "落成于": "建成于", "竣工于": "建成于", "制成于": "制成于", "创作于": "创作于", "绘制于": "创作于",
    "发明于": "发明于", "现藏于": "收藏于", "收藏于": "收藏于", "藏于": "收藏于", "陈列于": "陈列于", "陈列在": "陈列于",
    "横跨在": "横跨", "横跨": "横跨", "跨越": "跨越", "横卧在": "横跨", "横卧于": "横跨",
    "展出于": "陈列于", "前往": "前往", "效力于": "效力于", "主场设在": "主场", "主场位于": "主场",
    "又名": ALIAS, "又称": ALIAS, "别名": ALIAS, "原名": ALIAS, "古称": ALIAS, "旧称": ALIAS, "本名": ALIAS,
    "俗称": ALIAS, "简称": ALIAS, "别称": ALIAS, "世称": ALIAS, "人称": ALIAS,
    "祖籍": "祖籍", "原籍": "祖籍",  # "祖籍安徽婺源", "创始人乐显扬原籍浙江宁波": where the family came from
}
# "北临无锡，东接苏州，南濒湖州": what lies on each side
_ANCHORS.update({d + v: d + v for d in "东南西北" for v in "临接濒邻靠依连倚界毗"})
_ANCHORS["地跨"] = "地跨"
# A courtesy name, a former or a popular name ("字子瞻", "古称新平", "别称鲤城") is a fact of its own: an alias
# would make one node of the two names, and "苏轼 字 子瞻" a loop the graph drops (then "苏轼的字是什么？" has
# no fact). A short form (简称 "华为", "鲤") names the same thing in the text after it, and a person's
# birth name (原名, 本名: "冰心，原名谢婉莹") in questions about them: these stay aliases as well;
# the document's own reading still takes the other names as the thing (ctx.alias)
_SAME_NAME = frozenset({"简称", "原名", "本名"})
_NAME_RELS = frozenset("字 号 小字 表字 自号 别号 名 又名 又称 别名 原名 古称 旧称 本名 俗称 别称 世称 人称".split())
# (not "由南向北依次为…": 依次 is "in turn", no 北依)
_ANCHOR_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _ANCHORS), key=len, reverse=True)) + ")(?!次)")
_CLAUSE = re.compile(r"[，,。！？；;!?：:\n（）()「」“”\"]+")
_PRONOUNS = frozenset("他 她 它 他们 她们 它们 其".split())
_PRONOUN_EN = {"他": "he", "她": "she", "它": "it", "他们": "they", "她们": "they", "其": ""}
_CLASS_REF = re.compile(r"^(?:该|本|此|这家|这所|这座|这条|这个|这款)(公司|集团|企业|校|学校|大学|湖|河|江|山|城|市|产品|机|品|院|馆)")
_CLASS_ENDS = {"校": ("学", "校", "院", "中"), "学校": ("学", "校", "院", "中"), "大学": ("大学", "学院"),
               "河": ("河", "江", "水"), "江": ("江", "河"), "市": ("市", "城"), "城": ("城", "市")}
_PERSONAL_ROLES = ("家", "师", "员", "者", "手", "人", "官", "名将", "大将", "帅")  # (名将: "抗倭名将", not 即将)
_ROLES = ("董事长", "总经理", "总裁", "首席执行官", "执行董事", "董事", "主席", "副主席", "名誉主席", "会长", "院长",
          "校长", "所长", "社长", "部长", "局长", "市长", "省长", "主任", "主编", "总监", "经理", "创始人",
          "合伙人", "负责人", "教授", "主教练", "教练", "队长", "馆长", "台长", "总工程师", "总设计师", "总建筑师",
          "CEO", "CFO", "CTO")
_APPOSED = re.compile(r"^.*?(?:企业|公司|集团|工程师|学家|作家|诗人|画家|旅行家|探险家|航海家|政治家|军事家|思想家|音乐家|艺术家|书法家|传教士|港口|城市|名胜|景点|品牌|机构|总经理|董事长|"
                      r"总裁|主席|经理|教授|演员|歌手|导演|名宿|球员|队员|选手|运动员|工匠|学者|大将|将军|名将)(?=[^协学会员院所].)")
_SUBJ_JUNK = re.compile(r"^(?:[^，]{1,6}?(?:以后|之后|后(?!来)|时(?!代|期|间)|期间|以来)(?=.)|幼年|童年|少年|早年|晚年|中年|"
                        r"[自由从].{1,3}?[向到至].{1,3})+")
_TIME_NOUN = re.compile(r"(?:于|在|到)?(?:年底|年初|年末|年中|年终|月底|月初|月末|岁末|当天|当日|次日|翌日|同日|当晚|"
                        r"当年|同年|次年|翌年|[春夏秋冬][天季]|晚年|早年|此时|其时|当时|随后|此后|后来)")
_AGE = re.compile(r"(?:约|大约)?[\d一二三四五六七八九十两]{1,3}岁(?:时|那年|以后|之后|后|前)?")
_LEAD_JUNK = re.compile(r"^(?:最终|最后|随后|然后|不久(?:之?后|以后)?|随即|旋即|紧?接着|很快|[东南西北](?:起|至|到|抵)|终于|其中|后来|目前|现在|当时|此前|此后|随后|同时|另外|此外|而且|并且|并|且|又|也|还|曾经|曾|已经|已|大约|大概|约|次年|同年|翌年|当年|[这那]一?年|"
                        r"先后|一直|主要|均|都|则|便|就|即|遂|再|在此|这里|那里|于|从|自|据估计|据统计|据记载|据说|相传|(?:一般|普遍|通常)认为|通常|一般|最远|[多数几]年(?:来|间|后)?(?!生)|"
                        r"[\d一二三四五六七八九十〇零]{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:末|初|底)?|[春夏秋冬]季|"
                        r"[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}[日号])?(?:[上中下]旬|初|底)?)+")
_TAIL_JUNK = re.compile(r"(?:(?<=[他她它们])先|遂|大多|大都|大部分|多半|一生|毕生|终生|全部|历来|向来|一向|自古|常常|经常|时常|(?<=[\u4e00-\u9fff]{2})常|往往|总是|最早|最初|起初|原本|本来|原先|早先|开始|继续|陆续|分别|正式|共同|曾经|曾|又|也|还|已经|已|先后|一直|后来|目前|主要|均|都|便|则|就|正式|首次|长期|至今|(?:(?<=[\u4e00-\u9fff]{2})|(?<=[他她]))(?:怅|毅|欣|断|黯|突|忽|依|仍|竟|果|居|慨|悄|愤|坦|决|默|贸)然|于[\d一二三四五六七八九十]{1,4}年.*|"
                        r"[\d]{1,4}年.*)+$")
_NUM = r"(?:[\d０-９][\d０-９.,]*|[一二三四五六七八九十百千万两半几数]+(?:点[〇零一二三四五六七八九]+)?)"
_UNIT = (r"(?:(?<=[\d０-９])[万亿](?=[人名户吨册件辆台]|平方|千米|公里))?(?:年\d{1,2}月\d{1,2}日|年\d{1,2}月|年|个月|月|日|天|小时|分钟|秒|岁|亿元|万元|元|美元|欧元|亿|万|人|名|位|家|"
         r"个|座|所|条|级|层|平方千米|平方公里|平方米|千米|公里|米|厘米|毫米|千克|公斤|克|吨|千瓦|瓦|伏|安|分贝|升|毫升|%|％|倍|种|项|卷|册|篇|首|幅|件|枚|张)")
_LITERAL = re.compile(rf"(?:约|近|超过|逾|达)?{_NUM}(?:\s*(?:至|到|－|-|~|～)\s*{_NUM})?余?\s*{_UNIT}(?:以上|以下|左右|多)?$")
_VALUE_LINK = re.compile(r"(?:可达|可以达到|可|为|达到|达|约为|约|是|超过|低于|高于|不超过|共有|共|有|实现)$")
_DATE = r"(?:(?:公元)?前\d{2,4}|\d{3,4})年(?:\d{1,2}月)?(?:\d{1,2}日)?"  # (前126年: before the common era)
_LIFE_DATE = r"(?:公元前|前)?\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?"  # "张衡（78年—139年）": early years have fewer digits
# the dates of life after a name: birth (or "？", a year no one knows: "张骞（？—前114年）") and death
_SPAN = rf"[（(]({_LIFE_DATE}|[？?])\s*[－—–\-~～至]\s*({_LIFE_DATE})[）)]"
_LIFE = re.compile(rf"^(.{{1,12}}?){_SPAN}")
_COUNTED = re.compile(r"(?:两者|二者|三者|前者|后者|其一|其二|另一?[块座个件部位只条幅张尊口]|一[块座个件部位只条幅张尊口])是?")
_TIME_SPAN = re.compile(r"(?:年间|年代|时期|期间|初年|末年|之际|以后|以前|之后|之前)$")  # a span of time, not a person
_LIFE_SPAN = re.compile(rf"(?<=[\u4e00-\u9fff·]){_SPAN}")
_SHORT_NAME = re.compile(r"[（(](?:以下)?简称[“\"「]?([^”\"」）)]{2,12})[”\"」]?[）)]")
_TITLE_SUFFIX = re.compile(r"(?:\d{4}\s*年?)?(?:简介|概况|介绍|使用说明书|说明书|用户手册|使用手册|手册|半年度报告|年度报告|年报|报道|新闻稿)"
                           r"(?:摘要|全文)?$")  # "…公司2023年度报告摘要" is about the company
_DONE = re.compile(r"^(?P<s>[\u4e00-\u9fff]{0,14}?)(?:为此|于是|又|还|也|便|就|曾|后来|随后|重新)?(?:先后|陆续|相继|逐步|大力)?(?:主持|负责|参与|亲自|共同)?(?:在(?P<p>[\u4e00-\u9fff]{2,8}?))?$")
_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}(?:和[\u4e00-\u9fff]{2,8})?)等[\u4e00-\u9fff]{0,12}")


_AND = re.compile(r"(?<=..)和(?=..)")  # "A和B" (not the 和 inside a name: "中和殿")


def _listed_items(text: str) -> list[str]:
    """"A、B和C" → A, B, C."""
    return [x for part in text.split("、") for x in _AND.split(part)]
_IN_VERB = re.compile(r"(?:在|(?<![前回])赴)(.{2,24}?)(上市|(?<!担)任教|工作|逝世|去世|病逝|出生|定居|学习|读书(?!人)|求学|留学|攻读|就读|设立了|设立|设有|成立)")
_IN_REL = {"上市": "上市", "任教": "任教于", "工作": "任职于", "逝世": "逝世于", "去世": "逝世于", "病逝": "逝世于",
           "出生": "出生于", "定居": "定居于", "学习": "就读于", "读书": "就读于", "求学": "就读于", "留学": "就读于", "攻读": "就读于", "就读": "就读于",
           "成立": "成立于"}
# "被推荐到北京太医院任职", "调到上海工作": where one went to hold a post
_TO_VERB = re.compile(r"(?:被(?:推荐|派|调|召|聘|选派)?|调|派)?到(.{2,16}?)(任职|工作|任教|讲学|访问)")
# "亲自到武夷山、黄山等地考察": the places named before 等地 are where one went to do it
_TO_PLACES = re.compile(r"(?<![^\u4e00-\u9fff，,])(?:亲自|先后|曾|多次|还)?到(.{2,40}?)等地([\u4e00-\u9fff]{2})")
_WITH = re.compile(r"与(.{2,12}?)(结婚|成婚|结为夫妻|结为夫妇|共建|合作|合资|签约|合并|交汇|汇合|相交|汇流)")
_BY_VERBS = (r"创办|创立|创建|成立|发起|出品|生产|制造|设计|建造|开发|主办|运营|编写|撰写|作曲|执导|"
             r"发明|创作|绘制|修建|研制|制作|制成|铸造|控股")
# the verb ends the phrase ("由绿地控股集团控股": not the 控股 inside the name)
# "由明成祖朱棣下令修建": who ordered it is no part of the name
_BY = re.compile(rf"由(.{{2,24}}?)(?:下令|命令|下诏|主持|合作|共同|联合)?({_BY_VERBS})(?=$|[的了，。、]|{_BY_VERBS}|而成|[并和及](?:主持|负责|亲自|参与)?(?:{_BY_VERBS}))")
# "由工匠李春设计并主持建造": the one agent did the second thing too
_BY_ALSO = re.compile(rf"^[并和及](?:主持|负责|亲自|参与)?({_BY_VERBS})")
# "X是Y创作的一幅油画": the maker and the kind
_MADE_BY = re.compile(r"^(.{1,20}?)是(.{2,20}?)(创作|绘制|设计|发明|撰写|编写|建造|制作|制成|研制|拍摄|执导|作曲)的(.{2,16})$")
# "被X收购": the agent does it to the subject
_TAUGHT_BY = re.compile(r"(?:(?:向|跟随|跟从|追随|跟)(?P<t>[\u4e00-\u9fff·]{2,10}?)(?:请教|学习|学|求教|研习)|师从(?P<t2>[\u4e00-\u9fff·]{2,10}?)(?=学习|$|研习)"
                        r"|拜(?P<t3>[\u4e00-\u9fff·、]{2,16}?)为师|投(?:入|到|在)?(?P<t4>[\u4e00-\u9fff·]{2,12}?)门下)"
                        r"(?P<o>《[^《》]{1,20}》)?")
_PASSIVE = re.compile(r"被(.{2,16}?)(收购|并购|控股|收藏|击败|打败|发现|发明)")
# "应县木塔被国务院公布为第一批全国重点文物保护单位": what it was declared, and who declared it
_DECLARED = re.compile(r"被([\u4e00-\u9fff]{2,12}?)(公布为|认定为|评为|命名为|确定为|批准为|列为)([\u4e00-\u9fff]{2,24})$")
# "与春节、清明节、中秋节并称为中国四大传统节日", "与A、B并称为“世界三大奇塔”"
_RANKED_WITH = re.compile(r"(?:^|(?<=[，。；;,]))([\u4e00-\u9fff]{0,10}?)与([^，。；;,]{2,40}?)并称(?:为)?[“\"「]?((?:[\u4e00-\u9fff]{1,6}[“\"「])?[\u4e00-\u9fff]{2,14})")
# "学者闻一多在《端午考》中则提出，…": the book a person states something in is a work of theirs
_SAID_IN_BOOK = re.compile(r"([\u4e00-\u9fff·]{2,12}?)在(《[^《》]{1,20}》)(?:一书|一文)?中(?:则|也|还|曾|又)?(?:提出|指出|写道|认为|记载|记述|记录|记叙|描述|论述|讨论|考证|主张)")
_MASTERWORK = re.compile(r"(?:^|(?<=[，。；;,]))(?:其|他的|她的)?代表作(?:品)?(?:有|是|为|包括)((?:《[^《》]{1,30}》[、和与及]?)+)")
_WITHIN = re.compile(r"^([\u4e00-\u9fff]{2,10}?)(?:坐落|座落)?(?:在|地处)今?([\u4e00-\u9fff]{2,12}?)境内$")  # "汨罗江在今湖南省境内"
_WHEN_HELD = re.compile(r"^时间(?:在|为|是)(?:每年)?([\u4e00-\u9fff\d]{2,14})$")  # "（端午节……，）时间在每年农历五月初五"
# "用X铸成": the material
_MATERIAL = re.compile(r"(?:用|以|由)(.{1,10}?)(?:铸成|铸造|制成|制造|打造|建成|砌成|雕成)")
_BY_REL = {"创办": "创办人", "创立": "创办人", "创建": "创办人", "成立": "创办人", "发起": "发起人", "出品": "出品方",
           "生产": "生产商", "制造": "制造商", "设计": "设计者", "建造": "建造者", "开发": "开发者", "主办": "主办方",
           "运营": "运营方", "编写": "作者", "撰写": "作者", "作曲": "作曲", "执导": "导演", "发明": "发明者",
           "创作": "作者", "绘制": "作者", "修建": "建造者", "研制": "研制者", "制作": "制作者", "制成": "制作者",
           "铸造": "铸造者", "控股": "控股方", "拍摄": "导演"}
_DID_BOOK = re.compile(r"所?(书写|题写|翻译|撰写|编写|编撰|创作|写|著)$")  # "X书写的《Y》", "X所著的《Y》"
_TITLE_BOOK = re.compile(r"《[^《》]{1,30}》")
_OF_BOOK = re.compile(r"([^，。、和与及的《》]{1,8})的(?:([^，。、的《》]{1,4}))?((?:《[^《》]{1,30}》(?:[和、与及])?)+)")
_HOLD = re.compile(r"(?:担任|出任|曾任|现任|历任|升任|改任|转任|调任|兼任|继任|接任|连任|(?:当|被|获|被推)选为|被?(?:任命|委任|擢升|提拔)为|(?<![现前时新首历曾升改转调兼赴上继接连与和及、])任(?![教职命何上内期]))"
                   r"((?![而后时])(?:(?!是|为).){2,24})$")  # not "现任院长是X", "任教", "调任而中断", "与任伯年、蒲华合称"
# "荣获…颁发的…奖": a prize, medal or honorary title won (who gave it stays out of the name)
_OFFICE_END = re.compile(r"(?:监|令|使|督|尉|护|丞|郎|卿|相|帅|长|官|史)$")
_AWARD = re.compile(r"^(?P<s>[^，。；]{0,12}?)(?:又|还|先后|再次)?(?P<v>获得|荣获|获颁|获|被授予)了?(?:[^，。；]{2,16}?(?:颁发|授予)的)?"
                    r"(?:\d{4}年度)?[“\"「]?(?P<o>[^，。；的“”\"「」]{2,20}?(?:奖|奖章|勋章|奖杯|金奖|称号))[”\"」]?$")
_ROLE_NAME = re.compile(rf"({'|'.join(sorted(_ROLES, key=len, reverse=True))})(?:是|为)?(?![与和及])([\u4e00-\u9fff·]{{2,4}}?)(?=于|在|曾|是|为|表示|称|说|$|[\d，。])")
_FROM_GRAD = re.compile(r"从(.{2,16}?)毕业")
_GO_STUDY = re.compile(r"赴(.{2,10}?)(?:留学|深造|求学)|转入(.{2,12}?)(?:学习|研究|攻读|深造|就读)")
_INCLUDE = re.compile(r"^(.{1,16}?)的(.{1,8}?)(?:包括|包含|有)(.+)$")
_TIME_LEAD = re.compile(r"^(?:[\d一二三四五六七八九十〇零]{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)(?=.)")
_BETWEEN = re.compile(r"[\u4e00-\u9fff]{2,8}[与和及][\u4e00-\u9fff]{2,8}之间")  # "坐落在苍山与洱海之间"
_PLACE_ENDS = tuple("市省县区镇村州国山湖江河岛港城")
_BUILDING_ENDS = tuple("阁楼寺塔庙宫殿园桥陵馆院堂祠亭台")
_PREP = re.compile(r"^(?:距|距离|随|跟随|跟|同|和|与|为|给|向|对|从|自|在|经|经过|通过|由|被|把|将|于|因|以|据|按)")
_PREP_INSIDE = re.compile(r"(?<=..)(?:从|在|于|随|由|被|把|赴|曾|也|又|还|已|作为|以(?![色及来后前上下外内南北东西为]))")
_KIN_NOUNS = "父亲|母亲|丈夫|妻子|儿子|女儿|哥哥|姐姐|弟弟|妹妹|祖父|祖母|孙子|孙女|独子|[长次三四幼养]子|[长次幼养]女"
_KIN = re.compile(rf"(?:^|的|其)(?:第[一二三四五]任|前任)?({_KIN_NOUNS}|(?<=其)[母父妻])"
                  r"(?:名叫|叫做|名为)?([\u4e00-\u9fff]{2,4}?)"
                  r"(?=曾|是|为|于|在|也|从|便|就|又|亲手|，|$|[^\u4e00-\u9fff])")
_KIN_REL = re.compile(rf"{_KIN_NOUNS}|[母父妻]")  # the relations the kin rules name
_KIN_SHORT = {"母": "母亲", "父": "父亲", "妻": "妻子"}
_KIN_LEAD = re.compile(rf"(?:^|的)(?:第[一二三四五]任|前任)?({_KIN_NOUNS}|创始人|创办人)"
                       r"(?=[\u4e00-\u9fff])")
_NOW_PLACE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10})[（(]今属?([\u4e00-\u9fff]{2,12})[）)]人(?=[，。,；;]|$)")
# kind words the tagger takes for place names (湖泊 ns), unlike 湖州 or 江苏, which are places
_KIND_WORDS = frozenset("湖泊 河流 江河 山脉 山峰 山体 岛屿 城市 寺院 寺庙 桥梁 宫殿 塔身".split())
_WHOLE = re.compile(r"(?:其|它的)?主体(?:部分)?")  # "（泰山）主体坐落在泰安市境内": the topic itself
_SAID = re.compile(r"((?:认为|说|指出|写道|主张|感叹|强调)[:：]?)[“\"「][^”\"」]{4,80}[”\"」]")
_NOW_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])[（(]今(?:属|为)?([\u4e00-\u9fff]{2,12})[）)](?!人)")
_WROTE = re.compile(r"(他|她|[\u4e00-\u9fff]{2,4}?)(?:[\u4e00-\u9fff]{1,8}?时)?所(?:著|写|作|编|编著|撰|撰写)的(《[^《》]{1,20}》)")
# "誉为“X”", "尊称为“X”": what a name is hailed as, in quotes
_HAIL = r"(尊称为|誉为|称为|尊为|称作|尊奉为)[“\"「]([^”\"」]{1,15})[”\"」]"
_HAILED = re.compile(r"(《[^《》]{1,20}》|[\u4e00-\u9fff]{2,4}?)(?:也|还|亦)?(?:因此|因而|由此)?被(?:后人|后世|世人|人们|誉为|[\u4e00-\u9fff·]{2,12}?)?"
                     + _HAIL + r"(?!之一)")  # "被英国科学史家李约瑟誉为"
# "…，被誉为“中国铁路之父”", "…，被英国学者李约瑟称为“东方的剑桥”": a clause that opens with 被 says it of the
# sentence's subject (not "…之一", a class)
_HAILED_OPEN = re.compile(r"(?:^|[，,；;])(?:也|还|亦|因此|因而|由此|并|更)?被(?:后人|后世|世人|人们|[\u4e00-\u9fff·]{2,12}?)?"
                          + _HAIL + r"(?:和[“\"「]([^”\"」]{1,15})[”\"」])?(?!之一)")
_KNOWN_AS = re.compile(r"(?:素有|向有|享有|有)[“\"「]([^”\"」]{1,10})[”\"」](?:之称|[的之](美誉|美称|称号))")
_ADMIN = re.compile(r"^(?P<s>[\u4e00-\u9fff]{2,8}?(?:市|县|省|区|自治区|州))?(?:现|目前|共)?"
                    r"(?P<v>下辖|辖有|辖|代管|(?:市|县|区|省)?人民政府驻|政府驻)(?P<o>[\u4e00-\u9fff、]{2,40})$")
_ADMIN_CHAIN = re.compile(r"(?P<up>[\u4e00-\u9fff]{2,6}?(?:省|自治区))?(?P<mid>[\u4e00-\u9fff]{2,6}?[市州])?"
                          r"(?P<city>[\u4e00-\u9fff]{1,6}?[市县州区])"
                          r"(?P<side>城[东南西北]|市区|[东南西北]{1,2}部|境内|附近|一带|[东南西北]郊)?")
_BIRTHPLACE = re.compile(r"^([\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,13}[省府州县郡市镇村乡])人$")
# "永乐三年", "宣德八年", "大中祥符八年": a reign year standing alone is a time, not an attribute and a value (see
# `_era_year`: not "整机保修一年", "前后历时十五年")
_ERA_YEAR = re.compile(r"^(?P<era>(?:[汉晋隋唐宋辽金元明清]|[东西南北][汉晋宋魏周齐])?[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{4}|"
                       r"[\u4e00-\u9fff]{1,3}[王帝宗祖公](?:[\u4e00-\u9fff]{2})?)"
                       r"(?:元|[一二三四五六七八九十]{1,3})年(?:[正一二三四五六七八九十]{1,2}月)?(?:[（(].*[)）])?$")  # "金世宗大定二十九年六月"
# "简称“鲤”", "又称“X”": an alias in quotes, which the clause split would cut off
_QUOTED_ALIAS = re.compile(r"(简称|别称|又称|又名|俗称|古称|旧称|原名|本名|别名)[“\"「]([^”\"」]{1,12})[”\"」]")
# "字平子", "小字三保", "号东坡居士" opening a clause: a courtesy name; "原姓马": the surname before
_COURTESY = re.compile(r"^(?:晚年|早年|后来?|又|晚)?(?:自号|小字|表字|字|别号|号|(?:改|更)?名(?=[\u4e00-\u9fff]{1,2}$))(?!第)([\u4e00-\u9fff]{1,4})$")  # "晚年自号濒湖山人"
# "于是决心…", "但是…": a connective ending in 是 is no copula
_NOT_COPULA = re.compile(r"(?:于|但|可|只|而|还|总|或|要|若|凡|不|硬|老|倒|特别|尤其)$")
# "祭堂后面是圆形的墓室": a place said by where it lies ("behind the hall is …"), not "X is Y's Z"
_LOCATIVE_END = re.compile(r"(?:后面|前面|上面|下面|里面|外面|旁边|对面|后方|前方|两侧|两旁|东侧|西侧|南侧|北侧|四周|周围|中央|正中|之后|之前|之上|之下|之间|之中)$")
# "全书共五十二卷", "此书后来被译成…": the book last named in 《》
_BOOK_REF = frozenset("全书 此书 该书 本书 是书 这部书 这本书 原书 该著作 此著作".split())
_KIN_BARE = frozenset("父亲 母亲 丈夫 妻子 儿子 女儿 哥哥 姐姐 弟弟 妹妹 祖父 祖母 外祖父 外祖母 叔父 伯父 兄长".split())
# "三次参加乡试", "两度出任…": a count is no subject
_COUNT_SUBJ = re.compile(r"^(?:此后|之后|先后|曾|又)?[一二三四五六七八九十两几数\d]+[次度遍回届]$")
# what a kind of body is called: "民间学术团体", "非营利组织" (a class, never one body's role as 首都 is a country's)
_BODY_KIND = re.compile(r"(?:团体|组织|机构|社团|协会|学会)$")
# "唯一一部", "第一座", "其中两座": a count of things, no name ("是…唯一一部由私人撰写的正史")
_ONE_OF_KIND = re.compile(r"(?:^|唯一|第|其中)[一二三四五六七八九十两几数]+[部座家款种个所条位名本项件首篇幅]$")
_OLD_SURNAME = re.compile(r"^(?:原姓|本姓)([\u4e00-\u9fff]{1,2})$")
_POSITION = r"(?:最)?(?:[东南西北][东南西北]?|中)(?:部|端|岸|侧|缘|麓)|中心|中央"
_OF_POSITION = re.compile(rf"^([\u4e00-\u9fff]{{1,10}}?)的(?:{_POSITION})$")  # "湖的西北部": in the lake
_THERE_LIES = re.compile(r"(?:那里|这里|那儿|这儿|此地)(?:地处|位于|坐落|处于|地势|气候)")  # "那里地处万山丛中"
_FURTHER_ON = re.compile(r"(?:再|又)?[往向朝][前后左右东西南北里外]{1,2}(?:是|为|有)([\u4e00-\u9fff]{2,8})")  # "再往后是圣迹殿"
_AT_THE_END = re.compile(r"[\u4e00-\u9fff]{1,10}?的?最?[东南西北]?(?:端|尽头|角)$")  # "中轴线的最东端，（是…）"
# "殿前廊柱上缠绕着八条木雕盘龙，雕造于…": what stands (hangs, grows) somewhere, counted, which the next clauses are about
_THERE_STAND = re.compile(r"^[\u4e00-\u9fff]{1,10}?[上里中内前后旁](?:有|[\u4e00-\u9fff]{1,2}着)"
                          r"[一二两三四五六七八九十百千\d]+[座尊条棵株块幅件个口根对]([\u4e00-\u9fff]{2,10})$")
_FACING = re.compile(r"^([\u4e00-\u9fff]{2,8}?)坐[东南西北]朝[东南西北]")  # "圣母殿坐西朝东，面阔七间，…"
# "千手观音保护修复工程启动，历时七年多，…", "其中的三清古洞规模宏大，是…": a noun phrase that opens the sentence with
# no object after its verb or adjective is what the clauses after it tell of, not the topic
_OPENS_WITH = re.compile(r"^(?:其中的?)?([\u4e00-\u9fff]{2,14}?)(?:规模|气势)?(?:启动|开工|动工|竣工|完工|落成|建成|开幕|宏大|宏伟|壮观)$")
_SIDE_IS = re.compile(r"^([东南西北]{1,2})(?:面|边|侧|方)(?:是|为|有)([\u4e00-\u9fff]{2,8})$")  # "北面是大通山"
_DEMOTED = re.compile(r"(?:被|遭)?(?:贬谪|贬|谪|流放)(至|到|往|为)([\u4e00-\u9fff]{2,12})$")  # 被贬至儋州, 被贬为团练副使
_SETTLED = re.compile(r"(?:被)?(?:安置|编管|羁管)(?:在|于|到)([\u4e00-\u9fff]{2,8})$")  # (贬为…，)安置在随州
# a sentence opening with its date: "熙宁八年（1075年），", "1988年4月，", "元丰五年，"
_LEAD_DATE = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}?(?P<era>[\u4e00-\u9fff]{2}(?:元|[一二三四五六七八九十]{1,3})年)"
                        r"(?:[（(](?:公元)?(?P<y>\d{3,4}年)[)）])?|(?:公元)?(?P<d>(?:前\d{2,4}|\d{3,4})年(?:\d{1,2}月)?(?:\d{1,2}日)?))[，,]")  # "公元462年，"
# "浙江天台山", "北京太医院", "美国盖蒂保护研究所": a province or country written before the name of a
# site or institution; the name is the rest, and it lies in that place. Only a rest of three characters
# or more that ends like a site (not "青海湖", "青海南山", "浙江大学", "上海博物馆", "湖北省人民医院")
_PLACE_HEAD = re.compile(r"^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
                         r"四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|美国|英国|法国|德国|日本|意大利|"
                         r"俄罗斯|印度|荷兰|瑞典|加拿大|澳大利亚)(?!省|市|自治区)([\u4e00-\u9fff]{3,12})$")
_SITE_END = re.compile(r"(?:山|石窟|窟|寺|庙|宫|观|塔|洞|太医院|书院|研究所|研究院|博物院|纪念馆)$")
_INSIDE = ("内", "中", "上", "里")
_PLACE_FLAGS = ("ns", "nz", "nr", "n", "s", "nt")
_SITE_PLACES = (*"市省县区镇村州山湖岛街路巷殿宫寺园城", "校园")
_SITE_NAMES = (*"楼阁寺庙宫殿堂馆窟墓园塔桥祠观", "故居", "书院")
_SITE_GENERIC = re.compile(r"^(?:人民|中心|第|国家|中国|省|市|大学|学院|科学院|研究院|研究所|博物院|纪念馆|书院|社会科学|师范|医科|中医)")
# "1950年，研究所改名为敦煌文物研究所", "此后昌南镇便改名为景德镇", "马镇也在2003年改名为徐霞客镇": a new name
_RENAMED = re.compile(r"^(.{1,16}?)(?:(?:在|于)(\d{3,4}年))?(改名为|更名为|易名为|改称为|改称|扩建为|升格为|扩建成)([\u4e00-\u9fff]{2,16})$")
_FORMER = re.compile(r"^(?:(.{1,12}?)的)?前身(?:是|为)(?:(\d{3,4}年)(?:成立|创办|创建|建立|设立)的)?([\u4e00-\u9fff]{3,20})$")
# "英国科学史家李约瑟", "东汉科学家张衡", "物理学家谢希德": an occupation written before a person's name, with the
# country or the dynasty before it. Only occupations (a class of its own), not posts or ties that need a whom
# ("创始人", "院长", "导师", "作者", "继承人"); a name is what the tagger reads as a person's name
_ERA = r"(?:[东西南北]?(?:汉|晋|宋|齐|梁|陈|隋|唐|元|明|清|周|秦|魏)(?:代|朝)?|南北朝|南朝|北朝|春秋|战国|三国|五代|魏晋|先秦)"
_ERA_LEAD = re.compile(rf"^({_ERA})(?:时期|时代|年间|末期|初期|末年|初年)?(?:的)?")
_COUNTRY = re.compile(r"(?:英国|美国|法国|德国|日本|意大利|俄国|俄罗斯|荷兰|瑞典|瑞士|加拿大|澳大利亚|印度|西班牙|葡萄牙|"
                      r"奥地利|比利时|丹麦|挪威|芬兰|波兰|希腊|埃及|韩国|朝鲜|苏联|爱尔兰|新西兰|巴西|墨西哥|阿根廷|土耳其|伊朗|以色列)$")
_OCCUPATION = re.compile(r"(?:[\u4e00-\u9fff]{1,5}(?<!国|大|皇|人|自|东|老|本|娘|婆|亲|世|名|行|当|商|酒|船|专|东)家|旅行家|银行家|"
                         r"(?:学|记)者|(?:诗|词|僧|商|工|军|艺|仆|匠|文|猎|牧|渔)人|[\u4e00-\u9fff]{0,4}(?:运动|演|研究|宇航|飞行|球|队|议|船|海)员|"
                         r"[\u4e00-\u9fff]{1,4}(?<!老|导|恩|祖|宗|大|律)师|律师|(?:宦|外交|军|法|文|武|史)官|[宠权重大]臣|(?:院|居|道|护|进|战|学|教)士|"
                         r"将领|将军|名将|统帅|元帅)$")
_ROLE_LEAD = re.compile(r"^(?:中国|现代|近代|当代|古代|著名|杰出|伟大|时期|时代|年间|末期|初期|末年|初年|的)+")


def _bare_role(text: str) -> str:
    """"东汉时期杰出的天文学家" → 天文学家: a role without its period and praise."""
    return _ROLE_LEAD.sub("", _ERA_LEAD.sub("", text))


_OCC_LEAD = re.compile(r"^(?:民间|著名|知名|杰出|伟大|青年|年轻|老)")
# common one-character surnames: "创始人乐显扬" is 乐显扬 even where the tagger sees no name
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                      "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
                      "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌"
                      "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连"
                      "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
                      "佘池乐匡竺屠祖")
# "1958年，中国科学技术大学成立", "1987年，詹天佑纪念馆在八达岭落成开放", "京师图书馆于1912年8月正式开馆接待读者",
# "位于沙滩的红楼建成": a body or a building that came to be, with no object; the date is the sentence's opening date
# or the clause's own 于DATE
_CAME_TO_BE = re.compile(rf"^(?:(?:于|在)?(?P<d1>{_DATE}))?(?:位于(?P<at>[\u4e00-\u9fff]{{2,8}}?)的|(?P<addr>[\u4e00-\u9fff]{{2,10}}?\d{{1,4}}号)的)?(?P<s>[\u4e00-\u9fff]{{2,20}}?)"
                         rf"(?:(?:于|在)(?P<d2>{_DATE}))?(?:在(?P<p>[\u4e00-\u9fff]{{2,10}}?))?(?:正式|基本|全线|全面|宣告|隆重|相继)?"
                         r"(?P<v>成立|建立|建成通车|建成|落成|竣工|开馆|动工|开工|上线|通车|开业|创刊|开学|揭牌|开幕|对外开放)"
                         r"(?:开放|并?投入使用|接待读者|对外开放)?$")
# "北大也因此成为新文化运动的中心", "华为超过瑞典的爱立信，成为全球最大的通信设备制造商", "学校成为一所多科性工业
# 大学", "X后来成为西湖十景之一": what the subject became (one of a class: belongs to it)
_BECAME = re.compile(r"^(?P<s>[\u4e00-\u9fff·]{0,16}?)(?:也|又|还|已|便|就|逐渐|从此|由此|因此|因而|如今|后来|最终|终于|同时|一跃|迅速|发展)*"
                     r"成为了?(?:一[所家座个位部种名支])?(?P<o>[\u4e00-\u9fff·]{2,24})$")
_PERIOD_END = re.compile(r"(?:时期|年间|时代|期间|年代|之际|以来|初年|末年)$")


# The end check (round 9): an end that holds a pronoun, a preposition, an aspect particle, a sentence
# adverb or a verb before more words is a clause fragment, not a name ("静闻因伤病", "他与儿子祖暅一起",
# "院长期间提出了", "这里"); where cutting the verb off leaves a name, that name is the end ("指出金沙江才"
# → 金沙江, "华林学省从事研究" → 华林学省). Ordinals and counters alone name nothing ("第一任", "三十日", "一次").
# Measured on the hand-checked triples of every folder (README, round 9): 18 wrong removed, none right.
_END_PRONOUNS = frozenset("他 她 它 他们 她们 它们 这 那 这里 那里 这儿 那儿 此 此地 其 该 这些 那些 这一 那一".split())
_END_TAIL = frozenset("才 还 也 都 就 只 便 又 再 曾 已 既 原 早 仍".split())  # 既: "X既是A，又是B"; 原/早: "X原是…", "X早在…"
# one-character adverbs after a name ("他也去"): those that end a clause, less 既, 原 and 早 (which may end a name)
_ADVERBS = _END_TAIL - frozenset("既原早") | frozenset("却亦均皆仍")
# a time adverb standing alone where a subject or object should be ("最初，注册资本只有…"): no name
_END_TIME_ADVERBS = frozenset("最初 起初 当初 后来 最后 最终 此后 随后 当时 那时 如今 现在 目前".split())
# how a deed was done, standing where a subject should be ("并亲笔题写了…的匾额"), and a bare noun of place,
# time or thing that a clause before 的 told apart ("也是当年朱熹和张栻会讲的地方"): no name
_END_VAGUE = frozenset("亲笔 亲手 亲自 当面 当场 当即 随即 立即 立刻 特地 专门 地方 地点 东西".split())
# a time clause's last word: "担任图书馆主任期间" (while he was …) names no post, thing or place
_END_WHILE = frozenset("期间 之际 以来 之后 以后 之前 以前 时候".split())
_END_ADVERBS = _END_TAIL | frozenset("最为 非常 已经 曾经 一直 仍然 正在 随后 后来".split())
_END_ORG = re.compile(r"(?:所|院|会|局|板|馆|公司|集团|大学|学院|中心|协会|站|厂|部|处|室|署|中学|小学|学校|学堂|书院|组织)$")
_END_NUM = "一二三四五六七八九十百千两零〇\\d"


# a part of a body written without the body ("馆址", "新馆", "该馆"): see add() in extract_sentence
_BARE_PART = re.compile(r"(?:新|旧|老|该|本|此)?(?:馆|楼|校|院|厂)址?|(?:新|旧|原)址|(?:新|该|本|此)(?:馆舍|校舍|大楼|校区)|(?:生产)?基地|书名|名称|名字")
_BODY = re.compile(r"[\u4e00-\u9fff]{0,10}(?:图书馆|博物馆|博物院|大学|学院|学校|研究院|研究所|公司|集团|纪念馆|医院)")


def _now_glued(text: str, ctx: Discourse) -> str:
    """"故宫博物院现有…", "他的故乡金坛现建有…": the adverb 现 (now) glued to a name, and 故乡/家乡 before one."""
    def known(n: str) -> bool:  # a name the text has, or the core of one ("金坛" of 江苏省金坛县)
        return key(n) in ctx.canon or bool(ctx._by_parts(n)) or bool(_BODY.fullmatch(n)) or len(n) >= 2 and any(
            re.fullmatch(rf"[\u4e00-\u9fff]*?{re.escape(n)}[省市县区镇]", m) for m in ctx.order)
    x = text
    if len(x) > 3 and x.startswith(("故乡", "家乡", "老家")):
        x = x[2:]
    if len(x) > 2 and x.endswith("现") and known(x[:-1]):
        x = x[:-1]
    return x if x != text and known(x) else text


def _fragment(toks: list[tuple[str, str]], text: str) -> bool:
    if _BETWEEN.fullmatch(text):
        return False  # "苍山与洱海之间": a place between two, 与 and all
    if any(w in _END_PRONOUNS or (f == "r" and w[:1] in "这那该此其") for w, f in toks):  # "该厂生产…"
        return True
    if any((f == "p" and i > 0) or (len(toks) > 1 and f.startswith("d") and w in _END_ADVERBS) for i, (w, f) in enumerate(toks)):
        # "同中书门下平章事" opens with 同 (an office's name), "静闻因伤病" has 因 after a name
        return True
    if any(f in ("ul", "uz", "ug") for _, f in toks) or (len(toks) > 1 and toks[-1][0] in _END_TAIL):
        return True
    if toks and toks[-1][0] in _END_WHILE or text in _END_TIME_ADVERBS or text in _END_VAGUE:
        return True
    if len(toks) > 1 and toks[-1][1] == "ad" and any(f in ("f", "uj") for _, f in toks[:-1]):
        return True  # "在僧人办学的基础上正式": a phrase that ends on how, before its verb (not "李大全", a name)
    if len(toks) == 1 and toks[0][1] in ("p", "c"):
        return True  # "通过", "因为": a preposition or a conjunction alone names nothing
    if toks and toks[0][0] == "的" or (len(toks) > 1 and toks[-1][1] == "v" and toks[-2][1] in ("d", "ad")):
        return True  # "的诗中写下": the tail of a phrase; "啤酒厂迅速扩张": a clause, its verb after an adverb
    if re.search(rf"[{_END_NUM}]+[年月日]$", text):
        return False  # "唐朝垂拱二年": a reign title, not a verb
    verbs = [i for i, (w, f) in enumerate(toks) if f == "v" and len(w) >= 2]
    return (len(toks) == 1 and bool(verbs)) or (any(i < len(toks) - 1 for i in verbs) and not _END_ORG.search(text))


def _name_in_fragment(toks: list[tuple[str, str]]) -> str | None:
    """"指出金沙江才" → 金沙江 (a verb before a proper name, a particle after it); "华林学省从事研究" →
    华林学省 (the nouns before the verb)."""
    n = len(toks)
    while toks and (toks[-1][0] in _END_TAIL or toks[-1][1].startswith("u")):
        toks = toks[:-1]
    if len(toks) >= 2 and toks[0][1] == "v" and len(toks[0][0]) >= 2 and toks[1][1] in ("ns", "nr", "nt", "nz"):
        rest = toks[1:]
    else:
        cut = next((i for i, (w, f) in enumerate(toks) if f == "v" and len(w) >= 2), None)
        rest = toks[:cut] if cut else toks if cut is None and len(toks) < n else []  # "京师大学堂既" → 京师大学堂
    if rest and all(f.startswith("n") for _, f in rest) and len("".join(w for w, _ in rest)) >= 2:
        return "".join(w for w, _ in rest)
    return None


def _modifier_anchor(a: re.Match, text: str) -> bool:
    """"孙中山创立的中国同盟会": a verb of founding before 的 tells its noun apart; no clause of its own."""
    return a.group() in ("创立", "创办", "创建") and text[a.end():a.end() + 1] == "的"


def end_check(text: str, cut) -> tuple[bool, str]:
    """(keep, end): whether a Chinese subject or object is a name, and the name when a fragment holds one."""
    if not re.search(r"[\u4e00-\u9fff]", text) or text.startswith("《") or _LITERAL.match(text):
        return True, text
    toks = [(t.word, t.flag) for t in cut(text)]
    if not _fragment(toks, text):
        return True, text
    name = _name_in_fragment(toks)
    return (True, name) if name and not _fragment([(t.word, t.flag) for t in cut(name)], name) else (False, text)


def _counter_end(s: str, r: str, o: str) -> bool:
    """"第一任 院长 段文杰", "徐霞客 农历三月 三十日", "徐霞客 是 一次", "徐霞客 第 二年": a date or count cut from its event."""
    return bool(re.fullmatch(rf"第[{_END_NUM}]+(?:[任届代位][\u4e00-\u9fff]*|[\u4e00-\u9fff]?)", s) or re.fullmatch(rf"[{_END_NUM}]+[日次]", o) or r == "第")


def _nounish(flag: str, word: str) -> bool:
    return flag.startswith("n") or flag in ("eng", "j", "nz", "vn", "x", "m") and word not in ("的",) or word == "·"


def _kin_only(found: list[Candidate]) -> bool:
    """Nothing read from a clause but kin named in it (or nothing at all): the clause is still unread."""
    return all(_KIN_REL.fullmatch(c.relation) for c in found)


def _datable(found: list[Candidate]) -> Candidate | None:
    """The fact a date before its clause dates: the first event read there (not an alias, a kin, a value, or a
    date of its own)."""
    return next((c for c in found if c.relation not in (ALIAS, "今属") and not re.search(r"\d", c.object)
                 and not c.relation.endswith(("时间", "日期")) and not _KIN_REL.fullmatch(c.relation)), None)


class ChineseRules:
    name = "rules"

    def __init__(self):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" is noise in a CLI
        self._cut = jieba.posseg.cut
        self._roles: list[tuple[str, str]] = []
        self._no_subject = False  # _np read a subject that refers to nothing it can name ("该赛事", "那里")
        self._sentence = ""  # the sentence being read
        self._before = ""  # the clause before the one being read, in its sentence
        self._after = ""  # and the one after it

    def _titled_doer(self, clause: str) -> str | None:
        """"淮西节度使李希烈起兵叛乱": a person's name after nouns only (a title, a place), right before a verb, is
        the clause's subject; None for anything else."""
        toks = self._tokens(clause)
        at = next((k for k, (w, f) in enumerate(toks) if f in ("nr", "nrfg") and 2 <= len(w) <= 4), None)
        if at is None or at == 0 or at + 1 >= len(toks) or not toks[at + 1][1].startswith("v") \
                or not all(f.startswith("n") and f not in ("nr", "nrfg", "nrt") for _, f in toks[:at]):
            return None
        return toks[at][0]

    def _tokens(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for t in self._cut(text):
            if t.flag == "nrt" and out and out[-1][1] == "nrt":  # "克拉" + "维乌斯": one transliterated name
                out[-1] = (out[-1][0] + t.word, "nrt")
            else:
                out.append((t.word, t.flag))
        for i in range(len(out) - 2, -1, -1):  # "建筑师陆谦受与公和洋行": a given name's last character tagged a verb
            (w, f), (v, g) = out[i], out[i + 1]
            if f == "nr" and len(w) == 2 and w[0] in _SURNAMES and g == "v" and len(v) == 1 and v not in "来去在是为有说到" \
                    and (i + 2 == len(out) or out[i + 2][0] in ("与", "和", "及", "、", "，")):
                out[i:i + 2] = [(w + v, "nr")]
        for i in range(len(out) - 2, -1, -1):  # "秦埙", "范雩": a surname and a rare character the tagger leaves alone
            (w, f), (v, g) = out[i], out[i + 1]
            if f == "nr" and len(w) == 1 and w in _SURNAMES and len(v) == 1 and g in ("ng", "g"):
                out[i:i + 2] = [(w + v, "nr")]
        for i in range(len(out) - 2, -1, -1):  # "父亲陆宰正奉命赴京": 正 ("just then") is no part of the name
            (w, f), (v, g) = out[i], out[i + 1]
            if f in ("nr", "nrfg", "nrt") and len(w) == 3 and w[0] in _SURNAMES and g.startswith("v") and (
                    w[2] in "曾又也便就才将已仍" or w[2] == "正" and v[0] in "奉值要忙准打"):
                out[i:i + 1] = [(w[:2], "nr"), (w[2], "d")]
        return out

    def _spans(self, text: str) -> set[tuple[int, int]]:
        """Where each word of the segmented text starts and ends."""
        out, at = set(), 0
        for w, _ in self._tokens(text):
            out.add((at, at + len(w)))
            at += len(w)
        return out

    def _unlead(self, text: str) -> str:
        """`text` without the adverbs and times that open it ("随后", "都", "1950年"), unless what would
        be cut opens a word: 都江堰, 自贡 and 约旦 keep their first character."""
        m = _LEAD_JUNK.match(text)
        if not m or not m.group():
            return text
        return text[m.end():] if m.end() in {end for _, end in self._spans(text)} else text

    # -- noun phrases ---------------------------------------------------------------------------
    def _np(self, text: str, ctx: Discourse, *, subject: bool) -> tuple[str | None, bool]:
        """The noun phrase a stretch of clause names: (name, was a pronoun or missing)."""
        text = text.strip(" 　、，")
        if subject and _TITLE_BOOK.fullmatch(text):
            return text, False  # "《徯我后》取材于《尚书》": the painting, not the painter the text is about
        if subject:
            text = self._unlead(_SUBJ_JUNK.sub("", text))
            text = self._unlead(_SUBJ_JUNK.sub("", text))
            text = _TAIL_JUNK.sub("", text)
            there = re.search(r"在(.{1,10})$", text)
            who = there.group(1).rsplit("的", 1)[1] if there and "的" in there.group(1) else None
            if who and self._is_person_name(who):
                text = who  # "远在邓州的范仲淹": who was there
            elif there:
                text = _TAIL_JUNK.sub("", text[:there.start()]) or text  # "他在当地的学校里": 他; "陆游怅然在园壁上": 陆游
            text = re.sub(r"(?<=.)(?:晚年|早年|幼年|少年|青年时期?|中年|年轻时|年少时|一生|生前)(?:曾|又|也|还)?$", "", text)  # "沈括晚年": 沈括
        else:
            text = _TIME_LEAD.sub("", text) if not _LITERAL.match(text) else text
        text = text.strip(" 、")
        if not text:
            return None, True
        if subject and re.match(r"(?:与|和|同|跟)", text) and "的" in text and self._is_np(text.rsplit("的", 1)[1]):
            text = text.rsplit("的", 1)[1]  # "与它相邻的江海关大楼": the noun the phrase describes
        if subject and _PREP.match(text):
            return None, True  # "随父亲迁居…", "在南昌以北…": a prepositional phrase, the subject was dropped
        if subject and re.fullmatch(r"[东南西北]{1,2}(?:面|边|方)?", text):
            return None, True  # "（遗址）西南距成都约四十公里": a direction from the subject, which was dropped
        if subject and (_TIME_NOUN.fullmatch(text) or _AGE.fullmatch(text)):
            return None, True  # "于年底到达成都", "约五岁时迁居…": a time, the subject was dropped
        if subject:
            text = re.sub(r"(?:恰好|正好|刚好|恰恰)$", "", re.sub(r"^(?:而且|而|并且|且)(?=..)", "", text))  # "而乐山大佛恰好位于…"
            together = re.fullmatch(r"([\u4e00-\u9fff·]{2,8}?)[与和同跟][\u4e00-\u9fff·]{2,8}?(?:一同|一起|一道|共同)", text)
            text = together.group(1) if together else text  # "梁思成与林徽因一同赴美…": 梁思成 (who the text is about)
            text = _PREP_INSIDE.split(text)[0]  # "冰心从燕京大学毕业后…" → 冰心
            text = re.split(r"(?<=..)(?:率领|带领|领着|率[军兵部众师])", text)[0]  # "梁思成带领学社的成员来到应县": who led them
            # "在校期间积极参加…": 积极 (an adverb of the verb) is no subject, nor a part of one; after a name or a
            # noun the tagger's adverb may be the name's end ("乐山|大佛", "李|大全")
            toks = self._tokens(text)
            while toks and toks[-1][1] in ("ad", "d") and (len(toks) == 1 or not toks[-2][1].startswith(("n", "j"))):
                toks.pop()
            text = "".join(w for w, _ in toks)
            if not text:
                return None, True
        local = re.fullmatch(r"(湖|河|江|山|城|岛|港)(?:中|内|里|上|边|畔|区|水)?", text)
        if local:  # "湖中", "岛上": the topic when it is one (not "中国第二大淡水湖", the class said of it)
            if ctx.topic and ctx.topic.endswith(local.group(1)) and not ctx._maybe_person(ctx.topic):
                return ctx.topic, True
            return self._by_class(local.group(1), ctx), True
        if subject and (self._topic_kind(text, ctx) or (_WHOLE.fullmatch(text) and ctx.topic and not ctx._maybe_person(ctx.topic))):
            return ctx.topic, True
        books = _TITLE_BOOK.findall(text)
        if books and not subject:
            return books[0], False
        kin = _KIN_LEAD.match(text) if subject else None
        if kin and key(text[kin.end():]) in ctx.entities:  # "孙女徐甘第大是…": the granddaughter, named just now
            return ctx.canonical(text[kin.end():]), False
        if subject and text in ("后者", "前者"):  # "女儿梁再冰，儿子梁从诫，后者是…": the last (first) of the two just named
            named = self._sentence_names(ctx, before=self._sentence.find(text))
            return (named[-1] if text == "后者" else named[-2]) if len(named) >= 2 else None, True
        if text in _PRONOUNS:
            found = self._refer(text, ctx, plural=True)
            # (`_refer` gives 他/她 no place the text is about: "宋真宗在泰山封禅，他也是…")
            if found is None and subject and text in ("他", "她") and ctx.topic and ctx.topic.endswith(_PLACE_ENDS) \
                    and not ctx._maybe_person(ctx.topic):
                self._no_subject = True  # a person, not the mountain, and none this text can name
            return found, True
        if text in _BOOK_REF:  # the last title said before it in the sentence, else the last work the text named
            at = self._sentence.find(text)
            said = _TITLE_BOOK.findall(self._sentence[:at]) if at > 0 else []
            return (said[-1] if said else ctx.works[-1] if ctx.works else None), True
        m = _CLASS_REF.match(text)
        if m:
            return self._by_class(m.group(1), ctx), True
        m = re.fullmatch(r"(?:该|本|此|这[座幅部台件个项款条所家])([\u4e00-\u9fff]{1,3})", text)
        if m and ctx.topic and not ctx._maybe_person(ctx.topic):  # 该桥, 这幅画, 该仪器: the topic when it is one
            kind = ctx.classes.get(m.group(1))
            if kind or ctx.topic.strip("《》").endswith(m.group(1)):
                return kind or ctx.topic, True
        if m:  # "清政府决定修建京张铁路……这条铁路": the last name said that ends with that noun
            named = next((n for n in reversed(ctx.mentions) if n.endswith(m.group(1)) and n != m.group(1)), None)
            if named:
                return ctx.canonical(named), True
            if subject:
                self._no_subject = True
                return None, True  # "该赛事是…" with no such name before: whose, the text does not say
        own = re.fullmatch(r"其([墓陵祠故居像碑])", text)
        if own:  # "其墓位于…": the tomb of the person spoken of
            who = ctx.person or (ctx.topic if ctx.topic and (ctx._maybe_person(ctx.topic) or self._is_person_name(ctx.topic)) else None)
            self._no_subject = not who
            return (who + own.group(1) if who else None), True
        if subject and re.search(r"那里|这里|那儿|这儿", text):
            self._no_subject = True
            return None, True  # "（推断）那里曾是海滨": a place said before, not a name
        if subject and 2 <= len(text) <= 4 and self._is_np(text) and text not in ctx.entities \
                and text not in ("公司", "集团", "企业", "产品", "球队", "俱乐部", "学校", "大学"):
            here = re.search(rf"([^由被与和是为在，。、的\s]{{3,16}}?{re.escape(text)})", self._sentence)
            here = [here.group(1)] if here and here.group(1) != text else []
            # a common noun ending a name at least three characters longer, or the name's last word of
            # two characters however the tagger reads it ("大桥" of 柳江|大桥, tagged a place)
            named = next((n for n in reversed([*ctx.mentions[-12:], *here]) if n.endswith(text) and len(n) >= len(text) + 2
                          and self._tokens(n)[0][1] in ("ns", "nr", "nt", "nz", "nrt", "nrfg")
                          and not any(f[:1] in ("v", "r", "d", "p", "u", "c") for _, f in self._tokens(n))
                          and (all(f == "n" for _, f in self._tokens(text)) and len(n) >= len(text) + 3
                               or len(text) == 2 and self._tokens(n)[-1][0] == text)), None)
            if named:  # "…由青海湖国家级自然保护区管理局负责管理，管理局设在…": the body just named
                return ctx.canonical(named), True
        if text in ("公司", "本公司", "集团", "产品", "本产品", "本机", "该机"):
            return self._by_class(text.lstrip("本该"), ctx) or ctx.topic, True
        if text in ("球队", "该队", "本队", "全队", "俱乐部", "该俱乐部", "本俱乐部") and ctx.topic \
                and re.search(r"(?:俱乐部|队|会)$", ctx.topic):
            return ctx.topic, True  # "球队的主场是…" in a document about a club
        if "的" in text:
            text = text.rsplit("的", 1)[1]
        lead = re.match(rf"^(?:{'|'.join(sorted(_ROLES, key=len, reverse=True))}|{'|'.join(_KIN_BARE)})(?=[\u4e00-\u9fff·]{{2,4}}$)", text) \
            if subject else None
        if lead and (self._is_person_name(text[lead.end():]) or text[lead.end()] in _SURNAMES and len(text) - lead.end() <= 3):  # "创始人乐显扬原籍浙江宁波": the person, not the post
            text = text[lead.end():]
        text = self._trim(text)
        if not text or len(text) > 16:
            return None, False
        return self._canonical(text, ctx), False

    def _topic_kind(self, text: str, ctx: Discourse) -> bool:
        """"湖泊水域面积…", "山体…" in a text about 太湖, 泰山: a common noun that opens with the topic's
        own kind character names the topic."""
        return bool(ctx.topic and len(ctx.topic) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", text)
                    and ctx.topic.endswith(text[0]) and not ctx._maybe_person(ctx.topic) and not _BARE_PART.fullmatch(text)
                    and (text in _KIND_WORDS or all(f == "n" for _, f in self._tokens(text))))

    def _trim(self, text: str) -> str:
        """"港口上海港" → 上海港, "工程师周明远" → 周明远, "机器人视觉企业维萨拉公司" → 维萨拉公司."""
        text = re.sub(r"(?<=..)(?:预科|本科部|附中)$", "", text)
        text = re.sub(r"^(?:主|正)(?:殿|峰|门|楼|塔)(?=[\u4e00-\u9fff]{2,6}$)", "", text)  # "主殿天贶殿", "主峰玉皇顶"
        m = _APPOSED.match(text)
        if m and m.group().endswith(("公司", "企业", "集团", "机构")) and all(f == "n" for _, f in self._tokens(text[m.end():])):
            m = None  # "惠罗公司大厦": the firm's building, whole (not "机器人视觉企业维萨拉公司", a name after its kind)
        if m and len(text) - m.end() >= 2:
            role = self._tokens(m.group())[-1][0]
            if role.endswith(("家", "师", "员", "者", "手", "官")) and len(role) >= 2 and self._is_person_name(text[m.end():]):
                self._roles.append((text[m.end():], role))  # "科学家张衡": a person and the occupation before the name
            text = text[m.end():]
        toks = self._tokens(text)
        if len(toks) >= 2 and toks[-1][1] == "nr" and 2 <= len(toks[-1][0]) <= 4 and len(toks[-2][0]) >= 2 \
                and toks[-2][1] == "n" and toks[-2][0].endswith(("家", "师", "员", "者", "手", "官")):
            return toks[-1][0]  # "中国建筑师陆谦受": the person (the role is read where the name is: _appositions)
        # a common noun in front of a proper one is an apposition ("名胜石钟山")
        first_proper = next((i for i, (w, f) in enumerate(toks) if f in ("nr", "ns", "nrt", "nrfg", "nt") and len(w) > 1), None)
        if first_proper and all(f == "n" for _, f in toks[:first_proper]) and len(toks[first_proper][0]) >= 2 \
                and all(f.startswith("n") for _, f in toks[first_proper:]):
            text = "".join(w for w, _ in toks[first_proper:])
        return text.strip("·、 ")

    def _canonical(self, text: str, ctx: Discourse) -> str:
        topic = ctx.topic
        if topic and text != topic and text in topic and (re.search(r"[A-Za-z0-9]", text) or len(text) >= 3):
            if ctx.canon.get(text) != topic:
                ctx.alias(topic, text)
                ctx.found_aliases.append((topic, text))
            return topic  # "QF-300" in a manual about "清风QF-300空气净化器"
        return ctx.canonical(text)

    def _localized(self, text: str) -> bool:
        """"寺内", "归途中", "城南": a noun with a one-character locative (方位词) after it names
        a place relative to something, not a thing of its own."""
        toks = self._tokens(text)
        if len(text) == 2 and text[-1] in "内里中外" and len(toks) == 1 and toks[0][1] in ("s", "f") \
                or len(text) == 2 and len(toks) == 2 and toks[0][1] == "n" and toks[1][1] == "f":
            return True  # "寺内", "城中": jieba keeps them one word
        return len(toks) >= 2 and len(toks[-1][0]) == 1 and toks[-1][1] == "f"

    def _sentence_names(self, ctx: Discourse, before: int) -> list[str]:
        """The names this sentence brought up before a position, in order of appearance."""
        found = sorted((at, n) for n in ctx.order if -1 < (at := self._sentence.find(n)) < before)
        return [n for _, n in found]

    def _refer(self, pronoun: str, ctx: Discourse, plural: bool = False) -> str | None:
        """Who or what a pronoun (or a missing subject, "") stands for. 他/她 after people this
        sentence named is the nearest of them ("思想家黄宗羲破例登阁，…，他为此写下了…", not the man
        the text was about); else the discourse's, when it is a person (not the last subject
        "一份是白银万两", nor the library the text is about), else no one."""
        found = ctx.refer(pronoun in (("他", "她", "他们", "她们") if plural else ("他", "她")), _PRONOUN_EN.get(pronoun, ""))
        if pronoun == "它" and found and self._personlike(found, ctx):  # 它 is no person ("黄宗羲登阁…。1982年，它被…")
            return ctx.topic if ctx.topic and not self._personlike(ctx.topic, ctx) else None
        if pronoun not in ("他", "她"):
            return found
        at = self._sentence.find(pronoun)
        if at > 0:
            here = self._people_before(at, ctx, _PRONOUN_EN[pronoun])
            # one who does something to 他 is not 他 ("秦桧审问他，逼他认罪，他便…": the one questioned)
            while here and (said := self._sentence.rfind(here[-1], 0, at)) >= 0 \
                    and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", self._sentence[said + len(here[-1]):at]):
                here.pop()
            if here:  # the nearest ("育有一女李林，她…": the daughter, not the father the text is about)
                return here[-1]
        return found if found and self._personlike(found, ctx) else None

    def _people_before(self, at: int, ctx: Discourse, word: str) -> list[str]:
        """The people this sentence names before a position, in order: names the text knows and
        names the tagger marks, less any of the other gender."""
        g = {"he": "m", "she": "f"}[word]

        def people(names) -> list[str]:
            out = []
            for name in dict.fromkeys(names):
                e = ctx.entities.get(key(name))
                if len(name) >= 2 and self._personlike(name, ctx) and (e is None or e.gender in (None, g)) \
                        and not self._reign(name, at) and not self._introducer(name, at):
                    out.append(ctx.canonical(name))
            return sorted(out, key=lambda n: self._sentence.rfind(n, 0, at))

        # names the text knows and names the tagger marks, but not one right after a place or a
        # preposition ("宋真宗在华山封禅，他…": 封禅 is a verb it tags as a name)
        toks = self._tokens(self._sentence[:at])
        tagged = [w for k, (w, f) in enumerate(toks) if f in ("nr", "nrfg", "nrt")
                  and not (k > 0 and toks[k - 1][1] in ("ns", "f", "p"))]
        return people([*self._sentence_names(ctx, before=at), *tagged])

    def _introducer(self, name: str, at: int) -> bool:
        """"经剧作家田汉介绍，他加入了…": a name said before `at` only as who introduced or recommended
        someone is not the 他 the clause after means."""
        return self._said_only(name, at, lambda m: re.search(r"(?:经|经过|由)[^，。；]{0,8}$", self._sentence[:m.start()])
                               and re.match(r"[^，。；]{0,4}(?:介绍|推荐|引荐)", self._sentence[m.end():]))

    def _reign(self, name: str, at: int) -> bool:
        """"崇祯七年（1634年），他出任…": a name said before `at` only as a reign's, in a date, is no one a 他 means."""
        return self._said_only(name, at, lambda m: re.match(r"(?:元|[一二三四五六七八九十]{1,3})年", self._sentence[m.end():]))

    def _said_only(self, name: str, at: int, fits) -> bool:
        """The sentence names `name` before `at`, and every time so that `fits` (of the match) holds."""
        said = list(re.finditer(re.escape(name), self._sentence[:at]))
        return bool(said) and all(fits(m) for m in said)

    def _personlike(self, name: str, ctx: Discourse) -> bool:
        """A name 他/她 may stand for: a person the text knows, a tagged personal name, or a
        Latin-script name (the Chinese rules cannot tell those apart)."""
        if not re.search(r"[\u4e00-\u9fff]", name) or ctx._maybe_person(name):
            return True
        # the tagger reads 天一阁 and 史学家 as personal names: a place's, a building's or a role's
        # ending says otherwise
        return (self._is_person_name(name) or 2 <= len(name) <= 4 and name[0] in _SURNAMES) \
            and not name.endswith((*_PLACE_ENDS, *_BUILDING_ENDS)) and not _OCCUPATION.search(name)

    def _is_person_name(self, text: str) -> bool:
        toks = self._tokens(text)
        return len(toks) == 1 and toks[0][1] in ("nr", "nrfg", "nrt")

    @staticmethod
    def _introduce(name: str, kind: str, ctx: Discourse) -> None:
        """"X是一幅油画": later "该画", "这幅油画" mean X."""
        for tail in {kind, kind[-2:], kind[-1:]}:
            if tail:
                ctx.classed(tail, ctx.canonical(name))

    def _by_class(self, noun: str, ctx: Discourse) -> str | None:
        if noun in ("公司", "集团", "企业", "产品", "机", "品") and ctx.topic and not ctx._maybe_person(ctx.topic):
            return ctx.topic
        ends = _CLASS_ENDS.get(noun, (noun,))
        for name in reversed(ctx.order):
            if name.endswith(ends) and name != noun:
                return name
        return ctx.by_class(noun) or (ctx.topic if noun in ("公司", "集团", "企业", "产品", "机", "品") else None)

    def _objects(self, text: str, ctx: Discourse) -> list[str]:
        """One or more objects: "赣州、吉安和南昌" → three; 《…》 titles as written."""
        text = re.sub(r"(?<=..)(?:境内|境外|一带|附近|之内|之中|之上|内|之?畔)$", "", text.strip())  # "位于X境内", "位于寺内", "湖畔": X
        text = re.sub(r"(?<=..)的(?:汇合处|交汇处|汇流处|交界处|汇合点|交汇点)$", "", text)  # "位于A与B的汇合处": at A and B
        text = re.sub(r"^今(?=[\u4e00-\u9fff]{3})", "", text)  # "位于今杭州市余杭区": where it is now
        if _BETWEEN.fullmatch(text):
            return [text]  # "坐落在苍山与洱海之间": between the two, in neither
        text = re.sub(r"(?<=..)等(?:地|处|国|省|市|县|城市|地区)?$", "", text)  # "流经儋州、澄迈等地": 澄迈
        if "、" in text:  # "简仪、高表、仰仪等近二十种仪器": the things named, not the count of their kind
            text = re.sub(r"(?<=..)等(?:[近约]?[一二三四五六七八九十百千\d]+[余多]?[种个座部项件位名所条处])?[\u4e00-\u9fff]{0,4}$", "", text)
        # "创制和改进了简仪": a second verb joined to the first is no part of what was made
        text = re.sub(r"^(?:和|与|及|并)[\u4e00-\u9fff]{2}了(?=[\u4e00-\u9fff]{2})", "", text)
        books = _TITLE_BOOK.findall(text)
        if books:
            return books
        lit = re.match(rf"(?:约|近|超过|逾)?{_NUM}(?:\s*(?:至|到|－|-)\s*{_NUM})?\s*{_UNIT}", text)
        if lit and (_LITERAL.match(text) or re.match(_DATE, text)):
            return [lit.group()]
        if re.match(_DATE, text):
            return [re.match(_DATE, text).group()]
        if re.fullmatch(r"[\u4e00-\u9fff]{1,2}[朝代][\u4e00-\u9fff]{2}(?:元|[一二三四五六七八九十]{1,3})年", text):
            year = re.search(re.escape(text) + r"[（(](?:公元)?(\d{2,4}年)[）)]", getattr(self, "_sentence", ""))
            return [year.group(1) if year else text]  # "辽代统和二年（984年）": a reign year, not two names joined by 和
        if re.fullmatch(rf"(?:{_ERA})?[\u4e00-\u9fff]{{2}}(?:年间|初年|末年)", text):
            return [text]  # "北宋宣和年间": a reign's years (the tagger reads 宣和 as a verb)
        text = re.split(r"(?:以后|以前|之后|之前|后|时|期间|并|而|以|，)", text)[0] if len(text) > 12 else text
        text = re.split(r"(?<=..)的?(?:[一两几数]个|一[家座所位名户条])", text)[0]  # "出生于X的一个书香门第": X
        if "、" in text:  # "江苏、浙江两省": the two named, not a place "浙江两省"
            text = re.sub(r"(?<=..)[两二三四五六七八九十几]+(?:个)?(?:省|市|县|区|国|州|地)$", "", text)
        # "永和、泰和、宜山和遵义": 、 parts each; inside one, 和/及/与 joins two names only with two characters or
        # more on each side, so a place named with 和 (泰和, 永和) stays whole, and so does a whole the text knows,
        # and a reign named with 和 before 年 ("北宋宣和年间": no time "年间")
        parts = [x for p in text.split("、") if p
                 for x in ([p] if key(p) in ctx.entities else re.split(r"(?<=..)[和及与](?=..)(?!年)", p)) if x]
        if len(parts) > 1 and all(1 < len(p) <= 10 for p in parts):
            out = [self._np(p, ctx, subject=False)[0] for p in parts]
            return [o for o in out if o and not self._localized(o)]
        name, _ = self._np(text, ctx, subject=False)
        return [name] if name and not self._localized(name) else []  # "病逝于归途中": when, not where

    # -- sentences --------------------------------------------------------------------------------
    def extract_sentence(self, sentence: str, ctx: Discourse) -> list[Candidate]:
        out: list[Candidate] = []

        local: list[str] = []
        self._local = local
        self._out = out
        self._roles = []
        self._quoted: set[str] = set()
        self._sentence = sentence
        opened = re.match(r"[\d年月日，,]*([他她])(?![们])", sentence)
        # who a sentence that opens with 他/她 is about, resolved before its clauses name anyone else
        self._opener = self._refer(opened.group(1), ctx) if opened else None
        requested = None  # a person the clause after "应…的请求" opens with, whatever the rules read of it

        def add(s: str | None, r: str, o: str | None, conf: float, said: str | None = None) -> None:
            if o and r != ALIAS and re.fullmatch(r"[\u4e00-\u9fff]", o) and not (re.search(r"(?:姓|字|号)$", r) or r in ("原名", "本名", "名", "改名")):
                return  # "以陶瓷闻名于世": one character (世, 此) is no object
            if s and r != ALIAS and re.fullmatch(r"[\u4e00-\u9fff]", s):
                return  # "历经八代皇帝，前后长达188年": nor a subject (历 of 历经)
            if s and o and r != ALIAS:
                num = re.fullmatch(rf"(.{{2,}}?)([{_END_NUM}]+多?)", r)
                if num and re.match(r"[万亿千百]", o):
                    r, o = num.group(1), num.group(2) + o  # "现有藏品一百八十多万件" read as 藏品一百八十多 / 万件
                s, o = (_now_glued(x, ctx) for x in (s, o))
            if r != ALIAS and re.search(r"那里|这里|此地|该地", r):
                return  # "在那里坚持办学 七年": where is "there", the triple would not say
            if o and r in ("至", "到", "和", "与", "及", "或", "以及", "不到", "不足") and re.match(rf"[{_END_NUM}]", o):
                return  # "1989年至1994年", "2000年和2001年", "不到两年": a span or pair of times, no relation
            word = re.match(r"[“\"「]([^”\"」]{1,8})[”\"」]是", self._sentence)
            if word and r == "是" and s and word.group(1) != s and word.group(1) in s:
                return  # "“布达拉”是梵语“普陀罗”的音译": what a word of the name means, nothing the place is
            if r != ALIAS and r.endswith("第"):
                return  # "拿到学位后的第 九天": an ordinal cut from its number; a time, not a relation
            if r == "是" and o and o[0] == "为":
                return  # "康王赵构即位，是为宋高宗": the one just named became him; "是为了…": a purpose
            counted = _COUNTED.match(o or "")
            if counted and counted.end() < len(o) and o[counted.end() - 1] == "是":
                o = o[counted.end():]  # "另一块是王维撰写的《…》": by 王维
            if any(x and _COUNTED.fullmatch(x) for x in (s, o)):
                return  # "两者是…", "一块是《…》，另一块是…": one of things counted before, not named
            if r in ("是在", "直到") or (r == "是" and o and re.match(rf"在|{_DATE}|公元|\d+世纪", o)):
                return  # "也是在1979年，…", "直到1986年6月才…", "也就是公元5世纪末": when, said with 是 or 直到
            if s and r != ALIAS and _BARE_PART.fullmatch(s):
                # "馆址设在广化寺", "新馆于1929年动工": a part of a body written without the body; the site is said of
                # the body named before it in the sentence, any other part (which new building?) says nothing
                owner = None
                if s.endswith(("址", "基地")) and re.search(r"(?:设|位)于$|设在$|在$|位于$", r):
                    before = self._sentence[:max(self._sentence.find(s), 0)]
                    known = [n for n in ctx.order if _BODY.fullmatch(n) and n in before]
                    owner = ctx.canonical(max(known, key=lambda n: (before.rfind(n) + len(n), len(n)))) if known else None
                if owner is None:
                    return
                s, r = owner, s
            split = re.fullmatch(r"([\u4e00-\u9fff]{2}于)([\u4e00-\u9fff]{2,8})", r) if o and r != ALIAS else None
            if split and not split.group(2).endswith(("时间", "日期")) and re.fullmatch(rf"[{_END_NUM}]+年", o):
                r, o = split.group(1), split.group(2) + o  # "开凿于前秦建元 二年": the reign year cut in two
            if s and o and r != ALIAS and r not in _NAME_RELS:  # "字眷诚": a name by where it stands, whatever its tags
                quoted = re.findall(r"[“\"「]([^”\"」]{1,20})[”\"」]", self._sentence)  # "素有“淮左名都”之称": as written
                # (an office is a title however the tagger cuts it: 都水少监 is no adverb 都 and a noun)
                office = r == "职务" and len(o) <= 8 and _OFFICE_END.search(o)
                (keep_s, s), (keep_o, o) = ((True, x) if x in quoted or (office and i == 1) else end_check(x, self._cut)
                                            for i, x in enumerate((s, o)))
                if not (keep_s and keep_o) or _counter_end(s, r, o):
                    return
            if o and r == "位于":
                o = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:校|院|园|城|境)内$", "", o)  # "上海交通大学校内": in the university
            chain = _ADMIN_CHAIN.fullmatch(o) if s and o and r == "位于" else None
            if chain and (chain.group("up") or chain.group("mid") or chain.group("side")):
                # "位于浙江省杭州市西部": in the city, and the city in its province (each a name a question can use)
                o = chain.group("city")
                ctx.canon[key(o)] = o  # "都江堰位于都江堰市": the city named after the work is another place
                steps = [x for x in (o, chain.group("mid"), chain.group("up")) if x]
                for a, b in zip(steps, steps[1:]):
                    if a != s:
                        add(a, "位于", b, conf, said="")
            if s and o and s != o and len(s) <= 30 and len(o) <= 30:
                out.append(Candidate(s, r, o, round(conf, 3), self.name))
                if r != ALIAS and said != "":
                    ctx.saw(said or s, r)
                    local.append(said or s)
                    ctx.know(o) if not _LITERAL.match(o) and not re.match(_DATE, o) else None

        first = ctx.sentences == 0
        ctx.sentences += 1
        bare = sentence.strip()
        if first and not _ANCHOR_RE.search(bare) and len(bare) <= 30 and not re.search(r"[，。,]", bare):
            title = _TITLE_SUFFIX.sub("", bare) or bare
            ctx.title = title
            ctx.set_topic(title)
            return out
        # "阳嘉元年（公元132年）制成的": a date in brackets inside a clause would cut it in two
        sentence = re.sub(r"(?<=[\u4e00-\u9fff])[（(](?:公元|约)?[^（）()－—~～，,]{1,12}?[年月日][）)](?=[\u4e00-\u9fff])", "", sentence)
        sentence = re.sub(r"(?<=年)[（(](?:公元)?前\d{1,4}年[）)]", "", sentence)  # "元封元年（前110年）": a BC gloss of the era year
        # "1864年1月1日（清同治二年十一月二十二日），他出生在…": the date in another calendar
        sentence = re.sub(r"(?<=\d[年月日])[（(](?=[\u4e00-\u9fff])(?!公元|约|前)[^（）()，,。\d]{1,20}?[年月日][）)]", "", sentence)
        for m in list(_NOW_AFTER.finditer(sentence)):  # "漂泊到了遥远的崖州（今海南省三亚市）": the place named just before
            place = next((w for w, f in reversed(self._tokens(sentence[max(0, m.start() - 12):m.start()])) if f != "x"), None)
            if place and (self._tokens(place)[-1][1] == "ns" or place.endswith(_PLACE_ENDS)) and len(place) >= 2:
                add(place, "今属", m.group(1), 0.7, said="")
        sentence = _NOW_AFTER.sub("", sentence)
        # "他认为“历之本在于测验，…”，先后创制了…": what someone said is no fact of the text, nor its subject
        sentence = _SAID.sub(r"\1", sentence)
        for m in list(_NOW_PLACE.finditer(sentence)):  # "湖广黄州府蕲州（今湖北省蕲春县）人": native place, and where it is now
            add(m.group(1), "今属", m.group(2), 0.7, said="")
        sentence = _NOW_PLACE.sub(lambda m: m.group(1) + "人", sentence)
        self._sentence = sentence
        self._whole_sentence(sentence, ctx, add, out)
        # "…，766年到达夔州，…，其中的《登高》被誉为…": a subject the whole sentence gave from a later clause is
        # not the subject of the clauses before it
        opening = len(_CLAUSE.split(sentence)[0])
        local[:] = [n for n in local if not sentence.find(n) >= opening]
        # the dates of life are read: what is left of them is no clause ("—前114年" after "张骞（？")
        sentence = _LIFE_SPAN.sub("", sentence)
        # "后者是民间环保组织“自然之友”的创办人": a quoted name owned by 的 is one with its clause (not "…”的美誉")
        owned = r"[“\"「]([\u4e00-\u9fff]{2,12})[”\"」](?=的(?!美誉|美称|称号|说法))"
        self._quoted = set(re.findall(owned, sentence))  # (a name the class before it was dropped from)
        sentence = re.sub(r"是([\u4e00-\u9fff]{0,8}?)" + owned,
                          lambda m: m.group() if re.search(r"[为称作号]$", m.group(1)) else "是" + m.group(2), sentence)
        sentence = re.sub(r"(?<=[\u4e00-\u9fff])(?<![为称作号])" + owned, r"\1", sentence)  # (not "被誉为“天下第一行书”的《…》")
        # "被授予“两弹一星功勋奖章”": a quoted prize is the verb's object, not a clause of its own
        sentence = re.sub(r"(?<=授予|获得|荣获|获颁)[“\"「]([^”\"」，。]{2,20})[”\"」]", r"\1", sentence)
        # "他创立了“鸳鸯阵”": what was made, the verb's object too
        sentence = re.sub(r"(?<=创立了|创建了|创办了|发明了|提出了|建立了|组建了|创作了|写下了|发现了)[“\"「]([^”\"」，。]{2,20})[”\"」]",
                          r"\1", sentence)
        lead = None  # "昌江是流经市区的主要河流，它发源于…": 它 is the subject the sentence opened with
        same = re.match(r"同年(\d{1,2}月(?:\d{1,2}日)?)(?=[，,])", sentence)
        if same and ctx.year:  # "同年9月16日，齐白石在北京病逝": the year the text last gave
            sentence = ctx.year + same.group(1) + sentence[same.end():]
        dm = _LEAD_DATE.match(sentence)
        year = re.match(r"(?:公元)?(\d{3,4}年)", sentence) or (re.match(r"(\d{3,4}年)", dm.group("y") or "") if dm else None)
        ctx.year = year.group(1) if year else ctx.year
        if dm and dm.group("era") and not dm.group("y") and any(f.startswith("v") for _, f in self._tokens(dm.group("era")[:2])):
            dm = None  # "整机保修一年，": a term, not a reign year
        dated = ((dm.group("y") or dm.group("d") or dm.group("era")),
                 len(_CLAUSE.split(sentence[:dm.end()])) - 1) if dm else None
        dated_done = False
        # "其中“同是天涯沦落人，相逢何必曾相识”一句…": verse or speech quoted across a clause break says nothing of the text's own
        spoken = [m.span() for m in re.finditer(r"“[^”]*[，,。！？；;][^”]*”", sentence)]
        pos = 0
        for i, clause in enumerate(c.strip() for c in _CLAUSE.split(sentence)):
            pos = max(sentence.find(clause, pos), pos) if clause else pos
            if not clause or any(a < pos < b for a, b in spoken):
                continue
            if i > 0 and lead and re.match(r"它(?![们])", clause):
                clause = lead + clause[1:]
            it = self._refer("它", ctx) if i == 0 and re.match(r"它(?![们])", clause) else None
            if it and it != ctx.topic and not self._personlike(it, ctx):
                # "金殿建于…。它高5.54米，面阔4.4米": 它 is the hall, and so are the clauses after it
                clause = it + clause[1:]
                local.append(it)
            if _THERE_LIES.match(clause):
                continue  # "（他到达龙场。）那里地处万山丛中": the place named before, not the man (nor the topic)
            on = _FURTHER_ON.fullmatch(clause)
            if on and (o := self._np(on.group(1), ctx, subject=False)[0]):
                local.append(o)  # "再往后是圣迹殿，建于…": what stands further on, which the next clauses are about
                continue
            # (the clauses before are split only for a clause that opens with 是)
            if clause.startswith("是") and (said_before := [c.strip() for c in _CLAUSE.split(sentence[:pos]) if c.strip()]) \
                    and _AT_THE_END.fullmatch(said_before[-1]) \
                    and (o := self._np(clause[1:].split("的")[-1], ctx, subject=False)[0]):
                local.append(o)  # "中轴线的最东端，是明代修建的戏台水镜台": what stands there, not the topic
                continue
            standing = _THERE_STAND.match(clause)
            if standing and (o := self._np(standing.group(1), ctx, subject=False)[0]):
                local.append(o)
                continue
            parts = [c.strip() for c in _CLAUSE.split(sentence) if c.strip()]
            opened = all(re.fullmatch(r"(?:公元)?\d{3,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|[\u4e00-\u9fff]{2}[元一二三四五六七八九十]{1,3}年(?:（\d{3,4}年）)?", c.strip())
                         for c in _CLAUSE.split(sentence[:pos]) if c.strip())  # only dates before it
            opens = _OPENS_WITH.match(clause) if i == 0 or opened else None
            if opens and (head := self._tokens(opens.group(1))) and _nounish(head[-1][1], head[-1][0]) \
                    and not any(f[:1] in "pdcu" for _, f in head) and not re.match(r"[他她它其这那该此]", opens.group(1)):
                local.append(ctx.canonical(opens.group(1)))
            elif (i == 0 or opened) and (doer := self._titled_doer(clause)) and i + 1 < len(parts) \
                    and not re.search(r"[他她]", parts[i + 1]) and not self._tokens(parts[i + 1])[0][1].startswith("nr"):
                # "淮西节度使李希烈起兵叛乱，攻陷汝州": the rebel took 汝州, not the text's man (not when the next clause
                # names its own subject, "宰相武元衡遇刺身亡，白居易率先上书", or its object, "…熊庆来…，把他请到…")
                local.append(doer)
            facing = _FACING.match(clause) if i == 0 else None
            if facing and self._is_np(facing.group(1)) and facing.group(1) not in _PRONOUNS:
                local.append(ctx.canonical(facing.group(1)))  # "圣母殿坐西朝东，面阔七间，…，高约十九米": the hall's
            is_a = re.match(r"^([\u4e00-\u9fff]{2,8}?)是(?!一[座家款种个所条位部名本])", clause) if i == 0 else None
            if is_a and not _NOT_COPULA.search(is_a.group(1)) and self._is_np(is_a.group(1)) \
                    and is_a.group(1) not in _PRONOUNS and not _PERIOD_END.search(is_a.group(1)):
                lead = is_a.group(1)
            nxt = parts[1] if len(parts) > 1 else ""
            own = re.fullmatch(r"(他|她)(名|原名|本名)([\u4e00-\u9fff]{1,2})", clause) if i == 0 else None
            if own and re.match(r"(?:字|号)", nxt):
                # "他名澜，字畹华，1894年…出生于北京": the pronoun's person, named by 名, opens the clauses that
                # follow (not a name "他名澜")
                who = self._refer(own.group(1), ctx)
                if who:
                    add(who, own.group(2), own.group(3), 0.7, said="")  # (a name of one character is kept: 名 is its relation)
                    local.append(who)
                    ctx.person = who
                continue
            named = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)名([\u4e00-\u9fff]{1,2})", clause) if i == 0 else None
            if named and re.match(r"(?:字|号)", nxt) and named.group(1)[0] not in "他她它" and (
                    self._is_person_name(named.group(1)) or named.group(1)[0] in _SURNAMES):
                # "屈原名平，字原，…": the person, then the given name 名 (not a name "屈原名平")
                who = ctx.canonical(named.group(1))
                ctx.know(who, maybe_person=True)
                add(who, "名", named.group(2), 0.7, said="")
                local.append(who)
                ctx.person = who
                continue
            styled = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(字|号)([\u4e00-\u9fff]{1,3})", clause) if i == 0 else None
            if styled and self._personlike(styled.group(1), ctx) and styled.group(1)[0] not in "他她它":
                # "范钦字尧卿，号东明，鄞县人": the person, then the courtesy name, with no comma between
                who = ctx.canonical(styled.group(1))
                ctx.know(who, maybe_person=True)
                add(who, styled.group(2), styled.group(3), 0.7, said="")
                local.append(who)
                ctx.person = who
                continue
            role = re.fullmatch(rf"({_ERA})?(?:末期|初期|中期|末年|初年|中叶|末|初)?(?:[\u4e00-\u9fff]{{0,6}}的)?([\u4e00-\u9fff、]{{2,20}})", clause) \
                if i > 0 and ctx.person and local and local[-1] == ctx.person \
                and (re.match(r"(?:字|号|又号|别号|原名|本名|又名|人称|世称)", parts[i - 1]) or parts[i - 1].endswith("人")) \
                and not re.match(r"(?:字|号|又号|别号|晚号|自号|原名|本名|又名|人称|世称)", clause) else None
            roles = re.split(r"、|(?<=..)和(?=..)", role.group(2)) if role else []
            if roles and all(len(r) <= 8 and _OCCUPATION.search(r) for r in roles) \
                    and not any(f.startswith(("v", "p")) for _, f in self._tokens(clause)):
                # "李白，字太白，号青莲居士，唐代伟大的浪漫主义诗人，…", "相州汤阴人，南宋初年著名的抗金将领和军事家":
                # what the named person was, and when
                for r in roles:
                    add(ctx.person, "职业", _ROLE_LEAD.sub("", r) or r, 0.7, said="")
                if role.group(1):
                    add(ctx.person, "朝代", role.group(1), 0.7, said="")
                continue
            if i == 0 and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", clause) and clause[0] not in "他她它" and (
                    self._is_person_name(clause) or re.match(r"(?:字|号|原名|本名|又名|又称|别名|人称|世称)", nxt)):
                # "张衡，字平子，南阳西鄂人，曾任太史令": a name alone opens the clauses that follow
                local.append(clause)
                ctx.know(clause, maybe_person=True)
                ctx.person = clause
                continue
            said_here = _TITLE_BOOK.findall(sentence[:sentence.find(clause)]) if clause.startswith(tuple(_BOOK_REF)) else []
            if clause.startswith(tuple(_BOOK_REF)) and (said_here or ctx.works):
                local.append((said_here or ctx.works)[-1])  # "全书共五十二卷，…，收录药物1892种": the clauses after it are the book's
            most = re.fullmatch(r"(?:其中)?最[\u4e00-\u9fff]{1,2}的(?:是|为)([\u4e00-\u9fff·]{2,10})", clause)
            np_only = re.fullmatch(r"(?!也就是|也即|就是)[\u4e00-\u9fff]{2,16}的([\u4e00-\u9fff]{2,8})", clause)  # (not "也就是今天的沈阳")
            carried = most or np_only
            named = carried and self._tokens(carried.group(1))
            modifier = self._tokens(clause[:np_only.start(1)]) if np_only else []
            after = re.sub(r"^(?:也|还|亦|则|又|都|同样)", "", parts[i + 1]) if np_only and i + 1 < len(parts) else ""
            # "明代修筑的大理古城，也坐落在苍山与洱海之间": a described thing, then what it does with no subject
            # (not "X就在桥的北头", "X是江西省下辖的地级市": clauses of their own)
            described = named and _ANCHOR_RE.match(after) and not _ANCHOR_RE.search(clause) and self._is_np(carried.group(1)) \
                and not self._localized(carried.group(1)) \
                and not any(f in ("p", "d") or f.startswith("nr") or w in ("是", "为", "有") for w, f in modifier)
            # "其中最大的是西山岛，面积约80平方千米": the clauses after it tell of the name; so do those after
            # "与之隔水相望的东山，…" (a name with its description, no verb of its own)
            a_name = named and named[0][1] in ("ns", "nr", "nz", "nt") and len(named[0][0]) >= 2 \
                and all(f.startswith("n") for _, f in named) and not (np_only and (_ANCHOR_RE.search(clause) or any(
                    f.startswith("v") or f == "p" and k > 0 for k, (_, f) in enumerate(modifier))))
            if described or a_name:
                local.append(ctx.canonical(carried.group(1)))
                ctx.know(local[-1])
                continue
            ref = re.match(r"^(?:该|此|这[座幅部台件个项款条所家])[\u4e00-\u9fff]{1,3}?(?=[从自在于由经向以为是，]|$)", clause)
            if ref:  # "这条铁路从北京丰台经居庸关……，全长约200公里": the clauses after it are about that railway
                named, _ = self._np(ref.group(), ctx, subject=True)
                if named:
                    local.append(named)
            before = len(out)
            # "他以访问学者的身份前往…", "华罗庚应邀到…讲学", "受派遣前往": the capacity and the invitation are no part of who or where
            clause = re.sub(r"^一说(?=生于|出生于|卒于|死于|逝世于)", "", clause)  # "一说生于…": one account of the birth
            clause = re.sub(r"^其中的(?=[\u4e00-\u9fff]{2,8}?是)", "", clause)  # "其中的东大殿是…": the hall is the subject
            # "他随父亲来到长安": whom he went with is no part of where he went
            clause = re.sub(r"(?<=[\u4e00-\u9fff])(?:随|跟随|跟着)(?:父亲|母亲|父母|家人|祖父|兄长|叔父)(?=[来到去赴前迁移回])", "", clause)
            clause = re.sub(r"(?<=[\u4e00-\u9fff])(?:又|也)被?(?:称作|称为|叫做|叫作)(?=[\u4e00-\u9fff])", "又称", clause)  # "它又被称作X"
            clause = re.sub(r"(娶|嫁给)([\u4e00-\u9fff·]{2,4}?)为(?:妻|妃|后)$", lambda m: ("娶了" if m.group(1) == "娶" else m.group(1))
                            + m.group(2), clause)  # "早年娶唐琬为妻": his wife
            clause = re.sub(r"(?<=[\u4e00-\u9fff])(?:正(?=奉))?(?:应邀|受邀|受派遣|受委派|奉命|奉派)(?=[到去赴前来在])", "",
                            re.sub(r"以[\u4e00-\u9fff]{2,10}?的?(?:身份|名义)(?=[\u4e00-\u9fff])", "", clause))
            doer = re.match(r"^([\u4e00-\u9fff]{2,8}?)(?:对|把|将|为|在)[\u4e00-\u9fff]{1,12}?(?:进行|开展|实施)?[\u4e00-\u9fff]{0,6}?(?<![同临暂及])时$",
                            self._unlead(clause)) if i == 0 and len(parts) > 1 else None
            if doer and doer.group(1) not in _PRONOUNS and all(f[:1] == "n" for _, f in self._tokens(doer.group(1))) \
                    and not _PREP.match(doer.group(1)):
                local.append(ctx.canonical(doer.group(1)))  # "1974年文物部门对木塔进行维修时，在…发现了…": the department found them
                continue
            self._before = parts[i - 1] if i > 0 else ""
            self._after = parts[i + 1] if i + 1 < len(parts) else ""
            self._clause(clause, ctx, add, lambda: local[-1] if local else (ctx.topic or ctx.subject))
            opening = re.sub(r"^(?:他的|她的|其)", "", self._unlead(clause))  # ("他的长子郑经继承了…，此后又统治台湾")
            kin = next((c for c in out[before:] if _KIN_REL.fullmatch(c.relation) and opening.startswith(c.relation + c.object)
                        and len(opening) > len(c.relation + c.object)), None)
            if kin is not None and i + 1 < len(parts):
                local.append(kin.object)  # "母亲谢氏生活无依，改嫁朱文翰": the clauses after are the mother's
            # (a kin named opening the clause is no reading of the rest: "他的长子汪文在扬州开设了…")
            if _kin_only(out[before:]):
                self._svo(clause, ctx, add, local[-1] if local else (ctx.topic or ctx.subject))
            if _kin_only(out[before:]):
                self._svo_done(clause, ctx, add)
            # (or after a clause that only says when: "工程进行期间，吕彦直积劳成疾，…去世，年仅三十五岁")
            asked = i == 1 and bool(re.match(r"(?:应|受)[\u4e00-\u9fff]{1,10}的?(?:请求|邀请|要求|委托)$", parts[0]))
            after_when = asked or i == 1 and bool(re.search(r"(?:期间|之时|时|之后|以后|以来|之际)$", parts[0])
                                                  or re.fullmatch(r"(?:公元)?\d{3,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?", parts[0]))
            if len(out) == before and (i == 0 or after_when) and not self._era_year(clause):
                # "清代散文家姚鼐在冬日登上岱顶…，写成《登泰山记》": the person the clauses go on about (not "金世宗大定二十九年")
                toks = self._tokens(clause)
                at = next((k for k, (w, f) in enumerate(toks) if f in ("nr", "nrfg", "nrt") and len(w) >= 2), None)
                run = next((k for k, (_, f) in enumerate(toks) if not f.startswith("n")), len(toks))
                place = "".join(w for w, _ in toks[:run])
                nxt = at + 2 if at is not None and at + 2 < len(toks) and toks[at + 1][1] == "n" and len(toks[at + 1][0]) >= 2 \
                    else (at or 0) + 1  # ("乾隆皇帝先得到了…": a title after the name)
                if i == 0 and 0 < run < len(toks) and toks[0][1] in ("ns", "nt", "nz", "nr") and len(place) >= 2 \
                        and (run == 1 and toks[0][1] != "nr" or place.endswith(_PLACE_ENDS)) and toks[run][1] in ("d", "p"):
                    # "宛平城就在桥的东头，建于明朝末年": a place that opens the sentence is what it goes on about
                    # ("大坝为…": the dam the text is about, as any subject)
                    named = self._by_class(place, ctx) or self._np(place, ctx, subject=True)[0]
                    if named:
                        local.append(named)
                        ctx.know(named)
                elif at is not None and nxt < len(toks) and all(f in ("n", "t", "ns", "nz") for _, f in toks[:at] if f != "c") \
                        and (toks[nxt][1] in ("p", "d", "t", "i") or toks[nxt][1].startswith("v")) \
                        and not toks[nxt][0].endswith("年") and not re.search(r"(?:后|时|以来|期间)$", clause):
                    # (not "雍正元年", an era, nor "宋哲宗即位后", a time)
                    local.append(ctx.canonical(toks[at][0]))
                    requested = local[-1] if asked and self._is_person_name(local[-1]) else requested
            cd = re.match(r"^(?:于|在)?(\d{3,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)(?=[\u4e00-\u9fff])(?!年)", clause) \
                if not (dated and i == dated[1]) else None
            if cd and len(out) > before:  # "…，1897年2月11日创办于上海": a date opening the clause dates its event
                ev = _datable(out[before:])
                if ev and not any(c.subject == ev.subject and c.relation == ev.relation + "时间" for c in out):
                    add(ev.subject, ev.relation + "时间", cd.group(1), 0.7, said="")
            deg = re.fullmatch(r"(\d{3,4}年)?(?:[^，。]{0,6}?[便就即又才])?(?:获得|取得|获)([\u4e00-\u9fff]{1,4}学位)", clause)
            school = next((c for c in reversed(out) if c.relation in ("就读于", "毕业于", "留学")), None) if deg else None
            if school is not None:  # "后转入哈佛大学研究气象学，1918年获得博士学位": the degree of the school just named
                add(school.subject, "获得" + deg.group(2), school.object, 0.7, said="")
                if deg.group(1):
                    add(school.subject, "获得" + deg.group(2) + "时间", deg.group(1), 0.7, said="")
            back = re.fullmatch(r"([\u4e00-\u9fff]{0,6}?)(回国|归国|退休)", clause) if dated and i >= dated[1] and not dated_done \
                and len(out) == before else None
            if back:  # "1938年，华罗庚回国": a return with no place is dated all the same
                who = self._np(back.group(1), ctx, subject=True)[0] if back.group(1) else None
                if who and (key(who) in ctx.canon or who in (ctx.person, ctx.topic)):
                    add(who, back.group(2) + "时间", dated[0], 0.7, said="")
                    dated_done = True
            if dated and i >= dated[1] and not dated_done:
                dated_done = True  # "熙宁八年（1075年），沈括出使辽国": the event of the clause after the date is dated
                ev = _datable(out[before:])
                if ev and not any(c.object == dated[0] for c in out[before:]):  # not twice: "…落成时间 1987年" has it
                    add(ev.subject, ev.relation + "时间", dated[0], 0.7, said="")
        for c in list(out):
            if c.relation == ALIAS:
                continue
            for end in (c.subject, c.object):
                m = _PLACE_HEAD.match(end)
                if m and _SITE_END.search(m.group(2)) and not _SITE_GENERIC.match(m.group(2)) \
                        and not re.search(r"[省市县区州]", m.group(2)):
                    site, place = m.group(2), m.group(1)
                    out[out.index(c)] = c = Candidate(site if c.subject == end else c.subject, c.relation,
                                                      site if c.object == end else c.object, c.confidence, c.extractor)
                    out.append(Candidate(site, ALIAS, end, 0.85, self.name))
                    out.append(Candidate(site, "位于", place, 0.75, self.name))
                    ctx.know(site)
        for site, place in self._sites_of(sentence):
            if not any(c.subject == site and c.relation == "位于" for c in out):
                add(site, "位于", place, 0.7, said="")
        for m in _MASTERWORK.finditer(sentence):  # "屈原……，代表作有《离骚》《九歌》等": works of the person spoken of
            w = next((x for x in reversed(local) if ctx._maybe_person(x) or self._is_person_name(x)), None) \
                or ctx.person or (ctx.topic if ctx.topic and ctx._maybe_person(ctx.topic) else None)
            for book in _TITLE_BOOK.findall(m.group(1)) if w else ():
                add(w, "代表作", book, 0.75, said="")
        self._appositions(sentence, ctx, add)
        for m in _HAILED_OPEN.finditer(sentence):
            who = self._sentence_subject(sentence, ctx) if m.start() > 0 else None
            for name in (m.group(2), m.group(3)):
                if who and name:
                    add(who, m.group(1), name, 0.7, said="")
        for name, role in self._roles:
            out.append(Candidate(ctx.canonical(name), "职业", role, 0.7, self.name))
            ctx.know(name, person=True)
        self._roles = []
        if ctx.topic is None and local and ctx.title is None:
            ctx.set_topic(local[0])  # no heading: the first sentence's subject is what the text is about
        if requested and not any(ctx._maybe_person(c.subject) for c in out):
            ctx.person = ctx.know(requested, person=True)  # "应无用师的请求，黄公望开始动笔画这幅长卷。他常常…": the next 他
            # (only there: "…期间，青年毛泽东曾在馆里做过助理员" tells of someone the text goes on without)
        self._mentions(sentence, ctx)
        ctx.works.extend(_TITLE_BOOK.findall(sentence))
        del ctx.works[:-20]
        return list(dict.fromkeys(out))

    def _person_named(self, text: str, post: bool = False) -> str | None:
        """The person a phrase ends with, after what describes them ("意大利传教士郭居静" → 郭居静, "利玛窦");
        None when it ends with no name the tagger knows as a person's. With `post`, the word right before
        the name may be one the tagger calls a verb, as it does some posts ("东京留守宗泽")."""
        toks = self._tokens(text)
        if toks and toks[-1][1] in ("nr", "nrfg", "nrt") and 2 <= len(toks[-1][0]) <= 4 \
                and all(f in ("ns", "n", "nz") or post and k == len(toks) - 2 and f == "v" and len(w) == 2
                        for k, (w, f) in enumerate(toks[:-1])):
            return toks[-1][0]
        return None

    def _teacher(self, text: str) -> str | None:
        """Who a phrase of teaching names ("拜当地文人胡沁园为师", "投入经学家王闿运门下"): a person
        by the tagger, else a surname and a given name after the words that describe them, which
        the grammar says is a person even when the tagger does not know the name."""
        named = self._person_named(text)
        if named:
            return named
        m = re.fullmatch(r"(?:[\u4e00-\u9fff]{0,8}?[家人师者士僧])?([\u4e00-\u9fff]{2,3})", text)
        return m.group(1) if m and m.group(1)[0] in _SURNAMES else None

    def _sites_of(self, sentence: str) -> list[tuple[str, str]]:
        """"江西南昌的滕王阁", "北京护国寺街的梅兰芳故居", "养心殿内的三希堂", "江阴有徐霞客故居和徐霞客墓": a
        named site and the place it is in, said as the place's (的) or as what the place has (有).
        The place is a name the tagger knows as a place, or ends as a place or building does; the
        site is a proper name (not "名楼") with a site's ending; no dynasty (唐朝的大明宫)."""
        toks = self._tokens(sentence)
        out = []
        for i, (w, _) in enumerate(toks):
            if w not in ("的", "有", "建有") or i == 0:
                continue
            k = i - 1 if toks[i - 1][0] in _INSIDE and w == "的" or toks[i - 1][0] in ("上", "内") else i
            place = []
            while k > 0 and toks[k - 1][1] in _PLACE_FLAGS and len("".join(x for x, _ in place)) + len(toks[k - 1][0]) <= 10:
                k -= 1
                place.insert(0, toks[k])
            if w != "的" and k > 0 and toks[k - 1][1] not in ("t", "x", "c") and toks[k - 1][0] not in ("今天", "今", "现在", "如今"):
                continue  # "有": the place opens the clause ("今天江阴有…"), not "相邻的乌尤山上有" (what is near?)
            name_of_place = "".join(x for x, _ in place)
            if not place or not (place[0][1] == "ns" or name_of_place.endswith(_SITE_PLACES)) or name_of_place.endswith(("朝", "代")) \
                    or re.fullmatch(r"[城市县镇村湖山]?[东南西北中][东南西北]?[部面边郊]?", name_of_place):  # "城东的梦溪园": where in town
                continue
            j, names, name = i + 1, [], []
            while j <= len(toks):
                if j < len(toks) and _nounish(toks[j][1], toks[j][0]) and toks[j][1] not in ("m", "x") \
                        and len("".join(x for x, _ in name)) + len(toks[j][0]) <= 10:
                    name.append(toks[j])
                    j += 1
                    continue
                text = "".join(x for x, _ in name)
                if text.endswith(_SITE_NAMES) and not _SITE_GENERIC.match(text) \
                        and (any(f in ("nr", "nz", "ns", "nt", "nrt") for _, f in name) or (len(name) == 1 and len(text) >= 3)):
                    names.append(text)
                if w == "的" or j >= len(toks) or toks[j][0] not in ("和", "、", "与", "及"):
                    break
                j, name = j + 1, []
            out.extend((n, name_of_place) for n in names if n != name_of_place)
        return out

    def _sentence_subject(self, sentence: str, ctx: Discourse) -> str | None:
        """What the sentence is about: the name of its dates of life, or the known name (or pronoun)
        that opens its first clause ("这一时期浙江大学发展迅速" → 浙江大学); None when it opens otherwise."""
        life = _LIFE.match(sentence)
        if life:
            return ctx.canonical(life.group(1).strip())
        first = next((c.strip() for c in _CLAUSE.split(sentence) if c.strip()), "")
        first = re.sub(r"^(?:这一时期|这一时期的|此时|当时|同时|此后|后来|如今|目前)", "", self._unlead(first))
        toks = self._tokens(first)
        run = ""
        for w, f in toks:
            if not (f.startswith("n") or f in ("j", "r") and not run and w in _PRONOUNS):
                break
            run += w
            if w in _PRONOUNS:
                break
        if not run:
            return None
        if toks[0][1] in ("nr", "nrfg", "nrt") and len(toks[0][0]) >= 2:
            return ctx.canonical(toks[0][0])  # "常书鸿带领…": a person's name
        if run in _PRONOUNS:
            return self._refer(run, ctx)
        for k in range(len(run), 1, -1):  # "樊锦诗出生于…": the longest known name the run opens with
            name = run[:k]
            if key(name) in ctx.canon or ctx.entities.get(key(name)) is not None or name == ctx.topic:
                return ctx.canonical(name)
        if toks[0][1] in ("ns", "nt", "nz") and len(run) <= 12 and len(toks[0][0]) >= 2:
            return self._np(run, ctx, subject=True)[0]  # "这一时期浙江大学发展迅速": a tagged place or body
        return None

    def _appositions(self, sentence: str, ctx: Discourse, add) -> None:
        """"英国科学史家李约瑟" → (李约瑟, 职业, 科学史家), (李约瑟, 国籍, 英国); "东汉科学家张衡" → (张衡, 朝代, 东汉)."""
        toks = self._tokens(sentence)
        names = ("nr", "nrt", "nrfg")
        for i, (w, f) in enumerate(toks):
            dotted = f == "ns" and i + 2 < len(toks) and toks[i + 1][0] == "·"  # "费尔南·平托": a foreign name, however tagged
            if (f not in names and not dotted) or i == 0:
                continue
            name, j = w, i + 1
            while j + 1 < len(toks) and toks[j][0] == "·" and toks[j + 1][1] in (*names, "ns"):
                name, j = name + "·" + toks[j + 1][0], j + 2
            if len(name) == 3 and j + 1 < len(toks) and len(toks[j][0]) == 1 and toks[j][1] in ("d", "m") and toks[j][0] not in _ADVERBS \
                    and toks[j + 1][1].startswith("v") and "日本" in "".join(x for x, _ in toks[max(0, i - 4):i]):
                name, j = name + toks[j][0], j + 1  # "日本建筑史学家伊东忠太到此", "水野清一": a Japanese name of four characters
            if len(name) < 2 or (j < len(toks) and (toks[j][1].startswith(("n", "j")) and toks[j][1] not in names or toks[j][1] in ("q", "m", "nz"))):
                continue  # one character, or the first word of a longer noun ("张衡传", "李约瑟奖")
            if j < len(toks) and toks[j][0] == "·" or toks[i - 1][0] == "·":
                continue  # a part of a longer "马可·波罗" the tagger did not tag whole
            if toks[i - 1][1] in names:
                continue  # inside a run of names
            k, run = i, ""
            while k > 0 and (toks[k - 1][1] in ("n", "l", "q", "ng", "nz") or toks[k - 1][0] == "家") and len(run + toks[k - 1][0]) <= 8 \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", toks[k - 1][0]) and toks[k - 1][0] not in ("经", "由", "据"):
                # ("经剧作家田汉介绍": 经 introduces who, tagged a noun)
                k -= 1
                run = toks[k][0] + run
            role = _OCC_LEAD.sub("", run)
            if not (2 <= len(role) <= 7 and _OCCUPATION.search(role)) or role.endswith(_ROLES) or role in _KIN_BARE \
                    or (k > 1 and toks[k - 1][0] in ("的", "之") and toks[k - 2][1].startswith(("n", "r"))):
                continue  # "球队的传奇球员范志毅": a player of that team, a class that needs its whom ("归来的画家": a painter)
            lead = "".join(x for x, _ in toks[max(0, k - 3):k])
            country = re.search(r"(?:^|[^\u4e00-\u9fff]|[裔籍的])?([\u4e00-\u9fff]{2,4})$", lead)
            country = country.group(1) if country and _COUNTRY.search(country.group(1)) and (k == 0 or toks[k - 1][1] == "ns") else None
            era = re.search(rf"({_ERA})(?:时期|时代)?$", lead) if k > 0 and toks[k - 1][1] == "t" else None
            who = ctx.canonical(name)
            add(who, "职业", role, 0.7, said="")
            if country:
                add(who, "国籍", _COUNTRY.search(country).group(), 0.7, said="")
            if era and re.fullmatch(_ERA, toks[k - 1][0]):
                add(who, "朝代", era.group(1), 0.7, said="")

    def _mentions(self, sentence: str, ctx: Discourse) -> None:
        """Runs of nouns of three characters or more ("京张铁路"), most recent last, for "这条铁路"."""
        ctx.mentions.extend(self._runs(sentence))
        del ctx.mentions[:-50]

    def _runs(self, sentence: str) -> list[str]:
        out: list[str] = []
        run = ""
        for w, f in [*self._tokens(sentence), ("。", "x")]:
            if (f.startswith("n") or f == "j") and re.fullmatch(r"[\u4e00-\u9fff]+", w):
                run += w
                continue
            if len(run) >= 3:
                out.append(run)
            run = ""
        return out

    def _whole_sentence(self, sentence: str, ctx: Discourse, add, out: list[Candidate]) -> None:
        """Patterns that span brackets and quotes: dates of life, "（以下简称“X”）"."""
        def who(text: str | None) -> str | None:
            if not text:
                return ctx.person or ctx.topic
            if text in _PRONOUNS:
                return self._refer(text, ctx, plural=True)
            if ctx.entities.get(key(text)) is not None or key(text) in ctx.canon:
                return ctx.canonical(text)  # a name read already ("李时珍也因此被…")
            return self._np(text, ctx, subject=True)[0]
        for m in _SAID_IN_BOOK.finditer(sentence):
            w = who(m.group(1))
            if w and not _END_ORG.search(w) and not w.endswith(_PLACE_ENDS) and w not in (ctx.topic, ctx.title):
                add(w, "著作", m.group(2), 0.7)
        for m in _WROTE.finditer(sentence):  # "他所著的《本草纲目》": a work of his
            w = who(m.group(1))
            if w:
                add(w, "著作", m.group(2), 0.75)
        for m in _HAILED.finditer(sentence):  # "被后人尊称为“药圣”", "《X》被誉为“…”"
            if not m.group(1).startswith("《") and ("的" in m.group(1) or sentence[max(0, m.start() - 1):m.start()] in ("的", "这", "那", "此")):
                continue  # "申花与上海海港的比赛被称为…": the head of a longer phrase, no name; "这件事被称为…": no name
            w = m.group(1) if m.group(1).startswith("《") else who(m.group(1))
            if w:
                add(w, m.group(2), m.group(3), 0.75)
        for m in _RANKED_WITH.finditer(sentence):
            prev = [c for c in _CLAUSE.split(sentence[:m.start()]) if c.strip()] if not m.group(1) else []
            said = _ANCHOR_RE.search(prev[-1]) if prev else None
            # "它的主殿天贶殿始建于北宋，与…并称为…": the subject of the clause before
            w = who(m.group(1)) if m.group(1) else ((said and said.start() and self._np(prev[-1][:said.start()], ctx, subject=True)[0])
                                                   or ctx.person or ctx.topic)
            if w and not _LITERAL.match(m.group(3)):  # (中国"四大石窟": the quoted name with what it is of)
                group = re.sub(r"[“\"「]", "", m.group(3))
                add(w, "并称", group, 0.7)
                others = self._objects(m.group(2), ctx) if "、" in m.group(2) or re.search(r"[和及]", m.group(2)) else []
                for member in [w, *others] if others and re.search(r"[一二三两四五六七八九十]", group) else ():
                    add(group, "成员", member, 0.7, said="")  # "与尤袤、杨万里、范成大并称“南宋四大家”": the four
        opener = None
        for part in (c.strip() for c in _CLAUSE.split(sentence)):
            m = _WITHIN.match(part)
            if m and not _PREP.match(m.group(1)):
                w = who(m.group(1))
                if w:
                    add(w, "位于", m.group(2), 0.7)
            m = _WHEN_HELD.match(part)
            if m and opener:
                add(opener, "时间", m.group(1), 0.7)
            if opener is None and part:
                opener = self._sentence_subject(sentence, ctx) or ctx.topic
        for m in _KNOWN_AS.finditer(sentence):  # "（景德镇）素有“瓷都”之称"
            before = _CLAUSE.split(sentence[:m.start()])[-1]
            w = who(before) if before else (ctx.topic or ctx.subject)
            if w:
                add(w, m.group(2) or "别称", m.group(1), 0.75)  # "有“衣被天下”的美誉": 美誉, the word a question uses
        m = _LIFE.match(sentence)
        if m and not _TIME_SPAN.search(m.group(1)):  # (not "武则天长安年间（701年—704年）": an era's years, no life)
            who = self._canonical(m.group(1).strip(), ctx)
            if ctx.topic is None:
                ctx.set_topic(who)
            if m.group(2) not in ("？", "?"):
                add(who, "出生日期", m.group(2), 0.85)
            add(who, "逝世日期", m.group(3), 0.85)
            ctx.know(who, person=True)
        # "这一事件史称“卢沟桥事变”，又称“七七事变”": the unnamed thing gets its name, and the aliases after are its own
        named = re.match(r"(?:这一?|该|此)[\u4e00-\u9fff]{1,3}?(?:史称|被称为|称为|人称|通称)[“\"「]([^”\"」]{2,12})[”\"」]", sentence)
        if named:
            ctx.know(named.group(1))
        for m in _QUOTED_ALIAS.finditer(sentence):
            before = re.split(r"[，,。；;：:]", sentence[:m.start()])[-1].strip()
            if re.search(r"[（(][^）)]*$", before):
                continue  # "（以下简称“X”）": _SHORT_NAME reads the name before the bracket
            lead = re.match(r"([^，,。；;：:“\"「]{2,12}?)是", sentence) if not before and not named else None
            own = self._np(lead.group(1), ctx, subject=True)[0] if lead and lead.end() < m.start() else None
            # "日光岩是鼓浪屿的最高峰，…，古称“晃岩”": the sentence's own subject, not the text's
            who = self._np(before, ctx, subject=True)[0] if before else (
                named.group(1) if named else own or ctx.person or ctx.topic or ctx.subject)
            if who and m.group(2) != who:
                if m.group(1) in _SAME_NAME:
                    out.append(Candidate(who, ALIAS, m.group(2), 0.9, self.name))
                out.append(Candidate(who, m.group(1), m.group(2), 0.85, self.name))
                ctx.alias(who, m.group(2))
        m = _SHORT_NAME.search(sentence)
        if m:
            before = _CLAUSE.split(sentence[:m.start()])[-1] or ""
            full = self._np(before, ctx, subject=True)[0] or ctx.topic
            if full:
                out.append(Candidate(full, ALIAS, m.group(1), 0.9, self.name))
                ctx.alias(full, m.group(1))

    def _clause(self, clause: str, ctx: Discourse, add, dropped) -> None:
        def subject(text: str, conf: float) -> tuple[str | None, float]:
            # "湖水经岳阳城陵矶流入长江": the route is no subject (总经理, 经济, 经过 are no route)
            text = re.sub(r"(?<![总已曾神正])经(?![理过济营历典验常])[^，。]{1,12}$", "", text)
            text = re.sub(r"是(?:一[座家款种个所条位部名本])$", "", text)  # "X是一家总部位于上海的…"
            went = re.fullmatch(r"(.{1,8}?)(?:到|去|赴)([\u4e00-\u9fff]{2,6})", text)
            if went and (went.group(1) in _PRONOUNS or all(f.startswith("n") for _, f in self._tokens(went.group(1)))):
                text = went.group(1)  # "他到临安参加锁厅试": he took part, wherever he went for it
            text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:遂|便|就)(?=在[\u4e00-\u9fff]{2})", "", text)  # "范旭东遂在天津…"
            if re.search(r"(?<=[\u4e00-\u9fff]{2})却$", text):
                return None, conf * 0.5  # "产品却是劣质碱": an adverb after a common noun (which product?), no name
            about = re.fullmatch(r"(.+?)(?:大约|大概|约)", self._unlead(text))
            if about and (about.group(1) in _PRONOUNS or key(about.group(1)) in ctx.canon or about.group(1) == ctx.topic):
                text = about.group(1)  # "他约生于1245年": about when, not who (条约 stays a word)
            if re.fullmatch(r"(?:结果|于是|因此|因而|所以|最终|终于|而)?自己(?:也|又|还|亦|便|就|却)?", text):
                return dropped(), conf * 0.85  # "…，结果自己也被贬为夷陵县令": the one the sentence is about
            if re.search(r"(?:(?<![认以称作成视因行])为|替|给)(?:他|她|他们|她们|其)$", text):  # (not "一般认为他")
                return None, conf * 0.5  # "在台南为他建立了延平郡王祠": built FOR him, by someone the clause does not name
            self._no_subject = False
            np, missing = self._np(text, ctx, subject=True)
            if np is None and self._no_subject:
                return None, conf * 0.5
            if np and (re.match(r"(?:成为|作为|是|有)", np) or np.endswith("是")):
                return None, conf * 0.5  # "前身是…", "成为首家…": a predicate, not a name
            if np and not missing and (_PERIOD_END.search(np) or self._localized(np)):
                return None, conf * 0.5  # "宋元时期是…", "寺内的…": a time or a place inside something, not a name
            if np and not missing and (np in _KIN_BARE or _COUNT_SUBJ.match(np) or _ONE_OF_KIND.search(np)):
                return None, conf * 0.5  # "祖父是一名铃医": whose grandfather the clause does not say; "三次参加…"
            if np and re.match(r"[一二三四五六七八九十两几数\d]+[次度遍回]", np):
                return dropped(), conf * 0.85  # "他们先后五次北上京城参加会试": how often, then a verb; no name
            if np in ("意思", "意为", "含义", "寓意", "用意"):
                return None, conf * 0.5  # "改名为思明州，意思是思念明朝": the meaning of a name an earlier clause gave
            if np in ("那", "这", "此"):
                return None, conf * 0.5  # "一般认为那是一座衣冠冢": what "that" is, the clause does not name
            if np and re.fullmatch(r"[使令让](?:之|其|它|他|她|它们)", np):
                return None, conf * 0.5  # "抬高水位，使之分别流入南渠和北渠": what it made flow, an earlier clause names
            if np and len(np) >= 3 and np[-1] in "和与及":
                return None, conf * 0.5  # "沟通了…的湘江和属于…的漓江": a name and the "and" after it, cut from a list
            if np and re.fullmatch(r"最[\u4e00-\u9fff]{1,2}", np):
                return None, conf * 0.5  # "其中最大的佛像高达17米，最小的仅有几厘米": which one, no name
            if np and not missing and len(np) == 1:
                return dropped(), conf * 0.85  # "后在…担任教习": one character is no name (回国后 cut at the comma)
            if np and not missing and re.search(r"(?<=..)(?:时|之时|的时候|之际)$", np):
                return None, conf * 0.5  # "西出嘉峪关时写下…": when he did it; who, an earlier clause says
            if np and not missing and re.search(r"(?<=.)(?:之间|之中|之内|之外|一带|附近|周围|两侧|两岸)$", np):
                return None, conf * 0.5  # "两山之间的谷地宽仅十余公里": a stretch between places, no name
            if np and not missing and (toks := self._tokens(np)) and toks[-1][1].startswith("v") \
                    and all(f.startswith(("v", "d", "t")) for _, f in toks):
                return None, conf * 0.5  # "最初修建的只是一座土城": what was done, no name
            if np and not missing:
                return np, conf
            if np:
                return np, conf * 0.9
            return dropped(), conf * 0.85

        if re.match(r"(?:正值|正逢|适逢|恰逢|恰值|时值|时逢)", clause):
            return  # "1913年，正值印社创立十周年": the time the sentence tells of, no fact of its own
        origin = re.fullmatch(r"(.{0,8}?)出身(?:于)?([\u4e00-\u9fff]{0,6}(?:家|家庭|门第|世家))", clause)
        if origin:  # "岳飞出身农家": the family he came from
            s, conf = subject(origin.group(1), 0.75) if origin.group(1) else (dropped(), 0.7)
            if s:
                add(s, "出身", origin.group(2), conf)
            return
        era = self._era_year(clause)
        if era and not any(f.startswith("v") for _, f in self._tokens(era.group("era"))):
            return  # "永乐三年", "秦昭王三十年": when, not what ("保修三年" is a value: 保修 is a verb)
        same = re.match(r"(?:也就是|也即|即|就是)(今天|今日|现在|如今)?的?([\u4e00-\u9fff]{2,8})$", clause)
        if same:  # "把都城迁到平城，也就是今天的大同": the place the last clause ended on, by its name of today
            last = re.search(r"(?:到|在|于|至|为|是)([\u4e00-\u9fff]{2,6})$", getattr(self, "_before", ""))
            np = self._np(last.group(1), ctx, subject=False)[0] if last else None
            if np and np != same.group(2):
                add(np, "今称" if same.group(1) else "即", same.group(2), 0.75)
            return
        m = _AWARD.match(clause)
        if m:  # "他获得世界和平理事会颁发的国际和平奖": the prize, whoever gave it
            s, conf = subject(m.group("s"), 0.8)
            o = self._np(m.group("o"), ctx, subject=False)[0]
            if s and o:
                add(s, m.group("v"), o, conf)
                return
        who = ctx.person or (ctx.topic if ctx.topic and ctx._maybe_person(ctx.topic) else None)
        m = _SIDE_IS.match(clause)
        if m:  # "（青海湖四周被群山环抱：）北面是大通山": what lies on that side of the thing spoken of
            owner = dropped() or ctx.topic
            o = self._np(m.group(2), ctx, subject=False)[0]
            if owner and o and not self._localized(o):
                add(owner, m.group(1) + "面", o, 0.7)
            return
        m = _COURTESY.match(clause)
        if m and clause.startswith("名") and "字" not in self._sentence:
            m = None  # "名弘祖，字振之": a given name only beside a courtesy name
        if m and re.search(r"[”\"」’]$", self._sentence[:max(self._sentence.find(clause), 0)]):
            m = None  # "设计了“人”字形线路": a word cut off by quotes, no courtesy name
        if m and who:
            add(who, re.sub(r"^(?:晚年|早年|后来?|又|晚)", "", clause[: m.start(1)]), m.group(1), 0.8, said="")
            ctx.alias(who, m.group(1))
            return
        m = _OLD_SURNAME.match(clause)
        if m and who:
            add(who, clause[: m.start(1)], m.group(1), 0.8, said="")
            return
        m = _BIRTHPLACE.match(clause)
        if m and re.search(r"的|著名|[诗词僧商工军艺文举]$|^每|[一二三四五六七八九十百千两几\d]$", m.group(1)):
            m = None  # "南宋著名的诗人": an occupation, not a native place; "每队十二人": a count
        if m and ctx.topic and ctx.entities.get and ctx._maybe_person(ctx.topic) or (m and ctx.person):
            add(ctx.person or ctx.topic, "籍贯", m.group(1), 0.75)
            return
        m = _ADMIN.match(clause)
        if m and (re.search(r"[是的为在]", m.group("s") or "") or "的" in m.group("o")):
            m = None  # "X是江苏省下辖的地级市": what X belongs to, read below
        if m:  # "景德镇市现辖珠山区、昌江区两个市辖区和浮梁县", "代管县级市乐平市", "市人民政府驻珠山区"
            owner = self._np(m.group("s"), ctx, subject=True)[0] if m.group("s") else None
            owner = owner or ctx.topic or dropped()
            items = re.sub(r"[一二三四五六七八九十两几\d]+个(?:市辖区|县级市|区|县|市|镇|乡|街道|自治县)", "", m.group("o"))
            rel = "政府驻地" if m.group("v").endswith("驻") else ("代管" if m.group("v") == "代管" else "下辖")
            for part in re.split(r"[、和及]", items):
                part = re.sub(r"^(?:县级市|市辖区|自治县)", "", part.strip())
                if 2 <= len(part) <= 8 and part.endswith(("区", "县", "市", "镇", "乡", "旗")):
                    add(owner, rel, part, 0.75)
            return
        m = re.match(r"(.+?)是(.+?)的(.+)", clause)
        if m and (_NOT_COPULA.search(m.group(1)) or _LOCATIVE_END.search(m.group(1))):
            m = None  # "但是…的…": a connective, not "X is Y's Z"
        role = re.match(r"^[\u4e00-\u9fff]{0,6}?(?:家|师|者)(?=[\u4e00-\u9fff]{2,4}$)", m.group(2)) if m else None
        if role and self._is_person_name(m.group(2)[role.end():]) and self._is_relation(m.group(3)):
            # "他是近代思想家梁启超的长子": the person is 梁启超 (the role before the name is said apart)
            m = re.match(r"(.+?)是(.+?)的(.+)", m.group(1) + "是" + m.group(2)[role.end():] + "的" + m.group(3))
        built = re.match(r"^(.{2,8}?)(?:建有|设有|坐落着)(.{2,12})$", clause)
        if built:  # 福建长乐建有冰心文学馆
            add(self._np(built.group(2), ctx, subject=False)[0], "位于", self._np(built.group(1), ctx, subject=True)[0],
                0.7, said="")
            return
        if m and m.group(3).endswith(("交汇处", "汇合处", "交界处")) and re.search(r"[与和]", m.group(2)):
            a, b = re.split(r"[与和]", m.group(2), maxsplit=1)
            add(self._np(a, ctx, subject=False)[0], "交汇", self._np(b, ctx, subject=False)[0], 0.8)
            return
        if m and self._is_relation(m.group(3)) and m.group(2) in _PRONOUNS:  # 《家》是他的代表作
            who = self._refer(m.group(2), ctx)
            for o in self._objects(m.group(1), ctx):
                add(who, m.group(3), o, 0.75)
            return
        if m and self._is_relation(m.group(3)) and len(m.group(2)) <= 12 and "《" not in m.group(3) \
                and (self._is_np(m.group(2)) or m.group(2) in self._quoted) and not _MADE_BY.match(clause) \
                and not _BODY_KIND.search(m.group(3)):  # (not "X是中国的民间艺术团体": a kind of body, no role)
            s, conf = subject(m.group(1), 0.8)
            add(self._np(m.group(2), ctx, subject=False)[0], m.group(3), s or "", conf, said=s)  # 北京是中国的首都
            return
        m = re.match(r"(.*?)(最[\u4e00-\u9fff]{1,2})的([\u4e00-\u9fff]{1,4})是([^的，]{2,12})$", clause)
        if m and self._is_relation(m.group(3)):  # "岛上最长的河流是南渡江": the river, which the next clauses describe
            owner = self._np(m.group(1), ctx, subject=True)[0] if m.group(1) else dropped()
            name = self._np(m.group(4), ctx, subject=False)[0]
            if owner and name and not self._localized(name):
                add(owner, m.group(2) + m.group(3), name, 0.75, said=name)
                return
        m = re.match(r"(.+?)的(.+?)是(.+)", clause)
        if m and re.match(r"(?:一[座家款种个所条位部名本对双套批]|[其他她它])", m.group(3).rsplit("的", 1)[-1]):
            return  # "X的Y是中国现存最高的一对石塔": a description (a class), not a value of a relation
        if m and self._is_relation(m.group(2)):
            s, conf = subject(m.group(1), 0.8)
            for o in self._objects(m.group(3), ctx):
                add(s, m.group(2), o, conf)  # 中国的首都是北京, 《X》的作者是Y
            return
        m = _INCLUDE.match(clause)
        if m and self._is_relation(re.sub(r"^(?:主要|重要)", "", m.group(2))):
            owner, rel = m.group(1), m.group(2)
            wt = self._tokens(owner)
            if len(wt) >= 2 and wt[0][1].startswith("v") and len(wt[0][0]) == 2:
                owner, rel = owner[len(wt[0][0]):], wt[0][0] + rel  # "注入青海湖的河流有四十余条": the lake's inflowing rivers
            s, conf = subject(owner, 0.75)
            for o in self._objects(re.sub(r"等.*$", "", m.group(3)), ctx):
                add(s, rel, o, conf)  # 公司的主要客户包括A、B
            return
        m = re.fullmatch(r"(.{0,6}?)[中内上里]有(.{2,40}?)等([\u4e00-\u9fff]{1,4})", clause)
        if m and "、" in m.group(2):  # "湖中有金梭岛、南诏风情岛等岛屿": the lake's islands
            s, conf = subject(m.group(1), 0.75) if m.group(1) else (dropped(), 0.75)
            for o in self._objects(m.group(2), ctx) if s else ():
                add(s, m.group(3), o, conf)
            return
        m = re.fullmatch(r"(.{2,12}?)以(.{2,16}?)而?(?:闻名|著称)(?:于世|全国|中外)?", clause)
        if m:  # "西岸的喜洲以保存完好的白族民居闻名": what it is known for
            who = m.group(1).rsplit("的", 1)
            s, conf = subject(who[-1], 0.75)
            what = self._np(m.group(2).rsplit("的", 1)[-1], ctx, subject=False)[0]
            add(s, "闻名于", what, conf)
            if len(who) == 2 and s:
                add(s, "位于", self._np(who[0], ctx, subject=False)[0], 0.7, said="")
            return
        m = re.fullmatch(r"([\u4e00-\u9fff]{0,10}?)([东南西北])(起|至|到|抵)([\u4e00-\u9fff]{2,16})", clause)
        if m and not (m.group(1) and _ANCHOR_RE.search(m.group(1))):  # "洱海北起洱源县，南到大理市下关": its ends
            s, conf = subject(m.group(1), 0.75) if m.group(1) else (dropped(), 0.75)
            for o in self._objects(m.group(4).rsplit("的", 1)[-1], ctx) if s else ():  # ("…交汇处的码头": the pier)
                add(s, m.group(2) + m.group(3), o, conf)
            return
        m = _BECAME.match(clause)
        if m and not re.search(r"[他她它其这那该此]", m.group("o")) and self._became(m, ctx, add, subject, dropped):
            return
        bare = re.match(rf"^(?:于|在)?({_DATE}(?:[\u4e00-\u9fff]{{1,3}}节)?)(?:正式|基本|全线|全面|宣告|相继)?(成立|建成|落成|竣工|开馆|通车|开业|完工)$", clause)
        if bare and dropped():  # "紫禁城始建于…（1406年），1420年基本建成": the clause before's subject, completed then
            # (a festival after the year is part of the date: "1989年重阳节正式落成")
            add(dropped(), bare.group(2) + "时间", bare.group(1), 0.75)
            return
        m = _CAME_TO_BE.match(clause)
        lead_date = _LEAD_DATE.match(self._sentence)
        when = m and (m.group("d1") or m.group("d2") or (
            lead_date and (lead_date.group("y") or lead_date.group("d")) and self._sentence[lead_date.end():].lstrip().startswith(clause)
            and (lead_date.group("y") or lead_date.group("d"))))
        if m and when and self._is_np(m.group("s")) and not _ANCHOR_RE.search(m.group("s")) and not _BARE_PART.fullmatch(m.group("s")):
            s, conf = subject(m.group("s"), 0.75)
            if s and (len(s) >= 3 or m.group("at") or key(s) in ctx.canon or s == ctx.topic or any(
                    f in ("nr", "ns", "nt", "nz") for _, f in self._tokens(s))):  # "学校成立": which school, the clause does not say
                add(s, ("开放" if m.group("v") == "对外开放" else m.group("v")) + "时间", when, conf)
                where = m.group("p") or m.group("at") or m.group("addr")  # ("中山东一路12号的原汇丰银行大楼于1923年落成")
                if where and not self._localized(where):
                    add(s, "成立于" if m.group("v") in ("成立", "建立") and m.group("p") else "位于",
                        self._np(where, ctx, subject=False)[0], conf, said="")
                return
        m = re.match(rf"^([\u4e00-\u9fff]{{2,10}}?)(?:于|在)({_DATE})(?:全线|全面|正式|首次)?([\u4e00-\u9fff]{{2,4}})$", clause)
        if m and self._is_np(m.group(1)) and not _ANCHOR_RE.search(clause):  # "京张铁路于1909年全线通车"
            s, conf = subject(m.group(1), 0.75)
            add(s, m.group(3), m.group(2), conf)
            return
        done = re.search(r"(?:完成|写成|编成|撰成|撰写|编写|编撰|创作)了?(《[^《》]{1,20}》)", clause)
        writer = ctx.person or (ctx.topic if ctx.topic and ctx._maybe_person(ctx.topic) else None)
        if done and writer and not re.match(r"^(?:《|该|此|这)", clause):  # "终于在1578年完成了《本草纲目》"
            add(writer, "著作", done.group(1), 0.7)
        pub = re.match(rf"^(《[^《》]{{1,20}}》)?(?:于|在)({_DATE})(?:在([\u4e00-\u9fff]{{2,6}}?))?(?:首次|正式|第一次)?"
                       r"(刊行|出版|发表|印行|付印|问世)$", clause)
        if pub:  # "《本草纲目》于1596年在南京首次刊行"
            book = pub.group(1) or (dropped() if dropped() and dropped().startswith("《") else None)
            add(book, pub.group(4) + "时间", pub.group(2), 0.75)
            if pub.group(3):
                add(book, pub.group(4) + "于", pub.group(3), 0.75)
            return
        named = re.fullmatch(r"(?:因|因为|由于)([\u4e00-\u9fff]{2,8}?)(古称|旧称|又称|别称|简称|俗称)([\u4e00-\u9fff]{1,6}?)而(?:得名|命名)", clause)
        if named and dropped():  # "（赵州桥）因赵县古称赵州而得名": named after the old name of the county
            add(dropped(), "得名于", named.group(3), 0.75, said="")
            add(self._np(named.group(1), ctx, subject=True)[0], named.group(2), named.group(3), 0.75, said="")
            return
        self._special(clause, ctx, add, subject)
        prev = 0
        found = False
        spans = self._spans(clause)
        for a in _ANCHOR_RE.finditer(clause):
            if a.group() == "属于" and clause[max(0, a.start() - 1):a.start()] == "归":
                continue  # "归属于股东的净利润": an accounting phrase, not membership
            if len(a.group()) == 2 and a.group().endswith("于") and (a.start() - 1, a.start() + 1) in spans:
                continue  # "修建于": 建于 inside another verb (read by _verb_yu), not an anchor of its own
            if _modifier_anchor(a, clause):
                continue  # "加入了孙中山创立的中国同盟会": who founded what was joined, read by the clause's own verb
            rel = _ANCHORS[a.group()]
            if rel == "祖籍" and re.search(r"的|是", clause[a.end():]):
                continue  # "祖籍泉州的华侨华人": a description of others, not this one's origin
            before = clause[prev:a.start()]
            if rel == ALIAS:
                s = (self._np(before, ctx, subject=True)[0] if before.strip() else None) or (
                    self._local[-1] if self._local else (ctx.subject or ctx.topic))  # "黄道婆，又称黄婆": the name just before
                said = re.search(r"是(?:[\u4e00-\u9fff]{1,8}的)?([\u4e00-\u9fff]{2,8})$", self._before) if not before.strip() else None
                if said and any(f in ("ns", "nr", "nz", "nt") for _, f in self._tokens(said.group(1))) and self._is_np(said.group(1)):
                    s = self._np(said.group(1), ctx, subject=True)[0] or s  # "西岸是绵延的苍山，又称点苍山": the range's name
                at = self._sentence.find(clause)
                bracket = re.search(r"(《[^《》]{1,30}》|[\u4e00-\u9fff]{2,12})[（(]$", self._sentence[:at]) if not before.strip() and at > 0 else None
                if bracket:  # "写成《江源考》（又名《溯江纪源》）": the name before the bracket, not the sentence's subject
                    s = bracket.group(1) if bracket.group(1).startswith("《") else self._np(bracket.group(1), ctx, subject=True)[0]
                if s and before.strip() and not bracket and all(f[:1] == "n" for _, f in self._tokens(s)):
                    self._local.append(s)  # "太湖古称震泽，…，位于…": the clauses after it are the named thing's
                tail = clause[a.end():]
                called = re.fullmatch(r"(他|她|它|其|之)为", tail)
                if called and called.group(1) == "之":
                    continue  # "当地人称之为“三星伴月”": what 之 is, the clause does not say
                if called:  # "后人又称他为“王荆公”": he is called the quoted name after it (later people are no one named)
                    s = self._np(called.group(1), ctx, subject=True)[0]
                    tail = self._after if 2 <= len(self._after) <= 10 and self._is_np(self._after) else ""
                names = self._objects(tail, ctx) if "、" in tail else [self._np(t, ctx, subject=False)[0] for t in re.split(r"(?<=..)或(?=..)", tail)]
                for alias in names:  # "别称鲤城、刺桐城": two aliases
                    if s and alias:
                        if a.group() in _SAME_NAME:
                            add(s, ALIAS, alias, 0.9)
                        add(s, a.group(), alias, 0.85, said=None if a.group() == "俗称" else "")  # "冰心的原名是什么？" is a question about a fact
                        # "X俗称Y，是…，每年…": the clauses after a 俗称 are X's
                        ctx.alias(s, alias)
                if said and s and s not in self._local[-1:]:
                    self._local.append(s)  # "…苍山，又称点苍山，由十九座山峰组成": the clauses after are the range's
                prev = a.end()
                found = True
                continue
            agent = re.match(r"(.{2,12}?)的([\u4e00-\u9fff·]{2,12}?)([\u4e00-\u9fff]{2})$", clause[a.end():]) \
                if before.endswith("由") else None
            if agent and self._tokens(agent.group(3))[-1][1].startswith("v"):
                # "由出生于鼓浪屿的华侨胡友义捐赠": the agent's own birthplace, said in a clause before them
                toks = self._tokens(agent.group(2))  # "澳大利亚华侨胡友义": the name after what they are
                who = toks[-1][0] if len(toks) > 1 and toks[-1][1] in ("nr", "nrfg") and len(toks[-1][0]) >= 2 else agent.group(2)
                add(self._np(who, ctx, subject=True)[0], rel, self._np(agent.group(1), ctx, subject=False)[0], 0.75)
                prev, found = a.end(), True
                continue
            later = next((x for x in _ANCHOR_RE.finditer(clause, a.end()) if not _modifier_anchor(x, clause)), None)
            owned = clause[a.end():later.start()].rsplit("的", 1) if later and rel == "位于" and not self._unlead(before).strip() else []
            if len(owned) == 2 and len(owned[1]) >= 2:  # "位于中山东一路2号的上海总会落成于1911年": where the subject is
                thing = self._np(owned[1], ctx, subject=True)[0]
                add(thing, rel, self._np(owned[0], ctx, subject=False)[0], 0.75)
                prev, found = later.start() - len(owned[1]), True
                continue
            thing = self._placed_thing(clause[a.end():]) if not later and rel == "位于" and not self._unlead(before).strip() else None
            if thing:  # "位于苍山脚下、洱海之滨的崇圣寺三塔，…": the pagodas are by both, and the clauses after are theirs
                where, name = thing
                name = self._np(name, ctx, subject=True)[0]
                for o in self._objects(where, ctx) if name else ():
                    add(name, rel, o, 0.75)
                if name:
                    self._local.append(name)
                    ctx.know(name)
                prev, found = len(clause), True
                continue
            kind = self._copula_kind(before, clause[a.end():], ctx) if rel != "位于" and not later else None
            if kind:  # "其中弥苴河是注入洱海的最大河流": the river flows into the lake, and it is the largest such
                who, target, noun = kind
                add(who, rel, target, 0.8)
                add(who, "是", noun, 0.7, said="")
                prev, found = len(clause), True
                continue
            s, conf = subject(re.sub(r"^经.{1,10}?(?=$)", "", re.sub(r"^(?:经|经过|通过)[^，]{1,10}?(?=$)", "", before)), 0.9)
            tail = re.sub(r"^了(?=..)", "", clause[a.end():])  # "漂泊到了崖州"
            if not self._unlead(before).strip() and re.search(r"的[\u4e00-\u9fff]{1,6}(?:众多|很多|较多|繁多|甚多|不少|无数)$", tail):
                continue  # "注入滇池的河流众多": the rivers that flow in are many, no fact of the verb's
            nxt = next((x for x in _ANCHOR_RE.finditer(tail) if not _modifier_anchor(x, tail)), None)
            tail = tail[:nxt.start()] if nxt else tail
            if "的" in tail and re.search(r"是一[座家款种个所条位部名本]", clause[:a.start()]):
                tail = tail.split("的", 1)[0]  # "是一家总部位于上海的职业足球俱乐部": 上海, not the club kind
            if rel in ("前往", "到达"):  # "前往交趾探望…的父亲": the place, then why he went there
                toks = self._tokens(tail)
                went = next((k for k, (w, f) in enumerate(toks) if f.startswith("v") and len(w) >= 2), None)
                # (a verb with an object after it: the tagger reads 奈良 and 安息 in "都城奈良", "安息、身毒" as verbs)
                if went and all(_nounish(f, w) and w not in "、和" for w, f in toks[:went]) \
                        and went + 1 < len(toks) and toks[went + 1][1][:1] not in ("c", "x", "u"):
                    tail = "".join(w for w, _ in toks[:went])
            crossed = tail.rsplit("的", 1) if rel in ("横跨", "跨越") and "的" in tail else None
            if crossed:  # "横跨在河北省石家庄市赵县城南约2.5公里的洨河上": the river, in 赵县
                tail = re.sub(r"[上之]$", "", crossed[1])
                where = re.sub(r"(?:城[东南西北]|[东南西北]郊|[东南西北]{1,2}部)?约?[\d.]*(?:公里|千米|米)?$", "", crossed[0])
                if s and _ADMIN_CHAIN.fullmatch(where):
                    add(s, "位于", where, conf * 0.9)
            if rel == "位于":  # "位于丰台区宛平城外": outside the town, so in the district alone
                tail = re.sub(r"(?<=[区县市省镇])[\u4e00-\u9fff]{1,4}?[城镇村门]?(?:以|之)?外$", "", tail)
            said = re.search(re.escape(tail) + r"[“\"「]([^”\"」]{1,12})[”\"」]", self._sentence) if tail in ("所谓", "俗称", "人称") else None
            tail = said.group(1) if said else tail  # "属于所谓“冷籍”": the term in quotes (the clause ends at them), not "so-called"
            objects = self._objects(tail, ctx)
            pos = _OF_POSITION.match(tail) if rel == "位于" else None
            if pos:  # "位于湖的西北部", "位于岛的最南端": a part of what the owner names, so in the owner
                owner = self._np(pos.group(1), ctx, subject=False)[0]
                objects = [owner] if owner and not self._localized(owner) else objects
            many = re.sub(r"在[\u4e00-\u9fff]{2,8}$", "", before)  # ("A、B、C、D四位画家在孤山创立…": where, no subject)
            many = re.sub(r"[一二三四五六七八九十两几\d]+[条座个家所位种]\S{0,3}$", "", many)
            subjects = [x for x in self._objects(many, ctx) if x] if "、" in many and "的" not in many else [s]
            if rel == "到达" and s and s != ctx.topic and key(s) not in ctx.entities \
                    and all(f == "n" for _, f in self._tokens(s)):
                subjects = []  # "使节也随船来到中国": whose envoys, the clause does not say
            for s in subjects:  # "湘江、资江、沅江和澧水四条河流注入洞庭湖": four subjects
                for o in objects:
                    add(s, rel, o, conf)
            chain = _ADMIN_CHAIN.match(re.sub(r"(?<=[县市])(?:县城|市区|城区)", "", tail.split("的", 1)[0])) \
                if rel == "位于" and "的" in tail else None  # ("应县县城西北的佛宫寺": in 应县)
            if chain and (chain.group("up") or chain.group("mid")) and objects and chain.group() != tail.split("的", 1)[0]:
                for s in subjects:  # "位于四川省乐山市南郊岷江东岸的凌云山": in 乐山市 as well
                    add(s, rel, (chain.group("up") or "") + (chain.group("mid") or "") + chain.group("city"), conf * 0.9)
            place = re.match(r"^(.{2,8}?)的", tail)
            if place and len(objects) == 1 and all(f in ("ns",) for _, f in self._tokens(place.group(1))):
                add(objects[0], "位于", self._tokens(place.group(1))[-1][0], 0.7, said="")
            if rel == "配偶" and s:
                ctx.know(s, person=True)
            prev = a.end()
            found = True
        if not found:
            found = self._verb_yu(clause, ctx, add, subject)
        if not found:
            self._value(clause, ctx, add, subject, dropped)
            self._is_a(clause, ctx, add, subject)
        elif re.search(r"是一[座家款种个所条位部名本][^，。；]*的[\u4e00-\u9fff]{2,8}$", clause):
            self._is_a(clause, ctx, add, subject)  # "是一座始建于唐代的佛教砖塔": when it was begun, and a pagoda

    def _era_year(self, clause: str) -> re.Match | None:
        """A reign year (`_ERA_YEAR`); one of four characters only after a dynasty ("北魏太和十九年") or when the
        tagger reads names or nouns in it ("大中祥符八年", "太平兴国二年"; not "整机保修一年" nor "前后历时十五年",
        a term and a value)."""
        m = _ERA_YEAR.match(clause)
        era = m.group("era") if m else ""
        if len(era) == 4 and not re.match(r"[东西南北][汉晋宋魏周齐]", era) and not all(
                f in ("nr", "nrfg", "nrt", "ns", "nt", "nz", "n", "m", "i", "j") for _, f in self._tokens(era)):
            return None
        return m

    def _svo(self, clause: str, ctx: Discourse, add, dropped: str | None) -> None:
        """"沈括出使辽国", "他出知延州": a known subject (or the dropped one), one verb and a proper
        name as its object, when no other rule read the clause."""
        clause = re.sub(r"(?<=[\u4e00-\u9fff])(?:亲自)?率(?:军|兵|部|师|众)(?=[\u4e00-\u9fff]{2})", "", clause)  # "岳飞率军收复襄阳": he took it
        toks = self._tokens(clause)
        # (a verbal noun ending the clause is the object's: "倡导新乐府运动")
        verbs = [k for k, (w, f) in enumerate(toks) if f.startswith("v") and not (f == "vn" and k == len(toks) - 1 and k > 0)]
        if len(verbs) == 2 and 0 < verbs[0] < len(toks) - 3 and len(toks[verbs[0]][0]) == 2 and toks[verbs[0]][1] == "v" \
                and self._person_named("".join(w for w, _ in toks[verbs[0] + 1:]), post=True):
            verbs = verbs[:1]  # "投奔东京留守宗泽": one verb, and the person after what describes them
        if len(verbs) != 1 or not toks:
            return
        k = verbs[0]
        verb, obj = toks[k][0], toks[k + 1:]
        counted = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)等[一二三四五六七八九十几数多]+[\u4e00-\u9fff]{1,2}", "".join(w for w, _ in obj))
        if counted:  # "收复襄阳等六郡": the one named of those counted
            obj = self._tokens(counted.group(1))
        listed = _LISTED.fullmatch("".join(w for w, _ in obj)) if len(verb) == 2 and obj else None
        named = _listed_items(listed.group(1)) if listed else []
        items = [x for x in named if not any(f.startswith(("v", "u", "p", "c", "d", "r", "m", "t")) for _, f in self._tokens(x))]
        if listed and len(items) == len(named):
            # "漫游洞庭、金陵、扬州等地": each place named before 等
            head = "".join(w for w, _ in toks[:k])
            if not head:
                s = dropped
            elif head in _PRONOUNS:
                s = self._refer(head, ctx)
            else:
                s = ctx.canonical(head) if key(head) in ctx.canon or head == ctx.topic else None
            for n, item in enumerate(items):
                o = self._np(item, ctx, subject=False)[0]
                if s and o and not self._localized(o):
                    add(s, verb, o, 0.65, said=None if n == 0 else "")
            return
        met = self._person_named("".join(w for w, _ in obj), post=True) if len(verb) == 2 and len(obj) > 1 else None
        if met:  # "宋真宗召见山长周式": the person after what describes them
            obj = [(met, "nr")]
        if len(verb) != 2 or not obj or obj[0][1] not in ("ns", "nt", "nz", "nr", "nrt", "nrfg") or len(obj[0][0]) < 2 \
                or not all(_nounish(f, w) for w, f in obj) or len("".join(w for w, _ in obj)) > 10 \
                or not (len(obj) == 1 or obj[-1][1] in ("ns", "nt", "nz", "nr", "nrt", "nrfg")
                        or obj[-1][0].endswith((*_PLACE_ENDS, "府", "公司", "大学", "学院", "院", "馆", "寺", "局", "军", "运动"))):
            return  # "深受神宗信任": a name's feeling, not a thing named
        head = "".join(w for w, _ in toks[:k])
        together = re.fullmatch(r"(.{1,8}?)(?:与|和|同|跟)(.{2,12}?)(?:共同|一起|一道|联合)", head)
        partner = self._person_named(together.group(2)) if together else None
        head = together.group(1) if partner else head  # "他与元稹共同倡导新乐府运动": both did it
        if head:
            if head in _PRONOUNS:
                s = self._refer(head, ctx)
            elif key(head) in ctx.canon or ctx.entities.get(key(head)) is not None or head == ctx.topic:
                s = ctx.canonical(head)
            elif k == 1 and len(head) >= 3 and toks[0][1] in ("nr", "nrfg", "nrt", "nt", "nz") and len(obj) == 1:
                s = ctx.canonical(head)  # "英法联军攻入北京": one name the tagger knows, new to the text
            else:
                return
        else:
            s = dropped
        o = self._np("".join(w for w, _ in obj), ctx, subject=False)[0]
        if s and o and not self._localized(o):
            add(s, verb, o, 0.65)
            if partner and partner != s:
                add(partner, verb, o, 0.65, said="")

    def _svo_done(self, clause: str, ctx: Discourse, add) -> None:
        """"乐凤鸣在前门外大栅栏开设了同仁堂药铺", "于是在北京开设了同仁堂药室", "他编成了新的历法《大明历》",
        "祖冲之写了一篇《驳议》": a subject (a known name, a pronoun or a name after a kin phrase), "在 PLACE"
        or nothing, a two-character verb with 了, and a name or a 《work》 as its object; the
        place is where a named shop, office or work-place is. A date before the clause dates it (the caller)."""
        done = re.match(r"^(?P<pre>[^，。；]{1,24}?)了(?:一[篇部座家个所本间])?(?P<o>[^，。；]{2,20}|[^，。；]{12,48}?等[\u4e00-\u9fff]{0,12})$", clause)
        toks = self._tokens(done.group("pre")) if done else []
        # a word right before 了 is its verb, whatever the tagger makes of it out of context ("结识")
        if not toks or len(toks[-1][0]) > 2 or not (toks[-1][1].startswith("v") or (toks[-1][1] == "n" and len(toks[-1][0]) == 2)):
            return
        verb = toks[-1][0]
        m = _DONE.match(done.group("pre")[:-len(verb)])
        if not m:
            return
        o_text = done.group("o")
        books = _TITLE_BOOK.findall(o_text) if not re.match(r"(?:自|从)《", o_text) else []  # ("自《禹贡》以来…的说法": since)
        at = None
        met = None if books else self._person_named(o_text)  # "结识了意大利传教士郭居静", "拜访了利玛窦": the person met
        one = re.fullmatch(r"([\u4e00-\u9fff·]{2,4})等[\u4e00-\u9fff]{1,4}", o_text) if not books and not met else None
        met = self._person_named(one.group(1)) if one else met  # "结交了孟浩然等诗人": the one named
        listed = _LISTED.fullmatch(o_text) if not books and not met else None
        # (an item only needs no verb, particle or pronoun in it: the tagger reads 唐来渠 as a time and a noun)
        # (nor a verb of two characters: one alone may start a name, "募役法", as the tagger reads it)
        named = _listed_items(listed.group(1)) if listed else []
        items = [x for x in named
                 if not any(f.startswith(("u", "p", "c", "d", "r")) or f.startswith("v") and len(w) > 1 for w, f in self._tokens(x))]
        others: list[str] = []
        if books:
            o = books[0]
        elif met:
            o = met
        elif listed and len(items) == len(named):
            # "修复了唐来渠、汉延渠等古渠": each thing named before 等, not the class after it
            o, others = items[0], items[1:]
        else:
            where, _, what = o_text.rpartition("的")  # "调查了天津蓟县的独乐寺": the temple, in 蓟县
            if where and what and all(f == "ns" for _, f in self._tokens(where)):
                o_text, at = what, self._tokens(where)[-1][0]
            obj = self._tokens(o_text)
            if not obj or not all(_nounish(f, w) for w, f in obj) or obj[0][1] not in ("ns", "nt", "nz", "nr", "nrt", "nrfg") \
                    or not o_text.endswith((*_PLACE_ENDS, "府", "公司", "大学", "学院", "院", "馆", "寺", "局", "室", "铺", "店", "厂", "所",
                                            "堂", "楼", "阁", "塔", "桥", "宫", "殿", "祠", "庙", "园")):
                return
            o = self._np(o_text, ctx, subject=False)[0]
        head = re.sub(r"^(?:那|这)一?年", "", self._unlead(m.group("s")))
        pos = self._sentence.find(clause)
        lead = re.findall(r"(?:^|[，；])(他|她)(?!们)", self._sentence[:pos]) if not head and pos > 0 else []
        if not head and len(set(lead)) == 1:
            head = lead[-1]  # "他以“富国强兵”为目标，陆续推行了…": the person the sentence opened a clause with
        if not head:
            return  # "…，于是在北京开设了X": who the dropped subject is, the clause does not say
        partner = None
        together = re.match(r"^(.{1,8}?)(?:与|和|同|跟)(.{2,12})$", head)
        if together and self._person_named(together.group(2)):  # "他与意大利传教士熊三拔合译了《泰西水法》": both did it
            head, partner = together.group(1), self._person_named(together.group(2))
        if head in _PRONOUNS:
            subj = self._refer(head, ctx)
        elif key(head) in ctx.canon or ctx.entities.get(key(head)) is not None or head == ctx.topic:
            subj = ctx.canonical(head)
        else:
            toks = self._tokens(head)  # "乐显扬的第三个儿子乐凤鸣", "节度使韦皋", "韦皋": the name at the end
            subj = toks[-1][0] if toks[-1][1] in ("nr", "nrfg", "nrt") and 2 <= len(toks[-1][0]) <= 3 and (
                "的" in head or all(f.startswith("n") and f not in ("nr", "nrfg", "nrt") for _, f in toks[:-1])) else None
            if subj:
                ctx.know(subj, maybe_person=True)
        if not subj or not o or self._localized(o):
            return
        add(subj, verb, o, 0.65)
        for other in others:
            add(subj, verb, other, 0.65, said="")
        if partner and partner != o:
            add(partner, verb, o, 0.65, said="")
        if at and at != o:
            add(o, "位于", at, 0.65, said="")
        place = m.group("p")
        if place and not books and not met and all(f in ("ns",) for _, f in self._tokens(place)):
            add(o, "位于", place, 0.65, said="")

    def _verb_yu(self, clause: str, ctx: Discourse, add, subject) -> bool:
        """"乐山大佛开凿于唐代", "铜像铸造于北宋": a two-character verb + 于 + a time or place is a
        relation named by the verb, when no anchor read the clause."""
        spans = self._spans(clause)
        starts = {start for start, _ in spans}
        words = {clause[a:b]: a for a, b in spans}
        for m in re.finditer(r"(?=([\u4e00-\u9fff]{2})于)|(?=([\u4e00-\u9fff])于)", clause):
            if m.group(2):  # "葬于白鹿原": a one-character verb the segmenter reads with 于 as one word
                if words.get(m.group(2) + "于") != m.start() or m.start() < 1 \
                        or not self._tokens(m.group(2) + "于")[0][1].startswith("v"):
                    continue
                verb, end = m.group(2), m.start() + 2
            else:
                toks = self._tokens(m.group(1))
                if len(toks) != 1 or not toks[0][1].startswith(("v", "a")) or m.start() < 2 or m.start() not in starts:
                    continue  # (not "节始" of "啤酒节始于": the verb starts a word of the clause; 圆寂/a)
                verb, end = m.group(1), m.start() + 3
            if "的" in clause[end:] or "是" in clause[:m.start()] or re.match(r"一[个座家位种条所]", clause[end:]):
                return False  # "是一家专注于…的企业": the phrase describes a noun; "出身于一个…家庭": no name
            s, conf = subject(clause[:m.start()], 0.75)
            if s and not (s in ctx.entities or s == ctx.topic or len(s) >= 3 or any(
                    f in ("nr", "ns", "nt", "nz", "nrt", "nrfg") for _, f in self._tokens(s))):
                return False  # "商人聚居于城南": a common noun is no subject of a fact
            objects = self._objects(clause[end:], ctx)
            for o in objects:
                add(s, verb + "于", o, conf)
            return bool(s and objects)
        return False

    def _special(self, clause: str, ctx: Discourse, add, subject) -> None:
        m = _MADE_BY.match(clause)  # 《蒙娜丽莎》是意大利画家达·芬奇创作的一幅油画
        if m:
            s, conf = subject(m.group(1), 0.8)
            who, when = m.group(2), None
            t = re.search(r"(?:于|在)(\S{1,10}?(?:年|月|日|时期|年间))$", who)  # "张衡于阳嘉元年制成的"
            if t:
                who, when = who[:t.start()], t.group(1)
            toks = self._tokens(who)
            while len(toks) > 1 and (toks[-1][1].startswith("v") or toks[-1][0] in ("并", "并且", "自己")):
                # "苏颂主持制成的": 主持 is no part of the maker, nor "设计并", "自己" of "中国人自己设计并主持建造的"
                toks = toks[:-1]
            who = "".join(w for w, _ in toks)
            maker = self._np(who, ctx, subject=False)[0]
            add(s, _BY_REL.get(m.group(3), m.group(3)), maker, conf)
            if s and when:
                add(s, m.group(3) + "于", when, 0.7)
            kind = self._trim(re.sub(r"^一[幅座部台件个项款种本首]", "", m.group(4)))
            if s and kind and 2 <= len(kind) <= 8:
                add(s, "是", kind, 0.7)
                self._introduce(s, kind, ctx)
        m = _FORMER.match(clause)  # "它的前身是1944年成立的国立敦煌艺术研究所"
        if m:
            s, conf = subject(m.group(1) or "", 0.8)  # "…，前身为清漪园": the clause's own subject
            if s and s != m.group(3):
                add(s, "前身", m.group(3), conf)
                ctx.know(m.group(3))
                if m.group(2):
                    add(m.group(3), "成立时间", m.group(2), 0.7, said="")
        m = _RENAMED.match(clause)
        if m:
            bare = _TAIL_JUNK.sub("", re.sub(r"^当地的?", "", m.group(1)))
            new = self._np(m.group(4), ctx, subject=False)[0]
            s, conf = None, 0.8
            moved = re.search(r"(?:将|把)(.{1,20})$", bare)  # "并将瓮山改名为万寿山": the thing renamed, not the doer
            if moved and moved.group(1) in ("其", "它", "之", "他", "她"):
                new = None  # "将其改名为…": which thing "其" is the rules cannot tell
            elif moved and re.match(r"(?:这|那|该|此)", moved.group(1)):
                # "把这条…的河流改名为永定河": the thing of that class the text named last, or nothing
                s = self._by_class(moved.group(1)[-2:], ctx)
                new = new if s else None
            elif moved:
                bare = moved.group(1)
            if s is None and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", bare):  # "研究所改名为…": the last name said before that ends so
                s = next((n for n in reversed(ctx.order) if n.endswith(bare) and len(n) > len(bare) + 1 and n != new), None)
            if s is None and new:
                s, conf = subject(bare, 0.8)
            rel = {"改称": "改名为", "改称为": "改名为", "易名为": "改名为", "更名为": "改名为", "扩建成": "扩建为"}.get(m.group(3), m.group(3))
            if s and new and s != new:
                add(s, rel, new, conf)
                if m.group(2):
                    add(s, rel.rstrip("为") + "时间", m.group(2), 0.7, said="")
                ctx.know(new)
        m = _DECLARED.search(clause)
        if m:
            s_, conf_ = subject(clause[:m.start()], 0.8)
            agent = self._np(m.group(1), ctx, subject=False)[0]
            if s_ and "的" not in m.group(3):
                add(s_, m.group(2), m.group(3), conf_)
            if s_ and agent:
                add(agent, m.group(2)[:-1], s_, conf_, said=s_)  # (a later "它" is still the thing declared)
        m = _TAUGHT_BY.search(clause)
        if m:  # "向经学大师孔安国请教《古文尚书》", "跟随董仲舒学习《公羊春秋》", "师从齐白石": the teacher, and what was learnt
            said = m.group("t") or m.group("t2") or m.group("t3") or m.group("t4")
            # "拜当地文人胡沁园、陈少蕃为师": each teacher of a list
            teachers = [self._teacher(t) for t in said.split("、")] if said.count("、") == 1 else [self._teacher(said)]
            s, conf = subject(clause[:m.start()], 0.8)
            for teacher in (t for t in teachers if s and t and s != t):
                add(s, "师从", teacher, conf)
                book = _TITLE_BOOK.match(m.group("o") or "")
                if book:
                    add(s, "学习", book.group(), conf)
        for m in _PASSIVE.finditer(clause):  # 俱乐部被上海文广集团收购
            s, conf = subject(clause[:m.start()], 0.8)
            agent = self._np(m.group(1), ctx, subject=False)[0]
            if s and agent:
                add(agent, m.group(2), s, conf)
        m = _MATERIAL.search(clause)  # 它用精铜铸成 / 该仪器用青铜铸造
        if m:
            s, conf = subject(clause[:m.start()], 0.8)
            stuff = self._trim(m.group(1).split("的")[-1])  # "用青灰色的石灰岩砌成": limestone
            if s and stuff and len(stuff) >= 1:
                add(s, "材料", stuff, conf)
        kin_done = set()
        for m in _KIN_LEAD.finditer(clause):  # "父亲李言闻不愿做官", "创始人乐显扬原籍浙江宁波": the name the tagger sees
            toks = self._tokens(clause[m.end():])
            named = re.match(_KIN.pattern, clause[m.start():])  # (read below, unless "父亲张宏赴京" takes the verb in)
            if not toks or toks[0][1] not in ("nr", "nrfg", "nrt") or not 2 <= len(toks[0][0]) <= 3 \
                    or named and not any(f.startswith("v") for _, f in self._tokens(named.group(2))):
                continue
            name = toks[0][0]
            if len(name) == 2 and len(toks) >= 3 and len(toks[1][0]) == 1 and toks[1][1] in ("m", "n", "ng", "nr", "a", "g") \
                    and (toks[2][1].startswith("v") or toks[2][1] == "t"):
                name += toks[1][0]  # "父亲张彭年务农", "张彭年去世": the tagger's 张彭 + 年, a three-character name before its verb
            before = clause[:m.start()]
            who = self._owner(before, ctx) if before else (ctx.topic if m.group(1) in ("创始人", "创办人") else (ctx.person or ctx.topic))
            if who and who != name and not (m.group(1) in ("创始人", "创办人") and ctx._maybe_person(who)):
                add(who, m.group(1), name, 0.7, said=who)
                ctx.know(name, person=True)
                kin_done.add(m.start())
        for m in _KIN.finditer(clause):  # 父亲谢葆璋曾参加… → (the person, 父亲, 谢葆璋)
            if any(f.startswith("v") or f in ("f", "t", "d") for _, f in self._tokens(m.group(2))):
                continue  # "父亲去世后": what the father did, no name
            before = clause[:m.start()]
            kin = _KIN_SHORT.get(m.group(1), m.group(1))  # "其母姚氏": his mother
            # "他和林徽因育有一女一子：女儿梁再冰": the children of who opened the sentence, not of the last person named
            opener = self._opener if not before and not self._sentence.startswith(clause) else None
            who = (ctx.person or ctx.topic) if clause[m.start()] == "其" else \
                self._owner(before, ctx) if before else (opener or ctx.person or ctx.topic)
            if who:
                # "他的第一任妻子林徽因是…，1955年在北京病逝": the clause and the next are about her
                own = re.fullmatch(r"(?:[他她]的|[他她]|其)?", before) and re.match(r"[是曾也]", clause[m.end():])
                add(who, kin, m.group(2), 0.75, said=m.group(2) if own else who)
                ctx.know(m.group(2), person=True, gender="f" if kin in ("母亲", "妻子", "女儿", "姐姐", "妹妹", "祖母") else "m")
        for m in _IN_VERB.finditer(clause):  # 在深圳证券交易所上市, 在北京逝世
            s, conf = subject(clause[:m.start()], 0.85)
            verb = m.group(2).rstrip("了")
            if verb in ("设立", "设有"):  # 在苏州、西安和成都设有三个研发中心 → (S, 研发中心, 苏州)
                what = re.sub(rf"^(?:{_NUM}[个家座所条]?)", "", clause[m.end():]).strip()
                what = self._trim(what.rsplit("的", 1)[-1]) if what else ""
                for o in self._objects(m.group(1), ctx):
                    add(s, what or verb, o, conf * 0.9)
                continue
            if verb in ("读书", "求学") and re.search(r"的|[和与及]$", m.group(1)):
                continue  # "在长期的行医和读书过程中": a time of life, no place
            if re.match(rf"(?:{_NUM}多?周年|前夕|之际|之初)", clause[m.end():]):
                continue  # "在新中国成立50周年前夕": when, not where the sentence's subject was founded
            abroad = m.group().startswith("赴")  # "赴美国留学": went to study in a country, not at a school
            place = m.group(1)
            joint = re.search(r"(?:与|同|跟)[^，,]{2,24}?(?:等人|一起|一道|共同|联合|合作|发起)", place)
            place = place[:joint.start()] if joint else place  # "在上海与蒋智由、叶瀚等人发起成立": who with, not where
            for o in self._objects(place, ctx) if len(place) >= 2 else ():
                add(s, verb if abroad and not re.search(r"(?:大学|学院|学校|学堂|书院|研究院|研究生院)$", o) else _IN_REL.get(verb, verb),
                    o, conf)
        for m in _TO_VERB.finditer(clause):  # 被推荐到北京太医院任职
            s, conf = subject(clause[:m.start()], 0.8)
            pivot = re.search(r"(?:邀请|邀|聘请|延请|派遣|委派|推荐|任命|召)([\u4e00-\u9fff·]{1,4})$", clause[:m.start()])
            if pivot:  # "王炎邀请陆游到南郑的幕府任职": the one invited takes the post
                s = self._np(pivot.group(1), ctx, subject=True)[0]
            for o in self._objects(m.group(1), ctx):
                add(s, {"任职": "任职于"}.get(m.group(2)) or _IN_REL.get(m.group(2), m.group(2)), o, conf)
        m = _DEMOTED.search(clause)
        if m:  # "苏轼晚年曾被贬至惠州": where he was sent; "被贬为黄州团练副使": the lower post
            s, conf = subject(clause[:m.start()], 0.8)
            o = self._np(m.group(2), ctx, subject=False)[0] if m.group(1) != "为" else m.group(2)
            add(s, "贬为" if m.group(1) == "为" else "被贬至", o, conf)
        m = _SETTLED.search(clause)
        if m:
            s, conf = subject(clause[:m.start()], 0.8)
            for o in self._objects(m.group(1), ctx):
                add(s, "安置于", o, conf)
        for m in _TO_PLACES.finditer(clause):  # 亲自到武夷山、黄山等地考察
            s, conf = subject(clause[:m.start()], 0.75)
            for o in self._objects(m.group(1), ctx):
                add(s, f"{m.group(2)}于", o, conf)
        for m in _WITH.finditer(clause):  # 与吴文藻结婚, 与西安交通大学共建
            if "由" in clause[:m.start()] and re.match(_BY_VERBS, clause[m.end():]):
                continue  # "由A与B合作设计": both designed it (_BY), neither is the thing's partner
            before, where = clause[:m.start()], None
            at = re.match(r"^(?:流)?(?:到|至|在|于)([\u4e00-\u9fff]{2,10})$", before)
            if at:  # "到平乐县与荔浦河汇合": where it meets, not who; the subject is the one this sentence spoke of
                before, where = "", at.group(1)
            s, conf = subject(before, 0.85)
            rel = {"结婚": "配偶", "成婚": "配偶", "结为夫妻": "配偶", "结为夫妇": "配偶", "汇合": "交汇", "相交": "交汇", "汇流": "交汇"}.get(m.group(2), m.group(2))
            objs = [x for x in m.group(1).split("、") if x] if rel == "交汇" else [m.group(1)]  # 与荔浦河、恭城河汇合: two
            o, aside = None, clause[m.end():m.end() + 1] == "处"  # "X与Y交汇处的Z": a place named by it, not the clause's subject
            for x in objs:
                o = self._np(re.split(r"(?<=..)(?:在|于)", x)[0], ctx, subject=False)[0]
                add(s, rel, o, conf, said="" if aside else None)
            if where and s:
                add(s, rel + "于", self._np(where, ctx, subject=False)[0], conf * 0.9)
            if rel == "配偶" and s and o:
                ctx.know(s, person=True)
                ctx.know(o, person=True)
            role = re.match(r"(.{2,6}?(?:家|师|员|者))(.{2,4})$", m.group(1))
            if role and o:
                add(o, "职业", role.group(1), 0.7)
        for m in _BY.finditer(clause):  # 公司由工程师周明远创办, 本产品由X出品
            if not clause[:m.start()] and re.search(r"的[\u4e00-\u9fff]{1,6}$", self._before):
                continue  # "中央安放着孙中山的大理石卧像，由…高琪创作": the statue's maker, not the topic's
            if m.group(1)[:1] in "、，,和与及":
                continue  # "与蒋智由、叶瀚等人发起": the 由 that ends a name, no "by"
            s, conf = subject(clause[:m.start()], 0.85)
            text = m.group(1)
            at = re.match(r"(.{2,12}?)在.{2,}?(?:的基础上|之上|上|中|下|后)(?:正式|重新|首次)?$", text)
            text = at.group(1) if at else text  # "由潭州太守朱洞在僧人办学的基础上正式创立": the doer, not where it was done
            grad = re.match(r"(.{2,12}?)毕业的(.+)$", text)
            together = re.search(r"(?:合作|共同|联合)$", clause[:m.start(2)])  # "由A与B合作设计": each of them
            parts = [text]
            if together:
                toks, parts = self._tokens(text), [""]
                for w, f in toks:
                    if w in ("与", "和", "及", "、") and parts[-1]:
                        parts.append("")
                    else:
                        parts[-1] += w
            for part in parts:
                o = self._np(part, ctx, subject=False)[0]
                add(s, _BY_REL.get(m.group(2), m.group(2)), o, conf)
                also = _BY_ALSO.match(clause[m.end():])
                if also:
                    add(s, _BY_REL.get(also.group(1), also.group(1)), o, conf)
            if grad and o:
                add(o, "毕业于", self._np(grad.group(1), ctx, subject=False)[0], 0.75)
                ctx.know(o, maybe_person=True)
        m = _FROM_GRAD.search(clause)
        if m:
            s, conf = subject(clause[:m.start()], 0.85)
            add(s, "毕业于", self._np(m.group(1), ctx, subject=False)[0], conf)
        m = _GO_STUDY.search(clause)
        if m:  # "赴美国留学"; "后转入哈佛大学研究气象学" (a continued subject): where he studied next
            s, conf = subject(clause[:m.start()], 0.85)
            add(s, "留学" if m.group(1) else "就读于", self._np(m.group(1) or m.group(2), ctx, subject=False)[0], conf)
        for m in _OF_BOOK.finditer(clause):  # 苏轼的《石钟山记》, 她的诗集《繁星》和《春水》
            owner, kind = m.group(1), m.group(2)
            books = _TITLE_BOOK.findall(m.group(3))
            did = _DID_BOOK.search(owner) if not kind else None
            if did:  # "张照书写的《岳阳楼记》": who wrote this copy out, not who wrote the text
                who = self._np(owner[:did.start()], ctx, subject=True)[0]
                for b in books if who and not self._localized(who) else ():
                    if did.group(1) in ("书写", "题写", "翻译", "创作"):  # a copy, a translation, music: the verb says
                        add(who, did.group(1), b, 0.7)
                    else:
                        add(b, "作者", who, 0.7, said="")
                continue
            toks = self._tokens(owner)
            if any(f.startswith("v") for _, f in toks[:-1]):
                continue  # "(并把)讲述粮食的《乃粒》": what the book tells of, no author
            who = self._owner(owner, ctx)
            if not who or self._localized(who) or re.search(r"[上中内里下]$", owner):
                continue  # "刻在大石坪上的《金刚经》": where it is carved, not who wrote it
            for b in books:
                if kind:
                    add(who, kind, b, 0.75)
                else:
                    add(b, "作者", who, 0.7, said="")
        m = re.search(r"任命(他|她|[\u4e00-\u9fff·]{2,4}?)为([\u4e00-\u9fff]{2,10})$", clause)
        if m and self._is_np(m.group(2)):  # "任命詹天佑为总工程师", "任命他为江宁知府": the person holds the post
            who = self._refer(m.group(1), ctx) if m.group(1) in _PRONOUNS else self._canonical(m.group(1), ctx)
            if who and m.group(1) in _PRONOUNS and 0 <= self._sentence.find(who) < self._sentence.find("任命"):
                who = ctx.person if ctx.person != who else None  # "宋神宗即位，先任命他为…": not the one who appoints
            add(who, "职务", m.group(2), 0.75, said=who)
            ctx.know(who, person=True)
            return
        m = _HOLD.search(clause)  # 曾任中国作家协会名誉主席, 担任公司董事长
        if m and re.search(rf"的(?:{_KIN_NOUNS}|{'|'.join(_KIN_BARE)})$", m.group(1)):
            m = None  # "前往交趾探望担任县令的父亲": the post is the father's, said inside a phrase naming him
        if m and "兼" in m.group(1) and not m.group(1).startswith("兼"):  # "历任粤汉铁路会办兼总工程师": two posts
            s, conf = subject(clause[:m.start()], 0.85)
            posts = re.split(r"[兼、]", re.sub(r"等(?:职务?|职位)$", "", m.group(1)))  # "A会办兼总工程师、B督办等职"
            org = next((posts[0][: -len(r)] for r in sorted(_ROLES, key=len, reverse=True) if posts[0].endswith(r)), None)
            for held in (p for p in posts if p):
                role = next((r for r in sorted(_ROLES, key=len, reverse=True) if held.endswith(r)), None)
                if role and held == role and org:  # "…会办兼总工程师": the second post of the same body
                    add(self._np(org, ctx, subject=False)[0], role, s, conf * 0.9, said=s)
                elif len(held) <= 14:
                    add(s, "职务", held, conf * 0.8)
            return
        if m:
            before, at_org = clause[:m.start()], ""
            by = re.match(r"由[\u4e00-\u9fff·]{2,4}$", before) is not None
            if by:  # "（两馆合并，）由蔡元培任馆长": 蔡元培 holds it (由 is no part of the name); the body stays what
                before = before[1:]  # the sentence is about
            at = re.search(r"在([\u4e00-\u9fff]{2,16})$", before)
            if at and "的" not in m.group(1) and not m.group(1).startswith("了"):
                # "他在昆明的西南联合大学担任教授": a role (教授, 院长 …) of that body ("昆明的" only places it)
                at_org = at.group(1).rsplit("的", 1)[-1]
                before = before[:at.start()] if len(at_org) >= 2 else before
                at_org = at_org if len(at_org) >= 2 else ""
            went = re.search(r"(?:回到|来到|前往|返回|到达|抵达|赴|到)[\u4e00-\u9fff]{2,8}$", before)
            before = before[:went.start()] if went else before  # "回到绍兴担任中西学堂监督": he went there, the post his
            when = re.sub(r"[（(][^）)]*[）)]$", "", before)
            when = bool(self._era_year(when)) or when == "是年"  # (other years and 次年 are the subject rule's)
            after = when and m.group(1).endswith("后")
            if when:  # "永和元年（136年）出任河间相后，他…", "嘉祐五年任枢密副使": a time, then the post the dropped
                before = ""  # subject took (the year holds no post)
            s, conf = subject(before, 0.85)
            held = re.sub(r"等(?:职务?|职位)$", "", re.sub(r"^了", "", m.group(1)))  # "历任侍中、河间相等职"
            held = held[:-1] if after else held
            if at_org and any(held.endswith(r) for r in _ROLES):  # a post of that body; other posts stay as they were
                held = at_org + held
            if "的" in held:  # "担任了俱乐部的青训总监": the owner, then the whole role
                owner_text, role_text = held.rsplit("的", 1)
                role = next((r for r in sorted(_ROLES, key=len, reverse=True) if role_text.endswith(r)), None)
                if role and len(role_text) <= 8:
                    o = self._np(owner_text, ctx, subject=True)[0] or ctx.topic
                    add(o, role_text, s, conf, said=s)
                    held = ""
            role = next((r for r in sorted(_ROLES, key=len, reverse=True) if held.endswith(r)), None) if held else None
            if not held:
                pass
            elif role:
                mod = re.search(r"(名誉|荣誉|副|常务|执行|首任|第一任|首席|前|总)$", held[: -len(role)])
                role = (mod.group() if mod else "") + role
                org = held[: -len(role)]
                o = self._np(org, ctx, subject=False)[0] if org else (self._founded_before(clause, ctx) or ctx.topic)
                if o and not org and o == ctx.topic and o != s and (ctx._maybe_person(o) or self._is_person_name(o)):
                    hired = re.match(r"(?:聘请|邀请|延聘)", before.strip())
                    if hired and s:  # "（徐悲鸿）聘请齐白石担任教授": who hired whom; no body is named, and a
                        add(o, hired.group(), s, conf)  # person holds no post of his
                    o = None
                if o:
                    add(o, role, s, conf, said=o if by else s)  # as 中国的首都是北京: (owner, role, holder)
                if s and o and s != o and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", s):
                    ctx.know(s, maybe_person=True)  # who holds a post is someone: a later 它 is not them
            elif by:
                pass  # "由X任园长" with a post the rules do not know: whose post is not said here
            elif "、" in held and all(2 <= len(x) <= 10 for x in held.split("、")):
                for x in held.split("、"):  # "历任翰林学士、权三司使": two posts
                    add(s, "职务", x, conf * 0.8)
            elif len(posts := _AND.split(held)) == 2 and all(len(x) <= 8 for x in posts) \
                    and not _END_ORG.search(posts[0]) and "的" not in held:
                for x in posts:  # "先后担任舒州通判和常州知州": two posts (not "中国科学院和工程院院士")
                    add(s, "职务", x, conf * 0.8)
            elif len(held) <= 10:
                add(s, "职务", held, conf * 0.8)
        for m in _ROLE_NAME.finditer(clause):  # 现任总经理林晓岚, 董事长周明远
            name = m.group(2)
            before = re.sub(r"(?:现任|前任|时任|新任|首任)$", "", clause[:m.start()])
            org = self._np(before, ctx, subject=True)[0] if before else None
            org = org or (ctx.topic if ctx.topic and not ctx._maybe_person(ctx.topic) else None)
            if org:
                add(org, m.group(1), name, 0.75, said=name)
                ctx.know(name, maybe_person=True)
        m = re.match(r"^(.{2,12}?)(?:与|和)(.{2,12}?)的交汇处$", clause.split("是", 1)[-1]) if "交汇" in clause else None
        if m:
            add(self._np(m.group(1), ctx, subject=False)[0], "交汇", self._np(m.group(2), ctx, subject=False)[0], 0.75)

    def _became(self, m, ctx: Discourse, add, subject, dropped) -> bool:
        """"X成为Y": (X, 成为, Y), Y as written (its scope with it: "新文化运动的中心"); "…之一" → (X, 属于, class).
        The subject is a name the clause gives, or, with none, the one this sentence spoke of last."""
        head, o = m.group("s"), m.group("o")
        if head:
            s, conf = subject(head, 0.7)
            if not s or not (key(s) in ctx.canon or s == ctx.topic or len(s) >= 3 and self._is_np(s) or any(
                    f in ("nr", "ns", "nt", "nz", "j") for _, f in self._tokens(s))):
                return False  # "大海后来成为…", "这八个字…": no name of its own
        else:
            s, conf = dropped(), 0.65
            if not s or s not in getattr(self, "_local", ()):
                return False  # "…，成为…" with nothing named before it in the sentence: whose, the text does not say
        if any(f.startswith(("v", "p")) and len(w) >= 2 for w, f in self._tokens(o.rsplit("的", 1)[-1])):
            return False  # the head is a verb phrase, no class
        rel = "成为"
        if o.endswith("之一"):
            o, rel = o[:-2], "属于"
        add(s, rel, o, conf)
        return True

    def _founded_before(self, clause: str, ctx: Discourse) -> str | None:
        """The body an earlier clause of the sentence set up or renamed, whose post a bare role
        after it is ("气象研究所在南京成立，竺可桢担任所长", "发起成立中华工程师会，任会长", "扩建为敦煌研究院，
        段文杰担任第一任院长"); None when no earlier clause does."""
        sentence = getattr(self, "_sentence", "")
        at = sentence.find(clause)
        if at <= 0:
            return None
        for part in reversed([c.strip() for c in _CLAUSE.split(sentence[:at]) if c.strip()]):
            m = re.search(r"(?:成立|创办|创建|创立|建立|筹建|组建|扩建为|改建为|改名为|更名为|改称|合并为|合并成)了?"
                          r"([\u4e00-\u9fff]{2,20})$", part)
            name = m.group(1) if m else None
            if name is None:
                m = re.match(r"^(?:(?:于|在)?\d{3,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?([\u4e00-\u9fff]{2,20}?)"
                             r"(?:在[\u4e00-\u9fff]{1,8})?(?:正式)?(?:成立|建立|创建|组建)$", part)
                name = m.group(1) if m else None
            if name:
                got = self._np(name, ctx, subject=False)[0]
                return got if got and not ctx._maybe_person(got) else None
        return None

    def _owner(self, text: str, ctx: Discourse) -> str | None:
        """The noun run that ends `text` ("翻译了泰戈尔" → 泰戈尔, "因苏轼" → 苏轼, "她" → the person)."""
        toks = self._tokens(text)
        if toks and toks[-1][0] in _PRONOUNS:
            return ctx.refer(True, _PRONOUN_EN.get(toks[-1][0], ""))
        i = len(toks)
        while i and (toks[i - 1][1].startswith("n") or toks[i - 1][1] in ("eng", "nz")):
            i -= 1
        if len(toks) - i > 1 and toks[-1][1] in ("nr", "nrfg") and len(toks[-1][0]) >= 2 and all(f == "n" for _, f in toks[i:-1]):
            i = len(toks) - 1  # "权相秦桧的孙子": 秦桧, the title before him no part of his name
        name = "".join(w for w, _ in toks[i:])
        return self._canonical(name, ctx) if name else None

    def _placed_thing(self, tail: str) -> tuple[str, str] | None:
        """A clause that is all "位于X的Y": where Y is, and Y ("海东的小普陀岛面积很小": the island; its area is
        what the clause goes on to say, no part of its name). None for "位于湖的西北部", a part of X."""
        where, sep, name = tail.rpartition("的")
        if not sep or len(where) < 2 or _OF_POSITION.match(tail):
            return None
        name = re.sub(r"(?<=..)(?:面积|人口|海拔|长度|高度|水深|深度|宽度|规模)[\u4e00-\u9fff]{1,4}$", "", name)
        toks = self._tokens(name)
        if len(name) < 2 or not toks or not toks[-1][1].startswith("n") or self._localized(name) \
                or not all(f.startswith(("n", "a", "b")) for _, f in toks):
            return None
        return where, name

    def _copula_kind(self, before: str, tail: str, ctx: Discourse) -> tuple[str, str, str] | None:
        """"X是<verb>Y的Z", Z a common noun: (X, Y, Z); X does what the verb says to Y, and is a Z. None
        where Z is a name ("是流经武汉的长江": the Yangtze flows, not X)."""
        who = re.fullmatch(r"(.{1,12}?)(?:也|就|则|还)?是", self._unlead(re.sub(r"^其中", "", before)))
        where, sep, noun = tail.partition("的")
        toks = self._tokens(noun)
        if not who or not sep or len(where) < 2 or "的" in noun or not 2 <= len(noun) <= 8 or key(noun) in ctx.entities \
                or not toks or any(f in ("nr", "nt", "nz", "nrt", "nrfg", "v") for _, f in toks) \
                or toks[-1][1] not in ("n", "ng") and not re.match(r"(?:最|第[一二三四五六七八九十]+)", noun):
            return None
        s, missing = self._np(who.group(1), ctx, subject=True)
        target = self._np(where, ctx, subject=False)[0]
        return (s, target, noun) if s and target and not missing else None

    def _value(self, clause: str, ctx: Discourse, add, subject, dropped) -> None:
        """"额定功率为45瓦", "公司实现营业收入38.6亿元", "享年99岁": attribute and value."""
        m = re.search(rf"(?:约|近|超过|逾)?{_NUM}(?:\s*(?:至|到|－|-)\s*{_NUM})?余?\s*{_UNIT}(?:以上|以下|左右|多)?$", clause)
        if not m or m.start() == 0:
            plain = re.match(r"^([\u4e00-\u9fff]{2,5})为([\u4e00-\u9fffA-Za-z0-9\-]{2,16})$", clause)
            if plain and not _ANCHOR_RE.search(clause) and self._is_relation(plain.group(1)) and plain.group(1)[-1] not in "成作称改" \
                    and all(f in ("n", "vn", "nz", "v") for _, f in self._tokens(plain.group(1))) \
                    and not any(f.startswith("v") for _, f in self._tokens(plain.group(2))):  # "专门为皇室烧造瓷器": a purpose
                add(dropped(), plain.group(1), self._np(plain.group(2), ctx, subject=False)[0], 0.7)
            return
        if re.fullmatch(r"(?:公元前?|前)?\d{1,4}年", clause) or "了" in clause[:m.start()] or self._era_year(clause):
            return  # "（公元前110年）", "前126年" are dates; "在那里居住了三年" an event's duration, not an attribute
        if re.search(rf"[“\"「]{re.escape(clause)}[”\"」]", self._sentence):
            return  # "与吴镇、王蒙、倪瓒并称为“元四家”": a quoted name that holds a number, no measure
        head = _VALUE_LINK.sub("", clause[:m.start()])
        head = re.sub(r"^(?:同比|比上年)", "", head)
        lead = re.match(r"^(.{2,10}?)(?:实现|共有|拥有|有|的)(.{2,8})$", head)
        attr, who = head, None
        if lead:
            who, attr = lead.group(1), lead.group(2)
            first, place = self._tokens(attr)[:1], self._tokens(who)
            if head[len(who):].startswith("的") and first and len(first[0][0]) >= 2 and first[0][1] in ("ns", "nr", "nt", "nz") \
                    and len(attr) > len(first[0][0]) and place[0][1] in ("ns", "nt", "nz") and len(place[0][0]) >= 2 \
                    and all(f == "f" for _, f in place[1:]):
                who, attr = first[0][0], attr[len(first[0][0]):]  # "昆明湖东部的十七孔桥长150米": the bridge's length
        attr = self._unlead(attr)
        owner = re.match(r"^(本公司|该公司|公司|集团|本产品|该产品|本机)(.{2,})$", attr)
        if owner and not who:  # "公司员工约3000人"
            who, attr = owner.group(1), owner.group(2)
        named = next((n for n in [ctx.topic, *reversed(ctx.order)] if n and attr.startswith(n) and len(attr) - len(n) >= 2), None)
        if not named and not who and len(attr) >= 3 and attr[-1] in "高长宽深重" and self._is_np(attr[:-1]) and (
                key(attr[:-1]) in ctx.entities
                or attr[:-1].endswith((*_PLACE_ENDS, *_BUILDING_ENDS)) and len(self._tokens(attr[:-1])) == 1):
            named = attr[:-1]  # "金殿高5.54米": the hall's height, not the mountain's "金殿高" (one word: "新楼主楼高" is
            # a description of the topic's part, left to the topic)
        measured = re.fullmatch(r"([\u4e00-\u9fff]{2,10}?)(通高|全长|高|长|宽|深|重|直径|口径)", attr) \
            if not named and not who and self._sentence.startswith(clause) else None
        parts = self._tokens(measured.group(1)) if measured else []
        if parts and measured.group(1) != ctx.topic and parts[0][1][:1] in "nmb" \
                and not measured.group(1).endswith((*_PLACE_ENDS, *_BUILDING_ENDS)) \
                and not any(f[:1] in "pcudr" for _, f in parts):
            named = measured.group(1)  # "青铜大立人像通高2.61米，…，是…青铜人像": the figure, which the clauses after
            self._local.append(named)  # tell of, not the site the text is about (a building or place said so,
            # "新楼主楼高51.4米", is the topic's part, left to the topic)
        if named and not who:  # "洱海面积约250平方千米"
            who, attr = named, attr[len(named):]
            part = re.fullmatch(r"([\u4e00-\u9fff]{2})(面积|长度|人口|海拔)", attr)
            if part and all(f == "n" for _, f in self._tokens(part.group(1))):
                who, attr = who + part.group(1), part.group(2)  # "太湖流域面积约3.69万平方千米": the basin's area
        opens = self._tokens(self._sentence[:12])[:1] if not who and len(attr) >= 2 and (
            attr[1:] in ("高", "长", "宽", "深", "重") or self._is_relation(attr[1:])) else []
        if opens and len(opens[0][0]) > 2 and opens[0][0][-1] == attr[0] and opens[0][1] in ("ns", "nr", "nt", "nz") \
                and not self._sentence.startswith(clause):
            who, attr = opens[0][0], attr[1:]  # "佛香阁建在…台基上，阁高四十一米": the name the sentence opens with, by its kind
        dem = re.match(r"^(?:该|此|这[座幅部台件个项款条所家])", attr)
        for k in range(2, len(attr) - 1) if dem and not who else ():  # "这条铁路全长约1096公里": the railway's length
            ref, resolved = self._np(attr[:k], ctx, subject=True)
            if ref and resolved and self._is_relation(attr[k:]):
                who, attr = ref, attr[k:]
                break
        toks = self._tokens(attr)
        if not who and len(toks) >= 2 and toks[0][1] in ("ns", "nr", "nt", "nrt", "nrfg") and len(toks[0][0]) >= 2 \
                and all(f.startswith("n") for _, f in toks[1:]):
            who, attr = toks[0][0], attr[len(toks[0][0]):]  # "其中五指山主峰海拔1867米": a name opens the attribute
        words = [w for w, _ in self._tokens(attr)]
        while words and all(c in _ADVERBS for c in words[-1]):  # "平均水深却只有1.9米": the depth, not "却只"
            words.pop()  # (whole words: "距成都约四十公里" keeps its 都)
        attr = "".join(words)
        if not attr or len(attr) > 8 or any(p in attr for p in _PRONOUNS) or not re.search(r"[\u4e00-\u9fffA-Za-z]", attr) \
                or attr[0] == "在" or re.fullmatch(r"每.", attr) or re.match(r"(?:早在|就在|直到|到了|自从)", attr) \
                or attr[-1] in "这那此该" or re.match(r"[一二三四五六七八九十两几\d]+[人位名]", attr):
            return  # (not "在蓟镇一守就是十六年": a clause with its place, no attribute's name; nor "每队十二人", a share;
            # nor "四人苦心经营近十年", how long the four of them worked;
            # nor "早在贞观十九年", "这一年": a time the clause happened at)
        s, conf = subject(who or "", 0.75)
        value = m.group().lstrip("约近达逾")
        toks = self._tokens(attr)
        named = next((k for k, (w, f) in enumerate(toks) if k and f in ("ns", "nr", "nz") and len(w) >= 2), None)
        if named and named < len(toks) - 1 and self._is_relation("".join(w for w, _ in toks[:named])) \
                and self._is_relation("".join(w for w, _ in toks[named + 1:])):
            # "最高峰马龙峰海拔4122米": the highest peak is 马龙峰, and the height is the peak's
            add(s, "".join(w for w, _ in toks[:named]), toks[named][0], conf * 0.9)
            add(toks[named][0], "".join(w for w, _ in toks[named + 1:]), value, conf * 0.9, said="")
            return
        add(s, attr, value, conf * 0.9)

    def _is_a(self, clause: str, ctx: Discourse, add, subject) -> None:
        """"X是中国第一大淡水湖", "是一家专注于…的高新技术企业", "中国现代著名作家、诗人"."""
        m = re.match(r"^(.*?)是(?:一[座家款种个所条位部名本])?(.+)$", clause)
        if m and re.fullmatch(r"[一二三四五六七八九]", m.group(1)):
            return  # "一是…，二是来自西面的荆溪": an item of a list, not the class of what the sentence is about
        if m and (_NOT_COPULA.search(m.group(1)) or _LOCATIVE_END.search(m.group(1))):
            return  # "于是决心重新编写…": a connective, not "X is Y"; "祭堂后面是…": what lies there
        if m and re.sub(r"^(?:现任|前任|时任|新任|首任)", "", m.group(1)).endswith(_ROLES):
            return  # "现任院长是王旭东": a role and its holder (_ROLE_NAME), not a class
        if m and "的" not in m.group(1):
            if re.search(r"(?:很|非常|十分|特别|极其|极|挺|相当|比较|真)", m.group(2)):
                return  # "他是很有名的作家" is an opinion, not a fact
            if re.search(r"[、和及]", m.group(1)) or re.match(r"[其他她它]", m.group(2)):
                return  # "A、B和C是其传统产业": a list, and a class of someone else's: no class of one name
            under = re.match(r"^(.{2,10}?)(?:下辖|所辖|管辖|直辖|所属)的", m.group(2))
            if under:  # "是福建省下辖的地级市": what it belongs to
                s_, conf_ = subject(m.group(1), 0.75)
                add(s_, "隶属于", self._np(under.group(1), ctx, subject=False)[0], conf_)
            obj = m.group(2).rsplit("的", 1)[-1]
            if "的" in m.group(2) and re.match(r"(?:上游|下游|中游|上源|支流|干流|一部分|组成部分|部分|源头|首府|省会|首都|前身|"
                                                r"所在地|发源地|入海口|分支|子公司|附属)", obj):
                return  # "是…桂江的上游河段": a part or a relation of the thing before 的, which the class would lose
            obj = re.sub(r"之一$", "", obj)  # "…港口之一": one of the ports, so a port
            parts = [p for p in re.split(r"[、和及]", obj) if p]
            if len(parts) >= 2 and all(2 <= len(p) <= 10 and p.endswith(_PERSONAL_ROLES) for p in parts) \
                    and not all(p.endswith("人") for p in parts):  # (not "湖南人和湖北人": where they are from)
                # "是中国著名的地质学家、教育家和社会活动家", "是中国化学家和教育家": each a class of the subject
                s, conf = subject(m.group(1), 0.7)
                for p in parts:
                    add(s, "是", _ROLE_LEAD.sub("", p) or p, conf)
                if s:
                    self._introduce(s, parts[0], ctx)
                return
            obj = self._trim(obj)
            if _MADE_BY.match(clause):
                return  # read by _special: maker and kind
            most = re.match(r"^(?:([\u4e00-\u9fff]{1,4}?)(?:中|上|内|里))?(最[\u4e00-\u9fff]{1,2})的([\u4e00-\u9fff]{2,6})$",
                            re.sub(r"^(?:其中)", "", m.group(2)))
            if most and not re.search(r"[之一]$", most.group(3)):  # "是湖中最大的岛屿", "是最大的入湖河流": the owner's superlative
                s, conf = subject(m.group(1), 0.7)
                owner = self._np(most.group(1), ctx, subject=True)[0] if most.group(1) else ctx.topic
                if s and owner and owner != s and not self._localized(owner):
                    add(owner, most.group(2) + most.group(3), s, conf, said=s)
                    add(s, "是", most.group(3), conf)
                    return
            whose = re.match(r"^(.{1,8}?)的(最[\u4e00-\u9fff]{2,5})$", m.group(2))
            if whose:  # "是岛上的最高峰": the island's highest peak is the subject
                s, conf = subject(m.group(1), 0.7)
                owner = self._np(whose.group(1), ctx, subject=True)[0]
                if s and owner and owner != s:
                    add(owner, whose.group(2), s, conf, said=s)
                    return
            if 2 <= len(obj) <= 12 and not _ANCHOR_RE.search(obj) and not _LITERAL.match(obj):  # (not "一守就是十六年": a span, no class)
                s, conf = subject(m.group(1), 0.7)
                if m.group(1) in ("这", "此"):  # the name of that kind this sentence just said ("创办了X植物园，这是…植物园")
                    s = next((c.object for c in reversed(self._out) if c.object.endswith(obj[-1]) and c.object != obj), s)
                if s is None and m.group(1) in ("这", "此"):  # "这是一座…的双层两用桥，全长…": the bridge just named
                    s = self._np("这座" + obj[-1], ctx, subject=True)[0]
                    if s:
                        self._local.append(s)
                add(s, "是", obj, conf)
                if s:
                    self._introduce(s, obj, ctx)
            return
        if ctx.sentences <= 2 and ("、" in clause or (clause.endswith(_PERSONAL_ROLES) and not clause.endswith("人")
                                                       and len(_bare_role(clause)) <= 10)) \
                and not re.search(r"[是在于有]", clause) and not re.search(r"[称为作]$", self._before):
            # "…人，明代著名医药学家": the role alone (not the group name of "并称“南宋四大家”")
            parts = [p for p in re.split(r"[、]|和", clause) if p]
            roles = [p for p in parts if p.endswith(_PERSONAL_ROLES) and len(_bare_role(p)) <= 10]
            if roles and len(roles) == len(parts) and self._after == "之一" and len(parts) == 1:
                add(ctx.person or ctx.topic, "属于", clause, 0.6)  # "，“唐宋八大家”之一": one of a group, no trade
            elif roles and len(roles) == len(parts):
                who = ctx.person or ctx.topic
                era = _ERA_LEAD.match(roles[0])
                if era and who:  # "明代著名医药学家", "南北朝时期的数学家": the dynasty the person lived in
                    add(who, "朝代", era.group(1), 0.65)
                for p in roles:
                    toks = self._tokens(p)
                    if len(toks) >= 2 and toks[0][1] == "t":  # "明朝宦官", "北宋科学家": the period is not the role
                        p = p[len(toks[0][0]):]
                    elif (period := _ERA_LEAD.match(p)) and len(p) > period.end():
                        p = p[period.end():]  # "战国时期水利家": 水利家
                    head = _ROLE_LEAD.sub("", p)  # "中国空气动力学家": not "气动力学家"
                    add(who, "职业", head if 2 <= len(head) <= 8 else p, 0.6)

    def _is_relation(self, text: str) -> bool:
        """A short common noun ("首都", "作者", "主要客户"), not a name ("九江市") nor a verb phrase."""
        toks = self._tokens(text)
        if re.match(r"(?:主要|重要|其中|一般|通常|同时|同比|共同|已经|正在)", text):
            return False
        return 0 < len(toks) <= 3 and len(text) <= 8 and not text.endswith(_PLACE_ENDS) and not any(
            f.startswith(("v", "p", "c", "r", "m", "u", "a", "t")) or f in ("nr", "nt", "nrt", "nrfg") for _, f in toks)

    def _is_np(self, text: str) -> bool:
        toks = self._tokens(text)
        return bool(toks) and all(_nounish(f, w) or (k and toks[k - 1][0] == "·") for k, (w, f) in enumerate(toks))
