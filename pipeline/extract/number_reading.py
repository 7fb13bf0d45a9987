"""One numeral read into its quantity candidates: the stages of ``numbers._build``, in the order it runs them.

Each stage reads a :class:`Draft` (the numeral, its text and what the stages before it set) and moves it on: the
infix and scales after the numeral, its unit (a unit word, else one its context implies, else tenths), what comes
after the unit (半, 多, subunits, a rate's denominator), its currency, its qualifiers; then the exclusion rules, and
the candidates. Split from ``numbers`` (round 44) so that each stage can be read and tested alone; ``numbers`` keeps
the scan, the sign and the post-passes over all candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipeline.chars import HSPACE
from pipeline.extract.currencies import generic_units, shared_currency, shared_names
from pipeline.extract.date_bare_years import label_count_at
from pipeline.extract.number_context import (
    Segmenter,
    after_hours,
    ends_with_word,
    first_ending,
    match_words,
    measure_word_blocked,
    prefix_qualifier,
    suffix_qualifier,
)
from pipeline.extract.number_exclusions import (
    Reading,
    change_led_unit,
    english_scale_at,
    excluded,
    letter_scale_at,
    share_scheme_unit,
    year_like,
)
from pipeline.extract.number_words import Candidate
from pipeline.extract.numeral_scan import scan_numeral
from pipeline.extract.numerals import (
    Lexicon,
    NumeralCore,
    UnitInfo,
    evaluate,
    lexicon,
    skip_space,
)
from pipeline.extract.unit_forms import (
    CurrencyMark,
    Declaration,
    bracketed_alternative,
    cued_measure_at,
    currency_after,
    currency_before,
    declaration_at,
    follows_declaration,
    implies_money,
    is_markup,
    leading_period,
    list_to_quantity,
    measure_not_money,
    min_implied_scale,
    money_noun_after,
    money_suffix_end,
    prefix_block,
    range_to_quantity,
    rate_denominator,
    rate_percent_at,
    scaled_shorthand_at,
    size_class_at,
    size_class_words,
    symbol_after,
    top_n_noun,
    top_n_start,
    valuation_ratio_at,
)
from pipeline.resources import cached, held


@dataclass
class Draft:
    """A numeral's quantity as ``numbers._build``'s stages read it: each stage reads what the ones before it set.

    Inputs (see ``numbers._build``): ``s``, ``original``, ``core``, ``lex``, ``seg``, ``home``, ``decls``.
    ``start``: the quantity's start (a sign's, a currency symbol's); ``value``; ``approx``; ``pair``: the values of
    two neighbouring digits (两三倍), and ``pair_scale``, ``pair_add`` what the unit does to each; ``j``: the end of
    the numeral with its infix and scales, ``k``: where its unit is read (``j`` past spaces); ``m``: the unit word
    matched at ``k``; ``unit_info``, ``unit_surface`` (as matched), ``written_unit`` (a measure word as written),
    ``unit_end``; ``tenths``: 成 or 折 read as the unit; ``qty_end``: the quantity's end; ``kind``, ``unit``;
    ``mark``: the currency written before the number."""

    s: str
    original: str
    core: NumeralCore
    lex: Lexicon
    seg: Segmenter
    home: str
    decls: Sequence[Declaration]
    start: int
    value: Decimal
    approx: str
    pair: tuple[Decimal, Decimal] | None
    j: int = 0
    k: int = 0
    m: re.Match[str] | None = None
    unit_info: UnitInfo | None = None
    written_unit: str = ""
    unit_surface: str = ""
    unit_end: int = 0
    tenths: str | None = None
    qty_end: int = 0
    kind: str = "count"
    unit: str = ""
    pair_scale: Decimal = Decimal(1)
    pair_add: Decimal = Decimal(0)
    mark: CurrencyMark | None = None


def digit_pair(core: NumeralCore, lex: Lexicon) -> tuple[Decimal, Decimal] | None:
    """Neighbouring digits are two numbers (两三倍 → 2 x and 3 x; 三两天 counts down): their values, the scale
    after them applied to each, or None."""
    toks = core.toks
    if (
        core.chinese_only
        and len(toks) >= 2
        and toks[0].kind == "cdigit"
        and toks[1].kind == "cdigit"
        and (toks[1].value == toks[0].value + 1
             or (toks[0].value == 3 and toks[1].text in lex.cfg["descending_pair_second"]))  # 三两天
        and toks[0].value >= 1
        and all(t.kind in ("small", "big") for t in toks[2:])
    ):
        rest = toks[2:]
        first = evaluate([toks[0], *rest])[0] if rest else toks[0].value
        second = evaluate([toks[1], *rest])[0] if rest else toks[1].value
        return first, second
    return None


def digit_string(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """Chinese digits read one by one, without place values (三一, 九一八, 二〇二〇), write a year, a code or a
    name (三一重工, 九一八事变), never a count: counts say 三十一. (Neighbouring pairs are :func:`digit_pair`'s; a
    discount reads its digits one by one: 八五折 → 85 %.)"""
    return (core.chinese_only and len(core.toks) >= 2 and all(t.kind == "cdigit" for t in core.toks)
            and not s.startswith(lex.cfg["tenths"]["zhe"], skip_space(s, core.end)))


def read_infix_and_scales(d: Draft) -> None:
    """多/余 or + right after the numeral (more than: 1000+家), then an English or letter scale (6.311 billion,
    40k, 5k万); sets where the unit is read (``j``, ``k``, ``m``). ``unit_end`` stays at the infix: a quantity
    with no unit ends there."""
    s, core, lex, cfg, n = d.s, d.core, d.lex, d.lex.cfg, len(d.s)
    j = core.end
    k = skip_space(s, j)
    if k < n and s[k] in cfg["over_infixes"]:
        d.approx = "over"
        j = k + 1
        k = skip_space(s, j)
    elif k == j and k < n and s[k] in cfg["plus_signs"] and not core.chinese_only and not (
            k + 1 < n and held(cfg["over_plus_not_before"]).match(s[k + 1:k + 4])):
        d.approx = "over"  # 1000+家, 240万+: more than (round 32); 5+2 and “1+N” stay sums and names
        j = k + 1
        k = skip_space(s, j)
    d.unit_end = j
    m = lex.unit_re.match(s, k) if k < n and s[k] != "\n" else None
    # letter scales: 40k, -2.5 M
    word_scale = english_scale_at(s, k, lex) if not core.chinese_only else None
    if word_scale is not None:  # 6.311 billion, 109million
        d.value *= Decimal(str(cfg["english_scales"][s[k : word_scale].lower()]))
        j = word_scale
        k = skip_space(s, j)
        m = lex.unit_re.match(s, k) if k < n else None
    letter_scale = m is None and not core.chinese_only and letter_scale_at(s, k, lex, core.start)  # 15k左右, 1.5k元, 3w
    if letter_scale and (k == j or s[k] == "M"):
        d.value *= lex.letter_scales[s[k]]
        j = k + 1
        while j < n and s[j] in lex.big:  # 5k万, 1.2w亿: a letter scale before a Chinese one
            d.value *= lex.big[s[j]]
            j += 1
        if j < n and s[j] in cfg["plus_signs"] and not (j + 1 < n and s[j + 1].isdigit()):
            d.approx, j = "over", j + 1  # 10w+, 5k+: more than
        k = skip_space(s, j)
        m = lex.unit_re.match(s, k) if k < n else None
    d.j, d.k, d.m = j, k, m


def read_unit_word(d: Draft) -> None:
    """The unit word matched at ``k``, unless it is no unit there: a Latin word's start (1920x1080), the start of a
    word the tokenizer reads (500亿天价), a blocked compound (10万人年均 reads 人), 重 after a large numeral, a
    tally's direction (4升1降), a top-N group's noun (前5个股)."""
    s, core, lex, seg, k, m, n = d.s, d.core, d.lex, d.seg, d.k, d.m, len(d.s)
    if m is not None:
        surface = held(r"\s").sub("", m.group(0))
        info = lex.units.get(surface)
        latin = surface.isascii() and surface.isalpha()
        if info is not None and latin and (m.end() < n and s[m.end()].isascii() and s[m.end()].isalpha()):
            info = None if not valuation_ratio_at(s, m.end()) else info
        if info is not None and surface in lex.units_cfg["multiple"]["latin_surfaces"] and m.end() < n and (
            s[m.end()].isalnum() and not valuation_ratio_at(s, m.end())
        ):
            info = None  # 1920x1080: no multiple
        worded = lex.units_cfg.get("measure_word_blockers_as_words", {}).get(surface, [])
        at = m.end() - len(surface)
        if info is not None and any(s.startswith(w, at) and seg.token_end_at(at) == at + len(w) for w in worded):
            info = None  # 500亿天价: the unit opens a word the tokenizer reads (3天价格 keeps its days)
        elif info is not None and measure_word_blocked(s, at, surface, seg):
            info = None  # (a compound blocked, 10万人年均: the shorter unit it begins with, 人, is read)
            shorter = lex.unit_re.match(s, k, m.end() - 1) if len(surface) > 1 else None
            if shorter is not None:
                m, surface = shorter, held(r"\s").sub("", shorter.group(0))
                info = lex.units.get(surface)
        few = lex.units_cfg.get("measure_word_numbers", {}).get(surface)
        if info is not None and few is not None and not re.fullmatch(few, s[core.start:at]):
            info = None  # 2.3万重卡, 1.2万重污染企业: 重 counts layers only after a small bare numeral (三重, 5重)
        if info is not None and _direction_tally(s, at, core.start):
            info = None  # 5个分类指数4升1降: the count of those that rose, no litres (round 39)
        if info is not None and top_n_start(s, core.start) is not None and top_n_noun(s, k):
            info = None  # 前5个股, 前4 组合, 前十次数: the group's noun, no measure word (前500家 keeps 家)
        if info is not None:
            written = held(r"\s").sub("", d.original[m.start() : m.end()])
            if info.kind == "count" and info.unit == surface and written != surface:
                d.written_unit = written  # a measure word as written (種, 個); rules read the simplified one
            d.unit_info = info
            d.unit_surface = surface
            d.unit_end = m.end()
    d.m = m


def read_unit_without_word(d: Draft) -> None:
    """A unit no unit word gives, read only where its context says so: basis points after a change word (下行4BP),
    a dividend scheme's shares (10派3元), Hong Kong's 厘 of a rate, a measure cued by its clause (1.5万P), property
    shorthand (6.1万/㎡, 22万方), then 成 or 折 as tenths."""
    s, core, lex, cfg, k, m, n = d.s, d.core, d.lex, d.lex.cfg, d.k, d.m, len(d.s)
    measure = cfg["change_led_units"].get("measure_between")
    led = (change_led_unit(s, k, core.start, cfg)
           if (d.unit_info is None and m is None) or (measure and d.unit_surface == measure) else None)
    if led is not None:  # 下行4BP: basis points after a change word
        d.unit_end, d.unit_surface = led
        d.unit_info = UnitInfo("count", cfg["change_led_units"]["surfaces"][d.unit_surface])
    scheme = share_scheme_unit(s, core.start, d.j, cfg) if d.unit_info is None and m is None and led is None else None
    if scheme is not None:  # 10派3元, 10转4: shares of a dividend scheme's shorthand
        d.unit_info, d.unit_end = UnitInfo("count", scheme), d.j
    rate_end = rate_percent_at(s, k, core.start) if d.unit_info is None and m is None else None
    if rate_end is not None:  # 最優惠利率5.875厘: Hong Kong's percent of an interest rate
        d.unit_end, d.unit_surface = rate_end, s[k:rate_end]
        d.unit_info = UnitInfo("percent", lex.units_cfg["percent"]["unit"])
    cued = cued_measure_at(s, k, core.start) if d.unit_info is None and m is None and rate_end is None else None
    if cued is not None:  # 智能算力规模达到1.5万P: a measure read only in a clause about its quantity
        d.unit_end, d.unit_surface = cued
        d.unit_info = UnitInfo("count", d.unit_surface)
    short = scaled_shorthand_at(s, k, core.scale) if d.unit_info is None and m is None and core.has_scale else None
    if short is not None:  # 楼面价6.1万/㎡ (元 left out of a price per area), 总建面22万方: property shorthand
        d.unit_end = short[1]
        d.unit_surface = "" if short[0] == "price" else s[k:d.unit_end]
        d.unit_info = UnitInfo("money", d.home) if short[0] == "price" else UnitInfo("count", d.unit_surface)
    if d.unit_info is None and k < n and s[k] in (cfg["tenths"]["cheng"], cfg["tenths"]["zhe"]):
        blockers = cfg["tenths_blockers"].get(s[k], [])
        qualified = ends_with_word(s, core.start, cfg["tenths_qualified"])  # 近四成为中小企业: 40 % are
        if not any(s.startswith(b, k) and not (qualified and b in cfg["tenths_qualified_words"]) for b in blockers):
            d.tenths = s[k]
            d.unit_end = k + 1


def apply_unit(d: Draft) -> None:
    """The unit read sets the quantity's end, kind, unit and value (its factor; tenths × 10, but 75折 → 75 %);
    分 after hours is minutes (4小时18分)."""
    cfg = d.lex.cfg
    if d.unit_info is not None and after_hours(d.s, d.core.start, d.unit_surface, cfg):
        d.unit_info = UnitInfo("duration", cfg["hour_minutes"]["unit"])  # 4小时18分: minutes, not a score's 分
    d.qty_end = d.unit_end if (d.unit_info is not None or d.tenths) else d.j
    d.kind, d.unit = "count", ""
    d.pair_scale, d.pair_add = Decimal(1), Decimal(0)  # what the unit does to each member of a pair (一两成)
    if d.unit_info is not None:
        d.kind, d.unit = d.unit_info.kind, d.written_unit or d.unit_info.unit
        d.value = d.value * d.unit_info.factor
        d.pair_scale *= d.unit_info.factor
    elif d.tenths:
        d.kind, d.unit = "percent", "%"
        value = d.value
        if d.tenths == cfg["tenths"]["zhe"] and d.pair is None and value >= 10 and value == value.to_integral_value():
            pass  # 75折 → 75 % (a pair's members are tenths: 七八折 → 70 %, 80 %)
        else:
            d.value = value * 10
            d.pair_scale *= 10


def read_classified_unit(d: Draft) -> None:
    """A duration or points counted with 个 and 多/半 before the unit (4个多小时, 1个半小时, 两个多月, 1个多百分点):
    the unit after 多/半 is the quantity's."""
    s, lex, cfg, n = d.s, d.lex, d.lex.cfg, len(d.s)
    qty_end = d.qty_end
    if d.unit_surface in cfg["duration_classifiers"] and qty_end < n and s[qty_end] in (
        cfg["half"]["surface"], *cfg["over_infixes"]
    ):
        dm = lex.unit_re.match(s, qty_end + 1)
        dinfo = lex.units.get(held(r"\s").sub("", dm.group(0))) if dm else None
        if dm is not None and dinfo is not None and dinfo.kind in ("duration", "pp"):  # (1个多百分点, 1个半百分点)
            if s[qty_end] == cfg["half"]["surface"]:
                d.value += Decimal(str(cfg["half"]["value"])) * dinfo.factor
                d.pair_add += Decimal(str(cfg["half"]["value"])) * dinfo.factor
            else:
                d.approx = "over"
            d.unit_info, d.kind, d.unit = dinfo, dinfo.kind, dinfo.unit
            d.value = d.value * dinfo.factor
            d.pair_scale, d.pair_add = d.pair_scale * dinfo.factor, d.pair_add * dinfo.factor
            d.unit_surface, d.unit_end = held(r"\s").sub("", dm.group(0)), dm.end()
            d.qty_end = dm.end()


