"""The hand-chosen labels of benchmarks/outside17, part j (documents 01–49; see README-j.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside17/make_labels_j.py          # rewrite the labels files of part j
    python benchmarks/outside17/make_labels_j.py --check  # verify them on disk instead
    python benchmarks/outside17/make_labels_j.py --show   # print every label with its context

Only the documents numbered 01–49 are written or checked (50–99 are part k's): the other part's
files sit beside these and have their own make_labels file. Press pages (every document but 03)
live in $POLICYTERMS_OUTSIDE_PRESS/outside17/ (default /tmp/outside-press/outside17/).
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
    "01-balinyouqi-2025": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("铸牢中华民族共同体意识", N),
        ("两件大事", P),
        ("六个工程", P),
        ("六个专项行动", L),
        ("六稳", N),
    ],
    "02-yihuang-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("两化融合", N),
        ("载人航天精神", N),
    ],
    "03-diaobingshan-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("项目为王", L),
    ],
    "04-taonan-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("1351", L),
        ("三个三", L),
        ("四个洮南", L),
        ("三年赋能攻坚", L),
        ("留抵退税", N),
        ("个转企", P),
        ("小升规", P),
        ("专精特新", N),
        ("1411", L),
    ],
    "05-shicheng-2021": [
        ("十四五", N),
        ("習(xí)近平新時(shí)代中國特色社會(huì)主義思想", N),
        ("新發(fā)展理念", N),
        ("三大戰(zhàn)略", L),
        ("六大主攻方向", L),
        ("攻項(xiàng)目、整環(huán)境、提效率", L),
        ("兩地三區", L),
        ("開局就是決戰(zhàn),起步就是沖刺", L),
        ("雙過半", L),
    ],
    "06-runan-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("两城两基地", L),
        ("高质量跨越发展", L),
    ],
    "07-wancheng-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("中心城区起高峰,宛城隆起当先锋", L),
        ("四上", N),
        ("三个一批", P),
    ],
    "08-gaomi-2021": [
        ("十四五", N),
        ("十三五", N),
        ("小康社会", N),
        ("高质量发展", N),
        ("新旧动能转换", P),
        ("供给侧结构性改革", N),
    ],
    "09-yizheng-2024": [
        ("新發(fā)展理念", N),
        ("專精特新", N),
        ("小巨人", N),
    ],
    "10-zherong-2024": [
        ("十四五", N),
        ("習(xí)近平新時(shí)代中國特色社會(huì)主義思想", N),
        ("深學(xué)爭優(yōu)、敢為爭先、實(shí)干爭效", P),
        ("三個(gè)攻堅(jiān)年", L),
        ("15+7", L),
        ("我在寧德有畝田", L),
        ("2+N", L),
        ("福九味", P),
    ],
    "11-yunxiao-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("工业新城", L),
        ("高质量发展", N),
        ("百年未有之大变局", N),
        ("新发展阶段", N),
        ("双循环", N),
        ("能源新城", L),
    ],
    "12-yanping-2007": [
        ("科学发展观", N),
        ("为民、守责、创新、廉政", L),
        ("十五", N),
        ("十一五", N),
        ("突出工业,突破工业", L),
        ("新农村", N),
    ],
    "13-dafeng-2018": [
        ("創新創業、富民興區", L),
        ("戰略性新興產業", N),
    ],
    "14-yushu-2011": [
        ("三農", N),
        ("新農村", N),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
