"""The hand-chosen labels of benchmarks/outside5 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside5/make_labels.py          # rewrite every labels file
    python benchmarks/outside5/make_labels.py --check  # verify the files on disk instead
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
    "01-nangong-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("新发展理念", N), ("留抵退税", N),
    ],
    "02-hailar-2021": [
        ("十三五", N), ("习近平新时代中国特色社会主义思想", N), ("小康社会", N), ("稳中求进", N),
        ("以人民为中心", N), ("三大攻坚战", N), ("六稳", N), ("六保", N), ("双拥", N),
    ],
    "03-taixing-2018": [],
    "04-rongcheng-2024": [
        ("习近平新时代中国特色社会主义思想", N), ("深蓝、零碳、精致、幸福", L), ("5+2", L),
        ("乡村振兴", N), ("高质量发展", N), ("新型城镇化", N),
    ],
    "05-nanping-2020": [
        ("高质量发展", N), ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N),
        ("新发展理念", N), ("供给侧结构性改革", N), ("三大攻坚战", N), ("六稳", N),
        ("三四八", P), ("四比六促", L), ("项目提升年", L), ("七大绿色产业", L),
        ("实体经济服务月", L), ("百名局长帮扶百家企业", L), ("互联互派互学", L), ("小巨人", P),
    ],
    "06-xuchang-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("万人助企联乡帮村", L),
        ("万人助万企", P),
    ],
    "07-xiaogan-2014": [
        ("竞进提质、效速兼取", P), ("五个跨越", L), ("五个城市", L), ("三大工程", L),
    ],
    "08-yiyang-2017": [
        ("新型农业经营主体", N), ("新型工业化", N),
    ],
    "09-meixian-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("六稳", N), ("六保", N), ("高质量发展", N),
        ("十四五", N), ("专精特新", N), ("双十", P), ("强芯工程", P),
    ],
    "10-luzhou-2021": [
        ("十三五", N), ("习近平新时代中国特色社会主义思想", N), ("六稳", N), ("六保", N),
        ("六大攻坚行动", L), ("脱贫摘帽", N), ("双拥", N),
    ],
    "11-luan-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("脱贫攻坚", N), ("精重促", L),
        ("战略性新兴产业", N), ("摘帽", N), ("一谷一带一岭一库", L), ("四带一自", P),
        ("产业扶贫", N), ("河湖长制", N), ("林长制", N), ("放管服", N),
    ],
    "12-tonghua-2018": [
        ("十三五", N), ("高质量发展", N), ("习近平新时代中国特色社会主义思想", N),
        ("五位一体", N), ("四个全面", N), ("五六七", L), ("新发展理念", N), ("稳中求进", N),
        ("供给侧结构性改革", N), ("小康社会", N),
    ],
    "13-lishui-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("八八战略", P), ("一号工程", P),
        ("十项重大工程", P), ("一个历史使命、三大战略任务", L), ("1+8+N", L),
    ],
    "14-shannan-2022": [
        ("十四五", N), ("伟大建党精神", N), ("走在全区前列", L), ("四件大事", P), ("稳中求进", N),
        ("六稳", N), ("六保", N),
    ],
    "15-haibei-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("新发展阶段", N), ("新发展理念", N),
        ("新发展格局", N), ("高质量发展", N), ("伟大建党精神", N), ("稳中求进", N), ("六稳", N),
        ("六保", N),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:]))
