"""Members: a value's own list member, gaps and pairs, copula and ranked lists, shared changes and tallies."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import (
    clean,
    compound_owner,
    framed_member,
    is_gap_lead,
    list_heads,
    list_members,
    superlative_pair_members,
)
from pipeline.extract.claim_metric.list_members import joined_once
from pipeline.extract.claim_time import clause_bounds
from pipeline.extract.claims.brackets import mixed_base, own_values, without_list_base
from pipeline.extract.claims.chunks import chunk_bounds, list_chunk, spread_series
from pipeline.extract.claims.spreads import own_list_between, own_measure, respectively_members
from pipeline.extract.dates import find_dates

_CLAUSE_GAP = re.compile(r"[\s,，]")  # what may stand between a 分别 list's values and the clause continuing it


def _continued_pair(text: str, number: dict, in_sentence: list[dict], after: list[dict],
                    start: int) -> tuple[list[dict], str] | None:
    """The values of the clause right after a 分别 list's values that continues that list without a 分别 of its own
    (…分别为56.9%和50.4%，比上月下降0.5和4.3个百分点): a clause that opens with its base or its change (no subject
    of its own) and lists as many values as the 分别 spread over; with the words before its change (比上月). None
    otherwise."""
    rules = cues()
    if len(after) < 2:
        return None
    clause_begin, _ = clause_bounds(text, number["start"] - start)
    previous_end = after[-1]["end"] - start
    between = text[previous_end:clause_begin]
    if clause_begin <= previous_end or _CLAUSE_GAP.sub("", between):
        return None  # (not the very next clause)
    own = [n for n in in_sentence if clause_begin <= n["start"] - start and n["unit"] == number["unit"]]
    series = spread_series(text, clause_begin, own, start)
    written = text[clause_begin:series[0]["start"] - start] if series else ""
    lead = clean(written)
    if len(series) == len(after) and number in series and rules.pattern("period_gap_lead").match(written):
        return series, written.strip()  # (round 48: …分别增长x、y，高于去年同期a、b个百分点: each member's gap to its
        # own past, the period cut and put back with the base; the gap word alone, which `clean` strips, leads)
    if len(series) != len(after) or number not in series or not lead:
        return None
    if is_gap_lead(lead, number["unit"]):
        return series, lead  # (round 23: …分别增长x、y，快于规模以上工业a、b个百分点: each member's gap)
    if actual := rules.pattern("actual_change_lead").match(lead):  # (round 26: 分别应上调x、y，调控后实际上调u、v)
        return series, lead[actual.start("actual"):actual.end()]
    if not (rules.pattern("comparison_lead").match(lead) or rules.pattern("change_words").match(lead)):
        return None  # (…，利润分别为…: a subject of its own)
    change = rules.pattern("change_words").search(lead)
    return series, lead[:change.start()] if change else lead


def _gap_lead(lead: str, unit: str) -> bool:
    """A continued list's lead is a gap (`is_gap_lead`), or the gap word alone that a cut period leaves (高于去年同期 →
    高于: only `_continued_pair` hands one on, after `period_gap_lead`; round 48)."""
    return is_gap_lead(lead, unit) or cues().pattern("period_gap_word").fullmatch(lead) is not None


def _gap_member(member: str, text: str, after: list[dict], gap: str, start: int) -> str:
    """A 分别 list member's gap (…分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点 → 装备制造业增加值增速
    快于规模以上工业): the member without its list base (同比), its growth rate when the list's values were changes, and
    the gap, as a single subject's gap reads (round 17, round 23)."""
    rules = cues()
    first = after[0]["start"] - start
    mark = _last_mark(text, first)
    changed = mark is not None and rules.pattern("change_words").search(text, mark.end(), first) is not None
    owner = without_list_base(member)
    if changed and not any(owner.endswith(d) for d in rules.words("derived_heads")):
        owner += rules.setting("growth_rate_head")
    return owner + gap


