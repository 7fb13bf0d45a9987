"""Quantities (numbers) in Chinese text, normalised as the annotation guidelines define them.

The engine is generic: digit maps, scales, qualifiers, units and currencies live in
``pipeline/resources/{numbers,units,currencies}.yaml`` (loaded once per process), the way
Microsoft Recognizers-Text keeps its language resources apart from its engines. Values are
exact ``Decimal`` numbers; floats are never used.

Pipeline of :func:`find_quantities`:

1. map every character one-to-one (full-width digits, traditional and formal numerals) so
   offsets never move;
2. mark spans that hold no quantities: dates (years, months, days, “十四五”, 21世纪), titles
   in 《》, URLs and e-mail addresses;
3. read whole-word quantities (一半, 翻一番), fractions and 百分之 forms;
4. scan numerals (Arabic, Chinese, mixed, with scales), attach qualifiers, units, 成/折;
5. drop what the guidelines exclude (ordinals, labels, list numbering, codes, names, 一 as
   an article), then share one unit over lists and ranges (187、28、20倍).
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

import yaml

RESOURCES = Path(__file__).resolve().parents[1] / "resources"

HSPACE = " \t\u3000\xa0"
_SP = "[ \t\u3000\xa0]*"
KINDS = ("money", "percent", "pp", "multiple", "duration", "count")


@dataclass(frozen=True)
class Quantity:
    """One quantity: offsets index the original text, ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    kind: str
    approx: str = ""


# --------------------------------------------------------------------------- resources


@functools.cache
def load_resource(name: str) -> dict[str, Any]:
    """Read one YAML resource of the package (cached: rules are data, read once)."""
    with open(RESOURCES / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _spaced(surface: str) -> str:
    """Regex for a surface whose characters may be separated by spaces (PDF text)."""
    return _SP.join(re.escape(ch) for ch in surface)


def _alternation(surfaces: Iterable[str], spaced: bool = True) -> str:
    ordered = sorted(set(surfaces), key=lambda s: (-len(s), s))
    return "|".join(_spaced(s) if spaced else re.escape(s) for s in ordered)


@dataclass
class _UnitInfo:
    kind: str
    unit: str
    factor: Decimal = Decimal(1)


@dataclass
class Lexicon:
    """The compiled number lexicon (built once from the YAML resources)."""

    trans: dict[int, str]
    digits: dict[str, int]
    small: dict[str, int]
    big: dict[str, int]
    letter_scales: dict[str, int]
    units: dict[str, _UnitInfo]
    unit_re: re.Pattern[str]
    scale_led_re: re.Pattern[str]
    cfg: dict[str, Any]
    units_cfg: dict[str, Any]
    cur_cfg: dict[str, Any]
    approx_prefix: list[tuple[str, str]] = field(default_factory=list)
    approx_suffix_re: re.Pattern[str] | None = None
    numeral_chars: str = ""


@functools.cache
def lexicon() -> Lexicon:
    """Compile the resources into lookup tables and regular expressions."""
    cfg = load_resource("numbers.yaml")
    ucfg = load_resource("units.yaml")
    ccfg = load_resource("currencies.yaml")
    cmap = {k: v for k, v in cfg["char_map"].items() if len(k) == 1 and len(v) == 1}
    trans = str.maketrans(cmap)

    units: dict[str, _UnitInfo] = {}

    def add(surface: str, info: _UnitInfo) -> None:
        key = surface.translate(trans)
        units.setdefault(key, info)

    for surface, code in ccfg["currencies"].items():
        add(surface, _UnitInfo("money", code))
    pct = ucfg["percent"]
    for surface in pct["surfaces"]:
        add(surface, _UnitInfo("percent", pct["unit"], Decimal(str(pct.get("factors", {}).get(surface, "1")))))
    for surface in ucfg["pp"]["surfaces"]:
        add(surface, _UnitInfo("pp", ucfg["pp"]["unit"]))
    for surface in ucfg["multiple"]["surfaces"]:
        add(surface, _UnitInfo("multiple", ucfg["multiple"]["unit"]))
    for surface, unit in ucfg["duration"].items():
        add(surface, _UnitInfo("duration", unit))
    for surface in ucfg["measure_words"]:
        add(surface, _UnitInfo("count", surface))
    unit_re = re.compile("(?:" + _alternation(units) + ")")
    scale_led_re = re.compile("(?:" + _alternation(ucfg["scale_led_units"]) + ")")

    approx_prefix = sorted(
        ((w.translate(trans), kind) for kind, words in cfg["approx_prefixes"].items() for w in words),
        key=lambda t: -len(t[0]),
    )
    suffix_words = {w: kind for kind, words in cfg["approx_suffixes"].items() for w in words}
    approx_suffix_re = re.compile(_SP + "(" + _alternation(suffix_words) + ")")
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
        approx_suffix_re=approx_suffix_re,
        numeral_chars=numeral_chars,
    )
    lex.suffix_kinds = suffix_words  # type: ignore[attr-defined]
    return lex


