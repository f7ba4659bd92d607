"""The hand-chosen labels of benchmarks/outside9 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside9/make_labels.py          # rewrite every labels file
    python benchmarks/outside9/make_labels.py --check  # verify the files on disk instead
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
    "01-jiangjin-2020": [
        ("习近平新时代中国特色社会主义思想", N), ("两点", P), ("两地", P), ("两高", P), ("三个作用", P),
        ("稳中求进", N), ("新发展理念", N), ("以人民为中心", N), ("高质量发展", N),
        ("供给侧结构性改革", N), ("三大攻坚战", N), ("十项行动计划", L), ("六稳", N),
        ("不忘初心、牢记使命", N), ("主题教育", N),
    ],
    "02-sifangtai-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("先立后破", N), ("生态文明", N),
        ("标准地", N), ("大抓产业、主攻工业", P),
    ],
    "03-qianjiang-2011": [
        ("科学发展观", N), ("一区两带三极", L),
    ],
    "04-tianmen-2019": [
        ("高质量发展", N), ("战略性新兴产业", N),
    ],
    "05-jiayuguan-2021": [
        ("习近平新时代中国特色社会主义思想", N), ("十三五", N), ("十四五", N),
    ],
    "06-bole-2011": [
        ("十一五", N), ("双拥", N), ("两基", N), ("三高一节", L), ("抓大不放小", L),
    ],
    "07-heping-2016": [
        ("十二五", N), ("十三五", N), ("科学发展观", N), ("稳中求进", N), ("金融和平", L),
    ],
    "08-chaoyang-2021": [
        ("习近平新时代中国特色社会主义思想", N), ("六稳", N), ("六保", N), ("十三五", N), ("四方责任", N),
        ("常态化疫情防控", N), ("敲门行动", L),
    ],
    "09-yima-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("百年变局", N), ("六稳", N), ("六保", N),
        ("高质量发展", N), ("十四五", N), ("一带一路", N), ("万人助万企", P),
    ],
    "10-daixian-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("高质量发展", N),
    ],
    "11-zichang-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("五大", L),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:]))
