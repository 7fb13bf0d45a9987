"""The tokenizer's split of glued adverbs read at the glued words only: the same words as the reading that
tagged every word of the piece and handed the pairs to ``pos_hmm.split_glued_adverbs``, on random pieces of glued
words (known and unknown), verbs, names, adverbs and other words, and on jieba's own words of such texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.jieba_dict import jieba_tokenizer, pos_tagger, tag_of
from pipeline.nlp.pos_hmm import glued_adverbs, split_glued_adverbs
from pipeline.nlp.tokenizer import _split_glued_adverbs

_WORDS = ["本年度内", "内共", "年内共", "全年共", "共", "均", "都", "已", "共有", "总共", "完成", "实现", "增长",
          "表示", "王均", "李都", "张已", "企业均", "项目都", "已经", "都是", "均为", "我们", "市场", "12", "。",
          "，", "A", "已完成", "累计共", "同比均", "计划", "达到", "投资", "营收均", "均共", "都已", "内", "上海市"]


def _old(piece: list[str], known: dict[str, int], tags: dict[str, str]) -> list[str]:
    """The reading before round 42: every word tagged, the pairs split by ``split_glued_adverbs``."""
    adverbs = glued_adverbs()
    if not any(len(w) > 1 and w[-1] in adverbs and not known.get(w) for w in piece):
        return piece
    pairs = [(w, tags.get(w) or (tag_of(w) if len(w) > 1 and w[-1] in adverbs else "")) for w in piece]
    return [word for word, _ in split_glued_adverbs(pairs, known, tags)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_glued_split_at_the_glued_words_is_the_pairs_split(piece: list[str]) -> None:
    known, tags = jieba_tokenizer().FREQ, pos_tagger().word_tag_tab
    assert _split_glued_adverbs(list(piece), known, tags) == _old(list(piece), known, tags)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_glued_split_of_jiebas_words(parts: list[str]) -> None:
    known, tags = jieba_tokenizer().FREQ, pos_tagger().word_tag_tab
    piece = [w for w, _, _ in jieba_tokenizer().tokenize("".join(parts), HMM=True)]
    assert _split_glued_adverbs(list(piece), known, tags) == _old(list(piece), known, tags)


def test_the_cases_split_and_kept() -> None:
    known, tags = jieba_tokenizer().FREQ, pos_tagger().word_tag_tab
    for piece in (["本年度", "内共", "完成"], ["王均", "表示"], ["总共", "完成"], ["内共"], ["内共", "内共", "完成"]):
        assert _split_glued_adverbs(piece, known, tags) == _old(piece, known, tags)
    assert _old(["本年度", "内共", "完成"], known, tags) == ["本年度", "内", "共", "完成"]
