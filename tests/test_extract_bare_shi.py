"""The thirty-seventh development set's one-term answer, card and encyclopedia pages whose definition is a bare
``X是…`` sentence, on their real sentences: 是为…而…的 naming a class (P1010), a lead paragraph going on about its term
after a first sentence that does not name it (P991), another name in brackets after the headword (P971), an answer
giving its term's standing (P1001), a one-line page's joined paragraphs (P1004), an alias sentence before a headless
是 (P1013), a table's meaning row naming its own headword (P1015), a short form named as one (P973) and a topic
defined again in other words beside a layout's entry (P1016) — each with real sentences of the same shape that must
not become entries, or must stay as they are."""

from __future__ import annotations

from pathlib import Path

from policyterms.mining.extract_layouts.topics import _OTHER_NAME_GLOSS, _one_weighty, _paragraphs, topic_definitions
from policyterms.text.fold import strip_pinyin
from conftest import pairs


DATA = Path(__file__).parent / "data" / "appendices"


def topic(text: str) -> list[tuple[str, str]]:
    return [(f.term, f.definition) for f in topic_definitions(text)]


# --- 是为…而…的: what the thing was made for, then its class (P1010) ------------------------------------------


_BASKET = (
    "菜篮子工程 是为缓解我国副食品供应偏紧的矛盾而实施的农业政策。其目的是改善低收入家庭的生活水平,促进社会和谐发展,并推进经济可持续发展。\n"
    "菜篮子工程不仅重点解决了市场供应短缺问题,还通过多年的实施和发展,形成了完善的生产、流通和质量安全体系。\n"
    "综上所述,菜篮子工程是一项重要的农业政策,通过多种措施确保我国居民副食品供应的稳定和丰富,对于改善居民生活水平、促进社会和谐发展具有重要意义。\n"
)


def test_a_lead_saying_what_its_term_was_made_for_and_its_class_is_a_definition():
    # P1010: 是为…而实施的农业政策, the headword spaced from 是; the results paragraph and the summary are no part of it
    assert pairs(_BASKET) == [
        ("菜篮子工程", "是为缓解我国副食品供应偏紧的矛盾而实施的农业政策。其目的是改善低收入家庭的生活水平,促进社会和谐发展,并推进经济可持续发展。")
    ]


def test_a_purpose_after_shi_wei_le_is_no_definition():
    # a report's purpose sentence: 是为了…,而…: no class named after 而, nothing defined
    report = "我们扩大对外经济技术交流是为了增强自力更生的能力，而绝对不能削弱和损害我国民族经济的发展。对外经济技术交流要坚持平等互利。\n"
    assert topic(report) == []
    assert pairs(report) == []


# --- a lead paragraph going on about its term (P991) ---------------------------------------------------------


_OUTLOOK = (
    "第一要义是发展。科学发展观是坚持以人为本,全面、协调、可持续的发展观。科学发展观第一要义是发展,核心是以人为本,基本要求是全面协调可持续性,"
    "根本方法是统筹兼顾。科学发展观是中国共产党党章规定的党的指导思想,是中国特色社会主义理论体系的重要组成部分。\n"
    "科学发展观的具体内容\n"
    "第一、以人为本的发展观。\n"
    "第二、全面发展观。\n"
)


def test_a_definition_after_an_answers_first_sentence_runs_on_when_the_paragraph_goes_on_about_the_term():
    # P991: the first sentence answers a question the page lost; the next ones restate 科学发展观 as their subject
    assert pairs(_OUTLOOK) == [
        (
            "科学发展观",
            "是坚持以人为本,全面、协调、可持续的发展观。科学发展观第一要义是发展,核心是以人为本,基本要求是全面协调可持续性,根本方法是统筹兼顾。"
            "科学发展观是中国共产党党章规定的党的指导思想,是中国特色社会主义理论体系的重要组成部分。",
        )
    ]


def test_a_class_sentence_in_mid_paragraph_that_the_paragraph_does_not_go_on_about_is_none():
    # the same sentences, the paragraph going on about something else: a remark in passing
    page = "第一要义是发展。科学发展观是坚持以人为本,全面、协调、可持续的发展观。新世纪新阶段的实际要求我们努力把握发展的客观规律。\n科学发展观的具体内容\n"
    assert topic(page) == []


# --- another name in brackets after the headword (P971) ------------------------------------------------------


