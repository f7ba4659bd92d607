"""The forty-ninth round's rules for the official development pages the last round left (707, 718): each rule on the
page's real sentences, with a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from conftest import pairs


# --- a term introduced with its English name in brackets in a paragraph's later sentence (707) ---------------------------

_HUMAN_RIGHTS = (
    " 壹、前言\n\n"
    "聯合國《世界人權宣言》(Universal Declaration of Human Rights)提出,人人生而自由,享有平等的尊嚴和權利。"
    "人權(Human Rights)是人之所以為人而應享有的自由與權利,是與生俱來的,不因種族、性別、社會階級而有差別,"
    "身心障礙者也應該與其他人在平等的基礎上享有人權。\n"
)


def test_a_later_sentence_opening_with_a_term_and_its_english_name_before_shi():
    assert pairs(_HUMAN_RIGHTS) == [
        (
            "人權(Human Rights)",
            "是人之所以為人而應享有的自由與權利,是與生俱來的,不因種族、性別、社會階級而有差別,身心障礙者也應該與其他人在平等的基礎上享有人權。",
        )
    ]


def test_a_place_named_with_an_abbreviation_in_a_later_sentence_is_no_term():
    assert pairs("會議於週一召開。美國(US)是本次會議的主辦國,共有二十國參加。\n") == []


def test_an_english_name_must_be_words_not_pinyin():
    from policyterms.mining.extract_layouts.prose import _ENGLISH_NAMED_IS

    assert _ENGLISH_NAMED_IS.match("人權(Human Rights)是人之所以為人而應享有的自由與權利。")
    assert not _ENGLISH_NAMED_IS.match("區民政(qū mín)是審批的責任主體。")


# --- a bare term's 的定義,即「…」 after the clause's comma, its English name's opening bracket lost (707) ------------------

_ACCOMMODATION = (
    "聯合國身心障礙者權利委員會發布的意見提到,締約國必須採取積極行動。CRPD第2條提及,合理調整 reasonable accommodation)的定義,"
    "即「根據具體需要,於不造成不成比例或過度負擔之情況下,進行必要及適當之修改與調整,以確保身心障礙者在與其他人平等基礎上享有或行使所有人權及基本自由。」\n\n"
    "由此可知,合理調整是落實身心障礙者平等權利的重要理念。\n"
)


def test_a_bare_terms_definition_named_then_quoted_after_ji():
    assert pairs(_ACCOMMODATION) == [
        (
            "合理調整 reasonable accommodation)",
            "即「根據具體需要,於不造成不成比例或過度負擔之情況下,進行必要及適當之修改與調整,以確保身心障礙者在與其他人平等基礎上享有或行使所有人權及基本自由。」",
        )
    ]


def test_a_definition_named_then_given_without_quotation_is_not_read_here():
    from policyterms.mining.extract_layouts.prose import _QUOTED_CONCEPT_JI

    assert _QUOTED_CONCEPT_JI.search("條例提及,合理調整的定義,即根據具體需要進行必要之修改。") is None


# --- a word and the words built on it glossed sentence by sentence (718) --------------------------------------------------

_GDP_NOTE = (
    "三、国民经济核算资料主要包括广州市地区生产总值及其有关资料。地区生产总值是根据不同产业部门、不同支出构成的特点和资料来源情况而采用不同方法计算的。\n\n"
    "地区生产总值是一个价值量指标,其价值的变化受价格变化和物量变化两大因素影响。不变价地区生产总值是把按当期价格计算的地区生产总值换算成按某个固定期(基期)价格计算的价值,"
    "从而使两个不同时期的价值进行比较时,能够剔除价格变化的影响,以反映物量变化,反映生产活动成果的实际变动。地区生产总值指数就是根据两个时期不变价地区生产总值计算得到的。"
    "随着经济的不断发展,各行业的价格结构也会不断发生变化,计算不变价地区生产总值需要每隔若干年调整一次基期。目前的基期是2020年。\n"
)


def test_a_word_and_the_words_built_on_it_each_glossed_in_turn():
    assert pairs(_GDP_NOTE) == [
        ("地区生产总值", "是一个价值量指标,其价值的变化受价格变化和物量变化两大因素影响。"),
        (
            "不变价地区生产总值",
            "是把按当期价格计算的地区生产总值换算成按某个固定期(基期)价格计算的价值,"
            "从而使两个不同时期的价值进行比较时,能够剔除价格变化的影响,以反映物量变化,反映生产活动成果的实际变动。",
        ),
        (
            "地区生产总值指数",
            "就是根据两个时期不变价地区生产总值计算得到的。"
            "随着经济的不断发展,各行业的价格结构也会不断发生变化,计算不变价地区生产总值需要每隔若干年调整一次基期。目前的基期是2020年。",
        ),
    ]


def test_a_word_praised_then_built_on_is_no_series():
    assert pairs("改革是发展的强大动力。深化改革是全党的共同任务。改革开放就是要解放和发展生产力。\n") == []


def test_one_built_word_only_is_no_series():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.compound_series import compound_series

    text = "地区生产总值是一个价值量指标,受价格影响。不变价地区生产总值是把当期价格换算成基期价格的价值。"
    assert list(compound_series(_lines(text), [True])) == []


def test_a_chapters_data_scope_is_no_entry_but_a_data_word_defined_is():
    from policyterms.mining.extract_layouts.false_glosses import data_scope

    assert data_scope("国民经济核算资料", "主要包括广州市地区生产总值及其有关资料。")
    assert not data_scope("统计资料", "是指在统计活动中所产生的反映经济社会发展情况的统计成果以及与之相关的其他资料的总称。")
    assert not data_scope("三次产业", "主要包括第一产业、第二产业和第三产业。")


def test_a_data_word_whose_extension_is_things_stays():
    from policyterms.mining.extract_layouts.false_glosses import data_scope

    assert not data_scope("個人資料", "包括任何有价值的东西,但款待除外。")


# --- a paper typed at a fixed width of fewer than 30 characters a line (712) ---------------------------------------------

_FAMILY_STATUS = (
    "法例\n\n"
    "《家庭崗位歧視條例》於1997年6月26日由當時的立法\n"
    "局制訂,並於1997年11月21日生效。根據《家庭崗位\n"
    "歧視條例》,凡基於某人的家庭崗位而加以歧視即屬\n"
    "違法。家庭崗位是指負有照顧直系家庭成員的責任的\n"
    "崗位。就任何人而言,直系家庭成員指因血緣、婚姻\n"
    "、領養或姻親而與該人有關的任何人。\n"
)


def test_a_fixed_width_line_goes_on_up_to_the_stop_on_the_next():
    assert ("家庭崗位", "是指負有照顧直系家庭成員的責任的崗位。") in pairs(_FAMILY_STATUS)


def test_short_lines_of_unequal_width_are_no_wrap():
    from policyterms.mining.extract_layouts.wrapped_lines import wrapped_continuation

    text = "名詞解釋\n家庭崗位是指負有照顧直系家庭成員的責任的\n崗位。\n"
    end = text.index("\n崗位")
    assert wrapped_continuation(text, end, "是指負有照顧直系家庭成員的責任的", "家庭崗位") == ""


def test_columns_count_a_han_character_twice():
    from policyterms.mining.extract_layouts.wrapped_lines import _columns

    assert _columns("局制訂,並於1997年11月21日生效。") == 2 * 11 + 9  # ten Han characters and 。, a comma and eight digits


# --- an index named in brackets after the clause removing components from the total (701) -------------------------------

_CPI_RELEASE = (
    "    另若總指數扣除易受季節影響波動較大之蔬菜水果,較上年同月上漲1.78%,若再剔除易受短期干擾波動之能源後(即核心物價指數)則上漲1.99。(詳附表2、3)\n\n"
    "    本年(19)總指數平均為107.72,較上年同期上漲1.86,其中商品類上漲1.77%,服務類上漲1.94%;若扣除蔬菜水果,上漲1.66%,"
    "若再剔除能源後(即核心物價指數)則上漲1.71\n"
)


def test_an_index_named_after_the_clause_removing_components():
    assert pairs(_CPI_RELEASE) == [("核心物價指數", "若再剔除易受短期干擾波動之能源後"), ("核心物價指數", "若再剔除能源後")]


def test_a_bracketed_ji_after_a_clause_of_no_removal_is_no_naming():
    from policyterms.mining.extract_layouts.backward_names import _INDEX_AFTER_REMOVAL

    assert _INDEX_AFTER_REMOVAL.search("總指數上漲,若再上漲能源後(即核心物價指數)則調整。") is None
    assert _INDEX_AFTER_REMOVAL.search("較上年,若再剔除能源後(即2020年)則上漲。") is None
