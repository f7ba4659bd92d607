#!/usr/bin/env python3
"""Recall and precision of the shipped glossary on local reports from outside Shanghai.

The documents are ``benchmarks/outside/NN-place-year.txt``: the opening (about 2,000
bytes, as a public search tool served it) of county- and prefecture-level government work
reports from across China, noise included. Each file starts with ``# key: value`` header
lines and a blank line; the body after that blank line is what is annotated. The labels
are ``NN-place-year.labels.json``, made by hand: every mention of jargon a careful outside
reader would want explained, with its level (national, provincial, local). The labelling
rule is in ``docs/outside-evaluation.md``. Documents whose page was a press repost carry no
text and are skipped.

For every document the script annotates the body as ``policyterms annotate`` does: the
shipped glossary with what the document itself defines layered over it
(``policyterms.mining.learn``; ``--no-learn`` leaves learning out), no scope (the annotator
chooses senses from the document itself). A learned sense counts as local. It compares:

* a label is **found** when some annotation overlaps it and covers it: the annotation's
  span, with quotation marks (“”"「」‘’ and the like) stripped from its ends, contains
  the label's span. An annotation that overlaps a label without covering it leaves the
  label missed (listed as *partial*);
* an annotation is **correct** when it overlaps a label, else it is a **false positive**.

Recall is found / labelled, per level and overall; precision is correct / annotations.
Documents with an odd NN are the *dev* split, even NN the *test* split
(``benchmarks/outside/SPLIT.md``): figures are printed for dev, test and all. The misses
and false positives are listed for dev only unless ``--details test`` or ``--details all``
asks for the held-apart documents too.

``--adjudicated`` applies a second annotator's decisions, the set's ``adjudication.json``
(labels added or removed where the first annotator's labels and the tool disagreed; the rule
is in ``benchmarks/outside/ADJUDICATION.md``, each set's decisions beside its file), over the
labels before comparing. The labels files themselves are never changed.

``--labels second`` measures against a second annotator's labels instead
(``NN-place-year.labels2.json``, written by the set's ``second_labels.py``): whole documents
labelled independently, without the first labels or any tool output, so unlike an
adjudication they do not lean the tool's way. ``--agreement`` prints how far the two
annotators' labels agree (a label agrees when a label of the other annotator overlaps it).

Only the repository is needed (the documents and labels are bundled).

    python benchmarks/outside_eval.py [--set outside|outside2|…] [--details dev|test|all|none] [--json] [--no-learn] [--adjudicated]
        [--labels first|second] [--agreement]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "benchmarks" / "outside"
ADJUDICATION = DOCS / "adjudication.json"

sys.path.insert(0, str(REPO / "src"))
import policyterms  # noqa: E402
try:  # the learning module's home since the package was regrouped
    from policyterms.mining import learn as learning  # noqa: E402
except ImportError:  # a checkout from before (PYTHONPATH=<that checkout>/src), to measure it as it was
    from policyterms import learn as learning  # type: ignore[no-redef]  # noqa: E402
layered, learn_document = learning.layered, learning.learn

LEVELS = ("national", "provincial", "local")
QUOTES = "“”\"「」『』‘’'《》〈〉"
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
CONTEXT = 12


def scope_level(scope: str) -> str:
    """The level of a glossary scope: 全国, a province's full name, or anything below."""
    if scope == "全国":
        return "national"
    if scope == learning.DOCUMENT_SCOPE:
        return "local"
    if scope in MUNICIPALITIES or re.fullmatch(r".{2,8}(省|自治区|特别行政区)", scope):
        return "provincial"
    return "local"


