"""Law-database definitions articles and statistics background notes of the fifty-second and fifty-third sets (455, 482,
483; 435, 438, 453, 475, 476; 437): each rule on the page's real lines, a counter-test of the same shape that must not
give the entry, and properties where a rule has an invariant."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs

from policyterms.mining.extract_layouts.common import one_character_word
from policyterms.mining.extract_layouts.notes import spaced_numeral_cuts
from policyterms.mining.extract_layouts.siblings import split_named_word_gloss
from policyterms.mining.extract_layouts.common import Found


# --- a definitions article's items run into its line with 一、 (455, 483) ---------------------------------------------

ARTICLE_7 = (
    "- 第 6 條直轄市及縣(市)(局)政府對於都市計畫範圍內之土地,得限制其使用 人為妨礙都市計畫之使用。\n"
    "- 第 7 條本法用語定義如左: 一、主要計畫:係指依第十五條所定之主要計畫書及主要計畫圖,作為擬 定細部計畫之準則。"
    " 二、細部計畫:係指依第二十二條之規定所為之細部計畫書及細部計畫圖 ,作為實施都市計畫之依據。"
    " 三、都市計畫事業:係指依本法規定所舉辦之公共設施、新市區建設、舊 市區更新等實質建設之事業。\n"
    "- 第 8 條都市計畫之擬定、變更,依本法所定之程序為之。\n"
)


def test_items_numbered_with_a_pause_mark_run_into_the_article_line_are_entries():
    assert pairs(ARTICLE_7) == [
        ("主要計畫", "係指依第十五條所定之主要計畫書及主要計畫圖,作為擬 定細部計畫之準則。"),
        ("細部計畫", "係指依第二十二條之規定所為之細部計畫書及細部計畫圖 ,作為實施都市計畫之依據。"),
        ("都市計畫事業", "係指依本法規定所舉辦之公共設施、新市區建設、舊 市區更新等實質建設之事業。"),
    ]


def test_numbered_clauses_out_of_order_or_without_headword_colons_are_no_run_in_items():
    # the numerals must follow in turn, each before a headword and its colon
    assert spaced_numeral_cuts("本法用語定義如左: 一、主要計畫:係指甲。 三、細部計畫:係指乙。 二、事業:係指丙。") == []
    assert spaced_numeral_cuts("主管機關之權責如下: 一、住宅政策之擬訂。 二、財務規劃。 三、其他相關事項。") == []


def test_a_short_form_after_an_items_headword_is_no_part_of_the_term():
    text = (
        "  • 第 3 條\n"
        "    本法用詞,定義如下: 一、長期照顧(以下稱長照):指身心失能持續已達或預期達六個月以上 者,依其個人或其照顧者之需要,"
        "所提供之生活支持、協助、社會參 與、照顧及相關之醫護服務。 二、身心失能者(以下稱失能者):指身體或心智功能部分或全部喪失, "
        "致其日常生活需他人協助者。 三、家庭照顧者:指於家庭中對失能者提供規律性照顧之主要親屬或家人 。\n"
    )
    assert [term for term, _ in pairs(text)] == ["長期照顧", "身心失能者", "家庭照顧者"]
    assert pairs(text)[1][1] == "指身體或心智功能部分或全部喪失, 致其日常生活需他人協助者。"


def test_a_synonym_in_brackets_stays_in_the_term():
    text = (
        "*統計項目定義:\n\n"
        "(七)排水受益地面積:指單純享受排水利益之面積。\n"
        "(八)兩期作田(雙期作田):指一年中春秋兩季均可灌溉種植水稻之耕地。\n"
    )
    assert [term for term, _ in pairs(text)] == ["排水受益地面積", "兩期作田(雙期作田)"]


# --- a law's article number spaced, 本法所定, competent authorities (455, 482) -------------------------------------------


def test_a_spaced_article_number_and_the_laws_lead_in_are_no_part_of_the_term():
    text = (
        "- 第 2 條都市計畫依本法之規定;本法未規定者,適用其他法律之規定。\n"
        "- 第 3 條本法所稱之都市計畫,係指在一定地區內有關都市生活之經濟、交通、衛 生、保安、國防、文教、康樂等重要設施,"
        "作有計畫之發展,並對土地使用作合理之規劃而言。\n"
        "- 第 4 條本法之主管機關:在中央為內政部;在直轄市為直轄市政府;在縣(市) (局)為縣(市)(局)政府。\n"
        "- 第 5 條都市計畫應依據現在及既往情況,並預計二十五年內之發展情形訂定之。\n"
    )
    assert pairs(text) == [
        ("都市計畫", "係指在一定地區內有關都市生活之經濟、交通、衛 生、保安、國防、文教、康樂等重要設施,作有計畫之發展,並對土地使用作合理之規劃而言。")
    ]


def test_the_law_defines_what_it_sets_with_benfa_suoding():
    text = (
        "第 3 條 本法用詞,定義如下:\n"
        "一、住宅:指供居住使用,並具備門牌之合法建築物。\n"
        "第 4 條 本法所定具特殊情形或身分,指下列規定之一者:\n"
        "一、低收入戶。\n"
        "二、特殊境遇家庭。\n"
    )
    assert ("具特殊情形或身分", "指下列規定之一者:") in pairs(text)


def test_a_competent_authority_article_is_no_entry_but_a_gloss_naming_the_centre_is():
    text = (
        "- 第 4 條本法之主管機關:在中央為內政部;在直轄市為直轄市政府。\n"
        "- 第 5 條本法所稱中央銀行:指依中央銀行法設立之銀行,在中央為貨幣政策之主管機關。\n"
    )
    assert [term for term, _ in pairs(text)] == ["中央銀行"]



def test_a_numbered_heading_run_into_its_first_sentence_is_still_read():
    # 19's sections flattened onto one line, each heading run into its opening sentence (二、统计资料的保存管理 统计资料的保存管理,
    # 是指…): the heading names no list, so it is no wrapped editorial note; the restated term is the entry, as on the page's lines
    text = (
        "《中华人民共和国统计法》第二条规定,统计的基本任务是对经济社会发展情况进行统计调查、统计分析,提供统计资料和统计咨询意见"
        ",实行统计监督。提供统计资料是统计的基本任务之重要内容。《中华人民共和国统计法》第三章和《统计法实施条例》第四章对统计资"
        "料的管理和公布作出明确规定。 一、统计资料的基本涵义和分类 统计资料是指在统计活动中所产生的反映经济社会发展情况的统计成"
        "果以及与之相关的其他资料的总称,是记录经济社会发展等国情国力的重要信息,是党和政府以及社会各界了解情况、研究问题、进行科"
        "学决策和管理的重要依据,是国家治理的重要基础。 根据统计法律法规和统计工作实践,统计资料可分为个体资料和汇总性资料。个体"
        "资料包括统计调查对象设置的原始记录、统计台账和提供的统计调查资料;汇总性资料包括依据个体资料加工整理形成的用于反映经济社"
        "会总体情况的数据、表格、文字。个体资料反映的是统计调查对象的生产生活情况,与统计调查对象的利益密切相关,必须得到切实保护"
        ";汇总性资料是社会公共产品,除依法应当保密的外,应当及时向社会公开,供社会各界使用。 二、统计资料的保存管理 统计资料的"
        "保存管理,是指对统计资料进行存储、登记、审核、签署、交接、归档等工作的总称。妥善保存管理统计资料,对于确保统计资料的规范"
        "、完整、安全、可用具有重要作用。统计法律法规对统计资料的保存管理作出明确规定。\n"
    )
    found = dict(pairs(text))
    assert found.get("统计资料的保存管理", "").startswith("是指对统计资料进行存储、登记、审核、签署、交接、归档等工作的总称。")
    assert not any(term.startswith("统计资料的保存管理 ") for term in found)

# --- one-character words (475) --------------------------------------------------------------------------------------

IRRIGATION = (
    "*統計項目定義:\n\n"
    "(一)埤:即埤池,為儲蓄灌溉水源,用以增加灌溉供水量之儲水設備(不包括水庫)。\n"
    "(二)圳:即圳路,以人工構築輸送灌溉用水至灌溉地區之輸水構造物。\n"
    "(三)實際種植面積:指一期稻作 二期稻作 旱作(包括雜作、裡作、長年作物)之總耕種面積。\n"
)


def test_a_one_character_word_glossed_by_the_word_holding_it_is_an_entry():
    assert pairs(IRRIGATION)[:2] == [
        ("埤", "即埤池,為儲蓄灌溉水源,用以增加灌溉供水量之儲水設備(不包括水庫)。"),
        ("圳", "即圳路,以人工構築輸送灌溉用水至灌溉地區之輸水構造物。"),
    ]


def test_a_one_character_label_is_no_term():
    assert not one_character_word("注", "即本表所列數字之來源。")
    assert not one_character_word("甲", "指第一類之申請人。")
    # the character after a demonstrative or an ordinal points at the table or a class (表:即本表…, 一:指第一類…)
    assert not one_character_word("表", "即本表所列各項數字均為初步統計。")
    assert not one_character_word("年", "即本年度。")
    assert not one_character_word("一", "指第一類申請人。")
    text = "*統計項目定義:\n\n(一)注:即本表所列數字之來源。\n(二)實際種植面積:指一期稻作之總耕種面積。\n"
    assert [term for term, _ in pairs(text)] == ["實際種植面積"]


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=3), st.text(max_size=20))
def test_a_one_character_word_holds_one_han_character_found_in_its_glosses_opening(term, definition):
    if one_character_word(term, definition):
        core = term.strip()
        assert len(core) == 1 and "\u4e00" <= core <= "\u9fff"
        assert core in definition[:12]


# --- a word the item names, glossed in its second sentence (476) -----------------------------------------------------

WASTE = (
    "1.一般垃圾:指由家戶、公共場所及其他產生源所產生除資源垃圾、有害垃圾及廚餘以外之一般廢棄物,包括非例行性排出垃圾、無法回收之巨大垃圾"
    "但不包括海灘(漂)垃圾。家戶係指民眾居住處,其垃圾由垃圾車沿街清運收受者。公共場所如社區、公園、街道、河堤、人行道、水溝及髒亂點等。"
    "其他產生源如學校、公務機關、風景遊樂區、慈善團體、辦公大樓、夜市、市場、非公告事業之營業場所及事業員工生活產生者等。\n"
)


def test_a_named_words_gloss_inside_an_item_is_an_entry_of_its_own():
    text = "*統計項目定義:\n\n(一) 一般廢棄物:係指廢棄物清理法所定義事業廢棄物以外之常態性廢棄物,包含一般垃圾、巨大垃圾、資源垃圾及廚餘。\n" + WASTE
    assert pairs(text)[1:] == [
        ("一般垃圾", "指由家戶、公共場所及其他產生源所產生除資源垃圾、有害垃圾及廚餘以外之一般廢棄物,包括非例行性排出垃圾、無法回收之巨大垃圾但不包括海灘(漂)垃圾。"),
        ("家戶", "係指民眾居住處,其垃圾由垃圾車沿街清運收受者。"),
    ]


def test_each_named_word_glossed_in_turn_ends_the_gloss_before_it():
    # 476's item with its second participant glossed too (公共場所係指… where the page gives examples): each word its own entry,
    # not the next word's gloss run on into 家戶's
    text = (
        "1.一般垃圾:指由家戶、公共場所及其他產生源所產生之一般廢棄物。家戶係指民眾居住處,其垃圾由垃圾車沿街清運收受者。"
        "公共場所係指社區、公園、街道、河堤、人行道等處所。其他產生源如學校、公務機關、夜市、市場等。\n"
    )
    assert pairs(text) == [
        ("一般垃圾", "指由家戶、公共場所及其他產生源所產生之一般廢棄物。"),
        ("家戶", "係指民眾居住處,其垃圾由垃圾車沿街清運收受者。"),
        ("公共場所", "係指社區、公園、街道、河堤、人行道等處所。"),
    ]


def test_a_sibling_glossed_after_the_named_word_is_no_part_of_its_gloss():
    # a labour-force note's item glossing its named word, then that word's sibling (無酬家屬工作者, not named by the item):
    # the sibling's gloss is its own entry, not the end of 有酬工作's
    text = "(二)就業者:指從事有酬工作者。有酬工作係指獲有報酬之工作。無酬家屬工作者係指幫同家屬工作而不支薪者,亦屬就業者。\n"
    assert pairs(text) == [
        ("就業者", "指從事有酬工作者。"),
        ("有酬工作", "係指獲有報酬之工作。"),
        ("無酬家屬工作者", "係指幫同家屬工作而不支薪者,亦屬就業者。"),
    ]


def test_the_items_own_remark_after_a_named_words_gloss_is_no_part_of_it():
    # a waste note's item closing with a remark on the item (本項不含…) after the gloss of its named word
    text = "2.資源垃圾:指依公告應回收之物品。回收係指將物品分類送交回收業者。本項不含巨大垃圾。\n"
    assert pairs(text) == [("資源垃圾", "指依公告應回收之物品。"), ("回收", "係指將物品分類送交回收業者。")]


def test_kinds_a_definition_lists_keep_their_glosses_inside_it():
    text = (
        "给付 包括死伤医疗给付和满期给付。死伤医疗给付是指保险人根据合同的规定支付给被保险人的金额。满期给付是指被保险人生存期满,保险人支付的金额。\n"
        "保费 指投保人为取得保险人在约定范围内所承担赔偿责任而支付给保险人的费用。\n"
    )
    assert pairs(text)[0][0] == "给付"
    assert pairs(text)[0][1].endswith("满期给付是指被保险人生存期满,保险人支付的金额。")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["家戶", "公共場所", "學校"]), st.text(alphabet="民眾居住處所其垃圾由車清運者", min_size=2, max_size=12))
def test_a_split_item_keeps_every_character_of_its_definition(word, gloss):
    definition = f"指由家戶、公共場所及學校所產生之廢棄物。{word}係指{gloss}。"
    entry = Found("一般垃圾", definition, "一般垃圾:" + definition, 1, 0, 5 + len(definition))
    parts = split_named_word_gloss(entry)
    assert parts[0].definition + "".join(p.quote for p in parts[1:]) == definition
    assert all(p.end - p.start == len(p.quote) for p in parts[1:])


# --- the metadata form's furniture (435, 438, 453) ------------------------------------------------------------------


def test_a_spaced_out_fax_label_is_no_headword():
    text = (
        "*聯絡電話: 02-23515938,02-23565359\n\n"
        "*傳  真: 02-23962829、02-23976861\n\n"
        "*電子信箱: emily@npa.gov.tw\n\n"
        "*統計項目定義:\n\n"
        "1.第一級毒品:係指毒品危害防治條例第二條第二項第一款規定之毒品項目。\n"
        "2.第二級毒品:係指毒品危害防治條例第二條第二項第二款規定之毒品項目。\n"
    )
    assert [term for term, _ in pairs(text)] == ["第一級毒品", "第二級毒品"]


def test_a_yearbook_headword_spaced_from_its_gloss_is_still_read():
    text = "财政收入 指国家财政参与社会产品分配所取得的收入。\n财政支出 指国家财政将筹集起来的资金进行分配使用。\n"
    assert [term for term, _ in pairs(text)] == ["财政收入", "财政支出"]


def test_table_axes_and_the_method_field_are_form_furniture():
    text = (
        "*統計項目定義:\n"
        "(一)遊客人次:指前來各觀光遊憩區旅遊之人次。\n"
        "(二)假日人次:指該景點當月於週六、日及國定假日,前往之參觀人次。\n"
        "*統計分類:\n"
        "(一)縱項目:依遊客人次、門票收入、上年同月遊客人次及本月與上年同月增減比較別分。\n"
        "(二)橫項目:依觀光遊憩區及其所在之行政區別分。\n"
        "五、 資料蒐集方法及編製程序:由本部統計室依據各級政府總決算暨附屬單位決算及綜計表審核報告(非營業部分)編製。\n"
    )
    assert [term for term, _ in pairs(text)] == ["遊客人次", "假日人次"]


# --- a remark quoting a ruling (437) --------------------------------------------------------------------------------


def test_a_ruling_quoted_in_a_remark_defines_its_inner_quoted_word_up_to_the_quotations_close():
    text = (
        "備註:內政部消防署於 108 年 5 月 14 日召開之「火災人員死傷、財物損失」公務統計月 報表統計疑義修正暨律定火災受傷定義會議 "
        "決議事項:「『火災受傷定義』係指火災現場因滅火、避難、逃生或火災有直接關 聯性之傷害,依救護紀錄表中醫療院所簽具之檢傷分級一、二、三級,"
        "均應列入受 傷統計。」並回溯自 108 年 1 月起統一修正、實施。\n"
    )
    assert pairs(text) == [
        (
            "『火災受傷定義』",
            "係指火災現場因滅火、避難、逃生或火災有直接關 聯性之傷害,依救護紀錄表中醫療院所簽具之檢傷分級一、二、三級,均應列入受 傷統計。",
        )
    ]


def test_a_ruling_closing_its_quotation_before_the_full_stop_ends_at_the_mark():
    # 437's remark with the quotation closed before the sentence's punctuation (…列入受傷統計」,並回溯…), as many notes write it:
    # what was done with the ruling after the mark is no part of the definition
    text = (
        "備註:內政部消防署於 108 年 5 月 14 日召開之律定火災受傷定義會議決議事項:「『火災受傷定義』係指火災現場因滅火、避難、"
        "逃生或火災有直接關 聯性之傷害,均應列入受 傷統計」,並回溯自 108 年 1 月起統一修正、實施。\n"
    )
    assert pairs(text) == [("『火災受傷定義』", "係指火災現場因滅火、避難、逃生或火災有直接關 聯性之傷害,均應列入受 傷統計")]


def test_a_quotation_inside_a_ruling_does_not_close_it():
    # a ruling citing an act in its own marks (依「社會救助法」,…): the ruling ends at its own close, the act's is inside it
    text = "備註:依本府 110 年 3 月 1 日會議決議事項:「『低收入戶』係指依「社會救助法」,經審核通過之家戶」,並自同年 4 月起適用。\n"
    assert pairs(text) == [("『低收入戶』", "係指依「社會救助法」,經審核通過之家戶")]


def test_a_remark_quoting_a_plain_statement_stays_a_remark():
    text = "備註:內政部消防署於 108 年 5 月 14 日召開之會議決議事項:「本表之受傷人數自 108 年起依救護紀錄表統計。」並回溯實施。\n"
    assert pairs(text) == []


# --- a numbered note wrapped at a fixed width (477) -----------------------------------------------------------------


def test_numbered_notes_wrapped_at_a_fixed_width_are_no_run_in_headwords():
    text = (
        "編輯說明 ㇐、本部為加強教育改革,提升教育品質,強化國際 文教交流與接軌,彙編成專刊。 二、本專刊內容包括在學狀況與學生、教師與學習環 "
        "境、教育成果、教育經費及附錄等。 三、本專刊內容所提學前教育、高級中等教育、高等 教育係分別相當於我國幼兒園、高級中等學校、 大專之教育。\n"
    )
    assert pairs(text) == []


def test_a_yearbook_paragraph_of_run_in_headwords_is_still_read():
    text = "主要统计指标解释 行政区划 指国家为了进行分级管理而实行的区域划分。 国民经济行业分类 自2003年起执行新的国民经济行业分类标准。\n"
    assert [term for term, _ in pairs(text)] == ["行政区划", "国民经济行业分类"]
