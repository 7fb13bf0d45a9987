"""Searches asked again for each value of a sentence, answered once per sentence (round 34).

A value's rule checks ask whether a pattern occurs in its clause, or in the sentence before its clause. In a one-line
document of n values the clause (or the sentence before it) is read once per value: n²/2 characters. ``found_in``
keeps the answer for a clause, which the values of one clause share. ``found_before`` keeps, per sentence, the
least end a match can have (read once, by halving), so that a prefix of any length is answered by a comparison; it
holds only for patterns that no text after a match can unmake (no ``$``, ``\\b``, lookahead or atomic part, proved
from the parse tree), and any other pattern is searched in full as before."""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found]
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from functools import lru_cache

from pipeline.resources import cleared_with_resources

# the anchors a match can hold whatever follows it (they read only the text before their position)
_PREFIX_ANCHORS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BEGINNING_LINE)


@cleared_with_resources
@lru_cache(maxsize=1024)
def found_in(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether ``pattern.search(text, pos, endpos)`` finds a match: kept for the values of one clause."""
    return pattern.search(text, pos, endpos) is not None


def found_before(pattern: re.Pattern[str], text: str, endpos: int) -> bool:
    """Whether ``pattern.search(text, 0, endpos)`` finds a match, read from the least end a match of ``pattern`` in
    ``text`` can have (a search of the whole prefix when the pattern is not ``prefix_safe``)."""
    if not prefix_safe(pattern):
        return pattern.search(text, 0, endpos) is not None
    least = least_match_end(pattern, text)
    return least is not None and least <= max(0, min(endpos, len(text)))


@cleared_with_resources
@lru_cache(maxsize=256)
def least_match_end(pattern: re.Pattern[str], text: str) -> int | None:
    """The least ``e`` for which ``pattern.search(text, 0, e)`` finds a match (None when the whole text holds none).
    For a ``prefix_safe`` pattern a match in ``text[:e]`` stays one in any longer prefix, so the answer is monotone
    in ``e`` and halving finds that least end: O(n log n) once per sentence instead of O(n) per value."""
    found = pattern.search(text)
    if found is None:
        return None
    low, high = 0, found.end()  # (a match ends by ``high``; none exists in ``text[:low - 1]``, vacuously at 0)
    while low < high:
        middle = (low + high) // 2
        if pattern.search(text, 0, middle) is None:
            low = middle + 1
        else:
            high = middle
    return high


@lru_cache(maxsize=512)
def prefix_safe(pattern: re.Pattern[str]) -> bool:
    """Whether a match of ``pattern`` within a text's first ``e`` characters is still one within any longer prefix:
    every node reads only the characters it consumes and those before them (no ``$``, word boundary, lookahead,
    atomic group or possessive repeat, whose outcome can change when more text follows; no group reference)."""
    return _parse_safe(pattern, reads_before=True)


@lru_cache(maxsize=512)
def piece_safe(pattern: re.Pattern[str]) -> bool:
    """Whether a match of ``pattern`` in any piece of a text (``text[a:b]`` searched as a string of its own) is one
    in the whole text, so that a text the pattern finds nothing in has no piece it finds anything in (round 39): every
    node reads only the characters it consumes (no anchor of any kind, no lookaround, atomic group, possessive
    repeat or group reference)."""
    return _parse_safe(pattern, reads_before=False)


def _parse_safe(pattern: re.Pattern[str], reads_before: bool) -> bool:
    """Whether every node of ``pattern`` reads only what it consumes and, when ``reads_before``, what stands before
    it (prefix anchors, lookbehinds); a bytes pattern or one the private parser refuses counts as unsafe."""
    if not isinstance(pattern.pattern, str):
        return False
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # (a private parser: any surprise keeps the full search)
        return False
    return _items_safe(list(tree), reads_before)


def _items_safe(items: list, reads_before: bool = True) -> bool:  # type: ignore[type-arg]
    """Every parsed item of a sequence is ``_item_safe``."""
    return all(_item_safe(op, av, reads_before) for op, av in items)


def _item_safe(op: object, av: object, reads_before: bool = True) -> bool:
    """One parsed node reads nothing after what it consumes (an unknown node counts as reading it); ``reads_before``
    False: nothing before it either (no anchor, no lookbehind)."""
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
        return True
    if op == sre.AT:
        return reads_before and av in _PREFIX_ANCHORS
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, body = av  # type: ignore[misc]
        # (a lookbehind reads only what stands before)
        return reads_before and direction < 0 and _items_safe(list(body))
    if op == sre.SUBPATTERN:
        return _items_safe(list(av[-1]), reads_before)  # type: ignore[index]
    if op == sre.BRANCH:
        return all(_items_safe(list(branch), reads_before) for branch in av[1])  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _items_safe(list(av[2]), reads_before)  # type: ignore[index]
    return False


def found_none_before(pattern: re.Pattern[str], text: str, endpos: int) -> bool:
    """(round 41) True only when ``pattern.search(text, 0, endpos)`` finds nothing, read from the least match end of
    `relaxed` (``pattern`` itself when it is ``prefix_safe``); False when a match may exist. A pattern with a lookahead
    (要(?![求素]), 会在, …$) is no ``prefix_safe`` one, so `found_before` would search its prefix in full each time;
    its relaxed form is, and finds a match wherever it does, so a prefix the relaxed form finds nothing in holds no
    match of ``pattern``. (A match of the relaxed form only may leave one of ``pattern`` or none: False, ask in full.)
    A pattern that cannot be relaxed is searched in full."""
    loose = relaxed(pattern)
    if loose is None:
        return pattern.search(text, 0, endpos) is None
    least = least_match_end(loose, text)  # (``loose`` is prefix-safe by its making: its parse tree was checked)
    return least is None or least > max(0, min(endpos, len(text)))


@lru_cache(maxsize=512)
def relaxed(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with every lookahead and every anchor that reads past its position (``$``, ``\\b``, ``\\B``, ``\\Z``)
    dropped, when what is left is ``prefix_safe`` (``pattern`` itself when it already is); None otherwise (an atomic
    group, a possessive repeat, a group reference, a lookbehind reading past its own characters, a bytes pattern).
    Each dropped node only adds a condition to a match and consumes nothing, so wherever ``pattern`` matches a text,
    the relaxed pattern matches the same characters: it finds a match in every text ``pattern`` finds one in.
    Lookbehinds are kept whole (dropping a node inside a negative one would make it stricter)."""
    if prefix_safe(pattern):
        return pattern
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        items = _relaxed_items(tree.state, list(tree))
        if items is None or not _items_safe(items):
            return None
        return sre_compile.compile(sre_parse.SubPattern(tree.state, items), pattern.flags)
    except Exception:  # (a private parser and compiler: any surprise keeps the full search)
        return None


def _relaxed_items(state: object, items: list) -> list | None:  # type: ignore[type-arg]
    """The parsed items with lookaheads and anchors past the position dropped, recursively (not inside lookbehinds);
    None for a node that cannot be relaxed so."""
    out = []
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            if av[0] > 0:  # (a lookahead: dropped)
                continue
            out.append((op, av))  # (a lookbehind, whole: `_items_safe` checks it)
        elif op == sre.AT:
            if av in _PREFIX_ANCHORS:
                out.append((op, av))
        elif op == sre.SUBPATTERN:
            body = _relaxed_items(state, list(av[-1]))
            if body is None:
                return None
            out.append((op, (*av[:-1], sre_parse.SubPattern(state, body))))
        elif op == sre.BRANCH:
            branches = [_relaxed_items(state, list(branch)) for branch in av[1]]
            if any(branch is None for branch in branches):
                return None
            out.append((op, (av[0], [sre_parse.SubPattern(state, branch) for branch in branches])))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            body = _relaxed_items(state, list(av[2]))
            if body is None:
                return None
            out.append((op, (av[0], av[1], sre_parse.SubPattern(state, body))))
        else:
            out.append((op, av))  # (literals and sets kept; anything else `_items_safe` refuses)
    return out
