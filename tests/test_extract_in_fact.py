"""The forty-seventh development set's term glued to "in fact": ``养老保险全国统筹其实就是指…`` (P1613), an answer restating its
term after its definition. 其实 and 实际上 between a term and its marker are part of neither (as 则 is); words ending in
实 stay whole."""

from __future__ import annotations

from policyterms.mining.extract_layouts.common import words_before_marker
from conftest import pairs


_POOLING = '养老保险全国统筹是什么意思 其实很容易理解!\n在如今,很多人都知道养老保险全国统筹,对于养老保险的长远发展来说,建立全国统筹是很有必要的,很多人对此的认识不多,那么养老保险全国统筹是什么意思?下文就来带大家了解一下。\n养老保险全国统筹是指以全国范围内统一制度规定、统一调度使用基金、统一经办管理、统一信息系统为主线,实现全国基本养老保险事业的统筹协调发展。\n养老保险全国统筹其实就是指养老保险基金全国统筹,也就是说从全国各地收取到的养老保险金中除了个人账户部分,其余基金全国统一管理、分配。\n中央经济工作会议提出,改革完善基本养老保险制度,加快实现养老保险全国统筹。2018年中国将迈出基本养老保险全国统筹的第一步,实行中央调剂制度,均衡不同地区的养老保险负担。\n'


def test_in_fact_before_the_marker_is_no_part_of_the_term_nor_of_its_gloss():
    found = pairs(_POOLING)
    assert [term for term, _ in found] == ["养老保险全国统筹", "养老保险全国统筹"]
    assert found[1][1].startswith("就是指养老保险基金全国统筹,")


def test_words_ending_in_shi_are_no_in_fact():
    # a term ending in 实 (落实, 核实) keeps it; 其实 in the title's remark (其实很容易理解) makes no entry
    assert words_before_marker("工作落实") is None and words_before_marker("信息核实") is None
    assert [term for term, _ in pairs(_POOLING) if "其实" in term] == []
