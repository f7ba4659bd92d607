"""The hand-chosen labels of benchmarks/outside10, documents 40–79 (list J-b; see README-b.md).
The set is written and checked as a whole, from every part's choices, by make_labels.py:

    python benchmarks/outside10/make_labels.py          # rewrite every labels file of the set
    python benchmarks/outside10/make_labels.py --check  # verify the files on disk instead
"""

from __future__ import annotations

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "40-weiyang-2014": [
        ("稳中求进", N),
        ("四大商圈", L),
    ],
    "41-chenghua-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("文旅成华", L),
        ("产业生态圈", L),
        ("创新生态链", L),
        ("文商旅体金", L),
    ],
    "42-liubei-2023": [
        ("第二个百年奋斗目标", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("三大振兴和一个更新", L),
        ("实力、活力、美丽、幸福", L),
        ("1+1+3", L),
        ("高质量发展", N),
    ],
    "43-meilan-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("六个一", L),
    ],
    "44-hanyang-2016": [
        ("十二五", N),
        ("工业倍增", L),
    ],
    "45-wangyi-2010": [
        ("三产兴区、工业强区、农业突破", L),
    ],
}
