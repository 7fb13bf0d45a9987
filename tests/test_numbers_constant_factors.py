"""The numbers stage's flat costs per numeral cut, every reading the old one. The numeral scan passes
over the characters no numeral starts at with one class search (``numbers._starter_re``) instead of a look at each;
``scan_numeral`` reads sets built once (``numeral_scan._scan_sets``); the ``not_quantity_after`` words are tried with
one ``startswith`` over a tuple; the rules' patterns are compiled once and held (``resources.held``). Each is compared
with the code it replaced on random texts of numeral characters, look-alikes (点, 两, 上, 余 after words, dots glued to
words, full-width digits) and other characters (hypothesis; never a timed test)."""

from __future__ import annotations

import re
from decimal import Decimal
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import number_reading, numbers, numeral_scan
from pipeline.extract.numbers import _build, _closes_a_qualifier, _numeral_candidates, _read
from pipeline.extract.numeral_scan import scan_numeral
from pipeline.extract.numerals import NumeralToken, lexicon, skip_space
from pipeline.resources import held


def _old_numeral_candidates(reading: numbers._Reading, seg: numbers.Segmenter, stop: int) -> list:
    """``_numeral_candidates`` before round 41's mend: every character looked at in turn."""
    s, text, lex, blocked, claimed = reading.s, reading.text, reading.lex, reading.blocked, reading.claimed
    cands = []
    starters = (set(lex.digits) | set(lex.small) | set(lex.cfg["vague_digits"])
                | set(lex.cfg["vague_before_scale_only"]) | set(lex.cfg["tens_numerals"]))
    i, n = 0, len(s)
    while i < n and i < stop:
        ch = s[i]
        if not (ch.isascii() and ch.isdigit()) and ch not in starters and not (
            ch == "." and i + 1 < n and s[i + 1].isdigit() and not (i > 0 and s[i - 1].isalnum())
        ):
            i += 1
            continue
        if ch.isascii() and ch.isdigit() and i > 0 and s[i - 1].isascii() and s[i - 1].isdigit():
            i += 1
            continue
        if ch in lex.cfg["vague_before_scale_only"] and _closes_a_qualifier(s, i, lex):
            i += 1
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


_PIECES = ["12", "3.5", ".5", "1,234", "２０", "一", "两", "三十", "百", "千", "万", "亿", "十余", "几", "上千", "迈上",
           "点", "．", ".", "委员会.", "a.5", "x1", "元", "亿元", "%", "个", "年", "月", "日", "第", "号", "期", "次",
           "卅八", "廿", "余", "多", "来", "约", "近", "增长", "，", "。", " ", "\u3000", "\n", "、", "（", "）", "A",
           "型", "倍", "成", "分之", "百分之", "号线", "G", "级", "人民币", "$", "亿美元"]
_texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(-2, 50))
def test_numeral_scan_equals_the_character_loop(text: str, stop: int) -> None:
    reading = _read(text, (), None, ())
    assert _numeral_candidates(reading, reading.seg, stop) == _old_numeral_candidates(reading, reading.seg, stop)


def test_the_starter_class_holds_every_starter() -> None:
    """Every character the loop reads as a possible start is one the class search stops at (a superset is safe: the
    loop looks at it again; a character left out would be passed over)."""
    lex = lexicon()
    starters = (set(lex.digits) | set(lex.small) | set(lex.cfg["vague_digits"])
                | set(lex.cfg["vague_before_scale_only"]) | set(lex.cfg["tens_numerals"]))
    for ch in starters | set("0123456789."):
        assert numbers._starter_re().fullmatch(ch), ch


def test_scan_sets_are_the_old_ones() -> None:
    cfg = lexicon().cfg
    assert numeral_scan._scan_sets() == (
        set(cfg["vague_digits"]), set(cfg["vague_before_scale_only"]), set(cfg["over_infixes"]),
        set(cfg["about_infixes"]), set(cfg["decimal_point"]), set(cfg["digit_string_points"]),
        {ch: int(v) for ch, v in cfg["tens_numerals"].items()},
        "".join(cfg["thousands_separators"]) + "".join(cfg["digit_group_spaces"]) + "\n")


_AFTER = lexicon().cfg["not_quantity_after"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AFTER) | st.sampled_from(_PIECES) | st.text(max_size=2), max_size=6).map("".join),
       st.integers(0, 30), st.integers(0, 30))
