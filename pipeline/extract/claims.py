"""Claims: checkable sentence-level assertions, one per (metric, value) pair.

A claim is a quantity (from the numbers rows) in a factual sentence, with the
metric it measures, the time it holds for and the organisation the text attributes
it to. This module decides which values are claims and carries the passage (its time,
source and subject) from sentence to sentence; `claim_time` finds a value's time and
`claim_metric` its metric. Every cue is data in `resources/claims.yaml` (`claim_cues`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import Context, Governing, bounded, clean, links_level, list_members, metric
from pipeline.extract.claim_time import (
    BRACKET_CLOSERS,
    BRACKET_OPENERS,
    Placed,
    clause_bounds,
    lede_time,
    level_base_time,
    months_covered,
    named_base_dates,
    opening_time,
    passage_span,
    period_before,
    sentence_time,
    time_for,
    year_list_times,
)
from pipeline.extract.dates import title_time
from pipeline.extract.ratings import is_rating_key_line
from pipeline.nlp.doc import Word, WordIndex
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.script import simplified
from pipeline.segment import Sentence

_DIGIT = re.compile(r"[0-9０-９]")
_ARABIC = re.compile(r"[-−–+－﹣]?\s*[0-9０-９]")  # a number written in digits (an axis label), maybe signed
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_RUN_GAP = re.compile(r"\s*")  # what stands between two numbers of a dumped chart axis or table row
_STRUCTURAL_COUNT_MAX = Decimal(10)
_QUANTITY_UNITS = frozenset({"%", "pp", "x", ""})  # units that are not a measure word of a counted noun
PASSAGE_LIMIT = 8000  # characters; above the longest real sentences (a 5,870-character one in dev/)
_PASSAGE_BREAK = re.compile(r"[。！？；;，,]")
_CLAUSE_MARK = re.compile(r"[，,；;]")


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


def is_structural_count(number: dict, before: str = "") -> bool:
    """两个方面, 三个层面, 四重挑战: small exact counts in Chinese numerals frame the text.

    Chinese style (GB/T 15835) writes statistical quantities in Arabic digits, so a
    small exact count written in characters is the author's framing, not data. Not so in a verbatim transcript,
    which writes every number so: a decimal (三点三四人) frames nothing, nor does a count that is the start, the
    change or the end of a change (由上月的十个减少到本月的七个, 新增了三个): ``before``, the clause up to it, says so.
    """
    value = Decimal(str(number["value"]))
    return (number["kind"] == "count" and not number.get("approx") and not _DIGIT.search(number["text"])
            and value <= _STRUCTURAL_COUNT_MAX and value == value.to_integral_value()
            and not cues().pattern("count_change_before").search(before))


def labels_a_group(prefix: str, prefix_words: list[tuple[str, str]], number: dict, following: str,
                   more_values_follow: bool) -> bool:
    """A count that names the group a sentence talks about rather than a value it asserts.

    Three shapes: a region's conventional set name (place + N国), a count right after a place
    or scope word whose members the sentence goes on to measure (全球 13台根服务器中有 10台…), and a count
    that frames a clause of its own as the set counted within (70个大中城市中，…).
    A lone count after a scope word (全国3000家企业参展) stays a claim.
    """
    rules = cues()
    if number["kind"] != "count" or not following.strip():
        return False
    framed = (more_values_follow and rules.pattern("group_frame_after").fullmatch(following)) or rules.pattern(
        "group_frame_inline").match(following)
    if framed and rules.pattern("group_frame_before").fullmatch(prefix):
        return True  # 70个大中城市中，…下降的城市有58个; 41个大类行业中有26个…: the set the sentence counts within
    if not prefix.strip():
        return False
    words = [(word, flag) for word, flag in prefix_words if word.strip()]
    places = all(flag in rules.words("place_pos_tags") for _, flag in words)
    if places and number["unit"] == rules.setting("group_unit") and prefix == prefix.rstrip():
        return True
    scope, place_tags = rules.words("group_scope_words"), rules.words("place_pos_tags")
    scoped = all(word in scope or flag in place_tags for word, flag in words)
    return scoped and more_values_follow


def is_factual(sentence: str, has_source: bool) -> bool:
    """Opinions, recommendations, conditionals, plans and unattributed forecasts are not claims;
    an attributed forecast is.

    Callers pass the sentence up to the end of the value's clause: a modal verb after
    the value (…10台在美国，数据都要经过美国) does not govern it; nor does a cue before a clause that
    reports a past period (…，上年同期为8.2亿元), when the value is in that clause.
    """
    rules = cues()
    if is_rating_key_line(sentence):  # 增持：股价超越基准5%-20%: a rating's definition
        return False
    sentence = sentence[_past_clause_start(sentence):]
    consensus = rules.pattern("consensus")
    last_clause = max((m.start() for m in _CLAUSE_MARK.finditer(sentence)), default=0)
    if any(m.end() > last_clause for m in consensus.finditer(sentence)):
        return False  # 低于市场预期的18万个: the analysts' forecast, whoever released the data
    sentence = consensus.sub(lambda m: " " * len(m.group()), sentence)  # …，预期为4.0%，前值为4.5%: its clause only
    if has_source and rules.pattern("attributed_forecast").search(sentence):
        return True
    # plan words of a result, 应 of a noun (应参保人数), 如果 of a method (如果扣除价格因素，…)
    for words in ("measured_against_plan", "due_noun", "method_condition"):
        sentence = rules.pattern(words).sub(lambda m: " " * len(m.group()), sentence)
    sentence = _read_out_targets_met(sentence)
    return not any(p.search(sentence) for p in rules.patterns("not_factual"))


def _read_out_targets_met(sentence: str) -> str:
    """``sentence`` with a target met, named first, blanked out (…的目标顺利完成，非化石能源消费比重达到15.9%): a result
    against a target is a fact (round 12). Only a clause before the value's (a comma follows it: the target's own
    bound stays a plan), and not a purpose (确保…目标任务如期完成，…)."""
    rules = cues()
    for match in rules.pattern("target_met").finditer(sentence):
        clause = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, match.start())), default=0)
        if not rules.pattern("plan_purpose").search(sentence, clause, match.start()):
            sentence = sentence[:match.start()] + " " * len(match.group()) + sentence[match.end():]
    return sentence


def _past_clause_start(sentence: str) -> int:
    """Where the last clause of ``sentence`` starts when it opens with a past period (预计…为5亿元，上年同期为8.2亿元:
    what was is no forecast of the clauses before it), else 0. Only that clause: the clauses after it (，同比下降约35%)
    are still in the forecast's reach."""
    actual = list(cues().pattern("actual_clause").finditer(sentence))
    if not actual or _CLAUSE_MARK.search(sentence, actual[-1].end()):
        return 0
    return actual[-1].start()


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
                    or rules.pattern("horizon_after").match(sentence, end))
               for start, end, value in placed)


