"""Units and currencies written around a numeral, beyond one unit right after it.

The quantity engine (``pipeline.extract.numbers``) reads a numeral and the unit that follows; the
forms here complete it, each a class of writing the guidelines count as one quantity:

- a rate: a unit, ``/`` and a second unit (万吨/年, 元/吨, 美元/桶, 公里/小时) is one unit;
- a currency written before the number, by name or symbol (港币两千九百六十元, HK$3,000, ￥500);
- 整/正 closing an amount on cheques and contracts (壹万圆整);
- the currency of the passage: what the generic 元 means (HKD in a Hong Kong text) and the
  currency of an amount whose currency word is left out (营收超300亿);
- top-N groups (前十, 前500家): counts, not ranks;
- the scale a range or list writes once, on its last member (一百二十到一百五十万元, 两到三仟);
- a rate per a power of ten (31.9/10万, 4.5/1000): a share, given as a percentage like any fraction;
- a scale with no digit before it (超过亿元, 近亿元) or counted with 个 (两个亿, 三个亿卢布).

Surfaces and cue words are data (``units.yaml``, ``currencies.yaml``).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache
from itertools import pairwise

from pipeline.chars import HSPACE, count_han, is_han, runs_into_latin_word
from pipeline.extract.currencies import currency_names, currency_symbols, prefix_currencies
from pipeline.extract.number_context import Segmenter, measure_word_blocked
from pipeline.extract.number_words import Candidate
from pipeline.extract.numeral_scan import scan_numeral
from pipeline.extract.numerals import NumeralCore, alternation, labelled_measures, lexicon, skip_space
from pipeline.nlp.jieba_dict import jieba_tokenizer
from pipeline.resources import cached, load_yaml
from pipeline.script import simplified

_CLAUSE_END = "。；;！？!?\n，,：:"
_SENTENCE_END = "。；;！？!?\n"
_CLAUSE_CONTINUES = "，,"


@dataclass(frozen=True)
class CurrencyMark:
    """A currency written before a number: ``s[start:end]`` names ``code``."""

    start: int
    end: int
    code: str
    symbol: bool


# how far back a currency written before a number is read (:func:`currency_before`'s window): no mark starts further
# back than this before the spaces that end it (``numbers.opening_reach`` bounds a quantity's start with it)
CURRENCY_MARK_REACH = 12


def _skip_back(s: str, pos: int) -> int:
    while pos > 0 and s[pos - 1] in HSPACE:
        pos -= 1
    return pos


@cached
def _prefix_re() -> re.Pattern[str]:
    """Currency names and symbols, anchored at the end (read on the reversed text)."""
    trans = lexicon().trans
    surfaces = {w.translate(trans)[::-1] for w in [*prefix_currencies(), *currency_symbols()]}
    return re.compile("(?:" + alternation(surfaces, spaced=False) + ")")


@cached
def _prefix_codes() -> dict[str, tuple[str, bool]]:
    trans = lexicon().trans
    codes = {w.translate(trans): (c, False) for w, c in prefix_currencies().items()}
    codes.update({w.translate(trans): (c, True) for w, c in currency_symbols().items()})
    return codes


def currency_before(s: str, pos: int) -> CurrencyMark | None:
    """The currency name or symbol that ends right before ``pos`` (spaces allowed), if any.

    A name must not be the tail of a longer word (a symbol may touch anything but a letter:
    US$ is a symbol, AUS$ is not). A TeX ``$…$`` is markup, not money: see :func:`is_markup`."""
    end = _skip_back(s, pos)
    window = s[max(0, end - CURRENCY_MARK_REACH) : end][::-1]
    m = _prefix_re().match(window)
    if m is None:
        return None
    surface = m.group(0)[::-1]
    start = end - len(surface)
    code, symbol = _prefix_codes()[surface]
    before = s[start - 1] if start > 0 else ""
    if symbol and before.isascii() and before.isalpha():
        return None
    return CurrencyMark(start, end, code, symbol)


def symbol_after(s: str, end: int) -> tuple[int, str] | None:
    """A currency symbol written right after an amount (250亿$, 3.5万￥ on a KPI card): its end and code. Not one
    that opens the next amount (5 $200) nor a TeX ``$`` closing math opened before the amount on its line."""
    symbols = currency_symbols()
    for width in (3, 2, 1):
        sym = s[end : end + width]
        if len(sym) != width or sym not in symbols:
            continue
        nxt = s[end + width : end + width + 1]
        if nxt.isdigit() or (nxt.isascii() and nxt.isalpha()):
            return None
        line_start = s.rfind("\n", 0, end) + 1
        head = s[max(line_start, end - 40) : end]
        if sym in load_yaml("currencies.yaml")["markup_symbols"] and (sym in head or "\\" in head):
            return None
        return end + width, symbols[sym]
    return None


def is_markup(s: str, mark: CurrencyMark, end: int) -> bool:
    """A markup symbol ($) closed again right after the amount ($12$, $0 { \\sim } 6$) is TeX."""
    if s[mark.start : mark.end] not in load_yaml("currencies.yaml")["markup_symbols"]:
        return False
    line_end = s.find("\n", end)
    tail = s[end : line_end if line_end >= 0 else len(s)][:40]
    return "$" in tail or "\\" in tail


@cached
def _measure_cue_re(key: str) -> re.Pattern[str]:
    """The cues of ``key`` (money_cues, measure_cues) of `measure_or_money`."""
    cues = load_yaml("currencies.yaml")["measure_or_money"][key]
    return re.compile(alternation(cues, spaced=False))


def measure_or_money_words() -> list[str]:
    """Money words that are also measure words (块): `measure_or_money.words` of currencies.yaml."""
    return list(load_yaml("currencies.yaml")["measure_or_money"]["words"])


def _last_cue(s: str, key: str, left: int, start: int) -> int:
    """End of the last cue of ``key`` in ``s[left:start]``, or -1."""
    return max((m.end() for m in _measure_cue_re(key).finditer(s, left, start)), default=-1)


def measure_not_money(s: str, surface: str, start: int, end: int, unit_end: int, value: Decimal) -> bool:
    """A money word that is also a measure word (块: 三块钱 but 一块蛋糕, 两块拼图) is the measure word
    when a noun follows it, when a measure noun is the nearest cue before it in its clause (集成电路产量2857亿块),
    or when a small count stands alone with no money word earlier in its clause (深港通两块，); it stays money
    with subunits after it (三块五毛) or a money word before."""
    cfg = load_yaml("currencies.yaml")["measure_or_money"]
    if surface not in cfg["words"] or end > unit_end:
        return False
    if end < len(s) and is_han(s[end]):
        return True
    left = start
    while left > 0 and s[left - 1] not in _CLAUSE_END:
        left -= 1
    money, measure = _last_cue(s, "money_cues", left, start), _last_cue(s, "measure_cues", left, start)
    if measure > money:
        return True
    return value < int(cfg["money_from"]) and money < 0


def money_suffix_end(s: str, pos: int) -> int:
    """End of 整/正 closing an amount (壹万圆整), else ``pos``."""
    suffixes = load_yaml("currencies.yaml")["money_suffixes"]
    if pos < len(s) and s[pos] in suffixes and not (pos + 1 < len(s) and is_han(s[pos + 1])):
        return pos + 1
    return pos


def quantity_unit_at(s: str, pos: int, seg: Segmenter | None = None) -> bool:
    """The unit of a quantity starts at ``pos`` (past spaces): a scale, a percent sign or an amount's qualifier that no
    year takes (1200万元, 2000多), money (2000元/吨), a measure of two or more characters (1200毫米, 2100小时), or one
    character closing its word (1900米，, 2000米之间); never a unit of the calendar (2018年, 2025年度, 2020季度), a
    measure word that opens a longer word (2025期间, 2020家庭) or one character running into a word (2020人口).
    ``seg``: the text's segmenter when the reader has one (round 46 tidy: the blocker test then reads its words, not
    a segmentation of the whole text of its own)."""
    lex = lexicon()
    k = skip_space(s, pos)
    if s.startswith(tuple(lex.cfg["range_quantity_openers"]), k):
        return True
    m = lex.unit_re.match(s, k)
    info = lex.units.get(m.group()) if m is not None else None
    if m is None or info is None or info.unit in lex.cfg["range_quantity_calendar_units"]:
        return False
    if measure_word_blocked(s, k, m.group(), seg):
        return False
    if runs_into_latin_word(m.group(), s, m.end()):
        return False  # a Latin unit running on into an English word (2010-2015 the rate, 2019 to): none
    if info.kind == "money" or len(m.group()) > 1:
        return True
    end = m.end()
    return (end >= len(s) or not is_han(s[end]) or s.startswith(tuple(lex.cfg["range_quantity_closers"]), end)
            or bool(lex.approx_suffix_re and lex.approx_suffix_re.match(s, end)))


@cached
def _range_member_re() -> re.Pattern[str]:
    cfg = lexicon().cfg
    conns = sorted(set(cfg["range_connectors"]) | set(cfg["range_quantity_connectors"]), key=len, reverse=True)
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, conns)) + r")[ \t\u3000]*[0-9]+(?:\.[0-9]+)?")


@cached
def _list_members_re() -> re.Pattern[str]:
    seps = sorted(lexicon().cfg["list_quantity_separators"], key=len, reverse=True)
    sep = "|".join(map(re.escape, seps))
    return re.compile(r"(?:[ \t\u3000]*(?:" + sep + r")[ \t\u3000]*[0-9]+(?:\.[0-9]+)?){1,8}")


def list_to_quantity(s: str, end: int, seg: Segmenter | None = None) -> bool:
    """A list runs on from ``end`` to a last member with the unit of a quantity (分别为1125、1287和1346家,
    招生1250、1380、1420人): its earlier members, written bare, share that unit, as a range's first member does
    (round 29). Bounded: at most eight members. ``seg``: the text's segmenter (`quantity_unit_at`)."""
    m = _list_members_re().match(s, end)
    return m is not None and quantity_unit_at(s, m.end(), seg)


