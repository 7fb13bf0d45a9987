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
