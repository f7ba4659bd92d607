"""The ninety-sixth development set's press pages P2658–P2677 (employment, labour and talent vocabulary: recruitment and
exam sites, a translation firm's daily word, city portals, law firms' and lawyers' answers, a loan site, a forum paper, Macao
and Taiwan papers, law databases, a podcast page; mainland, Hong Kong, Macao and Taiwan). Each mend has the real sentences
it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave
alone."""

from __future__ import annotations

from conftest import pairs


# --- 即指 as one marker (P2674) ------------------------------------------------------------------------------------------


def test_ji_zhi_glued_to_the_term_opens_the_definition():
    page = (
        "无固定期限劳动合同即指未设置具体终止日期之劳动合同形式。\n"
        "此种合约通常表明,如非符合法定或双方约定特定情况,合约将始终保持有效性。\n"
    )
    assert ("无固定期限劳动合同", "即指未设置具体终止日期之劳动合同形式。") in pairs(page)
    assert not any(term.endswith("即") for term, _ in pairs(page))


def test_ji_zhi_after_a_comma_keeps_the_clause_out_of_the_term():
    # (b) 凡提述提供某表格,即指按照第3(2)條…提供該表格。 (532, a Hong Kong regulation's interpretation section)
    page = "(b) 凡提述提供某表格,即指按照第3(2)條及(如適用的話)3(3)條提供該表格。\n"
    assert all(term != "凡提述提供某表格" for term, _ in pairs(page))


def test_li_ji_zhi_chu_is_no_marker():
    page = "会议上,主任立即指出了存在的问题,要求各部门抓紧整改。\n"
    assert all(not definition.startswith("即指") for _, definition in pairs(page))


# --- a square bullet of the emoji block, and a marked label ending the gloss above (P2671) ---------------------------------


def test_an_emoji_square_bullet_is_read_as_the_square_the_rules_know():
    from policyterms.mining.written_forms import read_form

    assert read_form("◼\ufe0e基本工資\n") == "■ 基本工资\n"
    assert read_form("◾最低工資\n") == "■最低工资\n"
    assert len(read_form("◼\ufe0e基本工資\n")) == len("◼\ufe0e基本工資\n")


def test_a_square_inside_a_line_stays_a_picture():
    from policyterms.mining.written_forms import read_form

    assert read_form("天氣晴◼︎多雲\n") == "天气晴◼︎多云\n"


_P2671 = (
    "一、基本工資與最低工資的定義\n\n"
    "◼\ufe0e基本工資\n"
    "指勞工在「正常工作時間」內所得之報酬。不包括延長工作時間之工資與休息日、休假日及例假工作加給之工資。\n\n"
    "◼\ufe0e最低工資\n"
    "分為每月最低工資及每小時最低工資。勞工與雇主雙方議定之工資,不得低於最低工資;其議定之工資低於最低工資者,以本法所定之最低工資為其工資數額。\n"
)


def test_the_marked_label_below_ends_the_gloss_above():
    assert (
        "基本工資",
        "指勞工在「正常工作時間」內所得之報酬。不包括延長工作時間之工資與休息日、休假日及例假工作加給之工資。",
    ) in pairs(_P2671)


def test_the_marked_label_over_no_definition_gives_no_entry():
    assert all("最低工資" not in term for term, _ in pairs(_P2671))


# --- a standfirst's label before the term (P2660) -----------------------------------------------------------------------


def test_a_standfirst_label_set_off_by_a_space_is_no_part_of_the_term():
    page = (
        "农民工工资专用账户是什么?\n"
        "导语 农民工工资专用账户是指施工总承包单位在工程建设项目所在地银行业金融机构开立的,专项用于支付农民工工资的专用存款账户。\n"
    )
    entries = pairs(page)
    assert (
        "农民工工资专用账户",
        "是指施工总承包单位在工程建设项目所在地银行业金融机构开立的,专项用于支付农民工工资的专用存款账户。",
    ) in entries
    assert not any(term.startswith("导语") for term, _ in entries)


