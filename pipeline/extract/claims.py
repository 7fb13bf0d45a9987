"""Claims: checkable sentence-level assertions, one per (metric, value) pair.

A claim is a quantity (from the numbers rows) in a factual sentence, with the
metric it measures, the time it holds for and the organisation the text attributes
it to. This module decides which values are claims and carries the passage (its time,
source and subject) from sentence to sentence; `claim_time` finds a value's time and
`claim_metric` its metric. Every cue is data in `resources/claims.yaml` (`claim_cues`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, TypeVar

from spacy.tokens import Doc

from pipeline.chars import blank_out, is_han
from pipeline.end_search import search_at_end
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import (
    Context,
    Governing,
    bounded,
    clean,
    compound_owner,
    count_predicate,
    counts_people_bare,
    cut_words,
    ends_in_metric_head,
    enumeration_start,
    framed_member,
    in_breakdown_clause,
    is_gap_lead,
    links_level,
    list_heads,
    list_members,
    metric,
    names_any_measure,
    names_only_its_noun,
    rate_owner,
    superlative_pair_members,
    turned_change,
)
from pipeline.extract.claim_selection import (
    assumption_frames,
    attributed_forecast,
    bounds_a_counted_group,
    bounds_a_counted_noun,
    counts_the_sample,
    describes_an_exclusion,
    forecast_hedge,
    glued_term,
    group_reads_on,
    heads_a_running_budget,
    in_number_run,
    is_a_base,
    is_a_rule,
    is_a_target,
    is_an_assumption,
    is_an_index_threshold,
    is_claim_duration,
    is_factual,
    is_factual_up_to,
    is_formula_term,
    is_labelled_plan_value,
    is_procedure_setting,
    is_prose,
    is_research_design,
    is_structural_count,
    is_target_value,
    labels_a_group,
    plans_a_running_period,
    qualifies_a_group,
    qualifies_the_subject,
    scopes_a_partner_value,
    sets_a_threshold,
)
from pipeline.extract.claim_source import (
    Turn,
    approving_bodies,
    attribution,
    briefing_hearsay,
    briefing_holder,
    briefing_release,
    clause_attributions,
    clock_times,
    co_publishers,
    date_leads,
    date_slashes,
    dateline,
    day_parts,
    footnote_sources,
    footnoted_source,
    hosts_briefings,
    item_attributions,
    named_forecaster,
    official_speaks,
    paragraph_notes,
    publication,
    reattribute,
    scope_bodies,
    source_notes,
    speaker_label,
    speaker_turn,
    starts_new_data,
    trade_partners,
)
from pipeline.extract.claim_time import (
    BRACKET_CLOSERS,
    BRACKET_OPENERS,
    Placed,
    base_dates,
    breaks_down,
    clause_bounds,
    clause_end_past,
    dateline_opening,
    in_aside,
    in_earlier_period_clause,
    in_prior_clause,
    is_a_sanction,
    is_day,
    is_year,
    lede_time,
    level_base_time,
    looks_back,
    months_covered,
    named_base_dates,
    opening_time,
    passage_span,
    period_before,
    record_frames,
    sanction_time,
    sentence_time,
    single_days,
    sole_time,
    sub_periods,
    time_for,
    trend_starts,
    within,
    year_list_times,
)
from pipeline.extract.currencies import currency_codes, prefix_currencies
from pipeline.extract.dates import find_dates, holiday_over, open_heading, title_time
from pipeline.nlp.doc import Word, WordIndex
from pipeline.nlp.jieba_dict import tag_of
from pipeline.repeat_search import found_none_before
from pipeline.resources import cleared_with_resources
from pipeline.script import simplified
from pipeline.segment import Sentence

_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_ANSWERER = "\0answerer"  # the speakers' key of the body that answers a 答记者问's questions (no name can be it)
_QUANTITY_UNITS = frozenset({"%", "pp", "x", ""})  # units that are not a measure word of a counted noun
_SHARE_UNITS = frozenset({"%", "pp"})  # a share or rate, and its change in points (a stock's change may be one)
_ASIDE_REACH = 120  # how far a breakdown bracket is looked for around a value (a sentence-sized window)
PASSAGE_LIMIT = 8000  # characters; above the longest real sentences (a 5,870-character one in dev/)
_SPACES = re.compile(r"\s*")  # (round 39 mend: the space after a listed value, before its separator)
_CLAUSE_GAP = re.compile(r"[\s,，]")  # what may stand between a 分别 list's values and the clause continuing it
CITATION_COMMAS = frozenset(",\uff0c")  # the comma between a bracketed citation's author and year
_CARRIED_SUBJECTS = 8  # at most the last 8 subjects claimed before ； (a run of ；-lines stays linear)
_PASSAGE_BREAK = re.compile(r"[。！？；;，,]")


@dataclass(frozen=True)
class Claim:
    """One claim: a value of a factual sentence with what it measures, when, and per whom.

    ``number_start``/``number_end`` locate the claimed number in the document text (the
    claim's span); ``sent_id`` is the sentence it was read from."""

    metric: str
    value: Decimal
    unit: str
    time: str | None
    source: str | None
    sent_id: int
    number_start: int
    number_end: int


def _within(rows: list[dict], starts: list[int], begin: int, end: int) -> list[dict]:
    """Rows (sorted by start) that start in [begin, end): by bisection, not a scan of the document."""
    return rows[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]


def passages(sentences: list[Sentence], text: str, limit: int = PASSAGE_LIMIT) -> list[Sentence]:
    """Sentences, with any longer than ``limit`` characters cut at clause breaks into passages of
    at most about ``limit`` (same sent_id): the work per sentence grows with the square of its
    numbers and dates, so a run-on sentence (a PDF or single-line dump) must not be one unit."""
    out: list[Sentence] = []
    for sentence in sentences:
        if sentence.end - sentence.start <= limit:
            out.append(sentence)
            continue
        begin = sentence.start
        while sentence.end - begin > limit:
            cut = max((m.end() for m in _PASSAGE_BREAK.finditer(text, begin + limit // 2, begin + limit)),
                      default=begin + limit)
            out.append(replace(sentence, start=begin, end=cut, gap_after=False))
            begin = cut
        out.append(replace(sentence, start=begin, gap_before=False))  # (the sentence's first passage starts it)
    return out


_PLAIN_HEADING_LEVEL = 9  # a heading with no number sits below every numbered level (一、 1, （一） 2, 1. 3, （1） 4)


@dataclass
class _Passage:
    """What a paragraph carries from sentence to sentence.

    ``opening`` is the time a sentence opening with a date (2020年，… / 今年1-7月，…) states for
    the data the paragraph goes on describing; ``last`` is the previous sentence's time, which
    only a continuation (其中, 同比 …, or a clause after ；) inherits."""

    block: int = -1
    opening: str | None = None
    last: str | None = None
    span: str | None = None
    source: str | None = None
    governing: Governing | None = None
    chained: bool = False
    targets: bool = False  # a list of targets is open (主要预期目标是：…；…)
    lead_in: bool = False  # the last sentence was a target frame on a line of its own or a heading (主要预期目标：⏎)
    item_source: bool = False  # the last sentence was a numbered news item that named its own source (1、X：…)
    item_line: bool = False  # the last sentence was an item of a list of targets with no sentence end (…10万人⏎)
    unit: str | None = None  # the unit of the previous sentence's last claim (a breakdown runs on over ；)
    hedge: str = ""  # a forecast or plan the clauses after ； stay in (预计营收增长45%；扣非净利润…), from its cue on
    publisher: str | None = None  # who published the report a cue of the passage cites (…发布《…》。报告显示，…)
    speaker: str = ""  # the transcript speaker whose turn this is (付凌晖：…): that speaker's next turn goes on with it
    listing: bool = False  # a line ending in a colon opened a list of data lines under it (…运行数据：⏎…；⏎…)
    bullet_time: str | None = None  # the one time the last dated sentence of a run of inline bullets stated (round 25)
    headline: int = -1  # the list item whose headline, with no value, the last sentence was (- 盈利能力显著提升⎵…)
    release_source: str | None = None  # who a paragraph that only announced a data release named (round 27)
    subjects: list[tuple[int, str, str]] = field(default_factory=list)  # the subjects a sentence ending in ； claimed
    pair: tuple[str | None, str | None] | None = None  # the times of the last from–to pair it closed (round 40)
    paired: frozenset[int] = frozenset()  # the starts of its values that took a sibling pair's times (round 40)
    release_times: frozenset[str] | None = None  # the times a release's own paragraph of data stated (round 27)
    release_data: frozenset[str] = frozenset()  # …and the times its values took
    release_block: int = -1  # the paragraph that opened the release (its data set the times above)
    release_period: str | None = None  # the period the release's title names, for data no value of it dated (round 29)
    release_depth: int = 0  # the deepest numbered heading open where the release was named (0: none; round 30)
    framing: str | None = None  # the time the paragraph's first sentence opened with (its lede's day: round 28)
    own_frame: str | None = None  # …that time even where the paragraph was an aside keeping the frame (round 34 mend)
    spread: tuple[list[str] | None, list[str]] | None = None  # the last sentence's 分别 list (round 29)
    level_time: str | None = None  # the time of the previous sentence's last level, not a change (round 30)
    averaged: bool = False  # …whose last value, an average over years, set the running span (年均下降: round 40 mend)
    # the running time is a year's end: one a sentence opened with (2023年末，…: round 37), or the one a release's
    # paragraph of a year and its end lends the paragraphs after it (`_one_report_time`: round 41)
    year_end: bool = False
    horizon: bool = False  # the last sentence of the paragraph set only targets (“十四五”期间，…降低13.5%。: round 31)
    budget: bool = False  # …or the horizon is a budget's a heading named (2025年…收入预算。: its lines need no verb)
    # the period a breakdown by time (分季度看，…；…。) splits: its parts run on over ； but not past the 。 that ends
    # them, where the passage returns to the whole (round 42 mend)
    parted: str | None = None


def _parts_of(times: list[str], whole: str) -> bool:
    """The times all lie inside ``whole`` and one is a part of it (二季度 of 2023): a breakdown by time's (round 42
    mend)."""
    held = months_covered(whole)
    return all(within(t, held) for t in times) and any(months_covered(t) != held for t in times)


def _level_time(stated: list[dict], aside: set[int], opening: str | None) -> str | None:
    """The time the sentence opens with when it dates a level there (a stock or a rate, not a change: 截至2024年底，…
    用户总数达17.9亿户，全年净增2651万户), which the levels of a sentence continuing it hold for (round 30). Not a
    date inside the sentence (…上升到2019年的88.25%，平均年增长率…；…累计约63.11亿份: the chain goes on as before)."""
    return opening if opening and any(c["time"] == opening and c["number_start"] not in aside
                                      and _is_level(c["metric"]) for c in stated) else None


def _is_level(metric: str | None) -> bool:
    """A metric naming a level: no change (净增, 增长) and no flow (新增存款) in it."""
    rules = cues()
    return not (rules.pattern("change_words").search(metric or "") or rules.pattern("flow_metric").search(metric or ""))


def _continue_levels(claims: list[dict], passage: _Passage) -> None:
    """A continuation with no date of its own (。其中，5G移动电话用户达10.14亿户，比上年末净增2.63亿户) goes on in the
    time of the sentence before: its levels in that of the levels there (`2024-12`, the 截至2024年底 of the stock it
    breaks down), its changes in that of the last value there (`2024`, the 全年 of 全年净增), as before (round 30); but
    when that last value was an average over years (比2021年年均下降6.3%, 两年平均增长3.9%), a change that is no average
    goes on in the levels' time too, not in the span (round 40 mend)."""
    if passage.level_time is None or passage.level_time == passage.last:
        return
    over_the_year = passage.year_end and passage.level_time.endswith("-12")
    averages = cues().pattern("annual_average")
    for claim in claims:
        if claim["time"] != passage.last:
            continue
        if _is_level(claim["metric"]):
            # (a measure of dealings is the year's when the levels are the year's end: 截至2023年底，…，全年净增2000家。
            # 其中，网络零售额3000亿元 → 2023, as `_flows_of_the_year` dates it; round 40 mend)
            claim["time"] = passage.level_time[:4] if over_the_year and _is_dealing(claim["metric"]) else (
                passage.level_time)
        elif passage.averaged and not averages.search(claim["metric"] or ""):
            # (a change that is no average goes on in the levels' time, not the span an average before it ran over:
            # 2024年，…销售额…，比2021年年均下降6.3%。其中，住宅销售额…，下降5% → 2024; round 40 mend)
            claim["time"] = passage.level_time[:4] if over_the_year else passage.level_time


def _is_dealing(metric: str | None) -> bool:
    """A metric naming a measure of dealings over a period (`dealing_flow_metric`: 成交额, 销售额, 汽车销量, 授权量),
    not a running or held total of one (累计成交量, 有效…授权量: `held_stock_words`): a flow, though a level to the
    rules of `flow_metric` (round 40 mend)."""
    rules = cues()
    return rules.pattern("dealing_flow_metric").search(metric or "") is not None and not any(
        word in (metric or "") for word in rules.words("held_stock_words"))


def _opens_at_year_end(text: str, own_dates: list[Placed], opening: str | None) -> bool:
    """Whether the sentence opens with a year's end (2023年末，…; 年底，…) that dates its stocks, read from its dates of
    its own (`own_dates`, outside asides): a sentence after it with no date of its own goes on in that point, but its
    flows are the year's (round 37)."""
    year_end = cues().pattern("year_end_word")
    return opening is not None and opening.endswith("-12") and any(
        value == opening and year_end.search(text, start, end) for start, end, value in own_dates)


def _flows_of_the_year(claims: list[dict], running: str | None) -> None:
    """A sentence with no date of its own after one that opened with a year's end (2023年末，全国就业人员74041万人。
    城镇新增就业1244万人，比上年多增38万人): its levels hold for the year's end (`2023-12`), its flows over the year
    (`2023`), as a 全年 would say. A flow is a metric that names one (`flow_metric`: 新增, 新建, 新设) or a change in
    a measure (比上年多增38万人); a change in a share or rate (_SHARE_UNITS: 增长10%, 提高2个百分点) may be a
    stock's and stays at the end, as a stock's change does (存款余额同比增长10%, `stock_metric`). A sentence that names
    a flow is read as one (round 37 mend): its other values, but stocks and year-end values, are the year's too
    (新建高速公路500公里，改扩建300公里; 新设立外商投资企业5.4万家，实际使用外资1.1万亿元). A measure of dealings
    (`dealing_flow_metric`: 技术合同成交额, 商品房销售额 and their changes) is the year's as well, but only its own
    values: the sentence's others stay (…销售额1500亿元，全市常住人口1000万人), and a running or held total
    (累计成交量, `held_stock_words`) is a stock (round 40 mend)."""
    if running is None or not running.endswith("-12"):
        return
    rules = cues()
    ours = [claim for claim in claims if claim["time"] == running]
    flow_named = any(rules.pattern("flow_metric").search(claim["metric"] or "") for claim in ours)
    for claim in ours:
        metric = claim["metric"] or ""
        dealing = _is_dealing(metric)
        if rules.pattern("year_end_word").search(metric) or (
                rules.pattern("stock_metric").search(metric) and not rules.pattern("flow_metric").search(metric)
                and not dealing):
            continue
        if flow_named or dealing or (claim["unit"] not in _SHARE_UNITS and not _is_level(metric)):
            claim["time"] = running[:4]


def _own_dates(text: str, placed: list[Placed]) -> list[Placed]:
    """The sentence's dates of its own: its dates but the bases of its comparisons (比上年末, 比2024年执行数), read
    once for the sentence (one `base_dates` walk, not one per date: round 37 mend)."""
    if not placed:
        return []
    bases = base_dates(text, placed)
    return [date for date in placed if date[0] not in bases]


def _own_date_start(own_dates: list[Placed], text: str) -> int:
    """Where the sentence's first date of its own (`_own_dates`) stands, or the sentence's end when it has none: a
    continuation's values before it are undated there (。其中，千兆用户为1.63亿户，全年净增7153万户: the 全年 dates
    its flow, not the part of the stock before it; round 34)."""
    return min((start for start, _end, _value in own_dates), default=len(text))


def _date_line(text: str, placed: list[Placed], whole_block: bool) -> bool:
    """A block that is only a time frame (截至7月末, 截至27日：) over the data lines after it: one date after 截至, and
    nothing after it but a comma or colon (round 30). A date alone on its line (2020年06月24日) is a dateline or a
    report's date, no frame."""
    return (whole_block and len(placed) == 1
            and cues().pattern("frame_line_lead").fullmatch(text, 0, placed[0][0]) is not None
            and cues().pattern("frame_line_end").fullmatch(text, placed[0][1]) is not None)


def _dated_heading_line(text: str, placed: list[Placed], whole_block: bool, now: str | None) -> bool:
    """(round 42) A block that opens with its one date and goes on with a few words only, no punctuation (2023年工作
    回顾): a plain-text heading the reader had no numbering to tell (`dated_heading_line`), of a period over by the
    document's month ``now`` (a release's title of a month not over dates nothing: round 14). A year, half, quarter or
    month, not a day (3月10日工作情况: when the work was checked, no period reported; round 42 mend)."""
    covered = months_covered(placed[0][2]) if len(placed) == 1 else None
    return (whole_block and covered is not None and covered[0].count("-") == 1 and not text[:placed[0][0]].strip()
            and (now is None or covered[1] < now)
            and cues().pattern("dated_heading_line").fullmatch(text, placed[0][1]) is not None)


def _states_no_value(numbers: list[dict]) -> bool:
    """A heading's numbers are only spans and framing counts (三、过去五年工作回顾, （二）“十四五”以来三大变化): they
    state no figure, so the line is still a heading that closes the time of the headings of its level (round 33); a
    heading with a figure (二、营业收入增长12%) is a data line as before."""
    return all(n["kind"] == "duration" or is_structural_count(n) for n in numbers)


def _numbered_depth(headings: list[tuple[int, str | None]]) -> int:
    """The level of the innermost numbered heading open (一、 1, （一） 2, …; 0 for none): a release named under it
    has its own sections only deeper (round 30)."""
    return max((level for level, _ in headings if level < _PLAIN_HEADING_LEVEL), default=0)


def _block_end(doc: Doc, block: int) -> int:
    """Where the text block (paragraph) a sentence stands in ends."""
    blocks = doc._.blocks or []
    return blocks[block].end if 0 <= block < len(blocks) else 0


def _repeats_measure(before: list[dict], text: str) -> bool:
    """The sentence gives a value of the measure that the members of the sentence before shared (阿里云市场份额,
    腾讯云市场份额 …。华为云…，市场份额为2.3%): one more member of the same data set, which goes on with its source and
    time even though it names another company. The measure is the metrics' common end (two characters at least) of
    the two or more values before."""
    names = [claim["metric"] for claim in before if claim.get("metric")]
    if len(names) < 2:
        return False
    measure = names[0]
    for name in names[1:]:  # (the common end, character by character)
        size = next((k for k in range(min(len(measure), len(name))) if measure[-1 - k] != name[-1 - k]),
                    min(len(measure), len(name)))
        measure = measure[len(measure) - size:]
    if len(measure) < 2:
        return False
    link = cues().pattern("measure_value_link")
    start = text.find(measure)
    while start >= 0:
        if link.match(text, start + len(measure)):
            return True
        start = text.find(measure, start + 1)
    return False


class _Spread(NamedTuple):
    """A list of members a 分别 (or a slash series) spreads its values over."""

    chunk: str  # the text before the 分别, from the last value before it: the members' list
    values: list[dict]  # the values it spreads over
    earlier: str | None  # the text before the sentence's previous 分别 (None if there is none)
    named: str  # the metric named between 分别 and the values, without its change word
    earlier_named: str  # the metric named after the previous 分别
    earlier_at: int = -1  # where ``earlier``, stripped, starts in the text (round 36 mend: found once, no search back)


def _respectively_members(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """The text before the 分别 that governs a value at ``offset`` (from the last value before it:
    国内上升5%、地区和国际分别下降…), the values it spreads over (those of its clause, or a list glued
    by 、和 across commas), the text before the sentence's previous 分别 (None if there is none), the
    metric named between 分别 and the values (分别实现营业收入x、y), without its change word, and the one named
    after the previous 分别 (与欧盟、东盟分别进出口x、y，分别增长u、v: 进出口, round 24)."""
    marks = sorted([*cues().pattern("respectively").finditer(text, 0, offset),
                    *(m for m in _all_matches(cues().pattern("compound_pair_verb"), text) if m.end() <= offset)],
                   key=lambda m: m.start())
    if not marks:
        return _slash_members(text, offset, numbers, start) or _unmarked_members(text, offset, numbers, start)
    return _marked_spread(text, marks[-1], marks[-2] if len(marks) > 1 else None, numbers, start)


_T = TypeVar("_T")


class _RowsMemo(threading.local):
    """What was read last in this thread from one values list, by key: the list is held (so compared by identity:
    a new list forgets what was read), and at most ``kept`` keys are kept (all dropped when full). A one-line list of
    n values asks the same reading n times; a document's many lists must not pile up."""

    def __init__(self, kept: int) -> None:
        self.kept, self.rows, self.found = kept, None, {}

    def read(self, rows: list[dict], key: tuple[object, ...], reader: Callable[[], _T]) -> _T:
        """``reader()``, or what it gave for ``key`` on ``rows`` before."""
        if self.rows is not rows:
            self.rows, self.found = rows, {}
        if key not in self.found:
            if len(self.found) >= self.kept:
                self.found.clear()
            self.found[key] = reader()
        return self.found[key]


class _ResourceGeneration:
    """Counts the resource reloads, so a list (``_marked_spread``), a glued run (``_unmarked_list``) or a clause's runs
    (``_clause_runs``) read with the old resources are read again (cleared with them)."""

    value = 0

    @classmethod
    def cache_clear(cls) -> None:
        cls.value += 1


cleared_with_resources(_ResourceGeneration)
_LAST_SPREAD = _RowsMemo(1)  # the last 分别 list read: its key (the text, the sentence's start, the spans of its 分别
# and of the one before, the resources' generation)


def _marked_spread(text: str, mark: re.Match[str], previous: re.Match[str] | None, numbers: list[dict],
                   start: int) -> _Spread:
    """The list a 分别 at ``mark`` spreads (``previous``: the sentence's 分别 before it), read once per 分别 (round 34:
    each value of a one-line 分别 list of n values read the list of n values again; what is read depends on the value
    only through the two marks, so the values after the same 分别 share it)."""
    key = (text, start, mark.span(), previous.span() if previous else None, _ResourceGeneration.value)
    return _LAST_SPREAD.read(numbers, key, lambda: _read_spread(text, mark, previous, numbers, start))


def _start_of(row: dict) -> int:
    """A value's start: the key ``numbers`` are sorted by (``_within``), to bisect on."""
    return row["start"]


def _none_between(numbers: list[dict], begin: int, end: int) -> bool:
    """No value of ``numbers`` (sorted by start) starts in [begin, end): by bisection, not a scan of the sentence's
    values (round 35: once per value of a one-line list)."""
    return bisect.bisect_left(numbers, begin, key=_start_of) >= bisect.bisect_left(numbers, end, key=_start_of)


def _from_offset(numbers: list[dict], begin: int, start: int) -> list[dict]:
    """The values of ``numbers`` (sorted by start) that start at ``begin`` of the text (which starts at ``start``) or
    after it: by bisection, not a filter of the sentence's values (round 34: once per value of a one-line list)."""
    return numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):]


def _read_spread(text: str, mark: re.Match[str], previous: re.Match[str] | None, numbers: list[dict],
                 start: int) -> _Spread:
    """The list a 分别 at ``mark`` spreads, as ``_respectively_members`` gives it (``previous``: the 分别 before).
    A 分别 with values of other subjects between the one before and it (…起数和死亡人数同比分别下降x、y，发生较大
    事故277起、死亡1030人，同比分别下降u、v) spreads over those, not the earlier list (round 42): ``previous`` is
    dropped."""
    after = _series(text, mark.end(), _from_offset(numbers, mark.end(), start), start)
    lead = cues().pattern("base_span_lead")
    while (len(after) > 1 and after[0]["kind"] == "duration"
           and lead.search(text, mark.end(), after[0]["start"] - start) is not None):
        after = after[1:]  # (round 42: 分别比过去5年均值增加x和y: the span is the base's, 比过去5年均值, no value)
    if previous is not None:
        spread = _series(text, previous.end(), _from_offset(numbers, previous.end(), start), start)
        if _own_list_between(text, numbers, spread[-1]["end"] - start if spread else previous.end(), mark.start(),
                             len(after), start):
            previous = None
    earlier = _list_chunk(text, previous.start(), numbers, start) if previous else None
    earlier_at = _chunk_bounds(text, previous.start())[1] - len(earlier.lstrip()) if earlier is not None else -1
    between = text[mark.end():after[0]["start"] - start] if after else ""
    named = clean(between)
    shares = bool(after) and after[0]["unit"] == "%"  # (分别占3个和5个: a count, no share)
    if not named and shares and cues().pattern("bare_share").fullmatch(between.strip()):
        named = cues().setting("share_head")  # 减刑…、假释…，分别占86.6%、10.9%: each member's share
    return _Spread(_list_chunk(text, mark.start(), numbers, start), after, earlier, _without_change(named),
                   _metric_after_mark(text, previous.end(), numbers, start) if previous else "", earlier_at)


def _own_list_between(text: str, numbers: list[dict], begin: int, end: int, count: int, start: int) -> bool:
    """(round 42) The values of ``numbers`` (sorted by start) in [``begin``, ``end``) of the text (which starts at
    ``start``) form a list of their own of ``count`` members (发生较大事故277起、死亡1030人，同比分别下降x、y): a 分别
    of ``count`` values at ``end`` spreads over them, not over a list before ``begin``. Round 42 mend: a single value
    (…，城乡居民收入比为2.26，分别增长x和y), a list of another length, or values after 其中 (…，其中铁路客运量5000万人，
    分别增长…) between keep the list before. By bisection, not a scan to the sentence's end."""
    between = numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):
                      bisect.bisect_left(numbers, start + end, key=_start_of)]
    if count < 2 or len(between) != count:
        return False
    rules = cues()
    if rules.pattern("subset_clause_open").search(text, begin, between[0]["start"] - start):
        return False
    joint = rules.pattern("unmarked_list_joint")
    return all(not clause_bounds(gap, len(gap))[0] and joint.search(gap)
               for gap in (text[a["end"] - start:b["start"] - start] for a, b in pairwise(between)))