def normalise(text: str) -> str:
    """Map characters one-to-one (全角 digits, 萬, 壹 …) so that offsets stay valid."""
    return text.translate(lexicon().trans)


def clean_decimal(value: Decimal) -> Decimal:
    """Exact value without exponent noise: 2E+5 → 200000, 2.7890 → 2.789."""
    with localcontext() as ctx:
        ctx.prec = 80
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()


# --------------------------------------------------------------------------- numeral parser

_ARABIC_RE = re.compile(r"[0-9]+(?:(?:,|，)[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?|\.[0-9]+")
_EXP_RE = re.compile(r"[eE][-+]?[0-9]+(?![A-Za-z0-9])|\^-?[0-9]+(?:\.[0-9]+)?(?![0-9])")


@dataclass
class _Tok:
    kind: str  # arabic | cdigit | small | big | point | vague | over
    value: Decimal
    start: int
    end: int
    text: str = ""


@dataclass
class _Core:
    start: int
    end: int
    toks: list[_Tok]
    value: Decimal
    vague: bool
    over: bool
    scale: Decimal  # multiplier of the trailing scale characters (万 → 10000), for list sharing
    chinese_only: bool
    has_scale: bool


def _fullwidth_ok(original: str, s: str, start: int, end: int) -> int:
    """Cut an Arabic match at a full-width comma unless the digits are full-width too."""
    for k in range(start, end):
        if s[k] == "，":
            left, right = original[k - 1 : k], original[k + 1 : k + 2]
            if not (left and right and "０" <= left <= "９" and "０" <= right <= "９"):
                return k
    return end


def _peek(s: str, k: int) -> int:
    while k < len(s) and s[k] in HSPACE:
        k += 1
    return k