def test_the_labels_words_glued_to_a_term_stay():
    # no space or colon after the label's words: they are the term's own (提要 is a word too)
    page = "提要是指对文章主要内容的简明概括。\n"
    assert all(term != "" for term, _ in pairs(page))


# --- a heading glued after the last stop of a definition's line (P2675) -------------------------------------------------


def test_a_heading_glued_after_the_stop_ends_the_definition_and_its_line():
    page = (
        "职业资格和职业技能的定义\n"
        "职业技能等级证书是指该岗位应具备的技术能力等级证书。通过考试、技能操作考核、工作绩效考核、过程考核、竞赛选拔等多种评价方式,"
        "科学、规范、客观、公正地评价劳动者(含准备就业人员)的职业技能水平,合格者考试合格,颁发相应的职业技能等级证书。 级别划分及相应职称相同\n"
        "职业资格证书和职业技能等级证书也分为五个等级,相应的职称也相同。如下图所示。\n"
    )
    definitions = dict(pairs(page))
    assert definitions["职业技能等级证书"].endswith("颁发相应的职业技能等级证书。")


def test_a_longer_sentence_after_the_stop_stays():
    # more than a heading's length after the space: running text, left to the other rules
    page = "绿色信贷是指银行对环保项目给予的贷款支持。 这一做法在各地银行业金融机构得到广泛推广并持续深化\n"
    definitions = dict(pairs(page))
    assert "持续深化" in definitions.get("绿色信贷", "持续深化")


# --- a comparison's item labelled by the aspect in which the pair differ (P2666) ------------------------------------------


def test_an_aspect_in_which_two_things_differ_is_no_term():
    from policyterms.mining.extract_layouts.false_glosses import clause_term

    # 2. 招募方式不同:参加三支一扶招募计划需要通过国家公共部门的招募渠道,而大学生村官招募则由…进行。 (P2666)
    for label in ("招募方式不同", "服务期限不同", "適用對象有別", "性质不一样", "用途各异"):
        assert clause_term(label), label


def test_names_holding_the_words_elsewhere_stay_terms():
    from policyterms.mining.extract_layouts.false_glosses import clause_term

    for term in ("不同政见", "不动产", "求同存异", "差别化信贷", "有别于"):
        assert not clause_term(term), term


def test_the_pages_comparison_item_gives_no_entry():
    page = (
        "三支一扶是指国家公共部门招募的乡村义务教育服务、乡镇卫生院、农村文化事业和农村社会管理等工作的人员。\n"
        "二者的区别主要如下:\n"
        "2. 招募方式不同:参加三支一扶招募计划需要通过国家公共部门的招募渠道,而大学生村官招募则由地方政府主管部门或有关行政机关进行。\n"
    )
    assert all(term != "招募方式不同" for term, _ in pairs(page))


# --- numbered items under a heading asking how to apply (P2668) -----------------------------------------------------------


_P2668 = (
    "创业担保贷款是指通过政府出资设立担保基金,委托担保机构提供贷款担保,由经办商业银行发放,以解决符合一定条件的待就业人员从事创业经营自筹资金不足的一项贷款业务。\n"
    "创业担保贷款怎么申请?\n"
    "一、个人小额担保贷款:申请人向小额担保贷款中心提交申请材料,填写《创业担保贷款申请审批表》小额担保贷款中心进行初审,经办银行受理贷款申请,签署贷款合同,发放贷款。\n"
    "二、劳动密集型小企业贷款:申请企业向市担保中心提交申请材料,填写《创业担保贷款申请审批表》市担保中心进行材料审核,经办银行受理贷款、签署贷款合同,发放贷款。\n"
)


def test_items_under_a_how_to_apply_heading_are_steps_not_entries():
    terms = [term for term, _ in pairs(_P2668)]
    assert "创业担保贷款" in terms
    assert "个人小额担保贷款" not in terms
    assert "劳动密集型小企业贷款" not in terms


