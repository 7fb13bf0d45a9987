"""Clean: RawDocument → one cleaned text with its structure (blocks and sections).

PDF dumps break lines inside paragraphs, repeat the article title as a running
header, and drop captions, notes and tables into the middle of a paragraph.
This stage rebuilds paragraphs, moves such floating material after the
paragraph it interrupted, and labels every block with its kind and section.
The offsets of the cleaned text never change afterwards.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from pipeline.chars import CJK_TEXT
from pipeline.extract.currencies import currency_names
from pipeline.ingest import TABLE_CELL_SEPARATOR, RawDocument
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.readers import join_wrapped
from pipeline.resources import fill_placeholders, load_yaml, with_shared_words
from pipeline.script import simplified

CJK = CJK_TEXT
_CJK_CHAR = re.compile(f"[{CJK}]")
_SPACE_NOT_CJK = re.compile(f"[^\\S{CJK}]")  # white space that is no CJK character (U+3000 is both)
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{CJK}])[ \u3000\u00a0]+(?=[{CJK}])")
_LATIN = re.compile(r"[A-Za-z]")
# A line's end that is the start of a number right after a Chinese character (收入为3, 平均水平的1.).
_NUMBER_CUT_AT_MARGIN = re.compile(f"[{CJK}]\\d[\\d,]*(?:[.．]\\d*)?$")
_SENTENCE_END = re.compile("[。！？!?；;]$")
# A line's end that is a number's decimal point after a Chinese character (是全国平均水平的1.|44倍).
_DECIMAL_POINT_END = re.compile(f"[{CJK}]\\d+[.．]$")
# A space-aligned table row's label (its text besides the numbers) is at most this wide.
ROW_LABEL_MAX_WIDTH = 12
# The wrap width of a hard-wrapped text: this quantile of its prose lines' widths.
WRAP_WIDTH_QUANTILE = 0.75
# A number standing apart between spaces (a cell of a space-aligned table row: 上海 44652.8 -0.2).
_SPACED_NUMBER = re.compile(r"(?:(?<=\s)|^)[-+]?\d[\d,.]*%?(?=\s|$)")
MIN_RUNNING_HEADER_WIDTH = 6
# A warning in `documents` when the running-header rule removes more than this share of the text.
RUNNING_HEADER_WARNING_SHARE = 0.05


@dataclass(frozen=True)
class Block:
    """A span of the cleaned text with one role: title, paragraph, heading, caption, table …"""

    start: int
    end: int
    kind: str
    section: str
    item: bool = False  # a list item (a Markdown or HTML item, a text line opened by a bullet or an enumerator)


@dataclass
class CleanDocument:
    doc_id: str
    source_path: str
    sha256: str
    text: str
    title: str
    document_date: dt.date | None
    blocks: list[Block] = field(default_factory=list)
    author: str = ""
    warnings: list[str] = field(default_factory=list)


@cache
def _layout() -> dict:
    spec = load_yaml("layout.yaml")
    # ${name} in a pattern stands for the pattern `name` (round 27: the enumerators of a list, written once)
    shared = {k: v for k, v in spec.items() if isinstance(v, str) and "${" not in v}
    shared.update(_value_words(spec))
    body_words = _body_words(spec)
    shared.update(org_head=_alternation(body_words["heads"]),
                  body_name_gap_end=_alternation(spec["body_name_gap_ends"]))
    compiled = {k: re.compile(fill_placeholders(v, shared.__getitem__))
                for k, v in spec.items() if isinstance(v, str) and k != "paragraph_end"}
    compiled["headings"] = [(h["level"], re.compile(h["pattern"])) for h in spec["headings"]]
    compiled["heading_max_chars"] = spec["heading_max_chars"]
    compiled["aligned_min_rows"] = spec["aligned_min_rows"]
    compiled["title_max_width"] = spec["title_max_width"]
    compiled["title_value_clauses"] = spec["title_value_clauses"]
    compiled["headline_space_title_max_chars"] = spec["headline_space_title_max_chars"]
    compiled["headline_space_title_predicate_tags"] = spec["headline_space_title_predicate_tags"]
    compiled["paragraph_end"] = set(spec["paragraph_end"])
    compiled["body_words"] = body_words
    return compiled


def _body_words(spec: dict) -> dict:
    """The words `body_name_gap` reads (review of round 43), each as a tuple for ``str.endswith``: the heads that end a
    body's name (org_patterns.yaml ``heads`` but its ``weak_heads``, the longest first), the words whose end looks
    like a head but ends a common word (layout's ``body_name_gap_blockers`` and org_patterns' ``head_blockers``), the
    heads a unit's or a legal form's name opens with (layout's ``body_name_gap_unit_openings``, org_patterns'
    ``unit_heads``, ``legal_units`` and ``legal_forms``), the heads that end a department (``body_name_gap_unit_ends``)
    and the titles of a body's officers (``body_name_gap_officers``, org_patterns' person titles, as a pattern)."""
    org = load_yaml("org_patterns.yaml")
    weak = set(org["weak_heads"])
    heads = {h for hs in org["heads"].values() for h in hs if h not in weak}
    officers = {*spec["body_name_gap_officers"], *org["exclude"]["person_suffixes"], *org["person_titles"],
                *org["leader_titles"]}
    openings = {*spec["body_name_gap_unit_openings"], *org["unit_heads"], *org["legal_units"]["heads"],
                *org["legal_forms"]["heads"], *officers}

    def longest_first(words: set[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    return {"heads": longest_first(heads), "blockers": longest_first({*spec["body_name_gap_blockers"],
                                                                       *org["head_blockers"]}),
            "openings": longest_first(openings), "unit_ends": longest_first(set(spec["body_name_gap_unit_ends"])),
            "officers": re.compile(_alternation(list(officers)))}


def _value_words(spec: dict) -> dict[str, str]:
    """The word lists other rules files hold, as alternations for layout.yaml's ${…} (mend of round 39): a value's
    scale and unit (``value_scale``, ``value_unit``: units.yaml's measure words, durations, masses, percents and
    multiples, and every currency's name) and a change of a figure (``title_value_continuers`` here and the
    ``change_verbs`` words.yaml shares with claims.yaml's cues, round 40 tidy)."""
    units = load_yaml("units.yaml")
    unit_words = [*units["measure_words"], *units["duration"], *units["labelled_measures"]["masses"],
                  *units["scale_led_units"], *units["measure_aliases"], *units["percent"]["surfaces"],
                  *units["pp"]["surfaces"], *units["multiple"]["surfaces"], *currency_names()]
    scales = [*units["scale_words"]["scales"], *units["scale_words"]["small_scales"]]
    changes = [*with_shared_words()["change_verbs"], *spec["title_value_continuers"]]
    return {"value_unit": _alternation(unit_words), "value_scale": _alternation(scales),
            "title_value_change": _alternation(changes)}


def _alternation(words: list[str]) -> str:
    """Words as a pattern's alternatives, the longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _body_name_gaps(line: str) -> list[tuple[int, int]]:
    """Where a full-width space sets two bodies' names apart (`body_name_gap`, round 43; review of round 43): the
    text before it ends in a body's head and the text after it, up to a head that ends it, is a whole body's name, no
    unit or officer of the body before it and no common word ending like a head (`_body_words`). Read on the line's
    simplified view (the same offsets), so traditional names (廣東省統計局　國家統計局…) are read as simplified ones."""
    layout = _layout()
    words = layout["body_words"]
    view = simplified(line)
    gaps = []
    reach = len(words["heads"][0]) + len(words["blockers"][0])  # (the text before the space a check reads)
    for m in layout["body_name_gap"].finditer(view):
        before = view[max(0, m.start("gap") - reach):m.start("gap")]
        head = _longest_head(before, words["heads"])
        if not head or len(before) == len(head) or not "\u4e00" <= before[-len(head) - 1] <= "\u9fff":
            continue
        name = m.group("name")
        if (before.endswith(words["blockers"]) or name.startswith(words["openings"])
                or name.endswith(words["blockers"]) or _longest_head(name, words["heads"]) in words["unit_ends"]
                or words["officers"].search(name)):
            continue
        gaps.append(m.span("gap"))
    return gaps


def _longest_head(text: str, heads: tuple[str, ...]) -> str:
    """The longest of ``heads`` (longest first) that ends ``text``; "" for none."""
    lengths, known = _head_lengths(heads)
    return next((text[-n:] for n in lengths if n <= len(text) and text[-n:] in known), "")


@cache
def _head_lengths(heads: tuple[str, ...]) -> tuple[tuple[int, ...], frozenset[str]]:
    return tuple(sorted({len(h) for h in heads}, reverse=True)), frozenset(heads)


def normalize_line(line: str, item: bool = False, title: bool = False) -> str:
    """Trim a line and drop the spaces PDF justification puts between Chinese characters; not the space that sets a
    list item's or an inline bullet's headline apart from its data (`headline_gaps`, round 26), nor the one between a
    news title's two clauses (`title`: the document's first line, round 33), nor a full-width one between two
    bodies' names (`_body_name_gaps`, round 43), written as one space."""
    table = TABLE_CELL_SEPARATOR in line.strip()
    marker = ""
    if "\u3000" in line and not table and (gaps := _body_name_gaps(line)):
        # the kept space is held through the spacing rules as a private-use character the line does not hold (no
        # rule reads it, and it is no white space); a character of the input is never rewritten
        marker = next(c for c in map(chr, range(0xE000, 0xF8FF)) if c not in line)
        ends = [0, *itertools.chain.from_iterable(gaps), len(line)]
        line = marker.join(line[a:b] for a, b in zip(ends[::2], ends[1::2], strict=True))
    line = line.replace("\u3000", " ").replace("\u00a0", " ")
    if table:
        # a row's leading empty cells are kept: they hold its cells under the right column headers
        cells = [_SPACE_BETWEEN_CJK.sub("", c.strip()) for c in line.split(TABLE_CELL_SEPARATOR)]
        return TABLE_CELL_SEPARATOR.join(cells).rstrip(TABLE_CELL_SEPARATOR)
    line = line.strip()
    line = re.sub(r"[ \t]{2,}", " ", line)
    kept = headline_gaps(line, item, title)
    line = _SPACE_BETWEEN_CJK.sub(lambda m: m.group(0) if m.start() in kept else "", line)
    return line.replace(marker, " ") if marker else line