def scan_numeral(s: str, i: int, original: str | None = None) -> _Core | None:
    """Read the numeral starting at ``s[i]`` (normalised text) and compute its value."""
    lex = lexicon()
    original = original if original is not None else s
    n = len(s)
    toks: list[_Tok] = []
    j = i
    in_decimals = False
    vague_digits = set(lex.cfg["vague_digits"])
    before_scale_only = set(lex.cfg["vague_before_scale_only"])
    over_infix = set(lex.cfg["over_infixes"])
    point = set(lex.cfg["decimal_point"])
    while j < n:
        k = _peek(s, j) if toks else j
        if k >= n or s[k] == "\n":
            break
        prev = toks[-1] if toks else None
        spaced = k > j
        ch = s[k]
        tok: _Tok | None = None
        if in_decimals:
            if ch in lex.digits:
                tok = _Tok("cdigit", Decimal(lex.digits[ch]), k, k + 1, ch)
            elif ch in lex.big and prev is not None and prev.kind == "cdigit":
                tok = _Tok("big", Decimal(lex.big[ch]), k, k + 1, ch)  # 三点五亿
                in_decimals = False
        elif ch.isascii() and (ch.isdigit() or (ch == "." and k + 1 < n and s[k + 1].isdigit())):
            if prev is None or prev.kind in ("small", "big"):
                if prev is None and ch == "." and k > 0 and s[k - 1].isdigit():
                    break
                m = _ARABIC_RE.match(s, k)
                if m:
                    end = _fullwidth_ok(original, s, k, m.end())
                    txt = s[k:end].rstrip(",，")
                    end = k + len(txt)
                    if txt.endswith("."):
                        txt, end = txt[:-1], end - 1
                    value = Decimal(txt.replace(",", "").replace("，", ""))
                    if prev is None:
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
                    tok = _Tok("arabic", value, k, end, txt)
        elif ch in lex.digits:
            if prev is None or prev.kind in ("cdigit", "small", "big", "vague", "over"):
                tok = _Tok("cdigit", Decimal(lex.digits[ch]), k, k + 1, ch)
        elif ch in lex.small:
            if prev is not None and lex.scale_led_re.match(s, k):
                break
            nxt = _peek(s, k + 1)
            if prev is None:
                if ch == "十" or (nxt < n and ((s[nxt] in lex.digits and s[nxt] not in "零〇○") or s[nxt] in lex.big)):
                    tok = _Tok("small", Decimal(lex.small[ch]), k, k + 1, ch)
            elif prev.kind in ("arabic", "cdigit", "big", "vague", "over"):
                tok = _Tok("small", Decimal(lex.small[ch]), k, k + 1, ch)
        elif ch in lex.big:
            if prev is not None and lex.scale_led_re.match(s, k):
                break
            if prev is not None and prev.kind in ("arabic", "cdigit", "small", "big", "vague", "over"):
                tok = _Tok("big", Decimal(lex.big[ch]), k, k + 1, ch)
        elif ch in point:
            nxt = _peek(s, k + 1)
            if prev is not None and prev.kind in ("cdigit", "small", "big") and nxt < n and s[nxt] in lex.digits:
                tok = _Tok("point", Decimal(0), k, k + 1, ch)
        elif ch in vague_digits or ch in before_scale_only:
            nxt = _peek(s, k + 1)
            followed_by_scale = nxt < n and (s[nxt] in lex.small or s[nxt] in lex.big)
            if ch in before_scale_only and ch not in vague_digits:
                if prev is None and followed_by_scale:
                    tok = _Tok("vague", Decimal(1), k, k + 1, ch)
            elif prev is None:
                if followed_by_scale:
                    tok = _Tok("vague", Decimal(1), k, k + 1, ch)
            elif prev.kind in ("small", "cdigit") and (prev.kind == "small" or prev.value == 0):
                before_small = nxt < n and s[nxt] in lex.small
                tok = _Tok("vague", Decimal(1) if before_small else Decimal(0), k, k + 1, ch)
        elif ch in over_infix and prev is not None and prev.kind in ("arabic", "cdigit", "small", "big"):
            nxt = _peek(s, k + 1)
            scale_next = nxt < n and (s[nxt] in lex.big or s[nxt] in lex.small) and not lex.scale_led_re.match(s, nxt)
            if scale_next and (s[nxt] in lex.big or prev.kind != "small"):
                tok = _Tok("over", Decimal(0), k, k + 1, ch)
        if tok is None:
            break
        if spaced and prev is not None and prev.kind == "arabic" and tok.kind == "arabic":
            break
        if tok.kind == "point":
            in_decimals = True
        toks.append(tok)
        j = tok.end
    # a lone scale character is not a number (万, 萬萬), nor is a dangling point
    while toks and toks[-1].kind in ("point", "over"):
        toks.pop()
    if not toks or all(t.kind in ("big",) for t in toks):
        return None
    if toks[0].kind == "vague" and len(toks) == 1:
        return None
    value, scale = _evaluate(toks)
    chinese_only = all(t.kind != "arabic" for t in toks)
    return _Core(
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


def _evaluate(toks: Sequence[_Tok]) -> tuple[Decimal, Decimal]:
    """Value of a token sequence, and the multiplier of its trailing big scales."""
    with localcontext() as ctx:
        ctx.prec = 80
        total = Decimal(0)
        section = Decimal(0)
        cur: Decimal | None = None
        last_big: Decimal | None = None
        prev: _Tok | None = None
        frac_pos = 0
        concat = False
        trailing_scale = Decimal(1)
        for idx, t in enumerate(toks):
            if t.kind == "point":
                base = section + _elide(cur, prev, toks, idx)
                total_part = total
                cur, section, total = base, Decimal(0), total_part
                frac_pos = 1
                prev = t
                continue
            if frac_pos:
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
                if group == 0:
                    total = total * t.value if total else t.value
                    last_big = (last_big or Decimal(1)) * t.value
                elif last_big is None or t.value > last_big:
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


def _before_last(toks: Sequence[_Tok]) -> _Tok | None:
    return toks[-2] if len(toks) >= 2 else None


def _elide(cur: Decimal | None, prev: _Tok | None, toks: Sequence[_Tok], idx: int) -> Decimal:
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


def parse_chinese_number(text: str) -> Decimal | None:
    """Value of a complete numeral (一百二十三, 两千, 二〇二〇, 3.5万); None if it is not one."""
    s = normalise(text.strip())
    if not s:
        return None
    core = scan_numeral(s, 0)
    if core is None or core.end != len(s):
        return None
    return core.value


# --------------------------------------------------------------------------- exclusion spans

_URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000，。；、）)》\u4e00-\u9fff]+|[\w.+-]+@[\w-]+\.[\w.-]+")
_TITLE_RE = re.compile(r"《[^《》]{0,200}》")


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    from pipeline.extract.dates import date_spans  # local import: dates imports this module

    spans = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _TITLE_RE.finditer(text)]
    spans += date_spans(text)
    return sorted(spans)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