def test_the_heading_must_ask_how_to_apply():
    from policyterms.mining.extract_layouts.notes import _WAYS_HEADING

    assert _WAYS_HEADING.fullmatch("创业担保贷款怎么申请?")
    assert _WAYS_HEADING.fullmatch("灵活就业人员社保如何缴纳?")
    assert not _WAYS_HEADING.fullmatch("创业担保贷款是什么?")
    assert not _WAYS_HEADING.fullmatch("创业担保贷款的种类")


# --- a quoted statute's title and article number before the term (P2674) -------------------------------------------------


def test_a_quoted_articles_title_and_number_are_no_part_of_the_term():
    page = (
        "无固定期限劳动合同即指未设置具体终止日期之劳动合同形式。\n"
        "《中华人民共和国劳动合同法》第十四条无固定期限劳动合同,是指用人单位与劳动者约定无确定终止时间的劳动合同。\n"
        "用人单位与劳动者协商一致,可以订立无固定期限劳动合同。有下列情形之一,劳动者提出或者同意续订、订立劳动合同的,"
        "除劳动者提出订立固定期限劳动合同外,应当订立无固定期限劳动合同:(一)劳动者在该用人单位连续工作满十年的;"
        "(二)用人单位初次实行劳动合同制度或者国有企业改制重新订立劳动合同时,劳动者在该用人单位连续工作满十年且距法定退休年龄不足十年的。\n"
    )
    assert ("无固定期限劳动合同", "是指用人单位与劳动者约定无确定终止时间的劳动合同。") in pairs(page)
    assert not any(term.startswith("《") for term, _ in pairs(page))


def test_an_article_that_rules_is_no_frame():
    from policyterms.mining.extract_layouts.prose import _LAW_RULED

    # 《劳动合同法》第七条规定,…: the article's rule, left to the cited-provision reading
    assert _LAW_RULED.match("《劳动合同法》第七条规定,用人单位") is None
    assert _LAW_RULED.match("《劳动合同法》第十四条无固定期限劳动合同").end() == len("《劳动合同法》第十四条")


# --- a topic's class named by its head at a middle clause's end (P2673) --------------------------------------------------


def test_the_class_after_a_framing_clause_makes_the_bare_shi_a_definition():
    from policyterms.mining.extract_layouts.topics import _names_class_by_head

    predicate = "基於勞動契約之約定,雇主得指揮命令勞工從事工作之時間,勞工對於所約定之工作時間內付出勞動力,藉以獲得工資維持生活所需。"
    assert _names_class_by_head("工作時間", predicate)


def test_a_role_in_a_middle_clause_is_no_class():
    from policyterms.mining.extract_layouts.topics import _names_class_by_head

    # the head word inside a middle clause but not closing it on 之/的: no class
    assert not _names_class_by_head("民族团结", "各族人民的生命线,团结是发展的基础,也是繁荣的前提。")


def test_the_pages_paragraph_under_its_glossary_title_is_read():
    page = (
        "勞動法詞彙-工作時間\n\n23 Jan, 2020\n\n說明:\n\n"
        "工作時間是基於勞動契約之約定,雇主得指揮命令勞工從事工作之時間,勞工對於所約定之工作時間內付出勞動力,藉以獲得工資維持生活所需。\n"
    )
    assert (
        "工作時間",
        "是基於勞動契約之約定,雇主得指揮命令勞工從事工作之時間,勞工對於所約定之工作時間內付出勞動力,藉以獲得工資維持生活所需。",
    ) in pairs(page)


# --- a clause on the term, then its definition named and given (P2662) ---------------------------------------------------


def test_the_clause_before_the_named_definition_is_no_part_of_the_term():
    page = (
        "基本工資也就是最低薪資,基本工資的定義是指勞工在正常工作時間所獲取的薪資,而這不包含加班、休假和例假日多工作的報酬。\n"
    )
    assert ("基本工資", "是指勞工在正常工作時間所獲取的薪資,而這不包含加班、休假和例假日多工作的報酬。") in pairs(page)


