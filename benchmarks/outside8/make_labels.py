"""The hand-chosen labels of benchmarks/outside8 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside8/make_labels.py          # rewrite every labels file
    python benchmarks/outside8/make_labels.py --check  # verify the files on disk instead
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
    "01-gaocheng-2018": [
        ("经济强区、魅力藁城", L), ("六大攻坚", L), ("新发展理念", N), ("战略新兴产业", N),
    ],
    "02-pingfang-2020": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("小康社会", N), ("十三五", N),
    ],
    "03-gulou-2016": [
        ("十二五", N), ("十三五", N), ("稳中求进", N), ("新常态", N), ("互联网+", N),
    ],
    "04-yinzhou-2021": [
        ("十三五", N), ("三个年活动", L), ("七大行动", L), ("两手硬、两战赢", P),
        ("三级书记守三门、千名干部守万门", L),
    ],
    "05-jiaxing-2019": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("八八战略", P), ("红船精神", N),
        ("最多跑一次", P), ("三大攻坚战", N), ("高质量发展", N), ("沪嘉民生同行", L),
    ],
    "06-xiaoxian-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("学习先进、对标沛县、跨越千亿", L),
        ("五提", L), ("新质生产力", N), ("高质量发展", N), ("专精特新", N),
    ],
    "07-huli-2020": [
        ("十三五", N), ("习近平新时代中国特色社会主义思想", N), ("六稳", N), ("六保", N),
        ("岛内大提升", L), ("五个一批", P),
    ],
    "08-laishan-2018": [
        ("典范之区", L), ("2231", L), ("工作突破年", L), ("7+1", L), ("三大主导产业", L),
    ],
    "09-xiping-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("小康社会", N),
    ],
    "10-huangshigang-2013": [
        ("四最", L), ("三产强区", L),
    ],
    "11-chenxi-2025": [
        ("十四五", N), ("十三五", N), ("习近平新时代中国特色社会主义思想", N), ("三高四新", P),
        ("五新四城", L), ("港产城旅", L), ("四上", N),
    ],
    "12-foshan-2014": [
        ("科学发展观", N), ("两化", N), ("中国在线制造", L), ("百企携万家登云", L),
    ],
    "13-heyuan-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("新发展理念", N), ("1+1+9", P), ("示范区", L),
        ("排头兵", L), ("小康社会", N), ("脱贫攻坚", N), ("十三五", N), ("双十", P), ("专精特新", N),
    ],
    "14-leizhou-2016": [
        ("六大抓手", L),
    ],
    "15-beibei-2021": [
        ("十三五", N), ("小康社会", N), ("习近平新时代中国特色社会主义思想", N), ("两点", P),
        ("两地", P), ("两高", P), ("三个作用", P), ("三大攻坚战", N), ("八项行动计划", P),
        ("脱贫攻坚", N),
    ],
    "16-wuhua-2021": [
        ("十三五", N),
    ],
    "17-yanan-2017": [
        ("精准脱贫", N), ("供给侧结构性改革", N), ("三去一降一补", N),
    ],
    "18-urumqi-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("治疆方略", N), ("新发展理念", N), ("六稳", N),
        ("六保", N), ("枫桥经验", N), ("走街串巷进社区", L),
    ],
    "19-nankai-2020": [
        ("习近平新时代中国特色社会主义思想", N), ("创新南开", L), ("六稳", N), ("高质量发展", N),
        ("稳中求进", N),
    ],
    "20-haidian-2016": [
        ("十二五", N), ("十三五", N), ("新常态", N),
    ],
}


# Documents from places that a curator of the same session read (README, "Excluded"):
# kept in excluded/ with their labels, and not measured.
EXCLUDED = frozenset({"09-xiping-2022", "13-heyuan-2022"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED))
