"""Exclusion rules of names and slogans: digits inside an organisation's name (融360), a numbered bureau (中铁十六局),
a member of a named list (7、8号机组), festivals and holidays (双11, 618, 十一假期), names made of numbers (“1+N”,
2+26城市) and quoted slogans of numerals (“两新一重”, “四上”, 一企一策, 零关税)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pipeline.chars import is_han
from pipeline.extract.number_context import clause_start_before, match_words
from pipeline.extract.numerals import Lexicon, NumeralCore, skip_space
from pipeline.resources import held


def _digits_in_name(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """Whole digits glued to the Chinese of a name that runs on into an organisation's head (融360数字科技研究院,
    58安居客研究院): part of the name. Glued on the left to a Chinese character that introduces no value, or at the
    start of a clause."""
    spec = cfg["digits_in_names"]
    digits = s[core.start:core.end]
    if not digits.isdigit() or match_words(s, core.end, spec["not_after"]):
        return False
    before = s[core.start - 1] if core.start > 0 else ""
    if before and not is_han(before) and not clause_start_before(s, core.start):
        return False
    if before and is_han(before) and held(spec["value_before"]).search(s[max(0, core.start - 4):core.start]):
        return False
    return held(spec["head_after"]).match(s[core.end:core.end + int(spec["window"])]) is not None


def _numbered_unit(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A Chinese numeral glued between a state group's short name and the head of its numbered bureau, metallurgy
    company or institute (中铁十六局, 中交二航局, 中国二十冶, 航天三院): the numeral is part of the subsidiary's
    name."""
    spec = cfg["numbered_unit"]
    before, after = s[max(0, core.start - 4):core.start], s[core.end:core.end + 2]
    if held(spec["china_before"]).search(before) is not None:  # 中国二十冶; not 中国一局 (mended, round 31)
        return held(spec["china_after"]).match(after) is not None
    return held(spec["before"]).search(before) is not None and held(spec["after"]).match(after) is not None