def read_half_or_over(d: Draft) -> None:
    """半 and 多 right after the unit: 一年半, 三斤半, 1倍多; 半 after tenths: 两成半 → 25 %, 八折半 → 85 %."""
    s, cfg, n, qty_end = d.s, d.lex.cfg, len(d.s), d.qty_end
    if d.unit_info is not None and d.kind not in ("percent", "pp"):
        if (qty_end < n and s[qty_end] == cfg["half"]["surface"] and d.kind != "money"
                and not (qty_end + 1 < n and s[qty_end + 1] in cfg["half_unit_word_starts"])):
            d.value += Decimal(str(cfg["half"]["value"]))
            d.pair_add += Decimal(str(cfg["half"]["value"]))
            d.qty_end += 1
        elif qty_end < n and s[qty_end] in cfg["over_infixes"]:
            d.approx = "over"
            d.qty_end += 1
    elif (d.tenths and d.pair is None and qty_end < n and s[qty_end] == cfg["half"]["surface"] and d.value < 100
          and not (qty_end + 1 < n and s[qty_end + 1] in cfg["half_word_starts"])):
        d.value += Decimal(str(cfg["half"]["value"])) * 10  # 两成半 → 25 %, 八折半 → 85 %
        d.qty_end += 1


def read_tenths_digit(d: Draft) -> None:
    """One Chinese digit after tenths of 成 is the hundredths' place: wire copy writes 增二成九 for 29 % and 下降一成五
    for 15 %; left alone, the digit would stand as a count of its own (9). Only a digit closed by a clause end or a
    bound (`tenths_digit_after`) reads so: 七成一线城市 keeps 70 %."""
    s, cfg, k = d.s, d.lex.cfg, d.qty_end
    if (d.tenths != cfg["tenths"]["cheng"] or d.pair is not None or d.approx or k >= len(d.s) or d.value >= 100
            or d.value != d.value.to_integral_value() or d.value % 10):
        return
    digit = d.lex.digits.get(s[k])
    if not digit or not re.match(cfg["tenths_digit_after"], s[k + 1:]):
        return
    d.value += Decimal(digit)
    d.qty_end = k + 1


