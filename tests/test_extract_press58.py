"""The fifty-eighth and fifty-ninth development sets' press and other non-official pages (coined county and city slogans
explained by the press; national vocabulary explained by answer sites, generated explainers, party-study portals and law
sites): a slogan's items glossed run-in with ``,就是`` (P2047), an answer page's table of its subject's aspects (P2016,
P2027, P2060; P1928 and 567 of earlier sets), a question title glued before its answer (P2016, P2027, P1928), a pronoun
with an adverb as a subject (P2027, P1951), how the writer puts it between term and marker (P2015), a card's meaning
label before its colon (P2079) and a sibling contrasted by 而 and 是指 (P2082). Each rule has the real line it was written
from and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.general import normalise_headword
from policyterms.mining.extract_layouts.header_cells import attribute_head_row, attribute_table_row
from policyterms.mining.extract_layouts.ji_series import ji_series_marker
from policyterms.mining.extract_layouts.sibling_ends import contrasted_sibling


# --- a slogan's items glossed run-in with ,就是 / ,就是要 (P2047) ----------------------------------------------------


def test_the_items_of_a_slogan_glossed_with_jiushi_yao_are_entries():
    page = (
        "“三严三实”有着丰富的内涵。严以修身,就是要加强党性修养,坚定理想信念,提升道德境界;严以用权,就是要坚持用权为民,"
        "按规则、按制度行使权力;严以律己,就是要心存敬畏、手握戒尺,慎独慎微、勤于自省;谋事要实,就是要从实际出发谋划事业和工作,"
        "不好高骛远,不脱离实际;创业要实,就是要脚踏实地、真抓实干,努力创造经得起实践、人民、历史检验的实绩;做人要实,就是要做老实人、"
        "说老实话、干老实事,襟怀坦白,公道正派。\n"
    )
    assert pairs(page) == [
        ("严以修身", "就是要加强党性修养,坚定理想信念,提升道德境界"),
        ("严以用权", "就是要坚持用权为民,按规则、按制度行使权力"),
        ("严以律己", "就是要心存敬畏、手握戒尺,慎独慎微、勤于自省"),
        ("谋事要实", "就是要从实际出发谋划事业和工作,不好高骛远,不脱离实际"),
        ("创业要实", "就是要脚踏实地、真抓实干,努力创造经得起实践、人民、历史检验的实绩"),
        ("做人要实", "就是要做老实人、说老实话、干老实事,襟怀坦白,公道正派。"),
    ]


def test_a_report_glossing_its_own_two_words_in_turn_gives_both():
    # (the 2004 work report, read by extract_on_reports: 适时 and 适度 are the report's own words, glossed in turn)
    page = "适时,就是把握好调控措施出台的时机,见微知著,防患于未然;适度,就是松紧得当,不急刹车,不一刀切。\n"
    assert pairs(page) == [("适时", "就是把握好调控措施出台的时机,见微知著,防患于未然"), ("适度", "就是松紧得当,不急刹车,不一刀切。")]


def test_an_aspect_or_a_connective_before_jiushi_is_no_headword():
    sentences = [(0, "关键,就是要抓好落实;"), (10, "重点,就是要补齐短板。")]
    assert ji_series_marker(sentences, 0) is None and ji_series_marker(sentences, 1) is None
    assert pairs("关键,就是要抓好落实;重点,就是要补齐短板;说到底,就是要让群众满意。\n") == []


def test_one_jiushi_clause_alone_makes_no_series():
    assert ji_series_marker([(0, "严以修身,就是要加强党性修养。")], 0) is None


_HEADS = st.lists(st.text(alphabet="严以修身用权律己谋事创业做人要实", min_size=2, max_size=6), min_size=2, max_size=5, unique=True)


@settings(max_examples=40, deadline=None)
@given(_HEADS)
def test_every_clause_of_a_jiushi_series_opens_at_its_marker(heads):
    sentences = []
    at = 0
    for n, head in enumerate(heads):
        clause = f"{head},就是要做好第{n + 1}件事" + ("。" if n + 1 == len(heads) else ";")
        sentences.append((at, clause))
        at += len(clause)
    for i, (_, clause) in enumerate(sentences):
        marker = ji_series_marker(sentences, i)
        assert marker is not None and clause[marker.start() :].startswith("就是")


# --- an answer page's table of its subject's aspects (P2016, P2027, P2060; P1928, 567) --------------------------------


def test_the_rows_under_an_aspect_table_head_are_no_headwords():
    page = (
        "什么是塞罕坝精神\n\n"
        "什么是塞罕坝精神】塞罕坝精神是一种在特定历史条件下形成的、具有深刻内涵和现实意义的精神力量。它源于河北省塞罕坝林场几代人"
        "艰苦奋斗、无私奉献的实践,体现了中华民族自强不息、坚韧不拔的意志品质。\n\n"
        "一、塞罕坝精神的核心内涵\n\n"
        "核心要素 内容解释\n"
        "艰苦奋斗 塞罕坝人在极端恶劣的自然环境中,不畏艰难,坚持植树造林,改善生态环境。\n"
        "爱岗敬业 林场职工坚守岗位,默默奉献,把个人理想融入国家生态建设事业中。\n"
        "科学求实 在实践中不断探索科学方法,提升造林成活率和森林质量。\n"
    )
    assert pairs(page) == [
        (
            "塞罕坝精神",
            "是一种在特定历史条件下形成的、具有深刻内涵和现实意义的精神力量。它源于河北省塞罕坝林场几代人艰苦奋斗、无私奉献的实践,"
            "体现了中华民族自强不息、坚韧不拔的意志品质。",
        )
    ]


def test_a_glossary_table_headed_by_word_and_meaning_still_gives_its_rows():
    page = _lines("名词 解释\n碳汇 指森林吸收并储存二氧化碳的能力。\n碳源 指向大气排放二氧化碳的过程或活动。\n")
    assert not attribute_head_row("名词 解释") and not attribute_table_row(page, 1)
    assert attribute_head_row("项目 内容") and attribute_head_row("項目 說明") and attribute_head_row("类别 内容说明")


def test_a_blank_line_ends_the_aspect_table():
    page = _lines("项目 内容\n核心目标 提高经济效益,推动高质量发展。\n\n碳汇 指森林吸收并储存二氧化碳的能力。\n")
    assert attribute_table_row(page, 1) and not attribute_table_row(page, 3)


# --- a question title glued before its answer; the answer's quoted restatement (P2016, P2027, P1928) ------------------


def test_a_glued_question_title_is_no_part_of_the_answer_and_the_quoted_term_is_kept():
    page = (
        "腾笼换鸟是什么意思\n\n2026-01-06 04:23:12\n最佳答案\n\n"
        "腾笼换鸟是什么意思】“腾笼换鸟”是一个形象化的比喻,常用于经济、产业转型和区域发展的语境中。它原本是农业领域的术语,"
        "指在养殖过程中,将旧的笼子(即旧的养殖环境)腾空,替换为新的、更高效的养殖方式或环境,以提高生产效率和产出质量。\n"
    )
    assert pairs(page) == [
        (
            "“腾笼换鸟”",
            "是一个形象化的比喻,常用于经济、产业转型和区域发展的语境中。它原本是农业领域的术语,指在养殖过程中,将旧的笼子(即旧的"
            "养殖环境)腾空,替换为新的、更高效的养殖方式或环境,以提高生产效率和产出质量。",
        )
    ]


def test_a_pronoun_and_an_adverb_are_no_headword():
    # (P1951: 它主要指… in a paragraph whose only gloss is cut by the page: no 它主要 entry)
    page = "近年来,中国地方政府隐性债务问题持续受到市场与监管层的高度关注。它主要指地方政府在法定政府债务限额之外承诺偿还的债务。\n"
    assert all(not term.startswith("它") for term, _ in pairs(page))


def test_a_bracketed_title_with_its_opening_bracket_kept_is_not_this_reading():
    # (a closing bracket whose opening bracket stands before it is a label of the prose pass's, not a lost title)
    assert pairs("【簡介:】第一產業是指農業、林業、牧業和漁業。\n") == [("第一產業", "是指農業、林業、牧業和漁業。")]


# --- how the writer puts it, and a card's meaning label (P2015, P2079) ------------------------------------------------


def test_how_the_writer_puts_it_is_no_part_of_the_term():
    page = "三年大变样准确地说是指城镇建设三年大变样,不包括其他方面。这一思路是省委书记来河北后首先提出的。\n"
    assert pairs(page) == [("三年大变样", "是指城镇建设三年大变样,不包括其他方面。这一思路是省委书记来河北后首先提出的。")]


def test_a_card_meaning_label_before_its_colon_is_no_part_of_the_term():
    page = "中考名额到校的意思是:是指近几年在我国部分省市实行的高中或初中的部分招生指标下达到具体的生源学校的招生政策。\n"
    assert pairs(page) == [("中考名额到校", "是指近几年在我国部分省市实行的高中或初中的部分招生指标下达到具体的生源学校的招生政策。")]


def test_a_meaning_label_over_a_bare_gloss_keeps_its_line():
    assert normalise_headword("工作的意思是", "做事情。") == ("工作的意思是", "做事情。")


# --- a sibling set against the term by 而 and glossed by 是指 (P2082) ---------------------------------------------------


def test_a_sibling_contrasted_by_er_and_shizhi_is_an_entry_of_its_own():
    page = (
        "劳务外包不是劳务派遣,这两者是不一样的。\n"
        "劳务派遣是指由劳务派遣机构与派遣劳工订立劳动合同,把劳动者派向其他用工单位,再由其用工单位向派遣机构支付一笔服务费用的一种"
        "用工形式,而劳务外包是指用人单位将单位的相关事项交给第三方管理,用人单位对第三方的员工是没有管理权的。\n"
    )
    assert pairs(page) == [
        ("劳务派遣", "是指由劳务派遣机构与派遣劳工订立劳动合同,把劳动者派向其他用工单位,再由其用工单位向派遣机构支付一笔服务费用的一种用工形式"),
        ("劳务外包", "是指用人单位将单位的相关事项交给第三方管理,用人单位对第三方的员工是没有管理权的。"),
    ]


def test_a_sibling_classed_by_a_bare_shi_is_no_entry_here():
    assert contrasted_sibling("管制", "是刑罚的一种,而缓刑是一种刑罚执行方式。", "管制和缓刑有什么区别") is None
    assert contrasted_sibling("劳务派遣", "是指…的用工形式,而劳务外包是指…。", "本文说明用工形式。") is None  # not named before
