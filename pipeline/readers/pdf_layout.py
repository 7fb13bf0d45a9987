"""Page layout for the PDF reader: pdfminer's text boxes (LAParams, through pdfplumber) in reading order.

pdfminer groups characters into lines and lines into boxes; it does not know columns, so its own
box order (boxes_flow) mixes sidebars into the body. The boxes are ordered here by recursive cuts:
at column gutters (vertical strips no box crosses, of any width and count), else into bands between
the boxes that cross a gutter (full-width headings, tables, figures). A narrow column beside a
wider one is a sidebar: it is read after the body beside it and marked as not body text.
"""

from __future__ import annotations

import itertools
import math
import statistics
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pdfminer.layout import LTChar, LTFigure, LTTextBoxHorizontal, LTTextLineHorizontal

from pipeline.resources import load_yaml

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down, like pdfplumber)


@cache
def pdf_spec() -> dict[str, Any]:
    """The PDF reading cues of pipeline/resources/pdf.yaml."""
    return load_yaml("pdf.yaml")


@dataclass
class Line:
    """One line of text with its position and type size."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float


@dataclass
class Element:
    """A text box (its lines) or a table (its tab-separated rows) on a page."""

    x0: float
    top: float
    x1: float
    bottom: float
    lines: list[Line] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    aside: bool = False
    right: float = 0.0  # right edge of the column the element sits in (set by reading_order)

    @property
    def is_table(self) -> bool:
        return bool(self.rows)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def width(self) -> float:
        return max(self.x1 - self.x0, 1.0)


def text_elements(page: Any, skip: list[BBox]) -> list[Element]:
    """The text boxes pdfminer finds on a page, without the lines inside `skip` (table areas)."""
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    elements: list[Element] = []

    def to_line(item: LTTextLineHorizontal) -> Line | None:
        chars = [ch for ch in item if isinstance(ch, LTChar) and ch.get_text().strip()]
        if not chars or sum(1 for ch in chars if _rotated(ch)) > len(chars) / 2:
            return None  # empty, or rotated text: axis labels of charts, read glyph by glyph
        text = _line_text(chars)
        sizes = [ch.size for ch in chars]
        top, bottom = height - item.y1 + mb_top, height - item.y0 + mb_top
        line = Line(item.x0 + mb_x0, top, item.x1 + mb_x0, bottom, text,
                    statistics.median(sizes) if sizes else bottom - top)
        cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
        if any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in skip):
            return None
        return line

    def walk(container: Any) -> None:
        for item in container:
            if isinstance(item, LTTextBoxHorizontal):
                lines = [line for line in map(to_line, item) if line is not None]
                if lines:
                    elements.append(_element(_merge_fragments(lines)))
            elif isinstance(item, LTFigure):
                walk(item)

    walk(page.layout)
    return elements


def _line_text(chars: list[LTChar]) -> str:
    """The characters of a line, with a space where the gap is wider than space_ems type sizes."""
    space = float(pdf_spec()["space_ems"])
    parts = [chars[0].get_text()]
    for prev, char in itertools.pairwise(chars):
        if char.x0 - prev.x1 > space * max(char.size, 1.0):
            parts.append(" ")
        parts.append(char.get_text())
    return "".join(parts)


def _rotated(char: LTChar) -> bool:
    """Set at an angle (pdfminer's `upright` still holds for 45°): the text matrix shears or turns."""
    a, b, c, d = char.matrix[:4]
    return not char.upright or abs(b) > 0.1 * abs(a) or abs(c) > 0.1 * abs(d)


def _element(lines: list[Line]) -> Element:
    return Element(min(x.x0 for x in lines), min(x.top for x in lines), max(x.x1 for x in lines),
                   max(x.bottom for x in lines), lines)


def _merge_fragments(lines: list[Line]) -> list[Line]:
    """Pieces of one printed line (split at a wide justified space) become one line again; pieces
    further apart than a justified space (chart legend entries side by side) stay apart."""
    merged: list[Line] = []
    max_gap = float(pdf_spec()["fragment_max_gap_ems"])
    for line in sorted(lines, key=lambda x: (round(x.top), x.x0)):
        last = merged[-1] if merged else None
        overlap = min(last.bottom, line.bottom) - max(last.top, line.top) if last else 0.0
        if (last and overlap > 0.5 * min(last.bottom - last.top, line.bottom - line.top) and line.x0 >= last.x1 - 1
                and line.x0 - last.x1 <= max_gap * max(last.size, line.size)):
            merged[-1] = Line(last.x0, min(last.top, line.top), line.x1, max(last.bottom, line.bottom),
                              f"{last.text} {line.text}", max(last.size, line.size))
        else:
            merged.append(line)
    return merged


def reading_order(elements: list[Element], page_width: float, page_height: float) -> list[Element]:
    """Elements in the order a reader reads them; sidebars marked `aside`, column edges set."""
    ordered = _order(_join_labels(elements), page_width, page_height)
    text = [(o, _size(o)) for o in ordered if not o.is_table]  # each median once, not once per pair
    for element in ordered:
        element.right = max([element.x1, *(o.x1 for o, size in text
                                           if _h_overlap(o, element) >= 0.5 * min(o.width, element.width)
                                           and abs(o.x0 - element.x0) < 3 * size)])
    return ordered


def _join_labels(elements: list[Element]) -> list[Element]:
    """A short label set apart on its line (表1, 图 2：, 分析师) joins the line it labels.

    pdfminer ends a line at a gap wider than char_margin, which must stay narrow for gutters.
    """
    max_chars = int(pdf_spec()["label_max_chars"])
    kept = [e for e in elements if not e.is_table]
    joined: list[Element] = [e for e in elements if e.is_table]
    for element in sorted(kept, key=lambda e: (e.x0, e.top)):
        label = next((
            o for o in joined
            if len(o.lines) == 1 and len(element.lines) == 1 and not o.is_table
            and len(o.lines[0].text.replace(" ", "")) <= max_chars and o.lines[0].text[-1] not in "。；;！？!?"
            and 0 <= element.x0 - o.x1 <= 3 * o.lines[0].size
            and min(o.bottom, element.bottom) - max(o.top, element.top) > 0.5 * (element.bottom - element.top)
        ), None)
        if label is None:
            joined.append(element)
            continue
        first, second = label.lines[0], element.lines[0]
        line = Line(first.x0, min(first.top, second.top), second.x1, max(first.bottom, second.bottom),
                    f"{first.text} {second.text}", max(first.size, second.size))
        joined[joined.index(label)] = _element([line])
    return joined


def _size(element: Element) -> float:
    return statistics.median(x.size for x in element.lines) if element.lines else 10.0


def _h_overlap(a: Element, b: Element) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _order(elements: list[Element], page_width: float, page_height: float) -> list[Element]:
    if len(elements) <= 1:
        return elements
    columns = _columns(elements)
    if len(columns) > 1:
        _mark_sidebars(columns, page_width, page_height)
        body = [c for c in columns if not all(e.aside for e in c)]
        sides = [c for c in columns if all(e.aside for e in c)]
        return [e for column in body + sides for e in _order(column, page_width, page_height)]
    bands = _bands(elements)
    if len(bands) > 1:
        return [e for band in bands for e in _order(band, page_width, page_height)]
    return sorted(elements, key=lambda e: (round(e.top), e.x0))


def _columns(elements: list[Element]) -> list[list[Element]]:
    """Split at every vertical strip that no element crosses (a gutter of any width)."""
    min_gutter = float(pdf_spec()["min_gutter"])
    columns: list[list[Element]] = []
    reach = float("-inf")
    for element in sorted(elements, key=lambda e: (e.x0, e.top)):
        if not columns or element.x0 - reach >= min_gutter:
            columns.append([element])
        else:
            columns[-1].append(element)
        reach = max(reach, element.x1)
    return columns


def _mark_sidebars(columns: list[list[Element]], page_width: float, page_height: float) -> None:
    """A narrow column beside a much wider one, on a page-high stretch of columns, is a sidebar."""
    spec = pdf_spec()
    elements = [e for column in columns for e in column]
    if max(e.bottom for e in elements) - min(e.top for e in elements) < spec["sidebar_min_page_height"] * page_height:
        return  # columns inside a figure or a table-like block, not page columns
    widths = [max(e.x1 for e in c) - min(e.x0 for e in c) for c in columns]
    widest = max(widths)
    for column, width in zip(columns, widths, strict=True):
        if width < spec["sidebar_width_share"] * widest and width < spec["sidebar_max_page_share"] * page_width:
            for element in column:
                element.aside = True


def _bands(elements: list[Element]) -> list[list[Element]]:
    """Bands between the elements that cross the best-separated gutter, each crossing element alone."""
    spec = pdf_spec()
    total = sum(e.height for e in elements)
    lo, hi = int(min(e.x0 for e in elements)) + 1, int(max(e.x1 for e in elements))
    middle = (lo + hi) / 2
    best: tuple[float, float] | None = None
    best_x = 0
    # Which elements cross, lie left of or right of x changes only where x passes an edge: the
    # sums are taken once per stretch between edges (in list order, so they are the same floats).
    edges = sorted({lo, hi, *(math.floor(e.x0) + 1 for e in elements), *(math.ceil(e.x1) for e in elements)})
    for start, end in itertools.pairwise(x for x in edges if lo <= x <= hi):
        crossing = sum(e.height for e in elements if e.x0 < start < e.x1)
        if crossing > spec["band_crossing_share"] * total:
            continue
        left = sum(e.height for e in elements if e.x1 <= start)
        right = sum(e.height for e in elements if e.x0 >= start)
        if min(left, right) < spec["column_share"] * total:
            continue
        x = min(max(round(middle), start), end - 1)  # the stretch's x nearest the middle
        x = min((c for c in (x - 1, x, x + 1) if start <= c < end), key=lambda c: (abs(c - middle), c))
        key = (crossing, abs(x - middle))
        if best is None or key < best:
            best, best_x = key, x
    if best is None:
        return [elements]
    bands: list[list[Element]] = []
    current: list[Element] = []
    for element in sorted(elements, key=lambda e: (round(e.top), e.x0)):
        if element.x0 < best_x < element.x1:
            if current:
                bands.append(current)
            bands.append([element])
            current = []
        else:
            current.append(element)
    if current:
        bands.append(current)
    return bands
