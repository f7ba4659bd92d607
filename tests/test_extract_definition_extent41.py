"""The forty-first development set's definitions that began or ended in the wrong place: an aside 即Y before 是指, 它是指
after a bracketed title, a word's language frame, a card's run-in English name, an answer after its question, run-in
siblings with 则 and a summary, counted kinds glossed by 指, and an X:… paragraph below an X:是指… one; each with a real
sentence of the same shape that must read as before."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.general import normalise_headword


def test_an_aside_full_name_between_the_headword_and_shizhi_is_left_out():
    # as a layout cuts it (the aside in the term) and as the topic pass does (the aside opening the definition)
    assert normalise_headword(
        "政采贷,即政府采购供应商信用融资", "是指银行以政府采购供应商信用审查和政府采购信誉为基础,…发放无财产抵押贷款[1]。"
    ) == ("政采贷", "是指银行以政府采购供应商信用审查和政府采购信誉为基础,…发放无财产抵押贷款[1]。")
    quote = "教联体,即教育联合体,是指由政府、学校、企业、社区等多方主体共同参与,…实现教育协同发展的新型教育合作模式。"
    assert normalise_headword("教联体", quote[4:], quote) == ("教联体", "是指由政府、学校、企业、社区等多方主体共同参与,…实现教育协同发展的新型教育合作模式。")


def test_a_gloss_after_ji_and_another_name_run_in_stays():
    # (the older shape: 第三产业即服务业,是指… keeps its 即; 338's 即…的名称 glosses, with 的)
    assert normalise_headword("第三产业即服务业", "是指除第一产业、第二产业以外的其他行业。", "第三产业即服务业,是指除第一产业、第二产业以外的其他行业。") == (
        "第三产业",
        "即服务业,是指除第一产业、第二产业以外的其他行业。",
    )
    assert normalise_headword("子项名称", "即政务服务事项子项的名称,是指将政务服务事项主项…分列子项。", "子项名称即政务服务事项子项的名称,是指将政务服务事项主项…分列子项。") == (
        "子项名称",
        "即政务服务事项子项的名称,是指将政务服务事项主项…分列子项。",
    )


def test_it_shizhi_after_a_quoted_term_behind_a_bracketed_title_opens_the_definition():
    text = (
        "【高职高考是什么意思】“高职高考”是近年来在中国教育体系中逐渐被广泛提及的一个概念,尤其在职业教育领域具有重要意义。"
        "它是指针对中等职业学校(即“中职”)学生设立的一种升学考试制度,旨在为中职学生提供进一步深造的机会,进入高等职业院校(即“高职”)学习。\n"
    )
    assert pairs(text) == [
        ("“高职高考”", "是指针对中等职业学校(即“中职”)学生设立的一种升学考试制度,旨在为中职学生提供进一步深造的机会,进入高等职业院校(即“高职”)学习。")
    ]


def test_a_words_language_frame_goes_with_neither_term_nor_definition():
    # (the paragraph naming the headword of the title again goes on: the defined word is the headword itself)
    text = (
        "建制鎮是什麼意思\n"
        "\"建制鎮\"這個詞語在中文中通常指的是在中國行政體系中,由政府正式設立和認可的小型城鎮。它們通常具有一定的行政管理和服務功能,有時也包括經濟和社會發展的職能。"
        "建制鎮通常會設立鎮政府或鎮級行政機構,負責管理鎮內的公共事務和服務。\n"
    )
    assert pairs(text)[0] == (
        "\"建制鎮\"",
        "通常指的是在中國行政體系中,由政府正式設立和認可的小型城鎮。它們通常具有一定的行政管理和服務功能,有時也包括經濟和社會發展的職能。"
        "建制鎮通常會設立鎮政府或鎮級行政機構,負責管理鎮內的公共事務和服務。",
    )


def test_a_shorter_word_defined_under_its_headword_line_still_ends_before_the_headword():
    # (P537: “光盘” defined under 五、光盘行动, the sentence on the headword no part of it)
    found = pairs("五、光盘行动\n\n“光盘”是指将盘子里的东西吃光。“光盘行动”旨在让人们培养节约习惯,养成珍惜粮食、反对浪费的习惯。\n")
    assert ("“光盘”", "是指将盘子里的东西吃光。") in found


def test_a_field_of_a_sense_still_goes_with_the_marker():
    from policyterms.mining.extract_layouts.common import words_before_marker

    assert words_before_marker("内卷在社会学中") == ("内卷", "在社会学中")


def test_a_cards_english_name_run_in_after_the_restated_headword_is_left_out():
    text = (
        "词条 | 工程验收 |\n类别 | 中文百科知识 |\n"
        "释义 | 工程验收acceptance check of completed project建设项目按批准的设计文件规定建成后,由组织建设单位的主管部门及有关部门对完建工程进行质量检验和签收的工作。 |\n"
    )
    assert pairs(text) == [("工程验收", "建设项目按批准的设计文件规定建成后,由组织建设单位的主管部门及有关部门对完建工程进行质量检验和签收的工作。")]


def test_a_definition_right_after_a_question_on_its_term_runs_to_the_paragraphs_end():
    text = (
        "什么是“大城市病”?“大城市病”主要是指城市化进程中所出现的各类环境问题、交通问题和住宅问题等。"
        "之所以称为“大城市病”是因为在大城市尤其是特大城市的表现尤为突出。功能过多、经济和人口布局过度集中,是产生“大城市病”的重要原因。\n"
    )
    assert pairs(text) == [
        (
            "“大城市病”",
            "主要是指城市化进程中所出现的各类环境问题、交通问题和住宅问题等。之所以称为“大城市病”是因为在大城市尤其是特大城市的表现尤为突出。"
            "功能过多、经济和人口布局过度集中,是产生“大城市病”的重要原因。",
        )
    ]


def test_only_a_question_on_the_term_makes_the_definition_the_paragraphs_answer():
    from policyterms.mining.extract_layouts.prose import _asked_first

    asked = [(0, "什么是“大城市病”?"), (10, "“大城市病”主要是指城市化进程中所出现的各类环境问题、交通问题和住宅问题等。")]
    assert _asked_first(asked, 1, "“大城市病”主要")
    # (P1238: a sentence naming two terms before the first definition asks nothing)
    told = [(0, "查账征收和核定征收是两个不同的概念。"), (18, "查账征收是指税务机关根据纳税人的申报资料进行核查和查账的过程。")]
    assert not _asked_first(told, 1, "查账征收")


_TAXES = (
    '查账征收和核定征收是两个不同的概念。\n查账征收是指税务机关根据纳税人的申报资料进行核查和查账的过程,以确定纳税人的实际应纳税额。税务机关会对纳税人的申报资料进行全面检查,包括纳税人的收入、费用、成本和'
    '扣除等方面,并与纳税人的凭证进行核对。如果发现纳税人有漏报、误报或者其他违法行为,税务机关会进行查处,并要求纳税人补缴相应的税款和罚款。核定征收则是指税务机关在纳税人无法提供有效的申报资料或者纳税人的'
    '申报资料不真实、不完整等情况下,根据相关法律规定对纳税人的应纳税额进行核定。税务机关会根据纳税人的经营情况、行业标准、同行业企业的经营数据等信息,对纳税人的应纳税额进行合理的估算和确定。纳税人在接到核'
    '定通知后,需要按照核定金额进行缴税。总体而言,查账征收是基于纳税人提供的申报资料进行核查,核定征收是针对无法提供有效申报资料或资料不真实的情况下进行的税款确定。\n'
)


def test_run_in_siblings_with_ze_take_their_sentences_up_to_the_next_and_to_a_summary():
    found = pairs(_TAXES)
    assert found[0][0] == "查账征收" and found[0][1].endswith("并要求纳税人补缴相应的税款和罚款。")
    assert found[1][0] == "核定征收" and found[1][1].endswith("纳税人在接到核定通知后,需要按照核定金额进行缴税。")


def test_counted_kinds_glossed_by_zhi_are_entries_and_their_lead_in_ends_the_headwords_paragraph():
    text = (
        "东西部扶贫协作\n"
        "东西部扶贫协作,即东部发达省市与西部贫困地区结对开展扶贫协作,是国家为实现共同富裕目标作出的一项制度性安排。\n"
        "实施东西部扶贫协作工作以来,东部发达省份与西部贫困地区在结对治理贫困的具体实践中不断探索扶贫方式与模式,具体有:基于企业合作层面的扶贫模式、"
        "创建高层沟通机制的扶贫模式、选择贫困重点的扶贫模式。\n"
        "其一,基于企业合作层面的东西部扶贫协作模式。指通过推动东西部地区的企业合作,带动贫困地区企业的发展,增强贫困地区的市场活力。\n"
        "其二,创建高层沟通机制的东西部扶贫协作模式。指东西部扶贫协作双方创建与坚持有效的沟通交流机制。\n"
    )
    assert pairs(text) == [
        ("东西部扶贫协作", "即东部发达省市与西部贫困地区结对开展扶贫协作,是国家为实现共同富裕目标作出的一项制度性安排。"),
        ("基于企业合作层面的东西部扶贫协作模式", "指通过推动东西部地区的企业合作,带动贫困地区企业的发展,增强贫困地区的市场活力。"),
        ("创建高层沟通机制的东西部扶贫协作模式", "指东西部扶贫协作双方创建与坚持有效的沟通交流机制。"),
    ]


def test_a_counted_point_stating_a_task_is_no_kind():
    # (a report's counted sentence is a task, and no sentence after it opens with 指)
    text = "其一,坚持稳中求进工作总基调。完整准确全面贯彻新发展理念,加快构建新发展格局。\n"
    assert pairs(text) == []


def test_an_x_colon_paragraph_a_blank_line_below_an_x_colon_shizhi_paragraph_is_the_next_entry():
    text = (
        "支農再貸款:是指中國人民銀行對各類農村金融機構發放的貸款。旨在支持農村信用社改進支農信貸服務,壯大支農資金實力。\n\n"
        "支小再貸款:發放對象是小型城市商業銀行、農村商業銀行、農村合作銀行和村鎮銀行等四類地方性法人金融機構。支小再貸款條件設定為金融機構須實現小微企業貸款增速。\n\n"
        "希望以上回答對你有用!\n"
    )
    assert [term for term, _ in pairs(text)] == ["支農再貸款", "支小再貸款"]


def test_a_closing_lead_in_naming_the_terms_head_and_its_goals_stays_in_the_definition():
    text = (
        "政策定义与目标\n"
        "教师轮岗交流政策是指教师在一定周期内(通常为3-5年)从一所学校流动到另一所学校,尤其是从城市优质学校流向农村或薄弱学校。政策目标包括:\n"
        "  • 促进教育公平:通过教师流动,打破“名校垄断”,让农村和薄弱学校获得新鲜血液。\n"
        "  • 提升教师素质:教师在不同环境中积累经验,增强适应性和教学创新能力。\n"
    )
    assert pairs(text) == [
        ("教师轮岗交流政策", "是指教师在一定周期内(通常为3-5年)从一所学校流动到另一所学校,尤其是从城市优质学校流向农村或薄弱学校。政策目标包括:")
    ]


def test_a_closing_lead_in_naming_no_term_is_no_part_of_the_definition():
    from policyterms.mining.extract_layouts.prose import _names_term

    assert not _names_term("具体来说:", "教师轮岗交流政策")
    assert not _names_term("与耕地面积有以下两方面区别:", "农作物播种面积")


def test_an_exam_banks_answer_label_is_no_part_of_the_colon_headword():
    text = (
        "安宁疗护\n"
        "【正确答案】安宁疗护:指社会各层次(护士、医师、社会工作者、志愿者以及政府和慈善团体人士等人员)组成的团队向临终病人及其家属提供的包括生理、"
        "心理和社会等方面在内的一种全面性支持和照料。\n【答案解析】\n"
    )
    assert pairs(text) == [
        (
            "安宁疗护",
            "指社会各层次(护士、医师、社会工作者、志愿者以及政府和慈善团体人士等人员)组成的团队向临终病人及其家属提供的包括生理、心理和社会等方面在内的一种全面性支持和照料。",
        )
    ]


def test_a_bracketed_label_naming_no_answer_still_blocks_the_headword():
    from policyterms.mining.extract_layouts.notes import _ANSWER_LABEL

    assert _ANSWER_LABEL.match("【答案解析】") is None and _ANSWER_LABEL.match("【正确答案】安宁疗护:指…") is not None