def read_money_tail_and_rate(d: Draft) -> None:
    """Currency subunits (五元三毛, 50元6角三分) and 整 closing an amount (壹万圆整); a rate is one unit (80万吨/年 →
    吨/年, 每秒5万立方米 → /秒; a money rate stays money: 18500元/吨 → CNY)."""
    s, lex = d.s, d.lex
    if d.kind == "money":
        d.qty_end, d.value = _subunits(s, d.qty_end, d.unit, d.value, lex)
        d.qty_end = money_suffix_end(s, d.qty_end)
    if d.unit_info is not None and d.kind in ("count", "money"):
        rate = rate_denominator(s, d.qty_end)
        if rate is not None:
            d.qty_end = rate[0]
            d.unit = d.unit if d.kind == "money" else f"{d.unit}/{rate[1]}"
        elif d.kind == "count" and d.unit_info.kind == "count":
            prefix = first_ending(s, d.start, lex.approx_prefix_index)
            period = leading_period(s, d.start, prefix[0] if prefix else "")
            if period is not None:  # 每秒5万立方米: a rate per second, written with its period first
                d.unit = f"{d.unit}/{period}"


def read_currency_mark(d: Draft) -> None:
    """A currency written before the number (人民币 8千元, 港币两千九百六十元, HK$580), also before a qualifier
    (港币逾500万元), names the currency; not one that is the unit of an amount before (1美元约6.9元) or markup."""
    s, start, lex = d.s, d.start, d.lex
    mark = currency_before(s, start)
    if mark is None:  # 港币逾500万元, 新台幣約100萬元: a qualifier between the currency and the number
        prefix = first_ending(s, start, lex.approx_prefix_index)
        mark = currency_before(s, start - len(prefix[0])) if prefix and prefix[0] else None
        owner = s[:mark.start].rstrip(HSPACE)[-1:] if mark is not None else ""
        if owner and (owner.isdigit() or owner in lex.numeral_chars):
            mark = None  # 1美元约6.9元: that currency is the unit of the amount before
    if mark is not None and is_markup(s, mark, d.qty_end):
        mark = None
    d.mark = mark


