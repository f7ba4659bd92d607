"""The hand-chosen labels of benchmarks/outside15, part g (documents 50–99; see README-g.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside15/make_labels_g.py          # rewrite the labels files of part g
    python benchmarks/outside15/make_labels_g.py --check  # verify them on disk instead
    python benchmarks/outside15/make_labels_g.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part f's): the other part's
files sit beside these and have their own make_labels file. The first collector of part g found no
document (README-g.md, "Shortfall"); the continuation collected 14 (50–63), whose choices follow.
Press pages (50–53, 55, 57–60, 63) are read from $POLICYTERMS_OUTSIDE_PRESS/outside15/ and skipped,
with a line saying so, when that folder does not hold them.
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
    "50-langzhong-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("建设世界古城旅游目的地", L),
        ("脱贫奔康", P),
        ("奔康", P),
        ("脱贫攻坚", N),
        ("四个不摘", N),
    ],
    "51-xiangyin-2021": [
        ("小康", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("十三五", N),
        ("十四五", N),
        ("两品一标", N),
        ("中国好粮油行动", N),
        ("乡村振兴", N),
        ("一村一品", N),
        ("小巨人", N),
        ("外贸破零倍增", P),
    ],
    "52-kaiping-2020": [
        ("习近平新时代中国特色社会主义思想", N),
        ("1+1+9", P),
        ("1+1+5", L),
        ("产业提升、城市提质、工作提效", L),
        ("六稳", N),
        ("银税互动", N),
        ("促进就业九条", P),
        ("粤菜师傅", P),
    ],
    "53-yangxi-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
    ],
    "54-yueyangxian-2025": [
        ("十五五", N),
        ("十四五", N),
        ("三高四新", P),
        ("1376", L),
        ("四区", L),
        ("高质量发展", N),
        ("一主一特", L),
        ("医学—医药—医械—医贸", L),
        ("两主两特四优", L),
        ("211", L),
        ("233", L),
    ],
    "55-hongan-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("十二五", N),
        ("千亿园区", L),
        ("精准脱贫", N),
    ],
    "56-tongzi-2024": [
        ("高质量发展", N),
        ("疫情转段", N),
        ("四新", P),
        ("四化", P),
        ("中部带动、两翼突破", L),
    ],
    "57-xifeng-2021": [
        ("十四五", N),
        ("三抓一进", L),
        ("两兴两治", L),
        ("乡村振兴", N),
        ("脱贫攻坚", N),
        ("动态清零", N),
        ("1315", L),
    ],
    "58-dali-2023": [
        ("稳中求进", N),
        ("税费优惠政策红包", L),
        ("留抵退税", N),
        ("六税两费", N),
        ("高质量发展", N),
        ("扫黑除恶", N),
        ("动态清零", N),
    ],
    "59-xinjin-2021": [
        ("十三五", N),
        ("新发展理念", N),
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("小康社会", N),
        ("新乡村产业", L),
        ("五河一江", L),
        ("五公园五湿地", L),
        ("产业生态圈创新生态链", L),
        ("1+4", L),
    ],
    "60-honghuagang-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("红色文化名城、高新发展引擎、生态宜居福地", L),
        ("高新产业引领、材料工业支撑、三产服务突破、争资争项保障", L),
        ("稳中求进", N),
        ("两条底线", P),
        ("高质量发展", N),
        ("主战略主定位", P),
    ],
    "61-longhui-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("高质量发展", N),
        ("脱贫攻坚", N),
        ("新时代文明实践", N),
    ],
    "62-xinshao-2014": [
        ("两重点三主要", L),
        ("战略性新兴产业", N),
        ("新三板", N),
    ],
    "63-gaoming-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("供给侧结构性改革", N),
        ("高质量发展", N),
        ("一核五平台", L),
    ],
}

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
