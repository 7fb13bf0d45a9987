"""(round 41 review) Shared regex fragments of claims.yaml, the word lists moved out of code, and the small
readings made plain: each read as before, with look-alikes."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import numerals
from pipeline.extract.claim_cues import _fill, _fragments, cues
from pipeline.extract.claims.reporting import one_report_time
from pipeline.extract.ratings import is_rating_key_line
from pipeline.resources import clear_caches, load_yaml


def test_a_fragment_is_inserted_as_written() -> None:
    rules = cues()
    assert rules.pattern("comparison_lead").pattern == "^(?:较|較|(?:与|與|同)?比(?![重例率值]))"
    lead = rules.pattern("comparison_lead")
    assert lead.match("比上年增长") and lead.match("与上年比") is None and lead.match("同比上年")
    assert lead.match("比重") is None and lead.match("比例为") is None  # (a share noun, no base)
    own = rules.pattern("own_base_open")
    assert all(own.match(t) for t in ("同比增长", "环比下降", "比一季度加快", "较上月回落"))
    assert not any(own.match(t) for t in ("较快增长", "较大幅度", "比重提高", "比率"))  # (look-alikes)
    before_own = rules.pattern("list_base_before_own")
    assert before_own.sub("", "出口同比比一季度") == "出口比一季度"
    assert before_own.sub("", "出口同比环比") == "出口环比"
    assert before_own.sub("", "出口同比较快") == "出口同比较快"  # (较快: an adverb, no base of its own)
    assert rules.pattern("list_base_end").search("出口同比") and not rules.pattern("list_base_end").search("同比增长")
    turn = rules.pattern("member_base_turn")
    assert turn.fullmatch("比一季度加快") and not turn.fullmatch("比重加快")


def test_fragments_name_clashes_and_loops_are_refused() -> None:
    words = {"bases": ["同比", "环比"]}
    fragments = _fragments({"fragments": {"lead": "(?:${bases}|较)", "all": "^${lead}$"}}, words)
    assert _fill("${all}", words, fragments) == "^(?:(?:同比|环比)|较)$"
    with pytest.raises(ValueError, match="both a word list and a fragment"):
        _fragments({"fragments": {"bases": "同比"}}, words)
    with pytest.raises(ValueError, match="reaches itself"):
        _fragments({"fragments": {"a": "x${b}", "b": "(?:${a})?"}}, words)
    assert _fragments({}, words) == {}


def test_the_conversion_words_are_one_list() -> None:
    rules = cues()
    end, opening = rules.pattern("conversion_end"), rules.pattern("conversion_open")
    for verb in sorted(rules.words("conversion_verbs")):
        assert end.search(f"人均地区生产总值{verb}为"), verb
        assert opening.match(f"，{verb}人民币"[1:]), verb
    # (换算为 alone ends the phrase before a value now, as 折算为 did: the conversion words are one list)
    assert end.search("按年平均汇率换算为约") and end.search("换算为")
    assert not end.search("换算方法") and opening.match("折合约13900") is None  # (look-alikes: no conversion, a value)


def test_the_involved_patterns() -> None:
    rules = cues()
    assert rules.pattern("involved_amount").fullmatch("涉及問題金額") and rules.pattern("involved_amount").fullmatch(
        "涉及问题金额")
    frame = rules.pattern("involved_frame_end")
    assert frame.search("在抽查的项目当中") and frame.search("在抽查的项目當中") and not frame.search("当中央")
    lead = rules.pattern("involved_count_lead")
    for text, rest in (("有8个省的专项债券", "专项债券"), ("有3個省的资金", "资金"), ("共有12户农户的补贴", "补贴"),
                       ("5人次游客的", "")):
        assert lead.sub("", text, count=1) == rest, text
    assert lead.sub("", "有8吨的煤", count=1) == "有8吨的煤"  # (a stuff's amount, no count of things)
    assert {"個", "項", "處", "條"} <= cues().words("counting_measures")


def test_the_compound_heads_and_described_clause_tags_are_lists() -> None:
    rules = cues()
    assert {"组织", "組織"} <= rules.words("compound_noun_heads")
    assert rules.words("described_clause_open_tags") == {"v", "p", "d"}
    assert rules.words("described_clause_stop_tags") == {"x", "m"}
    assert int(rules.setting("member_core_tail_chars")) == 2


def test_one_report_time_says_whether_it_is_a_year_end() -> None:
    assert one_report_time(frozenset({"2024"})) == ("2024", False)
    assert one_report_time(frozenset({"2024-12"})) == ("2024-12", False)  # (one time: not the year-and-end case)
    assert one_report_time(frozenset({"2024", "2024-12"})) == ("2024-12", True)
    assert one_report_time(frozenset({"2024", "2023-12"})) == (None, False)
    assert one_report_time(frozenset({"2024", "2024-12", "2024-06"})) == (None, False)
    assert one_report_time(frozenset({"2023", "2024", "2023-12", "2024-12"})) == (None, False)
    assert one_report_time(frozenset()) == (None, False)


_KEY_LINES = ("增持：股价超越基准5%-20%，", "看多——未来6个月内上证综指上升幅度达到或超过20%。",
              "增持：公司营收增长5%，", "2.买入：相对强于市场表现20%以上；")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_KEY_LINES), st.text(st.sampled_from(list("，。；增持买入股价超越基准5%20")), max_size=8),
       st.data())
def test_a_rating_key_read_up_to_a_position_is_the_prefix_read(line: str, tail: str, data: st.DataObject) -> None:
    text = line + tail
    upto = data.draw(st.integers(0, len(text) + 2))
    assert is_rating_key_line(text, upto) == is_rating_key_line(text[:upto])
    assert is_rating_key_line(text) == is_rating_key_line(text, None)


def test_longest_first_is_the_alternation_order() -> None:
    assert numerals.longest_first(["人", "人次", "个", "人"]) == ["人次", "个", "人"]
    assert numerals.alternation(["人", "人次"], spaced=False) == "人次|人"


def _lexicon_with(monkeypatch: pytest.MonkeyPatch, change) -> numerals.Lexicon:  # type: ignore[no-untyped-def]
    real = load_yaml

    def patched(name: str):  # type: ignore[no-untyped-def]
        data = real(name)
        return change(copy.deepcopy(data)) if name == "units.yaml" else data

    monkeypatch.setattr(numerals, "load_yaml", patched)
    numerals.lexicon.cache_clear()
    return numerals.lexicon()


def test_no_times_compound_is_no_empty_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    """units.yaml without times compounds: the units still read (an empty alternative, written before, matched the
    empty string before every unit)."""
    def no_compounds(units: dict) -> dict:  # type: ignore[type-arg]
        units["times_compounds"]["measure_words"] = []
        return units

    try:
        lex = _lexicon_with(monkeypatch, no_compounds)
        found = lex.unit_re.match("个企业")
        assert found is not None and found.group() == "个"
        assert lex.unit_re.match("企业") is None
    finally:
        monkeypatch.undo()
        clear_caches()
    assert numerals.lexicon().unit_re.match("辆次").group() == "辆次"


def test_no_units_at_all_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon with no unit to read is a fault of the rules, said so, not an empty alternative matching anywhere."""
    monkeypatch.setattr(numerals, "longest_first", lambda surfaces: [])
    numerals.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="no units to read"):
            numerals.lexicon()
    finally:
        monkeypatch.undo()
        clear_caches()
    assert numerals.lexicon().unit_re.match("个") is not None
