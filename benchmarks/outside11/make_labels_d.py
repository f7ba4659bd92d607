"""The hand-chosen labels of benchmarks/outside11, documents 60-79 (list K-d; see README-d.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside11/make_labels_d.py          # rewrite the labels files of 60-79
    python benchmarks/outside11/make_labels_d.py --check  # verify them on disk instead

Only stems 60-79 are handled here: the other collectors' documents of this set sit beside these
and have their own make_labels_*.py. Press pages (and their labels) live in
``$POLICYTERMS_OUTSIDE_PRESS/outside11/`` (default ``/tmp/outside-press/outside11``) and are
skipped, with a line saying so, when that folder does not hold them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    # 湖北 宜昌市, government work report (2021); press page (中国网 湖北), not bundled.
    "60-yichang-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("六稳", N),
        ("六保", N),
        ("高质量发展", N),
        ("一高双争三决胜", L),
        ("四早", N),
        ("四集中", N),
        ("五张网", L),
        ("1+1+N", L),
        ("线上下单、无接触配送", L),
        ("六个未发生", L),
    ],
    # 广东 茂名市, government work report (2024); press page (城市网 wmaa.cn), not bundled.
    "61-maoming-2024": [
        ("乡村振兴", N),
        ("共同富裕", N),
        ("中国式现代化", N),
        ("在市域发展、县域振兴中走在粤东粤西粤北前列", P),
        ("百千万工程", P),
        ("四个体现", P),
        ("习近平新时代中国特色社会主义思想", N),
        ("1310", P),
        ("二次创业", L),
        ("激发企业活力38条", L),
    ],
    # 江苏 常州市钟楼区, government work report (2023); official page (zhonglou.gov.cn).
    "62-zhonglou-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("双30", L),
        ("两新一智", L),
        ("专精特新", N),
        ("小巨人", N),
    ],
    # 安徽 合肥市瑶海区, government work report (delivered 2016-01-10); official page (hfyaohai.gov.cn).
    "63-yaohai-2016": [
        ("十二五", N),
        ("新常态", N),
        ("一改一建", L),
        ("一转一变", L),
        ("十一五", N),
    ],
}

MINE = range(60, 80)

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
