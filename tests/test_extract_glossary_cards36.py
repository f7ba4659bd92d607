"""The thirty-sixth development set's glossary, dictionary and encyclopedia cards: a glossary of headword lines whose
paragraph closes with a bracketed remark after its stop (279's alias ``(亦稱為非傳染病)``, 280's cross-reference
``(請另參看校本課程)``), and paragraphs restating their headword after a lead giving the sense (``廣義而言,``) or before an
adverb of extent or 為 (280: ``共通能力主要是…``, ``自主學習為…``); an encyclopedia entry's history section heading
(``歷史沿革``, P939) is no headword. Each with the real sentences and a real sentence the rule must not take."""

from __future__ import annotations

from conftest import pairs


_HEALTH_GLOSSARY = (
    "辭彙\n\n照顧者\n\n照顧一位或多位家庭成員、朋友或社區人士的人員。\n\n慢性疾病\n\n"
    "長期或經常發病而病情進度緩慢的病症,例子包括糖尿病及高血壓。 (亦稱為非傳染病)  \n\n"
    "傳染病\n\n可由一人直接或間接傳播給另一人的疾病。\n\n護理服務的連貫性\n\n對於市民而言,在某段時間內所經歷的一連"
)


def test_a_gloss_closing_with_a_bracketed_remark_after_its_stop_is_finished():
    found = dict(pairs(_HEALTH_GLOSSARY))
    assert found["慢性疾病"] == "長期或經常發病而病情進度緩慢的病症,例子包括糖尿病及高血壓。 (亦稱為非傳染病)"
    assert found["照顧者"] == "照顧一位或多位家庭成員、朋友或社區人士的人員。"


def test_a_gloss_the_page_cuts_is_still_no_entry():
    # (the counter-case on the same page: the last gloss, cut mid-word, ends neither with a stop nor with a remark)
    assert "護理服務的連貫性" not in dict(pairs(_HEALTH_GLOSSARY))


_EDUCATION_GLOSSARY = (
    "詞彙釋義\n \n三語\n能操流利的粵語、普通話和英語。\n \n中央課程\n"
    "課程發展議會建議的中央課程包括:學校課程的宗旨和目標、五種基要的學習經歷和八個學習領域及小學常識科的課程架構。(請另參看校本課程)\n \n"
    "自主學習\n廣義而言,自主學習為一籃子的概念,包括自我調整學習、自學及獨立學習等。\n \n"
    "共通能力\n共通能力主要是幫助學生學會掌握知識、建構知識和應用所學知識的技巧、能力和特質。\n"
)


def test_a_cross_reference_after_the_stop_stays_in_the_gloss():
    found = dict(pairs(_EDUCATION_GLOSSARY))
    assert found["中央課程"].endswith("小學常識科的課程架構。(請另參看校本課程)")


def test_a_headword_restated_after_a_sense_lead_or_before_zhuyao_shi_opens_at_the_verb():
    found = dict(pairs(_EDUCATION_GLOSSARY))
    assert found["自主學習"] == "為一籃子的概念,包括自我調整學習、自學及獨立學習等。"
    assert found["共通能力"] == "主要是幫助學生學會掌握知識、建構知識和應用所學知識的技巧、能力和特質。"


def test_a_restated_headword_before_wei_and_a_figure_is_no_definition_verb():
    # a report's target (a government work report's 广义货币增长目标为16%。) under a headword line: 为 before a
    # figure states a value, so the paragraph is not cut at 为
    text = "名词\n\n三語\n能操流利的粵語、普通話和英語。\n\n广义货币增长目标\n广义货币增长目标为16%。\n"
    found = dict(pairs(text))
    assert not found.get("广义货币增长目标", "").startswith("为")


_HISTORY_SECTION = (
    "歷史沿革\n鏡湖區是蕪湖的古城區,歷史悠久。自吳黃武二年(公元223年),東吳孫權將蕪湖縣城由鳩茲遷此,已有一千七百多年。\n"
    "1949年4月24日,蕪湖解放。1949年5月3日,蕪湖市人民政府將全市劃為4個行政區。\n"
)


def test_a_history_section_heading_is_no_headword():
    assert "歷史沿革" not in dict(pairs(_HISTORY_SECTION))
