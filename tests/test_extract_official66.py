"""The sixty-sixth development set's official pages (mainland; Hong Kong, Macao and Taiwan county and city departments,
statutory bodies and bureaus): a law database's print whose items are numbered by a bare numeral and two spaces (698), a
land office's run-in items restating their headword before 就是 / 是 (696), a journal abstract's English headwords after
a lead-in naming them (697), Taiwan's 所謂之X and 依X之涵義 frames (706), an appositive 即 gloss closed by the sentence's
resumed 是 (705), and a noise glossary's bilingual headword lines, 所謂X,乃指 glosses and stopless colon lines (699).
Each rule has a test of what it must not read."""

from __future__ import annotations

from conftest import pairs


# --- 698: a law database's print, items numbered 一  X: and 一○  X: --------------------------------------------------

_LAW_PRINT = (
    "第 2  條  本標準專用名詞定義如下:\n"
    "          一  巨大垃圾:指體積龐大之廢棄家俱、廢棄家電用品、家戶修剪庭院之\n"
    "              樹枝、家戶個人自行修繕非石材碎片 (塊) 之廢棄物。\n"
    "          二  資源垃圾:可回收再利用之一般廢棄物。\n"
    "          三  有害垃圾:指符合有害事業廢棄物認定標準並經中央主管機關公告之\n"
    "              一般廢棄物。\n"
    "          九  清理:指貯存、清除或處理一般廢棄物之行為。\n"
    "          一○  轉運:指以運輸工具將一般廢棄物運至轉運設施之行為。\n"
)


def test_a_law_prints_items_numbered_by_a_bare_numeral_and_two_spaces_lose_their_number():
    assert pairs(_LAW_PRINT) == [
        ("巨大垃圾", "指體積龐大之廢棄家俱、廢棄家電用品、家戶修剪庭院之樹枝、家戶個人自行修繕非石材碎片 (塊) 之廢棄物。"),
        ("資源垃圾", "可回收再利用之一般廢棄物。"),
        ("有害垃圾", "指符合有害事業廢棄物認定標準並經中央主管機關公告之一般廢棄物。"),
        ("清理", "指貯存、清除或處理一般廢棄物之行為。"),
        ("轉運", "指以運輸工具將一般廢棄物運至轉運設施之行為。"),
    ]


def test_a_numeral_glued_to_a_word_is_no_item_number():
    # 一二三 before the headword without a space is part of a name (a slogan), not a number to drop
    terms = [term for term, _ in pairs("名詞解釋\n一二三工程:指三項基礎建設之總稱。\n")]
    assert terms == ["一二三工程"]


# --- 696: run-in numbered items restating their headword before 就是 / 是 ---------------------------------------------

_LAND_ITEMS = (
    "一般徵收、區段徵收及市地重劃之區別。\n\n"
    "1、一般徵收:土地徵收乃政府依公權力之運作,強制取得土地之一種處分行為。 "
    "2、區段徵收:區段徵收就是政府基於新都市開發建設需要,對於一定區域內之土地全部予以徵收,並重新規劃整理。"
    "開發完成後,由政府直接支配使用公共設施用地。 "
    "3、市地重劃:市地重劃是依照都市計畫規劃內容,將一定區域內之土地加以重新整理、交換分合。\n"
)


def test_a_colon_item_restating_its_headword_opens_at_jiushi_or_shi():
    assert pairs(_LAND_ITEMS) == [
        ("一般徵收", "土地徵收乃政府依公權力之運作,強制取得土地之一種處分行為。"),
        ("區段徵收", "就是政府基於新都市開發建設需要,對於一定區域內之土地全部予以徵收,並重新規劃整理。開發完成後,由政府直接支配使用公共設施用地。"),
        ("市地重劃", "是依照都市計畫規劃內容,將一定區域內之土地加以重新整理、交換分合。"),
    ]


