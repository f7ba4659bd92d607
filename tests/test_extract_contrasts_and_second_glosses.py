"""The thirty-ninth development set's leftovers, second pass: a term said to be no thing of one kind but a thing of
another (``X并非A,而是…的B。``, P1093; ``顾名思义,“X”并不是A,而是一个…B。``, P1094), the contrast as a whole its definition
where the page asks what the term is or names its meaning just above — with the real sentences of the same shape that
must not become entries (a report's 并不是…,而是要…/而是因为…, a remark under a plain section heading, P925)."""

from __future__ import annotations

from policyterms.mining.extract_layouts.negated_senses import answer_contrast, contrast_defines
from conftest import pairs


# --- X并非A,而是B: the contrast under a heading naming the term's meaning (P1093) ---------------------------------


_CORE_MEANING = (
    "一、源网荷储一体化的核心内涵与架构\n\n"
    "1.1 核心内涵\n\n"
    "源网荷储一体化并非简单的物理连接,而是通过数字化、智能化技术实现的多能互补、时空协同的能源系统。其核心在于打破传统电力系统各环节的壁垒,实现能源的高效利用。\n\n"
    "1.2 系统架构\n\n"
    "典型的源网荷储一体化系统架构包括能源管理平台、源端、网端、荷端和储端,源网荷储一体化项目由此落地。\n"
)


def test_a_contrast_under_a_meaning_heading_defines_its_term_from_the_negation():
    assert pairs(_CORE_MEANING) == [
        (
            "源网荷储一体化",
            "并非简单的物理连接,而是通过数字化、智能化技术实现的多能互补、时空协同的能源系统。其核心在于打破传统电力系统各环节的壁垒,实现能源的高效利用。",
        )
    ]


# P925 (dev-36): the same contrast under a bare section number is a remark on the phrase; its gold opens at 是 after 而,
# so the contrast gives no entry there.
_REMARK = (
    "【小锣汉语大词典】“小锣汉语大词典”这一标题看似是一个语言类工具书的名称,但实际上它并非传统意义上的词典。\n"
    "一、\n"
    "“小锣汉语大词典”并非一本实际存在的词典,而是对某些语言现象或文化元素的一种形象化表达。它可能指的是:\n"
    "- 某些方言中特有的词汇或表达方式;\n"
    "- 一种非正式但广泛流传的语言用法;\n"
    "这种说法通常出现在网络语境中,用来形容那些在特定群体中使用频率高、但不被主流词典收录的语言现象。\n"
)


def test_a_contrast_under_a_plain_section_heading_is_a_remark():
    assert not any(definition.startswith("并非") for _, definition in pairs(_REMARK))


# --- 什么是X? / 顾名思义,“X”并不是A,而是一个…B (P1094) ---------------------------------------------------------


_ASKED = (
    "虚拟电厂:看不见的“电厂”,看得见的智慧能源\n"
    "这并非科幻场景,而是正在全球加速落地的现实技术:虚拟电厂(Virtual Power Plant,简称VPP)。\n"
    "一、什么是虚拟电厂?\n"
    "顾名思义,“虚拟电厂”并不是一座真正冒烟的发电厂,而是一个通过先进信息技术(如物联网、云计算、人工智能)把大量分散的分布式能源资源整合起来,"
    "进行统一调度与优化运行的“智能能源聚合平台”。\n"
    "你可以把它想象成一个“能源界的网约车平台”——\n"
    "- 传统电厂 = 自有车队的出租车公司(集中式、固定容量)\n"
    "- 虚拟电厂 = 滴滴/Uber(聚合社会闲置车辆,按需调度)\n"
    "二、虚拟电厂是怎么工作的?\n"
    "整个过程分为三步:\n"
)


def test_an_answer_opening_with_a_connective_and_a_contrast_is_the_quoted_terms_definition():
    assert pairs(_ASKED) == [
        (
            "“虚拟电厂”",
            "并不是一座真正冒烟的发电厂,而是一个通过先进信息技术(如物联网、云计算、人工智能)把大量分散的分布式能源资源整合起来,"
            "进行统一调度与优化运行的“智能能源聚合平台”。",
        )
    ]


def test_a_contrast_naming_a_duty_or_a_cause_defines_nothing():
    # the 1958 and 1956 reports: 这并不是以革命代替生产,而是要…; 并不是因为…,而是因为…
    assert not contrast_defines("并不是以革命代替生产,而是要用革命统帅生产,促进生产,带动生产。")
    assert not contrast_defines("并不是因为我们缺乏人力和自然资源,而是因为缺乏一个能够适应生产力发展的需要的社会制度。")
    assert not contrast_defines("并不是指简单放权,而是指转变政府职能的一种方式。")  # a negated meaning: negated_senses'
    assert answer_contrast("虚拟电厂并不是要取代电厂,而是要补充电厂的调节能力。", "虚拟电厂") is None


def test_a_report_sentence_of_the_shape_under_a_task_heading_gives_no_entry():
    # the 1957 report: 我国并不是没有建设资金,而是以前大量资金都装进了…的腰包 (a place and what befell it)
    text = (
        "三、关于建设资金问题\n"
        "所有这些都证明：我国并不是没有建设资金，而是以前大量资金都装进了帝国主义者、地主、资产阶级的腰包。\n"
    )
    assert pairs(text) == []


# --- 通俗说:“X”是…: a second gloss in plain words; background under a question title (P1083) ------------------------


