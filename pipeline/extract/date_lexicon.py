"""Date lexicon: the specs the grammar reads, and the words and patterns of ``dates.yaml`` compiled.

The grammar is data: ``pipeline/resources/dates.yaml`` holds the words (relative words, year
parts, five-year plans, eras, connectors, exclusions) and the regular-expression templates that
combine them, so a user's resource folder can extend either; this module fills the templates.
The scanner that reads them is ``pipeline.extract.date_grammar``; ranges and overlaps are
``pipeline.extract.date_ranges``'; what a spec means on the calendar is ``pipeline.extract.dates``'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.chars import HAN, HSPACE_RUN, LAYOUT_SPACE
from pipeline.extract.numeral_scan import parse_chinese_number
from pipeline.resources import cached, fill_placeholders, load_yaml, with_shared_words

_SP = HSPACE_RUN

@dataclass
class Spec:
    """What the text says, before relative parts are resolved."""

    year: int | None = None
    yrel: tuple[int, str] | None = None  # (offset, "deictic" | "anaphoric")
    same: str | None = None  # 当年/同期 …: "year" | "period" | "month" | "day"
    month: int | None = None
    mrel: int | None = None
    day: int | None = None
    drel: int | None = None
    part: str | None = None  # H1 H2 Q1..Q4
    months: tuple[int, int] | None = None  # 前2个月, 1—6月
    quarters: tuple[int, int] | None = None  # 前三季度
    qrel: int | None = None  # 上季, 今季: quarters from the quarter the text reports
    qrel_needs_quarter: bool = False  # 上季 (no 度) is a quarter only after a quarter is named
    qrel_end: bool = False  # 上季末: the last month of that quarter
    days: tuple[int, int] | None = None  # 前10天, 10日到12日
    week: tuple[int, int | str | None] | None = None  # (week offset, weekday | "WE" | None)
    month_week: int | None = None  # 11月第二周: the month's N-th Monday-to-Sunday week (the first holds a Thursday)
    year_week: int | None = None  # 2024年第25周, W25: the year's ISO 8601 week (Monday to Sunday)
    bare_weekday: bool = False  # 周五 with no 本/上/下: the latest one by the document date unless the text looks ahead
    century: int | None = None
    crel: int | None = None
    decade: int | None = None  # 0..9
    fixed: tuple[str, str] | None = None  # a value known outright (“十四五”)
    end: Spec | None = None  # a range's second point
    explicit: bool = False  # carries an absolute year of its own (may anchor later mentions)
    lunar: bool = False  # month and days of the Chinese lunar calendar (正月初一), converted when formatted
    report: str | None = None  # 报告期内 …: "period" | "end" | "ytd" | "year" of the period the title reports
    reported_point: bool = False  # 年末 alone: a state reported at that point, past by the document date (round 19)
    whole_year: bool = False  # 全年 alone: a whole year, reported only once it has ended (round 20)


def is_next_year(first: str, second: str) -> bool:
    """``second`` (two or four digits) writes the year after ``first``: 2020/21, 1999/00, 2019/2020."""
    following = int(first) + 1
    return int(second) == (following % 100 if len(second) == 2 else following)


def bare_month(spec: Spec) -> bool:
    """A month written alone (8月, 8月份): no year, day, range, part, week, shift, fixed value or report period with it
    (round 42 mend: the one test of `_event_month` and `_Default.restates_released_month`)."""
    return (spec.month is not None and spec.year is None and spec.yrel is None and spec.mrel is None
            and spec.day is None and spec.drel is None and spec.end is None and spec.same is None
            and spec.part is None and spec.quarters is None and spec.months is None and spec.days is None
            and spec.week is None and spec.month_week is None and spec.fixed is None and spec.report is None
            and not spec.lunar)


def year_range(y: int, y2: int) -> Spec:
    """The range of two explicit years (2017—2021年, 2021-25年, 2020/21财年)."""
    return Spec(year=y, explicit=True, end=Spec(year=y2, explicit=True))


@dataclass
class Candidate:
    start: int
    end: int
    spec: Spec
    after_paren_year: int | None = None
    members: list[Candidate] = field(default_factory=list)


# --------------------------------------------------------------------------- resources


@cached
def res() -> dict[str, Any]:
    return load_yaml("dates.yaml")


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cached
def patterns() -> dict[str, re.Pattern[str]]:
    """The compiled grammar by template name: each template of dates.yaml, its fragments filled in."""
    r = res()
    # (round 41 tidy) the shared lists (words.yaml: 争取's attain_words, one list with claims) are fragments too
    fragments = {name: _alt(words) for name, words in with_shared_words().items()}
    fragments.update({"sp": _SP, "layout": LAYOUT_SPACE, "han": HAN, **r["fragments"]})
    fragments.update({name: _alt(_words(r, key)) for name, key in r["alternations"].items()})
    fragments.update({name: _alt_chars(_words(r, key)) for name, key in r["classes"].items()})
    fragments.update(_year_part_fragments(r))
    for name in r["fragments"]:  # a fragment may name those above it (`figure_ahead`'s ${figure}; round 44 mend)
        fragments[name] = _fill(fragments[name], fragments)
    return {name: re.compile(_string_end(_fill(template, fragments))) for name, template in r["patterns"].items()}


_END_ANCHOR = re.compile(r"(?<!\\)\$")


def _string_end(pattern: str) -> str:
    """The pattern with its end anchors read as the end of the text searched (``\\Z``), not also before a
    final newline as Python's ``$`` is: a look-back slice ends at the date, so a cue word that ends the
    line above (a headline's 零跑连续七个月居首, a heading's 展望未来) would otherwise govern a date that opens
    the next line (10月1日，… read as a duration). Multi-line templates (``(?m)``) keep their line ends."""
    return pattern if "(?m)" in pattern else _END_ANCHOR.sub(r"\\Z", pattern)


def _words(r: dict[str, Any], key: str) -> Any:
    """The words under a dotted key of dates.yaml; one word stands for a list of itself."""
    value: Any = r
    for part in key.split("."):
        value = value[part]
    return [value] if isinstance(value, str) else value


def _year_part_fragments(r: dict[str, Any]) -> dict[str, str]:
    """Year parts split by form: those that share the year's 年 (年底), the rest, and those valid alone (anywhere, at
    a clause's start, or only at a sentence's: round 33's 年内)."""
    year = r["words"]["year"]
    parts = r["year_parts"]
    return {
        "year_parts": _guarded_alt(r, [k for k in parts if not k.startswith(year)]),
        "alone_parts": _alt(k for k, v in parts.items() if (v or {}).get("alone") is True),
        "clause_parts": _alt(k for k, v in parts.items() if (v or {}).get("alone") == "clause"),
        "sentence_parts": _alt(k for k, v in parts.items() if (v or {}).get("alone") == "sentence"),
        "year_tail": _guarded_alt(r, [k for k in parts if k.startswith(year)]),
    }