def core_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the quotation marks an annotation may include at its ends."""
    while start < end and text[start] in QUOTES:
        start += 1
    while end > start and text[end - 1] in QUOTES:
        end -= 1
    return start, end


def snippet(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT):start].replace("\n", "⏎")
    right = text[end:end + CONTEXT].replace("\n", "⏎")
    return f"…{left}[{text[start:end]}]{right}…"


@dataclass
class Doc:
    name: str
    split: str
    header: dict[str, str]
    body: str
    labels: list[dict]


@dataclass
class Tally:
    """Counts for one document or a sum of documents."""

    documents: int = 0
    labels: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    level_agrees: int = 0
    annotations: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        self.documents += other.documents
        for level in LEVELS:
            self.labels[level] += other.labels[level]
            self.found[level] += other.found[level]
        self.level_agrees += other.level_agrees
        self.annotations += other.annotations
        self.correct += other.correct

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def to_json(self) -> dict:
        labels = sum(self.labels.values())
        found = sum(self.found.values())
        return {
            "documents": self.documents,
            "labels": {**self.labels, "all": labels},
            "found": {**self.found, "all": found},
            "recall": {
                **{level: self.ratio(self.found[level], self.labels[level]) for level in LEVELS},
                "all": self.ratio(found, labels),
            },
            "annotations": self.annotations,
            "correct": self.correct,
            "false_positives": self.annotations - self.correct,
            "precision": self.ratio(self.correct, self.annotations),
            "level_agreement": self.ratio(self.level_agrees, found),
        }


#: The labelled sets: the first (dev and test halves), then ``outside2``, ``outside3`` … in
#: their own folders, each held out as a whole when it was built.
SETS = {"outside": DOCS} | {
    folder.name: folder for folder in sorted((REPO / "benchmarks").glob("outside[0-9]*"), key=lambda f: int(f.name[7:]))
    if folder.is_dir()}
#: Press pages are not bundled: a set's press documents (text and labels, same names) are
#: read from here when present (``$POLICYTERMS_OUTSIDE_PRESS/<set>/``); their URLs are in
#: the set's README, to fetch them again.
PRESS = Path(os.environ.get("POLICYTERMS_OUTSIDE_PRESS", "/tmp/outside-press"))


def load_documents(folder: Path = DOCS, *, held_out: bool = False, kind: str = "labels") -> tuple[list[Doc], list[str]]:
    """The documents of one set; ``held_out``: every document is test (the second set);
    ``kind``: ``labels`` (the first annotator's) or ``labels2`` (a second annotator's)."""
    docs: list[Doc] = []
    without_text: list[str] = []
    press = PRESS / folder.name
    paths = list(folder.glob("[0-9][0-9]-*.txt")) + (list(press.glob("[0-9][0-9]-*.txt")) if press.is_dir() else [])
    for path in sorted(paths, key=lambda p: p.name):
        content = path.read_text(encoding="utf-8")
        head, _, body = content.partition("\n\n")
        header = {}
        for line in head.splitlines():
            key, _, value = line[2:].partition(": ")
            header[key] = value
        if ("text" in header and header["text"] != "press page") or not body.strip():
            without_text.append(path.name)
            continue
        labels_path = path.with_name(path.name[: -len(".txt")] + f".{kind}.json")
        if not labels_path.exists() and kind != "labels":
            raise SystemExit(f"{labels_path.name}: no {kind} file for this document (run the set's second_labels.py)")
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        for label in labels:
            if body[label["start"]:label["end"]] != label["text"] or label["level"] not in LEVELS:
                raise SystemExit(f"{labels_path.name}: bad label {label}")
        split = "test" if held_out or not int(path.name[:2]) % 2 else "dev"
        docs.append(Doc(path.name, split, header, body, labels))
    return docs, without_text


def load_adjudication(path: Path = ADJUDICATION) -> list[dict]:
    """The second annotator's decisions: ``{"doc", "start", "end", "text", "level", "action", "reason"}``."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    for entry in entries:
        if entry.get("action") not in ("add", "remove") or entry.get("level") not in LEVELS \
                or not entry.get("reason"):
            raise SystemExit(f"{path.name}: bad entry {entry}")
    return entries


def adjudicate(docs: list[Doc], entries: list[dict], folder: Path | None = None) -> dict[str, dict[str, int]]:
    """Apply the decisions over the labels in place; return the number of changes per split
    (and, under ``"press pages absent"``, how many decisions were left out because they
    concern a press page of ``folder``'s set that is not on this machine).

    A removal must name an existing label exactly (offsets, text, level); an addition must
    match the body at its offsets and overlap no label that remains.
    """
    by_name = {doc.name: doc for doc in docs}
    counts = {split: {"add": 0, "remove": 0} for split in ("dev", "test", "all")}
    absent = 0
    for action in ("remove", "add"):
        for entry in (e for e in entries if e["action"] == action):
            name = entry["doc"] if entry["doc"].endswith(".txt") else entry["doc"] + ".txt"
            doc = by_name.get(name)
            if doc is None and folder is not None and not (folder / name).exists() and not (PRESS / folder.name / name).exists():
                absent += 1  # a press page, not bundled: its decisions wait for its text
                continue
            if doc is None:
                raise SystemExit(f"adjudication: no document {entry['doc']}")
            label = {key: entry[key] for key in ("start", "end", "text", "level")}
            if action == "remove":
                if label not in doc.labels:
                    raise SystemExit(f"adjudication: {name} has no label {label}")
                doc.labels.remove(label)
            else:
                s, e = label["start"], label["end"]
                if doc.body[s:e] != label["text"]:
                    raise SystemExit(f"adjudication: {name}: body[{s}:{e}] is not {label['text']!r}")
                if any(s < lb["end"] and lb["start"] < e for lb in doc.labels):
                    raise SystemExit(f"adjudication: {name}: {label} overlaps a label")
                doc.labels.append(label)
            counts[doc.split][action] += 1
            counts["all"][action] += 1
    for doc in docs:
        doc.labels.sort(key=lambda lb: lb["start"])
    if absent:
        counts["press pages absent"] = {"add": 0, "remove": 0, "left out": absent}
    return counts


