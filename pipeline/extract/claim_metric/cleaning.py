"""Cleaning and bounding a metric phrase: asides, debris, openers and copulas dropped; an overlong one cut."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.words import cut_words
from pipeline.extract.claim_time import in_title, title_spans
from pipeline.extract.currencies import prefix_currencies
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import jieba_tokenizer, tag_of
from pipeline.resources import cached, cleared_with_resources, load_yaml
from pipeline.script import simplified

SPACE = re.compile(r"\s+")


EDGE = re.compile(r"^[、，,。！？；;：:）)”’」』】》\]\-—–~～.．·/／\s]+"
                   r"|[、，,。！？；;：:（(“‘「『【《\[\-—–~～.．·+＋/／\s]+$")  # a dash joins a range, a slash a
# series (52.3/68.9/85.6亿元): never in a metric


ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")  # a bracketed aside (按美元计) is no part of the metric


_DEBRIS = re.compile(r"[$＄\\{}|^]|(?<![\u2160-\u217f])~|~(?![\u2160-\u217f])")  # LaTeX and markup debris of a
# converted PDF is never part of a metric; a tilde between two Roman numerals is a grade range (water class I~III)


CLAUSE_ENDS = "，,。；;：:！？!?"  # the punctuation that ends a clause or sentence (round 42 mend: one string for
# `BREAK` and `owners._CLAUSE_STOP`, which differ only in the bracket they add)
BREAK = re.compile(f"[{CLAUSE_ENDS}）)]")  # left inside a phrase (asides removed): a clause or sentence ended


_LIMIT = 40


def clean(phrase: str, country: bool = True) -> str:
    """The phrase without spaces, bracketed asides, edge punctuation, discourse openers, the country it
    opens with (``country``: not for a list member) and copulas."""
    rules = cues()
    phrase = rules.pattern("decoration").sub("", rules.pattern("change_arrow").sub(_arrow_change, phrase))
    phrase = rules.pattern("metric_article_label").sub("", phrase)  # 第三十二条 …: a statute's article (round 30)
    phrase = rules.pattern("metric_word_infix").sub(_word_infix, SPACE.sub("", phrase))  # 企(事)业 (round 42)
    phrase = ASIDE.sub("", _DEBRIS.sub("", phrase))
    phrase = rules.pattern("metric_empty_tag").sub("", phrase)  # 【】的…: a tag cut as the source (round 40)
    phrase = rules.pattern("metric_date_residue").sub("", phrase)  # “”期间, 在财年: a cut date's frame
    phrase = rules.pattern("metric_holiday_span").sub("", phrase)  # 春节假期8天: the holiday's length (round 26)
    phrase = rules.pattern("metric_transition").sub("", phrase)  # 由下降…转为上涨: the change of one period (round 26)
    phrase = rules.pattern("metric_flat_member").sub("", phrase)  # 环比持平、同比上涨: the valued change's (round 47)
    phrase = _last_clause(EDGE.sub("", phrase))  # a metric is a phrase of one clause
    phrase = rules.pattern("metric_aspect_frame").sub(_aspect_frame, phrase)  # 货运方面完成… (round 42)
    phrase = rules.pattern("metric_restated_enumeration").sub("", phrase)  # A、B、C三项基金: the count's (round 49)
    phrase = rules.pattern("metric_filler").sub("", phrase)
    phrase = rules.pattern("metric_change_adverb").sub(_change_adverb, phrase)  # 大幅下降, 意外上涨 (round 49)
    phrase = rules.pattern("metric_plan_value").sub(r"\g<plan>", phrase)  # 占年初预算10065万元的: the plan (round 24)
    phrase = rules.pattern("metric_share_base_value").sub(r"\g<base>", phrase)  # 占…支出125952.97亿元的比例 (round 49)
    # 收入为每人: a per-unit word right before the value reads it; once, so that 每年约有 keeps its 每年
    phrase = rules.pattern("metric_per_unit_tail").sub("", EDGE.sub("", phrase))
    recovered = rules.pattern("metric_level_recovery_tail").search(phrase)  # 逐步恢复到5.79% (round 47)
    if recovered and not rules.pattern("comparison_marker").search(phrase, 0, recovered.start()):
        phrase = phrase[:recovered.start()]
    for _ in range(4):
        before = phrase
        phrase = _without_open_quote(EDGE.sub("", phrase))
        phrase = rules.pattern("metric_lead_strip").sub("", phrase)
        phrase = rules.pattern("metric_appositive_lead").sub("", phrase)  # ，亦即比上年多: a restatement (round 44)
        phrase = rules.pattern("metric_milestone_lead").sub("", phrase)  # 这是继…后: an earlier record (round 40)
        phrase = rules.pattern("metric_first_frame").sub(r"\g<owner>", phrase)  # 成为全国首个…: a rank (round 44)
        phrase = rules.pattern("metric_whole_frame").sub(r"\g<scope>", phrase)  # 在总人口中男性人口 (round 39)
        phrase = rules.pattern("metric_disposal_actor").sub("", phrase)  # 某厅将…上调至 (round 30)
        phrase = rules.pattern("metric_speaker_lead").sub(_speaker_lead, phrase)  # 我们新建…: the speaker (round 43)
        if country and not _opens_with_name(phrase):
            phrase = rules.pattern("metric_lead_country").sub("", phrase)
        phrase = rules.pattern("metric_tail_strip").sub("", _strip_currency(phrase))
        phrase = rules.pattern("sanction_lead").sub("", phrase)
        if phrase == before:
            break
    return phrase


def without_cause_lead(metric: str, unit: str, counted: bool) -> str:
    """(round 49) The metric without the cause its clause opens with and the verb of driving after it
    (`metric_cause_lead`: 「人工智能+」高速发展带动存储芯片产量增长 → 存储芯片产量增长; 帶動澳門零售業銷售額 →
    澳門零售業銷售額): what was driven is what the value measures. Unchanged for a count (带动就业1.2万人), a
    contribution in points (消费拉动经济增长2.2个百分点, round 24), and where what follows ends in no measure before
    its change."""
    rules = cues()
    found = rules.pattern("metric_cause_lead").match(metric)
    if found is None or counted or unit in rules.words("point_change_units"):
        return metric
    rest = metric[found.end():]
    return rest if rules.pattern("metric_head").search(rules.pattern("change_words").split(rest)[0]) else metric


def _change_adverb(found: re.Match[str]) -> str:
    """(round 49) A degree or surprise adverb before the change closing a metric (`metric_change_adverb`: 出口大幅下降,
    价格意外上涨) dropped, except a one-character adverb that makes one verb with a one-character change (略减, 微增,
    稍降: round 43)."""
    adverb = found["adverb"] or ""
    return adverb if len(adverb) == 1 and len(found["verb"]) == 1 else ""


def _speaker_lead(found: re.Match[str]) -> str:
    """(round 43 mend) The speaker's 我们 (`metric_speaker_lead`) dropped with its 的 or 国家, or before an act (a
    verb, preposition or adverb: 我们新建…, 我们为企业…); kept before a common noun (`speaker_owned_tags`), the place
    or body it owns (我们村人均收入, 我们公司新签合同额: the village's, the company's). By the noun's tag, not the
    act's: jieba tags some verbs as place names (新建/ns)."""
    if found["linked"]:
        return ""
    words = cut_words(found.string[found.end():found.end() + 12])
    return found[0] if words and tag_of(words[0]) in cues().words("speaker_owned_tags") else ""


