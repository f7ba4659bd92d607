"""False entries from feature, aspect, measure and effect label lines, section titles and restatements on one-term answer and
explainer pages (the thirty-eighth set): each rule on the real lines of the page it was written for, and a counter-test
with a real sentence it must not take."""

from __future__ import annotations

from pathlib import Path

from policyterms.mining.extract_layouts.false_glosses import members_only
from policyterms.mining.extract_layouts.headwords import _EARLIEST_FORM, _points_below
from policyterms.mining.extract_layouts.notes import announces_points, section_subtitle, titled_section
from policyterms.mining.extract_layouts.section_headings import bare_section_title
from conftest import pairs_unpinyined as pairs

APPENDICES = Path(__file__).parent / "data" / "appendices"


def terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


# --- label lines under a lead-in announcing features, aspects, goals, paths or key points ---------------------------------

P1020 = """公益性岗位是指由政府出资或引导社会资金开发,以满足公共利益为目的的服务性岗位。这些岗位通常优先安排给就业困难人员或特殊群体,旨在帮助他们实现就业和再就业。
公益性岗位的特点包括:
非营利性:岗位的目的主要是服务社会,不以盈利为目的。
社会服务性:工作内容通常涉及社区服务和公共事务管理等领域。
政府扶持性:政府通过政策扶持和资金支持来设立和维护这些岗位。
"""

P1021 = """村规民约是指由村民大会或者村民代表会议讨论通过,旨在规范村民行为,维护村民权益,促进乡村和谐稳定的一种规章制度。它通常包括以下几个方面:
1. 维护社会秩序:规定村民应遵守的社会秩序,如不参与赌博、不进行封建迷信活动等。
2. 保护生态环境:强调保护自然资源,维护生态环境,如不乱砍滥伐、不乱扔垃圾等。
3. 邻里关系:规范村民之间的邻里关系,如互帮互助、和睦相处等。
村规民约是基层群众自治制度的重要组成部分,对于加强乡村治理、促进乡村文明建设具有重要意义。
"""

P1054 = """### 1. 背景介绍
区域评审是指对某一特定区域的发展规划、产业布局、基础设施建设等进行全面审查和评估的过程。在我国,区域评审通常由政府相关部门牵头,旨在确保区域发展规划的科学性、合理性和可行性。
## 二、区域评审的关键环节
### 1. 规划编制
区域评审的首要环节是规划编制。在编制规划过程中,需要充分考虑以下因素:
- **区域特点**:深入分析区域资源禀赋、产业结构、地理位置等,为规划提供依据。
- **发展目标**:明确区域发展的长远目标,包括经济增长、社会进步、生态保护等方面。
- **重点任务**:根据发展目标,确定区域发展的重点任务,为评审提供方向。
"""

P1072 = """港城融合,是指香港与内地城市,特别是珠三角地区的城市之间的深度融合。随着国家发展战略的不断推进,港城融合已成为推动粤港澳大湾区发展的重要引擎。
二、港城融合的新蓝图
1. 发展目标
港城融合的发展目标可以概括为以下几点:
- 打造世界级城市群:将粤港澳大湾区建设成为具有国际影响力的世界级城市群。
- 优化产业布局:推动产业协同发展,形成优势互补的产业格局。
2. 发展路径
为实现上述目标,港城融合应采取以下发展路径:
- 深化政策对接:推动两地政策协同,为港城融合提供有力支持。
- 加强基础设施建设:加快交通、通信等基础设施建设,提升互联互通水平。
三、创新合作之道
1. 产业创新合作
- 共同研发:推动两地企业开展联合研发,提升创新能力。
- 产业链协同:加强产业链上下游企业合作,形成完整的产业链。
"""

