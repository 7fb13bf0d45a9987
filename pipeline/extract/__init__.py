"""Extractors: functions over the Doc that each add rows to an output table.

Entity extractors read only the Doc. Relation extractors (claims, checks) also
read the rows the entity extractors produced for the same document. The runner
adds `doc_id` and `sent_id` to every row, so an extractor returns offsets only.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from spacy.tokens import Doc

Rows = list[dict]
EntityExtractor = Callable[[Doc], Rows]
RelationExtractor = Callable[[Doc, dict[str, Rows]], Rows]

# table → extractors filling it, as "module:function" (imported on first use, so a
# broken optional extractor names itself in the error instead of breaking import).
ENTITY_EXTRACTORS: dict[str, list[str]] = {
    "tables": ["pipeline.extract.tables:extract_tables"],
    "numbers": ["pipeline.extract.numbers:extract_numbers", "pipeline.extract.tables:extract_table_numbers"],
    "dates": ["pipeline.extract.dates:extract_dates"],
    "organizations": ["pipeline.extract.organizations:extract_organizations"],
}
RELATION_EXTRACTORS: dict[str, list[str]] = {
    "claims": ["pipeline.extract.claims:extract_claims"],
    "checks": ["pipeline.extract.checks:extract_checks"],
}


def load(spec: str) -> Callable:
    module, _, name = spec.partition(":")
    return getattr(import_module(module), name)


def extract_all(doc: Doc) -> dict[str, Rows]:
    """Run every extractor over one Doc; returns rows per table (without doc_id)."""
    rows: dict[str, Rows] = {}
    for table, specs in ENTITY_EXTRACTORS.items():
        rows[table] = [row for spec in specs for row in load(spec)(doc)]
    for table, specs in RELATION_EXTRACTORS.items():
        rows[table] = [row for spec in specs for row in load(spec)(doc, rows)]
    return rows
