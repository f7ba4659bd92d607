"""The fifty-fourth and fifty-fifth development sets' official pages (Hong Kong, Macao, Taiwan): the layouts read anew,
each with the page's real line and a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# A Taiwan agency's administrative rules (作業要點, 處理要點) name themselves 要點 in their definition point, as a law names
# itself 本法: the lead-in 本要點所稱 is no part of the term (505, 521).
_POINTS = (
    "三、本要點所稱申請人,指亡者之家屬、繼承人、遺囑指定為其辦理殯葬事宜之人、依法處理遺體之福利機構、"
    "就業服務法第六十一條所稱之雇主或所屬國籍駐臺機構;所稱受委託人,指受申請人委託協助處理亡者殯葬事宜之人員或殯葬禮儀服務業(以下簡稱業者)。\n"
)


def test_an_administrative_rules_definition_point_gives_the_bare_term():
    found = dict(pairs(_POINTS))
    assert found["申請人"].startswith("指亡者之家屬、繼承人、遺囑指定為其辦理殯葬事宜之人")
    assert "本要點所稱申請人" not in found


def test_a_points_word_of_the_term_itself_stays_and_a_rule_without_a_gloss_gives_nothing():
    # (the counter-cases: 要點 as a word of the term, not the rules naming themselves, stays in the term; a point naming
    # the rules with 所稱 but glossing nothing is no entry)
    assert pairs("二、工作要點,指各機關年度施政計畫所列之重點工作項目。\n") == [("工作要點", "指各機關年度施政計畫所列之重點工作項目。")]
    assert pairs("一、本要點依檔案法第五條規定訂定之。\n二、本要點所稱之機關,由主管機關另定之。\n") == []


@given(st.sampled_from(["申請人", "本平臺資料", "受委託人", "公立殯葬設施"]), st.sampled_from(["要點", "準則", "辦法"]))
def test_the_rules_lead_in_never_stays_in_the_term(term, kind):
    found = dict(pairs(f"二、本{kind}所稱{term},指本所於網站建置之資訊平臺中取得之有關地質調查之資料。\n"))
    assert found.get(term, "").startswith("指本所於網站建置之資訊平臺中")


# A law's definitions article announcing its items (下列概念應理解為:) over lettered items joined by a double dash (512): each
# item is an entry from its gloss's first word, letter and dash dropped, the list's semicolon dropped.
_CONCEPTS = (
    "為適用《海事活動規章》的規定,下列概念應理解為:\n"
    "a)澳門特別行政區的船舶——屬於包括自治機關、自治基金及公務法人在內的澳門特別行政區公共行政當局部門的商用船;\n"
    "b)船長——船舶之船長、駕長、主駕駛或負責人。\n"
    "受《海事活動規章》規定約束之船舶,應於本法規生效起一年內使其狀況符合規範。\n"
)


def test_a_laws_announced_dashed_items_are_its_definitions():
    assert pairs(_CONCEPTS) == [
        ("澳門特別行政區的船舶", "屬於包括自治機關、自治基金及公務法人在內的澳門特別行政區公共行政當局部門的商用船"),
        ("船長", "船舶之船長、駕長、主駕駛或負責人。"),
    ]


def test_dashed_items_under_a_lead_in_announcing_no_definitions_are_none():
    # (the counter-case: the same lettered dash items under an approval's or a duty list's lead-in define nothing)
    assert pairs("核准下列事項:\na)城市規劃——由工務局負責;\nb)交通管理——由交通局負責。\n") == []
    assert pairs(_CONCEPTS.replace("下列概念應理解為:", "下列機關負責執行:")) == []


@given(st.lists(st.sampled_from(["船長", "船舶", "港口設施", "航行區域", "引水員"]), min_size=2, max_size=4, unique=True))
def test_every_announced_dashed_item_gives_its_headword_without_letter(words):
    items = "".join(f"{'abcd'[k]}){w}——在本規章中所述的{w}之全部範圍;\n" for k, w in enumerate(words))
    found = pairs(f"為適用本法規的規定,下列概念應理解為:\n{items}")
    assert [term for term, _ in found] == words
    assert all(not gloss.endswith(";") for _, gloss in found)


# A Macao law names itself 本法律 and its defined word with 所指的, then gives the word's class with 為 (494): the lead-in says
# the sentence defines, so 為 is its marker and the lead-in no part of the term.
def test_a_laws_defined_word_after_its_lead_in_is_defined_by_wei():
    text = "一、本法律旨在通過貫徹預防優先、妥善醫療的防治結合原則,有效地預防、控制和治療傳染病,保障公共衛生。\n二、本法律所指的傳染病為附表所列的疾病,該附表為本法律的組成部分。\n"
    assert pairs(text) == [("傳染病", "為附表所列的疾病,該附表為本法律的組成部分。")]


def test_a_laws_competent_authority_after_wei_is_no_definition():
    # (the counter-cases: 為 naming the body in charge, or an office, says who acts, not what the word is)
    assert pairs("第三條 本法所稱主管機關為內政部。\n") == []
    assert pairs("二、本法所稱主管機關為衛生福利部之疾病管制署。\n") == []
    assert pairs("三、本辦法所稱執行單位為本府所屬之各區公所。\n") == []


@given(st.sampled_from(["本法律所指的", "本法所稱", "本辦法所稱", "本條例所稱之"]), st.sampled_from(["傳染病", "公共場所", "危險物品"]))
def test_the_laws_lead_in_never_stays_in_a_wei_term(lead, word):
    found = pairs(f"二、{lead}{word}為附表所列的{word},該附表為本法律的組成部分。\n")
    assert found == [(word, f"為附表所列的{word},該附表為本法律的組成部分。")]


# A regulation's numbered point naming its term last (…者,為本方案之查報單位。, 503): the description is the gloss.
def test_a_point_naming_its_term_last_after_wei_ben_fangan_zhi_is_an_entry():
    text = (
        "四、本府各單位將執行職務之經過與結果予以登記、整理及編報者,為本方案之查報單位。\n\n"
        "五、本府各單位依規定蒐集、審核及彙總各查報單位編報之統計,為本方案之彙報單位。\n\n"
        "六、本方案之統計報表,由彙報單位依公務統計報表程式規定之期限,報送相關單位。\n"
    )
    assert pairs(text) == [
        ("查報單位", "本府各單位將執行職務之經過與結果予以登記、整理及編報者"),
        ("彙報單位", "本府各單位依規定蒐集、審核及彙總各查報單位編報之統計"),
    ]


def test_a_point_naming_the_regulations_aim_or_going_on_after_the_name_is_none():
    # (the counter-cases: a sentence that does not close on the name, and one that is not the point's whole line)
    assert pairs("六、本方案之統計報表,由彙報單位依公務統計報表程式規定之期限,報送相關單位。\n") == []
    assert pairs("四、本府各單位編報之統計,為本方案之彙報單位。其報表應於期限內報送。\n") == []


# A classification's one-character levels glossed with 指, three numbered items at least (503).
_LEVELS = (
    "九、本方案之統計科目區分如下:\n\n(一)類:指臺南市政府及所屬機關統計範圍劃分方案之小類。\n\n"
    "(二)綱:指臺南市政府及所屬機關統計範圍劃分方案之細類。\n\n(三)目:指各公務統計報表表名。\n\n(四)欄:指各表內之各欄。\n"
)


def test_a_classifications_one_character_levels_are_entries():
    assert pairs(_LEVELS) == [
        ("類", "指臺南市政府及所屬機關統計範圍劃分方案之小類。"),
        ("綱", "指臺南市政府及所屬機關統計範圍劃分方案之細類。"),
        ("目", "指各公務統計報表表名。"),
        ("欄", "指各表內之各欄。"),
    ]


def test_one_character_labels_fewer_than_three_are_no_levels():
    # (the counter-case: a note's one-character label glossed with 指, alone or with one more, stays no entry)
    assert pairs("(一)注:指本表所列數字均為初步統計。\n\n(二)附:指另表所列之說明。\n") == []


@given(st.integers(min_value=3, max_value=6))
def test_every_level_of_a_run_is_read_and_keeps_its_character(n):
    chars = "類綱目欄項節"[:n]
    text = "本方案之統計科目區分如下:\n" + "".join(f"({'一二三四五六'[k]}){c}:指各公務統計報表之第{k + 1}層。\n" for k, c in enumerate(chars))
    assert [term for term, _ in pairs(text)] == list(chars)


# A statistics note's item naming the cause its table counts (502): 採伐原因:指… is a variable defined, though an article's
# section on the causes (形成原因:…) is none.
def test_a_statistics_items_cause_variable_glossed_with_zhi_is_an_entry():
    text = "*統計項目定義:\n(一)承租別:指營造保安林、租地造林、竹林保育或營造竹林。\n(二)採伐原因:指更新、間伐、除伐、病蟲害、風倒、火燒、枯損、障礙或其他。\n*統計單位:數量-(林立)立方公尺、(竹)支;面積-公頃。\n"
    assert ("採伐原因", "指更新、間伐、除伐、病蟲害、風倒、火燒、枯損、障礙或其他。") in pairs(text)


def test_an_articles_section_on_the_causes_is_no_entry():
    text = "(一)形成原因:指出口下滑、投資放緩等多方面因素共同作用。\n(二)主要原因:指需求不足。\n"
    assert all(term not in ("形成原因", "主要原因") for term, _ in pairs(text))


# A classification's 凡 sentence naming its classes in turn after what each covers (502).
_CLASSES = (
    "*統計分類:\n凡在劃定之保安林地或保留地區範圍內天然生長之林木,為天然保安林,以人工營造之保安林,在放租林地或直營造林地,均為營造保安林。\n"
    "*發布週期(指資料編製或產生之頻率,如月、季、年等):年\n"
)


def test_a_classifications_whatever_sentence_gives_each_class_named():
    assert [(t, d) for t, d in pairs(_CLASSES) if "保安林" in t] == [
        ("天然保安林", "凡在劃定之保安林地或保留地區範圍內天然生長之林木"),
        ("營造保安林", "以人工營造之保安林,在放租林地或直營造林地"),
    ]


def test_a_whatever_sentence_naming_only_the_tables_scope_is_none():
    # (the counter-case, a real note of the same statistics site: one name after 凡 states the scope)
    assert pairs("*統計對象:\n凡依戶籍法、戶籍法施行細則等有關規定之受理、執行案件,為統計對象。\n") == []


def test_a_whatever_sentence_with_purposes_before_its_directives_names_no_class():
    # (a rule's 凡 sentence whose 為 says what each directive is for, 為維護…,均應…: no class named)
    assert pairs("凡進入本園區之車輛,為維護園區安全,均應接受檢查,為避免交通壅塞,請依指示停放。\n") == []
    assert pairs("凡申請人為法人者,為確保資料正確,應檢附登記證明文件影本,為利審查,並應附具負責人身分證明。\n") == []


@given(st.lists(st.sampled_from(["甲類林地", "乙類林地", "丙類林地", "丁類林地"]), min_size=2, max_size=4, unique=True))
def test_every_named_class_is_glossed_by_the_words_before_it(names):
    clauses = ",".join(f"位於第{k + 1}區之林地,為{n}" for k, n in enumerate(names))
    found = pairs(f"*統計分類:\n凡{clauses}。\n*時效:36天\n")
    assert [t for t, _ in found] == names
    assert all("為" not in d for _, d in found)


# A statistics release turning to its next term with 至於 and glossing it after a comma with 主要包括 or 是指 (516): the
# term is an entry of its own, 至於 no part of it, and the term before ends before it.
_RELEASE = (
    "  技術創新活動是指為(i)推出技術嶄新或經顯著改良的產品或服務,或(ii)推出以技術嶄新或經顯著改良的程序生產的產品或服務而進行的活動。"
    "至於非技術創新活動,主要包括在機構策略、管理、組織架構、市場推廣及產品外觀設計等範疇所實施的重要變革。\n"
)


def test_a_release_turning_to_its_next_term_with_zhiyu_gives_it_an_entry():
    assert pairs(_RELEASE) == [
        ("技術創新活動", "是指為(i)推出技術嶄新或經顯著改良的產品或服務,或(ii)推出以技術嶄新或經顯著改良的程序生產的產品或服務而進行的活動。"),
        ("非技術創新活動", "主要包括在機構策略、管理、組織架構、市場推廣及產品外觀設計等範疇所實施的重要變革。"),
    ]


def test_zhiyu_before_a_clause_without_a_gloss_gives_no_entry():
    # (the counter-case: 至於 turning to a topic whose clause says what will happen, no marker after the comma)
    text = "  技術創新活動是指為推出技術嶄新的產品而進行的活動。至於其他活動,統計處將於明年另行公布有關數字。\n"
    assert [term for term, _ in pairs(text)] == ["技術創新活動"]


# An item of a rule's conditions closing on ;或 / ;及 (489, a registration regulation's qualifications): no gloss, though a
# 包括 follows its comma.
def test_a_conditions_item_closing_on_semicolon_or_is_no_entry():
    text = (
        " 2. 署長如信納任何人具備以下資歷和經驗,該人便有資格註冊以從事C級電力工程:\n"
        "  2. 在學位課程畢業後完成最少2年的署長認可電機工程學訓練,且具有最少2年其後的電力工作實際經驗;或\n"
        "  3. 具有最少6年的學位課程畢業後的電機工程實際經驗,包括最少1年電力工作實際經驗;或\n"
    )
    assert all(term != "具有最少6年的學位課程畢業後的電機工程實際經驗" for term, _ in pairs(text))


def test_a_definitions_item_closing_on_its_semicolon_stays():
    # (the counter-case: a definitions list's item closes on the semicolon alone and is read)
    text = "第二條 本法用詞,定義如下:\n一、公共機構:指政府各部門及公營事業機構;\n二、公職人員:指依法令從事於公務之人員。\n"
    assert ("公共機構", "指政府各部門及公營事業機構") in pairs(text)


# The law an official page cites before the word it glosses (510: 根據《…議事規則》( “《議事規則》”),立法會秘書指…) is no part
# of the term, as 為適用本法律的規定, is.
def test_a_cited_laws_lead_is_no_part_of_the_term():
    text = (
        "根據《香港特別行政區立法會議事規則》( “《議事規則》”),立法會秘書指根據《立法會行政管理委員會條例》(第443章)第15(1)條委任的"
        "立法會秘書處秘書長。根據《立法會條例》(第542章)第3(1)條,立法會秘書包括任何獲委任在立法會秘書處擔任職位的人。\n"
    )
    assert [term for term, _ in pairs(text)] == ["立法會秘書"]
    assert pairs(text)[0][1].startswith("指根據《立法會行政管理委員會條例》")


def test_a_cited_laws_rule_after_its_lead_gives_no_term():
    # (the counter-case: the law cited, then a rule with no marker, 即屬違法 being a verdict)
    assert pairs("  • 根据《防止贿赂条例》第8条,任何人与公共机构进行事务往来时,无合法权限而向公职人员提供利益,即属违法。\n") == []


# A law cited for a word's extent (490): 根据《X条例》,Y包括… / 在《X条例》中,Y包括… / Y包括《X条例》附表所指明的…
_FAQ = (
    "  • 根据《防止贿赂条例》,公职人员包括政府人员、公共机构的僱员及管治团体(例如管理局、董事局或委员会)成员,包括永久或临时受僱,受薪或不受薪人士。\n"
    "谁是公职人员?\n"
    "  • 公共机构包括《防止贿赂条例》附表所指明的各类委员会或其他机构(例如公共运输机构、公用事业机构、大专院校、公立医院等)。\n"
    "  • 在《防止贿赂条例》中,利益包括任何有价值的东西,但款待除外。\n"
    "  • 因此,主要考虑因素在于提供及接受利益的目的、意图及情况,而非利益的价值。\n"
)


def test_a_word_whose_extent_a_cited_law_gives_is_an_entry():
    assert pairs(_FAQ) == [
        ("公职人员", "包括政府人员、公共机构的僱员及管治团体(例如管理局、董事局或委员会)成员,包括永久或临时受僱,受薪或不受薪人士。"),
        ("公共机构", "包括《防止贿赂条例》附表所指明的各类委员会或其他机构(例如公共运输机构、公用事业机构、大专院校、公立医院等)。"),
        ("利益", "包括任何有价值的东西,但款待除外。"),
    ]


def test_a_include_sentence_citing_no_law_is_no_entry():
    # (the counter-case: 包括 alone opens a report's statement)
    assert pairs("  • 主要任务包括推动廉洁文化、加强防贪教育及完善内部守则。\n") == []


def test_a_cited_laws_clause_pointing_back_names_no_word():
    # (有关条文, 本次会议审查的内容: the words after the citation point at the text or the meeting, no word of the law)
    assert pairs("在《防止贿赂条例》中,有关条文包括第3条及第4条。\n") == []
    assert pairs("根据《中华人民共和国预算法》,本次会议审查的内容包括中央决算报告和审计工作报告。\n") == []


@given(st.sampled_from(["根据《防止贿赂条例》,", "在《防止贿赂条例》中,", "依據《個人資料(私隱)條例》,"]), st.sampled_from(["利益", "公职人员", "個人資料"]))
def test_the_cited_law_never_stays_in_the_term(lead, word):
    assert pairs(f"  • {lead}{word}包括任何有价值的东西,但款待除外。\n") == [(word, "包括任何有价值的东西,但款待除外。")]


# A meaning heading over a paragraph citing the law before the quoted term and 是指 (491): the law's definition, its term as
# written; a rights heading over who has the right (消費者有權…) is a rule, no entry.
_RIGHTS_PAGE = (
    "消費者的權利\n消費者的定義\n\n"
    "根據第9/2021號法律《消費者權益保護法》第三條,“消費者”是指獲經營者提供商品或服務以供非業務上使用的自然人。\n\n"
    "獲得指導權利\n\n消費者有權透過澳門特別行政區政府持續推動的教育活動或推廣與消費相關的訊息,獲得有關消費和消費者權益方面的指導。\n"
)


def test_a_meaning_headings_paragraph_citing_the_law_gives_the_term_as_written():
    assert pairs(_RIGHTS_PAGE) == [("“消費者”", "是指獲經營者提供商品或服務以供非業務上使用的自然人。")]


def test_a_meaning_headings_paragraph_citing_the_law_without_a_strong_marker_keeps_the_headings_term():
    # (the counter-case: a bare 是 after the cited law is no law's definition quoted; the term stays the heading's word)
    text = "消費者的定義\n\n根據《消費者權益保護法》第三條,消費者是本法保障的對象,其權益受法律保護。\n"
    assert all(term != "“消費者”" for term, _ in pairs(text))


def test_a_definition_with_you_quan_inside_stays():
    assert pairs("1. 机构单位:指有权拥有资产和承担负债,能够独立地从事经济活动的经济实体。\n2. 常住单位:指在一国经济领土内具有经济利益中心的经济单位。\n")[0] == (
        "机构单位",
        "指有权拥有资产和承担负债,能够独立地从事经济活动的经济实体。",
    )


# A ministry's history page: section titles telling a change over time over the history they head (525) define nothing.
def test_history_section_titles_are_no_terms():
    text = (
        "體育運動 -Sports and Physical Education\n體育行政組織的變革\n"
        "  62年教育部成立體育司;86年行政院體育委員會成立之後,學校體育業務仍由體育司負責。\n\n"
        "從「雙主軸」到「黃金三角」\n  行政院體育委員會成立後以全民運動與競技運動為施政「雙主軸」,推動運動產業發展。\n"
    )
    assert pairs(text) == []


def test_a_term_naming_a_theory_of_change_stays():
    # (the counter-case: a word of change inside the term, not closing a title)
    assert pairs("制度变迁理论是指研究制度如何产生、演变和被替代的经济学理论。\n") == [
        ("制度变迁理论", "是指研究制度如何产生、演变和被替代的经济学理论。")
    ]


def test_a_glossary_term_closing_on_a_word_of_change_keeps_its_marked_gloss():
    # (a national glossary's headword closes on 变革 as a history title does, but its gloss opens with 指: a definition)
    text = (
        "新一轮科技革命和产业变革:指以人工智能、量子信息等为代表的技术突破带来的生产方式深刻变化。\n"
        "数字经济:指以数据资源为关键要素、以现代信息网络为主要载体的经济形态。\n"
    )
    assert [term for term, _ in pairs(text)] == ["新一轮科技革命和产业变革", "数字经济"]


# A statistics note's field label with an aside in brackets (498: 預告發布日期(含預告方式及週期):…) is the template's field.
def test_a_metadata_field_label_with_an_aside_is_no_term():
    text = "*統計項目定義:\n(一)文廟:指奉祀孔子之廟宇。\n(二)書院:指古代講學之所。\n四、公開資料發布訊息\n*預告發布日期(含預告方式及週期):每年終了後2個月又5日前上網發布。\n"
    assert all(not term.startswith("預告發布日期") for term, _ in pairs(text))


def test_a_term_with_a_bracketed_part_that_is_no_field_label_stays():
    # (the counter-case: a bracket after a term that is no template label keeps the entry)
    text = "(一)祭祀人數(含陪祭人員):指參與祭典之總人數。\n(二)祭祀次數:指每年舉行祭典之次數。\n"
    assert ("祭祀人數(含陪祭人員)", "指參與祭典之總人數。") in pairs(text)


# A notice's table cell running its sub-items in after the heading's colon and after each spaced full stop (524).
_CELL = (
    "一、轉(契)作及休耕: (一)轉(契)作:種植進口替代作物、外銷潛力作物、地區特產及有機等作物。 (二)休耕:種植綠肥或辦理生產環境維護等措施。"
    " 二、申報地點:本所農業課。\n"
)


def test_a_cells_run_in_sub_items_are_entries():
    found = pairs(_CELL)
    assert ("轉(契)作", "種植進口替代作物、外銷潛力作物、地區特產及有機等作物。") in found
    assert ("休耕", "種植綠肥或辦理生產環境維護等措施。") in found
    assert all(term != "轉(契)作及休耕" for term, _ in found)


def test_a_bracketed_number_inside_a_sentence_splits_nothing():
    # (the counter-case: (一) after a comma, inside a sentence, opens no item)
    text = "一、申報方式:農友得以書面申報,(一)欄請填寫農地地號:並檢附相關證明文件。\n"
    assert all(term != "欄請填寫農地地號" for term, _ in pairs(text))


# A sentence naming a term's definition and giving it with 為 (514: 根據《…指引》第二章的2.4.1,“家暴兒童”的定義為“…”), the
# cited guideline left out, the quotation marks of the quoted definition kept.
def test_a_definition_named_then_given_with_wei_is_an_entry():
    text = "根據《處理家庭暴力個案程序指引》第二章的2.4.1,“家暴兒童”的定義為“施暴者對18歲以下未成年人士作出危害或損害他們身心健康的行為。”\n"
    assert pairs(text) == [("“家暴兒童”", "為“施暴者對18歲以下未成年人士作出危害或損害他們身心健康的行為。”")]


def test_a_definition_named_without_being_given_is_none():
    # (the counter-cases: 的定義 followed by 是否 asks, and one followed by a verb of change says nothing of the sense)
    assert pairs("“家暴兒童”的定義是否應包括16至18歲已婚人士,委員會仍在研究。\n") == []
    assert pairs("“家暴兒童”的定義不斷擴闊,社會各界對此十分關注。\n") == []


def test_a_definition_someone_holds_of_a_word_gives_no_holder_term():
    # (世界衛生組織對健康的定義為…: the holder and 對 are no part of a term; an opinion, 我們對成功的定義是…, defines nothing;
    # 相對 inside a word is no holder's 對)
    assert pairs("世界衛生組織對健康的定義為「不僅是沒有疾病或虛弱,而是身體、精神與社會之完全健康狀態」。\n") == []
    assert pairs("我們對成功的定義是讓每個市民都能安居樂業。\n") == []
    assert [term for term, _ in pairs("相對貧困的定義為家庭收入低於全港住戶收入中位數一半的狀況。\n")] == ["相對貧困"]


@given(st.sampled_from(["“家暴兒童”", "虐兒個案", "受虐長者"]), st.sampled_from(["定義為", "定義是", "定义为"]))
def test_the_frame_never_stays_in_the_term(word, frame):
    found = pairs(f"{word}的{frame}施暴者對受照顧者作出危害或損害其身心健康的行為。\n")
    assert [term for term, _ in found] == [word]


# A heading naming a term's merits over the paragraph weighing them (487: 堅尼系數的優點 / 是以單一數字作描述,…) is an aspect, no term.
def test_a_heading_naming_merits_is_no_term():
    text = "堅尼系數的優點\n\n堅尼系數的優點是以單一數字作描述,因此較易為大眾認識。但值得注意的是,堅尼系數是一個相對性的數值。\n"
    assert all(not term.endswith("優點") for term, _ in pairs(text))


def test_a_term_naming_no_merit_keeps_its_gloss():
    # (the counter-case: a word that holds 點 without naming merits)
    assert pairs("水浸黑點是指容易出現水浸的地點。\n") == [("水浸黑點", "是指容易出現水浸的地點。")]


# A heading inviting the reader to a document (486: 了解《竞争条例》 / 按此浏览简易刊物,以了解《竞争条例》。) is no term.
def test_a_heading_inviting_the_reader_to_a_document_is_no_term():
    text = "了解《竞争条例》\n按此浏览简易刊物,以了解《竞争条例》。\n《竞争条例》旨在透过禁止反竞争的行为来促进竞争。\n"
    assert all(not term.startswith("了解") for term, _ in pairs(text))


def test_a_term_opening_with_the_same_verb_but_no_document_stays():
    # (the counter-case: 了解 as the first word of a term, no document named after it)
    assert pairs("了解权是指公民依法获取政府信息的权利。\n") == [("了解权", "是指公民依法获取政府信息的权利。")]
