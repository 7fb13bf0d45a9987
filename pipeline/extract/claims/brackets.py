"""Brackets: asides and conversions in brackets, bracketed list members, currency tails, a member's own values."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from pipeline.chars import is_han
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import Governing, clean
from pipeline.extract.claim_time import BRACKET_CLOSERS, BRACKET_OPENERS, clause_bounds
from pipeline.extract.currencies import prefix_currencies
from pipeline.resources import cleared_with_resources
from pipeline.script import simplified

_ASIDE_REACH = 120  # how far a breakdown bracket is looked for around a value (a sentence-sized window)


_SPACES = re.compile(r"\s*")  # (round 39 mend: the space after a listed value, before its separator)


CITATION_COMMAS = frozenset(",\uff0c")  # the comma between a bracketed citation's author and year


def bracket_subject(masked: str, offset: int, begin: int, clause_begin: int, previous_end: int) -> int:
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


def bracketed_aside(masked: str, clause_begin: int, offset: int, end: int) -> bool:
    """The value is the level of another subject, given aside in brackets with its own words (…比全市低2568元（全市为
    21585元），比全省低5121元): the clause after the bracket goes on with the sentence's subject, not the aside's (round
    23). A value alone in its brackets (知晓率（87.1%）) is none, nor is one after a bare verb (深圳（达26.1）)."""
    opener, closer = masked[clause_begin - 1:clause_begin] if clause_begin else "", masked[end:end + 16].lstrip()[:1]
    return (opener in BRACKET_OPENERS and closer in BRACKET_CLOSERS and bool(opener)
            and cues().pattern("aside_subject").match(masked[clause_begin:offset]) is not None)


def scope_aside(masked: str, clause_begin: int, offset: int, end: int) -> bool:
    """(Round 44 mend) The value stands alone in brackets right after a wider area it is compared with (全市城镇化率为
    72.5%，高于全省（68.1%）4.4个百分点: `scope_aside_before`): the wider area's level, an aside as round 23's is; the
    gap after the bracket goes on with the sentence's subject (全市城镇化率高于全省)."""
    closer = masked[end:end + 16].lstrip()[:1]
    return (closer in BRACKET_CLOSERS
            and cues().pattern("scope_aside_before").search(masked[max(clause_begin - 16, 0):offset]) is not None)


def conversion_aside(masked: str, clause_begin: int, offset: int, governing: Governing | None) -> bool:
    """(Round 41) The value restates the level before in another measure, its clause opening with a conversion word
    (全国地表水资源量31273.9亿立方米，折合年径流深330.3毫米，比多年平均偏多17.1%; …，折合人民币…): the clauses after
    it go on with the subject before (its departure is the resource's, not the depth's), as after a bracketed aside."""
    return (governing is not None and bool(governing.subject)
            and cues().pattern("conversion_open").match(masked[clause_begin:offset]) is not None)


def breakdown_bracket_close(masked: str, offset: int, end: int) -> int:
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


def bracketed_equivalent(gap: str) -> bool:
    """(round 43 mend) ``gap``, what stands between a value and the next, only opens a bracket, with at most a
    conversion verb or 约 in it (`equivalent_open`: 42.4万吨（8.5亿斤）, 100亿美元（约合720亿元人民币）): the next value
    restates the one before in other units. One test for a 分别 series (`chunks._series_length`) and a value's metric
    (`governing.restates`)."""
    return cues().pattern("equivalent_open").fullmatch(gap) is not None


def glossed_dates(text: str, sentence_start: int, dates: list[dict]) -> list[dict]:
    """The dates of a sentence with a date its bracket right after restates wider (除夕至正月初六（2月9日至15日）;
    国庆节至10月7日（10月1日至7日）) read as that bracket's date: a span opening on a holiday's name, which is no date,
    is read as its last day alone, and the bracketed days give the span whole. Kept side by side, the two differing
    dates made the passage's time unclear and the sentences going on with the data fell to null (round 46). The
    date outside keeps its place (it opens the clause), takes the bracket's value, and the bracketed one goes; a
    bracket restating it alike (正月初一至初七（2月10日至16日）) changes nothing. The holiday's name and the range word
    before the date (除夕至, 国庆节至) become part of it, so the date opens its clause as a passage's date does.
    ``date_gloss_open``, ``date_gloss_close``, ``date_gloss_span_start``."""
    rules = cues()
    opener, closer = rules.pattern("date_gloss_open"), rules.pattern("date_gloss_close")
    ordered = sorted(dates, key=lambda d: d["start"])
    wider: dict[int, dict] = {}
    for first, second in itertools.pairwise(ordered):
        a, b = first.get("value") or "", second.get("value") or ""
        if (a and b and a != b
                and opener.fullmatch(text, first["end"] - sentence_start, second["start"] - sentence_start)
                and closer.match(text, second["end"] - sentence_start) and _within(a, b)):
            wider[id(first)] = second
    if not wider:
        return dates
    gone = {id(d) for d in wider.values()}
    start = rules.pattern("date_gloss_span_start")

    def widened(d: dict) -> dict:
        # (the holiday's name opening the span, 除夕至|正月初六, belongs to the date: it then opens its clause)
        found = start.search(text, max(0, d["start"] - sentence_start - 12), d["start"] - sentence_start)
        return {**d, "value": wider[id(d)]["value"],
                "start": sentence_start + found.start() if found else d["start"]}

    return [widened(d) if id(d) in wider else d for d in dates if id(d) not in gone]


