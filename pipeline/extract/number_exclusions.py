"""The guidelines' "not numbers" around one numeral: ordinals, labels, list numbering, codes,
names, words made of numeral characters, and 一 as an article.

Each rule reads the numeral (``NumeralCore``), the unit the engine attached and the text
around it; the words and patterns it needs live in ``pipeline/resources/numbers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.chars import is_han
from pipeline.extract.number_context import (
    Segmenter,
    clause_start_before,
    ends_with_word,
    line_start_before,
    match_words,
)
from pipeline.extract.numerals import Lexicon, NumeralCore, UnitInfo, skip_space


def year_like(core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A bare four-digit integer in the year range: a date (or a code), never a count."""
    lo, hi = cfg["year_like_range"]
    if len(core.toks) != 1 or core.toks[0].kind != "arabic":
        return False
    txt = core.toks[0].text
    return txt.isdigit() and len(txt) == 4 and lo <= int(txt) <= hi


@dataclass(frozen=True)
class Reading:
    """One numeral as the engine read it: the text (normalised and original), the numeral, the
    quantity's extent (sign and unit included) and the unit it took, if any."""

    s: str
    original: str
    core: NumeralCore
    start: int
    end: int
    unit_info: UnitInfo | None
    tenths: bool

    @property
    def bare(self) -> bool:
        """No unit, no tenths: a numeral alone."""
        return self.unit_info is None and not self.tenths


def excluded(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """The guidelines' "not numbers": ordinals, labels, numbering, codes, names, articles."""
    cfg = lex.cfg
    s, core = r.s, r.core
    # ordinals and ranks: 第二届, 第 3位
    if ends_with_word(s, core.start, cfg["ordinal_prefixes"]):
        return True
    # labels: 图1, 表 2, Figure 3
    if r.bare and ends_with_word(s, core.start, cfg["label_prefixes"]):
        return True
    # names: 亚非欧1号
    if r.bare and match_words(s, skip_space(s, r.end), cfg["name_suffixes"]):
        return True
    if not core.chinese_only and _code(s, core, r.end, r.unit_info, r.bare, lex):
        return True
    if r.bare and not core.has_scale and core.value == core.value.to_integral_value() and _numbering(
        s, core, r.start, r.end, cfg
    ):
        return True
    if core.chinese_only:
        return _not_chinese_quantity(r, lex, seg)
    return False


def _code(s: str, core: NumeralCore, end: int, unit_info: UnitInfo | None, bare: bool, lex: Lexicon) -> bool:
    """Digits touching Latin letters (5G, G20, COVID-19), dotted codes, numbers near 代码."""
    n = len(s)
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
    return bare and _code_context(s, end, lex.cfg)


def _numbering(s: str, core: NumeralCore, start: int, end: int, cfg: dict[str, Any]) -> bool:
    """List and section numbering: "1.顶层设计", "一、", "（2）", "一是"."""
    n = len(s)
    punct = cfg["punctuation"]
    nxt = s[end] if end < n else ""
    decimal_dot = nxt == "." and end + 1 < n and s[end + 1].isdigit()
    if line_start_before(s, start) and nxt in cfg["list_markers_after"] and not decimal_dot:
        return True
    if core.chinese_only and nxt in cfg["list_marker_chinese_only_after"] and clause_start_before(s, start):
        return True
    before = s[start - 1] if start > 0 else ""
    return bool(before and nxt and before in punct["open_brackets"] and nxt in punct["close_brackets"])


def _not_chinese_quantity(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Chinese numerals: formal characters alone, 一 as an article, words that only contain numerals."""
    cfg = lex.cfg
    s, original, core, end, unit_info, tenths = r.s, r.original, r.core, r.end, r.unit_info, r.tenths
    n = len(s)
    numeral = s[core.start : core.end]
    if len(numeral) == 1 and original[core.start] in cfg["ambiguous_formal"]:
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
    if match_words(s, k, cfg["range_connectors"] + cfg["list_separators"]) and any(
        ch in lex.numeral_chars or ch.isdigit() for ch in s[k + 1 : k + 3]
    ):
        return False  # the first member of a range or list (三至五万元)
    tok_end = seg.token_end_at(core.start)
    if tok_end is None:
        return True  # the numeral starts inside a word (统一, 进一步, 之一)
    vague = set(cfg["over_infixes"]) | set(cfg["vague_digits"])
    # the word goes on beyond the quantity (一方面, 两极分化, 四川)
    return tok_end > end and not all(ch in lex.numeral_chars or ch in vague for ch in s[core.start : tok_end])


def _latin_unit_at(s: str, pos: int, lex: Lexicon) -> bool:
    for u in lex.units_cfg["latin_units"]:
        after = s[pos + len(u) : pos + len(u) + 1]
        if s.startswith(u, pos) and not (after.isascii() and after.isalpha()):
            return True
    return False


def _code_context(s: str, pos: int, cfg: dict[str, Any]) -> bool:
    window = s[pos : pos + int(cfg["code_context_window"])]
    window = re.split("[" + re.escape(cfg["punctuation"]["code_window_breaks"]) + "]", window, maxsplit=1)[0]
    return any(w in window for w in cfg["code_context_after"])
