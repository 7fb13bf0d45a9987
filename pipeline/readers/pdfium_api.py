"""The pdfium functions the page reader calls, bound through cffi to the library pypdfium2 loaded.

The reader calls pdfium several times for every character and every path segment, and a chart
page draws tens of thousands of segments. pypdfium2's raw bindings are ctypes, whose calls cost
about twice cffi's (argument conversion, boxed results); the calls themselves were a good part of
the reading time. cffi comes with pdfminer.six (through cryptography), and opening the library
file pypdfium2 already loaded gives the same process-wide library, so its initialisation holds and
handles pass between the two bindings unchanged.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import pypdfium2_raw.bindings
from cffi import FFI

_DECLARATIONS = """
typedef struct fpdf_page_t__* FPDF_PAGE;
typedef struct fpdf_textpage_t__* FPDF_TEXTPAGE;
typedef struct fpdf_pageobject_t__* FPDF_PAGEOBJECT;
typedef struct fpdf_pathsegment_t__* FPDF_PATHSEGMENT;
typedef struct { float left; float top; float right; float bottom; } FS_RECTF;
typedef struct { float a; float b; float c; float d; float e; float f; } FS_MATRIX;

int FPDFPage_CountObjects(FPDF_PAGE page);
FPDF_PAGEOBJECT FPDFPage_GetObject(FPDF_PAGE page, int index);
int FPDFPageObj_GetType(FPDF_PAGEOBJECT page_object);
int FPDFPageObj_GetMatrix(FPDF_PAGEOBJECT page_object, FS_MATRIX* matrix);
int FPDFFormObj_CountObjects(FPDF_PAGEOBJECT form_object);
FPDF_PAGEOBJECT FPDFFormObj_GetObject(FPDF_PAGEOBJECT form_object, unsigned long index);

FPDF_TEXTPAGE FPDFText_LoadPage(FPDF_PAGE page);
void FPDFText_ClosePage(FPDF_TEXTPAGE text_page);
int FPDFText_CountChars(FPDF_TEXTPAGE text_page);
int FPDFText_IsGenerated(FPDF_TEXTPAGE text_page, int index);
unsigned int FPDFText_GetUnicode(FPDF_TEXTPAGE text_page, int index);
int FPDFText_GetLooseCharBox(FPDF_TEXTPAGE text_page, int index, FS_RECTF* rect);
int FPDFText_GetMatrix(FPDF_TEXTPAGE text_page, int index, FS_MATRIX* matrix);
int FPDFText_GetCharOrigin(FPDF_TEXTPAGE text_page, int index, double* x, double* y);
double FPDFText_GetFontSize(FPDF_TEXTPAGE text_page, int index);
FPDF_PAGEOBJECT FPDFText_GetTextObject(FPDF_TEXTPAGE text_page, int index);

int FPDFPath_GetDrawMode(FPDF_PAGEOBJECT path, int* fillmode, int* stroke);
int FPDFPath_CountSegments(FPDF_PAGEOBJECT path);
FPDF_PATHSEGMENT FPDFPath_GetPathSegment(FPDF_PAGEOBJECT path, int index);
int FPDFPathSegment_GetPoint(FPDF_PATHSEGMENT segment, float* x, float* y);
int FPDFPathSegment_GetType(FPDF_PATHSEGMENT segment);
int FPDFPathSegment_GetClose(FPDF_PATHSEGMENT segment);

FPDF_PAGEOBJECT FPDFPageObj_CreateNewPath(float x, float y);
int FPDFPath_MoveTo(FPDF_PAGEOBJECT path, float x, float y);
int FPDFPath_LineTo(FPDF_PAGEOBJECT path, float x, float y);
int FPDFPath_BezierTo(FPDF_PAGEOBJECT path, float x1, float y1, float x2, float y2, float x3, float y3);
int FPDFPath_Close(FPDF_PAGEOBJECT path);
void FPDFPageObj_Destroy(FPDF_PAGEOBJECT page_object);
"""

@cache
def pdfium_lib() -> tuple[FFI, Any]:
    """cffi's view of the pdfium library pypdfium2 loaded: (ffi, lib). Raises when it cannot be bound."""
    ffi = FFI()
    ffi.cdef(_DECLARATIONS)
    return ffi, ffi.dlopen(pypdfium2_raw.bindings._libs["pdfium"]._name)


