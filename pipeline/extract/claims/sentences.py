"""The claims of one sentence: each value's metric, time and source, with the passage's carried subjects."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.end_search import search_at_end
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import (
    Context,
    Governing,
    bounded,
    counts_people_bare,
    links_level,
    list_shared_change,
    metric,
    names_only_its_noun,
    turned_change,
)
from pipeline.extract.claim_selection import (
    assumption_frames,
    bounds_a_counted_group,
    glued_term,
    group_reads_on,
    is_a_target,
    transfer_share_reads_on,
)
from pipeline.extract.claim_time import (
    Placed,
    clause_bounds,
    is_a_sanction,
    period_before,
    sanction_time,
    time_for,
    year_list_times,
)
from pipeline.extract.claims.brackets import (
    bracket_subject,
    bracketed_aside,
    bracketed_member,
    breakdown_bracket_close,
    conversion_aside,
    own_head,
    scope_aside,
)
from pipeline.extract.claims.chunks import clause_chunk
from pipeline.extract.claims.governing import (
    QUANTITY_UNITS,
    amount_list_end,
    amount_owner,
    count_list_predicate,
    earlier_of_unit,
    earlier_quantity,
    ends_in_object,
    framed_basis,
    governing_of_kind,
    label_change,
    level_after_rate,
    measure_frame,
    member_before_share,
    name_bases,
    past_alternative,
    range_upper,
    restates,
    signed_bracket_change,
)
from pipeline.extract.claims.members import list_member, tally_metric, tally_way
from pipeline.extract.claims.passage import Passage, sentence_dates
from pipeline.extract.claims.spreads import none_between
from pipeline.extract.claims.value_reading import SentenceRun, ValueAt
from pipeline.extract.claims.value_skips import FRAMING_SKIPS, PLAN_SKIPS, READING_SKIPS, drops
from pipeline.nlp.doc import WordIndex
from pipeline.segment import Sentence

WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")


_CARRIED_SUBJECTS = 8  # at most the last 8 subjects claimed before ； (a run of ；-lines stays linear)


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



def claims_of_sentence(text: str, masked: str, sentence: Sentence, in_sentence: list[dict], placed: list[Placed],
                     source: str | None, passage: Passage, index: WordIndex, fallback: str | None,
                     bases: list[tuple[int, int]], forecast_source: bool, now: str | None,
                     carried: str = "", unnamed: str | None = None,
                     restated: list[tuple[int, int]] | None = None) -> list[dict]:
    """The claims of one prose sentence (``masked``: its text with the dates blanked out, for the
    metrics; ``bases``: the dates a change is measured from, which the metric names; ``now``: the document date's
    month; ``carried``: the forecast of the clauses before ； that this one continues; ``unnamed``: the text with the
    organisations' names blanked out, where cue words are read; ``restated``: an appositive and the date after it that
    restates a date, round 44); updates the passage's governing metric. Each value goes through the stages below in
    turn; the tables of `value_skips` drop the values that make no claim."""
    s = _open_sentence(text, masked, sentence, in_sentence, placed, source, passage, index, fallback, bases,
                       forecast_source, now, carried, unnamed, restated)
    for position, number in enumerate(in_sentence):
        v = _value_at(s, position, number)
        if drops(FRAMING_SKIPS, v):
            continue
        # (the clause's words only for a value still in question: a run of table numbers in one long clause
        # would read the clause again for each value)
        v.clause_words = index.clipped(sentence.start + v.clause_begin, number["start"])
        if drops(READING_SKIPS, v):
            continue
        v.time = s.year_times.get(number["start"]) or time_for(number, text, sentence.start, placed,
                                                               fallback, passage.span)
        if drops(PLAN_SKIPS, v):
            continue
        _list_time(v)
        _subject_of(v)
        _object_of(v)
        _words_of(v)
        _governing_of(v)
        if not WORD.search(v.governing.metric):
            continue  # a value with nothing it measures (a bare number, an axis label) is no claim
        _pass_on(v)
        _name_metric(v)
        if _restates_the_last(v):
            continue
        _tally(v)
        _pair_time(v)
        _record(v)
    return _close_sentence(s)


def _open_sentence(text: str, masked: str, sentence: Sentence, in_sentence: list[dict], placed: list[Placed],
                   source: str | None, passage: Passage, index: WordIndex, fallback: str | None,
                   bases: list[tuple[int, int]], forecast_source: bool, now: str | None, carried: str,
                   unnamed: str | None, restated: list[tuple[int, int]] | None) -> SentenceRun:
    """What is read once for all the sentence's values (its measure frame, its years' times, its release titles, the
    horizon it goes on with) and what the passage before lends its first value (the carried subjects, the pair)."""
    rules = cues()
    masked = measure_frame(masked, in_sentence, sentence.start, passage)
    s = SentenceRun(text, masked, sentence, in_sentence, placed, source, passage, index, fallback, bases,
                    forecast_source, now, carried, unnamed, restated)
    s.year_times = year_list_times(text, [{"start": a + sentence.start, "end": b + sentence.start, "value": v}
                                          for a, b, v in placed], in_sentence, sentence.start)
    s.fallback_subject = clause_chunk(masked, clause_bounds(text, 0)[1]) if text else ""
    s.subjects = [(-1, subject, own) for _, subject, own in passage.subjects[-_CARRIED_SUBJECTS:]]
    s.frames = assumption_frames(text)
    s.aside_saved = passage.governing
    s.release_titles = [m.span("title") for m in rules.pattern("quoted_release_title").finditer(text)]
    s.release_titles += [m.span("title") for m in rules.pattern("bare_release_title").finditer(text)]  # (round 29)
    s.release_titles += [m.span("title") for m in rules.pattern("heading_release_title").finditer(text)]  # (36)
    s.basis_frame = rules.pattern("basis_frame").match(masked)  # 从环比看，: the basis of the sentence's changes
    # (round 31: the sentence after one that set only targets for a horizon, with no date of its own, goes on with
    # that plan: “十四五”期间，单位GDP能耗降低13.5%。非化石能源消费比重提高到20%。)
    s.horizon = passage.horizon and now is not None and (  # (比2024年执行数: a base is no date of its own)
        not sentence_dates(text, placed))
    s.done_from = _done_from(text) if s.horizon else 0
    s.verb_starts = _target_verb_starts(text) if s.horizon else []
    s.factual_text = carried + (unnamed or text)  # (round 41) each value's factual test reads a prefix of it
    s.sibling = (None if passage.pair is None else (*passage.pair[:2], -1)) if passage.chained else None
    return s


def _value_at(s: SentenceRun, position: int, number: dict) -> ValueAt:
    """Where the value stands: its clause (and the clause's end after it), and the words since the value before.
    A breakdown bracket closed before it hands the passage back to what governed before the bracket."""
    text = s.text
    offset, end = number["start"] - s.sentence.start, number["end"] - s.sentence.start
    if 0 <= s.aside_close < offset:  # （含独立学院323所），比上年增加53所: the value before the bracket goes on
        s.passage.governing, s.aside_close = s.aside_saved, -1
    clause_begin = clause_bounds(text, offset)[0]
    clause_end = clause_bounds(text, end)[1]  # (after the value: 22,092,641.55元罚款 holds commas of its own)
    following = past_alternative(text, end, clause_end)  # (past 重点湖（库）: round 37)
    begin = max(clause_begin, s.previous_end)
    before = text[begin:offset]
    return ValueAt(s, position, number, offset, end, clause_begin, clause_end, following, begin, before)


def _list_time(v: ValueAt) -> None:
    """The time a value takes from the value before: a list member shares its list's, a previous value is the
    period before."""
    s, rules = v.run, cues()
    found, text = s.found, s.text
    if (found and v.number["start"] not in s.year_times
            and rules.pattern("list_glue").match(text[s.previous_end:v.offset])):
        v.time = found[-1]["time"]  # 由2009年的 90.3%、92.2%: a list member shares its list's time
    if found and found[-1]["time"] and search_at_end(rules.pattern("previous_value"), v.before):
        v.time = period_before(found[-1]["time"])  # 制造业PMI为49.5%，前值为50.2%: the month before (or none known)


def _subject_of(v: ValueAt) -> None:
    """The words before the value that name its subject (``kept``), the clause before its own, and whether it is the
    level an earlier value's change reached."""
    s, rules = v.run, cues()
    text, masked, found, passage, previous_end = s.text, s.masked, s.found, s.passage, s.previous_end
    clause_begin, offset, number = v.clause_begin, v.offset, v.number
    v.previous_begin = clause_bounds(text, clause_begin - 1)[0] if clause_begin else clause_begin
    v.begin = bracket_subject(masked, offset, v.begin, clause_begin, previous_end)
    v.kept = masked[v.begin:offset]
    v.level = (bool(found) and (links_level(masked[previous_end:offset])
                                or level_after_rate(masked, previous_end, offset, found[-1], s.previous_kind,
                                                    number, s.sentence.start))
               and not range_upper(masked, previous_end, offset, found[-1], number, s.sentence.start))
    if (not found and not v.level and passage.governing is not None and passage.governing.change
            and rules.pattern("sentence_level_opening").fullmatch(masked[v.begin:offset])):
        v.level = True  # …同比下降17个基点；一季度进一步降至1.43%: the level the last sentence's change reached


def _object_of(v: ValueAt) -> None:
    """Where the words after the value that name its object stand (``after_start``–``after_end``): up to the next
    value or the clause's end, past a glued term or a bracketed acronym, after a list's last amount, before the next
    member's joint; and the 分别 list or bracketed list the value is a member of."""
    s, rules = v.run, cues()
    text, masked, in_sentence, index, passage = s.text, s.masked, s.in_sentence, s.index, s.passage
    position, number, offset, end, clause_end = v.position, v.number, v.offset, v.end, v.clause_end
    sentence = s.sentence
    v.glued = (glued_term(text, in_sentence, position, sentence.start)  # 4950亿元7天期…: read on past the term
               or transfer_share_reads_on(text, in_sentence, position, sentence.start)  # 以…收购X46%股权 (round 46)
               or group_reads_on(text, in_sentence, position, sentence.start))  # …表示将在未来两年内增加…
    next_start = (in_sentence[position + 1]["start"] - sentence.start
                  if position + 1 < len(in_sentence) and not v.glued else clause_end)
    if position + 1 < len(in_sentence) and bounds_a_counted_group(
            text[v.clause_begin:next_start], text[in_sentence[position + 1]["end"] - sentence.start:]):
        next_start = clause_end  # 有3家房企销售额超千亿: the threshold after the noun is part of what is counted
    v.next_start = next_start
    v.counted = number["kind"] == "count" and (number["unit"] not in QUANTITY_UNITS or (
        not number["unit"] and counts_people_bare(index.clipped(number["end"], sentence.start + clause_end))))
    v.member, v.series_end, v.siblings = list_member(masked, offset, number, in_sentence, sentence.start, s.subjects,
                                                     passage.spread if passage.chained else None)
    # (round 46) an acronym in brackets inside the object (5000亿元中期借贷便利（MLF）操作): the object reads on
    # past it, up to its own clause's end or the next value after the bracket (…（MLF）操作，中标利率为2.50%)
    acronym = rules.pattern("object_acronym").match(text, clause_end) if next_start >= clause_end else None
    v.acronym = acronym
    if acronym is None:
        after_end = sentence.start + min(clause_end, next_start)
    else:
        object_end = clause_bounds(text, acronym.end())[1]
        after_end = sentence.start + (min(object_end, next_start) if next_start > clause_end else object_end)
    after_start = number["end"]
    if s.list_last <= position:  # (once per list: the members after the first share its end)
        s.list_last = amount_list_end(text, in_sentence, position, sentence.start)
    if v.member is None and not v.counted and number["unit"] not in QUANTITY_UNITS and not v.glued and (
            (last := s.list_last) > position):
        # (round 22: 分别发行1万亿元、1.3万亿元超长期特别国债: the object after the list's last amount is every
        # member's)
        last_end = in_sentence[last]["end"] - sentence.start
        after_start = in_sentence[last]["end"]
        after_end = sentence.start + min(clause_bounds(text, last_end)[1],
                                         in_sentence[last + 1]["start"] - sentence.start
                                         if last + 1 < len(in_sentence) else len(text))
    elif (v.member is None and position + 1 < len(in_sentence) and after_end == in_sentence[position + 1]["start"]
          and (joint := rules.pattern("member_joint_end").search(text, end, after_end - sentence.start)
               or rules.pattern("next_member_open").search(text, end, after_end - sentence.start))):
        after_end = sentence.start + joint.start()  # (round 22: 30条跨境陆缆和10余条…, 2.3万户老旧小区、新建…: the
        # joint, and the next member's own verb after it, are no part of the object)
    if v.member is not None:  # the words after a list's last value name every member's metric
        after_end = sentence.start + clause_bounds(text, v.series_end - sentence.start)[1]
    elif (bracketed := bracketed_member(masked, number, in_sentence, sentence.start, s.member_memo)) is not None:
        (v.member, s.member_reading), v.series_end = bracketed, number["end"]  # 依次为北京（6.73%）、上海（4.34%）
        after_end = number["end"]  # (what follows is the next member)
    v.after_start, v.after_end = after_start, after_end


def _words_of(v: ValueAt) -> None:
    """The words the metric is read from: before the value (or those an earlier count of the same list read), after
    it (with what the last count of a 、-list does), and the clause before its own (``context``)."""
    s, rules = v.run, cues()
    masked, index, passage, found, sentence = s.masked, s.index, s.passage, s.found, s.sentence
    number, offset, begin, clause_begin = v.number, v.offset, v.begin, v.clause_begin
    previous_begin = v.previous_begin
    member, previous_end, listed = v.member, s.previous_end, s.listed
    context = Context(bool(found), masked[:begin], masked[previous_begin:max(previous_begin, clause_begin - 1)],
                      tuple(index.clipped(sentence.start + previous_begin, sentence.start + clause_begin)),
                      number["unit"] or "", passage.chained,
                      none_between(s.in_sentence, sentence.start + previous_begin, sentence.start + offset),
                      v.siblings if member is not None else ())
    kept, words_before = v.kept, index.clipped(sentence.start + begin, number["start"])
    if s.member_reading is not None:  # (round 39 mend: the opener and the member, read whole: no change word of the
        # list's measure, 利润增速最高的…, read again as the member's)
        kept, words_before, s.member_reading = s.member_reading, [], None
    governing_before = governing_of_kind(passage, number, masked[begin:offset], context)
    # a count, or an amount of a measure unit
    v.listable = listable = v.counted or number["unit"] not in QUANTITY_UNITS
    v.follows = follows = (listable and member is None and bool(found)
                           and rules.pattern("counted_object_joint").match(masked[previous_end:offset]) is not None)
    v.repeated = repeated = (follows and listed is not None and listed[0] == previous_end
                             and ends_in_object(index.clipped(sentence.start + previous_end, number["start"])))
    if repeated and listed is not None:  # (round 22: 完成5.6万户农村危房改造、1200公里农村公路建设: the later count
        # reads as the earlier did after the verb before the list, with its own object)
        kept, words_before, context, governing_before = listed[1:]
    elif (listable and member is None and found and begin == previous_end
          and (opened := rules.pattern("own_member_after_object").match(masked, begin, offset))):
        kept = masked[opened.start("own"):offset]  # (round 22: 改造2.3万户老旧小区、新建1.1万个停车位: the words
        # before the 、 are the earlier value's object; the later value's own verb comes after it)
        words_before = index.clipped(sentence.start + opened.start("own"), number["start"])
    words_after = index.clipped(v.series_end if member is not None else v.after_start, v.after_end)
    if v.acronym:  # (round 46) the object without its bracketed acronym: 中期借贷便利操作, as before the value
        words_after = [w for w in words_after
                       if not v.acronym.start() <= w.start - sentence.start < v.acronym.end()]
    if v.counted and member is None and v.position + 1 < len(s.in_sentence):
        if s.shared is None or s.shared[0] < v.position:
            s.shared = count_list_predicate(s.text, s.in_sentence, v.position, sentence.start, v.clause_end,
                                            index.clipped)
        if s.shared[0] > v.position and s.shared[1] and names_only_its_noun(words_after):
            # (round 31: 36所高校、210所中小学开设人工智能课程: what the last count's noun does, every member does)
            words_after = [w for w in words_after if w.text.strip() not in ("、", "")] + s.shared[1]
    v.kept, v.words_before, v.words_after, v.context, v.governing_before = (kept, words_before, words_after, context,
                                                                           governing_before)


def _metric_with(v: ValueAt, governing_before: Governing | None) -> Governing:
    """The value's metric read from its words with ``governing_before`` as what governed before it (the one call
    the first reading and each re-reading below share)."""
    return metric(v.kept, v.words_before, v.words_after, v.counted, v.member, governing_before,
                  v.run.fallback_subject if v.clause_begin else "", v.level, v.context)


def _governing_of(v: ValueAt) -> None:
    """The value's metric, read again where what governed before belongs to another value of the sentence (a change
    in another unit, an amount's owner, a quantity's worth), with the core a breakdown shares; and the count whose
    reading a later count of its list repeats (``listed``)."""
    s = v.run
    passage, unit, listed = s.passage, v.number["unit"] or "", s.listed
    governing = _metric_with(v, v.governing_before)
    # (the two re-readings below ask again whether the value keeps the passage's subject: a re-reading may change it)
    if (passage.governing is not None and governing.change and governing.subject == passage.governing.subject
            and (earlier := earlier_of_unit(s.in_sentence_governing, passage.governing, unit))):
        # (round 22: 优良天数为298天，优良率81.6%，比上年增加9天: a rate never grows by days; the change is of the
        # earlier value in its unit)
        governing = _metric_with(v, earlier)
    if (passage.governing is not None and v.member is None and not governing.change
            and (member := member_before_share(s.in_sentence_governing, passage.governing, unit))
            and len((again := _metric_with(v, member)).subject) > len(governing.subject)):
        governing = again  # (round 50: …制造业3.2万亿元，占比70%，采矿业1.1万亿元 → 采矿业增加值, as with no share)
    if (passage.governing is not None and governing.subject == passage.governing.subject
            and (owner := amount_owner(passage.governing, unit))):
        # (round 42: …增速比上年末低1.4个百分点；上半年增加1.81万亿元: an amount is never a rate's; its owner's)
        governing = _metric_with(v, owner)
    if (passage.governing is not None and governing.subject in cues().words("quantity_worth_heads")
            and (earlier := earlier_quantity(s.in_sentence_governing, passage.governing, unit))):
        # (round 40 mend: 进口原油5亿吨，增长5%，价值2000亿美元: the worth prices the quantity the change was of)
        governing = _metric_with(v, earlier)
    governing_before = v.governing_before
    if (v.member is None and governing_before is not None and governing_before.core and not governing.core
            and governing_before.change and governing.subject == governing_before.subject):
        # (round 39: …价格环比下降1.0%，降幅比上月收窄0.1个百分点，其中北京、上海分别下降…: a clause going on
        # with the same subject keeps what a breakdown's members after it share; round 39 mend: only the change of
        # a change — a level's own change, 其中，出口298.9亿美元，同比增4.7%；贸易逆差…, passes no core to the next
        # flow, which would read it as its own owner: 贸易逆差出口)
        governing = replace(governing, core=governing_before.core)
    s.listed = ((v.end, *listed[1:]) if v.repeated and listed is not None
                else (v.end, v.kept, v.words_before, v.context, governing_before)
                if v.listable and v.member is None and not v.follows else None)  # (a count after another's words
    # and a joint opens no list of its own)
    v.governing = governing


def _pass_on(v: ValueAt) -> None:
    """The value's metric governs the values after it, unless the value is an aside (a bracketed comparison, a
    scope, a conversion); a breakdown bracket's close is noted, to hand back what governed before it."""
    s = v.run
    masked, clause_begin, offset, end, passage = s.masked, v.clause_begin, v.offset, v.end, s.passage
    if not (bracketed_aside(masked, clause_begin, offset, end)  # (全市为21585元): the main subject goes on
            or scope_aside(masked, clause_begin, offset, end)  # 高于全省（68.1%）4.4个百分点 (round 44 mend)
            or conversion_aside(masked, clause_begin, offset, passage.governing)):
        if s.aside_close < 0 and (close := breakdown_bracket_close(masked, offset, end)) >= 0:
            s.aside_close, s.aside_saved = close, passage.governing
        passage.governing = replace(v.governing, unit=v.number["unit"] or "")  # (its unit: what a sibling act
        # shares)
        s.in_sentence_governing.append(passage.governing)


def _undated_between(text: str, masked: str, begin: int, end: int) -> bool:
    """(round 49) Nothing the masking blanked (a date) stands between the two values: a direction after a change
    against a base shares that base (比上年增加120亿元，增长1.3% → …比上年增长), but a clause with a date of its own
    (…比上年增长5.2%，2022年增长3%) is a change of that period, not of the list."""
    return re.sub(r"\s+", "", text[begin:end]) == re.sub(r"\s+", "", masked[begin:end])


def _name_metric(v: ValueAt) -> None:
    """The metric's name with its bases (a list's shared change, a turned change, a bracketed change, a framed
    basis), and a fine's time from its decision."""
    s, rules = v.run, cues()
    text, masked, found, governing = s.text, s.masked, s.found, v.governing
    clause_begin, offset, end, member, previous_end = v.clause_begin, v.offset, v.end, v.member, s.previous_end
    named = name_bases(governing.metric, text, s.bases,
                       v.previous_begin if label_change(governing, v.kept, masked, clause_begin) else clause_begin,
                       offset, s.restated)
    if (found and member is None and _undated_between(text, masked, previous_end, offset)
            and (turned := turned_change(found[-1]["metric"], masked[previous_end:offset]))):
        named = turned  # (round 28) 比上月末和上年同期高0.1个和低1.3个百分点: the first member's bases, its own way
    if member is not None and not governing.change:
        s.listed_subjects.append(governing.subject)
    elif member is None:
        named = list_shared_change(s.listed_subjects or s.clause_subjects, masked[previous_end:offset],
                                   text[previous_end:offset]) or named
        s.listed_subjects = []
        # (round 45: 完成货运量719万吨，货物周转量46.78亿吨公里，均同比下降9.7%: levels of their own clauses right
        # before a 均 clause are its members as a 分别 list's are)
        opens_clause = not governing.change and previous_end <= clause_begin
        s.clause_subjects = [*s.clause_subjects, governing.subject] if opens_clause else []
    if found and not governing.change and signed_bracket_change(masked, found[-1]["number_start"] - s.sentence.start,
                                                                 previous_end, end, found[-1]["metric"]):
        named = found[-1]["metric"] + rules.setting("bracket_change_word")  # 营收8.03亿元（+201.2%）: its change
    if s.basis_frame is not None:
        named = framed_basis(named, governing, s.basis_frame["basis"])  # (round 34) 从环比看，CPI上涨0.3%
    if is_a_sanction(named, text[:v.clause_end]):  # a fine holds from its decision, not from the findings' period
        v.time = sanction_time(v.number, text, s.sentence.start, s.placed, (s.fallback, s.passage.opening))
    v.named = named


def _restates_the_last(v: ValueAt) -> bool:
    """Whether the value restates the value before: the same amount written again is dropped (the next value reads
    on after it); the same value in other units takes the earlier one's metric."""
    s = v.run
    found, number = s.found, v.number
    if found and restates(s.masked, s.previous_end, v.offset, s.previous_kind, number):
        if (number["value"], number["unit"]) == (found[-1]["value"], found[-1]["unit"]):
            s.previous_end = v.end
            return True  # 罚款人民币壹佰贰拾万元整（¥1,200,000.00）: the same amount written again is no second claim
        v.named = found[-1]["metric"]  # 增加21.3万吨（4.3亿斤）: the same value in other units, with its base named
    return False


def _tally(v: ValueAt) -> None:
    """A count of a tally of members by their way (4升1降) names the set counted and its way; any other value ends
    the tally."""
    s = v.run
    if (way := tally_way(s.masked, v.offset, v.end, s.tally_set is not None)) is not None:
        s.tally_set = s.tally_set or v.named  # 5个分类指数4升1降: the set the first count's metric names (round 39)
        v.named = tally_metric(s.tally_set, way)
    else:
        s.tally_set = None


def _pair_time(v: ValueAt) -> None:
    """(round 40) A from–to pair (由2.90人…提高到…) opened or closed by the value: its values take the times of the
    last pair closed before it (the sibling), and a closed pair becomes the sibling of the next."""
    s, rules = v.run, cues()
    masked, sibling, pair_open, end, offset = s.masked, s.sibling, s.pair_open, v.end, v.offset
    if v.member is None and search_at_end(rules.pattern("pair_start_open"), masked, v.clause_begin, offset):
        # (read from the clause's tail: a comma-less list of n values read the clause n times)
        carry = (sibling is not None and sibling[0] != sibling[1]
                 and not any(sibling[2] < d[0] < v.clause_end for d in s.placed))
        v.time = sibling[0] if carry and sibling is not None else v.time  # (由2.90人…: the sibling's start time)
        s.pair_open = (end, v.time, carry)
        s.paired |= {v.number["start"]} if carry else set()
    elif (pair_open is not None and pair_open[0] == s.previous_end
          and rules.pattern("pair_end_between").fullmatch(masked, s.previous_end, offset)):
        v.time = sibling[1] if pair_open[2] and sibling is not None else v.time
        s.paired |= {v.number["start"]} if pair_open[2] else set()
        s.sibling, s.pair_open = (pair_open[1], v.time, offset), None
    else:
        s.pair_open = None


def _record(v: ValueAt) -> None:
    """The value's claim, and what it leaves the values after it (its end, its kind, its subject)."""
    s, number = v.run, v.number
    s.previous_end, s.previous_kind = v.end, number["kind"]
    s.subjects.append((v.end, v.governing.subject, own_head(v.kept)))
    s.found.append({
        "sent_id": s.sentence.sent_id, "metric": bounded(v.named),
        "value": number["value"], "unit": number["unit"], "time": v.time, "source": s.source,
        "number_start": number["start"], "number_end": number["end"],
    })


def _close_sentence(s: SentenceRun) -> list[dict]:
    """What the sentence leaves the passage (its subjects, its last pair, its horizon) and its claims."""
    passage, found = s.passage, s.found
    if s.aside_close >= 0:
        passage.governing = s.aside_saved
    passage.subjects = s.subjects
    passage.pair = s.sibling[:2] if s.sibling is not None and s.sibling[2] >= 0 else None
    passage.paired = frozenset(s.paired)
    # (a sentence whose values a plan word dropped first sets targets for its horizon all the same, or goes on with the
    # one carried in: “十四五”期间，我市计划新增城镇就业35万人。新建改建农村公路5000公里。)
    passage.budget = s.horizon and passage.budget  # (a budget's lines go on with it; a new target sets a plan's)
    passage.horizon = not found and bool(s.in_sentence) and (
        s.targeted or s.horizon or is_a_target(None, s.text, len(s.text), s.placed, s.now))
    return found
