"""Speed and memory of one document through the pipeline, as ratios against a baseline.

The machine is shared and noisy, so absolute seconds mean little. The baseline,
measured in the same run on the same text, is plain jieba segmentation; the
report gives each stage's time as a multiple of it, plus peak memory.

    python bench/pipeline_speed.py [FILE] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from pipeline.clean import clean_document
from pipeline.ingest import ingest_file
from pipeline.nlp.jieba_dict import jieba_tokenizer as tokenizer
from pipeline.nlp.language import extract_all
from pipeline.nlp.language import make_doc as build_doc

REPO = Path(__file__).resolve().parents[1]


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of several runs: the least disturbed by other load on the machine."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=REPO / "raw" / "000_12112d1d53d7aa15.txt")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    raw = ingest_file(args.file)
    clean = clean_document(raw)
    doc = build_doc(clean)
    extract_all(doc)  # warm up: models and resources load once per process
    jieba = tokenizer()
    baseline = best_of(args.repeat, lambda: list(jieba.tokenize(clean.text)))
    stages = {
        "ingest": lambda: ingest_file(args.file),
        "clean": lambda: clean_document(raw),
        "segment": lambda: build_doc(clean),
        "extract": lambda: extract_all(build_doc(clean)),
    }
    print(f"{args.file.name}: {len(clean.text)} characters; baseline jieba.tokenize = 1.0")
    for name, work in stages.items():
        print(f"  {name:<8} {best_of(args.repeat, work) / baseline:8.1f} x baseline")
    tracemalloc.start()
    extract_all(build_doc(clean_document(ingest_file(args.file))))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  peak Python memory of one document: {peak / 2**20:.1f} MiB "
          f"({peak / max(1, len(clean.text)):.0f} bytes per character)")


if __name__ == "__main__":
    main()
