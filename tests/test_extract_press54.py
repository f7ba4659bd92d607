"""The fifty-fourth and fifty-fifth development sets' press and commercial pages (county and city slogans explained by the
press; national vocabulary explained by wikis, answer sites and essays): a thing described and then named (P1957, P1962,
P1954), a counted slogan named after its members (P1918, P1919, P1921, P1934) or with its members after a colon run on
with semicolons (P1917), a paragraph opening 其中“4”即… under the name it splits (P1922), a quoted slogan glossed by 就是
(P1923, P1917), the counted parts of a whole on ordinal headwords (P1958),
a question heading without its question mark and a colon label reworded by its sentence (P1963), a regulation's 所指的 and
its short form (P1959), an exam bank's term question and answer (P1961) and a counted piece's gloss before a sentence on
the whole (P1938). Each rule has the real line it was written from and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.backward_names import named_after_description
from policyterms.mining.extract_layouts.common import Found, _lines
from policyterms.mining.extract_layouts.spelled_out import _semicolon_spelled_out, spells_out


# --- a thing described, then named (P1957, P1962, P1954) ----------------------------------------------------------


def test_parts_named_after_their_description_end_the_whole_and_are_entries():
    page = (
        "门诊共济 outpatient co-ordination,指统筹共济、账户共济的总称。参保人在定点服务机构发生的符合健康保险政策范围内的普通门诊"
        "费用可纳入统筹基金支付范围进行报销,称为统筹共济;参保人的个人账户可在家庭范围内与其配偶、子女、父母共济使用,称为账户共济。\n"
    )
    assert pairs(page) == [
        ("门诊共济", "指统筹共济、账户共济的总称。"),
        ("统筹共济", "参保人在定点服务机构发生的符合健康保险政策范围内的普通门诊费用可纳入统筹基金支付范围进行报销"),
        ("账户共济", "参保人的个人账户可在家庭范围内与其配偶、子女、父母共济使用"),
    ]


def test_an_answer_naming_its_term_after_the_description():
    page = (
        "  如恩格尔系数、基尼系数、GDP等概念都曾经在公务员考试中反映过。\n\n"
        "  1.D.【解析】国民用于购买食物的费用占日常支出的比重即为恩格尔系数。恩格尔系数越大,代表生活水平越低。\n"
    )
    assert ("恩格尔系数", "国民用于购买食物的费用占日常支出的比重") in pairs(page)


def test_a_closing_remark_names_nothing():
    page = "我们党始终坚持人民至上、自我革命的理念,这就是我们的初心。我们党把它称为毛泽东思想。\n"
    assert all(term not in ("我们的初心", "毛泽东思想") for term, _ in pairs(page))


def test_a_pointer_outside_a_definition_names_nothing():
    text = "台湾问题由来已久。但是,发展中美关系仍然存在着障碍,这就是台湾问题。"
    assert named_after_description(_lines(text), [], text) == []


def test_a_restatement_inside_the_terms_own_note_is_no_new_entry():
    text = "农林牧渔业总产值指以货币表现的产品总量。然后将四业产品产值相加即为农林牧渔业总产值。"
    note = Found("农林牧渔业总产值", text[8:], text, 1, 0, len(text))
    assert named_after_description(_lines(text), [note], text) == [note]


def test_a_sentence_restating_its_own_subject_at_its_end_names_nothing():
    # (a yearbook's line read alone, 40: the sentence opens on the indicator's computation and closes on the indicator, so
    # the clause before 即为 is the last step of a method, no description named)
    text = (
        "农林牧渔业总产值的计算方法通常是按农、林、牧、渔业产品及其副产品的产量分别乘以各自单位产品价格求得;少数生产周期较长,"
        "当年没有产品或产品产量不易统计的,则采用间接方法匡算其产值;然后将四业产品产值及农林牧渔服务业产值相加即为农林牧渔业总产值。\n"
    )
    assert pairs(text) == []
    # (a naming whose name the sentence does not open on stays one)
    text = "门诊共济包括账户共济。参保人的个人账户可与家人共济使用,称为账户共济。"
    assert [e.term for e in named_after_description(_lines(text), [], text)] == ["账户共济"]


def test_another_name_after_tongchang_is_no_naming():
    # (a wiki's sentence giving a measure's common other name: the measure stays the entry, the other name none)
    page = (
        "居民消费价格指数简称CPI,反映一定时期内居民所购买的生活消费品价格变动程度,通常称为通胀指标。"
        "CPI上涨过快时,通胀指标便会亮起红灯。\n"
    )
    assert [term for term, _ in pairs(page)] == ["居民消费价格指数"]


@given(st.text(alphabet="参保人账户家庭范围内共济使用门诊费用报销统筹", min_size=8, max_size=30), st.sampled_from(["称为", ",称为", ",即为"]))
@settings(max_examples=60, deadline=None)
def test_a_naming_always_gives_its_description_and_name_as_written(gloss, verb):
    text = f"甲乙共济是总称。{gloss}{verb}甲乙共济。"
    for entry in named_after_description(_lines(text), [], text):
        assert text[entry.start : entry.end] == entry.quote
        assert entry.term == "甲乙共济" and entry.quote.startswith(entry.definition)


# --- a counted slogan named after its members (P1918, P1919, P1921, P1934) ----------------------------------------


def test_members_listed_before_a_counted_slogan():
    page = (
        "甘肅大力實施“四強”行動推動綜合實力和發展質量躍升\n\n"
        "正在召開的甘肅省第十四次黨代會上,我省再次提出,未來五年,我們的主要抓手是實施強科技、強工業、強省會、強縣域“四強”行動,"
        "以重點地區和關鍵領域為突破口,推動綜合實力和發展質量整體躍升。\n"
    )
    assert ("“四強”行動", "強科技、強工業、強省會、強縣域") in pairs(page)


def test_members_joined_by_a_closing_phrase_and_an_activity_left_out():
    page = (
        "实施六大工程,打造“五美”大花园\n\n努力把温州建成自然美、经济美、城乡美、生活美、人文美为一体的“五美”大花园;到年,率先建成示范区。\n\n"
        "建设“四个商城” 山东临沂商城走特色崛起道路\n\n临沂商城不断推进数字商城、国际商城、绿色商城、链式商城“四个商城”建设,商贸物流转型发展全面起势。\n"
    )
    found = pairs(page)
    assert ("“五美”大花园", "自然美、经济美、城乡美、生活美、人文美为一体的") in found
    assert ("“四个商城”", "数字商城、国际商城、绿色商城、链式商城") in found


def test_a_slogan_named_once_in_a_clause_is_no_entry():
    page = "构建审批管理体系,实现统一审批流程、统一信息数据平台、统一审批管理体系、统一监管方式“四统一”,营造市场公平竞争氛围。\n"
    assert pairs(page) == []


def test_a_question_listing_two_kinds_spells_no_slogan():
    page = "“两条腿走路”是佛山的目标。\n\n世界上有实现传统产业、新兴产业“两条腿走路”的城市吗?当然有。\n"
    assert all(definition != "传统产业、新兴产业" for _, definition in pairs(page))


@given(st.integers(2, 6), st.integers(0, 2))
@settings(max_examples=40, deadline=None)
def test_a_slogan_is_spelled_out_only_by_as_many_members_as_it_counts(count, extra):
    numerals = "零一二三四五六"
    members = "、".join(f"强{c}" for c in "科工省县农商城乡"[: count + extra])
    assert spells_out(f"“{numerals[count]}强”", members) == (extra == 0)


# --- a counted name and its members run on with semicolons (P1917) -------------------------------------------------


def test_colon_lines_spelling_out_counted_names():
    page = (
        "三个高地:着力打造国家重要先进制造业高地;具有核心竞争力的科技创新高地;内陆地区改革开放高地。\n\n"
        "四新使命:在推动高质量发展上闯出新路子;在构建新发展格局中展现新作为;在推动中部地区崛起和长江经济带发展中彰显新担当;"
        "奋力谱写新时代坚持和发展中国特色社会主义的湖南新篇章。\n"
    )
    assert [term for term, _ in pairs(page)] == ["三个高地", "四新使命"]
    assert pairs(page)[0][1] == "着力打造国家重要先进制造业高地;具有核心竞争力的科技创新高地;内陆地区改革开放高地。"


def test_semicolon_tasks_that_spell_nothing_are_no_entry():
    assert not _semicolon_spelled_out("三大任务", "抓发展;保民生;促稳定。")
    assert not _semicolon_spelled_out("三个高地", "打造制造业高地;科技创新高地。")


# --- 其中“4”即… under the name it splits (P1922) -------------------------------------------------------------------


def test_pieces_after_qizhong_under_the_named_whole():
    page = (
        "近日,长沙县委书记在接受采访时介绍,长沙县坚持以制造业为本,确定了“4+2+3”的产业链。\n\n"
        "其中“4”即工程机械(含农用机械)、汽车及零部件、半导体和电子信息、轨道交通等卓越型产业链;“2”即工业互联网、生物科技和生命科学等"
        "战略型产业链;“3”即应急装备(含特种装备)、碳中和与水污染防治设备、工业机床等成长型产业链。(吕慧乾)\n"
    )
    assert pairs(page) == [
        ("“4”", "即工程机械(含农用机械)、汽车及零部件、半导体和电子信息、轨道交通等卓越型产业链"),
        ("“2”", "即工业互联网、生物科技和生命科学等战略型产业链"),
        ("“3”", "即应急装备(含特种装备)、碳中和与水污染防治设备、工业机床等成长型产业链。"),
    ]


def test_pieces_after_qizhong_under_a_definition_stay_its_parts():
    page = "“两绿”是指一绿、二绿两条绿化隔离带。\n\n其中“一绿”即第一道绿化隔离带,“二绿”即第二道绿化隔离带。\n"
    assert ("“一绿”", "即第一道绿化隔离带") not in pairs(page)


# --- a quoted slogan glossed by 就是 (P1923, P1917) -----------------------------------------------------------------


def test_a_quoted_slogan_glossed_by_jiushi_mid_paragraph():
    page = (
        "厦门以“全域厦门”理念和“高起点、高标准”的原则,全面拓展岛外空间。 跳出厦门岛,建设大厦门——这是几代厦门人的梦想。"
        "“全域厦门”,就是把厦门全市行政区域范围作为一个完整意义上的整体,统一规划,科学布局,并按规划建设和发展。 省委省政府明确提出…。\n"
    )
    assert pairs(page) == [("“全域厦门”", "就是把厦门全市行政区域范围作为一个完整意义上的整体,统一规划,科学布局,并按规划建设和发展。")]


def test_a_run_of_jiushi_paragraphs_each_an_entry():
    page = (
        "“三高”:\n\n“一高”,就是要大力发展实体经济,让湖南成为全国有竞争优势的先进制造业示范引领区;\n\n"
        "“二高”,就是要坚持创新第一动力,把湖南建设成具有核心竞争力的科技创新先进省份;\n"
    )
    assert pairs(page) == [
        ("“一高”", "就是要大力发展实体经济,让湖南成为全国有竞争优势的先进制造业示范引领区"),
        ("“二高”", "就是要坚持创新第一动力,把湖南建设成具有核心竞争力的科技创新先进省份"),
    ]


def test_a_jiushi_paragraph_gloss_ends_with_its_sentence():
    # (a press paragraph opening on the slogan's gloss, then going on about the slogan's progress)
    page = "“放管服”,就是简政放权、放管结合、优化服务。近年来,我市持续深化“放管服”改革,企业开办时间压缩至1个工作日。\n"
    assert pairs(page) == [("“放管服”", "就是简政放权、放管结合、优化服务。")]


def test_a_lone_quoted_word_the_page_never_names_again_is_no_entry():
    assert pairs("他说,“改革”,就是要敢闯敢试,敢为人先。\n") == []


# --- the counted parts of a whole on ordinal headwords (P1958) -----------------------------------------------------


def test_ordinal_parts_glossed_in_turn():
    page = (
        "养老保险体系“三支柱”\n第一支柱是基本养老保险 , 是主体部分,目前覆盖人数已达10.4亿 。\n"
        "第二支柱是企业年金和职业年金 , 截至2021年底,两项年金参加职工7000多万人 。\n第三支柱包括个人养老金和其他个人商业养老金融业务 。\n"
    )
    assert [term for term, _ in pairs(page)] == ["第一支柱", "第二支柱", "第三支柱"]


def test_points_counted_with_a_measure_word_are_no_parts():
    # (a speech's or a plan's points opening its paragraphs: the Nth item of a list, not a part named so)
    assert pairs("今年重点抓好两项任务。\n第一项任务是稳就业,确保城镇新增就业1100万人。\n第二项任务是保民生,兜住兜牢基本民生底线。\n") == []
    assert pairs("第一个方面是加强党的领导,确保改革方向正确。\n\n第二个方面是深化体制改革,激发市场活力。\n") == []


def test_sentences_sharing_a_head_without_ordinals_stay_prose():
    assert pairs("我们的工作是发展经济,保障民生。\n他们的工作是保护环境,治理污染。\n") == []


# --- a question heading, a reworded colon label (P1963) ------------------------------------------------------------


def test_a_question_heading_does_not_run_into_the_line_above_and_a_reworded_label_gives_the_subject():
    page = (
        "战略产业:是指一国为实现产业结构的高级化目标所选定的对于国民经济发展具有重要意义的具体产业部门。战略产业是一个相对的概念\n"
        "我国战略产业包含哪些\n"
        "新兴战略产业:战略性新兴产业是以重大技术突破和重大发展需求为基础,知识技术密集、物质资源消耗少的产业。\n"
    )
    assert pairs(page) == [
        ("战略产业", "是指一国为实现产业结构的高级化目标所选定的对于国民经济发展具有重要意义的具体产业部门。战略产业是一个相对的概念"),
        ("战略性新兴产业", "是以重大技术突破和重大发展需求为基础,知识技术密集、物质资源消耗少的产业。"),
    ]


def test_a_label_over_another_subject_keeps_the_label():
    found = pairs("政策目标:产业政策是加快发展的手段,要推动高质量发展。\n")
    assert all(term != "产业政策" for term, _ in found)


# --- a regulation's 所指的 and its short form (P1959) --------------------------------------------------------------


def test_an_article_number_alone_keeps_the_short_form():
    page = "第二条市级财政专项支出预算绩效考评(以下简称绩效考评),是指运用一定的指标和方法,对市级财政性项目资金进行综合性考核与评价。\n"
    assert [term for term, _ in pairs(page)] == ["市级财政专项支出预算绩效考评(以下简称绩效考评)"]


def test_a_regulation_lead_in_and_short_form_left_out_of_the_term():
    page = "第二条本办法所指的专项资金(下称衔接资金),是指市本级和各县(市、区)财政预算筹集组成的资金,用于支持我市乡村振兴工作。\n"
    assert pairs(page) == [("专项资金", "是指市本级和各县(市、区)财政预算筹集组成的资金,用于支持我市乡村振兴工作。")]


# --- an exam bank's term question and answer (P1961) ---------------------------------------------------------------


def test_an_exam_term_question_and_its_answer():
    page = (
        "名词解释题 10.国民生产总值(GNP)\n"
        "【正确答案】一个国家的所有常住居民在一定时期内运用生产要素所生产的全部最终产品和劳务的市场价值总和。GNP是一个流量而不是存量。\n"
        "【答案解析】\n"
    )
    assert pairs(page) == [
        ("国民生产总值", "一个国家的所有常住居民在一定时期内运用生产要素所生产的全部最终产品和劳务的市场价值总和。GNP是一个流量而不是存量。")
    ]


def test_an_exam_choice_question_gives_nothing():
    assert pairs("单选题 3.下列属于流量的是\n【正确答案】B\n") == []


# --- a counted piece before a sentence on the whole (P1938) --------------------------------------------------------


def test_a_counted_piece_ends_before_a_sentence_about_the_whole():
    page = (
        "四议两公开是农村基层治理的工作方法。四议指村党组织提议、村两委商议、党员大会审议、村民代表会议决议。两公开是决议公开、实施结果公开。"
        "这个办法让村里大事小事大家一起商量着办,比如修路、分地、选干部都要走这个流程。\n适用范围\n"
        "四议两公开主要用于村集体事务管理。比如村里要建新房子、卖集体地、发补贴,都要按这个程序来。\n"
    )
    assert ("两公开", "是决议公开、实施结果公开。") in pairs(page)


def test_a_word_built_on_another_keeps_its_sentence_about_itself():
    page = (
        "“询问”是全国人大常委会会议的法定程序。有关部门应派负责人员到会听取意见。这种制度安排,为保证常委会组成人员充分审议发挥了重要作用。\n\n"
        "“专题询问”是在“询问”基础上发展形成的一种监督方式。\n"
    )
    found = dict(pairs(page))
    assert found.get("“询问”", "").endswith("发挥了重要作用。")
