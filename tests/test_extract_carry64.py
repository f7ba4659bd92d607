"""Sixty-fourth round, fixer C (mechanisms that carry): the development sets' misses sorted by shape.

One mend met the round's rule for keeping it (exact entries gained on three development sets of three sites, no page
worse; docs/extract-evaluation.md, "Sixty-fourth round: the development sets' misses sorted by shape"): the headword lines
of a page titled a glossary by a name the 名词解释 readers did not know (``announced_glossaries``, group F). Its golden
tests are below with what it must not read. The other tests hold what the mends tried and dropped had to leave alone —
real sentences of the reports and of the development pages that must give no entry, and the one text two golds read in
opposite ways — and record, as expected failures, one real example of each other large group still missed."""

from __future__ import annotations

import pytest

from conftest import pairs


# --- must not be read ---------------------------------------------------------------------------------------------


def test_a_report_dividing_a_task_names_no_kinds_to_gloss() -> None:
    """A classification in a work report (`…大体可以分为文化建设和思想建设两个方面。`, `国家公务员分为政务和业务两类。`,
    the shared corpus's national reports, quoted inline) is followed by remarks on the kinds, not glosses: the classification reading tried
    this round (kinds named, then each glossed in turn) had to give nothing here, and no reader may."""
    texts = [
        "社会主义精神文明的建设大体可以分为文化建设和思想建设两个方面。这两方面又是互相渗透和互相促进的。",
        "国家公务员分为政务和业务两类。政务类公务员，必须严格依照宪法和组织法进行管理，实行任期制，并接受社会的公开监督。",
    ]
    for text in texts:
        terms = {term for term, _ in pairs(text)}
        assert not terms & {"文化建设", "思想建设", "政务", "业务"}, text


def test_a_reports_verdict_on_a_quoted_word_is_no_definition() -> None:
    """Bare-是 sentences of the reports that weigh a quoted word (`“一国两制”是完全正确的，…`, `“港独”是没有出路的。`): the hard
    group's near misses — a verdict or a standing, no class named — give no entry."""
    for text in ("“一国两制”是完全正确的，具有强大生命力。", "“港独”是没有出路的。"):
        assert pairs(text) == [], text


def test_a_documents_standing_sentence_is_no_definition() -> None:
    """P2274 (dev-68, a financial wire's commentary): `《关于发展银发经济增进老年人福祉的意见》是我国首个以“银发经济”命名的政策
    文件。` says what the document is among others (first of its name), no definition; both golds leave it out."""
    text = (
        "积极应对人口老龄化是一项国家战略。2024年1月国务院印发的《关于发展银发经济增进老年人福祉的意见》是我国首个以“银发经济”"
        "命名的政策文件。"
    )
    assert not any("意见" in term for term, _ in pairs(text))


_YEARBOOK_PARAGRAPH = (
    "主要统计指标解释\n\n"
    "自然资源 指人类可以直接从自然界获得,并用于生产和生活的物质资源。自然资源一般可以分成可再生资源和非再生资源两大类。"
    "可再生资源指在较短时间内可以再生、可以循环利用的资源,包括土地资源、水资源、气候资源、生物资源和海洋资源等。"
    "非再生资源指在使用后不能再生的资源,包括矿产资源和地热能源。\n\n"
    "国土 指一个主权国家管辖下的领土、领海和领空。\n"
)


def test_run_in_kinds_of_a_yearbook_headword_stay_in_its_entry() -> None:
    """91 (dev-9, Sichuan's 2011 yearbook) and 316 (dev-39, Guangxi's 2008 indicator notes) write this paragraph word for
    word; 91's gold keeps the run-in `可再生资源指…` and `非再生资源指…` inside 自然资源's entry, 316's gold makes them entries
    of their own. The classification reading tried this round split them and lost two exact entries of 91: two golds'
    conventions that contradict each other on the same text, so the layout's reading (whole) stays."""
    entries = dict(pairs(_YEARBOOK_PARAGRAPH))
    assert entries["自然资源"].endswith("非再生资源指在使用后不能再生的资源,包括矿产资源和地热能源。")
    assert "可再生资源" not in entries


# --- the largest groups' misses, recorded -------------------------------------------------------------------------


