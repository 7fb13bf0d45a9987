"""Governing words: measure frames, owners of amounts, earlier quantities, range uppers, quoted units, name bases."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import (
    Context,
    Governing,
    count_predicate,
    cut_words,
    in_breakdown_clause,
    names_any_measure,
    rate_owner,
)
from pipeline.extract.claim_time import clause_bounds, clause_end_past
from pipeline.extract.claims.brackets import bracketed_equivalent
from pipeline.extract.claims.passage import Passage
from pipeline.extract.currencies import currency_codes
from pipeline.nlp.doc import Word, WordIndex

QUANTITY_UNITS = frozenset({"%", "pp", "x", ""})  # units that are not a measure word of a counted noun


def measure_frame(masked: str, numbers: list[dict], start: int, passage: Passage) -> str:
    """(round 40) A sentence opening with a frame that names a measure with 中 and no 其中 (2021年总诊疗量中，
    医院38.8亿人次，基层医疗卫生机构42.5亿人次): the measure is the whole its values break down, as a whole given
    before 其中 is, so the frame reads as 其中 (`measure_frame_reading`) after the measure handed on as the governing
    one (→ `医院总诊疗量`); ``masked`` unchanged for a setting (调查中, 会议中: `measure_frame_settings`), a frame
    whose last word names no measure (监测的湖泊中), or none."""
    rules = cues()
    found = rules.pattern("measure_frame").match(masked)
    if found is None or not numbers or numbers[0]["start"] - start < found.end():
        return masked
    whole = found["whole"]
    words = cut_words(whole)  # (its last word names the measure: not 监测的湖泊中，…, a set of things)
    if whole.endswith(tuple(rules.words("measure_frame_settings"))) or not words or not names_any_measure(words[-1]):
        return masked
    passage.governing = Governing(whole, whole, "", whole, unit=numbers[0]["unit"] or "", frame=whole)
    reading = rules.setting("measure_frame_reading")
    return (masked[:found.start("whole")] + reading.rjust(found.end() - found.start("whole"))
            + masked[found.end():])


def framed_basis(named: str, governing: Governing, basis: str) -> str:
    """The metric with the basis a viewing frame opening its sentence names (从同比看，…; 环比来看，…) put back
    before its change (从环比看，CPI上涨0.3% → CPI环比上涨): the frame says which change every value of the
    sentence is, a year-on-year or a month-on-month one, and the metric's cleaning cut it with the frame
    (round 34). Unchanged where the metric names a basis of its own (CPI环比由…转为上涨 keeps its 环比) or no
    change word or rate noun follows its subject (a level; a base: 比上年同期上涨). A subject ending in a rate noun
    takes the basis before that noun (从同比看，CPI涨幅回落 → CPI同比涨幅回落, not CPI涨幅同比回落)."""
    rules = cues()
    subject = governing.subject
    if subject and named.startswith(subject):
        rate = rules.pattern("rate_noun_end").search(subject)
        at = rate.start() if rate else len(subject)
    else:
        at = named.rfind(governing.change) if governing.change else -1
    if at < 1 or rules.pattern("named_basis").search(named) or not rules.pattern("basis_slot").match(named, at):
        return named
    return named[:at] + basis + named[at:]


def label_change(governing: Governing, kept: str, masked: str, clause_begin: int) -> bool:
    """The value's change is the field label before its colon (比上年同期增长：38.31%至48.07%, round 29), not a change
    of its own clause: the bases to put back into its metric stand in that label, the clause before the value's."""
    if not governing.change or clause_begin < 1 or masked[clause_begin - 1] not in "：:":
        return False
    label = re.sub(r"\s+", "", masked[clause_bounds(masked, clause_begin - 1)[0]:clause_begin - 1])
    return label.endswith(governing.change) and governing.change not in re.sub(r"\s+", "", kept)


def governing_of_kind(passage: Passage, number: dict, bare: str, context: Context) -> Governing | None:
    """(round 39) The figure before that a count of whole things (个, 家, 人次) in a breakdown after 其中 (``bare``: its
    clause's words before the value; ``context``: the sentence before them, read by ``in_breakdown``) may share a
    measure with: the last one, unless that one is an amount of a stuff (平方米, 吨; not money, a currency code
    included: 其中，…5家超千亿元 keeps the group, round 37) and the count is none; then None
    (全国体育场地459.27万个，体育场地面积40.71亿平方米。其中，田径场地20.50万个 → 田径场地, not 田径场地面积; no figure
    of an earlier sentence in the count's unit either: …A级景区500个…。全省森林面积1.2亿亩。其中，国家森林公园30个 →
    国家森林公园, mend). A rate, a change or another count before, and a clause opened by no 其中
    (…起降航班5428架次，运送旅客…), keep it."""
    last = passage.governing
    rules = cues()
    unit = number["unit"] or ""
    if (last is None or number["kind"] != "count" or unit not in rules.words("counting_measures")
            or not last.unit or last.unit == unit or last.unit in rules.words("relative_units")
            or last.unit in rules.words("counting_measures") or last.unit in currency_codes()
            or not in_breakdown_clause(bare, context)):
        return last
    return None


