"""The claims of one sentence: each value's metric, time and source, with the passage's carried subjects."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
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
    attributed_forecast,
    bounds_a_counted_group,
    bounds_a_counted_noun,
    counts_the_sample,
    describes_an_exclusion,
    glued_term,
    group_reads_on,
    in_number_run,
    is_a_base,
    is_a_rule,
    is_a_target,
    is_an_assumption,
    is_an_index_threshold,
    is_claim_duration,
    is_formula_term,
    is_labelled_plan_value,
    is_procedure_setting,
    is_research_design,
    is_structural_count,
    is_target_value,
    labels_a_group,
    plans_a_running_period,
    qualifies_a_group,
    qualifies_the_subject,
    scopes_a_partner_value,
    sets_a_threshold,
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
    held_list_member,
    in_breakdown,
    label_change,
    level_after_rate,
    measure_frame,
    name_bases,
    past_alternative,
    quotation_unit,
    range_upper,
    restates,
    signed_bracket_change,
    word_after_bound,
)
from pipeline.extract.claims.members import list_member, tally_metric, tally_way
from pipeline.extract.claims.passage import Passage, sentence_dates
from pipeline.extract.claims.reporting import factual_to_clause_end, in_viewing_frame
from pipeline.extract.claims.spreads import none_between
from pipeline.nlp.doc import Word, WordIndex
from pipeline.script import simplified
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


class _TextsAndTags:
    """The (text, tag) of each of some words, made as they are read (each reading starts over): ``labels_a_group``
    stops at the first word that is no place or scope word, and a clause's pairs made in full for each of its values
    made a one-line list quadratic (round 33)."""

    __slots__ = ("words",)

    def __init__(self, words: list[Word]) -> None:
        self.words = words

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((w.text, w.tag) for w in self.words)


def claims_of_sentence(text: str, masked: str, sentence: Sentence, in_sentence: list[dict], placed: list[Placed],
                     source: str | None, passage: Passage, index: WordIndex, fallback: str | None,
                     bases: list[tuple[int, int]], forecast_source: bool, now: str | None,
                     carried: str = "", unnamed: str | None = None,
                     restated: list[tuple[int, int]] | None = None) -> list[dict]:
    """The claims of one prose sentence (``masked``: its text with the dates blanked out, for the
    metrics; ``bases``: the dates a change is measured from, which the metric names; ``now``: the document date's
    month; ``carried``: the forecast of the clauses before ； that this one continues; ``unnamed``: the text with the
    organisations' names blanked out, where cue words are read; ``restated``: an appositive and the date after it that
    restates a date, round 44); updates the passage's governing metric."""
    rules = cues()
    masked = measure_frame(masked, in_sentence, sentence.start, passage)
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
        not sentence_dates(text, placed))
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
    clause_subjects: list[str] = []  # (round 45) …and of the levels read last, each opening its own clause
    for position, number in enumerate(in_sentence):
        offset, end = number["start"] - sentence.start, number["end"] - sentence.start
        if 0 <= aside_close < offset:  # （含独立学院323所），比上年增加53所: the value before the bracket goes on
            passage.governing, aside_close = aside_saved, -1
        clause_begin = clause_bounds(text, offset)[0]
        clause_end = clause_bounds(text, end)[1]  # (after the value: 22,092,641.55元罚款 holds commas of its own)
        following = past_alternative(text, end, clause_end)  # (past 重点湖（库）: round 37)
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
                or in_viewing_frame(number, text, clause_begin, offset, end)  # 从70个大中城市房价看，
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
        if ((not held_list_member(text, found, number, sentence.start)
                    and sets_a_threshold(text[clause_begin:offset], text[end:], clause_words, bound,
                                         word_after_bound(index, number, bound)))
                or is_a_base(number, text[:offset], text[end:],
                             quotation_unit(text, in_sentence, position, sentence.start))
                or qualifies_the_subject(text, in_sentence, position, sentence.start, clause_end)
                or bounds_a_counted_noun(text, in_sentence, position, sentence.start, clause_end, index.clipped)
                or counts_the_sample(text, in_sentence, position, sentence.start, clause_end, clause_words)
                or scopes_a_partner_value(in_sentence, position, sentence.start, clause_end, clause_words,
                                          index.clipped)
                or (number["kind"] == "duration" and not is_claim_duration(
                    text[clause_begin:offset] if before.strip() in rules.words("duration_list_joiners") else before,
                    text[end:], clause_words, in_breakdown(text, found, number, passage)))
                or labels_a_group(text[clause_begin:offset], _TextsAndTags(clause_words),
                                  number, following, in_sentence[-1]["start"] > number["end"],
                                  next((w.tag for w in index.clipped(number["end"], number["end"] + 4)
                                        if w.text.strip()), ""), masked[clause_begin:offset])
                or not factual_to_clause_end(
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
        begin = bracket_subject(masked, offset, begin, clause_begin, previous_end)
        kept = masked[begin:offset]
        level = (bool(found) and (links_level(masked[previous_end:offset])
                                  or level_after_rate(masked, previous_end, offset, found[-1], previous_kind,
                                                       number, sentence.start))
                 and not range_upper(masked, previous_end, offset, found[-1], number, sentence.start))
        if (not found and not level and passage.governing is not None and passage.governing.change
                and rules.pattern("sentence_level_opening").fullmatch(masked[begin:offset])):
            level = True  # …同比下降17个基点；一季度进一步降至1.43%: the level the last sentence's change reached
        glued = (glued_term(text, in_sentence, position, sentence.start)  # 4950亿元7天期…: read on past the term
                 or transfer_share_reads_on(text, in_sentence, position, sentence.start)  # 以…收购X46%股权 (round 46)
                 or group_reads_on(text, in_sentence, position, sentence.start))  # …表示将在未来两年内增加…
        next_start = (in_sentence[position + 1]["start"] - sentence.start
                      if position + 1 < len(in_sentence) and not glued else clause_end)
        if position + 1 < len(in_sentence) and bounds_a_counted_group(
                text[clause_begin:next_start], text[in_sentence[position + 1]["end"] - sentence.start:]):
            next_start = clause_end  # 有3家房企销售额超千亿: the threshold after the noun is part of what is counted
        counted = number["kind"] == "count" and (number["unit"] not in QUANTITY_UNITS or (
            not number["unit"] and counts_people_bare(index.clipped(number["end"], sentence.start + clause_end))))
        member, series_end, siblings = list_member(masked, offset, number, in_sentence, sentence.start, subjects,
                                               passage.spread if passage.chained else None)
        # (round 46) an acronym in brackets inside the object (5000亿元中期借贷便利（MLF）操作): the object reads on
        # past it
        acronym = rules.pattern("object_acronym").match(text, clause_end) if next_start == clause_end else None
        object_end = clause_bounds(text, acronym.end())[1] if acronym else clause_end
        after_end = sentence.start + min(object_end, next_start) if not acronym else sentence.start + object_end
        after_start = number["end"]
        if list_last <= position:  # (once per list: the members after the first share its end)
            list_last = amount_list_end(text, in_sentence, position, sentence.start)
        if member is None and not counted and number["unit"] not in QUANTITY_UNITS and not glued and (
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
        elif (bracketed := bracketed_member(masked, number, in_sentence, sentence.start, member_memo)) is not None:
            (member, member_reading), series_end = bracketed, number["end"]  # 依次为北京（6.73%）、上海（4.34%）
            after_end = number["end"]  # (what follows is the next member)
        context = Context(bool(found), masked[:begin], masked[previous_begin:max(previous_begin, clause_begin - 1)],
                          tuple(index.clipped(sentence.start + previous_begin, sentence.start + clause_begin)),
                          number["unit"] or "", passage.chained,
                          none_between(in_sentence, sentence.start + previous_begin, sentence.start + offset),
                          siblings if member is not None else ())
        words_before = index.clipped(sentence.start + begin, number["start"])
        if member_reading is not None:  # (round 39 mend: the opener and the member, read whole: no change word of the
            # list's measure, 利润增速最高的…, read again as the member's)
            kept, words_before, member_reading = member_reading, [], None
        governing_before = governing_of_kind(passage, number, masked[begin:offset], context)
        listable = counted or number["unit"] not in QUANTITY_UNITS  # a count, or an amount of a measure unit
        follows = (listable and member is None and bool(found)
                   and rules.pattern("counted_object_joint").match(masked[previous_end:offset]) is not None)
        repeated = (follows and listed is not None and listed[0] == previous_end
                    and ends_in_object(index.clipped(sentence.start + previous_end, number["start"])))
        if repeated:  # (round 22: 完成5.6万户农村危房改造、1200公里农村公路建设: the later count reads as the earlier
            # did after the verb before the list, with its own object)
            kept, words_before, context, governing_before = listed[1:]
        elif (listable and member is None and found and begin == previous_end
              and (opened := rules.pattern("own_member_after_object").match(masked, begin, offset))):
            kept = masked[opened.start("own"):offset]  # (round 22: 改造2.3万户老旧小区、新建1.1万个停车位: the words
            # before the 、 are the earlier value's object; the later value's own verb comes after it)
            words_before = index.clipped(sentence.start + opened.start("own"), number["start"])
        words_after = index.clipped(series_end if member is not None else after_start, after_end)
        if acronym:  # (round 46) the object without its bracketed acronym: 中期借贷便利操作, as before the value
            words_after = [w for w in words_after if not acronym.start() <= w.start - sentence.start < acronym.end()]
        if counted and member is None and position + 1 < len(in_sentence):
            if shared is None or shared[0] < position:
                shared = count_list_predicate(text, in_sentence, position, sentence.start, clause_end, index.clipped)
            if shared[0] > position and shared[1] and names_only_its_noun(words_after):
                # (round 31: 36所高校、210所中小学开设人工智能课程: what the last count's noun does, every member does)
                words_after = [w for w in words_after if w.text.strip() not in ("、", "")] + shared[1]
        governing = metric(kept, words_before, words_after, counted, member, governing_before,
                           fallback_subject if clause_begin else "", level, context)
        if (passage.governing is not None and governing.change and governing.subject == passage.governing.subject
                and (earlier := earlier_of_unit(in_sentence_governing, passage.governing, number["unit"] or ""))):
            # (round 22: 优良天数为298天，优良率81.6%，比上年增加9天: a rate never grows by days; the change is of the
            # earlier value in its unit)
            governing = metric(kept, words_before, words_after, counted, member, earlier,
                               fallback_subject if clause_begin else "", level, context)
        if (passage.governing is not None and governing.subject == passage.governing.subject
                and (owner := amount_owner(passage.governing, number["unit"] or ""))):
            # (round 42: …增速比上年末低1.4个百分点；上半年增加1.81万亿元: an amount is never a rate's; its owner's)
            governing = metric(kept, words_before, words_after, counted, member, owner,
                               fallback_subject if clause_begin else "", level, context)
        if (passage.governing is not None and governing.subject in cues().words("quantity_worth_heads")
                and (earlier := earlier_quantity(in_sentence_governing, passage.governing, number["unit"] or ""))):
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
        if not WORD.search(governing.metric):
            continue  # a value with nothing it measures (a bare number, an axis label) is no claim
        if not (bracketed_aside(masked, clause_begin, offset, end)  # (全市为21585元): the main subject goes on
                or scope_aside(masked, clause_begin, offset, end)  # 高于全省（68.1%）4.4个百分点 (round 44 mend)
                or conversion_aside(masked, clause_begin, offset, passage.governing)):
            if aside_close < 0 and (close := breakdown_bracket_close(masked, offset, end)) >= 0:
                aside_close, aside_saved = close, passage.governing
            passage.governing = replace(governing, unit=number["unit"] or "")  # (its unit: what a sibling act shares)
            in_sentence_governing.append(passage.governing)
        named = name_bases(governing.metric, text, bases,
                            previous_begin if label_change(governing, kept, masked, clause_begin) else clause_begin,
                            offset, restated)
        if found and member is None and (turned := turned_change(found[-1]["metric"], masked[previous_end:offset])):
            named = turned  # (round 28) 比上月末和上年同期高0.1个和低1.3个百分点: the first member's bases, its own way
        if member is not None and not governing.change:
            listed_subjects.append(governing.subject)
        elif member is None:
            named = list_shared_change(listed_subjects or clause_subjects, masked[previous_end:offset],
                                       text[previous_end:offset]) or named
            listed_subjects = []
            # (round 45: 完成货运量719万吨，货物周转量46.78亿吨公里，均同比下降9.7%: levels of their own clauses right
            # before a 均 clause are its members as a 分别 list's are)
            opens_clause = not governing.change and previous_end <= clause_begin
            clause_subjects = [*clause_subjects, governing.subject] if opens_clause else []
        if found and not governing.change and signed_bracket_change(masked, found[-1]["number_start"] - sentence.start,
                                                                     previous_end, end, found[-1]["metric"]):
            named = found[-1]["metric"] + rules.setting("bracket_change_word")  # 营收8.03亿元（+201.2%）: its change
        if basis_frame is not None:
            named = framed_basis(named, governing, basis_frame["basis"])  # (round 34) 从环比看，CPI上涨0.3%
        if is_a_sanction(named, text[:clause_end]):  # a fine holds from its decision, not from the findings' period
            time = sanction_time(number, text, sentence.start, placed, (fallback, passage.opening))
        if found and restates(masked, previous_end, offset, previous_kind, number):
            if (number["value"], number["unit"]) == (found[-1]["value"], found[-1]["unit"]):
                previous_end = end
                continue  # 罚款人民币壹佰贰拾万元整（¥1,200,000.00）: the same amount written again is no second claim
            named = found[-1]["metric"]  # 增加21.3万吨（4.3亿斤）: the same value in other units, with its base named
        if (way := tally_way(masked, offset, end, tally_set is not None)) is not None:
            tally_set = tally_set or named  # 5个分类指数4升1降: the set the first count's metric names (round 39)
            named = tally_metric(tally_set, way)
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
        subjects.append((end, governing.subject, own_head(kept)))
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
