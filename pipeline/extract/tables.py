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
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc

from pipeline.clean import Block
from pipeline.extract.table_cells import (
    COLUMN_PATH_SEPARATOR,
    Cell,
    ParsedTable,
    TableLine,
    accounting_negative,
    header_unit,
    is_bare_unit,
    is_period,
    is_unit,
    own_unit_quantity,
    table_cues,
    unit_kind,
    worded_change,
)
from pipeline.extract.table_context import home_currency_cells, row_units_from_citations, units_from_citations
from pipeline.readers import TABLE_CELL_SEPARATOR
from pipeline.script import simplified

_MAX_PERMUTED_COLUMNS = 7
_MAX_FLOATING_NOTES = 2  # data notes the cleaner may float between a title and its table

__all__ = ["COLUMN_PATH_SEPARATOR", "Cell", "ParsedTable", "header_unit", "parse_tables", "table_labels"]


def _lines(full: str, block: Block) -> list[TableLine]:
    lines, offset = [], block.start
    for text in full[block.start:block.end].split("\n"):
        if text.strip():
            lines.append(TableLine(text, offset))
        offset += len(text) + 1
    return lines


def _caption_before(full: str, blocks: list[Block], index: int) -> str:
    """The nearest 表N caption among the few blocks before a table; also a caption the cleaner
    took for a paragraph (a label, then no sentence end: 表8…情况 (n, %))."""
    for previous in reversed(blocks[max(0, index - 4):index]):
        text = full[previous.start:previous.end]
        if not table_cues()["table_label"].match(text):
            continue
        untold_caption = previous.kind == "paragraph" and not table_cues()["sentence_end"].search(text)
        if previous.kind == "caption" or untold_caption:
            return text
    return ""


def _unit_line_before(full: str, blocks: list[Block], index: int) -> str:
    """The unit a line of its own states right above a table (单位：元　币种：人民币; 单位：万元): disclosures
    write it there, with no 表N caption. It may stand above a note line, never above another table (that table's
    unit, not this one's)."""
    title = _title_before(blocks, index)
    for previous in reversed(blocks[max(0, index - 2):index]):
        if previous.kind == "table":
            return ""
        text = full[previous.start:previous.end].strip()
        if unit := _unit_in(table_cues()["unit_line"], text, anchored=True) or _unit_in(
                table_cues()["unit_line_end"], text):
            return unit  # (also a title line ending in （单位：亿元）)
        if previous is title and (unit := _title_unit(text)):
            return unit
    if title is not None and title.start < blocks[max(0, index - 2)].start:
        return _title_unit(full[title.start:title.end].strip())
    return ""


def _title_before(blocks: list[Block], index: int) -> Block | None:
    """The block a table's title would be: the one right above the table, past the data notes the cleaner
    floats there (a 数据来源：… line under a table comes out before it), so a heading's （亿美元） still reaches
    the cells (round 20). Never past another table or more than a few notes."""
    skip = table_cues()["floating_note_kinds"]
    for previous in reversed(blocks[max(0, index - 1 - _MAX_FLOATING_NOTES):index]):
        if previous.kind not in skip:
            return previous if previous.kind != "table" else None
    return None


def _title_unit(text: str) -> str:
    """The unit a title line right above a table ends in, bracketed, with no 表N label and no 单位：
    (2024年6月中国制造业PMI分类指数（%）, 主要产品产量（万吨）): the caption's unit (round 17). A line that ends a
    sentence is running text, and a bracket that holds no unit ((2019年), (分行业)) gives none."""
    if "\n" in text or table_cues()["sentence_end"].search(text):
        return ""
    match = _unit_in(table_cues()["unit_in_header"], text)
    return match if match and is_unit(match.strip()) else ""


def _unit_note_near(full: str, blocks: list[Block], index: int) -> str:
    """The unit a note next to a table states (注：单位为亿元, 注：金额单位为亿元): budget tables write it under
    the table instead of above, and the cleaner may list such a note just before the table. The nearest blocks
    on either side, never past another table (a note beyond it is that table's)."""
    for side in (reversed(blocks[max(0, index - 2):index]), blocks[index + 1:index + 3]):
        for near in side:
            if near.kind == "table":
                break
            if unit := _unit_in(table_cues()["unit_note"], full[near.start:near.end].strip(), anchored=True):
                return unit
    return ""


