"""Official cards (the thirty-ninth round, across sets): a ministry's dictionary portal whose page, titled
``X - …百科`` under a skip link, serves several dictionaries' cards of one headword, each glossing it after a ``解釋:`` or
``名詞解釋:`` label (344, 381); a glossary card served alone, its headword line over one paragraph taken whole where the
card's English-name label shows it (300), or a heading introducing the term over a paragraph restating it (P1091); an
administrative regulation's scope lead-in (340); a law's quoted term deep in an interpretation (363) — each with real text
of the same shape that must not become an entry."""

from __future__ import annotations

from conftest import pairs

# --- dictionary cards under a titled page (344, 381) ----------------------------------------------------------------

P344 = (
    "跳到主要內容\n:::\n\n教育百科logo\n\n::: 老人年金 - 教育百科\n  • 漢語拼音 lǎo rén nián jīn\n教育部國語辭典簡編本\n"
    "注音:\n漢語拼音: lǎo rén nián jīn\n解釋:\n"
    "  1. 國民年金保險中的一項。被保險人於年輕時曾參加國民年金保險,並按時繳交保費,即可按年資的長短領取年金,是一種社會保險。\n"
    "    【例】老人年金制度,不論國保年資多寡,均得請領該年金給付,是老年經濟生活的基本保障。\n"
    "資料來源: 教育部國語辭典簡編本_老人年金\n教育部重編國語辭典修訂本\n注音:\n解釋:\n"
    "國民年金制度中的一項。年齡達「老年」門檻(通常為六十五歲)且符合請領資格者,均可請領年金給付。\n"
    "資料來源: 教育部重編國語辭典修訂本_老人年金\n回到頁面頂端圖示"
)


def test_each_dictionary_card_glosses_the_title_after_its_label_the_example_left_out() -> None:
    assert pairs(P344) == [
        ("老人年金", "國民年金保險中的一項。被保險人於年輕時曾參加國民年金保險,並按時繳交保費,即可按年資的長短領取年金,是一種社會保險。"),
        ("老人年金", "國民年金制度中的一項。年齡達「老年」門檻(通常為六十五歲)且符合請領資格者,均可請領年金給付。"),
    ]


P381 = (
    "跳到主要內容\n:::\n\n教育百科logo\n\n::: 檢疫 - 教育百科\nˇ\nˋ\njiǎn yì\n國家教育研究院辭書\n基本資料\n英文: Quarantine\n"
    "辭書內容\n名詞解釋:\n  為防止傳染病及其媒介物在國內蔓延和國際間傳播的所有措施。包括國境檢疫、疫區檢疫及接觸者檢疫。\n"
    "資料來源: 國家教育研究院_檢疫\n基本資料\n英文: Quarantine\n辭書內容\n名詞解釋:\n"
    "  檢疫的原文是拉丁字quadraginta,意思是四十。所以檢疫是指對可能傳染疾病的人、處所和動物進行隔離措施的意思。檢"
)


def test_a_term_dictionarys_label_names_the_card_and_a_card_cut_by_the_page_gives_nothing() -> None:
    assert pairs(P381) == [("檢疫", "為防止傳染病及其媒介物在國內蔓延和國際間傳播的所有措施。包括國境檢疫、疫區檢疫及接觸者檢疫。")]


# 450: a term card whose 名詞解釋: label runs into a classification of its headline word: no sense of the headword.
P450 = (
    "QRCode\n\n在學率\n\n蘇永明\n2000年12月\n教育大辭書\n\n"
    "名詞解釋:  在學率分粗在學率和淨在學率,其差別在於粗在學率是以所有學生人數除以各該階段學齡人口數。"
)


def test_a_label_run_into_a_classification_of_the_headword_gives_no_sense_of_it() -> None:
    assert ("在學率", "在學率分粗在學率和淨在學率,其差別在於粗在學率是以所有學生人數除以各該階段學齡人口數。") not in pairs(P450)


# --- a glossary card served alone: a headword line over one paragraph under its labels (300) ------------------------


P300 = (
    "跳到主要內容區塊\n\n勞工保險局\n\n英文詞彙\n\nBureau of Labor Insurance\n\n"
    "我國勞工保險制度於民國39年初創時,相關業務係委由臺灣人壽保險股份有限公司專設「勞工保險部」承辦,"
    "負責執行勞工保險、就業保險、積欠工資墊償及勞工退休金收支等事項。\n\n相關詞彙\n\n勞動部"
)


def test_a_glossary_card_glosses_its_headword_across_its_english_name_and_before_its_related_terms() -> None:
    assert pairs(P300) == [
        (
            "勞工保險局",
            "我國勞工保險制度於民國39年初創時,相關業務係委由臺灣人壽保險股份有限公司專設「勞工保險部」承辦,"
            "負責執行勞工保險、就業保險、積欠工資墊償及勞工退休金收支等事項。",
        )
    ]



# 274, 314, 360 (an encyclopedia's cards without a glossary label) are left: a title over one paragraph is a news item's
# shape too (tests/test_extract_general.py: 数字经济 / 记者从…获悉, no entry).

# 302: a blog post's title and date over its first paragraph (general sentences on forecast wording): no card.
P302 = (
    "跳至主要內容\n\n時間用語雜談\n\n2013年11月22日\n\n"
    "天氣變化多端,短短一天內可以出現多種天氣情況,因此天文台發出天氣預報或警報時,經常須要使用各種形容時間的用語來描述天氣的轉變。"
)


