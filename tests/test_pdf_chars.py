"""``pdf_objects.chars_of_glyphs`` (a page's characters with the axis test and the LTChar written out) makes
the characters the former loop made through ``_axis_upright`` and ``_lt_char`` (kept here as the reference, mend):
the same attributes, in the same order, with the same values (a float's bits included), and the same chains of
forms, on random glyphs (hypothesis: upright, turned, mirrored and slanted matrices, runs of one text object on one
baseline, advances shorter and longer than the box) and on every page of the dev and full reports.
"""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.layout import LTChar, LTComponent

from pipeline.readers.pdf_objects import _AXIS_TOLERANCE, Matrix, _glyphs, _walk_objects, chars_of_glyphs
from tests.test_pdf_bulk import REPORTS, _pages


def _axis_upright(m: Matrix) -> bool:
    """Round 41's axis test (``chars_of_glyphs`` writes it out)."""
    a, b, c, d = m[:4]
    scale = max(abs(a), abs(d), 1e-9)
    return a > 0 and d > 0 and abs(b) <= _AXIS_TOLERANCE * scale and abs(c) <= _AXIS_TOLERANCE * scale


def _lt_char(text: str, bbox: tuple[float, float, float, float], m: Matrix) -> LTChar:
    """Round 41's LTChar as pdfminer's converter makes it (its constructor needs pdfminer's font object)."""
    char: LTChar = LTChar.__new__(LTChar)
    LTComponent.__init__(char, bbox)
    char._text = text
    char.matrix = m
    char.fontname = ""
    char.ncs = None
    char.graphicstate = None
    a, b, c, d = m[:4]
    char.upright = a * d > 0 and b * c <= 0
    char.adv = char.width
    char.size = char.height
    char.mcid = None
    char.tag = None
    return char


def _round41_chars(glyphs: list[Any], origin: tuple[float, float], forms: dict[Any, Any]) -> list[Any]:
    """Round 41's ``_chars`` after ``_glyphs``, as it was."""
    chars = []
    left, bottom = origin
    for k, (text, box, m, font_size, obj, at) in enumerate(glyphs):
        x0, y0, x1, y1 = box[0] - left, box[1] - bottom, box[2] - left, box[3] - bottom
        if _axis_upright(m):
            y1 = y0 + font_size * abs(m[3])
            following = glyphs[k + 1] if k + 1 < len(glyphs) else None
            if following is not None and following[4] == obj and following[5][1] == at[1]:
                advance = following[5][0] - at[0]
                if 0 < advance < x1 - x0:
                    x1 = x0 + advance
        chars.append((_lt_char(text, (x0, y0, x1, y1), m), forms.get(obj, ())))
    return chars


def _bits(value: Any) -> Any:
    """A value with each float as its bits (so -0.0 differs from 0.0 and a NaN equals itself)."""
    if isinstance(value, float):
        return ("float", struct.pack("<d", value))
    if isinstance(value, tuple):
        return tuple(_bits(v) for v in value)
    return (type(value).__name__, value)


def _described(chars: list[tuple[LTChar, Any]]) -> list[Any]:
    return [(type(char), [(name, _bits(v)) for name, v in vars(char).items()], chain) for char, chain in chars]


_number = st.one_of(st.integers(-3, 12).map(float), st.sampled_from([-0.0, 0.5, 1e-9, 12.25]),
                    st.floats(-50, 50, allow_nan=False), st.floats(allow_nan=True, allow_infinity=True))
_small = st.one_of(st.integers(-3, 12).map(float), st.sampled_from([-0.0, 0.5, 2.5]))  # boxes and origins that meet
_tilt = st.sampled_from([0.0, -0.0, 1e-6, -1e-6, 2e-6, 1e-8, 1e-5, 0.5])  # around the axis test's tolerance (1e-6)
_matrix = st.one_of(
    st.tuples(st.sampled_from([1.0, 10.0, 0.5]), _tilt, _tilt, st.sampled_from([1.0, 10.0, -1.0, 0.5]), _small,
              _small),
    st.tuples(_number, _number, _number, _number, _number, _number))
_glyph = st.tuples(st.sampled_from(["字", "a", " ", "\ufffd", "😀"]), st.tuples(_small, _small, _small, _small),
                   _matrix, st.one_of(_small, _number), st.sampled_from(["o1", "o2", "o3"]),
                   st.tuples(_small, st.sampled_from([0.0, 1.0, 2.5])))


@settings(max_examples=400, deadline=None)
@given(st.lists(_glyph, max_size=25), st.tuples(st.sampled_from([0.0, -3.5, 12.25]), st.sampled_from([0.0, 1.0])))
def test_chars_match_the_reference_loop_on_random_glyphs(glyphs: list[Any], origin: tuple[float, float]) -> None:
    forms = {"o2": ("f1",), "o3": ("f1", "f2")}
    assert _described(chars_of_glyphs(glyphs, origin, forms)) == _described(_round41_chars(glyphs, origin, forms))


def test_a_run_on_one_baseline_ends_at_the_next_glyphs_origin() -> None:
    m = (10.0, 0.0, 0.0, 10.0, 0.0, 0.0)
    glyphs = [("a", (0.0, 0.0, 9.0, 8.0), m, 1.0, "o", (0.0, 0.0)),
              ("b", (6.0, 0.0, 12.0, 8.0), m, 1.0, "o", (6.0, 0.0))]
    (first, _), (second, _) = chars_of_glyphs(glyphs, (0.0, 0.0), {})
    assert (first.x1, first.y1, first.adv, first.size) == (6.0, 10.0, 6.0, 10.0)
    assert second.x1 == 12.0 and not math.isnan(second.width)
    below = [glyphs[0], ("b", (6.0, -12.0, 12.0, -4.0), m, 1.0, "o", (6.0, -12.0))]  # the next line: no advance
    assert chars_of_glyphs(below, (0.0, 0.0), {})[0][0].x1 == 9.0
    other = [glyphs[0], ("b", (6.0, 0.0, 12.0, 8.0), m, 1.0, "p", (6.0, 0.0))]  # another text object: no advance
    assert chars_of_glyphs(other, (0.0, 0.0), {})[0][0].x1 == 9.0


@pytest.mark.skipif(not REPORTS, reason="needs ../shared")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_chars_match_the_reference_loop_on_real_reports(path: Path) -> None:
    count = 0
    for page, frame in _pages(path):
        forms, _ = _walk_objects(page)
        glyphs = _glyphs(page)
        new = chars_of_glyphs(glyphs, frame.origin, forms)
        assert _described(new) == _described(_round41_chars(glyphs, frame.origin, forms))
        count += len(new)
    assert count
