"""The pipeline's stages as spaCy components: each reads what earlier ones wrote on the Doc.

Each is registered with what it assigns and requires; `config.cfg` names them in order. The
engines behind them are plain functions over text (``pipeline.extract.*``), so a kind's rules
can change without touching the wiring, and a new kind is one more component here.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.checks import extract_checks
from pipeline.extract.claims import Claim, extract_claims
from pipeline.extract.numbers import find_quantities
from pipeline.extract.organizations import find_organizations
from pipeline.extract.structure import INDEX_NAME_CLASS, find_structure, masked
from pipeline.extract.table_cells import dates_beside_cells, range_quantities
from pipeline.extract.tables import parse_tables, table_labels
from pipeline.nlp.arbiter import arbitrate
from pipeline.nlp.doc import WordIndex, write_group, write_groups
from pipeline.nlp.rows import claim_rows, date_rows, number_rows, organization_rows


@Language.component("pipeline_tables", assigns=["doc._.tables", "doc.spans"], requires=["doc._.blocks"])
def tables(doc: Doc) -> Doc:
    """Table blocks → ``doc._.tables``; spans ``table_cells`` (``span._.cell``, label = table id)
    and ``table_labels`` (the table text that is no cell)."""
    parsed = parse_tables(doc)
    doc._.tables = parsed
    cells = [(c.start, c.end, t.table_id, "cell", c) for t in parsed for c in t.cells]
    labels = table_labels(doc, parsed)  # (the text and blocks only: made before the groups' one cut)
    return write_groups(doc, [("table_cells", cells),
                              ("table_labels", [(a, b, "label", None, None) for a, b in labels])])


@Language.component("pipeline_structure", assigns=["doc.spans"], requires=["token.idx"])
def structure(doc: Doc) -> Doc:
    """Headings, labels, citations, codes and index names → ``structure`` (label = class): no
    number or date is read inside them (the engines see them masked; the arbiter drops the rest)."""
    spans = find_structure(doc._.text, words=WordIndex(doc).ends)
    doc = write_group(doc, "structure", [(sp.start, sp.end, sp.label, None, None) for sp in spans])
    return doc


def _unstructured_text(doc: Doc) -> str:
    """The Doc's text with its structure masked (offsets unchanged)."""
    return masked(doc._.text, [(s.start_char, s.end_char) for s in doc.spans.get("structure", [])])


@Language.component("pipeline_dates", assigns=["doc.spans"], requires=["doc._.document_date"])
def dates(doc: Doc) -> Doc:
    """Calendar expressions → ``dates`` (``span._.date``, label = granularity) and
    ``date_expressions`` (every expression, also in titles or without a value)."""
    measured = [(s.start_char, s.end_char) for s in doc.spans.get("table_cells", []) if s._.cell.is_measure]
    mentions, expressions = dates_beside_cells(_unstructured_text(doc), measured, doc._.document_date)
    return write_groups(doc, [("dates", [(d.start, d.end, d.granularity, "date", d) for d in mentions]),
                              ("date_expressions", [(a, b, "expression", None, None) for a, b in expressions])])


@Language.factory("pipeline_organizations", assigns=["doc.spans"], requires=["token.tag", "doc.spans"],
                  default_config={"use_model": True, "model_scope": "anchored", "beam_width": 8})
def make_organizations(nlp: Language, name: str, use_model: bool, model_scope: str, beam_width: int) -> Organizations:
    return Organizations(use_model, model_scope, beam_width)


class Organizations:
    """Organisation mentions → ``organizations`` (``span._.org``, label = type) and every
    organisation name the lexicon knows → ``org_names`` (for the arbiter)."""

    def __init__(self, use_model: bool, model_scope: str = "anchored", beam_width: int = 8) -> None:
        self.use_model = use_model
        self.model_scope = model_scope  # which sentences the model reads (organizations.scope)
        self.beam_width = beam_width

    def __call__(self, doc: Doc) -> Doc:
        mentions, names = find_organizations(doc, use_model=self.use_model, model_scope=self.model_scope,
                                             beam_width=self.beam_width)
        return write_groups(doc, [("organizations", [(m.start, m.end, m.type, "org", m) for m in mentions]),
                                  ("org_names", [(a, b, "name", None, None) for a, b in names])])


@Language.component("pipeline_numbers", assigns=["doc.spans"], requires=["token.tag", "doc.spans"])
def numbers(doc: Doc) -> Doc:
    """Quantities → ``numbers``: running text (label ``text``, ``span._.quantity``) and table
    cells with a value (label ``cell``, ``span._.cell``). The engine reads no quantity inside
    a calendar expression (dates own their digits, see the arbiter)."""
    expressions = sorted((s.start_char, s.end_char) for s in doc.spans["date_expressions"])
    text = doc._.text
    names = [s.end_char for s in doc.spans.get("structure", []) if s.label_ == INDEX_NAME_CLASS]
    quantities = find_quantities(_unstructured_text(doc), owned=expressions, word_ends=WordIndex(doc).ends,
                                 name_ends=names)
    items = [(q.start, q.end, "text", "quantity", replace(q, text=text[q.start:q.end])) for q in quantities]
    items += [(s.start_char, s.end_char, "cell", "cell", s._.cell) for s in doc.spans["table_cells"]
              if s._.cell.value is not None]
    items += [(q.start, q.end, "range", "quantity", q) for s in doc.spans["table_cells"]
              for q in range_quantities(s._.cell)]  # a range cell's two ends (25.60-58.80)
    doc = write_group(doc, "numbers", items)
    return doc


@Language.component("pipeline_arbiter", assigns=["doc.spans"], requires=["doc.spans"])
def arbiter(doc: Doc) -> Doc:
    """Overlaps across kinds, resolved by one documented priority (``pipeline.nlp.arbiter``)."""
    arbitrate(doc)
    return doc


@Language.component("pipeline_claims", assigns=["doc.spans"], requires=["doc.spans", "token.tag"])
def claims(doc: Doc) -> Doc:
    """Claims → ``claims``: a span on the claimed number, ``span._.claim`` its record."""
    rows = {"numbers": number_rows(doc), "dates": date_rows(doc), "organizations": organization_rows(doc)}
    found = [Claim(**row) for row in extract_claims(doc, rows)]
    doc = write_group(doc, "claims", [(c.number_start, c.number_end, "claim", "claim", c) for c in found])
    return doc


@Language.component("pipeline_checks", assigns=["doc._.checks"], requires=["doc._.tables", "doc.spans"])
def checks(doc: Doc) -> Doc:
    """Consistency checks of claims and tables → ``doc._.checks``."""
    doc._.checks = extract_checks(doc, {"numbers": number_rows(doc), "claims": claim_rows(doc)})
    return doc
