"""The stages `extract_claims` runs for each sentence, in order: who speaks and whom the sentence cites, which of
its dates date its data, how it stands in its paragraph (a new passage, a heading, a frame), its source, its claims
and the times they took, and what it leaves the passage, the release and the clause after it. Each stage reads and
sets the records of `reading` in the order the single loop did."""

from __future__ import annotations

import re

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import forecast_hedge, heads_a_running_budget, is_prose, is_structural_count
from pipeline.extract.claim_source import (
    approving_bodies,
    attribution,
    briefing_release,
    clause_attributions,
    clock_times,
    co_publishers,
    date_leads,
    date_slashes,
    dateline,
    day_parts,
    disclosing_company,
    footnoted_source,
    hosts_briefings,
    item_attributions,
    listed_bodies,
    listed_end,
    listed_run,
    named_forecaster,
    official_speaks,
    publication,
    reattribute,
    reattribute_by_field,
    restated_dates,
    scope_bodies,
    speaker_label,
    speaker_turn,
    starts_new_data,
    trade_partners,
)
from pipeline.extract.claim_time import (
    Placed,
    averaged_span_clauses,
    breaks_down,
    dateline_opening,
    effective_from,
    in_aside,
    in_earlier_period_clause,
    in_prior_clause,
    is_day,
    lede_time,
    level_base_time,
    looks_back,
    months_covered,
    named_base_dates,
    opening_time,
    passage_span,
    record_frames,
    sentence_time,
    single_days,
    sole_time,
    sub_periods,
    trend_starts,
    within,
)
from pipeline.extract.claims.brackets import citation_commas_blank, glossed_dates, holiday_glosses
from pipeline.extract.claims.passage import (
    PLAIN_HEADING_LEVEL,
    Passage,
    block_end,
    continue_levels,
    continues_shared_measure,
    date_line,
    dated_heading_line,
    ends_opening_period,
    flows_of_the_period,
    flows_of_the_year,
    numbered_depth,
    opening_level_time,
    opens_at_year_end,
    own_date_start,
    parts_of,
    sentence_dates,
    states_no_value,
)
from pipeline.extract.claims.reading import Attributed, Carry, DocumentView, SentenceReading
from pipeline.extract.claims.reporting import (
    after_item,
    bare_title_speaker,
    briefed_or_spoken,
    company_announcer,
    drop_release_days,
    goes_on_release,
    headline_report_time,
    hold_reporting_period,
    is_item,
    leading_source_note,
    learn_speakers,
    names_introduced,
    narrowed_opening,
    one_report_time,
    opens_on_data_cue,
    other_study,
    place_lead,
    previous_value,
    published_on,
    published_title,
    release_title_period,
    restates_release,
    runs_past,
    speaker_body,
    undated_report_period,
)
from pipeline.extract.claims.sentences import WORD, claims_of_sentence
from pipeline.extract.claims.spreads import spread_heads
from pipeline.extract.dates import open_heading


def take_leading_note(carry: Carry, r: SentenceReading) -> bool:
    """Whether the sentence has words left once a source note opening it is read out: …40万家。（数据来源：科技部）
    is the note of the sentence before, which it attributes, and no cue of this one."""
    note = leading_source_note(r.cue_text)
    if note:
        noted = attribution(r.sentence.start, r.cue_text[:note], r.its_orgs)
        for claim in carry.sentence_claims:
            claim["source"] = claim["source"] or (noted[0] if noted else None)
        r.cue_text = " " * note + r.cue_text[note:]
        if not WORD.search(r.cue_text):
            return False
    return True


def asks_follow_up(carry: Carry, r: SentenceReading) -> bool:
    """Whether the sentence is a follow-up question with no data (记者：那么服务出口呢？), skipped: the answer it
    interrupts goes on after it. Reads the turn the sentence opens with on the way."""
    r.turn = speaker_turn(r.cue_text)
    r.label_end = r.turn.span[1] if r.turn else 0
    return bool(r.turn is not None and r.turn.asks and carry.passage.speaker and not r.in_sentence
                and not r.its_dates and cues().pattern("follow_up_question").match(r.cue_text[r.label_end:]))


