"""The sentence splitter stays linear and bounded: a line with no sentence end is cut into pieces of
at most MAX_SENTENCE_CHARS, and brackets (nested, unclosed) are matched as by the plain stack rule."""

from __future__ import annotations

import itertools
import random

from pipeline.limits import MAX_SENTENCE_CHARS
from pipeline.segment import _CLOSERS, _inside_pairs, _matched_brackets, bounded, split_sentences


def _pairs_by_scanning(text: str) -> list[tuple[int, int]]:
    """The rule, written the slow way: each closer scans the stack for its opener."""
    stack: list[tuple[str, int]] = []
    pairs = []
    closers = set(_CLOSERS.values())
    for i, ch in enumerate(text):
        if ch in _CLOSERS and not (ch in closers and stack and _CLOSERS[stack[-1][0]] == ch):
            stack.append((ch, i))
        elif ch in closers:
            for depth in range(len(stack) - 1, -1, -1):
                if _CLOSERS[stack[depth][0]] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return pairs


def test_brackets_match_as_the_stack_rule_says() -> None:
    rng = random.Random(12)
    alphabet = "“”‘’（）()《》「」『』【】[]字，。"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        pairs = _matched_brackets(text)
        assert pairs == _pairs_by_scanning(text)
        inside = [any(a < i < b for a, b in pairs) for i in range(len(text))]
        assert _inside_pairs(len(text), pairs) == inside


def test_a_line_without_sentence_ends_becomes_bounded_pieces() -> None:
    line = "数字经济规模持续扩大" * 66_000  # 660,000 characters, no sentence end, no comma
    spans = split_sentences(line)
    assert spans[0][0] == 0 and spans[-1][1] == len(line)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert max(end - start for start, end in spans) == MAX_SENTENCE_CHARS


def test_an_unclosed_quote_does_not_make_one_sentence_of_the_rest() -> None:
    text = "他说：“" + "增长百分之五。" * 3000 + "”"  # closed only at the very end: all of it protected
    spans = split_sentences(text)
    assert len(spans) > 1 and max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS


def test_a_long_span_is_cut_after_a_comma_near_the_limit() -> None:
    text = "甲" * 95 + "，" + "乙" * 50
    assert bounded(text, 0, len(text), limit=100) == [(0, 96), (96, 146)]
    assert bounded("丙" * 250, 0, 250, limit=100) == [(0, 100), (100, 200), (200, 250)]
    assert bounded("短句", 0, 2, limit=100) == [(0, 2)]