# --------------------------------------------------------------------------- jieba check


class _Segmenter:
    """Lazy jieba word boundaries of one text (used only for Chinese-numeral-only cores).

    jieba segments each run of Han characters and word characters (its ``re_han_default``) on
    its own, so only the runs holding an asked-for position are segmented: the same words as
    segmenting the whole text, at a small part of the cost.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs: list[tuple[int, int]] | None = None
        self._run_starts: list[int] = []
        self._done: set[int] = set()
        self._starts: dict[int, int] = {}

    def token_end_at(self, start: int) -> int | None:
        import bisect

        import jieba

        if self._runs is None:
            jieba.setLogLevel(logging.WARNING)
            cuts = sorted({0, len(self.text)} | {i for m in jieba.re_han_default.finditer(self.text) for i in m.span()})
            self._runs = list(itertools.pairwise(cuts))  # the runs and the gaps between them
            self._run_starts = cuts[:-1]
        k = bisect.bisect_right(self._run_starts, start) - 1
        if k < 0 or start >= len(self.text):
            return None
        if k not in self._done:
            self._done.add(k)
            a, b = self._runs[k]
            for _word, w_start, w_end in jieba.tokenize(self.text[a:b]):
                self._starts[a + w_start] = a + w_end
        return self._starts.get(start)


# --------------------------------------------------------------------------- main engine


@dataclass
class _Cand:
    start: int
    end: int
    value: Decimal
    unit: str
    kind: str
    approx: str
    core: _Core | None = None
    bare: bool = False  # no unit of its own
    shareable: bool = False  # may inherit unit (and scale) from the next list member


def _match_words(s: str, pos: int, words: Iterable[str]) -> str | None:
    for w in sorted(words, key=len, reverse=True):
        if s.startswith(w, pos):
            return w
    return None


def _ends_with_word(s: str, pos: int, words: Iterable[str]) -> str | None:
    """The longest word of ``words`` that ends right before ``pos`` (spaces skipped)."""
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    for w in sorted(words, key=len, reverse=True):
        if k - len(w) >= 0 and s[k - len(w) : k] == w:
            return w
    return None


def _line_start_before(s: str, pos: int) -> bool:
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    return k == 0 or s[k - 1] in "\n"


def _clause_start_before(s: str, pos: int) -> bool:
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    return k == 0 or s[k - 1] in "\n。；;：:！？!?，,"


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` per the annotation guidelines, in text order."""
    if not text:
        return []
    lex = lexicon()
    s = normalise(text)
    blocked = _blocked_spans(text)
    seg = _Segmenter(s)
    claimed: list[tuple[int, int]] = []
    cands: list[_Cand] = []

    for cand in _special_words(s) + _fractions(s, text):
        if not _overlaps(blocked, cand.start, cand.end) and not _overlaps(claimed, cand.start, cand.end):
            cands.append(cand)
            claimed.append((cand.start, cand.end))

    starters = set(lex.digits) | set(lex.small) | set(lex.cfg["vague_digits"]) | set(lex.cfg["vague_before_scale_only"])
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if not (ch.isascii() and ch.isdigit()) and ch not in starters and not (
            ch == "." and i + 1 < n and s[i + 1].isdigit()
        ):
            i += 1
            continue
        if ch.isascii() and ch.isdigit() and i > 0 and s[i - 1].isascii() and s[i - 1].isdigit():
            i += 1
            continue
        if _overlaps(claimed, i, i + 1):
            i += 1
            continue
        core = scan_numeral(s, i, text)
        if core is None:
            i += 1
            continue
        produced = _build(s, text, core, lex, seg)
        for cand in produced:
            if _overlaps(blocked, cand.start, cand.end) or _overlaps(claimed, cand.start, cand.end):
                continue
            cands.append(cand)
        i = max(core.end, max((c.end for c in produced), default=core.end))

    cands.sort(key=lambda c: (c.start, c.end))
    _share_units(s, cands, lex)
    out: list[Quantity] = []
    for c in cands:
        if c.kind not in KINDS:
            continue
        out.append(
            Quantity(c.start, c.end, text[c.start : c.end], clean_decimal(c.value), c.unit, c.kind, c.approx)
        )
    return out


