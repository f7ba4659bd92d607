"""The hand-chosen labels of benchmarks/outside16, part h (documents 01–49; see README-h.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside16/make_labels_h.py          # rewrite the labels files of part h
    python benchmarks/outside16/make_labels_h.py --check  # verify them on disk instead
    python benchmarks/outside16/make_labels_h.py --show   # print every label with its context

Only the documents numbered 01–49 are written or checked (50–99 are part i's): the other part's
files sit beside these and have their own make_labels file. Press pages (02, 04, 07, 09, 12) live
in $POLICYTERMS_OUTSIDE_PRESS/outside16/ (default /tmp/outside-press/outside16/).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from outside_labels import Choices, write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of this part.
MINE = range(1, 50)

#: file stem -> [(text as it appears in the body, level)]; every occurrence is labelled.
CHOICES: Choices = {
    "01-haishu-2012": [
        ("十二五", N),
        ("科学发展观", N),
        ("三思三创", L),
        ("六个加快", L),
        ("四个大力", L),
        ("十大行动计划", L),
        ("一线服务月", L),
    ],
    "02-dinghai-2025": [
        ("三个“一号工程", P),
        ("十项重大工程", P),
        ("985", L),
        ("赛马", P),
        ("一切围绕经济转", L),
        ("千项万亿", P),
        ("一隧三桥", L),
        ("两重", N),
        ("两新", N),
    ],
    "03-gongshu-2018": [
        ("稳中求进", N),
        ("四大战略", L),
        ("五区建设", L),
        ("四大专项行动", L),
        ("六个尽快改变", L),
        ("321", L),
        ("浙商创业创新", P),
        ("6+2", L),
        ("互联网+", N),
        ("新三板", N),
        ("众创空间", N),
        ("创立方618", L),
    ],
    "04-mawei-2023": [
        ("疫情防控转段", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("3820", L),
        ("高质量发展", N),
        ("项目攻坚增效年", L),
        ("工业提振", L),
        ("榕升计划", L),
    ],
    "05-luoyuan-2022": [
        ("启航新时代,做强北大门,打响四大国家级品牌,建功丝路海港城", L),
        ("十件大事", L),
        ("稳中求进", N),
    ],
    "06-qinhuai-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("强富美高", P),
        ("特而精、最南京、高质量、现代化", L),
        ("习近平法治思想", N),
        ("全过程人民民主", N),
    ],
    "07-zhungeer-2023": [
        ("習近平新時代中國特色社會主義思想", N),
    ],
    "08-dongsheng-2020": [
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
    ],
    "09-liangyuan-2016": [
        ("十二五", N),
        ("百千萬", P),
        ("紅旗渠”精神", N),
    ],
    "10-shangjie-2008": [
        ("科学发展观", N),
        ("行动迅速、廉政为民、善抓落实、创新创效", L),
        ("1556", L),
    ],
    "11-yongji-2021": [
        ("五抓一优一促", L),
        ("六稳", N),
        ("六保", N),
    ],
    "12-lixia-2014": [
        ("加快科学发展,建设美丽泉城", L),
        ("一二三四五", L),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
