"""Comparison bases and gaps: a subject without the base it is compared with, a gap between two levels."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE, clean
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.words import ends_in_metric_head, names_a_region


def is_gap_lead(phrase: str, unit: str = "") -> bool:
    """The phrase is a gap in points to a wider area, to the whole or to the schedule (高于全国, 快于规模以上工业,
    超序时进度): round 17's regional gap, round 23's whole gap and round 24's schedule gap; with the values' ``unit``,
    also a gap to a named measure (快于全部工业增加值…个百分点, round 26)."""
    rules = cues()
    return bool(rules.pattern("regional_gap").fullmatch(phrase) or rules.pattern("whole_gap").fullmatch(phrase)
                or rules.pattern("schedule_gap").fullmatch(phrase)  # (round 24: 超序时进度)
                or (unit and measure_gap(phrase, unit)))


def links_level(after: str) -> bool:
    """The words after a value only link it to the level its change reached (下行1.5bp报2.8050%, 跌5.5个基点至,
    跌0.5%报收): they name nothing it measures, and the next value is that level. Spaces do not count, nor does a
    bound word closing the change's value (同比增加1亿千瓦左右，达到14.5亿千瓦: ``value_bounds``, round 47)."""
    rules = cues()
    after = SPACE.sub("", after)
    after = next((after[len(bound):] for bound in rules.words("value_bounds") if after.startswith(bound)), after)
    return bool(rules.pattern("level_after_change").fullmatch(after)
                or rules.pattern("level_after_adjustment").fullmatch(after))  # 由2320元调整为2420元


def bare_head_before_base(head: str) -> str:
    """(round 28) The bare head word (占比, 比重) a change's head opens with when only the comparison of its base
    follows it (占比较前10个月, 比重比上年 with the date blanked): the share of the owner before changed, as after
    占比达 (…占移动基站总数的37.4%，占比较前10个月提高0.4个百分点 → 5G基站总数占比较前10个月提高, never the share's
    words twice); "" for any other head."""
    rules = cues()
    own = rules.before("comparison_marker", head)
    return own if own != head and own in rules.words("bare_heads") else ""


def without_revised_base(phrase: str) -> str:
    """The phrase without the earlier release it ends in (美国新增非农就业人数由此前公布的 → 美国新增非农就业人数,
    比前一周修正后 → 比前一周): a revised figure's base names no part of what is measured."""
    return clean(cues().pattern("revised_base").sub("", phrase)) or phrase


def without_base_or_close(subject: str) -> str:
    """A subject without the base it is compared with (份额比前阶段) and the session close opening it (午间收盘)."""
    return cues().pattern("session_close").sub("", without_base(subject))


def without_base(subject: str) -> str:
    """A subject without the base it is compared with (份额比前阶段 → 份额; 全国单位GDP能耗比 → 全国单位GDP能耗). The
    比 closing a ratio noun (成本收入比, 存贷比较上年末: `ratio_nouns`, round 25) opens no base."""
    rules = cues()
    marker, ratios = rules.pattern("comparison_marker"), rules.words("ratio_nouns")
    at = 0
    while (found := marker.search(subject, at)) is not None:
        ratio = any(subject[:found.start() + 1].endswith(noun) for noun in ratios)
        if not ratio:
            return subject[:found.start()] if found.start() else subject
        at = found.start() + 1
    return subject


def regional_gap(head: str, governing: Governing, context: Context) -> str:
    """The metric of a gap to a wider area's figure (…同比增长8.3%，高于全国2.1个百分点 → …增速高于全国; 城镇化率为
    72.1%，高于全省3.5个百分点 → 城镇化率高于全省): the subject before it, its growth rate when that was a change,
    and the comparison; the area is the base, never the subject. "" for any other value (高于城区（83.8%）: a level)."""
    rules = cues()
    whole = (rules.pattern("whole_gap").fullmatch(head)  # (…分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点:
             and not rules.pattern("respectively").search(context.previous_clause))  # the members' gaps, round 23)
    schedule = rules.pattern("schedule_gap").fullmatch(head)  # 超序时进度: the completion's gap, no growth rate's
    measure = (measure_gap(head, context.unit)  # (round 26: 低于全国城镇调查失业率0.3个百分点: a named measure)
               and not rules.pattern("respectively").search(context.previous_clause))
    subject = without_base(governing.subject)
    rate = rules.setting("growth_rate_head")
    # (round 42) a second gap after a gap of the growth rate compares the same rate (增长5.9%，高于全国0.9个百分点，
    # 高于全省0.8个百分点 → …增速高于全省): the gap before passes its subject on without the change
    rate_gap = governing.metric.startswith(subject + rate) and _area_gap(governing.metric[len(subject + rate):])
    # (round 42 mend) …，高于全国2.9个百分点，高于东部地区1.7个百分点: a named region after a gap is that gap's base too
    after_gap = rate_gap or (governing.metric.startswith(subject) and _area_gap(governing.metric[len(subject):]))
    region = after_gap and _named_region_gap(head)
    if context.unit not in rules.setting("gap_units") or not (
            rules.pattern("regional_gap").fullmatch(head) or whole or schedule or measure or region):
        return ""
    if ((governing.change or rate_gap) and not schedule
            and not any(subject.endswith(d) for d in rules.words("derived_heads"))):
        subject += rate
    return subject + head


def _area_gap(phrase: str) -> bool:
    """The phrase is a gap to a wider area (高于全国) or to a named region (高于东部地区: `_named_region_gap`)."""
    return bool(cues().pattern("regional_gap").fullmatch(phrase)) or _named_region_gap(phrase)


def _named_region_gap(phrase: str) -> bool:
    """(round 42 mend) The phrase is a gap to a named region's figure (高于东部地区, 低于长三角地区平均水平)."""
    found = cues().pattern("named_region_gap").fullmatch(phrase)
    return bool(found) and names_a_region(found["region"])


def measure_gap(head: str, unit: str) -> bool:
    """The head is a gap in points to another measure the text names (低于全国城镇调查失业率 before 0.3个百分点;
    round 26): that measure is the base, as a wider area is, not the subject of the value (its level: per cent)."""
    rules = cues()
    found = rules.pattern("measure_gap").fullmatch(head)
    return bool(found) and unit in rules.setting("gap_units") and ends_in_metric_head(found["base"])


def shared_base(change: str, governing: Governing, unit: str) -> str:
    """(round 48) A bare per-cent change (增长2.8%) right after an amount's change against a base (环比增加1160万头;
    比上年末增加4000亿元) is the rate of that same change: it shares the amount's base (全国生猪存栏环比增长), which
    it would otherwise drop. The change itself when the change before was a rate, or named no base, or this one names
    its own."""
    rules = cues()
    if (unit != rules.setting("share_change_unit") or governing.unit in rules.words("relative_units")
            or not rules.pattern("bare_rate_change").fullmatch(change)):
        return change
    base = rules.pattern("amount_change_base").match(SPACE.sub("", governing.change))
    return base["base"] + change if base else change
