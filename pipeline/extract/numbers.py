"""Quantities (numbers) in Chinese text, normalised as the annotation guidelines define them.

The engine is generic: digit maps, scales, qualifiers, units and currencies live in
``pipeline/resources/{numbers,units,currencies}.yaml`` (loaded once per process), the way
Microsoft Recognizers-Text keeps its language resources apart from its engines. Values are
exact ``Decimal`` numbers; floats are never used.

Pipeline of :func:`find_quantities`:

1. map every character one-to-one (full-width digits, traditional and formal numerals) so
   offsets never move;
2. mark spans that hold no quantities (``number_context``): spans other kinds own (the caller
   passes the calendar expressions), titles, URLs and e-mail addresses;
3. read whole-word quantities and fractions (``number_words``);
4. scan numerals (``numerals``), attach sign (here), qualifiers, units, tenths and discounts
   (``number_reading``'s stages, run by ``_build``);
5. drop what the guidelines exclude (``number_exclusions``), then share one unit over lists
   and ranges (here).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from pipeline.chars import HSPACE, HSPACE_RUN, is_han
from pipeline.extract.number_context import (
    Segmenter,
    blocked_spans,
    qualifier_over_base,
)
from pipeline.extract.number_exclusions import after_change_abbreviation
from pipeline.extract.number_math import math_quantities
from pipeline.extract.number_reading import (
    Draft,
    apply_unit,
    digit_pair,
    digit_string,
    draft_candidates,
    names_a_year,
    not_a_quantity,
    read_classified_unit,
    read_count_unit_tail,
    read_currency,
    read_currency_mark,
    read_half_or_over,
    read_infix_and_scales,
    read_money_tail_and_rate,
    read_qualifiers,
    read_symbol_after,
    read_tenths_digit,
    read_unit_without_word,
    read_unit_word,
    set_of_n,
)
from pipeline.extract.number_words import (
    Candidate,
    fractions,
    shorthand_rates,
    special_words,
)
from pipeline.extract.numeral_scan import parse_chinese_number, scan_numeral
from pipeline.extract.numerals import (
    Lexicon,
    NumeralCore,
    clean_decimal,
    lexicon,
    longest_unit,
    normalise,
    ocr_zeros,
)
from pipeline.extract.unit_forms import (
    CURRENCY_MARK_REACH,
    Declaration,
    PassageCurrency,
    continue_money,
    continue_thresholds,
    declarations,
    home_currency,
    implies_money,
    magnitudes,
    passage_currency,
    per_power_shares,
    scale_words,
    shared_scale,
    size_class_at,
    size_class_words,
)
from pipeline.located import Located
from pipeline.resources import cached, load_yaml
from pipeline.script import simplified
from pipeline.spans import SpanSet

__all__ = ["KINDS", "Quantity", "find_quantities", "normalise", "parse_chinese_number"]

_SP = HSPACE_RUN
KINDS = ("money", "percent", "pp", "multiple", "duration", "count")


@dataclass(frozen=True)
class Quantity(Located):
    """One quantity of a text, normalised: exact value, unit, kind and approximation."""

    value: Decimal
    unit: str
    kind: str
    approx: str = ""


def find_quantities(
    text: str, owned: Sequence[tuple[int, int]] = (), word_ends: Mapping[int, int] | None = None,
    name_ends: Sequence[int] = (),
) -> list[Quantity]:
    """Every quantity of ``text`` per the annotation guidelines, in text order.

    ``owned``: spans another kind owns (calendar expressions): no quantity is read inside
    them, so their digits neither become numbers nor lend a unit to a neighbour.
    ``word_ends``: word start → end of the text's segmentation (the Doc's words).
    ``name_ends``: where a name that ends in digits ends (an index name, 沪深300): a hyphen right after it is a
    minus sign (同期沪深300-7.09%), since a name opens no range.
    """
    if not text:
        return []
    reading = _read(text, owned, word_ends, name_ends)
    s, lex, home = reading.s, reading.lex, reading.home
    cands = reading.cands + _numeral_candidates(reading, reading.seg, len(s))
    cands.sort(key=lambda c: (c.start, c.end))
    _share_units(s, cands, lex)
    _levels_of_a_size_class(s, cands, lex, home)
    continue_money(s, cands)
    continue_thresholds(s, cands)
    out: list[Quantity] = []
    for c in cands:
        if c.kind not in KINDS:
            continue
        approx = c.approx or qualifier_over_base(s, c.start, c.kind)  # 约占GDP的36.2%
        out.append(Quantity(c.start, c.end, text[c.start : c.end], clean_decimal(c.value), c.unit, c.kind, approx))
    return out


@dataclass
class _Reading:
    """What :func:`find_quantities` reads of a text before its numeral scan (made by :func:`_read`).

    ``text``: the text as given; ``unmasked``: it mapped one-to-one (traditional read as simplified, full-width and
    formal numerals, OCR zeros), the text the segmenter reads; ``s``: ``unmasked`` with the notes between an amount
    and its unit blanked (:func:`_mask_inner_notes`), the text every candidate is read from; ``blocked``: the spans
    that hold no quantity; ``seg``: the words' segmentation and the owned spans' ends; ``home``, ``passage``,
    ``decls``: the currencies (the text's own, its paragraphs', the declared ones); ``cands``: the candidates of
    whole-word quantities, fractions and math, and ``claimed`` the spans they and math take."""

    text: str
    unmasked: str
    s: str
    lex: Lexicon
    blocked: SpanSet
    seg: Segmenter
    home: str
    passage: PassageCurrency
    decls: list[Declaration]
    cands: list[Candidate]
    claimed: SpanSet


def _read(text: str, owned: Sequence[tuple[int, int]], word_ends: Mapping[int, int] | None,
          name_ends: Sequence[int]) -> _Reading:
    """The :class:`_Reading` of ``text`` with the spans ``owned`` (see :func:`find_quantities` for the arguments)."""
    lex = lexicon()
    unmasked = ocr_zeros(normalise(simplified(text)))  # traditional text read as simplified (兩個, 小時; 參與 is no 三)
    blocked = SpanSet(blocked_spans(text, owned))
    seg = Segmenter(unmasked, word_ends, owned_starts=(a for a, _b in owned), owned_ends=(b for _a, b in owned),
                    name_ends=name_ends)
    s = _mask_inner_notes(unmasked)  # 276.38（不含军工涉密企业）亿元: the note between amount and unit is passed over
    home = home_currency(text)  # the original script: traditional text names its own currency
    passage = passage_currency(text, s)  # …and the currency its paragraph named (新臺幣…元，時薪183元)
    decls = declarations(s)  # 按美元计价, （单位：亿美元，下同）: the passage's currency for amounts without one
    claimed = SpanSet()
    cands: list[Candidate] = []
    math, math_spans = math_quantities(s)
    cands += [c for c in math if not blocked.overlaps(c.start, c.end)]
    for span in math_spans:
        claimed.add(span)
    words = shorthand_rates(s) + special_words(s) + per_power_shares(s) + magnitudes(s) + scale_words(s, home, seg)
    for cand in words + fractions(s, text):
        if not blocked.overlaps(cand.start, cand.end) and not claimed.overlaps(cand.start, cand.end):
            cands.append(cand)
            claimed.add((cand.start, cand.end))
    return _Reading(text=text, unmasked=unmasked, s=s, lex=lex, blocked=blocked, seg=seg, home=home, passage=passage,
                    decls=decls, cands=cands, claimed=claimed)


def _numeral_candidates(reading: _Reading, seg: Segmenter, stop: int) -> list[Candidate]:
    """The candidates of the numerals that start before ``stop`` (a numeral at ``i`` is read alike whatever ``stop``
    is: the scan goes forward and reads no later numeral first)."""
    s, text, lex, blocked, claimed = reading.s, reading.text, reading.lex, reading.blocked, reading.claimed
    cands: list[Candidate] = []
    starters, next_starter = _starters(), _starter_re().search
    i, n = 0, len(s)
    limit = min(n, stop)
    while i < limit:
        ch = s[i]
        if not (ch.isascii() and ch.isdigit()) and ch not in starters and not (
            ch == "." and i + 1 < n and s[i + 1].isdigit() and not (i > 0 and s[i - 1].isalnum())
        ):  # a dot glued to a word is a separator (委员会.2018年…, in a reference), no decimal point
            m = next_starter(s, i + 1, limit)  # (the characters no numeral starts at, passed over in one search)
            if m is None:
                break
            i = m.start()
            continue
        if ch.isascii() and ch.isdigit() and i > 0 and s[i - 1].isascii() and s[i - 1].isdigit():
            i += 1
            continue
        if ch in lex.cfg["vague_before_scale_only"] and _closes_a_qualifier(s, i, lex):
            i += 1  # 迈上千亿台阶: the 上 closes 迈上 (over), and 千亿 is the level, no vague 上千
            continue
        if claimed.overlaps(i, i + 1):
            i += 1
            continue
        core = scan_numeral(s, i, text)
        if core is None:
            i += 1
            continue
        produced = _build(s, text, core, lex, seg, reading.passage.at(core.start), reading.decls)
        for cand in produced:
            if blocked.overlaps(cand.start, cand.end) or claimed.overlaps(cand.start, cand.end):
                continue
            cands.append(cand)
        i = max(core.end, max((c.end for c in produced), default=core.end))
    return cands


@cached
def _starters() -> frozenset[str]:
    """The characters other than ASCII digits and a dot that a numeral can start at (:func:`_numeral_candidates`)."""
    lex = lexicon()
    return frozenset(set(lex.digits) | set(lex.small) | set(lex.cfg["vague_digits"])
                     | set(lex.cfg["vague_before_scale_only"]) | set(lex.cfg["tens_numerals"]))


@cached
def _starter_re() -> re.Pattern[str]:
    """A character a numeral can start at: an ASCII digit, a dot or one of :func:`_starters` (every other character
    is passed over by :func:`_numeral_candidates` without a look)."""
    return re.compile("[0-9." + "".join(re.escape(ch) for ch in sorted(_starters())) + "]")


def opening_reach(s: str, lex: Lexicon) -> int:
    """A bound past the start of any numeral whose candidate can start at 0 (``s``: the text as :func:`_build`
    reads it). A candidate starts at its numeral, at a sign right before it (:func:`_sign`), or at a currency
    symbol (``number_reading.read_currency``'s ``mark.start``) that :func:`unit_forms.currency_before` reads back from
    the sign or from an approximation prefix before it (``first_ending``: at most the longest prefix back), past
    spaces, in a window of ``CURRENCY_MARK_REACH`` characters. So a mark at 0 ends within that window, and only
    spaces stand between it and the point it is read back from: with ``g`` the first non-space at or after the
    window's end, the numeral starts at most ``g`` + 1 (the sign) + the longest prefix."""
    g = CURRENCY_MARK_REACH
    while g < len(s) and s[g] in HSPACE:
        g += 1
    longest = lex.approx_prefix_index[0][0] if lex.approx_prefix_index else 0
    return g + 1 + longest


def may_be_one_quantity(text: str) -> bool:
    """False only when ``quantities_outside_dates(text)`` (``find_quantities`` with the text's calendar expressions
    owned) holds no quantity of the whole text: a cheap necessary test, asked before the whole reading of a long
    table cell (``table_cells.own_unit_quantity``, round 40: a line of prose with stray tabs is thousands of such
    cells, each read whole by both engines).

    Why it is sound. A quantity's span is its candidate's (later steps change units and values, never spans), and
    a candidate is dropped when it overlaps a blocked span, owned ones included. So a whole-text quantity means no
    owned span overlaps [0, n): each is (0, 0) or (n, n), which block nothing, and owned spans reach the numeral
    scan only through the segmenter's lookups :meth:`Segmenter.owns_start` / :meth:`Segmenter.owns_end` (the
    offsets are kept private to it). Its candidate is then a whole-word or math one (read here as in the full
    reading) or comes from a numeral that starts within :func:`opening_reach`, and the scan reads such numerals
    alike however early it stops. Each of the four owned sets left is tried, the segmenter reporting every offset
    looked up (``asked``): when the scan with none owned never looked up 0 or n, the other three read alike."""
    n = len(text)
    if not text:
        return False
    reading = _read(text, (), None, ())
    if any(c.start == 0 and c.end == n for c in reading.cands):
        return True
    stop = opening_reach(reading.s, reading.lex) + 1
    asked: set[int] = set()
    for owned in ((), ((0, 0),), ((n, n),), ((0, 0), (n, n))):
        seg = Segmenter(reading.unmasked, owned_starts=(a for a, _b in owned), owned_ends=(b for _a, b in owned),
                        asked=asked.add)
        if any(c.start == 0 and c.end == n for c in _numeral_candidates(reading, seg, stop)):
            return True
        if not asked & {0, n}:
            return False  # (the scan never asked about 0 or n: every owned set left reads alike)
    return False


@cached
def _inner_note_re() -> re.Pattern[str]:
    return re.compile(load_yaml("numbers.yaml")["inner_note"])


def _mask_inner_notes(s: str) -> str:
    """Blank a bracketed scope note written between an amount and its scale or unit (规模以上工业增加值276.38（不含
    军工涉密企业）亿元), offsets kept: the unit after the note is the amount's, as if the note stood after it."""
    if not _inner_note_re().search(s):
        return s
    return _inner_note_re().sub(lambda m: " " * len(m.group(0)), s)


def _closes_a_qualifier(s: str, i: int, lex: Lexicon) -> bool:
    """``s[i]`` is the last character of a longer over-qualifier (迈上, 跨上, 跃上 before 千亿), not a vague digit
    (上千, 上万 opening a numeral): the qualifier owns it (round 18)."""
    return any(len(q) > 1 and q.endswith(s[i]) and s.startswith(q, i + 1 - len(q))
               for q in lex.cfg["approx_prefixes"]["over"])


def _sign(s: str, start: int, lex: Lexicon, name_ends: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Start of a sign written before the number, or ``start`` itself, and the sign: a minus (负, -, −) makes -1;
    a plus (+2.3pct) is part of the figure too, so a signed list (-0.45/+0.67pct) is one list. After a name that
    ends in digits (``name_ends``: 沪深300-7.09%) the hyphen is a sign, not a range dash."""
    if start >= 1 and s[start - 1] in lex.cfg["negative_prefixes"] and not _ends_a_sign_word(s, start, lex):
        return start - 1, -1
    minus = s[start - 1] == "-" or s[start - 1] in lex.cfg["minus_signs"] if start >= 1 else False
    if start >= 1 and (minus or s[start - 1] in lex.cfg["plus_signs"]):
        before = s[start - 2] if start >= 2 else ""
        after_name = start - 1 in name_ends  # 沪深300-7.09%
        if before == "" or before in HSPACE + "\n" + lex.cfg["punctuation"]["sign_context"] or after_name or (
            is_han(before) and before not in lex.numeral_chars and not _ends_a_quantity(s, start - 1, lex)
        ) or after_change_abbreviation(s, start - 1, lex) or _after_period_word(s, start - 1):
            return start - 1, -1 if minus else 1
    return start, 1


def _ends_a_sign_word(s: str, end: int, lex: Lexicon) -> bool:
    """The sign character before ``end`` closes a verb that takes the amount after it as its object (减负1500亿元:
    relief of 1500亿元, not minus 1500亿元; ``negative_prefix_word_ends``, round 36), unless 负 follows a word that
    keeps it a sign (比上年增减负2.3个百分点: ``negative_prefix_word_not_after``, round 36 mend)."""
    if any(s.endswith(w, 0, end - 1) for w in lex.cfg["negative_prefix_word_not_after"]):
        return False
    return any(s.endswith(w, 0, end) for w in lex.cfg["negative_prefix_word_ends"])


@cached
def _period_word_end() -> re.Pattern[str]:
    return re.compile(lexicon().cfg["sign_after_period_word"])


def _after_period_word(s: str, pos: int) -> bool:
    """A relative period word (上一年) ends at ``pos``: its numeral counts nothing, so no range opens after it."""
    return bool(_period_word_end().search(s, max(0, pos - 8), pos))


@cached
def _unit_finals() -> frozenset[str]:
    lex = lexicon()
    return frozenset(u[-1] for u in lex.units)


def _ends_a_quantity(s: str, end: int, lex: Lexicon) -> bool:
    """A unit of a number ends at ``end`` (10卢比-20卢比: the hyphen is a range dash); 同比-5.7% ends in 比 with
    no number before it, so its hyphen is a minus sign."""
    if s[end - 1] not in _unit_finals():
        return False
    for length in range(1, min(longest_unit(), end) + 1):
        if s[end - length:end] in lex.units:
            before = s[:end - length].rstrip(HSPACE)[-1:]
            if before and (before.isdigit() or before in lex.numeral_chars):
                return True
            if before == "/" and end - length - 1 > 0 and _ends_a_quantity(s, end - length - 1, lex):
                return True  # 500元/吨-600元/吨: a rate's denominator
    return False


def _build(
    s: str, original: str, core: NumeralCore, lex: Lexicon, seg: Segmenter, home: str,
    decls: Sequence[Declaration] = (),
) -> list[Candidate]:
    """Attach sign, qualifiers and unit to a numeral; apply the exclusion rules. ``home``: the
    currency the generic 元 names in this text (``unit_forms.home_currency``); ``decls``: the currencies
    its passages declare (``unit_forms.declarations``)."""
    if core.vague and core.value == 0:
        return []  # 零点几: a vague amount with no lower bound states nothing
    pair = digit_pair(core, lex)
    if pair is None and digit_string(s, core, lex):
        return []
    start, sign = _sign(s, core.start, lex, seg.name_ends)
    d = Draft(s, original, core, lex, seg, home, decls, start=start, value=core.value * sign,
               approx="over" if (core.over or core.vague) else "", pair=pair)
    read_infix_and_scales(d)
    read_unit_word(d)
    read_unit_without_word(d)
    apply_unit(d)
    read_classified_unit(d)
    read_half_or_over(d)
    read_tenths_digit(d)
    read_money_tail_and_rate(d)
    read_currency_mark(d)
    read_currency(d)
    read_count_unit_tail(d)
    read_qualifiers(d)
    group = set_of_n(d)
    if group is not None:
        return group
    if not_a_quantity(d):
        return []
    read_symbol_after(d)
    bare = d.unit_info is None and not d.tenths
    if names_a_year(d, bare):
        return []
    return draft_candidates(d, bare)


def _classifier_for_next(s: str, c: Candidate, nxt: Candidate, listed: bool, lex: Lexicon) -> bool:
    """A list member counted with 个 alone before a member whose unit is written with 个 (0.6个和3.9个百分点,
    25个和50个基点): the first 个 stands for the whole unit."""
    classifier = lex.cfg["duration_classifiers"][0]
    written = s[nxt.start:nxt.end].replace(" ", "")
    return listed and c.unit == classifier and not nxt.bare and nxt.unit != classifier and classifier in written


def _levels_of_a_size_class(s: str, cands: list[Candidate], lex: Lexicon, home: str) -> None:
    """A list of bare numbers counted right after by a size class (跨过42、43两个万亿级大关, 迈上8、9两个千亿级台阶):
    the scale is written once after the list, so each member is that many of it (42万亿, 43万亿), money where the
    clause names money as a bare scaled amount is."""
    for idx, count in enumerate(cands):
        scale_end = _size_class_scale(s, count.end, lex)
        if scale_end is None or count.kind != "count" or count.value != count.value.to_integral_value():
            continue
        n = int(count.value)
        members = cands[idx - n : idx] if 2 <= n <= idx else []
        if not members or s[members[-1].end : count.start].strip(HSPACE):
            continue
        gaps = [s[a.end : b.start].strip(HSPACE) for a, b in pairwise(members)]
        if not all(m.bare and m.kind == "count" and not (m.core and m.core.has_scale) for m in members) or any(
                g not in lex.cfg["list_separators"] for g in gaps):
            continue
        money = implies_money(s, members[0].start)
        for m in members:
            m.value *= scale_end[1]
            if money:
                m.unit, m.kind, m.bare, m.implied = home, "money", False, True


def _size_class_scale(s: str, pos: int, lex: Lexicon) -> tuple[int, Decimal] | None:
    """The scale of a size class written at ``pos`` (万亿级, 千亿级): its end and value."""
    k, scale = pos, Decimal(1)
    while k < len(s) and (s[k] in lex.big or s[k] in lex.small) and k - pos < 3:
        scale *= lex.big.get(s[k]) or lex.small[s[k]]
        k += 1
    if k == pos or not size_class_at(s, k) or s[k - 1] not in lex.big:
        return None
    level = k + max(len(w) for w in size_class_words() if s.startswith(w, k))
    if not s.startswith(tuple(load_yaml("units.yaml")["scale_words"]["size_class_milestones"]), level):
        return None  # 两个千亿级产业集群: clusters of a size, no levels crossed
    return k, scale


def _share_units(s: str, cands: list[Candidate], lex: Lexicon) -> None:
    """Lists and ranges written with one unit and scale: 187、28、20倍; 3000至5000人; 三至五万元;
    一百二十到一百五十万元; 1、2、3万元 (the scale goes back along the whole list)."""
    seps = set(lex.cfg["list_separators"]) | set(lex.cfg["range_connectors"])
    borrowed: dict[int, Decimal] = {}  # the scale a member took from the one after it
    for idx in range(len(cands) - 2, -1, -1):
        c, nxt = cands[idx], cands[idx + 1]
        gap = s[c.end : nxt.start].strip(HSPACE)
        directed = gap[:-1] in seps and gap[-1:] in lex.cfg["list_member_directions"]  # 0.5个和低3.5个百分点
        if _classifier_for_next(s, c, nxt, gap in seps or directed, lex):
            c.unit, c.kind = nxt.unit, nxt.kind  # 0.6个和3.9个百分点: 个 stands for the next member's 个百分点
            continue
        if not c.shareable and not (c.implied and nxt.kind == "money" and not nxt.bare):
            continue  # (an amount whose currency was left out takes the one its range or list writes once:
            # 介於426億至441億美元, 依序為769億、649億、482億美元 → USD, not the passage's)
        arabic = c.core is not None and nxt.core is not None and not c.core.chinese_only and not nxt.core.chinese_only
        if gap not in seps and not (arabic and gap in lex.cfg["dash_like"]):
            continue
        if c.core is not None and nxt.core is not None:
            took = borrowed.get(idx + 1) if not c.core.has_scale else None
            scale = took or shared_scale(c.core, nxt.core)
            scaled = c.value * scale
            # a range rises: 3000到5万元 keeps 3000 (the scale is not the first member's)
            if scale != 1 and (gap not in lex.cfg["range_connectors"] or scaled < nxt.value):
                c.value = scaled
                borrowed[idx] = scale
        if nxt.bare:
            continue
        c.unit, c.kind = nxt.unit, nxt.kind
        if c.bare:  # the unit's own factor too: 三至五成 → 30 %, 50 %; 3-5‰ → 0.3 %, 0.5 %
            c.value, c.unit_factor = c.value * nxt.unit_factor, nxt.unit_factor
        c.bare = False
