"""The hand-chosen labels of benchmarks/outside15, part f (documents 01–49; see README-f.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside15/make_labels_f.py          # rewrite the labels files of part f
    python benchmarks/outside15/make_labels_f.py --check  # verify them on disk instead
    python benchmarks/outside15/make_labels_f.py --show   # print every label with its context

Only the documents numbered 01–49 are written or checked (50–99 are part g's): the other part's
files sit beside these and have their own make_labels file. Press pages (10–12) live in
$POLICYTERMS_OUTSIDE_PRESS/outside15/ (default /tmp/outside-press/outside15/).
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
    "01-lucheng-2021": [
        ("十三五", N),
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("八八战略", P),
        ("小康社会", N),
        ("第一个百年目标", N),
    ],
    "02-longwan-2025": [
        ("习近平新时代中国特色社会主义思想", N),
        ("八八战略", P),
        ("三个“一号工程", P),
        ("十项重大工程", P),
        ("四大振兴", L),
        ("强城行动", L),
        ("十大攻坚", L),
        ("一区五城", L),
        ("东部科技城", L),
        ("五个年", L),
        ("高质量发展", N),
    ],
    "03-jindong-2016": [
        ("十二五", N),
        ("三严三实", N),
        ("新常态", N),
        ("工业强区", L),
        ("四换三名", P),
        ("两化融合", N),
        ("机器换人", P),
        ("四破攻坚", L),
        ("新三板", N),
        ("小上规", P),
        ("个转企", P),
        ("入企、联企、办企", L),
        ("走企业、解难题", L),
    ],
    "04-zhenhai-2017": [
        ("新常态", N),
        ("五大发展理念", N),
        ("稳中求进、进中求好,积极有为、走在前列", L),
        ("六大战略", L),
        ("黄标车", N),
    ],
    "05-wuxing-2017": [
        ("新常态", N),
        ("经济强区、科技新城、生态家园、幸福吴兴", L),
        ("浙(湖)商回归", P),
    ],
    "06-xiangan-2017": [
        ("五位一体", N),
        ("四个全面", N),
        ("五大发展", N),
        ("新常态", N),
        ("供给侧结构性改革", N),
        ("十三五", N),
    ],
    "07-licheng-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("重龙头、强品牌、铸链条", L),
        ("专精特新", N),
        ("小升规", P),
        ("四上", N),
    ],
    "08-zhoucun-2021": [
        ("十三五", N),
        ("十二五", N),
        ("四强产业", L),
        ("建档立卡", N),
        ("双创", N),
    ],
    "09-jixian-2021": [
        ("十四五", N),
        ("十三五", N),
        ("供给侧结构性改革", N),
        ("新发展格局", N),
        ("高质量发展", N),
        ("五头五尾", P),
    ],
    "10-feixi-2007": [
        ("全省创一流、全国争百强", L),
        ("工业强县、特色富民", L),
        ("工业强县", L),
        ("十一五", N),
        ("12963", L),
    ],
    "11-jiangyan-2015": [
        ("奮起泰州、崛起蘇中", L),
        ("1+6+7", L),
        ("八有", L),
    ],
    "12-suyu-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("五大攻坚、三大提升", L),
        ("放管服", N),
        ("战略性新兴产业", N),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