def range_to_quantity(s: str, end: int, seg: Segmenter | None = None) -> bool:
    """A range runs on from ``end`` to a figure with the unit of a quantity (1000～1200毫米, 1500-2000元/吨, 1800至1900
    万吨): its first member, written bare, is that quantity too, not a year. ``seg``: the text's segmenter."""
    m = _range_member_re().match(s, end)
    return m is not None and quantity_unit_at(s, m.end(), seg)


# --------------------------------------------------------------------------- rates


@cached
def _denominator_re() -> re.Pattern[str]:
    cfg = load_yaml("units.yaml")
    trans = lexicon().trans
    rate = cfg["rate"]
    surfaces = [*cfg["measure_words"], *labelled_measures(cfg), *cfg["duration"], *rate["denominators"],
                *rate.get("money_denominators", [])]
    seps = "|".join(re.escape(x) for x in rate["separators"])
    opening = "".join(re.escape(pair[0]) for pair in rate.get("bracketed", []))
    counted = rate.get("counted_periods", {})
    count = "[1-9][0-9]{0,2}(?:" + alternation(counted.get("periods", []), spaced=False) + ")|" if counted else ""
    return re.compile(
        "[ \t\u3000]*(?:" + seps + ")[ \t\u3000]*(" + (f"[{opening}]?" if opening else "") + "(?:" + count
        + alternation({w.translate(trans) for w in surfaces}) + "))"
    )


@cached
def _qualifier_re() -> tuple[frozenset[str], re.Pattern[str] | None]:
    spec = load_yaml("units.yaml")["rate"].get("denominator_qualifiers", {})
    words = spec.get("words", [])
    return frozenset(spec.get("after", [])), (re.compile(alternation(words, spaced=False)) if words else None)


