"""Which values of a sentence are claims: the selection predicates of `claims`.

Each predicate reads one class of non-claim (structural counts, targets, rules, thresholds,
bases, assumptions, formula terms ...) from the cues of `resources/claims.yaml`; `claims` asks
them in turn for every value of a factual sentence.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from pipeline.end_search import search_at_end
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.words import closes_on_word
from pipeline.extract.claim_time import (
    BRACKET_CLOSERS,
    Placed,
    clause_bounds,
    clause_end_past,
    months_covered,
)
from pipeline.extract.ratings import is_rating_key_line
from pipeline.nlp.doc import Word
from pipeline.repeat_search import found_before, found_in, found_none_before
from pipeline.resources import load_yaml

_DIGIT = re.compile(r"[0-9０-９]")
_ARABIC = re.compile(r"[-−–+－﹣]?\s*[0-9０-９]")  # a number written in digits (an axis label), maybe signed
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a value, not a date or period (1-6月, 2024年), before a frame of the period before (`_past_fact_frame_out`)
# (2024 年, 前10个月: periods, also with a space between)
_VALUE_BEFORE_FRAME = re.compile(
    r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．])(?!\s*(?:[\-−–—~～至到年月日号季]|个月|個月))")
_LATIN = re.compile(r"[A-Za-z]")
# English text writes words apart (grew by 5%); indicator names and broker shorthand glued to Chinese or to a signed
# value (CPI同比+0.3%，PPI同比-1.4%; Q1营收yoy+15.2%，qoq-3.1%) are no English, however many letters they have.
_LATIN_WORDS = re.compile(r"[A-Za-z]+[ \t]+[A-Za-z]")
_RUN_GAP = re.compile(r"\s*")  # what stands between two numbers of a dumped chart axis or table row
_SPACES = re.compile(r"\s+")
_STRUCTURAL_COUNT_MAX = Decimal(10)
_EXCLUSION_REACH = 40  # characters read on each side of a value for the bracketed exclusion it stands in
CLAUSE_MARK = re.compile(r"[，,；;]")


def _is_streak_unit(unit: str) -> bool:
    """A streak word counts a run of periods (连增, 连降, 连丰): numbers.yaml's `streak_word_head` and a verb."""
    return len(unit) >= 2 and unit.startswith(load_yaml("numbers.yaml")["streak_word_head"])


def is_structural_count(number: dict, before: str = "") -> bool:
    """两个方面, 三个层面, 四重挑战: small exact counts in Chinese numerals frame the text.

    Chinese style (GB/T 15835) writes statistical quantities in Arabic digits, so a
    small exact count written in characters is the author's framing, not data. Not so in a verbatim transcript,
    which writes every number so: a decimal (三点三四人) frames nothing, nor does a count that is the start, the
    change or the end of a change (由上月的十个减少到本月的七个, 新增了三个): ``before``, the clause up to it, says so.
    Nor does a streak (出口实现五连增, 三连降, round 44), which a review writes in characters: its unit is a streak
    word, numbers.yaml's `streak_word_head` and a verb (units.yaml `measure_words`: 连增, 连丰, 连涨).
    """
    value = Decimal(str(number["value"]))
    return (number["kind"] == "count" and not number.get("approx") and not _DIGIT.search(number["text"])
            and value <= _STRUCTURAL_COUNT_MAX and value == value.to_integral_value()
            and not _is_streak_unit(number.get("unit") or "")
            and not cues().pattern("count_change_before").search(before))


def labels_a_group(prefix: str, prefix_words: Iterable[tuple[str, str]], number: dict, following: str,
                   more_values_follow: bool, next_tag: str = "", undated_prefix: str | None = None) -> bool:
    """A count that names the group a sentence talks about rather than a value it asserts.

    Three shapes: a region's conventional set name (place + N国), a count right after a place
    or scope word whose members the sentence goes on to measure (全球 13台根服务器中有 10台…), and a count
    that frames a clause of its own as the set counted within (70个大中城市中，…).
    A lone count after a scope word (全国3000家企业参展) stays a claim, and so does one its own verb follows
    (``next_tag``: the tag of the word after the value; 青海11人死亡、198人受伤: who died, not a group the next value
    counts within). ``undated_prefix``: the prefix with its dates blanked out; a date glued before the frame is no
    subject of it (5月份70个大中城市中，…; round 25). ``prefix_words``: the prefix's (word, tag) pairs, read up to twice
    (a list, or a view that makes them afresh on each reading).
    """
    rules = cues()
    if number["kind"] != "count" or not following.strip():
        return False
    framed = ((more_values_follow or rules.pattern("group_frame_opened").match(prefix))  # (round 48: 在…中, named
              and rules.pattern("group_frame_after").fullmatch(following)) or (  # members, no value after)
        (inline := rules.pattern("group_frame_inline").match(following)) is not None
        and closes_on_word(following[:inline.end("frame")], inline["frame"]))
    # (round 46 mend: the frame word a word of its own, not the 中 of 高中 or 集中: 32所高中录取率…的有18所)
    if framed and rules.pattern("group_frame_before").fullmatch(prefix if undated_prefix is None else undated_prefix):
        return True  # 70个大中城市中，…下降的城市有58个; 41个大类行业中有26个…: the set the sentence counts within
    if not prefix.strip():
        return False
    # (each ``all`` reads the words afresh and stops at the first that fails: no list of a long clause's words)
    places = all(flag in rules.words("place_pos_tags") for word, flag in prefix_words if word.strip())
    if places and number["unit"] == rules.setting("group_unit") and prefix == prefix.rstrip():
        return True
    scope, place_tags = rules.words("group_scope_words"), rules.words("place_pos_tags")
    scoped = all(word in scope or flag in place_tags for word, flag in prefix_words if word.strip())
    # (round 30: a count a copula names, 其中78家为传统制造企业，64家为…, is a part of the set, not a frame)
    return (scoped and more_values_follow and next_tag not in rules.words("verb_tags")
            and not rules.pattern("count_item_end").match(following)
            and not rules.pattern("own_threshold_rest").match(following.strip())  # 其中3家超千亿元 (round 37)
            and not rules.pattern("rest_of_set_copula").match(following.lstrip()))


def attributed_forecast(sentence: str) -> bool:
    """The sentence forecasts in its source's words: a cue of forecast (预测, 预计 …) or a report or data shown to say
    what will be (报告显示，…将达: round 20; a body's telling followed by 将 stays its plan, round 14)."""
    rules = cues()
    return bool(rules.pattern("attributed_forecast").search(sentence)
                or rules.pattern("report_forecast").search(sentence))


_FACTUAL = threading.local()  # per thread: the last text `is_factual` read, with the cues and its verdict