def _unit_in(pattern: re.Pattern[str], text: str, anchored: bool = False) -> str:
    """The unit ``pattern`` finds in ``text`` read simplified (單位：億元新台幣 is 单位：亿元新台币), as written in
    the original: the view keeps offsets, and the numbers engine reads either script."""
    view = simplified(text)
    match = pattern.match(view) if anchored else pattern.search(view)
    return text[match.start(1):match.end(1)] if match else ""


def parse_tables(doc: Doc) -> list[ParsedTable]:
    """Every table block of the Doc (the tables component stores them as ``doc._.tables``)."""
    tables: list[ParsedTable] = []
    ids: set[str] = set()  # the ids given so far: a look-up, not a scan of every table
    full = doc._.text
    blocks: list[Block] = doc._.blocks or []
    for index, block in enumerate(blocks):
        if block.kind != "table":
            continue
        caption = _caption_before(full, blocks, index)
        label = table_cues()["table_label"].match(caption)
        table_id = re.sub(r"\s+", "", label.group(1)) if label else f"table{len(tables) + 1}"
        if table_id in ids:
            table_id = f"{table_id}-{len(tables) + 1}"
        ids.add(table_id)
        lines = _lines(full, block)
        default_unit = (_table_unit(caption, []) or _unit_line_before(full, blocks, index)
                        or _unit_note_near(full, blocks, index) or header_unit(caption))
        if any(TABLE_CELL_SEPARATOR in line.text for line in lines):
            cells = _grid_cells(lines, default_unit, caption)
        else:
            cells = _flat_cells(lines, default_unit)
        tables.append(ParsedTable(table_id, caption, cells))
    units_from_citations(full, blocks, tables)
    row_units_from_citations(full, blocks, tables)
    home_currency_cells(full, tables)
    return tables


def _split_row(line: TableLine) -> list[TableLine]:
    """A tab-separated row as its cells (text stripped, offsets into the document)."""
    cells, offset = [], line.start
    for text in line.text.split(TABLE_CELL_SEPARATOR):
        cells.append(TableLine(text.strip(), offset + len(text) - len(text.lstrip())))
        offset += len(text) + 1
    return cells


def _is_quantity(text: str) -> bool:
    """A number that is no period label (2019 over a column is a header)."""
    bare = re.sub(r"[,\s]", "", text)
    return bool(table_cues()["number_cell"].match(bare) or own_unit_quantity(bare) or accounting_negative(text)
                or table_cues()["bounded_cell"].match(bare) or worded_change(bare)) and not is_period(text)


def _is_header_row(row: list[TableLine]) -> bool:
    """A row without a quantity: labels, units, or period labels (a year row is headers, not data)."""
    return not any(_holds_quantity(cell) for cell in row)


def _holds_quantity(cell: TableLine) -> bool:
    """Whether a cell holds a quantity (120 (40.0) holds two)."""
    return any(_is_quantity(piece.text) for piece in _values_in(cell))


def _aligned(row: list[TableLine], width: int) -> list[TableLine]:
    """A full leaf header row one cell short of the body lacks its corner cell (a reader
    dropped a merged corner): its cells stand over the value columns."""
    if len(row) == width - 1 and all(cell.text for cell in row):
        return [TableLine("", row[0].start), *row]
    return row


def _column_paths(header_rows: list[list[TableLine]], width: int) -> tuple[list[list[str]], list[str]]:
    """Each column's header texts (top row first) and its unit.

    In a header row above the last one, an empty cell is the rest of a merged cell to its left
    (营业收入 over 1-11月（亿元） and 同比增长（%））. A column's unit is the one written nearest its
    cells (the leaf first); a header over period leaves (年份（年） over 2019, 2020) labels the
    periods, so neither it nor a period leaf gives the values a unit: the rows carry theirs. A cell that states the
    table's unit (单位：万元 over the last columns of a yearbook sheet exported to HTML) heads no column (round 25).
    """
    paths: list[list[str]] = [[] for _ in range(width)]
    owners: list[list[tuple[int, int]]] = [[] for _ in range(width)]  # (level, column written in)
    for level, row in enumerate(header_rows):
        carried = -1
        for c in range(width):
            text = row[c].text if c < len(row) else ""
            owner = c
            if text and table_cues()["unit_line"].match(simplified(text.strip())):
                carried = -1  # 单位：万元 in a cell of the title rows is the table's unit (_table_unit), no header
                continue
            if text:
                carried = c if c > 0 else -1
            elif level < len(header_rows) - 1 and carried > 0:
                text, owner = row[carried].text, carried
            if text:
                paths[c].append(text)
                owners[c].append((level, owner))
    over_periods = {owner for c in range(width) if paths[c] and is_period(paths[c][-1]) for owner in owners[c]}
    unit_rows = {level for level, row in enumerate(header_rows) if _is_unit_row(row)}
    units = []
    for c in range(width):
        written = [header_unit(text) or (text if owner[0] in unit_rows else "")
                   for text, owner in zip(paths[c], owners[c], strict=True) if owner not in over_periods]
        units.append(next((unit for unit in reversed(written) if unit), ""))
    return paths, units


