#!/usr/bin/env python3
"""A 100,000-sense glossary added with ``-g``: how long the CLI takes, first run and cached.

Writes a synthetic but realistically shaped glossary (``--senses``, default 100,000) into a
temporary folder: one senses file per group of scopes, each under the 8 MiB a glossary
file may be, plus a sources file. Scopes are real divisions of the shipped gazetteer (a
county, prefecture or province each); terms are shaped like the shipped ones: numbered
slogans with as many components as their numeral says (三张清单, 五个一批工程), coined
abbreviations, and plain policy phrases, some with an alias or ``quoted_only``. Many
terms recur in several scopes, as real slogans do. Every definition is ``origin: quoted``
and its citation's quote states it. The glossary is invented: it is for timing only.

Then it runs, in child processes, with a fresh ``XDG_CACHE_HOME``:

1. ``policyterms annotate small.txt -g BIG -f jsonl`` once with an empty cache (reads,
   validates and compiles the YAML, and stores the compiled glossary), then
2. the same ``--runs`` times with the cache filled, and reports the median;

``small.txt`` is 200 characters of a bundled report. ``--keep DIR`` writes the glossary
to DIR and keeps it (for profiling), ``--no-measure`` only writes it.

    python benchmarks/big_glossary.py [--senses 100000] [--runs 7] [--keep DIR] [--no-measure]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SMALL_SOURCE = REPO / "glossary" / "texts" / "jinshan-2020-work-report.txt"
#: The most a glossary file may be (policyterms.glossary.yamlnodes.MAX_FILE_BYTES).
FILE_BYTES_LIMIT = 8 << 20

NUMERALS = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
COUNTS = {"一": 1, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MEASURES = ["张", "个", "大", "项", "条", "支", "带", "区", "园", "化", "好", "新", "型", "类", "级", "批", "心", "城", "网", "线"]
NOUNS = [
    "清单", "工程", "行动", "体系", "机制", "战略", "中心", "示范区", "产业", "服务", "平台", "改革", "工作法",
    "农村路", "走廊", "片区", "保障", "治理", "计划", "标准", "品牌", "基地", "集群", "通道", "枢纽", "名片",
    "攻坚战", "责任制", "示范带", "创建", "提升", "融合", "生态圈", "样板", "高地", "功能区", "专项", "联动",
]
WORDS = (
    "创新协调绿色开放共享民生安全发展质量效益生态文明城乡统筹乡村振兴产业升级营商环境数字经济科技人才教育医疗"
    "养老托育住房交通水利能源粮食耕地森林河湖空气土壤污染防治应急管理基层治理社区网格党建引领法治诚信文化旅游"
    "体育卫生健康就业创业收入消费投资外贸招商园区企业市场监管审批服务政务公开数据共享智慧城市美丽乡村特色小镇"
)
PHRASE_CHARS = sorted(set(WORDS))


def _phrase(rng: random.Random, low: int, high: int) -> str:
    start = rng.randrange(0, len(WORDS) - high)
    return WORDS[start : start + rng.randint(low, high)]


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def scopes(count: int) -> list[str]:
    """``count`` provinces of the shipped gazetteer, as glossary scopes."""
    from policyterms.glossary.gazetteer import load_gazetteer

    provinces = sorted(d.scope for d in load_gazetteer() if d.level == "province")
    return provinces[:count]


def make_term(rng: random.Random) -> tuple[str, list[str]]:
    """A headword and its components (as many as a leading numeral says, else none)."""
    kind = rng.random()
    if kind < 0.55:
        numeral = rng.choice(NUMERALS)
        term = numeral + rng.choice(MEASURES) + _phrase(rng, 0, 2) + rng.choice(NOUNS)
        return term, [_phrase(rng, 4, 12) for _ in range(COUNTS[numeral])]
    if kind < 0.75:  # a coined abbreviation: 放管服, 三服务
        return "".join(rng.choice(PHRASE_CHARS) for _ in range(rng.randint(3, 5))), []
    return _phrase(rng, 4, 8) + rng.choice(NOUNS), []


def write_glossary(folder: Path, senses: int, files: int = 8, seed: int = 20261130) -> list[Path]:
    """Write ``senses`` senses into ``files`` senses files of one scope each (a senses
    file holds one scope), plus a sources file; returns the files written."""
    rng = random.Random(seed)
    places = scopes(files)
    common = [make_term(rng) for _ in range(2_000)]  # slogans every place has
    sources = [f"report-{index:04d}" for index in range(max(senses // 100, 1))]
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for index, scope in enumerate(places):
        count = senses // len(places) + (1 if index < senses % len(places) else 0)
        taken: set[str] = set()
        made = 0
        text = [f"# A synthetic glossary for timing only (benchmarks/big_glossary.py).\nscope: {scope}\nsenses:\n"]
        while made < count:
            term, parts = rng.choice(common) if rng.random() < 0.3 else make_term(rng)
            alias = term + rng.choice(NOUNS) if rng.random() < 0.1 else None
            if term in taken or alias in taken:
                continue
            taken.add(term)
            made += 1
            if alias:
                taken.add(alias)
            definition = "是指" + ("、".join(parts) if parts else _phrase(rng, 10, 30)) + "。"
            entry = [
                f"  - term: {term}\n",
                f"    en: {_english(rng)}\n",
                f"    definition: {_quoted(definition)}\n",
                "    origin: quoted\n",
            ]
            if parts:
                entry.append("    components:\n" + "".join(f"      - {part}\n" for part in parts))
            if alias:
                entry.append(f"    aliases: [{alias}]\n")
            if len(term) <= 3 and rng.random() < 0.3:
                entry.append("    quoted_only: true\n")
            if rng.random() < 0.1:
                first = rng.randint(2000, 2022)
                entry.append(f"    years: [{first}, {rng.choice(['null', str(first + 5)])}]\n")
            entry.append(
                "    cite:\n"
                f"      - source: {rng.choice(sources)}\n"
                f"        locator: 名词解释 {rng.randint(1, 40)}\n"
                f"        quote: {_quoted(term + '：' + definition)}\n"
            )
            text.extend(entry)
        path = folder / f"senses-{index + 1:02d}.yaml"
        data = "".join(text).encode("utf-8")
        if len(data) > FILE_BYTES_LIMIT:
            raise SystemExit(f"{path} would be {len(data):,} bytes: use more --files")
        path.write_bytes(data)
        written.append(path)
    source_lines = ["sources:\n"]
    for source in sources:
        source_lines.append(f"  - id: {source}\n    title: {source} 政府工作报告\n    date: \"{rng.randint(2000, 2025)}\"\n")
    (folder / "sources.yaml").write_text("".join(source_lines), encoding="utf-8")
    written.append(folder / "sources.yaml")
    return written


def _english(rng: random.Random) -> str:
    words = ["Green", "Digital", "Rural", "Urban", "Service", "Reform", "Action", "Lists", "Project", "Roads", "Hubs"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(2, 4)))


def small_text(folder: Path) -> Path:
    """200 characters of the bundled 金山 report around its first 四好农村路."""
    text = SMALL_SOURCE.read_text(encoding="utf-8")
    at = text.find("四好农村路")
    path = folder / "small.txt"
    path.write_text(text[max(at - 100, 0) : at + 100], encoding="utf-8")
    return path


def run(argv: list[str], cache: Path) -> float:
    """Wall time of one child process (its output is discarded; it must succeed)."""
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    environment.pop("POLICYTERMS_NO_CACHE", None)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode is kept, as after pip install
    started = time.perf_counter()
    done = subprocess.run(argv, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def command() -> list[str]:
    """The CLI as a user runs it: the console script beside this Python, else -m."""
    script = Path(sys.executable).with_name("policyterms")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "policyterms.cli"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--senses", type=int, default=100_000, help="how many senses (default 100,000)")
    parser.add_argument("--files", type=int, default=8, help="how many senses files, one scope each (default 8)")
    parser.add_argument("--runs", type=int, default=7, help="cached runs to time (median; default 7)")
    parser.add_argument("--firsts", type=int, default=3, help="first runs (empty cache) to time (median; default 3)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the glossary to DIR and keep it")
    parser.add_argument("--no-measure", action="store_true", help="only write the glossary")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="policyterms-big-"))
    try:
        folder = args.keep or work / "glossary"
        started = time.perf_counter()
        files = write_glossary(folder, args.senses, args.files)
        sizes = [f.stat().st_size for f in files]
        print(f"glossary:  {args.senses:,} senses in {len(files)} files under {folder} "
              f"({sum(sizes) / 2**20:.1f} MiB, largest {max(sizes) / 2**20:.2f} MiB), written in {time.perf_counter() - started:.1f} s")
        if args.no_measure:
            return 0
        small = small_text(work)
        argv_ = [*command(), "annotate", str(small), "-g", str(folder), "-f", "jsonl"]
        print(f"command:   {' '.join(argv_)}")
        firsts = []
        for attempt in range(args.firsts):
            cache = work / f"cache-first-{attempt}"
            firsts.append(run(argv_, cache))
        cache = work / "cache-first-0"
        cached = [run(argv_, cache) for _ in range(args.runs)]
        bare = [run([sys.executable, "-c", "pass"], cache) for _ in range(args.runs)]
        entries = list((cache / "policyterms").glob("*"))
        size = sum(p.stat().st_size for p in entries if p.is_file())
        print(f"first run (empty cache): median {statistics.median(firsts):.2f} s of {args.firsts} "
              f"({', '.join(f'{t:.2f}' for t in firsts)})")
        print(f"cached run:              median {statistics.median(cached):.3f} s of {args.runs} "
              f"({', '.join(f'{t:.3f}' for t in cached)})")
        print(f"python -c pass:          median {statistics.median(bare):.3f} s")
        print(f"cache folder:            {size / 2**20:.1f} MiB in {len(entries)} files")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