def handle(raw: Any, kind: str) -> Any:
    """A pypdfium2 (ctypes) handle as a cffi pointer of type ``kind`` (e.g. "FPDF_PAGE")."""
    ffi, _ = pdfium_lib()
    return ffi.cast(kind, ctypes.cast(raw, ctypes.c_void_p).value or 0)


# A path's segments as pdfium stores them (CFX_Path::Point, one after the other in a std::vector): the point
# (two floats), the type (uint8: 0 line, 1 Bézier, 2 move, the values of FPDF_SEGMENT_LINETO/BEZIERTO/MOVETO)
# and the close flag (bool), padded to 12 bytes. :func:`segment_reader` checks this against the API first.
_SEGMENT = struct.Struct("=ffBB2x")
Segment = tuple[float, float, int, int]  # x, y, type (FPDF_SEGMENT_*), closes the figure (0 or 1)


def segments_by_call(path: Any) -> list[Segment]:
    """The path's segments read one by one through pdfium's API: four calls a segment."""
    ffi, lib = pdfium_lib()
    get_segment, get_type = lib.FPDFPath_GetPathSegment, lib.FPDFPathSegment_GetType
    get_point, get_close = lib.FPDFPathSegment_GetPoint, lib.FPDFPathSegment_GetClose
    xy = ffi.new("float[2]")
    x, y = xy, xy + 1
    found = []
    for k in range(lib.FPDFPath_CountSegments(path)):
        segment = get_segment(path, k)
        get_point(segment, x, y)
        found.append((xy[0], xy[1], get_type(segment), get_close(segment)))
    return found


def segments_in_bulk(path: Any) -> Iterable[Segment] | None:
    """The path's segments read from pdfium's array in one pass (see :func:`segment_reader`), or None when
    the first and last segments are not where an array of 12-byte segments puts them."""
    ffi, lib = pdfium_lib()
    count = lib.FPDFPath_CountSegments(path)
    if count <= 0:
        return ()
    first = ffi.cast("char *", lib.FPDFPath_GetPathSegment(path, 0))
    if first == ffi.NULL or ffi.cast("char *", lib.FPDFPath_GetPathSegment(path, count - 1)) != \
            first + _SEGMENT.size * (count - 1):
        return None
    return _SEGMENT.iter_unpack(ffi.buffer(first, _SEGMENT.size * count)[:])


@cache
def segment_reader() -> Callable[[Any], Iterable[Segment] | None]:
    """How to read a path's segments: :func:`segments_in_bulk` when this pdfium stores them as that function
    reads them, else :func:`segments_by_call`.

    A chart page draws tens of thousands of segments, and four calls into pdfium a segment (the API has no
    call for a whole path) were about a sixth of the reading time. pdfium keeps a path's segments in one
    array of fixed-size records; the array is read in one copy instead. Whether the records are laid out
    as read is checked once, on a path made here through the API (moves, lines, Béziers, closed and open
    figures, each of the three types): every segment read both ways must agree, and the array's stride
    must be the record's size. tests/test_pdf_bulk.py compares the two readings on every path of the
    corpus's PDFs, and its ``test_this_pdfium_is_read_in_bulk`` fails when a pdfium falls back to the calls."""
    import pypdfium2  # noqa: F401  (initialises the library: a path cannot be made before)

    _, lib = pdfium_lib()
    path = lib.FPDFPageObj_CreateNewPath(1.5, -2.25)
    try:
        ok = bool(path) and all((
            lib.FPDFPath_LineTo(path, 3.0, 4.125), lib.FPDFPath_BezierTo(path, 5.5, 6.0, 7.25, -8.0, 9.0, 10.5),
            lib.FPDFPath_Close(path), lib.FPDFPath_MoveTo(path, 1e6, -0.5), lib.FPDFPath_LineTo(path, 0.0, 1.0)))
        if ok:
            made = [(1.5, -2.25, 2, 0), (3.0, 4.125, 0, 0), (5.5, 6.0, 1, 0), (7.25, -8.0, 1, 0), (9.0, 10.5, 1, 1),
                    (1e6, -0.5, 2, 0), (0.0, 1.0, 0, 0)]
            read = segments_in_bulk(path)
            ok = segments_by_call(path) == made and read is not None and list(read) == made
    finally:
        if path:
            lib.FPDFPageObj_Destroy(path)
    return segments_in_bulk if ok else segments_by_call
