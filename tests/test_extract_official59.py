"""The fifty-ninth development set's official pages (Hong Kong, Macao, Taiwan): the layouts read anew, each with the
page's real line(s) and a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# A service card's numbered groups glossed with 指 after a place noun ending in 所, each closed by its examples without a
# stop (593): 場所指 is a marker (所指 is none only after a law: …法令所指的…), the examples and the next line no part.
_SERVICE_GROUPS = (
    "服務簡介\n服務對象\n"
    "為擬經營經第8/2021號法律修改第16/96/M號法令所指的第四組及第五組同類場所的人士發出飲食及飲料場所牌照\n"
    "1.第四組場所指以提供飲料為基本業務並可提供簡單膳食之場所,例如咖啡室、冰室及茶館等\n"
    "2.第五組場所指提供膳食服務,但其設施及設備不符合對餐廳級別所定之要求,而只符合法例所定的最低要求之場所,例如粥麵店及飯店等\n"
    "申請資格\n任何自然人或法人均可申請\n"
)


def test_a_place_nouns_zhi_glosses_and_its_closing_examples_are_left_out():
    assert pairs(_SERVICE_GROUPS) == [
        ("第四組場所", "指以提供飲料為基本業務並可提供簡單膳食之場所"),
        ("第五組場所", "指提供膳食服務,但其設施及設備不符合對餐廳級別所定之要求,而只符合法例所定的最低要求之場所"),
    ]


def test_suo_zhi_after_a_law_is_still_no_marker():
    # (the counter-case from the same card: the law's 所指的 names what the law means, no headword)
    assert pairs("為擬經營經第8/2021號法律修改第16/96/M號法令所指的第四組及第五組同類場所的人士發出飲食及飲料場所牌照。\n") == []


def test_examples_inside_a_sentence_that_goes_on_stay():
    # (examples closing no line, followed by the sentence's own predicate, are part of what the gloss says)
    found = pairs("1.第四組場所指以提供飲料為基本業務之場所,例如咖啡室等,均須領取牌照。\n2.第五組場所指提供膳食服務之場所。\n")
    assert found[0] == ("第四組場所", "指以提供飲料為基本業務之場所,例如咖啡室等,均須領取牌照。")


# A civil code's definition article on a city's law database, its caption in brackets before 稱X者,謂… (598).
_CODE_ROWS = (
    "|\n第 860 條\n|\n(抵押權之定義)稱普通抵押權者,謂債權人對於債務人或第三人不移轉占有而供其債權擔保之不動產,得就該不動產賣得價金優先受償之權。\n"
    "|\n|\n|\n第 874 條\n|\n(抵押物賣得價金之分配次序)抵押物賣得之價金,除法律另有規定外,按各抵押權成立之次序分配之。其次序相同者,依債權額比例分配之。\n|\n"
)


def test_a_civil_codes_cheng_zhe_wei_article_defines_its_word_not_its_caption():
    assert pairs(_CODE_ROWS) == [
        ("普通抵押權", "債權人對於債務人或第三人不移轉占有而供其債權擔保之不動產,得就該不動產賣得價金優先受償之權。")
    ]


def test_a_rule_article_under_a_caption_is_no_entry():
    assert pairs("第 882 條\n(權利抵押權)地上權、農育權及典權,均得為抵押權之標的物。\n") == []


@given(st.lists(st.sampled_from("買賣租賃借貸典權保證合夥"), min_size=2, max_size=6, unique=True).map("".join))
def test_cheng_zhe_wei_gives_the_word_between_the_frame(word):
    assert pairs(f"稱{word}者,謂當事人約定一方移轉財產權於他方,他方支付價金之契約。\n") == [
        (word, "當事人約定一方移轉財產權於他方,他方支付價金之契約。")
    ]


# A land office's FAQ answer: an extensional 包括 sentence, then a lead-in announcing the meaning before the backward
# naming …,謂之X。 (596): the lead-in is no part of the gloss.
_LAND_FAQ = (
    "何謂建物測量?其作業項目有那些?\n"
    "建物測量,包括建物第一次測量及建物複丈。其意義為:建物因新建、增建、改建、滅失、分割、合併或其他標示變更者,建物所有權人或管理人"
    "得依法向建物所在地地政事務所申請,就其位置、面積、基地號、門牌號等實施測量或勘查,謂之建物測量。\n"
    "建物測量作業項目計有:建物第一次測量、建物增建複丈、建物改建複丈、建物滅失複丈、建物分割複丈、建物合併複丈、建物門牌號勘查、建物基地號勘查等。\n"
)


def test_a_meaning_lead_in_before_a_backward_naming_is_left_out():
    assert (
        "建物測量",
        "建物因新建、增建、改建、滅失、分割、合併或其他標示變更者,建物所有權人或管理人得依法向建物所在地地政事務所申請,"
        "就其位置、面積、基地號、門牌號等實施測量或勘查",
    ) in pairs(_LAND_FAQ)


def test_a_meaning_lead_in_without_a_naming_gives_no_backward_entry():
    assert pairs("其意義為:土地所有權人得依法申請複丈。\n") == []


# A law's definitions article on the national law database: 本法所稱X,包括… ending in its lead-in colon, its numbered
# items, then a rule paragraph (597): X is glossed by its extension up to the colon, the rule paragraph no part of it.
_STATUS_ARTICLE = (
    "原住民身分法 (民國 113 年 01 月 03 日 ) EN\n"
    "本法所稱原住民,包括山地原住民及平地原住民,其身分之認定,除本法另有規定外,依下列規定:\n"
    "一、山地原住民:臺灣光復前原籍在山地行政區域內,且戶口調查簿登記其本人或直系血親尊親屬屬於原住民者。\n"
    "二、平地原住民:臺灣光復前原籍在平地行政區域內,且戶口調查簿登記其本人或直系血親尊親屬屬於原住民,並申請戶籍所在地鄉(鎮、市、區)公所登記為平地原住民有案者。\n"
    "因戶籍登記錯誤、脫漏或其他原因,誤登記為原住民身分或漏未登記為原住民身分者,當事人戶籍所在地之戶政事務所應於知悉後,書面通知當事人為撤銷或更正之登記。\n"
)


def test_a_laws_suo_cheng_x_bao_kuo_is_defined_up_to_its_lead_in_colon():
    found = pairs(_STATUS_ARTICLE)
    assert found[0] == ("原住民", "包括山地原住民及平地原住民,其身分之認定,除本法另有規定外,依下列規定:")
    assert [term for term, _ in found] == ["原住民", "山地原住民", "平地原住民"]


def test_bao_kuo_without_the_laws_frame_is_no_entry():
    assert pairs("原住民包括山地原住民及平地原住民,人數逐年增加。\n") == []


# A law book's chapter (595): a hedge before the headword (一般而言,X,指…), a definition followed by a caution about it
# (應當注意,…), and a headword, 簡言之 and 就是.
_LAW_BOOK = (
    "  一般而言,法的創制,指立法機關制定法律的活動,即常說的“立法”。應當注意,一.從主體上說,立法機關有廣義、狹義之分,因此,"
    "法的制定也有相應的廣、狹義之分。廣義的立法指一切有制定規範性文件之權力或“規範權力”的機關的立法活動。\n\n"
    "第一節 立法機關\n\n"
    "  立法機關,簡言之,就是制定法律的機關。下面介紹狹義的立法機關。\n"
)


def test_a_hedge_is_no_part_of_the_term_and_a_caution_goes_on_the_definition():
    found = pairs(_LAW_BOOK)
    assert (
        "法的創制",
        "指立法機關制定法律的活動,即常說的“立法”。應當注意,一.從主體上說,立法機關有廣義、狹義之分,因此,法的制定也有相應的廣、狹義之分。",
    ) in found
    assert ("立法機關", "就是制定法律的機關。下面介紹狹義的立法機關。") in found


def test_jian_yan_zhi_after_a_sentence_is_no_definition():
    # (簡言之 summing up an argument, no headword before it: no entry)
    assert pairs("  澳門的立法機關有二個。簡言之,就是立法會和總督共同立法。\n") == []


# A subsidy scheme's numbered rules giving one word a sense per kind of work (589): the scope frame 对于…, is no part
# of the term.
_SCHEME_ITEMS = (
    "    4.2.2\n    进行公开播放。\n    4.2.2.1 \n"
    "    对于电影、纪录片、综艺节目、电视剧,公开播放指公开放映,即院线发行/上映、电视播出、影视视频网站发行/上映、影展放映,"
    "但不包括自行放在自媒体平台播放。\n    4.2.2.2\n"
    "    对于音乐录像(MV)、广告片,公开播放指在线上媒体如互联网网站播放、电视播放、线下媒介如商场或户外电视、交通工具的电视播放,"
    "且播放期间为不少于5个连续日。\n"
)


def test_a_scope_frame_naming_kinds_is_left_out_of_each_sense():
    assert pairs(_SCHEME_ITEMS) == [
        ("公开播放", "指公开放映,即院线发行/上映、电视播出、影视视频网站发行/上映、影展放映,但不包括自行放在自媒体平台播放。"),
        ("公开播放", "指在线上媒体如互联网网站播放、电视播放、线下媒介如商场或户外电视、交通工具的电视播放,且播放期间为不少于5个连续日。"),
    ]


def test_a_scope_frame_before_a_rule_is_no_entry():
    assert pairs("对于电影、纪录片,申请人须提交放映证明。\n") == []


# A scheme's funded-area lines (592): the label, then a headword, a comma, 主要 and 指.
_AREAS = (
    "    3.2\n    资助领域可参见附表,尤其包括\n"
    "    创意设计领域:澳门设计品牌营运,主要指以直接销售、寄售或分销的方式经营自家设计的品牌产品。\n"
    "    文化展演领域:表演艺术制作及演出,以及具表演性质的休闲文娱活动的组织、制作。\n"
)


def test_an_adverb_after_the_headwords_comma_opens_the_gloss_and_the_label_is_left_out():
    assert pairs(_AREAS) == [("澳门设计品牌营运", "主要指以直接销售、寄售或分销的方式经营自家设计的品牌产品。")]


# A census plan's points (599): the plan's legal basis, reference dates and field period are template fields, no terms;
# the object defined with 指 stays.
_CENSUS_PLAN = (
    "() 總則\n\n"
    "二、普查標準時期:以民國八十九年十二月三十一日為普查標準日,凡屬靜態資料均以該標準日情況為準。\n\n"
    "三、普查實施期間:本普查實地訪查工作,自民國九十年五月一日起至六月十五日止。\n\n"
    "1.農牧戶:指一般家庭從事農作物之栽培,家畜、家禽及蜂、蠶之飼養等生產事業。\n"
)


def test_a_census_plans_fields_are_no_entries_beside_its_defined_object():
    assert pairs(_CENSUS_PLAN) == [("農牧戶", "指一般家庭從事農作物之栽培,家畜、家禽及蜂、蠶之飼養等生產事業。")]
