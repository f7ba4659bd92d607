"""The hand-chosen labels of benchmarks/outside13, part b (documents 01–49; see README-b.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside13/make_labels_b.py          # rewrite the labels files of part b
    python benchmarks/outside13/make_labels_b.py --check  # verify them on disk instead
    python benchmarks/outside13/make_labels_b.py --show   # print every label with its context

Only the documents numbered 01–49 are written or checked (50–99 are part c's): the other part's files sit beside
these and have their own make_labels file. Press pages (01–04, 08, 09, 12) live in
$POLICYTERMS_OUTSIDE_PRESS/outside13/ (default /tmp/outside-press/outside13/) and are skipped when absent.
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
    # press page, traditional characters (a ce.cn page copied on an unrelated domain)
    "01-yangquan-2023": [
        ("習近平新時代中國特色社會主義思想", N),
        ("退減緩降貸", L),
        ("留抵退稅", N),
        ("一賬清", L),
    ],
    # press page, traditional characters
    "02-huaibei-2024": [
        ("五宜", L),
        ("紅黃綠", L),
    ],
    # press page, traditional characters
    "03-shangrao-2024": [
        ("四年進四位", L),
    ],
    # press page (慈溪日报 on the 宁波 news portal)
    "04-cixi-2017": [
        ("新常态", N),
        ("二次创业、二次腾飞", L),
        ("小康社会", N),
    ],
    "05-haining-2012": [
        ("科学发展观", N),
        ("三市", L),
        ("两个率先", L),
        ("三五", L),
        ("战略性新兴产业", N),
        ("服务业兴市", L),
        ("两节两会", L),
    ],
    "06-dongyang-2019": [
        ("六比六看", L),
        ("市县长工程", P),
        ("浙商回归", P),
        ("优资源、强平台、促发展", L),
    ],
    "07-xinchang-2019": [
        ("战略性新兴产业", N),
    ],
    # press page (the 2017 report's abridgement in a yearbook served from a bare IP address)
    "08-danyang-2017": [
        ("十三五", N),
        ("军民融合", N),
        ("两化融合", N),
        ("互联网+", N),
    ],
    # press page, traditional characters
    "09-zhangzhou-2008": [
        ("鄧小平理論", N),
        ("三個代表", N),
        ("3+4", L),
    ],
    "10-xinghua-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("小康社会", N),
        ("十四五", N),
        ("能耗”双控", N),
        ("城市矿产", N),
        ("战略性新兴产业", N),
    ],
    "11-dehui-2025": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("两城两区一中心", L),
        ("三张清单", L),
    ],
    # press page (a copy of the report on an unrelated domain)
    "12-lingbao-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("脱贫攻坚", N),
        ("小康社会", N),
        ("十三五", N),
        ("十四五", N),
        ("高质量发展", N),
        ("三个一批", P),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
