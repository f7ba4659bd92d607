"""Write the NN-*.labels.json files of the held-out outside set (benchmarks/outside2) from the choices below.

The labels were chosen by hand, one document at a time, following "## The rule" of
benchmarks/outside/ADJUDICATION.md (classes A-D labelled, 1-8 not). This script only turns each chosen string into offsets: every
occurrence of the string in the document body is labelled (the body is the file content
after the first blank line), longer strings first, and an occurrence overlapping an already
labelled span is skipped. It checks body[start:end] == text for every label it writes and
fails if a chosen string does not occur in its document.

    python benchmarks/outside2/make_labels.py          # rewrite every labels file
    python benchmarks/outside2/make_labels.py --check  # verify the files on disk instead
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-changzhi-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("十四五", N),
        ("三个一批", P), ("上大关小", P), ("承诺制+标准地+全代办", P), ("承诺制", P),
        ("标准地", N),
    ],
    "02-wenling-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("稳进立", P), ("创改开", P), ("四年", L),
        ("先立后破", N), ("两城两湖", L), ("高质量发展", N), ("新质发展", N), ("内外循环", N),
    ],
    "03-maiji-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("四强", P), ("五量", P),
        ("防返贫动态监测", N),
    ],
    "04-wuqing-2018": [
        ("习近平新时代中国特色社会主义思想", N), ("三个着力", N), ("新发展理念", N),
        ("稳中求进", N),
    ],
    "05-tongzhou-2020": [
        ("不忘初心、牢记使命", N), ("双调研", P), ("习近平新时代中国特色社会主义思想", N),
        ("一核两翼", N),
    ],
    "06-dongtai-2024": [
        ("新思想", N), ("新理念", N), ("高质量发展", N), ("主题教育", N), ("四个走在前", N),
        ("四个新", N), ("乡村振兴", N),
    ],
    "07-haicheng-2025": [
        ("十四五", N), ("习近平新时代中国特色社会主义思想", N), ("中国式现代化", N),
        ("振兴突破", P), ("4+4+3+N", L), ("放管服", N), ("高质量发展", N),
    ],
    "08-dalate-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("小康社会", N), ("第一议题", N),
        ("四个意识", N), ("四个自信", N), ("两个维护", N), ("高质量发展", N),
        ("铸牢中华民族共同体意识", N), ("不忘初心、牢记使命", N),
    ],
    "09-nanan-2025": [
        ("十四五", N), ("习近平新时代中国特色社会主义思想", N), ("三个提效年", L),
        ("中国式现代化", N), ("大篷车", L), ("三员", L), ("四上", N), ("六办", L),
        ("五个一批", P),
    ],
    "10-lanling-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("鲁南经济圈工业强县、全市乡村振兴先行区、人文厚重和美新兰陵", L), ("乡村振兴", N),
    ],
    "11-neixiang-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("三个一批", P), ("乡村振兴", N),
    ],
}


def body_of(path: Path) -> str:
    content = path.read_text(encoding="utf-8")
    head, sep, body = content.partition("\n\n")
    if not sep:
        raise SystemExit(f"{path.name}: no blank line after the header")
    return body


def labels_for(stem: str, body: str) -> list[dict]:
    taken: list[tuple[int, int]] = []
    out: list[dict] = []
    for text, level in sorted(CHOICES[stem], key=lambda c: -len(c[0])):
        found = 0
        i = body.find(text)
        while i != -1:
            j = i + len(text)
            if not any(i < e and s < j for s, e in taken):
                taken.append((i, j))
                out.append({"start": i, "end": j, "text": text, "level": level})
                found += 1
            i = body.find(text, i + 1)
        if not found:
            raise SystemExit(f"{stem}: chosen string {text!r} not in the body")
    out.sort(key=lambda d: d["start"])
    for d in out:
        assert body[d["start"]:d["end"]] == d["text"], (stem, d)
        assert d["level"] in (N, P, L)
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = 0
    for stem in sorted(CHOICES):
        path = HERE / f"{stem}.txt"
        labels = labels_for(stem, body_of(path))
        target = HERE / f"{stem}.labels.json"
        text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name}: differs from the choices")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    stems = {p.name[: -len(".txt")] for p in HERE.glob("[0-9][0-9]-*.txt")}
    for stem in sorted(stems - set(CHOICES)):
        if body_of(HERE / f"{stem}.txt").strip():
            print(f"{stem}: has text but no label choices")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
