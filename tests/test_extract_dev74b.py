"""Seventy-fourth round, fixer B: general mechanisms mended from the misses of dev-121, dev-125 … dev-127, dev-129, dev-131
and dev-133 (the press and official pages held out through the seventy-second and seventy-third rounds), each tested on its
page's own sentences (press pages held inline: they are not bundled; official pages read from ``tests/data/appendices``), on
other real shapes of the same mechanism, and on one shape it must not take."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

_APPENDICES = Path(__file__).parent / "data" / "appendices"


def _bundled(prefix: str) -> str:
    """The text of the bundled page whose name starts with ``prefix`` (its header removed)."""
    (path,) = _APPENDICES.glob(f"{prefix}-*.txt")
    return path.read_text("utf-8").partition("\n\n")[2]


# --- a frame naming the definition (X定義為:, X的定義是…) is no part of the term --------------------------------------------

_URBAN_RENEWAL = (
    "什麼是都市更新?\n"
    "都市更新定義為:將老舊、危險、品質不佳的房屋以重建、整建、維護等方式翻修或整頓。\n"
    "- 重建:指拆除更新單元內的原有建築物進行重建。\n"
    "- 整建:指改建、修建更新單元內的建築物或充實建物裡的設備,以利改進公共設施。\n"
)


def test_definition_frame_before_a_colon_leaves_the_term_P3529():
    got = dict(pairs(_URBAN_RENEWAL))
    assert got["都市更新"] == "將老舊、危險、品質不佳的房屋以重建、整建、維護等方式翻修或整頓。"
    assert "都市更新定義為" not in got


def test_definition_frame_before_a_colon_of_other_shapes():
    social = (
        "社会企业的定义为:以解决社会问题为首要目标的企业。\n共益企业:兼顾股东与社会利益的企业。\n影响力投资:指追求社会回报的投资。\n"
    )
    assert pairs(social)[0] == ("社会企业", "以解决社会问题为首要目标的企业。")
    footprint = "碳足跡之定義:一項活動直接與間接產生的溫室氣體排放量。\n碳中和:指排放與吸收相抵。\n淨零:指溫室氣體淨排放為零。\n"
    assert pairs(footprint)[0] == ("碳足跡", "一項活動直接與間接產生的溫室氣體排放量。")


def test_a_section_label_or_a_redefinition_keeps_its_frame():
    lines = "碳中和:指排放與吸收相抵。\n淨零:指溫室氣體淨排放為零。\n"
    assert pairs("重新定義為:以居民為中心的更新。\n" + lines)[0][0] == "重新定義為"
    assert "統計項目" not in dict(pairs("統計項目定義:本表所列各項之統計範圍與口徑。\n" + lines))


def test_named_definition_before_a_numbered_notes_includes_919():
    got = dict(pairs(_bundled("919")))
    assert got["體能活動"] == "是可消耗能量的任何形式身體動作,包括在工作、通勤、做家務和做運動期間進行的活動。"
    assert "體能活動的定義" not in got


def test_named_definition_before_a_numbered_notes_excludes():
    notes = "1.就业人员的定义为从事一定社会劳动并取得劳动报酬的人员,不包括在校学生。\n2.失业人员是指没有工作的人员。\n"
    assert pairs(notes)[0] == ("就业人员", "为从事一定社会劳动并取得劳动报酬的人员,不包括在校学生。")


def test_a_numbered_note_without_the_frame_still_reads_includes():
    notes = "1.体能活动包括在工作、通勤、做家务期间进行的活动。\n2.中等强度体能活动是指令心跳加快的活动。\n"
    assert pairs(notes)[0] == ("体能活动", "包括在工作、通勤、做家务期间进行的活动。")


def test_a_definition_someone_holds_is_no_named_definition_of_a_note():
    notes = "1.世界卫生组织对健康的定义是身体、心理和社会适应的完好状态,包括没有疾病。\n2.亚健康是指介于健康与疾病之间的状态。\n"
    got = dict(pairs(notes))
    assert "健康" not in got and got["亚健康"] == "是指介于健康与疾病之间的状态。"


# --- a paper's own byline set off by spaces after the last sentence is no part of the definition ---------------------------

_ENCLAVE = (
    "今年政府工作报告首提“飞地经济”\n"
    "2015年05月22日  来源:齐鲁晚报\n"
    "【PDF版】\n"
    "     头条链接 \n"
    "  “飞地经济”是指打破原有行政区域限制,通过跨空间的行政管理和经济开发,实现两地资源互补、经济协调发展的一种区域经济合作模式。"
    "今年淄博市政府工作报告首提“飞地经济”。市发改委主任孙来斌说:“发展‘飞地经济’有利于实现资源互补。”     本报记者 李超\n"
    "\n"
    "\n"
    "  本稿件所含文字、图片和音视频资料,版权均属齐鲁晚报所有,任何媒体、网站或个人未经授权不得转载,违者将依法追究责任。\n"
    "网友为此稿件打分的平均分是:\n"
    "齐鲁晚报多媒体数字版\n"
)


def test_spaced_byline_closing_an_epaper_item_P3475():
    got = dict(pairs(_ENCLAVE))
    assert got["“飞地经济”"].endswith("有利于实现资源互补。”")


def test_spaced_bylines_of_other_shapes():
    from policyterms.mining.extract_layouts.common import without_news_credit

    assert without_news_credit("是一种区域合作模式。  记者 张三 通讯员 李四") == "是一种区域合作模式。"
    assert without_news_credit("是長者照顧服務的一環。\u3000本報記者 陳大文") == "是長者照顧服務的一環。"


def test_a_sentence_opening_with_the_reporter_is_no_byline():
    from policyterms.mining.extract_layouts.common import without_news_credit

    text = "是一种区域合作模式。  记者从市发改委获悉,项目已开工。"
    assert without_news_credit(text) == text
    assert without_news_credit("是一种区域合作模式。记者 李超") == "是一种区域合作模式。记者 李超"


# --- an article's unnumbered paragraph defining the law's word goes on over its PDF line breaks ------------------------------


def test_statute_paragraph_wrapped_by_the_pdf_1035():
    got = dict(pairs(_bundled("1035")))
    assert got["企业信用风险分类监管"] == (
        "是指全市各级市场监督管理部门在依法归集企业信用信息的基础上,按照本办法规定的企业信用风险分类标准,运用互联网、大数据、"
        "机器学习等现代技术手段对企业信用风险进行自动分类,对主要风险点实现精准识别和监测预警,在此基础上对企业实施差异化监管。"
    )


def test_statute_paragraphs_wrapped_of_other_shapes():
    law = (
        "第五條 本條例所稱主管機關,在中央為內政部。\n"
        "本條例所稱社會住宅,係指由政府興辦或獎勵民間興辦,專供出\n"
        "租之用,並應提供至少百分之三十以上比率出租予經濟或社會\n"
        "弱勢者之住宅。\n"
        "第六條 主管機關應辦理下列事項。\n"
    )
    assert dict(pairs(law))["社會住宅"] == (
        "係指由政府興辦或獎勵民間興辦,專供出租之用,並應提供至少百分之三十以上比率出租予經濟或社會弱勢者之住宅。"
    )
    rule = (
        "第十二条 新建住宅应当配建停车位。\n"
        "前款所称主要建筑物,是指建设用地上承担主要使用功能的\n"
        "建筑物,不包括附属设施。\n"
        "第十三条 本办法自发布之日起施行。\n"
    )
    assert dict(pairs(rule))["主要建筑物"] == "是指建设用地上承担主要使用功能的建筑物,不包括附属设施。"


def test_a_statute_line_that_closes_its_sentence_joins_nothing():
    page = (
        "本办法所称小微企业,是指符合国家划型标准的企业。\n"
        "各区县应当建立小微企业名录,名录每年更新\n"
    )
    assert dict(pairs(page)).get("小微企业") == "是指符合国家划型标准的企业。"


# --- a quoted sibling glossed with a bare 是 right below a series item closing on its semicolon ------------------------------

_GENERATIONS = (
    "二、住宅经历了几代?\n"
    "\n"
    "“第一代住宅”,是指普通住房,它除了居住功能以外,几乎没有其他功能;\n"
    "\n"
    "“第二代住宅”,是指有物业管理的住宅;\n"
    "\n"
    "“第三代住宅”,是现在大多数家庭的住房模式,主要为电梯房,是2010年以来的主流;\n"
    "\n"
    "“第四代住宅”,是电梯房和四合院房的结合。它是高层建筑的整体形式,但每个家庭都有自己的私人庭院。\n"
    "\n"
    "三、第四代住宅有哪些特点?\n"
)


def test_quoted_siblings_with_a_bare_shi_below_a_series_item_P3530():
    got = dict(pairs(_GENERATIONS))
    assert got["“第三代住宅”"] == "是现在大多数家庭的住房模式,主要为电梯房,是2010年以来的主流"
    assert got["“第四代住宅”"] == "是电梯房和四合院房的结合。它是高层建筑的整体形式,但每个家庭都有自己的私人庭院。"


def test_quoted_siblings_of_other_shapes():
    cards = (
        "「第一類院舍」,是指由政府全額資助的院舍;\n「第二類院舍」,是由非牟利機構營運並獲部分資助的院舍;\n"
        "「第三類院舍」,是私營機構自負盈虧營運的院舍。\n"
    )
    got = dict(pairs(cards))
    assert got["「第二類院舍」"] == "是由非牟利機構營運並獲部分資助的院舍"
    assert got["「第三類院舍」"] == "是私營機構自負盈虧營運的院舍。"


def test_a_quoted_word_of_another_head_or_a_weighed_sibling_is_none():
    other_head = "“一网通办”,是指政务服务事项全流程在线办理;\n“一网统管”,是城市治理现代化的重要抓手。\n"
    assert "“一网统管”" not in dict(pairs(other_head))
    weighed = "“第一代社保卡”,是指只有身份凭证功能的卡;\n“第二代社保卡”,是今年我市民生工作的重点。\n"
    assert "“第二代社保卡”" not in dict(pairs(weighed))


# --- a quoted word glossed in brackets opening with 即, its noun kept and a meaning frame left out ----------------------------


def test_bracketed_ji_after_a_quoted_word_and_its_noun_1034():
    got = dict(pairs(_bundled("1034")))
    assert got["“3+6+2+1”新布局"] == "即3大主题类综合窗口、6大行业类综合窗口、2大无差别综合窗口、1个便民服务专区"


def test_bracketed_ji_after_a_quoted_word_and_its_meaning_frame_978():
    got = dict(pairs(_bundled("978")))
    assert got["「海綿城市」"] == "即透過加強城市的蓄水能力和水循環系統,達致收集雨水供城市使用及改善城市的排洪能力"


def test_bracketed_ji_of_other_shapes():
    got = dict(pairs("全面推行“三个一”工作机制(即一窗受理、一次告知、一网通办),提升服务效能。"))
    assert got["“三个一”工作机制"] == "即一窗受理、一次告知、一网通办"
    got = dict(pairs("我市推广“河长制”的含义(即由各级党政主要负责人担任河长,负责组织领导相应河湖的管理和保护工作)。"))
    assert got["“河长制”"] == "即由各级党政主要负责人担任河长,负责组织领导相应河湖的管理和保护工作"


def test_a_period_after_ji_in_brackets_is_no_gloss():
    assert pairs("在“十四五”时期(即2021—2025年),我市将加快发展。") == []


# --- a clause of grounds or circumstance (鑑於…, 由于…, 随着…) is no headword --------------------------------------------------


def test_a_grounds_clause_is_no_headword_978():
    got = dict(pairs(_bundled("978")))
    assert not any(term.startswith("鑑於") for term in got)


def test_grounds_and_circumstance_clauses_of_other_shapes():
    from policyterms.mining.extract_layouts.general import normalise_headword

    assert normalise_headword("由于本市的小微企业", "包括个体工商户和小型微型企业。") is None
    assert normalise_headword("随着数字政府建设", "是指政府运用数字技术…。") is None
    assert normalise_headword("为了保障安全的措施", "包括…。") is None


def test_a_term_opening_with_jiyu_or_holding_the_conjunctions_inside_stays():
    from policyterms.mining.extract_layouts.general import normalise_headword

    assert normalise_headword("基于风险的监管", "是指…。") == ("基于风险的监管", "是指…。")
    assert normalise_headword("自由贸易试验区", "是指…。") == ("自由贸易试验区", "是指…。")


# --- an organisation's profile sections (组织, 委员, 宗旨, 主要活动) are section titles, no headwords --------------------------


def test_profile_section_labels_are_no_headwords_916():
    got = dict(pairs(_bundled("916")))
    assert not {"组织", "委员", "宗旨"} & set(got)


def test_profile_section_labels_of_other_shapes():
    from policyterms.mining.extract_layouts.section_headings import bare_section_title

    assert bare_section_title("主要职能") and bare_section_title("宗旨与活动") and bare_section_title("組織")
    page = (
        "宗旨\n本会坚持服务会员、服务行业的方针,促进行业健康发展。\n"
        "主要职能\n开展行业调查研究,向政府部门提出行业发展建议。\n"
    )
    assert pairs(page) == []


def test_a_term_ending_in_a_profile_word_stays_a_headword():
    from policyterms.mining.extract_layouts.section_headings import bare_section_title

    assert not bare_section_title("基层组织") and not bare_section_title("人大代表委员")
    page = "基层党组织\n基层党组织是指党在社会基层组织中设立的党的基层委员会、总支部委员会和支部委员会。\n"
    assert pairs(page)[0][0] == "基层党组织"


# --- a news site's text-size buttons are page furniture ---------------------------------------------------------------------


def test_text_size_button_is_no_headword_P3472():
    page = (
        "2023年12月07日08:36 | 來源:人民網-人民日報\n"
        "小字號\n"
        "\n"
        "原標題:植根人民 造福人民\n"
        "\n"
        "福建寧德,一片高質量發展的熱土。光榮與夢想,勤勞與創造,改革與創新,交匯成雄渾的山海交響樂章。\n"
        "\n"
        "這背後,是35年的踐諾、35年的堅持、35年的傳承。\n"
    )
    assert "小字號" not in dict(pairs(page))


def test_text_size_buttons_of_other_shapes_and_a_word_holding_zihao():
    from policyterms.mining.extract_layouts.common import _is_furniture

    assert _is_furniture("大字号 小字号") and _is_furniture("字号:大 中 小")
    assert not _is_furniture("老字号是指历史悠久、世代传承的品牌。")
    assert pairs("中华老字号\n中华老字号是指历史悠久,拥有世代传承的产品、技艺或服务的品牌。\n")[0][0] == "中华老字号"


# --- a heading modifying its word with a clause and 的, over a paragraph restating the word before its comma and marker -------

_PARENTAL_LEAVE = (
    "育儿指南\n"
    "\n"
    "国家鼓励试行的育儿假\n"
    "\n"
    "育儿假,是欧洲一些国家实行的一项福利政策。一般来说,享受这项福利的必须是工作已满一年以上的育龄夫妇,假期在一年左右,与产假衔接,"
    "直到孩子满周岁假期结束。休育儿假的不只是准妈妈,也包括准爸爸,一项调查结果显示,德国三分之一的父亲选择在孩子出生一年内休\"育儿假\","
    "而且趋势大幅增加。\n"
    "\n"
    "国家鼓励试行的育儿假\n"
    "\n"
    "2019年5月9日,国务院发布了《关于促进3岁以下婴幼儿照护服务发展的指导意见》,鼓励试行育儿假。\n"
    "\n"
    "婴幼儿抚育\n"
    "\n"
    "宁夏首创夫妻共同育儿假”\n"
)


def test_heading_modifying_its_word_over_the_restating_paragraph_P3451():
    got = dict(pairs(_PARENTAL_LEAVE))
    assert got["育儿假"].startswith("是欧洲一些国家实行的一项福利政策。")
    assert "国家鼓励试行的育儿假" not in got


def test_heading_modifying_its_word_of_another_shape():
    from policyterms.mining.extract_layouts.general import normalise_headword

    page = "备受关注的长护险\n长护险,是指以长期处于失能状态的参保人群为保障对象的社会保险制度。\n"
    assert pairs(page) == [("长护险", "是指以长期处于失能状态的参保人群为保障对象的社会保险制度。")]
    assert normalise_headword("上海推行的“一网通办”", "“一网通办”,是指…的服务模式。") == ("“一网通办”", "是指…的服务模式。")


def test_a_longer_subject_below_a_modifying_heading_is_no_restatement():
    from policyterms.mining.extract_layouts.general import _restated_headword

    assert _restated_headword("国家鼓励试行的育儿假", "育儿假制度是我国新近推出的一项生育支持政策。") is None
