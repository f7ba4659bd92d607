"""The forty-fourth development set's false entries: labelled lines and headword lines that are an explainer's points, not
glosses — the figures of how a measure stands now (运行现状, P1467), the key
points a lead-in counts (包含两大要点:, P1390), the forms a scheme takes (二、主要形式, P1402), the strengths, strategies and value
of a service under dangling bullets (P1401), a plan's tasks under bullets (P1364) and a criteria list's categories under a short
lead-in line (P1394) — each with a real sentence of the same shape that must stay an entry or must not be taken for points."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.common import Found
from policyterms.mining.extract_layouts.measure_bullets import task_list
from policyterms.mining.extract_layouts.notes import _POINTS, announces_points


_STANDING = (
    "公益诉讼诉前程序的运行现状与问题分析\n"
    "(一)运行现状\n"
    "- 案件类型分布:从实践看,生态环境资源领域案件占比最高(约45%),其次是食品药品安全领域(约25%)。\n"
    "- 程序启动方式:检察机关主要通过线索摸排(占线索来源的70%以上)、群众举报、其他机关移送等方式启动程序。\n"
    "- 整改效果:据统计,2025年全国检察机关办理的公益诉讼案件中,通过诉前程序推动整改占比达85%以上。\n"
)


def test_items_under_a_heading_on_how_a_measure_stands_now_are_no_entries():
    assert pairs(_STANDING) == []


_KEY_POINTS = (
    "当前实施的政策核心包含两大要点:\n"
    "渐进延迟法定线: 以平稳过渡为原则,通过小步慢走的方式逐步提高法定退休年龄。\n"
    "具体路径为:男性职工每四个月延迟退休一个月,最终目标为63周岁;女性干部同步每四个月延迟一个月,目标为58周岁。\n"
    "弹性空间赋权个体: 作为重要的配套措施,弹性退休制度赋予了职工在法定退休年龄基础上进行上下调整的权利。\n"
)


def test_lines_under_a_lead_in_counting_key_points_are_no_entries():
    assert pairs(_KEY_POINTS) == []
    assert announces_points("当前实施的政策核心包含两大要点:")


def test_a_count_of_parts_or_aspects_still_announces_no_points():
    # (P499's and the thirty-eighth set's lead-ins: a counted list of parts is glossed below)
    assert not announces_points("三生教育主要包括以下三个方面:")
    assert not announces_points("该体系包含两大部分:")


_FORMS = (
    "二、主要形式\n"
    "名校带动型\n"
    "通过优质名校的管理模式、师资队伍和课程体系,带动合作学校的发展。\n"
    "集团化办学联合体\n"
    "在同一区域或跨区域组建的办学联合体,涵盖小学、中学、高校等多阶段教育机构,形成教育链协同发展。\n"
    "职业教育集团化\n"
    "以职业院校为核心,整合行业资源,建立产教融合的教育体系,培养符合产业需求的技术技能人才。\n"
)


def test_headword_lines_under_a_forms_heading_are_no_entries():
    assert pairs(_FORMS) == []


def test_a_ways_heading_naming_a_kind_of_division_is_no_points_heading():
    # (P555's 2.3 划片方式 lists kinds, P502's 三、政协委员的工作方式 glossed methods, entries; 形式主义 is a word, no heading of forms)
    assert _POINTS.search("2.3 划片方式") is None
    assert _POINTS.search("三、政协委员的工作方式") is None
    assert _POINTS.search("形式主义") is None
    assert _POINTS.search("二、主要形式") is not None


_SECTIONS = (
    "课后延时服务是教育部门为缓解家长接送难题、丰富学生课余生活推出的惠民政策,其核心价值在于通过作业辅导、兴趣活动与安全管理实现“减负增效”。 以下是关键要点与实践\n"
    "-\n"
    "服务定位与核心优势\n"
    "课后延时服务以“自愿参与、公益普惠”为原则,重点覆盖放学后两小时的“管理真空期”。 -\n"
    "实施难点与应对策略\n"
    "教师工作负荷增加是普遍挑战,需通过弹性调休、引入校外志愿者等方式缓解压力。 -\n"
    "质量评估与长期价值\n"
    "成功的延时服务需平衡学业支持与兴趣培养,避免变成“变相补课”。\n"
)


def test_dangling_bullet_sections_naming_strengths_strategies_and_value_are_no_entries():
    terms = [term for term, _ in pairs(_SECTIONS)]
    assert "服务定位与核心优势" not in terms and "实施难点与应对策略" not in terms and "质量评估与长期价值" not in terms


_TASKS = (
    "二、城市发展战略\n"
    "1. 经济发展\n"
    "- 产业结构调整:报告提出,将大力发展高新技术产业,加快传统产业转型升级,形成以高端制造业、现代服务业和现代农业为主体的产业结构。\n"
    "- 创新驱动:加大科技创新力度,培育一批具有国际竞争力的创新型企业,提升城市整体竞争力。\n"
    "2. 城市规划\n"
    "- 空间布局:优化城市空间布局,构建“一核两带三区”的城市空间结构,即以老城区为核心,两条生态带为支撑,三个功能区协调发展。\n"
    "- 基础设施建设:加大基础设施建设投入,提升城市承载能力,包括交通、水利、能源、信息等领域。\n"
    "3. 文化保护与传承\n"
    "- 历史文化遗产保护:加强历史文化遗产保护,打造一批历史文化名城名片,提升城市文化品位。\n"
    "- 文化创意产业:发展文化创意产业,培育一批具有地方特色的文化创意产品,推动文化产业与旅游业的融合发展。\n"
)


def test_a_bulleted_list_of_a_plans_tasks_gives_no_entries():
    assert [term for term, _ in pairs(_TASKS)] == []


def _entry(term: str, definition: str) -> Found:
    return Found(term, definition, definition, 1, 0, 1)


def test_a_bulleted_list_of_features_is_no_task_list():
    # (a dev-43 explainer's features of 产城融合区: said of the thing, not things to do)
    features = [
        _entry("区域分布广泛", "产城融合区遍布全国各地,形成了以东部沿海地区为主,向中西部地区拓展的格局。"),
        _entry("产业类型多样", "涵盖了制造业、服务业、现代农业等多个领域,形成了产业协同发展的格局。"),
        _entry("生态环境优美", "注重生态环境保护,实现了产业、城市与自然的和谐共生。"),
    ]
    assert not task_list(features)


_CRITERIA = (
    "就业困难人员的认定标准主要包括以下几个方面:\n"
    "年龄因素\n"
    "男性年满50周岁、女性年满40周岁以上的城镇失业人员或农业人口转移到城镇就业并缴纳城镇职工社会保险后失业人员。\n"
    "经济状况\n"
    "享受城镇最低生活保障待遇的人员。\n"
    "经济结构调整、企业转型升级中的失业人员。\n"
    "健康状况\n"
    "残疾人员,指持有《残疾人证》或者《残疾军人证》的城镇常住人口。\n"
    "失业的残疾人。\n"
)


def test_category_lines_under_a_short_lead_in_line_are_no_headwords():
    got = pairs(_CRITERIA)
    assert ("残疾人员", "指持有《残疾人证》或者《残疾军人证》的城镇常住人口。") in got
    assert not any(term in ("年龄因素", "经济状况", "健康状况") for term, _ in got)


_SUPPORTS = (
    "\"三支一扶\"是指国家扶贫开发工作重点支持的一类特殊人才,其包括:\n"
    "1. **大学生村官(支教):** 即通过大学生支教项目派遣到贫困地区支教的大学生。\n"
    "2. **大学生志愿者(支农):** 指通过相关项目招募培养的大学生志愿者,他们到农村或贫困地区参与农业生产、科技服务、社区建设等方面的工作。\n"
    "3. **农村义务教育阶段毕业生特设岗位计划(农村支教):** 主要是为了改善农村基础教育条件,吸引和保留优秀的农村义务教育阶段毕业生到农村从事基础教育工作。\n"
    "4. **农村卫生工程支援人员(农村支医):** 通过相关计划选拔培养的医学专业人才,到农村地区从事卫生服务工作,提升农村卫生水平。\n"
)


def test_an_item_saying_only_what_its_label_is_for_is_no_entry():
    terms = [term for term, _ in pairs(_SUPPORTS)]
    assert "农村义务教育阶段毕业生特设岗位计划(农村支教)" not in terms
    # (its siblings glossed by 即, 指 or a description stay entries)
    assert "大学生村官(支教)" in terms and "大学生志愿者(支农)" in terms and "农村卫生工程支援人员(农村支医)" in terms
