"""The sixty-fourth development set's official pages (Hong Kong, Macao and Taiwan courts, legislature, regulators,
research institutes): a manual's decimal-numbered 名詞定義 section (685, a government's archives-management manual),
whose headword lines are read as a standard's numbered terms are, only the section's own sub-clauses."""

from __future__ import annotations

from conftest import pairs


_MANUAL = (
    "1.1 範圍\n"
    "中央與地方各級機關(以下簡稱各機關)基於檔案業務之推動及發展需要,事先蒐集充分資料,設定具體目標。\n"
    "1.2 主要適用法令\n"
    "1.2.1 預算法。\n"
    "1.2.2 中央政府中程計畫預算編製辦法。\n"
    "1.3 名詞定義\n"
    "1.3.1 中程施政計畫\n"
    "依據各機關中程施政目標,訂定期程為4年之綜合策略計畫。\n"
    "1.3.2 中長程個案計畫\n"
    "以業務功能別,依據中長程施政目標,訂定期程超過2年之個案計畫。各機關檔案管理如有訂定中長程個案計畫之需求者,"
    "應參考行政院所屬各機關中長程個案計畫編審要點及各地方政府所訂之相關規定辦理。\n"
    "1.3.4 檔案管理年度計畫\n"
    "係指各機關為辦理檔案管理及應用推廣,依據檔案法第4條規定及檔案管理中長程個案計畫之分年績效目標,所訂定之當年度檔案管理計畫。\n"
    "1.4 處理要領\n"
    "各機關依年度計畫辦理檔案管理工作。\n"
)


def test_a_manuals_numbered_definitions_section_gives_its_headwords_and_glosses():
    assert pairs(_MANUAL) == [
        ("中程施政計畫", "依據各機關中程施政目標,訂定期程為4年之綜合策略計畫。"),
        (
            "中長程個案計畫",
            "以業務功能別,依據中長程施政目標,訂定期程超過2年之個案計畫。各機關檔案管理如有訂定中長程個案計畫之需求者,"
            "應參考行政院所屬各機關中長程個案計畫編審要點及各地方政府所訂之相關規定辦理。",
        ),
        (
            "檔案管理年度計畫",
            "係指各機關為辦理檔案管理及應用推廣,依據檔案法第4條規定及檔案管理中長程個案計畫之分年績效目標,所訂定之當年度檔案管理計畫。",
        ),
    ]


def test_the_next_sections_numbered_heading_is_no_term():
    # 1.4 處理要領 over a whole sentence is a later section of the manual, not a sub-clause of 1.3 名詞定義
    assert "處理要領" not in dict(pairs(_MANUAL))


def test_numbered_headings_without_a_definitions_section_are_no_terms():
    text = "1.3 工作項目\n1.3.1 檔案清查\n各機關應每年清查所保管之檔案。\n1.3.2 檔案鑑定\n各機關應定期鑑定檔案之保存價值。\n"
    assert pairs(text) == []


_LETTERED = (
    "常见词汇\n( 按英文字母顺序 )\n\n"
    "以下内容仅供参考,不同保险计划对於个别词汇的释义不尽相同,投保人应以个别保单的条款及相关指引为准。\n\n"
    "A\n户口价值 Account value\n"
    "这是保单户口累积的价值,但不等同退保价值。例如,有些保单於退保时会扣除相关费用,最终可收取的金额,或少於户口价值。\n"
    "B\n受益人 Beneficiary\n"
    "当符合保单的相关赔偿条件後,将会获得保险赔偿的人。视乎保单条款,一份保单的受益人可多於一位。\n"
    "C\n现金价值 / 退保价值 / 退保发还金额 Cash value / surrender value\n投保人於退保时可取得的金额。\n"
    "冷静期 Cooling-off period\n"
    "於香港购买的个人人寿保单均设有「冷静期」条款,让投保人可於投保後重新检视保单条款。"
    "「冷静期」是指紧接将相关保单交付予投保人後之日起计的21个历日内。\n"
    "D\n自付额 / 垫底费 Deductible / excess\n当发生受保事件时,投保人必须承担特定\n"
)


def test_a_glossary_under_letter_lines_gives_its_headwords_with_their_english_names():
    assert pairs(_LETTERED) == [
        ("户口价值 Account value", "这是保单户口累积的价值,但不等同退保价值。例如,有些保单於退保时会扣除相关费用,最终可收取的金额,或少於户口价值。"),
        ("受益人 Beneficiary", "当符合保单的相关赔偿条件後,将会获得保险赔偿的人。视乎保单条款,一份保单的受益人可多於一位。"),
        ("现金价值 / 退保价值 / 退保发还金额 Cash value / surrender value", "投保人於退保时可取得的金额。"),
        ("冷静期 Cooling-off period", "於香港购买的个人人寿保单均设有「冷静期」条款,让投保人可於投保後重新检视保单条款。"),
        ("「冷静期」", "是指紧接将相关保单交付予投保人後之日起计的21个历日内。"),
    ]