def read_currency(d: Draft) -> None:
    """Which currency an amount is in: a measure word that only looks like money (一块蛋糕) is a count; the generic
    元 names the mark's, the one written after (億元新台幣), a declaration's or the text's own; a shared name
    (比索) its country's; a bare number after a mark is money; a symbol's amount starts at it (HK$580)."""
    s, mark, kind = d.s, d.mark, d.kind
    if kind == "money" and mark is None and measure_not_money(s, d.unit_surface, d.start, d.qty_end, d.unit_end,
                                                                d.value):
        d.kind, d.unit = "count", d.unit_surface  # 一块蛋糕: the measure word
        d.unit_info = UnitInfo(d.kind, d.unit)
    elif kind == "money" and d.unit_surface in generic_units():
        d.unit = mark.code if mark is not None else d.home
        after = currency_after(s, d.qty_end) if mark is None and d.qty_end == d.unit_end else None
        if after is not None:  # 5,505.64億元新台幣: the currency written after 元 says which
            d.qty_end, d.unit = after
        elif mark is None:  # 172.13億元(澳門元、下同): a declaration right after a 元 amount names its currency
            declared = _yuan_declaration(s, d.decls, d.start, d.qty_end)
            d.unit = declared.code if declared is not None else d.unit
    elif kind == "money" and d.unit_surface in shared_names():
        d.unit = shared_currency(s, d.start, d.unit_surface)  # 墨西哥投资50亿比索: the country's peso
    elif d.unit_info is None and not d.tenths and mark is not None:
        d.kind, d.unit = "money", mark.code
        d.unit_info = UnitInfo("money", d.unit)
    if mark is not None and mark.symbol and d.kind == "money":
        d.start = mark.start  # HK$580: the symbol is part of the amount


