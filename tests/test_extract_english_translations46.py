"""A bracketed English translation in lower-case words between a headword and its marker is no part of the term
(forty-sixth development set, P1519 and P1549); a name in capitals or an abbreviation stays as written."""

from __future__ import annotations

from conftest import pairs


def test_a_lower_case_translation_before_shi_or_zhi_de_shi_is_left_out_of_the_term() -> None:
    assert pairs(
        "无废城市(zero-waste city)是一种先进的城市发展和管理模式(urban development and management model) ,"
        "旨在推动绿色生活方式(green lifestyles) 。\n"
    ) == [("无废城市", "是一种先进的城市发展和管理模式(urban development and management model) ,旨在推动绿色生活方式(green lifestyles) 。")]
    assert pairs("贸易顺差(trade surplus)指的是一个国家或地区在一定时期内,出口商品和服务的总价值超过进口商品和服务的总价值的情况。\n") == [
        ("贸易顺差", "指的是一个国家或地区在一定时期内,出口商品和服务的总价值超过进口商品和服务的总价值的情况。")
    ]


def test_a_name_in_capitals_and_an_abbreviation_stay_in_the_term() -> None:
    got = pairs("网格员(Grid Member)是指在城乡社区中,负责特定网格区域内信息采集、矛盾调解、服务群众等工作的基层工作人员。\n")
    assert [t for t, _ in got] == ["网格员(Grid Member)"]
    got = pairs("工业生产者出厂价格指数(Producer Price Index for Industrial Products,简称PPI)是反映一定时期内全部工业产品出厂价格总水平的变动趋势和程度的相对数。\n")
    assert [t for t, _ in got] == ["工业生产者出厂价格指数(Producer Price Index for Industrial Products,简称PPI)"]
