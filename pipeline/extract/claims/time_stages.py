"""The stages that read a sentence's claims and their times, in the order `extract_claims` runs them: the claims
with the time their undated values fall back on, which of their times run on and the reporting period held
(`settle_times`), the times the passage carries to the next sentence, and the clause state it carries."""

from __future__ import annotations

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import forecast_hedge, heads_a_running_budget, is_prose
from pipeline.extract.claim_source import (
    clause_attributions,
    clock_times,
    co_publishers,
    date_leads,
    date_slashes,
    dateline,
    day_parts,
    footnoted_source,
    item_attributions,
    listed_bodies,
    reattribute,
    reattribute_by_field,
    restated_dates,
    speaker_label,
)
from pipeline.extract.claim_time import (
    Placed,
    averaged_span_clauses,
    breaks_down,
    in_aside,
    in_earlier_period_clause,
    in_prior_clause,
    is_day,
    level_base_time,
    months_covered,
    named_base_dates,
    record_frames,
    sentence_time,
    single_days,
    sole_time,
    sub_periods,
    trend_starts,
    within,
)
from pipeline.extract.claims.passage import (
    continue_levels,
    ends_opening_period,
    flows_of_the_period,
    flows_of_the_year,
    opening_level_time,
    opens_at_year_end,
    own_date_start,
    parts_of,
)
from pipeline.extract.claims.reading import Carry, DocumentView, SentenceReading
from pipeline.extract.claims.reporting import hold_reporting_period, narrowed_opening, previous_value, runs_past
from pipeline.extract.claims.sentences import claims_of_sentence
from pipeline.extract.claims.spreads import spread_heads


def _fallback_time(carry: Carry, r: SentenceReading) -> str | None:
    """The time the sentence's undated values take: a breakdown's, the parts of the data the passage opened with
    (a report's held period dates them, unless the passage's data moved past it, round 38); a continuation's, the
    passage's last time (round 28); an inline bullet's, the time the bullets before it stated (round 25)."""
    passage = carry.passage
    if r.breakdown:
        return (passage.opening or passage.last) if carry.period is None else (
            passage.last if runs_past(passage.last, carry.period) else None)
    fallback = (passage.last or passage.opening) if r.continues else passage.opening
    fallback = (passage.last or passage.opening) if r.listed else fallback
    if r.sentence.gap_before and not r.continues and not r.first_of_block:  # (cut at a bullet: segment)
        fallback = passage.bullet_time or fallback
    return fallback


