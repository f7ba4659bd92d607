"""Entries that read like a headword and its gloss but explain nothing to a reader of the term.

Each rule here looks at one finished entry (its term and definition) and says it is no definition; the
entry is dropped in :func:`policyterms.mining.extract._other_layouts`, after every layout has read the page, so
that one shape of false entry is refused whichever layout took it. Each is a kind seen on several development
pages or plainly on a user's page (an encyclopedia's references, a Hong Kong news report, an article's section
headings, a bilingual list):

* :func:`marker_before_list` — ``“三区”通常指:`` / ``监督执纪的四种形态是指:``: a marker and a colon, the list below
  (P470, P499);
* :func:`reference_entry` — ``^ 国家土地总督察办公室编. 国家土地督察. 北京:地质出版社. 2018.12`` (P477): a book in
  a reference list, its publisher's city before the colon;
* :func:`speaker_pointing_out` — ``韋氏詞典特約編輯索科洛弗斯基指在詞典查詢…`` (P416): ``指`` after a speaker's title and
  name reports what he pointed out, as Hong Kong and Taiwan news write it;
* :func:`english_sentence` — ``服务型政府 service-oriented government`` / ``the ultimate goal of … is to …`` (P485): an
  English sentence is no explanation in a Chinese glossary;
* :func:`schedule_only` — ``党支部党员大会 :每季度至少召开一次,主要讨论…`` (P365; P501's ``支部委员会:每月召开一次,由…主持``,
  which its gold holds no entry either): when a meeting is held, not what it is;
* :func:`aspects_heading` — ``管理与社保`` / ``管理方式:…。社保政策:…`` (P377; P430's ``同义词与反义词`` /
  ``- 同义词:…``): a heading pairing two aspects over the lines labelled with them;
* :func:`ranking_restatement` — ``- 货币资金:货币资金是企业流动性最强的资产,犹如企业的“血液”,…`` (P789): a label item whose
  text restates the label and ranks it among others (是…最…), a reading guide's comment, as the knowledge points' superlative
  (``农村公路是我国覆盖范围最广…``) are no definitions;
* :func:`named_after_gloss` — ``垄奴:垄断行业的消费者…只能被迫接受消费条款,被称为“垄奴”。`` (P635): a description closing by saying
  it is called the term, the word named after its description;
* :func:`points_back` — ``- 深层原因:这种误读往往源于对立法背景的不了解。…`` (P645): a gloss opening with 这种, 这类, 此类 …
  speaks of what the text said above it, a label's comment, not what the label means.
* :func:`timestamp_only` — ``最終更新 10月 5, 2021, 17:34 (CST)`` / ``作成日 10月 3, 2021, 02:20 (CST)`` (273): a catalogue's or
  a form's field line whose value is a date and time, a record's stamp, not what the label means.
* :func:`instances_only` — ``- 历史文化遗产:故宫、天坛、颐和园等世界文化遗产。`` (P992): a label glossed by a few named instances
  and an open ``等``, examples of a class, not what the label means.
* :func:`members_only` — ``…乡村治理“新工具”,即清单制、村民说事、对账制与积分制。`` (P1034): a term with no number glossed by
  即 and a closed list of the things it gathers, none of them spelling the term; a list, not what the word means.
* :func:`furniture_label` — ``常見的利益衝突例子`` over example lines (824), ``例子`` / ``假设政府发放了100亿元的消费券,…`` (P1943), ``推薦`` / ``最新原創專題…`` and ``圖片1.png``
  over a news paragraph (P1981), ``引介`` over a warning system's introduction (557): a label of a page's part (its example,
  its introduction, its recommended links) or an image's file name over a paragraph with no marker, no term.
* :func:`field_label` — ``發布時機`` / ``當氣象局觀測到…時則會發布`` (567), ``職能`` / ``執行…之出版政策`` (444), ``指數基期`` /
  ``110年平均=100。`` (399), ``全省总计`` / ``含邮轮游客人数。`` (431): a card's or a table's field and its value, not a term and its
  meaning; a field glossed by a marker (``政治职能:是指…``) stays.
* :func:`clause_term` — ``它主要`` / ``指地方政府在…`` (P1951), ``現時並無科學証據`` / ``指其他用品…有類似的輻射保護作用。`` (534): a
  sentence's pronoun subject, closing adverb or negation taken for a term; and a clause's opening word (``分為上訴駁回率與抗告駁回率``
  / ``指上級審…``, 582; ``如题所述``, P2040; ``文中的tail-raising factor`` / ``就是指“翘尾因素”…``, P2139).
* :func:`news_opening` — ``“光盘行动”`` / ``目前社会浪费现象严重。统计数据显示:…`` (P2125), ``“四山两江”`` / ``最近,这三个词在佛山…不胫而走。``
  (P1933): a paragraph dating itself (目前, 最近, 現在 …) tells a story, not what the term means.
* :func:`aspect_heading` — ``主要类型`` / ``包括自由职业者(如设计师、程序员)、个体工商户…`` (P2073), ``3.实施过程:建档立卡的实施包括
  多个步骤。…`` (P2064): an explainer's section heading naming one aspect of its subject (its types, course, meaning), no term.
* :func:`status_only` — ``“一核一带一区”区域发展格局,就是我省提高发展平衡性和协调性的重大举措。`` (P1918), ``MLF利率是LPR(贷款市场
  报价利率)的重要参考依据。`` (P1944): one sentence giving the term's weight (是…的重大举措, 是…的重要依据), not what it is.
* :func:`reference_only` — ``民意代表、主管及經理人員:參照「中華民國職業標準分類」(第6次修正)第1大類「…」定義。`` (820): a
  statistics note's item that sends the reader to another classification's definition gives no meaning of its own
  (``凡從事…之人員。`` beside it stays).
* :func:`cited_provision` — ``1. 行政執行法第17條第2項第1款規定:「前項義務人有下列情形之一者,…」故原則上…`` (853, an enforcement
  agency's FAQ answer): a law's article cited before the colon that opens its quoted text; the provision, not a term.
* :func:`data_scope` — ``三、国民经济核算资料主要包括广州市地区生产总值及其有关资料。`` (718): a yearbook's note on what a chapter's
  data (资料) cover, read as a numbered note's ``X包括…``; the book's own figures, no term (``统计资料是指…`` stays).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import first_sentence

__all__ = ["article_only", "asked_name", "asker_paragraph", "classification_label", "example_case_opening", "false_gloss", "procedure_steps", "figures_row", "schedule_only", "marker_before_list", "reference_entry", "speaker_pointing_out", "english_sentence", "aspects_heading", "ranking_restatement", "named_after_gloss", "points_back", "timestamp_only", "byline_opening", "instances_only", "members_only", "addressed_instruction", "furniture_label", "status_only", "aspect_heading", "clause_term", "trend_headline", "news_opening", "data_scope", "reference_only"]

_SPACE = " \t\u3000\xa0"


# A definition marker (a hedge before it) and a colon, nothing else: the list below it is the answer, not this line.
_MARKER_ONLY = re.compile(
    r"[\s\u3000]*(?:可|可以|通常|一般|主要|具体|具體|大致|往往|多|则|則|也|还|還|分别|分別)?"
    r"(?:是指|系指|指的是|指代|指|即|意思是|意为|意為)[\s\u3000]*[:：][\s\u3000]*"
)


def marker_before_list(definition: str) -> bool:
    """``definition`` is a marker and a colon only (``通常指:``, ``是指:``, ``可指:``): the bare list after it is the
    answer, read (or not) as entries of its own; the line itself defines nothing.

    >>> marker_before_list("通常指:"), marker_before_list("是指:"), marker_before_list("指:生态保护红线、环境质量底线。")
    (True, True, False)
    """
    return _MARKER_ONLY.fullmatch(definition) is not None


# A book in a reference list: the publisher's city, a colon, the publisher (北京:地质出版社; 上海:商务印书馆), or a
# reference caret (^) or an editor's 编. opening the item.
_PUBLISHER = re.compile(r"[\s\u3000]*[\u4e00-\u9fff]{1,12}(?:出版社|出版集团|出版集團|出版公司|书局|書局|印书馆|印書館)(?=$|[\s\u3000.．。,，;；])")
_REFERENCE_MARK = re.compile(r"(?:^[\s\u3000]*\^|[\u4e00-\u9fff][编編著][.．。][\s\u3000]*\S)")


def reference_entry(term: str, definition: str) -> bool:
    """``term``/``definition`` split an item of a reference list at the colon after the publisher's city.

    >>> reference_entry("^ 国家土地总督察办公室编. 国家土地督察. 北京", "地质出版社. 2018.12: 314–316. ISBN 978-7-116-11300-8.")
    True
    >>> reference_entry("出版社", "指出版图书的机构。"), reference_entry("新华书店", "指新华书店总店领导的…书店。")
    (False, False)
    """
    return _PUBLISHER.match(definition) is not None and (_REFERENCE_MARK.search(term) is not None or bool(re.search(r"[.．][\s\u3000]*\S", term)))


# An article number alone (第二十一條, 第21条第二款, 第二十一條及第二十二條): the place in a law a reference list's item cites
# (參考: / 1. 第25/2024號法律《2025年財政年度預算案》: 第二十一條, P3143, a Macao accountant's note; notes and news pages cite so
# everywhere), read as ``law: article`` — no gloss of the law's title.
_ARTICLE_NUMBER = r"第[\s\u3000]*[一二三四五六七八九十百零〇\d]{1,5}[\s\u3000]*[條条](?:第[一二三四五六七八九十百零〇\d]{1,4}[款項项])*"
_ARTICLE_ONLY = re.compile(rf"[\s\u3000]*{_ARTICLE_NUMBER}(?:[\s\u3000]*(?:及|和|至|、|,|，)[\s\u3000]*{_ARTICLE_NUMBER})*[\s\u3000。.]*")


def article_only(definition: str) -> bool:
    """Whether ``definition`` is only the number of a law's article (see :data:`_ARTICLE_ONLY`).

    >>> article_only("第二十一條"), article_only("第21条第二款、第22条"), article_only("第二十一條規定的稅款扣減。")
    (True, True, False)
    """
    return _ARTICLE_ONLY.fullmatch(definition) is not None


# A label naming the classification of a word (纳税人的分类, X的种类, X的類型, X的类别: (二)纳税人的分类:居民个人和非居民个人:
# (标准:住所和居住时间), P3139, an accountancy school's forum note): a heading over the kinds, each glossed below, unless its
# gloss opens with a defining marker (诈骗的类型是指…, an aspect term defined, stays).
_CLASSIFICATION_LABEL = re.compile(r"的(?:分类|分類|种类|種類|类型|類型|类别|類別)$")


def classification_label(term: str, definition: str) -> bool:
    """Whether ``term`` names a classification and ``definition`` does not open with a marker (see :data:`_CLASSIFICATION_LABEL`).

    >>> classification_label("纳税人的分类", "居民个人和非居民个人:(标准:住所和居住时间)"), classification_label("诈骗的类型", "是指按手段划分的诈骗种类。")
    (True, False)
    >>> classification_label("垃圾分类", "指按一定规定或标准将垃圾分类储存、投放和搬运。")
    False
    """
    return _CLASSIFICATION_LABEL.search(term.strip(" \t\u3000")) is not None and _OPENS_BY_MARKER.match(definition) is None


# A speaker's title (编辑, 主席, 局长, 发言人 …) and name before 指 ``pointed out'', not 是指: Hong Kong and Taiwan news
# report what someone said with 指 (…特約編輯索科洛弗斯基指在詞典查詢…的頻率很高). The name is a Chinese one (two or three
# characters opening with a common surname: 局長林世雄) or a transliteration (索科洛弗斯基, 约翰·史密斯); what follows a
# title otherwise names a post or a body (主任科员, 专家委员会, 总监理工程师, 新闻发言人制度): a term, whose 指 defines it.
_SPEAKER = re.compile(
    r"(?:编辑|編輯|主席|局长|局長|部长|部長|司长|司長|署长|署長|厅长|廳長|处长|處長|院长|院長|校长|校長|会长|會長|"
    r"秘书长|秘書長|发言人|發言人|教授|讲师|講師|研究员|研究員|分析师|分析師|经济师|經濟師|经济学家|經濟學家|学者|學者|"
    r"专家|專家|议员|議員|主任|总裁|總裁|总监|總監|董事长|董事長|总经理|總經理|负责人|負責人|记者|記者|特首|行政长官|行政長官)"
    r"(?P<name>[\u4e00-\u9fff·‧・]{2,6})$"
)
_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范贾賈夏韦韋傅孟熊秦邱江尹薛闫閆段雷侯龙龍陶黎贺賀顾顧"
    "郝龚龔邵钱錢严嚴覃武戴莫孔汤湯温溫康施牛樊葛邢齐齊乔喬伍庞龐颜顏倪庄莊聂聶鲁魯岳翟殷詹欧歐耿关關兰蘭焦俞柳祝"
    "宁寧舒阮柯纪紀梅童凌毕畢裴霍涂苗盛翁冉骆駱蓝藍游辛靳柴蒙鲍鮑华華喻祁蒲滕屈饶饒牟尤穆卓缪繆麦麥褚娄婁窦竇戚岑"
)
_TRANSLITERATION = re.compile(r"[·‧・]|(?:[斯基夫克尔爾特德森尼娅婭莉亚亞伊娃洛布罗羅维維奇索科弗拉米兹茲格哈曼].*){3}")


def speaker_pointing_out(term: str, definition: str) -> bool:
    """``term`` ends with a speaker's title and name and ``definition`` opens with a bare 指: a report of what the
    speaker pointed out.

    >>> speaker_pointing_out("韋氏詞典特約編輯索科洛弗斯基", "指在詞典查詢「真實」一詞的頻率很高,今年查詢量更創新高。")
    True
    >>> speaker_pointing_out("運輸及物流局局長林世雄", "指本港今年將推出更多措施。")
    True
    >>> speaker_pointing_out("新闻发言人制度", "指国家机关…定期发布信息的制度。"), speaker_pointing_out("专家", "指在某一领域有专门技能的人。")
    (False, False)
    >>> speaker_pointing_out("主任科员", "指机关中…的公务员。"), speaker_pointing_out("专家委员会", "指由相关领域专家组成的机构。")
    (False, False)
    """
    speaker = _SPEAKER.search(term.strip(_SPACE))
    if speaker is None:
        return False
    name = speaker.group("name")
    if not (len(name) <= 3 and name[0] in _SURNAMES or _TRANSLITERATION.search(name)):
        return False
    return re.match(r"[\s\u3000]*指(?![的是出导導标標数數])", definition) is not None


# An English sentence: four Latin words and more, no Han character before them.
_ENGLISH_OPENING = re.compile(r"[\s\u3000]*[A-Za-z][A-Za-z'’-]*(?:[\s\u3000,]+[A-Za-z][A-Za-z'’-]*){3,}")


def english_sentence(definition: str) -> bool:
    """``definition`` opens with an English sentence (``the ultimate goal of building a … government is …``): a
    translation or an English gloss, not an explanation a Chinese reader is given. An English name inside a
    Chinese definition (``指…,英文为Gross Domestic Product``) is none.

    >>> english_sentence("the ultimate goal of building a service-oriented government is to enhance …")
    True
    >>> english_sentence("GDP,是指一个国家所有常住单位在一定时期内生产活动的最终成果。"), english_sentence("Gross Domestic Product的缩写,即国内生产总值。")
    (False, False)
    """
    opening = _ENGLISH_OPENING.match(definition)
    if opening is None:
        return False
    rest = definition[opening.end() :]
    han = len(re.findall(r"[\u4e00-\u9fff]", definition))
    latin = len(re.findall(r"[A-Za-z]", definition))
    return latin > 2 * han or not re.match(r"[\s\u3000]*[\u4e00-\u9fff(（,，]", rest)


# A heading pairing two aspects (管理与社保, 同义词与反义词, 现状与趋势) and, under it, a line labelled with the first
# (管理方式:…, - 同义词:…): the section's labelled aspects, not a definition of the heading.
_PAIR = re.compile(r"(?P<a>[^与與和及、\s]{2,6})[与與和及、](?P<b>[^与與和及、\s]{2,6})")
_LABEL_OPENING = re.compile(r"[\s\u3000]*(?:[-*•·▪●][\s\u3000]*)?(?P<label>[^\s\u3000,，。；;:：]{2,10})[\s\u3000]*[:：]")


def aspects_heading(term: str, definition: str) -> bool:
    """``term`` pairs two aspects and ``definition`` opens with a label beginning like one of them.

    >>> aspects_heading("管理与社保", "管理方式:街道(乡镇)、社区劳动保障工作机构应加强…。社保政策:灵活就业人员可以…")
    True
    >>> aspects_heading("碳达峰与碳中和", "是指二氧化碳排放达到峰值后逐步下降,直至净零排放。")
    False
    """
    pair = _PAIR.fullmatch(term.strip(_SPACE))
    label = _LABEL_OPENING.match(definition)
    if pair is None or label is None:
        return False
    return any(label.group("label").startswith(pair.group(side)[:2]) for side in ("a", "b"))


# A headword line over a numbered list of statements (• 電力裝置擁有人的責任 / 1. 採取妥善措施以防止…。 / 2. 確保…。;
# • 註冊電業承辦商及工程人員 / 1. 註冊電業承辦商及工程人員的名單可到…查閱。, 796, a department's mobile page): a section's heading
# and its points, no gloss, when the heading names an aspect of something (X的責任, X的須知, X的特點: the duties, the notes,
# the features of X), or when the first point opens with the heading and 的 (X的名單…: an attribute of X, a statement about it).
# A sense list (1. 指… 2. 比喻…) opens with no such point, and X的意思/含義/定義 in the first point glosses X after all.
_LIST_OPENING = re.compile(r"[\s\u3000]*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)[\s\u3000]*")
_MEANING_NOUN = re.compile(r"(?:意思|意义|意義|含义|含義|涵义|涵義|定义|定義|解释|解釋|释义|釋義|概念|内涵|內涵)")


def points_under_heading(term: str, definition: str) -> bool:
    """``definition`` is a numbered list of points under the heading ``term`` (see ``_LIST_OPENING``), no gloss.

    >>> points_under_heading("電力裝置擁有人的責任", "1. 採取妥善措施以防止電力裝置發生電力意外。2. 確保電力裝置沒有違例的加裝或改裝。")
    True
    >>> points_under_heading("註冊電業承辦商", "1. 註冊電業承辦商的名單可到辦事處查閱。2. 註冊電業承辦商會展示註冊證明書。")
    True
    >>> points_under_heading("飞地", "1.指…的土地。2.比喻…。"), points_under_heading("飞地", "1. 飞地的意思是…。")
    (False, False)
    """
    opening = _LIST_OPENING.match(definition)
    if opening is None:
        return False
    bare = term.strip(_SPACE + "“”「」\"")
    if _OWN_ASPECT_HEADING.fullmatch(bare):
        return True
    rest = definition[opening.end() :]
    return len(bare) >= 2 and rest.startswith(bare + "的") and _MEANING_NOUN.match(rest, len(bare) + 1) is None


# A gloss opening with how often something is held (每季度至少召开一次, 一般每月召开1-2次, 每月相对固定1天开展,
# 定期或不定期进行): a meeting's schedule. (每年一次的… names a kind by its frequency and is left alone.)
_SCHEDULE = re.compile(
    r"[\s\u3000]*(?:一般|通常|原则上|原則上)?[\s\u3000]*(?:"
    r"每(?:个|個)?(?:月|季度|季|年|周|週|星期|半年|学期|學期)(?:至少|相对固定|相對固定|原则上|原則上)?"
    r"(?:召开|召開|举行|舉行|开展|開展|进行|進行|组织|組織)?[\d一二两兩三四五六七八九十~～\-—至]+[次天日](?!的)"
    r"|定期或不定期(?:进行|進行|召开|召開|举行|舉行|开展|開展))"
)


def schedule_only(definition: str) -> bool:
    """``definition`` opens by saying how often the thing is held (``每季度至少召开一次,主要讨论…``): a schedule and
    its business, which a reader asking what the meeting is is not told.

    >>> schedule_only("每季度至少召开一次,主要讨论和决定党支部的重要事项。"), schedule_only("定期或不定期进行,主要由支部书记讲授。")
    (True, True)
    >>> schedule_only("定期召开支部党员大会、支委会、党小组会;"), schedule_only("每年一次的全国性抽样调查。"), schedule_only("是指每月召开一次的会议。")
    (False, False, False)
    """
    return _SCHEDULE.match(definition) is not None


# The label restated, 是 (not 是指), and a first clause holding a superlative (最); an ordinal is left alone (农业:农业是第一
# 产业,指… defines by its class), and so is 最终, 最初, 最后 (最後), no ranking but a stage of the thing the definition names
# (国内生产总值:国内生产总值是一个国家(或地区)所有常住单位在一定时期内生产活动的最终成果。, the statistics bureau's own).
_RANKING = re.compile(r"是(?![指否])[^,，。；;:：!！?？]*?最(?![终終初后後])")


def ranking_restatement(term: str, definition: str) -> bool:
    """``definition`` restates ``term`` and ranks it in its first clause (是…最…): a comment on the term, no definition.

    >>> ranking_restatement("货币资金", "货币资金是企业流动性最强的资产,犹如企业的“血液”。")
    True
    >>> ranking_restatement("货币资金", "货币资金是指企业持有的现金、银行存款等最具流动性的资产。")
    False
    >>> ranking_restatement("流动资产", "是指最迟在一年内变现的资产。"), ranking_restatement("长江", "长江是中国最长的河流。")
    (False, True)
    >>> ranking_restatement("农业", "农业是第一产业,指利用动植物的生长发育规律…的产业。")
    False
    >>> ranking_restatement("国内生产总值", "国内生产总值是一个国家(或地区)所有常住单位在一定时期内生产活动的最终成果。")
    False
    >>> ranking_restatement("最低生活保障", "最低生活保障是国家对人均收入低于当地最低生活保障标准的家庭给予基本生活物质帮助的社会救助制度。")
    False
    """
    body = definition.lstrip(_SPACE)
    head = term.strip(_SPACE + "“”「」\"")
    if not head or not body.startswith(head):
        return False
    # the term's own 最 word named again in the clause is no ranking (最低生活保障:最低生活保障是国家对…低于当地最低生活保障
    # 标准的家庭给予…的社会救助制度)
    for own in {head[k : k + 2] for k in range(len(head) - 1) if head[k] == "最"}:
        body = head + body[len(head) :].replace(own, "\0\0")
    return _RANKING.match(body, len(head)) is not None


# A passive naming verb closing the gloss (…,被称为“垄奴”。; …被網友稱作尿袋。): the people described are called by the term.
_PASSIVE_NAMING = r"被[^,，。；;:：!！?？]{0,12}?(?:称为|稱為|稱爲|称作|稱作|称之为|稱之為|叫做|叫作|戏称|戲稱|笑称|笑稱)"


def named_after_gloss(term: str, definition: str) -> bool:
    """``definition`` describes something and closes by saying it *is called* ``term`` (``垄奴:垄断行业的消费者别无选择只能
    被迫接受消费条款,被称为“垄奴”。``, P635): the word named after its description, as a news story names it (P569's, P571's
    and P652's golds hold no such entry), not a gloss of the word. Only the passive 被 is read so: ``…的影响称为外部影响,
    也称为经济活动的外部性。`` under 外部性 names the term by its definition.

    >>> named_after_gloss("垄奴", "垄断行业的消费者别无选择只能被迫接受消费条款,被称为“垄奴”。")
    True
    >>> named_after_gloss("外部性", "…的影响称为外部影响,也称为经济活动的外部性。"), named_after_gloss("白奴", "白领“奴隶”的简称。")
    (False, False)
    """
    head = term.strip(_SPACE + "“”「」\"")
    if len(head) < 2:
        return False
    closing = rf"{_PASSIVE_NAMING}[\s\u3000]*[“「\"]?{re.escape(head)}[”」\"]?[。！!]?[\s\u3000]*$"
    return re.search(closing, definition) is not None


# A demonstrative and a classifier opening a gloss (这种误读, 這類問題, 此类现象, 这些做法): it points back to what was said.
_POINTING_BACK = re.compile(r"[\s\u3000]*(?:这|這|此)(?:种|種|类|類|些|样的|樣的)")
# What still defines after it (这种现象是指…, 此类用语泛指…, 这种说法,意思是…): the gloss defines, whatever it opens with.
_DEFINES_AFTER = re.compile(r"是指|系指|係指|指的是|泛指|特指|专指|專指|意思是|意为|意為|意指|形容|比喻|即|称为|稱為|(?<![使导導])指(?![出导導引挥揮示明定令向南])")


# A frame naming the item itself as the setting of what follows (這種模式下,服務提供商在本國境內提供服務,…, P3211, a blog's modes of
# services trade under 主要包括:; 此类合同中): 'under this mode' is the label's own gloss, a description of the item, no
# remark on what was said before.
# A situation named so (这种情况下, 這種情形下, 此类条件下) is what the text described, not a kind: under a list of problems or
# risks (资金不足:这种情况下,项目推进缓慢。, review 72) the clause tells what follows from the item, no gloss of it.
_ITEM_FRAME = re.compile(r"[\s\u3000]*(?:在)?(?:这|這|此)(?:种|種|类|類)(?!情况|情況|情形|条件|條件|背景|形势|形勢)[\u4e00-\u9fff]{1,4}?(?:下|中)[,，]")


def points_back(definition: str) -> bool:
    """``definition`` opens with a demonstrative and a classifier (这种, 這類, 此类, 这些) and its first sentence holds no
    definition marker: it speaks of what the text said before it, as an article's labelled points do
    (``- 深层原因:这种误读往往源于对立法背景的不了解。``, P645), not of what the label means.

    >>> points_back("这种误读往往源于对立法背景的不了解。《数据安全法》的立法意图是建立全面的数据分类分级保护制度。")
    True
    >>> points_back("这种现象是指年轻人选择低欲望生活的态度。"), points_back("此类用语泛指网络上流行的新词。")
    (False, False)
    >>> points_back("这是指政府在一定时期内的收支计划。"), points_back("指这种误读的深层原因。")
    (False, False)
    >>> points_back("這種模式下,服務提供商在本國境內提供服務,客戶在外國境內接收。")
    False
    """
    if not _POINTING_BACK.match(definition) or _ITEM_FRAME.match(definition):
        return False
    first = first_sentence(definition)
    return _DEFINES_AFTER.search(first) is None


# A news lead's or a story's opening: the present or the recent past (目前社会浪费现象严重。, P2125; 最近,这三个词在佛山…不胫而走。,
# P1933; 現在住在臺灣的人,大部分是漢人,…, 527; 現時用以匯報學生成績的制度,一般稱為「常模參照」評級方法。, 587). What a word means
# holds whenever it is read, so a gloss does not open by dating itself; one clause (現時用以匯報學生成績的制度, 587's gold under
# 「常模參照」評級方法, a genus named by what it serves now) and a first sentence defining by its marker (目前是指…) are left alone.
_PRESENT_OPENING = re.compile(
    r"[\s\u3000]*(?:目前|最近|现在|現在|现时|現時|当前|當前|近年来|近年來|近来|近來|如今|时下|時下|近期|日前"
    # (近年 before its comma, 近幾年: 處理利益衝突 / 近年,公眾對公職人員的誠信…要求日漸提高,…, 824, a guide's opening paragraph)
    r"|近年(?=[,，])|近几年|近幾年|近些年)"
)
_CLAUSE_GOES_ON = re.compile(r"[,，。；;:：!！?？][\s\u3000]*\S")
_MARKER_IN_SENTENCE = re.compile(r"是指|系指|係指|指的是|泛指|特指|专指|專指|意思是|意为|意為|意指")
# The present word as part of the gloss's noun phrase, not a story's time (review 47): ``目前的市场价格,…`` (the current
# price), ``目前主要指…`` / ``現時指…`` (what the word stands for now, its marker right after), or a first clause closing on 的 and
# a genus of two characters or more (``当前已经取得房屋所有权证的房屋,包括…``, ``近年来兴起的一种经济形态,由…构成``) — unless
# the sentence names that clause another word (``現時用以匯報學生成績的制度,一般稱為「常模參照」評級方法``, 587: the clause is the
# named word's, told of under another heading).
_PRESENT_QUALIFIES = re.compile(r"的|[\s\u3000]*(?:主要|通常|一般|多)?(?:是|係|系)?指(?![出导導挥揮标標南引示])")
_NOUN_PHRASE_CLAUSE = re.compile(r"[^,，。；;:：!！?？]*的[\u4e00-\u9fff]{2,8}[,，。；;]")
_NAMES_ANOTHER = re.compile(r"称为|稱為|叫做|叫作|名为|名為")


def news_opening(definition: str) -> bool:
    """``definition`` opens with the present or the recent past and goes on past its first clause (see
    ``_PRESENT_OPENING``): a story told, no definition.

    >>> news_opening("目前社会浪费现象严重。统计数据显示:…"), news_opening("最近,这三个词在佛山各级部门、企业家群体中不胫而走。")
    (True, True)
    >>> news_opening("現時用以匯報學生成績的制度"), news_opening("目前是指2021年以后的阶段,即…"), news_opening("指目前的价格。")
    (False, False, False)
    >>> news_opening("目前的市场价格,按报告期价格计算。"), news_opening("近年来兴起的一种经济形态,由自由职业者构成。")
    (False, False)
    >>> news_opening("現在住在臺灣的人,大部分是漢人。"), news_opening("現時用以匯報學生成績的制度,一般稱為「常模參照」評級方法。")
    (True, True)
    """
    opening = _PRESENT_OPENING.match(definition)
    if opening is None or _CLAUSE_GOES_ON.search(definition) is None:
        return False
    first = first_sentence(definition)
    rest = definition[opening.end() :]
    if _PRESENT_QUALIFIES.match(rest):
        return False  # 目前的市场价格,… / 目前主要指…: the present word qualifies the gloss's noun or its marker
    if _NOUN_PHRASE_CLAUSE.match(definition) and not _NAMES_ANOTHER.search(first):
        return False  # 当前已经取得房屋所有权证的房屋,包括…: a noun phrase closing on its genus
    return _MARKER_IN_SENTENCE.search(first) is None


# A table row's figure cells in a definition (国 人 | 6.70 | 135.0 | 48.65 | 85.1, 431's and 694's monthly tables: a row label
# whose characters the page spaced out, read as a spaced headword and its gloss): two cells of figures at least, between bars.
_FIGURE_CELL = re.compile(r"\|[\s\u3000]*[-+]?\d[\d,.]*%?[\s\u3000]*(?=\|)")


def figures_row(definition: str) -> bool:
    """``definition`` holds a table row's figure cells (see :data:`_FIGURE_CELL`): a row, no gloss.

    >>> figures_row("国 人 | 6.70 | 135.0 | 48.65 | 85.1 |"), figures_row("指在單位時間內的音量 | 註1")
    (True, False)
    """
    return len(_FIGURE_CELL.findall(definition)) >= 2


# A backward naming closing the entry's quote (…农业企业等经营主体称为新型农业经营主体, 720): the page names the instances' class
# by the term, so the list is what the name covers, no examples under a label (:func:`instances_only`).
# An exam answer's label with no answer written after it (什么是失业率? / 【参考答案】 / 见教材第三章。, 详见…, 解析:本题考查…,
# review 58): the question heading's block reads the label and the placeholder as its gloss; no definition. (A placeholder
# after the label, as asked_answers reads none in its own pass, review 57.)
_PLACEHOLDER_ANSWER = re.compile(
    r"[\s\u3000]*【(?:正确答案|正確答案|参考答案|參考答案|标准答案|標準答案|答案)】[\s\u3000]*[:：]?[\s\u3000]*(?:(?:答|解)[\s\u3000]*[:：][\s\u3000]*)?"
    r"(?:略[。.]?[\s\u3000]*$|[见見]|[参參][见見考]|[详詳][见見]|解析|提示|本[题題]|此[题題])"
)


def placeholder_answer(definition: str) -> bool:
    """``definition`` is an exam answer's label over no answer (see ``_PLACEHOLDER_ANSWER``).

    >>> placeholder_answer("【参考答案】见教材第三章。"), placeholder_answer("【參考答案】詳見講義。"), placeholder_answer("【参考答案】略")
    (True, True, True)
    >>> placeholder_answer("【参考答案】失业率是指失业人口占劳动力的比重。"), placeholder_answer("【答案】略高于上年。")
    (False, False)
    """
    return _PLACEHOLDER_ANSWER.match(definition) is not None


_NAMED_BACKWARD = re.compile(r"(?:称为|稱為|称作|稱作|叫做|叫作)[\s\u3000]*$")


def false_gloss(term: str, definition: str, quote: str = "") -> bool:
    """Whether the entry ``term``/``definition`` is one of the shapes above, no definition (``quote``, the entry's text as
    read, tells a backward naming, whose instances are the name's gloss)."""
    named = quote.endswith(term) and _NAMED_BACKWARD.search(quote[: len(quote) - len(term)]) is not None
    return (
        marker_before_list(definition)
        or figures_row(definition)
        or placeholder_answer(definition)
        or schedule_only(definition)
        or reference_entry(term, definition)
        or article_only(definition)
        or classification_label(term, definition)
        or speaker_pointing_out(term, definition)
        or english_sentence(definition)
        or aspects_heading(term, definition)
        or points_under_heading(term, definition)
        or ranking_restatement(term, definition)
        or named_after_gloss(term, definition)
        or points_back(definition)
        or timestamp_only(definition)
        or byline_opening(definition)
        or quiz_blank(definition)
        or instances_only(term, definition) and not named
        or members_only(term, definition)
        or addressed_instruction(term, definition)
        or period_item(term, definition)
        or location_item(term)
        or alias_then_origin(definition)
        or comparison_lead_in(definition)
        or condition_item(definition)
        or rule_paragraph(definition)
        or institution_profile(term, definition)
        or right_stated(definition)
        or history_title(term) and not _OPENS_GLOSS.match(definition)
        or call_to_action(term)
        or field_label(term, definition)
        or aspect_heading(term) and _OPENS_BY_MARKER.match(definition) is None
        or clause_term(term)
        or trend_headline(term)
        or news_opening(definition)
        or furniture_label(term) and not _OPENS_GLOSS.match(definition)
        or status_only(definition)
        or unmarked_question(term)
        or asked_name(definition)
        or data_scope(term, definition)
        or reference_only(definition, term)
        or cited_provision(term)
        or presented_form(definition)
        or value_band(term)
        or zhi_word_opening(definition)
        or asker_paragraph(definition)
        or example_case_opening(definition)
        or procedure_steps(term, definition)
    )


# An asker's own words under a Q&A page's question title: the asker saying in the first person that they do not understand or
# want to know (我一直不太理解驰名商标到底是什么。…我想知道…, P3206, a legal Q&A site; 我不太明白…, 本人想了解…, 请问…): the question's body,
# no answer (the answer follows under the answerer's name).
_ASKER_OPENING = re.compile(
    r"[\s\u3000]*(?:请问|請問|想请教|想請教|(?:我|本人)[^。！？!?，,]{0,8}?(?:不太|不大|不是很|不怎么|不怎麼|不)?"
    r"(?:理解|明白|清楚|懂|了解|知道)(?=[^。！？!?]{0,20}(?:是什么|是什麼|什么意思|什麼意思|到底|究竟|是啥|啥意思))"
    r"|(?:我|本人)[^。！？!?，,]{0,6}?想(?:知道|了解|问问|問問|请教|請教))"
)


def asker_paragraph(definition: str) -> bool:
    """``definition`` opens with the asker's first-person words of not knowing or wanting to know (see ``_ASKER_OPENING``).

    >>> asker_paragraph("我一直不太理解驰名商标到底是什么。在市场上经常看到一些产品宣传自己是驰名商标。")
    True
    >>> asker_paragraph("我想知道驰名商标的定义是什么。"), asker_paragraph("是指在市场上享有较高声誉的商标。")
    (True, False)
    >>> asker_paragraph("我国法律规定的商标,是指…。")
    False
    """
    return _ASKER_OPENING.match(definition) is not None


# A paragraph opening by taking a case as its example (以郑州黄河纪念公园为例,该陵园…推出了免费的节地生态花坛葬服务,…, P3228, a
# cemetery site's page under the headword line 节地生态花坛葬; 以…为例 and 拿…来说 open a case study everywhere): what one body
# did, told as the heading's instance, no gloss — as a definition opening with 如 or 例如 gives only examples.
_EXAMPLE_CASE = re.compile(r"[\s\u3000]*(?:以|拿)[^,，。；;:：!！?？]{2,30}?(?:[为為]例|来说|來說)[\s\u3000]*[,，]")


def example_case_opening(definition: str) -> bool:
    """``definition`` opens by naming a case as its example (see ``_EXAMPLE_CASE``), no gloss.

    >>> example_case_opening("以郑州黄河纪念公园为例,该陵园推出了免费的节地生态花坛葬服务。"), example_case_opening("拿深圳来说,…")
    (True, True)
    >>> example_case_opening("以骨灰安葬于花坛为主要特征的葬法。"), example_case_opening("指以花坛为载体的安葬方式,以郑州为例,…")
    (False, False)
    """
    return _EXAMPLE_CASE.match(definition) is not None


# A heading naming a procedure (星级评定流程, 申请步骤) over its numbered steps (1、志愿者在志愿汇APP中完成志愿服务活动,…。2、每季度…,
# P3233, a volunteering app's rating rules; service guides list a procedure's steps so everywhere): the steps say what to do in
# turn, no gloss of the heading.
_PROCEDURE_HEAD = re.compile(r"(?:流程|步骤|步驟|程序)[\s\u3000]*[:：]?$")
_FIRST_STEP = re.compile(r"[\s\u3000]*(?:1[、.．](?!\d)|[(（]1[)）]|①|第一步|步骤一|步驟一)")


def procedure_steps(term: str, definition: str) -> bool:
    """``term`` names a procedure and ``definition`` opens with its first step's number (see ``_PROCEDURE_HEAD``), no gloss.

    >>> procedure_steps("星级评定流程", "1、志愿者在志愿汇APP中完成志愿服务活动。2、每季度进行一次星级评定。")
    True
    >>> procedure_steps("星级评定流程", "指评定志愿者星级的程序。"), procedure_steps("简易程序", "指法院审理简单案件的程序。")
    (False, False)
    """
    return _PROCEDURE_HEAD.search(term.strip()) is not None and _FIRST_STEP.match(definition) is not None


# A definition opening with a word that begins with 指 (指標(Taiwan Corporate Credit Risk Index, TCRI):, P2843, an e-book page
# whose 指標 a line break split after 指: …台灣企業信用風險指 / 標(…):; 指挥): the 指 is the word's, no marker. Only words no
# gloss opens with after its 指 (not 指数据, 指针对…, 指导致…, 指南方…, 指标准化…, where 指 is the marker).
_ZHI_WORD = re.compile(r"[\s\u3000]*指(?:(?:标|標)(?![准準])|挥|揮)")


def zhi_word_opening(definition: str) -> bool:
    """``definition`` opens with a word beginning with 指 (see ``_ZHI_WORD``), its 指 no marker.

    >>> zhi_word_opening("指標(TCRI):"), zhi_word_opening("指数据"), zhi_word_opening("指针对老人的服务。"), zhi_word_opening("指由政府提供的服务。")
    (True, False, False, False)
    """
    return _ZHI_WORD.match(definition) is not None


# A band of a value as a label (* 800 分: 信用極佳,…; * 低於 550 分: 信用有瑕疵,…; 650 ~ 700 分以上:…, P2851, a personal-finance
# article reading credit scores; 60歲以上:…, 5萬元以下:…): what a score, an age or a sum in that band means for the reader, no
# term. The whole label is a figure or a span of figures with its unit, a comparison before it or a bound after it.
_VALUE_BAND = re.compile(
    r"(?:低於|低于|高於|高于|超過|超过|不足|未滿|未满|滿|满)?[\s\u3000]*\d[\d\s\u3000.,，]*"
    r"(?:[~～\-–—至到][\s\u3000]*\d[\d\s\u3000.,，]*)?"
    r"(?:分|元|萬元|万元|歲|岁|%|％|個月|个月|天)(?:或?以上|或?以下|以內|以内)?"
)


def value_band(term: str) -> bool:
    """``term`` is a band of a value (see ``_VALUE_BAND``), no term.

    >>> value_band("800 分"), value_band("低於 550 分"), value_band("650 ~ 700 分以上"), value_band("60歲以上")
    (True, True, True, True)
    >>> value_band("12345热线"), value_band("5G"), value_band("PM2.5"), value_band("0-14歲人口")
    (False, False, False, False)
    """
    return _VALUE_BAND.fullmatch(term.strip(_SPACE)) is not None


# A law's provision cited as a label (行政執行法第17條第2項第1款規定:「…」, 853, an enforcement agency's FAQ answer quoting the rule
# it applies; 依本法第三條規定:, 勞基法第30條之規定): an article number (第N條, 第N項, 第N款) and a closing 規定 (or 所定, 明定). Answers
# and notes quote the rule so, and what follows is the rule's text, no gloss of a word; no gold term of any set names an article.
_CITED_PROVISION = re.compile(
    r"第[\s\u3000]*[一二三四五六七八九十百零\d]{1,6}[\s\u3000]*[條条項项款目](?:之[一二三四五六七八九十\d]{1,3})?"
    r"[^,，。；;:：]{0,16}?(?:之|的)?(?:規定|规定|所定|明定)[\s\u3000:：]*$"
)


def cited_provision(term: str) -> bool:
    """``term`` cites a law's article and its rule (see ``_CITED_PROVISION``), no term.

    >>> cited_provision("行政執行法第17條第2項第1款規定"), cited_provision("依本法第三條之規定"), cited_provision("勞基法第30條規定")
    (True, True, True)
    >>> cited_provision("規定"), cited_provision("一般規定"), cited_provision("第三條"), cited_provision("法定規定事項")
    (False, False, False, False)
    """
    return _CITED_PROVISION.search(term.strip(_SPACE)) is not None


# A definition by reference only (參照「中華民國職業標準分類」(第6次修正)第1大類「…」定義。, 820's occupation items; 依國際勞工組織之定義
# / 比照…之釋義辦理 are the same way of writing in statistics notes and rules): the whole gloss is one sentence opening with a verb
# of following (參照, 依照, 比照, 準用 …) and closing with the other text's definition, so it says where the meaning is, not what
# it is. A gloss that goes on after it, or one opening with a marker (指依…規定設立之機構), stays.
_REFERENCE_ONLY = re.compile(
    r"[\s\u3000]*(?:參照|参照|依照|比照|按照|準用|准用|援用|採用|采用|詳見|详见|參見|参见|參閱|参阅)"
    r"[^。；;！!？?]{1,80}?(?:之|的)?(?:定義|定义|釋義|释义|解釋|解释)(?:辦理|办理|為準|为准)?[\s\u3000]*[。.]?[\s\u3000]*$"
)


# The noun a reference-only gloss closes on (定義, 解释, …): when the term's head is that noun (有权解释, 立法解释, 行政解釋:
# 依照法定職權對法規適用所作之解釋。, a jurisprudence glossary's kinds of interpretation) and the gloss tells it made of
# something (对…所作的, 作出的, 所為之), the gloss names the term's class, an interpretation made in some way, and sends the
# reader nowhere (review 52); 失业定义:采用国际劳工组织的定义。 still only points.
_REFERENCE_NOUN = re.compile(r"(?:定義|定义|釋義|释义|解釋|解释)$")
_MADE_OF = re.compile(r"[对對][^。；;]{1,40}?(?:所作|作出|所為|所为|作成)|(?:所作|作出|所為|所为)[的之]")


def reference_only(definition: str, term: str = "") -> bool:
    """Whether ``definition`` only sends the reader to another text's definition (參照…第1大類「…」定義。); not when ``term``
    is itself a kind of that noun (立法解释:按照立法程序对法律条文所作的解释。).

    >>> reference_only("參照「中華民國職業標準分類」第2大類定義。", "專業人員"), reference_only("依照法律授权对法律规范所作的解释。", "有权解释")
    (True, False)
    """
    if _REFERENCE_ONLY.match(definition) is None:
        return False
    head = _REFERENCE_NOUN.search(term.strip(_SPACE + "“”「」"))
    return head is None or not definition.rstrip(_SPACE + "。.").endswith(head.group()) or _MADE_OF.search(definition) is None


# A yearbook's note on what its data cover (三、国民经济核算资料主要包括广州市地区生产总值及其有关资料。, 718, a city yearbook's brief
# notes): a numbered note's 包括 defines a term, but data (资料) whose extension is data again (…及其有关资料) are the book's own
# figures, the scope of a chapter, no term; a word for data defined by a marker stays (统计资料是指…, 敏感資料指…), and so does
# a law's word whose extension is things (个人资料包括任何…的东西, tests/test_extract_official54.py).
_DATA_WORD = ("资料", "資料")
_SCOPE_OPENING = re.compile(r"(?:主要|一般|通常)?(?:包括|包含|涵盖|涵蓋)")


def data_scope(term: str, definition: str) -> bool:
    """Whether the entry is a note on what a chapter's data cover (``国民经济核算资料`` / ``主要包括…``).

    >>> data_scope("国民经济核算资料", "主要包括广州市地区生产总值及其有关资料。"), data_scope("统计资料", "是指在统计活动中所产生的…。")
    (True, False)
    >>> data_scope("個人資料", "包括任何有价值的东西,但款待除外。")
    False
    """
    first = definition.lstrip().split("。")[0].rstrip()
    return term.strip("“”「」 ").endswith(_DATA_WORD) and _SCOPE_OPENING.match(definition.lstrip()) is not None and first.endswith(_DATA_WORD)


# A question heading that lost its question mark (附隨組織有哪些, 認定為附隨組織之後呢, 579, a story page's headings over their
# answers): it asks which things a word covers or what follows, so the paragraph below answers it and glosses no term named
# so. A question asking what the word is (什麼是X, X是什麼) names its term and is read by the question rules before this.
# (a closing 呢 asks only after a question word or a sequence word, 之後呢, 多少钱呢; alone it closes a fabric's name, 精纺毛呢,
# 粗纺毛呢, 大衣呢, a textile standard's headwords, review 48)
_UNMARKED_QUESTION = re.compile(
    r".{2,}?(?:有哪些|是哪些|包括哪些|哪些|哪几种|哪幾種|哪几类|哪幾類|之后呢|之後呢|以后呢|以後呢|然后呢|然後呢|吗|嗎|如何|为何|為何|为什么|為什麼"
    r"|怎么办|怎麼辦|怎么样|怎麼樣|怎么做|怎麼做)[\s\u3000]*"
    r"|(?=.*(?:什么|什麼|哪|谁|誰|怎|多少|几|幾|如何|为何|為何|何时|何時|何处|何處|是否|能否|可否|有没有|有沒有)).{2,}?呢[\s\u3000]*"
)


def unmarked_question(term: str) -> bool:
    """Whether ``term`` is a question heading without its question mark (:data:`_UNMARKED_QUESTION`), no term."""
    return _UNMARKED_QUESTION.fullmatch(term.strip(" \t\u3000“”「」")) is not None


# A title asking another name of a word, its question mark lost (春考也叫什么高考, P3087, an answer site's title repeated above each
# section; X又称什么, X俗稱甚麼): the naming verb's object is a question word, so the line asks the name and gives none.
_ASKED_NAME = re.compile(
    r"[\s\u3000]*(?:也|又|亦|还|還|俗|通常|一般)?(?:叫|称|稱|名)(?:做|作|为|為)?(?:什么|什麼|甚麼|甚么|啥|哪)"
)


def asked_name(definition: str) -> bool:
    """Whether ``definition`` asks the term's other name (:data:`_ASKED_NAME`): a question, no gloss.

    >>> asked_name("也叫什么高考"), asked_name("又稱甚麼"), asked_name("也叫职教高考")
    (True, True, False)
    """
    return _ASKED_NAME.match(definition) is not None


# The label of a page's part: its example (例子, 举例, 示例), its introduction (引言, 引介, 导语, 简介), its recommended or
# related links (推荐, 相关阅读, 延伸阅读) — or an image's file name (圖片1.png), a converter's trace of a picture. No gold
# term of any set is so written over a paragraph; a term holding such a word (案例教学, 推荐性国家标准) is not the bare label,
# and a journalism glossary's 导语:指消息的开头部分 defines the word by its marker (:func:`false_gloss` keeps it).
_FURNITURE_LABEL = re.compile(
    r"[“「]?(?:例子|举例|舉例|示例|实例|實例|引言|引介|导语|導語|简介|簡介|推荐|推薦|热门推荐|熱門推薦|相关阅读|相關閱讀|"
    r"延伸阅读|延伸閱讀|相关文章|相關文章)[”」]?[:：]?"
    r"|[^\s\u3000/\\]{1,40}\.(?:png|jpe?g|gif|webp|bmp|PNG|JPE?G|GIF)"
    # a site's search box (搜寻 over the typed query and the page's first paragraph, 708, Macao's IAM site)
    r"|搜寻|搜尋|搜索"
    # a numbered note's label (註一:, 註二:, 注3:, 附註1: 702's notes under a water-charges table): the note's number, no word
    r"|(?:注|註|附注|附註|备注|備註)[\s\u3000]*[一二三四五六七八九十\d]{1,3}[:：]?"
    # a numbered point's label (要點一:, 重点2:, 亮點三:, 第一點: a summary box's key points, P3248, a Hong Kong tax guide's
    # 重點速覽 over 要點一 … 要點五): the point's place in the list, no word; a word holding 要点 (工作要点, 审计要点) is no bare label
    r"|(?:要点|要點|重点|重點|亮点|亮點|看点|看點)[\s\u3000]*[一二三四五六七八九十\d]{1,3}[:：]?"
    r"|第[一二三四五六七八九十\d]{1,3}(?:点|點)[:：]?"
    # a heading naming the examples of its subject (常見的利益衝突例子 over doubled example lines, 824, an integrity body's
    # guide; 常见的X实例, X的例子): what follows shows cases, it means nothing; 案例 is left out, a word of its own
    # (指导性案例); 实例 glued to a noun names a thing of its own (数据库实例, 云主机实例: a cloud glossary's instance, review 52), so
    # it heads examples only after 的 or an opener of kind (常见的诈骗实例, 典型实例)
    r"|(?:常見|常见|典型|一般)?(?:的)?[\u4e00-\u9fff]{2,12}?(?:的)?(?:例子|事例|範例|范例|示例|例證|例证)[:：]?"
    r"|(?:(?:常見|常见|典型|一般)(?:的)?[\u4e00-\u9fff]{0,12}?(?:的)?|[\u4e00-\u9fff]{2,12}?的)(?:实例|實例)[:：]?"
    # a news photo's credit line standing alone above or below the picture (網上圖片, AP圖片, 資料圖片, (新華網圖片), 新华社发):
    # where the picture came from — the web, an archive, an agency or a site named by its short name — no word (P2313, a
    # Hong Kong site's report, read as headwords over the paragraphs below them); a word for a kind of picture (矢量图片,
    # 数字图片) names no source and stays
    r"|[(（]?(?:网上|網上|网络|網絡|網路|资料|資料|档案|檔案|[A-Z]{2,6}|[\u4e00-\u9fff]{1,6}(?:社|网|網|报|報|台))"
    r"(?:图片|圖片|照片|供图|供圖|[\s\u3000]*[发發])[)）]?"
)


def furniture_label(term: str) -> bool:
    """``term`` is the label of a page's part or an image's file name (see ``_FURNITURE_LABEL``), no term.

    >>> furniture_label("例子"), furniture_label("推薦"), furniture_label("圖片1.png"), furniture_label("引介")
    (True, True, True, True)
    >>> furniture_label("註二"), furniture_label("注3"), furniture_label("註冊資本")
    (True, True, False)
    >>> furniture_label("要點二"), furniture_label("重点3"), furniture_label("第一点"), furniture_label("工作要点"), furniture_label("重点人群")
    (True, True, True, False, False)
    >>> furniture_label("推荐性国家标准"), furniture_label("案例教学"), furniture_label("简介制度")
    (False, False, False)
    >>> furniture_label("網上圖片"), furniture_label("AP圖片"), furniture_label("(新華網圖片)"), furniture_label("资料图片")
    (True, True, True, True)
    >>> furniture_label("矢量图片"), furniture_label("数字图片"), furniture_label("天气预报图")
    (False, False, False)
    >>> furniture_label("常见的诈骗实例"), furniture_label("典型实例"), furniture_label("数据库实例"), furniture_label("云主机实例")
    (True, True, False, False)
    """
    return _FURNITURE_LABEL.fullmatch(term.strip(_SPACE)) is not None


# A card's or a table's field label: a label closing with a field's name — when a notice is issued (發布時機), what is advised
# (建議作為), what a dictionary entry holds (辭書內容), an office's functions (職能), an index's base period (指數基期), a
# table's total (全省总计) — whose value is the record's content. A field of that name glossed by a marker (政治职能:是指…)
# is a term of the glossary, and stays. 分类 is no field word: a yearbook's 国民经济行业分类 自2003年起… is an entry.
_FIELD_LABEL = re.compile(r"(?:時機|时机|作為|作为|內容|内容|職能|职能|基期|總計|总计)[\s\u3000:：]*$")
# A notice's time field (發放時間:由本府派員於三節前辦理發放。, 710; 實地訪查期間:113年12月1日至114年2月28日。, 700) gives when
# something is done, no meaning: a field too, unless its text speaks of the time it names (a glossary's 截止時間 / 不同受託人…
# 所設定的截止時間會有不同。…, 472) or closes on its head (工作時間 / …工作的時間). (日期 is left out: a data standard's
# 生成日期 / 信息生成时间 is a gold entry.)
# A total's gloss naming what it sums (總計:本市…進用人數之總數。, 751, a statistics note's 統計項目定義 items): the table's
# total column defined as the sum of the counts it adds up, no value of a field — the genus a total's gloss names.
_TOTAL_GENUS = re.compile(r"[的之](?:總數|总数|總和|总和|合計|合计)$")
_TIME_FIELD = re.compile(r"(?:時間|时间|期間|期间|時程|时程)[\s\u3000:：]*$")
# A field's value that takes things as the field's label (調查對象:以居住臺北市境內…之一般家庭為調查對象。, 700, a survey notice):
# which are taken so, a scope, no meaning of the label.
_TAKEN_AS_LABEL = re.compile(r"[\s\u3000]*以.{2,}?[為为](?P<label>[^,，。；;]{2,10})[。.]?[\s\u3000]*$")
_OPENS_BY_MARKER = re.compile(r"[\s\u3000]*(?:是|係|系|為|为|即|指|意指|意為|意为|乃)")


# The gloss's last words after 的 or 之: where a bare gloss names its genus (…作为对比基础的时期).
_GENUS_CLOSE = re.compile(r"[的之][^的之,，。；;]{0,6}$")


def field_label(term: str, definition: str) -> bool:
    """``term`` is a field label (see ``_FIELD_LABEL``) and ``definition`` its value, opening with no marker.

    >>> field_label("發布時機", "當氣象局觀測到颱風已達到警報標準時則會發布。"), field_label("指數基期", "110年平均=100。")
    (True, True)
    >>> field_label("政治职能", "是指政府为维护国家统治阶级的利益,…的职能。"), field_label("国民经济行业分类", "自2003年起执行新的标准。")
    (False, False)
    >>> field_label("时机", "指做某事的恰当时候。"), field_label("救助對象", "實際從事農、林、漁、牧生產之自然人。")
    (False, False)
    >>> field_label("基期", "在计算指数时作为对比基础的时期。"), field_label("政府职能", "国家行政机关…应承担的职责和所具有的功能。")
    (False, False)
    >>> field_label("指數基期", "以民國110年為基期。")
    True
    >>> field_label("發放時間", "由本府派員於三節前辦理發放。"), field_label("調查對象", "以居住臺北市境內之一般家庭為調查對象。")
    (True, True)
    >>> field_label("工作時間", "勞工在雇主指揮監督下提供勞務的時間。"), field_label("調查對象", "以居住臺北市境內之家庭為樣本。")
    (False, False)
    >>> field_label("截止時間", "不同受託人就不同程序所設定的截止時間會有不同。")
    False
    >>> field_label("總計", "本市旅遊服務中心服務人員及遊客中心進用人數之總數。"), field_label("全省总计", "1234人次。")
    (False, True)
    """
    # (a gloss closing on the word's head, 基期 / …作为对比基础的时期。, 政府职能 / …的职责和所具有的功能。: a glossary's bare
    # gloss naming its genus, no field's value)
    gloss = definition.rstrip(_SPACE + "。.")
    genus = gloss[-1:] == term.strip(_SPACE + ":：")[-1:] and _GENUS_CLOSE.search(gloss) is not None
    genus = genus or _TOTAL_GENUS.search(gloss) is not None
    taken = _TAKEN_AS_LABEL.fullmatch(definition)
    if taken is not None and taken.group("label") == term.strip(_SPACE + ":："):
        return True  # 調查對象:以…之一般家庭為調查對象。: the field's scope
    label = term.strip(_SPACE + ":：")
    field = _FIELD_LABEL.search(term.strip()) is not None or _TIME_FIELD.search(label) is not None and label not in definition
    return field and _OPENS_BY_MARKER.match(definition) is None and not genus


# A bare aspect heading: a point's number, at most one generic modifier (主要, 基本, 重要, 实施, 政策 …) and the name of one
# aspect of the page's subject — its meaning, types, course, measures, aims (一、重要意义; 3.实施过程; 主要类型; 政策建议). An
# explainer's or an answer's sections are so headed, the subject named above them; no gold term of any set is such a bare
# aspect, and a modifier outside the list makes a term (救助對象, 四项基本原则, 内容产业 stay). A heading glossed by a marker
# (基本原则是指党员个人服从党的组织。, an earlier round's run-in test) defines the word, and stays (:func:`false_gloss`).
_ASPECT_MODIFIER = (
    r"(?:主要|基本|重要|具体|具體|核心|总体|總體|实施|實施|政策|工作|发展|發展|历史|歷史|现实|現實|时代|時代|深远|深遠|重大|突出|"
    r"存在的|面临的|面臨的)?"
)
_ASPECT_NOUN = (
    r"(?:意义|意義|内容|內容|特征|特徵|特点|特點|表现|表現|类型|類型|过程|過程|建议|建議|含义|含義|内涵|內涵|背景|原因|目标|目標|"
    r"任务|任務|措施|举措|舉措|做法|原则|原則|要求|作用|影响|影響|价值|價值|路径|路徑|成效|成果|经验|經驗|问题|問題|思路|方法|"
    r"步骤|步驟|流程|条件|條件|对象|對象|范围|範圍|依据|依據|途径|途徑|方式|形式|来源|來源|历程|歷程|现状|現狀|挑战|挑戰|前景|"
    r"趋势|趨勢|优势|優勢|亮点|亮點|重点|重點|难点|難點|区别|區別|联系|聯繫|关系|關係|定义|定義|概念"
    # (建议事项 over a scheme's numbered recommendations, 708; 注意事项 over a notice's cautions)
    r"|(?:建议|建議|注意|相关|相關|其他|其它)(?:事项|事項))"
)
# (with 的, the same aspects of a thing named, and its duties, rights and notes: X的責任, X的須知 — see points_under_heading)
_OWN_ASPECT_HEADING = re.compile(r".{2,30}?的(?:责任|責任|义务|義務|职责|職責|权利|權利|须知|須知|" + _ASPECT_NOUN[3:])
_POINT_NUMBER = r"(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])?"
_ASPECT_HEADING = re.compile(
    r"[、,，\s\u3000“「\"]*" + _POINT_NUMBER + r"[\s\u3000]*" + _ASPECT_MODIFIER + _ASPECT_NOUN + r"[”」\"]?[:：]?"
)


def aspect_heading(term: str) -> bool:
    """``term`` is a bare aspect heading (see ``_ASPECT_HEADING``), no term.

    >>> aspect_heading("主要类型"), aspect_heading("政策建议"), aspect_heading("实施过程"), aspect_heading("、含義")
    (True, True, True, True)
    >>> aspect_heading("救助對象"), aspect_heading("四项基本原则"), aspect_heading("公共政策"), aspect_heading("内容产业")
    (False, False, False, False)
    >>> aspect_heading("建议事项"), aspect_heading("注意事項"), aspect_heading("重大事项")
    (True, True, False)
    """
    return _ASPECT_HEADING.fullmatch(term.strip(_SPACE)) is not None


# A sentence's opening taken for a term: a pronoun subject (它主要指…, P1951), an adverb closing it (…主要, …通常), or a
# negation inside it (現時並無科學証據指…, 534: 指 reports the claim denied). No gold term of any set is so written.
# Nor does a name open with a clause's first word: a copula (是中国共产党…的一个措施,是指…, P2040), a verb dividing the
# subject above (分為上訴駁回率與抗告駁回率,指…, 582), an answer's or a lesson's pointer to the question or the text (如题所述,
# P2040; 文中的tail-raising factor就是指…, P2139), a conjunction or a sequence word (因此, 同时, 其中, 首先 …; 对此, pointing back,
# 对此可以理解为:…, review 47), a pause mark,
# or a heading's verb before the quoted word (定义“三旧”, P2026). 是否 and 是非 open words, not clauses.
# Nor does a name end with the word 是 is bound to in a sentence — an adverb singling out (改革开放特别是党的十八大以来,…, P2639),
# a negation (惟即使定型化契約條款不是以書面形式表示, P2641) or a demonstrative subject (即便这是以审理…之名拟定的裁判规则, P2631) —
# or open with a concessive conjunction (即使, 即便, 儘管, 雖然, 惟), or be a discourse marker restating what was said (詳言之,
# 換言之, 簡言之, 總之 … before 指…, P2641): the sentence's words cut before 是 or 指, no name; no gold term of any set is so written.
_CLAUSE_TERM = re.compile(
    r"^[“「\"]?(?:它|它们|它們)|(?:主要|通常|一般|往往)$|並無|并无|並非|并非"
    r"|(?:特别|特別|尤其|不|这|這)$|^(?:即便|即使|纵使|縱使|尽管|儘管|虽然|雖然|惟(?![一独獨])|然而)"
    # a turn of the sentence: the adverb 卻 (却, "yet") closing the subject, or 實際上 / 事實上 ("in fact") opening it (…;實際上卻指在
    # 郊野公園法定界線之內的土地。, P2699, a Hong Kong opinion piece): the writer's correction of a reading, no name (冷卻, 退卻, 忘卻
    # and 推卻 are words of their own)
    r"|(?<![冷退忘推])(?:却|卻)$|^(?:实际上|實際上|事实上|事實上)"
    # the passive marker closing the subject, its verb left in the gloss (藥品查驗登記程序與專利有效性相互扣合機制一般被 / 簡稱為「專利
    # 連結」…, P3210, a Taiwan law institute's article): a clause cut before its verb, no name. Only after an adverb (一般, 通常,
    # 常, 往往, 普遍, 广泛, 也, 亦, 又, 已, 将, 均, 都, 多, 曾, 则, 可, 仍): nouns end in 被 too, 植被, 地被, 覆被, 棉被, 羽绒被, 蚕丝被
    # (植被是指…, an environment glossary; 蚕丝被 指…, a textile standard, review 72)
    r"|(?<=[般常往遍泛也亦又已经經将將均都多曾皆则則可还還仍再更])被$"
    r"|^(?:[详詳简簡换換易申质質]言之|(?:简|簡)而言之|总之|總之|反之)$"
    r"|^[“「\"]?(?:是(?![否非])|分為|分为|如题所述|如題所述|文中|因此|对此|對此|同时|同時|其中|首先|其次|此外|另外|所以|因为|因為|但是|而且"
    r"|(?:定义|定義)[“「\"])|^、"
    # an office's task named by its verb (一、受理消費爭議申訴及調解:…, 二、進行消費查核:…, 747, a city's consumer-protection
    # services): what the office does, no name (辦理 and 開展 are left: 辦理印鑑 and 开展科技活动的企业 are gold terms)
    r"|^(?:受理|进行|進行|加强|加強|推动|推動|协助|協助)(?=[\u4e00-\u9fff]{2})"
    # a label pointing back at the pair or the parties just named (二、兩者差別:兩者本質相同,…, 772, an FAQ answer comparing two
    # residence cards; 二者关系, 双方义务): an aspect of things named before, no name of its own; no gold term of any set opens so
    # (only before an aspect the pair has — a difference, a relation, a likeness, duties or rights: 三者险, the motor third-party
    # cover, 双方代理, the law's dual agency, 双方当事人 and 三者合一 are names of their own, review 57)
    # an aspect in which two things differ, labelling a comparison's item (2. 招募方式不同:参加三支一扶招募计划需要…,而大学生村官
    # 招募则由…, P2666, an exam site's answer under 二者的区别主要如下:; 服务期限不同, 適用對象有別): a clause saying the pair
    # differ, no name; no gold term of any set ends so
    r"|[\u4e00-\u9fff](?:不同|有别|有別|不一样|不一樣|各异|各異)$"
    r"|^(?:兩者|两者|二者|三者|雙方|双方)(?:的|之|間|间)?(?:差[別别異异]|[区區]别|[关關][系係]|[异異]同|比[较較]|不同|相同|共同[点點]|[联聯][系繫]|[义義][务務]|[权權]利|[责責]任)"
)
# A division's clause taken for a term (产业地图分为三部分,即…, P2154): its verb and count say how many parts the subject has,
# and the 即 after it lists them; the subject divided is no term of that gloss, and no gold term of any set holds 分为 and a count.
_DIVISION_CLAUSE = re.compile(r"(?:分为|分為|分成)[一二三四五六七八九十两兩\d]{1,3}(?:个|個|大)?[\u4e00-\u9fff]{0,3}$")


def clause_term(term: str) -> bool:
    """``term`` is a clause's subject and adverb, a clause's opening, or a division's subject, verb and count, no name (see
    ``_CLAUSE_TERM`` and ``_DIVISION_CLAUSE``).

    >>> clause_term("它主要"), clause_term("現時並無科學証據"), clause_term("隐性债务"), clause_term("一般公共预算")
    (True, True, False, False)
    >>> clause_term("分為上訴駁回率與抗告駁回率"), clause_term("如题所述"), clause_term("文中的tail-raising factor")
    (True, True, True)
    >>> clause_term("是否一致"), clause_term("分类标准"), clause_term("定义域"), clause_term("首发经济")
    (False, False, False, False)
    >>> clause_term("产业地图分为三部分"), clause_term("分为三类"), clause_term("三分类")
    (True, True, False)
    >>> clause_term("相互扣合機制一般被"), clause_term("棉被")
    (True, False)
    >>> clause_term("植被"), clause_term("蚕丝被"), clause_term("地被"), clause_term("該機制通常被")
    (False, False, False, True)
    >>> clause_term("受理消費爭議申訴及調解"), clause_term("辦理印鑑"), clause_term("推动力")
    (True, False, False)
    >>> clause_term("兩者差別"), clause_term("二者关系"), clause_term("双方"), clause_term("兩者")
    (True, True, False, False)
    >>> clause_term("三者险"), clause_term("双方代理"), clause_term("双方当事人"), clause_term("雙方義務")
    (False, False, False, True)
    >>> clause_term("改革开放特别"), clause_term("惟即使定型化契約條款不"), clause_term("即便这"), clause_term("詳言之")
    (True, True, True, True)
    >>> clause_term("特别国债"), clause_term("不动产"), clause_term("这"), clause_term("總之類"), clause_term("惟一性")
    (False, False, True, False, False)
    """
    return _CLAUSE_TERM.search(term.strip()) is not None or _DIVISION_CLAUSE.search(term.strip()) is not None


# A news subhead reporting a change: a subject, then an adverb of degree or pace and its verb closing the line (“零關稅”範圍
# 大幅擴張, P2345, a Deutsche Welle repost; 出口规模稳步增长, 消费需求持续回升): the story's headline over a paragraph of figures,
# no term. No gold term of any set ends so (可持续发展 is a name: 持续 after 可 is left; 全面, 快速 open names, 全面小康, 快速公交).
# The verb is one of a figure's or a trend's change (增长, 回升, 扩张, 下降, 改善 …): an adverb of pace before another verb makes
# a word of accounting, securities, statistics or care (加速折旧, 持续经营, 持续督导, 逐步回归, 持續照顧, review 52).
_TREND_HEADLINE = re.compile(
    r"(?:大幅度?|显著|顯著|明显|明顯|稳步|穩步|(?<!可)(?:持续|持續)|不断|不斷|进一步|進一步|逐步|加速)"
    r"(?:增长|增長|增加|增多|回升|回落|回暖|上升|上涨|上漲|攀升|走高|走低|下降|下滑|下跌|降低|减少|減少|提升|提高|扩张|擴張|扩大|擴大"
    r"|扩容|擴容|收窄|缩小|縮小|改善|好转|好轉|向好|增强|增強|加强|加強|加快|加大|优化|優化|放缓|放緩|恢复|恢復|复苏|復甦|反弹|反彈"
    r"|壮大|壯大|释放|釋放|显现|顯現|凸显|凸顯|升级|升級|巩固|鞏固|发展|發展|推进|推進|深化|提速|企稳|企穩|回稳|回穩|活跃|活躍"
    r"|稳定|穩定|见效|見效)[”」]?$"
)


def trend_headline(term: str) -> bool:
    """``term`` is a news subhead closing on an adverb of degree or pace and its verb (see ``_TREND_HEADLINE``).

    >>> trend_headline("“零關稅”範圍大幅擴張"), trend_headline("出口规模稳步增长"), trend_headline("可持续发展"), trend_headline("全面小康")
    (True, True, False, False)
    """
    return _TREND_HEADLINE.search(term.strip(_SPACE)) is not None


# A heading asking the reader to learn about, read or download something (了解《竞争条例》 over 按此浏览简易刊物,…, 486, a
# competition commission's overview): a link's invitation, no term; no gold term of any set opens so.
_CALL_TO_ACTION = re.compile(r"^(?:了解|瞭解|认识|認識|浏览|瀏覽|查看|下载|下載|阅读|閱讀)(?:更多|一下)?[《〈「“]")


def call_to_action(term: str) -> bool:
    """``term`` is a heading inviting the reader to a document (see ``_CALL_TO_ACTION``).

    >>> call_to_action("了解《竞争条例》"), call_to_action("了解权")
    (True, False)
    """
    return _CALL_TO_ACTION.match(term.strip()) is not None


# A section title telling a change over time (體育行政組織的變革, 從「雙主軸」到「黃金三角」, 525, a ministry's history of its
# sports policy): the paragraph below tells the history, no term is defined; no gold term of any set is so written.
_HISTORY_TITLE = re.compile(
    r"^(?:.{2,30}(?:的)?(?:变革|變革|演变|演變|沿革|历程|歷程|变迁|變遷|回顾|回顧)|(?:从|從).{1,15}(?:到|至).{1,15})$"
)


# (a gloss opening with its marker is a definition all the same: 新一轮科技革命和产业变革:指以人工智能…为代表的…变化。)
_OPENS_GLOSS = re.compile(r"[\s\u3000]*(?:是指|系指|係指|指的是|指(?![出导導引挥揮示明定令向南]))")


def history_title(term: str) -> bool:
    """``term`` is a section title telling a change over time (see ``_HISTORY_TITLE``).

    >>> history_title("體育行政組織的變革"), history_title("從「雙主軸」到「黃金三角」"), history_title("制度变迁理论")
    (True, True, False)
    """
    return _HISTORY_TITLE.match(term.strip()) is not None


# A paragraph opening with who has a right (消費者有權透過…獲得…的指導。, 491, under the heading 獲得指導權利): a rights page's
# rule, what the holder may claim, no gloss of the heading; a definition opens with its marker or genus instead (指有权拥有资产
# 和承担负债…的经济实体 keeps 有权 inside).
# (所有權人, an owner, 568's 土地所有權人為…所為之測量作業, holds 有權 inside 所有權: no right stated)
_RIGHT_HOLDER = re.compile(r"^[^,，。；;:：指是]{1,10}(?<!所)(?:有權|有权)(?![益利])")


def right_stated(definition: str) -> bool:
    """``definition`` opens with a right's holder and 有權 (see ``_RIGHT_HOLDER``).

    >>> right_stated("消費者有權透過教育活動獲得有關消費的指導。"), right_stated("指有权拥有资产和承担负债的经济实体。")
    (True, False)
    >>> right_stated("土地所有權人申請合併為一宗土地所為之測量作業")
    False
    """
    return _RIGHT_HOLDER.match(definition) is not None


# An item of a rule's conditions, closing on the semicolon and the 或/及 that join it to the next (具有最少6年的…實際經驗,包括最少
# 1年電力工作實際經驗;或, 489, a registration regulation's qualifications): a requirement, no gloss; no definition of any gold
# ends so (a definitions list's items close on the semicolon alone, its last on the full stop).
_CONDITION_JOINED = re.compile(r"[;；][\s\u3000]*(?:或|及|或者|以及|并且|並且|而且)[\s\u3000]*$")


# A rule under a heading: a subject, 如 or 若 and what the person must do or faces (旅客如未依法…作出申報…,可被檢控,且有關物品將被
# 充公。 / 一、所有入境澳門人士如攜帶以下物品,必須…申報:, 750, a customs FAQ under 入境/出境申報 and 入境申報): the heading names a
# procedure and the paragraph says who must follow it and what happens otherwise, no meaning of the heading. Only a paragraph
# opening with no marker (X是指…,如…須… defines first).
_RULE_PARAGRAPH = re.compile(
    r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．][\s\u3000]*)?[^。！？!?,，;；:：]{0,12}?(?:如|若|倘若|倘)[^。！？!?]{2,}?"
    r"(?:必须|必須|必需|均须|均須|[须須](?!知)|可被|[将將]被|[会會]被|可[处處]|不得)"
)


