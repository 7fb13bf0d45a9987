"""The units are matched through only the alternatives that begin with the character at the position
(``numerals.Alternation``), not the whole expression of every unit. Each is compared with the whole expression it
replaced, and the unit look-up with the method it replaced, on random texts of unit surfaces, spaces and other
characters at every position and end, negative and past the end included (never a timed test)."""

from __future__ import annotations

import copy
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import numerals
from pipeline.extract.numerals import Alternation, lexicon, spaced_pattern
from pipeline.resources import clear_caches, load_yaml


@cache
def _old_expressions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two expressions as ``lexicon()`` compiled them before round 41."""
    lex = lexicon()
    ucfg = load_yaml("units.yaml")
    times = ucfg["times_compounds"]
    compounds = {(word + times["suffix"]).translate(lex.trans) for word in times["measure_words"]}
    plain_units = numerals.alternation(set(lex.units) - compounds)
    whole = re.compile("(?:" + "|".join(spaced_pattern(w) for w in sorted(compounds)) + "|" + plain_units + ")")
    return whole, re.compile("(?:" + plain_units + ")")


def _old_unit_match(s: str, pos: int, endpos: int | None) -> re.Match[str] | None:
    """``UnitPattern.match`` before round 41, over the whole expressions."""
    unit_re = lexicon().unit_re
    pattern, plain = _old_expressions()
    end = len(s) if endpos is None else endpos
    found = pattern.match(s, pos, end)
    if found is not None and found.group() in unit_re.aliases and numerals._starts_word(s, found.end() - 1):
        return plain.match(s, pos, found.end() - 1)
    if found is None or not found.group().endswith(unit_re.suffix):
        return found
    plain_found = plain.match(s, pos, end)
    if plain_found is not None and plain_found.end() == found.end():
        return found  # 人次, 架次: a measure word of its own
    return plain_found if numerals._starts_word(s, found.end() - len(unit_re.suffix)) else found


def _span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group())


def test_the_expressions_are_the_old_ones() -> None:
    pattern, plain = _old_expressions()
    assert lexicon().unit_re.pattern.regex.pattern == pattern.pattern
    assert lexicon().unit_re.plain.regex.pattern == plain.pattern


_UNITS = sorted(lexicon().units)
_OTHER = ["次", "品", "新股", "日", "点", "位", " ", "\u3000", "\t", "\n", "、", "5", "亿", "x", "A"]
_pieces = st.sampled_from(_UNITS) | st.sampled_from(_OTHER) | st.text(max_size=2)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    text = "".join(draw(st.lists(_pieces, max_size=8)))
    if draw(st.booleans()):  # a unit with spaces between its characters (PDF text)
        unit = draw(st.sampled_from(_UNITS))
        text += draw(st.sampled_from([" ", "\u3000", "  "])).join(unit)
    return text


@settings(max_examples=500, deadline=None)
@given(_texts(), st.integers(-3, 40), st.one_of(st.none(), st.integers(-3, 40)))
def test_unit_match_equals_the_whole_expression(s: str, pos: int, endpos: int | None) -> None:
    assert _span(lexicon().unit_re.match(s, pos, endpos)) == _span(_old_unit_match(s, pos, endpos))


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_unit_match_at_every_position(s: str) -> None:
    for pos in range(len(s) + 1):
        assert _span(lexicon().unit_re.match(s, pos)) == _span(_old_unit_match(s, pos, None))


_SMALL = "元万亿美个次 a"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_SMALL, max_size=4), max_size=6), st.text(alphabet=_SMALL, max_size=10),
       st.integers(-2, 12), st.integers(-2, 12))
def test_alternation_equals_its_regex(surfaces: list[str], s: str, pos: int, endpos: int) -> None:
    """Any list, empty surfaces, repeats and spaces included: the first alternative in order, as the regex."""
    alternation = Alternation(surfaces)
    assert _span(alternation.match(s, pos, endpos)) == _span(alternation.regex.match(s, pos, endpos))


# numerals.longest_first and the lexicon's unit expression with no times compounds, or no units at all

def test_longest_first_is_the_alternation_order() -> None:
    assert numerals.longest_first(["人", "人次", "个", "人"]) == ["人次", "个", "人"]
    assert numerals.alternation(["人", "人次"], spaced=False) == "人次|人"


def _lexicon_with(monkeypatch: pytest.MonkeyPatch, change) -> numerals.Lexicon:  # type: ignore[no-untyped-def]
    real = load_yaml

    def patched(name: str):  # type: ignore[no-untyped-def]
        data = real(name)
        return change(copy.deepcopy(data)) if name == "units.yaml" else data

    monkeypatch.setattr(numerals, "load_yaml", patched)
    numerals.lexicon.cache_clear()
    return numerals.lexicon()


def test_no_times_compound_is_no_empty_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    """units.yaml without times compounds: the units still read (an empty alternative, written before, matched the
    empty string before every unit)."""
    def no_compounds(units: dict) -> dict:  # type: ignore[type-arg]
        units["times_compounds"]["measure_words"] = []
        return units

    try:
        lex = _lexicon_with(monkeypatch, no_compounds)
        found = lex.unit_re.match("个企业")
        assert found is not None and found.group() == "个"
        assert lex.unit_re.match("企业") is None
    finally:
        monkeypatch.undo()
        clear_caches()
    assert numerals.lexicon().unit_re.match("辆次").group() == "辆次"


def test_no_units_at_all_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon with no unit to read is a fault of the rules, said so, not an empty alternative matching anywhere."""
    monkeypatch.setattr(numerals, "longest_first", lambda surfaces: [])
    numerals.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="no units to read"):
            numerals.lexicon()
    finally:
        monkeypatch.undo()
        clear_caches()
    assert numerals.lexicon().unit_re.match("个") is not None


def test_a_longer_unit_listed_first_wins_as_before() -> None:
    """Alternatives sharing a first character keep their order (the longest first): 万亿元 before 万."""
    alternation = Alternation(["百分点", "百分", "百", "元"])
    assert _span(alternation.match("3百分点", 1, 4)) == (1, 4, "百分点")
    assert _span(alternation.match("3百分点", 1, 3)) == (1, 3, "百分")
    assert alternation.match("3吨", 1, 2) is None
