"""The sixty-ninth development set's official pages (Hong Kong, Macao and Taiwan ministries' agencies, departments and
bureaus): a preface's quoted run-in series glossed clause by clause (741), a disease news item restating its dash
headword after the month's figures (749), 所謂X with a law citation before 是指 (747), a statistics note's bracketed
label gloss over an empty value and its total (751), a department's kinds of service over bullet lines (743), a
conditional naming after 即屬 (748), rules and how-to tips under headings (750, 742) and a teaser cut by a site's
ellipsis (744). Each rule has a test of what it must not read."""

from __future__ import annotations

from conftest import pairs


# --- 741: 「X」係指…,「Y」則是…,因此「Z」意味著… ----------------------------------------------------------------

_SERIES = (
    "一 . 前言\n\n"
    "  「漁業」係指採捕或養殖水產動植物業及其附屬加工、運銷業,「資源」則是人類為了從事各項生產活動,而能加以利用的各種物質,"
    "因此「漁業資源」意味著現在正被漁業行為所利用,或將來可能被利用的漁業生物群集而言。由於全球人口不斷增加,漁業資源佔人類糧食之比例亦逐漸提高。\n"
)


def test_a_quoted_run_in_series_gives_each_word_its_clause_and_the_last_its_paragraph():
    assert pairs(_SERIES) == [
        ("「漁業」", "係指採捕或養殖水產動植物業及其附屬加工、運銷業"),
        ("「資源」", "是人類為了從事各項生產活動,而能加以利用的各種物質"),
        (
            "「漁業資源」",
            "意味著現在正被漁業行為所利用,或將來可能被利用的漁業生物群集而言。由於全球人口不斷增加,漁業資源佔人類糧食之比例亦逐漸提高。",
        ),
    ]


def test_a_quoted_word_named_in_a_later_clause_without_its_marker_is_no_series():
    # one quoted word glossed, another only named after the comma: the prose pass's one definition, whole
    text = "「漁業」係指採捕或養殖水產動植物業,「資源」的保育亦屬漁業署之職責。\n"
    assert pairs(text) == [("「漁業」", "係指採捕或養殖水產動植物業,「資源」的保育亦屬漁業署之職責。")]


# --- 749: a dash headword restated after the month's figures ----------------------------------------------------

_DISEASES = (
    "2025年4月,卫生局共记录了414例强制申报疾病个案。\n"
    "- 流行性感冒\n"
    "4月份共接获142例流行性感冒病例申报,较去年同月的1,936例减少92.7%。流行性感冒(简称流感)是一种高度传染性的急性呼吸道疾病,"
    "常见于冬春季。接种季节性流感疫苗是最有效的预防方法。\n"
    "- 猩红热\n"
    "4月份共接获73例猩红热病例申报。猩红热是由A群β-溶血性链球菌感染引起的急性呼吸道传染病。潜伏期一般为1至3天。主要征状为发热、咽喉痛及皮疹,皮疹常出现于颈、胸"
)


def test_a_headword_restated_after_the_figures_is_defined_from_its_marker_to_the_last_whole_sentence():
    assert pairs(_DISEASES) == [
        ("流行性感冒(简称流感)", "是一种高度传染性的急性呼吸道疾病,常见于冬春季。接种季节性流感疫苗是最有效的预防方法。"),
        ("猩红热", "是由A群β-溶血性链球菌感染引起的急性呼吸道传染病。潜伏期一般为1至3天。"),
    ]


def test_a_headword_restated_to_give_its_standing_is_no_definition():
    text = "- 流行性感冒\n4月份共接获142例流行性感冒病例申报。流行性感冒是本月病例数最多的疾病之一。\n"
    assert pairs(text) == []


# --- 747: 所謂X,依照…的規定,是指… --------------------------------------------------------------------------------

_CONSUMER = (
    "【消費者的定義】\n"
    "所謂消費者,依照消費者保護法第二條第一款的規定,是指以消費為目的而為交易、使用商品或接受服務者。其意義說明如下:\n"
    "一、消費者不以契約關係之相對人為限,尚包括以消費為目的而為使用商品或接受服務者。\n"
)


def test_a_law_cited_between_the_frame_and_the_marker_is_no_part_of_the_term_and_the_announcement_stays():
    assert pairs(_CONSUMER)[0] == ("消費者", "是指以消費為目的而為交易、使用商品或接受服務者。其意義說明如下:")