def rule_paragraph(definition: str) -> bool:
    """``definition`` is a rule on who must do what, opening with a condition (see ``_RULE_PARAGRAPH``).

    >>> rule_paragraph("旅客如未依法向海關人員作出申報,可被檢控,且有關物品將被充公。")
    True
    >>> rule_paragraph("一、所有入境澳門人士如攜帶以下物品,必須由外貿經營人申報:"), rule_paragraph("是指旅客如攜帶貨物必須申報的制度。")
    (True, False)
    """
    return _OPENS_BY_MARKER.match(definition) is None and _RULE_PARAGRAPH.match(definition) is not None


# An institution's profile under its name (文化部文化資產園區 / 文化部文化資產園區,佔地5.6公頃,前身創立於日治時代的1916年,…, 744, a
# heritage park's about page): the name restated, a comma, then its area, its forerunner, where it stands or when it was
# founded — a place's or a body's history, no meaning of its name.
_PROFILE_OPENING = re.compile(
    r"[\s\u3000]*[,，][\s\u3000]*(?:佔地|占地|前身|位於|位于|坐落|座落|成立於|成立于|創立於|创立于|創建於|创建于|始建於|始建于|建於|建于)"
)


def institution_profile(term: str, definition: str) -> bool:
    """``definition`` restates ``term`` and goes on with its area, forerunner, place or founding (see ``_PROFILE_OPENING``).

    >>> institution_profile("文化資產園區", "文化資產園區,佔地5.6公頃,前身為酒廠。"), institution_profile("園區", "園區,指…的區域。")
    (True, False)
    """
    name = term.strip(_SPACE)
    body = definition.lstrip(_SPACE)
    return bool(name) and body.startswith(name) and _PROFILE_OPENING.match(body, len(name)) is not None


