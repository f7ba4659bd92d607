"""The forty-seventh development set's missed gloss after a plain-words lead: ``說的直白一點,“環保管家”就是…`` (P1611).
Plain words set a headword apart before 就是 (``简单来说,X就是…``); ``简言之`` and ``说得直白一点`` are such words too (the
same lead stands before a gloss on dev-44's P1466 and P1477, which other checks still keep out). A lead with no term after
it (``简言之,就是将零售药店纳入…``, P1597) gives no entry."""

from __future__ import annotations

from conftest import pairs


_STEWARD = '瀘州高新區“多措并舉”推進“環保管家”服務項目;溫州在甌海環保重點監管區域電鍍園區內形成“環保管家”服務;安陽將引入當前先進的信息化環境管理平臺以及“環保管家”管理模式,完善園區生態環境管理體系;余姚引入第三方“環保管家”……\n最近一段時間,有關“環保管家”的消息經常出現。在網上搜索“環保管家”這一關鍵詞,百度顯示詞條多達46.6萬個,谷歌也有26萬個。有人疑惑不解,這個“環保管家”到底是何方神圣?\n說的直白一點,“環保管家”就是一種最近幾年興起的第三方,屬于傳統的升級衍生業務。有關環保管家的服務內容以及服務范圍等,一系列政策法規文件都有提及。\n'


def test_a_quoted_term_after_a_plain_speaking_lead_is_glossed_by_jiushi():
    # P1611: the news mirror's question, then the answer in plain words; the lead is no part of the term
    assert pairs(_STEWARD) == [("“環保管家”", "就是一種最近幾年興起的第三方,屬于傳統的升級衍生業務。有關環保管家的服務內容以及服務范圍等,一系列政策法規文件都有提及。")]


def test_a_plain_words_lead_with_no_term_after_it_gives_no_entry():
    # P1597: 简言之,就是… restates a new channel without naming a term before 就是
    text = (
        "为了推进这一问题的解决,国家医保部门联合卫健委印发文件,一条新通道出现。简言之,就是将零售药店纳入谈判药品的供应保障体系,"
        "让暂时进不了医院的“国谈药”先进药店,与医疗机构实行相同报销政策,简称“双通道”模式。\n"
    )
    assert [term for term, _ in pairs(text) if "简言之" in term or "通道出现" in term] == []
