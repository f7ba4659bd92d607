"""Independent second labels of benchmarks/outside13 (every document, bundled and press; see
SECOND.md), written as offsets by benchmarks/outside_labels.py to ``NN-*.labels2.json``.

    python benchmarks/outside13/second_labels.py          # rewrite the second labels files
    python benchmarks/outside13/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside13/second_labels.py --show   # print every label with its context

Made from the documents' text and the labelling rule alone (benchmarks/outside/ADJUDICATION.md,
"Labelling rule" of docs/outside-evaluation.md, and the outside13 clarification that a
converter's pinyin reading of a term's own characters is part of the term as served), without
the first labels or the tool's output, so that the set can be measured against labels that do
not lean the tool's way. Traditional text and readings are labelled as served.
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
    "05-haining-2012": [
        ("科学发展观", N),
        ("三市", L),
        ("两个率先", L),
        ("三五", L),  # 工业“三五”产业战略
        ("战略性新兴产业", N),
        ("服务业兴市", L),
        ("两节两会", L),
    ],
    "06-dongyang-2019": [
        ("六比六看", L),
        ("浙商回归", P),
        ("优资源、强平台、促发展", L),
    ],
    "07-xinchang-2019": [
        ("战略性新兴产业", N),
    ],
    "10-xinghua-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("小康社会", N),
        ("十四五", N),
        ("双控", N),  # “能耗”双控: the quotation mark splits 能耗双控; the numbered part is labelled
        ("城市矿产", N),  # inside the designation 国家“城市矿产”示范基地
        ("战略性新兴产业", N),
    ],
    "11-dehui-2025": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("两城两区一中心", L),
        ("三张清单", L),
        ("退城进郊", L),
    ],
    # press pages (/tmp/outside-press/outside13)
    "01-yangquan-2023": [
        ("中國式現(xiàn)代化", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("高質量發(fā)展", N),
        ("退減緩降貸", L),
        ("留抵退稅", N),
        ("一賬清", L),
    ],
    "02-huaibei-2024": [
        ("習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想", N),
        ("五宜", L),
        ("一線(xiàn)工作法", L),
        ("紅黃綠", L),
    ],
    "03-shangrao-2024": [
        ("習(xí)近平新時代中國特色社會主義思想", N),
        ("四年進四位", L),
    ],
    "04-cixi-2017": [
        ("新常态", N),
        ("二次创业、二次腾飞", L),
        ("小康社会", N),
    ],
    "08-danyang-2017": [
        ("十三五", N),
        ("军民融合", N),  # inside the exhibition name 军民融合发展成果展
        ("两化融合", N),
        ("互联网+", N),
    ],
    "09-zhangzhou-2008": [
        ("鄧小平理論", N),
        ("三個代表", N),
        ("科學發(fā)展觀", N),
        ("依港立市,、工業(yè)強市,、開放活市、科教興市", L),
        ("3+4", L),
    ],
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
    "50-panzhihua-2021": [
        ("十三五", N),
        ("習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想", N),
        ("五個(gè)到位、七個(gè)一律", L),
    ],
    "51-nanchong-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
    ],
    "52-aba-2021": [
        ("十三五", N),
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("五个关键", L),
        ("习近平生态文明思想", N),
        ("高质量发展", N),  # inside the quoted requirement for the Yellow River basin
        ("两山理论", N),
        ("七大保护", L),
    ],
    "53-laohekou-2021": [
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("稳中求进", N),
        ("双拥", N),  # inside the honorary title 湖北省双拥模范城
        ("四上", N),
    ],
    "54-yingde-2022": [
        ("十四五", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("小康社會", N),
        ("清遠綠色工業(yè)發(fā)展主戰(zhàn)場", L),
        ("項目為王", L),
        ("雙區(qū)", P),  # 粵港澳大灣區 and 深圳先行示範區
    ],
    "55-dongguan-2018": [
        ("奋力在更高起点上实现更高水平发展,率先迈上基本实现社会主义现代化新征程", L),
        ("八大调研", L),
        ("十大行动计划", L),
        ("倍增计划", L),
        ("稳中求进", N),
        ("三个支撑", L),
        ("供给侧结构性改革", N),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, kind="labels2"))
