"""The hundred-and-fifteenth development set's press pages P3228, P3230–P3248 (charity, volunteering and civil affairs:
news and commentary sites, law and exam sites, university-hosted articles, Hong Kong and Taiwan pages). Each mend has the
real sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape
it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a bulleted list of kinds, each glossed after a single spaced dash (P3248) ---

_CHARITABLE_PURPOSES = (
    "何謂「慈善用途」?\n\n"
    "要符合第88條的豁免資格,機構必須純粹為以下一項或多項公認的慈善目的而設立:\n\n"
    "  • 救助貧困 – 紓緩經濟困難及改善生活條件的計劃和服務。\n"
    "  • 促進教育 – 教育機構、獎學金計劃、研究項目及教育支援服務。\n"
    "  • 推廣宗教 – 推廣靈性發展的宗教組織及活動。\n"
)


def test_bullets_glossed_after_a_spaced_en_dash_are_entries():
    assert pairs(_CHARITABLE_PURPOSES) == [
        ("救助貧困", "紓緩經濟困難及改善生活條件的計劃和服務。"),
        ("促進教育", "教育機構、獎學金計劃、研究項目及教育支援服務。"),
        ("推廣宗教", "推廣靈性發展的宗教組織及活動。"),
    ]


def test_a_spaced_em_dash_reads_the_same():
    assert pairs(_CHARITABLE_PURPOSES.replace(" – ", " — ")) == pairs(_CHARITABLE_PURPOSES)


def test_a_lone_dashed_bullet_or_a_dash_between_years_is_no_gloss():
    assert pairs("  • 新華社 – 2020年5月1日電\n\n本會於2021–2025年推行計劃。\n") == []
    # (an unspaced dash inside the name joins a range: no separator)
    assert pairs("  • 2021–2025年規劃\n  • 2026–2030年規劃\n") == []


# --- a summary box's numbered points (要點一: …): the point's place in the list, no term (P3248) ---

_KEY_POINTS = (
    "📋 重點速覽\n\n"
    "  • 要點一: 《稅務條例》第88條為合資格的公共性質慈善機構及信託提供利得稅豁免。\n"
    "  • 要點二: 捐款人可享稅務扣除,上限為應評稅入息或利潤的35%,最低捐款額為100港元。\n"
    "  • 要點三: 截至2024年9月,香港共有10,699間獲豁免繳稅的慈善機構,2024年新增578間,撤銷267間。\n"
    "  • 要點四: 稅務局於2023-2024年度推出正式化申請程序,以配合香港發展成為慈善中心。\n"
)


def test_numbered_key_points_are_no_entries():
    assert pairs(_KEY_POINTS) == []


def test_a_word_holding_yaodian_is_still_a_term():
    text = "  • 工作要点:指一年工作的主要安排。\n  • 审计要点:指审计中需要重点关注的事项。\n"
    assert [term for term, _ in pairs(text)] == ["工作要点", "审计要点"]


# --- 首屈一指 is an idiom, no 指 marker (P3248) ---

_FOREMOST_HUB = (
    "隨著香港致力發展成為亞洲首屈一指的慈善樞紐,無論是慈善機構、捐款人還是家族辦公室,"
    "了解《稅務條例》第88條下的稅務豁免都變得前所未有的重要。\n"
)


def test_shouqu_yizhi_is_no_marker():
    assert pairs(_FOREMOST_HUB) == []
    assert pairs("这样的企业在全国屈指可数。\n") == []


def test_a_bare_zhi_after_another_word_still_defines():
    assert pairs("慈善樞紐指匯聚慈善資源並協調慈善活動的中心城市。\n") == [("慈善樞紐", "指匯聚慈善資源並協調慈善活動的中心城市。")]


# --- 而X则是: another headword's contrast ends the definition before it (P3242) ---

_LEGAL_ORGANISATIONS = (
    "徐家良\n"
    "合法社会组织是根据国家法律法规在县级以上民政部门注册登记,在社会中有序开展互益或公益活动的非营利法人。"
    "它们具有非营利性、非行政性和自治性等属性,依法依规推进国家发展和社会主义现代化建设。"
    "而非法社会组织则是未经县级以上民政部门注册登记但活跃在社会上的一类“机构”,谋取私利。"
    "非法社会组织大多漠视国家法律规范和基本道德约束。\n"
    "非法社会组织对社会组织合法权益的损害,主要是损害声誉、资源侵占和牵连责任三方面。\n"
)


def test_a_contrasted_headword_ends_the_definition_before_it():
    assert (
        "合法社会组织",
        "是根据国家法律法规在县级以上民政部门注册登记,在社会中有序开展互益或公益活动的非营利法人。"
        "它们具有非营利性、非行政性和自治性等属性,依法依规推进国家发展和社会主义现代化建设。",
    ) in pairs(_LEGAL_ORGANISATIONS)


def test_a_pronoun_or_the_same_word_after_er_ze_ends_nothing():
    for other in ("后者", "合法社会组织"):
        text = _LEGAL_ORGANISATIONS.replace("而非法社会组织则是", "而" + other + "则是")
        definitions = [d for t, d in pairs(text) if t == "合法社会组织"]
        assert definitions and all("而" + other + "则是" in d for d in definitions)


# --- a comparison title (A和B的区别) asks what each of the two is (P3241; P3085 of dev-110) ---

_SOCIAL_WORKERS = (
    "社工师和社区工作者的区别(社工师与社区工作者不同)\n"
    "2人看过\n"
    "社工师与社区工作者的区别是近年来社会服务领域中一个重要的议题。\n"
    ":社工师是经过专业培训并取得资格认证的社工,主要承担社会工作专业服务,如个案管理、小组工作、社区发展等。"
    "而社区工作者则是基层社区中负责日常管理、服务提供和资源整合的人员,其工作范围更广泛,涵盖居民服务、社区治理、公共事务等。"
    "两者在职业定位上有所区别,但也在实践中存在协作与互补关系。\n"
    "一、职业定位与职责范围\n"
    "社工师是专业社会工作者,其职业定位更偏向于社会工作专业领域,通常在社会组织、公益机构、社区服务中心等机构中工作,"
    "承担专业化的社会服务职能。\n"
    "社区工作者则更多是基层社区中的一线工作人员,职责范围涵盖居民服务、社区管理、公共事务处理、政策执行等。\n"
    "二、职业培训与资格认证\n"
)


def test_each_compared_word_s_is_sentence_is_its_definition():
    assert pairs(_SOCIAL_WORKERS) == [
        ("社工师", "是经过专业培训并取得资格认证的社工,主要承担社会工作专业服务,如个案管理、小组工作、社区发展等。"),
        (
            "社区工作者",
            "是基层社区中负责日常管理、服务提供和资源整合的人员,其工作范围更广泛,涵盖居民服务、社区治理、公共事务等。"
            "两者在职业定位上有所区别,但也在实践中存在协作与互补关系。",
        ),
        (
            "社工师",
            "是专业社会工作者,其职业定位更偏向于社会工作专业领域,通常在社会组织、公益机构、社区服务中心等机构中工作,"
            "承担专业化的社会服务职能。",
        ),
        ("社区工作者", "更多是基层社区中的一线工作人员,职责范围涵盖居民服务、社区管理、公共事务处理、政策执行等。"),
    ]


def test_without_a_comparison_title_a_bare_shi_paragraph_is_not_read():
    # (the same paragraphs under a plain title: the bare 是 still wants the class named by the term's head word)
    text = _SOCIAL_WORKERS.replace("社工师和社区工作者的区别(社工师与社区工作者不同)", "社会服务领域的人才队伍建设")
    assert ("社区工作者", "更多是基层社区中的一线工作人员,职责范围涵盖居民服务、社区管理、公共事务处理、政策执行等。") not in pairs(text)


def test_a_compared_word_judged_is_no_definition():
    # (weighed as an asked word's answer is: 什么是X? / X是…的关键力量 gives nothing either)
    text = "社工师和社区工作者的区别\n社工师是社会服务的重要力量。\n社区工作者是基层治理的关键力量。\n"
    assert pairs(text) == []
    # (and a sentence about the difference itself, with its full stop, is no heading)
    assert pairs("社工师和社区工作者的区别很大。社区工作者是基层社区中负责日常管理的人员。\n") == []


# --- a section heading's numbered meaning label (一、 X / 1. 核心含义 / 这是…): X's definition (P3236) ---

_TAX_QUALIFICATIONS = (
    "依据《中华人民共和国企业所得税法》《中华人民共和国个人所得税法》:\n"
    "一、 公益性捐赠税前扣除资格\n"
    "1. 核心含义\n"
    "这是捐赠方(企业或个人)享受税前扣除优惠的前提条件,即只有向取得该资格的公益性社会组织捐赠,"
    "捐赠方的捐赠支出才能在计算应纳税所得额时扣除。\n"
    "2. 关键规则\n"
    "o 企业捐赠:年度利润总额 12% 以内的部分,准予在计算应纳税所得额时扣除;超过部分,准予结转以后 3 年内扣除。\n"
    "二、 非营利组织免税资格\n"
    "1. 核心含义\n"
    "这是非营利组织自身享受税收优惠的资格,即取得该资格的组织,其符合条件的收入可以免征企业所得税。仅针对免税收入,并非所有收入。\n"
    "2. 关键规则\n"
    "o 资格认定:由省级(含)以上财政、税务部门联合认定,资格有效期为 5 年,期满后需重新申请。\n"
)


def test_a_meaning_label_under_a_section_heading_glosses_the_heading_s_term():
    assert pairs(_TAX_QUALIFICATIONS) == [
        (
            "公益性捐赠税前扣除资格",
            "是捐赠方(企业或个人)享受税前扣除优惠的前提条件,即只有向取得该资格的公益性社会组织捐赠,"
            "捐赠方的捐赠支出才能在计算应纳税所得额时扣除。",
        ),
        (
            "非营利组织免税资格",
            "是非营利组织自身享受税收优惠的资格,即取得该资格的组织,其符合条件的收入可以免征企业所得税。仅针对免税收入,并非所有收入。",
        ),
    ]


def test_a_section_without_a_meaning_label_first_is_left_to_the_other_readers():
    from policyterms.mining.extract_layouts.meaning_subheadings import meaning_subheading_entries

    text = _TAX_QUALIFICATIONS.replace("1. 核心含义", "1. 适用范围")
    assert meaning_subheading_entries(text) == ([], set())
    # (nor a meaning label with no section heading above it)
    assert meaning_subheading_entries("1. 核心含义\n这是前提条件。\n") == ([], set())


# --- a headword line over a case study (以X为例,…): an instance, no gloss (P3228) ---

_FLOWERBED_BURIAL = (
    "节地生态花坛葬\n\n"
    "以郑州黄河纪念公园为例,该陵园积极响应国家殡葬改革政策,推出了免费的节地生态花坛葬服务,将骨灰安葬于精心打造的花坛景观中,"
    "让逝者长眠于鲜花绿植之间。\n"
)


def test_a_case_study_under_a_headword_line_is_no_gloss():
    assert pairs(_FLOWERBED_BURIAL) == []


def test_a_gloss_naming_its_example_later_is_kept():
    text = "节地生态花坛葬\n\n指将骨灰安葬于花坛景观中的一种节地生态葬法,以郑州黄河纪念公园为例,免费提供。\n"
    assert pairs(text) == [("节地生态花坛葬", "指将骨灰安葬于花坛景观中的一种节地生态葬法,以郑州黄河纪念公园为例,免费提供。")]


# --- a procedure heading over its numbered steps: no gloss (P3233) ---

_RATING_STEPS = (
    "4. 星级评定流程\n"
    "1、志愿者在志愿汇APP中完成志愿服务活动,系统自动记录参与次数、活跃度和贡献度。\n"
    "2、每季度进行一次星级评定,系统根据志愿者的参与度、活跃度和贡献度进行评分。\n"
    "3、根据评分结果,系统自动调整志愿者的星级。\n"
)


def test_a_procedure_heading_over_numbered_steps_is_no_entry():
    assert pairs(_RATING_STEPS) == []


def test_a_procedure_word_glossed_by_a_marker_stays():
    assert pairs("简易程序:指基层人民法院审理事实清楚、争议不大的简单民事案件所适用的程序。\n") == [
        ("简易程序", "指基层人民法院审理事实清楚、争议不大的简单民事案件所适用的程序。")
    ]
