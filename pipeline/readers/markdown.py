"""Markdown reader: plain text lines from markdown-it-py's parse, tables as tab-separated rows.

The parser settles what line-by-line regexes get wrong: setext headings, backslash escapes,
reference links, emphasis inside words, lists. Blocks come out in source order, a paragraph's
source lines kept as lines (clean joins them) and a blank line between blocks. Pipe tables and the
HTML tables that PDF-to-Markdown converters embed become tab-separated rows; inline math that only
writes a number ($4 8 . 7 8 \\%$) becomes that number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.readers import TABLE_CELL_SEPARATOR
from pipeline.readers.html import html_tables

# Inline math that only writes a number ($4 8 . 7 8 \%$, $\times 1 0 0 \%$): converters spell digits apart.
_MATH = re.compile(r"\$\$.*?\$\$|\$([^$\n]{1,80})\$")  # display math is matched to be skipped
_MATH_SYMBOLS = {r"\%": "%", r"\times": "×", r"\cdot": "·", r"\pm": "±", r"\sim": "~"}
_NUMERIC_MATH = re.compile(r"[\d\s.,%×·±~+\-−()/]+")
_HTML_TABLE = re.compile(r"((?:<html>\s*<body>\s*)?<table\b.*?</table>(?:\s*</body>\s*</html>)?)", re.I | re.S)
_TAG = re.compile(r"<[^>\n]+>")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^([^\]\s]{1,20})\]:\s*(.*)$")
_FOOTNOTE_MARKER = re.compile(r"\[\^([^\]\s]{1,20})\]")
# A pipe table's delimiter row (|---|:--:|, ---|---): the line above it is the header, the lines with a pipe
# below it are rows.
_DELIMITER_ROW = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_PUA, _MAX_FORMULAS = 0xF0000, 0xFFFD  # formulas wait in a private-use plane while the parser runs
_PLACEHOLDER = re.compile("[\U000F0000-\U000FFFFD]")


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@dataclass(frozen=True)
class MarkdownText:
    """The text of a Markdown document and the levels of its heading lines (by line index): the parser
    knows a heading (# …, setext) that clean's patterns for plain text would not (1.1当前…, 第一章　…); and the
    lines of its list items (round 25: an item is a block of its own, whatever the width of its line)."""

    text: str
    heading_lines: dict[int, int] = field(default_factory=dict)
    item_lines: set[int] = field(default_factory=set)


def read_markdown(text: str) -> str:
    """The text of a Markdown document: one line per source line of a block, blank lines between blocks."""
    return read_markdown_document(text).text


def read_markdown_document(text: str) -> MarkdownText:
    """The text of a Markdown document with its heading lines."""
    formulas: list[str] = []
    tokens = _parser().parse(_table_ends(_footnotes(_numeric_math(text, formulas))))
    out: list[str] = []
    headings: dict[int, int] = {}
    items: set[int] = set()
    last_end = 0
    index = 0
    while index < len(tokens):
        token, in_item = tokens[index], _in_list_item(tokens, index)
        lines, index = _block(tokens, index)
        if lines is None:
            continue
        start, end = token.map or (last_end, last_end)
        if out and (start > last_end or in_item or len(out) - 1 in items) and out[-1]:
            out.append("")  # a list item is a block of its own, also in a tight list without 。 after it (and so
            # is the block right after it: a heading or a paragraph with no blank line before it, round 25)
        if token.type == "heading_open":
            headings.update((len(out) + k, int(token.tag[1:])) for k in range(len(lines)))
        if in_item:
            items.update(range(len(out), len(out) + len(lines)))
        out.extend(lines)
        last_end = max(last_end, end)
    joined = _PLACEHOLDER.sub(lambda m: _formula(m.group(0), formulas), "\n".join(out))
    return MarkdownText(joined, headings, items)


def _formula(placeholder: str, formulas: list[str]) -> str:
    """The formula a placeholder stands for; a private-use character of the input itself stays."""
    k = ord(placeholder) - _PUA
    return formulas[k] if 0 <= k < len(formulas) else placeholder


def _block(tokens: list[Token], index: int) -> tuple[list[str] | None, int]:
    """The lines of the leaf block starting at tokens[index] (None for container tokens) and the next index."""
    token = tokens[index]
    if token.type in {"paragraph_open", "heading_open"}:
        prefix = _list_prefix(tokens, index) if token.type == "paragraph_open" else ""
        return (prefix + _inline(tokens[index + 1])).split("\n"), index + 3
    if token.type in {"fence", "code_block"}:
        return token.content.rstrip("\n").split("\n"), index + 1
    if token.type == "html_block":
        return _html_lines(token.content), index + 1
    if token.type == "table_open":
        close = next(i for i in range(index, len(tokens)) if tokens[i].type == "table_close")
        return _table_rows(tokens[index:close]), close + 1
    return None, index + 1


def _in_list_item(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].type == "list_item_open"


def _footnotes(text: str) -> str:
    """Footnotes, which CommonMark does not know (it takes `[^1]: …` for a link definition and drops it):
    a marker `[^1]` becomes the note marker `[1]` (structure, not a number), a definition a paragraph
    `[1] 数据来源：…` of its own, so that its text stays (outside code fences)."""
    out: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            definition = _FOOTNOTE_DEFINITION.match(line)
            line = f"\n[{definition[1]}] {definition[2]}\n" if definition else _FOOTNOTE_MARKER.sub(r"[\1]", line)
        out.append(line)
    return "\n".join(out)


def _table_ends(text: str) -> str:
    """A line without a pipe right under a pipe table's rows ends the table (outside code fences): GFM would take
    it for a one-cell row (a lazy continuation), but a writer who puts 注：… or the next table's lead-in line
    (按类别分：) there means text, and the next table's header and delimiter rows would become rows of this one."""
    out: list[str] = []
    in_fence = in_table = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence, in_table = not in_fence, False
        elif not in_fence:
            if _DELIMITER_ROW.match(line) and "-" in line and out and "|" in out[-1]:
                in_table = True
            elif in_table and line.strip() and "|" not in line:
                out.append("")
                in_table = False
            elif not line.strip():
                in_table = False
        out.append(line)
    return "\n".join(out)


def _list_prefix(tokens: list[Token], index: int) -> str:
    """An ordered list item keeps its number (1. 引言 is a heading to clean), a bullet loses its mark."""
    previous = tokens[index - 1] if index else None
    if previous is not None and previous.type == "list_item_open" and previous.info:
        return f"{previous.info}{previous.markup} "
    return ""


def _table_rows(tokens: list[Token]) -> list[str]:
    rows: list[str] = []
    cells: list[str] = []
    for token in tokens:
        if token.type == "tr_open":
            cells = []
        elif token.type == "inline":
            cells.append(_inline(token).replace("\n", " ").strip())
        elif token.type == "tr_close" and any(cells):
            rows.append(TABLE_CELL_SEPARATOR.join(cells))
    return rows


def _html_lines(html: str) -> list[str]:
    """An HTML block: its tables as rows, the text around them as lines without tags."""
    lines: list[str] = []
    for i, part in enumerate(_HTML_TABLE.split(html)):
        if i % 2:
            lines.extend(html_tables(part))
        else:
            lines.extend(text for line in part.split("\n") if (text := _TAG.sub("", line).strip()))
    return lines


def _inline(token: Token) -> str:
    """Plain text of an inline token: emphasis, links and tags dropped, images dropped, escapes resolved."""
    parts: list[str] = []
    markup: list[str] = []  # the same with inline HTML kept, for a table embedded in the paragraph
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
            markup.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
            markup.append("\n")
        elif child.type == "html_inline":
            markup.append(child.content)
    if any("<table" in piece.lower() for piece in markup):
        return "\n".join(_html_lines("".join(markup)))
    return "".join(parts)


def _numeric_math(text: str, formulas: list[str]) -> str:
    """Numeric inline math as plain numbers; other formulas set aside as placeholders, so that the
    parser reads no escapes or emphasis inside them (outside code fences)."""
    def replace(match: re.Match[str]) -> str:
        plain = _plain_math(match)
        if plain != match.group(0) or len(formulas) >= _MAX_FORMULAS:
            return plain
        formulas.append(plain)
        return chr(_PUA + len(formulas) - 1)

    out: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        out.append(line if in_fence else _MATH.sub(replace, line))
    return "\n".join(out)


def _plain_math(match: re.Match[str]) -> str:
    """Numeric inline math as the number it writes, a bracketed percent sign (a caption's unit,
    $( \\% )$) as that sign; any other formula stays as written."""
    body = match.group(1)
    if body is None:
        return match.group(0)
    for command, symbol in _MATH_SYMBOLS.items():
        body = body.replace(command, symbol)
    if not _NUMERIC_MATH.fullmatch(body) or not re.search(r"\d|%", body):
        return match.group(0)
    return re.sub(r"\s+", "", body)
