"""Where a definition starts (the thirty-eighth round, across sets): a short opening clause before the term restated
with its marker is left out; a second sentence restating the term and a long first clause stay as written."""

from __future__ import annotations

from policyterms.mining.extract_layouts.general import normalise_headword


def test_a_short_opening_clause_before_the_restated_term_is_left_out():
    # P1349 (dev-43): a dictionary card's 网络解释; P1518 (dev-46): a genus clause, then the term restated
    street = "在城市中,街区通常是被道路所包围的区域,是城市结构的基本组成单位。"
    assert normalise_headword("街区", street, street) == ("街区", "通常是被道路所包围的区域,是城市结构的基本组成单位。")
    economy = "是继农业经济、工业经济之后的主要经济形态,数字经济是以数据资源为关键要素,以现代信息网络为主要载体。"
    assert normalise_headword("数字经济", economy, "数字经济" + economy) == ("数字经济", "是以数据资源为关键要素,以现代信息网络为主要载体。")


def test_a_second_sentence_or_a_long_first_clause_restating_the_term_stays():
    # 88 (dev-9): the term restated in the second sentence; P1189 (dev-40): a first clause of 50 characters
    turnover = "是指一定时期内,实际运送的旅客人数或货物吨量与其运输距离的乘积。相较于运量而言,周转量是旅客或货物的数量乘其运输距离。"
    assert normalise_headword("周转量", turnover, "周转量" + turnover) == ("周转量", turnover)
    triangle = "指的是以武漢為中心的大都市圈,及南昌—武漢—長沙大都市圈、打造我國經濟增長第四極的」中三角「,中三角是全國範圍內的新生力量。"
    assert normalise_headword("中三角", triangle, "中三角" + triangle) == ("中三角", triangle)
