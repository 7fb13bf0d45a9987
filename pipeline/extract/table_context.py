"""Units of a table from the text around it: where the running text cites a table (详见表13)
it gives the unit of cells a scan printed bare, and a Hong Kong article's generic 元 is HKD."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.clean import Block
from pipeline.extract.currencies import generic_units
from pipeline.extract.dates import quantities_outside_dates
from pipeline.extract.table_cells import Cell, ParsedTable, cell_quantity, is_unit, table_cues
from pipeline.extract.unit_forms import home_currency
from pipeline.script import simplified


def _citing_blocks(full: str, blocks: list[Block], table_ids: set[str]) -> dict[str, list[str]]:
    """The texts of the blocks that cite each table (详见表1), one pass over the document."""
    citing: dict[str, list[str]] = {}
    for block in blocks:
        if block.kind == "table":
            continue
        text = full[block.start:block.end]
        cited = {re.sub(r"\s+", "", m.group(1)) for m in table_cues()["table_citation"].finditer(text)}
        for table_id in cited & table_ids:
            citing.setdefault(table_id, []).append(text)
    return citing


def row_units_from_citations(full: str, blocks: list[Block], tables: list[ParsedTable]) -> None:
    """A row whose unit a scan lost (讲座参加人数 n, the other rows keep theirs) takes the unit and
    the scale of the quantity the citing text gives for one of its cells: …累计参加人数达11.44亿人，
    详见表1 and the row's cell 114.41 make the row 千万人. The quantity must name the row (two
    characters of the label before it in its clause) and equal the cell up to a power of ten, within
    the text's rounding."""
    rows: dict[str, dict[int, list[Cell]]] = {}
    for table in tables:
        if not any(c.unit for c in table.cells):
            continue
        by_row: dict[int, list[Cell]] = {}
        for cell in table.cells:
            by_row.setdefault(cell.row, []).append(cell)
        bare = {r: cells for r, cells in by_row.items() if cells[0].row_header and not any(c.unit for c in cells)}
        if bare:
            rows[table.table_id] = bare
    if not rows:
        return
    scales = {int(k): v for k, v in table_cues()["power_scales"].items()}
    for table_id, texts in _citing_blocks(full, blocks, set(rows)).items():
        for text in texts:
            for q in quantities_outside_dates(text):
                if not q.unit or q.kind == "percent":
                    continue
                written = re.sub(r"\s", "", text[q.start:q.end])
                numeral = re.match(r"[\d.,]+", written)
                if numeral is None:
                    continue
                surface = written[numeral.end():].lstrip(table_cues()["scale_chars"])
                clause = re.split(table_cues()["sentence_end"].pattern + "|[，,]", text[:q.start])[-1]
                for r, cells in list(rows[table_id].items()):
                    label = re.sub(r"[^\u4e00-\u9fff]", "", cells[0].row_header)
                    if not any(label[i:i + 2] in clause for i in range(len(label) - 1)):
                        continue
                    power = _power_between(cells, q.value, numeral.group())
                    if power is not None and power in scales:
                        unit = scales[power] + surface
                        for cell in cells:
                            cell.unit_text = unit
                            cell.value, cell.unit, cell.kind = cell_quantity(cell.value_text + cell.continued, unit)
                        del rows[table_id][r]


def _power_between(cells: list[Cell], value: Decimal, numeral: str) -> int | None:
    """The power of ten that makes one of the cells the text's value, within the text's rounding."""
    digits = numeral.replace(",", "")
    step = Decimal(1).scaleb(-(len(digits) - digits.index(".") - 1)) if "." in digits else Decimal(1)
    scale = value / Decimal(digits) if Decimal(digits) else Decimal(0)
    for cell in cells:
        if cell.value is None or cell.value <= 0 or value <= 0:
            continue
        power = round((value / cell.value).log10())
        if abs(cell.value.scaleb(power) - value) <= step * scale / 2:
            return power
    return None


def home_currency_cells(full: str, tables: list[ParsedTable]) -> None:
    """The generic 元 of a table names the currency of its text, as in running text: 20000元 in a
    Hong Kong article's table is HKD. A currency written out (人民币, 美元) keeps its own code."""
    home = home_currency(full)
    if home == "CNY":
        return
    generic = generic_units()
    for cell in (cell for table in tables for cell in table.cells if cell.kind == "money" and cell.unit == "CNY"):
        written = simplified(re.sub(r"[\d.,\s%％-]", "", cell.unit_text or cell.value_text))
        if written and written[-1] in generic and not any(name in written for name in table_cues()["named_cny"]):
            cell.unit = home


def units_from_citations(full: str, blocks: list[Block], tables: list[ParsedTable]) -> None:
    """A table that writes no unit anywhere takes the one the text gives its cells where it cites
    the table: …学历占比 37.0% ，乡镇卫生院为 17.4% …详见表13 makes the cells of 表13 percentages,
    because 37.0 and 17.4 are cells of it. Every quoted cell must agree on the unit."""
    bare = {table.table_id: table for table in tables if table.cells and not any(c.unit for c in table.cells)}
    if not bare:
        return
    quoted: dict[str, set[str]] = {}
    for block in blocks:
        if block.kind == "table":
            continue
        text = full[block.start:block.end]
        cited = {re.sub(r"\s+", "", m.group(1)) for m in table_cues()["table_citation"].finditer(text)} & bare.keys()
        if not cited:
            continue
        written = [(m.group(), q) for q in quantities_outside_dates(text) if q.unit
                   if (m := re.match(r"[-+]?[\d.,]+", re.sub(r"\s", "", text[q.start:q.end])))]
        for table_id in cited:
            values = {re.sub(r"\s", "", cell.value_text) for cell in bare[table_id].cells}
            for numeral, quantity in written:
                if numeral in values:
                    suffix = re.sub(r"\s", "", full[block.start + quantity.start:block.start + quantity.end])
                    quoted.setdefault(table_id, set()).add(suffix[len(numeral):])
    for table_id, units in quoted.items():
        if len(units) == 1 and (unit := units.pop()) and is_unit(unit):
            for cell in bare[table_id].cells:
                cell.unit_text = unit
                cell.value, cell.unit, cell.kind = cell_quantity(cell.value_text + cell.continued, unit)
