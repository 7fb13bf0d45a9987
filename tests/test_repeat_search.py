"""``found_before`` answers "does the text before ``endpos`` hold a match" from the least end a match can
have, read once per sentence; ``found_in`` keeps a clause's answer. Both give the old search's answer: checked for
the rule patterns is_a_rule reads so, on varied texts made of their own words, at every ``endpos``; and the parse-tree
test of which patterns a longer prefix cannot unmake, on a table and on small patterns against the plain search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_cues import cues
from pipeline.repeat_search import found_before, found_in, least_match_end, prefix_safe

_READ_BEFORE = ("rule_notice", "rule_frame", "rule_change", "issuer_rule")
_WORDS = ("发布", "印发", "了", "《", "》", "办法", "通知", "新政", "政策", "标准", "调整", "如下", "：", ":", "，",
          ",", "；", "。", " ", "\n", "由", "3年", "调整为", "1年", "提高", "至", "给予", "奖励", "50万元", "按",
          "补贴", "对", "企业", "的", "最高", "不超过", "每", "亩", "100元", "5", "全市", "新增", "、")


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(_READ_BEFORE), st.lists(st.sampled_from(_WORDS), max_size=40), st.integers(0, 60))
def test_the_least_end_answers_every_prefix(name, words, begin) -> None:  # type: ignore[no-untyped-def]
    pattern, text = cues().pattern(name), "".join(words)
    for endpos in range(len(text) + 2):
        assert found_before(pattern, text, endpos) == (pattern.search(text, 0, endpos) is not None), (name, text)
        pos = min(begin, endpos)
        assert found_in(pattern, text, pos, endpos) == (pattern.search(text, pos, endpos) is not None)


@pytest.mark.parametrize(("source", "safe"), [
    (r"ab", True), (r"a[^，]{0,10}?b\s*[，:]", True), (r"(?<=x)a", True), (r"(?<!x)a|^b", True), (r"a$", False),
    (r"a\b", False), (r"a(?=b)", False), (r"a(?!b)", False), (r"(?>a*)", False), (r"a*+b", False), (r"(a)\1", False),
    (r"(?:x|y(?:z|$))", False), (r"(?m:^a)", True), (r"a\Z", False), (r"(?<=a$)b", False),
])
def test_which_patterns_a_longer_prefix_cannot_unmake(source, safe) -> None:  # type: ignore[no-untyped-def]
    assert prefix_safe(re.compile(source)) == safe


@settings(max_examples=400, deadline=None)
@given(st.sampled_from((r"ab", r"a[^，]{0,3}?b\s*[，:]", r"(?<=x)a+", r"(?<!x)ab|^b", r"a.*?c", r"(?:ab|b)c{2,3}",
                        r"a$", r"a(?!b)", r"a\b")),
       st.text(alphabet="abcx， :", max_size=25))
def test_small_patterns_agree(source, text) -> None:  # type: ignore[no-untyped-def]
    pattern = re.compile(source)
    least = least_match_end(pattern, text) if prefix_safe(pattern) else None
    for endpos in range(len(text) + 2):
        old = pattern.search(text, 0, endpos) is not None
        assert found_before(pattern, text, endpos) == old, (source, text, endpos)
        if prefix_safe(pattern):
            assert (least is not None and least <= endpos) == old
