"""Passages: run-on sentences cut into passages, heading levels and their times, dated heading lines, blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import Governing
from pipeline.extract.claim_metric.words import common_end
from pipeline.extract.claim_selection import is_structural_count
from pipeline.extract.claim_time import Placed, base_dates, is_year_end, months_covered, within
from pipeline.segment import Sentence

_SHARE_UNITS = frozenset({"%", "pp"})  # a share or rate, and its change in points (a stock's change may be one)


PASSAGE_LIMIT = 8000  # characters; above the longest real sentences (a 5,870-character one in dev/)


_PASSAGE_BREAK = re.compile(r"[。！？；;，,]")


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


PLAIN_HEADING_LEVEL = 9  # a heading with no number sits below every numbered level (一、 1, （一） 2, 1. 3, （1） 4)


@dataclass
class Passage:
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
    release_first: str | None = None  # …and the time its first value took, its headline figure's (round 46)
    release_block: int = -1  # the paragraph that opened the release (its data set the times above)
    release_period: str | None = None  # the period the release's title names, for data no value of it dated (round 29)
    release_depth: int = 0  # the deepest numbered heading open where the release was named (0: none; round 30)
    restated_only: bool = False  # the release is a body's data cue: only its periods restated go on (round 50)
    framing: str | None = None  # the time the paragraph's first sentence opened with (its lede's day: round 28)
    own_frame: str | None = None  # …that time even where the paragraph was an aside keeping the frame (round 34 mend)
    spread: tuple[list[str] | None, list[str]] | None = None  # the last sentence's 分别 list (round 29)
    level_time: str | None = None  # the time of the previous sentence's last level, not a change (round 30)
    averaged: bool = False  # …whose last value, an average over years, set the running span (年均下降: round 40 mend)
    # the running time is a year's end: one a sentence opened with (2023年末，…: round 37), or the one a release's
    # paragraph of a year and its end lends the paragraphs after it (`one_report_time`: round 41)
    year_end: bool = False
    # (round 47) the running time is the end month of the period the passage opened with (一季度…。…，一季度末…失业率
    # 3.89%。): the flows after it are that period's (`flows_of_the_period`)
    period_point: bool = False
    horizon: bool = False  # the last sentence of the paragraph set only targets (“十四五”期间，…降低13.5%。: round 31)
    budget: bool = False  # …or the horizon is a budget's a heading named (2025年…收入预算。: its lines need no verb)
    # the period a breakdown by time (分季度看，…；…。) splits: its parts run on over ； but not past the 。 that ends
    # them, where the passage returns to the whole (round 42 mend)
    parted: str | None = None


def parts_of(times: list[str], whole: str) -> bool:
    """The times all lie inside ``whole`` and one is a part of it (二季度 of 2023): a breakdown by time's (round 42
    mend)."""
    held = months_covered(whole)
    return all(within(t, held) for t in times) and any(months_covered(t) != held for t in times)


def opening_level_time(stated: list[dict], aside: set[int], opening: str | None) -> str | None:
    """The time the sentence opens with when it dates a level there (a stock or a rate, not a change: 截至2024年底，…
    用户总数达17.9亿户，全年净增2651万户), which the levels of a sentence continuing it hold for (round 30). Not a
    date inside the sentence (…上升到2019年的88.25%，平均年增长率…；…累计约63.11亿份: the chain goes on as before)."""
    return opening if opening and any(c["time"] == opening and c["number_start"] not in aside
                                      and _is_level(c["metric"]) for c in stated) else None


def _is_level(metric: str | None) -> bool:
    """A metric naming a level: no change (净增, 增长) and no flow (新增存款) in it."""
    rules = cues()
    return not (rules.pattern("change_words").search(metric or "") or rules.pattern("flow_metric").search(metric or ""))


def continue_levels(claims: list[dict], passage: Passage) -> None:
    """A continuation with no date of its own (。其中，5G移动电话用户达10.14亿户，比上年末净增2.63亿户) goes on in the
    time of the sentence before: its levels in that of the levels there (`2024-12`, the 截至2024年底 of the stock it
    breaks down), its changes in that of the last value there (`2024`, the 全年 of 全年净增), as before (round 30); but
    when that last value was an average over years (比2021年年均下降6.3%, 两年平均增长3.9%), a change that is no average
    goes on in the levels' time too, not in the span (round 40 mend)."""
    if passage.level_time is None or passage.level_time == passage.last:
        return
    over_the_year = passage.year_end and is_year_end(passage.level_time)
    averages = cues().pattern("annual_average")
    for claim in claims:
        if claim["time"] != passage.last:
            continue
        if _is_level(claim["metric"]):
            # (a measure of dealings is the year's when the levels are the year's end: 截至2023年底，…，全年净增2000家。
            # 其中，网络零售额3000亿元 → 2023, as `flows_of_the_year` dates it; round 40 mend)
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


def opens_at_year_end(text: str, own_dates: list[Placed], opening: str | None) -> bool:
    """Whether the sentence opens with a year's end (2023年末，…; 年底，…) that dates its stocks, read from its dates of
    its own (`own_dates`, outside asides): a sentence after it with no date of its own goes on in that point, but its
    flows are the year's (round 37)."""
    year_end = cues().pattern("year_end_word")
    return is_year_end(opening) and any(
        value == opening and year_end.search(text, start, end) for start, end, value in own_dates)


