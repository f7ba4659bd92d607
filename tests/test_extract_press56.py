"""The fifty-sixth and fifty-seventh development sets' press and commercial pages (county and city slogans and programmes
explained by the press; national vocabulary explained by wikis, answer sites, generated explainers and company pages): a
quoted programme named as the work a sentence reports and spelled out by 即 (P1988, and the fifty-fourth set's P1925), and
a page's title asking a question, which is no lead paragraph (P1995), and a titled quoted programme's 是 sentence naming its
kind of arrangement in a news paragraph (P1980, P1995). Each rule has the real line it was written from and a
sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.prose import _undertaken_ji
from policyterms.mining.extract_layouts.topics import _KIND_AFTER_OF, _QUESTION_TITLE


# --- a quoted programme named as the work a sentence reports, then 即 (P1988, P1925) ----------------------------------


def test_a_programme_the_county_carries_out_is_glossed_from_ji_over_its_paragraph():
    page = (
        "  该县坚持“四跟四走”产业扶贫模式,2017年以来整合各类资金16.06亿元,实施“一村一业、一户一品”扶贫产业项目1268个,"
        "巩固发展椪柑、油茶、杜仲等特色产业,倾力实施“百千万”产业扶贫工程,即全县建成100个特色产业园,每个乡镇建成2个千亩特色"
        "标准园、3个万亩特色精品园。同时,每个贫困村发展2个百亩示范园作为当家产业,每户贫困户实施2个以上脱贫项目,建档立卡贫困户"
        "实现产业扶贫全覆盖,村集体经济年收入5万元。\n"
    )
    assert pairs(page) == [
        (
            "“百千万”产业扶贫工程",
            "即全县建成100个特色产业园,每个乡镇建成2个千亩特色标准园、3个万亩特色精品园。同时,每个贫困村发展2个百亩示范园作为"
            "当家产业,每户贫困户实施2个以上脱贫项目,建档立卡贫困户实现产业扶贫全覆盖,村集体经济年收入5万元。",
        )
    ]


def test_a_proposal_put_forward_is_glossed_by_its_quotation():
    page = (
        "城市规划专家也开始研究北京未来的发展格局。早在2004年,北京市城市规划设计研究院高级工程师高毅存撰文争鸣,提出“双都心”"
        "设想,即“保护北京旧城平缓棋盘式格局,将产业与经济建设逐步向东南挪动,形成双都心的模式”。\n"
    )
    assert ("“双都心”设想", "即“保护北京旧城平缓棋盘式格局,将产业与经济建设逐步向东南挪动,形成双都心的模式”。") in pairs(page)


def test_a_date_after_ji_says_when_not_what():
    assert _undertaken_ji("该县启动“三年攻坚”行动,即2021年至2023年集中推进各项工作。") is None
    assert pairs("该县启动“三年攻坚”行动,即2021年至2023年集中推进各项工作。\n") == []


def test_a_programme_pointed_at_says_which_not_what():
    assert _undertaken_ji("该县继续实施那个“百千万”产业扶贫工程,即全县建成100个特色产业园。") is None


def test_a_slogan_with_no_kind_of_work_after_it_is_not_this_reading():
    assert _undertaken_ji("倾力实施“百千万”,即全县建成100个特色产业园,每个乡镇建成2个千亩特色标准园。") is None


_KINDS = st.sampled_from(["工程", "产业扶贫工程", "设想", "行动", "计划", "模式", "战略"])
_VERBS = st.sampled_from(["实施", "提出", "推进", "开展", "打造", "实行"])
_SLOGAN = st.text(alphabet="百千万双三四五城圈村镇园", min_size=2, max_size=6)


@settings(max_examples=60, deadline=None)
@given(verb=_VERBS, slogan=_SLOGAN, kind=_KINDS)
def test_the_term_is_the_quoted_slogan_with_its_kind_and_the_gloss_opens_at_ji(verb, slogan, kind):
    sentence = f"该县{verb}“{slogan}”{kind},即全县建成一百个特色产业园和一千个示范村。"
    found = _undertaken_ji(sentence)
    assert found is not None
    assert found.group("term") == f"“{slogan}”{kind}"
    assert sentence[found.start("marker") :].startswith("即全县")


# --- a page's title asking a question is no lead paragraph (P1995) --------------------------------------------------


_SPEAKER_PAGE = (
    "王钊:向天空要效益,深圳如何更好推进“工业上楼”?|湾区深音\n"
    "2023-05-10 21:00:05\n"
    "来源:深圳特区报评论部\n"
    "(资料图)\n"
    "中国(深圳)综合开发研究院城市发展与园区经济规划研究所副所长 王钊:\n"
    "{body}\n"
    "标签:\n"
)


def test_the_explainers_is_sentence_under_a_question_title_defines_the_topic():
    body = (
        "“工业上楼”是破解制造业空间供需矛盾、推动制造业高质量发展的一种产业空间供给模式。推进“工业上楼”应从城市配套、产业配套、"
        "人才吸引、环境营造等措施入手,在工业用地内部探索空间功能的多种可能性,推动工业用地提质增效与产业高质量发展。"
    )
    assert pairs(_SPEAKER_PAGE.format(body=body)) == [("“工业上楼”", body[len("“工业上楼”") :])]


def test_a_role_sentence_under_a_question_title_still_defines_nothing():
    body = "“工业上楼”是推动制造业高质量发展的关键。"
    assert pairs(_SPEAKER_PAGE.format(body=body)) == []


def test_a_question_title_is_a_short_line_ending_in_its_mark():
    assert _QUESTION_TITLE.fullmatch("王钊:向天空要效益,深圳如何更好推进“工业上楼”?|湾区深音")
    assert _QUESTION_TITLE.fullmatch("新疆生产建设兵团什么意思?")
    assert not _QUESTION_TITLE.fullmatch("什么是工业上楼?工业上楼是一种产业空间供给模式。")  # a question answered in its line
    assert not _QUESTION_TITLE.fullmatch("591.全面振興東北地區等老工業基地的重大意義是什麼?")  # a question book's numbered item


# --- a titled quoted programme's 是 sentence naming its kind of arrangement (P1980, P1995) --------------------------


_NEWS_PAGE = (
    "湖北日报:秭归“幸福村落”入列全国试点\n\n"
    "01.12.2014  14:08\n"
    "   湖北日报讯  (记者王成龙)11月23日,农业部批复了全国34个第二批农村改革试验区和试验任务,秭归的“幸福村落”创建作为全国村民"
    "自治改革试验区和实验任务被纳入其中。{sentence}按照“地域相近、产业趋同,利益共享、群众自愿、规模适度”原则,秭归县划分组建"
    "2065个村落,以村落理事会为组织载体,引导群众自我管理、自我服务、自我发展,推动村民自治。\n"
)


def test_a_news_paragraphs_quoted_programme_named_by_its_kind_of_arrangement():
    sentence = "“幸福村落”是秭归县摸索出的农村基层社会服务管理新模式。"
    got = pairs(_NEWS_PAGE.format(sentence=sentence))
    assert got == [
        (
            "“幸福村落”",
            "是秭归县摸索出的农村基层社会服务管理新模式。按照“地域相近、产业趋同,利益共享、群众自愿、规模适度”原则,秭归县划分组建"
            "2065个村落,以村落理事会为组织载体,引导群众自我管理、自我服务、自我发展,推动村民自治。",
        )
    ]


def test_a_standing_of_the_same_programme_names_no_kind():
    sentence = "“幸福村落”是秭归县推进乡村治理的重要抓手。"
    assert pairs(_NEWS_PAGE.format(sentence=sentence)) == []


def test_a_kind_of_arrangement_closes_the_first_clause_after_de():
    assert _KIND_AFTER_OF.fullmatch("秭归县摸索出的农村基层社会服务管理新模式")
    assert _KIND_AFTER_OF.fullmatch("中国特有的社区、社会组织和社工联动机制")
    assert not _KIND_AFTER_OF.fullmatch("秭归县推进乡村治理的重要抓手")
    assert not _KIND_AFTER_OF.fullmatch("新模式")  # no class after 的: a bare word


# --- 所谓X就是以…: 就 before the marker 是以 is no part of the term (P1989's shape without its comma) ---------------


def test_so_called_term_glossed_by_jiu_shi_yi_keeps_jiu_out_of_the_term():
    page = "所谓森林银行就是以托管、赎买、租赁等方式集聚碎片化的森林资源,再进行规模化经营。\n"
    assert pairs(page) == [("森林银行", "就是以托管、赎买、租赁等方式集聚碎片化的森林资源,再进行规模化经营。")]


def test_a_term_glossed_by_jiu_shi_yi_in_traditional_characters():
    page = "所謂森林銀行就是以託管、贖買、租賃等方式集聚碎片化的森林資源。\n"
    assert pairs(page) == [("森林銀行", "就是以託管、贖買、租賃等方式集聚碎片化的森林資源。")]


# --- a question book's item numbered otherwise is no title either (P996's real item, its number as other books write it) --


_P996_ANSWER = (
    "東北地區是新中國工業的搖籃和我國重要的工業與農業基地,擁有一批關係國民經濟命脈和國家安全的戰略性產業,發展空間和潛力巨大。"
    "東北地區區位條件優越,沿邊沿海優勢明顯,是全國經濟的重要增長極。\n"
)


def test_a_question_numbered_in_brackets_circles_or_by_a_label_stays_an_item_of_its_book():
    for number in ["(一)", "(591)", "591)", "① ", "591 ", "問:", "Q591:", "第591問 ", "第五百九十一題:"]:
        question = f"{number}全面振興東北地區等老工業基地的重大意義是什麼?"
        assert not _QUESTION_TITLE.fullmatch(question), number
        assert pairs(question + "\n" + _P996_ANSWER) == [], number


# --- a titled programme's kind weighed is its standing, no class (…是基层社会治理的重要模式) -----------------------------


def test_a_titled_programmes_weighed_kind_of_arrangement_is_its_standing():
    page = (
        "“枫桥经验”入选全国典型案例\n\n"
        "  本报讯 日前,诸暨市“枫桥经验”入选全国基层治理典型案例。“枫桥经验”是基层社会治理的重要模式。近年来,诸暨市坚持和发展"
        "“枫桥经验”,矛盾纠纷就地化解率达98%。\n"
    )
    assert pairs(page) == []
    assert not _KIND_AFTER_OF.fullmatch("基层社会治理的重要模式")
    assert not _KIND_AFTER_OF.fullmatch("我省推行的一项有效的管理机制")
    assert not _KIND_AFTER_OF.fullmatch("党组织生活的基本制度")
    assert _KIND_AFTER_OF.fullmatch("以数据为核心的社会治理新模式")  # a weight inside the qualifier, not weighing the kind


# --- a programme glossed in a report's task paragraph ends before the next task (…工程,即…。加强天然林保护,…) ----------


def test_an_undertaken_programmes_gloss_ends_before_the_paragraphs_next_task():
    page = (
        "(五)大力推进生态建设。继续实施“退耕还林”工程,即对水土流失严重的坡耕地有计划地停止耕种,因地制宜植树种草。加强天然林保护,"
        "推进京津风沙源治理。加快城市污水处理设施建设。全面完成“十五”计划确定的节能减排目标。\n"
    )
    assert pairs(page) == [("“退耕还林”工程", "即对水土流失严重的坡耕地有计划地停止耕种,因地制宜植树种草。")]


def test_an_undertaken_programmes_gloss_takes_the_sentences_naming_it_again():
    page = (
        "今年,该县继续实施“退耕还林”工程,即对水土流失严重的坡耕地有计划地停止耕种,因地制宜植树种草。全县“退耕还林”面积已达"
        "3万亩。加快城市污水处理设施建设。\n"
    )
    assert pairs(page) == [
        ("“退耕还林”工程", "即对水土流失严重的坡耕地有计划地停止耕种,因地制宜植树种草。全县“退耕还林”面积已达3万亩。")
    ]
