"""Independent second labels of benchmarks/outside11 (every document, bundled and press; see
SECOND.md), written as offsets by benchmarks/outside_labels.py to ``NN-*.labels2.json``.

    python benchmarks/outside11/second_labels.py          # rewrite the second labels files
    python benchmarks/outside11/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside11/second_labels.py --show   # print every label with its context

Made from the documents' text and the labelling rule alone (benchmarks/outside/ADJUDICATION.md,
"Labelling rule" of docs/outside-evaluation.md), without the first labels or the tool's output,
so that the set can be measured against labels that do not lean the tool's way.
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
    "01-manzhouli-2021": [
        ("十三五", N),
        ("四方", N),  # “四方”责任: 属地、部门、单位、个人 (epidemic control)
    ],
    "02-nangang-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("十三五", N),
        ("十四五", N),
        ("1123", L),
        ("1+2+5", L),
        ("高质量发展", N),  # inside the ranking name 全国城区高质量发展水平百强区
    ],
    "03-shahekou-2017": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("四个着力", N),
        ("三个推进", N),
        ("项目管家", L),
        ("走出去,请进来", L),
    ],
    "04-kuancheng-2011": [
        ("科学发展观", N),
        ("改造大铁北、建设新宽城,打造长春北部现代中心区", L),
        ("十一五", N),
        ("十二五", N),
        ("邓小平理论", N),
        ("三个代表", N),
        ("六区一城", L),
    ],
    "40-panyu-2025": [
        ("十四五", N),
        ("1310", P),
        ("1312", L),
        ("十二个方面走在前列、争当示范", L),
        ("高质量发展", N),
        ("两洋南拓、两江东进", L),
        ("两轴两带", L),
        ("腰部支撑", L),
        ("四上", N),
    ],
    "41-yuhang-2009": [
        ("科学发展观", N),
    ],
    "42-tongan-2010": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("走进和服务千家企业", L),
    ],
    "43-daye-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("八大行动", L),
        ("全年满堂彩、百强再进位", L),
    ],
    "44-nanhu-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("六稳", N),
        ("六保", N),
        ("精密智控", P),
        ("一图一码一指数", P),
        ("政策+服务", L),
        ("五减", L),
        ("两直", L),
        ("驻企指导员", L),
        ("互学互比互赛", L),  # the city's campaign, inside the name of a pennant award
    ],
    "45-longhu-2021": [
        ("十三五", N),
        ("两个一百年", N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("1+1+9", P),
        ("1146", L),
        ("新常态", N),
    ],
    "46-hongshan-2020": [
        ("十四五", N),
        ("十三五", N),
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("六稳", N),
        ("六保", N),
    ],
    "62-zhonglou-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("双30", L),
        ("两新一智", L),
        ("专精特新", N),
        ("小巨人", N),
    ],
    "63-yaohai-2016": [
        ("十二五", N),
        ("十一五", N),
        ("新常态", N),
        ("一改一建", L),
        ("一转一变", L),
    ],
    "80-dachuan-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("五经普", N),  # 第五次全国经济普查
        ("四上", N),
        ("两新一重", N),
    ],
    # press pages (/tmp/outside-press/outside11)
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
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, kind="labels2"))
