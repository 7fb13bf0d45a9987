"""Reporting: release titles and their periods, speakers and announcers, published dates, source notes and read-outs."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from pipeline.chars import blank_out
from pipeline.end_search import search_at_end
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import is_factual, is_factual_up_to
from pipeline.extract.claim_source import Turn, briefing_hearsay, briefing_holder, dateline, official_speaks
from pipeline.extract.claim_time import Placed, clause_bounds, is_day, is_year, months_covered, time_for, within
from pipeline.extract.dates import find_dates, holiday_over
from pipeline.nlp.doc import WordIndex
from pipeline.repeat_search import found_none_before
from pipeline.script import simplified

_ANSWERER = "\0answerer"  # the speakers' key of the body that answers a 答记者问's questions (no name can be it)


def _within_release(value: str, times: frozenset[str]) -> bool:
    """A date's period ends inside one the release stated: 1—10月 (2024-01/2024-10) or 10月 in a release of October's
    data, 2023年末 (2023-12) in a bulletin of 2023; not 2023 in October 2024's release, nor 9月 in October's. The end is
    compared by month, whatever the notation (round 33): 6月底 (2024-06) ends inside 上半年 (2024-H1) and 三季度
    (2024-Q3) inside 9月底 (2024-09), as 10月 does inside 1—10月; 一季度 (2024-Q1) ends before 前三季度 does."""
    end = value.split("/")[-1]
    return any(end.startswith(time.split("/")[-1]) or _ends_within_unit(end, time.split("/")[-1]) for time in times)


def one_report_time(valued: frozenset[str]) -> tuple[str | None, bool]:
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


def headline_report_time(valued: frozenset[str], first: str | None) -> str | None:
    """(round 46) The time a release's paragraph of data lends the undated paragraphs after it when its values took
    several times, one period and its parts or its whole (2017年1-5月份，全国固定资产投资203718亿元…。从环比速度看，
    5月份比4月份增长0.72%。; 5月份，规上工业增加值增长6.5%…。1-5月份，增长6.7%。): the time of its first value, the
    release's headline figure, whose data period the paragraphs after it go on with. Times that do not nest (two
    years, two separate months) name no one period: None."""
    held = months_covered(first) if first else None
    if held is None or len(valued) < 2 or first not in valued:
        return None
    nested = all(within(time, held) or within(first, months_covered(time)) for time in valued)
    return first if nested else None


def goes_on_release(stated: set[str], times: frozenset[str]) -> bool:
    """A paragraph's dates go on with a release that stated ``times``: each ends inside one of them (round 27), or
    the paragraph breaks the stated period down into its parts (分季度看，一季度…，二季度…，三季度… after 前三季度;
    7月…8月…9月 after 三季度): one of its dates ends inside, the others lie within the stated span (round 35). An
    earlier part alone (一季度 after 前三季度) still ends the carry, as round 33 ruled."""
    outside = [value for value in stated if not _within_release(value, times)]
    if not outside:
        return True
    return len(outside) < len(stated) and all(_inside_span(value, times) for value in outside)


def opens_on_data_cue(cue_text: str, attributed: tuple | None, its_orgs: list[dict]) -> bool:
    """(Round 50) The sentence opens its paragraph on a public or industry body's data cue (中上协数据显示，…; 据中国
    汽车工业协会统计，…): that body's data set, whose period a later paragraph may restate (`restates_release`).
    A company's data (比亚迪数据显示) are not: the write-up goes on to its peers, whom the lexicon often lacks
    (round 29)."""
    rules = cues()
    cue = rules.pattern("data_cue_opening").match(cue_text)
    return bool(cue and attributed is not None and attributed[1][1] <= cue.end() and any(
        o["canonical"] == attributed[0] and o["type"] in rules.words("relayed_release_types") for o in its_orgs))


def restates_release(stated: set[str], times: frozenset[str], breakdown: bool = False) -> bool:
    """(Round 50) A paragraph after a body's data cue goes on with it only where each date it states is a period the
    cue's paragraph stated, exactly (上半年 after 2023年上半年), or, opening on a breakdown by time (分季度看，…), its
    parts (round 35's `goes_on_release`): a part alone (7月 after 1—7月) or no date at all does not (round 41: a bare
    X数据显示 is no release)."""
    return bool(stated) and (stated <= times or (breakdown and goes_on_release(stated, times)))


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


def is_item(blocks: list, index: int) -> bool:
    """The block is a list item (a Markdown or HTML item, a plain-text line opened by a bullet or an enumerator)."""
    return 0 <= index < len(blocks) and blocks[index].item


def after_item(blocks: list, index: int) -> bool:
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


def factual_to_clause_end(factual: str, end: int, number: dict, text: str, sentence_start: int,
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


def drop_release_days(text: str, sentence_start: int, dates: list[dict]) -> list[dict]:
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


def bare_report_period(text: str, sentence_start: int, date: dict) -> dict:
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


_REPORT_LAST_MONTH = {"H1": 6, "Q1": 3, "Q3": 9, "FY": 12}  # the last month of the period each report word names


def undated_report_period(text: str, placed: list[Placed], now: str | None) -> str | None:
    """(Round 47) The period of a periodic report named by its word only, released with no day before it (比亚迪发布
    半年报，报告期内营业收入…; X披露三季报，…): the latest such period ended by the document's month (半年报 read in
    September 2024 → `2024-H1`, in March 2025 → `2024-H1`; 年报 → the year before), as round 22 reads it from the day of
    the release. A date before the verb keeps round 22's rule (`bare_report_period`); a report with its year
    (发布2023年半年报) is a date of its own."""
    if now is None:
        return None
    found = cues().pattern("bare_report_release").match(text, 0)
    if found is None or any(start < found.end() for start, _, _ in placed):
        return None
    year, month = int(now[:4]), int(now[5:7])
    part = found.lastgroup
    last = _REPORT_LAST_MONTH[part]
    year = year - 1 if month <= last else year
    return str(year) if part == "FY" else f"{year}-{part}"


def narrowed_opening(text: str, placed: list[Placed], opening: str | None, claimed: list[str]) -> str | None:
    """A sentence opening with a year-to-date (今年以来，…) that goes on stating its data for one narrower period of
    that year (…上半年完成…亿千瓦时，同比增长4.2%) dates the passage by that period: the next sentences continue
    its data, not the open-ended year (round 20)."""
    if not opening or not claimed or len(set(claimed)) != 1 or not claimed[0].startswith(f"{opening}-"):
        return None
    since = cues().pattern("since_opening")
    opened = any(value == opening and (since.match(text, end) or since.search(text[start:end]))
                 for start, end, value in placed[:1])
    return claimed[0] if opened else None


def place_lead(index: WordIndex, sentence_start: int, placed: list[Placed]) -> int:
    """The end of the place names a sentence opens with right before its first date (a country's or province's
    data for that month, 某国1月出口…): the date opens the passage as after an organisation (round 20)."""
    if not placed:
        return 0
    places, scopes = cues().words("place_pos_tags"), cues().words("group_scope_words")
    words = [w for w in index.clipped(sentence_start, sentence_start + placed[0][0]) if w.text.strip()]
    if not words or not all(w.tag in places or w.text in scopes for w in words):
        return 0
    return placed[0][0]


def release_title_period(text: str, published: tuple | None, now: str | None) -> str | None:
    """The period a data release's title names, right after the verb publishing it (国家统计局发布《5月份70个大中城市
    商品住宅销售价格变动情况》，一线城市…): the time of the data the passage goes on stating where no date of its own
    dates them, once the period has ended by the document's month (round 24). Only a release of data (…情况, …数据,
    …公报), not a report whose year may be its edition's; also named with no title marks up to the clause's end (发布
    7月份70个大中城市商品住宅销售价格变动情况统计数据。: round 29), or in quotes in the sentence's first clause (发布的
    “5月份…变动情况”数据显示，: round 45)."""
    rules = cues()
    if not published:
        end = rules.pattern("clause_end_mark").search(text)
        title = _quoted_release(text, 0, end.start() if end else len(text))
    else:
        title = (rules.pattern("release_title").match(text, max(0, published[1][1] - 1))
                 or rules.pattern("bare_release_title").match(text, published[3])  # 发布7月份…情况统计数据 (round 29)
                 or _quoted_release(text, published[3], published[1][1] + 1))
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


def _quoted_release(text: str, begin: int, end: int) -> re.Match[str] | None:
    """(round 45) A data release's title in quotes right after the verb that publishes it, between ``begin`` and
    ``end`` (国家统计局15日发布的“5月份70个大中城市商品住宅销售价格变动情况”数据显示，…), which round 24 reads as a
    title for its count: its period dates the data as a 《》 title's does. Only a title ending in a release noun
    (`release_title_end`: …情况, …公报), not a report, an index or a list whose year may be an edition's
    (“2024中国城市发展报告”)."""
    quoted = cues().pattern("quoted_release_title").search(text, begin, min(len(text), end))
    if quoted is None or not cues().pattern("release_title_end").search(quoted["title"]):
        return None
    return quoted


def published_title(text: str, published: tuple[str, tuple[int, int], tuple[int, int], int]) -> str:
    """The title (or the name) of the report a publication phrase releases: from its verb to the close of its title
    marks (发布《2023年国民经济和社会发展统计公报》), or to the end of the phrase (发布2023年统计公报)."""
    end = published[1][1]
    if text[end - 1:end] in ("《", "〈"):
        close = re.compile(r"[》〉]").search(text, end)
        end = close.end() if close else len(text)
    return text[published[3]:end]


def names_introduced(text: str, title: str) -> bool:
    """The short title in title marks (《公报》显示) names the report introduced: its word (公报, 报告, 白皮书 …) is in
    that report's title (second read, round 31: a 《报告》 cites no 统计公报)."""
    cue = cues().pattern("titled_report_cue").search(text)
    return cue is not None and simplified(cue.group("short")) in simplified(title)


