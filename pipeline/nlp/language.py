"""The pipeline as one spaCy ``Language``: tokenizer and components from ``config.cfg``.

Also ``pipeline.load()``.

``load()`` returns it; ``nlp(text)`` gives a Doc with the span groups ``numbers``, ``dates``,
``organizations``, ``claims``, ``table_cells`` (and ``doc._.tables``, ``doc._.checks``);
``nlp(make_doc(clean))`` runs it over a cleaned document, blocks and metadata included.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from pipeline.clean import CleanDocument
from pipeline.nlp import components, tokenizer
from pipeline.nlp.rows import extracted_rows
from pipeline.resources import cached, use_folder, user_folder

CONFIG = Path(__file__).resolve().with_name("config.cfg")
_SECTION = re.compile(r"^\[([^\]\s]+)\]", re.M)
__all__ = [
    "CONFIG", "components", "doc_from_text", "extract_all", "extracted_rows", "load", "make_doc", "pipeline_config",
]


def load(resources: Path | None = None, **overrides: object) -> Language:
    """The pipeline (built once per process); ``resources``: a user resource folder to add."""
    if resources is not None:
        use_folder(resources)  # clears everything built from resources, this pipeline included
    return _build(tuple(sorted(overrides.items())))


@cached
def _build(overrides: tuple[tuple[str, object], ...]) -> Language:
    return spacy.util.load_model_from_config(pipeline_config(dict(overrides)), auto_fill=True, validate=True)


def pipeline_config(overrides: dict[str, object] | None = None) -> Config:
    """The package's ``config.cfg``, then the user resource folder's ``config.cfg`` merged over it
    (``[components.organizations]`` / ``use_model = false`` there switches the model off without
    editing the package), then ``overrides`` ("components.organizations.beam_width": 4)."""
    config = spacy.util.load_config(CONFIG, interpolate=False)
    folder = user_folder()
    if folder is not None and (folder / CONFIG.name).is_file():
        config = config.merge(_user_config((folder / CONFIG.name).read_text(encoding="utf-8")))
    if overrides:
        config = config.merge(spacy.util.dot_to_dict(overrides))
    return config.interpolate()


def _user_config(text: str) -> Config:
    """A user's config, whose sections need not list their parents ([components.organizations]
    alone is enough: the parents confection requires are added)."""
    named = set(_SECTION.findall(text))
    parents = sorted({name.rsplit(".", i)[0] for name in named for i in range(1, name.count(".") + 1)} - named)
    return Config().from_str("".join(f"[{p}]\n\n" for p in parents) + text, interpolate=False)


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
