"""Prose definitions of the thirty-sixth development set, on their real sentences: a term glossed in running prose by
是指 / 指的是 / 指的就是 / 主要是指 after a lead (因此, 顾名思义), a pronoun (它), a name just given (名“X”) or a concept just
put forward (提出了“X”这一概念) — each with real sentences of the same shape that must not become
entries (national reports, the same pages)."""

from __future__ import annotations

from conftest import pairs


# --- a connective before the term (P946) ---------------------------------------------------------------------------

P946 = (
    "武汉城市圈,又称“武汉1+8城市圈”,你知道包括哪些城市吗?\n\n"
    "这里是刘小顺的旅行和生活研究所。\n图片\n"
    '武汉作为华中地区最大的城市,同样也和周边的城市组成了"武汉城市圈",这个城市圈又被称作"武汉1+8城市圈"。\n图片\n'
    '顾名思义,"武汉1+8城市圈"指的就是武汉这一座中心城市与其他八座城市组成的城市圈,你知道其他八座城市都是哪些城市吗?\n图片\n'
    "实际上,这八座城市主要包括武汉周边100公里半径范围内的黄石、鄂州、孝感、黄冈、咸宁、仙桃、天门以及潜江等。\n图片\n"
    '因此,"武汉城市圈"指的就是由武汉、黄石、鄂州、孝感、黄冈、咸宁、仙桃、天门、潜江这9座城市组成的城市圈。\n图片\n'
    '"武汉城市圈"是湖北省产业最密集、经济最有活力的地区,不仅是湖北省经济发展的核心区域,同时也是中部崛起的重要支点。\n图片\n'
    '那么,你有没有来过武汉旅游?对武汉印象怎么样?你知道"武汉城市圈"主要包括武汉、黄石、鄂州、孝感、黄冈、咸宁、仙桃、天门、潜江这9座城市吗?\n'
)


def test_connectives_before_a_term_holding_digits_and_a_readers_question_after_the_gloss() -> None:
    assert pairs(P946) == [
        ('"武汉1+8城市圈"', "指的就是武汉这一座中心城市与其他八座城市组成的城市圈,你知道其他八座城市都是哪些城市吗?"),
        ('"武汉城市圈"', "指的就是由武汉、黄石、鄂州、孝感、黄冈、咸宁、仙桃、天门、潜江这9座城市组成的城市圈。"),
    ]


def test_a_title_question_with_an_alias_and_a_question_about_the_term_define_nothing() -> None:
    assert pairs("武汉城市圈,又称“武汉1+8城市圈”,你知道包括哪些城市吗?\n") == []
    assert pairs(P946.splitlines()[-1] + "\n") == []


def test_a_period_after_the_term_still_opens_the_definition() -> None:
    # (the digits after a comma are a period, not a term's, when no connective comes before)
    assert pairs("“规模以上工业企业”,1998-2006年,是指全部国有及年主营业务收入在500万元以上的非国有工业企业。\n") == [
        ("“规模以上工业企业”", "1998-2006年,是指全部国有及年主营业务收入在500万元以上的非国有工业企业。"),
    ]


# --- 它指的是 after a sentence opening with the quoted term (P950) ---------------------------------------------------

P950 = (
    "大包干是什么意思?\n"
    "在日常生活中,我们常常会听到一些耳熟能详的词汇,它们可能来源于历史背景或特定的社会环境。其中,“大包干”就是一个具有时代印记的词语。"
    "那么,究竟什么是“大包干”呢?让我们一起来了解一下。\n"
    "“大包干”这个词起源于中国改革开放初期,特别是在农村经济体制改革过程中。它指的是将土地承包给农民个人或家庭经营的一种管理模式。"
    "在这种模式下,农民可以根据自己的意愿种植作物,并享有相应的收益权。这种制度的实施极大地调动了农民的积极性,促进了农业生产的快速发展。\n"
)


def test_it_and_a_strong_marker_after_a_sentence_opening_with_the_quoted_term() -> None:
    assert pairs(P950) == [
        (
            "“大包干”",
            "指的是将土地承包给农民个人或家庭经营的一种管理模式。在这种模式下,农民可以根据自己的意愿种植作物,并享有相应的收益权。"
            "这种制度的实施极大地调动了农民的积极性,促进了农业生产的快速发展。",
        )
    ]


def test_it_with_a_bare_shi_or_after_a_phrase_about_the_term_defines_nothing() -> None:
    # the 1997 congress report: 它是…思想基础,是指引我们事业前进的伟大旗帜 (a verdict, no definition)
    report = (
        "有中国特色的社会主义，是马克思主义基本原理同中国现代化建设相结合的产物，是扎根于当代中国的科学社会主义。"
        "它是全党同志和全国人民统一认识、增强团结的思想基础，是指引我们事业前进的伟大旗帜。\n"
    )
    assert pairs(report) == []
    # P950's significance paragraph: the quoted term before 的 is not what 它 stands for
    assert pairs("“大包干”的成功实践为中国农村经济发展奠定了坚实的基础。它指的是一条新路。\n") == []


# --- an info box's label after the last stop (P956) ----------------------------------------------------------------

P956 = (
    "您的位置首页生活快答\n\n中原经济区\n\n中原经济区\n\n的有关信息介绍如下:\n\n中原经济区\n\n"
    "中原经济区是指以河南省为主体,包含山东、安徽、河北、山西等省部分地区的综合性经济区。"
    "中原经济区作为国家层面重点开发区域,是沿海地区发展的重要支撑,是中部崛起的重要基地。 中文名"
)


