"""The fifty-second and fifty-third development sets' notes, glossaries and answers (Hong Kong and Macao official pages):
an FAQ's question numbers and numbered answers (478, 473), footnotes marked † ‡ glossing quoted labels in turn (471), a
release's note glossing its indices by 反映 (480), a measure glossed in apposition before its change and a survey's scope
sentence (454), a glossary of headword cards (472) and a fact sheet's sections (474). Each rule has the real line it was
written from and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.common import _good_term
from policyterms.mining.extract_layouts.headwords import _owner_section


# --- an FAQ's question number is no headword (478) ---------------------------------------------------------------


def test_question_numbers_over_questions_give_nothing():
    page = (
        "常見問答集(FAQ)\n\n"
        "問1 為何不落實現有規定加強農舍違規稽查,而要修法限制農民權益? (64票)\n\n"
        "答:本會已督促地方政府加強稽查。\n\n"
        "問2 政府讓農地非法工廠轉為合法,此政策不但傷害臺灣農業,更是毫無遠憂的錯誤方向!臺灣農民生存權益何在?(56票)\n"
    )
    assert pairs(page) == []


@given(st.sampled_from(["問", "问", "答", "Q", "q", "A"]), st.sampled_from(["", " ", "\u3000"]), st.integers(1, 999))
@settings(max_examples=60, deadline=None)
def test_a_question_number_is_never_a_term(label, space, number):
    assert not _good_term(f"{label}{space}{number}")


def test_a_term_holding_a_question_word_stays_a_term():
    assert _good_term("問責制") and _good_term("答辯人")


# --- an FAQ's numbered answer opening with its subject (473) -------------------------------------------------------


def test_numbered_answer_opening_with_the_title_term():
    page = (
        "常见问题\n\n空气质素健康指数常见问题\n"
        "  1. 空气质素健康指数是以健康风险为本的空气污染指数,用以估算空气污染导致心脏病及呼吸系统疾病的短期(入院)风险。"
        "空气质素健康指数以1-10级及10+级通报,并分为五个健康风险级别,即低、中、高、甚高和严重。\n\n"
        "    低(LOW)[1-3]\n"
        "  2. 每小时的空气质素健康指数,是根据四种主要空气污染物的三小时移动平均污染物浓度而转化得出。\n"
    )
    assert pairs(page) == [
        (
            "空气质素健康指数",
            "是以健康风险为本的空气污染指数,用以估算空气污染导致心脏病及呼吸系统疾病的短期(入院)风险。"
            "空气质素健康指数以1-10级及10+级通报,并分为五个健康风险级别,即低、中、高、甚高和严重。",
        )
    ]


def test_numbered_answer_judging_the_term_gives_nothing():
    page = (
        "常见问题\n\n空气质素健康指数常见问题\n"
        "  1. 空气质素健康指数是市民安排户外活动的重要参考。\n"
        "  2. 每小时的空气质素健康指数,是根据四种主要空气污染物的浓度而转化得出。\n"
    )
    assert pairs(page) == []


# --- footnotes marked † ‡, quoted labels glossed in turn (471) -----------------------------------------------------

_FOOTNOTES = (
    "1.1.3  在回应者中,有670名放射诊断技师从事经济活动*†(在职),而有37名并非从事经济活动*‡。\n\n"
    " †“从事经济活动”的放射诊断技师包括所有“就业”及“待业”放射诊断技师。“就业”放射诊断技师是指统计调查期间在本港从事放射诊断专业的"
    "放射诊断技师,而“待业”放射诊断技师则指(a)在统计调查期间并非在本港从事放射诊断专业;及(b)在统计日前7天内能够上班的放射诊断技师。\n\n"
    "‡“非从事经济活动”的放射诊断技师包括在统计调查期间并非在本港从事放射诊断专业的放射诊断技师。\n"
)


def test_dagger_footnotes_and_contrasted_labels():
    assert pairs(_FOOTNOTES) == [
        ("“从事经济活动”的放射诊断技师", "包括所有“就业”及“待业”放射诊断技师。"),
        ("“就业”放射诊断技师", "是指统计调查期间在本港从事放射诊断专业的放射诊断技师"),
        ("“待业”放射诊断技师", "指(a)在统计调查期间并非在本港从事放射诊断专业;及(b)在统计日前7天内能够上班的放射诊断技师。"),
        ("“非从事经济活动”的放射诊断技师", "包括在统计调查期间并非在本港从事放射诊断专业的放射诊断技师。"),
    ]


def test_a_contrast_about_something_else_stays_in_the_gloss():
    page = "名词解释\n1.就业人员:是指在本港从事有酬工作的人员,而这些人员则是统计调查的主要对象。\n"
    assert pairs(page) == [("就业人员", "是指在本港从事有酬工作的人员,而这些人员则是统计调查的主要对象。")]


# --- a release's note glossing its indices by 反映 (480) -----------------------------------------------------------


def test_indices_glossed_in_turn_by_what_they_reflect():
    page = (
        "2019年10月消费物价指数\n\n"
        "10月综合消费物价指数按月上升0.29%。\n\n"
        "综合消费物价指数反映物价变化对澳门整体住户的影响,甲类消费物价指数反映约50%住户,其每月平均开支在12,000至35,999澳门元之间;"
        "乙类消费物价指数反映约30%住户,每月平均开支在36,000至62,999澳门元之间。\n"
    )
    assert pairs(page) == [
        ("综合消费物价指数", "反映物价变化对澳门整体住户的影响"),
        ("甲类消费物价指数", "反映约50%住户,其每月平均开支在12,000至35,999澳门元之间"),
        ("乙类消费物价指数", "反映约30%住户,每月平均开支在36,000至62,999澳门元之间。"),
    ]


def test_figures_that_reflect_something_are_no_glosses():
    page = (
        "经济运行情况\n\n"
        "今年工业增加值反映了经济的回升势头,出口增长反映出外需的改善,消费增速反映居民信心逐步恢复。\n"
    )
    assert pairs(page) == []


# --- a measure glossed in apposition before its change; a scope sentence (454) ---------------------------------------


def test_measure_glossed_before_its_change():
    page = (
        "「二零零四年屋宇建築、建造及地產業按年統計調查」結果發表\n\n"
        "2. 二零零四年建造業的經營盈餘總額,即生產總值扣除營運開支總額較上年下跌10.0%至63億元。建造業的經營盈餘總額佔生產總值的4.1%。\n\n"
        "4. 此項統計調查並不包括只是按每件工程供應勞工的分判承建商。不過,此類分判承建商所承辦的建造工程總值,已包括在聘用他們的承建商的建造工程總值之內。\n"
    )
    assert pairs(page) == [("經營盈餘總額", "即生產總值扣除營運開支總額")]


def test_apposition_without_a_comparison_after_it_is_not_this_reading():
    page = "2. 建造業的經營盈餘總額,即生產總值扣除營運開支總額的部分,在年內有所下跌。\n"
    assert ("經營盈餘總額", "即生產總值扣除營運開支總額") not in pairs(page)


def test_merger_ending_in_bing_stays_a_term():
    assert _good_term("企業合并") and not _good_term("此項統計調查並")


# --- a glossary of headword cards (472) --------------------------------------------------------------------------

_CARDS = (
    "詞彙\n\n"
    "臨時僱員\n\n"
    "年滿18歲但未滿65歲,從事建造業或飲食業並由僱主按日僱用或僱用期少於60日的僱員。\n\n"
    "截止時間\n\n"
    "不同受託人就不同程序所設定的截止時間會有不同。如受託人於工作天的截止時間前收到指示,該指示將被視為在同一個工作天內收到。\n\n"
    "如受託人於任何一個非工作天內收到指示,該指示將被視為於下一個工作天的截止時間前收到。\n\n"
    "基金便覽\n\n"
    "基金便覽如同強積金基金的成績表,匯報基金的表現。\n\n"
    "基金類別\n\n"
    "強積金基金共分六個類別,下文列出每類基金的特點。\n\n"
    "基金類別/特點\n"
)


def test_glossary_cards_first_gloss_simile_and_classification():
    assert pairs(_CARDS) == [
        ("臨時僱員", "年滿18歲但未滿65歲,從事建造業或飲食業並由僱主按日僱用或僱用期少於60日的僱員。"),
        ("截止時間", "不同受託人就不同程序所設定的截止時間會有不同。如受託人於工作天的截止時間前收到指示,該指示將被視為在同一個工作天內收到。"),
        ("基金便覽", "如同強積金基金的成績表,匯報基金的表現。"),
    ]


def test_a_card_going_on_about_its_term_keeps_its_second_paragraph():
    page = (
        "辭彙\n\n"
        "專職醫療人員\n\n"
        "專職醫療人員是醫生、牙醫或護士以外的醫護專業人員。\n\n"
        "香港的專職醫療人員包括聽力學家、營養師及醫務社工。\n\n"
        "慢性疾病\n\n"
        "一種長期的疾病,例如糖尿病及高血壓。\n\n"
        "基層醫療\n\n"
        "個人及家庭在持續醫護過程中接觸的第一層醫療服務。\n"
    )
    assert pairs(page)[0] == ("專職醫療人員", "是醫生、牙醫或護士以外的醫護專業人員。香港的專職醫療人員包括聽力學家、營養師及醫務社工。")


# --- a fact sheet's sections (474) -------------------------------------------------------------------------------


def test_fact_sheet_sections_and_parallel_include_paragraphs():
    page = (
        "特殊教育便覽\n\n \n\n"
        "教育局的工作範疇\n\n"
        "教育局負責各項特殊教育服務的策劃、發展、監察和運作,並在組織、課程、教學策略以及學位安排上提供意見。\n\n \n\n"
        "教育局提供的服務\n\n"
        "教育局會為有特殊教育需要的兒童提供校本支援服務。\n\n\n"
        "評估服務包括為有學習困難的學生提供教育心理及學習能力的評估。此外,教育局推行及早識別計劃。\n\n \n\n"
        "支援服務包括為有聽力障礙的兒童提供的教育聽覺服務。\n"
    )
    assert pairs(page) == [
        ("評估服務", "包括為有學習困難的學生提供教育心理及學習能力的評估。此外,教育局推行及早識別計劃。"),
        ("支援服務", "包括為有聽力障礙的兒童提供的教育聽覺服務。"),
    ]


def test_one_include_paragraph_alone_is_a_statement():
    page = "工作報告\n\n今年主要任務包括推進產業升級、擴大內需和改善民生。\n\n重點項目進展順利。\n"
    assert pairs(page) == []


def test_owner_section_reads_only_the_owner_as_subject():
    assert _owner_section("教育局負責各項特殊教育服務的策劃。", "教育局的工作範疇")
    assert not _owner_section("教育局的工作範疇包括策劃和監察。", "教育局的工作範疇")
    assert not _owner_section("基金的開支比率是指全年開支佔資產的百分比。", "基金的開支比率")


# --- quoted principles run in after one another in news prose (452) ----------------------------------------------


def test_quoted_principles_glossed_in_turn_in_news_prose():
    page = (
        "中西區人口及住宅普查所表示,普查工作要求普查員「三不、二會」的工作原則,「三不」是指普查員不會洩露個人資料給任何人、"
        "不會要求民眾提供帳戶或存摺,「二會」是指普查員會配戴普查員證、會遞送受訪戶函文供民眾辨識;並以普查對象不遺漏的「三點不『漏』」為工作目標。\n"
    )
    assert pairs(page) == [
        ("「三不」", "是指普查員不會洩露個人資料給任何人、不會要求民眾提供帳戶或存摺"),
        ("「二會」", "是指普查員會配戴普查員證、會遞送受訪戶函文供民眾辨識"),
    ]


def test_a_quoted_part_the_gloss_names_stays_in_it():
    page = "普查原则\n\n普查原则是指普查员遵守「三不」与「二会」,「二会」是指会配戴证件、会递送函文;并按时完成。\n"
    assert pairs(page) == [("普查原则", "是指普查员遵守「三不」与「二会」,「二会」是指会配戴证件、会递送函文;并按时完成。")]
