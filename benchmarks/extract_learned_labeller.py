"""Would a learned labeller find glossary entries on unseen pages better than extract's rules?

``policyterms extract`` is a set of hand-written layout rules. Each round of rules written from
one set of pages raised that set and left the next fresh set where it was, so this benchmark
asks whether a model *learned* from all the labelled pages generalises better. It trains a
character-level conditional random field (CRFsuite, through ``python-crfsuite``) that tags
every non-whitespace character of a page as term, definition or neither, with features a
layout rule would look at: the character and its neighbours (markers like 是指, 即, ：),
character classes, quotation depth, where the character sits in its line, whether the line
has a colon, 是指 or a full stop before it, blank lines. A definition is paired with the term
tagged before it. Training data is every tune and development page of
``tests/data/appendices/SPLIT.md`` whose gold entries can be found in the page text (1,062 of
1,069); a page of a held-out set is only ever tagged, never trained on.

Each test set is scored with ``extract_eval.compare`` (exact term and definition), three ways:
``rules`` (``extract_entries``), ``learned`` (the labeller alone) and ``union`` (the rules'
entries, plus the labeller's for terms the rules did not give). Only totals per set are
printed, so a held-out set's entries are never shown.

    pip install python-crfsuite
    python benchmarks/extract_learned_labeller.py --cv 5                        # grouped by set
    python benchmarks/extract_learned_labeller.py --test dev-26,dev-27          # train on the rest
    POLICYTERMS_SHARED_APPENDICES=… python benchmarks/extract_learned_labeller.py \\
        --test held-out-22,held-out-24,held-out-28 --press-dir /tmp/appendix-press-24 --press-dir /tmp/appendix-press-28

Press pages are read from ``$POLICYTERMS_PRESS_APPENDICES`` (default ``/tmp/appendix-press``)
and from each ``--press-dir``; run with ``PYTHONPATH=<another checkout>/src`` to score that
checkout's rules instead (e.g. the code before a set was first seen). The findings are in
``docs/extract-evaluation.md``, "A learned labeller instead of rules".
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval  # noqa: E402  (the benchmark beside this one: pages, split, scoring)

from policyterms.errors import InputError  # noqa: E402
from policyterms.mining.extract import extract_entries  # noqa: E402

try:
    import pycrfsuite
except ImportError:  # pragma: no cover - an optional tool of this benchmark only
    pycrfsuite = None

OPENING_MARKS = set("“‘「『《【〔（([{<＜")
CLOSING_MARKS = set("”’」』》】〕）)]}>＞")
Entry = tuple[str, str]


def char_class(ch: str) -> str:
    """A coarse class: Han, digit, Latin, opening or closing mark, stop, comma, colon, other."""
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch in OPENING_MARKS:
        return "Q"
    if ch in CLOSING_MARKS:
        return "q"
    if ch in "。！？!?；;":
        return "S"
    if ch in "，,、":
        return "C"
    if ch in "：:":
        return "K"
    return "P" if unicodedata.category(ch).startswith("P") else "X"


def bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16-40" if n < 41 else "41+"


@dataclass
class Page:
    """A page as the labeller sees it: its non-whitespace characters, where each sits in the
    text, and (for training) a tag per character."""

    name: str
    split: str
    text: str
    gold: list[Entry]
    chars: str = ""
    offsets: list[int] | None = None
    tags: list[str] | None = None
    aligned: int = 0

    def __post_init__(self) -> None:
        self.offsets = [i for i, ch in enumerate(self.text) if not ch.isspace()]
        self.chars = "".join(self.text[i] for i in self.offsets)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# How far after its definition a backward naming's term may stand (…所編錄的號碼稱爲舊編號: the naming verb between).
NAMED_AFTER = 8


def align(page: Page) -> None:
    """Tag the gold entries in the page: each definition where it occurs (the first occurrence
    after the previous entry first), its term the nearest occurrence before it, at most 40
    characters before; or, for a backward naming (``…所編錄的號碼稱爲舊編號``, 686), where no term
    stands before it, the term's first occurrence right after it (at most ``NAMED_AFTER``
    characters on). An entry that cannot be placed is left untagged (``aligned`` counts the
    placed ones); the page still trains, so its other entries are not lost."""
    tags = ["O"] * len(page.chars)
    position = 0
    for term, definition in page.gold:
        term, definition = squeeze(term), squeeze(definition)
        if not term or not definition:
            continue
        starts = sorted(
            (m.start() for m in re.finditer(re.escape(definition), page.chars)), key=lambda s: (s < position, abs(s - position))
        )
        for start in starts:
            term_start = page.chars.rfind(term, 0, start)
            if term_start < 0 or start - term_start - len(term) > 40:
                continue
            if _place(tags, term_start, len(term), start, len(definition)):
                position = start + len(definition)
                page.aligned += 1
                break
        else:
            for start in starts:
                after = start + len(definition)
                term_start = page.chars.find(term, after, after + NAMED_AFTER + len(term))
                if term_start >= 0 and _place(tags, term_start, len(term), start, len(definition)):
                    position = term_start + len(term)
                    page.aligned += 1
                    break
    page.tags = tags


def _place(tags: list[str], term_start: int, term_length: int, start: int, length: int) -> bool:
    """Tag a term and its definition (either order) when every character they span is still untagged."""
    if not all(tag == "O" for tag in tags[min(term_start, start):max(term_start + term_length, start + length)]):
        return False
    for kind, begin, size in (("T", term_start, term_length), ("D", start, length)):
        tags[begin:begin + size] = [f"B-{kind}"] + [f"I-{kind}"] * (size - 1)
    return True


def features(page: Page) -> list[list[str]]:
    """Each character's features: itself and three neighbours each side, bigrams, its line."""
    text, chars, offsets = page.text, page.chars, page.offsets
    lines, start = [], 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or "\n" in text[offsets[i - 1]:offsets[i]]:
            lines.append((start, i))
            start = i
    out = []
    for number, (begin, end) in enumerate(lines):
        line = chars[begin:end]
        blank_before = begin > 0 and text[offsets[begin - 1]:offsets[begin]].count("\n") >= 2
        colon = min((p for p in (line.find("："), line.find(":")) if p >= 0), default=-1)
        shizhi = line.find("是指")
        stop = min((p for p in (line.find("。"), line.find("；")) if p >= 0), default=-1)
        depth = 0
        for i in range(begin, end):
            ch, column = chars[i], i - begin
            f = ["bias", "c=" + ch, "t=" + char_class(ch), "col=" + bucket(column), "toend=" + bucket(end - 1 - i),
                 "llen=" + bucket(end - begin), "lineno=" + bucket(number), "first=" + line[0] + "|" + char_class(line[0])]
            for k in (-3, -2, -1, 1, 2, 3):
                near = chars[i + k] if 0 <= i + k < len(chars) else "#"
                f += [f"c{k}={near}", f"t{k}=" + (char_class(near) if near != "#" else "#")]
            f += [f"bg{k}=" + chars[max(0, i + k):i + k + 2] for k in (-2, -1, 0, 1)]
            f += ["before3=" + chars[max(0, i - 3):i], "after3=" + chars[i + 1:i + 4]]
            if i == begin:
                f.append("line-start")
            if i == end - 1:
                f.append("line-end")
            if blank_before:
                f.append("blank-line-before")
            if ch in OPENING_MARKS:
                depth += 1
            f.append(f"depth={min(depth, 2)}")
            if ch in CLOSING_MARKS:
                depth = max(0, depth - 1)
            for name, at in (("colon", colon), ("shizhi", shizhi), ("stop", stop)):
                if at >= 0:
                    f.append(f"{name}=" + ("before" if column < at else "at" if column == at else "after"))
            out.append(f)
    return out


