#!/usr/bin/env python3
"""Generate ``src/policyterms/text/_fold_table.py``: OpenCC's one-to-one traditional →
simplified characters, as two strings that Python loads from bytecode in microseconds.

Reading OpenCC's ``TSCharacters.txt`` at start-up (finding the package, decoding 4,000
lines) cost more than annotating a short text, so the table is generated once here and
shipped. ``tests/test_fold.py`` checks that the shipped table is the one the installed
OpenCC gives; after upgrading opencc-python-reimplemented, run this again:

    python scripts/build_fold_table.py
"""

from __future__ import annotations

import hashlib
import sys
from importlib import metadata
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "src" / "policyterms" / "text" / "_fold_table.py"


def opencc_pairs(data: bytes) -> list[tuple[str, str]]:
    """The one-to-one entries of OpenCC's character dictionary (the first alternative is
    the standard simplified form); entries mapping a character to itself are left out."""
    pairs = []
    lines = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    for line in lines.split("\n"):
        traditional, _, simplified = line.partition("\t")
        target = simplified.split(" ")[0]
        if len(traditional) == 1 and len(target) == 1 and traditional != target:
            pairs.append((traditional, target))
    return pairs


def opencc_dictionary() -> bytes:
    from importlib.util import find_spec

    spec = find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("opencc-python-reimplemented is not installed")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "dictionary" / "TSCharacters.txt"
        if path.is_file():
            return path.read_bytes()
    raise SystemExit("TSCharacters.txt is missing from the opencc package")


def render(data: bytes) -> str:
    table = dict(opencc_pairs(data))  # a later line for the same character wins, as in a dict
    version = metadata.version("opencc-python-reimplemented")
    return (
        '"""OpenCC\'s one-to-one traditional → simplified characters (generated: do not edit).\n\n'
        f"From opencc-python-reimplemented {version}, dictionary/TSCharacters.txt\n"
        f"(SHA-256 {hashlib.sha256(data).hexdigest()}), by scripts/build_fold_table.py.\n"
        '"""\n\n'
        f"TRADITIONAL = {''.join(table)!r}\n"
        f"SIMPLIFIED = {''.join(table.values())!r}\n"
    )


def main() -> int:
    TARGET.write_text(render(opencc_dictionary()), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
