"""The hand-chosen labels of benchmarks/outside10, documents 80–99 (see README-c.md), written
as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside10/make_labels_c.py          # rewrite this part's labels files
    python benchmarks/outside10/make_labels_c.py --check  # verify the files on disk instead

The set's other parts (documents 01–79) have their own make_labels files; their documents sit
in the same folder, so the completeness test here looks only at stems numbered 80–99.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import body_of, labels_for  # noqa: E402

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    # 官渡 2023 (plan report): the quoted “时时放心不下” and “开局就是决战、起步就是冲刺” describe an
    # attitude, not a goal, campaign or mechanism, and say what they mean (README, borderline calls).
    "80-guandu-2023": [],
    "81-pukou-2020": [
        ("稳中求进", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("疫情防控常态化", N),
        ("四新行动", L),
        ("防疫+", L),
        ("苏康码", P),
    ],
    "82-dongtou-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("海上花园", L),
        ("新发展理念", N),
        ("高质量发展", N),
        ("三区", L),
        ("两山", N),
        ("全域旅游", N),
        ("一带一路", N),
    ],
    "83-linhai-2014": [
        ("千年古城新崛起", L),
        ("三大示范区", L),
        ("四换三名", P),
        ("一企一策", L),
        ("个转企", P),
        ("小升规", P),
    ],
    "84-yuyao-2022": [
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("一府两院", N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("第一议题", N),
        ("两学一做", N),
        ("不忘初心、牢记使命", N),
        ("主题教育", N),
        ("周二夜学", L),
        ("习近平法治思想", N),
    ],
    "85-changshu-2011": [
        ("十一五", N),
        ("科学发展观", N),
        ("强投入促转型、重民生促和谐", L),
    ],
    "86-futian-2008": [
        ("科学发展观", N),
        ("环境立区", L),
        ("五个着力实现", L),
    ],
    "87-shenhe-2020": [
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("四篇文章", L),
        ("五大工程", L),
    ],
    # press page (维基文库), in $POLICYTERMS_OUTSIDE_PRESS/outside10/
    "88-chibi-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("冲刺全国百强县、创建全国文明城市、建设共同富裕示范市", L),
        ("脱贫攻坚", N),
    ],
    "89-haicang-2011": [
        ("十一五", N),
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("五大战役", L),
    ],
}


def ours(stem: str) -> bool:
    return stem[:2].isdigit() and 80 <= int(stem[:2]) <= 99


def write_labels_c(here: Path, choices: dict[str, list[tuple[str, str]]], argv: list[str]) -> int:
    """As outside_labels.write_labels, but the test for documents without choices looks only
    at stems numbered 80–99."""
    assert all(ours(stem) for stem in choices), "choices for a stem outside 80–99"
    check = "--check" in argv
    press = Path(os.environ.get("POLICYTERMS_OUTSIDE_PRESS", "/tmp/outside-press")) / here.name
    bad = 0
    for stem in sorted(choices):
        folder = here if (here / f"{stem}.txt").exists() else press
        path = folder / f"{stem}.txt"
        if not path.exists():
            print(f"{stem}: press page not present in {press}, skipped")
            continue
        text = json.dumps(labels_for(stem, body_of(path), choices[stem]), ensure_ascii=False, indent=1) + "\n"
        target = folder / f"{stem}.labels.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name}: differs from the choices")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    stems = {p.name[: -len(".txt")] for p in here.glob("[0-9][0-9]-*.txt")}
    for stem in sorted(s for s in stems - set(choices) if ours(s)):
        if body_of(here / f"{stem}.txt").strip():
            print(f"{stem}: has text but no label choices")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(write_labels_c(HERE, CHOICES, sys.argv[1:]))
