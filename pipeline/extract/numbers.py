"""Quantities (numbers) in Chinese text, normalised as the annotation guidelines define them.

The engine is generic: digit maps, scales, qualifiers, units and currencies live in
``pipeline/resources/{numbers,units,currencies}.yaml`` (loaded once per process), the way
Microsoft Recognizers-Text keeps its language resources apart from its engines. Values are
exact ``Decimal`` numbers; floats are never used.

Pipeline of :func:`find_quantities`:

1. map every character one-to-one (full-width digits, traditional and formal numerals) so
   offsets never move;
2. mark spans that hold no quantities: spans other kinds own (the caller passes the calendar
   expressions), titles in 《》, URLs and e-mail addresses;
3. read whole-word quantities (一半, 翻一番), fractions and 百分之 forms;
4. scan numerals (``pipeline.extract.numerals``), attach qualifiers, units, 成/折;
5. drop what the guidelines exclude (ordinals, labels, list numbering, codes, names, 一 as
   an article), then share one unit over lists and ranges (187、28、20倍).

Over 500 lines: steps 4 and 5 are one list of guideline rules around one numeral; split, a rule
and its exceptions would sit in different files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from pipeline.chars import HAN, HSPACE, HSPACE_RUN, LAYOUT_SPACE, is_han
from pipeline.extract.numerals import (
    Lexicon,
    NumeralCore,
    UnitInfo,
    clean_decimal,
    evaluate,
    lexicon,
    normalise,
    parse_chinese_number,
    scan_numeral,
    skip_space,
    spaced_pattern,
)
from pipeline.resources import cached

_SP = HSPACE_RUN
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


# --------------------------------------------------------------------------- exclusion spans

_URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000，。；、）)》" + HAN + r"]+|[\w.+-]+@[\w-]+\.[\w.-]+")
_TITLE_RE = re.compile(r"《[^《》]{0,200}》")


def _blocked_spans(text: str, owned: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _TITLE_RE.finditer(text)]
    spans += owned
    return sorted(spans)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


# --------------------------------------------------------------------------- word boundaries


class _Segmenter:
    """Word ends of one text: the Doc's words when given, else jieba's (lazily, for plain text)."""

    def __init__(self, text: str, word_ends: Mapping[int, int] | None = None) -> None:
        self.text = text
        self._starts: Mapping[int, int] | None = word_ends

    def token_end_at(self, start: int) -> int | None:
        if self._starts is None:
            from pipeline.nlp.jieba_dict import jieba_tokenizer

            self._starts = {a: b for _word, a, b in jieba_tokenizer().tokenize(self.text)}
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
    core: NumeralCore | None = None
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


def find_quantities(
    text: str, owned: Sequence[tuple[int, int]] = (), word_ends: Mapping[int, int] | None = None
) -> list[Quantity]:
    """Every quantity of ``text`` per the annotation guidelines, in text order.

    ``owned``: spans another kind owns (calendar expressions): no quantity is read inside
    them, so their digits neither become numbers nor lend a unit to a neighbour.
    ``word_ends``: word start → end of the text's segmentation (the Doc's words).
    """
    if not text:
        return []
    lex = lexicon()
    s = normalise(text)
    blocked = _blocked_spans(text, owned)
    seg = _Segmenter(s, word_ends)
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
        for m in re.finditer(spaced_pattern(entry["text"]), s):
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


_NUMERAL_CLASS = "[0-9.,零〇○一二两三四五六七八九十百千万亿兆几" + LAYOUT_SPACE + "]"


def _fractions(s: str, original: str) -> list[_Cand]:
    """X分之Y (and 百分之Y): a share, given as a percentage (三分之一 → 33.33… %)."""
    out: list[_Cand] = []
    pattern = re.compile(
        r"(?P<neg1>负)?(?P<den>" + _NUMERAL_CLASS + r"*?)" + _SP + "分" + _SP + "之" + _SP
        + r"(?P<neg2>负)?(?=[0-9零〇一二两三四五六七八九十百几])"
    )
    for m in pattern.finditer(s):
        den_txt = m.group("den").strip(LAYOUT_SPACE + ",")
        if not den_txt:
            continue
        den_start = m.start("den") + (len(m.group("den")) - len(m.group("den").lstrip(LAYOUT_SPACE + ",")))
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
            is_han(before) and before not in lex.numeral_chars and not _is_unit_final(before, lex)
        ):
            return start - 1
    return start


@cached
def _unit_finals() -> frozenset[str]:
    lex = lexicon()
    return frozenset(u[-1] for u in lex.units)


def _is_unit_final(ch: str, lex: Lexicon) -> bool:
    return ch in _unit_finals()


def _build(s: str, original: str, core: NumeralCore, lex: Lexicon, seg: _Segmenter) -> list[_Cand]:
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
        first = evaluate([core.toks[0], *rest])[0] if rest else core.toks[0].value
        second = evaluate([core.toks[1], *rest])[0] if rest else core.toks[1].value
        pair = (first, second)
    elif (core.chinese_only and len(core.toks) >= 2 and all(t.kind == "cdigit" for t in core.toks)
          and not s.startswith(cfg["tenths"]["zhe"], skip_space(s, end))):
        # Chinese digits read one by one, without place values (三一, 九一八, 二〇二〇), write a year, a code
        # or a name (三一重工, 九一八事变), never a count: counts say 三十一. Neighbouring pairs are kept
        # above; a discount reads its digits one by one (八五折 → 85 %).
        return []

    sign_start = _sign(s, start, lex)
    if sign_start != start:
        value = -value
        start = sign_start

    # suffix: 多/余 before the unit, the unit, 半, 多 after the unit
    j = end
    k = skip_space(s, j)
    if k < n and s[k] in cfg["over_infixes"]:
        approx = "over"
        j = k + 1
        k = skip_space(s, j)
    unit_info: UnitInfo | None = None
    unit_end = j
    m = lex.unit_re.match(s, k) if k < n and s[k] != "\n" else None
    # letter scales: 40k, -2.5 M
    letter_scale = m is None and not core.chinese_only and k < n and s[k] in lex.letter_scales
    if letter_scale and (k + 1 >= n or not s[k + 1].isalpha() or s[k + 1] in "个") and (k == j or s[k] == "M"):
        value *= lex.letter_scales[s[k]]
        j = k + 1
        k = skip_space(s, j)
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
            unit_info = UnitInfo("money", unit)

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
    if any(s.startswith(w, qty_end) or s.startswith(w, skip_space(s, core.end)) for w in cfg["not_quantity_after"]):
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


def _year_like(core: NumeralCore, cfg: dict[str, Any]) -> bool:
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
        sub = _match_words(s, k3, table)
        if sub is None:
            return pos, value
        value = value + core.value * Decimal(str(table[sub]))
        pos = k = k3 + len(sub)


def _excluded(
    s: str,
    original: str,
    core: NumeralCore,
    start: int,
    end: int,
    unit_info: UnitInfo | None,
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
    k = skip_space(s, end)
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
                if is_han(nxt) or seg.token_end_at(core.start) != core.end:
                    return True  # 一 runs into a word (一看, 一经): only a free-standing 一 counts
            elif unit_info.kind == "count" and unit_info.unit in cfg["article_measure_words"]:
                return True  # 一个很好的机遇, 一场: an article
        if unit_info is not None or tenths:
            return False  # a numeral with its unit (两年, 三个, 6成) is a quantity
        k = skip_space(s, end)
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
