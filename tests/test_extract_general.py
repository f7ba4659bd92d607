"""The general mechanisms of extraction (policyterms.mining.extract_layouts.general), on real sentences of the
development pages: one normalisation of headwords, and the definitions of a short page's topic when no
layout reads the page."""

from __future__ import annotations

import re

import pytest

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries
from policyterms.mining.extract_layouts.general import normalise_headword
from policyterms.mining.extract_layouts.topics import topic_definitions
from policyterms.text.fold import strip_pinyin
from conftest import pairs


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
        # a bracketed label asking about the headword before its restatement is left out with it (P324)
        ("高标准农田", "【什么是高标准农田】高标准农田是指在一定区域内,达到耕地质量高的农田。", ("高标准农田", "是指在一定区域内,达到耕地质量高的农田。")),
        # left as they are: a longer headword, an adverb that is no tail, an adverb without a marker after it
        ("工业", "工业增加值指工业企业在报告期内以货币形式表现的工业生产活动的最终成果。", ("工业", "工业增加值指工业企业在报告期内以货币形式表现的工业生产活动的最终成果。")),
        ("主要", "是指…。", ("主要", "是指…。")),
        ("重点支出主要", "用于教育、科技。", ("重点支出主要", "用于教育、科技。")),
    ],
)
def test_adverb_tails_and_restated_headwords(term, definition, expected):
    assert normalise_headword(term, definition) == expected


@pytest.mark.parametrize(
    "term, definition, expected",
    [
        # restated in quotation marks under a question title: written as the sentence writes it (P278)
        ("双随机一公开", "“双随机一公开”是一种监管机制,主要用于政府部门对市场进行监督和管理。",
         ("“双随机一公开”", "是一种监管机制,主要用于政府部门对市场进行监督和管理。")),
        # restated after a prefix naming its field, under a headword line: the headword line's term (P283)
        ("一网通办", "政务服务“一网通办”是指以互联网技术赋能政务服务运行,推进政务服务标准化、规范化改造。",
         ("一网通办", "是指以互联网技术赋能政务服务运行,推进政务服务标准化、规范化改造。")),
        ("一网协同", "政府运行“一网协同”,建设贯穿省、市、县、乡、村五级互联互通、同步联动的一体化协同办公平台。",
         ("一网协同", "建设贯穿省、市、县、乡、村五级互联互通、同步联动的一体化协同办公平台。")),
        # a verb before the quoted term: a sentence about it, left as it is
        ("一网通办", "深化“一网通办”,推动政务服务从“能办”向“好办”转变。",
         ("一网通办", "深化“一网通办”,推动政务服务从“能办”向“好办”转变。")),
    ],
)
def test_headwords_restated_in_quotation_marks(term, definition, expected):
    assert normalise_headword(term, definition) == expected


def test_points_naming_their_subject_before_a_subjectless_definition():
    # P282 (財華香港網 2020): each point names the term in a sentence of its own, the definition leaves it out
    text = (
        "國家發改委4月20日首次明確新型基礎設施的範圍,目前來看,新型基礎設施主要包括3個方面内容: "
        "一是信息基礎設施。主要是指基於新一代信息技術演化生成的基礎設施。 "
        "二是融合基礎設施。主要是指深度應用互聯網、大數據、人工智能等技術,支撐傳統基礎設施轉型升級,進而形成的融合基礎設施。 "
        "三是創新基礎設施。主要是指支撐科學研究、技術開發、產品研製的具有公益屬性的基礎設施。\n"
    )
    got = dict(pairs(text))
    assert got["信息基礎設施"] == "主要是指基於新一代信息技術演化生成的基礎設施。"
    assert got["創新基礎設施"] == "主要是指支撐科學研究、技術開發、產品研製的具有公益屬性的基礎設施。"
    assert "主要" not in got


def test_a_document_quoted_for_its_definition_and_a_term_it_mentions():
    # 154 (首都之窗 2022): `《…》对X的界定是:…` and, after 其中, `所提Y是指,…`
    text = (
        "国务院办公厅《关于支持多渠道灵活就业的意见》(国办发〔2020〕27号)对灵活就业的界定是:个体经营、非全日制以及新就业形态等。"
        "主要包括:非全日制的单位就业或兼职就业,以及个人创业经营、个人劳务、自由职业等个人就业群体。"
        "其中所提新就业形态是指,“跨界”传统单位就业和个人就业之间的“平台网约就业”这一群体。\n"
        "对比新就业形态的分类,新就业形态与灵活就业的概念应是相互兼容的关系,新就业形态中的“平台个人灵活就业”和“平台网约就业”属于灵活就业范畴,"
        "而灵活就业人员中若依托移动互联网的,属于新就业形态范畴。\n"
    )
    got = dict(pairs(text))
    assert got["灵活就业"].startswith("个体经营、非全日制以及新就业形态等。主要包括:")
    assert got["灵活就业"].endswith("等个人就业群体。")
    assert got["新就业形态"] == "是指,“跨界”传统单位就业和个人就业之间的“平台网约就业”这一群体。"


def test_quoted_terms_defined_clause_by_clause():
    # P280 (a question-and-answer explainer): two parts in one sentence, then the whole name in the next
    text = (
        "“东数西算”是什么?\n“数”指数据,“算”是算力,即对数据的处理能力。“东数西算”是通过构建数据中心、云计算、大数据一体化的新型算力网络体系,"
        "将东部算力需求有序引导到西部,优化数据中心建设布局,促进东西部协同联动。\n“东数”为什么要“西算”?\n"
    )
    got = dict(pairs(text))
    assert got["“数”"] == "指数据"
    assert got["“算”"] == "是算力,即对数据的处理能力。"
    assert got["“东数西算”"].startswith("是通过构建数据中心") and got["“东数西算”"].endswith("促进东西部协同联动。")
    # P281 (traditional, converter pinyin): a lead-in, a frame kept in the term, a comma before the marker
    text = "據(jù)悉,東數(shù)西算中的“數(shù)”,指的是數(shù)據(jù),“算”指的是算力,即對數(shù)據(jù)的處理能力。\n"
    got = dict(pairs(text))
    assert got["東數西算中的“數”"] == "指的是數據"
    assert got["“算”"] == "指的是算力,即對數據的處理能力。"


def test_a_lone_quoted_definition_is_no_series():
    from policyterms.mining.extract_layouts.clauses import quoted_clause_series
    from policyterms.mining.extract_layouts.common import _lines

    for text in (
        "“放管服”是简政放权、放管结合、优化服务的简称。\n",
        "加快“一网通办”改革,推动“一网统管”建设。\n",
        # 142 (北京 2025): parts after 其中 belong to the definition above them (the bundled page's test holds the rest)
        "是指北京的两条绿化隔离带。其中,“一绿”即第一道绿化隔离地区,位于四、五环路附近;“二绿”即第二道绿化隔离地区,位于六环路附近。\n",
    ):
        lines = _lines(text)
        assert quoted_clause_series(lines, [True] * len(lines)) == []


def test_topic_definitions_past_a_byline_a_point_number_and_an_adverbial():
    # P289 (彭阳 news, traditional): the reporter's byline in brackets closes the paragraph, no part of the definition
    text = (
        "近年來,彭陽縣以創建全國文明城市為契機,著力打造“15分鐘便民生活圈”。\n"
        "“15分鐘便民生活圈”是指市民以家為中心15分鐘步行可達范圍內,享有較為完善的基本公共服務設施。"
        "“15分鐘便民生活圈”的打造,不僅推動了文明城市的創建,更方便了居民的日常生活。(通訊員:楊艷 董浩)\n"
    )
    got = dict(pairs(text))
    assert got["“15分鐘便民生活圈”"].endswith("更方便了居民的日常生活。")
    # P268 (traditional): a point number and an attribution before the quoted headword
    text = (
        "2、按照矽谷的解釋,“瞪羚企業”就是高成長型企業,這些企業不僅年增長速度能輕易超越壹倍,還能迅速實現IPO。\n"
        "3、為了實現產業梯隊發展,需要有更大規模的“瞪羚企業”集群作為後備。通過對這些“瞪羚企業”的扶持和培養,可以產生更多的獨角獸企業。\n"
    )
    assert dict(pairs(text))["“瞪羚企業”"].startswith("就是高成長型企業,")
    # P295 (a statistics paper's repost): 是以…为基础, opens the predicate, the class comes at its end
    text = (
        "怎样界定和统计战略性新兴产业?\n  为促进战略性新兴产业的发展,国务院发布了战略性新兴产业发展规划。\n"
        "  战略性新兴产业是以重大技术突破和重大发展需求为基础,对经济社会全局和长远发展具有引领带动作用的先进产业。"
        "它代表新一轮科技革命和产业变革的方向。\n"
    )
    assert dict(pairs(text))["战略性新兴产业"].startswith("是以重大技术突破和重大发展需求为基础,")


@pytest.mark.parametrize(
    "term, definition",
    [
        ("两个维护提出于十九大期间", "也就是2017年10月18日。"),  # P267: when it was said
        ("城镇、乡村", "是按国家统计局《统计上划分城乡的规定》划分的。"),  # P266: how the census counts, a cleft
    ],
)
def test_clauses_and_clefts_are_no_entries(term, definition):
    assert normalise_headword(term, definition) is None


@pytest.mark.parametrize(
    "term, definition, expected",
    [
        # P298: a plain-words tail before the marker; P305: a Q&A site's answer label; P327: a study label
        ("“平急两用”简单说", "就是以改造为主的基础设施系统。", ("“平急两用”", "就是以改造为主的基础设施系统。")),
        ("優選答案失業率", "是指一定時期仍未有工作的勞動力數字。", ("失業率", "是指一定時期仍未有工作的勞動力數字。")),
        ("(领会)产业活动单位", "是指位于一个地点,从事一种社会经济活动的组织。", ("产业活动单位", "是指位于一个地点,从事一种社会经济活动的组织。")),
    ],
)
def test_labels_and_tails_glued_to_a_headword(term, definition, expected):
    assert normalise_headword(term, definition) == expected


def test_a_definition_ends_before_the_next_article_and_a_sibling_term():
    # P315 (辽宁 measures, traditional): the next article runs into the paragraph
    text = (
        "第三條本辦法所稱政務數據資源,是指政府部門在履行職責過程中製作或者獲取的數據。\n"
        "本辦法所稱政務數據資源共享,是指政府部門因履行職責需要使用其他政府部門的政務數據資源的行為。第四條政務數據資源共享應當遵循統籌規劃的原則。\n"
    )
    assert dict(pairs(text))["政務數據資源共享"] == "是指政府部門因履行職責需要使用其他政府部門的政務數據資源的行為。"
    # 160 (钦州 answer): a sibling term's definition opens the next sentence, set off by a comma before 是
    text = (
        "个体工商户分型是指市场监管部门将个体工商户按照存续时间等指标划分为“生存型”“发展型”“成长型”三种类型。"
        "个体工商户分类培育,是在个体工商户分型基础上,支持和培育一批发展潜力大的个体工商户,是一种“选优拔尖”的机制。\n"
    )
    got = dict(pairs(text))
    assert got["个体工商户分型"].endswith("三种类型。")
    assert got["个体工商户分类培育"] == "是在个体工商户分型基础上,支持和培育一批发展潜力大的个体工商户,是一种“选优拔尖”的机制。"


def test_a_paragraph_on_the_terms_origin_is_no_part_of_its_definition():
    # P318 (traditional): the definition paragraph, then one on where the term comes from
    text = (
        "什麼是社區嵌入式養老?\n社區嵌入式養老是指在社區內圍繞老年人生活照料、康復護理等基本需求,嵌入相應的功能性設施的養老模式。\n"
        "“社區嵌入式養老”起源于2013年上海閔行區顓橋鎮的養老方式探索。\n"
    )
    assert dict(pairs(text))["社區嵌入式養老"].endswith("的養老模式。")


def test_a_title_and_a_negative_gloss_are_no_definitions():
    # 156 (北京日报 on the 接诉即办 regulation): a title 关于X的… cut at the 即 inside 接诉即办
    assert normalise_headword("关于接诉", "即办的功能定位和制度内涵") is None
    # 159 (河东 answer): the paragraph after the definition says what the term is not
    text = (
        "欢迎访问河东区政府网站!\n答:“无废城市”是以新发展理念为引领,最大限度减少填埋量,将固体废物环境影响降至最低的城市发展模式。\n"
        "无废城市”并不是指没有废物的城市,也并非杜绝废物的产生,而是从城市管理的角度,有效利用固体废物。\n"
    )
    assert dict(pairs(text))["“无废城市”"].endswith("的城市发展模式。")


def test_xi_zhi_read_across_a_word_is_no_marker():
    # P254: a document site's title 綜合考核評價指標體系指標解釋… read as 綜合考核評價指標體 / 系指…
    assert normalise_headword("綜合考核評價指標體", "系指標解釋及數據來源所有指標數據未作特別闡明,均指來源于市記錄局。") is None
    assert normalise_headword("本办法所称资金", "系指市级财政安排的专项资金。") == ("资金", "系指市级财政安排的专项资金。")


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


# --- what no term can be, whatever layout cut it (the twenty-sixth set) ------------------------------------


def test_an_exam_banks_answer_label_is_no_term():
    # P503: the question's headword is not on the page; the label 【参考答案】 above the answer is no term
    page = (
        "名词解释\n\n【参考答案】\n\n"
        "是指国家环境管理机关根据环境保护法律、法规的有关规定,对直接向环境排放污染物的排放污染物者征收一定费用的法律制度。\n"
    )
    assert pairs(page) == []
    # (P259: the answer under the label names its term, which stays)
    page = (
        "核心 CPI 一般是指剔除了食品和居住价格影响的 CPI 指数。\n\n2023-05-24\n\n\n\n参考答案:\n\n"
        "核心 CPI 指剔除变动剧烈的食品和能源价格后的其他商品及服务的价格指数。\n"
    )
    assert pairs(page) == [("核心 CPI", "指剔除变动剧烈的食品和能源价格后的其他商品及服务的价格指数。")]


def test_a_product_pages_section_label_is_no_term():
    # P494: the section label 01、数据简介 is no headword of the paragraph under it
    page = (
        "全国各地区城镇登记失业率数据2000-2021年\n\n01、数据简介\n\n"
        "失业率是当地地区就业状况的主要指标,一般是指失业人数同从业人数与失业人数之和的比例关系,反应该年度内可以参加社会劳动的人数中失业人数所占的比重。\n\n"
        "城镇登记失业率指城镇登记失业人数占期末城镇从业人员总数与期末实有城镇登记失业人数之和的比重,是非农业户口,不包括农村劳动力、退休人员和其港澳台及外方人员,一定的劳动年龄内,不包括无劳动能力的。\n"
    )
    assert all(term != "数据简介" for term, _ in pairs(page))
    assert ("城镇登记失业率", "指城镇登记失业人数占期末城镇从业人员总数与期末实有城镇登记失业人数之和的比重,是非农业户口,不包括农村劳动力、退休人员和其港澳台及外方人员,一定的劳动年龄内,不包括无劳动能力的。") in pairs(page)


def test_a_sentence_cut_at_a_correlative_conjunction_is_no_term():
    # P498: 政府采购不仅是指…,而且是…: the term restated, a second sense in the same paragraph, no entry of its own
    paragraph = (
        "政府采购是指各级国家机关、事业单位和团体组织,使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务的行为。"
        "政府采购不仅是指具体的采购过程,而且是采购政策、采购程序、采购过程及采购管理的总称,是一种对公共采购管理的制度,是一种政府行为。"
    )
    assert pairs("点击数:17 更新时间:2025-01-25\n" + paragraph + "\n") == [("政府采购", paragraph[len("政府采购") :])]


def test_a_subject_and_its_verb_of_ruling_is_no_term():
    # P497: 我國規定專指…: a scope remark inside the definition, not the term 我國規定
    paragraph = "第一产业是指通过人类劳动直接从自然界取得产品的部门。我国规定专指农、林、牧、渔业。"
    assert pairs(paragraph + "\n") == [("第一产业", paragraph[len("第一产业") :])]


def test_a_keyword_heading_opened_by_a_dash_is_no_term():
    # P505: the keyword heading ――“X” is no headword of the paragraphs under it; 所谓“X”,即… defines it
    page = (
        "2016年度关键词盘点 盘点全国两会十大关键词\n\n  ――“四个全面”\n\n"
        "  观察今年两会,“四个全面”可谓最高频词汇,持续居于各大媒体显著位置。\n\n"
        "  所谓“四个全面”,即“全面建成小康社会、全面深化改革、全面推进依法治国、全面从严治党”。\n\n"
        "  这是十八大以来,中共中央提出并形成的战略布局。\n"
    )
    assert pairs(page) == [("“四个全面”", "即“全面建成小康社会、全面深化改革、全面推进依法治国、全面从严治党”。")]


def test_an_abbreviation_joined_by_an_ampersand_is_a_term_and_the_last_definition_runs_over_its_remarks():
    # P489: R&D指… is an entry (an abbreviation with &, as M&A), ending before the run-in R&D经费支出是指…, which runs to
    # the end of the answer over the scope, classification and computation sentences naming it again
    rd = "指为增加知识存量(也包括有关人类、文化和社会的知识)以及设计已有知识的新应用而进行的创造性、系统性工作,包括基础研究、应用研究和试验发展三种类型。R&D活动应当满足五个条件:新颖性、创造性、不确定性、系统性、可转移性(可复制性)。"
    spending = (
        "是指报告期为实施R&D活动而实际发生的全部经费支出。不论经费来源渠道、经费预算所属时期、项目实施周期,也不论经费支出是否构成对应当期收益的成本,只要报告期发生的经费支出均应统计。"
        "R&D经费支出按经费使用主体分为内部支出和外部支出。为避免重复计算,全社会R&D经费为调查单位R&D经费内部支出的合计。"
        "R&D经费内部支出按支出性质分为日常性支出和资产性支出,以上详细内容可参见国家统计局2019年最新发布的《研究与试验发展(R&D)投入统计规范(试行)》。"
    )
    page = (
        "科技统计知识科普\n产品详情\n"
        "答:研究与试验发展的英文全称为“Research and Experimental Development”,英文缩写为“R&D”,中文简称为“研发”。R&D" + rd + "R&D经费支出" + spending + "\n"
    )
    assert pairs(page) == [("R&D", rd), ("R&D经费支出", spending)]
    # (the last definition of a paragraph whose later sentences do not name it again ends with its own sentence, P271)
    page = (
        "数字化是指将传统的物理实体、过程和数据,转化为数字化的表达方式,以方便数字技术的应用和处理。"
        "数字化的实现需要依靠计算机技术、通信技术和其他数字技术,将物理实体和过程转化为数字化的数据和信息。\n"
    )
    assert pairs(page)[0][0] == "数字化"


def test_the_last_definition_does_not_run_over_a_later_sentence_naming_its_term_in_passing():
    # a report's news after two definitions: past a sentence not naming the term, one naming it in passing is no part
    page = (
        "新型城镇化是指坚持以人为本,以新型工业化为动力,以统筹兼顾为原则,推动城市现代化、城市集群化、城市生态化、农村城镇化的城镇化道路。"
        "城镇化率是指一个地区城镇常住人口占该地区常住总人口的比例。改革开放以来,我国经济持续快速增长。"
        "2023年末,我国常住人口城镇化率达到66.16%,比上年末提高0.94个百分点。\n"
    )
    assert pairs(page)[1] == ("城镇化率", "是指一个地区城镇常住人口占该地区常住总人口的比例。")
    page = (
        "政府工作报告是指各级人民政府在人民代表大会全体会议上所作的年度工作报告。人大代表是指依法选举产生的各级人民代表大会的组成人员。"
        "每年3月,全国人民代表大会举行全体会议。会议期间,近三千名全国人大代表将审议政府工作报告、计划报告和预算报告。\n"
    )
    assert pairs(page)[1] == ("人大代表", "是指依法选举产生的各级人民代表大会的组成人员。")


def test_a_suffix_written_out_as_the_class_names_the_terms_class():
    # P504: 点数法是…的付费方式: 法 written out as 方式, a definition by genus and difference of the page's topic term
    definition = (
        "是参照各疾病诊断相关分组权重标准,运用工分制原理,建立不同疾病组医疗费用与权重之间的相对比价关系,换算出每个DRG组的点数,"
        "并以病组点数来分配区域内医保基金的付费方式。"
    )
    page = (
        "浙江省基本医疗保险住院费用DRGs点数付费暂行办法\nDRG点数法与费率法\n"
        "DRG点数法与费率法2019年5月20日,国家医疗保障局召开疾病诊断相关分组(DRG)付费国家试点工作启动视频会议,30个试点城市名单正式公布。\n"
        "其中,一些试点城市实行点数法,如上海、金华;一些试点城市实行费率法,如天津、无锡。\n"
        "一、点数法" + definition + "\n"
        "通过某市DRG点数法付费实施来理解其计算逻辑,重点关注:基准点数、调整系数、点数计算、月度预结、年度清算。\n"
        "计算核心:不与基金偿付直接关联,工分制原理。\n"
    )
    assert pairs(page) == [("点数法", definition)]
    # (a rate's sentence closing on 比重 in the clause saying what it reflects is not read so: P494's 失业率)
    page = (
        "全国各地区城镇登记失业率数据2000-2021年\n\n"
        "失业率是当地地区就业状况的主要指标,一般是指失业人数同从业人数与失业人数之和的比例关系,反应该年度内可以参加社会劳动的人数中失业人数所占的比重。\n"
    )
    assert all(not definition.startswith("是当地") for _, definition in pairs(page))


def test_a_short_form_named_as_one_then_its_full_names_is_defined():
    # P509: 全国"两会"是一个约定俗成的简称,正式是指…: the short form (ASCII quotation marks, a field prefix) defined from 是
    # to the end of its paragraph (the remark on this year's sessions inside)
    definition = (
        '是一个约定俗成的简称,正式是指"全国人民代表大会(the National People\'s Congress, NPC)"和"中国人民政治协商会议(the Chinese People\'s '
        'Political Consultative Conference, CPPCC)"。今年是"十三五"规划(the 13th Five-Year Plan)的开局之年,透过全国两会,未来两周,'
        '"中国议题"(topics discussed at China\'s two sessions)将引来全球关注(capture global attention)。'
    )
    page = (
        "1. 政治季\n\npolitical season\n\n"
        '每年3月召开的全国两会(two sessions)被称为"中国政治季(China\'s political season)",而在如火如荼地进行着总统大选的美国,目前也是政治季。'
        '全国"两会"' + definition + "\n"
    )
    assert pairs(page) == [('全国"两会"', definition)]
    # (是一个 naming another kind of word gives no definition: P512's composition sentence)
    page = (
        "知识点\n\n“知识点”是一个复合词,由“知识”和“点”组成。它通常是具体、可识别的,并且可以被单独讲解和测试。\n\n"
        "“知识点”通常用作名词,可以单独使用,也可以与其他词语组合。\n"
    )
    assert all(not d.startswith("是一个复合词") for _, d in pairs(page))


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
    # a page longer than an explainer is a report: its own definitions are policyterms.mining.learn's
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
    # a topic term a layout gives again in other words is defined twice, as the golds count a term defined again (P1016's
    # 分稅製); in the same words it is given once, and a place a layout's entry covers gives no topic definition
    named = text.replace("1.未來產業:是指由前沿技術驅動,當前處於孕育萌發階段或產業化初期的前瞻性新興產業。", "1.新質生產力:是指創新起主導作用的先進生產力質態。")
    assert pairs(named)[:3] == [
        ("新質生產力", "是創新起主導作用,具有高科技、高效能、高質量特徵,符合新發展理念的先進生產力質態。"),
        ("「高效能」", "就是效率更高,例如生產效率更高,科研成果轉化效率更高等。"),
        ("新質生產力", "是指創新起主導作用的先進生產力質態。"),
    ]
    same = text.replace(
        "1.未來產業:是指由前沿技術驅動,當前處於孕育萌發階段或產業化初期的前瞻性新興產業。",
        "1.新質生產力:是創新起主導作用,具有高科技、高效能、高質量特徵,符合新發展理念的先進生產力質態。",
    )
    assert [term for term, _ in pairs(same)].count("新質生產力") == 1


def test_a_lead_in_ending_no_sentence_is_no_topic_definition():
    # a line that ends no sentence before a list (“放管服”是政府管理方式的三大核心 / 1. 放(简政放权):…)
    text = "什么是“放管服”?\n“放管服”是政府管理方式的三大核心\n1. 放(简政放权):减少审批事项。\n2. 管(放管结合):加强事中事后监管。\n"
    assert topic(text) == []


# --- where a layout's definition ends ---------------------------------------------------------------


def _found(text: str, term: str, definition: str):
    from policyterms.mining.extract_layouts.common import Found

    start = text.index(term)
    end = text.index(definition[-12:]) + 12 if definition[-12:] in text else len(text.rstrip())
    return Found(term, definition, text[start:end], text.count("\n", 0, start) + 1, start, end)


def test_a_definition_ends_before_a_line_opening_with_its_own_definition():
    from policyterms.mining.extract_layouts.ends import split_run_on

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
    from policyterms.mining.extract_layouts.ends import split_run_on

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
    from policyterms.mining.extract_layouts.ends import split_run_on

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


# --- the seventeenth set: one-definition explainers (development data since its measurement) -------------


def test_a_bare_shi_names_the_class_of_the_topic_by_its_own_head_word():
    # P232: a journal abstract; 楼宇经济 comes back three times, and 是 names its class, a 经济形态
    abstract = (
        "摘要\n楼宇经济是以中心城市独特的信息流、人才流、资金流、现代物流为依托,商务楼宇为载体,主要为生产领域提供服务产品的新兴经济形态。"
        "目前楼宇经济已经成为国内城市发展的主要动力。可见,楼宇经济能够发挥城市生产要素相对集聚的优势。\n出处\n《宁波经济(财经视点)》\n"
    )
    assert topic(abstract) == [
        ("楼宇经济", "是以中心城市独特的信息流、人才流、资金流、现代物流为依托,商务楼宇为载体,主要为生产领域提供服务产品的新兴经济形态。"
         "目前楼宇经济已经成为国内城市发展的主要动力。可见,楼宇经济能够发挥城市生产要素相对集聚的优势。")
    ]
    # a status or a role names another noun: no definition (a provincial text under glossary/texts; 86; P263)
    assert topic("民族团结是西藏各族人民的生命线。要牢牢把握团结奋斗的时代要求,推进民族团结进步。民族团结,重在交往交流交融。\n") == []
    assert topic("地方统计机构的官方网站是获取地方统计数据的主要渠道。地方统计机构的官方网站可以查询地方统计机构的数据。地方统计机构的官方网站很多。\n") == []
    assert topic("作为数字中国的重要组成, 数字政府是打造数字政府治理体系的关键。数字政府建设要实现数字治理。数字政府要转型。\n") == []


def test_frames_before_the_headword_are_no_part_of_it():
    # P230: an attribution and 是由; P263: an attribution, 所谓 and spaces after the commas; P236: a source label
    hong_kong = (
        "「新質生產力」作為政府工作報告的關鍵詞,新華社的英文報道譯作「new quality productive forces」。根據央視新聞的解釋,"
        "新質生產力是由技術革命性突破、生產要素創新性配置、產業深度轉型升級而催生的當代先進生產力,它以勞動者、勞動資料、勞動對象"
        "及其優化組合的質變為基本內涵,以全要素生產率提升為核心標誌。\n\n"
        "而根據國家信息中心研究文章更為具體的表述,「新質生產力」的內涵和主要特徵包括:第一,新質生產力以數字化、網絡化、智能化新技術為支撐;"
        "第二,新質生產力以數據為關鍵生產要素。\n"
    )
    assert topic(hong_kong) == [
        ("新質生產力", "是由技術革命性突破、生產要素創新性配置、產業深度轉型升級而催生的當代先進生產力,它以勞動者、勞動資料、勞動對象"
         "及其優化組合的質變為基本內涵,以全要素生產率提升為核心標誌。")
    ]
    digital = (
        "数字政府的概念起源于1998年美国前副总统戈尔提出的“数字地球”, 数字政府已成为一种趋势。学者们认为, 所谓数字政府, "
        "是指政府通过数字化思维、数字化理念、数字化战略等治理信息社会空间、提供优质政府服务、增强公众服务满意度的过程。\n"
    )
    assert topic(digital) == [("数字政府", "是指政府通过数字化思维、数字化理念、数字化战略等治理信息社会空间、提供优质政府服务、增强公众服务满意度的过程。")]
    caixin = "【财新网】“低空经济”是由民用有人或无人驾驶航空器低空飞行活动衍生出的经济形态,涵盖航空器研发制造、商业运营,以及基础设施建设等。\n国家正在集中推进低空经济发展。\n"
    assert pairs(caixin) == [("“低空经济”", "是由民用有人或无人驾驶航空器低空飞行活动衍生出的经济形态,涵盖航空器研发制造、商业运营,以及基础设施建设等。")]


def test_the_lead_sentence_of_a_page_names_its_subject_class():
    # P260: the only paragraph, going on about its subject with 它; named once, after a time line
    answer = (
        "时间:2025-11-14 17:22:54\nCPI是居民消费物价指数,是一个反映居民家庭一般所购买的消费品和服务项目价格水平变动情况的宏观经济指标。"
        "它是在特定时段内度量一组代表性消费商品及服务项目的价格水平随时间而变动的相对数。\n"
    )
    assert pairs(answer) == [
        ("CPI", "是居民消费物价指数,是一个反映居民家庭一般所购买的消费品和服务项目价格水平变动情况的宏观经济指标。"
         "它是在特定时段内度量一组代表性消费商品及服务项目的价格水平随时间而变动的相对数。")
    ]
    # a lead that does not go on about its subject, or a lead set off by a comma (a report's topic and comment), is none
    assert topic("产品销售率是销售产值和工业总产值的比率,用来反映工业产品的产销衔接情况。\n") == []
    assert topic("促进城市南部地区加快发展,是市委、市政府立足新阶段作出的重大决策和战略部署。过去三年,促进城市南部地区加快发展成效明显。\n") == []


def test_jiushi_after_a_comma_or_a_point_of_view_names_the_class():
    # P250: X,就是…的发展 (the second paragraph, restating X, is cut by the page and not taken in); 150: 从…看,X就是…
    news = (
        "高质量发展,就是能够更好满足人民日益增长的美好生活需要的发展,是体现新发展理念的发展。需要强调的是,这标志着“安全”已成为高质量发展的前提和基础。\n"
        "高质量发展,可以从不同层次、不同维度进行认识和评价。从宏观看,就是要不存在重大结构性失衡,正常的产业循环"
    )
    assert topic(news) == [("高质量发展", "就是能够更好满足人民日益增长的美好生活需要的发展,是体现新发展理念的发展。需要强调的是,这标志着“安全”已成为高质量发展的前提和基础。")]
    journal = "民营经济的概念\n\n从经济学的角度看,民营经济就是按照商业原则和市场规则运作的微观经济组织形式。民营经济在市场经济发达国家很少提及。\n"
    assert topic(journal) == [("民营经济", "就是按照商业原则和市场规则运作的微观经济组织形式。民营经济在市场经济发达国家很少提及。")]


def test_a_headword_keeps_its_bracketed_gloss_and_compounds_of_the_title_are_the_topic():
    # P252: an English word in brackets and 主要 before the marker; the sentences restating 工業 stay inside
    farm = "工業(industry)主要是指原料采集與產品加工制造的產業或工程。工業是社會分工發展的產物。工業是第二產業的重要組成部分。\n中國掃黃打非網\n"
    assert topic(farm) == [("工業(industry)", "主要是指原料采集與產品加工制造的產業或工程。工業是社會分工發展的產物。工業是第二產業的重要組成部分。")]
    # 143: run-in sentences on a page asking about 高技术产业: its compounds (a tail, a bracketed qualifier) are entries each
    knowledge = (
        "在统计上怎样界定高技术产业\n信息来源:白银区统计局\n\n"
        "  高技术产业分类是《国民经济行业分类》的派生分类。高技术产业是指研发投入大、产品附加值高的技术密集型产业。"
        "在统计上,高技术产业(制造业)是指国民经济行业中研发经费投入强度相对高的制造业行业。高技术产业(制造业)包括:医药制造等6大类。"
        "高技术产业(服务业)包括:信息服务、电子商务服务等9大类。\n"
    )
    assert topic(knowledge) == [
        ("高技术产业分类", "是《国民经济行业分类》的派生分类。"),
        ("高技术产业", "是指研发投入大、产品附加值高的技术密集型产业。"),
        ("高技术产业(制造业)", "是指国民经济行业中研发经费投入强度相对高的制造业行业。高技术产业(制造业)包括:医药制造等6大类。"),
        ("高技术产业(服务业)", "包括:信息服务、电子商务服务等9大类。"),
    ]


def test_reflects_and_a_paragraph_without_its_closing_stop():
    # 144: a release titled with the indicator; its lead paragraph has no stop, and running text follows it
    release = (
        "2018年衡阳市城镇化率53.61%\n发布时间:2019-11-15 15:54\n\n"
        "    城镇化率反映城镇化水平高低的一个重要指标,即一个地区常住于城镇的人口占该地区总人口的比例城镇化是人口持续向城镇集聚的过程\n\n"
        "  2018年,全市城镇化率53.61%,比年末提高1.15个百分点。\n"
    )
    assert topic(release) == [("城镇化率", "反映城镇化水平高低的一个重要指标,即一个地区常住于城镇的人口占该地区总人口的比例城镇化是人口持续向城镇集聚的过程")]


