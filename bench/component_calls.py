"""Python function calls per extraction component: a cost check of rule changes that machine load cannot skew.

Seconds on a shared 2-core machine move by ±10% between runs, more than most rule changes cost. A count of the
function calls each spaCy component makes over the same documents is deterministic, so two checkouts compare
exactly (run it once with each on ``PYTHONPATH``). ``--times N`` also counts over each text taken N times over as
one document: calls per character that stay flat from 1× to N× mean nothing added grows with size.

The documents: the seed (``raw/*.txt``) and the Markdown documents of ``../shared/corpus/dev`` when present.

    python bench/component_calls.py [--times 4]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from pipeline.clean import CleanDocument, clean_document
from pipeline.ingest import ingest_file
from pipeline.nlp import tokenizer
from pipeline.nlp.language import load, make_doc

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def sources() -> list[Path]:
    """The seed, then the dev corpus's Markdown documents (text-only formats: no PDF reading in the count)."""
    return sorted((ROOT / "raw").glob("*.txt")) + (sorted(DEV.glob("*.md")) if DEV.is_dir() else [])


def calls_per_component(docs: list[Doc]) -> dict[str, int]:
    """Each component over every Doc in pipeline order, its function calls counted by cProfile."""
    counts: dict[str, int] = {}
    for name, component in load().pipeline:
        profile = cProfile.Profile()
        profile.enable()
        docs = [component(doc) for doc in docs]
        profile.disable()
        counts[name] = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    return counts


def repeated(cleaned: list[CleanDocument], times: int) -> list[Doc]:
    """Each cleaned text ``times`` over as one plain-text document (one paragraph a line)."""
    return [make_doc(tokenizer.text_document("\n".join([c.text] * times), None, c.doc_id)) for c in cleaned]


def report(label: str, counts: dict[str, int], chars: int | None = None) -> str:
    per: Callable[[int], str] = (lambda n: f"{n:,}") if chars is None else (lambda n: f"{n / chars:.1f}")
    return f"{label}: " + "  ".join(f"{name} {per(n)}" for name, n in counts.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--times", type=int, default=0, help="also count per character over each text N times over")
    args = parser.parse_args()
    cleaned = [clean_document(ingest_file(path)) for path in sources()]
    if not cleaned:
        raise SystemExit(f"no documents to count over: {ROOT / 'raw'} holds no .txt file")
    calls_per_component([make_doc(c) for c in cleaned])  # warm: dictionaries, patterns and caches built once
    print(report(f"calls, {len(cleaned)} documents", calls_per_component([make_doc(c) for c in cleaned])))
    if args.times > 1:
        for times in (1, args.times):
            docs = repeated(cleaned, times)
            chars = sum(len(doc.text) for doc in docs)
            print(report(f"calls per character, texts {times}× ({chars:,} characters)", calls_per_component(docs),
                         chars))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
