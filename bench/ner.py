"""Benchmark the shipped organisation NER on the held-out 10% of CLUENER2020.

Usage (from the repo root): ``python bench/ner.py [--data PATH] [--model DIR]``.
The split is rebuilt exactly as training made it (``pipeline.ner.train.split_records``, fixed
seed), organisation types merged into one label; the score is exact-span micro P/R/F1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ner import MODEL_DIR, load_model  # noqa: E402
from pipeline.ner.train import evaluate, heldout_split  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "cluener" / "train.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Print held-out precision, recall and F1 of the shipped model (JSON with --json)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"CLUENER data not found at {args.data}", file=sys.stderr)
        return 2
    held = heldout_split(args.data)
    started = time.time()
    scores = evaluate(load_model(str(args.model)), held)
    scores["seconds"] = round(time.time() - started, 1)
    scores["n_sentences"] = len(held)
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        print(f"held-out CLUENER ORG (exact span), {len(held)} sentences, {scores['n_gold']} gold spans")
        print(f"precision {scores['precision']:.4f}  recall {scores['recall']:.4f}  F1 {scores['f1']:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
