"""A table cell and what it holds: the unit its headers write, read by the numbers engine.

The shared vocabulary of the table modules (``tables`` reads the grid, ``table_context`` takes units
from the text around a table): the cues of tables.yaml, the cell and table records, and the reading
of one cell's value with its header's unit (出口额（亿美元） + 576.53 → 57653000000 USD).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from pipeline.extract.dates import DateMention, quantities_outside_dates, scan_dates
from pipeline.extract.numbers import Quantity, may_be_one_quantity
from pipeline.extract.structure import masked
from pipeline.extract.unit_forms import measure_or_money_words
from pipeline.resources import cached, cleared_with_resources, load_yaml
from pipeline.script import simplified

COLUMN_PATH_SEPARATOR = " / "  # between a column's header levels: 营业收入 / 1-11月（亿元）


@cached
def table_cues() -> dict[str, Any]:
    """tables.yaml with its patterns compiled: read once, again after the resource folder changes."""
    spec = dict(load_yaml("tables.yaml"))
    for key in ("number_cell", "unit_in_header", "unit_in_caption", "table_label", "period_cell", "unit_alone",
                "number_token", "unit_in_label", "counts_with_shares", "unit_noise", "table_citation", "sentence_end",
                "unit_word_in_header", "change_header", "unit_column", "percent_in_header", "unit_list_separators",
                "unit_line", "unit_note", "time_header", "accounting_negative", "serial_cell", "bounded_cell",
                "bounded_figure", "unit_line_end", "code_cell", "code_header", "significance_star_cell",
                "bracketed_statistic", "range_cell", "section_row", "item_mark", "rate_row_label"):
        spec[key] = re.compile(spec[key])
    spec["percent_signs"] = tuple(spec["percent_signs"])
    spec["cumulative_brackets"] = tuple(tuple(pair) for pair in spec["cumulative_brackets"])
    spec["empty_values"] = frozenset(spec["empty_values"])
    spec["minus_signs"] = tuple(spec["minus_signs"])
    spec["index_headers"] = tuple(spec["index_headers"])
    spec["named_cny"] = tuple(spec["named_cny"])
    spec["no_header_unit_kinds"] = frozenset(spec["no_header_unit_kinds"])
    spec["fall_words"] = frozenset(spec["change_words"]["fall"])
    words = "|".join(re.escape(w) for w in [*spec["change_words"]["rise"], *spec["change_words"]["fall"]])
    spec["worded_change"] = re.compile(f"^({words})([-+]?\\d.*)$")
    spec["unit_columns_by_header"] = {k: re.compile(v) for k, v in spec["unit_columns_by_header"].items()}
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
    def is_measure(self) -> bool:
        """A quantity with a unit (its header's, its row's or the table's) or under a year header: 1102 under
        亿元 or under 2023年 is a measured value, never a year, so the dates engine does not read it (the
        guidelines: the table's year headers are dates, its quantities numbers)."""
        if self.value is None:
            return False
        parts = self.column_header.split(COLUMN_PATH_SEPARATOR)
        named = parts[-1].strip()  # 再融资债券 over 1003: an amount column; 年份 or 开工时间 over 2019: dates
        timed = not named or table_cues()["time_header"].search(simplified(named))
        return bool(self.unit) or any(is_period(part) for part in parts) or not timed

    @property
    def metric(self) -> str:
        """What the cell measures, for a claim about it: its row header and its column's headers
        without their units or period labels (制造业 + 营业收入 / 1-11月（亿元） → 制造业 营业收入 1-11月)."""
        parts = [self.row_header, *self.column_header.split(COLUMN_PATH_SEPARATOR)]
        cleaned = [table_cues()["unit_in_header"].sub("", part).strip() for part in parts]
        return " ".join(part for part in cleaned if part and not is_period(part))


@dataclass
class ParsedTable:
    table_id: str
    caption: str
    cells: list[Cell] = field(default_factory=list)


@dataclass
class TableLine:
    text: str
    start: int
    bracketed: bool = False  # a number in brackets after a count: n (%)
    continued: str = ""  # digits of this cell that a scan wrapped onto the next row

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def header_unit(header: str) -> str:
    """The unit written in a header: 出口额（亿美元） → 亿美元, 占比（%） → %, 同比±% → %; a bracket that holds no
    unit (（2019年）, （分行业）) gives none."""
    match = table_cues()["unit_in_header"].search(header)
    if match and is_unit(match.group(1).strip()):
        return match.group(1).strip()
    if table_cues()["percent_in_header"].search(header):
        return "%"  # 比去年同期±%, 同比%, 比去年同期（±%）: a column of percentages
    word = table_cues()["unit_word_in_header"].search(header)
    return word.group(1) if word else ""


def is_bare_unit(text: str) -> bool:
    """A header cell that is only a unit (亿元, %), of a kind a column may take (not 年, a duration)."""
    return is_unit(text) and unit_kind(text) not in table_cues()["no_header_unit_kinds"]


@functools.lru_cache(maxsize=4096)
def is_unit(text: str) -> bool:
    """Whether the numbers engine reads ``text`` after a number as that number's unit or scale."""
    if not text or text[0].isdigit():
        return False
    # the whole text, or a unit per something (万元/人: the engine reads 1万元, the rate's numerator)
    return any(q.start == 0 and q.end > 1 and (q.end == len(text) + 1 or text[q.end - 1] == "/")
               for q in quantities_outside_dates(f"1{text}"))


def unit_kind(text: str) -> str:
    """The kind of quantity ``text`` makes after a number (亿元 → money, 万吨 → count)."""
    found = quantities_outside_dates(f"1{text}")
    return found[0].kind if found else ""


@cleared_with_resources
@functools.lru_cache(maxsize=4096)
def cell_quantity(value_text: str, unit_text: str) -> tuple[Decimal | None, str, str]:
    """A cell's (value, unit, kind), read by the numbers engine with the header's unit appended. An amount in
    round brackets written as accounts write it ((1,234.56): thousands separators or two decimals) is negative.

    Once per (text, unit) (bounded; the answer is immutable, so threads may share it): a table repeats cells
    (-, 0.0, 1.2% under one unit) and the numbers and dates engines read each afresh (round 36)."""
    negative = accounting_negative(value_text)
    if negative:
        value, unit, kind = cell_quantity(negative.group(1), unit_text)
        return (-value if value is not None else None), unit, kind
    text = _cell_text(value_text)
    percent = table_cues()["percent_signs"]
    if not table_cues()["number_cell"].match(text):
        bounded = _bounded_quantity(text, unit_text)
        if bounded is not None:
            return bounded.value, bounded.unit, bounded.kind
        return own_unit_quantity(text) or worded_change(text) or (None, "", "")
    if unit_text and not text.endswith(percent):
        for quantity in quantities_outside_dates(f"{text}{unit_text}"):
            if quantity.start == 0:
                if quantity.kind == "money" and (measure := _measure_label(unit_text)):
                    return quantity.value, measure, "count"
                return quantity.value, quantity.unit, quantity.kind
    if text.endswith(percent):
        return Decimal(text.rstrip("".join(percent))), "%", "percent"
    try:
        return Decimal(text), unit_text, "count"
    except InvalidOperation:
        return None, "", ""


def _measure_label(unit_text: str) -> str:
    """The measure word a table's unit label ends in when that word is also colloquial money (亿块 in a 单位 column
    or a header: chips and panels, round 17). A written label is no speech: yuan in a table is 元, so 块 there
    counts pieces (块钱 stays money)."""
    label = simplified(re.sub(r"[\s()（）]", "", unit_text))
    return next((word for word in measure_or_money_words() if label.endswith(word)), "")


def accounting_negative(text: str) -> re.Match[str] | None:
    """An amount in round brackets as accounts write a negative ((1,234.56)): one value, not a bracketed share; the
    match's group 1 is the amount."""
    return table_cues()["accounting_negative"].match(re.sub(r"\s", "", text))


def _cell_text(value_text: str) -> str:
    """A cell's figure as the readers take it: no spaces or thousands separators, out of the brackets of another
    span (〔13.5〕, [2.4%]: a plan's cumulative figure), and a typeset minus (−, –) as a hyphen."""
    text = re.sub(r"[,\s]", "", value_text)
    for opening, closing in table_cues()["cumulative_brackets"]:
        if len(text) > 2 and text.startswith(opening) and text.endswith(closing):
            text = text[1:-1]
            break
    if text[:1] in table_cues()["minus_signs"]:
        text = "-" + text[1:]  # −0.317, –0.198: a typeset minus is a hyphen to Decimal and the numbers engine
    return text


@functools.lru_cache(maxsize=4096)
def _bounded_quantity(text: str, unit_text: str) -> Quantity | None:
    """A bounded cell (>46, 46以上, 20左右; ``text`` as :func:`_cell_text` gives it) read by the numbers engine with
    the header's unit after its figure, so the bound is the quantity's approximation (46以上 under 亿吨 → 4.6e9 吨,
    over)."""
    if not table_cues()["bounded_cell"].match(text):
        return None
    figure = table_cues()["bounded_figure"].search(text)
    if figure is None or (figure.start() == 0 and figure.end() == len(text)):
        return None
    unit = "" if figure.group().endswith(table_cues()["percent_signs"]) else unit_text
    written = text[:figure.end()] + unit + text[figure.end():]
    found = [q for q in quantities_outside_dates(written) if q.start <= figure.start() < q.end]
    return found[0] if len(found) == 1 else None


def range_quantities(cell: Cell) -> list[Quantity]:
    """The two ends of a range cell (25.60-58.80 under 元; tables.yaml range_cell) as the numbers engine reads the
    range with the cell's unit after it, placed on the cell's text; [] for a cell with a value or no range. The
    table has no one value for it, but the range is two numbers of the document (the guidelines)."""
    text = cell.value_text
    if cell.value is not None or not table_cues()["range_cell"].match(text.strip()):
        return []
    found = quantities_outside_dates(f"{text}{cell.unit_text}")
    ends = [q for q in found if q.start < len(text.rstrip())]
    if len(ends) != 2:
        return []
    return [replace(q, start=cell.start + q.start, end=cell.start + min(q.end, len(text.rstrip())),
                    text=text[q.start:min(q.end, len(text.rstrip()))]) for q in ends]


def cell_approx(value_text: str) -> str:
    """The approximation a cell writes (46以上 → over), as the numbers table records it for running text."""
    bounded = _bounded_quantity(_cell_text(value_text), "")
    return bounded.approx if bounded is not None else ""


def worded_change(text: str) -> tuple[Decimal, str, str] | None:
    """A change written in words (增加0.22个百分点, 减少0.61个百分点: the 比上年增减 column of an annual report) is
    the signed change: a fall word makes it negative."""
    match = table_cues()["worded_change"].match(text)
    quantity = own_unit_quantity(match.group(2)) if match else None
    if match is None or quantity is None:
        return None
    value, unit, kind = quantity
    return (-value if match.group(1) in table_cues()["fall_words"] else value), unit, kind


# (characters) a cell :func:`own_unit_quantity` tests before it reads it whole. A code constant, not a cue of
# tables.yaml: it is a cost threshold, no rule of what a cell means. Every length gives the same result (the test is
# necessary: a cell it rejects holds no quantity of the whole cell, tests/test_one_quantity.py), only the time varies
# (under about 40 characters the test costs about as much as the reading it may save).
LONG_CELL = 40


@functools.lru_cache(maxsize=4096)
def own_unit_quantity(text: str) -> tuple[Decimal, str, str] | None:
    """A cell that writes its own unit (20000元, 3.5万吨) is that quantity.

    A long cell is first asked the cheap necessary test :func:`numbers.may_be_one_quantity` (round 40: a line of prose
    with stray tabs is one table row of thousands of cells, and reading each long one whole with both engines cost
    more than the numbers stage spends on the whole document); a short one is read whole at once, the test costing
    about as much as the reading."""
    if len(text) > LONG_CELL and not may_be_one_quantity(text):
        return None
    whole = [q for q in quantities_outside_dates(text) if q.start == 0 and q.end == len(text)]
    return (whole[0].value, whole[0].unit, whole[0].kind) if len(whole) == 1 else None


def is_period(text: str) -> bool:
    """A header that names a period (2019, 2019年): the column holds that period's values."""
    return bool(table_cues()["period_cell"].match(text))


def dates_beside_cells(text: str, measured: list[tuple[int, int]],
                       document_date: dt.date | None) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The dates engine's mentions and expressions of ``text``, none in a measured cell (``Cell.is_measure``).
    A measured cell read as a year (1102 under 亿元) is masked and the text read again, so that no 上年 in the
    next row counts from it; only such cells are masked, since a mask beside a number changes how the
    engine reads it (1145 before 84.1 is a count, before a mask a year)."""
    mentions, expressions = scan_dates(text, document_date)
    read = {i for m in mentions for i in range(m.start, m.end)}
    dated = [(start, end) for start, end in measured if not read.isdisjoint(range(start, end))]
    if not dated:
        return mentions, expressions
    inside = {i for start, end in measured for i in range(start, end)}
    mentions, expressions = scan_dates(masked(text, dated), document_date)
    return ([m for m in mentions if inside.isdisjoint(range(m.start, m.end))],
            [e for e in expressions if inside.isdisjoint(range(*e))])
