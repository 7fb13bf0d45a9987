"""A page's characters and paths read by pdfium (compiled), handed to pdfplumber and pdfminer's
layout analysis in the form pdfminer's own interpreter would have produced them.

pdfminer interprets content streams in pure Python: on chart-heavy reports that was about three
quarters of the reading time, some 100 times the cost of segmenting the text with jieba. pdfium
reads the same page in a few percent of that. Only the source of the objects changes: the
characters become pdfminer `LTChar`s (grouped by pdfminer's `LAParams` analysis, inside an
`LTFigure` per form XObject as pdfminer does), and pdfplumber gets the same char, line, rect and
curve records for its table finder. tests/test_pdf_objects.py checks both readers agree.

The line, rect and curve records are read by nothing but the table finder (`page.find_tables()`
with pdfplumber's default settings), which drops every edge shorter than its prefilter length
(``edge_min_length_prefilter``) before it does anything else: a record none of whose edges the
finder would keep is not made (see :func:`_classify`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.layout import (
    INF,
    LAParams,
    LTAnno,
    LTChar,
    LTComponent,
    LTFigure,
    LTPage,
    LTTextLine,
    LTTextLineHorizontal,
)
from pdfplumber.table import TableSettings

from pipeline.readers.pdfium_api import handle, pdfium_lib, segment_reader, segments_by_call

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_AXIS_TOLERANCE = 1e-6  # |b| and |c| of a text matrix below this (relative) are no rotation
# The table finder's settings (pdfplumber's defaults; pdf_tables.find_tables reads these): it keeps only the
# edges at least EDGE_MIN_LENGTH long, so the reader need not make the records with no longer edge.
TABLE_SETTINGS: TableSettings = TableSettings.resolve(None)
EDGE_MIN_LENGTH: float = TABLE_SETTINGS.edge_min_length_prefilter


@dataclass
class PageObjects:
    """What pdfplumber reads from pdfminer for one page: the analysed layout and the object records."""

    layout: LTPage
    objects: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


class Reader:
    """pdfium's view of one open PDF, page by page (pages in the order pdfplumber lists them).

    ``edge_min_length``: the line, rect and curve records are only those with an edge at least this
    long (0 keeps every record, as pdfminer reports them; tests compare the two). It may not exceed the
    finder's own prefilter length: the reader would drop edges (a dashed rule's dashes) the finder keeps."""

    def __init__(self, path: Any, edge_min_length: float = EDGE_MIN_LENGTH) -> None:
        if not 0 <= edge_min_length <= EDGE_MIN_LENGTH:
            raise ValueError(f"edge_min_length {edge_min_length} is outside 0 to the table finder's {EDGE_MIN_LENGTH}")
        pdfium_lib()  # cffi's binding of the library, or an error before any page is read
        self._pdf = pdfium.PdfDocument(path)
        self._edge_min_length = edge_min_length

    def __len__(self) -> int:
        return len(self._pdf)

    def close(self) -> None:
        self._pdf.close()

    def page_objects(self, index: int, plumber_page: Any, laparams: LAParams) -> PageObjects | None:
        """The page's layout and records, or None when pdfminer must read it (a turned page, whose
        coordinates pdfminer rotates)."""
        if int(plumber_page.rotation or 0) % 360:
            return None
        page = self._pdf[index]
        try:
            return _read(page, plumber_page, laparams, self._edge_min_length)
        finally:
            page.close()


def attach(plumber_page: Any, objects: PageObjects) -> None:
    """Give a pdfplumber page the layout and records, so it never runs pdfminer's interpreter."""
    plumber_page._layout = objects.layout
    plumber_page._objects = objects.objects


