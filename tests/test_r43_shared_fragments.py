"""Round 43 mend: claims.yaml's lists and regex pieces said once (`degree_adverbs`, `share_verb`, `per_unit_word`,
`share_destination_verbs`, `group_frames`; `change_verbs` and `plan_periods` where a pattern re-listed them), and
what each fold reads that one copy did not: a second per-period word after the linking verb (每户为每年6000元), 源自
after a share with 的, 當中, 預期目標, 實際 and every change verb after a plan, a one-character degree in a turn."""

from __future__ import annotations

import pytest

from pipeline.extract.claim_cues import cues
from pipeline.nlp.language import doc_from_text, extract_all


def _metrics(text: str) -> list[tuple[str, str | None]]:
    claims = extract_all(doc_from_text(text))["claims"]
    return [(c["metric"], c["time"]) for c in sorted(claims, key=lambda c: c["number_start"])]


# --- one list of degree adverbs, with the one-character ones

@pytest.mark.parametrize("degree", ["大幅", "小幅", "明显", "明顯", "显著", "顯著", "略有", "略微", "稍有", "有所",
                                    "略", "稍", "微"])
def test_every_degree_adverb_reads_in_every_pattern_of_degree(degree: str) -> None:
    rules = cues()
    assert degree in rules.words("degree_adverbs")
    assert rules.before("comparison_marker", f"出口额与上年相比{degree}") == "出口额与上年"
    assert rules.pattern("named_base_after").match(f"{degree}增长")
    turn = rules.pattern("transition_turn").match(f"转为{degree}增长")
    assert turn is not None and turn["change"] == "增长"


@pytest.mark.parametrize("words", ["转为较快增长", "转为快速回升"])
def test_a_turn_also_takes_its_own_degrees(words: str) -> None:
    assert cues().pattern("transition_turn").match(words)


@pytest.mark.parametrize("words", ["转为盈利", "转为大幅盈利", "变为较多"])
def test_look_alike_a_turn_to_no_direction_is_none(words: str) -> None:
    assert cues().pattern("transition_turn").match(words) is None


def test_look_alike_a_comparison_inside_a_word_opens_no_base() -> None:
    assert cues().before("comparison_marker", "可比门店略") == "可比门店略"


# --- 占 of a share, said once

@pytest.mark.parametrize(("words", "share"), [
    ("占GDP比重", True), ("占地区生产总值", True), ("占地方财政收入", True), ("佔全國", True),
    ("占地面积", False), ("占用耕地", False), ("占有率", False), ("占据", False),
])
def test_share_verb_in_every_pattern_of_a_share(words: str, share: bool) -> None:
    rules = cues()
    assert bool(rules.pattern("share_in_subject").search(words)) == share
    assert bool(rules.pattern("list_share_frame").match(words)) == share
    assert bool(rules.pattern("metric_filler").search("出口额约" + words)) == share


# --- the per-unit word, said once; a second per-period word after the linking verb

@pytest.mark.parametrize(("text", "expected"), [
    ("2023年，农村低保标准提高，每户为每年6000元。", [("农村低保标准", "2023")]),
    ("2023年，农村低保标准提高，每人为每月600元。", [("农村低保标准", "2023")]),
    # look-alikes: both per-unit words before the verb, or one alone, as before
    ("2023年，全省农村低保标准每户每月为600元。", [("全省农村低保标准", "2023")]),
    ("2023年，农村低保标准每户为6000元。", [("农村低保标准", "2023")]),
    ("2024年，中央企业全员劳动生产率持续提高，每人达到81.2万元。", [("中央企业全员劳动生产率", "2024")]),
])
def test_a_second_per_period_word_after_the_linking_verb(text: str, expected: list) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(("words", "kept"), [
    ("农村低保标准每户为每年", "农村低保标准"), ("标准每人每年为", "标准"), ("标准每户为", "标准"),
    # look-alikes: no per-unit word before the verb keeps the verb; a per-person word after it is no period
    ("农村低保标准为每年", "农村低保标准为"), ("标准每户为每人", "标准每户为"),
])
def test_metric_per_unit_tail(words: str, kept: str) -> None:
    assert cues().pattern("metric_per_unit_tail").sub("", words) == kept


def test_per_unit_words_in_a_from_to_pair() -> None:
    rules = cues()
    assert rules.pattern("pair_start_before").search("由每人每年的")
    assert rules.pattern("pair_end_before").search("由每人38.2万元提高到每人")
    assert rules.pattern("pair_start_before").search("理由每人") is None


# --- one list of where a share's amount lies, goes or comes from

