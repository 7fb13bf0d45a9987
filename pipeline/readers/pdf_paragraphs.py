"""PDF text from ordered page elements: headers, footers and template tags dropped, paragraphs rebuilt.

The page geometry says what plain text cannot: whether a line reaches its column's right edge
(its paragraph goes on, also into the next box, column or page), whether the next line is
indented, and whether a line sits in the page margin in small type (a header or footer, even on
one page only). Each paragraph, table row and sidebar line comes out as one line of text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from pipeline.readers import join_wrapped
from pipeline.readers.pdf_layout import Element, Line, pdf_spec

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class Page:
    """One page's elements in reading order, and its height."""

    elements: list[Element]
    height: float


@dataclass
class PdfText:
    """The lines of a PDF's text and which of them are not body text (sidebars)."""

    lines: list[str] = field(default_factory=list)
    aside_lines: set[int] = field(default_factory=set)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    spec = pdf_spec()
    return {
        "page_number": re.compile(spec["page_number"]),
        "paragraph_start": re.compile(spec["paragraph_start"]),
        "paragraph_end": re.compile(spec["paragraph_end"]),
        "artefact": re.compile("|".join(f"(?:{p})" for p in spec["artefacts"])),
        "contact": re.compile("|".join(f"(?:{p})" for p in spec["contact"]), re.I),
        "caption_start": re.compile(spec["caption_start"]),
    }


def strip_artefacts(text: str) -> str:
    """Remove template tags (Table_BaseInfo, [table_page]) from a line."""
    return " ".join(_patterns()["artefact"].sub(" ", text).split())


def is_contact(text: str) -> bool:
    """A line of analyst contact or licence data (phone, e-mail, SAC number)."""
    return bool(_patterns()["contact"].search(text))


def body_size(pages: list[Page]) -> float:
    """The type size of most of the text (weighted by characters)."""
    sizes = Counter()
    for page in pages:
        for element in page.elements:
            for line in element.lines:
                sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def drop_running_lines(pages: list[Page]) -> None:
    """Remove headers, footers and page numbers: lines in the top/bottom band that repeat on another
    page (digits ignored), are page numbers, or are set in smaller type than the body."""
    spec = pdf_spec()
    size = body_size(pages)

    def in_margin(line: Line, height: float) -> bool:
        return line.top < height * spec["margin_top"] or line.bottom > height * (1 - spec["margin_bottom"])

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    seen = Counter(
        k for page in pages
        for k in {key(x) for e in page.elements for x in e.lines if in_margin(x, page.height)}
    )
    for page in pages:
        for element in page.elements:
            element.lines = [
                line for line in element.lines
                if not in_margin(line, page.height) or not (
                    _patterns()["page_number"].match(line.text)
                    or (len(pages) > 1 and seen[key(line)] > 1)
                    or line.size < spec["margin_small_type"] * size
                )
            ]
        page.elements = [e for e in page.elements if e.lines or e.is_table]


class _Paragraphs:
    """Joins lines into paragraphs across line, box, column and page breaks."""

    def __init__(self) -> None:
        spec = pdf_spec()
        self.short = float(spec["short_line_ems"])
        self.indent = float(spec["indent_ems"])
        self.narrow = float(spec["min_paragraph_width_ems"])
        self.caption_lines = int(spec["caption_max_lines"])
        self.out = PdfText()
        self.pieces: list[str] = []
        self.last: tuple[Line, Element] | None = None
        self.pending: list[tuple[str, bool]] = []

    def flush(self) -> None:
        """Close the open paragraph, then emit the tables and sidebar lines that waited for it."""
        if self.pieces:
            text = ""
            for piece in self.pieces:
                text = _join(text, piece)
            self.out.lines.append(text)
        self.pieces = []
        self.last = None
        for text, aside in self.pending:
            if aside:
                self.out.aside_lines.add(len(self.out.lines))
            self.out.lines.append(text)
        self.pending = []

    def float_line(self, text: str, aside: bool) -> None:
        """Tables and sidebar lines wait until the paragraph they interrupt is complete."""
        if self.pieces:
            self.pending.append((text, aside))
        else:
            self.out.lines.append(text)
            if aside:
                self.out.aside_lines.add(len(self.out.lines) - 1)

    def continues(self, line: Line, element: Element) -> bool:
        if self.last is None:
            return False
        prev, prev_element = self.last
        if abs(prev.size - line.size) > 0.15 * max(prev.size, line.size):
            return False
        if prev.x1 < prev_element.right - self.short * prev.size:
            return False  # a short line ends its paragraph
        if prev_element.right - prev_element.x0 < self.narrow * prev.size:
            return False  # a box too narrow for prose (a chart legend, an axis title): one label a line
        if _patterns()["paragraph_start"].match(line.text) or _patterns()["paragraph_end"].search(prev.text):
            return False
        if min(prev.bottom, line.bottom) - max(prev.top, line.top) > 0:
            return False  # side by side (two captions, two columns at one height): never one paragraph
        if element is prev_element:
            return line.x0 - element.x0 <= self.indent * line.size
        if (self.pieces and len(prev_element.lines) <= self.caption_lines
                and _patterns()["caption_start"].match(self.pieces[0])):
            return False  # a caption wraps inside its own box; the next box (a tick, a legend) is the chart's
        # Into the next box, column or page: only an unfinished sentence goes on.
        left = min((x.x0 for x in element.lines), default=line.x0)
        return not _ends_sentence(prev.text) and line.x0 - left <= self.indent * line.size

    def add(self, element: Element) -> None:
        if element.is_table:
            for row in element.rows:
                self.float_line(row, False)
            return
        if element.aside:
            for line in element.lines:
                self.float_line(line.text, True)
            return
        for line in element.lines:
            if not self.continues(line, element):
                self.flush()
            self.pieces.append(line.text)
            self.last = (line, element)


def _join(left: str, right: str) -> str:
    """Join a line to the one it wraps onto; a number broken at the margin (12 | 3.4亿元) is one number."""
    if left[-1:].isdigit() and re.match(r"\.?\d", right) and _CJK.search(left[-12:] + right[:12]):
        return left + right
    return join_wrapped(left, right)


def _ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in "。！？!?；;：:”’」』）)】》…"


def page_text(pages: list[Page]) -> PdfText:
    """The lines of text of all pages: paragraphs, table rows and sidebar lines."""
    paragraphs = _Paragraphs()
    for page in pages:
        for element in page.elements:
            for line in element.lines:
                line.text = strip_artefacts(line.text)
            element.lines = [x for x in element.lines if x.text]
            if element.lines or element.is_table:
                if not element.aside and element.lines and all(is_contact(x.text) for x in element.lines):
                    element.aside = True
                paragraphs.add(element)
    paragraphs.flush()
    return paragraphs.out
