"""Train the learned gate over generic definition candidates (``extract_gate_candidates.py`` beside this script), an
experiment that is not part of ``extract``: beside the rules it added no exact entry on two sets they had never seen
(docs/extract-evaluation.md, "A learned gate over generic candidates").

Reads the tune and development pages (bundled, the shared excerpts, the press pages of the folders given with
``--press``), never a held-out set and never the sets named with ``--test`` (dev-40 and dev-41 unless told otherwise):

1. runs the rules on each page and lists the generic candidates beside their entries, each labelled by whether its
   term and definition are a gold entry exactly (``extract_eval``'s match);
2. trains a logistic regression in pure Python (stochastic gradient descent, L2) on the candidates' binary features;
3. chooses the threshold by leave-one-set-out cross-validation: for each set, a gate trained on the other sets adds
   its candidates to the rules' entries (terms the rules did not give, places no rule entry covers, one per term),
   and the threshold with the most exact entries gained less entries added wrongly is kept;
4. writes the weights, bias and threshold to ``extract_gate_weights.json`` beside the module (``--write``).

``--measure SPLIT …`` instead scores those splits with ``extract_eval`` twice, the rules alone and the rules with the
gate's candidates added (the press pages from ``$POLICYTERMS_PRESS_APPENDICES``, as for ``extract_eval``).

    POLICYTERMS_SHARED_APPENDICES=/work/shared/corpus/appendices \\
    python benchmarks/train_extract_gate.py --press /tmp/appendix-press-36 ... --write
    POLICYTERMS_PRESS_APPENDICES=/tmp/appendix-press-40 python benchmarks/train_extract_gate.py --measure dev-40
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_eval as ev  # noqa: E402
import extract_gate_candidates as cand  # noqa: E402

from policyterms.errors import InputError  # noqa: E402
from policyterms.mining import extract  # noqa: E402
from policyterms.mining.written_forms import plain_lines  # noqa: E402

THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 20)]


def training_pages(press: list[Path], test: set[str]) -> list[tuple[str, Path]]:
    """(set, page) for every tune and development page outside ``test``, press pages from the ``press`` folders."""
    held = ev.held_out_sets()
    out = []
    for label, folder in [("bundled", ev.BUNDLED), ("shared", ev.SHARED)] + [("press", p) for p in press]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            name = path.name[:-4]
            if not path.with_name(name + ".gold.yaml").is_file():
                continue
            split = held.get(name, "tune" if label == "shared" else None)
            if split is None or split.startswith("held") or split in test:
                continue
            out.append((split, path))
    return out


def read_page(path: Path) -> dict | None:
    """The rules' entries on one page, the text they were read from, and its candidates labelled."""
    raw, _ = ev.page_text(path)
    seen = {}

    def record(entries, text):
        seen["text"], seen["entries"] = text, list(entries)
        return entries

    real = extract._other_layouts

    def recording(text):
        entries = real(text)
        record(entries, text)
        return entries

    extract._other_layouts = recording  # the rules' entries beside the text they were read from
    try:
        try:
            rules = [(e.term, e.definition) for e in extract.extract_entries(raw)]
        except InputError:
            rules = []
    finally:
        extract._other_layouts = real
    gold = {(ev.squeeze(t, pinyin=True), ev.squeeze(d, pinyin=True)) for t, d in ev.load_gold(path)}
    page = {"gold": len(gold), "gold_pairs": sorted(gold), "rules": [list(r) for r in rules], "candidates": []}
    if "text" not in seen:
        return page
    text, entries = seen["text"], seen["entries"]
    plain = plain_lines(raw)
    written = plain if len(plain) == len(text) else raw if len(raw) == len(text) else text
    view = cand.page_view(text, cand.covered_spans(entries, text), {cand._key(e.term) for e in entries})
    for c in cand.candidates(text):
        term = written[c.term_start : c.term_start + len(c.term)]
        definition = written[c.def_start : c.end]
        pair = (ev.squeeze(term, pinyin=True), ev.squeeze(definition, pinyin=True))
        page["candidates"].append(
            {
                "pair": list(pair),
                "label": int(pair in gold),
                "features": cand.features(c, view),
                "start": c.start,
                "def_start": c.def_start,
                "end": c.end,
                "key": cand._key(c.term),
            }
        )
    page["covered"] = [list(s) for s in view.covered]
    page["rule_terms"] = sorted(view.rule_terms)
    return page


def train(rows: list[tuple[list[str], int]], epochs: int = 12, rate: float = 0.1, l2: float = 1e-4, seed: int = 7) -> tuple[dict[str, float], float]:
    """A logistic regression on binary features by stochastic gradient descent (Adagrad steps, L2)."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    bias, bias_sq = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            names, label = rows[i]
            z = bias + sum(weights[n] for n in names)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - label
            for n in names:
                grad = g + l2 * weights[n]
                squares[n] += grad * grad
                weights[n] -= rate * grad / math.sqrt(squares[n])
            bias_sq += g * g
            bias -= rate * g / math.sqrt(bias_sq)
    return {n: round(w, 4) for n, w in weights.items() if abs(w) >= 1e-4}, round(bias, 4)


def gated(page: dict, weights: dict[str, float], bias: float, threshold: float) -> list[tuple[str, str]]:
    """The pairs the gate adds to the rules' entries of ``page`` at ``threshold``."""
    scored = []
    for c in page["candidates"]:
        scored.append((cand.gate_score(c["features"], weights, bias), c))
    kept, terms = [], set(page.get("rule_terms", ()))
    covered = page.get("covered", [])
    for score, c in sorted(scored, key=lambda s: (-s[0], s[1]["start"], s[1]["end"])):
        if score < threshold:
            break
        if c["key"] in terms:
            continue
        if any(s <= c["start"] < e or s <= c["def_start"] < e or c["start"] <= s < c["end"] for s, e in covered):
            continue
        if any(k["start"] < c["end"] and c["start"] < k["end"] for k in kept):
            continue
        kept.append(c)
        terms.add(c["key"])
    return [tuple(c["pair"]) for c in kept]