_POINT_SUPPLY = (
    "【专项债券100问】什么是“点状供地”?\n"
    "第174问\n\n\n"
    "什么是“点状供地”\n\n\n"
    "十九大将乡村振兴列为决胜全面小康社会的七大战略之一;二十大指出,全面建设社会主义现代化国家,最艰巨最繁重的任务仍在农村。"
    "基于实际情况,国家及各省市创新出台“点状供地”政策,助力乡村振兴发展。\n\n"
    " 一、“点状供地”概念 \n\n"
    "“点状供地”是相对于传统的“片状供地”而言的一种新型供地方式,是办理项目建设用地报批及供地手续的关键环节,也是项目开发建设的重要依据。\n\n"
    "通俗说:“点状供地”是建多少,供多少,用多少土地指标,算多少容积率。即,将项目用地区分为永久性建设用地和环境等配套用地。"
    "项目容积率按垂直开发面积部分计,不按项目总用地面积计。\n\n"
    " 二、省市政策梳理 \n\n"
    "2015年,“点状供地”浙江省率先探索,后续有多个省份跟进,并得到中央肯定。\n"
)


def test_a_plain_words_gloss_is_a_second_entry_and_the_background_under_the_question_none():
    assert pairs(_POINT_SUPPLY) == [
        ("“点状供地”", "是相对于传统的“片状供地”而言的一种新型供地方式,是办理项目建设用地报批及供地手续的关键环节,也是项目开发建设的重要依据。"),
        (
            "“点状供地”",
            "是建多少,供多少,用多少土地指标,算多少容积率。即,将项目用地区分为永久性建设用地和环境等配套用地。项目容积率按垂直开发面积部分计,不按项目总用地面积计。",
        ),
    ]


def test_an_answer_under_its_question_title_stays_when_nothing_below_restates_the_term():
    # the same page without its concept paragraph: the paragraph under the title stays its answer
    text = (
        "什么是“点状供地”\n\n"
        "十九大将乡村振兴列为决胜全面小康社会的七大战略之一。国家及各省市创新出台“点状供地”政策,助力乡村振兴发展。\n\n"
        " 二、省市政策梳理 \n\n"
        "2015年,“点状供地”浙江省率先探索,后续有多个省份跟进,并得到中央肯定。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“点状供地”"]


# --- a one-paragraph answer: X是…。即…, up to a run-in 【label】 (P1085) --------------------------------------------


_SECOND_ROUND = (
    "二轮土地承包政策是通过延长土地承包期,以促进农村经济的发展和稳定。即在原土地承包期满后,发包方与农户签订的合同,到期一批、续签一批,"
    "把土地承包期限再延长30年。原土地承包办法基本合理,群众基本满意的尽量保持原承包办法不变,直接延长承包期。【法律依据】《中共中央办公厅、"
    "国务院办公厅关于进—步稳定内和完善农村土容地承包关系的通知》第二条(一)在第一轮土地承包到期后,土地承包期再延长30年。"
)


def test_a_lead_going_on_with_ji_is_its_terms_definition_up_to_a_bracketed_label():
    assert pairs(_SECOND_ROUND) == [
        (
            "二轮土地承包政策",
            "是通过延长土地承包期,以促进农村经济的发展和稳定。即在原土地承包期满后,发包方与农户签订的合同,到期一批、续签一批,"
            "把土地承包期限再延长30年。原土地承包办法基本合理,群众基本满意的尽量保持原承包办法不变,直接延长承包期。",
        )
    ]


def test_a_lead_followed_by_jishi_does_not_go_on_about_its_term():
    # the same lead, its next sentence a concession (即使…): no sentence explaining the term, no entry
    text = "二轮土地承包政策是通过延长土地承包期,以促进农村经济的发展和稳定。即使承包期满,农户也可继续经营。\n"
    assert pairs(text) == []


# --- a heading naming the term's definition over a bare 是 (P1082) --------------------------------------------------


_CERTIFICATE = (
    "土地承包经营权证是土地确权证,但需注意其法律属性与功能定位。具体说明如下:\n"
    "-\n"
    "定义与性质\n"
    "土地承包经营权证是政府依法颁发的确认土地承包经营权的法律凭证,属于土地确权登记的核心成果。该证书以《农村土地承包法》为依据,"
    "通过登记程序确认农民对承包土地的占有、使用、收益等权利。\n"
    "-\n"
    "政策背景与覆盖范围\n"
    "我国自2013年起推行农村土地确权登记,2亿农户领取了土地承包经营权证,覆盖全国大部分农村地区。\n"
)


def test_the_paragraph_below_a_definition_heading_is_the_definition_not_the_thesis_line():
    assert pairs(_CERTIFICATE) == [
        (
            "土地承包经营权证",
            "是政府依法颁发的确认土地承包经营权的法律凭证,属于土地确权登记的核心成果。该证书以《农村土地承包法》为依据,"
            "通过登记程序确认农民对承包土地的占有、使用、收益等权利。",
        )
    ]


def test_a_bare_shi_below_a_question_about_significance_stays_no_definition():
    # P996 (dev-37): the heading asks what the revitalisation means, the paragraph gives the region's standing
    text = (
        "591.全面振興東北地區等老工業基地的重大意義是什麼?\n"
        "東北地區是新中國工業的搖籃和我國重要的工業與農業基地,擁有一批關係國民經濟命脈和國家安全的戰略性產業,發展空間和潛力巨大。"
        "東北地區區位條件優越,沿邊沿海優勢明顯,是全國經濟的重要增長極。\n"
    )
    assert pairs(text) == []
