"""Review of the forty-ninth round's rules (a headword restated mid-paragraph after figures, bulleted kinds of service, a
cited document's definition after its title, a word and the words built on it glossed in turn, the 所謂 frame with a
citation clause) on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong, Macao
and Taiwan pages write, which the new readings took for entries."""

from __future__ import annotations

from conftest import pairs


# A headword restated mid-paragraph (restated_mid_paragraph) ----------------------------------------------------------------


def test_a_work_topic_weighed_after_the_years_figures_is_no_entry():
    assert pairs("营商环境\n今年我区新增市场主体3.2万户。营商环境是企业生存发展的土壤,好的营商环境就是生产力。\n") == []
    assert pairs("防汛工作\n入汛以来,全市平均降雨量312毫米。防汛工作是一项系统工程,需要各部门协同配合。\n") == []
    assert pairs("党建引领\n近年来,我街道坚持党建引领基层治理。党建引领是做好基层工作的根本保证。\n") == []


def test_a_work_topic_ranked_or_praised_in_a_set_phrase_is_no_entry():
    assert pairs("疫情防控\n截至目前,我市累计接种疫苗120万剂次。疫情防控是当前最重要的工作。\n") == []
    assert pairs("垃圾分类\n今年全市垃圾分类覆盖率达95%。垃圾分类是新时尚。\n") == []


def test_a_disease_restated_after_the_months_figures_still_reads():
    page = "- 水痘\n本月共接獲水痘個案45宗,較上月增加。水痘是由水痘帶狀疱疹病毒引起的急性傳染病,主要經空氣飛沫傳播。\n"
    assert pairs(page) == [("水痘", "是由水痘帶狀疱疹病毒引起的急性傳染病,主要經空氣飛沫傳播。")]
    page = "- 诺如病毒\n本周共录得3宗聚集性个案。诺如病毒是最常见的导致急性肠胃炎的病毒。\n"
    assert pairs(page) == [("诺如病毒", "是最常见的导致急性肠胃炎的病毒。")]


# Kinds of service as headword lines over bullets (bulleted_kinds) ----------------------------------------------------------


def test_a_plans_aspects_over_bullets_are_no_kinds():
    page = "主要工作\n  • 加強防疫宣傳教育工作\n  • 完善社區衞生服務體系\n年度目標\n  • 全年接種疫苗人數達到十萬人次\n  • 完成所有學校巡查工作\n"
    assert pairs(page) == []
    page = "近期工作\n  • 推进老旧小区改造工程建设进度\n  • 开展安全生产大检查活动\n下一步工作\n  • 继续抓好疫情防控各项工作\n  • 全力保障民生底线\n"
    assert pairs(page) == []


def test_stages_and_parts_of_a_day_over_bullets_are_no_kinds():
    page = "报名须知\n第一阶段\n  • 于3月1日至3月15日在网上报名并上传材料\n  • 逾期不予受理\n第二阶段\n  • 于3月20日前到现场确认信息并缴费\n  • 未确认者视为放弃\n"
    assert pairs(page) == []
    page = "活动安排\n上午\n  • 参观科技馆展厅并听取讲解介绍\n  • 与科研人员座谈交流\n下午\n  • 赴产业园区实地调研考察\n  • 召开总结会议部署工作\n"
    assert pairs(page) == []
    page = "第一期\n  • 完成北區道路拓寬工程並通車\n  • 興建社區活動中心一座\n第二期\n  • 完成南區排水系統改善工程\n  • 興建停車場大樓一座\n"
    assert pairs(page) == []


def test_contact_particulars_and_a_persons_posts_over_bullets_are_no_kinds():
    page = (
        "聯絡我們\n總辦事處\n  • 香港灣仔告士打道五號稅務大樓\n  • 辦公時間星期一至五上午九時至下午五時\n"
        "九龍辦事處\n  • 九龍旺角彌敦道六百號地下\n  • 辦公時間星期一至五上午九時至下午六時\n"
    )
    assert pairs(page) == []
    page = "張三\n  • 現任本局局長負責全面工作\n  • 分管辦公室及財務科\n李四\n  • 現任本局副局長協助局長工作\n  • 分管規劃科及建設科\n"
    assert pairs(page) == []