def condition_item(definition: str) -> bool:
    """``definition`` closes as an item of a rule's conditions (see ``_CONDITION_JOINED``).

    >>> condition_item("包括最少1年電力工作實際經驗;或"), condition_item("指亡者之家屬或繼承人;")
    (True, False)
    """
    return _CONDITION_JOINED.search(definition) is not None


# An other name, then a lead-in announcing how two things differ (网格中心工作人员,即网格管理员,与网格员的主要区别如下:, P1696): the
# items below compare them; the clause before says which name is meant, no gloss.
_COMPARISON_LEAD_IN = re.compile(
    r"^[^。！？!?；;:：]{0,30}[,，][\s\u3000]*(?:与|與|和|同)[^。！？!?；;:：,，]{1,20}的(?:主要)?(?:区别|區別|不同|差别|差別|差异|差異)"
    r"(?:如下|有|是|在于|在於)?[\s\u3000]*[:：][\s\u3000]*$"
)


def comparison_lead_in(definition: str) -> bool:
    """``definition`` is a clause and a lead-in announcing a comparison (see ``_COMPARISON_LEAD_IN``).

    >>> comparison_lead_in("即网格管理员,与网格员的主要区别如下:"), comparison_lead_in("是指针对残疾人提供的两种福利补贴,具体包括:")
    (True, False)
    """
    return _COMPARISON_LEAD_IN.match(definition) is not None


