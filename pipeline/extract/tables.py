"""Tables: cells of the tables found by `clean`, with headers, scaled values and units.

Two layouts arrive here. Grid tables (from PDF, HTML or Markdown readers) are lines
of tab-separated cells. Flattened tables (a PDF text dump) are one cell per line:
header lines, then for each row a label (e.g. 2010年) and its value cells. Cell
values are scaled and unitised from the unit written in the column header
(出口额（亿美元） → 亿美元) by the numbers engine itself, so a table cell means the
same as the quantity written in running text.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from spacy.tokens import Doc

from pipeline.clean import Block
from pipeline.extract.currencies import generic_units
from pipeline.extract.dates import quantities_outside_dates
from pipeline.extract.unit_forms import home_currency
from pipeline.readers import TABLE_CELL_SEPARATOR
from pipeline.resources import cached, load_yaml
from pipeline.script import simplified

_MAX_PERMUTED_COLUMNS = 7
COLUMN_PATH_SEPARATOR = " / "  # between a column's header levels: 营业收入 / 1-11月（亿元）


@cached
def _cues() -> dict[str, Any]:
    """tables.yaml with its patterns compiled: read once, again after the resource folder changes."""
    spec = dict(load_yaml("tables.yaml"))
    for key in ("number_cell", "unit_in_header", "unit_in_caption", "table_label", "period_cell", "unit_alone",
                "number_token", "unit_in_label", "counts_with_shares", "unit_noise", "table_citation", "sentence_end",
                "unit_word_in_header", "change_header"):
        spec[key] = re.compile(spec[key])
    spec["percent_signs"] = tuple(spec["percent_signs"])
    spec["empty_values"] = frozenset(spec["empty_values"])
    spec["index_headers"] = tuple(spec["index_headers"])
    spec["named_cny"] = tuple(spec["named_cny"])
    return spec


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
    continued: str = ""  # the cell's last digits, wrapped onto the next physical row (102.0 + 2)

    def __post_init__(self) -> None:
        self.value, self.unit, self.kind = cell_quantity(self.value_text + self.continued, self.unit_text)

    @property
    def metric(self) -> str:
        """What the cell measures, for a claim about it: its row header and its column's headers
        without their units or period labels (制造业 + 营业收入 / 1-11月（亿元） → 制造业 营业收入 1-11月)."""
        parts = [self.row_header, *self.column_header.split(COLUMN_PATH_SEPARATOR)]
        cleaned = [_cues()["unit_in_header"].sub("", part).strip() for part in parts]
        return " ".join(part for part in cleaned if part and not _is_period(part))


@dataclass
class ParsedTable:
    table_id: str
    caption: str
    cells: list[Cell] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    start: int
    bracketed: bool = False  # a number in brackets after a count: n (%)
    continued: str = ""  # digits of this cell that a scan wrapped onto the next row

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def header_unit(header: str) -> str:
    """The unit written in a header: 出口额（亿美元） → 亿美元, 占比（%） → %; a bracket that holds no
    unit (（2019年）, （分行业）) gives none."""
    match = _cues()["unit_in_header"].search(header)
    if match and is_unit(match.group(1).strip()):
        return match.group(1).strip()
    word = _cues()["unit_word_in_header"].search(header)
    return word.group(1) if word else ""


@functools.lru_cache(maxsize=4096)
def is_unit(text: str) -> bool:
    """Whether the numbers engine reads ``text`` after a number as that number's unit or scale."""
    if not text or text[0].isdigit():
        return False
    # the whole text, or a unit per something (万元/人: the engine reads 1万元, the rate's numerator)
    return any(q.start == 0 and q.end > 1 and (q.end == len(text) + 1 or text[q.end - 1] == "/")
               for q in quantities_outside_dates(f"1{text}"))


def cell_quantity(value_text: str, unit_text: str) -> tuple[Decimal | None, str, str]:
    """A cell's (value, unit, kind), read by the numbers engine with the header's unit appended."""
    text = re.sub(r"[,\s]", "", value_text)
    percent = _cues()["percent_signs"]
    if not _cues()["number_cell"].match(text):
        return _with_unit(text) or (None, "", "")
    if unit_text and not text.endswith(percent):
        for quantity in quantities_outside_dates(f"{text}{unit_text}"):
            if quantity.start == 0:
                return quantity.value, quantity.unit, quantity.kind
    if text.endswith(percent):
        return Decimal(text.rstrip("".join(percent))), "%", "percent"
    try:
        return Decimal(text), unit_text, "count"
    except InvalidOperation:
        return None, "", ""