def test_kinds_of_service_over_bullets_still_read():
    page = "本署提供以下服務:\n長者中心\n  • 為長者提供康樂及社交活動\n  • 提供膳食及護理服務\n家居照顧\n  • 為體弱長者提供到戶照顧服務\n  • 協助日常起居及購物\n"
    assert pairs(page) == [("長者中心", "為長者提供康樂及社交活動• 提供膳食及護理服務"), ("家居照顧", "為體弱長者提供到戶照顧服務• 協助日常起居及購物")]
    page = "外展社會工作\n  • 為邊緣青少年提供外展輔導服務\n  • 協助青少年重返校園\n青年就業計劃\n  • 為十五至二十四歲青年提供職前培訓\n  • 提供在職培訓及就業支援\n"
    assert pairs(page) == [
        ("外展社會工作", "為邊緣青少年提供外展輔導服務• 協助青少年重返校園"),
        ("青年就業計劃", "為十五至二十四歲青年提供職前培訓• 提供在職培訓及就業支援"),
    ]


# A cited document's definition after its title (reported_provisions) -------------------------------------------------------


def test_a_role_a_document_assigns_is_no_definition():
    assert pairs("人社部印发《职业技能等级认定管理办法》,规定用人单位是职业技能等级认定的主体单位。\n") == []
    assert pairs("《實施辦法》規定,社區照顧據點是社區內提供長者服務的主要據點。\n") == []


def test_a_subject_pointed_at_or_built_as_a_phrase_is_no_term():
    assert pairs("《细则》规定本次检查是全面深入细致的专项检查。\n") == []
    assert pairs("《办法》规定,本市户籍人员是本市基本医疗保险的参保人员。\n") == []
    assert pairs("《民法典》规定,自然人的民事权利能力是平等的民事权利能力。\n") == []


def test_a_documents_definition_by_genus_still_reads():
    page = "教育部出台《校外培训行政处罚暂行办法》,规定校外培训是面向中小学生开展的学科类培训。\n"
    assert pairs(page) == [("校外培训", "是面向中小学生开展的学科类培训。")]


# A word and the words built on it glossed in turn (compound_series) --------------------------------------------------------


def test_a_series_opening_on_a_set_phrase_of_praise_is_no_glossary():
    assert pairs("安全生产是重中之重。安全生产责任是各级的政治责任。安全生产工作是民生工程。\n") == []
    assert pairs("社会保障是民生之基。社会保障卡是居民享受社保待遇的凭证。社会保障制度是国家的基本制度。\n") == []


def test_a_statistical_series_still_reads():
    page = "城镇化率是城镇人口占总人口的比重。户籍人口城镇化率是户籍城镇人口占户籍总人口的比重。常住人口城镇化率是城镇常住人口占常住总人口的比重。\n"
    assert pairs(page) == [
        ("城镇化率", "是城镇人口占总人口的比重。"),
        ("户籍人口城镇化率", "是户籍城镇人口占户籍总人口的比重。"),
        ("常住人口城镇化率", "是城镇常住人口占常住总人口的比重。"),
    ]


# The 所謂 frame, a citation clause before the marker (prose._SO_CALLED_IS) -----------------------------------------------------


def test_a_so_called_words_amount_or_period_is_no_definition():
    assert pairs("所謂補助,根據本計畫規定,是每人每月新臺幣三千元。\n") == []
    assert pairs("所謂申請期限,依據本要點規定,是自公告日起三十日內。\n") == []
    assert pairs("所謂補貼,是二千元。\n") == []


def test_a_so_called_word_defined_after_its_citation_still_reads():
    assert pairs("所謂勞工,依照勞動基準法的規定,是指受雇主僱用從事工作獲致工資者。\n") == [("勞工", "是指受雇主僱用從事工作獲致工資者。")]
    assert pairs("所谓自治,是自己管理自己的事务。\n") == [("自治", "是自己管理自己的事务。")]


# A conditional naming (backward_names._CONDITION_NAMES) ---------------------------------------------------------------------


def test_a_conditional_namings_modal_clause_is_no_name():
    assert pairs("若违法行为轻微并及时改正,没有造成危害后果的,则该行为即属可以不予处罚的行为。\n") == []


def test_a_conditional_naming_of_a_kind_still_reads():
    page = "若經營者以不實廣告誘使消費者購買商品,並因而導致消費者作出交易決定,則該行為即屬不公平競爭行為。\n"
    assert pairs(page) == [("不公平競爭行為", "若經營者以不實廣告誘使消費者購買商品,並因而導致消費者作出交易決定")]


# A form label's bracketed 指 gloss over an empty value (statistics_metadata._BRACKETED_LABEL) --------------------------------


def test_a_forms_remarks_field_glossed_by_what_to_write_is_no_term():
    assert pairs("備註(指其他需要說明之事項):\n") == []
    assert pairs("其他說明事項(指前述各欄以外之事項):\n") == []


def test_a_forms_field_glossed_over_an_empty_value_still_reads():
    assert pairs("家庭成員(指配偶及直系血親):\n") == [("家庭成員", "指配偶及直系血親")]
