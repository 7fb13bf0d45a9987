"""The metric of a claim: the noun phrase of the thing measured, from the Doc's words and tags.

A value's metric is built from its clause, not copied from it:
- the subject noun phrase before the value's verb (营业收入 in 营业收入为…), with discourse
  openers (其中, 截至, 据) and copulas or qualifiers (为, 达到, 约, 超过) dropped;
- a change keeps its change word after the subject (服务进出口总额同比增长 for 同比增长7.3%); a
  clause with no noun of its own (同比增长7.3%, 下降4%) takes the governing subject: the previous
  value's, or the one the passage carries into a continuation sentence;
- a count of a noun (16个国家签署备忘录) measures that noun as the clause describes it
  (签署备忘录的国家);
- a 分别 list gives each value its own member (A、B、C分别增长x、y、z → A增长, B增长, C增长).
Cue words and tags are data (`resources/claims.yaml`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_time import in_title, title_spans
from pipeline.extract.currencies import prefix_currencies
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import jieba_tokenizer, pos_tagger, tag_of
from pipeline.resources import cached, cleared_with_resources, load_yaml
from pipeline.script import simplified

_SPACE = re.compile(r"\s+")
_FRAME_REACH = 64  # the characters a frame spans at most: a topic frame opening a sentence, spaces included
# (round 36 mend), or a 在…中， frame closing right before a list, spaces around it aside (round 37)
_EDGE = re.compile(r"^[、，,。！？；;：:）)”’」』】》\]\-—–~～.．·/／\s]+"
                   r"|[、，,。！？；;：:（(“‘「『【《\[\-—–~～.．·+＋/／\s]+$")  # a dash joins a range, a slash a
# series (52.3/68.9/85.6亿元): never in a metric
_CLAUSE_STOP = re.compile(r"[，,。！？!?；;：:（(]")  # (round 42) ends the clause an act after a count is read in
_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")  # a bracketed aside (按美元计) is no part of the metric
_DEBRIS = re.compile(r"[$＄\\{}|^]|(?<![\u2160-\u217f])~|~(?![\u2160-\u217f])")  # LaTeX and markup debris of a
# converted PDF is never part of a metric; a tilde between two Roman numerals is a grade range (water class I~III)
_BREAK = re.compile(r"[，,。；;：:！？!?）)]")  # left inside a phrase (asides removed): a clause or sentence ended
_LIMIT = 40
_CJK_START = re.compile(r"[\u4e00-\u9fff]")
# a headline item after a space opens with a Chinese word or an acronym (LPR, CPI, M2: round 30)
_ITEM_START = re.compile(r"[\u4e00-\u9fff]|[A-Z][A-Z0-9]")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")  # GDP, CPI, M2: an indicator named by its acronym
_VALUE = re.compile(r"(?<![A-Za-z0-9.．])\d")  # a digit that opens a value, not one inside a name (PM2.5, M2)


@dataclass(frozen=True)
class Governing:
    """What a value passes on to the next one of its passage: its metric, subject and change."""

    metric: str
    subject: str
    change: str
    core: str = ""  # the subject without the entity it opens with (上海的|轨道交通里程): what a list of entities shares
    recipient: str = ""  # what a count after a preposition counted (向298名|激励对象): no owner of the next value
    unit: str = ""  # the value's unit: a verb-only clause after it in the same unit acts on the same object (round 19)
    counted: str = ""  # the noun a count counted (2.6万间|房屋|倒塌), which a sibling count of an act counts (round 25)
    done: str = ""  # what a run's subject kept doing (连续7年|位居全球第一): no measure a later value of it takes


def clean(phrase: str, country: bool = True) -> str:
    """The phrase without spaces, bracketed asides, edge punctuation, discourse openers, the country it
    opens with (``country``: not for a list member) and copulas."""
    rules = cues()
    phrase = rules.pattern("decoration").sub("", rules.pattern("change_arrow").sub(_arrow_change, phrase))
    phrase = rules.pattern("metric_article_label").sub("", phrase)  # 第三十二条 …: a statute's article (round 30)
    phrase = rules.pattern("metric_word_infix").sub(_word_infix, _SPACE.sub("", phrase))  # 企(事)业 (round 42)
    phrase = _ASIDE.sub("", _DEBRIS.sub("", phrase))
    phrase = rules.pattern("metric_empty_tag").sub("", phrase)  # 【】的…: a tag cut as the source (round 40)
    phrase = rules.pattern("metric_date_residue").sub("", phrase)  # “”期间, 在财年: a cut date's frame
    phrase = rules.pattern("metric_holiday_span").sub("", phrase)  # 春节假期8天: the holiday's length (round 26)
    phrase = rules.pattern("metric_transition").sub("", phrase)  # 由下降…转为上涨: the change of one period (round 26)
    phrase = _last_clause(_EDGE.sub("", phrase))  # a metric is a phrase of one clause
    phrase = rules.pattern("metric_aspect_frame").sub("", phrase)  # 货运方面完成… (round 42)
    phrase = rules.pattern("metric_filler").sub("", phrase)
    phrase = rules.pattern("metric_plan_value").sub(r"\g<plan>", phrase)  # 占年初预算10065万元的: the plan (round 24)
    # 收入为每人: a per-unit word right before the value reads it; once, so that 每年约有 keeps its 每年
    phrase = rules.pattern("metric_per_unit_tail").sub("", _EDGE.sub("", phrase))
    for _ in range(4):
        before = phrase
        phrase = _without_open_quote(_EDGE.sub("", phrase))
        phrase = rules.pattern("metric_bare_report_verb").sub("", phrase)  # ，显示去年… (round 42)
        phrase = rules.pattern("metric_lead_strip").sub("", phrase)
        phrase = rules.pattern("metric_milestone_lead").sub("", phrase)  # 这是继…后: an earlier record (round 40)
        phrase = rules.pattern("metric_whole_frame").sub(r"\g<scope>", phrase)  # 在总人口中男性人口 (round 39)
        phrase = rules.pattern("metric_disposal_actor").sub("", phrase)  # 某厅将…上调至 (round 30)
        if country and not _opens_with_name(phrase):
            phrase = rules.pattern("metric_lead_country").sub("", phrase)
        phrase = rules.pattern("metric_tail_strip").sub("", _strip_currency(phrase))
        phrase = rules.pattern("sanction_lead").sub("", phrase)
        if phrase == before:
            break
    return phrase


def _word_infix(found: re.Match[str]) -> str:
    """(round 42) One bracketed character inside a word (`metric_word_infix`): the character without its brackets
    when the characters around them make a word (企业, 地级) and so does the bracketed one with either (事业, 地市):
    企(事)业 → 企事业; else the bracket as it stands, an aside the next rule drops (社区卫生服务中心（站）数,
    市域（郊）铁路)."""
    text, infix = found.string, found["infix"]
    before, after = text[found.start() - 1], text[found.end()]
    freq = jieba_tokenizer().FREQ
    if freq.get(before + after) and (freq.get(before + infix) or freq.get(infix + after)):
        return infix
    return found.group()


@cached
def _quote_pairs() -> dict[str, str]:
    """Each opening quotation mark with its closing one: dates.yaml's `bare_year_quotes`, the one list of the pairs."""
    return dict(load_yaml("dates.yaml")["bare_year_quotes"])


def _without_open_quote(phrase: str) -> str:
    """(round 37) The phrase without an opening quotation mark it starts with whose closing mark it lacks: a quoted
    speech (“截至…，全国汽车以旧换新270.5万辆…”李刚说) opens its first clause's metric with the mark, which belongs to
    the speech, not the measure. A quoted name keeps its marks (“双11”期间销售额, “十四五”规划投资)."""
    close = _quote_pairs().get(phrase[:1])
    if close is None or close in phrase[1:]:
        return phrase
    return phrase[1:]


def _last_clause(phrase: str) -> str:
    """The phrase after its last clause break, a break inside a title aside (《志愿军：存亡之战》国庆档票房 is one
    clause: film and book titles hold colons)."""
    titles = title_spans(phrase)
    ends = [m.end() for m in _BREAK.finditer(phrase) if not in_title(titles, m.start())]
    return phrase[ends[-1]:] if ends else phrase


@cached
def _currency_tail_re() -> re.Pattern[str]:
    names = sorted((n for n in prefix_currencies() if not n.isascii() and len(n) >= 2), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + ")$")


def _strip_currency(phrase: str) -> str:
    """The phrase without the currency name that ends it (營收為新臺幣 → 營收為: the name belongs to the value after
    it), read through the simplified view; kept after a word pairing two currencies (新台幣兌美元)."""
    m = _currency_tail_re().search(simplified(phrase))
    if m is None or m.start() == 0 or cues().pattern("metric_currency_not_after").search(phrase[: m.start()]):
        return phrase
    return phrase[: m.start()]


def _arrow_change(mark: re.Match[str]) -> str:
    """The change word an arrow draws (↑ a rise, ↓ a fall), else nothing: an arrow is no part of a metric."""
    words = cues().mapping("metric_arrows").get(mark[0])
    return min(words) if words else ""


def _opens_with_name(phrase: str) -> bool:
    """The phrase opens with an organisation's name the lexicon knows (中国平安, 中国石油): its 中国 is no country."""
    aliases = org_resources().aliases
    return any(phrase[:k] in aliases for k in range(min(len(phrase), 16), 2, -1))


def _has_noun(phrase: str, words: list[Word]) -> bool:
    """The phrase names a thing: it holds a noun (by POS), ends in a metric's head word (…率, …额,
    规模: jieba tags traditional-Chinese words poorly) or names a category (居住类: 居住 is a verb to jieba)."""
    rules = cues()
    noun_tags = rules.words("noun_tags")
    if len(phrase) < 2:  # (round 24: 铜260万吨 in a list of imports: a one-character commodity names a thing)
        return phrase in rules.words("single_character_goods")
    return bool(rules.pattern("metric_head").search(phrase) or rules.pattern("metric_lead").search(phrase)
                or rules.pattern("category_member").search(phrase)
                or rules.pattern("livestock_measure").fullmatch(phrase)  # (round 39: 牛|出栏, one-character animal)
                or rules.pattern("market_short_name").search(phrase)) or any(  # (round 22: 沪|指涨, 深股|通净 split)
        len(run) >= 2 and (run in phrase or (len(phrase) >= 2 and run.startswith(phrase)))
        for run in _noun_runs(words, noun_tags))


def _ends_in_market_name(phrase: str) -> bool:
    """The phrase ends in a stock index's short name or a Stock Connect channel (沪指, 深成指, 沪股通): the measure a
    market wrap gives a level, a change or a flow for (round 22)."""
    return any(m.end() == len(phrase) for m in cues().pattern("market_short_name").finditer(phrase))


def _noun_runs(words: list[Word], noun_tags: list[str]) -> list[str]:
    """The noun words and the runs of adjacent nouns one of which is a single character: the tagger splits a short
    name (沪|指, 沪|指报, 深成|指), which names a thing as a two-character noun does (round 20: an index that opens
    its own clause takes no subject carried from the clause before)."""
    runs: list[str] = []
    run, last = "", ""
    for word in words:
        text = word.text.strip()
        if word.tag not in noun_tags or not text:
            run = last = ""
            continue
        run = run + text if run and (len(text) == 1 or len(last) == 1) else text
        last = text
        runs.extend([text, run] if run != text else [text])
    return runs


def _names_anaphor(anaphors: Iterable[str], head: str, text: str) -> bool:
    """Whether an anaphor word (`anaphor_words`) followed by ``head`` stands in ``text``: a substring test per word.
    Compiling a pattern for each new head cost about 0.8 ms, and only 2 of 1,297 asks over the corpus found an
    anaphor (round 37)."""
    return head in text and any(word + head in text for word in anaphors)


def _antecedent(before: str, head: str, context: str) -> str:
    """What an anaphor points back to (这一份额, 该指标): the noun phrase of the sentence that ends in the
    same head word earlier (…服务出口在服务贸易中所占份额呈上升趋势 → …所占份额), or ""."""
    if not head or not context or not _names_anaphor(cues().words("anaphor_words"), head, _SPACE.sub("", before)):
        return ""
    at = context.rfind(head)
    if at < 0:
        return ""
    start = max(context.rfind(mark, 0, at) for mark in "，,；;：:。（(") + 1
    return clean(context[start:at + len(head)])


def _ranked_degree(head: str, context: Context) -> str:
    """The change measure a bare degree word stands for (…价格升幅前五名的是菠萝、西瓜…，幅度分别为5.6%、4.3% →
    价格升幅): the measure the clause before ranks its entities by, without the comparison's base; or "" (round 28)."""
    rules = cues()
    if not rules.pattern("degree_anaphor").fullmatch(head):
        return ""
    ranked = rules.pattern("ranked_change_measure").search(_SPACE.sub("", context.previous_clause))
    return ranked["measure"] if ranked else ""


