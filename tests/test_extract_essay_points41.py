"""The forty-first development set's false entries from essays and answers: feature bullets and section heads that define
nothing (P1258's functions under sub-headings, P1247's rules under a lead-in's unnumbered headings, P1236's overview and
benefit bullets, P1202's problems, P1229's timeline periods, P1217's lesson aspects, P1207's essay heads), each with a
real sentence of the same shape that must stay an entry."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.false_glosses import location_item, period_item
from policyterms.mining.extract_layouts.headwords import _narrative
from policyterms.mining.extract_layouts.section_headings import overview_title


_FUNCTIONS = (
    "一、政务移动办公系统的定义与意义\n\n1.\n\n定义\n\n"
    "政务移动办公系统是指基于现代信息技术开发的一套用于支持政府部门工作人员在移动设备上进行高效办公的应用平台。它集成了文件管理、任务分配、"
    "即时通讯、审批流程等功能模块,能够满足政府机构日常工作的多样化需求。 2.\n\n重要意义\n\n"
    "(1)提高工作效率:通过随时随地处理公务事务,减少传统纸质文件流转的时间成本。 (2)促进信息共享:打破地域限制,实现跨区域、跨层级的信息互通。---\n\n"
    "二、政务移动办公系统的核心功能\n\n1.\n\n协同办公模块\n\n"
    "(1)文档编辑与存储:支持多人在线编辑文档,并具备权限控制功能,确保信息安全。 (2)日程安排与会议管理:集成日历功能,可创建会议并发送提醒通知。 2.\n\n"
    "审批流程管理\n\n(1)电子签章:利用数字签名技术完成线上审批,避免传统签字环节带来的繁琐操作。 (2)自动追踪:记录每一步审批状态,便于后续查询追溯。 3.\n"
)


def test_items_under_a_numbered_sub_heading_of_a_functions_section_are_no_entries():
    # the counter-case on the same page: the definition under the 定义 sub-heading stays, its run-on item number cut
    assert pairs(_FUNCTIONS) == [
        (
            "政务移动办公系统",
            "是指基于现代信息技术开发的一套用于支持政府部门工作人员在移动设备上进行高效办公的应用平台。它集成了文件管理、任务分配、即时通讯、"
            "审批流程等功能模块,能够满足政府机构日常工作的多样化需求。",
        )
    ]


_RULES = (
    "中小学五项管理是指 作业管理、睡眠管理、手机管理、课外读物管理和体质健康管理。以下是五项管理的具体内容和目标:\n"
    "作业管理\n小学一二年级不得布置书面家庭作业。\n三至六年级家庭作业不超过60分钟,初中不超过90分钟,高中合理安排作业时间。\n"
    "睡眠管理\n强调学生充足的睡眠时间,保障学生有足够的休息。\n合理安排作息时间,确保学生有规律的生活习惯。\n"
    "手机管理\n原则上不得将个人手机带入校园。\n加强学生在校内使用手机的管理和监督。\n"
)


def test_unnumbered_headings_under_a_lead_in_announcing_contents_and_goals_are_no_headwords():
    assert pairs(_RULES) == [
        ("中小学五项管理", "是指 作业管理、睡眠管理、手机管理、课外读物管理和体质健康管理。以下是五项管理的具体内容和目标:")
    ]


def test_headword_lines_glossed_below_a_plain_lead_stay_entries():
    # (P1256: headword lines glossed verbless under a question title, no lead-in announcing points: entries)
    text = (
        "什么是電子證照?\n證照\n政府部門和取得法定資質的第三方服務機構依法形成出具的具有法律效力的各類批文、證件、執(牌)照、鑒定報告、證明材料等文件。\n"
        "電子證照\n遵循相關安全和技術規范的可信任的、數字形態的證照、由計算機等電子設備形成、辦理、傳輸和存儲的證照信息記錄。\n"
    )
    assert [term for term, _ in pairs(text)] == ["證照", "電子證照"]


_BLOCKCHAIN = (
    "银税互动平台概述\n"
    "随着数字经济的发展,银税互动平台作为一种新型的政务服务平台,正在逐渐引起重视。该平台的建立主要是为了提高税务、金融等部门之间的信息共享和业务协同能力,"
    "为纳税人提供更高效的服务。\n"
    "区块链技术的基本概念\n"
    "区块链是一种以去中心化、不可篡改和透明公开为特点的数据库技术。其数据结构以“区块”形式存储,并通过加密算法将各个区块链接在一起,形成一条连续的链。\n"
    "银税互动平台与区块链的结合\n"
    "银税互动平台的运行依赖于数据的安全性与实时性,而这些正是区块链技术所擅长的。具体而言,区块链可以帮助银税互动平台实现以下功能:\n"
    "- 信息安全保障:区块链技术的去中心化特点使得数据更难被篡改,能够有效提高信息的安全性。\n"
    "- 降低成本:区块链能有效降低信息传递的成本,减少了服务费用,提高了资源的使用效率。\n"
)


def test_an_overview_heading_and_bullets_under_a_functions_lead_in_are_no_entries():
    # the meaning heading's paragraph names the thing without the heading's generic 技术: the paragraph's term
    assert pairs(_BLOCKCHAIN) == [
        ("区块链", "是一种以去中心化、不可篡改和透明公开为特点的数据库技术。其数据结构以“区块”形式存储,并通过加密算法将各个区块链接在一起,形成一条连续的链。")
    ]


def test_an_overview_title_is_a_term_and_its_section_word_only():
    assert overview_title("银税互动平台概述") and not overview_title("银税互动平台") and not overview_title("概述")


_PROBLEMS = (
    "二、撤县设区可能带来的问题\n\n1. 财政压力增大\n\n区级政府承担更多公共服务职能,若财政基础薄弱,可能加剧地方债务风险。\n\n"
    "2. 管理难度上升\n\n原属县的区域可能面临管理模式转变、人员安置等问题,短期内可能出现管理混乱。\n"
)


def test_numbered_headword_lines_under_a_heading_of_the_problems_a_measure_brings_are_no_entries():
    assert pairs(_PROBLEMS) == []


def test_a_lost_bracket_title_before_a_status_clause_is_no_part_of_the_term():
    text = (
        "如何正确认识撤县设区】撤县设区是近年来我国行政区划调整中较为常见的一种方式,指的是将原有的县(县级市)改为市辖区,纳入地级市的行政管辖范围。"
        "这一举措在推动城市化进程、优化资源配置、提升城市治理能力等方面具有重要意义。\n"
    )
    assert pairs(text) == [
        (
            "撤县设区",
            "指的是将原有的县(县级市)改为市辖区,纳入地级市的行政管辖范围。这一举措在推动城市化进程、优化资源配置、提升城市治理能力等方面具有重要意义。",
        )
    ]


def test_a_timeline_period_is_no_term_but_a_numbered_name_is():
    assert period_item("1953–1980年（一五至五五）", "计划经济年代，指令性为主，建设工业体系。")
    assert period_item("一五（1953-1957）", "奠定了中国工业化的骨架（如建设鞍钢、长春一汽）。")
    # (P963: a slogan of digits, no span of years)
    assert not period_item("“3815”", "就是三年上台阶、八年大发展、十五年大跨越。")


def test_a_standards_number_or_a_plans_years_with_its_full_name_is_no_timeline_period():
    # the standard cited by dev-10's 96 (《国民经济行业分类》(GB/T4754—2017)) in a headword is no span of years; a plan's
    # years before its full name (全称《…》) name the plan, as 是指 after them does
    text = (
        "1.三次产业划分(GB/T 4754-2017):第一产业是指农、林、牧、渔业(不含农、林、牧、渔专业及辅助性活动)。\n"
        "2.“十四五”规划(2021-2025年):全称《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。\n"
        "3.规模以上工业企业:指年主营业务收入2000万元及以上的工业法人单位。\n"
    )
    assert [term for term, _ in pairs(text)] == ["三次产业划分(GB/T 4754-2017)", "“十四五”规划(2021-2025年)", "规模以上工业企业"]
    assert period_item("1953–1980年（一五至五五）", "计划经济年代，指令性为主，建设工业体系。")


def test_timeline_items_under_a_questions_heading_are_no_entries():
    text = (
        "3‧名字的演变：从「计划」到「规划」\n\n1. 1953–1980年（一五至五五）：计划经济年代，指令性为主，建设工业体系。\n\n"
        "2. 1981–2005年（六五至十五）：改革开放后更名「国民经济和社会发展计划」，兼顾经济与民生。\n\n"
        "3. 2006至今（十一五–十五五）：计划更名规划，更强调引导、预期与约束指标，适配市场经济。\n"
    )
    assert pairs(text) == []


_LESSON = (
    "1.资源型城市\n(1)含义:因大规模开采自然资源而兴起,并以自然资源的开采和加工业为主导产业的城市。\n(2)生命周期\n"
    "2.资源枯竭型城市\n(1)形成:资源型城市所依托的资源在现有技术水平下开采殆尽,或市场对这种资源的需求大幅度减少,城市经济发展趋于缓慢,成为资源枯竭型城市。\n"
    "(2)转型发展:延长产业链,提升原有资源的利用价值;开发新的资源,培育新的主导产业。\n"
    "二、焦作市以煤炭为基础的产业兴衰\n1.焦作的地理位置:地处河南省西北部,南临黄河。\n"
)


def test_a_lessons_meaning_sub_item_glosses_its_headword_and_the_other_sub_items_are_aspects():
    assert pairs(_LESSON) == [("资源型城市", "因大规模开采自然资源而兴起,并以自然资源的开采和加工业为主导产业的城市。")]


def test_a_places_location_is_no_term_but_a_location_word_is():
    assert location_item("焦作的地理位置") and not location_item("区位优势") and not location_item("地理位置")


_TEASER = (
    '老区究竟承载着怎样的历史记忆与现代价值\n\n游戏攻略2025年07月13日 14:20:334admin\n\n老区究竟承载着怎样的历史记忆与现代价值老区指中国共产党在革命战争时期建立并长期活动的特殊地理区域,既是红色政权的摇'
    '篮,也是当代乡村振兴战略的核心改造对象。2025年视角下,这些区域正经历着从革命符号到综合发展示范区的转型,其物质文化遗产保\n\n什么是老区\n\n老区究竟承载着怎样的历史记忆与现代价值\n\n老区指中国共产党在革命战争时期建立并'
    '长期活动的特殊地理区域,既是红色政权的摇篮,也是当代乡村振兴战略的核心改造对象。2025年视角下,这些区域正经历着从革命符号到综合发展示范区的转型,其物质文化遗产保护与非物质精神传承构成双重命题。\n\n革命老区的核心定义\n'
    '\n行政区划层面,国务院认定的革命老区覆盖全国28省1389个县,主要分布在井冈山、延安、大别山等连片特困地区。这些区域往往具备三个典型特征:1927-1949年间曾是革命根据地、现存大量红色遗址、经济社会发展相对滞后。值'
    '得注意的是,湘鄂赣、闽浙赣等边区因持续斗争时间长,被列为"一类老区"。\n\n历史分层的空间见证\n\n黄泥夯土的苏维埃机关旧址与新建的智慧农业大棚常在这些区域形成奇特的时空拼贴。江西瑞金沙洲坝的"红井"景区周边,5G基站与当年'
    '手摇电话机展品相隔仅200米,这种物理空间的并置恰恰构成独特的政治地理文本。\n'
)


def test_a_title_run_into_a_cut_teaser_and_an_essays_heads_give_nothing_beside_the_definition():
    assert [term for term, _ in pairs(_TEASER)] == ["老区"]


def test_a_gloss_pointing_back_after_its_first_clause_is_no_narrative():
    # (P923, a character dictionary: 這些 after the first clause of a sense's gloss, under its headword 遼海)
    assert not _narrative("泛指當代遼寧省東南一帶,這些地方常有戰事。這裡借指戰場。", "遼海")
    assert _narrative("黄泥夯土的苏维埃机关旧址与新建的智慧农业大棚常在这些区域形成奇特的时空拼贴。", "历史分层的空间见证")


def test_a_heading_announcing_meanings_closes_the_points_a_lead_in_opened():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.notes import _points_sections

    lines = _lines(_RULES + "名词解释\n三张清单:是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。\n")
    led = [False] * len(lines)
    points = _points_sections(lines, led)
    assert led[1] and points[1]  # 作业管理, under the lead-in
    assert not points[len(lines) - 3] and not points[len(lines) - 2]  # 名词解释 and the line under it


def test_a_product_pages_design_section_is_no_headword_beside_its_glossed_headwords():
    text = (
        "什么是電子證照?\n證照\n政府部門和取得法定資質的第三方服務機構依法形成出具的具有法律效力的各類批文、證件、執(牌)照、鑒定報告、證明材料等文件。\n"
        "電子證照\n遵循相關安全和技術規范的可信任的、數字形態的證照、由計算機等電子設備形成、辦理、傳輸和存儲的證照信息記錄。\n"
        "總體設計\n創新研發統一電子證照庫和統一身份認證體系融合推進證照信息共享互認及網上身份實名認證。\n"
    )
    assert [term for term, _ in pairs(text)] == ["證照", "電子證照"]