@lru_cache(maxsize=8)
def _all_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """Every match of ``pattern`` in ``text``, found once per text (round 32: each value of a sentence searched the
    whole sentence for them again)."""
    return tuple(pattern.finditer(text))


def _spread_heads(text: str, numbers: list[dict], start: int) -> tuple[list[str] | None, list[str]] | None:
    """(round 29) The members the sentence's last 分别 list shares a measure over (财产险公司、人身险公司、
    再保险公司的平均综合偿付能力充足率分别为…；), without that measure and with it, which a 分别 after ； that names
    only a measure of its own (平均核心偿付能力充足率分别为x、y和z), or only a base or a share (同比分别提高…,
    占比分别为…), spreads over; None when it has no such list."""
    marks = list(cues().pattern("respectively").finditer(text))
    after = [n for n in numbers if marks and n["start"] - start >= marks[-1].end()]
    found = _respectively_members(text, after[0]["start"] - start, numbers, start) if after else None
    if found is None or len(found.values) < 2:
        return None
    listed = list_members(found.chunk, len(found.values))
    return (list_heads(found.chunk, len(found.values)), listed) if listed else None


def _own_measure(phrase: str) -> bool:
    """(round 29) The words before a later 分别 name a measure of their own (核心偿付能力充足率, 民间投资), not only a
    base (同比, 较上月末), a share of the list's measure (占比, 比重) nor its change's degree (round 31: 降幅比上月,
    涨幅比上月: the degree of the change the list's measure made, 销售价格降幅比上月扩大, as `derived_heads` derive)."""
    rules = cues()
    return (ends_in_metric_head(phrase) and not rules.pattern("list_change_base").fullmatch(phrase)
            and not phrase.startswith(tuple(rules.words("list_owned_shares")))
            and not phrase.startswith(tuple(rules.words("derived_heads"))))


def _metric_after_mark(text: str, begin: int, numbers: list[dict], start: int) -> str:
    """The metric named between a 分别 ending at ``begin`` and its first value, without its change word."""
    values = [n for n in numbers if n["start"] - start >= begin]
    return _without_change(clean(text[begin:values[0]["start"] - start])) if values else ""


def _without_change(named: str) -> str:
    """The metric named after a 分别 without its change word (the change is added by the metric); a direction word
    alone there (分别收窄, 分别回升: round 34) is that change too, though no change word of a level's own."""
    change = cues().pattern("change_words").search(named)
    if change:
        return named[:change.start()]
    return "" if cues().pattern("respectively_bare_direction").match(named) else named


def _slash_members(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """A list of members written with slashes before a slash series of as many values in its clause (公司销售/管理/研发
    费用为3.54/3.02/3.49亿元): the series is spread over the members as a 分别 would; a series that is only changes
    (…为120.5/15.3亿元，同比+12.1%/+20.3%) over the subjects claimed before it, as a bare 分别 is (round 24); else
    None."""
    rules = cues()
    run = _glued_run(text, offset, numbers, start, rules.pattern("series_slash").fullmatch)  # (3.54/3.02/3.49亿元)
    if run is None:
        return None
    begin, inside, first, last = run
    lead = text[begin:inside[first]["start"] - start]
    if first < last and rules.pattern("slash_change_lead").fullmatch(lead):
        return _Spread("", inside[first:last + 1], None, "", "")  # …，同比+12.1%/+20.3%: the subjects' changes
    if first == last or len(rules.pattern("list_slash_separator").findall(lead)) != last - first:
        return None
    chunk = _list_chunk(text, inside[first]["start"] - start, numbers, start)
    chunk = rules.pattern("slash_list_copula").sub("", chunk)
    return _Spread(chunk, inside[first:last + 1], None, "", "")


def _glued_run(text: str, offset: int, numbers: list[dict], start: int,
               glue: Callable[[str], object]) -> tuple[int, list[dict], int, int] | None:
    """The values of the clause at ``offset`` and the run around it of values with only ``glue`` between two (a slash,
    a list's joint): (the clause's start, its values in order, the run's first and last index); None when no value
    starts at ``offset``."""
    begin, end = clause_bounds(text, offset)
    inside, runs = _clause_runs(text, begin, end, numbers, start, glue)
    at = bisect.bisect_left(inside, start + offset, key=_start_of)
    if at == len(inside) or inside[at]["start"] - start != offset:
        return None
    return begin, inside, *runs[at]


_LAST_RUNS = _RowsMemo(16)  # the runs of the clauses read last, per clause and glue (a value reads its own clause
# and the one before it)


def _clause_runs(text: str, begin: int, end: int, numbers: list[dict], start: int,
                 glue: Callable[[str], object]) -> tuple[list[dict], list[tuple[int, int]]]:
    """The values of ``numbers`` (sorted by start) in the clause from ``begin`` to ``end``, and for each the first and
    the last index of the run of values around it with only ``glue`` between two: read once per clause (round 34:
    each value of a one-line list of n values walked the clause's n values and their run again)."""
    key = (text, start, begin, end, glue, _ResourceGeneration.value)
    return _LAST_RUNS.read(numbers, key, lambda: _read_runs(text, begin, end, numbers, start, glue))


def _read_runs(text: str, begin: int, end: int, numbers: list[dict], start: int,
               glue: Callable[[str], object]) -> tuple[list[dict], list[tuple[int, int]]]:
    """`_clause_runs`, read afresh."""
    inside = numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):
                     bisect.bisect_left(numbers, start + end, key=_start_of)]
    glued = [bool(glue(text[a["end"] - start:b["start"] - start])) for a, b in pairwise(inside)]
    runs: list[tuple[int, int]] = []
    first = 0
    for k in range(len(inside)):  # a run ends at k when k is the last value or the glue after it is missing
        if k == len(inside) - 1 or not glued[k]:
            runs.extend([(first, k)] * (k - first + 1))
            first = k + 1
    return inside, runs


def _unmarked_members(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """(round 28) A list of members before a list of as many values in its clause, with no 分别 between (采矿业、制造业
    增加值同比增长3.4%和6.1%; 铁路、民航累计发送旅客4.84亿人次、8349.6万人次): the values are spread over the members
    as a 分别 would spread them. A value of the clause right after such a list that continues it (…32994元、18175元，
    增长8.6%和9.3%) gets that list, for the continued pair to read. None otherwise."""
    if own := _unmarked_list(text, offset, numbers, start):
        return own
    begin, _ = clause_bounds(text, offset)
    previous = _last_ending_by(numbers, start + begin)
    if previous and (listed := _unmarked_list(text, previous["start"] - start, numbers, start)):
        return listed
    return _unmarked_changes(text, offset, numbers, start) if previous else None


def _last_ending_by(numbers: list[dict], position: int) -> dict | None:
    """The last of ``numbers`` (sorted by start) that ends at ``position`` or before it, or None: sought back from the
    last that starts by ``position`` (a value ends where it starts or after), not by a filter of all the sentence's
    values (round 34: once per value of a one-line list)."""
    for k in range(bisect.bisect_right(numbers, position, key=_start_of) - 1, -1, -1):
        if numbers[k]["end"] <= position:
            return numbers[k]
    return None


def _unmarked_changes(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """(round 28) A clause that opens with its base or change and lists two or more values joined by a list's joint,
    after values of as many subjects (中央…收入91316亿元、地方…收入107715亿元，同比增长8.1%和7.6%): the changes of
    those subjects in order, as a bare 分别 gives them (round 24); the subjects are read by the caller. Else None."""
    begin, end = clause_bounds(text, offset)
    inside = numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):
                     bisect.bisect_left(numbers, start + end, key=_start_of)]  # (sorted by start: the clause's values)
    joint = cues().pattern("amount_list_joint")
    if len(inside) < 2 or not all(joint.match(text[a["end"] - start:b["start"] - start])
                                  for a, b in pairwise(inside)):
        return None
    lead = clean(text[begin:inside[0]["start"] - start])
    rules = cues()
    if not lead or not (rules.pattern("comparison_lead").match(lead) or rules.pattern("change_words").match(lead)):
        return None
    return _Spread("", inside, None, "", "")


_LAST_UNMARKED = _RowsMemo(2)  # the glued runs `_unmarked_list` read last: by clause and the run's first and last
# (a value reads its own run and the one of the value before its clause)


