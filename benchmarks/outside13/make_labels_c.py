"""The hand-chosen labels of benchmarks/outside13, part c (documents 50–99; see README-c.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside13/make_labels_c.py          # rewrite the labels files of part c
    python benchmarks/outside13/make_labels_c.py --check  # verify them on disk instead
    python benchmarks/outside13/make_labels_c.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part b's): the other part's files
sit beside these and have their own make_labels file. Every document of part c is a press page, so its
text and labels live in $POLICYTERMS_OUTSIDE_PRESS/outside13/ (default /tmp/outside-press/outside13/).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"
MINE = range(50, 100)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    # 四川 攀枝花, traditional characters with pinyin inserted after some characters (excluded, see below)
    "50-panzhihua-2021": [
        ("十三五", N),
    ],
    # 四川 南充
    "51-nanchong-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("十件大事要事", L),
    ],
    # 四川 阿坝州
    "52-aba-2021": [
        ("十三五", N),
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("五个关键", L),
        ("习近平生态文明思想", N),
        ("高质量发展", N),
        ("两山", N),
        ("七大保护", L),
    ],
    # 湖北 襄阳 老河口 (quotation marks dropped by the page)
    "53-laohekou-2021": [
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("稳中求进", N),
        ("双拥", N),
        ("四上", N),
    ],
    # 广东 清远 英德, traditional characters (pinyin inserted after some characters; “清遠綠色工業(yè)發(fā)展主戰(zhàn)場”
    # is interrupted by it, so no contiguous span holds that slogan and it has no label)
    "54-yingde-2022": [
        ("十四五", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("小康社會", N),
        ("項目為王", L),
        ("雙區", P),
    ],
    # 广东 东莞 (excluded, see below)
    "55-dongguan-2018": [
        ("八大调研", L),
        ("十大行动计划", L),
        ("倍增计划", L),
        ("稳中求进", N),
        ("三个支撑", L),
        ("供给侧结构性改革", N),
    ],
}

#: None left out. Part c's collector had excluded 50 and 55 by the brief's per-collector limit on
#: copies of reports served on unrelated domains (at most half of one's documents); the set as a
#: whole keeps within it with them (9 copies of 18 documents), so they were brought back before
#: policyterms was run on any document of the set (README.md, "The set").
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