def _special_words(s: str) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    for entry in lex.cfg["special_words"]:
        for m in re.finditer(_spaced(entry["text"]), s):
            value = Decimal(str(entry["value"]))
            out.append(_Cand(m.start(), m.end(), value, entry["unit"], entry["kind"], entry["approx"] or ""))
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
        out.append(_Cand(m.start(), m.end(), Decimal(d["base"]) ** count, "x", "multiple", ""))
    return out


_NUMERAL_CLASS = "[0-9.,零〇○一二两三四五六七八九十百千万亿兆几 \t\u3000]"


def _fractions(s: str, original: str) -> list[_Cand]:
    """X分之Y (and 百分之Y): a share, given as a percentage (三分之一 → 33.33… %)."""
    out: list[_Cand] = []
    pattern = re.compile(
        r"(?P<neg1>负)?(?P<den>" + _NUMERAL_CLASS + r"*?)" + _SP + "分" + _SP + "之" + _SP
        + r"(?P<neg2>负)?(?=[0-9零〇一二两三四五六七八九十百几])"
    )
    for m in pattern.finditer(s):
        den_txt = m.group("den").strip(" \t\u3000,")
        if not den_txt:
            continue
        den_start = m.start("den") + (len(m.group("den")) - len(m.group("den").lstrip(" \t\u3000,")))
        den = _denominator(den_txt)
        if den is None or den == 0:
            continue
        core = scan_numeral(s, m.end(), original)
        if core is None:
            continue
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
        mixed = re.search(r"(负)?([0-9零〇一二两三四五六七八九十百千万亿]+)" + _SP + "又" + _SP + "$", s[:start])
        if mixed:
            whole = parse_chinese_number(mixed.group(2))
            if whole is not None:
                value = abs(value) + whole * 100
                if mixed.group(1):
                    value = -value
                start = mixed.start()
        approx = "over" if core.over or core.vague else ""
        out.append(_Cand(start, core.end, value, "%", "percent", approx))
    # a/b written with a slash: 1/2, ３／５
    slash = r"(?<![0-9./A-Za-z])(?:([0-9]+)[ \u3000]+)?([0-9]+)" + _SP + "/" + _SP + r"([0-9]+)(?![0-9./A-Za-z])"
    for m in re.finditer(slash, s):
        den = Decimal(m.group(3))
        if den == 0:
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            value = (Decimal(m.group(1) or 0) + Decimal(m.group(2)) / den) * 100
        out.append(_Cand(m.start(), m.end(), value, "%", "percent", ""))
    return out


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


def _sign(s: str, start: int, lex: Lexicon) -> int:
    """Start of a minus sign (负, -) written before the number, or ``start`` itself."""
    if start >= 1 and s[start - 1] in lex.cfg["negative_prefixes"]:
        return start - 1
    if start >= 1 and s[start - 1] == "-":
        before = s[start - 2] if start >= 2 else ""
        if before == "" or before in HSPACE + "\n（(：:，,、=;；" or (
            "\u4e00" <= before <= "\u9fff" and before not in lex.numeral_chars and not _is_unit_final(before, lex)
        ):
            return start - 1
    return start


@functools.cache
def _unit_finals() -> frozenset[str]:
    lex = lexicon()
    return frozenset(u[-1] for u in lex.units)


def _is_unit_final(ch: str, lex: Lexicon) -> bool:
    return ch in _unit_finals()