def _festival_name(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """A numeral glued right after 双 (双11, 双十一, “双十二”) names a shopping festival; 一双 is a pair."""
    prefix = match_words(s[max(0, core.start - 2):core.start][::-1], 0,
                         [w[::-1] for w in lex.cfg["festival_prefixes"]])
    if prefix is None:
        return False
    before = s[core.start - len(prefix) - 1] if core.start > len(prefix) else ""
    return not before or not (before.isdigit() or before in lex.numeral_chars)


def _festival_number(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A shopping festival named by its date's digits (天猫618, 京东618开卖, 618大促期间): before a festival word
    or glued after a name (not after a word that introduces a value: 为618, 达618), the bare number names the event,
    as “618” in quotes does."""
    spec = cfg["festival_numbers"]
    if s[core.start:core.end] not in spec["numbers"]:
        return False
    if match_words(s, skip_space(s, core.end), spec["followers"]):
        return True
    return (core.start > 0 and is_han(s[core.start - 1])
            and held(spec["value_before"]).search(s[max(0, core.start - 4):core.start]) is None)


def _holiday_numeral(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A holiday named by its date in Chinese numerals right before a holiday word (十一假期, 五一小长假): the unquoted
    form of “十一”; before a measure word or any other noun (十一个, 十一节车厢) it stays a number."""
    spec = cfg["holiday_numerals"]
    return (s[core.start:core.end] in spec["numbers"]
            and match_words(s, skip_space(s, core.end), spec["followers"]) is not None)


def _quoted_around(s: str, at: int, quotes: list[list[str]], limit: int) -> Iterator[str]:
    """The text inside each pair of quotes that opens at most ``limit`` characters before ``at`` and closes at most
    ``limit`` after it, with no closing quote between the opening one and ``at``."""
    for opener, closer in quotes:
        start = s.rfind(opener, max(0, at - limit), at + 1)
        end = s.find(closer, at, at + limit + 1)
        if start >= 0 and end >= 0 and closer not in s[start + 1:at]:
            yield s[start + 1:end]


def _quoted_number_name(s: str, at: int, cfg: dict) -> bool:
    """The number stands in a short quoted name of numbers joined by + or of digits alone (“1+N”, “5+2+4”, “618”)."""
    spec = cfg["quoted_number_names"]
    return any(held(spec["pattern"]).fullmatch(inner.strip())
               for inner in _quoted_around(s, at, spec["quotes"], int(spec["max_chars"])))


def _plus_joined_name(s: str, at: int, lex: Lexicon) -> bool:
    """The number at ``at`` is a member of digits joined by + right before a Han noun (2+26城市, round 46): the run
    names a group or a scheme, as the quoted “1+N” does. A sum before its result (1+1大于2) or before a measure word
    (2+3个) is left alone. The search is bounded to a window around ``at``."""
    spec = lex.cfg["plus_joined_name"]
    width = int(spec["window"])
    for found in held(spec["pattern"]).finditer(s, max(0, at - width), min(len(s), at + width)):
        if found.start() <= at < found.end():
            return not (held(spec["not_before"]).match(s, found.end())
                        or match_words(s, found.end(), lex.cfg["article_measure_words"]))
    return False


def _in_numeral_slogan(s: str, at: int, lex: Lexicon) -> bool:
    """The numeral stands in a short quoted slogan of two or more numerals, each with its word (“两新一重”,
    「五位一體」): the slogan names policy points, it counts nothing. A compound numeral is one numeral (“二十一连丰”
    holds one, 二十一, as “十九连丰” does: round 43 mend); a run of scales without a digit (万, 千万) is none."""
    spec = lex.cfg["numeral_slogans"]
    limit = int(spec["max_chars"])
    runs = f"[{re.escape(lex.numeral_chars)}]+"
    return any(0 < len(inner) <= limit and all(is_han(ch) for ch in inner)
               and sum(any(ch in lex.digits for ch in run) for run in held(runs).findall(inner)) >= 2
               for inner in _quoted_around(s, at, spec["quotes"], limit))


def _quoted_abbreviation(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """A numeral that opens a short quoted abbreviation with no measure word (“四上”企业, “三保”): the quotes
    mark a name of a set of groups or points, as “十四五” names a plan, so the numeral counts nothing written.
    A set named with 大 (“五大行”) keeps its number."""
    spec = lex.cfg["numeral_slogans"]
    size = int(spec["abbreviation_chars"])
    numeral = s[core.start:core.end]
    for inner in _quoted_around(s, core.start, spec["quotes"], size):
        rest = inner[len(numeral):]
        if (len(inner) == size and inner.startswith(numeral) and rest and all(is_han(ch) for ch in rest)
                and not any(ch in lex.numeral_chars for ch in rest)
                and not rest.startswith(tuple(spec["abbreviation_not_after"]))):
            return True
    return False


def _zero_prefix(s: str, core: NumeralCore, end: int, lex: Lexicon) -> bool:
    """A bare 零 glued to the word it negates (零就业家庭, 零关税): a condition named, no quantity of zero."""
    spec = lex.cfg["numeral_slogans"]["zero_prefix"]
    if s[core.start:end] != spec["numeral"] or end >= len(s) or not is_han(s[end]):
        return False
    if core.start > 0 and s[core.start - 1] in spec["not_after"]:
        return False  # 几乎为零, 降至零: the value zero
    return s[end] not in lex.numeral_chars and not s.startswith(tuple(spec["not_before"]), end)


def _one_for_each(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """一 in 一X一Y (一车一码, 一户一档, 一企一策): one for each, no count of X."""
    if s[core.start:core.end] != lex.cfg["article_numeral"]:
        return False
    pattern = lex.cfg["numeral_slogans"]["one_for_each"]
    return any(held(pattern).match(s[k:k + 8]) is not None for k in (core.start, core.start - 2) if k >= 0)


def _named_list_member(s: str, end: int, lex: Lexicon) -> bool:
    """A bare number followed by a joiner and a number with a name suffix (7、8号机组, 3至5号线): a member of a list of
    names, named by the suffix written once at its end."""
    k = skip_space(s, end)
    joiner = match_words(s, k, lex.cfg["name_list_joiners"]) if k < len(s) else None
    if joiner is None:
        return False
    k = skip_space(s, k + len(joiner))
    j = k
    while j < len(s) and (s[j].isdigit() or s[j] in lex.digits):
        j += 1
    return j > k and match_words(s, skip_space(s, j), lex.cfg["name_suffixes"]) is not None
