"""The hundred-and-eighth development set's press pages P3018–P3028 (pensions, elderly care and social assistance: news
and fund-company pages, a law site, Hong Kong, Macao and Taiwan pages). Each mend has the real sentences it was written
from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a regulation's titled articles are headings over provisions, no headwords (P3026) ---

_OLD_AGE_ALLOWANCE = (
    "第一条 标的及目的\n\n"
    "一、本行政法规订定向澳门特别行政区永久性居民发放敬老金的制度。\n\n"
    "第二条 职权\n\n"
    "敬老金申请的接收及处理,以及敬老金的发放,均由社会工作局负责。\n\n"
    "第三条 申请条件\n\n"
    "凡同时具备以下条件者,可申请敬老金:\n\n"
    "第五条 金额\n\n"
    "敬老金的金额为每年$1,200.00(澳门币壹仟贰佰元),可由公布于《澳门特别行政区公报》的行政长官批示调整。\n"
)


def test_a_regulations_titled_articles_give_no_entries():
    terms = [term for term, _ in pairs(_OLD_AGE_ALLOWANCE)]
    assert "职权" not in terms
    assert "金额" not in terms


def test_a_titled_article_defining_its_title_is_still_read():
    text = (
        "第一条 目的\n\n为规范管理,制定本办法。\n\n"
        "第二条 居家养老服务\n\n居家养老服务是指以家庭为基础,由社区提供的生活照料等服务。\n\n"
        "第三条 职责\n\n民政部门负责本办法的实施。\n"
    )
    assert pairs(text) == [("居家养老服务", "是指以家庭为基础,由社区提供的生活照料等服务。")]


# --- a subject describing a thing, then 被称为 and its name: a backward naming (P3021) ---

_TARGET_DATE_FUND = (
    "采用目标日期策略的基金被称为目标日期基金,也称为Target Date Fund。它是以投资者退休日期为目标,根据不同生命阶段风险承受能力进行"
    "投资配置的基金。\n\n目标日期基金多以退休日期命名,一般会每隔5年设置一个基金。\n"
)


def test_a_passive_naming_gives_the_subject_as_the_names_gloss():
    entries = pairs(_TARGET_DATE_FUND)
    assert ("目标日期基金", "采用目标日期策略的基金") in entries
    assert all("被称为" not in term for term, _ in entries)


def test_a_passive_naming_of_another_noun_is_no_gloss():
    # (the name does not close on the subject's noun: no class of the thing described)
    text = "参与清理垃圾的志愿者被称为城市美容师。\n\n城市美容师们每天早上出发。\n"
    assert all(term != "城市美容师" for term, _ in pairs(text))


def test_a_passive_naming_after_a_comma_is_left_to_the_false_gloss_rules():
    text = "垄断行业的消费者别无选择,被称为“垄奴”。\n\n“垄奴”一词流行。\n"
    assert ("“垄奴”", "垄断行业的消费者别无选择") not in pairs(text)


# --- a speaker's 将X界定为… defines X, and an earlier bare 是 of the sentence does not win over it (P3022) ---

_LONGEVITY_RISK = (
    "从国际上看,学术界、业界、政府、相关国际组织对长寿风险的解释基本上是一致的,普遍认为长寿风险(Longevity Risk)是由于死亡率长期趋势"
    "的不确定性而造成的,均将长寿风险界定为人口未来的平均实际寿命高于预期寿命所产生的风险。\n"
)


def test_jieding_wei_after_a_bare_shi_gives_the_definition():
    assert pairs(_LONGEVITY_RISK) == [("长寿风险", "界定为人口未来的平均实际寿命高于预期寿命所产生的风险。")]


def test_a_year_jieding_wei_a_motto_is_no_definition():
    # (the guards of 定义为 hold for 界定为: a year's motto, no word defined)
    assert pairs("今年以来,我市将2024年界定为“项目建设年”。\n") == []


# --- an adverb of comparison before the topic term's 是 is part of neither term nor definition (P3025) ---

_OLD_AGE_LIVING_ALLOWANCE = (
    "長者津貼2026【2】長者生活津貼（長生津）\n\n"
    "長者生活津貼（長生津）同樣是公共福利金計劃下的的津貼，為65歲以上有經濟需要的長者提供的經濟支援。申請人須符合入息及資產限額及居港規定才可申請。\n"
)


def test_tongyang_shi_gives_the_class_from_shi():
    entries = pairs(_OLD_AGE_LIVING_ALLOWANCE)
    assert any(
        term == "長者生活津貼（長生津）" and definition.startswith("是公共福利金計劃下的的津貼，為65歲以上有經濟需要的長者提供的經濟支援。")
        for term, definition in entries
    )
    assert all(not term.endswith("同樣") for term, _ in entries)


def test_tongyang_shi_of_a_pronoun_is_no_term():
    assert pairs("這同樣是公共福利金計劃下的津貼，為長者提供經濟支援。\n") == []
