"""(round 38) The PDF reader's cheaper table finding gives what pdfplumber's own gives.

- ``pdf_tables.intersections_to_cells`` (each crossing's column and row by index) finds pdfplumber's cells, on
  random grids of edges and on every page of the dev and full reports;
- the line, rect and curve records with no edge the finder keeps are not made (``pdf_objects``): the finder's
  edges (after its prefilter) and tables are those of the reading with every record;
- ``pdf._extract`` (a table's text from the characters inside its box) is ``Table.extract()``;
- ``pdf_layout._set_column_edges`` (a window of left edges) sets the right edges the all-pairs scan set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdfplumber import table as plumber_table
from pdfplumber import utils as plumber_utils

from pipeline.readers.pdf import _extract
from pipeline.readers.pdf_layout import Element, Line, _h_overlap, _set_column_edges, _size, pdf_spec
from pipeline.readers.pdf_objects import Reader, attach
from pipeline.readers.pdf_tables import find_tables, intersections_to_cells
from tests.conftest import DEV, SHARED

REPORTS = sorted([*DEV.glob("*.pdf"), *(SHARED / "corpus" / "pdf-full").glob("*.pdf")]) if DEV.is_dir() else []

_edge = st.tuples(st.sampled_from("vh"), st.integers(0, 6), st.integers(0, 6), st.integers(1, 6))


def _edges(specs: list[tuple[str, int, int, int]]) -> list[dict[str, Any]]:
    """Edges on a coarse grid (so they cross, share ends and overlap), some duplicated."""
    edges = []
    for orientation, at, start, length in specs:
        if orientation == "v":
            edges.append({"x0": at * 10.0, "x1": at * 10.0, "top": start * 10.0, "bottom": (start + length) * 10.0,
                          "orientation": "v", "height": length * 10.0, "width": 0.0})
        else:
            edges.append({"x0": start * 10.0, "x1": (start + length) * 10.0, "top": at * 10.0, "bottom": at * 10.0,
                          "orientation": "h", "width": length * 10.0, "height": 0.0})
    return edges


@given(st.lists(_edge, max_size=30))
def test_cells_by_index_are_pdfplumbers(specs: list[tuple[str, int, int, int]]) -> None:
    intersections = plumber_table.edges_to_intersections(_edges(specs), 1, 1)
    assert intersections_to_cells(intersections) == plumber_table.intersections_to_cells(intersections)


def test_a_full_grid_gives_every_cell() -> None:
    """A ruled grid of 3×3 cells, found by both in the same order (a wrong column or row index loses cells)."""
    specs = [("v", x, 0, 3) for x in range(4)] + [("h", y, 0, 3) for y in range(4)]
    intersections = plumber_table.edges_to_intersections(_edges(specs), 1, 1)
    cells = intersections_to_cells(intersections)
    assert cells == plumber_table.intersections_to_cells(intersections)
    assert len(cells) == 9


def test_a_chart_lines_short_steps_give_no_record(tmp_path: Path) -> None:
    """A chart line of long and sub-point level and upright pieces: pdfium's reading hands the finder only the
    runs of long pieces, and its edges (after the finder's prefilter) are pdfminer's."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "chart.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    line = pdf.beginPath()
    line.moveTo(100, 600)
    for x, y in [(150, 600), (150.5, 600), (150.5, 650), (150.5, 650.4), (151, 650.6), (151, 650.9), (200, 650.9),
                 (200.2, 650.9), (200.2, 700)]:
        line.lineTo(x, y)
    pdf.drawPath(line, stroke=1, fill=0)
    steps = pdf.beginPath()  # only sub-point pieces: no record at all
    steps.moveTo(300, 300)
    for k in range(1, 40):
        steps.lineTo(300 + 0.5 * k, 300 + 0.5 * (k - k % 2))
    pdf.drawPath(steps, stroke=1, fill=0)
    pdf.showPage()
    pdf.save()
    laparams = dict(pdf_spec()["laparams"])

    def read(shortest: float | None) -> Any:
        plumber = pdfplumber.open(path, laparams=laparams)
        page = plumber.pages[0]
        reader = Reader(path) if shortest is None else Reader(path, edge_min_length=shortest)
        attach(page, reader.page_objects(0, page, plumber.laparams))
        reader.close()
        return page

    def edges(page: Any) -> list[tuple[Any, ...]]:
        return [(e["orientation"], *(round(e[k], 3) for k in ("x0", "x1", "top", "bottom")))
                for o in ("v", "h") for e in plumber_utils.filter_edges(page.edges, o, min_length=1)]

    by_pdfminer = pdfplumber.open(path, laparams=laparams).pages[0]
    kept, every = read(None), read(0.0)
    assert len(edges(by_pdfminer)) == 4
    assert edges(kept) == edges(every) == edges(by_pdfminer)
    assert len(kept.curves) == 4  # the four long pieces, each a run of its own between short steps
    assert len(every.curves) > 10  # the steps' stretches, every one with pieces the finder drops


def _column_edges_all_pairs(elements: list[Element]) -> list[float]:
    """The right edges as reading_order set them before round 38: every text element against every element."""
    text = [(o, _size(o)) for o in elements if not o.is_table]
    return [max([e.x1, *(o.x1 for o, size in text
                         if _h_overlap(o, e) >= 0.5 * min(o.width, e.width) and abs(o.x0 - e.x0) < 3 * size)])
            for e in elements]


_box = st.tuples(st.floats(0, 500), st.floats(1, 300), st.floats(5, 30), st.booleans())


@given(st.lists(_box, max_size=40))
def test_column_edges_in_a_window_are_the_all_pairs_edges(boxes: list[tuple[float, float, float, bool]]) -> None:
    elements = []
    for x0, width, size, table in boxes:
        line = Line(x0, 0.0, x0 + width, size, "字", size)
        elements.append(Element(x0, 0.0, x0 + width, size, [] if table else [line], ["a\tb"] if table else []))
    expected = _column_edges_all_pairs(elements)
    _set_column_edges(elements)
    assert [e.right for e in elements] == expected


@pytest.mark.skipif(not REPORTS, reason="needs ../shared")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem[:30])
def test_real_reports_find_the_same_tables(path: Path) -> None:
    """Every page of the report read twice by pdfium, with every line, rect and curve record and without those
    the finder drops: the same prefiltered edges; and the round's finder and extraction against pdfplumber's."""
    laparams = dict(pdf_spec()["laparams"])
    readings = []
    for shortest in (0.0, None):
        plumber = pdfplumber.open(path, laparams=laparams)
        reader = Reader(path) if shortest is None else Reader(path, edge_min_length=shortest)
        pages = []
        for page in plumber.pages:
            objects = reader.page_objects(page.page_number - 1, page, plumber.laparams)
            if objects is not None:
                attach(page, objects)
            edges = [plumber_utils.filter_edges(page.edges, o, min_length=1) for o in ("v", "h")]
            finder = page.debug_tablefinder()
            ours = find_tables(page)
            assert intersections_to_cells(finder.intersections) == finder.cells
            assert [t.cells for t in ours] == [t.cells for t in finder.tables]
            assert [_extract(t) for t in ours] == [t.extract() for t in finder.tables]
            pages.append((edges, [t.cells for t in finder.tables], len(page.curves)))
            page.close()
        reader.close()
        plumber.close()
        readings.append(pages)
    every, kept = readings
    assert [p[:2] for p in kept] == [p[:2] for p in every]
    assert sum(p[2] for p in kept) <= sum(p[2] for p in every)
