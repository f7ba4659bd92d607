"""Review of the seventy-second round's rules (a method named as adopted then glossed by 即; 之 before a bracketed 指 gloss; a
definition line over a series of label lines; a metadata form's headless
definition; 用以/用于 what an indicator measures) on text they were not written from: sentences and small pages of the shapes
mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong, beside the rules' own good readings, kept."""

from __future__ import annotations

from conftest import pairs


# An adopted method glossed by 即: a bare name holding 的, 之 or 了 describes the system, names none -----------------------


def test_an_adopted_system_described_with_a_particle_is_no_name():
    for page in (
        "本县实行最严格的生态环境保护制度,即对破坏生态的行为零容忍。",
        "政府實施新的辦法,即每月發放一次津貼。",
        "本局採取積極措施的方式,即加強巡查及執法。",
        "该县实行新的管理制度,即所有项目必须公开招标。",
        "公司采取积极的办法,即提前完成全年任务。",
    ):
        assert pairs(page) == [], page


def test_adopted_methods_named_are_still_read():
    assert pairs("中國土地登記制度係採托崙斯制,即土地經登記後對外有絕對效力。") == [("托崙斯制", "即土地經登記後對外有絕對效力。")]
    assert pairs("澳門的選舉採用比例代表制,即按各候選名單得票比例分配議席。") == [("比例代表制", "即按各候選名單得票比例分配議席。")]
    assert pairs("公司实施弹性工作制,即员工可自行安排上下班时间。此制度深受员工欢迎。") == [
        ("弹性工作制", "即员工可自行安排上下班时间。此制度深受员工欢迎。")
    ]
    assert pairs("我省全面实行“河长制”,即由各级党政主要负责人担任河长。") == [("“河长制”", "即由各级党政主要负责人担任河长。")]


# 之 before a bracketed 指 gloss stands for 的 only outside a fixed word (之间, 之后, 之一, 总之) ---------------------------


def test_zhi_in_a_fixed_word_opens_no_glossed_noun():
    for page in (
        "兩地之間距離(指直線距離)約為三十公里。",
        "申請人應於退休之後三年(指自退休日起算)內提出。",
        "總之方面(指各方面)都要做好。",
        "其中之一部(指第一部分)已完成。",
    ):
        assert pairs(page) == [], page


def test_zhi_as_de_before_a_bracketed_gloss_is_still_read():
    assert pairs("本縣設籍之低收入戶(指經社會局審核通過者)可申請補助。") == [("低收入戶", "指經社會局審核通過者")]
    assert pairs("各機關之首長(指機關之最高負責人)應負督導責任。") == [("首長", "指機關之最高負責人")]
    assert pairs("本條所稱之受僱者(指受雇主僱用從事工作獲致工資者)。") == [("受僱者", "指受雇主僱用從事工作獲致工資者")]
    # (之外 is no fixed word here: the gloss names 外地勞工, workers from elsewhere, review 74)
    assert pairs("本市之外地勞工(指持工作簽證者)須登記。") == [("外地勞工", "指持工作簽證者")]


# Label lines below a definition line: a range's limits, a thing's merits and numbered examples or notes are no kinds ----------


def test_limits_and_numbered_examples_below_a_definition_line_are_no_parts():
    assert pairs("最低工资\n指劳动者在法定工作时间内提供正常劳动的前提下用人单位依法应支付的最低劳动报酬。\n上限:不超过当地平均工资的60%。\n下限:不低于当地最低生活保障标准。") == [
        ("最低工资", "指劳动者在法定工作时间内提供正常劳动的前提下用人单位依法应支付的最低劳动报酬。上限:不超过当地平均工资的60%。下限:不低于当地最低生活保障标准。")
    ]
    terms = [term for term, _ in pairs("公积金\n指单位及其在职职工缴存的长期住房储金。\n例1:职工月工资5000元,缴存比例12%。\n例2:职工月工资8000元,缴存比例10%。")]
    assert terms == ["公积金"]
    terms = [term for term, _ in pairs("碳足迹\n指产品在整个生命周期内排放的温室气体总量。\n注1:以二氧化碳当量表示。\n注2:包括直接排放和间接排放。")]
    assert terms == ["碳足迹"]


def test_kinds_and_codes_below_a_definition_line_are_still_parts():
    page = "噪音分布值(Lx)\n指在單位時間內有百分X之音量超過某位準。\nL0:某一時段之最大音量。\nL10:某一時段內有10%時間超過之音量。\nL90:某一時段內有90%時間超過之音量。"
    assert [term for term, _ in pairs(page)] == ["噪音分布值(Lx)", "L0", "L10", "L90"]
    page = "交通事故\n指車輛在道路上因過失或意外造成人員傷亡或財物損失之事件。\nA1類:指造成人員當場死亡之交通事故。\nA2類:指造成人員受傷之交通事故。"
    assert [term for term, _ in pairs(page)] == ["交通事故", "A1類", "A2類"]


# A metadata form's one value: none, a pointer or a remark on the data defines nothing ------------------------------------


def test_a_metadata_value_that_defines_nothing_is_no_entry():
    for value in ("無。", "見附表。", "本項資料按月發布。"):
        assert pairs(f"資料項目名稱: 消費者物價指數\n\n*統計項目定義:\n\n{value}\n\n*統計單位:") == [], value
    assert pairs("资料项目名称: 居民消费价格指数\n*统计项目定义:\n详见附件说明。\n*统计单位:") == []


def test_a_metadata_value_that_defines_is_still_read():
    page = "資料項目名稱: 消費者物價指數\n\n*統計項目定義:\n\n臺灣地區家庭購買消費性商品及服務之價格水準變動情形。\n\n*統計單位:"
    assert pairs(page) == [("消費者物價指數", "臺灣地區家庭購買消費性商品及服務之價格水準變動情形。")]
    page = "資料項目名稱: 失業率\n*統計項目定義:\n本地區失業人口占勞動力之比率。\n*統計單位:百分比"
    assert pairs(page) == [("失業率", "本地區失業人口占勞動力之比率。")]


# 用以/用于 after a question asking why or how: what the thing is for, no definition -------------------------------------


def test_what_a_thing_is_used_for_answering_why_is_no_definition():
    for page in (
        "为什么要开展调查?\n调查用于评估政策执行效果。",
        "为何要计算恩格尔系数?\n恩格尔系数用于衡量居民生活水平。",
        "怎樣使用消費物價指數?\n消費物價指數用以量度物價變動。",
    ):
        assert pairs(page) == [], page


def test_what_an_indicator_measures_is_still_read_under_its_name_or_a_what_question():
    assert pairs("什么是失业率?\n失业率用于分析劳动力市场的供求状况。") == [("失业率", "用于分析劳动力市场的供求状况。")]
    assert pairs("如何理解恩格尔系数?\n恩格尔系数用于衡量居民生活水平。") == [("恩格尔系数", "用于衡量居民生活水平。")]
    assert pairs("恩格尔系数\n恩格尔系数用于衡量居民生活水平。") == [("恩格尔系数", "用于衡量居民生活水平。")]
