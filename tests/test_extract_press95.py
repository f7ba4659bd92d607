"""The ninety-fifth development set's press pages P2628–P2642 (transport, urban development, consumption and market
regulation vocabulary: a university office's word of the week, weekly and daily papers' explainers, a forum post, law
firms' newsletters and Q&A, a science page, portals' features, a school's geography notes; mainland, Hong Kong and Taiwan).
Each mend has the real sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of
the same shape it must leave alone."""

from __future__ import annotations

from policyterms.mining.extract import extract_entries
from policyterms.mining.extract_layouts.false_glosses import clause_term


# --- a sentence's words cut before 是 or 指 taken for a term (P2639, P2641, P2631) ----------------------------------------


def test_an_adverb_singling_out_before_shi_closes_no_term():
    # 改革开放特别是党的十八大以来,我国交通运输发展取得了举世瞩目的成就。 (P2639)
    assert clause_term("改革开放特别")
    assert clause_term("發展尤其")


def test_a_negation_or_a_concessive_opening_makes_no_term():
    # 惟即使定型化契約條款不是以書面形式表示, (P2641); 即便这是以审理民事纠纷案件之名拟定的裁判规则, (P2631)
    assert clause_term("惟即使定型化契約條款不")
    assert clause_term("即便这")
    assert clause_term("雖然此類契約")


def test_a_discourse_marker_restating_is_no_term():
    # 詳言之,指由一方當事人預先擬定契約內容,並以此與不特定之相對人訂立契約。 (P2641)
    for marker in ("詳言之", "换言之", "簡言之", "总之", "反之"):
        assert clause_term(marker)


def test_terms_holding_the_same_words_elsewhere_stay_terms():
    for term in ("特别国债", "特別預算", "不动产", "不當得利", "定型化契約", "總之類", "惟一性", "即期汇率"):
        assert not clause_term(term), term


def test_the_pages_sentences_give_no_entry_from_the_cut_words():
    page = (
        "综合交通网\n\n"
        "改革开放特别是党的十八大以来,我国交通运输发展取得了举世瞩目的成就。基础设施网络基本形成,运输服务能力和水平大幅提升。\n"
    )
    terms = [e.term for e in extract_entries(page)] if _reads(page) else []
    assert "改革开放特别" not in terms


def _reads(page: str) -> bool:
    from policyterms.errors import InputError

    try:
        extract_entries(page)
    except InputError:
        return False
    return True


# --- a page topic's domains as labels on lines of their own (P2633) -----------------------------------------------------

_BLACKLIST = (
    "黑名单是什么意思\n\n"
    "黑名单通常指的是一个记录不良行为或不符合特定标准的人、组织、公司或国家的名单。具体来说,黑名单可以应用于不同的领域。\n\n"
    "商业和金融领域:\n\n"
    "黑名单用于记录那些有欺诈行为、违反合同规定或有不良信用记录的个人或公司,限制其进行商业活动或金融交易。\n\n"
    "政治领域:\n\n"
    "黑名单可能用于限制某些国家或政治团体的行动或交往,特别是在政治迫害或制裁的情境中。\n\n"
    "征信系统:\n\n"
    "征信黑名单指的是那些有逾期还款记录或其他信用不良行为的人,这可能导致他们在金融信贷等方面受到限制。\n"
)


def test_a_label_line_over_a_paragraph_about_the_topic_is_an_aspect():
    entries = {(e.term, e.definition) for e in extract_entries(_BLACKLIST)}
    terms = {term for term, _ in entries}
    assert "商业和金融领域" not in terms and "政治领域" not in terms
    assert (
        "黑名单",
        "通常指的是一个记录不良行为或不符合特定标准的人、组织、公司或国家的名单。具体来说,黑名单可以应用于不同的领域。",
    ) in entries


def test_a_label_line_over_a_paragraph_defining_its_own_term_keeps_it():
    # 征信系统: / 征信黑名单指的是…: the paragraph's subject is a term of its own, not the topic
    terms = {e.term for e in extract_entries(_BLACKLIST)}
    assert "征信黑名单" in terms


# --- pictographs closing a title and a paragraph (P2634) ----------------------------------------------------------------

_VILLAGE = (
    "跳动探索网\n\n"
    "城中村改造是什么意思 🏙️✨\n\n"
    "城中村改造是一种城市更新方式,主要是对城市内部的老旧村庄进行重新规划和建设。这些村庄通常位于城市的中心地带。"
    "总之,城中村改造是一项复杂但意义重大的工程,它让古老与现代和谐共存,为城市注入新的活力。🌟🌈\n"
)


def test_a_title_and_a_paragraph_closed_by_emoji_give_the_paragraphs_entry():
    assert [(e.term, e.definition) for e in extract_entries(_VILLAGE)] == [
        (
            "城中村改造",
            "是一种城市更新方式,主要是对城市内部的老旧村庄进行重新规划和建设。这些村庄通常位于城市的中心地带。"
            "总之,城中村改造是一项复杂但意义重大的工程,它让古老与现代和谐共存,为城市注入新的活力。🌟🌈",
        )
    ]


def test_emoji_after_a_sentence_cut_by_the_page_finish_nothing():
    # the paragraph stops inside its sentence: emoji after it do not make it whole
    cut = _VILLAGE.replace("为城市注入新的活力。🌟🌈", "为城市注入新的🌟🌈")
    assert not _reads(cut) or all(not e.definition.endswith("🌟🌈") for e in extract_entries(cut))


