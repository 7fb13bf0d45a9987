"""Train the organisation NER from CLUENER2020 and score it on a fixed held-out split.

CLUENER's company, government and organization spans are merged into one label, ORG,
because the project types organisations with its own rules (lexicon and head words) and
the three CLUENER types overlap heavily in practice.  10% of the file is held out with a
fixed seed (:data:`HOLDOUT_SEED`, independent of the training seed so every run is scored on
the same sentences); of the remaining 90%, 5% is the dev set that picks the best checkpoint,
so the held-out 10% is never seen during training or model selection.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.util import filter_spans

from pipeline.ner import LABEL, predict_spans

CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"
ORG_TYPES = ("company", "government", "organization")
HOLDOUT_SEED = 20200
HOLDOUT_FRACTION = 0.1
DEV_FRACTION = 0.05
# Train with the non-organisation CLUENER types as extra labels (only ORG is ever used).
AUX_LABELS = False

# (text, ORG spans, spans of the other CLUENER types with their upper-cased type as label)
Record = tuple[str, list[tuple[int, int]], list[tuple[int, int, str]]]


def read_cluener(path: Path) -> list[Record]:
    """Texts with their organisation spans as (start, end-exclusive) character offsets, plus the
    other CLUENER entities (address, name, …), which training may use as auxiliary labels."""
    records: list[Record] = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            spans: set[tuple[int, int]] = set()
            aux: set[tuple[int, int, str]] = set()
            for typ, entities in (row.get("label") or {}).items():
                for surface, offsets in entities.items():
                    for start, end_incl in offsets:
                        if text[start : end_incl + 1] != surface:
                            continue
                        if typ in ORG_TYPES:
                            spans.add((start, end_incl + 1))
                        else:
                            aux.add((start, end_incl + 1, typ.upper()))
            records.append((text, sorted(spans), sorted(aux)))
    return records


def split_records(records: list[Record], seed: int = HOLDOUT_SEED) -> tuple[list[Record], list[Record]]:
    """(train part, held-out 10%), reproducible from the seed alone."""
    order = list(range(len(records)))
    random.Random(seed).shuffle(order)
    n_held = round(len(records) * HOLDOUT_FRACTION)
    held = sorted(order[:n_held])
    rest = sorted(order[n_held:])
    return [records[i] for i in rest], [records[i] for i in held]


def heldout_split(data: Path) -> list[Record]:
    """The held-out evaluation records of a CLUENER file (same split as training used)."""
    return split_records(read_cluener(data))[1]


def to_docbin(nlp: Language, records: list[Record], aux_labels: bool = False) -> tuple[DocBin, int]:
    """DocBin of gold docs; ORG spans that do not align with the tokenizer are dropped (counted).

    With ``aux_labels`` the other CLUENER types are kept as their own labels: the model then
    learns that a place or a person is something else, not just "not ORG"."""
    db = DocBin(store_user_data=False)
    dropped = 0
    for text, spans, aux in records:
        doc = nlp.make_doc(text)
        ents = []
        for start, end in spans:
            span = doc.char_span(start, end, label=LABEL, alignment_mode="strict")
            if span is None:
                dropped += 1
            else:
                ents.append(span)
        org_ents = filter_spans(ents)
        extra = []
        if aux_labels:
            for start, end, label in aux:
                span = doc.char_span(start, end, label=label, alignment_mode="strict")
                if span is not None and all(span.end <= e.start or e.end <= span.start for e in org_ents):
                    extra.append(span)
        doc.ents = sorted(org_ents + filter_spans(extra), key=lambda sp: sp.start)
        db.add(doc)
    return db, dropped


def score_spans(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> dict[str, float]:
    """Exact-span micro precision/recall/F1 over character offsets."""
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        tp += len(gs & ps)
        n_gold += len(gs)
        n_pred += len(ps)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "n_gold": n_gold, "n_pred": n_pred, "tp": tp}


def evaluate(nlp: Language, records: list[Record]) -> dict[str, float]:
    """Score a loaded pipeline on records (exact span, ORG only)."""
    pred = predict_spans([r[0] for r in records], nlp=nlp)
    return score_spans([r[1] for r in records], pred)


def sha256_file(path: Path) -> str:
    """Hex digest, recorded so a model can be tied to the exact data it was trained on."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _forget_temp_paths(config_file: Path) -> None:
    """The saved config names the temporary DocBins; blank them so the shipped files do not
    change from run to run and point nowhere."""
    from thinc.api import Config

    cfg = Config().from_disk(config_file, interpolate=False)
    for key in ("train", "dev"):
        cfg["paths"][key] = None
    cfg.to_disk(config_file)


