"""The numeral reader: ``scan_numeral`` reads one numeral (Arabic, Chinese, mixed, with scales and decimals) at a
position, character by character, each character class read by its own reader in turn (`TOKEN_READERS`), and
computes its exact value (`numerals.evaluate`); ``parse_chinese_number`` reads a whole string as one numeral. The
lexicon it reads by and the value of its tokens live in ``pipeline.extract.numerals``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from pipeline.chars import HSPACE
from pipeline.extract.numerals import (
    Lexicon,
    NumeralCore,
    NumeralToken,
    evaluate,
    lexicon,
    normalise,
    skip_space,
)
from pipeline.resources import cached, held


@cached
def _arabic_re() -> re.Pattern[str]:
    """Arabic digits with thousands separators (ASCII or full-width; one wrapped across a line),
    digit groups set apart by a space (1 234.5, 148 222), and decimals (one space after the point
    allowed: 1. 76, as PDF tables give it)."""
    cfg = lexicon().cfg
    seps = "|".join(re.escape(sep) for sep in cfg["thousands_separators"])
    spaces = "".join(cfg["digit_group_spaces"])
    thin = "".join(sp for sp in cfg["digit_group_spaces"] if sp != " ")
    decimals = r"(?:\.[" + spaces + r"]?[0-9]+)?"
    # an ordinary space sets one group apart (1 234.5, 148 222); more groups need a thin or
    # no-break space (1 234 567): "148 222 147 568" in a table row is two cells
    grouped = r"[0-9]{1,3}(?:(?:[" + thin + r"][0-9]{3}(?![0-9]))+| [0-9]{3}(?![0-9]))" + decimals
    return re.compile(grouped + r"|[0-9]+(?:(?:" + seps + r")\n?[0-9]{3}(?![0-9]))*" + decimals + r"|\.[0-9]+")


def _line_start(s: str, k: int) -> bool:
    j = k
    while j > 0 and s[j - 1] in HSPACE:
        j -= 1
    return j == 0 or s[j - 1] == "\n"


_EXP_RE = re.compile(r"[eE][-+]?[0-9]+(?![A-Za-z0-9])|\^-?[0-9]+(?:\.[0-9]+)?(?![0-9])")


@cached
def _power_of_ten_re() -> re.Pattern[str]:
    return re.compile(lexicon().cfg["power_of_ten"])


def _power_exponent(m: re.Match[str]) -> int:
    """The exponent of a ``power_of_ten`` match: after a caret, or raised (superscript digits and minus)."""
    if m.group("caret") is not None:
        return int(m.group("caret").replace("\u2212", "-"))
    sup = m.group("sup")
    digits = "".join(str(unicodedata.digit(ch)) for ch in sup if unicodedata.digit(ch, None) is not None)
    return int(digits) if sup[0].isdigit() else -int(digits)  # (a raised minus first)


def _is_fullwidth_digit(ch: str) -> bool:
    return len(ch) == 1 and ch.isdigit() and unicodedata.east_asian_width(ch) == "F"


def _fullwidth_ok(original: str, s: str, start: int, end: int) -> int:
    """Cut an Arabic match at a full-width comma unless the digits are full-width too, or the
    commas group ASCII digits by three (233，456，789元) in a clause that lists nothing (分别为12，345
    is two numbers)."""
    lex = lexicon()
    wide = lex.cfg["fullwidth_thousands_separator"]
    if wide in s[start:end] and not _lists_values(s, start, lex):
        return end  # the Arabic pattern only lets separators through before exactly three digits
    for k in range(start, end):
        if s[k] == wide:
            left, right = original[k - 1 : k], original[k + 1 : k + 2]
            if not (_is_fullwidth_digit(left) and _is_fullwidth_digit(right)):
                return k
    return end


def _lists_values(s: str, start: int, lex: Lexicon) -> bool:
    """A list cue (分别, 依次) earlier in the clause: full-width commas there separate values."""
    cfg = lex.units_cfg["fullwidth_thousands"]
    window = s[max(0, start - int(cfg["window"])) : start]
    window = held("[" + re.escape(cfg["clause_breaks"]) + "]").split(window)[-1]
    return any(cue in window for cue in cfg["list_cues"])


def _vague_decimal(s: str, k: int, lex: Lexicon) -> bool:
    """Whether ``s[k]`` is a vague digit after a decimal point (五点几, 5点几, 百分之四点几: spoken, the decimals
    unknown); not the minutes of a clock time (五点几分)."""
    spec = lex.cfg["vague_decimal"]
    return k < len(s) and s[k] in lex.cfg["vague_digits"] and not s.startswith(tuple(spec["not_before"]), k + 1)


def _over_before_big(s: str, k: int, lex: Lexicon) -> bool:
    """余 or 多 at ``k`` and a big scale right after it (千余万, 百多亿): the scale before it stands for one of it,
    as in 千余人, so the numeral opens there."""
    if k >= len(s) or s[k] not in lex.cfg["over_infixes"]:
        return False
    nxt = skip_space(s, k + 1)
    return nxt < len(s) and s[nxt] in lex.big and not lex.scale_led_re.match(s, nxt)


class ScanSets(NamedTuple):
    """The character sets `scan_numeral` reads by (`_scan_sets`), by name."""

    vague_digits: frozenset[str]
    before_scale_only: frozenset[str]
    over_infix: frozenset[str]
    about_infix: frozenset[str]
    point: frozenset[str]
    digit_points: frozenset[str]
    tens: dict[str, int]
    separators: str


@cached
def _scan_sets() -> ScanSets:
    """The character sets :func:`scan_numeral` reads by, built once (they were built on every call)."""
    cfg = lexicon().cfg
    return ScanSets(
        frozenset(cfg["vague_digits"]), frozenset(cfg["vague_before_scale_only"]), frozenset(cfg["over_infixes"]),
        frozenset(cfg["about_infixes"]), frozenset(cfg["decimal_point"]), frozenset(cfg["digit_string_points"]),
        {ch: int(v) for ch, v in cfg["tens_numerals"].items()},
        "".join(cfg["thousands_separators"]) + "".join(cfg["digit_group_spaces"]) + "\n")


@cached
def _class_chars() -> frozenset[str]:
    """Every character some reader of `TOKEN_READERS` outside the decimals is of the class of (its first test): a
    character of none is declined by each, so `scan_numeral` ends the numeral there without trying them (round 50)."""
    lex, sets = lexicon(), _scan_sets()
    return frozenset(lex.digits) | frozenset(lex.small) | frozenset(lex.big) | frozenset(sets.tens) | (
        sets.digit_points | sets.point | sets.vague_digits | sets.before_scale_only | sets.over_infix
        | sets.about_infix | frozenset("0123456789."))


@dataclass
class NumeralScan:
    """One numeral being read, what `scan_numeral` carries from one character to the next: the tokens read so far
    and whether they are in the decimals; and the character at hand (``k``, ``ch``, the token before it, whether a
    space came between), which each of `TOKEN_READERS` reads, setting ``tok`` where its class reads one."""

    s: str  # the normalised text
    original: str  # the text as given (a full-width comma is read there)
    lex: Lexicon
    sets: ScanSets
    n: int
    toks: list[NumeralToken] = field(default_factory=list)
    in_decimals: bool = False
    k: int = 0
    ch: str = ""
    prev: NumeralToken | None = None
    spaced: bool = False
    tok: NumeralToken | None = None


def scan_numeral(s: str, i: int, original: str | None = None) -> NumeralCore | None:
    """Read the numeral starting at ``s[i]`` (normalised text) and compute its value: at each character the first of
    `TOKEN_READERS` whose class it is reads its token; the numeral ends where that reader reads none."""
    r = NumeralScan(s, original if original is not None else s, lexicon(), _scan_sets(), len(s))
    toks, n = r.toks, r.n
    classes = _class_chars()
    j = i
    while j < n:
        k = skip_space(s, j) if toks else j
        if k >= n or s[k] == "\n" or (s[k] not in classes and not r.in_decimals):
            break  # (a character of no reader's class: each would decline it, `_class_chars`)
        r.k, r.ch, r.prev, r.spaced, r.tok = k, s[k], toks[-1] if toks else None, k > j, None
        for reader in TOKEN_READERS:
            if reader(r):
                break
        tok, prev = r.tok, r.prev
        if tok is None:
            break
        if r.spaced and prev is not None and prev.kind == "arabic" and tok.kind == "arabic":
            break
        if tok.kind == "point":
            r.in_decimals = True
        toks.append(tok)
        j = tok.end
    return _numeral_core(toks)


def _decimal_digit(r: NumeralScan) -> bool:
    """After a decimal point: a digit, a vague one (五点几), or a big scale that closes the decimals (三点五亿)."""
    if not r.in_decimals:
        return False
    s, k, ch, prev, lex = r.s, r.k, r.ch, r.prev, r.lex
    if prev is not None and prev.kind == "point" and _vague_decimal(s, k, lex):
        r.tok = NumeralToken("vague", Decimal(0), k, k + 1, ch)  # 五点几: the decimals unknown
    elif ch in lex.digits:
        r.tok = NumeralToken("cdigit", Decimal(lex.digits[ch]), k, k + 1, ch)
    elif ch in lex.big and prev is not None and prev.kind == "cdigit":
        r.tok = NumeralToken("big", Decimal(lex.big[ch]), k, k + 1, ch)  # 三点五亿
        r.in_decimals = False
    return True


def _arabic(r: NumeralScan) -> bool:
    """Arabic digits (with separators and decimals, `_arabic_re`), first or after a Chinese scale (3千万); the
    first ones with an exponent (`_with_exponent`)."""
    ch = r.ch
    if not (ch.isascii() and (ch.isdigit() or (ch == "." and r.k + 1 < r.n and r.s[r.k + 1].isdigit()))):
        return False
    s, k, prev = r.s, r.k, r.prev
    if prev is None or prev.kind in ("small", "big"):
        if prev is None and ch == "." and k > 0 and s[k - 1].isdigit():
            return True
        m = _arabic_re().match(s, k)
        if m:
            separators = r.sets.separators
            end = _fullwidth_ok(r.original, s, k, m.end())
            txt = s[k:end].rstrip(separators)
            if ". " in txt and _line_start(s, k):
                txt = txt[: txt.index(". ")]  # 1. 12个城市: numbering, then a number
            end = k + len(txt)
            if txt.endswith("."):
                txt, end = txt[:-1], end - 1
            value = Decimal("".join(ch for ch in txt if ch not in separators))
            if prev is None:
                value, end = _with_exponent(s, value, end)
            r.tok = NumeralToken("arabic", value, k, end, txt)
    return True


def _with_exponent(s: str, value: Decimal, end: int) -> tuple[Decimal, int]:
    """The value of the first Arabic digits raised by an exponent right after them (1.5e6, 10^3, 3.5×10⁴ t), and
    where it ends."""
    em = _EXP_RE.match(s, end)
    if em:
        etxt = em.group(0)
        if etxt.startswith("^"):
            exp = Decimal(etxt[1:])
            if exp == exp.to_integral_value() and abs(exp) < 50:
                value = value ** int(exp) if exp >= 0 else Decimal(1) / value ** int(-exp)
                end = em.end()
        else:
            value = value.scaleb(int(etxt[1:]))
            end = em.end()
    elif (pm := _power_of_ten_re().match(s, end)) is not None:
        value, end = value.scaleb(_power_exponent(pm)), pm.end()  # 3.5×10⁴ t (round 27)
    return value, end


def _chinese_digit(r: NumeralScan) -> bool:
    """A Chinese digit, first or after a digit, a scale or a vague or over sign; not a group's 两 that leads no
    scale (三十两)."""
    if r.ch not in r.lex.digits:
        return False
    s, k, ch, n, prev, lex = r.s, r.k, r.ch, r.n, r.prev, r.lex
    nxt = skip_space(s, k + 1)
    group_lead = ch in lex.cfg["group_lead_digits"] and prev is not None and prev.kind != "cdigit"
    if group_lead and not (nxt < n and (s[nxt] in lex.small or s[nxt] in lex.big)):
        return True  # 三十两: 两 ends no numeral (一两倍 is an approximate pair, read as before)
    if prev is None or prev.kind in ("cdigit", "small", "big", "vague", "over"):
        r.tok = NumeralToken("cdigit", Decimal(lex.digits[ch]), k, k + 1, ch)
    return True


def _tens_numeral(r: NumeralScan) -> bool:
    """A tens written as one character (卅八 = 38), opening the numeral only."""
    tens = r.sets.tens
    if r.ch not in tens:
        return False
    if r.prev is None:
        r.tok = NumeralToken("small", Decimal(tens[r.ch]), r.k, r.k + 1, r.ch)  # 卅八 = 38: a tens written as one
    return True


def _small_scale(r: NumeralScan) -> bool:
    """A small scale (十, 百, 千): after a number, or opening one as 十 does or before a digit or a big scale."""
    if r.ch not in r.lex.small:
        return False
    s, k, ch, n, prev, lex = r.s, r.k, r.ch, r.n, r.prev, r.lex
    if prev is not None and lex.scale_led_re.match(s, k):
        return True
    nxt = skip_space(s, k + 1)
    if prev is None:
        if lex.small[ch] == 10 or (nxt < n and (lex.digits.get(s[nxt], 0) > 0 or s[nxt] in lex.big)) or (
                _over_before_big(s, nxt, lex)):  # 千余万元, 百多万: a scale with 余/多 before a big scale
            r.tok = NumeralToken("small", Decimal(lex.small[ch]), k, k + 1, ch)
    elif prev.kind in ("arabic", "cdigit", "big", "vague", "over"):
        r.tok = NumeralToken("small", Decimal(lex.small[ch]), k, k + 1, ch)
    return True


def _big_scale(r: NumeralScan) -> bool:
    """A big scale (万, 亿) after a number; a lone one is none."""
    if r.ch not in r.lex.big:
        return False
    s, k, ch, prev, lex = r.s, r.k, r.ch, r.prev, r.lex
    if prev is not None and lex.scale_led_re.match(s, k):
        return True
    if prev is not None and prev.kind in ("arabic", "cdigit", "small", "big", "vague", "over"):
        r.tok = NumeralToken("big", Decimal(lex.big[ch]), k, k + 1, ch)
    return True


def _digit_string_point(r: NumeralScan) -> bool:
    """The point of a Chinese digit string (七二九．二億), right between two digits, not at a line's start."""
    if r.ch not in r.sets.digit_points:
        return False
    s, k, ch, prev = r.s, r.k, r.ch, r.prev
    if not (prev is not None and prev.kind == "cdigit" and not r.spaced
            and k + 1 < r.n and s[k + 1] in r.lex.digits and not _line_start(s, r.toks[0].start)):
        return False
    r.tok = NumeralToken("point", Decimal(0), k, k + 1, ch)  # 七二九．二億: the digit string's decimals
    return True


