"""pdfium's page contents read in bulk are what its per-item calls give.

- ``pdfium_api.segments_in_bulk`` (a path's segments copied from pdfium's array in one pass) equals
  ``segments_by_call`` (four API calls a segment) on paths made through the API and on every path of every page
  of the dev and full reports, and the reader's records built from either are the same, record for record;
- ``pdfium_api.segment_reader`` picks the bulk reading for the pdfium installed (its layout check passes);
- ``pdf_objects.group_objects`` (characters into lines, the tests written out) makes pdfminer's lines: the same
  characters and spaces in the same order, the same boxes, on every page of the reports and on random boxes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.layout import LAParams, LTAnno, LTChar, LTLayoutContainer

from pipeline.readers import pdf_objects, pdfium_api
from pipeline.readers.pdf_layout import pdf_spec
from pipeline.readers.pdf_objects import (
    EDGE_MIN_LENGTH,
    _chars,
    _Frame,
    _path_records,
    _walk_objects,
    chars_of_glyphs,
    group_objects,
)
from pipeline.readers.pdfium_api import handle, pdfium_lib, segment_reader, segments_by_call, segments_in_bulk
from tests.conftest import DEV, SHARED

REPORTS = sorted([*DEV.glob("*.pdf"), *(SHARED / "corpus" / "pdf-full").glob("*.pdf")]) if DEV.is_dir() else []

_coordinate = st.floats(-1e5, 1e5, allow_nan=False, width=32)
_step = st.one_of(
    st.tuples(st.just("m"), _coordinate, _coordinate),
    st.tuples(st.just("l"), _coordinate, _coordinate),
    st.tuples(st.just("c"), *[_coordinate] * 6),
    st.tuples(st.just("h")),
)


def test_this_pdfium_is_read_in_bulk() -> None:
    assert segment_reader() is segments_in_bulk


@settings(max_examples=200, deadline=None)
@given(st.lists(_step, max_size=40), _coordinate, _coordinate)
def test_bulk_segments_are_the_calls_segments_on_made_paths(steps: list[tuple[Any, ...]], x: float, y: float) -> None:
    _, lib = pdfium_lib()
    path = lib.FPDFPageObj_CreateNewPath(x, y)
    try:
        for kind, *xy in steps:
            {"m": lib.FPDFPath_MoveTo, "l": lib.FPDFPath_LineTo, "c": lib.FPDFPath_BezierTo,
             "h": lib.FPDFPath_Close}[kind](path, *xy)
        read = segments_in_bulk(path)
        assert read is not None
        assert list(read) == segments_by_call(path)
    finally:
        lib.FPDFPageObj_Destroy(path)


def _pages(path: Path) -> Iterator[tuple[Any, _Frame]]:
    """Each page's pdfium handle and the reader's frame for it."""
    document = pypdfium2.PdfDocument(path)
    try:
        with pdfplumber.open(path) as plumber:
            for index, plumber_page in enumerate(plumber.pages):
                page = document[index]
                left, bottom, _, _ = page.get_mediabox()
                frame = _Frame((left, bottom), float(plumber_page.mediabox[0]), float(plumber_page.mediabox[1]),
                               float(plumber_page.height), float(plumber_page.initial_doctop),
                               int(plumber_page.page_number), EDGE_MIN_LENGTH)
                try:
                    yield handle(page.raw, "FPDF_PAGE"), frame
                finally:
                    page.close()
    finally:
        document.close()


@pytest.mark.skipif(not REPORTS, reason="needs ../shared")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_bulk_segments_are_the_calls_segments_on_real_reports(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    segments = 0
    for page, frame in _pages(path):
        _, paths = _walk_objects(page)
        for obj, _ in paths:
            expected = segments_by_call(obj)
            read = segments_in_bulk(obj)
            assert read is not None
            assert list(read) == expected
            segments += len(expected)
        bulk = [r for p in paths for r in _path_records(p, frame)]
        with monkeypatch.context() as m:
            m.setattr(pdf_objects, "segment_reader", lambda: segments_by_call)
            assert [r for p in paths for r in _path_records(p, frame)] == bulk
    assert segments or path.stat().st_size < 1


def test_a_path_not_laid_out_as_an_array_is_read_by_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the last segment is not where a 12-byte array puts it, the bulk reading declines."""
    _, lib = pdfium_lib()
    path = lib.FPDFPageObj_CreateNewPath(0.0, 0.0)
    try:
        lib.FPDFPath_LineTo(path, 10.0, 0.0)
        lib.FPDFPath_LineTo(path, 10.0, 10.0)
        monkeypatch.setattr(pdfium_api, "_SEGMENT", __import__("struct").Struct("=ffBB6x"))
        assert segments_in_bulk(path) is None
    finally:
        lib.FPDFPageObj_Destroy(path)


def _lines(lines: list[Any]) -> list[tuple[Any, ...]]:
    """What a line is made of: its type, box, word margin, last right edge and its items (a character by
    identity, a space by its text)."""
    return [(type(line), line.bbox, line.x0, line.y0, line.x1, line.y1, line.width, line.height, line.word_margin,
             line._x1, [("anno", o._text) if isinstance(o, LTAnno) else id(o) for o in line._objs]) for line in lines]


def _pdfminers_lines(laparams: LAParams, chars: list[LTChar]) -> list[Any]:
    return list(LTLayoutContainer((0, 0, 1, 1)).group_objects(laparams, chars))


def _laparams(**changes: Any) -> LAParams:
    return LAParams(**{**dict(pdf_spec()["laparams"]), **changes})


@pytest.mark.skipif(not REPORTS, reason="needs ../shared")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_lines_are_pdfminers_on_real_reports(path: Path) -> None:
    laparams = _laparams()
    for page, frame in _pages(path):
        forms, _ = _walk_objects(page)
        chars = _chars(page, frame, forms)
        for sequence in ([c for c, _ in chars], [c for c, chain in chars if not chain]):
            if sequence:
                assert _lines(group_objects(laparams, sequence)) == _lines(_pdfminers_lines(laparams, sequence))


_edge = st.one_of(st.integers(-3, 12).map(float), st.floats(-20, 40, allow_nan=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_edge, _edge, st.floats(0, 6, allow_nan=False), st.floats(0, 6, allow_nan=False)),
                min_size=1, max_size=30),
       st.sampled_from([0.0, 0.1, 0.5]), st.sampled_from([0.6, 2.0]), st.sampled_from([0.0, 0.5]))
def test_lines_are_pdfminers_on_random_boxes(boxes: list[tuple[float, float, float, float]], word_margin: float,
                                              char_margin: float, line_overlap: float) -> None:
    laparams = _laparams(word_margin=word_margin, char_margin=char_margin, line_overlap=line_overlap)
    # each glyph its own text object (no advance from a next glyph); the type size gives the box's height
    glyphs = [("字", (x, y, x + w, y + h), (h or 1.0, 0.0, 0.0, h or 1.0, x, y), h / (h or 1.0), k, (x, y))
              for k, (x, y, w, h) in enumerate(boxes)]
    chars = [char for char, _ in chars_of_glyphs(glyphs, (0.0, 0.0), {})]
    assert _lines(group_objects(laparams, chars)) == _lines(_pdfminers_lines(laparams, chars))