def test_a_quoted_headword_and_its_colon_opening_the_paragraph():
    # P248: ASCII quotation marks; the term comes back in the definition
    text = (
        '"旅游出口":对一个国家而言,接待国际或出境旅游也是一种出口,通常称为"旅游出口",出口旅游,即旅游服务的进口和出口,'
        "在统计国际贸易时使用的专业名词。\n"
    )
    assert topic(text) == [('"旅游出口"', '对一个国家而言,接待国际或出境旅游也是一种出口,通常称为"旅游出口",出口旅游,即旅游服务的进口和出口,在统计国际贸易时使用的专业名词。')]


def test_a_numbered_headword_line_above_an_answer_opening_with_ji():
    # P242: the headword line, its English name, then 即…; the next headword's paragraph is cut by the page
    text = (
        "一、高质量发展\n\n1. 两区\n\nThe “two zones”\n\n即国家服务业扩大开放综合示范区、中国(北京)自由贸易试验区。在2020年中国国际服务贸易交易会上,"
        "习近平总书记亲自宣布支持北京建设自由贸易试验区。\n\nThey are the Integrated National Demonstration Zone.\n\n2. 五子\n\nThe five initiatives\n\n"
        "北京市在服务和融入新发展格局的紧要处落好“五子”,即建设国际科技创新中心、推进“两区”"
    )
    assert pairs(text) == [("两区", "即国家服务业扩大开放综合示范区、中国(北京)自由贸易试验区。在2020年中国国际服务贸易交易会上,习近平总书记亲自宣布支持北京建设自由贸易试验区。")]


def test_a_line_restating_the_term_goes_on_the_definition_and_a_comment_asking_does_not():
    # P251: a blog's heading, the definition line, a line on the term's origin restating it in quotation marks
    blog = (
        "三重一大的概念\n\n三重一大是指重大事项决策、重要干部任免、重要项目安排、大额资金使用,必须经过集体讨论做出决定的制度。\n"
        "“三重一大”最早出自于1996年第十四届中央纪委第六次全会公报。\n\n发表回复\n"
    )
    assert pairs(blog) == [
        ("三重一大", "是指重大事项决策、重要干部任免、重要项目安排、大额资金使用,必须经过集体讨论做出决定的制度。\n“三重一大”最早出自于1996年第十四届中央纪委第六次全会公报。")
    ]
    # P233: the paragraph restating “楼宇经济” is a comment ending in a question
    report = (
        "区委杨书记提到“抓住轻轨9号线契机,发展楼宇经济”。\n所谓“楼宇经济”是一种以商务楼为主要载体,带动区域经济整体、协调发展的一种现代经济形态。据统计,效益相等。\n"
        "“楼宇经济”这种崭新的发展模式无疑正是我镇发展所需要的。如何将这种好的、新的发展思路与我镇社会经济发展的实际相结合哪?\n"
    )
    assert topic(report) == [("“楼宇经济”", "是一种以商务楼为主要载体,带动区域经济整体、协调发展的一种现代经济形态。据统计,效益相等。")]


def test_a_line_naming_a_longer_name_is_no_restatement():
    # P257: 政府信息公开制度起源于… below 政府信息公开,是指…: the next line's subject is 政府信息公开制度
    text = (
        "上海政法学院,上海\n政府信息公开,是指行政机关在履行职责过程中制作或者获取的,以一定形式记录、保存的信息,及时、准确地公开发布[1]。"
        "政府通过信息公开让老百姓更清楚地知道政府在做什么。\n"
        "政府信息公开制度起源于民主社会,但在原始社会和专制社会中也有“公开”的做法。\n(1)原始社会的政府信息公开\n"
    )
    assert ("政府信息公开", "是指行政机关在履行职责过程中制作或者获取的,以一定形式记录、保存的信息,及时、准确地公开发布[1]。"
            "政府通过信息公开让老百姓更清楚地知道政府在做什么。") in pairs(text)


def test_run_in_clauses_defining_different_terms_are_entries_each():
    # P255: a news paragraph, two definitions joined by a comma (the comma left out)
    text = "  2003年7月,他第一次系统地提出了“八八战略”。\n\n  八个优势是指发挥浙江体制机制、区位、块状特色产业、城乡协调发展、生态、山海资源、环境和人文八个方面,八项举措就是分别针对这八个优势提出的落实方法。\n"
    assert pairs(text) == [
        ("八个优势", "是指发挥浙江体制机制、区位、块状特色产业、城乡协调发展、生态、山海资源、环境和人文八个方面"),
        ("八项举措", "就是分别针对这八个优势提出的落实方法。"),
    ]
    # a point of view is no headword (P247), and sentences defining the parts a definition names stay inside it (81)
    receipts = "国际旅游外汇收入是指入境旅游的外国人在中国大陆旅游过程中发生的一切旅游支出,对于国家来说就是国际旅游外汇收入。\n"
    assert pairs(receipts) == [("国际旅游外汇收入", "是指入境旅游的外国人在中国大陆旅游过程中发生的一切旅游支出,对于国家来说就是国际旅游外汇收入。")]
    output = "工业总产值是以货币表现的工业企业在报告期内生产的工业产品总量。工业总产值又分为现价工业总产值和不变价工业总产值,不变价工业总产值是指对同一产品采用同一时期的价格。\n"
    assert [term for term, _ in pairs(output)] == ["工业总产值"]


def test_traditional_furniture_sections_and_points_are_no_entries():
    # P245: a site's header in traditional characters (注冊 登錄) and a photo caption are no yearbook lines
    header = (
        "英語(yǔ)詞匯 學(xué)英語(yǔ),練聽(tīng)力,上聽(tīng)力課堂! 注冊(cè) 登錄\n> 英語(yǔ)詞匯 > 新詞熱詞 >  內(nèi)容\n\n"
        "8月24日拍攝的北京 (圖片來(lái)源:新華社)\n\n"
    )
    assert pairs(header) == []
    # P249: bullets under a heading announcing directions are points, not definitions
    directions = (
        "关键调整方向\n- 收入端:修正税收、非税收入及债务规模预测;\n- 支出端:优化项目优先级,压缩非刚性支出(如行政经费),倾斜于保民生、稳就业领域;\n"
        "- 执行管控:强化动态监控,避免资金沉淀或超支。\n"
    )
    assert pairs(directions) == []
    # P257: numbered sub-headings of a history, their paragraphs not opening as definitions
    history = (
        "(1)原始社会的政府信息公开\n从古至今,人类社会一直在管理和利用信息。在原始社会,以氏族为单位的部落时期就存在着政府信息。\n"
        "(2)专制社会的政府信息公开\n在专制社会,农耕技术的发展推动了手工业、文字、印刷术和交通工具的进步,为政府信息公开奠定了基础。\n"
    )
    assert pairs(history) == []


def test_a_headword_set_off_by_commas_around_another_name_then_its_class():
    # P252: a formula sentence names the term first; the next sentence gives another name and the class
    text = (
        "工業增加值增速的計算方法為:工業增加值增長速度=(報告期工業增加值/基期(上期)工業增加值-1)×100%。"
        "工業增加值增長速度,即工業增長速度,是用來反映一定時期工業生產物量增減變動程度的指標。\n中國掃黃打非網\n"
    )
    assert topic(text) == [("工業增加值增長速度", "即工業增長速度,是用來反映一定時期工業生產物量增減變動程度的指標。")]
    # named once, or with no class after the other name, it is no topic (a report's 第一年,即一九五八年,…)
    assert topic("工業增加值增長速度,即工業增長速度,是用來反映一定時期工業生產物量增減變動程度的指標。\n") == []


def test_a_topic_definition_runs_up_to_the_next_headword_a_layout_read():
    # P209: a trade news site's paragraph; 據悉 and the topic's bare 是 naming its class (經濟), then Y指… sentences
    text = (
        "中化新網訊 國家統計局網站6日發布數據顯示,2020年我國“三新”經濟增加值相當于國內生產總值的比重為17.08%。\n"
        "分三次產業看,“三新”經濟中,第一產業增加值為7423億元。\n"
        "據悉,“三新”經濟是以新產業、新業態、新商業模式為核心內容的經濟活動的集合。新產業指應用新科技成果、新興技術而形成一定規模的新型經濟活動。"
        "新業態指順應多元化、多樣化、個性化的產品或服務需求,從現有產業和領域中衍生疊加出的新環節、新鏈條、新活動形態。\n"
    )
    assert ("“三新”經濟", "是以新產業、新業態、新商業模式為核心內容的經濟活動的集合。") in pairs(text)
    assert sorted(term for term, _ in pairs(text)) == sorted(["“三新”經濟", "新產業", "新業態"])


def test_cutting_run_in_clauses_stays_linear():
    import time

    def seconds(n: int) -> float:
        text = "资金是指(" + "按照规定,举措甲就是落实" * n + "。\n"
        began = time.process_time()
        extract_entries(text)
        return time.process_time() - began

    small, large = seconds(5_000), seconds(40_000)
    assert large < 20 * max(small, 0.01)  # ×8 text: linear, not quadratic


def test_a_plain_words_lead_in_sets_a_bare_headword_apart_before_jiushi():
    # P328: a commentary on 链长制, whose first paragraph explains it after 简单来说
    text = (
        "引言:链长制的兴起与核心逻辑\n"
        "在当前全球经济格局深刻变革的背景下,中国各地政府正在大力推行“链长制”,这是一种新型产业治理模式。简单来说,"
        "链长制就是由地方党政主要领导担任“链长”,聚焦特定产业链,统筹资源要素,精准施策,推动产业链上下游协同发展。"
        "它不是简单的行政命令。\n链长制的核心逻辑在于“精准抓产业”。\n"
    )
    assert pairs(text) == [
        ("链长制", "就是由地方党政主要领导担任“链长”,聚焦特定产业链,统筹资源要素,精准施策,推动产业链上下游协同发展。它不是简单的行政命令。")
    ]
    # without the lead-in, a bare headword before 就是 in running prose is no definition
    assert pairs(text.replace("简单来说,", "")) == []


def test_a_one_term_answer_runs_over_a_paragraph_restating_its_term_before_the_article_tail():
    # P333: a question page on 田长制; the second paragraph restates the term (田长制是指…) and lacks only its stop
    # before the page's tag line, so the page did not cut it
    first = "田长制是为了实施属地管理,分级保护、逐级负责,实现耕地保护责任全覆盖的工作体系,具有极其重要的意义。"
    second = "田长制是指为落实永久基本农田保护而建立的以村(社区)为单位的网格化管理机制,实现保护责任全覆盖"
    text = f"什么叫田长制\n\n尚之范 人气:2.47W\n什么叫田长制\n\n{first}\n\n{second}\n\nTAG标签:#田长制 #\n"
    assert [(t, re.sub(r"\s+", "", d)) for t, d in pairs(text)] == [("田长制", first[3:] + second)]
    # where the text ends inside the restating paragraph, the page cut it: the answer ends with its own paragraph
    assert pairs(text.split("\n\nTAG")[0]) == [("田长制", first[3:])]


def test_a_quoted_term_named_alone_then_defined_through_a_demonstrative():
    # P331: a news page on the sessions' hot words
    text = (
        "聚焦两会丨从“两会热词”中感受澎湃活力\n"
        "从“高质量发展”到“新质生产力”,国内外聚焦中国两会。\n"
        "  如“新质生产力”。这是有别于传统生产力,以科技创新为主,符合高质量发展要求的新型生产力,因此备受瞩目。\n"
        "  再如“回升向好”。国内生产总值超过126万亿元,增长5.2%。\n"
        "  “两会热词”集中反映了人民群众对两会的美好期盼。\n"
    )
    assert pairs(text) == [("“新质生产力”", "是有别于传统生产力,以科技创新为主,符合高质量发展要求的新型生产力,因此备受瞩目。")]
    # a demonstrative sentence naming another class (a role) defines nothing
    assert pairs(text.replace("有别于传统生产力,", "").replace("的新型生产力", "的重要动力")) == []


def test_where_a_word_comes_from_is_no_definition_of_it():
    # P310: a Hong Kong column; 首發經濟 is said to come from 首店經濟, and 首店 is defined after 顧名思義
    text = (
        "不局限於「首店」 「首發經濟」成內地城市消費升級引擎\n"
        "國際品牌落戶一線城市 揭「首店經濟」序幕\n"
        "首發經濟是從「首店經濟」引伸而來。首店顧名思義是指全國、全省或全市等首間門店。2005年不少國際品牌在內地發展。\n"
    )
    assert [t for t, _ in pairs(text)] == ["首店"]


def test_biaoshi_defines_after_an_adverb_of_usage_only():
    # P319: a note card on ultra-long special treasury bonds
    text = (
        "超长期,通常表示国债的发行期限不低于 10 年。\n中国以前曾发行过 10 年期、30 年期的国债。\n"
        "这次报告里提到的超长期特别国债可能 30 年甚至 50 年的。\n超长期特别国债里的“特别”,通常表示这种国债有某一类特定用途。\n"
    )
    assert pairs(text) == [("超长期", "通常表示国债的发行期限不低于 10 年。")]
    assert pairs(text.replace("通常表示", "表示")) == []


def test_a_field_prefix_before_a_quoted_term_and_two_connectives_before_jiushi():
    # P322: a news item; the field prefix 政务服务 is written with the quoted term
    text = (
        "13市23县区政务服务实现“跨域通办”\n"
        "本报讯 5月19日,23个县(区)行政审批机关共同签订了《政务服务“跨域通办”合作协议》。\n"
        "政务服务“跨域通办”是指群众办理政务服务事项的时候,可就近选择行政审批部门办理。此举打破了传统属地管理审批模式。\n"
    )
    assert pairs(text) == [("政务服务“跨域通办”", "是指群众办理政务服务事项的时候,可就近选择行政审批部门办理。此举打破了传统属地管理审批模式。")]
    # P307: 顾名思义 and 说白了 both before 就是; the next paragraph on what the term stresses is no part of it
    text = (
        "接诉即办——“有事您说话”\n"
        "而“接诉即办”这个词汇也开始出现在了大众视野。“接诉即办”顾名思义,说白了就是接到老百姓提出的诉求马上就去解决办理。"
        "别看这简简单单的四个字,却蕴含了决心和意志。\n"
        "“接诉即办”突出的是“肃进”。过去群众对于政府办事效率不满。\n"
    )
    assert pairs(text) == [("“接诉即办”", "就是接到老百姓提出的诉求马上就去解决办理。别看这简简单单的四个字,却蕴含了决心和意志。")]


def test_a_parent_ending_in_a_lead_in_colon_and_its_items_set_apart_by_blank_lines():
    # P320: a knowledge page (traditional characters) that lost the opening mark of 「三改一拆」; the parent ends with
    # its lead-in 該行動主要包括四個方面:, and each item below it, a paragraph of its own, is an entry
    items = [
        ("改造舊住宅區", "對老舊住宅區進行改造,以提升居民的居住環境和生活質量。"),
        ("改造舊廠區", "對老舊工業區進行改造,促進產業升級和城市功能區的最佳化。"),
        ("拆除違法建築", "對全省範圍內違反土地管理和城鄉規劃法律法規的違法建築進行拆除,以維護城鄉規劃建設的秩序和效率。"),
    ]
    parent = "是指在浙江省政府主導下,於2013年至2015年間在全省範圍內開展的一項綜合整治行動。該行動主要包括四個方面:"
    text = "勵志人生知識庫\n\n什麼是三改一拆\n\n三改一拆」" + parent + "\n\n" + "".join(f"{t}:{d}\n\n" for t, d in items)
    text += "這一行動旨在推進新型城市化、改善城鄉面貌。\n"
    assert pairs(text) == [("三改一拆", parent), *items]
    # a lead-in that announces no parts (…有以下兩方面區別:) keeps no items
    assert ("改造舊廠區", items[1][1]) not in pairs(text.replace("主要包括四個方面:", "與舊城改造有以下兩方面區別:"))


def test_a_straight_quoted_term_said_to_be_a_term_then_defined_and_restated_in_closing():
    # P311: a page in traditional characters with straight quotation marks; the parent says what kind of word the
    # term is before 指的是, ends in a lead-in with the pronoun 它, and the closing paragraph restates the term
    parent = "是一個中國大陸的術語,指的是在工業項目或者房地產項目開發中,對土地進行的基礎設施準備工作。具體來說,它包括以下四個方面:"
    closing = "就是指為項目開發提供必要的基礎設施和場地條件。這個術語通常用於描述新開發區域或者工業園、科技園等需要大規模基礎建設的區域。"
    text = (
        '三通一平意思\n"三通一平"' + parent + "\n"
        "- 通水:指水源能夠到達項目用地,包括飲用水和生活用水。\n- 通電:指電力供應能夠到達項目用地,保證項目的電力需求。\n"
        '簡而言之,"三通一平"' + closing + "\n"
    )
    assert pairs(text) == [
        ('"三通一平"', parent),
        ("通水", "指水源能夠到達項目用地,包括飲用水和生活用水。"),
        ("通電", "指電力供應能夠到達項目用地,保證項目的電力需求。"),
        ('"三通一平"', closing),
    ]
    # an article's introduction calling its term an important concept is no definition (the tune page P01)
    assert pairs("“放管服”是政府管理体制改革的一个重要概念,指的是简政放权、放管结合、优化服务。\n1. 简政放权:即简化政府机构和程序。\n")[0][0] == "简政放权"


def test_numbered_items_run_into_a_definition_after_its_lead_in():
    # P338: an encyclopedia card's 释义 cell
    text = (
        "词条 | 财政拨款 |\n类别 | 中文百科知识 |\n"
        "释义 | 财政拨款又称“预算拨款”。指财政机关按预算规定的数额、用途和程序向各用款单位或其主管部门拨付款项。有两种方式:"
        "1.划拨资金:财政机关按核定的拨款数额,开出拨款凭证,通知金库或银行将款项划转到申请用款单位的存款帐户上,供其使用或下拨;"
        "2.限额拨款:财政机关将核拨的各单位用款限额,通知银行和用款单位,各单位可在限额内从银行支用款项或下拨。 |\n"
    )
    assert pairs(text) == [
        ("财政拨款", "又称“预算拨款”。指财政机关按预算规定的数额、用途和程序向各用款单位或其主管部门拨付款项。有两种方式:"),
        ("划拨资金", "财政机关按核定的拨款数额,开出拨款凭证,通知金库或银行将款项划转到申请用款单位的存款帐户上,供其使用或下拨"),
        ("限额拨款", "财政机关将核拨的各单位用款限额,通知银行和用款单位,各单位可在限额内从银行支用款项或下拨。"),
    ]
    # a lead-in announcing steps of work, not kinds (主要做法是:), keeps its numbered points in the definition
    worked = pairs(text.replace("有两种方式:", "主要做法是:"))
    assert [t for t, _ in worked] == ["财政拨款"]


def test_a_hedge_before_a_term_placed_in_its_class_then_restated_by_ta():
    # P335: an article in a law journal; the definition sits in the middle of a paragraph after 一般而言,
    sentence = "党的建设是党的工作的属概念,又是党务工作的种概念,它是指党为保持自己的性质而从事的一系列自我完善的活动,不仅包括党务工作。"
    text = "党的十九届四中全会决定亦指出,要健全党的全面领导制度。一般而言," + sentence + "但为了因应新时代的新任务,我们对党建工作的认知也面临更新。\n"
    assert pairs(text) == [("党的建设", sentence[4:] + "但为了因应新时代的新任务,我们对党建工作的认知也面临更新。")]
    # another clause before the term (not a hedge) still names no term
    assert pairs(text.replace("一般而言,", "我们认为,")) == []

def test_a_one_term_answer_goes_on_over_paragraphs_naming_the_terms_class_or_aim():
    # P297: a knowledge page; the paragraphs after the answer restate the unquoted term with 是一種… and 的目的在於…
    text = (
        "什麼是政府信息公開\n\n"
        "政府信息公開是指行政機關在履行職責過程中製作或獲取的,以一定形式記錄、保存的信息,及時、準確地向社會公眾公開發布。\n\n"
        "政府信息公開是一種管理制度,要求國家行政機關以及法律、法規授權的組織,在行使國家行政管理職權的過程中,通過法定形式和程式,"
        "主動將政府信息向社會公眾公開,或依申請向特定的個人或組織公開。\n\n"
        "政府信息公開的目的在於保障公眾的知情權和監督權,促進政府行為的透明度和效率。\n"
    )
    ((term, definition),) = pairs(text)
    assert term == "政府信息公開"
    assert definition.startswith("是指行政機關") and definition.endswith("促進政府行為的透明度和效率。")
    # a status sentence on the term (as P267's 两个维护是…重大成果) is no part of its definition
    status = text.replace("是一種管理制度,要求", "是推進依法行政的重要成果,要求").replace("政府信息公開的目的在於", "此外,")
    assert pairs(status) == [("政府信息公開", "是指行政機關在履行職責過程中製作或獲取的,以一定形式記錄、保存的信息,及時、準確地向社會公眾公開發布。")]


def test_a_question_banks_statement_to_judge_gives_way_to_the_reference_answer():
    # P259: a true/false statement (a wrong definition), a date line, the label 参考答案: and the answer
    text = (
        "核心 CPI 一般是指剔除了食品和居住价格影响的 CPI 指数。\n\n2023-05-24\n\n\n\n参考答案:\n\n"
        "核心 CPI 指剔除变动剧烈的食品和能源价格后的其他商品及服务的价格指数。\n"
    )
    assert pairs(text) == [("核心 CPI", "指剔除变动剧烈的食品和能源价格后的其他商品及服务的价格指数。")]
    # a definition above the label of another term than the answer's stays
    other = text.replace("核心 CPI 一般是指剔除了食品和居住价格影响的 CPI 指数。", "生产者价格指数是指工业生产者出厂价格的变动。")
    assert [t for t, _ in pairs(other)] == ["生产者价格指数", "核心 CPI"]


# --- twenty-second round (dev-21, dev-18, dev-19) ---------------------------------------------------


def test_a_numbered_item_headword_sentence_then_this_is():
    # 164: `N.X。这是…` / `(n)X。这是指…`: the item's headword as a sentence, the demonstrative 这 left out
    text = (
        "1.国有资本经营预算收入。这是国有资产管理部门以国有资产出资人身份,对经营性国有资产进行投资经营和产权运作所产生的收益,"
        "主要包括国有资产收益收入、公共预算转入收入、债务性收入和其他收入四个方面。\n"
        "(2)公共预算转入收入。这是指公共预算中安排的用于国有企业的各项专项资金,包括公共预算结余收入转入、亏损补贴、财政贴息收入、专项投资或其他转移收入等。\n"
    )
    assert [(t, d[:8]) for t, d in pairs(text)] == [("国有资本经营预算收入", "是国有资产管理部"), ("公共预算转入收入", "是指公共预算中安")]
    # a report's numbered task heading followed by its role (CPC congress report 2012) is no entry
    report = (
        "(一)推进经济结构战略性调整。这是加快转变经济发展方式的主攻方向。必须以改善需求结构、优化产业结构为重点。\n"
        "(二)全面提高公民道德素质。这是社会主义道德建设的基本任务。要坚持依法治国和以德治国相结合。\n"
    )
    assert pairs(report) == []


def test_circled_items_run_into_their_lead_in_line():
    # 164: `(1)X。具体包括:①Y,即…;…;②Z,即…;③W,包括…;④V,例如,…。`: each explained item is an entry, up to its ;
    text = (
        "(1)国有资产收益收入。具体包括:①上缴利润收入,即政府授权的投资部门或机构以国有资产投资形成的收益应当上缴的部分;国有独资或全资企业应当上缴的利润;"
        "②国家股红利、股息收入,即公司制企业中按国有资本出资比例应当分得的股息和红利收入等;"
        "③国有资产转让收入,包括国有独资企业产权转让收入,以及公司制企业中国有股权转让收入;"
        "④其他法定收入,例如,非国有企业占用国有资产应上缴的占用费收入等。\n"
    )
    assert pairs(text) == [
        ("上缴利润收入", "即政府授权的投资部门或机构以国有资产投资形成的收益应当上缴的部分;国有独资或全资企业应当上缴的利润"),
        ("国家股红利、股息收入", "即公司制企业中按国有资本出资比例应当分得的股息和红利收入等"),
        ("国有资产转让收入", "包括国有独资企业产权转让收入,以及公司制企业中国有股权转让收入"),
    ]
    # circled criteria inside a colon entry's definition are not split off (no lead-in announcing items)
    colon = "指标解释:\n社会消费品零售总额中限上企业:批发和零售业统计限额标准:①批发业:年主营业务收入2000万元及以上;②零售业:年主营业务收入500万元及以上。\n"
    assert [t for t, _ in pairs(colon)] == ["社会消费品零售总额中限上企业"]


def test_a_comparison_lead_before_the_pages_term():
    # 165: `答:相比“A“,“X”更加…,特指…`: the comparison and the comparative clause are left out
    text = (
        "答:相比“非农化“,“非粮化”更加严格地细化了粮食种植的政策,特指小麦、水稻和玉米这三大主粮以外的种植,也就是说土地在确保这几大主粮的种植面积后,"
        "才能种植棉花、大豆、花生或其他杂粮和经济作物。\n“非粮化”具体表现为:\n1、大规模流转耕地不种粮食。\n"
    )
    assert pairs(text) == [("“非粮化”", text[text.index("特指") : text.index("\n")])]
    # a comparative clause without a comparison lead before it defines nothing
    assert "“非粮化”" not in [t for t, _ in pairs(text.replace("答:相比“非农化“,", "答:"))]
    # P350: the page's lead sentence, after a comparison, names its class by the term's own head word
    lead = (
        "相比传统的农村集体经济,新型农村集体经济是基于农村集体产权制度改革后的集体经济组织,多种经营模式的一种新型的经济形式。各地积极探索有效实现形式。\n"
        "产业主导,推动当地特色产业发展。有些地区以农业发展为核心,增加集体收入。\n"
    )
    assert pairs(lead) == [("新型农村集体经济", lead[lead.index("是基于") : lead.index("\n")])]


def test_the_lead_sentence_of_a_card_naming_the_terms_class():
    # P346: one line `X是…的先进生产力质态。` (the term's head word 生产力 in its class), then label lines
    text = (
        "新质生产力是创新起主导作用,摆脱传统经济增长方式、生产力发展路径,具有高科技、高效能、高质量特征,符合新发展理念的先进生产力质态。\n"
        "基本内涵:劳动者、劳动资料、劳动对象及其优化组合的跃升\n核心标志:全要素生产率大幅提升\n"
    )
    assert pairs(text)[:1] == [("新质生产力", text[5 : text.index("\n")])]
    # a lead sentence naming another noun (a role or status) is none
    assert pairs("民族团结是各族人民的生命线。各族人民要像石榴籽一样紧紧抱在一起。\n") == []
    # P366: after it, quoted parts written `“Y”是:…;` are entries each, the ; left out
    system = (
        "“三会一课”制度是党的组织生活的基本制度,是党的基层支部应该长期坚持的重要制度。"
        "“三会”是:定期召开支部党员大会、支委会、党小组会;“一课”是:按时上好党课。\n"
    )
    assert pairs(system) == [
        ("“三会一课”制度", "是党的组织生活的基本制度,是党的基层支部应该长期坚持的重要制度。"),
        ("“三会”", "是:定期召开支部党员大会、支委会、党小组会"),
        ("“一课”", "是:按时上好党课。"),
    ]


def test_a_definition_label_line_names_its_own_term():
    # P365: `定义 :“X”是…` under a headword line; P377: `定义:X是指…` under a heading, the next label line (特点:) its aspect
    text = (
        "一、“三会一课”与主题党日的定义、目的\n“三会一课” :\n"
        "定义 :“三会一课”是党的组织生活的基本制度,包括定期召开党支部党员大会、党支部委员会会议、党小组会,以及按时上好党课。\n"
        "目的 :加强党员的教育管理,提高党员的政治觉悟和组织纪律性,确保党的路线方针政策在基层得到贯彻执行。\n主题党日 :\n"
        "定义 :主题党日是开展党的组织生活的综合平台,是加强党员日常教育管理的基本依托。\n"
        "目的 :通过组织党员集中学习、过组织生活、进行民主议事和志愿服务等活动,增强党员的党性观念和责任感,提升党组织的凝聚力和战斗力。\n"
        "二、“三会一课”与主题党日的内容与开展方式\n“三会一课”的内容与开展方式 :\n"
        "党支部党员大会 :每季度至少召开一次,主要讨论和决定党支部的重要事项,如选举、接收新党员等。\n"
    )
    assert pairs(text)[:2] == [
        ("“三会一课”", "是党的组织生活的基本制度,包括定期召开党支部党员大会、党支部委员会会议、党小组会,以及按时上好党课。"),
        ("主题党日", "是开展党的组织生活的综合平台,是加强党员日常教育管理的基本依托。"),
    ]
    # (the article's lines: two restated definitions, the heading 定义与特点 with its label lines, the types, 管理与社保)
    heading = (
        "灵活就业人员指的是未与单位建立劳动关系,但从事个体劳动的就业人员,包括个体工商户、自由职业者及平台从业者。\n"
        "灵活就业人员是指那些在劳动时间、收入报酬、工作场所、保险福利、劳动关系等方面不同于传统主流就业方式的人群,这类人员通常未与单位建立正式的劳动关系,而是从事个体劳动或临时性、阶段性工作,以下是对灵活就业人员的详细介绍:\n"
        "定义与特点\n"
        "定义:灵活就业人员是指在劳动时间、收入报酬、工作场所、保险福利、劳动关系等方面不同于建立在工业化和现代企业制度基础上的主流就业方式的各种就业形式的总称。\n"
        "特点:灵活就业的主要特点是工作时间灵活、收入不稳定、劳动关系非正规化等,这种就业形式使得劳动者可以更加自由地安排自己的工作和生活,但同时也面临着缺乏稳定收入和社会保障的风险。\n"
        "类型\n"
        "灵活就业人员主要包括以下几类:\n"
        "1、自营劳动者:包括自我雇佣者(自谋职业)和以个人身份从事职业活动的自由职业者,如自由撰稿人、自媒体从业者、设计师、艺术家等。\n"
        "2、家庭帮工:帮助家庭成员从事生产经营活动的人员。\n"
        "3、其他灵活就业人员:主要指非全时工、季节工、劳务承包工、劳务派遣工、家庭小时工等一般劳动者,如外卖员、网约车司机、主播等。\n"
        "管理与社保\n"
        "管理方式:街道(乡镇)、社区劳动保障工作机构应加强对灵活就业人员的管理,协调有关方面为灵活就业人员解决具体困难,并对其工作进行经常性检查和指导。\n"
    )
    assert ("灵活就业人员", "是指在劳动时间、收入报酬、工作场所、保险福利、劳动关系等方面不同于建立在工业化和现代企业制度基础上的主流就业方式的各种就业形式的总称。") in pairs(heading)
    # a headword's own label 定义 with no restated term keeps the headword
    from policyterms.mining.extract_layouts.general import normalise_headword
    assert normalise_headword("统计", "定义:对数据的搜集、整理和分析。") == ("统计", "定义:对数据的搜集、整理和分析。")


def test_a_forum_byline_with_a_time_stamp_is_no_entry():
    # P354: a question-and-answer page's poster and answerer lines
    from policyterms.mining.extract_layouts.general import normalise_headword
    assert normalise_headword("发布网友", "发布时间:2022-04-2304:11") is None
    assert normalise_headword("热心网友", "时间:2023-10-14 09:59") is None
    assert normalise_headword("统计年度", "指1月1日至12月31日。") == ("统计年度", "指1月1日至12月31日。")


def test_so_called_opens_a_second_definition_in_a_paragraph():
    # P354: `所谓X,是指…。所谓Y,就是通常所说的“封顶线”,是指…。超出Y以上的…,则…不予支付。`
    text = (
        "所谓基本医疗保险统筹基金的起付标准,是指在统筹基金支付范围内,参保人按规定须先自付的医疗费用数额,也就是通常所说的统筹基金支付的“门槛”。"
        "所谓统筹基金的最高支付限额,就是通常所说的“封顶线”,是指由统筹基金所能支付的医疗费用上限。超出最高支付限额以上的医疗费用,则基本医疗保险不予支付。\n"
    )
    assert pairs(text) == [
        ("基本医疗保险统筹基金的起付标准", "是指在统筹基金支付范围内,参保人按规定须先自付的医疗费用数额,也就是通常所说的统筹基金支付的“门槛”。"),
        ("统筹基金的最高支付限额", "就是通常所说的“封顶线”,是指由统筹基金所能支付的医疗费用上限。超出最高支付限额以上的医疗费用,则基本医疗保险不予支付。"),
    ]
    # a remark not naming the framed term again stays out of it
    other = text.replace("超出最高支付限额以上的医疗费用", "超出部分")
    assert pairs(other)[1][1] == "就是通常所说的“封顶线”,是指由统筹基金所能支付的医疗费用上限。"


def test_an_adverb_of_usage_then_zhi_and_a_duties_paragraph():
    # P376: `X,通常指…平台。…` then a paragraph `X的主要职责是…` going on about it; `从性质上讲,X属于…` does not
    text = (
        "政务中心,通常指政府为方便民众和企业办理各类行政事务而设立的综合服务平台。它是一个具有公共服务性质的机构。政务中心的成立体现了政府的服务理念。\n"
        "政务中心的主要职责是集中受理和办理与群众生活密切相关的行政审批事项和服务项目。例如,工商注册等业务都可以在这里一站式完成。\n"
        "从性质上讲,政务中心属于事业单位序列,但其运作方式更接近于市场化管理。\n"
    )
    ((term, definition),) = pairs(text)
    assert term == "政务中心" and definition.startswith("通常指") and definition.endswith("一站式完成。")
    # 指 with no adverb before it is no marker here (他指出…, a report of speech)
    assert pairs("政务中心指出,今年办件量增长三成。政务中心将继续优化流程。政务中心还将开设夜间窗口。\n") == []


# --- the rules of the twenty-third round on the prose of reports and news: no entries ----------------------------------


