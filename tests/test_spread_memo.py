"""A 分别 list is read once per 分别 (``_marked_spread``), and the values after a 分别 are found by
bisection (``_from_offset``), not by a filter of the sentence's values per value: the same answers as the per-value
reading they replaced, on varied sentences and on every value of each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import clean
from pipeline.extract.claim_time import clause_bounds
from pipeline.extract.claims.chunks import chunk_bounds, list_chunk, spread_series
from pipeline.extract.claims.spreads import (
    _all_matches,
    _from_offset,
    _glued_run,
    _last_ending_by,
    _metric_after_mark,
    _slash_members,
    _Spread,
    _unmarked_members,
    _without_change,
    respectively_members,
)
from pipeline.nlp.language import doc_from_text, extract_all
from pipeline.resources import clear_caches


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=30), st.integers(-5, 70), st.integers(0, 20))
def test_bisection_finds_the_values_the_filter_found(starts, begin, start) -> None:  # type: ignore[no-untyped-def]
    numbers = [{"start": start + s, "end": start + s + 3} for s in sorted(starts)]
    found = _from_offset(numbers, begin, start)
    assert found == [n for n in numbers if n["start"] - start >= begin]
    assert all(a is b for a, b in zip(found, [n for n in numbers if n["start"] - start >= begin], strict=True))


def _read_per_value(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """The round-33 reading, kept here to compare: the whole list read again for each value."""
    marks = sorted([*cues().pattern("respectively").finditer(text, 0, offset),
                    *(m for m in _all_matches(cues().pattern("compound_pair_verb"), text) if m.end() <= offset)],
                   key=lambda m: m.start())
    if not marks:
        return _slash_members(text, offset, numbers, start) or _unmarked_members(text, offset, numbers, start)
    mark = marks[-1]
    after = spread_series(text, mark.end(), [n for n in numbers if n["start"] - start >= mark.end()], start)
    earlier = list_chunk(text, marks[-2].start(), numbers, start) if len(marks) > 1 else None
    between = text[mark.end():after[0]["start"] - start] if after else ""
    named = clean(between)
    shares = bool(after) and after[0]["unit"] == "%"
    if not named and shares and cues().pattern("bare_share").fullmatch(between.strip()):
        named = cues().setting("share_head")
    earlier_at = chunk_bounds(text, marks[-2].start())[1] - len(earlier.lstrip()) if earlier is not None else -1
    return _Spread(list_chunk(text, mark.start(), numbers, start), after, earlier, _without_change(named),
                   _metric_after_mark(text, marks[-2].end(), numbers, start) if len(marks) > 1 else "", earlier_at)


_SENTENCES = (
    "各港口船舶平均在港时间分别为1.0天、2.1天、3.2天、4.3天。",
    "第1家企业、第2家企业、第3家企业分别实现营业收入10.0亿元、11.1亿元、12.2亿元。",
    "与欧盟、东盟分别进出口3.2万亿元、2.1万亿元，分别增长5.1%、6.3%。",
    "财产险公司、人身险公司、再保险公司的平均综合偿付能力充足率分别为280%、200%和300%；"
    "平均核心偿付能力充足率分别为250%、150%和280%。",
    "减刑、假释分别占86.6%、10.9%，制造业和采矿业增加值分别增长3.4%和6.1%。",
    "全市新建学校12所，新增学位49个，国内上升5%、地区和国际分别下降3%和4%。",
    "公司销售/管理/研发费用为3.54/3.02/3.49亿元，同比+12.1%/+20.3%/+5.0%。",
    "产销分别完成2.1万辆和2.0万辆，同比分别增长11.2%和12.0%，环比分别下降1.0%和2.0%。",
)


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_list_read_once_is_the_list_read_per_value(text: str) -> None:
    numbers = sorted(extract_all(doc_from_text(text))["numbers"], key=lambda n: n["start"])
    assert numbers
    for start in (0,):
        for number in numbers:  # in order, as the sentence's values are claimed, then again from the last
            offset = number["start"] - start
            assert respectively_members(text, offset, numbers, start) == _read_per_value(text, offset, numbers, start)
        for number in reversed(numbers):
            offset = number["start"] - start
            assert respectively_members(text, offset, numbers, start) == _read_per_value(text, offset, numbers, start)


def test_another_values_list_or_new_resources_read_the_list_again() -> None:
    text = _SENTENCES[1]
    numbers = sorted(extract_all(doc_from_text(text))["numbers"], key=lambda n: n["start"])
    last = numbers[-1]["start"]
    whole = respectively_members(text, last, numbers, 0)
    fewer = numbers[1:]  # (the same text and marks, another list of values: not the memo's)
    assert respectively_members(text, last, fewer, 0) == _read_per_value(text, last, fewer, 0)
    clear_caches()
    again = respectively_members(text, last, numbers, 0)
    assert again == whole and again is not whole


def _glued_run_walked(text: str, offset: int, numbers: list[dict], start: int, glue):  # type: ignore[no-untyped-def]
    """The round-33 reading, kept here to compare: the clause's values filtered and the run walked per value."""
    begin, end = clause_bounds(text, offset)
    inside = sorted((n for n in numbers if begin <= n["start"] - start < end), key=lambda n: n["start"])
    at = next((k for k, n in enumerate(inside) if n["start"] - start == offset), None)
    if at is None:
        return None

    def glued(k: int) -> bool:
        return bool(glue(text[inside[k]["end"] - start:inside[k + 1]["start"] - start]))

    first, last = at, at
    while first > 0 and glued(first - 1):
        first -= 1
    while last + 1 < len(inside) and glued(last):
        last += 1
    return begin, inside, first, last


_RUN_GAPS = ("", "、", "和", "，", "；", "/", "／", " ", "以及", "增长", "，同比", "。")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_RUN_GAPS), st.sampled_from(("5%", "1.2天", "30亿元", "3.54"))), max_size=12),
       st.integers(0, 40), st.data())
def test_the_runs_read_once_are_the_runs_walked_per_value(pairs, start, data) -> None:  # type: ignore[no-untyped-def]
    text, numbers = "营业收入", []
    for gap, value in pairs:
        text += gap
        numbers.append({"start": start + len(text), "end": start + len(text) + len(value), "unit": ""})
        text += value
    rules = cues()
    glues = (rules.pattern("series_slash").fullmatch, rules.pattern("amount_list_joint").match)
    offsets = [n["start"] - start for n in numbers] + [0, len(text)]
    for offset in data.draw(st.permutations(offsets)):
        for glue in glues:
            assert _glued_run(text, offset, numbers, start, glue) == _glued_run_walked(text, offset, numbers, start,
                                                                                        glue)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 6)), max_size=30), st.integers(-5, 70))
def test_the_last_value_sought_back_is_the_last_the_filter_found(spans, position) -> None:  # type: ignore[no-untyped-def]
    numbers = [{"start": s, "end": s + length} for s, length in sorted(spans, key=lambda span: span[0])]
    previous = [n for n in numbers if n["end"] <= position]
    assert _last_ending_by(numbers, position) is (previous[-1] if previous else None)
