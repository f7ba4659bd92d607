"""Review of the fifty-third round's rules (a law's definition quoted after its word, kinds a sentence names glossed on label
lines, numbered run-in headwords, a knowledge point opening with 是以A为B, a journal abstract named by its keywords line, a
full name apposed before 是, a hot word's frame, 指 spaced out) on text they were not written from: sentences and small pages
of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A reply quoted after a speaker, or a thing pointed at, before 「是指…」 (quoted_law_glosses) --------------------------------


def test_a_reply_quoted_after_a_speakers_verb_is_no_law_definition():
    assert pairs("被問及「三個優先」所指為何,局長回應「是指教育、醫療及房屋三方面的優先投放」。\n") == []
    assert pairs("對此,發言人表示「是指去年已經完成的第一期工程」。\n") == []
    assert pairs("局方澄清「是指二零二五年起的新申請個案」,並非所有個案。\n") == []
    assert pairs("張三說他「是指不想再參加這個比賽了」。\n") == []


def test_a_thing_pointed_at_before_a_quoted_xizhi_is_no_word():
    assert pairs("委員質詢時指出,該筆預算「係指明年度的資本支出」。\n") == []


def test_a_words_quoted_law_definition_still_reads():
    assert pairs("根據條例,住戶「是指居住在該單位內的所有人士」。\n") == [("住戶", "是指居住在該單位內的所有人士")]
    assert pairs("他強調,合作社「係指依平等原則,在互助組織之基礎上共同經營之團體」,不得營利。\n") == [
        ("合作社", "係指依平等原則,在互助組織之基礎上共同經營之團體")
    ]


# Kinds named, then a notice's rules, times or fees on label lines (named_kind_labels) ----------------------------------------


def test_kinds_named_then_their_requirements_are_no_glosses():
    assert pairs("申请人分为两类:个人和单位。\n个人:须提交身份证复印件及申请表原件。\n单位:须提交营业执照复印件及申请表原件。\n") == []


def test_kinds_named_then_their_fees_are_no_glosses():
    assert pairs("本校学生宿舍分成兩種,一種為單人房,一種為雙人房。\n單人房:每學期住宿費新臺幣一萬二千元整。\n雙人房:每學期住宿費新臺幣八千元整。\n") == []
    assert pairs("門票有兩種:全票及優待票。\n全票:每張新臺幣一百元,適用於一般民眾。\n優待票:每張新臺幣五十元,適用於學生及長者。\n") == []


def test_kinds_named_then_their_times_and_places_are_no_glosses():
    assert pairs("本次考試分為兩種科目,筆試及口試。\n筆試:於上午九時在本校禮堂舉行,時間兩小時。\n口試:於下午二時在本校會議室舉行,每人十分鐘。\n") == []


def test_kinds_named_then_glossed_still_read():
    assert pairs(
        "保險分為兩種,一種為傷害險,一種為醫療險。\n傷害險:被保險人因意外傷害事故致死亡或失能時給付保險金。\n"
        "醫療險:被保險人因疾病或傷害住院治療時給付醫療費用。\n"
    ) == [
        ("傷害險", "被保險人因意外傷害事故致死亡或失能時給付保險金。"),
        ("醫療險", "被保險人因疾病或傷害住院治療時給付醫療費用。"),
    ]


# Numbered run-in headwords (run_in._NUMBERED_ENTRY) ---------------------------------------------------------------------


def test_numbered_run_in_headwords_under_a_glossary_heading_read():
    assert pairs("名詞解釋 1緊急停電 因設備故障而臨時停電。 2計畫停電 為施工需要預先公告之停電。\n") == [
        ("緊急停電", "因設備故障而臨時停電。"),
        ("計畫停電", "為施工需要預先公告之停電。"),
    ]


def test_numbered_tasks_under_a_plain_heading_are_no_glosses():
    assert pairs("重點工作 1推動數位轉型 完成三十項服務上線。 2強化資安防護 全面檢視系統漏洞。\n") == []


# 是以A为主 in a knowledge point, a thing pointed at (knowledge._MAINLY, knowledge._POINTED) ---------------------------------


def test_a_knowledge_point_saying_how_a_thing_is_mostly_done_is_no_definition():
    assert pairs("【知识点】今年的活动是以线上为主,线下为辅。\n") == []
    assert pairs("【知识点】该项目是以政府投资为主、社会资本为辅的建设模式。\n") == []


def test_a_knowledge_point_by_aims_and_means_still_reads():
    assert pairs("【知识点】河长制是以保护水资源、防治水污染为主要任务,由各级党政主要负责人担任河长的制度。\n") == [
        ("河长制", "是以保护水资源、防治水污染为主要任务,由各级党政主要负责人担任河长的制度。")
    ]


# A journal abstract (knowledge._summary_points) ----------------------------------------------------------------------------


def test_an_abstract_giving_its_words_standing_is_no_definition():
    assert pairs("【摘要】新质生产力是近年来学界讨论的热点,本文梳理了相关文献。\n【关键词】新质生产力;文献综述\n") == []


def test_an_abstracts_definition_ends_before_the_authors_speak():
    assert pairs(
        "【摘要】耐心资本是一种着眼长期回报、对短期波动容忍度较高的资本形态。本文分析了其作用机制。\n【关键词】耐心资本 新质生产力 风险投资\n"
    ) == [("耐心资本", "是一种着眼长期回报、对短期波动容忍度较高的资本形态。")]


# A full name apposed before 是, then a ranking (topics._aliased_subject_at) --------------------------------------------------


def test_a_full_name_then_a_ranking_is_no_definition():
    assert pairs("大会全称为“第十四届全国人民代表大会第二次会议”,是今年最重要的政治活动。\n") == []


def test_a_full_name_then_a_class_still_reads():
    assert pairs("国务院,全称为“中华人民共和国国务院”,是最高国家权力机关的执行机关。\n") == [
        ("国务院", "是最高国家权力机关的执行机关。")
    ]


# A hot word's frame keeps its marker (word_frames) --------------------------------------------------------------------------


def test_a_hot_words_frame_keeps_yi_or_shi_before_zhi():
    assert pairs("躺平是一个网络流行语,意指年轻人放弃奋斗、降低欲望的生活态度。\n") == [
        ("躺平", "意指年轻人放弃奋斗、降低欲望的生活态度。")
    ]
    assert pairs("元宇宙是近年来的热词,是指利用科技手段进行链接与创造的虚拟世界。\n") == [
        ("元宇宙", "是指利用科技手段进行链接与创造的虚拟世界。")
    ]
    assert pairs("元宇宙是近年来的热词,指利用科技手段进行链接与创造的虚拟世界。\n") == [
        ("元宇宙", "指利用科技手段进行链接与创造的虚拟世界。")
    ]


# 指 spaced out before 定 or 派 (common.DEFINING_ZHI's neighbour) ------------------------------------------------------------


def test_zhiding_and_zhipai_spaced_out_are_no_markers():
    assert pairs("本局指 定專人辦理。\n") == []
    assert pairs("前述單位 指 派專人出席會議。\n") == []
    assert pairs("所謂社區 指 一定地域內居民組成的共同體。\n") == [("社區", "指 一定地域內居民組成的共同體。")]


def test_a_kinds_gloss_opening_with_zhi_may_name_a_sum():
    assert pairs("本市津貼分為兩類。\n育兒津貼:指政府每月發給新臺幣五千元之津貼。\n托育補助:指政府補助送托公共托育機構之費用。\n") == [
        ("育兒津貼", "指政府每月發給新臺幣五千元之津貼。"),
        ("托育補助", "指政府補助送托公共托育機構之費用。"),
    ]
