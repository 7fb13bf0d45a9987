"""Benchmark the shipped organisation NER on the held-out 10% of CLUENER2020.

Usage (from the repo root): ``python bench/ner.py [--data PATH] [--model DIR] [--beam-width N] [--pipeline]``
(``--model``: another model folder, also read by the extractor with ``--pipeline``).
``--pipeline`` scores the whole organisation extractor (lexicon, head words, the model with its
calibrated confidence gate, exclusions), one sentence at a time, instead of the model alone.
``--beam-width`` decodes with another width than the model was trained with (1 = greedy); with
``--pipeline`` it is the extractor's width (default: the shipped ``pipeline.ner.BEAM_WIDTH``), and
``--scope`` says which sentences the extractor's model reads (``anchored``, shipped, or ``all``).
The report adds the speed in characters a second.

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

import pipeline.ner as ner  # noqa: E402
from pipeline.ner import MODEL_DIR, load_model  # noqa: E402
from pipeline.ner.calibrate import extractor_spans  # noqa: E402
from pipeline.ner.train import evaluate, heldout_split, score_spans  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "cluener" / "train.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Print held-out precision, recall and F1 of the shipped model (JSON with --json)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--beam-width", type=int, default=None, help="decode with this width (1 = greedy)")
    parser.add_argument("--pipeline", action="store_true", help="score the whole organisation extractor")
    parser.add_argument("--scope", default="anchored", choices=["clauses", "anchored", "all"],
                        help="with --pipeline: which sentences the model reads (organizations.scope)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"CLUENER data not found at {args.data}", file=sys.stderr)
        return 2
    held = heldout_split(args.data)
    ner.MODEL_DIR = args.model  # --pipeline: the extractor loads this model too
    nlp = load_model(str(args.model), args.beam_width)
    width = nlp.get_pipe("ner").cfg.get("beam_width", 1)
    started = time.perf_counter()
    if args.pipeline:
        scores = score_spans([r[1] for r in held], extractor_spans(
            [r[0] for r in held], beam_width=args.beam_width, model_scope=args.scope))
    else:
        scores = evaluate(nlp, held)
    seconds = time.perf_counter() - started
    scores["seconds"] = round(seconds, 1)
    scores["beam_width"] = width
    scores["pipeline"] = args.pipeline
    scores["scope"] = args.scope if args.pipeline else None
    scores["chars_per_second"] = round(sum(len(r[0]) for r in held) / seconds)
    scores["n_sentences"] = len(held)
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        what = "whole organisation extractor" if args.pipeline else "model alone"
        print(f"held-out CLUENER ORG (exact span, {what}), {len(held)} sentences, {scores['n_gold']} gold spans")
        print(f"precision {scores['precision']:.4f}  recall {scores['recall']:.4f}  F1 {scores['f1']:.4f}"
              f"  (beam width {width}, {scores['chars_per_second']} characters/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
