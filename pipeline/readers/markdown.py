"""Markdown reader: plain text lines, with markup removed and tables (pipe tables and the HTML tables
that PDF-to-Markdown converters embed) as tab-separated rows; numeric inline math as plain text."""

from __future__ import annotations

import re

from pipeline.readers import TABLE_CELL_SEPARATOR
from pipeline.readers.html import html_tables

_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# Inline math that only writes a number ($4 8 . 7 8 \%$, $\times 1 0 0 \%$): converters spell digits apart.
_MATH = re.compile(r"\$\$.*?\$\$|\$([^$\n]{1,80})\$")  # display math is matched to be skipped
_MATH_SYMBOLS = {r"\%": "%", r"\times": "×", r"\cdot": "·", r"\pm": "±", r"\sim": "~"}
_NUMERIC_MATH = re.compile(r"[\d\s.,%×·±~+\-−()/]+")
_HTML_TABLE = re.compile(r"((?:<html>\s*<body>\s*)?<table\b.*?</table>(?:\s*</body>\s*</html>)?)", re.I | re.S)
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),          # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),      # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),           # bold
    (re.compile(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),                  # inline code
    (re.compile(r"<[^>\n]+>"), ""),                     # inline HTML tags
]


def read_markdown(text: str) -> str:
    """Strip Markdown syntax line by line, keeping paragraphs and headings as lines."""
    out: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        stripped = line.strip()
        if "<table" in stripped.lower():
            out.extend(_with_tables(stripped))
            continue
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2:
            cells = [_inline(cell.strip()) for cell in stripped[1:-1].split("|")]
            out.append(TABLE_CELL_SEPARATOR.join(cells))
            continue
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)          # headings
        line = re.sub(r"\s+#+\s*$", "", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)               # block quotes
        line = re.sub(r"^\s*(?:[-*+])\s+", "", line)          # bullets
        if re.match(r"^\s*([-*_])(\s*\1){2,}\s*$", line):       # horizontal rules
            continue
        out.append(_inline(line))
    return "\n".join(out)


def _with_tables(line: str) -> list[str]:
    """A line holding HTML tables: the text around them as lines of its own, each table as its rows."""
    lines: list[str] = []
    for i, part in enumerate(_HTML_TABLE.split(line)):
        if i % 2:
            lines.extend(html_tables(part))
        elif part.strip():
            lines.append(_inline(part.strip()))
    return lines


def _plain_math(match: re.Match[str]) -> str:
    """Numeric inline math as the number it writes; any other formula stays as written."""
    body = match.group(1)
    if body is None:
        return match.group(0)
    for command, symbol in _MATH_SYMBOLS.items():
        body = body.replace(command, symbol)
    if not _NUMERIC_MATH.fullmatch(body) or not re.search(r"\d", body):
        return match.group(0)
    return re.sub(r"\s+", "", body)


def _inline(text: str) -> str:
    text = _MATH.sub(_plain_math, text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text