def _build(s: str, original: str, core: _Core, lex: Lexicon, seg: _Segmenter) -> list[_Cand]:
    """Attach sign, qualifiers and unit to a numeral; apply the exclusion rules."""
    cfg = lex.cfg
    start, end = core.start, core.end
    value = core.value
    approx = "over" if (core.over or core.vague) else ""
    n = len(s)

    # pairs of neighbouring digits are two numbers: 两三倍 → 2 x and 3 x
    pair = None
    if (
        core.chinese_only
        and len(core.toks) >= 2
        and core.toks[0].kind == "cdigit"
        and core.toks[1].kind == "cdigit"
        and core.toks[1].value == core.toks[0].value + 1
        and core.toks[0].value >= 1
        and all(t.kind in ("small", "big") for t in core.toks[2:])
    ):
        rest = core.toks[2:]
        first = _evaluate([core.toks[0], *rest])[0] if rest else core.toks[0].value
        second = _evaluate([core.toks[1], *rest])[0] if rest else core.toks[1].value
        pair = (first, second)

    sign_start = _sign(s, start, lex)
    if sign_start != start:
        value = -value
        start = sign_start

    # suffix: 多/余 before the unit, the unit, 半, 多 after the unit
    j = end
    k = _peek(s, j)
    if k < n and s[k] in cfg["over_infixes"]:
        approx = "over"
        j = k + 1
        k = _peek(s, j)
    unit_info: _UnitInfo | None = None
    unit_end = j
    m = lex.unit_re.match(s, k) if k < n and s[k] != "\n" else None
    # letter scales: 40k, -2.5 M
    letter_scale = m is None and not core.chinese_only and k < n and s[k] in lex.letter_scales
    if letter_scale and (k + 1 >= n or not s[k + 1].isalpha() or s[k + 1] in "个") and (k == j or s[k] == "M"):
        value *= lex.letter_scales[s[k]]
        j = k + 1
        k = _peek(s, j)
        m = lex.unit_re.match(s, k) if k < n else None
    tenths = None
    if m is not None:
        surface = re.sub(r"\s", "", m.group(0))
        info = lex.units.get(surface)
        latin = surface.isascii() and surface.isalpha()
        if info is not None and latin and (m.end() < n and s[m.end()].isascii() and s[m.end()].isalpha()):
            info = None
        blockers = lex.units_cfg.get("measure_word_blockers", {}).get(surface, [])
        if info is not None and any(s.startswith(w, m.end() - len(surface)) for w in blockers):
            info = None
        if info is not None:
            unit_info = info
            unit_end = m.end()
    if unit_info is None and k < n and s[k] in (cfg["tenths"]["cheng"], cfg["tenths"]["zhe"]):
        blockers = cfg["tenths_blockers"].get(s[k], [])
        if not any(s.startswith(b, k) for b in blockers):
            tenths = s[k]
            unit_end = k + 1

    qty_end = unit_end if (unit_info is not None or tenths) else j
    kind, unit = "count", ""
    if unit_info is not None:
        kind, unit = unit_info.kind, unit_info.unit
        value = value * unit_info.factor
    elif tenths:
        kind, unit = "percent", "%"
        if tenths == cfg["tenths"]["zhe"] and value >= 10 and value == value.to_integral_value():
            pass  # 75折 → 75 %
        else:
            value = value * 10

    # 半 and 多 right after the unit: 一年半, 三斤半, 1倍多
    if unit_info is not None and kind not in ("percent", "pp"):
        if qty_end < n and s[qty_end] == "半" and kind != "money":
            value += Decimal("0.5")
            qty_end += 1
        elif qty_end < n and s[qty_end] in cfg["over_infixes"]:
            approx = "over"
            qty_end += 1
    # currency subunits: 五元三毛, 50元6角三分, 两美元又三美分
    if kind == "money":
        qty_end, value = _subunits(s, qty_end, unit, value, lex)
    # a currency written before the number: 人民币 8千元, 美元 100亿
    if unit_info is None and not tenths:
        pre = _ends_with_word(s, start, lex.cur_cfg["prefix_currencies"])
        if pre is not None:
            kind, unit = "money", lex.cur_cfg["prefix_currencies"][pre]
            unit_info = _UnitInfo("money", unit)

    # approximation qualifiers around the quantity
    for word, akind in lex.approx_prefix:
        if _ends_with_word(s, start, [word]):
            approx = approx or akind
            break
    sm = lex.approx_suffix_re.match(s, qty_end)  # type: ignore[union-attr]
    if sm:
        word = sm.group(1).replace(" ", "")
        akind = lex.suffix_kinds.get(word, "")  # type: ignore[attr-defined]
        if akind and not (akind == "over" and word in cfg["over_infixes"] and unit_info is None and not tenths):
            approx = approx or akind

    # ---------------- exclusions
    numeral_text = s[core.start : core.end]
    if _excluded(s, original, core, start, qty_end, unit_info, bool(tenths), lex, seg):
        return []
    if any(s.startswith(w, qty_end) or s.startswith(w, _peek(s, core.end)) for w in cfg["not_quantity_after"]):
        return []
    word = _match_words(s, core.start, cfg["non_number_words"])
    if word and len(word) >= len(numeral_text):
        return []  # 十分, 千万, 一带一路: a word, not a numeral (a longer numeral such as 十分之一 wins)

    bare = unit_info is None and not tenths
    if bare and not approx and _year_like(core, cfg):
        return []  # a bare year is a date (or a code), never a count
    if pair is not None:
        mid = core.toks[1].start
        return [
            _Cand(start, mid, pair[0], unit, kind, approx, core, bare, bare),
            _Cand(mid, qty_end, pair[1], unit, kind, approx, core, bare, bare),
        ]
    return [_Cand(start, qty_end, value, unit, kind, approx, core, bare, bare)]