def is_factual(sentence: str, has_source: bool) -> bool:
    """Opinions, recommendations, conditionals, plans and unattributed forecasts are not claims;
    an attributed forecast is.

    Callers pass the sentence up to the end of the value's clause: a modal verb after
    the value (…10台在美国，数据都要经过美国) does not govern it; nor does a cue before a clause that
    reports a past period (…，上年同期为8.2亿元), when the value is in that clause.

    The values of one clause pass the same text: it is read once (round 32: a comma-less clause of thousands of
    values read the text up to the clause's end again for each; a thread's own memo, of the last text only).
    """
    rules = cues()
    last = getattr(_FACTUAL, "last", None)
    if last is not None and last[0] is rules and last[2] == has_source and last[1] == sentence:
        return last[3]
    verdict = _is_factual(sentence, has_source)
    _FACTUAL.last = (rules, sentence, has_source, verdict)
    return verdict


# (round 41) The cues `_is_factual` cuts or blanks its text by, returns early on, or rejects it by: when none of them
# occurs in a prefix of a sentence, the prefix is read uncut and unblanked and nothing rejects it (`is_factual_up_to`);
# the pairs blank a text only when both occur (a survey's frame and its respondents' intent; a programme done and
# its name).
# `_BLANKED_CUES`: the words `_is_factual` blanks out wherever they stand (plan words of a result, 应 of a noun, …).
_BLANKED_CUES = ("measured_against_plan", "due_noun", "method_condition", "secured_result", "programme_noun",
                 "counted_proposal", "all_due_idiom")
_FACTUAL_CUES = ("actual_clause", "result_clause", "plan_noun", "attributed_forecast", "consensus", "analyst_valuation",
                 *_BLANKED_CUES, "past_fact_frame", "target_met", "when_frame")
_FACTUAL_CUE_PAIRS = (("survey_frame", "surveyed_intent"), ("programme_done", "programme_name"))
LONG_FACTUAL = 400  # characters of a text from which `is_factual_up_to` reads its prefixes by the cues' least ends


def is_factual_up_to(text: str, end: int, has_source: bool) -> bool:
    """``is_factual(text[:end], has_source)``, for the values of a sentence asked up to each clause's end (round 41).

    A one-line list of n clauses read the sentence up to each clause's end afresh, about 25 pattern passes each:
    quadratic (a 27K-character sentence of 1,500 clauses, 7 s). When no cue of `_FACTUAL_CUES`, no pair of
    `_FACTUAL_CUE_PAIRS` and no ``not_factual`` pattern finds anything in the prefix (and it is no rating key's
    line), `_is_factual` cuts nothing off (no past or result clause opens, no plan noun or forecast stands before
    one), blanks nothing and rejects nothing: the prefix is factual. That a pattern finds nothing in ``text[:end]``
    is `found_none_before`'s answer (the least end a match of the pattern with its lookaheads dropped can have, read
    once per sentence), so a long sentence's clauses cost a comparison per cue; a prefix any cue may occur in is
    read in full as before. Texts under `LONG_FACTUAL` characters are read in full (a sentence of a clause or two
    gains nothing)."""
    if len(text) >= LONG_FACTUAL and not is_rating_key_line(text, end):
        rules = cues()
        if (all(found_none_before(rules.pattern(name), text, end) for name in _FACTUAL_CUES)
                and all(found_none_before(rules.pattern(gate), text, end)
                        or found_none_before(rules.pattern(blank), text, end) for gate, blank in _FACTUAL_CUE_PAIRS)
                and all(found_none_before(pattern, text, end) for pattern in rules.patterns("not_factual"))):
            return True
    return is_factual(text[:end], has_source)


def _is_factual(sentence: str, has_source: bool) -> bool:
    """`is_factual`, read afresh (`is_factual_up_to` relies on every cue it reads being in `_FACTUAL_CUES`,
    `_FACTUAL_CUE_PAIRS` or ``not_factual``, apart from the rating key's and the forecast's early return of True)."""
    rules = cues()
    if is_rating_key_line(sentence):  # 增持：股价超越基准5%-20%: a rating's definition
        return False
    sentence = sentence[_past_clause_start(sentence):]
    sentence = sentence[_result_clause_start(sentence):]
    consensus = rules.pattern("consensus")
    last_clause = max((m.start() for m in CLAUSE_MARK.finditer(sentence)), default=0)
    if any(m.end() > last_clause for m in consensus.finditer(sentence)):
        return False  # 低于市场预期的18万个: the analysts' forecast, whoever released the data
    sentence = consensus.sub(lambda m: " " * len(m.group()), sentence)  # …，预期为4.0%，前值为4.5%: its clause only
    if rules.pattern("analyst_valuation").search(sentence):
        return False  # 给予目标价45元, 股价对应2024年PE仅12倍: the analyst's opinion, also in a broker's note
    if has_source and attributed_forecast(sentence):
        return True
    # plan words of a result, 应 of a noun (应参保人数), 如果 of a method (如果扣除价格因素，…),
    # funds secured (争取…亿元), a programme's name (经济刺激计划: a noun, round 16), a proposal issued as a paper
    # (检察建议3.2万件), the all-due idiom (应执尽执率: round 19) and a frame of what the period before did
    # (在去年同期增长22.7%情况下: round 32)
    for words in _BLANKED_CUES:
        sentence = rules.pattern(words).sub(lambda m: " " * len(m.group()), sentence)
    sentence = rules.pattern("past_fact_frame").sub(_past_fact_frame_out, sentence)
    if rules.pattern("survey_frame").search(sentence):  # 调查显示，42%的受访企业计划…: what the respondents answered
        sentence = rules.pattern("surveyed_intent").sub(lambda m: " " * len(m.group()), sentence)
    sentence = _read_out_targets_met(sentence)
    if rules.pattern("programme_done").search(sentence):  # 增持计划已实施完毕，累计增持…: a programme's name, no plan
        sentence = rules.pattern("programme_name").sub(lambda m: " " * len(m.group()), sentence)
    sentence = _read_out_when_frames(sentence)
    return not any(p.search(sentence) for p in rules.patterns("not_factual"))


def _past_fact_frame_out(match: re.Match[str]) -> str:
    """A frame of what the period before did (在去年同期增长22.7%情况下) blanked out when it follows a clause holding a
    value of its subject (卫生健康支出3074亿元，在…). A frame opening its sentence, or after a period alone
    (在上年下降3.1%的情况下，…), names no subject of its own (round 32 review: its change took one from elsewhere): it
    stays the condition of its own values, and is read out only for a value after it (the text passed ends with the
    value's clause, so a value inside the frame has no digit after it)."""
    before = match.string[:match.start()].rstrip()
    clause = before[max(before.rfind(mark, 0, len(before) - 1) for mark in "，,；;。") + 1:]  # (the clause before it)
    if before.endswith(("，", ",")) and _VALUE_BEFORE_FRAME.search(clause):
        return " " * len(match.group())
    if _DIGIT.search(match.string, match.end()):
        return " " * len(match.group())
    return match.group()


