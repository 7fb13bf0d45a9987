"""The stages called "the rest" of extraction read less, byte-identically: a Doc's sentence records are read once per
span group (``pipeline.nlp.doc.sentences``, handed on by a cut), and the checks' header and sentence readers skip the
dates engine for a text in which the one pattern they ask of its mentions finds nothing (``repeat_search.piece_safe``:
a pattern with no anchor or lookaround finds in a piece of a text only what it finds in the whole). Each is compared
with the reading it replaced."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import checks
from pipeline.extract.dates import find_dates
from pipeline.nlp import doc as doc_module
from pipeline.nlp.doc import sentences, write_group
from pipeline.nlp.language import doc_from_text
from pipeline.repeat_search import piece_safe

_PIECES = ["a", "b", "1", r"\d", "[ab]", "[^a]", ".", "a*", "b+", "(?:ab)?", "(a|b1)", "a{2}", r"\w", "[0-9]{2}",
           "^", "$", r"\b", r"\B", "(?=a)", "(?!b)", "(?<=a)", "(?<!1)", r"\A", r"\Z", "(?>a+)", "a++", r"(a)(?:\1)"]
_UNSAFE = ["^a", "a$", r"\ba", r"a\B", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", r"\Aa", r"a\Z", "(?>a+)b", "a*+b",
           r"(a)\1", "(?:x|^a)", "(?:b(?=a))+"]


def test_a_pattern_that_reads_outside_its_match_is_not_piece_safe() -> None:
    """Anchors, lookarounds, atomic groups, possessive repeats and references can make a match in a piece none in the
    whole text, at any depth; plain patterns (the checks' ``written_year`` and ``written_period``) are safe."""
    assert not any(piece_safe(re.compile(p)) for p in _UNSAFE)
    safe = [r"\d{4}|[〇零一二三四五六七八九]{4}", "[0-9０-９一]|半年", "a(?:b|c)*d?"]
    assert all(piece_safe(re.compile(p)) for p in safe)
    assert piece_safe(checks._cues()["written_year"]) and piece_safe(checks._cues()["written_period"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4), st.text("ab1 2x", max_size=14),
       st.integers(0, 14), st.integers(0, 14))
def test_a_piece_safe_pattern_finds_in_a_piece_only_what_the_whole_holds(pieces: list[str], text: str, a: int,
                                                                          b: int) -> None:
    try:
        pattern = re.compile("".join(pieces))
    except re.error:  # (a quantifier after a quantifier)
        return
    piece = text[min(a, b):max(a, b)]
    if piece_safe(pattern) and pattern.search(piece):
        assert pattern.search(text)


def _writes_year_read_whole(reader: checks._Headers, text: str) -> bool:
    """``writes_year`` as round 38 read it: every text through the dates engine."""
    return any(m.value and checks._cues()["written_year"].search(m.text) for m in reader._dates_of(text))


def _period_read_whole(reader: checks._Headers, text: str) -> tuple[str | None, tuple[str, str] | None]:
    """``period`` as round 38 read it (no prefilter)."""
    stated = [(part.strip()[:4], None) for part in text.split(checks.COLUMN_PATH_SEPARATOR)
              if checks.is_period(part.strip())]
    for mention in reader._dates_of(text):
        if mention.value and checks._cues()["written_period"].search(mention.text):
            year, months = checks._as_period(mention.value)
            stated.append((year if checks._cues()["written_year"].search(mention.text) else None, months))
    years = {year for year, _ in stated if year}
    months = next((m for _, m in stated if m), None)
    return years.pop() if len(years) == 1 else None, months if len(years) < 2 else None


_TEXTS = ["2023年", "产量（万吨）", "上年同期", "10月", "二〇二三年出口", "本月比上年同月增长（%）", "今年前三季度",
          "合計", "2024Q1", "2O23年出口增长5%", "去年同期增长3.2%", "上半年", "前三季度GDP同比增长", "本月", "年末",
          "同比±%",
          "截至6月末，余额为12万亿元", "1-11月（亿元）", "2019年 / 2020年预测", "今年以来", "二季度末", "三月份",
          "全年", "2022年1-6月", "98Q4", "1H22", "2025上半年", "十四五期间", "上年末", "期末", "Q3", "第25周"]
_CHARS = st.sampled_from(list("0123456789O〇零一二三四五六七八九十年月日季度上下半前同期末去今本增长亿元%（）/-，。"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEXTS) | st.text(_CHARS, max_size=16), min_size=1, max_size=6),
       st.sampled_from([None, dt.date(2023, 12, 1), dt.date(2021, 3, 15)]))
def test_the_prefiltered_header_readings_are_the_whole_readings(texts: list[str], date: dt.date | None) -> None:
    """(round 39) ``writes_year`` and ``period`` skip the dates engine for a text ``written_year`` (or
    ``written_period``) finds nothing in; they answer as the readings that sent every text through it."""
    for text in texts:
        assert checks._Headers(date).writes_year(text) == _writes_year_read_whole(checks._Headers(date), text)
        assert checks._Headers(date).period(text) == _period_read_whole(checks._Headers(date), text)