def _year_like(core: _Core, cfg: dict[str, Any]) -> bool:
    lo, hi = cfg["year_like_range"]
    if len(core.toks) != 1 or core.toks[0].kind != "arabic":
        return False
    txt = core.toks[0].text
    return txt.isdigit() and len(txt) == 4 and lo <= int(txt) <= hi


def _subunits(s: str, pos: int, code: str, value: Decimal, lex: Lexicon) -> tuple[int, Decimal]:
    table = lex.cur_cfg["subunits"].get(code)
    if not table:
        return pos, value
    joiners = lex.cur_cfg["subunit_joiners"]
    k = pos
    while True:
        k2 = _peek(s, k)
        for jn in joiners:
            if s.startswith(jn, k2):
                k2 = _peek(s, k2 + len(jn))
                break
        if k2 >= len(s) or not (s[k2].isdigit() or s[k2] in lexicon().digits):
            return pos, value
        core = scan_numeral(s, k2)
        if core is None or core.has_scale or core.value >= 100:
            return pos, value
        k3 = _peek(s, core.end)
        sub = _match_words(s, k3, table)
        if sub is None:
            return pos, value
        value = value + core.value * Decimal(str(table[sub]))
        pos = k = k3 + len(sub)


def _excluded(
    s: str,
    original: str,
    core: _Core,
    start: int,
    end: int,
    unit_info: _UnitInfo | None,
    tenths: bool,
    lex: Lexicon,
    seg: _Segmenter,
) -> bool:
    """The guidelines' "not numbers": ordinals, labels, numbering, codes, names, articles."""
    cfg = lex.cfg
    n = len(s)
    bare = unit_info is None and not tenths
    # ordinals and ranks: 第二届, 第 3位
    if _ends_with_word(s, core.start, cfg["ordinal_prefixes"]):
        return True
    # labels: 图1, 表 2, Figure 3
    if bare and _ends_with_word(s, core.start, cfg["label_prefixes"]):
        return True
    # names: 亚非欧1号
    k = _peek(s, end)
    if bare and _match_words(s, k, cfg["name_suffixes"]):
        return True
    # codes: digits touching Latin letters (5G, G20, B2B, COVID-19)
    if not core.chinese_only:
        before = s[core.start - 1] if core.start > 0 else ""
        if before.isascii() and before.isalpha():
            return True
        if before == "-" and core.start >= 2 and s[core.start - 2].isascii() and s[core.start - 2].isalpha():
            return True
        after = s[core.end] if core.end < n else ""
        if after.isascii() and after.isalpha() and (unit_info is None or not _latin_unit_at(s, core.end, lex)):
            letters_follow = core.end + 1 < n and s[core.end + 1].isascii() and s[core.end + 1].isalpha()
            if after not in lex.letter_scales or letters_follow:
                return True
        # version numbers and dotted codes: 3.0.1, 192.168.1.1
        if core.end < n and s[core.end] == "." and core.end + 1 < n and s[core.end + 1].isdigit():
            return True
        if core.start > 0 and s[core.start - 1] == "." and core.start >= 2 and s[core.start - 2].isdigit():
            return True
        if bare and _code_context(s, end, cfg):
            return True
    # list and section numbering: "1.顶层设计", "一、", "（2）", "一是"
    if bare and not core.has_scale and core.value == core.value.to_integral_value():
        nxt = s[end] if end < n else ""
        decimal_dot = nxt == "." and end + 1 < n and s[end + 1].isdigit()
        if _line_start_before(s, start) and nxt in cfg["list_markers_after"] and not decimal_dot:
            return True
        if core.chinese_only and nxt in cfg["list_marker_chinese_only_after"] and _clause_start_before(s, start):
            return True
        before = s[start - 1] if start > 0 else ""
        if before and nxt and before in "（(" and nxt in "）)":
            return True
    # Chinese numerals: formal characters alone, 一 as an article, words that only contain numerals
    if core.chinese_only:
        numeral = s[core.start : core.end]
        if len(numeral) == 1 and original[core.start] in lex.cfg["ambiguous_formal"]:
            return True
        if numeral == cfg["article_numeral"] and not core.vague and not tenths:
            if unit_info is None:
                nxt = s[end] if end < n else ""
                if "\u4e00" <= nxt <= "\u9fff" or seg.token_end_at(core.start) != core.end:
                    return True  # 一 runs into a word (一看, 一经): only a free-standing 一 counts
            elif unit_info.kind == "count" and unit_info.unit in cfg["article_measure_words"]:
                return True  # 一个很好的机遇, 一场: an article
        if unit_info is not None or tenths:
            return False  # a numeral with its unit (两年, 三个, 6成) is a quantity
        k = _peek(s, end)
        if _match_words(s, k, cfg["range_connectors"] + cfg["list_separators"]) and any(
            ch in lex.numeral_chars or ch.isdigit() for ch in s[k + 1 : k + 3]
        ):
            return False  # the first member of a range or list (三至五万元)
        tok_end = seg.token_end_at(core.start)
        if tok_end is None:
            return True  # the numeral starts inside a word (统一, 进一步, 之一)
        if tok_end > end and not all(
            ch in lex.numeral_chars or ch in "多余几数" for ch in s[core.start : tok_end]
        ):
            return True  # the word goes on beyond the quantity (一方面, 两极分化, 四川)
    return False