def test_not_quantity_after_tuple_equals_the_word_loop(s: str, qty_end: int, core_end: int) -> None:
    old = any(s.startswith(w, qty_end) or s.startswith(w, skip_space(s, core_end)) for w in _AFTER)
    words = number_reading.not_quantity_after()
    assert (s.startswith(words, qty_end) or s.startswith(words, skip_space(s, core_end))) == old


_RULE_PATTERNS = [v for v in lexicon().cfg.values() if isinstance(v, str)] + [r"\s", "[Oo]", r"\d{1,2}$"]


def _compiles(p: str) -> bool:
    try:
        re.compile(p)
    except re.error:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([p for p in _RULE_PATTERNS if _compiles(p)]), _texts)
def test_held_pattern_reads_as_re(pattern: str, text: str) -> None:
    def spans(ms: object) -> list:
        return [(m.start(), m.end()) for m in ms]
    assert spans(held(pattern).finditer(text)) == spans(re.finditer(pattern, text))
    assert held(pattern).sub("", text) == re.sub(pattern, "", text)
    assert held(pattern).split(text) == re.split(pattern, text)
    assert held(pattern) is held(pattern)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=20), st.lists(st.integers(0, 60), max_size=10), st.booleans())
def test_merged_starts_equal_union1d(starts: list[int], cuts: list[int], increasing: bool) -> None:
    """``doc._merged_starts`` (round 41's mend: cuts put in at their places) against ``numpy.union1d``, for token
    starts (strictly increasing, or not: a look-alike the Doc never gives) and cuts that start no token."""
    import numpy

    from pipeline.nlp.doc import _merged_starts
    a = numpy.array(sorted(set(starts)) if increasing else starts, dtype="int64")
    inner = numpy.array(sorted(set(cuts) - set(starts)), dtype="int64")
    merged = _merged_starts(a, inner)
    expected = numpy.union1d(a, inner)
    assert merged.dtype == expected.dtype and merged.tolist() == expected.tolist()


_PREVS = [None, *(NumeralToken(kind, Decimal(value), 0, 1, text) for kind, value, text in (
    ("arabic", 30, "30"), ("arabic", 3, "3"), ("cdigit", 0, "零"), ("cdigit", 3, "三"), ("small", 10, "十"),
    ("big", 10000, "万"), ("vague", 1, "几"), ("over", 0, "余"), ("point", 0, "点")))]


def test_a_character_of_no_reader_class_ends_the_numeral_untried() -> None:
    """(round 50) ``scan_numeral`` ends a numeral at a character outside ``_class_chars`` (outside the decimals)
    without trying `TOKEN_READERS`: every reader must decline such a character, whatever token came before it; and
    every character a reader reads a token of is in the set (the numeral characters of the pieces above)."""
    classes = numeral_scan._class_chars()
    chars = {ch for piece in _PIECES for ch in piece} | set(lexicon().cfg["over_infixes"]) | set("ab.,%元年\u3000")
    taken = set()
    for ch, prev, after in ((ch, prev, after) for ch in chars for prev in _PREVS for after in ("二十", "万")):
        s = f"x{ch}{after}"
        r = numeral_scan.NumeralScan(s, s, lexicon(), numeral_scan._scan_sets(), len(s))
        r.toks = [prev] if prev is not None else []
        r.k, r.ch, r.prev, r.spaced = 1, ch, prev, False
        read = next((reader for reader in numeral_scan.TOKEN_READERS if reader(r)), None)
        if ch not in classes:
            assert read is None and r.tok is None, (ch, prev)
        elif r.tok is not None:
            taken.add(ch)
    assert {"3", "三", "十", "万", "几", "余", "点"} <= taken
    assert not {"元", "年", "a", "%"} & classes  # look-alikes: a unit, a period word, a letter


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 12))
def test_scan_numeral_equals_the_readers_tried_at_every_character(text: str, i: int) -> None:
    """(round 50) ``scan_numeral`` with its class test before the readers reads what trying every reader in turn
    at every character read (the readers' own class tests first, the scan state copied only once one takes it)."""
    s = text
    assert scan_numeral(s, i) == _scan_trying_every_reader(s, i)


class _EveryCharacter:
    """A class test every character passes: ``scan_numeral`` as before round 50, every reader tried at each one."""

    def __contains__(self, ch: object) -> bool:
        return True


def _scan_trying_every_reader(s: str, i: int) -> numeral_scan.NumeralCore | None:
    """``scan_numeral`` before round 50: no class test before the readers."""
    with patch.object(numeral_scan, "_class_chars", _EveryCharacter):
        return scan_numeral(s, i)
