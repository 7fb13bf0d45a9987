"""pdfplumber's table finder (``page.find_tables()`` with its default settings), its cells found by index.

The finder's ``intersections_to_cells`` looks, for each crossing of ruling edges, through every later
crossing for those straight below and straight right of it, and rebuilds the sets of edges through two
crossings for each pair it tests: quadratic in the crossings of a page (a ruled table or a chart grid has
hundreds to a few thousand). :func:`intersections_to_cells` is the same search over the same sorted
crossings, with each crossing's column and row found by index and each crossing's edge sets made once,
so it finds the same cells in the same order; the edges, crossings and tables are pdfplumber's own
(tests/test_pdf_tables.py compares both with pdfplumber's on random grids and on every page of the dev
reports).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pdfplumber.table import Table, TableFinder, cells_to_tables, edges_to_intersections
from pdfplumber.utils import obj_to_bbox

from pipeline.readers.pdf_layout import BBox
from pipeline.readers.pdf_objects import TABLE_SETTINGS, Point


def find_tables(page: Any) -> list[Table]:
    """``page.find_tables()``: pdfplumber's edges, crossings and tables, with :func:`intersections_to_cells`."""
    finder = TableFinder.__new__(TableFinder)  # the finder's own steps, as its __init__ takes them
    finder.page = page
    finder.settings = settings = TABLE_SETTINGS  # the settings whose prefilter the reader's records obey
    finder.edges = finder.get_edges()
    finder.intersections = edges_to_intersections(finder.edges, settings.intersection_x_tolerance,
                                                  settings.intersection_y_tolerance)
    finder.cells = intersections_to_cells(finder.intersections)
    finder.tables = [Table(page, group) for group in cells_to_tables(finder.cells)]
    return finder.tables


def intersections_to_cells(intersections: dict[Point, dict[str, list[dict[str, Any]]]]) -> list[BBox]:
    """pdfplumber's ``intersections_to_cells``: for each crossing in sorted order, the smallest cell with it
    as its top left corner, if any.

    The crossings below a point are the later ones of its column, which the sort keeps together; those
    right of it the later ones of its row; both in the order pdfplumber's scan of all later crossings gives."""
    points = sorted(intersections)
    edge_sets: dict[tuple[Point, str], set[BBox]] = {}

    def edges_of(point: Point, orientation: str) -> set[BBox]:
        found = edge_sets.get((point, orientation))
        if found is None:
            found = edge_sets[(point, orientation)] = set(map(obj_to_bbox, intersections[point][orientation]))
        return found

    def connects(p1: Point, p2: Point) -> bool:
        if p1[0] == p2[0] and not edges_of(p1, "v").isdisjoint(edges_of(p2, "v")):
            return True
        return p1[1] == p2[1] and not edges_of(p1, "h").isdisjoint(edges_of(p2, "h"))

    column_end = [0] * len(points)
    end = len(points)
    for i in range(len(points) - 1, -1, -1):
        if i + 1 < len(points) and points[i + 1][0] != points[i][0]:
            end = i + 1
        column_end[i] = end
    rows: dict[float, list[Point]] = {}
    place_in_row = []
    for point in points:
        row = rows.setdefault(point[1], [])
        place_in_row.append(len(row))
        row.append(point)

    cells: list[BBox] = []
    for i, point in enumerate(points):
        below = points[i + 1:column_end[i]]
        right = rows[point[1]][place_in_row[i] + 1:]
        cell = _smallest_cell(point, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(point: Point, below: list[Point], right: list[Point], intersections: dict[Point, Any],
                   connects: Callable[[Point, Point], bool]) -> BBox | None:
    """pdfplumber's ``find_smallest_cell`` given the crossings below and right of ``point``."""
    for below_point in below:
        if not connects(point, below_point):
            continue
        for right_point in right:
            if not connects(point, right_point):
                continue
            corner = (right_point[0], below_point[1])
            if corner in intersections and connects(corner, right_point) and connects(corner, below_point):
                return (point[0], point[1], corner[0], corner[1])
    return None
