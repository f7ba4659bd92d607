"""The hand-chosen labels of benchmarks/outside10, written as offsets by
benchmarks/outside_labels.py: documents 01–39 here (see README.md), 40–79 in make_labels_b.py
(README-b.md) and 80–99 in make_labels_c.py (README-c.md), one part per collector.

    python benchmarks/outside10/make_labels.py          # rewrite every labels file of the set
    python benchmarks/outside10/make_labels.py --check  # verify the files on disk instead
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
    "01-xiaoshan-2015": [
        ("转型升级、新型城市化、生态文明", L),
        ("两链", P),
    ],
    "02-yuecheng-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("首位立区、幸福越城", L),
        ("三件大事", L),
        ("258", L),
        ("一号发展工程", P),
        ("攀登计划", L),
    ],
    "03-huangdao-2016": [
        ("十二五", N),
        ("四实目标、六化机制", L),
        ("一号通", L),
        ("黄岛模式", L),
        ("绿强度", L),
    ],
    "04-yanhu-2017": [
        ("十三五", N),
        ("三农", N),
        ("健康+", L),
        ("一村一品", N),
        ("三品一标", N),
    ],
    "05-saihan-2016": [
        ("十二五", N),
        ("十一五", N),
        ("8337", P),
        ("2345", L),
        ("新常态", N),
    ],
    "06-yaodu-2014": [
        ("项目推进年", P),
        ("六位一体", P),
        ("煤炭25条", L),
        ("经济运行20条", L),
        ("营改增", N),
    ],
    "07-jinghu-2024": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
    ],
    "08-xingyang-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("六稳", N),
        ("六保", N),
        ("四早", N),
        ("4+N", L),
        ("大数据+网格化", L),
    ],
    "09-cangshan-2017": [
        ("新区建设年", L),
        ("自贸区", N),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


def _all_choices() -> dict[str, list[tuple[str, str]]]:
    """This file's choices (documents 01–39) and the set's other parts' (make_labels_b.py,
    documents 40–79; make_labels_c.py, 80–99): write_labels checks that every document of
    the folder has choices, so the parts are written and checked together."""
    from make_labels_b import CHOICES as part_b  # noqa: E402
    from make_labels_c import CHOICES as part_c  # noqa: E402

    merged = dict(CHOICES)
    for part in (part_b, part_c):
        overlap = set(merged) & set(part)
        if overlap:
            raise SystemExit(f"documents chosen in two files: {sorted(overlap)}")
        merged.update(part)
    return merged



if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(write_labels(HERE, _all_choices(), sys.argv[1:], EXCLUDED))
