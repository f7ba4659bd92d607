"""The general mechanisms of extraction (policyterms.extract_layouts.general), on real sentences of the
development pages: one normalisation of headwords, and the definitions of a short page's topic when no
layout reads the page."""

from __future__ import annotations

import pytest

from policyterms.errors import InputError
from policyterms.extract import extract_entries
from policyterms.extract_layouts.general import normalise_headword, topic_definitions


def pairs(text: str) -> list[tuple[str, str]]:
    try:
        return [(e.term, e.definition) for e in extract_entries(text)]
    except InputError:
        return []


def topic(text: str) -> list[tuple[str, str]]:
    return [(f.term, f.definition) for f in topic_definitions(text)]


# --- one normalisation of headwords ---------------------------------------------------------------


@pytest.mark.parametrize(
    "term, definition, quote, expected",
    [
        # an enumeration mark of any kind (139: a yearbook's sub-items ⑴–⑶; P125: a lost item number)
        ("⑴终端能源消费量", "指一定时期内全省生产和生活消费的各种能源在扣除了用于加工转换二次能源消费量和损失量以后的数量。", "",
         ("终端能源消费量", "指一定时期内全省生产和生活消费的各种能源在扣除了用于加工转换二次能源消费量和损失量以后的数量。")),
        ("(1)各项税收", "包括增值税、营业税、消费税。", "", ("各项税收", "包括增值税、营业税、消费税。")),
        ("一、城乡居民人均可支配收入", "指…。", "", ("城乡居民人均可支配收入", "指…。")),
        ("◉网上零售额", "指通过公共网络交易平台实现的商品和服务零售额之和。", "", ("网上零售额", "指通过公共网络交易平台实现的商品和服务零售额之和。")),
        # a connective or lead-in before it (P175, P183, 117, P182, P106, P108)
        ("而“三线”", "是指城镇开发边界、永久基本农田保护红线以及生态保护红线。", "", ("“三线”", "是指城镇开发边界、永久基本农田保护红线以及生态保护红线。")),
        ("据了解,常住人口", "是指具有中华人民共和国国籍并符合以下条件之一的全部人口:", "", ("常住人口", "是指具有中华人民共和国国籍并符合以下条件之一的全部人口:")),
        ("第二条(社会信用界定)本条例所称社会信用", "是指具有完全民事行为能力的自然人、法人和非法人组织…的状态。", "",
         ("社会信用", "是指具有完全民事行为能力的自然人、法人和非法人组织…的状态。")),
        ("(chēng)臨時救助", "是指對遭遇突發事件、意外傷害、重大疾病或其他特殊原因…的家庭或個人給予的應急性、過渡性的救助。", "",
         ("臨時救助", "是指對遭遇突發事件、意外傷害、重大疾病或其他特殊原因…的家庭或個人給予的應急性、過渡性的救助。")),
        ("主要统计指标解释耕地", "指种植农作物的土地。", "", ("耕地", "指种植农作物的土地。")),
        ("[指标概念]森林覆盖率", "是指以行政区域为单位森林面积与土地总面积的百分比。", "", ("森林覆盖率", "是指以行政区域为单位森林面积与土地总面积的百分比。")),
        # a tail that opens the definition (P225 分别, P224 another name, P190 the sense, P160 则)
        ("第一二三産業分别", "指農業、工業和服務業。", "", ("第一二三産業", "分别指農業、工業和服務業。")),
        ("第三产业即服务业", "是指除第一产业、第二产业以外的其他行业。", "第三产业即服务业,是指除第一产业、第二产业以外的其他行业。",
         ("第三产业", "即服务业,是指除第一产业、第二产业以外的其他行业。")),
        ("統一戰線就其廣義而言", "是指不同社會政治力量在一定條件下,為了一定的共同目標而建立的政治聯盟或聯合",
         "統一戰線就其廣義而言,是指不同社會政治力量在一定條件下,為了一定的共同目標而建立的政治聯盟或聯合",
         ("統一戰線", "就其廣義而言,是指不同社會政治力量在一定條件下,為了一定的共同目標而建立的政治聯盟或聯合")),
        ("“全程网办”则", "是指…。", "", ("“全程网办”", "则是指…。")),
        # a tail that only says how the definition is put (P176 具体, P217 顧名思義)
        ("三区三线中的三区具体", "是指城镇空间、农业空间、生态空间。", "", ("三区三线中的三区", "是指城镇空间、农业空间、生态空间。")),
        ("碳中和,顧名思義", "是指企業、團體或個人在一定時間內…。", "", ("碳中和", "是指企業、團體或個人在一定時間內…。")),
        # left as they are: brackets and figures in the term, 即 inside a word, 则 ending a word
        ("出生率(又称粗出生率)", "指…之比。", "", ("出生率(又称粗出生率)", "指…之比。")),
        ("建筑业总产值(即自行完成施工产值)", "指…的总和。", "", ("建筑业总产值(即自行完成施工产值)", "指…的总和。")),
        ("增值税即征即退", "是指…。", "", ("增值税即征即退", "是指…。")),
        ("即时配送", "是指…。", "", ("即时配送", "是指…。")),
        ("财务规则", "是指…。", "", ("财务规则", "是指…。")),
        ("100 万吨级码头", "是指…。", "", ("100 万吨级码头", "是指…。")),
        ("2.5产业", "是指…。", "", ("2.5产业", "是指…。")),
        ("十大行动", "是指…。", "", ("十大行动", "是指…。")),
        ("“十四五”规划", "即…。", "", ("“十四五”规划", "即…。")),
    ],
)
def test_one_normalisation_of_headwords(term, definition, quote, expected):
    assert normalise_headword(term, definition, quote) == expected


