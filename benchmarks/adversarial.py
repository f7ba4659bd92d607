"""Adversarial texts of a given size, for benchmarks/linear.py and the tests.

Each generator returns a ``str`` of about ``size`` characters built to make one kind of
work grow: many enumerations, many distinct quoted terms, one long line without
punctuation, chains of 和, and nested surfaces (三, 三三, 三三三 …).
"""

from __future__ import annotations

import random

_HANZI = "发展建设改革创新推进加强完善提升服务管理保障治理生态经济社会文化安全民生城乡区域开放协调绿色共享"
_NUMERALS = "两三四五六七八九十"


def _chars(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HANZI) for _ in range(n))


def enumerations(size: int, seed: int = 1) -> str:
    """Sentences that enumerate items and name numbered slogans: 推进A、B、C的“三X”。"""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        n = rng.randint(2, 6)
        head = rng.choice(_HANZI)
        items = "、".join(head + _chars(rng, 2) for _ in range(n))
        sentence = f"推进{items}的“{_NUMERALS[n - 2]}{head}”，{_NUMERALS[n - 2]}{head}{_chars(rng, 2)}是指{items}。"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def quoted_terms(size: int, seed: int = 2) -> str:
    """Many distinct quoted terms, each used twice: 开展“ABC”行动，“ABC”成效明显。"""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        term = _chars(rng, rng.randint(3, 6))
        sentence = f"开展“{term}”行动，“{term}”成效明显。"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def long_line(size: int, seed: int = 3) -> str:
    """One line of hanzi, numerals and separators without any sentence punctuation."""
    rng = random.Random(seed)
    pieces, total = [], 0
    while total < size:
        piece = rng.choice(_NUMERALS) + _chars(rng, rng.randint(1, 4)) + rng.choice(("", "、", "，即", "是指", "和"))
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def and_chains(size: int, seed: int = 4) -> str:
    """Clauses that chain items with 和: A和B和C和D…, split by commas only."""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        chain = "和".join(_chars(rng, 2) for _ in range(rng.randint(5, 40)))
        parts.append(chain + "，")
        total += len(chain) + 1
    return "".join(parts)[:size]


def nested(size: int, seed: int = 5) -> str:
    """One numeral repeated (三三三…), for glossaries with the surfaces 三, 三三, 三三三 …"""
    return ("三" * 999 + "。") * (size // 1000) + "三" * (size % 1000)


ADVERSARIAL = {
    "enumerations": enumerations,
    "quoted terms": quoted_terms,
    "long line": long_line,
    "和-chains": and_chains,
    "nested surfaces": nested,
}