# An alias, then who proposed the thing and what for (碳边界调整机制,简称CBAM,由欧盟委员会提出,旨在避免…, P1448): its short name, origin
# and aim, nothing said of what it is.
_ALIAS_THEN_ORIGIN = re.compile(
    r"^(?:简称|簡稱|又称|又稱|也称|也稱)[^,，。；;]{1,20}[,，][\s\u3000]*(?:由|是由)[^,，。；;]{1,30}(?:提出|发起|發起|推出|制定|发布|發布)[,，][\s\u3000]*"
    r"(?:旨在|目的是|意在|用以|以便)"
)


def alias_then_origin(definition: str) -> bool:
    """``definition`` gives only an alias, its proposer and its aim (see ``_ALIAS_THEN_ORIGIN``).

    >>> alias_then_origin("简称CBAM,由欧盟委员会提出,旨在避免自身气候政策的有效性因碳泄漏而受到破坏。")
    True
    >>> alias_then_origin("简称GDP,是指按市场价格计算的一个国家所有常住单位在一定时期内生产活动的最终成果。")
    False
    """
    return _ALIAS_THEN_ORIGIN.match(definition) is not None


# Two to eight short names in a series (故宫、天坛、颐和园), an open 等 and at most a short class noun after it (世界文化遗产):
# examples. A name holds no 或 and no 其他 (遗传因子突变或其他慢性疾病等作用者 is a description) and the series opens
# with no verb of defining or having (包括…等, 指…等, 有致肿瘤…等), a law's 係指 or 系指 among them (所稱技藝表演,係指大鼓、
# 彈詞、雜耍…等具有娛樂性之表演, 622: the article defines the word by its members, as 指 does).
_INSTANCES = re.compile(
    r"[\s\u3000]*(?![包指是为為有即含反]|[係系]指|謂)(?P<names>(?:(?!其他|其它)[^，,。；;:：、或\s\u3000]){2,10}(?:、(?:(?!其他|其它)[^，,。；;:：、或\s\u3000]){2,10}){1,7})"
    r"等(?:等)?(?P<kind>[^，,。；;:：、\s\u3000]{0,8})[。.]?[\s\u3000]*"
)


