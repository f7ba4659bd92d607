"""The sixty-second development set's press pages (provincial and city regional layouts and numbered slogans explained by
press reposts, content sites and forums): a slogan's quoted parts run into one paragraph (P2154), a list's next item
glossed after the term's full stop (P2162), a quoted word opening the definition as its subject (P2163; P2026 and P2048 of
the fifty-eighth and fifty-ninth sets), a counted slogan an item spells out by 即 (P2163), and five shapes that are no
entries: a news item's byline (P2172), a site's backslash path (P2166), the frame 以…为 before a zone's head noun (P2165),
a division's clause (P2154) and a plan's fields over their tasks (P2153). Each rule has
the real line it was written from and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.common import _is_furniture, _lines
from policyterms.mining.extract_layouts.false_glosses import clause_term
from policyterms.mining.extract_layouts.quoted_frames import quoted_subject_opening
from policyterms.mining.extract_layouts.run_in_slogans import slogan_glossed_inside
from policyterms.mining.extract_layouts.sibling_ends import split_at_sibling
from policyterms.mining.extract_layouts.whole_parts import run_in_slogan_parts, zones_in_turn


# --- a slogan's quoted parts run into one paragraph (P2154) -------------------------------------------------------------

_MAP_TITLE = "《湖北省“一芯两带三区”布局产业地图》\n"
_MAP_SERIES = (
    "总体产业格局图中,“一芯”依托四大国家级产业基地和十大重点产业,大力发展以集成电路为代表的高新技术产业、战略性新兴产业和高端成长型产业,"
    "打造一批世界级先进制造业集群;“两带”以长江、汉江为纽带,打造长江绿色经济和创新驱动发展带、汉孝随襄十制造业高质量发展带;"
    "“三区”围绕区域协同与产业集聚,推动鄂西绿色发展示范区、江汉平原振兴发展示范区、鄂东转型发展示范区竞相发展,形成全省东中西三大片区高质量发展。\n"
)


def test_a_slogans_parts_run_into_one_paragraph_are_each_an_entry():
    found = [(e.term, e.definition) for _, e in run_in_slogan_parts(_lines(_MAP_TITLE + _MAP_SERIES), [True] * 3)]
    assert found == [
        ("“一芯”", "依托四大国家级产业基地和十大重点产业,大力发展以集成电路为代表的高新技术产业、战略性新兴产业和高端成长型产业,打造一批世界级先进制造业集群"),
        ("“两带”", "以长江、汉江为纽带,打造长江绿色经济和创新驱动发展带、汉孝随襄十制造业高质量发展带"),
        ("“三区”", "围绕区域协同与产业集聚,推动鄂西绿色发展示范区、江汉平原振兴发展示范区、鄂东转型发展示范区竞相发展,形成全省东中西三大片区高质量发展。"),
    ]


def test_parts_of_no_slogan_named_above_or_quoted_in_passing_give_nothing():
    # (the same series with no slogan above it; and a paragraph whose second sentence only mentions a part)
    assert list(run_in_slogan_parts(_lines(_MAP_SERIES), [True, True])) == []
    passing = "推进“一芯两带三区”建设。\n“一芯”发展迅速,产值过万亿;全省也在谋划“两带”建设的新举措。\n"
    assert list(run_in_slogan_parts(_lines(passing), [True] * 3)) == []


# --- a list's next item glossed after the term's full stop (P2162) -------------------------------------------------------


_NAMED = "早在2014年4月,我市就出台了指导意见,提出做大做强五大支柱产业,并培育发展十大新兴产业。\n\n  其中,"
_GLOSSES = "是指电气、鞋业、服装、汽摩配、泵阀等五大温州传统支柱产业。十大新兴产业包括网络经济产业、旅游休闲产业、现代物流产业。"


def test_the_next_item_of_a_list_named_before_is_its_own_entry():
    definition, sibling = split_at_sibling("五大支柱产业", _GLOSSES, _NAMED)
    assert definition == "是指电气、鞋业、服装、汽摩配、泵阀等五大温州传统支柱产业。"
    assert sibling == ("十大新兴产业", "包括网络经济产业、旅游休闲产业、现代物流产业。")
    page = _NAMED + "五大支柱产业" + _GLOSSES + "\n"
    assert ("十大新兴产业", "包括网络经济产业、旅游休闲产业、现代物流产业。") in pairs(page)


def test_a_next_sentence_on_something_not_listed_with_the_term_stays_in_its_definition():
    # (the two names in different sentences above: no list naming both, so the sentence goes on with the term)
    earlier = "我市培育发展十大新兴产业。提出做大做强五大支柱产业。其中,"
    assert split_at_sibling("五大支柱产业", _GLOSSES, earlier) == (_GLOSSES, None)


# --- a quoted word opening the definition as its subject (P2163, P2026, P2048) ----------------------------------------


def test_a_quoted_word_and_its_marker_opening_the_definition_are_the_entry():
    assert quoted_subject_opening("“3456”工作矩阵", "“3”是指推行“沉下去、跑上去、走出去”三项机关服务作风;", "所谓") == (
        "“3”",
        "是指推行“沉下去、跑上去、走出去”三项机关服务作风;",
    )
    assert quoted_subject_opening("定义“三旧”", "“三旧”指的是旧村庄、旧城镇、旧厂房。") == ("“三旧”", "指的是旧村庄、旧城镇、旧厂房。")


def test_a_quoted_word_without_its_own_marker_or_under_its_own_headword_is_no_subject():
    assert quoted_subject_opening("定义“三旧”", "是指“三旧”改造。") is None
    assert quoted_subject_opening("定义“三旧”", "“三旧”改造是指对旧村庄、旧城镇、旧厂房的改造。") is None
    assert quoted_subject_opening("定义“三旧”", "“三旧”指出了改造的方向。") is None
    # (a headword glossed by its parts, or restated in quotation marks, keeps them in its gloss)
    assert quoted_subject_opening("“东数西算”工程", "“数”指的是数据,“算”指的是算力。") is None
    assert quoted_subject_opening("“放管服”", "“放管服”就是简政放权、放管结合、优化服务的简称。") is None


def test_a_frame_naming_the_whole_gives_no_entry_of_its_own():
    line = (
        "所谓“3456”工作矩阵,“3”是指推行“沉下去、跑上去、走出去”三项机关服务作风;“4”是指开展制造业数字化转型、网络化协同、智能化改造、"
        "绿色化提升的专项行动。\n"
    )
    terms = [term for term, _ in pairs(line)]
    assert "“3456”工作矩阵" not in terms and terms.count("“3”") == 1


# --- a counted slogan an item names and spells out by 即 (P2163) ------------------------------------------------------------


def test_a_counted_slogan_spelled_out_inside_an_item_is_a_second_entry():
    line = (
        "所谓“3456”工作矩阵,“5”是指打造数字经济核心产业等五大支柱产业;“6”是指打造“两城两都两高地”,即智车之城、软件名城、显示之都、定制之都、"
        "新材高地、生物医药与健康产业高地等六张广州智造新名片。\n"
    )
    assert ("“两城两都两高地”", "即智车之城、软件名城、显示之都、定制之都、新材高地、生物医药与健康产业高地等六张广州智造新名片。") in pairs(line)


def test_a_word_of_no_count_or_a_slogan_opening_the_definition_gives_no_second_entry():
    assert slogan_glossed_inside("是指实行“国际专政”即对各国人民专政。") is None
    assert slogan_glossed_inside("“三大攻坚战”,即打好防范化解重大风险的攻坚战。") is None
    assert slogan_glossed_inside("是指打造“两城两都”,即两城。") is None  # (a gloss too short to be one)


# --- no entries: a byline, a site's path, the frame 以…为, a division's clause ----------------------------------------------


def test_a_news_items_byline_after_its_dateline_is_no_gloss():
    byline = "科技日报讯 (记者俞慧友)1月25日,湖南省十三届人大四次会议在湖南省人民大会堂开幕。大会由大会主席团常务主席主持。\n"
    glossary = "财政收入 指政府为履行其职能而筹集的一切资金的总和。\n财政支出 指政府为履行其职能而支出的一切费用的总和。\n"
    assert ("科技日报讯", byline[6:].strip()) not in pairs(glossary + byline)
    assert ("财政收入", "指政府为履行其职能而筹集的一切资金的总和。") in pairs(glossary + byline)


def test_a_backslash_path_ending_in_the_articles_title_is_furniture():
    assert _is_furniture("土木在线论坛 \\ 建筑设计 \\ 城市规划设计 \\ 建圈强链:“链长”与“链主”?,新都建链强链补链的系统思维")
    assert _is_furniture("首页 \\ 政务公开 \\ 统计数据")
    # (one spaced sign inside a sentence is no path)
    assert not _is_furniture("收入 \\ 支出 之比是指一定时期内收入与支出的比值。")


def test_the_frame_yi_wei_opens_no_zone():
    page = "三大产业板块。以中心城区为核心的高新技术板块。以龙口为核心的临港产业板块,以龙口港区为中心。\n"
    assert list(zones_in_turn(_lines(page), [True, True])) == []
    kept = "其中,核心区为中心城区,紧密区为市域内除中心城区外的区域。\n"
    assert [e.term for _, e in zones_in_turn(_lines(kept), [True, True])] == ["核心区", "紧密区"]


def test_a_plans_fields_over_their_tasks_are_no_headwords():
    fields = (
        "➤“982”包含哪些具体项目?\n●乡村振兴领域\n围绕全面实施乡村振兴战略,以培育粮食核心竞争力为重点,聚焦农业转型升级、产业融合发展,实施一批重大项目。\n"
        "●制造业高质量发展领域\n围绕深入推进智能化改造、绿色化改造、企业技术改造等“三大改造”,聚焦产业创新能力提升,实施一批重大项目。\n"
        "●现代服务业领域\n围绕服务业高端化、融合化、智能化、绿色化发展,聚焦物流、文化旅游、健康养老,实施一批重大项目。\n"
    )
    assert pairs(fields) == []
    glossary = (
        "●乡村振兴战略\n是党的十九大提出的一项重大战略,是关系全面建设社会主义现代化国家的全局性、历史性任务。\n"
        "●新型城镇化\n是以城乡统筹、城乡一体、产城互动为基本特征的城镇化。\n●高质量发展\n是能够很好满足人民日益增长的美好生活需要的发展。\n"
    )
    assert [term for term, _ in pairs(glossary)] == ["乡村振兴战略", "新型城镇化", "高质量发展"]


def test_a_division_clause_is_no_term():
    assert clause_term("产业地图分为三部分") and clause_term("全市划分为五个片区")
    assert not clause_term("三分类") and not clause_term("分类统计")


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="“”一二两三芯带区核翼,;；。以为依托打造推动", max_size=60))
def test_run_in_parts_lie_inside_their_paragraph_and_name_a_slogan_above(body):
    # (invariant: every entry's term is a quoted piece of a longer name above, and its quote is the page's own text)
    page = _MAP_TITLE + body + "\n"
    for _, entry in run_in_slogan_parts(_lines(page), [True] * 3):
        assert page[entry.start : entry.end] == entry.quote
        assert entry.term.strip("“”") in "一芯两带三区" and entry.term.strip("“”") != "一芯两带三区"
