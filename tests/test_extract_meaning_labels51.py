"""The fifty-first development set's run-in meaning labels: a numbered item labelled ``定义与作用`` with its paragraph run in
after a space (``1.定义与作用 居民自治章程是…的自治性规章。``, P1793) defines the term the paragraph restates, the label no
headword; the items of a section on how the topic is put into practice (``三、…的实践`` / ``1.宣传与普及 通过多种渠道,…``) are
steps. A table row labelled ``定义`` alone (``定义 失能是指…``, dev-50's P1755) is read as before."""

from __future__ import annotations

from conftest import pairs


def test_a_run_in_definition_label_gives_the_restated_term():
    page = (
        "一、居民自治章程\n\n"
        "1.定义与作用 居民自治章程是社区居民根据法律法规、政策要求,结合本社区实际情况,共同制定的自治性规章。它旨在明确社区居民的权利和义务,规范社区事务管理,促进社区和谐稳定。\n\n"
        "2.制定原则\n\n"
        "居民自治章程的制定应遵循以下原则:\n\n"
        "三、居民自治章程与居民公约的实践\n\n"
        "1.宣传与普及 通过多种渠道,如社区宣传栏、居民大会、社区微信群等,宣传居民自治章程和居民公约,提高居民知晓率和遵守率。\n"
    )
    assert pairs(page) == [
        (
            "居民自治章程",
            "是社区居民根据法律法规、政策要求,结合本社区实际情况,共同制定的自治性规章。它旨在明确社区居民的权利和义务,规范社区事务管理,促进社区和谐稳定。",
        )
    ]


def test_a_table_row_labelled_definition_alone_is_read_as_before():
    # counter-test: dev-50's P1755, a two-column table's 定义 row
    page = (
        "项目 内容\n"
        "定义 失能是指由于疾病、伤害或衰老等原因,导致身体或精神功能部分或完全丧失,无法独立完成日常活动的状态。\n"
        "常见原因 疾病(如中风、帕金森)、意外伤害、老年退化、慢性病等。\n"
    )
    terms = [term for term, _ in pairs(page)]
    assert "定义失能" not in terms and "定义与作用" not in terms