def earlier_of_unit(earlier: list[Governing], last: Governing, unit: str) -> Governing | None:
    """What an earlier value of the sentence passed on, when the value is a change whose unit cannot measure the last
    one's measure and fits the earlier one's: the last value is a rate or a ratio (%, pp, x), the change an amount, a
    count or a span in the earlier value's unit (优良天数为298天，优良率81.6%，比上年增加9天 → 优良天数; not a level the
    rate comes to: …2%的罚款，计860万元); or None (round 22)."""
    relative = cues().words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    return next((g for g in reversed(earlier) if g.unit == unit and g.subject != last.subject), None)


def member_before_share(earlier: list[Governing], last: Governing, unit: str) -> Governing | None:
    """(round 50) What the member before a share passed on, when the last value is that member's share (其中制造业
    3.2万亿元，占比70%，采矿业1.1万亿元 → 制造业增加值, whose subject the share's opens with: 制造业增加值占比) and the
    value is in that member's unit, not a relative one: the next member stands where that member stood, the share
    between them an aside (was a bare `采矿业`); or None (a relative value after the share, 比上年提高…, keeps it)."""
    relative = cues().words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    member = next((g for g in reversed(earlier) if g.unit == unit), None)
    if (member is None or not member.core or member.subject == last.subject
            or not last.subject.startswith(member.subject)
            or last.subject[len(member.subject):] not in cues().words("bare_heads")):
        return None
    return member


def amount_owner(last: Governing, unit: str) -> Governing | None:
    """What an amount takes when the value before it is a change of a rate (…贷款余额增速比上年末低1.4个百分点；上半年
    增加1.81万亿元): a rate never grows by an amount, so the amount is of the measure the rate is of (…贷款余额,
    claim_metric's `rate_owner`); None when the value is relative too (增速…，比上月末低0.1个百分点), the last value is
    not, or its subject names no rate or a self-named one (自然增长率) (round 42)."""
    rules = cues()
    relative = rules.words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    if rules.pattern("self_named_rate_end").search(last.subject):
        return None
    owner = rate_owner(last.subject)
    return Governing(owner, owner, "", last.core) if owner and owner != last.subject else None


def earlier_quantity(earlier: list[Governing], last: Governing, unit: str) -> Governing | None:
    """The quantity of the sentence a bare worth after a change or a share of it prices (进口原油5亿吨，增长5%，
    价值2000亿美元 → 进口原油's 5亿吨): the last value is in a relative unit (%, pp), the worth is not, and an earlier
    value of the same subject is in an absolute unit other than the worth's; or None (round 40 mend, as
    `earlier_of_unit`)."""
    relative = cues().words("relative_units")
    if not unit or unit in relative or last.unit not in relative:
        return None
    return next((g for g in reversed(earlier) if g.unit and g.unit not in relative and g.unit != unit
                 and g.subject == last.subject), None)


def ends_in_object(words: list[Word]) -> bool:
    """The words between two counts end, before the joint, in a noun (or a word the tagger calls no verb): the earlier
    count's object (农村危房改造、), not what the counted do (贫困村退出、, 人脱贫、), after which the later count has a
    clause of its own (round 22)."""
    rules = cues()
    kept = [w for w in words if w.text.strip()]
    return len(kept) >= 2 and (kept[-2].tag in rules.words("noun_tags") or kept[-2].tag not in rules.words("verb_tags"))


def count_list_predicate(text: str, in_sentence: list[dict], position: int, start: int, clause_end: int,
                          clipped: Callable[[int, int], list[Word]]) -> tuple[int, list[Word]]:
    """The last count of the 、-list of counts the value at ``position`` opens or continues (each count with its own
    noun, only the last one followed by what they do: 已有128家医院、1560个村卫生室接入远程医疗平台), and the words
    after that count's noun (接入远程医疗平台), which every member shares (round 31); (``position``, []) for a value
    that opens no such list. Each list is walked once (the caller keeps the answer for the members after it)."""
    joint = cues().pattern("count_list_joint")
    last = position
    while (last + 1 < len(in_sentence) and in_sentence[last + 1]["kind"] == "count"
           and in_sentence[last + 1]["unit"] not in QUANTITY_UNITS
           and in_sentence[last + 1]["start"] - start < clause_end
           and joint.match(text, in_sentence[last]["end"] - start, in_sentence[last + 1]["start"] - start)):
        last += 1
    if last == position or (last + 1 < len(in_sentence) and in_sentence[last + 1]["start"] - start < clause_end):
        return last, []  # (新建6所学校、4所医院和15个停车场: a value after the last count, no predicate shared)
    return last, count_predicate(clipped(in_sentence[last]["end"], start + clause_end))