@pytest.mark.parametrize(
    "term, definition",
    [
        ("就其狹義而言", "是指無產階級及其政黨的戰略策略,主要是無產階級自身團結和同盟軍問題。"),  # P190: a sense, no headword
        ("據中國宏觀經濟研究院戰略政策室主任盛朝迅的解讀", "是指大量運用大數據…的新產業、新技術、新產品和新業態。"),  # P187: a source
        ("兩中心一平臺分別", "指:"),  # P205: a lead line announcing its items, with nothing defined
        ("具体来说", "是指…。"),
    ],
)
def test_what_leaves_no_headword_is_no_entry(term, definition):
    assert normalise_headword(term, definition) is None


@pytest.mark.parametrize(
    "term, definition, expected",
    [
        # an adverb between the headword and its marker opens the definition (P252, P259: the seventeenth set)
        ("工業(industry)主要", "是指原料采集與產品加工制造的產業或工程。", ("工業(industry)", "主要是指原料采集與產品加工制造的產業或工程。")),
        ("核心 CPI 一般", "是指剔除了食品和居住价格影响的 CPI 指数。", ("核心 CPI", "一般是指剔除了食品和居住价格影响的 CPI 指数。")),
        # a doubled headword is written once (145), a restated one keeps its bracketed English name (P261)
        ("医疗卫生机构", "医疗卫生机构  指从卫生健康行政部门取得《医疗机构执业许可证》…的单位。", ("医疗卫生机构", "指从卫生健康行政部门取得《医疗机构执业许可证》…的单位。")),
        ("統計觀察", "統計觀察( statistical observation)即“統計調查”。有組織地蒐集各種統計資料的工作。",
         ("統計觀察( statistical observation)", "即“統計調查”。有組織地蒐集各種統計資料的工作。")),
        # left as they are: a longer headword, an adverb that is no tail, an adverb without a marker after it
        ("工业", "工业增加值指工业企业在报告期内以货币形式表现的工业生产活动的最终成果。", ("工业", "工业增加值指工业企业在报告期内以货币形式表现的工业生产活动的最终成果。")),
        ("主要", "是指…。", ("主要", "是指…。")),
        ("重点支出主要", "用于教育、科技。", ("重点支出主要", "用于教育、科技。")),
    ],
)
def test_adverb_tails_and_restated_headwords(term, definition, expected):
    assert normalise_headword(term, definition) == expected


def test_the_normalisation_applies_to_every_layout():
    # 139: a yearbook's circled sub-items below a headword line
    text = (
        "能源加工转换效率\n指一定时期内能源经过加工、转换后,产出的各种能源产品的数量与同期内投入加工转换的各种能源数量的比率。\n"
        "⑴终端能源消费量:指一定时期内全省生产和生活消费的各种能源在扣除了用于加工转换二次能源消费量和损失量以后的数量。\n"
        "⑵能源损失量:指一定时期内能源在输送、分配、储存过程中发生的损失和由客观原因造成的各种损失量,不包括各种气体能源放空、放散量。\n"
    )
    terms = [term for term, _ in pairs(text)]
    assert "终端能源消费量" in terms and "能源损失量" in terms
    assert not any(term.startswith(("⑴", "⑵")) for term in terms)


