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


_CHARACTER_PAGE = (
    "讀音\n遼liáo\n基本字義\n1. (形)遠:~遠。~闊。\n2. (名)中國朝代名:~代。\n"
    "3. (名)遼寧省的簡稱。(形聲。從辵(chuò),尞(liáo)聲。本義:遙遠)\n詳細字義\n1. 遠 [distant]\n遼,遠也。——《說文》\n"
    "眷故鄉之遼隔。——潘岳《登虎牢山賦》\n例:遼絕(遠隔);遼險(遙遠險要);遼天(遠天)\n2. 開闊 [broad and open]\n"
    "江山遼落,居然有萬里之勢。——《世說新語·言語》\n4. 通 “勞”。\n"
    "詩經《小雅·漸漸之石》:“山川悠遠,維其勞矣。”\n常用詞組\n"
    "1. 遼東 Liáodōng [eastern and southern parts of Liaoning province]\n遼河以東的地區,即遼寧省的東部和南部。戰國時期燕國昭王置遼東郡。\n"
    "3. 遼西 Liáoxī [western part of Liaoning province]\n遼河以西的地區,就是遼寧省的西部,有阜新、朝陽二市。\n"
)


def test_a_character_pages_numbered_senses_are_the_titles_without_part_of_speech_or_english():
    found = pairs(_CHARACTER_PAGE)
    senses = [definition for term, definition in found if term == "遼"]
    assert senses == ["遠:~遠。~闊。", "中國朝代名:~代。", "遼寧省的簡稱。(形聲。從辵,尞聲。本義:遙遠)", "遠", "開闊"]
    assert ("遼東", "遼河以東的地區,即遼寧省的東部和南部。戰國時期燕國昭王置遼東郡。") in found
    assert ("遼西", "遼河以西的地區,就是遼寧省的西部,有阜新、朝陽二市。") in found


def test_a_variant_note_citations_and_a_part_of_speech_are_no_entries():
    # (the counter-cases on the same page: 通 “勞”, the classical citations, and (形)遠 read as a colon headword)
    terms = {term for term, _ in pairs(_CHARACTER_PAGE)}
    assert terms == {"遼", "遼東", "遼西"}
    assert all("勞" not in definition for _, definition in pairs(_CHARACTER_PAGE))


def test_a_headword_with_one_space_before_its_reading_needs_the_english_gloss():
    from policyterms.mining.extract_layouts.headword_lines import read_headword

    assert read_headword("遼東 Liáodōng [eastern and southern parts of Liaoning province]") == "遼東"
    assert read_headword("价值指标   jià zhí zhǐ biāo") == "价值指标"
    assert read_headword("遠 [distant]") is None  # a sense and its English gloss, no reading: no headword
    assert read_headword("GDP 平减指数") is None


def test_a_dictionary_card_titled_with_its_reading_gives_its_gloss_once():
    text = (
        "邏些 luó xiē\n詞語解釋:\n藏語的音譯。吐蕃的都城。即今西藏自治區拉薩市。\n分詞解釋:西藏自治區:\n"
        "簡稱“藏”。在中國西南部。面積122.84萬平方千米。\n"
    )
    # (the counter-case: the component word's gloss below its label is no second sense of the title)
    assert [d for t, d in pairs(text) if t == "邏些"] == ["藏語的音譯。吐蕃的都城。即今西藏自治區拉薩市。"]


_COMPONENT_WORDS = (
    "邏些 luó xiē\n詞語解釋:\n藏語的音譯。吐蕃的都城。即今西藏自治區拉薩市。\n分詞解釋:西藏自治區:\n"
    "簡稱“藏”。在中國西南部。面積122.84萬平方千米。\n吐蕃:\n公元七至九世紀,我國古代藏族所建政權。元中統間改稱烏斯藏。\n音譯:\n"
    "1.猶消息;情報。\n2.把一種語言的語詞用另一種語言中與它發音相同或近似的語音表示出來。拉薩市:\n西藏自治區首府。在區境中部、拉薩河中遊。\n"
)


def test_a_cards_component_words_under_fenci_jieshi_are_entries_each():
    found = pairs(_COMPONENT_WORDS)
    assert ("西藏自治區", "在中國西南部。面積122.84萬平方千米。") in found  # the alias sentence 簡稱“藏”。 off
    assert ("吐蕃", "公元七至九世紀,我國古代藏族所建政權。元中統間改稱烏斯藏。") in found
    assert [d for t, d in found if t == "音譯"] == ["猶消息;情報。", "把一種語言的語詞用另一種語言中與它發音相同或近似的語音表示出來。"]
    assert ("拉薩市", "西藏自治區首府。在區境中部、拉薩河中遊。") in found


def test_colon_words_without_the_label_are_no_component_words():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.component_words import split_word_glosses

    # (the counter-case: the same words and glosses without the 分詞解釋 label, and a label over one word only)
    text = _COMPONENT_WORDS.split("分詞解釋:西藏自治區:\n", 1)[1]
    lines = _lines(text)
    assert list(split_word_glosses(lines, [True] * len(lines))) == []
    lines = _lines("分詞解釋:西藏自治區:\n簡稱“藏”。在中國西南部。面積122.84萬平方千米。\n")
    assert list(split_word_glosses(lines, [True] * len(lines))) == []


