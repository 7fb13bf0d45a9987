"""Subjects carried from earlier clauses: an anaphor's antecedent, and a carried subject's leftovers dropped."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import lru_cache

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.kinds import (
    kind_in_measure,
    kind_of,
    level_member,
    names_counted_kind,
    names_measured_thing,
    repeats_act,
    repeats_measure,
)
from pipeline.extract.claim_metric.words import (
    cut_words,
    longest_end,
    measure_word,
    names_a_region,
    names_any_measure,
)
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.resources import cleared_with_resources


def _names_anaphor(anaphors: Iterable[str], head: str, text: str) -> bool:
    """Whether an anaphor word (`anaphor_words`) followed by ``head`` stands in ``text``: a substring test per word.
    Compiling a pattern for each new head cost about 0.8 ms, and only 2 of 1,297 asks over the corpus found an
    anaphor (round 37)."""
    return head in text and any(word + head in text for word in anaphors)


def antecedent(before: str, head: str, context: str) -> str:
    """What an anaphor points back to (这一份额, 该指标): the noun phrase of the sentence that ends in the
    same head word earlier (…服务出口在服务贸易中所占份额呈上升趋势 → …所占份额), or ""."""
    if not head or not context or not _names_anaphor(cues().words("anaphor_words"), head, SPACE.sub("", before)):
        return ""
    at = context.rfind(head)
    if at < 0:
        return ""
    start = max(context.rfind(mark, 0, at) for mark in "，,；;：:。（(") + 1
    return clean(context[start:at + len(head)])


def ratio_antecedent(head: str, governing: Governing | None) -> str:
    """(round 49) The ratio a bare ratio word points back to (`ratio_anaphor`: 这一比值, 该比例, 比值): the governing
    value's subject when it names a ratio itself (`ratio_antecedent_end`: 城乡居民收入比为3.13:1，2010年这一比值为3.23:1
    → 城乡居民收入比); "" otherwise, so a ratio word after a measure that is no ratio (出口额…，该比例) keeps its
    head."""
    rules = cues()
    if governing is None or not governing.subject or not rules.pattern("ratio_anaphor").fullmatch(head):
        return ""
    return governing.subject if rules.pattern("ratio_antecedent_end").search(governing.subject) else ""


def base_tail(head: str) -> tuple[str, str]:
    """(round 50) A head split before a comparison marker that ends it (该比例较 | 较; 这一数字比 | 比: the base's date
    is masked), so an anaphor before the marker is read as it is alone (`anaphor_base_tail`)."""
    tail = cues().pattern("anaphor_base_tail").search(head)
    return (head[:tail.start()], head[tail.start():]) if tail and tail.start() else (head, "")


def ranked_degree(head: str, context: Context) -> str:
    """The change measure a bare degree word stands for (…价格升幅前五名的是菠萝、西瓜…，幅度分别为5.6%、4.3% →
    价格升幅): the measure the clause before ranks its entities by, without the comparison's base; or "" (round 28)."""
    rules = cues()
    if not rules.pattern("degree_anaphor").fullmatch(head):
        return ""
    ranked = rules.pattern("ranked_change_measure").search(SPACE.sub("", context.previous_clause))
    return ranked["measure"] if ranked else ""


def next_entity(before: str, head: str, whole: str, counted: bool = False, unit: str = "",
                 framed: bool = False, level: bool = False) -> str:
    """The entity a clause names for the metric named before it (``whole``): after a comparison or ranking word
    (高于城区, 其次是X) or as a subset (其中高铁), when it names no measure of its own (not 其中住宅投资, nor a kind of
    the thing the whole counts: 其中发明专利 of 专利); or "". ``counted``: the value counts things in a measure word.
    ``framed``: the clause is the first after a breakdown frame (分地区看，东部地区增长…), a subset as after 其中
    (round 24). ``level``: the value is a level in the whole's own unit, so a member naming no measure at all is a part
    of it (。其中，风电5.21亿千瓦 of 可再生能源装机: round 26)."""
    rules = cues()
    whole = rules.pattern("sum_word_end").sub("", whole) or whole  # (round 32: …债券合计…，其中一般债券…)
    led = rules.pattern("entity_lead").fullmatch(head)
    subset = rules.pattern("subset_lead").match(EDGE.sub("", SPACE.sub("", before)))
    if framed and not subset and not led:
        words = cut_words(head)
        if not words or measure_word(words[-1]) or not (
                names_a_region(head) or words[-1] in rules.words("framed_member_nouns")
                or (level and not names_any_measure(head))
                or (len(cut_words(whole)) == 1 and kind_of(head, whole) and kind_in_measure(head, whole, counted)
                    and not names_measured_thing(head, whole))):
            return ""  # (其中，国内客运运力投入同比上升…; 其中，国内增值税增长…: a measure of its own, no member; an
            # industry: its own rule (round 24); round 37: 发电量…。分品种看，火电增长…: a kind of the thing of a whole
            # that is one measure word shares it, as after 其中 (round 26); a whole with an owner has its own rule;
            # round 37 mend: not a kind that already ends in the whole's words, 货运量…。分方式看，航空货运增长…: its
            # own measure, as after 其中)
        subset = True
    entity = led["entity"] if led else head if subset else ""
    if rules.pattern("metric_head").search(entity) or rules.pattern("change_words").search(entity):
        return ""
    if subset and (named := rules.pattern("market_short_name").match(entity)) and named.end() < len(entity):
        return ""  # (round 22: 其中沪股通净买入 after 北向资金净卖出: the channel's own act)
    if subset and not led and level_member(entity, unit):
        return entity  # (round 22: 其中小学 of 在校学生 shares 学 yet names no pupils: a member, no kind)
    if subset and not led and ((kind_of(entity, whole) and not kind_in_measure(entity, whole, counted))
                               or repeats_measure(entity, whole)
                               or repeats_act(entity, whole) or (counted and names_counted_kind(entity, unit))):
        return ""
    return entity