def test_a_numbered_task_then_this_is_a_verdict_is_no_entry():
    # a report's numbered task or figure, then 这是 and a verdict on it (a feature, a record, the first concern)
    report = (
        "(三)扎实推进共同富裕。这是中国式现代化的重要特征,必须坚持在高质量发展中促进共同富裕。\n"
        "(四)全年粮食产量。这是近十年来的最高水平,达到6.9亿吨。\n"
        "(五)稳就业。这是最大的民生。\n"
    )
    assert pairs(report) == []


def test_so_called_and_a_bare_shi_in_running_prose_is_a_verdict():
    # 所谓 opening a later sentence of a paragraph, then 是 giving a verdict on a so-called thing
    for text in (
        "会议强调,要坚决破除形式主义、官僚主义。所谓“新官不理旧账”,是一些地方政府失信的典型表现,必须坚决纠正。\n",
        "据报道,该市查处了一批违规项目。所谓“半拉子工程”,是群众反映强烈的顽疾,下一步将开展专项整治。\n",
        "群众反映,一些部门办事难。所谓门难进、脸难看、事难办,是少数干部作风不实的表现。\n",
    ):
        assert pairs(text) == [], text
    # with 就是 it explains the word (P354's 所谓Y,就是通常所说的“封顶线”,… is kept by the test above)
    assert pairs("上级部门印发了试点方案。所谓试点,就是先行先试、积累经验。\n") == [("试点", "就是先行先试、积累经验。")]


def test_a_numbered_item_with_a_date_after_ji_is_no_entry():
    # ①次年,即2021年,…: 即 gives a date, no definition
    text = "①次年,即2021年,全区新增就业岗位两万个。\n②同年,即2022年,全区新增企业三千户。\n"
    assert pairs(text) == []
    plan = "(1)主要任务。具体包括:①第一季度,即1月至3月,完成项目立项;②第二季度,即4月至6月,开工建设。\n"
    assert pairs(plan) == []


def test_an_adverb_then_a_word_opening_with_zhi_is_no_marker():
    # 一般指向 / 通常指定 / 一般指望: words opening with 指, not 指 defining
    for text in (
        "乡村振兴一线调查\n乡村振兴,一般指向产业、人才、文化、生态、组织五个方面。乡村振兴要久久为功。乡村振兴离不开人才。\n",
        "城市更新行动推进会召开\n城市更新,通常指定在每年三月启动。城市更新项目今年达到50个。城市更新投资超百亿元。\n",
        "社区团购调查\n社区团购,一般指望通过低价吸引用户。社区团购竞争激烈。社区团购监管加强。\n",
    ):
        assert pairs(text) == [], text


def test_a_comparison_with_a_period_or_a_place_before_the_lead_is_no_frame():
    # 相比上半年 / 相比其他地区: a comparison giving the term's standing, not setting it beside a thing of its kind
    for text in (
        "相比上半年,民营经济是全市经济增长的主要力量,贡献率超过六成。民营经济的活力不断增强。民营经济企业数量达到12万户。\n",
        "相比其他地区,新型农村集体经济是我县发展得最好的经济形式。新型农村集体经济带动了农民增收。新型农村集体经济今年收入增长两成。\n",
    ):
        assert pairs(text) == [], text


# Changes of the twenty-fourth round (dev-23)


def test_label_items_under_a_heading_naming_duties_methods_or_uses_are_points():
    # 一、X的主要职责 / 1. A:…; 二、X的构建方法 / 1. A:…; 重要性体现在: / • A:… (P426, P429, P425): points, no entries
    duties = (
        "【统计局是干什么的】在日常生活中,我们经常会听到“统计局”这个词。实际上,统计局是一个重要的国家机构,负责收集、整理和发布各类经济和社会数据。\n"
        "一、统计局的主要职责\n"
        "1. 统计调查:开展各类统计调查工作,包括人口普查、经济普查、农业普查等。\n"
        "2. 数据采集与处理:通过多种方式获取数据,并进行分类、汇总和分析。\n"
        "3. 数据发布:定期发布国民经济和社会发展的统计数据,如GDP、CPI、PPI等。\n"
    )
    assert not {"统计调查", "数据采集与处理", "数据发布"} & {term for term, _ in pairs(duties)}
    methods = (
        "二、政务服务知识图谱的构建方法\n"
        "1. 数采:首先需要对政务数据进行采集,包括各类政策法规、办事指南、业务流程等信息。\n"
        "2. 数据清洗与融合:对采集到的数据进行清洗,去除重复、错误、不完整等无效信息。\n"
    )
    with pytest.raises(InputError):
        extract_entries(methods)
    roles = (
        "一、知识下基层的内涵与重要性\n\n"
        "知识下基层是指将政府、企业、高校、科研机构等领域的专业知识,系统性地传递到基层社区、乡村和街道,提升基层治理的科学性和效率。\n\n"
        "重要性体现在:\n\n"
        "  • 提升政策执行力:基层干部和群众通过获取专业知识,能更准确理解政策意图,减少执行偏差。\n"
        "  • 增强治理能力:引入数据分析、智能工具等,帮助基层从经验型治理转向数据驱动型治理。\n"
    )
    assert [term for term, _ in pairs(roles)] == ["知识下基层"]
    # under a heading naming kinds, the items are entries
    kinds = "三、主要类型\n1. 粮食生产:包括稻谷、小麦、玉米等主要粮食作物的种植。\n2. 畜牧业:包括猪、牛、羊等家畜和鸡、鸭、鹅等家禽的饲养。\n"
    assert [term for term, _ in pairs(kinds)] == ["粮食生产", "畜牧业"]


def test_label_items_speaking_of_the_pages_term_are_its_aspects():
    # 政策:指… / - 词源:政策一词源自… / - 演变:在古代,政策更多指… (P430): aspects of 政策, no entries
    page = (
        "政策\n\n政策的意思\n基本定义\n"
        "政策:指政府、政党或其他组织为了实现特定目标而制定的行动方针和计划。它通常涉及法律、规章、条例、指令等形式的正式文件,用以指导和规范社会行为。\n"
        "语境分析\n"
        "- 文学:在文学作品中,政策可能被用来描绘社会背景或政治环境,如“政府的土地政策导致了农民的抗议”。\n"
        "- 专业领域:在政治学、经济学、公共管理等领域,政策是核心概念,涉及政策的制定、执行和评估。\n"
        "词源与演变\n"
        "- 词源:政策一词源自希腊语的“polis”(城市)和“tikos”(与...有关的),后来演变成拉丁语的“politicus”。\n"
        "- 演变:在古代,政策更多指政治策略,随着社会发展,其含义扩展到包括经济、社会等各领域的行动方针。\n"
    )
    assert [term for term, _ in pairs(page)] == ["政策"]
    # 概念:农村是指… / 分类:…,农村可以分为… / 传统农业技术:如… / 家庭结构:以家庭为单位… (P432)
    points = (
        "1.1 农村的概念与分类\n\n"
        "  • 概念:农村是指以农业生产为主要经济活动,人口居住相对分散,基础设施相对薄弱的区域。\n"
        "  • 分类:根据经济发展水平、地理位置、自然环境等因素,农村可以分为平原农业区、山区农业区、丘陵农业区等。\n\n"
        "1.2 农村人口与劳动力\n\n"
        "  • 人口结构:农村人口主要包括农业劳动者、农村居民以及其他非农业人口。\n\n"
        "2.2 农业生产技术\n\n"
        "  • 传统农业技术:如耕作、播种、施肥、灌溉等。\n"
        "  • 现代农业技术:如转基因技术、精准农业、设施农业等。\n\n"
        "4.1 农村社会结构\n\n"
        "  • 家庭结构:以家庭为单位的生产和生活单位。\n"
        "  • 社会组织:如村委会、村民合作社等。\n"
    )
    assert pairs(points) == [
        ("农村", "是指以农业生产为主要经济活动,人口居住相对分散,基础设施相对薄弱的区域。"),
        ("家庭结构", "以家庭为单位的生产和生活单位。"),
    ]
    # a part the topic includes is an entry (城市更新还包括…, dev-21), and so is a sibling term of a glossary
    parts = (
        "城市更新是指对城市中已经不适应现代化城市社会生活的地区作必要的、有计划的改建活动。城市更新主要包括以下方面:\n"
        "城市环境整治:城市更新还包括对城市的环境问题进行整治,如垃圾处理、空气质量和水质量等问题。\n"
        "城市功能优化:城市更新还包括对城市的公共场所、商业区、文化休闲区、医疗设施等进行改造和提升。\n"
    )
    assert {"城市环境整治", "城市功能优化"} <= {term for term, _ in pairs(parts)}
    glossary = (
        "一般公共预算:是对以税收为主体的财政收入,安排用于保障和改善民生等方面的收支预算。\n"
        "一般公共预算收入:指一般公共预算中的税收收入和非税收入。\n"
        "财政拨款收入:指本年度从本级财政部门取得的一般公共预算财政拨款。\n"
        "上年结转:指以前年度尚未完成、结转到本年按有关规定继续使用的一般公共预算资金。\n"
    )
    assert len(pairs(glossary)) == 4


def test_a_parent_naming_its_parts_before_its_run_in_items_and_a_clause_defining_the_head():
    # 178: …规定,“三公”经费包括A、B和C。(1)A,指…。(2)…(3)X,指…支出,Y指…(Y the head of X)
    note = (
        "说明:1、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。"
        "(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。"
        "(2)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。"
        "(3)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,"
        "公务用车指用于履行公务的机动车辆,包括一般公务用车和执法执勤用车。 | ||||\n"
    )
    assert pairs(note) == [
        ("“三公”经费", "包括因公出国(境)费、公务用车购置及运行费和公务接待费。"),
        ("因公出国(境)费", "指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。"),
        ("公务接待费", "指单位按规定开支的各类公务接待(含外宾接待)支出。"),
        ("公务用车购置及运行费", "指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出"),
        ("公务用车", "指用于履行公务的机动车辆,包括一般公务用车和执法执勤用车。"),
    ]
    # a sentence naming parts that the items do not define is no parent; a clause on another word stays inside
    other = (
        "说明:全年工作包括调研、培训和督查。"
        "(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费等支出,出国团组指经批准的团组。"
        "(2)公务接待费,指单位按规定开支的各类公务接待支出。\n"
    )
    assert [term for term, _ in pairs(other)] == ["因公出国(境)费", "公务接待费"]


def test_a_sentence_defining_the_headwords_head_after_its_definition_is_an_entry():
    # 183: 【农业机械总动力】是指…之和。农业机械是指…: the next sentence defines the head 农业机械, a term of its own
    page = (
        "【农业机械总动力】是指全部农业机械的额定功率之和。农业机械是指用于种植业、畜牧业、渔业、农产品初加工、农用运输和农田基本建设等"
        "活动的机械及设备。\n\n"
        "【农作物播种面积】是指实际播种或移植有农作物的面积。凡是实际种植有农作物的面积,不论种植在耕地上还是种植在非耕地上,均包括在农作物播种面积中。\n"
    )
    assert pairs(page)[:2] == [
        ("农业机械总动力", "是指全部农业机械的额定功率之和。"),
        ("农业机械", "是指用于种植业、畜牧业、渔业、农产品初加工、农用运输和农田基本建设等活动的机械及设备。"),
    ]
    # a later sentence on the headword itself, or on a word that is not its head, stays inside
    assert [term for term, _ in pairs(page)] == ["农业机械总动力", "农业机械", "农作物播种面积"]
    other = page.replace("农业机械是指", "农机具是指")
    assert [term for term, _ in pairs(other)] == ["农业机械总动力", "农作物播种面积"]


def test_a_paragraph_weighing_its_subject_answers_no_question():
    # 179: 什么是“五经普”? / 经济普查是一项重大的国情国力调查,…: its standing, no definition
    page = (
        "什么是“五经普”?\n\n"
        "经济普查是一项重大的国情国力调查,与人口普查、农业普查组成三大周期性全国普查项目。\n\n"
        "根据《全国经济普查条例》规定,经济普查每五年进行一次,分别在逢3、逢8的年份实施。2022年11月,国务院印发《关于开展第五次全国经济普查的通知》,"
        "决定于2023年开展第五次全国经济普查,简称“五经普”。"
    )
    assert pairs(page) == []
    # an answer that defines is kept
    answer = "什么是经济普查?\n\n经济普查是指对全部法人单位、产业活动单位和个体经营户进行的全面调查。\n"
    assert pairs(answer) == [("经济普查", "是指对全部法人单位、产业活动单位和个体经营户进行的全面调查。")]


# The twenty-fourth round's changes, tried on pages they should leave alone


def test_label_items_naming_a_kind_or_the_full_name_of_the_pages_term_are_entries():
    # 社会保险:社会保障的核心内容,是指…: a kind of the topic, then its definition — an entry, not an aspect
    kinds = (
        "社会保障\n\n"
        "社会保障:是指国家通过立法,积极动员社会各方面资源,保证无收入、低收入以及遭受各种意外灾害的公民能够维持生存,"
        "保障劳动者在年老、失业、患病、工伤、生育时的基本生活不受影响的制度。\n\n"
        "社会保障的主要内容\n\n"
        "- 社会保险:社会保障的核心内容,是指国家通过立法建立的、对劳动者在其生、老、病、死、伤、残、失业以及发生其他生活困难时给予物质帮助的制度。\n"
        "- 社会救助:社会保障的最低层次,是指国家和社会对由于各种原因陷入生存困境的公民给予财物接济和生活扶助的制度。\n"
        "- 社会福利:社会保障的最高层次,是指国家和社会为增进全体社会成员的福利而提供的设施和服务。\n"
    )
    assert [term for term, _ in pairs(kinds)] == ["社会保障", "社会保险", "社会救助", "社会福利"]
    # 缴存基数:住房公积金缴存基数是指…: the gloss restates the label's full name
    full_names = (
        "住房公积金常用名词解释\n\n"
        "住房公积金:是指国家机关、国有企业、城镇集体企业、外商投资企业、城镇私营企业及其他城镇企业、事业单位、民办非企业单位、"
        "社会团体及其在职职工缴存的长期住房储金。\n\n"
        "1. 缴存基数:住房公积金缴存基数是指职工本人上一年度月平均工资。\n"
        "2. 缴存比例:住房公积金缴存比例是指职工和单位住房公积金缴存额占职工上一年度月平均工资的比例。\n"
        "3. 月缴存额:住房公积金月缴存额是指职工个人月缴存额与单位为其月缴存额之和。\n"
    )
    assert pairs(full_names)[1:] == [
        ("缴存基数", "住房公积金缴存基数是指职工本人上一年度月平均工资。"),
        ("缴存比例", "住房公积金缴存比例是指职工和单位住房公积金缴存额占职工上一年度月平均工资的比例。"),
        ("月缴存额", "住房公积金月缴存额是指职工个人月缴存额与单位为其月缴存额之和。"),
    ]
    # but a label naming the aspect the gloss gives of the topic stays an aspect (内涵:政策的内涵,指…)
    aspects = (
        "政策\n\n"
        "政策:指政府、政党或其他组织为了实现特定目标而制定的行动方针和计划。它通常涉及法律、规章、条例、指令等形式的正式文件。\n"
        "- 内涵:政策的内涵,指国家或政党为实现一定历史时期的路线和任务而规定的行动准则。\n"
        "- 本质:政策的本质,是指统治阶级意志的集中体现。\n"
        "- 本义:政策本义是谋略、策略,后来演变为治理国家的方针。\n"
    )
    assert [term for term, _ in pairs(aspects)] == ["政策"]


def test_label_items_defining_their_label_under_a_heading_of_methods_or_uses_are_entries():
    # 一、统计调查方法 / 1. 普查:是指…: kinds of methods, each defined — a glossary's entries, not points
    methods = (
        "统计知识小课堂\n\n"
        "一、统计调查方法\n"
        "1. 普查:是指为了某种特定的目的而专门组织的一次性的全面调查,如人口普查、经济普查、农业普查。\n"
        "2. 抽样调查:是指从调查对象的总体中随机抽取一部分单位作为样本进行调查,并据以对总体作出估计和推断的一种调查方法。\n"
        "3. 重点调查:是指在调查对象中选择一部分重点单位进行的非全面调查。\n\n"
        "二、常用统计指标\n"
        "1. 城镇调查失业率:是指通过劳动力调查取得的城镇失业人口占城镇劳动力的比例。\n"
    )
    assert [term for term, _ in pairs(methods)] == ["普查", "抽样调查", "重点调查", "城镇调查失业率"]
    uses = (
        "数字经济名词解释\n"
        "一、数字技术应用\n"
        "(一)工业互联网:是指新一代信息通信技术与工业经济深度融合的新型基础设施、应用模式和工业生态。\n"
        "(二)智能制造:是指基于新一代信息通信技术与先进制造技术深度融合,贯穿于设计、生产、管理、服务等制造活动各个环节的新型生产方式。\n"
        "二、数据要素\n"
        "(一)数据要素:是指参与到社会生产经营活动、为使用者或所有者带来经济效益的数据资源。\n"
    )
    assert [term for term, _ in pairs(uses)] == ["工业互联网", "智能制造", "数据要素"]


def test_a_concept_label_before_an_adverb_names_no_term():
    # • 概念:主要是指… / 概念:指的是… / 概念:通常指…: no term follows the label, so the adverb is no headword
    for body in ("主要是指", "指的是", "通常指", "一般是指"):
        page = (
            "新质生产力\n\n新质生产力的概念与特征\n\n"
            f"• 概念:{body}以科技创新为主导,摆脱传统经济增长方式、生产力发展路径,具有高科技、高效能、高质量特征的先进生产力质态。\n"
            "• 特征:新质生产力以全要素生产率大幅提升为核心标志。\n"
        )
        assert not {"主要", "指的", "通常", "一般"} & {term for term, _ in pairs(page)}, body


def test_a_meaning_label_before_an_adverb_defines_the_term_its_heading_names():
    # 一、乡村振兴的含义 / 含义:通常指…: the label and the adverb name no term; the heading above names it
    body = "通过产业振兴、人才振兴、文化振兴、生态振兴、组织振兴,推动农业全面升级、农村全面进步、农民全面发展。"
    for label, adverb in (("含义", "通常指"), ("含义", "一般是指"), ("定义", "主要指"), ("含义", "往往指"), ("• 概念", "主要是指")):
        page = f"乡村振兴战略解读\n\n一、乡村振兴的含义\n{label}:{adverb}{body}\n二、乡村振兴的意义\n乡村振兴是实现共同富裕的必然要求。\n"
        assert pairs(page) == [("乡村振兴", adverb + body)], (label, adverb)
        assert all(e.quote in page for e in extract_entries(page))
    # the same under the heading's traditional characters
    page = "鄉村振興戰略解讀\n\n一、鄉村振興的含義\n含義:通常指通過產業振興、人才振興、文化振興,推動農業全面升級。\n"
    assert pairs(page) == [("鄉村振興", "通常指通過產業振興、人才振興、文化振興,推動農業全面升級。")]
    # 乡村振兴 (a headword line) / 定义:往往指…: the headword is the term, the label left out
    page = "乡村振兴战略解读\n\n一、乡村振兴的含义\n定义:往往指" + body + "\n"
    assert [term for term, _ in pairs(page)] == ["乡村振兴"]


def test_a_meaning_label_before_an_adverb_without_a_heading_naming_the_term_gives_nothing():
    # • 含义:一般是指… under a title that names no meaning: the adverb is no term, and nothing names one
    page = (
        "乡村振兴战略解读\n\n"
        "• 含义:一般是指通过产业振兴、人才振兴、文化振兴、生态振兴、组织振兴,推动农业全面升级、农村全面进步、农民全面发展。\n"
        "• 背景:乡村振兴是实现共同富裕的必然要求。\n"
    )
    assert not {"一般", "含义", "乡村振兴战略解读"} & {term for term, _ in pairs(page)}


def test_a_label_naming_its_own_term_keeps_it_under_a_meaning_heading():
    # counter-test: 概念:农村是指… (P432) names its term; a heading X的含义 above changes nothing
    page = (
        "农村的基本知识\n\n"
        "1.1 农村的定义\n"
        "  • 概念:农村是指以农业生产为主要经济活动,人口居住相对分散,基础设施相对薄弱的区域。\n"
        "  • 分类:根据地理位置、经济发展水平等因素,农村可以分为平原农村、山区农村、丘陵农村等。\n"
    )
    assert ("农村", "是指以农业生产为主要经济活动,人口居住相对分散,基础设施相对薄弱的区域。") in pairs(page)
    # an adverb opening a sentence inside a paragraph is no label's: the heading's paragraph is read whole, as before
    paragraph = "我们要全面推进乡村振兴。通常指标完成较好,主要指标均超额完成。"
    assert pairs("一、乡村振兴的含义\n" + paragraph + "\n") == [("乡村振兴", paragraph)]
    # a label under a heading announcing no meaning (X的意义) takes no term from it
    page = "一、乡村振兴的意义\n含义:通常指通过产业振兴、人才振兴、文化振兴,推动农业全面升级。\n"
    assert not {"乡村振兴", "通常", "含义"} & {term for term, _ in pairs(page)}


def test_a_sentence_of_a_years_or_the_aboves_parts_is_no_parent():
    # 说明:上述支出包括A和B。(1)A,指…: 上述支出, 今年支出, 2023年支出 are no terms
    items = (
        "(1)基本支出,指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"
        "(2)项目支出,指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n"
    )
    for lead in ("说明:上述支出包括基本支出和项目支出。", "说明:2023年支出包括基本支出和项目支出。", "名词解释:今年支出主要包括基本支出和项目支出。"):
        assert [term for term, _ in pairs(lead + items)] == ["基本支出", "项目支出"], lead