P1029 = """城乡居民“两病”门诊用药保障政策主要针对高血压和糖尿病患者,无需起付线、报销比例最高达70%,且认定流程简化,实现“开方即享待”。以下是核心要点:

  1. 覆盖人群与办理流程
    参加城乡居民医保且需长期药物治疗的“两病”患者均可享受待遇。患者只需在二级及以下定点医疗机构由医师开具诊断处方,即可直接纳入保障范围。

  2. 报销规则与待遇标准

    • 无起付线:取消门槛费,购药即按比例报销。
    • 比例提升:多数地区报销比例从50%提高至70%,基层医疗机构报销比例更高。
  3. 购药与结算方式
    患者需在定点医疗机构购药,系统自动结算,仅需支付自付部分。

建议符合条件的患者及时咨询当地医保部门,确保充分享受政策红利。
"""


def test_feature_lines_under_a_features_lead_in_are_no_entries():
    assert terms(P1020) == ["公益性岗位"]


def test_aspect_lines_under_an_indefinite_count_of_aspects_are_no_entries():
    assert terms(P1021) == ["村规民约"]
    assert pairs(P1021)[0][1].endswith("它通常包括以下几个方面:")


def test_factor_goal_and_path_lines_are_no_entries():
    assert terms(P1054) == ["区域评审"]
    assert terms(P1072) == ["港城融合"]


def test_key_points_of_a_policy_are_no_entries():
    assert pairs(P1029) == []


def test_points_lead_in_shapes():
    assert announces_points("公益性岗位的特点包括:")
    assert announces_points("…的一种规章制度。它通常包括以下几个方面:")
    assert announces_points("区域评审的首要环节是规划编制。在编制规划过程中,需要充分考虑以下因素:")
    assert announces_points("港城融合的发展目标可以概括为以下几点:")
    assert announces_points("为实现上述目标,港城融合应采取以下发展路径:")
    assert announces_points("…实现“开方即享待”。以下是核心要点:")
    assert announces_points("…提高党员队伍的纯洁性和战斗力。以下是关于党员积分的一些关键点:")


# counter: a counted list of aspects names a term's kinds (P1001), and a bare 具体包括: a slogan's parts (P1076)

P1001 = """【什么是三生教育】“三生教育”是中国近年来在教育领域提出的一项重要理念,旨在通过生命教育、生存教育和生活教育三个方面的结合,全面提升学生的综合素质。
一、三生教育的核心
三生教育主要包括以下三个方面:
1. 生命教育:帮助学生认识生命的意义,尊重生命,珍惜生命,增强生命意识。
2. 生存教育:培养学生的基本生存技能,包括自我保护、应急处理、劳动技能等。
3. 生活教育:引导学生树立正确的价值观,学会合理规划生活,提升生活质量。
这三者相辅相成,共同构建一个全面发展的教育体系。
"""

P1076 = """“七通一平”是一个 基础设施和场地平整的综合性概念,用于描述一个区域在开发或建设时必须满足的七项基本条件和一项基础设施要求。具体包括:
通电:
确保区域内的电力供应,提供必要的能源保障。
通路:
指区域内交通运输网络的建设,保证物资与人员的流动。
通暖:
特别是在寒冷地区,确保基础设施的采暖系统能够有效运行。
通气:
指天然气供应,支持生产与生活的基本能源需求。
"""


def test_points_counter_counted_kinds_and_a_slogans_parts_stay():
    assert not announces_points("三生教育主要包括以下三个方面:")
    assert not announces_points("…七项基本条件和一项基础设施要求。具体包括:")
    assert terms(P1001) == ["生命教育", "生存教育", "生活教育"]
    assert terms(P1076) == ["通电", "通路", "通暖", "通气"]


# --- a heading over labelled points (P1039) ---------------------------------------------------------------------------

P1039 = """党员积分是一种对党员表现进行量化评估的制度,旨在通过积分管理来激励党员发挥先锋模范作用,提高党员队伍的纯洁性和战斗力。以下是关于党员积分的一些关键点:
积分设置
年度积分:通常按年度计算,满分为100分,包括基础分、任务分和奖励分。
月度积分:有的地方按每月100分计算,包括理论学习、服务群众、工作创新等多个方面。
积分构成
基础分:通常为20分,根据党章规定的党员基本义务和党组织对党员的基本要求进行赋分。
任务分:根据党员个人岗位职责和承诺事项进行赋分,每月赋分5-6分。
积分作用
激励作用:通过积分奖励,激发党员积极性,促使党员肩上有责、争先有标。
约束作用:通过积分扣分,对不当行为进行处罚,强化党员的责任意识。
"""


