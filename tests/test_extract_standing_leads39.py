"""Across sets (thirty-ninth round): a paragraph's ``X是…`` giving its term's standing in words the standing check did not
know — a vivid picture (``生动写照``), the last stretch (``“最后一公里”``), a root (``民生之本``), the deciding period
(``决胜时期``), where the weight lies (``关键所在``) — read as a commentary's lead (``topics._weighs``): no definition.
Five pages of five sets (dev-36's P948, dev-43's P1316, dev-45's P1418, dev-47's P1568, dev-48's P1618); definitions
of the same shape stay."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.topics import _weighs


def test_the_new_standings_weigh():
    assert _weighs("当年温州人闯市场的生动写照,也是浙江人民的一笔宝贵精神财富。")  # P948
    assert _weighs("民生之本,确保就业稳定有助于提升民众生活水平和社会和谐;")  # P1316
    assert _weighs("服务群众的“最后一公里”,基层治理现代化是中国式现代化的坚实根基。")  # P1418
    assert _weighs("我县全面建成小康社会的决胜时期,也是全面深化改革的关键时期。")  # P1568
    assert _weighs("高质量发展的关键所在")  # P1618
    assert _weighs("中國學術界的熱門話題,這一話題首先來源於中央高層的判斷。")  # P1644


def test_a_commentary_lead_giving_the_last_stretch_is_no_entry():
    lead = (
        "基层治理是服务群众的“最后一公里”,基层治理现代化是中国式现代化的坚实根基。2022年,河南省行政审批和政务信息管理局"
        "把“为民服务”作为重点,推出了一系列举措。\n"
    )
    assert pairs(lead) == []


def test_definitions_of_the_same_shape_stay():
    # a class by genus and difference, a place where something lies, a requirement a rule sets: no standing
    assert not _weighs("中国共产党为实现社会主义现代化建设所制定的基本路线。")
    assert not _weighs("国家对排污单位排放污染物的要求。")
    assert not _weighs("一种以商务楼宇为主要载体的经济形态。")
    assert [term for term, _ in pairs("数字经济是指以数据资源为关键要素,以现代信息网络为主要载体的经济形态。\n")] == ["数字经济"]
