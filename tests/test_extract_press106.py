"""The hundred-and-sixth development set's press pages P2958–P2966 (agriculture, farmland and rural land; Hong Kong's and
Taiwan's papers among them). Each mend has the real sentences it was written from (short excerpts, the press pages not
being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- the literary copula 為 naming the page's topic's class by its own head word (P2966, a sponsored feature) ---

_INSURANCE = (
    "不再看天吃飯-「農業保險」保障農民收入安全\n\n"
    "【企劃廣編】\n\n"
    "台灣地理位置特殊,極端氣候頻繁,颱風、豪雨及乾旱等天然災害侵襲率高。\n\n"
    "只要繳納部分保費,就可以獲得比天災救助多好幾倍的保障\n\n"
    "農業保險為新型態產物保險,彌補現金救助政策不足(台灣目前農業天災救助金額僅約占農業損失2~3成),"
    "並符合世界自由貿易組織 (World Trade Organization) 規範,賠付方式依商品種類不同而有所差異,農民投保農業保險,"
    "只要繳納部分保費,就可獲得比天災救助多好幾倍的保障,讓農民不再看天吃飯,降低極端氣候影響。\n\n"
    "積極推動農業保險政策,提供12種農業保險\n"
)


def test_the_literary_copula_wei_before_a_class_named_by_the_terms_head_word_defines_the_pages_topic():
    assert (
        "農業保險",
        "為新型態產物保險,彌補現金救助政策不足(台灣目前農業天災救助金額僅約占農業損失2~3成),並符合世界自由貿易組織 "
        "(World Trade Organization) 規範,賠付方式依商品種類不同而有所差異,農民投保農業保險,只要繳納部分保費,"
        "就可獲得比天災救助多好幾倍的保障,讓農民不再看天吃飯,降低極端氣候影響。",
    ) in pairs(_INSURANCE)


def test_wei_before_a_figure_a_role_or_another_noun_gives_no_definition():
    for sentence in (
        "農業保險為今年農委會的重點工作,預算增加三成。",  # a role: another noun closes the clause
        "農業保險為2019年的新制度保險,由政府補助保費。",  # a figure in the clause
        "農業保險為例,投保率仍低。",  # 為例: an example, no copula
    ):
        page = _INSURANCE.replace(_INSURANCE.split("\n\n")[4], sentence)
        assert not [p for p in pairs(page) if p[0] == "農業保險"], sentence


_CONFUSION = (
    '什么是不正当竞争行为中的混淆行为?\n'
    '\n'
    '我在做生意的时候,感觉同行好像用了一些手段来让消费者分不清我们两家的产品,我怀疑这是不正当竞争里的混淆行为,但不太确定。我想知道这种混淆行为具体是怎么定义的,在法律上有啥依据和说法,能给我详细讲讲不?\n'
    '张凯执业律师\n'
    '已帮助 867 人解决法律问题\n'
    '\n'
    '在商业活动中,不正当竞争行为中的混淆行为是一种较为常见且具有较大危害的行为。下面我们来详细了解一下。\n'
    '\n'
    '\n'
    '首先,什么是混淆行为呢?简单来说,混淆行为就是经营者通过一些手段,让消费者对商品的来源产生混淆,误以为是其他特定经营者的商品,或者与其他特定经营者存在特定联系。比如,有些商家会使用与知名品牌相似的名称、包装、装潢等,让消费者误以为是该知名品牌的产品。\n'
)


def test_wei_ending_a_word_such_as_xingwei_is_no_copula_and_the_sentence_reads_as_before():
    # (P2637, a lawyer's answer: 混淆行为 must not be cut at 行 with 为 taken for the copula)
    assert any(term == "混淆行为" and definition.startswith("就是经营者通过一些手段") for term, definition in pairs(_CONFUSION))


# --- a plain-words gloss with its subject left out, after a sentence naming one quoted word (P2928, dev-105) ---

_VEHICLE_ROAD_CLOUD = (
    "导读 近日,工业和信息化部、公安部、自然资源部、住房和城乡建设部、交通运输部等五部门公布首批智能网联汽车“车路云一体化”应用试点城市名单...\n"
    "近日,工业和信息化部、公安部、自然资源部、住房和城乡建设部、交通运输部等五部门公布首批智能网联汽车“车路云一体化”应用试点城市名单,"
    "杭州市成为首批20个试点城市之一。今年,工业和信息化部、公安部、自然资源部、住房和城乡建设部、交通运输部等五部门联合印发"
    "《关于开展智能网联汽车“车路云一体化”应用试点工作的通知》。简单来讲,就是通过“聪明的车”“智慧的路”和“强大的云”三者相互协作,"
    "实现交通出行的智能化、网联化,是我国汽车产业和智慧交通融合的重要方向之一。\n"
)


def test_a_plain_words_gloss_after_a_sentence_naming_the_quoted_topic_glosses_that_word():
    assert (
        "“车路云一体化”",
        "就是通过“聪明的车”“智慧的路”和“强大的云”三者相互协作,实现交通出行的智能化、网联化,是我国汽车产业和智慧交通融合的重要方向之一。",
    ) in pairs(_VEHICLE_ROAD_CLOUD)


def test_a_plain_words_gloss_after_a_sentence_naming_two_quoted_words_has_no_subject():
    page = _VEHICLE_ROAD_CLOUD.replace("《关于开展智能网联汽车“车路云一体化”应用试点工作的通知》", "“车路云一体化”和“智慧交通”的通知")
    assert not [p for p in pairs(page) if p[1].startswith("就是通过")]


def test_a_plain_words_gloss_after_the_terms_own_definition_stays_with_it():
    page = (
        "什么是仿制药一致性评价?\n\n"
        "仿制药一致性评价是指对仿制药的质量和疗效进行评估的过程。简单来说,就是确保仿制药与原研药在活性成分、剂型、规格、使用方法等方面达到一致的标准。\n"
    )
    assert pairs(page) == [
        ("仿制药一致性评价", "是指对仿制药的质量和疗效进行评估的过程。简单来说,就是确保仿制药与原研药在活性成分、剂型、规格、使用方法等方面达到一致的标准。")
    ]
