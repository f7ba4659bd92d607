"""Review of the fiftieth round's rules (a denied question, classes of one index glossed with 代表, the 所謂 frame's amount or
period, a word and one word built on it under a concepts heading) on text they were not written from: sentences and small
pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A question about a word put and denied (denied_questions) ----------------------------------------------------------------


def test_a_denied_question_about_a_person_or_a_thing_pointed_at_is_no_entry():
    assert pairs("我们需要担心吗?不是的。它是正常的季节性变化。\n") == []
    assert pairs("這筆款項是要退還嗎?不是的。它是政府給予的一次性補助。\n") == []


def test_a_denied_question_answered_by_what_was_done_is_no_entry():
    assert pairs("医保个人账户是取消了吗?并非如此。它是改革了计入办法。\n") == []


def test_a_denied_question_about_a_word_still_reads():
    text = "“双减”就是不让孩子学习吗?当然不是。它是减轻义务教育阶段学生过重作业负担和校外培训负担的一项政策。\n"
    assert pairs(text) == [("“双减”", "是减轻义务教育阶段学生过重作业负担和校外培训负担的一项政策。")]
    assert pairs("电子社保卡是要取代实体卡吗?不是的。它是实体社保卡的线上形态。\n") == [("电子社保卡", "是实体社保卡的线上形态。")]


# Classes of one index glossed in turn with 代表 (class_series) -------------------------------------------------------------


def test_a_classs_delegates_and_how_they_are_chosen_are_no_glosses():
    assert pairs("甲类会员代表由会员大会选举产生;乙类会员代表由理事会推选产生。\n") == []
    assert pairs("第一类选区代表由各区居民直接选举产生;第二类选区代表由功能团体选出。\n") == []


def test_a_class_acting_for_a_body_is_no_gloss():
    assert pairs("甲类考生代表本校参加市级比赛;乙类考生代表本区参加区级比赛。\n") == []


def test_classes_standing_for_shares_of_households_still_read():
    assert pairs("A類住戶代表約50%住戶;B類住戶代表約30%住戶。\n") == [("A類住戶", "代表約50%住戶"), ("B類住戶", "代表約30%住戶。")]


# The 所謂 frame before an amount or a period (prose) ------------------------------------------------------------------------


def test_a_so_called_word_described_from_a_year_or_a_start_and_closing_on_its_class_reads():
    assert pairs("所谓财政年度,是一年内政府预算收支起讫的有效期限。\n") == [("财政年度", "是一年内政府预算收支起讫的有效期限。")]
    assert pairs("所谓承运人,是从事将货物从起运地运送到目的地的经营者。\n") == [("承运人", "是从事将货物从起运地运送到目的地的经营者。")]
    assert pairs("所謂自然人,是自出生時起即享有權利能力的人。\n") == [("自然人", "是自出生時起即享有權利能力的人。")]
    assert pairs("所谓元旦,是一年的第一天。\n") == [("元旦", "是一年的第一天。")]


def test_a_so_called_amount_or_period_is_still_no_entry():
    assert pairs("所谓生活补贴,是每户每月五百元。\n") == []
    assert pairs("所謂寬限期,是自繳款期限屆滿之翌日起十五日。\n") == []


# A word and one word built on it under a concepts heading (compound_series) ------------------------------------------------


def test_the_pages_own_plan_under_a_concepts_heading_is_no_series():
    assert pairs("一、基本概念\n本规划是全市国土空间保护与开发的总体部署。本规划期限是2021年至2035年。\n") == []


def test_a_concepts_pair_still_reads():
    page = "二、相关概念\n公共服务是政府提供的服务。公共服务设施是提供公共服务的场所和设备。\n"
    assert pairs(page) == [("公共服务", "是政府提供的服务。"), ("公共服务设施", "是提供公共服务的场所和设备。")]


# A term's sense in a field going on its definition (prose._FIELD_SENSE) -----------------------------------------------------


def test_a_sentence_opening_with_a_noun_of_指_after_a_frame_ends_the_definition():
    text = "数字经济是指以数据资源为关键要素的经济形态。在统计上,指标体系包括数字产业化和产业数字化两部分。数字产业化是指数字技术的产业化应用。\n"
    assert pairs(text) == [("数字经济", "是指以数据资源为关键要素的经济形态。"), ("数字产业化", "是指数字技术的产业化应用。")]
    text = "绿色金融是指支持环境改善的经济活动。在实践中,指数化投资产品日益增多。绿色债券是指募集资金专门用于绿色项目的债券。\n"
    assert pairs(text) == [("绿色金融", "是指支持环境改善的经济活动。"), ("绿色债券", "是指募集资金专门用于绿色项目的债券。")]


def test_a_field_sense_with_是指_still_goes_on():
    text = "租赁住房是指以出租方式提供的住房。在统计上主要是指长租公寓。保障性租赁住房是指面向新市民的小户型住房。\n"
    assert pairs(text) == [
        ("租赁住房", "是指以出租方式提供的住房。在统计上主要是指长租公寓。"),
        ("保障性租赁住房", "是指面向新市民的小户型住房。"),
    ]


# A conditional naming whose name opens with a modal (backward_names._MODAL_OPENING) -----------------------------------------


def test_a_conditional_name_opening_with_可_or_应_as_a_word_still_reads():
    text = "如果某种能源能够在自然界中不断再生并可持续利用,则该能源即属可再生能源。\n"
    assert pairs(text) == [("可再生能源", "如果某种能源能够在自然界中不断再生并可持续利用")]
    assert pairs("若物资用于突发事件的处置和救援,則該物資即屬應急物資。\n") == [("應急物資", "若物资用于突发事件的处置和救援")]


def test_a_modal_clause_closing_on_its_noun_is_still_no_name():
    assert pairs("若申請人未於期限內補正,則該申請即屬應予駁回的申請。\n") == []
    assert pairs("若企业连续三年未年报,则该企业即属应当列入严重违法失信名单的企业。\n") == []


# A document's definition reported after its title (reported_provisions._NO_TERM) -------------------------------------------


def test_a_reported_word_opening_with_本_as_a_word_still_reads():
    text = "中国人民银行于2019年发布了《个人存款管理办法》,规定本外币存款是以人民币和外币形式存入银行的个人存款。\n"
    assert pairs(text) == [("本外币存款", "是以人民币和外币形式存入银行的个人存款。")]
    text = "财政部发布了《债券管理办法》,规定本金债券是以偿还本金为主要目的的债券。\n"
    assert pairs(text) == [("本金债券", "是以偿还本金为主要目的的债券。")]


def test_a_reported_subject_pointed_at_by_本_is_still_no_term():
    assert pairs("《细则》规定本次检查是全面深入细致的专项检查。\n") == []
    assert pairs("《办法》规定,本市户籍人员是本市基本医疗保险的参保人员。\n") == []


# A headword restated mid-paragraph after the month's figures (restated_mid_paragraph._verdict) -----------------------------


def test_a_disease_glossed_by_a_short_class_the_sentence_goes_on_after_still_reads():
    page = "- 登革熱\n本月共接獲登革熱個案3宗,較上月增加。登革熱是蚊傳疾病,由登革熱病毒引起,經伊蚊叮咬傳播。\n"
    assert pairs(page) == [("登革熱", "是蚊傳疾病,由登革熱病毒引起,經伊蚊叮咬傳播。")]
    page = "- 猩紅熱\n本月共接獲猩紅熱個案45宗。猩紅熱是細菌感染,由A群鏈球菌引起。\n"
    assert pairs(page) == [("猩紅熱", "是細菌感染,由A群鏈球菌引起。")]


def test_a_set_phrase_of_praise_then_an_exhortation_is_still_no_entry():
    assert pairs("垃圾分类\n今年全市垃圾分类覆盖率达95%。垃圾分类是新时尚,人人都要参与。\n") == []
    assert pairs("垃圾分类\n今年全市垃圾分类覆盖率达95%。垃圾分类是新时尚。\n") == []


def test_a_denied_questions_definition_ends_where_the_news_goes_on():
    text = (
        "“双减”就是不让孩子学习吗?当然不是。它是减轻义务教育阶段学生过重作业负担和校外培训负担的一项政策。"
        "记者从市教育局了解到,今年全市已有320所学校开展课后服务。\n"
    )
    assert pairs(text) == [("“双减”", "是减轻义务教育阶段学生过重作业负担和校外培训负担的一项政策。")]
    text = "“无废城市”是要求城市一点都不产生垃圾吗?并非如此。它其实是一种城市发展模式。截至2023年底,全国已有113个城市开展建设。\n"
    assert pairs(text) == [("“无废城市”", "是一种城市发展模式。")]


# A numbered colon item as wide as its fixed-width block (notes._wrapped, wrapped_lines.as_wide_as_wrapped_lines) -----------


_REPORT_BLOCK = (
    "今年以来,全市上下坚持稳中求进工作总基调,完整准确全面贯彻新发\n"
    "展理念,统筹推进疫情防控和经济社会发展,全市经济运行总体平稳。\n"
    "一、着力扩大有效需求:推动消费和投资协同发力形成强大国内市场\n"
    "全年社会消费品零售总额增长百分之八,固定资产投资增长百分之六,\n"
    "重大项目建设加快推进,新开工项目一百二十个,竣工项目八十五个,\n"
    "有效投资持续扩大,消费市场加快回暖,内需潜力进一步释放。\n"
    "二、着力推动创新驱动:加快建设具有全国影响力的科技创新中心城市\n"
    "研发经费投入强度达到百分之三点二,高新技术企业数量突破一万家,\n"
    "新增国家级专精特新小巨人企业四十家,科技成果转化更加顺畅。\n"
)


def test_a_reports_numbered_heading_as_wide_as_its_block_over_a_paragraph_stays_a_heading():
    assert pairs(_REPORT_BLOCK) == []


# An article captioned as a word's definition, naming it last (backward_names._captioned_naming) -----------------------------


def test_a_captioned_article_opening_with_its_own_word_is_no_naming():
    assert pairs("第 7 條\n(國有財產之定義)\n國有財產之範圍,以下列各款為限,為國有財產。\n") == []


def test_a_captioned_article_describing_the_thing_then_naming_it_still_reads():
    page = "第 6 條\n(非公用財產之定義)\n公用財產以外可供收益或處分之一切財產,為非公用財產。\n"
    assert pairs(page) == [("非公用財產", "公用財產以外可供收益或處分之一切財產")]