def test_a_paragraph_weighing_its_subject_then_defining_it_is_a_definition():
    # 湾长制是一项重要的海洋管理制度,指…: the weighing clause runs into the definition
    glossary = (
        "生态文明建设名词解释\n\n"
        "林长制\n"
        "林长制是指按照“分级负责”原则,构建省、市、县、乡、村等各级林长体系,保护发展森林草原资源的制度。\n\n"
        "湾长制\n"
        "湾长制是一项重要的海洋管理制度,指以党政领导负责制为核心,构建责任明确、协调有序、监管严格、保护有力的海湾管理机制。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["林长制", "湾长制"]
    page = (
        "湾长制\n\n"
        "湾长制是一项重要的海洋管理制度,指以党政领导负责制为核心,构建责任明确、协调有序、监管严格、保护有力的海湾管理机制。"
        "2017年,原国家海洋局印发《关于开展“湾长制”试点工作的指导意见》。湾长制试点在河北秦皇岛等地开展。\n"
    )
    assert [term for term, _ in pairs(page)] == ["湾长制"]


# --- one-term reference pages -----------------------------------------------------------------------


def test_an_encyclopedia_lead_defines_the_title_term_with_its_other_names():
    # P417: the title, a subtitle, then `X,或稱A…,部分人士稱B[1],是指…`: the other names open the definition
    page = (
        "海峽兩岸關係\n\n台湾与中国大陆之互动关系\n\n"
        "海峽兩岸關係,或稱台灣海峽兩岸關係兩岸關係臺海關係,部分人士稱陸臺關係中台關係[1],是指位於臺灣海峽東西兩側的臺灣以及中國大陸之間的關係[註 2];"
        "在現狀下,主要指稱位於臺澎金馬中華民國、以及位於中國大陸的中華人民共和國之間的關係。\n\n"
        "海峽兩岸關係\n雙方在世界的位置\n"
    )
    assert pairs(page) == [
        (
            "海峽兩岸關係",
            "或稱台灣海峽兩岸關係兩岸關係臺海關係,部分人士稱陸臺關係中台關係[1],是指位於臺灣海峽東西兩側的臺灣以及中國大陸之間的關係[註 2];"
            "在現狀下,主要指稱位於臺澎金馬中華民國、以及位於中國大陸的中華人民共和國之間的關係。",
        )
    ]
    # P424: coordinates glued before the headword, the abbreviation after 简称 lost with its link
    shaanxi = (
        "陕西省\n\n中国中西部省份\n(重定向自陝西省\n\n"
        "34°00′N 109°00′E / 34.000°N 109.000°E / 34.000; 109.000陕西省,简称,又称三秦,是中华人民共和国的一个内陆省份,"
        "位于中国中部偏北地区,由关中陕北陕南三个地理区域组成。全省总面积约为20.58万平方公里,常住总人口为3956万人[1]。\n\n"
        "陕西省\n陕/秦\n"
    )
    assert pairs(shaanxi) == [
        (
            "陕西省",
            "简称,又称三秦,是中华人民共和国的一个内陆省份,位于中国中部偏北地区,由关中陕北陕南三个地理区域组成。"
            "全省总面积约为20.58万平方公里,常住总人口为3956万人[1]。",
        )
    ]
    # P299 (dev-19): the term named by a question heading, a label line, then `X,全称是Y,是指…`
    gep = (
        "专题 事件 正文\n\ngep是什么意思?哪些地方开展gep核算\n\n"
        "不少人好奇,gep是什么意思?目前哪些地方开展gep核算?下面,一起来了解一下。\n\n"
        "gep是什么意思\n环境\n\n"
        "gep,全称是生态系统生产总值,是指生态系统为人类福祉和经济社会可持续发展提供的最终产品与服务价值的总和,"
        "包括物质产品价值、调节服务价值和文化服务三部分。通俗解释就是,评估绿水青山的价值,衡量生态环境保护效果和绩效。\n\n"
        "有专家认为,未来gep有望成为国家或地区高质量发展的风向标,成为与gdp同等重要的“指挥棒”。\n"
    )
    assert pairs(gep) == [
        (
            "gep",
            "全称是生态系统生产总值,是指生态系统为人类福祉和经济社会可持续发展提供的最终产品与服务价值的总和,"
            "包括物质产品价值、调节服务价值和文化服务三部分。通俗解释就是,评估绿水青山的价值,衡量生态环境保护效果和绩效。",
        )
    ]


def test_a_lead_that_is_no_definition_of_the_title_term_gives_nothing():
    # a news article titled with a term, its lead about an event; a work report; a role after 是
    news = (
        "数字经济\n\n"
        "记者从国家统计局获悉,2023年我国数字经济核心产业增加值占国内生产总值比重达到10%左右。数字经济成为经济增长的重要引擎。\n"
    )
    assert pairs(news) == []
    report = "政府工作报告\n\n各位代表:\n\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。\n"
    assert pairs(report) == []
    role = "新质生产力\n\n新质生产力是推动高质量发展的内在要求和重要着力点。\n"
    assert pairs(role) == []
    # the first words of a longer name are no headword (陕西省人民政府…)
    longer = "陕西省\n\n陕西省人民政府是陕西省的最高国家行政机关,简称省政府。\n"
    assert "陕西省" not in [term for term, _ in pairs(longer)]
    # a lead the page cuts a few characters after a stop is cut, not a gloss ending in a site's watermark
    cut = "海峽兩岸關係\n\n海峽兩岸關係,或稱兩岸關係,是指位於臺灣海峽東西兩側的臺灣以及中國大陸之間的關係。自第二次"
    assert pairs(cut) == []


def test_a_slogan_after_a_title_term_gives_nothing():
    # a speech, a commentary or a news item titled with a term whose lead says what the term is worth, not what it
    # is: a bare 是 before a rank, a standing or an evaluation (the term named once, nothing naming its class)
    for page in (
        "人才\n\n人才是第一资源。各地要大力引进人才。\n",
        "发展\n\n发展是第一要务。\n",
        "民生\n\n民生是最大的政治。\n",
        "就业\n\n就业是最基本的民生。\n",
        "垃圾分类\n\n垃圾分类是新时尚。\n",
        "安全生产\n\n安全生产是天大的事,各级各部门务必高度重视。\n",
        "平安建设\n\n平安建设是全市人民的共同心愿。\n",
        "疫情防控\n\n疫情防控是当前最重要的工作。\n",
        "教育\n\n教育是国之大计、党之大计。\n",
        "乡村振兴\n\n乡村振兴是一篇大文章,需要久久为功。\n",
        "老旧小区改造\n\n老旧小区改造是重大民生工程和发展工程。\n",
        "生态环境保护\n\n生态环境保护是功在当代、利在千秋的事业。\n",
    ):
        assert pairs(page) == [], page
    # an encyclopedia lead naming the class and going on about its subject still defines it
    lead = "陕西省\n\n陕西省是中华人民共和国的一个内陆省份,位于中国中部偏北地区。其西邻甘肃省,北接内蒙古自治区。\n"
    assert [term for term, _ in pairs(lead)] == ["陕西省"]

def test_a_lead_running_in_another_definition_is_left_to_the_prose_pass():
    # P353 (dev-21): the headword line, then `X是指…。Y是指…`: two entries, not one paragraph for the title
    page = (
        "国有资本经营预算本级支出\n"
        "国有资本经营预算本级支出是指政府财政管理的由本级政府使用的列入国有资本经营预算的支出。"
        "国有资本经营预算支出是指国家根据国有资本经营预算收入规模和国民经济发展需要制订的支出计划,国有资本收益将用于国有经济布局和结构调整。\n"
        "国有资本经营预算概述\n"
    )
    assert [term for term, _ in pairs(page)] == ["国有资本经营预算本级支出", "国有资本经营预算支出"]


def test_a_reference_pages_title_is_found_below_the_sites_furniture():
    # stored pages open with a breadcrumb (41, P185, P278), a site name over it (138), a home link and a breadcrumb (72),
    # a menu (35), a reader switch (30) or a script switch (P430) above the title: the title below names the term
    lead = (
        "海峽兩岸關係\n\n台湾与中国大陆之互动关系\n\n"
        "海峽兩岸關係,或稱台灣海峽兩岸關係兩岸關係臺海關係,部分人士稱陸臺關係中台關係[1],是指位於臺灣海峽東西兩側的臺灣以及中國大陸之間的關係[註 2];"
        "在現狀下,主要指稱位於臺澎金馬中華民國、以及位於中國大陸的中華人民共和國之間的關係。\n\n"
        "海峽兩岸關係\n雙方在世界的位置\n"
    )
    expected = pairs(lead)
    assert [term for term, _ in expected] == ["海峽兩岸關係"]
    for furniture in (
        "您当前的位置:首页 > 区统计局 > 政府信息公开 > 统计知识\n",
        "当前位置:首页 > 经典书库 > 中国行政法辞典\n",
        "首页 > 生活百科 > 正文\n\n",
        "攀枝花市自然资源和规划局\n当前位置:互动交流 > 政民互动常见问题知识库 > 热点问答\n",
        "首页\n> 互动交流 > 常见问题\n",
        "登录 智能问答 长者版 移动版\n",
        "不能读取语音阅读器\n",
        "繁体\n",
    ):
        assert pairs(furniture + lead) == expected, furniture
    # a dictionary's senses under a breadcrumb take their term from the title below it
    senses = "首页 > 词典 > 人民政府\n\n人民政府 是什么意思\n\n人民政府 基本解释\n\n1.我国各级国家行政机关的通称。\n"
    assert pairs(senses) == [("人民政府", "我国各级国家行政机关的通称。")]


def test_furniture_above_a_title_lets_no_other_lead_define_it():
    # counter-tests: a news article and a speech under a breadcrumb give nothing, as without it; a line below more
    # furniture lines than a page's header holds is no title
    news = "数字经济\n\n记者从国家统计局获悉,2023年我国数字经济核心产业增加值占国内生产总值比重达到10%左右。数字经济成为经济增长的重要引擎。\n"
    role = "新质生产力\n\n新质生产力是推动高质量发展的内在要求和重要着力点。\n"
    for page in (news, role):
        assert pairs("当前位置:首页 > 数据发布 > 统计快讯\n" + page) == []
    lead = (
        "海峽兩岸關係\n\n"
        "海峽兩岸關係,或稱台灣海峽兩岸關係兩岸關係臺海關係,部分人士稱陸臺關係中台關係[1],是指位於臺灣海峽東西兩側的臺灣以及中國大陸之間的關係[註 2];"
        "在現狀下,主要指稱位於臺澎金馬中華民國、以及位於中國大陸的中華人民共和國之間的關係。\n"
    )
    assert [term for term, _ in pairs("首页\n> 新闻\n> 正文\n" + lead)] == ["海峽兩岸關係"]
    assert pairs("首页\n> 新闻\n> 旅游\n> 两岸\n> 正文\n" + lead) == []  # below more lines than a header's furniture


def test_a_dictionarys_senses_under_their_headings():
    # P431: `X 是什么意思`, pinyin, 基本解释 with a numbered gloss, 详细解释, 网络解释 with the headword line and a paragraph
    # (the site's watermark run into each kept; the lone watermark line no entry)
    page = (
        "人民政府 是什么意思\n\n人民政府的意思、人民政府怎么读\n拼音:[rén mín zhèng fǔ]\n\n"
        "人民政府 基本解释\n\n1.我国各级国家行政机关的通称。yNT中文字网\n\n"
        "人民政府 详细解释\n\n大陆地区中共政权各级行政机关的通称。yNT中文字网\n\nyNT中文字网\n\n"
        "网络解释\n\n人民政府\n人民政府是地方国家行政机关,受国务院统一领导,负责组织和管理本行政区域的各项行政事务。 yNT中文字网\n"
    )
    assert pairs(page) == [
        ("人民政府", "我国各级国家行政机关的通称。yNT中文字网"),
        ("人民政府", "大陆地区中共政权各级行政机关的通称。yNT中文字网"),
        ("人民政府", "是地方国家行政机关,受国务院统一领导,负责组织和管理本行政区域的各项行政事务。 yNT中文字网"),
    ]
    # P433: label lines, 词典解释 / 引证解释 with `⒈  …` senses (the second without a stop), 网络百科 with bullets
    bullets = (
        "人民政府\n\n词典名字:\n\n人民政府\n\n词典发音:\n\nrén mín zhèng fǔ\n\n"
        "词典解释\n\n人民政府[ rén mín zhèng fǔ ]\n\n⒈  我国各级国家行政机关的通称。\n\n"
        "引证解释\n\n⒈  我国各级国家行政机关的通称\n\n"
        "网络百科\n\n人民政府\n\n"
        "  • 人民政府是地方国家行政机关,受国务院统一领导,负责组织和管理本行政区域的各项行政事务。\n"
        "  • 近音词、同音词\n  • rén mín zhèng fǔ人民政府\n"
    )
    assert pairs(bullets) == [
        ("人民政府", "我国各级国家行政机关的通称。"),
        ("人民政府", "我国各级国家行政机关的通称"),
        ("人民政府", "是地方国家行政机关,受国务院统一领导,负责组织和管理本行政区域的各项行政事务。"),
    ]


def test_a_dictionarys_other_sections_and_notices_are_no_senses():
    # a numbered list under a later section heading (相关词语, 近义词, 造句) is no sense of the term
    related = (
        "人民政府\n\n基本解释\n\n1.我国各级国家行政机关的通称。\n\n"
        "相关词语\n\n1.人民代表大会\n2.国务院办公厅\n3.地方各级人民政府组织法\n"
    )
    assert pairs(related) == [("人民政府", "我国各级国家行政机关的通称。")]
    synonyms = "小康\n\n基本解释\n\n1.指可以维持中等水平生活的家庭经济状况。\n\n小康的近义词\n\n1. 富裕  2. 殷实\n"
    assert pairs(synonyms) == [("小康", "指可以维持中等水平生活的家庭经济状况。")]
    # the site's notice in a heading's first paragraph is no gloss
    notice = "人民政府 是什么意思\n\n网络解释\n\n以下内容来自网络,仅供参考。\n\n人民政府是地方国家行政机关,受国务院统一领导。\n"
    assert pairs(notice) == [("人民政府", "是地方国家行政机关,受国务院统一领导。")]
    empty = "人民政府 是什么意思\n\n基本解释\n\n暂无基本解释。\n\n详细解释\n\n⒈ 我国各级国家行政机关的通称。\n"
    assert pairs(empty) == [("人民政府", "我国各级国家行政机关的通称。")]


def test_a_dictionarys_example_sentences_are_no_entries():
    # X造句 / X的造句 / 例句 / 示例句子 with numbered or dashed sentences (P207's 例句, P430's 示例句子): a sentence using
    # the word defines nothing, and the section's heading is no headword
    sentences = (
        "1.扶贫攻坚计划的目的是让中国7000多万贫困人口全部脱贫。\n"
        "2.这项教育政策旨在提高全国学生的数学成绩。\n"
        "3.新出台的医疗政策将惠及数百万低收入家庭。\n"
    )
    sense = ("小康", "指可以维持中等水平生活的家庭经济状况。")
    for heading in ("小康造句", "小康的造句", "例句", "示例句子", "小康 造句大全", "例句:"):
        page = f"小康\n\n基本解释\n\n1.指可以维持中等水平生活的家庭经济状况。\n\n{heading}\n\n{sentences}"
        assert pairs(page) == [sense], heading
        headword = f"小康\n\n小康\n指可以维持中等水平生活的家庭经济状况。\n\n{heading}\n\n{sentences}"
        assert pairs(headword) == [sense], heading
    dashed = (
        "政策\n\n政策\n指政府、政党或其他组织为了实现特定目标而制定的行动方针和计划。\n\n示例句子\n"
        "- 这项教育政策旨在提高全国学生的数学成绩。\n- 政府的环保政策得到了公众的广泛支持。\n- 新出台的医疗政策将惠及数百万低收入家庭。\n"
    )
    assert [term for term, _ in pairs(dashed)] == ["政策"]


def test_a_section_after_the_example_sentences_and_a_label_named_example_are_read():
    # counter-tests: the next section's gloss after the examples is read; a glossary line defining 例句 is an entry;
    # a report's sentence naming 造句 is no section heading
    after = (
        "振兴造句\n\n1.我们要全面推进乡村振兴,加快建设农业强国。\n2.振兴东北老工业基地是国家的一项重大战略。\n\n"
        "网络解释\n\n乡村振兴\n乡村振兴是指通过产业振兴、人才振兴、文化振兴,推动农业全面升级、农村全面进步、农民全面发展。\n"
    )
    assert [term for term, _ in pairs(after)] == ["乡村振兴"]
    glossary = "语文名词解释\n\n1.例句:指用来说明某个词语用法的句子。\n2.病句:指不符合语法规范或逻辑事理的句子。\n"
    assert [term for term, _ in pairs(glossary)] == ["例句", "病句"]
    # an item under the heading that defines a headword after its colon is a glossary's entry, no example
    defining = "例句\n1.未來產業:是指由前沿技術驅動,當前處於孕育萌發階段或產業化初期的前瞻性新興產業。\n"
    assert [term for term, _ in pairs(defining)] == ["未來產業"]


def test_a_sense_the_page_cuts_off_gives_nothing():
    # a numbered sense needs no stop beside the next heading (P433), but one the text ends inside is cut
    cut = "人民政府\n\n词典解释\n\n⒈  我国各级国家行政机关的通称。\n\n引证解释\n\n⒈  我国各级国家行政机关"
    assert pairs(cut) == [("人民政府", "我国各级国家行政机关的通称。")]
    assert pairs(cut + "\n") == [("人民政府", "我国各级国家行政机关的通称。")]

def test_sense_headings_without_a_title_term_give_nothing():
    # a news article quoting a dictionary's heading words: no headword title, no senses
    news = (
        "记者从会上获悉,今年将继续推进基层治理。\n\n基本解释\n\n1.各地要结合实际,细化工作措施。\n\n"
        "详细解释\n\n有关部门将加强督促检查,确保各项措施落到实处。\n"
    )
    assert [term for term, _ in pairs(news)] == []


def test_reading_a_reference_page_stays_linear():
    import time

    def seconds(n: int) -> float:
        lead = "陕西省,简称陕,又称三秦,是中华人民共和国的一个内陆省份" + "。其西邻甘肃省,北接内蒙古自治区,是中国西北五省区之一" * n + "。\n"
        senses = ("基本解释\n\n1.我国各级国家行政机关的通称。\n\n" * n)
        text = "陕西省\n\n" + lead + senses
        began = time.process_time()
        extract_entries(text)
        return time.process_time() - began

    small, large = seconds(500), seconds(4_000)
    assert large < 20 * max(small, 0.01)  # ×8 text: linear, not quadratic


# Section heads and their leads from the national work reports (2024: 健全社会保障体系; 2013: 全面推进依法治国) set out
# as a column's title and lead: the lead judges its term — what it matters for, not what it is.
_WEIGHING_LEADS = [
    (
        "健全社会保障体系\n\n"
        "社会保障体系是人民生活的安全网和社会运行的稳定器。健全覆盖全民、统筹城乡、公平统一、安全规范、可持续的多层次社会保障体系。"
        "完善基本养老保险全国统筹制度,发展多层次、多支柱养老保险体系。\n"
    ),
    (
        "全面推进依法治国\n\n"
        "法治是治国理政的基本方式。要推进科学立法、严格执法、公正司法、全民守法,坚持法律面前人人平等,保证有法必依、执法必严、违法必究。"
        "深入开展法制宣传教育,弘扬社会主义法治精神,树立社会主义法治理念。\n"
    ),
    # a news item's opening status sentence before the definition of the term it is about (as P359, dev-21)
    (
        "推进城市更新行动\n\n"
        "城市是现代化的重要载体。城市更新行动是指对城市建成区内的老旧片区进行功能性改造,以推进老旧小区、老旧街区改造为主要内容。\n"
        "今年将推进城市更新行动。\n"
    ),
]


@pytest.mark.parametrize("page", _WEIGHING_LEADS, ids=["stabiliser", "basic-way", "important-carrier"])
def test_a_lead_saying_what_its_term_matters_for_is_no_definition(page):
    terms = [term for term, _ in topic(page)]
    assert "社会保障体系" not in terms and "法治" not in terms and "城市" not in terms
    # (the definition after it stays)
    assert terms == (["城市更新行动"] if "城市更新行动是指" in page else [])


def test_a_definition_of_the_same_shape_as_a_weighing_lead_stays():
    # X是…的简称 and X是…的制度安排 name what the term is (the 19th congress report's sentence as a column's lead)
    short = "三管三必须\n\n“三管三必须”是“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的简称。各地落实“三管三必须”。\n"
    assert topic(short) == [("“三管三必须”", "是“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的简称。各地落实“三管三必须”。")]
    congress = (
        "人民代表大会制度\n\n"
        "人民代表大会制度是坚持党的领导、人民当家作主、依法治国有机统一的根本政治制度安排,必须长期坚持、不断完善。\n"
    )
    assert [term for term, _ in topic(congress)] == ["人民代表大会制度"]
    # a class of the term's own head word after an adverbial 以…为 (楼宇经济, P233) is no standing
    building = "楼宇经济\n\n“楼宇经济”是一种以商务楼及功能性板块、区域为主要载体,通过开发、出租楼宇引进各种企业的经济形态。楼宇经济发展迅速。\n"
    assert [term for term, _ in topic(building)] == ["“楼宇经济”"]
    from policyterms.mining.extract_layouts.topics import _weighs

    assert not _weighs("高技术产业分类是《国民经济行业分类》的派生分类。".split("是", 1)[1])
    assert not _weighs("现阶段我国统计工作实践中对达到一定规模、资质或限额的法人单位的一种通俗称谓。")
    assert _weighs("企业生存发展的土壤。") and _weighs("引领发展的第一动力,必须摆在国家发展全局的核心位置")
    assert _weighs("关系国家发展和人民福祉的大事。")


# The term's own head word closing a weighing clause names its class (genus and difference), as an explainer's lead does:
# the definition stays; a period's head word (“十一五”时期是…的关键时期) or a purpose before it (是实现…的重大战略) does not.
@pytest.mark.parametrize(
    "page, term",
    [
        ("【政策解读】乡村振兴战略\n\n乡村振兴战略是党的十九大提出的一项重大战略。乡村振兴战略的总要求是产业兴旺、生态宜居、乡风文明、治理有效、生活富裕。\n", "乡村振兴战略"),
        ("科普:南水北调工程\n\n南水北调工程是缓解我国北方水资源严重短缺问题的重大工程。南水北调工程分东、中、西三条线路。\n", "南水北调工程"),
        ("黨史知識|三大法寶\n\n三大法寶是中國共產黨在中國革命中戰勝敵人的三個法寶。三大法寶即統一戰線、武裝鬥爭、黨的建設。\n", "三大法寶"),
    ],
    ids=["strategy", "project", "magic-weapons-traditional"],
)
def test_a_weighing_lead_naming_its_terms_own_head_word_stays(page, term):
    assert [t for t, _ in topic(page)] == [term]


@pytest.mark.parametrize(
    "page",
    [
        "回顾“十一五”时期\n\n“十一五”时期是全面建设小康社会的关键时期。“十一五”时期我国经济快速发展。\n",
        "评论:人才强国战略\n\n人才强国战略是实现中华民族伟大复兴的重大战略。人才强国战略要深入实施。\n",
    ],
    ids=["period", "purpose"],
)
def test_a_weighing_lead_on_a_period_or_a_purpose_stays_no_definition(page):
    assert topic(page) == []


# A weighing lead under a title that is the bare term (the one-term reference pass's lead, the headword-lines pass's
# explanation) or a question asking it (the topics pass's answer to an asked term, the headword-lines pass's question
# title): what the term matters for, no definition, as under any other title.
_JUDGING = "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力、提高竞争力。今年以来,我市持续深化“放管服”改革。\n"


@pytest.mark.parametrize(
    "page",
    [
        "营商环境\n\n" + _JUDGING,
        "营商环境\n2023-05-12 来源:市发改委\n\n" + _JUDGING,
        "什么是营商环境?\n\n" + _JUDGING,
        "何为营商环境\n\n" + _JUDGING,
        "什麼是營商環境?\n\n營商環境是企業生存發展的土壤。優化營商環境就是解放生產力、提高競爭力。\n",
        # the 2024 work report's sentence under its term, and a figure's lead under a question
        "社会保障体系\n\n社会保障体系是人民生活的安全网和社会运行的稳定器。健全覆盖全民、统筹城乡、公平统一、安全规范、可持续的多层次社会保障体系。\n",
        "什么是法治?\n\n法治是治国理政的基本方式。要推进科学立法、严格执法、公正司法、全民守法。\n",
    ],
    ids=["bare-title", "bare-title-byline", "question", "question-hewei", "question-traditional", "work-report", "question-basic-way"],
)
def test_a_weighing_lead_under_a_bare_or_asked_title_is_no_definition(page):
    assert pairs(page) == []


def test_a_weighing_explanation_under_a_headword_line_is_no_definition():
    # two headword blocks: the judging one gives nothing, the one naming its class stays
    page = (
        "营商环境\n" + _JUDGING + "\n放管服\n“放管服”是简政放权、放管结合、优化服务的简称。各地区各部门深入推进“放管服”改革。\n"
    )
    assert [term for term, _ in pairs(page)] == ["“放管服”"]


def test_a_definition_under_a_bare_or_asked_title_stays():
    # counter-tests: a glossary under headword lines whose paragraphs name the class (的一种通俗称谓, 是一种以…为主要载体…的
    # 经济形态) or open with 是指 (P191, P233; the 2019 regulation's 营商环境), and question titles answered so
    four = (
        "“四上”企业是现阶段我国统计工作实践中对达到一定规模、资质或限额的法人单位的一种通俗称谓。"
        "包括规模以上工业、有资质的建筑业和全部房地产开发经营业、限额以上批发零售业和住宿餐饮业、规模以上服务业法人单位。\n"
    )
    building = "楼宇经济是一种以商务楼及功能性板块、区域为主要载体,通过开发、出租楼宇引进各种企业的经济形态。\n"
    business = "营商环境是指市场主体在准入、生产经营、退出等过程中涉及的政务环境、市场环境、法治环境、人文环境等有关外部因素和条件的总和。\n"
    glossary = "“四上”企业\n" + four + "\n楼宇经济\n" + building + "\n营商环境\n" + business
    assert [term for term, _ in pairs(glossary)] == ["“四上”企业", "楼宇经济", "营商环境"]
    assert [term for term, _ in pairs("营商环境\n\n" + business)] == ["营商环境"]
    assert [term for term, _ in pairs("什么是营商环境?\n\n" + business)] == ["营商环境"]
    assert [term for term, _ in pairs("什么是“四上”企业?\n\n" + four)] == ["“四上”企业"]
    # (a lead weighing the asked term, then a sentence defining it: the definition is the entry)
    united = (
        "什么是统一战线?\n\n统一战线是中国共产党凝聚人心、汇聚力量的重要法宝。"
        "统一战线是指不同社会政治力量在一定条件下,为了一定的共同目标而建立的政治联盟。\n"
    )
    assert pairs(united) == [("统一战线", "是指不同社会政治力量在一定条件下,为了一定的共同目标而建立的政治联盟。")]


def test_a_title_above_its_breadcrumb_is_still_the_title():
    # a stored page printing its title over the breadcrumb that ends in it: the short line is no site name when no
    # title stands below the furniture (read as before the furniture was looked for)
    lead = (
        "海峽兩岸關係,或稱台灣海峽兩岸關係兩岸關係臺海關係,部分人士稱陸臺關係中台關係[1],是指位於臺灣海峽東西兩側的臺灣以及中國大陸之間的關係[註 2];"
        "在現狀下,主要指稱位於臺澎金馬中華民國、以及位於中國大陸的中華人民共和國之間的關係。\n"
    )
    expected = pairs("海峽兩岸關係\n\n" + lead)
    assert [term for term, _ in expected] == ["海峽兩岸關係"]
    assert pairs("海峽兩岸關係\n首页 > 百科 > 海峽兩岸關係\n\n" + lead) == expected


def test_running_text_after_numbered_example_sentences_ends_them():
    # 振兴造句 / 1.… / 2.… / 乡村振兴是指…: the unnumbered paragraph after the numbered sentences is no example
    body = "通过产业振兴、人才振兴、文化振兴、生态振兴、组织振兴,推动农业全面升级、农村全面进步、农民全面发展。"
    examples = "1.我们要全面推进乡村振兴,加快建设农业强国。\n2.振兴东北老工业基地是国家的一项重大战略。\n"
    assert pairs("振兴造句\n\n" + examples + "乡村振兴是指" + body + "\n") == [("乡村振兴", "是指" + body)]
    # a heading naming a gloss with the examples (名词解释与例句, 释义及造句) heads a list that may define
    glossary = "名词解释与例句\n1.乡村振兴,是指" + body + "\n2.共同富裕,是指全体人民通过辛勤劳动和相互帮助,普遍达到生活富裕富足。\n"
    assert [term for term, _ in pairs(glossary)] == ["乡村振兴", "共同富裕"]


def test_an_adverb_dada_after_the_headword_opens_the_definition():
    # X大多指…, X大都指… as X往往指…: the adverb qualifies the marker, not the term
    for adverb in ("往往", "大多", "大都"):
        page = f"一、新业态的含义\n新业态{adverb}指依托互联网等现代信息技术形成的新型经营模式。\n"
        assert pairs(page) == [("新业态", f"{adverb}指依托互联网等现代信息技术形成的新型经营模式。")], adverb


# --- statistical indicator notes: parallel glosses with 为 and 包括 (twenty-sixth round) ------------------------


def test_parallel_wei_clauses_opening_a_bulletin_note_are_entries_each():
    # P493: a transport bulletin's numbered notes run into one line; note 4 glosses two indicators side by side
    text = (
        "3.按照《交通运输部办公厅关于取消总质量4.5吨及以下普通货运车辆道路运输证和驾驶员从业资格证的通知》(交办运函[2018]2052号),"
        "2019年1月1日起,各地交通运输管理部门不再为总质量4.5吨及以下普通货运车辆配发道路运输证,货运车辆数相应同比下降。 "
        "4.公报中营业性旅客运输量为铁路、公路、水路、民航完成数,不包括城市客运量;营业性货物运输量为铁路、公路、水路、民航完成数,"
        "不包括管道数据。根据2019年道路货物运输量专项调查,对公路货物运输量统计口径进行了调整,数据与上年比按可比口径计算。 "
        "5.铁路运输数据为确报数据,其余数据为速报数据,国家铁路含国铁集团及其控股合资铁路。 6.民航运输数据为快报数据。 |\n"
    )
    assert pairs(text) == [
        ("营业性旅客运输量", "为铁路、公路、水路、民航完成数,不包括城市客运量"),
        ("营业性货物运输量", "为铁路、公路、水路、民航完成数,不包括管道数据。"),
    ]


def test_parallel_baokuo_clauses_of_a_table_note_are_entries_each():
    # P492: a health yearbook's table notes numbered with the small full stop ﹒; note 1s are scope remarks
    text = (
        "各表的全国数据均未包括香港、澳门特别行政区和台湾省。各项卫生统计数字与人口的比例,均不包括现役军人数字。"
        "注:1 ﹒本表师、士、员级卫生技术人员数内均不再包括中医和中药人员。2 ﹒中医人员包括中医师、中医士和其他中医,"
        "中药人员包括中药剂师、中药剂士和中药剂员。注:1 ﹒综合医院和中医院不包括医学院校附属综合医院和中医院数。"
        "2 ﹒ *指500张床位以上的医院数。\n"
    )
    assert pairs(text) == [("中医人员", "包括中医师、中医士和其他中医"), ("中药人员", "包括中药剂师、中药剂士和中药剂员。")]


def test_wei_field_lines_under_a_colon_lead_in_are_entries_and_grades_are_not():
    # P491: a dataset's fields glossed under 其中:, then a grading standard's lines (thresholds, not definitions)
    text = (
        "年度各站点不同空气质量分级日数数据是在各站点每日空气质量指数(AQI)基础上,通过汇总统计生成的2014-2024年各年度各站点"
        "不同空气质量分级日数数据。数据包括以下字段:\n"
        "年份,省份,站点代码,城市,站点名称,经度,纬度,年平均AQI,空气质量1级日数,监测总日数,\n"
        "其中:\n"
        "年平均AQI 为全年每日 (有监测数据的日期)AQI的平均值\n"
        "监测总日数 为全年有监测数据的总日数\n"
        "根据AQI的空气质量状况分级标准如下:\n"
        "1、一级: 空气污染指数 AQI≤50优级\n"
        "2、二级: 空气污染指数 AQI≤100良好\n"
        "3、三级: 空气污染指数 AQI≤150轻度污染\n"
        "各年度数据覆盖的站点数量如下:\n"
        "2014年 945个\n"
    )
    assert pairs(text) == [("年平均AQI", "为全年每日 (有监测数据的日期)AQI的平均值"), ("监测总日数", "为全年有监测数据的总日数")]


def test_wei_and_baokuo_in_reports_and_status_notes_give_no_entry():
    for text in (
        # a bulletin's data-status notes: 为 names a status, the headwords name data
        "5.铁路运输数据为确报数据,其余数据为速报数据,国家铁路含国铁集团及其控股合资铁路。 6.民航运输数据为快报数据。\n",
        # a report's figures in numbered points, side by side
        "1.城镇居民人均可支配收入为45000元,农村居民人均可支配收入为20000元。2.全年粮食总产量为120万吨;蔬菜总产量为80万吨。\n",
        # one scope note of a table: what its figures leave out
        "注:1.本表不包括中医和中药人员。\n",
        # people and posts under a colon lead-in
        "领导小组组成如下:\n组长为市政府分管副市长张三同志\n副组长为市卫生健康委主任李四同志\n",
        # a news paragraph with 为 clauses of different things
        "会议指出,今年的主要目标为稳增长、调结构、惠民生;重点任务为推进重大项目建设,加快新型城镇化步伐。\n",
    ):
        assert pairs(text) == [], text


def test_wei_in_a_notices_arrangements_a_plans_targets_and_a_budgets_figures_gives_no_entry():
    for text in (
        # a meeting notice's arrangements under 如下: (a place and people named with 的, no quantity)
        "经县政府研究,决定召开全县经济工作会议。现将有关事项通知如下:\n会议地点为县行政中心三楼的第一会议室\n"
        "参会人员为各乡镇、县直各部门的主要负责同志\n\n请各单位于12月20日前将参会人员名单报县政府办公室。\n",
        # a work plan's numbered targets
        "二、2024年主要预期目标\n\n1.经济增长目标为地区生产总值增长5.5%左右,城镇新增就业目标为新增城镇就业人员1.2万人以上。\n"
        "2.居民收入增长目标为与经济增长基本同步,节能减排目标为完成省下达的年度任务。\n",
        # a notice's numbered posts
        "1.指挥部总指挥为县委副书记、县长王某某,副总指挥为县委常委、常务副县长李某某。\n",
        # a budget report's execution rates, numbered
        "(一)2023年全区预算执行情况\n1.一般公共预算收入为年初预算的101.2%,一般公共预算支出为调整预算的98.6%。\n"
        "2.政府性基金预算收入为年初预算的85.3%,政府性基金预算支出为调整预算的90.1%,主要是土地出让收入减少。\n",
    ):
        assert pairs(text) == [], text


def test_a_data_pages_section_labels_are_no_headwords_and_a_status_clause_opens_no_definition():
    # P494: a data shop's product page; 01、数据简介 and 02、相关数据指标 are its sections, the indicator is named in the
    # paragraph, which opens with its standing (是…的主要指标) and defines it after the hedge 一般
    text = (
        "全国各地区城镇登记失业率数据2000-2021年\n\n01、数据简介\n\n"
        "失业率是当地地区就业状况的主要指标,一般是指失业人数同从业人数与失业人数之和的比例关系,反应该年度内可以参加社会劳动的人数中失业人数所占的比重。\n\n"
        "城镇登记失业率指城镇登记失业人数占期末城镇从业人员总数与期末实有城镇登记失业人数之和的比重,是非农业户口,不包括农村劳动力、退休人员和其港澳台及外方人员,"
        "一定的劳动年龄内,不包括无劳动能力的。\n\n数据名称:全国各地区城镇登记失业率数据\n\n02、相关数据指标\n\n"
        "主要数据指标:行政区划代码、年份、地区、长江经济带、经纬度、城镇登记失业率。\n\n03、数据截图\n"
    )
    assert [(t, d[:8]) for t, d in pairs(text)] == [("失业率", "一般是指失业人数"), ("城镇登记失业率", "指城镇登记失业人")]


def test_a_real_headword_line_and_an_alias_before_shi_zhi_stay():
    # a term about data is still a headword (数据要素 is no section label)
    text = "数据要素\n数据要素是指参与到社会生产经营活动、为使用者或所有者带来经济效益、以电子方式记录的数据资源。\n"
    assert [t for t, _ in pairs(text)] == ["数据要素"]
    # P215: 也就是 gives an alias, no status clause: the alias stays in the definition
    text = (
        "psl也就是抵押补充贷款,是指中央银行以抵押方式向商业银行发放贷款,合格抵押品可能包括高信用评级的债券类资产及优质信贷资产等,其亦是一种基础货币投放工具。\n\n"
        "psl使得中央银行的贷款行为变为市场化行为,其利率可以设定为市场利率走廊上限。因此,更为标准化、规范化的psl可以演变为货币政策工具。\n"
    )
    assert [(t, d[:6]) for t, d in pairs(text)] == [("psl", "也就是抵押补")]


def test_a_bracketed_question_title_asking_what_a_thing_does_names_the_asked_term():
    # P502: 【X是干什么的】 run into the answer: the answer's bare 是 names the asked term's class
    text = (
        "【政协委员是干什么的】政协委员是中国人民政治协商会议(简称“政协”)的组成人员,他们在中国的政治体制中扮演着重要的角色。"
        "虽然政协委员不是国家权力机关的成员,但他们通过建言献策、参与政治协商、民主监督等方式,对国家政策和社会发展发挥着积极作用。\n"
        "为了更清晰地展示政协委员的职责和作用,以下是对这一问题的总结性文字说明。\n"
    )
    assert [(t, d[:14]) for t, d in pairs(text)] == [("政协委员", "是中国人民政治协商会议(简称")]
    # an answer judging the asked term still defines nothing, and the question title is no headword
    assert pairs("【营商环境是干什么的】营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。\n") == []
    assert pairs("【统计局是干什么的】在日常生活中,我们经常会听到统计局这个词。统计局是一个重要的国家机构,负责统计调查。\n") == []
    # a bracketed source label is no question: a news item gives nothing
    assert pairs("【新华社】国家统计局是国务院直属机构,今天发布了一季度数据。国家统计局表示,经济开局良好。\n") == []


def test_quoted_parts_under_a_bare_meaning_label_are_entries_each_to_the_end_of_their_line():
    # P501: a `含义` label line, then `“X”是:…;` and `“Y”是:…。` on lines of their own (the ; ending the first kept, a
    # line item); the schedules and duties under `具体内容` are none
    text = (
        "三会一课制度\n含义\n“三会”是:定期召开支部党员大会、支委会、党小组会;\n“一课”是:按时上好党课。\n具体内容\n一、支部委员会\n"
        "支部委员会:每月召开一次,由社区党支部书记主持。\n主要内容是:\n1、研究贯彻上级党组织的决议和指示;\n2、讨论制定完成工作任务的措施;\n"
    )
    assert pairs(text) == [("“三会”", "是:定期召开支部党员大会、支委会、党小组会;"), ("“一课”", "是:按时上好党课。")]
    # a line ending in ; with no item after it is cut by the page; a meeting's report under 含义 defines nothing
    assert pairs("含义\n“三会”是:定期召开支部党员大会、支委会、党小组会;\n") == []
    assert pairs("会议精神\n含义\n这次全会是在关键时期召开的一次重要会议;\n全会审议通过了决定。\n") == []


# The twenty-sixth round's meaning headings and labels on explainer pages (real sentences: P425's 知识下基层, P251's 三重一大,
# P303's 三保支出 and its points).
_KNOWLEDGE = (
    "是指将政府、企业、高校、科研机构等领域的专业知识、技术工具和管理经验,通过培训、咨询、数字化平台等方式,"
    "系统性地传递到基层社区、乡村和街道,提升基层治理的科学性和效率。"
)
_KNOWLEDGE_LEAD = "在当今社会,基层治理是国家治理体系和治理能力现代化的基础。\n"
_KNOWLEDGE_NEXT = "二、基层治理难题的剖析\n基层治理难题复杂多样,主要源于信息不对称、资源有限、执行链条长等因素。\n"
_THREE_BIG = "是指重大事项决策、重要干部任免、重要项目安排、大额资金使用,必须经过集体讨论做出决定的制度。"
_GUARANTEES = "是指地方政府在财政预算中,为确保基本人员工资发放、日常行政运转以及基本民生需求所安排的必要支出。这些支出属于刚性支出,具有不可压缩性和优先保障性。"
_GUARANTEE_POINTS = (
    "1. 保障社会稳定:三保支出直接关系到基层人员的生活和公共服务的持续运行,是维护社会稳定的基石。\n"
    "2. 体现财政公平:三保支出体现了国家对基层政府和群众的基本保障责任,有助于缩小地区间发展差距。\n"
)


@pytest.mark.parametrize("label", ["含义", "定义", "• 概念", "含義"])
@pytest.mark.parametrize("hedge", ["一般来说", "通常来说", "一般而言", "一般來說"])
def test_a_meaning_label_and_a_hedge_before_the_sentences_subject_open_the_definition_at_its_marker(label, hedge):
    # 一、知识下基层的含义 / 含义:一般来说,知识下基层是指…: the label and the hedge are part of neither term nor definition
    page = f"{_KNOWLEDGE_LEAD}一、知识下基层的含义\n{label}:{hedge},知识下基层{_KNOWLEDGE}\n{_KNOWLEDGE_NEXT}"
    assert pairs(page) == [("知识下基层", _KNOWLEDGE)]
    assert all(e.quote in page for e in extract_entries(page))


def test_a_hedged_meaning_label_takes_the_sentences_own_term_or_the_headings():
    # the sentence quotes its term: as written
    page = f"{_KNOWLEDGE_LEAD}一、知识下基层的含义\n含义:一般来说,“知识下基层”{_KNOWLEDGE}\n{_KNOWLEDGE_NEXT}"
    assert pairs(page) == [("“知识下基层”", _KNOWLEDGE)]
    # no subject after the hedge: the heading names the term, and the hedge is left out (not glued to the marker)
    page = f"{_KNOWLEDGE_LEAD}一、知识下基层的含义\n含义:一般来说,{_KNOWLEDGE}\n{_KNOWLEDGE_NEXT}"
    assert pairs(page) == [("知识下基层", _KNOWLEDGE)]
    # no heading, the page about the term: the hedge is a lead-in (as P335's 一般而言,)
    page = f"知识下基层:让专业知识服务基层治理\n{_KNOWLEDGE_LEAD}一般来说,知识下基层{_KNOWLEDGE}\n"
    assert pairs(page) == [("知识下基层", _KNOWLEDGE)]
    # counter-tests: an adverb qualifying the marker stays (含义:通常指…), a hedged remark defines nothing
    page = f"一、三重一大的含义\n含义:通常指{_THREE_BIG[2:]}\n"
    assert pairs(page) == [("三重一大", "通常指" + _THREE_BIG[2:])]
    assert pairs("营商环境\n\n一般来说,营商环境是企业生存发展的土壤。优化营商环境就是解放生产力、提高竞争力。\n") == []
    with pytest.raises(InputError):
        extract_entries("一般来说,企业规模越大,融资越容易,基层治理的效率也越高。\n")


@pytest.mark.parametrize(
    "heading",
    ["一、知识下基层的含义和意义", "一、知识下基层的意义和含义", "一、知识下基层的内涵和意义", "一、知识下基层的内涵与重要性", "知识下基层的含义与意义"],
)
def test_a_heading_naming_the_meaning_beside_another_aspect_names_its_term(heading):
    # X的含义和意义 / 指…: the term is what comes before 的, the paragraph its definition
    page = f"{_KNOWLEDGE_LEAD}{heading}\n{_KNOWLEDGE[1:]}\n{_KNOWLEDGE_NEXT}"
    assert pairs(page) == [("知识下基层", _KNOWLEDGE[1:])]
    # the paragraph restating the term: from its marker, as before
    page = f"{_KNOWLEDGE_LEAD}{heading}\n知识下基层{_KNOWLEDGE}\n{_KNOWLEDGE_NEXT}"
    assert pairs(page) == [("知识下基层", _KNOWLEDGE)]


def test_a_heading_naming_a_meeting_and_its_meaning_above_a_speech_defines_nothing():
    # counter-tests: a speech's heading and paragraph on what a meeting means, a paragraph naming 意义和含义
    speech = "这次会议是在全面建设社会主义现代化国家开局起步的关键时期召开的一次十分重要的会议。我们要认真学习领会会议精神。\n"
    assert pairs("这次会议的意义和含义\n" + speech) == []
    with pytest.raises(InputError):
        extract_entries("这次会议的意义和含义十分深远,我们要认真学习领会,切实把思想和行动统一到会议精神上来。\n")
    # the heading above a judging lead: what the term matters for, no definition
    assert pairs("营商环境的含义和意义\n\n" + _JUDGING) == []


@pytest.mark.parametrize(
    "question",
    ["一、三保支出的含义是什么?", "三保支出的含义是什么?", "一、三保支出是什么意思?", "什么是三保支出的含义?", "三保支出的含义是什么"],
)
def test_a_question_heading_ends_the_answer_above_it(question):
    # 一、X的含义是什么? / 指… / 二、X的意义是什么?: the next question is no part of the answer
    page = f"{question}\n{_GUARANTEES[1:]}\n二、三保支出的意义是什么?\n{_GUARANTEE_POINTS}"
    assert pairs(page) == [("三保支出", _GUARANTEES[1:])]
    page = f"{question}\n三保支出{_GUARANTEES}\n三保支出有什么作用?\n{_GUARANTEE_POINTS}"
    assert pairs(page) == [("三保支出", _GUARANTEES)]


def test_a_question_heading_answered_by_a_judging_lead_defines_nothing():
    # counter-tests: a question answered by a figure gives nothing, whatever the question's form (topics._weighs)
    for question in ("营商环境是什么?", "营商环境的含义是什么?", "什么是营商环境的含义", "一、营商环境是什么意思?"):
        assert pairs(f"{question}\n{_JUDGING}") == [], question


@pytest.mark.parametrize("blanks", ["", "\n", "\n\n"])
def test_blank_lines_between_a_meaning_heading_and_its_label_line_or_paragraph(blanks):
    # 一、三重一大的含义 / (up to two blank lines) / 含义:…: the heading still names the label's term (P425 leaves one)
    for body, definition in (
        ("含义:通常指" + _THREE_BIG[2:], "通常指" + _THREE_BIG[2:]),
        ("含义:一般来说," + _THREE_BIG, _THREE_BIG),
        ("含义:三重一大" + _THREE_BIG, _THREE_BIG),
        (_THREE_BIG[1:], _THREE_BIG[1:]),
        ("三重一大" + _THREE_BIG, _THREE_BIG),
    ):
        page = f"一、三重一大的含义\n{blanks}{body}\n二、三重一大的意义\n有利于防止个人专断,推进决策科学化、民主化。\n"
        assert pairs(page) == [("三重一大", definition)], body


# --- the twenty-seventh set: page furniture, labels and cut clauses are no terms ----------------------------------

_ZERO_PADDED = (
    "01 复工复产\n\n  指企业恢复正常生产经营活动。2020年2月3日,中央提出“要在做好防控工作的前提下,全力支持和组织推动各类生产企业复工复产”。\n\n"
    "02 新冠疫情\n\n  指新型冠状病毒肺炎暴发后的流行与发展情况,又称“新冠肺炎疫情”。2020年新冠疫情的暴发给全球人民生命安全带来严重威胁。\n"
)


def test_a_byline_naming_no_author_and_zero_padded_item_numbers_are_no_part_of_a_term():
    # P514: a byline 佚名 above the intro is no headword; 01 复工复产 / 指…: the zero-padded number leaves the term
    page = (
        "2020年度中国媒体十大新词语\n\n佚名\n\n  作为“汉语盘点2020”活动重要组成部分,12月16日,国家语言资源监测与研究中心发布"
        "“2020年度中国媒体十大新词语”。\n\n" + _ZERO_PADDED
    )
    assert [term for term, _ in pairs(page)] == ["复工复产", "新冠疫情"]
    # counter-tests: a figure that is part of the term stays (100 万吨级码头, 5G网络)
    assert normalise_headword("100 万吨级码头", "指…。") == ("100 万吨级码头", "指…。")
    assert normalise_headword("5G网络", "是指…。") == ("5G网络", "是指…。")
    assert normalise_headword("02新冠疫情", "指…。") == ("新冠疫情", "指…。")


def test_an_encyclopedia_copy_edit_links_and_lost_opening_bracket():
    # P535 (as P477): the skip link, the tagline, an image caption, the lead whose opening 《 is lost with its link, and
    # an [编辑] link under every section heading: one entry, the lead's, from 是; the sections' paragraphs are no entries
    page = (
        "跳转到内容\n\n政府工作报告\n\n维基百科,自由的百科全书\n"
        "2010年3月5日,时任国务院总理温家宝第十一届全国人大第三次会议上代表国务院作《政府工作报告》\n\n"
        "政府工作报告》是中华人民共和国政府国家行政机关的一种公文形式,各级人民政府都必须在每年召开的当地人民代表大会会议上向大会主席团、人大代表和列席人大会议的政协委员发布这一报告。\n\n"
        "政府工作报告的结构和内容\n\n[编辑]\n\n政府工作报告的结构通常分为三部分。\n\n"
        "一年来工作回顾\n\n[编辑]\n\n回顾并总结上一年来的政府工作情况。\n\n"
        "政府自身建设\n\n[编辑]\n\n详细阐述对当年政府内部的政府职能、民主化建设、依法行政、政风建设等方面将要施行的工作举措和工作计划。\n"
    )
    assert pairs(page) == [
        ("政府工作报告", "是中华人民共和国政府国家行政机关的一种公文形式,各级人民政府都必须在每年召开的当地人民代表大会会议上向大会主席团、人大代表和列席人大会议的政协委员发布这一报告。")
    ]


@pytest.mark.parametrize(
    "label, text",
    [
        ("引言", "每一年的年度热词都是社会变迁和大众情绪的缩影。2022年,全球经历了诸多重大事件,从政治冲突到科技革新,都留下了深刻的印记。"),  # P536
        ("文章插图", "汉语盘点2016【汉语盘点2016】“汉语盘点2016”是由国家语言资源监测与研究中心、商务印书馆、人民网主办的年度汉语盘点。"),  # P534
        ("您即將進入之新聞內容 需滿18歲 方可瀏覽。", "根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定,已於網站首頁或各該限制級網頁作標示。"),  # P525
    ],
)
def test_a_section_label_caption_or_notice_line_is_no_headword(label, text):
    assert all(term != label.split()[0] for term, _ in pairs(f"{label}\n{text}\n"))


def test_a_label_naming_the_legal_basis_is_no_term():
    # P521: 2、法律依据:… cites a guideline; the numbered definition above it is the answer
    page = (
        "什么是耕地占补平衡制度 耕地占补平衡制度是什么意思\n\n李盛老师\n\n"
        "1、耕地占补平衡是建设占用多少耕地,各地人民政府就应补充划入多少数量和质量相当的耕地的行为。\n\n"
        "2、法律依据:国土资源部出台《关于补足耕地数量与提升耕地质量相结合落实占补平衡的指导意见》提出补改结合、提质改造必须坚持政府主导的原则。\n"
    )
    assert all(term != "法律依据" for term, _ in pairs(page))


def test_a_furniture_line_ends_the_explanation_above_it():
    # P231: 您对这篇文章的满意度 (a rating notice) is no headword, and no part of the last headword's explanation
    page = (
        "专利总量\n这一指标用来考量某一地区的所有专利活动,它包括在该地区首次申请的发明专利。\n"
        "基本专利量\n通过计算在某一地区首次申请的发明专利数量,可以评估自主创新的情况。\n"
        "基本专利量与总量的比率\n这一指标用于综合比较某一地区的自主创新能力与该地区作为市场对本地企业和外地企业的吸引力。\n"
        "您对这篇文章的满意度\n非常满意基本满意不太满意很不满意不做评价\n"
    )
    assert pairs(page)[-1] == ("基本专利量与总量的比率", "这一指标用于综合比较某一地区的自主创新能力与该地区作为市场对本地企业和外地企业的吸引力。")


def test_a_fields_usage_before_the_term_is_a_lead_in_and_a_places_usage_stays():
    # P516: 学术界讲的当代新词语一般是指…: the field's usage is no part of the term
    assert normalise_headword("学术界讲的当代新词语", "一般是指20世纪70年代末以来产生的新词语。") == ("当代新词语", "一般是指20世纪70年代末以来产生的新词语。")
    # counter-test (P525): 台灣所稱的土豆 tells the island's sense from the mainland's; the frame stays
    assert normalise_headword("台灣所稱的土豆", "指的是中國所說的花生") == ("台灣所稱的土豆", "指的是中國所說的花生")


def test_a_question_placing_its_word_in_a_container_is_answered_for_the_word():
    # P518: 手机搜狗输入法里的热词是什么 / 热词,作为一种词汇现象,…: the term is 热词
    page = (
        "1. 首页 / 帮助\n\n手机搜狗输入法里的热词是什么\n\n"
        "  热词,作为一种词汇现象,反映了一个国家、一个地区在一个时期人们普遍关注的问题和事物。具有时代特征,反映一个时期的热点话题及民生问题。\n"
    )
    assert [term for term, _ in pairs(page)] == ["热词"]


def test_a_negated_comparison_before_the_definition_is_no_part_of_the_term():
    # P520: 租购同权并非指完全等同于买房,而是指…: the term, defined from the 指 after 而是
    assert normalise_headword("租购同权并非", "指完全等同于买房,而是指在一些基本公共服务方面,租房者与购房者享有相同的权利。") == (
        "租购同权",
        "指在一些基本公共服务方面,租房者与购房者享有相同的权利。",
    )
    # counter-test: a negation with no definition after it gives nothing
    assert normalise_headword("租购同权并非", "指完全等同于买房。") is None


def test_a_subject_run_into_its_verb_of_division_is_no_term():
    # P529: 7. 公务员奖励分为:嘉奖、记三等功…: kinds listed after the verb, no entry; 中国梦的本质:… stays
    page = (
        "二、政治常识\n6. 公务员考核内容:德、能、勤、绩、廉,重点考核政治素质和工作实绩。\n"
        "7. 公务员奖励分为:嘉奖、记三等功、记二等功、记一等功、授予称号。\n"
        "8. 中国梦的本质:国家富强、民族振兴、人民幸福。\n"
    )
    terms = [term for term, _ in pairs(page)]
    assert "公务员奖励分为" not in terms and "中国梦的本质" in terms


# --- terms that open with a zero or are label words, and a pronoun after a negated comparison -------------------------


def test_a_term_opening_with_a_zero_keeps_it():
    # 00后, 05后, 007工作制: the zero is the term's; a zero-padded item number set off by a space still leaves it
    assert normalise_headword("00后", "是指2000年至2009年间出生的一代人。") == ("00后", "是指2000年至2009年间出生的一代人。")
    assert normalise_headword("05后", "是指…。")[0] == "05后"
    assert normalise_headword("007工作制", "指…。")[0] == "007工作制"
    page = (
        "01 00后\n\n  指2000年1月1日至2009年12月31日出生的一代人。\n\n"
        "02 007工作制\n\n  指从0点到0点、一周7天不间断的工作方式。\n\n"
        "03 12345热线\n\n  指各地政府设立的12345政务服务便民热线,受理群众的咨询、求助和投诉。\n"
    )
    assert [term for term, _ in pairs(page)] == ["00后", "007工作制", "12345热线"]


def test_a_label_word_defined_by_its_marker_is_a_term():
    # a journalism glossary's 导语 and 结语, a legal glossary's 法律依据: X:指… defines X (P521's 法律依据:国土资源部出台… does not)
    page = (
        "新闻写作常用名词解释\n\n"
        "1.导语:指消息的开头部分,一般是第一段或第一句话。\n"
        "2.结语:指消息的结尾部分,是对全文的总结或补充。\n"
        "3.新闻图片:指以摄影手段记录新闻事实的图片。\n\n"
        "行政法常用名词解释\n\n"
        "一、法律依据:是指行政机关作出行政行为时所依据的法律、法规和规章。\n"
        "二、行政相对人:是指行政管理法律关系中与行政主体相对应的另一方当事人。\n"
    )
    assert [term for term, _ in pairs(page)] == ["导语", "结语", "新闻图片", "法律依据", "行政相对人"]


def test_a_negated_comparison_then_the_term_again_as_a_pronoun():
    # X并非指A,它是指B: B defines X, as after 而是
    assert pairs("  租购同权并非指租房等同于买房,它是指承租人在基本公共服务方面享有与购房人同等的权利。\n") == [
        ("租购同权", "是指承租人在基本公共服务方面享有与购房人同等的权利。")
    ]


# --- the twenty-eighth round: marks on a headword line; a scope paragraph -------------------------------------------


def test_a_title_lines_publication_date_is_no_part_of_the_headword():
    # 189: a statistics site's indicator page, its title run into its date, the paragraph under it from 指
    text = (
        "民用车辆拥有量 2011-03-17\n\n"
        "  指报告期末,在公安交通管理部门按照《机动车注册登记工作规范》,已注册登记领有民用车辆牌照的全部汽车数量。\n"
    )
    assert pairs(text) == [("民用车辆拥有量", "指报告期末,在公安交通管理部门按照《机动车注册登记工作规范》,已注册登记领有民用车辆牌照的全部汽车数量。")]
    assert normalise_headword("社会消费品零售总额(2023年9月19日)", "指…。") == ("社会消费品零售总额", "指…。")
    # counter-tests: a year or a standard's number closing a term is the term's
    assert normalise_headword("中国制造2025", "是指…。") == ("中国制造2025", "是指…。")
    assert normalise_headword("国民经济行业分类 GB/T 4754-2017", "是指…。")[0] == "国民经济行业分类 GB/T 4754-2017"


def test_square_brackets_around_a_headword_are_no_part_of_it():
    # P539: a facts book's 【X】 headword lines, each over its paragraph; 161: 【X】 run into its 指
    text = (
        "省情市情\n【福州三江三溪】\n即闽江、敖江、龙江,大樟溪、起步溪、梅溪。\n"
        "【福州三山两塔】\n即乌山、于山、屏山,乌塔、白塔。\n"
    )
    assert pairs(text) == [("福州三江三溪", "即闽江、敖江、龙江,大樟溪、起步溪、梅溪。"), ("福州三山两塔", "即乌山、于山、屏山,乌塔、白塔。")]
    assert normalise_headword("【可支配收入】", "指调查户在调查期内获得的收入。") == ("可支配收入", "指调查户在调查期内获得的收入。")
    # counter-tests: quotation marks are the term's; a bracketed label before a term is not a bracketed term
    assert normalise_headword("“两江”", "指闽江、乌龙江")[0] == "“两江”"
    assert normalise_headword("「炒雞」", "是…的意思。")[0] == "「炒雞」"
    assert normalise_headword("【注】可支配收入", "指…。")[0] == "【注】可支配收入"


def test_what_a_scope_paragraph_says_a_thing_includes_is_no_definition():
    # 193: under 一、统计范围 the survey's households, in a page titled with 城镇居民…; the indicator under
    # 三、主要统计指标解释 stays
    text = (
        "2015年二季度城镇居民人均消费性支出\n发布日期:2015-07-21 02:31:00\n"
        "城镇住户调查领域统计范围、采集渠道及主要指标解释\n一、统计范围\n"
        "城镇住户调查的统计调查单位为居住在城镇区域范围内的常住户,采用住宅框选取调查样本。城镇范围是指按国家统计局《统计上划分城乡的规定》确定的城区和镇区。"
        "城镇居民家庭包括户口在本地区的常住住户和户口在外地、居住在本地区半年以上的住户,包括单身户和一些具有固定住宅的流动人口。\n"
        "二、采集渠道\n城镇居民收支数据来源于所有被抽中调查户的常住人口在家期间的收支日记账,每月上报一次。\n"
        "三、主要统计指标解释\n消费性支出:指调查户用于本家庭日常生活的全部支出,包括食品、衣着、居住等八大类。\n"
    )
    assert pairs(text) == [("消费性支出", "指调查户用于本家庭日常生活的全部支出,包括食品、衣着、居住等八大类。")]
    # counter-test: the same 包括 sentence under an explanations heading still defines the page's term
    text = (
        "城镇居民家庭基本情况\n三、主要统计指标解释\n"
        "城镇居民家庭包括户口在本地区的常住住户和户口在外地、居住在本地区半年以上的住户。\n"
    )
    assert [term for term, _ in pairs(text)] == ["城镇居民家庭"]


# --- twenty-eighth round: press pages of dev-28 ------------------------------------------------------------------


def test_a_sibling_term_set_against_a_definition_with_ze_shi():
    # P545: 政策解读是指…。法规解读则是…: the sibling (same head word 解读) is an entry, 则 left out, the remark on both
    # (两者…) closing the paragraph goes on the last
    text = (
        "政策解读是指对政府发布的各类政策文件进行系统分析、理解其精神实质、把握其核心要义的过程。"
        "法规解读则是对法律条文、司法解释等进行深入剖析,明确其适用范围、构成要件和法律后果。"
        "两者虽然侧重点不同,但都具有高度的专业性和实践指导意义。\n"
    )
    assert pairs(text) == [
        ("政策解读", "是指对政府发布的各类政策文件进行系统分析、理解其精神实质、把握其核心要义的过程。"),
        ("法规解读", "是对法律条文、司法解释等进行深入剖析,明确其适用范围、构成要件和法律后果。两者虽然侧重点不同,但都具有高度的专业性和实践指导意义。"),
    ]
    # a report's contrast giving a standing, not a definition, is no entry
    text = "今年全市地区生产总值增长6.5%。第一产业增加值是指农林牧渔业的增加值。第二产业增加值则是拉动增长的主要力量,贡献率达到45%。\n"
    assert [term for term, _ in pairs(text)] == ["第一产业增加值"]


def test_a_meaning_headings_term_defined_by_a_bare_shi_below_it():
    # P545 and P429: 1.1 X的内涵与特征 / X是对…的过程。其主要特征包括: (the lead-in kept); the feature items below are no entries
    text = (
        "一、政策解读与法规解读的基本概念与区别\n1.1 政策解读的内涵与特征\n"
        "政策解读是对政策文本及其背景、目标、措施等进行系统分析和阐释的过程。其主要特征包括:\n"
        "(1)时效性强 政策往往针对特定时期的社会问题而制定,具有明显的阶段性特征。解读这类政策必须紧扣出台背景。\n"
        "(2)导向性明确 政策的核心在于引导社会行为。\n"
    )
    assert pairs(text) == [("政策解读", "是对政策文本及其背景、目标、措施等进行系统分析和阐释的过程。其主要特征包括:")]
    text = (
        "一、政务服务知识图谱的概念及作用\n"
        "政务服务知识图谱是一种以语义方式组织和表达政务信息的结构化知识体系,它将政务数据、业务流程等信息进行整合,形成一个统一的知识库。\n"
        "二、政务服务知识图谱的构建方法\n"
    )
    assert pairs(text) == [("政务服务知识图谱", "是一种以语义方式组织和表达政务信息的结构化知识体系,它将政务数据、业务流程等信息进行整合,形成一个统一的知识库。")]
    # a standing below such a heading is no definition
    assert pairs("一、乡村振兴的内涵与意义\n乡村振兴是实现中华民族伟大复兴的一项重大任务。各地要抓好落实。\n二、主要措施\n加快发展。\n") == []


def test_a_meaning_label_paragraph_is_an_entry_of_its_frame():
    # P550: X是指…。 / X的内涵,基础在全面,…: the frame X的内涵 is the term, and the definition of X above ends with its line
    text = (
        "全面从严治党是指党的十八大以来党中央作出的重大战略部署,是“四个全面”战略布局的重要组成部分。\n"
        "全面从严治党的内涵,基础在全面,关键在严,要害在治,体现了治标与治本的统筹兼顾,是对新形势下执政党建设规律的新认识。\n"
        "全面从严治党的意义是推进党的建设新的伟大工程的根本保证。\n"
    )
    assert pairs(text) == [
        ("全面从严治党", "是指党的十八大以来党中央作出的重大战略部署,是“四个全面”战略布局的重要组成部分。"),
        ("全面从严治党的内涵", "基础在全面,关键在严,要害在治,体现了治标与治本的统筹兼顾,是对新形势下执政党建设规律的新认识。"),
    ]
    # on a page that does not come back to the term, or after a comment's verb, no entry
    assert pairs("高质量发展的内涵,主要包括创新、协调、绿色、开放、共享五个方面,是新时代的发展要求。\n") == []
    assert pairs("会议指出,新发展理念的内涵十分丰富。新发展理念的内涵,需要我们在实践中不断深化认识。新发展理念是指导发展的理念。\n") == [
        ("新发展理念", "是指导发展的理念。")
    ]


def test_bar_numbered_headwords_restated_in_a_frame():
    # P548: N|「X」 headword lines; the paragraph restates the word after 所謂, with 一詞, 本身 or 同樣, or before a negated
    # comparison, and the definition opens at its verb (本身 kept, the Cantonese 解 …的意思 a verb)
    text = (
        "內地用語-網絡流行篇\n"
        "1|「炒雞」\n所謂「炒雞」並非甚麼韓式炒雞、能吃進肚子的那一款,而是內地人用來形容「超級」的意思,取其普通話諧音而演變成「炒雞」。\n"
        "2|「skr」\n「skr」本身是一個擬聲詞,模仿汽車飄移時,車胎與路面摩擦所發出的聲音。\n"
        "3|「很牛」\n「很牛」一詞是用來形容人很厲害、強勁的意思,在內地經常被使用。\n"
        "4|「666」\n「666」同樣解厲害、好勁的意思。「666」一詞源自於多人線上遊戲。\n"
        "5|「網美」\n「網美」即網絡美女,尤其是那些經常在社交平台上分享自拍的女性。\n"
    )
    assert pairs(text) == [
        ("「炒雞」", "是內地人用來形容「超級」的意思,取其普通話諧音而演變成「炒雞」。"),
        ("「skr」", "本身是一個擬聲詞,模仿汽車飄移時,車胎與路面摩擦所發出的聲音。"),
        ("「很牛」", "是用來形容人很厲害、強勁的意思,在內地經常被使用。"),
        ("「666」", "解厲害、好勁的意思。「666」一詞源自於多人線上遊戲。"),
        ("「網美」", "即網絡美女,尤其是那些經常在社交平台上分享自拍的女性。"),
    ]
    # a table's rows with more than one bar are no headwords
    assert pairs("序号|项目|金额\n1|合计|100\n2|一般公共预算收入|80\n说明:本表反映本年度收入情况。\n") == []


def test_a_phrase_standing_for_the_glossed_word_is_no_term():
    # P542: 流行词一:猴赛雷 / …这个起源于广东方言的词语,意为“好厉害”。…: the label line's word
    text = (
        "流行词一:猴赛雷\n在2016年猴年春节到来之前,没有太多人知道“猴赛雷”的意思。这个起源于广东方言的词语,意为“好厉害”。"
        "“猴赛雷”一词的流行,源于一些网友的调侃。\n"
        "流行词二:春晚\n春晚是国人的“年夜饭”,是一种维系多年的“仪式”。\n"
    )
    assert pairs(text) == [("猴赛雷", "意为“好厉害”。“猴赛雷”一词的流行,源于一些网友的调侃。")]
    # no word named before it: no entry (the phrase is no term)
    assert pairs("近日,网络上出现了一个新说法。该词意为“非常满意”,在年轻人中流行。\n") == []


def test_a_sense_word_before_the_marker_and_the_speakers_opinion_after():
    # P540: 据…介绍,X(English)原意是指…,引申为…。他认为,…: the attribution off the term, 原意 opening the definition, the
    # opinion after it a comment (the bracketed English name stays with the headword, as P244's and P252's gold keep it)
    text = (
        "据浙江大学社会学系教授毛丹介绍,内卷(involution)原意是指把羊皮纸卷起来,以及某些植物的向内卷缠,引申为过密、退化、衰退、复旧等。"
        "他认为,成为流行语的“内卷”在词义上略偏离原意。\n"
    )
    assert pairs(text) == [("内卷(involution)", "原意是指把羊皮纸卷起来,以及某些植物的向内卷缠,引申为过密、退化、衰退、复旧等。")]
    # X的本义 is a frame, kept in the term (P543)
    assert normalise_headword("亂的本义", "指没有秩序,引申为混亂。") == ("亂的本义", "指没有秩序,引申为混亂。")


# --- the twenty-eighth round's rules on pages they could misfire on ------------------------------------------------


def test_a_connective_er_before_a_sibling_term_is_no_part_of_it_and_a_rank_defines_nothing():
    # 而新质生产力则是…: the sibling term without the connective
    text = (
        "传统生产力是指以劳动者、劳动资料和劳动对象为基本要素的生产能力。"
        "而新质生产力则是创新起主导作用,摆脱传统经济增长方式、生产力发展路径的先进生产力质态。\n"
    )
    assert pairs(text) == [
        ("传统生产力", "是指以劳动者、劳动资料和劳动对象为基本要素的生产能力。"),
        ("新质生产力", "是创新起主导作用,摆脱传统经济增长方式、生产力发展路径的先进生产力质态。"),
    ]
    # a sibling ranked among the parts (占比最小的一项) is no entry
    text = (
        "财产净收入是指住户或住户成员将其所拥有的金融资产、住房等非金融资产交由其他机构单位支配而获得的净回报。"
        "转移净收入则是占比最小的一项。\n"
    )
    assert [term for term, _ in pairs(text)] == ["财产净收入"]
    # counter-test: a sibling defined against its pair stays an entry
    text = (
        "城镇登记失业率是指在城镇就业服务机构登记的失业人员占城镇从业人员与登记失业人员之和的比率。"
        "城镇调查失业率则是通过劳动力调查取得的城镇失业人口占城镇劳动力的比率。\n"
    )
    assert [term for term, _ in pairs(text)] == ["城镇登记失业率", "城镇调查失业率"]


def test_a_meaning_label_paragraph_remarking_on_the_meaning_is_no_entry():
    # how the meaning was set out or how it grows is said of it, not what it is
    text = (
        "共同富裕是全体人民的富裕,是人民群众物质生活和精神生活都富裕。\n\n"
        "共同富裕的内涵,习近平总书记在中央财经委员会第十次会议上作了深刻阐述。\n\n"
        "各地要准确把握共同富裕的目标要求,扎实推动共同富裕取得更为明显的实质性进展。\n\n"
        "新质生产力的内涵,随着实践发展还将不断深化和拓展。新质生产力的提出,为新时代发展指明了方向,各地区要因地制宜发展新质生产力。\n"
    )
    assert pairs(text) == [("共同富裕", "是全体人民的富裕,是人民群众物质生活和精神生活都富裕。")]


def test_a_caliber_heading_is_no_scope_heading():
    # under 统计口径 a release says what a category covers: its 包括 sentence defines the page's term
    text = (
        "2023年全市高技术制造业发展情况\n\n三、统计口径\n"
        "高技术制造业包括医药制造,航空、航天器及设备制造,电子及通信设备制造,计算机及办公设备制造,"
        "医疗仪器设备及仪器仪表制造,信息化学品制造等6大类。\n\n四、主要指标解释\n"
        "高技术制造业增加值是指高技术制造业企业在报告期内以货币形式表现的生产活动的最终成果。\n"
    )
    assert [term for term, _ in pairs(text)] == ["高技术制造业", "高技术制造业增加值"]
    # counter-test: under 统计范围 the same sentence is the survey's scope
    assert [term for term, _ in pairs(text.replace("统计口径", "统计范围"))] == ["高技术制造业增加值"]


def test_a_date_line_or_a_column_heading_above_a_word_phrase_names_no_word():
    # 热词解读 / 这个词是指…, a date line / 该词指的是…: neither line names the word; with no quoted word before, no entry
    assert pairs("热词解读\n这个词是指年轻人在短时间内游览尽可能多景点的旅游方式。\n") == []
    assert pairs("2021-06-01\n该词指的是放弃奋斗、降低欲望的生活态度。\n") == []
    # counter-test: the quoted word before it in the paragraph
    assert pairs("近日,“特种兵式旅游”在社交平台走红。该词指的是在短时间内以高强度行程游览多个景点的旅游方式。\n") == [
        ("“特种兵式旅游”", "指的是在短时间内以高强度行程游览多个景点的旅游方式。")
    ]


def test_a_quoted_headword_restated_with_its_standing_is_no_entry():
    # 1|「內卷」 / 「內卷」同樣是今年的熱詞之一: a standing after a bare 是, no definition
    text = (
        "2023年內地十大網絡熱詞\n\n1|「內卷」\n「內卷」同樣是今年的熱詞之一,在各大平台被廣泛使用。\n\n"
        "2|「躺平」\n「躺平」本身是一個中性詞,但在網上常被用來形容放棄奮鬥的態度。\n\n"
        "3|「網美」\n「網美」即網絡美女,尤其是那些經常在社交平台上分享自拍的女性。\n"
    )
    assert [term for term, _ in pairs(text)] == ["「躺平」", "「網美」"]


def test_a_definition_stops_before_another_subjects_then_sentence():
    # a bulletin's paragraphs: one definition, then a sentence about another subject with 则是 (no sibling definition)
    text = (
        "经营净收入是指住户或住户成员从事生产经营活动所获得的净收入。去年全市农村居民的工资性收入则是增长最快的一项,达到18630元。\n\n"
        "村级债务是指村级组织在生产经营、公益事业建设等活动中形成的各类债务。这些债务则是历史上长期积累形成的,化解难度较大。\n\n"
        "工资性收入是指就业人员通过各种途径得到的全部劳动报酬和各种福利。经营净收入则是农民增收的重要来源,去年增长6.1%。\n"
    )
    assert pairs(text) == [
        ("经营净收入", "是指住户或住户成员从事生产经营活动所获得的净收入。"),
        ("村级债务", "是指村级组织在生产经营、公益事业建设等活动中形成的各类债务。"),
        ("工资性收入", "是指就业人员通过各种途径得到的全部劳动报酬和各种福利。"),
    ]
    # counter-test: a sibling defined with 则是 is an entry of its own, and a definition goes on over its own sentences
    siblings = (
        "城镇登记失业率是指在城镇就业服务机构登记的失业人员占城镇从业人员与登记失业人员之和的比率。"
        "城镇调查失业率则是通过劳动力调查取得的城镇失业人口占城镇劳动力的比率。两者的统计口径不同。\n"
    )
    assert [term for term, _ in pairs(siblings)] == ["城镇登记失业率", "城镇调查失业率"]
    on = "固定资产投资额是以货币表现的建造和购置固定资产活动的工作量,它是反映固定资产投资规模、速度、比例关系和使用方向的综合性指标。\n"
    assert pairs(on) == [("固定资产投资额", on[7:].strip())]


def test_a_work_reports_prose_gives_no_definitions():
    # the 1983 work report: 是以…的, closing its clause on 的, says how the subject is done
    report_1983 = (
        "\u3000\u3000为了保证精神产品的质量，各级思想文化领导部门，必须尊重艺术规律，尊重作家艺术家的创造性劳动。"
        "在相当长的历史时期内，我们要大力发展社会主义的商品生产和商品交换，但它们同资本主义私有制条件下那种唯利是图、盲目进行的商品生产有着本质的区别。"
        "多数精神产品是以商品形式进行流通的，但是，我们绝不能让“一切向钱看”的腐朽思想在我们的社会生活中自由泛滥。"
        "一切严肃的、爱国的、革命的作家和艺术家，绝不能把自己的作品和表演当作牟取名利的手段。\n"
    )
    assert pairs(report_1983) == []
    # the 1958 report: a subject opening with a demonstrative names no term
    report_1958 = (
        "\u3000\u3000财政收支不仅取得了平衡，而且有所结余。这个促进国民经济发展和克服困难的过程，证明了我国社会主义经济的巨大优越性。\n\n\n\n"
        "（二）争取一九五八年国民经济的新跃进\n\n\n"
        "\u3000\u3000一九五八年是我国第二个五年计划的第一年。这一年发展国民经济的主要任务，是以很大的力量从各方面来促进农业生产的高潮，"
        "争取农业大丰收；积极地发展重工业，主要是增加燃料、电力、原材料、化学肥料、重型机械、农业动力机械和电力设备的产量。\n\n"
        "\u3000\u3000我们应当努力争取一九五八年的国民经济发展有一个新的跃进，为第二个五年计划创造一个好的开端。\n"
    )
    assert pairs(report_1958) == []
    # the 1982 report's rules: a scope in commas before what must be done with it is an instruction
    report_1982 = (
        "\u3000\u3000为了严格控制投资规模和保证建设资金的合理使用，提高投资效果，国务院作出了以下规定。\n\n\u3000\u3000\n"
        "一、固定资产投资总规模，包括国家预算内的拨款、自筹资金和银行贷款，都必须由国家计委和省、市、自治区计委进行综合平衡，统一纳入国家计划。\n"
        "不论哪个地区和部门，如果突破固定资产投资的计划，都必须事前按照隶属关系报请上级批准，否则以违反财经纪律论处。\n"
    )
    assert pairs(report_1982) == []
    # the 2017 report: 是以…的有效方式，是…的重要力量，…: the standing of 双创, no definition
    report_2017 = (
        "持续推进大众创业、万众创新。“双创”是以创业创新带动就业的有效方式，是推动新旧动能转换和经济结构升级的重要力量，"
        "是促进机会公平和社会纵向流动的现实渠道，要不断引向深入。新建一批“双创”示范基地，鼓励大企业和科研院所、高校设立专业化众创空间。\n"
    )
    assert pairs(report_2017) == []
    # counter-tests: 是以 opening a definition (a statistics glossary's), a scope that is the definition, a word a
    # demonstrative stands for (P542's 这个起源于广东方言的词语,意为…) are still read
    glossary = (
        "农林牧渔业总产值是以货币表现的农林牧渔业的全部产品总量和对农林牧渔业生产活动进行的各种支持性服务活动的价值。\n\n"
        "高技术制造业包括医药制造,航空、航天器及设备制造,电子及通信设备制造等6大类。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["农林牧渔业总产值", "高技术制造业"]


def test_a_definition_in_a_numbered_sections_later_paragraph_ends_with_its_paragraph():
    # a work report's numbered section, every paragraph indented alike, is read as one note; a definition inside its
    # later prose (here a statistics glossary's sentence set among the 1983 report's paragraphs) ends with its paragraph
    from policyterms.mining.extract_layouts import find_entries

    section = (
        "\u3000\u3000（５）改进对科技人员的考核、晋级、评定职称和奖励制度，促进中青年科技力量的成长。\n\n"
        "\u3000\u3000广大的哲学社会科学工作者要继续坚持以马列主义、毛泽东思想为指导，继续贯彻理论联系实际和“百花齐放、百家争鸣”的方针，拿出高质量的研究成果。\n\n"
        "\u3000\u3000为了保证精神产品的质量，各级思想文化领导部门，必须尊重艺术规律，尊重作家艺术家的创造性劳动。"
        "固定资产投资是以货币表现的建造和购置固定资产活动的工作量,它是反映固定资产投资规模、速度、比例关系和使用方向的综合性指标。\n\n"
        "\u3000\u3000要大力加强医疗卫生事业。在发展现代医药的同时，要注意发展我国传统医药，克服忽视祖国医药宝库的现象。\n\n"
        "\u3000\u3000进一步落实知识分子政策，充分调动他们的积极性，是加强文化建设的关键。\n"
    )
    [entry] = find_entries(section)
    assert entry.term == "固定资产投资"
    assert entry.definition == "是以货币表现的建造和购置固定资产活动的工作量,它是反映固定资产投资规模、速度、比例关系和使用方向的综合性指标。"
    assert section[entry.start : entry.end].endswith("综合性指标。")
    # counter-test: a numbered note's definition in its first paragraph runs on over the note's paragraphs
    note = (
        "  1. 一般公共预算收入是指以税收为主体的财政收入。\n\n"
        "  包括税收收入和非税收入两部分。\n"
    )
    [entry] = find_entries(note)
    assert entry.definition.endswith("两部分。")

# --- the twenty-ninth round -------------------------------------------------------------------------------


def test_a_word_glossed_by_who_uses_it_for_what():
    # P562: a news item's run-in usage glosses, 被…用來 and 是…用來, the word before the frame, the frame kept
    text = (
        "金句文摘\n\n「Tuhao、Dama、Guanggun。」\n\n"
        "──北京青年報報導,土豪、大媽和光棍這些中國新詞語,有望明年收入《牛津英語詞典》中。"
        "土豪被內地網友用來諷刺暴發戶,也用來形容蘋果手機的金色外殼;大媽是外媒用來形容中國的中老年女性,"
        "她們於今年4至6月間因為搶購黃金而聲名大噪;光棍被外媒用來指高齡未婚的男性,以之取代單身漢的字眼。\n"
    )
    assert pairs(text) == [
        ("土豪", "被內地網友用來諷刺暴發戶,也用來形容蘋果手機的金色外殼"),
        ("大媽", "是外媒用來形容中國的中老年女性,她們於今年4至6月間因為搶購黃金而聲名大噪"),
        ("光棍", "被外媒用來指高齡未婚的男性,以之取代單身漢的字眼。"),
    ]
    # a frame naming the subject a word is no part of it (P548)
    assert pairs("「很牛」一詞是用來形容人很厲害、強勁的意思,在內地經常被使用。\n") == [
        ("「很牛」", "是用來形容人很厲害、強勁的意思,在內地經常被使用。")
    ]


def test_a_purpose_or_a_news_subject_used_for_something_is_no_usage_gloss():
    # a budget note: funds used to support, a tool used to guide (用来指导): no verb of meaning
    assert pairs(
        "今年市级财政安排专项资金12亿元,其中8亿元被用来支持中小企业技术改造,4亿元用于保障性住房建设。"
        "专项资金是政府用来引导产业发展的重要工具,资金被各区用来指导重点项目建设。\n"
    ) == []
    # a news item: a phrase as the subject (视频中的老人) is no word
    assert pairs("本报讯 近日,一段视频在网上流传。视频中的老人被网友用来调侃“躺平”的年轻人,引发热议。\n") == []
    # a thing pointed at (这张照片) and a verb modifying a count (用来调侃的次数) gloss no word
    assert pairs("这张照片被网友用来讽刺某些地方的形式主义作风,引发热议。\n") == []
    assert pairs("小编被读者用来调侃的次数越来越多。\n") == []
    # counter-test: a word so glossed in the same news stays
    assert pairs("“躺平”被不少年轻人用来形容一种不再努力奋斗的生活态度。\n") == [("“躺平”", "被不少年轻人用来形容一种不再努力奋斗的生活态度。")]


def test_a_plain_words_restatement_goes_on_the_definition_before_it():
    # P564: two run-in definitions, the second restated in plain words (简单来说,就是…): the restatement is its
    text = (
        "碳中和中的碳是指二氧化碳。碳中和是指企业、团体或个人测算在一定时间内直接或间接产生的温室气体排放总量,"
        "然后通过植树造林、节能减排等形式,抵消自身产生的二氧化碳排放量,实现二氧化碳零排放。"
        "简单来说,就是产生多少二氧化碳,就用植树造林、节能减排等合理方式处理多少二氧化碳。\n"
    )
    assert [(t, d[-12:]) for t, d in pairs(text)] == [("碳中和中的碳", "是指二氧化碳。"), ("碳中和", "理方式处理多少二氧化碳。")]
    # counter-test: a news sentence after the definitions (no restatement) stays out
    news = (
        "碳达峰是指二氧化碳排放量达到历史最高值。碳中和是指排放量与吸收量相抵。"
        "今年以来,我市新增光伏装机容量12万千瓦,同比增长30%。\n"
    )
    assert [d for _, d in pairs(news)] == ["是指二氧化碳排放量达到历史最高值。", "是指排放量与吸收量相抵。"]
    # a plain-words connective opening the report's next topic (简单来说,今年全市要…) restates nothing: it stays out
    topic = (
        "碳达峰是指二氧化碳排放达到峰值后不再增长。简单来说,今年全市要重点抓好能源结构调整。"
        "碳中和是指通过植树造林、节能减排等形式抵消自身产生的二氧化碳排放。\n"
    )
    assert [d for _, d in pairs(topic)] == ["是指二氧化碳排放达到峰值后不再增长。", "是指通过植树造林、节能减排等形式抵消自身产生的二氧化碳排放。"]
    # counter-test: one naming the term restates it (P481's 通俗地讲,如果某一行政主体拥有一块飞地,…)
    named = topic.replace("简单来说,今年全市要重点抓好能源结构调整。", "简单来说,碳达峰就是排放量不再增加。")
    assert pairs(named)[0][1] == "是指二氧化碳排放达到峰值后不再增长。简单来说,碳达峰就是排放量不再增加。"


def test_a_field_framed_quoted_word_after_its_plain_sense():
    # P566 (simplified): the plain sense of the quoted word, then its sense in a field, the frame kept in the term
    text = "“赛道”指距离竞赛或速度竞赛时使用的比赛区域。经济领域的“新赛道”指以新技术、新模式为核心竞争力的新兴产业或行业细分领域。\n"
    assert pairs(text) == [
        ("“赛道”", "指距离竞赛或速度竞赛时使用的比赛区域。"),
        ("经济领域的“新赛道”", "指以新技术、新模式为核心竞争力的新兴产业或行业细分领域。"),
    ]
    # counter-tests: a frame naming who said it or pointing back, and prose around a quoted word, make no term
    from policyterms.mining.extract_layouts.quoted_frames import framed_quoted_term

    assert framed_quoted_term("经济领域的“新赛道”") and framed_quoted_term("金融市场的“新常态”")
    assert not framed_quoted_term("他提出的“新赛道”") and not framed_quoted_term("这里的“赛道”")
    assert not framed_quoted_term("着力解决“三老”问题") and not framed_quoted_term("报告所说的“新赛道”")
    # a document or an occasion before the quoted word (报告中的, 今年的) is where it was said, no field
    assert not framed_quoted_term("报告中的“新质生产力”") and not framed_quoted_term("今年的“两会”")
    assert pairs("学习贯彻全国两会精神\n\n报告中的“新质生产力”是指创新起主导作用的先进生产力质态。\n\n今年的“两会”是指3月召开的全国人大和全国政协会议。\n") == []


def test_short_headwords_glossed_with_comma_ji_in_a_semicolon_series():
    # P566: 中國式,即…;中國式現代化,即…, the restatement lost to mojibake (?!) kept inside the last
    text = (
        "中國式,即中國樣式、中國特色;中國式現代化,即有中國特色的現代化?!爸袊浆F代化”是中國共產黨領導的社會主義現代化,"
        "是實現中華民族偉大復興的光明大道。\n"
    )
    assert pairs(text) == [
        ("中國式", "即中國樣式、中國特色"),
        ("中國式現代化", "即有中國特色的現代化?!爸袊浆F代化”是中國共產黨領導的社會主義現代化,是實現中華民族偉大復興的光明大道。"),
    ]
    # counter-tests: dates and counts after 即, a lead-in's parts, a statistics sentence
    assert pairs("2020年,即“十三五”收官之年,全市GDP增长3.5%;次年,即2021年,全市GDP增长8.1%。\n") == []
    assert pairs("项目分两期建设:一期,即东区,占地120亩;二期,即西区,占地200亩。总投资15亿元。\n") == []


def test_a_reports_times_and_stages_glossed_with_comma_ji_are_no_series():
    # a plan report's years and stages (过去两年,即…;今年,即…; 第一阶段,即…;第二阶段,即…): its schedule, no glossary
    assert pairs("过去两年,即“十四五”开局之年和攻坚之年;今年,即党的二十大召开之年,我们要保持战略定力。\n") == []
    assert pairs("改革分两个阶段推进。第一阶段,即试点阶段,重点在三个区先行先试;第二阶段,即推广阶段,在全市范围内全面铺开。\n") == []
    # counter-test: words glossed so stay a series, 现代化 among them
    assert [t for t, _ in pairs("中国式,即中国样式、中国特色;现代化,即由传统社会向现代社会转变的历史过程;中国式现代化,即中国共产党领导的社会主义现代化。\n")] == [
        "中国式", "现代化", "中国式现代化"
    ]


def test_a_dictionary_frame_leaves_the_word_and_the_announcement_below_stays():
    # P565: 民营在汉语词典中的规范释义指…: the word is the term; the paragraph's closing 以下… announcement is kept
    text = (
        "民营在汉语词典中的规范释义指“由民间个人或集体投资经营,而非由国家或政府直接经营”的经济活动形式。"
        "其核心含义强调经营主体的非官方属性与市场化运作特征。以下从权威词典与语言学角度解析:\n核心定义\n"
    )
    assert pairs(text)[0] == (
        "民营",
        "指“由民间个人或集体投资经营,而非由国家或政府直接经营”的经济活动形式。其核心含义强调经营主体的非官方属性与市场化运作特征。"
        "以下从权威词典与语言学角度解析:",
    )
    from policyterms.mining.extract_layouts.quoted_frames import located_meaning_term

    assert located_meaning_term("城镇化在统计上的定义") == "城镇化"
    # counter-tests: a subject naming a place or a time, no meaning, stays as it was
    assert located_meaning_term("民营经济在全市中的比重") is None and located_meaning_term("改革在实践中的意义") is None

# --- the twenty-ninth round (dev-29) ---------------------------------------------------------------------------


def test_an_english_name_with_its_short_form_in_a_headwords_brackets():
    # 198: the bracket holds an English name and 简称PPI; the whole headword is the term, the definition opens at 是
    text = (
        "工业生产者出厂价格指数(Producer Price Index for Industrial Products,简称PPI)是反映全部工业产品出厂价格总水平的"
        "变动趋势和程度的相对数,包括工业企业售给本企业以外所有单位的各种产品和直接售给居民用于生活消费的产品。"
        "通过工业品出厂价格指数能观察出厂价格变动对工业总产值的影响。"
    )
    ((term, definition),) = pairs(text)
    assert term == "工业生产者出厂价格指数(Producer Price Index for Industrial Products,简称PPI)"
    assert definition.startswith("是反映全部工业产品") and definition.endswith("对工业总产值的影响。")
    # counter-test: a release naming the same index with its figure defines nothing
    assert pairs(
        "2024年国民经济运行情况\n\n工业生产者出厂价格指数(Producer Price Index for Industrial Products,简称PPI)比上年下降2.2%,"
        "降幅比上年收窄0.8个百分点。全年采购经理指数(Purchasing Managers Index,简称PMI)均值为49.8%。\n"
    ) == []


def test_a_class_named_after_the_thing_it_grew_from():
    # 201: 是在“询问”基础上发展形成的一种监督方式: a bare 是 naming the class, the place of growth first
    text = (
        "当前位置:首页\n全国人大常委会开展专题询问的实践\n"
        "“询问”是全国人大常委会会议的法定程序,始于1982年制定的全国人大组织法。\n"
        "“专题询问”是在“询问”基础上发展形成的一种监督方式。2010年3月9日,…提出,要选择代表普遍关心的问题开展专题询问。\n"
    )
    found = dict(pairs(text))
    assert found["“专题询问”"].startswith("是在“询问”基础上发展形成的一种监督方式。")
    # counter-test: news placing a result on last year's base defines nothing
    assert pairs("今年的增长是在去年高基数基础上取得的,成绩来之不易。该项目是在原有厂房基础上改造升级的。\n") == []


def test_an_answer_quoting_its_source_before_restating_the_asked_term():
    # 202: the regulation's attribution is a frame; the answer opens at 是; the status paragraph below is no part of it
    text = (
        "什么是政协提案?\n时间:2017-03-05 8:19:01 来源:本站\n\n"
        "《中国人民政治协商会议全国委员会提案工作条例》总则第二条指出:政协提案是政协委员、参加政协的党派、人民团体和政协专门"
        "委员会向政协全体会议或者常务委员会提出的、经提案审查委员会或者提案委员会审查立案后由承办单位的书面意见和建议。\n\n"
        "  政协提案是人民政协行使政治协商、民主监督和参政议政职能的一个重要方面,是参加政协的各党派…的一种重要形式。\n\n"
        "©政协苍南县委员会版权所有\n"
    )
    ((term, definition),) = pairs(text)
    assert term == "政协提案"
    assert definition.startswith("是政协委员") and definition.endswith("由承办单位的书面意见和建议。")
    # counter-test: a speaker quoted on what the term matters for gives its standing, no definition
    text = (
        "什么是营商环境?\n时间:2023-05-06 来源:本站\n\n"
        "习近平总书记指出:营商环境是企业生存发展的土壤。优化营商环境就是解放生产力、提高综合竞争力。\n\n"
        "营商环境是一个国家或地区经济软实力的重要体现,是提高综合竞争力的重要方面。\n"
    )
    assert pairs(text) == []
    # counter-test: a role paragraph below an answer ends it, a later 是指 paragraph stays an entry
    text = (
        "什么是河长制?\n时间:2018-03-05 来源:水利局\n\n"
        "《关于全面推行河长制的意见》明确:河长制是由各级党政主要负责同志担任河长,负责组织领导相应河湖的管理和保护工作的制度。\n\n"
        "河长制是落实绿色发展理念、推进生态文明建设的内在要求,是解决我国复杂水问题、维护河湖健康生命的有效举措。\n"
    )
    assert pairs(text) == [("河长制", "是由各级党政主要负责同志担任河长,负责组织领导相应河湖的管理和保护工作的制度。")]


def test_shi_before_a_strong_marker_opens_the_definition():
    # P551: 时政新词是特指…: 是 goes with 特指, not with the term
    text = "概念界定\n时政新词是特指在特定政治社会环境演变过程中,为描述新型治理理念、政策导向或社会现象而诞生的术语集合。\n"
    assert pairs(text) == [("时政新词", "是特指在特定政治社会环境演变过程中,为描述新型治理理念、政策导向或社会现象而诞生的术语集合。")]
    # counter-test: 它不是泛指…,而是特指…: a clause, no term
    assert [term for term, _ in pairs("社会主义初级阶段,它不是泛指任何国家进入社会主义都会经历的起始阶段,而是特指我国…的特定阶段。\n")] != ["它不"]


def test_a_dictionary_pages_sense_labels_give_senses_of_its_headword():
    # P552: 一、本义层面 / 二、引申层面 name the kind of sense; 三、现代应用 gives usage
    text = (
        '"农禾"是由"农"与"禾"组成的复合词,在汉语体系中具有双重语义维度。\n'
        "一、本义层面 指代农业生产中的主要粮食作物,特指水稻、小麦等禾本科栽培植物。\n"
        '二、引申层面 作为农业文明的象征符号,常见于古诗词赋。宋代范成大《四时田园杂兴》中"农禾满野水纵横"的描绘,既指实体的庄稼。\n'
        '三、现代应用 当代农业科技文献中,"农禾"常作为品种改良术语。\n'
    )
    assert [term for term, _ in pairs(text)] == ["农禾", "农禾"]
    assert pairs(text)[0][1].startswith("指代农业生产中的主要粮食作物")
    # counter-test: a page without sense labels keeps its 应用 item
    text = "一、人工智能 指研究、开发用于模拟、延伸和扩展人的智能的理论、方法及应用系统的技术科学。\n二、机器学习 指计算机从数据中学习规律的方法。\n"
    assert [term for term, _ in pairs(text)] == ["人工智能", "机器学习"]
    # a headword line of another word between the opening paragraph and the senses: the senses are its
    text = (
        "词语辨析:“内卷”与“躺平”\n\n“躺平”,最近一段时间在年轻人中十分流行。“躺平”和“内卷”常被放在一起讨论,“躺平”与“内卷”并不相同。\n\n"
        "内卷\n\n本义:指一种社会或文化模式在某一发展阶段达到某种确定的形式后,便停滞不前的现象。\n\n"
        "引申义:指同行间竞相付出更多努力以争夺有限资源,从而导致个体收益努力比下降的现象。\n"
    )
    assert [term for term, _ in pairs(text)] == ["内卷", "内卷"]
    # counter-test: a title line above the opening paragraph names no other word; its word stays the senses'
    text = (
        "小康\n\n“小康”一词最早出自《诗经·大雅·民劳》,“小康”在历史上有多种含义。\n\n本义:指生活比较安定。\n\n"
        "引申义:指家庭经济比较宽裕,可以不愁温饱。\n"
    )
    assert [term for term, _ in pairs(text)][-2:] == ["小康", "小康"]


def test_a_list_of_words_where_some_paragraphs_tell_news_about_the_word():
    # P553: 疫苗作为…的重要手段, 疫情期间,直播带货成为了…, “打工人”一词起源于…: beside 是指 paragraphs, no entries
    text = (
        "二、十大网络热词解析\n1. 打工人\n“打工人”一词起源于网络,原本是调侃自己辛勤工作的自嘲词汇,后来逐渐演变为表达对普通劳动者尊重的一种方式。\n"
        "2. 斜杠青年\n“斜杠青年”指的是拥有多重身份、职业或兴趣的人。他们追求多元化的生活。\n"
        "3. 疫苗\n疫苗作为预防传染病的重要手段,在全球范围内受到广泛关注。疫苗的研发和接种成为了抗击疫情的关键。\n"
        "4. 直播带货\n疫情期间,直播带货成为了一种新型的电商模式。许多明星、网红纷纷加入直播带货的行列。\n"
        "5. 云办公\n云办公是指在云端进行工作,无需到公司或办公室。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“斜杠青年”", "云办公"]
    # counter-test: a yearbook entry naming its term later in its first sentence stays
    text = (
        "工业生产指数 按国际标准产业分类的大类,包括矿业,制造业,电力、煤气、水,工业生产指数体现按美元不变价计算的增加值的变化。\n"
        "城镇化率 指城镇常住人口占总人口的比重。\n人均可支配收入 指居民可用于最终消费支出和储蓄的总和。\n"
    )
    assert [term for term, _ in pairs(text)] == ["工业生产指数", "城镇化率", "人均可支配收入"]


def test_a_headword_block_dividing_its_subject_into_kinds_is_no_entry():
    # P554: 2. 政策的层次 / 政策可以按照层次分为…: a classification
    text = (
        "一、了解政策的基本概念\n1. 政策的定义\n政策是指国家或政府为解决某一问题或实现某一目标而制定和实施的规则、措施和办法。\n"
        "2. 政策的层次\n政策可以按照层次分为国家政策、地方政策、行业政策和企业政策等。了解政策的层次有助于我们更好地把握政策的核心。\n"
    )
    assert [term for term, _ in pairs(text)] == ["政策"]
    # counter-test: a definition whose marker opens on a division stays (160)
    text = "个体工商户分型是指市场监管部门将个体工商户按照存续时间等指标划分为“生存型”“发展型”“成长型”三种类型。\n"
    assert [term for term, _ in pairs(text)] == ["个体工商户分型"]


def test_items_under_a_subsection_of_principles_or_bases_are_points():
    # P555: 2.1 划片原则 / …主要包括以下几方面: / • 就近入学:…; 2.3 划片方式's items are kinds, entries
    text = (
        "二、划片入学规则解析\n\n2.1 划片原则\n\n划片原则主要包括以下几方面:\n\n"
        "  • 就近入学:优先满足住宅区域内的适龄儿童入学需求。\n  • 均衡发展:促进教育资源均衡配置,提高整体教育质量。\n\n"
        "2.3 划片方式\n\n划片方式主要有以下几种:\n\n"
        "  • 单校划片:每个学校对应一个划片区域。\n  • 多校划片:多个学校对应一个划片区域,家长可自主选择学校。\n\n"
        "2.4 划片依据\n\n划片依据主要包括以下几方面:\n\n  • 户籍:具有当地户籍的适龄儿童。\n  • 房产:拥有房产证的适龄儿童。\n"
    )
    assert [term for term, _ in pairs(text)] == ["单校划片", "多校划片"]
    # counter-test: a notice's terms section under a subsection number stays a glossary
    text = (
        "1.1 申请条件\n\n申请条件主要包括以下几方面:\n\n  • 户籍:具有本市城镇户籍。\n  • 住房:家庭在本市无自有住房。\n\n"
        "1.2 主要术语\n\n  • 公共租赁住房:指限定建设标准和租金水平,面向住房困难家庭出租的保障性住房。\n"
        "  • 人均住房建筑面积:指家庭住房建筑面积除以家庭人口数。\n"
    )
    assert [term for term, _ in pairs(text)] == ["公共租赁住房", "人均住房建筑面积"]


def test_an_indispensable_link_is_a_standing():
    # P556: 政策解读是…不可或缺的环节: the lead's standing, no definition
    text = (
        "引言:政策解读的重要性与挑战\n\n政策解读是政府、企业和社会组织在执行公共政策时不可或缺的环节。它不仅关系到政策目标的实现。\n\n"
        "政策解读的适用范围\n\n政策解读的适用范围是指在哪些情境下、对哪些主体和内容需要进行解读。\n"
    )
    assert [term for term, _ in pairs(text)] == ["政策解读的适用范围"]


def test_a_quoted_words_sense_after_a_negated_one():
    # P557: “绿色建筑”的“绿色”,并不是指…,而是代表…: the definition opens at 代表
    text = (
        "“绿色建筑”的“绿色”,并不是指一般意义的立体绿化、屋顶花园,而是代表一种概念或象征,指建筑对环境无害的一种建筑,"
        "又可称为可持续发展建筑、生态建筑等。绿色建筑是指在建筑的全寿命周期内,最大限度节约资源的建筑。\n"
    )
    assert pairs(text) == [
        ("“绿色建筑”的“绿色”", "代表一种概念或象征,指建筑对环境无害的一种建筑,又可称为可持续发展建筑、生态建筑等。"),
        ("绿色建筑", "是指在建筑的全寿命周期内,最大限度节约资源的建筑。"),
    ]
    # counter-test: a commentary saying what to do after 而是 defines nothing
    assert pairs("深化改革的几点思考\n\n“放管服”并不是指简单放权,而是要转变政府职能,提高行政效能。\n") == []


def test_a_further_sense_and_an_encyclopedias_section_headings():
    # P559: …;又可指中國內陸。 stays in the definition; 中國內地概念含義 / 中國內地中國內地概念 are section headings
    text = (
        "中國內地\n\n鎖定\n中國內地專指中華人民共和國港澳台地區外的領土範圍,現一般意同境內地區又稱為中國境內;又可指中國內陸。\n"
        "中文名\n中國內地\n\n中國內地概念含義\n\n“內地”一詞是一個模糊的定義,在不同場合有不同的意義,語境一般是“同一國的內陸地區”。\n\n"
        "中國內地中國內地概念\n\n在中國,與香港特別行政區對應的規範概念應為“中國內地”,香港特別行政區政府也均使用“中國內地”這一概念。\n"
    )
    assert pairs(text) == [("中國內地", "專指中華人民共和國港澳台地區外的領土範圍,現一般意同境內地區又稱為中國境內;又可指中國內陸。")]
    # counter-test: a section heading over a paragraph defining the name keeps the definition
    text = (
        "河长制\n\n中文名\n河长制\n\n河长制概念\n\n河长制是指在河湖管理中由各级党政负责人担任河长的责任制度;又可指相应的河湖管理工作机制。\n\n"
        "河长制历史沿革\n\n2003年,浙江省长兴县在全国率先实行河长制。\n"
    )
    assert pairs(text) == [("河长制", "是指在河湖管理中由各级党政负责人担任河长的责任制度;又可指相应的河湖管理工作机制。")]


def test_a_speakers_saying_after_a_negated_sense_is_no_sense():
    # a speech: 而是表示 before a person or a duty says what to do
    speech = (
        "在全市教育工作会议上的讲话\n\n同志们:\n\n"
        "“双减”并不是指简单地减少作业和校外培训,而是表示我们要把教育的重心重新放回学校,让孩子们健康成长。各区要切实抓好落实。\n"
    )
    assert pairs(speech) == []
    # P557: the sense after 而是代表 stays
    assert pairs(
        "“绿色建筑”的“绿色”,并不是指一般意义的立体绿化、屋顶花园,而是代表一种概念或象征,指建筑对环境无害,"
        "能充分利用环境自然资源,并且在不破坏环境基本生态平衡条件下建造的一种建筑。\n"
    ) == [
        (
            "“绿色建筑”的“绿色”",
            "代表一种概念或象征,指建筑对环境无害,能充分利用环境自然资源,并且在不破坏环境基本生态平衡条件下建造的一种建筑。",
        )
    ]
    # 而是指 before the country's own name is a sense
    assert pairs("“新型工业化”并不是指简单地新建工厂,而是指我国在新一轮科技革命中推进的工业化道路。\n") == [
        ("“新型工业化”", "指我国在新一轮科技革命中推进的工业化道路。")
    ]


def test_one_definition_of_a_paragraph_ends_before_a_plain_words_topic():
    # a speech: the one definition of its paragraph stops before 简单来说 opening the year's tasks
    speech = (
        "在全区经济工作会议上的讲话\n\n"
        "“放管服”改革是指简政放权、放管结合、优化服务。简单来说,今年全区要重点抓好三件事:一是优化营商环境,二是扩大有效投资,"
        "三是保障改善民生。\n\n各部门要切实抓好落实。\n"
    )
    assert pairs(speech) == [("“放管服”改革", "是指简政放权、放管结合、优化服务。")]
    # P564's shape: a plain-words restatement (就是…) or one naming the term stays on the definition
    assert pairs("碳中和是指通过植树造林、节能减排等形式,抵消自身产生的二氧化碳排放量。简单来说,就是让二氧化碳排放量“收支相抵”。\n") == [
        ("碳中和", "是指通过植树造林、节能减排等形式,抵消自身产生的二氧化碳排放量。简单来说,就是让二氧化碳排放量“收支相抵”。")
    ]
    assert pairs("碳中和是指通过植树造林、节能减排等形式,抵消自身产生的二氧化碳排放量。通俗地讲,碳中和让排放和吸收相互抵消。\n")[0][1].endswith(
        "通俗地讲,碳中和让排放和吸收相互抵消。"
    )


def test_a_kind_of_saying_before_the_marker_is_no_term():
    # a list of new words: 比喻说法,指… under a numbered headword line glosses the headword, no term 比喻说法
    text = (
        "2023年度十大新词\n\n1、新三样\n\n比喻说法,指电动载人汽车、锂离子蓄电池、太阳能电池三类产品。\n\n"
        "2、村超\n\n指贵州省榕江县举办的乡村足球超级联赛。\n"
    )
    assert pairs(text) == [
        ("新三样", "比喻说法,指电动载人汽车、锂离子蓄电池、太阳能电池三类产品。"),
        ("村超", "指贵州省榕江县举办的乡村足球超级联赛。"),
    ]
    # a term before its comma and marker stays one
    assert pairs("碳达峰,指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。\n") == [
        ("碳达峰", "指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。")
    ]


# --- the thirtieth round: a Japanese edition, note-labelled headword blocks ----------------------------------------


def test_a_japanese_explanation_is_no_definition():
    # 207: a portal's Japanese edition of the work report's keywords; the kanji headwords pass as Chinese
    page = (
        "吉林省活動報告から読み解く10の高頻度キーワード\n"
        "1. 発展:所得増加の「確かな基盤」\n"
        "発展は住民の生活と密接です。報告では、「都市・農村住民の所得増加は吉林省の経済発展と緊密に関連している」と明記。\n"
        "2. 建設:生活向上の「具体的な工程表」\n"
        "「建設」は単なる建築を指すのではなく、生活の課題を的確に解決する施策を意味します。\n"
    )
    assert pairs(page) == []
    # a Chinese definition quoting a Japanese phrase (a few kana) stays
    assert pairs("“辛苦了”是指日语“お疲れ様です”的中文说法,是同事之间下班时常用的问候语。\n") == [
        ("“辛苦了”", "是指日语“お疲れ様です”的中文说法,是同事之间下班时常用的问候语。")
    ]


def test_a_note_label_under_a_headword_line_is_no_part_of_the_definition():
    # P569: a list of new words, each gloss under the label 【注】
    page = (
        "171条汉语新词语及解释\n"
        "145、文替\n【注】即文戏替身。为加快拍戏进度,经常A、B两个组同时拍,文替替主演拍全景戏或有背影的戏。\n"
        "146、巫毒娃娃\n【注】巫毒教源起于非洲南部,由于该宗教施法时需要透过一种媒介,就是巫毒娃娃,但是原始的巫毒娃娃造型均是由兽骨或是稻草编制而成,各个面目狰狞。\n"
        "148、新明星学者\n【注】即通过电视媒体炒作出来的学者。\n"
        "149、新中间阶层\n【注】中国国情研究会在“新中间阶层生活调查”报告中将月收入2000元以上的人群,定义为新中间阶层。\n"
        "151、炫富\n【注】展示、炫耀财富。\n"
        "152、学术超男\n【注】厦门大学教授易中天通过中央电视台的《百家讲坛》栏目迅速走红,媒体和网络中将他称为“学术超男”。\n"
    )
    assert pairs(page) == [
        ("文替", "即文戏替身。为加快拍戏进度,经常A、B两个组同时拍,文替替主演拍全景戏或有背影的戏。"),
        ("新明星学者", "即通过电视媒体炒作出来的学者。"),
        ("炫富", "展示、炫耀财富。"),
    ]
    # a literal reading's frame before 是 opens no definition
    literal = page.replace("151、炫富\n【注】展示、炫耀财富。\n", "147、捂盘惜售\n【注】从字面意思理解是“捂住楼盘,舍不得把房子拿出来销售”,其目的是哄抬房产价格。\n")
    assert ("捂盘惜售", "是“捂住楼盘,舍不得把房子拿出来销售”,其目的是哄抬房产价格。") in pairs(literal)
    # a note opening as a definition keeps its entry, whatever it names later
    named = (
        "新词语\n1、躺平\n【注】指放弃奋斗、降低欲望的生活态度,网友将这种人称为躺平族。\n"
        "2、内卷\n【注】指同行间竞相付出更多努力以争夺有限资源,从而导致个体收益努力比下降的现象。\n"
    )
    assert [t for t, _ in pairs(named)] == ["躺平", "内卷"]


def test_a_sense_label_under_a_numbered_headword_line_gives_the_word():
    # P571: a list of words, each on a numbered line, its old and new senses labelled 本意 and 新意
    page = (
        "名词新解\n\n作者/卯妮子\n\n1.矿难\n\n"
        "本意:指在采矿过程中发生的事故,通常造成伤亡的危险性极大。引发矿难的原因可能有多种,包括有毒气体泄漏或者天然气爆炸。\n\n"
        "新意:2018年,比特币价格在一年内由20000美元一度跌破3600美元,这轮比特币暴跌因为跌穿了挖矿成本价,而被称为一场“矿难”。\n\n"
        "2.锦鲤\n\n本意:指色彩艳丽的观赏鱼,在中国传统文化中象征吉祥。\n\n新意:2018年,一位网友在抽奖中独中大奖,被称为“锦鲤”。\n"
    )
    assert pairs(page) == [
        ("矿难", "指在采矿过程中发生的事故,通常造成伤亡的危险性极大。引发矿难的原因可能有多种,包括有毒气体泄漏或者天然气爆炸。"),
        ("锦鲤", "指色彩艳丽的观赏鱼,在中国传统文化中象征吉祥。"),
    ]
    # a report's numbered section whose paragraph opens with 本意 names no headword above a sense
    report = "一、工作回顾\n\n本意:指改革的初衷是方便群众办事,减少跑腿次数。\n"
    assert all(term != "本意" for term, _ in pairs(report))


def test_the_last_gloss_of_a_run_in_series_ends_at_its_stop():
    # P572: three run-in glosses joined by semicolons, then a remark on the whole phrase
    paragraph = (
        "踔厲,意為亢奮昂揚、精神振奮;奮發,意為精神振作、情緒高漲;勇毅前行,意為勇敢堅毅地向前進。"
        "該語既是二十大的時代主題,也是對國家局勢和人民精神面貌的高度概括。\n"
    )
    assert pairs(paragraph) == [
        ("踔厲", "意為亢奮昂揚、精神振奮"),
        ("奮發", "意為精神振作、情緒高漲"),
        ("勇毅前行", "意為勇敢堅毅地向前進。"),
    ]
    # P175's shape: definitions written out (no comma before the marker) keep the remark on the last
    written_out = "“三区”是指城镇空间、农业空间、生态空间;“三线”是指城镇开发边界、永久基本农田保护红线以及生态保护红线。这一划分旨在协调经济发展与生态保护。\n"
    assert pairs(written_out)[-1] == ("“三线”", "是指城镇开发边界、永久基本农田保护红线以及生态保护红线。这一划分旨在协调经济发展与生态保护。")


def test_a_paragraph_citing_a_documents_rule_is_no_part_of_the_note_above():
    # 205: a sub-item, then how a 国家统计局 notice says to class such firms
    page = (
        "民营经济统计指标解释\n"
        "    (1)私营独资企业是指按《私营企业暂行条例》的规定,由一名自然人投资经营,以雇佣劳动为基础,投资者对企业债务承担无限责任的企业。\n"
        "    根据国家统计局《关于统计上对个人独资企业在划分企业登记注册类型时处理意见的通知》(国统字[2000]9号)的规定:"
        "\"凡符合个人独资法第八条规定的条件,并在当地工商行政管理部门登记注册为'个人独资企业'的,按'171私营独资企业'处理。\"\n"
        "    (2)私营合伙企业是指按《合伙企业法》的规定,由两个以上自然人按照协议共同投资、共同经营、共负盈亏的企业。\n"
    )
    assert pairs(page) == [
        ("私营独资企业", "是指按《私营企业暂行条例》的规定,由一名自然人投资经营,以雇佣劳动为基础,投资者对企业债务承担无限责任的企业。"),
        ("私营合伙企业", "是指按《合伙企业法》的规定,由两个以上自然人按照协议共同投资、共同经营、共负盈亏的企业。"),
    ]
    # a paragraph classifying by a criterion names no document: it goes on the note as before
    classed = (
        "金融指标解释\n"
        "    (1)各项存款是指企业、机关、团体和城乡居民存入银行的款项。\n"
        "    根据存款对象的不同可划分为企业存款、财政存款、机关团体存款和储蓄存款。\n"
        "    (2)各项贷款是指银行以一定利率把资金借给借款人的款项。\n"
    )
    assert pairs(classed)[0] == (
        "各项存款", "是指企业、机关、团体和城乡居民存入银行的款项。根据存款对象的不同可划分为企业存款、财政存款、机关团体存款和储蓄存款。"
    )


def test_a_unit_cell_between_an_indicators_name_and_its_definition_is_skipped():
    # 208: a query table served one cell a line (項目, 單位, 定義); its buttons above
    page = (
        "全選\n取消全選\n全表查詢:請勾選所需項目後,按上方查詢完成挑選。\n項目\n單位\n定義\n"
        "戶量\n人/戶\n每戶平均人口數,為戶籍登記人口數/戶籍登記戶數。\n"
        "人口密度\n人/平方公里\n平均每一平方公里之人口數,為戶籍登記人口數/土地面積。\n"
        "幼年(0-14歲)人口數\n人\n於統計標準日戶籍登記實足年齡為0-14歲人口數。\n"
        "青壯年(15-64歲)人口數\n人\n於統計標準日戶籍登記實足年齡為15-64歲人口數。\n"
        "老化指數\n衡量一地區人口老化程度之指標,為(65歲以上人口數/0-14歲人口數)*100。\n"
    )
    assert pairs(page) == [
        ("戶量", "每戶平均人口數,為戶籍登記人口數/戶籍登記戶數。"),
        ("人口密度", "平均每一平方公里之人口數,為戶籍登記人口數/土地面積。"),
        ("幼年(0-14歲)人口數", "於統計標準日戶籍登記實足年齡為0-14歲人口數。"),
        ("青壯年(15-64歲)人口數", "於統計標準日戶籍登記實足年齡為15-64歲人口數。"),
        ("老化指數", "衡量一地區人口老化程度之指標,為(65歲以上人口數/0-14歲人口數)*100。"),
    ]
    # a budget note's figures line is no unit cell: the paragraph below it is no definition of it
    note = "2024年部门预算说明\n\n一般公共预算财政拨款\n万元\n2024年一般公共预算财政拨款收入1234.5万元,比上年增加12.3万元。\n"
    assert pairs(note) == []


def test_a_row_of_table_heads_is_no_spaced_entry():
    # 204: a bulletin table's broken column heads, one row of them a line
    page = (
        "表 11 2021 年水资源一级区主要用水指标\n"
        "水资源 人均 万元 耕地实际灌溉 人均生活 其中: 万元工业\n一级区 综合 城乡 增加值\n"
        "全国 419 51.8 355 176 124 28.2\n松花江区 848 166.4 441 144 110 36.9\n"
    )
    assert pairs(page) == []
    # a yearbook's spaced lines (a headword, spaces, a sentence) stay entries
    yearbook = (
        "主要统计指标解释\n工业生产指数  按国际标准,反映工业生产的变动。\n"
        "工业增加值  指工业企业在报告期内以货币形式表现的工业生产活动的最终成果。\n"
    )
    assert [t for t, _ in pairs(yearbook)] == ["工业生产指数", "工业增加值"]


def test_a_notices_note_labels_give_no_entries():
    # a notice's sections each with a 【注】 remark: no headword list, no definitions
    notice = (
        "关于开展汛期安全检查的通知\n\n各乡镇、各有关单位:\n\n为切实做好今年汛期安全工作,现将有关事项通知如下:\n\n"
        "一、检查范围\n【注】本次检查范围包括全县所有水库、山塘和在建涉水工程。\n\n"
        "二、检查时间\n【注】6月1日至6月30日,各单位于6月25日前报送自查报告。\n\n特此通知。\n"
    )
    assert pairs(notice) == []


@pytest.mark.parametrize(
    "term, definition, expected",
    [
        # a time word or an adverb between the term and its marker goes with the marker, as the gold writes 原指 (P537)
        ("“云监工”原", "指抗击新冠肺炎疫情期间,数千万网友在线观看武汉火神山、雷神山医院建设现场24小时直播,主动充当“云监工”。",
         ("“云监工”", "原指抗击新冠肺炎疫情期间,数千万网友在线观看武汉火神山、雷神山医院建设现场24小时直播,主动充当“云监工”。")),
        ("破防原本", "是游戏用语,指防御被突破。", ("破防", "原本是游戏用语,指防御被突破。")),
        ("“内卷”本来", "是指一种文化模式。", ("“内卷”", "本来是指一种文化模式。")),
        ("“内卷”最初", "指一种文化模式。", ("“内卷”", "最初指一种文化模式。")),
        ("“内卷”现", "指同行间的非理性竞争。", ("“内卷”", "现指同行间的非理性竞争。")),
        ("「內卷」現在多", "指同行間的非理性競爭。", ("「內卷」", "現在多指同行間的非理性競爭。")),
        ("“内卷”如今多", "指同行间的非理性竞争。", ("“内卷”", "如今多指同行间的非理性竞争。")),
        ("“内卷”常用来", "指同行间的非理性竞争。", ("“内卷”", "常用来指同行间的非理性竞争。")),
        ("“内卷”又", "指同行间的非理性竞争。", ("“内卷”", "又指同行间的非理性竞争。")),
        ("内卷在社会学中", "指同行间的非理性竞争。", ("内卷", "在社会学中指同行间的非理性竞争。")),
        # 则 contrasting the term with the one before goes with neither (P576: 过度解读 from 指, as P545's 法规解读 from 是)
        ("过度解读则", "指超出政策文本范围,主观添加额外含义或假设,往往源于个人偏见或外部压力。",
         ("过度解读", "指超出政策文本范围,主观添加额外含义或假设,往往源于个人偏见或外部压力。")),
        ("实施细则", "是指为实施某法律而制定的具体规定。", ("实施细则", "是指为实施某法律而制定的具体规定。")),
        # a frame naming the word, and the word's origin after it, go with neither (as P548's 一詞, P526's 一词以及相关理论)
        ("“破防”一词源于网络", "指的是在心理或情感上受到冲击。", ("“破防”", "指的是在心理或情感上受到冲击。")),
        ("“硬控”一詞最早來源于游戲", "指使游戲玩家在一段時間內無法操作。", ("“硬控”", "指使游戲玩家在一段時間內無法操作。")),
        ("“内卷”这一概念", "指同行间的非理性竞争。", ("“内卷”", "指同行间的非理性竞争。")),
        ("「內卷」一詞現多用於", "指同行間的非理性競爭。", ("「內卷」", "現多用於指同行間的非理性競爭。")),
        ("“躺平”这个词原本", "是指平躺的姿势。", ("“躺平”", "原本是指平躺的姿势。")),
        # the words belong to the term: a word ending in 原, 本, 现, 常, 则 …, or opening with one; the frame 的本义 (P543)
        ("中原", "指黄河中下游地区。", ("中原", "指黄河中下游地区。")),
        ("生产成本", "是指企业为生产产品而发生的成本。", ("生产成本", "是指企业为生产产品而发生的成本。")),
        ("资产变现", "是指将非现金资产转换为现金。", ("资产变现", "是指将非现金资产转换为现金。")),
        ("基本原则", "是指贯穿始终的根本准则。", ("基本原则", "是指贯穿始终的根本准则。")),
        ("“三公”原则", "是指公开、公平、公正。", ("“三公”原则", "是指公开、公平、公正。")),
        ("南昌市本级", "指的是市本身这一级 , 也就是不能包含市的下一个行政层级 。", ("南昌市本级", "指的是市本身这一级 , 也就是不能包含市的下一个行政层级 。")),
        ("亂的本义", "指没有秩序,引申为混亂、动荡、骚亂、战争。", ("亂的本义", "指没有秩序,引申为混亂、动荡、骚亂、战争。")),
        # no marker after the words: left as they are
        ("“内卷”现在", "成了年度热词。", ("“内卷”现在", "成了年度热词。")),
    ],
)
def test_words_between_a_term_and_its_marker_are_no_part_of_it(term, definition, expected):
    assert normalise_headword(term, definition) == expected


def test_a_later_sense_stays_in_the_words_definition():
    # “X”原指…。现多用于指…: one entry, the later sense inside (as P537's 云监工, 原指…。现泛指…)
    assert pairs("“内卷”原指一种文化模式。现多用于指同行间的非理性竞争。\n") == [
        ("“内卷”", "原指一种文化模式。现多用于指同行间的非理性竞争。")
    ]
    # under a headword line: the later sense no entry of its own
    text = "一、内卷\n原指一种文化模式。现多用于指同行间的非理性竞争。\n二、躺平\n指放弃奋斗,选择一种低欲望的生活方式。\n"
    assert pairs(text) == [
        ("内卷", "原指一种文化模式。现多用于指同行间的非理性竞争。"),
        ("躺平", "指放弃奋斗,选择一种低欲望的生活方式。"),
    ]
    # unquoted under the headword line naming it: 原 goes with the marker (中原 under 中原 stays whole)
    assert pairs("内卷\n内卷原指一种文化模式。现多用于指同行间的非理性竞争。\n") == [
        ("内卷", "原指一种文化模式。现多用于指同行间的非理性竞争。")
    ]
    assert pairs("1、内卷\n\n内卷本指一种文化模式。\n") == [("内卷", "本指一种文化模式。")]
    assert pairs("中原\n中原指黄河中下游地区。\n") == [("中原", "指黄河中下游地区。")]


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("原油是指从地下天然油藏直接开采得到的液态岩石。", "原油"),
        ("现代化是指从传统社会向现代社会转变的过程。", "现代化"),
        ("一般公共预算是指政府凭借国家政治权力,以社会公共事务管理者身份取得的收入。", "一般公共预算"),
        ("主要污染物是指化学需氧量、氨氮、二氧化硫和氮氧化物。", "主要污染物"),
        ("常住人口指实际经常居住在某地区一定时间(半年以上,含半年)的人口。", "常住人口"),  # P475
        ("多式联运是指由两种及以上的交通工具相互衔接完成的运输过程。", "多式联运"),
        ("经常项目是指国际收支中经常发生的交易项目。", "经常项目"),
        ("南昌市本级指的是市本身这一级 , 也就是不能包含市的下一个行政层级 。", "南昌市本级"),  # P407
    ],
)
def test_terms_opening_or_ending_with_a_sense_word_stay_whole(sentence, term):
    assert [t for t, _ in pairs(sentence + "\n")] == [term]