def _unmarked_list(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """The list of members and the values glued by 、和及 around ``offset`` that ``_unmarked_members`` spreads, or None:
    the words before the values must list as many members (their verb or copula cut off, as the words after a 分别
    are), and no member may be a period (一、二季度GDP增长5.3%、4.7%: the periods time the values, no metric's part)."""
    rules = cues()
    run = _glued_run(text, offset, numbers, start, rules.pattern("amount_list_joint").match)  # (5.3%、4.7%)
    if run is None or run[2] == run[3]:
        return None
    begin, inside, first, last = run
    key = (text, start, begin, clause_bounds(text, offset)[1], first, last, _ResourceGeneration.value)
    return _LAST_UNMARKED.read(numbers, key, lambda: _read_unmarked_list(text, inside[first:last + 1], numbers, start))


def _read_unmarked_list(text: str, values: list[dict], numbers: list[dict], start: int) -> _Spread | None:
    """`_unmarked_list` of a glued run of ``values``, read afresh: what it reads depends on the value only through its
    run, so the values of one run share it (round 35: each value of a one-line run of n values cut the clause before
    the run out again)."""
    rules = cues()
    chunk = rules.pattern("unmarked_list_predicate").sub("", _list_chunk(text, values[0]["start"] - start, numbers,
                                                                         start))
    joints = list(rules.pattern("unmarked_list_joint").finditer(chunk))
    if not joints or _period_member(chunk, joints) or not list_members(chunk, len(values)):
        return None
    return _Spread(chunk, values, None, "", "")


def _period_member(chunk: str, joints: list[re.Match[str]]) -> bool:
    """Whether a date of ``chunk`` touches one of its list joints (一、二季度, 2023年和2024年): a list of periods."""
    edges = {m.start() for m in joints} | {m.end() for m in joints}
    return any(d.start in edges or d.end in edges or d.start < m.start() < d.end
               for d in find_dates(chunk) for m in joints)


def _list_chunk(text: str, position: int, numbers: list[dict], start: int) -> str:
    """The clause before ``position``, from the end of the last value before it."""
    chunk_begin, chunk_end = _chunk_bounds(text, position)
    term = cues().pattern("term_value")  # (round 22: 1年期和5年期以上LPR: a tenor names a member, it ends no clause)
    listed = _listed_terms(text, chunk_begin, chunk_end)  # (round 35: 1个月、…、30年期: each tenor too)
    base = cues().pattern("base_span_lead")  # (round 30: …和死亡人数比前5年分别下降: the base's span ends none either)
    ends = [n["end"] - start for n in numbers if chunk_begin < n["end"] - start <= chunk_end
            and not term.match(text, n["start"] - start) and n["start"] - start not in listed
            and not (n["kind"] == "duration" and base.search(text, max(chunk_begin, n["start"] - start - 4),
                                                             n["start"] - start))
            and not _alone_in_brackets(text, n["start"] - start, n["end"] - start)
            and not qualifies_a_group(n, text[n["end"] - start:])]
    # (round 23: 生猪存栏（44922万头）、能繁殖母猪存栏…分别增长…: a member's level in brackets ends no clause;
    # round 26: nor an age that qualifies a member's group, 16-24岁人口、25-59岁人口调查失业率分别为…)
    chunk_start = max(ends, default=chunk_begin)
    apposed = _apposed_count(text, numbers, start, ends, chunk_begin, chunk_start, chunk_end)
    return text[apposed[0]:apposed[1]] if apposed else text[chunk_start:chunk_end]


def _apposed_count(text: str, numbers: list[dict], start: int, ends: list[int], chunk_begin: int, count_end: int,
                   chunk_end: int) -> tuple[int, int] | None:
    """(round 39) A count that only restates how many members the list before it names (文化娱乐休闲服务、文化传播渠道、
    文化辅助生产和中介服务3个行业分别下降…; 北京、上海和广州3个城市分别…): an apposition like 等N个 (round 18), so it
    ends no clause; the list before it is the 分别 list, without the count and its noun. The count must equal the
    number of members (list_member_joiner joints, plus one 和/与/及 before the last member) and only its noun may
    follow it. Returns the list's bounds, or None. (Mend) The list starts after the last value ``_list_chunk`` counts
    (``ends``), its first member bounded as an enumeration's (`enumeration_start`: 我市引进华为、腾讯、阿里 → 华为、…);
    a verb right before the count makes it the verb's object, no apposition (北京、上海、广州新增3个项目分别投资…:
    the projects are not the cities)."""
    rules = cues()
    count = next((n for n in numbers if n["end"] - start == count_end), None)
    noun = text[count_end:chunk_end]
    # (round 42) 杭州、宁波两市地区生产总值分别为…: the count's measure word is the members' noun, the measure after it
    # theirs; the list runs on to the 分别 and `list_members` drops the count
    own = (count is not None and count["kind"] == "count" and count["unit"] in rules.words("apposed_count_own_nouns")
           and ends_in_metric_head(noun.strip()) and bool(rules.pattern("respectively").match(text, chunk_end)))
    if not own and (
            count is None or count["kind"] != "count" or count["unit"] not in rules.words("counting_measures")
            or not rules.pattern("apposed_count_noun").fullmatch(noun) or ends_in_metric_head(noun.strip())
            or not rules.pattern("respectively").match(text, chunk_end)):
        return None  # (前三大出口市场: a rank's size; 2家营收分别为: a measure; …5家超千亿元: no 分别 list)
    list_end = count["start"] - start
    list_begin = max((e for e in ends if e <= list_end), default=chunk_begin)
    listed = text[list_begin:list_end]
    separator = rules.setting("list_member_joiner")
    joints = listed.count(separator)
    if not joints:
        return None
    words, at = [], list_begin
    for piece in cut_words(listed):
        words.append(Word(at, at + len(piece), piece, tag_of(piece)))
        at += len(piece)
    kept = [w for w in words if w.text.strip()]
    if kept and kept[-1].tag in rules.words("apposed_count_object_tags"):
        return None
    first = enumeration_start(words, closed=False)
    if first is not None:
        list_begin = words[first].start
    last = listed.rsplit(separator, 1)[1]
    members = {joints + 1, joints + 2} if rules.pattern("unmarked_list_joint").search(last) else {joints + 1}
    value = count["value"]
    return (list_begin, chunk_end if own else list_end) if value in members else None


@cleared_with_resources
@lru_cache(maxsize=4)
def _listed_terms(text: str, begin: int, end: int) -> frozenset[int]:
    """Where the tenors of each run of tenors in ``text[begin:end]`` whose last one carries 期 begin (round 35 mend:
    1个月、3个月、…、30年期国债收益率分别为…: a lookahead of at most 9 tenors let a curve's first tenors end the
    clause). One pass over the clause; a run without 期 is read once, whatever its length; the values of one clause
    share it (the clause is asked once per value of a glued run)."""
    rules = cues()
    return frozenset(tenor.start() for run in rules.pattern("tenor_run").finditer(text, begin, end) if run["term"]
                     for tenor in rules.pattern("tenor").finditer(text, run.start(), run.end()))


def _series(text: str, begin: int, values: list[dict], start: int) -> list[dict]:
    """The values a 分别 spreads over: from ``begin``, while no clause break stands before the next
    value, unless what stands between two values is only list glue (30%，20%和10%)."""
    return values[:_series_length(text, begin, tuple((v["start"] - start, v["end"] - start, v.get("unit") or "")
                                                     for v in values))]


@cleared_with_resources
@lru_cache(maxsize=64)
def _series_length(text: str, begin: int, spans: tuple[tuple[int, int, str], ...]) -> int:
    """How many of the values at ``spans`` (in ``text``) a 分别 from ``begin`` spreads over: the series stops before
    the first value with a clause break before it that is no list glue. Kept per list (round 33: each value of a
    one-line 分别 list of n values walked the n gaps again; the spans are cheap to key on, the walk is not).
    Round 43: a value alone in brackets right after a value (分别增产42.4万吨（8.5亿斤）、23.3万吨（4.7亿斤）) is that
    value's equivalent in another unit: it stays in the series (the caller keeps a unit's own values), and the bracket
    closing after it breaks nothing (the gap after it is read as if the bracket were not there). A bracketed value in
    the same unit (增长5%（上年同期3%）) or with words before it is no equivalent and ends the series as before."""
    rules = cues()
    glue, opened = rules.pattern("list_glue"), rules.pattern("equivalent_open")
    closing = rules.pattern("equivalent_close")
    count, previous_end, previous_unit, bracketed = 0, begin, "", False
    for value_start, value_end, unit in spans:
        gap = text[previous_end:value_start]
        if bracketed and (closed := closing.match(gap)):
            gap = gap[closed.end():]
        bracketed = (bool(count) and not bracketed and unit != previous_unit
                     and opened.fullmatch(gap) is not None)
        if count and not bracketed and _breaks_series(gap, glue):
            break
        count, previous_end, previous_unit = count + 1, value_end, unit
    return count


@lru_cache(maxsize=256)
def _breaks_series(gap: str, glue: re.Pattern[str]) -> bool:
    """A clause break stands in ``gap`` between two values, and it is no list glue (round 32: a 分别 list of n values
    read each of its n gaps for each of its values; the gaps are a few short strings, 、 and 和)."""
    return bool(clause_bounds(gap, len(gap))[0]) and not glue.match(gap)


def clause_chunk(text: str, position: int) -> str:
    """The clause that ends at ``position``, or the one before it when nothing stands between."""
    begin, end = _chunk_bounds(text, position)
    return text[begin:end]


def _chunk_bounds(text: str, position: int) -> tuple[int, int]:
    """Where ``clause_chunk`` begins and ends. The clause is looked up in the whole text up to the chunk's end (its
    index is built once per text; a new prefix per call would build one per value and crowd the text's own out). The
    chunk ends before the spaces and marks right before ``position``, read back from there (round 36 mend: no copy of
    the text before it, once per value)."""
    end = min(position, len(text)) if position >= 0 else len(text[:position])
    while end and (text[end - 1].isspace() or text[end - 1] in "，,：:"):
        end -= 1
    return clause_bounds(text, end)[0], end


_FULL_WIDTH = str.maketrans(",;:", "，；：")


def _full_width_marks(view: str) -> str:
    """``view`` with each half-width comma, semicolon or colon beside Chinese text read as its full-width mark (same
    length, round 29): the cue patterns end a name or a clause at ，；：, and a crawled page's 预计,2024年… would let
    them run on into the next clause."""
    return cues().pattern("half_width_mark").sub(lambda m: m.group().translate(_FULL_WIDTH), view)


def _naming_asides_blank(view: str) -> str:
    """``view`` with the clause marks inside a company's naming aside blanked (same length, round 33): in
    贵州茅台酒股份有限公司（以下简称“贵州茅台”，股票代码：600519）晚间发布公告称，… the aside's comma and colon end no
    name, so the company before it is the source of its announcement, as it is with no aside."""
    spans = [m.span() for m in cues().pattern("naming_aside").finditer(view)]
    if not spans:
        return view
    chars, marks = list(view), cues().words("naming_aside_marks")  # （以下简称“X”，股票代码：…）'s comma and colon
    for begin, end in spans:
        for i in range(begin + 1, end - 1):
            if chars[i] in marks:
                chars[i] = " "
    return "".join(chars)


def _without_decoration(text: str) -> str:
    """The text with bullets, emoji, circled numerals, arrows and Markdown bold blanked (same length): a post's
    decoration is no cue word, so ●其中 and **其中 still continue the sentence before."""
    return blank_out(text, (m.span() for m in cues().pattern("decoration").finditer(text)), " ")


def extract_claims(doc: Doc, rows: dict[str, list[dict]]) -> list[dict]:
    """One row per (metric, value) claim of a factual sentence."""
    rules = cues()
    sentences: list[Sentence] = doc._.sentences or []
    numbers = sorted(rows.get("numbers", []), key=lambda r: r["start"])
    dates = sorted(rows.get("dates", []), key=lambda r: r["start"])
    orgs = sorted(rows.get("organizations", []), key=lambda r: r["start"])
    notes = source_notes(doc, orgs)
    noted_paragraphs = paragraph_notes(doc, orgs)
    footnotes = footnote_sources(doc, orgs)
    claims: list[dict] = []
    passage = _Passage()
    heading: str | None = None  # the time a numbered section heading states for the paragraphs under it
    headings: list[tuple[int, str | None]] = []  # the open headings' levels (一、 1, （一） 2, …) and times
    titled = title_time(doc._.text, doc._.document_date)  # the period the document's title reports
    now = doc._.document_date.strftime("%Y-%m") if doc._.document_date else None  # what lies after it is ahead
    period: str | None = None
    full = _without_decoration(doc._.text)
    cue_view = _full_width_marks(simplified(full))  # cue words are written in simplified characters (據…顯示 is
    # 据…显示) and full-width marks
    cue_view = _naming_asides_blank(cue_view)  # X（以下简称“X”，股票代码：600000）发布公告称: one name, its cue
    index = WordIndex(doc)
    block_starts = [b.start for b in doc._.blocks or []]
    number_starts = [n["start"] for n in numbers]
    date_starts = [d["start"] for d in dates]
    org_starts = [o["start"] for o in orgs]
    sentence_claims: list[dict] = []
    speakers: dict[str, str] = {}  # a transcript speaker's name → the body the full label names
    standing: str | None = None  # the body of the speaker whose label stood alone on the line above the paragraphs
    enumeration: tuple[str | None, str | None] | None = None  # the source and time of the statement 一是/二是… set out
    points: str | None = None  # the time of a dated lead of points (…主要有以下特点：) the next block may number
    briefed: str | None = None  # the body whose own briefing the sentence before announced (round 32)
    briefed_release: str | None = None  # …when it is a body that releases data (`relayed_release_types`, round 36)
    briefing_block: int | None = None  # the block whose sentence before announced a briefing (round 32)
    spoken: str | None = None  # the body whose official the sentence before quoted (round 32)
    spoken_block: int | None = None  # the block of the sentence before (round 32 mend)
    released_before: str | None = None  # who the sentence before cited or published (round 32 mend)
    announcer: str | None = None  # the company announcing its own data the sentence before went on with (round 33)
    introduced: tuple[str, str] | None = None  # the body that published the report the document last named, its title
    for sentence in passages(sentences, full):
        text = full[sentence.start:sentence.end]
        cue_text = cue_view[sentence.start:sentence.end]
        block = bisect.bisect_right(block_starts, sentence.start) - 1
        in_sentence = _within(numbers, number_starts, sentence.start, sentence.end)
        its_dates = [_bare_report_period(text, sentence.start, d)  # 8月23日晚间披露半年报: the report's period
                     for d in _within(dates, date_starts, sentence.start, sentence.end)]
        written_dates = its_dates  # (before the announcement and release days are read out)
        its_orgs = _within(orgs, org_starts, sentence.start, sentence.end)
        note = _leading_source_note(cue_text)
        if note:  # …40万家。（数据来源：科技部）: the note of the sentence before, no cue of this one
            noted = attribution(sentence.start, cue_text[:note], its_orgs)
            for claim in sentence_claims:
                claim["source"] = claim["source"] or (noted[0] if noted else None)
            cue_text = " " * note + cue_text[note:]
            if not _WORD.search(cue_text):
                continue
        turn = speaker_turn(cue_text)
        label_end = turn.span[1] if turn else 0
        if (turn is not None and turn.asks and passage.speaker and not in_sentence and not its_dates
                and rules.pattern("follow_up_question").match(cue_text[label_end:])):
            continue  # 记者：那么服务出口呢？: a follow-up question; the answer it interrupts goes on after it
        _learn_speakers(text, sentence.start, its_orgs, speakers)
        # (a lead-in's orgs are the briefing's host it was told at, 在国新办新闻发布会上，刘爱华表示，…: no body of the
        # speaker's, whose name is remembered from the sentence that named the body, round 36)
        venue = turn.venue if turn is not None and not turn.labelled else (0, 0)
        body = _speaker_body(turn, [o for o in its_orgs if o["start"] - sentence.start < label_end
                                    and not venue[0] <= o["start"] - sentence.start < venue[1]], speakers)
        if turn is not None and turn.labelled:  # a label (国家统计局新闻发言人 付凌晖：, on a line of its own or
            standing = body  # not) opens a turn of the paragraphs under it, up to the next label (round 23)
        elif turn is None:
            body = standing
        its_orgs = [o for o in its_orgs if o["start"] - sentence.start >= label_end]  # a label's body or outlet is
        cue_text = " " * label_end + cue_text[label_end:]  # no cue: the turn's own opening is read after it
        cited = list(rules.pattern("citation_year").finditer(cue_text))
        citations = [m.span("year") for m in cited]
        cue_text = _citation_commas_blank(cue_text, cited)  # 国际劳工组织（ILO，2020）的测算表明: one name, its cue
        attributed = attribution(sentence.start, cue_text, its_orgs)
        source = attributed[0] if attributed else None
        named_official_body = body if turn is not None and not turn.labelled else None  # 刘志清介绍，…: the body of
        # the official the sentence opens by name
        quoted = spoken  # (the official the sentence before quoted)
        source, briefed, spoken = _briefed_or_spoken(cue_text, sentence.start, its_orgs, attributed, source, briefed,
                                                     spoken, named_official_body, spoken_block == block)
        # (round 36: 人力资源社会保障部今天举行…新闻发布会。新闻发言人卢爱红介绍，…: the speaker named by a bare title
        # right after a body's own briefing lede speaks for that body, and opens its data as 人社部新闻发言人…介绍 does)
        bare_titled = (source is None and briefed_release is not None
                       and _bare_title_speaker(cue_text, sentence.start, its_orgs))
        if bare_titled:
            source = spoken = briefed_release
        briefed_release = briefed if briefed is not None and any(
            o["canonical"] == briefed and o["type"] in rules.words("relayed_release_types") for o in its_orgs) else None
        spoken_block = block  # (the official's word goes on in the next sentence of the paragraph only)
        if source is None and announcer is not None and rules.pattern("company_pronoun_speaker").match(cue_text):
            source = announcer  # X晚间发布公告称，…。该公司表示，…: the company just announcing (round 33)
        announced: list[tuple[int, int]] = []
        if attributed:  # 据海关总署2022年1月14日发布的数据: an announcement date is not the data's time; a forecast's
            begin, end = attributed[1]  # date is, unless it stands right before the cue (华为公司2022年销售收入预计 /
            cue = attributed[3]  # 国际货币基金组织10月11日预测)
            forecast = rules.pattern("attributed_forecast").search(cue_text[cue:end])  # (預測 is 预测)
            kept = [d for d in its_dates if not begin <= d["start"] - sentence.start < end
                    or (forecast and text[d["end"] - sentence.start:cue].strip())
                    or rules.pattern("report_period_after").match(text, d["end"] - sentence.start)
                    or d.get("report_released")]
            announced = [(d["start"] - sentence.start, d["end"] - sentence.start) for d in its_dates if d not in kept]
            its_dates = kept
        release_opened = False  # the sentence opens with the day of the release its data come from (round 23)
        releasing = None if attributed is None else (
            rules.pattern("publishing_verb").match(cue_text, attributed[3])
            or rules.pattern("publishing_verb").search(cue_text, attributed[2][1], attributed[3]))
        # news a reporter learnt from a public body (记者从国家能源局获悉，上半年，…) relays that body's release of its
        # data, as X发布数据显示 does: the paragraphs after it go on with the same data (round 29); a company's own news
        # (记者从浙江省海港集团获悉，…) releases nothing its peers' paragraphs after it go on with
        # …and so does a public body's official speaking at a briefing (国新办举行新闻发布会，国家统计局新闻发言人付凌晖
        # 介绍，…; X在例行新闻发布会上介绍，…): the briefing releases that body's data (round 30)
        # (a briefing announced by the sentence right before, in its paragraph: 人力资源社会保障部举行三季度新闻发布会。
        # 人社部新闻发言人崔鹏程介绍，…: the official speaks at it as in one sentence, and opens its data, round 32)
        at_briefing = bare_titled or (attributed is not None and briefing_block == block
                                      and official_speaks(cue_text, attributed))
        relayed = bare_titled or (attributed is not None and (
            bool((relay := rules.pattern("relayed_release").match(cue_text, attributed[2][1])) and not (
                relay.group("hosted") and hosts_briefings(attributed[0])))
            or bool(rules.pattern("briefing_lead").search(cue_text, 0, attributed[3])) or at_briefing) \
            and any(o["canonical"] == attributed[0] and o["type"] in rules.words("relayed_release_types")
                    for o in its_orgs))
        briefing_block = block if (attributed is None and not in_sentence
                                   and rules.pattern("briefing_lead").search(cue_text)) else None
        if attributed is not None and releasing is not None:
            # (X公布数据显示 / X发布的数据显示: the verb before the cue releases the data as well, round 23; a date
            # after the verb is the period released: 美团发布的2023年第三季度财报显示)
            kept = [d for d in its_dates if d.get("report_released")
                    or not _published_on(text, d["start"] - sentence.start, d["end"] - sentence.start,
                                         attributed[1], releasing.start())]
            release_opened = any(rules.pattern("passage_opener").fullmatch(text, 0, d["start"] - sentence.start)
                                 for d in its_dates if d not in kept)
            its_dates = kept
            # 2020年1月17日，国家统计局发布，截至2019年末…: the day of the release dates no data, here or after
        published = publication(sentence.start, cue_text, its_orgs)
        if published:  # 2024年6月，中国信通院发布《…》: when the report was published is no time of its data
            its_dates = [d for d in its_dates if d.get("report_released")
                         or not _published_on(text, d["start"] - sentence.start, d["end"] - sentence.start,
                                              published[1], published[3])]
        its_dates = _drop_release_days(text, sentence.start, its_dates)  # 4月22日晚，X发布2024年一季度业绩
        wire = dateline(cue_text)  # 中新网1月29日电（记者…）: the day the story was filed, not its data's (round 31)
        its_dates = [d for d in its_dates if not any(a <= d["start"] - sentence.start < b for a, b in wire)]
        briefing = rules.pattern("briefing_day_after")  # 18日举行新闻发布会: the day it was announced (round 30)
        its_dates = [d for d in its_dates if not (is_day(d.get("value") or "")
                                                  and briefing.match(text, d["end"] - sentence.start))]
        plans = [m.span() for m in rules.pattern("measured_against_plan").finditer(cue_text)]
        plans += citations
        plans += [m.span("date") for m in rules.pattern("index_base_period").finditer(cue_text)]
        plans += [m.span("date") for m in rules.pattern("plan_name_period").finditer(cue_text)]
        plans += [m.span("date") for m in rules.pattern("numbered_name_period").finditer(cue_text)]  # 今年第5号台风
        plans += [m.span("date") for m in rules.pattern("titled_publication_date").finditer(cue_text)]
        plans += [m.span("date") for name in ("relay_day", "relay_day_opening")  # 记者18日从X获悉 (round 31)
                  for m in rules.pattern(name).finditer(cue_text)]
        # 低于年初预期目标, Chen等（2018）, 以2020年为基期, “十四五”规划确定的, 《…》（2019-9-27）: the plan's, the
        # citation's, the index base's or a titled report's publication date is not the data's
        its_dates = [d for d in its_dates if not any(a <= d["start"] - sentence.start < b for a, b in plans)]
        vintages = [m.span("date") for m in rules.pattern("forecast_vintage").finditer(cue_text)]
        # 从4月份预测的1.7%: when an earlier forecast was made dates no value (a date still, and no metric word)
        placed: list[Placed] = [(d["start"] - sentence.start, d["end"] - sentence.start, d["value"])
                                for d in its_dates if d.get("value")
                                and not any(a <= d["start"] - sentence.start < b for a, b in vintages)]
        open_targets = passage.targets  # a list of targets may run on over numbered lines (new blocks)
        under_lead_in = passage.lead_in or passage.item_line  # …and the block under a lead-in line (round 18)
        first_of_block = (block != passage.block or block == passage.headline) and not (  # the same speaker's next
            turn is not None and turn.labelled and turn.name != "" and turn.name == passage.speaker)  # turn goes on
        passage.horizon = passage.horizon and not first_of_block  # (a plan's horizon runs on in its paragraph only)
        breakdown = bool(rules.pattern("breakdown_opener").search(cue_text))  # 分行业看，… (round 21)
        if rules.pattern("time_breakdown_opener").search(cue_text):
            passage.parted = passage.opening or passage.last  # 分季度看，其中一季度…: parts of the period before
        item = (rules.pattern("enumerated_item").match(cue_text)
                if first_of_block and sentence.block != "heading" else None)  # 一是…/其次，… (round 29)
        continues = bool(rules.pattern("continuation").search(cue_text) and item is None) or passage.chained or (
            breakdown or (not first_of_block and bool(rules.pattern("continuation_inside").search(cue_text))))
        # (an item paragraph goes on with the statement it sets out, not with the item before: 其次， is no 其)
        member = (not first_of_block and attributed is None and not named_forecaster(cue_text)
                  and _repeats_measure(sentence_claims, cue_text))  # 。华为云…，市场份额为2.3%: one more member
        continues = continues or member
        # the data lines under a lead-in that ends in a colon (9月22日—28日，运行数据：⏎X…；⏎Y…。 / …。其中：⏎X…) go on
        # with its passage, its time and source, until a line with no value or a heading (round 24)
        # (a plain-text data item read as a heading, 2. 毛利率31.5%, is an item as a Markdown one is: round 26)
        as_item = sentence.block != "heading" or _is_item(doc._.blocks or [], block)
        listed = first_of_block and passage.listing and as_item and bool(in_sentence)
        # an item of a list right after another item of it goes on with the items before it, in the time the last
        # dated one stated (- 2024年营业收入8.6亿元 / - 毛利率达31.5%), as the lines under a lead-in do (round 25)
        listed = listed or (first_of_block and as_item and bool(in_sentence)
                            and _after_item(doc._.blocks or [], block))
        continues = continues or listed
        # a list item's headline with no value, set apart from its data by a space (- 盈利能力显著提升⎵毛利率达31.5%:
        # round 26): the item's data after it opens the block, as it did before the headline was a sentence of its own
        # (the segmenter records which sentences such a gap ends: Sentence.gap_after, round 27)
        headline = first_of_block and not in_sentence and _is_item(doc._.blocks or [], block) and sentence.gap_after
        lent = None  # the time a release's paragraph of data lends the undated paragraph this opens (round 27)
        headlined = False  # the paragraph opens with a headline sentence of its own (round 34), this one
        if first_of_block and sentence.block != "heading":
            enumeration = _enumeration(item, enumeration, passage)
        frame, document_frame = passage.framing, heading or titled  # (what an aside paragraph keeps: round 34)
        if first_of_block and not continues and not headline:
            # (round 27: 5月14日，国家能源局发布4月份全社会用电量等数据。⏎4月份，全社会用电量…: the paragraphs after a
            # lead that only announced the release give its data, so they go on with its body as their source)
            release, times = passage.release_source, passage.release_times
            if (times is not None and all(is_day(time) for time in times) and not passage.release_data
                    and not passage.release_period):
                times = None  # (a release lead that stated no period and gave no value, 国家统计局发布数据
                # 显示，人口总量有所减少，…。, sets out what the data after it give, as an announcement does; a day it
                # names is when the data came out, no period of theirs: round 34)
            if release is not None and times is not None and not _goes_on_release(
                    _stated(text, placed), times | {passage.release_period} if passage.release_period else times):
                release = None  # (a paragraph with a date of its own outside the periods the release stated opens
                # data of its own; the period its title names is one it stated, round 41: 水利部发布《2023年中国水资源
                # 公报》。⏎公报显示，2023年，… goes on)
            # (a heading takes no source; whether the release goes on under it is decided below: round 30)
            lead = release if sentence.block != "heading" else None
            # (a release paragraph that stated one time for its data dates the undated paragraphs after it: a
            # bulletin's 2018年，全国共有…。⏎全国共有幼儿园…，比上年增加…)
            valued = passage.release_data
            lent, lent_year_end = (_one_report_time(valued) if lead is not None and times is not None
                                   else (None, False))
            if lead is not None and times is not None and not valued:
                lent = passage.release_period  # (a release whose values took no time: its title's period, round 29)
                lent = lent or _lead_period(times)  # (…发布数据，10月份，…主要指标回升。⏎一、…: the lead's period, 32)
            # (a paragraph opening with a topic frame, 资金方面，/ 从板块表现看，, turns to another side of the data the
            # passage before described: it holds for the time that passage opened with, round 28)
            headlined = (sentence.block != "heading" and not in_sentence and not placed  # (产业转型步伐加快。…:
                         and sentence.end < _block_end(doc, block)  # a headline sentence turns so too, round 34)
                         and bool(rules.pattern("headline_sentence").match(cue_text)))
            topical = sentence.block != "heading" and bool(rules.pattern("topic_opener").match(cue_text) or headlined)
            turned = passage.framing if topical else None  # (not a date opening a later sentence: 今年前两个月，…)
            # (从环比看，… breaks down the paragraph before by its basis: it goes on with that paragraph's own period,
            # 12月份，… in a 2023 review, not the review's year, round 34 mend)
            based = turned if not topical or not rules.pattern("basis_frame").match(cue_text) else passage.own_frame
            # (round 29: the report the release's lead published goes on with it, so a report cue of this paragraph,
            # 报告预计，2024年美国经济将增长2.5%, cites its publisher as its own attribution: the publisher's forecast)
            kept = passage.publisher if lead is not None and passage.publisher == lead else None
            stated_by, stated_for = enumeration or (None, None)  # (an item of a statement's points, round 29)
            if stated_by is None and not sentence_claims and rules.pattern("computed_frame").match(cue_text):
                stated_by = passage.source  # (据初步核算，… after a statement with no figure: its body's, round 29)
            passage = _Passage(block=block, opening=lent or based or stated_for or heading, source=lead or stated_by,
                               release_source=release,
                               release_times=times if release is not None else None, release_data=valued,
                               framing=turned, own_frame=based,
                               release_period=passage.release_period if release is not None else None,
                               release_depth=passage.release_depth if release is not None else 0, publisher=kept,
                               year_end=lent_year_end, last=lent if lent_year_end else None)
        passage.block, passage.headline = block, block if headline else -1
        lede = (lede_time(text, placed) if first_of_block and all(is_structural_count(n) for n in in_sentence)
                else None)  # (三大股指17日涨跌不一: a set's count is no value)
        lead = next((o["end"] - sentence.start for o in its_orgs if not text[:o["start"] - sentence.start].strip()), 0)
        lead = lead or _place_lead(index, sentence.start, placed)
        outside = [d for d in placed if not in_aside(text, d[0])]  # (an aside's date opens no passage time)
        own = _own_dates(text, placed)  # (比上年 is a base, no date of its own)
        released = _release_title_period(text, published, now)  # 发布《5月份…情况》: the period of the data released
        opening = opening_time(text, outside, lead) or lede or released
        unvalued = _states_no_value(in_sentence)  # (过去五年 in a review's heading: round 33)
        numbered = (rules.pattern("section_heading").match(text)
                    if first_of_block and unvalued and not headline else None)
        if numbered:  # (a heading without a date ends the time of the last one of its level or below, not above it)
            if points is not None:  # (the first section under a dated lead of points: the lead dates them, below)
                depth = _numbered_depth(headings)
                headings = [h for h in headings if h[0] <= depth] + [(depth, points)]
            headings, heading = open_heading(headings, numbered, opening)
        elif first_of_block and unvalued and (sentence.block == "heading" or _date_line(
                text, outside, sentence.end >= _block_end(doc, block)) or (
                    not in_sentence and sentence.block != "title"  # (a title's period: round 14's release rules)
                    and _dated_heading_line(text, outside, sentence.end >= _block_end(doc, block), now))):
            # (round 30: a line that is only a time frame, 截至7月末 / 截至27日 over the data lines, heads them as a
            # heading does, whatever the layout reader made of it)
            # a heading with no number (### 2024年经营情况, a Markdown or short line heading) sits innermost: the one
            # date it opens with dates the blocks under it up to the next heading, as a numbered one's does (round 25)
            headings = [h for h in headings if h[0] < _PLAIN_HEADING_LEVEL] + [
                (_PLAIN_HEADING_LEVEL, opening if len(outside) == 1 else None)]
            heading = next((t for _, t in reversed(headings) if t), None)
        # a dated lead that announces the points under it (7月份，…主要有以下特点：⏎一、工业生产… ⏎规上工业增加值同比
        # 增长5.1%) dates the numbered sections it leads in, when the next block opens one, as a heading of their
        # parent's level would (round 30): kept under its parent and closed with it. Not a day (6月12日，记者从市统计局
        # 了解到以下情况：): the day the figures were learnt or told, no period of theirs (second read)
        if first_of_block:
            points = opening if (not in_sentence and sentence.block != "heading" and opening and not numbered
                                 and not is_day(opening)
                                 and rules.pattern("sections_lead_in").search(cue_text)) else None
        whole = passage.opening  # (the period a sentence of its parts breaks down: breaks_down, round 28)
        if opening:
            passage.opening = opening
            # (the time a paragraph's first sentence opens with as a dateline, or its lede's day, frames the paragraphs
            # turning to other sides of its data: round 28)
            framed = first_of_block and (lede is not None or dateline_opening(text, outside))
            passage.framing = opening if framed else passage.framing
            passage.own_frame = opening if framed else passage.own_frame
            # (a paragraph on a part of the story's period or an earlier one is an aside to its frame, 2023年，…。⏎
            # 12月份，…。⏎市场销售较快恢复。… / 6月份，…。⏎5月份，…。⏎债券市场方面，…: the topic paragraphs after it
            # turn back to 2023 and June, round 34)
            if framed and looks_back(opening, frame) and not (is_day(frame) and not is_day(opening)):
                # (round 42: not a day's lede, 3月8日，…工作报告提请…审议。⏎2024年，…收案…: the period of the data the
                # event reported is no aside to the day it was told; the period frames the paragraphs after it)
                passage.framing = frame
            elif framed and looks_back(opening, document_frame, parts=False):  # (a month under a year's title
                # frames the paragraphs after it: 2024年上半年…⏎5月份，…⏎6月份，…⏎资金方面， → 6月份, round 34 mend)
                passage.framing = document_frame
        passage.publisher = published[0] if published else passage.publisher
        # (年报显示, 财报显示: the company's report cited back right after its release only, round 32 mend)
        periodic = rules.pattern("periodic_report_cue")
        report_cues = [m.span() for m in rules.pattern("report_cue").finditer(cue_text)
                       if published or released_before == passage.publisher or not periodic.match(cue_text, m.start())]
        if source is None and passage.publisher and any(not published or a >= published[1][1] for a, _ in report_cues):
            source = passage.publisher  # …发布《…》，白皮书显示 / 。数据显示: the report just published
        if source is None and introduced and _names_introduced(cue_text, introduced[1]):
            source = introduced[0]  # 《公报》显示 paragraphs later: the short title names the report introduced (31)
        introduced = ((published[0], _published_title(cue_text, published)) if published and published[0]
                      else None if _other_study(cue_text, sentence.start, its_orgs, introduced) else introduced)
        if (source is None and passage.publisher and released_before in (None, passage.publisher)
                and rules.pattern("continuation").search(cue_text)):
            source = passage.publisher  # …发布了2018中国独角兽企业名单。其中…: the list just published goes on
            # (not past a sentence citing another body: 据商务部监测，…。其中，… goes on with 商务部, round 33)
        if source is None:
            reference = rules.pattern("figure_reference").search(cue_text)
            if reference:
                source = notes.get(re.sub(r"\s+", "", reference.group("label")))
        names_source = any(o["canonical"] == passage.source for o in its_orgs)  # 海关总署新闻发言人介绍
        partners = trade_partners(sentence.start, cue_text, its_orgs)  # (我国对东盟进出口…: no other body's data)
        partners |= approving_bodies(sentence.start, cue_text, its_orgs)  # (全国人大批准的限额: round 36)
        partners |= scope_bodies(sentence.start, cue_text, its_orgs)  # (（不包括邮政储蓄银行…）: round 42)
        same_data = continues or all(o["canonical"] == passage.source or o["canonical"] in partners
                                     for o in its_orgs)  # (a new paragraph's passage carries no source yet)
        speaks_for_forecasts = source is not None or continues  # the sentence's own cue, or a continuation
        cited_name = source is None and named_forecaster(cue_text)  # 根据Tractica的数据，…预计: a firm in no lexicon
        source = source or body  # (the speaker's body is the source, not the forecaster of 我们预计: round 17)
        same_data = same_data and (source is not None or passage.source is None or member
                                   or not starts_new_data(sentence.start, cue_text, its_orgs, passage.source))
        same_data = same_data and (released_before == passage.source or not periodic.match(cue_text))
        released_before = published[0] if published else source
        news_item = bool(rules.pattern("news_item").match(cue_text))
        same_data = same_data and not (news_item and passage.item_source)  # 1、X：…。2、…: another news item
        if source is None and same_data and (names_source or not rules.pattern("unnamed_attribution").search(cue_text)):
            source = passage.source  # (该公司公告称: a sentence citing someone it does not name takes no source; in its
            # paragraph a sentence naming no other organisation goes on with the release: 全国工业生产者出厂价格…)
        # (the company announcing its own data, while the sentences after it go on with it: round 33)
        announcer = _company_announcer(attributed, its_orgs, cue_text, sentence.start) or (
            announcer if source == announcer else None)
        if lent is not None and not opening and source != passage.release_source:
            passage.opening = heading  # (the time goes with the release's source: not 日本央行当地时间31日宣布，…)
        passage.span = passage_span(placed) or passage.span
        carried = passage.hedge if passage.chained else ""  # the forecast of the clauses before ； in its sentence
        in_targets = (open_targets and sentence.block != "heading"  # (a heading ends the list)
                      and (passage.chained or under_lead_in
                           or bool(rules.pattern("target_item").match(cue_text)))
                      and not rules.pattern("target_frame_end").search(cue_text))  # …；一般公共预算收入增长5%；
        sentence_claims = []
        if is_prose(text, sentence.block) and in_sentence and not in_targets:
            if breakdown:  # the parts of the data the passage opened with (a report's held period dates them instead)
                # (round 38: a passage whose data have moved past the quarter held, 一季度，…。⏎1-4月累计，…。分中央和
                # 地方看，…, breaks down its own period's data: the time its values took, not the day or month it
                # opened with, 4月中旬，省财政厅发布数据显示，一季度… (round 38 mend))
                fallback = (passage.opening or passage.last) if period is None else (
                    passage.last if _runs_past(passage.last, period) else None)
            else:
                # (a continuation after a sentence that stated no time goes on in the paragraph's opening time: 2022年，
                # …。全县上下攻坚克难。地区生产总值…，同比增长4.5% → 2022, round 28)
                fallback = (passage.last or passage.opening) if continues else passage.opening
                fallback = (passage.last or passage.opening) if listed else fallback
                if sentence.gap_before and not continues and not first_of_block:  # (cut at a bullet: segment)
                    # an inline bullet with no date of its own goes on in the time the bullets before it stated,
                    # also where the date did not open its bullet (盈利能力显著提升 毛利率达24.84% after 军贸业务…
                    # 2025年上半年营业收入5.19亿元, round 25)
                    fallback = passage.bullet_time or fallback
            spans = [(d["start"] - sentence.start, d["end"] - sentence.start) for d in its_dates]
            # who said it is no part of a metric: the organisation, its cue and the date it spoke (国家统计局今天公布了
            # 10月份CPI; 世贸组织预测2022年全球货物贸易量)
            said = [attributed[2], (attributed[3], attributed[1][1]), *announced] if attributed else []
            # (round 40 mend: the day it spoke is said already, 中国汽车工程学会1月13日发布的; what may stand between
            # the source and its cue follows the last joint publisher, …、中国汽车工程学会日前发布的)
            publishers = co_publishers(sentence.start, blank_out(cue_text, announced, " "), its_orgs,
                                       attributed) if attributed else []
            said += publishers
            spoke = publishers[-1][1] if publishers else attributed[2][1] if attributed else 0
            if attributed and rules.pattern("attribution_speaker").fullmatch(
                    blank_out(text, announced, " "), spoke, attributed[3]):
                said.append((spoke, attributed[3]))  # 行长潘功胜在国新办新闻发布会上宣布 (round 28); 日前发布 (40)
            later = clause_attributions(sentence.start, cue_text, its_orgs, attributed[1][1]) if attributed else []
            later = sorted(later + (item_attributions(sentence.start, cue_text, its_orgs) if attributed else []),
                           key=lambda item: item[0])  # 1、国家卫健委：…；2、…: the next news item is not its
            said += [span for _, _, spans in later for span in spans]  # 高盛则预计降息125bp
            layout = speaker_label(text) + clock_times(text, in_sentence, sentence.start)  # 盛来运：, 16:30
            layout += dateline(cue_text)  # 新华社北京7月10日电（记者…）: the story's publisher
            records = record_frames(text, placed)  # 为2022年3月以来最高: how the value ranks, no part of a metric
            masked = blank_out(text, spans + said + layout + report_cues + date_slashes(text, spans)
                               + date_leads(text, spans) + day_parts(text, spans + announced) + records, " ")
            bases = named_base_dates(text, spans)
            # (cues are words: 计划 inside 印度统计和计划执行部 is no plan, round 16)
            unnamed = blank_out(text, [(o["start"] - sentence.start, o["end"] - sentence.start) for o in its_orgs]
                                + [(0, label_end)], " ")
            forecasts_cited = (speaks_for_forecasts and source is not None) or cited_name
            sentence_claims = _sentence_claims(text, masked, sentence, in_sentence, placed, source, passage, index,
                                               fallback, bases, forecasts_cited, now,
                                               carried, unnamed)
            if sentence.block in rules.words("unit_only_blocks"):  # a title's bare figure measures nothing (round 30)
                sentence_claims = [claim for claim in sentence_claims if claim["unit"]]
            if sentence.block in rules.words("headline_blocks") and (
                    guide := rules.pattern("explainer_headline").search(cue_text)):  # 5个问题带你读懂…: a guide's
                sentence_claims = [claim for claim in sentence_claims  # count of its parts (second read, round 30)
                                   if not guide.start() <= claim["number_start"] - sentence.start < guide.end()]
            if continues and fallback == passage.last:
                # (no date of its own: 比上年末 is a base; round 34: or the values before its first one)
                dated = _own_date_start(own, text)
                _continue_levels([c for c in sentence_claims if c["number_start"] - sentence.start < dated
                                  and c["number_start"] not in passage.paired], passage)  # (round 40: not a pair's)
            reattribute(sentence_claims, later, sentence.start)
            # …增长6.1%[1]。 with [1] 数据来源：杭州市统计局 (read in the text as written: ③ is decoration to cues)
            footnoted = footnoted_source(doc._.text[sentence.start:sentence.end], footnotes)
            for claim in sentence_claims:  # 数据来源：海关总署 on the line after (or before) the paragraph
                claim["source"] = claim["source"] or footnoted or noted_paragraphs.get(block)
        # a level compared with (較上季的28000元, 低于6月的48.5) or a previous value (前值为50.9) holds for its own
        # date, not the sentence's or the passage's
        levels = {n["start"] for n in in_sentence
                  if sentence_claims and (level_base_time(n, text, sentence.start, placed)
                                          or _previous_value(text, n["start"] - sentence.start))}
        stated = [c for c in sentence_claims if c["number_start"] not in levels]
        # (an aside's value sets no running time, nor the reporting period)
        first_date = min((start for start, _, _ in outside), default=0)  # (a value before the sentence's first
        first_time = min(((c["number_start"], c["time"]) for c in stated  # date took the passage's time: mend)
                          if c["time"] and c["number_start"] - sentence.start < first_date), default=(0, None))[1]
        aside = {c["number_start"] for c in stated if in_aside(text, c["number_start"] - sentence.start)
                 or in_prior_clause(text, c["number_start"] - sentence.start)  # (…，去年同期为1.85亿元: round 24)
                 or in_earlier_period_clause(text, c["number_start"] - sentence.start, outside,
                                             first_time)}  # (，1—2月份为…: 31; 风电增长26.6%，10月份为下降13.1%: 39)
        peak_days = single_days(text, outside)  # (单日…最高值为8月24日的…: the peak of the period, round 31)
        single = {c["number_start"] for c in stated if c["time"] in peak_days}
        aside |= single if len(single) < len(stated) else set()  # (a sentence of the day's figures alone states it)
        claimed_times = [c["time"] for c in stated if c["time"] and c["number_start"] not in aside]
        since = trend_starts(text, outside)  # (6月，…，今年3月以来，…连续4个月…；日均生产…: 6月 runs on, round 27)
        parts = sub_periods(text, outside, first_time)  # (上半年…，其中一、二季度分别…: 上半年 runs on, round 27)
        parted = {c["number_start"] for c in stated if c["time"] and any(
            start <= c["number_start"] - sentence.start and within(c["time"], months_covered(value))
            for start, value in parts)}
        running = [c["time"] for c in stated if c["time"] and c["number_start"] not in aside | parted
                   and not any(start <= c["number_start"] - sentence.start and c["time"] == value
                               for start, value in since)]
        claimed_times = running or claimed_times
        # (a sentence that names a day of its own, which dated none of its values, told when it was announced:
        # 美联储当地时间18日宣布，将…下调50个基点; the document's quarter does not date that act either: round 23)
        on_day = any(is_day(d.get("value") or "") for d in written_dates if d not in its_dates)
        period = _hold_reporting_period(stated, period, aside | parted, on_day)  # (nor a 其中 sub-period)
        for claim in stated:
            claim["time"] = claim["time"] or titled  # (a title year dates what nothing nearer dates)
        own_dates = [d for d in own if not in_aside(text, d[0])]  # (those outside asides)
        if not own_dates and passage.year_end:  # (比上年 is a base, no date of its own)
            _flows_of_the_year(sentence_claims, passage.last)
        claims.extend(sentence_claims)
        passage.opening = _narrowed_opening(text, outside, opening, claimed_times) or passage.opening
        if release_opened and not opening and len(set(claimed_times)) == 1:
            # 11月8日，X公布数据显示，德国9月工业产出…。出口环比下降1.7%: the release's data go on in the sentences
            # after it, for the period it states, not for the day it came out (round 23)
            passage.opening = claimed_times[0]
        if len(set(claimed_times)) == 1 or opening:  # (a run of inline bullets: the time its last dated bullet stated)
            passage.bullet_time = claimed_times[0] if len(set(claimed_times)) == 1 else opening
        passage.level_time = _level_time(stated, aside | parted, opening)
        passage.averaged = bool(claimed_times) and any(  # (the span the sentence's last value, an average, ran over)
            c["time"] == claimed_times[-1] and cues().pattern("annual_average").search(c["metric"] or "")
            for c in stated)
        if own_dates:
            passage.year_end = _opens_at_year_end(text, own_dates, opening)
        if not in_sentence and heads_a_running_budget(text, opening, now):
            passage.horizon = passage.budget = True  # 2025年中央一般公共预算收入预算。…收入100645亿元 (round 31)
        passage.last = claimed_times[-1] if claimed_times else passage.last if single <= aside and single else (
            sole_time(text, outside) or released or (passage.last if continues or headline else None))
        if not in_targets and breaks_down(claimed_times, whole):  # 上半年…。一季度、二季度分别增长…。: the half runs on
            passage.opening = passage.last = whole
        elif passage.parted and claimed_times and _parts_of(claimed_times, passage.parted):
            if not rules.pattern("clause_end_only").search(text):  # …；二季度…。国内游客出游总花费…: back to the whole
                passage.opening = passage.last = passage.parted
                passage.parted = passage.level_time = None  # (nor does the last part's level run on)
        else:
            passage.parted = None if claimed_times or first_of_block else passage.parted
        if numbered:  # 1.本级征收完成数。地方…收入…，同比…: the body on the heading's line goes on under its time
            passage.last = passage.last or heading
        if numbered and headings[-1][0] > passage.release_depth:
            pass  # (round 30: a numbered heading below where the release was named opens one of its own sections,
            # 中电联发布…运行简况。⏎（一）电力消费 / 一、铁路 ⏎二、公路: the data under it go on with the release)
        elif numbered or (first_of_block and not in_sentence and sentence.block == "heading"):
            passage.release_source = None  # (a heading ends a release's data)
        elif first_of_block and sentence.end >= _block_end(doc, block) and (
                (announced := bool(published) and not in_sentence and not _WORD.search(cue_text[published[1][1]:]))
                or (unvalued and (briefer := briefing_release(sentence.start, cue_text, its_orgs)) is not None)):
            # a paragraph of its own that only announces a release; or (round 35: 国家能源局召开新闻发布会，介绍…情况。⏎
            # 据介绍，…⏎截至9月底，…) the body's own briefing, with no value (前10个月: a span), releases its data so
            # too (a press office's names no body)
            passage.release_source = published[0] if announced else briefer
            passage.release_times, passage.release_depth = None, _numbered_depth(headings)
            passage.release_period = released if announced else None
            if passage.release_period or (not announced and any(not is_day(v) for v in _stated(text, outside))):
                # (round 29) …发布7月份…统计数据。: its title's period dates the data after it; (round 35 mend) a
                # briefing lede that names the period it covers, 介绍2024年前三季度…情况, states the release's times
                # as a lead does: a later date outside them, 2015年，…, ends it (round 27); a day, 今天举行: no period
                passage.release_times, passage.release_data, passage.release_block = frozenset(), frozenset(), block
        elif ((first_of_block or (relayed and at_briefing)) and (published or releasing or relayed)
              and (published[0] if published else source)):
            # a paragraph that opens with a body's release and gives its data (国家统计局…发布数据显示，11月，…; 教育部
            # 发布《2018年…公报》。2018年，…): the paragraphs after it go on with the same data, up to one of
            # another source or of a date it did not state (round 27)
            passage.release_source = published[0] if published else source
            passage.release_times, passage.release_data, passage.release_block = frozenset(), frozenset(), block
            passage.release_period, passage.release_depth = released, _numbered_depth(headings)
        elif not _within_body(source, passage.release_source) or (
                passage.release_times is not None and not sentence_claims and not continues
                and not (headlined and not rules.pattern("headline_telling").search(cue_text))):
            passage.release_source = None  # (another body's data, or data cited from someone unnamed, end it; so
            # does a sentence after a release's data that gives none and goes on with none: 。业内人士认为，…。; not
            # a paragraph's headline of its own, 商业银行信贷资产质量总体稳定。2025年三季度末，…: the release's own
            # point, its data after it, round 35; one that tells someone's view, 业内人士认为，…。, still ends it)
        if passage.release_source is not None and passage.release_times is not None and block == passage.release_block:
            passage.release_times = passage.release_times | _stated(text, outside) | set(claimed_times)
            passage.release_data = passage.release_data | set(claimed_times)
        if spoken is None and attributed is None and quoted is not None and (continues or sentence_claims) \
                and source == quoted:
            spoken = quoted  # (…负责人介绍，…。其中，快递业务量…。¶该负责人表示，…: the data the official's sentence
            # went on with are the official's word still, so the pointer after them points back past them, round 36;
            # so are the data of a sentence that carried on with the body's release, …介绍，…。3月份，…。她表示，…)
        passage.source = source
        passage.item_source = news_item and (attributed is not None or passage.item_source)
        passage.chained = bool(rules.pattern("clause_chain").search(cue_text))
        if not sentence_claims:
            passage.pair = None  # (round 40: a sibling pair is one of the clause right before ；)
        if not (passage.chained and sentence_claims):
            passage.subjects = []  # (only the clauses right before ； lend a bare 分别 after it their subjects)
        passage.spread = (_spread_heads(text, in_sentence, sentence.start)
                          if passage.chained and sentence_claims else None)  # (round 29: …分别为…；…分别为…)
        passage.hedge = forecast_hedge(carried + cue_text) if passage.chained else ""
        passage.unit = sentence_claims[-1]["unit"] if sentence_claims else None
        passage.lead_in = bool(rules.pattern("target_lead_in").search(cue_text) or (
            sentence.block == "heading" and rules.pattern("target_heading").search(cue_text)))
        passage.item_line = in_targets and bool(rules.pattern("target_item_line").search(cue_text))
        passage.targets = in_targets or passage.lead_in or bool(rules.pattern("target_frame").search(cue_text))
        passage.speaker = turn.name if turn is not None and turn.labelled else passage.speaker
        # (a lead-in that dates the lines, or 其中： going on with the sentence before; not 具体关系如下式：)
        passage.listing = (bool(rules.pattern("list_lead_in").search(cue_text)) and not sentence_claims
                           and sentence.block != "heading"
                           and (sentence_time(text, outside) is not None
                                or bool(rules.pattern("continuation").search(cue_text)))) or (
            passage.listing and bool(sentence_claims) and (listed or not first_of_block))
    return _without_restated_headings(claims, sentences, doc._.text)


def _without_restated_headings(claims: list[dict], sentences: list[Sentence], text: str) -> list[dict]:
    """The claims less a heading's claim that the body under it restates, the same metric with the same value and
    unit before the next heading (五、国家外汇储备余额3.13万亿美元 ⏎ 12月末，国家外汇储备余额3.13万亿美元。): one fact,
    stated once as the body's claim, which has the time and source (round 42). A heading is a heading block or a line
    of its own that opens with a section number and holds no sentence (`section_heading`)."""
    heading = cues().pattern("section_heading")
    def own_line(start: int, end: int) -> bool:
        line_end = text.find("\n", end)
        return (not text[text.rfind("\n", 0, start) + 1:start].strip()
                and not text[end:len(text) if line_end < 0 else line_end].strip())

    headings = sorted(s.sent_id for s in sentences if s.block == "heading" or (
        heading.match(text[s.start:s.end]) and own_line(s.start, s.end)))
    if not headings or not claims:
        return claims
    heading_ids = set(headings)

    def key(claim: dict) -> tuple:
        return bisect.bisect_right(headings, claim["sent_id"]), claim["metric"], claim["value"], claim["unit"]

    body = {key(c) for c in claims if c.get("sent_id") is not None and c["sent_id"] not in heading_ids}
    return [c for c in claims if c.get("sent_id") not in heading_ids or key(c) not in body]


def _done_from(text: str) -> int:
    """Where the sentence first reports something as done (已, 累计, 完成, 以来, 截至 …) or as a status (现有, 拥有,
    共有): a value after it is no plan of a horizon carried from the sentence before (round 31). Found once per
    sentence; ``len(text) + 1`` when there is none."""
    rules = cues()
    ends = [m.end() for name in ("period_result", "plan_result", "horizon_status")
            if (m := rules.pattern(name).search(text))]
    return min(ends, default=len(text) + 1)


def _target_verb_starts(text: str) -> list[int]:
    """Where a verb of a target (``horizon_target_verb``) may start in the sentence, in order: every position where
    one matches, overlapping ones too. Found once per sentence, so that each value only bisects (round 31 mend)."""
    verb = cues().pattern("horizon_target_verb")
    return [m.start() for m in re.finditer(f"(?=(?:{verb.pattern}))", text, verb.flags)]


def _carries_horizon(text: str, clause_begin: int, offset: int, done_from: int, budget: bool,
                     verb_starts: list[int]) -> bool:
    """A value a horizon carried from the sentence before makes a target (round 31): nothing before it reports a
    result or a status (``done_from``), and a verb of a target stands before it in its clause (提高到, 新增, 控制在…:
    a stock with none, 全省林地面积1.2亿亩, is today's level). A budget heading's lines need no verb. The verb must
    end before the value: of the places ``verb_starts`` lists from the clause's start on, the first whose verb ends
    in time answers (the same as searching the clause up to the value; only a verb running into the value fails)."""
    if done_from <= offset:
        return False
    if budget:
        return True
    verb = cues().pattern("horizon_target_verb")
    at = bisect.bisect_left(verb_starts, clause_begin)
    while at < len(verb_starts) and verb_starts[at] < offset:
        if verb.match(text, verb_starts[at], offset):
            return True
        at += 1
    return False


def _enumeration(item: re.Match[str] | None, open_one: tuple[str | None, str | None] | None,
                 passage: _Passage) -> tuple[str | None, str | None] | None:
    """The source and time of the statement whose points a paragraph opening with an enumerator sets out (round 29):
    the first item (一是, 第一，, 首先是) takes them from the passage just ended, the statement's (盛来运表示，一季度
    经济运行呈现以下几个特点：⏎一是…), and a later item (二是, 第二，, 其次是) keeps them; a paragraph that opens
    with no enumerator ends the enumeration (另据中国物流与采购联合会发布，…)."""
    if item is None:
        return None
    if item.group("first") or open_one is None:  # (a later item with none open: the first stood in the statement's
        return passage.source, passage.last or passage.opening  # paragraph, 吕大良表示，一是…。⏎二是…)
    return open_one


def _stated(text: str, placed: list[Placed]) -> set[str]:
    """The periods a sentence states for its data: its dates but those of an aside and the bases of a change
    (比上年末增加)."""
    bases = set(named_base_dates(text, [(start, end) for start, end, _ in placed]))
    return {value for start, end, value in placed if (start, end) not in bases and not in_aside(text, start)}


def _lead_period(times: frozenset[str]) -> str | None:
    """The one period a release's lead stated for data it gave no values of (国家统计局今天发布数据，10月份，各地区…国民
    经济主要指标回升。): the period of the release's undated figures after it, as a title's period is (round 32). A day
    (今天, 15日) is when the data came out, no period of theirs; two periods name none."""
    periods = {time for time in times if not is_day(time)}
    return next(iter(periods)) if len(periods) == 1 else None


def _within_body(source: str | None, release: str | None) -> bool:
    """The source is the release's body or one of its units (国家统计局服务业调查中心 after 国家统计局公布): its
    statistician reading the release out goes on with the same data, so the release's undated paragraphs after that
    reading keep its period and source (round 32). Another body, even one whose name opens alike, is not."""
    if source == release:
        return True
    return source is not None and release is not None and source.startswith(release) and (
        cues().pattern("body_unit_end").search(source[len(release):]) is not None)


def _within_release(value: str, times: frozenset[str]) -> bool:
    """A date's period ends inside one the release stated: 1—10月 (2024-01/2024-10) or 10月 in a release of October's
    data, 2023年末 (2023-12) in a bulletin of 2023; not 2023 in October 2024's release, nor 9月 in October's. The end is
    compared by month, whatever the notation (round 33): 6月底 (2024-06) ends inside 上半年 (2024-H1) and 三季度
    (2024-Q3) inside 9月底 (2024-09), as 10月 does inside 1—10月; 一季度 (2024-Q1) ends before 前三季度 does."""
    end = value.split("/")[-1]
    return any(end.startswith(time.split("/")[-1]) or _ends_within_unit(end, time.split("/")[-1]) for time in times)


def _one_report_time(valued: frozenset[str]) -> tuple[str | None, bool]:
    """The one time a release's paragraph of data lends the undated paragraphs after it (round 27), and whether it is
    a year's end: the time all its values took (not one); or, when they took a year and that year's end (2024年末全国
    人口…，比上年末减少…。全年出生人口…), the year's end, as one report of the stocks at the end and the flows over the
    year (a year's end). The paragraphs after it go on at that end, their flows over the year, as after a sentence
    opening with a year's end (round 37; round 41). (None, False) when the values took no one time."""
    if len(valued) == 1:
        return next(iter(valued)), False
    years = {time for time in valued if is_year(time)}
    ends = {f"{year}-12" for year in years}
    return (next(iter(ends)), True) if len(years) == 1 and valued == years | ends else (None, False)


def _goes_on_release(stated: set[str], times: frozenset[str]) -> bool:
    """A paragraph's dates go on with a release that stated ``times``: each ends inside one of them (round 27), or
    the paragraph breaks the stated period down into its parts (分季度看，一季度…，二季度…，三季度… after 前三季度;
    7月…8月…9月 after 三季度): one of its dates ends inside, the others lie within the stated span (round 35). An
    earlier part alone (一季度 after 前三季度) still ends the carry, as round 33 ruled."""
    outside = [value for value in stated if not _within_release(value, times)]
    if not outside:
        return True
    return len(outside) < len(stated) and all(_inside_span(value, times) for value in outside)


def _inside_span(value: str, times: frozenset[str]) -> bool:
    """The period lies within the months a stated period spans (2024-Q1 inside 2024-Q1/2024-Q3, 2024-07 in 2024-Q3);
    both by month (a day, 2024-07-15, is left to the prefix test of `_within_release`)."""
    return _by_month(value) and any(_by_month(time) and within(value, months_covered(time)) for time in times)


def _by_month(value: str) -> bool:
    """The period ``value`` opens on a month, not on a day (2024-Q3 and 2024-07 cover from 2024-07; 2024-07-15 not)."""
    covered = months_covered(value)
    return covered is not None and len(covered[0]) == len("YYYY-MM")


def _ends_within_unit(end: str, stated: str) -> bool:
    """The month-granular period ``end`` ends in the last month-granular unit ``stated`` names: its last month lies
    between that unit's first and last (2024-06 in 2024-H1, 2024-Q3 in 2024-09); days are left to the prefix test."""
    last, unit = months_covered(end), months_covered(stated)
    return (last is not None and unit is not None and len(last[1]) == len(unit[0]) == len(unit[1]) == 7
            and unit[0] <= last[1] <= unit[1])


def _is_item(blocks: list, index: int) -> bool:
    """The block is a list item (a Markdown or HTML item, a plain-text line opened by a bullet or an enumerator)."""
    return 0 <= index < len(blocks) and blocks[index].item


def _after_item(blocks: list, index: int) -> bool:
    """The block is a list item right after another item (no heading, paragraph or table between them)."""
    return 0 < index < len(blocks) and blocks[index].item and blocks[index - 1].item


def _preliminary_read_out(factual: str, number: dict, text: str, sentence_start: int, placed: list[Placed],
                          fallback: str | None, span: str | None, year_times: dict[int, str], now: str | None) -> str:
    """``factual`` (the text the plan and forecast cues are read in) with a budget report's 预计完成/预计执行 blanked
    out where the value's time has ended by the document's month (2024年，…预计完成8828亿元 in January 2025): the
    preliminary account of an ended year is a result, not a forecast (round 30). The time is only worked out for a
    sentence that writes the phrase."""
    marks = list(cues().pattern("preliminary_result").finditer(factual))
    if not marks or now is None:
        return factual
    time = year_times.get(number["start"]) or time_for(number, text, sentence_start, placed, fallback, span)
    covered = months_covered(time) if time else None
    if covered is None or covered[1][:7] >= now:
        return factual
    return blank_out(factual, [m.span() for m in marks], " ")


def _factual_to_clause_end(factual: str, end: int, number: dict, text: str, sentence_start: int,
                            placed: list[Placed], fallback: str | None, span: str | None, year_times: dict[int, str],
                            now: str | None, has_source: bool) -> bool:
    """``is_factual(_preliminary_read_out(factual[:end], …), has_source)``, ``factual`` the sentence's text the cues
    are read in (round 41): a prefix no 预计完成 occurs in (`found_none_before`, read once per sentence) is passed as
    it is, and `is_factual_up_to` reads it by the cues' least ends, so a long sentence is not read again up to each
    clause's end (a 27K-character list of 1,500 clauses read its prefixes 1,500 times). ``end`` is never negative
    (`clause_bounds`' ends are positions of the text)."""
    if now is None or found_none_before(cues().pattern("preliminary_result"), factual, end):
        return is_factual_up_to(factual, end, has_source)  # (nothing to blank: the prefix as it is)
    return is_factual(_preliminary_read_out(factual[:end], number, text, sentence_start, placed, fallback, span,
                                            year_times, now), has_source)


def _drop_release_days(text: str, sentence_start: int, dates: list[dict]) -> list[dict]:
    """The dates of a sentence without the day a results release came out (4月22日晚，X发布2024年一季度业绩。; X于
    8月23日公布2023年半年度财报): a date before a release verb whose object is a report period (a date, then 业绩, 财报,
    季报 …) in its clause or the clause before is when the data was published, not its time (guidelines: a publication
    date is not the data's time); the period released dates the passage."""
    rules = cues()
    verb, period = rules.pattern("results_release_before"), rules.pattern("report_period_after")
    released = [d for d in dates if d.get("value") and period.match(text, d["end"] - sentence_start)
                and verb.search(text, max(0, d["start"] - sentence_start - 6), d["start"] - sentence_start)]
    if not released:
        return dates
    first = released[0]["start"] - sentence_start
    begin = clause_bounds(text, first)[0]
    opening = clause_bounds(text, begin - 1)[0] if begin else begin
    return [d for d in dates if not (opening <= d["start"] - sentence_start and d["end"] - sentence_start <= first
                                     and not period.match(text, d["end"] - sentence_start))]


def _bare_report_period(text: str, sentence_start: int, date: dict) -> dict:
    """A day (or month) of its year right before the release of a periodic report named by its word only
    (8月23日晚间披露半年报, 8月28日，X披露半年报): the day is when the report came out, so it dates the data by the
    report's period in the year of the release (round 22): ``2015-H1`` for a half-year report out on 2015-08-23, the
    year before for an annual report. Any other date is returned as it is."""
    value = date.get("value") or ""
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value):
        return date
    found = cues().pattern("bare_report_release").match(text, date["end"] - sentence_start)
    if found is None:
        return date
    year, part = int(value[:4]), found.lastgroup
    return {**date, "value": str(year - 1) if part == "FY" else f"{year}-{part}", "report_released": True}