def test_a_former_name_in_brackets_is_no_part_of_the_term():
    page = (
        "几个风向\n"
        "什么是“五年规划”?\n"
        "中国政府网曾介绍,“五年规划”(原称“五年计划”),是中国国民经济计划的重要部门,主要对国家重大建设项目、生产力分布和国民经济重要比例关系等"
        "作出规划,是给国民经济发展远景定目标、指方向的重要文件。\n"
    )
    assert topic(page) == [
        (
            "“五年规划”",
            "是中国国民经济计划的重要部门,主要对国家重大建设项目、生产力分布和国民经济重要比例关系等作出规划,是给国民经济发展远景定目标、指方向的重要文件。",
        )
    ]
    assert _OTHER_NAME_GLOSS.match("(Rural,有时又称Country)")


def test_an_abbreviation_or_a_short_name_in_brackets_stays_in_the_term():
    # 地区生产总值(GDP), 贷款市场报价利率(LPR), …(以下简称挂钩): the same thing's abbreviation, kept as the earlier sets keep it
    for gloss in ("(GDP)", "(LPR)", "(以下简称挂钩)", "(制造业)"):
        assert not _OTHER_NAME_GLOSS.match(gloss)


# --- an answer giving its term's standing (P1001) ------------------------------------------------------------


def test_an_answer_calling_its_term_one_thing_of_weight_defines_nothing():
    page = (
        "【什么是三生教育】“三生教育”是中国近年来在教育领域提出的一项重要理念,旨在通过生命教育、生存教育和生活教育三个方面的结合,"
        "全面提升学生的综合素质。它不仅关注学生的学业成绩,更注重学生在现实生活中的适应能力、心理素质和价值观的培养。\n"
        "三、三生教育的意义\n"
    )
    assert topic(page) == []
    assert _one_weighty("是党中央在全面建设小康社会、加快推进社会主义现代化进程中提出的一项重大战略任务。", "构建社会主义和谐社会"[2:])


def test_one_thing_of_weight_then_defined_or_named_by_its_class_still_defines():
    # 湾长制是一项重要的海洋管理制度,指以…: the weighing clause runs into the definition (an earlier set's page)
    assert not _one_weighty("一项重要的海洋管理制度,指以党政领导负责制为核心,构建责任明确、协调有序、监管严格、保护有力的海湾管理机制。", "湾长制")
    page = (
        "什么是湾长制?\n\n"
        "湾长制是一项重要的海洋管理制度,指以党政领导负责制为核心,构建责任明确、协调有序、监管严格、保护有力的海湾管理机制。"
        "2017年,原国家海洋局印发《关于开展“湾长制”试点工作的指导意见》。湾长制试点在河北秦皇岛等地开展。\n"
    )
    assert [term for term, _ in pairs(page)] == ["湾长制"]


# --- a one-line page's joined paragraphs (P1004) -------------------------------------------------------------


_CARD = (
    "长吉图是吉林省长春市、吉林市部分区域和图们江(中国唯一濒临日本海的沿海城市珲春)的简称,即长吉图开发开放先导区的简称。"
    "区域面积和人口均占吉林省的1/3,经济总量占1/2强,是中国参与图们江区域(珲春)合作开发的核心地区和重要支撑。 长吉图开发开放先导区示意图"
)


def test_on_a_one_line_page_spaces_after_a_sentence_end_end_a_former_paragraph():
    # P1004: the card's paragraph, then the map's caption after a space; the definition ends before the caption
    assert pairs(_CARD) == [
        (
            "长吉图",
            "是吉林省长春市、吉林市部分区域和图们江(中国唯一濒临日本海的沿海城市珲春)的简称,即长吉图开发开放先导区的简称。"
            "区域面积和人口均占吉林省的1/3,经济总量占1/2强,是中国参与图们江区域(珲春)合作开发的核心地区和重要支撑。",
        )
    ]


def test_on_a_page_of_several_lines_spaces_after_a_sentence_end_break_no_paragraph():
    # P990's card line, among the page's other lines: one paragraph, as the copy has it
    page = (
        "用戶:兩個務必\n\n"
        "兩個務必 (本詞條缺少信息欄,補充相關內容使詞條更完整,還能快速升級,趕緊來編輯吧!) 兩個務必提出是毛澤東同志在黨的七屆二中全會上要求全黨"
        "在勝利面前要保持清醒頭腦。 目錄 1涵義 2歷史背景\n"
    )
    assert len(_paragraphs(page)) == 4


# --- an alias sentence before a headless 是 (P1013) ----------------------------------------------------------


