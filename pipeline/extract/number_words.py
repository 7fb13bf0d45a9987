"""Quantities written as words or fractions rather than as a numeral with a unit.

Whole words from the resources (一半, 翻番), 翻N番 doubling, X分之Y shares (三分之一 → 33.33… %)
with mixed numbers (一又二分之一), and a/b written with a slash. They are read before the
numeral scan, which then leaves their characters alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

from pipeline.chars import HSPACE, HSPACE_RUN, LAYOUT_SPACE
from pipeline.extract.date_lexicon import is_next_year
from pipeline.extract.number_context import first_ending, qualifier_around
from pipeline.extract.numeral_scan import parse_chinese_number, scan_numeral
from pipeline.extract.numerals import (
    NumeralCore,
    lexicon,
    longest_unit,
    skip_space,
    spaced_pattern,
)
from pipeline.resources import cached, held

_SP = HSPACE_RUN


@dataclass
class Candidate:
    """A quantity being built: the engine's working record before it becomes a ``Quantity``."""

    start: int
    end: int
    value: Decimal
    unit: str
    kind: str
    approx: str
    core: NumeralCore | None = None
    bare: bool = False  # no unit of its own
    shareable: bool = False  # may inherit unit (and scale) from the next list member
    unit_factor: Decimal = Decimal(1)  # what its unit did to its numeral (成 ×10, ‰ ×0.1): a member sharing it takes it
    implied: bool = False  # money whose currency word is left out (营收超300亿): its currency is the passage's


def special_words(s: str) -> list[Candidate]:
    """Whole words that are quantities (一半, 百分之百) and 翻N番 doubling."""
    lex = lexicon()
    out: list[Candidate] = []
    for entry in lex.cfg["special_words"]:
        not_before = tuple(entry.get("not_before", ()))
        not_after = tuple(entry.get("not_after", ()))
        for m in held(spaced_pattern(entry["text"])).finditer(s):
            if not_before and s.startswith(not_before, m.end()):
                continue  # 翻倍股: a stock that doubled, a noun
            if not_after and s.endswith(not_after, 0, m.start()):
                continue  # 时间过半、任务过半, 双过半: a slogan
            value = Decimal(str(entry["value"]))
            qualifier = first_ending(s, m.start(), lex.approx_prefix_index) if entry.get("qualified") else None
            approx = entry["approx"] or (qualifier[1] if qualifier else "")
            out.append(Candidate(m.start(), m.end(), value, entry["unit"], entry["kind"], approx))
    d = lex.cfg["doubling"]
    pattern = re.compile(
        re.escape(d["prefix"]) + _SP + "(?:" + re.escape(d["optional_infix"]) + ")?" + _SP
        + "([" + "".join(lex.digits) + "0-9]?)" + _SP + re.escape(d["suffix"])
    )
    for m in pattern.finditer(s):
        times = m.group(1)
        if not times:
            continue  # 翻番 is a special word
        count = lex.digits.get(times, None) if not times.isdigit() else int(times)
        if count is None or count <= 0:
            continue
        out.append(Candidate(m.start(), m.end(), Decimal(d["base"]) ** count, "x", "multiple", ""))
    return out


def shorthand_rates(s: str) -> list[Candidate]:
    """A fee rate in the trade's shorthand right after a fee word (单边千一, 佣金万三: ``shorthand_rates``): N per
    mille or per ten thousand, a percentage like 千分之N; read as numerals, 千一 would be 1100."""
    lex = lexicon()
    spec = lex.cfg["shorthand_rates"]
    scales = {k: Decimal(str(v)) for k, v in spec["scales"].items()}
    pattern = re.compile("([" + "".join(scales) + "])(" + spec["numeral"] + ")(?!" + spec["not_after"] + ")")
    out: list[Candidate] = []
    for m in pattern.finditer(s):
        if not held(spec["before"]).search(s[max(0, m.start() - int(spec["window"])):m.start()]):
            continue
        value = parse_chinese_number(m.group(2))
        if value is None:
            continue
        out.append(Candidate(m.start(), m.end(), value * scales[m.group(1)], "%", "percent", ""))
    return out


@dataclass(frozen=True)
class _FractionPatterns:
    fraction: re.Pattern[str]
    mixed: re.Pattern[str]


@cached
def _patterns() -> _FractionPatterns:
    lex = lexicon()
    cfg = lex.cfg
    minus = "(?:" + "|".join(re.escape(w) for w in cfg["negative_prefixes"]) + ")"
    numeral_class = "[0-9.," + "".join(lex.digits) + "".join(lex.small) + "".join(lex.big)
    numeral_class += "".join(cfg["vague_digits"]) + LAYOUT_SPACE + "]"
    starts = ("[0-9" + "".join(lex.digits) + "".join(lex.small) + "".join(cfg["vague_digits"])
              + "".join(cfg["tens_numerals"]) + "]")  # 百分之卅六: a tens written as one opens the numerator too
    first, second = (re.escape(ch) for ch in cfg["fraction"]["infix"])
    # (round 44 mend) a denominator opens no run of blanks or commas midway: the run's first character reads it (its
    # blanks are stripped), so a long run is scanned once, not once per blank
    fraction = re.compile(
        r"(?P<neg1>" + minus + r")?(?<![" + LAYOUT_SPACE + r",])(?P<den>" + numeral_class + r"*?)"
        + _SP + first + _SP + second + _SP
        + r"(?P<neg2>" + minus + r")?(?=" + starts + ")"
    )
    whole = "[0-9" + "".join(lex.digits) + "".join(lex.small) + "".join(lex.big) + "]"
    joiner = re.escape(cfg["fraction"]["mixed_joiner"])
    mixed = re.compile("(" + minus + ")?(" + whole + "+)" + _SP + joiner + _SP + "$")
    return _FractionPatterns(fraction, mixed)