def measure_alone(pages: list[dict], weights, bias, threshold) -> tuple[int, int, int]:
    """(gold, found, kept) of the gate alone, without the rules' entries, over ``pages``."""
    gold = found = kept = 0
    for page in pages:
        wanted = {tuple(p) for p in page["gold_pairs"]}
        alone = gated({"candidates": page["candidates"]}, weights, bias, threshold)
        gold += len(wanted)
        kept += len(alone)
        found += len(set(alone) & wanted)
    return gold, found, kept


def measure(pages: list[dict], weights, bias, threshold) -> tuple[int, int, int, int, int]:
    """(gold, rules found, rules extracted, gate found, gate extracted) over ``pages``."""
    gold = found = extracted = added_found = added = 0
    for page in pages:
        wanted = {tuple(p) for p in page["gold_pairs"]}
        rules = {(ev.squeeze(t, pinyin=True), ev.squeeze(d, pinyin=True)) for t, d in page["rules"]}
        gold += len(wanted)
        found += len(wanted & rules)
        extracted += len(page["rules"])
        if weights is None:
            continue
        extra = [p for p in gated(page, weights, bias, threshold) if p not in rules]
        added += len(extra)
        added_found += len(set(extra) & wanted)
    return gold, found, extracted, added_found, added


def measure_splits(splits: list[str]) -> int:
    """``extract_eval``'s totals for ``splits``: the rules alone, then with the kept candidates added beside them."""
    real = extract._other_layouts
    for name in splits:
        print(f"rules alone, {name}:", flush=True)
        ev.main(["--split", name])
        extract._other_layouts = lambda text: cand.gated_entries(real(text), text)
        try:
            print(f"rules and the gate, {name}:", flush=True)
            ev.main(["--split", name])
        finally:
            extract._other_layouts = real
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--press", type=Path, nargs="*", default=[], help="folders of press pages to train on")
    parser.add_argument("--test", nargs="*", default=["dev-40", "dev-41"], help="sets never read")
    parser.add_argument("--cache", type=Path, help="a JSON file of the labelled candidates (read if present, else written)")
    parser.add_argument("--write", action="store_true", help="write the weights beside the candidates module")
    parser.add_argument("--measure", nargs="+", metavar="SPLIT", help="score these splits, rules alone and with the gate")
    args = parser.parse_args(argv)
    if args.measure:
        return measure_splits(args.measure)
    if args.cache and args.cache.is_file():
        data = json.loads(args.cache.read_text("utf-8"))
    else:
        data = []
        for split, path in training_pages(args.press, set(args.test)):
            page = read_page(path)
            page["set"], page["name"] = split, path.name[:-4]
            data.append(page)
        if args.cache:
            args.cache.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    sets = sorted({p["set"] for p in data})
    n_cand = sum(len(p["candidates"]) for p in data)
    n_pos = sum(c["label"] for p in data for c in p["candidates"])
    print(f"{len(data)} pages in {len(sets)} sets, {n_cand} candidates, {n_pos} of them gold entries")
    # Leave one set out: the gate of the other sets, on the rules' entries of this one.
    totals = {t: [0, 0, 0, 0, 0] for t in THRESHOLDS}
    alone = {t: [0, 0, 0] for t in THRESHOLDS}
    for held in sets:
        rows = [(c["features"], c["label"]) for p in data if p["set"] != held for c in p["candidates"]]
        weights, bias = train(rows)
        fold = [p for p in data if p["set"] == held]
        for t in THRESHOLDS:
            for i, v in enumerate(measure(fold, weights, bias, t)):
                totals[t][i] += v
            for i, v in enumerate(measure_alone(fold, weights, bias, t)):
                alone[t][i] += v
    # The rules were written from these very pages, so what the gate adds to them here says little; the gate alone,
    # on sets it never trained on, says how often a kept candidate is an entry, and the threshold keeps a candidate
    # only where that is more often right than wrong (most found less kept wrongly).
    print("threshold  gate alone: found/gold  kept (P)")
    best = None
    for t in THRESHOLDS:
        gold, found, kept = alone[t]
        net = found - (kept - found)
        print(f"{t:9.2f} {found:6}/{gold:<6} {kept:6} ({found / max(1, kept):.1%})  net {net:+}")
        if best is None or net > best[1]:
            best = (t, net)
    threshold = best[0]
    print("threshold  gold  rules found/extracted  gate adds found/added  rules+gate found/extracted (P)")
    best = None
    for t in THRESHOLDS:
        gold, found, extracted, added_found, added = totals[t]
        net = added_found - (added - added_found)
        print(f"{t:9.2f} {gold:5} {found:6}/{extracted:<6} {added_found:6}/{added:<6} {found + added_found:6}/{extracted + added} ({(found + added_found) / max(1, extracted + added):.1%})  net {net:+}")
    print(f"threshold chosen by leave-one-set-out cross-validation: {threshold}")
    weights, bias = train([(c["features"], c["label"]) for p in data for c in p["candidates"]])
    if args.write:
        out = {"threshold": threshold, "bias": bias, "weights": dict(sorted(weights.items()))}
        cand._WEIGHTS.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=False) + "\n", "utf-8")
        print(f"wrote {cand._WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