def _decimal_point(r: NumeralScan) -> bool:
    """A decimal point (点) before digits, or before a vague decimal (五点几)."""
    if r.ch not in r.sets.point:
        return False
    s, k, ch, n, lex = r.s, r.k, r.ch, r.n, r.lex
    nxt = skip_space(s, k + 1)
    kind = r.prev.kind if r.prev is not None else ""
    digits_next = kind in ("cdigit", "small", "big") and nxt < n and s[nxt] in lex.digits
    if digits_next or (kind in ("arabic", "cdigit", "small") and _vague_decimal(s, nxt, lex)):
        r.tok = NumeralToken("point", Decimal(0), k, k + 1, ch)
    return True


def _vague_digit(r: NumeralScan) -> bool:
    """A vague digit (几, 数): before a scale (几十, 数百), or after a tens or a zero (十几, 一百零几)."""
    ch, sets = r.ch, r.sets
    if not (ch in sets.vague_digits or ch in sets.before_scale_only):
        return False
    s, k, n, prev, lex = r.s, r.k, r.n, r.prev, r.lex
    nxt = skip_space(s, k + 1)
    followed_by_scale = nxt < n and (s[nxt] in lex.small or s[nxt] in lex.big)
    if ch in sets.before_scale_only and ch not in sets.vague_digits:
        if prev is None and followed_by_scale:
            r.tok = NumeralToken("vague", Decimal(1), k, k + 1, ch)
    elif prev is None:
        if followed_by_scale:
            r.tok = NumeralToken("vague", Decimal(1), k, k + 1, ch)
    elif prev.kind in ("small", "cdigit") and (prev.kind == "small" or prev.value == 0):
        before_small = nxt < n and s[nxt] in lex.small
        r.tok = NumeralToken("vague", Decimal(1) if before_small else Decimal(0), k, k + 1, ch)
    return True