def test_a_lettered_glossarys_gloss_cut_by_the_page_gives_nothing():
    assert "自付额 / 垫底费 Deductible / excess" not in dict(pairs(_LETTERED))


def test_bilingual_headings_without_letter_lines_are_no_lettered_glossary():
    # a yearbook's bilingual section titles over their paragraphs: no index of letters, no entries
    text = (
        "人口 Population\n本市年末户籍人口为120万人,比上年增长1.2%。\n"
        "财政 Public finance\n全年一般公共预算收入为85亿元,比上年增长6.5%。\n"
    )
    assert pairs(text) == []


_PROCEDURE = (
    "8.1議員的舉止泛指他們在立法會會議中的行為方式[1],包括其發言方式、發言時所用的言詞和字句和不發言時的行為等。"
    "一般原則是議員應尊重其立法會議員的職分。議員儘管享有言論及辯論的自由,但該等自由並非毫無約束。[2]\n\n"
    "8.2立法會主席有責任確保議員在立法會會議上舉止莊重及遵守秩序。\n"
)


def test_a_numbered_paragraphs_gloss_runs_over_its_principle_sentence_without_the_number():
    assert pairs(_PROCEDURE) == [
        (
            "議員的舉止",
            "泛指他們在立法會會議中的行為方式[1],包括其發言方式、發言時所用的言詞和字句和不發言時的行為等。"
            "一般原則是議員應尊重其立法會議員的職分。議員儘管享有言論及辯論的自由,但該等自由並非毫無約束。[2]",
        )
    ]


def test_a_contrast_by_ze_still_ends_the_gloss_before_it():
    # 則 as a connective (these debts 則是…: another subject) ends the definition; only 則 closing a word (原則) does not
    text = "村级债务是指村集体经济组织对外承担的债务。这些债务则是历史上长期积累形成的,化解难度较大。\n"
    assert pairs(text) == [("村级债务", "是指村集体经济组织对外承担的债务。")]


def test_a_decimal_before_a_unit_stays_in_the_term():
    # 3.5級地震: a quantity of the term's own, not a paragraph number
    assert pairs("3.5級地震是指芮氏規模達3.5的地震。\n") == [("3.5級地震", "是指芮氏規模達3.5的地震。")]


_CARD = (
    "QRCode\n\n學系\n\nDepartment\n\n張建成\n2000年12月\n教育大辭書\n\n"
    "名詞解釋:  學系是大學暨獨立學院教學與研究的基本單位。自民國八十三年(1994)[大學法]修正公布之後,學系的性質一如往常,"
    "並無太大的轉變,但地位則顯見提高。   現行的[大學法]及其施行細則,對此作出調整。譬如[大學法]第五條規定:「大學分設學系,"
    "亦得單獨設研究所」。[大學法施行細則]第三條指出:「所稱大學分設學系,涵蓋與各該學系相同或性質相近之碩士班及博士班;"
    "所稱單獨設研究所,係指單獨設立在該大學未設相同或性質相近學系之研究所」。這樣的法理基礎,賦予學系完整的任務範圍。   "
    "有關學系開設碩士班及博士班的修業及學位授予規定,俱與研究所相同。\n"
)


def test_a_term_cards_first_passage_glosses_its_headword_beside_the_law_it_quotes_later():
    assert pairs(_CARD) == [
        ("學系", "是大學暨獨立學院教學與研究的基本單位。自民國八十三年(1994)[大學法]修正公布之後,學系的性質一如往常,並無太大的轉變,但地位則顯見提高。"),
        ("大學分設學系", "涵蓋與各該學系相同或性質相近之碩士班及博士班"),
        ("單獨設研究所", "係指單獨設立在該大學未設相同或性質相近學系之研究所"),
    ]


def test_a_quoted_law_rule_without_suocheng_is_no_definition():
    # 第五條規定:「大學分設學系,亦得單獨設研究所」: a rule the law states, not a word it defines
    assert "大學" not in dict(pairs(_CARD))


def test_hangai_without_a_quoted_laws_suocheng_is_no_marker():
    text = "本計畫所稱重點產業,涵蓋半導體及生技醫療等產業。\n各項服務涵蓋全市十二個行政區。\n"
    assert pairs(text) == []
