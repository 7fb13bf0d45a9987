"""Markdown reader: plain text lines, with markup removed and pipe tables as tab-separated rows."""

from __future__ import annotations

import re

from pipeline.ingest import TABLE_CELL_SEPARATOR

_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
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


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text