def instances_only(term: str, definition: str) -> bool:
    """``definition`` names only a few instances of ``term`` and an open ``等`` (a class's examples: ``故宫、天坛、颐和园等世界文化
    遗产。`` under 历史文化遗产), no explanation of the label before it. Names sharing the term's head character are its kinds
    (农业:种植业、林业、畜牧业和渔业等产业。: what 农业 covers), and a class after 等 other than the term's own head (产业 under 农业)
    makes the series a definition by its members; both are left as definitions.

    >>> instances_only("历史文化遗产", "故宫、天坛、颐和园等世界文化遗产。"), instances_only("现代文化资源", "国家大剧院、北京音乐厅、798艺术区等。")
    (True, True)
    >>> instances_only("税收收入", "包括增值税、消费税、企业所得税等。"), instances_only("第二類(慢毒性物質)", "有致腫瘤、生育能力受損、畸胎、遺傳因子突變或其他慢性疾病等作用者。")
    (False, False)
    >>> instances_only("农业", "种植业、林业、畜牧业和渔业等产业。"), instances_only("两轴", "长安街的东西轴线,中轴线。")
    (False, False)
    >>> instances_only("技藝表演", "係指大鼓、彈詞、雜耍、口技、溜冰、相聲及各項特技等具有娛樂性之表演")
    False
    """
    match = _INSTANCES.fullmatch(definition)
    head = re.sub(r"[\s\u3000“”「」\"()（）]", "", term)
    if match is None or len(head) < 2:
        return False
    kind = match.group("kind")
    if kind and not kind.endswith(head[-2:]):
        return False  # 种植业、林业…等产业 under 农业: a class of its own, the members define it
    return not any(name.strip().endswith(head[-1]) for name in match.group("names").split("、"))


