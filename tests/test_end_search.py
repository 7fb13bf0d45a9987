"""``search_at_end`` searches a …$ pattern only in the tail of the text that can hold its match: the same
match (span and groups) as the full search, for every resource pattern the claim code reads that way, on varied texts
made of their own words, whitespace and newlines; and the width read from a pattern's parse tree, on a table."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.end_search import end_anchored_bound, end_anchored_width, search_at_end
from pipeline.extract.claim_cues import cues

_READ_AT_END = ("bound_level_reached", "condition_before", "validity_term_before", "addressee_before",
                "change_start_value", "rule_cap_before", "metric_head", "threshold_attribute",
                "marginal_increment_before", "ratio_value_before", "previous_value",
                # (unbounded ones: their unbounded repeats' characters counted as nothing, round 34)
                "formula_before", "counted_threshold_before", "statistic_before",
                "replication_count_before",  # (round 38 mend)
                "share_base_count_before",  # (round 39 mend)
                "pair_start_open")  # (round 40 last read: 由2.90人提高到…, read once per value of its clause)
_WORDS = ("提高到", "调整为", "每人", "每年", "的", "不低于", "不少于", "不超过", "最高", "上限为", "人民币",
          "美元", "满", "圆满", "年满", "有效期", "为", "证书", "对", "据", "对外", "汇率", "处以", "监测", "企业",
          "收入", "营业收入", "年", "今年", "出栏", "存栏", "比", "比值", "增加", "每增加", "表示", "前值", "前值为",
          "增长", "5", "12", "家", "超过", "t值", "抽样", "，", "。", "；", "：", " ", "  ", "\n", "\t", "\u3000",
          "、", "（", "）", "=", "约", "达", "CI", "置信区间", "从", "由",
          "1.5", "-3", "0", "和", "与", ":", "：", "三", "个", "分别为", "p值", "F", "<", "包", "销售额", "超", "了",
          "次数", "重复", "Bootstrap", "设为", "占", "佔", "全国", "城")
_ENDINGS = ("", "由 的 ", "理由", "从\n", "缘由的",  # (round 40: pair_start_open)
            "提高到每人每年不低于", "提高到 每月 的不低于人民币 ", "证书有效期为", "有效期", "据对全国企业",
            "最高不超过美元", "年出栏", "前值为", "每增加", "比值为", "3家企业收入超过", "t值为", "年满\n",
            "t值分别为4.87、3.21和", "1234 : ", "十二个城市销售额超过了 ", "置信区间为", "p值 = ",
            "Bootstrap抽样次数为", "重复 次数设为", "占全国", "占了 全国 ")


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_READ_AT_END), st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from(_ENDINGS),
       st.integers(0, 60), st.integers(0, 200))
def test_the_tail_search_finds_the_full_search_s_match(name, words, ending, pos, endpos) -> None:  # type: ignore[no-untyped-def]
    pattern, text = cues().pattern(name), "".join(words) + ending
    for args in ((), (min(pos, len(text)),), (min(pos, len(text)), endpos)):
        full, tail = pattern.search(text, *args), search_at_end(pattern, text, *args)
        assert (full is None) == (tail is None), (name, text, args)
        if full is not None and tail is not None:
            assert (full.span(), full.groups()) == (tail.span(), tail.groups()), (name, text, args)


@pytest.mark.parametrize(("source", "width"), [
    (r"ab\s*$", 2), (r"a\s*b\s*$", 2), (r"a+$", None), (r"ab", None), (r"a$b", None), (r"(?:x|yz)$|q$", 2),
    (r"[^，]{0,3}对$", 4), (r"(?<=abc)d(?!e)$", 1), (r"(?:^|据)\s*对$", 2), (r"[ \t]*x$", 1), (r"\s+$", 0),
    (r"(a)\1$", None), (r"(?:ab){2,5}?\s*$", 10), (r"x(?:y$|z)", None), (r"$", 0),
    (r"(?m:ab$)", None), (r"(?:(?m:a$)|b$)", None), (r"(?i:ab$)", 2), (r"(?:(?i:a)b$)", 2),
])
def test_the_width_read_from_the_parse_tree(source, width) -> None:  # type: ignore[no-untyped-def]
    assert end_anchored_width(re.compile(source)) == width


@settings(max_examples=300, deadline=None)
@given(st.sampled_from((r"ab\s*$", r"(?:x|yz)\s*$|q$", r"[^，]{0,3}对\s*$", r"(?:^|据)\s*对[^，]{0,2}$",
                        r"(?<![圆])满\s*$", r"b\s*(?:c)?\s*$")),
       st.text(alphabet="abxyzq据对满圆，c \n\t", max_size=30), st.integers(0, 30), st.integers(0, 35))
def test_small_patterns_agree(source, text, pos, endpos) -> None:  # type: ignore[no-untyped-def]
    pattern = re.compile(source)
    for args in ((), (pos,), (pos, endpos)):
        full, tail = pattern.search(text, *args), search_at_end(pattern, text, *args)
        assert (full and full.span()) == (tail and tail.span()), (source, text, args)


@pytest.mark.parametrize(("source", "width", "free", "bound"), [
    (r"ab\s*$", 2, " \n", "ab0"), (r"(?<![0-9])[0-9]+\s*[:：]\s*$", 1, "0123 \n", ":a"),
    (r"x(?:[0-9.]+\s*[、和])*$", 1, "1.、和 ", "xa"), (r"a[^，]*$", 1, "ay ", "，"), (r"a+b$", 1, "a", "b"),
    (r"(?:[0-9]{1,2}y)+$", 0, "09y", "a"), (r"q(?:(?i:a)+)$", None, "", ""), (r"x[0-9]*(?:ab|c)$", 3, "09 ", "xabc"),
])
def test_the_bound_of_unbounded_patterns(source, width, free, bound) -> None:  # type: ignore[no-untyped-def]
    found = end_anchored_bound(re.compile(source))
    assert (found and found[0]) == width
    if found is not None:
        assert all(found[1].fullmatch(c) for c in free) and not any(found[1].fullmatch(c) for c in bound)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from((r"(?<![0-9])[0-9]+\s*[:：]\s*$", r"x(?:[0-9.]+\s*[、和])*$",
                        r"[0-9一二]+\s*个(?P<b>[a-z]{1,3}?)超了?\s*$", r"x[0-9]*(?:ab|c)$|y\s*$",
                        r"(?:x|[0-9]+)[0-9]*$", r"a[^，]*$", r"(?:[0-9]{1,2}y)+$")),
       st.text(alphabet="0123一二.、和:： \nxyabc个超了", max_size=30), st.integers(0, 30), st.integers(0, 35))
def test_unbounded_patterns_agree(source, text, pos, endpos) -> None:  # type: ignore[no-untyped-def]
    pattern = re.compile(source)
    for args in ((), (pos,), (pos, endpos)):
        full, tail = pattern.search(text, *args), search_at_end(pattern, text, *args)
        assert (full and (full.span(), full.groups())) == (tail and (tail.span(), tail.groups())), (source, text, args)
