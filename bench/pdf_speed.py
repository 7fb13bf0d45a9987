"""Reading PDFs with the characters and paths from pdfium against pdfminer, in the same run.

The same reader (`pipeline.readers.pdf.read_pdf`) with `objects: pdfium` and with `objects: pdfminer`
(`resources/pdf.yaml`), in turns per file, against bare `jieba.lcut` over the text read: CPU seconds
and multiples of jieba per character, and whether the two texts are the same.

    python bench/pdf_speed.py ../shared/corpus/pdf-full [more files or folders] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import jieba

from pipeline.readers.pdf import read_pdf

SOURCES = ("pdfium", "pdfminer")


def _read(path: Path, source: str) -> tuple[float, str]:
    started = time.process_time()
    text = read_pdf(path, objects=source).text
    return time.process_time() - started, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(f for p in args.paths for f in ([p] if p.is_file() else p.glob("*.pdf")))
    jieba.initialize()
    totals = dict.fromkeys(SOURCES, 0.0)
    jieba_total = 0.0
    print(f"{'file':52s} {'chars':>7s} {'pdfium s':>9s} {'pdfminer s':>10s} {'faster':>6s}  same text")
    for path in files:
        seconds: dict[str, list[float]] = {s: [] for s in SOURCES}
        texts: dict[str, str] = {}
        for _ in range(args.rounds):
            for source in SOURCES:
                spent, texts[source] = _read(path, source)
                seconds[source].append(spent)
        started = time.process_time()
        jieba.lcut(texts["pdfium"])
        jieba_total += time.process_time() - started
        median = {s: statistics.median(v) for s, v in seconds.items()}
        for source in SOURCES:
            totals[source] += median[source]
        print(f"{path.name[:52]:52s} {len(texts['pdfium']):7d} {median['pdfium']:9.2f} {median['pdfminer']:10.2f} "
              f"{median['pdfminer'] / median['pdfium']:5.1f}x  {texts['pdfium'] == texts['pdfminer']}")
    print(f"all: pdfium {totals['pdfium']:.2f} s ({totals['pdfium'] / jieba_total:.0f}x jieba a character), "
          f"pdfminer {totals['pdfminer']:.2f} s ({totals['pdfminer'] / jieba_total:.0f}x); "
          f"{totals['pdfminer'] / totals['pdfium']:.1f}x faster")


if __name__ == "__main__":
    main()