def headline_gaps(text: str, item: bool, title: bool = False) -> dict[int, int]:
    """Where the space after a headline starts → where it ends: at the start of a list item (- 盈利能力显著提升 毛利率达
    24.84%) or of a line a plain-text enumerator opens (（1）…, ①…, 一、…: round 27) and right after an inline bullet
    of a summary (… - 盈利能力显著提升 毛利率…), a run of Chinese words with no value and a space before data
    (``layout.yaml`` headline_space_*, round 26); after a statute's article label opening the line (round 30); and in
    a news title, between a clause with no value and one with its figure (A股三大指数集体收涨 两市成交额超2.5万亿元:
    round 33), where a web title writes a space for the comma."""
    layout = _layout()
    found = list(layout["headline_space_inline"].finditer(text))
    if title and len(text) <= layout["headline_space_title_max_chars"]:  # a title is short (review of r33)
        if (clause := layout["headline_space_title"].match(text)) and _predicates(text[:clause.start("gap")]):
            found.append(clause)
        elif valued := layout["headline_space_title_valued"].match(text):
            found.append(valued)  # 国庆假期7天 全国国内出游…: a clause ending in its value (round 39)
    if article := layout["headline_space_article"].match(text):  # 第三十二条 食品…: a statute's article (round 30)
        found.append(article)
    if (item and (opening := layout["headline_space_item"].match(text))) or (
            opening := layout["headline_space_enumerated"].match(text)):  # (（1）, ①, 一、 open an item as a mark does)
        found.append(opening)
    return {m.start("gap"): m.end("gap") for m in found}


def _predicates(text: str) -> bool:
    """A title's first clause holds a predicate (收涨, 持续下行, 再创新高, 发布新规): it is a clause of its own, so
    the space after it stands for a comma; a name alone (贵州茅台, 中国人民银行) is the subject of the clause after
    the space (final read of round 33: 中国人民银行 下调存款准备金率0.5个百分点 keeps its body in the metric)."""
    tags = set(_layout()["headline_space_title_predicate_tags"])
    return any(word.flag in tags for word in pos_tagger().cut(text))


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def display_width(text: str) -> float:
    """Width in Chinese character cells: CJK counts 1, other characters half, spaces nothing.

    Counted by two regex scans, not a Python step per character (every line is measured, some
    twice); sums of ones and halves are exact, so the figure is the per-character sum's."""
    if not text:
        return 0
    wide = len(_CJK_CHAR.findall(text))
    return wide + 0.5 * (len(text) - wide - len(_SPACE_NOT_CJK.findall(text)))