def test_another_words_definition_after_the_clause_is_not_taken_so():
    # the framed word is not the clause's subject: no term built from the clause's frame
    page = "住房公积金是长期储金,基本工资的定义是指劳动者在正常工作时间所获得的报酬。\n"
    assert all(term != "住房公积金" for term, _ in pairs(page))


# --- the page's one definition, its paragraph cut by the site after whole sentences (P2669) ------------------------------


_P2669_HEAD = (
    "作为“创意一族”的数字游民\n"
    "数字游民是指利用现代信息技术进行远程工作,追求自由、灵活和自主生活方式的个体。他们不受传统工作地点的束缚,"
    "通常从事创造性和趣味性的工作。近两年来,中国的数字游民群体数量亦呈现出快速增长的趋势。"
)


def test_the_pages_one_definition_ends_at_its_last_stop_before_the_cut():
    page = _P2669_HEAD + "综合多方面数据估计,截至2023年底,中国大陆地区的数字游民"
    assert (
        "数字游民",
        "是指利用现代信息技术进行远程工作,追求自由、灵活和自主生活方式的个体。他们不受传统工作地点的束缚,"
        "通常从事创造性和趣味性的工作。近两年来,中国的数字游民群体数量亦呈现出快速增长的趋势。",
    ) in pairs(page)


def test_a_glossarys_cut_last_entry_stays_cut():
    # a list's last headword (a sibling above it), cut by the page: no entry made from its first sentences
    page = (
        "粮食作物 是指以收获成熟果实为目的,经去壳、碾磨等加工程序而成为人类基本食粮的一类作物。\n"
        "粮食产量是指全社会的粮食产量。包括国有经济经营的、集体统一经营的和农民家庭经营的粮食产量。粮食除包括稻谷、小麦、玉米"
    )
    assert all(term != "粮食产量" for term, _ in pairs(page))


# --- a head word inside a quoted title names no class (P2671) -------------------------------------------------------------


def test_the_head_inside_a_documents_title_is_no_class():
    from policyterms.mining.extract_layouts.topics import _names_class_by_head

    predicate = "根據《勞動基準法》第21條第3項規定訂定《基本工資審議辦法》,由勞動部設基本工資審議委員會,經勞、資、學、政各方委員組成。"
    assert not _names_class_by_head("基本工資", predicate)


def test_the_head_outside_the_title_still_names_the_class():
    from policyterms.mining.extract_layouts.topics import _names_class_by_head

    # 业主立案法团是根据《条例》成立的独立法人组织 (the class after the cited title)
    assert _names_class_by_head("业主法人组织", "根据《条例》成立的独立法人组织,在法律上代表所有业主管理建筑物的公用部分。")


def test_the_legal_basis_item_gives_no_entry():
    page = (
        "最低工資是什麼?4點看懂跟基本工資差異\n\n"
        "二、基本工資與最低工資的法源依據\n\n◼\ufe0e基本工資\n"
        "「基本工資」是根據《勞動基準法》第21條第3項規定訂定《基本工資審議辦法》,由勞動部設基本工資審議委員會,經勞、資、學、政各方委員組成,"
        "在每年第3季時開會決定基本工資是否需要調整,因此就法源性質,《基本工資審議辦法》上屬法規命令。\n"
    )
    assert all(not definition.startswith("是根據") for _, definition in pairs(page))


def test_a_headword_blocks_cut_paragraph_stays_cut():
    # the term alone on the line above: a headword block's paragraph, cut by the page, gives nothing (as P956's cut copy)
    page = "数字游民\n" + _P2669_HEAD.split("\n", 1)[1] + "综合多方面数据估计,截至2023年底,中国大陆地区的数字游民"
    assert all(term != "数字游民" for term, _ in pairs(page))