def test_without_emoji_tail_leaves_words_and_stops():
    from policyterms.mining.extract_layouts.common import without_emoji_tail

    assert without_emoji_tail("活力。🌟🌈") == "活力。"
    assert without_emoji_tail("城中村改造是什么意思 🏙️✨") == "城中村改造是什么意思"
    assert without_emoji_tail("活力。 ") == "活力。 "
    assert without_emoji_tail("第3条 → 第4条") == "第3条 → 第4条"


# --- a sentence's lead citing the law and article that define the word (P2641) -----------------------------------------

_CONTRACT = "按我國消費者保護法第2條第9款規定,定型化契約係指,以企業經營者提出之定型化契約條款作為契約內容之全部或一部而訂定之契約。"


def test_a_cited_article_before_the_term_frames_the_definition():
    assert [(e.term, e.definition) for e in extract_entries("一、意義\n\n" + _CONTRACT + "\n")] == [
        ("定型化契約", "係指,以企業經營者提出之定型化契約條款作為契約內容之全部或一部而訂定之契約。")
    ]


def test_the_same_lead_with_a_bracketed_law_and_de_guiding():
    page = "電腦詐騙\n\n根據消費者保護法第2條的規定,定型化契約是指以企業經營者提出之條款而訂定之契約。\n"
    assert [(e.term, e.definition) for e in extract_entries(page)] == [("定型化契約", "是指以企業經營者提出之條款而訂定之契約。")]


def test_a_lead_naming_no_article_is_no_citation_frame():
    from policyterms.mining.extract_layouts.prose import _CITED_RULE_LEAD

    assert _CITED_RULE_LEAD.fullmatch("按我國消費者保護法第2條第9款規定")
    assert _CITED_RULE_LEAD.fullmatch("根據第11/2009號法律《打擊電腦犯罪法》第11條的規定")
    assert not _CITED_RULE_LEAD.fullmatch("依法規定")
    assert not _CITED_RULE_LEAD.fullmatch("根據上述規定")
    assert not _CITED_RULE_LEAD.fullmatch("按照公司章程規定")


# --- an article's introduction announcing the explanation below (P2637, P2638) -----------------------------------------


def test_an_introduction_closing_with_an_announcement_gives_no_entry():
    page = (
        "什么是不正当竞争行为中的混淆行为?\n\n"
        "我在做生意的时候,感觉同行好像用了一些手段来让消费者分不清我们两家的产品,我怀疑这是混淆行为。\n"
        "张凯执业律师\n已帮助 867 人解决法律问题\n\n"
        "在商业活动中,不正当竞争行为中的混淆行为是一种较为常见且具有较大危害的行为。下面我们来详细了解一下。\n\n"
        "首先,什么是混淆行为呢?简单来说,混淆行为就是经营者通过一些手段,让消费者对商品的来源产生混淆。\n"
    )
    terms = [e.term for e in extract_entries(page)] if _reads(page) else []
    assert "不正当竞争行为中的混淆行为" not in terms
    assert "混淆行为" in terms


def test_an_asking_introduction_with_the_sites_announcement_gives_no_entry():
    from policyterms.mining.extract_layouts.topics import _ANNOUNCES_BELOW

    intro = "价格欺诈是现在商业环境下商家普遍存在的一种商业行为,那么价格欺诈专柜价定义是怎样的?下面由手心律师网小编为读者进行解答。"
    assert _ANNOUNCES_BELOW.search(intro)


def test_a_definition_merely_followed_by_words_on_what_is_below_keeps_its_entry():
    from policyterms.mining.extract_layouts.topics import _ANNOUNCES_BELOW

    # (以下简称, an announcement inside a sentence, or one that is not the paragraph's close)
    assert not _ANNOUNCES_BELOW.search("全国人民代表大会(以下简称全国人大)是最高国家权力机关。")
    assert not _ANNOUNCES_BELOW.search("下面我们来了解一下。混淆行为是指经营者让消费者产生混淆的行为。")
    assert not _ANNOUNCES_BELOW.search("是指以下几类行为:虚假标价、低价招徕高价结算等。")


# --- a content site's spaced watermark after a gloss's stop (P2636; P2538's lines) --------------------------------------

_GREEN = (
    "绿色消费\n\n"
    "何谓绿色消费?即:节约资源,减少污染;绿色生活,环保选购;重复使用,多次利用;回收,再循环;保护自然,万物共存。"
    "业内人士概括了绿色消费三层含义:在消费内容上,倡导消费者选择绿色食品。 "
    "本`文@内-容-来-自;中^国_碳0排0放^交-易=网 ta n pa i fa ng . co m\n\n"
    "绿色消费缘起于上世纪80年代。\n"
)


def test_a_spaced_watermark_after_the_stop_is_no_part_of_the_gloss():
    assert [(e.term, e.definition) for e in extract_entries(_GREEN)] == [
        (
            "绿色消费",
            "即:节约资源,减少污染;绿色生活,环保选购;重复使用,多次利用;回收,再循环;保护自然,万物共存。"
            "业内人士概括了绿色消费三层含义:在消费内容上,倡导消费者选择绿色食品。",
        )
    ]


def test_prose_with_digits_and_symbols_between_characters_is_no_watermark():
    from policyterms.mining.extract_layouts.common import blank_watermarks

    for prose in (
        "依第1条第2款第3项规定。2018年1月,上海率先提出。",
        "比率为A/B。其中A、B、C、D、E为五类企业。",
        "增长3.5%。第一季度GDP为2.1万亿元。",
    ):
        assert blank_watermarks(prose) == prose
    line = "…可持续消费。 本*文@内-容-来-自;中_国_碳^排-放*交-易^网 t an pa i fa ng . c om"
    assert blank_watermarks(line).rstrip() == "…可持续消费。"