def test_an_alias_given_as_a_sentence_of_its_own_is_no_part_of_the_definition():
    page = (
        "什么是 村村通工程\n\n"
        "村村通公路工程,简称“村村通”。是国家为构建和谐社会,支持新农村建设的一项重大举措,是一项民心工程。又称“五年千亿元”工程,"
        "该工程是指中国力争在5年时间实现所有村庄通沥青路或水泥路,以打破农村经济发展的交通瓶颈,解决9亿农民的出行难题。\n"
    )
    assert pairs(page) == [
        (
            "村村通公路工程",
            "是国家为构建和谐社会,支持新农村建设的一项重大举措,是一项民心工程。又称“五年千亿元”工程,"
            "该工程是指中国力争在5年时间实现所有村庄通沥青路或水泥路,以打破农村经济发展的交通瓶颈,解决9亿农民的出行难题。",
        )
    ]


def test_an_alias_followed_by_a_verbless_gloss_still_opens_the_definition():
    # a statistics site's note: the alias, then a gloss without 是: the alias stays the definition's opening
    note = "??? 就业人口,又称在业人口。适龄劳动人口中从事一定劳动的那一部分人口。(摘自国家统计局网站)\n返回顶部\n"
    assert pairs(note) == [("就业人口", "又称在业人口。适龄劳动人口中从事一定劳动的那一部分人口。")]


# --- a table's meaning row naming its own headword (P1015) ---------------------------------------------------


_TABLE = (
    "构建社会主义和谐社会,是指在社会主义制度下,通过协调各种社会关系和利益矛盾,实现人与人之间、人与社会之间、人与自然之间的和谐共处。\n"
    "二、表格展示\n"
    "项目 | 内容说明 |\n"
    "概念 | 构建社会主义和谐社会是在社会主义制度下,通过协调社会关系和利益矛盾,实现人与人、人与社会、人与自然之间的和谐共处。 |\n"
    "核心目标 | 实现社会公平正义、维护社会稳定、促进经济可持续发展、提升国家治理能力、实现中华民族伟大复兴。 |\n"
)


def test_a_meaning_row_naming_its_own_headword_is_an_entry():
    assert pairs(_TABLE) == [
        ("构建社会主义和谐社会", "是指在社会主义制度下,通过协调各种社会关系和利益矛盾,实现人与人之间、人与社会之间、人与自然之间的和谐共处。"),
        ("构建社会主义和谐社会", "是在社会主义制度下,通过协调社会关系和利益矛盾,实现人与人、人与社会、人与自然之间的和谐共处。"),
    ]


def test_an_aims_row_and_a_meaning_row_about_a_headword_the_page_never_names_are_none():
    # the 核心目标 row is aims; a 概念 row whose subject the page names nowhere else gives nothing
    rows = (
        "项目 | 内容说明 |\n"
        "概念 | 构建和谐社会是在社会主义制度下,通过协调社会关系和利益矛盾,实现人与人、人与社会、人与自然之间的和谐共处。 |\n"
        "核心目标 | 实现社会公平正义、维护社会稳定、促进经济可持续发展、提升国家治理能力、实现中华民族伟大复兴。 |\n"
    )
    assert pairs(rows) == []


# --- a short form named as one (P973) ------------------------------------------------------------------------


def test_a_short_form_named_as_one_then_its_full_name_is_a_definition():
    page = (
        "7月15日上午,党的二十届三中全会在北京开始举行。\n"
        "二十届三中全会是一个简称,全称是中国共产党第二十届中央委员会第三次全体会议。\n"
        "中国的改革是从农村开始的,这是历史的定论。\n"
    )
    assert pairs(page) == [("二十届三中全会", "是一个简称,全称是中国共产党第二十届中央委员会第三次全体会议。")]


def test_a_remark_calling_a_meeting_a_byword_is_none():
    # the same page's history remarks: a verdict, no short form named
    page = "从这个意义上,说十一届三中全会是“伟大历史转折”、是“划时代”的,一点也不为过。\n中国的改革是从农村开始的,这是历史的定论。\n"
    assert pairs(page) == []


# --- a topic defined again in other words beside a layout's entry (P1016) ------------------------------------


_TAX = (
    "金融 > 分稅製改革\n"
    "目錄\n"
    "  分稅製是市場經濟國傢普遍實行的一種財政體製,是符合市場經濟原則和公共財政理論要求的。1994我國開始實施分稅製財政管理體製。\n"
    "  實行分稅製是市場經濟國傢的一般慣例。\n"
    "  一、什麽是分稅製\n"
    "  分稅製是按稅種劃分中央和地方收入來源一種財政管理體製。\n"
)