def is_a_rule(sentence: str, offset: int, end: int, placed: list[Placed]) -> bool:
    """A value the text lays down as a rule, the issuer's commitment rather than a fact of a time (round 14): a grant,
    a cap, a share borne or a rate in its clause that the sentence does not report as done or date (给予一次性奖励50万元
    vs 2022年，市财政已给予…), a bound the text requires (不低于5000万元), or a value inside the condition naming the
    case a rule is for (10亿元以上的，…; 对连片种植50亩以上的种粮大户). ``offset``/``end``: the value's span."""
    rules = cues()
    clause_begin, clause_end = clause_bounds(sentence, offset)
    before, after = sentence[clause_begin:offset], sentence[end:]
    if (rules.pattern("condition_before").search(before) or rules.pattern("condition_clause_after").match(after)
            or (rules.pattern("addressee_before").search(before) and rules.pattern("addressee_after").match(after))):
        return True
    if not rules.pattern("issuer_rule").search(sentence, clause_begin, clause_end):
        return False
    dated = any(start < clause_end and not rules.pattern("rule_validity").match(sentence, stop)
                for start, stop, _ in placed)
    return not dated and not rules.pattern("rule_done").search(sentence, 0, clause_end)


def is_prose(sentence: str, block: str) -> bool:
    """Sentences that can hold claims: Chinese prose of a claim block, not structure (a contents
    line, a figure label) and not English text."""
    rules = cues()
    if block not in rules.words("claim_blocks") or rules.pattern("structure_sentence").search(sentence):
        return False
    return len(_LATIN.findall(sentence)) <= rules.setting("english_ratio") * len(_CJK.findall(sentence))


def is_claim_duration(before: str, after: str, words: list[Word], breakdown: bool) -> bool:
    """A duration is a claim value only as the measured value of a metric (为5天, 连续11个月, 平均回款周期是52天,
    利用小时数2225小时), not as a window or term (近一个月, 两年平均, 10年期, 这是5年来).

    ``before``: the clause up to the value, ``words`` its words; ``after``: the text after the value;
    ``breakdown``: the value may be a member of a breakdown (its sentence opens with 其中 or its previous claim has
    the same unit), where a noun alone before it names the member (其中，水电2880小时)."""
    rules = cues()
    if rules.pattern("duration_record_after").match(after):
        return False  # 为两年多来最低水平: the record's window
    if rules.pattern("duration_value_before").search(before):
        return True
    if rules.pattern("duration_frame_after").match(after):
        return False
    if any(rules.pattern(name).search(before) for name in ("duration_copula_before", "duration_measure_before")):
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


def sets_a_threshold(before: str, after: str, words: list[Word], bound: re.Match | None,
                     next_word: Word | None) -> bool:
    """A value that bounds the group a sentence measures (100张以下床位医院, 800毫米以上的县, 人口超过100万的城市,
    规模以上工业企业（年主营业务收入2000万元及以上）) defines it, as an age does (65岁以上老年人), instead of being
    asserted; a value a verb reaches or holds (吸引了1000万人次以上的游客, 保持在6%以上的较高水平) names no group.

    ``before``: the clause up to the value and ``words`` its words; ``after``: the text after the value, ``bound``
    the bound word that opens it (`threshold_bound`), if one does, and ``next_word`` the word after that."""
    rules = cues()
    if _held_by_verb(before, words):
        return False
    rest = after[bound.end():] if bound else after
    named = rest[1:].lstrip() if rest.startswith(rules.setting("relative_marker")) else ""
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


def _attribute_before(before: str) -> bool:
    """The clause before a value ends in an attribute it bounds, past the comparison word (人口超过, 月人均收入在,
    年主营业务收入)."""
    rules = cues()
    bare = rules.pattern("threshold_comparison_end").sub("", before.rstrip())
    return rules.pattern("metric_head").search(bare) is not None


