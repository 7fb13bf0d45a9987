"""Unit helpers the exclusion rules and the number engine both ask: an English or a Latin letter scale after
digits (million, 40k), a change abbreviation before them (yoy), a unit read after a change word (下行4BP) and a
dividend scheme's share unit (10派3元). Moved out of ``number_exclusions``; the engine imports them from there."""

from __future__ import annotations

import re
import threading
from typing import Any

from pipeline.chars import is_latin_letter
from pipeline.extract.numerals import Lexicon, skip_space
from pipeline.resources import held


def english_scale_at(s: str, pos: int, lex: Lexicon) -> int | None:
    """End of an English scale word (million, billion) at ``pos`` that no letter follows, else None."""
    k = skip_space(s, pos)
    for word in lex.cfg["english_scales"]:
        end = k + len(word)
        if s[k:end].lower() == word and not (end < len(s) and s[end].isascii() and s[end].isalpha()):
            return end
    return None


def letter_scale_at(s: str, k: int, lex: Lexicon, start: int) -> bool:
    """A Latin letter scale at ``k`` (40k, 3w, 15W) that no other letter follows, after the numeral at ``start``; a
    strict one (w/W, which is also the watt) only outside a clause about power and before what ends an amount: a
    clause end, a space, a plus, a Chinese scale or a unit."""
    n = len(s)
    if k >= n or s[k] not in lex.letter_scales:
        return False
    nxt = s[k + 1] if k + 1 < n else ""
    if nxt.isascii() and nxt.isalpha() and nxt not in lex.cfg["letter_scale_measure_words"]:
        return False
    if (held(lex.cfg["letter_scale_tenor_after"]).match(s[k + 1:k + 12])
            or held(lex.cfg["letter_scale_tenor_before"]).search(s[max(0, start - 16):start])
            or held(lex.cfg["letter_scale_tenor_quote"]).match(s[k + 1:k + 20])
            or held(lex.cfg["letter_scale_tier_after"]).match(s[k + 1:k + 12])):
        # 6M Shibor, 6M-同业拆借利率 (round 21), （Shibor）3M, 3M报1.95% (round 22): a tenor; 100M宽带: a tier
        return False
    if s[k] not in lex.cfg["strict_letter_scales"]:
        last = _list_last_member(s, k, lex)
        if last != k:  # 4K/8K超高清: the list's members are read as its last one is (round 31)
            return letter_scale_at(s, last, lex, last - 1)
        return held(lex.cfg["letter_scale_display_after"]).match(s[k + 1:k + 12]) is None
    if held(lex.cfg["watt_context"]).search(s[max(0, start - 12):start]) or held(lex.cfg["watt_context_after"]).match(
                                                                                 s[k + 1:k + 3]):
        return False
    if not nxt or nxt in lex.big or not nxt.isalnum():
        return True
    m = lex.unit_re.match(s, k + 1)
    return m is not None and held(r"\s").sub("", m.group(0)) in lex.units


_LIST_WALK = threading.local()  # per thread: the text whose lists were walked, and each member's list end


def _list_last_member(s: str, k: int, lex: Lexicon) -> int:
    """The letter of the last member of the slash or 、 list of letter-scaled numbers whose member's letter is at
    ``k`` (``k`` itself when no member follows). A loop, and each list is walked once per text: the verdict of every
    member it passed is remembered (a line of 1500 members stays linear)."""
    if getattr(_LIST_WALK, "text", None) is not s:  # (a thread's own memo: a library user's threads share none)
        _LIST_WALK.text, _LIST_WALK.last = s, {}
    known: dict[int, int] = _LIST_WALK.last
    passed = []
    pattern = lex.cfg["letter_scale_list_member"] + re.escape(s[k])
    while k not in known:
        member = held(pattern).match(s[k + 1:k + 8])
        if member is None:
            break
        passed.append(k)
        k += member.end()
    last = known.get(k, k)
    for p in passed:
        known[p] = last
    return last


def after_change_abbreviation(s: str, pos: int, lex: Lexicon) -> bool:
    """A Latin abbreviation of a change (yoy, QoQ: ``change_abbreviations``) ends at ``pos``, no letter before it."""
    for word in lex.cfg["change_abbreviations"]:
        begin = pos - len(word)
        if begin >= 0 and s[begin:pos].lower() == word and not (begin and is_latin_letter(s[begin - 1])):
            return True
    return False


def change_led_unit(s: str, pos: int, start: int, cfg: dict[str, Any]) -> tuple[int, str] | None:
    """(end, surface) of a unit read only after a change word (下行4BP, 收窄12BP: an upper-case BP names a company
    elsewhere, 2022BP世界能源展望), when no letter runs on after it."""
    spec = cfg["change_led_units"]
    between = spec.get("measure_between")
    if between and s.startswith(between, pos):
        pos += len(between)  # 上行4.5个BP: the measure word before the unit, as in 个基点
    surface = next((u for u in spec["surfaces"] if s.startswith(u, pos)), None)
    if surface is None:
        return None
    end = pos + len(surface)
    if end < len(s) and s[end].isascii() and s[end].isalnum():
        return None
    if held(spec["change_before"]).search(s[max(0, start - 6):start]) is None:
        return None
    return end, surface


def share_scheme_unit(s: str, start: int, end: int, cfg: dict[str, Any]) -> str | None:
    """The unit of a bare numeral in a dividend scheme's shorthand (10派3元, 10转4派2元: shares, ``share_scheme``):
    the base before a scheme verb and a numeral, or a count after 送/转 inside the scheme."""
    spec = cfg["share_scheme"]
    if held(spec["after"]).match(s[end:end + 4]) or held(spec["before"]).search(s[max(0, start - 16):start]):
        return str(spec["unit"])
    return None


def _latin_unit_at(s: str, pos: int, lex: Lexicon) -> bool:
    """A Latin unit at ``pos`` that no Latin letter goes on from, or a multiple before a ratio (28.1xP/E): one
    expression for all of them (backtracking tries each unit until one fits)."""
    return lex.latin_unit_re is not None and lex.latin_unit_re.match(s, pos) is not None
