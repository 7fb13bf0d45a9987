"""Cost of the organisations stage with one or more NER models, in one session, against bare jieba.

The machine is shared and noisy, so the models are timed in turns over the same documents (the
seed article and the dev corpus, cleaned and segmented once, warm), each round also timing bare
``jieba.lcut`` over the same cleaned texts; the fastest round of each is kept. Reported per model,
as a multiple of jieba: the whole ``organizations`` component, and inside it the model's share
(the tok2vec CNN, the jieba word feature and the beam decoder). Derived from the round-5 profile
script (per component, ``/work/annot/r5/prof.py``).

    python bench/org_model_speed.py [--repeat N] [--model DIR ...] [--docs FILE_OR_DIR ...]

Without ``--model`` only the shipped model is timed; ``--model`` names each model folder to time
(the shipped one is ``pipeline/models/org_ner``), each decoded with the beam width it was trained
with. Only the speed is measured here: the confidence
thresholds of ``org_patterns.yaml`` apply to every model alike.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jieba

import pipeline.ner as ner
from pipeline.clean import clean_document
from pipeline.ingest import ingest_file
from pipeline.nlp.language import load, make_doc

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = [REPO / "raw" / "000_12112d1d53d7aa15.txt", REPO.parent / "shared" / "corpus" / "dev"]


def documents(paths: list[Path]) -> list[Path]:
    """Text and PDF inputs under the given files or folders (gold files skipped), in name order."""
    found: list[Path] = []
    for path in paths:
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        found.extend(f for f in files if f.is_file() and f.suffix != ".json")
    return found


class Timers:
    """Seconds spent in the model's parts, collected by wrapping them (restored afterwards)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
        return timed


def trained_width(path: Path) -> int:
    """The beam width a model was trained with (the extractor decodes it with that width here)."""
    return int(ner.load_model(str(path)).get_pipe("ner").cfg.get("beam_width", 1))


@contextmanager
def using_model(path: Path, timers: Timers, stage: Any) -> Iterator[None]:
    """Make the extractor's stage load ``path`` as its NER model, decoded with the beam width it
    was trained with, with the model's parts timed."""
    saved = ner.MODEL_DIR, ner._parse_batches, ner._word_keys, stage.beam_width
    width = trained_width(path)
    ner.MODEL_DIR = path
    ner.load_model.cache_clear()
    ner._parse_batches = timers.wrap("model", saved[1])
    ner._word_keys = timers.wrap("word feature", saved[2])
    stage.beam_width = width
    nlp = ner.load_model(beam_width=width)
    tok2vec = nlp.get_pipe("tok2vec")
    predict = tok2vec.predict
    tok2vec.predict = timers.wrap("tok2vec", predict)
    try:
        yield
    finally:
        tok2vec.predict = predict
        ner.MODEL_DIR, ner._parse_batches, ner._word_keys, stage.beam_width = saved
        ner.load_model.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", action="append", type=Path, default=[])
    parser.add_argument("--docs", action="append", type=Path, default=[])
    args = parser.parse_args()
    models = args.model or [ner.MODEL_DIR]
    nlp = load()
    cleans = [clean_document(ingest_file(f)) for f in documents(args.docs or DEFAULT_DOCS)]
    texts = [c.text for c in cleans]
    before = nlp.pipe_names[: nlp.pipe_names.index("organizations")]
    docs = []
    for clean in cleans:
        doc = make_doc(clean)
        for name in before:
            doc = nlp.get_pipe(name)(doc)
        docs.append(doc)
    orgs = nlp.get_pipe("organizations")
    jieba.lcut("预热")

    def run_jieba() -> None:
        for text in texts:
            jieba.lcut(text)

    best: dict[str, float] = defaultdict(lambda: float("inf"))
    parts: dict[Path, dict[str, float]] = {}
    for model in models:  # warm up each model once
        with using_model(model, Timers(), orgs):
            orgs(docs[0])
    for _ in range(args.repeat):
        started = time.perf_counter()
        run_jieba()
        best["jieba"] = min(best["jieba"], time.perf_counter() - started)
        for model in models:
            timers = Timers()
            with using_model(model, timers, orgs):
                started = time.perf_counter()
                for doc in docs:  # the stage rewrites its span groups: re-running it is the same work
                    orgs(doc)
                seconds = time.perf_counter() - started
            if seconds < best[str(model)]:
                best[str(model)] = seconds
                parts[model] = dict(timers.seconds)
    base = best["jieba"]
    n = sum(len(t) for t in texts)
    print(f"{len(texts)} documents, {n} characters; bare jieba.lcut = 1.0 ({base:.2f} s, {n / base / 1000:.0f}K c/s)")
    for model in models:
        p = parts[model]
        decoder = p.get("model", 0.0) - p.get("tok2vec", 0.0)
        stage, model_s = best[str(model)] / base, p.get("model", 0.0) / base
        print(f"  {model} (beam {trained_width(model)}): organizations {stage:5.1f}x  (model {model_s:.1f}x: "
              f"tok2vec {p.get('tok2vec', 0) / base:.1f}x incl. word feature {p.get('word feature', 0) / base:.1f}x, "
              f"decoder {decoder / base:.1f}x; rules {stage - model_s:.1f}x)")


if __name__ == "__main__":
    main()
