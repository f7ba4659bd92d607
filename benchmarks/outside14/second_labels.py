"""Independent second labels of benchmarks/outside14 (all 15 documents with labels; see SECOND.md),
written as offsets by benchmarks/outside_labels.py into ``NN-*.labels2.json`` beside each text.

    python benchmarks/outside14/second_labels.py          # rewrite the second labels files
    python benchmarks/outside14/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside14/second_labels.py --show   # print every label with its context

Made from the documents and the labelling rule alone (benchmarks/outside/ADJUDICATION.md,
docs/outside-evaluation.md "Labelling rule"), without the first labels or any tool output.
The press pages (02–10, 51, 52, 54) live in $POLICYTERMS_OUTSIDE_PRESS/outside14/; terms
served with a converter's pinyin readings are labelled with the readings, as served.
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
    "01-haiyan-2015": [
        ("全面深化改革,继续争当示范", L),  # the county committee's quoted requirement
        ("稳中求进", N),  # in 稳中求进、改中求活、转中求好
        ("五水共治", P),
        ("四张清单一张网", P),
    ],
    "02-zhongmou-2007": [
        ("科学发展观", N),
        ("十五", N),  # “十五”计划
        ("十一五", N),
    ],
    "03-xinan-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("9+2", L),
        ("五提", L),
        ("1366", L),
        ("六项抓手", L),
        ("三起来", N),  # in the title 践行县域治理“三起来”县
        ("新型城镇化", N),  # in the title 全国县城新型城镇化建设示范县
    ],
    "04-shangcheng-2007": [
        ("科学发展观", N),
        ("十五", N),  # “十五”计划
        ("十一五", N),
        ("水牛品改", L),
        ("回归工程", L),
    ],
    "05-dachang-2014": [
        ("五二一", L),
    ],
    "06-xuyi-2019": [
        ("習近平新時代中國特色社會主義思想", N),
        ("高質量發展", N),
        ("發展高質量、服務高效能、民生高保障", L),
        ("十大工程", L),  # 政府十大工程三年行動計劃
    ],
    "07-taihe-2020": [
        ("坚定信心、同舟共济、科学防治、精准施策", N),  # quoted 防控总要求
        ("中国特色社会主义", N),  # in 中国特色社会主义制度
        ("全面小康", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量跨越式发展", P),  # 江西's goal
        ("小康社会", N),
    ],
    "08-erguna-2023": [
        ("五大任务", N),  # the general secretary's five tasks for 内蒙古
        ("五大行动计划", L),
        ("高质量发展", N),
        ("两山", N),  # “两山”实践创新基地
        ("河长制", N),
        ("林长制", N),
        ("天保", N),  # 天然林保护工程
    ],
    "09-funan-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("四好农村路", N),
        ("平安农机", N),
        ("三品", N),  # 消费品工业“三品”战略
    ],
    "10-faku-2003": [
        ("三個代表", N),
        ("項目年", L),
    ],
    "50-jiangbei-2024": [
        ("885", P),  # “885”工作机制
        ("稳进增效、除险清患、改革求变、惠民有感", P),
        ("高质量发展", N),
        ("打造营商环境最优区", L),
        ("一号改革工程", L),
        ("百千万", L),  # “百千万”机制
        ("抓项目促投资", L),  # “抓项目促投资”专项行动
    ],
    "51-xingning-2023": [
        ("習近平新時代中國特色社會主義思想", N),
        ("疫情要防住、經濟要穩(wěn)住、發(fā)展要安全", N),
        ("保規(guī)上、扶規(guī)上、育上規(guī)", L),
        ("小升規(guī)", P),
        ("強基礎、抓項目、增效益", L),
    ],
    "52-lufeng-2021": [
        ("習近平新時代中國特色社會主義思想", N),
        ("四個全面", N),
        ("五大發展理念", N),
        ("穩中求進", N),
        ("新發展理念", N),
        ("高質量發展", N),
        ("融區", L),
        ("十三五", N),
        ("奮力裂變發展,實現藍色崛起", L),
    ],
    "54-pengshui-2025": [
        ("十四五", N),
        ("習(xí)近平新時代中國特色社會主義思想", N),
        ("穩(wěn)中求進", N),
        ("穩(wěn)進增效、除險固安、改革突破、惠民強企", P),
        ("高質(zhì)量發(fā)展", N),
        ("兩大定位", N),
        ("四項任務(wù)", N),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2"))
