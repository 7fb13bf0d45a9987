"""A stage's two span groups written with one cut give the Doc two writes gave.

`write_groups(doc, [(a, items_a), (b, items_b)])` cuts the Doc once at both groups' offsets; it must return the Doc
that ``write_group(write_group(doc, a, items_a), b, items_b)`` returns: the same tokens (text, offset, tag, sentence
start, space), the same groups in the same order with the same spans, labels and records, the same splits and words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.nlp import doc as doc_module
from pipeline.nlp.doc import words, write_group, write_groups
from pipeline.nlp.language import doc_from_text, load

_TEXT = "国务院发布通知，财政部表示支持。2023年全市新建学校12所，同比增长5.2%。中华人民共和国国家统计局公布数据。"


def _state(doc: Doc) -> tuple:
    """Everything a later stage reads of a Doc's tokens and groups."""
    tokens = [(t.text, t.idx, t.tag_, t.is_sent_start, t.whitespace_) for t in doc]
    groups = [(name, [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id, s.id, s._.claim, s._.date)
                      for s in group], dict(group.attrs)) for name, group in doc.spans.items()]
    return (tokens, groups, sorted(doc._.splits), [(w.start, w.end, w.tag) for w in words(doc)],
            [(s.start, s.end) for s in doc._.sentences])


_SPANS = st.lists(st.tuples(st.integers(0, len(_TEXT) - 1), st.integers(1, 6), st.booleans()), max_size=12)


def _items(spans: list[tuple[int, int, bool]], extension: str) -> list[tuple[int, int, str, str | None, object]]:
    return [(a, min(len(_TEXT), a + n), f"l{a}", extension if record else None, (a, n) if record else None)
            for a, n, record in spans]


@settings(max_examples=150, deadline=None)
@given(_SPANS, _SPANS, st.booleans())
def test_one_cut_gives_the_doc_of_two_writes(first: list, second: list, written_before: bool) -> None:
    load()
    items_a, items_b = _items(first, "claim"), _items(second, "date")

    def fresh() -> Doc:
        doc = doc_from_text(_TEXT, doc_id="d")
        if written_before:  # (a group of an earlier stage, carried over by the cut)
            doc = write_group(doc, "earlier", [(2, 5, "org", None, None), (20, 23, "x", None, None)])
        return doc

    two = write_group(write_group(fresh(), "a", items_a), "b", items_b)
    one = write_groups(fresh(), [("a", items_a), ("b", items_b)])
    assert _state(one) == _state(two)


def test_one_rebuild_for_both_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    load()
    doc = doc_from_text(_TEXT)
    made: list[int] = []

    def counting(*args: object, **kwargs: object) -> Doc:
        made.append(1)
        return Doc(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(doc_module, "Doc", counting)
    cut = write_groups(doc, [("a", [(1, 2, "x", None, None)]), ("b", [(9, 11, "y", None, None)])])
    assert made == [1] and list(cut.spans)[-2:] == ["a", "b"]