def ends_opening_period(text: str, own_dates: list[Placed], running: str | None, opening: str | None) -> bool:
    """(Round 47) Whether the sentence's running time is a point (`period_end_word`: 一季度末, 6月底) at the end of the
    period the passage opened with (一季度就业形势稳中有进…。…，一季度末全国城镇登记失业率3.89%), read from its own
    dates: a sentence after it with no date of its own goes on in that period for its flows (`flows_of_the_period`).
    A year's end keeps round 37's rule (`opens_at_year_end`)."""
    if not running or not opening or running == opening or "/" in running or is_year_end(running):
        return False
    held = months_covered(opening)
    point = cues().pattern("period_end_word")
    return held is not None and held[1] == running and any(
        value == running and point.search(text, start, end) for start, end, value in own_dates)


def flows_of_the_period(claims: list[dict], running: str | None, opening: str | None) -> None:
    """(Round 47) A sentence with no date of its own after a point that ends the period its passage opened with
    (一季度就业形势稳中有进…，一季度末全国城镇登记失业率3.89%。就业困难人员就业43万人，同比增加2万人): the point dated
    the level it named; the values after it are the period's (`2018-Q1`, was `2018-03`), as `flows_of_the_year` gives
    a year's flows after its end. A stock (`stock_metric`: 参保人数, 余额), a held total, a share or rate and their
    changes stay at the point (…末…失业率3.89%。农村失业率4.1% keeps the month)."""
    if running is None or opening is None:
        return
    rules = cues()
    for claim in claims:
        metric = claim["metric"] or ""
        if claim["time"] != running or claim["unit"] in _SHARE_UNITS or rules.pattern("stock_metric").search(metric):
            continue
        if rules.pattern("period_end_word").search(metric) or any(w in metric for w in rules.words("held_stock_words")):
            continue
        claim["time"] = opening


def flows_of_the_year(claims: list[dict], running: str | None) -> None:
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
    if running is None or not is_year_end(running):
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


def sentence_dates(text: str, placed: list[Placed]) -> list[Placed]:
    """The sentence's dates of its own: its dates but the bases of its comparisons (比上年末, 比2024年执行数), read
    once for the sentence (one `base_dates` walk, not one per date: round 37 mend)."""
    if not placed:
        return []
    bases = base_dates(text, placed)
    return [date for date in placed if date[0] not in bases]


def own_date_start(own_dates: list[Placed], text: str) -> int:
    """Where the sentence's first date of its own (`sentence_dates`) stands, or the sentence's end when it has none: a
    continuation's values before it are undated there (。其中，千兆用户为1.63亿户，全年净增7153万户: the 全年 dates
    its flow, not the part of the stock before it; round 34)."""
    return min((start for start, _end, _value in own_dates), default=len(text))


def date_line(text: str, placed: list[Placed], whole_block: bool) -> bool:
    """A block that is only a time frame (截至7月末, 截至27日：) over the data lines after it: one date after 截至, and
    nothing after it but a comma or colon (round 30). A date alone on its line (2020年06月24日) is a dateline or a
    report's date, no frame."""
    return (whole_block and len(placed) == 1
            and cues().pattern("frame_line_lead").fullmatch(text, 0, placed[0][0]) is not None
            and cues().pattern("frame_line_end").fullmatch(text, placed[0][1]) is not None)


def dated_heading_line(text: str, placed: list[Placed], whole_block: bool, now: str | None) -> bool:
    """(round 42) A block that opens with its one date and goes on with a few words only, no punctuation (2023年工作
    回顾): a plain-text heading the reader had no numbering to tell (`dated_heading_line`), of a period over by the
    document's month ``now`` (a release's title of a month not over dates nothing: round 14). A year, half, quarter or
    month, not a day (3月10日工作情况: when the work was checked, no period reported; round 42 mend)."""
    covered = months_covered(placed[0][2]) if len(placed) == 1 else None
    return (whole_block and covered is not None and covered[0].count("-") == 1 and not text[:placed[0][0]].strip()
            and (now is None or covered[1] < now)
            and cues().pattern("dated_heading_line").fullmatch(text, placed[0][1]) is not None)


def states_no_value(numbers: list[dict]) -> bool:
    """A heading's numbers are only spans and framing counts (三、过去五年工作回顾, （二）“十四五”以来三大变化): they
    state no figure, so the line is still a heading that closes the time of the headings of its level (round 33); a
    heading with a figure (二、营业收入增长12%) is a data line as before."""
    return all(n["kind"] == "duration" or is_structural_count(n) for n in numbers)


def numbered_depth(headings: list[tuple[int, str | None]]) -> int:
    """The level of the innermost numbered heading open (一、 1, （一） 2, …; 0 for none): a release named under it
    has its own sections only deeper (round 30)."""
    return max((level for level, _ in headings if level < PLAIN_HEADING_LEVEL), default=0)


def block_end(doc: Doc, block: int) -> int:
    """Where the text block (paragraph) a sentence stands in ends."""
    blocks = doc._.blocks or []
    return blocks[block].end if 0 <= block < len(blocks) else 0


def continues_shared_measure(before: list[dict], text: str) -> bool:
    """The sentence gives a value of the measure that the members of the sentence before shared (阿里云市场份额,
    腾讯云市场份额 …。华为云…，市场份额为2.3%): one more member of the same data set, which goes on with its source and
    time even though it names another company. The measure is the metrics' common end (two characters at least) of
    the two or more values before."""
    names = [claim["metric"] for claim in before if claim.get("metric")]
    if len(names) < 2:
        return False
    measure = names[0][len(names[0]) - common_end(names):]
    if len(measure) < 2:
        return False
    link = cues().pattern("measure_value_link")
    start = text.find(measure)
    while start >= 0:
        if link.match(text, start + len(measure)):
            return True
        start = text.find(measure, start + 1)
    return False
