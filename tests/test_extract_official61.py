"""The sixty-first development set's Hong Kong official pages: an interpretation section set as a flattened table
(638: quoted term cell, dash cell, 指 cell), an FAQ answer dividing its subject before the genus (632), a service page's bulleted kinds glossed after a spaced double dash (641), an
annual report's footnote numbered by a bare digit whose call is glued to a word above (642), and a page's roles and
powers section whose body labels head duties, no glosses (644). Each rule with the real lines and a counter-case."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# --- 638: an interpretation table's rows ------------------------------------------------------------------------------

_TABLE = (
    "釋義\n本技術備忘錄中,除文意另有所指外,下列各詞定義如下:\n"
    "「監督」 |\n— |\n釋義與噪音管制條例內所定者相同; |\n"
    "「條例」 |\n— |\n指噪音管制條例; |\n"
    "「限制時間」 |\n— |\n指1900時至翌晨0700時及公眾假期(包括星期日)的任何時間; |\n"
    "「司級官員」 |\n— |\n釋義與噪音管制條例內所載者相同;及 |\n"
    "「地盤範圍」 |\n— |\n指「建築噪音許可證」內載的建築地盤範圍。 |\n"
    "本技術備忘錄所用的聲學名詞是標準用語。個別用語則根據條例或本技術備忘錄的文意另作闡釋。\n|\n"
)


def test_an_interpretation_tables_zhi_rows_are_entries_and_its_cross_references_none():
    assert pairs(_TABLE) == [
        ("「條例」", "指噪音管制條例"),
        ("「限制時間」", "指1900時至翌晨0700時及公眾假期(包括星期日)的任何時間"),
        ("「地盤範圍」", "指「建築噪音許可證」內載的建築地盤範圍。"),
    ]


def test_a_table_row_without_the_dash_cell_is_no_interpretation_item():
    # a data table's cells one a line: the quoted name's cell, then a cell opening 指 with no dash cell between
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.interpretation_items import interpretation_table_rows

    lines = _lines("「條例」 |\n指噪音管制條例; |\n「樁」 |\n3 |\n指定地點; |\n")
    assert interpretation_table_rows(lines, [True] * len(lines)) == []


@given(st.text(alphabet="監督條例樁限制時間地盤範圍", min_size=1, max_size=8), st.text(alphabet="噪音管制條例的建築地盤範圍", min_size=1, max_size=20))
def test_a_table_rows_entry_is_its_term_cell_and_its_gloss_cell_to_the_semicolon(term, gloss):
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.interpretation_items import interpretation_table_rows

    text = f"「{term}」 |\n— |\n指{gloss}; |\n"
    lines = _lines(text)
    ((taken, found),) = interpretation_table_rows(lines, [True] * len(lines))
    assert (found.term, found.definition, taken) == (f"「{term}」", f"指{gloss}", [0, 1, 2])
    assert text[found.start : found.start + len(found.term)] == found.term
    assert text[: found.end].endswith(found.definition)


# --- 641: bulleted kinds glossed after a double dash ------------------------------------------------------------------

_KINDS = (
    "服務類別\n\n非院舍服務包括:\n\n"
    "  • 寄養服務 -- 照顧18歲以下的兒童\n"
    "  • 寄養服務(緊急照顧)-- 照顧18歲以下而家有緊急事故的兒童\n\n"
    "院舍服務包括:\n\n"
    "  • 男/女童院 -- 照顧7-21歲以下,有行為或情緒問題的青少年 (備註:部分男/女童院設有群育學校)\n"
    "  • 男/女童宿舍 -- 照顧14-21歲以下,有行為或情緒問題,在學或就職的青少年\n\n"
    "申請手續\n\n所有申請須經由負責個案的社會工作員,透過中央轉介系統轉介。\n"
)


def test_bulleted_kinds_glossed_after_a_double_dash_are_entries():
    assert pairs(_KINDS) == [
        ("寄養服務", "照顧18歲以下的兒童"),
        ("寄養服務(緊急照顧)", "照顧18歲以下而家有緊急事故的兒童"),
        ("男/女童院", "照顧7-21歲以下,有行為或情緒問題的青少年 (備註:部分男/女童院設有群育學校)"),
        ("男/女童宿舍", "照顧14-21歲以下,有行為或情緒問題,在學或就職的青少年"),
    ]


def test_a_lone_dashed_bullet_and_a_range_dash_are_no_kinds():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.dashed_bullets import dashed_bullet_items

    lone = _lines("  • 寄養服務 -- 照顧18歲以下的兒童\n\n申請手續\n")
    assert dashed_bullet_items(lone, [True] * len(lone)) == []
    ranges = _lines("  • 2021—2025年 規劃期\n  • 2026—2030年 展望期\n")
    assert dashed_bullet_items(ranges, [True] * len(ranges)) == []


# --- 642: a footnote whose call is glued to a word ---------------------------------------------------------------------

_REPORT = (
    "遣送審理及訴訟科負責審理沒有權利進入及逗留於香港的人,根據所有適用的理由1提出的免遣返聲請。\n"
    "1 適用理由包括《入境條例》(香港法例第115章)第VIIC部所指的酷刑;…以及參照一九五一年《關於難民地位的公約》第33條的免遣返原則所指的迫害等風險。\n"
    "凡非法入境、逾期逗留或抵港時遭本處拒絕入境者,均無合法身份逗留於香港。\n"
)


def test_a_footnote_called_by_a_glued_digit_glosses_its_word():
    assert pairs(_REPORT) == [
        (
            "適用理由",
            "包括《入境條例》(香港法例第115章)第VIIC部所指的酷刑;…以及參照一九五一年《關於難民地位的公約》第33條的免遣返原則所指的迫害等風險。",
        )
    ]


def test_a_numbered_line_whose_digit_is_called_nowhere_or_only_counted_is_no_footnote():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.glued_footnotes import glued_footnotes

    uncalled = _lines("根據所有適用的理由提出的免遣返聲請。\n1 適用理由包括酷刑及迫害等風險。\n")
    assert glued_footnotes(uncalled, [True] * len(uncalled)) == []
    counted = _lines("本年共有5家企業獲獎,第5條另有規定。\n5 家企業是本區的大型企業。\n")
    assert glued_footnotes(counted, [True] * len(counted)) == []


# --- 644: a roles and powers section's body labels ---------------------------------------------------------------------

_ROLES = (
    "校本管理是一套以學校為本、學生為中心、質素為主的學校管理制度,目標就是把學生學習和資源調配等決定權下放給學校。\n\n"
    "三. 教育局、辦學團體和法團校董會的角色及權責\n\n"
    "教育局\n\n執行有關法例;制定政策和指引;訂立指標及監察教育質素;分配資源予學校;為學校提供支援和意見,擔當專業伙伴角色。\n\n"
    "辦學團體\n\n負責訂定學校的抱負及辦學使命;就制訂學校的教育政策方面,向法團校董會作出一般指示;監察法團校董會的表現。\n\n"
    "法團校董會\n\n負責管理學校;按照辦學團體所訂立的抱負及辦學使命,制訂學校的教育政策;為學校的表現向教育局及辦學團體負責。\n"
)


def test_the_labels_under_a_roles_and_powers_heading_head_duties_not_glosses():
    assert pairs(_ROLES) == [
        ("校本管理", "是一套以學校為本、學生為中心、質素為主的學校管理制度,目標就是把學生學習和資源調配等決定權下放給學校。")
    ]


def test_a_heading_naming_no_roles_keeps_its_headword_lines_glossed():
    # the counter-case: the same label lines under a heading of terms (常用詞彙) stay entries
    text = _ROLES.replace("三. 教育局、辦學團體和法團校董會的角色及權責", "三. 常用詞彙")
    assert ("辦學團體", "負責訂定學校的抱負及辦學使命;就制訂學校的教育政策方面,向法團校董會作出一般指示;監察法團校董會的表現。") in pairs(text)


# --- 632: a subject divided into kinds before its genus ----------------------------------------------------------------

_ANSWER = (
    "傷殘津貼可分為普通傷殘津貼及高額傷殘津貼,是社會福利署(社署)為嚴重殘疾的香港居民,每月提供的現金津貼,以應付因嚴重殘疾而引致的特別需要。"
    "傷殘津貼的申請人無須供款及接受經濟狀況調查。\n\n傷殘津貼的申請人必須:\n"
)


def test_a_subject_divided_into_kinds_before_its_genus_is_defined_from_shi():
    assert pairs(_ANSWER) == [
        (
            "傷殘津貼",
            "是社會福利署(社署)為嚴重殘疾的香港居民,每月提供的現金津貼,以應付因嚴重殘疾而引致的特別需要。傷殘津貼的申請人無須供款及接受經濟狀況調查。",
        )
    ]


def test_a_division_without_a_genus_after_it_is_no_definition():
    assert pairs("政策可分為國家政策和地方政策,是否執行由地方決定。\n") == []
    assert pairs("傷殘津貼可分為普通傷殘津貼及高額傷殘津貼。申請人必須符合居港規定。\n") == []
