"""Shorter later mentions of a name given in full earlier: its core names, in-order abbreviations of it, and
the body a short form names inside a longer name (split from ``names``, round 50)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.organizations.base import (
    CJK,
    LEXICON,
    Candidate,
    resources,
)
from pipeline.resources import cached


def is_subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _core_names(full: str) -> set[str]:
    """full without a leading place and/or a trailing legal form (浙江网商银行股份有限公司 → 网商银行)."""
    res = resources()
    names = {full}
    for suffix in res.rules["legal_suffixes"]:
        if full.endswith(suffix) and len(full) > len(suffix) + 1:
            names.add(full[: -len(suffix)])
            break
    for name in list(names):
        for place in res.places:
            if name.startswith(place) and len(name) > len(place) + 1:
                rest = name[len(place) :]
                rest = rest[1:] if rest[:1] and rest[0] in res.rules["admin_suffix_chars"] else rest
                names.add(rest)
    return names


def short_of(short: str, full: str) -> bool:
    """Whether short is a later short form of full: a core name of it, or an in-order
    abbreviation that keeps its first or last character (宁夏卫健委 ← 宁夏回族自治区卫生健康委员会)."""
    if len(short) < 2 or len(short) >= len(full) or not CJK.search(short):
        return False
    if short in _core_names(full):
        return True
    if _skips_lower_place(short, full):
        return False  # 北京市疾控中心 after 北京市朝阳区疾控中心: the city's own centre
    if is_subsequence(short, full) and _lexicon_prefix(short) not in (None, _lexicon_prefix(full)):
        return False  # 中国银行广东省分行 opens with another body than 中国人民银行广东省分行
    return is_subsequence(short, full) and (short[0] == full[0] or short[-1] == full[-1]) and len(short) >= 3


@cached
def _places_longest_first() -> tuple[str, ...]:
    return tuple(sorted(resources().places, key=len, reverse=True))


def _skips_lower_place(short: str, full: str) -> bool:
    """Whether ``short`` opens with a place and its level (北京市, 浙江省) that ``full`` opens with too, and ``full``
    goes on from there to a place of a lower level (朝阳区, 杭州市: ``lower_level_place``) that ``short`` leaves out:
    the short form names the higher place's own body (北京市疾控中心 is no short form of 北京市朝阳区疾控中心)."""
    res = resources()
    levels = res.rules["admin_suffix_chars"]
    place = next((p for p in _places_longest_first() if short.startswith(p) and short[len(p):len(p) + 1] in levels
                  and short[len(p):len(p) + 1]), None)
    if place is None:
        return False
    k = len(place) + 1
    if not full.startswith(short[:k]):
        return False
    lower = re.match(res.rules["lower_level_place"], full[k:])
    return lower is not None and not short[k:].startswith(lower.group())


def _named_part(short: str, full: str) -> str:
    """The body a short form names in a longer name: the name up to the head the short form ends with, where a unit
    follows it (中科院预测科学中心 names 中国科学院预测科学研究中心 of …研究中心宏观经济部), else the whole.
    Each head the short form ends with is tried, longest first (科学中心, then 中心 for …研究中心), a shorter
    one of two characters or more only."""
    res = resources()
    if short[-1] == full[-1] or short in _core_names(full):  # (网商银行 of 浙江网商银行股份有限公司)
        return full
    ends = [h for h, _ in res.heads if short.endswith(h)]  # longest first: 科学中心, else 中心 (…研究中心)
    for head in ends[:1] + [h for h in ends[1:] if len(h) >= 2]:  # (宁夏卫健委: no 委 of …卫生健康委员会)
        k = full.find(head)
        while k >= 0:
            end = k + len(head)
            if is_subsequence(short, full[:end]) and full[end:] not in res.rules["legal_suffixes"]:
                return full[:end]
            k = full.find(head, k + 1)
    return full


def _lexicon_prefix(name: str) -> str | None:
    """The canonical name of the longest lexicon name ``name`` opens with, if any."""
    aliases = resources().aliases
    for length in range(min(len(name), 12), 1, -1):
        entry = aliases.get(name[:length])
        if entry is not None:
            return entry.canonical
    return None


def later_short_mentions(ms: list[Candidate], text: str) -> list[Candidate]:
    """A shorter later mention of a name given in full earlier maps to the full name (when only
    one earlier name fits); lexicon names keep their own canonical name.

    Each mention is tested against the earlier names that hold every one of its characters only
    (:class:`_NamesByCharacter`; round 41): a short form is a subsequence of its full name (:func:`short_of`), so
    no other name can fit. Testing every distinct earlier name made a long document's cost mentions × names (the
    1 MB one-line file: 11,695 tests, 3.9 s of a profile)."""
    res = resources()
    out: list[Candidate] = []
    names = _NamesByCharacter()  # distinct earlier names: far fewer than mentions
    for c in ms:
        surface = text[c.start : c.end]
        if c.source != LEXICON and surface not in res.aliases and surface == c.canonical:
            fits = {name for name in names.holding(surface) if short_of(surface, name[0])}
            if len(fits) == 1:
                canonical, typ = fits.pop()
                part = _named_part(surface, canonical)
                c = replace(c, canonical=part, type=typ if part == canonical else c.type)
        out.append(c)
        names.add((c.canonical, c.type))
    return out


class _NamesByCharacter:
    """Distinct (canonical, type) names, indexed by the characters of the canonical name: :meth:`holding` gives the
    names that hold every character of a short form, the only ones it can be a subsequence of. :func:`short_of`
    holds only for a subsequence (a core name of :func:`_core_names` is a piece of the full name, and the
    abbreviation test asks for a subsequence), so the fits found among them are all the fits."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()
        self._by_char: dict[str, list[tuple[str, str]]] = {}

    def add(self, name: tuple[str, str]) -> None:
        if name not in self._seen:
            self._seen.add(name)
            for ch in set(name[0]):
                self._by_char.setdefault(ch, []).append(name)

    def holding(self, short: str) -> list[tuple[str, str]]:
        """The names that hold every character of ``short`` (none for an empty ``short``), from the shortest list of
        names of one of its characters."""
        lists = [self._by_char.get(ch, []) for ch in set(short)]
        if not lists:
            return []
        fewest = min(lists, key=len)
        chars = set(short)
        return [name for name in fewest if chars.issubset(name[0])]
