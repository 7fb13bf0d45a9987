"""A PDF's title and date from its first page; its metadata only when it is not a placeholder.

Generators fill the Title field with "(anonymous)", a web site's name or the file name, and the
CreationDate is when the file was written, not when the report was. The first page says both.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pipeline.readers.pdf_layout import Element, pdf_spec
from pipeline.readers.pdf_paragraphs import is_contact, strip_artefacts


@cache
def _placeholders() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in pdf_spec()["placeholder_titles"]]


def is_placeholder(title: str) -> bool:
    """A metadata title that says nothing about the document."""
    return any(p.search(title.strip()) for p in _placeholders())


def first_page_date(elements: list[Element]) -> str:
    """The topmost line of the first page that is only a date (after a label): the report date."""
    pattern = re.compile(pdf_spec()["report_date"])
    lines = sorted((x for e in elements if not e.is_table for x in e.lines), key=lambda x: (x.top, x.x0))
    for line in lines:
        text = re.sub(r"\s+", "", strip_artefacts(line.text))
        match = pattern.search(text)
        if match and len(text) - len(match.group(0)) <= 8:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
    return ""


def first_page_title(elements: list[Element]) -> str:
    """The body line in the largest type on the first page (wrapped titles joined)."""
    spec = pdf_spec()
    candidates = []
    for element in elements:
        if element.is_table or element.aside:
            continue
        for line in element.lines:
            text = strip_artefacts(line.text)
            compact = re.sub(r"\s+", "", text)
            if (spec["title_min_chars"] <= len(compact) <= spec["title_max_chars"] and not is_contact(text)
                    and not re.search(spec["not_title"], compact)
                    and not re.search(spec["report_date"], compact) and re.search(r"[^\W\d_]", compact)):
                candidates.append((line.size, -line.top, element, text))
    if not candidates:
        return ""
    size, _, element, _ = max(candidates, key=lambda c: (round(c[0], 1), c[1]))
    parts = [text for s, _, e, text in sorted(candidates, key=lambda c: -c[1])
             if e is element and abs(s - size) < 0.5]
    title = ""
    for part in parts:
        title = _join(title, part)
    return title


def _join(left: str, right: str) -> str:
    if left and left[-1].isascii() and right[:1].isascii():
        return f"{left} {right}"
    return left + right


def pdf_metadata(info: dict[str, object], first_page: list[Element]) -> dict[str, str]:
    """Title and date for the documents table; author kept from the metadata when it is real."""
    meta: dict[str, str] = {}
    title = first_page_title(first_page)
    info_title = info.get("Title")
    if not title and isinstance(info_title, str) and not is_placeholder(info_title):
        title = info_title.strip()
    if title:
        meta["title"] = title
    author = info.get("Author")
    if isinstance(author, str) and not is_placeholder(author):
        meta["author"] = author.strip()
    date = first_page_date(first_page)
    if date:
        meta["date"] = date
    return meta