@functools.lru_cache(maxsize=4096)
def _with_unit(text: str) -> tuple[Decimal, str, str] | None:
    """A cell that writes its own unit (20000元, 3.5万吨) is that quantity."""
    whole = [q for q in quantities_outside_dates(text) if q.start == 0 and q.end == len(text)]
    return (whole[0].value, whole[0].unit, whole[0].kind) if len(whole) == 1 else None


def _lines(full: str, block: Block) -> list[_Line]:
    lines, offset = [], block.start
    for text in full[block.start:block.end].split("\n"):
        if text.strip():
            lines.append(_Line(text, offset))
        offset += len(text) + 1
    return lines


def _caption_before(full: str, blocks: list[Block], index: int) -> str:
    """The nearest 表N caption among the few blocks before a table; also a caption the cleaner
    took for a paragraph (a label, then no sentence end: 表8…情况 (n, %))."""
    for previous in reversed(blocks[max(0, index - 4):index]):
        text = full[previous.start:previous.end]
        if not _cues()["table_label"].match(text):
            continue
        if previous.kind == "caption" or (previous.kind == "paragraph" and not _cues()["sentence_end"].search(text)):
            return text
    return ""


def parse_tables(doc: Doc) -> list[ParsedTable]:
    """Every table block of the Doc (the tables component stores them as ``doc._.tables``)."""
    tables: list[ParsedTable] = []
    full = doc._.text
    blocks: list[Block] = doc._.blocks or []
    for index, block in enumerate(blocks):
        if block.kind != "table":
            continue
        caption = _caption_before(full, blocks, index)
        label = _cues()["table_label"].match(caption)
        table_id = re.sub(r"\s+", "", label.group(1)) if label else f"table{len(tables) + 1}"
        if any(t.table_id == table_id for t in tables):
            table_id = f"{table_id}-{len(tables) + 1}"
        lines = _lines(full, block)
        default_unit = _table_unit(caption, []) or header_unit(caption)
        if any(TABLE_CELL_SEPARATOR in line.text for line in lines):
            cells = _grid_cells(lines, default_unit, caption)
        else:
            cells = _flat_cells(lines, default_unit)
        tables.append(ParsedTable(table_id, caption, cells))
    _units_from_citations(full, blocks, tables)
    _row_units_from_citations(full, blocks, tables)
    _home_currency(full, tables)
    return tables


def _citing_blocks(full: str, blocks: list[Block], table_ids: set[str]) -> dict[str, list[str]]:
    """The texts of the blocks that cite each table (详见表1), one pass over the document."""
    citing: dict[str, list[str]] = {}
    for block in blocks:
        if block.kind == "table":
            continue
        text = full[block.start:block.end]
        for table_id in {re.sub(r"\s+", "", m.group(1)) for m in _cues()["table_citation"].finditer(text)} & table_ids:
            citing.setdefault(table_id, []).append(text)
    return citing


def _row_units_from_citations(full: str, blocks: list[Block], tables: list[ParsedTable]) -> None:
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
    scales = {int(k): v for k, v in _cues()["power_scales"].items()}
    for table_id, texts in _citing_blocks(full, blocks, set(rows)).items():
        for text in texts:
            for q in quantities_outside_dates(text):
                if not q.unit or q.kind == "percent":
                    continue
                written = re.sub(r"\s", "", text[q.start:q.end])
                numeral = re.match(r"[\d.,]+", written)
                if numeral is None:
                    continue
                surface = written[numeral.end():].lstrip(_cues()["scale_chars"])
                clause = re.split(_cues()["sentence_end"].pattern + "|[，,]", text[:q.start])[-1]
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


def _home_currency(full: str, tables: list[ParsedTable]) -> None:
    """The generic 元 of a table names the currency of its text, as in running text: 20000元 in a
    Hong Kong article's table is HKD. A currency written out (人民币, 美元) keeps its own code."""
    home = home_currency(full)
    if home == "CNY":
        return
    generic = generic_units()
    for cell in (cell for table in tables for cell in table.cells if cell.kind == "money" and cell.unit == "CNY"):
        written = simplified(re.sub(r"[\d.,\s%％-]", "", cell.unit_text or cell.value_text))
        if written and written[-1] in generic and not any(name in written for name in _cues()["named_cny"]):
            cell.unit = home


def _units_from_citations(full: str, blocks: list[Block], tables: list[ParsedTable]) -> None:
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
        cited = {re.sub(r"\s+", "", m.group(1)) for m in _cues()["table_citation"].finditer(text)} & bare.keys()
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