@pytest.mark.xfail(reason="group A, a bare 是 paragraph the page-topic gates do not read (the hard group)", strict=True)
def test_group_a_bare_shi_paragraph_under_a_knowledge_label() -> None:
    """P2340 (dev-75, China Daily's word of the day): under `【知识点】`, `工业互联网平台是海量数据汇聚、模型沉淀和应用开发的关键
    载体,…` — both golds take it from 是; no gate tells this class noun (载体) from a role."""
    text = (
        "The platforms will serve enterprises from 2026 to 2028.\n\n【知识点】\n\n"
        "工业互联网平台是海量数据汇聚、模型沉淀和应用开发的关键载体,是工业要素资源泛在连接、弹性供给和高效配置的核心枢纽。\n"
    )
    assert ("工业互联网平台", "是海量数据汇聚、模型沉淀和应用开发的关键载体,是工业要素资源泛在连接、弹性供给和高效配置的核心枢纽。") in pairs(text)


@pytest.mark.xfail(reason="group H, kinds a classification names then glossed in turn (tried, two sets only)", strict=True)
def test_group_h_kinds_glossed_in_turn() -> None:
    """P2695 (dev-97, a school's web project on wetlands): `「濕地」一般可區分為沿海濕地與內陸濕地,沿海濕地包括…等,是隨著…;
    內陸濕地則是…` — both golds give 沿海濕地 (from 是, the scope clause left out) and 內陸濕地 (則 left out)."""
    text = (
        "「濕地」一般可區分為沿海濕地與內陸濕地,沿海濕地包括海岸沼澤、泥質灘地及紅樹林沼澤等,是隨著海洋潮汐運動而存在的濕地生態體系;"
        "內陸濕地則是因為雨水、地下水、溪流、湖泊及池塘所形成的濕地生態系統,包括淡水沼澤、淡水池塘等。\n"
    )
    assert ("沿海濕地", "是隨著海洋潮汐運動而存在的濕地生態體系") in pairs(text)


# --- kept: the lines of a page titled a glossary (group F) ---------------------------------------------------------

_FLOOD_GLOSSARY = (  # 488 (dev-54), the Drainage Services Department's 辭彙 (防洪): each card's headword run into its gloss
    "辭彙 (防洪)\n"
    "鄉村防洪計劃即在現有鄉村周圍築起堤堰,並在暴雨期間把雨水從堤堰內的地區抽到外圍的渠道。對於位處低窪地區的鄉村,洪水無法藉地心吸力"
    "有效地排到外面的排水系統,我們有必要實施這些計劃。另請參閱\n"
    "重現期是統計學上用以形容雨勢的一種方法。雨勢越大,其出現的機會越少。降雨重現期是指某程度或更大雨勢的暴雨在某一特定地方預計平均"
    "相隔出現的時間。使用重現期來量化雨勢已在國際上廣為採用,更是中國、香港和其他已發展國家量度防洪標準的準則。另請參閱\n"
    "在完成長遠排水系統改善工程之前,為減少水浸的損失,當局已採取臨時措施,在易受水浸鄉村安裝地區性洪氾警報系統。另請參閱\n"
)


def test_a_glossary_titled_cihui_reads_headwords_run_into_their_gloss() -> None:
    """488 (dev-54): under `辭彙 (防洪)` a line opening with its headword glued to 即 or 是 is an entry; a second headword
    run in after a full stop with 是指 (降雨重現期) is one of its own, the first ending before it; the card's closing
    `另請參閱` link is furniture; the warning-system card (a sentence opening with 在…之前, no headword) gives none."""
    entries = pairs(_FLOOD_GLOSSARY)
    assert entries == [
        (
            "鄉村防洪計劃",
            "即在現有鄉村周圍築起堤堰,並在暴雨期間把雨水從堤堰內的地區抽到外圍的渠道。對於位處低窪地區的鄉村,洪水無法藉地心吸力有效地排到"
            "外面的排水系統,我們有必要實施這些計劃。",
        ),
        ("重現期", "是統計學上用以形容雨勢的一種方法。雨勢越大,其出現的機會越少。"),
        (
            "降雨重現期",
            "是指某程度或更大雨勢的暴雨在某一特定地方預計平均相隔出現的時間。使用重現期來量化雨勢已在國際上廣為採用,更是中國、香港和其他已"
            "發展國家量度防洪標準的準則。",
        ),
    ]