def amount_list_end(text: str, in_sentence: list[dict], position: int, start: int) -> int:
    """The position of the last amount of the list that the value at ``position`` opens or continues: amounts of one
    unit joined by 、/和 alone (1万亿元、1.3万亿元超长期特别国债), or ``position`` itself (round 22)."""
    joint = cues().pattern("amount_list_joint")
    last, unit = position, in_sentence[position]["unit"]
    while (last + 1 < len(in_sentence) and in_sentence[last + 1]["unit"] == unit
           and joint.match(text[in_sentence[last]["end"] - start:in_sentence[last + 1]["start"] - start])):
        last += 1
    return last


def level_after_rate(masked: str, previous_end: int, offset: int, previous: dict, previous_kind: str, number: dict,
                      start: int) -> bool:
    """The value is the level its subject reached, right after that subject's percent change (地区生产总值增长5.2%、约
    4.4万亿元; 增长8.2%，突破6000亿元): only a joint, a hedge or a verb of reaching stands between them, and the level
    is an amount or a count (round 22), or a rate after a change in points with that verb (提高0.3个百分点，首次突破60%:
    round 24). A list of rates (分别增长5.2%、6.3%) keeps its members."""
    rules = cues()
    between = re.sub(r"\s+", "", masked[previous_end:offset])
    joined = rules.pattern("level_after_rate").fullmatch(between)
    if joined is None:
        return False
    if previous_kind == "pp" and number["kind"] in rules.words("level_after_pp_kinds"):
        if len(between) < 2:  # (提高0.3个百分点，首次突破60%: a rate's level only with a verb of reaching)
            return False
    elif previous_kind != "percent" or number["kind"] not in rules.words("level_after_rate_kinds"):
        return False
    lead = re.sub(r"\s+", "", masked[max(0, previous["number_start"] - start - 6):previous["number_start"] - start])
    return any(m.end() == len(lead) for m in rules.pattern("change_words").finditer(lead))


def range_upper(masked: str, previous_end: int, offset: int, previous: dict, number: dict, start: int) -> bool:
    """The value is the upper end of a range whose lower end was claimed right before it (维持在2.5%至3.5%,
    介於426億至441億美元, 增长5%至6%): only the joint stands between them and they share a unit, so it is no level a
    change reached (下调0.25个百分点至3.45%: other units; 下跌3.4%，至13.5万元/吨: a clause of its own; 上涨88.56点至
    3379.66点: a change of points, not of a rate, right before the lower value)."""
    rules = cues()
    between = re.sub(r"\s+", "", masked[previous_end:offset])
    if (rules.pattern("range_joint").fullmatch(between) is None or previous["unit"] != number["unit"]
            or previous["value"] == number["value"]):
        return False
    lead = re.sub(r"\s+", "", masked[max(0, previous["number_start"] - start - 6):previous["number_start"] - start])
    changed = any(m.end() == len(lead) for m in rules.pattern("change_words").finditer(lead))
    return not changed or number["unit"] == "%"


def past_alternative(text: str, end: int, clause_end: int) -> str:
    """The words after a value up to its clause's end, past a bracketed alternative of the counted noun's last word
    (201个重点湖（库）中，…: a lake or reservoir) that the clause's bounds cut at: the frame a count names reads on
    to its 中 (round 37), as it does with no bracket (210个重点湖泊中，…)."""
    return text[end:clause_end_past(text, clause_end, cues().pattern("noun_alternative"))]


def held_list_member(text: str, found: list[dict], number: dict, start: int) -> bool:
    """The value is the next member of a list of shares one verb holds (贡献了50%以上的税收，60%以上的国内生产总值，…):
    only its bound, 的 and a noun stand between it and the value claimed before it, in its unit; it is held as that
    one is, no bound of a group."""
    if not found or found[-1]["unit"] != number["unit"]:
        return False
    gap = text[found[-1]["number_end"] - start:number["start"] - start]
    return cues().pattern("held_list_gap").fullmatch(gap) is not None


