"""The hand-chosen labels of benchmarks/outside7 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside7/make_labels.py          # rewrite every labels file
    python benchmarks/outside7/make_labels.py --check  # verify the files on disk instead
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
    "01-langfang-2024": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("四套班子", N),
    ],
    "02-shuangtaizi-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("全面振兴新突破三年行动", P), ("高质量发展", N),
    ],
    "03-shizhong-zaozhuang-2024": [
        ("习近平新时代中国特色社会主义思想", N), ("主题教育", N),
    ],
    "04-huainan-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("五大攻坚行动", L), ("三城三地", L),
        ("新发展理念", N), ("六大新兴产业", L), ("八大提升行动", L), ("乡村振兴", N), ("大托管", L),
    ],
    "05-bazhong-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("一干多支", P), ("小康社会", N), ("十四五", N),
        ("脱贫攻坚", N), ("两不愁、三保障", N), ("摘帽", N), ("定点帮扶", N), ("易地扶贫搬迁", N),
        ("扶贫小额信贷", N), ("借羊还羊", L), ("产业扶贫", N),
    ],
    "06-golog-2018": [
        ("习近平新时代中国特色社会主义思想", N), ("新发展理念", N), ("稳中求进", N),
        ("草原生态补奖", N),
    ],
    "07-xingqing-2021": [
        ("十三五", N), ("六稳", N), ("六保", N), ("习近平新时代中国特色社会主义思想", N),
        ("七级责任制", L), ("四五六七", L),
    ],
    "08-xianning-2019": [
        ("习近平新时代中国特色社会主义思想", N), ("全域旅游", N),
    ],
    "09-xinyu-2024": [
        ("习近平新时代中国特色社会主义思想", N), ("以转型促发展,加快打造新型工业强市", L),
        ("6313", L), ("双新", L), ("双链", L),
    ],
    "10-danjiangkou-2018": [
        ("稳中求进", N), ("脱贫攻坚", N), ("习近平新时代中国特色社会主义思想", N), ("四个意识", N),
        ("四个自信", N), ("两个坚决维护", N), ("新发展理念", N), ("三大攻坚战", N), ("高质量发展", N),
        ("生态红线", N), ("双十", P), ("清流行动", L), ("河湖长制", N),
    ],
    "11-zhongshan-2012": [
        ("邓小平理论", N), ("三个代表", N), ("科学发展观", N), ("十一五", N),
        ("五横六纵七高速九加密", L),
    ],
    "12-wenchang-2020": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N),
    ],
    "13-suining-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("1336", L), ("六稳", N), ("六保", N), ("十四五", N),
        ("双圈", P), ("川渝通办", P),
    ],
    "14-yaan-2022": [
        ("两项补贴", N), ("一卡通", N), ("双减", N), ("扫黑除恶", N),
        ("习近平新时代中国特色社会主义思想", N), ("两学一做", N), ("不忘初心、牢记使命", N),
        ("主题教育", N), ("四个意识", N), ("四个自信", N), ("两个维护", N),
    ],
    "15-bengbu-2021": [
        ("十四五", N), ("十个新的更大", L), ("九个新", L), ("三地一区", L), ("两中心", L),
        ("创新之城·材料之都·制造高地·幸福蚌埠", L), ("卡脖子", N), ("政产学研", N),
    ],
}


# Documents from prefectures that a curator of the same session read (README, "Excluded"):
# kept in excluded/ with their labels, and not measured.
EXCLUDED = frozenset({"06-golog-2018", "07-xingqing-2021", "08-xianning-2019", "10-danjiangkou-2018", "11-zhongshan-2012", "12-wenchang-2020", "13-suining-2022"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED))
