"""Numerals: the number lexicon compiled from the resources, the tokens of a numeral and their value.

``numeral_scan.scan_numeral`` reads one numeral (Arabic, Chinese, mixed, with scales and decimals) into the tokens
of this module and computes its exact value with ``evaluate``; ``numeral_scan.parse_chinese_number`` reads a whole
string as one numeral. The
quantity engine (``pipeline.extract.numbers``) attaches units and qualifiers and applies the
guidelines' exclusions on top. Digit maps, scales and units live in
``pipeline/resources/{numbers,units,currencies}.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

from pipeline.chars import HSPACE, HSPACE_RUN
from pipeline.extract.currencies import currency_names
from pipeline.resources import cached, held, load_yaml

_SP = HSPACE_RUN


# --------------------------------------------------------------------------- resources


def spaced_pattern(surface: str) -> str:
    """Regex for a surface whose characters may be separated by spaces (PDF text)."""
    return _SP.join(re.escape(ch) for ch in surface)


def longest_first(surfaces: Iterable[str]) -> list[str]:
    """The distinct surfaces, longest first (then in code-point order): the order a word-list regex tries them in, so
    that a longer word wins over its own prefix (人次 before 人)."""
    return sorted(set(surfaces), key=lambda s: (-len(s), s))


def alternation(surfaces: Iterable[str], spaced: bool = True) -> str:
    return "|".join(spaced_pattern(s) if spaced else re.escape(s) for s in longest_first(surfaces))


@dataclass
class UnitInfo:
    kind: str
    unit: str
    factor: Decimal = Decimal(1)


class Alternation:
    """Surfaces matched as the one expression ``(?:a|b|…)`` of their :func:`spaced_pattern` in the order given
    (``regex``), through only the alternatives that begin with the character at the position asked (round 41).

    Each alternative begins with its surface's first character, written literally (spaces may only stand between
    characters), so one that begins with another character fails there at once, and the expression's match is its
    first alternative, in order, that matches: the same match as the whole expression's. The whole one tried its
    hundreds of units one by one at every numeral (about 50 µs a look-up, a sixth of the numbers stage on the
    1 MB one-line file). An empty surface (or an empty list: ``(?:)``) matches everywhere: such a list is matched
    whole."""

    def __init__(self, surfaces: Sequence[str]) -> None:
        patterns = [spaced_pattern(w) for w in surfaces]  # (each surface's, built once)
        self.regex = re.compile("(?:" + "|".join(patterns) + ")")
        self._whole = not surfaces or any(not w for w in surfaces)
        self._sources: dict[str, list[str]] = {}
        for w, pattern in zip(surfaces, patterns, strict=True):
            if w:
                self._sources.setdefault(w[0], []).append(pattern)
        self._by_first: dict[str, re.Pattern[str]] = {}

    def match(self, s: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``self.regex.match(s, pos, endpos)``."""
        start = max(pos, 0)  # (a negative position is read as 0, as re reads it)
        if self._whole or start >= min(endpos, len(s)):
            return self.regex.match(s, pos, endpos)
        first = s[start]
        regex = self._by_first.get(first)
        if regex is None:
            sources = self._sources.get(first)
            if sources is None:
                return None
            regex = self._by_first[first] = re.compile("(?:" + "|".join(sources) + ")")
        return regex.match(s, pos, endpos)


