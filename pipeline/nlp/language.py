"""The pipeline as one spaCy ``Language``: tokenizer and components from ``config.cfg``.

Also ``pipeline.load()``.

``load()`` returns it; ``nlp(text)`` gives a Doc with the span groups ``numbers``, ``dates``,
``organizations``, ``claims``, ``table_cells`` (and ``doc._.tables``, ``doc._.checks``);
``nlp(make_doc(clean))`` runs it over a cleaned document, blocks and metadata included.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.clean import CleanDocument
from pipeline.nlp import components, tokenizer
from pipeline.nlp.rows import extracted_rows
from pipeline.resources import cached, use_folder

CONFIG = Path(__file__).resolve().with_name("config.cfg")
__all__ = ["CONFIG", "components", "doc_from_text", "extract_all", "extracted_rows", "load", "make_doc"]


def load(resources: Path | None = None, **overrides: object) -> Language:
    """The pipeline (built once per process); ``resources``: a user resource folder to add."""
    if resources is not None:
        use_folder(resources)  # clears everything built from resources, this pipeline included
    return _build(tuple(sorted(overrides.items())))


@cached
def _build(overrides: tuple[tuple[str, object], ...]) -> Language:
    config = spacy.util.load_config(CONFIG, overrides=dict(overrides))
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def make_doc(clean: CleanDocument) -> Doc:
    """The tokenized Doc of a cleaned document (no component run yet)."""
    nlp = load()
    assert isinstance(nlp.tokenizer, tokenizer.JiebaTokenizer)
    return nlp.tokenizer.from_clean(clean)


def doc_from_text(text: str, document_date: dt.date | None = None, doc_id: str = "text") -> Doc:
    """The tokenized Doc of text taken as it is, one paragraph a line (tests, library use)."""
    return make_doc(tokenizer.text_document(text, document_date, doc_id))


def extract_all(doc: Doc) -> dict[str, list[dict]]:
    """Run the components over a tokenized Doc; rows per extracted table (without doc_id)."""
    return extracted_rows(load()(doc))