def test_a_restated_headword_before_shifou_keeps_the_whole_sentence():
    # 是否 asks, it defines nothing: the restatement is not cut off at it
    definitions = dict(pairs("1、區段徵收:區段徵收是否可行,須視都市計畫而定,並由政府審議。\n2、市地重劃:指重新整理土地。\n"))
    assert not definitions.get("區段徵收", "").startswith("是否")


# --- 697: English headwords after a lead-in naming the words ----------------------------------------------------------

_ABSTRACT = (
    "臺灣身心障礙者保護的發展與展望\n\n"
    "國外對於「障礙」有三個相關的名詞:一、impairment:意指損傷,係身體的某部分或系統失去功能。"
    "二、disability:障礙指身體方面的損傷有環境的障礙存在,導致此人不能做某事。"
    "三、handicap 殘障:係指身體損傷及環境的阻礙無法消除,因此成為社會經濟的弱勢。(周月清,民87)"
    "我國從古代迄民國50 年代將殘障者與其他老弱鰥寡收容在同一所救濟機構內。\n"
)


def test_english_headwords_of_a_numbered_list_after_a_lead_in_naming_them():
    assert pairs(_ABSTRACT) == [
        ("impairment", "意指損傷,係身體的某部分或系統失去功能。"),
        ("disability", "指身體方面的損傷有環境的障礙存在,導致此人不能做某事。"),
        ("handicap 殘障", "係指身體損傷及環境的阻礙無法消除,因此成為社會經濟的弱勢。"),
    ]


def test_an_english_word_before_a_colon_without_a_marker_is_no_headword():
    # a label and its value (a form's field), no gloss: the marker is what makes the English word a headword
    assert "version" not in dict(pairs("名詞:一、version:2.1版。二、status:已公告。三、owner:環保局。\n"))


# --- 706: 所謂之X係指…, 又依X之涵義,係指… ---------------------------------------------------------------------------

def test_suowei_zhi_is_no_part_of_the_term():
    assert pairs("所謂之性騷擾係指不受勞工或求職者歡迎,或違反其意願之性方面示好之舉。\n") == [
        ("性騷擾", "係指不受勞工或求職者歡迎,或違反其意願之性方面示好之舉。")
    ]


def test_a_cited_meanings_frame_is_no_part_of_the_term():
    text = (
        "如何認定性騷擾實為最重要之問題,美國法院對性騷擾之認定,是採個案審查方式。"
        "又依性騷擾之涵義,係指不受勞工或求職者歡迎,或違反其意願之性方面示好之舉。因此是否受歡迎,即為性騷擾認定之主觀要件。\n"
    )
    assert [term for term, _ in pairs(text)] == ["性騷擾"]


def test_a_meaning_frame_without_a_term_before_it_is_not_cut_to_nothing():
    # 依法之涵義: 依法 (by law) is one word, the frame leaves no term; nothing is made of it
    assert all(term.strip() for term, _ in pairs("依法之涵義,係指依照法律規定辦理之事項。\n"))


# --- 705: an appositive 即 gloss closed by the sentence's resumed 是 ------------------------------------------------------

_BLOG = (
    "退休储备愈丰厚,当然就愈能帮助打工仔维持更高的退休生活水平。而替代率,即退休金水平为退休前月薪的比例,是其中一个参考指标。"
    "经合组织的报告曾指出,各国的平均替代率为53%;而以本港计算,推算替代率约为34%。\n"
)


def test_an_appositive_ji_gloss_ends_at_the_comma_before_the_resumed_shi():
    assert ("替代率", "即退休金水平为退休前月薪的比例") in pairs(_BLOG)


def test_an_appositive_ji_gloss_without_a_resumed_shi_runs_to_its_sentence_end():
    text = _BLOG.replace(",是其中一个参考指标。", ",经常用作参考。")
    assert ("替代率", "即退休金水平为退休前月薪的比例,经常用作参考。") in pairs(text)


