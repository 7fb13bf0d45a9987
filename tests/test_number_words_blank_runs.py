"""A fraction's denominator is read from the first character of a run of blanks, not from each blank
of it: a clause with thousands of blanks (较上年 + 5,000 blanks + 缩短2天) is scanned once. No timing: the pattern
matches no position inside a run, and fractions after blanks read as before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.number_words import _patterns, fractions


def test_no_denominator_opens_inside_a_run_of_blanks() -> None:
    text = "较上年" + " " * 5000 + "缩短2天"
    pattern = _patterns().fraction
    assert pattern.match(text, 4) is None  # (inside the run)
    assert pattern.match(text, 2500) is None
    assert list(pattern.finditer(text)) == []
    # the run's first blank still reads a denominator after it
    assert pattern.match("约" + " " * 5000 + "三分之一", 1) is not None


@pytest.mark.parametrize(("text", "start", "value"), [
    ("约 三分之一", 2, Decimal(100) / 3),
    ("负 三分之一", 0, -Decimal(100) / 3),
    ("全国 ,  三分之二的企业", 6, Decimal(200) / 3),
    ("约" + " " * 5000 + "三分之一", 5001, Decimal(100) / 3),
    ("一又二分之一", 0, Decimal(150)),
])
def test_fractions_after_blanks_read_as_before(text: str, start: int, value: Decimal) -> None:
    found = fractions(text, text)
    assert [c.start for c in found] == [start]
    assert abs(found[0].value - value) < Decimal("1e-20")
