"""``doc._cut`` gives the new Doc its uncut tokens as their lexemes' ids (``_piece_words``), only the pieces
as strings: the Doc is the one the words as strings (every token's text sliced again) made, on random cuts of
tokenizer Docs with spaces, splits and several cuts in turn (hypothesis)."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDX, LENGTH, ORTH, SENT_START, SPACY, TAG
from spacy.tokens import Doc

from pipeline.nlp import doc as doc_module
from pipeline.nlp.language import doc_from_text, load

_TEXTS = ["国务院发布通知，财政部表示支持。2023年全市新建学校12所，同比增长5.2%。",
          "中华人民共和国国家统计局公布数据。 GDP 增长 5.2% ， 投资 1,234.5亿元。\n第二段 本年度内共完成",
          "三一重工股份有限公司2024年营业收入增长。Apple Inc. 与 华为 合作"]


def _strings(text: str, orths: numpy.ndarray, starts: numpy.ndarray, ends: numpy.ndarray,
             whole: numpy.ndarray) -> list[int | str]:
    """The words before round 42: every token's text sliced."""
    return [text[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


def _state(doc: Doc) -> tuple:
    return (doc.to_array([ORTH, IDX, LENGTH, TAG, SENT_START, SPACY]).tolist(), [t.text for t in doc], doc.text,
            sorted(doc._.splits),
            [(name, [(s.start, s.end, s.start_char, s.end_char, s.label_) for s in g])
             for name, g in doc.spans.items()])


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(range(len(_TEXTS))), st.lists(st.lists(st.integers(0, 80), max_size=8), min_size=1, max_size=3),
       st.booleans())
def test_cut_with_orth_ids_is_the_cut_with_strings(which: int, rounds: list[list[int]], spaced: bool) -> None:
    text, vocab = _TEXTS[which], load().vocab
    doc = doc_from_text(text) if not spaced else Doc(vocab, words=text.split(), spaces=[True] * len(
        text.split()))
    if spaced:
        doc.spans["sentences"] = [doc[0:len(doc)]]
    new = old = doc
    for cuts in rounds:
        cuts = [c % (len(doc.text) + 1) for c in cuts]
        new = doc_module._cut(new, cuts)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(doc_module, "_piece_words", _strings)
            old = doc_module._cut(old, cuts)
        assert _state(new) == _state(old)
