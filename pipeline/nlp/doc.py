"""The Doc's own attributes and the one way to write spans onto it.

Every stage stores what it found on the Doc: metadata and document-level results as
Doc extensions, mentions as span groups whose spans carry a typed record (a frozen
dataclass) in one span extension per kind. Record extensions have distinct names because
spaCy keys span extensions by character offsets: a number and a claim on the same text
must not share a slot.

Mentions need not start or end on jieba words (三一重 inside 三一重工), so writing a span
may split a token. A split keeps the tokenizer's word: its offsets go to ``doc._.splits`` and
:func:`words` rebuilds the words (with their POS tag), so a stage that runs later sees the
same words as one that ran earlier. A group's splits are made at once, in a new Doc that
:func:`write_group` returns (the component returns it to the pipeline): linear in the
Doc's length, where spaCy's retokenizer moves the whole Doc for each split.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, IDX, LEMMA, LENGTH, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span, SpanGroup

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


_SENTENCES = "pipeline.sentences"  # doc.user_data key of the sentence records read from the ``sentences`` group


class _SentenceMemo:
    """The records of one ``sentences`` span group (``group`` is that group object). A copy or a pickle of the Doc's
    ``user_data`` gets an empty memo (no group matches it), so no span group is ever copied or pickled with it."""

    __slots__ = ("group", "records")

    def __init__(self, group: SpanGroup | None, records: tuple[Sentence, ...]) -> None:
        self.group, self.records = group, records

    def __reduce__(self) -> tuple[type, tuple[None, tuple[()]]]:
        return _SentenceMemo, (None, ())

    def of(self, group: SpanGroup) -> tuple[Sentence, ...] | None:
        return self.records if self.group is group and len(self.records) == len(group) else None


def sentences(doc: Doc) -> list[Sentence]:
    """The sentence records, in text order (the ``sentences`` span group holds them).

    Read once per span group (round 39): every stage asks (about 7 times a document) and each read is a span
    extension look-up per sentence. The records live in ``user_data`` keyed by character offsets, which neither
    a cut (:func:`_cut` rebuilds the group on the same offsets, same ``user_data``, and hands the memo on) nor a
    new Doc's ask changes; a group put anew (another object) or grown in place is read afresh. A new list each
    call: a caller may change its own.

    The rule the memo rests on (mend of round 39): after ``from_clean`` the ``sentences`` group and its records are
    never changed in place: no span of the group is replaced or removed in place (``g[0] = …``, ``del g[0]``) and no
    span's ``_.sentence`` is set anew; a stage that changes the sentences puts a new group (``doc.spans["sentences"]
    = …``), which is read afresh. No pipeline code does otherwise (tests/test_rest_prefilters.py)."""
    group = doc.spans.get("sentences")
    if group is None:
        return []
    memo = doc.user_data.get(_SENTENCES)
    known = memo.of(group) if isinstance(memo, _SentenceMemo) else None
    if known is None:
        known = tuple(span._.sentence for span in group)
        doc.user_data[_SENTENCES] = _SentenceMemo(group, known)
    return list(known)


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


_TAG_BLOCK = 256  # words tagged at once by WordIndex.clipped (a block's check costs one look-up per call)


def _irregular(words: list[Word]) -> bool:
    """Some word is empty, overlaps the next or holds a text of another length than its span: then a word between
    the first and the last of a range may be cut too, and :meth:`WordIndex.clipped` goes word by word."""
    return any(w.start >= w.end or len(w.text) != w.end - w.start for w in words) or any(
        a.end > b.start for a, b in pairwise(words))


class WordIndex:
    """The Doc's words, indexed for range and start look-ups (build once per stage)."""

    def __init__(self, doc: Doc) -> None:
        self.words = words(doc)
        self.starts = [w.start for w in self.words]
        self.ends = {w.start: w.end for w in self.words}
        self._sliced: list[Word] | None = None  # the words ``_tagged`` was made of (made on the first long range)
        self._tagged: list[Word] | None = None  # the words, a block's with their tags once the block is tagged
        self._block_tagged = bytearray()

    def within(self, start: int, end: int) -> list[Word]:
        """Words that lie inside [start, end)."""
        out = []
        for i in range(bisect.bisect_left(self.starts, start), len(self.words)):  # no slice: a copy of the rest
            word = self.words[i]
            if word.end > end:
                break
            out.append(_tagged(word))
        return out

    def clipped(self, start: int, end: int) -> list[Word]:
        """The words over [start, end), the first and last cut to the range (as if jieba had
        read only that piece).

        Only the first and the last word can be cut (the words neither overlap nor touch past their
        neighbours), so the words between are a slice of the tagged words: a one-line list asks for its
        clause's words once per value, and a word-by-word copy of them made that quadratic in Python (round 33)."""
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = bisect.bisect_left(self.starts, end)  # the words from ``first`` up to here start before ``end``
        if last - first < 3 or (tagged := self._tag_blocks(first + 1, last - 1)) is None:
            return self._clipped_each(start, end)
        out = self._clipped_each(start, end, first, first + 1)
        out.extend(tagged[first + 1:last - 1])
        out.extend(self._clipped_each(start, end, last - 1, last))
        return out

    def _tag_blocks(self, begin: int, stop: int) -> list[Word] | None:
        """The words, those [begin, stop) sure to carry their tags (tagged in blocks of ``_TAG_BLOCK``: a word lacking
        its tag is tagged once, not once per range that holds it; ``_tagged`` is pure, so tagging a whole block
        changes no tag); None when the words are irregular. Made once per list of words, on the first long range
        (an index built only for its ``ends`` never pays for it)."""
        if self._sliced is not self.words:
            self._sliced = self.words
            self._tagged = None if _irregular(self.words) else list(self.words)
            self._block_tagged = bytearray(len(self.words) // _TAG_BLOCK + 1)
        tagged = self._tagged
        if tagged is None:
            return None
        for block in range(begin // _TAG_BLOCK, (stop - 1) // _TAG_BLOCK + 1):
            if not self._block_tagged[block]:
                low, high = block * _TAG_BLOCK, min(len(tagged), (block + 1) * _TAG_BLOCK)
                tagged[low:high] = [_tagged(w) for w in tagged[low:high]]
                self._block_tagged[block] = 1
        return tagged

    def _clipped_each(self, start: int, end: int, first: int | None = None, stop: int | None = None) -> list[Word]:
        """:meth:`clipped` word by word, over the words ``first`` up to ``stop`` (default: every word the range
        touches); the reference the sliced form must equal."""
        out = []
        if first is None:
            first = max(0, bisect.bisect_right(self.starts, start) - 1)
        for i in range(first, len(self.words) if stop is None else stop):
            word = self.words[i]
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


# Token annotations a rebuilt Doc would lose: the pipeline's Doc has none of them.
_UNCARRIED = (POS, MORPH, LEMMA, DEP, ENT_IOB)


def _merged_starts(starts: numpy.ndarray, inner: numpy.ndarray) -> numpy.ndarray:
    """``numpy.union1d(starts, inner)`` for the token starts and the sorted cuts strictly inside tokens: each cut is
    put in at its sorted place (``numpy.insert``, linear) instead of sorting the two anew (round 41: 0.14 s a cut on
    a 1 MB line). A cut inside a token is no token's start, so with starts strictly increasing the two are the same;
    any other starts (never seen) are merged by ``union1d`` as before."""
    if starts.size > 1 and not (starts[1:] > starts[:-1]).all():
        return numpy.union1d(starts, inner)
    return numpy.insert(starts, numpy.searchsorted(starts, inner), inner)


def _piece_words(text: str, orths: numpy.ndarray, starts: numpy.ndarray, ends: numpy.ndarray,
                 whole: numpy.ndarray) -> list[int | str]:
    """The new Doc's words for ``Doc(words=…)``: an uncut token as its old lexeme's id (``orths``: the ORTH of each new
    token's owner), a piece as its text (round 42). ``Doc`` takes an int as an orth id (``vocab.get_by_orth``): the
    lexeme the string ``text[start:end]`` would be looked up to, since an uncut token's text is that slice, without
    slicing and hashing every word again (216K words on the 1 MB line: about 0.09 s a cut → 0.03 s)."""
    words: list[int | str] = orths.tolist()
    for i in numpy.flatnonzero(~whole).tolist():
        words[i] = text[int(starts[i]):int(ends[i])]
    return words


def _cut(doc: Doc, cuts: Iterable[int]) -> Doc:
    """The Doc with its tokens cut at every offset of ``cuts`` that lies strictly inside a token.

    The same Doc when no cut falls inside a token; else a new Doc built once, in time linear in
    the Doc's length (spaCy's retokenizer moves the rest of the Doc for every split: quadratic on
    a long document). Each piece keeps its token's TAG; the first piece keeps its sentence start,
    the others start no sentence; the last keeps the trailing space. ``user_data`` (every Doc and
    span extension) is the same dict, span groups are rebuilt on the new tokens."""
    if not len(doc):
        return doc
    cols = doc.to_array([IDX, LENGTH, TAG, SENT_START, SPACY, ORTH])  # uint64; SENT_START -1 wraps
    starts = cols[:, 0].astype("int64")
    ends = starts + cols[:, 1].astype("int64")
    wanted = numpy.unique(numpy.fromiter(cuts, dtype="int64"))
    at = numpy.searchsorted(starts, wanted, side="right") - 1
    wanted, at = wanted[at >= 0], at[at >= 0]
    inner = wanted[(starts[at] < wanted) & (wanted < ends[at])]
    if not inner.size:
        return doc
    if doc.to_array(list(_UNCARRIED)).any():
        raise ValueError("a Doc with a parse, entities, lemmas or morphology cannot be cut")
    new_starts = _merged_starts(starts, inner)
    owner = numpy.searchsorted(starts, new_starts, side="right") - 1
    same_owner_next = numpy.append(owner[1:] == owner[:-1], False)
    new_ends = numpy.where(same_owner_next, numpy.append(new_starts[1:], 0), ends[owner])
    first, last = new_starts == starts[owner], new_ends == ends[owner]
    spaces = (last & (cols[owner, 4] != 0)).tolist()
    new = Doc(doc.vocab, words=_piece_words(doc._.text, cols[owner, 5], new_starts, new_ends, first & last),
              spaces=spaces, user_data=doc.user_data)
    not_start = numpy.array(-1, dtype="int64").astype("uint64")
    new.from_array([TAG, SENT_START], numpy.stack([cols[owner, 2], numpy.where(first, cols[owner, 3], not_start)],
                                                  axis=1))
    new.cats, new.user_hooks = doc.cats, doc.user_hooks
    new.user_token_hooks, new.user_span_hooks = doc.user_token_hooks, doc.user_span_hooks
    new._.splits = doc._.splits | frozenset(inner.tolist())
    # An old token index → its first piece in the new Doc (and the old length → the new one).
    moved = numpy.append(numpy.searchsorted(new_starts, starts), len(new)).tolist()
    memo = doc.user_data.get(_SENTENCES)
    for name, group in doc.spans.items():
        spans = [Span(new, moved[s.start], moved[s.end], label=s.label, kb_id=s.kb_id, span_id=s.id) for s in group]
        new.spans[name] = SpanGroup(new, name=name, attrs=group.attrs, spans=spans)
        if name == "sentences" and isinstance(memo, _SentenceMemo) and memo.of(group) is not None:
            new.user_data[_SENTENCES] = _SentenceMemo(new.spans[name], memo.records)  # same offsets, same records
    return new


def write_group(doc: Doc, name: str, items: Iterable[tuple[int, int, str, str | None, Any]]) -> Doc:
    """Put (start, end, label, extension, record) items into span group ``name``, in order.

    Returns the Doc to go on with: a new one when a span split a token (see :func:`_cut`); a
    component returns it to the pipeline. ``extension`` None: a plain span (no record), which
    leaves any record on the same text alone.
    """
    return write_groups(doc, [(name, items)])


def write_groups(doc: Doc, groups: Iterable[tuple[str, Iterable[tuple[int, int, str, str | None, Any]]]]) -> Doc:
    """:func:`write_group` for each (name, items) of ``groups`` in turn, with one cut for them all (round 41).

    A cut builds a new Doc and every span group anew (on a 1 MB line about 0.6 s each); a stage that writes two
    groups cut twice. Cutting at the offsets of both at once gives the same tokens (a cut's pieces keep their
    token's tag, the first its sentence start, the last its space, whichever cut made them), and a span written
    before the second cut and moved by it is the span its offsets give after both; the groups keep their order. So
    the Doc is the one two calls of :func:`write_group` return, with one rebuild. The items must not depend on the
    Doc the earlier group was written to (each stage's are made before it writes)."""
    groups = [(name, list(items)) for name, items in groups]
    doc = _cut(doc, (c for _, items in groups for start, end, *_ in items for c in (start, end)))
    for name, items in groups:
        spans = []
        for start, end, label, extension, record in items:
            span = doc.char_span(start, end, label=label)
            if span is None:
                raise ValueError(f"{name}: no span for {start}:{end}")
            if extension is not None:
                span._.set(extension, record)
            spans.append(span)
        doc.spans[name] = spans
    return doc


def records(doc: Doc, name: str, extension: str) -> Iterator[Any]:
    """The records of a span group, in the group's order."""
    if name in doc.spans:
        for span in doc.spans[name]:
            yield span._.get(extension)