def forecast_hedge(text: str) -> str:
    """The clause of ``text`` (a sentence ending in ；, with the forecast it continued) holding its last forecast or
    plan cue (`chained_hedge`), and what follows it (预计…营收增长45%；): a 业绩预告 joins its indicators with ；,
    and the clauses after it stay in the forecast (round 13: only a clause that opens with a past period, 上年同期…,
    is out of its reach, see `actual_clause`); so do a plan's (round 18: 计划新建学校12所；新改建农村公路150公里).
    Empty when no cue there hedges (超出市场预期；… is a comparison, no forecast; 完成年度计划的80%；… a result)."""
    found = [m.start() for m in cues().pattern("chained_hedge").finditer(text)]
    if not found:
        return ""
    begin = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, found[-1])), default=0)
    hedge = text[begin:]
    return hedge if not is_factual(hedge, False) else ""


def _read_out_when_frames(sentence: str) -> str:
    """``sentence`` with a 当…的时候 frame blanked out when a clause after it reports what has been (已经达到55%): the
    frame sets the moment of that fact, and only the values inside it are the condition (round 20). A value inside
    the frame keeps it: the text passed ends with the value's clause, so nothing follows the frame there."""
    rules = cues()
    measured = rules.pattern("measured_main_clause")
    for match in rules.pattern("when_frame").finditer(sentence):
        if measured.search(sentence, match.end()):
            sentence = sentence[:match.start()] + " " * len(match.group()) + sentence[match.end():]
    return sentence


def _read_out_targets_met(sentence: str) -> str:
    """``sentence`` with a target met, named first, blanked out (…的目标顺利完成，非化石能源消费比重达到15.9%): a result
    against a target is a fact (round 12). Only a clause before the value's (a comma follows it: the target's own
    bound stays a plan), and not a purpose (确保…目标任务如期完成，…)."""
    rules = cues()
    for match in rules.pattern("target_met").finditer(sentence):
        clause = max((m.end() for m in CLAUSE_MARK.finditer(sentence, 0, match.start())), default=0)
        if not rules.pattern("plan_purpose").search(sentence, clause, match.start()):
            sentence = sentence[:match.start()] + " " * len(match.group()) + sentence[match.end():]
    return sentence


def _past_clause_start(sentence: str) -> int:
    """Where the last clause of ``sentence`` starts when it opens with a past period (预计…为5亿元，上年同期为8.2亿元:
    what was is no forecast of the clauses before it), else 0. Only that clause: the clauses after it (，同比下降约35%)
    are still in the forecast's reach."""
    actual = list(cues().pattern("actual_clause").finditer(sentence))
    if not actual or CLAUSE_MARK.search(sentence, actual[-1].end()):
        return 0
    return actual[-1].start()


def _result_clause_start(sentence: str) -> int:
    """Where the last clause reporting a result against the plan stated before it starts (全年计划新建…，截至目前已完成
    8600公里，完成率71.7%; …预期增长6.5%，实际完成5.8%，…), else 0: the plan reaches neither it nor the clauses after it
    (round 17, as round 12 ends a list of targets where results are reported). After a plan noun, a clause opening
    with the part of the period already run (…的预期目标以内，前三季度平均为5.1%) reports the result too (round 19), and
    so does one opening with work done (…，已建成1.6万亩; …，累计完成投资3.5亿元; …，目前完成栽植7000多亩: round 23).
    After a forecast, a clause opening with the reporting period or the part of the period already run and what it
    attained (…，报告期内本基金实现可供分配金额…; …，前三季度实现营业收入…) reports the result too (round 26)."""
    rules = cues()
    found = [m.start() for m in rules.pattern("result_clause").finditer(sentence)]
    planned = rules.pattern("plan_noun").search(sentence)
    if planned:
        found += [m.start() for name in ("result_period_clause", "result_done_clause")
                  for m in rules.pattern(name).finditer(sentence, planned.end())]
    forecast = rules.pattern("attributed_forecast").search(sentence)
    if forecast:  # (round 26: 预测…，报告期内本基金实现可供分配金额…: what the period attained, after the forecast)
        found += [m.start() for m in rules.pattern("forecast_result_clause").finditer(sentence, forecast.end())]
    return max(found, default=0)


def is_target_value(before: str, after: str) -> bool:
    """The target's own value in a comparison with it (超过规划目标7%的水平, 距年度目标6%还差0.4个百分点, 完成规划目标
    （60万人）的64.3%): the plan's bound, no claim, as the consensus of 低于市场预期的8.0% is none (round 17).
    A value its next clause sets the actual outcome against (控制在3.5%以内，实际为2.9%) is the target too (round 19),
    and so is one named before its plan noun after a verb of completion and the target's year (完成全年1.8万亿元任务
    目标的91.8%: round 37). (A value labelled a plan's indicator after it: `is_labelled_plan_value`, once its time
    is known.)
    ``before``: the sentence up to the value; ``after``: the text after it."""
    rules = cues()
    if rules.pattern("target_share_verb_before").search(before) and rules.pattern("plan_after_value").match(after):
        return True  # (round 37) 完成全年1.8万亿元任务目标的91.8%: the target named before its plan noun
    return bool(rules.pattern("target_value_before").search(before)
                and rules.pattern("target_value_after").match(after)) or bool(
        rules.pattern("target_before_actual").match(after)
        and (rules.pattern("target_actual_bound").match(after)
             or rules.pattern("target_actual_plan_before").search(before)))


def is_labelled_plan_value(time: str | None, sentence: str, clause_before: str, after: str, now: str | None) -> bool:
    """(round 38) A value labelled a plan's indicator after it (…提高到24.1%（约束性）; …，均为约束性指标。) is the
    plan's bound, no claim — when it is a plan's value (mend): the sentence names a plan (目标, 规划) or the value's
    time has not ended by the document date (``now``, its month). A review labels its results the same way (“十三五”
    时期，…，均为约束性指标。 read after 2020), and a change's starting value (由2020年的43.0%提高到45%) or a value
    of a sentence reporting the plan met (…（约束性），超额完成国家下达的目标任务) is a fact whatever its time.
    ``clause_before``: the value's clause up to it; ``after``: the text after it."""
    rules = cues()
    if not rules.pattern("plan_indicator_label").search(after):
        return False
    if (rules.pattern("plan_label_start_value").search(clause_before)
            or any(rules.pattern(name).search(sentence) for name in ("measured_against_plan", "plan_label_result"))):
        return False
    if rules.pattern("plan_label_cue").search(sentence):
        return True
    covered = months_covered(time) if time and now else None
    return not (covered and now and covered[1][:7] <= now)