def entries_from_tags(page: Page, tags: list[str]) -> list[Entry]:
    """Spans of term and definition tags, each definition paired with the term before it; a
    definition with no term before it waits for the term right after it (a backward naming)."""
    spans, i = [], 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        kind, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        spans.append((kind, i, j))
        i = j
    entries, term, waiting = [], None, None
    for kind, begin, end in spans:
        original = page.text[page.offsets[begin]:page.offsets[end - 1] + 1]
        if kind == "T" and waiting is not None:
            entries.append((squeeze(original), squeeze(waiting)))
            waiting = None
        elif kind == "T":
            term = original
        elif term is not None:
            entries.append((squeeze(term), squeeze(original)))
            term = None
        else:
            waiting = original
    return entries


def rule_entries(page: Page) -> list[Entry]:
    try:
        return [(squeeze(e.term), squeeze(e.definition)) for e in extract_entries(page.text)]
    except InputError:
        return []


def load_pages(press_dirs: list[Path]) -> list[Page]:
    """Every page SPLIT.md names, from the bundled, shared and press folders (first found wins)."""
    split_of = extract_eval.held_out_sets()
    found, _ = extract_eval.pages()
    paths = [(label, path) for label, path in found]
    for folder in press_dirs:
        paths += [("press", p) for p in sorted(folder.glob("*.txt")) if p.with_name(p.name[:-4] + ".gold.yaml").is_file()]
    pages, seen = [], set()
    for label, path in paths:
        name = path.name[:-4]
        split = split_of.get(name, "tune" if label == "shared" else None)
        if split is None or name in seen:
            continue
        seen.add(name)
        text, _ = extract_eval.page_text(path)
        pages.append(Page(name, split, text, extract_eval.load_gold(path)))
    return pages


