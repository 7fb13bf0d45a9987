"""How often the dates engine runs while the pipeline reads documents: a count, not a time (round 39 mend).

The round-39 prefilter of ``checks._Headers.writes_year`` and ``period`` skips the dates engine for a text their year
or period pattern finds nothing in; this counts, over the same documents, the calls of ``find_dates`` and
``scan_dates`` (every caller: the dates component, the checks, the claims) and of the checks' ``_dates_of``, by
cProfile over the whole pipeline. Run it once with each checkout on ``PYTHONPATH`` to compare two of them exactly:

    PYTHONPATH=<checkout> python bench/rest_profile.py [more documents …]

The documents: the seed (``raw/*.txt``) and the Markdown documents of ``../shared/corpus/dev`` when present
(``bench/component_calls.py``'s set), then any file given (any format ``pipeline.ingest`` reads: a PDF too).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

from component_calls import sources

from pipeline.clean import clean_document
from pipeline.ingest import ingest_file
from pipeline.nlp.language import load, make_doc

COUNTED = ("find_dates", "scan_dates", "_dates_of")


def counted_calls(paths: list[Path]) -> dict[str, int]:
    """Calls of each ``COUNTED`` function while the whole pipeline reads ``paths`` (cleaned outside the count)."""
    cleaned = [clean_document(ingest_file(path)) for path in paths]
    nlp = load()
    profile = cProfile.Profile()
    profile.enable()
    for c in cleaned:
        doc = make_doc(c)
        for _, component in nlp.pipeline:
            doc = component(doc)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    counts = dict.fromkeys(COUNTED, 0)
    for (path, _, name), (_, calls, *_) in stats.items():
        if name in counts and "pipeline" in path:
            counts[name] += calls
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="more documents after the seed and the dev corpus")
    args = parser.parse_args()
    paths = sources() + args.paths
    counts = counted_calls(paths)
    print(f"{len(paths)} documents: " + "  ".join(f"{name} {n:,}" for name, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
