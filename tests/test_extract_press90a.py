"""The ninetieth development set's first press pages (P2538–P2546: carbon, energy and data vocabulary): the mechanisms
mended for them, each with the page's real lines (short excerpts) and a line of the same shape that must give no entry,
or another one."""

from __future__ import annotations

from conftest import pairs


# An answer under a question title framed as how its term works (P2541): the frame 的運作理念 is no part of the definition,
# which opens at 是 as after the bare restated term.
_WORKING_IDEA = (
    "什麼是碳抵消\n"
    "碳抵消的運作理念是,一個地方的排放可以通過資助或支持其他地方減少或移除等量碳的項目來「抵消」。"
    "這些項目可能包括植樹和可再生能源計劃。\n"
)


def test_an_answer_framed_as_how_its_term_works_opens_at_shi():
    assert pairs(_WORKING_IDEA) == [
        ("碳抵消", "是,一個地方的排放可以通過資助或支持其他地方減少或移除等量碳的項目來「抵消」。這些項目可能包括植樹和可再生能源計劃。")
    ]


def test_an_answer_restating_the_bare_term_still_opens_at_its_verb():
    # (the counter-case: without the frame the answer opens at 是 as before, and a frame that is no way of working, 的目標,
    # is not cut: the answer stays as written)
    assert pairs("什麼是碳抵消\n碳抵消是一種以資助他地減排來抵銷自身排放的做法。\n") == [("碳抵消", "是一種以資助他地減排來抵銷自身排放的做法。")]
    assert all(not d.startswith("是") for _, d in pairs("什麼是碳抵消\n碳抵消的目標是,讓排放與減排相互抵銷。\n"))


# A quoted word a clause names as its object, then ,也就是 restating it (P2542; 747's 係「最終消費者」,亦即…): the word's gloss,
# to the end of its paragraph.
_OBJECT = "全球減碳時代即將來臨。未來政府會依據排放總量和減碳目標,每年核發「排放配額」,也就是企業碳排放的許可證。\n"


def test_a_quoted_object_restated_by_yejiushi_is_glossed():
    assert pairs(_OBJECT) == [("「排放配額」", "也就是企業碳排放的許可證。")]


def test_a_consumer_items_yiji_gloss_runs_to_the_items_end():
    text = "二、係「最終消費者」,亦即消費者買該項商品之目的係供個人使用,沒有要再用來營業或營利。如果交易目的係投資,就不適用消費者保護法。\n"
    assert pairs(text) == [
        ("「最終消費者」", "亦即消費者買該項商品之目的係供個人使用,沒有要再用來營業或營利。如果交易目的係投資,就不適用消費者保護法。")
    ]


def test_a_bare_ji_or_a_question_after_a_quoted_object_gives_no_entry():
    # (the counter-cases: a bare 即 sums up a clause as often as it glosses the word; 也就是說 goes on the argument; a
    # question asks)
    assert pairs("各地全面推行「河長制」,即由各級黨政主要負責人擔任河長。\n") == []
    assert pairs("政府每年核發「排放配額」,也就是說企業必須減少排放。\n") == []
    assert pairs("政府每年核發「排放配額」,也就是什麼?\n") == []


# A cited document's own statement before the subject (P2545, a law firm's Q&A on a Shanghai measure): 《办法》明确, is a
# source's frame as 国家统计局指出, is, no part of the term.
_DOCUMENT_STATES = (
    "一、公共数据资源授权运营的定义和适用范围是什么?\n"
    "《办法》明确,公共数据资源授权运营是指将本市公共数据资源,按照法律法规和相关要求,授权符合条件的运营机构进行治理、开发,"
    "并面向市场公平提供数据产品和服务的活动。\n"
)


def test_a_cited_documents_statement_is_no_part_of_the_term():
    assert pairs(_DOCUMENT_STATES) == [
        (
            "公共数据资源授权运营",
            "是指将本市公共数据资源,按照法律法规和相关要求,授权符合条件的运营机构进行治理、开发,并面向市场公平提供数据产品和服务的活动。",
        )
    ]
    assert pairs("《条例》第三条规定,数据产品是指利用公共数据加工形成的数据集。\n") == [("数据产品", "是指利用公共数据加工形成的数据集。")]


def test_a_speakers_own_statement_without_a_document_stays_unread():
    # (the counter-case: 明确 after a body, not a cited document's title, frames no source sentence this rule reads)
    assert all(not term.startswith("《") for term, _ in pairs("会议明确,数据产品是指利用公共数据加工形成的数据集。\n"))