def _read(page: pdfium.PdfPage, plumber_page: Any, laparams: LAParams, edge_min_length: float) -> PageObjects:
    left, bottom, right, top = page.get_mediabox()
    frame = _Frame((left, bottom), float(plumber_page.mediabox[0]), float(plumber_page.mediabox[1]),
                   float(plumber_page.height), float(plumber_page.initial_doctop), int(plumber_page.page_number),
                   edge_min_length)
    page_handle = handle(page.raw, "FPDF_PAGE")  # cffi's pointer to the page pypdfium2 opened
    forms, paths = _walk_objects(page_handle)
    chars = _chars(page_handle, frame, forms)
    layout = _Page(frame.page_number, (0.0, 0.0, abs(right - left), abs(top - bottom)))
    figures: dict[tuple[Any, ...], LTFigure] = {}
    page_objs = _own_objects(layout)
    for char, chain in chars:
        if chain:
            _container(layout, figures, chain).add(char)
        else:
            page_objs.append(char)
    for figure in _innermost_first(figures):
        _fit(figure)
    layout.analyze(laparams)
    records: dict[str, list[dict[str, Any]]] = {"char": [frame.char_record(c) for c, _ in chars]}
    for kind, record in (r for path in paths for r in _path_records(path, frame)):
        records.setdefault(kind, []).append(record)
    return PageObjects(layout, records)


@dataclass(frozen=True)
class _Frame:
    """pdfminer's page coordinates (origin at the media box corner) and pdfplumber's (top-down,
    shifted by pdfplumber's own media box figures)."""

    origin: Point  # the media box's lower left corner in PDF user space (pdfium's coordinates)
    plumber_x0: float
    plumber_top: float
    height: float
    initial_doctop: float
    page_number: int
    edge_min_length: float = 0.0  # records are made only with an edge at least this long (see _classify)

    def char_record(self, char: LTChar) -> dict[str, Any]:
        """pdfplumber's record of a character: top, bottom and doctop are pdfplumber's top-down figures
        (written in place, without a helper call or a dict merge: a page has thousands of characters)."""
        top = self.height - char.y1 + self.plumber_top
        return {"object_type": "char", "page_number": self.page_number, "text": char._text,
                "fontname": char.fontname, "size": char.size, "adv": char.adv, "upright": char.upright,
                "matrix": char.matrix, "x0": char.x0 + self.plumber_x0, "x1": char.x1 + self.plumber_x0,
                "y0": char.y0, "y1": char.y1, "width": char.width, "height": char.height,
                "top": top, "bottom": self.height - char.y0 + self.plumber_top, "doctop": self.initial_doctop + top}