def evaluate(doc: Doc, glossary, *, learn: bool = True) -> tuple[Tally, dict]:
    if learn:
        glossary = layered(glossary, learn_document(doc.body))
    annotations = policyterms.Annotator(glossary).annotate(doc.body)
    tally = Tally(documents=1)
    spans = [(a, *core_span(doc.body, a.start, a.end)) for a in annotations]
    misses, partial, false_positives, level_differs = [], [], [], []
    for label in doc.labels:
        tally.labels[label["level"]] += 1
        s, e = label["start"], label["end"]
        overlapping = [(a, cs, ce) for a, cs, ce in spans if a.start < e and s < a.end]
        covering = [(a, cs, ce) for a, cs, ce in overlapping if cs <= s and e <= ce]
        if covering:
            tally.found[label["level"]] += 1
            annotation = covering[0][0]
            if scope_level(annotation.scope) == label["level"]:
                tally.level_agrees += 1
            else:
                level_differs.append({
                    "label": label["text"], "level": label["level"],
                    "term": annotation.term, "scope": annotation.scope,
                })
            continue
        entry = {"text": label["text"], "level": label["level"], "start": s, "end": e,
                 "context": snippet(doc.body, s, e)}
        if overlapping:
            entry["overlapping"] = [
                {"text": doc.body[a.start:a.end], "term": a.term, "scope": a.scope}
                for a, _, _ in overlapping
            ]
            partial.append(entry)
        else:
            misses.append(entry)
    for a in annotations:
        tally.annotations += 1
        if any(a.start < lb["end"] and lb["start"] < a.end for lb in doc.labels):
            tally.correct += 1
        else:
            false_positives.append({
                "text": doc.body[a.start:a.end], "term": a.term, "scope": a.scope,
                "start": a.start, "end": a.end, "context": snippet(doc.body, a.start, a.end),
            })
    details = {
        "document": doc.name, "split": doc.split, "place": doc.header.get("place"),
        "year": doc.header.get("year"), **tally.to_json(),
        "missed": misses, "partial": partial, "false_positive": false_positives,
        "level_differs": level_differs,
    }
    return tally, details


def percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def pct(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with the counts: ``96.4% (54/56)``."""
    return f"{percent(part / whole if whole else None)} ({part}/{whole})"


def print_summary(totals: dict[str, Tally]) -> None:
    print("split | docs | labels N/P/L | recall national | recall provincial | recall local"
          " | recall all | annotations | precision | level agreement")
    for name, tally in totals.items():
        j = tally.to_json()
        lab, fnd = j["labels"], j["found"]
        cells = [
            name, str(j["documents"]),
            f"{lab['national']}/{lab['provincial']}/{lab['local']}",
            *(pct(fnd[lv], lab[lv]) for lv in (*LEVELS, "all")),
            str(j["annotations"]),
            pct(j["correct"], j["annotations"]),
            percent(j["level_agreement"]),
        ]
        print(" | ".join(cells))


def print_details(details: list[dict]) -> None:
    for d in details:
        if not (d["missed"] or d["partial"] or d["false_positive"] or d["level_differs"]):
            continue
        print(f"\n## {d['document']} ({d['split']}, {d['place']}, {d['year']})")
        for m in d["missed"]:
            print(f"  missed     [{m['level']}] {m['text']}  {m['context']}")
        for m in d["partial"]:
            over = ", ".join(f"{o['text']}→{o['term']}@{o['scope']}" for o in m["overlapping"])
            print(f"  partial    [{m['level']}] {m['text']}  {m['context']}  overlapped by {over}")
        for f in d["false_positive"]:
            print(f"  false pos. {f['text']} → {f['term']}@{f['scope']}  {f['context']}")
        for f in d["level_differs"]:
            print(f"  level      {f['label']} labelled {f['level']}, annotated {f['term']}@{f['scope']}")


def print_agreement(folder: Path) -> int:
    """Per level, how many of each annotator's labels the other annotator's labels overlap."""
    first, _ = load_documents(folder, held_out=True)
    second, _ = load_documents(folder, held_out=True, kind="labels2")
    by_name = {doc.name: doc for doc in second}
    rows = {level: [0, 0, 0, 0] for level in LEVELS}  # first, of them overlapped; second, of them overlapped
    same_level = [0, 0]
    def overlapping(label: dict, labels: list[dict]) -> list[dict]:
        return [o for o in labels if o["start"] < label["end"] and label["start"] < o["end"]]

    for doc in first:
        other = by_name[doc.name].labels
        for label in doc.labels:
            row = rows[label["level"]]
            row[0] += 1
            hits = overlapping(label, other)
            if hits:
                row[1] += 1
                same_level[0] += 1
                same_level[1] += any(o["level"] == label["level"] for o in hits)
        for label in other:
            row = rows[label["level"]]
            row[2] += 1
            row[3] += bool(overlapping(label, doc.labels))
    print(f"{folder.name}: {len(first)} documents; a label agrees when the other annotator's labels overlap it")
    print("level | first labels | overlapped by second | second labels | overlapped by first")
    for level, (a, b, c, d) in rows.items():
        print(f"{level} | {a} | {pct(b, a)} | {c} | {pct(d, c)}")
    a, b, c, d = (sum(r[i] for r in rows.values()) for i in range(4))
    print(f"all | {a} | {pct(b, a)} | {c} | {pct(d, c)}")
    print(f"level the same where they overlap: {pct(same_level[1], same_level[0])}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=tuple(SETS), default="outside",
                        help="outside: the first set, dev (odd) and test (even) halves (default); "
                             "outside2, outside3 …: the later sets, each all test (their README.md)")
    parser.add_argument("--details", choices=("dev", "test", "all", "none"), default="dev",
                        help="whose misses and false positives to list (default: dev only)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--no-learn", action="store_true", help="the glossary alone, without learning from the document")
    parser.add_argument("--adjudicated", action="store_true",
                        help="apply the set's adjudication.json (a second annotator's decisions on "
                             "the disagreements, written by the rule of benchmarks/outside/ADJUDICATION.md) "
                             "over the labels")
    parser.add_argument("--labels", choices=("first", "second"), default="first",
                        help="whose labels to measure against: the first annotator's (default) or a second "
                             "annotator's, made independently (labels2 files, the set's second_labels.py)")
    parser.add_argument("--agreement", action="store_true",
                        help="print how far the first and second annotators' labels agree, and stop")
    args = parser.parse_args(argv)
    if args.labels == "second" and args.adjudicated:
        parser.error("--adjudicated applies to the first labels; the second labels are whole documents already")

    if args.agreement:
        return print_agreement(SETS[args.set])
    glossary = policyterms.load_glossary()
    adjudication = SETS[args.set] / ADJUDICATION.name
    if args.adjudicated and not adjudication.is_file():
        parser.error(f"--adjudicated: set {args.set} has no {adjudication.relative_to(REPO)}")
    kind = "labels2" if args.labels == "second" else "labels"
    docs, without_text = load_documents(SETS[args.set], held_out=args.set != "outside", kind=kind)
    changes = adjudicate(docs, load_adjudication(adjudication), SETS[args.set]) if args.adjudicated else None
    totals = {"dev": Tally(), "test": Tally(), "all": Tally()}
    details = []
    for doc in docs:
        tally, detail = evaluate(doc, glossary, learn=not args.no_learn)
        totals[doc.split].add(tally)
        totals["all"].add(tally)
        if args.details in (doc.split, "all"):
            details.append(detail)

    if args.json:
        json.dump({
            "summary": {name: tally.to_json() for name, tally in totals.items()},
            "documents": details,
            "without_text": without_text,
            "adjudicated": changes,
        }, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0

    print(f"policyterms {getattr(policyterms, '__version__', '?')}: set {args.set}, {len(docs)} documents "
          f"with text, {len(glossary.senses)} senses, learning {'off' if args.no_learn else 'on'}"
          + (", second annotator's labels" if args.labels == "second" else ""))
    if without_text:
        print("skipped (no text bundled): " + ", ".join(without_text))
    if changes is not None:
        print("labels adjudicated (benchmarks/outside/ADJUDICATION.md): " + "; ".join(
            f"{split} +{c['add']} -{c['remove']}" + (f" ({c['left out']} decisions left out)" if "left out" in c else "")
            for split, c in changes.items()))
    print()
    print_summary(totals)
    if args.details != "none":
        print(f"\nMisses, partial matches and false positives ({args.details}):")
        print_details(details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