def _denominator_tail(s: str, end: int, unit: str) -> tuple[int, str] | None:
    """The rest of a denominator that ``_denominator_re`` opened: a counted period within bounds (℃/10年), the
    closing bracket of a bracketed one (吨/（平方千米·月）, after its period), or what it measures (万元营业收入,
    吨产品); None when the opened form does not close (a bracket left open, a count out of bounds)."""
    rate = load_yaml("units.yaml")["rate"]
    pairs = {pair[0]: pair[1] for pair in rate.get("bracketed", [])}
    closing = pairs.get(unit[:1], "")
    body = unit[1:] if closing else unit
    if body[:1].isdigit():
        digits = re.match(r"[0-9]+", body)
        if digits is None or int(digits.group()) > int(rate["counted_periods"]["max"]) or closing:
            return None
    if closing:
        period = _period_re().match(s, end)
        if period is not None:
            end, body = period.end(), body + period.group()
        if not s.startswith(closing, end):
            return None
        return end + len(closing), unit[0] + body + closing
    after, qualifier = _qualifier_re()
    if qualifier is not None and body in after and (m := qualifier.match(s, end)) is not None:
        return m.end(), body + m.group()
    return end, body


@cached
def _period_re() -> re.Pattern[str]:
    rate = load_yaml("units.yaml")["rate"]
    return re.compile("(?:" + alternation(rate.get("period_joiners", []), spaced=False) + ")("
                      + alternation(rate.get("periods", []), spaced=False) + ")(?![0-9])")


def rate_denominator(s: str, pos: int) -> tuple[int, str] | None:
    """``/`` and a unit right after a unit (万吨/年, 元/吨, 美元/桶, km/h): (end, unit as written), with a period
    joined on (GB/户·月, GB/户/月: the rate is per unit and period, one unit).

    Not when a number follows the slash (1.04/1.42元 is a list) or the unit runs on into a word
    or a Latin run (元/人民币, /hour is English)."""
    m = _denominator_re().match(s, pos)
    if m is None:
        return None
    tail = _denominator_tail(s, m.end(), re.sub(r"\s", "", m.group(1)))
    if tail is None:
        return None
    end, unit = tail
    nxt = s[end] if end < len(s) else ""
    if unit.isascii() and nxt.isascii() and nxt.isalnum():
        return None
    if nxt.isdigit():
        return None
    if unit[-1:] in "".join(pair[1] for pair in load_yaml("units.yaml")["rate"].get("bracketed", [])):
        return end, unit
    period = _period_re().match(s, end)
    if period is not None and period.group(1) != unit:
        return period.end(), unit + period.group()
    return end, unit


@cached
def _leading_period_re() -> re.Pattern[str]:
    spec = load_yaml("units.yaml")["rate"]["leading"]
    return re.compile(re.escape(spec["marker"]) + "(" + alternation(spec["periods"], spaced=False) + ")[ \t]*$")


def leading_period(s: str, start: int, skip: str = "") -> str | None:
    """The period of 每 + a period right before the number (每秒5万立方米, 每小时约15公里; ``skip``: the qualifier
    written between them), else None: the measure after the number is a rate per that period, as 立方米/秒 is."""
    k = start
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    if skip and s.endswith(skip, 0, k):
        k -= len(skip)
    m = _leading_period_re().search(s, max(0, k - 6), k)
    return m.group(1) if m is not None else None


@cached
def _prefix_block_re() -> re.Pattern[str]:
    seps = load_yaml("units.yaml")["rate"]["separators"]
    return re.compile("[ \t]*(?:" + alternation(seps, spaced=False) + ")[ \t]*([0-9]{1,3})(?![0-9.%])")


def prefix_block(s: str, pos: int, unit: str) -> tuple[int, str] | None:
    """(end, unit) of an address block's prefix length right after its measure word (68042块/32 → 块/32): the /32
    is part of the unit, so the prefix length is never read as a number (``rate.prefix_blocks``)."""
    spec = load_yaml("units.yaml")["rate"].get("prefix_blocks", {})
    if unit not in spec.get("measures", []):
        return None
    m = _prefix_block_re().match(s, pos)
    if m is None or int(m.group(1)) > int(spec["max_length"]):
        return None
    nxt = s[m.end()] if m.end() < len(s) else ""
    if is_han(nxt) or nxt.isalnum():
        return None  # 3块/5块: a list of two amounts, the second with its own measure word
    return m.end(), f"{unit}/{m.group(1)}"


@cached
def _bracketed_alternative_re() -> re.Pattern[str]:
    spec = load_yaml("units.yaml")["bracketed_alternatives"]
    words = alternation({*spec["measure_words"], spec["times"]}, spaced=False)
    return re.compile(f"[（(]({words})[）)]({spec['times']})?")


def bracketed_alternative(s: str, pos: int, unit: str) -> tuple[int, str] | None:
    """(end, unit) of a measure word's alternative in brackets right after it (架（次）, 人（次）, 辆（台）次,
    家（户）): the bracket names the same count another way, so it is part of the quantity, and a 次 in it or after it
    makes the count one of trips or visits (架次, 人次, 辆次), as the compound written out is
    (``bracketed_alternatives``). Other brackets after a unit (1.2万人（其中女性…）, 5家（含分公司）) are untouched."""
    spec = load_yaml("units.yaml")["bracketed_alternatives"]
    if unit not in spec["measure_words"]:
        return None
    m = _bracketed_alternative_re().match(s, pos)
    if m is None or m.group(1) == unit:
        return None
    times = spec["times"]
    if (m.group(1) == times or m.group(2)) and unit + times in lexicon().units:
        return m.end(), unit + times
    if m.group(2):
        return None  # a 次 after an alternative whose compound is not a unit: leave the text as it was
    return m.end(), unit


# --------------------------------------------------------------------------- the passage's currency


@cached
def _rate_percent_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cfg = load_yaml("units.yaml")["rate_percent_words"]
    return (re.compile(alternation(cfg["surfaces"], spaced=False)),
            re.compile(alternation(cfg["cues"], spaced=False)))


def rate_percent_at(s: str, pos: int, start: int) -> int | None:
    """The end of a rate's percent word at ``pos`` (5.875厘) when a rate cue (利率, HIBOR, 加息 …) stands earlier in the
    clause of the number at ``start``: Hong Kong's way of writing an interest rate. Elsewhere 厘 is no percent."""
    word_re, cue_re = _rate_percent_res()
    m = word_re.match(s, pos)
    if m is None:
        return None
    window = int(load_yaml("units.yaml")["rate_percent_words"]["window"])
    left = _clause_start(s, start, window)
    return m.end() if cue_re.search(s, left, start) is not None else None


