"""Calibrate the beam-probability thresholds of model-only organisation names on CLUENER dev.

The organisation extractor keeps a name that only the statistical model finds (no lexicon entry,
no head word) when the model's beam probability of the span reaches a threshold
(``org_patterns.yaml``: ``model_min_prob``, one threshold per group of names:
``organizations.filters.model_group``). The thresholds are chosen
here, on the dev sentences of the training run (the 5% of the training part that picked the
checkpoint, rebuilt from the same seeds), never on the held-out 10% and never on the gold set.

The whole extractor is run once per sentence with every model-only name kept, each with its
probability; dropping the names under a threshold afterwards is what the extractor does (model
spans of the best parse do not overlap, and they are placed after the rule names). The chosen
threshold is the lowest at which model-only names reach :data:`TARGET_PRECISION` on dev: the
model is trained on news, games and sports, and the project's prose (policy, journals, reports)
has more look-alikes, so the gate is set by precision rather than by dev F1 alone.

Usage: ``python -m pipeline.ner.calibrate [CLUENER train.jsonl] [--beam-width N] [--model DIR] [--json]``
(``--model``: calibrate a candidate model folder before it replaces the shipped one).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from pipeline.ner.train import DEV_FRACTION, Record, read_cluener, split_records

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "cluener" / "train.jsonl"
TARGET_PRECISION = 0.85
THRESHOLDS = (*(round(0.05 * k, 2) for k in range(20)), 0.97, 0.99)


def dev_split(data: Path, seed: int = 0) -> list[Record]:
    """The dev sentences of a training run with this seed (as ``train_ner`` draws them)."""
    train_part, _ = split_records(read_cluener(data))
    order = list(range(len(train_part)))
    random.Random(seed).shuffle(order)
    n_dev = max(1, round(len(train_part) * DEV_FRACTION))
    return [train_part[i] for i in sorted(order[:n_dev])]


def extractor_spans(
    texts: list[str], *, beam_width: int | None = None, model_scope: str = "anchored",
) -> list[list[tuple[int, int]]]:
    """The spans of the whole organisation extractor (lexicon, head words, model, exclusions),
    one sentence at a time, as ``bench/ner.py --pipeline`` scores them (with the extractor's
    beam width and model scope unless given)."""
    from pipeline.extract.organizations import find_organizations
    from pipeline.nlp.language import doc_from_text

    return [sorted({(m.start, m.end) for m in find_organizations(
        doc_from_text(t), beam_width=beam_width, model_scope=model_scope)[0]}) for t in texts]


@dataclass(frozen=True)
class Scored:
    """One model-only name of the extractor on a dev sentence."""

    group: str  # organizations.filters.model_group: name, common, latin
    prob: float
    correct: bool


def collect(records: list[Record], beam_width: int | None = None) -> tuple[list[Scored], int, int, int]:
    """(model-only names, rule-name true positives, rule-name predictions, gold spans) over records."""
    from pipeline.extract.organizations import MODEL, find_organizations
    from pipeline.extract.organizations.base import pos_words
    from pipeline.extract.organizations.filters import model_group
    from pipeline.nlp.doc import WordIndex
    from pipeline.nlp.language import doc_from_text

    names: list[Scored] = []
    rule_tp = rule_pred = n_gold = 0
    for text, spans, _ in records:
        gold = set(spans)
        n_gold += len(gold)
        doc = doc_from_text(text)
        index = WordIndex(doc)
        mentions, _ = find_organizations(doc, min_prob=0.0, beam_width=beam_width)
        for m in sorted({(m.start, m.end, m.source, m.prob) for m in mentions}):
            start, end, source, prob = m
            hit = (start, end) in gold
            if source == MODEL:
                names.append(Scored(model_group(text[start:end], pos_words(index, start, end)), prob, hit))
            else:
                rule_tp += hit
                rule_pred += 1
    return names, rule_tp, rule_pred, n_gold


def curve(names: list[Scored], group: str, rule: tuple[int, int, int]) -> list[dict[str, float]]:
    """Per threshold: precision of the model-only names of one group, and the whole extractor's
    exact-span P/R/F1 on dev when that group's names are cut there (the other groups' kept)."""
    rule_tp, rule_pred, n_gold = rule
    other = [n for n in names if n.group != group]
    rows = []
    for t in THRESHOLDS:
        kept = [n for n in names if n.group == group and n.prob >= t]
        tp_m = sum(n.correct for n in kept)
        tp = rule_tp + tp_m + sum(n.correct for n in other)
        pred = rule_pred + len(kept) + len(other)
        p = tp / pred if pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        rows.append({"threshold": t, "names": len(kept), "name_precision": tp_m / len(kept) if kept else 1.0,
                     "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0})
    return rows


def choose(rows: list[dict[str, float]], target: float = TARGET_PRECISION) -> float:
    """The lowest threshold whose model-only names reach the target precision."""
    return next((row["threshold"] for row in rows if row["name_precision"] >= target), 1.0)


def main(argv: list[str] | None = None) -> int:
    """Print the calibration curves and the chosen thresholds."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("data", type=Path, nargs="?", default=DEFAULT_DATA)
    parser.add_argument("--beam-width", type=int, default=None, help="the extractor's beam width (default: shipped)")
    parser.add_argument("--model", type=Path, default=None, help="another model folder (default: shipped)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.model is not None:
        import pipeline.ner as ner

        ner.MODEL_DIR = args.model
    names, *rule = collect(dev_split(args.data), args.beam_width)
    result = {}
    for group in ("name", "common", "latin"):
        rows = curve(names, group, (rule[0], rule[1], rule[2]))
        result[f"model_min_prob.{group}"] = {"chosen": choose(rows), "curve": rows}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for key, found in result.items():
        print(f"{key}: chosen {found['chosen']} (model-only precision >= {TARGET_PRECISION})")
        print("  threshold  names  name_P   P      R      F1")
        for row in found["curve"]:
            print(f"  {row['threshold']:<9}  {row['names']:>5}  {row['name_precision']:.3f}  {row['precision']:.3f}"
                  f"  {row['recall']:.3f}  {row['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
