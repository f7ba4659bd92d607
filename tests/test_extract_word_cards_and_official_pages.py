"""The thirty-eighth set's word cards and official pages (dev-38): a word card's dashed component words with circled
senses (P1023), a term card's byline above its 名词解释: label (306), a law database's spaced article numbers (303), quoted
words glossed run in after 它 and 至于 (302), short glosses in a colon list and a concept described after 是一个 (P1076),
a type heading's 该类型中 frame and a section on causes (P1053), a word's pronunciation clause and a flattened info box
(P1058), a decree's term with its bracketed abbreviation (305) — each with real text of the same shape that must not
become an entry."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

APPENDICES = Path(__file__).parent / "data" / "appendices"


def page(prefix: str) -> str:
    path = next(APPENDICES.glob(f"{prefix}-*.txt"))
    return path.read_text("utf-8").partition("\n\n")[2]


# --- a word card's component words (P1023) ---------------------------------------------------------------------------

P1023 = (
    "五保戶的意思\n五保戶\n詞語意思:\n"
    "中國鄉村依靠集體經濟提供生活基本保障的農戶。主要為無依無靠、無生活來源、無勞動能力的老弱孤寡和殘疾人員。\n"
    "- 孤兒:\n①死了父親的兒童:孤兒寡母。\n②失去父母的兒童:孤兒院。\n"
    "- 殘疾:\n肢體、器官等因傷病而缺損或嚴重變形:關心殘疾人。\n"
    "- 集體經濟:\n以生產資料集體所有制和共同勞動為基礎的經濟形式。\n"
    "- 待遇:\n①看待;對待:公平待遇。\n②接待:待遇隆重。"
)


def test_dashed_component_words_give_an_entry_a_sense_the_example_after_the_colon_kept() -> None:
    assert pairs(P1023) == [
        ("五保戶", "中國鄉村依靠集體經濟提供生活基本保障的農戶。主要為無依無靠、無生活來源、無勞動能力的老弱孤寡和殘疾人員。"),
        ("孤兒", "死了父親的兒童:孤兒寡母。"),
        ("孤兒", "失去父母的兒童:孤兒院。"),
        ("殘疾", "肢體、器官等因傷病而缺損或嚴重變形:關心殘疾人。"),
        ("集體經濟", "以生產資料集體所有制和共同勞動為基礎的經濟形式。"),
        ("待遇", "看待;對待:公平待遇。"),
        ("待遇", "接待:待遇隆重。"),
    ]


def test_bulleted_fields_closed_by_a_colon_without_circled_senses_are_no_word_list() -> None:
    assert pairs(page("124")) == []  # • 索引号: / 6107280000/2024-001005 / • 发文机构: / 县政府网站 …


# --- a term card's byline (306) --------------------------------------------------------------------------------------

P306 = (
    "QRCode\n\n普選\n\nGeneral Election\n\n鄧毓浩\n2000年12月\n教育大辭書\n\n"
    "名詞解釋:  普選必須建立選舉制度,如選區的畫分,選舉方式的採行,係地域選舉制,或政黨比例代表制,並訂立投票規則。   "
    "普選是民主化的象徵,在實施的過程,也曾出現過瑕疵,但瑕不掩瑜,是建立多元民主政府不可少的利器。\n\n普選\n\nGeneral Election\n"
)


def test_the_author_date_and_book_between_a_card_headword_and_its_label_are_its_byline() -> None:
    assert [term for term, _ in pairs(P306)] == ["普選"]
    assert pairs(P306)[0][1].startswith("普選必須建立選舉制度")


def test_a_card_without_the_label_takes_no_byline_as_read() -> None:
    # the same card's lines with the label taken off its gloss (a guard, not a page): nothing says the short lines are a byline
    unlabelled = P306.replace("名詞解釋:  ", "")
    assert ("普選", unlabelled.split("\n")[10]) not in pairs(unlabelled)


# --- spaced article numbers (303) ------------------------------------------------------------------------------------


def test_a_print_views_spaced_article_numbers_are_no_headwords() -> None:
    assert pairs(page("303")) == []  # • 第 1 條 / 臺北市(以下簡稱本市)為規範…


# --- quoted words glossed run in (302) -------------------------------------------------------------------------------

P302 = (
    "話雖如此,有些時間用語亦值得我們在此討論一下,好讓大家更清楚知道其用法。首先要談的是「凌晨」,它泛指午夜至日出的一段時間,例如「直至凌晨"
    "四時」。至於「晚間」,就是日間的相反,即天黑的時候,再仔細一點來說,是日落後至翌日日出前的一段時間,橫跨了午夜。而「晚上」一般是指日落後至"
    "午夜的一段時間。正如前面所述,我們在應用這些時間用語時會考慮前文後理,確保意思不含糊。\n"
)


def test_a_quoted_word_glossed_after_ta_or_zhiyu_is_an_entry_and_a_remark_referring_back_goes_on_the_last() -> None:
    assert pairs(P302) == [
        ("「凌晨」", "泛指午夜至日出的一段時間,例如「直至凌晨四時」。"),
        ("「晚間」", "就是日間的相反,即天黑的時候,再仔細一點來說,是日落後至翌日日出前的一段時間,橫跨了午夜。"),
        ("「晚上」", "一般是指日落後至午夜的一段時間。正如前面所述,我們在應用這些時間用語時會考慮前文後理,確保意思不含糊。"),
    ]


def test_the_blogs_general_paragraph_naming_words_defines_nothing() -> None:
    # the same post's second paragraph and its naming sentence: words named, none glossed
    text = (
        "其實很多日常慣用的時間用語不單在國際上沒有統一定義,網絡上亦出現不一的解釋,假若要為它們套上硬性或數量化的定義,反而可能引起不必要的爭論甚至"
        "混淆,到頭來還可能限制了這些詞語的應用。\n"
    )
    assert pairs(text) == []


# --- a colon list with short glosses, a concept described (P1076) ---------------------------------------------------

P1076 = (
    "“七通一平”是一个 基础设施和场地平整的综合性概念,用于描述一个区域在开发或建设时必须满足的七项基本条件和一项基础设施要求。具体包括:\n"
    "通电:\n确保区域内的电力供应,提供必要的能源保障。\n通路:\n指区域内交通运输网络的建设,保证物资与人员的流动。\n"
    "给水:\n提供清洁水源。\n排水:\n确保排污系统的建设与运行。\n"
    "“七通一平”不仅仅是硬件设施的建设,更是在为区域经济发展打下基础。\n"
)


def test_colon_headword_lines_under_a_lead_in_take_short_glosses_and_the_concept_is_defined_from_shi() -> None:
    assert pairs(P1076) == [
        ("“七通一平”", "是一个 基础设施和场地平整的综合性概念,用于描述一个区域在开发或建设时必须满足的七项基本条件和一项基础设施要求。具体包括:"),
        ("通电", "确保区域内的电力供应,提供必要的能源保障。"),
        ("通路", "指区域内交通运输网络的建设,保证物资与人员的流动。"),
        ("给水", "提供清洁水源。"),
        ("排水", "确保排污系统的建设与运行。"),
    ]


def test_a_kind_of_word_is_no_concept_described() -> None:
    # (124's bulleted fields over short values finishing no sentence, • 发文机构: / 县政府网站, give nothing: see above)
    zombie = (
        "什么是僵尸企业\n\n“僵尸企业”是一个经济学术语,用来描述那些长期处于亏损状态、无法通过自身经营能力实现盈利,但仍然依靠外部支持维持基本"
        "运营的企业。这些企业通常缺乏市场竞争力。\n"
    )
    assert not any(definition.startswith("是一个经济学术语") for _, definition in pairs(zombie))  # (P1079: from 用来描述)


# --- type headings and a section on causes (P1053) -------------------------------------------------------------------

P1053 = (
    "“飛地經濟”是指兩個相互獨立、經濟發展存在落差的行政地區打破原有行政區劃限制,實現兩地資源互補、經濟協調發展的壹種區域經濟合作模式。\n"
    "形成原因\n按飛地形成的原因,可分為集約用地型、優勢互補型、產業梯度轉移型。\n"
    "集約用地型\n該類型是“飛地經濟”模式的最早表現形式,以福州市永泰縣建立馬洋工業集中區為代表。\n"
    "優勢互補型\n該類型中,飛入地和飛出地經濟發展水平近似,但各自的資源稟賦能夠形成很好的優勢互補。典型案例如大連市長海縣與普蘭店市的合作。\n"
    "產業梯度轉移型\n該類型中,飛入地主要承接飛出地的產業轉移,此時飛地經濟工業園成為首選之地。\n"
)


def test_type_headings_glossed_in_the_frame_of_this_type_and_no_causes_or_earliest_form() -> None:
    assert pairs(P1053) == [
        ("“飛地經濟”", "是指兩個相互獨立、經濟發展存在落差的行政地區打破原有行政區劃限制,實現兩地資源互補、經濟協調發展的壹種區域經濟合作模式。"),
        ("優勢互補型", "飛入地和飛出地經濟發展水平近似,但各自的資源稟賦能夠形成很好的優勢互補。典型案例如大連市長海縣與普蘭店市的合作。"),
        ("產業梯度轉移型", "飛入地主要承接飛出地的產業轉移,此時飛地經濟工業園成為首選之地。"),
    ]


def test_a_yearbooks_heading_over_its_classification_stays_an_entry() -> None:
    # 43: 固定资产投资的资金来源 / 根据…不同,分为…: a yearbook's indicator, not a section on causes
    assert ("固定资产投资的资金来源", "根据固定资产投资的资金来源不同,分为国家预算内资金、国内贷款、利用外资、自筹资金和其他资金。") in pairs(page("43"))


# --- a word's pronunciation and a flattened info box (P1058) ---------------------------------------------------------

P1058 = (
    "园区是一个汉语词汇,读音为yuán qū,是指政府集中统一规划指定区域,区域内专门设置某类特定行业、形态的企业、公司等进行统一管理。\n"
    "中文名\n园区\n拼 音\nyuán qū\n释 义\n政府集中统一规划指定区域\n分 类\n工业园区、农业园区等\n"
)


def test_the_pronunciation_clause_is_left_out_and_the_info_box_meaning_is_an_entry() -> None:
    assert pairs(P1058) == [
        ("园区", "是指政府集中统一规划指定区域,区域内专门设置某类特定行业、形态的企业、公司等进行统一管理。"),
        ("园区", "政府集中统一规划指定区域"),
    ]


def test_an_info_box_without_a_meaning_row_gives_nothing() -> None:
    assert pairs("中文名\n园区\n拼 音\nyuán qū\n分 类\n工业园区、农业园区等\n") == []


# --- a decree's term with its bracketed abbreviation (305) -----------------------------------------------------------


def test_a_term_with_its_bracketed_abbreviation_then_wei_naming_its_class_is_defined() -> None:
    text = "一、居民身分證(葡文縮寫為BIR)為足以向本地區任何當局、公共機關或私立實體證明持有人之身分及其在澳門居留之文件。\n"
    assert pairs(text) == [("居民身分證(葡文縮寫為BIR)", "為足以向本地區任何當局、公共機關或私立實體證明持有人之身分及其在澳門居留之文件。")]


def test_a_short_form_then_wei_for_a_purpose_is_none() -> None:
    # 303's first article: 為 before a purpose clause and a comma
    assert pairs("臺北市(以下簡稱本市)為規範本市法規(以下簡稱市法規)及行政規則之制(訂)定、施行、適用、修正、廢止及管理,特制定本自治條例。\n") == []
