"""PDF reader: the text layer in reading order, via pdfplumber.

Two-column pages are read column by column, running headers/footers and page
numbers are dropped, and tables are kept as lines of tab-separated cells at
their place in the reading order.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from pipeline.ingest import TABLE_CELL_SEPARATOR, IngestError
from pipeline.progress import pages as report_pages

MARGIN_FRACTION = 0.08  # top/bottom band where running headers and page numbers live
_PAGE_NUMBER = re.compile(r"^[\s\-–—·]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[\s\-–—·]*$")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass
class _Line:
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    is_table: bool = False


def read_pdf(path: Path) -> tuple[str, dict[str, str]]:
    """Return the document's text (pages in order) and its metadata (title, date)."""
    try:
        pdf = pdfplumber.open(path)
    except Exception as err:  # pdfminer raises many types for broken files
        detail = " ".join(str(err).split())[:200]
        raise IngestError(f"cannot open PDF: {type(err).__name__}{': ' + detail if detail else ''}") from None
    with pdf:
        pages = [_page_lines(page) for page in report_pages(pdf.pages)]  # progress of long PDFs
        metadata = {
            key.lower(): str(value) for key, value in (pdf.metadata or {}).items()
            if key in {"Title", "Author"} and isinstance(value, str) and value.strip()
        }
        heights = [float(page.height) for page in pdf.pages]
    pages = _drop_running_lines(pages, heights)
    text = "\n\n".join("\n".join(line.text for line in lines) for lines in pages)
    if not text.strip():
        raise IngestError("PDF has no text layer (scanned images need OCR, which is not supported)")
    return text, metadata


def _page_lines(page: pdfplumber.page.Page) -> list[_Line]:
    """Lines of one page in reading order, tables included as tab-separated rows."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    chars = [c for c in page.filter(outside_tables).chars if c["text"].strip()]
    segments = _segments(chars)
    for table in tables:
        rows = [
            TABLE_CELL_SEPARATOR.join(_cell_text(cell) for cell in row)
            for row in table.extract() if any(cell for cell in row)
        ]
        x0, top, x1, bottom = table.bbox
        segments.append(_Line(top, bottom, x0, x1, "\n".join(rows), is_table=True))
    return _reading_order(segments, float(page.width))


def _cell_text(cell: str | None) -> str:
    return re.sub(r"\s+", "", cell) if cell and not _ASCII_WORD.search(cell) else " ".join((cell or "").split())


def _segments(chars: list[dict]) -> list[_Line]:
    """Group characters into rows by baseline, then split rows at wide horizontal gaps."""
    rows: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if rows and abs(rows[-1][0]["top"] - char["top"]) <= max(2.0, char["size"] * 0.4):
            rows[-1].append(char)
        else:
            rows.append([char])
    segments: list[_Line] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        current = [row[0]]
        for prev, char in itertools.pairwise(row):
            if char["x0"] - prev["x1"] > 1.5 * max(char["size"], 1.0):
                segments.append(_make_line(current))
                current = []
            current.append(char)
        segments.append(_make_line(current))
    return segments


def _make_line(chars: list[dict]) -> _Line:
    parts = [chars[0]["text"]]
    for prev, char in itertools.pairwise(chars):
        if char["x0"] - prev["x1"] > 0.3 * max(char["size"], 1.0):
            parts.append(" ")
        parts.append(char["text"])
    return _Line(
        top=min(c["top"] for c in chars), bottom=max(c["bottom"] for c in chars),
        x0=chars[0]["x0"], x1=chars[-1]["x1"], text="".join(parts),
    )


def _find_gutter(segments: list[_Line], width: float) -> float | None:
    """The x of a column gutter: a vertical line in the middle band that few segments cross."""
    body = [s for s in segments if not s.is_table]
    if len(body) < 6:
        return None

    def crossings(x: float) -> tuple[int, float]:
        return sum(1 for s in body if s.x0 < x < s.x1), abs(x - width / 2)

    gutter = min((float(x) for x in range(int(width * 0.3), int(width * 0.7))), key=crossings)
    left = sum(1 for s in body if s.x1 <= gutter)
    right = sum(1 for s in body if s.x0 >= gutter)
    if left >= 3 and right >= 3 and crossings(gutter)[0] <= 0.15 * len(body):
        return gutter
    return None


def _reading_order(segments: list[_Line], width: float) -> list[_Line]:
    """Top to bottom; within a two-column band, the left column before the right one."""
    segments.sort(key=lambda s: (round(s.top), s.x0))
    gutter = _find_gutter(segments, width)
    if gutter is None:
        return segments
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for seg in segments:
        if seg.x1 <= gutter:
            left.append(seg)
        elif seg.x0 >= gutter:
            right.append(seg)
        else:  # a line spanning both columns closes the band above it
            ordered += left + right + [seg]
            left, right = [], []
    return ordered + left + right


def _drop_running_lines(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Drop page numbers and lines repeated in the top/bottom margin of several pages."""
    def in_margin(line: _Line, height: float) -> bool:
        return line.top < height * MARGIN_FRACTION or line.bottom > height * (1 - MARGIN_FRACTION)

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.replace(" ", ""))

    repeated = Counter(
        key(line) for lines, height in zip(pages, heights, strict=True)
        for line in {key(x): x for x in lines if in_margin(x, height) and not x.is_table}.values()
    )
    kept = []
    for lines, height in zip(pages, heights, strict=True):
        kept.append([
            line for line in lines
            if line.is_table or not in_margin(line, height)
            or not (_PAGE_NUMBER.match(line.text) or (len(pages) > 1 and repeated[key(line)] > 1))
        ])
    return kept
