"""The fortieth development set's quoted slogans glossed run-in right after their quotation marks: a counted slogan
spelled out by 即 in running prose (P1140, P1143's mojibake copy), a task named by its verb and a counted slogan before
``,指`` (P1175), slogan parts glossed clause by clause after a colon (P1147), a quoted piece of a word just named glossed
by 就是 (P1146) and a note label inside a ``(指…)`` bracket (P1141) — with the real sentences the same rules must not
take: a series of slogans opening their sentences (the series readers'), parts after 其中 under a definition, a polemic's
``“国际专政”即…`` and ``“民主派”就是“走资派”``, a quoted word inside other words before 是指."""

from __future__ import annotations

from conftest import pairs


def test_a_counted_slogan_spelled_out_by_ji_in_running_prose():
    text = (
        "第三是提出打好“三大攻坚战”,即打好防范化解重大风险、精准脱贫、污染防治的攻坚战。报告在部署年度工作中,用了比较大的篇幅对"
        "“三大攻坚”分别进行了专门安排。\n第四是坚持以人民为中心。报告对坚持教育优先发展、提高就业质量等问题进行了部署和安排。\n"
    )
    assert pairs(text) == [
        ("“三大攻坚战”", "即打好防范化解重大风险、精准脱贫、污染防治的攻坚战。报告在部署年度工作中,用了比较大的篇幅对“三大攻坚”分别进行了专门安排。")
    ]


def test_a_counted_slogan_ends_before_the_reports_next_point():
    text = (
        "要优化结构、突出重点。政府投资使用要确保“三个高于”，即：用于直接改善农村生产生活条件的投入高于上年，用于基础教育和公共卫生等"
        "社会事业的投入高于上年，用于西部大开发的投入高于上年。同时，加大对节能环保和自主创新的支持。三是合理安排中央财政超收收入。\n"
    )
    assert pairs(text) == [
        ("“三个高于”", "即：用于直接改善农村生产生活条件的投入高于上年，用于基础教育和公共卫生等社会事业的投入高于上年，用于西部大开发的投入高于上年。")
    ]


def test_a_mojibake_copy_glosses_the_clean_mention_before_its_lost_stop():
    text = (
        "報告要求緊扣做實“兩大定位”、發揮“三個作用”、建設“六個區”?!傲鶄€區”即西部地區高質量發展先行區、內陸開放國際合作引領區和"
        "美麗中國建設先行區。2025年是“十四五”規劃收官之年。\n"
    )
    assert pairs(text) == [("“六個區”", "即西部地區高質量發展先行區、內陸開放國際合作引領區和美麗中國建設先行區。")]


def test_slogans_opening_their_sentences_and_parts_after_qizhong_are_left_to_their_readers():
    # (dev-37's P1002 and the bundled page 142: each slogan an entry of its own, as before)
    series = "辽宁将构建“一圈一带两区”区域发展格局。“一圈”即沈阳现代化都市圈,包括沈阳、鞍山等7市;“一带”即辽宁沿海经济带,包括大连、丹东等6市;“两区”即辽西先导区和辽东绿色经济区。\n"
    assert [term for term, _ in pairs(series)] == ["“一圈”", "“一带”", "“两区”"]
    parts = "“一绿”“二绿”\n是指北京的两条绿化隔离带。其中,“一绿”即第一道绿化隔离地区,位于四、五环路附近;“二绿”即第二道绿化隔离地区,位于六环路附近。\n"
    assert ("“一绿”“二绿”", "是指北京的两条绿化隔离带。") in pairs(parts)


def test_an_uncounted_quoted_word_glossed_by_ji_in_a_polemic_is_none():
    text = "你不服从吗？他就对你实行“国际专政”即对各国人民专政，以便组成新沙皇统治的“社会主义大家庭”即社会帝国主义殖民地。\n"
    assert pairs(text) == []


def test_a_task_named_by_its_verb_and_a_counted_slogan_before_zhi():
    text = (
        "推进“两个一体化”,指加快城市空间拓展与优化,一是厦漳泉大都市区一体化;二是厦门岛内外一体化。建设“两大基地,五大中心”,指通过海沧"
        "保税港区等项目的规划建设,把厦门建设成为海西先进制造业基地和国际航运物流中心。\n"
    )
    assert pairs(text) == [
        ("推进“两个一体化”", "指加快城市空间拓展与优化,一是厦漳泉大都市区一体化;二是厦门岛内外一体化。"),
        ("建设“两大基地,五大中心”", "指通过海沧保税港区等项目的规划建设,把厦门建设成为海西先进制造业基地和国际航运物流中心。"),
    ]


def test_a_quoted_word_inside_other_words_before_shi_zhi_stays_none():
    assert pairs("着力解决“三老”问题,是指解决老年人、老党员和老干部的实际困难。\n") == []