def in_breakdown(text: str, found: list[dict], number: dict, passage: Passage) -> bool:
    """A value may be a member of a breakdown: the previous claim of its sentence, or of the sentence it runs on
    from (after ；, or before its opening 其中), has its unit (可用天数超过26天，其中，华东地区28天; …平均利用2996小时。
    其中，水电2880小时; …比上年同期增加69小时；核电6262小时)."""
    runs_on = passage.chained or bool(cues().pattern("subset_open").match(text))
    previous = found[-1]["unit"] if found else (passage.unit if runs_on else None)
    return previous == number["unit"]


def restates(masked: str, previous_end: int, offset: int, previous_kind: str, number: dict) -> bool:
    """A value alone in brackets right after the value claimed before it, of its kind (增加21.3万吨（4.3亿斤）)
    restates that value in other units: it has the same metric, base included. A share after a count (男性120人
    （45.2%）) is a measure of its own. The bracket may open with a conversion verb or 约 (（约合720亿元）,
    `bracketed_equivalent`, round 43 mend)."""
    return (number["kind"] == previous_kind and number["kind"] != "percent"
            and bracketed_equivalent(masked[previous_end:offset]))


def signed_bracket_change(masked: str, previous_start: int, previous_end: int, end: int, previous_metric: str) -> bool:
    """The value is a signed change alone in brackets right after the value claimed before it (营收8.03亿元（+201.2%）,
    毛利率38.65%(+2.1pct)), or closing the bracket that value opens (毛利率(24.84%，+11.99pcts)): results shorthand for
    that value's year-on-year change (round 24). Not after a change (增长12%（+3pct）): its metric names the change;
    nor after a quoted market level (收报17500点（-1.2%）): the session's move."""
    rules = cues()
    signed = rules.pattern("bracket_signed_change").fullmatch(masked, previous_end, end + 1)
    if (signed is None or rules.pattern("change_words").search(previous_metric) is not None
            or rules.pattern("market_quote_before").search(masked, max(0, previous_start - 8), previous_start)):
        return False  # (恒生指数收报17500点（-1.2%）: a market's move, read as before)
    return signed["open"] is not None or rules.pattern("bracket_opened").search(masked, 0, previous_start) is not None


def word_after_bound(index: WordIndex, number: dict, bound: re.Match | None) -> Word | None:
    """The word right after the bound word that follows a value (100张以下|床位), if one does (``bound``: the
    `threshold_bound` match on the text after the value); past an adjective that qualifies a noun right after it
    (5000万美元以上|大|项目, 1亿元以上|大|客户: the adjective is part of the class named, round 34)."""
    if not bound:
        return None
    at = number["end"] + bound.end()
    words = index.clipped(at, at + 6)
    if not words:
        return None
    rules = cues()
    if (len(words) > 1 and words[0].tag in rules.words("adjective_tags") and words[0].end == words[1].start
            and words[1].tag in rules.words("noun_tags")):
        return words[1]
    return words[0]