def is_a_target(time: str | None, sentence: str, offset: int, placed: list[Placed], now: str | None) -> bool:
    """A value for a period still ahead of the document date (``now``, its month) is a target, not a result: its own
    time begins after that month (2024—2025年，新增…), or, when its time has not ended by then, a horizon before it
    reaches past that month (到2025年，…达到12%; “十四五”期间…提升至10%; 2025年底前…). A result stays a fact
    (到2022年底，已累计建成…: that period has ended; 由2020年的7.8%: a value of a past date)."""
    rules = cues()
    if now is None or any(rules.pattern(ahead).search(sentence) for ahead in ("estimate_year", "fiscal_period")):
        # an estimate year is a forecast's (the forecast cues decide); a fiscal year is numbered ahead of the calendar
        return False
    covered = months_covered(time) if time else None
    if covered and covered[0][:7] > now:
        return True
    if covered and covered[1][:7] <= now:
        return False
    return any(end <= offset and (months_covered(value) or ("", ""))[1][:7] > now
               and (rules.pattern("horizon_before").search(sentence, 0, start)
                    or (rules.pattern("horizon_after").match(sentence, end)
                        and not _result_of_a_begun_period(sentence, end, offset)
                        and not _closing_plan_period(sentence, end, value, now)))
               for start, end, value in placed)


def _running(time: str | None, now: str | None) -> bool:
    """The period ``time`` names has begun but not ended by the month ``now`` (as :func:`is_a_target` reads it)."""
    covered = months_covered(time) if time and now else None
    return covered is not None and covered[0][:7] <= now < covered[1][:7]


def plans_a_running_period(time: str | None, upto_clause: str, now: str | None) -> bool:
    """A value of a period still running at the document date that its sentence sets out as that period's budget,
    not as a result (round 30): a clause allocating a figure up to the value's clause (赤字率按3%安排，赤字规模
    40600亿元; 一般公共预算支出安排285490亿元，增长4%), as 拟安排 makes a plan. An arrangement with no figure
    in its clause (按照市委统一安排，全市新增…) allocates nothing. A result word (已, 完成, 以来, 截至 …) keeps
    the value a fact, and so does an ended period (2023年，中央财政安排衔接资金1750亿元, read in 2024).
    ``upto_clause``: the sentence up to the value's clause end."""
    rules = cues()
    if not _running(time, now) or rules.pattern("plan_result").search(upto_clause):
        return False
    return bool(rules.pattern("allocation_plan").search(upto_clause))


def heads_a_running_budget(sentence: str, opening: str | None, now: str | None) -> bool:
    """A sentence with no value that names the budget of a period still running (2025年中央一般公共预算收入预算。;
    2025年全省政府性基金预算草案：) heads that budget's lines: the values after it in its paragraph are its plan,
    as 安排 makes them one (round 31)."""
    return _running(opening, now) and bool(cues().pattern("budget_heading").fullmatch(sentence))


def _closing_plan_period(sentence: str, end: int, value: str, now: str) -> bool:
    """(round 46) The date (ending at ``end``) names a plan period of several years (“十三五”期间, 2016/2020) that is in
    its last year at the document's month ``now``: a text then reviews the period at its close (国新办：“十三五”期间人均
    预期寿命增加近1岁, read in October 2020), so its values are results, not targets; the same period read in an
    earlier year (“十四五”期间…降低18%, read in 2024) still sets targets."""
    covered = months_covered(value)
    return (covered is not None and covered[0][:4] < now[:4] == covered[1][:4]
            and cues().pattern("horizon_period_after").match(sentence, end) is not None)


def _result_of_a_begun_period(sentence: str, end: int, offset: int) -> bool:
    """The date (ending at ``end``) names a period (“十四五”期间) and the text up to the value reports what was done in
    it (累计淘汰, 已建成, 提高了): a result so far, no target (round 19). The caller knows the period has begun."""
    rules = cues()
    period = rules.pattern("horizon_period_after").match(sentence, end)
    return period is not None and rules.pattern("period_result").search(sentence, period.end(), offset) is not None