# --- the definitions of a short page's topic --------------------------------------------------------


def test_a_column_defining_its_topic_with_a_connective_between():
    # P217: a Hong Kong column; 碳中和 comes back throughout the page
    text = (
        "最近,有團體邀請筆者拍攝短片,以支持該團體推廣碳中和的環保活動。碳中和,這個看似高深的概念,其實與我們每個人息息相關,"
        "而碳中和正是應對氣候變化的關鍵策略。\n"
        "碳中和,顧名思義,是指企業、團體或個人在一定時間內,直接或間接產生的溫室氣體排放總量,通過植樹造林、節能減排等形式,"
        "以抵消自身產生的二氧化碳排放量,實現二氧化碳的「零排放」。\n"
        "香港作為國際金融、貿易和航運中心,雖然地域面積不大,但人口密集、經濟活動高度活躍,碳排放不容小覷。\n"
    )
    assert topic(text) == [
        (
            "碳中和",
            "是指企業、團體或個人在一定時間內,直接或間接產生的溫室氣體排放總量,通過植樹造林、節能減排等形式,"
            "以抵消自身產生的二氧化碳排放量,實現二氧化碳的「零排放」。",
        )
    ]


def test_an_explainer_takes_the_strongest_definition_to_the_end_of_its_paragraph():
    # P222: 是指 wins over the closing evaluation 是一种…; the definition runs to the end of its paragraph
    text = (
        "在日常生活中,我们经常会遇到各种行政审批事项或公共服务流程。而“告知承诺制”正是近年来政府推行的一项重要改革措施。"
        "那么,“告知承诺制”到底是什么意思呢?\n"
        "简单来说,“告知承诺制”是指行政机关在办理某些政务服务事项时,通过书面形式将法定的条件、标准、材料要求等信息一次性告知申请人,"
        "申请人则以书面形式承诺其符合这些条件并愿意承担相应的法律责任。在这种模式下,申请人无需再提供繁琐的证明材料。\n"
        "这项制度的核心在于信任与责任并存。\n"
        "总的来说,“告知承诺制”是一种创新性的行政管理模式,它既体现了政府服务理念的转变,也为社会各界带来了便利。\n"
    )
    assert topic(text) == [
        (
            "“告知承诺制”",
            "是指行政机关在办理某些政务服务事项时,通过书面形式将法定的条件、标准、材料要求等信息一次性告知申请人,"
            "申请人则以书面形式承诺其符合这些条件并愿意承担相应的法律责任。在这种模式下,申请人无需再提供繁琐的证明材料。",
        )
    ]
    assert pairs(text) == topic(text)


def test_an_answer_going_on_in_a_paragraph_that_restates_the_term():
    # P215: a Latin headword, 也就是 and its other name; the second paragraph restates psl
    text = (
        "psl也就是抵押補充貸款,是指中央銀行以抵押方式向商業(yè)銀行發(fā)放貸款,其亦是一種基礎(chǔ)貨幣投放工具。\n\n"
        "psl使得中央銀行的貸款行為變為市場化行為。因此,更為標準化的psl可以演變為貨幣政策工具。\n"
    )
    assert pairs(text) == [
        (
            "psl",
            "也就是抵押補充貸款,是指中央銀行以抵押方式向商業銀行發放貸款,其亦是一種基礎貨幣投放工具。\n\n"
            "psl使得中央銀行的貸款行為變為市場化行為。因此,更為標準化的psl可以演變為貨幣政策工具。",
        )
    ]


def test_a_primer_with_quoted_terms_and_a_definition_after_an_open_bracket():
    # P186: the page asks what 新質生產力 is; 「高效能」 and 「高質量」 come back in the definition above them
    text = (
        "國策通識|甚麼是「新質生產力」?\n"
        "  那麼,「新質生產力」到底是甚麼?\n"
        "  官方有給出定義:「新質生產力是創新起主導作用,具有高科技、高效能、高質量特徵,符合新發展理念的先進生產力質態。\n"
        "  這個定義如何理解?可以著重來看一下「高科技、高效能、高質量」的特徵。\n"
        "  其次,所謂「高效能」,簡單而言就是效率更高,例如生產效率更高,科研成果轉化效率更高等。\n"
        "  另外,「高質量」,也就是更高質素的發展方式。\n"
    )
    assert topic(text) == [
        ("新質生產力", "是創新起主導作用,具有高科技、高效能、高質量特徵,符合新發展理念的先進生產力質態。"),
        ("「高效能」", "就是效率更高,例如生產效率更高,科研成果轉化效率更高等。"),
        ("「高質量」", "也就是更高質素的發展方式。"),
    ]