def _narrowed_opening(text: str, placed: list[Placed], opening: str | None, claimed: list[str]) -> str | None:
    """A sentence opening with a year-to-date (今年以来，…) that goes on stating its data for one narrower period of
    that year (…上半年完成…亿千瓦时，同比增长4.2%) dates the passage by that period: the next sentences continue
    its data, not the open-ended year (round 20)."""
    if not opening or not claimed or len(set(claimed)) != 1 or not claimed[0].startswith(f"{opening}-"):
        return None
    since = cues().pattern("since_opening")
    opened = any(value == opening and (since.match(text, end) or since.search(text[start:end]))
                 for start, end, value in placed[:1])
    return claimed[0] if opened else None


def _place_lead(index: WordIndex, sentence_start: int, placed: list[Placed]) -> int:
    """The end of the place names a sentence opens with right before its first date (a country's or province's
    data for that month, 某国1月出口…): the date opens the passage as after an organisation (round 20)."""
    if not placed:
        return 0
    places, scopes = cues().words("place_pos_tags"), cues().words("group_scope_words")
    words = [w for w in index.clipped(sentence_start, sentence_start + placed[0][0]) if w.text.strip()]
    if not words or not all(w.tag in places or w.text in scopes for w in words):
        return 0
    return placed[0][0]