def is_a_rule(sentence: str, offset: int, end: int, placed: list[Placed]) -> bool:
    """A value the text lays down as a rule, the issuer's commitment rather than a fact of a time (round 14): a grant,
    a cap, a share borne or a rate in its clause that the sentence does not report as done or date (给予一次性奖励50万元
    vs 2022年，市财政已给予…), a bound the text requires (不低于5000万元), or a value inside the condition naming the
    case a rule is for (10亿元以上的，…; 对连片种植50亩以上的种粮大户). A done word or a date inside the case a rule
    is for (对已建成投产的企业, 对2024年新认定的企业, 按实际贷款利息的50%) reports nothing (round 23). The term a
    rule, licence or result is valid for (有效期为5年) is the issuer's rule too (round 30).
    ``offset``/``end``: the value's span."""
    rules = cues()
    clause_begin, clause_end = clause_bounds(sentence, offset)
    before, after = sentence[clause_begin:offset], sentence[end:]
    # (the …$ patterns read only the tail of ``before`` that can hold their match: round 33)
    reached = search_at_end(rules.pattern("bound_level_reached"), before)  # 提高到每人每年不低于640元: reached (31)
    required = search_at_end(rules.pattern("condition_before"), before) and not (
        reached and not rules.pattern("bound_level_duty").search(before, 0, reached.start()))  # (…须将…: required)
    if (required or rules.pattern("condition_clause_after").match(after)
            or search_at_end(rules.pattern("validity_term_before"), before)  # 有效期为5年: the rule's term (round 30)
            or (search_at_end(rules.pattern("addressee_before"), before)
                and rules.pattern("addressee_after").match(after)
                and not search_at_end(rules.pattern("change_start_value"), before))):
        return True
    # (each clause's answer kept for its values, each prefix's read from the sentence's least match end: round 34)
    if not found_in(rules.pattern("issuer_rule"), sentence, clause_begin, clause_end) and not (
            found_before(rules.pattern("rule_notice"), sentence, clause_begin + 1)
            and found_in(rules.pattern("rule_change"), sentence, clause_begin, clause_end)) and not (
            found_before(rules.pattern("rule_frame"), sentence, clause_begin + 1)):
        return False  # (a notice's 由3年调整为1年 is a rule it lays down: round 16; …标准调整如下： lists rules: 23)
    if search_at_end(rules.pattern("rule_cap_before"), before):
        return True  # 累计给予最高2000万元奖励: a cap the rule sets, not what was paid (round 23)
    conditions = [found.span() for found in rules.pattern("rule_condition").finditer(sentence, 0, clause_end)]
    dated = any(start < clause_end and not rules.pattern("rule_validity").match(sentence, stop)
                and not any(begin <= start < finish for begin, finish in conditions)
                for start, stop, _ in placed)
    return not dated and not rules.pattern("rule_done").search(_blanked(sentence[:clause_end], conditions))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces (offsets kept), so that no cue is read in them."""
    if not spans:
        return text
    chars = list(text)
    for begin, finish in spans:
        chars[begin:finish] = " " * (finish - begin)
    return "".join(chars)


def is_prose(sentence: str, block: str) -> bool:
    """Sentences that can hold claims: Chinese prose of a claim block, not structure (a contents
    line, a figure label) and not English text (more Latin letters than Chinese characters, words written apart)."""
    rules = cues()
    if block not in rules.words("claim_blocks") or rules.pattern("structure_sentence").search(sentence):
        return False
    return (len(_LATIN.findall(sentence)) <= rules.setting("english_ratio") * len(_CJK.findall(sentence))
            or not _LATIN_WORDS.search(sentence))


def is_claim_duration(before: str, after: str, words: list[Word], breakdown: bool) -> bool:
    """A duration is a claim value only as the measured value of a metric (为5天, 连续11个月, 平均回款周期是52天,
    利用小时数2225小时), not as a window or term (近一个月, 两年平均, 10年期, 这是5年来) nor as an attribute of a noun
    (结束长达8年的负利率政策).

    ``before``: the clause up to the value, ``words`` its words; ``after``: the text after the value;
    ``breakdown``: the value may be a member of a breakdown (its sentence opens with 其中 or its previous claim has
    the same unit), where a noun alone before it names the member (其中，水电2880小时)."""
    rules = cues()
    if rules.pattern("duration_record_after").match(after):
        return False  # 为两年多来最低水平: the record's window
    if rules.pattern("duration_point_after").match(after):
        return False  # 由十年前的…: a point in time counted back, no value
    if rules.pattern("duration_term_before").search(before):
        return False  # 期限分别为7年、10年: the instrument's term
    if (rules.pattern("duration_modifier_before").search(before)
            and rules.pattern("duration_modifier_after").match(after)):
        return False  # 结束长达8年的负利率政策: an attribute of the noun after it (round 23)
    listed = rules.pattern("duration_list_tail_reversed").match(before[::-1])
    head = before[:len(before) - listed.end()] if listed else before  # (…分别为1.98天、1.04天: the first one's cue)
    if rules.pattern("duration_value_before").search(head):
        return True
    if rules.pattern("duration_frame_after").match(after):
        return False
    if any(rules.pattern(name).search(head)
           for name in ("duration_copula_before", "duration_measure_before", "duration_activity_before")):
        return True
    content = [w for w in words if w.text.strip()]
    return (breakdown and bool(content) and content[-1].tag in rules.words("noun_tags")
            and rules.pattern("duration_member_before").fullmatch(before) is not None)


def qualifies_a_group(number: dict, after: str) -> bool:
    """An attribute value right before a noun (0-6岁儿童, 65岁以上老年人) qualifies the group the
    sentence measures; it is not a value the sentence asserts."""
    rules = cues()
    return number["unit"] in rules.words("attribute_units") and bool(
        rules.pattern("attribute_before_noun").match(after))


def describes_an_exclusion(text: str, offset: int, end: int) -> bool:
    """(round 30) The value (from ``offset`` to ``end`` in ``text``) stands in a bracketed exclusion and describes the
    set left out (（不含已执行5%存款准备金率的金融机构）): it scopes the value before the bracket, no claim of its own.
    Reads a bounded window on each side of the value only."""
    rules = cues()
    opened = rules.pattern("exclusion_bracket_before").search(text, max(0, offset - _EXCLUSION_REACH), offset)
    closed = opened and rules.pattern("exclusion_bracket_after").match(text[end:end + _EXCLUSION_REACH])
    if not closed or not opened.group("inclusion"):
        return bool(closed)
    # (round 34) an inclusion picks out who is counted only by list members before its 的 or by repeating the head
    # of the noun before the bracket (人口（包括…的人口）); 开发区25个（包括8个国家级的高新区） counts a part, and so
    # does a bracket its 的 closes (no head after it: 包括…改造的）)
    if rules.pattern("inclusion_members_before_de").match(text, end, end + closed.start("head")):
        return True
    head = closed.group("head").strip()[-rules.setting("inclusion_head_chars"):]
    owner = rules.pattern("inclusion_owner").search(text, max(0, opened.start() - _EXCLUSION_REACH), opened.start())
    return bool(head and owner and head in owner.group())


def sets_a_threshold(before: str, after: str, words: list[Word], bound: re.Match | None,
                     next_word: Word | None) -> bool:
    """A value that bounds the group a sentence measures (100张以下床位医院, 800毫米以上的县, 人口超过100万的城市,
    规模以上工业企业（年主营业务收入2000万元及以上）) defines it, as an age does (65岁以上老年人), instead of being
    asserted; a value a verb reaches or holds (吸引了1000万人次以上的游客, 保持在6%以上的较高水平) names no group.

    ``before``: the clause up to the value and ``words`` its words; ``after``: the text after the value, ``bound``
    the bound word that opens it (`threshold_bound`), if one does, and ``next_word`` the word after that."""
    rules = cues()
    rest = after[bound.end():] if bound else after
    if bound and rules.pattern("bound_kind_attribute").match(rest):
        return True  # (round 45) 惠及1.6升及以下排量乘用车: the bound and the attribute after it name a kind
    if _held_by_verb(before, words):
        return False
    named = rest[1:].lstrip() if rest.startswith(rules.setting("relative_marker")) else _after_bounded_attribute(rest)
    # the 的-noun is the thing bounded (企业, 游客), not a change the value measures (超过50%以上的增长)
    of_group = _CJK.match(named or " ") is not None and not rules.pattern("change_words").match(named)
    attribute = _attribute_before(before)
    if not bound:  # 人口超过100万的城市; 在 sets no bound of its own (不良贷款率在1.62%的合理区间)
        compared = rules.pattern("threshold_comparison_end").search(before)
        return (of_group and attribute and compared is not None
                and compared.group().strip() not in rules.words("bound_only_comparisons"))
    if of_group or (rest.lstrip()[:1] in BRACKET_CLOSERS and attribute):
        return True
    return next_word is not None and next_word.tag in rules.words("noun_tags")


def _after_bounded_attribute(rest: str) -> str:
    """The noun after an attribute the bound word names and its 的 (1000Mbps及以上接入速率的用户,
    10万千瓦及以上装机容量的电站 → 用户, 电站): the value bounds that attribute of the group, as 人口超过100万的城市
    does; "" where no measure word (`metric_head`) ends the words before the 的."""
    rules = cues()
    attributed = rules.pattern("bound_attribute_of").match(rest)
    if attributed is None or rules.pattern("metric_head").search(attributed.group("attribute")) is None:
        return ""
    return rest[attributed.end():].lstrip()


def _attribute_before(before: str) -> bool:
    """The clause before a value ends in an attribute it bounds, past the comparison word (人口超过, 月人均收入在,
    年主营业务收入, 年出栏, 存栏)."""
    rules = cues()
    bare = rules.pattern("threshold_comparison_end").sub("", before.rstrip())
    return (search_at_end(rules.pattern("metric_head"), bare) is not None
            or search_at_end(rules.pattern("threshold_attribute"), bare) is not None)


def _held_by_verb(before: str, words: list[Word]) -> bool:
    """A transitive verb stands before the value, past the comparison word, aspect particles and the whole the value
    is a share of (吸引了, 已累计发行, 保持在, 实现, 贡献了全国, 吸纳了我国): the value is what it reaches or holds,
    not a bound of a group; a change (营业收入增长10%以上的企业) and an attribute jieba tags as a verb (不良贷款率,
    收入) are none. A word right before an aspect particle is a verb whatever its tag (贡献了: jieba tags 贡献 a
    noun)."""
    rules = cues()
    skipped = rules.words("threshold_comparisons") | rules.words("share_wholes")
    if not any(w.text.strip() for w in reversed(words)) or _attribute_before(before):
        return False
    aspect = rules.words("aspect_tags")
    later: Word | None = None  # the next word after ``word`` that is not blank
    for word in _unblank_from_the_end(words):
        if word.text.strip() in skipped or word.tag.startswith(rules.setting("particle_tag_prefix")):
            later = word
            continue
        acts = word.tag in rules.words("verb_tags") or (later is not None and later.tag in aspect)
        return (acts and not rules.pattern("change_words").search(word.text)
                and word.text.strip() not in rules.words("holding_compounds"))  # 持股5%以上股东: the holder's class
    return False


def _unblank_from_the_end(words: list[Word]) -> Iterator[Word]:
    """The words that are not blank, the last first, made as read: ``_held_by_verb`` stops at the first word past the
    comparison and particles, and a copy of a long clause's words for each of its values made a one-line list
    quadratic (round 33)."""
    return (w for w in reversed(words) if w.text.strip())


def is_a_base(number: dict, before: str, after: str, quotation_unit: bool) -> bool:
    """The base another value is given per or against, which asserts nothing: a rate's base (每10万人口, 每10股,
    10派3元; the rate's metric keeps it), an index's base ((以上年为100), (以女性为100); round 49: also without 以
    in a bracket that closes right after the 100, (上年为100), (女性为100)) and a quotation's unit
    (1美元对人民币7.1254元, as a member of a ratio; ``quotation_unit``: see `_quotation_unit`), and a count inside
    the whole a share is taken of (占全国300城的50.8%: the set the whole is summed over, round 39)."""
    rules = cues()
    if (number["kind"] == "count" and search_at_end(rules.pattern("share_base_count_before"), before)
            and rules.pattern("share_base_count_after").match(after)):
        return True
    if rules.pattern("per_base_before").search(before):
        return True
    if rules.pattern("per_base_after").match(after) and not rules.pattern("per_base_not_before").search(before):
        return True
    if not number["unit"] and rules.pattern("index_base_before").search(before):
        return bool(rules.pattern("index_base_after").match(after))
    if (not number["unit"] and number["value"] == rules.setting("index_base_value")
            and (bare := rules.pattern("index_base_bare_before").search(before))
            and rules.pattern("index_base_bare_after").match(after)
            and (bare["read"] or rules.pattern("index_base_bare_reading_after").match(after))):
        # (round 49: 101.8（上年为100）, (女性为100)为105.07: the base named in a bracket without 以, by the reading it
        # is the base of; mend: not a score after words, 得分最高（得分为100）)
        return True
    return quotation_unit


def is_an_index_threshold(number: dict, clause_before: str, sentence_before: str, after: str) -> bool:
    """The fixed reference level of a diffusion index (低于50%的荣枯线, 重返50%以上的扩张区间, 该指数连续三个月高于50%):
    the index's definition, not a reading, so no claim (round 17). Named by a threshold noun right after the value, or
    the index's midpoint bounded on the reading of an index named in its clause (or, for a clause that is only the
    bound, 仍低于50%, before it in its sentence); a level read (PMI回升至50%, PMI为50%) stays a claim.

    ``clause_before``: the value's clause up to it; ``sentence_before``: its sentence before that clause; ``after``:
    the text after the value."""
    rules = cues()
    if rules.pattern("index_threshold_after").match(after):
        return True
    if (number["unit"] not in rules.setting("diffusion_index_units")
            or Decimal(str(number["value"])) != Decimal(str(rules.setting("diffusion_index_midpoint")))):
        return False
    compared = rules.pattern("index_midpoint_before").search(clause_before)
    if compared is None and not rules.pattern("index_midpoint_after").match(after):
        return False
    subject = rules.pattern("index_reading_subject")
    if subject.search(clause_before):
        return True
    bound_only = rules.pattern("index_bound_only").fullmatch(clause_before[:compared.start()] if compared
                                                              else clause_before)
    return bound_only is not None and subject.search(sentence_before) is not None


def assumption_frames(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's assumption frames (按回购价格上限60元/股测算) and exchange-rate notes after an amount
    (…31.2万韩元（1美元约合1290韩元）: the rate to read the amount by, round 20), read once for all its values."""
    rules = cues()
    return ([m.span() for m in rules.pattern("assumption_frame").finditer(text)]
            + [m.span("aside") for m in rules.pattern("rate_aside").finditer(text)])