def quotation_unit(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """The value is the unit of a quotation, not its rate: the first of two money values joined by 兑/对
    (1美元对人民币7.1254元, 100日元兑4.8015元人民币), unless only the second is one (100卢布兑1美元: the rate is the
    100 RUB, the 1 USD its unit)."""
    number = numbers[position]
    if _quoted(text, numbers, position, start):
        return not (_is_one(numbers[position + 1]) and not _is_one(number))
    return position > 0 and _quoted(text, numbers, position - 1, start) and _is_one(number) and not _is_one(
        numbers[position - 1])


def _quoted(text: str, numbers: list[dict], first: int, start: int) -> bool:
    """The value at ``first`` and the next one of its sentence are money joined as a quotation (兑, 对, 兑换)."""
    if first + 1 >= len(numbers) or not all(n["kind"] == "money" for n in numbers[first:first + 2]):
        return False
    between = text[numbers[first]["end"] - start:numbers[first + 1]["start"] - start]
    return cues().pattern("quotation_between").match(between) is not None


def _is_one(number: dict) -> bool:
    return Decimal(str(number["value"])) == 1


_BEFORE_DIGIT = re.compile(r"[^0-9０-９]*")


def _framed_base(phrase: str, blank: str, frame: str, after: int, offset: int) -> str | None:
    """(round 50) The phrase with a 与…相比 frame whose cleaning left nothing (与2019年同期相比增长 → …增长) put back
    before the change it frames, found by the words from the frame's end to the value; None when the phrase has no
    such words (the frame is then no part of its metric)."""
    between = cues().pattern("metric_filler").sub("", re.sub(r"\s+", "", blank[after:offset])).rstrip("约約近逾")
    follows = (_BEFORE_DIGIT.match(between).group() or between)[:2]
    joint = phrase.rfind(follows) if follows else -1
    if joint < 0:
        return None
    return phrase[:joint] + frame + phrase[joint:]


def name_bases(phrase: str, text: str, bases: list[tuple[int, int]], begin: int, offset: int,
               restated: list[tuple[int, int]] | None = None) -> str:
    """The metric with the base dates of its clause put back where the phrase compares with them
    (规模以上工业增加值比加快 → …比9月份加快): the phrase is built with the dates cut out. ``restated``: an appositive
    and the date restating a base (比上年同期即2023年5月末增加, round 44), blanked with the bases."""
    rules = cues()
    blank = ""  # the text with its bases blanked, made when a base of the clause first needs it (round 34: not per
    # value of a one-line list with no base in its clause)
    previous: tuple[int, int] | None = None  # (end in the text, end in the phrase) of the base put back last
    for start, end in bases:
        if not begin <= start < offset:
            continue
        written = re.sub(r"\s+", "", text[start:end])
        if previous is not None and rules.pattern("list_glue").match(text[previous[0]:start]):
            joiner = re.sub(r"\s+", "", text[previous[0]:start])  # 比10月末和上年同期高: the next of the list
            if phrase.startswith(joiner, previous[1]):
                cut = previous[1] + len(joiner)
                phrase = phrase[:cut] + written + phrase[cut:]
                previous = (end, cut + len(written))
            continue
        paired = rules.pattern("paired_base_open").search(text, max(begin, start - 2), start)
        close = rules.pattern("paired_base_close").match(text, end)
        if paired and close and (joint := phrase.rfind(paired["open"] + close["close"])) >= 0:
            cut = joint + len(paired["open"])  # (round 29) 与上年同期相比变动幅度: the base between 与 and 相比
            phrase = phrase[:cut] + written + phrase[cut:]
            previous = (end, cut + len(written))
            continue
        if paired and close and not rules.pattern("plain_year_base").match(written):
            blank = blank or blank_out(text, bases + (restated or []), " ")
            if (framed := _framed_base(phrase, blank, paired["open"] + written + close["close"], close.end(),
                                       offset)) is not None:
                phrase, previous = framed, (end, len(framed))
            continue
        gap = rules.pattern("level_comparison").search(text, max(begin, start - 3), start)
        if gap and rules.pattern("gap_base_after").match(text, end) and (
                not text[end:offset].strip(" 约約近逾")
                or rules.pattern("gap_list_before_value").fullmatch(text, end, offset)):  # (round 48: a later gap)
            # 失业率为5.1%，低于上月0.3个百分点: the gap to the base, named after what is compared (round 26); the
            # comparison word the phrase's cleaning cut (低于, 快于 → 快) goes back with its base
            opener = re.sub(r"\s+", "", gap.group())
            kept = next((k for k in range(len(opener), 0, -1) if phrase.endswith(opener[:k])), 0)
            phrase = phrase[:len(phrase) - kept] + opener + written
            previous = (end, len(phrase))
            continue
        marker = (rules.pattern("level_base").search(text, max(begin, start - 2), start)
                  or rules.pattern("modified_base").search(text, max(begin, start - 14), start))  # 比疫情前的2019年
        # (round 32) the words from the base to the value, without the value's own bound (比上年同期低约35个基点: the
        # phrase keeps 低, never 约, so the base goes back before 低)
        blank = blank or blank_out(text, bases + (restated or []), " ")
        between = re.sub(r"\s+", "", blank[end:offset]).rstrip("约約近逾")
        # (round 47) up to the first value only: a later 分别 member's one-character direction (分别比上月高0.3和0.2个
        # 百分点: 高0.3…) is matched as 高, as the first member's is (was PPI比高); a base's own length right after it
        # (较2024年国庆节假期7天增加) is read as before
        filled = rules.pattern("metric_filler").sub("", between)
        follows = (_BEFORE_DIGIT.match(filled).group() or filled)[:2]
        if marker is None or not follows:
            continue
        opener = re.sub(r"\s+", "", marker.group())
        joint = phrase.rfind(opener + follows)
        if joint >= 0:
            cut = joint + len(opener)
            phrase = phrase[:cut] + written + phrase[cut:]
            previous = (end, cut + len(written))
    phrase = rules.pattern("metric_holiday_span").sub("", phrase)  # a base holiday's length (round 26, round 36)
    return rules.pattern("dangling_comparison").sub("", phrase)  # 降幅比收窄: a base cut out takes its 比 with it