def test_the_leads_definition_stands_beside_the_answer_under_a_question_heading():
    got = pairs(_TAX)
    assert ("分稅製", "是市場經濟國傢普遍實行的一種財政體製,是符合市場經濟原則和公共財政理論要求的。1994我國開始實施分稅製財政管理體製。") in got
    assert len([term for term, _ in got if term == "分稅製"]) == 2


def test_a_topic_definition_the_layout_already_gives_is_written_once():
    # 183 (a yearbook's indicators): 农业机械是指… read by a layout and by the topics pass, in the same words: one entry
    path = DATA / "183-guangzhou-2024-yearbook-rural-indicators-bracket-headwords-run-in-verbless-run-in-term-power-items-cut.txt"
    got = pairs(path.read_text("utf-8").split("\n\n", 1)[1])
    assert len([term for term, _ in got if term == "农业机械"]) == 1


# === the thirty-eighth set: one-term answers, cards and wiki pages whose definition is missed or starts or ends wrong ===


# --- a heading naming its term's meaning, and a summary defining it anew (P1028) ------------------------------------


_MIGRATORY = (
    "候鸟式养老是什么意思?候鸟式养老的特点有哪些?\n"
    "那么到底什么是候鸟式养老,其特点又有什么?下面的文章将对此进行简单介绍。\n"
    "候鸟式养老定义\n"
    "候鸟式养老就是Older Migration和异地养老的一种。从字面上看,候鸟式养老表述很直白,就是像候鸟那样随着季节进行迁移来改变居住地,"
    "如果居住时间短,就是养老旅游,如果居住时间长,就是季节性休闲养老。\n"
    "总的来说,候鸟式养老是指老年人选择气候条件舒适、生态环境宜居的地区作为目的地,他们像候鸟一样进行季节性地迁移,"
    "之后,又随着季节的变化回到原居住地的养老模式。\n"
    "候鸟式养老特点\n"
    "(1)在迁移动机上,老年人选择候鸟式养老往往是希望通过转移到拥有更加舒适的气候条件和宜居的生态环境的地区居住,去享受高质量的晚年生活。\n"
    "(2)在迁移时间上,候鸟式养老具有明显的季节特征,这就意味着候鸟式养老移居的持续时间一般不会跨年,但又往往需要跨季。\n"
    "(3)在迁移路线方面,由于选择候鸟式养老的老年人并没有改变长期固定居住地,这样才能满足老年人寻求更舒适居住环境的要求,"
)  # (cut by the page in its third feature, as the page is)


def test_a_heading_naming_its_terms_meaning_opens_the_definition_at_the_restated_marker():
    # the heading 候鸟式养老定义 is no term; its paragraph and the summary below are two definitions of 候鸟式养老
    assert pairs(_MIGRATORY) == [
        (
            "候鸟式养老",
            "就是Older Migration和异地养老的一种。从字面上看,候鸟式养老表述很直白,就是像候鸟那样随着季节进行迁移来改变居住地,"
            "如果居住时间短,就是养老旅游,如果居住时间长,就是季节性休闲养老。",
        ),
        (
            "候鸟式养老",
            "是指老年人选择气候条件舒适、生态环境宜居的地区作为目的地,他们像候鸟一样进行季节性地迁移,之后,又随着季节的变化回到原居住地的养老模式。",
        ),
    ]


def test_a_summary_giving_the_terms_standing_is_no_new_definition():
    # P1077's closing summary (总的来说 and a bare 是 naming a mode): no strong marker, so no definition of its own
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.headwords import _summary_definition

    lines = _lines("標準廠房是一種符合國家通用標準和行業要求的工業用房。\n總的來說,標準廠房是一種現代化廠房建設的主流模式,有助於優化資源配置。\n")
    assert not _summary_definition(lines, 0, 1, "標準廠房")
    assert _summary_definition(_lines(_MIGRATORY), 3, 4, "候鸟式养老定义")


# --- a run-in sentence saying what another term is the general name of (P1024) -----------------------------------


_HUKOU = (
    "當前位置:趣味科普網>生活情趣>百科>\n\n"
    "戶口單遷空掛是什麼意思\n\n"
    "百科 閱讀(2.25W)\n\n"
    "戶口單遷空掛是什麼意思\n\n"
    "指只有戶口落入的地址,人實際不居住的情況。是近年來大學生因為學業轉戶口普遍存在的狀況。戶口是住戶和人口的總稱,計家為戶,計人為口。"
    "戶口的載體為戶籍(戶口簿),是由公安機關戶政管理機構所製作的,用以記載和留存住戶人口的基本資訊的法律文書。"
    "中國的戶籍制度最早可以追溯到兩千多年前的春秋戰國時期。\n"
)