def read_speaker(carry: Carry, r: SentenceReading) -> None:
    """The speaker's body, and the label read out of the cue text and the organisations: a label (国家统计局新闻发言人
    付凌晖：, on a line of its own or not) opens a turn of the paragraphs under it, up to the next label (round 23);
    a lead-in's orgs are the briefing's host it was told at (在国新办新闻发布会上，刘爱华表示，…), no body of the
    speaker's, whose name is remembered from the sentence that named the body (round 36)."""
    turn, start = r.turn, r.sentence.start
    learn_speakers(r.text, start, r.its_orgs, carry.speakers)
    venue = turn.venue if turn is not None and not turn.labelled else (0, 0)
    r.body = speaker_body(turn, [o for o in r.its_orgs if o["start"] - start < r.label_end
                                 and not venue[0] <= o["start"] - start < venue[1]], carry.speakers)
    if turn is not None and turn.labelled:
        carry.standing = r.body
    elif turn is None:
        r.body = carry.standing
    r.its_orgs = [o for o in r.its_orgs if o["start"] - start >= r.label_end]  # a label's body or outlet is
    r.cue_text = " " * r.label_end + r.cue_text[r.label_end:]  # no cue: the turn's own opening is read after it


def read_attribution(carry: Carry, r: SentenceReading) -> None:
    """The body the sentence's cue attributes it to, with the briefing or official the sentences before announced
    (人力资源社会保障部今天举行…新闻发布会。新闻发言人卢爱红介绍，…: the speaker named by a bare title right after a
    body's own briefing lede speaks for that body, round 36) and the company just announcing (X晚间发布公告称，…。
    该公司表示，…, round 33). A citation's year (国际劳工组织（ILO，2020）的测算表明) is one name with its cue."""
    rules = cues()
    start = r.sentence.start
    cited = list(rules.pattern("citation_year").finditer(r.cue_text))
    r.citations = [m.span("year") for m in cited]
    r.cue_text = citation_commas_blank(r.cue_text, cited)
    r.attributed = attribution(start, r.cue_text, r.its_orgs)
    r.listed_run = listed_run(start, r.cue_text, r.its_orgs, r.attributed) if r.attributed else []
    source = r.attributed[0] if r.attributed else None
    named_official_body = r.body if r.turn is not None and not r.turn.labelled else None  # 刘志清介绍，…: the body of
    # the official the sentence opens by name
    r.quoted = carry.spoken  # (the official the sentence before quoted)
    source, carry.briefed, carry.spoken = briefed_or_spoken(
        r.cue_text, start, r.its_orgs, r.attributed, source, carry.briefed, carry.spoken, named_official_body,
        carry.spoken_block == r.block)
    r.bare_titled = (source is None and carry.briefed_release is not None
                     and bare_title_speaker(r.cue_text, start, r.its_orgs))
    if r.bare_titled:
        source = carry.spoken = carry.briefed_release
    carry.briefed_release = carry.briefed if carry.briefed is not None and any(
        o["canonical"] == carry.briefed and o["type"] in rules.words("relayed_release_types")
        for o in r.its_orgs) else None
    carry.spoken_block = r.block  # (the official's word goes on in the next sentence of the paragraph only)
    if source is None and carry.announcer is not None and rules.pattern("company_pronoun_speaker").match(r.cue_text):
        source = carry.announcer
    r.source = source


