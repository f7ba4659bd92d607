"""Second, independent labels of benchmarks/outside15 (all 26 documents: 01–12 and 50–63, bundled
and press), chosen from the text and the labelling rule alone, without the first labels or any
tool output (see SECOND.md), and written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside15/second_labels.py          # rewrite the NN-*.labels2.json files
    python benchmarks/outside15/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside15/second_labels.py --show   # print every label with its context

Press documents are read from, and their labels written to, $POLICYTERMS_OUTSIDE_PRESS/outside15/
(default /tmp/outside-press/outside15/); they are skipped with a line saying so when absent.
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
        ("一号工程", P),
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
    ],
    "05-wuxing-2017": [
        ("新常态", N),
        ("经济强区、科技新城、生态家园、幸福吴兴", L),
        ("浙(湖)商回归", P),
        ("新型城镇化", N),
        ("三二一", N),
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
        ("0313", L),
        ("进企促发展", L),
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
        ("医养结合", N),
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
        ("一园擎天", L),
        ("多园共兴", L),
    ],
    "11-jiangyan-2015": [
        ("奮起泰州、崛起蘇中", L),
        ("1+6+7", L),
        ("八有", L),
    ],
    "12-suyu-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("疫情要防住、经济要稳住、发展要安全", N),
        ("五大攻坚、三大提升", L),
        ("放管服", N),
        ("战略性新兴产业", N),
    ],
    "50-langzhong-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("建设世界古城旅游目的地", L),
        ("脱贫奔康", P),
        ("脱贫攻坚", N),
        ("第一书记", N),
        ("奔康产业园", P),
        ("脱贫摘帽", N),
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
        ("破零倍增", P),
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
        ("疫情要防住、经济要稳住、发展要安全", N),
        ("稳中求进", N),
    ],
    "54-yueyangxian-2025": [
        ("十五五", N),
        ("十四五", N),
        ("三高四新", P),
        ("1376", L),
        ("四区", L),
        ("高质量发展", N),
        ("一主一特", P),
        ("医学—医药—医械—医贸", L),
        ("两主两特四优", L),
        ("211", L),
        ("233", L),
    ],
    "55-hongan-2021": [
        ("十四五", N),
        ("十三五", N),
        ("十二五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("千亿园区", L),
        ("精准脱贫", N),
    ],
    "56-tongzi-2024": [
        ("高质量发展", N),
        ("四新", P),
        ("四化", P),
        ("中部带动、两翼突破", L),
        ("新型工业化", N),
    ],
    "57-xifeng-2021": [
        ("十四五", N),
        ("三抓一进", L),
        ("两兴两治", L),
        ("乡村振兴", N),
        ("脱贫攻坚", N),
        ("1315", L),
    ],
    "58-dali-2023": [
        ("稳中求进", N),
        ("税费优惠政策红包", L),
        ("留抵退税", N),
        ("六税两费", N),
        ("扫黑除恶", N),
        ("外防输入、内防反弹", N),
        ("动态清零", N),
    ],
    "59-xinjin-2021": [
        ("十三五", N),
        ("新发展理念", N),
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("小康社会", N),
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


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2"))