def read_count_unit_tail(d: Draft) -> None:
    """What a count's unit carries right after it: a prefix length (68042块/32) or a bracketed other name of the
    unit (3.1万架（次）, 2.1万辆（台）次, round 31), both part of the unit."""
    block = prefix_block(d.s, d.qty_end, d.unit) if d.kind == "count" and d.qty_end == d.unit_end else None
    if block is not None:  # IPv6地址数量为68042块/32: the prefix length is part of the unit, no number
        d.qty_end, d.unit = block
    alt = bracketed_alternative(d.s, d.qty_end, d.unit) if d.kind == "count" and d.qty_end == d.unit_end else None
    if alt is not None:  # 3.1万架（次）, 2.1万辆（台）次: the bracket names the count another way (round 31)
        d.qty_end, d.unit = alt


def read_qualifiers(d: Draft) -> None:
    """Approximation qualifiers around the quantity, not the tail of a noun (出超54.2亿美元); a currency's name may
    stand inside the qualifier (不超过人民币50亿元, 约为人民币1.35亿元)."""
    mark = d.mark
    d.approx = d.approx or prefix_qualifier(d.s, d.start, mark.start if mark is not None and not mark.symbol else None)
    word, akind = suffix_qualifier(d.s, d.qty_end)
    if akind and not (akind == "over" and word in d.lex.cfg["over_infixes"] and d.unit_info is None and not d.tenths):
        d.approx = d.approx or akind