def test_a_table_note_glossing_quoted_indicators_gives_an_entry_each():
    # 204: the third note under a bulletin's table, wrapped by the PDF inside the second headword
    page = (
        "表 11 2021 年水资源一级区主要用水指标\n"
        "注: 1. 万元国内生产总值用水量和万元工业增加值用水量指标均按当年价格计算。\n"
        "2.本表计算中所使用的人口数字为年平均人口数。\n"
        "3.本表中“人均生活用水量”包括城乡居民生活用水和公共用水(含第三产业及建筑业等用水),“城\n"
        "乡居民”仅包括居民生活用水。\n- 24 -\n"
    )
    assert [(re.sub(r"\s", "", t), d) for t, d in pairs(page)] == [
        ("“人均生活用水量”", "包括城乡居民生活用水和公共用水(含第三产业及建筑业等用水)"),
        ("“城乡居民”", "仅包括居民生活用水。"),
    ]
    # one quoted word in a note is a scope remark, no gloss
    assert pairs("表 3 主要指标\n注:1.本表中“全省”包括省直单位和各市县。\n2.数据来源于省统计局。\n") == []
    # a report's numbered point quoting two slogans with 包括 is no note of a table
    point = "3.“十四五”时期,我们将坚持“两个毫不动摇”,推进“放管服”改革,包括简政放权、放管结合和优化服务。\n"
    assert pairs(point) == []


