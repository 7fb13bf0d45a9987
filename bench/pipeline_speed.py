"""Speed and memory of one document through the pipeline, as ratios against a baseline.

The machine is shared and noisy, so absolute seconds mean little. The baseline,
measured in the same run on the same text, is plain jieba segmentation; the
report gives each stage's time as a multiple of it, plus peak memory. The stages
and the baseline are timed in turns (one round of each, ``--repeat`` rounds, the
fastest of each kept), so a burst of load elsewhere hits both sides alike.

``--also KEY=VALUE`` adds an extraction with one setting of the pipeline's
config.cfg changed, measured in the same rounds (for example
``--also components.organizations.model_scope=all``: the model on every sentence).
``--model DIR`` adds an extraction with another organisation NER model folder, measured in the
same rounds, decoded with the beam width it was trained with (the confidence thresholds of
org_patterns.yaml stay as they are: this is speed only).

    python bench/pipeline_speed.py [FILE] [--repeat N] [--also KEY=VALUE ...] [--model DIR ...]
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pipeline.ner as ner
from pipeline.clean import clean_document
from pipeline.ingest import ingest_file
from pipeline.nlp.jieba_dict import jieba_tokenizer as tokenizer
from pipeline.nlp.language import extract_all, extracted_rows, load
from pipeline.nlp.language import make_doc as build_doc

REPO = Path(__file__).resolve().parents[1]


def interleaved(repeat: int, works: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The fastest of ``repeat`` runs of each work, run in turns: the least disturbed by other load."""
    best = dict.fromkeys(works, float("inf"))
    for _ in range(repeat):
        for name, work in works.items():
            started = time.perf_counter()
            work()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def _setting(text: str) -> tuple[str, object]:
    """KEY=VALUE of --also, the value read as JSON when it is JSON (numbers, true/false)."""
    key, _, value = text.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def with_model(path: Path, work: Callable[[], object]) -> Callable[[], object]:
    """``work`` run with the organisation extractor reading the NER model at ``path``, decoded
    with the beam width it was trained with (loaded here, once, so loading is not timed)."""
    shipped = ner.load_model
    other = shipped(str(path))

    def load(path: str | None = None, beam_width: int | None = None) -> Any:
        return other if path is None else shipped(path, beam_width)

    def run() -> object:
        ner.load_model = load  # type: ignore[assignment]
        try:
            return work()
        finally:
            ner.load_model = shipped

    run()  # warm up
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=REPO / "raw" / "000_12112d1d53d7aa15.txt")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--also", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--model", action="append", default=[], type=Path, metavar="DIR")
    args = parser.parse_args()

    raw = ingest_file(args.file)
    clean = clean_document(raw)
    doc = build_doc(clean)
    extract_all(doc)  # warm up: models and resources load once per process
    jieba = tokenizer()
    variants = {text: load(**dict([_setting(text)])) for text in args.also}
    for nlp in variants.values():
        extracted_rows(nlp(build_doc(clean)))  # warm up
    stages: dict[str, Callable[[], object]] = {
        "baseline": lambda: list(jieba.tokenize(clean.text)),
        "ingest": lambda: ingest_file(args.file),
        "clean": lambda: clean_document(raw),
        "segment": lambda: build_doc(clean),
        "extract": lambda: extract_all(build_doc(clean)),
    }
    for text, nlp in variants.items():
        stages[f"extract, {text}"] = lambda nlp=nlp: extracted_rows(nlp(build_doc(clean)))
    for path in args.model:
        stages[f"extract, model {path}"] = with_model(path, lambda: extract_all(build_doc(clean)))
    best = interleaved(args.repeat, stages)
    baseline = best.pop("baseline")
    print(f"{args.file.name}: {len(clean.text)} characters; baseline jieba.tokenize = 1.0 ({baseline:.3f} s)")
    for name, seconds in best.items():
        print(f"  {name:<8} {seconds / baseline:8.1f} x baseline")
    tracemalloc.start()
    extract_all(build_doc(clean_document(ingest_file(args.file))))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  peak Python memory of one document: {peak / 2**20:.1f} MiB "
          f"({peak / max(1, len(clean.text)):.0f} bytes per character)")


if __name__ == "__main__":
    main()
