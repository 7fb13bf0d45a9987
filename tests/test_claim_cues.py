"""claim_cues: claims.yaml read once: its shared regex fragments (`${name}`) and word lists naming other lists, and
the patterns and word lists said once that the claims and claim_metric stages read, each with look-alikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import date_lexicon
from pipeline.extract.claim_cues import _fill, _fragments, cues
from pipeline.resources import load_yaml, use_folder

# shared regex fragments: a fragment is inserted as written; a clash with a word list, or a loop, is refused

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


# word lists naming other lists (`${list}`) instead of copying them

def test_word_lists_name_other_lists_instead_of_copying_them() -> None:
    """(round 43 mend) `state_owned_measures` is composed of `whole_output_measures` and `network_extent_heads`, which
    `thing_output_measures` and `counted_size_heads` name as well; a reference to no list, or a cycle, is refused."""
    from pipeline.extract.claim_cues import _with_list_references, cues

    rules = cues()
    for name in ("whole_output_measures", "network_extent_heads"):
        assert rules.words(name) <= rules.words("state_owned_measures")
    assert rules.words("whole_output_measures") <= rules.words("thing_output_measures")
    assert rules.words("network_extent_heads") <= rules.words("counted_size_heads")
    assert not any("${" in w for name in ("state_owned_measures", "thing_output_measures", "counted_size_heads")
                   for w in rules.words(name))
    assert _with_list_references({"a": ["x", "${b}"], "b": ["y", "${c}"], "c": ["z"]})["a"] == ["x", "y", "z"]
    with pytest.raises(ValueError, match="refers to itself"):
        _with_list_references({"a": ["${b}"], "b": ["${a}"]})
    with pytest.raises(ValueError, match="no word list"):
        _with_list_references({"a": ["${missing}"]})


# word lists moved out of code: conversion words, the involved patterns, compound heads, dealt act verbs

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


def test_the_dealt_act_verbs_are_the_object_taking_ones_that_follow_a_party() -> None:
    """(round 43 tidy) Two lists, not one built from the other (claims.yaml's comments): 予以 needs the party before it
    (对23人予以…) and opens no clause; 实施/开展 take acts on things and stay out of the acts done to counted people."""
    rules = cues()
    dealt, taking = rules.words("dealt_act_verbs"), rules.words("object_taking_verbs")
    assert "予以" in dealt and "予以" not in taking
    assert dealt - {"予以"} <= taking
    assert not {"实施", "實施", "开展", "開展"} & dealt and {"实施", "开展"} <= taking


# patterns with bounded runs (`listed_bases_spread`, `bracketed_share_of_base`) read as a plain reading says

_CLAUSE_BREAKS = "，,；;。"


def _plain_listed_bases(named: str) -> bool:
    """A base opener, a joint among the base's first words (no second opener before it), and no clause break."""
    if not named or named[0] not in "比较較" or any(c in _CLAUSE_BREAKS for c in named):
        return False
    head = named[1:42]
    joints = [i for i, c in enumerate(head) if c in "和与與及、"]
    return bool(joints) and not any(c in "比较較" for c in head[:joints[0]])


@pytest.mark.parametrize("named", [
    "比上月和上年同期低", "较上年和2019年分别", "比上年增长", "比上月，和上年", "比" + "和" * 10_000,
    "比" + "和" * 10_000 + "，", "比" + "上" * 10_000 + "和", "较" + "、" * 10_000 + "。",
])
def test_listed_bases_spread_reads_as_plainly(named: str) -> None:
    assert bool(cues().pattern("listed_bases_spread").match(named)) == _plain_listed_bases(named)


@pytest.mark.parametrize(("text", "expected"), [
    ("）的76%", True), (" ） 的 约 76 %", True), ("）同期的85%", True), ("）的七成", True),
    (" " * 10_000 + "x", False), (" " * 10_000 + "）的76%", False), ("）" + " " * 10_000 + "的76%", False),
    ("）的76" + " " * 10_000 + "%", False),
])
def test_bracketed_share_of_base_bounds_its_spaces(text: str, expected: bool) -> None:
    assert bool(cues().pattern("bracketed_share_of_base").match(text)) == expected


# lists and regex pieces said once (`degree_adverbs`, `share_verb`, `per_unit_word`, `share_destination_verbs`,
# `group_frames`, the change verbs and plan periods) read in every pattern that re-listed them

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


# --- the per-unit word, said once

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


# --- (round 44 mend) one list of holidays (words.yaml), read by dates and by claims' named_base_after

@pytest.mark.parametrize(("after_base", "named"), [
    ("国庆黄金周增长12%", True),
    ("春运增长12%", True),  # was missing from named_base_after's own list
    ("暑假期间下降3%", True),
    ("十一黄金周增长12%", True),
    ("中秋節假期增長", True),
    # near misses: a holiday word with no change after it, and 十一 as a count
    ("春运旅客500万人次", False),
    ("十一个百分点", False),
])
def test_a_holiday_after_a_base_reads_from_the_shared_list(after_base: str, named: bool) -> None:
    rules = cues()
    assert {"春运", "寒假", "十一"} <= rules.words("holiday_names")
    assert bool(rules.pattern("named_base_after").match(after_base)) is named


# --- (round 45 tidy) the verbs of a relay, a telling and a release and the scopes of a flow are words.yaml lists, read
# by claims' cues and by dates' data_year_before, speaker_words_before and data_year_scope alike

def test_the_verbs_and_scopes_claims_and_dates_read_are_one_list_each(tmp_path: Path) -> None:
    shared, claim_words = load_yaml("words.yaml"), load_yaml("claims.yaml")["words"]
    for name in ("relay_verbs", "official_telling_verbs", "publishing_verbs", "accounting_verbs", "counting_verbs",
                 "estimating_verbs", "increment_scopes"):
        assert name not in claim_words
        assert cues().words(name) == frozenset(shared[name])
    dates = date_lexicon.patterns()
    lead, speaker, scoped = dates["data_year_before"], dates["speaker_words_before"], cues().pattern("scoped_increment")
    assert lead.search("记者从省统计局得知，") and lead.search("统计局披露，") and lead.search("数据表明，")
    assert not lead.search("记者从省统计局听闻，") and not lead.search("统计局披露了")  # (no such verb; no comma)
    for opening in ("据初步核算，", "初步核算,", "经测算，", "新闻发言人透露，"):  # (accounting_verbs too)
        assert lead.search(opening), opening
    for opening in ("会议要求，", "据悉2023年", "全市"):  # (no verb of reporting before the comma; no comma)
        assert not lead.search(opening), opening
    assert speaker.search("商务部证实，") and speaker.search("他说：") and not speaker.search("说明，")
    assert scoped.match("我县新增企业") and scoped.match("全鎮新增企业") and not scoped.match("比上年末新增企业")
    (tmp_path / "words.yaml").write_text("relay_verbs: [听闻]\nincrement_scopes: [全片区]\n", encoding="utf-8")
    try:
        use_folder(tmp_path)  # a user's word reaches both readers
        assert date_lexicon.patterns()["data_year_before"].search("记者从省统计局听闻，")
        assert "听闻" in cues().words("relay_verbs")
        assert cues().pattern("scoped_increment").match("全片区新增企业")
    finally:
        use_folder(None)


# --- (round 46 tidy) claims' telling_verbs are words.yaml's official_telling_verbs and the verbs of a view; dates'
# verbs of holding an event and of a reporting lead are words.yaml's lists

def test_telling_verbs_are_the_official_ones_and_the_verbs_of_a_view(tmp_path: Path) -> None:
    rules, official = cues(), set(load_yaml("words.yaml")["official_telling_verbs"])
    assert rules.words("telling_verbs") == frozenset(official | {"认为", "認為", "坦言"})
    assert not {"认为", "坦言"} & official  # (an opinion opens no official's release of figures)
    assert {"补充说", "補充說"} <= rules.words("telling_verbs")  # (speaker_trail added them by hand before)
    quoted, trail = rules.pattern("quoted_person"), rules.pattern("speaker_trail")
    assert quoted.search("张明补充说") and quoted.search("李华坦言") and quoted.search("王强認為")
    assert not quoted.search("张明补充了") and not quoted.search("李华宣布")  # (no verb of telling)
    assert trail.match("“今年销量增长20%。”李刚补充说。") and trail.match("“增长20%。”李刚说。")
    assert not trail.match("“今年销量增长20%。”李刚补充。")
    (tmp_path / "words.yaml").write_text("official_telling_verbs: [谈到]\n", encoding="utf-8")
    try:
        use_folder(tmp_path)  # a user's official verb reaches the derived list too
        assert "谈到" in cues().words("telling_verbs")
    finally:
        use_folder(None)


@pytest.mark.parametrize(("name", "text", "found"), [
    # the verbs of holding (words.yaml `hold_verbs`): an act done (召开了, 举办了), one ahead (将举行, 将举办: 举办 was
    # missing from future_sentence's inline list), a briefing held on the day spoken
    ("past_act", "公司召开了股东大会", True),
    ("past_act", "该市举办了马拉松赛", True),
    ("past_act", "公司将召开股东大会", False),
    # …in traditional script too (舉辦了, 舉行了), and no act done without 了 (舉辦馬拉松賽)
    ("past_act", "香港舉辦了國際金融論壇", True),
    ("past_act", "公司舉行了股東大會", True),
    ("past_act", "香港將舉辦國際金融論壇", False),
    ("future_sentence", "该市将举办马拉松赛", True),
    ("future_sentence", "会议将召开", True),
    ("future_sentence", "该市举办了马拉松赛", False),
    ("future_sentence", "将近三千人参加", False),
    # the verbs of a reporting lead (the fragment `telling_lead_verbs`): telling, shown, released, and 报道
    ("paragraph_opening_lead", "他透露，", True),
    ("paragraph_opening_lead", "交易所披露，", True),
    ("paragraph_opening_lead", "报道说，", True),
    ("paragraph_opening_lead", "公司承诺，", False),
    ("paragraph_opening_lead", "会议要求，", False),
])
def test_dates_hold_and_lead_verbs_read_the_shared_lists(name: str, text: str, found: bool) -> None:
    pattern = date_lexicon.patterns()[name]
    if name == "paragraph_opening_lead":  # (the lead is optional: it must take the whole opening)
        assert (pattern.fullmatch(text) is not None) is found
    else:
        assert (pattern.search(text) is not None) is found
