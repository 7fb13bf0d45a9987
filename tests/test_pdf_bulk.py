"""(round 40) pdfium's page contents read in bulk are what its per-item calls give.

- ``pdfium_api.segments_in_bulk`` (a path's segments copied from pdfium's array in one pass) equals
  ``segments_by_call`` (four API calls a segment) on paths made through the API and on every path of every page
  of the dev and full reports, and the reader's records built from either are the same, record for record;
- ``pdfium_api.segment_reader`` picks the bulk reading for the pdfium installed (its layout check passes).
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

from pipeline.readers import pdf_objects, pdfium_api
from pipeline.readers.pdf_objects import EDGE_MIN_LENGTH, _Frame, _path_records, _walk_objects
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
