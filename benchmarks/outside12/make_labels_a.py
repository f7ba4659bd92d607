"""The hand-chosen labels of benchmarks/outside12, documents 01–49 (list L-a; see README-a.md),
written as offsets by benchmarks/outside_labels.py. The set's other part (documents 50–99) has its
own file and is neither written nor checked here.

    python benchmarks/outside12/make_labels_a.py          # rewrite the labels files of 01–49
    python benchmarks/outside12/make_labels_a.py --check  # verify them on disk instead
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of this part.
MINE = range(1, 50)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    # 内蒙古 包头市 昆都仑区, government work report (2017-12-06).
    "01-kundulun-2017": [
        ("小康社会", N),
    ],
    # 内蒙古 呼和浩特市 玉泉区, government work report (2018).
    "02-yuquan-2018": [
        ("小康社会", N),
        ("新常态", N),
    ],
    # 河南 开封市 禹王台区, government work report (2015); two quoted work formulas of the
    # district (or city) and the local “两改一建”.
    "03-yuwangtai-2015": [
        ("十二五", N),
        ("科学发展观", N),
        ("发展工业、开发旧城、提升三产、建好农村、改善民生、构建和谐", L),
        ("持续快速发展、持续快速突破", L),
        ("两改一建", L),
    ],
    # 山东 青岛市 市南区, government work report (2022).
    "04-shinan-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("小康社会", N),
        ("十三五", N),
        ("十四五", N),
    ],
    # 四川 成都市 温江区, government work report (2016-12-25); “双城共兴” is 成都's layout of
    # its biomedicine industry.
    "05-wenjiang-2016": [
        ("新常态", N),
        ("双城共兴", L),
    ],
    # 陕西 西安市 雁塔区, government work report (2008).
    "06-yanta-2008": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("创一流工作业绩,实现率先发展", L),
    ],
    # 黑龙江 哈尔滨市 道里区, government work report (2005).
    "07-daoli-2005": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
    ],
    # 新疆 吐鲁番市 高昌区, government work report (2024); “1535” is the 吐鲁番 city Party
    # committee's work scheme, “农业稳市” one of its strategies.
    "08-gaochang-2024": [
        ("疫情转段", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("治疆方略", N),
        ("新发展理念", N),
        ("稳中求进", N),
        ("1535", L),
        ("一年打基础", L),
        ("乡村振兴", N),
        ("农业稳市", L),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