def _is_unit_row(row: list[TableLine]) -> bool:
    """A header row of bare units under the headers (指标 | 2023年 | 比上年增长 over | 亿元 | %): every cell after
    the first that is written is a unit, so each is its column's unit. A row that mixes units and words (人数 %
    | 人数 | %, columns a scan merged) is none."""
    written = [cell.text.strip() for cell in row[1:] if cell.text.strip()]
    return bool(written) and all(is_bare_unit(text) for text in written)


def _row_unit(label: str) -> str:
    """The unit of a row: the last one in brackets in its label, also when a scan ran the next
    row's label on after it (传染病疫情报告率 (%) 传染病疫情报 → %), or left stray Latin letters
    inside the bracket of a unit wrapped over two lines (（万 / AIX 次） → 万次)."""
    for match in reversed(list(table_cues()["unit_in_label"].finditer(label))):
        unit = match.group(1).strip()
        if is_unit(unit):
            return unit
        bare = table_cues()["unit_noise"].sub("", unit)
        if bare != unit and is_unit(bare):
            return bare
    return ""


def _table_unit(caption: str, lines: list[TableLine]) -> str:
    """A unit stated for the whole table: 单位：亿元 in its caption or in a line of its own."""
    for text in [caption, *(line.text for line in lines)]:
        if unit := _unit_in(table_cues()["unit_in_caption"], text):
            return unit
    return ""


def _row_labels(rows: list[list[TableLine]]) -> list[tuple[str, list[TableLine]]]:
    """Body rows as (row header, cells). A row with a label and nothing else continues a label:
    a bracketed unit alone ((亿份)) ends the label above it, other text starts the next one. Round 25: not a
    section row (一、税收收入, （二）非税收入: a budget table's heading over its items), and not a label the next row's
    own item mark follows (上级追加补助 with its cells blank, then 1、增值税 or 其中：…): those stand alone, glued to no
    label."""
    cues = table_cues()
    result: list[tuple[str, list[TableLine]]] = []
    pending = ""
    for row in rows:
        label = row[0].text if row else ""
        if label and not any(cell.text for cell in row[1:]):
            if result and cues["unit_alone"].match(label):
                header, cells = result[-1]
                result[-1] = (header + label, cells)
            elif cues["section_row"].match(label):
                pending = ""
            else:
                pending += label
            continue
        if pending and cues["item_mark"].match(label):
            pending = ""
        result.append((pending + label, row))
        pending = ""
    return result


