"""The sixty-third development set's official pages (661–664) and press pages P2180–P2194: numbered kinds glossed by their
genus (661, P2181), a plan's run-in 定义内涵 label (662), a quoted framework named after a completed verb (664), a manner
of saying before 可理解为: (P2180), an answer's 全称是 restatement and its 型 kinds (P2185), a counted name's semicolon
clauses after a colon (P2187), a 属于 genus lead and a 性质: label (P2191) and a description named by a bare 即 (P2194).
Each rule with the real lines and a counter-case."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs, pairs_unpinyined


# --- 661, P2181: numbered kinds glossed by their genus ----------------------------------------------------------------

_FORMS = (
    "二、一刻钟便民生活圈发展形态\n"
    "便民生活圈的商业设施由于历史沿革、地理条件、发展基础等原因,呈现不同的发展形态,主要包括三种发展形态:\n"
    "(一)组团式或集聚式。以一个或多个商业综合体、购物中心、便民商业中心等综合性商业设施为核心,零散商业网点为补充,满足社区居民及部分流动消费者生活消费需求的商业发展形态。\n"
    "(二)街坊式或街区式。沿社区周边道路相对集中配置商业设施,以满足社区居民生活消费需求为主的商业发展形态。\n"
    "(三)分布式或分散式。受客观条件限制,利用分散的社区商业设施建设便民网点的商业发展形态。\n"
)


def test_numbered_kinds_closing_on_the_genus_the_lead_in_names_are_entries():
    assert pairs(_FORMS) == [
        ("组团式或集聚式", "以一个或多个商业综合体、购物中心、便民商业中心等综合性商业设施为核心,零散商业网点为补充,满足社区居民及部分流动消费者生活消费需求的商业发展形态。"),
        ("街坊式或街区式", "沿社区周边道路相对集中配置商业设施,以满足社区居民生活消费需求为主的商业发展形态。"),
        ("分布式或分散式", "受客观条件限制,利用分散的社区商业设施建设便民网点的商业发展形态。"),
    ]


def test_numbered_kinds_closing_on_their_own_labels_genus_are_entries_under_a_sub_heading():
    answer = (
        "    (二)畜禽水产养殖设施用地\n\n"
        "    1.生产设施用地。直接用于畜禽和水产养殖的畜禽圈舍、养殖池、有机物处置、育种育苗设施、饲料存贮和配制、绿化隔离带、进排水渠道,"
        "符合“农村道路”标准的场区内通道等设施用地。\n\n"
        "    2.辅助设施用地。与畜禽和水产养殖直接关联的粪污废弃物处置、检验检疫、疫情防治、洗消转运,水产养殖用水和尾水处理等设施用地。"
        "不包括屠宰和肉类加工场所等用地。\n"
    )
    assert [term for term, _ in pairs(answer)] == ["生产设施用地", "辅助设施用地"]
    assert pairs(answer)[1][1].endswith("等设施用地。不包括屠宰和肉类加工场所等用地。")


def test_a_plans_numbered_points_in_the_same_shape_are_no_kinds():
    # 163: a plan's points, a label closed by a full stop and a sentence of aims, no genus closing it
    plan = (
        "(一)指导思想。以习近平新时代中国特色社会主义思想为指导,落实国家、省关于深化“放管服”改革和优化营商环境的部署要求。\n"
        "(二)改革内容。改革覆盖工程建设项目包括从立项到竣工验收和公共设施接入服务等审批全过程。\n"
        "(三)主要目标。到2019年6月底,基本实现工程建设项目全流程审批时间压缩至90个工作日以内。\n"
    )
    assert pairs(plan) == []


@given(
    st.lists(st.text(alphabet="组团集聚街坊区分布散", min_size=2, max_size=6), min_size=2, max_size=4, unique=True),
    st.text(alphabet="以商业综合体为核心满足社区居民需求", min_size=4, max_size=30),
)
def test_each_numbered_kind_is_its_label_and_its_whole_gloss(labels, body):
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.genus_items import genus_closed_kinds

    text = "主要包括几种发展形态:\n" + "".join(f"({'一二三四'[n]}){label}式。{body}的商业发展形态。\n" for n, label in enumerate(labels))
    lines = _lines(text)
    found = [f for _, f in genus_closed_kinds(lines, [True] * len(lines))]
    assert [(f.term, f.definition) for f in found] == [(f"{label}式", f"{body}的商业发展形态。") for label in labels]
    assert all(text[f.start : f.end] == f.quote for f in found)


# --- 662: a plan's run-in meaning label ---------------------------------------------------------------------------------

_PLAN = (
    "一、总体要求\n"
    "(一)指导思想 以习近平新时代中国特色社会主义思想为指导,以数字化改革撬动各领域各方面改革,争创社会主义现代化先行省。 (二)定义内涵 "
    "数字化改革是围绕建设数字浙江目标,统筹运用数字化技术、数字化思维、数字化认知,对省域治理的体制机制、组织架构、方式流程、手段工具进行"
    "全方位、系统性重塑的过程,在根本上实现全省域整体智治、高效协同,努力成为“重要窗口”的重大标志性成果。要从三个方面来理解和把握内涵: "
    "1.从改革方向看,要把握三个层面。数字化改革的意义不仅仅在具体的场景应用上,是一个质变而不是量变的过程。\n"
)


def test_a_run_in_definition_label_glosses_its_term_to_the_closing_lead_in():
    ((term, definition),) = pairs(_PLAN)
    assert term == "数字化改革"
    assert definition.startswith("是围绕建设数字浙江目标,") and definition.endswith("的重大标志性成果。要从三个方面来理解和把握内涵:")


def test_a_plans_other_run_in_headings_gloss_nothing():
    plan = "一、总体要求\n(一)指导思想 以新发展理念为指导,推进改革。 (二)工作目标 到2025年,改革是全面推进的重点,取得明显成效。\n"
    assert pairs(plan) == []


# --- 664: a quoted framework named after a completed verb ---------------------------------------------------------------

def test_a_quoted_framework_drawn_up_by_the_plan_is_glossed_from_ji():
    line = (
        "《规划》编制坚持问题导向,从深化体制机制改革、落实风险闭环管控、突出应急能力建设等方面,系统谋划了“576”总体架构,"
        "即“5”大发展目标,“7”项主要任务,“6”大重点工程。\n"
    )
    assert pairs(line) == [("“576”总体架构", "即“5”大发展目标,“7”项主要任务,“6”大重点工程。")]


def test_a_thing_pointed_at_after_a_completed_verb_is_no_framework():
    # a demonstrative before the quoted name and a short name after 即 say which thing is meant (the ninth congress's shape)
    assert pairs("他们打掉了那个针插不进、水泼不进的“独立王国”,即旧北京市委。\n") == []


# --- P2180: a manner of saying before 可理解为: --------------------------------------------------------------------------

def test_a_manner_of_saying_before_kelijiewei_is_no_part_of_term_or_gloss():
    lead = (
        "近年来,全国不少地区已突破性采取“点状用地”方式为休闲旅游项目落地某出路。“点状用地”通俗点可理解为:将项目用地区分为永久性建设用地"
        "和生态保留用地,其中永久性建设用地建多少供多少,剩余部分可只征不转,按租赁、划拨、托管等方式供项目业主使用。\n"
    )
    assert pairs(lead) == [
        ("“点状用地”", "可理解为:将项目用地区分为永久性建设用地和生态保留用地,其中永久性建设用地建多少供多少,剩余部分可只征不转,按租赁、划拨、托管等方式供项目业主使用。")
    ]


def test_a_reading_weighed_by_yinglijiewei_is_no_gloss():
    # P1936: 不能简单归结为…,而应理解为…: how a question is to be read, no colon, no term before it
    assert pairs("三乡工程是哪个部门管理”,不能简单归结为某一个单一机构,而应理解为一个跨部门协作、央地联动、多元共治的治理体系。\n") == []


# --- P2185: an answer's full-name restatement, and kinds named by their type word ----------------------------------------

_THREE_OLDS = (
    "一、什么是“三旧改造”?\n"
    "“三旧改造”全称是“旧城镇、旧厂房、旧村庄”的改造,属于城市更新的一种形式。该政策旨在通过政府引导、市场参与的方式,对老旧区域进行统一规划。\n"
    "三、三旧改造的意义\n"
    "1. 提升城市形象:通过改造老旧区域,改善城市面貌,增强城市吸引力。\n"
    "2. 优化土地资源:将低效用地转化为高效用途,提高土地经济价值。\n"
    "四、三旧改造的实施方式\n"
    "- 政府主导型:由政府统一规划、组织拆迁和建设。\n"
    "- 市场运作型:由开发商或企业参与,政府提供政策支持。\n"
    "- 村集体参与型:由村委会或村民代表参与决策和利益分配。\n"
)


def test_an_answer_restating_the_asked_term_before_its_full_name_opens_at_quancheng():
    assert pairs(_THREE_OLDS)[0] == (
        "“三旧改造”",
        "全称是“旧城镇、旧厂房、旧村庄”的改造,属于城市更新的一种形式。该政策旨在通过政府引导、市场参与的方式,对老旧区域进行统一规划。",
    )


def test_kinds_named_by_their_type_word_under_a_heading_are_entries_and_its_points_none():
    assert pairs(_THREE_OLDS)[1:] == [
        ("政府主导型", "由政府统一规划、组织拆迁和建设。"),
        ("市场运作型", "由开发商或企业参与,政府提供政策支持。"),
        ("村集体参与型", "由村委会或村民代表参与决策和利益分配。"),
    ]


# --- P2187: a counted name's semicolon clauses after a colon -----------------------------------------------------------

def test_a_counted_quoted_name_with_its_noun_before_a_colon_is_glossed_by_its_semicolon_clauses():
    copy = (
        "為集聚農村分散的生產要素形成脫貧攻堅合力,六盤水市2014年開始探索“三變”改革:村集體將“沉睡”的集體土地、林地、水域等自然資源要素"
        "通過入股等方式盤活;在不改變資金使用性質及用途的前提下,將各級財政投入到農村的資金量化為股金;農民自願將個人的資源、資產入股到經營主體,"
        "參與分紅成為股東。\n"
    )
    ((term, definition),) = pairs_unpinyined(copy)
    assert term == "“三變”改革"
    assert definition.startswith("村集體將“沉睡”的集體土地") and definition.endswith("參與分紅成為股東。")


def test_a_counted_name_before_a_colon_and_one_sentence_is_no_gloss():
    # no clauses run on with semicolons: the colon opens a remark, not the name's parts
    assert pairs("全市开始探索“三变”改革:这是一次深刻的农村改革,让农民得到了实惠。\n") == []


# --- P2191: a genus lead before 是, and a 性质: label ---------------------------------------------------------------------

_SUBSIDY = (
    "耕地保护补贴属于政策性收入,是国家为鼓励农民保护耕地、提升地力而发放的专项财政补贴,具有稳定性、持续性和政策导向性。\n"
    "-\n"
    "性质与目的:耕地保护补贴是政府为落实耕地保护政策而设立的经济补偿,不属于经营性收入。其核心目的是激励农民合理利用耕地。\n"
    "-\n"
    "发放标准:补贴通常按耕地面积计算(如确权面积或二轮承包面积),部分地区结合耕地质量等级实行差异化补贴。\n"
    "总结:耕地保护补贴是农民收入的稳定来源之一。\n"
)


def test_an_opening_genus_lead_is_left_out_and_a_nature_label_restating_the_term_defines_it():
    assert pairs(_SUBSIDY) == [
        ("耕地保护补贴", "是国家为鼓励农民保护耕地、提升地力而发放的专项财政补贴,具有稳定性、持续性和政策导向性。"),
        ("耕地保护补贴", "是政府为落实耕地保护政策而设立的经济补偿,不属于经营性收入。其核心目的是激励农民合理利用耕地。"),
    ]


def test_a_nature_label_over_a_sentence_not_restating_a_term_is_none():
    assert pairs("性质与目的:为了保障粮食安全,国家每年发放补贴。\n发放标准:按面积计算。\n") == []


# --- P2194: a description named by a bare 即 ----------------------------------------------------------------------------

_RETROFIT = (
    "農田宜機化改造工程是貫徹省“兩強一增”行動計劃的重要舉措。在一定農田區域內,采用工程技術措施,對零散、異形、坡度較大的田塊進行改造,"
    "并完善田間道路及配套水系,使得農田適宜農機通過和作業的改造過程即農田宜機化改造。\n"
    "通過丘陵山區農田宜機化改造可以再造4億畝良田。\n"
)


def test_a_description_closing_on_its_genus_names_its_term_by_a_bare_ji():
    assert ("農田宜機化改造", "在一定農田區域內,采用工程技術措施,對零散、異形、坡度較大的田塊進行改造,并完善田間道路及配套水系,使得農田適宜農機通過和作業的改造過程") in pairs(_RETROFIT)


def test_a_forward_ji_gloss_names_nothing_backward():
    # 即 after a word, not after a description closing on 的 and its genus: X即Y glosses forward, no backward name
    text = "我国长期以来面临的三农问题即农业农村农民问题。解决好农业农村农民问题是全党工作的重中之重。\n"
    assert all(term != "农业农村农民问题" for term, _ in pairs(text))


@given(st.text(alphabet="在一定區域內采用工程措施對田塊進行改造完善道路", min_size=8, max_size=40))
def test_a_bare_ji_naming_gives_the_description_before_it(description):
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.backward_names import named_after_description

    text = f"在一定農田區域內,{description}的改造過程即農田宜機化改造。推進農田宜機化改造。"
    named = named_after_description(_lines(text), [], text)
    assert [(f.term, f.definition) for f in named] == [("農田宜機化改造", f"在一定農田區域內,{description}的改造過程")]