# --- the thirtieth round (devfix30b) ---------------------------------------------------------------


def test_a_knowledge_point_is_read_through_converter_pinyin():
    # P581: a converter copy of a daily word: the headword of the 【知識點】 paragraph holds pinyin in brackets
    definition = (
        "是一種以確保能源電力安全為基本前提,以滿足經(jīng)濟社會高質量發展的電力需求為首要目標(biāo),"
        "以高比例新能源供給消納體系建設(shè)為主線任務(wù)的新時代電力系統(tǒng)。它是新型能源體系的重要組成部分。"
    )
    page = (
        "8月6日,國家發展改革委、國家能源局聯合印發的《加快構建新型電力系統(tǒng)行動方案》正式公布。\n"
        "【知識點】\n新型電力系統(tǒng)" + definition + "\n"
        "新型電力系統(tǒng)具備安全高效、清潔低碳四大重要特征,其中安全高效是基本前提,清潔低碳是核心目標(biāo)。\n"
        "【重要講話】\n要深化電力體制改革。\n"
    )
    (entry,) = extract_entries(page)
    assert (entry.term, entry.definition) == ("新型電力系統", strip_pinyin(definition))  # (converter pinyin removed)
    # (a point whose clause after 是 ranks the headword stays no entry, pinyin or not)
    ranked = "【知識點】\n農村公路(lù)是我國覆蓋範圍最廣、服務人口最多的交通基礎設施。\n"
    assert pairs(ranked) == []