def _split_row(line: _Line) -> list[_Line]:
    """A tab-separated row as its cells (text stripped, offsets into the document)."""
    cells, offset = [], line.start
    for text in line.text.split(TABLE_CELL_SEPARATOR):
        cells.append(_Line(text.strip(), offset + len(text) - len(text.lstrip())))
        offset += len(text) + 1
    return cells


def _is_period(text: str) -> bool:
    """A header that names a period (2019, 2019年): the column holds that period's values."""
    return bool(_cues()["period_cell"].match(text))


def _is_quantity(text: str) -> bool:
    """A number that is no period label (2019 over a column is a header)."""
    bare = re.sub(r"[,\s]", "", text)
    return bool(_cues()["number_cell"].match(bare) or _with_unit(bare)) and not _is_period(text)


def _is_header_row(row: list[_Line]) -> bool:
    """A row without a quantity: labels, units, or period labels (a year row is headers, not data)."""
    return not any(_is_quantity(piece.text) for cell in row for piece in _values_in(cell))


def _aligned(row: list[_Line], width: int) -> list[_Line]:
    """A full leaf header row one cell short of the body lacks its corner cell (a reader
    dropped a merged corner): its cells stand over the value columns."""
    if len(row) == width - 1 and all(cell.text for cell in row):
        return [_Line("", row[0].start), *row]
    return row


def _column_paths(header_rows: list[list[_Line]], width: int) -> tuple[list[list[str]], list[str]]:
    """Each column's header texts (top row first) and its unit.

    In a header row above the last one, an empty cell is the rest of a merged cell to its left
    (营业收入 over 1-11月（亿元） and 同比增长（%））. A column's unit is the one written nearest its
    cells (the leaf first); a header over period leaves (年份（年） over 2019, 2020) labels the
    periods, so neither it nor a period leaf gives the values a unit: the rows carry theirs.
    """
    paths: list[list[str]] = [[] for _ in range(width)]
    owners: list[list[tuple[int, int]]] = [[] for _ in range(width)]  # (level, column written in)
    for level, row in enumerate(header_rows):
        carried = -1
        for c in range(width):
            text = row[c].text if c < len(row) else ""
            owner = c
            if text:
                carried = c if c > 0 else -1
            elif level < len(header_rows) - 1 and carried > 0:
                text, owner = row[carried].text, carried
            if text:
                paths[c].append(text)
                owners[c].append((level, owner))
    over_periods = {owner for c in range(width) if paths[c] and _is_period(paths[c][-1]) for owner in owners[c]}
    units = []
    for c in range(width):
        written = [header_unit(text) for text, owner in zip(paths[c], owners[c], strict=True)
                   if owner not in over_periods]
        units.append(next((unit for unit in reversed(written) if unit), ""))
    return paths, units


def _row_unit(label: str) -> str:
    """The unit of a row: the last one in brackets in its label, also when a scan ran the next
    row's label on after it (传染病疫情报告率 (%) 传染病疫情报 → %), or left stray Latin letters
    inside the bracket of a unit wrapped over two lines (（万 / AIX 次） → 万次)."""
    for match in reversed(list(_cues()["unit_in_label"].finditer(label))):
        unit = match.group(1).strip()
        if is_unit(unit):
            return unit
        bare = _cues()["unit_noise"].sub("", unit)
        if bare != unit and is_unit(bare):
            return bare
    return ""


def _table_unit(caption: str, lines: list[_Line]) -> str:
    """A unit stated for the whole table: 单位：亿元 in its caption or in a line of its own."""
    for text in [caption, *(line.text for line in lines)]:
        if match := _cues()["unit_in_caption"].search(text):
            return match.group(1)
    return ""


def _row_labels(rows: list[list[_Line]]) -> list[tuple[str, list[_Line]]]:
    """Body rows as (row header, cells). A row with a label and nothing else continues a label:
    a bracketed unit alone ((亿份)) ends the label above it, other text starts the next one."""
    result: list[tuple[str, list[_Line]]] = []
    pending = ""
    for row in rows:
        label = row[0].text if row else ""
        if label and not any(cell.text for cell in row[1:]):
            if result and _cues()["unit_alone"].match(label):
                header, cells = result[-1]
                result[-1] = (header + label, cells)
            else:
                pending += label
            continue
        result.append((pending + label, row))
        pending = ""
    return result


