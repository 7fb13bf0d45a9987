"""The stages that read a sentence's passage and place, in the order `extract_claims` runs them: the dates that
date its data, how it stands in its paragraph, the new passage a paragraph opens and what it inherits, the time it
opens with, the headings over it, the passage's frame, and what the passage lends its claims."""

from __future__ import annotations

import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import is_structural_count
from pipeline.extract.claim_source import dateline, named_forecaster, publication
from pipeline.extract.claim_time import (
    Placed,
    dateline_opening,
    effective_from,
    in_aside,
    is_day,
    lede_time,
    looks_back,
    named_base_dates,
    opening_time,
    passage_span,
)
from pipeline.extract.claims.brackets import glossed_dates, holiday_glosses
from pipeline.extract.claims.passage import (
    PLAIN_HEADING_LEVEL,
    Passage,
    block_end,
    continues_shared_measure,
    date_line,
    dated_heading_line,
    numbered_depth,
    parts_of,
    sentence_dates,
    states_no_value,
)
from pipeline.extract.claims.reading import Carry, DocumentView, SentenceReading
from pipeline.extract.claims.reporting import (
    after_item,
    drop_release_days,
    goes_on_release,
    headline_report_time,
    is_item,
    one_report_time,
    place_lead,
    published_on,
    release_title_period,
    restates_release,
    undated_report_period,
)
from pipeline.extract.dates import open_heading


def _title_line(view: DocumentView, r: SentenceReading) -> bool:
    """(Round 48) The paragraph is one short line with no clause or closing mark (“五一”假期重点零售和餐饮企业销售额
    同比增长6.8% between two bodies' paragraphs): a subheading of the section below, whose data the running release
    above does not give, as a heading takes no source (round 30). Not a list's item, a numbered section's
    headline (一、广义货币增长11.8%，…) or a line under a lead-in (其中：⏎城镇…), which go on."""
    rules = cues()
    return (r.first_of_block and r.sentence.end >= block_end(view.doc, r.block) and not r.under_lead_in
            and not r.item and not rules.pattern("section_heading").match(r.text)
            and not is_item(view.doc._.blocks or [], r.block)
            and bool(rules.pattern("title_line").fullmatch(r.text.strip())))


def place_dates(r: SentenceReading) -> None:
    """The dates that date the sentence's data, placed in it: not when a titled report was published (2024年6月，
    中国信通院发布《…》), a story filed (中新网1月29日电, round 31) or a briefing announced (18日举行新闻发布会, round
    30), nor a plan's, a citation's, an index base's or a titled report's date (低于年初预期目标, Chen等（2018）,
    以2020年为基期, “十四五”规划确定的, 《…》（2019-9-27）), nor when an earlier forecast was made
    (从4月份预测的1.7%)."""
    rules = cues()
    text, cue_text, start = r.text, r.cue_text, r.sentence.start
    its_dates = r.its_dates
    r.published = publication(start, cue_text, r.its_orgs)
    published = r.published
    if published:
        its_dates = [d for d in its_dates if d.get("report_released")
                     or not published_on(text, d["start"] - start, d["end"] - start,
                                          published[1], published[3])]
    its_dates = drop_release_days(text, start, its_dates)  # 4月22日晚，X发布2024年一季度业绩
    its_dates = glossed_dates(text, start, its_dates)  # 除夕至正月初六（2月9日至15日）: the bracket's span (round 46)
    its_dates = holiday_glosses(text, start, its_dates)  # 春节假日（1月28日至2月4日）期间: the holiday's (round 48)
    wire = dateline(cue_text)
    its_dates = [d for d in its_dates if not any(a <= d["start"] - start < b for a, b in wire)]
    briefing, released = rules.pattern("briefing_day_after"), rules.pattern("release_day_after")
    its_dates = [d for d in its_dates if not (is_day(d.get("value") or "")
                                              and (briefing.match(text, d["end"] - start)
                                                   or released.match(text, d["end"] - start)))]
    plans = [m.span() for m in rules.pattern("measured_against_plan").finditer(cue_text)]
    plans += r.citations
    plans += [m.span("date") for m in rules.pattern("index_base_period").finditer(cue_text)]
    plans += [m.span("date") for m in rules.pattern("plan_name_period").finditer(cue_text)]
    plans += [m.span("date") for m in rules.pattern("numbered_name_period").finditer(cue_text)]  # 今年第5号台风
    plans += [m.span("date") for m in rules.pattern("titled_publication_date").finditer(cue_text)]
    plans += [m.span("date") for name in ("relay_day", "relay_day_opening",  # 记者18日从X获悉 (round 31)
                                          "release_day_opening",  # 11月2日，市商务局通报，… (round 46)
                                          "unnamed_release_day")  # 某研究院3月5日发布的报告显示 (round 47)
              for m in rules.pattern(name).finditer(cue_text)]
    its_dates = [d for d in its_dates if not any(a <= d["start"] - start < b for a, b in plans)]
    vintages = [m.span("date") for m in rules.pattern("forecast_vintage").finditer(cue_text)]
    r.its_dates = its_dates
    r.placed = [(d["start"] - start, d["end"] - start, d["value"])
                for d in its_dates if d.get("value")
                and not any(a <= d["start"] - start < b for a, b in vintages)]