def test_a_short_run_in_gloss_stands_beside_the_terms_longer_definition():
    # P580: “五险”是社保,“一金”是公积金。 then each defined again in a paragraph of its own: both glosses are entries
    page = (
        "“五险”是社保,“一金”是公积金。它们是国家强制用人单位帮我们缴纳的,与我们的生活息息相关。\n\n"
        "“五险”是指五项社会保险,分别是:医疗保险、养老保险、工伤保险、失业保险、生育保险。\n\n"
        "“一金”是指住房公积金,就是单位及其在职职工按比例缴存的长期住房储金。\n"
    )
    assert pairs(page) == [
        ("“五险”", "是社保"),
        ("“一金”", "是公积金。它们是国家强制用人单位帮我们缴纳的,与我们的生活息息相关。"),
        ("“五险”", "是指五项社会保险,分别是:医疗保险、养老保险、工伤保险、失业保险、生育保险。"),
        ("“一金”", "是指住房公积金,就是单位及其在职职工按比例缴存的长期住房储金。"),
    ]


def test_a_summary_cut_inside_the_definition_is_still_dropped_as_a_repeat():
    from policyterms.mining.extract_layouts.combine import _drop_cut_repeats
    from policyterms.mining.extract_layouts.common import Found

    whole = Found("田长制", "是指为落实永久基本农田保护而建立的网格化管理机制。", "", 3, 40, 70)
    cut = Found("田长制", "是指为落实永久基本农田", "", 1, 0, 12)
    short = Found("田长制", "是网格化管理机制,由", "", 2, 20, 30)
    assert _drop_cut_repeats([cut, short, whole]) == [whole]


def test_then_after_a_definition_is_no_part_of_the_next_term():
    # P576: two run-in definitions, the second joined by 则 (its head word another than the first's)
    page = (
        "误读通常指对政策原文的错误理解,例如忽略关键限定词或混淆概念,导致行动偏离政策本意。"
        "过度解读则指超出政策文本范围,主观添加额外含义或假设,往往源于个人偏见或外部压力。\n"
    )
    assert [term for term, _ in pairs(page)] == ["误读", "过度解读"]
    assert pairs(page)[1][1].startswith("指超出政策文本范围")
    # (a word ending in 则 keeps it; a bare 则是 after a term of another kind stays a contrast, no entry)
    assert pairs("民主集中制是指民主基础上的集中和集中指导下的民主相结合的制度。基本原则是指党员个人服从党的组织。\n")[1][0] == "基本原则"
    report = "耕地是指种植农作物的土地。农作物播种面积则是对农作物播种实际发生情况的统计,全年增长2.1%。\n"
    assert [term for term, _ in pairs(report)] == ["耕地"]


def test_a_label_naming_an_aspect_of_a_term_is_no_headword():
    # P576: bullets under an article's subheading name the manifestations and harms of the terms just defined
    page = (
        "误读通常指对政策原文的错误理解,例如忽略关键限定词或混淆概念,导致行动偏离政策本意。\n\n"
        "1.1 理解误读的本质及其危害\n\n"
        "  • 误读的常见表现:忽略政策的精确表述,导致执行错误。例如,将“鼓励”解读为“强制”。危害包括:企业违规罚款、个人权益受损。\n\n"
        "  • 过度解读的常见表现:添加未明确的假设,导致资源浪费。\n"
    )
    assert [term for term, _ in pairs(page)] == ["误读"]
    # (a glossary's colon items naming kinds stay entries)
    glossary = "名词解释\n1.常住人口:指实际经常居住在某地区一定时间的人口。\n2.户籍人口:指公民依法在公安户籍管理机关登记了户口的人口。\n"
    assert [term for term, _ in pairs(glossary)] == ["常住人口", "户籍人口"]


def test_code_positions_and_the_roles_below_a_weight_lead_in_are_no_entries():
    # P582: an explainer of 社会信用代码: its composition items name positions, and the items below
    # `…具有重要意义:` are its roles
    page = (
        "社会信用代码是什么意思\n1. 社会信用代码的\n"
        "社会信用代码是指法人或其他组织的唯一识别编码,用于管理和经营过程中法人和其他组织身份识别的手段。\n"
        "2. 统一社会信用代码的构成\n(1) 18位阿拉伯数字或大写英文字母表示\n(2) 第1位:登记管理部门代码\n(3) 第2位:机构类别代码\n"
        "(4) 第2-8位:登记管理机关行政区划码\n(5) 第9-17位:主体标识码(组织机构代码)\n(6) 第18位:校验码\n"
        "5. 信用代码的重要性\n社会信用代码是法人和其他组织的唯一识别编码,对于企业和组织而言具有重要意义:\n"
        "(1) 作为合法身份证明:社会信用代码是公司或组织的唯一注册号,可以证明其合法存在。\n"
        "(2) 作为经营管理工具:通过社会信用代码,可以对企业进行管理、监督和信用评价。\n"
        "(3) 提升企业形象:有良好社会信用代码的企业会受到社会的认可,有助于提升企业形象和市场竞争力。\n"
    )
    assert [term for term, _ in pairs(page)] == ["社会信用代码"]
    # (items glossed with 指 below a weight lead-in stay entries)
    weighed = (
        "数字政府建设对于提升治理能力具有重要意义:\n"
        "(1) 一网通办:是指企业和群众办事只需登录一个网上平台即可办理。\n(2) 一网统管:是指城市运行管理在一个平台上统一调度。\n"
    )
    assert [term for term, _ in pairs(weighed)] == ["一网通办", "一网统管"]


def test_a_gloss_giving_only_the_words_standing_on_a_list_is_no_definition():
    # P584: a hot-words commentary's bullet gives the word's standing, the news and a forecast
    page = (
        "💡 第一板块:国家战略与宏大叙事\n\n"
        "  • “十四五”规划 🚀:连续多年位居热词前列,2025年正值“十四五”规划的收官决胜之年。媒体关注焦点从蓝图描绘转向成果验收与冲刺。\n"
        "  • 九三阅兵 ⚔️:纪念中国人民抗日战争暨世界反法西斯战争胜利80周年的重大活动。这不仅是国防力量的展示,更是民族精神与历史记忆的强化。预计将带动"
    )
    assert pairs(page) == []
    # (a gloss going on from the standing to what the word means stays one)
    words = "- 躺平:入选2021年十大网络流行语,指年轻人面对压力时选择降低欲望、不再奋斗的生活态度。\n- 内卷:指同行间竞相付出更多努力以争夺有限资源。\n"
    assert [term for term, _ in pairs(words)] == ["躺平", "内卷"]


def test_a_definition_goes_on_over_a_line_the_copy_broke_inside_a_sentence():
    # P579: a knowledge page's indented answer broken after 当时在, the rest of the sentence on the next line
    page = (
        "党的基本小知识点\n2、为什么把“七一”定为党的生日?\n"
        "    党的生日,通常是指党诞生的日子,一般以党的第一次代表大会为标志。把7月1日定为党的生日,是1938年5月提出来的。当时在\n"
        "延安的党的一大出席者记得一大是7月份召开的,于是就把7月的月首作为中国共产党诞辰纪念日。\n"
        "3、中国共产党的党旗是怎样的?\n    中国共产党成立之后,党旗由各级党组织模仿联共(布)党旗的式样自己制作。\n"
    )
    (entry,) = [e for e in extract_entries(page) if e.term == "党的生日"]
    assert entry.definition.endswith("当时在\n延安的党的一大出席者记得一大是7月份召开的,于是就把7月的月首作为中国共产党诞辰纪念日。")
    # (a heading or a list item below an unstopped line is no part of it)
    headed = (
        "什么是河长制?\n河长制是指由各级党政主要负责人担任河长,负责组织领导相应河湖的管理和保护工作,实现河湖管理全覆盖\n"
        "主要做法\n各地建立了省市县乡四级河长体系。\n"
    )
    assert all("主要做法" not in d for _, d in pairs(headed))


def test_a_colloquial_explainer_names_a_part_then_defines_it_through_a_demonstrative():
    # P583: `然后是“几届”,这个“几届”指的是…`, `就是这“几中”,这“几中”指的是…`, `比如说,“三中全会”就是指…`
    page = (
        "科普丨 三中全会为什么叫三中全会?\n"
        "然后是“几届”,这个“几届”指的是哪一届的中央委员会。这中央委员会是由全国代表大会选出来的,五年一届。\n"
        "就是这“几中”,这“几中”指的是中央委员会的全体会议,也就是“全会”。比如说,“三中全会”就是指某一届中央委员会召开的第三次全体会议。"
        "这个“三中全会”,可不是每次都开。\n"
    )
    assert pairs(page) == [
        ("“几届”", "指的是哪一届的中央委员会。这中央委员会是由全国代表大会选出来的,五年一届。"),
        ("“几中”", "指的是中央委员会的全体会议,也就是“全会”。"),
        ("“三中全会”", "就是指某一届中央委员会召开的第三次全体会议。这个“三中全会”,可不是每次都开。"),
    ]
    # (a demonstrative after a clause that does not name the word, and a question without its mark, give nothing)
    assert pairs("他笑着说,这个“新词”指的是什么大家都知道。\n") == []
    assert pairs("三区三线是指哪三区\n") == []


def test_a_heading_setting_two_words_against_each_other_is_no_headword():
    # P577: `「X」VS「Y」` headings over paragraphs comparing a mainland word with a Hong Kong one
    page = (
        "【你係咪真正香港人】N個常見用語入侵 講好廣東話\n"
        "「吸睛」VS「搶眼」/「eye-catching」\n大陸人用「吸睛」形容某個人或者某件物件好吸引,容易引嚟目光。\n"
        "「光棍」VS「單身」\n「光棍」一詞出自大陸流行嘅娛樂性節日11月11日,香港較普遍講法係「單身」。\n"
    )
    assert all("VS" not in term for term, _ in pairs(page))
    # (a headword line explained below it stays one)
    words = "1、新三样\n\n指电动载人汽车、锂离子蓄电池、太阳能电池三类产品。\n\n2、村超\n\n指贵州省榕江县举办的乡村足球超级联赛。\n"
    assert [term for term, _ in pairs(words)] == ["新三样", "村超"]


def test_a_topic_gloss_giving_only_the_words_standing_is_no_definition():
    # found on review: a news item on a list of popular words, its topic word glossed by its standing only
    news = (
        "“新质生产力”入选年度十大流行语\n\n近日,《咬文嚼字》编辑部发布2024年度十大流行语,“新质生产力”位列榜首。\n"
        "“新质生产力”:连续两年入选年度热词,2024年热度继续攀升,全年相关报道超过百万篇。\n"
    )
    assert pairs(news) == []


def test_the_thirtieth_rounds_rules_on_a_report_and_a_notice():
    # written on review to break the rules above: a report's standing sentence and roles, a notice's positions
    report = (
        "2024年全市经济运行情况\n\n"
        "城镇化率是指一个地区城镇常住人口占该地区常住总人口的比例。\n"
        "社会消费品零售总额连续多年位居全省前列,全年实现零售额1580亿元,增长5.6%。\n"
        "数字经济对于全市高质量发展具有重要意义:\n(1) 数字产业化:全市数字核心产业增加值增长10.2%。\n"
        "(2) 产业数字化:规上工业企业数字化改造覆盖率达到80%。\n"
    )
    assert [term for term, _ in pairs(report)] == ["城镇化率"]
    notice = (
        "关于做好2025年度城乡居民医疗保险缴费工作的通知\n\n各镇(街道):\n"
        "城乡居民医疗保险是指由政府组织引导、个人缴费和政府补助相结合的基本医疗保险制度。参保人员则指本市户籍未参加职工医保的城乡居民。\n"
        "一、缴费标准\n2025年度个人缴费标准为每人每年400元。第1位参保人按标准缴费,第2位及以上家庭成员同样按标准缴费。\n"
    )
    assert pairs(notice) == [
        ("城乡居民医疗保险", "是指由政府组织引导、个人缴费和政府补助相结合的基本医疗保险制度。"),
        ("参保人员", "指本市户籍未参加职工医保的城乡居民。"),
    ]


def test_a_word_ending_in_ze_keeps_it_before_its_marker():
    # found on review: 分则, 税则 and 定则 are words, no term and a connective 则 (a law glossary, a textbook, a tariff note)
    law = (
        "刑法学基本概念(名词解释)\n\n1.刑法总则是指刑法典中规定犯罪、刑事责任和刑罚的一般原则和共同适用规则的部分。\n"
        "2.刑法分则是指刑法典中规定各种具体犯罪及其法定刑的部分。\n"
        "3.进出口税则是指一国政府根据其关税政策和经济政策制定公布实施的进出口货物和物品应税的关税税率表。\n"
    )
    assert [term for term, _ in pairs(law)] == ["刑法总则", "刑法分则", "进出口税则"]
    physics = "初中物理知识点\n\n右手定则是指:伸开右手,使拇指与其余四个手指垂直,让磁感线从掌心进入,这时四指所指的方向就是感应电流的方向。\n"
    assert [term for term, _ in pairs(physics)] == ["右手定则"]
    # the same words right after a sentence defining another term (the sibling's 则 test)
    prose = "刑法总则是指刑法典中规定犯罪和刑罚一般原则的部分。刑法分则是指刑法典中规定各种具体犯罪及其法定刑的部分。\n"
    assert [term for term, _ in pairs(prose)] == ["刑法总则", "刑法分则"]
    # counter-test: 则 joining a second term to the one defined before still leaves it (P576)
    paper = "误读通常指对政策内容的理解偏差或错误。过度解读则指超出政策文本范围,主观添加额外含义或假设。\n"
    assert [term for term, _ in pairs(paper)] == ["误读", "过度解读"]