def _next_entity(before: str, head: str, whole: str, counted: bool = False, unit: str = "",
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
    subset = rules.pattern("subset_lead").match(_EDGE.sub("", _SPACE.sub("", before)))
    if framed and not subset and not led:
        words = _words(head)
        if not words or _measure_word(words[-1]) or not (
                _names_a_region(head) or words[-1] in rules.words("framed_member_nouns")
                or (level and not _names_any_measure(head))
                or (len(_words(whole)) == 1 and _kind_of(head, whole) and _kind_in_measure(head, whole, counted)
                    and not _names_measured_thing(head, whole))):
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
    if subset and not led and _level_member(entity, unit):
        return entity  # (round 22: 其中小学 of 在校学生 shares 学 yet names no pupils: a member, no kind)
    if subset and not led and ((_kind_of(entity, whole) and not _kind_in_measure(entity, whole, counted))
                               or _repeats_measure(entity, whole)
                               or _repeats_act(entity, whole) or (counted and _names_counted_kind(entity, unit))):
        return ""
    return entity


def _kind_in_measure(part: str, whole: str, counted: bool) -> bool:
    """A kind of the whole's thing measured by the whole's measure word (其中火电 of 全省发电量, a value not counted
    in a measure word): the part names no measure, so it is a member sharing the measure, not a metric of its own,
    as 其中发明专利62项 of 专利 is (round 26)."""
    words = _words(whole)
    return (not counted and bool(words) and ends_in_metric_head(words[-1]) and len(words[-1]) > 1
            and not _names_any_measure(part))


def _level_member(part: str, unit: str) -> bool:
    """A bare level, place or ownership word (`level_members`: 中学, 城镇, 公办) counted in people: it names no people
    of its own, only which of the whole's it counts (round 22). A kind of school or health facility (`roll_owner_ends`:
    其中，普通本科学校131.58万人 of 专任教师; 医院38.8亿人次 of 总诊疗量) is counted in 所 or 个, never in people, so it
    too is a member sharing the whole's people (round 37)."""
    rules = cues()
    return unit in rules.words("level_member_measures") and (
        part in rules.words("level_members") or _kind_of_roll(part))


def _kind_of_roll(part: str) -> bool:
    """The part names a kind of school or health facility (普通本科学校, 医院: it ends in a `roll_owner_ends` word)."""
    return part.endswith(tuple(cues().words("roll_owner_ends")))


def _level_member_core(head: str, governing: Governing, unit: str) -> str:
    """The people a bare level, place or ownership member counts (其中中学1757人，小学1862人 of 专任教师): the whole's
    measure the member before it shared, when both are such words (`level_members`) and the count is of people
    (round 22); or ""."""
    if not _level_member(head, unit) or not governing.core:
        return ""
    before = governing.subject[:-len(governing.core)] if governing.subject.endswith(governing.core) else ""
    return governing.core if _level_member(before, unit) and before != head else ""


def _repeats_act(part: str, whole: str) -> bool:
    """The part repeats the verb of the whole's act (其中新增企业 of 新增市场主体, 其中制造业新设外企 of
    全国新设外商投资企业数量): it states the same act of its own kind, a measure of its own, not a member given the
    whole's."""
    verbs = cues().words("verb_tags")
    return any(w.flag in verbs and w.word in whole for w in pos_tagger().lcut(part) if w.word.strip())


def _names_counted_kind(part: str, unit: str = "") -> bool:
    """A counted subset that names a kind of thing (其中医院128个 of 医疗卫生机构, 其中企业21.3万户 of 市场主体,
    其中火灾74.5万起 of 各类警情): what a count's measure word counts is the noun before it, so the subset's noun is
    its own metric. A part that only qualifies (places, sectors, groups: 其中农村500起, 其中男性…) is a member sharing
    the whole's. A bare level, place or ownership word (`level_members`: 其中中学1757人 of 专任教师) under a count of
    people names no people of its own: a member sharing the whole's (round 22)."""
    if _level_member(part, unit):
        return False
    words = [w for w in pos_tagger().lcut(part) if w.word.strip()]
    nouns = cues().words("noun_tags")
    return any(w.flag in nouns for w in words) and not all(_modifies(w.word) for w in words)


def _counts_own_kind(part: str, whole: str, unit: str) -> bool:
    """A counted member that names a kind of the thing the whole counts (全国共有幼儿园29.48万所。其中，普惠性幼儿园
    24.47万所; 普通高中…，其中民办普通高中…): it names what its own count counts, so it keeps its own metric, as
    其中发明专利 of 专利 does (round 22). Only for a count in a measure word: 国有大型商业银行不良贷款率…，
    股份制商业银行为… shares the rate."""
    rules = cues()  # (a whole named by its count word, 企业数量, gives the member it: 科技型中小企业数量)
    return (unit in rules.words("counting_measures") and not rules.pattern("count_measure_end").search(whole)
            and _kind_of(part, whole))


def _counts_apart(governing: Governing, unit: str) -> bool:
    """A counted entity after a count that shares nothing with it (注册护士1245人。其中乡镇卫生院17个; 小学294所，
    幼儿园65所): the figure before counts in another measure word, or names only the things it counts, one word with
    no measure (小学), so the entity names what its own count counts (round 22). 县人民医院有床位300张，县中医院100张
    and 北京高校92所，上海64所 still share what the entity has. Round 38: a count after an amount
    (合计募集资金3565亿元。其中，科创板上市67家; 募资1439亿元；创业板上市110家) shares nothing with it either: a
    count is no part of money, so the entity names what its own count counts (科创板上市, not
    科创板上市合计募集资金); a change in % may be of anything."""
    counting = cues().words("counting_measures")
    if unit not in counting:
        return False
    if governing.unit not in counting:
        return bool(governing.unit) and governing.unit not in cues().words("relative_units")
    if governing.unit != unit:
        return True
    words = _words(governing.core)
    return governing.core == governing.subject and len(words) == 1 and not _names_measure(words)


def _repeats_measure(part: str, whole: str) -> bool:
    """The part ends in words of the whole's measure (制造业实际使用外资 of 全省实际使用外资金额, 内地居民出入境 of
    全国口岸出入境人员): it names its own measure, not a member (其中高铁 of 全国铁路营业里程 shares no such run)."""
    size = cues().setting("subset_shared_chars")
    return len(part) > size and part[-size:] in whole


def _names_measured_thing(part: str, whole: str) -> bool:
    """(round 37 mend) The part ends in the thing the whole's measure word measures (航空货运 of 货运量, 民航客运 of
    客运量): the whole's word is the part's last word with a measure's head after it, so the part is that measure's own
    kind (航空货运增长 is its 货运量's change), not a member to glue the measure to (not 航空货运货运量). 水运 of
    货运量 names no such word and stays a member."""
    words = _words(part)
    last = words[-1] if words else ""
    return len(last) > 1 and any(w != last and w.startswith(last) and ends_in_metric_head(w) for w in _words(whole))


def _kind_of(part: str, whole: str) -> bool:
    """The part names a kind of the thing the whole names (发明专利 of 专利, 重大事件 of 突发环境事件, 有限售条件股份 of
    总股本, 女生 of 学生): their head words share a character. A whole that counts its things (规模以上工业企业数量)
    names them before its count word, so 大型企业 and 产值超百亿元企业 are kinds of them (round 18). A whole that
    spends or puts in its things (研究与试验发展经费支出, 研发经费投入) names them before that word, so
    基础研究经费 is a kind of them (round 23)."""
    rules = cues()
    size = rules.setting("head_word_chars")
    counted = rules.pattern("count_measure_end").sub("", whole) or whole
    spent = rules.pattern("spending_measure_end").sub("", whole) or whole  # (round 23: 基础研究经费 of …经费支出)
    return bool(part) and any(set(part[-size:]) & set(named[-size:]) for named in (counted, spent))


def _longest_end(text: str, words: Iterable[str]) -> str:
    """The longest of ``words`` ``text`` ends with, or "" (round 40 tidy: one helper for the sorted-list idiom; two
    ends of one length are the same word, so the answer is one whatever the order of ``words``)."""
    return max((w for w in words if text.endswith(w)), key=len, default="")


def _longest_start(text: str, words: Iterable[str]) -> str:
    """The longest of ``words`` ``text`` starts with, or "" (as `_longest_end`, at the other end)."""
    return max((w for w in words if text.startswith(w)), key=len, default="")


def _words(text: str) -> list[str]:
    """jieba's words of ``text``, segmented once per text (round 32: every value of a one-line list segmented the
    subject it shares, the whole list before it, again: n² on a line of n values)."""
    return list(_segmented(jieba_tokenizer(), text))


def _word_spans(text: str) -> Iterable[tuple[str, int, int]]:
    """`_words` of ``text`` with their spans, as jieba's ``tokenize`` gives them (round 40 tidy: not cut again)."""
    start = 0
    for word in _words(text):
        yield word, start, start + len(word)
        start += len(word)


@lru_cache(maxsize=256)
def _segmented(tokenizer: Any, text: str) -> tuple[str, ...]:
    """`_words` of ``text`` by ``tokenizer`` (a tuple: threads may share it)."""
    return tuple(tokenizer.lcut(text))


def _parallel_core(head: str, governing: Governing, named: bool = False, unit: str | None = None) -> str:
    """What a member of a breakdown shares with the member before it (其中男性30.8%，女性24.2% → 高血压患病率;
    东部地区PM2.5平均浓度为27，中部地区为35 → PM2.5平均浓度): the measure after the previous member, when the head
    only names a member like it and no measure of its own; or "". A qualifier that stands for the one opening the
    subject, inside its first word (城镇居民…恩格尔系数，农村为… → 居民家庭恩格尔系数), shares what follows it.
    ``named``: the head is known to name an entity (股份制商业银行), however long. ``unit``: the head's value's unit;
    in the previous value's unit, a thing like the thing the subject names before a bare measure shares that measure
    (猪肉平均价格为20.87元/公斤；鸡蛋9.03元/公斤 → 鸡蛋平均价格; 拖拉机保有量58.6万台，联合收割机12.4万台, round 28).
    A member whose name ends with the first characters of the core (锂|矿查明资源储量…，铜矿增长…: 矿), at most
    ``member_core_tail_chars`` of them, the core keeping more than that many of its own, takes them (round 41)."""
    rules = cues()
    segment = _words
    words = segment(head)
    subject = governing.subject
    # (round 21: a member ending in the word the member before ends in, 股份制企业增加值…，外商及港澳台商投资企业…, is
    # known to name a member like it however long, its parts joined by 及/和 as a group's name may be)
    opened = segment(subject)[:-1]
    joined = bool(words) and len(words[-1]) > 1 and any(w.endswith(words[-1]) for w in opened)
    if joined:
        words = [w for w in words if w not in rules.words("noun_joiners")]
    # (round 24: an industry after an industry's measure, 采矿业增加值…；电力、热力、燃气及水生产和供应业增长…, is a
    # member like it however long, the verbs inside its name no clause's)
    sector = _names_sector(head) and any(_names_sector(w) for w in opened)
    if (not head or (len(head) > rules.setting("member_max_chars") and not named and not joined and not sector)
            or head in rules.words("comparison_words")  # (round 38: 較 alone, 較上月下降 with its date cut: a base)
            or ends_in_metric_head(head) or rules.pattern("change_words").search(head)
            or not (sector or _nominal(words))):
        return ""
    if governing.core and subject.endswith(governing.core) and subject != governing.core:
        member, own = subject[:-len(governing.core)], governing.core  # 其中男性…: the member named before
        cut = len(head) - len(member)  # (round 41: 锂|矿查明资源储量…，铜矿增长…: the member's tail read into the core)
        tail = int(rules.setting("member_core_tail_chars"))
        if 0 < cut <= tail < len(own) - cut and head.endswith(own[:cut]) and not head.startswith(member):
            member, own = member + own[:cut], own[cut:]
        if _names_measured_thing(head, own):  # (round 37 mend: 水运货运量…，航空货运增长…: its own)
            return ""
        alike = _alike([segment(member)], words)
        shared = _unqualified(segment(own))
        if alike or member == head:
            return own if alike and member != head and (
                _names_measure(shared) or _region_measure(member, head, shared)
                or (_verbs_qualify(shared) and _names_measure(shared[-1:]))  # (round 26: 全国可再生能源装机)
                or (ends_in_metric_head(own) and (joined or not _nominal(shared)))
                or (unit == governing.unit and unit in rules.words("counting_measures"))) else ""
            # (a core ending in a metric's head: round 36, members of one head noun, ``joined``, share it whatever its
            # words, 一般债券平均发行利率，专项债券…, a measure jieba reads with a verb, 发行|利率; round 38, any member
            # like the first shares it when its words are not all nouns, a whole named by an act, 境外主体持有境内
            # 人民币金融资产…，其中股票…、债券…: the first member shared it, so the member like it after it does too;
            # round 41, a count in the same counting measure shares the things counted, 其中大型47处，中型49处)
        subject = governing.core  # (round 25: 上海辖内保险公司保单件数…，其中财产险公司…: no member like the place, one
        # of the things the core names after it, 保险公司, so it shares what follows them, 保单件数)
    parts = segment(subject)
    for k in range(1, len(parts)):  # 东部地区PM2.5平均浓度: a member that ends like the head opens the subject
        member, core = parts[:k], parts[k:]
        if words[-1].endswith(core[0]):  # (round 21: also a word the head's last word closes with: 东北地区 of 地区)
            continue  # (规模以上工业|企业数量 for 大型企业: the head's own noun opens no shared measure)
        plain = _unqualified(core)
        if member[-1] == words[-1] and "".join(core) in rules.words("metric_part_sum_words"):
            return ""  # (round 41: 全国|用水|总量…。其中，工业用水…: a part of the total, 工业用水, not 工业用水总量)
        if unit is not None and unit != governing.unit and rules.pattern("share_of").match("".join(core)):
            return ""  # (round 41: 生活用水…，占用水总量的15.4%；工业用水为970.2亿立方米: a share, no level's measure)
        if (member[-1][-1:] == words[-1][-1:] or all(map(_modifies, [*member, *words]))
                or (_level_after(unit, governing.unit) and _thing_like(member[-1], head, core))) and (
                _names_measure(plain) or (_verbs_qualify(plain) and _names_measure(plain[-1:]))  # 就业人员年平均工资
                or _region_measure("".join(member), head, core)):
            return "".join(core)
    lead, rest = subject[:len(head)], subject[len(head):]  # 城镇居民家庭恩格尔系数为…，农村为…: 农村 stands for 城镇
    if lead != head and _modifies(lead) and all(map(_modifies, words)) and _names_measure(segment(rest)):
        return rest
    return ""


def _level_after(unit: str | None, before: str) -> bool:
    """A value in ``unit`` may be a level of the measure the value before it (in unit ``before``) belongs to: the same
    unit, or a level after a change of the measure in a relative unit (羊肉平均价格…，比上周五下降0.3%；鸡蛋9.03元/公斤:
    the change is the measure's, its level was in 元). None: the caller gave no unit to compare (round 28)."""
    if unit is None:
        return False
    relative = cues().words("relative_units")
    return unit == before or (before in relative and unit not in relative)


def _thing_like(member: str, head: str, core: list[str]) -> bool:
    """The head, one word, names a thing as the member word before a bare measure does (猪肉|平均价格 and 鸡蛋;
    玉米|平均收购价格 and 小麦): both nouns naming no measure, and the words after the member name no thing themselves
    (not 全国|农产品批发市场猪肉平均价格, whose member 全国 only scopes it) nor count one of their own (医院|床位数:
    医生 has no 床位数), so the measure is all the head lacks (round 28)."""
    if (not core or _word_class(member) != "n" or _measure_word(member) or not _thing(head)
            or len(_words(head)) != 1 or any(_word_class(w) == "v" for w in core)):
        return False  # (玉米 is tagged a name, nr, by the tagger: a noun like any; 全市|旅游总收入…，游客人均花费: an
        # act, 旅游, after the member, and a phrase for the head, no thing named alike)
    counted = cues().pattern("own_count_end").sub("", core[0])  # 医院床位数…，医生3.1万人: 床位 are counted, not 医生
    return not any(_thing(w) or _modifies(w) for w in core) and not (
        counted != core[0] and _word_class(counted) == "n" and _thing(counted))


def _alike_member_core(entity: str, governing: Governing) -> str:
    """The measure a subset shares with the whole when the whole's subject opens with a member ending in the
    very word the subset ends in, a word of its own or closing one (国内航线旅客周转量…，其中港澳台航线… →
    旅客周转量; 全国规模以上港口…，其中沿海主要港口… → 累计…吞吐量): the subset stands where that member
    stood, as a named sibling does (round 27); or "". A subset sharing only a character with the member
    (水电 of 全区发电装机容量, 高铁 of 全国铁路营业里程) keeps the whole's measure whole (rounds 13, 26)."""
    segment = _words
    last = segment(entity)[-1:]
    if not last or len(last[0]) < 2 or not any(w.endswith(last[0]) for w in segment(governing.subject)[:-1]):
        return ""
    return _parallel_core(entity, governing, named=True) or _measure_after_member(last[0], governing.subject)


def _measure_after_member(word: str, subject: str) -> str:
    """(round 36) The measure after the last word of the subject that ends in the subset's own last word (全国地方政府
    债券|平均发行利率 for 其中一般债券: 平均发行利率), when it ends in a measure's head however jieba tags its verbs
    (发行|利率 reads as an act on a measure, which `_parallel_core` leaves alone); or ""."""
    parts = _words(subject)
    ends = [k for k, w in enumerate(parts[:-1]) if w.endswith(word)]
    rest = "".join(parts[ends[-1] + 1:]) if ends else ""
    return rest if rest and ends_in_metric_head(rest) and not ends_in_metric_head(word) else ""


def _unqualified(words: list[str]) -> list[str]:
    """The words of a shared measure without the verbs that only qualify it as a running total or an addition
    (发电设备|累计|平均利用, 电源|新增|生产能力: `measure_qualifier_verbs`), which are no act of a clause (round 27)."""
    qualifiers = cues().words("measure_qualifier_verbs")
    return [w for w in words if w not in qualifiers] or words


def _sibling_owner(head: str, governing: Governing) -> str:
    """Whose measure a bare sibling of the measure named before is (发病率为192.5/10万，死亡率为… → 全国甲乙类法定
    报告传染病; 结婚登记…；离婚登记… → 全国共办理): the subject before its last word, when the head is a measure of
    that word's length ending alike (…率/…率, …登记/…登记), names no change and no qualifier like the owner's own;
    or ""."""
    rules = cues()
    words = _words(governing.subject)
    last = words[-1] if words else ""
    if (len(words) >= 3 and last in rules.words("rate_sibling_counts") and len(words[-2]) >= 2
            and head == words[-2] + "率"):  # 参保人数…，参保率…: the act's rate over that count (round 31)
        return governing.subject[:-len(words[-2] + last)]
    acts = rules.words("verb_tags") | rules.words("act_tags")
    if (len(words) >= 3 and len(words[-2]) == 2 and len(words[-3]) >= 2 and len(head) == 2 + len(last)
            and (len(last) == 2 or (len(last) == 3 and _opens_with_a_time(head)))
            and head.endswith(last) and words[-2] + last != head
            and ends_in_metric_head(last)
            and tag_of(last) not in rules.words("verb_tags")
            and tag_of(words[-2]) not in acts and tag_of(_words(head)[0]) not in acts
            and not rules.pattern("sibling_extreme_end").search(words[-2])):
        # (round 38: a measure of two two-character words, 国有企业|资产|总额…，负债总额 → 国有企业负债总额: the
        # sibling is of the two words' length, as 资产总额 is one measure; not an extreme, 最高|价格, round 33; the
        # last word a measure's head, not a counted noun: 突发|事件…，其中重大事件 is a kind of what was counted; an
        # owner of one character is a qualifier's piece: 畜|肉类|价格…，其中猪肉价格 is a kind; round 38 mend: the
        # two measures' first words things, not acts, 存款|余额 and 贷款|余额: after an act, 出口|总额, the words
        # before may be its object, not its owner; round 39: a last word of three characters alike when the sibling
        # opens with a time of day or season, 声环境质量|昼间|达标率…，夜间达标率 → …声环境质量夜间达标率; not a
        # thing carried, 全行业旅客|输送量…，货邮输送量 names its own as round 38 has it)
        words, last = [*words[:-2], words[-2] + last], words[-2] + last
    measure = last  # (the word whose tag tells a measure from an act: not the verb a running total opens with)
    if _shares_running_total(head, words):
        words, last = [*words[:-2], words[-2] + last], words[-2] + last
    if (len(head) < rules.setting("sibling_min_chars") or len(head) != len(last) or head == last
            or len(governing.subject) <= len(last) or rules.pattern("change_words").search(head)
            or tag_of(measure) in rules.words("verb_tags")):
        return ""  # (round 23: 受理审查逮捕…，批准逮捕…: the last word an act, the head another act, not a measure)
    alike = head[-2:] == last[-2:] or ((head[-1] == last[-1] or head[0] == last[0]) and ends_in_metric_head(head)
                                       and ends_in_metric_head(last))  # 总收入/总支出: one qualifier, two measures
    qualifier = _words(head)[0]
    if not alike or (qualifier != head and words[-2][-1:] == qualifier[-1:]):
        return ""  # (三级甲等医院…，二级医院: the head's own 二级 stands for the owner's 三级)
    # an extreme the owner ends in ranks its own measure only (最低成交价…，收盘价 → 收盘价: round 33), and the
    # part of a profit the measure before is (归母净利润…，净利率 → 净利率, round 38) narrows that measure only
    owner = rules.pattern("sibling_extreme_end").sub("", governing.subject[:-len(last)])
    return rules.pattern("sibling_profit_part_end").sub("", owner)


def _opens_with_a_time(head: str) -> bool:
    """The head's first word is a time word (夜间, 冬季, 汛期: `time_tags`), the same measure at another time of day
    or of the year (round 39)."""
    return tag_of(_words(head)[0]) in cues().words("time_tags")


def _shares_running_total(head: str, words: list[str]) -> bool:
    """The sibling opens with the running-total or addition verb the measure before it opens with, and the rest of
    each is a measure of one length (累计|成交量…，累计成交额 → 全国碳市场…累计成交额; 新增|贷款…，新增存款): jieba cuts
    the verb off the measure before, so its last word alone is shorter than the sibling and round 13's rule never
    fired (round 39). The verbs are `measure_qualifier_verbs`; the two measures must differ and both be a metric's
    head (累计|成交量…，累计下降 is a change, not a sibling; 累计|完成…，累计完成投资 is of another length)."""
    if len(words) < 3:
        return False
    verb, last = words[-2], words[-1]
    rest = head[len(verb):]
    return (verb in cues().words("measure_qualifier_verbs") and head.startswith(verb) and len(rest) == len(last)
            and rest != last and len(last) >= 2 and ends_in_metric_head(rest) and ends_in_metric_head(last))


def _roll_owner(head: str, subject: str) -> str:
    """The kind of institution whose people a bare roll measure counts (招生, 在校生, 毕业生, 专任教师: `roll_measures`)
    after the count of those institutions (全国共有普通高中…所，招生… → 普通高中) or after another roll measure of
    theirs (普通本科招生…，在校生… → 普通本科), or the subject whole when it is the kind alone, counted with no verb of
    having and ending in no roll measure (其中，注册登记的养老机构4.0万个，床位… → 注册登记的养老机构: round 41): the
    kind, when it ends in an institution's word (`roll_owner_ends`); or "". The scope before the verb of having
    (全国) owns no pupils: 全国招生 named no school level (round 31). A whole's qualifier (各级各类学历教育在校生…；
    专任教师…) is no institution and keeps the bare measure. A comparison's base word the tokenizer glued to the
    measure (卫生人员数|比上年增加 → head 卫生人员数比) is no part of it (round 40)."""
    rules = cues()
    measures = rules.words("roll_measures")
    if _without_base(head) not in measures:  # (生师比 ends in a 比 of its own: a ratio noun, kept)
        return ""
    counted = rules.pattern("roll_owner_count").fullmatch(subject)
    if counted:
        owner = counted["owner"]
    else:
        measure = _longest_end(subject, rules.words("roll_measures"))
        # (round 41: a count of the kind with no verb of having, 其中，注册登记的养老机构4.0万个，床位…, names it whole)
        owner = subject[:-len(measure)] if measure else subject
    return owner if owner.endswith(tuple(rules.words("roll_owner_ends"))) else ""


def _qualified_sibling_owner(head: str, subject: str) -> str:
    """Whose measure a bare sibling of several words is when it opens with the qualifier the measure before opens with
    and differs only by its own words (保险业|原保险保费收入…；原保险赔付支出… → 保险业; 全国铁路|旅客发送量…；旅客
    周转量… → 全国铁路): the subject's words before that measure, when both end in a metric's head and are as long,
    the measure starts at a word of the subject, the head's own words after the qualifier are more than two
    characters (营业|成本 names its own: rounds 13, 22) and the words before name an owner (an area's scope, an
    entity, a trade or body: `sibling_owner_ends`), no period (年度), qualifier (电子) or act; or "". This is round
    19's 总收入 → 总支出 (one qualifier, two measures) for a qualifier that is a word of its own, also after ；
    (round 29)."""
    rules = cues()
    size = len(head)
    measure, owner = subject[-size:], subject[:-size]
    if len(subject) <= size or measure[:2] != head[:2] or not ends_in_metric_head(head):
        return ""  # (the cheap tests first: the tagger is read only for a head sharing the measure's opening)
    qualifier = ""
    for word in _words(head)[:-1]:  # (原|保险|赔付|支出: the qualifier 原保险 is two words)
        if not measure.startswith(qualifier + word):
            break
        qualifier += word
    if (len(qualifier) < 2 or measure == head or rules.pattern("change_words").search(head)
            or not ends_in_metric_head(measure)):
        return ""  # (the loop keeps the qualifier an opening of the measure; the head's own tests are above)
    starts = set(itertools.accumulate(len(w) for w in _words(subject)))
    words = [w for w in pos_tagger().lcut(owner) if w.word.strip()]
    if (len(owner) not in starts or len(head) - len(qualifier) < rules.setting("sibling_min_chars")
            or any(w.flag in rules.words("verb_tags") for w in words)
            or all(w.flag in rules.words("sibling_owner_period_tags") or w.word in rules.words("sibling_owner_periods")
                   for w in words)):
        return ""  # (年度旅客发送量…；旅客周转量…: a period is no owner; 公司营业收入…，营业成本…: a two-character
        # measure after the qualifier names its own, as in rounds 13 and 22)
    if not (words[0].word in rules.words("area_scope_words") or owner.endswith(tuple(rules.words("sibling_owner_ends")))
            or any(w.flag in rules.words("entity_tags") for w in words)):
        return ""  # (电子|健康档案建档率…；健康档案使用率…: 电子 qualifies the measure, no owner holds it)
    return owner


def _scoped_sibling_owner(head: str, subject: str) -> str:
    """The tier of cities a bare sibling of the measure before shares when that measure opens with one
    (一线城市, 31个二线城市: `scoped_sibling_owner`) and the sibling ends in the same run of that measure,
    at least `scoped_sibling_shared_chars` long and a metric's head, under a qualifier of its own
    (二线城市新建商品住宅销售价格…；二手住宅销售价格… → 二线城市); or "" (round 36). The lead must be a class of
    dwelling (`scoped_sibling_leads`, mend): a head with a tier, place, scope or group of its own (三线城市…, 北京…,
    全国…, 70个大中城市…, 农村居民…) keeps it, as does a measure ending otherwise. An area's scope
    (全国, 全省) is no tier: its siblings keep their words (rounds 13, 29: 全国基础研究经费…；应用研究经费…)."""
    rules = cues()
    scope = rules.pattern("scoped_sibling_owner").match(subject)
    if scope is None or rules.pattern("scoped_sibling_owner").match(head):
        return ""
    measure = subject[scope.end():]
    shared = next((n for n in range(min(len(head), len(measure))) if head[-1 - n] != measure[-1 - n]),
                  min(len(head), len(measure)))  # the characters both end in
    lead = head[:len(head) - shared]
    if (shared < rules.setting("scoped_sibling_shared_chars") or not lead or shared == len(measure)
            or not ends_in_metric_head(head) or rules.pattern("change_words").search(head)
            or lead not in rules.words("scoped_sibling_leads")):
        return ""  # (…，北京新建商品住宅销售价格…, …；全国二手…, …；农村居民…: only a class of dwelling leads a sibling
        # (`scoped_sibling_leads`); a place, scope or group names its own; the measure itself is no sibling)
    return scope[0]


@cleared_with_resources
@lru_cache(maxsize=256)
def _account_sibling(head: str, subject: str, local: bool = True, set_aside: str = "") -> str:
    """The flow or stock of an account named bare after another one of the same owner (基本养老保险基金收入…，支出…，
    年末累计结存… → 基本养老保险基金累计结存; 一般公共预算收入…，支出…; 外贸进口…，出口…): the subject before its own
    flow or stock, when it ends in an owner that holds an account, and the head names only a flow or stock, opened at
    most by words that the owner ends in (…基金收入合计…，基金支出合计 → …基金支出合计); or "" (round 22).
    Not ``local`` (a sentence of its own after the one naming the owner), only a head opened by those words names
    the same account (…基金收入合计24043亿元。基金支出合计18055亿元); a bare 支出 there may be anyone's. (Round 40)
    A head that names the subject's own flow after only the owner's last words is that flow of the wider whole when
    the owner was set aside before it (``set_aside`` holds more of the owner's last words than the head:
    我国旅行服务进出口…。剔除旅行服务，服务进出口增长…): it keeps its own words. Without such a cue it is the same
    account shortened (mend: 城镇职工基本养老保险基金收入…，基金收入增长… → 城镇职工基本养老保险基金收入增长).
    Kept per head and subject (round 34: each value of a one-line list searched the same list-long subject again)."""
    rules = cues()
    measure = rules.pattern("account_measure")
    own, before = measure.search(head), measure.search(subject)
    if own is None or before is None or rules.pattern("account_balance_end").search(subject):
        return ""  # (round 39: a balance closes the account's list: 贸易逆差…。服务进出口… is no flow of it)
    owner, lead = subject[:before.start()], head[:own.start()]
    if (len(owner) < 2 or not rules.pattern("account_owner_end").search(owner)
            or (lead and not owner.endswith(lead)) or (not local and not lead)
            or (lead and lead != owner and own.group() == before.group()
                and any(owner[k:] in set_aside for k in range(len(owner) - len(lead))))):
        return ""  # (round 40: 旅行服务进出口…。剔除旅行服务，服务进出口增长…: the whole's flow without the owner)
    tail = head[own.start():]  # (round 39: 货物贸易进出口…；贸易顺差… → 货物贸易顺差, 贸易 not doubled)
    overlap = next((n for n in range(len(tail) - 1, 1, -1) if owner.endswith(tail[:n])), 0)
    return owner + tail[overlap:]


def _mean_owner(head: str, subject: str) -> str:
    """The words a period's mean of a measure takes from the subject before that names the measure itself
    (规上工业原煤产量…；日均产量… → 规上工业原煤; 两市成交额…，日均成交额… → 两市): the head is a mean word and a
    measure (`period_mean_head`) the subject ends in, after words of its own; or "". NBS energy bulletins
    write 日均产量 after each product's output, so a bare 日均产量 would not say whose (round 29). A base the mean is
    compared with (日均销售额比去年同期增长…) is read past, as a level's mean is (round 37)."""
    rules = cues()
    found = rules.pattern("period_mean_head").fullmatch(_without_base(head))  # (日均销售额比去年同期: round 37)
    if found is None:
        return ""
    measure = found["measure"]
    # (round 37: 规上工业发电量…，日均发电 → 规上工业日均发电; round 38: 累计成交额…，日均成交 → 日均成交)
    volume = next((measure + w for w in rules.words("act_volume_words")
                   if subject.endswith(measure + w) and len(subject) > len(measure + w)), "")
    if subject.endswith(measure):
        owner, measured = subject[:-len(measure)], ends_in_metric_head(measure)  # (原煤产量…，日均销量: another one)
    elif volume:
        owner, measured = subject[:-len(volume)], True  # (the act's mean is its volume's)
    else:
        return _act_object(measure, subject)  # (生产原煤…，日均产量…)
    owner = _without_running_total_end(owner)
    return owner if measured and not rules.pattern("period_mean_end").search(owner) else ""  # (日均成交额…，月均…)


def _without_running_total_end(owner: str) -> str:
    """The owner without a running-total verb it ends in (沪深两市A股|累计 of 累计成交额): a period's mean is no running
    total, so 累计 qualifies the total's measure only (round 38: …累计成交额…，日均成交… → 沪深两市A股日均成交)."""
    return _running_total_stripped(owner, at_end=True)


def _running_total_stripped(text: str, at_end: bool) -> str:
    """``text`` without the `running_total_verbs` word it opens with (a head, 累计|销量) or, ``at_end``, ends with (an
    owner, 沪深两市A股|累计): the one list read at either edge (round 38 mend)."""
    edge = text.endswith if at_end else text.startswith
    verb = next((v for v in cues().words("running_total_verbs") if edge(v)), "")
    return text[:len(text) - len(verb)] if at_end else text[len(verb):]


def _act_object(measure: str, subject: str) -> str:
    """What an act before the mean's measure yields (生产原煤…，日均产量… → 原煤; 加工原油…，日均加工量… → 原油):
    the subject holds one of the acts `mean_measure_acts` gives for the measure, with the item after it; or "".
    NBS energy bulletins wrote 生产原煤X亿吨 with a bare 日均产量 after it, which says nothing of whose (round 37)."""
    for act in cues().mapping("mean_measure_acts").get(measure, frozenset()):
        at = subject.find(act)
        item = subject[at + len(act):] if at >= 0 else ""
        if item and not ends_in_metric_head(item) and not cues().pattern("period_mean_end").search(subject[:at]):
            return subject[:at] + item
    return ""


def _item_of(head: str, subject: str) -> str:
    """The item a measure of an act is given for, from the subject named before it in the sentence
    (进口铁矿砂6.03亿吨，…，进口均价每吨822.6元 → 铁矿砂; 电动汽车出口额…，出口数量… → 电动汽车;
    …；原油2.77亿吨，…，进口均价… → 原油): the head opens with the act (进口, 出口) and names a measure, and the
    subject holds the same act with the item beside it, or is the item alone; or "".
    Each item of a commodity list then keeps its own measures apart."""
    rules = cues()
    if len(head) < 2 or not ends_in_metric_head(head):
        return ""  # (the cheap test first: most heads end in no metric word; the tagger is read only for the rest)
    words = pos_tagger().lcut(head)
    verbal = rules.words("verb_tags") | rules.words("act_tags")
    if len(words) < 2 or words[0].flag not in verbal or not _nominal([w.word for w in words[1:]]):
        return ""
    act = words[0].word
    at = subject.find(act)
    item = subject[at + len(act):] if at == 0 else subject[:at] if at > 0 else subject
    parts = pos_tagger().lcut(item) if item else []
    things = rules.words("noun_tags") - rules.words("act_tags")
    if (not parts or len(item) > rules.setting("member_max_chars") or item in head or ends_in_metric_head(item)
            or rules.pattern("metric_head").search(item) or not all(w.flag in things for w in parts)):
        return ""
    return item


def _worth_owner(head: str, governing: Governing, context: Context) -> str:
    """The owner of a bare worth or size. (Round 40) The subject whose quantity a bare worth
    (`quantity_worth_heads`: 价值, 货值, 金额) right after it prices (进口铁矿砂及其精矿3.1亿吨，价值343.9亿美元 →
    进口铁矿砂及其精矿价值): the value before in the sentence is in another unit, not a relative one (a share or a
    change names no quantity to price); or "". A worth named whole (出口总值, 进口金额) keeps its own words.
    (Round 41) So does a bare size (`counted_size_heads`: 总库容, 装机容量, 总投资) right after a count of things
    (大型水库805座，总库容… → 大型水库总库容)."""
    rules = cues()
    sized = head in rules.words("counted_size_heads") and governing.unit in rules.words("counting_measures")
    if (not (sized or head in rules.words("quantity_worth_heads")) or not governing.subject or not governing.unit
            or governing.unit == context.unit or governing.unit in rules.words("relative_units")
            or context.unit in rules.words("relative_units") or governing.subject.endswith(head)):
        return ""  # (round 41 mend: a subject already ending in the head, …总投资 in a count's unit, is not doubled)
    return governing.subject


def _worth_core_apart(governing: Governing, unit: str) -> bool:
    """(round 41 mend) The governing value's core is a bare worth or size (`quantity_worth_heads`,
    `counted_size_heads`: 总投资, 货值) and the value after it is in another unit, a count where the core measured money
    or an area (…项目50个，总投资300亿元，其中外资项目12个; 出口汽车…，货值…，其中电动汽车20万辆): the member counts its
    own things and shares no core; 其中外资项目80亿元 in the worth's own unit still does (外资项目总投资)."""
    rules = cues()
    return (bool(governing.core) and bool(unit) and unit != governing.unit
            and governing.core in rules.words("quantity_worth_heads") | rules.words("counted_size_heads"))


def _act_owner(head: str, subject: str) -> str:
    """Who does the act a measure opens with, from the subject before that ends in that act (城镇居民|出游24.52亿人次，
    出游花费2.60万亿元 → 城镇居民; 国内|出游…，出游总花费… → 国内): the head opens with the subject's last word, an act,
    and names a measure of it; the words before the act end in a noun or a place (`act_owner_tags`). A head of its own
    (旅游收入) or a subject ending in a qualifier before its act (城镇|新增|就业) is unchanged; or "" (round 33)."""
    rules = cues()
    if len(head) < 3 or len(subject) < 3 or head[:2] != subject[-2:]:
        return ""  # (the cheap tests first: the tagger is read only for a head opening as the subject ends)
    words = [w for w in pos_tagger().lcut(subject) if w.word.strip()]
    if len(words) < 2:
        return ""
    act, owner = words[-1], words[-2]
    if (act.flag not in rules.words("verb_tags") | rules.words("act_tags") or len(act.word) < 2
            or not head.startswith(act.word) or owner.flag not in rules.words("act_owner_tags")
            or not _nominal(_words(head[len(act.word):]))):
        return ""  # (出游|花费, 出游|总花费: nouns naming a measure of the act; 出游|增长: a change of the subject)
    return subject[:-len(act.word)]


def _sector_measure(head: str, subject: str, context: Context) -> str:
    """(Round 39) The measure a sector of the three (第一产业) shares with the whole a breakdown by sector opened
    (固定资产投资增长…。分产业看，第一产业增长… → 固定资产投资, the longest it ends in; 地区生产总值…，分产业看，
    第一产业增长… → 增加值, a sector's part of the output): the whole's measure of `sector_shared_measures` its
    subject ends in, or 增加值 for an output's total; or "". Only after an opener that names 产业
    (`sector_breakdown_opener`), for a bare sector."""
    rules = cues()
    if not rules.pattern("sector_member").fullmatch(head) or not rules.pattern("sector_breakdown_opener").search(
            _SPACE.sub("", context.before)):
        return ""
    if rules.pattern("sector_output_whole").search(subject):
        return rules.setting("sector_output_measure")
    return _longest_end(subject, rules.words("sector_shared_measures"))


def _output_owner(head: str, subject: str) -> str:
    """(Round 39) The thing a bare output or extent measure (`thing_output_measures`: 产量, 播种面积, 出栏) of the
    clause after another such measure is of (小麦|播种面积…，产量… → 小麦; 生猪|存栏…，出栏… → 生猪): the subject
    before without its own measure of that list; or "". A subject naming no such measure (营业收入…，产量…) gives
    none, nor does a head the subject already ends in. Round 39 mend: words the owner ends in that open the head are
    said once (商品房销售|面积…，销售额 → 商品房销售额, as `_account_sibling` does), and a one-character animal owns a
    stock or sale of livestock (牛|存栏…，出栏 → 牛出栏: `livestock_measure`)."""
    rules = cues()
    measures = rules.words("thing_output_measures")
    if head not in measures or subject.endswith(head):
        return ""
    owner = subject[:-len(m)] if (m := _longest_end(subject, measures)) else ""
    overlap = next((n for n in range(len(head) - 1, 1, -1) if owner.endswith(head[:n])), 0)
    owner = owner[:len(owner) - overlap]
    words = _words(owner)
    if not words or _word_class(words[-1]) != "n" or (
            len(words[-1]) < 2 and not rules.pattern("livestock_measure").fullmatch(words[-1] + head)):
        return ""
    return owner


def _granted_sibling(head: str, subject: str) -> str:
    """The act of granting or registering that the measure before opens with, for a bare sibling of the same kind of
    thing (授权实用新型专利…，外观设计专利… → 授权; 受理发明专利申请…，PCT国际专利申请… → 受理; 核准新设立证券公司…，
    期货公司… → 核准新设立: `granting_act_open`, the whole act); or "" (round 37). The sibling's head ends in the same
    two characters as the act's object, names no act of granting or change of its own, no stock held (有效, 存量:
    `held_stock_words`) and is not that object. What is granted is counted by the act (授权 ≠ 申请), so the sibling
    keeps it."""
    rules = cues()
    opened = rules.pattern("granting_act_open").match(subject)
    act = opened[0] if opened else ""
    thing = subject[len(act):]
    if (not act or len(thing) < 2 or head == thing or head.startswith(opened["verb"])
            or rules.pattern("change_words").search(head)):
        return ""
    if any(word in head for word in rules.words("held_stock_words")):
        return ""  # (有效发明专利, 存量企业: a stock held, not what the act granted)
    own = _words(head)
    if len(own) < 2 or head[-2:] != thing[-2:] or not _nominal(own):
        return ""  # (专利 alone names no kind; 个体工商户 after 新登记企业 counts another thing: unchanged)
    return act


def _shortened(head: str, subject: str) -> bool:
    """The head repeats the last words of the subject named before it in the sentence (经济增长预期上调…，
    将2025年增长预期上调…: 增长预期), cut at a word's boundary: the same measure of the same owner, named short."""
    words = pos_tagger().lcut(head) if len(head) >= 2 else []
    if len(words) < 2 or len(head) >= len(subject) or not subject.endswith(head):
        return False  # (降息, one word: an act of its own, …，高盛则预计降息125bp)
    if words[-1].flag not in cues().words("noun_tags"):
        return False
    cut = len(subject) - len(head)
    if any(subject[:cut].endswith(joiner) for joiner in cues().words("noun_joiners")):
        return False  # (零售和餐饮企业销售额…，其中餐饮企业销售额…: the last member, its own measure; round 31)
    return cut in itertools.accumulate(len(w) for w in _words(subject))  # (a word of the subject starts at the cut)


def _names_sector(phrase: str) -> bool:
    """The phrase names an industry (制造业; 电力、热力、燃气及水生产和供应业; 交通运输、仓储和邮政业): its last word
    is a noun that ends in a `sector_name_ends` character, and no adverb or preposition stands in it; the verbs and
    joiners inside an industry's name (生产, 冶炼, 和, 及) are part of the name (round 24). Not 企业 nor 就业
    (`non_sector_words`)."""
    rules = cues()
    if not phrase or phrase[-1] not in rules.words("sector_name_ends"):
        return False
    words = [w for w in pos_tagger().lcut(phrase) if w.word.strip()]
    joiners, clause = rules.words("noun_joiners"), rules.words("clause_word_tags")
    last = words[-1] if words else None
    return (last is not None and last.flag in rules.words("noun_tags")
            and last.word not in rules.words("non_sector_words")
            and not any(w.flag in clause and w.word not in joiners for w in words))


def _nominal(words: list[str]) -> bool:
    """The words form a noun phrase: no verb, adverb, preposition or conjunction (not 共拥有专利, 关键是TFP)."""
    tags = pos_tagger().word_tag_tab
    clause_tags = cues().words("verb_tags") | cues().words("clause_word_tags")
    return bool(words) and not any(tags.get(w, "") in clause_tags for w in words)


def _verbs_qualify(words: list[str]) -> bool:
    """Each verb of the words only qualifies the noun right after it (就业|人员, 在岗|职工: a group, no act), and no
    adverb, preposition or conjunction stands among them: a noun phrase jieba splits into a verb and a noun, not a
    clause (实现|营业收入: the verb's object is a measure; 新增|就业: two verbs)."""
    rules = cues()
    tags = pos_tagger().word_tag_tab
    verbs, clause = rules.words("verb_tags"), rules.words("clause_word_tags")
    for at, word in enumerate(words):
        tag = tags.get(word, "")
        if tag in clause:
            return False
        if tag in verbs:
            after = words[at + 1] if at + 1 < len(words) else ""
            if (not after or tags.get(after, "") not in rules.words("noun_tags") or _measure_word(after)
                    or rules.pattern("metric_head").search(after)):
                return False
    return True


def _names_measure(words: list[str]) -> bool:
    """The noun phrase names a measure (孕产妇死亡率, PM2.5平均浓度, GDP), not a thing (制造业). A one-character head
    split off by the segmenter (不良贷款|率: jieba tags 率 a verb) is the phrase's suffix, no verb; so is an end
    the tagger reads as verbs though it names the measure (保费|收入, 赔付|支出, 可|支配|收入: `verbal_measure_end`,
    round 25)."""
    phrase = "".join(words)
    end = cues().pattern("verbal_measure_end").search(phrase)
    cut = [len("".join(words[:k])) for k in range(len(words))]
    if end is not None and end.start() in cut:  # (at a word's boundary: 总收入 is one word, no 总|收入)
        words = [*words[:cut.index(end.start())], end.group()]
    suffix = len(words) > 1 and len(words[-1]) == 1 and ends_in_metric_head(words[-1])
    return _nominal(words[:-1] if suffix else words) and (
        ends_in_metric_head(phrase) or bool(cues().pattern("metric_lead").search(phrase))
        or bool(_ACRONYM.fullmatch(words[-1])))


def _entity_prefix(phrase: str, words: list[Word]) -> str:
    """The entities a phrase opens with (上海和北京的 in 上海和北京的轨道交通里程), by POS: places,
    organisations and names, with the words that join them."""
    rules = cues()
    entity, joiners = rules.words("entity_tags"), rules.words("noun_joiners") | {rules.setting("relative_marker")}
    rest, started = phrase, False
    for word in words:
        text = word.text.strip()
        if not text or (not started and not rest.startswith(text)):
            continue  # a word the cleaning dropped (其中, 我国)
        started = True
        if not rest.startswith(text) or not (word.tag in entity or text in joiners):
            break
        rest = rest[len(text):]
    while rest != phrase and phrase[len(phrase) - len(rest) - 1] in rules.words("noun_joiners"):
        rest = phrase[len(phrase) - len(rest) - 1:]  # 上海和: a joiner does not end the prefix
    return phrase[:len(phrase) - len(rest)]


def _bare_item(governing: Governing) -> bool:
    """The subject before is a bare thing that names no measure (其中，手机8012.1亿元；集成电路9311.7亿元): an item of
    a breakdown whose measure the sentence before named, so the entity after it is the next item, no member of it
    (round 32: 集成电路, not 集成电路手机), for a level; a move (苹果上涨…，微软上涨…) keeps round 23's reading. 广州
    after 上海的里程 still shares 里程. (Round 39) An item counted in a measure word (家, 所, 个) whose last word
    names a thing is bare too, whatever qualifier the tagger reads as a measure before it (一级|综合/vn|医疗机构1家、
    中医院1家: 中医院, not 中医院一级综合医疗机构); an item whose words name a measure (…床位数) is no bare item."""
    if governing.core != governing.subject:
        return False
    if not _names_any_measure(governing.subject):
        return True
    words = _words(governing.subject)  # (segmented once per subject: each value of a long list asks again)
    return (governing.unit in cues().words("counting_measures") and len(words) > 1
            and not _names_measure(words) and not _measure_word(words[-1])
            and not any(_word_class(w) == "v" for w in words))  # (全市共接待游客: an act's count, no item)


def _names_an_entity(phrase: str, words: list[Word]) -> bool:
    """The phrase only names entities (广州, 南京和杭州, 乡镇卫生院: its last word is a place, an
    organisation or a name) and no measure: with a value, it is one of the entities a metric named
    before it is given for (上海的里程超过700公里，广州超过了500公里)."""
    rules = cues()
    if not phrase or rules.pattern("metric_head").search(phrase) or _ends_in_market_name(phrase):
        return False  # (round 22: an index's short name, 深成指, is the measure itself)
    if phrase in org_resources().aliases:
        return True  # (round 23: a company the lexicon knows, whatever jieba tags it: 微软/a)
    entity, joiners = rules.words("entity_tags"), rules.words("noun_joiners")
    inside = [w for w in words if w.text.strip() and w.text.strip() in phrase]
    if not inside or not phrase.endswith(inside[-1].text.strip()) or inside[-1].tag not in entity:
        return False
    if len(inside) > 1 and inside[0].tag in rules.words("verb_tags"):
        return False  # (round 30) 提供法律咨询 (jieba: 法律咨询/nt): a verb before the name makes it an act's object
    return "".join(w.text.strip() for w in inside) == phrase and all(
        w.tag in entity or w.text.strip() in joiners for w in inside[1:])


@cleared_with_resources
@lru_cache(maxsize=1)
def _partner_scopes() -> frozenset[str]:
    """The wholes and traders a partner's subject may open with (全省对…, round 28; 中国对…, which the metric keeps,
    round 36): `share_wholes` and `our_traders`, joined once (mend: not per call)."""
    return frozenset(cues().words("share_wholes") | cues().words("our_traders"))


def _partner_measure(head: str, subject: str) -> str:
    """The measure a partner named after another one shares (对东盟进出口64140亿元…；对欧盟55060亿元 → 进出口): the
    head is a partner preposition and entities only, and the subject before opens with the same preposition and
    entities, the rest after them its measure; or "". The new partner takes the old one's place (对欧盟进出口), not a
    place before the whole subject (round 24: not 对欧盟对东盟进出口)."""
    rules = cues()
    tag = pos_tagger().lcut
    own = [w for w in tag(head) if w.word.strip()]
    scope = next((w for w in _partner_scopes() if subject.startswith(w + own[0].word)), "") if own else ""
    subject = subject[len(scope):]  # (round 28) 全省对…出口: the whole the partners are of, before the preposition
    if len(own) < 2 or own[0].word not in rules.words("partner_scope_prepositions") or not subject.startswith(
            own[0].word):
        return ""
    entity, joiners = rules.words("entity_tags"), rules.words("noun_joiners")
    if not all(w.flag in entity or w.word in joiners for w in own[1:]) or own[-1].flag not in entity:
        return ""
    rest = subject[len(own[0].word):]
    named = 0
    for word in tag(rest):
        if word.flag not in entity and word.word not in joiners:
            break
        named += len(word.word)
    measure = rest[named:]
    if named and measure and _nominal(_words(measure)):
        return measure
    named = _partner_group_end(rest)  # (round 28) 对共建“一带一路”国家进出口合计增长4.2%；对东盟增长9.1%
    measure = rest[named:]
    return measure if named and measure and _nominal(_words(measure)) else ""


def _partner_group_end(rest: str) -> int:
    """(round 28) Where a partner group described by more than entities ends in the subject after its preposition
    (共建“一带一路”国家|进出口合计, 金砖国家|出口): after its last group noun (`partner_count_nouns`: 国家, 成员国,
    经济体), the measure after it; 0 when it names none. A verb in the description (共建) stops the entity scan of
    ``_partner_measure``, so the next partner took the place before the whole subject (对东盟对共建…进出口合计增长)."""
    groups = cues().words("partner_count_nouns")
    end = at = 0
    for word in _words(rest):
        at += len(word)
        if word in groups:
            end = at
    return end


def _opens_with_same_act(head: str, subject: str) -> bool:
    """The head opens with the act the subject before opens with (进口原油…；进口集成电路… → 进口集成电路): a sibling
    naming its own item and measure, which shares nothing more with the subject (round 24: not 进口集成电路进口原油)."""
    rules = cues()
    own = [w for w in pos_tagger().lcut(head) if w.word.strip()]
    acts = rules.words("verb_tags") | rules.words("act_tags")
    return (len(own) >= 2 and own[0].flag in acts and subject.startswith(own[0].word)
            and not subject.startswith(head))


def _names_any_measure(phrase: str) -> bool:
    """Some word of the phrase names a measure (营收, 出口, 指数, GDP), or the whole does: not only an entity or a
    thing (标普500, 苹果), whose sibling shares nothing with it (round 23). A pollutant named by its test
    (`substance_names`: 全市化学需氧量) is a thing like 氨氮 (round 29)."""
    substance = next((w for w in cues().words("substance_names") if phrase.endswith(w)), "")
    if substance:
        return bool(phrase[:-len(substance)]) and _names_any_measure(phrase[:-len(substance)])
    words = _words(phrase)
    return _names_measure(words) or any(_measure_word(w) or _ACRONYM.fullmatch(w) for w in words)


def _names_a_place(head: str) -> bool:
    """The sibling is a place (北京, 广东): a region's figure after a measure the word lists do not know
    (全市客流增长…，北京增长…) shares it, as in a statistical breakdown; only an index's or a company's move is its
    own (round 23)."""
    return _ends_in_place(_words(head))


def _names_a_stratum(member: str) -> bool:
    """(round 37) The member is a bare stratum or mode a whole breaks down into (城镇, 农村: `level_members`;
    铁路, 民航, 水路: `mode_members`): like a place, it names no measure of its own, so a 分别 list of such
    members after 其中 shares the measure of the figure before (…营业性客运量…。其中，铁路、民航分别完成x和y)."""
    rules = cues()
    return member in rules.words("level_members") or member in rules.words("mode_members")


def _stratum_core(governing: Governing) -> str:
    """(round 37 mend) The measure a list of strata or modes shares: the whole's core, or, when the whole's subject
    opens with a mode of its own and a carriage noun (`mode_members`, `mode_carriage_nouns`: 民航运输完成旅客运输量…。
    其中，国内航线、国际航线分别完成…), the measure after them: each member stands where the whole's mode stood
    (国内航线旅客运输量), as a place stands where the area's scope stood (`_without_area_scope`)."""
    rules = cues()
    subject = governing.subject
    mode = max((w for w in rules.words("mode_members") if subject.startswith(w)), key=len, default="")
    rest = subject[len(mode):]
    noun = max((w for w in rules.words("mode_carriage_nouns") if rest.startswith(w)), key=len, default="")
    rest = rest[len(noun):]
    return rest if mode and _names_any_measure(rest) else governing.core


def _ends_in_place(words: list[str]) -> bool:
    """The last of a head's words is tagged a place."""
    return bool(words) and tag_of(words[-1]) in cues().words("place_pos_tags")


def _names_a_region(head: str) -> bool:
    """The head names a place (北京, 东北地区) or a region by its direction or place and a region noun (东部地区,
    长三角地区: `region_nouns` after places or locality words, round 19's `list_locality_tags`); not a stratum the
    whole area holds (城市, 农村: `level_members`), whose figure keeps the area's scope (农村全国孕产妇死亡率)."""
    rules = cues()
    if head in rules.words("level_members"):
        return False
    words = _words(head)
    if _ends_in_place(words):  # a place (_names_a_place, on the words segmented once)
        return True
    places = rules.words("place_pos_tags") | rules.words("list_locality_tags")
    return len(words) > 1 and words[-1] in rules.words("region_nouns") and all(
        tag_of(w) in places and len(w) >= rules.setting("list_locality_min_chars") for w in words[:-1])


def _region_measure(member: str, head: str, core: list[str]) -> bool:
    """A region after a region (东部地区居民人均可支配收入增长…，中部地区增长…) shares the words after the one before
    when they end in a measure word (收入, 投资), however many qualifiers stand before it, verbs among them
    (可支配, 预算): a breakdown by region names no clause of its own (round 24)."""
    return bool(core) and _measure_word(core[-1]) and _names_a_region(member) and _names_a_region(head)


def _place_measure(subject: str) -> str:
    """(round 42) The measure a subject opening with a place or the area's scope names after it (肥西县地区生产总值 →
    地区生产总值; 全市规模以上工业增加值 → 规模以上工业增加值), which a 分别 list of places after it shares when the
    value before passed the subject on with no core (…1053.2亿元，增长7.5%；蜀山区、包河区分别增长…); "" when the
    subject opens with neither or names no measure after it."""
    scoped = _without_area_scope(subject)
    if scoped != subject:
        return scoped
    words = _words(subject)
    for k in range(len(words) - 1, 0, -1):
        head, rest = "".join(words[:k]), "".join(words[k:])
        if _names_a_region(head):
            return rest if _names_any_measure(rest) else ""
    return ""


def _without_area_scope(core: str) -> str:
    """The measure without the area scope word opening it (全国固定资产投资 → 固定资产投资), for a place that breaks
    down the area's figure: the place stands where the scope stood (分地区看，东部地区增长… → 东部地区固定资产投资增长;
    round 24). A measure naming nothing after the scope keeps it."""
    scope = next((w for w in cues().words("area_scope_words") if core.startswith(w)), "")
    rest = core[len(scope):]
    return rest if scope and _names_any_measure(rest) else core


def _kind_member_core(entity: str, core: str, unit: str) -> str:
    """The whole's measure a kind of school or facility shares (其中，普通本科学校131.58万人 of 全国共有高等教育专任教师
    → 高等教育专任教师): the kind stands where the scope and the verb of having stood, as a place stands for the area's
    scope (round 24). Any other member keeps the core as it was (round 37).
    (Round 37 mend) The kind stands where the whole's own kind stood as well: what the core names up to and including
    an institution's word (`roll_owner_ends`, ending a word of it: 医疗卫生机构总诊疗人次 → 医院总诊疗人次, not in
    在校大学生) and an area scope opening it (全国卫生技术人员 → 医院卫生技术人员; 全省在校学生), whether or not
    the rest names a measure; a core that is nothing else keeps its words."""
    rules = cues()
    ends = tuple(rules.words("roll_owner_ends"))
    if not (_kind_of_roll(entity) and _level_member(entity, unit)):  # (a kind, counted in people)
        return core
    counted = rules.pattern("roll_owner_count").fullmatch(core)
    core = counted["owner"] if counted else core
    at, cut = 0, 0
    for word in _words(core):
        at += len(word)
        cut = at if core[:at].endswith(ends) and at < len(core) else cut
    core = core[cut:]
    scope = next((w for w in rules.words("area_scope_words") if core.startswith(w) and len(core) > len(w)), "")
    return core[len(scope):]


def _subset_clause(bare: str, context: Context) -> bool:
    """The clause opens a subset of the figure before (其中城镇…; …，其中，城镇…): a breakdown, no parallel clause."""
    rules = cues()
    return bool(rules.pattern("sentence_subset_opener").match(bare)
                or rules.pattern("subset_lead_end").search(_SPACE.sub("", context.before)))


def _opens_subset(bare: str, context: Context) -> bool:
    """(round 37) A clause of the sentence up to the value opens with 其中 and no ；, 。, ！ or ？ (`subset_breaks`)
    ends it since (其中，铁路、民航分别完成…; …，其中，城镇、农村分别为…): a stratum list breaks down the figure before
    only there; 国际航线和地区航线…分别同比下滑 after another figure of the sentence is a parallel one."""
    rules = cues()
    text = _SPACE.sub("", context.before + bare)
    opened = [m.end() for m in rules.pattern("subset_clause_open").finditer(text)]
    return bool(opened) and not rules.pattern("subset_breaks").search(text, opened[-1])


def _opens_with_base(head: str, words: list[Word]) -> bool:
    """The phrase opens with a comparison marker of its own word (较前一交易日上调: 较), not with a name
    that begins with its character (比亚迪销量, 比利时GDP)."""
    rules = cues()
    if not rules.pattern("comparison_lead").match(head):
        return False
    first = next((w for w in words if w.text.strip() and head.startswith(w.text.strip())), None)
    if first is None:
        return True
    # the marker is a word of its own, or opens one that is no noun (jieba's 较前); 比亚迪, 比利时 are names and
    # 较大事件 an adjective's noun
    return first.text.strip() in rules.words("comparison_words") or first.tag not in (
        rules.words("noun_tags") | rules.words("adjective_tags"))


def _opens_object(words: list[Word], at: int) -> bool:
    """The word at ``at`` may open the thing a value is an amount or count of: a noun, or a place, direction or
    attributive word before one (国内游客, 中外人员), not a word that bounds the value (左右, 以上) or a frame (中)."""
    rules = cues()
    word = words[at]
    if word.tag not in rules.words("object_open_tags") or word.text in rules.words("object_not_open"):
        return False
    nouns = rules.words("noun_tags")
    return word.tag in nouns or (at + 1 < len(words) and words[at + 1].tag in nouns)


def _kind_verb_opens(words: list[Word], at: int) -> bool:
    """(round 33) The word at ``at`` is a verb that names the kind of the noun right after it (22个|治疗类别,
    3.2万名|参保人: `kind_verbs`), so it opens the noun run a count counts; a verbal noun after it (参保登记) is its
    act, no kind."""
    rules = cues()
    return (words[at].text in rules.words("kind_verbs") and at + 1 < len(words)
            and words[at + 1].tag in rules.words("kind_head_tags"))


@cleared_with_resources
@lru_cache(maxsize=16)
def _word_ends(*names: str) -> tuple[str, ...]:
    """The words of the `claims.yaml` lists ``names`` joined, as a tuple for ``str.endswith`` (round 40 tidy: the
    people nouns `_group_state_run`, `counts_people_bare` and `_group_acts` test were joined on every call)."""
    rules = cues()
    return tuple(sorted(frozenset().union(*(rules.words(name) for name in names))))


def _group_state_run(words: list[Word], at: int) -> int:
    """(round 38 mend) How many words from ``at`` are state words naming a group of people (`own_actor_group_openers`:
    脱贫, 就业, 困难) right before a people noun (`people_group_heads`, `bare_counted_people`, `own_actor_group_heads`:
    1.2万|脱贫|群众, 5万名|脱贫|人口), however jieba tags them (0 if they are not): they open the noun run a count
    counts, so the count counts its own group (通过公益性岗位获得稳定收入的脱贫群众), not nothing, which left the clause
    before's noun. Round 39: the state words may run on, each opening the next (7.86万名|灵活|就业|人员 →
    缴存住房公积金的灵活就业人员)."""
    heads = _word_ends("people_group_heads", "bare_counted_people", "own_actor_group_heads")
    openers = cues().words("own_actor_group_openers")
    end = at
    while end + 1 < len(words) and words[end].text in openers:
        if words[end + 1].text.endswith(heads):
            return end + 1 - at
        end += 1
    return 0


def _phrase_words(words: list[Word]) -> list[Word]:
    """The words after a value without spaces, up to a space before a Chinese word: in a headline or a wrap the space
    parts two items (沪指涨0.5%收复3100点 北向资金净买入超50亿元), as a comma would, so neither the object nor the
    counted noun reads across it."""
    kept: list[Word] = []
    for at, word in enumerate(words):
        if word.text.strip():
            kept.append(word)
        elif _between_chinese(words, at):
            break
    return kept


def _between_chinese(words: list[Word], at: int) -> bool:
    """The space word at ``at`` stands between Chinese words (the first one right after the value): not inside a
    number written with spaces (亚非欧1 号). The item after it may open with an acronym (人民币中间价调升23个基点 LPR
    连续三个月“按兵不动”: round 30)."""
    after = at + 1 < len(words) and _ITEM_START.match(words[at + 1].text) is not None
    return after and (at == 0 or _CJK_START.match(words[at - 1].text[-1:]) is not None)


def _counted_noun(words: list[Word], kinds: bool = True) -> tuple[str, str]:
    """The noun a count counts (its noun run right after the measure word, 国内游客 with its qualifier) and what
    follows it. ``kinds``: a kind verb may open the run (not after 人/户: `kind_verb_not_after`)."""
    rules = cues()
    words = _phrase_words(words)
    if words and words[0].text in rules.words("object_not_open"):
        return "", "".join(w.text for w in words)  # 28.5米左右: a bound of the value, no noun it counts
    nouns, joiners = rules.words("noun_tags"), rules.words("noun_joiners")
    # (round 25: 有12个市…, 8个县…: jieba tags a bare 市/县 as no noun, or reads 个市 as one word)
    sets = rules.words("counted_set_nouns")
    classed = _size_class_words(words)
    taken = opened = classed if classed < len(words) and words[classed].tag in nouns else 0
    aspect = rules.words("aspect_tags")
    while taken < len(words):
        word = words[taken]
        if taken + 1 < len(words) and words[taken + 1].tag in aspect:
            break  # (round 30) 9.9亿人领用了电子社保卡: a word before 了 is a verb, whatever jieba tags it (领用/n)
        if taken == opened == 0 and (run := _group_state_run(words, taken)):
            taken += run  # (the state words that open a group: 灵活|就业|人员, round 39)
            continue
        if word.tag in nouns or (taken == opened and _opens_object(words, taken)) or (
                taken == opened == 0 and (word.text in sets or (kinds and _kind_verb_opens(words, taken)))) or (
                taken == opened == 0 and _numeral_tag_opens(words, taken)) or (
                word.text in joiners and taken > opened and taken + 1 < len(words)
                and words[taken + 1].tag in nouns) or (taken > opened and _heads_compound(words, taken)):
            taken += 1
        else:
            break
    if taken == opened:
        taken = 0  # a size class with no noun after it counts nothing
    if taken == 0:
        taken = _described_noun_end(words)  # 1.5万家|登记认定的慈善组织 (round 41)
    noun = "".join(w.text for w in words[:taken])
    rest = "".join(w.text for w in words[taken:])
    return noun, rest


def _described_noun_end(words: list[Word]) -> int:
    """Where the noun a count counts ends when a short clause with 的 describes it right after the measure word
    (1.5万家|登记认定的慈善组织, 300家|通过认定的高新技术企业, 5000户|因灾受损的农户|得到救助): the clause, 的 and the
    noun run after it are the noun (round 41); 0 when the words after the measure word open no such clause (a
    punctuation mark or a number before 的, no noun after it, or more than `described_noun_words` words before it).
    Left (round 41 mend): a clause opening with a word jieba tags neither verb, preposition nor adverb (经认定的…) or
    merged with its verb (符合条件|的|项目) is not read so."""
    rules = cues()
    nouns, particles = rules.words("noun_tags"), rules.words("attributive_particles")
    reach = min(len(words), int(rules.setting("described_noun_words")) + 1)
    at = next((i for i in range(1, reach) if words[i].text in particles), 0)
    opening, stops = tuple(sorted(rules.words("described_clause_open_tags"))), rules.words("described_clause_stop_tags")
    if not at or at + 1 >= len(words) or words[at + 1].tag not in nouns or not words[0].tag.startswith(opening):
        return 0
    if any(w.tag in stops or w.text in particles for w in words[:at]):
        return 0
    end = at + 1
    while end < len(words) and (words[end].tag in nouns or _heads_compound(words, end)):
        end += 1
    return end


def _heads_compound(words: list[Word], at: int) -> bool:
    """The word at ``at``, which jieba tags as a verb, heads the compound noun of the noun before it (社会|组织, 慈善|
    组织: `compound_noun_heads`): it follows a noun and no noun, its object, follows it (党员|组织|群众 is the verb)."""
    rules = cues()
    nouns = rules.words("noun_tags")
    if (words[at].text not in rules.words("compound_noun_heads") or words[at - 1].tag not in nouns
            or (at + 1 < len(words) and words[at + 1].tag in nouns)):
        return False
    # (round 41 mend: before a verb, after a noun naming people or a body that acts, 志愿者|组织|开展, 企业|组织|实施,
    # 行业协会|组织|制定, it is the verb of a serial act; 慈善|组织|参与救灾 still heads the compound)
    return not (at + 1 < len(words) and words[at + 1].tag in rules.words("verb_tags")
                and words[at - 1].text.endswith(tuple(rules.words("compound_verb_actor_ends"))))


def counts_people_bare(words: list[Word]) -> bool:
    """A count with no measure word whose noun right after it is a group of people Chinese counts without one
    (近1亿|农村贫困人口|实现脱贫, 2.3万|困难群众): the noun is what it counts, as after 名 (round 38). Only such a
    head: a bare number before another noun (2023|年度, 3|季度) counts nothing. (Round 41 mend: the people nouns of
    `bare_counted_people` take 患者, 消费者, 志愿者…: 2.4万|重症患者; a group of `own_actor_group_heads`,
    3万企业职工, not.)"""
    noun, _ = _counted_noun(words, kinds=False)
    return bool(noun) and noun.endswith(_word_ends("people_group_heads", "bare_counted_people"))


def _numeral_tag_opens(words: list[Word], at: int) -> bool:
    """A word jieba tags as a numeral that holds no numeral, before a noun (12个|分项/m|指数/n): the first word of the
    noun a count counts (round 37)."""
    return (words[at].tag == "m" and at + 1 < len(words) and words[at + 1].tag in cues().words("noun_tags")
            and bool(cues().pattern("numeral_tagged_open").fullmatch(words[at].text)))


def count_predicate(words: list[Word]) -> list[Word]:
    """The words after the noun a count counts (接入远程医疗平台 of 1560个|村卫生室接入远程医疗平台), or none when
    the count names no noun or nothing follows it: what a 、-list of counts before it shares (round 31)."""
    noun, rest = _counted_noun(words)
    if not noun or not _EDGE.sub("", _SPACE.sub("", rest)):
        return []
    kept, length = _phrase_words(words), 0
    for at, word in enumerate(kept):
        if length >= len(noun):
            return kept[at:]
        length += len(word.text)
    return []


def names_only_its_noun(words: list[Word]) -> bool:
    """The words after a count are its noun and nothing more (36所|高校、): a member of a 、-list of counts."""
    noun, rest = _counted_noun(words)
    return bool(noun) and not _EDGE.sub("", _SPACE.sub("", rest)).strip("、")


def _set_before_measure(words: list[Word], noun: str, rest: str) -> tuple[str, str]:
    """(round 25) A count's noun run that opens with the set counted (`counted_set_nouns`: 城市, 县, 省份 …) and goes on
    with a measure of each member, before a predicate (有9个城市新建商品住宅价格环比上涨; 202个城市环境空气质量达标):
    the count counts the set noun; the measure joins what is said of them (新建商品住宅价格环比上涨的城市). The noun
    and the rest unchanged when the run names no such set and measure, or nothing follows it."""
    rules = cues()
    if not noun or not rest:
        return noun, rest
    run: list[str] = []
    for word in _phrase_words(words):
        if len("".join(run)) >= len(noun):
            break
        run.append(word.text)
    if "".join(run) != noun:
        return noun, rest
    bases, sets = rules.words("set_bases"), rules.words("counted_set_nouns")
    measures = rules.words("counted_set_measures")
    for k in range(1, len(run)):
        if run[k - 1] not in sets:
            continue
        tail = run[k:]
        while tail and tail[-1] in bases:
            tail = tail[:-1]  # 价格环比: the measure before its base
        measured = "".join(tail)
        if tail and (ends_in_metric_head(measured) or any(measured.endswith(m) for m in measures)):
            return "".join(run[:k]), "".join(run[k:]) + rest
    if len(run) > 1 and run[0] in sets:
        # (round 25: 有11个区城镇居民人均可支配收入增速…: jieba tags part of the measure a verb (可|支配|收入), so
        # the noun run stops inside it; the words after it still end the measure within `set_measure_words`)
        after = [w.text for w in _phrase_words(words)[len(run):]][:rules.setting("set_measure_words")]
        for end in range(1, len(after) + 1):
            if ends_in_metric_head("".join(run[1:] + after[:end])):
                return run[0], "".join(run[1:]) + rest
    return noun, rest


def _size_class_words(words: list[Word]) -> int:
    """How many words at the start of a count's words name a size class (10|万吨级, 千亿|级, 300|兆瓦|级): the
    fewest that together are one (`counted_size_class`, round 23), or 0."""
    rules = cues()
    pattern = rules.pattern("counted_size_class")
    text = ""
    for k, word in enumerate(words[:rules.setting("counted_size_class_words")]):
        text += word.text
        if pattern.fullmatch(text):
            return k + 1
    return 0


def _named_after(words: list[Word], up_to_verb: bool = False, compound: bool = False) -> str:
    """The noun phrase of ``的 + nouns`` that ends the clause after a value (…2.9%的利率水平), or with
    ``up_to_verb`` that runs up to the clause's verb (较1.4元的发行价暴涨836%: the base is the 发行价); ``compound``:
    the phrase is known to be a noun (held before 不变), so a verb inside it qualifies its last noun (回购利率)."""
    rules = cues()
    words = [w for w in words if _EDGE.sub("", w.text)]
    if words and words[0].text in rules.words("approx_tails"):
        words = words[1:]  # 以每小时15公里左右的速度: the approximation closes the value, the 的-noun follows it
    if len(words) < 2 or words[0].text != rules.setting("relative_marker"):
        return ""
    phrase = words[1:]
    if phrase[0].text in rules.words("framing_nouns"):
        return ""  # 说明…下降7.8个百分点的原因: what an inquiry asks about the value, no measure of it
    if len(phrase) == 1 and rules.pattern("change_words").fullmatch(phrase[0].text):
        return phrase[0].text  # 5.2%的增长，是在…: the change is what the value measures
    opened = next((k for k, w in enumerate(phrase) if w.tag in rules.words("preposition_tags")), len(phrase))
    phrase = phrase[:opened]  # 的速度向西北方向移动: a preposition opens the clause's predicate, past the noun
    if len(phrase) > 1 and phrase[-1].text in rules.words("frame_close_locatives"):
        phrase = phrase[:-1]  # (round 29) 在…2.9%的…同比降幅中，…: the 在 frame's close, no part of the noun
    if not phrase:
        return ""
    if up_to_verb:
        verbs = [k for k, w in enumerate(phrase) if w.tag in rules.words("verb_tags")]
        phrase = phrase[: verbs[0]] if verbs else phrase
        if not phrase:
            return ""
    rates = rules.words("derived_heads")  # (round 29: 增速, 增幅 the tagger reads as verbs are the rate nouns)
    verb = not compound and any(w.tag in rules.words("verb_tags") and w.text not in rates for w in phrase)
    if verb or (phrase[-1].tag not in rules.words("noun_tags") and phrase[-1].text not in rates):
        return ""
    return "".join(w.text for w in phrase)


def _before_predicate(words: list[Word]) -> list[Word]:
    """(round 38 mend) The words of ``的 + noun`` after an amount 为数 qualifies, up to the predicate that follows the
    noun in its clause (为数5000亿元的专项债券已全部发行 → 的专项债券; …的留抵退税资金已退到企业账户 → 的留抵退税资金):
    after a noun of the phrase, a verb, an adverb or a word opening with a `premodified_noun_closers` word (jieba's
    已退) closes it; verbs before its first noun are the noun's own (留|抵|退税|资金)."""
    rules = cues()
    closers = tuple(rules.words("premodified_noun_closers"))
    closing_tags = rules.words("verb_tags") | rules.words("actor_adverb_tags")
    noun_seen = False
    for k, word in enumerate(words):
        if noun_seen and (word.tag in closing_tags or word.text.startswith(closers)):
            return words[:k]
        noun_seen = noun_seen or word.tag in rules.words("noun_tags")
    return words


def _programme_after(words: list[Word]) -> str:
    """The name of a programme (…的经济刺激计划, …的“重新武装欧洲”计划) that ends the clause after a value, or "": its
    words may hold verbs (刺激, 回购), as a name does, but it ends in a programme noun (计划, 方案)."""
    rules = cues()
    words = [w for w in words if _EDGE.sub("", w.text)]
    if len(words) < 2 or words[0].text != rules.setting("relative_marker"):
        return ""
    if words[-1].text not in rules.words("programme_nouns"):
        return ""
    return "".join(w.text.strip() for w in words[1:])


def _run_length(bare: str, words_after: list[Word], governing: Governing | None) -> Governing | None:
    """The metric of a run's length (中国连续7年成为德国最大贸易伙伴, LPR连续11个月保持不变): the clause's own
    subject (its country kept: it is the one the run is of) with what it has kept doing; a clause that names none
    (LPR为3.45%，已连续11个月保持不变) goes on with the subject of the value before it in its sentence
    (``governing``), without the comparison word a change of it left at its end when its base date was cut (…分别为
    53.8%和52.5%，比上月下降0.9和1.6个百分点，连续两个月位于扩张区间: `综合PMI产出指数位于扩张区间`, round 40)."""
    rules = cues()
    run = rules.pattern("run_length_before").search(bare)
    if not run:
        return None
    subject = clean(bare[:run.start()], country=False) or _without_base(governing.subject if governing else "")
    if subject in rules.words("bare_heads") and governing is not None and governing.subject:
        subject = _rate_owner(_without_carried_adverb(_without_base(governing.subject))) + subject
        # (round 42: …核心CPI同比上涨0.5%，涨幅已连续5个月相同 → 核心CPI涨幅相同: a bare rate's run is its owner's)
    done = clean("".join(w.text for w in words_after), country=False)
    return Governing(subject + done, subject, "", done=done) if subject and done else None


def _rest_of_set(bare: str, words_after: list[Word], unit: str) -> str:
    """What the rest of a set just broken down are or did (其余78家为传统制造企业 → 传统制造企业; 其余15批次不合格 →
    不合格), from the words after the value, a copula dropped; "" when the clause before the value names more than the
    rest (其余港区完成吞吐量…: a measure of its own) or nothing follows the value. A count of a part with nothing but
    其中 before it (其中78家为传统制造企业, 64家为高新技术企业: round 30) names the part after a copula the same way."""
    rules = cues()
    named = clean("".join(w.text for w in words_after))
    if rules.pattern("rest_of_set_lead").fullmatch(bare):
        return clean(rules.pattern("rest_of_set_copula").sub("", named))
    if (rules.pattern("part_of_set_lead").fullmatch(bare) and unit in rules.words("counting_measures")
            and (copula := rules.pattern("rest_of_set_copula").match(named))):
        return clean(named[copula.end():])
    return ""


def _held_unchanged(words: list[Word]) -> str:
    """The noun phrase a value is held at, between 的 and a word of standing still that ends the clause
    (维持5.25%的基准利率不变: the 基准利率), or "": the value is that noun's level, whatever verb stands before it."""
    rules = cues()
    words = [w for w in words if _EDGE.sub("", w.text)]
    if not words or words[-1].text not in rules.words("unchanged_states"):
        return ""
    return _named_after(words[:-1], compound=True)


def _object_after(words: list[Word]) -> str:
    """The object a value stands right before, up to its clause's end (4950亿元逆回购操作, 1万亿元特别国债,
    2690亿元逆回购到期, with a term that opens it: 7天期逆回购操作), or "": the value is an amount of it."""
    rules = cues()
    words = _phrase_words(words)
    while words and not _EDGE.sub("", words[-1].text):
        words.pop()  # the clause's closing mark
    text = "".join(w.text.strip() for w in words)
    if (not text or len(text) > rules.setting("object_max_chars") or _EDGE.sub("", text) != text or links_level(text)
            or _BREAK.search(text) or _ASIDE.search(text) or rules.pattern("list_separators").search(text)):
        return ""  # (机票预订是2019年两倍、火车票…: the next member of a list)
    if rules.pattern("milestone_object").match(text):
        return ""  # 跨上5000亿元新台阶: the level reached, no object
    term = rules.pattern("object_term").match(text)
    skipped, at = 0, 0
    while term and at < len(words) and skipped < term.end():
        skipped += len(words[at].text.strip())
        at += 1
    if at >= len(words) or (term and skipped != term.end()) or not _opens_object(words, at):
        return ""
    return text


def is_gap_lead(phrase: str, unit: str = "") -> bool:
    """The phrase is a gap in points to a wider area, to the whole or to the schedule (高于全国, 快于规模以上工业,
    超序时进度): round 17's regional gap, round 23's whole gap and round 24's schedule gap; with the values' ``unit``,
    also a gap to a named measure (快于全部工业增加值…个百分点, round 26)."""
    rules = cues()
    return bool(rules.pattern("regional_gap").fullmatch(phrase) or rules.pattern("whole_gap").fullmatch(phrase)
                or rules.pattern("schedule_gap").fullmatch(phrase)  # (round 24: 超序时进度)
                or (unit and _measure_gap(phrase, unit)))


def links_level(after: str) -> bool:
    """The words after a value only link it to the level its change reached (下行1.5bp报2.8050%, 跌5.5个基点至,
    跌0.5%报收): they name nothing it measures, and the next value is that level. Spaces do not count."""
    rules = cues()
    after = _SPACE.sub("", after)
    return bool(rules.pattern("level_after_change").fullmatch(after)
                or rules.pattern("level_after_adjustment").fullmatch(after))  # 由2320元调整为2420元


def _opens_change(after: str) -> bool:
    """The words right after a count open its change, with no comma between (稀土进口6861.7吨同比增36.7%; 发电装机容量
    约31.3亿千瓦同比增长14.0%): they name no noun the value counts, and the count stays its subject's (round 24)."""
    rules = cues()
    after = _SPACE.sub("", after)
    return bool(rules.pattern("change_words").match(after) or rules.pattern("comparison_lead").match(after))


def _takes_object(bare: str, head: str, change: str, words: list[Word]) -> bool:
    """The clause before a value ends in the verb whose object the value is an amount of (人民银行开展了, 发行了,
    共接待), or only states that it exists (今日有): not in a change (增长), a measure (营业收入) or a noun."""
    rules = cues()
    if change or rules.pattern("metric_head").search(head):
        return False
    if rules.pattern("existential_before").search(bare):
        return True  # (央行公开市场)共有12230亿元逆回购到期
    last = next((w for w in reversed(words) if w.text.strip() and head.endswith(w.text.strip())), None)
    if last is None or last.tag not in rules.words("verb_tags"):  # (round 20: 宣布完成3亿美元D轮融资: the verb the
        last = next((w for w in reversed(words) if w.text.strip()), None)  # metric's cleaning dropped ends the clause)
        if last is None or not _SPACE.sub("", bare).endswith(last.text.strip()):
            return False
    return last.tag in rules.words("verb_tags")


def _after_preposition(phrase: str, words: list[Word]) -> bool:
    """The phrase before a count ends in a preposition (公司向, 对): the count is its object, and the actor before it
    describes nothing of what is counted (a partner does: 已与16个国家签署)."""
    rules = cues()
    last = next((w for w in reversed(words) if w.text.strip()), None)
    if not phrase or last is None or not phrase.endswith(last.text.strip()):
        return False
    return last.tag in rules.words("preposition_tags") and last.text.strip() not in rules.words("partner_prepositions")


def _after_merged_benefactive(words: list[Word]) -> bool:
    """(round 39) The words before a count end in an adverb jieba merged with the benefactive 为 (共为, 累计为:
    `merged_benefactives`): with an act after the counted noun (共为34.5万名劳动者追发工资…), the noun is whom the act
    is for, as after 为 alone; a count with no act after it (共为34.5万名) is the copula's, and the caller asks
    only then."""
    last = next((w for w in reversed(words) if w.text.strip()), None)
    return last is not None and last.text.strip() in cues().words("merged_benefactives")


def _verb_phrase(phrase: str, words: list[Word]) -> str:
    """A long phrase before a counted noun keeps only its last verb phrase (…沿线国家建成 → 建成)."""
    rules = cues()
    if len(phrase) <= rules.setting("counted_prefix_max"):
        return phrase
    for word in reversed(words):
        if word.tag in rules.words("verb_tags") and word.text in phrase:
            return phrase[phrase.rindex(word.text):]
    return phrase


@dataclass(frozen=True)
class Context:
    """Where a value stands in its sentence: ``local`` (an earlier value of the same sentence set the
    governing metric), the sentence before the value's clause (where an anaphor's antecedent stands)
    and the clause right before the value's, with its words (the subject a value's clause leaves out)."""

    local: bool = False
    before: str = ""
    previous_clause: str = ""
    previous_words: tuple[Word, ...] = ()
    unit: str = ""  # the value's unit (a vote's count in 票 or in 股 names its own object)
    chained: bool = False  # the sentence runs on from the one before, which ended in ； (round 21)
    previous_bare: bool = False  # no value between the clause before the value's and the value (round 22)
    members: tuple[str, ...] = ()  # the members of the value's 分别 list, its own among them (round 37 mend)


@cleared_with_resources
@lru_cache(maxsize=256)
def _elided_object_sibling(head: str, subject: str, metric: str) -> tuple[str, str] | None:
    """The count of a place that repeats the act of the place before with its object left out (北京拥有79家独角兽
    企业，上海有65家 → 上海拥有的独角兽企业; 北京新增独角兽企业12家，上海新增8家 → 上海新增独角兽企业): the place stands
    where the place before stood in its metric (``metric``, of the governing ``subject``; round 40). The act must be
    the one before, a verb of having (有, 拥有) for one, or none; None otherwise, or when the metric before names
    nothing past its act; else the sibling's metric and subject. Kept per head, governing subject and metric, as
    `_account_sibling` is (mend: each value of a list tagged the same subject again)."""
    rules = cues()
    verbs, have = rules.words("verb_tags"), rules.words("have_verbs")
    own = [w for w in pos_tagger().lcut(head) if w.word.strip()]
    act = own[-1].word if own and (own[-1].flag in verbs or own[-1].word in have) else ""  # (mend: 现有 is tagged b)
    place = head[:len(head) - len(act)]
    before = [w for w in pos_tagger().lcut(subject) if w.word.strip()]
    k = next((i for i, w in enumerate(before) if w.flag in verbs), len(before))
    owner = "".join(w.word for w in before[:k])
    act_before = before[k].word if k < len(before) else ""
    if (not place or not owner or place == owner or not metric.startswith(owner)
            or not _names_a_place(place) or not _names_a_place(owner)):
        return None
    if act and act != act_before and not (act in have and (act_before in have or not act_before)):
        return None
    shared = metric[len(owner):]
    if not shared or shared == act_before:
        return None
    return place + shared, place + subject[len(owner):]


def _instrument_owner(before: str, words_before: list[Word], after: str) -> str:
    """The owner before 以 (a word of its own) ending the clause before a count (中国以340家独角兽企业位居全球第二 →
    中国): the count is of the owner's things, the noun after it, and the rank after is no act they do (round 40);
    a country owner is kept, as one of the ranked (round 14 keeps a run's country). "" where 以 is no word of its own
    (予以, 可以) or nothing stands before it, and in the 以…为 frame or before 的 and a noun (``after``, the words after
    the counted noun: 以3000名学生为研究对象, 以3个球的优势; round 40 mend)."""
    if cues().pattern("instrument_frame_close").match(after):
        return ""
    head = clean(before, country=False)
    instrument = cues().pattern("instrument_end").search(head)
    if not instrument or not instrument.start() or not words_before or words_before[-1].text != instrument.group(0):
        return ""
    return head[:instrument.start()]


def _topic_measure(before: str) -> str:
    """The measure a topic frame of the sentence names (从净利润看，…; 拨备覆盖率方面，…), the last such frame
    before the value's clause, or "" where none names a measure."""
    rules = cues()
    topics = [m["topic"] for m in rules.pattern("owner_topic_frame").finditer(_SPACE.sub("", before))]
    return topics[-1] if topics and rules.pattern("metric_head").search(topics[-1]) else ""


def _clause_subject(clause: str, words: list[Word]) -> str:
    """The subject a clause names for the next one (我国进口额连年增长，2020年达到…亿美元 → 进口额),
    or "" when the clause only frames the sentence (受疫情影响, 在…压力下, 从…来看)."""
    rules = cues()
    framed = rules.pattern("framed_subject").fullmatch(_SPACE.sub("", clause))
    if framed and _has_noun(clean(framed["subject"]), words):
        return clean(framed["subject"])  # 进口环节税收在…带动下，增长6.6%: the subject before its clause's frame
    if rules.pattern("frame_clause").search(_SPACE.sub("", clause)):
        return ""
    clause = rules.before("state_predicate_tail", clause.rstrip())  # (round 37: …快递业运行总体平稳，揽收…: no state)
    phrase = clean(_before_value(clause, words))
    ranked = rules.pattern("superlative_entity").fullmatch(phrase)
    if ranked and _has_noun(ranked["metric"], words):
        return ranked["entity"] + ranked["metric"]
    change_at = _change_at(phrase, words)
    head = clean(phrase[:change_at.start()]) if change_at else phrase
    head = rules.before("rank_top_predicate", head)  # (round 36: …软件业务收入居全国前5，同比分别增长…: no rank)
    head = rules.pattern("run_ordinal_tail").sub("", head)  # (round 42) 黄金储备已连续第7个月增加: no 已连续第
    return _without_count_predicate(head) if _has_noun(head, words) else ""  # (round 33: …集采|已开展十批)


def _priced_goods(head: str, context: Context) -> str:
    """(round 42) The goods a bare price is of (`priced_list_measures`) when the clause right before, with no
    value of its own, tells how their supply or demand goes (猪肉供给持续增加，价格继续下降1.9% → 猪肉; 牛肉供应
    偏紧，价格上涨…): the nouns before the supply noun (`goods_supply_nouns`) opening that clause; a price is always
    some goods', never bare. "" when the head is no bare price, the clause before names a value, no supply noun after
    nouns alone (市场运行平稳，价格…; 受天气影响，价格…), a place or scope (部分地区供应偏紧) or a list (鲜菜和鸡蛋
    供应充足，价格分别…)."""
    rules = cues()
    price = _longest_start(head, rules.words("priced_list_measures"))
    adverb = head[len(price):]  # (价格继续下降: an adverb of the state words the head may keep, 继续, 仍)
    if (context.local or not context.previous_clause or not price
            or (adverb and adverb not in rules.words("state_adverbs"))):
        return ""
    clause = clean(context.previous_clause)
    if _VALUE.search(clause):
        return ""
    goods = ""
    for word in _words(clause):
        if word in rules.words("goods_supply_nouns"):
            break
        if (_word_class(word) != "n" or _measure_word(word) or _modifies(word) or _ends_in_place([word])
                or word in rules.words("region_nouns")):
            return ""  # (随着生猪生产不断恢复; 部分地区供应偏紧: no goods alone before their supply; 鲜菜和鸡蛋…: a
            # list, whose prices a 分别 gives each member, is left to the members' own words)
        goods += word
    else:
        return ""
    return goods


def _state_clause_actor(head: str, words_before: list[Word], context: Context) -> str:
    """(round 37 review) The subject of a clause right before that only says how it is doing (全国邮政快递业运行总体
    安全、平稳有序，投递快递包裹…; 全国铁路运输总体安全平稳，发送旅客…) acts in the value's clause when that clause
    opens with an act and its object names no measure: what the state clause tells decides, not how the tagger reads
    the object (投递 vn, 旅客 n; 揽收快递包裹, all verbs, is read so by the branch for a head with no noun). "" when the
    clause before is no state clause, the value's clause opens otherwise or names a measure (完成快递业务量)."""
    if context.local or not context.previous_clause:
        return ""
    rules = cues()
    if (rules.pattern("metric_head").search(head)
            or not rules.pattern("state_predicate_tail").search(context.previous_clause.rstrip())):
        return ""
    opening = [w for w in words_before if w.text.strip()]
    if not opening or opening[0].tag not in (*rules.words("verb_tags"), *rules.words("act_tags")):
        return ""  # (an act, however tagged: 揽收 v, 投递 vn)
    return _clause_subject(context.previous_clause, list(context.previous_words))


def _holds_object(head: str) -> bool:
    """(round 37) A counted value's head is a verb with its object (揽收快递包裹: jieba tags every word a verb), not a
    verb alone after its adverbs (共纳入, 已开展): two words or more besides adverbs, prepositions and conjunctions."""
    clause = cues().words("clause_word_tags")
    return len([w for w in pos_tagger().lcut(head) if w.word.strip() and w.flag not in clause]) >= 2


def _change_at(phrase: str, words: list[Word]) -> re.Match[str] | None:
    """Where the change of a phrase begins, or None. A rate noun a change word opens (人口自然增长率, 工业增加值增速)
    after the subject it measures is that subject's measure, no change, when the value follows it (the phrase ends
    in it) or a change of the rate follows it (增速比上年回落: the change is 回落) — round 21. A rate noun with no
    subject before it (增速比上年提高, 远低于增长速度的) stays a bare head that takes the subject named before,
    unless it names its measure whole (`self_named_rates`: 自然增长率)."""
    rules = cues()
    change_at = rules.pattern("change_words").search(phrase)
    end = rules.pattern("rate_noun_end").search(phrase)
    owner = rules.pattern("change_words").sub("", clean(phrase[:end.start()])) if end else ""  # (同比增速: no owner)
    if (end and _has_noun(owner, words)) or rules.pattern("self_named_rate_end").search(phrase):
        return None  # (自然增长率为-2.41‰: a population's rate by its own name)
    picked = rules.pattern("change_picked_group").match(phrase, change_at.end()) if change_at else None
    if picked and (_has_noun(picked["group"], words) or tag_of(picked["group"]) in rules.words("noun_tags")):
        return None  # (round 37 mend) 增速超过10%的省: the threshold picks out the group named; no change
    if change_at and rules.pattern("change_effect_tail").match(phrase, change_at.end()):
        return None  # (round 29) 新涨价影响约为0.9个百分点: the effect measured, a noun of its own
    rate = rules.pattern("rate_noun_at").match(phrase, change_at.start()) if change_at and change_at.start() else None
    later = rules.pattern("change_words").search(phrase, rate.end()) if rate else None
    return later if later and _has_noun(clean(phrase[:rate.start()]), words) else change_at


def _after_cause(context: Context) -> bool:
    """The clause before the value's is a cause clause that holds the value before it (因今日有2690亿元逆回购到期): its
    subject is the cause's, not what the next clause reports."""
    clause = _SPACE.sub("", context.previous_clause)
    return context.local and bool(cues().pattern("cause_clause").match(clause)) and bool(_VALUE.search(clause))


def _before_value(clause: str, words: list[Word]) -> str:
    """The clause up to its first value when a noun comes before it (归属于…的净利润为5亿元至6亿元 → 归属于…的净利润为):
    the values a forecast leaves unclaimed are no part of the subject it names; a clause a value opens stays whole."""
    tenor = cues().pattern("instrument_tenor")  # (round 22: 公开市场7天逆回购操作利率，由此前的…: 7天 names the rate)
    at = next((m for m in _VALUE.finditer(clause) if not tenor.match(clause, m.start())), None)
    return clause[:at.start()] if at and _has_noun(clean(clause[:at.start()]), words) else clause


def _part_of(head: str, governing: Governing | None) -> str:
    """A part of the whole the governing subject measures (出口 of 服务进出口): the subject with the
    whole's word replaced by the part's, or "". A share the whole was given last (民营企业进出口…，占我国外贸总值的
    42.4%。其中，出口… → 民营企业出口; …，占18.1%, round 29) is no part of it: the part is of the share's owner.
    (Round 40) A whole named with its sum word (…进出口总值, …进出口额) has the same parts (…出口)."""
    if governing is None:
        return ""
    subject = _share_owner(governing.subject)  # (…，占18.1%: 加工贸易进出口占比)
    rules = cues()
    summed = max((w for w in rules.words("metric_part_sum_words") if subject.endswith(w)), key=len, default="")
    whole_ends = tuple(rules.mapping("metric_parts"))
    if summed and subject[:-len(summed)].endswith(whole_ends):
        subject = subject[:-len(summed)]  # (round 40) …国家进出口总值…，其中出口… → …国家出口
    for whole, parts in rules.mapping("metric_parts").items():
        named = [w for w in (whole, *sorted(parts)) if subject.endswith(w)]
        if head in parts and named:  # 服务进出口 → 服务出口; 服务出口 → 服务进口
            return subject[:-len(named[0])] + head
    return ""


def _owner(context: Context, governing: Governing | None) -> str:
    """Whose share, size or rate a bare head word (占比, 规模) gives: the subject of the clause before
    (the first value of a sentence), else the governing subject."""
    if not context.local:
        subject = _clause_subject(context.previous_clause, list(context.previous_words))
        if subject:
            return subject
    return governing.subject if governing is not None else ""


def _involved_owner(context: Context, governing: Governing | None) -> str:
    """What a bare 涉及金额/涉及资金 is the amount of (round 41): the subject of the clause right before it, which
    names the problem found (有8个省的专项债券资金闲置，涉及金额…), else the governing subject; a frame ending in 中
    (审计抽查的12个省份中) names where it was found, no owner."""
    subject = _clause_subject(context.previous_clause, list(context.previous_words))
    if not subject and governing is not None:
        subject = governing.subject
    if cues().pattern("involved_frame_end").search(subject):
        return ""
    return cues().pattern("involved_count_lead").sub("", subject, count=1)  # 有8个省的: the count is its own claim


def _runner_up(context: Context, governing: Governing | None) -> str:
    """The measure of the next place of a ranking whose clause names only the entity (…年平均工资最高，为231810元；
    其次是金融业，为197663元 → 金融业年平均工资): the entity the clause before names after 其次是, with the measure the
    first place's subject shares with it (its words after the member that ends like the entity); or "". 其次是 is
    itself the ranking's mark, wherever its first place was named (often the sentence before the ；)."""
    rules = cues()
    if governing is None or not governing.subject:
        return ""
    ranked = rules.pattern("ranked_entity_clause").fullmatch(clean(context.previous_clause))
    if not ranked:
        return ""
    core = _parallel_core(ranked["entity"], governing, named=True)
    return ranked["entity"] + core if core else ""


def _counted_owner(bare: str, member: str | None, context: Context, governing: Governing | None) -> str:
    """Whose share a bare 占 after a count gives (202个城市环境空气质量达标，占59.6%): the counted group the value
    before named, when no subject of its own is at hand (none, or only a share word left from a clause before:
    占比 would double into 占比占比); or "". Also when 占 names the whole before 的 (…达标，占全部城市数的40.1%:
    `counted_share_of_base`, round 39): the group counted holds that share as well."""
    rules = cues()
    if (member or governing is None or not context.local or not governing.metric
            or not (rules.pattern("counted_share").fullmatch(bare)
                    or rules.pattern("counted_share_of_base").fullmatch(bare))):
        return ""  # (round 29: 占比约77% after the count, as 占77%)
    subject = governing.subject
    if subject and subject not in rules.words("bare_heads") and governing.metric.startswith(subject):
        return ""
    return governing.metric if governing.metric not in rules.words("bare_heads") else ""


def _share_owner(subject: str) -> str:
    """Whose share a subject names (税收收入占一般公共预算收入的比重 → 税收收入; 非税收入占比 → 非税收入), or the
    subject itself when it names no share: a change in per cent after a share is its owner's (round 21). A share whose
    base a 在…中 frame names goes with its frame (新兴业务收入在电信业务收入中占比 → 新兴业务收入; round 36)."""
    return cues().before("share_base_in_subject", cues().before("share_in_subject", subject))


def _rate_owner(subject: str) -> str:
    """Whose rate a subject names (工业增加值增速比上年 → 工业增加值), or the subject itself when it names no rate: a
    change in per cent after a rate is its owner's (…增速比上年回落0.5个百分点，增长4.6%; round 21)."""
    compared = _without_base(subject)
    owner = cues().before("rate_noun_end", compared)
    return owner if owner != compared else subject


def _outcome_member(bare: str, context: Context, governing: Governing | None) -> Governing | None:
    """A member after 其中 that names only how the whole's things came out of a test or check (`outcome_members`:
    进行结核菌素试验91.86万人次，其中阳性21.84万人次; 共抽检食品样品12580批次，其中合格12311批次，不合格269批次): the
    whole's measure and the outcome (进行结核菌素试验阳性, 共抽检食品样品不合格), the whole handed on to the next member
    (round 26); or None. Only in the whole's measure word, in a sentence whose clauses up to it open a breakdown with
    其中."""
    rules = cues()
    if governing is None or not context.unit or context.unit != governing.unit:
        return None
    found = rules.pattern("outcome_member_clause").fullmatch(bare)
    if not found or found["outcome"] not in rules.words("outcome_members"):
        return None
    if not _in_breakdown(bare, context):
        return None
    whole = governing.core or governing.subject
    if not whole or whole.endswith(found["outcome"]):
        return None
    return Governing(whole + found["outcome"], whole + found["outcome"], "", whole, unit=context.unit)


def _in_breakdown(bare: str, context: Context) -> bool:
    """A clause of the sentence up to the value opens a breakdown with 其中 (`subset_clause_open`): the value's clause
    is a member of the whole given before it (round 26)."""
    return bool(cues().pattern("subset_clause_open").search(_SPACE.sub("", context.before) + bare))


def _member_share(bare: str, context: Context, governing: Governing | None) -> str:
    """The share a member of a breakdown after 其中 holds (…12.6万户，其中企业占31.2%，个体工商户占68.1% → 企业占比,
    个体工商户占比; 员工总数…，其中男性占55% → 男性占比): the member and the share head, never the member glued to the
    whole it is a share of (round 26); or "". Only a share in per cent of a whole given before, in a clause of nothing
    but the member and 占, in a sentence whose clauses up to it open a breakdown with 其中. A member that only names
    a grade (Ⅱ类占50.2%: round 19) or stands for those of a kind (60岁以上的占…) is left to the members' rules."""
    rules = cues()
    framed = rules.pattern("share_frame_open").search(_SPACE.sub("", context.before))  # 在全部农民工中， (round 26)
    if (governing is None and not framed) or context.unit != rules.setting("member_share_unit"):
        return ""
    found = rules.pattern("member_share_clause").fullmatch(bare)
    if not found or not (framed or _in_breakdown(bare, context)):
        return ""
    group = clean(found["member"], country=False)
    if not group or _only_qualifiers(group) or found["member"].endswith(rules.setting("relative_marker")):
        return ""
    return group + rules.setting("share_head")


def _ranked_share_owner(bare: str, context: Context, governing: Governing | None) -> str:
    """(round 40) Who owns a share whose clause opens with 占 right after a clause ranking a body or partner
    (`ranked_share_clause`: 东盟为我国第一大贸易伙伴，占我国外贸总值的14.6%): the subject before when it names the
    ranked one (我国对东盟进出口…，东盟为…，占… → 我国对东盟进出口), else the ranked one alone; or "". The rank
    clause names no measure, so it is never glued to the share, nor is the last member of a 分别 list before (欧盟) the
    share's owner."""
    rules = cues()
    if not rules.pattern("bare_share").match(bare) or not context.previous_bare:
        return ""
    ranked = rules.pattern("ranked_share_clause").fullmatch(_EDGE.sub("", _SPACE.sub("", context.previous_clause)))
    if ranked is None:
        return ""
    entity = clean(ranked["entity"], country=False)
    if not entity:
        return ""
    if context.local and governing is not None and entity in governing.subject:
        return _without_base(governing.subject)
    return entity


def _without_share(owner: str) -> str:
    """The owner without the share it was given in the clause before (…质押股份占其所持公司股份的45.11%，占公司总股本的
    16.09%: the second share is of the pledged shares too, not of the first share)."""
    return cues().before("share_of", owner)


def _compared_rate(governing: Governing, unit: str) -> str:
    """(round 28) The rate noun a change in points before named ahead of its base (增速较去年同期回落3.5个百分点，
    较1—9月提高0.4个百分点; 增速较1—9月提高…，但较上年同期回落…): the next clause that opens with another base only
    is the same rate against it (软件业务收入增速较1—9月提高), not the amount's; "" when the change before was no rate
    in points."""
    rules = cues()
    if unit not in rules.words("point_change_units") or governing.unit != unit:
        return ""
    rate = _longest_start(governing.change, rules.words("derived_heads"))
    if not rate or not rules.pattern("comparison_lead").match(governing.change[len(rate):].lstrip()):
        return ""
    return rate


def _bare_head_before_base(head: str) -> str:
    """(round 28) The bare head word (占比, 比重) a change's head opens with when only the comparison of its base
    follows it (占比较前10个月, 比重比上年 with the date blanked): the share of the owner before changed, as after
    占比达 (…占移动基站总数的37.4%，占比较前10个月提高0.4个百分点 → 5G基站总数占比较前10个月提高, never the share's
    words twice); "" for any other head."""
    rules = cues()
    own = rules.before("comparison_marker", head)
    return own if own != head and own in rules.words("bare_heads") else ""


def _level_subject(governing: Governing) -> Governing:
    """What the level a change reached measures: the change's subject without its base and the session's close it
    was timed by (份额比前阶段提高5个百分点，达76.9% → 份额; 收盘沪指涨0.5%，报… → 沪指); when the subject is only that
    close (截至午间收盘，沪指跌0.32%，报3044.67点), the change's metric without its change word (沪指); a change
    written as an act on a measure (央行下调存款准备金率0.5个百分点至6.2%), that measure (round 28)."""
    if acted := _acted_measure(governing):  # (the actor stays the subject later acts go on with: 央行…，同时下调…)
        return Governing(acted, governing.subject, "", governing.core)
    subject = _without_base_or_close(governing.subject)
    if not subject and governing.change and governing.metric.endswith(governing.change):
        subject = _without_base_or_close(governing.metric[:-len(governing.change)])
    subject = subject or governing.subject
    subject = cues().pattern("metric_tail_strip").sub("", subject) or subject  # 累计下跌4.2%，收于…: not 累计
    if governing.change and any(governing.change.endswith(head) for head in cues().words("derived_heads")):
        subject += governing.change  # (round 20: 净利润增速从6.22%降至1.22%: a rate noun is the measure, not a change;
        # round 21: also after 同比/环比, 同比增速由上年的0.1%提升至2.5%)
    return Governing(subject, subject, "")


def _acted_measure(governing: Governing) -> str:
    """The measure a change written as an act names after its verb (下调存款准备金率 → 存款准备金率), or ""
    (round 28)."""
    rules = cues()
    acted = rules.pattern("acted_measure").fullmatch(governing.change)
    return acted["object"] if acted and rules.pattern("metric_head").search(acted["object"]) else ""


def _without_revised_base(phrase: str) -> str:
    """The phrase without the earlier release it ends in (美国新增非农就业人数由此前公布的 → 美国新增非农就业人数,
    比前一周修正后 → 比前一周): a revised figure's base names no part of what is measured."""
    return clean(cues().pattern("revised_base").sub("", phrase)) or phrase


def _without_base_or_close(subject: str) -> str:
    """A subject without the base it is compared with (份额比前阶段) and the session close opening it (午间收盘)."""
    return cues().pattern("session_close").sub("", _without_base(subject))


def _without_base(subject: str) -> str:
    """A subject without the base it is compared with (份额比前阶段 → 份额; 全国单位GDP能耗比 → 全国单位GDP能耗). The
    比 closing a ratio noun (成本收入比, 存贷比较上年末: `ratio_nouns`, round 25) opens no base."""
    rules = cues()
    marker, ratios = rules.pattern("comparison_marker"), rules.words("ratio_nouns")
    at = 0
    while (found := marker.search(subject, at)) is not None:
        ratio = any(subject[:found.start() + 1].endswith(noun) for noun in ratios)
        if not ratio:
            return subject[:found.start()] if found.start() else subject
        at = found.start() + 1
    return subject


def _dealt_with(bare: str, words_after: list[Word], unit: str) -> str:
    """The act done to the people a count after 对 names, read after the count up to its clause's end (对23人予以党纪
    政务处分 → 予以党纪政务处分; 对12名干部予以诫勉谈话 → 予以诫勉谈话干部), or "" (round 42). Only the words before the
    value in its clause being 对 and adverbs (`dealt_party_before`), a people counter and an act verb of
    `dealt_act_verbs` right after the count (or after its people noun)."""
    rules = cues()
    if unit not in rules.words("people_counters") or not rules.pattern("dealt_party_before").fullmatch(bare):
        return ""
    words = []
    for w in words_after:
        if _CLAUSE_STOP.search(w.text):
            break
        if w.text.strip():
            words.append(w)
    verbs = rules.words("dealt_act_verbs")
    at = next((k for k, w in enumerate(words[:2]) if w.text in verbs), None)
    if at is None or at + 1 >= len(words):
        return ""
    noun = words[0].text if at == 1 and words[0].tag in rules.words("noun_tags") else ""
    if at == 1 and not noun:
        return ""
    return "".join(w.text for w in words[at:]) + noun


def metric(before: str, words_before: list[Word], words_after: list[Word], counted: bool,
           member: str | None, governing: Governing | None, fallback: str, level: bool = False,
           context: Context = Context()) -> Governing:
    """The metric of one value, from the clause text before it (dates and earlier values already
    cut out), the words on either side, and what governs it (see the module docstring).

    ``level``: the value is the level a change of the previous value reached (加息75个基点至2.75%,
    增长5%至100亿元); it measures the previous value's subject, without the change. A value whose clause
    names no subject takes, in order, the previous clause's subject (the first value of a sentence), the
    governing metric, the sentence's opening clause."""
    rules = cues()
    if counted and not member:
        before, words_before = _without_enumeration(before, words_before)
    bare = _EDGE.sub("", _SPACE.sub("", before))
    if level and governing is not None and rules.pattern("revision_level").fullmatch(bare) and not member:
        return governing  # 9月数据由0.4%上修至0.8%: the revised figure of the same metric
    if (not member and context.local and governing is not None and rules.pattern("acted_from_level").fullmatch(bare)
            and (acted := _acted_measure(governing))):
        # (round 28) 下调…操作利率0.1个百分点，从1.5%降至1.4%: 1.5% of that rate; the actor goes on as the subject
        return Governing(acted, governing.subject, "", governing.core)
    if level and governing is not None and (governing.subject or _acted_measure(governing)) and not member:
        return _level_subject(governing)
    if not member and (dealt := _dealt_with(bare, words_after, context.unit)):
        return Governing(dealt, dealt, "")  # (round 42) 对23人予以党纪政务处分: what was done to the people counted
    if not member and (rest := _rest_of_set(bare, words_after, context.unit)):
        return Governing(rest, rest, "")  # (round 30) 其余78家为传统制造企业: what the rest are, not 其余 after one
    if not member and (run := _run_length(bare, words_after, governing if context.local else None)):
        return run  # 中国连续7年成为德国最大贸易伙伴: how long the subject has done what follows
    if context.local and governing is not None and governing.recipient and bare.startswith(governing.recipient):
        before = bare = bare[len(governing.recipient):]  # 向298名激励对象授予限制性股票1,048.50万股: what was granted
    if (context.local and governing is not None and governing.subject and not member
            and (turn := rules.pattern("transition_turn").fullmatch(bare))):
        # (round 26) 由上月下降…转为上涨: the first value's subject and basis (环比), this period's direction
        basis = rules.pattern("transition_basis").match(governing.change)
        change = (basis[0] if basis else "") + turn["change"]
        return Governing(governing.subject + change, governing.subject, change, governing.core)
    if not member and (turned := _list_turn(bare, governing, context)):
        return turned  # (round 28) 增速分别比上月末和上年同期高0.1个和低1.3个百分点: 增速比上月末和上年同期低
    if rules.pattern("restated_value").fullmatch(bare) and governing is not None and context.local and not member:
        return governing  # 跌23.5点或0.76%: the same change in other units
    if rules.pattern("conversion_end").fullmatch(bare) and governing is not None and governing.subject and not member:
        return Governing(governing.subject, governing.subject, "")  # …，同比下降29.1%，折合约700亿美元: the level
    if rules.pattern("previous_value").fullmatch(bare) and governing is not None and context.local:
        return governing  # 制造业PMI为49.5%，前值为50.2%: the same metric, a period earlier
    joint = rules.pattern("range_joint").fullmatch(_SPACE.sub("", before))
    if joint and governing is not None and context.local and not member:
        return governing  # 盈利425,000万元–455,000万元: the range's upper end
    if not member and (vote := _vote_label(_SPACE.sub("", before), words_after, context)):
        return Governing(vote, vote, "")  # 同意9票，反对0票; 以9票同意、0票反对: the vote, not the clause before
    if counted and not member and (sibling := _direction_sibling(bare, words_after, governing, context)):
        return sibling  # (round 25) 价格环比下降的城市有35个，持平的有20个: 价格环比持平的城市
    if (not member and rules.pattern("amount_premodifier").fullmatch(bare)
            and (named := _named_after(_before_predicate(words_after), compound=True))):
        return Governing(named, named, "")  # (round 38) 為數4,215億美元的外匯儲備資產總額: its noun
    if not member and (deal := _deal_price(bare, words_after)):
        return Governing(deal, deal, "")  # G31地块以总价40.04亿元成交: the plot's 成交总价, not the bidder or 以
    if not member and not bare and (labelled := _field_label(context, governing)):
        return labelled  # 归属于上市公司股东的净利润盈利：…，比上年同期增长：38.31%: the indicator, and its change
    if not member and (label := _result_label(bare, context, governing) or _prior_result(bare, words_before, context,
                                                                                        governing)):
        return Governing(label, label, "")  # 归属于上市公司股东的净利润：盈利425,000万元: the indicator, not the sign
    if context.local and governing is not None and (stock := _stock_of(bare, member or _flow_of(governing))):
        return Governing(stock, stock, "")  # 新增高新技术企业186家，总数达到1056家: 高新技术企业总数
    if not member and (outcome := _outcome_member(bare, context, governing)):
        return outcome  # 其中阳性21.84万人次: 进行结核菌素试验阳性 (round 26)
    if not member and not counted and (owner := _ranked_share_owner(bare, context, governing)):
        # 东盟为我国第一大贸易伙伴，占我国外贸总值的14.6% → 东盟占我国外贸总值; a bare 占 (…第三大贸易伙伴，
        # 占11.2%) is the ranked one's share, its 占比 (mend), as for a member's (_member_share)
        share = owner + (rules.setting("share_head") if rules.pattern("bare_share").fullmatch(bare) else clean(before))
        return Governing(share, share, "", rules.setting("share_head"))
    if not member and not counted and (share := _member_share(bare, context, governing)):
        return Governing(share, share, "", rules.setting("share_head"))  # 其中企业占31.2%: 企业占比 (round 26)
    if (context.unit == "%" and not counted and not member
            and (area := rules.pattern("share_of_area_end").search(bare))
            and (share_of := _named_after(words_after, compound=True))):  # 贡献了全国近六分之一的外贸进出口值
        owned = clean(bare[:area.start()]) + share_of + rules.setting("share_word") + area["area"]
        return Governing(owned, owned, "")
    before = rules.pattern("conversion_end").sub("", before.rstrip())  # 合同外资折算约15亿美元: 合同外资
    phrase = clean(rules.pattern("metric_channel").sub("", rules.pattern("metric_method").sub("", before)))
    phrase = rules.pattern("metric_holder").sub("", phrase)  # who bought or sold (X有限公司增持…): not the measure
    if rules.pattern("bare_share").fullmatch(bare):
        phrase = rules.setting("share_head")  # …增长5%，占18%: a share of the subject, not its change
    phrase = _without_revised_base(phrase)  # 由此前公布的: the earlier release, a base
    if (not member and (governing is not None or context.previous_clause)
            and rules.pattern("revised_base").fullmatch(phrase)):
        phrase = ""  # (round 22: 操作利率，由此前的1.8%调整为…: the base alone names nothing; the subject before does)
    change_at = rules.pattern("change_words").search(phrase) if member else _change_at(phrase, words_before)
    turned = False
    if (member and context.unit in rules.words("point_change_units") and rules.pattern("respectively").search(before)
            and (turn := rules.pattern("member_base_turn").fullmatch(phrase))
            and not rules.pattern("member_base_end").search(member)):
        change_at, turned = turn, True  # (round 41) 比一季度分别加快: a member's change against a base of its own,
        # base and way whole
    head = phrase[:change_at.start()] if change_at else phrase
    change = phrase[change_at.start():] if change_at else ""
    head = _antecedent(before, head, context.before) or head
    # a change in per cent after a rate's clause is the owner's (…增速比上年回落0.5个百分点，增长4.6%: the owner grew)
    owner_changes = not head and bool(change) and not member and context.unit == rules.setting("share_change_unit")
    if owner_changes and governing is not None:
        governing = dataclasses.replace(governing, subject=_rate_owner(governing.subject))
    led = rules.pattern("entity_lead").fullmatch(head)
    if (led and not member and ends_in_metric_head(led["entity"])
            and not is_gap_lead(head) and not _measure_gap(head, context.unit)):
        head = led["entity"]  # (round 20: 低于贷款增速（8.26%）: the compared side names its own measure)
    pointer = rules.pattern("pointer_words").search(head)
    if pointer and governing is not None and governing.subject and not member:  # 去年同期的数字为1%
        lead = _without_revised_base(clean(head[:pointer.start()]))
        if not lead and context.local and not change:
            return governing  # 9月数据由0.4%…: the figure of the metric just given, for another period
        # 比前一周修正后数据增加: the base's figure (the base names it), else the figure of the governing subject
        head = lead if _opens_with_base(lead, words_before) else lead + governing.subject
    phrase = head + change
    # (round 21: a sentence opening with 其中, or running on after ；, breaks down the figure of the sentence before, as
    # a clause would, when the member only names a part: 其中，城市下降…; …增加值增长4.2%；股份制企业增长5.3%; not
    # 其中公司确认东莞证券投资收益…, a clause of its own)
    local = context.local or (governing is not None and (
        len(head) <= rules.setting("member_max_chars") or _names_sector(head)
        or (member is not None and len(member) <= rules.setting("member_max_chars"))) and (
        context.chained or bool(rules.pattern("sentence_subset_opener").match(_SPACE.sub("", context.before + before)))
        or bool(rules.pattern("breakdown_opener").match(context.before + before))  # (round 24: 分门类看，采矿业增长…)
    ))
    if (member and governing is not None and not governing.core
            and all(_names_a_region(m) for m in context.members or (member,))):
        # (round 42) places listed after a value that passed its subject on with no core (…1053.2亿元，增长7.5%；
        # 蜀山区、包河区分别增长…) share the measure that subject names after its own place or scope
        governing = dataclasses.replace(governing, core=_place_measure(governing.subject))
    if local and not context.local and governing is not None and not governing.core:
        # (…同比上涨0.3%。环比上涨0.1%。其中，城市上涨…: the figure before it measures its whole subject)
        governing = dataclasses.replace(governing, core=governing.subject)
    if not member and (degree := _ranked_degree(head, context)):
        found = Governing(degree + change, degree, change)  # 价格升幅前五名的是…，幅度分别为… (round 28)
    elif (governing is not None and not head and not member and governing.subject
            and (tail := rules.pattern("extreme_pair_last").fullmatch(_SPACE.sub("", context.previous_clause)))
            and (sibling := _extreme_sibling(governing.subject, clean(tail["member"])))):
        found = Governing(sibling + change, sibling, change)  # 苏州城镇化率最高，为…；宿迁最低，为… (round 25)
    elif member:  # the change of the member before (分别由x、y增长至u、v), not of a clause before the list's own
        inherited = governing.change if governing and not rules.pattern("respectively").search(before) and not (
            rules.pattern("regional_gap").search(member) or rules.pattern("whole_gap").search(member)
            or (context.unit in rules.setting("gap_units") and rules.pattern("measure_gap").search(member))
            or rules.pattern("list_slash_separator").search(before)
            or _rate_change_on_level(governing, context.unit)) else ""  # (销售/管理费用为x/y: round 24)
        # (round 23: a member's gap, 装备制造业增加值增速快于规模以上工业, names its comparison: no change of the list)
        change = change or inherited
        # (round 24: 其中，北京、广州和深圳分别下降…: places that break down the figure before share its measure, and
        # each member hands it on to the next)
        breaks_down = (governing is not None and bool(governing.core) and (local or _subset_clause(bare, context))
                       and not rules.pattern("metric_head").search(member))
        stratum = _names_a_stratum(member) and _opens_subset(bare, context)  # (round 37: after 其中 only)
        # (round 37 mend: only a list whose every member is a place or a stratum shares it: 其中，航空、电子分别增长…
        # lists industries, 航空 among them, as 电子 is; each sibling reads alike; round 42: or a region, 东部地区)
        alike = all(_names_a_place(m) or _names_a_stratum(m) or _names_a_region(m)
                    for m in context.members or (member,))
        core = (_stratum_core(governing) if stratum else governing.core) if breaks_down and governing else ""
        if core and _names_a_region(member):
            core = _without_area_scope(core)  # 全省…增长5.8%，其中苏州、无锡分别增长… → 苏州地区生产总值 (round 42)
        shared = core if breaks_down and alike and (_names_a_region(member) or stratum) and (
            _names_any_measure(core)) else ""
        if not shared and breaks_down and _names_sector(member):
            shared = _parallel_core(member, governing)  # (round 24: 其中，航空…制造业、电子…制造业分别增长…: 增加值)
        member += shared if not member.endswith(shared) else ""
        own_base = turned or bool(rules.pattern("own_base_open").match(change))
        if own_base:  # (round 41 mend: only where the later change names its own base, as below; any other member
            # keeps its words)
            member = rules.pattern("list_base_before_own").sub("", member)  # (round 41) the list's base gives way to
        if rules.pattern("own_base_open").match(change):  # the later change's own (同比|比一季度加快, 环比|同比增长)
            member = rules.pattern("list_base_end").sub("", member)
        found = Governing(_joined(member, change), member, change, shared)
    elif head in rules.words("sanction_nouns"):
        found = Governing(phrase, head, change)  # 并处罚金人民币2,800万元: the fine names the value, whoever is fined
    elif (ranked := rules.pattern("superlative_entity").fullmatch(head)) and _has_noun(ranked["metric"], words_before):
        subject = ranked["entity"] + ranked["metric"]  # 房价收入比最高为深圳 → 深圳房价收入比
        found = Governing(subject + change, subject, change, ranked["metric"])
    elif phrase in rules.words("derived_heads") and (owner := _rate_owner(_owner(context, governing))):
        found = Governing(owner + phrase, owner, change)  # 平均年增长率为2.3%: of the level, not of a rate before
    elif (not member and (ratio := rules.pattern("ratio_with_base").fullmatch(bare))
          and (owner := _owner(context, governing))):
        found = Governing(owner + ratio["ratio"], owner, "")  # …支出1250亿元，与地区生产总值之比为2.45% (round 23)
    elif ((rules.pattern("plan_share").fullmatch(head)
           or rules.pattern("ratio_to_base").match(rules.pattern("metric_method").sub("", bare)))
          and (owner := _owner(context, governing))):  # (round 25: 按可比口径恢复至…的: the basis is no part of it)
        found = Governing(owner + phrase, owner, change)  # 为年度预算的86.7%, 是平日业务量的2.3倍: the owner's ratio
    elif context.local and governing is not None and not member and (owner := _act_owner(head, governing.subject)):
        found = Governing(owner + phrase, owner + head, change, head)  # 城镇居民出游…，出游花费… (round 33)
    elif (governing is not None and not member and change
          and (shared := _sector_measure(head, governing.subject, context))):
        found = Governing(head + shared + change, head + shared, change, shared)  # 分产业看，第一产业投资增长 (39)
    elif context.local and governing is not None and not member and (owner := _output_owner(head, governing.subject)):
        found = Governing(owner + phrase, owner + head, change, head)  # 小麦播种面积…，产量… → 小麦产量 (round 39)
    elif (counted_owner := _counted_owner(bare, member, context, governing)):
        found = Governing(counted_owner + phrase, counted_owner + head, change)  # 202个城市…达标，占59.6%
    elif (local and governing is not None and governing.subject and not member and change
          and head in rules.words("bare_period_means")):  # (round 32)
        # …完成货物吞吐量10.3亿吨，…，日均环比增长3.2% → …货物吞吐量日均环比增长: the change of the subject's daily mean
        found = Governing(governing.subject + head + change, governing.subject + head, change)
    elif (not member and rules.pattern("involved_amount").fullmatch(head)
          and (owner := _involved_owner(context, governing))):
        found = Governing(owner + phrase, owner + head, change)  # …问题6项，涉及金额2.37亿元 (round 41)
    elif ((head in rules.words("bare_heads") or rules.pattern("share_of").match(head)
           or rules.pattern("share_in_base").match(head))  # (round 26: 在电信业务收入中占比为15.4%)
          and (owner := _without_share(_owner(context, governing)))):  # 占比达36.3%, 占全国的比例为20%
        found = Governing(owner + phrase, owner + head, change)
    elif ((bare_head := _bare_head_before_base(head)) and change
          and (owner := _without_share(_owner(context, governing)))):
        found = Governing(owner + phrase, owner + bare_head, change)  # …占…的37.4%，占比较前10个月提高 (round 28)
    elif (part := _part_of(head, governing)):  # 服务进出口下降9%，其中出口增长21.5%
        found = Governing(part + change, part, change)
    elif not member and not head and (runner_up := _runner_up(context, governing)):
        found = Governing(runner_up + change, runner_up, change)  # …最高，为…；其次是金融业，为197663元
    elif not member and (swapped := _contrast_swap(head, governing)):
        found = Governing(swapped + change, swapped, change)  # 北京首套…利率为3.5%，二套为3.8% → 北京二套…利率
    elif (context.local and governing is not None and governing.subject and not member
          and (gap := _regional_gap(head or change, governing, context))):
        # (round 29: 高出全国 is read as a change word, 高出 being one: the whole gap, with no head before it)
        found = Governing(gap + change if head else gap, _without_base(governing.subject), change)  # 高于全国2.1pp
    elif (local and governing is not None and not member and head in org_resources().aliases
          and rules.pattern("market_index_end").search(governing.subject)):
        found = Governing(phrase, head, change, "")  # 恒生指数收涨…，腾讯涨…: a company shares no index (round 23)
    elif local and governing is not None and not member and (partner := _partner_measure(head, governing.subject)):
        found = Governing(head + partner + change, head + partner, change, partner)  # 对东盟进出口…；对欧盟… (round 24)
    elif (local and governing is not None and governing.subject and governing.core and not member and not change
          and head in rules.words("bare_period_means") and governing.core != governing.subject):
        # (round 42) 民航客运量…，日均208.2万人次 → 日均民航客运量: a mean word is no entity taking the place of the
        # subject's owner (日均客运量 lost 民航); it averages the whole subject, as 日均全市共接待游客 does
        found = Governing(head + governing.subject, head + governing.subject, "", governing.core)
    elif (local and governing is not None and governing.core and _names_an_entity(head, words_before)
          and (change or not _bare_item(governing))
          and not _opens_with_same_act(head, governing.subject)
          and not _counts_own_kind(head, governing.core, context.unit)
          and not _counts_apart(governing, context.unit)):
        core = governing.core  # (国有大型商业银行不良贷款率为…，股份制商业银行为…: the measure after the member before)
        core = (core != governing.subject and core) or _parallel_core(head, governing, named=True) or core
        if (change and (core == governing.subject or head in org_resources().aliases)
                and not _names_any_measure(core) and not _subset_clause(bare, context)
                and (not _names_a_place(head) or _names_a_region(core))):  # (round 24: 西部地区…，东北地区下降…)
            # (round 23: 标普500上涨…，纳斯达克上涨…; 苹果上涨…，微软下跌…: the subject before is an entity itself, no
            # measure a sibling could share: each entity's clause is its own; 贵州茅台涨…，宁德时代跌…: a company takes
            # no thing named after the one before; only parallel moves, not a breakdown: …人，其中城镇…人)
            found = Governing(phrase, head, change, head[len(_entity_prefix(head, words_before)):])
        else:
            core = _without_area_scope(core) if _names_a_region(head) else core  # (round 24: 北京一般公共预算收入)
            core = rules.pattern("list_count_lead").sub("", core) or core  # 上海、北京两市…，深圳… (round 42)
            head = rules.pattern("runner_up_lead").sub("", head) or head  # 仅次于美国的703家 (round 40 mend)
            found = Governing(head + core + change, head + core, change, core)
    elif (local and governing is not None and not member and not change and not governing.core and governing.counted
          and head in rules.words("bare_period_means") and context.unit
          and context.unit not in rules.words("relative_units")):
        found = Governing(head + governing.counted, head + governing.counted, "", governing.counted)  # (round 31)
        # 共保障1351.9万人次中外人员出入境，日均169万人次 → 日均中外人员出入境: the mean of the count's noun
    elif (local and governing is not None and not member and _level_member(head, context.unit)
          and rules.pattern("subset_lead_end").search(_SPACE.sub("", context.before))
          and _EDGE.sub("", _SPACE.sub("", before)) == head):
        core = "" if _worth_core_apart(governing, context.unit) else governing.core or governing.subject  # 其中：
        # 中学1757人; 。其中，中学1757人 (round 22; round 41 mend: no worth or size core of a count, as below)
        core = _kind_member_core(head, core, context.unit)  # (round 37: 其中，普通本科学校… → 普通本科学校专任教师)
        found = Governing(head + core + change, head + core, change, core)
    elif local and governing is not None and (
            entity := _next_entity(before, head, governing.core or governing.subject,
                                   context.unit in rules.words("counting_measures"), context.unit,
                                   bool(rules.pattern("breakdown_opener").fullmatch(context.before)
                                        or rules.pattern("subset_lead_end").search(_SPACE.sub("", context.before)))
                                   and _names_any_measure(governing.core or governing.subject),
                                   context.unit == governing.unit and context.unit not in rules.words("relative_units")
                                   and not _parallel_core(head, governing))):  # (就业人员年平均工资…。其中，…人员…)
        core = governing.core or governing.subject  # 高于城区（83.8%）; 里程14.6万公里，其中高铁3.8万公里
        if _worth_core_apart(governing, context.unit):
            core = ""  # (round 41 mend: …项目50个，总投资300亿元，其中外资项目12个 → 外资项目, no count of 总投资)
        # (round 27: a subject opening with a member like the entity, 国内航线旅客周转量…，其中港澳台航线…; 全国规模以上
        # 港口…吞吐量…；其中沿海主要港口…: the entity stands where that member stood, as for a named sibling)
        core = (core != governing.subject and core) or _alike_member_core(entity, governing) or core
        core = _without_area_scope(core) if _names_a_region(entity) else core  # (round 24: 东部地区固定资产投资)
        core = _kind_member_core(entity, core, context.unit)  # (round 37: 普通本科学校高等教育专任教师)
        found = Governing(entity + core + change, entity + core, change, core)
    elif local and governing is not None and not member and not _worth_core_apart(governing, context.unit) and (
            core := _parallel_core(head, governing, unit=None if _subset_clause(bare, context) else context.unit)):
        # (a thing alike: parallel clauses only; a breakdown's subset keeps its own rules, 其中，水电…: 水电装机容量;
        # round 41 mend: no worth or size core for a member in another unit, `_worth_core_apart`)
        found = Governing(head + core + change, head + core, change, core)  # 其中城市14.3/10万，农村16.6/10万
    elif local and governing is not None and not member and (core := _level_member_core(head, governing, context.unit)):
        found = Governing(head + core + change, head + core, change, core)  # 其中中学1757人，小学1862人
    elif (governing is not None and not member and (context.local or context.chained)
          and (owner := _roll_owner(head, governing.subject))):
        found = Governing(owner + head + change, owner + head, change, head)  # 全国共有普通高中…，招生… (round 31)
    elif (governing is not None and not member and (context.local or context.chained)
          and (act := _granted_sibling(head, governing.subject))):
        found = Governing(act + head + change, act + head, change, head)  # 授权实用新型专利…，外观设计专利… (37)
    elif (governing is not None and not member and (context.local or not _has_noun(head, words_before))
          and (owner := _sibling_owner(head, governing))):
        found = Governing(owner + head + change, owner + head, change, head)  # 发病率为…，死亡率为… → …传染病死亡率
    elif (governing is not None and not member and (context.local or context.chained)
          and (owner := _qualified_sibling_owner(head, governing.subject))):
        found = Governing(owner + head + change, owner + head, change, head)  # 保险业原保险保费收入…；原保险赔付支出…
    elif (governing is not None and not member and (context.local or context.chained)
          and (owner := _scoped_sibling_owner(head, governing.subject))):
        found = Governing(owner + head + change, owner + head, change, head)  # 二线城市新建商品住宅…；二手住宅…
    elif (governing is not None and not member
          and (account := _account_sibling(head, governing.subject, local, "".join(
              m["set_aside"] for m in rules.pattern("account_exclusion_cue").finditer(context.before + before))))):
        found = Governing(account + change, account, change, head)  # 基金收入…，支出…，年末累计结存… → 基金累计结存
    elif (not member and rules.pattern("metric_head").search(head)
          and len(head) <= rules.setting("bare_metric_max_chars")
          and rules.pattern("ranking_first").search(context.before)
          and (ranked_next := rules.pattern("ranked_entity_clause").fullmatch(clean(context.previous_clause)))):
        entity = ranked_next["entity"]  # 其次是零售、住宿及膳食服務，失業率為10.7% → 零售…失業率
        found = Governing(entity + phrase, entity + head, change, head)
    elif (context.local and governing is not None and not member and (change or governing.change)
          and _shortened(head, governing.subject)  # (round 20: a list of levels, 核心一级资本充足率为…，一级资本
          and not rules.pattern("metric_lead_country").search(clean(before, country=False))):  # (而我国TFP…: its own)
        # 充足率为…, names each measure in full: a shorter one is a measure of its own)
        found = Governing(governing.subject + change, governing.subject, change, governing.core)  # 将增长预期上调…
    elif ((context.local or context.chained) and governing is not None and not member
          and (owner := _mean_owner(head, governing.subject))):
        found = Governing(owner + phrase, owner + head, change, head)  # 原煤产量…；日均产量… → 原煤日均产量 (round 29)
    elif context.local and governing is not None and not member and (owner := _worth_owner(head, governing, context)):
        found = Governing(owner + phrase, owner + head, change, head)  # …精矿3.1亿吨，价值… → …精矿价值 (round 40)
    elif context.local and governing is not None and not member and (item := _item_of(head, governing.subject)):
        found = Governing(item + phrase, item + head, change, head)  # 进口铁矿砂…，进口均价… → 铁矿砂进口均价
    elif (not context.local and change and _ends_in_market_name(head)
          and rules.pattern("session_close").fullmatch(_SPACE.sub("", context.previous_clause))):
        close = clean(context.previous_clause)  # 截至午间收盘，沪指跌0.32% → 午间收盘沪指跌 (the change keeps it)
        found = Governing(close + phrase, close + head, change, head)
    elif (context.local and governing is not None and not member and governing.subject and governing.change
          and context.unit == rules.setting("share_change_unit")
          and rules.pattern("contribution_rate_end").fullmatch(head)
          and not rules.pattern("contribution_rate_end").search(governing.subject)):
        # (round 37: 最终消费支出增长5%，对经济增长的贡献率为65.4%: the owner whose change it is; a 拉动 clause after
        # it then drops the rate again, round 24)
        owner = _rate_owner(_share_owner(governing.subject))
        found = Governing(owner + phrase, owner + head, change, head)
    elif (context.local and governing is not None and not member and governing.subject
          and context.unit in rules.words("contribution_units") and rules.pattern("contribution_lead").match(head)
          and not rules.pattern("gap_clause_open").match(governing.subject)  # (高出全省外贸整体增速: no owner)
          and not rules.pattern("contribution_lead").match(governing.subject)):  # (影响CPI上涨的主要因素是…: none)
        # (round 24: 民营企业进出口…，增长28.1%，拉动进出口增长9.6个百分点: the subject's contribution; the subject
        # stays the owner of the clauses after it, 占外贸总值的37.5%)
        owner = _rate_owner(_share_owner(rules.before("index_weight_in_subject",
                                                      _without_carried_adverb(governing.subject))))
        # (…，占出口总值的59.4%，拉动…: the amount's owner; 食品价格…，占CPI权重约20%，影响…: the item)
        owner = rules.pattern("contribution_rate_end").sub("", owner) or owner  # (…对经济增长的贡献率为…，拉动…)
        found = Governing(owner + phrase, owner, change, head)
    elif (_has_noun(head, words_before) and not _opens_with_base(head, words_before)
          and not (not context.local and _only_qualifiers(head))):  # (round 22: Shibor下跌，3M报…: 3M names no rate)
        actor = (_carried_actor(head, bare, words_before, governing, context)
                 or _repeated_measure_owner(head, words_before, governing, context)
                 or _state_clause_actor(head, words_before, context)
                 or _priced_goods(head, context))
        # (round 27: 中欧班列共开行…、发送货物… → 中欧班列发送货物)
        if actor and governing is not None and phrase.startswith(head) and (
                carried := _elided_act_object(head, governing.subject)):
            phrase, head = carried + phrase[len(head):], carried  # 累计发送旅客…，日均发送… (round 42)
        found = Governing(actor + phrase, actor + head, change, head[len(_entity_prefix(head, words_before)):])
    elif not context.local and (subject := _clause_subject(context.previous_clause, list(context.previous_words))):
        subject = _rate_owner(subject) if owner_changes else subject  # 涨幅控制在3%左右，实际上涨0.4%
        # (round 22: Shibor上行，3M报…，6M报…: a qualifier alone stays in the subject the next quote swaps it in)
        # (round 37: a measure the value's clause names after its verb, 揽收快递包裹 after …快递业运行平稳, is the
        # subject's too: the change after it, 同比增长22.6%, is of 全国邮政快递业揽收快递包裹, not of the industry)
        head_named = _only_qualifiers(head) or (bool(head) and (
            (counted and _holds_object(head)) or rules.pattern("metric_head").search(head) is not None))
        found = Governing(subject + phrase, subject + head if head_named else subject, change)
    elif (governing is not None and head and (_after_cause(context) or rules.pattern("attained_object").match(bare))
          and not _opens_with_base(head, words_before)):
        found = Governing(phrase, head, change)  # 因今日有2690亿元逆回购到期，实现净投放2260亿元 → 净投放
        # (round 20: …总资产达…；全年实现总保费…: what a verb of attainment reports is named, whatever the tagger says)
    elif (context.local and context.previous_bare and not head and not member
          and (subject := _clause_subject(context.previous_clause, list(context.previous_words)))
          and rules.pattern("metric_head").search(subject)):
        # (round 22: …同比增长2.7%，高技术及装备制造业用电量保持较快增长势头，达到1222亿千瓦时: the measure the clause
        # right before names, with no value of its own, not the one an earlier value governs)
        found = Governing(subject + phrase, subject, change)
    elif _other_units_member(head, governing, context):
        found = Governing(phrase, head, change)  # …发行利率2.78%；7年期26.42亿元: the tenor's amount, no rate
    elif governing is not None:
        subject = _without_carried_adverb(_without_carried_statistic(governing.subject, phrase))
        rebased = _opens_with_base(head, words_before)
        if rebased:  # …比上年下降0.5%，较2020年累计下降: the new base replaces the old
            subject = _without_base(subject) + _compared_rate(governing, context.unit)
        if (change and not head) or rebased:  # (round 35: 较常年同期偏多 names no change
            # word, its base opens it all the same)
            subject = _counted_group(governing, context.unit) or subject  # 有206万人享受…，比上年增加12万人 (round 28)
        if not head and context.local and context.unit == rules.setting("share_change_unit"):
            subject = _share_owner(subject)  # 税收收入…，占…的比重为72.7%，增长21.5%: the amount grew, not the share
        if rules.pattern("rate_noun_at").match(phrase):  # 增幅为8.3%，增幅比上年提高: the rate is named once
            subject = _rate_owner(subject)
        counts, relative = rules.words("counting_measures"), rules.words("relative_units")
        points = governing.unit in rules.words("point_change_units") and context.unit in rules.words("rate_level_units")
        level = points or (governing.unit in relative and context.unit not in relative)
        if not phrase and governing.change and level:
            # (round 25: …较上年下降0.8%，为30.2亿元: not 营业收入较; round 28: 下调…利率…，由1.5%…: 利率)
            acted = _acted_measure(governing)
            subject = _without_base(subject)
            # (round 24: …增长15.2%，去年同期为10.85亿元: a level, no change;
            # round 25: …较上年下降0.1个百分点，为1.2%: a rate's level after a change in points)
            found = Governing(acted or subject, subject, "")
        elif not phrase and governing.done:
            # (round 30) 进出口总额连续7年位居全球第一，2023年达41.76万亿元: the amount of the subject, not of its rank
            found = Governing(subject, subject, "", governing.core)
        else:
            found = governing if not phrase else _parallel_act(phrase, subject, change,
                                                                  governing.unit == context.unit,
                                                                  context.unit in counts, context.unit)
    else:
        subject = "" if (rules.pattern("adverb_clause").fullmatch(fallback)  # 此前，… (round 28)
                         or rules.pattern("cited_release_clause").fullmatch(fallback)) else clean(fallback)  # (34)
        subject = _without_count_predicate(subject)  # 国家组织药品集采已开展十批 → 国家组织药品集采 (round 33)
        if subject:
            found = Governing(subject + phrase if phrase else subject, subject, change)
        else:  # 沪指收报3054.37点，涨0.11%: the words before the first value are what the next ones go on measuring
            found = Governing(phrase, head, change)
    after_text = "".join(w.text for w in words_after)
    unspaced = _SPACE.sub("", after_text)
    share = None if counted or member else (
        rules.pattern("group_share_after").match(unspaced)
        or (context.unit in rules.words("rate_level_units")  # (a share: 500亿元的专项资金投向… is no share)
            and not change  # (nor a change of its own clause: 净利润同比增长25%的主要动力来自海外市场)
            and rules.pattern("amount_share_after").match(unspaced)))
    if share and not share["linked"] and after_text[:1].isspace():
        share = None  # (round 26: 达到 25% 居民个人房贷…: a group named after a space opens a sentence of its own)
    if share:  # 63.5%的受访者表示愿意增加消费; 受访者中有41.2%的人选择线上购物: the share of that group doing it
        group = share["group"]
        frame = rules.pattern("group_share_frame").search(head)
        if group in rules.words("group_share_generic") and frame and frame.start():
            group = head[:frame.start()]  # 受访者中有41.2%的人…
        return Governing(group + share["vp"], group, found.change)
    instrument = rules.pattern("instrument_end").search(member or head)
    if instrument and instrument.start():  # 华为以23%的市场份额排名第一: 华为's 市场份额
        owned = _named_after(words_after) or _named_after(words_after, up_to_verb=True) or (
            governing.core if governing is not None and member else "")  # 万科、中海分别以…位列第二、三名: 销售额
        owner = (member or head)[:instrument.start()]
        if owned or member:
            return Governing(owner + owned, owner, found.change, owned)
        if owner and not counted and words_before and words_before[-1].text == instrument.group(0):
            # 从净利润看，招商银行以…位居榜首: 招商银行净利润 (round 21; 以 a word of its own, not 予以, 可以)
            owned = _topic_measure(context.before)
            return Governing(owner + owned, owner, found.change, owned)
    size = rules.pattern("programme_size_before").search(bare) if not counted and not member else None
    if size and (programme := _programme_after(words_after)):  # 总额39万亿日元的经济刺激计划: the programme's 总额
        return Governing(programme + size["size"], programme, found.change)
    held = _held_unchanged(words_after) if not counted and not member else ""
    if held:  # 宣布维持5.25%的基准利率不变
        return Governing(held, held, found.change)
    kept_at = rules.pattern("held_object_before").search(bare) if not counted and not member else None
    if kept_at and (held := clean(kept_at["object"])):  # 连续第十次将回购利率维持在6.5%: the rate held, not who held it
        if context.local and governing is not None and _shortened(held, governing.subject):
            held = governing.subject  # …，将2025年增长预期维持在1.5%: the forecast named before
        return Governing(held, held, found.change)
    # (the anchored 的-noun change after the value is matched first; the clause before it is searched only then)
    may_hold_change = not counted and not member and found.subject
    grown = rules.pattern("held_change_after").match(after_text) if may_hold_change else None
    if grown and (held := rules.pattern("held_change_before").search(before)):
        # (round 35) 快递业务量保持超过20%的高速增长: the rate of the subject's change, not the subject's level
        subject = clean(rules.pattern("held_change_before").sub("", clean(found.subject))) or clean(found.subject)
        change = (held["base"] or "") + grown["change"]
        return Governing(subject + change, subject, change)
    compared = _SPACE.sub("", before)
    to_level = rules.pattern("level_base").search(compared) is not None  # 较1.4元的发行价: a base's level
    named = _named_after(words_after) or (_named_after(words_after, up_to_verb=True) if to_level else "")
    if named and not counted:  # 分别取得5.3%、6.9%的年化收益: the noun after the value names it
        if member:
            return Governing(member + named, member, found.change)
        if named in rules.words("bare_heads") and not _has_noun(head, words_before) and (
                owner := _owner(context, governing)):
            return Governing(owner + named, owner, found.change)  # 而八月份則錄得3.2%的升幅: the subject's 升幅
        if (named in rules.words("bare_heads") and rules.pattern("comparison_side").match(compared)
                and _has_noun(clean(head), words_before)):
            return Governing(clean(head) + named, clean(head) + named, found.change)  # 相比于全球19%的增速: 全球增速
        if not _has_noun(head, words_before) or rules.pattern("comparison_verb").search(compared) or to_level:
            return Governing(named, named, found.change)  # 增速已低于3.4%的利率水平: the value is the 利率水平
    if not member and (based := rules.pattern("base_level_before").search(before)):
        own = clean(before[:based.start()])  # 增速较2016年的6.7%: 增速's level at the base
        subject = own if _has_noun(own, words_before) else (
            _without_base(governing.subject) if governing is not None and context.local else "")
        if subject:  # 较2023年春节档的67.65亿元增长18.5%: the level of what the change measures, at the base
            return Governing(subject, subject, "")
    if not counted and not member and (sanction := rules.pattern("sanction_after").match(_SPACE.sub("", after_text))):
        return Governing(sanction["noun"], sanction["noun"], "")  # 并处以22,092,641.55元罚款: the fine, not the party
    if not counted and not member and (thing := _object_after(words_after)) and _takes_object(
            bare, head, change, words_before):  # 开展了4950亿元逆回购操作: the amount of 逆回购操作 it carried out
        described = clean(_verb_phrase(phrase, words_before)) + thing
        return Governing(described, described, "")
    if counted and words_after and context.unit + words_after[0].text in rules.words("unit_read_nouns"):
        # (round 32) 惠及1.5亿人口: the number read 人 off 人口, and the noun after it is 人口 whole, not 口
        words_after = [dataclasses.replace(words_after[0], start=words_after[0].start - len(context.unit),
                                           text=context.unit + words_after[0].text, tag="n"), *words_after[1:]]
    if not member and context.unit in rules.words("spec_measures") and (part := _spec_part(words_after)):
        return Governing(part, part, found.change)  # (round 32) 内置5000mAh的电池, 支持120W有线快充: the part specified
    if counted and not links_level(after_text) and not _opens_change(after_text):
        noun, rest = _counted_noun(words_after, context.unit not in rules.words("kind_verb_not_after"))
        run = noun
        noun, rest = _set_before_measure(words_after, noun, rest)  # (round 25) 有9个城市新建商品住宅价格环比上涨
        if rules.pattern("milestone_object").match(_EDGE.sub("", _SPACE.sub("", noun + rest))):
            return found  # 首次突破万亿千瓦时大关, 迈上3亿标箱新台阶: the level reached, no noun the value counts
        # (round 24: a frame opening the value's sentence counts within its own set, not the measure of the sentence
        # before: …床位3250张。125个社区卫生服务中心中，98个达到国家推荐标准; 41个大类行业中，有32个实现增长)
        framed_apart = (bool(found.subject) and not context.local
                        and bool(rules.pattern("frame_member_lead").fullmatch(bare)))
        group = rules.pattern("group_frame_noun").fullmatch(found.subject) or (
            # (round 21: the frame right before the value's clause, when a date opens the sentence: 2023年，119个县中，
            # 111个县收入正增长)
            rules.pattern("group_frame_noun").fullmatch(clean(context.previous_clause))
            if not found.subject or framed_apart else None)
        described = _EDGE.sub("", _SPACE.sub("", rest))
        if not noun and group and described:  # 在4800家A股上市公司中，有3000家实现盈利
            return Governing(described + rules.setting("relative_marker") + group["noun"],
                             "" if framed_apart else found.subject, "" if framed_apart else found.change)
        if not noun and (bounded := _own_group_threshold(described, governing if context.local else None)):
            return Governing(bounded, found.subject, found.change)  # (round 37) 其中…5家超千亿元: its own bound
        if (not noun and not described and found.metric and rules.pattern("members_said_before").search(bare)
                and (frame := rules.pattern("group_frame_noun").fullmatch(clean(context.previous_clause)))):
            # (round 25: 15个热点城市中，新建商品住宅销售价格同比下降的有12个: the members of the frame said so)
            said = found.metric + rules.setting("relative_marker") + frame["noun"]
            return Governing(said, found.subject, found.change)
        if not member and (amount := _quantity_object(words_after, context.before[-_OBJECT_VERB_REACH:]
                                                      + before[-_OBJECT_VERB_REACH:])):
            # (round 32) 全社会完成612.88亿人次跨区域人员流动量: the amount of the quantity, no thing it counts
            measured = clean(_verb_phrase(phrase, words_before) + amount)
            # (round 42) the quantity is the subject a change after it measures (…人员流动量，同比增长30.7% → 全社会
            # 跨区域人员流动量同比增长), as an amount's object after the value is (实现3.5亿元净利润，同比增长…)
            return Governing(measured, measured if not found.change else found.subject, found.change)
        sufferers = _sufferers_lead(words_before) if not noun and described else None  # 地震造成甘肃105人死亡
        if not noun and described and _people_doing(bare, words_before, words_after, context.unit, sufferers):
            lead = sufferers if sufferers is not None else _verb_phrase(phrase, words_before)  # 甘肃死亡的人
            # 共向5.2万人发放救助金: 发放救助金的人 (round 33)
            lead = "" if _for_recipients(bare, words_before, words_after) else lead
            doing = clean(lead + rest)  # 约有130万人死于结核病: 死于结核病的人
            # (round 30) after a causative verb the cause is no subject the next clauses share (各种自然灾害共造成
            # 8911.8万人次受灾，因灾死亡失踪499人 → 因灾死亡失踪, not 各种自然灾害共造成因灾死亡失踪): only the place
            # it struck
            caused = _after_causative(words_before)
            subject = found.subject if caused is None else clean(caused)
            return Governing(doing + rules.setting("relative_marker") + context.unit, subject, found.change)
        if not noun and (sibling := _sibling_counted(bare, described, governing, context)):
            # (round 25: …2.6万间房屋倒塌，3.3万间严重损坏 → 严重损坏的房屋: the count before in the same unit named
            # what both count; this one names only its own act)
            acted = described + rules.setting("relative_marker") + sibling
            return Governing(acted, found.subject, found.change, counted=sibling)
        if (not noun and not described and not found.change and context.local and governing is not None
                and governing.unit == context.unit and (sibling := _elided_object_sibling(
                    clean(head), governing.subject, governing.metric))):
            return Governing(*sibling, "", governing.core, counted=governing.counted)  # 北京拥有79家…，上海有65家
        if noun and (whole := _object_compound(words_after, _SPACE.sub("", context.before + before),
                                               measured=noun != run)):
            noun, rest = whole, ""  # 签署了22个自贸协定, 发布…146项制度创新案例: the object's whole compound
        if noun and not member and (owner := _instrument_owner(before, words_before, rest)):
            return Governing(owner + noun, owner, found.change, noun, counted=noun)  # 中国以340家独角兽企业位居全球第二
        if noun:
            has_act = bool(_EDGE.sub("", _SPACE.sub("", rest)))  # (an act after the counted noun)
            benefactive = has_act and _after_merged_benefactive(words_before)
            recipient = noun if benefactive or _after_preposition(phrase, words_before) else ""
            # (round 39 mend) after 共为 the words before are the actor, kept whole as 为 alone keeps them (全国各级
            # 法院共为1.2万名农民工追回工资 → 全国各级法院追回工资的农民工), not cut at a verb-tagged word (劳动|保障)
            core = phrase if benefactive else "" if recipient else _verb_phrase(phrase, words_before)
            if not recipient and has_act and (caused := _after_causative(words_before)) is not None:
                core = caused  # (round 25) 共造成|2.6万间房屋倒塌: the cause is no part of what befell the things
            described = clean(core + rest)
            counted_metric = described + rules.setting("relative_marker") + noun if described else noun
            if not found.subject and (grouped := _threshold_group(words_after, _SPACE.sub("", rest))):
                # 有3家房企销售额超千亿，较去年同期减少2家: the group the threshold picks out, which the next
                # clause counts on
                return Governing(grouped, grouped, found.change, recipient=recipient)
            return Governing(counted_metric, found.subject, found.change, recipient=recipient, counted=noun)
    return found


def _without_carried_adverb(subject: str) -> str:
    """The subject carried to the next clause without an adverb of going on that closes it (`carried_subject_adverbs`:
    猪肉价格继续|下降6.5%，降幅收窄0.5个百分点 → 猪肉价格降幅收窄, was 猪肉价格继续降幅收窄): the adverb qualifies the
    change of its own clause, not the owner the next clause's measure is of (round 42). Unchanged when the adverb is
    all there is, or closes no word of its own (仍 inside 仍然 is the word 仍然)."""
    words = _words(subject)
    if len(words) > 1 and words[-1] in cues().words("carried_subject_adverbs"):
        return "".join(words[:-1])
    return subject


def _without_carried_statistic(subject: str, phrase: str) -> str:
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
def _without_count_predicate(subject: str) -> str:
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


def _joined(member: str, change: str) -> str:
    """A list member and the change after it, the words the member already ends in said once (汽油和柴油价格同比降幅
    分别比上月扩大: member 汽油价格同比降幅, change 同比降幅比上月扩大 → 汽油价格同比降幅比上月扩大; round 26)."""
    overlap = next((k for k in range(len(change), 1, -1) if member.endswith(change[:k])), 0)  # (a word, not a char)
    return member + change[overlap:]


def _list_turn(bare: str, governing: Governing | None, context: Context) -> Governing | None:
    """(round 28) The later member of a list of changes against listed bases, each with its own direction (分别比上月末
    和上年同期高0.1个和低1.3个百分点): its clause is only the joiner and its direction, so it keeps the first value's
    subject and bases and swaps in its direction. None unless the value before changed against a base named with
    比/较 and its change ends in a direction word."""
    if governing is None or not context.local or not governing.change:
        return None
    change = turned_change(governing.change, bare)
    return None if change is None else Governing(governing.subject + change, governing.subject, change,
                                                 governing.core, unit=governing.unit)


def turned_change(previous: str, between: str) -> str | None:
    """The previous value's change or metric (…增速比上月末和上年同期高) with the direction of a later list member whose
    clause ``between`` the two values is only a joiner and its own direction (和低 → …比上月末和上年同期低); None when
    it is not, or when the previous one names no base with 比/较 before its direction (round 28)."""
    rules = cues()
    turn = rules.pattern("list_turn").fullmatch(_EDGE.sub("", _SPACE.sub("", between)))
    base = rules.pattern("list_turn_base").search(previous) if turn else None
    if turn is None or base is None:
        return None
    return previous[:base.start("dir")] + turn["change"]


def _direction_sibling(bare: str, words_after: list[Word], governing: Governing | None,
                       context: Context) -> Governing | None:
    """(round 25) A count after the count of the members of a set that moved one way (价格环比下降的城市有35个), in
    the same sentence or after ；: written with only its own way (，持平的有20个; ；上涨的城市有44个), it counts the
    members that moved that way in the same measure, base and set (价格环比持平的城市); a change of the count
    (，比上月增加4个) is the change of that set's count; so does a count of the set noun with only its way after it
    (33个行业利润总额同比增长，7个行业下降; 有29个县下降). None when the value before counts no such set."""
    rules = cues()
    if governing is None or not (context.local or context.chained) or governing.unit != context.unit:
        return None
    found = next((m for m in (rules.pattern("direction_set").fullmatch(text)
                              for text in (governing.metric, governing.core)) if m), None)
    if found is None:
        return None
    compact = _SPACE.sub("", bare)
    if rules.pattern("direction_set_change").fullmatch(compact):
        # (the set stays the core a later count of it shares; the subject a later sentence goes on with is the measure)
        return Governing(found.group(0) + compact, found["measure"], compact, found.group(0))
    own = rules.pattern("direction_set_member").fullmatch(compact)
    if own is None and rules.pattern("frame_member_lead").fullmatch(compact):
        after = _EDGE.sub("", _SPACE.sub("", "".join(w.text for w in _phrase_words(words_after))))
        own = rules.pattern("direction_set_counted").fullmatch(after)
        own = own if own is not None and own["noun"] == found["noun"] else None
    if own is None:
        return None
    measure = found["measure"]
    change = ((own["base"] or found["base"] or "") + own["dir"] + rules.setting("relative_marker")
              + (own["noun"] or found["noun"]))
    return Governing(measure + change, measure, change, governing.core)


def _sibling_counted(bare: str, described: str, governing: Governing | None, context: Context) -> str:
    """The noun the count before counted (2.6万间|房屋|倒塌), when this count opens its clause in the same measure word,
    names no noun of its own and is followed only by an act, graded or not (，3.3万间|严重损坏, ，34座|干涸): the two
    count the same things, each by what befell them. "" otherwise."""
    if (bare or not described or governing is None or not governing.counted or not governing.unit
            or governing.unit != context.unit or not (context.local or context.chained)):
        return ""
    rules = cues()
    verbs = rules.words("verb_tags")
    qualifiers = rules.words("act_degree_tags") | rules.words("actor_adverb_tags")
    words = [w for w in pos_tagger().lcut(described) if w.word.strip()]
    if not words or words[-1].flag not in verbs or not all(w.flag in verbs or w.flag in qualifiers for w in words):
        return ""
    return governing.counted


def _object_compound(words_after: list[Word], clause_before: str, measured: bool = False) -> str:
    """The whole noun compound a count of a verb's object counts (签署了22个自贸协定, 累计发布15批共146项制度创新案例 →
    制度创新案例), or "": after such a verb the words up to the clause's end are the object, so a verb inside them
    (创新) only qualifies its last noun (产业创新中心). Not when they end in a verb, nor after 有, a preposition or
    partner (已与16个国家签署备忘录), a causative or a pivot verb, where they say what the counted do
    (签署备忘录的国家). ``measured``: the count's run opens with a set and a measure of its members (28个行业|策略
    超额收益胜率均值: round 25), so only a verb inside makes the run one compound."""
    rules = cues()
    words = _phrase_words(words_after)
    while words and not _EDGE.sub("", words[-1].text):
        words.pop()  # the clause's closing mark
    nouns, verbs = rules.words("noun_tags"), rules.words("verb_tags")
    allowed = nouns | verbs | rules.words("object_open_tags")
    if (not words or words[-1].tag not in nouns or not all(w.tag in allowed for w in words)
            or all(w.tag in nouns for w in words) or (measured and not any(w.tag in verbs for w in words))):
        # a plain noun run is _counted_noun's; a clause of its own (企业完成改造) is no compound. (round 28) A run that
        # jieba breaks with a place or position word (建成120个线上线下国家馆: 个线|上线|下|国家|馆) is one, as a run
        # with a verb inside is
        return ""
    text = "".join(w.text for w in words)
    if len(text) > rules.setting("compound_object_max_chars") or _EDGE.sub("", text) != text:
        return ""
    return text if _object_of_verb(clause_before) else ""


def _spec_part(words_after: list[Word]) -> str:
    """The part of a device a spec's value measures, written right after it (内置5000mAh的电池, 支持120W有线快充和…,
    配备16GB内存, 搭载1英寸大底主摄 → 电池, 有线快充, 内存, 大底主摄), or "": a spec before its part is no count of
    the part, and the verb and device before it (内置, 支持, 该机) are no part of the metric. Only a short run to the
    clause's end or a joiner with no verb before its last word: not a clause going on (5000mAh电池支持快充)."""
    rules = cues()
    words = _phrase_words(words_after)
    if words and words[0].text == rules.setting("relative_marker"):
        words = words[1:]  # 5000mAh的电池
    marker = next((i for i, w in enumerate(words) if i and w.text == rules.setting("relative_marker")), None)
    if marker is not None:
        words = words[:marker]  # 16GB内存的笔记本电脑: the part, before the device it qualifies (round 32 review)
    while words and (not _EDGE.sub("", words[-1].text) or words[-1].text in rules.words("noun_joiners")):
        words.pop()  # the clause's closing mark, or the joiner before the next spec (有线快充和50W无线快充)
    text = "".join(w.text for w in words)
    if (not words or words[0].text in rules.words("object_not_open") or not _SPEC_PART.fullmatch(text)
            or any(w.tag in rules.words("verb_tags") for w in words[:-1])):
        return ""
    return text


_SPEC_PART = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{0,9}")  # a short Chinese name (快充, 大底主摄, 刷新率)


_OBJECT_VERB_REACH = 64  # characters before a count read for the verb whose object it is (`_quantity_object`)


def _quantity_object(words_after: list[Word], text_before: str) -> str:
    """The quantity a count written before the object of its verb amounts to (完成612.88亿人次跨区域人员流动量,
    完成12亿吨货物吞吐量 → 跨区域人员流动量, 货物吞吐量), or "": an object that is itself a quantity
    (`quantity_object_end`) is measured in the count's unit, not made of the things the unit counts, so the metric is
    the quantity, with no 的 + unit or 的 + noun. Only when the object ends the clause after a verb taking it: a count
    with more of its clause after the noun (有3个品种产量下降) counts members, as 15个成员国总人口 (round 15) does.
    ``text_before``: the sentence before the count; only its last `_OBJECT_VERB_REACH` characters are read (the verb
    stands right before the count: a one-line document is one sentence, and its whole run of values was tagged again
    for each value, final read of round 32)."""
    rules = cues()
    words = _phrase_words(words_after)
    while words and not _EDGE.sub("", words[-1].text):
        words.pop()  # the clause's closing mark
    allowed = rules.words("noun_tags") | rules.words("verb_tags") | rules.words("object_open_tags")
    text = "".join(w.text for w in words)
    if (not words or words[-1].tag not in rules.words("noun_tags") or not all(w.tag in allowed for w in words)
            or not rules.pattern("quantity_object_end").search(text)
            or len(text) > rules.setting("compound_object_max_chars") or _EDGE.sub("", text) != text):
        return ""
    return text if _object_of_verb(_SPACE.sub("", text_before[-_OBJECT_VERB_REACH:])) else ""


def _object_of_verb(clause_before: str) -> bool:
    """The clause before a count ends in a verb whose object the count is (签署了, 累计发布15批共, 复制推广),
    passing over adverbs, particles and a count before: not 有 (an existential's count does what follows), a
    causative or a pivot verb (吸引了35家企业入驻园区)."""
    rules = cues()
    clause = _BREAK.split(clause_before)[-1]
    skip, aspect = rules.words("object_count_skip_tags"), rules.words("aspect_tags")
    verbal = False
    words = [w for w in pos_tagger().lcut(clause) if w.word.strip()]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word.flag in skip:
            verbal = verbal or word.flag in aspect  # 培育了: the word before 了 is a verb
            continue
        if not (word.flag in rules.words("verb_tags") or verbal or _verb_after_adverb(words, at)):
            return False
        return not (rules.pattern("existential_before").search(word.word) or word.word in rules.words("causative_verbs")
                    or word.word in rules.words("pivot_verbs"))
    return False


def _verb_after_adverb(words: list[Any], at: int) -> bool:
    """(round 28) The verbal noun at ``at`` acts as a verb: an adverb stands right before it (我国已培育421家…), which
    qualifies an act, never a noun, or a running-total verb (全省累计建设65个…, 新增培育); jieba tags such a verb by its
    noun use (培育, 建设 vn)."""
    rules = cues()
    return (words[at].flag in rules.words("verbal_noun_tags") and at > 0
            and (words[at - 1].flag in rules.words("actor_adverb_tags")
                 or words[at - 1].word in rules.words("measure_qualifier_verbs")))


def _without_enumeration(before: str, words: list[Word]) -> tuple[str, list[Word]]:
    """The text and words before a count without the enumeration closed by 等 that ends them (已在坦桑尼亚、莫桑比克、
    加纳等|十多个国家上线): the list only names some of what is counted, so the metric reads as if it were not there."""
    start = _enumeration_start(words)
    if start is None:
        return before, words
    listed = "".join(w.text for w in words[start:]).rstrip()
    trimmed = before.rstrip()
    if not listed or not trimmed.endswith(listed):
        return before, words
    return trimmed[:len(trimmed) - len(listed)], words[:start]


def _enumeration_start(words: list[Word], closed: bool = True) -> int | None:
    """Where an enumeration of two or more members closed by 等 that ends ``words`` starts, or None. Members are
    parted by 、 (the last may join with 和/及); the first runs back from the first 、 over words of no stop tag
    (a verb, preposition or adverb before it opens the list: 已在, 已有, 吸引了), at most as long as the longest
    other member and a few characters more. Not ``closed``: a list that ends ``words`` with no 等 (one a count
    restates the size of, round 39 mend: 我市引进华为、腾讯、阿里|3家企业)."""
    rules = cues()
    kept = [at for at, word in enumerate(words) if word.text.strip()]
    if len(kept) < (4 if closed else 3) or (
            closed and words[kept[-1]].text.strip() not in rules.words("enumeration_closers")):
        return None
    separator = rules.setting("list_member_joiner")
    inside = kept[:-1] if closed else kept
    parts = [at for at in inside if words[at].text.strip() == separator]
    if not parts:
        return None
    first = parts[0]
    listed = "".join(words[at].text for at in inside if at > first)
    if _BREAK.search(_ASIDE.sub("", listed)):
        return None  # a clause ends inside: no one list
    members = [m for m in rules.pattern("list_last_joiners").split(listed.replace(separator, "\n")) if m.strip()]
    members = [part for m in members for part in m.split("\n") if part.strip()]
    if not members:
        return None
    room = max(len(_SPACE.sub("", m)) for m in members) + rules.setting("enumeration_member_slack")
    stops = rules.words("enumeration_stop_tags")
    start, size = first, 0
    while start > 0:
        word = words[start - 1]
        text = word.text.strip()
        if not text or word.tag in stops or _BREAK.search(text) or size + len(text) > room:
            break
        start, size = start - 1, size + len(text)
    return start if start < first else None


def _flow_of(governing: Governing) -> str:
    """The flow a stock clause after ``governing`` adds to: its metric when that is a scope and a verb of adding
    (全国净增移动电话基站: the subject stops at 全国, round 17's 净增 opens the change; round 36), else its subject
    without the base its change was against (5G移动电话用户比上年末净增…，总数达… → 5G移动电话用户总数, not …比总数).
    A metric opening with the verb itself is the flow too (净增规上工业企业175户，总数达到665户: 净增 opens a change, so
    the subject is empty, while 新增 is read into it; round 38)."""
    rules = cues()
    if rules.pattern("scoped_increment").match(governing.metric) or (
            not governing.subject and rules.pattern("increment_lead").match(governing.metric)):
        return governing.metric
    return _without_base(governing.subject)


def _stock_of(bare: str, flow: str) -> str:
    """The stock a clause of only a stock word reaches (总数达到1056家, 累计达到38家) after the flow that adds to it
    (新增高新技术企业): the flow's thing without its verb, with the stock word it names (高新技术企业总数); or "". A
    scope before the verb stays (全国净增移动电话基站 → 全国移动电话基站总数, round 36), a time word does not
    (今年新建5G基站 → 5G基站总数, mend)."""
    rules = cues()
    stock = rules.pattern("stock_clause").fullmatch(bare)
    scope = rules.pattern("scoped_increment").match(flow)  # (a time word around the scope drops: 今年新建…, mend)
    at = scope.end() if scope else 0
    thing = ((scope and scope["scope"]) or "") + rules.pattern("increment_lead").sub("", flow[at:])
    if stock is None or not thing:
        return ""
    return thing + (stock["noun"] or "")


def _regional_gap(head: str, governing: Governing, context: Context) -> str:
    """The metric of a gap to a wider area's figure (…同比增长8.3%，高于全国2.1个百分点 → …增速高于全国; 城镇化率为
    72.1%，高于全省3.5个百分点 → 城镇化率高于全省): the subject before it, its growth rate when that was a change,
    and the comparison; the area is the base, never the subject. "" for any other value (高于城区（83.8%）: a level)."""
    rules = cues()
    whole = (rules.pattern("whole_gap").fullmatch(head)  # (…分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点:
             and not rules.pattern("respectively").search(context.previous_clause))  # the members' gaps, round 23)
    schedule = rules.pattern("schedule_gap").fullmatch(head)  # 超序时进度: the completion's gap, no growth rate's
    measure = (_measure_gap(head, context.unit)  # (round 26: 低于全国城镇调查失业率0.3个百分点: a named measure)
               and not rules.pattern("respectively").search(context.previous_clause))
    if context.unit not in rules.setting("gap_units") or not (
            rules.pattern("regional_gap").fullmatch(head) or whole or schedule or measure):
        return ""
    subject = _without_base(governing.subject)
    rate = rules.setting("growth_rate_head")
    # (round 42) a second gap after a gap of the growth rate compares the same rate (增长5.9%，高于全国0.9个百分点，
    # 高于全省0.8个百分点 → …增速高于全省): the gap before passes its subject on without the change
    rate_gap = governing.metric.startswith(subject + rate) and bool(
        rules.pattern("regional_gap").fullmatch(governing.metric[len(subject + rate):]))
    if ((governing.change or rate_gap) and not schedule
            and not any(subject.endswith(d) for d in rules.words("derived_heads"))):
        subject += rate
    return subject + head


def _measure_gap(head: str, unit: str) -> bool:
    """The head is a gap in points to another measure the text names (低于全国城镇调查失业率 before 0.3个百分点;
    round 26): that measure is the base, as a wider area is, not the subject of the value (its level: per cent)."""
    rules = cues()
    found = rules.pattern("measure_gap").fullmatch(head)
    return bool(found) and unit in rules.setting("gap_units") and ends_in_metric_head(found["base"])


def _people_doing(bare: str, words_before: list[Word], words_after: list[Word], unit: str,
                  sufferers: str | None) -> bool:
    """A count in a measure word that is itself what is counted (万人, 名; 7国), after 有, a verb or a partner's 与,
    before a verb phrase (约有130万人死于结核病, 累计超过235万人享受待遇, 中国与7国共同发起倡议): the count names
    those doing what follows, not the clause's subject. Adverbs and prepositions may open the verb phrase
    (20余国与我国签署). ``sufferers``: `_sufferers_lead` of the words before."""
    rules = cues()
    if unit not in rules.words("person_measures") and unit not in rules.words("self_counted_measures"):
        return False
    verbs, aspect = rules.words("verb_tags"), rules.words("aspect_tags")
    after = [w for w in _phrase_words(words_after) if w.text.strip()]
    # (round 30: a word before 了 is a verb whatever jieba tags it: 9.9亿人领用了电子社保卡, 领用/n)
    acts = [w.tag in verbs or (k + 1 < len(after) and after[k + 1].tag in aspect) for k, w in enumerate(after)]
    opens = bool(after) and (acts[0] or after[0].tag in rules.words("doing_opener_tags"))
    if not opens or not any(acts) or rules.pattern("change_start_value").search(bare):
        return False  # (由2020年的逾300万人增长至…: the start of a from–to change, no people doing it)
    last = next((w for w in reversed(words_before) if w.text.strip()), None)
    partner = last is not None and last.text.strip() in rules.words("partner_prepositions")
    if not bare or sufferers is not None:
        return True  # 3人死亡、5人受伤: a count opening its clause; 已造成全省72.1万人受灾
    return bool(rules.pattern("existential_before").search(bare)) or partner or (
        _for_recipients(bare, words_before, words_after)) or (last is not None and last.tag in verbs)


def _for_recipients(bare: str, words_before: list[Word], words_after: list[Word]) -> bool:
    """The words before a count end in a preposition of whom an act is done for (向, 为, also fused with an adverb the
    tagger reads as one word out of context: 共为, 共向): the count names those the verb phrase after it serves
    (共向5.2万人发放救助金 → 发放救助金的人), not the clause before nor the actor (round 33). Second review: only
    before a verb with an object (正向1500万人迈进, 向2万人靠拢: a target), and right after a noun (a copula's subject,
    注册代表为3000人参会, 学员为60人参加集训) only before a serving verb (机构为8600余人提供法律援助)."""
    rules = cues()
    if not bare or not rules.pattern("recipient_before").search(bare):
        return False
    after = [w for w in _phrase_words(words_after) if w.text.strip()]
    verbs = rules.words("verb_tags")
    k = next((k for k, w in enumerate(after) if w.tag in verbs), None)
    if k is None or k + 1 >= len(after) or after[k + 1].tag not in rules.words("object_open_tags"):
        return False  # (no object: 迈进, 靠拢, 参会)
    before = [w for w in words_before if w.text.strip()]
    noun = len(before) >= 2 and rules.pattern("recipient_before").fullmatch(before[-1].text.strip()) is not None \
        and before[-2].tag in rules.words("noun_tags")
    return not noun or after[k].text.strip() in rules.words("recipient_serving_verbs")


def _sufferers_lead(words: list[Word]) -> str | None:
    """What of the words before a count of people belongs to those the predicate after it counts, when they say only
    where or that something caused it (已造成|甘肃|105人死亡, 青海|11人死亡, 死亡、|397人受伤): the place, or ""; None
    when the words before say more (a subject that acts: 全省共有…人参加培训)."""
    caused = _after_causative(words)
    if caused is not None:
        return caused
    if _previous_predicate(words):
        return ""  # 死亡 is the count before's: 397人受伤 counts 受伤的人
    kept = [w for w in words if w.text.strip()]
    glue = cues().pattern("list_glue")
    while kept and glue.match(kept[0].text):
        kept = kept[1:]
    places, scopes = cues().words("place_pos_tags"), cues().words("area_scope_words")
    if len(kept) == 1 and cues().pattern("sentence_subset_opener").match(kept[0].text):
        return ""  # 其中|3.2万人取得证书: a part of the people counted before, named by what it does (round 22)
    while len(kept) > 1 and kept[0].tag in cues().words("time_tags"):
        kept = kept[1:]  # 去年|全市|12.6万人参加培训: the period is the claim's time, no part of where
    if kept and all(w.tag in places or w.text in scopes for w in kept):
        return "".join(w.text for w in kept)  # ，青海|11人死亡; 全市|29878人脱贫 (round 22: an area's scope word)
    return None


def _previous_predicate(words: list[Word]) -> bool:
    """The words before a count are only verbs closed by a list's glue (死亡、|397人受伤): the predicate of the count
    before, which names nothing of this one; so are the count before's noun and its predicate (round 22: 实现85个|
    贫困村退出、|29878人脱贫: nouns, then verbs, closed by the glue)."""
    rules = cues()
    kept = [w for w in words if w.text.strip()]
    if len(kept) < 2 or not rules.pattern("list_glue").match(kept[-1].text):
        return False
    verbs, nouns = rules.words("verb_tags"), rules.words("noun_tags")
    predicate = len(kept) - 1
    while predicate and kept[predicate - 1].tag in verbs:
        predicate -= 1
    return predicate < len(kept) - 1 and all(w.tag in nouns for w in kept[:predicate])


def _after_causative(words: list[Word]) -> str | None:
    """What stands between a causative verb ending the words before a count and the count (已造成|甘肃, 共造成|全省,
    致|"") when it is only nouns (a place, an area), or None: the count then names who suffered what follows it."""
    rules = cues()
    kept = [w for w in words if w.text.strip()]
    for at in range(len(kept) - 1, -1, -1):
        if kept[at].text.strip() in rules.words("causative_verbs"):
            after = kept[at + 1:]
            if all(w.tag in rules.words("noun_tags") or w.tag in rules.words("place_pos_tags") for w in after):
                return "".join(w.text for w in after)
            return None
    return None


def _counted_group(governing: Governing, unit: str) -> str:
    """The group a count before named by what its members do (有206万人享受工伤保险待遇 → 享受工伤保险待遇的人;
    为608万名失业人员发放失业保险金 → 发放失业保险金的失业人员; 全省有128家企业建立企业年金 → 全省建立企业年金的
    企业): a bare change after it in a unit that counts the same members (，比上年增加12万人; 名, 人 and 位 all count
    people) or in per cent (，比上年增长21.3%) is that group's change (round 28), not the change of the place or actor
    before the count (全省, 地震造成), as the group a threshold picks out is (有3家房企销售额超千亿，较去年同期减少2家);
    or ""."""
    rules = cues()
    people = rules.words("people_counters")
    same = unit == governing.unit or (unit in people and governing.unit in people)
    rate = unit == rules.setting("share_change_unit")  # (，比上年增长21.3%: the count's own growth)
    noun = governing.counted or governing.unit  # (the count's noun, or its unit: 人 of 享受…的人)
    # (round 35: a count in a measure word of events, 9次暴雨过程, that named its noun counts that noun as well:
    # ，较常年同期偏多1.9次 is the change of 暴雨过程)
    counter = governing.unit in rules.words("counting_measures") or bool(governing.counted)
    same_count = same and (unit in rules.words("counting_measures") or bool(governing.counted))
    # (the metric is the group: …的 and the noun, with words before them)
    names_group = (bool(noun) and governing.metric.endswith(rules.setting("relative_marker") + noun)
                   and len(governing.metric) > len(noun) + 1)
    # (round 41: or the count named its noun alone, 我国共有89.13万个社会组织，比上年减少1.06万个 → 社会组织减少)
    names_group = names_group or (bool(governing.counted) and governing.metric == governing.counted)
    if not (counter and (rate or same_count) and names_group):
        return ""
    return governing.metric


def _parallel_act(phrase: str, subject: str, change: str, same_unit: bool = False,
                  counted: bool = False, unit: str = "") -> Governing:
    """The metric of a clause whose words name no thing, after the subject carried from before (北向资金净买入…): the
    subject that already ends in them is not said twice (其中，一季度净买入… → 北向资金净买入); a member that ends like
    the subject's owner takes its place (沪股通净买入…，深股通净买入… → 深股通净买入); another act of the same owner
    takes the place of the subject's act (…，二季度净卖出… → 北向资金净卖出). Else the subject and the words."""
    if change or not subject:
        return Governing(subject + phrase, subject, change)
    if subject.endswith(phrase):
        return Governing(subject, subject, change)
    segment = pos_tagger().lcut
    words, own = segment(subject), segment(phrase)
    rules = cues()
    noun_tags, verb_tags = rules.words("noun_tags"), rules.words("verb_tags")
    act: list[Any] = []  # the subject's act (jieba's word pairs): the words after its last noun
    for word in reversed(words[1:]):
        if word.flag in noun_tags:
            break
        act.insert(0, word)
        size = sum(len(w.word) for w in act)
        tail, lead = subject[len(subject) - size:], phrase[:len(phrase) - size]
        if phrase.endswith(tail) and lead and _alike([[w.word for w in segment(subject[:-size])]],
                                                     [w.word for w in segment(lead)]):
            return Governing(phrase, phrase, change)  # 深股通净买入 for 沪股通净买入
    size = sum(len(w.word) for w in act)
    owned = any(w.flag in noun_tags for w in words[:len(words) - len(act)])  # (受理审查起诉: all act, no owner)
    if (act and owned and len(phrase) == size and not any(w.flag in noun_tags for w in own)
            and any(w.flag in verb_tags for w in own) and any(w.flag in verb_tags for w in act)
            and not rules.pattern("rate_noun_end").search(subject)):  # (round 42: 增速 is the measure, no act: …增速
        # 比上月末低…，比上年同期高… → M1余额增速比上年同期高, never M1余额比高)
        return Governing(subject[:-size] + phrase, subject[:-size] + phrase, change)  # 净卖出 for 净买入
    actor = _actor_of_act(words, own)
    if actor is not None:  # 受理案件…，审结…件 → 审结案件; 起诉…2.5万人，帮助追赃挽损…亿元 → 帮助追赃挽损
        whole = _names_its_object(own, phrase, unit)
        acted = actor + phrase + (_object_of_act(subject, actor, unit) if same_unit and not whole else "")
        return Governing(acted, acted, change)
    leads = rules.words("act_lead_tags")  # (round 42: 共抓获…人, 因灾死亡失踪…人: an adverb or cause before the acts)
    cause = _longest_start(phrase, rules.words("cause_bound_words"))  # (因|灾: jieba cuts the bound cause apart)
    acts_only = [w for w in (segment(phrase[len(cause):]) if cause else own) if w.word.strip()]
    while acts_only and acts_only[0].flag in leads:
        acts_only = acts_only[1:]
    if (counted and not same_unit and not any(w.flag in verb_tags for w in words) and acts_only and all(
            w.flag in verb_tags for w in acts_only)):  # a count (人) of another unit than the subject's
        return Governing(phrase, phrase, change)  # (round 23: 共办理各类案件…件；其中，受理审查起诉…人: its own act)
    return Governing(subject + phrase, subject, change)


def _names_its_object(own: list[Any], phrase: str, unit: str) -> bool:
    """The clause opens with a verb whose object is the act after it (`object_taking_verbs`) and ends in a noun that the
    value's unit counts (`act_object_counters`: 作出处罚决定539件): it names its object whole (round 40). A unit that
    counts no such noun (实施处罚85家, 作出处理决定2100户) counts the object before (round 40 mend)."""
    rules = cues()
    if len(own) < 2 or own[0].word not in rules.words("object_taking_verbs"):
        return False
    return any(phrase.endswith(noun) and unit in units for noun, units in rules.mapping("act_object_counters").items())


def _object_of_act(subject: str, actor: str, unit: str = "") -> str:
    """What the subject's act acts on (最高人民法院|受理|案件 → 案件; 流入|金额 → 金额): the nouns after its verbs,
    which another act counted in the same unit acts on too (审结17855件: 审结案件); "" when the subject ends in its
    act. A sanction or measure given by an object-taking verb (给予党纪政务处分7人, 采取留置措施3人) is no party acted
    on: a count of people after it (组织处理21人) is of the people, the act names no object (round 41)."""
    rules = cues()
    verbs, acts = rules.words("verb_tags"), rules.words("act_tags")
    words = [w for w in pos_tagger().lcut(subject[len(actor):]) if w.word.strip()]
    last = max((k for k, w in enumerate(words) if w.flag in verbs or w.flag in acts), default=-1)
    if (unit in rules.words("people_counters") and last >= 0
            and any(w.word in rules.words("object_taking_verbs") for w in words[:last + 1])):
        return ""
    rest = words[last + 1:]
    return "".join(w.word for w in rest) if last >= 0 and _nominal([w.word for w in rest]) else ""


def _carried_actor(head: str, bare: str, words_before: list[Word], governing: Governing | None,
                   context: Context) -> str:
    """Who acts in the subject before (中欧班列|共开行…、发送货物…; 理想汽车|交付新车…；1-9月累计交付新车…) when the
    value's clause of the same sentence, or of one run on after ；, opens with an act of its own (adverbs or a period's
    mean before it allowed: 全国铁路发送旅客…，日均发送旅客… → 全国铁路日均发送旅客, round 29) and names no actor: that
    actor does this act too (round 27). "" when the clause opens with anything else,
    names a measure (就業不足率, 参与调查的居民…知晓率: a noun phrase of its own) or what a verb of attainment reports
    (实现净利润: round 20), the subject names no act, or its actor is only an area's scope word (全省新建…，建成充电站…:
    a scope, no actor)."""
    if governing is None or not governing.subject or not (context.local or context.chained):
        return ""
    rules = cues()
    if rules.pattern("metric_head").search(head) or rules.pattern("attained_object").match(bare):
        return ""
    verbs, adverbs = rules.words("verb_tags"), rules.words("actor_adverb_tags")
    skipped, glue = rules.words("carried_actor_skip_tags"), rules.pattern("list_glue")
    opening = [w for w in words_before if w.text.strip() and not glue.match(w.text) and w.tag not in skipped]
    means = rules.words("carried_actor_mean_words")
    dated = any(w.tag in rules.words("time_tags") or w.text.strip() in rules.words("carried_actor_period_words")
                for w in words_before)  # (10月1日发送旅客…: a day's or a period's own total, no mean)
    averaged = dated or any(w.text in means for w in opening[:2])
    while opening and (opening[0].tag in adverbs or opening[0].text in means):
        opening = opening[1:]  # (round 29: …发送旅客…，日均发送旅客…: the period's mean is the act's, as an adverb is)
    if (not opening or opening[0].tag not in verbs
            or rules.pattern("carried_actor_comparison_open").match("".join(w.text for w in opening))
            or _group_acts(opening)):
        return ""
    actor = _actor_of_act([w for w in pos_tagger().lcut(governing.subject) if w.word.strip()], [])
    if not actor or all(w.word in rules.words("area_scope_words") for w in pos_tagger().lcut(actor)):
        return ""
    mean = next((m for m in means if actor.endswith(m)), "") if averaged else ""
    return actor[:len(actor) - len(mean)]  # (全路日均开行…，日均发送旅客…: the clause's own 日均, not said twice;
    # …，10月1日发送旅客…: the day's own total, not the actor's daily mean)


def _elided_act_object(head: str, subject: str) -> str:
    """(round 42) The head with the object of the same act in the subject before, when the head ends in that act's
    verb and names no object (全国铁路累计发送旅客…，日均发送… → 日均发送旅客): the clause repeats the act with its
    object left out, as 日均发送旅客 writes it whole. "" when the head's last word is no verb, the subject holds no such
    verb, or the words after it there are no noun phrase."""
    words = _words(head)
    if not words or tag_of(words[-1]) not in cues().words("verb_tags"):
        return ""
    subject_words = _words(subject)
    at = next((k for k in range(len(subject_words) - 1, -1, -1) if subject_words[k] == words[-1]), None)
    rest = subject_words[at + 1:] if at is not None else []
    return head + "".join(rest) if _nominal(rest) else ""


def _group_acts(opening: list[Word]) -> bool:
    """The clause's opening verb only qualifies a group of people that acts after it (就业困难人员|就业, 脱贫人口|务工):
    a noun ending in an `own_actor_group_heads` or `people_group_heads` word, right before a verb, names the clause's
    own actor (round 32), when a state word naming the group opens the clause (`own_actor_group_openers`): after a
    transitive verb (运送务工人员返岗) the group is its object, and the actor before keeps the act."""
    rules = cues()
    if not opening or opening[0].text.strip() not in rules.words("own_actor_group_openers"):
        return False
    heads = _word_ends("people_group_heads", "own_actor_group_heads")
    verbs, nouns = rules.words("verb_tags"), rules.words("noun_tags")
    return any(w.tag in nouns and w.text.endswith(heads) and after.tag in verbs
               for w, after in itertools.pairwise(opening[1:]))


def _repeated_measure_owner(head: str, words_before: list[Word], governing: Governing | None, context: Context) -> str:
    """The owner of the subject before when the value's clause names only that subject's measure again, for another
    period (北汽极狐8月销量…，1-8月销量… → 北汽极狐销量): the entity the subject opens with (by POS: a place, an
    organisation, a name), or "": a qualifier before the measure (累计销量…，销量…; 海外销量) is no owner
    (round 27). A clause naming an entity of its own (高盛则预计降息…: a forecaster) keeps its words. A running-total
    verb before the measure again (`running_total_verbs`: 吉利汽车10月销量…；1-10月累计销量… → 吉利汽车累计销量)
    qualifies the same measure of the same owner (round 34); 新增 does not (a flow of its own: …；新增基站数…)."""
    measure = _without_running_total(head)
    if (governing is None or not (context.local or context.chained) or len(measure) < 2
            or not governing.subject.endswith(measure) or governing.subject == measure):
        return ""
    entities = cues().words("entity_tags")
    if any(w.tag in entities or w.text.strip() in org_resources().aliases for w in words_before):
        return ""
    owner = governing.subject[:-len(measure)]
    words = [w for w in pos_tagger().lcut(owner) if w.word.strip()]
    if not words or (words[0].flag not in cues().words("entity_tags") and owner not in org_resources().aliases):
        return ""
    return _without_measure_qualifier(owner)


def _without_running_total(head: str) -> str:
    """The measure a head names after a verb of a running total (`running_total_verbs`: 累计|销量, 累計|交付量; not
    新增): the head itself when it opens with none (round 34)."""
    return _running_total_stripped(head, at_end=False)


def _without_measure_qualifier(owner: str) -> str:
    """The owner without the words after its name that qualify the measure before (招商银行|核心 of 招商银行核心一级资本
    充足率为…，一级资本充足率为…): the head then repeats only the tail of that measure, a measure of its own (round 20),
    of the same entity (round 31: 招商银行一级资本充足率). The name ends at its last word that is tagged an entity or a
    time, is a known name, or ends in an organisation's head (宁波|银行, 国铁集团): "" when no word is one."""
    heads = tuple(h for h, _ in org_resources().heads)
    named = cues().words("entity_tags") | cues().words("time_tags")
    aliases = org_resources().aliases
    words = pos_tagger().lcut(owner)
    end, kept = len(owner), len(words)
    while kept and not (words[kept - 1].flag in named or owner[:end] in aliases or owner[:end].endswith(heads)):
        kept -= 1
        end -= len(words[kept].word)
    return owner[:end].rstrip()


def _actor_of_act(subject: list[Any], own: list[Any]) -> str | None:
    """Who acts in a subject that names an act and its object (最高人民法院|受理案件, 全国检察机关|批准逮捕…嫌疑人),
    when the clause after it is only a verb phrase of its own (审结, 决定起诉, 刑事打击): the nouns before the
    subject's first verb ("" when the act opens it: 起诉…犯罪, 查封…资产); None when the clause names a thing or the
    subject no act.
    The clause states another act of that actor, not one of the object counted before (round 19)."""
    rules = cues()
    nouns, verbs, acts = rules.words("noun_tags"), rules.words("verb_tags"), rules.words("act_tags")
    if own and (not any(w.flag in verbs for w in own) or any(w.flag in nouns for w in own)
            or any(w.flag in rules.words("preposition_tags") for w in own)
            or rules.pattern("comparison_lead").match("".join(w.word for w in own))):
        return None  # (比去年同期高: a comparison of the subject before, no act of its own)
    if subject and all(w.flag in verbs or not w.word.strip() or rules.pattern("list_glue").match(w.word)
                       for w in subject):
        return ""  # 审结175万件、执结68万件: the act before was one of the actor's too, named alone
    purpose = rules.words("purpose_markers")  # (round 42: 生产|用|码头: a purpose, no act)
    first = next((k for k, w in enumerate(subject) if (w.flag in verbs or w.flag in acts)
                  and not (k + 1 < len(subject) and subject[k + 1].word in purpose)), None)
    if first is None:
        return None  # (案值, 北向资金: no act to replace)
    actor = subject[:first]
    preposition = next((k for k, w in enumerate(actor) if w.flag in rules.words("preposition_tags")), None)
    if preposition is not None:  # (round 40) 向公安机关|移送…: the preposition's phrase is the act's, not its actor
        actor = actor[:preposition]
    adverbs = rules.words("actor_adverb_tags")
    opening = next((w.flag for w in own if w.word.strip()), "")
    degrees = rules.words("act_degree_tags")
    graded = opening in degrees or opening in adverbs  # (round 25: 严重损坏房屋…，一般损坏…)
    degree = degrees if graded else frozenset()
    while actor and (actor[-1].flag in adverbs or actor[-1].flag in degree):
        actor = actor[:-1]  # 知识产权法庭共新收…: the adverb before the act is the act's, not the actor's (round 23)
    determiners = rules.words("actor_determiner_tags")
    if not all((w.flag in nouns and w.flag not in acts) or (w.flag in determiners and k and k < len(actor) - 1)
               for k, w in enumerate(actor)):
        return None  # (新开工项目: a qualifier, no actor; 地方各级人民法院: a determiner within the name is part of it)
    return "".join(w.word for w in actor)


def _deal_price(bare: str, words_after: list[Word]) -> str:
    """The metric of a price a plot or a property changed hands at (以 + the amount + 成交/竞得/摘得): the deal's price,
    after the plot the words before 以 end in (G31地块以总价40.04亿元成交 → G31地块成交总价); the bidder (被越秀地产
    联合体以) and 以 are no part of it. "" for any other value."""
    rules = cues()
    led = rules.pattern("auction_price_before").search(bare)
    if led is None or not rules.pattern("auction_verb_after").match("".join(w.text for w in words_after)):
        return ""
    price = rules.setting("auction_total_price" if led["total"] else "auction_price")
    owner = clean(bare[:led.start()])
    return owner + price if rules.pattern("auction_plot_end").search(owner) else price


def _qualifier_units(head: str) -> tuple[list[tuple[int, str]], str]:
    """The qualifiers a head opens with, each with its class (an index of `contrast_qualifiers`, -1 for a place by
    jieba's tag), and the words after them."""
    rules = cues()
    classes = rules.patterns("contrast_qualifiers")
    tags, places = pos_tagger().word_tag_tab, rules.words("place_pos_tags")
    starts = {start: word for word, start, _ in _word_spans(head)}
    units: list[tuple[int, str]] = []
    at = 0
    while at < len(head):
        found = next(((k, m[0]) for k, c in enumerate(classes) if (m := c.match(head, at))), None)
        if found is None and at in starts and tags.get(starts[at], "") in places:
            found = (-1, starts[at])
        if found is None:
            break
        units.append(found)
        at += len(found[1])
    return units, head[at:]


def _contrast_swap(head: str, governing: Governing | None) -> str:
    """The measure a parallel item names by contrasting qualifiers (首套↔二套, 5年以上↔5年以下, 超百亿↔超50亿, a
    city for a city): the governing subject with each of its qualifiers of a class the head names replaced by the
    head's (北京首套住房商业贷款利率为3.5%，二套为3.8% → 北京二套住房商业贷款利率; 百城首套主流房贷利率…，二套利率为…
    → 百城二套主流房贷利率); or "". The head must name a qualifier of a class, not only places, and its other words
    must end the subject, which must hold a qualifier of each class the head names, and no grade word may stand between
    a replaced qualifier and those words (`contrast_restated_grade`: 优良 restates Ⅰ～Ⅲ类, round 36)."""
    if governing is None or not governing.subject or not head:
        return ""
    rules = cues()
    units, rest = _qualifier_units(head)
    if not any(k >= 0 for k, _ in units) or not governing.subject.endswith(rest):
        return ""
    subject = governing.subject
    tags, places = pos_tagger().word_tag_tab, rules.words("place_pos_tags")
    spans: list[tuple[int, int, str]] = []
    for k, text in units:
        if k >= 0:
            m = rules.patterns("contrast_qualifiers")[k].search(subject)
            span = m.span() if m else None
        else:
            span = next(((start, end) for word, start, end in _word_spans(subject)
                         if tags.get(word, "") in places), None)
        if span is None or any(b < span[1] and span[0] < e for b, e, _ in spans):
            return ""
        if rest and rules.pattern("contrast_restated_grade").search(subject, span[1], len(subject) - len(rest)):
            return ""  # Ⅰ～Ⅲ类优良水质断面比例…；劣Ⅴ类断面比例: 优良 is the first grade's (round 36)
        spans.append((*span, text))
    for begin, end, text in sorted(spans, reverse=True):
        subject = subject[:begin] + text + subject[end:]
    return subject


def _other_units_member(head: str, governing: Governing | None, context: Context) -> bool:
    """A head of qualifiers only (a tenor, 7年期) before a value in another unit than the value before it (…，发行利率
    2.78%；7年期26.42亿元): an amount of that tenor's bonds, no quote of the rate the clause before names (round 25)."""
    return bool(_only_qualifiers(head) and governing is not None and governing.unit and context.unit
                and governing.unit != context.unit)


def _only_qualifiers(head: str) -> bool:
    """The head is only qualifiers of contrasting classes (a tenor code, 3M; 二套), no place and no words after them: it
    names a member of what the clause before names, not a measure of its own."""
    units, rest = _qualifier_units(head)
    return bool(units) and not rest and all(k >= 0 for k, _ in units)


def _own_group_threshold(described: str, governing: Governing | None) -> str:
    """The group a count with no noun counts when its clause is only a threshold and its value (其中3家超千亿元): the
    group the clause before named by a threshold, with this one in its place (营业收入超百亿元的车企有16家，其中5家超
    千亿元 → 营业收入超千亿元的车企), or else the measure before with this threshold after it (入围车企营业收入均超
    百亿元，其中5家超千亿元 → 入围车企营业收入超千亿元); never the bound of the clause before (round 37). "" when the
    clause says more than a threshold or nothing was named before."""
    rules = cues()
    if governing is None or not rules.pattern("own_threshold_rest").match(described):
        return ""
    group = rules.pattern("carried_group_threshold").match(governing.metric)
    if group:
        return group["attribute"] + described + rules.setting("relative_marker") + group["noun"]
    carried = _EDGE.sub("", governing.subject or governing.metric)
    return carried + described if carried else ""


def _threshold_group(words_after: list[Word], rest: str) -> str:
    """The group a count counts when a threshold on its attribute follows the noun (3家房企销售额超千亿 → 销售额超千亿的
    房企): the attribute, the threshold and its value, 的 and the counted noun; or "" when no threshold follows."""
    rules = cues()
    words = [w.text for w in _phrase_words(words_after)]
    joined = "".join(words)
    threshold = rules.pattern("group_threshold_end").pattern.replace(r"\s*$", "")
    if not rest or not joined.endswith(rest) or not re.match(f"(?:{threshold})\\s*\\S", rest):
        return ""
    noun = joined[:len(joined) - len(rest)]
    at = 0
    for word in words:  # the first word of two characters or more from which the noun names a measure (销售额)
        if at >= len(noun):
            break
        if at and len(word) >= 2 and rules.pattern("metric_head").search(noun[at:]):
            return noun[at:] + _EDGE.sub("", rest) + rules.setting("relative_marker") + noun[:at]
        at += len(word)
    return ""


def _vote_label(before: str, words_after: list[Word], context: Context) -> str:
    """The vote a tally's value counts (表决结果：同意9票，反对0票; 以9票同意、0票反对、0票弃权; 同意3,201,234,567股),
    named by the label right before the value or right after it, with what is counted (同意票, 反对股份); or "".
    Each label starts its own metric: a tally's clauses are siblings, never chained onto the label before."""
    rules = cues()
    label = rules.pattern("vote_label_before").search(before)
    if label is None:
        after = _SPACE.sub("", "".join(w.text for w in words_after))
        label = rules.pattern("vote_label_after").match(after) if rules.pattern("vote_count_before").search(
            before) else None
    if label is None:
        return ""
    return label["label"] + rules.setting("vote_objects").get(context.unit, "")


def _result_label(bare: str, context: Context, governing: Governing | None) -> str:
    """The indicator a results-forecast line labels before its colon when only the result's sign (盈利, 亏损) stands
    before the value (归属于上市公司股东的净利润：盈利425,000万元); the one named before when the label is only a
    period (上年同期：盈利1,250.36万元) or when the clause before states the same indicator's result (…净利润亏损约
    45亿元，上年同期盈利226.18亿元); or ""."""
    rules = cues()
    if not rules.pattern("result_sign").fullmatch(bare):
        return ""
    if rules.pattern("label_end").search(_SPACE.sub("", context.before)):
        return clean(context.previous_clause) or (governing.subject if governing is not None else "")
    previous = _before_value(context.previous_clause, list(context.previous_words))
    sign = rules.pattern("result_sign_in").search(previous)  # 净利润亏损约45亿元…，上年同期盈利226.18亿元
    return clean(previous[:sign.start()]) if sign else ""


def _field_label(context: Context, governing: Governing | None) -> Governing | None:
    """(round 29) What a value right after a field label's colon measures where the label is no plain measure: a label
    that ends in the result's sign (归属于上市公司股东的净利润盈利：…, 基本每股收益亏损：…) names the indicator without
    the sign (one that is only a period and the sign, 上年同期盈利：…, the indicator named before); a label that is only
    a change against a base (比上年同期增长：…, 同比上年增长：…, 与上年同期相比变动幅度：…) is the change of the
    indicator named before (round 13 has the sign after the colon; a results-forecast line of the exchanges' template
    writes both before it). None for any other label (营业收入：…), which names its value as before."""
    rules = cues()
    if not rules.pattern("label_end").search(_SPACE.sub("", context.before)):
        return None
    label = clean(context.previous_clause)
    subject = governing.subject if governing is not None and (context.local or context.chained) else ""
    if sign := rules.pattern("label_result_sign").search(label):
        indicator = label[:sign.start()]
        if not indicator:
            return Governing(subject, subject, "") if subject else None
        return Governing(indicator, indicator, "") if _has_noun(indicator, list(context.previous_words)) else None
    change = _EDGE.sub("", _SPACE.sub("", context.previous_clause))  # (its base marker kept: 比, 与…相比)
    if subject and rules.pattern("change_label").fullmatch(change):
        return Governing(subject + change, subject, change, governing.core if governing is not None else "")
    return None


def _prior_result(bare: str, words_before: list[Word], context: Context, governing: Governing | None) -> str:
    """The indicator of the value before in the sentence when this clause opens with the previous period and says only
    the sign of its result (…净利润776.05亿元，而上年同期为亏损23.32亿元; …，去年同期亏损0.8亿元), or "" (round 22).
    (round 38) Where the values before are a forecast's that set no metric (预计…净利润为-55亿元至-48亿元，上年同期为
    盈利91.83亿元), the indicator the clause before names for them, as a bare 上年同期为8.2亿元 takes it (round 13)."""
    rules = cues()
    if not rules.pattern("prior_result_sign").fullmatch(bare):
        return ""
    words = [w.text for w in words_before if w.text.strip()]
    opener = "".join(words[:2]) if words[:1] in (["而"], ["但"]) else "".join(words[:1])
    if not rules.pattern("past_period_word").fullmatch(opener):
        return ""
    if context.local and governing is not None and governing.subject:
        return governing.subject
    if governing is None and _VALUE.search(context.previous_clause):
        # (round 38 mend) only a result's measure, its forecast cue dropped (公司预计…净利润 → 公司净利润)
        subject = rules.pattern("attributed_forecast").sub("", _clause_subject(context.previous_clause,
                                                                                list(context.previous_words)))
        return subject if rules.pattern("prior_result_measure_end").search(subject) else ""
    return ""


def list_members(chunk: str, count: int) -> list[str] | None:
    """The ``count`` members of the list a 分别 refers to (the text before 分别), or None."""
    members = _list_members(chunk, count)
    return list(members) if members is not None else None


@cleared_with_resources
@lru_cache(maxsize=64)
def _list_members(chunk: str, count: int) -> tuple[str, ...] | None:
    """`list_members`, once per list (round 32: each value of a 分别 list of n values read the whole list again, n²
    on a one-line list; a tuple, so threads may share it). Cleared with the resources, so a user's new resources read
    the list anew."""
    parts = _list_parts(chunk, count)
    if parts is None:
        return None
    items, suffix, base_text = parts
    items = _owner_shared(items)
    # a member that is only a country keeps it (中国和印度GDP增速); 我国出口和进口 drops it as a metric does
    only_country = [not clean(i) and bool(clean(i, country=False)) for i in items]
    members = tuple(clean(_joined(i, suffix) + base_text, country=not alone)
                    for i, alone in zip(items, only_country, strict=True))
    return members if all(members) else None


def _owner_shared(items: list[str]) -> list[str]:
    """(round 37) The owner before a linking verb of the first member (全社会公路运输完成货运量和货物周转量分别为…;
    全省规上工业实现营业收入、利润总额分别为…) owns the later members too, which name only a measure: the verb links
    the owner to the whole list (→ 全社会公路运输货物周转量). Only an owner that names no measure of its own, and only
    for later members that hold no verb of their own and name a measure."""
    rules = cues()
    led = rules.pattern("list_owner_verb").match(_SPACE.sub("", items[0])) if len(items) > 1 else None
    if led is None or _names_any_measure(led["owner"]) or not _nominal(_words(led["owner"])):
        return items
    later = [_SPACE.sub("", i) for i in items[1:]]
    if not all(rules.pattern("metric_head").search(i) and not rules.pattern("list_owner_verb_any").search(i)
               for i in later):
        return items
    return [items[0], *(led["owner"] + i for i in later)]


def _joined(member: str, shared: str) -> str:
    """A list member with the words every member shares after it, less the words that open them which the member
    already ends in (round 32: 机电产品 + 产品 → 机电产品, 大型银行 + 银行贷款 → 大型银行贷款): a member written whole
    lacks only the rest. An overlap of one character is no word (采矿业 + 业务收入 stays whole)."""
    bare, tail = _SPACE.sub("", member), _SPACE.sub("", shared)
    overlap = next((k for k in range(min(len(bare), len(tail)), 1, -1) if bare.endswith(tail[:k])), 0)
    return member + tail[overlap:] if overlap else member + shared


def list_heads(chunk: str, count: int) -> list[str] | None:
    """(round 29) The ``count`` members of a 分别 list without the measure they share (财产险公司、人身险公司的
    平均综合偿付能力充足率 → 财产险公司, 人身险公司), for a later 分别 of the same members that names a measure of
    its own (；平均核心偿付能力充足率分别为…); None when the members share no measure (营收和净利润: each is one)."""
    parts = _list_parts(chunk, count)
    if parts is None or not parts[1].strip():
        return None
    items = _bound_heads(parts[0], parts[1])
    heads = [clean(i, country=False) for i in items]
    return heads if all(heads) else None


def _bound_heads(items: list[str], shared: str) -> list[str]:
    """(round 42) Bound one-character members (东、中、西部地区快递业务量比重 → 东, 中, 西 | 部地区…) each take the
    shared words up to the region or firm noun that closes their name (东部地区, 大型企业), so a later 分别 of the
    same members (，业务收入比重分别为…) reads 东部地区业务收入比重, not 东业务收入比重. Members that are not all
    bound characters, or shared words with no such noun, are left as they are."""
    rules = cues()
    bound = rules.words("bound_member_chars")
    if not all(_SPACE.sub("", i) in bound for i in items):
        return items
    closing = rules.words("region_nouns") | rules.words("framed_member_nouns")
    end = 0
    for word in _words(_SPACE.sub("", shared)):
        end += len(word)
        if word in closing:
            return [_SPACE.sub("", i) + _SPACE.sub("", shared)[:end] for i in items]
    return items


def _list_parts(chunk: str, count: int) -> tuple[list[str], str, str] | None:
    """The ``count`` items of the list a 分别 refers to, the words after the last one that every item shares, and the
    base of the change every item shares (同比); None when the list does not hold ``count`` items."""
    rules = cues()
    chunk = rules.pattern("list_member_aside").sub("", chunk)  # 生猪存栏（44922万头）、…: a level, no name (round 23)
    trend = rules.pattern("list_trend_tail").search(chunk)  # 用电量增长强劲，分别为…: how they moved, no member's part
    chunk = chunk[:trend.start()] if trend and trend.start() > 0 else chunk
    chunk = rules.pattern("list_adverb_tail").sub("", chunk)  # …旅客吞吐量则分别…: 则 is no member's (round 37 mend)
    base = rules.pattern("list_change_base").search(chunk)  # 服装销售额同比分别增长: 同比 is every member's base
    if base and base.start() > 0:
        chunk, base_text = chunk[:base.start()], base.group().strip()
    else:
        base_text = ""
    items = [i for i in _split_outside_titles(chunk, rules.pattern("list_separators")) if i.strip()]
    if len(items) == 1 and count > 1:  # 毛利率/净利率分别为…: members between slashes (round 24)
        items = [i for i in rules.pattern("list_slash_separator").split(chunk) if i.strip()] or items
    if not items:
        return None
    lead = rules.pattern("list_member_lead").match(items[0])  # 增长较快的领域是A和B: the list starts after 是
    items[0] = items[0][lead.end() - _repeated_lead(lead, items):] if lead and lead.end() < len(items[0]) else items[0]
    suffix = ""
    marker = rules.setting("relative_marker")
    if marker in items[-1]:
        last, _, suffix = items[-1].partition(marker)
        items[-1] = last
    if len(items) == count - 1 or (len(items) < count and len(items) == 1):
        *items, last = items
        items += [i for i in rules.pattern("list_last_joiners").split(last) if i.strip()]
    if len(items) == 1 and count > 1:
        items = _compound_members(items[0], count) or items  # 汽车产销分别完成…: 汽车产量, 汽车销量
    if len(items) > count:
        items = _merged_members(items, count)  # 航空、航天器及设备制造业、计算机…制造业投资: two members
    if len(items) != count:
        return None
    items = _bound_run_members(items)  # 东、中、西部和东北地区…: 东部, 中部, 西部 (round 28)
    items[-1] = _without_list_count(items[-1]) if len(items) > 1 else items[-1]  # 杭州、宁波两市… (round 42)
    if not suffix and len(items) > 1:
        items[-1], suffix = _shared_tail(items)
        items = items if suffix else _owned_measures(items)  # 新能源汽车产量和销量 → 新能源汽车销量 (round 26)
    elif len(items) > 1 and suffix.strip() in rules.words("list_owned_shares"):
        items[-1], suffix = _share_frame_tail(items, suffix)
    items[-1], suffix = _without_closed_category(items, suffix)
    items = _ordinal_members(items)  # 第一、二、三产业增加值: 第二产业…, 第三产业… (round 24)
    items = _scoped_members(items)  # 一线城市新建商品住宅和二手住宅: 一线城市二手住宅 (round 31)
    items = _stat_scoped_members(items) if suffix.strip() else items  # 限额以上A、B、C零售额 (round 37)
    items = _intensity_scoped_members(items)  # 单位GDP能耗和二氧化碳排放: 单位GDP二氧化碳排放 (round 38)
    items = _event_toll_members(items)  # 道路交通事故起数和死亡人数: 道路交通事故死亡人数 (round 42)
    if lead and lead.group().endswith(rules.setting("list_frame_open")):  # 在A、B、C上: the frame closes
        items[-1] = rules.pattern("list_frame_close").sub("", items[-1]) or items[-1]
    return items, suffix, base_text


def _without_list_count(last: str) -> str:
    """(round 42) The last member of a list of places without the count of the list after it (杭州、宁波两市地区生产
    总值分别为… → 宁波地区生产总值; `list_count_lead`): the count counts the members, no member's words, so it would
    stop the members sharing the measure after it. A count after no place stays (三省一市 names a group)."""
    bare = _SPACE.sub("", last)
    lead = cues().pattern("list_count_lead")
    for k in range(len(bare) - 1, 0, -1):
        found = lead.match(bare[k:])
        if found and _names_a_region(bare[:k]):
            return bare[:k] + bare[k + found.end():]
    return last


def _without_closed_category(items: list[str], suffix: str) -> tuple[str, str]:
    """(round 40) The last member and the shared words without the 等 that closes the list and the category it names
    (俄罗斯、波兰和哈萨克斯坦等部分“一带一路”沿线国家进出口 → 哈萨克斯坦 | 进出口; 上海等城市的房价 → 上海 | 房价):
    the members are instances of the category, so it is no part of any member's name nor of their measure.
    (Round 40 mend) The 等 is a word of its own at or before the end of the last member (not 中等、高等教育 nor 中等收入
    国家); the words after its category are the shared ones (广州等地企业数量 → 广州 | 企业数量); a head noun the
    members only qualify stays theirs (国有、民营等企业投资 → 民营 | 企业投资)."""
    rules = cues()
    joined = last_whole = items[-1]
    joined += suffix
    for found in rules.pattern("list_closed_category").finditer(joined):
        if found.start() == 0 or found.start() > len(last_whole) or not _word_starts_at(joined, found.start()):
            continue
        rest = joined[found.end():]
        kind = found.group("kind")
        if kind in rules.words("list_category_heads") and any(_qualifies_only(i) for i in items):
            rest = kind + rest
        return joined[:found.start()].rstrip(), rest.lstrip()
    return items[-1], suffix


def _word_starts_at(text: str, at: int) -> bool:
    """A word of jieba's cut of ``text`` starts at ``at`` (广州|等|地, 日本|等国; not 中等, 高等教育, 三等奖)."""
    end = 0
    for word in _words(text):  # (the cached cut: a list's suffix is asked once per member)
        if end >= at:
            return end == at
        end += len(word)
    return end == at


def _qualifies_only(member: str) -> bool:
    """The member is one word that only qualifies a noun after it (国有, 民营, 服务: `list_category_modifier_tags`)."""
    bare = _SPACE.sub("", member)
    return pos_tagger().word_tag_tab.get(bare, "") in cues().words("list_category_modifier_tags")


def _scoped_members(items: list[str]) -> list[str]:
    """(round 31) The members after a first one that opens with a place or a city tier (一线城市新建商品住宅和二手住宅,
    上海新建商品住宅和二手住宅价格) name kinds of the same thing there, so each takes the place: 一线城市二手住宅. The
    place is the shortest run of the first member's opening words (up to `list_scope_max_words`) that names a region;
    it holds only when the words after it are at least as many as a later member's, whose last word ends the first
    member too (新建商品住宅和二手住宅: 新建 is no place, 商品住宅 is one word against 二手|住宅). A later member that
    opens with a region of its own (广东出口和江苏出口) or already holds the place keeps its words; an area scope word
    (全国, 全省: 全省16-24岁、25-29岁…) stays the first member's, as before."""
    if len(items) < 2:
        return items
    first = _words(_SPACE.sub("", items[0]))
    limit = min(len(first), cues().setting("list_scope_max_words") + 1)
    at = next((k for k in range(1, limit) if _names_a_region("".join(first[:k]))), 0)
    if not at:
        return items
    scope, rest = "".join(first[:at]), first[at:]
    out = [items[0]]
    for item in items[1:]:
        words = _words(_SPACE.sub("", item))
        if (not words or not rest[-1].endswith(words[-1]) or len(rest) < len(words) or scope in item
                or _names_a_region(words[0])):
            return items
        out.append(scope + _SPACE.sub("", item))
    return out


def _frame_reach(text: str, at: int) -> int:
    """Where a frame that closes right before ``at`` (在…中，, at most `_FRAME_REACH` characters but spaces) can begin:
    a list's every value looks there, so only that window is read, not the text back to its start."""
    stop = at
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = max(0, stop - _FRAME_REACH)
    while start > 0 and text[start - 1].isspace():
        start -= 1  # (spaces before the frame's 在 belong to it)
    return start


def framed_member(member: str, text: str, at: int, named: str = "") -> str:
    """(round 37) A 分别 list's member read under the frame that names its whole right before the list (在实物商品网上
    零售额中，吃类、穿类和用类商品分别增长… → `实物商品网上零售额中吃类商品`): a member naming no measure is a part of
    the whole's measure, which the frame names; without it the metric names none (`吃类商品增长`). A member that names
    a measure of its own keeps its words (在外贸企业中，民营企业和外资企业进出口分别… → `民营企业进出口`), and so does
    one under a frame that names no measure (在全部企业中，…). (Round 37 mend) Nor a share (``named``, what the list
    states after 分别: 占比, 比重): 在全部出口中，机电产品、劳动密集型产品分别占… is each member's 占比 (机电产品
    占比), as the same frame over a share without 分别 is (round 26)."""
    rules = cues()
    if at <= 0 or _SPACE.sub("", named) in (rules.setting("share_head"), *rules.words("list_owned_shares")):
        return member
    frame = next((m for m in rules.pattern("share_frame_open").finditer(text, _frame_reach(text, at), at)
                  if not text[m.end():at].strip()), None)  # (the frame that closes the clause right before the list)
    if frame is None or _names_any_measure(member) or not _names_any_measure(frame["whole"]):
        return member
    return frame["whole"] + text[frame.end("whole"):frame.end()].strip(" ，,") + member


def _stat_scoped_members(items: list[str]) -> list[str]:
    """(round 37) A statistical scope opening the first member of a list whose members share the measure after the
    last one (限额以上通讯器材、家电和音像器材、家具类商品零售额; 限额以上零售业单位中便利店、专业店、百货店零售额)
    bounds every member, as round 31's place does: `限额以上家电和音像器材零售额`. The scope is the
    `list_statistical_scope` term with the units it counts and their 中. A later member with a scope, an area or a
    place of its own (限额以下…, 全国…, 乡村…) keeps its words; members that name their own measures share none (the
    caller passes only lists with a shared measure: 规模以上工业增加值、固定资产投资 stay two). The scope takes all its
    unit words (规模以上工业企业和重点服务业企业: the first member is all scope, and nothing is shared); a later member
    naming units of its own (…单位餐饮、住宿业企业) keeps its words unless a 中 frames the scope (规模以上工业企业中
    私营企业、外商投资企业: `规模以上工业企业中外商投资企业`; round 37 mend)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = _SPACE.sub("", items[0])
    found = rules.pattern("list_statistical_scope").match(first)
    if found is None or found.end() >= len(first):
        return items
    scope = found.group()
    framed = bool(found["frame"])
    out = [items[0]]
    for item in items[1:]:
        bare = _SPACE.sub("", item)
        words = _words(bare)
        if (not words or rules.pattern("list_statistical_scope").match(bare)  # (one opening with the scope too)
                or bare.startswith(tuple(rules.words("area_scope_words"))) or _names_a_region(words[0])
                or words[0] in rules.words("level_members")
                or (not framed and rules.pattern("list_scope_unit_member").search(bare))):
            out.append(item)
        else:
            out.append(scope + bare)
    return out


def _intensity_scoped_members(items: list[str]) -> list[str]:
    """(round 38) An intensity base opening the first member of a list (单位国内生产总值能源消耗和二氧化碳排放分别
    降低…; 单位GDP能耗、二氧化碳排放分别下降…) is the base of every later member naming a consumption or an emission
    with none of its own (`intensity_shared_measure`): `单位国内生产总值二氧化碳排放`, not the absolute emission. A
    member with its own base (万元工业增加值用水量) or naming a total (主要污染物排放总量) keeps its words."""
    if len(items) < 2:
        return items
    rules = cues()
    first = _SPACE.sub("", items[0])
    found = rules.pattern("intensity_base").match(first)
    if found is None or found.end() >= len(first):
        return items
    shared = rules.pattern("intensity_shared_measure")
    stripped = [_SPACE.sub("", item) for item in items[1:]]
    return [items[0]] + [found.group() + bare if shared.fullmatch(bare) else item
                         for item, bare in zip(items[1:], stripped, strict=True)]


def _event_toll_members(items: list[str]) -> list[str]:
    """(round 42) A first member that counts events (全国道路交通事故起数, 重特大事故起数: `event_count_end`) names the
    events whose toll a later bare member counts (死亡人数, 直接经济损失: `event_toll_measure`): that member takes them
    (`全国道路交通事故死亡人数`). A member with words of its own besides the toll keeps them (火灾死亡人数)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = _SPACE.sub("", items[0])
    found = rules.pattern("event_count_end").search(first)
    if found is None:
        return items
    events, toll = first[:found.start()], rules.pattern("event_toll_measure")
    return [items[0]] + [events + bare if toll.fullmatch(bare := _SPACE.sub("", item)) else item
                         for item in items[1:]]


def _repeated_lead(lead: re.Match[str] | None, items: list[str]) -> int:
    """The length of the lead word a list's first member keeps because every member after it opens with that word too
    (对东盟、对欧盟进出口: 对 is each member's own, as 对欧盟 shows; round 29), or 0: a lead before the list alone
    (我国对东盟和欧盟进出口, 增长较快的领域是A和B) opens the list, no member."""
    if lead is None or len(items) < 2:
        return 0
    word = next((w for w in cues().words("list_repeated_leads") if lead.group().endswith(w)), "")
    return len(word) if word and all(_SPACE.sub("", i).startswith(word) for i in items[1:]) else 0


def _bound_run_members(items: list[str]) -> list[str]:
    """(round 28) A run of one-character bound members that ends in a member of its own before the list's last one
    (东、中、西部和东北地区5G基站; 一、二、三线城市和县城): each bound character takes the rest of the member that
    closes the run (东部, 中部, 西部), as round 12's 大、中、小型企业 does when the run closes the list; the list's
    shared tail is then read as for any list. A run that closes the list, or a closing member that opens with no
    bound character (东、西两翼和中部), is left as it is."""
    bound = cues().words("bound_member_chars")
    bare = [_SPACE.sub("", i) for i in items]
    out = list(items)
    k = 0
    while k < len(bare) - 1:
        run = k
        while run < len(bare) - 1 and bare[run] in bound:
            run += 1
        closing = bare[run]
        if run > k and run < len(bare) - 1 and len(closing) >= 2 and closing[0] in bound and closing not in bound:
            out[k:run] = [bare[j] + closing[1:] for j in range(k, run)]
        k = run + 1
    return out


def superlative_pair_members(first: str, last: str, changed: bool = False) -> list[str] | None:
    """The two members of a pair of extremes that a 分别 spreads over (东部地区…的比例最高，东北地区最低，分别为x和y):
    ``first`` is the clause naming the first member with the measure and its extreme, ``last`` the one naming the
    second member with only its extreme. The first member is the first clause's words up to the word the second
    member ends in, or its last two characters or its last one (东部地区 for 东北地区, 信息传输业 for 餐饮业), else
    as many words as the second member has (江苏 for 辽宁); the second takes the measure after it (round 25). None
    when either clause is no such extreme or the first names no measure after its member. When the values are
    changes (…增速最快，辽宁最慢，分别增长x和y) a rate the measure ends in is no part of what changed: 江苏GDP."""
    rules = cues()
    lead = rules.pattern("extreme_pair_first").fullmatch(first)
    tail = rules.pattern("extreme_pair_last").fullmatch(last)
    if lead is None or tail is None:
        return None
    head, member = clean(lead["text"]), clean(tail["member"])
    sibling = _extreme_sibling(head, member)
    if sibling is None:
        return None
    pair = [head, sibling]
    return [_rate_owner(m) for m in pair] if changed else pair


def _extreme_sibling(head: str, member: str) -> str | None:
    """The second member of a pair of extremes with the measure the first one's ``head`` names after its member
    (东部地区…的比例, 东北地区 → 东北地区…的比例; `superlative_pair_members`), or None when the head names no measure
    after a member. A member that names a change (其中第二产业增长最快) is no such member, and one that shares no ending
    with the head only when either opens with a place (江苏GDP增速, 辽宁). A member that names a measure itself and
    takes the whole head gives the member (其中上海月最低工资标准最高: round 39)."""
    if not head or not member or cues().pattern("change_words").search(member):
        return None
    own = _words(member)
    ends = (own[-1], member[-2:], member[-1:])  # (东北地区 ends in 地区, 住宿和餐饮业 in 业)
    cut = next((at + len(end) for end in ends if (at := head.find(end, 1)) > 0), None)
    if cut is None:
        opening = "".join(_words(head)[:len(own)])
        if not (_ends_in_place(own) or _names_a_place(opening)):  # (宿迁 is a name to jieba: one side will do)
            return None
        cut = len(opening)
    measure = head[cut:]
    if not measure and cut == len(head) and _names_any_measure(member):
        return member  # (round 39: 其中上海月最低工资标准最高，为…: the member names the measure itself)
    if not measure or not _names_any_measure(measure):
        return None
    return member + measure


def _split_outside_titles(chunk: str, separators: re.Pattern[str]) -> list[str]:
    """``chunk`` split at its list separators, but not at one inside a title (《你好，李焕英》 is one member), and also
    between two titles that follow each other with no separator (《热辣滚烫》《飞驰人生2》: two members; round 25)."""
    titles = title_spans(chunk)
    if not titles:
        return separators.split(chunk)
    cuts = [(m.start(), m.end()) for m in separators.finditer(chunk) if not in_title(titles, m.start())]
    cuts += [(end, end) for (_, end), (start, _) in itertools.pairwise(titles) if end == start]
    parts, at = [], 0
    for start, end in sorted(cuts):
        parts.append(chunk[at:start])
        at = end
    return [*parts, chunk[at:]]


def _share_frame_tail(items: list[str], share: str) -> tuple[str, str]:
    """The last member and what every member shares when a share follows the list after 的 (第一、二、三产业增加值占地区
    生产总值的比重): the share's frame from 占 on is every member's, and so is the measure before it that the members'
    likeness gives (增加值), as a list's shared words are (round 24); the share alone when no frame opens."""
    frame = cues().pattern("list_share_frame").search(items[-1])
    if frame is None or frame.start() == 0:
        return items[-1], share
    last, tail = _shared_tail([*items[:-1], items[-1][:frame.start()]])
    return last, tail + items[-1][frame.start():] + share


def _ordinal_members(items: list[str]) -> list[str]:
    """The members with the 第 the first one opens with given to each later member that is only an ordinal's numeral
    (第一、二、三产业: 第二, 第三; `list_ordinal_lead`, `list_bare_ordinal`); the members unchanged otherwise."""
    rules = cues()
    lead = rules.pattern("list_ordinal_lead").search(items[0])
    if not lead:
        return items
    bare = rules.pattern("list_bare_ordinal")
    return [items[0], *(bare.sub(lead.group(1), i, count=1) if bare.match(i) else i for i in items[1:])]


def _compound_members(item: str, count: int) -> list[str] | None:
    """The members a word naming two measures at once stands for (汽车产销 → 汽车产量, 汽车销量; 进出口额 → 进口额,
    出口额: what stands before and after it is theirs), from `list_compounds`; or None."""
    compounds = cues().setting("list_compounds")
    for word in sorted(compounds, key=len, reverse=True):
        at = item.rfind(word)
        if at >= 0 and len(compounds[word]) == count:
            return [item[:at] + part + item[at + len(word):] for part in compounds[word]]
    return None


def _merged_members(items: list[str], count: int) -> list[str]:
    """More items than values: the members are the items that end like the one before the last (…制造业 like
    航天器及设备制造业), each with the items before it that end otherwise (航空、航天器及设备制造业: one member whose
    name holds a 、), when that leaves one member per value; else the items as they were. (Round 40) Not when the item
    before the last is one character (猪、牛、羊、家禽出栏): its ending is the whole item, no class the items before
    it share, so 猪、牛、羊 is no one member."""
    ending = _SPACE.sub("", items[-2])[-1:]
    if len(_SPACE.sub("", items[-2])) < 2:  # (round 40) 猪、牛、羊、家禽: a one-character item is all ending, no class
        return items
    members: list[str] = []
    pending = ""
    for item in items[:-1]:
        pending += item
        if _SPACE.sub("", item)[-1:] == ending:
            members.append(pending)
            pending = ""
        else:
            pending += cues().setting("list_member_joiner")
    members.append(pending + items[-1])
    return members if len(members) == count else items


def _rate_change_on_level(governing: Governing, unit: str) -> bool:
    """(round 28) The change before is a rate (同比增长11.1%) and the member's value a level in a unit of its own
    (汽车产销累计完成2790.3万辆和2794万辆 after 11月…同比分别增长11.1%和11.7%): a per-cent change never names a
    level's metric, so the member does not take it (汽车产量, not 汽车产量同比增长)."""
    relative = cues().words("relative_units")
    return governing.unit in relative and unit not in relative


def compound_owner(chunk: str, members: list[str], text: str, end: int) -> list[str]:
    """The members a word naming two measures stands for, given the owner said before it in the sentence when only a
    period stands before the word in its own clause (我国新能源汽车产销量连续9年…，前10月产销分别完成… → 新能源汽车产量,
    新能源汽车销量): the words before the same word in its earlier clause, when they name no measure (round 26); the
    members as they are otherwise. ``text[:end]`` is the sentence's text before the list (read in place: round 36 mend,
    no copy of it per value)."""
    rules = cues()
    compounds = rules.setting("list_compounds")
    bare = _SPACE.sub("", chunk)
    word = _longest_end(bare, compounds)
    if not word or len(compounds[word]) != len(members) or not rules.pattern("compound_period_only").match(
            bare[:-len(word)]):
        return members
    at = text.rfind(word, 0, end)
    opening = max(text.rfind(mark, 0, at) for mark in "，,；;：:。") + 1 if at >= 0 else -1
    owner = clean(text[opening:at]) if at > opening >= 0 else _frame_owner(text[:min(end, _FRAME_REACH)])
    if not owner or not _nominal(_words(owner)) or _names_any_measure(owner):
        return members
    return [owner + clean(part) for part in compounds[word]]


def _frame_owner(before: str) -> str:
    """The thing a topic frame opening the sentence names (新能源汽车方面，产销分别… → 新能源汽车), which owns the
    measures a word of two names when nothing else before it does (round 36); "" for an aspect of the data or a party
    (`topic_aspects`, 资金方面, 消息面方面, 政府方面; `topic_aspect_end`), a frame of time or view (`time_frames`), or
    one opening with a pronoun or determiner (`topic_determiners`, `topic_determiner_tags`: 其他方面, 上述方面; round
    36 mend). ``before``: the sentence's first `_FRAME_REACH` characters at most."""
    rules = cues()
    frame = rules.pattern("compound_owner_frame").match(_SPACE.sub("", before))
    topic = frame["topic"] if frame else ""
    if (not topic or rules.pattern("topic_aspect_end").search(topic) or topic in rules.words("topic_aspects")
            or topic in rules.words("time_frames")):
        return ""
    first = next((w for w in pos_tagger().lcut(topic) if w.word.strip()), None)
    if first is None or first.word in rules.words("topic_determiners") or (
            first.flag in rules.words("topic_determiner_tags")):
        return ""
    return clean(topic)


def _owned_measures(items: list[str]) -> list[str]:
    """Members that are bare measures of the first member's owner take it (新能源汽车产量和销量 → 新能源汽车销量;
    邮政业业务总量和业务收入 → 邮政业业务收入; 铁路旅客发送量和周转量 → 铁路旅客周转量): a later member that opens with
    a word of the first's measure after its owner (业务), or is one dictionary word of a measure ending as the first's
    last word does (销量 after …产量) while that owner names no measure. Members with an owner of their own, or a first
    with none (出口额和进口额, 营收和净利润), stay as they are (round 26)."""
    first = _SPACE.sub("", items[0])
    size = cues().setting("head_word_chars")
    cuts = set(itertools.accumulate(len(w) for w in _words(first)))  # where the first's words end
    tags = pos_tagger().word_tag_tab
    owned = [items[0]]
    for item in items[1:]:
        bare = _SPACE.sub("", item)
        if len(first) > len(bare) and first.endswith(bare) and len(first) - len(bare) in cuts:
            # (round 31: 核心一级资本充足率、一级资本充足率和资本充足率: the tail of the first's measure is a measure
            # of its own, as round 20 reads it in a run of clauses; only the first's entity owns it: 长安银行…)
            owner = _without_measure_qualifier(first[:len(first) - len(bare)])
            owned.append(owner + bare if owner else item)
            continue
        at = first.find(bare[:size], 1) if len(bare) > size else -1
        owner = first[:at] if at in cuts and _names_measure([bare]) else ""
        # (round 29: 公司营业利润、利润总额: 营业 says which profit the first is, an account's kind, and owns no later
        # member; the owner before it, 公司, still does)
        kind = next((w for w in cues().words("account_kind_leads") if owner.endswith(w)), "")
        owner = owner[:len(owner) - len(kind)]
        rest = first[len(first) - len(bare):]
        if (not owner and len(first) > len(bare) and bare in tags and rest in tags and bare[-1:] == rest[-1:]
                and _measure_word(bare) and _measure_word(rest)):
            lead = first[:len(first) - len(bare)]
            owner = lead if _nominal(_words(lead)) and not _names_any_measure(lead) else ""
        if not owner:
            # 一般公共预算收入和支出 → 一般公共预算支出 (round 28): the pair vouches for the owner, a budget included
            owner = _partner_owner(first, bare)
        owned.append(owner + bare if owner and not bare.startswith(owner) else item)
    return owned


def _partner_owner(first: str, bare: str) -> str:
    """The owner before the first member's last word when the later member is that word's partner in a word naming
    two measures (`list_compounds`: 收入 and 支出 of 收支, 进口 and 出口 of 进出口): 一般公共预算收入和支出 → owner
    一般公共预算, so 支出 is 一般公共预算支出; 货物贸易进口和出口 → 货物贸易出口. The owner is a noun phrase whose
    verbs only qualify (预算 of 一般公共预算 is tagged a verb), opening with no verb (完成财政收入和支出: an act, no
    owner). "" otherwise."""
    rules = cues()
    tags = pos_tagger().word_tag_tab
    for pair in rules.setting("list_compounds").values():
        for mine, other in (pair, pair[::-1]):
            if bare == other and first.endswith(mine) and len(first) > len(mine):
                words = _words(first[:-len(mine)])
                clause = any(tags.get(w, "") in rules.words("clause_word_tags") for w in words)
                return "" if clause or tags.get(words[0], "") in rules.words("verb_tags") else "".join(words)
    return ""


def _shared_tail(items: list[str]) -> tuple[str, str]:
    """The last member and the words after it that every member shares: by the members' likeness
    (`_alike_tail`), else from a word that measures what an owner holds (`_owned_tail`)."""
    last, tail = _ordinal_tail(items) or _alike_tail(items)
    residual = cues().pattern("list_residual_tail").search(_SPACE.sub("", items[-1]))
    if residual and len(tail) >= len(_SPACE.sub("", items[-1])) - residual.start():
        return items[-1], ""  # (round 42) 货物贸易、服务贸易及其他经常项目: the last member's own rest of the set
    heads = tuple(head for head, _ in org_resources().heads)  # what ends a body's name (法院, 银行)
    if tail.endswith(heads) and all(_SPACE.sub("", i).endswith(heads) for i in items[:-1]):
        return items[-1], ""  # (round 23: 上海市浦东新区人民法院、杭州互联网法院: whole names, each with its own head)
    if tail:
        return _owned_head_end(items, last, tail)
    return _opened_tail(items) or _owned_tail(items) or (last, tail)


def _owned_head_end(items: list[str], last: str, tail: str) -> tuple[str, str]:
    """``last`` and ``tail`` with a word that closes the last member's head and measures what an owner holds
    (`list_owned_amounts`: 工伤保险 | 参保人数 of 基本养老、失业、工伤保险参保人数) moved into the tail: the other
    members name only its kinds, so it is every member's (round 30: 基本养老保险参保人数, 失业保险参保人数). Kept
    when a member before holds the word itself or names a measure (营收和研发费用), as `_owned_tail` keeps them."""
    rules = cues()
    amounts = rules.words("list_owned_amounts")
    head = _SPACE.sub("", last)
    word = next((w for w in amounts if head.endswith(w) and len(head) - len(w) >= 2), None)
    if word is None:
        return last, tail
    others = [_SPACE.sub("", i) for i in items[:-1]]
    if _members_hold(others, amounts) or _members_measure(others):
        return last, tail
    return head[:-len(word)], word + tail


def _opened_tail(items: list[str]) -> tuple[str, str] | None:
    """The last member and the words after it from its first word that names or opens a measure (…升幅, …生均…增幅,
    …在校生; `list_measure_openers`), when no member before it names a measure of its own: members of unequal sizes
    (澳门半岛、氹仔、路环升幅; 普通小学、…、中等职业学校、普通高等学校生均…) share the measure after the last one
    (round 27); or None. A list of measures (营收、净利润和研发投入) shares nothing."""
    if any(_names_any_measure(_SPACE.sub("", i)) for i in items[:-1]):
        return None
    rules = cues()
    openers = rules.words("list_measure_openers")
    owned = (*rules.words("list_owned_shares"), *rules.words("list_owned_amounts"))
    words = _words(_SPACE.sub("", items[-1]))
    for k in range(1, len(words)):
        if (_measure_word(words[k]) or ends_in_metric_head(words[k]) or words[k] in openers
                or words[k].startswith(owned)):
            tail = "".join(words[k:])  # (新签合同、完成营业额: a verb before the measure, no member's name)
            measured = ends_in_metric_head(tail) or _measure_word(words[-1]) or words[-1] in openers
            if not measured or not _nominal(words[:k]):
                return None
            # nouns before the measure word after a head as long as the member before it are shared too (农村居民
            # 心血管疾病死亡率 after 城市: 农村 | 居民…死亡率; 路環住宅平均租金升幅 after 氹仔)
            size = len(_SPACE.sub("", items[-2]))
            at = next((j for j in range(1, k) if len("".join(words[:j])) == size and _nominal(words[j:k])), k)
            return "".join(words[:at]), "".join(words[at:])
    return None


def _ordinal_tail(items: list[str]) -> tuple[str, str] | None:
    """The last member's ordinal and the words after it when every member before it ends in an ordinal (全县第二、
    三产业从业人员: 三, 产业从业人员; `list_ordinal_end`, `list_ordinal_open`): those words are every member's, whatever
    scope word opens the first one (round 24); so for a list of seasons (夏、秋季降水: 秋, 季降水; round 26) and of
    tenors written with one 期 (1年、3年、10年期国债收益率: 10年, 期国债收益率; round 35); or None."""
    rules = cues()
    for kind in ("ordinal", "season", "kind", "tenor"):  # (round 26: 夏、秋季降水 → 夏季降水; round 27: 吃、穿和用类;
        # round 35: 1年、3年、10年期国债收益率 → 1年期国债收益率)
        ending, opening = rules.pattern(f"list_{kind}_end"), rules.pattern(f"list_{kind}_open")
        if all(ending.search(i) for i in items[:-1]) and (found := opening.match(items[-1])):
            return items[-1][:found.end()], _SPACE.sub("", items[-1][found.end():])
    return None


def _owned_tail(items: list[str]) -> tuple[str, str] | None:
    """The last member and the words after it from the first word that measures what an owner holds or spends
    (…经费所占比重, …占比; `list_owned_shares`, `list_owned_amounts`): no member names such a quantity alone, so it is
    every member's; or None. An amount is not shared with members naming a measure of their own (营收和研发经费)."""
    rules = cues()
    shares, amounts = rules.words("list_owned_shares"), rules.words("list_owned_amounts")
    others = [_SPACE.sub("", i) for i in items[:-1]]
    words = _words(_SPACE.sub("", items[-1]))
    for k in range(1, len(words)):
        head, tail = "".join(words[:k]), "".join(words[k:])
        owned = [w for w in (*shares, *amounts) if tail.startswith(w)]
        if not owned:
            continue
        if _members_hold(others, (*shares, *amounts)):
            return None  # (销售费用占比、管理费用占比: members with their own)
        if owned[0] in amounts and _members_measure(others):
            return None
        return head, tail
    return None


def _members_hold(others: list[str], owned: Iterable[str]) -> bool:
    """Some member before the last holds one of the ``owned`` words itself (销售费用占比、管理费用占比): the members
    share none."""
    return any(w in other for other in others for w in owned)


def _members_measure(others: list[str]) -> bool:
    """Some member before the last names a measure of its own (营收和研发经费): an owned amount is not shared with
    it."""
    return any(ends_in_metric_head(o) or o in cues().words("measure_nouns") for o in others)


def _alike_tail(items: list[str]) -> tuple[str, str]:
    """The last member and the words after it that every member shares (第二产业和第三产业增加值增速:
    增加值增速; 中国和印度GDP增速: GDP增速): the other members have as many words as the last one's head,
    and the last one has more. Members of as many words as each other are whole (出口额和进口额)."""
    bound = cues().words("bound_member_chars")
    first = _SPACE.sub("", items[0])
    scopes = cues().words("list_scope_openers")
    scope = next((w for w in scopes if first.startswith(w) and len(first) == len(w) + 1), "")
    if scope and len(items) > 1:  # (round 26: 国内汽、柴油价格: the scope frames the list; 汽 is the bound member)
        return _alike_tail([first[len(scope):], *items[1:]])
    last = items[-1].lstrip()
    if all(_SPACE.sub("", h) in bound for h in items[:-1]) and last[:1] in bound and len(_SPACE.sub("", last)) >= 3:
        return last[0], _SPACE.sub("", last[1:])  # 大、中、小型企业PMI; 一、二、三线城市: they share all after them
    segment = _words
    heads = [segment(_SPACE.sub("", h)) for h in items[:-1]]
    sizes = {len(h) for h in heads}
    words = _split_fused_measure(_split_member_lead(heads, segment(_SPACE.sub("", items[-1]))))
    alike = _alike_end(heads, words) or _things_tail(items, words)
    if alike is not None:
        own = _own_things(heads, alike[1])  # (round 24: 手机、汽车、太阳能电池产量 → 太阳能电池 | 产量)
        return _closed_member(alike[0] + own, alike[1][len(own):]) if own and len(alike[1]) - len(own) >= 2 else (
            _closed_member(*alike))
    whole = heads  # (the members' words before any are cut to the last member's head, for `_shorter_head`)
    if len(heads) > 1 and all(heads) and len({len(h) for h in heads[1:]}) == 1 and len(heads[0]) > len(heads[1]):
        sizes = {len(heads[1])}  # 重点监测零售企业金银珠宝、通讯器材、服装销售额: the first member opens with the
        heads = [heads[0][-len(heads[1]):], *heads[1:]]  # list's frame; its last words are its own item
    if words and all(heads) and len(words) >= 2 and len(words) <= min(sizes):
        sizes = {len(words) - 1}  # 重点平台家电、数码产品销售额: a member before may open with qualifiers of its own;
        heads = [h[1 - len(words):] for h in heads]  # its last words stand for the last member's head
    if (not words or not all(heads) or len(sizes) != 1 or len(words) <= min(sizes)
            or any(h[-1] == words[-1] for h in heads)):
        return items[-1], ""  # (东能新能源有限公司和康亿创新能源科技有限公司: parallel whole names)
    size = sizes.pop()
    head, tail = words[:size], "".join(words[size:])
    if not _alike(heads, head) and (shorter := _shorter_head(whole, words, size)):
        size, words = shorter
        heads, head, tail = [h[-size:] for h in whole], words[:size], "".join(words[size:])
    if not _alike(heads, head):
        return items[-1], ""  # (消费和固定资产投资: members that name measures of their own)
    own = _own_things(heads, tail)  # (round 24: 手机、汽车、太阳能电池产量: 电池 is the last member's, not every one's)
    head, tail = [*head, own] if own else head, tail[len(own):]
    measured = cues().before("bracketed_acronym_end", tail)  # (…报价利率（LPR）: the measure)
    last_word = _words(measured)[-1] if measured else ""
    if len(measured) < 2 or not _names_a_measure(measured, last_word):
        return items[-1], ""  # (长期牛熊最优窗口长度经网格搜索后: a clause, no shared noun)
    return _closed_member("".join(head), tail)


def _shorter_head(heads: list[list[str]], words: list[str], size: int) -> tuple[int, list[str]] | None:
    """(round 29) A shorter head of the last member, of fewer words than ``size``, that is alike the last words of
    every member before it, the rest ending in a metric's head or a rate noun (功能区声环境质量昼间、夜间总达标率:
    夜间 like 昼间, 总达标率 shared; the first member opens with the list's frame), with the last member's words
    split as round 21 splits a compound the head opens (我国城市和农村居民…: 农村|居民); None when there is none
    (消费和固定资产投资 share nothing)."""
    for k in range(min(size, len(words)) - 1, 0, -1):
        own = [h[-k:] for h in heads]
        split = _split_member_lead(own, words)
        tail = "".join(split[k:])
        if (all(len(h) > k for h in heads) and _alike(own, split[:k])
                and (ends_in_metric_head(tail) or tail.endswith(tuple(cues().words("rate_nouns"))))):
            return k, split
    return None


def _own_things(heads: list[list[str]], tail: str) -> str:
    """The thing nouns that open the words after a list's last member when every member before it names a whole thing
    of its own (集成电路、笔记本电脑、电工器材、太阳能电池分别出口…; 手机、汽车、太阳能电池产量): in a list of at least
    `thing_list_min_members` members, each one before the last closed by a noun of `thing_member_tags` that qualifies
    nothing (no place, sector, level or group word) and names no measure, those nouns close the last member's name
    (太阳能电池), and only the measure after them is shared (round 24); or "". 小学、初中、高中在校生 (levels) and
    大型、中型企业贷款 (qualifiers) still share the noun. Before a bare price noun (`priced_list_measures`) a list
    of two is enough (round 42: 鸡蛋和食用植物油价格 → 食用植物油 | 价格): a price is of the goods named whole."""
    rules = cues()
    last = _words(tail)[-1:]
    priced = bool(last) and last[0] in rules.words("priced_list_measures")
    least = rules.setting("priced_list_min_members" if priced else "thing_list_min_members")
    if len(heads) + 1 < least:
        return ""
    tags = pos_tagger().word_tag_tab
    if not all(h and tags.get(h[-1], "") in rules.words("thing_member_tags") and not _measure_word(h[-1])
               and h[-1] not in rules.words("list_modifiers") | rules.words("level_members") for h in heads):
        return ""
    own = ""
    for word in _words(tail):
        if _word_class(word) != "n" or _measure_word(word) or _modifies(word) or _ACRONYM.fullmatch(word):
            break
        own += word
    return own


def _closed_member(head: str, tail: str) -> tuple[str, str]:
    """The last member and the shared words with a bound word that opens the shared words moved to the member it closes
    (round 22: 1年期和5年期以上LPR → 5年期以上 and LPR), when a measure is still shared after it."""
    closing = _longest_start(tail[:max(0, len(tail) - 2)], cues().words("member_closing_words"))  # (2 left after)
    return (head + closing, tail[len(closing):]) if closing else (head, tail)


def _split_fused_measure(words: list[str]) -> list[str]:
    """The last member's words with a measure the dictionary holds fused with the thing before it split off (粮食价格
    → 粮食|价格: `fused_member_measures`), when the thing is a word of its own; else the words unchanged (round 26)."""
    if len(words) != 1:
        return words
    word, known = words[0], jieba_tokenizer().FREQ
    for measure in cues().words("fused_member_measures"):
        stem = word[:len(word) - len(measure)]
        if word.endswith(measure) and stem and known.get(stem) and _word_class(stem) == "n":
            return [stem, measure]
    return words


def _split_member_lead(heads: list[list[str]], words: list[str]) -> list[str]:
    """The last member's words with a compound the dictionary holds whole split after the member it opens with
    (城镇和农村居民人均可支配收入: 农村居民 → 农村|居民, so 居民 is shared, as in 城镇居民): the members before are one
    word each, as long as the compound's opening word and alike it (places, groups, sectors), and the rest of the
    compound is a noun of the dictionary (内资和外资企业利润: 外资|企业); else the words unchanged."""
    if len(words) < 2 or not heads or any(len(h) != 1 for h in heads):
        return words
    first, sizes = words[0], {len(h[0]) for h in heads}
    size = sizes.pop() if len(sizes) == 1 else 0
    if not size or len(first) <= size:
        return words
    lead, rest = first[:size], first[size:]
    if len(rest) < 2 and _names_a_place(first):  # (round 42) 九龙坡|区 after 渝北区: a place's one-character level
        return words  # closes it, no shared noun (汽、柴油: 柴|油 still splits)
    known = jieba_tokenizer().FREQ
    if not known.get(lead) or not known.get(rest) or _word_class(rest) != "n" or not _alike(heads, [lead]):
        return words
    return [lead, rest, *words[1:]]


def _things_tail(items: list[str], words: list[str]) -> tuple[str, str] | None:
    """The last member's thing and the measure after it when every member names one thing (限额以上零售业单位中的
    超市、便利店、专业店和专卖店零售额): members of one word or of a compound the dictionary lacks (专业店), the
    first one after the list's frame; or None."""
    if len(words) < 2:
        return None
    head, tail = words[0], "".join(words[1:])
    if _word_class(head) != "n" or _measure_word(head) or len(tail) < 2 or not ends_in_metric_head(tail):
        return None
    # (round 26: 充换电服务业和互联网数据服务用电量: the last thing's name runs on over its nouns, up to as many words
    # as a member's before it has; 超市、便利店和专卖店商品零售额 still shares 商品)
    longest = max(len(_words(_SPACE.sub("", i))) for i in items[:-1])
    for k in range(1, min(len(words) - 1, longest)):
        rest = "".join(words[k + 1:])
        # (round 27: 粮油食品类、服装鞋帽针纺织品类和汽车类商品零售额: a word every member before ends in closes it)
        closes = all(_SPACE.sub("", i).endswith(words[k]) for i in items[:-1])
        if ((_word_class(words[k]) != "n" and not closes) or _measure_word(words[k]) or len(rest) < 2
                or not ends_in_metric_head(rest)):
            break
        head, tail = head + words[k], rest
        if closes:
            break
    segment = _words
    first = segment(_SPACE.sub("", items[0]))
    members = [_SPACE.sub("", i) for i in items[1:-1]]
    if not first or not all(_thing(m) for m in members) or not (_thing("".join(first)) or _thing(first[-1])):
        return None
    return head, tail


def _thing(member: str) -> bool:
    """A list member that names one thing: a word of `list_thing_member_classes` naming no measure, or a compound
    the dictionary lacks whose words are all nouns (专业店)."""
    rules = cues()
    tag = pos_tagger().word_tag_tab.get(member)
    if ends_in_metric_head(member) or member in rules.words("measure_nouns"):
        return False
    if tag is not None:
        return tag in rules.words("list_thing_member_classes")
    parts = _words(member)
    if len(parts) > 2 and parts[-1] in rules.words("thing_category_words"):
        parts = parts[:-1]  # (round 26: 禽肉类, 水产品类: a category of one thing)
    elif len(parts) == 2 and parts[-1] in rules.words("thing_category_words"):
        return _word_class(parts[0]) == "n" and not _measure_word(parts[0])
    return len(parts) > 1 and all(_word_class(w) == "n" and not _measure_word(w) for w in parts)


def _alike_end(heads: list[list[str]], words: list[str]) -> tuple[str, str] | None:
    """The last member and the shared words after it when the members before it end alike (采矿业、制造业、
    电力热力燃气及水生产和供应业增加值: …业; 全国第一产业、第二产业、第三产业增加值: …产业): the last member ends where
    that common ending last closes within it, however many words it or the first member has; or None.

    The ending is what the members before the last have in common at their end (their last word when only
    one stands before it), so members that name measures of their own (消费和固定资产投资) share nothing."""
    if not heads or not all(heads) or len(words) < 2:
        return None
    if len(heads) == 1:
        ending = heads[0][-1]
    else:
        ending = "".join(heads[0])
        for other in heads[1:]:  # the longest ending they all share
            text = "".join(other)
            while ending and not text.endswith(ending):
                ending = ending[1:]
    if not ending or any(h[-1] == words[-1] for h in heads):
        return None
    for k in range(len(words) - 1, 0, -1):
        head, tail = "".join(words[:k]), "".join(words[k:])
        if head.endswith(ending) and len(head) > len(ending):
            if len(tail) >= 2 and _names_a_measure(tail, words[-1]):
                return head, tail
            return None
    return None


def _alike(heads: list[list[str]], head: list[str]) -> bool:
    """The members before the last and the last one's head are of one kind, so what follows is theirs to
    share: they end alike (大型银行/中型银行), all qualify (places, names, attributives, sectors: 中国/印度,
    城镇/农村), or have the same word classes and name no measure themselves (居民/企业贷款, 黄金/白银价格;
    not 消费/固定资产投资, 工业增加值/社会消费品零售总额)."""
    if all(h[-1] == head[-1] or h[-1][-1:] == head[-1][-1:] for h in heads):
        return True
    every_word = [*head, *(w for h in heads for w in h)]
    if all(_modifies(w) for w in every_word) or _qualified_alike(heads, head):
        return True
    shape = [_word_class(w) for w in head]
    if all([_word_class(w) for w in h] == shape for h in heads) and not any(map(_measure_word, every_word)):
        return True
    return _alike_things(heads, head)


def _qualified_alike(heads: list[list[str]], head: list[str]) -> bool:
    """Members that each open with the same qualifier (`list_shared_qualifier_tags`: 在线旅游、在线文娱…) and have as
    many words as the last one's head are of one kind: the qualifier makes a sector of a verbal noun after it (在线
    旅游, 在线教育), no measure of its own (round 29). A metric head or measure noun among them (国有企业营业收入)
    still names a measure of its own."""
    rules = cues()
    opener = head[0] if len(head) > 1 else ""
    if (not opener or pos_tagger().word_tag_tab.get(opener, "") not in rules.words("list_shared_qualifier_tags")
            or not all(len(h) == len(head) and h[0] == opener for h in heads)):
        return False
    return not any(ends_in_metric_head(w) or w in rules.words("measure_nouns")
                   for w in (*head[1:], *(w for h in heads for w in h[1:])))


def _alike_things(heads: list[list[str]], head: list[str]) -> bool:
    """One-word members naming things, as the last member's noun does (超市、便利店、百货店零售额): the word class of a
    member before it may differ by the tagger's verb reading of a thing (超市/v) or be a compound it does not know
    (专业店: a noun), never name a measure (a verbal noun such as 消费, 投资, a metric head, a measure noun)."""
    rules = cues()
    if len(head) != 1 or _word_class(head[0]) != "n" or _measure_word(head[0]):
        return False
    tags = pos_tagger().word_tag_tab
    classes = rules.words("list_thing_member_classes")
    return all(len(h) == 1 and tags.get(h[0], "n") in classes and not ends_in_metric_head(h[0])
               and h[0] not in rules.words("measure_nouns") for h in heads)


def _word_class(word: str) -> str:
    """A word's coarse class for comparing list members: nouns, names and abbreviations are one (白银/nr,
    家电/j are nouns like 黄金, 汽车); other tags by their first letter."""
    tag = pos_tagger().word_tag_tab.get(word, "")
    return "n" if tag[:1] == "n" or tag in cues().words("noun_tags") else tag[:1]


def _measure_word(word: str) -> bool:
    """A word that names a measure by itself (增加值, 营业收入, 消费, 投资), not a thing or group (居民, 黄金)."""
    rules = cues()
    return (ends_in_metric_head(word) or word in rules.words("measure_nouns")
            or pos_tagger().word_tag_tab.get(word, "") in rules.words("measure_tags"))


def _modifies(word: str) -> bool:
    """A word that qualifies what a list shares: a place, name or attributive, or a sector or group."""
    rules = cues()
    tag = pos_tagger().word_tag_tab.get(word, "")
    return (word in rules.words("list_modifiers") or tag in rules.words("list_modifier_tags")
            or (tag in rules.words("list_locality_tags") and len(word) >= rules.setting("list_locality_min_chars")))


def _names_a_measure(phrase: str, last_word: str) -> bool:
    """The phrase ends in a metric's head word (…率, …收入, 增速), an indicator's acronym (GDP, CPI, M2)
    or a noun, or an amount an owner holds (`list_owned_amounts`)."""
    rules = cues()
    return (ends_in_metric_head(phrase) or bool(_ACRONYM.fullmatch(last_word))
            or last_word in rules.words("list_owned_amounts")  # 研发投入 (投入 tagged a verb)
            or pos_tagger().word_tag_tab.get(last_word, "") in rules.words("noun_tags"))


def ends_in_metric_head(phrase: str) -> bool:
    """The phrase ends in a metric's head word (…率, …收入) or a derived metric (增速, 增长率)."""
    rules = cues()
    return bool(rules.pattern("metric_head").search(phrase)) or any(
        phrase.endswith(d) for d in rules.words("derived_heads"))


_DOUBLED = re.compile(r"(同比|环比|環比|增长|增長|下降|增加|减少|減少|上涨|上漲|下跌|分别|分別)\1")  # not 哔哩哔哩


@cleared_with_resources
@lru_cache(maxsize=256)
def bounded(phrase: str) -> str:
    """The phrase cut to the length a metric may have, a change word written twice in a row once (the change a 分别
    list repeats: 公司营业收入同比同比增长 → …同比增长). A phrase too long keeps of each enumeration, first to last,
    only its last member until it fits (协助开展的食源性疾病、饮用水卫生安全、…、计划生育实地巡查次数 → 协助开展的计划
    生育实地巡查次数): its measure's head ends it, so cutting its end would leave no measure (round 33). Kept per
    phrase (round 34: each value of a one-line list of n members cut the same list-long phrase again)."""
    phrase = _DOUBLED.sub(r"\1", phrase)
    if len(phrase) <= _LIMIT or "、" not in phrase:
        return phrase[:_LIMIT]
    runs, sums = cues().pattern("overlong_list_run"), cues().pattern("overlong_list_sum")
    found = list(runs.finditer(phrase))
    if not found:
        return phrase[:_LIMIT]
    if sums.search(phrase, found[0].end()):  # a sum after any run is after the first
        return phrase[:_LIMIT]  # (mend) 医药制造业增加值合计: the sum of all the members, none dropped
    pieces, position, length = [], 0, len(phrase)
    for run in found:  # one pass, front to back (round 33 mend: not a re-search per dropped run)
        if length <= _LIMIT:
            break
        pieces.append(phrase[position:run.start()])
        position, length = run.end(), length - (run.end() - run.start())
    pieces.append(phrase[position:])
    return "".join(pieces)[:_LIMIT]
