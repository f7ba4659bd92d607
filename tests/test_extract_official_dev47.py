"""The forty-seventh round's rules for the official development pages of dev-25 to dev-61: each rule on the page's real
sentences, with a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.notes import spaced_numeral_cuts
from policyterms.mining.written_forms import AsWritten, read_form


# An FAQ answer over two indented paragraphs, the second cut by the page (574, 司法院's 常見問答): the answer's whole
# paragraph is the gloss, the cut one going on about the term is no part of it.
_GRAND_CHAMBER = (
    "常見問答\n"
    "  • 什麼是大法庭?\n"
    "    大法庭為最高法院、最高行政法院內的功能性任務編制,係以裁判法律爭議統一見解為任務之法定裁判機關,"
    "大法庭的裁判活動為終審訴訟程序之一部分,亦採合議審判。\n"
    "    最高法院民事大法庭、刑事大法庭成員各為11人,由審"
)


def test_an_answer_keeps_its_whole_paragraph_above_the_cut_one():
    assert pairs(_GRAND_CHAMBER) == [
        (
            "大法庭",
            "為最高法院、最高行政法院內的功能性任務編制,係以裁判法律爭議統一見解為任務之法定裁判機關,"
            "大法庭的裁判活動為終審訴訟程序之一部分,亦採合議審判。",
        )
    ]


def test_an_answer_cut_inside_its_only_paragraph_gives_nothing():
    # (the counter-case: the gloss itself is the cut paragraph)
    assert pairs("常見問答\n  • 什麼是大法庭?\n    大法庭為最高法院、最高行政法院內的功能性任務編制,係以裁判法律爭議統一見\n") == []


def test_a_wrapped_sentence_cut_by_the_page_is_no_whole_paragraph():
    # (the line above the cut one ends without a stop: one sentence wrapped, cut by the page, no entry)
    page = "  • 什麼是大法庭?\n    大法庭為最高法院、最高行政法院內的功能性任務編制,係以裁判法律爭議統一見解為任務之法定裁判機\n    關,亦採合議審判,其成員各為11人,由審"
    assert pairs(page) == []


def test_a_cards_field_cut_under_its_headword_stays_cut():
    # (no question asks the term: a card's last field, cut by the page, is no answer with whole paragraphs; tune 01)
    page = "數字經濟\n【釋例】:今年網絡提速降費要邁出更大步伐,年內全部取消手機國內長途和漫游費。\n大幅降低中小企業互聯網專線接入資費,降低國際"
    assert pairs(page) == []


# A body's definition named before the term (571's 依據美國聯邦政府博物館和圖書館服務機構之定義,州立圖書館是…; statistics
# pages' 根據國際勞工組織的定義,失業者是指…): the attribution is no part of the term.
def test_a_bodys_definition_named_before_the_term_is_no_part_of_it():
    assert pairs("根據國際勞工組織的定義,失業者是指在調查期間沒有工作、隨時可以工作並正在找工作的人。\n") == [
        ("失業者", "是指在調查期間沒有工作、隨時可以工作並正在找工作的人。")
    ]
    assert pairs("按照世界银行的定义,绝对贫困是指收入不足以维持基本生活的状态。\n") == [("绝对贫困", "是指收入不足以维持基本生活的状态。")]


def test_an_attribution_naming_no_definition_is_not_taken_for_one():
    # (the counter-case: 依據…的資料 names a source of figures, not a definition; the sentence is left as it was read)
    assert pairs("依據美國聯邦政府的資料,州立圖書館是指由州政府提供全部或部分經費之圖書館。\n") == []


@given(st.sampled_from(["國際勞工組織", "行政院主計總處", "經濟合作暨發展組織"]), st.sampled_from(["的定義", "之定義", "的界定"]))
def test_the_attribution_never_stays_in_the_term(body, frame):
    found = dict(pairs(f"依據{body}{frame},失業者是指在調查期間沒有工作並正在找工作的人。\n"))
    assert found == {"失業者": "是指在調查期間沒有工作並正在找工作的人。"}


# 係 as the copula of Taiwan's official prose (606, an act's enforcement rules: 所稱動產,係以…者為限): read as 是, given
# back as written.
def test_the_copula_xi_glosses_as_shi_does():
    article = "第 3 條\n本法第三條第一項第二款所稱動產,係以耐用年限在二年以上,且其價值在一定金額以上者為限。\n"
    assert pairs(article) == [("動產", "係以耐用年限在二年以上,且其價值在一定金額以上者為限。")]


def test_a_xi_yi_lai_manner_gives_no_gloss():
    # (the counter-case, 499: 係以…來 says how the council works, no gloss)
    assert pairs("一、會議\n縣議會係以「合議制」來行使職權,凡制定規章、決定預算通過提案等,都要以開會的方式來決定或解決。\n") == []


def test_the_copula_is_read_and_given_back_the_other_words_stay():
    assert read_form("申訴係以服務機關之處置為標的") == "申诉是以服务机关之处置为标的"
    # (係指 stays the rules' marker 系指; 關係, 係數 and 係爭 are words of their own)
    assert read_form("保障事件係指復審事件") == "保障事件系指复审事件"
    assert read_form("身分關係、堅尼係數、係爭事項") == "身分关系、坚尼系数、系争事项"
    page = "申訴係以服務機關之處置為標的"
    assert AsWritten(page, read_form(page)).back("是以服务机关之处置为标的", 2) == "係以服務機關之處置為標的"


# A rules article's two run-in items after a lead-in announcing them (462: 戶之區分如左: 一、共同生活戶:凡…均屬之。 二、
# 共同事業戶:凡…均屬之。 前項所列之戶內,…), the article's next paragraph (前項…) no part of the last item.
_HOUSEHOLDS = (
    "戶之區分如左: 一、共同生活戶:凡普通住戶及陸上無居住處所而在船舶上居住之船戶,均屬之。 "
    "二、共同事業戶:凡工廠、商店、寺廟、機關、學校及其他公共處所均屬之。 "
    "前項所列之戶內,有性質不同之戶附屬者,應依其性質分別立戶。\n"
)


def test_two_items_after_a_lead_in_are_notes_and_the_next_paragraph_ends_the_last():
    assert pairs(_HOUSEHOLDS) == [
        ("共同生活戶", "凡普通住戶及陸上無居住處所而在船舶上居住之船戶,均屬之。"),
        ("共同事業戶", "凡工廠、商店、寺廟、機關、學校及其他公共處所均屬之。"),
    ]


def test_two_items_without_a_lead_in_are_no_run_in_list():
    # (the counter-case: a lone pair after a sentence is no definitions list for this reader; three stay needed there)
    assert spaced_numeral_cuts("戶分為兩種。 一、共同生活戶:凡普通住戶均屬之。 二、共同事業戶:凡工廠均屬之。") == []
    assert spaced_numeral_cuts("戶之區分如左: 一、共同生活戶:凡普通住戶均屬之。 二、共同事業戶:凡工廠均屬之。") == [8, 26]


def test_a_paragraph_not_opening_with_qianxiang_goes_on_the_last_item():
    cuts = spaced_numeral_cuts("本條例用辭定義如下: 一 農業:指甲。 二 農產品:指乙。 三 農民:指丙。 其他事項另定之。")
    assert cuts == [11, 20, 30]


# Levels named in turn after a comma, opening on 當中 and joined by 而 (534, a health department's FAQ on the nuclear event
# scale): each quoted name the term, the clause before its verb the gloss.
def test_levels_named_in_turn_after_dangzhong_joined_by_er():
    sentence = "事件被劃分為七個級別,當中級別1-3稱為「事件」而級別4-7稱為「事故」。\n"
    assert pairs(sentence) == [("「事件」", "級別1-3"), ("「事故」", "級別4-7")]


def test_a_lone_naming_after_a_comma_stays_the_prose_passes():
    # (the counter-case: one naming clause is a sentence about one thing, no series)
    assert pairs("事件被劃分為七個級別,當中級別1-3稱為「事件」。\n") == []


def test_er_between_unquoted_names_joins_no_series():
    # (而 joins a series only right after a quoted name: an unquoted one is no name this reader takes)
    assert pairs("事件被劃分為七個級別,當中級別1-3稱為事件而級別4-7稱為事故。\n") == []


# A regulation extract's numbered section restating the heading above it with a bare 是 (489): the item number is a list
# mark before a subject opening with a Latin letter too.
_GRADE_C = (
    "附錄I\n\nC級電業工程人員註冊資格\n(節錄自電力(註冊)規例)\n\nC級電力工程\n\n"
    " 1. C級電力工程是任何電量的低壓固定電力裝置的電力工程。\n\n"
    " 2. 署長如信納任何人具備以下資歷和經驗,該人便有資格註冊以從事C級電力工程:\n"
)


def test_a_numbered_section_restating_its_heading_with_a_latin_letter_is_read():
    assert pairs(_GRADE_C) == [("C級電力工程", "是任何電量的低壓固定電力裝置的電力工程。")]


def test_a_decimal_before_a_latin_letter_is_no_item_number():
    # (the counter-case: 1.5 opens a figure, no list mark, so the sentence does not open its paragraph)
    page = "附錄I\n\nC級電力工程\n\n 1.5 C級電力工程是任何電量的低壓固定電力裝置的電力工程。\n"
    assert pairs(page) == []


# An introduction heading over a paragraph opening with the page's topic term, a bare 是 and its kind (557, an executive
# order's annex): the term's definition; the heading 引介 is a label of the page's part, no headword.
_STORM_SURGE = (
    "附件\n\n《風暴潮警告系統》\n\n1、引介\n\n"
    "風暴潮是當熱帶氣旋靠近沿岸地區時的一種水位異常上升現象,能導致低窪地區出現水浸。\n\n"
    "風暴潮水位在短時間內顯著上升,主要受熱帶氣旋的強度、大小、路徑和天文潮等多種因素影響。\n\n"
    "《風暴潮警告系統》分為戒備訊息及警告,其發出或取消由地球物理暨氣象局按情況的演變而決定。\n"
)


def test_an_introduction_opening_with_the_topic_terms_kind_defines_it():
    assert pairs(_STORM_SURGE) == [("風暴潮", "是當熱帶氣旋靠近沿岸地區時的一種水位異常上升現象,能導致低窪地區出現水浸。")]


def test_an_introduction_giving_a_role_defines_nothing():
    # (the counter-case: a role or standing, no kind, under the same heading)
    page = _STORM_SURGE.replace("風暴潮是當熱帶氣旋靠近沿岸地區時的一種水位異常上升現象,能導致低窪地區出現水浸。", "風暴潮是澳門防災工作的重點。")
    assert pairs(page) == []


def test_a_kind_below_another_heading_is_left_to_the_other_rules():
    # (the counter-case: the same paragraph under a section heading that introduces nothing stays unread, as before)
    page = _STORM_SURGE.replace("1、引介", "1、歷史")
    assert pairs(page) == []


# Question headings that lost their question marks (579, a story page): 有哪些 and 之後呢 ask which things or what follows, no
# term; 什麼是X over its answer still names X.
_AFFILIATES = (
    "附隨組織\n什麼是附隨組織\n附隨組織是中國國民黨曾經控制人事、財務或業務之經營的組織。\n"
    "附隨組織有哪些\n黨產會目前已做出的行政處分,認定以下10個組織為中國國民黨之附隨組織:中央投資股份有限公司、欣裕台股份有限公司。\n"
    "認定為附隨組織之後呢\n被認定為附隨組織後,就能讓這個組織受到條例的規範,並在通知後四個月內向本會申報財產。\n"
)


def test_question_headings_without_their_marks_are_no_terms():
    terms = [term for term, _ in pairs(_AFFILIATES)]
    assert "附隨組織有哪些" not in terms and "認定為附隨組織之後呢" not in terms


@given(st.sampled_from(["有哪些", "之後呢", "如何", "為何", "怎麼辦"]))
def test_no_term_ends_in_a_question_word(ending):
    page = f"附隨組織{ending}\n被認定為附隨組織後,就能讓這個組織受到條例的規範,並在通知後四個月內向本會申報財產。\n"
    assert all(not term.endswith(ending) for term, _ in pairs(page))


def test_a_term_holding_a_question_word_inside_stays():
    # (the counter-case: 如何 inside a term's line is no question ending it)
    from policyterms.mining.extract_layouts.false_glosses import unmarked_question

    assert not unmarked_question("如何辦理證明") and unmarked_question("如何辦理證明呢") and not unmarked_question("附隨組織")