def _grid_cells(lines: list[TableLine], default_unit: str, caption: str = "") -> list[Cell]:
    """Tab-separated rows: leading rows without quantities are column headers (several levels
    when cells are merged), the first column holds row headers unless it holds quantities.

    A cell's unit is the nearest one written: its column's header, else its row's header,
    else the table's (单位：… in the caption or a line of the table).
    """
    rows = [_split_row(line) for line in lines]
    width = max(len(row) for row in rows)
    first_body = next((i for i, row in enumerate(rows) if not _is_header_row(row)), len(rows))
    while first_body > 1 and not any(cell.text for cell in rows[first_body - 1][1:]):
        first_body -= 1  # a row label alone before the body starts the label of the first row
    rows = _one_stub_column(rows, first_body)
    width = max(len(row) for row in rows)
    header_rows = rows[:first_body]
    if header_rows:
        header_rows[-1] = _aligned(header_rows[-1], width)
    paths, units = _column_paths(header_rows, width)
    table_unit = _table_unit("", lines[:first_body]) or default_unit
    body = _row_labels(rows[first_body:])
    first_value = 0 if _first_column_is_values(body, paths) else 1
    if first_value:
        body = _join_wrapped(body)
    head_text = "\n".join([caption, *(line.text for line in lines[:first_body])])
    shares = bool(table_cues()["counts_with_shares"].search(head_text))
    unit_columns = [c for c in range(width) if paths[c] and table_cues()["unit_column"].match(paths[c][-1])]
    table_units = _table_units(table_unit, paths, units, first_value)
    rate_rows = _rate_row_units(table_unit, units)
    statistics = _is_regression_table(body)
    result = []
    for r, (row_header, row) in enumerate(body):
        row_unit = _row_unit(row_header) if first_value else ""
        written = [row[c].text.strip() for c in unit_columns if c < len(row) and is_unit(row[c].text.strip())]
        row_unit = written[0] if written else row_unit  # 原煤 | 万吨 | 40000: the row's unit column
        rated = any(rate_rows) and table_cues()["rate_row_label"].search(row_header) is not None  # (once a row)
        for c in range(first_value, len(row)):
            cell = row[c]
            if not cell.text or c in unit_columns:
                continue
            rate_unit = rate_rows[c] if rated else ""
            unit = units[c] or row_unit or rate_unit or table_units[c]
            column_header = COLUMN_PATH_SEPARATOR.join(paths[c])
            if not units[c] and unit.endswith("%") and table_cues()["change_header"].search(column_header) \
                    and not (any(rate_rows) and not rate_unit):
                unit = "百分点"  # the change of a percentage: 较上年提高 in a table of growth rates (not the
                # growth of an amount in a table of amounts and rates, 单位：元、% | 比上年增长: round 29)
            pieces = _values_in(cell, statistics)
            pieces[-1].continued = cell.continued
            shared = shares and not units[c]
            result.extend(Cell(r, c - first_value, row_header if first_value else "", column_header,
                               piece.text, piece.start, piece.end, _share_unit(piece, unit) if shared else unit,
                               continued=piece.continued) for piece in pieces)
    return result


def _one_stub_column(rows: list[list[TableLine]], first_body: int) -> list[list[TableLine]]:
    """Rows whose labels take two leading columns, with one label column. A column of serial numbers (序号 |
    项目名称, or 1, 2, 3 …) before a column of names is dropped: the names are the labels (a 合计 written in the
    serial column stays the label, the name column blank or not: 合计 | 前三家 at the foot of a ranking, round
    15). A group column (类别 | 指标, 城镇居民 | 人均可支配收入:
    the same group over several rows, or blank under a merged cell) is joined with the item column (城镇居民 /
    人均可支配收入), a blank group filled from the row above. Other tables are returned as they are: a second
    column of units (原煤 | 万吨) or of quantities, or a first column of distinct names beside text
    (甲公司 | 制造业). Rows of fewer than three cells (a label continued, a line run on) are left alone."""
    body = [row for row in rows[first_body:] if len(row) >= 3]
    if len(body) < 2:
        return rows
    firsts, seconds = [row[0].text for row in body], [row[1].text for row in body]
    header = [row[:2] for row in rows[:first_body]]
    if table_cues()["unit_column"].match(header[-1][-1].text if header and len(header[-1]) > 1 else "") or any(
            _holds_quantity(row[1]) or is_unit(row[1].text) for row in body if row[1].text):
        return rows
    pairs = list(zip(firsts, seconds, strict=True))
    numbered = [f for f, s in pairs if f and s]
    serial = table_cues()["serial_cell"]
    foot = 1 if len(numbered) > 2 and not serial.match(numbered[-1]) else 0  # 合计 | 前三家 under 1, 2, 3
    if all(f or s for f, s in pairs) and _is_code_column(numbered[:len(numbered) - foot],
                                                        [cells[0].text for cells in header]):
        return _restubbed(rows, first_body, lambda row, _: [
            TableLine(" ".join(cell.text for cell in row[:2] if cell.text), (row[0] if row[0].text else row[1]).start),
            *row[2:]])
    if all(f or s for f, s in pairs) and _is_serial_column(numbered[:len(numbered) - foot],
                                                          [cells[0].text for cells in header]):
        return _restubbed(rows, first_body, lambda row, _: [
            row[1] if row[1].text and not (row[0].text and not serial.match(row[0].text)) else row[0], *row[2:]])
    written = [text for text in firsts if text]
    if not all(seconds) or not written or any(_holds_quantity(row[0]) for row in body) \
            or len(set(written)) == len(body):
        return rows
    return _restubbed(rows, first_body, lambda row, group: [
        TableLine(f"{group}{COLUMN_PATH_SEPARATOR}{row[1].text}" if group else row[1].text, row[1].start), *row[2:]])


