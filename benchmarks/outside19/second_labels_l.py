"""An independent second annotator's labels of benchmarks/outside19, part l (documents 01–49;
see SECOND-l.md), written as offsets by benchmarks/outside_labels.py into
``NN-*.labels2.json`` beside each text (bundled here, press pages in the press folder).

The choices were made from the documents' text and the labelling rule alone, without the
first annotator's labels or any output of the tool.

    python benchmarks/outside19/second_labels_l.py          # rewrite the labels2 files of part l
    python benchmarks/outside19/second_labels_l.py --check  # verify them on disk instead
    python benchmarks/outside19/second_labels_l.py --show   # print every label with its context

Only the documents numbered 01–49 are written or checked (50–99 are part m's).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"
MINE = range(1, 50)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-xilinhaote-2022": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        # served with a space inside the word ("理 念"): the term's own characters, not other
        # text interrupting it, so labelled from its first to its last character
        ("新发展理 念", N),
    ],
    "02-linghai-2022": [
        ("稳活优", L),
        ("六稳", N),
        ("六保", N),
    ],
    "03-zhangshu-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("常态化疫情防控", N),
        ("六稳", N),
        ("六保", N),
        ("高质量发展", N),
        ("新型城镇化", N),
    ],
    "04-yuhuan-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("八八战略", P),
        ("一号工程", P),
        ("十项重大工程", P),
        ("亩均论英雄", P),
        ("五化一提升", L),
    ],
    "05-shishi-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("主题教育", N),
        ("深学争优、敢为争先、实干争效", P),
        ("高质量发展", N),
        ("五在石狮", L),
        ("5510", L),
    ],
    "06-haiyang-2021": [
        ("十三五", N),
        ("十四五", N),
        ("高质量发展", N),
        ("一二三四五六", L),
        ("六稳", N),
        ("六保", N),
        ("双招双引", P),
    ],
    "07-haimen-2005": [
        ("鄧小平理論", N),
        ("三個代表", N),
        ("科學發展觀", N),
    ],
    "08-yichuan-2024": [
        ("習近平新時代中國特色社會主義思想", N),
        # the converter's pinyin readings belong to the term as served
        ("新發(fā)展理念", N),
        ("穩(wěn)中求進", N),
        ("高質量發(fā)展", N),
        ("鄉(xiāng)村振興", N),
        ("兩建設、三改造", L),
        ("新型城鎮(zhèn)化", N),
    ],
    "09-lingqiu-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("196", L),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], numbers=MINE, kind="labels2"))