def train_ner(
    data: Path,
    out: Path,
    *,
    seed: int = 0,
    max_steps: int | None = None,
    config: Path = CONFIG_PATH,
    overrides: dict[str, Any] | None = None,
    aux_labels: bool = AUX_LABELS,
) -> dict:
    """Train the ORG model on CLUENER ``data`` into ``out``; return held-out scores.

    ``out`` receives the best pipeline (a spaCy model folder) plus ``training.json`` with the
    data hash, scores, versions and timing.  ``max_steps`` caps training (smoke tests).
    """
    from spacy.cli.train import train as spacy_train

    data, out = Path(data), Path(out)
    started = time.time()
    records = read_cluener(data)
    train_part, held = split_records(records)
    rng = random.Random(seed)
    order = list(range(len(train_part)))
    rng.shuffle(order)
    n_dev = max(1, round(len(train_part) * DEV_FRACTION))
    dev = [train_part[i] for i in sorted(order[:n_dev])]
    train = [train_part[i] for i in sorted(order[n_dev:])]

    cfg_overrides: dict[str, Any] = {"system.seed": seed}
    if max_steps is not None:
        cfg_overrides["training.max_steps"] = max_steps
        cfg_overrides["training.eval_frequency"] = max(1, min(400, max_steps))
    cfg_overrides.update(overrides or {})

    nlp = spacy.util.load_model_from_config(spacy.util.load_config(config), auto_fill=False)
    with tempfile.TemporaryDirectory(prefix="org_ner_") as tmp:
        tmpdir = Path(tmp)
        train_db, dropped_train = to_docbin(nlp, train, aux_labels)
        dev_db, _ = to_docbin(nlp, dev, aux_labels)
        train_db.to_disk(tmpdir / "train.spacy")
        dev_db.to_disk(tmpdir / "dev.spacy")
        cfg_overrides["paths.train"] = str(tmpdir / "train.spacy")
        cfg_overrides["paths.dev"] = str(tmpdir / "dev.spacy")
        spacy_train(config, tmpdir / "output", overrides=cfg_overrides)
        best = tmpdir / "output" / "model-best"
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(best, out)
    _forget_temp_paths(out / "config.cfg")

    trained = spacy.load(out)
    scores = evaluate(trained, held)
    elapsed = time.time() - started
    record = {
        "label": LABEL,
        "cluener_types": list(ORG_TYPES),
        "data_file": data.name,
        "data_sha256": sha256_file(data),
        "n_sentences": len(records),
        "n_train": len(train),
        "n_dev": len(dev),
        "n_heldout": len(held),
        "holdout_seed": HOLDOUT_SEED,
        "holdout_fraction": HOLDOUT_FRACTION,
        "train_spans_dropped_misaligned": dropped_train,
        "aux_labels": aux_labels,
        "seed": seed,
        "max_steps": max_steps,
        "overrides": {k: v for k, v in cfg_overrides.items() if not k.startswith("paths.")},
        "heldout": scores,
        "spacy_version": spacy.__version__,
        "training_seconds": round(elapsed, 1),
    }
    (out / "training.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return scores


def main(argv: list[str] | None = None) -> None:
    """``python -m pipeline.ner.train DATA OUT [--seed N] [--max-steps N] [--set key=value ...]``."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--set", action="append", default=[], help="config override key=json-value")
    parser.add_argument("--aux-labels", action=argparse.BooleanOptionalAction, default=AUX_LABELS)
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    scores = train_ner(
        args.data, args.out, seed=args.seed, max_steps=args.max_steps, overrides=overrides, aux_labels=args.aux_labels
    )
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
