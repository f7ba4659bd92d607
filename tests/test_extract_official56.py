"""The fifty-sixth development set's official pages (Hong Kong, Macao): the layouts read anew, each with the page's real
line and a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# An official page citing the provision that glosses its heading's service (536: coded headings, each over one paragraph
# 根据《…条例》…的规定,X即…;): the cited provision is a lead, no part of the term, and the statute's item ends at its semicolon.
_CITED = (
    "A02 酒店服务\n\n"
    "根据《公共巴士服务条例》 (第 230章 )第 4条的规定,酒店服务即运载下榻某酒店的乘客的服务,而该服务是在该酒店接载或放下每一名乘客的;\n\n"
    "A04 雇员服务\n\n"
    "根据《公共巴士服务条例》 (第 230章 )第 4条的规定,雇员服务即由雇主提供以运载任何为其雇用的人的乘客往返该等人的工作地点的服务;\n\n"
    "A05 国际乘客服务\n"
)


def test_a_cited_provisions_gloss_by_ji_gives_the_bare_term():
    assert pairs(_CITED) == [
        ("酒店服务", "即运载下榻某酒店的乘客的服务,而该服务是在该酒店接载或放下每一名乘客的"),
        ("雇员服务", "即由雇主提供以运载任何为其雇用的人的乘客往返该等人的工作地点的服务"),
    ]


def test_a_cited_provisions_rule_with_ji_ke_is_no_gloss():
    # (the counter-case: after the same lead, 即可 is 'may then', a rule, and a lead without 规定 cites no provision's gloss)
    assert pairs("根据《公共巴士服务条例》第 4条的规定,申请人即可向运输署申领牌照;\n\n其他\n") == []
    assert pairs("根据《公共巴士服务条例》第 4条,酒店服务即运载下榻某酒店的乘客的服务;\n\n其他\n") == []


@given(st.sampled_from(["根据", "根據", "依照", "按照"]), st.sampled_from(["酒店服务", "学生服务", "居民服务"]))
def test_the_cited_provision_never_stays_in_the_term(lead, term):
    found = dict(pairs(f"{lead}《公共巴士服务条例》第 4条的规定,{term}即运载乘客往返某地的服务;\n\n其他\n"))
    assert found == {term: "即运载乘客往返某地的服务"}


# A bilingual ordinance's interpretation items (531, 532, 535): a term, its English name in brackets and 指; the English name
# is no part of the term, the item ends at its semicolon, and a hard wrap inside it is joined.
_INTERPRETATION = (
    "(1) 在本規例中,除文意另有所指外─\n"
    "“工作日”(working day) 指任何既非公眾假日,亦非《釋義及通則條例》(1)71(2)條所指的烈風警告日或黑色暴雨警告日的日子;\n"
    "表格(form) 指附表指明的表格;\n"
    "獨立單位”(self-contained unit) 指有獨立煮食設備及浴室(不論是否設有廁所)的獨立住宅。\n"
)
_INSERTED = (
    "(b) 加入--\n"
    "\"\"土地審裁處\" (Lands Tribunal) 指由《土地審裁處條例》(第17章)\n"
    "第3條設立的土地審\n"
    "裁處;\n"
    "\"仲裁處\" (Board) 指由《小額薪酬索償仲裁處條例》(第453章)第\n"
    "3條設立的小額薪酬\n"
    "索償仲裁處;\n"
)


def test_an_ordinances_interpretation_items_give_the_terms_without_their_english_names():
    assert pairs(_INTERPRETATION) == [
        ("“工作日”", "指任何既非公眾假日,亦非《釋義及通則條例》(1)71(2)條所指的烈風警告日或黑色暴雨警告日的日子"),
        ("表格", "指附表指明的表格"),
        ("獨立單位”", "指有獨立煮食設備及浴室(不論是否設有廁所)的獨立住宅。"),
    ]


def test_a_bills_inserted_items_are_joined_over_their_wraps():
    assert pairs(_INSERTED) == [
        ('"土地審裁處"', "指由《土地審裁處條例》(第17章)第3條設立的土地審裁處"),
        ('"仲裁處"', "指由《小額薪酬索償仲裁處條例》(第453章)第3條設立的小額薪酬索償仲裁處"),
    ]


def test_a_lead_in_run_into_a_table_cell_is_no_part_of_the_term():
    line = "4(1) |\n|\n在本规例中,除文意另有所指外,“食物业”(food business) 指有人为营业目的而从事食物处理的行业或业务,但本条以后条文另有规定者除外。 |\n"
    assert pairs(line) == [("“食物业”", "指有人为营业目的而从事食物处理的行业或业务,但本条以后条文另有规定者除外。")]


def test_an_office_named_with_its_english_name_before_a_verb_is_no_interpretation_item():
    # (指定, 指派 after the English name are a rule's verbs: the office does something, nothing is defined)
    assert pairs("行政長官(Chief Executive)指定的人員須於十四日內提交報告。\n") == []
    assert pairs("“工作日”(working day) 指星期六、星期日及公眾假期以外的日子;\n") == [("“工作日”", "指星期六、星期日及公眾假期以外的日子")]


def test_an_abbreviation_in_brackets_or_an_item_cut_by_the_page_is_no_interpretation_item():
    # (the counter-cases: a yearbook's headword with its abbreviation keeps it, as its gold does; an item the page cuts
    # before its semicolon gives nothing)
    assert pairs("研究与试验发展(R&D)  指为增加知识存量而进行的系统的创造性活动。\n") != [("研究与试验发展", "指为增加知识存量而进行的系统的创造性活动。")]
    assert pairs("(1) 在本規例中,除文意另有所指外─\n“工作日”(working day) 指任何既非公眾假日,亦非烈風警告日的") == []


@given(st.sampled_from(["working day", "form", "Lands Tribunal", "self-contained unit"]), st.sampled_from(["“要約”", "要約", "\"要約\""]))
def test_the_english_name_never_stays_in_the_term(english, term):
    found = pairs(f"(1) 在本規例中,除文意另有所指外─\n{term}({english}) 指任何要約人以口頭或書面提出的建議;\n主代理(principal agent) 指直接從賣方取得指示的持牌人;\n")
    assert found[0] == (term, "指任何要約人以口頭或書面提出的建議")


# A briefing reporting a law's definition names the law before the quoted word (556): the law's frame is no part of the term.
_BRIEFING = (
    "控煙辦代表指出,《新控煙法》規定的\"室內場所\"是指設有上蓋並以牆壁、圍牆或其他表面圍成且設有開口處的整個空間,"
    "而其各開口處的面積之和小於有關場所各外表面積之和的50%。\n"
)


def test_the_law_ruling_a_quoted_word_is_no_part_of_the_term():
    assert [term for term, _ in pairs(_BRIEFING)] == ['"室內場所"']


def test_a_law_named_before_an_unquoted_subject_stays_in_the_term():
    # (the counter-case: without quotation marks the words after the law's name are no quoted word it rules, and the
    # term is left as the prose pass reads it)
    assert [term for term, _ in pairs("《新控煙法》規定的室內場所是指設有上蓋的整個空間。\n")] != ["室內場所"]


def test_a_quoted_words_gloss_going_on_after_its_semicolon_is_not_cut():
    # (an exclusion or a second sense after the semicolon is the gloss's own, no turn to something else)
    assert pairs("“三公”经费指因公出国(境)费、公务用车购置及运行费、公务接待费;并且不包括会议费。\n") == [
        ("“三公”经费", "指因公出国(境)费、公务用车购置及运行费、公务接待费;并且不包括会议费。")
    ]
    assert pairs("“大数据”是指规模巨大的数据集合;亦指处理这类数据的技术。\n") == [
        ("“大数据”", "是指规模巨大的数据集合;亦指处理这类数据的技术。")
    ]


# Two kinds of one method named together in a sentence, then each glossed by bare 是 in a paragraph of its own (555).
_KINDS = (
    "(2)聽力殘疾評估方法\n\n"
    "根據受評人的病史、主觀測聽法和客觀測聽法的結果作綜合評估。\n\n"
    "主觀測聽法是使用純音測聽法(包括兒童視覺強化測聽和遊戲測聽、成人純音測聽)作測試。\n\n"
    "客觀測聽法是使用腦幹誘發電位、耳聲發射、聲導抗、聽覺穩態誘發電位等作測試。\n\n"
    "(三)〔……〕\n"
)


def test_two_kinds_of_one_head_named_together_are_glossed_by_bare_shi():
    assert pairs(_KINDS) == [
        ("主觀測聽法", "是使用純音測聽法(包括兒童視覺強化測聽和遊戲測聽、成人純音測聽)作測試。"),
        ("客觀測聽法", "是使用腦幹誘發電位、耳聲發射、聲導抗、聽覺穩態誘發電位等作測試。"),
    ]


def test_two_bodies_named_together_without_a_shared_head_give_no_bare_shi_entries():
    # (the counter-case: two bodies named together, then each described by bare 是, are no kinds of one thing)
    text = "會議由全國人大和全國政協共同舉行。\n\n全國人民代表大會是最高國家權力機關。\n\n中國人民政治協商會議是統一戰線組織。\n"
    assert pairs(text) == []


@given(st.sampled_from(["測聽法", "評估法", "保險"]), st.sampled_from([("主觀", "客觀"), ("長期", "短期"), ("個人", "團體")]))
def test_kinds_sharing_their_head_are_each_an_entry(head, pair):
    a, b = (p + head for p in pair)
    text = f"根據{a}和{b}的結果作綜合評估。\n\n{a}是使用甲方法作測試。\n\n{b}是使用乙方法作測試。\n\n其他\n"
    assert dict(pairs(text)) == {a: "是使用甲方法作測試。", b: "是使用乙方法作測試。"}


# An amending bill's clauses (531): a heading over 第N條現予修訂,… is what the bill does to the law, and a section's number
# with its subsections (第14(2)(b)(iia) 條…) is no headword.
_AMENDING = (
    "3. 申索的移交\n"
    "第7條現予修訂,在兩度出現的 \"區域法院\" 之前加入\"仲裁處、勞資審裁處、土地審裁處、\"。\n"
    "6. 申索書及聆訊通知書的送達\n"
    "第14(2)(b)(iia) 條現予修訂,廢除 \"掛號\"。\n"
    "7. 證據等摘要的備存\n"
    "第15條現予修訂,在 \"須將\" 之後加入 \"或安排將\"。\n"
)


def test_an_amending_bills_clauses_give_no_entries():
    assert pairs(_AMENDING) == []


def test_a_heading_over_its_own_gloss_still_gives_an_entry():
    # (the counter-case: the same numbered headings over paragraphs that gloss them stay entries)
    text = "3. 申索的移交\n指審裁處把申索移交區域法院審理的程序。\n4. 反申索\n指被告人在同一法律程序中向申索人提出的申索。\n"
    assert [term for term, _ in pairs(text)] == ["申索的移交", "反申索"]


def test_a_quoted_words_gloss_ends_where_the_sentence_turns_with_a_connective():
    text = _BRIEFING.replace("的50%。", "的50%;同時列舉了《新控煙法》的禁煙範圍包括衛生護理場所、網吧等。")
    assert pairs(text) == [
        ('"室內場所"', "是指設有上蓋並以牆壁、圍牆或其他表面圍成且設有開口處的整個空間,而其各開口處的面積之和小於有關場所各外表面積之和的50%")
    ]


def test_a_gloss_going_on_over_its_own_items_after_a_semicolon_is_not_cut():
    # (the counter-case: no connective after the semicolon, the gloss's next item; and an unquoted word's gloss goes on)
    text = "控煙辦代表指出,\"禁煙區\"是指室內場所;設有上蓋的公共通道及升降機。\n"
    assert dict(pairs(text)).get('"禁煙區"') == "是指室內場所;設有上蓋的公共通道及升降機。"


def test_a_cited_provisions_rule_timed_by_ji_is_no_gloss():
    # (the Labour Contract Law's article 7 as official pages cite it: what comes before 即 is when the relation starts, and
    # 即应 / 即予 open a duty; the same lead over a headword and its gloss still gives it)
    assert pairs("根据《劳动合同法》第七条规定,用人单位自用工之日起即与劳动者建立劳动关系。\n") == []
    assert pairs("根据《社会保险法》的规定,职工在试用期内即应参加社会保险。\n") == []
    assert pairs("根据《政府信息公开条例》第二十条的规定,行政机关收到申请后即予登记。\n") == []
    assert pairs("根据《统计法》的规定,统计调查对象即依法负有提供统计资料义务的单位和个人。\n") == [
        ("统计调查对象", "即依法负有提供统计资料义务的单位和个人。")
    ]


def test_an_interpretation_item_over_lettered_paragraphs_is_not_cut_at_its_first():
    # (an ordinance's item 指─ over its paragraphs (a), (b): each paragraph's semicolon is no end of the item; a lead-in
    # before the dash is the gloss, as 536's 即符合以下各项条件的服务─ is)
    text = (
        "(1) 在本條例中,除文意另有所指外─\n“指明人士”(specified person) 指─\n(a) 持牌人;\n(b) 持牌人的僱員;或\n(c) 獲授權人;\n"
        "“主管當局”(Authority) 指根據第4條設立的監管局;\n"
    )
    assert pairs(text) == [("“指明人士”", "指─(a) 持牌人;(b) 持牌人的僱員;或(c) 獲授權人"), ("“主管當局”", "指根據第4條設立的監管局")]
    assert pairs("“指明人士”(specified person) 指符合以下各項條件的人士─\n(a) 持牌人;\n(b) 持牌人的僱員;\n") == [
        ("“指明人士”", "指符合以下各項條件的人士─")
    ]


def test_kinds_of_one_head_given_roles_by_bare_shi_are_no_glosses():
    # (a report's two kinds of one thing, each then said to be what it does for the whole: roles, not what they are; kinds
    # glossed by what they are stay entries)
    text = "会议强调,要统筹发展城市经济和县域经济。\n\n城市经济是区域发展的主引擎。\n\n县域经济是国民经济的基本单元。\n"
    assert pairs(text) == []
    text = "我国养老保险包括基本养老保险和补充养老保险。\n\n基本养老保险是国家依法强制实施的社会保险制度。\n\n补充养老保险是用人单位为职工建立的辅助性养老保险。\n"
    assert [term for term, _ in pairs(text)] == ["基本养老保险", "补充养老保险"]