def list_member(text: str, offset: int, number: dict, in_sentence: list[dict], start: int,
            subjects: list[tuple[int, str, str]],
            carried: tuple[list[str] | None, list[str]] | None = None) -> tuple[str | None, int, tuple[str, ...]]:
    """The member of a 分别 list that a value belongs to (A、B、C分别为x、y、z) and the end of the
    list's last value, and the list's members (round 37 mend: whether all are alike decides what they share), or
    (None, the value's own end, ()).

    A list of n members can take k values each, in k rounds (A、B、C分别由x、y、z增长至u、v、w);
    a single metric whose values a sentence's earlier 分别 list spreads over (在A、B上分别取得x、y，
    相应的比率分别为u、v) takes that list's members; with no list before it, 分别 spreads over the
    subjects of the values claimed before it (总资产x，净资产y，分别增长u、v). A measure of its own before the later
    分别 takes the earlier list's members without the measure they shared there (A、B的综合充足率分别为…，核心充足率
    分别为… → A核心充足率; round 29), also in a sentence after ； (``carried``: the members the last one's 分别 list
    shared a measure over)."""
    found = respectively_members(text, offset, in_sentence, start)
    if found is None:
        return None, number["end"], ()
    chunk, after, earlier, named, earlier_named, earlier_at = found
    if carried and after and (mark := _last_mark(text, after[0]["start"] - start)) is not None and own_list_between(
            text, in_sentence, 0, mark.start(), len(after), start):
        carried = None  # (round 42: …；发生较大事故277起、死亡1030人，同比分别下降…: its own values, no list carried)
    changes = cues().words("respectively_change_units")
    series = [n for n in after if n["unit"] == number["unit"] or (
        number["unit"] in changes and n["unit"] in changes)]  # 分别上升1.5倍和72.6%: one series (round 23)
    if len(series) < 2 and (_levels_of_measures(after, text, start) or _copula_rate_levels(after, text, start)):
        series = after  # 业务量和业务收入分别完成830亿件和8750亿元: one level each, in its own unit (round 26)
    elif len(series) < len(after) and _levels_of_measures(after, text, start) and list_members(chunk, len(after)):
        series = after  # 猪、牛、羊、家禽出栏分别为x万头…w万只: a level per member, counters mixed (r40)
    own_base = False
    if number not in series and (continued := _continued_pair(text, number, in_sentence, after, start)):
        series, lead = continued  # 分别为49.8%和47.4%，比上月上升0.4和0.7个百分点: the same members, in order
        # (round 24: 分别进口x、y，增长u、v: 进口增长; round 26: 分别应上调x、y，实际上调u、v: what was due is no part)
        gap_or_actual = _gap_lead(lead, number["unit"]) or cues().pattern("actual_change_lead").match(lead)
        # (round 50) …同比分别增长x、y，与2019年同期相比下降u、v: a base of its own, none of the first list's
        own_base = not gap_or_actual and cues().pattern("continued_own_base").match(
            text, after[-1]["end"] - start, series[0]["start"] - start) is not None
        named = lead if gap_or_actual else named + lead
    if len(series) < 2 or number not in series:
        return None, number["end"], ()
    index = series.index(number)
    if len(series) == 2 and (pair := _extreme_pair(text, offset, chunk)):
        return pair[index] + named, series[-1]["end"], tuple(pair)  # 东部地区…最高，东北地区最低，分别为x和y (round 25)
    members: list[str] | None = None
    for rounds in range(1, len(series) // 2 + 1):
        if len(series) % rounds:
            continue
        members = list_members(chunk, len(series) // rounds)
        if members and (at := text.rfind(chunk.strip(), 0, offset)) > 0:
            members = compound_owner(chunk, members, text, at)  # 前10月产销分别… after …产销量… (round 26)
        if members and series is not after and _gap_lead(named, number["unit"]):
            return (_gap_member(members[index % len(members)], text, after, named, start), series[-1]["end"],
                    tuple(members))
        if members:
            member = framed_member(members[index % len(members)], text, text.rfind(chunk.strip(), 0, offset), named)
            return (without_list_base(member) if own_base else member) + named, series[-1]["end"], tuple(members)
    if not members and (said := _members_said_before(text, offset, len(series), in_sentence, start)):
        return said[index] + named, series[-1]["end"], tuple(said)  # A、B和C的跌幅较大，跌幅分别为x、y、z (round 25)
    if cues().pattern("listed_bases_spread").match(named):
        # (round 42) 分别比上月和上年同期低x个和y个: the bases take the values, not an earlier list's members nor the
        # subjects before the 分别
        return None, number["end"], ()
    if earlier is not None or carried:
        shared = list_members(chunk, 1) if len(clean(chunk)) > 1 else [""]
        heads, listed = (list_heads(earlier, len(series)), list_members(earlier, len(series))) if (
            earlier is not None) else carried or (None, None)
        if earlier is not None and listed and earlier_at >= 0:
            listed = compound_owner(earlier, listed, text, earlier_at)  # 新能源汽车方面，产销分别…，同比分别… (r36)
        if shared and shared[0] and listed and len(listed) == len(series):
            if heads and own_measure(shared[0]) and not any(find_dates(h) for h in heads):
                # (round 29) …；核心充足率分别为…
                return heads[index] + shared[0] + named, series[-1]["end"], tuple(heads)
            if earlier is None and not own_measure(shared[0]):  # …；同比分别提高…, …；占比分别为…: the list's measure
                return listed[index] + shared[0] + named, series[-1]["end"], tuple(listed)
        if earlier is not None and listed and shared:
            # (round 24: …分别进出口x、y，分别增长u、v: what the members did before, with no words of
            own = named or ("" if shared[0] else earlier_named)  # its own between, is what changed: 欧盟进出口增长)
            # (round 49: only the list's base between, 同比分别增长: the earlier measure still changed, before its base)
            measure = earlier_named if not named and _base_only(shared[0]) else ""
            return listed[index] + measure + shared[0] + own, series[-1]["end"], tuple(listed)
    # (the clause before the governing 分别, found once for both lists: round 36 mend)
    bounds = chunk_bounds(text, mark.start()) if (mark := _last_mark(text, offset)) is not None else None
    if named and bounds and (listed := _copula_list(text, bounds, len(series))):
        # A、B和C是…前三大贸易伙伴，分别进出口x、y、z
        return listed[index] + named, series[-1]["end"], tuple(listed)
    if bounds and (ranked := _ranked_list(text, bounds, len(series))):
        # A、B、C软件业务收入居全国前三，同比分别增长x、y、z
        return ranked[index] + named, series[-1]["end"], tuple(ranked)
    first = series[0]["start"] - start  # (the subjects before ； end at -1: only a 分别 listing no members takes them)
    own_list = cues().pattern("own_member_list").search(text, clause_bounds(text, first)[0], first) is not None
    before = [(subject, own) for end, subject, own in own_values(subjects)
              if end <= first and (end >= 0 or not own_list)][-len(series):]
    if cues().pattern("list_change_base").search(chunk):  # 环比分别下降x和y，同比分别增长u和v: each value's own base
        before = [(without_list_base(subject), without_list_base(own)) for subject, own in before]
    for claimed in ([subject for subject, _ in before], [own for _, own in before]):
        # each value's subject; when a clause carried the one before it on (受理案件…，审结…), its own head
        if len(claimed) == len(series) and len(set(claimed)) == len(claimed) and all(claimed):
            return (claimed[index] + mixed_base(text, chunk, series, index, start) + named, series[-1]["end"],
                    tuple(claimed))
    return None, number["end"], ()


def _base_only(between: str) -> bool:
    """(round 49) Whether the words between two 分别 lists are only the later list's base (…分别完成客运量x、y，
    同比分别增长u、v: 同比; 比上年分别增长): the base names no measure of its own, so the earlier list's measure is
    what changed."""
    return bool(between) and cues().pattern("list_change_base").fullmatch(between) is not None


def _levels_of_measures(values: list[dict], text: str, start: int) -> bool:
    """(round 26) The values a 分别 spreads over are two or more levels, each in a measure unit of its own (830亿件和
    8750亿元: a volume and an income): every value has a unit, none is relative (%, 个百分点, 倍), and nothing but a
    list's joint stands between them, so each is one member's level, not a change of the same one nor a qualifier of
    the measure (分别选择出现频率5次以上的个股各26只)."""
    relative, joint = cues().words("relative_units"), cues().pattern("amount_list_joint")
    return (len(values) >= 2 and all(n["unit"] and n["unit"] not in relative for n in values)
            and all(joint.match(text[a["end"] - start:b["start"] - start]) for a, b in pairwise(values)))


def _copula_rate_levels(values: list[dict], text: str, start: int) -> bool:
    """(round 47) The values right after a copula 分别为 (优良天数比例、PM2.5浓度分别为60.5%和44微克/立方米) are levels
    each, a rate's among them: every value has a unit, not all the same, none a change or a multiple's (个百分点, 倍,
    基点: `list_change_units`), and nothing but a list's joint stands between them. Round 26 kept a % value's series
    to its own unit, so both values took the whole list as their metric. Not when the clause names a rate of change
    (吞吐量和增速分别为980万标准箱和6.3%: `derived_heads`), whose member would lose its owner."""
    rules = cues()
    changes, joint = rules.words("list_change_units"), rules.pattern("amount_list_joint")
    if not (len(values) >= 2 and all(n["unit"] and n["unit"] not in changes for n in values)
            and len({n["unit"] for n in values}) > 1):
        return False
    first = values[0]["start"] - start
    clause = text[clause_bounds(text, first)[0]:first]
    return (rules.pattern("respectively_copula_end").search(clause) is not None
            and not any(head in clause for head in rules.words("derived_heads"))
            and all(joint.match(text[a["end"] - start:b["start"] - start]) for a, b in pairwise(values)))


def _members_said_before(text: str, offset: int, count: int, numbers: list[dict], start: int) -> list[str] | None:
    """(round 25) The ``count`` members named in the clause before a 分别 whose own clause names only a measure
    (其中A、B和C的同比跌幅较大，跌幅分别为x、y、z): the members before that clause's 的, each with the measure, read
    with what the words after 的 put before it (A同比跌幅); None when the 分别's clause holds a list itself or none
    stands before."""
    rules = cues()
    if (mark := _last_mark(text, offset)) is None:
        return None
    begin, end = chunk_bounds(text, mark.start())
    measure = clean(text[begin:end])
    if not measure or rules.pattern("list_separators").search(text[begin:end]) or begin <= 0:
        return None
    earlier = list_chunk(text, begin, numbers, start)
    marker = rules.setting("relative_marker")
    separators = list(rules.pattern("list_separators").finditer(earlier))
    at = earlier.find(marker, separators[-1].end() if separators else 0)
    if at < 0:  # (round 50 mend) not when the 分别's clause joins a list of its own (一季度和二季度降幅分别为…)
        joined = rules.pattern("list_last_joiners").search(text[begin:end])
        return _members_moved_before(earlier, measure, count) if joined is None else None
    said = earlier[at + len(marker):]
    within = said.find(measure)
    own = clean(said[:within + len(measure)]) if within >= 0 else measure
    members = list_members(earlier[:at], count)
    return [member + own for member in members] if members else None


def _members_moved_before(earlier: str, measure: str, count: int) -> list[str] | None:
    """(Round 50) The ``count`` members of a list whose clause ends in a bare change verb, before a 分别 whose clause
    names only the size of that change (原材料库存指数和生产经营活动预期指数下降，指数降幅分别为x和y;
    钢材和水泥产量增长，增幅分别为x和y): each member with the measure, less the words it already ends in
    (`joined_once`: 原材料库存指数降幅, 钢材产量增幅), as round 25 reads such a list up to its 的. None when the
    clause ends in no bare change verb (`moved_list_tail`) or the measure names no size of a change
    (`moved_list_measure`)."""
    rules = cues()
    moved = rules.pattern("moved_list_tail").search(earlier)
    if moved is None or not moved.start() or not rules.pattern("moved_list_measure").search(measure):
        return None
    chunk = earlier[:moved.start()]
    if _named_count(chunk) != count:
        return None  # (mend) 钢材、水泥和玻璃产量增长，增幅分别为x和y: three members for two values, none is fitted
    members = list_members(chunk, count)
    return [joined_once(member, measure) for member in members] if members else None


def _named_count(chunk: str) -> int:
    """(Round 50 mend) How many members a list names, split at its separators and at the joiners of its last member
    (钢材、水泥和玻璃产量: 3), so a list moved before a bare change verb is read only when it names one member per
    value: `list_members` would fit a longer list to the count by joining members (水泥和玻璃产量 as one)."""
    rules = cues()
    items = [i for i in rules.pattern("list_separators").split(chunk) if i.strip()]
    if not items:
        return 0
    return len(items) - 1 + len([i for i in rules.pattern("list_last_joiners").split(items[-1]) if i.strip()])


def _extreme_pair(text: str, offset: int, chunk: str) -> list[str] | None:
    """The members of a pair of extremes the 分别 governing the value at ``offset`` spreads over (东部地区…的比例最高，
    东北地区最低，分别为x和y → 东部地区…的比例, 东北地区…的比例): ``chunk``, the clause right before 分别, names the
    second member and the clause before it the first with the measure (`superlative_pair_members`); or None."""
    if (mark := _last_mark(text, offset)) is None:
        return None
    _, end = chunk_bounds(text, mark.start())
    if not chunk.strip() or not text[:end].endswith(chunk.rstrip("，,：: ")):
        return None
    begin, first_end = chunk_bounds(text, end - len(chunk.rstrip("，,：: ")))
    changed = cues().pattern("change_words").search(text, mark.end(), offset) is not None
    return superlative_pair_members(text[begin:first_end], chunk, changed)


_MARK_REACH = 256  # the first window `_last_mark` reads back


def _last_mark(text: str, offset: int) -> re.Match[str] | None:
    """The last 分别 before ``offset`` (the one that governs a value there), or None. Read back from ``offset`` in
    windows that grow fourfold (round 36 mend: once per value of a 分别 series, a scan from the text's start grew with
    the value's offset); a mark near a window's start is taken only once the window before it was read too."""
    respectively, reach = cues().pattern("respectively"), _MARK_REACH
    while True:
        begin = max(0, offset - reach)
        marks = list(respectively.finditer(text, begin, offset))
        if marks and (not begin or marks[-1].start() >= begin + _MARK_REACH // 4):
            return marks[-1]
        if not begin:
            return None
        reach *= 4


def _copula_list(text: str, bounds: tuple[int, int], count: int) -> list[str] | None:
    """The ``count`` members of a list that is the subject of the copula clause right before the 分别 governing the
    value (东盟、欧盟、美国和韩国是中国前四大贸易伙伴，分别进出口…: 东盟, 欧盟, 美国, 韩国), or None. ``bounds``: that
    clause's (`chunk_bounds` of the 分别)."""
    begin, end = bounds
    listed = _copula_subject(text[begin:end].strip(), cues().pattern("copula_list_subject"))
    return list_members(listed, count) if listed is not None else None


def _ranked_list(text: str, bounds: tuple[int, int], count: int) -> list[str] | None:
    """(round 36) The ``count`` members of a list that is the subject of a rank clause (`rank_list_subject`) right
    before the 分别 governing the value (北京、广东、江苏软件业务收入居全国前3，同比分别增长x、y、z), or of a clause
    judging how they moved (round 46, `list_trend_tail`: A、B、C等行业利润增长较快，同比分别增长x、y、z), each
    with the measure they share and the words before 分别 in its own clause (北京软件业务收入同比), or None. The words
    before 分别 hold no list of their own (a list there is the one 分别 spreads over). ``bounds``: the clause before
    the 分别 (`chunk_bounds`)."""
    rules = cues()
    begin, end = bounds
    lead = ""
    listing = rules.pattern("rank_list_subject")
    predicates = (rules.pattern("rank_top_predicate"), rules.pattern("list_trend_tail"))  # (round 46: 增长较快)
    if all(_ranked_subject(text[begin:end].strip(), p, listing) is None for p in predicates):
        if begin <= 0 or rules.pattern("list_separators").search(text, begin, end):
            return None
        lead = clean(text[begin:end])
        begin, end = chunk_bounds(text, begin)
    listed = next((found for p in predicates
                   if (found := _ranked_subject(text[begin:end].strip(), p, listing)) is not None), None)
    members = list_members(listed, count) if listed is not None else None
    return [member + lead for member in members] if members else None


@lru_cache(maxsize=64)
def _ranked_subject(chunk: str, predicate: re.Pattern[str], listing: re.Pattern[str]) -> str | None:
    """The list a rank clause's subject holds (`_ranked_list`): the words before its `rank_top_predicate` when they
    hold a list (`rank_list_subject`), once per clause (round 36 mend: a linear search for the rank first, the list
    only on the words before it)."""
    rank = predicate.search(chunk)
    subject = listing.match(chunk, 0, rank.start()) if rank and rank.start() else None
    return subject["list"] if subject else None


@lru_cache(maxsize=64)
def _copula_subject(chunk: str, pattern: re.Pattern[str]) -> str | None:
    """The list a copula clause's subject holds (`_copula_list`), once per clause (round 32: the pattern backtracks
    over the whole clause, and each value of a long 、-list before its 分别 asked it again)."""
    subject = pattern.match(chunk)
    return subject["list"] if subject else None


def tally_way(masked: str, offset: int, end: int, going_on: bool) -> str | None:
    """(round 39) The way a count of a tally names (5个分类指数4升1降: 4 → 升, 1 → 降), or None: the first count of a
    tally is followed by its way and another count with its way; a later one (``going_on``) follows a count and a
    way."""
    rules = cues()
    first = rules.pattern("tally_first").match(masked, end)
    if first is not None:
        return first["way"]
    way = rules.pattern("tally_way_after").match(masked, end) if going_on else None
    if way is None or not rules.pattern("tally_later").search(masked, max(0, offset - 6), offset):
        return None
    return way["way"]


def tally_metric(counted: str, way: str) -> str:
    """The members of the set ``counted`` (a metric, 构成制造业PMI的5个分类指数) that moved ``way``: the way and 的 in
    place of the set's count (构成制造业PMI的上升的分类指数), else before the set's noun (上升的主要指标)."""
    rules = cues()
    moved = rules.setting("tally_way_words")[way] + rules.setting("relative_marker")
    counted = rules.pattern("tally_set_frame_end").sub("", counted)  # 13个分项指数中9升4降: the frame's 中
    counts = list(rules.pattern("tally_set_count").finditer(counted))
    if counts:
        last = counts[-1]
        return counted[:last.start()] + moved + counted[last.end():]
    at = counted.rfind(rules.setting("relative_marker")) + 1  # 构成综合指数的主要指标1降4升 → …的下降的主要指标
    return counted[:at] + moved + counted[at:]