@cached
def _cued_measure_res() -> tuple[tuple[re.Pattern[str], re.Pattern[str], int, re.Pattern[str] | None,
                                       re.Pattern[str] | None], ...]:
    specs = load_yaml("units.yaml").get("cued_measures", [])
    return tuple((re.compile("(?:" + alternation(spec["surfaces"], spaced=False) + ")(?![A-Za-z0-9])"),
                  re.compile("(?:" + alternation(spec["cues"], spaced=False) + ")"
                             + ("(?!" + alternation(spec["cue_not_before"], spaced=False) + ")"
                                if spec.get("cue_not_before") else "")),
                  int(spec["window"]),
                  re.compile(spec["after"]) if spec.get("after") else None,
                  re.compile(spec["cued_not_before"]) if spec.get("cued_not_before") else None) for spec in specs)


def cued_measure_at(s: str, pos: int, start: int) -> tuple[int, str] | None:
    """(end, surface) of a measure at ``pos`` that is one only in a clause about its quantity (``cued_measures``:
    the P of 算力1.5万P is PFLOPS), when one of its cues stands earlier in the clause of the number at ``start`` or
    its ``after`` word (anchored there, no ^) right after it (90W有线快充); elsewhere the letter after digits makes a
    code (5G), so this is never read without its cue. A cue must be a word (``cue_not_before``: no 充电 of 充电宝),
    and the cue before counts only where the measure ends the amount (``cued_not_before``: no watt in 10W台, 1W元)."""
    for word_re, cue_re, window, after_re, ends_re in _cued_measure_res():
        m = word_re.match(s, pos)
        if m is not None and (
                (cue_re.search(s, _clause_start(s, start, window), start) is not None
                 and (ends_re is None or ends_re.match(s, m.end()) is None))
                or (after_re is not None and after_re.match(s, m.end(), m.end() + 12) is not None)):
            return m.end(), m.group()
    return None


@cached
def _shorthand_res() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = load_yaml("units.yaml")
    spec = cfg["scaled_shorthand"]
    seps = alternation(cfg["rate"]["separators"], spaced=False)
    price = re.compile(f"[ \t]*(?:{seps})[ \t]*(?:{alternation(spec['price_per'], spaced=False)})(?![0-9A-Za-z])")
    return (int(spec["min_scale"]), price, re.compile(alternation(spec["measures"], spaced=False)),
            re.compile(alternation(spec["blockers"], spaced=False)))


def scaled_shorthand_at(s: str, pos: int, scale: Decimal) -> tuple[str, int] | None:
    """Property-market shorthand right after a scaled number (``scaled_shorthand``): ("price", end) for a price per
    area with 元 left out (6.1万/㎡), ("measure", end) for a colloquial area measure (22万方, 1.2亿平); else None.
    Only after 万/亿, since a bare /㎡ or 方 after a small number is no such shorthand."""
    min_scale, price, measure, blocked = _shorthand_res()
    if scale < min_scale:
        return None
    m = price.match(s, pos)
    if m is not None:
        return "price", m.end()
    m = measure.match(s, pos)
    if m is None or blocked.match(s, pos) is not None:
        return None
    return "measure", m.end()


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters: OpenCC's t2s view changes a good
    share of its ideographs (``home_currency.traditional_share``); a simplified text it leaves as is."""
    han, changed = _script_counts(text)
    if not han:
        return False
    return changed / han >= float(load_yaml("currencies.yaml")["home_currency"]["traditional_share"])


@lru_cache(maxsize=8)
def _script_counts(text: str) -> tuple[int, int]:
    """How many ideographs ``text`` holds, and how many characters the simplified view changes (0, 0 without
    ideographs). Counted once a text: the numbers engine asks three times of the same one (``home_currency`` twice,
    ``passage_currency``), each a pass over a whole document and its simplified copy."""
    han = count_han(text)  # (in C: a Python loop a character cost a cell of the one-line file's table a pass, round 39)
    if not han:
        return 0, 0
    view = simplified(text)
    if len(view) != len(text):
        raise ValueError("the simplified view changed the text's length")  # (as the strict zip it replaces)
    return han, 0 if view == text else sum(map(operator.ne, text, view))


def home_currency(text: str) -> str:
    """The currency the generic 元 names in ``text``: CNY, unless the text is in traditional script
    and speaks of its own place as one with another currency (本港 → HKD)."""
    cfg = load_yaml("currencies.yaml")["home_currency"]
    found = [code for word, code in cfg["self_references"].items() if word in text]
    if found and is_traditional(text):
        return found[0]
    return cfg["default"]


def home_place(text: str) -> str:
    """The currency of the text's own place, for what besides money follows the place (Republic-era years, a
    region's own bodies): ``home_currency``, or in traditional script the home currency it names (``home_place``)."""
    home = home_currency(text)
    if home != load_yaml("currencies.yaml")["home_currency"]["default"]:
        return home
    place = load_yaml("currencies.yaml")["home_place"]
    plain = simplified(text)  # (once: the text may be a whole document)
    found = [code for word, code in place["named_currencies"].items() if word in plain]
    if not found and re.search(place["era_dates"]["pattern"], plain):
        found = [place["era_dates"]["code"]]  # 本(113)年, 111年6月17日: the Republic's count of years
    return found[0] if found and is_traditional(text) else home


@cached
def _all_currency_codes() -> dict[str, str]:
    """Every currency name the numbers engine reads, with its code (CLDR names and prefix forms), merged once."""
    return {**currency_names(), **prefix_currencies()}


@cached
def _yuan_name_re() -> re.Pattern[str]:
    """The names of the currencies their own writers call 元 (新台幣, 港元, 澳門元, 新元, 人民幣): the currency a
    bare 元 after them in the passage continues (``home_currency.passage_codes``)."""
    codes = set(load_yaml("currencies.yaml")["home_currency"]["passage_codes"])
    generic = set(load_yaml("currencies.yaml")["generic_units"])
    names = {w for w, c in _all_currency_codes().items()
             if c in codes and w not in generic and not w.isascii()}
    return re.compile(alternation(sorted(names), spaced=False))


