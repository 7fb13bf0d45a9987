"""Tables: cells of the tables found by `clean`, with headers, scaled values and units.

Two layouts arrive here. Grid tables (from PDF, HTML or Markdown readers) are lines
of tab-separated cells. Flattened tables (a PDF text dump) are one cell per line:
header lines, then for each row a label (e.g. 2010年) and its value cells. Cell
values are scaled and unitised from the unit written in the column header
(出口额（亿美元） → 亿美元) by the numbers engine itself, so a table cell means the
same as the quantity written in running text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc

from pipeline.clean import Block
from pipeline.extract.numbers import find_quantities
from pipeline.ingest import TABLE_CELL_SEPARATOR
from pipeline.segment import doc_text

_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%％]?$")
_UNIT_IN_HEADER = re.compile(r"[（(]\s*(?:单位\s*[:：]\s*)?([^（）()]{1,8})\s*[）)]\s*$")
_UNIT_IN_CAPTION = re.compile(r"单位\s*[:：]\s*([^\s，。；）)]{1,8})")
_TABLE_LABEL = re.compile(r"^((?:表|Table)\s*\d+(?:[-.．]\d+)?)")
_MAX_PERMUTED_COLUMNS = 7


@dataclass
class Cell:
    row: int
    column: int
    row_header: str
    column_header: str
    value_text: str
    start: int
    end: int
    unit_text: str = ""
    value: Decimal | None = None
    unit: str = ""
    kind: str = ""

    def __post_init__(self) -> None:
        self.value, self.unit, self.kind = cell_quantity(self.value_text, self.unit_text)


@dataclass
class ParsedTable:
    table_id: str
    caption: str
    cells: list[Cell] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def header_unit(header: str) -> str:
    """The unit written in a header: 出口额（亿美元） → 亿美元, 占比（%） → %."""
    match = _UNIT_IN_HEADER.search(header)
    return match.group(1).strip() if match else ""


def cell_quantity(value_text: str, unit_text: str) -> tuple[Decimal | None, str, str]:
    """A cell's (value, unit, kind), read by the numbers engine with the header's unit appended."""
    text = value_text.replace(",", "").strip()
    if not _NUMBER.match(text):
        return None, "", ""
    if unit_text and not text.endswith(("%", "％")):
        for quantity in find_quantities(f"{text}{unit_text}"):
            if quantity.start == 0:
                return quantity.value, quantity.unit, quantity.kind
    if text.endswith(("%", "％")):
        return Decimal(text.rstrip("%％")), "%", "percent"
    try:
        return Decimal(text), unit_text, "count"
    except InvalidOperation:
        return None, "", ""


def _lines(full: str, block: Block) -> list[_Line]:
    lines, offset = [], block.start
    for text in full[block.start:block.end].split("\n"):
        if text.strip():
            lines.append(_Line(text, offset))
        offset += len(text) + 1
    return lines


def _caption_before(full: str, blocks: list[Block], index: int) -> str:
    """The nearest 表N caption among the few blocks before a table."""
    for previous in reversed(blocks[max(0, index - 4):index]):
        text = full[previous.start:previous.end]
        if previous.kind == "caption" and _TABLE_LABEL.match(text):
            return text
    return ""


def parse_tables(doc: Doc) -> list[ParsedTable]:
    """Every table block of the Doc, parsed once and cached on the Doc."""
    if "tables" in doc.user_data:
        return doc.user_data["tables"]
    tables: list[ParsedTable] = []
    full = doc_text(doc)  # spaCy rebuilds Doc.text from its tokens on every access
    blocks: list[Block] = doc._.blocks or []
    for index, block in enumerate(blocks):
        if block.kind != "table":
            continue
        caption = _caption_before(full, blocks, index)
        label = _TABLE_LABEL.match(caption)
        table_id = re.sub(r"\s+", "", label.group(1)) if label else f"table{len(tables) + 1}"
        if any(t.table_id == table_id for t in tables):
            table_id = f"{table_id}-{len(tables) + 1}"
        lines = _lines(full, block)
        default_unit = ""
        if match := _UNIT_IN_CAPTION.search(caption):
            default_unit = match.group(1)
        if any(TABLE_CELL_SEPARATOR in line.text for line in lines):
            cells = _grid_cells(lines, default_unit)
        else:
            cells = _flat_cells(lines, default_unit)
        tables.append(ParsedTable(table_id, caption, cells))
    doc.user_data["tables"] = tables
    return tables


def _grid_cells(lines: list[_Line], default_unit: str) -> list[Cell]:
    """Tab-separated rows: the first row holds column headers, the first column row headers."""
    rows = []
    for line in lines:
        cells, offset = [], line.start
        for text in line.text.split(TABLE_CELL_SEPARATOR):
            cells.append(_Line(text.strip(), offset + len(text) - len(text.lstrip())))
            offset += len(text) + 1
        rows.append(cells)
    header = rows[0]
    result = []
    for r, row in enumerate(rows[1:]):
        row_header = row[0].text if row else ""
        row_unit = header_unit(row_header)
        for c, cell in enumerate(row[1:], start=1):
            if not cell.text:
                continue
            column_header = header[c].text if c < len(header) else ""
            unit = header_unit(column_header) or row_unit or default_unit
            result.append(Cell(r, c - 1, row_header, column_header, cell.text, cell.start, cell.end, unit))
    return result


def _is_value(text: str) -> bool:
    return bool(_NUMBER.match(text.replace(" ", ""))) or text in {"-", "—", "–", "/"}


def _flat_cells(lines: list[_Line], default_unit: str) -> list[Cell]:
    """One cell per line: headers first, then a row label followed by its values."""
    first_value = next((i for i, line in enumerate(lines) if _is_value(line.text)), None)
    if first_value is None or first_value == 0:
        return []
    headers = [line.text for line in lines[: first_value - 1]]
    rows: list[tuple[str, list[_Line]]] = []
    for line in lines[first_value - 1:]:
        if _is_value(line.text) and rows:
            rows[-1][1].append(line)
        else:
            rows.append((line.text, []))
    width = max((len(values) for _, values in rows), default=0)
    columns = _column_headers(headers, width, [[v.text for v in values] for _, values in rows])
    result = []
    for r, (label, values) in enumerate(rows):
        for c, value in enumerate(values):
            name = columns[c] if c < len(columns) else ""
            unit = header_unit(name) or default_unit
            result.append(Cell(r, c, label, name, value.text, value.start, value.end, unit))
    return result


def _column_headers(headers: list[str], width: int, rows: list[list[str]]) -> list[str]:
    """Assign header lines to value columns.

    Leaf headers carry a unit in brackets; lines without one are a corner label or
    a group header spanning several leaves (its leaves are printed after the top
    row). Among the orders the layout allows, the first one whose percent columns
    hold values within 0–100 wins.
    """
    leaves = [(i, h) for i, h in enumerate(headers) if header_unit(h)]
    groups = [(i, h) for i, h in enumerate(headers) if not header_unit(h)]
    if len(leaves) != width or width == 0:
        return [h for _, h in leaves][:width]
    maxima = []
    for c in range(width):
        values = [_to_decimal(row[c]) for row in rows if c < len(row)]
        maxima.append(max((v for v in values if v is not None), default=Decimal(0)))

    def fits(order: list[str]) -> bool:
        return all(not header_unit(h).endswith("%") or m <= 100 for h, m in zip(order, maxima, strict=True))

    names = [h for _, h in leaves]
    candidates: list[list[str]] = [names]
    # A group header (a line without unit) takes the last m leaves, placed where it stands.
    group_lines = [i for i, _ in groups if i > 0]
    if group_lines:
        position = group_lines[0]
        group_name = "".join(h for i, h in groups if i in group_lines and i < min(
            (j for j, _ in leaves if j > position), default=len(headers)))
        for m in range(2, width):
            children = leaves[-m:]
            before = [h for i, h in leaves[:-m] if i < position]
            after = [h for i, h in leaves[:-m] if i > position]
            if len(before) + len(after) + m == width:
                candidates.append(before + [f"{group_name} / {h}" for _, h in children] + after)
    for order in candidates:
        if fits(order):
            return order
    if width <= _MAX_PERMUTED_COLUMNS:
        for order in itertools.permutations(names):
            if fits(list(order)):
                return list(order)
    return names


def _to_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "").rstrip("%％").strip())
    except InvalidOperation:
        return None


def extract_tables(doc: Doc) -> list[dict]:
    """Rows of the tables table: one per cell."""
    return [{
        "table_id": table.table_id, "caption": table.caption, "row": cell.row, "column": cell.column,
        "row_header": cell.row_header, "column_header": cell.column_header, "value_text": cell.value_text,
        "value": cell.value, "unit": cell.unit, "start": cell.start, "end": cell.end,
    } for table in parse_tables(doc) for cell in table.cells]


def extract_table_numbers(doc: Doc) -> list[dict]:
    """Quantities held by table cells, scaled and unitised from their headers."""
    return [{
        "start": cell.start, "end": cell.end, "text": cell.value_text, "value": cell.value, "unit": cell.unit,
        "kind": cell.kind, "approx": "",
    } for table in parse_tables(doc) for cell in table.cells if cell.value is not None]
