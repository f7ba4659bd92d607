"""A word's senses on lines of their own below a lead announcing them (the forty-second set): each sense line, its subject
left out, is an entry of the lead's word; a lead announcing significance or points gives nothing."""

from __future__ import annotations

from conftest import pairs_unpinyined as pairs


P1290 = """大田在汉语词典中的释义包含以下两层核心含义:
指集中连片、规模较大的耕地,区别于零散的小块田地。此义项强调土地的规模属性,常见于农业语境。例如:
“大田作物”指在大面积耕地上种植的粮食或经济作物(如水稻、小麦)。
来源:参见《现代汉语词典》(第7版)第246页“大田”条目。
特指中国周代诸侯国“鲁国”境内的一处地名(今山东境内),因《左传》记载的历史事件而具文献意义。例如:
《左传·哀公十一年》载鲁国与齐国“战于大田”,即此地。
来源:依据《汉语大词典》“大田”词条的历史地理释义。
注:本文释义综合权威汉语工具书,未引用网页来源以保证学术严谨性。
"""

P1299 = """“三單”是現代漢語中具有多重含義的詞彙,其具體釋義需結合語境分析,主要包含以下三類常見解釋:
一、語法學術語
指“第三人稱單數”的簡稱,常見于英語語法中。
二、電子商務術語
在電商領域特指“訂單、運單、結算單”的合稱,用于描述交易流程中三種單據的關聯性。
三、方言特殊語義
部分地區方言中存在引申用法,如廣東潮汕地區将“三單”代指傳統婚俗中的三種禮單(聘禮單、嫁妝單、回禮單),體現地方文化特色。
需注意,實際使用中需結合上下文判斷具體指向,避免語義混淆。
"""


def test_sense_lines_below_the_lead_are_entries_of_its_word():
    assert pairs(P1290) == [
        ("大田", "指集中连片、规模较大的耕地,区别于零散的小块田地。此义项强调土地的规模属性,常见于农业语境。例如:"),
        ("“大田作物”", "指在大面积耕地上种植的粮食或经济作物(如水稻、小麦)。"),
        ("大田", "特指中国周代诸侯国“鲁国”境内的一处地名(今山东境内),因《左传》记载的历史事件而具文献意义。例如:"),
    ]


def test_field_labels_are_no_terms_and_frames_are_left_out():
    assert pairs(P1299) == [
        ("“三單”", "指“第三人稱單數”的簡稱,常見于英語語法中。"),
        ("“三單”", "特指“訂單、運單、結算單”的合稱,用于描述交易流程中三種單據的關聯性。"),
        ("“三單”", "代指傳統婚俗中的三種禮單(聘禮單、嫁妝單、回禮單),體現地方文化特色。"),
    ]


def test_a_lead_announcing_significance_gives_no_senses():
    # P1054 (the thirty-eighth set): a lead on what a review is good for, its bulleted points no senses
    text = (
        "区域评审具有以下几方面的重要意义:\n"
        "- **确保区域发展规划的科学性**:区域评审有助于发现和纠正发展规划中的不足,提高规划的科学性和可行性。\n"
        "- **优化产业结构**:通过区域评审,可以引导产业布局更加合理,推动产业结构优化升级。\n"
    )
    from policyterms.mining.extract_layouts.announced_senses import announced_senses
    from policyterms.mining.extract_layouts.common import _lines

    assert list(announced_senses(_lines(text), [True] * 4)) == []


# --- a dictionary heading's dash-bulleted senses ----------------------------------------------------------------------------

P1269 = """四清
- 拼音sì qīng
- 近義詞
- 反義詞
詞語解釋
- 樂律名。指宮清、商清、角清、征清四高聲。
- 四位清高的人,即晉·王羲之、唐·軒轅彌明、盧仝、宋·林逋的合稱。見元·揭傒斯《題四清圖》詩。
網絡解釋
- 四清
- 四清是1963年至1966年5月先后在大部分農村和少數城市、工礦、企業、學校等單位開展的一次社會主義性質的清政治、清經濟、清組織、清思想的運動。
- 這次運動,雖然對于解決干部作風和經濟管理等方面的問題起到了很大的作用,但由于把這些不同性質的問題都認為是階級斗爭。
- 1965年1月,中共中央制定了《農村社會主義教育運動中目前提出的一些問題》,共二十三條。
"""


def test_each_dash_sense_under_a_dictionary_heading_is_an_entry():
    opening = ("樂律名。", "四位清高的人,即", "是1963年")
    senses = [definition for term, definition in pairs(P1269) if term == "四清"]
    assert len(senses) == 3 and all(d.startswith(o) for d, o in zip(senses, opening))


def test_dash_lines_after_the_first_under_an_encyclopedia_heading_are_no_senses():
    # the same page's 網絡解釋: its later bullets are the movement's history and effects
    assert not any(definition.startswith(("這次運動", "1965年")) for _, definition in pairs(P1269))


def test_a_page_cut_below_its_headword_opens_at_the_sense_heading_which_is_no_term():
    # (P1269 from its 詞語解釋 line, as a user pastes only the senses; and P1349's 词语解释 over its numbered sense):
    # the heading names no word, so no entry takes it as the term
    cut = P1269[P1269.index("詞語解釋") : P1269.index("網絡解釋")]
    assert all(term != "詞語解釋" for term, _ in pairs(cut))
    assert pairs("词语解释\n  1. [block]∶以四条街道为边围成的地区\n    1. 包括整个街区的工厂\n") == []
    # (the full page still gives the headword's senses)
    assert [term for term, _ in pairs(P1269)][:2] == ["四清", "四清"]
