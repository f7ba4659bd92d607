"""The forty-ninth development set's other false entries and term starts: a dangling-bullet list of a role's duties
labelled by paired tasks (P1706), a lead-in with a hedge (``一般包括以下几个主要部分:``, P1687), a law's ``所称`` after a
semicolon and its ``之`` (P1674), a numbered section whose title pairs two topics (P1685), a numbered colon head over
labelled lines (P1685), a question title asking for requirements (P1693) and a link to more on a subject (440)."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.indicators import lead_in_only


def _terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


def test_dangling_bullets_labelled_by_paired_tasks_are_duties():
    page = (
        "专职网格员是基层社会治理的重要力量,负责社区网格化管理,核心职责包括信息采集、矛盾调解、治安巡查、政策宣传和民生服务等,旨在提升社区服务精细化水平。\n"
        "-\n"
        "信息采集与更新\n"
        "专职网格员需全面掌握网格内人口、房屋、单位等基础信息,动态更新数据,为社区治理提供精准支撑,例如流动人口登记、特殊人群建档等。 -\n"
        "矛盾调解与和谐维护\n"
        "通过走访排查邻里纠纷、物业矛盾等问题,及时介入调解,推动协商解决,避免矛盾升级,维护社区稳定。 -\n"
        "治安巡查与隐患上报\n"
        "定期巡查消防、交通、环境等安全隐患,发现问题后通过系统上报相关部门,并跟踪整改情况,保障居民安全。 -\n"
        "政策宣传与民生服务\n"
        "向居民普及法律法规、社保政策等,协助办理证件申请、福利申领等事务,打通政府服务“最后一公里”。 -\n"
        "特殊群体关怀\n"
        "重点关注独居老人、残障人士等群体,提供代办服务、心理疏导等个性化支持,增强社区归属感。\n"
        "专职网格员的工作是基层治理现代化的缩影,其“多角色”定位既需要责任心,也依赖与居民的紧密互动。若想深入了解社区网格化运作,可进一步咨询当地网格管理中心。\n"
    )
    assert not {"信息采集与更新", "矛盾调解与和谐维护", "特殊群体关怀"} & set(_terms(page))


def test_dangling_bullets_naming_terms_stay_entries():
    # counter-test: dev-41's P879-style list, one label at most pairing two words
    page = (
        "乡村振兴战略的总要求包括五个方面:\n"
        "-\n"
        "产业兴旺\n"
        "推动农业现代化,发展乡村特色产业,增强乡村经济活力。 -\n"
        "生态宜居\n"
        "加强农村生态环境保护,改善人居环境。 -\n"
        "乡风文明\n"
        "弘扬优秀传统文化,提升农民精神风貌。\n"
    )
    assert {"产业兴旺", "生态宜居", "乡风文明"} <= set(_terms(page))


def test_a_hedged_lead_in_defines_nothing():
    assert lead_in_only("一般包括以下几个主要部分:")
    assert not lead_in_only("是指针对残疾人提供的两种福利补贴,具体包括:")  # counter-test: a gloss before the lead-in (P1398)


def test_a_laws_so_named_lead_in_is_no_part_of_the_term():
    page = (
        "本法所称借款,指各级政府以契约形式向国内外所借入之长期、短期及透支、展期款项;所称举债额度,指弥补岁入岁出差短之举债及债务基金举新还旧以外之新增债务。\n"
        "前项所称之自偿性公共债务,系指以未来营运所得资金或经指拨特定财源作为偿债财源之债务。\n"
    )
    assert _terms(page) == ["借款", "举债额度", "自偿性公共债务"]


def test_a_paired_section_title_and_a_head_over_labelled_lines_are_no_headwords():
    page = (
        "二、母基金与子基金的关系:本质是 “嵌套投资”\n"
        "1.层级关系:\n"
        "母基金:上层集合资金的主体,通过发行份额募集资金,资金用于投资多只子基金。\n"
        "子基金:下层被投资的对象,可以是单一类型基金(如股票型基金)或其他母基金(形成多层嵌套)。\n"
        "2.收益与风险传导:\n"
        "收益来源:母基金的收益取决于子基金的表现。\n"
        "若子基金赚钱,母基金按投资比例分配收益;若子基金亏损,母基金也会亏损。\n"
    )
    terms = _terms(page)
    assert "母基金与子基金的关系" not in terms and "层级关系" not in terms


def test_a_numbered_glossary_head_over_its_explanation_stays():
    # counter-test: an exam glossary's N.X: heads explained by plain lines below (pass 1b)
    page = "1.公共物品:\n指具有非排他性和非竞争性的物品。\n2.公共生产:\n指由政府组织的生产活动。\n"
    assert _terms(page) == ["公共物品", "公共生产"]


def test_a_question_asking_for_requirements_is_no_headword():
    page = (
        "“三零”创建是什么?\n"
        "“三零”创建就是“零上访、零事故、零案件”村(社区)、企事业单位创建。\n"
        "“三零”创建工作要求是什么?\n"
        "高度重视,加强组织领导。\n"
    )
    assert "“三零”创建工作要求" not in _terms(page)


def test_a_link_to_more_information_is_furniture():
    page = (
        "更多有關非中國公民類別的資訊\n"
        "如果有關人士在取得香港以外任何地方的居留權及不再通常居住於香港後,有連續36個月或以上不在香港,他/她將喪失其永久性居民身份。\n"
    )
    assert _terms(page) == []


def test_zaiji_is_one_word_no_ji_gloss():
    # P1692: 在即 (close at hand) after a clause
    page = "2023年全国两会召开在即,南方网和粤学习客户端推出原创策划——“中国式民主的广东实践”系列微视频,聚焦代表联系群众起草建议。\n"
    assert _terms(page) == []
    # counter-test: a comma and 即 after a term glosses it (“四个全面”,即…)
    assert _terms("“四个全面”,即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。\n") == ["“四个全面”"]


def test_a_comparison_lead_in_is_no_gloss():
    from policyterms.mining.extract_layouts.false_glosses import comparison_lead_in

    assert comparison_lead_in("即网格管理员,与网格员的主要区别如下:")  # P1696
    assert not comparison_lead_in("是指针对残疾人提供的两种福利补贴,具体包括:")  # counter-test: P1398's gold
