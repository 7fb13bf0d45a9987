"""``search_at_end``: a search for a pattern anchored at the end of its text (…\\s*$) that reads only the text's tail.

A clause's text before a value is searched once per value; in a one-line list of n values that reads n²/2 characters
(round 33). When every match of a pattern ends at the text's end (``$`` ends its top level) and holds at most K
characters that are not whitespace (a width read from the pattern's parse tree, each run of whitespace counted as
nothing), no match starts before the tail that holds K + 1 of them: searching from there finds the same match.
Lookarounds read outside the window as before (a search's ``pos`` hides nothing from them) and ``^`` still matches
only at the text's real start. A pattern the width cannot be read for is searched in full. ``end_anchored_bound``
(round 34) reads such a width for patterns with unbounded repeats too, counting the characters those repeats can
consume as free, like whitespace."""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found]
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from functools import lru_cache

_SPACE = re.compile(r"\s")  # (the whitespace a width counts as nothing, as the tail's count does)


def search_at_end(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, from where the tail before ``endpos`` that can hold a match begins (from
    ``pos`` when unknown). (With ``endpos`` the text reads as cut there, ``$`` included, as the search's own does.)"""
    end = len(text) if endpos is None else max(0, min(endpos, len(text)))
    bound = end_anchored_bound(pattern)
    begin = max(pos, _tail_start(text, bound[0], pos, end, bound[1])) if bound is not None else pos
    return pattern.search(text, begin, end)


def _tail_start(text: str, width: int, pos: int, end: int, free: re.Pattern[str] = _SPACE) -> int:
    """Where the shortest tail of ``text[pos:end]`` holding ``width`` + 1 characters that ``free`` does not match
    begins (``pos`` when it holds fewer): a match of at most ``width`` of them that ends at ``end`` cannot start
    before it."""
    begin, needed = end, width + 1
    while needed > 0 and begin > pos:
        step = max(pos, begin - needed)
        needed -= len(free.sub("", text[step:begin]))  # (at most ``needed`` of them: no overshoot)
        begin = step
    return begin if needed <= 0 else pos


@lru_cache(maxsize=512)
def end_anchored_bound(pattern: re.Pattern[str]) -> tuple[int, re.Pattern[str]] | None:
    """(round 34) ``end_anchored_width`` for patterns with unbounded repeats too (…[0-9]+\\s*[:：]\\s*$, a list's
    (?:[0-9.]+\\s*[、，和])*$): the most characters a match holds that a ``free`` pattern does not match, ``free``
    matching whitespace and every character an unbounded repeat can consume (so such a repeat counts as nothing);
    None when not anchored so or unknown. A match then holds at most that many characters outside ``free``, and the
    tail holding one more of them bounds where it can start, as the width does for whitespace. None for an ASCII
    pattern, whose ``\\s`` is narrower than the Unicode whitespace a tail counts as free."""
    if pattern.flags & re.ASCII:
        return None
    width = end_anchored_width(pattern)
    if width is not None:
        return width, _SPACE
    if pattern.flags & (re.MULTILINE | re.VERBOSE):
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # (a private parser: any surprise falls back to the full search)
        return None
    items, leaves = list(tree), []  # type: ignore[var-annotated]
    if not _ends_at_end(items) or (width := _free_width(items, leaves)) is None:
        return None
    branches = [sre_parse.SubPattern(tree.state, [leaf]) for leaf in leaves]
    space = sre_parse.parse(r"\s", pattern.flags)
    free = sre_parse.SubPattern(tree.state, [(sre.BRANCH, (None, [*branches, space]))])
    return width, sre_compile.compile(free, pattern.flags)


def _free_width(items: list, leaves: list) -> int | None:  # type: ignore[type-arg]
    """``_width`` with each unbounded repeat counted as nothing, the character nodes it consumes added to
    ``leaves``; None when unknown (as ``_width``), or for a repeat whose characters cannot be read alone (a scoped
    flag inside it, a group reference)."""
    total = 0
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] == sre.MAXREPEAT:
            if not _collect_leaves(list(av[2]), leaves):
                return None
            continue
        if op == sre.SUBPATTERN and not av[1] and not av[2]:
            one = _free_width(list(av[-1]), leaves)
        elif op == sre.BRANCH:
            widths = [_free_width(list(branch), leaves) for branch in av[1]]
            one = None if any(w is None for w in widths) else max(widths)  # type: ignore[type-var]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            each = _free_width(list(av[2]), leaves)
            one = None if each is None else av[1] * each
        else:
            one = _item_width(op, av)
        if one is None:
            return None
        total += one
    return total


def _collect_leaves(items: list, leaves: list) -> bool:  # type: ignore[type-arg]
    """Add the character nodes a repeat's body consumes to ``leaves`` (lookarounds and anchors consume none); False
    for a node whose characters cannot be read alone."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            leaves.append((op, av))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op == sre.SUBPATTERN and not av[1] and not av[2]:
            if not _collect_leaves(list(av[-1]), leaves):
                return False
        elif op == sre.BRANCH:
            if not all(_collect_leaves(list(branch), leaves) for branch in av[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _collect_leaves(list(av[2]), leaves):
                return False
        else:
            return False
    return True


@lru_cache(maxsize=512)
def end_anchored_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters that are not whitespace a match of ``pattern`` holds, when its top level ends in ``$``
    (every match ends at the text's end, or before a final newline, which is whitespace); None when unbounded or not
    anchored so."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.MULTILINE | re.VERBOSE):
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # (a private parser: any surprise falls back to the full search)
        return None
    items = list(tree)
    return _width(items) if _ends_at_end(items) else None


def _ends_at_end(items: list) -> bool:  # type: ignore[type-arg]
    """A sequence of parsed items that matches only up to a ``$``: it ends in one, or in a group or an alternation
    each of whose branches does (…$|存栏$|存欄$)."""
    if not items:
        return False
    op, av = items[-1]
    if op == sre.AT:
        return av == sre.AT_END
    if op == sre.SUBPATTERN:  # (not a scoped (?m:…$): its $ ends any line; second review)
        return not av[1] & sre.SRE_FLAG_MULTILINE and _ends_at_end(list(av[-1]))
    if op == sre.BRANCH:
        return all(_ends_at_end(list(branch)) for branch in av[1])
    return False


def _width(items: list) -> int | None:  # type: ignore[type-arg]
    """The most non-whitespace characters a sequence of parsed items consumes; None when unbounded or unknown."""
    total = 0
    for item in items:
        one = _item_width(*item)
        if one is None:
            return None
        total += one
    return total


def _item_width(op: object, av: object) -> int | None:
    """The most non-whitespace characters one parsed node consumes (0 for a node that can match only whitespace)."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return 0  # (anchors and lookarounds consume nothing)
    if op == sre.LITERAL:
        return 0 if _SPACE.fullmatch(chr(av)) else 1  # type: ignore[arg-type]
    if op in (sre.NOT_LITERAL, sre.ANY):
        return 1
    if op == sre.IN:
        return 0 if all(_only_space(*entry) for entry in av) else 1  # type: ignore[attr-defined]
    if op == sre.SUBPATTERN:
        return _width(list(av[-1]))  # type: ignore[index]
    if op == sre.ATOMIC_GROUP:
        return _width(list(av))  # type: ignore[arg-type]
    if op == sre.BRANCH:
        widths = [_width(list(branch)) for branch in av[1]]  # type: ignore[index]
        return None if any(w is None for w in widths) else max(widths)  # type: ignore[type-var]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        _, most, body = av  # type: ignore[misc]
        each = _width(list(body))
        if each is None:
            return None
        if each == 0:
            return 0  # (a run of whitespace, however long: counted as nothing)
        return None if most == sre.MAXREPEAT else most * each
    return None  # (a group reference, a conditional, a bare category: unknown, so the full search)


def _only_space(op: object, av: object) -> bool:
    """A character class entry that matches only whitespace (``\\s``, a space or a tab)."""
    if op == sre.CATEGORY:
        return av == sre.CATEGORY_SPACE
    return op == sre.LITERAL and bool(_SPACE.fullmatch(chr(av)))  # type: ignore[arg-type]