# A place's location as a headword (焦作的地理位置:地处河南省西北部,…, P1217): where it lies, no term.
_LOCATION = re.compile(r"[^\s\u3000,，。；;:：]{1,20}的(?:地理)?(?:位置|区位|區位)")


def location_item(term: str) -> bool:
    """``term`` names where a place lies (``焦作的地理位置``), a lesson's point about the place, no term.

    >>> location_item("焦作的地理位置"), location_item("区位优势"), location_item("地理位置")
    (True, False, False)
    """
    return _LOCATION.fullmatch(term.strip(_SPACE)) is not None


# A span of years in a headword (1953–1980年, （1953-1957）, 2006至今): the label of a period on a timeline. Years only: a
# standard's number (三次产业划分(GB/T 4754-2017)) or a date (2022-09-19) is no span.
_YEAR_SPAN = re.compile(
    r"(?<![\d\-–—])(?:1[89]|20)\d{2}[\s\u3000]*(?:年)?[\s\u3000]*(?:[–—\-~～至到][\s\u3000]*(?:\d{2,4}(?![\d\-–—])|今)|至今)"
    # (or a stage's year and month in brackets, alone or a span: 1、试点起源(2018.9):…, 3、政策完善(2019.11-2020.6):…, P2289, a
    # policy's history told as dated stages)
    # (its end a year alone too, 起步阶段(2003.6-2007), review 49)
    r"|[(（][\s\u3000]*(?:1[89]|20)\d{2}[.．/年]\d{1,2}月?(?:[\s\u3000]*[–—\-~～至到][\s\u3000]*(?:(?:(?:1[89]|20)\d{2}[.．/年])?\d{1,2}月?|(?:1[89]|20)\d{2}年?)|至今)?[\s\u3000]*[)）]"
)
# What opens a definition of a period's name (“十三五”时期(2016-2020年):是指…), or of a plan's, its full name
# (“十四五”规划(2021-2025年):全称《…纲要》).
_PERIOD_DEFINED = re.compile(r"[\s\u3000]*(?:是指|系指|係指|指|即|是|全称|全稱)")