def read_release_verbs(carry: Carry, r: SentenceReading) -> None:
    """What the attribution's verb tells: the dates it was announced on, which date no data (据海关总署2022年1月14日
    发布的数据), but a forecast's date does unless it stands right before the cue (华为公司2022年销售收入预计 /
    国际货币基金组织10月11日预测); whether it releases the data (X公布数据显示, round 23), relays a public body's
    release (记者从国家能源局获悉，…, round 29) or speaks at its briefing (国新办举行新闻发布会，国家统计局新闻发言人
    付凌晖介绍，…, round 30; announced by the sentence right before, round 32): the paragraphs after it go on with
    the same data. A company's own news (记者从浙江省海港集团获悉，…) releases nothing its peers go on with."""
    rules = cues()
    text, cue_text, start, attributed = r.text, r.cue_text, r.sentence.start, r.attributed
    r.announced = []
    if attributed:
        begin, end = attributed[1]
        cue = attributed[3]
        forecast = rules.pattern("attributed_forecast").search(cue_text[cue:end])  # (預測 is 预测)
        kept = [d for d in r.its_dates if not begin <= d["start"] - start < end
                or (forecast and text[d["end"] - start:cue].strip())
                or rules.pattern("report_period_after").match(text, d["end"] - start)
                or d.get("report_released")]
        r.announced = [(d["start"] - start, d["end"] - start) for d in r.its_dates if d not in kept]
        _forget_release_day(carry, [d for d in r.its_dates if d not in kept], text, start)
        r.its_dates = kept
    r.release_opened = False
    releasing = None if attributed is None else (
        rules.pattern("publishing_verb").match(cue_text, attributed[3])
        or rules.pattern("publishing_verb").search(cue_text, attributed[2][1], attributed[3]))
    r.at_briefing = r.bare_titled or (attributed is not None and carry.briefing_block == r.block
                                      and official_speaks(cue_text, attributed))
    r.relayed = r.bare_titled or (attributed is not None and (
        bool((relay := rules.pattern("relayed_release").match(
            cue_text, listed_end(r.sentence.start, attributed, r.listed_run))) and not (
            (relay.group("hosted") or relay.group("flash")) and hosts_briefings(attributed[0])))
        or bool(rules.pattern("briefing_lead").search(cue_text, 0, attributed[3])) or r.at_briefing
        or (_release_frame(cue_text, attributed) and carry.passage.release_source in (None, attributed[0]))) \
        and any(o["canonical"] == attributed[0] and o["type"] in rules.words("relayed_release_types")
                for o in r.its_orgs))
    carry.briefing_block = r.block if (attributed is None and not r.in_sentence
                                       and rules.pattern("briefing_lead").search(cue_text)) else None
    if attributed is not None and releasing is not None:
        # (X公布数据显示 / X发布的数据显示: the verb before the cue releases the data as well, round 23; a date
        # after the verb is the period released: 美团发布的2023年第三季度财报显示)
        kept = [d for d in r.its_dates if d.get("report_released")
                or not published_on(text, d["start"] - start, d["end"] - start,
                                     attributed[1], releasing.start())]
        r.release_opened = any(rules.pattern("passage_opener").fullmatch(text, 0, d["start"] - start)
                               for d in r.its_dates if d not in kept)
        r.its_dates = kept
        # 2020年1月17日，国家统计局发布，截至2019年末…: the day of the release dates no data, here or after
    r.releasing = releasing


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


def _release_frame(cue_text: str, attributed: Attributed) -> bool:
    """(Round 48) The attribution frames the data as the body's own count, monitoring or computation (据商务部监测，…;
    据国家统计局统计，…): a release of the body, relayed as 记者从商务部了解到，… is, so its data go on in the
    paragraphs after it. Only 据/根据 right before the body and the verb right after it: not 据统计， (no one), 另据X
    统计， (an aside), nor a verb far after the body (据商务部对…的分析); the caller refuses a frame inside another
    body's running release, which it only ends (round 27)."""
    rules = cues()
    return bool(rules.pattern("release_frame_lead").search(cue_text, max(0, attributed[2][0] - 3), attributed[2][0])
                and rules.pattern("release_frame").match(cue_text, attributed[2][1]))


def _forget_release_day(carry: Carry, announced: list[dict], text: str, start: int) -> None:
    """(Round 48) A release's attribution that points back with a day word (`release_day_back_words`) to the day the
    passage opened with (3月12日是我国第45个植树节。全国绿化委员会办公室当日发布《…公报》显示，目前，…；草地面积…):
    that day is when the data came out, no time of theirs (guidelines: a publication date is not the data's time), so
    the passage's carried day no longer dates the undated values after it. A day the attribution names itself is
    dropped as before (round 20); only the word pointing back clears the day carried from the sentence before."""
    words = set(cues().words("release_day_back_words"))
    days = {d.get("value") for d in announced
            if text[d["start"] - start:d["end"] - start] in words and is_day(d.get("value") or "")}
    passage = carry.passage
    if passage.opening in days:
        passage.opening = None
    if passage.last in days:
        passage.last = None


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
                _stated(text, r.placed), times | {passage.release_period} if passage.release_period else times):
            release = None
        if release is not None and passage.restated_only and not restates_release(
                _stated(text, r.placed), times, bool(rules.pattern("time_breakdown_opener").search(cue_text))):
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


