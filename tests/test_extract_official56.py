"""The fifty-sixth development set's official pages (Hong Kong, Macao): the layouts read anew, each with the page's real
line and a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# An official page citing the provision that glosses its heading's service (536: coded headings, each over one paragraph
# 根据《…条例》…的规定,X即…;): the cited provision is a lead, no part of the term, and the statute's item ends at its semicolon.
_CITED = (
    "A02 酒店服务\n\n"
    "根据《公共巴士服务条例》 (第 230章 )第 4条的规定,酒店服务即运载下榻某酒店的乘客的服务,而该服务是在该酒店接载或放下每一名乘客的;\n\n"
    "A04 雇员服务\n\n"
    "根据《公共巴士服务条例》 (第 230章 )第 4条的规定,雇员服务即由雇主提供以运载任何为其雇用的人的乘客往返该等人的工作地点的服务;\n\n"
    "A05 国际乘客服务\n"
)


def test_a_cited_provisions_gloss_by_ji_gives_the_bare_term():
    assert pairs(_CITED) == [
        ("酒店服务", "即运载下榻某酒店的乘客的服务,而该服务是在该酒店接载或放下每一名乘客的"),
        ("雇员服务", "即由雇主提供以运载任何为其雇用的人的乘客往返该等人的工作地点的服务"),
    ]


def test_a_cited_provisions_rule_with_ji_ke_is_no_gloss():
    # (the counter-case: after the same lead, 即可 is 'may then', a rule, and a lead without 规定 cites no provision's gloss)
    assert pairs("根据《公共巴士服务条例》第 4条的规定,申请人即可向运输署申领牌照;\n\n其他\n") == []
    assert pairs("根据《公共巴士服务条例》第 4条,酒店服务即运载下榻某酒店的乘客的服务;\n\n其他\n") == []


@given(st.sampled_from(["根据", "根據", "依照", "按照"]), st.sampled_from(["酒店服务", "学生服务", "居民服务"]))
def test_the_cited_provision_never_stays_in_the_term(lead, term):
    found = dict(pairs(f"{lead}《公共巴士服务条例》第 4条的规定,{term}即运载乘客往返某地的服务;\n\n其他\n"))
    assert found == {term: "即运载乘客往返某地的服务"}


# A bilingual ordinance's interpretation items (531, 532, 535): a term, its English name in brackets and 指; the English name
# is no part of the term, the item ends at its semicolon, and a hard wrap inside it is joined.
_INTERPRETATION = (
    "(1) 在本規例中,除文意另有所指外─\n"
    "“工作日”(working day) 指任何既非公眾假日,亦非《釋義及通則條例》(1)71(2)條所指的烈風警告日或黑色暴雨警告日的日子;\n"
    "表格(form) 指附表指明的表格;\n"
    "獨立單位”(self-contained unit) 指有獨立煮食設備及浴室(不論是否設有廁所)的獨立住宅。\n"
)
_INSERTED = (
    "(b) 加入--\n"
    "\"\"土地審裁處\" (Lands Tribunal) 指由《土地審裁處條例》(第17章)\n"
    "第3條設立的土地審\n"
    "裁處;\n"
    "\"仲裁處\" (Board) 指由《小額薪酬索償仲裁處條例》(第453章)第\n"
    "3條設立的小額薪酬\n"
    "索償仲裁處;\n"
)


def test_an_ordinances_interpretation_items_give_the_terms_without_their_english_names():
    assert pairs(_INTERPRETATION) == [
        ("“工作日”", "指任何既非公眾假日,亦非《釋義及通則條例》(1)71(2)條所指的烈風警告日或黑色暴雨警告日的日子"),
        ("表格", "指附表指明的表格"),
        ("獨立單位”", "指有獨立煮食設備及浴室(不論是否設有廁所)的獨立住宅。"),
    ]


def test_a_bills_inserted_items_are_joined_over_their_wraps():
    assert pairs(_INSERTED) == [
        ('"土地審裁處"', "指由《土地審裁處條例》(第17章)第3條設立的土地審裁處"),
        ('"仲裁處"', "指由《小額薪酬索償仲裁處條例》(第453章)第3條設立的小額薪酬索償仲裁處"),
    ]


def test_a_lead_in_run_into_a_table_cell_is_no_part_of_the_term():
    line = "4(1) |\n|\n在本规例中,除文意另有所指外,“食物业”(food business) 指有人为营业目的而从事食物处理的行业或业务,但本条以后条文另有规定者除外。 |\n"
    assert pairs(line) == [("“食物业”", "指有人为营业目的而从事食物处理的行业或业务,但本条以后条文另有规定者除外。")]


def test_an_abbreviation_in_brackets_or_an_item_cut_by_the_page_is_no_interpretation_item():
    # (the counter-cases: a yearbook's headword with its abbreviation keeps it, as its gold does; an item the page cuts
    # before its semicolon gives nothing)
    assert pairs("研究与试验发展(R&D)  指为增加知识存量而进行的系统的创造性活动。\n") != [("研究与试验发展", "指为增加知识存量而进行的系统的创造性活动。")]
    assert pairs("(1) 在本規例中,除文意另有所指外─\n“工作日”(working day) 指任何既非公眾假日,亦非烈風警告日的") == []


@given(st.sampled_from(["working day", "form", "Lands Tribunal", "self-contained unit"]), st.sampled_from(["“要約”", "要約", "\"要約\""]))
def test_the_english_name_never_stays_in_the_term(english, term):
    found = pairs(f"(1) 在本規例中,除文意另有所指外─\n{term}({english}) 指任何要約人以口頭或書面提出的建議;\n主代理(principal agent) 指直接從賣方取得指示的持牌人;\n")
    assert found[0] == (term, "指任何要約人以口頭或書面提出的建議")