@cached
def _after_name_re() -> re.Pattern[str]:
    """Any currency name, to read one written right after the generic 元 (億元新台幣)."""
    generic = set(load_yaml("currencies.yaml")["generic_units"])
    names = {w for w in _all_currency_codes() if w not in generic and not w.isascii()}
    return re.compile(alternation(sorted(names), spaced=False))


def currency_after(s: str, pos: int) -> tuple[int, str] | None:
    """A currency name right after the generic 元 ending at ``pos`` (5,505.64億元新台幣): (its end, its code).
    The name says which 元 the amount is in, as 人民幣 does before the number."""
    m = _after_name_re().match(s, pos)
    if m is None:
        return None
    return m.end(), _all_currency_codes()[m.group(0)]


@dataclass(frozen=True)
class PassageCurrency:
    """What the generic 元 names at a position: the text's home currency (``home_currency``), unless the text
    is in traditional script and its paragraph named a currency of the 元 family before (568.6億澳門元…；總開支為
    466.3億元 → MOP; 新臺幣2萬7,470元，時薪183元 → TWD): a Taiwanese, Hong Kong or Macao writer names the
    currency once and writes 元 after. A simplified text keeps its home currency (a mainland text writes
    港元 for Hong Kong amounts and 元 for its own)."""

    home: str
    ends: tuple[int, ...] = ()
    starts: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()
    breaks: tuple[int, ...] = ()

    def at(self, pos: int) -> str:
        """The currency a bare 元 of an amount starting at ``pos`` names."""
        k = bisect.bisect_right(self.ends, pos) - 1
        if k < 0:
            return self.home
        line = bisect.bisect_right(self.breaks, pos) - 1  # the paragraph break before pos
        if line >= 0 and self.breaks[line] >= self.starts[k]:
            return self.home
        return self.codes[k]


def passage_currency(text: str, s: str) -> PassageCurrency:
    """The currency the generic 元 names, position by position (``PassageCurrency``); ``s`` is the simplified
    view of ``text``."""
    home = home_currency(text)
    if not is_traditional(text):
        return PassageCurrency(home)
    names = list(_yuan_name_re().finditer(s))
    codes = _all_currency_codes()
    return PassageCurrency(home, tuple(m.end() for m in names), tuple(m.start() for m in names),
                           tuple(codes[m.group(0)] for m in names),
                           tuple(k for k, ch in enumerate(s) if ch == "\n"))


@cached
def _money_cue_re(key: str) -> re.Pattern[str]:
    """The money cues of ``key`` (cues: anywhere in the clause; head_cues: heading the amount)."""
    cfg = load_yaml("currencies.yaml")["implied_money"]
    not_before = alternation(cfg["cue_not_before"], spaced=False)
    return re.compile("(?:" + alternation(cfg[key], spaced=False) + ")(?!" + not_before + ")")


@cached
def _head_gap_re() -> re.Pattern[str]:
    """The text that may stand between a cue heading an amount and the amount (额, 同比增加, 为, 约)."""
    links = load_yaml("currencies.yaml")["implied_money"]["head_links"]
    return re.compile("(?:" + alternation(links, spaced=False) + r"|\s)*")


def _clause_start(s: str, start: int, window: int, transparent: Sequence[tuple[int, int]] = ()) -> int:
    """Where the clause of ``start`` begins, at most ``window`` characters back; a clause break inside a
    ``transparent`` span (a currency declaration （单位：亿美元，下同）) does not end the clause."""
    left = max(0, start - window)
    k = start - 1
    while k >= left:
        inside = next((a for a, b in transparent if a <= k < b), None)
        if inside is not None:
            k = inside - 1
            continue
        if s[k] in _CLAUSE_END:
            return k + 1
        k -= 1
    return left


def implies_money(s: str, start: int, transparent: Sequence[tuple[int, int]] = (), headed: bool = False) -> bool:
    """A money word (营收, 市值, 金额, 利润总额 …) earlier in the clause of the number at ``start``, within a
    short window: the amount is money with its currency word left out (营收超300亿). A flow (出口, 投放) is one
    only as the head of the amount (出口19.55万亿, not 出口集装箱1200万), and so is any cue when ``headed`` (a
    number scaled by a declaration: 营业收入为35000, not 资产负债率为56.3)."""
    window = int(load_yaml("currencies.yaml")["implied_money"]["window"])
    left = _clause_start(s, start, window, transparent)
    if not headed and _money_cue_re("cues").search(s, left, start) is not None:
        return True
    if not headed and _subjectless(s, left, start):
        prev = _clause_start(s, left - 1, window, transparent)
        if _money_cue_re("cues").search(s, prev, left - 1) is not None:
            return True
    cues = ("cues", "head_cues") if headed else ("head_cues",)
    return any(_heads(s, cue.end(), start, transparent)
               for key in cues for cue in _money_cue_re(key).finditer(s, left, start))


def _subjectless(s: str, left: int, start: int) -> bool:
    """Whether the clause from ``left`` to the amount at ``start`` is only a threshold verb and its qualifiers (首破,
    接近, 有望突破) after a comma: it has no subject of its own and continues the subject of the clause before."""
    if left <= 0 or s[left - 1] not in _CLAUSE_CONTINUES:
        return False
    head = s[skip_space(s, left) : start]
    pattern = load_yaml("currencies.yaml")["implied_money"]["subjectless_head"]
    return bool(head) and _frame_re(pattern).fullmatch(head) is not None


def money_noun_after(s: str, end: int) -> bool:
    """A money noun (票房, 营收, 融资) right after the amount ending at ``end`` (2.14亿票房): the amount is money."""
    return s.startswith(tuple(load_yaml("currencies.yaml")["implied_money"]["tail_cues"]), skip_space(s, end))