def _latin_unit_at(s: str, pos: int, lex: Lexicon) -> bool:
    for u in lex.units_cfg["latin_units"]:
        after = s[pos + len(u) : pos + len(u) + 1]
        if s.startswith(u, pos) and not (after.isascii() and after.isalpha()):
            return True
    return False


def _code_context(s: str, pos: int, cfg: dict[str, Any]) -> bool:
    window = s[pos : pos + int(cfg["code_context_window"])]
    window = re.split(r"[，。；;：:\n！？]", window, maxsplit=1)[0]
    return any(w in window for w in cfg["code_context_after"])


def _share_units(s: str, cands: list[_Cand], lex: Lexicon) -> None:
    """Lists and ranges written with one unit: 187、28、20倍; 3000至5000人; 三至五万元."""
    seps = set(lex.cfg["list_separators"]) | set(lex.cfg["range_connectors"])
    for idx in range(len(cands) - 2, -1, -1):
        c, nxt = cands[idx], cands[idx + 1]
        if not c.shareable or nxt.bare:
            continue
        gap = s[c.end : nxt.start].strip(HSPACE)
        if gap not in seps:
            continue
        c.unit, c.kind = nxt.unit, nxt.kind
        if c.core is not None and nxt.core is not None and not c.core.has_scale and nxt.core.scale != 1:
            c.value = c.value * nxt.core.scale
        c.bare = False


# --------------------------------------------------------------------------- spaCy adapter


def extract_numbers(doc: Any) -> list[dict[str, Any]]:
    """Rows of the ``numbers`` table for one Doc; table blocks are left to the tables extractor."""
    from pipeline.segment import doc_text  # here: the number grammar itself needs no spaCy or jieba

    text = doc_text(doc)
    blocks = getattr(doc._, "blocks", None) or []
    tables = [(b.start, b.end) for b in blocks if getattr(b, "kind", "") == "table"]
    rows = []
    for q in find_quantities(text):
        if _overlaps(tables, q.start, q.end):
            continue
        rows.append(
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "value": q.value,
                "unit": q.unit,
                "kind": q.kind,
                "approx": q.approx,
            }
        )
    return rows
