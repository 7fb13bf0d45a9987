"""Page layout for the PDF reader: pdfminer's text boxes (LAParams, through pdfplumber) in reading order.

pdfminer groups characters into lines and lines into boxes; it does not know columns, so its own
box order (boxes_flow) mixes sidebars into the body. The boxes are ordered here by recursive cuts:
at column gutters (vertical strips no box crosses, of any width and count), else into bands between
the boxes that cross a gutter (full-width headings, tables, figures). A narrow column beside a
wider one is a sidebar: it is read after the body beside it and marked as not body text.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
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
    return without_axes(elements)


def _tick_value(text: str) -> tuple[float, float] | None:
    """An axis tick label's value and how far two labels one step apart may differ from the step (half of the
    last written digit for a number; a few days for a date, whose months differ in length), or None."""
    spec = pdf_spec()
    text = text.strip().replace("\u2212", "-")
    if re.match(spec["axis_tick_number"], text):
        digits = text.rstrip("%").replace(",", "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        return float(digits), 0.5 * 10.0 ** -decimals + 1e-9  # ticks are exact: 6.3, 5.3, 4.2 are no axis
    date = re.match(spec["axis_tick_date"], text)
    if date and 1 <= int(date.group(2)) <= 12:
        year, month, day = int(date.group(1)), int(date.group(2)), int(date.group(3) or 1)
        return year * 365.25 + (month - 1) * 30.44 + day, 4.0
    return None


def without_axes(elements: list[Element]) -> list[Element]:
    """The elements without chart axes: runs of one-line tick labels (see pdf.yaml axis_tick_*) evenly spaced in
    a column (shared left or right edge) or a row (shared top) and evenly stepped in value, and single lines of
    evenly stepped numbers; and legend entries of a second axis (…（右轴）). Ticks and legends read as numbers,
    dates and claims of the text were the chart's scale and series names.
    Sorting by edge and position keeps it n log n in the page's elements."""
    spec = pdf_spec()
    ticks: list[tuple[Element, float, float]] = []
    dropped: set[int] = set()
    legend = re.compile(spec["axis_legend"])
    longest = int(spec["axis_legend_max_chars"])
    for element in elements:
        kept = [x for x in element.lines if len(x.text.strip()) > longest or not legend.search(x.text.strip())]
        if len(kept) < len(element.lines):
            element.lines = kept
            if not kept:
                dropped.add(id(element))
        if len(element.lines) != 1:
            continue
        tokens = element.lines[0].text.split()
        values = [_tick_value(token) for token in tokens]
        if any(v is None for v in values):
            continue
        if len(values) == 1:
            ticks.append((element, *values[0]))  # type: ignore[misc]
        elif len(values) >= int(spec["axis_min_ticks"]) and _evenly_stepped(
                [(float(k), v, slack) for k, (v, slack) in enumerate(values)], 0.0):  # type: ignore[misc]
            dropped.add(id(element))
    edge, position = float(spec["axis_edge_tolerance"]), float(spec["axis_position_tolerance"])
    # A column of ticks (left or right aligned) rises in value up the page, as a chart's vertical axis does; a
    # table's column of years or ranks, read down the page, rises downwards and is kept. A row rises to the right.
    axes = (
        (lambda e: e.x0, lambda e: e.top, -1), (lambda e: e.x1, lambda e: e.top, -1),
        (lambda e: e.top, lambda e: (e.x0 + e.x1) / 2, 1),  # a row of labels centred on their ticks
    )
    for shared, along, sign in axes:
        for group in _clusters(ticks, lambda t, key=shared: key(t[0]), edge):  # type: ignore[misc]
            placed = sorted(((along(e), value, slack, e) for e, value, slack in group), key=lambda t: t[0])
            for run in _runs(placed, position, sign):
                dropped.update(id(e) for *_, e in run)
    return [e for e in elements if id(e) not in dropped]


def _clusters(items: list[Any], key: Any, tolerance: float) -> list[list[Any]]:
    """Items grouped by a coordinate: sorted, a gap wider than ``tolerance`` starts a new group."""
    groups: list[list[Any]] = []
    last = float("-inf")
    for item in sorted(items, key=key):
        if key(item) - last > tolerance or not groups:
            groups.append([])
        groups[-1].append(item)
        last = key(item)
    return groups


