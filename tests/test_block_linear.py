"""Per-block passes stay linear in a block's length: a 1 MB line is one block, with thousands of numbers and
dates, so a pass that scans every span of the block for each candidate is quadratic. The windowed look-ups give
the same answers as the full scans and read only the spans near the candidate."""

from __future__ import annotations

import random

import pytest

from pipeline.extract.date_lexicon import Candidate
from pipeline.extract.date_ranges import drop_excluded
from pipeline.extract.number_context import overlaps
from pipeline.spans import SpanSet


def _random_spans(rng: random.Random, n: int, width: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(n):
        a = rng.randrange(width)
        spans.append((a, a + rng.choice([0, 1, 2, 3, 7, 30])))
    return spans


def test_span_set_answers_as_the_full_scan() -> None:
    rng = random.Random(12)
    for _ in range(200):
        spans = _random_spans(rng, rng.randrange(12), 60)
        kept = SpanSet(spans[: len(spans) // 2])
        for span in spans[len(spans) // 2:]:  # added one by one, as claimed spans are
            kept.add(span)
        for _ in range(20):
            start = rng.randrange(-5, 70)
            end = start + rng.randrange(1, 9)
            assert kept.overlaps(start, end) == overlaps(spans, start, end), (spans, start, end)


def test_span_set_reads_only_nearby_spans() -> None:
    # 100,000 numbers in one block, one every 10 characters: a look-up reads a handful, not the block.
    kept = SpanSet((10 * k, 10 * k + 4) for k in range(100_000))
    assert len(kept.near(500_000, 500_003)) <= 2
    assert kept.overlaps(500_002, 500_003) and not kept.overlaps(500_005, 500_009)


def test_excluded_words_drop_as_the_full_scan() -> None:
    # 近期 and 每年 are non-date words; a candidate touching one is dropped unless it holds a whole one and more.
    text = "近期数据显示每年二〇二〇年近期" * 2000  # one long block
    rng = random.Random(3)
    cands = [Candidate(a, a + rng.randrange(1, 9), None) for a in sorted(rng.sample(range(len(text) - 9), 3000))]
    kept = drop_excluded(text, cands)
    words = ["目前", "当前", "近期", "此前", "近年来", "近年", "每年", "日前"]
    blocked = [(i, i + len(w)) for w in words for i in range(len(text)) if text.startswith(w, i)]

    def dropped(c: Candidate) -> bool:
        touches = any(a <= c.start < b or a < c.end <= b for a, b in blocked)
        return touches and not any(c.start <= a and b <= c.end and c.end - c.start > b - a for a, b in blocked)

    assert kept == [c for c in cands if not dropped(c)]
    assert 0 < len(kept) < len(cands)


def _whole_text_words(text: str) -> dict[int, int]:
    """The segmentation a plain text had before round 35: jieba over the whole text at once."""
    from pipeline.nlp.jieba_dict import jieba_tokenizer

    return {a: b for _word, a, b in jieba_tokenizer().tokenize(text)}


def _old_word_start_before(words: dict[int, int], pos: int) -> int | None:
    if pos in words:
        return None
    before = [start for start in sorted(words) if start <= pos]
    return before[-1] if before and words[before[-1]] > pos else None


_PIECES = ["中国人民银行", "营业收入", "2019年", "增长7.3%", "，", "。", " ", "\r\n", "\n", "\r", "abc",
           "A股", "+#&._%-", "（", "）", "、", "1,234.5亿元", "三千多个亿", "一带一路", "粵港澳大灣區",
           "\u3000", "¥", "§3", "x-y"]


def test_plain_text_is_segmented_piece_by_piece_as_jieba_segments_it_whole() -> None:
    # round 35: a plain text's words are cut only in the jieba run that holds the asked offset
    from pipeline.extract.number_context import Segmenter

    rng = random.Random(35)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 14)))
        words = _whole_text_words(text)
        seg = Segmenter(text)
        for pos in range(-2, len(text) + 3):
            assert seg.token_end_at(pos) == words.get(pos), (text, pos)
            assert seg.word_start_before(pos) == _old_word_start_before(words, pos), (text, pos)


def test_plain_text_segmentation_reads_only_the_run_asked_about() -> None:
    from pipeline.extract.number_context import JiebaPieces

    pieces = JiebaPieces("，".join(["营业收入增长7.3%"] * 20_000))
    assert pieces.words_around(100_000) and len(pieces._words) == 1


def _bisected_word_start_before(words: dict[int, int], starts: list[int], pos: int) -> int | None:
    """``_old_word_start_before`` over the starts sorted once (the whole-text reading, fast enough for long runs)."""
    import bisect

    if pos in words:
        return None
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 and words[starts[i]] > pos else None


@pytest.mark.parametrize("text", ["统一市场" * 3000, "营业收入增长7.3%" * 1500 + "，"
                                  + "粵港澳大灣區發展規劃綱要" * 500,
                                  "中国人民银行abc一带一路" * 800])
def test_long_runs_are_read_as_the_whole_text(text: str) -> None:
    # round 35 mend: one unpunctuated run of thousands of characters, asked at every offset, as jieba reads it whole
    from pipeline.extract.number_context import Segmenter

    words = _whole_text_words(text)
    starts = sorted(words)
    seg = Segmenter(text)
    for pos in range(-2, len(text) + 3):
        assert seg.token_end_at(pos) == words.get(pos), pos
        assert seg.word_start_before(pos) == _bisected_word_start_before(words, starts, pos), pos


class _CountingList(list):
    """A run's word starts that count the entries read (bisect reads a list subclass through ``__getitem__``)."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountingList.reads += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            _CountingList.reads += 1
            yield item


class _CountingDict(dict):
    """A run's words (start → end) that count the entries read, one by one or by walking them."""

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _CountingList.reads += 1
        return super().__getitem__(key)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for key in super().__iter__():
            _CountingList.reads += 1
            yield key

    def keys(self):  # type: ignore[no-untyped-def]
        return list(iter(self))

    def items(self):  # type: ignore[no-untyped-def]
        return [(key, dict.__getitem__(self, key)) for key in self]

    def values(self):  # type: ignore[no-untyped-def]
        return [dict.__getitem__(self, key) for key in self]


@pytest.mark.parametrize("n", [8000, 32000])
def test_word_start_before_is_linear_in_one_long_run(n: int) -> None:
    # round 35 mend (cost2.py): word_start_before scanned the whole run on every call; 4x the run, 16x the time.
    # No timing (round 39 mend): the run's words are counted as they are read, a bisection's few per question
    import math

    from pipeline.extract.number_context import Segmenter

    text = "统一市场" * (n // 4)
    seg = Segmenter(text)
    seg.token_end_at(0)  # the run segmented before the count starts
    pieces = seg._words
    (run,) = pieces._words
    words, starts = pieces._words[run], pieces._sorted[run]
    pieces._words[run], pieces._sorted[run] = _CountingDict(words), _CountingList(starts)
    _CountingList.reads = 0
    got = [seg.word_start_before(pos) for pos in range(n)]
    assert _CountingList.reads <= n * (math.log2(len(starts)) + 4), (_CountingList.reads, n)  # a scan: ~n²/4
    assert got == [_bisected_word_start_before(words, starts, pos) for pos in range(n)]
