"""The scope a list's first member opens with (a place, a statistical scope, an intensity base, a group of cities,
the events a toll counts) given to the later members, and the frame (在…中，) that names a list's whole."""

from __future__ import annotations

import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE
from pipeline.extract.claim_metric.words import (
    cut_words,
    head_names_a_body,
    names_a_region,
    names_any_measure,
)

_FRAME_REACH = 64  # the characters a frame spans at most: a topic frame opening a sentence, spaces included
# (round 36 mend), or a 在…中， frame closing right before a list, spaces around it aside (round 37)


def _scoped_members(items: list[str]) -> list[str]:
    """(round 31) The members after a first one that opens with a place or a city tier (一线城市新建商品住宅和二手住宅,
    上海新建商品住宅和二手住宅价格) name kinds of the same thing there, so each takes the place: 一线城市二手住宅. The
    place is the shortest run of the first member's opening words (up to `list_scope_max_words`) that names a region;
    it holds only when the words after it are at least as many as a later member's, whose last word ends the first
    member too (新建商品住宅和二手住宅: 新建 is no place, 商品住宅 is one word against 二手|住宅). A later member that
    opens with a region of its own (广东出口和江苏出口) or already holds the place keeps its words; an area scope word
    (全国, 全省: 全省16-24岁、25-29岁…) stays the first member's, as before."""
    if len(items) < 2:
        return items
    first = cut_words(SPACE.sub("", items[0]))
    limit = min(len(first), cues().setting("list_scope_max_words") + 1)
    at = next((k for k in range(1, limit) if names_a_region("".join(first[:k]))), 0)
    if not at:
        return items
    scope, rest = "".join(first[:at]), first[at:]
    out = [items[0]]
    for item in items[1:]:
        words = cut_words(SPACE.sub("", item))
        if (not words or not rest[-1].endswith(words[-1]) or len(rest) < len(words) or scope in item
                or names_a_region(words[0])):
            return items
        out.append(scope + SPACE.sub("", item))
    return out


def _frame_reach(text: str, at: int) -> int:
    """Where a frame that closes right before ``at`` (在…中，, at most `_FRAME_REACH` characters but spaces) can begin:
    a list's every value looks there, so only that window is read, not the text back to its start."""
    stop = at
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = max(0, stop - _FRAME_REACH)
    while start > 0 and text[start - 1].isspace():
        start -= 1  # (spaces before the frame's 在 belong to it)
    return start


def framed_member(member: str, text: str, at: int, named: str = "") -> str:
    """(round 37) A 分别 list's member read under the frame that names its whole right before the list (在实物商品网上
    零售额中，吃类、穿类和用类商品分别增长… → `实物商品网上零售额中吃类商品`): a member naming no measure is a part of
    the whole's measure, which the frame names; without it the metric names none (`吃类商品增长`). A member that names
    a measure of its own keeps its words (在外贸企业中，民营企业和外资企业进出口分别… → `民营企业进出口`), and so does
    one under a frame that names no measure (在全部企业中，…). (Round 37 mend) Nor a share (``named``, what the list
    states after 分别: 占比, 比重): 在全部出口中，机电产品、劳动密集型产品分别占… is each member's 占比 (机电产品
    占比), as the same frame over a share without 分别 is (round 26)."""
    rules = cues()
    if at <= 0 or SPACE.sub("", named) in (rules.setting("share_head"), *rules.words("list_owned_shares")):
        return member
    frame = next((m for m in rules.pattern("share_frame_open").finditer(text, _frame_reach(text, at), at)
                  if not text[m.end():at].strip()), None)  # (the frame that closes the clause right before the list)
    if frame is None or names_any_measure(member) or not names_any_measure(frame["whole"]):
        return member
    return frame["whole"] + text[frame.end("whole"):frame.end()].strip(" ，,") + member


def _stat_scoped_members(items: list[str]) -> list[str]:
    """(round 37) A statistical scope opening the first member of a list whose members share the measure after the
    last one (限额以上通讯器材、家电和音像器材、家具类商品零售额; 限额以上零售业单位中便利店、专业店、百货店零售额)
    bounds every member, as round 31's place does: `限额以上家电和音像器材零售额`. The scope is the
    `list_statistical_scope` term with the units it counts and their 中. A later member with a scope, an area or a
    place of its own (限额以下…, 全国…, 乡村…) keeps its words; members that name their own measures share none (the
    caller passes only lists with a shared measure: 规模以上工业增加值、固定资产投资 stay two). The scope takes all its
    unit words (规模以上工业企业和重点服务业企业: the first member is all scope, and nothing is shared); a later member
    naming units of its own (…单位餐饮、住宿业企业) keeps its words unless a 中 frames the scope (规模以上工业企业中
    私营企业、外商投资企业: `规模以上工业企业中外商投资企业`; round 37 mend)."""
    found = _opening_match(items, "list_statistical_scope")
    if found is None:
        return items
    rules = cues()
    scope = found.group()
    framed = bool(found["frame"])
    out = [items[0]]
    for item in items[1:]:
        bare = SPACE.sub("", item)
        words = cut_words(bare)
        if (not words or rules.pattern("list_statistical_scope").match(bare)  # (one opening with the scope too)
                or bare.startswith(tuple(rules.words("area_scope_words"))) or names_a_region(words[0])
                or words[0] in rules.words("level_members")
                or (not framed and rules.pattern("list_scope_unit_member").search(bare))):
            out.append(item)
        else:
            out.append(scope + bare)
    return out