def _heads(s: str, cue_end: int, start: int, transparent: Sequence[tuple[int, int]]) -> bool:
    """Whether only head links (额, 同比增加, 为) stand between a cue ending at ``cue_end`` and the number at
    ``start``, a declaration (``transparent``) aside."""
    gap = "".join(s[k] for k in range(cue_end, start) if not any(a <= k < b for a, b in transparent))
    return _head_gap_re().fullmatch(gap) is not None


def opens_continuation(s: str, start: int) -> bool:
    """Whether the clause of the number at ``start`` opens with a comparison (同比多增1058亿, 比上年同期多9108亿):
    the amount then continues the quantity before it, in its unit."""
    window = int(load_yaml("currencies.yaml")["implied_money"]["window"])
    left = _clause_start(s, start, window)
    if left == max(0, start - window) and left > 0:
        return False  # no clause start within the window
    head = s[skip_space(s, left) : start]
    cfg = load_yaml("currencies.yaml")["implied_money"]
    return head.startswith(tuple(cfg["continuation_openers"])) or _frame_re(cfg["continuation_frame"]).fullmatch(
        head) is not None


@cached
def _frame_re(pattern: str) -> re.Pattern[str]:
    """A clause head of only a later year and a linking verb (预计到2017年达): no subject of its own."""
    return re.compile(pattern)


_RATE_KINDS = frozenset({"percent", "pp"})


def continue_money(s: str, cands: Sequence[Candidate]) -> None:
    """Amounts whose currency word is left out take the currency of the money amount before them in the same
    sentence (出口额3000亿美元，其中，对美出口500亿 → USD); a bare scaled amount whose clause opens with a
    comparison continues it (新增贷款7384亿，同比多增1058亿); one after a count stays a count. A rate between
    (同比增长18.9%, round 20) is the amount's own change and is passed over."""
    amounts = [c for c in cands if c.kind not in _RATE_KINDS]
    for last, cand in pairwise(amounts):
        if last.kind != "money" or any(ch in _SENTENCE_END for ch in s[last.end : cand.start]):
            continue
        if cand.implied:
            cand.unit = last.unit
        elif _continues(s, cand) or _next_member(s, last, cand):
            cand.unit, cand.kind, cand.bare, cand.implied = last.unit, "money", False, True


def continue_thresholds(s: str, cands: Sequence[Candidate]) -> None:
    """A bare scaled amount whose clause opens with the qualifier of a money amount earlier in its sentence (；-parts
    included) is a parallel threshold in that money (销售额超百亿的房企9家…；超50亿的房企有20家 → CNY): the money
    word is said once for the list of thresholds."""
    cfg = load_yaml("currencies.yaml")["implied_money"]
    stops = cfg["parallel_threshold_stops"]
    last: Candidate | None = None
    for cand in cands:
        if last is not None and any(ch in stops for ch in s[last.end:cand.start]):
            last = None
        if cand.kind == "money" and cand.approx:
            last = cand
        elif last is not None and _parallel_threshold(s, cand, last, int(cfg["parallel_threshold_head_max"])):
            cand.unit, cand.kind, cand.bare, cand.implied = last.unit, "money", False, True


def _parallel_threshold(s: str, cand: Candidate, money: Candidate, head_max: int) -> bool:
    """``cand`` is a bare scaled count with the same approximation as ``money`` and its clause holds only the
    qualifier written right before ``money`` (超 … ；超50亿)."""
    scaled = cand.core is not None and cand.core.scale >= min_implied_scale()
    if not (cand.bare and cand.kind == "count" and scaled and cand.approx == money.approx):
        return False
    left = _clause_start(s, cand.start, head_max + 1)
    if left == max(0, cand.start - head_max - 1) and left > 0:
        return False  # more than a qualifier before the amount in its clause
    head = s[skip_space(s, left):cand.start]
    return bool(head) and all(is_han(ch) for ch in head) and s[max(0, money.start - len(head)):money.start] == head


def _next_member(s: str, last: Candidate, cand: Candidate) -> bool:
    """A bare scaled count that is the next member of a list after the money amount ``last`` (1197亿、3415亿、-266亿):
    only a list joiner stands between them (round 21)."""
    scaled = cand.core is not None and cand.core.scale >= min_implied_scale()
    joiners = load_yaml("currencies.yaml")["implied_money"]["list_joiners"]
    return cand.bare and cand.kind == "count" and scaled and s[last.end:cand.start].strip() in joiners


def _continues(s: str, cand: Candidate) -> bool:
    """A bare scaled count whose clause opens with a comparison (同比多增1058亿)."""
    scaled = cand.core is not None and cand.core.scale >= min_implied_scale()
    return cand.bare and cand.kind == "count" and scaled and opens_continuation(s, cand.start)


@dataclass(frozen=True)
class Declaration:
    """A currency a passage declares for its amounts (按美元计价, （单位：亿美元，下同）): ``s[start:end]``;
    it holds from ``scope_start`` (its sentence) to ``scope_end`` (its paragraph's end)."""

    start: int
    end: int
    scope_start: int
    scope_end: int
    code: str
    scale: Decimal


@cached
def _declaration_res() -> list[re.Pattern[str]]:
    names = [w for w in currency_names() if not w.isascii() and not any(ch in w for ch in "()（） ")]
    cur = alternation(names, spaced=False)
    scale = alternation(_scale_names(), spaced=False)
    return [re.compile(p.replace("CUR", cur).replace("SCALE", scale))
            for p in load_yaml("currencies.yaml")["implied_money"]["declarations"]]


def _scale_names() -> list[str]:
    lex = lexicon()
    return [*lex.big, *(a + b for a in lex.big for b in lex.big)]


def _scale_value(word: str) -> Decimal:
    lex = lexicon()
    value = Decimal(1)
    for ch in word:
        value *= lex.small.get(ch) or lex.big[ch]
    return value


