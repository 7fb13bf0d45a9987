"""Traditional-Chinese text is read through a simplified copy of the same length.

The lexicon, the head words, jieba's dictionary and the statistical model (CLUENER) are all in
simplified script, so 國務院港澳事務辦公室 would match none of them. OpenCC (the maintained
conversion library and data) gives a simplified copy; offsets stay valid because the copy has
the same length (phrase conversion that would change a length falls back to converting one
character at a time), and the mentions are reported with the document's own text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from pipeline.clean import CleanDocument


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def to_simplified(text: str) -> str:
    """text in simplified script, with exactly the same length (offsets unchanged)."""
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    return "".join(_char(ch) for ch in text)


def simplified_doc(doc: Doc) -> Doc:
    """The Doc itself when its text is simplified already, else a Doc of the simplified copy
    tokenized like the original (same blocks, so the same sentences)."""
    from pipeline.nlp.tokenizer import JiebaTokenizer, text_document

    text = doc._.text
    simple = to_simplified(text)
    if simple == text:
        return doc
    blocks = list(doc._.blocks or [])
    clean = CleanDocument(doc_id=doc._.doc_id or "", source_path="", sha256="", text=simple, title="",
                          document_date=doc._.document_date, blocks=blocks) if blocks else text_document(simple)
    return JiebaTokenizer(doc.vocab).from_clean(clean)