def test_a_headless_gloss_ends_before_a_sentence_naming_another_terms_general_name():
    assert pairs(_HUKOU) == [
        ("戶口單遷空掛", "指只有戶口落入的地址,人實際不居住的情況。是近年來大學生因為學業轉戶口普遍存在的狀況。"),
        (
            "戶口",
            "是住戶和人口的總稱,計家為戶,計人為口。戶口的載體為戶籍(戶口簿),是由公安機關戶政管理機構所製作的,用以記載和留存住戶人口的基本資訊的法律文書。"
            "中國的戶籍制度最早可以追溯到兩千多年前的春秋戰國時期。",
        ),
    ]


def test_a_sentence_naming_the_headwords_own_general_name_goes_on_its_definition():
    # the same sentences under the title 戶口: the naming sentence is the headword's own, nothing is cut
    from policyterms.mining.extract_layouts.common import Found
    from policyterms.mining.extract_layouts.ends import _names_sentence_entry

    text = "戶口\n\n指登記的住戶。戶口是住戶和人口的總稱,計家為戶,計人為口。\n"
    definition = text[text.index("指") : text.rindex("。") + 1]
    entry = Found("戶口", definition, definition, 3, text.index("指"), text.rindex("。") + 1)
    assert _names_sentence_entry(entry, text) is None


# --- 首指 after a quoted term, and 其中 picking a quoted term to say what it is short for (P1025) --------------------


_LINKAGE = (
    "“三社联动”是中国近年的社区建设、民政工作、社会工作、社会治理和社会建设的常用术语。\n"
    "术语背景:“三社联动”的演进脉络\n"
    "“三社联动”之发源较难考证,但是应该与“两工联动”和“三社互动”有关。在实践探索中,“两工联动”和“三社互动”也得以提出。"
    "其中,“两工联动”是社工义工联动的简称,凸显了两类主体的合作。“三社互动”首指社区、社团和社工的互动,后转为社区、社会组织和社工的互动。"
    "鉴于互动产生于主体之间,从而“两工联动”和“三社互动”彰显了主体间合作,并旨在通过社工的参与而实现更强的整体功能。\n"
)


def test_qizhong_picking_a_quoted_term_short_for_another_and_shou_zhi_give_two_entries():
    assert pairs(_LINKAGE) == [
        ("“两工联动”", "是社工义工联动的简称,凸显了两类主体的合作。"),
        (
            "“三社互动”",
            "首指社区、社团和社工的互动,后转为社区、社会组织和社工的互动。"
            "鉴于互动产生于主体之间,从而“两工联动”和“三社互动”彰显了主体间合作,并旨在通过社工的参与而实现更强的整体功能。",
        ),
    ]


def test_qizhong_before_a_bare_shi_naming_no_short_form_defines_nothing():
    # the 1980s work report's 其中，有些是…: no quoted term, no short form
    report = "近几年经济生活中出现了一些问题。其中，有些是改革过程中难以避免的，也只有通过改革才能得到解决；有些是因为我们事先考虑不周，是应当引以为戒的。\n"
    assert pairs(report) == []
    from policyterms.mining.extract_layouts.common import words_before_marker

    assert words_before_marker("“三社互动”首") == ("“三社互动”", "首")
    assert words_before_marker("国家元首") is None  # an unquoted word closing on 首 keeps it


# --- a colon headword line over the paragraph restating it (P1038) ------------------------------------------------


def test_a_colon_headword_line_over_its_restating_paragraph_is_an_entry():
    page = (
        "党日:\n\n"
        "党日即党组织的活动日。每个党支部或按照上级党组织的统一安排,或根据本单位的生产工作情况,规定每季或每月的某几个时间为党组织的活动时间,"
        "并形成制度,长期坚持。在规定的时间,党员按照党组织的要求参加党日活动。\n\n"
        "标签: 党日\n"
    )
    assert pairs(page) == [
        ("党日", "即党组织的活动日。每个党支部或按照上级党组织的统一安排,或根据本单位的生产工作情况,规定每季或每月的某几个时间为党组织的活动时间,"
         "并形成制度,长期坚持。在规定的时间,党员按照党组织的要求参加党日活动。")
    ]


def test_an_address_with_a_colon_over_a_report_paragraph_is_none():
    report = "各位代表:\n\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。\n"
    assert pairs(report) == []


# --- a bracketed question asking 是啥意思, 指的是 going on, and a bar table's meaning row (P1064) ---------------------