def is_an_assumption(frames: list[tuple[int, int]], offset: int, after: str, before: str = "") -> bool:
    """A value an estimate or a proposal assumes (按回购价格上限60元/股测算, 募集资金总额不超过450,000.00万元
    （含本数）): inside an assumption frame (``frames``: `assumption_frames` of its sentence), or a bound inclusive of
    itself, or that bound restated in brackets right after it (不超过30亿元（含30亿元）: ``before`` is the text before
    the value, round 25); it is no fact."""
    rules = cues()
    return (any(begin < offset < end for begin, end in frames)
            or bool(rules.pattern("proposal_bound_after").match(after))
            or bool(rules.pattern("proposal_bound_restated_after").match(after)
                    and rules.pattern("proposal_bound_restated_before").search(before)))


def bounds_a_counted_group(before: str, after: str) -> bool:
    """A threshold ending a clause that opens with a count and its noun (有3家房企销售额超千亿，; 5家房企上月业绩破
    百亿): the value picks out the members counted, as 人口超过100万的城市 does, and is no claim of its own
    (round 16)."""
    rules = cues()
    counted = search_at_end(rules.pattern("counted_threshold_before"), before)  # (its tail only: round 34)
    return bool(counted and (not rules.pattern("change_words").search(counted["between"])
                             or _opens_with_set(counted["between"]))
                and rules.pattern("threshold_clause_end").match(after))