def read_claims(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """The sentence's claims, in a prose sentence with values that is no line of targets: read with who said it
    masked (the organisation, its cue, the day it spoke, its joint publishers, a speaker's label, a dateline, a record
    frame, a restating date: no part of a metric), then the title's bare figure and a guide's count of its parts
    dropped (round 30), a continuation's levels carried (round 34, 40), later clauses' own attributions applied, and
    a footnote's or paragraph note's source given to those with none."""
    rules = cues()
    passage, sentence, text, cue_text, attributed = carry.passage, r.sentence, r.text, r.cue_text, r.attributed
    carry.sentence_claims = []
    if not (is_prose(text, sentence.block) and r.in_sentence and not r.in_targets):
        return
    fallback = r.fallback = _fallback_time(carry, r)
    spans = [(d["start"] - sentence.start, d["end"] - sentence.start) for d in r.its_dates]
    said = [attributed[2], (attributed[3], attributed[1][1]), *r.announced] if attributed else []
    publishers = co_publishers(sentence.start, blank_out(cue_text, r.announced, " "), r.its_orgs,
                               attributed) if attributed else []
    said += publishers
    spoke = publishers[-1][1] if publishers else attributed[2][1] if attributed else 0
    if attributed and rules.pattern("attribution_speaker").fullmatch(
            blank_out(text, r.announced, " "), spoke, attributed[3]):
        said.append((spoke, attributed[3]))  # 行长潘功胜在国新办新闻发布会上宣布 (round 28); 日前发布 (40)
    later = clause_attributions(sentence.start, cue_text, r.its_orgs, attributed[1][1]) if attributed else []
    later = sorted(later + (item_attributions(sentence.start, cue_text, r.its_orgs) if attributed else []),
                   key=lambda item: item[0])  # 1、国家卫健委：…；2、…: the next news item is not its
    said += [span for _, _, spans in later for span in spans]  # 高盛则预计降息125bp
    layout = speaker_label(text) + clock_times(text, r.in_sentence, sentence.start)  # 盛来运：, 16:30
    layout += dateline(cue_text)  # 新华社北京7月10日电（记者…）: the story's publisher
    records = record_frames(text, r.placed)  # 为2022年3月以来最高: how the value ranks, no part of a metric
    restated = restated_dates(text, spans)  # 上年同期即2023年5月末 (round 44): the restating date and its 即
    masked = blank_out(text, spans + said + layout + r.report_cues + date_slashes(text, spans)
                       + date_leads(text, spans) + day_parts(text, spans + r.announced) + records + restated, " ")
    bases = named_base_dates(blank_out(text, restated, " "),
                             [span for span in spans if not any(a < span[1] <= b for a, b in restated)])
    # (cues are words: 计划 inside 印度统计和计划执行部 is no plan, round 16)
    unnamed = blank_out(text, [(o["start"] - sentence.start, o["end"] - sentence.start) for o in r.its_orgs]
                        + [(0, r.label_end)], " ")
    forecasts_cited = (r.speaks_for_forecasts and r.source is not None) or r.cited_name
    sentence_claims = claims_of_sentence(text, masked, sentence, r.in_sentence, r.placed, r.source, passage,
                                         view.index, fallback, bases, forecasts_cited, view.now,
                                         r.carried, unnamed, restated)
    if sentence.block in rules.words("unit_only_blocks"):  # a title's bare figure measures nothing (round 30)
        sentence_claims = [claim for claim in sentence_claims if claim["unit"]]
    if sentence.block in rules.words("headline_blocks") and (
            guide := rules.pattern("explainer_headline").search(cue_text)):  # 5个问题带你读懂…: a guide's
        sentence_claims = [claim for claim in sentence_claims  # count of its parts (second read, round 30)
                           if not guide.start() <= claim["number_start"] - sentence.start < guide.end()]
    if r.continues and fallback == passage.last:
        dated = own_date_start(r.own, text)  # (no date of its own; round 34: or the values before its first one)
        continue_levels([c for c in sentence_claims if c["number_start"] - sentence.start < dated
                         and c["number_start"] not in passage.paired], passage)  # (round 40: not a pair's)
    reattribute(sentence_claims, later, sentence.start)
    if attributed:  # (round 48) a relay naming two bodies: each clause its field's body, in its paragraphs too
        carry.listed = listed_bodies(r.listed_run)
    reattribute_by_field(sentence_claims, carry.listed, sentence.start, cue_text,
                         [attributed[1]] if attributed else [])
    # …增长6.1%[1]。 with [1] 数据来源：杭州市统计局 (read in the text as written: ③ is decoration to cues)
    footnoted = footnoted_source(view.doc._.text[sentence.start:sentence.end], view.footnotes)
    for claim in sentence_claims:  # 数据来源：海关总署 on the line after (or before) the paragraph
        claim["source"] = claim["source"] or footnoted or view.noted_paragraphs.get(r.block)
    carry.sentence_claims = sentence_claims


def settle_times(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """Which of the claims' times run on and the reporting period held: not a compared level's or previous value's
    (較上季的28000元, 前值为50.9), an aside's, a prior or earlier period's clause's (…，去年同期为1.85亿元, round 24;
    ，1—2月份为…, 31, 39), a peak day's (round 31), a sub-period's (其中一、二季度, round 27) or a trend's start
    (今年3月以来, round 27); a day the sentence names that dated none of its values was when it was announced (round
    23). Then the title's period dates what nothing nearer dates, and the claims join the document's. The steps, in
    order (round 50 cut), each set the records of `r` the later ones and `carry_passage_time` read."""
    r.stated = _stated_claims(carry.sentence_claims, r)
    first_time = _time_before_first_date(r)
    compared = _compared_claims(r, first_time)
    r.single = _peak_day_claims(r)
    r.aside = _aside_claims(r, compared)
    r.parted = _sub_period_claims(r, first_time)
    r.claimed_times = _running_times(r)
    r.lead = _first_time(r.stated)
    carry.period = _held_period(carry, r)
    r.own_dates = _date_by_title(view, carry, r)
    carry.claims.extend(carry.sentence_claims)
    r.compared_only = bool(r.stated) and compared >= {c["number_start"] for c in r.stated}


def _stated_claims(sentence_claims: list[dict], r: SentenceReading) -> list[dict]:
    """The claims but a compared level's or a previous value's (較上季的28000元, 前值为50.9): their times are the
    level's, no time the sentence states for its data."""
    text, start = r.text, r.sentence.start
    levels = {n["start"] for n in r.in_sentence
              if sentence_claims and (level_base_time(n, text, start, r.placed)
                                      or previous_value(text, n["start"] - start))}
    return [c for c in sentence_claims if c["number_start"] not in levels]


def _time_before_first_date(r: SentenceReading) -> str | None:
    """The time of the first value before the sentence's first date, the period the clauses after it are compared
    with (`in_earlier_period_clause`) and broken into (`sub_periods`)."""
    start = r.sentence.start
    first_date = min((begin for begin, _, _ in r.outside), default=0)  # (a value before the sentence's first
    first_time = min(((c["number_start"], c["time"]) for c in r.stated  # date took the passage's time: mend)
                      if c["time"] and c["number_start"] - start < first_date), default=(0, None))[1]
    return first_time or r.fallback  # (no value before it: the passage's time it would have, round 46)


def _compared_claims(r: SentenceReading, first_time: str | None) -> set[int]:
    """The starts of values in an earlier period's clause set beside the sentence's own (，1—2月份为…, round 31, 39)."""
    start = r.sentence.start
    return {c["number_start"] for c in r.stated
            if in_earlier_period_clause(r.text, c["number_start"] - start, r.outside, first_time)}


def _peak_day_claims(r: SentenceReading) -> set[int]:
    """The starts of values of a peak day (单日…最高值为8月24日的…, round 31)."""
    peak_days = single_days(r.text, r.outside)
    return {c["number_start"] for c in r.stated if c["time"] in peak_days}


def _aside_claims(r: SentenceReading, compared: set[int]) -> set[int]:
    """The starts of values that set no running time: a compared clause's, an aside's, a prior clause's (…，去年同期
    为1.85亿元, round 24), a peak day's unless the sentence gives the day's figures alone, an average's span's."""
    text, start, stated, single = r.text, r.sentence.start, r.stated, r.single
    aside = compared | {c["number_start"] for c in stated if in_aside(text, c["number_start"] - start)
                        or in_prior_clause(text, c["number_start"] - start)}
    aside |= single if len(single) < len(stated) else set()  # (a sentence of the day's figures alone states it)
    averaged = averaged_span_clauses(text, r.outside)  # (，“十二五”时期平均增长率为21.12%；: the span's own, round 48)
    aside |= {c["number_start"] for c in stated if any(a <= c["number_start"] - start < b for a, b in averaged)}
    return aside


def _sub_period_claims(r: SentenceReading, first_time: str | None) -> set[int]:
    """The starts of values of a sub-period of the first value's (其中一、二季度, round 27)."""
    start = r.sentence.start
    parts = sub_periods(r.text, r.outside, first_time)
    return {c["number_start"] for c in r.stated if c["time"] and any(
        begin <= c["number_start"] - start and within(c["time"], months_covered(value))
        for begin, value in parts)}


def _running_times(r: SentenceReading) -> list[str]:
    """The times that run on: the values' but an aside's, a sub-period's or a trend's start (今年3月以来, round
    27); where none is left, those of every value but an aside's."""
    start, stated = r.sentence.start, r.stated
    claimed_times = [c["time"] for c in stated if c["time"] and c["number_start"] not in r.aside]
    since = trend_starts(r.text, r.outside)
    running = [c["time"] for c in stated if c["time"] and c["number_start"] not in r.aside | r.parted
               and not any(begin <= c["number_start"] - start and c["time"] == value for begin, value in since)]
    return running or claimed_times


def _held_period(carry: Carry, r: SentenceReading) -> str | None:
    """The reporting period held after the sentence: not an aside's, a sub-period's or a part closing the title's
    period (round 46); a day the sentence names that dated none of its values was when it was announced (round 23).
    Read before the title's period dates the undated values (`_date_by_title`)."""
    on_day = any(is_day(d.get("value") or "") for d in r.written_dates if d not in r.its_dates)
    closing = {c["number_start"] for c in r.stated if c["time"]  # (nor a part closing it after the title's: r46)
               and _closes_on_part(r.lead, [c["time"]], r.opening, r.document_frame)}
    return hold_reporting_period(r.stated, carry.period, r.aside | r.parted | closing, on_day)  # (nor a 其中 part)


def _date_by_title(view: DocumentView, carry: Carry, r: SentenceReading) -> list[Placed]:
    """The title's period dates the stated values nothing nearer dated; a sentence with no date of its own (but an
    aside's) in a passage of a year's end or a period's point has its flows of that year or period (round 47).
    Returns the sentence's own dates less an aside's."""
    sentence_claims = carry.sentence_claims
    for claim in r.stated:
        claim["time"] = claim["time"] or view.titled
    own_dates = [d for d in r.own if not in_aside(r.text, d[0])]
    if not own_dates and carry.passage.year_end:  # (比上年 is a base, no date of its own)
        flows_of_the_year(sentence_claims, carry.passage.last)
    elif not own_dates and carry.passage.period_point:  # (一季度…。…一季度末…失业率…。…就业43万人: round 47)
        flows_of_the_period(sentence_claims, carry.passage.last, carry.passage.opening)
    return own_dates


def carry_passage_time(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """The times the passage carries to the next sentence: its opening (a release's stated period, round 23), an
    inline bullet's time, a level's, an average's span, a year's end, a budget's horizon (round 31), its last time;
    the whole period its parts break down runs on (round 28), and the body on a numbered heading's line goes on
    under its time."""
    passage, text, outside, opening = carry.passage, r.text, r.outside, r.opening
    claimed_times, stated, aside, parted, single = r.claimed_times, r.stated, r.aside, r.parted, r.single
    passage.opening = narrowed_opening(text, outside, opening, claimed_times) or passage.opening
    if r.release_opened and not opening and len(set(claimed_times)) == 1:
        # 11月8日，X公布数据显示，德国9月工业产出…。出口环比下降1.7%: the release's data go on in the sentences
        # after it, for the period it states, not for the day it came out (round 23)
        passage.opening = claimed_times[0]
    if len(set(claimed_times)) == 1 or opening:  # (a run of inline bullets: the time its last dated bullet stated)
        passage.bullet_time = claimed_times[0] if len(set(claimed_times)) == 1 else opening
    passage.level_time = opening_level_time(stated, aside | parted, opening)
    passage.averaged = bool(claimed_times) and any(  # (the span the sentence's last value, an average, ran over)
        c["time"] == claimed_times[-1] and cues().pattern("annual_average").search(c["metric"] or "")
        for c in stated)
    if r.own_dates:
        passage.year_end = opens_at_year_end(text, r.own_dates, opening)
    if not r.in_sentence and heads_a_running_budget(text, opening, view.now):
        passage.horizon = passage.budget = True  # 2025年中央一般公共预算收入预算。…收入100645亿元 (round 31)
    passage.last = claimed_times[-1] if claimed_times else passage.last if (  # (，1-4月份为下降5.4%；: r46)
        single <= aside and single) or r.compared_only else (
        sole_time(text, outside) or r.released or (passage.last if r.continues or r.headline else None))
    if _closes_on_part(r.lead, claimed_times, opening, r.document_frame):
        passage.last = r.document_frame  # …比上年下降11.9%，四季度下降13.4%。…同比下降13.7%: the bulletin's year (r46)
    if not r.in_targets and breaks_down(claimed_times, r.whole):  # 上半年…。一季度、二季度分别增长…。: the half runs on
        passage.opening = passage.last = r.whole
    elif passage.parted and claimed_times and parts_of(claimed_times, passage.parted):
        if not cues().pattern("clause_end_only").search(text):  # …；二季度…。国内游客出游总花费…: back to the whole
            passage.opening = passage.last = passage.parted
            passage.parted = passage.level_time = None  # (nor does the last part's level run on)
    else:
        passage.parted = None if claimed_times or r.first_of_block else passage.parted
    if r.numbered:  # 1.本级征收完成数。地方…收入…，同比…: the body on the heading's line goes on under its time
        passage.last = passage.last or carry.heading
    if r.own_dates:  # (…，一季度末…失业率3.89%。 in a passage of 一季度: its flows after it are the quarter's, r47)
        passage.period_point = ends_opening_period(text, r.own_dates, passage.last, passage.opening)


def carry_clause_state(carry: Carry, r: SentenceReading) -> None:
    """What the passage carries to the next clause or line: its source and news item, whether the sentence ends in
    a clause chain (；), the pair, subjects, spread and hedge the clauses before ； lend a bare 分别 after it (round
    29, 40), its last unit, a list of targets and its lead-in, the transcript's speaker, and a list's lead-in (a
    lead-in that dates the lines, or 其中： going on with the sentence before; not 具体关系如下式：)."""
    rules = cues()
    passage, sentence, cue_text, sentence_claims = carry.passage, r.sentence, r.cue_text, carry.sentence_claims
    if not (r.source is None and passage.source is not None and not r.its_orgs
            and rules.pattern("anonymous_view").search(cue_text)):
        passage.source = r.source  # (an anonymous view, 有专家认为，…, interrupts the release without ending it)
    passage.item_source = r.news_item and (r.attributed is not None or passage.item_source)
    passage.chained = bool(rules.pattern("clause_chain").search(cue_text))
    if not sentence_claims:
        passage.pair = None
    if not (passage.chained and sentence_claims):
        passage.subjects = []
    passage.spread = (spread_heads(r.text, r.in_sentence, sentence.start)
                      if passage.chained and sentence_claims else None)
    passage.hedge = forecast_hedge(r.carried + cue_text) if passage.chained else ""
    passage.unit = sentence_claims[-1]["unit"] if sentence_claims else None
    passage.lead_in = bool(rules.pattern("target_lead_in").search(cue_text) or (
        sentence.block == "heading" and rules.pattern("target_heading").search(cue_text)))
    passage.item_line = r.in_targets and bool(rules.pattern("target_item_line").search(cue_text))
    passage.targets = r.in_targets or passage.lead_in or bool(rules.pattern("target_frame").search(cue_text))
    passage.speaker = r.turn.name if r.turn is not None and r.turn.labelled else passage.speaker
    passage.listing = (bool(rules.pattern("list_lead_in").search(cue_text)) and not sentence_claims
                       and sentence.block != "heading"
                       and (sentence_time(r.text, r.outside) is not None
                            or bool(rules.pattern("continuation").search(cue_text)))) or (
        passage.listing and bool(sentence_claims) and (r.listed or not r.first_of_block))


def _closes_on_part(first: str | None, claimed: list[str], opening: str | None, frame: str | None) -> bool:
    """The sentence opens with no date, states its first value for the period of its heading or title (``frame``:
    全国铁路货运总发送量…，比上年下降11.9% under 2015年…统计公报) and ends on a part of that period
    (，四季度下降13.4%): the part is an aside of that value, and the next sentence goes on with the whole (round 46),
    as after a part opened with 其中 (`_opens_sub_period`), nor is the part a reporting period held (read before the
    title's period is given to the undated values: their time is still None). ``first``: the time of the sentence's
    first value (`_first_time`, taken once per sentence: round 46 mend; `settle_times` keeps it as ``r.lead`` for the
    passage's test in `carry_passage_time`, round 48: read after the title's period was given, an undated first value
    would be the title's, not None, and under a heading of another period than the title's the part would not close).
    """
    if opening or not frame or not claimed:
        return False
    return first in (None, frame) and parts_of([claimed[-1]], frame)


def _first_time(stated: list[dict]) -> str | None:
    """The time of the sentence's first value (`_closes_on_part`), found once per sentence, not once per claim."""
    return min(stated, key=lambda claim: claim["number_start"])["time"] if stated else None
