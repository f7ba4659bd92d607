#!/usr/bin/env python3
"""Precision and recall of :func:`policyterms.mining.discover.discover` against hand labels.

The labels are ``tests/golden/discover-labels.json``: for each document, every candidate
``discover`` returns and every piece of jargon a careful reader flags that it misses,
labelled jargon or not, and the true inline definition of each short form the document
defines. Candidates are compared by folded surface, with ``include_known=True`` (so the
figures do not move as the shipped glossary grows: the glossary plays no part).

* candidate precision = candidates labelled jargon / all candidates (a candidate nobody
  labelled counts as wrong and is listed, so a changed heuristic cannot look better by
  producing something new);
* candidate recall = jargon found / all jargon labelled (found or missed);
* definition precision = proposed definitions that are right / all proposed: right means
  the document defines the short form with the same number of parts and every proposed
  part equals or overlaps the true one (“exact” when all parts are equal);
* definition recall = right proposals / short forms the document defines (in any form,
  including the “1”是指…, 一是… and ; forms that ``discover`` does not read).

Documents marked ``held_out`` in the labels were labelled after the heuristics were
frozen and never used to tune them; their row in the summary is the honest estimate for
unseen national reports. The five Shanghai documents are bundled with the repository.
The national reports are read from the shared corpus (``../shared/corpus/national`` relative to the repository, or
``--corpus DIR``); when it is absent they are skipped and the script says so.

    python benchmarks/discover_eval.py [--corpus DIR] [--details]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "golden" / "discover-labels.json"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "national"

sys.path.insert(0, str(REPO / "src"))
from policyterms.mining.discover import discover  # noqa: E402
from policyterms.text.fold import fold  # noqa: E402


@dataclass
class Score:
    """Counts for one document (or a sum of documents)."""

    name: str
    found_jargon: list[str] = field(default_factory=list)
    found_other: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    definitions_right: list[str] = field(default_factory=list)
    definitions_exact: list[str] = field(default_factory=list)
    definitions_wrong: list[str] = field(default_factory=list)
    defined: int = 0  # short forms the document defines

    @property
    def candidates(self) -> int:
        return len(self.found_jargon) + len(self.found_other) + len(self.unlabelled)

    @property
    def precision(self) -> float:
        return len(self.found_jargon) / self.candidates if self.candidates else 1.0

    @property
    def recall(self) -> float:
        jargon = len(self.found_jargon) + len(self.missed)
        return len(self.found_jargon) / jargon if jargon else 1.0

    @property
    def proposed(self) -> int:
        return len(self.definitions_right) + len(self.definitions_wrong)

    @property
    def definition_precision(self) -> float:
        return len(self.definitions_right) / self.proposed if self.proposed else 1.0

    @property
    def definition_recall(self) -> float:
        return len(self.definitions_right) / self.defined if self.defined else 1.0

    def add(self, other: Score) -> None:
        for name in (
            "found_jargon", "found_other", "unlabelled", "missed",
            "definitions_right", "definitions_exact", "definitions_wrong",
        ):
            getattr(self, name).extend(getattr(other, name))
        self.defined += other.defined


def load_labels(path: Path = LABELS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def document_text(document: dict, corpus: Path | None) -> str | None:
    """The text a label entry describes, or ``None`` when its corpus is not available."""
    source = document["source"]
    if "path" in source:
        return (REPO / source["path"]).read_text(encoding="utf-8")
    if corpus is None or not (corpus / source["corpus"]).is_file():
        return None
    with open(corpus / source["corpus"], encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if all(str(row.get(key)) == str(value) for key, value in source["match"].items()):
                return row["content"]
    raise SystemExit(f"{document['id']}: no row matching {source['match']} in {source['corpus']}")


def _same_part(proposed: str, true: str) -> bool:
    return proposed == true or proposed in true or true in proposed


def score_document(document: dict, text: str) -> Score:
    """Compare ``discover(text)`` with the labels of one document."""
    score = Score(document["id"])
    jargon = {fold(k).text for k in document["jargon"]}
    other = {fold(k).text for k in document["not_jargon"]}
    truths = {fold(k).text: v for k, v in document["definitions"].items()}
    found = discover(text, include_known=True)
    seen = set()
    for candidate in found.candidates:
        seen.add(candidate.folded)
        if candidate.folded in jargon:
            score.found_jargon.append(candidate.folded)
        elif candidate.folded in other:
            score.found_other.append(candidate.folded)
        else:
            score.unlabelled.append(candidate.folded)
    score.missed = sorted(jargon - seen)
    score.defined = sum(1 for v in truths.values() if v)
    for definition in found.definitions:
        key = fold(definition.short_form).text
        truth = [fold(part).text for part in truths.get(key) or []]
        proposed = [fold(part).text for part in definition.long_form]
        label = f"{key} = {'、'.join(definition.long_form)}"
        if len(truth) == len(proposed) and all(_same_part(p, t) for p, t in zip(proposed, truth)):
            score.definitions_right.append(label)
            if proposed == truth:
                score.definitions_exact.append(label)
        else:
            score.definitions_wrong.append(label)
    return score


def evaluate(corpus: Path | None = DEFAULT_CORPUS, labels: dict | None = None) -> tuple[list[Score], list[str]]:
    """Scores of every labelled document that can be read, and the ids skipped."""
    labels = labels or load_labels()
    scores, skipped = [], []
    for document in labels["documents"]:
        text = document_text(document, corpus)
        if text is None:
            skipped.append(document["id"])
            continue
        scores.append(score_document(document, text))
    return scores, skipped


def _row(score: Score) -> str:
    return (
        f"{score.name:32} {score.candidates:5} {len(score.found_jargon):5} {len(score.missed):6} "
        f"{score.precision:6.3f} {score.recall:6.3f}   {score.proposed:4} {len(score.definitions_right):5} "
        f"{len(score.definitions_exact):5} {score.defined:7} "
        f"{score.definition_precision:6.3f} {score.definition_recall:6.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of the national *.jsonl corpus")
    parser.add_argument("--details", action="store_true", help="list misses, wrong candidates and definitions")
    args = parser.parse_args(argv)
    scores, skipped = evaluate(args.corpus)
    header = (
        f"{'document':32} {'cand':>5} {'jarg':>5} {'missed':>6} {'P':>6} {'R':>6}   "
        f"{'defs':>4} {'right':>5} {'exact':>5} {'defined':>7} {'P_def':>6} {'R_def':>6}"
    )
    print(header)
    print("-" * len(header))
    groups: dict[str, Score] = {}
    held_out = {d["id"] for d in load_labels()["documents"] if d.get("held_out")}
    for score in scores:
        print(_row(score))
        group = "national" if score.name.startswith(("gwr-", "cpc-")) else "shanghai"
        if score.name in held_out:
            group = "held out"
        groups.setdefault(group, Score(f"overall ({group})")).add(score)
    print("-" * len(header))
    total = Score("overall (all)")
    for group in groups.values():
        print(_row(group))
        total.add(group)
    if len(groups) > 1:
        print(_row(total))
    if skipped:
        print(f"\nskipped (corpus not found at {args.corpus}): {', '.join(skipped)}")
    unlabelled = [(s.name, u) for s in scores for u in s.unlabelled]
    if unlabelled:
        print("\nUNLABELLED candidates (counted as wrong): " + "; ".join(f"{n}: {u}" for n, u in unlabelled))
    if args.details:
        for score in scores:
            print(f"\n== {score.name}")
            print("  not jargon: " + "、".join(score.found_other))
            print("  missed:     " + "、".join(score.missed))
            print("  wrong defs: " + " | ".join(score.definitions_wrong))
            print("  right defs: " + " | ".join(score.definitions_right))
    return 0


if __name__ == "__main__":
    sys.exit(main())