def test_a_closing_lead_in_that_announces_no_explanation_is_still_cut():
    text = "所謂消費者,依照消費者保護法第二條第一款的規定,是指以消費為目的而為交易者。相關服務包括:\n一、申訴。\n"
    assert pairs(text)[0] == ("消費者", "是指以消費為目的而為交易者。")


# --- 751: a metadata label's bracketed gloss over an empty value, a total's gloss ---------------------------------

_NOTE = (
    "*統計項目定義:\n"
    "(1) 旅遊服務中心服務人員:於本市境內各旅遊服務中心從事觀光、旅遊之引導或解說人員。\n"
    "(2) 總計:本市旅遊服務中心服務人員及遊客中心進用人數之總數。\n"
    "*統計單位:\n"
    "*發布週期(指資料編製或產生之頻率,如月、季、年等):\n"
    "*時效(指統計標準時間至資料發布時間之間隔時間):3\n"
)


def test_a_labels_bracketed_gloss_counts_over_an_empty_value_and_a_total_naming_its_sum_is_an_entry():
    assert pairs(_NOTE) == [
        ("旅遊服務中心服務人員", "於本市境內各旅遊服務中心從事觀光、旅遊之引導或解說人員。"),
        ("總計", "本市旅遊服務中心服務人員及遊客中心進用人數之總數。"),
        ("發布週期", "指資料編製或產生之頻率,如月、季、年等"),
        ("時效", "指統計標準時間至資料發布時間之間隔時間"),
    ]


def test_a_totals_figure_is_still_a_fields_value():
    from policyterms.mining.extract_layouts.false_glosses import field_label

    assert field_label("全省總計", "1234人次。") and not field_label("總計", "各項人數之總數。")


# --- 743: kinds of service as headword lines over bullet lines ----------------------------------------------------

_SERVICES = (
    "社會福利署透過資助非政府機構提供各類具彈性的幼兒服務。當中包括:\n\n"
    "幼兒中心\n\n"
    "  • 為三歲以下的幼兒提供全日照顧\n"
    "  • 提供活動以提升幼兒在智力、體能、情感和社交的發展\n\n"
    "暫託幼兒服務\n\n"
    "  • 由幼兒中心提供全日、半日或每節兩小時的暫託幼兒照顧服務\n\n"
    "上述服務的營辦機構名單可透過此連結找到。\n"
)


def test_headword_lines_over_bullet_lines_give_each_kind_its_bullets():
    assert pairs(_SERVICES) == [
        ("幼兒中心", "為三歲以下的幼兒提供全日照顧• 提供活動以提升幼兒在智力、體能、情感和社交的發展"),
        ("暫託幼兒服務", "由幼兒中心提供全日、半日或每節兩小時的暫託幼兒照顧服務"),
    ]


def test_an_index_of_bulleted_names_and_a_lone_block_give_nothing():
    index = "永續發展\n  • l 21世紀議程 (Agenda 21)\n  • l 永續發展 (Sustainable Development)\n\n全球化\n  • l 全球化(Globalization)\n  • l 全球都市(Global City)\n"
    assert pairs(index) == []
    lone = "幼兒中心\n\n  • 為三歲以下的幼兒提供全日照顧\n  • 提供活動以提升幼兒的發展\n"
    assert pairs(lone) == []


def test_a_figure_of_speech_about_children_is_no_genus():
    text = "兒童\n\n兒童是未來的主人翁,令他們終身受益的家庭核心價值,應該早日灌輸。\n"
    assert pairs(text) == []


# --- 748: 若…,則該Y即屬X。 --------------------------------------------------------------------------------------------

_CARD = (
    "第三宗罪:具威嚇性的營業行為\n\n"
    "若商戶對消費者作出的營業行為通過使用騷擾、威迫手段或施加不當影響,在相當程度上損害一般消費者的自由,並因而導致該消費者作出交易決定,"
    "則該營業行為即屬具威嚇性的營業行為。\n"
)


def test_a_conditional_naming_gives_the_name_its_condition():
    assert pairs(_CARD) == [
        (
            "具威嚇性的營業行為",
            "若商戶對消費者作出的營業行為通過使用騷擾、威迫手段或施加不當影響,在相當程度上損害一般消費者的自由,並因而導致該消費者作出交易決定",
        )
    ]


def test_a_conditional_offence_names_no_term():
    assert pairs("若任何人明知而作出虛假的陳述以取得該款項,則該人即屬犯罪。\n") == []


