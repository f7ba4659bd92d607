"""The forty-ninth development set's false entries: an explainer's label items under a heading or lead-in saying what
the page tells of its one topic — its uses (``三、适用范围`` / ``PSL主要用于支持以下领域:``), the article's key points
(``本文核心要點``), the factors bearing on a figure (``…的影響因素``), how it is carried out (``三、实施机制``), its innovations
(``…的创新之处``) and its placing (``2.1 明确集群定位``) — read as glossary entries (P1666, P1668, P1669, P1680, P1703,
P1707). A glossary's items and the kinds a heading names stay entries."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.notes import _POINTS


def _terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


def test_uses_under_a_scope_heading_are_no_entries():
    # P1666: the fields a lending tool is used in
    page = (
        "抵押补充贷款(Pledged Supplementary Loan,简称PSL)是中国人民银行为支持特定政策性金融活动而设立的一种中期基础货币工具。\n"
        "三、适用范围\n"
        "PSL主要用于支持以下领域:\n"
        "- 棚户区改造:通过政策性银行向地方政府提供长期低成本资金。\n"
        "- “一带一路”建设:支持相关基础设施项目的融资。\n"
        "- 绿色金融:推动环保、低碳产业发展。\n"
        "- 小微企业融资:缓解中小企业融资难问题。\n"
    )
    terms = _terms(page)
    assert not {"棚户区改造", "“一带一路”建设", "绿色金融", "小微企业融资"} & set(terms)


def test_an_articles_key_points_are_no_entries():
    # P1669: section previews under 本文核心要點
    page = (
        "本文核心要點\n"
        "- 定義與使命: 深入理解香港外匯基金作為維持港元匯率穩定的金融基石。\n"
        "- 資產結構: 揭秘超過4萬億港元資產的詳細構成,包括債券、本地及海外股票等。\n"
        "- 投資策略: 剖析基金的「防守」與「進攻」策略,特別是長期增長組合(LTGP)的角色。\n"
    )
    assert not {"定義與使命", "資產結構", "投資策略"} & set(_terms(page))


def test_factors_and_mechanism_items_are_no_entries():
    # P1680: numbered factors under 財政自給率的影響因素
    factors = (
        "財政自給率的影響因素\n"
        "1、經濟情況:國家或地區的整體經濟狀況是影響財政自給率的主要因素。經濟繁榮通常意味著更高的稅收收入。\n"
        "2、稅收政策:稅收政策對財政自給率有重要影響。稅收政策的靈活性會直接影響政府的稅收收入。\n"
        "3、政府支出:政府的支出水平也是一個關鍵因素。如果政府增加支出,可能會導致財政赤字。\n"
    )
    assert not {"稅收政策", "政府支出"} & set(_terms(factors))
    # P1668: X :… lines after a lone dash under 三、实施机制 and a lead-in counting dimensions
    mechanism = (
        "一、评估体系的核心构成\n"
        "MPA从 七大维度 对金融机构进行综合评估,具体包括:\n"
        "-\n资本和杠杆情况 :评估机构资本充足率、杠杆率等指标,确保其具备抵御风险的能力。\n"
        "-\n定价行为 :约束金融机构的非理性定价行为,维护金融市场稳定。\n"
        "三、实施机制\n"
        "-\n动态评估框架 :采用每季度事后评估、月度监测与引导的机制,确保监管的及时性和有效性。\n"
        "-\n国际协调 :参考国际金融稳定局(IFSB)标准,提升国内监管体系的国际化水平。\n"
    )
    assert _terms(mechanism) == []


def test_a_glossarys_space_colon_lines_stay_entries():
    # counter-test: the same layout without a heading announcing points is a glossary (three X :… lines)
    page = (
        "税收 :国家依据税法向纳税人征收的财政收入。\n"
        "非税收入 :政府依法取得的税收以外的财政收入。\n"
        "债务收入 :政府通过举借债务取得的收入。\n"
    )
    assert _terms(page) == ["税收", "非税收入", "债务收入"]


def test_innovations_and_placing_items_are_no_entries():
    # P1703: numbered headword lines under 二、…的创新之处
    page = (
        "二、“一核多元”基层治理模式的创新之处\n\n"
        "1. 治理结构创新\n\n"
        "“一核多元”模式打破了传统的单一治理结构,形成了多元主体共同参与的治理格局,有利于提高基层治理的效能。\n\n"
        "2. 治理方式创新\n\n"
        "通过引入社会组织、企业等多元主体,丰富了基层治理的手段和方式,提高了基层治理的针对性和有效性。\n"
    )
    assert not {"治理结构创新", "治理方式创新"} & set(_terms(page))
    # P1707: bulleted aims under 2.1 明确集群定位
    placing = (
        "2.1 明确集群定位\n"
        "产业链党建集群的构建首先需要明确集群的定位,即:\n"
        "- 政治引领:充分发挥党组织的政治核心作用,引领产业链健康发展。\n"
        "- 服务发展:围绕产业链发展大局,为企业提供全方位服务。\n"
        "- 凝聚力量:整合产业链上下游资源,形成发展合力。\n"
    )
    assert not {"政治引领", "服务发展", "凝聚力量"} & set(_terms(placing))


def test_a_kinds_heading_announces_no_points():
    # counter-test: a heading naming kinds (三、主要类型) is no heading of points, unlike the scope heading above; the same
    # P1666 items under it are still no entries, since their glosses open with what is done (通过…, 支持…, 推动…), which
    # makes them a task list (measure_bullets.task_list)
    assert _POINTS.search("三、主要类型") is None
    assert _POINTS.search("三、适用范围") is not None


def test_an_organisations_bodies_with_duties_are_no_entries():
    # P1707: the layers an organisation is built of, each with its duties (as a body's departments, P1425)
    page = (
        "2.2 完善组织体系\n"
        "产业链党建集群的组织体系应包括以下层次:\n"
        "- 集群党委:作为集群的最高领导机构,负责集群党建工作的全面统筹。\n"
        "- 产业链党总支:负责产业链党建工作的具体实施。\n"
        "- 企业党支部:作为集群的基础单元,负责企业内部的党建工作。\n"
    )
    assert not {"集群党委", "产业链党总支", "企业党支部"} & set(_terms(page))


def test_a_factor_or_a_placing_named_as_the_word_itself_stays_a_term():
    # review: 因素 and 定位 head the points only as the page's factors (…的影響因素, 影响因素) or its placing (明确…定位,
    # …的定位); a textbook's numbered words with a 含义 sub-item (1.市场定位, 2.风险因素) are terms, as 资源型城市 is
    page = (
        "1.市场定位\n(1)含义:企业根据目标市场上同类产品竞争状况,为本企业产品塑造特定形象的活动。\n(2)作用\n"
        "2.风险因素\n(1)含义:促使某一特定风险事故发生或增加其发生的可能性的条件。\n(2)分类\n"
        "3.资源枯竭型城市\n(1)含义:资源开采殆尽的城市。\n"
    )
    assert _terms(page) == ["市场定位", "风险因素", "资源枯竭型城市"]
    assert _POINTS.search("財政自給率的影響因素") and _POINTS.search("2.1 明确集群定位") and _POINTS.search("三、影响因素")
    assert not _POINTS.search("市场定位") and not _POINTS.search("风险因素")
