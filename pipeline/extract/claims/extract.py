"""The top-level claim extraction: a document's passages read in order, carrying time, source and subject."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc

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
    footnote_sources,
    footnoted_source,
    hosts_briefings,
    item_attributions,
    named_forecaster,
    official_speaks,
    paragraph_notes,
    publication,
    reattribute,
    restated_dates,
    scope_bodies,
    source_notes,
    speaker_label,
    speaker_turn,
    starts_new_data,
    trade_partners,
)
from pipeline.extract.claim_time import (
    Placed,
    breaks_down,
    dateline_opening,
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
from pipeline.extract.claims.brackets import citation_commas_blank
from pipeline.extract.claims.passage import (
    PLAIN_HEADING_LEVEL,
    Passage,
    block_end,
    continue_levels,
    continues_shared_measure,
    date_line,
    dated_heading_line,
    flows_of_the_year,
    numbered_depth,
    opening_level_time,
    opens_at_year_end,
    own_date_start,
    parts_of,
    passages,
    sentence_dates,
    states_no_value,
)
from pipeline.extract.claims.reporting import (
    after_item,
    bare_report_period,
    bare_title_speaker,
    briefed_or_spoken,
    company_announcer,
    drop_release_days,
    goes_on_release,
    hold_reporting_period,
    is_item,
    leading_source_note,
    learn_speakers,
    names_introduced,
    narrowed_opening,
    one_report_time,
    other_study,
    place_lead,
    previous_value,
    published_on,
    published_title,
    release_title_period,
    runs_past,
    speaker_body,
)
from pipeline.extract.claims.sentences import WORD, claims_of_sentence
from pipeline.extract.claims.spreads import spread_heads
from pipeline.extract.dates import open_heading, title_time
from pipeline.nlp.doc import WordIndex
from pipeline.script import simplified
from pipeline.segment import Sentence


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
    passage = Passage()
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
        its_dates = [bare_report_period(text, sentence.start, d)  # 8月23日晚间披露半年报: the report's period
                     for d in _within(dates, date_starts, sentence.start, sentence.end)]
        written_dates = its_dates  # (before the announcement and release days are read out)
        its_orgs = _within(orgs, org_starts, sentence.start, sentence.end)
        note = leading_source_note(cue_text)
        if note:  # …40万家。（数据来源：科技部）: the note of the sentence before, no cue of this one
            noted = attribution(sentence.start, cue_text[:note], its_orgs)
            for claim in sentence_claims:
                claim["source"] = claim["source"] or (noted[0] if noted else None)
            cue_text = " " * note + cue_text[note:]
            if not WORD.search(cue_text):
                continue
        turn = speaker_turn(cue_text)
        label_end = turn.span[1] if turn else 0
        if (turn is not None and turn.asks and passage.speaker and not in_sentence and not its_dates
                and rules.pattern("follow_up_question").match(cue_text[label_end:])):
            continue  # 记者：那么服务出口呢？: a follow-up question; the answer it interrupts goes on after it
        learn_speakers(text, sentence.start, its_orgs, speakers)
        # (a lead-in's orgs are the briefing's host it was told at, 在国新办新闻发布会上，刘爱华表示，…: no body of the
        # speaker's, whose name is remembered from the sentence that named the body, round 36)
        venue = turn.venue if turn is not None and not turn.labelled else (0, 0)
        body = speaker_body(turn, [o for o in its_orgs if o["start"] - sentence.start < label_end
                                    and not venue[0] <= o["start"] - sentence.start < venue[1]], speakers)
        if turn is not None and turn.labelled:  # a label (国家统计局新闻发言人 付凌晖：, on a line of its own or
            standing = body  # not) opens a turn of the paragraphs under it, up to the next label (round 23)
        elif turn is None:
            body = standing
        its_orgs = [o for o in its_orgs if o["start"] - sentence.start >= label_end]  # a label's body or outlet is
        cue_text = " " * label_end + cue_text[label_end:]  # no cue: the turn's own opening is read after it
        cited = list(rules.pattern("citation_year").finditer(cue_text))
        citations = [m.span("year") for m in cited]
        cue_text = citation_commas_blank(cue_text, cited)  # 国际劳工组织（ILO，2020）的测算表明: one name, its cue
        attributed = attribution(sentence.start, cue_text, its_orgs)
        source = attributed[0] if attributed else None
        named_official_body = body if turn is not None and not turn.labelled else None  # 刘志清介绍，…: the body of
        # the official the sentence opens by name
        quoted = spoken  # (the official the sentence before quoted)
        source, briefed, spoken = briefed_or_spoken(cue_text, sentence.start, its_orgs, attributed, source, briefed,
                                                     spoken, named_official_body, spoken_block == block)
        # (round 36: 人力资源社会保障部今天举行…新闻发布会。新闻发言人卢爱红介绍，…: the speaker named by a bare title
        # right after a body's own briefing lede speaks for that body, and opens its data as 人社部新闻发言人…介绍 does)
        bare_titled = (source is None and briefed_release is not None
                       and bare_title_speaker(cue_text, sentence.start, its_orgs))
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
                    or not published_on(text, d["start"] - sentence.start, d["end"] - sentence.start,
                                         attributed[1], releasing.start())]
            release_opened = any(rules.pattern("passage_opener").fullmatch(text, 0, d["start"] - sentence.start)
                                 for d in its_dates if d not in kept)
            its_dates = kept
            # 2020年1月17日，国家统计局发布，截至2019年末…: the day of the release dates no data, here or after
        published = publication(sentence.start, cue_text, its_orgs)
        if published:  # 2024年6月，中国信通院发布《…》: when the report was published is no time of its data
            its_dates = [d for d in its_dates if d.get("report_released")
                         or not published_on(text, d["start"] - sentence.start, d["end"] - sentence.start,
                                              published[1], published[3])]
        its_dates = drop_release_days(text, sentence.start, its_dates)  # 4月22日晚，X发布2024年一季度业绩
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
                  and continues_shared_measure(sentence_claims, cue_text))  # 。华为云…，市场份额为2.3%: one more member
        continues = continues or member
        # the data lines under a lead-in that ends in a colon (9月22日—28日，运行数据：⏎X…；⏎Y…。 / …。其中：⏎X…) go on
        # with its passage, its time and source, until a line with no value or a heading (round 24)
        # (a plain-text data item read as a heading, 2. 毛利率31.5%, is an item as a Markdown one is: round 26)
        as_item = sentence.block != "heading" or is_item(doc._.blocks or [], block)
        listed = first_of_block and passage.listing and as_item and bool(in_sentence)
        # an item of a list right after another item of it goes on with the items before it, in the time the last
        # dated one stated (- 2024年营业收入8.6亿元 / - 毛利率达31.5%), as the lines under a lead-in do (round 25)
        listed = listed or (first_of_block and as_item and bool(in_sentence)
                            and after_item(doc._.blocks or [], block))
        continues = continues or listed
        # a list item's headline with no value, set apart from its data by a space (- 盈利能力显著提升⎵毛利率达31.5%:
        # round 26): the item's data after it opens the block, as it did before the headline was a sentence of its own
        # (the segmenter records which sentences such a gap ends: Sentence.gap_after, round 27)
        headline = first_of_block and not in_sentence and is_item(doc._.blocks or [], block) and sentence.gap_after
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
            if release is not None and times is not None and not goes_on_release(
                    _stated(text, placed), times | {passage.release_period} if passage.release_period else times):
                release = None  # (a paragraph with a date of its own outside the periods the release stated opens
                # data of its own; the period its title names is one it stated, round 41: 水利部发布《2023年中国水资源
                # 公报》。⏎公报显示，2023年，… goes on)
            # (a heading takes no source; whether the release goes on under it is decided below: round 30)
            lead = release if sentence.block != "heading" else None
            # (a release paragraph that stated one time for its data dates the undated paragraphs after it: a
            # bulletin's 2018年，全国共有…。⏎全国共有幼儿园…，比上年增加…)
            valued = passage.release_data
            lent, lent_year_end = (one_report_time(valued) if lead is not None and times is not None
                                   else (None, False))
            if lead is not None and times is not None and not valued:
                lent = passage.release_period  # (a release whose values took no time: its title's period, round 29)
                lent = lent or _lead_period(times)  # (…发布数据，10月份，…主要指标回升。⏎一、…: the lead's period, 32)
            # (a paragraph opening with a topic frame, 资金方面，/ 从板块表现看，, turns to another side of the data the
            # passage before described: it holds for the time that passage opened with, round 28)
            headlined = (sentence.block != "heading" and not in_sentence and not placed  # (产业转型步伐加快。…:
                         and sentence.end < block_end(doc, block)  # a headline sentence turns so too, round 34)
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
            passage = Passage(block=block, opening=lent or based or stated_for or heading, source=lead or stated_by,
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
        lead = lead or place_lead(index, sentence.start, placed)
        outside = [d for d in placed if not in_aside(text, d[0])]  # (an aside's date opens no passage time)
        own = sentence_dates(text, placed)  # (比上年 is a base, no date of its own)
        released = release_title_period(text, published, now)  # 发布《5月份…情况》: the period of the data released
        opening = opening_time(text, outside, lead) or lede or released
        unvalued = states_no_value(in_sentence)  # (过去五年 in a review's heading: round 33)
        numbered = (rules.pattern("section_heading").match(text)
                    if first_of_block and unvalued and not headline else None)
        if numbered:  # (a heading without a date ends the time of the last one of its level or below, not above it)
            if points is not None:  # (the first section under a dated lead of points: the lead dates them, below)
                depth = numbered_depth(headings)
                headings = [h for h in headings if h[0] <= depth] + [(depth, points)]
            headings, heading = open_heading(headings, numbered, opening)
        elif first_of_block and unvalued and (sentence.block == "heading" or date_line(
                text, outside, sentence.end >= block_end(doc, block)) or (
                    not in_sentence and sentence.block != "title"  # (a title's period: round 14's release rules)
                    and dated_heading_line(text, outside, sentence.end >= block_end(doc, block), now))):
            # (round 30: a line that is only a time frame, 截至7月末 / 截至27日 over the data lines, heads them as a
            # heading does, whatever the layout reader made of it)
            # a heading with no number (### 2024年经营情况, a Markdown or short line heading) sits innermost: the one
            # date it opens with dates the blocks under it up to the next heading, as a numbered one's does (round 25)
            headings = [h for h in headings if h[0] < PLAIN_HEADING_LEVEL] + [
                (PLAIN_HEADING_LEVEL, opening if len(outside) == 1 else None)]
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
        if source is None and introduced and names_introduced(cue_text, introduced[1]):
            source = introduced[0]  # 《公报》显示 paragraphs later: the short title names the report introduced (31)
        introduced = ((published[0], published_title(cue_text, published)) if published and published[0]
                      else None if other_study(cue_text, sentence.start, its_orgs, introduced) else introduced)
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
        announcer = company_announcer(attributed, its_orgs, cue_text, sentence.start) or (
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
                    passage.last if runs_past(passage.last, period) else None)
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
            restated = restated_dates(text, spans)  # 上年同期即2023年5月末 (round 44): the restating date and its 即
            masked = blank_out(text, spans + said + layout + report_cues + date_slashes(text, spans)
                               + date_leads(text, spans) + day_parts(text, spans + announced) + records + restated, " ")
            bases = named_base_dates(blank_out(text, restated, " "),
                                     [span for span in spans if not any(a < span[1] <= b for a, b in restated)])
            # (cues are words: 计划 inside 印度统计和计划执行部 is no plan, round 16)
            unnamed = blank_out(text, [(o["start"] - sentence.start, o["end"] - sentence.start) for o in its_orgs]
                                + [(0, label_end)], " ")
            forecasts_cited = (speaks_for_forecasts and source is not None) or cited_name
            sentence_claims = claims_of_sentence(text, masked, sentence, in_sentence, placed, source, passage, index,
                                               fallback, bases, forecasts_cited, now,
                                               carried, unnamed, restated)
            if sentence.block in rules.words("unit_only_blocks"):  # a title's bare figure measures nothing (round 30)
                sentence_claims = [claim for claim in sentence_claims if claim["unit"]]
            if sentence.block in rules.words("headline_blocks") and (
                    guide := rules.pattern("explainer_headline").search(cue_text)):  # 5个问题带你读懂…: a guide's
                sentence_claims = [claim for claim in sentence_claims  # count of its parts (second read, round 30)
                                   if not guide.start() <= claim["number_start"] - sentence.start < guide.end()]
            if continues and fallback == passage.last:
                # (no date of its own: 比上年末 is a base; round 34: or the values before its first one)
                dated = own_date_start(own, text)
                continue_levels([c for c in sentence_claims if c["number_start"] - sentence.start < dated
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
                                          or previous_value(text, n["start"] - sentence.start))}
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
        period = hold_reporting_period(stated, period, aside | parted, on_day)  # (nor a 其中 sub-period)
        for claim in stated:
            claim["time"] = claim["time"] or titled  # (a title year dates what nothing nearer dates)
        own_dates = [d for d in own if not in_aside(text, d[0])]  # (those outside asides)
        if not own_dates and passage.year_end:  # (比上年 is a base, no date of its own)
            flows_of_the_year(sentence_claims, passage.last)
        claims.extend(sentence_claims)
        passage.opening = narrowed_opening(text, outside, opening, claimed_times) or passage.opening
        if release_opened and not opening and len(set(claimed_times)) == 1:
            # 11月8日，X公布数据显示，德国9月工业产出…。出口环比下降1.7%: the release's data go on in the sentences
            # after it, for the period it states, not for the day it came out (round 23)
            passage.opening = claimed_times[0]
        if len(set(claimed_times)) == 1 or opening:  # (a run of inline bullets: the time its last dated bullet stated)
            passage.bullet_time = claimed_times[0] if len(set(claimed_times)) == 1 else opening
        passage.level_time = opening_level_time(stated, aside | parted, opening)
        passage.averaged = bool(claimed_times) and any(  # (the span the sentence's last value, an average, ran over)
            c["time"] == claimed_times[-1] and cues().pattern("annual_average").search(c["metric"] or "")
            for c in stated)
        if own_dates:
            passage.year_end = opens_at_year_end(text, own_dates, opening)
        if not in_sentence and heads_a_running_budget(text, opening, now):
            passage.horizon = passage.budget = True  # 2025年中央一般公共预算收入预算。…收入100645亿元 (round 31)
        passage.last = claimed_times[-1] if claimed_times else passage.last if single <= aside and single else (
            sole_time(text, outside) or released or (passage.last if continues or headline else None))
        if not in_targets and breaks_down(claimed_times, whole):  # 上半年…。一季度、二季度分别增长…。: the half runs on
            passage.opening = passage.last = whole
        elif passage.parted and claimed_times and parts_of(claimed_times, passage.parted):
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
        elif first_of_block and sentence.end >= block_end(doc, block) and (
                (announced := bool(published) and not in_sentence and not WORD.search(cue_text[published[1][1]:]))
                or (unvalued and (briefer := briefing_release(sentence.start, cue_text, its_orgs)) is not None)):
            # a paragraph of its own that only announces a release; or (round 35: 国家能源局召开新闻发布会，介绍…情况。⏎
            # 据介绍，…⏎截至9月底，…) the body's own briefing, with no value (前10个月: a span), releases its data so
            # too (a press office's names no body)
            passage.release_source = published[0] if announced else briefer
            passage.release_times, passage.release_depth = None, numbered_depth(headings)
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
            passage.release_period, passage.release_depth = released, numbered_depth(headings)
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
        passage.spread = (spread_heads(text, in_sentence, sentence.start)
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


def _within_body(source: str | None, release: str | None) -> bool:
    """The source is the release's body or one of its units (国家统计局服务业调查中心 after 国家统计局公布): its
    statistician reading the release out goes on with the same data, so the release's undated paragraphs after that
    reading keep its period and source (round 32). Another body, even one whose name opens alike, is not."""
    if source == release:
        return True
    return source is not None and release is not None and source.startswith(release) and (
        cues().pattern("body_unit_end").search(source[len(release):]) is not None)