# --- 699: bilingual headword lines, 所謂X,乃指…, stopless colon lines ----------------------------------------------------

_NOISE = (
    " 振動 Vibration\n\n"
    "指人為活動所引起土地或建築物等之往復運動。\n\n"
    " 分貝 Deci-Bel(dB(A))\n\n"
    "指聲音強度單位,一般人正可聽見範圍0-140 dB。所謂零分貝,乃指健 康耳朵所能聽見的最小音壓,國際標準是以 (20μPa)為基準。\n\n"
    " 交通噪音指標(TNI) Traffic noise index\n\n"
    "交通噪音指標為對倫敦地區住宅區內道路交通噪音位準與居民反應關係之研究結果,而推導數之適當指標。\n\n"
    " 噪音管制區 Noise control area\n\n"
    "分為四類:\n"
    "第一類管制區:指居住環境亟需安寧的地區。\n"
    "第三類管制區:指供工業、商業及住宅使用而需維護其住宅安寧的地區\n"
    "第四類管制區:指供工業使用為主但需防止嚴重噪音影響附近住宅安寧的地區。\n"
)


def test_a_noise_glossarys_bilingual_headword_lines_and_their_glosses():
    got = pairs(_NOISE)
    assert ("振動 Vibration", "指人為活動所引起土地或建築物等之往復運動。") in got
    assert ("分貝 Deci-Bel(dB(A))", "指聲音強度單位,一般人正可聽見範圍0-140 dB。") in got
    assert ("零分貝", "乃指健 康耳朵所能聽見的最小音壓,國際標準是以 (20μPa)為基準。") in got
    # the Chinese word restated before 為 is no part of the definition
    assert ("交通噪音指標(TNI) Traffic noise index", "為對倫敦地區住宅區內道路交通噪音位準與居民反應關係之研究結果,而推導數之適當指標。") in got


def test_a_stopless_colon_gloss_does_not_run_onto_the_next_headwords_line():
    got = pairs(_NOISE)
    assert ("第三類管制區", "指供工業、商業及住宅使用而需維護其住宅安寧的地區") in got
    assert ("第四類管制區", "指供工業使用為主但需防止嚴重噪音影響附近住宅安寧的地區。") in got


def test_a_wrapped_colon_gloss_still_goes_on_over_a_line_without_a_headword():
    # the next line opens with no headword and colon: a PDF's wrap, joined as before
    text = (
        "名詞解釋\n"
        "第一類管制區:指居住環境亟需安寧的地區,包括住宅區、文教區及其他經主管機關指定之地\n"
        "區,以維護居民之生活品質。\n"
    )
    assert pairs(text) == [("第一類管制區", "指居住環境亟需安寧的地區,包括住宅區、文教區及其他經主管機關指定之地區,以維護居民之生活品質。")]


def test_a_sentence_with_an_english_tail_is_no_bilingual_headword():
    from policyterms.mining.extract_layouts.headword_lines import bilingual_chinese

    assert bilingual_chinese("交通噪音指標(TNI) Traffic noise index") == "交通噪音指標"
    assert bilingual_chinese("本局於今日公布噪音資料,詳見 Noise report") is None


# --- 709: 公有土地,為…之土地。 (the class named by the word's own head noun) ------------------------------------------

def test_a_word_a_comma_and_wei_naming_its_class_by_its_own_head_noun():
    text = "公有土地,為國有、直轄市有、縣(市)有或鄉(鎮、市)有之土地。因台糖公司屬於公司法人組織,自不得申請撥用。\n"
    assert pairs(text) == [
        ("公有土地", "為國有、直轄市有、縣(市)有或鄉(鎮、市)有之土地。因台糖公司屬於公司法人組織,自不得申請撥用。")
    ]


def test_wei_closing_on_another_noun_is_no_gloss():
    # a verdict or a role (為本市重要之建設), not the word's class
    assert pairs("公有土地,為本市重要之建設。\n") == []