def _release_title_period(text: str, published: tuple | None, now: str | None) -> str | None:
    """The period a data release's title names, right after the verb publishing it (国家统计局发布《5月份70个大中城市
    商品住宅销售价格变动情况》，一线城市…): the time of the data the passage goes on stating where no date of its own
    dates them, once the period has ended by the document's month (round 24). Only a release of data (…情况, …数据,
    …公报), not a report whose year may be its edition's; also named with no title marks up to the clause's end (发布
    7月份70个大中城市商品住宅销售价格变动情况统计数据。: round 29)."""
    if not published:
        return None
    rules = cues()
    title = (rules.pattern("release_title").match(text, max(0, published[1][1] - 1))
             or rules.pattern("bare_release_title").match(text, published[3]))  # 发布7月份…变动情况统计数据 (round 29)
    if not title:
        return None
    periods = [m for m in find_dates(title["title"], dt.date.fromisoformat(now + "-01") if now else None)
               if m.value and not is_day(m.value)]
    covered = months_covered(periods[0].value) if len(periods) == 1 else None
    # (a year's holiday, 发布2024年国庆节假期文化和旅游市场情况 in October 2024: the holiday is over, round 33)
    if covered is None or (now and covered[1] >= now and not (
            covered[0] <= now and holiday_over(title["title"], periods[0].end, periods[0].value[:4], now))):
        return None
    return periods[0].value


def _published_title(text: str, published: tuple[str, tuple[int, int], tuple[int, int], int]) -> str:
    """The title (or the name) of the report a publication phrase releases: from its verb to the close of its title
    marks (发布《2023年国民经济和社会发展统计公报》), or to the end of the phrase (发布2023年统计公报)."""
    end = published[1][1]
    if text[end - 1:end] in ("《", "〈"):
        close = re.compile(r"[》〉]").search(text, end)
        end = close.end() if close else len(text)
    return text[published[3]:end]


def _names_introduced(text: str, title: str) -> bool:
    """The short title in title marks (《公报》显示) names the report introduced: its word (公报, 报告, 白皮书 …) is in
    that report's title (second read, round 31: a 《报告》 cites no 统计公报)."""
    cue = cues().pattern("titled_report_cue").search(text)
    return cue is not None and simplified(cue.group("short")) in simplified(title)


def _other_study(text: str, sentence_start: int, orgs: list[dict], introduced: tuple[str, str] | None) -> bool:
    """The sentence cites another body's study or report (另据中国信息通信研究院的研究，…): a short title after it no
    longer names the report introduced before (second read, round 31)."""
    if introduced is None:
        return False
    starts: list[int] | None = None  # (the other bodies' starts in order, once: each citation bisects them, round 32)
    for m in cues().pattern("other_study").finditer(text):
        if starts is None:
            starts = sorted(org["start"] - sentence_start for org in orgs if org.get("canonical") != introduced[0])
        k = bisect.bisect_left(starts, m.start())
        if k < len(starts) and starts[k] < m.end():
            return True
    return False


def _published_on(text: str, start: int, end: int, phrase: tuple[int, int], verb: int) -> bool:
    """The date at ``start``–``end`` is the day a report was published by the ``phrase`` (its verb at ``verb``):
    before the verb (国家统计局2024年1月17日发布《…》) or as the clause of its own right before the phrase
    (2024年6月，中国信通院发布《…》). A date after the verb is the period the report covers
    (公布今年第二季的《…报告》)."""
    begin = phrase[0]
    if begin <= start:
        return end <= verb
    clause_begin, clause_end = clause_bounds(text, start)
    wire = dateline(text[clause_begin:start])  # (中新网1月17日电 1月17日，X发布…: the story's dateline, round 34)
    clause_begin += wire[0][1] if wire else 0
    return (bool(cues().pattern("passage_opener").fullmatch(text[clause_begin:start]))
            and not text[end:clause_end].strip() and clause_bounds(text, begin)[0] == clause_end + 1)


def _learn_speakers(text: str, sentence_start: int, orgs: list[dict], speakers: dict[str, str]) -> None:
    """Remember the body of a speaker the text names with it and a title (请国家统计局新闻发言人付凌晖介绍…; 国家统计局
    新闻发言人、国民经济综合统计司司长盛来运表示，…), by the name, for the later turns that name the speaker
    alone (盛来运：…, 付凌晖表示，…: round 23, as a full label's body is remembered in round 17). The name is kept at
    two and at three characters (the text after it may go on: 付凌晖介绍, 王毅说); a label's or a lead's name says
    which is meant. A body already remembered for the name (a full label's) stays."""
    rules = cues()
    mention, joined = rules.pattern("speaker_mention"), rules.pattern("speaker_mention_joined")
    answering = rules.pattern("answered_questions").search(text)
    starts = {org["start"] - sentence_start for org in orgs}
    for org in orgs:
        found = mention.match(text, org["end"] - sentence_start)
        while found:
            name = found.group("name")
            for key in {name[:2], name}:
                speakers.setdefault(key, org["canonical"])
            # (round 28) 请工业和信息化部副部长单忠德、总工程师赵志国介绍…: the next official joined with only a title
            # of his own speaks for the same body; one whose title opens with another body (、国家能源局副局长…) does
            # not
            found = joined.match(text, found.end())
            if found and any(found.start() <= start < found.start("name") for start in starts):
                found = None
        if answering and rules.pattern("answering_official").match(text, org["end"] - sentence_start):
            speakers.setdefault(_ANSWERER, org["canonical"])  # 国家发展改革委有关负责人就《…》答记者问 → 答：…


def _bare_title_speaker(text: str, sentence_start: int, orgs: list[dict]) -> bool:
    """Whether the sentence opens with a speaker named by a bare title and no body (新闻发言人卢爱红介绍，…; 有关负责人
    表示，…; 该部新闻发言人…说，…): right after a body's own briefing lede, the body's official (round 36)."""
    found = cues().pattern("bare_title_speaker").match(text)
    return found is not None and not any(org["start"] - sentence_start < found.end() for org in orgs)


def _briefed_or_spoken(text: str, sentence_start: int, orgs: list[dict],
                       attributed: tuple[str, tuple[int, int], tuple[int, int], int] | None, source: str | None,
                       briefed: str | None, spoken: str | None, named_official_body: str | None,
                       same_block: bool) -> tuple[str | None, str | None, str | None]:
    """The source of a sentence whose cue names no one but points back (round 32), and what the next sentence may
    point back to: a hearsay cue (据介绍，…) right after a body's own briefing (海关总署召开新闻发布会。据介绍，…; in
    one sentence: 中国证监会召开新闻发布会，据了解，…) relays the body's word; a 他表示 opening a sentence goes on with
    the official the sentences before quoted or named for a body (民航局新闻发言人…表示，…。他表示，…; 国家统计局新闻
    发言人…盛来运出席发布会，介绍…。据介绍，…), in the next sentence only (round 32 mend: ``spoken`` is the sentence
    before's), and not for hearsay naming another body (据了解，国航7月国际航班量…) or someone else's word. The
    official goes on speaking, for the sentence after, in a sentence that opens with the pronoun (…。他表示，…。
    他还指出，…) or with the official's name alone (``named_official_body``: the body `_learn_speakers` remembered
    for the name; …负责人刘志清在…上表示，…。刘志清介绍，…。他表示，…: round 35). Hearsay points back within the
    paragraph only (``same_block``); the pronoun, which has no other referent, also when it opens the paragraph
    right after (…表示，…。¶她还透露，…)."""
    rules = cues()
    held = briefing_holder(sentence_start, text, orgs)
    if source is None and held is not None and briefing_hearsay(text, held[1]):
        source = held[0]
    elif source is None and (briefed or (spoken and same_block)) and briefing_hearsay(text):
        source = briefed or (spoken if all(org["canonical"] == spoken for org in orgs) else None)
    pointed = spoken is not None and rules.pattern("pronoun_speaker").match(text) is not None
    if source is None and pointed:
        source = spoken
    if attributed is not None:
        spoken = attributed[0] if official_speaks(text, attributed) else None
    elif pointed or named_official_body is not None:
        spoken = spoken if pointed else named_official_body
    else:  # (国家统计局新闻发言人…盛来运出席发布会: the official named with the body's title)
        officials = [org["canonical"] for org in orgs
                     if rules.pattern("speaker_mention").match(text, org["end"] - sentence_start)]
        spoken = officials[-1] if officials else None
    return source, held[0] if held is not None else None, spoken


def _company_announcer(attributed: tuple[str, tuple[int, int], tuple[int, int], int] | None, orgs: list[dict],
                       text: str, sentence_start: int) -> str | None:
    """The company a sentence opens with as the source of its own cue (贵州茅台（600519）晚间发布公告称，…; 宁德时代
    表示，…): the pointer of a later sentence (该公司表示，…; 公司称，…), while the sentences between go on with the
    company's data, is that company's word (round 33), as round 32's 他表示 is the official's just quoted. Not a
    company cited by another body's data (据乘联会数据，比亚迪…): its name opens no cue of its own."""
    if attributed is None:
        return None
    opening = len(text) - len(text.lstrip())
    return next((org["canonical"] for org in orgs
                 if org["start"] - sentence_start == opening == attributed[2][0] and org["canonical"] == attributed[0]
                 and org["type"] in cues().words("own_data_types")), None)


def _speaker_body(turn: Turn | None, label_orgs: list[dict], speakers: dict[str, str]) -> str | None:
    """The body a transcript turn speaks for (round 17): the organisation its full label names (国家统计局新闻发言人
    付凌晖： → 国家统计局, as 海关总署新闻发言人吕大良说 is 海关总署's), remembered by the speaker's name for the later
    turns with the short label (付凌晖：). A reporter's outlet (法新社记者：) is no body of what the turn quotes."""
    if turn is None or turn.asks:
        return None
    if label_orgs and turn.name:
        speakers[turn.name] = label_orgs[-1]["canonical"]
    if turn.answers:  # 答：… in a 答记者问 whose title names the answering official's body (round 23)
        return speakers.get(_ANSWERER)
    return speakers.get(turn.name) if turn.name else None


def _previous_value(text: str, offset: int) -> bool:
    """The value at ``offset`` is the previous period's figure (，前值为50.9; ，前值1.4%): dated a period before the
    sentence's own, it is a base and no time the next sentence goes on with."""
    return bool(search_at_end(cues().pattern("previous_value"), text, clause_bounds(text, offset)[0], offset))


