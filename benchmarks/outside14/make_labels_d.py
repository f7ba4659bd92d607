"""The hand-chosen labels of benchmarks/outside14, part d (documents 01–49; see README-d.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside14/make_labels_d.py          # rewrite the labels files of part d
    python benchmarks/outside14/make_labels_d.py --check  # verify them on disk instead
    python benchmarks/outside14/make_labels_d.py --show   # print every label with its context

Only the documents numbered 01–49 are written or checked (50–99 are part e's): the other part's
files sit beside these and have their own make_labels file. Press pages (02–10) and their labels
live in $POLICYTERMS_OUTSIDE_PRESS/outside14/ (default /tmp/outside-press/outside14/).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"
MINE = range(1, 50)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-haiyan-2015": [
        ("全面深化改革,继续争当示范", L),
        ("稳中求进", N),
        ("五水共治", P),
        ("四张清单一张网", P),
    ],
    "02-zhongmou-2007": [
        ("科学发展观", N),
        ("十五", N),
        ("十一五", N),
    ],
    "03-xinan-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("9+2", L),
        ("五提", L),
        ("1366", L),
        ("六项抓手", L),
        ("十三五", N),
        ("三起来", P),
    ],
    "04-shangcheng-2007": [
        ("科学发展观", N),
        ("十五", N),
        ("十一五", N),
        ("水牛品改", L),
        ("回归工程", L),
    ],
    "05-dachang-2014": [
        ("五二一", L),
    ],
    "06-xuyi-2019": [
        ("習近平新時代中國特色社會主義思想", N),
        ("高質量發展", N),
        ("發展高質量、服務高效能、民生高保障", L),
        ("十大工程", L),
    ],
    "07-taihe-2020": [
        ("中国特色社会主义", N),
        ("全面小康", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量跨越式发展", P),
        ("小康社会", N),
    ],
    "08-erguna-2023": [
        ("五大任务", P),
        ("五大行动计划", L),
        ("高质量发展", N),
        ("两山", N),
        ("河长制", N),
        ("林长制", N),
        ("天保", N),
    ],
    "09-funan-2024": [
        ("疫情防控转段", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("四好农村路", N),
        ("平安农机", N),
        ("三品", N),
    ],
    "10-faku-2003": [
        ("三個代表", N),
        ("項目年", L),
    ],
}

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