def _opens_with_set(between: str) -> bool:
    """The words after a count open with the set it counts (1207家|公司归母净利润同比增长超过: `counted_set_nouns`): a
    change before the threshold is then what picks the members out too (round 29), as 销售额超千亿 does."""
    return any(between.lstrip().startswith(noun) for noun in cues().words("counted_set_nouns"))


def qualifies_the_subject(text: str, numbers: list[dict], position: int, start: int, clause_end: int) -> bool:
    """A value inside the subject of its clause (每月收入少于1万元的家庭为58万户, 中证500指数的超额收益为
    1.2%): a 的-phrase and a copula stand between it and the clause's next value, so it qualifies the
    thing measured instead of being asserted; it stays part of the next value's metric. An alias bracket after the
    的-noun (超过千亿元的省（市）有12个; 县（市、区）) only names the same group again: the clause runs on past it
    (round 37)."""
    clause_end = clause_end_past(text, clause_end, cues().pattern("group_alias_bracket"))
    if position + 1 >= len(numbers) or numbers[position + 1]["start"] - start > clause_end:
        return False
    between = text[numbers[position]["end"] - start:numbers[position + 1]["start"] - start]
    before = text[:numbers[position]["start"] - start]
    if (numbers[position]["kind"] == "count" and cues().pattern("count_qualifier_between").fullmatch(between)
            and not cues().pattern("count_predicate_before").search(before)):
        return True  # 31个大城市城镇调查失业率为5.0%: the count names the cities measured (有25个省份…: it is the fact)
    if (numbers[position + 1]["kind"] == "count" and cues().pattern("group_threshold_end").search(before)
            and cues().pattern("threshold_count_between").fullmatch(between)):
        return True  # 超百亿房企仅有34家: the threshold picks out the group the count counts (round 16)
    return bool(cues().pattern("qualifier_between").fullmatch(between))


def counts_the_sample(text: str, numbers: list[dict], position: int, start: int, clause_end: int,
                      words: list[Word]) -> bool:
    """A count of a survey's sample inside the subject, right before the noun measured (重点50城二手房成交量环比增长
    4.6%, 统计的全国45个港口进口铁矿石库存总量14842.49万吨): it names the set measured, as a frame count does, and
    stays in the next value's metric. Not after a verb (签约25个项目总投资300亿元: what was signed) or with no
    measure word, nor after 有 or 共 (全市共有5家银行…: the count is the fact) or a preposition (为1200家企业发放…:
    whom the act serves); ``words``: the clause's words up to the
    count."""
    rules = cues()
    number = numbers[position]
    if number["kind"] != "count" or not number["unit"]:
        return False
    if position + 1 >= len(numbers) or numbers[position + 1]["start"] - start > clause_end:
        # (round 48) no value after it in its clause: only a count before a mean over its set (6种水果平均批发价格略有
        # 下降，其中葡萄…) names the set measured; a count of members that did something (6家企业利润下降) is the fact
        between = text[number["end"] - start:clause_end]
        if not rules.pattern("averaged_set_rest").match(between):
            return False
    else:
        between = text[number["end"] - start:numbers[position + 1]["start"] - start]
        if not rules.pattern("sample_count_between").fullmatch(between):
            return False
    if rules.pattern("joined_member_open").match(between):
        return False  # 客运量1.2亿人及货运量3.4亿吨: the joint ends the first member, as a comma would (round 27)
    if rules.pattern("count_predicate_before").search(text[:number["start"] - start]):
        return False  # 全市共5家银行净利润合计…: after 有 or 共 the count is what the clause states (round 23)
    if rules.pattern("sample_recipient_before").search(text[:number["start"] - start]):
        return False  # 全市为1200家企业发放稳岗资金3亿元: whom the act serves, a claim (round 39 mend)
    content = [w for w in words if w.text.strip()]
    return not content or content[-1].tag not in rules.words("verb_tags")


