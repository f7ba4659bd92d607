"""Does ``policyterms extract`` give the same entries when a page is written differently?

Fresh glossary pages differ from the pages the extractor was tuned on first of all in how they are
written: traditional characters, straight or corner quotation marks, full- or half-width punctuation,
lines indented with ideographic spaces. None of that changes what a page defines, so the entries of a
rewritten page must be the entries of the page, compared after :func:`policyterms.text.fold.fold`
(which folds exactly those differences away). A rule that holds for one way of writing only shows
up here as a page whose entries change; such a rule will miss on fresh pages written the other way.

The pages are the tune and development pages of ``tests/data/appendices/SPLIT.md`` (held-out pages
are never read). Each rewrite is applied to the whole page text:

* ``traditional`` — every simplified character written in its traditional form (OpenCC's
  ``STCharacters.txt``, first choice: the forms of a converter, 爲, 裏, 説);
* ``traditional-tw``, ``traditional-hk`` — the same, then in the forms used in Taiwan or Hong Kong
  (OpenCC's ``TWVariants.txt``, ``HKVariants.txt``: 為, 裡);
* ``straight-quotes`` — ``“”‘’`` written ``"`` and ``'``;
* ``corner-quotes`` — ``“”`` written ``「」`` (not ``’``, which is also an English apostrophe);
* ``full-width`` — ``, : ; ( ) ? !`` next to a Chinese character written full-width
  (not a bracket holding converter pinyin such as ``(qū)``);
* ``half-width`` — ``，：；（）？！`` written in ASCII;
* ``indent`` — every line indented with two ideographic spaces, as many government pages are;
* ``crlf``, ``trailing-blanks``, ``no-break-spaces`` — Windows line ends, two spaces ending every line,
  every space a no-break space (``\xa0``), as copies of web pages have them.

For each rewrite it prints how many pages and entries stay the same, and with ``--show`` the
entries that change.

    python benchmarks/extract_variants.py
    python benchmarks/extract_variants.py --variant traditional --show
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_eval  # noqa: E402  (the pages, their split and their text, as the evaluation reads them)

from policyterms.errors import InputError  # noqa: E402
from policyterms.mining.extract import extract_entries  # noqa: E402
from policyterms.text.fold import fold  # noqa: E402


def _opencc_characters(name: str) -> dict[str, str]:
    """One-to-one character entries of one of OpenCC's dictionaries (the first choice of each)."""
    import opencc

    table: dict[str, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, target = line.partition("\t")
        first = target.split(" ")[0]
        if len(source) == 1 and len(first) == 1:
            table[source] = first
    return table


@lru_cache(maxsize=None)
def _simplified_to_traditional(variants: str | None) -> dict[int, str]:
    """Simplified to OpenCC's standard traditional characters and, with ``variants`` (``TWVariants.txt``,
    ``HKVariants.txt``), on to the forms used in Taiwan or Hong Kong (爲 → 為, 裏 → 裡)."""
    table = _opencc_characters("STCharacters.txt")
    if variants:
        local = _opencc_characters(variants)
        table = {source: local.get(target, target) for source, target in table.items()}
    return str.maketrans(table)


_HAN = "\u4e00-\u9fff"
_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
_NEXT_TO_HAN = re.compile(rf"(?<=[{_HAN}])[,:;()?!]|[,:;?!)](?=[{_HAN}])|\((?![a-zü]{{1,6}}\d?\))(?=[{_HAN}])")
_TO_HALF = str.maketrans({v: k for k, v in _TO_FULL.items()})


def _full_width(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        char = match.group()
        if char == "(" and re.match(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)", text[match.start() : match.start() + 9]):
            return char  # converter pinyin 區(qū) stays as written
        return _TO_FULL[char]

    return _NEXT_TO_HAN.sub(one, text)


VARIANTS: dict[str, Callable[[str], str]] = {
    "traditional": lambda text: text.translate(_simplified_to_traditional(None)),
    "traditional-tw": lambda text: text.translate(_simplified_to_traditional("TWVariants.txt")),
    "traditional-hk": lambda text: text.translate(_simplified_to_traditional("HKVariants.txt")),
    "straight-quotes": lambda text: text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})),
    "corner-quotes": lambda text: text.translate(str.maketrans({"“": "「", "”": "」"})),
    "full-width": _full_width,
    "half-width": lambda text: text.translate(_TO_HALF),
    "indent": lambda text: re.sub(r"(?m)^(?=[^\n])", "\u3000\u3000", text),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing-blanks": lambda text: text.replace("\n", "  \n"),
    "no-break-spaces": lambda text: text.replace(" ", "\xa0"),
}


def _entries(text: str, rewrite: Callable[[str], str] = str) -> list[tuple[str, str]]:
    """The entries of ``text``, each term and definition rewritten by ``rewrite`` and folded."""
    try:
        return [(fold(rewrite(e.term)).text, fold(rewrite(e.definition)).text) for e in extract_entries(text)]
    except InputError:
        return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", choices=tuple(VARIANTS), action="append", help="rewrite(s) to try (default: all)")
    parser.add_argument("--show", action="store_true", help="list the entries that change, per page")
    args = parser.parse_args(argv)
    split = extract_eval.held_out_sets()
    found, notes = extract_eval.pages()
    pages = [(path, split[path.name[:-4]]) for _, path in found if not split.get(path.name[:-4], "held-out").startswith("held-out")]
    for note in notes:
        print(f"# {note}")
    print(f"# {len(pages)} tune and development pages (held-out pages are not read)")
    texts = {path: extract_eval.page_text(path)[0] for path, _ in pages}
    print(f"# {sum(len(_entries(text)) for text in texts.values())} entries extracted from them as written")
    entries = 0
    for name in args.variant or VARIANTS:
        rewrite = VARIANTS[name]
        # the page's own entries written the same way (a character folded back may differ: 幾 → 几 ← 几)
        original = {path: _entries(text, rewrite) for path, text in texts.items()}
        entries = sum(len(e) for e in original.values())
        same_pages = same_entries = 0
        changed = []
        for path, _ in pages:
            got = _entries(rewrite(texts[path]))
            want = original[path]
            kept = len(set(got) & set(want))
            same_entries += kept
            if got == want:
                same_pages += 1
            else:
                changed.append((path.name[:-4], [e for e in want if e not in got], [e for e in got if e not in want]))
        print(f"{name:16} pages unchanged {same_pages}/{len(pages)}; entries kept {same_entries}/{entries} ({100 * same_entries / max(entries, 1):.1f}%)")
        if args.show:
            for page, lost, new in changed:
                print(f"    {page}")
                for term, definition in lost:
                    print(f"        lost: {term} | {definition[:60]}")
                for term, definition in new:
                    print(f"        new:  {term} | {definition[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
