"""The hand-chosen labels of benchmarks/outside14, part e (documents 50–99; see README-e.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside14/make_labels_e.py          # rewrite the labels files of part e
    python benchmarks/outside14/make_labels_e.py --check  # verify them on disk instead
    python benchmarks/outside14/make_labels_e.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part d's): the other part's
files sit beside these and have their own make_labels file. Press pages (51–54) live in
``$POLICYTERMS_OUTSIDE_PRESS/outside14/`` (default ``/tmp/outside-press/outside14/``); the two
excluded ones (52, 53) sit in its ``excluded/`` folder, so that they are not measured.
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
    "50-jiangbei-2024": [
        ("885", P),
        ("稳进增效、除险清患、改革求变、惠民有感", P),
        ("高质量发展", N),
        ("打造营商环境最优区", L),
        ("一号改革工程", L),
        ("百千万", L),
        ("抓项目促投资", L),
    ],
    "51-xingning-2023": [
        ("習近平新時代中國特色社會主義思想", N),
        ("保規(guī)上、扶規(guī)上、育上規(guī)", L),
        ("小升規(guī)", L),
        ("強基礎、抓項目、增效益", L),
    ],
    "52-lufeng-2021": [
        ("習近平新時代中國特色社會主義思想", N),
        ("四個全面", N),
        ("五大發展理念", N),
        ("穩中求進", N),
        ("新發展理念", N),
        ("高質量發展", N),
        ("十三五", N),
        ("融區", L),
        ("奮力裂變發展,實現藍色崛起", L),
    ],
    "53-youyang-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("三大攻坚", N),
        ("两不愁三保障", N),
        ("绿水青山就是金山银山", N),
        ("生态横向补偿", N),
    ],
    "54-pengshui-2025": [
        ("十四五", N),
        ("習(xí)近平新時代中國特色社會主義思想", N),
        ("穩(wěn)中求進", N),
        ("先立后破", N),
        ("高質(zhì)量發(fā)展", N),
        ("兩大定位", P),
        ("四項任務(wù)", P),
    ],
}

#: Collected and labelled but not measured: 53 is a copy of a commercial report-collection page,
#: which the brief excludes; its text sits in the press folder's excluded/ subfolder, so no labels
#: file is written for it here. Part e's collector had also excluded 52 by the brief's per-collector
#: limit on copies (two thirds of one's documents); the set as a whole keeps within it with 52 (6
#: copies of 14 documents), so it was brought back before policyterms was run on any document of
#: the set (README.md).
EXCLUDED: frozenset[str] = frozenset({"53-youyang-2022"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