def test_an_info_box_label_after_a_space_ends_no_definition() -> None:
    assert pairs(P956) == [
        (
            "中原经济区",
            "是指以河南省为主体,包含山东、安徽、河北、山西等省部分地区的综合性经济区。"
            "中原经济区作为国家层面重点开发区域,是沿海地区发展的重要支撑,是中部崛起的重要基地。",
        )
    ]


def test_a_sentence_cut_by_the_page_after_the_stop_is_still_cut() -> None:
    # (more than a label: the page ends inside a sentence, and the entry is dropped as before)
    cut = P956[: -len(" 中文名")] + "该区域定位为全国重要的高新技术产业、先进制造业"
    assert pairs(cut) == []


# --- a name given, or a concept put forward, before the marker (P954, P940) ----------------------------------------


def test_a_quoted_name_given_after_a_comma_is_the_term_of_its_marker() -> None:
    p954 = (
        "湖南古属楚,名“湘楚”,主要是指洞庭湖、湘西和湘北区域,这也是为啥屈原下放湖南劳动锻炼,主要在北边溜达,"
        "对长沙以南的“诗和远方”视而不见,因为南边还是蛮荒之地,没法去。\n"
    )
    assert pairs(p954) == [
        (
            "“湘楚”",
            "主要是指洞庭湖、湘西和湘北区域,这也是为啥屈原下放湖南劳动锻炼,主要在北边溜达,对长沙以南的“诗和远方”视而不见,"
            "因为南边还是蛮荒之地,没法去。",
        )
    ]


def test_a_concept_put_forward_is_the_term_of_its_marker() -> None:
    p940 = (
        "1984年,費孝通教授首先提出了“蘇南模式”這一概念,指蘇州、無錫、常州大體相同的經濟發展背景和現實發展路子。"
        "蘇南地區位於太湖之濱、長江三角洲中部,人多地少,但農業生產條件得天獨厚。\n"
    )
    assert pairs(p940) == [
        ("“蘇南模式”", "指蘇州、無錫、常州大體相同的經濟發展背景和現實發展路子。蘇南地區位於太湖之濱、長江三角洲中部,人多地少,但農業生產條件得天獨厚。")
    ]


def test_a_strategy_named_after_its_description_is_no_concept_glossed() -> None:
    # P937: 提出了…新战略——“一核一带一区”,报告中“做优做强珠三角核心区”是对这一战略的具体部署 (no marker after the name)
    p937 = (
        "专家解读:广东省人大代表、广州市社科院副院长尹涛表示,去年6月举行的中共广东省委十二届四次全会创新性地提出了以功能区为引领的"
        "广东区域发展新战略——“一核一带一区”,报告中“做优做强珠三角核心区”是对这一战略的具体部署。\n"
    )
    assert pairs(p937) == []


# --- parts of a name glossed one by one with 是 (P918) --------------------------------------------------------------

P918 = (
    "“两会”是对自1959年以来历年召开的中华人民共和国全国人民代表大会和中国人民政治协商会议的统称。"
    "由于两场会议会期基本重合,而且对于国家运作的重要程度都非常高,故简称做“两会”。\n"
    "全国人民代表大会是最高国家权力机关,由省、自治区、直辖市、特别行政区和人民解放军选出的代表组成。"
    "中国人民政治协商会议是中国人民爱国统一战线的组织,是中国共产党领导的多党合作和政治协商的重要机构,由中国共产党、各民主党派、"
    "无党派民主人士、人民团体、各民族和各界的代表,台湾同胞、港澳同胞和归国侨胞的代表以及特别邀请的人士组成。\n"
)


def test_the_parts_a_name_stands_for_glossed_one_by_one_with_shi() -> None:
    got = pairs(P918)
    assert ("全国人民代表大会", "是最高国家权力机关,由省、自治区、直辖市、特别行政区和人民解放军选出的代表组成。") in got
    assert [t for t, _ in got] == ["“两会”", "全国人民代表大会", "中国人民政治协商会议"]
    assert got[2][1].startswith("是中国人民爱国统一战线的组织,") and got[2][1].endswith("以及特别邀请的人士组成。")


def test_a_heading_naming_two_tasks_gives_no_parts_to_sentences_opening_with_them() -> None:
    # the 1991 work report: a heading naming two tasks, then a sentence on each opening with it and 是 (no name stands for them)
    report = "认真抓好计划生育和环境保护。\n计划生育是涉及千家万户的群众性工作，必须依靠群众。环境保护是全人类共同关心的问题。\n"
    assert pairs(report) == []


# --- a quoted name after its description, glossed by 即 (P948) -----------------------------------------------------


def test_a_quoted_name_closing_its_description_is_glossed_from_ji() -> None:
    p948 = (
        "十四届全国人大一次会议闭幕后,国务院总理李强出席记者会并回答中外记者提问。在谈到民营经济的发展时,他特别提到了当年江浙等地"
        "发展个体私营经济、发展乡镇企业时所创造的“四千”精神,即走遍千山万水、说尽千言万语、想尽千方百计、吃尽千辛万苦。\n"
    )
    assert pairs(p948) == [("“四千”精神", "即走遍千山万水、说尽千言万语、想尽千方百计、吃尽千辛万苦。")]


def test_a_thing_pointed_at_and_named_after_ji_is_no_gloss() -> None:
    # the ninth congress report: a demonstrative description and a short name after 即 say which thing is meant
    report = "锋芒所向，直指修正主义集团的巢穴──刘少奇控制下的那个针插不进、水泼不进的“独立王国”，即旧北京市委。\n"
    assert pairs(report) == []