_COUNTY = (
    "【省直管县是啥意思】“省直管县”是中国行政区划管理中的一种改革模式,指的是由省级政府直接管理县级行政单位,而不再通过地级市(或地区)进行间接管理。"
    "这种体制在一定程度上打破了传统的“省—地市—县”三级管理体系,赋予县级单位更大的自主权和行政资源调配能力。\n"
    "下面是对“省直管县”的详细总结,并以表格形式展示其特点、优势与挑战。\n"
    "二、表格展示\n"
    "项目 | 内容 |\n"
    "定义 | 省级政府直接管理县级行政单位,不经过地级市。 |\n"
    "背景 | 为优化行政区划结构,提高县级治理能力。 |\n"
    "三、结语\n"
    "“省直管县”作为一种行政管理创新,体现了国家在推动基层治理现代化方面的探索。\n"
)


def test_an_answer_under_a_bracketed_question_and_the_tables_meaning_row_are_entries():
    assert pairs(_COUNTY) == [
        (
            "“省直管县”",
            "是中国行政区划管理中的一种改革模式,指的是由省级政府直接管理县级行政单位,而不再通过地级市(或地区)进行间接管理。"
            "这种体制在一定程度上打破了传统的“省—地市—县”三级管理体系,赋予县级单位更大的自主权和行政资源调配能力。",
        ),
        ("省直管县", "省级政府直接管理县级行政单位,不经过地级市。"),
    ]


def test_the_background_row_and_the_closing_status_paragraph_are_none():
    # the same page without its answer: the 背景 row and 作为…,体现了… give nothing
    rest = _COUNTY.split("\n", 1)[1].replace("定义 | 省级政府直接管理县级行政单位,不经过地级市。 |\n", "")
    assert pairs(rest) == []


# --- a kind of word, then what it is used to describe (P1079) ------------------------------------------------------


def test_a_kind_of_word_then_its_use_opens_the_definition_at_the_verb_of_use():
    page = (
        "什么是僵尸企业\n\n"
        "什么是僵尸企业】“僵尸企业”是一个经济学术语,用来描述那些长期处于亏损状态、无法通过自身经营能力实现盈利,但仍然依靠外部支持"
        "(如银行贷款、政府补贴或债务重组)维持基本运营的企业。这些企业通常缺乏市场竞争力,资源利用率低,但却持续占用大量社会资源,对经济结构优化和产业升级构成阻碍。\n\n"
        "一、僵尸企业的定义与特征\n"
    )
    assert pairs(page) == [
        (
            "“僵尸企业”",
            "用来描述那些长期处于亏损状态、无法通过自身经营能力实现盈利,但仍然依靠外部支持(如银行贷款、政府补贴或债务重组)维持基本运营的企业。"
            "这些企业通常缺乏市场竞争力,资源利用率低,但却持续占用大量社会资源,对经济结构优化和产业升级构成阻碍。",
        )
    ]


def test_a_purpose_after_yong_lai_names_no_kind_of_word():
    from policyterms.mining.extract_layouts.usage_glosses import kind_then_usage

    assert kind_then_usage("五年规划是中国政府用来指导国民经济发展的重要文件。") is None


# --- a closing lead-in restating its term before 具有以下特点 (P1059) -------------------------------------------------


def test_a_closing_lead_in_restating_the_term_before_its_features_stays():
    page = (
        "什么是人才飞地?\n\n"
        "人才飞地是指一种特殊的人才聚集区,通过吸引、培育和保障等手段,将各类人才集中在特定的区域或城市,形成一个具有高效人才流动和聚集机制的区域。"
        "人才飞地通常具有以下特点:\n\n"
        "1.地理位置优越:人才飞地通常位于经济发展较为繁荣、人才流失较为频繁的地区,或者是具有重要战略地位的城市或区域。\n\n"
        "2.政策优惠:人才飞地通常会给予各类人才更加优惠的政策和福利待遇,例如税收优惠、人才公寓、医疗保障等。\n\n"
        "我要提问\n"
    )
    assert pairs(page) == [
        (
            "人才飞地",
            "是指一种特殊的人才聚集区,通过吸引、培育和保障等手段,将各类人才集中在特定的区域或城市,形成一个具有高效人才流动和聚集机制的区域。"
            "人才飞地通常具有以下特点:",
        )
    ]


def test_a_closing_lead_in_on_something_else_is_no_part():
    from policyterms.mining.extract_layouts.prose import _names_term

    assert not _names_term("人才通常具有以下特点:", "人才飞地")  # (another subject: the lead-in is the list's)


