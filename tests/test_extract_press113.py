"""The hundred-and-thirteenth development set's press pages P3168–P3179 (fisheries, oceans and ports: news sites, a
question bank, a dictionary's bilingual notes, Hong Kong and Taiwan pages among them). Each mend has the real sentences
it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave
alone."""

from __future__ import annotations

from conftest import pairs


# --- a spokesman's plain 說 before the defined word: an attribution, no part of the term (P3172) ---

_TRAWLING_NEWS = (
    "漁護署與水警昨晚在長洲以南海面,截獲一艘涉嫌非法作業的拖網漁船,檢獲約三百斤漁獲及一批拖網捕魚器具,"
    "檢控船上七人使用已被禁止器具捕魚,明日在東區裁判法院提堂。\n"
    "漁護署發言人說,拖網捕魚是非選擇性的捕魚方法,會破壞海床及損害海洋生態,當局已於2012年底起禁止拖網捕魚,"
    "違例者一經定罪,最高可罰款二十萬元及監禁六個月。\n"
)


def test_a_spokesman_s_shuo_before_the_defined_word_is_an_attribution():
    assert pairs(_TRAWLING_NEWS) == [
        (
            "拖網捕魚",
            "是非選擇性的捕魚方法,會破壞海床及損害海洋生態,當局已於2012年底起禁止拖網捕魚,違例者一經定罪,"
            "最高可罰款二十萬元及監禁六個月。",
        )
    ]


def test_the_simplified_shuo_reads_the_same_as_biaoshi():
    said = _TRAWLING_NEWS.replace("發言人說,", "發言人说,")
    assert pairs(said) == pairs(_TRAWLING_NEWS.replace("發言人說,", "發言人表示,")) == pairs(_TRAWLING_NEWS)


def test_a_lead_in_ending_in_shuo_frames_no_definition():
    # (也就是說 restates what came before and 據說 reports hearsay: the 說 of a lead-in, no speaker)
    for lead in ("也就是說,", "據說,"):
        assert pairs(lead + "拖網捕魚是非選擇性的捕魚方法,會破壞海床及損害海洋生態。\n") == []


def test_a_speaker_s_words_that_define_nothing_give_no_entry():
    assert pairs("漁民說,這是非選擇性的捕魚方法。\n") == []
    assert pairs("他說,要加強打擊非法捕魚。\n") == []


def test_a_spokesman_s_shuo_before_a_shizhi_definition_too():
    text = "發言人說,拖網捕魚是指非選擇性的捕魚方法,會破壞海床及損害海洋生態。\n"
    assert pairs(text) == [("拖網捕魚", "是指非選擇性的捕魚方法,會破壞海床及損害海洋生態。")]


# --- a speaker's clause after another clause of the same sentence: the attribution, whatever comes before it (P3065) ---

_DEMAND_RESPONSE = (
    "台電在2024年7月至11月試辦「住商自動需量反應方案」，台電說明，需量反應是指電力公司透過提供價格或電費扣減等方式，"
    "引導用戶調整用電習慣，減少尖峰用電或轉移至離峰的管理措施，用戶則可獲得電費回饋。\n"
)


def test_a_speaker_clause_after_another_clause_is_no_part_of_the_term():
    assert pairs(_DEMAND_RESPONSE) == [
        (
            "需量反應",
            "是指電力公司透過提供價格或電費扣減等方式，引導用戶調整用電習慣，減少尖峰用電或轉移至離峰的管理措施，"
            "用戶則可獲得電費回饋。",
        )
    ]


def test_a_clause_before_the_word_that_attributes_nothing_still_gives_no_entry():
    # (試辦…方案 is what the body did, no speaker: without 台電說明 the word after it is no headword of a definition here)
    text = "台電在2024年7月至11月試辦「住商自動需量反應方案」，需量反應是指電力公司透過提供價格或電費扣減等方式，引導用戶調整用電習慣。\n"
    assert pairs(text) == []
    # (nor does hearsay, 據說, after the clause: no speaker whose explanation the sentence gives)
    assert pairs(text.replace("方案」，", "方案」，據說，")) == []


def test_a_view_among_others_after_another_clause_stays_unread():
    # (有人认为…,但也有专家认为,X是指…: a scholar's reading set against another's, no body's statement; P2580's gold counts none)
    text = "有人认为,词人所说的三农,就是我们今天所说的农业农村和农民,但也有专家认为,词中的三农是指春、夏、秋三个农时。\n"
    assert pairs(text) == []



