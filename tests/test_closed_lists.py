"""The 、-lists closed by a word for listed shares, read in linear time: `_closed_lists` gives the matches
`finditer` of the `lists` pattern gives over the whole text, on texts built from names, separators, breaks and the
closers' pieces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.organizations.context import _closed_lists, _stock_patterns

PIECES = ["甲乙科技", "丙丁", "戊", "己庚辛壬癸子丑寅卯", "第1家企业", "、", "、", "、", "，", "。", " ", "（", "）",
          "等", "个股", "股票", "概念股", "13只", "涨停", "纷纷", "分别实现", "12.5亿元", "“", "”", ":"]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.integers(0, len(PIECES) - 1), max_size=40))
def test_closed_lists_equal_finditer(indices: list[int]) -> None:
    text = "".join(PIECES[k] for k in indices)
    assert _spans(_closed_lists(text)) == _spans(_stock_patterns()[1].finditer(text))


# round 35 mend: a closer-less 、-list whose run (no comma) holds a closer later, the shape that stayed quadratic
LIST_PIECES = ["企业0001", "甲乙", "戊", "丙丁等个股", "戊己庚辛壬癸子丑", "己庚辛壬癸子丑寅卯", "分别实现营业收入",
               "等", "个股", "、", "、", "、", "，", "涨停"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.integers(0, len(LIST_PIECES) - 1), max_size=60))
def test_closed_lists_equal_finditer_after_an_open_list(indices: list[int]) -> None:
    text = "、".join(f"企业{k:04d}" for k in range(30)) + "".join(LIST_PIECES[k] for k in indices)
    assert _spans(_closed_lists(text)) == _spans(_stock_patterns()[1].finditer(text))


def test_closed_lists_written_cases() -> None:
    for text in ["甲乙科技、丙丁电子等13只个股涨停", "甲乙科技、丙丁电子等涨停，戊己、庚辛等个股，",
                 "、".join(f"第{k}家企业" for k in range(200)) + "分别实现营业收入",
                 "、".join(f"第{k}家企业" for k in range(50)) + "等个股、甲乙、丙丁等股票", "等个股", "", "甲乙、丙丁",
                 "、".join(f"企业{k:04d}" for k in range(500)) + "分别实现营业收入同比增长带动相关板块甲乙、丙丁等个股",
                 "、".join(f"企业{k:04d}" for k in range(50)) + "等个股、" + "、".join(f"企{k}" for k in range(50))
                 + "等股票"]:
        assert _spans(_closed_lists(text)) == _spans(_stock_patterns()[1].finditer(text))
    assert _spans(_closed_lists("甲乙科技、丙丁电子等13只个股涨停")) == [(0, 9)]