def _over_infix(r: NumeralScan) -> bool:
    """余, 多, 来 between a round number and a scale (千余万, 二十来万, 30来万): about, read as a lower bound."""
    ch, prev, sets = r.ch, r.prev, r.sets
    if not ((ch in sets.over_infix or ch in sets.about_infix) and prev is not None and prev.kind in (
            "arabic", "cdigit", "small", "big")):
        return False
    s, k, n, lex = r.s, r.k, r.n, r.lex
    nxt = skip_space(s, k + 1)
    scale_next = nxt < n and (s[nxt] in lex.big or s[nxt] in lex.small) and not lex.scale_led_re.match(s, nxt)
    round_before = ch not in sets.about_infix or prev.kind == "small" or (
        prev.kind == "arabic" and prev.value % 10 == 0)  # 二十来万, 30来万 (二来, 一来 are conjunctions)
    if scale_next and round_before and (s[nxt] in lex.big or prev.kind != "small"):
        r.tok = NumeralToken("over", Decimal(0), k, k + 1, ch)  # (二十来万: about, read as a lower bound)
    return True


# the character classes, tried in turn (the order of the single loop's checks: the first whose class the character
# is reads it, and where it reads no token the numeral ends); each reader tests the character's class first and
# copies the scan state into locals only once it takes the character (most readers see a character of another class)
TOKEN_READERS: tuple[Callable[[NumeralScan], bool], ...] = (
    _decimal_digit,
    _arabic,
    _chinese_digit,
    _tens_numeral,
    _small_scale,
    _big_scale,
    _digit_string_point,
    _decimal_point,
    _vague_digit,
    _over_infix,
)