def _leading_source_note(text: str) -> int:
    """Where a bracketed source note that opens a sentence ends (0 if none): the note was written after the 。 of
    the sentence before (…40万家。（数据来源：科技部）), so it is that sentence's."""
    match = cues().pattern("source_note").match(text.lstrip())
    return len(text) - len(text.lstrip()) + match.end() if match else 0


def _hold_reporting_period(found: list[dict], period: str | None, aside: set[int] | frozenset[int] = frozenset(),
                           announced: bool = False) -> str | None:
    """Date the undated claims of a sentence by the document's reporting period (the latest
    quarter a value was dated to so far: a report states 今年第二季 once, then its figures) and
    return the period as it stands after them. An earlier quarter named for comparison
    (2003年第三季以來最高) does not replace a later one, nor does a value in a bracketed aside (``aside``: starts).
    ``announced``: the sentence names a day of its own, so its undated values are an act announced that day (美联储当地
    时间18日宣布，…下调50个基点), not figures of the period: they stay undated (round 23)."""
    reporting = cues().pattern("reporting_period")
    for claim in found:
        time = claim["time"]
        if not time:
            claim["time"] = None if announced else period
        elif reporting.fullmatch(time) and (period is None or time > period) and claim["number_start"] not in aside:
            period = time
    return period


def _runs_past(time: str | None, period: str | None) -> bool:
    """The date ``time`` covers a month after the last month of ``period`` (1-4月 after 一季度; not 3月, not 上半年's
    earlier parts): a breakdown under a passage whose values took it breaks down that period's data, not the quarter
    held (round 38). A day is no such period. ``time`` is the time the passage's values last took, not the time it
    opened with: 4月中旬，…发布数据显示，一季度… opens with the month the data came out (round 38 mend). (Any other
    period than the quarter would also move 1-2月 and 2024年 breakdowns, but an earlier quarter named for
    comparison, 為2003年第一季以來最高, is such a period too, and it dated a gold breakdown wrongly.)"""
    if not time or not period or is_day(time):
        return False
    covered, held = months_covered(time), months_covered(period)
    return covered is not None and held is not None and covered[1] > held[1]


def _in_viewing_frame(number: dict, text: str, clause_begin: int, offset: int, end: int) -> bool:
    """A count inside a viewing frame clause (从70个大中城市房价看，…; 从31个省份来看，…): it names the set the
    sentence views, as a frame's count does (70个大中城市中，…), no value the sentence asserts (round 29). Only the
    count's own clause is read, once per value."""
    rules = cues()
    return (number["kind"] == "count"
            and rules.pattern("count_viewing_frame_before").fullmatch(text, clause_begin, offset) is not None
            and rules.pattern("count_viewing_frame_after").match(text, end) is not None)


class _TextsAndTags:
    """The (text, tag) of each of some words, made as they are read (each reading starts over): ``labels_a_group``
    stops at the first word that is no place or scope word, and a clause's pairs made in full for each of its values
    made a one-line list quadratic (round 33)."""

    __slots__ = ("words",)

    def __init__(self, words: list[Word]) -> None:
        self.words = words

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((w.text, w.tag) for w in self.words)


def _sentence_claims(text: str, masked: str, sentence: Sentence, in_sentence: list[dict], placed: list[Placed],
                     source: str | None, passage: _Passage, index: WordIndex, fallback: str | None,
                     bases: list[tuple[int, int]], forecast_source: bool, now: str | None,
                     carried: str = "", unnamed: str | None = None) -> list[dict]:
    """The claims of one prose sentence (``masked``: its text with the dates blanked out, for the
    metrics; ``bases``: the dates a change is measured from, which the metric names; ``now``: the document date's
    month; ``carried``: the forecast of the clauses before ； that this one continues; ``unnamed``: the text with the
    organisations' names blanked out, where cue words are read); updates the passage's governing metric."""
    rules = cues()
    masked = _measure_frame(masked, in_sentence, sentence.start, passage)
    year_times = year_list_times(text, [{"start": a + sentence.start, "end": b + sentence.start, "value": v}
                                        for a, b, v in placed], in_sentence, sentence.start)
    fallback_subject = clause_chunk(masked, clause_bounds(text, 0)[1]) if text else ""
    previous_end, previous_kind = 0, ""
    tally_set: str | None = None  # the set a tally of members by their way counts (round 39: _tally_way)
    found: list[dict] = []
    # (end in the sentence, subject, own head) of the values claimed so far; after ；, those of the clauses before it
    # come first, ending before the sentence (A54188元；B23119元，分别增长4.6%和6.6%: A and B, round 30)
    subjects: list[tuple[int, str, str]] = [(-1, subject, own)
                                            for _, subject, own in passage.subjects[-_CARRIED_SUBJECTS:]]
    in_sentence_governing: list[Governing] = []  # what each value claimed so far in the sentence passed on
    listed: tuple[int, str, list[Word], Context, Governing | None] | None = None  # a count's end and its reading
    frames = assumption_frames(text)
    list_last = -1  # the last amount of the list of amounts the value is in
    shared: tuple[int, list] | None = None  # the last count of a 、-list of counts, and the predicate after its noun
    aside_close, aside_saved = -1, passage.governing  # a breakdown bracket's close, and what governed before it
    release_titles = [m.span("title") for m in rules.pattern("quoted_release_title").finditer(text)]
    release_titles += [m.span("title") for m in rules.pattern("bare_release_title").finditer(text)]  # (round 29)
    release_titles += [m.span("title") for m in rules.pattern("heading_release_title").finditer(text)]  # (round 36)
    basis_frame = rules.pattern("basis_frame").match(masked)  # 从环比看，: the basis of the sentence's changes
    # (round 31: the sentence after one that set only targets for a horizon, with no date of its own, goes on with
    # that plan: “十四五”期间，单位GDP能耗降低13.5%。非化石能源消费比重提高到20%。)
    horizon = passage.horizon and now is not None and (  # (比2024年执行数: a base is no date of its own)
        not _own_dates(text, placed))
    targeted = False
    done_from = _done_from(text) if horizon else 0
    verb_starts = _target_verb_starts(text) if horizon else []
    member_memo: dict = {}  # (round 39 mend: a long list's glued or bracketed members, each value read once)
    factual_text = carried + (unnamed or text)  # (round 41) each value's factual test reads a prefix of it
    # (round 40) the start and end times of the last from–to pair closed before the value, and where its end stands
    # (-1: in the clause before ；); the start value of an open pair: its end, its time and whether it took them
    sibling = (None if passage.pair is None else (*passage.pair[:2], -1)) if passage.chained else None
    pair_open: tuple[int, str | None, bool] | None = None
    paired: set[int] = set()
    member_reading: str | None = None
    listed_subjects: list[str] = []  # (round 43) the subjects of the 分别 list's values read last in this sentence
    for position, number in enumerate(in_sentence):
        offset, end = number["start"] - sentence.start, number["end"] - sentence.start
        if 0 <= aside_close < offset:  # （含独立学院323所），比上年增加53所: the value before the bracket goes on
            passage.governing, aside_close = aside_saved, -1
        clause_begin = clause_bounds(text, offset)[0]
        clause_end = clause_bounds(text, end)[1]  # (after the value: 22,092,641.55元罚款 holds commas of its own)
        following = _past_alternative(text, end, clause_end)  # (past 重点湖（库）: round 37)
        begin = max(clause_begin, previous_end)
        before = text[begin:offset]
        if (is_structural_count(number, before) or is_formula_term(text[:offset], text[end:])
                or is_procedure_setting(number, text[:offset], text[end:])
                or is_research_design(text[clause_begin:offset], text[end:])
                or rules.pattern("ranking_list_after").match(text, end)  # 世界500强: a list's name
                or (number["kind"] == "count"  # 等12个方面, 表现在3方面: the text's framing (round 42)
                    and rules.pattern("aspect_count").match(number["text"] + text[end:end + 3])
                    and not rules.pattern("aspect_count_stated_before").search(before))
                or any(a <= offset and end <= b for a, b in release_titles)  # 发布“5月份70个大中城市…情况”
                or _in_viewing_frame(number, text, clause_begin, offset, end)  # 从70个大中城市房价看，
                or (number["unit"] == "%" and rules.pattern("income_group_after").match(text, end))  # 20%收入组
                or rules.pattern("rank_top_before").search(text[clause_begin:offset])  # 位居全球前20: a rank
                or (number["kind"] == "count"  # 这10个行业的经费占…: the group named before, no new count (37)
                    and rules.pattern("referred_count_before").search(text[clause_begin:offset]))
                or (rules.pattern("rank_selection_after").match(text, end)  # 最低的3个城市依次是…: a rank's frame
                    and rules.pattern("rank_selection_before").search(text[clause_begin:offset]))
                or in_number_run(text, in_sentence, position, sentence.start)
                or qualifies_a_group(number, text[end:])
                or describes_an_exclusion(text, offset, end)  # （不含已执行5%存款准备金率的金融机构） (round 30)
                or is_an_assumption(frames, offset, text[end:], text[max(0, offset - 40):offset])
                or is_a_rule(text, offset, end, placed)
                or is_an_index_threshold(number, text[clause_begin:offset], text[:clause_begin], text[end:])
                or is_target_value(text[:offset], text[end:])
                or bounds_a_counted_group(text[clause_begin:offset], text[end:])):
            continue
        # (the clause's words only for a value still in question: a run of table numbers in one long clause
        # would read the clause again for each value)
        clause_words = index.clipped(sentence.start + clause_begin, number["start"])
        bound = rules.pattern("threshold_bound").match(text[end:])
        if ((not _held_list_member(text, found, number, sentence.start)
                    and sets_a_threshold(text[clause_begin:offset], text[end:], clause_words, bound,
                                         word_after_bound(index, number, bound)))
                or is_a_base(number, text[:offset], text[end:],
                             _quotation_unit(text, in_sentence, position, sentence.start))
                or qualifies_the_subject(text, in_sentence, position, sentence.start, clause_end)
                or bounds_a_counted_noun(text, in_sentence, position, sentence.start, clause_end, index.clipped)
                or counts_the_sample(text, in_sentence, position, sentence.start, clause_end, clause_words)
                or scopes_a_partner_value(in_sentence, position, sentence.start, clause_end, clause_words,
                                          index.clipped)
                or (number["kind"] == "duration" and not is_claim_duration(
                    text[clause_begin:offset] if before.strip() in rules.words("duration_list_joiners") else before,
                    text[end:], clause_words, _in_breakdown(text, found, number, passage)))
                or labels_a_group(text[clause_begin:offset], _TextsAndTags(clause_words),
                                  number, following, in_sentence[-1]["start"] > number["end"],
                                  next((w.tag for w in index.clipped(number["end"], number["end"] + 4)
                                        if w.text.strip()), ""), masked[clause_begin:offset])
                or not _factual_to_clause_end(
                    factual_text, len(carried) + clause_end, number, text, sentence.start, placed, fallback,
                    passage.span, year_times, now, forecast_source)):
            continue
        time = year_times.get(number["start"]) or time_for(number, text, sentence.start, placed,
                                                           fallback, passage.span)
        if is_labelled_plan_value(time, text, text[clause_begin:offset], text[end:], now):
            continue  # (round 38) …提高到24.1%（约束性）; …，均为约束性指标。: a plan's value labelled its indicator
        if (is_a_target(time, text, offset, placed, now) or (horizon and _carries_horizon(
                text, clause_begin, offset, done_from, passage.budget, verb_starts))) and not (
                forecast_source
                and attributed_forecast(simplified(carried + text[:clause_end]))):
            targeted = True
            continue  # 到2025年，…达到12%: a plan (an organisation's forecast of that period is a claim)
        if plans_a_running_period(time, (unnamed or text)[:clause_end], now) and not (
                forecast_source and attributed_forecast(simplified(carried + text[:clause_end]))):
            continue  # 今年…一般公共预算支出安排285490亿元: the running year's budget, a plan (round 30)
        if (found and number["start"] not in year_times
                and rules.pattern("list_glue").match(text[previous_end:offset])):
            time = found[-1]["time"]  # 由2009年的 90.3%、92.2%: a list member shares its list's time
        if found and found[-1]["time"] and search_at_end(rules.pattern("previous_value"), before):
            time = period_before(found[-1]["time"])  # 制造业PMI为49.5%，前值为50.2%: the month before (or none known)
        previous_begin = clause_bounds(text, clause_begin - 1)[0] if clause_begin else clause_begin
        begin = _bracket_subject(masked, offset, begin, clause_begin, previous_end)
        kept = masked[begin:offset]
        level = (bool(found) and (links_level(masked[previous_end:offset])
                                  or _level_after_rate(masked, previous_end, offset, found[-1], previous_kind,
                                                       number, sentence.start))
                 and not _range_upper(masked, previous_end, offset, found[-1], number, sentence.start))
        if (not found and not level and passage.governing is not None and passage.governing.change
                and rules.pattern("sentence_level_opening").fullmatch(masked[begin:offset])):
            level = True  # …同比下降17个基点；一季度进一步降至1.43%: the level the last sentence's change reached
        glued = (glued_term(text, in_sentence, position, sentence.start)  # 4950亿元7天期…: read on past the term
                 or group_reads_on(text, in_sentence, position, sentence.start))  # …表示将在未来两年内增加…
        next_start = (in_sentence[position + 1]["start"] - sentence.start
                      if position + 1 < len(in_sentence) and not glued else clause_end)
        if position + 1 < len(in_sentence) and bounds_a_counted_group(
                text[clause_begin:next_start], text[in_sentence[position + 1]["end"] - sentence.start:]):
            next_start = clause_end  # 有3家房企销售额超千亿: the threshold after the noun is part of what is counted
        counted = number["kind"] == "count" and (number["unit"] not in _QUANTITY_UNITS or (
            not number["unit"] and counts_people_bare(index.clipped(number["end"], sentence.start + clause_end))))
        member, series_end, siblings = _member(masked, offset, number, in_sentence, sentence.start, subjects,
                                               passage.spread if passage.chained else None)
        after_end = sentence.start + min(clause_end, next_start)
        after_start = number["end"]
        if list_last <= position:  # (once per list: the members after the first share its end)
            list_last = _amount_list_end(text, in_sentence, position, sentence.start)
        if member is None and not counted and number["unit"] not in _QUANTITY_UNITS and not glued and (
                (last := list_last) > position):
            # (round 22: 分别发行1万亿元、1.3万亿元超长期特别国债: the object after the list's last amount is every
            # member's)
            last_end = in_sentence[last]["end"] - sentence.start
            after_start = in_sentence[last]["end"]
            after_end = sentence.start + min(clause_bounds(text, last_end)[1],
                                             in_sentence[last + 1]["start"] - sentence.start
                                             if last + 1 < len(in_sentence) else len(text))
        elif (member is None and position + 1 < len(in_sentence) and after_end == in_sentence[position + 1]["start"]
              and (joint := rules.pattern("member_joint_end").search(text, end, after_end - sentence.start)
                   or rules.pattern("next_member_open").search(text, end, after_end - sentence.start))):
            after_end = sentence.start + joint.start()  # (round 22: 30条跨境陆缆和10余条…, 2.3万户老旧小区、新建…: the
            # joint, and the next member's own verb after it, are no part of the object)
        if member is not None:  # the words after a list's last value name every member's metric
            after_end = sentence.start + clause_bounds(text, series_end - sentence.start)[1]
        elif (bracketed := _bracketed_member(masked, number, in_sentence, sentence.start, member_memo)) is not None:
            (member, member_reading), series_end = bracketed, number["end"]  # 依次为北京（6.73%）、上海（4.34%）
            after_end = number["end"]  # (what follows is the next member)
        context = Context(bool(found), masked[:begin], masked[previous_begin:max(previous_begin, clause_begin - 1)],
                          tuple(index.clipped(sentence.start + previous_begin, sentence.start + clause_begin)),
                          number["unit"] or "", passage.chained,
                          _none_between(in_sentence, sentence.start + previous_begin, sentence.start + offset),
                          siblings if member is not None else ())
        words_before = index.clipped(sentence.start + begin, number["start"])
        if member_reading is not None:  # (round 39 mend: the opener and the member, read whole: no change word of the
            # list's measure, 利润增速最高的…, read again as the member's)
            kept, words_before, member_reading = member_reading, [], None
        governing_before = _governing_of_kind(passage, number, masked[begin:offset], context)
        listable = counted or number["unit"] not in _QUANTITY_UNITS  # a count, or an amount of a measure unit
        follows = (listable and member is None and bool(found)
                   and rules.pattern("counted_object_joint").match(masked[previous_end:offset]) is not None)
        repeated = (follows and listed is not None and listed[0] == previous_end
                    and _ends_in_object(index.clipped(sentence.start + previous_end, number["start"])))
        if repeated:  # (round 22: 完成5.6万户农村危房改造、1200公里农村公路建设: the later count reads as the earlier
            # did after the verb before the list, with its own object)
            kept, words_before, context, governing_before = listed[1:]
        elif (listable and member is None and found and begin == previous_end
              and (opened := rules.pattern("own_member_after_object").match(masked, begin, offset))):
            kept = masked[opened.start("own"):offset]  # (round 22: 改造2.3万户老旧小区、新建1.1万个停车位: the words
            # before the 、 are the earlier value's object; the later value's own verb comes after it)
            words_before = index.clipped(sentence.start + opened.start("own"), number["start"])
        words_after = index.clipped(series_end if member is not None else after_start, after_end)
        if counted and member is None and position + 1 < len(in_sentence):
            if shared is None or shared[0] < position:
                shared = _count_list_predicate(text, in_sentence, position, sentence.start, clause_end, index.clipped)
            if shared[0] > position and shared[1] and names_only_its_noun(words_after):
                # (round 31: 36所高校、210所中小学开设人工智能课程: what the last count's noun does, every member does)
                words_after = [w for w in words_after if w.text.strip() not in ("、", "")] + shared[1]
        governing = metric(kept, words_before, words_after, counted, member, governing_before,
                           fallback_subject if clause_begin else "", level, context)
        if (passage.governing is not None and governing.change and governing.subject == passage.governing.subject
                and (earlier := _earlier_of_unit(in_sentence_governing, passage.governing, number["unit"] or ""))):
            # (round 22: 优良天数为298天，优良率81.6%，比上年增加9天: a rate never grows by days; the change is of the
            # earlier value in its unit)
            governing = metric(kept, words_before, words_after, counted, member, earlier,
                               fallback_subject if clause_begin else "", level, context)
        if (passage.governing is not None and governing.subject == passage.governing.subject
                and (owner := _amount_owner(passage.governing, number["unit"] or ""))):
            # (round 42: …增速比上年末低1.4个百分点；上半年增加1.81万亿元: an amount is never a rate's; its owner's)
            governing = metric(kept, words_before, words_after, counted, member, owner,
                               fallback_subject if clause_begin else "", level, context)
        if (passage.governing is not None and governing.subject in cues().words("quantity_worth_heads")
                and (earlier := _earlier_quantity(in_sentence_governing, passage.governing, number["unit"] or ""))):
            # (round 40 mend: 进口原油5亿吨，增长5%，价值2000亿美元: the worth prices the quantity the change was of)
            governing = metric(kept, words_before, words_after, counted, member, earlier,
                               fallback_subject if clause_begin else "", level, context)
        if (member is None and governing_before is not None and governing_before.core and not governing.core
                and governing_before.change and governing.subject == governing_before.subject):
            # (round 39: …价格环比下降1.0%，降幅比上月收窄0.1个百分点，其中北京、上海分别下降…: a clause going on
            # with the same subject keeps what a breakdown's members after it share; round 39 mend: only the change of
            # a change — a level's own change, 其中，出口298.9亿美元，同比增4.7%；贸易逆差…, passes no core to the next
            # flow, which would read it as its own owner: 贸易逆差出口)
            governing = replace(governing, core=governing_before.core)
        listed = ((end, *listed[1:]) if repeated and listed is not None
                  else (end, kept, words_before, context, governing_before)
                  if listable and member is None and not follows else None)  # (a count after another's words and a
        # joint opens no list of its own)
        if not _WORD.search(governing.metric):
            continue  # a value with nothing it measures (a bare number, an axis label) is no claim
        if not (_bracketed_aside(masked, clause_begin, offset, end)  # (全市为21585元): the main subject goes on
                or _conversion_aside(masked, clause_begin, offset, passage.governing)):
            if aside_close < 0 and (close := _breakdown_bracket_close(masked, offset, end)) >= 0:
                aside_close, aside_saved = close, passage.governing
            passage.governing = replace(governing, unit=number["unit"] or "")  # (its unit: what a sibling act shares)
            in_sentence_governing.append(passage.governing)
        named = _name_bases(governing.metric, text, bases,
                            previous_begin if _label_change(governing, kept, masked, clause_begin) else clause_begin,
                            offset)
        if found and member is None and (turned := turned_change(found[-1]["metric"], masked[previous_end:offset])):
            named = turned  # (round 28) 比上月末和上年同期高0.1个和低1.3个百分点: the first member's bases, its own way
        if member is not None and not governing.change:
            listed_subjects.append(governing.subject)
        elif member is None:
            named = _list_shared_change(listed_subjects, masked[previous_end:offset]) or named
            listed_subjects = []
        if found and not governing.change and _signed_bracket_change(masked, found[-1]["number_start"] - sentence.start,
                                                                     previous_end, end, found[-1]["metric"]):
            named = found[-1]["metric"] + rules.setting("bracket_change_word")  # 营收8.03亿元（+201.2%）: its change
        if basis_frame is not None:
            named = _framed_basis(named, governing, basis_frame["basis"])  # (round 34) 从环比看，CPI上涨0.3%
        if is_a_sanction(named, text[:clause_end]):  # a fine holds from its decision, not from the findings' period
            time = sanction_time(number, text, sentence.start, placed, (fallback, passage.opening))
        if found and _restates(masked, previous_end, offset, previous_kind, number):
            if (number["value"], number["unit"]) == (found[-1]["value"], found[-1]["unit"]):
                previous_end = end
                continue  # 罚款人民币壹佰贰拾万元整（¥1,200,000.00）: the same amount written again is no second claim
            named = found[-1]["metric"]  # 增加21.3万吨（4.3亿斤）: the same value in other units, with its base named
        if (way := _tally_way(masked, offset, end, tally_set is not None)) is not None:
            tally_set = tally_set or named  # 5个分类指数4升1降: the set the first count's metric names (round 39)
            named = _tally_metric(tally_set, way)
        else:
            tally_set = None
        if member is None and search_at_end(rules.pattern("pair_start_open"), masked, clause_begin, offset):
            # (read from the clause's tail: a comma-less list of n values read the clause n times)
            carry = (sibling is not None and sibling[0] != sibling[1]
                     and not any(sibling[2] < d[0] < clause_end for d in placed))
            time = sibling[0] if carry and sibling is not None else time  # (由2.90人…: the sibling's start time)
            pair_open = (end, time, carry)
            paired |= {number["start"]} if carry else set()
        elif (pair_open is not None and pair_open[0] == previous_end
              and rules.pattern("pair_end_between").fullmatch(masked, previous_end, offset)):
            time = sibling[1] if pair_open[2] and sibling is not None else time
            paired |= {number["start"]} if pair_open[2] else set()
            sibling, pair_open = (pair_open[1], time, offset), None
        else:
            pair_open = None
        previous_end, previous_kind = end, number["kind"]
        subjects.append((end, governing.subject, _own_head(kept)))
        found.append({
            "sent_id": sentence.sent_id, "metric": bounded(named),
            "value": number["value"], "unit": number["unit"], "time": time, "source": source,
            "number_start": number["start"], "number_end": number["end"],
        })
    if aside_close >= 0:
        passage.governing = aside_saved
    passage.subjects = subjects
    passage.pair = sibling[:2] if sibling is not None and sibling[2] >= 0 else None
    passage.paired = frozenset(paired)
    # (a sentence whose values a plan word dropped first sets targets for its horizon all the same, or goes on with the
    # one carried in: “十四五”期间，我市计划新增城镇就业35万人。新建改建农村公路5000公里。)
    passage.budget = horizon and passage.budget  # (a budget's lines go on with it; a new target sets a plan's)
    passage.horizon = not found and bool(in_sentence) and (
        targeted or horizon or is_a_target(None, text, len(text), placed, now))
    return found


