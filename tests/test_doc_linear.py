"""The Doc's span writes and word look-ups cost what they touch, not the Doc's length.

Writing spans that split tokens costs one Doc rebuild per span group, however many tokens it splits.

spaCy's retokenizer moves the rest of the Doc for every split, so a stage that split k tokens of an n-token
Doc cost k·n (a 1 MB line: thousands of splits over hundreds of thousands of tokens). ``write_group`` cuts
all of a group's tokens at once into a new Doc, and carries tags, sentence starts, span groups and every
extension over to it. A word look-up over a range reads the words of that range (a slice from the range's
start to the Doc's end copied the rest of the Doc for every sentence a claim was sought in).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.nlp import doc as doc_module
from pipeline.nlp.doc import Word, WordIndex, words, write_group
from pipeline.nlp.language import doc_from_text, load


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the Docs that ``pipeline.nlp.doc`` builds (once the pipeline is loaded)."""
    load()
    made: list[int] = []

    def counting(*args: object, **kwargs: object) -> Doc:
        made.append(1)
        return Doc(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(doc_module, "Doc", counting)
    return made


def _halves(doc: Doc) -> list[tuple[int, int, str, str | None, object]]:
    """A span on the first character of every token longer than one character (each splits its token)."""
    return [(t.idx, t.idx + 1, "half", None, None) for t in doc if len(t) > 1]


@pytest.mark.parametrize("copies", [1, 300])
def test_one_rebuild_per_group_whatever_the_number_of_splits(builds: list[int], copies: int) -> None:
    doc = doc_from_text("中华人民共和国国务院发布通知。" * copies)
    n = len(doc)
    items = _halves(doc)
    assert len(items) >= copies
    cut = write_group(doc, "halves", items)
    assert builds == [1]
    assert len(doc) == n  # the Doc written to was not retokenized in place
    assert len(cut) == n + len(items)
    assert write_group(cut, "again", items) is cut and builds == [1]  # nothing left to split: no rebuild


def test_a_cut_keeps_tags_sentences_groups_and_extensions() -> None:
    doc = doc_from_text("国务院发布通知。财政部表示支持。", doc_id="d1")
    words_before = [(w.start, w.end, w.tag) for w in words(doc)]
    doc = write_group(doc, "kept", [(0, 3, "org", "org", "a record")])
    tags = {t.idx: t.tag_ for t in doc}
    cut = write_group(doc, "cut", [(1, 2, "x", None, None), (9, 11, "y", "claim", "another")])
    assert cut is not doc
    assert [t.text for t in cut][:3] == ["国", "务", "院"]
    assert [t.tag_ for t in cut][:3] == [tags[0]] * 3
    assert [s.text for s in cut.sents] == ["国务院发布通知。", "财政部表示支持。"]
    assert [(s.text, s.label_, s._.org) for s in cut.spans["kept"]] == [("国务院", "org", "a record")]
    assert [(s.text, s._.claim) for s in cut.spans["cut"]] == [("务", None), ("政部", "another")]
    assert [s.text for s in cut.spans["sentences"]] == ["国务院发布通知。", "财政部表示支持。"]
    assert cut._.doc_id == "d1" and cut._.text == cut.text
    assert {1, 2, 9, 11} - {t.idx for t in doc} <= cut._.splits
    assert [(w.start, w.end, w.tag) for w in words(cut)] == words_before  # the tokenizer's words, joined again


def test_a_span_off_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="no span"):
        write_group(doc_from_text("国务院发布通知。"), "bad", [(3, 30, "x", None, None)])


class _Counted(list):
    """A list that counts item reads and refuses slices (a slice copies)."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        assert not isinstance(i, slice), "a slice copies the rest of the Doc"
        _Counted.reads += 1
        return super().__getitem__(i)


def test_a_word_look_up_reads_only_the_range() -> None:
    index = WordIndex(doc_from_text("国务院发布通知。"))
    index.words = _Counted(Word(2 * k, 2 * k + 2, "通知", "n") for k in range(100_000))
    index.starts = [w.start for w in index.words]
    _Counted.reads = 0
    assert [w.start for w in index.within(100_000, 100_006)] == [100_000, 100_002, 100_004]
    assert [(w.start, w.end) for w in index.clipped(100_001, 100_006)] == [(100_001, 100_002), (100_002, 100_004),
                                                                         (100_004, 100_006)]
    assert _Counted.reads <= 10


_PIECES = ("通知", "ab", "12", "国务院", "发", "x")  # Latin and digit words untagged: tag_of reads no dictionary


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.integers(0, 2), st.booleans()), min_size=1, max_size=600),
       st.integers(-2, 3000), st.integers(0, 3000), st.integers(1, 600))
def test_clipped_slices_as_the_word_by_word_copy_did(pieces, start, length, block) -> None:  # type: ignore[no-untyped-def]
    """(round 33) ``clipped`` copies the words between the first and the last as a slice of the tagged words: the
    same words, texts and tags as the word-by-word copy, over any range (gaps between words, untagged words, blocks
    of any size)."""
    index = WordIndex(doc_from_text("国务院发布通知。"))
    at, made = 0, []
    for text, gap, tagged in pieces:
        at += gap
        made.append(Word(at, at + len(text), text, "n" if tagged else ""))
        at += len(text)
    index.words, index.starts = made, [w.start for w in made]
    old_block, doc_module._TAG_BLOCK = doc_module._TAG_BLOCK, block
    try:
        for begin, end in ((start, start + length), (0, at), (start, start + 3), (start // 2, start)):
            assert index.clipped(begin, end) == index._clipped_each(begin, end)
    finally:
        doc_module._TAG_BLOCK = old_block
