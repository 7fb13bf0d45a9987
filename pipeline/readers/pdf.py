"""PDF reader: the text layer in reading order, via pdfplumber and pdfminer's layout analysis.

Text boxes come from pdfminer (pdf_layout), are ordered by columns and bands, lose running
headers, footers and template tags, and are joined into paragraphs (pdf_paragraphs). Tables
found by pdfplumber stay at their place as lines of tab-separated cells; a "table" that is
really a page frame around prose is read as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pdfplumber
from pdfplumber.table import Table

from pipeline.progress import pages as report_pages
from pipeline.readers import TABLE_CELL_SEPARATOR, IngestError
from pipeline.readers.pdf_layout import Element, pdf_spec, reading_order, text_elements
from pipeline.readers.pdf_meta import pdf_metadata
from pipeline.readers.pdf_objects import PageObjects, Reader, attach
from pipeline.readers.pdf_paragraphs import Page, drop_running_lines, page_text
from pipeline.readers.pdf_tables import find_tables

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
MAX_CELL_CHARS = 120  # a cell longer than this is a paragraph: the "table" is a frame around text


@dataclass
class PdfResult:
    """What the reader returns: the text, its metadata and the lines that are not body text."""

    text: str
    metadata: dict[str, str]
    aside_lines: set[int] = field(default_factory=set)


def read_pdf(path: Path, objects: str | None = None) -> PdfResult:
    """Read a PDF into paragraphs (one a line), tables as tab-separated rows, and its title and date.

    ``objects``: who reads the pages' characters and paths, "pdfium" or "pdfminer" (default: pdf.yaml's
    ``objects``)."""
    try:
        pdf = pdfplumber.open(path, laparams=dict(pdf_spec()["laparams"]))
    except Exception as err:  # pdfminer raises many types for broken files
        causes = [err, err.__cause__, *(a for a in err.args if isinstance(a, BaseException))]
        if any(re.search("password|encrypt", type(c).__name__, re.I) for c in causes if c is not None):
            raise IngestError("PDF is encrypted: it needs a password to open") from None
        raise IngestError(f"cannot open PDF: {_describe(err)}") from None
    try:
        try:
            count = len(pdf.pages)  # pdfminer lists the pages here: a broken page tree fails now
        except Exception as err:
            raise IngestError(f"cannot list PDF pages: {_describe(err)}") from None
        source = _object_source(path, count, objects or pdf_spec().get("objects", "pdfium"))
        try:
            pages = [_read_page(page, source, pdf.laparams) for page in report_pages(pdf.pages)]  # progress
        except IngestError:
            raise
        except Exception as err:
            raise IngestError(f"cannot read PDF page: {_describe(err)}") from None
        finally:
            if source is not None:
                source.close()
        info = dict(pdf.metadata or {})
    finally:
        _close(pdf)
    metadata = pdf_metadata(info, pages[0].elements if pages else [])
    drop_running_lines(pages)
    result = page_text(pages)
    text = "\n".join(result.lines)
    if not text.strip():
        raise IngestError("PDF has no text layer (scanned images need OCR, which is not supported)")
    return PdfResult(text, metadata, result.aside_lines)


def _close(pdf: Any) -> None:
    """Close the PDF and its file; pdfplumber's ``close`` lists the pages again, which fails once more for a
    broken page tree, so the file is then closed on its own."""
    try:
        pdf.close()
    except Exception:
        pdf.stream.close()


def _describe(err: Exception) -> str:
    detail = " ".join(str(err).split())[:200]
    return f"{type(err).__name__}{': ' + detail if detail else ''}"


def _object_source(path: Path, page_count: int, objects: str) -> Reader | None:
    """pdfium to read the pages' characters and paths (``objects`` "pdfium"), unless it cannot open
    the file or counts its pages differently: then pdfminer reads them all."""
    if objects != "pdfium":
        return None
    try:
        source = Reader(path)
    except Exception:  # pdfium refuses some files pdfminer reads; those keep pdfminer's reading
        return None
    if len(source) != page_count:
        source.close()
        return None
    return source


def _read_page(page: Any, source: Reader | None, laparams: Any) -> Page:
    """One page's elements; pdfminer's and pdfplumber's objects of the page (one per character and
    path) are freed once read, so a long PDF does not hold every page's objects until its end."""
    try:
        objects = _page_objects(page, source, laparams)
        if objects is not None:
            attach(page, objects)
        tables = [t for t in (_table(table) for table in find_tables(page)) if t is not None]
        elements = text_elements(page, [(t.x0, t.top, t.x1, t.bottom) for t in tables]) + tables
        return Page(reading_order(elements, float(page.width), float(page.height)), float(page.height))
    finally:
        page.close()


def _page_objects(page: Any, source: Reader | None, laparams: Any) -> PageObjects | None:
    if source is None:
        return None
    try:
        return source.page_objects(page.page_number - 1, page, laparams)
    except Exception:  # a page pdfium cannot take apart is read by pdfminer
        return None


def _table(table: Any) -> Element | None:
    """A pdfplumber table as an element of tab-separated rows, unless it holds prose or nothing."""
    grid = _extract(table)
    cells = [cell for row in grid for cell in row if cell and cell.strip()]
    if not cells or max(len(c) for c in cells) > MAX_CELL_CHARS:
        return None
    filled = [sum(1 for cell in row if cell and cell.strip()) for row in grid]
    if sum(1 for n in filled if n >= 2) < min(2, len(grid)):
        return None  # a layout grid (a title bar, a frame): its text is read as text
    rows = [TABLE_CELL_SEPARATOR.join(_cell_text(cell) for cell in row) for row, n in zip(grid, filled, strict=True)
            if n]
    x0, top, x1, bottom = table.bbox
    return Element(float(x0), float(top), float(x1), float(bottom), rows=rows)


def _extract(table: Table) -> list[list[str | None]]:
    """``table.extract()`` over the characters whose middle is inside the table's box.

    pdfplumber's ``extract`` looks through every character of the page for each row of the table
    (a page with a few dozen tables and thousands of characters read them all per row); a row's box
    lies inside the table's, so the characters it finds are among these, in the same order
    (tests/test_pdf_tables.py compares the two on every table of the dev reports)."""
    x0, top, x1, bottom = table.bbox
    chars = [char for char in table.page.chars
             if x0 <= (char["x0"] + char["x1"]) / 2 < x1 and top <= (char["top"] + char["bottom"]) / 2 < bottom]
    return Table(SimpleNamespace(chars=chars), table.cells).extract()


def _cell_text(cell: str | None) -> str:
    return re.sub(r"\s+", "", cell) if cell and not _ASCII_WORD.search(cell) else " ".join((cell or "").split())
