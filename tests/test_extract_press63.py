"""The sixty-third development set's press pages P2195–P2209 (village-governance, rural-collective and grassroots
social-governance vocabulary in news copies, converter sites, answer sites and company wikis): a counted slogan glossed by
即 after the features it names or the standard it sets (P2203, P2206; P2083 of the fifty-seventh set), 其中的 pointing back
before a quoted part (P2195), an encyclopedia headword with its origin clause before 它指的是 and the features lead-in after
it (P2207), a topic gathered into one class by 是集…为一体的 (P2200), and two sentences that are no definitions: a history
(是从…演进而来, P2199) and a part of a larger work (是…的具体内容, P2197). Each rule has the real line it was written from
and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.run_in_slogans import counted_quoted_ji
from policyterms.mining.extract_layouts.topics import _GATHERED_INTO_ONE


# --- a counted slogan glossed by 即 after its features or the standard it sets (P2203, P2206, P2083) ------------------


def test_a_counted_slogan_glossed_after_its_features():
    line = "目前我国的种业发展,呈现出“三多三少”的特征,即,制种产量多,但种业出口占全球的市场份额少;种企数量多,但有国际竞争力的种企少。\n"
    assert pairs(line) == [
        ("“三多三少”", "即,制种产量多,但种业出口占全球的市场份额少;种企数量多,但有国际竞争力的种企少。")
    ]


def test_a_counted_standard_worked_to_keeps_its_noun():
    line = (
        "据了解,小巷管家按照《首都核心区背街小巷环境整治提升三年(2017—2019年)行动方案》提出的“十无”标准进行巡查,"
        "即无私搭乱建、无开墙打洞、无乱停车、无乱占道。\n"
    )
    assert pairs(line) == [("“十无”标准", "即无私搭乱建、无开墙打洞、无乱停车、无乱占道。")]


def test_a_counted_standard_after_de_is_no_part_of_the_term():
    line = "此外,如果用人单位违反法律规定解除或终止劳动合同,需要按照“2N”的标准进行赔偿,即支付经济补偿的两倍。\n"
    assert pairs(line) == [("“2N”", "即支付经济补偿的两倍。")]


def test_a_quoted_method_that_is_no_count_gives_nothing():
    # (a yearbook's 按“产品法”进行计算,即…: a method named, no slogan spelled out)
    assert counted_quoted_ji("按“产品法”进行计算,即用产品产量乘以价格求得各种产品的产值。", None) is None


def test_a_date_after_ji_is_no_gloss_of_the_standard():
    assert counted_quoted_ji("各街道按照“十无”标准进行巡查,即日起全面实施,每周通报一次结果。", None) is None


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["三", "五", "十", "2"]),
    st.text(alphabet="无好多少清乱", min_size=1, max_size=4),
    st.sampled_from(["标准", "的标准", "原则", "的原则"]),
    st.sampled_from(["进行巡查", "开展检查", "实施考核", "实行管理"]),
)
def test_the_standard_term_never_holds_the_work_done(count, word, kind, work):
    text = f"各村按照“{count}{word}”{kind}{work},即做到垃圾不落地、污水不乱排、杂物不乱堆。"
    found = counted_quoted_ji(text, None)
    assert found is not None
    term = found.group("term")
    assert term == f"“{count}{word}”" + ("" if kind.startswith("的") else kind)
    assert work not in term


# --- 其中的 pointing back before a quoted part (P2195) -------------------------------------------------------------


def test_qizhong_de_before_a_quoted_part_is_a_frame():
    line = (
        "会议提出了“五級書記抓鄉村振興”,黨政一把手是第一責任人。而其中的“五級書記”是指省、市(州)、縣、鄉(鎮)、村這五級。"
        "在後續的多份文件中,都再次強調五級書記抓鄉村振興。\n"
    )
    assert pairs(line) == [("“五級書記”", "是指省、市(州)、縣、鄉(鎮)、村這五級。在後續的多份文件中,都再次強調五級書記抓鄉村振興。")]


def test_a_frame_naming_the_parent_stays():
    # (P2197's 五清中的"清思想": the frame names the slogan the part belongs to, kept as GOLD2's P319 keeps it)
    line = '"四乱五清"还包含产业发展和乡风文明建设内容。五清中的"清思想"指破除陈规陋习,倡导文明新风;"清产业"指发展特色农业和乡村旅游。\n'
    assert pairs(line)[0] == ('五清中的"清思想"', "指破除陈规陋习,倡导文明新风")


# --- an encyclopedia headword, its origin, then 它指的是; the features lead-in after it (P2207) ------------------------


_NIMBY = (
    "邻避效应,源自英文“Not In My Backyard”(缩写为NIMBY),直译为“不要建在我家后院”。它指的是社会公众,尤其是特定区域居民,"
    "因担心某些公共设施可能带来负面影响,从而产生的普遍反对这些项目在本地区建设的社会现象。这种现象的核心特征是,人们普遍承认"
    "这些设施对于整个社会是必要的,但却不希望它们建在自己邻近的区域。\n"
)


def test_it_stands_for_the_headword_whose_origin_is_given():
    assert pairs(_NIMBY) == [("邻避效应", _NIMBY[_NIMBY.index("指的是") :].rstrip("\n"))]


def test_it_after_a_headword_without_origin_names_nothing():
    line = "邻避效应,近年来屡见报端。它指的是社会公众因担心设施带来负面影响而反对其在本地建设的社会现象。\n"
    assert pairs(line) == []


def test_it_after_a_clause_of_coming_from_names_nothing():
    # (来自 and 出自 open any clause, 近年来,来自农村的…: only a word's foreign origin or translation marks an entry's headword)
    assert pairs("近年来,来自农村的务工人员越来越多。它指的是一种新的流动现象。\n") == []
    assert pairs("此外,出自同一作者的还有另一本书。它指的是一种写作风格。\n") == []


def test_a_features_lead_in_is_no_part_of_the_definition_above():
    page = _NIMBY + "邻避效应具有以下几个主要特征:\n利益的局部性与公益的全局性矛盾:居民个体更关注自身利益。\n"
    (entry,) = [p for p in pairs(page) if p[0] == "邻避效应"]
    assert "特征:" not in entry[1]


def test_a_parts_lead_in_still_runs_on():
    # (P357's shape: the lead-in announcing the parts completes the definition above, as its gold keeps it)
    page = "城市更新指的是对城市中已经不适应现代化城市社会生活的地区作必要的、有计划的改建活动。\n城市更新包括以下几个方面:\n1.旧建筑物改造:对旧建筑进行改造。\n"
    assert pairs(page)[0][1].endswith("城市更新包括以下几个方面:")


# --- a topic gathered into one class (P2200) ----------------------------------------------------------------------


_NEWS = (
    "溧阳市曹山现代农业产业园入选2018年财政部田园\n"
    "日前,溧阳市曹山现代农业产业园区作为财政部田园综合体创建点,成功入选2018年财政部试点项目。资金主要用于调动多元化主体共同推动"
    "田园综合体建设的积极性。\n"
)


def test_a_topic_gathered_into_one_class_is_defined():
    definition = "是集现代农业、休闲旅游、田园社区为一体的特色小镇和乡村综合发展模式,是在城乡一体格局下,实现中国乡村现代化的一种可持续性模式。"
    assert pairs(_NEWS + "田园综合体" + definition + "\n") == [("田园综合体", definition)]


def test_a_topic_given_a_role_is_not():
    assert pairs(_NEWS + "田园综合体是推动乡村振兴的重要抓手,是在城乡一体格局下,实现中国乡村现代化的一种可持续性模式。\n") == []


def test_gathering_needs_the_one_whole():
    assert _GATHERED_INTO_ONE.match("集现代农业、休闲旅游、田园社区为一体的特色小镇和乡村综合发展模式,") is not None
    assert _GATHERED_INTO_ONE.match("集中力量办大事的制度优势,") is None


# --- sentences that are no definitions (P2199, P2197) ----------------------------------------------------------------


def test_a_history_sentence_is_no_definition():
    line = "“东西部协作”是从“东西部扶贫协作”演进而来。脱贫攻坚取得全面胜利后,我国“三农”工作重心历史性转向推进乡村全面振兴。\n"
    assert pairs(line) == []


def test_a_part_of_a_larger_work_is_no_definition_but_its_parts_are():
    line = '"四乱五清"是中国农村环境整治行动的具体内容。四乱指乱搭乱建、乱堆乱放;五清指清理垃圾、清理污水。\n'
    assert pairs(line) == [("四乱", "指乱搭乱建、乱堆乱放"), ("五清", "指清理垃圾、清理污水。")]


# --- an answer page asking which kinds a term counts (P2198) ---------------------------------------------------------


def test_the_kinds_asked_about_are_an_extensional_gloss():
    page = (
        "监测对象有哪三类呢?不知道的小伙伴来看看小编今天的分享吧!\n"
        "监测对象是农村人口中的脱贫不稳定户、边缘易致贫户、突发严重困难户三类。\n"
        "以上就是小编今天的分享了,希望可以帮助到大家。\n"
    )
    assert pairs(page) == [("监测对象", "是农村人口中的脱贫不稳定户、边缘易致贫户、突发严重困难户三类。")]


def test_a_question_asking_which_steps_is_no_such_question():
    # (167's 党支部确定发展对象的程序有哪些?: steps asked, no kinds counted; the answer's 是 sentence no gloss)
    page = "监测对象有哪些?不知道的小伙伴来看看吧!\n监测对象是农村人口中的脱贫不稳定户、边缘易致贫户、突发严重困难户三类。\n"
    assert pairs(page) == []