def set_of_n(d: Draft) -> list[Candidate] | None:
    """A bare Chinese numeral before 大 (:func:`_set_count`): a set of N is a count that takes the 大 (三大城市群),
    an ordinal (十八大) is no quantity ([]); None when no set is named."""
    core = d.core
    if d.unit_info is None and not d.tenths and core.chinese_only and d.qty_end == core.end:
        group = _set_count(d.s, core, d.value, d.lex)
        if group is not None:
            return [Candidate(d.start, group, d.value, "", "count", d.approx, core)] if group > core.end else []
    return None


def not_a_quantity(d: Draft) -> bool:
    """The exclusion rules: the guidelines' (``number_exclusions.excluded``; a top-N group's numeral is a word of its
    own: 前十), a word after that says no quantity, a session (十四届), a size class (5000亿级), a word that only
    looks like a numeral (十分, 一带一路), a breed (二元母猪)."""
    s, core, lex, cfg, qty_end = d.s, d.core, d.lex, d.lex.cfg, d.qty_end
    numeral_text = s[core.start : core.end]
    # in a top-N group (前十, 排名前三) the numeral is a word of its own
    here = Segmenter(s, {core.start: core.end}) if top_n_start(s, core.start) is not None else d.seg
    if excluded(Reading(s, d.original, core, d.start, qty_end, d.unit_info, bool(d.tenths)), lex, here):
        return True
    not_after = not_quantity_after()
    if s.startswith(not_after, qty_end) or s.startswith(not_after, skip_space(s, core.end)):
        return True
    if d.unit_info is not None and _names_a_session(s, core.start, qty_end, d.unit_info.unit, cfg):
        return True
    if core.has_scale and ((d.unit_info is not None and d.unit_info.unit in size_class_words())
                           or size_class_at(s, qty_end)):
        return True  # 2个5000亿级产业集群, 10个千亿元级: a size class, no amount
    word = match_words(s, core.start, cfg["non_number_words"])
    if word and len(word) >= len(numeral_text) and not _bounded_scale_run(d, word):
        return True  # 十分, 千万, 一带一路: a word, not a numeral (a longer numeral such as 十分之一 wins)
    return _crossbreed_at(s, core.start, len(numeral_text))  # 二元母猪, 三元杂交猪: a breed, no yuan


def _bounded_scale_run(d: Draft, word: str) -> bool:
    """``word`` is scales alone (千万) right after a bound word (超千万, 近千万, 突破千万): the amount the bound
    qualifies, as 超百万 and 破亿 are. Only a prefix bound counts, not the draft's approximation, which also holds a
    suffix (千万多穿, 千万上下班) and which a noun's tail must not give (最近千万不要: ``approx_prefix_nouns``); and
    no run that leads an adverb's verb (千万不要, 千万别: ``scale_adverb_verb_heads``), as the adverb 千万 does."""
    lex = d.lex
    scales = set(lex.big) | {ch for ch, value in lex.small.items() if value >= 10}
    if d.core.vague or not all(ch in scales for ch in word):
        return False
    end = d.core.start + len(word)
    if end < len(d.s) and d.s[end] in lex.cfg["scale_adverb_verb_heads"]:
        return False
    return prefix_qualifier(d.s, d.start) in ("over", "about", "under")


