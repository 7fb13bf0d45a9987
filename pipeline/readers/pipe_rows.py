"""Pipe tables pasted into plain text: rows between pipes (| 指标 | 绝对数 | 比上年增长 |) as tab-separated rows.

A statistics bureau's page copied from a browser, a converter's or a chat tool's output keeps a table's rows as
Markdown pipe rows, often without the delimiter row GFM needs (| --- |); in a .txt file nothing read them as a table,
so the cells ran together into one paragraph with no unit and no header (round 29). Two such lines or more in a row
are a table's rows; a delimiter row among them is dropped. One pipe line, or a line with a pipe inside prose, stays.
"""

from __future__ import annotations

import re

from pipeline.readers import TABLE_CELL_SEPARATOR

_PIPE_ROW = re.compile(r"^[ \t\u3000]*\|(.*\|.*)\|[ \t\u3000]*$")  # two cells or more between outer pipes
_DELIMITER_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_MIN_ROWS = 2


def _cells(line: str) -> list[str] | None:
    match = _PIPE_ROW.match(line)
    return [cell.strip() for cell in match.group(1).split("|")] if match else None


def pipe_tables(text: str) -> str:
    """``text`` with each run of pipe rows (at least two, besides a delimiter row) written as tab-separated rows."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, rows = i, []
        while j < len(lines) and (cells := _cells(lines[j])) is not None:
            rows.append(cells)
            j += 1
        body = [cells for cells in rows if not all(_DELIMITER_CELL.match(cell) for cell in cells)]
        if len(body) >= _MIN_ROWS:
            out.extend(TABLE_CELL_SEPARATOR.join(cells) for cells in body)
        else:
            out.extend(lines[i:j] if j > i else [lines[i]])
        i = max(j, i + 1)
    return "\n".join(out)