def resolve_source(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """The sentence's source where its cue named none: the report just published (白皮书显示 / 。数据显示; a
    periodic report cited back right after its release only, round 32 mend), the report a short title names (《公报》
    显示, round 31), the list just published going on (其中…), a figure's note, the speaker's body; or the passage's
    source, when the sentence goes on with the same data (no other body's data, no new news item, round 33) and
    does not cite someone it does not name (该公司公告称). Also who the sentence released or introduced."""
    rules = cues()
    passage, cue_text, start, published = carry.passage, r.cue_text, r.sentence.start, r.published
    source = r.source
    passage.publisher = published[0] if published else passage.publisher
    periodic = rules.pattern("periodic_report_cue")
    r.report_cues = [m.span() for m in rules.pattern("report_cue").finditer(cue_text)
                     if published or carry.released_before == passage.publisher
                     or not periodic.match(cue_text, m.start())]
    if source is None and passage.publisher and any(not published or a >= published[1][1]
                                                    for a, _ in r.report_cues):
        source = passage.publisher
    if source is None and carry.introduced and names_introduced(cue_text, carry.introduced[1]):
        source = carry.introduced[0]
    carry.introduced = ((published[0], published_title(cue_text, published)) if published and published[0]
                        else None if other_study(cue_text, start, r.its_orgs, carry.introduced)
                        else carry.introduced)
    if (source is None and passage.publisher and carry.released_before in (None, passage.publisher)
            and rules.pattern("continuation").search(cue_text)):
        source = passage.publisher  # (not past a sentence citing another body: 据商务部监测，…。其中，…, round 33)
    reference = rules.pattern("figure_reference").search(cue_text)
    figure = re.sub(r"\s+", "", reference.group("label")) if reference else None
    if source is None and figure:
        source = view.notes.get(figure)
    r.names_source = any(o["canonical"] == passage.source for o in r.its_orgs)  # 海关总署新闻发言人介绍
    partners = trade_partners(start, cue_text, r.its_orgs)  # (我国对东盟进出口…: no other body's data)
    partners |= approving_bodies(start, cue_text, r.its_orgs)  # (全国人大批准的限额: round 36)
    partners |= scope_bodies(start, cue_text, r.its_orgs)  # (（不包括邮政储蓄银行…）: round 42)
    same_data = r.continues or all(o["canonical"] == passage.source or o["canonical"] in partners
                                   for o in r.its_orgs)  # (a new paragraph's passage carries no source yet)
    r.speaks_for_forecasts = source is not None or r.continues  # the sentence's own cue, or a continuation
    r.cited_name = source is None and named_forecaster(cue_text)  # 根据Tractica的数据，…预计: a firm in no lexicon
    source = source or r.body  # (the speaker's body is the source, not the forecaster of 我们预计: round 17)
    same_data = same_data and (source is not None or passage.source is None or r.member
                               or not starts_new_data(start, cue_text, r.its_orgs, passage.source,
                                                      passage.source is not None and passage.source == carry.announcer))
    same_data = same_data and (carry.released_before == passage.source or not periodic.match(cue_text))
    carry.released_before = published[0] if published else source
    r.news_item = bool(rules.pattern("news_item").match(cue_text))
    same_data = same_data and not (r.news_item and passage.item_source)  # 1、X：…。2、…: another news item
    same_data = same_data and not (figure and carry.figure and figure != carry.figure and (
        carry.figure in view.notes or figure in view.notes))  # (如图5所示 after （图2）: another figure's data, round
    # 46; mend: only where a note gave a figure its source: 据X数据，…（图1）。其中，…（图2）。 goes on with X)
    if source is None and same_data and (r.names_source
                                         or not rules.pattern("unnamed_attribution").search(cue_text)) and not (
            _regional_body_before_national(passage.source, cue_text)):
        source = passage.source
    opener = (disclosing_company(start, cue_text, r.its_orgs)
              if carry.disclosures and r.attributed is None and r.source is None else None)
    source = opener or source  # (round 46: 根据各上市公司披露的…数据显示，…。⏎春秋航空2月客运量… → 春秋航空)
    if carry.disclosures and opener is None and r.source is None and not r.continues and source == passage.source:
        source = None  # (…。五粮液2023年…: a company no lexicon reads opens its own data, not the one before's)
    carry.disclosures = bool(rules.pattern("own_disclosure_frame").match(cue_text)) or (
        carry.disclosures and r.sentence.block != "heading" and r.attributed is None
        and (opener is not None or (source is not None and source == passage.source)))
    if r.first_of_block and r.unvalued and r.attributed is None:  # (round 45: the lede of a body's own briefing)
        briefer = briefing_release(start, cue_text, r.its_orgs)
        r.briefing_lede = briefer is not None and source in (None, briefer)
        source = briefer if r.briefing_lede else source
    carry.figure = figure or (carry.figure if source is not None and source == passage.source else None)
    carry.announcer = company_announcer(r.attributed, r.its_orgs, cue_text, start) or (
        carry.announcer if source == carry.announcer else None)
    r.source = source


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
    23). Then the title's period dates what nothing nearer dates, and the claims join the document's."""
    sentence_claims, text, start, outside = carry.sentence_claims, r.text, r.sentence.start, r.outside
    levels = {n["start"] for n in r.in_sentence
              if sentence_claims and (level_base_time(n, text, start, r.placed)
                                      or previous_value(text, n["start"] - start))}
    stated = [c for c in sentence_claims if c["number_start"] not in levels]
    first_date = min((begin for begin, _, _ in outside), default=0)  # (a value before the sentence's first
    first_time = min(((c["number_start"], c["time"]) for c in stated  # date took the passage's time: mend)
                      if c["time"] and c["number_start"] - start < first_date), default=(0, None))[1]
    first_time = first_time or r.fallback  # (no value before it: the passage's time it would have, round 46)
    compared = {c["number_start"] for c in stated
                if in_earlier_period_clause(text, c["number_start"] - start, outside, first_time)}
    aside = compared | {c["number_start"] for c in stated if in_aside(text, c["number_start"] - start)
                        or in_prior_clause(text, c["number_start"] - start)}
    peak_days = single_days(text, outside)
    single = {c["number_start"] for c in stated if c["time"] in peak_days}
    aside |= single if len(single) < len(stated) else set()  # (a sentence of the day's figures alone states it)
    averaged = averaged_span_clauses(text, outside)  # (，“十二五”时期平均增长率为21.12%；: the span's own, round 48)
    aside |= {c["number_start"] for c in stated if any(a <= c["number_start"] - start < b for a, b in averaged)}
    claimed_times = [c["time"] for c in stated if c["time"] and c["number_start"] not in aside]
    since = trend_starts(text, outside)
    parts = sub_periods(text, outside, first_time)
    parted = {c["number_start"] for c in stated if c["time"] and any(
        begin <= c["number_start"] - start and within(c["time"], months_covered(value))
        for begin, value in parts)}
    running = [c["time"] for c in stated if c["time"] and c["number_start"] not in aside | parted
               and not any(begin <= c["number_start"] - start and c["time"] == value for begin, value in since)]
    claimed_times = running or claimed_times
    on_day = any(is_day(d.get("value") or "") for d in r.written_dates if d not in r.its_dates)
    lead = _first_time(stated)
    closing = {c["number_start"] for c in stated if c["time"]  # (nor a part closing it after the title's: r46)
               and _closes_on_part(lead, [c["time"]], r.opening, r.document_frame)}
    carry.period = hold_reporting_period(stated, carry.period, aside | parted | closing, on_day)  # (nor a 其中 part)
    for claim in stated:
        claim["time"] = claim["time"] or view.titled
    own_dates = [d for d in r.own if not in_aside(text, d[0])]
    if not own_dates and carry.passage.year_end:  # (比上年 is a base, no date of its own)
        flows_of_the_year(sentence_claims, carry.passage.last)
    elif not own_dates and carry.passage.period_point:  # (一季度…。…一季度末…失业率…。…就业43万人: round 47)
        flows_of_the_period(sentence_claims, carry.passage.last, carry.passage.opening)
    carry.claims.extend(sentence_claims)
    r.stated, r.aside, r.parted, r.single, r.lead = stated, aside, parted, single, lead
    r.compared_only = bool(stated) and compared >= {c["number_start"] for c in stated}
    r.claimed_times, r.own_dates = claimed_times, own_dates


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


def track_release(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """Whether a release's data go on after the sentence, and the periods it stated: a numbered heading below where
    the release was named opens one of its own sections (round 30), another heading ends it; a paragraph of its own
    that only announces a release, or a body's own briefing with no value (round 35), releases its data; a paragraph
    that opens with a body's release and gives its data goes on with it (round 27); another body's data, or a
    sentence after the release's data that gives none and goes on with none (not a headline of its own, round 35),
    end it. The official quoted before still speaks through the data the sentence went on with (round 36)."""
    rules = cues()
    passage, sentence, text, cue_text, block = carry.passage, r.sentence, r.text, r.cue_text, r.block
    published, source, first_of_block = r.published, r.source, r.first_of_block
    if r.numbered and carry.headings[-1][0] > passage.release_depth:
        pass  # (round 30: 中电联发布…运行简况。⏎（一）电力消费 / 一、铁路 ⏎二、公路: the data under it go on)
    elif r.numbered or (first_of_block and not r.in_sentence and sentence.block == "heading"):
        passage.release_source = None  # (a heading ends a release's data)
    elif first_of_block and sentence.end >= block_end(view.doc, block) and (
            (announces := bool(published) and not r.in_sentence and not WORD.search(cue_text[published[1][1]:]))
            or (r.unvalued and (briefer := briefing_release(sentence.start, cue_text, r.its_orgs)) is not None)):
        passage.release_source = published[0] if announces else briefer
        passage.release_times, passage.release_depth = None, numbered_depth(carry.headings)
        passage.release_period = r.released if announces else None
        if passage.release_period or (not announces and any(not is_day(v) for v in _stated(text, r.outside))):
            # (round 29) …发布7月份…统计数据。: its title's period dates the data after it; (round 35 mend) a
            # briefing lede that names the period it covers states the release's times as a lead does; a day, no
            passage.release_times, passage.release_data, passage.release_block = frozenset(), frozenset(), block
            passage.release_first = None
    elif r.briefing_lede:  # (round 45) 商务部2日举行例行新闻发布会。会上，…。今年1-7月，…: the body's data go on
        passage.release_source, passage.release_times, passage.release_period = source, None, None
        passage.release_depth = numbered_depth(carry.headings)
    elif ((first_of_block or (r.relayed and r.at_briefing)) and (published or r.releasing or r.relayed)
          and (published[0] if published else source)):
        passage.release_source = published[0] if published else source
        passage.release_times, passage.release_data, passage.release_block = frozenset(), frozenset(), block
        passage.release_first = None
        passage.release_period, passage.release_depth = r.released, numbered_depth(carry.headings)
    elif (first_of_block and source is not None and not _within_body(source, passage.release_source)
          and opens_on_data_cue(cue_text, r.attributed, r.its_orgs)):  # (中上协数据显示，2023年上半年，…: round 50)
        passage.release_source, passage.release_times, passage.release_data = source, frozenset(), frozenset()
        passage.release_block, passage.release_first, passage.release_period = block, None, None
        passage.release_depth, passage.restated_only = numbered_depth(carry.headings), True
    elif not _within_body(source, passage.release_source) or (
            passage.release_times is not None and not carry.sentence_claims and not r.continues
            and not (r.headlined and not rules.pattern("headline_telling").search(cue_text))
            and not _cites_release_back(cue_text, r.report_cues)
            and not _leads_section_data(view, carry, r)
            and not _dated_headline(view, passage, r)
            and not _sums_up(carry, r)):
        passage.release_source = None
    carry.summing_block = block if (passage.release_source is not None and not carry.sentence_claims and (
        _cites_release_back(cue_text, r.report_cues) or _sums_up(carry, r))) else None
    if first_of_block:
        carry.headlined_block = block if r.headlined else None
    if passage.release_source is not None and passage.release_times is not None and block == passage.release_block:
        passage.release_times = passage.release_times | _stated(text, r.outside) | set(r.claimed_times)
        if not passage.release_data and r.claimed_times:
            passage.release_first = r.claimed_times[0]
        passage.release_data = passage.release_data | set(r.claimed_times)
    if carry.spoken is None and r.attributed is None and r.quoted is not None and (
            r.continues or carry.sentence_claims) and source == r.quoted:
        carry.spoken = r.quoted


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


def _cites_release_back(cue_text: str, report_cues: list[tuple[int, int]]) -> bool:
    """The sentence opens by citing the release's data back (。数据显示，今年前两个月，我国软件业运行态势良好，…): with
    no value of its own it sums the release up, no comment on it, so the release goes on after it (round 46), as a
    paragraph's own headline does (round 35). The caller has checked that its source is the release's body."""
    return any(not cue_text[:begin].strip() for begin, _ in report_cues)


def _leads_section_data(view: DocumentView, carry: Carry, r: SentenceReading) -> bool:
    """A sentence with no value between a paragraph's own headline and the data the paragraph goes on with
    (制造业投资较快增长。在…推动下，制造业投资延续了较快的增长态势。1-5月份，…): it leads into the section's data, as
    the headline does (round 35), so the release goes on (round 46). Not the paragraph's last sentence (a comment after
    the data, or a headline paragraph's closing remark), nor one telling someone's view (`headline_telling`)."""
    return (carry.headlined_block == r.block and not r.first_of_block
            and r.sentence.end < block_end(view.doc, r.block)
            and not cues().pattern("headline_telling").search(r.cue_text))


def _sums_up(carry: Carry, r: SentenceReading) -> bool:
    """A sentence with no value going on, in the same paragraph, with the summary a sentence citing the release back
    began (公报显示，这一年，中小学招生人数有所增长…。高等学校在这一年持续扩招，毕业生也在持续增长。): still the
    report's summary, no comment on it (round 46's `_cites_release_back`), so the release goes on (round 47). Not a
    sentence with an attribution of its own or a verb of telling (专家认为，…; 业内人士表示，…)."""
    return (carry.summing_block == r.block and not r.first_of_block and r.attributed is None
            and not cues().pattern("headline_telling").search(r.cue_text)
            and not cues().pattern("unnamed_attribution").search(r.cue_text))


def _dated_headline(view: DocumentView, passage: Passage, r: SentenceReading) -> bool:
    """A paragraph's own headline that names the release's period (一季度就业形势稳中有进，实现良好开局。 after a body's
    briefing on the first quarter, more of the paragraph after it): the release's own point, as round 35's headline
    with no date is, so the release goes on (round 47). Its dates must end inside the periods the release stated
    (`goes_on_release`); a headline telling someone's view, or one closing its paragraph, is no such point."""
    rules = cues()
    stated = _stated(r.text, r.outside)
    return (r.first_of_block and not r.in_sentence and bool(stated) and r.sentence.block != "heading"
            and passage.release_times is not None
            and r.sentence.end < block_end(view.doc, r.block)
            and bool(rules.pattern("headline_sentence").match(r.cue_text))
            and not rules.pattern("headline_telling").search(r.cue_text)
            and goes_on_release(stated, passage.release_times))