def test_a_lexicon_reads_english_headwords_before_a_dash() -> None:
    """P2602 (dev-94, a California foundation's Chinese newsroom): under `Lexicon 名詞釋義`, `advocacy (提倡行動)— 代表…`:
    the English headword with its Chinese name in brackets, a dash, the gloss (a space before the dash or none)."""
    text = (
        "Chinese Newsroom\n\n歡迎 | Lexicon 名詞釋義 | 推出Advancing Wellness\n\nLexicon 名詞釋義\n\n"
        "activities of daily living (日常生活活動) — 步行、穿衣、飲食、使用衛生間、洗澡及上下床。此名詞經常使用於有關殘障人士和長者。\n\n"
        "advocacy (提倡行動)— 代表其他人士發言支持贊成、支援或維護的行動。倡導的例子包括公共政策研究、教育立法者、公眾教育推廣活動、"
        "研討會與在公開會議上發言和作證。Advocacy可在地方上、各州、全國各地以及國際層面進行。\n"
    )
    entries = dict(pairs(text))
    assert entries["activities of daily living (日常生活活動)"] == "步行、穿衣、飲食、使用衛生間、洗澡及上下床。此名詞經常使用於有關殘障人士和長者。"
    assert entries["advocacy (提倡行動)"].startswith("代表其他人士發言支持贊成")


def test_a_glossary_announced_by_its_first_sentence_reads_colon_lines_not_its_rating_scale() -> None:
    """P2727 (dev-98, a travel insurer's Chinese glossary): `本术语表提供了…` announces the list; `意外事故(Accident: …` (the
    English name's bracket never closed, kept in the term as both golds write it) and `AM Best评级: …` are entries; the
    rating scale's `E :监管监督中` lines (no Han character in the headword: a grade, no word) and the notes
    (`请注意,…`) are none."""
    text = (
        "本术语表提供了国际健康保险中常用术语的一般性描述。请注意,不同保险计划之间存在差异,它们的运作方式也不尽相同。\n"
        "意外事故(Accident: 在保险期间内发生的意外且不幸的事件。\n"
        "代理人(Agent: 获得许可并代表保险公司销售保险产品的授权代表。\n"
        "请注意,这些评级通常适用于您所购买保险的承保公司,而非保险计划本身, 计划管理员或保险代理人。\n"
        "以下是 AM Best 的评级等级:\n"
        "E :监管监督中\n"
        "F :清算中\n"
        "S :评级暂停\n"
        "转让: 将保险单的权利和利益从一个人合法转移给另一个人的行为。\n"
    )
    assert pairs(text) == [
        ("意外事故(Accident", "在保险期间内发生的意外且不幸的事件。"),
        ("代理人(Agent", "获得许可并代表保险公司销售保险产品的授权代表。"),
        ("转让", "将保险单的权利和利益从一个人合法转移给另一个人的行为。"),
    ]


def test_a_cards_explanation_label_is_no_glossary_title() -> None:
    """755 (dev-71, New Taipei's revenue service): `辭彙解釋` labels one card's explanation (the card readers take it), and
    the metadata bullets below (`• 發布單位:企劃服務科`) are no headword lines: the card's one entry, no other."""
    text = (
        "新北市政府稅捐稽徵處\n\n:::\n\n公告地價\n\n中文 (Chinese) 公告地價\n英文 (English) The announced land values\n辭彙解釋\n\n"
        "公告地價為直轄市、縣市政府對於轄區內土地,於規定地價或重新規定地價時,根據地價變動情形,以同期土地現值的地價區段為基礎,並估計"
        "區段地價後,提請地價評議委員會評定,再計算各宗土地的價格後據以公告。\n\n"
        "  • 發布日期:107-08-08\n  • 發布單位:企劃服務科\n  • 更新日期:107-08-08\n"
    )
    assert [term for term, _ in pairs(text)] == ["公告地價"]


def test_colon_lines_under_no_glossary_title_stay_unread() -> None:
    """The same colon lines without a title or a sentence announcing a glossary (a page's `时间:…` and `地点:…` lines
    are written so): no entry, as before."""
    text = "意外事故: 在保险期间内发生的意外且不幸的事件。\n代理人: 获得许可并代表保险公司销售保险产品的授权代表。\n"
    assert pairs(text) == []


def test_a_glossary_pages_own_sentences_about_itself_are_no_headwords() -> None:
    """Under a glossary title a line whose subject is a pronoun, a demonstrative or the site (`我們是…`, `本網站是…`,
    constructed in the shape of the glossary pages' own introductions) glues no headword to 是: no entry."""
    text = "名詞釋義\n我們是一個非牟利機構,致力推廣社區健康。\n本網站是本會的官方網站,提供各項服務資訊。\n這是本會編製的常用名詞。\n"
    assert pairs(text) == []