def in_number_run(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """A value with another number right beside it, nothing but space between (39.0 14.0 38.0: a chart
    axis or table row dumped into the text); prose separates the values of a list (、，和)."""
    number = numbers[position]
    if not _ARABIC.match(number["text"]):
        return False  # 两年 after 增长38.0% (a title's space) is words, not a dumped axis
    neighbours = [(numbers[position - 1]["end"], number["start"])] if position and _ARABIC.match(
        numbers[position - 1]["text"]) else []
    if position + 1 < len(numbers) and _ARABIC.match(numbers[position + 1]["text"]):
        neighbours.append((number["end"], numbers[position + 1]["start"]))
    return any(a <= b and _RUN_GAP.fullmatch(text[a - start:b - start]) and not _worded_end(text, a - start)
               for a, b in neighbours)


def glued_term(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """The next number is a term glued to this value's unit (4950亿元7天期逆回购操作): it opens what the value is an
    amount of, so the words after the value read on past it."""
    following = numbers[position + 1] if position + 1 < len(numbers) else None
    return (following is not None and following["kind"] == "duration" and following["start"] == numbers[position]["end"]
            and _worded_end(text, numbers[position]["end"] - start))


def group_reads_on(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """The value is a share of a group doing something (50%的受访企业表示将在未来两年内增加对华投资) and the next
    number is a duration inside what the group does: the words after the value read on past it to the clause's end."""
    following = numbers[position + 1] if position + 1 < len(numbers) else None
    if following is None or following["kind"] != "duration":
        return False
    after = text[numbers[position]["end"] - start:following["start"] - start]
    return cues().pattern("group_share_after").match(re.sub(r"\s+", "", after)) is not None


def transfer_share_reads_on(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """(round 46) The value is a deal's amount after 以 and a verb of transfer (`deal_transfer_before`,
    `deal_transfer_after`), and the next number is the share of the object taken (公司以12亿元收购同仁药业46.36%股权):
    the words after the amount read on past the share to the clause's end, so the object keeps what was bought
    (同仁药业股权), as a glued term does. Only when nothing but the act and the object stands between the two."""
    following = numbers[position + 1] if position + 1 < len(numbers) else None
    if following is None or following["unit"] != "%":
        return False
    rules = cues()
    value_start, value_end = numbers[position]["start"] - start, numbers[position]["end"] - start
    if not rules.pattern("deal_transfer_before").search(text[max(0, value_start - 24):value_start]):
        return False
    between = text[value_end:following["start"] - start]
    deal = rules.pattern("deal_transfer_after").match(between)
    return deal is not None and rules.pattern("deal_transfer_object").fullmatch(between, deal.end()) is not None


def _worded_end(text: str, end: int) -> bool:
    """The number before ``end`` closes with a unit word glued to the next one (4950亿元7天期逆回购操作: the amount,
    then the term of what it is an amount of): prose, not a dumped row of figures."""
    return end > 0 and bool(_CJK.match(text[end - 1])) and end < len(text) and not text[end].isspace()


def is_formula_term(before: str, after: str) -> bool:
    """A value beside an operator (=, ×, ÷) is a term of a formula, an increment read as a marginal effect's
    condition (表示X增加1万元，Y增加…) one of an equation; a ratio's first term over a base of 1 in a clause
    that names a ratio (收入比为2.39∶1) is the ratio's value instead."""
    rules = cues()
    if search_at_end(rules.pattern("formula_before"), before):  # (its tail only: round 34)
        return True
    if (search_at_end(rules.pattern("marginal_increment_before"), before)
            and rules.pattern("marginal_increment_after").match(after)):
        return True  # 表示研发投入增加1万元，专利申请量增加0.14件: the condition of a marginal effect
    if not rules.pattern("formula_after").match(after):
        return False
    return not (rules.pattern("ratio_to_one_after").match(after)
                and search_at_end(rules.pattern("ratio_value_before"), before))


def is_procedure_setting(number: dict, before: str, after: str) -> bool:
    """A statistic or setting of an estimation procedure (t值为4.87, 抽样1000次, 在1%和99%分位数上缩尾, 研究区间…共20年)
    describes how an estimate was made, not the world: no claim (round 18). ``before``/``after``: the sentence around
    the value."""
    rules = cues()
    # (typeset text spaces Latin letters and figures apart from the Chinese: BG 检验的 p 值为 0.0396)
    before, after = _SPACES.sub("", before), _SPACES.sub("", after)
    if search_at_end(rules.pattern("statistic_before"), before) or rules.pattern("statistic_after").match(after):
        return True
    if (search_at_end(rules.pattern("replication_count_before"), before)  # 重复次数设为500次 beside an estimate, not
            and rules.pattern("replication_context").search(before + after)):  # 全省抽样次数为3.2万次 (round 38 mend)
        return True
    return number.get("unit") in rules.words("sample_span_units") and bool(
        rules.pattern("sample_span_before").search(before))


def is_research_design(clause_before: str, after: str) -> bool:
    """A count that names the data set a study uses (使用…230个地级市的面板数据) or a bound its sample is screened by
    (剔除资产负债率大于1的样本): the design of the study, not a fact it reports (round 20). ``clause_before``: the
    clause up to the value; ``after``: the text after it."""
    rules = cues()
    return bool((rules.pattern("dataset_use_before").search(clause_before)
                 and rules.pattern("dataset_noun_after").match(after))
                or rules.pattern("sample_filter_before").search(clause_before))


def bounds_a_counted_noun(text: str, numbers: list[dict], position: int, start: int, clause_end: int,
                          gap_words: Callable[[int, int], list[Word]]) -> bool:
    """A threshold right before the noun that a count after it counts (全国共发生5级以上地震21次, 一次死亡3人以上道路
    交通事故2起, 产值超百亿元企业8家, 5.0～5.9级地震6次): the value defines the class counted, as 100张以下床位医院
    20480个 does, even after a verb (发生 reaches the events, not their magnitude), so it is no claim and stays in the
    count's metric (round 18). A threshold is a value with a bound word after it, a comparison before it or a range
    partner; only a noun phrase stands between it and the count. ``gap_words(a, b)``: the words between two offsets of
    the document."""
    rules = cues()
    upper = position
    joint = rules.pattern("range_joint")
    ranged = position > 0 and _range_partners(text, numbers[position - 1], numbers[position], start, joint)
    if position + 1 < len(numbers) and _range_partners(text, numbers[position], numbers[position + 1], start, joint):
        upper, ranged = position + 1, True
    if upper + 1 >= len(numbers):
        return False
    value, count = numbers[upper], numbers[upper + 1]
    if (count["kind"] != "count" or count["unit"] in rules.words("threshold_count_non_measures")
            or count["unit"] == value["unit"] or count["start"] - start > clause_end):
        return False
    gap = text[value["end"] - start:count["start"] - start]
    shape = rules.pattern("threshold_noun_gap").fullmatch(gap)
    if shape is None:
        return False
    compared = rules.pattern("group_threshold_end").search(text[:numbers[position]["start"] - start])
    if not (shape["bound"] or ranged or compared):
        return False
    words = [w for w in gap_words(value["end"], count["start"]) if w.text.strip()]
    return (bool(words) and words[-1].tag in rules.words("noun_tags")
            and not any(w.tag in rules.words("verb_tags") for w in words))


def scopes_a_partner_value(numbers: list[dict], position: int, start: int, clause_end: int, words: list[Word],
                           gap_words: Callable[[int, int], list[Word]]) -> bool:
    """A count of partners or places after a preposition (对55个国家非金融类直接投资481.6亿元,
    与RCEP其他14个成员国进出口增长7.5%) with an amount, a rate or a change later in its clause: the count only
    scopes what that value measures, as a sample count does, and stays in its metric (round 21). Without such a
    value (已与16个国家签署备忘录), with another count after it (与16个国家签署23份文件), or with a verb between the
    preposition and the count (not inside a 的-phrase: 对共建“一带一路”的42个国家), the count is what the clause
    states. ``words``: the clause's words up to the count; ``gap_words(a, b)``: the words between two offsets of
    the document."""
    rules = cues()
    number = numbers[position]
    if number["kind"] != "count" or not number["unit"] or position + 1 >= len(numbers):
        return False
    following = numbers[position + 1]
    if following["start"] - start > clause_end or following["kind"] == "count":
        return False
    content = [w for w in words if w.text.strip()]
    lead = next((i for i in range(len(content) - 1, -1, -1)
                 if content[i].text in rules.words("partner_scope_prepositions")), None)
    if lead is None:
        return False
    scope = content[lead + 1:]
    modified = [i for i, w in enumerate(scope) if w.text in rules.words("attributive_particles")]
    if any(w.tag in rules.words("verb_tags") for w in scope[modified[-1] + 1 if modified else 0:]):
        return False
    if number["unit"] in rules.words("partner_count_nouns"):
        return True  # 对东盟10国出口增长5.2%: the measure word names the partners
    noun = next((w for w in gap_words(number["end"], following["start"]) if w.text.strip()), None)
    return noun is not None and noun.text in rules.words("partner_count_nouns")


def _range_partners(text: str, lower: dict, upper: dict, start: int, joint: re.Pattern) -> bool:
    """Two values joined by a range joint and nothing else, in one unit (5.0～5.9级: the lower takes the upper's)."""
    between = text[lower["end"] - start:upper["start"] - start].strip()
    return joint.fullmatch(between) is not None and lower["unit"] == upper["unit"]