def is_english(text: str) -> bool:
    letters = len(_LATIN.findall(text))
    return letters >= 12 and letters > 3 * len(_CJK_CHAR.findall(text))


def _ends_paragraph(text: str) -> bool:
    return bool(text) and text[-1] in _layout()["paragraph_end"]


def _reads_as_paragraph(line: str) -> bool:
    """A line written as running text though it ends without 。 (a crawled or demo one-liner): a sentence end
    inside it with more text after it, or wider than a title (or opened by an enumerator, a data item's) with several
    clauses that carry quantities."""
    layout = _layout()
    if layout["title_inner_sentence_end"].search(line):
        return True
    numbered = any(pattern.match(line) for _, pattern in layout["headings"])
    if display_width(line) <= layout["title_max_width"] and not numbered:  # an enumerator opens no title
        return False
    clauses = layout["title_clause_split"].split(line)
    return sum(1 for c in clauses if layout["title_value"].search(c)) >= layout["title_value_clauses"]


def _is_spaced_row(line: str) -> bool:
    """A row of a space-aligned table: two numbers or more standing apart (上海 44652.8 -0.2 2475.9), and
    besides them no more than a short label (10 余条国际海缆。自 2019 年起，… is a sentence)."""
    numbers = _SPACED_NUMBER.findall(line)
    return len(numbers) >= 2 and display_width(_SPACED_NUMBER.sub("", line)) <= ROW_LABEL_MAX_WIDTH


def _heading_level(text: str) -> int | None:
    layout = _layout()
    if len(text) > layout["heading_max_chars"] or TABLE_CELL_SEPARATOR in text:
        return None
    for level, pattern in layout["headings"]:
        if match := pattern.match(text):
            # after its enumerator, a sentence that ends after a quantity makes the line a data item
            return None if layout["not_heading"].search(text, match.end() - 1) else level
    return None


_SINGLE_SPACE = re.compile(" ")


def _split_aligned(text: str) -> Iterator[tuple[list[str], bool]]:
    """A line's cells set apart by wide gaps (full-width spaces, runs of spaces; a label spaced out to its
    column's width, 合　　计, is one cell), then by single spaces, each with whether the gaps were single spaces."""
    for gap, single in ((_layout()["aligned_wide_gap"], False), (_SINGLE_SPACE, True)):
        cells = [c for c in gap.split(text) if c]
        yield (cells if single else _spaced_label(cells)), single


def _aligned_cells(line: str) -> tuple[list[str], bool] | None:
    """The cells of a table row aligned with spaces (营业收入　　385,621.33　　320,456.12; 合计 43.01 7.93): at least
    three, every one after the label a number; with single spaces, a label that is a name or a year, not all
    years after it (a chart's axis) and no phone number or code. None for any other line."""
    layout = _layout()
    text = line.strip()
    if not text or TABLE_CELL_SEPARATOR in text:
        return None
    for cells, single in _split_aligned(text):
        if single and len(cells) >= 3 and all(layout["aligned_number_cell"].match(c) for c in cells[1:]) \
                and _single_spaced_row(cells):
            return cells, single
        if not single and _is_wide_row(cells):
            return cells, single
    return None


def _is_wide_row(cells: list[str]) -> bool:
    """Whether cells split at wide gaps read as a row: a label, then two numbers or more; a serial number may
    stand before the label (1　　国家级…　　50　　50) and a unit after it (原煤　　万吨　　125.6　　4.2)."""
    layout = _layout()
    values = cells[1:]
    if len(cells) > 3 and layout["aligned_serial_cell"].match(cells[0]) \
            and not layout["aligned_number_cell"].match(cells[1]):
        values = cells[2:]
    if len(values) > 2 and layout["aligned_unit_cell"].match(values[0]):
        values = values[1:]
    return len(values) >= 2 and all(layout["aligned_number_cell"].match(c) for c in values)


def _spaced_label(cells: list[str]) -> list[str]:
    """Cells with a label spaced out to its column's width joined again (合　　计, 县　区: one character a cell)."""
    run = next((k for k, cell in enumerate(cells) if not _layout()["aligned_spaced_char"].match(cell)), len(cells))
    return ["".join(cells[:run]), *cells[run:]] if run >= 2 else cells


def _single_spaced_row(cells: list[str]) -> bool:
    """Whether cells split at single spaces read as a row: a label (M2, 合计, 2019) before values that are
    not all years, none a phone number or code (张三 13800138000 100080)."""
    layout = _layout()
    years = all(layout["aligned_year_cell"].match(c) for c in cells[1:])
    codes = any(layout["aligned_code_cell"].match(c) for c in cells[1:])
    return bool(layout["aligned_single_label"].search(cells[0])) and not years and not codes


def _aligned_header(line: str, width: int) -> list[str] | None:
    """The cells of the header line above aligned rows (项目　　2023年　　2022年; LPR减点 LPR LPR加点): as many as
    the rows have, or one fewer (no label over the labels); never a 表N/图N caption."""
    layout = _layout()
    text = line.strip()
    if layout["aligned_header_not"].search(text) or TABLE_CELL_SEPARATOR in text:
        return None
    if layout["aligned_caption"].match(text):
        return None
    for cells, _single in _split_aligned(text):
        if width - 1 <= len(cells) <= width and len(cells) >= 2:
            return cells
    return None


def _is_aligned_table(rows: list[tuple[list[str], bool]], header: list[str] | None) -> bool:
    """Whether aligned rows make a table. Rows set apart by single spaces need one column count and a header
    line or a decimal or thousands separator in a cell: a list of names and numbers (王明 2019 12 45) is none."""
    if not any(single for _cells, single in rows):
        return True
    if len({len(cells) for cells, _single in rows}) > 1:
        return False
    return header is not None or any(ch in cell for cells, _s in rows for cell in cells[1:] for ch in ".,")


