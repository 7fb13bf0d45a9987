"""Docs built from typed blocks (caption, table, paragraph…), as a reader would hand them over."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.clean import Block, CleanDocument
from pipeline.nlp.language import load, make_doc


def doc_from_blocks(blocks: list[tuple[str, str]]) -> Doc:
    """The pipeline's Doc of blocks ``(kind, text)`` joined by line breaks."""
    text, spans, offset = "", [], 0
    for kind, body in blocks:
        if text:
            text += "\n"
            offset += 1
        spans.append(Block(offset, offset + len(body), kind, "body"))
        text += body
        offset += len(body)
    return load()(make_doc(CleanDocument("t", "", "", text, "", None, spans)))
