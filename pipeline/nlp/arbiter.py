"""One arbiter of overlaps across kinds: who owns a piece of text that several kinds read.

Each engine reads its own kind without looking at the others; where their spans overlap,
these rules decide (the priority, highest first):

1. a table cell is read by its table: its value is the cell's number, never running text;
   structure (headings, labels, citations, codes, index names) holds no number and no date;
2. an organisation name owns the numerals and date words inside it (二十国集团 → no 二十国,
   三一重工 → no 三一重), also where the context makes the name no mention of its own;
3. a calendar expression owns its digits (2019年 is a date, never the count 2019);
4. a table label (header, row label, unit, note) owns the numbers written in it;
5. numbers read in running text come last.

Each rule is (owner, owned): an owned span that shares a token with an owner's span is
dropped; what survives is resolved longest-first by :func:`spacy.util.filter_spans`. Owners
own as their components wrote them. A table cell and a date may cover the same year (a year
column's header row): both stay, as no rule puts one above the other. A measured cell (a quantity with
a unit or under a year header) is never a date: the dates engine does not read it (``is_measure``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@dataclass(frozen=True)
class Spans:
    """The spans of span group ``group`` (only those labelled ``label``, if given)."""

    group: str
    label: str | None = None

    def of(self, doc: Doc) -> list[Span]:
        spans = doc.spans.get(self.group, [])
        return [s for s in spans if self.label is None or s.label_ == self.label]


TEXT_NUMBERS = Spans("numbers", "text")
RULES: tuple[tuple[Spans, Spans], ...] = (
    (Spans("table_cells"), TEXT_NUMBERS),
    (Spans("structure"), TEXT_NUMBERS),
    (Spans("structure"), Spans("dates")),
    (Spans("org_names"), TEXT_NUMBERS),
    (Spans("org_names"), Spans("dates")),
    (Spans("date_expressions"), TEXT_NUMBERS),
    (Spans("table_labels"), TEXT_NUMBERS),
)


def arbitrate(doc: Doc, rules: tuple[tuple[Spans, Spans], ...] = RULES) -> dict[Spans, list[Span]]:
    """Apply the rules to the Doc's span groups; returns what each owned selection lost."""
    dropped: dict[Spans, list[Span]] = {}
    owned_kinds = list(dict.fromkeys(owned for _, owned in rules))
    for owned in owned_kinds:
        taken = [False] * len(doc)
        for owner, target in rules:
            if target == owned:
                for span in owner.of(doc):
                    taken[span.start:span.end] = [True] * (span.end - span.start)
        spans = owned.of(doc)
        free = [s for s in spans if not any(taken[s.start:s.end])]
        kept = filter_spans(free)
        survivors = {(s.start, s.end) for s in kept}
        dropped[owned] = [s for s in spans if (s.start, s.end) not in survivors]
        others = [s for s in doc.spans[owned.group] if owned.label is not None and s.label_ != owned.label]
        doc.spans[owned.group] = sorted(others + kept, key=lambda s: (s.start_char, s.end_char))
    return dropped