def _numeral_core(toks: list[NumeralToken]) -> NumeralCore | None:
    """The numeral the tokens read make, with its value; None for a lone scale, a dangling point or a lone vague
    digit."""
    # a lone scale character is not a number (万, 萬萬), nor is a dangling point
    while toks and toks[-1].kind in ("point", "over"):
        toks.pop()
    if not toks or all(t.kind in ("big",) for t in toks):
        return None
    if toks[0].kind == "vague" and len(toks) == 1:
        return None
    value, scale = evaluate(toks)
    chinese_only = all(t.kind != "arabic" for t in toks)
    return NumeralCore(
        start=toks[0].start,
        end=toks[-1].end,
        toks=toks,
        value=value,
        vague=any(t.kind == "vague" for t in toks),
        over=any(t.kind == "over" for t in toks),
        scale=scale,
        chinese_only=chinese_only,
        has_scale=any(t.kind in ("small", "big") for t in toks if t.kind != "arabic"),
    )


def parse_chinese_number(text: str) -> Decimal | None:
    """Value of a complete numeral (一百二十三, 两千, 二〇二〇, 3.5万); None if it is not one."""
    s = normalise(text.strip())
    if not s:
        return None
    core = scan_numeral(s, 0)
    if core is None or core.end != len(s):
        return None
    return core.value