def test_a_quoted_topic_defined_inside_its_sentence():
    # 131: a knowledge base's rows; the question asks about “进出平衡”, the answer defines it after a comma
    text = (
        "问题名称: | 什么是耕地“进出平衡”? |\n"
        "规范答案: | 对耕地转为其他农用地及农业设施建设用地实行年度“进出平衡”,即除国家安排的生态退耕外,耕地转为林地、草地的,"
        "应当补足同等数量、质量的可以长期稳定利用的耕地。(出自《关于严格耕地用途管制有关问题的通知》自然资发〔2021〕166号) |\n"
        "更新时间: | 2024-02-05 |\n"
    )
    assert topic(text) == [("“进出平衡”", "即除国家安排的生态退耕外,耕地转为林地、草地的,应当补足同等数量、质量的可以长期稳定利用的耕地。")]


def test_a_run_in_label_ends_the_definition():
    # 132: 定义: and 性质: labels run into one cell; the title names the term
    text = (
        "一般基本农田与永久基本农田的区别 一、定义及性质 一般基本农田:定义:一般基本农田是指按照一定时期人口和社会经济发展对农产品的需求,"
        "依据土地利用总体规划确定的不得占用的耕地。性质:它是国家为保障粮食安全而划定的具有特定保护要求的农用地类型。 永久基本农田:\n"
    )
    assert topic(text) == [("一般基本农田", "是指按照一定时期人口和社会经济发展对农产品的需求,依据土地利用总体规划确定的不得占用的耕地。")]


def test_an_answer_leaving_its_subject_out():
    # 133: headword line, its English name, then 是指…; P187: 何謂「X」?據…的解讀,是指…
    daily_word = (
        "读懂北京 | 每日一词:“揭榜挂帅”\n日期:2023-06-09\n\n揭榜挂帅\n\nOpen bidding for selecting the best candidates\n\n"
        "是指针对目标明确、应用亟需的关键核心技术攻关任务,设立项目或奖金向社会公开张榜的新型科研项目管理制度。该制度坚持英雄不问出处。\n\n"
        "This is a new mechanism designed to identify and engage the best talent.\n"
    )
    assert topic(daily_word) == [
        ("揭榜挂帅", "是指针对目标明确、应用亟需的关键核心技术攻关任务,设立项目或奖金向社会公开张榜的新型科研项目管理制度。该制度坚持英雄不问出处。")
    ]
    commentary = (
        "去年9月,國家主席習近平首次提及「新質生產力」,今年政府工作報告更加將這個重大概念,寫入年度十大工作之首。\n"
        "何謂「新質生產力」?據中國宏觀經濟研究院戰略政策室主任盛朝迅的解讀,是指大量運用大數據、人工智慧、雲計算等新技術"
        "而催生的新產業、新技術、新產品和新業態。簡而言之,就是利用顛覆性的前端技術,進行產業升級轉型。\n"
        "的而且確,國家發展正面臨重重挑戰。\n"
    )
    assert pairs(commentary) == [
        ("「新質生產力」", "是指大量運用大數據、人工智慧、雲計算等新技術而催生的新產業、新技術、新產品和新業態。簡而言之,就是利用顛覆性的前端技術,進行產業升級轉型。")
    ]


def test_a_bare_is_defines_only_an_asked_or_named_term():
    # 138: the page asks 什么是国土空间规划?, so 国土空间规划是… answers it
    answer = (
        "国土空间规划\n什么是国土空间规划?\n发布时间:2025-05-29 来源:攀枝花市自然资源和规划局\n\n"
        "国土空间规划是国家空间发展的指南、可持续发展的空间蓝图,是各类开发保护建设活动的基本依据。\n\n"
        "依据:《中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见》(中发〔2019〕18号)\n"
    )
    assert topic(answer) == [("国土空间规划", "是国家空间发展的指南、可持续发展的空间蓝图,是各类开发保护建设活动的基本依据。")]
    # P191: 是…的一种通俗称谓 says what the term is the common name of
    news = (
        "【快讯】达拉特旗培育“四上”企业成效显著\n"
        "“四上”企业是现阶段我国统计工作实践中对达到一定规模、资质或限额的法人单位的一种通俗称谓。包括规模以上工业、有资质的建筑业。\n"
        "近年来,达拉特旗将培育“四上”企业作为发展县域经济的一条重要途径。\n"
    )
    assert topic(news) == [
        ("“四上”企业", "是现阶段我国统计工作实践中对达到一定规模、资质或限额的法人单位的一种通俗称谓。包括规模以上工业、有资质的建筑业。")
    ]


