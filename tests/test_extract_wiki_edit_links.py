"""The forty-seventh development set's false entries on a wiki copy whose edit links lost their line breaks: each
section heading (``定性``, ``爭論``, ``文化習慣``) stands over a line opening with ``[編輯]`` (P1582). Such a heading is a
section of the article, no headword, and ``[編輯]廣義係指…`` gives the sense of the page's word, no term ``廣義``.
An edit link is only a bracketed ``编辑``/``編輯``: ``编辑部`` opening a line is a word."""

from __future__ import annotations

from policyterms.mining.extract_layouts.section_headings import edit_link_opening
from conftest import pairs


_WIKI = '定性\n[編輯]廣義係指時下中國共產黨統治嘅大陸地區同埋香港特別行政區,講有關兩地記人記事[5],例如中港車牌。[6]如果好膠即硬係機器翻譯香港主權移交比中國後,咪係中國香港(又名「新香港」)簡稱。之後,前者意思又發明出其他詞彙如中港矛盾[7],中港關係[8]。另外亦關係到中共黨員同埋香港人,中共同埋港共等層面;再拉中華民國現有管治區「台灣」一齊講,就叫做「中港台」,或者叫「兩岸三地」;臺灣同大陸併稱,大中華地區叫佢做「陸臺」。\n爭論\n[編輯]講到政治就會有政客刻意解讀成「國家同地區」,然後別有用心就自行推論同斷言出「國同國」問題。所謂中華人民共和國同埋香港建國,借題興起批鬥香港獨立運動風氣[9]。而梁振英就話:「香港係中國一部分,跟內地關係點講得“中港”一詞?」[10]由《明報》同埋《南華早報》2015年2月18號報道,香港政府行政署發函要求各部門公文上使用「內地與香港」字眼取代之,話係「用詞正確」[11]。香港異見作家馮睎乾就回應梁振英言論:試下講「內香關係」[12]。有時,重有人就英文文法夾硬用中國文化理解就係咁出現至少兩種名詞。\n文化習慣\n[編輯]有人調轉叫「港中」,足球界就有港中大戰。中文字詞包含古中國文化講「序」即分主客、大細等,所以就用自己地方名行先,外人地名放後。舉個例係香港同埋臺灣,香港媒體、台灣人有時用「港台」[13][14],有時叫「台港」[15]。\n'


def test_wiki_section_headings_over_an_edit_link_are_no_headwords():
    terms = [term for term, _ in pairs(_WIKI)]
    assert not {"定性", "爭論", "文化習慣", "廣義"} & set(terms)


def test_only_a_bracketed_edit_label_is_an_edit_link():
    assert edit_link_opening("[編輯]講到政治就會有政客刻意解讀成「國家同地區」")
    assert not edit_link_opening("编辑部是报社、杂志社等负责编辑工作的部门。")
    assert not edit_link_opening("涵義[編輯]")