def _walk_objects(page: Any) -> tuple[dict[Any, tuple[Any, ...]], list[tuple[Any, Matrix]]]:
    """Every text object's chain of enclosing forms, and every painted path with the matrix from its
    own space to the page's.

    Objects are keyed by their cffi pointers: two pointers to one pdfium object are equal and hash
    alike (by address), so no address is converted to an integer, which cost a Python call and two
    of cffi's per character."""
    _, lib = pdfium_lib()
    forms: dict[Any, tuple[Any, ...]] = {}
    paths: list[tuple[Any, Matrix]] = []

    def walk(count: int, get: Any, chain: tuple[Any, ...], outer: Matrix) -> None:
        for i in range(count):
            obj = get(i)
            kind = lib.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                forms[obj] = chain
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths.append((obj, _compose(_matrix(obj), outer)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                inner = _compose(_matrix(obj), outer)
                walk(lib.FPDFFormObj_CountObjects(obj), lambda k, f=obj: lib.FPDFFormObj_GetObject(f, k),
                     (*chain, obj), inner)

    walk(lib.FPDFPage_CountObjects(page), lambda k: lib.FPDFPage_GetObject(page, k), (), _IDENTITY)
    return forms, paths


def _own_objects(layout: LTPage) -> list[Any]:
    """The list of a page's own objects, pdfminer's private ``LTContainer._objs``: appending to it
    is what ``LTContainer.add`` does (``self._objs.append(obj)``, pdfminer.six 20260107), without a method call for
    each of a page's thousands of characters. Kept in one place so that a pdfminer upgrade that changes ``add``
    or the attribute's name has one line to check; the five full PDFs' tables against the previous output tell."""
    return layout._objs


def _chars(page: Any, frame: _Frame, forms: dict[Any, tuple[Any, ...]]) -> list[
        tuple[LTChar, tuple[Any, ...]]]:
    """The page's characters as pdfminer LTChars, each with its chain of enclosing forms; the
    spaces and line breaks pdfium adds between words (not in the PDF) are left out."""
    return chars_of_glyphs(_glyphs(page), frame.origin, forms)


def chars_of_glyphs(glyphs: list[tuple[str, tuple[float, float, float, float], Matrix, float, Any, Point]],
                    origin: Point, forms: dict[Any, tuple[Any, ...]]) -> list[tuple[LTChar, tuple[Any, ...]]]:
    """pdfium's glyphs (see :func:`_glyphs`) as pdfminer LTChars in pdfminer's page coordinates (``origin``:
    the media box's lower left corner in pdfium's), each with its chain of enclosing forms.

    Round 42: a page has thousands of characters, and two calls a character (round 41's ``_axis_upright`` and
    ``_lt_char``, with pdfminer's ``set_bbox`` inside) were about a third of this loop's time. Both are written
    out here, the LTChar's attributes set in the order ``_lt_char`` set them; the two now live in
    tests/test_pdf_chars.py as the reference it compares with, attribute for attribute, on random glyphs and on
    every page of the corpus's PDFs."""
    chars = []
    append = chars.append
    new = LTChar.__new__
    chain_of = forms.get
    tolerance = _AXIS_TOLERANCE
    left, bottom = origin  # pdfium's coordinates → pdfminer's (origin at the media box corner)
    last = len(glyphs) - 1
    for k, (text, box, m, font_size, obj, at) in enumerate(glyphs):
        x0, y0, x1, y1 = box[0] - left, box[1] - bottom, box[2] - left, box[3] - bottom
        a, b, c, d = m[:4]
        if a > 0 and d > 0 and abs(b) <= tolerance * (scale := max(abs(a), abs(d), 1e-9)) \
                and abs(c) <= tolerance * scale:  # upright on the axes (round 41's _axis_upright)
            y1 = y0 + font_size * abs(d)  # pdfminer's box: descent to descent + type size
            if k < last:
                following = glyphs[k + 1]
                if following[4] == obj and following[5][1] == at[1]:
                    # pdfminer's box ends at the advance the PDF gives the glyph, which is where the
                    # next glyph of the run starts; pdfium's loose box may use a substitute font's width.
                    advance = following[5][0] - at[0]
                    if 0 < advance < x1 - x0:
                        x1 = x0 + advance
        char = new(LTChar)
        char.x0 = x0
        char.y0 = y0
        char.x1 = x1
        char.y1 = y1
        char.width = width = x1 - x0
        char.height = height = y1 - y0
        char.bbox = (x0, y0, x1, y1)
        char._text = text
        char.matrix = m
        char.fontname = ""
        char.ncs = None
        char.graphicstate = None
        char.upright = a * d > 0 and b * c <= 0
        char.adv = width
        char.size = height
        char.mcid = None
        char.tag = None
        append((char, chain_of(obj, ())))
    return chars


def _glyphs(page: Any) -> list[tuple[str, tuple[float, float, float, float], Matrix, float, Any, Point]]:
    """(text, loose box, matrix, type size, text object (its cffi pointer), origin) of each character the
    page draws."""
    ffi, lib = pdfium_lib()
    text_page = lib.FPDFText_LoadPage(page)
    if text_page == ffi.NULL:
        raise RuntimeError("pdfium cannot read the page's text")
    glyphs = []
    try:
        box = ffi.new("FS_RECTF*")
        matrix = ffi.new("FS_MATRIX*")
        origin = ffi.new("double[2]")
        x, y = origin, origin + 1
        is_generated, get_unicode = lib.FPDFText_IsGenerated, lib.FPDFText_GetUnicode
        get_object = lib.FPDFText_GetTextObject
        get_box, get_matrix = lib.FPDFText_GetLooseCharBox, lib.FPDFText_GetMatrix
        get_origin, get_size = lib.FPDFText_GetCharOrigin, lib.FPDFText_GetFontSize
        high = 0
        for i in range(lib.FPDFText_CountChars(text_page)):
            if is_generated(text_page, i) == 1:
                continue
            code = get_unicode(text_page, i)
            if 0xD800 <= code < 0xDC00:  # first half of a character outside the BMP
                high = code
                continue
            if 0xDC00 <= code < 0xE000:  # second half: with a first half one character, alone no character at all
                text = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) if high else "\ufffd"
            else:
                text = chr(code)
            high = 0
            if not (get_box(text_page, i, box) and get_matrix(text_page, i, matrix)
                    and get_origin(text_page, i, x, y)):
                continue
            glyphs.append((text, (box.left, box.bottom, box.right, box.top),
                           (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
                           get_size(text_page, i), get_object(text_page, i), (origin[0], origin[1])))
    finally:
        lib.FPDFText_ClosePage(text_page)
    return glyphs


def group_objects(laparams: LAParams, objs: list[LTChar]) -> list[LTTextLine]:
    """pdfminer's ``LTLayoutContainer.group_objects`` for horizontal text (``detect_vertical`` off): a page's
    characters, in the order drawn, joined into lines.

    pdfminer tests each pair of consecutive characters through four method calls and adds each character
    to its line through two more (a bounding box rebuilt per character): about 7% of the reading time.
    Here the same tests are written out, the same state machine collects each line's characters, and a
    line is made once: the same characters and the same spaces (``LTAnno``) between them, ``_x1`` its last
    character's, and its box folded from (+INF, +INF, -INF, -INF) in the same order as pdfminer's
    ``add`` folds it (tests/test_pdf_bulk.py compares the lines with pdfminer's on every page of the
    corpus's PDFs and on random boxes)."""
    line_overlap, char_margin = laparams.line_overlap, laparams.char_margin
    runs: list[list[LTChar]] = []
    run: list[LTChar] | None = None
    obj0: LTChar | None = None
    for obj1 in objs:
        if obj0 is not None:
            # pdfminer's halign: is_voverlap, min height × line_overlap < voverlap, hdistance < max width × margin
            # (round 42) min(u, v) is written ``v if v < u else u`` and max(u, v) ``v if v > u else u``, as the
            # builtins decide (the first unless a later one is strictly less, greater): a call less for each
            halign = False
            if obj1.y0 <= obj0.y1 and obj0.y0 <= obj1.y1:
                h0, h1 = obj0.height, obj1.height
                u, v = abs(obj0.y0 - obj1.y1), abs(obj0.y1 - obj1.y0)
                if (h1 if h1 < h0 else h0) * line_overlap < (v if v < u else u):
                    if obj1.x0 <= obj0.x1 and obj0.x0 <= obj1.x1:
                        distance = 0
                    else:
                        u, v = abs(obj0.x0 - obj1.x1), abs(obj0.x1 - obj1.x0)
                        distance = v if v < u else u
                    w0, w1 = obj0.width, obj1.width
                    halign = distance < (w1 if w1 > w0 else w0) * char_margin
            if halign and run is not None:
                run.append(obj1)
            elif run is not None:
                runs.append(run)
                run = None
            elif halign:
                run = [obj0, obj1]
            else:
                runs.append([obj0])
        obj0 = obj1
    if obj0 is not None:
        runs.append(run if run is not None else [obj0])
    return [_line(chars, laparams.word_margin) for chars in runs]


def _line(chars: list[LTChar], word_margin: float) -> LTTextLineHorizontal:
    """``LTTextLineHorizontal(word_margin)`` with ``chars`` added one by one, as pdfminer's ``add`` adds them."""
    line = LTTextLineHorizontal(word_margin)
    objs = line._objs
    if word_margin:
        last_x1 = INF
        for char in chars:
            width, height = char.width, char.height
            if last_x1 < char.x0 - word_margin * (height if height > width else width):  # max(width, height)
                objs.append(LTAnno(" "))
            objs.append(char)
            last_x1 = char.x1
    else:
        objs.extend(chars)
    line._x1 = chars[-1].x1
    line.set_bbox((min([INF, *(c.x0 for c in chars)]), min([INF, *(c.y0 for c in chars)]),
                   max([-INF, *(c.x1 for c in chars)]), max([-INF, *(c.y1 for c in chars)])))
    return line


class _Grouping:
    """A page or figure whose characters are grouped into lines by :func:`group_objects` (pdfminer's own
    grouping when vertical text is looked for)."""

    def group_objects(self, laparams: LAParams, objs: Any) -> Any:
        if laparams.detect_vertical:
            return LTPage.group_objects(self, laparams, objs)  # type: ignore[arg-type]
        return iter(group_objects(laparams, list(objs)))


# pdfminer's page and figure with that grouping, under pdfminer's class names (pdfplumber names objects by them)
_Page = type("LTPage", (_Grouping, LTPage), {"__doc__": LTPage.__doc__})
_Figure = type("LTFigure", (_Grouping, LTFigure), {"__doc__": LTFigure.__doc__})


def _container(layout: LTPage, figures: dict[tuple[Any, ...], LTFigure], chain: tuple[Any, ...]) -> Any:
    """The LTFigure a character of a form XObject belongs in (nested as the forms are)."""
    if not chain:
        return layout
    if chain not in figures:
        figure: LTFigure = _Figure.__new__(_Figure)
        LTComponent.__init__(figure, (0.0, 0.0, 0.0, 0.0))
        figure._objs = []
        figure.name = ""
        figure.matrix = _IDENTITY
        _container(layout, figures, chain[:-1]).add(figure)
        figures[chain] = figure
    return figures[chain]


def _innermost_first(figures: dict[tuple[Any, ...], LTFigure]) -> list[LTFigure]:
    return [figures[chain] for chain in sorted(figures, key=len, reverse=True)]


def _fit(figure: LTFigure) -> None:
    """A figure's box is the union of what it holds (the layout analysis only groups inside it)."""
    objs = figure._objs
    figure.set_bbox((min(o.x0 for o in objs), min(o.y0 for o in objs), max(o.x1 for o in objs),
                     max(o.y1 for o in objs)))


def _path_records(path: tuple[Any, Matrix], frame: _Frame) -> Iterator[tuple[str, dict[str, Any]]]:
    """pdfplumber's records of a painted path, one a subpath (a curve's stretches: see
    :func:`_classify`), classified as pdfminer does (line, rect or curve); none for a path neither
    filled nor stroked, which pdfminer does not report."""
    obj, to_page = path
    ffi, lib = pdfium_lib()
    modes = ffi.new("int[2]")  # fill mode, stroke
    if not lib.FPDFPath_GetDrawMode(obj, modes, modes + 1) or not (modes[0] or modes[1]):
        return
    stroke, fill = bool(modes[1]), bool(modes[0])
    for subpath in _subpaths(obj, to_page, frame):
        if subpath[0][:1] == "m" and len(subpath[0]) > 1:  # a path must begin with a move; a lone move paints nothing
            yield from _classify(subpath, frame, stroke, fill)


def _subpaths(obj: Any, to_page: Matrix, frame: _Frame) -> list[tuple[str, list[Point]]]:
    """The path's subpaths as pdfminer's shapes ("m", "l", "c", "h" letters) and end points.

    Charts draw paths of thousands of segments: they are read in one pass where pdfium allows
    (:func:`pdfium_api.segment_reader`), and a Bézier segment's control points are skipped (pdfminer
    keeps a curve's end point only)."""
    segments = segment_reader()(obj)
    if segments is None:  # not laid out as one array after all: one by one
        segments = segments_by_call(obj)
    moveto, bezierto = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
    a, b, c, d, e, f = to_page
    e -= frame.origin[0]
    f -= frame.origin[1]
    subpaths: list[tuple[str, list[Point]]] = []
    shape: list[str] = []
    points: list[Point] = []
    bezier = 0
    for px, py, kind, close in segments:
        if kind == bezierto:
            bezier += 1
            if bezier % 3:
                continue
        point = (a * px + c * py + e, b * px + d * py + f)
        if kind == moveto:
            if shape:
                subpaths.append(("".join(shape), points))
            shape, points, bezier = ["m"], [point], 0
            continue
        shape.append("c" if kind == bezierto else "l")
        points.append(point)
        if close:
            shape.append("h")
            points.append(points[0])
    if shape:
        subpaths.append(("".join(shape), points))
    return subpaths


def _classify(subpath: tuple[str, list[Point]], frame: _Frame, stroke: bool, fill: bool) -> Iterator[
        tuple[str, dict[str, Any]]]:
    """The subpath's record as pdfminer classifies it: a line, a rect, or a curve; none when the table
    finder would drop each of its edges as shorter than ``frame.edge_min_length``.

    pdfplumber's table finder reads a curve only through its level and upright pieces (each pair of
    consecutive points is an edge, and the slanted ones are dropped), so a curve is given as one
    record per stretch of such pieces, and none when it has no such piece (a chart's data line):
    the finder gets the same edges in the same order without building, then dropping, an edge for
    each of a chart's thousands of slanted pieces. Likewise the finder drops a piece shorter than
    its prefilter length (1 pt) before it snaps and joins edges: a chart line's level and upright
    pieces are mostly such steps of a fraction of a point, so only the runs of long pieces of a
    stretch are given (each run with the stretch's own top and doctop, which the finder's edges
    carry), and no record when there is none (tests/test_pdf_tables.py compares the finder's edges
    and tables with every record given)."""
    shape, pts = subpath
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-1]
    shortest = frame.edge_min_length
    if shape in {"mlh", "ml"}:
        record = _record("line", pts[:2], frame, stroke, fill)
        if (record["width"] if record["top"] == record["bottom"] else record["height"]) >= shortest:
            yield "line", record  # pdfplumber's line_to_edge: level when top is bottom, else upright
    elif shape in {"mlllh", "mllll"} and pts[0] == pts[4] and _square(pts):
        record = _record("rect", [pts[0], pts[2]], frame, stroke, fill)
        if record["width"] >= shortest or record["height"] >= shortest:  # its level and its upright sides
            yield "rect", record
    else:
        x0, top = frame.plumber_x0, frame.plumber_top + frame.height
        for stretch in _runs(pts, 0.0):  # its stretches of level and upright pieces
            runs = _runs([(x0 + px, top - py) for px, py in stretch], shortest)  # pdfplumber's coordinates
            if runs:
                record = _record("curve", stretch, frame, stroke, fill)
                for run in runs:
                    yield "curve", {**record, "pts": run}


def _runs(pts: list[Point], shortest: float) -> list[list[Point]]:
    """The longest runs of consecutive points joined by pieces the table finder keeps: as pdfplumber's
    ``curve_to_edges`` and ``filter_edges`` read them, a piece is upright when its ends share x, else level
    when they share y (top), else slanted and dropped, and is kept when its height (upright) or width (level)
    is at least ``shortest``. With ``shortest`` 0 the runs are a path's stretches of level and upright pieces.

    One loop with the test written in it: a chart line has thousands of pieces, and a call per piece (a
    function or a list of flags) cost 10-15%."""
    runs: list[list[Point]] = []
    run: list[Point] = []
    for p, q in itertools.pairwise(pts):
        if p[0] == q[0]:
            kept = abs(p[1] - q[1]) >= shortest
        elif p[1] == q[1]:
            kept = abs(p[0] - q[0]) >= shortest
        else:
            kept = False
        if kept:
            if not run:
                run = [p]
                runs.append(run)
            run.append(q)
        else:
            run = []
    return runs


def _record(kind: str, pts: list[Point], frame: _Frame, stroke: bool, fill: bool) -> dict[str, Any]:
    """pdfplumber's record of a line, rect or curve with the bounding box of ``pts``.

    Charts give some 100,000 of these: the coordinates are unzipped once (min and max over a tuple,
    not four generators) and the top-down figures written in place (as in ``_Frame.char_record``)."""
    xs, ys = zip(*pts, strict=True)
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top = frame.height - y1 + frame.plumber_top
    return {"object_type": kind, "page_number": frame.page_number, "stroke": stroke, "fill": fill,
            "x0": x0 + frame.plumber_x0, "x1": x1 + frame.plumber_x0, "y0": y0, "y1": y1,
            "width": x1 - x0, "height": y1 - y0, "top": top, "bottom": frame.height - y0 + frame.plumber_top,
            "doctop": frame.initial_doctop + top}


def _square(pts: list[Point]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def _matrix(obj: Any) -> Matrix:
    ffi, lib = pdfium_lib()
    m = ffi.new("FS_MATRIX*")
    if not lib.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """inner then outer, as PDF matrices multiply (row vectors)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
