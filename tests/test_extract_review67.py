"""Review of the sixty-sixth round's rules (将/把X定义为 a speaker's definition; a definition given after 对X作出…定义:; another
name by 又名, 也叫, 被称为 before the definition; a site's ICP filing number as furniture; a first paragraph only naming the word)
on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages
write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# 将/把X定义为…: a year's motto or a thing's rank is no definition (prose._DEFINES_AS, _defines_word) ------------------------


def test_a_year_named_by_ding_yi_wei_is_no_word_defined():
    assert pairs("今年以来,我市将2024年定义为“项目建设年”,全力推进重大项目。") == []
    assert pairs("会上,市长将今年定义为攻坚之年。") == []


def test_a_thing_ranked_by_ding_yi_wei_is_no_definition():
    assert pairs("在新一轮规划中,我们将乡村振兴定义为全县工作的重中之重。") == []


def test_a_speaker_defining_a_word_is_still_read():
    assert pairs("MaaS最早由芬兰智能交通协会主席于2014年提出,他将MaaS定义为:通过一个平台整合多种交通方式的出行服务模式。") == [
        ("MaaS", "定义为:通过一个平台整合多种交通方式的出行服务模式。")
    ]
    assert pairs("在本研究中,我们把“青年”定义为14至35周岁的人群。") == [("“青年”", "定义为14至35周岁的人群。")]


# 对X作出…定义: — the year's priorities are no word (given_definitions._POINTED) -----------------------------------------------


def test_a_years_priorities_given_as_a_definition_are_no_entry():
    assert pairs("會議對今年的工作重點作出了以下定義:穩增長、保民生、防風險。") == []
    assert pairs("会议对2024年重点工作作出如下定义:抓项目、促投资。") == []


def test_a_cited_definition_of_a_word_is_still_read():
    assert pairs("世界卫生组织对健康下了一个定义:健康不仅是没有疾病,而且是身体、心理和社会适应的完好状态。") == [
        ("健康", "健康不仅是没有疾病,而且是身体、心理和社会适应的完好状态。")
    ]


# Another name, then news of the thing under it: no gloss (prose._NEWS_AFTER_ALIAS) -------------------------------------------


def test_another_name_then_the_years_news_is_no_entry():
    assert pairs("老人食堂也叫长者饭堂,今年全市新建二十家。") == []
    assert pairs("该项目又名“幸福工程”,今年已投入资金三千万元。") == []
    assert pairs("智慧养老又叫科技养老,今年我区已建成示范点五个。") == []


def test_another_name_then_a_gloss_is_still_read():
    assert pairs("長者咭又名長者卡,是社署發給65歲或以上長者的身份證明。") == [("長者咭", "又名長者卡,是社署發給65歲或以上長者的身份證明。")]
    assert pairs("医保又叫医疗保险,是指国家为保障居民就医而建立的制度。") == [("医保", "是指国家为保障居民就医而建立的制度。")]


# A site's ICP filing number is furniture, a glossary line on ICP备案 is not (common._FURNITURE) --------------------------------


def test_a_definition_of_icp_filing_is_no_footer():
    assert pairs("ICP备案是指网站在工信部进行的备案登记。") == [("ICP备案", "是指网站在工信部进行的备案登记。")]


def test_the_filing_number_is_still_a_footer():
    assert pairs("碳汇是指通过植树造林等吸收二氧化碳的过程。\n京ICP证030173号") == [("碳汇", "是指通过植树造林等吸收二氧化碳的过程。")]


# A headword's naming paragraph beside the paragraph saying what it is by 是指 (headwords.naming_entries_dropped) --------------


def test_the_naming_paragraph_is_no_second_entry_beside_a_zhi_gloss():
    page = "ETF\nETF的英文全称是Exchange Traded Fund。\nETF是指在交易所上市交易的基金。"
    assert pairs(page) == [("ETF", "是指在交易所上市交易的基金。")]


def test_a_naming_paragraph_alone_is_still_read():
    assert pairs("ETF\nETF的英文全稱是Exchange Traded Fund。") == [("ETF", "ETF的英文全稱是Exchange Traded Fund。")]


def test_a_year_after_the_other_name_may_still_date_the_gloss():
    assert pairs("老旧小区又称老小区,2000年以前建成。") == [("老旧小区", "又称老小区,2000年以前建成。")]
