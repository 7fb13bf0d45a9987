"""The PDF reader's cheaper table finding gives what pdfplumber's own gives.

- ``pdf_tables.intersections_to_cells`` (each crossing's column and row by index) finds pdfplumber's cells, on
  random grids of edges and on every page of the dev and full reports;
- the line, rect and curve records with no edge the finder keeps are not made (``pdf_objects``): the finder's
  edges (after its prefilter) and tables are those of the reading with every record, on the reports and on a
  reportlab page of grids and 0.99/1/1.01 pt pieces (no ../shared needed);
- ``pdf._extract`` (a table's text from the characters inside its box) is ``Table.extract()``, with characters
  on a table's edges;
- ``pdf_layout._set_column_edges`` (a window of left edges per type-size group) sets the right edges the all-pairs
  scan set.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdfplumber import table as plumber_table
from pdfplumber import utils as plumber_utils

from pipeline.readers.pdf import _extract
from pipeline.readers.pdf_layout import Element, Line, _h_overlap, _set_column_edges, _size, pdf_spec
from pipeline.readers.pdf_objects import EDGE_MIN_LENGTH, TABLE_SETTINGS, Reader, _runs, attach
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


# Left edges that coincide or not; body sizes with headings and a few huge ones (each size group's own window).
_box = st.tuples(st.one_of(st.integers(0, 50).map(lambda k: k * 10.0), st.floats(0, 500)), st.floats(1, 300),
                 st.one_of(st.floats(5, 30), st.floats(0.5, 400), st.sampled_from([9.0, 10.5, 300.0])), st.booleans())


@given(st.lists(_box, max_size=60))
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


def _ruled_page(path: Path) -> None:
    """A page of what the finder reads, drawn with reportlab: a ruled grid with a merged cell, a grid whose inner
    rule stops 4 pt short of the bottom rule (outside the finder's 3 pt crossing tolerance), rules of sub-point
    filled rects, rounded-rect cells (curves), pieces of 0.99, 1 and 1.01 pt (lines, rects and a chart line's
    steps), and a chart polyline of sub-point steps."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    pdf.setFont("Helvetica", 9)
    for i in range(5):  # 4 × 3 cells; the second column's left rule misses row 1: cells (1, 0) and (1, 1) merged
        pdf.line(50, 800 - 18 * i, 290, 800 - 18 * i)
    for j in range(4):
        if j == 1:
            pdf.line(130, 800, 130, 782)
            pdf.line(130, 764, 130, 728)
        else:
            pdf.line(50 + 80 * j, 800, 50 + 80 * j, 728)
    for i in range(4):
        for j in range(3):
            pdf.drawString(53 + 80 * j, 787 - 18 * i, f"r{i}c{j} {i * 7 + j}.5")
    for i in range(3):  # the middle rule ends 4 pt above the bottom one
        pdf.line(330, 800 - 20 * i, 530, 800 - 20 * i)
    for x, bottom in [(330, 760), (430, 764), (530, 760)]:
        pdf.line(x, 800, x, bottom)
    for i in range(2):
        for j in range(2):
            pdf.drawString(334 + 100 * j, 786 - 20 * i, f"g{i}{j} {i + j}")
    for i in range(5):  # rules of filled rects under a point thick (or wide)
        pdf.rect(50, 680 - 20 * i, 200, 0.6, stroke=0, fill=1)
    for j in range(3):
        pdf.rect(50 + 100 * j, 600, 0.4, 80.6, stroke=0, fill=1)
    for i in range(4):
        for j in range(2):
            pdf.drawString(54 + 100 * j, 666 - 20 * i, f"b{i}{j} {i * 3 + j}%")
    for i in range(3):  # rounded-rect cells: their sides are curves' level and upright stretches
        for j in range(3):
            pdf.roundRect(300 + 80 * j, 660 - 20 * i, 80, 20, 2, stroke=1, fill=0)
            pdf.drawString(304 + 80 * j, 666 - 20 * i, f"o{i}{j} {i * 5 + j}")
    for k, length in enumerate([0.99, 1.0, 1.01]):  # a piece just under, at and over the prefilter length
        y = 540 - 30 * k
        pdf.line(60, y, 60 + length, y)
        pdf.line(100, y, 100, y + length)
        pdf.rect(140, y, length, 0.3, stroke=1, fill=0)
        pdf.rect(180, y, 0.3, length, stroke=1, fill=0)
        steps = pdf.beginPath()  # a chart line's steps: sub-point, then this length level and upright
        steps.moveTo(220, y)
        for px, py in [(220.4, y), (220.4, y + 0.3), (220.4 + length, y + 0.3), (220.4 + length, y + 0.3 + length),
                       (221 + 2 * length, y + 0.3 + length)]:
            steps.lineTo(px, py)
        pdf.drawPath(steps, stroke=1, fill=0)
    chart = pdf.beginPath()  # a staircase of sub-point steps with a few long ones
    chart.moveTo(50, 300)
    x, y = 50.0, 300.0
    for k in range(300):
        x += (0.3, 0.6, 1.5)[k % 3]
        chart.lineTo(x, y)
        y += (0.4, -0.4, 2.0, -2.0, 0.7)[k % 5]
        chart.lineTo(x, y)
    pdf.drawPath(chart, stroke=1, fill=0)
    pdf.showPage()
    pdf.save()


def _read_ruled(path: Path, shortest: float | None) -> Any:
    """The page read by pdfium: with the reader's own prefilter (None) or keeping every record longer than
    ``shortest``."""
    plumber = pdfplumber.open(path, laparams=dict(pdf_spec()["laparams"]))
    page = plumber.pages[0]
    reader = Reader(path) if shortest is None else Reader(path, edge_min_length=shortest)
    attach(page, reader.page_objects(0, page, plumber.laparams))
    reader.close()
    return page


def _finder_edges(page: Any) -> list[tuple[Any, ...]]:
    """The edges the finder keeps after its prefilter, in order."""
    return [(e["orientation"], *(round(e[k], 3) for k in ("x0", "x1", "top", "bottom")))
            for o in ("v", "h") for e in plumber_utils.filter_edges(page.edges, o, min_length=1)]


def test_a_ruled_page_gives_pdfplumbers_tables(tmp_path: Path) -> None:
    """Without ../shared: our finder and extraction give pdfplumber's tables and text on a page of grids (a merged
    cell, a rule short of its crossing, thin filled rects, rounded cells), read with and without the records the
    finder drops; and those records' edges are what the finder keeps of every record's."""
    path = tmp_path / "ruled.pdf"
    _ruled_page(path)
    tables = []
    for shortest in (None, 0.0):
        page = _read_ruled(path, shortest)
        ours, theirs = find_tables(page), page.find_tables()
        assert [t.cells for t in ours] == [t.cells for t in theirs]
        assert [_extract(t) for t in ours] == [t.extract() for t in theirs]
        tables.append([t.extract() for t in ours])
    assert tables[0] == tables[1]
    assert len(tables[0]) == 4  # the merged grid, the short-rule grid, the rect rules, the rounded cells
    merged = next(t for t in tables[0] if t[0][0] == "r0c0 0.5")
    assert [row.count(None) for row in merged] == [0, 1, 0, 0]  # row 1: cells 0 and 1 are one
    kept, every = _read_ruled(path, None), _read_ruled(path, 0.0)
    assert _finder_edges(kept) == _finder_edges(every)
    assert len(kept.lines) < len(every.lines) and len(kept.rects) < len(every.rects)  # the 0.99 pt pieces


def test_pieces_at_the_prefilter_length_are_kept(tmp_path: Path) -> None:
    """A line, a rect and a chart line's piece of exactly the finder's 1 pt are kept, as are those of 1.01 pt; those
    of 0.99 pt are not (the reader's tests are ``>=``, as pdfplumber's ``filter_edges``)."""
    path = tmp_path / "ruled.pdf"
    _ruled_page(path)
    page = _read_ruled(path, None)
    lines, rects, curves = ([r for r in records if 290 < r["top"] < 370] for records in (page.lines, page.rects,
                                                                                         page.curves))
    widths = {round(r["width"], 2) for r in lines if r["top"] == r["bottom"] and r["x0"] < 110}
    heights = {round(r["height"], 2) for r in lines if r["x0"] == r["x1"] and 90 < r["x0"] < 110}
    assert widths == heights == {1.0, 1.01}
    assert {round(r["width"], 2) for r in rects if 130 < r["x0"] < 150} == {1.0, 1.01}
    assert {round(r["height"], 2) for r in rects if 170 < r["x0"] < 190} == {1.0, 1.01}
    pieces = sorted(round(abs(q[k] - p[k]), 2) for c in curves if 210 < c["x0"] < 230
                    for p, q in zip(c["pts"], c["pts"][1:], strict=False) for k in (0, 1) if p[1 - k] == q[1 - k])
    assert 0.99 not in pieces and pieces.count(1.0) == 2 and pieces.count(1.01) == 2


def test_the_reader_drops_no_edge_the_finder_keeps() -> None:
    """The reader's records obey the finder's prefilter: it may keep more (0 keeps all), never drop more."""
    with pytest.raises(ValueError, match="table finder"):
        Reader(Path("unread.pdf"), edge_min_length=EDGE_MIN_LENGTH + 0.5)
    assert EDGE_MIN_LENGTH == TABLE_SETTINGS.edge_min_length_prefilter > 0


_mark = st.integers(0, 8).map(lambda k: k * 10.0)


@given(st.lists(st.tuples(_mark, _mark, st.sampled_from([0.0, 5.0, 10.0, 20.0]), st.sampled_from("ab1")),
                max_size=40),
       st.integers(1, 4), st.integers(1, 4), st.sampled_from([0.0, 10.0, 20.0]), st.sampled_from([0.0, 10.0]))
def test_extract_from_the_characters_in_the_box_is_pdfplumbers(
        chars: list[tuple[float, float, float, str]], rows: int, columns: int, left: float, top: float) -> None:
    """Characters whose middles fall on, inside and outside a table's edges: ``_extract`` reads the text
    ``Table.extract()`` reads over every character of the page."""
    cells = [(left + 20 * c, top + 20 * r, left + 20 * (c + 1), top + 20 * (r + 1))
             for r in range(rows) for c in range(columns)]
    page_chars = [{"x0": x - w / 2, "x1": x + w / 2, "top": y - 2.0, "bottom": y + 2.0, "doctop": y - 2.0,
                   "text": text, "upright": True, "size": 4.0, "fontname": "F", "width": w, "height": 4.0}
                  for x, y, w, text in chars]
    table = plumber_table.Table(SimpleNamespace(chars=page_chars), cells)
    assert _extract(table) == table.extract()


def test_runs_split_at_slanted_and_short_pieces() -> None:
    """``_runs``: with 0 the stretches of level and upright pieces (a slanted piece splits them); with 1 pt only the
    pieces of at least 1 pt, a piece of exactly 1 pt kept, one of 0.99 pt not."""
    pts = [(0.0, 0.0), (5.0, 0.0), (5.0, 1.0), (5.99, 1.0), (5.99, 4.0), (7.0, 6.0), (7.0, 6.5), (9.0, 6.5)]
    assert _runs(pts, 0.0) == [pts[:5], pts[5:]]
    assert _runs(pts, 1.0) == [pts[:3], pts[3:5], pts[6:]]
    assert _runs(pts[5:], 2.0) == [pts[6:]]