# --- 750 and 742: rules and tips under headings --------------------------------------------------------------------

_CUSTOMS = (
    "常見問題\n\n入境/出境申報\n\n"
    "旅客如未依法向海關人員作出申報或作出虛假或不完整申報,可被檢控,且有關物品將被充公。\n\n"
    "入境申報\n\n"
    "一、所有入境澳門人士如攜帶以下物品,必須在入境時選擇紅色通道,向海關關員提交所需文件作出申報:\n"
)


def test_a_rule_under_a_heading_is_no_gloss_of_it():
    assert pairs(_CUSTOMS) == []


def test_a_definition_naming_a_condition_after_its_marker_stays():
    from policyterms.mining.extract_layouts.false_glosses import rule_paragraph

    assert not rule_paragraph("是指旅客如攜帶貨物必須申報的制度。")
    assert not rule_paragraph("任何物業倘其應課差餉租值不超過「最低應課差餉租值」,即獲豁免評估差餉。")


_TIPS = (
    "腰圍過粗是健康警訊,國民健康署提供4招,幫助您掌握及維持健康腰圍:\n\n"
    "  • 居家定期量測腰圍:於早晨空腹時自然站立,將腰圍尺繞過腹部中線量測,記錄腰圍數值變化。\n"
    "  • 規律中等費力運動:每週至少150分鐘的中等費力運動,定時定量維持健康體態。\n"
)


def test_items_under_a_lead_in_counting_tips_are_no_entries():
    assert pairs(_TIPS) == []


def test_items_under_a_lead_in_naming_kinds_stay():
    text = (
        "本署常用的運動類型如下:\n\n"
        "  • 中等費力運動:指運動時心跳及呼吸加快,仍可交談的運動。\n"
        "  • 高度費力運動:指運動時無法邊運動邊交談的運動。\n"
    )
    assert [term for term, _ in pairs(text)] == ["中等費力運動", "高度費力運動"]


# --- 744: a teaser cut by a site's ellipsis -------------------------------------------------------------------------

def test_a_definition_cut_by_an_ellipsis_ends_at_its_last_whole_sentence():
    text = (
        "文資活化使命\n"
        "文化資產指的是具有歷史、藝術、科學等文化價值的有形及無形文化資產,也傳承無形傳統文化核心價值。為讓歷史文化記憶與當代生活重新...\n"
        "臺灣文資分布\n"
    )
    assert pairs(text) == [("文化資產", "指的是具有歷史、藝術、科學等文化價值的有形及無形文化資產,也傳承無形傳統文化核心價值。")]


def test_a_definition_cut_by_an_ellipsis_in_its_first_sentence_is_dropped():
    text = "文資活化使命\n文化資產指的是具有歷史、藝術、科學等文化價值的有形及無形文化資產,也傳承無形...\n臺灣文資分布\n"
    assert pairs(text) == []


def test_an_institutions_profile_under_its_name_is_no_gloss():
    text = (
        "文化部文化資產園區\n\n"
        "文化部文化資產園區,佔地5.6公頃,前身創立於日治時代的1916年,初為民營的「大正製酒株式會社」,1928年成為當時全台最大的釀酒工場。\n\n"
        "文資活化使命\n"
        "文化資產指的是具有歷史、藝術、科學等文化價值的有形及無形文化資產,也傳承無形傳統文化核心價值。為讓歷史文化記憶與當代生活重新...\n"
        "臺灣文資分布\n"
    )
    assert [term for term, _ in pairs(text)] == ["文化資產"]


def test_a_name_restated_before_its_marker_still_defines():
    from policyterms.mining.extract_layouts.false_glosses import institution_profile

    assert not institution_profile("文化資產園區", "文化資產園區,指保存文化資產的園區。")


def test_an_offices_task_named_by_its_verb_is_no_term():
    text = (
        "【臺北市政府消費者保護業務簡介】\n"
        "一、受理消費爭議申訴及調解:民眾若於消費時遇到消費爭議,亦可提起消費爭議申訴及調解。\n"
        "二、進行消費查核:本府定期查核各行各業之定型化契約。\n"
    )
    assert pairs(text) == []
    assert [t for t, _ in pairs("一、辦理印鑑:指申請人向戶政事務所登記印鑑之程序。\n二、印鑑證明:指證明印鑑之文件。\n")] == ["辦理印鑑", "印鑑證明"]
