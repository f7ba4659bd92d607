"""Review of the sixty-first round's rules (a term site's card under a 名词解释 title, a listed kind glossed below its list by
a colon label, a bare full name and an origin clause before 是, what a term cannot be, a label alone on its line, emoji
tails, a lead citing a law's article, an introduction announcing the explanation below, a spaced watermark, the download
link alone on its line, the founder clause before 是指) on text they were not written from: sentences and small pages of the
shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A list's items elaborated below by colon labels are kinds only under a lead-in announcing kinds (listed_labels) -----------


def test_a_reports_tasks_elaborated_below_their_list_are_no_entries():
    # the round read any colon line naming an item of a list above as the item's gloss: a report's tasks, an agenda, a
    # policy address's priorities, a course's contents say what is done under each item, no definition
    assert pairs(
        "今年主要任务:\n1、优化营商环境\n2、扩大有效投资\n"
        "优化营商环境:深化“一网通办”改革,企业开办时间压缩至1个工作日以内。\n扩大有效投资:全年安排重大项目150个,完成投资800亿元。\n"
    ) == []
    assert pairs(
        "2024年重点工作\n1. 产业升级\n2. 城市更新\n3. 民生保障\n"
        "产业升级:全年计划完成技改投资120亿元,推动30家企业智能化改造。\n城市更新:启动5个片区改造,完成老旧小区改造80个。\n"
    ) == []
    assert pairs(
        "施政重點:\n• 房屋供應\n• 醫療服務\n房屋供應:政府會在未來五年提供約十萬個公營房屋單位。\n醫療服務:擴建兩間急症醫院,增加病床一千張。\n"
    ) == []
    assert pairs("課程內容包括:\n1. 財務報表\n2. 成本會計\n財務報表:介紹資產負債表、損益表及現金流量表的編製方法。\n成本會計:講解成本的歸集與分配。\n") == []
    assert pairs("会议议程\n1. 审议工作报告\n2. 选举\n审议工作报告:听取并审议区人大常委会工作报告。\n选举:选举产生新一届区人大常委会组成人员。\n") == []
    assert pairs("主要成效\n1. 经济增长\n2. 就业稳定\n经济增长:全年地区生产总值增长5.2%,高于全国平均水平。\n就业稳定:城镇新增就业5.6万人。\n") == []


def test_kinds_announced_above_their_list_are_still_glossed_by_their_labels():
    assert pairs(
        "社會保險分為以下幾種:\n1. 養老保險\n2. 醫療保險\n養老保險:勞工年老退休時,由保險人按月給付的年金。\n"
        "醫療保險:被保險人因疾病就醫時,由保險人支付部分醫療費用的保險。\n"
    ) == [("養老保險", "勞工年老退休時,由保險人按月給付的年金。"), ("醫療保險", "被保險人因疾病就醫時,由保險人支付部分醫療費用的保險。")]
    assert pairs(
        "违法行为分为三类:\n1. 轻微违法\n2. 一般违法\n3. 严重违法\n轻微违法:情节轻微并及时改正,没有造成危害后果的违法行为。\n"
        "一般违法:除轻微违法和严重违法以外的违法行为。\n"
    ) == [("轻微违法", "情节轻微并及时改正,没有造成危害后果的违法行为。"), ("一般违法", "除轻微违法和严重违法以外的违法行为。")]
    assert pairs("本市的补贴种类:\n- 一次性补贴\n- 岗位补贴\n一次性补贴:对首次创业的高校毕业生给予5000元补贴。\n岗位补贴:按每人每月500元标准发放。\n") == [
        ("一次性补贴", "对首次创业的高校毕业生给予5000元补贴。"),
        ("岗位补贴", "按每人每月500元标准发放。"),
    ]


# A line under a 名词解释 title that is news, a notice or a contact is no card's gloss (glossary_cards._NO_GLOSS) ------------


def test_news_a_notice_or_a_contact_under_a_glossary_title_is_no_card():
    # a site's column bar holding 名词解释 over another column's page: the round read the next line as a headword
    assert pairs("名词解释\n工作动态\n3月5日,市统计局召开2024年统计工作会议。\n") == []
    assert pairs("名詞解釋\n政府公告\n本局將於下週一起實施新的收費標準,市民可瀏覽網頁查詢。\n") == []
    assert pairs("首頁\n法律常識\n名詞解釋\n民法總則\n本章規定權利能力及行為能力。\n") == []
    assert pairs("名词解释\n联系我们\n地址:北京市西城区月坛南街57号。\n") == []
    assert pairs("名词解释\n返回\n打印本页\n关闭窗口\n本栏目收录统计常用名词。\n") == []
    assert pairs(
        "首页\n新闻中心\n政务公开\n办事服务\n互动交流\n名词解释\n通知公告\n关于开展2024年统计执法检查的通知\n"
        "各区统计局:为进一步规范统计工作,现将有关事项通知如下。\n"
    ) == []


def test_a_menus_glossary_item_over_an_articles_headword_keeps_the_articles_entry():
    # 名词解释 a menu item, 统计知识 the next: the round took 统计知识 for the card's headword, and the line the gloss restates
    # (国内生产总值) for the card's furniture, losing the article's own entry
    assert pairs(
        "首页\n统计数据\n统计公报\n名词解释\n统计知识\n国内生产总值\n国内生产总值是指一个国家所有常住单位在一定时期内生产活动的最终成果。\n"
    ) == [("国内生产总值", "是指一个国家所有常住单位在一定时期内生产活动的最终成果。")]


def test_a_glossary_cards_gloss_still_reads():
    assert pairs("名詞解釋\n訴訟費用\n因訴訟程序進行所支出的費用,包括裁判費及其他必要費用。\n") == [
        ("訴訟費用", "因訴訟程序進行所支出的費用,包括裁判費及其他必要費用。")
    ]
    assert pairs("名词解释\n居民消费价格指数\n反映一定时期内城乡居民所购买的生活消费品和服务项目价格变动趋势和程度的相对数。\n") == [
        ("居民消费价格指数", "反映一定时期内城乡居民所购买的生活消费品和服务项目价格变动趋势和程度的相对数。")
    ]
    assert pairs("名词解释\n税收收入\n来源于各项税收的财政收入。\n") == [("税收收入", "来源于各项税收的财政收入。")]


def test_a_cards_gloss_naming_its_headword_after_the_offices_self_reference_reads():
    # a statistics office's card opens its gloss with 本署: the self-reference check stands aside when the gloss names the word
    assert pairs("名詞解釋\n消費者物價指數\n本署編製的消費者物價指數反映住戶一般所購買的消費商品及服務的價格變動。\n") == [
        ("消費者物價指數", "本署編製的消費者物價指數反映住戶一般所購買的消費商品及服務的價格變動。")
    ]
    # a date opens news even when it names the word
    assert pairs("名词解释\n人口普查\n2020年11月1日零时,第七次全国人口普查正式开始。\n") == []
