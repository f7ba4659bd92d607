"""The ninety-ninth development set's press pages P2748–P2755 (government services and administrative reform: a consultancy's
commentary, a Taiwan legal-terms site, an evening paper's commentary, a company's news reprint, a Hong Kong portal's feature,
legal Q&A answers, an e-paper's news item). Each mend has the real sentences it was written from (short excerpts, the press
pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.sibling_ends import before_derived_word


# --- a run-in numbered item keeps the full stop before the next number (P2755) ------------------------------------------


def test_run_in_items_keep_their_full_stops():
    page = (
        "律师解答:\n"
        "电子证照查询系统是指在互联网上建立一套统一的、全国性的网上窗口,提供各种电子证照信息查询和验证服务。"
        "电子证照查询系统主要包括以下几个方面:1. 政务认证:通过国家认证核心技术,确保政务数据的真实性和可信度。"
        "2. 信息查询:提供全国各地电子证照查询服务,包括身份证明、户籍证明等。"
        "3. 验证查询:可验证民生领域相关证件真伪,如社保信息、公积金信息等。"
        "值得注意的是,虽然电子证照查询系统可以提高政务办事效率,但同时也需要注意个人隐私和信息安全问题。\n"
    )
    entries = pairs(page)
    assert ("政务认证", "通过国家认证核心技术,确保政务数据的真实性和可信度。") in entries
    assert ("信息查询", "提供全国各地电子证照查询服务,包括身份证明、户籍证明等。") in entries
    assert ("验证查询", "可验证民生领域相关证件真伪,如社保信息、公积金信息等。") in entries


def test_run_in_items_parted_by_semicolons_leave_them_out():
    page = "拨款是指财政部门拨付资金的行为。拨款有两种方式:1.划拨资金:按预算一次下拨;2.限额拨款:按限额分次拨付资金。\n"
    entries = pairs(page)
    assert ("划拨资金", "按预算一次下拨") in entries
    assert ("限额拨款", "按限额分次拨付资金。") in entries


# --- 则 closing a word (原则, 规则 …) is no turn to a derived word (P2749) -------------------------------------------------


def test_principle_named_after_the_gloss_is_no_derived_word():
    definition = (
        "行政機關對於某類事件反覆為相同處理時,將產生行政先例。是以,行政機關就同類事件行使裁量權時,如果沒有正當理由,"
        "即應受行政先例之拘束,不得為相異的處理,此即行政自我拘束原則。"
    )
    assert before_derived_word("行政自我拘束", definition) == definition
    simplified = "行政机关对于某类事件反复为相同处理时,将产生行政先例,此即行政自我拘束原则。"
    assert before_derived_word("行政自我拘束", simplified) == simplified


def test_headword_lines_of_a_legal_terms_page_keep_the_principle_sentence():
    page = (
        "行政程序法\n"
        "規定行政機關作成行政處分、締結行政契約等行為,所應遵循程序的法律。\n"
        "行政自我拘束\n"
        "行政機關對於某類事件反覆為相同處理時,將產生行政先例(又稱行政慣行)。是以,行政機關就同類事件行使裁量權時,"
        "即應受行政先例之拘束,不得為相異的處理,此即行政自我拘束原則。倘若行政機關未遵循行政先例,即屬違反平等原則。\n"
        "差別待遇\n"
        "對特定群體為不同於一般的處置或對待。\n"
    )
    assert (
        "行政自我拘束",
        "行政機關對於某類事件反覆為相同處理時,將產生行政先例(又稱行政慣行)。是以,行政機關就同類事件行使裁量權時,"
        "即應受行政先例之拘束,不得為相異的處理,此即行政自我拘束原則。倘若行政機關未遵循行政先例,即屬違反平等原則。",
    ) in pairs(page)


def test_a_derived_word_turned_to_with_ze_still_ends_the_gloss():
    # the guard: a word built on the term and 则 (…,适老化的概念则涵盖…) still ends the term's gloss at the comma
    assert before_derived_word("“适老”", "即适应中老年人的生理状态和心理需求,适老化的概念则涵盖生活的方方面面。") == "即适应中老年人的生理状态和心理需求"


# --- a 制度 classed as a 机制, a slogan's commas inside the class clause (P2748) -----------------------------------------

_LEAD = (
    "李克强总理在今年的政府工作报告中指出,建立政务服务“好差评”制度,服务绩效由企业和群众来评判。政府部门做好服务是本分,"
    "服务不好是失职。\n\n"
)


def test_institution_classed_as_a_mechanism_with_a_quoted_slogan():
    paragraph = (
        "“好差评”制度是一种“始于获得感,终于获得感”的政务服务评价机制,也将在某种程度上作用于政务服务产品的设计、运营以及创新。"
        "“好差评”制度将重建政务服务价值坐标与创新评价机制。\n"
    )
    assert pairs(_LEAD + paragraph) == [
        (
            "“好差评”制度",
            "是一种“始于获得感,终于获得感”的政务服务评价机制,也将在某种程度上作用于政务服务产品的设计、运营以及创新。"
            "“好差评”制度将重建政务服务价值坐标与创新评价机制。",
        )
    ]


def test_institution_given_a_standing_stays_out():
    # the guard: a class clause closing on another noun (保障, 生命线) names a standing, no kin of 制度
    for paragraph in (
        "“好差评”制度是一种“始于获得感,终于获得感”的政务服务重要保障,也将作用于政务服务产品的设计。“好差评”制度将重建政务服务价值坐标。\n",
        "“好差评”制度是“始于获得感,终于获得感”的政务服务的生命线,也将作用于政务服务产品的设计。“好差评”制度将重建政务服务价值坐标。\n",
    ):
        assert pairs(_LEAD + paragraph) == []


# --- a piece of the term above and an aspect word (清单主体) goes on about it (P2754) ------------------------------------


def test_main_part_of_the_thing_above_is_no_new_word():
    page = (
        "市场准入负面清单制度,是指以清单方式明确列出中华人民共和国境内禁止和限制投资经营的行业、领域、业务等,"
        "各级政府依法采取相应管理措施的一系列制度安排。\n\n"
        "清单主体包括“禁止准入类”和“许可准入类”两大类,共151个事项、581条具体管理措施。对于禁止类事项,市场主体不得进入,行政机关不予审批。\n"
    )
    assert pairs(page) == [
        (
            "市场准入负面清单制度",
            "是指以清单方式明确列出中华人民共和国境内禁止和限制投资经营的行业、领域、业务等,各级政府依法采取相应管理措施的一系列制度安排。",
        )
    ]


def test_a_sibling_below_still_defined_by_what_it_includes():
    # the guard: 住户存款指… / 住户贷款包括…: a sibling word (住户 + 贷款, no aspect word) is its own entry
    page = "住户存款指住户在银行的存款。\n\n住户贷款包括消费贷款和个人经营性贷款。\n"
    assert ("住户贷款", "包括消费贷款和个人经营性贷款。") in pairs(page)


# --- a 证书 classed as a 证明 (P2675, the ninety-sixth set) ----------------------------------------------------------------


def test_certificate_classed_as_a_proof():
    page = (
        "职业资格证书VS职业技能等级证书\n"
        "不同发行主体\n"
        "职业资格证书是劳动者具有从事某种职业所需的知识和技能的证明。是政府认可的评估鉴定机构,按照国家制定的职业技能标准或资格,"
        "对劳动者的技能水平或职业资格进行客观、公正、科学、规范的评价和鉴定,并授予相应的职业资格。\n"
        "职业技能等级证书是指该岗位应具备的技术能力等级证书。\n"
    )
    assert (
        "职业资格证书",
        "是劳动者具有从事某种职业所需的知识和技能的证明。是政府认可的评估鉴定机构,按照国家制定的职业技能标准或资格,"
        "对劳动者的技能水平或职业资格进行客观、公正、科学、规范的评价和鉴定,并授予相应的职业资格。",
    ) in pairs(page)


def test_certificate_given_a_standing_stays_out():
    # the guard: a certificate called a key or a threshold (关键, 门槛) is given a standing, no class
    page = (
        "职业资格证书VS职业技能等级证书\n"
        "不同发行主体\n"
        "职业资格证书是劳动者从事某种职业的重要门槛。由政府认可的评估鉴定机构按照国家制定的标准颁发。\n"
        "职业技能等级证书是指该岗位应具备的技术能力等级证书。\n"
    )
    assert "职业资格证书" not in dict(pairs(page))