# --- 700, 710: a notice's time field and a field taking things as its label --------------------------------------------

def test_a_notices_time_field_and_its_scope_field_are_no_glosses():
    text = (
        "一、調查對象:以居住臺北市境內,具有中華民國國籍,並在戶籍上獨立設戶之一般家庭為調查對象。\n"
        "二、實地訪查期間:113年12月1日至114年2月28日。\n"
        "三、發放時間:由本府派員於三節前辦理發放。\n"
    )
    assert pairs(text) == []


def test_a_glossarys_time_word_speaking_of_its_time_stays():
    text = (
        "詞彙\n\n臨時僱員\n\n年滿18歲但未滿65歲,從事建造業或飲食業並由僱主按日僱用的僱員。\n\n"
        "截止時間\n\n不同受託人就不同程序所設定的截止時間會有不同。如受託人於工作天的截止時間前收到指示,該指示將被視為在同一個工作天內收到。\n\n"
        "電子提示服務\n\n受託人透過電郵或流動電話短訊,向計劃成員發送有關成員帳戶的最新資訊。\n"
    )
    assert "截止時間" in [term for term, _ in pairs(text)]


# --- 694 (and 431): a table note glossing a row label with 为, a spaced row label's figure cells -----------------------

_TOURISM_TABLE = (
    "全省旅游接待和收入情况表 | ||||\n"
    "项 目 | 本 月 | 同期对比% | 本月止累计 | 同期累计对比% |\n"
    "(1).外 国 人 | 6.70 | 135.0 | 48.65 | 85.1 |\n"
    "(2).香港同胞 | 1.71 | 9.8 | 10.54 | 17.9 |\n"
    "注:1.旅游饭店为列入我委统计范围的酒店、宾馆,社会旅馆接待人数含住宅小区、出租屋接待游客人数。 | ||||\n"
    "2.全省总计含邮轮游客人数。 | ||||\n"
)


def test_a_table_note_glossing_a_row_label_with_wei_ends_before_the_next_labels_clause():
    assert pairs(_TOURISM_TABLE) == [("旅游饭店", "为列入我委统计范围的酒店、宾馆")]


def test_wei_in_a_numbered_item_without_a_note_label_is_no_gloss():
    # a report's numbered item: 以人民为中心的… is no class gloss of 坚持以人民
    assert pairs("1.坚持以人民为中心的发展思想,着力保障和改善民生。\n2.推进以人为核心的新型城镇化。\n") == []


# --- 702, 708: note labels, a search box, 建议事项, an answer restating the asked term as its topic --------------------------

def test_note_labels_are_no_terms():
    text = "註一: 一九七九年推出水費分級制度時,第二級收費的目標是大致收回成本。 註二: 第四級收費定價比第三級收費高出約40%。\n"
    assert pairs(text) == []


_SCHEME = (
    "搜寻\nrecyclingr\n\n"
    "       为了减少废物及善用地球资源,市政署於 1999 年底开始推广垃圾分类回收计划。\n\n"
    "何谓家居废物分类回收计划?\n\n"
    "家居废物分类回收计划,建基於“主动回收”的概念。透过在大厦每楼层的垃圾房设置小型回收篮,方便居民分类回收。\n\n"
    "建议事项\n\n"
    "1.为了配合居民弃置垃圾之习惯,建议於楼层垃圾房内设置小型回收篮。\n"
)


def test_an_answer_restating_the_asked_term_as_its_topic_opens_after_the_comma():
    assert pairs(_SCHEME) == [("家居废物分类回收计划", "建基於“主动回收”的概念。透过在大厦每楼层的垃圾房设置小型回收篮,方便居民分类回收。")]


def test_an_answer_restating_the_term_before_a_verb_still_opens_at_the_verb():
    text = "什么是回收计划?\n\n回收计划是市政署推广的垃圾分类计划。\n"
    assert pairs(text) == [("回收计划", "是市政署推广的垃圾分类计划。")]