def period_item(term: str, definition: str) -> bool:
    """``term`` names a period by its span of years (a timeline's item: ``1953–1980年（一五至五五）:计划经济年代,…``,
    ``一五（1953-1957）:奠定了中国工业化的骨架``, P1229; or a stage by its year and month in brackets, ``试点起源(2018.9):…``,
    P2289) and ``definition`` opens with no marker: what happened then, no
    definition of a term.

    >>> period_item("1953–1980年（一五至五五）", "计划经济年代，指令性为主，建设工业体系。"), period_item("2006至今（十一五–十五五）", "计划更名规划。")
    (True, True)
    >>> period_item("“十三五”时期(2016-2020年)", "是指…的五年。"), period_item("2010年末总人口", "指…。"), period_item("三区三线", "…")
    (False, False, False)
    >>> period_item("三次产业划分(GB/T 4754-2017)", "第一产业是指…。"), period_item("“十四五”规划(2021-2025年)", "全称《…》")
    (False, False)
    >>> period_item("试点起源(2018.9)", "省发展规划研究院联合…开展课题研究。"), period_item("政策完善(2019.11-2020.6)", "发布《…意见》。")
    (True, True)
    >>> period_item("起步阶段(2003.6-2007)", "以村庄环境整治为重点。")
    True
    >>> period_item("人口普查(2020.11)", "是指…的普查。"), period_item("标准(GB 3095.2012)", "规定了…。")
    (False, False)
    """
    return _YEAR_SPAN.search(term) is not None and _PERIOD_DEFINED.match(definition) is None