def other_study(text: str, sentence_start: int, orgs: list[dict], introduced: tuple[str, str] | None) -> bool:
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


def published_on(text: str, start: int, end: int, phrase: tuple[int, int], verb: int) -> bool:
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


def learn_speakers(text: str, sentence_start: int, orgs: list[dict], speakers: dict[str, str]) -> None:
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


def bare_title_speaker(text: str, sentence_start: int, orgs: list[dict]) -> bool:
    """Whether the sentence opens with a speaker named by a bare title and no body (新闻发言人卢爱红介绍，…; 有关负责人
    表示，…; 该部新闻发言人…说，…): right after a body's own briefing lede, the body's official (round 36)."""
    found = cues().pattern("bare_title_speaker").match(text)
    return found is not None and not any(org["start"] - sentence_start < found.end() for org in orgs)


def briefed_or_spoken(text: str, sentence_start: int, orgs: list[dict],
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
    他还指出，…) or with the official's name alone (``named_official_body``: the body `learn_speakers` remembered
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


def company_announcer(attributed: tuple[str, tuple[int, int], tuple[int, int], int] | None, orgs: list[dict],
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


def speaker_body(turn: Turn | None, label_orgs: list[dict], speakers: dict[str, str]) -> str | None:
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


def previous_value(text: str, offset: int) -> bool:
    """The value at ``offset`` is the previous period's figure (，前值为50.9; ，前值1.4%): dated a period before the
    sentence's own, it is a base and no time the next sentence goes on with."""
    return bool(search_at_end(cues().pattern("previous_value"), text, clause_bounds(text, offset)[0], offset))


def leading_source_note(text: str) -> int:
    """Where a bracketed source note that opens a sentence ends (0 if none): the note was written after the 。 of
    the sentence before (…40万家。（数据来源：科技部）), so it is that sentence's."""
    match = cues().pattern("source_note").match(text.lstrip())
    return len(text) - len(text.lstrip()) + match.end() if match else 0


def hold_reporting_period(found: list[dict], period: str | None, aside: set[int] | frozenset[int] = frozenset(),
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


def runs_past(time: str | None, period: str | None) -> bool:
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


def in_viewing_frame(number: dict, text: str, clause_begin: int, offset: int, end: int) -> bool:
    """A count inside a viewing frame clause (从70个大中城市房价看，…; 从31个省份来看，…): it names the set the
    sentence views, as a frame's count does (70个大中城市中，…), no value the sentence asserts (round 29). Only the
    count's own clause is read, once per value."""
    rules = cues()
    return (number["kind"] == "count"
            and rules.pattern("count_viewing_frame_before").fullmatch(text, clause_begin, offset) is not None
            and rules.pattern("count_viewing_frame_after").match(text, end) is not None)