def _grid_cells(lines: list[_Line], default_unit: str, caption: str = "") -> list[Cell]:
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
    shares = bool(_cues()["counts_with_shares"].search(head_text))
    result = []
    for r, (row_header, row) in enumerate(body):
        row_unit = _row_unit(row_header) if first_value else ""
        for c in range(first_value, len(row)):
            cell = row[c]
            if not cell.text:
                continue
            unit = units[c] or row_unit or table_unit
            column_header = COLUMN_PATH_SEPARATOR.join(paths[c])
            if not units[c] and unit.endswith("%") and _cues()["change_header"].search(column_header):
                unit = "百分点"  # the change of a percentage: 较上年提高 in a table of growth rates
            pieces = _values_in(cell)
            pieces[-1].continued = cell.continued
            shared = shares and not units[c]
            result.extend(Cell(r, c - first_value, row_header if first_value else "", column_header,
                               piece.text, piece.start, piece.end, _share_unit(piece, unit) if shared else unit,
                               continued=piece.continued) for piece in pieces)
    return result


def _share_unit(piece: _Line, unit: str) -> str:
    """In a table of counts with their shares (n (%), 人数 and %) whose column writes no unit of
    its own: a number in brackets or a decimal up to 100 is the share, an integer the count."""
    number = _to_decimal(re.sub(r"\s", "", piece.text))
    if piece.bracketed or ("." in piece.text and number is not None and number <= 100):
        return "%"
    return "" if unit.endswith("%") else unit


def _decimals(text: str) -> int:
    text = re.sub(r"\s", "", text)
    return len(text) - text.index(".") - 1 if "." in text else 0


def _join_wrapped(body: list[tuple[str, list[_Line]]]) -> list[tuple[str, list[_Line]]]:
    """Rows a scan wrapped onto a second physical row are one row. The second row ends the label
    (its unit: 播放健康教育 / 音像资料次数（百万次）) and holds either the cells the first row left
    empty, or the last digits of the first row's cells written with fewer decimals than the rest
    of the row (102.0 over a 2 → 102.02), as a PDF table with narrow columns prints them."""
    result: list[tuple[str, list[_Line]]] = []
    for label, row in body:
        if result and (joined := _joined(*result[-1], label, row)):
            result[-1] = joined
        else:
            result.append((label, row))
    return result


def _joined(label: str, row: list[_Line], next_label: str,
            next_row: list[_Line]) -> tuple[str, list[_Line]] | None:
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
        upper = row[c] if c < len(row) else _Line("", next_row[c].start)
        if c in tails:
            cells.append(_Line(upper.text, upper.start, upper.bracketed, tails[c]))
        elif not upper.text and c in below:
            cells.append(next_row[c])
        else:
            cells.append(upper)
    return label + next_label, cells


def _values_in(cell: _Line) -> list[_Line]:
    """The numbers a cell holds. Spaces a scan left inside one number stay in it (1. 76, 74. 03,
    210.6 4: a space at the decimal point, or one or two digits after a decimal number); numbers
    of two merged cells run together (10213 98.7, 39.9 19.0) are two. A count with its share in
    brackets (543 (11.1), 1769(58.6) is two numbers, the bracketed one marked; a significance
    mark (87.1*) is no part of the number."""
    text = cell.text
    tokens = list(re.finditer(r"[^\s()（）*＊]+", text))
    if not tokens or not all(_cues()["number_token"].fullmatch(t.group()) for t in tokens):
        return [cell]
    if len(tokens) < 2 and text == tokens[0].group():
        return [cell]
    pieces: list[tuple[list[re.Match[str]], bool]] = []
    for token in tokens:
        before = text[:token.start()]
        if pieces and not re.search(r"[()（）*＊]", text[pieces[-1][0][-1].end():token.start()]) \
                and _continues_number([t.group() for t in pieces[-1][0]], token.group()):
            pieces[-1][0].append(token)
        else:
            opener = max(before.rfind("("), before.rfind("（"))
            pieces.append(([token], opener > max(before.rfind(")"), before.rfind("）"))))
    return [_Line(text[p[0].start():p[-1].end()], cell.start + p[0].start(), bracketed)
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


def _first_column_is_values(body: list[tuple[str, list[_Line]]], paths: list[list[str]]) -> bool:
    """Quantities in the first column count: the column holds numbers (not periods, not serial
    numbers 1, 2, 3 … under 序号) in every body row that has it filled."""
    firsts = [row[0].text for _, row in body if row and row[0].text]
    if not firsts or not all(_is_quantity(text) for text in firsts):
        return False
    header = "".join(paths[0]) if paths else ""
    if any(word in header for word in _cues()["index_headers"]):
        return False
    serial = [str(i) for i in range(1, len(firsts) + 1)]
    return firsts != serial


def _is_value(text: str) -> bool:
    cues = _cues()
    return bool(cues["number_cell"].match(text.replace(" ", ""))) or text in cues["empty_values"]


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
        return Decimal(text.replace(",", "").rstrip("".join(_cues()["percent_signs"])).strip())
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