class UnitPattern:
    """The units as one expression, with a measure word + 次 (件次, 辆次) taken as one unit only where the
    segmenter starts no word at its 次 (件次品 is 件 + 次品, 只次新股 is 只 + 次新股, 件次日达 is 件 + 次日): a
    dictionary read in context, not a closed list of the characters after 次. ``pattern``: the compounds and the
    other units, ``plain``: the other units alone, each an :class:`Alternation`."""

    def __init__(self, pattern: Alternation, plain: Alternation, suffix: str,
                 aliases: frozenset[str] = frozenset()) -> None:
        self.pattern, self.plain, self.suffix, self.aliases = pattern, plain, suffix, aliases

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The unit at ``pos`` (``re.Pattern.match``, ending by ``endpos``), a times compound cut back to its
        measure word where its 次 starts a word, and a measure alias (个点) cut back where its last character starts
        one (12个点位 are 12 个 sites, not index points)."""
        end = len(s) if endpos is None else endpos
        found = self.pattern.match(s, pos, end)
        if found is not None and found.group() in self.aliases and _starts_word(s, found.end() - 1):
            return self.plain.match(s, pos, found.end() - 1)
        if found is None or not found.group().endswith(self.suffix):
            return found
        plain = self.plain.match(s, pos, end)
        if plain is not None and plain.end() == found.end():
            return found  # 人次, 架次: a measure word of its own
        return plain if _starts_word(s, found.end() - len(self.suffix)) else found


def _starts_word(s: str, pos: int) -> bool:
    """Whether the segmenter, reading a few characters around ``pos``, has a word of two or more
    characters start there (次品, 次新股, 次日 and not 次 alone)."""
    from pipeline.nlp.jieba_dict import jieba_tokenizer

    left = max(0, pos - 1)
    return any(start == pos - left and end - start > 1 for _, start, end in jieba_tokenizer().tokenize(s[left:pos + 6]))


@dataclass
class Lexicon:
    """The compiled number lexicon (built once from the YAML resources)."""

    trans: dict[int, str]
    digits: dict[str, int]
    small: dict[str, int]
    big: dict[str, int]
    letter_scales: dict[str, int]
    units: dict[str, UnitInfo]
    unit_re: UnitPattern
    scale_led_re: re.Pattern[str]
    cfg: dict[str, Any]
    units_cfg: dict[str, Any]
    cur_cfg: dict[str, Any]
    approx_prefix: list[tuple[str, str]] = field(default_factory=list)
    # (length, word → kind) of approx_prefix, longest first: a qualifier is looked for before every quantity
    approx_prefix_index: tuple[tuple[int, dict[str, str]], ...] = ()
    approx_suffix_re: re.Pattern[str] | None = None
    numeral_chars: str = ""
    # a Latin unit that no Latin letter goes on from, or a multiple before a valuation ratio (28.1xP/E)
    latin_unit_re: re.Pattern[str] | None = None


def _by_length_index(pairs: list[tuple[str, str]]) -> tuple[tuple[int, dict[str, str]], ...]:
    """(length, word → kind), longest first; a word listed twice keeps its first kind (as a scan would)."""
    index: dict[int, dict[str, str]] = {}
    for word, kind in pairs:
        index.setdefault(len(word), {}).setdefault(word, kind)
    return tuple(sorted(index.items(), key=lambda item: -item[0]))


def labelled_measures(ucfg: dict) -> list[str]:
    """Each mass word joined to each label of ``labelled_measures`` (吨 + CO2e → 吨CO2e, 千克 + 标准煤): a mass written
    with what it weighs is one unit, so the label never falls into a metric."""
    spec = ucfg.get("labelled_measures", {})
    return [mass + label for mass in spec.get("masses", []) for label in spec.get("labels", [])]


@cached
def lexicon() -> Lexicon:
    """Compile the resources into lookup tables and regular expressions."""
    cfg = load_yaml("numbers.yaml")
    ucfg = load_yaml("units.yaml")
    ccfg = load_yaml("currencies.yaml")
    cmap = {k: v for k, v in cfg["char_map"].items() if len(k) == 1 and len(v) == 1}
    trans = str.maketrans(cmap)

    units: dict[str, UnitInfo] = {}

    def add(surface: str, info: UnitInfo) -> None:
        key = surface.translate(trans)
        units.setdefault(key, info)

    for surface, code in currency_names().items():
        add(surface, UnitInfo("money", code))
    for surface, (code, factor) in ccfg["subunit_amounts"].items():
        add(surface, UnitInfo("money", code, Decimal(str(factor))))
    pct = ucfg["percent"]
    for surface in pct["surfaces"]:
        add(surface, UnitInfo("percent", pct["unit"], Decimal(str(pct.get("factors", {}).get(surface, "1")))))
    pp = ucfg["pp"]
    for surface in pp["surfaces"]:  # (a change of a per-mille rate in pp: 0.4个千分点 → 0.04 pp)
        add(surface, UnitInfo("pp", pp["unit"], Decimal(str(pp.get("factors", {}).get(surface, "1")))))
    for surface in ucfg["multiple"]["surfaces"]:
        add(surface, UnitInfo("multiple", ucfg["multiple"]["unit"]))
    for surface, unit in ucfg["duration"].items():
        add(surface, UnitInfo("duration", unit))
    for surface, spec in ucfg.get("grouping_measures", {}).items():  # 两打 = 24 个
        add(surface, UnitInfo("count", spec["unit"], Decimal(str(spec["factor"]))))
    for surface in [*ucfg["measure_words"], *labelled_measures(ucfg)]:
        add(surface, UnitInfo("count", surface))
    times = ucfg["times_compounds"]
    compounds = {(word + times["suffix"]).translate(trans) for word in times["measure_words"]}
    for word in compounds:  # 3.76亿辆次: a trip count
        add(word, UnitInfo("count", word))
    for surface, unit in ucfg.get("measure_aliases", {}).items():  # 75个基点 → 基点
        add(surface, UnitInfo("count", unit))
    plain_units = longest_first(set(units) - compounds)  # (the order of ``alternation``)
    if not plain_units:  # (round 41 review: an empty alternative, as written before, matched everywhere: no unit read)
        raise ValueError("units.yaml: no units to read (the measure words, currencies and scale units are all empty)")
    # (no times compound is no alternative: an empty one would match before every unit)
    unit_re = UnitPattern(Alternation([*sorted(compounds), *plain_units]),
                          Alternation(plain_units), times["suffix"],
                          frozenset(a.translate(trans) for a in ucfg.get("measure_aliases", {})))
    scale_chars = set(cfg["small_scales"]) | set(cfg["big_scales"])
    # a measure word that begins with a scale character is one word (千升, 千公顷), as the listed ones are
    scale_led = {*ucfg["scale_led_units"], *(w for w in ucfg["measure_words"] if w[:1] in scale_chars)}
    scale_led_re = re.compile("(?:" + alternation(scale_led) + ")")

    approx_prefix = sorted(
        ((w.translate(trans), kind) for kind, words in cfg["approx_prefixes"].items() for w in words),
        key=lambda t: -len(t[0]),
    )
    suffix_words = {w: kind for kind, words in cfg["approx_suffixes"].items() for w in words}
    approx_suffix_re = re.compile(_SP + "(" + alternation(suffix_words) + ")")
    digits = {k: int(v) for k, v in cfg["digits"].items()}
    small = {k: int(v) for k, v in cfg["small_scales"].items()}
    big = {k: int(v) for k, v in cfg["big_scales"].items()}
    numeral_chars = "".join(digits) + "".join(small) + "".join(big)
    lex = Lexicon(
        trans=trans,
        digits=digits,
        small=small,
        big=big,
        letter_scales={k: int(v) for k, v in cfg["letter_scales"].items()},
        units=units,
        unit_re=unit_re,
        scale_led_re=scale_led_re,
        cfg=cfg,
        units_cfg=ucfg,
        cur_cfg=ccfg,
        approx_prefix=approx_prefix,
        approx_prefix_index=_by_length_index(approx_prefix),
        approx_suffix_re=approx_suffix_re,
        numeral_chars=numeral_chars,
        latin_unit_re=re.compile(
            "(?:" + "|".join(map(re.escape, [*ucfg["latin_units"], *ucfg["multiple"]["latin_surfaces"]])) + ")"
            + "(?:(?![A-Za-z])|(?:" + "|".join(map(re.escape, ucfg["multiple"]["valuation_ratios"])) + "))"),
    )
    lex.suffix_kinds = suffix_words  # type: ignore[attr-defined]
    return lex


@cached
def longest_unit() -> int:
    """The length of the longest unit surface: how far a lookup of the unit ending or starting at a position reads."""
    return max(map(len, lexicon().units))


@cached
def _ocr_zero_re() -> re.Pattern[str]:
    return re.compile(lexicon().cfg["ocr_zero"])


def ocr_zeros(s: str) -> str:
    """A scan's letter O among digits is a zero (1O213, 313571OO, 2Oo9); same length, offsets kept."""
    return _ocr_zero_re().sub(lambda m: held("[Oo]").sub("0", m.group()), s)


