"""The hand-chosen labels of benchmarks/outside16, part i (documents 50–99; see README-i.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside16/make_labels_i.py          # rewrite the labels files of part i
    python benchmarks/outside16/make_labels_i.py --check  # verify them on disk instead
    python benchmarks/outside16/make_labels_i.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part h's): the other part's
files sit beside these and have their own make_labels file. Press pages (50–52, 54, 55, 58–61,
63) are read from $POLICYTERMS_OUTSIDE_PRESS/outside16/ and skipped, with a line saying so, when
that folder does not hold them. Every occurrence of a chosen string in a document's body is
labelled, longer strings first (benchmarks/outside_labels.py); traditional text is labelled as
served, with the converter's pinyin readings inside a term kept in its span.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from outside_labels import Choices, write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of part i.
MINE = range(50, 100)

CHOICES: Choices = {
    # 陕西 咸阳 泾阳县, 2023 government work report (press: quyushuju.com forum thread).
    "50-jingyang-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("乡村振兴", N),  # inside 省市乡村振兴战略实绩考核
    ],
    # 湖南 邵阳 武冈市, the 十四五 plan outline's preface and first chapter (press: gcs66.com).
    "51-wugang-2021": [
        ("十四五", N),  # also in the collection's heading line (see README, borderline calls)
        ("全面小康", N),
        ("十三五", N),
        ("中国特色社会主义", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("供给侧结构性改革", N),
        ("三大攻坚战", N),
        ("六稳", N),
        ("六保", N),
    ],
    # 湖北 襄阳 樊城区, 2024 government work report delivered 2023-12-28 (press: m.ilynn.cn,
    # traditional characters with the converter's pinyin readings).
    "52-fancheng-2023": [
        ("習近平新時代中國特色社會主義思想", N),
        ("高質(zhì)量發(fā)展", N),
        ("穩(wěn)中求進", N),
        ("一心四區(qū)", L),
    ],
    # 广东 湛江 麻章区, 2021 government work report (official: zjmazhang.gov.cn).
    "53-mazhang-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("六稳", N),
        ("六保", N),
        ("双统筹", L),
        ("综治", N),  # in 综治网格
    ],
    # 广东 惠州 惠城区, 2024 government work report (press: by6714.com, a copy of a collection page).
    "54-huicheng-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("四个惠城", L),
        ("市区一体、县区协同", L),
        ("高质量发展", N),
        ("两个确立", N),
        ("两个维护", N),
        ("一点两地", P),
        ("1310", P),
        ("再造一个新广东", P),
    ],
    # 广东 惠州 惠阳区, the 十四五 plan outline's preface and first chapter (press: gcs66.com).
    "55-huiyang-2021": [
        ("十四五", N),  # also in the collection's heading line (see README, borderline calls)
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("产、城、村、人", L),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("双区", P),
        ("高质量发展", N),  # also in 更高质量发展 (see README, borderline calls)
        ("智造高地 · 活力惠阳", L),
        ("智造高地", L),
        ("活力惠阳", L),
    ],
    # 四川 乐山 犍为县, 2021 government work report (official: qianwei.gov.cn).
    "56-qianwei-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("小康社会", N),
        ("5+1", P),
    ],
    # 湖北 鄂州 鄂城区, report on the 2024 plan and the 2025 plan draft (official: echeng.gov.cn).
    "57-echeng-2024": [
        ("十四五", N),
        ("三新 三强", L),
        ("四上", N),
        ("稳中求进", N),
    ],
    # 甘肃 庆阳 华池县, 2024 government work report (press: m.nanyuepoker.com, traditional
    # characters with the converter's pinyin readings).
    "58-huachi-2024": [
        ("疫情防控轉(zhuǎn)段", N),
        ("高質(zhì)量發(fā)展", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("主題教育", N),
        ("新發(fā)展理念", N),
    ],
    # 陕西 西安 蓝田县, 2019 government work report (press: fanwen112.com).
    "59-lantian-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("五新战略", L),
        ("聚焦‘三六九’、振兴大西安", L),
        ("脱贫攻坚", N),
        ("高质量发展", N),
        ("追赶超越奋进年", L),
        ("营商环境提升年", L),
        ("招商项目落地年", L),
        ("追赶超越", P),
        ("村七条", L),
        ("户五条", L),
        ("7+3+3+3", L),
        ("双十双百千万", L),
        ("易地扶贫搬迁", N),
    ],
    # 四川 宜宾 屏山县, 2021 government work report (press: bx2200.com).
    "60-pingshan-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("115", L),
        ("小康社会", N),
        ("小康", N),  # in 奔小康
        ("脱贫攻坚", N),
        ("以人民为中心", N),
        ("1+4", L),
        ("六个一", L),
    ],
    # 陕西 榆林 清涧县, 2023 government work report (press: bx2200.com).
    "61-qingjian-2023": [
        ("生态立县、产业富县、文旅兴县", L),
        ("十四五", N),
    ],
    # 广东 深圳 罗湖区, 2020 government work report (official: szlh.gov.cn).
    "62-luohu-2020": [
        ("中国特色社会主义", N),  # inside the title of the 先行示范区 opinion
        ("双区驱动", P),
    ],
    # 四川 雅安 石棉县, 2021 government work report (press: bx2200.com).
    "63-shimian-2021": [
        ("小康", N),  # in 奔小康
        ("五级责任", L),
        ("四方责任", N),
        ("疫情常态化防控", N),
        ("高质量发展", N),
    ],
}

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