def _group_scoped_members(items: list[str], suffix: str) -> list[str]:
    """(round 47) A group of cities or a city opening the first member of a list (京津冀及周边地区“2+26”城市优良天数
    比例、PM2.5浓度; 全国339个地级及以上城市PM2.5、PM10平均浓度; 北京市常住人口和出生率) owns the later members that
    name only a measure, as round 44 gives it the bare measures of its later clauses (`group_scope_owner`): a group's
    members of its own kind (`group_scope_measures`: air and water quality), a city's also a short bare measure (at
    most `bare_metric_max_chars`). A later member with a group, scope, place or body of its own keeps its words, and
    so do all when one of them does not fit (an area scope, 全市…和…, stays the first member's: rounds 31 and 43)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = SPACE.sub("", items[0])
    scope = rules.pattern("group_scope_subject").match(first)
    if (scope is None or len(scope["scope"]) >= len(first) - 1 or rules.pattern("group_scope_body").search(first)
            or (scope["place"] and not names_a_region(scope["place"]))):
        return items
    limit, shared = rules.setting("bare_metric_max_chars"), SPACE.sub("", suffix)
    out = [items[0]]
    for item in items[1:]:
        bare = SPACE.sub("", item)
        words = cut_words(bare)
        whole = bare + shared
        own_kind = rules.pattern("group_scope_measures").search(whole) is not None
        if (not words or scope["scope"] in bare or rules.pattern("group_scope_subject").match(bare)
                or rules.pattern("group_scope_own_lead").match(bare) or names_a_region(words[0])
                or head_names_a_body(bare) or not names_any_measure(whole)
                or not (own_kind or (scope["place"] and len(whole) <= limit))):
            return items
        out.append(scope["scope"] + bare)
    return out


def _intensity_scoped_members(items: list[str]) -> list[str]:
    """(round 38) An intensity base opening the first member of a list (单位国内生产总值能源消耗和二氧化碳排放分别
    降低…; 单位GDP能耗、二氧化碳排放分别下降…) is the base of every later member naming a consumption or an emission
    with none of its own (`intensity_shared_measure`): `单位国内生产总值二氧化碳排放`, not the absolute emission. A
    member with its own base (万元工业增加值用水量) or naming a total (主要污染物排放总量) keeps its words."""
    found = _opening_match(items, "intensity_base")
    if found is None:
        return items
    shared = cues().pattern("intensity_shared_measure")
    stripped = [SPACE.sub("", item) for item in items[1:]]
    return [items[0]] + [found.group() + bare if shared.fullmatch(bare) else item
                         for item, bare in zip(items[1:], stripped, strict=True)]


def _event_toll_members(items: list[str]) -> list[str]:
    """(round 42) A first member that counts events (全国道路交通事故起数, 重特大事故起数: `event_count_end`) names the
    events whose toll a later bare member counts (死亡人数, 直接经济损失: `event_toll_measure`): that member takes them
    (`全国道路交通事故死亡人数`). A member with words of its own besides the toll keeps them (火灾死亡人数)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = SPACE.sub("", items[0])
    found = rules.pattern("event_count_end").search(first)
    if found is None:
        return items
    events, toll = first[:found.start()], rules.pattern("event_toll_measure")
    return [items[0]] + [events + bare if toll.fullmatch(bare := SPACE.sub("", item)) else item
                         for item in items[1:]]


def _opening_match(items: list[str], pattern: str) -> re.Match[str] | None:
    """The match of the claims pattern ``pattern`` opening the first member of a list of two or more, when words of
    the member follow it: the scope or base a scoper gives the later members (a list of one has none to give it to);
    None otherwise. (One check for `_stat_scoped_members` and `_intensity_scoped_members`, which made it alike.)"""
    if len(items) < 2:
        return None
    first = SPACE.sub("", items[0])
    found = cues().pattern(pattern).match(first)
    return None if found is None or found.end() >= len(first) else found