def _pair_cells(line: str) -> list[str] | None:
    """The two cells of a label-and-value line set apart by a wide gap (城镇职工基本养老保险　　2158): a label with
    words, then one number. Such lines are a table only under a unit line (see ``_pair_tables``)."""
    layout = _layout()
    text = line.strip()
    if not text or TABLE_CELL_SEPARATOR in text:
        return None
    cells, _single = next(_split_aligned(text))  # (its wide gaps: the first split it gives)
    if len(cells) == 2 and layout["aligned_pair_label"].search(cells[0]) \
            and not layout["aligned_header_not"].search(cells[0]) and layout["aligned_number_cell"].match(cells[1]):
        return cells
    return None


def _pair_tables(lines: list[str], out: list[str]) -> None:
    """Two-column tables a bulletin writes as a label, a wide gap and a value a line (单位：万人 / 失业保险　　1125 /
    工伤保险　　1287), rewritten in ``out`` as tab-separated rows: at least `aligned_min_rows` such lines right under a
    unit line, or under a header line of two cells (项目　　人数) right under it. Without the unit line they stay text:
    nothing else tells a table from two lines that happen to end in a figure (round 29)."""
    layout = _layout()
    i = 0
    while i < len(lines):
        if not layout["aligned_unit_line"].match(lines[i].strip()):
            i += 1
            continue
        start = i + 1
        header = None
        if start < len(lines) and _pair_cells(lines[start]) is None:
            header = _aligned_header(lines[start], 2)
            start += 1 if header is not None and len(header) == 2 else 0
        j = start
        while j < len(lines) and out[j] == lines[j] and (cells := _pair_cells(lines[j])) is not None:
            out[j] = TABLE_CELL_SEPARATOR.join(cells)
            j += 1
        if j - start < int(layout["aligned_min_rows"]):
            out[start:j] = lines[start:j]  # one such line is text
        elif start > i + 1 and header is not None:
            out[i + 1] = TABLE_CELL_SEPARATOR.join(header)
        i = max(j, i + 1)