def _restubbed(rows: list[list[TableLine]], first_body: int,
               restub: Callable[[list[TableLine], str], list[TableLine]]) -> list[list[TableLine]]:
    """The rows with one stub column: header rows lose their first cell, body rows of three cells or more are
    ``restub``'s (given the row and its group: its first cell, else the last one written above)."""
    out, group = [row[1:] if len(row) > 1 else row for row in rows[:first_body]], ""
    for row in rows[first_body:]:
        if len(row) < 3:
            out.append(row)
            continue
        group = row[0].text or group
        out.append(restub(row, group))
    return out


def _is_code_column(codes: list[str], headers: list[str]) -> bool:
    """Whether a first column holds classification codes (科目编码 | 科目名称: 201, 20103, 208 in a budget or 决算
    table): digits under a header that names a code. The code and the name together are the row's label (201
    一般公共服务支出), so that a total check sees which row a longer code belongs to (round 18)."""
    cues = table_cues()
    return bool(codes) and all(cues["code_cell"].match(text) for text in codes) and any(
        cues["code_header"].search(simplified(text)) for text in headers if text)


def _is_serial_column(numbers: list[str], headers: list[str]) -> bool:
    """Whether a first column's cells are serial numbers: small integers under a 序号 header, or 1, 2, 3 …"""
    if not numbers or not all(table_cues()["serial_cell"].match(text) for text in numbers):
        return False
    counted = [re.sub(r"\D", "", text) for text in numbers] == [str(k) for k in range(1, len(numbers) + 1)]
    return counted or any(word in text for text in headers for word in table_cues()["index_headers"])


def _table_units(table_unit: str, paths: list[list[str]], units: list[str], first_value: int) -> list[str]:
    """Each column's share of the table's unit. A unit that names two (单位：万吨、亿元; not 元/公斤, one unit) gives
    its money unit to the columns whose header names money (金额) and the other to those that name a quantity
    (数量); when no header says, the columns without a unit of their own take them in order. A percent among them
    (单位：亿元、%) goes to the columns whose header names a rate (增速, 同比增长, 占比: round 18), the other unit to
    the rest; never in order (2024年三季度 | 2024年四季度 are both amounts: the rows say which are rates, round 29)."""
    width = len(paths)
    parts = [p.strip() for p in table_cues()["unit_list_separators"].split(table_unit) if p.strip()]
    if len(parts) < 2 or not all(is_unit(p) for p in parts):
        return [table_unit] * width
    percent = [p for p in parts if unit_kind(p) == "percent"]
    money = [p for p in parts if unit_kind(p) == "money"]
    measure = [p for p in parts if p not in money and p not in percent]
    free = [c for c in range(first_value, width) if not units[c]]
    by_header = table_cues()["unit_columns_by_header"]
    amounts = [p for p in parts if p not in percent]
    default = amounts[0] if percent and len(amounts) == 1 else parts[0]
    out = [default] * width
    matched = False
    for c in free:
        header = COLUMN_PATH_SEPARATOR.join(paths[c])
        for words, kind_units in ((by_header["rate"], percent), (by_header["measure"], measure),
                                  (by_header["money"], money)):
            if kind_units and words.search(header):
                out[c], matched = kind_units[0], True
                break
    if not matched and len(free) == len(parts) and not percent:  # (a percent goes by header or row only: round 29)
        for c, part in zip(free, parts, strict=True):
            out[c] = part
    return out