def _measure_frame(masked: str, numbers: list[dict], start: int, passage: _Passage) -> str:
    """(round 40) A sentence opening with a frame that names a measure with 中 and no 其中 (2021年总诊疗量中，
    医院38.8亿人次，基层医疗卫生机构42.5亿人次): the measure is the whole its values break down, as a whole given
    before 其中 is, so the frame reads as 其中 (`measure_frame_reading`) after the measure handed on as the governing
    one (→ `医院总诊疗量`); ``masked`` unchanged for a setting (调查中, 会议中: `measure_frame_settings`), a frame
    whose last word names no measure (监测的湖泊中), or none."""
    rules = cues()
    found = rules.pattern("measure_frame").match(masked)
    if found is None or not numbers or numbers[0]["start"] - start < found.end():
        return masked
    whole = found["whole"]
    words = cut_words(whole)  # (its last word names the measure: not 监测的湖泊中，…, a set of things)
    if whole.endswith(tuple(rules.words("measure_frame_settings"))) or not words or not names_any_measure(words[-1]):
        return masked
    passage.governing = Governing(whole, whole, "", whole, unit=numbers[0]["unit"] or "")
    reading = rules.setting("measure_frame_reading")
    return (masked[:found.start("whole")] + reading.rjust(found.end() - found.start("whole"))
            + masked[found.end():])


def _framed_basis(named: str, governing: Governing, basis: str) -> str:
    """The metric with the basis a viewing frame opening its sentence names (从同比看，…; 环比来看，…) put back
    before its change (从环比看，CPI上涨0.3% → CPI环比上涨): the frame says which change every value of the
    sentence is, a year-on-year or a month-on-month one, and the metric's cleaning cut it with the frame
    (round 34). Unchanged where the metric names a basis of its own (CPI环比由…转为上涨 keeps its 环比) or no
    change word or rate noun follows its subject (a level; a base: 比上年同期上涨). A subject ending in a rate noun
    takes the basis before that noun (从同比看，CPI涨幅回落 → CPI同比涨幅回落, not CPI涨幅同比回落)."""
    rules = cues()
    subject = governing.subject
    if subject and named.startswith(subject):
        rate = rules.pattern("rate_noun_end").search(subject)
        at = rate.start() if rate else len(subject)
    else:
        at = named.rfind(governing.change) if governing.change else -1
    if at < 1 or rules.pattern("named_basis").search(named) or not rules.pattern("basis_slot").match(named, at):
        return named
    return named[:at] + basis + named[at:]


def _label_change(governing: Governing, kept: str, masked: str, clause_begin: int) -> bool:
    """The value's change is the field label before its colon (比上年同期增长：38.31%至48.07%, round 29), not a change
    of its own clause: the bases to put back into its metric stand in that label, the clause before the value's."""
    if not governing.change or clause_begin < 1 or masked[clause_begin - 1] not in "：:":
        return False
    label = re.sub(r"\s+", "", masked[clause_bounds(masked, clause_begin - 1)[0]:clause_begin - 1])
    return label.endswith(governing.change) and governing.change not in re.sub(r"\s+", "", kept)


def _governing_of_kind(passage: _Passage, number: dict, bare: str, context: Context) -> Governing | None:
    """(round 39) The figure before that a count of whole things (个, 家, 人次) in a breakdown after 其中 (``bare``: its
    clause's words before the value; ``context``: the sentence before them, read by ``_in_breakdown``) may share a
    measure with: the last one, unless that one is an amount of a stuff (平方米, 吨; not money, a currency code
    included: 其中，…5家超千亿元 keeps the group, round 37) and the count is none; then None
    (全国体育场地459.27万个，体育场地面积40.71亿平方米。其中，田径场地20.50万个 → 田径场地, not 田径场地面积; no figure
    of an earlier sentence in the count's unit either: …A级景区500个…。全省森林面积1.2亿亩。其中，国家森林公园30个 →
    国家森林公园, mend). A rate, a change or another count before, and a clause opened by no 其中
    (…起降航班5428架次，运送旅客…), keep it."""
    last = passage.governing
    rules = cues()
    unit = number["unit"] or ""
    if (last is None or number["kind"] != "count" or unit not in rules.words("counting_measures")
            or not last.unit or last.unit == unit or last.unit in rules.words("relative_units")
            or last.unit in rules.words("counting_measures") or last.unit in currency_codes()
            or not in_breakdown_clause(bare, context)):
        return last
    return None


def _earlier_of_unit(earlier: list[Governing], last: Governing, unit: str) -> Governing | None:
    """What an earlier value of the sentence passed on, when the value is a change whose unit cannot measure the last
    one's measure and fits the earlier one's: the last value is a rate or a ratio (%, pp, x), the change an amount, a
    count or a span in the earlier value's unit (优良天数为298天，优良率81.6%，比上年增加9天 → 优良天数; not a level the
    rate comes to: …2%的罚款，计860万元); or None (round 22)."""
    relative = cues().words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    return next((g for g in reversed(earlier) if g.unit == unit and g.subject != last.subject), None)


def _amount_owner(last: Governing, unit: str) -> Governing | None:
    """What an amount takes when the value before it is a change of a rate (…贷款余额增速比上年末低1.4个百分点；上半年
    增加1.81万亿元): a rate never grows by an amount, so the amount is of the measure the rate is of (…贷款余额,
    claim_metric's `rate_owner`); None when the value is relative too (增速…，比上月末低0.1个百分点), the last value is
    not, or its subject names no rate or a self-named one (自然增长率) (round 42)."""
    rules = cues()
    relative = rules.words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    if rules.pattern("self_named_rate_end").search(last.subject):
        return None
    owner = rate_owner(last.subject)
    return Governing(owner, owner, "", last.core) if owner and owner != last.subject else None


def _earlier_quantity(earlier: list[Governing], last: Governing, unit: str) -> Governing | None:
    """The quantity of the sentence a bare worth after a change or a share of it prices (进口原油5亿吨，增长5%，
    价值2000亿美元 → 进口原油's 5亿吨): the last value is in a relative unit (%, pp), the worth is not, and an earlier
    value of the same subject is in an absolute unit other than the worth's; or None (round 40 mend, as
    `_earlier_of_unit`)."""
    relative = cues().words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    return next((g for g in reversed(earlier) if g.unit and g.unit not in relative and g.unit != unit
                 and g.subject == last.subject), None)


def _ends_in_object(words: list[Word]) -> bool:
    """The words between two counts end, before the joint, in a noun (or a word the tagger calls no verb): the earlier
    count's object (农村危房改造、), not what the counted do (贫困村退出、, 人脱贫、), after which the later count has a
    clause of its own (round 22)."""
    rules = cues()
    kept = [w for w in words if w.text.strip()]
    return len(kept) >= 2 and (kept[-2].tag in rules.words("noun_tags") or kept[-2].tag not in rules.words("verb_tags"))


def _count_list_predicate(text: str, in_sentence: list[dict], position: int, start: int, clause_end: int,
                          clipped: Callable[[int, int], list[Word]]) -> tuple[int, list[Word]]:
    """The last count of the 、-list of counts the value at ``position`` opens or continues (each count with its own
    noun, only the last one followed by what they do: 已有128家医院、1560个村卫生室接入远程医疗平台), and the words
    after that count's noun (接入远程医疗平台), which every member shares (round 31); (``position``, []) for a value
    that opens no such list. Each list is walked once (the caller keeps the answer for the members after it)."""
    joint = cues().pattern("count_list_joint")
    last = position
    while (last + 1 < len(in_sentence) and in_sentence[last + 1]["kind"] == "count"
           and in_sentence[last + 1]["unit"] not in _QUANTITY_UNITS
           and in_sentence[last + 1]["start"] - start < clause_end
           and joint.match(text, in_sentence[last]["end"] - start, in_sentence[last + 1]["start"] - start)):
        last += 1
    if last == position or (last + 1 < len(in_sentence) and in_sentence[last + 1]["start"] - start < clause_end):
        return last, []  # (新建6所学校、4所医院和15个停车场: a value after the last count, no predicate shared)
    return last, count_predicate(clipped(in_sentence[last]["end"], start + clause_end))


def _amount_list_end(text: str, in_sentence: list[dict], position: int, start: int) -> int:
    """The position of the last amount of the list that the value at ``position`` opens or continues: amounts of one
    unit joined by 、/和 alone (1万亿元、1.3万亿元超长期特别国债), or ``position`` itself (round 22)."""
    joint = cues().pattern("amount_list_joint")
    last, unit = position, in_sentence[position]["unit"]
    while (last + 1 < len(in_sentence) and in_sentence[last + 1]["unit"] == unit
           and joint.match(text[in_sentence[last]["end"] - start:in_sentence[last + 1]["start"] - start])):
        last += 1
    return last


def _level_after_rate(masked: str, previous_end: int, offset: int, previous: dict, previous_kind: str, number: dict,
                      start: int) -> bool:
    """The value is the level its subject reached, right after that subject's percent change (地区生产总值增长5.2%、约
    4.4万亿元; 增长8.2%，突破6000亿元): only a joint, a hedge or a verb of reaching stands between them, and the level
    is an amount or a count (round 22), or a rate after a change in points with that verb (提高0.3个百分点，首次突破60%:
    round 24). A list of rates (分别增长5.2%、6.3%) keeps its members."""
    rules = cues()
    between = re.sub(r"\s+", "", masked[previous_end:offset])
    joined = rules.pattern("level_after_rate").fullmatch(between)
    if joined is None:
        return False
    if previous_kind == "pp" and number["kind"] in rules.words("level_after_pp_kinds"):
        if len(between) < 2:  # (提高0.3个百分点，首次突破60%: a rate's level only with a verb of reaching)
            return False
    elif previous_kind != "percent" or number["kind"] not in rules.words("level_after_rate_kinds"):
        return False
    lead = re.sub(r"\s+", "", masked[max(0, previous["number_start"] - start - 6):previous["number_start"] - start])
    return any(m.end() == len(lead) for m in rules.pattern("change_words").finditer(lead))


def _range_upper(masked: str, previous_end: int, offset: int, previous: dict, number: dict, start: int) -> bool:
    """The value is the upper end of a range whose lower end was claimed right before it (维持在2.5%至3.5%,
    介於426億至441億美元, 增长5%至6%): only the joint stands between them and they share a unit, so it is no level a
    change reached (下调0.25个百分点至3.45%: other units; 下跌3.4%，至13.5万元/吨: a clause of its own; 上涨88.56点至
    3379.66点: a change of points, not of a rate, right before the lower value)."""
    rules = cues()
    between = re.sub(r"\s+", "", masked[previous_end:offset])
    if (rules.pattern("range_joint").fullmatch(between) is None or previous["unit"] != number["unit"]
            or previous["value"] == number["value"]):
        return False
    lead = re.sub(r"\s+", "", masked[max(0, previous["number_start"] - start - 6):previous["number_start"] - start])
    changed = any(m.end() == len(lead) for m in rules.pattern("change_words").finditer(lead))
    return not changed or number["unit"] == "%"


def _past_alternative(text: str, end: int, clause_end: int) -> str:
    """The words after a value up to its clause's end, past a bracketed alternative of the counted noun's last word
    (201个重点湖（库）中，…: a lake or reservoir) that the clause's bounds cut at: the frame a count names reads on
    to its 中 (round 37), as it does with no bracket (210个重点湖泊中，…)."""
    return text[end:clause_end_past(text, clause_end, cues().pattern("noun_alternative"))]


def _held_list_member(text: str, found: list[dict], number: dict, start: int) -> bool:
    """The value is the next member of a list of shares one verb holds (贡献了50%以上的税收，60%以上的国内生产总值，…):
    only its bound, 的 and a noun stand between it and the value claimed before it, in its unit; it is held as that
    one is, no bound of a group."""
    if not found or found[-1]["unit"] != number["unit"]:
        return False
    gap = text[found[-1]["number_end"] - start:number["start"] - start]
    return cues().pattern("held_list_gap").fullmatch(gap) is not None


def _in_breakdown(text: str, found: list[dict], number: dict, passage: _Passage) -> bool:
    """A value may be a member of a breakdown: the previous claim of its sentence, or of the sentence it runs on
    from (after ；, or before its opening 其中), has its unit (可用天数超过26天，其中，华东地区28天; …平均利用2996小时。
    其中，水电2880小时; …比上年同期增加69小时；核电6262小时)."""
    runs_on = passage.chained or bool(cues().pattern("subset_open").match(text))
    previous = found[-1]["unit"] if found else (passage.unit if runs_on else None)
    return previous == number["unit"]


def _restates(masked: str, previous_end: int, offset: int, previous_kind: str, number: dict) -> bool:
    """A value alone in brackets right after the value claimed before it, of its kind (增加21.3万吨（4.3亿斤）)
    restates that value in other units: it has the same metric, base included. A share after a count (男性120人
    （45.2%）) is a measure of its own."""
    return (number["kind"] == previous_kind and number["kind"] != "percent"
            and masked[previous_end:offset].strip() in tuple(BRACKET_OPENERS))


def _signed_bracket_change(masked: str, previous_start: int, previous_end: int, end: int, previous_metric: str) -> bool:
    """The value is a signed change alone in brackets right after the value claimed before it (营收8.03亿元（+201.2%）,
    毛利率38.65%(+2.1pct)), or closing the bracket that value opens (毛利率(24.84%，+11.99pcts)): results shorthand for
    that value's year-on-year change (round 24). Not after a change (增长12%（+3pct）): its metric names the change;
    nor after a quoted market level (收报17500点（-1.2%）): the session's move."""
    rules = cues()
    signed = rules.pattern("bracket_signed_change").fullmatch(masked, previous_end, end + 1)
    if (signed is None or rules.pattern("change_words").search(previous_metric) is not None
            or rules.pattern("market_quote_before").search(masked, max(0, previous_start - 8), previous_start)):
        return False  # (恒生指数收报17500点（-1.2%）: a market's move, read as before)
    return signed["open"] is not None or rules.pattern("bracket_opened").search(masked, 0, previous_start) is not None


def word_after_bound(index: WordIndex, number: dict, bound: re.Match | None) -> Word | None:
    """The word right after the bound word that follows a value (100张以下|床位), if one does (``bound``: the
    `threshold_bound` match on the text after the value); past an adjective that qualifies a noun right after it
    (5000万美元以上|大|项目, 1亿元以上|大|客户: the adjective is part of the class named, round 34)."""
    if not bound:
        return None
    at = number["end"] + bound.end()
    words = index.clipped(at, at + 6)
    if not words:
        return None
    rules = cues()
    if (len(words) > 1 and words[0].tag in rules.words("adjective_tags") and words[0].end == words[1].start
            and words[1].tag in rules.words("noun_tags")):
        return words[1]
    return words[0]