# --- a quoted name with a longer tail, its class by its head word before a role clause (P1050) --------------------


def test_a_class_named_by_the_head_word_stands_before_a_later_role_clause():
    page = (
        "5月18日,浙江“萬畝千億”新產(chǎn)業(yè)平臺建設(shè)現(xiàn)場推進(jìn)會在紹興召開。浙江將通過開展“萬畝千億”新產(chǎn)業(yè)平臺建設(shè),清單化推進(jìn)重點項目。\n"
        "據(jù)了解,“萬畝千億”新產(chǎn)業(yè)平臺是以數(shù)字經(jīng)濟(jì)、高端生物醫(yī)藥、航空航天、前沿材料、智能裝備等5大重量級未來產(chǎn)業(yè)為主導(dǎo)的"
        "高能級產(chǎn)業(yè)大平臺,是浙江省委省政府為推動(dòng)產(chǎn)業(yè)向高端邁進(jìn)、加快產(chǎn)業(yè)高質(zhì)量發(fā)展作出的一項(xiàng)重大舉措。\n"
        "來源:中國新聞網(wǎng)\n"
    )
    assert [(strip_pinyin(t), strip_pinyin(d)) for t, d in pairs(page)] == [
        (
            "“萬畝千億”新產業平臺",
            "是以數字經濟、高端生物醫藥、航空航天、前沿材料、智能裝備等5大重量級未來產業為主導的高能級產業大平臺,"
            "是浙江省委省政府為推動產業向高端邁進、加快產業高質量發展作出的一項重大舉措。",
        )
    ]


def test_roles_alone_still_define_nothing():
    # the doctest's lead: a role first (使命), a role after (抓手): no class by the head word
    assert topic("“两区”建设是国家赋予北京的重要使命,是北京推动高质量发展的重要抓手。\n") == []


# --- an English name and abbreviation set off by a space (P1030) ---------------------------------------------------


def test_an_english_name_and_abbreviation_after_a_space_are_no_part_of_the_term():
    page = (
        "按病种分值付费\n卫经\n定义\n"
        "按病种分值付费 diagnosis-intervention packet,DIP,指在总额预算机制下,根据年度医保支付总额、医保支付比例及各医疗机构病例的总分值计算分值点值。"
        "医保部门基于病种分值和分值点值形成支付标准的支付方式。\n"
    )
    assert pairs(page) == [
        (
            "按病种分值付费",
            "指在总额预算机制下,根据年度医保支付总额、医保支付比例及各医疗机构病例的总分值计算分值点值。医保部门基于病种分值和分值点值形成支付标准的支付方式。",
        )
    ]


# --- 就是…的意思 on a page about its term (P1032) ------------------------------------------------------------------


def test_jiushi_closing_on_its_meaning_defines_the_asked_term():
    page = (
        "什么是全民参保计划-全民参保计划的目标是\n\n"
        "优质解答\n\n"
        "全民参保计划就是让 everyone 都参加社保的意思。不管你是干啥的农民工人、白领还是自由职业者,不管多大岁数,都帮你买保险。\n\n"
        "为啥要搞全民参保计划呢?因为现在社保覆盖了95%的人,但还有2000万没参保的。\n"
    )
    assert pairs(page) == [
        ("全民参保计划", "就是让 everyone 都参加社保的意思。不管你是干啥的农民工人、白领还是自由职业者,不管多大岁数,都帮你买保险。")
    ]


def test_jiushi_saying_what_a_task_takes_is_none():
    assert topic("我们讲调整，就是要坚决调整那些不合理的结构。\n") == []


# --- a topic glossed in brackets by 即 (P1037) -------------------------------------------------------------------


def test_a_topics_bracketed_ji_gloss_is_an_entry_beside_its_definition():
    page = (
        "新时代是我国发展的关键时期,面对国内外形势的深刻变化,两新组织(即新型经济组织和新社会组织)在推动经济社会发展中发挥着越来越重要的作用。\n"
        "一、两新组织的定义与发展现状\n"
        "1. 定义\n"
        "两新组织是指在我国改革开放和社会主义现代化建设中,涌现出来的一批具有创新性、活力和特色的新型经济组织和新社会组织。\n"
    )
    assert pairs(page) == [
        ("两新组织", "即新型经济组织和新社会组织"),
        ("两新组织", "是指在我国改革开放和社会主义现代化建设中,涌现出来的一批具有创新性、活力和特色的新型经济组织和新社会组织。"),
    ]