def without_carried_adverb(subject: str) -> str:
    """The subject carried to the next clause without an adverb of going on that closes it (`carried_subject_adverbs`:
    猪肉价格继续|下降6.5%，降幅收窄0.5个百分点 → 猪肉价格降幅收窄, was 猪肉价格继续降幅收窄): the adverb qualifies the
    change of its own clause, not the owner the next clause's measure is of (round 42). Unchanged when the adverb is
    all there is, or closes no word of its own (仍 inside 仍然 is the word 仍然). The adverbs are `standing_adverbs`
    (依旧, 已…) with the extra ones of `carried_subject_adverbs` (持续, 还, 也): one list, not a copy."""
    words = cut_words(subject)
    rules = cues()
    if len(words) > 1 and words[-1] in rules.words("standing_adverbs") | rules.words("carried_subject_adverbs"):
        return "".join(words[:-1])
    return subject


def without_carried_statistic(subject: str, phrase: str) -> str:
    """The subject carried to a clause that opens with a statistic qualifier of its own (最高降幅, 平均降价), without
    the one it ends in (中选产品平均|降价…，最高降幅达… → 中选产品最高降幅): a sibling states its own statistic of
    the same owner, not a statistic of the statistic before (round 33). A subject ending in no qualifier is
    unchanged."""
    rules = cues()
    if not rules.pattern("statistic_qualifier_open").match(phrase):
        return subject
    owner = rules.pattern("statistic_qualifier_end").sub("", subject)
    return owner or subject


@cleared_with_resources
@lru_cache(maxsize=256)
def without_count_predicate(subject: str) -> str:
    """An opening clause taken as the subject, without the predicate it ends in when that is an adverb, verbs and a
    bare count (国家组织药品集采|已开展十批, 我市|已累计举办三届): how often the owner has done something owns no value
    after it; the words before the adverb, when they hold a noun, do (round 33). Else the clause unchanged. Once per
    clause (mend: each value of the next clause tagged the whole previous clause again); it reads only the clause and
    the resources, and is cleared with them."""
    rules = cues()
    if not subject:
        return subject
    words = [w for w in pos_tagger().lcut(subject) if w.word.strip()]
    numerals, verbs = rules.words("count_predicate_numeral_tags"), rules.words("verb_tags")
    end = len(words)
    while end and words[end - 1].flag in numerals:
        end -= 1
    verb_end = end
    while end and words[end - 1].flag in verbs:
        end -= 1
    adverb_end = end
    while end and words[end - 1].flag in rules.words("count_predicate_adverb_tags"):
        end -= 1
    if (verb_end == len(words) or adverb_end == verb_end or end == adverb_end
            or not any(w.flag in rules.words("noun_tags") for w in words[:end])):
        return subject
    return "".join(w.word for w in words[:end])


def without_judgement(subject: str) -> str:
    """An opening clause taken as the subject, without the judgement of progress it ends in (`judged_progress_end`:
    全国城镇新增就业|完成情况快于时序进度，1-9月达到1045万人 → 全国城镇新增就业): how the progress compares with the
    schedule or a forecast is said of the owner's figure, which is what the value after it measures (round 46). The
    subject unchanged when nothing stands before the judgement."""
    found = cues().pattern("judged_progress_end").search(subject) if subject else None
    return subject[:found.start()] if found and found.start() else subject


def without_period_statistic(governing: Governing | None, words_before: list[Word]) -> Governing | None:
    """The governing value's metric without the statistic of a period its subject ends in (`period_statistics`:
    1-10月全国城镇调查失业率平均为5.1%，10月为5.0% → 全国城镇调查失业率, not …平均), when the value's clause opens
    with one month or quarter of its own (`single_period_open`): a sibling stating its own period's figure carries the
    measure, not the mean or sum over the range (round 46). Unchanged otherwise (…平均为5.1%，比上年同期下降: the
    mean's own change)."""
    if governing is None or not cues().pattern("single_period_open").match("".join(w.text for w in words_before)):
        return governing
    subject = governing.subject
    # (round 46 mend: the longest statistic the subject ends in with a word before it, i.e. the longest end of all but
    # its first character; no list sorted once per value)
    statistic = longest_end(subject[1:], cues().words("period_statistics"))
    if not statistic or not governing.metric.startswith(subject):
        return governing
    owner = subject[:-len(statistic)]
    return dataclasses.replace(governing, metric=owner + governing.metric[len(subject):], subject=owner)