def test_no_topic_definition_on_ordinary_pages():
    # a report's status sentence about its own topic (glossary/texts/provinces/bj-bjrd-2021-liangqu.txt)
    report = (
        "关于高标准推进“两区”建设工作情况报告\n\n"
        "  我代表市政府,向市人大常委会报告高标准推进“两区”建设工作情况。\n\n"
        "  “两区”建设是国家赋予北京的重要使命,是北京从首都实际出发,全面贯彻新发展理念,率先探索构建新发展格局的重要抓手。\n"
    )
    assert topic(report) == []
    # a task explained with 就是 in a report (2004 national work report)
    assert topic("适时,就是把握好调控措施出台的时机,见微知著,防患于未然;适度,就是松紧得当,不急刹车,不一刀切。适时适度适时。\n") == []
    # a question is no definition; a term named once is no topic
    assert topic("「新質生產力」是甚麼?\n「新質生產力」是甚麼?\n「新質生產力」是甚麼?\n") == []
    assert topic("今年以来,某区培育新动能。数字经济是指以数据资源为关键要素的经济形态。\n") == []
    # a page longer than an explainer is a report: its own definitions are policyterms.learn's
    assert topic("碳中和是指…。碳中和碳中和\n" + "经济运行总体平稳。" * 1000) == []


def test_a_definition_the_text_ends_inside_or_ending_in_a_lead_in_is_dropped():
    head = "碳中和\n碳中和是指企業、團體或個人在一定時間內,直接或間接產生的溫室氣體排放總量"
    assert topic(head) == []
    assert topic(head + ",以抵消自身產生的二氧化碳排放量。\n") != []
    assert topic("碳中和\n碳中和是指以下三个方面:\n(1)…\n") == []


def test_topic_definitions_beside_the_entries_of_a_layout():
    # P186's definitions of its topic, then numbered notes a layout reads: both are given, in text order
    text = (
        "國策通識|甚麼是「新質生產力」?\n"
        "  官方有給出定義:「新質生產力是創新起主導作用,具有高科技、高效能、高質量特徵,符合新發展理念的先進生產力質態。\n"
        "  其次,所謂「高效能」,簡單而言就是效率更高,例如生產效率更高,科研成果轉化效率更高等。\n"
        "相關詞語\n"
        "1.未來產業:是指由前沿技術驅動,當前處於孕育萌發階段或產業化初期的前瞻性新興產業。\n"
        "2.戰略性新興產業:是指以重大技術突破和重大發展需求為基礎的產業。\n"
    )
    assert [term for term, _ in pairs(text)] == ["新質生產力", "「高效能」", "未來產業", "戰略性新興產業"]
    # a topic term a layout already gives is not given twice, nor is a place a layout's entry covers
    named = text.replace("1.未來產業:是指由前沿技術驅動,當前處於孕育萌發階段或產業化初期的前瞻性新興產業。", "1.新質生產力:是指創新起主導作用的先進生產力質態。")
    assert pairs(named)[:2] == [
        ("「高效能」", "就是效率更高,例如生產效率更高,科研成果轉化效率更高等。"),
        ("新質生產力", "是指創新起主導作用的先進生產力質態。"),
    ]


def test_a_lead_in_ending_no_sentence_is_no_topic_definition():
    # a line that ends no sentence before a list (“放管服”是政府管理方式的三大核心 / 1. 放(简政放权):…)
    text = "什么是“放管服”?\n“放管服”是政府管理方式的三大核心\n1. 放(简政放权):减少审批事项。\n2. 管(放管结合):加强事中事后监管。\n"
    assert topic(text) == []


# --- where a layout's definition ends ---------------------------------------------------------------


def _found(text: str, term: str, definition: str) -> "Found":
    from policyterms.extract_layouts.common import Found

    start = text.index(term)
    end = text.index(definition[-12:]) + 12 if definition[-12:] in text else len(text.rstrip())
    return Found(term, definition, text[start:end], text.count("\n", 0, start) + 1, start, end)