def read_symbol_after(d: Draft) -> None:
    """250亿$: a currency symbol written after a bare amount names its currency."""
    after_symbol = (symbol_after(d.s, d.qty_end) if d.unit_info is None and not d.tenths and d.mark is None
                    else None)
    if after_symbol is not None:
        d.qty_end, d.unit, d.kind = after_symbol[0], after_symbol[1], "money"
        d.unit_info = UnitInfo("money", d.unit)


def names_a_year(d: Draft, bare: bool) -> bool:
    """A bare year is a date (or a code), never a count, unless it opens a range or list of a unit (1000～1200毫米)
    or is a label's count (员工总数1287，; 医院　1456, round 29); 2017年 is a calendar year, never 2017 years."""
    s, core, cfg, qty_end = d.s, d.core, d.lex.cfg, d.qty_end
    if (bare and not d.approx and year_like(core, cfg) and not range_to_quantity(s, qty_end, d.seg)
            and not list_to_quantity(s, qty_end, d.seg) and not label_count_at(s, core.start, core.end)):
        return True
    return d.unit_info is not None and d.unit_info.unit == "year" and not d.approx and year_like(core, cfg)


def draft_candidates(d: Draft, bare: bool) -> list[Candidate]:
    """The candidate (money when a bare amount's currency word is left out: 营收超300亿), or a pair's two (三两天
    counting down is a measure, 两 a tael: none)."""
    kind, unit, value = d.kind, d.unit, d.value
    implied = _implied_currency(d.s, d.core, d.start, d.home, d.decls) if bare and d.pair is None else None
    if implied is not None:  # 营收超300亿: the currency word left out
        kind, unit, bare = "money", implied[0], False
        value *= implied[1]
    if d.pair is not None:
        mid = d.core.toks[1].start
        if d.pair[1] < d.pair[0] and d.unit_info is None and not d.tenths:
            return []  # 喝了三两白酒: 两 is the measure (a tael) there; 三两天 counts down
        pair = (d.pair[0] * d.pair_scale + d.pair_add, d.pair[1] * d.pair_scale + d.pair_add)  # 一两成 → 10 %, 20 %
        return [
            Candidate(d.start, mid, pair[0], unit, kind, d.approx, d.core, bare, bare),
            Candidate(mid, d.qty_end, pair[1], unit, kind, d.approx, d.core, bare, bare),
        ]
    return [Candidate(d.start, d.qty_end, value, unit, kind, d.approx, d.core, bare, bare,
                      unit_factor=d.pair_scale, implied=implied is not None)]


def _implied_currency(
    s: str, core: NumeralCore, start: int, home: str, decls: Sequence[Declaration]
) -> tuple[str, Decimal] | None:
    """Currency and scale of a bare amount whose currency word is left out: after a money word in its clause
    (营收超300亿, 出口19.55万亿) or right after a declaration (外资（单位：亿美元，下同）为86.5); the currency is
    the one its passage declares (按美元计价), else the text's own, and a declared scale applies to a number
    that writes none."""
    decl = declaration_at(decls, start)
    scale = decl.scale if decl is not None and not core.has_scale else Decimal(1)
    code = decl.code if decl is not None else home
    if decl is not None and follows_declaration(s, decl, start):
        return code, scale
    transparent = [(decl.start, decl.end)] if decl is not None else []
    if core.scale * scale >= min_implied_scale() and (
            implies_money(s, start, transparent, headed=scale != 1) or money_noun_after(s, core.end)):
        return code, scale
    return None


