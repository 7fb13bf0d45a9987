"""Chinese document extraction pipeline: ingest → clean → (tokenize → extract: a spaCy pipeline) → tables.

``pipeline.load()`` returns the spaCy ``Language`` that extracts; see ``pipeline.nlp``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"


def load(*args: Any, **kwargs: Any) -> Language:
    """The extraction pipeline as a spaCy ``Language`` (imported on first use: spaCy is heavy)."""
    from pipeline.nlp.language import load as load_language

    return load_language(*args, **kwargs)