def test_heading_over_labelled_points_is_no_headword():
    assert terms(P1039) == ["党员积分"]


def test_heading_over_labelled_points_counter_a_cards_fields():
    # a dictionary card's fields (书籍:, 出处:) under its headword are no points: the headword still counts
    assert not _points_below(["书籍:人民代表大会工作辞典 更新时间:2018-09-09 23:50:28", "出处:按学科分类—政治、法律 第610页"])
    card = (
        "统计\n\n书籍:人民代表大会工作辞典 更新时间:2018-09-09 23:50:28\n\n出处:按学科分类—政治、法律 第610页\n\n"
        "统计资料、统计工作和统计学三者的总称。\n\n统计资料主要是用数字描述现象总体的发展水平。统计工作是指取得和应用统计资料的工作过程。\n\n分享到:\n"
    )
    assert terms(card) == ["统计"]


# --- a bare section title, an earliest-form sentence and a type's frame (P1053) ----------------------------------------

P1053 = """“飛地經濟”是指兩個相互獨立、經濟發展存在落差的行政地區打破原有行政區劃限制,通過跨空間的行政管理和經濟開發,實現兩地資源互補、經濟協調發展的壹種區域經濟合作模式。
特點為由點對點的企業轉移轉變為區對區的產業轉移,由單純的資金承接轉變為管理與項目的復合承接。
形成原因
按飛地形成的原因,可分為集約用地型、優勢互補型、產業梯度轉移型。
集約用地型
該類型是“飛地經濟”模式的最早表現形式,以福州市永泰縣建立馬洋工業集中區為代表。它不僅探尋了山區經濟發展的新思路,更是探尋了壹種平衡各行政區域間利益的方法。
優勢互補型
該類型中,飛入地和飛出地經濟發展水平近似,但各自的資源稟賦能夠形成很好的優勢互補,通過“飛地經濟”的發展能夠達到雙贏。典型案例如大連市長海縣與普蘭店市的合作。
產業梯度轉移型
該類型中,飛入地主要承接飛出地的產業轉移,往往飛出地具有雄厚的資金優勢、先進的基地管理經驗,此時飛地經濟工業園成為首選之地。
"""


def test_section_title_and_earliest_form_are_no_entries_and_a_types_frame_is_left_out():
    got = pairs(P1053)
    assert [term for term, _ in got] == ["“飛地經濟”", "優勢互補型", "產業梯度轉移型"]
    assert got[1][1].startswith("飛入地和飛出地經濟發展水平近似")
    assert bare_section_title("形成原因") and bare_section_title("背景与意义")


def test_section_title_counter_a_yearbook_criterion_heading_and_a_first_sense():
    # 43: a yearbook's headword naming its own criterion (…的资金来源 / 根据…不同,分为…) is a term, no bare title
    assert not bare_section_title("固定资产投资的资金来源") and not bare_section_title("资金来源")
    text = (APPENDICES / "43-sichuan-2011-yearbook-investment.txt").read_text("utf-8")
    assert "固定资产投资的资金来源" in terms(text.partition("\n\n")[2])
    # a new word's first sense (好家伙 / 最早是相声中常见的语气词) is no earliest form of a topic
    assert _EARLIEST_FORM.match("最早是相声中常见的语气词,表示惊讶。") is None


# --- a numbered section title with its subtitle (P1026) ----------------------------------------------------------------

P1026 = """东莞双百工程站管理办法:如何规范运行与提升服务质量
一、背景与意义:为何要出台管理办法?
东莞是全国人口最多的城市之一,常住人口超千万,城乡结构复杂、流动人口密集,对基层治理能力提出了更高要求。
二、核心内容:管理办法的重点条款解析
(1)明确组织架构与职责分工
办法明确规定,每个双百工程站实行“站长负责制”,由具备社会工作专业背景或相关经验的专职人员担任站长。
"""