def test_a_bracketed_ji_gloss_of_a_word_the_page_names_once_is_none():
    # the twelfth congress report's 三支两军（即…）, named once: no topic of the page
    report = "大批指战员参加三支两军（即支援工业，支援农业，支持左派广大群众，军事管制，军政训练），做了大量工作。\n"
    assert topic(report) == []


# --- a quoted concept glossed by 即 mid-sentence, after a point of view (P1055) ------------------------------------


_LAND = (
    "  (一)低效用地的概念\n"
    "  从基础概念层面来看,低效用地是指土地利用效率较低,土地用途与所处区位不相适应,有待提高集约利用程度的用地。从国家对低效用地认定的有关规定来看,"
    "2013年,原国土资源部发布的《开展城镇低效用地再开发试点指导意见的函》首次提出“城镇低效用地”的概念,即“城镇中布局散乱、利用粗放、用途不合理的存量建设用地”;"
    "2016年,原国土资源部发布的《关于深入推进城镇低效用地再开发的指导意见(试行)》细化了低效用地的概念,即“经第二次全国土地调查已确定为建设用地中的"
    "布局散乱、利用粗放、用途不合理、建筑危旧的城镇存量建设用地,权属清晰、不存在争议”。2023年,自然资源部发"
)


def test_a_quoted_concept_glossed_by_ji_ends_with_its_clause():
    # the unquoted 低效用地的概念,即“…” of 2016 is the same term's history, running into the sentence the page cuts
    assert pairs(_LAND) == [
        ("低效用地", "是指土地利用效率较低,土地用途与所处区位不相适应,有待提高集约利用程度的用地。"),
        ("“城镇低效用地”", "即“城镇中布局散乱、利用粗放、用途不合理的存量建设用地”"),
    ]


# --- a sentence between two naming the term, naming a class (P1075) -----------------------------------------------


def test_a_class_sentence_amid_sentences_about_the_term_defines_it():
    page = (
        "随着我国城镇化的不断创新发展,特色小镇作为城镇体系的重要组成部分,是在新的历史时期和新的发展阶段的创新探索和成功实践。"
        "特色小镇是集工业与生活于一体的综合性区域,产业定位明确,文化内涵和旅游功能突出,是集生产、生活、生态于一体的生命体。"
        "特色小镇按照创新、协调、绿色、开放、共享发展的理念,形成“产业、城市、人、文化”有机融合的重要功能平台。\n"
    )
    assert pairs(page) == [
        (
            "特色小镇",
            "是集工业与生活于一体的综合性区域,产业定位明确,文化内涵和旅游功能突出,是集生产、生活、生态于一体的生命体。"
            "特色小镇按照创新、协调、绿色、开放、共享发展的理念,形成“产业、城市、人、文化”有机融合的重要功能平台。",
        )
    ]


def test_a_summarys_class_sentence_after_a_lead_in_is_none():
    # P1077's second paragraph: 總的來說 opens the mode's sentence, which closes the paragraph: no definition
    para = (
        "它通常在規定區域內進行統一規劃、設計和集中建設。標準廠房通常配備有必要的設施。"
        "總的來說,標準廠房是一種現代化廠房建設的主流模式,有助於優化資源配置,改善生態環境。\n"
    )
    assert topic(para) == []


# --- an encyclopedia article's copy and an alternative name co-ordinated by 或 (P1066) -----------------------------


_WIKI = (
    "中國百強縣- 維基百科,自由的百科全書 - Wikipedia\n\n"
    "文章推薦指數: 80 %\n投票人數:10人\n\n"
    "中國百強縣或「中國百強縣(市)」,是對現行中國縣級行政區域以縣份、縣級市與旗為主,包括部分市轄區的綜合評價,早期曾有多家機構組織過評價,"
    "但影響最大的分別是中國國家統計局組織的評估。\n\n"
    "國家統計局僅2004年、2005年組織過二次評估,其後終止。\n"
)


def test_an_encyclopedia_articles_lead_defines_its_title_the_alternative_name_left_out():
    assert pairs(_WIKI) == [
        (
            "中國百強縣",
            "是對現行中國縣級行政區域以縣份、縣級市與旗為主,包括部分市轄區的綜合評價,早期曾有多家機構組織過評價,但影響最大的分別是中國國家統計局組織的評估。",
        )
    ]


def test_the_same_lead_under_a_plain_title_is_none():
    # no encyclopedia named: a one-sentence lead that names no class by the head word and goes on about nothing
    assert pairs(_WIKI.replace("- 維基百科,自由的百科全書 - Wikipedia", "")) == []
