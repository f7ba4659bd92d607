"""Review of the fifty-second round's rules (a speaker's reading, a misreading denied in a statement, a term restated in
other words, 所謂X是 glued, a counted member named in quotes, the opposite word, a launched programme spelled out after a
colon, a run-in gloss on a cut page) on text they were not written from: sentences and small pages of the shapes mainland,
Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# 即 after a finding (prose._BARE_JI, prose._SPEAKER_VIEW_JI) ---------------------------------------------------------------


def test_an_act_classed_by_a_finding_is_no_gloss():
    assert pairs("本院認為被告所為即屬詐欺行為,應依法論處。\n") == []
    assert pairs("法院认为被告的行为即构成合同违约,应当承担赔偿责任。\n") == []
    assert pairs("審計署認為有關開支即屬不當使用公帑。\n") == []
    assert pairs("委员会认为该申请即属无效,不予受理。\n") == []


def test_a_speakers_verdict_after_ji_is_no_gloss():
    assert pairs("他認為政府即應立即採取行動,協助受影響的商戶。\n") == []
    assert pairs("外界認為此舉即意味著政策轉向。\n") == []
    assert pairs("調查小組認為事故即因司機疲勞駕駛所致。\n") == []


def test_a_speakers_verdict_on_a_thing_pointed_at_is_no_gloss():
    assert pairs("多位委员認為,該計劃即為政府施政的重中之重。\n") == []
    assert pairs("他認為該計劃即為政府施政的重中之重。\n") == []
    assert pairs("多位委员認為,長者咭即為政府發出的身份證明。\n") == [("長者咭", "即為政府發出的身份證明。")]


def test_a_speakers_reading_and_a_headword_with_ji_still_read():
    assert pairs("也有学者认为内卷即非理性的内部竞争。\n") == [("内卷", "即非理性的内部竞争。")]
    assert pairs("规模以上工业企业即年主营业务收入2000万元及以上的工业企业。\n") == [
        ("规模以上工业企业", "即年主营业务收入2000万元及以上的工业企业。")
    ]


# A misreading denied in a statement (denied_questions._DENIED_STATEMENT) ---------------------------------------------------


def test_a_denied_misreading_corrected_by_a_verdict_is_no_gloss():
    assert pairs("房价下跌并非坏事。房价下跌实际上是市场回归理性的表现。\n") == []
    assert pairs("疫苗接种不是强制的。疫苗接种实际上是自愿的,但我们鼓励市民尽早接种。\n") == []


def test_a_denied_misreading_corrected_by_a_class_still_reads():
    text = "「调解」并非叫大家庭外和解草草了事。「调解」其实是一种很专业的解决问题方法。首先,调解员是中立的。\n"
    assert pairs(text) == [("「调解」", "是一种很专业的解决问题方法。首先,调解员是中立的。")]
    assert pairs("社区养老不是简单的送饭上门。它实际上是一套完整的居家服务体系。\n") == [("社区养老", "是一套完整的居家服务体系。")]


# 所謂X是 glued (prose._SO_CALLED_GLUED_IS) ----------------------------------------------------------------------------------


def test_a_maxim_after_a_glued_so_called_is_no_gloss():
    assert pairs("所谓民生是最大的政治,我们必须时刻把群众冷暖放在心上。\n") == []
    assert pairs("所谓创新是企业发展的灵魂,没有创新就没有未来。\n") == []
    assert pairs("所謂公義是社會的基石。\n") == []
    assert pairs("所谓发展是硬道理,这是我们的根本经验。\n") == []
    assert pairs("所谓安全是发展的前提。\n") == []


def test_a_glued_so_called_gloss_still_reads():
    assert pairs("所謂過渡性房屋是為輪候公屋人士提供的短期房屋。\n") == [("過渡性房屋", "是為輪候公屋人士提供的短期房屋。")]
    assert pairs("所谓跨境理财通是粤港澳大湾区居民跨境投资理财产品的机制。\n") == [
        ("跨境理财通", "是粤港澳大湾区居民跨境投资理财产品的机制。")
    ]


# A counted member named in quotes (prose._ORDINAL_NAMED_IS) ----------------------------------------------------------------


def test_a_counted_rank_person_or_stop_is_no_member_glossed():
    assert pairs("第一名是「台北101」,是台灣最高的建築物。\n") == []
    assert pairs("第三站是「赤柱」,是香港南區著名的旅遊景點。\n") == []
    assert pairs("第二位是“张明”,是来自本市的一名退休教师。\n") == []


def test_a_counted_member_weighed_is_no_gloss():
    assert pairs("第三个是“大湾区”,是国家发展的重要战略。\n") == []


def test_a_counted_member_glossed_still_reads():
    assert pairs("第二階梯是「經濟房屋」,是出售的公共房屋,售價按申請人負擔能力訂定。\n") == [
        ("「經濟房屋」", "是出售的公共房屋,售價按申請人負擔能力訂定。")
    ]
    assert pairs("第一类是“红色预警”,是指可能发生特别重大突发事件。\n") == [("“红色预警”", "是指可能发生特别重大突发事件。")]


# The opposite word (prose._OPPOSITE_QUOTED_IS) -----------------------------------------------------------------------------


def test_the_opposite_word_judged_is_no_entry_of_its_own():
    assert pairs("负面清单是指禁止投资的领域清单。与之相对的“正面清单”是今年改革的重点。\n") == [
        ("负面清单", "是指禁止投资的领域清单。与之相对的“正面清单”是今年改革的重点。")
    ]
    assert pairs("顺差是指出口大于进口。与其相反的“逆差”也是一个重要指标。\n") == [
        ("顺差", "是指出口大于进口。与其相反的“逆差”也是一个重要指标。")
    ]


def test_the_opposite_word_glossed_still_reads():
    text = "负面清单是指国家明确列出的禁止和限制外商投资的领域。与其相反的“正面清单”自然就是国家明确允许外商投资的领域。\n"
    assert pairs(text) == [
        ("负面清单", "是指国家明确列出的禁止和限制外商投资的领域。"),
        ("“正面清单”", "就是国家明确允许外商投资的领域。"),
    ]


# A launched programme spelled out after a colon (prose._UNDERTAKEN_JI) -----------------------------------------------------


def test_orders_after_a_launchs_colon_spell_nothing_out():
    assert pairs("我市启动“蓝天保卫”行动:各区要加强扬尘管控,严格落实限行措施。\n") == []
    assert pairs("市政府启动“百日攻坚”行动:全市上下要以时不我待的紧迫感完成任务。\n") == []


def test_a_launched_programme_spelled_out_still_reads():
    text = "2003年6月,浙江省启动“千村示范、万村整治”工程:从全省选择1万个左右的行政村进行全面整治。\n"
    assert pairs(text) == [("“千村示范、万村整治”工程", "从全省选择1万个左右的行政村进行全面整治。")]


# A term restated in other words (other_words.other_words_restatements) ----------------------------------------------------


def test_a_restatement_of_whose_the_thing_is_is_no_entry():
    text = "何謂保安林\n保安林是為了公共利益而依法編入管理的森林。\n設置保安林之目的在保護水源。換言之,保安林是全民共同的財產。\n"
    assert pairs(text) == [("保安林", "是為了公共利益而依法編入管理的森林。")]


def test_a_restatement_naming_the_class_still_reads():
    text = "何謂保安林\n保安林是為了公共利益而依法編入管理的森林。\n設置保安林之目的在保護水源。換言之,保安林係以森林覆蓋功能保護國土之森林。\n"
    assert pairs(text) == [
        ("保安林", "是為了公共利益而依法編入管理的森林。"),
        ("保安林", "係以森林覆蓋功能保護國土之森林。"),
    ]


# A run-in gloss on a cut page (combine._before_cut_sentence) ---------------------------------------------------------------


def test_a_cut_run_in_gloss_whose_term_the_sentence_before_names_keeps_its_sentences():
    text = "本局于3月启动了新一轮检查。检查是指对企业安全生产情况的全面核查,涵盖生产、仓储和运输环节。检查结果将"
    assert pairs(text) == [("检查", "是指对企业安全生产情况的全面核查,涵盖生产、仓储和运输环节。")]


def test_a_glossarys_last_headword_cut_still_gives_nothing():
    assert pairs("粮食产量 指全社会的粮食产量。包括国有经济经营的。粮食除包括稻谷、小麦") == []


# A quoted word's clause late in its sentence (prose._QUOTED_CLAUSE_IS) -----------------------------------------------------


def test_a_series_of_quoted_clauses_is_read_as_a_series_on_a_paragraph_ending_unfinished():
    text = (
        "中西區人口及住宅普查所表示,普查工作要求普查員「三不、二會」的工作原則,「三不」是指普查員不會洩露個人資料給任何人、"
        "不會詢問普查表以外資料,「二會」是指普查員會配戴普查員證、會遞送受訪戶函文供民眾辨識;並以普查對象不遺漏為工作目標。"
        "普查工作之目的,在蒐集資料,所有普查資料\n"
    )
    assert pairs(text) == [
        ("「三不」", "是指普查員不會洩露個人資料給任何人、不會詢問普查表以外資料"),
        ("「二會」", "是指普查員會配戴普查員證、會遞送受訪戶函文供民眾辨識"),
    ]
