"""Which sentences the organisation model reads (organizations.scope): only those with a sign of a name."""

from __future__ import annotations

import pytest

from pipeline.extract.organizations import _sentences, find_organizations
from pipeline.extract.organizations.scope import model_sentences
from pipeline.nlp.doc import WordIndex
from pipeline.nlp.language import doc_from_text


def _read(text: str, scope: str = "anchored") -> list[str]:
    doc = doc_from_text(text)
    return [text[a:b] for a, b in model_sentences(text, WordIndex(doc), _sentences(doc, text), scope)]


@pytest.mark.parametrize("sentence", [
    "这家研究所上周发布了报告。",  # a head word
    "据Moody分析，前景稳定。",  # a capitalised Latin run
    "那只股票（600123）昨日上涨。",  # a stock code in brackets
    "腾讯的业绩不错。",  # a word jieba tags as a proper name (nz)
])
def test_a_sentence_with_a_sign_of_a_name_is_read(sentence: str) -> None:
    assert _read(sentence) == [sentence]


def test_a_sentence_without_any_sign_is_not_read() -> None:
    assert _read("去年全年的产量增长很快。") == []
    assert _read("他们昨天在公园里散步，心情很好。") == []


def test_scope_all_reads_every_sentence_and_unknown_scopes_fail() -> None:
    text = "去年全年的产量增长很快。\n腾讯的业绩不错。"
    assert _read(text, "all") == ["去年全年的产量增长很快。", "腾讯的业绩不错。"]
    assert _read(text) == ["腾讯的业绩不错。"]
    with pytest.raises(ValueError):
        _read(text, "some")


def test_sentences_read_give_the_same_names_in_either_scope() -> None:
    """The model reads whole sentences, so where it reads, its names do not depend on the scope."""
    text = "去年全年的产量增长很快。\n星海科技有限公司与腾讯签署了合作协议。"
    doc = doc_from_text(text)
    anchored = {(m.start, m.end) for m in find_organizations(doc)[0]}
    every = {(m.start, m.end) for m in find_organizations(doc, model_scope="all")[0]}
    assert anchored == every and anchored


def test_scope_clauses_reads_the_clauses_with_a_sign_and_joins_neighbours() -> None:
    text = "去年产量增长很快，腾讯的业绩不错，星海研究所也发布了报告；价格总体平稳。"
    assert _read(text, "clauses") == ["腾讯的业绩不错，星海研究所也发布了报告；"]
