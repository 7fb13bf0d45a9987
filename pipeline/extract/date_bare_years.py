"""Date grammar, the four-digit years written without 年 (table headers, 2016-2018, 2018、2019年) and what keeps a
bare four-digit number from being one: a unit after it, a row of figures, a label it counts or codes.

Split from ``date_grammar`` (round 46); the number reader asks ``label_count_at`` too, so that a label's count
stays a count.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from pipeline.chars import HSPACE, count_han, is_han, runs_into_latin_word
from pipeline.extract.currencies import currency_names
from pipeline.extract.date_lexicon import Candidate, Spec, res, year_range
from pipeline.extract.date_spec_reading import _skip
from pipeline.extract.number_context import Segmenter
from pipeline.extract.numerals import lexicon
from pipeline.extract.unit_forms import quantity_unit_at
from pipeline.resources import cached

if TYPE_CHECKING:
    from pipeline.extract.numerals import UnitPattern


@functools.lru_cache(maxsize=4)
def line_starts(s: str) -> list[int]:
    """Where each line of ``s`` starts, found once per text and shared by the readers of its lines (a 1 MB text on one
    line made every lookup a scan); the list is read, never changed."""
    return [0] + [m.end() for m in re.finditer("\n", s)]


class _Lines:
    """Per-line facts computed once (bounded cost): reference entries and rows of figures."""

    def __init__(self, s: str, P: dict[str, re.Pattern[str]]) -> None:
        r = res()
        self.starts = line_starts(s)
        self.reference: list[bool] = []
        self.figures: list[bool] = []
        for i, a in enumerate(self.starts):
            b = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(s)
            line = s[a:b]
            self.reference.append(any(k in line for k in r["reference_markers"]))
            numbers = list(P["row_number"].finditer(line))
            words = count_han(line) + len(P["latin_word"].findall(line))  # (count_han: in C, round 39)
            self.figures.append(
                len(numbers) >= r["numeric_row_min"]
                and any(n.group("frac") for n in numbers)
                and words < 2 * len(numbers)
            )

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


_LATIN_WORD = re.compile("[A-Za-z]+")


@cached
def _latin_quantity_words() -> frozenset[str]:
    """Units and currency codes written in Latin letters, lower-cased (mw, kwh, rmb, usd)."""
    surfaces = [*lexicon().units, *currency_names()]
    return frozenset(w.lower() for w in surfaces if w.isascii() and w.isalpha())


def _glued_latin_year(word: str, year: int) -> bool:
    """A year whose capitalised Latin word follows with no space (2016VIX): no unit, no currency."""
    lo, hi = res()["glued_latin_year_range"]
    return lo <= year <= hi and word.lower() not in _latin_quantity_words()


def _unit_follows(s: str, k: int, unit_re: UnitPattern) -> bool:
    """A unit starts at ``k`` (2019 万元, 1998 km); not a Latin unit that runs on into a Latin word (in 2009 to 88%,
    2019 more: the t or m opens an English word, so the year stays a year)."""
    m = unit_re.match(s, k)
    return m is not None and not runs_into_latin_word(m.group(), s, m.end())


def _closes_clause(s: str, start: int, end: int, r: dict) -> bool | None:
    """Whether the bare number at ``start:end`` ends its line (True) or its clause (False), spaces after it skipped;
    None when text of its clause goes on after it, or nothing stands before it."""
    k = end
    while k < len(s) and s[k] in HSPACE:
        k += 1
    ends_line = k >= len(s) or s[k] == "\n"
    if start == 0 or not (ends_line or s[k] in r["bare_year_clause_marks"]):
        return None
    return ends_line


def _count_of_label(s: str, start: int, end: int, line_start: int, r: dict) -> bool:
    """A bare four-digit number that closes the clause or line of the label it counts is that label's value, not a
    year: glued to a noun and before a clause mark or the line's end (员工总数1287，研发人员1125。), after a label
    and its colon (检测样本数：1287, 样本量n=1287，), or alone after a row label and a space at the end of its line
    (医院　1456: a text table of two columns). A year's context keeps it a year: a time word right before it
    (始于1998，, 年度2023) or a label of years or of a header (年份　2019, 项目 2019); a code's label, a code.
    Bounded: the number's own line, at most ``bare_year_label_max_chars`` back."""
    ends_line = _closes_clause(s, start, end, r)
    if ends_line is None:
        return False
    prev = s[start - 1]
    if is_han(prev):
        before = s[max(line_start, start - 4) : start]
        return not before.endswith(tuple(r["bare_year_time_words_before"]))
    label = _label_before(s, start, ends_line, line_start, r)
    return (
        label is not None
        and 0 < len(label) <= r["bare_year_label_max_chars"]
        and is_han(label[0])
        and not any(ch.isdigit() for ch in label)
        and not any(w in label for w in r["bare_year_label_words"] + r["bare_year_code_labels"])
    )


def _label_before(s: str, start: int, ends_line: bool, line_start: int, r: dict) -> str | None:
    """The label a bare number is given after: its clause up to a colon (检测样本数：1287), or the whole line before a
    space when the number ends the line (医院　1456); None otherwise. Bounded: at most the label's length back."""
    most = r["bare_year_label_max_chars"]
    b = start
    while b > line_start and s[b - 1] in HSPACE:
        b -= 1
    if b > line_start and s[b - 1] in r["bare_year_label_separators"]:
        # 检测样本数：1287; 样本量n=1287，: the label runs back to its clause's start
        b -= 1
        a = max(line_start, b - most - 1)
        cut = max(s.rfind(m, a, b) for m in r["bare_year_clause_marks"] + r["bare_year_label_separators"])
        if cut < 0 and a > line_start:
            return None  # the clause's start is farther back than a label
        return s[max(cut + 1, a) : b].strip(HSPACE)
    if s[start - 1] in HSPACE and ends_line:
        label = s[max(line_start, start - most - 8) : start].strip(HSPACE)
        return label if s[line_start:start].strip(HSPACE) == label else None
    return None