def holiday_glosses(text: str, sentence_start: int, dates: list[dict]) -> list[dict]:
    """(round 48) The dates that fill a bracket right after a holiday's name (春节假日（1月28日至2月4日）期间，…): the
    holiday's own days, read from the holiday's name on. Left in the bracket they were an aside, and the passage's
    sentences after it (黄山、九华山分别接待游客…) fell to null; the name opens the date, as round 46's 除夕至 does.
    ``holiday_gloss_before``, ``date_gloss_close``."""
    rules = cues()
    before, closer = rules.pattern("holiday_gloss_before"), rules.pattern("date_gloss_close")
    out: list[dict] = []
    for d in dates:
        at, end = d["start"] - sentence_start, d["end"] - sentence_start
        found = before.search(text, max(0, at - 24), at) if d.get("value") else None
        out.append({**d, "start": sentence_start + found.start()}
                   if found and found.end() == at and closer.match(text, end) else d)
    return out


def _within(inner: str, outer: str) -> bool:
    """The ISO period ``inner`` (a day or a span of days) lies inside ``outer``, both written to the same precision."""
    lo, _, hi = inner.partition("/")
    olo, _, ohi = outer.partition("/")
    hi, ohi = hi or lo, ohi or olo
    return len({len(lo), len(hi), len(olo), len(ohi)}) == 1 and olo <= lo and hi <= ohi


def alone_in_brackets(masked: str, begin: int, end: int) -> bool:
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
    own = alone_in_brackets if bracketed else _glued_to_member
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


def bracketed_member(masked: str, number: dict, in_sentence: list[dict], start: int,
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
    bracketed = alone_in_brackets(masked, offset, end)
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


def own_values(subjects: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """(round 30) The claimed subjects a bare 分别 may spread over: a change with no words of its own after a value of
    the same subject (出口2.42万亿元，增长10.9%，进口1.57万亿元，增长1%，分别占…) is that value's change, no member of
    its own (nor one with only its base, 同比增长6.1%), so the 分别 spreads over 出口 and 进口, not over 进口 and its
    growth."""
    kept: list[tuple[int, str, str]] = []
    for entry in subjects:
        if kept and not without_list_base(entry[2]) and entry[1] == kept[-1][1]:  # (同比增长6.1%: its base only)
            continue
        kept.append(entry)
    return kept


@cleared_with_resources
@lru_cache(maxsize=1024)
def without_list_base(subject: str) -> str:
    """A claimed subject without the comparison base it ends in (新能源汽车产量环比 → 新能源汽车产量): a later 分别 list
    that names a base of its own (…，同比分别增长u和v) measures the subjects, not their change from the other base.
    (Not claim_metric's ``without_base``: that one cuts at any comparison marker, this one at a list's base.)
    Kept per subject: ``own_values`` reads every subject claimed before a value, once per value (round 33: a
    one-line list of n values searched n²/2 subjects)."""
    owner = cues().before("list_change_base", subject)
    return owner.rstrip() if owner != subject else subject


def mixed_base(text: str, chunk: str, series: list[dict], index: int, start: int) -> str:
    """The base before a 分别 (同比分别下降4.5%和上升2.1%) for a later value of its list that names its own change: the
    value's change replaces the first one's, not the base every value shares; else nothing."""
    rules = cues()
    if not index:
        return ""
    gap = text[series[index - 1]["end"] - start:series[index]["start"] - start]
    base = rules.pattern("list_change_base").search(chunk)
    return base.group().strip() if base and rules.pattern("change_words").search(gap) else ""


def own_head(kept: str) -> str:
    """The subject a value's own words name (审结 in 受理案件…，审结175万件), without its change: what a later 分别
    gives its share of the list to when the claimed subjects repeat one carried over."""
    head = clean(kept)
    change = cues().pattern("change_words").search(head)
    return head[:change.start()] if change else head


def citation_commas_blank(cue_text: str, cited: list[re.Match[str]]) -> str:
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