def _names_a_session(s: str, start: int, end: int, unit: str, cfg: dict) -> bool:
    """十四届全国人大, 二十届三中全会, 十四届全国人大二次会议: which session, not how many (`session_ordinals`)."""
    rule = cfg["session_ordinals"]
    if unit in rule["units"] and held(rule["cohort_year"]).fullmatch(s[start:end]) is not None:
        return True  # 2024届毕业生: a cohort named by its year, not a number of sessions
    if unit in rule["units"]:
        return (held(rule["after"]).match(s[end:end + 12]) is not None
                and held(rule["count_before"]).search(s[max(0, start - 6):start]) is None)
    if unit in rule["follow_units"]:
        return (held(rule["follow_after"]).match(s[end:end + 6]) is not None
                and held(rule["follow_before"]).search(s[max(0, start - 16):start]) is not None)
    return False


def _set_count(s: str, core: NumeralCore, value: Decimal, lex: Lexicon) -> int | None:
    """N大 names a set of N (三大城市群, 五大发展理念) up to a size; beyond it N大 is an ordinal, a congress
    (十八大, 十九大). Returns the set's end, ``core.end`` for an ordinal, None when no 大 follows."""
    spec = lex.cfg["set_suffix"]
    surface = spec["surface"]
    if not s.startswith(surface, core.end) or ends_with_word(s, core.start, lex.cfg["ordinal_prefixes"]):
        return None
    if value > int(spec["max_count"]):
        return core.end
    return core.end + len(surface) if value >= int(spec["min_count"]) else None


def _subunits(s: str, pos: int, code: str, value: Decimal, lex: Lexicon) -> tuple[int, Decimal]:
    table = lex.cur_cfg["subunits"].get(code)
    if not table:
        return pos, value
    joiners = lex.cur_cfg["subunit_joiners"]
    k = pos
    while True:
        k2 = skip_space(s, k)
        for jn in joiners:
            if s.startswith(jn, k2):
                k2 = skip_space(s, k2 + len(jn))
                break
        if k2 >= len(s) or not (s[k2].isdigit() or s[k2] in lexicon().digits):
            return pos, value
        core = scan_numeral(s, k2)
        if core is None or core.has_scale or core.value >= 100:
            return pos, value
        k3 = skip_space(s, core.end)
        sub = match_words(s, k3, table)
        if sub is None:
            return pos, value
        value = value + core.value * Decimal(str(table[sub]))
        pos = k = k3 + len(sub)


def _yuan_declaration(s: str, decls: Sequence[Declaration], start: int, qty_end: int) -> Declaration | None:
    """The declaration that names the currency of a generic 元 amount at ``start``..``qty_end``: one written
    right after a 元 amount, in brackets with 下同 (錄172.13億元(澳門元、下同), 出口500亿元（美元，下同）), holds for
    that amount and for the generic 元 amounts after it in its scope (its paragraph); a declaration after any
    other word leaves 元 to the passage."""
    decl = declaration_at(decls, start)
    if decl is None or decl.scale != 1:
        return None
    before = s[decl.scope_start : decl.start].rstrip(HSPACE)
    if not any(before.endswith(u) for u in generic_units()):
        return None
    adjacent = not s[qty_end : decl.start].strip(HSPACE)
    return decl if adjacent or start >= decl.end else None


@cached
def _tally_patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    cfg = lexicon().cfg["direction_tally"]
    return frozenset(cfg["units"]), re.compile(cfg["after"]), re.compile(cfg["before"])


def _direction_tally(s: str, at: int, start: int) -> bool:
    """(round 39) The unit at ``at`` is the way the members counted moved in a tally (4升1降, 3升2降1平, 1降4升): no
    litres, no 平方米."""
    units, after, before = _tally_patterns()
    return s[at] in units and (after.match(s, at) is not None
                               or before.search(s, max(0, start - 6), start) is not None)


@cached
def not_quantity_after() -> tuple[str, ...]:
    """``not_quantity_after``'s words as one tuple: ``str.startswith`` tries them all in one call."""
    return tuple(lexicon().cfg["not_quantity_after"])


@cached
def _crossbreed_cfg() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """``crossbreed_words``: the breed words and the pattern of a verb of change or a price's 每X before them."""
    cfg = lexicon().cfg["crossbreed_words"]
    return tuple(cfg["words"]), re.compile(cfg["amount_before"])


def _crossbreed_at(s: str, pos: int, numeral_len: int) -> bool:
    """A crossbreed word (二元母猪) starts at ``pos`` and no verb of change or 每X (涨了三元猪肉) comes right
    before it."""
    words, amount_before = _crossbreed_cfg()
    word = match_words(s, pos, words)
    return (word is not None and len(word) >= numeral_len
            and amount_before.search(s, max(0, pos - 4), pos) is None)