def _aspect_frame(found: re.Match[str]) -> str:
    """(round 42 mend) A comma-less topic frame (`metric_aspect_frame`) dropped when the rest of the phrase repeats
    its scope (货运方面全年完成营业性货运量 → 营业性货运量); kept otherwise, a scope the measure names nowhere else
    (教育方面共投入资金, 社保方面实现基金收入: the scope stays as in 医疗方面投入资金)."""
    return "" if found["scope"] in found.string[found.end():] else found[0]


def without_report_verb(before: str, words: list[Word], previous_clause: str) -> tuple[str, list[Word]]:
    """(round 42 mend) The value's clause without the bare report verb opening it (`metric_bare_report_verb`) when the
    clause right before names the release it reports (`report_verb_release`: 交通运输部发布《…公报》，显示去年国内完成…
    → 国内…); else, or when the verb is not words of its own, unchanged (显示产业规模达到… keeps 显示)."""
    rules = cues()
    found = rules.pattern("metric_bare_report_verb").match(before)
    if not found or not rules.pattern("report_verb_release").search(previous_clause):
        return before, words
    verb, taken, cut = SPACE.sub("", found[0]), "", 0
    for word in words:
        if len(taken) >= len(verb):
            break
        taken += SPACE.sub("", word.text)
        cut += 1
    return (before[found.end():], words[cut:]) if taken == verb else (before, words)


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
    ends = [m.end() for m in BREAK.finditer(phrase) if not in_title(titles, m.start())]
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