def _held_by_verb(before: str, words: list[Word]) -> bool:
    """A transitive verb stands before the value, past the comparison word, aspect particles and the whole the value
    is a share of (吸引了, 已累计发行, 保持在, 实现, 贡献了全国, 吸纳了我国): the value is what it reaches or holds,
    not a bound of a group; a change (营业收入增长10%以上的企业) and an attribute jieba tags as a verb (不良贷款率,
    收入) are none. A word right before an aspect particle is a verb whatever its tag (贡献了: jieba tags 贡献 a
    noun)."""
    rules = cues()
    skipped = rules.words("threshold_comparisons") | rules.words("share_wholes")
    words = [w for w in words if w.text.strip()]
    if not words or _attribute_before(before):
        return False
    aspect = rules.words("aspect_tags")
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.text.strip() in skipped or word.tag.startswith(rules.setting("particle_tag_prefix")):
            continue
        acts = word.tag in rules.words("verb_tags") or (i + 1 < len(words) and words[i + 1].tag in aspect)
        return acts and not rules.pattern("change_words").search(word.text)
    return False


def is_a_base(number: dict, before: str, after: str, quotation_unit: bool) -> bool:
    """The base another value is given per or against, which asserts nothing: a rate's base (每10万人口, 每10股;
    the rate's metric keeps it), an index's base ((以上年为100), (以女性为100)) and a quotation's unit
    (1美元对人民币7.1254元, as a member of a ratio; ``quotation_unit``: see `_quotation_unit`)."""
    rules = cues()
    if rules.pattern("per_base_before").search(before):
        return True
    if not number["unit"] and rules.pattern("index_base_before").search(before):
        return bool(rules.pattern("index_base_after").match(after))
    return quotation_unit