_WORD_CARD = (
    "乌鲁木齐\n- 词语读音\n- wū lǔ mù qí\n词语解释\n基本解释\n乌鲁木齐 Wūlǔmùqí\n"
    "[Urumqi] 新疆维吾尔自治区首府。位于准噶尔盆地南沿,天山北麓,面积12000平方公里,人口112万。为西北地区综合性工业城市,自治区政治、经济、文化中心\n"
    "辞典解释\n乌鲁木齐wū lǔ mù qíㄨ ㄌㄨˇ ㄇㄨˋ ㄑㄧˊ\n大陆地区称新疆省迪化市。参见「迪化市」条。\n网络解释\n乌鲁木齐 (新疆维吾尔自治区首府)\n"
)


def test_a_dictionary_gloss_opening_with_its_english_name_is_read_without_it():
    # (the gloss of a sense heading, its English name in square brackets before it; a verbless gloss without its stop
    # that the page goes on after is whole)
    assert (
        "乌鲁木齐",
        "新疆维吾尔自治区首府。位于准噶尔盆地南沿,天山北麓,面积12000平方公里,人口112万。为西北地区综合性工业城市,自治区政治、经济、文化中心",
    ) in pairs(_WORD_CARD)


def test_what_another_region_calls_the_place_and_a_sense_heading_are_no_entries():
    # (the counter-cases on the same card: 辞典解释's usage line 大陆地区称…, and the heading 辞典解释 as a headword line)
    found = pairs(_WORD_CARD)
    assert all(not definition.startswith("大陆地区称") for _, definition in found)
    assert "辞典解释" not in dict(found)


def test_a_quoted_words_first_sense_after_its_origin_is_its_definition():
    text = (
        "“天府”一词最早见于《周礼》,本是一种官名,是专门保管国家珍宝、库藏的一种官吏,后人用以来比喻自然条件优越、形势险固、特产富饶的地方。"
        "秦太守李冰在成都建成了举世闻名、万代受益的都江堰,从此便获“天府之国”美誉。\n"
        "数亿年前,中国南方大地还没有成形,大大小小的板块相互分离。\n"
    )
    assert pairs(text) == [
        (
            "“天府”",
            "本是一种官名,是专门保管国家珍宝、库藏的一种官吏,后人用以来比喻自然条件优越、形势险固、特产富饶的地方。"
            "秦太守李冰在成都建成了举世闻名、万代受益的都江堰,从此便获“天府之国”美誉。",
        )
    ]


def test_a_quoted_words_origin_without_its_sense_is_no_definition():
    # (the counter-case: the page's history sentence naming where a quoted name comes from, 从此便获“天府之国”美誉, and an
    # origin clause with no first sense after it)
    assert pairs("“天府”一词最早见于《周礼》。秦太守李冰在成都建成了都江堰,从此便获“天府之国”美誉。\n") == []


_EXPLAINER = (
    "【小锣汉语大词典】“小锣汉语大词典”这一标题看似是一个语言类工具书的名称,但实际上它并非传统意义上的词典。从字面来看,“小锣”可能指的是某种打击乐器,"
    "而“汉语大词典”则让人联想到权威的汉语词汇收录工具。因此,“小锣汉语大词典”更像是一种比喻性的说法。\n"
)


def test_a_run_in_gloss_ends_before_a_clause_turning_to_another_quoted_word():
    # (可能 before the marker goes with the definition, as 通常 does)
    assert ("“小锣”", "可能指的是某种打击乐器") in pairs(_EXPLAINER)


def test_a_contrast_turning_to_the_headword_itself_is_no_cut():
    from policyterms.mining.extract_layouts.common import Found
    from policyterms.mining.extract_layouts.ends import _before_contrast

    # (the counter-case: the clause after 而 names the headword again, so it still speaks of it)
    text = "“小锣”可能指的是某种打击乐器,而“小锣”则让人联想到权威的汉语词汇收录工具。"
    entry = Found("“小锣”", text[4:], text, 1, 0, len(text))
    assert _before_contrast(entry, text) == entry


def test_a_negated_comparison_then_what_the_word_expresses_defines_it_with_its_closing_lead_in():
    text = (
        "一、\n“小锣汉语大词典”并非一本实际存在的词典,而是对某些语言现象或文化元素的一种形象化表达。它可能指的是:\n"
        "- 某些方言中特有的词汇或表达方式;\n- 一种非正式但广泛流传的语言用法;\n"
    )
    assert ("“小锣汉语大词典”", "是对某些语言现象或文化元素的一种形象化表达。它可能指的是:") in pairs(text)


def test_a_negated_comparison_then_a_task_is_no_definition():
    # (the counter-case, page 159: after the negations 而是 opens a way of doing it, no sense of the word)
    from policyterms.mining.extract_layouts.negated_senses import negated_then_sense

    sentence = (
        "“无废城市”并不是指没有废物的城市,也并非杜绝废物的产生,而是从城市管理的角度,有效利用固体废物、降低固体废物产生、"
        "解决历史堆存固体废物,保证良性循环。"
    )
    assert negated_then_sense(sentence) is None