def _code_of_label(s: str, start: int, end: int, line_start: int, r: dict) -> bool:
    """A bare four-digit number given after the label of a code (股票代码：1287, 服务热线：1234, 型号 2080) is that
    code, neither a year nor a count (the Numbers section: numbers right after such a label are codes)."""
    ends_line = _closes_clause(s, start, end, r)
    if ends_line is None:
        return False
    label = _label_before(s, start, ends_line, line_start, r)
    return label is not None and label.endswith(tuple(r["bare_year_code_labels"]))


def label_count_at(s: str, start: int, end: int) -> bool:
    """The bare four-digit number at ``start:end`` is a label's count (``_count_of_label``), not a year: the number
    reader keeps it as a count. Bounded: the line's start is sought at most ``bare_year_label_max_chars`` + 8 back."""
    r = res()
    line_start = s.rfind("\n", max(0, start - r["bare_year_label_max_chars"] - 8), start) + 1
    if line_start == 0 and start > r["bare_year_label_max_chars"] + 8:
        line_start = start - r["bare_year_label_max_chars"] - 8  # a longer line: its label cannot be read whole
    return _count_of_label(s, start, end, line_start, r)


def _bare_years(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """Four-digit years written without 年: table headers, 2016-2018, 2018、2019年."""
    r = res()
    lo, hi = r["bare_year_range"]
    out: list[Candidate] = []
    blockers_after = sorted(r["bare_year_blockers_after"], key=len, reverse=True)
    blockers_before = r["bare_year_blockers_before"]
    name_closers = tuple(r["bare_year_name_closers"])
    quotes = [(o, c) for o, c in r["bare_year_quotes"]]
    quoted_lo, quoted_hi = r["bare_year_quoted_range"]
    unit_re = lexicon().unit_re
    lines = _Lines(s, P)
    words = Segmenter(s)  # (round 46 tidy) the text's one segmenter for every range's unit (cut only where asked)
    for m in P["ref_year"].finditer(s):
        if lines.reference[lines.index(m.start())] and lo <= int(m.group("y")) <= hi:
            out.append(Candidate(m.start("y"), m.end("y"), Spec(year=int(m.group("y")), explicit=True)))
    for m in P["bare_year"].finditer(s):
        y = int(m.group("y"))
        if not lo <= y <= hi:
            continue
        glued = _LATIN_WORD.match(s, m.end())  # (the template lets only a word of capitals through)
        if glued and not _glued_latin_year(glued.group(), y):
            continue
        end = m.end()
        # a list of years sharing one 年: 2018、2019年 (also in a line dense with figures)
        lst = P["list_sep"].match(s, end)
        if lst and P["year_list"].match(s, lst.end()):
            out.append(Candidate(m.start(), end, Spec(year=y, explicit=True)))
            continue
        line = lines.index(m.start())
        if lines.figures[line] and not P["year_after"].match(s, m.end()) and s[lines.starts[line] : m.start()].strip():
            continue  # a count in a row of figures (1145 84.1 1437 95.0); its first cell is the row's label
        k = end
        while k < len(s) and s[k] in HSPACE + "\n":
            k += 1
        nk = _skip(s, end)
        # a year range written once: 2017—2021年, 2016~2018, 1995 - 1997年
        c = P["conn"].match(s, end)
        if c:
            y2m = P["range_year2"].match(s, c.end())
            if y2m and not y2m.group("nian") and quantity_unit_at(s, y2m.end(), words):
                continue  # 1000～1200毫米, 1500-2000元/吨: a range of a quantity, no years (round 26)
            y2 = int(y2m.group("y2").replace(" ", "")) if y2m else 0
            if y2m and lo <= y2 <= hi and y < y2 <= y + 200:
                out.append(Candidate(m.start(), y2m.end(), year_range(y, y2)))
                continue
        if s.startswith(r["words"]["year"], nk):
            continue  # handled by the year pattern
        if any(s.startswith(b, nk) or s.startswith(b, k) for b in blockers_after) or (
            k < len(s) and _unit_follows(s, k, unit_re)
        ):
            continue
        before = s[max(0, m.start() - 8) : m.start()].rstrip(HSPACE)
        if any(before.endswith(b) for b in blockers_before):
            continue
        if m.start() > 0 and is_han(s[m.start() - 1]) and s.startswith(name_closers, end):
            continue  # “中国制造2025”: a quoted name that ends in a year
        if _count_of_label(s, m.start(), end, lines.starts[line], r):
            continue  # 员工总数1287，研发人员1125; 医院　1456: a label's count, no year
        if _code_of_label(s, m.start(), end, lines.starts[line], r):
            continue  # 股票代码：1287: a code, no year
        b = m.start()
        if not quoted_lo <= y <= quoted_hi and any(s[b - len(o):b] == o and s.startswith(c, end) for o, c in quotes):
            continue  # “1210”: a code quoted alone (a supervision mode), no year
        out.append(Candidate(m.start(), end, Spec(year=y, explicit=True)))
    return out