def test_vs_inside_a_latin_name_is_no_comparison():
    # found on review: AVS3 and AVS+ (the national video coding standards) hold VS, no heading setting two words apart
    glossary = (
        "超高清视频产业发展名词解释\n\n"
        "1. AVS3标准:是指我国自主研发的第三代音视频编解码标准,由数字音视频编解码技术标准工作组制定。\n"
        "2. 8K超高清:是指分辨率达到7680×4320像素的视频显示格式。\n"
        "3. AVS+标准:是指我国第二代音视频编解码标准的广播版本。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["AVS3标准", "8K超高清", "AVS+标准"]
    # counter-test: a sports or business news item's VS headings are still no headwords
    news = (
        "体育新闻\n\n中国女排VS美国女排\n北京时间昨晚,世界女排联赛香港站比赛打响,中国女排以3比1战胜美国女排,取得两连胜。\n\n"
        "华为 vs 苹果\n今年第三季度,华为手机在国内市场的出货量同比增长42%,重回市场份额第一位。\n"
    )
    assert [term for term, _ in pairs(news) if "VS" in term.upper()] == []


def test_a_standing_inside_a_genus_definition_keeps_it():
    # found on review: an explainer's topic glosses define the firms by the standing that singles them out of their kind
    page = (
        "一图读懂:我市产业链“链长制”\n\n今年以来,我市深入推进产业链“链长制”,培育了一批链主企业。\n\n"
        "“链主”企业:在产业链中居于核心地位、对上下游企业具有较强带动作用的龙头企业,目前全市共认定32家。\n\n"
        "“小巨人”企业:入选工业和信息化部专精特新“小巨人”企业名单的中小企业,我市今年新增12家。\n"
    )
    assert [term for term, _ in pairs(page)] == ["“链主”企业", "“小巨人”企业"]
    # counter-test: a standing clause naming no kind is still no definition
    news = "近日,2024年度十大流行语发布。\n\n“新质生产力”:连续两年入选年度热词,2024年热度继续攀升,全年相关报道超过百万篇。\n"
    assert pairs(news) == []


def test_a_speakers_turn_to_another_quoted_word_ends_the_one_definition():
    # found on review: study notes in P583's colloquial shape; the sentence turning to “三农” is no part of “两会”'s gloss
    notes = (
        "学习笔记\n\n先说“两会”,这个“两会”指的是全国人民代表大会和中国人民政治协商会议。"
        "然后是“三农”,这个“三农”问题大家都很熟悉。\n"
    )
    assert pairs(notes) == [("“两会”", "指的是全国人民代表大会和中国人民政治协商会议。")]
    # counter-test: a sentence going on about the same word stays on its definition
    same = "先说“两会”,这个“两会”指的是全国人民代表大会和中国人民政治协商会议。说到“两会”,每年三月召开。\n"
    assert pairs(same) == [("“两会”", "指的是全国人民代表大会和中国人民政治协商会议。说到“两会”,每年三月召开。")]


def test_a_figure_set_beside_a_definition_is_no_entry():
    # found on review: a report sets the place's statistic beside the indicator it has just defined (…则是68.5%)
    report = "城镇化率是指城镇常住人口占总人口的比重。全市城镇化率则是68.5%。"
    assert pairs(report) == [("城镇化率", "是指城镇常住人口占总人口的比重。")]
    # counter-test: a definition holding a figure after what the term means stays whole
    note = "城镇化率是指城镇常住人口占总人口的比重,2023年全市为68.5%。"
    assert pairs(note) == [("城镇化率", "是指城镇常住人口占总人口的比重,2023年全市为68.5%。")]


# --- narrowed on real ordinary pages (thirty-first round) ----------------------------------------------------------


def test_a_verb_of_saying_is_no_definition_marker():
    # Hong Kong news: 消息指, = "sources say" (https://hk01.com/政情/744623/疫情-消息-政府設每日疫情記者會-林鄭親自主持-講解疫情措施)
    news = "第五波疫情嚴峻,社會流傳各項流言,亦有市民反映政府資訊混亂。消息指,政府將設每日記者會,更會由特首林鄭月娥親自主持。\n"
    assert pairs(news) == []
    # a rumour says (https://std.stheadline.com/realtime/article/1325369/…)
    rumour = "政府表示,對於有謠言指因應2019冠狀病毒病疫情,政府可能在未來數天實施所謂「禁足令」,政府今日(21日)澄清絕無其事。\n"
    assert pairs(rumour) == []
    # a speaker when asked (https://today.line.me/hk/v2/amp/article/0M06mxj)
    asked = "李家超被問及時,指事件涉及外交事務,特區政府已與外交部駐港特派員公署溝通,將循外交途經處理。\n"
    assert pairs(asked) == []
    # 指控 accuses: a related-reading headline (https://app.bjtitle.com/8816/newshow.php?…newsid=6068382…)
    related = "相关阅读\n香港特区政府强烈反对外国政府就黎智英案的干预和不实指控\n央视新闻客户端 2023-01-11\n"
    assert pairs(related) == []
    # counter-test: a quoted word glossed with a bare 指 in traditional characters stays (P195, educationandenergy.com)
    word = (
        "“具身智能”指將人工智能融入機器人等物理實體,賦予它們感知、學習和與環(huán)境動態(tài)交互的能力。"
        "可以說,人工智能手機和電腦、智能機器人都是具身智能的代表性終端和裝備。\n"
    )
    assert [term for term, _ in pairs(word)] == ["“具身智能”"]
    # counter-test (a sentence written for this test): 指 before 控制 is still the marker
    assert [term for term, _ in pairs("风险管控指控制风险发生的可能性及其影响的措施。\n")] == ["风险管控"]
    # written to break the rule: a speaker, a councillor and a pronoun saying; a journalism glossary's and a legal
    # answer's bare nouns glossed with 指 stay (only a comma after their 指 tells the verb of saying)
    said = "食物及衞生局局長被問及時,指政府會按疫情發展檢視措施。他指,市民仍需保持警覺。\n有議員指措施對飲食業打擊很大,要求政府提供支援。\n"
    assert pairs(said) == []
    words = "新闻写作常用名词\n\n消息指以简要的文字迅速报道新闻事实的一种新闻体裁,是最常见的新闻报道形式。\n"
    assert [term for term, _ in pairs(words)] == ["消息"]
    answer = "问:什么是谣言?\n答:谣言指没有事实根据、凭空捏造并通过一定途径传播的言论。\n"
    assert [term for term, _ in pairs(answer)] == ["谣言"]


def test_a_reports_figures_under_a_quoted_label_are_no_definition():
    # a county head's speech (http://m.xjwk.net/gongzuofanwen/119497.html)
    speech = (
        "概括起来,就是实现了“八个增长”、“五个突破”。\n"
        "“八个增长”:国内生产总值19.5亿元,增长15.6%;固定资产投资33.6亿元,增长55%;地方财政收入8188万元,增长32.3%;"
        "农民人均纯收入2333元,增长19%;城镇居民人均可支配收入10345元,增长20%;规模以上工业增加值8271万元,增长37.9%;"
        "社会消费品零售总额5.7亿元,增长22%;非税收入7208万元,增长67%。\n"
    )
    assert pairs(speech) == []
    # counter-test: a definition running over periods and thresholds is no list of results (15-fujian-2023)
    from policyterms.mining.extract_layouts.ordinary_pages import figures_list

    assert not figures_list(
        "1998-2006年,是指全部国有和年主营业务收入500万元及以上的非国有工业法人单位;2007-2010年,统计范围调整为年主营业务收入"
        "500万元及以上的工业法人单位;2011年开始至今,统计范围为年主营业务收入2000万元及以上的工业法人单位。"
    )
    # written to break the rule: a bulletin's label over its figures is none, the label's definition above stays
    bulletin = (
        "2023年全市“三新”经济发展情况\n\n“三新”经济:是以新产业、新业态、新商业模式为核心内容的经济活动的集合。\n\n"
        "“三新”经济增加值:全年1234.5亿元,增长8.5%;占地区生产总值比重18.2%,比上年提高0.6个百分点;其中第三产业部分增长9.1%。\n"
    )
    assert [term for term, _ in pairs(bulletin)] == ["“三新”经济"]


def test_a_news_title_over_its_subtitle_or_its_report_is_no_headword():
    # a title and its dashed subtitle (http://www.rmzxb.com.cn/c/2016-03-17/740072.shtml)
    news = (
        "总理发出的“安民告示”\n\n——来自总理记者会上的瞬间聚焦\n\n2016年03月17日 11:17 | 作者: 张春莉 | 来源:人民政协网\n分享到: \n\n"
        "总理记者会\n\n\n总理记者会是每年全国两会的重磅“压轴活动”,它是了解中国政府内政外交政策的一个“窗口”。\n"
    )
    assert pairs(news) == []
    # a newspaper's sub-headings over what will happen (http://www.macaodaily.com/html/2018-11/14/content_1309817.htm)
    paper = (
        "    澳廣視網站直播\n\n"
        "    澳廣視屬下電視台的澳視澳門、澳門資訊、澳門——Macau衛星電視頻道,以及電台,將會現場直播施政報告發表情況、記者會及十六日的立法會答問大會。\n\n"
        "    文本小冊子備索\n\n"
        "    市民如欲下載《2019年財政年度施政報告》的中、葡文本,可瀏覽行政長官辦公室、新聞局和政府入口網站。\n"
    )
    assert pairs(paper) == []
    # counter-test: headword lines over their explanations stay (P189, bcdh.cn)
    glossary = (
        "起付标准\n起付标准也称“起付线”,是指参保人员在享受医疗费用报销之前需要自己先行支付的费用额度。\n"
        "+支付比例\n支付比例是指起付标准以上至最高支付限额以下,医保基金对参保人员医疗费用的报销比例。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["起付标准", "支付比例"]


def test_a_heading_counting_parts_is_no_headword():
    # a yearbook's preface (http://www.xiaomonv0755.com/tjnj/13fj/24290.html)
    preface = (
        "一、《寧德統計年鑒-2011》收錄了寧德市及各縣(市、區)2010年經濟和社會各方面大量的統計數據。\n"
        "二、全書內容分為19個部分:即1.綜合;2. 國民經濟核算;3. 人口、就業與職工工資;4.固定資產投資;5.人民生活。\n"
        "三、本年鑒對過去發布的統計資料重新進行了核實,凡與本年鑒數據有出入的,以本年鑒為準。\n"
    )
    assert pairs(preface) == []
    # counter-test: numbered colon entries glossed with 即 stay (17-qingyuan-2014)
    notes = (
        "2、“三品”:即無(wú)公害農(nóng)產(chǎn)品、綠色食品和有機(jī)農(nóng)產(chǎn)品。\n"
        "4、河長(zhǎng)制:即由各級(jí)黨政主要負(fù)責(zé)人擔(dān)任“河長(zhǎng)”,負(fù)責(zé)牽頭轄區(qū)內(nèi)河流的污染治理,"
        "目的是為了保證河流保持河清水潔、岸綠魚(yú)游的良好生態(tài)環(huán)境。\n"
    )
    assert [term for term, _ in pairs(notes)] == ["“三品”", "河長制"]


def test_two_quoted_glosses_on_one_line_are_two_entries():
    # a village rule (https://www.360docs.net/doc/2a5845603.html)
    rule = (
        "四议两公开工作制度\n"
        "“四议”:即村党支部委员会提议、村“两委”会议商议、党员大会审议、联户代表会议或村民会议决议;“两公开”:即决议的公开、组织施行决议和施行结果的公开。\n"
    )
    assert pairs(rule) == [
        ("“四议”", "即村党支部委员会提议、村“两委”会议商议、党员大会审议、联户代表会议或村民会议决议"),
        ("“两公开”", "即决议的公开、组织施行决议和施行结果的公开。"),
    ]
    # counter-test: the same glosses on lines of their own stay whole (P351, news.hbezg.com)
    answer = "- “四议”:即由村党组织提议、两委会商议、党员大会审议、村民代表会议或村民会议决议。\n\n- “二公开”:即决议事项公开、实施结果公开。\n"
    assert [term for term, _ in pairs(answer)] == ["“四议”", "“二公开”"]
    # written to break the rule: a numbered glossary item holding two glosses gives both, the next item stays
    glossary = (
        "学习名词解释\n\n1.“两个确立”:即确立习近平同志党中央的核心、全党的核心地位,确立习近平新时代中国特色社会主义思想的指导地位;"
        "“两个维护”:即坚决维护习近平同志党中央的核心、全党的核心地位,坚决维护党中央权威和集中统一领导。\n"
        "2.“三新一高”:即新发展阶段、新发展理念、新发展格局和高质量发展。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["“两个确立”", "“两个维护”", "“三新一高”"]


def test_example_items_under_a_definition_are_no_entries():
    # P520: the dash items under the lead-in 例如: closing a definition illustrate it; their labels are no terms
    page = (
        "一、租购同权的核心含义\n"
        "租购同权并非指完全等同于买房,而是指在一些基本公共服务方面,租房者与购房者享有相同的权利。例如:\n"
        "- 子女入学:租房家庭的孩子可以享受与购房者子女相同的入学机会。\n"
        "- 社保福利:部分城市开始试点让租房者享受与购房者相同的社保待遇。\n"
        "这一政策的目的是打破“有房才有权”的传统观念,推动社会公平与资源合理分配。\n"
    )
    assert [term for term, _ in pairs(page)] == ["租购同权"]
    # counter-test: under a lead-in naming only a class, the items are the words glossed
    words = (
        "网络流行语盘点\n近年来网络上出现了许多新词,例如:\n"
        "- 躺平:年轻人面对压力选择放弃奋斗、降低欲望的生活态度。\n"
        "- 内卷:比喻同行间竞相付出更多努力以争夺有限资源,从而导致个体收益努力比下降的现象。\n"
    )
    assert [term for term, _ in pairs(words)] == ["躺平", "内卷"]
    # counter-test: an item defining its label under a definition's 例如: is a kind the definition names, an entry
    kinds = (
        "金融机构是指从事金融服务业有关的金融中介机构,为金融体系的一部分。金融机构的种类很多,例如:\n"
        "- 商业银行:是指依照《中华人民共和国商业银行法》设立的吸收公众存款、发放贷款、办理结算等业务的企业法人。\n"
        "- 保险公司:指经营保险业务的经济组织。\n"
    )
    assert [term for term, _ in pairs(kinds)] == ["金融机构", "商业银行", "保险公司"]


def test_a_role_or_effect_line_is_no_gloss():
    # P536: a hot-words article's items saying what the word brought about, or the circumstances it rose in
    page = (
        "2022年度热词盘点\n国内热词\n"
        "- 党的二十大:中国共产党召开的第20次全国代表大会,标志着党和国家事业继往开来。\n"
        "科技热词\n"
        "- 绿色能源:随着全球变暖问题日益严重,绿色能源成为推动可持续发展的关键。\n"
        "文化热词\n"
        "- 羊了个羊:一款火爆的休闲游戏,成为了2022年最受欢迎的文化现象之一。\n"
        "科技发展\n"
        "- 绿色能源:推动了能源结构的转型,为可持续发展提供了动力。\n"
        "- 人工智能:加速了各行各业的智能化进程,改变了人们的生活和工作方式。\n"
    )
    assert [term for term, _ in pairs(page)] == ["党的二十大", "羊了个羊"]
    # a work report's review items (推动了…, 提高了…, 随着…,) are achievements, no glosses either
    review = (
        "区政府2023年工作回顾\n过去一年,我们坚持稳中求进工作总基调,主要工作成效如下:\n"
        "- 产业升级:推动了传统产业数字化转型,新增规上工业企业52家。\n"
        "- 民生保障:提高了城乡低保标准,新增学位3200个。\n"
        "- 生态环境:随着治理力度加大,全年空气优良天数达到320天。\n"
    )
    assert [term for term, _ in pairs(review)] == []
    # counter-test: a genus after the circumstances, and one clause closing with a genus after 反映了, define
    glossary = (
        "统计指标解释\n"
        "- 新就业形态:随着数字经济的发展,依托互联网平台出现的新型就业形态。\n"
        "- 居民消费价格指数:反映了一定时期内城乡居民所购买的生活消费品和服务项目价格变动趋势和程度的相对数。\n"
        "- 第三产业:除了第一、第二产业以外的其他各业。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["新就业形态", "居民消费价格指数", "第三产业"]


def test_a_sense_word_alone_is_no_headword():
    # P524 (an encyclopedia section under 定性) and P362 (a copy that lost the sentence naming its term): 廣義係指…, 狹義指…
    section = (
        "定性\n廣義係指時下中國共產黨統治嘅大陸地區同埋香港特別行政區,講有關兩地記人記事,例如中港車牌。\n"
        "爭論\n"
    )
    assert [term for term, _ in pairs(section) if term in ("廣義", "广义")] == []
    copy = "狹義指對擬議中的建設項目在興建前即可行性研究階段,對其選址、設計、施工等過程可能帶來的環境影響進行預測和分析。"
    assert [term for term, _ in pairs(copy)] == []
    # counter-test: the term the sentence names keeps its definition, the sense opening it
    prose = "统一战线就其广义而言,是指不同的社会政治力量在一定的历史条件下组成的政治联盟。"
    assert pairs(prose) == [("统一战线", "就其广义而言,是指不同的社会政治力量在一定的历史条件下组成的政治联盟。")]
# --- false glosses: shapes of entry that explain nothing (extract_layouts.false_glosses) -------------------------


def test_a_marker_and_colon_before_a_list_is_no_entry():
    # P470, P499: the line announces the list below; the list's items are the answers
    page = (
        "一、概念解析\n\n“三区”是一个广义的术语,其具体含义会根据不同的语境而有所变化。\n\n"
        "在城市规划中,“三区”通常指:\n- 城镇空间\n- 农业空间\n- 生态空间\n\n"
        "监督执纪的四种形态是指:\n第一种形态:经常开展批评和自我批评、约谈函询,让“红红脸、出出汗”成为常态。\n"
    )
    assert all(definition not in ("通常指:", "是指:") for _, definition in pairs(page))
    # counter-test: a marker with its definition after the colon stays an entry
    glossary = "名词解释:\n三线一单:是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。\n"
    assert pairs(glossary) == [("三线一单", "是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。")]


def test_a_reference_list_item_is_no_entry():
    # P477: an encyclopedia entry's references; the publisher's city and its colon split no headword from a gloss
    page = (
        "林长制\n\n林长制,是中华人民共和国自2021年起在森林管理保护中全面推行的制度。\n\n参考\n\n"
        "  1. ^ 国家土地总督察办公室编. 国家土地督察. 北京:地质出版社. 2018.12: 314–316. ISBN 978-7-116-11300-8. \n"
        "  2. ^ 张明编. 森林资源管理. 北京:中国林业出版社. 2019.5: 20–25. \n"
    )
    assert all("出版社" not in definition[:12] for _, definition in pairs(page))
    # counter-test: a glossary explaining a publishing house keeps its entry
    glossary = "名词解释\n1.出版社:是指从事图书、期刊等出版物编辑、出版活动的机构。\n2.书号:即国际标准书号。\n"
    assert ("出版社", "是指从事图书、期刊等出版物编辑、出版活动的机构。") in pairs(glossary)


def test_a_speaker_pointing_out_is_no_definition():
    # P416: Hong Kong news reports what a speaker said with 指 after his title and name
    news = (
        "美國《韋氏詞典》公布「真實」(authentic)為2023年度代表詞。過去一年生成式人工智能崛起,令人對所聽所見難分真假。"
        "韋氏詞典特約編輯索科洛弗斯基指在詞典查詢「真實」一詞的頻率很高,今年查詢量更創新高。\n\n"
        "運輸及物流局局長林世雄指本港今年將推出更多措施,改善公共交通服務。\n"
    )
    assert pairs(news) == []
    # counter-test: a system named after the speaker's office is a term, and its 指 defines it
    glossary = "名词解释\n1.新闻发言人制度:指国家机关通过新闻发言人定期发布信息、回答记者提问的制度。\n"
    assert pairs(glossary) == [("新闻发言人制度", "指国家机关通过新闻发言人定期发布信息、回答记者提问的制度。")]


def test_an_english_sentence_is_no_explanation():
    # P485: hot words, each headword line with its English name, then an English sentence
    page = (
        "2008年,是不平凡的一年。这一年,新闻事件层出不穷,随之而来的各类新闻热词也不断涌现。\n"
        "科学发展观 scientific outlook on development\n"
        "the scientific outlook on development means putting people first and aiming at comprehensive, coordinated and "
        "sustainable development. 科学发展观即“坚持以人为本,树立全面、协调、可持续的发展观。”\n"
        "服务型政府 service-oriented government\n"
        "the ultimate goal of building a service-oriented government is to enhance the government's capability and level of service. "
        "建设服务型政府的最终目标是增强政府的执政能力和水平。\n"
        "三通 three direct links\n"
        "shorthand for direct links in post, transportation and trade between the chinese mainland and taiwan.\n"
        "次贷危机 subprime mortgage crisis\n"
        "the further impact of us subprime mortgage crisis on china's economy and monetary policy cannot be underestimated, "
        "central bank governor zhou xiaochuan warned thursday.\n"
    )
    assert all(not re.match(r"[a-z]", definition) for _, definition in pairs(page))
    # counter-test: a definition naming the term in English stays an entry
    note = "名词解释\n1.国内生产总值(GDP):Gross Domestic Product的缩写,是指一个国家所有常住单位在一定时期内生产活动的最终成果。\n"
    assert [term for term, _ in pairs(note)] == ["国内生产总值(GDP)"]


def test_a_heading_pairing_two_aspects_is_no_headword():
    # P377, P430: section headings over lines labelled with the aspects they pair
    page = (
        "灵活就业人员是指未与单位建立劳动关系,从事个体劳动或临时性工作的就业人员。\n"
        "管理与社保\n"
        "管理方式:社区劳动保障工作机构应加强对灵活就业人员的管理,协调有关方面解决具体困难。\n"
        "社保政策:灵活就业人员可以按规定以个体身份参加社会保险,并按时足额缴纳社会保险费。\n"
        "现状与趋势\n现状:灵活就业人员规模持续扩大,平台从业者增长较快。\n"
    )
    assert [term for term, _ in pairs(page)] == ["灵活就业人员"]
    # counter-test: a pair of terms defined in one sentence stays an entry
    glossary = "名词解释\n1.碳达峰与碳中和:是指二氧化碳排放量达到峰值后逐步下降,并通过植树造林、节能减排等形式抵消排放。\n"
    assert [term for term, _ in pairs(glossary)] == ["碳达峰与碳中和"]


def test_a_meetings_schedule_is_no_definition():
    # P365 (P501's gold holds its schedules no entries either): how often each meeting is held, and for what
    page = (
        "“三会一课”的内容与开展方式 :\n"
        "党支部党员大会 :每季度至少召开一次,主要讨论和决定党支部的重要事项,如选举、接收新党员等。\n"
        "党支部委员会会议 :一般每月召开一次,主要讨论和决定党支部的日常工作,如制定工作计划、组织学习等。\n"
        "党小组会 :一般每月召开1-2次,主要组织党员进行政治学习、谈心谈话、开展批评和自我批评等。\n"
        "党课 :定期或不定期进行,主要由支部书记或邀请上级党组织负责人讲授党的理论和路线方针政策。\n"
    )
    assert pairs(page) == []
    # counter-test: a gloss saying what the meetings are, and a survey named by its frequency, stay entries
    glossary = (
        "名词解释:\n“三会”:定期召开支部党员大会、支委会、党小组会。\n"
        "年度抽样调查:每年一次的全国性人口抽样调查,在两次人口普查之间进行。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["“三会”", "年度抽样调查"]


# --- a line restating the term to announce a list goes on its definition (extract_layouts.restated_lead_ins) -----


def test_a_restated_lead_in_line_goes_on_the_definition_above():
    # P357, P368: the line after the definition names the term again only to announce the list below
    page = (
        "城市更新指的是对旧有城市落后、老旧、不适宜居住和发展的区域进行改造和提升,目的是使城市面貌更加现代化。\n"
        "城市更新包括以下几个方面:\n"
        "1.旧建筑物改造:利用现代建筑材料和技术,对老旧的建筑物进行改造,提高它们的安全性和品质。\n"
        "2.城市环境整治:城市更新还包括对城市的环境问题进行整治,如垃圾处理、空气质量和水质量等问题。\n"
    )
    got = pairs(page)
    assert got[0] == (
        "城市更新",
        "指的是对旧有城市落后、老旧、不适宜居住和发展的区域进行改造和提升,目的是使城市面貌更加现代化。\n城市更新包括以下几个方面:",
    )
    book = (
        "174.什麼是入黨積極分子?入黨積極分子應具備哪些條件?\n\n"
        "入黨積極分子,是指申請入黨人經黨組織討論研究,被列爲培養教育和考察的對象。\n\n"
        "入黨積極分子除黨章第一條規定的條件外,一般還應具備以下條件:\n\n"
        "(1)向黨組織遞交了書面入黨申請,入黨信念堅定;\n\n(2)有一定的政治覺悟,思想進步,作風正派,團結同志;\n"
    )
    assert pairs(book)[0][1].endswith("被列爲培養教育和考察的對象。\n\n入黨積極分子除黨章第一條規定的條件外,一般還應具備以下條件:")
    # counter-tests: a line defining the term anew, and a lead-in about another term, are no part of it
    again = (
        "灵活就业人员指的是未与单位建立劳动关系,但从事个体劳动的就业人员。\n"
        "灵活就业人员是指那些在劳动时间、收入报酬等方面不同于传统就业方式的人群,以下是详细介绍:\n"
    )
    assert pairs(again)[0] == ("灵活就业人员", "指的是未与单位建立劳动关系,但从事个体劳动的就业人员。")
    other = (
        "城市更新指的是对旧有城市落后、老旧的区域进行改造和提升。\n"
        "城市更新行动包括以下几个方面:\n1.老旧小区改造:对建成年代较早的住宅小区进行改造。\n"
    )
    assert pairs(other)[0] == ("城市更新", "指的是对旧有城市落后、老旧的区域进行改造和提升。")


def test_a_post_named_after_a_title_keeps_its_definition():
    # found on review: posts and bodies whose names open with a speaker's title are terms; their 指 defines them
    page = (
        "公务员职级常用词\n\n主任科员:指机关中职级在副处级以下、科员以上的综合管理类公务员。\n"
        "专家委员会:指由相关领域专家组成、为决策提供咨询意见的机构。\n"
        "总监理工程师:指由监理单位法定代表人书面授权,全面负责委托监理合同履行的监理工程师。\n"
    )
    assert [term for term, _ in pairs(page)] == ["主任科员", "专家委员会", "总监理工程师"]
    # counter-test: a Hong Kong news item's official pointing out is no definition
    news = "【本报讯】立法会议员田北辰指现时的措施已见成效,但仍需加强检测。\n\n食物及卫生局局长陈肇始指本港疫苗接种率已超过八成。\n"
    assert pairs(news) == []


# --- narrowed on review (the thirty-first round's rules) ------------------------------------------------------------


def test_a_numbered_glossary_item_keeps_its_definition_after_zhi_and_a_comma():
    # written to break the rule: a budget glossary writing 指, after each numbered headword defines; news items stay out
    notes = (
        "1.“三公”经费指,因公出国(境)费、公务用车购置及运行费、公务接待费。\n\n"
        "2.一般公共预算收入指,政府凭借国家政治权力,以社会管理者身份筹集以税收为主体的财政收入。\n"
    )
    assert [term for term, _ in pairs(notes)] == ["“三公”经费", "一般公共预算收入"]
    # counter-test: a numbered news point whose source says something is still no definition
    assert pairs("1.消息指,政府將設每日記者會。\n2.他指,市民仍需保持警覺。\n") == []


def test_a_gloss_opening_with_an_effect_verb_still_defines_when_it_closes_with_its_kind():
    # written to break the rule: keyword items whose definitions open with 反映了, 体现了 or 随着…, and close with a genus
    items = (
        "- 恩格尔系数:反映了食品支出总额占个人消费支出总额的比重,是衡量一个家庭或地区富裕程度的主要标准之一。\n"
        "- 基尼系数:体现了居民之间收入分配差异程度的一个指标,数值在0和1之间。\n"
        "- 银发经济:随着人口老龄化程度加深,向老年人提供产品或服务,以及为老龄阶段做准备等一系列经济活动的总和。\n"
    )
    assert [term for term, _ in pairs(items)] == ["恩格尔系数", "基尼系数", "银发经济"]
    # counter-test: P536's role lines stay out
    roles = (
        "- 绿色能源:随着全球变暖问题日益严重,绿色能源成为推动可持续发展的关键。\n"
        "- 绿色能源:推动了能源结构的转型,为可持续发展提供了动力。\n"
        "- 人工智能:加速了各行各业的智能化进程,改变了人们的生活和工作方式。\n"
    )
    assert pairs(roles) == []


def test_items_under_an_example_lead_in_that_name_their_kind_are_entries():
    # written to break the rule: 例如: under a definition, each item a kind of the class defined, glossed by its genus
    page = (
        "金融机构是指从事金融服务业有关的金融中介机构,为金融体系的一部分。例如:\n"
        "- 证券公司:依法设立的从事证券经营业务的有限责任公司或者股份有限公司。\n"
        "- 保险公司:经营保险业务的经济组织,包括直接保险公司和再保险公司。\n"
    )
    assert [term for term, _ in pairs(page)] == ["金融机构", "证券公司", "保险公司"]
    # counter-test: P520's examples of the right defined above stay out
    right = (
        "租购同权并非指完全等同于买房,而是指在一些基本公共服务方面,租房者与购房者享有相同的权利。例如:\n"
        "- 子女入学:租房家庭的孩子可以享受与购房者子女相同的入学机会。\n"
        "- 社保福利:部分城市开始试点让租房者享受与购房者相同的社保待遇。\n"
    )
    assert [term for term, _ in pairs(right)] == ["租购同权"]


def test_a_reason_clause_names_no_term():
    # 219: 之所以说X是…,是从…得出的结论 argues for a verdict; the five 一是… lines are reasons, not definitions
    page = (
        "之所以说R&D经费指标是科技统计的核心指标,是从以下五方面得出的结论。\n一是R&D经费集中反映了科技投入的规模和水平。\n"
        "二是R&D经费是反映中国科技资源布局的重要指标。\n"
    )
    assert pairs(page) == []
    # a definition whose sentence goes on with 所以 stays
    assert pairs("研发经费投入强度是指研发经费与国内生产总值之比,所以它反映一个地区的创新投入水平。\n") == [
        ("研发经费投入强度", "是指研发经费与国内生产总值之比,所以它反映一个地区的创新投入水平。")
    ]


def test_a_counted_phrase_glossed_by_its_list_must_be_a_name_and_its_whole_list():
    # kept: a slogan or a possessor's phrase opening its sentence, its members joined by 、
    kept = (
        "新闻发布会\n\n发言人表示,形势总体向好。我国的三大攻坚战,即防范化解重大风险、精准脱贫、污染防治,取得决定性成就。"
        "三个代表,即代表中国先进生产力的发展要求、代表中国先进文化的前进方向、代表中国最广大人民的根本利益,是立党之本。\n"
    )
    assert pairs(kept) == [
        ("我国的三大攻坚战", "即防范化解重大风险、精准脱贫、污染防治"),
        ("三个代表", "即代表中国先进生产力的发展要求、代表中国先进文化的前进方向、代表中国最广大人民的根本利益"),
    ]
    # a clause before the count, an occasion's items, a list of bodies or projects: no concept named
    for sentence in (
        "今年政府工作要重点抓好三个方面,即稳增长、促改革、调结构,确保完成全年目标。",
        "全年新开工三大项目,即轨道交通10号线、滨江大道和市民中心,总投资120亿元。",
        "今年我市荣获三项国家级荣誉,即全国文明城市、国家卫生城市、国家森林城市。",
        "这两个地区,即浦东新区、闵行区,率先完成改革试点。",
        "本次会议的三项议程,即听取工作报告、审议预算草案、选举委员,均已完成。",
        "参加会议的五个部门,即市发展改革委、市财政局、市商务委、市教委和市卫健委,分别作了发言。",
    ):
        assert pairs("新闻发布会\n\n发言人表示,形势总体向好。" + sentence + "\n") == [], sentence
    # members joined by commas: the 、 list is half of the first one, no entry rather than half a definition
    halves = (
        "新闻发布会\n\n发言人表示,形势总体向好。两个确立,即确立习近平同志党中央的核心、全党的核心地位,"
        "确立习近平新时代中国特色社会主义思想的指导地位,具有决定性意义。\n"
    )
    assert pairs(halves) == []


def test_a_bilingual_notices_title_case_fields_are_no_english_headwords():
    notice = (
        "关于举办国际青年创新论坛的通知\n\n各有关单位：\n\nEvent Date：2024年5月18日上午九时开始。\n"
        "Venue Address：上海市浦东新区世纪大道100号国际会议中心。\nContact Person：王老师，联系电话021-12345678。\n"
        "Registration Deadline：请于5月10日前报名。\n\n特此通知。\n"
    )
    with pytest.raises(InputError):
        extract_entries(notice)
    # a list of words of the year in Title Case is still one
    words = (
        "英国《金融时报》评出的年度词汇：\n\nBrexit：英国脱离欧盟的简称。\nBig Society：英国首相卡梅伦提出的一项社会政策口号。\n"
        "Squeezed Middle：指在经济紧缩中受到挤压的中产阶层。\n"
    )
    assert [t for t, _ in pairs(words)] == ["Brexit", "Big Society", "Squeezed Middle"]


def test_a_prize_list_of_titles_with_their_authors_is_no_bracket_glossed_word_list():
    prizes = (
        "市民文化节获奖名单（歌词类）：\n\n一等奖：《春天的故事》(作者张三，市文化馆干部)、《我的家乡》(作者李四，区文化站站长)、"
        "《追梦路上》(作者王五，某某中学教师)。\n"
    )
    with pytest.raises(InputError):
        extract_entries(prizes)
    # the words of the year, each glossed in its brackets, still are
    words = "两岸三地去年最流行的新词榜分别是：\n\n香港─奥运钞(香港为庆祝奥运而发行的特别钞票)、迷债(与雷曼有关的迷你债券)、格价网(各地区超市物价的比价网)。\n"
    assert [t for t, _ in pairs(words)] == ["奥运钞", "迷债", "格价网"]


def test_a_channels_programmes_under_a_language_label_are_no_label_dash_headwords():
    schedule = (
        "本台節目預告\n\n●國語-新聞聯播\n每晚七時準時播出，敬請收看\n●國語-天氣預報\n每晚七時三十分播出\n"
        "●國語-今日說法\n每日中午十二時播出\n\n歡迎收看。\n"
    )
    with pytest.raises(InputError):
        extract_entries(schedule)
    usage = (
        "兩岸用語對照\n\n●大陸用語-學霸\n平時學習非常用功且成績很好的學生\n●大陸用語-土豪\n有錢但缺乏品味的人\n"
        "●大陸用語-吃瓜群眾\n圍觀事件而不發表意見的網友\n\n（完）\n"
    )
    assert [t for t, _ in pairs(usage)] == ["學霸", "土豪", "吃瓜群眾"]


def test_a_childs_name_glossed_by_its_meaning_is_no_named_word():
    names = "记者会上，发言人回答了记者提问。\n\n民政局发言人说，今年最受欢迎的男孩名字是“梓轩”，意思是家长希望孩子品德高尚、气宇轩昂。\n"
    with pytest.raises(InputError):
        extract_entries(names)
    words = "新闻\n\n根據統計，去年上海媒體最流行的新詞語是「刷博」，意思是某些個人博客耍詐，增加點擊率。\n"
    assert pairs(words) == [("「刷博」", "意思是某些個人博客耍詐，增加點擊率。")]


def test_space_aligned_jargon_rows_are_entries_with_their_indented_continuations():
    # P790, a forum's digest of bus-fan jargon: term, a wide run of spaces, the gloss; a long gloss goes on over
    # lines indented to its column; the row the page cuts inside a bracket gives nothing.
    thread = (
        "巴士術語 (經各巴士迷之意見集合而成)\n\n第一篇  車輛識別\n"
        "熱狗                             非空調巴士\n"
        "冷馬                             空調巴士\n"
        "白車                             九巴帶有白色車身的空調巴士 , 多為非低地台巴士\n"
        "奧黏/奧林匹克                利蘭/富豪奧林比安型巴士(Leyland Olympian) now (Volvo Olympian)\n"
        "龍/巨龍                           丹尼士巨龍型巴士( Dennis Dragon )\n"
        "                                    又稱 丹尼士 多明尼達 6x2 (三軸版)( Dominator 6x2)\n"
        "豪                                富豪奧林比安巴士(Volvo Olympian)\n"
        "超豪                             富豪超級奧林比安巴士(Volvo"
    )
    assert pairs(thread) == [
        ("熱狗", "非空調巴士"),
        ("冷馬", "空調巴士"),
        ("白車", "九巴帶有白色車身的空調巴士 , 多為非低地台巴士"),
        ("奧黏/奧林匹克", "利蘭/富豪奧林比安型巴士(Leyland Olympian) now (Volvo Olympian)"),
        ("龍/巨龍", "丹尼士巨龍型巴士( Dennis Dragon )\n" + " " * 36 + "又稱 丹尼士 多明尼達 6x2 (三軸版)( Dominator 6x2)"),
        ("豪", "富豪奧林比安巴士(Volvo Olympian)"),
    ]


def test_space_aligned_rosters_tables_and_single_rows_are_no_glossary_rows():
    roster = "领导小组名单\n\n组长          王小明\n副组长          李四\n成员          赵五、钱六、孙七\n\n特此通知。\n"
    table = (
        "主要经济指标\n\n地区生产总值          12345.6亿元      增长5.2%\n"
        "一般公共预算收入          人民币亿元      增长3.1%\n"
        "固定资产投资          人民币亿元      增长4.0%\n"
    )
    heading = "第一篇  車輛識別\n\n熱狗                             非空調巴士\n\n本帖由版主整理。\n"
    for page in (roster, table, heading):
        assert pairs(page) == []


def test_a_cards_headword_line_with_numbered_senses_run_in_gives_an_entry_a_sense():
    # P776, a dictionary site's card: the spaced headword, then 1. and 2. before each sense, no stops.
    card = (
        "飞 地 1.指归属某一国,但却地处另一国领土内的土地 2.指属某行政区管辖,但与本行政区主体不相毗连的土地\n"
        "飞地的概念产生于中世纪,术语第一次出现于1526年签定的马德里条约的文件上。\n"
    )
    assert pairs(card)[:2] == [
        ("飞 地", "指归属某一国,但却地处另一国领土内的土地"),
        ("飞 地", "指属某行政区管辖,但与本行政区主体不相毗连的土地"),
    ]


def test_a_headings_numbered_parts_or_a_programme_are_no_run_in_senses():
    for line in ("工作要点 1.指导思想 2.主要任务 3.保障措施\n", "会议议程 1.指定主持人 2.审议工作报告\n", "实施方案 1.总体要求 2.重点任务\n"):
        assert pairs(line) == []


def test_a_label_item_restating_its_label_with_a_superlative_is_no_definition():
    # P789, a reading guide's dash item: the label restated, then 是…最…: a comment ranking it.
    guide = (
        "(一)资产项目分析\n- 流动资产\n"
        "- 货币资金:货币资金是企业流动性最强的资产,犹如企业的“血液”,直接反映企业的即时支付能力。过高的货币资金持有量可能暗示企业资金运用效率不高。\n"
    )
    assert pairs(guide) == []
    glossary = "名词解释\n1.货币资金:是指企业持有的现金、银行存款和其他货币资金。\n2.流动资产:是指最迟在一年内变现或者耗用的资产。\n"
    assert [t for t, _ in pairs(glossary)] == ["货币资金", "流动资产"]
