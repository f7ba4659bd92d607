"""The last gloss of a run-in series ends at its own full stop (``踔厲,意為…;奮發,意為…;勇毅前行,意為勇敢堅毅地向前進。該語既是…``,
P572).

A popular-words page glosses a phrase and its parts in clauses joined by semicolons, the last closed by a full stop; the
sentences after it speak of the whole phrase (``該語既是二十大的時代主題,也是…的高度概括``) or restate it in a sentence of
its own (``“中國式現代化”是…``), not of the last part glossed. The earlier clauses end at their semicolons; the last ends at
its stop, as they would if the series went on. Only run-in glosses (a short headword, a comma, the marker) make such a
series: definitions written out (``“三区”是指…;“三线”是指…。这一划分旨在…``) keep the remark on the last. One definition alone in its paragraph (no semicolon before it) goes on over
the sentences about its term as before.
"""

from __future__ import annotations

__all__ = ["closes_series"]


def closes_series(sentences: list[tuple[int, str]], heads: list[tuple[int, str, int]], n: int) -> bool:
    """Whether head ``n`` (sentence index, term, offset) is the last of a run of definitions in consecutive sentences, each
    before it ending in a semicolon, its own ending in a full stop."""
    if n == 0 or n + 1 != len(heads):
        return False
    i = heads[n][0]
    k = n
    while k > 0 and heads[k - 1][0] == heads[k][0] - 1 and sentences[heads[k - 1][0]][1].rstrip(" \t\u3000")[-1:] in "；;":
        k -= 1
    if k == n or sentences[i][1].rstrip(" \t\u3000”」’)）")[-1:] not in "。!！":
        return False
    return all(_run_in(sentences[heads[m][0]][1], heads[m][1]) for m in range(k, n + 1))


def _run_in(sentence: str, term: str) -> bool:
    """The clause opens with its headword and a comma before the marker (``勇毅前行,意為…``, ``中國式,即…``): a run-in gloss.
    (``“三区”是指…;“三线”是指…。这一划分旨在…``: definitions written out, whose remark goes on the last, as P521's gold.)"""
    body = sentence.lstrip(" \t\u3000")
    return body.startswith(term) and body[len(term) : len(term) + 1] in (",", "，")
