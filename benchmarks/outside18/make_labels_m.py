"""The hand-chosen labels of benchmarks/outside18, part m (documents 50–99; see README-m.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside18/make_labels_m.py          # rewrite the labels files of part m
    python benchmarks/outside18/make_labels_m.py --check  # verify them on disk instead
    python benchmarks/outside18/make_labels_m.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part l's): the other part's
files sit beside these and have their own make_labels file. Press pages (52–56, 58–63) are read
from $POLICYTERMS_OUTSIDE_PRESS/outside18/ and skipped, with a line saying so, when that folder
does not hold them. Every occurrence of a chosen string in a document's body is labelled, longer
strings first (benchmarks/outside_labels.py); traditional text is labelled as served, a
converter's pinyin reading inside a term kept in its span.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from outside_labels import Choices, write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of part m.
MINE = range(50, 100)

CHOICES: Choices = {
    "50-zengcheng-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("稳中求进", N),
        ("常态化疫情防控", N),
        ("双班长", L),
        ("防控专家+纪检干部", L),
    ],
    "51-nansha-2021": [
        ("自贸试验区", N),
        ("高质量发展", N),
        ("三区一中心", L),
    ],
    "52-lianzhou-2023": [
        ("十四五", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("穩中求進", N),
        ("醫共體", N),
        ("10個行動方案", L),
    ],
    "53-xiangzhou-2011": [
        ("鄧小平理論", N),
        ("三個(gè)代表", N),
        ("科學(xué)發(fā)展觀", N),
        ("南粵錦繡工程", P),
        ("雙轉(zhuǎn)型", L),
    ],
    "54-qionglai-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("高质量发展", N),
    ],
    "55-xichang-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("国际生态田园历史文化名城", L),
        ("产业招商、项目建设、社会治理", L),
        ("七同", L),
    ],
    "56-mile-2023": [
        ("两型三化", P),
        ("3+5", L),
    ],
    "57-yuanjiang-2015": [
        ("十三五", N),
        ("十二五", N),
        ("小康社会", N),
        ("新农村", N),
        ("工业强市、城乡统筹、绿色发展", L),
    ],
    "58-ningxiang-2021": [
        ("十四五", N),
        ("十三五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("稳中求进", N),
    ],
    "59-yidu-2018": [
        ("新发展理念", N),
        ("小康", N),
        ("脱贫攻坚", N),
        ("精准脱贫", N),
        ("四城联创", L),
    ],
    "60-qiongshan-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("六稳", N),
        ("六保", N),
        ("十三五", N),
    ],
    "61-huyanghe-2025": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("中国式现代化", N),
        ("八个坚定不移", L),
        ("百连示范工程", L),
    ],
    "62-delingha-2020": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("十三五", N),
        ("小康社会", N),
        ("全面小康", N),
        ("小康", N),
        ("一优两高", P),
    ],
    "63-weiyuan-2021": [
        ("十三五", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("脫貧攻堅", N),
        ("四個不摘", N),
        ("易地扶貧搬遷", N),
        ("全面小康", N),
        ("3+1", P),
        ("5+1", P),
    ],
}

#: Documents whose first body line is a collection site's own heading (nothing in it is labelled).
HEADING_LINE: frozenset[str] = frozenset({"54-qionglai-2021", "58-ningxiang-2021"})

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE, heading_line=HEADING_LINE))