def train(pages: list[Page], model: str) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for page in pages:
        if page.chars:
            trainer.append(features(page), page.tags)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(model)


def score(train_pages: list[Page], tests: dict[str, list[Page]]) -> None:
    """Train once on ``train_pages``, then print the three ways' totals on each test set."""
    with tempfile.TemporaryDirectory() as folder:
        model = str(Path(folder) / "labeller.crfsuite")
        train(train_pages, model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        for label, test_pages in tests.items():
            totals = {way: extract_eval.Score() for way in ("rules", "learned", "union")}
            for page in test_pages:
                learned = entries_from_tags(page, tagger.tag(features(page))) if page.chars else []
                rules = rule_entries(page)
                given = {term for term, _ in rules}
                union = rules + [e for e in learned if e[0] not in given]
                for way, entries in (("rules", rules), ("learned", learned), ("union", union)):
                    totals[way].add(extract_eval.compare(page.gold, entries))
            gold = totals["rules"].gold
            print(f"{label}: {len(test_pages)} pages, {gold} gold entries; " + "; ".join(
                f"{way} {s.matched}/{gold} exact ({s.recall:.1%}), precision {s.matched}/{s.extracted}" for way, s in totals.items()), flush=True)
        tagger.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--cv", type=int, metavar="K", help="K folds of whole sets over the tune and development pages")
    group.add_argument("--test", metavar="SETS", help="comma-separated sets to test on, training on every other tune and development set")
    parser.add_argument("--press-dir", type=Path, action="append", default=[], help="another folder of press pages (a held-out set's)")
    args = parser.parse_args(argv)
    if pycrfsuite is None:
        print("extract_learned_labeller: python-crfsuite is not installed; install it with `pip install python-crfsuite`", file=sys.stderr)
        return 2
    pages = load_pages(args.press_dir)
    for page in pages:
        align(page)
    trainable = [p for p in pages if not p.split.startswith("held-out")]
    print(f"# {len(trainable)} tune and development pages; {sum(p.aligned for p in trainable)} of "
          f"{sum(len(p.gold) for p in trainable)} gold entries placed in their text")
    if args.test:
        wanted = set(args.test.split(","))
        unknown = wanted - {p.split for p in pages}
        if unknown:
            parser.error(f"no pages of {', '.join(sorted(unknown))} (a held-out set's press pages need --press-dir)")
        score([p for p in trainable if p.split not in wanted], {name: [p for p in pages if p.split == name] for name in sorted(wanted)})
        return 0
    sets = sorted({p.split for p in trainable})
    random.Random(7).shuffle(sets)
    for k in range(args.cv):
        fold = set(sets[k::args.cv])
        score([p for p in trainable if p.split not in fold], {f"fold {k + 1} ({', '.join(sorted(fold))})": [p for p in trainable if p.split in fold]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