def test_a_definition_ends_before_a_line_opening_with_its_own_definition():
    from policyterms.extract_layouts.general import split_run_on

    # 120: a yearbook entry that took the next paragraph in; that paragraph opens with 年度统计的年末人口数指…
    text = (
        "  人口数 指一定时点、一定地区范围内有生命的个人总和。 \n\n"
        "  年度统计的年末人口数指每年123124时的人口数。年度统计的全国人口总数内未包括香港、澳门特别行政区和台湾地区以及海外华侨人数。 \n"
    )
    joined = "指一定时点、一定地区范围内有生命的个人总和。年度统计的年末人口数指每年123124时的人口数。年度统计的全国人口总数内未包括香港、澳门特别行政区和台湾地区以及海外华侨人数。"
    got = split_run_on([_found(text, "人口数", joined)], text)
    assert [(f.term, f.definition) for f in got] == [
        ("人口数", "指一定时点、一定地区范围内有生命的个人总和。"),
        ("年度统计的年末人口数", "指每年123124时的人口数。年度统计的全国人口总数内未包括香港、澳门特别行政区和台湾地区以及海外华侨人数。"),
    ]
    assert [f.line for f in got] == [1, 3]


def test_a_definition_ends_before_a_line_shaped_like_its_own_first_line():
    from policyterms.extract_layouts.general import split_run_on

    # 122: a numbered sub-item that took in the next yearbook entry (财政支出 国家财政将…, indented like 财政收入's line)
    text = (
        "    财政收入 国家财政参与社会产品分配所取得的收入。\n"
        "    (4)国有企业计划亏损补贴 这项为负收入,冲减财政收入。 \n"
        "    财政支出 国家财政将筹集起来的资金进行分配使用,以满足经济建设和各项事业的需要。 \n"
    )
    joined = "这项为负收入,冲减财政收入。财政支出 国家财政将筹集起来的资金进行分配使用,以满足经济建设和各项事业的需要。"
    got = split_run_on([_found(text, "国有企业计划亏损补贴", joined)], text)
    assert [(f.term, f.definition) for f in got] == [
        ("国有企业计划亏损补贴", "这项为负收入,冲减财政收入。"),
        ("财政支出", "国家财政将筹集起来的资金进行分配使用,以满足经济建设和各项事业的需要。"),
    ]
    # an entry written headword, space, definition is cut only at a line of the same shape and indentation
    assert len(split_run_on([_found(text, "财政收入", "国家财政参与社会产品分配所取得的收入。")], text)) == 1


def test_inner_sentences_and_continuation_lines_stay_in_the_definition():
    from policyterms.extract_layouts.general import split_run_on

    # an inner Y指… sentence (not at a line's start) and a PDF line break inside a sentence
    text = "出生率 指在一定时期内一定地区的出生人数与同期内平均人数之比。本资料中的出生率指年出生率,\n其计算公式为人数之比。\n"
    definition = "指在一定时期内一定地区的出生人数与同期内平均人数之比。本资料中的出生率指年出生率,其计算公式为人数之比。"
    assert [f.definition for f in split_run_on([_found(text, "出生率", definition)], text)] == [definition]


def test_a_label_announcing_explanations_names_the_topic():
    # 113: a release's 指标解释: label above paragraphs whose headwords run straight into 即 and 是
    text = (
        "规模以上工业增加值增速、产销率\n2020年1-3月\n指标名称 | 增长(%) | 产销率(%) |\n工业增加值 | -7.8 | 95.4 |\n"
        "指标解释:\n"
        "工业增加值增长速度即工业增长速度,是用来反映一定时期工业生产物量增减变动程度的指标。利用该指标,可以判断短期工业经济的运行走势。\n"
        "产品销售率是销售产值和工业总产值的比率,用来反映工业产品的产销衔接情况。\n"
    )
    assert topic(text) == [
        ("工业增加值增长速度", "即工业增长速度,是用来反映一定时期工业生产物量增减变动程度的指标。利用该指标,可以判断短期工业经济的运行走势。"),
        ("产品销售率", "是销售产值和工业总产值的比率,用来反映工业产品的产销衔接情况。"),
    ]
    # without the label, 产品销售率是… on a page not about it is no definition
    assert topic(text.replace("指标解释:\n", "")) == []
