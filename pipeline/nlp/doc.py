"""The Doc's own attributes and the one way to write spans onto it.

Every stage stores what it found on the Doc: metadata and document-level results as
Doc extensions, mentions as span groups whose spans carry a typed record (a frozen
dataclass) in one span extension per kind. Record extensions have distinct names because
spaCy keys span extensions by character offsets: a number and a claim on the same text
must not share a slot.

Mentions need not start or end on jieba words (三一重 inside 三一重工), so writing a span
may split a token. A split keeps the tokenizer's word: its offsets go to ``doc._.splits`` and
:func:`words` rebuilds the words (with their POS tag), so a stage that runs later sees the
same words as one that ran earlier.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.tokens import Doc, Span

from pipeline.located import Located
from pipeline.nlp.jieba_dict import tag_of
from pipeline.segment import Sentence

DOC_EXTENSIONS: dict[str, Any] = {
    "doc_id": "", "document_date": None, "title": "", "blocks": None, "tables": None, "checks": None,
    "cleaned": None,
}
# ``doc._.text`` is ``doc.text``, kept once by the tokenizer (``doc._.cleaned``): spaCy rebuilds
# Doc.text from its tokens on every access.
# ``doc._.splits``: offsets where writing a span split a tokenizer word (no word boundary).
SPAN_EXTENSIONS = ("sentence", "quantity", "date", "org", "cell", "claim")


@dataclass(frozen=True)
class Word(Located):
    """One tokenizer word (a token, or the pieces a split made of it) with its POS tag."""

    tag: str


def register_extensions() -> None:
    """Declare the extensions once per process (spaCy extensions are global)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("text"):
        Doc.set_extension("text", getter=lambda doc: doc.text if doc._.cleaned is None else doc._.cleaned)
    if not Doc.has_extension("splits"):
        Doc.set_extension("splits", default=frozenset())
    if not Doc.has_extension("sentences"):
        Doc.set_extension("sentences", getter=sentences)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def sentences(doc: Doc) -> list[Sentence]:
    """The sentence records, in text order (the ``sentences`` span group holds them)."""
    if "sentences" not in doc.spans:
        return []
    return [span._.sentence for span in doc.spans["sentences"]]


_WORDS = "pipeline.words"  # doc.user_data key of the words, built once per Doc


def words(doc: Doc) -> list[Word]:
    """The tokenizer's words, in text order (split tokens joined again); tags as stored.

    Built once per Doc and kept in ``doc.user_data`` (every stage asks; a split made by a later
    span group joins again into the same words). Do not change the list."""
    known = doc.user_data.get(_WORDS)
    if known is not None:
        return known
    text = doc._.text
    strings = doc.vocab.strings
    splits = doc._.splits
    out: list[Word] = []
    for start, length, tag in doc.to_array(["IDX", "LENGTH", "TAG"]).tolist():
        end = start + length
        if start in splits and out and out[-1].end == start:
            last = out[-1]
            out[-1] = Word(last.start, end, text[last.start:end], last.tag)
        else:
            out.append(Word(start, end, text[start:end], strings[tag] if tag else ""))
    doc.user_data[_WORDS] = out
    return out


def _tagged(word: Word) -> Word:
    """The word with its POS tag (a word the dictionary lacks is tagged on first use)."""
    if word.tag:
        return word
    return Word(word.start, word.end, word.text, tag_of(word.text))


class WordIndex:
    """The Doc's words, indexed for range and start look-ups (build once per stage)."""

    def __init__(self, doc: Doc) -> None:
        self.words = words(doc)
        self.starts = [w.start for w in self.words]
        self.ends = {w.start: w.end for w in self.words}

    def within(self, start: int, end: int) -> list[Word]:
        """Words that lie inside [start, end)."""
        out = []
        for word in self.words[bisect.bisect_left(self.starts, start):]:
            if word.end > end:
                break
            out.append(_tagged(word))
        return out

    def clipped(self, start: int, end: int) -> list[Word]:
        """The words over [start, end), the first and last cut to the range (as if jieba had
        read only that piece)."""
        out = []
        for word in self.words[max(0, bisect.bisect_right(self.starts, start) - 1):]:
            if word.start >= end:
                break
            a, b = max(word.start, start), min(word.end, end)
            if a < b:
                out.append(Word(a, b, word.text[a - word.start:b - word.start], _tagged(word).tag))
        return out

    def end_at(self, start: int) -> int | None:
        """End of the word that starts at ``start`` (None when no word starts there)."""
        return self.ends.get(start)

    def boundaries(self) -> set[int]:
        """Every word start and end."""
        return {0, *self.starts, *self.ends.values()}


def _split_at(doc: Doc, cuts: set[int]) -> None:
    """Split the tokens that have one of ``cuts`` strictly inside them."""
    if not len(doc):
        return
    # Vectorised: a Python list of every token's bounds cost more than the splits themselves.
    bounds = doc.to_array(["IDX", "LENGTH"]).astype("int64")
    ordered = numpy.array(sorted(cuts), dtype="int64")
    at = numpy.searchsorted(bounds[:, 0], ordered, side="right") - 1
    ok = at >= 0
    at, ordered = at[ok], ordered[ok]
    strict = (bounds[at, 0] < ordered) & (ordered < bounds[at, 0] + bounds[at, 1])
    inner: dict[int, list[int]] = {}
    for i, cut in zip(at[strict].tolist(), ordered[strict].tolist(), strict=True):
        inner.setdefault(i, []).append(cut)
    if not inner:
        return
    groups = {name: [(s.start_char, s.end_char, s.label_) for s in group] for name, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for i, offsets in inner.items():
            token = doc[i]
            edges = [0, *(c - token.idx for c in offsets), len(token.text)]
            orths = [token.text[a:b] for a, b in itertools.pairwise(edges)]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths), attrs={"TAG": [token.tag_] * len(orths)})
    doc._.splits = doc._.splits | {c for offsets in inner.values() for c in offsets}
    for name, spans in groups.items():  # span groups hold token indices: rebuild them
        doc.spans[name] = [doc.char_span(a, b, label=label) for a, b, label in spans]


def write_group(doc: Doc, name: str, items: Iterable[tuple[int, int, str, str | None, Any]]) -> None:
    """Put (start, end, label, extension, record) items into span group ``name``, in order.

    ``extension`` None: a plain span (no record), which leaves any record on the same text alone.
    """
    items = list(items)
    cuts = {c for start, end, *_ in items for c in (start, end)}
    _split_at(doc, cuts)
    spans = []
    for start, end, label, extension, record in items:
        span = doc.char_span(start, end, label=label)
        if span is None:
            raise ValueError(f"{name}: no span for {start}:{end}")
        if extension is not None:
            span._.set(extension, record)
        spans.append(span)
    doc.spans[name] = spans


def records(doc: Doc, name: str, extension: str) -> Iterator[Any]:
    """The records of a span group, in the group's order."""
    if name in doc.spans:
        for span in doc.spans[name]:
            yield span._.get(extension)
