"""HTML reader: the page's main text as paragraphs, without tags, scripts or navigation."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from pipeline.chars import CJK_WIDE
from pipeline.readers import TABLE_CELL_SEPARATOR

_NOISE_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
               "button", "template"]
_NOISE_HINT = re.compile(r"nav|menu|footer|header|sidebar|breadcrumb|comment|share|related|advert|banner", re.I)
_BLOCK_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "caption", "pre", "table"]
_DATE_META = ("article:published_time", "pubdate", "publishdate", "date", "dc.date", "publish_date")


def read_html(markup: str) -> tuple[str, dict[str, str]]:
    """Return the main text (one paragraph a line, tables as tab-separated rows) and metadata."""
    soup = BeautifulSoup(markup, "lxml")
    meta: dict[str, str] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(strip=True)
    for tag in soup.find_all("meta"):
        name = str(tag.get("name") or tag.get("property") or "").lower()
        if name in _DATE_META and tag.get("content") and "date" not in meta:
            meta["date"] = str(tag["content"])
    for tag in soup.find_all(_NOISE_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        hints = " ".join([str(tag.get("id") or ""), *[str(c) for c in tag.get("class") or []]])
        if tag.name not in {"body", "html", "main", "article"} and _NOISE_HINT.search(hints):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    heading = root.find("h1") if isinstance(root, Tag) else None
    if heading and heading.get_text(strip=True):
        meta["title"] = heading.get_text(" ", strip=True)
    lines: list[str] = []
    for block in root.find_all(_BLOCK_TAGS):
        if block.find_parent(_BLOCK_TAGS) is not None:
            continue  # nested blocks are read with their outer block
        if block.name == "table":
            lines.extend(table_rows(block))
            continue
        text = _squash(block.get_text(" ", strip=True))
        if text:
            lines.append(text)
    if not lines and isinstance(root, Tag):
        lines = [_squash(t) for t in root.get_text("\n").splitlines() if t.strip()]
    return "\n".join(lines), meta


def table_rows(table: Tag) -> list[str]:
    """A table as its caption (if any) and one tab-separated line per non-empty row."""
    rows = []
    for row in table.find_all("tr"):
        cells = [_squash(cell.get_text(" ", strip=True)) for cell in row.find_all(["th", "td"])]
        if any(cells):
            rows.append(TABLE_CELL_SEPARATOR.join(cells))
    caption = table.find("caption")
    return ([_squash(caption.get_text(" ", strip=True))] if caption else []) + rows


def html_tables(markup: str) -> list[str]:
    """The rows of every table in a fragment of HTML (Markdown converters embed tables this way)."""
    soup = BeautifulSoup(markup, "lxml")
    return [row for table in soup.find_all("table") for row in table_rows(table)]


def _squash(text: str) -> str:
    """Collapse white space; drop the spaces HTML layout leaves between Chinese characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(f"(?<=[{CJK_WIDE}]) (?=[{CJK_WIDE}])",
                  "", text)