def aligned_tables(lines: list[str]) -> list[str]:
    """Lines with the rows of tables aligned with spaces (and their header line) rewritten as tab-separated rows,
    so they are read as tables: a web copy or a PDF conversion of a financial table sets its cells apart with spaces
    (``layout.yaml`` aligned_*). Other lines are returned as they are."""
    out = list(lines)
    found = [_aligned_cells(line) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and found[j] is not None:
            j += 1
        rows = [row for row in found[i:j] if row is not None]
        if j - i >= int(_layout()["aligned_min_rows"]):
            width = max(len(cells) for cells, _single in rows)
            header = _aligned_header(lines[i - 1], width) if i > 0 else None
            if _is_aligned_table(rows, header):
                for k, (cells, _single) in enumerate(rows, start=i):
                    out[k] = TABLE_CELL_SEPARATOR.join(cells)
                if header is not None:
                    out[i - 1] = TABLE_CELL_SEPARATOR.join(header)
        i = max(j, i + 1)
    _pair_tables(lines, out)
    return out


def join_spaced_digits(line: str) -> str:
    """A line with its letter-spaced numbers (OCR, a copy from an image: 1 5 0 5 5 . 3亿元, 2 0 2 4 年) written whole:
    only a run of three single digits or more that a sign of one number marks (glued to the Chinese before it, a
    decimal point, a date word, scale, 元 or % after it), so a table row of separate numbers stays apart."""
    if " " not in line:
        return line
    layout = _layout()

    def whole(m: re.Match[str]) -> str:
        run = m.group(0)
        number = run.replace(" ", "")
        glued = layout["spaced_digits_glued_before"].search(line, max(0, m.start() - 8), m.start())  # (a window: no
        # scan of the line's whole start per digit, quadratic on a long line)
        marked = (not number.isdigit() or glued
                  or layout["spaced_digits_after"].match(line[m.end():m.end() + 8]))  # (a point or % is a sign too)
        least = 2 if layout["spaced_digits_point"].search(number) else 3
        return number if marked and sum(ch.isdigit() for ch in number) >= least else run

    return layout["spaced_digits"].sub(whole, line)


def join_cut_quantities(lines: list[str]) -> list[str]:
    """Lines of a paragraph joined where a soft break cuts a number from its unit or scale (19.5万亿|元, 1.1个|百分点)
    or at its decimal point (1024.|3万台): a quantity is never two lines, however wide the lines are."""
    layout = _layout()
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if previous and line and (
            (layout["quantity_cut_end"].search(previous) and layout["quantity_cut_next"].match(line))
            or (layout["decimal_cut_end"].search(previous) and layout["decimal_cut_next"].match(line))
        ):
            out[-1] = previous + line
        else:
            out.append(line)
    return out


def clean_document(raw: RawDocument) -> CleanDocument:
    """Rebuild paragraphs and structure from the raw text."""
    items = raw.item_lines if raw.format != "text" else set()
    bullet = _layout()["list_item_line"]
    raw_lines = aligned_tables(raw.text.split("\n"))
    first = next((i for i, line in enumerate(raw_lines) if line.strip()), -1)  # the title, where there is one
    lines = [normalize_line(line, i in items or (raw.format == "text" and bullet.match(line) is not None),
                            title=i == first and not raw.title)
             for i, line in enumerate(raw_lines)]
    if raw.format == "text":
        lines = join_cut_quantities([join_spaced_digits(line) for line in lines])
    builder = _Builder(lines, raw)
    builder.run()
    title = raw.title or builder.title
    warnings = list(raw.warnings)
    total = sum(len(line) for line in lines)
    if builder.dropped_running > RUNNING_HEADER_WARNING_SHARE * total:
        warnings.append(f"{builder.dropped_running / total:.0%} of the text dropped as running headers")
    return CleanDocument(
        doc_id=raw.doc_id, source_path=raw.source_path, sha256=raw.sha256, text=builder.text(),
        title=title, document_date=raw.document_date, blocks=builder.blocks, author=builder.author,
        warnings=warnings,
    )


class _Builder:
    """Walks the lines once, keeping an open paragraph and the floats that interrupted it."""

    def __init__(self, lines: list[str], raw: RawDocument) -> None:
        self.layout = _layout()
        self.raw = raw
        self.lines = lines
        self.position = 0  # the line being handled
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.offset = 0
        self.title = ""
        self.title_kept = False
        self.author = ""
        self.section = "introduction"
        self.headings: dict[int, str] = {}
        self.paragraph: list[str] = []
        self.paragraph_kind = "paragraph"
        self.paragraph_section = ""
        self.paragraph_item = False  # the open paragraph starts at a list item's line (round 25)
        self.pending: list[tuple[str, str]] = []
        self.in_table = False
        self.table_rows: list[str] = []
        self.speaker_lines = self._speaker_lines(lines)
        nonempty = [x for i, x in enumerate(lines) if x and i not in self.speaker_lines]
        chinese = [display_width(x) for x in nonempty if not is_english(x) and display_width(x) >= 8]
        self.typical = statistics.median_high(chinese) if chinese else 40.0
        # The PDF reader rebuilds paragraphs from the page geometry: only plain text is hard-wrapped here.
        wrap_width = self._wrap_width(nonempty) if raw.format == "text" and len(nonempty) >= 4 else None
        self.hard_wrapped = wrap_width is not None
        self.typical = wrap_width or self.typical
        followed_by_blank = sum(1 for a, b in itertools.pairwise(lines) if a and not b)
        double_spaced = followed_by_blank >= 0.7 * len(nonempty)
        # Blank lines end paragraphs unless the text is double spaced (then a blank line ends one only
        # after a finished or short line); one line is one paragraph when the text is neither
        # hard-wrapped nor Markdown.
        self.blank_separates = not double_spaced
        self.one_paragraph_per_line = not self.hard_wrapped and raw.format != "markdown"
        self.heading_level = 0
        # The PDF reader drops running headers by their position; a repeated line there is content
        # (资料来源：… under every chart).
        self.running = self._running_headers(nonempty) if raw.format != "pdf" else set()
        self.dropped_running = 0  # characters of running headers left out

    def _speaker_lines(self, lines: list[str]) -> set[int]:
        """Position of a work report's speaker line (an office title and a name) right under the title or under its
        subtitle or delivery line (——…在…会议上): a by-line, so it neither joins the delivery line's paragraph nor
        makes a short header look like hard-wrapped text (round 19)."""
        first = [i for i, x in enumerate(lines) if x][1:]
        while first and self.layout["subtitle"].match(lines[first[0]]):
            first = first[1:]
        if first and self.layout["speaker_line"].match(lines[first[0]]):
            return {first[0]}
        return set()

    def _wrap_width(self, nonempty: list[str]) -> float | None:
        """The line width of a hard-wrapped text (None: not hard-wrapped): many lines reach the margin
        without ending a sentence.

        Failing the median test, a PDF copy is looked at without its tables, captions, headings and page
        numbers, and its margin at a high quantile of the prose line widths: short lines (a title, each
        paragraph's last line, table rows) pull the median below the wrap width. A full line that ends in a
        number's decimal point (平均水平的1.) ends no sentence. A notice's field lines in a run are no such lines
        (round 24: a tender notice's fields are not its wraps)."""
        notice = self._notice_lines(nonempty)
        wrapped = [x for i, x in enumerate(nonempty)
                   if self.is_full(x) and not _ends_paragraph(x) and i not in notice]
        if len(wrapped) >= 0.3 * len(nonempty):
            return self.typical
        prose = [x for i, x in enumerate(nonempty) if not self._outside_prose(x) and i not in notice]
        widths = sorted(display_width(x) for x in prose if not is_english(x) and display_width(x) >= 8)
        if len(widths) < 4:
            return None
        width = widths[int(WRAP_WIDTH_QUANTILE * (len(widths) - 1))]
        full = [x for x in prose if display_width(x) >= 0.8 * width]
        cut = [x for x in full if not _ends_paragraph(x) or _DECIMAL_POINT_END.search(x)]
        return width if len(cut) >= 2 and len(cut) >= 0.5 * len(full) else None

    def _outside_prose(self, line: str) -> bool:
        """A line that is no part of a paragraph: a table row (cells apart, two numbers or more), a caption,
        a source note, a heading or a page number."""
        layout = self.layout
        return bool(
            TABLE_CELL_SEPARATOR in line or _is_spaced_row(line) or layout["aligned_unit_line"].match(line)
            or layout["caption"].match(line) or layout["source_note"].match(line)
            or layout["page_number"].match(line) or _heading_level(line) is not None
        )

    def _notice_lines(self, nonempty: list[str]) -> set[int]:
        """Positions of a notice's field lines (label, colon, value) that stand next to another field line or a
        heading: lines that end without sentence punctuation by their nature, never because a margin cut them
        (round 24). A lone one is the first line of a wrapped paragraph as often (总体要求：以…和治理 / 方式变革，…)."""
        field = self.layout["field_line"]
        fields = [bool(field.match(x)) for x in nonempty]
        structure = [f or _heading_level(x) is not None for f, x in zip(fields, nonempty, strict=True)]
        return {i for i, f in enumerate(fields)
                if f and ((i > 0 and structure[i - 1]) or (i + 1 < len(nonempty) and structure[i + 1]))}

    # --- output -----------------------------------------------------------
    def text(self) -> str:
        return "".join(self.parts)

    def emit(self, text: str, kind: str, section: str | None = None, item: bool = False) -> None:
        # a table's first row may start with an empty corner cell: its tab keeps the columns in place
        text = text.strip("\n") if kind == "table" else text.strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n")
            self.offset += 1
        start = self.offset
        self.parts.append(text)
        self.offset += len(text)
        self.blocks.append(Block(start, self.offset, kind, section or self.section, item))

    # --- paragraphs and floats ---------------------------------------------
    def open_paragraph(self) -> bool:
        return bool(self.paragraph)

    def close_paragraph(self) -> None:
        if self.paragraph:
            text = ""
            for previous, piece in zip(["", *self.paragraph], self.paragraph, strict=False):
                text = self.join(text, piece, previous)
            if self.paragraph_kind == "heading":
                self.headings[self.heading_level] = text
                self.section = " / ".join(self.headings[k] for k in sorted(self.headings))
                self.paragraph_section = self.section
            if self.paragraph_section == "notes" and self.paragraph_kind != "heading":
                self.emit_notes(text)
            else:
                self.emit(text, self.paragraph_kind, self.paragraph_section,
                          self.paragraph_item and self.paragraph_kind in ("paragraph", "heading"))
            self.paragraph = []
        for text, kind in self.pending:
            self.emit(text, kind)
        self.pending = []

    def join(self, text: str, piece: str, previous: str) -> str:
        """The paragraph so far joined with its next line; in hard-wrapped text, a number that a line break
        cuts between two digits after a Chinese character (收入为3|5,101元, 平均水平的1.|44倍) is joined whole. The
        character is on the cut line itself (round 25): a line that is only a figure is a cell of a table written
        one cell a line (税收收入 / 33,344 / 1、增值税), and the next line's digits are no part of its number."""
        if self.hard_wrapped and piece[:1].isdigit() and _NUMBER_CUT_AT_MARGIN.search(previous):
            return text + piece
        return join_wrapped(text, piece)

    def emit_notes(self, text: str) -> None:
        """Each note (①…, [1]…) of a notes section is its own block."""
        marker = self.layout["note_marker"]
        starts = [m.start() for m in marker.finditer(text)] or [0]
        if starts[0] != 0:
            starts.insert(0, 0)
        for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
            self.emit(text[begin:end], "note", "notes")

    def float_block(self, text: str, kind: str) -> None:
        """Captions, notes and tables wait until an interrupted paragraph is complete."""
        if self.open_paragraph():
            self.pending.append((text, kind))
        else:
            self.emit(text, kind)

    def is_full(self, text: str) -> bool:
        """A line that reaches the right margin: its paragraph probably goes on."""
        return display_width(text) >= 0.8 * self.typical

    def add_to_paragraph(self, text: str, kind: str = "paragraph") -> None:
        if not self.paragraph:
            self.paragraph_kind = kind
            self.paragraph_section = self.section
            self.paragraph_item = self._is_item(text)
        self.paragraph.append(text)
        if self.one_paragraph_per_line:
            self.close_paragraph()
        elif self.hard_wrapped and not self.is_full(text) and (
            _ends_paragraph(text) or (len(self.paragraph) == 1 and display_width(text) < 0.5 * self.typical)
        ):
            # A short line ends its paragraph when it ends a sentence; a short line that
            # does not (a wrap the width estimate missed) lets the paragraph go on.
            self.close_paragraph()

    # --- the walk ---------------------------------------------------------------
    def _running_headers(self, nonempty: list[str]) -> set[str]:
        """Lines that recur between different text (the article title as a running header, a journal name).

        Very short lines are never taken: a table repeats its cells (亿元, 合计, —). A line
        that recurs with the same line after it most times is repeated text (a paragraph
        or a whole article given twice), not a header on top of a new page.
        """
        first = nonempty[0].rstrip("*＊") if nonempty else ""
        following: dict[str, list[str]] = {}
        for position, line in enumerate(nonempty):
            key = line.rstrip("*＊")
            # the title repeated on top of each page may end in a bracket (中国区域经济发展报告（2023）)
            header_end = not _ends_paragraph(key) or (key == first and not _SENTENCE_END.search(key))
            if MIN_RUNNING_HEADER_WIDTH <= display_width(key) <= self.typical * 1.5 and header_end:
                following.setdefault(key, []).append(nonempty[position + 1] if position + 1 < len(nonempty) else "")

        def between_different_text(after: list[str]) -> bool:
            return len(set(after)) > len(after) / 2

        running = {k for k, after in following.items()
                   if len(after) >= 3 and between_different_text(after) and not re.fullmatch(r"[\d.,%\s]+", k)}
        if len(following.get(first, [])) >= 2 and between_different_text(following[first]):
            running.add(first)
        return running

    def run(self) -> None:
        lines = self.lines
        index = 0
        # Title and author: the first non-empty lines.
        while index < len(lines) and not lines[index]:
            index += 1
        if index < len(lines) and not self.raw.title and self._looks_like_title(index):
            self.title = re.sub(r"[*＊]+$", "", lines[index]).strip()
            self.emit(self.title, "title", "title")
            index += 1
            while index < len(lines) and not lines[index]:
                index += 1
            if index < len(lines) and self._looks_like_author(lines[index]):
                self.author = lines[index]
                self.emit(self.author, "author", "author")
                index += 1
        elif self.raw.title:
            self.title = self.raw.title
        english_start = self._english_tail_start(index)
        for position in range(index, self._post_tail_start(index)):
            line = lines[position]
            if position == english_start:
                self.close_table()
                self.close_paragraph()
                self.section = "english_abstract"
            if not line:
                if (self.blank_separates or self._paragraph_done() or self._beside_item(position)) \
                        and not self.in_table:
                    self.close_table()
                    self.close_paragraph()
                continue
            if position in self.speaker_lines:  # the report's by-line (round 19)
                self.close_paragraph()
                self.author = self.author or line
                self.emit(line, "author", "author")
                continue
            if position in self.raw.aside_lines:
                self.float_block(line, "aside")  # a sidebar line: kept, but not body text
                continue
            self.position = position
            self.handle(line, self.raw.heading_lines.get(position))
        self.close_table()
        self.close_paragraph()

    def _paragraph_done(self) -> bool:
        """In double-spaced text a blank line follows every line, so it ends the open paragraph only after a
        line that ends one (a sentence end) or stops short of the margin (a heading, a source note, a
        paragraph's last line); a full line without an end is a wrap (a PDF copy written one line a paragraph)."""
        last = self.paragraph[-1] if self.paragraph else ""
        if not last or self.hard_wrapped:  # a hard-wrapped text closes its paragraphs by their lines' widths
            return False
        return _ends_paragraph(last) or not self.is_full(last)

    def _is_item(self, line: str) -> bool:
        """The line at the walk's position opens a list item: the reader marked it up as one (a Markdown item), or
        a bullet or an enumerator opens it in plain text (- 毛利率达31.5%, 2. 净利润1.2亿元; round 25)."""
        return self.position in self.raw.item_lines or self._text_item(line)

    def _is_data_item(self, line: str) -> bool:
        """A line read as a heading that is a plain-text list item holding a quantity after its enumerator (2. 毛利率
        31.5%, 1、总资产25.3亿元: short data lines with no sentence end): it stays a heading, but it is an item of its
        list as a Markdown item is, so it goes on in the time of the items or the lead-in before it (round 26). A
        heading with no quantity (1. 经营情况, 2. 2024年经营情况) is no data item."""
        opener = self.layout["list_item_line"].match(line)
        return bool(opener and self._is_item(line) and self.layout["title_value"].search(line, opener.end()))

    def _beside_item(self, position: int) -> bool:
        """A blank line after or before a list item's line (Markdown): an item is a block of its own, so a blank
        line beside it parts it from the text around it also where the layout looks double spaced (the reader
        sets a blank line between all blocks) and the item's line is full (round 25: `- 2024年营业收入8.6亿元` /
        `- 毛利率达31.5%` are two sentences, not one run-on sentence)."""
        items = self.raw.item_lines
        return bool(items) and (position - 1 in items or position + 1 in items)

    def _post_tail_start(self, begin: int) -> int:
        """Where a copied post's furniture begins (END, 往期推荐, 精选留言, a line of counters): it and every line
        after it are other articles' headlines, readers' comments and counters, no part of the text (len: none).
        A page mirrored from a post (WeChat's #js_content) keeps that tail in its blocks too (round 18)."""
        if self.raw.format not in ("text", "markdown", "html"):
            return len(self.lines)
        tail = self.layout["post_tail"]
        end = len(self.lines)
        return next((i for i in range(begin, end) if tail.fullmatch(self.lines[i].strip())), end)

    def _english_tail_start(self, begin: int) -> int | None:
        """Where the trailing run of English lines (an English abstract) begins."""
        start = None
        for position in range(len(self.lines) - 1, begin - 1, -1):
            line = self.lines[position]
            if not line or line.rstrip("*＊") in self.running or self.layout["page_number"].match(line):
                continue
            if is_english(line) or (start is not None and not _CJK_CHAR.search(line)):
                start = position
            else:
                break
        if start is None:
            return None
        run = [x for x in self.lines[start:] if x]
        return start if len(run) >= 3 else None

    def _looks_like_title(self, index: int) -> bool:
        """The first line is the title unless it is structure, a sentence (it ends in 。) or, in hard-wrapped
        text, a paragraph's first line running on into the full line right after it (…占全国经济总量的)."""
        line = self.lines[index]
        after = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        runs_on = self.hard_wrapped and self.is_full(line) and not _ends_paragraph(line) and self.is_full(after)
        return not (self._is_structural(line) or _SENTENCE_END.search(line) or runs_on or _reads_as_paragraph(line))

    def _is_structural(self, line: str) -> bool:
        return bool(
            self.layout["abstract"].match(line) or self.layout["caption"].match(line)
            or TABLE_CELL_SEPARATOR in line
        )

    def _marks_a_part(self, line: str) -> bool:
        """A marked-up heading that is a part of its own kind: the notes, the abstract or the keywords, or a
        caption or source note (converters mark 表2… up as a heading), read as that kind, not as a section."""
        layout = self.layout
        return any(layout[kind].match(line) for kind in ("notes_heading", "abstract", "keywords", "caption",
                                                          "source_note"))

    def _looks_like_author(self, line: str) -> bool:
        """A by-line: short, no sentence punctuation or digits; a section heading (一、…) or a subtitle
        (——…) after the title is none, nor a row of table cells (a table's header row right under a title line:
        地区 | 第一档 | 第二档, round 19), as no heading is."""
        return (
            display_width(line) <= 16 and not re.search(r"[。：:；;！？]", line) and TABLE_CELL_SEPARATOR not in line
            and not self.layout["abstract"].match(line) and not re.search(r"\d", line)
            and not self.layout["subtitle"].match(line) and _heading_level(line) is None
        )

    def close_table(self) -> None:
        if self.table_rows:
            self.float_block("\n".join(self.table_rows), "table")
            self.table_rows = []
        self.in_table = False

    def handle(self, line: str, markup_level: int | None = None) -> None:
        """One non-empty line; `markup_level` is the level of a heading the reader saw marked up (Markdown)."""
        layout = self.layout
        bare = line.rstrip("*＊")
        if bare in self.running:
            self.dropped_running += len(line)
            return
        if self.raw.title and _compact(bare) == _compact(self.raw.title):
            # the title given by the reader (front matter, <h1>, a PDF's first page) is text of
            # the document: its first line is read where it stands like any other; a repeat is dropped
            if self.title_kept:
                return
            self.title_kept = True
        if layout["page_number"].match(line) and not self.in_table and not self._value_under_label(line):
            return
        if self.section == "english_abstract":
            if layout["english_abstract_start"].match(line) or re.match(r"^Key\s*words?\s*[:：]", line, re.I):
                self.close_paragraph()
            self.add_to_paragraph(line, "english")
            return
        if self.paragraph_kind == "heading" and self.open_paragraph():
            if not self.is_full(line) and not re.search(r"[。；;！？]", line) and _heading_level(line) is None \
                    and not self.layout["field_line"].match(line) and not self._text_item(line):
                # the wrapped end of a long heading (a heading, a field or a list item of a text file is none)
                self.paragraph.append(line)
                self.close_paragraph()
                return
            self.close_paragraph()
        if markup_level is not None and self.section != "notes" and not self._continues_unfinished_sentence():
            # (a marked-up line inside an unfinished sentence is page furniture a converter promoted: 统计资 / # 期刊名)
            self.close_table()
            self.close_paragraph()
            if not self._marks_a_part(line):
                self.start_heading(line, markup_level)
                return
        if TABLE_CELL_SEPARATOR in line:
            self.table_rows.append(line)
            self.in_table = True
            return
        if layout["caption"].match(line) and not self._continues_unfinished_sentence():
            self.close_table()
            self.float_block(line, "caption")
            self.in_table = bool(layout["table_caption"].match(line))
            return
        if layout["source_note"].match(line) and not self._continues_sentence():
            self.float_block(line, "source_note")
            return
        if layout["aligned_unit_line"].match(line) and not self.in_table:
            # 单位：万吨 is a line of its own over a table (round 29): a title above it that a hard-wrapped reading
            # left open is no sentence it ends, and the line after it is no part of it
            self.close_table()
            self.close_paragraph()
            self.emit(line, "paragraph")
            return
        if self.in_table:
            if self._looks_like_cell(line) and not self._leaves_a_grid(line):
                self.table_rows.append(line)
                return
            self.close_table()
        if self._next_item(line):
            self.close_paragraph()
        if not self.open_paragraph() or _ends_paragraph(self.paragraph[-1]):
            if self.section != "notes" and layout["notes_heading"].match(line):
                self.close_paragraph()
                self.section = "notes"
                self.emit(line, "heading", "notes")
                return
            if layout["abstract"].match(line):
                self.close_paragraph()
                self.section = "abstract"
                self.add_to_paragraph(line, "abstract")
                return
            if layout["keywords"].match(line):
                self.close_paragraph()
                self.section = "keywords"
                self.emit(line, "keywords")
                self.section = "introduction"
                return
            level = _heading_level(line) if self.section != "notes" else None
            if level is not None:
                self.close_paragraph()
                self.start_heading(line, level)
                return
        if self.section == "abstract" and not self.open_paragraph():
            self.section = "introduction"
        if self.hard_wrapped and _is_spaced_row(line):
            self.close_paragraph()  # a table row of a wrapped PDF copy is a line of its own, as in unwrapped text
            self.add_to_paragraph(line)
            self.close_paragraph()
            return
        if self._is_field_line(line) and (
                not self.paragraph or _ends_paragraph(self.paragraph[-1])
                or self.layout["field_line"].match(self.paragraph[-1])):
            # a notice's field line (label, colon, value) is a line of its own (round 23); a line that goes on
            # from an unfinished sentence is a wrap of running text, whatever it holds
            self.close_paragraph()
            self.add_to_paragraph(line)
            self.close_paragraph()
            return
        if self.hard_wrapped and self.paragraph and self._is_item(line) \
                and not self.layout["list_enumerator"].match(line.lstrip()):
            # a bullet opens an item of its own: no wrap of the item before (round 25); an enumerator at a wrap may
            # be a point of a sentence the line break cut (…主要包括 / （2）…), so it opens none here (round 27)
            self.close_paragraph()
        self.add_to_paragraph(line)

    def _next_item(self, line: str) -> bool:
        """In plain text, a line opened by a bullet or an enumerator opens an item of its own after a line of an
        open list item, whether or not the item before ends a sentence or reaches the margin (round 27: ① 营收稳步增长
        2025年上半年营业收入5.19亿元 / 1. 盈利能力… or 一、…, also across the blank line of a double-spaced paste), and
        after a full line of prose that ends a paragraph (…具体如下： / ① …). After a prose line that does not end,
        an enumerator is a point of the sentence a wrap cut (…主要用于位于园区 / （2）号厂房…): it opens nothing."""
        return bool(self.paragraph and self.paragraph_kind == "paragraph" and self._text_item(line)
                    and (self.paragraph_item or _ends_paragraph(self.paragraph[-1])))

    def _text_item(self, line: str) -> bool:
        """A bullet or an enumerator opens the line of a text file (``layout.yaml`` list_item_line)."""
        return self.raw.format == "text" and self.layout["list_item_line"].match(line) is not None

    def _is_field_line(self, line: str) -> bool:
        """A notice's field line (label, colon, value). In hard-wrapped text a lone one that reaches the margin is
        the start of a wrapped paragraph (总体要求：以…和治理 / 方式变革，…); in a run of fields it is a field."""
        field = self.layout["field_line"]
        if not field.match(line):
            return False
        if not (self.hard_wrapped and self.is_full(line)):
            return True
        at = self.position
        neighbours = self.lines[max(at - 1, 0):at] + self.lines[at + 1:at + 2]
        return any(field.match(other) for other in neighbours)

    def _continues_sentence(self) -> bool:
        """A caption-like line right after an unfinished sentence is text, not a caption."""
        return bool(self.paragraph) and not self.hard_wrapped

    def _continues_unfinished_sentence(self) -> bool:
        """After a finished sentence a caption-like line is a caption, also in a paragraph that the
        layout keeps open (a double-spaced Markdown body)."""
        return self._continues_sentence() and not _ends_paragraph(self.paragraph[-1])

    def _value_under_label(self, line: str) -> bool:
        """A bare figure right under a short line without sentence punctuation (4、房产税 / 981 / 5、印花税): a value
        of a table written one cell a line, not a page number (round 25; a page number stands under a paragraph's
        end or inside a sentence a page break cut, and is often dashed: - 45 -). A label has words (not 𝑁∑ over
        the 1 of a formula a PDF copy wrote a symbol a line). Not in a PDF: its tables are read from the page's
        layout, and a bare figure under a short line there is a chart's axis tick or a formula's index."""
        if self.raw.format == "pdf" or not line.strip().isdigit() or self.position == 0:
            return False
        label = self.lines[self.position - 1]
        return bool(re.search(f"[{CJK}]", label)) and display_width(label) < 0.7 * self.typical \
            and not re.search(r"[。，；！？,;!?]", label)

    def _leaves_a_grid(self, line: str) -> bool:
        """A heading after the rows of a table with separated cells ends it (…安徽\t45045.0 / 二、产业结构): only a
        flattened table, one cell a line, goes on with short lines. So does a line without separated cells after
        a blank line (round 25): the readers write a grid's rows with no blank line between them (a one-cell row
        among them), so a short line past a blank one is the text around the table (按类别分：, 单位：万人 above
        the next table; 注：… under it), never a row of it."""
        gridded = any(TABLE_CELL_SEPARATOR in row for row in self.table_rows)
        after_blank = self.position > 0 and not self.lines[self.position - 1].strip()
        return gridded and (after_blank or (_heading_level(line) is not None and not self._row_follows()))

    def _row_follows(self) -> bool:
        """The next line is a row with separated cells: a heading-like line between two rows of a grid is the grid's
        one-cell section row (一、税收收入 over 增值税\t3000 in an HTML budget table; round 25), not a heading."""
        at = self.position + 1
        return at < len(self.lines) and TABLE_CELL_SEPARATOR in self.lines[at].strip()

    def _looks_like_cell(self, line: str) -> bool:
        """Inside a flattened table: short lines without sentence punctuation, or numbers."""
        if re.fullmatch(r"[-+]?[\d,.，．%％\s]+", line):
            return True
        return display_width(line) < 0.7 * self.typical and not re.search(r"[。，；！？]", line)

    def start_heading(self, line: str, level: int) -> None:
        """Open a heading block; a heading that reaches the margin wraps onto the next line."""
        self.headings = {k: v for k, v in self.headings.items() if k < level}
        self.heading_level = level
        self.paragraph_kind = "heading"
        self.paragraph_section = self.section
        self.paragraph_item = self._is_data_item(line)
        self.paragraph = [line]
        if not (self.hard_wrapped and self.is_full(line)):
            self.close_paragraph()
