"""Work "the rest" of the pipeline did again per value, now done once: the anaphor pattern compiled once
per head (``_anaphor_of``, gone since the round 37 mend), a table cell read once per (text, unit)
(``cell_quantity``), and a table header's dates read once per document for its label, its period and the years it
writes (``_Headers``, one for the total and the claim checks). Each gives the answers of the reading it replaced, on
varied inputs. Round 37: an anaphor before a head found by its words (``_names_anaphor``; the round 37 mend made
`anaphor_words` a word list, so the per-head pattern is gone), a short text's clause index kept
(``_short_clause_index``)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import checks
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.carried import _names_anaphor
from pipeline.extract.claim_times.clauses import _build_clause_index, _short_clause_index
from pipeline.extract.dates import find_dates
from pipeline.extract.table_cells import cell_quantity

_HAN = st.sampled_from(list("这一个该此上述份额指标增长出口服务贸易中所占呈趋势這該數據")) | st.characters(
    min_codepoint=0x20, max_codepoint=0x7e)
_TEXT = st.text(_HAN, max_size=24)


_ANAPHORS = st.sampled_from([tuple(cues().words("anaphor_words")), ("这一", "该"), ("此",), ("这个", "这一", "该"),
                             ("上述", "该", "此")])


@settings(max_examples=500, deadline=None)
@given(_ANAPHORS, _TEXT, st.text(_HAN | st.sampled_from(list(".*+?()[]|^$\\")), min_size=1, max_size=3))
def test_an_anaphor_found_by_words_is_the_one_the_pattern_finds(anaphors: tuple, text: str, head: str) -> None:
    """(round 37) The anaphor words (a word list since the round 37 mend) are tested word by word: the answer of the
    pattern of those words followed by the head, with or without an anaphor before the head."""
    pattern = "(?:" + "|".join(map(re.escape, anaphors)) + ")" + re.escape(head)
    for written in (text, text + anaphors[0] + head, head + text, text + anaphors[-1] + "，" + head):
        assert _names_anaphor(anaphors, head, written) == (re.search(pattern, written) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("，,；;（）()：:《》0123456789增长出口 ")), max_size=40))
def test_a_short_text_indexed_once_is_the_text_indexed_afresh(text: str) -> None:
    """(round 37) The short texts' clause index memo gives the index built afresh, the same object when asked again."""
    kept = _short_clause_index(text)
    assert kept == _build_clause_index(text)
    assert _short_clause_index(text) is kept


_CELL = st.text(st.sampled_from(list("0123456789.,-+%()（）〔〕−–以上左右万亿元吨个百分点BP ")), max_size=10)
_UNIT = st.sampled_from(["", "%", "亿元", "万吨", "元", "亿美元", "个百分点", "万人", "倍", "亿块", "年"])


@settings(max_examples=300, deadline=None)
@given(_CELL, _UNIT)
def test_a_cell_read_once_is_the_cell_read_afresh(text: str, unit: str) -> None:
    kept = cell_quantity(text, unit)
    assert cell_quantity.__wrapped__(text, unit) == kept  # the reading without the memo
    assert cell_quantity(text, unit) is kept


_HEADERS = ["2023年", "其中：商品零售", "产量（万吨）", "2019年 / 2020年预测", "1-11月（亿元）", "上年同期", "10月",
            "二〇二三年出口", "本月比上年同月增长（%）", "2015年", "GDP增速", "地方政府债务率 (%)", "2022年1-6月",
            "今年前三季度", "同比±%", "合計", "2024Q1"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_HEADERS), max_size=12), st.sampled_from([None, dt.date(2023, 12, 1)]))
def test_one_headers_reader_answers_as_fresh_ones(texts: list[str], date: dt.date | None) -> None:
    shared = checks._Headers(date)
    for text in texts:  # in any order, each text asked for all three, twice
        for _ in range(2):
            fresh = checks._Headers(date)
            assert shared.label(text) == fresh.label(text)
            assert shared.period(text) == checks._Headers(date).period(text)
            assert shared.writes_year(text) == checks._Headers(date).writes_year(text)
            assert shared._dates_of(text) == find_dates(text, date or dt.date(2000, 1, 1))
