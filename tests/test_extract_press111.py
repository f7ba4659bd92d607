"""The hundred-and-eleventh development set's press pages P3108–P3126 (food safety, consumer markets and online shopping:
mainland, Hong Kong and Taiwan pages, regulators' and law firms' pages, blogs). Each mend has the real sentences it was
written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a law named by its title and cited by its article before 所稱: no part of the term (P3121) ---

_ADDITIVES_NOTE = (
    "備註:\n"
    "1.食品衛生管理法第三條所稱食品添加物,係指食品之製造、加工、調配、包裝、運送、貯存等過程中用以著色、調味、防腐、漂白、"
    "乳化、增加香味、安定品質、促進發酵、增加稠度、增加營養、防止氧化或其他用途而添加或接觸於食品之物質。\n"
)


def test_a_law_cited_by_title_and_article_before_suo_cheng_is_no_part_of_the_term():
    assert pairs(_ADDITIVES_NOTE) == [
        (
            "食品添加物",
            "係指食品之製造、加工、調配、包裝、運送、貯存等過程中用以著色、調味、防腐、漂白、乳化、增加香味、安定品質、"
            "促進發酵、增加稠度、增加營養、防止氧化或其他用途而添加或接觸於食品之物質。",
        )
    ]


def test_a_law_in_title_marks_cited_by_article_is_no_part_of_the_term_either():
    text = "《消费者权益保护法》第二条所称消费者,是指为生活消费需要购买、使用商品或者接受服务的自然人。\n"
    assert pairs(text) == [("消费者", "是指为生活消费需要购买、使用商品或者接受服务的自然人。")]


def test_a_place_s_usage_before_suo_cheng_without_an_article_stays_in_the_term():
    # (no article number: 台灣所稱的土豆 tells one place's sense of the word from another's)
    text = "台灣所稱的土豆,是指花生,而中國大陸所說的土豆是馬鈴薯。\n"
    assert [term for term, _ in pairs(text)] == ["台灣所稱的土豆"]


# --- an FAQ's question label (Q1:, 問:) before a question heading numbers it (P3121) ---

_ADDITIVES_QUESTION = (
    "Q1:食品添加物是什麼?\n"
    "\n"
    "食品添加物就是食品加工者為了特定目的而添加於食品中,以使食品達到預期的狀態。\n"
)


def test_a_question_label_before_a_question_heading_is_no_part_of_the_asked_word():
    assert pairs(_ADDITIVES_QUESTION) == [("食品添加物", "就是食品加工者為了特定目的而添加於食品中,以使食品達到預期的狀態。")]


def test_a_chinese_question_label_reads_the_same():
    assert pairs(_ADDITIVES_QUESTION.replace("Q1:", "問:")) == pairs(_ADDITIVES_QUESTION)


def test_a_q_label_before_a_line_asking_nothing_is_no_headword():
    # (the label is set off only before a question the line asks: Q1:食品添加物 with no question mark is a colon line)
    text = "Q1:食品添加物\n\n食品添加物就是食品加工者為了特定目的而添加於食品中,以使食品達到預期的狀態。\n"
    assert ("食品添加物", "就是食品加工者為了特定目的而添加於食品中,以使食品達到預期的狀態。") not in pairs(text)


# --- an exam question's material label (材料一, 材料二) is no headword and no part of the term (P3124) ---

_PREPARED_DISHES_MATERIALS = (
    "材料一 预制菜是经预选、调制等工艺加工而成的半成品或成品。近年来,全国多个省份出台相关政策,提出加快预制菜产业发展,"
    "促进农产品加工迭代升级。预制菜对于推进三产融合发展、优化农业产业结构、促进农业现代化、助力乡村产业振兴有着积极作用."
    "正逐渐成为促进人民增收致富的新兴产业,也给顾客提供了方便快捷的用馨体验。\n"
    "材料二 近日,关于“预制菜能否进校园”引起社会讨论。对此,教育部等多部门强调,学校在食品采购、食堂管理、供餐单位选择等重大事项上,"
    "应当以适当方式听取家长委员会或学生代会大会意见,保障师生家长的知情权、参与权、选择权、监督权。"
)


def test_an_exam_material_label_numbers_its_passage_and_the_passage_defines_its_subject():
    assert pairs(_PREPARED_DISHES_MATERIALS) == [
        (
            "预制菜",
            "是经预选、调制等工艺加工而成的半成品或成品。近年来,全国多个省份出台相关政策,提出加快预制菜产业发展,"
            "促进农产品加工迭代升级。预制菜对于推进三产融合发展、优化农业产业结构、促进农业现代化、助力乡村产业振兴有着积极作用."
            "正逐渐成为促进人民增收致富的新兴产业,也给顾客提供了方便快捷的用馨体验。",
        )
    ]


def test_a_material_label_before_a_zhi_sentence_is_no_part_of_the_term():
    text = "材料二 平台经济是指以互联网平台为主要载体的新经济形态。平台经济发展迅速。\n"
    assert [term for term, _ in pairs(text)] == ["平台经济"]


def test_a_material_label_is_no_headword_of_the_passage_after_it():
    # (a passage reporting news under its label defines nothing: 材料二 is no term glossed by it)
    text = (
        "材料一 近日,多部门强调学校在食品采购上应当听取家长委员会意见。\n"
        "材料二 近日,关于“预制菜能否进校园”引起社会讨论,多地出台相关政策。\n"
    )
    assert pairs(text) == []


# --- unnumbered headings naming the subject's weight or asking how to comply: their sub-headings are points (P3126) ---

_TRADE_DESCRIPTIONS = (
    "商品說明條例的重要性\n"
    "\n"
    "保障消費者權益\n"
    "\n"
    "商品說明條例的實施,確保了消費者在購買商品時能夠獲得充分的資訊。透過規定商品標籤和廣告上的資訊內容,消費者可以清楚地了解商品的規格。\n"
    "\n"
    "增加企業信譽\n"
    "\n"
    "對企業來說,遵守商品說明條例有助於增加企業的信譽。透明、準確的商品資訊能夠建立消費者對企業的信任。\n"
    "\n"
    "如何遵守商品說明條例?\n"
    "\n"
    "清晰的商品資訊\n"
    "\n"
    "首先,企業應確保商品標籤和說明書上的資訊清晰易懂,包括商品的成分、規格、使用方法、保存方式等。\n"
    "\n"
    "合規的廣告宣傳\n"
    "\n"
    "在進行商品宣傳時,企業應遵守香港的廣告條例,確保廣告內容真實、準確、無誤導性質。\n"
)


def test_sub_headings_under_a_weight_heading_and_a_how_to_comply_question_are_no_headwords():
    assert pairs(_TRADE_DESCRIPTIONS) == []


def test_a_glossary_s_headword_lines_under_no_such_heading_are_still_read():
    # (the same sub-headings under a plain section title stay headword blocks when their paragraphs define them)
    text = (
        "相關名詞\n"
        "\n"
        "商品說明\n"
        "\n"
        "商品說明是指就貨品的數量、大小、製造方法、成分等作出的直接或間接的顯示。\n"
        "\n"
        "虛假商品說明\n"
        "\n"
        "虛假商品說明是指在要項上屬虛假的商品說明。\n"
    )
    assert [term for term, _ in pairs(text)] == ["商品說明", "虛假商品說明"]


# --- an introduction closing on an invitation to learn what the word is gives no answer (P3110) ---

_COOLING_OFF_INTRO = (
    "什麼是七天鑑賞期?\n"
    "發布日期:8/25/2023\n"
    "「七天鑑賞期」不僅是一個法律概念,更是一種購物文化的體現。它賦予了我們在購買後的權利,同時也促使商家提供更好的服務和商品。\n"
    "今天就和 睿理國際法律事務所 來了解什麼是七天鑑賞期吧!\n"
)


def test_an_introduction_inviting_the_reader_to_learn_what_the_word_is_is_no_answer():
    assert pairs(_COOLING_OFF_INTRO) == []


def test_an_answer_not_closing_on_such_an_invitation_is_still_read():
    text = (
        "什么是七天无理由退货?\n"
        "七天无理由退货是指消费者通过网络购买商品,自收到商品之日起七日内可以无理由退货。\n"
    )
    assert [term for term, _ in pairs(text)] == ["七天无理由退货"]


# --- headword lines over 定义: fields are the glossary, numbered classification headings notwithstanding (P3111) ---

_PREPAID_CARDS = (
    "单用途预付卡\n"
    "定义:只能在一个企业或同一品牌连锁店使用,相当于“专属消费券”。\n"
    "例子:苏宁卡(只能在苏宁门店消费)、美容院会员卡(仅限本店使用)。\n"
    "多用途预付卡\n"
    "定义:可在跨行业、跨地区的多个签约商户使用,相当于“通用消费卡”。\n"
    "例子:商通卡(可在商场、餐厅、加油站使用)、福卡(支持超市、便利店等)。\n"
    "二、按是否记名分类\n"
    "根据持卡人身份是否绑定,预付卡分为两类:\n"
    "记名预付卡\n"
    "定义:需实名登记,支持挂失、赎回。\n"
    "适用场景:企业发放员工福利、高价值礼品卡。\n"
    "三、按载体形态分类\n"
    "随着技术发展,预付卡逐渐从实体向虚拟形态升级。\n"
    "实体预付卡\n"
    "定义:传统塑料卡片,通过磁条或芯片存储信息。\n"
)


def test_headword_lines_over_definition_fields_are_read_under_numbered_classification_headings():
    assert pairs(_PREPAID_CARDS) == [
        ("单用途预付卡", "只能在一个企业或同一品牌连锁店使用,相当于“专属消费券”。"),
        ("多用途预付卡", "可在跨行业、跨地区的多个签约商户使用,相当于“通用消费卡”。"),
        ("记名预付卡", "需实名登记,支持挂失、赎回。"),
        ("实体预付卡", "传统塑料卡片,通过磁条或芯片存储信息。"),
    ]


def test_the_numbered_heading_over_a_plain_paragraph_is_no_headword():
    assert "三、按载体形态分类" not in [term for term, _ in pairs(_PREPAID_CARDS)]
    assert "按载体形态分类" not in [term for term, _ in pairs(_PREPAID_CARDS)]


# --- a subject and the time of its action (X在…前) is a clause, no term before an adverb 即 (P3122) ---


def test_a_subject_with_the_time_of_its_action_is_no_term_before_ji():
    text = (
        "当供应商送货至仓库,传统做法仅核对采购单与数量。而在一物一码体系下:\n"
        "每批原材料在入库前即被分配唯一批次码(含供应商、生产日期、质检报告等元数据);\n"
        "通过PDA扫描原料外包装上的二维码,系统自动关联采购订单、质检结果与库位信息;\n"
    )
    assert [term for term, _ in pairs(text) if "在" in term] == []


def test_a_term_holding_zai_without_a_time_word_stays():
    text = "潜在风险是指尚未发生但可能发生的风险。存在风险的企业应当及时报告。\n"
    assert [term for term, _ in pairs(text)] == ["潜在风险"]


# --- an odd-dot list whose items mostly open with a defining marker is a glossary, its other items too (P2936, dev-105) ---

_DRIVING_LEVELS = (
    "在國際上，自動駕駛被劃分為5個級別，分別是L1級至L5級，以下為自動駕駛五大級別的區別：\n"
    "\n"
    "．L1級：這是駕駛自動化的入門級別，車輛只能執行一項簡單的駕駛操作，例如定速巡航。方向盤和剎車需要駕駛者時時掌控。\n"
    "\n"
    "．L2級：也被稱作L2級組合輔助駕駛，它可以實現車輛的組合控制，如同時輔助控制轉向、加減速，但車輛仍需駕駛員即時監控和控制。\n"
    "\n"
    "．L3級：是有條件的自動駕駛，也就是說，車輛在特定場景下，可以由系統實現自動駕駛，但當系統發出介入請求時，需要駕駛員能夠做到及時接管車輛。\n"
    "\n"
    "．L4級：是高度的自動駕駛，它是在限定的區域內，可以實現無需干預的自動駕駛。\n"
    "\n"
    "．L5級：是完全的自動駕駛，車輛可以無方向盤，適應任何環境下的自動駕駛。\n"
)


def test_an_odd_dot_list_mostly_defined_reads_its_freely_written_items_too():
    assert pairs(_DRIVING_LEVELS) == [
        ("L1級", "這是駕駛自動化的入門級別，車輛只能執行一項簡單的駕駛操作，例如定速巡航。方向盤和剎車需要駕駛者時時掌控。"),
        ("L2級", "也被稱作L2級組合輔助駕駛，它可以實現車輛的組合控制，如同時輔助控制轉向、加減速，但車輛仍需駕駛員即時監控和控制。"),
        ("L3級", "是有條件的自動駕駛，也就是說，車輛在特定場景下，可以由系統實現自動駕駛，但當系統發出介入請求時，需要駕駛員能夠做到及時接管車輛。"),
        ("L4級", "是高度的自動駕駛，它是在限定的區域內，可以實現無需干預的自動駕駛。"),
        ("L5級", "是完全的自動駕駛，車輛可以無方向盤，適應任何環境下的自動駕駛。"),
    ]


def test_a_programme_s_odd_dot_fields_opening_with_no_marker_stay_no_entries():
    # (P2725's shape: fields of an allowance, none opening as a gloss)
    text = (
        "．領取對象：凡於民國九十年至九十一年間出生之本國籍青年。\n"
        "．領取額度：每人可領取1200點，可用於藝文展演。\n"
        "．使用期限：自領取日起至年底止，逾期未使用者失效。\n"
    )
    assert pairs(text) == []


# --- the FAQ's question, its answer, the aims lead-in and the 備註: notes read together (P3121) ---

_ADDITIVES_FAQ = (
    "Q1:食品添加物是什麼?\n"
    "\n"
    "食品添加物就是食品加工者為了特定目的而添加於食品中,以使食品達到預期的狀態。\n"
    "\n"
    "通常使用的目的包含有以下幾種:\n"
    "\n"
    "(一)提高食品的保存條件或延長保存期限。\n"
    "\n"
    "(二)強化食品中的營養價值。\n"
    "\n"
    "備註:\n"
    "\n"
    "1.食品衛生管理法第三條所稱食品添加物,係指食品之製造、加工、調配、包裝、運送、貯存等過程中用以著色、調味、防腐、漂白、"
    "乳化、增加香味、安定品質、促進發酵、增加稠度、增加營養、防止氧化或其他用途而添加或接觸於食品之物質。\n"
    "\n"
    "2.目前我國允許使用的食品添加物及其相關規定請參考【食品添加物使用範圍及限量暨規格標準】附表一示。\n"
)


def test_a_labelled_question_is_no_colon_entry_and_its_answer_ends_before_the_aims_and_the_notes():
    assert pairs(_ADDITIVES_FAQ) == [
        ("食品添加物", "就是食品加工者為了特定目的而添加於食品中,以使食品達到預期的狀態。"),
        (
            "食品添加物",
            "係指食品之製造、加工、調配、包裝、運送、貯存等過程中用以著色、調味、防腐、漂白、乳化、增加香味、安定品質、"
            "促進發酵、增加稠度、增加營養、防止氧化或其他用途而添加或接觸於食品之物質。",
        ),
    ]


def test_an_aims_lead_in_right_after_the_question_is_not_cut_off():
    # (the lead-in ends an answer only after a complete sentence of it: an answer that is only the aims stays whole)
    text = (
        "Q1:食品添加物是什麼?\n"
        "\n"
        "通常使用的目的包含有以下幾種:\n"
        "\n"
        "(一)提高食品的保存條件或延長保存期限。\n"
    )
    assert pairs(text) == [("食品添加物", "通常使用的目的包含有以下幾種:(一)提高食品的保存條件或延長保存期限。")]


# --- colon headword lines under a heading naming every one of them (P3119) ---

_CONTRACT_TIPS = (
    "8.詳閱買賣定型化契約及契約審閱期\n"
    "定型化契約:\n"
    "凡以企業經營者提出之定型化契約條款作為契約內容之一部或全部而訂定之契約,均稱為定型化契約。定型化契約條款不限於書面,"
    "其以放映、張貼、牌示或其他方法表示者,亦屬之。\n"
    "契約審閱期(買賣猶豫期間):\n"
    "賣方若是企業經營者(建商),要簽定買賣契約前,買方可以享有一定期間的契約審閱期(買賣猶豫期間)。\n"
)


def test_colon_headwords_named_by_the_heading_above_are_a_glossary():
    assert pairs(_CONTRACT_TIPS) == [
        (
            "定型化契約",
            "凡以企業經營者提出之定型化契約條款作為契約內容之一部或全部而訂定之契約,均稱為定型化契約。定型化契約條款不限於書面,"
            "其以放映、張貼、牌示或其他方法表示者,亦屬之。",
        ),
        ("契約審閱期(買賣猶豫期間)", "賣方若是企業經營者(建商),要簽定買賣契約前,買方可以享有一定期間的契約審閱期(買賣猶豫期間)。"),
    ]


def test_colon_section_labels_the_heading_does_not_name_stay_no_headwords():
    # (a report's sections under a plain heading: 主要成效: / … / 存在問題: / …)
    text = (
        "8.今年工作回顧\n"
        "主要成效:\n"
        "全年完成審閱契約三百餘件,較上年增加一成。\n"
        "存在問題:\n"
        "部分建商仍未依規定提供契約審閱期,消費者權益受損。\n"
    )
    assert [term for term, _ in pairs(text)] == []


# --- a card's 特点: field heads no section of headword lines, as a heading of merits does: the next card is read (P3111) ---

_CARDS_WITH_TRAITS = (
    "单用途预付卡\n"
    "定义:只能在一个企业或同一品牌连锁店使用,相当于“专属消费券”。\n"
    "特点:\n"
    "商家自主发行,无需第三方清算;\n"
    "需向商务部备案,消费者可登录商务部网站查询发卡企业资质。\n"
    "案例:某健身房推出3000元年卡,用户充值后仅限在该健身房消费,若健身房倒闭,资金可能无法追回。\n"
    "多用途预付卡\n"
    "定义:可在跨行业、跨地区的多个签约商户使用,相当于“通用消费卡”。\n"
    "特点:\n"
    "资金通过银联等清算平台流转,安全性更高。\n"
    "不记名预付卡\n"
    "定义:无需实名,即买即用,但不可挂失。\n"
)


def test_a_card_s_traits_field_heads_no_section_so_the_next_card_s_headword_is_read():
    assert pairs(_CARDS_WITH_TRAITS) == [
        ("单用途预付卡", "只能在一个企业或同一品牌连锁店使用,相当于“专属消费券”。"),
        ("多用途预付卡", "可在跨行业、跨地区的多个签约商户使用,相当于“通用消费卡”。"),
        ("不记名预付卡", "无需实名,即买即用,但不可挂失。"),
    ]