def _runs(placed: list[tuple[float, float, float, Element]], tolerance: float, sign: int) -> list[list[Any]]:
    """The runs of at least axis_min_ticks labels, each one step on from the last in place and in value (the
    step of a run's first two labels, its value changing in the direction ``sign``; each label is looked at once
    or twice)."""
    minimum = int(pdf_spec()["axis_min_ticks"])
    runs: list[list[Any]] = []
    start = 0
    while start < len(placed) - 1:
        first, second = placed[start], placed[start + 1]
        end = start + 2
        if (second[1] - first[1]) * sign > 0 and _evenly_stepped([first[:3], second[:3]], tolerance):
            while end < len(placed) and _same_step(first, second, placed[end - 1], placed[end], tolerance):
                end += 1
        if end - start >= minimum:
            runs.append(placed[start:end])
            start = end
        else:
            start += 1
    return runs


def _same_step(a: tuple, b: tuple, c: tuple, d: tuple, tolerance: float) -> bool:
    """Whether c → d is the step a → b, in place (within ``tolerance``) and in value (within the labels' slack)."""
    slack = max(a[2], b[2], c[2], d[2])
    return abs((d[0] - c[0]) - (b[0] - a[0])) <= tolerance and abs((d[1] - c[1]) - (b[1] - a[1])) <= slack


def _evenly_stepped(points: list[tuple[float, float, float]], tolerance: float) -> bool:
    """Whether (position, value, slack) points are one constant, nonzero step apart in both position and value."""
    if len(points) < 2:
        return True
    first_place, first_value = points[1][0] - points[0][0], points[1][1] - points[0][1]
    if first_value == 0 or first_place <= 0:
        return False
    slack = max(p[2] for p in points)
    return all(abs((b[0] - a[0]) - first_place) <= tolerance and abs((b[1] - a[1]) - first_value) <= slack
               for a, b in itertools.pairwise(points))


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
    _set_column_edges(ordered)
    return ordered


def _set_column_edges(elements: list[Element]) -> None:
    """Each element's ``right``: the furthest right edge of the text elements that overlap it by half the
    narrower one's width and start within three of their own type sizes of its left edge.

    The text elements are grouped by type size (sizes within a ratio of 2 ** 0.25 share a group, so a page has a
    few groups), each group sorted by left edge once; an element looks in each group only at those starting
    within three of the group's largest type size of its own (a bisection), not at every element of the page (a
    chart page has hundreds of labels), and one large heading does not widen the window of the small labels. The
    exact test then decides, and the furthest edge is the same in any order, so the edges are the same."""
    groups: dict[int, list[tuple[float, Element, float]]] = {}
    for element in elements:
        if not element.is_table:
            size = _size(element)
            groups.setdefault(_size_group(size), []).append((element.x0, element, size))
    windows = []
    for group in groups.values():
        group.sort(key=lambda t: t[0])  # a stable sort: the elements of one left edge stay in page order
        reach = 3 * max(t[2] for t in group) + 1.0  # + 1: no rounding of the window's ends can matter
        windows.append(([t[0] for t in group], group, reach))
    for element in elements:
        right = element.x1
        for starts, group, reach in windows:
            for _, other, size in group[bisect.bisect_left(starts, element.x0 - reach):
                                        bisect.bisect_right(starts, element.x0 + reach)]:
                if (other.x1 > right and _h_overlap(other, element) >= 0.5 * min(other.width, element.width)
                        and abs(other.x0 - element.x0) < 3 * size):
                    right = other.x1
        element.right = right


def _size_group(size: float) -> int:
    """The group of a type size for :func:`_set_column_edges`: sizes within a ratio of 2 ** 0.25 share one."""
    return math.floor(4 * math.log2(size)) if 0 < size < math.inf else -(2**31)  # the rest: one group


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
    """The element's type size: the median of its lines' (callers take it once per element, not once per pair)."""
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