def test_a_text_with_no_written_year_is_not_read_by_the_dates_engine() -> None:
    """The prefilter takes effect: a sentence without a four-digit run or four numerals is no dates scan (and one with
    one is), counted through the reader's memo."""
    reader = checks._Headers(dt.date(2023, 1, 1))
    assert not reader.writes_year("上年同期增长3.2%，本月回落")
    assert reader._dates == {}
    assert reader.writes_year("2022年增长3.2%")
    assert list(reader._dates) == ["2022年增长3.2%"]
    assert reader._dates["2022年增长3.2%"] == find_dates("2022年增长3.2%", dt.date(2023, 1, 1))


_PROSE = ("一、总体情况\n2023年全国规模以上工业企业实现利润总额76858亿元，比上年下降2.3%。其中，国有控股企业实现利润"
          "总额22623亿元。\n二、分行业情况\n电力、热力生产和供应业利润增长54.7%；汽车制造业增长5.9%。")


def _direct(doc: object) -> list:
    return [span._.sentence for span in doc.spans["sentences"]]  # type: ignore[attr-defined]


def test_sentence_records_read_once_are_the_records_read_afresh() -> None:
    """(round 39) The records kept per span group equal a direct read, before and after a cut that rebuilds the groups
    (the memo is handed on, not read again), after the group is put anew, and a caller's change to its list stays its
    own; a copy or pickle of the memo matches no group."""
    doc = doc_from_text(_PROSE, dt.date(2024, 1, 1))
    first = sentences(doc)
    assert first == _direct(doc) and len(first) > 2
    first.pop()
    assert sentences(doc) == _direct(doc)
    memo = doc.user_data[doc_module._SENTENCES]
    assert memo.of(doc.spans["sentences"]) is not None
    halves = [(t.idx, t.idx + 1, "half", None, None) for t in doc if len(t) > 1]
    cut = write_group(doc, "halves", halves)
    assert cut is not doc and len(cut) > len(doc)
    handed = cut.user_data[doc_module._SENTENCES]
    assert handed.of(cut.spans["sentences"]) is not None  # handed on by the cut
    assert sentences(cut) == _direct(cut) == _direct(doc)
    cut.spans["sentences"] = list(cut.spans["sentences"])[1:]  # a group put anew is read afresh
    assert sentences(cut) == _direct(cut) == _direct(doc)[1:]
    for other in (copy.deepcopy(memo), pickle.loads(pickle.dumps(memo))):
        assert other.group is None and other.of(cut.spans["sentences"]) is None


def test_a_same_length_group_put_anew_is_read_afresh() -> None:
    """(mend of round 39) The memo answers for its own group object only: a group of as many spans put anew (the
    records in another order) is read afresh, not answered with the old group's records."""
    doc = doc_from_text(_PROSE, dt.date(2024, 1, 1))
    before = sentences(doc)
    spans = list(doc.spans["sentences"])
    doc.spans["sentences"] = [spans[-1], *spans[:-1]]
    assert len(doc.spans["sentences"]) == len(before)
    assert sentences(doc) == _direct(doc) == [before[-1], *before[:-1]]


def test_a_group_grown_in_place_is_read_afresh() -> None:
    """(mend of round 39) A span appended to the same group object changes its length: read afresh."""
    doc = doc_from_text(_PROSE, dt.date(2024, 1, 1))
    before = sentences(doc)
    group = doc.spans["sentences"]
    group.append(group[0])
    assert sentences(doc) == _direct(doc) == [*before, before[0]]


def test_a_cut_after_the_group_was_replaced_hands_on_no_stale_records() -> None:
    """(mend of round 39) A cut hands the memo on only when it belongs to the group being rebuilt: after the group
    was put anew (and not read since), the cut Doc reads its records afresh."""
    doc = doc_from_text(_PROSE, dt.date(2024, 1, 1))
    before = sentences(doc)
    spans = list(doc.spans["sentences"])
    doc.spans["sentences"] = [spans[-1], *spans[:-1]]
    cut = write_group(doc, "halves", [(t.idx, t.idx + 1, "half", None, None) for t in doc if len(t) > 1])
    assert cut is not doc
    assert sentences(cut) == _direct(cut) == [before[-1], *before[:-1]]


def test_a_users_anchored_written_year_reads_every_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """(mend of round 39) A user's checks.yaml may anchor ``written_year`` or ``written_period`` (``^\\d{4}``): such a
    pattern is no ``piece_safe`` one, so the whole text is read by the dates engine as before (同比2023年增长: the
    mention 2023年 opens with the year though the sentence does not), the same answers as the full reading."""
    cues = dict(checks._cues())
    for key, source in (("written_year", r"^\d{4}"), ("written_period", r"^\d{4}"), ("written_year", r"(?<=比)\d{4}")):
        swapped = {**cues, key: re.compile(source)}
        monkeypatch.setattr(checks, "_cues", lambda swapped=swapped: swapped)
        for text in ("同比2023年增长", "比2023年末增长5%", "2022年1-6月"):
            date = dt.date(2024, 1, 1)
            assert checks._Headers(date).writes_year(text) == _writes_year_read_whole(checks._Headers(date), text)
            assert checks._Headers(date).period(text) == _period_read_whole(checks._Headers(date), text)
    monkeypatch.setattr(checks, "_cues", lambda: {**cues, "written_year": re.compile(r"^\d{4}")})
    assert checks._Headers(dt.date(2024, 1, 1)).writes_year("同比2023年增长")
