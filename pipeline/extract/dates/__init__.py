"""Calendar expressions (dates) in Chinese text, normalised as the annotation guidelines define them.

Values are ISO 8601 style (``2017``, ``2019-04``, ``2022-01-14``, ``2021-H1``, ``2021-Q1``,
``20`` for the 21st century) with ``/`` for ranges; ``granularity`` is one of century, year,
half, quarter, month, day, range. The lexicon (relative words, year parts, five-year plans,
eras, connectors, exclusions) and the grammar's patterns live in ``pipeline/resources/dates.yaml``.

Relative expressions are resolved in text order: deictic words (今年, 去年, 本月, 明天) against
an explicit year in brackets right after them (今年（2019年）) or the document date;
anaphoric ones (上年, 次年, 当年, 同期) and dates without a year (5月, 上半年, 13日) against the
nearest explicit date earlier in the same passage, else the document date. Without either
the value is ``None``, never a guess.

The package's modules, each of one concern, lowest first (each imports only from those above it): `records`
(DateMention, Anchor), `breaks` (passage, paragraph and sentence bounds), `periods` (calendar arithmetic over specs),
`formatting` (a spec's value and granularity), `cues` (cue phrases of a date's sentence), `defaults` (the `Default`
year/month/day tracker), `headings`, `resolution` (relative dates against their anchor), `titles` (the title's time
and the time of writing), `anchors` (how a date becomes the next one's anchor), `scan_state` (the records the scan
carries: the text's, the anchors', a candidate's reading), `anchor_choice` (which anchor a candidate uses: the special
cases, an ordered table of readers), `scan` (the scan's stages: `scan_dates`, `find_dates`, `quantities_outside_dates`)
and `title_value` (`title_time`). This module re-exports what other modules and tests
use.
"""

from pipeline.extract.dates.defaults import reported_periods
from pipeline.extract.dates.headings import heading_level, heading_parents, holiday_over, open_heading
from pipeline.extract.dates.records import GRANULARITIES, DateMention
from pipeline.extract.dates.scan import find_dates, quantities_outside_dates, scan_dates
from pipeline.extract.dates.title_value import title_time

__all__ = [
    "GRANULARITIES",
    "DateMention",
    "find_dates",
    "heading_level",
    "heading_parents",
    "holiday_over",
    "open_heading",
    "quantities_outside_dates",
    "reported_periods",
    "scan_dates",
    "title_time",
]
