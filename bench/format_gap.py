"""Do PDF documents score as well as text documents? Micro F1 per kind, PDF inputs against the others.

Reads a checked extraction run (its scores.json, written by `pipeline check` / `pipeline extract`, and
its documents table for each document's format) and prints, per kind, the micro precision / recall /
F1 of the PDF documents and of the other documents of the gold set, and the gap. Issue 11 asks for a
gap of at most 0.03 per kind.

    python bench/format_gap.py /tmp/run [--max-gap 0.03]

Exit status 1 when a kind's PDF F1 is more than --max-gap under the text documents' F1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.tables import read_table

KINDS = ("numbers", "dates", "organizations", "claims", "claims_metric")


def _micro(scores: list[dict[str, int]]) -> tuple[float, float, float]:
    tp = sum(s["tp"] for s in scores)
    predicted = sum(s["predicted"] for s in scores)
    gold = sum(s["gold"] for s in scores)
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def gaps(run: Path) -> dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """Per kind: ((P, R, F1) of the PDF documents, (P, R, F1) of the others)."""
    per_document = json.loads((run / "scores.json").read_text(encoding="utf-8"))["per_document"]
    documents = read_table(run, "documents")
    formats = dict(zip(documents["doc_id"], documents["format"], strict=True))
    result = {}
    for kind in KINDS:
        pdf = [s[kind] for doc, s in per_document.items() if formats.get(doc) == "pdf" and kind in s]
        text = [s[kind] for doc, s in per_document.items() if formats.get(doc) != "pdf" and kind in s]
        result[kind] = (_micro(pdf), _micro(text))
    return result


def _triple(scores: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.3f}" for x in scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="an extraction folder checked against the gold set")
    parser.add_argument("--max-gap", type=float, default=0.03)
    args = parser.parse_args()
    behind = False
    print(f"{'kind':14} {'PDF P/R/F1':>22} {'text P/R/F1':>22} {'gap':>7}")
    for kind, (pdf, text) in gaps(args.run).items():
        gap = text[2] - pdf[2]
        behind |= gap > args.max_gap
        print(f"{kind:14} {_triple(pdf):>22} {_triple(text):>22} {gap:7.3f}{'  <-' if gap > args.max_gap else ''}")
    return 1 if behind else 0


if __name__ == "__main__":
    sys.exit(main())