def normalise(text: str) -> str:
    """Map characters one-to-one (全角 digits, 萬, 壹 …) so that offsets stay valid."""
    return text.translate(lexicon().trans)


def clean_decimal(value: Decimal) -> Decimal:
    """Exact value without exponent noise: 2E+5 → 200000, 2.7890 → 2.789."""
    with localcontext() as ctx:
        ctx.prec = max(80, value.adjusted() + 2)  # 1E100 has 101 digits
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()


# --------------------------------------------------------------------------- numeral parser



@dataclass
class NumeralToken:
    kind: str  # arabic | cdigit | small | big | point | vague | over
    value: Decimal
    start: int
    end: int
    text: str = ""


@dataclass
class NumeralCore:
    start: int
    end: int
    toks: list[NumeralToken]
    value: Decimal
    vague: bool
    over: bool
    scale: Decimal  # multiplier of the trailing scale characters (万 → 10000), for list sharing
    chinese_only: bool
    has_scale: bool


def skip_space(s: str, k: int) -> int:
    while k < len(s) and s[k] in HSPACE:
        k += 1
    return k


def evaluate(toks: Sequence[NumeralToken]) -> tuple[Decimal, Decimal]:
    """Value of a token sequence, and the multiplier of its trailing big scales."""
    with localcontext() as ctx:
        ctx.prec = 80
        total = Decimal(0)
        section = Decimal(0)
        cur: Decimal | None = None
        last_big: Decimal | None = None
        prev: NumeralToken | None = None
        frac_pos = 0
        concat = False
        trailing_scale = Decimal(1)
        written_zero = False
        for idx, t in enumerate(toks):
            if t.kind == "point":
                base = section + _elide(cur, prev, toks, idx)
                total_part = total
                cur, section, total = base, Decimal(0), total_part
                frac_pos = 1
                prev = t
                continue
            if frac_pos:
                if t.kind == "vague":  # 五点几: the vague decimals add nothing (a lower bound)
                    prev = t
                    continue
                if t.kind == "cdigit":
                    cur = (cur or Decimal(0)) + t.value.scaleb(-frac_pos)
                    frac_pos += 1
                    prev = t
                    continue
                frac_pos = 0
            if t.kind in ("cdigit", "arabic"):
                if t.kind == "cdigit" and prev is not None and prev.kind == "cdigit" and cur is not None:
                    cur = cur * 10 + t.value
                    concat = True
                else:
                    cur = t.value
                trailing_scale = Decimal(1)
            elif t.kind == "vague":
                cur = t.value
                trailing_scale = Decimal(1)
            elif t.kind == "small":
                filler = prev is not None and prev.kind == "cdigit" and prev.value == 0 and cur == 0
                section += (cur if cur is not None and not filler else Decimal(1)) * t.value
                cur = None
                trailing_scale = Decimal(1)
            elif t.kind == "big":
                group = section + (cur if cur is not None else Decimal(0))
                # 0万元, 0.00亿元 (a zero cell under 单位：万元): a written zero scaled is zero; only a bare scale
                # (万元, 亿元 with no figure) stands for one of it
                written_zero = written_zero or (group == 0 and cur is not None and prev is not None
                                                and prev.kind in ("arabic", "point"))
                if written_zero and not total:
                    last_big = (last_big or Decimal(1)) * t.value
                elif group == 0:
                    total = total * t.value if total else t.value
                    last_big = (last_big or Decimal(1)) * t.value
                elif last_big is None or t.value > last_big or (t.value == last_big and section):
                    # 一万七千万: the same scale again after a smaller one scales it all (三万四万 stays two numbers)
                    total = (total + group) * t.value
                    last_big = t.value
                else:
                    total += group * t.value
                    last_big = t.value
                stacked = prev is not None and prev.kind in ("big", "over")
                trailing_scale = trailing_scale * t.value if stacked else t.value
                section, cur = Decimal(0), None
            prev = t if t.kind != "over" else prev
        last = toks[-1]
        if last.kind == "cdigit" and not concat and not frac_pos:
            cur = _elide(cur, _before_last(toks), toks, len(toks) - 1)
        value = total + section + (cur if cur is not None else Decimal(0))
        return value, trailing_scale


def _before_last(toks: Sequence[NumeralToken]) -> NumeralToken | None:
    return toks[-2] if len(toks) >= 2 else None


def _elide(cur: Decimal | None, prev: NumeralToken | None, toks: Sequence[NumeralToken], idx: int) -> Decimal:
    """一千三 = 1300, 九万四 = 94000: a last digit right after a scale counts one step lower."""
    if cur is None:
        return Decimal(0)
    last = toks[idx] if idx < len(toks) and toks[idx].kind == "cdigit" else None
    if idx < len(toks) and toks[idx].kind == "point":
        last = toks[idx - 1] if toks[idx - 1].kind == "cdigit" else None
        prev = toks[idx - 2] if idx >= 2 else None
    if last is None or prev is None or prev.kind not in ("small", "big") or cur >= 10:
        return cur
    if prev.value >= 100 or prev.kind == "big":
        return cur * prev.value / 10
    return cur
