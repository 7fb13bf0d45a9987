"""List chunks: a listed member's chunk and its bounds, apposed counts, series of values, a clause's chunk."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import cut_words, ends_in_metric_head, enumeration_start
from pipeline.extract.claim_selection import qualifies_a_group
from pipeline.extract.claim_time import clause_bounds
from pipeline.extract.claims.brackets import alone_in_brackets, bracketed_equivalent
from pipeline.extract.dates import find_dates
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import tag_of
from pipeline.resources import cleared_with_resources


def period_member(chunk: str, joints: list[re.Match[str]]) -> bool:
    """Whether a date of ``chunk`` touches one of its list joints (一、二季度, 2023年和2024年): a list of periods."""
    edges = {m.start() for m in joints} | {m.end() for m in joints}
    return any(d.start in edges or d.end in edges or d.start < m.start() < d.end
               for d in find_dates(chunk) for m in joints)


def list_chunk(text: str, position: int, numbers: list[dict], start: int) -> str:
    """The clause before ``position``, from the end of the last value before it."""
    chunk_begin, chunk_end = chunk_bounds(text, position)
    term = cues().pattern("term_value")  # (round 22: 1年期和5年期以上LPR: a tenor names a member, it ends no clause)
    listed = _listed_terms(text, chunk_begin, chunk_end)  # (round 35: 1个月、…、30年期: each tenor too)
    base = cues().pattern("base_span_lead")  # (round 30: …和死亡人数比前5年分别下降: the base's span ends none either)
    ends = [n["end"] - start for n in numbers if chunk_begin < n["end"] - start <= chunk_end
            and not term.match(text, n["start"] - start) and n["start"] - start not in listed
            and not (n["kind"] == "duration" and base.search(text, max(chunk_begin, n["start"] - start - 4),
                                                             n["start"] - start))
            and not alone_in_brackets(text, n["start"] - start, n["end"] - start)
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
    follow it. Returns the list's bounds, or None. (Mend) The list starts after the last value ``list_chunk`` counts
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


def spread_series(text: str, begin: int, values: list[dict], start: int) -> list[dict]:
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
    glue, closing = rules.pattern("list_glue"), rules.pattern("equivalent_close")
    count, previous_end, previous_unit, bracketed = 0, begin, "", False
    for value_start, value_end, unit in spans:
        gap = text[previous_end:value_start]
        if bracketed and (closed := closing.match(gap)):
            gap = gap[closed.end():]
        bracketed = (bool(count) and not bracketed and unit != previous_unit
                     and bracketed_equivalent(gap))
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
    begin, end = chunk_bounds(text, position)
    return text[begin:end]


def chunk_bounds(text: str, position: int) -> tuple[int, int]:
    """Where ``clause_chunk`` begins and ends. The clause is looked up in the whole text up to the chunk's end (its
    index is built once per text; a new prefix per call would build one per value and crowd the text's own out). The
    chunk ends before the spaces and marks right before ``position``, read back from there (round 36 mend: no copy of
    the text before it, once per value)."""
    end = min(position, len(text)) if position >= 0 else len(text[:position])
    while end and (text[end - 1].isspace() or text[end - 1] in "，,：:"):
        end -= 1
    return clause_bounds(text, end)[0], end
