"""Review of the forty-fourth round's rules (the fifty-eighth and fifty-ninth sets' official and press pages) on text
they were not written from: a gloss closed by its examples at its line's end (``…之場所,例如咖啡室、冰室及茶館等``) is
whole, so the next unnumbered line is no continuation of it."""

from __future__ import annotations

from conftest import pairs


def test_a_gloss_closed_by_its_examples_takes_no_next_unnumbered_line():
    page = "第四組場所指以提供飲料為主要營業項目之場所,例如咖啡室、冰室及茶館等\n第五組場所指其他場所。\n"
    assert pairs(page) == [("第四組場所", "指以提供飲料為主要營業項目之場所"), ("第五組場所", "指其他場所。")]


def test_a_firm_assigning_a_lawyer_is_no_definition():
    # (a contract's first clause, 所 closing 事務所 before 指派: 指派 a verb, no marker)
    assert pairs("一、甲方特委托北京正阳律师事务所指派律师代理，乙方接受委托。\n") == []
    assert pairs("本案由派出所指派民警到場處理。\n") == []


def test_a_place_noun_before_its_defining_zhi_stays_glossed():
    assert pairs("營業場所指以營利為目的,供公眾出入之場所。\n") == [("營業場所", "指以營利為目的,供公眾出入之場所。")]


def test_a_restated_label_going_on_as_a_longer_word_is_kept():
    # (the answer's first point opens with 勞動調解委員會, a word built on the asked one: no label to drop, 委員會… no gloss)
    page = (
        "一、什麼是勞動調解?\n"
        "1. 勞動調解委員會由法官一人及勞動調解委員二人組成,以兩造合意或由委員會酌定方案解決紛爭。"
        "2. 勞動事件法第16條規定,勞動事件於起訴前應經法院行勞動調解程序。\n"
    )
    assert all(not definition.startswith("委員會") for _, definition in pairs(page))


def test_a_restated_label_before_a_clause_is_still_dropped():
    page = "一、什麼是家事調解?\n1. 家事調解當家庭發生一些狀況,必須循法律途徑解決時,家事事件法採調解先行制度。2. 家事事件法第23條規定,應先經法院調解。\n"
    assert pairs(page) == [("家事調解", "當家庭發生一些狀況,必須循法律途徑解決時,家事事件法採調解先行制度。")]


def test_so_pointed_after_a_task_a_service_or_here_is_no_place_noun():
    # (务 ends 任务 and 服务, not only 事務所; 此处 is "here": 所指 there is the frame 所指的, no marker)
    assert pairs("任务所指三个文件名在库内均无精确同名，实际对应关系如下（穷举依据：全库文件名扫描）。\n") == []
    assert pairs("当前时间与任务所指时间一致时执行任务。\n") == []
    assert all(term != "此处所" for term, _ in pairs("此处所指的城镇人口,是指在城镇居住半年以上的人口。\n"))
    assert all(not term.endswith("服务所") for term, _ in pairs("bindService绑定的服务所指的是四大组件中的Service; 调用bindService方法可以让Activity与Service形成一种绑定的概念。\n"))


def test_place_nouns_before_zhi_stay_markers():
    assert pairs("住所指依一定事實,足認以久住之意思,住於一定之地域者。\n") == [("住所", "指依一定事實,足認以久住之意思,住於一定之地域者。")]
    assert pairs("營業處所指營業人從事營業之固定場所。\n") == [("營業處所", "指營業人從事營業之固定場所。")]


def test_a_glossary_word_ending_in_a_field_name_keeps_its_bare_gloss():
    # (a yearbook's spaced glossary: 基期 and 政府职能 glossed without a marker, the gloss closing on the word's head)
    page = "1.基期 在计算指数时作为对比基础的时期。\n2.报告期 所要计算的时期。\n3.权数 衡量各项目重要程度的数值。\n"
    assert ("基期", "在计算指数时作为对比基础的时期。") in pairs(page)
    page = (
        "政府职能 国家行政机关依法对国家和社会公共事务进行管理时应承担的职责和所具有的功能。\n"
        "市场监管 政府对市场主体及其行为进行的监督和管理。\n社会管理 政府对社会组织和社会事务进行的规范和协调。\n"
    )
    assert pairs(page)[0] == ("政府职能", "国家行政机关依法对国家和社会公共事务进行管理时应承担的职责和所具有的功能。")


def test_a_card_field_and_its_value_stay_out():
    assert pairs("職能\n\n執行澳門特別行政區政府之出版政策。\n\n性質\n\n行政、財政及財產自治的法人部門\n") == []


def test_points_of_view_glossed_in_turn_with_jiushi_are_no_headwords():
    # (a framework's design notes: what each side must do, 就是要 after 对…而言, no word glossed)
    page = "对client实现而言，就是要屏蔽掉RPC内部的网络通信细节；对服务端而言，就是要生成各个RPC方法请求处理的空方法；\n"
    assert pairs(page) == []


def test_slogan_items_glossed_in_turn_with_jiushi_stay_entries():
    page = "严以修身,就是要加强党性修养;严以用权,就是要坚持用权为民;严以律己,就是要心存敬畏。\n"
    assert [term for term, _ in pairs(page)] == ["严以修身", "严以用权", "严以律己"]


def test_zhi_before_paiqian_or_paizhu_stays_a_marker():
    assert pairs("外派人员指派遣至境外工作的人员。\n") == [("外派人员", "指派遣至境外工作的人员。")]
    assert pairs("驻村干部指派驻到村开展帮扶工作的机关干部。\n") == [("驻村干部", "指派驻到村开展帮扶工作的机关干部。")]