def _rate_row_units(table_unit: str, units: list[str]) -> list[str]:
    """Each column's percent for the rows that name a rate (不良贷款率 | 1.59 under 单位：亿元，% and period
    columns: 1.59 %, never 1.59亿元; 存贷比 under 年末余额 too: a rate is never an amount): the table unit's percent,
    for a column whose header writes no unit of its own (余额（亿元） decides); "" elsewhere (round 29)."""
    parts = [p.strip() for p in table_cues()["unit_list_separators"].split(table_unit) if p.strip()]
    percent = [p for p in parts if unit_kind(p) == "percent"]
    if len(parts) < 2 or not percent or not all(is_unit(p) for p in parts):
        return [""] * len(units)
    return ["" if unit else percent[0] for unit in units]


def _share_unit(piece: TableLine, unit: str) -> str:
    """In a table of counts with their shares (n (%), 人数 and %) whose column writes no unit of
    its own: a number in brackets or a decimal up to 100 is the share, an integer the count."""
    number = _to_decimal(re.sub(r"\s", "", piece.text))
    if piece.bracketed or ("." in piece.text and number is not None and number <= 100):
        return "%"
    return "" if unit.endswith("%") else unit


def _decimals(text: str) -> int:
    text = re.sub(r"\s", "", text)
    return len(text) - text.index(".") - 1 if "." in text else 0


def _join_wrapped(body: list[tuple[str, list[TableLine]]]) -> list[tuple[str, list[TableLine]]]:
    """Rows a scan wrapped onto a second physical row are one row. The second row ends the label
    (its unit: 播放健康教育 / 音像资料次数（百万次）) and holds either the cells the first row left
    empty, or the last digits of the first row's cells written with fewer decimals than the rest
    of the row (102.0 over a 2 → 102.02), as a PDF table with narrow columns prints them."""
    result: list[tuple[str, list[TableLine]]] = []
    for label, row in body:
        if result and (joined := _joined(*result[-1], label, row)):
            result[-1] = joined
        else:
            result.append((label, row))
    return result


def _joined(label: str, row: list[TableLine], next_label: str,
            next_row: list[TableLine]) -> tuple[str, list[TableLine]] | None:
    if _row_unit(label) or not _row_unit(label + next_label):
        return None
    filled = {c for c in range(1, len(row)) if row[c].text}
    below = {c for c in range(1, len(next_row)) if next_row[c].text}
    if not filled or not below:
        return None
    precision = max(_decimals(row[c].text) for c in filled)
    tails: dict[int, str] = {}
    for c in below & filled:
        digits = next_row[c].text
        if not (digits.isdigit() and len(digits) <= 2 and _is_quantity(row[c].text)
                and 0 < _decimals(row[c].text) < precision):
            return None
        tails[c] = digits[:precision - _decimals(row[c].text)]
    width = max(len(row), len(next_row))
    cells = []
    for c in range(width):
        upper = row[c] if c < len(row) else TableLine("", next_row[c].start)
        if c in tails:
            cells.append(TableLine(upper.text, upper.start, upper.bracketed, tails[c]))
        elif not upper.text and c in below:
            cells.append(next_row[c])
        else:
            cells.append(upper)
    return label + next_label, cells


def _is_regression_table(body: list[tuple[str, list[TableLine]]]) -> bool:
    """Whether a table reports regressions: its brackets then hold t values or standard errors, never an accounting
    negative. Many cells with significance stars (0.256***), or a row without a label holding only bracketed figures
    under a row of figures (a coefficient's (2.14) below it), mark one (round 18)."""
    cues = table_cues()
    starred = sum(1 for _, row in body for cell in row
                  if cues["significance_star_cell"].match(re.sub(r"\s", "", cell.text)))
    if starred >= cues["regression_star_cells"]:
        return True
    for (_, above), (label, row) in itertools.pairwise(body):
        texts = [re.sub(r"\s", "", cell.text) for cell in row[1:] if cell.text]
        if not label and texts and all(cues["bracketed_statistic"].match(text) for text in texts) \
                and any(_is_quantity(cell.text) and not accounting_negative(cell.text) for cell in above[1:]):
            return True
    return False


