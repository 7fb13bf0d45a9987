"""The shape of a pattern that backtracks polynomially on a run of spaces, read from its parse tree (no timing).

Two unbounded runs that both take a space, with only items that may match nothing between them (an optional group,
an optional character, an anchor: ``\\s*(?:左右)?\\s*``, ``\\s*的?\\s*``), split a failing run of n spaces in ~n ways;
k such runs in a row try ~n^k splits. One run per optional group (``\\s*(?:(?:左右)\\s*)?``) matches the same texts
and tries each split once."""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT)  # backtracking repeats (a possessive one gives nothing back)
_ALL_REPEATS = (*_REPEATS, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


def _takes_a_space(op: object, av: object) -> bool:
    if op is c.ANY:
        return True
    if op is c.LITERAL:
        return av == ord(" ")
    if op is c.NOT_LITERAL:
        return av != ord(" ")
    if op is c.IN:
        hit, negate = False, False
        for item_op, item_av in av:  # type: ignore[attr-defined]
            if item_op is c.NEGATE:
                negate = True
            elif item_op is c.CATEGORY:
                hit |= item_av is c.CATEGORY_SPACE or item_av is c.CATEGORY_NOT_DIGIT or item_av is c.CATEGORY_NOT_WORD
            elif item_op is c.LITERAL:
                hit |= item_av == ord(" ")
            elif item_op is c.RANGE:
                hit |= item_av[0] <= ord(" ") <= item_av[1]
        return hit != negate
    return False


def _space_run(op: object, av: object) -> bool:
    """An unbounded, backtracking repeat of one item that takes a space (``\\s*``, ``\\s+``, ``.*``, ``[^，]+``)."""
    if op not in _REPEATS or av[1] != c.MAXREPEAT:  # type: ignore[index]
        return False
    sub = list(av[2])  # type: ignore[index]
    return len(sub) == 1 and _takes_a_space(*sub[0])


def _inner(op: object, av: object) -> list[list]:
    if op is c.SUBPATTERN:
        return [list(av[-1])]  # type: ignore[index]
    if op in _ALL_REPEATS:
        return [list(av[2])]  # type: ignore[index]
    if op is c.BRANCH:
        return [list(alt) for alt in av[1]]  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return [list(av)]  # type: ignore[arg-type]
    return []


def _nullable(op: object, av: object) -> bool:
    if op in _ZERO_WIDTH:
        return True
    if op in _ALL_REPEATS:
        return av[0] == 0 or all(_nullable(*item) for item in av[2])  # type: ignore[index]
    if op is c.SUBPATTERN:
        return all(_nullable(*item) for item in av[-1])  # type: ignore[index]
    if op is c.BRANCH:
        return any(all(_nullable(*item) for item in alt) for alt in av[1])  # type: ignore[index]
    return False


def _run_first(items: list) -> bool:
    """A space run can start ``items`` after nothing but items that may match nothing."""
    for op, av in items:
        if _space_run(op, av) or any(_run_first(seq) for seq in _inner(op, av)):
            return True
        if not _nullable(op, av):
            return False
    return False


def _adjacent(items: list, follow: list) -> list[str]:
    found = []
    for i, (op, av) in enumerate(items):
        rest = list(items[i + 1:]) + follow
        if _space_run(op, av) and _run_first(rest):
            found.append(f"item {i} ({op} {av}) before {rest[:3]}")
        for seq in _inner(op, av):
            found.extend(_adjacent(seq, rest))
    return found


def adjacent_space_runs(pattern: re.Pattern[str] | str) -> list[str]:
    """The space runs of ``pattern`` that another space run can follow with only optional items between (none:
    a failing match on a space run is linear in it)."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    return _adjacent(list(_parser.parse(source, flags)), [])