def fractions(s: str, original: str) -> list[Candidate]:
    """X分之Y (and 百分之Y): a share, given as a percentage (三分之一 → 33.33… %)."""
    out: list[Candidate] = []
    patterns = _patterns()
    for m in patterns.fraction.finditer(s):
        den_txt = m.group("den").strip(LAYOUT_SPACE + ",")
        if not den_txt:
            continue
        den_start = m.start("den") + (len(m.group("den")) - len(m.group("den").lstrip(LAYOUT_SPACE + ",")))
        den = _denominator(den_txt)
        if den is None or den == 0:
            continue
        core = scan_numeral(s, m.end(), original)
        if core is None or (core.vague and core.value == 0):
            continue  # 百分之零点几: no lower bound
        num = core.value
        with localcontext() as ctx:
            ctx.prec = 28
            value = num * 100 / den
        if m.group("neg1"):
            value = -value
        if m.group("neg2"):
            value = -value
        start = m.start("neg1") if m.group("neg1") else den_start
        # a mixed number: 一又二分之一 → 1.5, 负一又二分之一 → -1.5
        mixed = patterns.mixed.search(s[:start])
        if mixed:
            whole = parse_chinese_number(mixed.group(2))
            if whole is not None:
                value = abs(value) + whole * 100
                if mixed.group(1):
                    value = -value
                start = mixed.start()
        end, vague_tail = _vague_tail(s, core)
        approx = "over" if core.over or core.vague or vague_tail else ""
        approx = approx or qualifier_around(s, start, end)  # 将近百分之八, 百分之九左右, 七分之一左右
        out.append(Candidate(start, end, value, "%", "percent", approx))
    # a/b written with a slash: 1/2, ３／５
    slash = r"(?<![0-9./A-Za-z])(?:([0-9]+)[ \u3000]+)?([0-9]+)" + _SP + "/" + _SP + r"([0-9]+)(?![0-9./A-Za-z])"
    for m in held(slash).finditer(s):
        den = Decimal(m.group(3))
        if den == 0 or (not m.group(1) and _year_pair(m.group(2), m.group(3))):
            continue
        if not m.group(1) and _duration_after(s, m.end()):
            continue  # 72/144小时过境免签: two spans of one unit (a list), no share
        with localcontext() as ctx:
            ctx.prec = 28
            value = (Decimal(m.group(1) or 0) + Decimal(m.group(2)) / den) * 100
        out.append(Candidate(m.start(), m.end(), value, "%", "percent", qualifier_around(s, m.start(), m.end())))
    return out


def _duration_after(s: str, end: int) -> bool:
    """A unit of duration starts right after ``end`` (72/144小时, 3/5天): the slash joins a list of spans."""
    lex = lexicon()
    k = skip_space(s, end)
    return any((info := lex.units.get(s[k:k + size])) is not None and info.kind == "duration"
               for size in range(1, longest_unit() + 1))


def _vague_tail(s: str, core: NumeralCore) -> tuple[int, bool]:
    """Where a spelled-out share ends and whether a spoken tail makes it a lower bound: 多/余 right after its
    numeral (百分之十一多, 百分之二十多) or after a point (百分之九点多: the decimals unknown, round 14)."""
    cfg = lexicon().cfg
    k = skip_space(s, core.end)
    if k < len(s) and s[k] in cfg["over_infixes"]:
        return k + 1, True
    if (k + 1 < len(s) and s[k] in cfg["decimal_point"] and s[k + 1] in cfg["over_infixes"]
            and not any(p in s[core.start:core.end] for p in cfg["decimal_point"])):
        return k + 2, True
    return core.end, False


def _year_pair(first: str, second: str) -> bool:
    """2020/21, 2019/2020: a year and the next, a fiscal year or season (a date), not a fraction."""
    return len(first) == 4 and len(second) in (2, 4) and 1000 <= int(first) <= 2100 and is_next_year(first, second)


def _denominator(txt: str) -> Decimal | None:
    lex = lexicon()
    compact = "".join(ch for ch in txt if ch not in HSPACE)
    if compact and all(ch in lex.small or ch in lex.big for ch in compact):
        value = Decimal(1)
        for ch in compact:
            value *= lex.small.get(ch) or lex.big[ch]
        return value
    core = scan_numeral(compact, 0)
    if core is None or core.end != len(compact):
        return None
    return core.value