def test_slogan_parts_glossed_clause_by_clause_after_a_colon():
    text = (
        "金辉代表认为,发展壮大实体经济要打好“加减乘除”组合拳:“加”,就是通过“互联网+”“智能+”等,发展新产业、新业态、新模式;"
        "“减”,就是通过多种途径和措施减轻企业负担和成本;“乘”,就是聚集产业主战场,推进科技、制度、人才创新;“除”,就是以优化服务消除"
        "企业后顾之忧。\n"
    )
    assert pairs(text) == [
        ("“加”", "就是通过“互联网+”“智能+”等,发展新产业、新业态、新模式"),
        ("“减”", "就是通过多种途径和措施减轻企业负担和成本"),
        ("“乘”", "就是聚集产业主战场,推进科技、制度、人才创新"),
        ("“除”", "就是以优化服务消除企业后顾之忧。"),
    ]


def test_a_glossary_entry_spelling_out_its_pieces_after_its_colon_stays_one_entry():
    # (the 金山 report's appendix: the colon is the entry's, its pieces the definition)
    text = (
        "名词解释\n1.三张清单:是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。\n"
        "2.一网通办:“一”是指一个总门户,服务事项一口进出;“网”是指线上线下同步,服务事项全覆盖;“通”是指全市通办、全网通办、一窗办理;"
        "“办”是指只跑一次、一次办成。\n"
    )
    assert ("一网通办", "“一”是指一个总门户,服务事项一口进出;“网”是指线上线下同步,服务事项全覆盖;“通”是指全市通办、全网通办、一窗办理;"
            "“办”是指只跑一次、一次办成。") in pairs(text)


def test_a_quoted_piece_of_a_word_just_named_glossed_by_jiushi():
    text = "盖志毅说,政府工作报告中提到今年要坚持稳中求进的工作总基调,“进”就是发展,但发展不能是单一的,要实现均衡、协调、高质量的发展。(郝芳芳)\n"
    assert pairs(text) == [("“进”", "就是发展,但发展不能是单一的,要实现均衡、协调、高质量的发展。")]


def test_a_whole_quoted_word_called_another_is_no_piece():
    text = "他们提出老干部是“民主派”，“民主派”就是“走资派”的反革命政治纲领，诬蔑这些老干部在我们党内形成“一个资产阶级”。\n"
    assert pairs(text) == []


def test_a_note_label_inside_a_zhi_bracket():
    text = "凝心聚力,“三企入桂”(注:指“央企入桂”“民企入桂”“湾企入桂”)取得丰硕成果,签约项目2302个,总投资3.4万亿元。\n"
    assert pairs(text) == [("“三企入桂”", "指“央企入桂”“民企入桂”“湾企入桂”")]


def test_a_counted_slogan_spelled_out_after_a_colon_over_semicolon_clauses():
    text = (
        "深圳的产业结构凸显“三个为主”:经济增量以新兴产业为主,新兴产业对GDP增长贡献率达40.9%;工业以先进制造业为主,先进制造业占工业比重"
        "超过70%;三产以现代服务业为主,服务业占GDP比重60.5%,现代服务业占服务业比重提高至70%以上。其中,深圳的四大支柱产业为文化创意产业、"
        "高新技术产业、现代物流业、金融业;战略新兴产业包括新一代信息技术、生物医药等。\n"
    )
    assert (
        "“三个为主”",
        "经济增量以新兴产业为主,新兴产业对GDP增长贡献率达40.9%;工业以先进制造业为主,先进制造业占工业比重超过70%;三产以现代服务业为主,"
        "服务业占GDP比重60.5%,现代服务业占服务业比重提高至70%以上。",
    ) in pairs(text)


def test_a_counted_slogan_after_a_colon_without_semicolon_clauses_is_none():
    # (the bundled page 58: a report's aims for its own writing, no gloss)
    assert pairs("报告总结部分力求做到“三个实”:数字实、事例实、成果实,做到文风朴实,内容充实、数据详实。\n") == []


def test_a_topic_definition_ends_at_the_stop_before_a_slogan_glossed_in_the_next_sentence():
    # P1016 (dev-37): the colon-and-即 gloss of “三分” opens in the sentence's middle; the topic's definition before it
    # ends at its own stop, never inside 實行分稅製,要求按照稅種實現
    text = (
        "金融 > 分稅製改革\n目錄\nNo. 1\n"
        "  分稅製是市場經濟國傢普遍實行的一種財政體製,是符合市場經濟原則和公共財政理論要求的。1994我國開始實施分稅製財政管理體製。\n"
        "  一、什麽是分稅製\n"
        "  分稅製是按稅種劃分中央和地方收入來源一種財政管理體製。實行分稅製,要求按照稅種實現“三分”:即分權、分稅、分管。所以,分稅製"
        "實質上就是為了有效的處理中央政府和地方政府之間的事權和財權關係,通過劃分稅權,將稅收按照稅種劃分為中央稅、地方稅兩大稅類進行"
        "管理而形成的一種財政管理體製。\n"
    )
    got = pairs(text)
    assert ("“三分”", "即分權、分稅、分管。") in got
    assert ("分稅製", "是按稅種劃分中央和地方收入來源一種財政管理體製。") in got
    assert not any(definition.endswith("實現") for _, definition in got)