def test_a_dated_post_under_its_title_is_no_card() -> None:
    assert pairs(P302) == []


# 308: a report page's headings over two paragraphs: no card of its first heading (the headword-line reader's to weigh).
P308 = (
    "關於規劃署\n\n規劃制度\n\n本署擬備全港發展策略和地區層面的各類法定和部門內部圖則。在擬備這些圖則時會參考《香港規劃標準與準則》。\n\n"
    "法定圖則\n\n本署協助城規會,根據條例的規定擬備有法定效力的分區計劃大綱圖及發展審批地區圖。"
)


def test_headings_over_several_paragraphs_are_no_card() -> None:
    from policyterms.mining.extract_layouts.card_pages import card_page
    from policyterms.mining.extract_layouts.common import _lines

    lines = _lines(P308)
    assert card_page(lines, [True] * len(lines)) == []


# P1091 (dev-39): a heading ending in 介紹 over a paragraph restating the term before its verbless gloss.
P1091 = (
    "抽水蓄(xù)能電站介紹\n"
    "抽水蓄能電站利用電力負荷低穀時的電能抽水(shuǐ)至上水庫(kù),在電(diàn)力負荷高峰期再放水至下水庫發電的水電站。又稱蓄能式水電站。"
)


def test_a_heading_introducing_the_term_over_a_paragraph_restating_it_glosses_from_after_the_term() -> None:
    from policyterms.text.fold import strip_pinyin

    assert [(t, strip_pinyin(d)) for t, d in pairs(P1091)] == [
        ("抽水蓄能電站", "利用電力負荷低穀時的電能抽水至上水庫,在電力負荷高峰期再放水至下水庫發電的水電站。又稱蓄能式水電站。")
    ]


# P1655: a term bank's table rows (字词 | 双目标 | / 释义 | …): no card of a row.
P1655 = "字词|双目标| |\n释义|双目标【英】dual objectives 译文来源 Report on the Work of Government, 2015。|"


def test_table_rows_are_no_card() -> None:
    from policyterms.mining.extract_layouts.card_pages import card_page
    from policyterms.mining.extract_layouts.common import _lines

    lines = _lines(P1655)
    assert card_page(lines, [True] * len(lines)) == []


# --- an administrative regulation's article (340) -----------------------------------------------------------------

P340 = (
    "第二條\n\n醫療人員\n\n一、為適用本行政法規的規定,醫療人員是指同時符合下列要件的、根據十二月三十一日第84/90/M號法令第一條第二款a項"
    "規定以個人制度從事其業務的非屬護士的專業人士:\n\n(一)非為從事相關業務而獲澳門特別行政區財政預算資助的受益人;\n\n(二)本計劃的參與者。\n\n"
    "第五條\n\n電子醫療券\n\n一、補貼是以發放電子醫療券的方式給付。"
)


def test_an_administrative_regulations_scope_lead_in_is_no_part_of_the_term_and_how_it_is_paid_defines_nothing() -> None:
    assert pairs(P340) == [
        (
            "醫療人員",
            "是指同時符合下列要件的、根據十二月三十一日第84/90/M號法令第一條第二款a項規定以個人制度從事其業務的非屬護士的專業人士:",
        )
    ]


def test_shi_yi_still_defines_where_it_names_no_manner() -> None:
    # (a yearbook's note, 农林牧渔业总产值)
    assert pairs("农林牧渔业总产值是以货币表现的农林牧渔业的全部产品总量。") == [
        ("农林牧渔业总产值", "是以货币表现的农林牧渔业的全部产品总量。")
    ]


# --- a law's quoted term deep in an interpretation letter's sentence (363) -------------------------------------------

P363 = (
    "基於中小企業發展條例(以下簡稱本條例)協助、輔導及促進中小企業健全發展之立法目的,為因應新型態中小企業商業組織之設立,"
    "本條例第二條第一項所稱依法辦理之「商業登記」,係指公司登記以外所有依據法律規定辦理商業組織登記者,"
    "包含依商業登記法辦理之商業登記及依有限合夥法辦理之有限合夥登記。"
)


def test_a_quoted_term_after_suocheng_deep_in_the_sentence_is_the_term() -> None:
    assert pairs(P363) == [
        (
            "「商業登記」",
            "係指公司登記以外所有依據法律規定辦理商業組織登記者,包含依商業登記法辦理之商業登記及依有限合夥法辦理之有限合夥登記。",
        )
    ]


def test_a_quoted_name_after_suocheng_without_a_defining_marker_is_no_term() -> None:
    # (249, a legislative report's table remark cell)
    assert "「流行音樂」" not in [t for t, _ in pairs("本項所稱之「音樂」專指第十五項所稱「流行音樂」以外之音樂類型。")]


def test_a_sites_introduction_of_a_body_or_a_project_is_no_card() -> None:
    # an introduction heading over a paragraph restating its word, then the thing's facts (a project's investment, a
    # school's founding): no gloss naming the term's kind at the first sentence's end, as P1091's …的水電站 does
    project = "项目介绍\n\n项目总投资5亿元，建设内容包括厂房、仓库和办公楼等，预计明年年底建成投产。\n"
    assert pairs(project) == []
    school = "学院简介\n\n学院始建于1958年，现有教职工800余人，设有12个二级学院，是省属重点建设高校。\n"
    assert pairs(school) == []
