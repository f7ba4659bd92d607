"""Review of the fifty-seventh round's rules (run-in table notes, filed-document items, a paragraph pointing back at 前項,
points under a headword, questions run into one paragraph, 可理解为 answers, 恒指, 基本上, quoted pieces glossed by 为, and
the last review's mends: 稱X者 for a person, exam placeholders) on text they were not written from: sentences and small pages
of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# An exam answer label over a placeholder (false_glosses.placeholder_answer) --------------------------------------------------


def test_an_answer_label_over_a_placeholder_gives_no_entry():
    # the question heading's block read 【参考答案】见教材第三章。 as the gloss (the asked pass had left it, review 57)
    assert pairs("什么是失业率?\n【参考答案】\n见教材第三章。\n") == []
    assert pairs("1. 什么是失业率?\n【参考答案】\n详见教材第三章。\n") == []
    assert pairs("什麼是通貨膨脹?\n【參考答案】\n參見講義第二節。\n") == []


def test_an_answer_under_its_label_still_reads():
    assert pairs("什么是失业率?\n【参考答案】\n失业率是指失业人口占劳动力的比重。\n") == [("失业率", "是指失业人口占劳动力的比重。")]
    assert pairs("什么是公共物品?\n【参考答案】\n具有非排他性和非竞争性的物品。\n") == [("公共物品", "具有非排他性和非竞争性的物品。")]


# 恒指 as no marker (common._MARKER) -------------------------------------------------------------------------------------


def test_yongheng_before_zhi_is_a_word_not_the_hang_seng_index():
    assert pairs("永恒指的是不随时间改变的存在。\n") == [("永恒", "指的是不随时间改变的存在。")]


def test_the_hang_seng_short_name_is_still_no_marker():
    assert pairs("港交所上市的华夏恒指 ESG ETF,于10月3日获得申购。\n") == []
    assert pairs("MSCI中国指数恒指成分股占比较高。\n") == []
    assert pairs("恒指是指恒生指数,是香港股市的重要指标。\n") == [("恒指", "是指恒生指数,是香港股市的重要指标。")]


# 稱X者 for a person (general.normalise_headword) ----------------------------------------------------------------------------


def test_a_law_defining_a_person_noun_keeps_the_noun():
    # 配偶, 派遣勞工, 家屬, 遺族 name persons themselves: the law's 者 is its frame, not part of the word
    assert pairs("稱配偶者,指依法結婚之人。\n") == [("配偶", "指依法結婚之人。")]
    assert pairs("稱派遣勞工者,指受派遣事業單位僱用,並向要派單位提供勞務者。\n") == [("派遣勞工", "指受派遣事業單位僱用,並向要派單位提供勞務者。")]
    assert pairs("稱家屬者,指與家長同居一家之人。\n") == [("家屬", "指與家長同居一家之人。")]
    assert pairs("稱遺族者,指死亡者之配偶、子女及父母。\n") == [("遺族", "指死亡者之配偶、子女及父母。")]


def test_a_verb_framed_by_the_law_still_takes_its_zhe():
    assert pairs("稱消費者,指以消費為目的而為交易、使用商品或接受服務者。\n") == [("消費者", "指以消費為目的而為交易、使用商品或接受服務者。")]
    assert pairs("稱受僱者,指受雇主僱用從事工作獲致薪資者。\n") == [("受僱者", "指受雇主僱用從事工作獲致薪資者。")]
    assert pairs("稱施工者,指承攬工程之人。\n") == [("施工者", "指承攬工程之人。")]


# A question run into its paragraph answered by what to do (asked_answers._TASK_ANSWER) -----------------------------------------


def test_a_question_answered_by_an_instruction_gives_no_entry():
    assert pairs("会上,书记发问。什么是担当?可以理解为:要敢于直面问题。什么是作为?可以理解为:必须干出实绩。\n") == []
    assert pairs("什么是好干部?可理解为:要信念坚定、为民服务。\n") == []


def test_the_instruction_still_ends_the_answer_before_the_next_question():
    assert pairs("什么是高质量发展?就是要坚持新发展理念。什么是新发展理念?就是创新、协调、绿色、开放、共享。\n") == [
        ("新发展理念", "就是创新、协调、绿色、开放、共享。")
    ]


def test_answers_in_the_round_s_shape_still_read():
    assert pairs("什么是营商环境?可理解为企业在开办、经营过程中面临的外部条件总和。\n") == [
        ("营商环境", "可理解为企业在开办、经营过程中面临的外部条件总和。")
    ]
    assert pairs("什么是生产要素?是要素市场中的基本投入。\n") == [("生产要素", "是要素市场中的基本投入。")]
    assert pairs("什么是医保个人账户?是指用于支付参保人员门诊费用的账户。什么是统筹基金?是指由单位缴费形成的基金。\n") == [
        ("医保个人账户", "是指用于支付参保人员门诊费用的账户。"),
        ("统筹基金", "是指由单位缴费形成的基金。"),
    ]