def read_paragraph_place(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """How the sentence stands in its paragraph: whether it opens one (the same speaker's next turn does not),
    breaks the data down (分行业看，…, round 21), sets out an item (一是…, round 29), or goes on with the passage
    before, as a continuation, one more member of a data set (。华为云…，市场份额为2.3%), or a line under a lead-in
    or after another item of a list (round 24, 25; a plain-text item read as a heading is one: round 26); and whether
    it is a list item's headline set apart from its data by a gap (- 盈利能力显著提升⎵毛利率达31.5%, round 26, 27)."""
    rules = cues()
    passage, sentence, cue_text, block, turn = carry.passage, r.sentence, r.cue_text, r.block, r.turn
    r.open_targets = passage.targets  # a list of targets may run on over numbered lines (new blocks)
    r.under_lead_in = passage.lead_in or passage.item_line  # …and the block under a lead-in line (round 18)
    r.first_of_block = (block != passage.block or block == passage.headline) and not (
        turn is not None and turn.labelled and turn.name != "" and turn.name == passage.speaker)
    first_of_block = r.first_of_block
    passage.horizon = passage.horizon and not first_of_block  # (a plan's horizon runs on in its paragraph only)
    r.breakdown = bool(rules.pattern("breakdown_opener").search(cue_text))
    if rules.pattern("time_breakdown_opener").search(cue_text):
        passage.parted = passage.opening or passage.last  # 分季度看，其中一季度…: parts of the period before
    r.item = (rules.pattern("enumerated_item").match(cue_text)
              if first_of_block and sentence.block != "heading" else None)
    continues = bool(rules.pattern("continuation").search(cue_text) and r.item is None) or passage.chained or (
        r.breakdown or (not first_of_block and bool(rules.pattern("continuation_inside").search(cue_text))))
    # (an item paragraph goes on with the statement it sets out, not with the item before: 其次， is no 其)
    r.member = (not first_of_block and r.attributed is None and not named_forecaster(cue_text)
                and continues_shared_measure(carry.sentence_claims, cue_text))
    continues = continues or r.member
    as_item = sentence.block != "heading" or is_item(view.doc._.blocks or [], block)
    listed = first_of_block and passage.listing and as_item and bool(r.in_sentence)
    listed = listed or (first_of_block and as_item and bool(r.in_sentence)
                        and after_item(view.doc._.blocks or [], block))
    r.listed = listed
    r.continues = continues or listed
    r.headline = (first_of_block and not r.in_sentence and is_item(view.doc._.blocks or [], block)
                  and sentence.gap_after)


def open_passage(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """A new passage for a paragraph that goes on with nothing before it, with what it inherits: the release the
    paragraphs before announced, unless a date of its own lies outside the periods it stated (round 27, 34, 41); the
    time a release's data lend it (round 27, 29, 32); the frame of a topic paragraph (资金方面，, round 28; a headline
    sentence, round 34; 从环比看，…: the paragraph before's own period, round 34 mend); an item's statement (round
    29). Also the enumeration an item paragraph sets out and the frame an aside paragraph keeps."""
    rules = cues()
    sentence, text, cue_text, block = r.sentence, r.text, r.cue_text, r.block
    if r.first_of_block and sentence.block != "heading":
        carry.enumeration = _enumeration(r.item, carry.enumeration, carry.passage)
    r.frame, r.document_frame = carry.passage.framing, carry.heading or view.titled
    if r.first_of_block and not r.continues and not r.headline:
        passage = carry.passage
        release, times = passage.release_source, passage.release_times
        if (times is not None and all(is_day(time) for time in times) and not passage.release_data
                and not passage.release_period):
            times = None  # (a release lead that stated no period and gave no value sets out what the data after it
            # give, as an announcement does; a day it names is when the data came out: round 34)
        if release is not None and times is not None and not goes_on_release(
                stated_periods(text, r.placed), times | {passage.release_period} if passage.release_period else times):
            release = None
        if release is not None and passage.restated_only and not restates_release(
                stated_periods(text, r.placed), times, bool(rules.pattern("time_breakdown_opener").search(cue_text))):
            release = None  # (a body's data cue: only a paragraph restating its period goes on, round 50)
        lead = release if sentence.block != "heading" and not _title_line(view, r) else None  # (a heading
        # takes no source: round 30; nor a paragraph that is one line with no closing mark, a subheading: round 48)
        valued = passage.release_data
        lent, lent_year_end = (one_report_time(valued) if lead is not None and times is not None
                               else (None, False))
        if lead is not None and times is not None and lent is None:  # (several nested times: the first's, r46)
            lent = headline_report_time(valued, passage.release_first)
        if lead is not None and times is not None and not valued:
            lent = passage.release_period  # (a release whose values took no time: its title's period, round 29)
            lent = lent or _lead_period(times)  # (…发布数据，10月份，…主要指标回升。⏎一、…: the lead's period, 32)
        if (lent is not None and passage.block != passage.release_block and passage.last
                and passage.last == passage.opening != lent and goes_on_release({passage.last}, times)):
            lent = passage.last  # (1-2月份，…⏎2月份，…失业率…⏎16-24岁…失业率…: the nearest paragraph's, round 44)
        r.lent = lent
        r.headlined = (sentence.block != "heading" and not r.in_sentence and not r.placed
                       and sentence.end < block_end(view.doc, block)
                       and bool(rules.pattern("headline_sentence").match(cue_text)))
        topical = sentence.block != "heading" and bool(rules.pattern("topic_opener").match(cue_text) or r.headlined)
        turned = passage.framing if topical else None  # (not a date opening a later sentence: 今年前两个月，…)
        based = turned if not topical or not rules.pattern("basis_frame").match(cue_text) else passage.own_frame
        # (round 29: the report the release's lead published goes on with it: 报告预计，… cites its publisher)
        kept = passage.publisher if lead is not None and passage.publisher == lead else None
        stated_by, stated_for = carry.enumeration or (None, None)  # (an item of a statement's points, round 29)
        if stated_by is None and not carry.sentence_claims and rules.pattern("computed_frame").match(cue_text):
            stated_by = passage.source  # (据初步核算，… after a statement with no figure: its body's, round 29)
        carry.passage = Passage(block=block, opening=lent or based or stated_for or carry.heading,
                                source=lead or stated_by, release_source=release,
                                release_times=times if release is not None else None, release_data=valued,
                                release_first=passage.release_first,
                                framing=turned, own_frame=based,
                                release_period=passage.release_period if release is not None else None,
                                release_depth=passage.release_depth if release is not None else 0, publisher=kept,
                                year_end=lent_year_end, last=lent if lent_year_end else None,
                                restated_only=passage.restated_only and release is not None)
    carry.passage.block, carry.passage.headline = block, block if r.headline else -1


def joint_lead(text: str, sentence_start: int, orgs: list[dict], lead: int) -> int:
    """(Round 50) The end of the bodies the sentence opens with, the first ending at ``lead`` and each later one joined
    to the one before by a noun joiner alone (`noun_joiners`: 中国物流与采购联合会、国家统计局服务业调查中心发布的2025年
    2月份…): joint publishers, so the period after their verb opens the passage as after one body's (round 17)."""
    joiners = cues().words("noun_joiners")
    for org in sorted(orgs, key=lambda o: o["start"]):
        begin, end = org["start"] - sentence_start, org["end"] - sentence_start
        if begin < lead:
            continue
        if text[lead:begin].strip() not in joiners:
            break
        lead = end
    return lead


def read_opening(view: DocumentView, r: SentenceReading) -> None:
    """The time the sentence opens with for its passage: a date it opens with (after the organisation or place it
    may open with), a news lede's day (三大股指17日涨跌不一: a set's count is no value) or the period of a titled
    release (发布《5月份…情况》); with the dates of its own and those outside asides, which open no passage time."""
    text, start = r.text, r.sentence.start
    r.lede = (lede_time(text, r.placed) if r.first_of_block and all(is_structural_count(n) for n in r.in_sentence)
              else None)
    lead = next((o["end"] - start for o in r.its_orgs if not text[:o["start"] - start].strip()), 0)
    lead = joint_lead(text, start, r.its_orgs, lead) if lead else place_lead(view.index, start, r.placed)
    r.outside = [d for d in r.placed if not in_aside(text, d[0])]
    r.own = sentence_dates(text, r.placed)
    r.released = release_title_period(text, r.published, view.now) or undated_report_period(text, r.placed, view.now)
    opening = None if effective_from(text, r.outside) else opening_time(text, r.outside, lead)  # (自7月1日起: r50)
    r.opening = opening or r.lede or r.released
    r.unvalued = states_no_value(r.in_sentence)  # (过去五年 in a review's heading: round 33)


def track_headings(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """The open headings and the time they state: a numbered heading closes those of its level and below (the first
    under a dated lead of points takes the lead's time, round 30); a heading with no number, or a line that is only a
    time frame (截至7月末, round 30), sits innermost and dates the blocks under it (round 25). A dated lead of points
    (7月份，…主要有以下特点：) dates the numbered sections the next block opens; not a day (second read)."""
    rules = cues()
    text, sentence, block = r.text, r.sentence, r.block
    r.numbered = (rules.pattern("section_heading").match(text)
                  if r.first_of_block and r.unvalued and not r.headline else None)
    if r.numbered:
        if carry.points is not None:
            depth = numbered_depth(carry.headings)
            carry.headings = [h for h in carry.headings if h[0] <= depth] + [(depth, carry.points)]
        carry.headings, carry.heading = open_heading(carry.headings, r.numbered, r.opening)
    elif r.first_of_block and r.unvalued and (sentence.block == "heading" or date_line(
            text, r.outside, sentence.end >= block_end(view.doc, block)) or (
                not r.in_sentence and sentence.block != "title"  # (a title's period: round 14's release rules)
                and dated_heading_line(text, r.outside, sentence.end >= block_end(view.doc, block), view.now))):
        carry.headings = [h for h in carry.headings if h[0] < PLAIN_HEADING_LEVEL] + [
            (PLAIN_HEADING_LEVEL, r.opening if len(r.outside) == 1 else None)]
        carry.heading = next((t for _, t in reversed(carry.headings) if t), None)
    if r.first_of_block:
        carry.points = r.opening if (not r.in_sentence and sentence.block != "heading" and r.opening
                                     and not r.numbered and not is_day(r.opening)
                                     and rules.pattern("sections_lead_in").search(r.cue_text)) else None


def frame_opening(carry: Carry, r: SentenceReading) -> None:
    """The passage's opening time and frame: a paragraph's first sentence opening with a dateline, or its lede's
    day, frames the paragraphs turning to other sides of its data (round 28); a paragraph on a part of the frame's
    period or an earlier one is an aside to it (round 34; not a day's lede, round 42), and a month under a year's
    title or heading frames the paragraphs after it (round 34 mend)."""
    passage, opening = carry.passage, r.opening
    r.whole = passage.opening  # (the period a sentence of its parts breaks down: breaks_down, round 28)
    whole = passage.opening or passage.last or r.document_frame
    if opening and whole and _opens_sub_period(r.text, r.outside, opening) and parts_of([opening], whole):
        passage.parted = whole  # 。其中四季度下降13.4%。: a part of the period before, which the next sentence
        # returns to as after a breakdown by time (round 42 mend's `parted`; round 46)
    if opening:
        passage.opening = opening
        framed = r.first_of_block and (r.lede is not None or dateline_opening(r.text, r.outside))
        passage.framing = opening if framed else passage.framing
        passage.own_frame = opening if framed else passage.own_frame
        if framed and looks_back(opening, r.frame) and not (is_day(r.frame) and not is_day(opening)):
            passage.framing = r.frame
        elif framed and looks_back(opening, r.document_frame, parts=False):
            passage.framing = r.document_frame


def lend_passage_context(carry: Carry, r: SentenceReading) -> None:
    """What the passage lends the sentence's claims: the release's time only while its source goes on (not 日本央行
    当地时间31日宣布，…), its span, the forecast of the clauses before ； and whether the sentence is a line of a list
    of targets (a heading ends the list; so does …；一般公共预算收入增长5%；)."""
    rules = cues()
    passage, cue_text = carry.passage, r.cue_text
    if r.lent is not None and not r.opening and r.source != passage.release_source:
        passage.opening = carry.heading
    passage.span = passage_span(r.placed) or passage.span
    r.carried = passage.hedge if passage.chained else ""
    r.in_targets = (r.open_targets and r.sentence.block != "heading"
                    and (passage.chained or r.under_lead_in
                         or bool(rules.pattern("target_item").match(cue_text)))
                    and not rules.pattern("target_frame_end").search(cue_text))


def _opens_sub_period(text: str, outside: list[Placed], opening: str) -> bool:
    """The sentence opens with 其中 right before its opening date (其中四季度下降13.4%; 其中，12月份…): the date is a
    part of the period the passage was reporting, as round 27's 其中 before a date inside a sentence is."""
    first = next((begin for begin, _, value in outside if value == opening), None)
    return first is not None and bool(cues().pattern("sub_period_opening").match(text[:first]))


def _enumeration(item: re.Match[str] | None, open_one: tuple[str | None, str | None] | None,
                 passage: Passage) -> tuple[str | None, str | None] | None:
    """The source and time of the statement whose points a paragraph opening with an enumerator sets out (round 29):
    the first item (一是, 第一，, 首先是) takes them from the passage just ended, the statement's (盛来运表示，一季度
    经济运行呈现以下几个特点：⏎一是…), and a later item (二是, 第二，, 其次是) keeps them; a paragraph that opens
    with no enumerator ends the enumeration (另据中国物流与采购联合会发布，…)."""
    if item is None:
        return None
    if item.group("first") or open_one is None:  # (a later item with none open: the first stood in the statement's
        return passage.source, passage.last or passage.opening  # paragraph, 吕大良表示，一是…。⏎二是…)
    return open_one


def stated_periods(text: str, placed: list[Placed]) -> set[str]:
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