def test_section_titles_with_subtitles_are_no_entries():
    assert pairs(P1026) == []
    assert section_subtitle("一、背景与意义:为何要出台管理办法?")
    assert titled_section("二、核心内容:管理办法的重点条款解析")


def test_section_titles_counter_numbered_definitions_and_a_list_of_places():
    assert not titled_section("一、城镇:城市和集镇") and not titled_section("四、“三公”经费决算数:指…")
    assert not section_subtitle("一、三公经费:为因公出国(境)费、公务接待费")


# --- a closed list after 即 (P1034) ------------------------------------------------------------------------------------

P1034 = """在此基础上,宁波市农业农村局将其提炼成能复制、易推广的乡村治理“新工具”,即清单制、村民说事、对账制与积分制。为了让“新工具”更直观理解并有效应用,这些“新工具”也被精炼总结为“一张图”。
今天打开乡村治理“工具箱”要说的“新工具”是——“清单制”。
"""


def test_closed_list_after_ji_for_an_uncounted_term_is_no_entry():
    assert pairs(P1034) == []
    assert members_only("“新工具”", "即清单制、村民说事、对账制与积分制。")


def test_closed_list_counter_counted_slogan_and_abbreviation():
    # P1016: “三分”即分權、分稅、分管。(a counted slogan's parts); an abbreviation spelled by its parts
    assert not members_only("“三分”", "即分權、分稅、分管與分級。")
    assert not members_only("“放管服”", "即简政放权、放管结合与优化服务。")


# --- an honour and a duty (P1051) --------------------------------------------------------------------------------------

P1051 = """何为“链主”?简单来说,就是一条产业链上的“当家人”或是“协调人”。与龙头企业不同,被认定为“链主”的企业,不仅自身实力雄厚,还能发挥“领头羊”的作用。

事实证明,独行快,众行远。“链主”是响当当的荣誉,更是沉甸甸的责任。为更好发挥“链主”企业的带动作用,要继续加大扶持力度,优化创新环境。
"""


def test_honour_and_duty_sentence_is_no_definition():
    assert ("“链主”", "是响当当的荣誉,更是沉甸甸的责任。为更好发挥“链主”企业的带动作用,要继续加大扶持力度,优化创新环境。") not in pairs(P1051)
    assert not any(definition.startswith("是响当当的荣誉") for _, definition in pairs(P1051))


def test_honour_counter_the_answer_restating_its_term():
    # the page's answer with its subject written out (何为“链主”? / “链主”是一条产业链上的…) still defines
    page = "何为“链主”?\n“链主”是一条产业链上的“当家人”或是“协调人”。与龙头企业不同,被认定为“链主”的企业,不仅自身实力雄厚,还能发挥“领头羊”的作用。\n"
    assert terms(page) == ["“链主”"]


# --- an example's clauses and the term summed up (P1078) ---------------------------------------------------------------

P1078 = (
    "什么叫亩均税收\n\n【什么叫亩均税收】亩均税收是指入驻项目投产达效后,每个会计年度每亩地的纳税标准 。例如 , 投资商在一个10亩的土地上建厂生产商品 , "
    "纯利润1000万,需纳税100万,平均一亩的纳税额就是10万块 , 也就是亩均税收为10万块,因此我们可知亩均税收就是总纳税额与土地总亩数的比值 。"
)


def test_example_clauses_and_a_summed_up_restatement_stay_in_the_definition():
    got = pairs(P1078)
    assert [term for term, _ in got] == ["亩均税收"]
    assert got[0][1].startswith("是指入驻项目投产达效后") and got[0][1].endswith("比值 。")


def test_example_counter_a_run_in_clause_of_another_term_still_opens_an_entry():
    text = "  2003年7月,他第一次系统地提出了“八八战略”。\n\n  八个优势是指发挥浙江体制机制、区位、块状特色产业、城乡协调发展、生态、山海资源、环境和人文八个方面,八项举措就是分别针对这八个优势提出的落实方法。\n"
    assert ("八项举措", "就是分别针对这八个优势提出的落实方法。") in pairs(text)