def _guarded_alt(r: dict[str, Any], words: list[str]) -> str:
    """An alternation of year parts where a part with `followers` is one only before one of them or where no Han
    character follows it (2023年中期分红, 2023年中期， but 2023年中期票据 is a bond's name)."""
    out = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        followers = (r["year_parts"][word] or {}).get("followers")
        guard = f"(?=(?:{_alt(followers)})|[^{HAN}]|$)" if followers else ""
        out.append(re.escape(word) + guard)
    return "|".join(out)


def _fill(template: str | list[str], fragments: dict[str, str]) -> str:
    text = template if isinstance(template, str) else "".join(template)
    return fill_placeholders(text, fragments.__getitem__)


def _alt_chars(chars: Any) -> str:
    return "".join(re.escape(c) for c in chars)


# --------------------------------------------------------------------------- numerals


def num(txt: str | None) -> int | None:
    if txt is None:
        return None
    txt = txt.strip()
    if not txt:
        return None
    if txt.isdigit():
        return int(txt)
    aliases = res()["numeral_aliases"]
    if txt in aliases:
        return int(aliases[txt])
    value = parse_chinese_number(txt)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def cn_year(txt: str) -> int | None:
    """二〇二〇 → 2020 (digit string), 两千 → 2000 (with scales)."""
    r = res()
    digits = {**r["numeral_digits"], **r["numeral_aliases"]}
    if all(ch in digits for ch in txt):
        if len(txt) < 3:
            return None
        return int("".join(str(digits[ch]) for ch in txt))
    return num(txt)


