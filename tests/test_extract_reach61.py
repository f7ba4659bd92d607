"""The sixty-first round's reach: entries of the development sets dev-84 … dev-94 whose term the extractor gave not at
all, read by mending general mechanisms rather than one page's wording — a term site's card (one headword line right under
a title announcing a glossary, below the site's menu, 811), a lead's full name written bare or called 全名 (P2607), and a
lead naming the thing's origin, basis or founding before its class (P2572). Each mechanism has the real lines it was
written from and a guard: what it must NOT read."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.listed_labels import listed_labels
from policyterms.mining.extract_layouts.topics import _FOUNDED_SUBJECT, _FULL_NAME_SUBJECT, topic_definitions


# --- a term site's card: one headword line under a glossary title, the site's menu above it (811) ---------------------

_CARD = (
    "Toggle navigation\n名詞收集\n名詞查詢\n裁判書用語辭典\n資料庫查詢系統\n名詞解釋\n訴訟費用\n對該解釋提建議\n適用之法領域:\n"
    "因訴訟程序支出的費用。由原告或聲請人先行繳納,最後由法院決定這個費用由誰來負擔多少。除了國庫收取的費用外,證人旅費、鑑定費等等,也都屬於訴訟費用。\n"
    "本解釋內容僅供參考,不拘束個案\n"
)


def test_a_term_sites_card_under_its_menu_gives_its_one_headword():
    assert pairs(_CARD) == [
        (
            "訴訟費用",
            "因訴訟程序支出的費用。由原告或聲請人先行繳納,最後由法院決定這個費用由誰來負擔多少。"
            "除了國庫收取的費用外,證人旅費、鑑定費等等,也都屬於訴訟費用。",
        )
    ]


def test_a_card_right_under_the_title_gives_its_headword():
    page = "名词解释\n诉讼费用\n因诉讼程序支出的费用。由原告先行缴纳。\n"
    assert pairs(page) == [("诉讼费用", "因诉讼程序支出的费用。由原告先行缴纳。")]


def test_guard_a_title_below_a_page_of_sentences_announces_no_card():
    # the five-line window grows only over menu items: a page's sentences before the title keep it out
    page = (
        "本市去年完成投资一千亿元。\n今年计划再增加两成。\n各区均已上报项目清单。\n重点项目共有四十个。\n新开工项目十个。\n"
        "名词解释\n诉讼费用\n因诉讼程序支出的费用。由原告先行缴纳。\n"
    )
    assert ("诉讼费用", "因诉讼程序支出的费用。由原告先行缴纳。") not in pairs(page)


def test_guard_a_headword_line_with_a_mark_is_no_card():
    page = "名词解释\n一、总体要求:\n坚持稳中求进工作总基调。\n"
    assert pairs(page) == []


def test_guard_a_card_without_a_finished_sentence_gives_nothing():
    page = "名词解释\n诉讼费用\n对该解释提建议\n适用之法领域:\n"
    assert pairs(page) == []


# --- a lead's full name written bare or called 全名 (P2607) -----------------------------------------------------------


def test_a_full_name_called_quanming_before_shi():
    page = (
        "長照險是什麼?保障範圍與給付方式\n"
        "長照險,全名長期照顧保險,是一種針對「失能」或「失智」狀態給付的保險。被保人若因疾病或意外導致需要長期照護,符合條件後,保險公司會給付一次金。\n"
        "長照險理賠條件\n"
    )
    assert pairs(page) == [
        ("長照險", "是一種針對「失能」或「失智」狀態給付的保險。被保人若因疾病或意外導致需要長期照護,符合條件後,保險公司會給付一次金。")
    ]


def test_guard_a_full_name_before_a_standing_is_no_definition():
    # (the topics pass alone: a ranking after 是 is a standing, no class)
    page = "長照險是什麼?\n長照險,全名長期照顧保險,是今年最受關注的保險。\n"
    assert topic_definitions(page) == []


def test_guard_a_bare_full_name_needs_its_comma_before_shi():
    assert _FULL_NAME_SUBJECT.match("長照險,全名是長期照顧保險是一種保險,是") is None


# --- a lead naming the thing's origin, basis or founding before its class (P2572) ------------------------------------


def test_an_origin_clause_between_the_quoted_subject_and_shi():
    page = (
        "108年被稱為臺灣的在地創生元年,而「地方創生」也如雨後春筍班穿梭於城市與鄉村之間。到底地方創生是什麼?讓我們一起來看看!\n"
        "「在地創生」發源於2014年日本的新名詞,是日本為了減緩人口過度集中於都市,地方人口減少,提升日本整體活力的一系列政策總稱。"
        "受到都市化的影響,鄉村人口流失、老化,漸漸出現城鄉發展失衡的問題。\n"
        "2019 年為臺灣「地方創生元年」,政府針對人口失衡的問題擬定了《地方創生國家戰略計劃》。\n"
    )
    assert pairs(page) == [
        (
            "「在地創生」",
            "是日本為了減緩人口過度集中於都市,地方人口減少,提升日本整體活力的一系列政策總稱。"
            "受到都市化的影響,鄉村人口流失、老化,漸漸出現城鄉發展失衡的問題。",
        )
    ]


def test_guard_an_origin_clause_before_a_role_is_no_definition():
    page = "在地創生是什麼?\n「在地創生」發源於2014年的日本,是振興地方的關鍵。\n"
    assert topic_definitions(page) == []


def test_guard_an_origin_clause_holding_shi_is_no_lead():
    assert _FOUNDED_SUBJECT.match("社區發展協會依據章程是一個團體,是") is None


# --- a listed kind glossed below its list by a colon label (807) ------------------------------------------------------

_KINDS = (
    "何謂反競爭行爲?\n\n反競爭行為可分為兩大類:\n1. 合謀行為\n2. 濫用相當程度市場權勢的行為\n\n\n"
    "合謀行爲:企業之間並非透過競爭去贏取生意,而是協議合作,進行合謀定價、瓜分市場或圍標等行為,該等行為損害競爭。\n\n"
    "        其他可能損害競爭的安排/協議\n"
)


def test_a_listed_kind_glossed_by_its_colon_label_in_another_script():
    assert pairs(_KINDS) == [
        ("合謀行爲", "企業之間並非透過競爭去贏取生意,而是協議合作,進行合謀定價、瓜分市場或圍標等行為,該等行為損害競爭。")
    ]


def test_guard_a_colon_label_naming_no_listed_item_stays_prose():
    page = "反競爭行為可分為兩大類:\n1. 合謀行為\n2. 濫用市場權勢的行為\n\n主要成效:企業之間的合謀定價個案減少了三成,市場更加公平。\n"
    assert listed_labels(_lines(page), [True] * len(_lines(page))) == []


def test_guard_a_listed_items_figures_are_no_gloss():
    page = "本年個案:\n1. 合謀行為\n2. 濫用市場權勢的行為\n\n合謀行為:12宗\n"
    assert listed_labels(_lines(page), [True] * len(_lines(page))) == []


def test_guard_a_label_above_the_list_is_no_gloss():
    page = "合謀行為:企業之間協議合作,進行合謀定價等行為,損害競爭。\n1. 合謀行為\n2. 濫用市場權勢的行為\n"
    assert listed_labels(_lines(page), [True] * len(_lines(page))) == []


# --- a definition that is itself the lead-in of its items, the page cut inside them (800) ---------------------------

_ARTICLE = (
    "第 4 條\n本辦法所稱排水管理,指有關區域排水之下列事項:\n一、區域排水集水區域治理計畫之規劃、設計及施工。\n"
    "二、區域排水設施基本資料之建立、管理計畫之訂定及執行事項。\n三、"
)


def test_a_lead_in_definition_stands_when_the_page_cuts_its_items():
    assert pairs(_ARTICLE) == [("排水管理", "指有關區域排水之下列事項:")]


def test_guard_a_definition_going_on_into_a_cut_lead_in_is_still_cut():
    page = (
        "污染源,是指造成环境污染的污染物发生源。其来源主要包括以下四个方面:\n"
        "(1)工业污染源,指工业生产中排放的废水。\n(2)农业污染源"
    )
    assert ("污染源", "是指造成环境污染的污染物发生源。其来源主要包括以下四个方面:") not in pairs(page)