def _values_in(cell: TableLine, statistics: bool = False) -> list[TableLine]:
    """The numbers a cell holds. Spaces a scan left inside one number stay in it (1. 76, 74. 03,
    210.6 4: a space at the decimal point, or one or two digits after a decimal number); numbers
    of two merged cells run together (10213 98.7, 39.9 19.0) are two. A count with its share in
    brackets (543 (11.1), 1769(58.6) is two numbers, the bracketed one marked; a significance
    mark (87.1*) is no part of the number. In a regression table (``statistics``) a bracketed (2.14) is a t value,
    read as the figure in the brackets rather than as an accounting negative."""
    text = cell.text
    if accounting_negative(text) and not statistics:
        return [cell]
    marks = re.escape(table_cues()["footnote_marks"])
    tokens = list(re.finditer(rf"[^\s()（）{marks}]+", text))
    if not tokens or not all(table_cues()["number_token"].fullmatch(t.group()) for t in tokens):
        return [cell]
    if len(tokens) < 2 and text == tokens[0].group():
        return [cell]
    pieces: list[tuple[list[re.Match[str]], bool]] = []
    for token in tokens:
        before = text[:token.start()]
        if pieces and not re.search(rf"[()（）{marks}]", text[pieces[-1][0][-1].end():token.start()]) \
                and _continues_number([t.group() for t in pieces[-1][0]], token.group()):
            pieces[-1][0].append(token)
        else:
            opener = max(before.rfind("("), before.rfind("（"))
            pieces.append(([token], opener > max(before.rfind(")"), before.rfind("）"))))
    return [TableLine(text[p[0].start():p[-1].end()], cell.start + p[0].start(), bracketed)
            for p, bracketed in pieces]


def _continues_number(piece: list[str], token: str) -> bool:
    """Whether ``token`` is more of the number ``piece`` a scan split with spaces: a space at the
    decimal point (1. 76), the last digits after a decimal number (210.6 4), or one thousands group
    after a group of one to three digits (95 655; 148 222 147 568 is two numbers)."""
    before = piece[-1]
    if before.endswith(".") or token.startswith("."):
        return True
    if len(piece) == 1 and re.fullmatch(r"\d{1,3}", before) and re.fullmatch(r"\d{3}(?:\.\d+)?%?", token):
        return True
    return "." in before and not before.endswith("%") and token.isdigit() and len(token) <= 2


def _first_column_is_values(body: list[tuple[str, list[TableLine]]], paths: list[list[str]]) -> bool:
    """Quantities in the first column count: the column holds numbers (not periods, not serial
    numbers 1, 2, 3 … under 序号) in every body row that has it filled."""
    firsts = [row[0].text for _, row in body if row and row[0].text]
    if not firsts or not all(_is_quantity(text) for text in firsts):
        return False
    header = "".join(paths[0]) if paths else ""
    if any(word in header for word in table_cues()["index_headers"]):
        return False
    serial = [str(i) for i in range(1, len(firsts) + 1)]
    return firsts != serial


def _is_value(text: str) -> bool:
    cues = table_cues()
    return bool(cues["number_cell"].match(text.replace(" ", ""))) or text in cues["empty_values"]


def _flat_cells(lines: list[TableLine], default_unit: str) -> list[Cell]:
    """One cell per line: headers first, then a row label followed by its values."""
    first_value = next((i for i, line in enumerate(lines) if _is_value(line.text)), None)
    if first_value is None or first_value == 0:
        return []
    headers = [line.text for line in lines[: first_value - 1]]
    rows: list[tuple[str, list[TableLine]]] = []
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
                candidates.append(before + [f"{group_name}{COLUMN_PATH_SEPARATOR}{h}" for _, h in children] + after)
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
        return Decimal(text.replace(",", "").rstrip("".join(table_cues()["percent_signs"])).strip())
    except InvalidOperation:
        return None


def table_labels(doc: Doc, tables: list[ParsedTable]) -> list[tuple[int, int]]:
    """Spans of table text that is no cell value: headers, row labels, units, notes."""
    full = doc._.text
    cells = sorted((cell.start, cell.end) for table in tables for cell in table.cells)
    labels: list[tuple[int, int]] = []
    for block in doc._.blocks or []:
        if block.kind != "table":
            continue
        cuts = [(block.start, block.start)] + [c for c in cells if block.start <= c[0] < block.end]
        cuts.append((block.end, block.end))
        for (_, gap_start), (gap_end, _) in itertools.pairwise(cuts):
            labels.extend((gap_start + m.start(), gap_start + m.end())
                          for m in re.finditer(r"\S+", full[gap_start:gap_end]))
    return labels