# --- a quoted word glossed in brackets inside another word's definition: an entry of its own (P3170) ---

_CAMPAIGN = (
    "“一打三整治”行动是指依法打击涉渔“三无”船舶以及违反“伏休”规定等违法生产经营行为,全面开展渔船“船证不符”"
    "(指船舶实际主尺度、主机功率等与相应证书记载内容不一致)整治、禁用渔具整治与污染海洋环境行为整治。\n"
)


def test_a_quoted_word_glossed_in_brackets_inside_a_definition_is_an_entry_too():
    assert pairs(_CAMPAIGN) == [
        (
            "“一打三整治”行动",
            "是指依法打击涉渔“三无”船舶以及违反“伏休”规定等违法生产经营行为,全面开展渔船“船证不符”"
            "(指船舶实际主尺度、主机功率等与相应证书记载内容不一致)整治、禁用渔具整治与污染海洋环境行为整治。",
        ),
        ("“船证不符”", "指船舶实际主尺度、主机功率等与相应证书记载内容不一致"),
    ]


def test_a_bare_word_s_bracket_inside_a_definition_gives_no_entry():
    # (常住人口 … 一定时间(指半年以上): a span qualified, no quoted word; only a quoted word glossed so is one)
    text = "常住人口是指实际经常居住在某地区一定时间(指半年以上)的人口。\n"
    assert [t for t, _ in pairs(text)] == ["常住人口"]


# --- 此即稱 names what the clause before it describes, an other name in brackets closing the name (P3062) ---

_OFFSETS = (
    "碳抵換專案(carbon offset project) 指執行各種能移除大氣中溫室氣體數量、或減少其排放的專案,常見的有造林、掩埋場沼氣收集等項目。"
    "執行這些專案減少的溫室氣體存量或排放量(相對於沒有這些專案的情形),經政府或認證機構認證後會轉為可買賣、移轉的額度,"
    "此即稱碳抵換額度(一般又稱自願性碳權);基於…\n"
    "業者若要達到完全的碳中和,最後一哩路,還是只能依靠購入碳抵換額度。\n"
)


def test_ci_ji_cheng_names_the_description_before_it():
    assert (
        "碳抵換額度",
        "執行這些專案減少的溫室氣體存量或排放量(相對於沒有這些專案的情形),經政府或認證機構認證後會轉為可買賣、移轉的額度",
    ) in pairs(_OFFSETS)


def test_the_definition_before_the_naming_ends_before_it():
    assert ("碳抵換專案", "指執行各種能移除大氣中溫室氣體數量、或減少其排放的專案,常見的有造林、掩埋場沼氣收集等項目。") in pairs(_OFFSETS)


def test_a_name_the_page_uses_nowhere_else_is_no_term():
    # (the naming's other guards hold: a name closing a remark, used once, names nothing)
    text = "大家一起動手清理垃圾,讓社區變得更加整潔美觀,此即稱好做法(又稱好辦法);\n"
    assert pairs(text) == []


# --- a naming's gloss is whole without a stop: not a cut summary of the same word's longer gloss (P3113) ---

_OPERATOR = (
    "平台运营商\n"
    "平台运营商是指运营第三方交易平台的组织,规范电子商务交易中的行为。\n"
    "对于大多数卖方而言,由于缺乏相应的技术和资源,无法自己提供交易的平台,必须通过第三方的交易平台让买方获得商品相应的信息。"
    "运营这个第三方交易平台的组织称为平台运营商。由于平台运营商在电子商务交易中起到至关重要的作用。\n"
)


def test_a_word_named_again_after_a_description_keeps_both_glosses():
    assert pairs(_OPERATOR) == [
        ("平台运营商", "是指运营第三方交易平台的组织,规范电子商务交易中的行为。"),
        ("平台运营商", "运营这个第三方交易平台的组织"),
    ]


def test_a_cut_summary_of_a_gloss_is_still_dropped():
    # (the same word's gloss cut inside a sentence, no naming: the summary the repeat rule drops)
    text = "平台运营商是指运营第三方交易平台的组织,规范电子商务交易中的行为。\n\n平台运营商是指运营第三方交易平台的\n"
    assert pairs(text) == [("平台运营商", "是指运营第三方交易平台的组织,规范电子商务交易中的行为。")]