# A date and time and nothing else: digits with the date's and clock's marks and separators, a time zone in brackets
# after it (10月 5, 2021, 17:34 (CST); 2021-04-09 00:00:00.000000; 2021年10月5日); a year of four digits or a clock
# time in it, so that a short value such as 45日 or 第3号 is left to the other rules.
_TIMESTAMP = re.compile(
    r"[\s\u3000]*[\d\s\u3000年月日号號时時分秒:：,，./\-]+(?:[(（][A-Z]{2,5}[)）])?[\s\u3000]*"
)
_YEAR_OR_CLOCK = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[:：]\d{2}")


# A quiz stem: the marker and a blank to fill (社会主义初级阶段是指( )。, options A–D below it, P1654).
_QUIZ_BLANK = re.compile(r"(?:是指|指的是|指|是|就是|即)?[\s\u3000]*(?:[(（][\s\u3000_＿]*[)）]|[_＿]{2,})[\s\u3000]*[。.？?]?[\s\u3000]*")


def quiz_blank(definition: str) -> bool:
    """``definition`` is a quiz stem's blank (``是指( )。``), the answer among options below: no explanation.

    >>> quiz_blank("是指( )。"), quiz_blank("是指（　）"), quiz_blank("是____。")
    (True, True, True)
    >>> quiz_blank("是指(按当年价格计算)的生产总值。")
    False
    """
    return _QUIZ_BLANK.fullmatch(definition) is not None


def timestamp_only(definition: str) -> bool:
    """``definition`` is a date and time only (a record's stamp: ``10月3,2021,02:20(CST)``), no explanation.

    >>> timestamp_only("10月3,2021,02:20(CST)"), timestamp_only("2021-04-09 00:00:00.000000"), timestamp_only("2021年10月5日")
    (True, True, True)
    >>> timestamp_only("45日"), timestamp_only("指2021年10月5日起施行的办法。"), timestamp_only("1949年10月1日成立的国家。")
    (False, False, False)
    """
    return _TIMESTAMP.fullmatch(definition) is not None and _YEAR_OR_CLOCK.search(definition) is not None


# A news article's byline under its title: the date (and time) of posting, bracketed or not, then the source, author or
# editor label (``[ 2013-09-30 08:51] 来源:中国日报网 字号 …``, P2346, China Daily's language-tips column under its title
# 什么是“负面清单管理”?; ``2023年5月6日 10:20 来源:人民网``; ``发布时间:2024-01-02 作者:…``). A title asking what a word is
# reads as a headword, but the line below it is the page's furniture, never its answer. A gloss naming a date is no byline
# (``指2013年9月29日挂牌的试验区``: a marker first).
_BYLINE = re.compile(
    r"[\s\u3000]*[\[【(（]?[\s\u3000]*(?:(?:发布|發布|更新)?(?:时间|時間|日期)[:：][\s\u3000]*)?"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s\u3000]*[\]】)）]?"
    r"[\s\u3000]*(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|稿源|出处|出處|字号|字號)[\s\u3000]*[:：]?"
)


def byline_opening(definition: str) -> bool:
    """``definition`` opens with an article's byline, its date then its source or author (see ``_BYLINE``): the line
    under a title, no explanation.

    >>> byline_opening("[ 2013-09-30 08:51] 来源:中国日报网     字号 [] [] []"), byline_opening("2023年5月6日 10:20 来源:人民网 …")
    (True, True)
    >>> byline_opening("指2013年9月29日挂牌的试验区。"), byline_opening("2013年起实行的管理模式,来源于…")
    (False, False)
    """
    return _BYLINE.match(definition) is not None


# 即 and three to eight short names in a closed series, the last after 与/和/及 (即清单制、村民说事、对账制与积分制。).
_MEMBERS = re.compile(
    r"[\s\u3000]*即[\s\u3000]*(?P<names>[^，,。；;:：、\s\u3000]{2,8}(?:、[^，,。；;:：、\s\u3000]{2,8}){1,6}(?:与|與|和|及|以及)[^，,。；;:：、\s\u3000]{2,8})"
    r"[。.]?[\s\u3000]*"
)
# A number in the term: a counted slogan (“三分”即分权、分税、分管; 四个传统主要行业,即…) names its parts.
_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十百两兩双雙]")


# An item naming its addressees and telling them what to do (注意事項: 一、各機關:應指定專人負責。 二、各學校:應配合辦理。, a
# notice's or a regulation's duties, numbered 一、 or by a bare numeral and spaces as a law database prints them): 各 opens the
# label, a word of obligation the text; the label names who must act, no term (review 49; the last round kept only the
# one-line pair of spaced numerals out).
_ADDRESSEES = re.compile(r"[\s\u3000]*各[\u4e00-\u9fff]{1,8}[\s\u3000]*[:：]?[\s\u3000]*")
_OBLIGATION = re.compile(r"[\s\u3000]*(?:應|应|須|须|必須|必须|务必|務必|要|請|请|不得|需)(?!是)")


def addressed_instruction(term: str, definition: str) -> bool:
    """``term`` names addressees (各X) and ``definition`` tells them what to do (see :data:`_ADDRESSEES`).

    >>> addressed_instruction("各機關", "應指定專人負責。"), addressed_instruction("各级党委", "要切实担负起主体责任。")
    (True, True)
    >>> addressed_instruction("各類保險", "指…之保險。"), addressed_instruction("機關", "應指定專人負責。")
    (False, False)
    """
    return _ADDRESSEES.fullmatch(term) is not None and _OBLIGATION.match(definition) is not None


def members_only(term: str, definition: str) -> bool:
    """``definition`` is 即 and a closed list of three names or more, for a term that counts nothing and that no name spells
    out (“新工具”,即清单制、村民说事、对账制与积分制。): the things the word gathers on that page, no meaning. A counted term
    (“三分”即分權、分稅、分管。) and an abbreviation the names spell (“放管服”,即简政放权、放管结合、优化服务) are glossed by
    their parts and stay.

    >>> members_only("“新工具”", "即清单制、村民说事、对账制与积分制。")
    True
    >>> members_only("“三分”", "即分權、分稅、分管與分級。"), members_only("“放管服”", "即简政放权、放管结合与优化服务。")
    (False, False)
    """
    match = _MEMBERS.fullmatch(definition)
    core = re.sub(r"[\s\u3000“”「」\"()（）]", "", term)
    if match is None or len(core) < 2 or _COUNT.search(core):
        return False
    names = re.split(r"、|与|與|和|以及|及", match.group("names"))
    return not any(ch in name for name in names for ch in core)


# A sentence giving the term's weight: 是 or 就是, what it serves, and a weighty role closing it (…的重大举措, …的重要参考依据,
# …的关键支撑). A genus of things (…设立的重要政策性金融工具, P1994's gold) names what the term is and is no role here; no gold
# definition of any set is such a sentence alone.
_STATUS_SENTENCE = re.compile(
    r"[\s\u3000]*(?:就是|是)[^,，;；。:：]{2,40}的(?:重大|重要|关键|關鍵)[^的,，;；。:：]{0,6}"
    r"(?:举措|舉措|依据|依據|途径|途徑|抓手|组成部分|組成部分|保障|支撑|支撐|引擎|动力|動力)[。.]?[\s\u3000]*"
    # (or who made it a decision: 是习近平总书记在浙江工作期间,亲自谋划、亲自部署、亲自推动的一项重大决策。, P2281, a daily-word
    # column's 知识点 on “千村示范、万村整治”工程 — the decision's author and its weight, a status, no definition)
    r"|[\s\u3000]*是[^;；。:：]{2,60}?(?:亲自|親自)[^;；。:：]{0,30}的(?:一项|一項|一个|一個)?(?:重大|重要)(?:战略)?(?:决策|決策|部署)[。.]?[\s\u3000]*"
)


def status_only(definition: str) -> bool:
    """``definition``'s first sentence says only how much the term weighs (see ``_STATUS_SENTENCE``), no definition.

    >>> status_only("就是我省提高发展平衡性和协调性的重大举措。"), status_only("是LPR(贷款市场报价利率)的重要参考依据。央行通过调整…")
    (True, True)
    >>> status_only("是中国…为促进产业升级、推动创新创业而设立的重要政策性金融工具。"), status_only("是指…的重要举措。")
    (False, False)
    >>> status_only("是习近平总书记在浙江工作期间,亲自谋划、亲自部署、亲自推动的一项重大决策。2003年6月,…")
    True
    """
    first = re.match(r"[^。！？!?]*[。！？!?]?", definition).group()
    return _STATUS_SENTENCE.fullmatch(first) is not None and _DEFINES_AFTER.search(first) is None


# A sentence saying only the form a thing is set out in (能力標準是以「能力單元」形式展示,每個單元包括:, 779, a council's intro to
# its competency standards; X以表格形式列出, 是以問答方式呈現): 是以…形式 and a verb of showing say how the page presents it, not what
# it is (是以…为核心的… and 以…方式 doing a thing stay: the verb after 形式 or 方式 must be one of showing, and close the clause:
# 是以货币形式表现的…工作量, the yearbooks' 固定资产投资, names its genus after 的 and defines).
_PRESENTED_FORM = re.compile(
    r"[\s\u3000]*(?:是|乃|均|皆)?以[^,，;；。:：]{1,20}?(?:的)?(?:形式|方式|格式)"
    r"(?:展示|展現|展现|呈現|呈现|表現|表现|列出|列明|顯示|显示|編寫|编写|排列|發佈|发布|公佈|公布)(?![的之])"
    # (and the sentence names no genus after it: 电子证照是以电子形式显示,与纸质证照具有同等法律效力的证照。, 電子簽章是以電子形式
    # 呈現,並附加於電子文件之簽章。, 电子发票是以电子方式编写、存储和传输的发票。 say the form, then what the thing is, review 57)
    r"(?![^。！？!?:：]*[的之])"
)


def presented_form(definition: str) -> bool:
    """``definition`` opens by saying the form the thing is presented in (see ``_PRESENTED_FORM``), no definition.

    >>> presented_form("是以「能力單元」形式展示,每個單元包括:"), presented_form("是以表格形式列出。")
    (True, True)
    >>> presented_form("是以科技创新为主导的先进生产力。"), presented_form("是以互助方式提供保障的制度。")
    (False, False)
    >>> presented_form("是以货币形式表现的在一定时期内建造和购置固定资产的工作量。")
    False
    >>> presented_form("是以电子形式显示,与纸质证照具有同等法律效力的证照。"), presented_form("是以电子方式编写、存储和传输的发票。")
    (False, False)
    """
    return _PRESENTED_FORM.match(definition) is not None