def assumption_frames(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's assumption frames (按回购价格上限60元/股测算), read once for all its values."""
    return [m.span() for m in cues().pattern("assumption_frame").finditer(text)]


def is_an_assumption(frames: list[tuple[int, int]], offset: int, after: str) -> bool:
    """A value an estimate or a proposal assumes (按回购价格上限60元/股测算, 募集资金总额不超过450,000.00万元
    （含本数）): inside an assumption frame (``frames``: `assumption_frames` of its sentence), or a bound inclusive of
    itself; it is no fact."""
    return (any(begin < offset < end for begin, end in frames)
            or bool(cues().pattern("proposal_bound_after").match(after)))


def qualifies_the_subject(text: str, numbers: list[dict], position: int, start: int, clause_end: int) -> bool:
    """A value inside the subject of its clause (每月收入少于1万元的家庭为58万户, 中证500指数的超额收益为
    1.2%): a 的-phrase and a copula stand between it and the clause's next value, so it qualifies the
    thing measured instead of being asserted; it stays part of the next value's metric."""
    if position + 1 >= len(numbers) or numbers[position + 1]["start"] - start > clause_end:
        return False
    between = text[numbers[position]["end"] - start:numbers[position + 1]["start"] - start]
    before = text[:numbers[position]["start"] - start]
    if (numbers[position]["kind"] == "count" and cues().pattern("count_qualifier_between").fullmatch(between)
            and not cues().pattern("count_predicate_before").search(before)):
        return True  # 31个大城市城镇调查失业率为5.0%: the count names the cities measured (有25个省份…: it is the fact)
    return bool(cues().pattern("qualifier_between").fullmatch(between))


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


def _glued_term(text: str, numbers: list[dict], position: int, start: int) -> bool:
    """The next number is a term glued to this value's unit (4950亿元7天期逆回购操作): it opens what the value is an
    amount of, so the words after the value read on past it."""
    following = numbers[position + 1] if position + 1 < len(numbers) else None
    return (following is not None and following["kind"] == "duration" and following["start"] == numbers[position]["end"]
            and _worded_end(text, numbers[position]["end"] - start))


def _worded_end(text: str, end: int) -> bool:
    """The number before ``end`` closes with a unit word glued to the next one (4950亿元7天期逆回购操作: the amount,
    then the term of what it is an amount of): prose, not a dumped row of figures."""
    return end > 0 and bool(_CJK.match(text[end - 1])) and end < len(text) and not text[end].isspace()


def is_formula_term(before: str, after: str) -> bool:
    """A value beside an operator (=, ×, ÷) is a term of a formula."""
    rules = cues()
    return bool(rules.pattern("formula_before").search(before) or rules.pattern("formula_after").match(after))


def attribution(sentence_start: int, sentence: str,
                orgs: list[dict]) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The organisation an attribution phrase names (canonical name), the phrase's span, the organisation's mention
    and where the cue word starts (offsets in the sentence): of several, the one
    nearest the cue word (中国人民银行授权全国银行间同业拆借中心公布 → the centre), but not what the study is about
    (据麦肯锡对腾讯的调查 → 麦肯锡), and the first of a list (据国家统计局和海关总署数据 → 国家统计局); a body a
    cue names bare (据海关统计) is the one it cites; a bracketed source note (（数据来源：科技部）) attributes when no
    cue does. An outlet that relays another body's data (据路透社报道，德国联邦统计局数据显示) is not its source: the
    body is, and the phrase runs from the relay to the body's cue."""
    rules = cues()
    if not orgs and not any(body in sentence for body in rules.mapping("bare_attributions")):
        return None  # each phrase needs a mention or a body named bare: no pattern scan over a sentence with neither
    found = _attributions(sentence_start, sentence, orgs)
    first = next(found, None)
    if first is None or not rules.pattern("relay_cue").match(sentence, first[3]):
        return first
    for later in found:
        if later[2][0] > first[1][1] and rules.pattern("relay_gap").fullmatch(sentence, first[1][1], later[2][0]):
            # the body that opens the clause after the relay, with a cue of its own
            return later[0], (first[1][0], later[1][1]), later[2], later[3]
    return first


def _attributions(sentence_start: int, sentence: str,
                  orgs: list[dict]) -> Iterator[tuple[str, tuple[int, int], tuple[int, int], int]]:
    """Every attribution phrase of a sentence with the organisation it names, in the order the cues are tried (see
    `attribution`)."""
    rules = cues()
    for pattern in [*rules.patterns("attribution"), rules.pattern("source_note")]:
        for match in pattern.finditer(sentence):
            begin, end = match.span("org")
            named = [org for org in orgs
                     if begin <= org["start"] - sentence_start and org["end"] - sentence_start <= end]
            bare = rules.mapping("bare_attributions").get(match.group("org").strip())
            if not named and bare:  # 据海关统计: the body the cue cites, named bare
                yield min(bare), match.span(), (begin, end), match.end("org")
                continue
            if not named:
                continue
            about = rules.pattern("attribution_object").search(sentence, named[0]["end"] - sentence_start, end)
            if about:
                named = [org for org in named if org["start"] - sentence_start < about.start()]
            venues = [m.span() for m in rules.pattern("attribution_venue").finditer(sentence, begin, end)]
            speakers = [org for org in named
                        if not any(a <= org["start"] - sentence_start < b for a, b in venues)]
            named = speakers or named  # 国家统计局局长康义在国新办新闻发布会上表示 → 国家统计局
            k = len(named) - 1
            while k and rules.pattern("list_glue").match(
                    sentence[named[k - 1]["end"] - sentence_start:named[k]["start"] - sentence_start]):
                k -= 1
            mention = (named[0]["start"] - sentence_start, named[k]["end"] - sentence_start)  # with its alias: OECD
            yield named[k]["canonical"], match.span(), mention, match.end("org")


def clause_attributions(sentence_start: int, sentence: str, orgs: list[dict],
                        after: int) -> list[tuple[int, str, list[tuple[int, int]]]]:
    """Attributions that open a later clause of the sentence, past ``after`` (中金公司预计…，高盛则预计降息125bp;
    …，而华泰证券预计为4.8%; …，世界银行的预测为2.4%): (where the clause starts, its source, the span from the
    organisation to its cue): the values from that clause on are the new organisation's, and who said it is no part of
    their metric."""
    rules = cues()
    found: list[tuple[int, str, list[tuple[int, int]]]] = []  # (the organisation to the cue's end: 高盛则预计)
    for mark in _CLAUSE_MARK.finditer(sentence, after):
        begin = mark.end()
        following = _CLAUSE_MARK.search(sentence, begin)
        end = following.start() if following else len(sentence)
        inside = [o for o in orgs if begin <= o["start"] - sentence_start and o["end"] - sentence_start <= end]
        named = attribution(sentence_start + begin, sentence[begin:end], inside) if inside else None
        if named and rules.pattern("clause_attribution_lead").fullmatch(sentence[begin:begin + named[2][0]]):
            found.append((begin, named[0], [(begin + named[2][0], begin + named[1][1])]))  # 高盛则预计: all of it
    return found


def _reattribute(claims: list[dict], later: list[tuple[int, str, list[tuple[int, int]]]], sentence_start: int) -> None:
    """Give each claim the source of the last clause attribution before it (`clause_attributions`), if any."""
    for claim in claims:
        sources = [source for begin, source, _ in later if begin <= claim["number_start"] - sentence_start]
        claim["source"] = sources[-1] if sources else claim["source"]


def speaker_label(text: str) -> list[tuple[int, int]]:
    """The span of the speaker label that opens a transcript's turn (盛来运：…, 记者：…, 主持人：…), as a list of none
    or one: the layout of the text, never what a value measures. A label that names a thing (金额：, 周期：, 江苏：: one
    word jieba reads as no name) or a measure (高收入：) is none."""
    rules = cues()
    match = rules.pattern("speaker_label").match(text)
    if not match:
        return []
    label = match.group("label")
    if not label.endswith(tuple(rules.words("speaker_roles"))):
        words = pos_tagger().lcut(label)
        if len(words) == 1 and words[0].flag not in rules.words("person_tags"):
            return []
        if rules.pattern("metric_head").search(label) or rules.pattern("change_words").search(label):
            return []
    return [match.span()]


def _clock_times(text: str, numbers: list[dict], offset: int) -> list[tuple[int, int]]:
    """Times of day in a sentence (16:30收盘), where no number was read (a ratio 1:10 is two numbers)."""
    return [match.span() for match in cues().pattern("clock_time").finditer(text)
            if not any(match.start() <= n["start"] - offset < match.end() for n in numbers)]


def _date_slashes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The slashes between the dates of a broker's list of years (2021/2022/2023年毛利率): no part of a metric."""
    slash = cues().pattern("date_slash")
    ordered = sorted(spans)
    return [(a_end, b_start) for (_, a_end), (b_start, _) in itertools.pairwise(ordered)
            if slash.match(text[a_end:b_start])]


def _source_notes(doc: Doc, orgs: list[dict]) -> dict[str, str]:
    """Figure/table label → organisation named in the source note under its caption."""
    rules = cues()
    notes: dict[str, str] = {}
    label = None
    full = doc._.text
    for block in doc._.blocks or []:
        text = full[block.start:block.end]
        if block.kind == "caption":
            match = rules.pattern("caption_label").match(text)
            label = re.sub(r"\s+", "", match.group(1)) if match else None
        elif block.kind == "source_note" and label:
            inside = [o for o in orgs if block.start <= o["start"] < block.end]
            if inside and label not in notes:
                notes[label] = inside[0]["canonical"]
        elif block.kind not in {"table"}:
            label = None
    return notes


def _within(rows: list[dict], starts: list[int], begin: int, end: int) -> list[dict]:
    """Rows (sorted by start) that start in [begin, end): by bisection, not a scan of the document."""
    return rows[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]


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
            out.append(replace(sentence, start=begin, end=cut))
            begin = cut
        out.append(replace(sentence, start=begin))
    return out


@dataclass
class _Passage:
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
    unit: str | None = None  # the unit of the previous sentence's last claim (a breakdown runs on over ；)


def _respectively_members(text: str, offset: int, numbers: list[dict],
                          start: int) -> tuple[str, list[dict], str | None, str] | None:
    """The text before the 分别 that governs a value at ``offset`` (from the last value before it:
    国内上升5%、地区和国际分别下降…), the values it spreads over (those of its clause, or a list glued
    by 、和 across commas), the text before the sentence's previous 分别 (None if there is none), and the
    metric named between 分别 and the values (分别实现营业收入x、y), without its change word."""
    marks = [m for m in cues().pattern("respectively").finditer(text, 0, offset)]
    if not marks:
        return None
    mark = marks[-1]
    after = _series(text, mark.end(), [n for n in numbers if n["start"] - start >= mark.end()], start)
    earlier = _list_chunk(text, marks[-2].start(), numbers, start) if len(marks) > 1 else None
    named = clean(text[mark.end():after[0]["start"] - start]) if after else ""
    change = cues().pattern("change_words").search(named)
    named = named[:change.start()] if change else named  # the change is added by the metric
    return _list_chunk(text, mark.start(), numbers, start), after, earlier, named


def _list_chunk(text: str, position: int, numbers: list[dict], start: int) -> str:
    """The clause before ``position``, from the end of the last value before it."""
    chunk_begin, chunk_end = _chunk_bounds(text, position)
    ends = [n["end"] - start for n in numbers if chunk_begin < n["end"] - start <= chunk_end]
    return text[max(ends, default=chunk_begin):chunk_end]


def _series(text: str, begin: int, values: list[dict], start: int) -> list[dict]:
    """The values a 分别 spreads over: from ``begin``, while no clause break stands before the next
    value, unless what stands between two values is only list glue (30%，20%和10%)."""
    glue = cues().pattern("list_glue")
    series: list[dict] = []
    for value in values:
        gap = text[series[-1]["end"] - start if series else begin:value["start"] - start]
        if series and clause_bounds(gap, len(gap))[0] and not glue.match(gap):
            break
        series.append(value)
    return series


def clause_chunk(text: str, position: int) -> str:
    """The clause that ends at ``position``, or the one before it when nothing stands between."""
    begin, end = _chunk_bounds(text, position)
    return text[begin:end]


def _chunk_bounds(text: str, position: int) -> tuple[int, int]:
    """Where ``clause_chunk`` begins and ends."""
    head = text[:position].rstrip()
    while head and head[-1] in "，,：:":
        head = head[:-1].rstrip()
    return clause_bounds(head, len(head))[0], len(head)


def extract_claims(doc: Doc, rows: dict[str, list[dict]]) -> list[dict]:
    """One row per (metric, value) claim of a factual sentence."""
    rules = cues()
    sentences: list[Sentence] = doc._.sentences or []
    numbers = sorted(rows.get("numbers", []), key=lambda r: r["start"])
    dates = sorted(rows.get("dates", []), key=lambda r: r["start"])
    orgs = sorted(rows.get("organizations", []), key=lambda r: r["start"])
    notes = _source_notes(doc, orgs)
    claims: list[dict] = []
    passage = _Passage()
    heading: str | None = None  # the time a numbered section heading states for the paragraphs under it
    titled = title_time(doc._.text, doc._.document_date)  # the period the document's title reports
    now = doc._.document_date.strftime("%Y-%m") if doc._.document_date else None  # what lies after it is ahead
    period: str | None = None
    full = doc._.text
    cue_view = simplified(full)  # cue words are written in simplified characters (據…顯示 is 据…显示)
    index = WordIndex(doc)
    block_starts = [b.start for b in doc._.blocks or []]
    number_starts = [n["start"] for n in numbers]
    date_starts = [d["start"] for d in dates]
    org_starts = [o["start"] for o in orgs]
    sentence_claims: list[dict] = []
    for sentence in passages(sentences, full):
        text = full[sentence.start:sentence.end]
        cue_text = cue_view[sentence.start:sentence.end]
        block = bisect.bisect_right(block_starts, sentence.start) - 1
        in_sentence = _within(numbers, number_starts, sentence.start, sentence.end)
        its_dates = _within(dates, date_starts, sentence.start, sentence.end)
        its_orgs = _within(orgs, org_starts, sentence.start, sentence.end)
        note = _leading_source_note(cue_text)
        if note:  # …40万家。（数据来源：科技部）: the note of the sentence before, no cue of this one
            noted = attribution(sentence.start, cue_text[:note], its_orgs)
            for claim in sentence_claims:
                claim["source"] = claim["source"] or (noted[0] if noted else None)
            cue_text = " " * note + cue_text[note:]
            if not _WORD.search(cue_text):
                continue
        attributed = attribution(sentence.start, cue_text, its_orgs)
        source = attributed[0] if attributed else None
        announced: list[tuple[int, int]] = []
        if attributed:  # 据海关总署2022年1月14日发布的数据: an announcement date is not the data's time; a forecast's
            begin, end = attributed[1]  # date is, unless it stands right before the cue (华为公司2022年销售收入预计 /
            cue = attributed[3]  # 国际货币基金组织10月11日预测)
            forecast = rules.pattern("attributed_forecast").search(text[cue:end])
            kept = [d for d in its_dates if not begin <= d["start"] - sentence.start < end
                    or (forecast and text[d["end"] - sentence.start:cue].strip())
                    or rules.pattern("report_period_after").match(text, d["end"] - sentence.start)]
            announced = [(d["start"] - sentence.start, d["end"] - sentence.start) for d in its_dates if d not in kept]
            its_dates = kept
        plans = [m.span() for m in rules.pattern("measured_against_plan").finditer(cue_text)]
        plans += [m.span("year") for m in rules.pattern("citation_year").finditer(cue_text)]
        plans += [m.span("date") for m in rules.pattern("index_base_period").finditer(cue_text)]
        # 低于年初预期目标, Chen等（2018）, 以2020年为基期: the plan's, the citation's or the index base's date is not
        # the data's
        its_dates = [d for d in its_dates if not any(a <= d["start"] - sentence.start < b for a, b in plans)]
        vintages = [m.span("date") for m in rules.pattern("forecast_vintage").finditer(cue_text)]
        # 从4月份预测的1.7%: when an earlier forecast was made dates no value (a date still, and no metric word)
        placed: list[Placed] = [(d["start"] - sentence.start, d["end"] - sentence.start, d["value"])
                                for d in its_dates if d.get("value")
                                and not any(a <= d["start"] - sentence.start < b for a, b in vintages)]
        open_targets = passage.targets  # a list of targets may run on over numbered lines (new blocks)
        first_of_block = block != passage.block
        continues = bool(rules.pattern("continuation").search(cue_text)) or passage.chained or (
            not first_of_block and bool(rules.pattern("continuation_inside").search(cue_text)))
        if first_of_block and not continues:
            passage = _Passage(block=block, opening=heading)
        passage.block = block
        lede = (lede_time(text, placed) if first_of_block and all(is_structural_count(n) for n in in_sentence)
                else None)  # (三大股指17日涨跌不一: a set's count is no value)
        opening = opening_time(text, placed) or lede
        if first_of_block and not in_sentence and rules.pattern("section_heading").match(text):
            heading = opening  # (a heading without a date ends the last one's time)
        if opening:
            passage.opening = opening
        if source is None:
            reference = rules.pattern("figure_reference").search(cue_text)
            if reference:
                source = notes.get(re.sub(r"\s+", "", reference.group("label")))
        names_source = any(o["canonical"] == passage.source for o in its_orgs)  # 海关总署新闻发言人介绍
        same_data = continues or all(o["canonical"] == passage.source for o in its_orgs)  # (a new paragraph's passage
        # carries no source yet)
        speaks_for_forecasts = source is not None or continues  # the sentence's own cue, or a continuation
        if source is None and same_data and (names_source or not rules.pattern("unnamed_attribution").search(cue_text)):
            source = passage.source  # (该公司公告称: a sentence citing someone it does not name takes no source; in its
            # paragraph a sentence naming no other organisation goes on with the release: 全国工业生产者出厂价格…)
        passage.span = passage_span(placed) or passage.span
        in_targets = (open_targets and (passage.chained or bool(rules.pattern("target_item").match(cue_text)))
                      and not rules.pattern("target_frame_end").search(cue_text))  # …；一般公共预算收入增长5%；
        sentence_claims = []
        if is_prose(text, sentence.block) and in_sentence and not in_targets:
            fallback = passage.last if continues else passage.opening
            spans = [(d["start"] - sentence.start, d["end"] - sentence.start) for d in its_dates]
            # who said it is no part of a metric: the organisation, its cue and the date it spoke (国家统计局今天公布了
            # 10月份CPI; 世贸组织预测2022年全球货物贸易量)
            said = [attributed[2], (attributed[3], attributed[1][1]), *announced] if attributed else []
            later = clause_attributions(sentence.start, cue_text, its_orgs, attributed[1][1]) if attributed else []
            said += [span for _, _, spans in later for span in spans]  # 高盛则预计降息125bp
            layout = speaker_label(text) + _clock_times(text, in_sentence, sentence.start)  # 盛来运：, 16:30
            masked = blank_out(text, spans + said + layout + _date_slashes(text, spans), " ")
            bases = named_base_dates(text, spans)
            sentence_claims = _sentence_claims(text, masked, sentence, in_sentence, placed, source, passage, index,
                                               fallback, bases, speaks_for_forecasts and source is not None, now)
            _reattribute(sentence_claims, later, sentence.start)
        # a level compared with (較上季的28000元) holds for its own date, not the sentence's or the passage's
        levels = {n["start"] for n in in_sentence
                  if sentence_claims and level_base_time(n, text, sentence.start, placed)}
        stated = [c for c in sentence_claims if c["number_start"] not in levels]
        claimed_times = [c["time"] for c in stated if c["time"]]
        period = _hold_reporting_period(stated, period)
        for claim in stated:
            claim["time"] = claim["time"] or titled  # (a title year dates what nothing nearer dates)
        claims.extend(sentence_claims)
        passage.last = claimed_times[-1] if claimed_times else (sentence_time(text, placed) or
                                                                 (passage.last if continues else None))
        passage.source = source
        passage.chained = bool(rules.pattern("clause_chain").search(cue_text))
        passage.unit = sentence_claims[-1]["unit"] if sentence_claims else None
        passage.targets = in_targets or bool(rules.pattern("target_frame").search(cue_text))
    return claims


def _leading_source_note(text: str) -> int:
    """Where a bracketed source note that opens a sentence ends (0 if none): the note was written after the 。 of
    the sentence before (…40万家。（数据来源：科技部）), so it is that sentence's."""
    match = cues().pattern("source_note").match(text.lstrip())
    return len(text) - len(text.lstrip()) + match.end() if match else 0


def _hold_reporting_period(found: list[dict], period: str | None) -> str | None:
    """Date the undated claims of a sentence by the document's reporting period (the latest
    quarter a value was dated to so far: a report states 今年第二季 once, then its figures) and
    return the period as it stands after them. An earlier quarter named for comparison
    (2003年第三季以來最高) does not replace a later one."""
    reporting = cues().pattern("reporting_period")
    for claim in found:
        time = claim["time"]
        if not time:
            claim["time"] = period
        elif reporting.fullmatch(time) and (period is None or time > period):
            period = time
    return period


def _sentence_claims(text: str, masked: str, sentence: Sentence, in_sentence: list[dict], placed: list[Placed],
                     source: str | None, passage: _Passage, index: WordIndex, fallback: str | None,
                     bases: list[tuple[int, int]], forecast_source: bool, now: str | None) -> list[dict]:
    """The claims of one prose sentence (``masked``: its text with the dates blanked out, for the
    metrics; ``bases``: the dates a change is measured from, which the metric names; ``now``: the document date's
    month); updates the passage's governing metric."""
    rules = cues()
    year_times = year_list_times(text, [{"start": a + sentence.start, "end": b + sentence.start, "value": v}
                                        for a, b, v in placed], in_sentence, sentence.start)
    fallback_subject = clause_chunk(masked, clause_bounds(text, 0)[1]) if text else ""
    previous_end, previous_kind = 0, ""
    found: list[dict] = []
    subjects: list[tuple[int, str]] = []  # (end in the sentence, subject) of the values claimed so far
    frames = assumption_frames(text)
    for position, number in enumerate(in_sentence):
        offset, end = number["start"] - sentence.start, number["end"] - sentence.start
        clause_begin, clause_end = clause_bounds(text, offset)
        following = text[end:clause_end]
        begin = max(clause_begin, previous_end)
        before = text[begin:offset]
        clause_words = index.clipped(sentence.start + clause_begin, number["start"])
        bound = rules.pattern("threshold_bound").match(text[end:])
        if (is_structural_count(number, before) or is_formula_term(text[:offset], text[end:])
                or in_number_run(text, in_sentence, position, sentence.start)
                or qualifies_a_group(number, text[end:])
                or is_an_assumption(frames, offset, text[end:])
                or is_a_rule(text, offset, end, placed)
                or (not _held_list_member(text, found, number, sentence.start)
                    and sets_a_threshold(text[clause_begin:offset], text[end:], clause_words, bound,
                                         word_after_bound(index, number, bound)))
                or is_a_base(number, text[:offset], text[end:],
                             _quotation_unit(text, in_sentence, position, sentence.start))
                or qualifies_the_subject(text, in_sentence, position, sentence.start, clause_end)
                or (number["kind"] == "duration" and not is_claim_duration(
                    before, text[end:], clause_words, _in_breakdown(text, found, number, passage)))
                or labels_a_group(text[clause_begin:offset], [(w.text, w.tag) for w in clause_words],
                                  number, following, in_sentence[-1]["start"] > number["end"])
                or not is_factual(text[:clause_end], forecast_source)):
            continue
        time = year_times.get(number["start"]) or time_for(number, text, sentence.start, placed,
                                                           fallback, passage.span)
        if is_a_target(time, text, offset, placed, now) and not (
                forecast_source and rules.pattern("attributed_forecast").search(text[:clause_end])):
            continue  # 到2025年，…达到12%: a plan (an organisation's forecast of that period is a claim)
        if (found and number["start"] not in year_times
                and rules.pattern("list_glue").match(text[previous_end:offset])):
            time = found[-1]["time"]  # 由2009年的 90.3%、92.2%: a list member shares its list's time
        if found and found[-1]["time"] and rules.pattern("previous_value").search(before):
            time = period_before(found[-1]["time"])  # 制造业PMI为49.5%，前值为50.2%: the month before (or none known)
        previous_begin = clause_bounds(text, clause_begin - 1)[0] if clause_begin else clause_begin
        begin = _bracket_subject(masked, offset, begin, clause_begin, previous_end)
        kept = masked[begin:offset]
        level = bool(found) and links_level(masked[previous_end:offset])
        glued = _glued_term(text, in_sentence, position, sentence.start)  # 4950亿元7天期…: read on past the term
        next_start = (in_sentence[position + 1]["start"] - sentence.start
                      if position + 1 < len(in_sentence) and not glued else clause_end)
        counted = number["kind"] == "count" and number["unit"] not in _QUANTITY_UNITS
        member, series_end = _member(masked, offset, number, in_sentence, sentence.start, subjects)
        after_end = sentence.start + min(clause_end, next_start)
        if member is not None:  # the words after a list's last value name every member's metric
            after_end = sentence.start + clause_bounds(text, series_end - sentence.start)[1]
        context = Context(bool(found), masked[:begin], masked[previous_begin:max(previous_begin, clause_begin - 1)],
                          tuple(index.clipped(sentence.start + previous_begin, sentence.start + clause_begin)))
        governing = metric(kept, index.clipped(sentence.start + begin, number["start"]),
                           index.clipped(series_end if member is not None else number["end"], after_end),
                           counted, member, passage.governing, fallback_subject if clause_begin else "", level,
                           context)
        if not _WORD.search(governing.metric):
            continue  # a value with nothing it measures (a bare number, an axis label) is no claim
        passage.governing = governing
        named = _name_bases(governing.metric, text, bases, clause_begin, offset)
        if found and _restates(masked, previous_end, offset, previous_kind, number):
            named = found[-1]["metric"]  # 增加21.3万吨（4.3亿斤）: the same value in other units, with its base named
        previous_end, previous_kind = end, number["kind"]
        subjects.append((end, governing.subject))
        found.append({
            "sent_id": sentence.sent_id, "metric": bounded(named),
            "value": number["value"], "unit": number["unit"], "time": time, "source": source,
            "number_start": number["start"], "number_end": number["end"],
        })
    return found


def _held_list_member(text: str, found: list[dict], number: dict, start: int) -> bool:
    """The value is the next member of a list of shares one verb holds (贡献了50%以上的税收，60%以上的国内生产总值，…):
    only its bound, 的 and a noun stand between it and the value claimed before it, in its unit; it is held as that
    one is, no bound of a group."""
    if not found or found[-1]["unit"] != number["unit"]:
        return False
    gap = text[found[-1]["number_end"] - start:number["start"] - start]
    return cues().pattern("held_list_gap").fullmatch(gap) is not None


def _in_breakdown(text: str, found: list[dict], number: dict, passage: _Passage) -> bool:
    """A value may be a member of a breakdown: the previous claim of its sentence, or of the sentence it runs on
    from (after ；, or before its opening 其中), has its unit (可用天数超过26天，其中，华东地区28天; …平均利用2996小时。
    其中，水电2880小时; …比上年同期增加69小时；核电6262小时)."""
    runs_on = passage.chained or bool(cues().pattern("subset_open").match(text))
    previous = found[-1]["unit"] if found else (passage.unit if runs_on else None)
    return previous == number["unit"]


def _restates(masked: str, previous_end: int, offset: int, previous_kind: str, number: dict) -> bool:
    """A value alone in brackets right after the value claimed before it, of its kind (增加21.3万吨（4.3亿斤）)
    restates that value in other units: it has the same metric, base included. A share after a count (男性120人
    （45.2%）) is a measure of its own."""
    return (number["kind"] == previous_kind and number["kind"] != "percent"
            and masked[previous_end:offset].strip() in tuple(BRACKET_OPENERS))


def word_after_bound(index: WordIndex, number: dict, bound: re.Match | None) -> Word | None:
    """The word right after the bound word that follows a value (100张以下|床位), if one does (``bound``: the
    `threshold_bound` match on the text after the value)."""
    if not bound:
        return None
    at = number["end"] + bound.end()
    words = index.clipped(at, at + 4)
    return words[0] if words else None


def _quotation_unit(text: str, numbers: list[dict], position: int, start: int) -> bool:
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


def _name_bases(phrase: str, text: str, bases: list[tuple[int, int]], begin: int, offset: int) -> str:
    """The metric with the base dates of its clause put back where the phrase compares with them
    (规模以上工业增加值比加快 → …比9月份加快): the phrase is built with the dates cut out."""
    rules = cues()
    blank = blank_out(text, bases, " ")
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
        marker = rules.pattern("level_base").search(text, max(begin, start - 2), start)
        follows = rules.pattern("metric_filler").sub("", re.sub(r"\s+", "", blank[end:offset]))[:2]
        if marker is None or not follows:
            continue
        joint = phrase.rfind(marker.group().strip() + follows)
        if joint >= 0:
            cut = joint + len(marker.group().strip())
            phrase = phrase[:cut] + written + phrase[cut:]
            previous = (end, cut + len(written))
    return phrase


def _bracket_subject(masked: str, offset: int, begin: int, clause_begin: int, previous_end: int) -> int:
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


def _member(text: str, offset: int, number: dict, in_sentence: list[dict], start: int,
            subjects: list[tuple[int, str]]) -> tuple[str | None, int]:
    """The member of a 分别 list that a value belongs to (A、B、C分别为x、y、z) and the end of the
    list's last value, or (None, the value's own end).

    A list of n members can take k values each, in k rounds (A、B、C分别由x、y、z增长至u、v、w);
    a single metric whose values a sentence's earlier 分别 list spreads over (在A、B上分别取得x、y，
    相应的比率分别为u、v) takes that list's members; with no list before it, 分别 spreads over the
    subjects of the values claimed before it (总资产x，净资产y，分别增长u、v)."""
    found = _respectively_members(text, offset, in_sentence, start)
    if found is None:
        return None, number["end"]
    chunk, after, earlier, named = found
    series = [n for n in after if n["unit"] == number["unit"]]
    if len(series) < 2 or number not in series:
        return None, number["end"]
    index = series.index(number)
    for rounds in range(1, len(series) // 2 + 1):
        if len(series) % rounds:
            continue
        members = list_members(chunk, len(series) // rounds)
        if members:
            return members[index % len(members)] + named, series[-1]["end"]
    if earlier is not None:
        listed = list_members(earlier, len(series))
        shared = list_members(chunk, 1) if len(clean(chunk)) > 1 else [""]
        if listed and shared:
            return listed[index] + shared[0] + named, series[-1]["end"]
    claimed = [subject for end, subject in subjects if end <= series[0]["start"] - start][-len(series):]
    if len(claimed) == len(series) and len(set(claimed)) == len(claimed) and all(claimed):
        return claimed[index] + named, series[-1]["end"]
    return None, number["end"]