def declarations(s: str) -> list[Declaration]:
    """The currency declarations of ``s``, in text order; each one's scope ends at its paragraph's end or at
    the next declaration."""
    found = sorted(((m.start(), m.end(), m) for rx in _declaration_res() for m in rx.finditer(s)),
                   key=lambda x: x[0])
    out: list[Declaration] = []
    for start, end, m in found:
        if out and start < out[-1].end:
            continue
        sentence = max(s.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
        line_end = s.find("\n", end)
        code = currency_names()[m.group("cur")]
        code = home_currency(s) if m.group("cur") in load_yaml("currencies.yaml")["generic_units"] else code
        scale = _scale_value(m.groupdict().get("scale") or "")
        out.append(Declaration(start, end, sentence, len(s) if line_end < 0 else line_end, code, scale))
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        if nxt.scope_start < out[i].scope_end:
            out[i] = Declaration(out[i].start, out[i].end, out[i].scope_start, nxt.scope_start, out[i].code,
                                 out[i].scale)
    return out


def declaration_at(decls: Sequence[Declaration], pos: int) -> Declaration | None:
    """The declaration whose scope holds ``pos``, if any."""
    return next((d for d in reversed(decls) if d.scope_start <= pos < d.scope_end), None)


def follows_declaration(s: str, decl: Declaration, start: int) -> bool:
    """Whether the number at ``start`` stands right after the declaration (外资（单位：亿美元，下同）为86.5): only
    a linking verb between them."""
    gap = s[decl.end : start].strip(HSPACE)
    return decl.end <= start and gap in load_yaml("currencies.yaml")["implied_money"]["declaration_links"]


def min_implied_scale() -> int:
    """Only amounts with a scale at least this large (万, 亿) are read as money without a currency."""
    return int(load_yaml("currencies.yaml")["implied_money"]["min_scale"])


# --------------------------------------------------------------------------- top-N groups


def top_n_start(s: str, start: int) -> int | None:
    """Start of 前 when it opens a top-N group right before the numeral (前十, 前500家, 排名前三);
    not when 前 ends another word (目前, 此前, 之前, 提前: ``units.yaml`` top_n.not_after)."""
    cfg = load_yaml("units.yaml")["top_n"]
    k = _skip_back(s, start)
    marker = cfg["marker"]
    if k < len(marker) or s[k - len(marker) : k] != marker:
        return None
    before = s[:k]
    if any(before.endswith(w) for w in cfg["not_after"]):
        return None
    return k - len(marker)


def valuation_ratio_at(s: str, pos: int) -> bool:
    """Whether a valuation ratio (P/E, PB …) starts at ``pos``: the multiple before it (28.1xP/E)."""
    return any(s.startswith(r, pos) for r in load_yaml("units.yaml")["multiple"]["valuation_ratios"])


def top_n_noun(s: str, unit_start: int) -> bool:
    """Whether the measure word at ``unit_start`` of a top-N group begins the group's noun (个股 in
    前5个股, 组合 in 前4 组合): it and the next character are a common word of the dictionary."""
    word = s[unit_start : unit_start + 2]
    freq = jieba_tokenizer().FREQ.get(word) or 0
    return len(word) == 2 and freq >= int(load_yaml("units.yaml")["top_n"]["noun_min_freq"])


# --------------------------------------------------------------------------- scale written once


def shared_scale(first: NumeralCore, second: NumeralCore) -> Decimal:
    """The scale the first member of a range or list takes from the second, which alone writes it.

    A first member without any scale takes everything after the second's leading digit (两到三仟
    → 2000, 3到5万 → 30000, 两到三千万 → 2e7); one with small scales only takes the second's big
    scale (一百二十到一百五十万 → 1200000, 二十到三十万 → 200000); one with a big scale of its own
    takes none."""
    scales = ("small", "big")
    if any(t.kind == "big" for t in first.toks):
        return Decimal(1)
    toks = second.toks
    if not any(t.kind in scales for t in first.toks):
        lead = toks[0]
        if (
            len(toks) >= 2
            and lead.kind in ("cdigit", "arabic")
            and lead.value != 0
            and all(t.kind in scales for t in toks[1:])
        ):
            return second.value / lead.value
    return second.scale


# --------------------------------------------------------------------------- rates per 10^k


@cached
def _per_power_re() -> re.Pattern[str]:
    scales = "".join(re.escape(ch) for ch in [*lexicon().small, *lexicon().big])
    return re.compile(
        r"(?<![0-9./A-Za-z])([0-9]+(?:\.[0-9]+)?)[ \t\u3000]*/[ \t\u3000]*(10*)[ \t\u3000]*([" + scales + r"]*)"
        r"(?![0-9.])"
    )


def per_power_shares(s: str) -> list[Candidate]:
    """A value per a power of ten (孕产妇死亡率 31.9/10万, 4.5/1000): a share, as a percentage
    (31.9/10万 → 0.0319 %). Plain a/b fractions of integers are read with the other fractions; this
    adds decimal numerators and denominators with a scale, and only over a power of ten (1.04/1.42
    is a list, not a share)."""
    lex = lexicon()
    out: list[Candidate] = []
    for m in _per_power_re().finditer(s):
        den = Decimal(m.group(2))
        for ch in m.group(3):
            den *= lex.small.get(ch) or lex.big[ch]
        if den < 10 or ("." not in m.group(1) and not m.group(3)):
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            value = Decimal(m.group(1)) / den * 100
        out.append(Candidate(m.start(), m.end(), value, "%", "percent", ""))
    return out


@cached
def _magnitude_re() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    spec = load_yaml("units.yaml")["magnitudes"]
    value = re.compile("(?<![A-Za-z0-9])(?:" + alternation(spec["prefixes"], spaced=False)
                       + r")[ \t]?([0-9]\.[0-9]{1,2})(?![0-9A-Za-z]|\.[0-9])")
    return value, re.compile(alternation(spec["cues"], spaced=False)), int(spec["window"])


def magnitudes(s: str) -> list[Candidate]:
    """A seismic magnitude in the Latin notation (Ms6.8, M 6.5, ML4.2): a magnitude in 级, as 6.8级 is, only where
    an earthquake is named near it (``units.yaml`` magnitudes.cues): elsewhere a letter before digits makes a code."""
    value_re, cue_re, window = _magnitude_re()
    out: list[Candidate] = []
    for m in value_re.finditer(s):
        near = s[max(0, m.start() - window):m.end() + window]
        if cue_re.search(near):
            unit = load_yaml("units.yaml")["magnitudes"]["unit"]
            out.append(Candidate(m.start(), m.end(), Decimal(m.group(1)), unit, "count", ""))
    return out


# --------------------------------------------------------------------------- scales as numbers


@cached
def _scale_word_re() -> re.Pattern[str]:
    cfg = load_yaml("units.yaml")["scale_words"]
    trans = lexicon().trans
    qualifiers = [w.translate(trans) for words in cfg["qualifiers"].values() for w in words]
    scales = alternation([w.translate(trans) for w in cfg["scales"]], spaced=False)
    small = alternation([w.translate(trans) for w in cfg["small_scales"]], spaced=False)
    # not 百分之十, 百分点 (a fraction's words) nor a set phrase of two scales (千家万户)
    any_scale = f"(?:{scales}|(?:{small})(?!分)(?![\u4e00-\u9fff]?[万千百](?![万千百亿])))"
    numeral = "[" + re.escape("".join(lexicon().numeral_chars)) + "0-9.]+"
    counter = re.escape(cfg["counter"].translate(trans))
    over = alternation([w.translate(trans) for w in cfg["over_marks"]], spaced=False)
    return re.compile(
        "(?:(?<![" + cfg["qualifier_word_ends"] + "])" + "".join(f"(?!(?<={re.escape(w[0])}){re.escape(w[1:])})"
                                                               for w in cfg["qualifier_words_not"])
        + "(?P<q>" + alternation(qualifiers, spaced=False) + ")(?P<s1>"
        + any_scale + "))"
        "|(?P<n>" + numeral + ")(?P<o1>" + over + ")?" + counter + "(?P<o2>" + over + ")?(?P<s2>" + scales + ")"
        "|(?<!" + numeral[:-1] + ")(?P<s3>" + any_scale + ")(?:" + over + ")"
        "|(?<!" + numeral[:-1] + ")(?P<s4>" + any_scale + ")"
    )


def _tail_qualifier(s: str, k: int) -> str:
    """The approximation a word at ``s[k]`` closes a bare scale with (万家左右 → about), else ""."""
    for kind, words in load_yaml("units.yaml")["scale_words"].get("tail_qualifiers", {}).items():
        if s.startswith(tuple(words), k):
            return str(kind)
    return ""


def size_class_words() -> list[str]:
    """Words after a scale that make it a size class, no amount (千亿级, 千亿元级: `scale_words.size_class_words`)."""
    return load_yaml("units.yaml")["scale_words"]["size_class_words"]


def size_class_at(s: str, pos: int) -> bool:
    return s.startswith(tuple(size_class_words()), pos)


def scale_words(s: str, home: str, seg: Segmenter | None = None) -> list[Candidate]:
    """A scale that stands for the number: after a qualifier with no digit (超过亿元 → over 1e8 CNY,
    近亿元, 近千家) or counted with 个 (两个亿 → 2e8, 三个亿卢布), or with 余/多 (千余人, 百余家). A bare scale
    after a qualifier needs a unit (过亿 alone is left to the reader); the generic 元 names the passage's currency
    (``home``). ``seg``: the text's segmenter, which a measure word's blocker test reads (round 46 tidy)."""
    cfg = load_yaml("units.yaml")["scale_words"]
    kinds = {w: kind for kind, words in cfg["qualifiers"].items() for w in words}
    lex = lexicon()
    out: list[Candidate] = []
    for m in _scale_word_re().finditer(s):
        scale_txt = m.group("s1") or m.group("s2") or m.group("s3") or m.group("s4")
        scale = Decimal(1)
        for ch in scale_txt:
            scale *= lex.small.get(ch) or lex.big[ch]
        start, approx = m.start("s1"), kinds.get(m.group("q") or "", "")
        if m.group("s3"):
            start, approx = m.start("s3"), "over"
        if m.group("s4"):
            start, approx = m.start("s4"), ""
        value = scale
        if m.group("n"):
            core = scan_numeral(s, m.start("n"))
            if core is None or core.end != m.end("n") or any(tok.kind == "big" for tok in core.toks):
                continue  # 六千八百个亿 is 6800 × 1e8; 五万个亿 is no way of writing an amount
            start, value = m.start("n"), core.value * scale
            approx = "over" if (m.group("o1") or m.group("o2")) else approx  # 三千多个亿, 一个多亿
        k = skip_space(s, m.end())
        if size_class_at(s, k):
            continue  # 7个千亿级产业集群: a size class
        um = lex.unit_re.match(s, k)
        info = lex.units.get(re.sub(r"\s", "", um.group(0))) if um else None
        if um is not None and measure_word_blocked(s, k, um.group(0), seg):
            um, info = None, None  # 迈上千亿台阶: 台 opens 台阶, no measure word
        if info is not None and um is not None and size_class_at(s, um.end()):
            continue  # 9个千万千瓦级基地, 4个亿吨级油田: a size class with its physical unit
        if info is None and not m.group("n") and not (
                m.group("s1") and value >= min_implied_scale() and implies_money(s, start)):
            continue  # (过亿 alone is left to the reader; 经济总量迈上千亿台阶 is money, as 营收超300亿 is)
        if m.group("s4"):  # a bare scale counts only with its unit and a closing approximation (万家左右)
            approx = _tail_qualifier(s, skip_space(s, um.end()) if um is not None else k)
            if not approx:
                continue
        end, unit, kind = m.end(), "", "count"
        if info is not None and um is not None:
            end, unit, kind = um.end(), info.unit, info.kind
            surface = re.sub(r"\s", "", um.group(0))
            if kind == "money" and surface in load_yaml("currencies.yaml")["generic_units"]:
                unit = home
            value *= info.factor
        implied = info is None and value >= min_implied_scale() and implies_money(s, start)
        if implied:  # 投资安排了六千八百个亿: the currency word left out, as in 营收超300亿
            unit, kind = home, "money"
        out.append(Candidate(start, end, value, unit, kind, approx, implied=implied))
    return out