def _quotation_unit(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """The value is the unit of a quotation, not its rate: the first of two money values joined by 兑/对
    (1美元对人民币7.1254元, 100日元兑4.8015元人民币), unless only the second is one (100卢布兑1美元: the rate is the
    100 RUB, the 1 USD its unit)."""
    number = numbers[position]
    if _quoted(text, numbers, position, start):
        return not (_is_one(numbers[position + 1]) and not _is_one(number))
    return position > 0 and _quoted(text, numbers, position - 1, start) and _is_one(number) and not _is_one(
        numbers[position - 1])


def _quoted(text: str, numbers: list[dict], first: int, start: int) -> bool:
    """The value at ``first`` and the next one of its sentence are money joined as a quotation (兑, 对, 兑换)."""
    if first + 1 >= len(numbers) or not all(n["kind"] == "money" for n in numbers[first:first + 2]):
        return False
    between = text[numbers[first]["end"] - start:numbers[first + 1]["start"] - start]
    return cues().pattern("quotation_between").match(between) is not None


def _is_one(number: dict) -> bool:
    return Decimal(str(number["value"])) == 1


def _name_bases(phrase: str, text: str, bases: list[tuple[int, int]], begin: int, offset: int) -> str:
    """The metric with the base dates of its clause put back where the phrase compares with them
    (规模以上工业增加值比加快 → …比9月份加快): the phrase is built with the dates cut out."""
    rules = cues()
    blank = ""  # the text with its bases blanked, made when a base of the clause first needs it (round 34: not per
    # value of a one-line list with no base in its clause)
    previous: tuple[int, int] | None = None  # (end in the text, end in the phrase) of the base put back last
    for start, end in bases:
        if not begin <= start < offset:
            continue
        written = re.sub(r"\s+", "", text[start:end])
        if previous is not None and rules.pattern("list_glue").match(text[previous[0]:start]):
            joiner = re.sub(r"\s+", "", text[previous[0]:start])  # 比10月末和上年同期高: the next of the list
            if phrase.startswith(joiner, previous[1]):
                cut = previous[1] + len(joiner)
                phrase = phrase[:cut] + written + phrase[cut:]
                previous = (end, cut + len(written))
            continue
        paired = rules.pattern("paired_base_open").search(text, max(begin, start - 2), start)
        close = rules.pattern("paired_base_close").match(text, end)
        if paired and close and (joint := phrase.rfind(paired["open"] + close["close"])) >= 0:
            cut = joint + len(paired["open"])  # (round 29) 与上年同期相比变动幅度: the base between 与 and 相比
            phrase = phrase[:cut] + written + phrase[cut:]
            previous = (end, cut + len(written))
            continue
        gap = rules.pattern("level_comparison").search(text, max(begin, start - 3), start)
        if gap and rules.pattern("gap_base_after").match(text, end) and not text[end:offset].strip(" 约約近逾"):
            # 失业率为5.1%，低于上月0.3个百分点: the gap to the base, named after what is compared (round 26); the
            # comparison word the phrase's cleaning cut (低于, 快于 → 快) goes back with its base
            opener = re.sub(r"\s+", "", gap.group())
            kept = next((k for k in range(len(opener), 0, -1) if phrase.endswith(opener[:k])), 0)
            phrase = phrase[:len(phrase) - kept] + opener + written
            previous = (end, len(phrase))
            continue
        marker = (rules.pattern("level_base").search(text, max(begin, start - 2), start)
                  or rules.pattern("modified_base").search(text, max(begin, start - 14), start))  # 比疫情前的2019年
        # (round 32) the words from the base to the value, without the value's own bound (比上年同期低约35个基点: the
        # phrase keeps 低, never 约, so the base goes back before 低)
        blank = blank or blank_out(text, bases, " ")
        between = re.sub(r"\s+", "", blank[end:offset]).rstrip("约約近逾")
        follows = rules.pattern("metric_filler").sub("", between)[:2]
        if marker is None or not follows:
            continue
        opener = re.sub(r"\s+", "", marker.group())
        joint = phrase.rfind(opener + follows)
        if joint >= 0:
            cut = joint + len(opener)
            phrase = phrase[:cut] + written + phrase[cut:]
            previous = (end, cut + len(written))
    phrase = rules.pattern("metric_holiday_span").sub("", phrase)  # a base holiday's length (round 26, round 36)
    return rules.pattern("dangling_comparison").sub("", phrase)  # 降幅比收窄: a base cut out takes its 比 with it


def _bracket_subject(masked: str, offset: int, begin: int, clause_begin: int, previous_end: int) -> int:
    """Where a value's metric phrase starts. A value alone in brackets (知晓率（87.1%）, 资产周转次数
    （由2007年的0.62次…）) measures the phrase right before the bracket, back to the clause break,
    closing bracket or earlier value before it."""
    opener = clause_begin - 1
    if opener < 0 or masked[opener] not in BRACKET_OPENERS or begin != clause_begin or clean(masked[begin:offset]):
        return begin
    outer, _ = clause_bounds(masked, opener)
    closer = max(masked.rfind(c, 0, opener) for c in BRACKET_CLOSERS) + 1
    start = max(outer, closer, previous_end)
    return start if start < opener else begin


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
    series = _series(text, clause_begin, own, start)
    lead = clean(text[clause_begin:series[0]["start"] - start]) if series else ""
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


def _gap_member(member: str, text: str, after: list[dict], gap: str, start: int) -> str:
    """A 分别 list member's gap (…分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点 → 装备制造业增加值增速
    快于规模以上工业): the member without its list base (同比), its growth rate when the list's values were changes, and
    the gap, as a single subject's gap reads (round 17, round 23)."""
    rules = cues()
    first = after[0]["start"] - start
    mark = _last_mark(text, first)
    changed = mark is not None and rules.pattern("change_words").search(text, mark.end(), first) is not None
    owner = _without_list_base(member)
    if changed and not any(owner.endswith(d) for d in rules.words("derived_heads")):
        owner += rules.setting("growth_rate_head")
    return owner + gap


_LATIN_RUN = re.compile(r"[A-Za-z0-9.]")


def _list_shared_change(subjects: list[str], between: str) -> str:
    """(round 43) The metric of a change that every member of the 分别 list right before shares (新能源汽车产销分别完成
    x和y，同比均增长z → 新能源汽车产量和销量同比增长): the members' subjects together, their common opening and ending
    said once,
    then the basis and direction of the clause ``between``; "" when fewer than two members came right before, their
    subjects repeat, or the clause is more than a distributive 均 and its direction (`list_shared_change`)."""
    shared = cues().pattern("list_shared_change").fullmatch(between) if len(subjects) >= 2 else None
    if shared is None or len(set(subjects)) != len(subjects):
        return ""
    size = _shared_run(subjects)
    rest = [subject[size:] for subject in subjects]
    tail = _shared_run([r[::-1] for r in rest])  # (北京完成投资、上海完成投资: the measure said once)
    own = [r[:len(r) - tail] for r in rest]
    if not all(own):
        return ""
    joined = "、".join(own[:-1]) + "和" + own[-1]
    change = shared["pre"] + shared["post"] + shared["change"]
    return subjects[0][:size] + joined + rest[0][len(rest[0]) - tail:] + change


def _shared_run(texts: list[str]) -> int:
    """How many opening characters all ``texts`` share, when at least two (a word's worth: 产量/销量 share 量 only,
    which is no part said once), else 0; never ending inside a run of Latin letters and digits (PM2.5/PM10 share no
    PM: the names are whole)."""
    size = 0
    while all(len(t) > size for t in texts) and len({t[size] for t in texts}) == 1:
        size += 1
    while size and _LATIN_RUN.match(texts[0][size - 1]) and any(_LATIN_RUN.match(t[size:size + 1]) for t in texts):
        size -= 1
    return size if size >= 2 else 0


def _member(text: str, offset: int, number: dict, in_sentence: list[dict], start: int,
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
    found = _respectively_members(text, offset, in_sentence, start)
    if found is None:
        return None, number["end"], ()
    chunk, after, earlier, named, earlier_named, earlier_at = found
    if carried and after and (mark := _last_mark(text, after[0]["start"] - start)) is not None and _own_list_between(
            text, in_sentence, 0, mark.start(), len(after), start):
        carried = None  # (round 42: …；发生较大事故277起、死亡1030人，同比分别下降…: its own values, no list carried)
    changes = cues().words("respectively_change_units")
    series = [n for n in after if n["unit"] == number["unit"] or (
        number["unit"] in changes and n["unit"] in changes)]  # 分别上升1.5倍和72.6%: one series (round 23)
    if len(series) < 2 and _levels_of_measures(after, text, start):
        series = after  # 业务量和业务收入分别完成830亿件和8750亿元: one level each, in its own unit (round 26)
    elif len(series) < len(after) and _levels_of_measures(after, text, start) and list_members(chunk, len(after)):
        series = after  # 猪、牛、羊、家禽出栏分别为x万头…w万只: a level per member, counters mixed (r40)
    if number not in series and (continued := _continued_pair(text, number, in_sentence, after, start)):
        series, lead = continued  # 分别为49.8%和47.4%，比上月上升0.4和0.7个百分点: the same members, in order
        # (round 24: 分别进口x、y，增长u、v: 进口增长; round 26: 分别应上调x、y，实际上调u、v: what was due is no part)
        gap_or_actual = is_gap_lead(lead, number["unit"]) or cues().pattern("actual_change_lead").match(lead)
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
        if members and series is not after and is_gap_lead(named, number["unit"]):
            return (_gap_member(members[index % len(members)], text, after, named, start), series[-1]["end"],
                    tuple(members))
        if members:
            member = framed_member(members[index % len(members)], text, text.rfind(chunk.strip(), 0, offset), named)
            return member + named, series[-1]["end"], tuple(members)
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
            if heads and _own_measure(shared[0]) and not any(find_dates(h) for h in heads):
                # (round 29) …；核心充足率分别为…
                return heads[index] + shared[0] + named, series[-1]["end"], tuple(heads)
            if earlier is None and not _own_measure(shared[0]):  # …；同比分别提高…, …；占比分别为…: the list's measure
                return listed[index] + shared[0] + named, series[-1]["end"], tuple(listed)
        if earlier is not None and listed and shared:
            # (round 24: …分别进出口x、y，分别增长u、v: what the members did before, with no words of
            own = named or ("" if shared[0] else earlier_named)  # its own between, is what changed: 欧盟进出口增长)
            return listed[index] + shared[0] + own, series[-1]["end"], tuple(listed)
    # (the clause before the governing 分别, found once for both lists: round 36 mend)
    bounds = _chunk_bounds(text, mark.start()) if (mark := _last_mark(text, offset)) is not None else None
    if named and bounds and (listed := _copula_list(text, bounds, len(series))):
        # A、B和C是…前三大贸易伙伴，分别进出口x、y、z
        return listed[index] + named, series[-1]["end"], tuple(listed)
    if bounds and (ranked := _ranked_list(text, bounds, len(series))):
        # A、B、C软件业务收入居全国前三，同比分别增长x、y、z
        return ranked[index] + named, series[-1]["end"], tuple(ranked)
    first = series[0]["start"] - start  # (the subjects before ； end at -1: only a 分别 listing no members takes them)
    own_list = cues().pattern("own_member_list").search(text, clause_bounds(text, first)[0], first) is not None
    before = [(subject, own) for end, subject, own in _own_values(subjects)
              if end <= first and (end >= 0 or not own_list)][-len(series):]
    if cues().pattern("list_change_base").search(chunk):  # 环比分别下降x和y，同比分别增长u和v: each value's own base
        before = [(_without_list_base(subject), _without_list_base(own)) for subject, own in before]
    for claimed in ([subject for subject, _ in before], [own for _, own in before]):
        # each value's subject; when a clause carried the one before it on (受理案件…，审结…), its own head
        if len(claimed) == len(series) and len(set(claimed)) == len(claimed) and all(claimed):
            return (claimed[index] + _mixed_base(text, chunk, series, index, start) + named, series[-1]["end"],
                    tuple(claimed))
    return None, number["end"], ()


def _levels_of_measures(values: list[dict], text: str, start: int) -> bool:
    """(round 26) The values a 分别 spreads over are two or more levels, each in a measure unit of its own (830亿件和
    8750亿元: a volume and an income): every value has a unit, none is relative (%, 个百分点, 倍), and nothing but a
    list's joint stands between them, so each is one member's level, not a change of the same one nor a qualifier of
    the measure (分别选择出现频率5次以上的个股各26只)."""
    relative, joint = cues().words("relative_units"), cues().pattern("amount_list_joint")
    return (len(values) >= 2 and all(n["unit"] and n["unit"] not in relative for n in values)
            and all(joint.match(text[a["end"] - start:b["start"] - start]) for a, b in pairwise(values)))


def _members_said_before(text: str, offset: int, count: int, numbers: list[dict], start: int) -> list[str] | None:
    """(round 25) The ``count`` members named in the clause before a 分别 whose own clause names only a measure
    (其中A、B和C的同比跌幅较大，跌幅分别为x、y、z): the members before that clause's 的, each with the measure, read
    with what the words after 的 put before it (A同比跌幅); None when the 分别's clause holds a list itself or none
    stands before."""
    rules = cues()
    if (mark := _last_mark(text, offset)) is None:
        return None
    begin, end = _chunk_bounds(text, mark.start())
    measure = clean(text[begin:end])
    if not measure or rules.pattern("list_separators").search(text[begin:end]) or begin <= 0:
        return None
    earlier = _list_chunk(text, begin, numbers, start)
    marker = rules.setting("relative_marker")
    separators = list(rules.pattern("list_separators").finditer(earlier))
    at = earlier.find(marker, separators[-1].end() if separators else 0)
    if at < 0:
        return None
    said = earlier[at + len(marker):]
    within = said.find(measure)
    own = clean(said[:within + len(measure)]) if within >= 0 else measure
    members = list_members(earlier[:at], count)
    return [member + own for member in members] if members else None


def _extreme_pair(text: str, offset: int, chunk: str) -> list[str] | None:
    """The members of a pair of extremes the 分别 governing the value at ``offset`` spreads over (东部地区…的比例最高，
    东北地区最低，分别为x和y → 东部地区…的比例, 东北地区…的比例): ``chunk``, the clause right before 分别, names the
    second member and the clause before it the first with the measure (`superlative_pair_members`); or None."""
    if (mark := _last_mark(text, offset)) is None:
        return None
    _, end = _chunk_bounds(text, mark.start())
    if not chunk.strip() or not text[:end].endswith(chunk.rstrip("，,：: ")):
        return None
    begin, first_end = _chunk_bounds(text, end - len(chunk.rstrip("，,：: ")))
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
    clause's (`_chunk_bounds` of the 分别)."""
    begin, end = bounds
    listed = _copula_subject(text[begin:end].strip(), cues().pattern("copula_list_subject"))
    return list_members(listed, count) if listed is not None else None


def _ranked_list(text: str, bounds: tuple[int, int], count: int) -> list[str] | None:
    """(round 36) The ``count`` members of a list that is the subject of a rank clause (`rank_list_subject`) right
    before the 分别 governing the value (北京、广东、江苏软件业务收入居全国前3，同比分别增长x、y、z), each
    with the measure they share and the words before 分别 in its own clause (北京软件业务收入同比), or None. The words
    before 分别 hold no list of their own (a list there is the one 分别 spreads over). ``bounds``: the clause before
    the 分别 (`_chunk_bounds`)."""
    rules = cues()
    begin, end = bounds
    lead = ""
    ranked = (rules.pattern("rank_top_predicate"), rules.pattern("rank_list_subject"))
    if _ranked_subject(text[begin:end].strip(), *ranked) is None:
        if begin <= 0 or rules.pattern("list_separators").search(text, begin, end):
            return None
        lead = clean(text[begin:end])
        begin, end = _chunk_bounds(text, begin)
    listed = _ranked_subject(text[begin:end].strip(), *ranked)
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


def _tally_way(masked: str, offset: int, end: int, going_on: bool) -> str | None:
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


def _tally_metric(counted: str, way: str) -> str:
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


def _bracketed_aside(masked: str, clause_begin: int, offset: int, end: int) -> bool:
    """The value is the level of another subject, given aside in brackets with its own words (…比全市低2568元（全市为
    21585元），比全省低5121元): the clause after the bracket goes on with the sentence's subject, not the aside's (round
    23). A value alone in its brackets (知晓率（87.1%）) is none, nor is one after a bare verb (深圳（达26.1）)."""
    opener, closer = masked[clause_begin - 1:clause_begin] if clause_begin else "", masked[end:end + 16].lstrip()[:1]
    return (opener in BRACKET_OPENERS and closer in BRACKET_CLOSERS and bool(opener)
            and cues().pattern("aside_subject").match(masked[clause_begin:offset]) is not None)


def _conversion_aside(masked: str, clause_begin: int, offset: int, governing: Governing | None) -> bool:
    """(Round 41) The value restates the level before in another measure, its clause opening with a conversion word
    (全国地表水资源量31273.9亿立方米，折合年径流深330.3毫米，比多年平均偏多17.1%; …，折合人民币…): the clauses after
    it go on with the subject before (its departure is the resource's, not the depth's), as after a bracketed aside."""
    return (governing is not None and bool(governing.subject)
            and cues().pattern("conversion_open").match(masked[clause_begin:offset]) is not None)


def _breakdown_bracket_close(masked: str, offset: int, end: int) -> int:
    """Where the bracket the value stands in closes, when that bracket breaks down the value before it (…2358所（含独立
    学院323所）, …38.5万班（其中货运航班4980班，…）: breakdown_bracket_open), else -1 (round 24)."""
    depth, opener = 0, -1
    for at in range(offset - 1, max(-1, offset - _ASIDE_REACH), -1):
        if masked[at] in BRACKET_CLOSERS:
            depth += 1
        elif masked[at] in BRACKET_OPENERS:
            if not depth:
                opener = at
                break
            depth -= 1
    if opener < 0 or cues().pattern("breakdown_bracket_open").match(masked, opener + 1) is None:
        return -1
    depth = 0
    for at in range(end, min(len(masked), end + _ASIDE_REACH)):
        if masked[at] in BRACKET_OPENERS:
            depth += 1
        elif masked[at] in BRACKET_CLOSERS:
            if not depth:
                return at
            depth -= 1
    return -1


def _alone_in_brackets(masked: str, begin: int, end: int) -> bool:
    """The value (from ``begin`` to ``end`` in the sentence) is all its brackets hold (北京（6.73%）)."""
    opener, closer = masked[max(0, begin - 16):begin].rstrip()[-1:], masked[end:end + 16].lstrip()[:1]
    return bool(opener and closer) and opener in BRACKET_OPENERS and closer in BRACKET_CLOSERS


def _glued_to_member(masked: str, begin: int, end: int) -> bool:
    """(round 39) The value follows its member's last character with nothing between and closes its list item
    (…最高的三个行业分别是信息传输、软件和信息技术服务业231810元，金融业197663元): a bracketless member's value."""
    rules = cues()
    before = masked[begin - 1:begin] if begin else ""
    return (is_han(before) and before not in rules.words("glued_member_refusers")
            and rules.pattern("glued_member_close").match(masked, end) is not None)


@cleared_with_resources
@lru_cache(maxsize=64)
def _list_opener_starts(masked: str) -> tuple[int, ...]:
    """(round 39 mend) Where each 分别为/依次为 opener of the sentence starts, read once per sentence: the last one
    before a value is then found by bisection, not by a scan of the whole text before it for every value."""
    return tuple(m.start() for m in cues().pattern("bracket_list_open").finditer(masked))


def _listed_items_ok(masked: str, in_sentence: list[dict], start: int, first: int, last: int, bracketed: bool,
                     memo: dict) -> bool:
    """(round 39 mend) Every value ``in_sentence[first:last]`` (those listed before a value, after the opener) sits in
    brackets alone (or glued) after its own member. With ``memo`` (one per sentence) each value is checked once: the
    answer for ``last`` is the answer for ``last - 1`` and the value at ``last - 1``."""
    own = _alone_in_brackets if bracketed else _glued_to_member
    at, ok = memo.get((first, bracketed), (first, True))  # (the furthest index checked from ``first``, and whether
    # every value up to it passed)
    if at > last:  # (an earlier value asks after a later one: values come in order, so this is not met in a run)
        return all(own(masked, o["start"] - start, o["end"] - start) for o in in_sentence[first:last])
    while ok and at < last:
        other = in_sentence[at]
        ok = own(masked, other["start"] - start, other["end"] - start)
        at += 1
    memo[(first, bracketed)] = (at, ok)
    return ok


def _bracketed_member(masked: str, number: dict, in_sentence: list[dict], start: int,
                      memo: dict | None = None) -> tuple[str, str] | None:
    """The metric of a value in brackets after a list member (…排名前五的省份依次为北京（6.73%）、上海（4.34%）): the
    member, whatever brackets of its own its name holds (腾讯科技（深圳）有限公司), and the measure before the list's
    opener without its ranking frame (研发经费投入强度). None for a value that is not such a member's.
    Round 39: so is a value glued to its member with no brackets, each item closed by a separator
    (分别是金融业197663元，科学研究和技术服务业171447元: `_glued_to_member`); such a member names no date, number or
    change of its own.
    Round 39 mend: with the metric, the words that stand before the value for the metric's reading (the opener and
    the member: 分别是电子设备制造业), so a change word in the list's measure (利润增速最高的…) is read once, in the
    measure, not again as the member's change; a currency written before the value (分别为人民币5亿元，人民币3亿元) is
    no part of the member, and no member when it is all there is. ``memo`` (one per sentence) keeps the work linear
    in the values of a long list."""
    rules = cues()
    offset, end = number["start"] - start, number["end"] - start
    bracketed = _alone_in_brackets(masked, offset, end)
    if not bracketed and not _glued_to_member(masked, offset, end):
        return None
    opener = masked.rfind(masked[:offset].rstrip()[-1], 0, offset) if bracketed else offset
    starts = _list_opener_starts(masked)
    at = bisect.bisect_left(starts, opener) - 1
    listed = rules.pattern("bracket_list_open").match(masked, starts[at], opener) if at >= 0 else None
    if listed is None:
        return None
    memo = {} if memo is None else memo
    first = _first_at_or_after(in_sentence, start, listed.end(), memo)
    last = _last_before(in_sentence, start, opener, first, memo)  # (the values listed before it, each in brackets,
    # or glued, after its own member)
    if not _listed_items_ok(masked, in_sentence, start, first, last, bracketed, memo):
        return None
    member_begin = listed.end()
    if last > first:  # the member starts after the previous value and its closing separator or bracket
        member_begin = in_sentence[last - 1]["end"] - start
        member_begin = _SPACES.match(masked, member_begin).end() + 1
    glue = f"^(?:{rules.pattern('list_separators').pattern}|{rules.pattern('list_last_joiners').pattern}|\\s)+"
    member = clean(re.sub(glue, "", masked[member_begin:opener]), country=False)
    named_member = _without_currency_tail(member)
    currency_only = bool(member) and not named_member  # (分别为人民币5亿元，人民币3亿元: no member, the list's measure)
    member = named_member
    if not currency_only and not bracketed and (rules.pattern("bracketed_member_digit").search(member)
                          or rules.pattern("change_words").search(member) or len(member) < 2):
        return None  # (分别为一季度5%、…; 分别为东部增长5%: no bare member)
    if (not member and not currency_only) or clause_bounds(masked[member_begin:opener], opener - member_begin)[0]:
        return None  # (a clause of its own between: no list member)
    measure_begin = clause_bounds(masked, listed.start())[0]
    named = masked[measure_begin:listed.start()]
    if not named.strip() and measure_begin:  # …超过千亿元的省份有12个，分别为广东（…）: the clause before names the
        # members' measure, and how many they are is no part of it
        named = rules.pattern("bracket_list_count").sub("", masked[clause_bounds(masked, measure_begin - 1)[0]:
                                                                   measure_begin - 1])
    measure = re.sub(r"（[^（）]*）|\([^()]*\)", "", named).strip()
    frame = rules.pattern("bracket_list_frame").search(measure)
    measure = clean(measure[:frame.start()] if frame else measure)
    whole = next((w for w in rules.words("share_wholes") if measure.startswith(w) and len(measure) > len(w)), "")
    measure = measure[len(whole):]  # 全国研发经费投入强度: the members are parts of that whole, each its own measure
    return (member + measure, masked[listed.start():listed.end()] + member) if measure else None


def _first_at_or_after(in_sentence: list[dict], start: int, position: int, memo: dict) -> int:
    """The index of the first value of the sentence starting at or after ``position`` (its starts kept in ``memo``)."""
    starts = memo.get("starts")
    if starts is None:
        starts = memo["starts"] = [o["start"] - start for o in in_sentence]
    return bisect.bisect_left(starts, position)


def _last_before(in_sentence: list[dict], start: int, position: int, first: int, memo: dict) -> int:
    """One past the index of the last value from ``first`` on that ends at or before ``position``."""
    ends = memo.get("ends")
    if ends is None:
        ends = memo["ends"] = [o["end"] - start for o in in_sentence]
    return max(first, bisect.bisect_right(ends, position, first))


def _without_currency_tail(member: str) -> str:
    """(round 39 mend) The member without a currency name the value writes before it (分别为A公司人民币5亿元 → A公司;
    人民币 alone → nothing: a currency is no member)."""
    found = _member_currency_re().search(simplified(member))
    return member[:found.start()].rstrip() if found else member


@cleared_with_resources
@lru_cache(maxsize=1)
def _member_currency_re() -> re.Pattern[str]:
    names = sorted((n for n in prefix_currencies() if not n.isascii() and len(n) >= 2), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")\s*$")


def _own_values(subjects: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """(round 30) The claimed subjects a bare 分别 may spread over: a change with no words of its own after a value of
    the same subject (出口2.42万亿元，增长10.9%，进口1.57万亿元，增长1%，分别占…) is that value's change, no member of
    its own (nor one with only its base, 同比增长6.1%), so the 分别 spreads over 出口 and 进口, not over 进口 and its
    growth."""
    kept: list[tuple[int, str, str]] = []
    for entry in subjects:
        if kept and not _without_list_base(entry[2]) and entry[1] == kept[-1][1]:  # (同比增长6.1%: its base only)
            continue
        kept.append(entry)
    return kept


@cleared_with_resources
@lru_cache(maxsize=1024)
def _without_list_base(subject: str) -> str:
    """A claimed subject without the comparison base it ends in (新能源汽车产量环比 → 新能源汽车产量): a later 分别 list
    that names a base of its own (…，同比分别增长u和v) measures the subjects, not their change from the other base.
    (Not claim_metric's ``without_base``: that one cuts at any comparison marker, this one at a list's base.)
    Kept per subject: ``_own_values`` reads every subject claimed before a value, once per value (round 33: a
    one-line list of n values searched n²/2 subjects)."""
    owner = cues().before("list_change_base", subject)
    return owner.rstrip() if owner != subject else subject


def _mixed_base(text: str, chunk: str, series: list[dict], index: int, start: int) -> str:
    """The base before a 分别 (同比分别下降4.5%和上升2.1%) for a later value of its list that names its own change: the
    value's change replaces the first one's, not the base every value shares; else nothing."""
    rules = cues()
    if not index:
        return ""
    gap = text[series[index - 1]["end"] - start:series[index]["start"] - start]
    base = rules.pattern("list_change_base").search(chunk)
    return base.group().strip() if base and rules.pattern("change_words").search(gap) else ""


def _own_head(kept: str) -> str:
    """The subject a value's own words name (审结 in 受理案件…，审结175万件), without its change: what a later 分别
    gives its share of the list to when the claimed subjects repeat one carried over."""
    head = clean(kept)
    change = cues().pattern("change_words").search(head)
    return head[:change.start()] if change else head


def _citation_commas_blank(cue_text: str, cited: list[re.Match[str]]) -> str:
    """The cue text with the comma of a bracketed author-year citation blanked (（ILO，2020） → （ILO 2020）): a clause
    mark inside a citation ends no attribution phrase, so the organisation cited as author before it is the source of
    its 测算表明 (round 18). ``cited``: the `citation_year` matches of the cue text."""
    chars = list(cue_text)
    for match in cited:
        if match.group("author") is None:
            for i in range(match.start(), match.start("year")):
                if chars[i] in CITATION_COMMAS:
                    chars[i] = " "
    return "".join(chars)
