"""Traditional-Chinese text is read through a simplified copy of the same length.

The lexicon, the head words, jieba's dictionary and the statistical model (CLUENER) are all in
simplified script, so 國務院港澳事務辦公室 would match none of them. ``pipeline.script`` (OpenCC)
gives a simplified copy of the same length, so offsets stay valid; the mentions are reported
with the document's own text.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.clean import CleanDocument
from pipeline.script import simplified


def simplified_doc(doc: Doc) -> Doc:
    """The Doc itself when its text is simplified already, else a Doc of the simplified copy
    tokenized like the original (same blocks, so the same sentences; its words where the two agree)."""
    from pipeline.nlp.tokenizer import JiebaTokenizer, text_document

    text = doc._.text
    simple = simplified(text)
    if simple == text:
        return doc
    blocks = list(doc._.blocks or [])
    clean = CleanDocument(doc_id=doc._.doc_id or "", source_path="", sha256="", text=simple, title="",
                          document_date=doc._.document_date, blocks=blocks) if blocks else text_document(simple)
    return JiebaTokenizer(doc.vocab).from_clean(clean, like=doc)