def _regional_body_before_national(source: str | None, cue_text: str) -> bool:
    """(round 49) A region's own body (据江苏省统计局数据，…: `regional_body`) carried to a sentence that
    speaks of the whole nation (全国, 我国: `national_scopes`) and names neither that region nor its own
    whole (全省: `regional_scopes`): its data are of the region, so the national figures after it are not
    its (2023年全国…。据江苏省统计局数据，江苏…。全国人均GDP… → null)."""
    if not source:
        return False
    rules = cues()
    region = rules.pattern("regional_body").match(source)
    return bool(region and region["place"] not in cue_text and _national_subject(cue_text)
                and not any(scope in cue_text for scope in rules.words("regional_scopes")))


def _national_subject(cue_text: str) -> bool:
    """(round 49 mend) Whether a sentence speaks of the whole nation (`national_scopes`) other than as the base a
    figure is compared with or a share of (高于全国平均水平, 占全国的: `national_scope_bases` right before it): a
    region's sentence that only measures itself against the nation is still the region's."""
    rules = cues()
    bases = tuple(rules.words("national_scope_bases"))
    return any(not cue_text.endswith(bases, 0, m.start())
               for scope in rules.words("national_scopes") for m in re.finditer(re.escape(scope), cue_text))


def _within_body(source: str | None, release: str | None) -> bool:
    """The source is the release's body or one of its units (国家统计局服务业调查中心 after 国家统计局公布): its
    statistician reading the release out goes on with the same data, so the release's undated paragraphs after that
    reading keep its period and source (round 32). Another body, even one whose name opens alike, is not."""
    if source == release:
        return True
    return source is not None and release is not None and source.startswith(release) and (
        cues().pattern("body_unit_end").search(source[len(release):]) is not None)