@pytest.mark.parametrize(("text", "expected"), [
    ("2023年，全国近三成的财政收入源自土地出让。", [("财政收入源自土地出让", "2023")]),
    ("2023年，全国近三成的财政收入源于土地出让。", [("财政收入源于土地出让", "2023")]),
    # look-alike: 来自, in both copies before
    ("2023年，全国近三成的财政收入来自土地出让。", [("财政收入来自土地出让", "2023")]),
])
def test_a_share_of_an_amount_that_comes_from_somewhere(text: str, expected: list) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize("words", ["以上产品销往海外市场", "以上产品出口到欧洲", "以上增产来自粮食主产区"])
def test_opening_share_takes_every_destination_verb(words: str) -> None:
    assert cues().pattern("opening_share_after").match(words)


def test_look_alike_an_opening_share_with_no_destination_verb() -> None:
    assert cues().pattern("opening_share_after").match("以上企业实现盈利") is None


# --- one list of group frames

@pytest.mark.parametrize(("head", "framed"), [
    ("受访者中有", True), ("受访者之中", True), ("受访者当中有", True), ("受訪者當中有", True), ("受访者", False),
])
def test_group_frames(head: str, framed: bool) -> None:
    rules = cues()
    assert bool(rules.pattern("group_share_frame").search(head)) == framed
    assert (rules.pattern("framed_share_head").match(head)["group"] in ("受访者", "受訪者")) == framed


def test_group_frame_noun_and_tally_end() -> None:
    rules = cues()
    assert rules.pattern("group_frame_noun").match("在4800家A股上市公司當中")["noun"] == "A股上市公司"
    assert rules.pattern("tally_set_frame_end").search("5个分类指数当中")
    assert rules.pattern("tally_set_frame_end").search("5个分类指数") is None


# --- shared verb lists where a pattern re-listed them

@pytest.mark.parametrize(("words", "subject"), [
    ("居民消费价格上涨2%", "居民消费价格"), ("规模以上工业企业利润降低5%", "规模以上工业企业利润"),
    ("城乡居民人均可支配收入分别增长4.6%", "城乡居民人均可支配收入"),
])
def test_year_end_later_change_takes_every_change_verb(words: str, subject: str) -> None:
    assert cues().pattern("year_end_later_change").match(words)["subject"] == subject


@pytest.mark.parametrize("words", ["比上年末降低0.4个百分点", "增长10%", "其中，住户存款增加"])
def test_look_alike_a_clause_going_on_with_the_year_ends_subject(words: str) -> None:
    assert cues().pattern("year_end_later_change").match(words) is None


@pytest.mark.parametrize(("words", "done"), [
    ("，实际增长5.2%", True), ("，實際增長5.2%", True), ("，实际降低3%", True), ("，实际达到105%", True),
    # look-alikes: 实际 before no change; 实际 inside a noun
    ("，实际控制人持股", False), ("，实际利用外资", False),
])
def test_result_done_clause_takes_every_change_verb(words: str, done: bool) -> None:
    assert bool(cues().pattern("result_done_clause").search(words)) == done


@pytest.mark.parametrize(("head", "kept"), [
    ("全省地区生产总值计划", "全省地区生产总值"), ("全省地区生产总值預期目標", "全省地区生产总值"),
    ("全省地区生产总值原定计划", "全省地区生产总值"), ("城镇新增就业年度目标", "城镇新增就业"),
    # look-alikes: a plan noun that is the measure itself stays (预算, 限额 are no plan's tail here)
    ("全省一般公共预算", "全省一般公共预算"), ("新增债务限额", "新增债务限额"),
])
def test_carried_plan_tail(head: str, kept: str) -> None:
    assert cues().pattern("carried_plan_tail").sub("", head) == kept


def test_an_outcome_after_a_target_with_a_plan_period() -> None:
    assert _metrics("2023年，全省地区生产总值原定计划增长6%，实际增长5.8%。") == [("全省地区生产总值实际增长", "2023")]


# --- relay_cue: two lookbehinds (one per width)

@pytest.mark.parametrize(("text", "relays"), [
    ("据央视新闻，", True), ("据央視新聞，", True), ("据新闻联播：", True), ("据央视新闻客户端，", True),
    ("据央視新聞客戶端,", True),
    # look-alikes: a product not followed by a break; a plain outlet name
    ("据央视新闻报道", True), ("据央视新闻中心数据", False), ("据新华社，", False),
])
def test_relay_cue(text: str, relays: bool) -> None:
    start = text.index("据") + 1
    pattern = cues().pattern("relay_cue")
    found = any(pattern.match(text, at) for at in range(start, len(text)))
    assert found == relays
