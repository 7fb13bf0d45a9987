"""Calendar expressions (dates) in Chinese text, normalised as the annotation guidelines define them.

Values are ISO 8601 style (``2017``, ``2019-04``, ``2022-01-14``, ``2021-H1``, ``2021-Q1``,
``20`` for the 21st century) with ``/`` for ranges; ``granularity`` is one of century, year,
half, quarter, month, day, range. The lexicon (relative words, year parts, five-year plans,
eras, connectors, exclusions) lives in ``pipeline/resources/dates.yaml``.

Relative expressions are resolved in text order: deictic words (今年, 去年, 本月, 明天) against
an explicit year in brackets right after them (今年（2019年）) or the document date;
anaphoric ones (上年, 次年, 当年, 同期) and dates without a year (5月, 上半年, 13日) against the
nearest explicit date earlier in the same passage, else the document date. Without either
the value is ``None``, never a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.extract.numbers import HSPACE, load_resource, normalise, parse_chinese_number
from pipeline.segment import doc_text

GRANULARITIES = ("century", "year", "half", "quarter", "month", "day", "range")
_SP = "[ \t\u3000\xa0]*"
_CN = "零〇○一二两三四五六七八九十"


@dataclass(frozen=True)
class DateMention:
    """One calendar expression: offsets index the original text, ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str


@dataclass
class _Spec:
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
    days: tuple[int, int] | None = None  # 前10天, 10日到12日
    week: tuple[int, int | str | None] | None = None  # (week offset, weekday | "WE" | None)
    century: int | None = None
    crel: int | None = None
    decade: int | None = None  # 0..9
    fixed: tuple[str, str] | None = None  # a value known outright (“十四五”)
    end: _Spec | None = None  # a range's second point
    explicit: bool = False  # carries an absolute year of its own (may anchor later mentions)


@dataclass
class _Cand:
    start: int
    end: int
    spec: _Spec
    after_paren_year: int | None = None
    members: list[_Cand] = field(default_factory=list)


# --------------------------------------------------------------------------- resources


@functools.cache
def _res() -> dict[str, Any]:
    return load_resource("dates.yaml")


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = _res()
    sp = _SP
    month_cn = "十[一二]|[一二三四五六七八九十]"
    month_names = _alt(r["month_names"])
    day_cn = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
    conn = _alt(r["range_connectors"])
    era = _alt(r["eras"])
    rel_years = _alt(r["relative_years"])
    rel_months = _alt(r["relative_months"])
    rel_days = _alt(r["relative_days"])
    same = _alt(r["anaphoric_same"])
    year_parts = _alt(k for k in r["year_parts"] if not k.startswith("年"))
    alone_parts = _alt(k for k, v in r["year_parts"].items() if (v or {}).get("alone"))
    year_tail = _alt(k for k in r["year_parts"] if k.startswith("年"))
    month_parts = _alt(r["month_parts"])
    plans = _alt(r["five_year_plans"])
    plan_followers = _alt(r["five_year_plan_followers"])
    lunar = _alt(r["lunar_prefix"])
    wk_words = _alt(r["week_words"])
    wk_rel = _alt(r["week_relative"])
    weekdays = "".join(r["weekdays"])
    p: dict[str, str] = {}
    p["year"] = (
        rf"(?:(?P<lunar>{lunar}){sp})?(?:"
        rf"(?P<era>{era})(?P<eran>元|[{_CN}]+|[0-9]{{1,3}}){sp}年"
        rf"|(?<![0-9.])(?P<y4>[12][0-9]{{3}}){sp}年"
        rf"|(?<![0-9.])(?P<y2>[0-9]{{2}}){sp}年(?=(?P<y2m>{sp}(?:[0-9]{{1,2}}|{month_cn}){sp}月))?"
        rf"|(?<![{_CN}])(?P<ycn>[{_CN}百千]{{2,6}})年"
        rf"|(?P<yrel>{rel_years})"
        rf")"
    )
    p["year_tail"] = rf"(?P<ytail>{year_tail})"
    p["after_year"] = (
        rf"{sp}(?:的{sp})?(?:"
        rf"(?P<ypart>{year_parts})"
        rf"|(?P<q>第?(?:[1-4一二三四])){sp}季度"
        rf"|[Qq](?P<qq>[1-4])"
        rf"|前(?P<qn>[1-4一二三两四]){sp}(?:个{sp})?季度"
        rf"|(?P<q1>[1-4一二三四]){sp}(?:{conn}){sp}(?P<q2>[1-4一二三四]){sp}季度"
        rf"|前(?P<mn>[0-9]{{1,2}}|{month_cn}|两){sp}个{sp}月"
        rf"|前(?P<dn>[0-9]{{1,3}}|[{_CN}]+){sp}天"
        rf"|(?P<m1>[0-9]{{1,2}}|{month_cn}){sp}(?:{conn}){sp}(?P<m2>[0-9]{{1,2}}|{month_cn}){sp}月(?:份)?"
        rf")"
    )
    p["year_part_alone"] = (
        rf"(?<![0-9{_CN}年])(?:(?:{alone_parts})"
        rf"|第?(?:[1-4一二三四]){sp}季度|前[1-4一二三两四]{sp}(?:个{sp})?季度"
        rf"|[1-4一二三四]{sp}(?:{conn}){sp}[1-4一二三四]{sp}季度)"
    )
    p["month"] = (
        rf"(?:(?<![0-9{_CN}个第每几数多余半])(?P<m>1[0-2]|0?[1-9]|{month_cn})|(?P<mname>{month_names}))"
        rf"{sp}(?(mname)|月)(?:份)?"
    )
    p["month_rel"] = rf"(?P<mrel>{rel_months})"
    p["day"] = (
        rf"{sp}(?:(?P<d>3[01]|[12][0-9]|0?[1-9]|{day_cn}){sp}[日号](?![{_alt_chars(r['day_blockers'])}])"
        rf"|初(?P<dinit>十|[一二三四五六七八九])"
        rf"|(?P<dcn>{day_cn})(?![{_CN}百千万亿个日号月年天周点倍%多余几]))"
    )
    p["month_part"] = rf"{sp}(?P<mpart>{month_parts})"
    p["bare_day"] = (
        rf"(?<![0-9{_CN}第每近数几多个月])(?P<d>3[01]|[12][0-9]|0?[1-9]|{day_cn}){sp}(?P<dw>[日号])"
        rf"(?![{_alt_chars(r['day_blockers'])}内])"
    )
    p["rel_day"] = rf"(?P<drel>{rel_days})"
    p["week"] = (
        rf"(?<![0-9{_CN}每])(?P<wrel>(?:{wk_rel}))?(?:个)?(?P<ww>{wk_words})(?P<wd>[{weekdays}]|末)?"
    )
    p["same"] = rf"(?P<same>{same})"
    p["plan"] = rf"(?P<q_open>[“\"‘'])?(?P<plan>{plans})(?(q_open)[”\"’']|(?={sp}(?:{plan_followers})))"
    p["century"] = (
        rf"(?P<cen>二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九]|[0-9]{{1,2}}|{_alt(r['century_relative'])}){sp}世纪"
        rf"(?:{sp}(?:的{sp})?(?P<dec>[1-9]0|[一二三四五六七八九]十|零){sp}年代)?"
    )
    p["decade"] = rf"(?<![0-9{_CN}])(?P<dec>[1-9]0|[一二三四五六七八九]十){sp}年代"
    p["ymd_num"] = (
        r"(?<![0-9A-Za-z./:])(?P<y>[12][0-9]{3})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
        r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9A-Za-z]|\.[0-9])"
    )
    p["ymd_space"] = r"(?<![0-9])(?P<y>[12][0-9]{3}) (?P<m>1[0-2]|0[1-9]) (?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9])"
    p["dmy_num"] = (
        r"(?<![0-9A-Za-z./:])(?P<d>3[01]|[12][0-9]|0?[1-9])(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
        r"(?P<y>[12][0-9]{3})(?![0-9A-Za-z]|\.[0-9])"
    )
    p["short_num"] = r"(?<![0-9A-Za-z.\-/:])(?P<a>[0-9]{1,2})-(?P<b>[0-9]{1,2})-(?P<c>[0-9]{1,2})(?![0-9A-Za-z\-])"
    p["bare_year"] = r"(?<![0-9A-Za-z.,/\-~])(?P<y>[12][0-9]{3})(?![0-9A-Za-z])"
    p["conn"] = rf"{sp}(?P<conn>{conn}){sp}"
    p["list_sep"] = rf"{sp}(?:{_alt(r['list_separators'])}){sp}"
    p["paren_year"] = rf"{sp}[（(]{sp}(?P<py>[12][0-9]{{3}}){sp}年?{sp}[）)]"
    p["between"] = (
        rf"{sp}(?:{_alt(r['range_between']['joiners'])}){sp}"
    )
    p["between_suffix"] = rf"{sp}(?:{_alt(r['range_between']['suffix'])})"
    return {k: re.compile(v) for k, v in p.items()}


def _alt_chars(chars: Any) -> str:
    return "".join(re.escape(c) for c in chars)


# --------------------------------------------------------------------------- numerals


def _num(txt: str | None) -> int | None:
    if txt is None:
        return None
    txt = txt.strip()
    if not txt:
        return None
    if txt.isdigit():
        return int(txt)
    if txt == "两":
        return 2
    value = parse_chinese_number(txt)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _cn_year(txt: str) -> int | None:
    """二〇二〇 → 2020 (digit string), 两千 → 2000 (with scales)."""
    digits = dict(zip("零〇○一二两三四五六七八九", (0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
    if all(ch in digits for ch in txt):
        if len(txt) < 3:
            return None
        return int("".join(str(digits[ch]) for ch in txt))
    return _num(txt)


# --------------------------------------------------------------------------- scanning


def _scan(s: str) -> list[_Cand]:
    """All date candidates of the normalised text (before overlap resolution)."""
    P = _patterns()
    r = _res()
    cands: list[_Cand] = []
    lo, hi = r["year_range"]

    # year-led expressions: 2019年4月14日, 今年前2个月, 2021年上半年, 康熙三年五月
    for m in P["year"].finditer(s):
        spec = _year_spec(m, s, lo, hi)
        if spec is None:
            continue
        end = m.end()
        # 年底 / 年末 / 年初 share the 年 of the year
        nian = end - 1 if s[end - 1] == "年" else None
        if nian is not None:
            t = P["year_tail"].match(s, nian)
            if t:
                _apply_year_part(spec, t.group("ytail"))
                end = t.end()
        end = _extend_after_year(s, end, spec, P)
        if spec.yrel is not None and spec.yrel[1] == "anaphoric" and end == m.end():
            same = P["same"].match(s, end)
            if same and same.group("same") == "同期":
                spec.same = "shifted"
                end = same.end()
        cand = _Cand(m.start(), end, spec)
        if spec.yrel is not None:
            pm = P["paren_year"].match(s, end)
            if pm:
                cand.after_paren_year = int(pm.group("py"))
        cands.append(cand)

    # parts of a year written without the year: 上半年, 一季度, 前三季度, 全年
    for m in P["year_part_alone"].finditer(s):
        spec = _Spec()
        if _extend_after_year(s, m.start(), spec, P) != m.end():
            continue
        cands.append(_Cand(m.start(), m.end(), spec))

    # month-led expressions without a year: 4月, 一月十日, 本月十日
    for m in re.finditer(P["month"].pattern + "|" + P["month_rel"].pattern, s):
        spec = _Spec()
        if m.group("mrel"):
            spec.mrel = _res()["relative_months"][m.group("mrel")]
        else:
            mon = _month_value(m)
            if mon is None:
                continue
            spec.month = mon
        end = _extend_after_month(s, m.end(), spec, P)
        cands.append(_Cand(m.start(), end, spec))

    for m in P["bare_day"].finditer(s):
        d = _num(m.group("d"))
        if d is None or not 1 <= d <= 31 or m.group("dw") == "号":
            continue
        cands.append(_Cand(m.start(), m.end(), _Spec(day=d)))

    for m in P["rel_day"].finditer(s):
        cands.append(_Cand(m.start(), m.end(), _Spec(drel=r["relative_days"][m.group("drel")])))

    for m in P["week"].finditer(s):
        rel, wd = m.group("wrel"), m.group("wd")
        if rel is None and wd is None:
            continue
        if wd is None and m.group("ww") != "周" and rel is None:
            continue
        offset = r["week_relative"].get(rel, 0) if rel else 0
        if wd is None:
            day: int | str | None = None
        elif wd == "末":
            day = "WE"
        else:
            day = r["weekdays"][wd]
        cands.append(_Cand(m.start(), m.end(), _Spec(week=(offset, day))))

    for m in P["same"].finditer(s):
        word = m.group("same")
        kind = {"当年": "year", "同年": "year", "当月": "month", "同月": "month", "当日": "day", "同日": "day",
                "当天": "day"}.get(word, "period")
        spec = _Spec(same=kind)
        cands.append(_Cand(m.start(), m.end(), spec))

    for m in P["plan"].finditer(s):
        a, b = r["five_year_plans"][m.group("plan")]
        cands.append(_Cand(m.start("plan"), m.end("plan"), _Spec(fixed=(f"{a}/{b}", "range"), explicit=True)))

    for m in P["century"].finditer(s):
        cen_txt = m.group("cen")
        spec = _Spec()
        if cen_txt in r["century_relative"]:
            spec.crel = r["century_relative"][cen_txt]
        else:
            c = _num(cen_txt)
            if c is None or not 1 <= c <= 30:
                continue
            spec.century = c
            spec.explicit = True
        if m.group("dec"):
            spec.decade = 0 if m.group("dec") == "零" else (_num(m.group("dec")) or 0) // 10
        cands.append(_Cand(m.start(), m.end(), spec))
    for m in P["decade"].finditer(s):
        dec = _num(m.group("dec"))
        if dec is None:
            continue
        cands.append(_Cand(m.start(), m.end(), _Spec(decade=dec // 10, crel=0)))

    for key in ("ymd_num", "ymd_space", "dmy_num"):
        for m in P[key].finditer(s):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if lo <= y <= hi:
                cands.append(_Cand(m.start(), m.end(), _Spec(year=y, month=mo, day=d, explicit=True)))
    for m in P["short_num"].finditer(s):
        a, b, c = int(m.group("a")), int(m.group("b")), int(m.group("c"))
        if not 1 <= b <= 12:
            continue
        if a > 12 or c <= 12:
            y, d = a, c
        else:
            y, d = c, a
        if not 1 <= d <= 31:
            continue
        year = 2000 + y if y < 50 else 1900 + y
        cands.append(_Cand(m.start(), m.end(), _Spec(year=year, month=b, day=d, explicit=True)))

    cands.extend(_bare_years(s, P))
    return cands


def _year_spec(m: re.Match[str], s: str, lo: int, hi: int) -> _Spec | None:
    r = _res()
    if m.group("era"):
        n = 1 if m.group("eran") == "元" else _num(m.group("eran"))
        if n is None or n < 1:
            return None
        return _Spec(year=r["eras"][m.group("era")] + n - 1, explicit=True)
    if m.group("y4"):
        y = int(m.group("y4"))
        return _Spec(year=y, explicit=True) if lo <= y <= hi else None
    if m.group("y2"):
        txt = m.group("y2")
        if not (txt.startswith("0") or m.group("y2m")):
            return None
        if m.start("y2") > 0 and s[m.start("y2") - 1] in "近第前后每约超逾" + _CN:
            return None
        y = int(txt)
        return _Spec(year=2000 + y if y < 50 else 1900 + y, explicit=True)
    if m.group("ycn"):
        txt = m.group("ycn")
        y = _cn_year(txt)
        if y is None:
            return None
        digit_string = all(ch in "零〇○一二三四五六七八九" for ch in txt)
        if not digit_string:
            # 两千年 is a date only when a month follows (两千年八月十五)
            after = _patterns()["month"].match(s, m.end())
            if not after or not lo <= y <= hi:
                return None
        elif y < 100:
            return None
        return _Spec(year=y, explicit=True)
    if m.group("yrel"):
        info = r["relative_years"][m.group("yrel")]
        return _Spec(yrel=(int(info["offset"]), info["ref"]))
    return None


def _apply_year_part(spec: _Spec, word: str) -> None:
    part = _res()["year_parts"].get(word) or {}
    if "part" in part:
        spec.part = part["part"]
    if "month" in part:
        spec.month = int(part["month"])


def _month_value(m: re.Match[str]) -> int | None:
    if m.group("mname"):
        return _res()["month_names"][m.group("mname")]
    v = _num(m.group("m"))
    return v if v is not None and 1 <= v <= 12 else None


def _extend_after_year(s: str, end: int, spec: _Spec, P: dict[str, re.Pattern[str]]) -> int:
    a = P["after_year"].match(s, end)
    if a:
        if a.group("ypart"):
            _apply_year_part(spec, a.group("ypart"))
        elif a.group("q") or a.group("qq"):
            q = _num((a.group("q") or a.group("qq")).lstrip("第"))
            if q is None or not 1 <= q <= 4:
                return end
            spec.part = f"Q{q}"
        elif a.group("qn"):
            spec.quarters = (1, _num(a.group("qn")) or 1)
        elif a.group("q1"):
            spec.quarters = (_num(a.group("q1")) or 1, _num(a.group("q2")) or 1)
        elif a.group("mn"):
            n = _num(a.group("mn"))
            if n is None or not 1 <= n <= 12:
                return end
            spec.months = (1, n)
        elif a.group("dn"):
            n = _num(a.group("dn"))
            if n is None or not 1 <= n <= 366:
                return end
            spec.days = (1, n)
        elif a.group("m1"):
            m1, m2 = _num(a.group("m1")), _num(a.group("m2"))
            if m1 is None or m2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
                return end
            spec.months = (m1, m2)
        return a.end()
    mm = re.compile(P["month"].pattern + "|" + P["month_rel"].pattern).match(s, _skip(s, end))
    if mm:
        if mm.group("mrel"):
            spec.mrel = _res()["relative_months"][mm.group("mrel")]
        else:
            mon = _month_value(mm)
            if mon is None:
                return end
            spec.month = mon
        return _extend_after_month(s, mm.end(), spec, P)
    return end


def _skip(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in HSPACE:
        pos += 1
    return pos


def _extend_after_month(s: str, end: int, spec: _Spec, P: dict[str, re.Pattern[str]]) -> int:
    d = P["day"].match(s, end)
    if d:
        txt = d.group("d") or d.group("dcn")
        day = _num(d.group("dinit")) if d.group("dinit") else _num(txt)
        if day is not None and 1 <= day <= 31:
            spec.day = day
            wk = re.compile(r"[ \t\u3000]*[，,]?[ \t\u3000]*(?:星期|周|礼拜)[一二三四五六日天]").match(s, d.end())
            return wk.end() if wk else d.end()
    mp = P["month_part"].match(s, end)
    if mp:
        return mp.end()
    return end


def _bare_years(s: str, P: dict[str, re.Pattern[str]]) -> list[_Cand]:
    """Four-digit years written without 年: table headers, 2016-2018, 2018、2019年."""
    r = _res()
    lo, hi = r["bare_year_range"]
    out: list[_Cand] = []
    blockers_after = sorted(r["bare_year_blockers_after"], key=len, reverse=True)
    blockers_before = r["bare_year_blockers_before"]
    from pipeline.extract.numbers import lexicon

    unit_re = lexicon().unit_re
    for m in P["bare_year"].finditer(s):
        y = int(m.group("y"))
        if not lo <= y <= hi:
            continue
        end = m.end()
        k = end
        while k < len(s) and s[k] in HSPACE + "\n":
            k += 1
        nk = _skip(s, end)
        # a year range written once: 2017—2021年, 2016~2018, 1995 - 1997年
        c = P["conn"].match(s, end)
        if c:
            y2m = re.compile(r"(?P<y2>[12][0-9]{3})(?![0-9])(?P<nian>" + _SP + "年)?").match(s, c.end())
            if y2m and lo <= int(y2m.group("y2")) <= hi and y < int(y2m.group("y2")) <= y + 200:
                y2 = int(y2m.group("y2"))
                out.append(
                    _Cand(m.start(), y2m.end(), _Spec(year=y, explicit=True, end=_Spec(year=y2, explicit=True)))
                )
                continue
        # a list of years sharing one 年: 2018、2019年
        lst = P["list_sep"].match(s, end)
        if lst:
            rest = re.compile(r"(?:[12][0-9]{3}" + P["list_sep"].pattern + r")*[12][0-9]{3}" + _SP + "年").match(
                s, lst.end()
            )
            if rest:
                out.append(_Cand(m.start(), end, _Spec(year=y, explicit=True)))
                continue
        if s.startswith("年", nk):
            continue  # handled by the year pattern
        if any(s.startswith(b, nk) or s.startswith(b, k) for b in blockers_after) or (
            k < len(s) and unit_re.match(s, k)
        ):
            continue
        before = s[: m.start()].rstrip(HSPACE)
        if any(before.endswith(b) for b in blockers_before):
            continue
        out.append(_Cand(m.start(), end, _Spec(year=y, explicit=True)))
    return out


# --------------------------------------------------------------------------- ranges & overlap


def _merge_ranges(s: str, cands: list[_Cand]) -> list[_Cand]:
    """Join point + connector + point (2017年到2021年, 三月二十八日到四月15日) into one range."""
    P = _patterns()
    by_start = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    chosen = _leftmost_longest(by_start)
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen) and c.spec.end is None:
            nxt = chosen[i + 1]
            gap = s[c.end : nxt.start]
            conn = P["conn"].fullmatch(gap) if gap else None
            between = P["between"].fullmatch(gap) if gap else None
            tail = P["between_suffix"].match(s, nxt.end) if between else None
            if (conn or tail) and nxt.spec.end is None and _rangeable(c.spec, nxt.spec):
                end_spec = _inherit(nxt.spec, c.spec)
                spec = replace(c.spec, end=end_spec)
                out.append(_Cand(c.start, (tail.end() if tail else nxt.end), spec, c.after_paren_year))
                i += 2
                continue
        # 一月十日到十二日, 一月19到20日: a bare day number after a connector
        if c.spec.day is not None and c.spec.month is not None and c.spec.end is None:
            day2 = r"(?P<d2>3[01]|[12][0-9]|0?[1-9]|[" + _CN + r"]{1,3})" + _SP + "[日号]"
            dm = re.compile(P["conn"].pattern + day2).match(s, c.end)
            if dm:
                d2 = _num(dm.group("d2"))
                if d2 is not None and 1 <= d2 <= 31:
                    end_spec = replace(c.spec, day=d2, end=None, explicit=False)
                    out.append(_Cand(c.start, dm.end(), replace(c.spec, end=end_spec), c.after_paren_year))
                    i += 1
                    while i < len(chosen) and chosen[i].start < dm.end():
                        i += 1
                    continue
        out.append(c)
        i += 1
    return out


def _rangeable(a: _Spec, b: _Spec) -> bool:
    if a.same or b.same or a.fixed or b.fixed:
        return False
    if (a.week and not isinstance(a.week[1], int)) or (b.week and not isinstance(b.week[1], int)):
        return False
    return not (a.century is not None or b.century is not None or a.decade is not None or b.decade is not None)


def _inherit(b: _Spec, a: _Spec) -> _Spec:
    """The second point of a range takes the year (and month) it leaves out from the first."""
    out = replace(b)
    if out.year is None and out.yrel is None:
        out.year, out.yrel = a.year, a.yrel
        if out.month is None and out.mrel is None and out.day is not None:
            out.month, out.mrel = a.month, a.mrel
    return out


def _leftmost_longest(cands: list[_Cand]) -> list[_Cand]:
    chosen: list[_Cand] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return chosen


def _drop_excluded(s: str, cands: list[_Cand]) -> list[_Cand]:
    words = _res()["non_date_words"]
    blocked = [(m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), s)]
    # a word that only contains a date-like piece (今日头条): drop the piece
    out = []
    for c in cands:
        touches = any(a <= c.start < b or a < c.end <= b for a, b in blocked)
        if touches and not any(c.start <= a and b <= c.end and (c.end - c.start) > (b - a) for a, b in blocked):
            continue
        out.append(c)
    return out


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every calendar expression, also inside titles (numbers must leave them alone)."""
    if not text:
        return []
    s = normalise(text)
    cands = _drop_excluded(s, _scan(s))
    return [(c.start, c.end) for c in _merge_ranges(s, cands)]


# --------------------------------------------------------------------------- resolution


@dataclass
class _Anchor:
    spec: _Spec  # fully absolute
    pos: int


def _paragraph_break(s: str, a: int, b: int) -> bool:
    """A passage ends at a newline right after sentence-final punctuation, or at a blank line."""
    seg = s[a:b]
    blank = re.search(r"\n[ \t\u3000]*\n", seg)
    if blank and not re.search(r"[\u4e00-\u9fff，、]\n[ \t\u3000]*\n[\u4e00-\u9fff]", seg):
        return True
    return re.search(r"[。！？!?；]\s*\n", seg) is not None


def find_dates(text: str, document_date: dt.date | None = None) -> list[DateMention]:
    """Every calendar expression of ``text`` with its normalised value, in text order."""
    if not text:
        return []
    s = normalise(text)
    cands = _merge_ranges(s, _drop_excluded(s, _scan(s)))
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]{0,200}》", s)]
    out: list[DateMention] = []
    anchor: _Anchor | None = None
    for c in sorted(cands, key=lambda c: c.start):
        if anchor is not None and _paragraph_break(s, anchor.pos, c.start):
            anchor = None
        in_title = any(a <= c.start and c.end <= b for a, b in titles)
        resolved = _resolve(c, anchor, document_date)
        if resolved is None:
            continue
        value, gran, absolute = resolved
        if absolute is not None and not in_title and c.spec.explicit:
            anchor = _Anchor(absolute, c.end)
        if in_title:
            continue
        out.append(DateMention(c.start, c.end, text[c.start : c.end], value, gran))
    return out


def _resolve(
    c: _Cand, anchor: _Anchor | None, doc: dt.date | None
) -> tuple[str | None, str, _Spec | None] | None:
    """(value, granularity, absolute spec) of a candidate, or None when it is no date here."""
    spec = c.spec
    if spec.same == "shifted":
        # 上年同期: the period named before, one year earlier
        offset = spec.yrel[0] if spec.yrel else -1
        if anchor is not None and anchor.spec.year is not None:
            shifted = replace(anchor.spec, year=anchor.spec.year + offset, explicit=False, end=None)
            if anchor.spec.end is not None and anchor.spec.end.year is not None:
                return None
            value, gran = _format(shifted)
            return value, gran, None
        spec = replace(spec, same=None)
        c = replace(c, spec=spec)
    if spec.same:
        if anchor is None:
            return None
        a = anchor.spec
        if spec.same == "year":
            absolute = _Spec(year=a.year if a.year is not None else None, fixed=None if a.year else a.fixed)
        elif spec.same == "month":
            if a.month is None:
                return None
            absolute = _Spec(year=a.year, month=a.month)
        elif spec.same == "day":
            if a.day is None:
                return None
            absolute = _Spec(year=a.year, month=a.month, day=a.day)
        else:
            absolute = replace(a, explicit=False)
        value, gran = _format(absolute)
        return value, gran, None
    if spec.fixed:
        return spec.fixed[0], spec.fixed[1], spec
    absolute = _absolute(spec, c, anchor, doc)
    if absolute is None:
        return None, _granularity(spec), None
    if spec.end is not None:
        end_abs = _absolute(spec.end, c, anchor, doc, start=absolute)
        if end_abs is None:
            return None, "range", None
        v1, _ = _format(absolute)
        v2, _ = _format(end_abs)
        if v1 is None or v2 is None:
            return None, "range", None
        return f"{v1}/{v2}", "range", replace(absolute, end=end_abs)
    value, gran = _format(absolute)
    return value, gran, absolute


def _granularity(spec: _Spec) -> str:
    if spec.end is not None or spec.months or spec.quarters or spec.days or spec.week:
        if spec.week and spec.week[1] not in (None, "WE"):
            return "day"
        return "range"
    if spec.decade is not None:
        return "range"
    if spec.century is not None or spec.crel is not None:
        return "century"
    if spec.day is not None or spec.drel is not None:
        return "day"
    if spec.month is not None or spec.mrel is not None:
        return "month"
    if spec.part and spec.part.startswith("H"):
        return "half"
    if spec.part and spec.part.startswith("Q"):
        return "quarter"
    return "year"


def _absolute(
    spec: _Spec, c: _Cand, anchor: _Anchor | None, doc: dt.date | None, start: _Spec | None = None
) -> _Spec | None:
    """Replace the relative parts of a spec by calendar numbers; None when unanchored."""
    out = replace(spec, end=None)
    if spec.drel is not None:
        if doc is None:
            return None
        d = doc + dt.timedelta(days=spec.drel)
        return _Spec(year=d.year, month=d.month, day=d.day)
    if spec.week is not None:
        if doc is None:
            return None
        offset, day = spec.week
        monday = doc - dt.timedelta(days=doc.isoweekday() - 1) + dt.timedelta(weeks=offset)
        if day is None:
            sunday = monday + dt.timedelta(days=6)
            return _Spec(fixed=(f"{monday}/{sunday}", "range"))
        if day == "WE":
            sat = monday + dt.timedelta(days=5)
            sun = monday + dt.timedelta(days=6)
            return _Spec(fixed=(f"{sat}/{sun}", "range"))
        d = monday + dt.timedelta(days=int(day) - 1)
        return _Spec(year=d.year, month=d.month, day=d.day)
    if spec.century is not None or spec.crel is not None:
        if spec.century is not None:
            cen = spec.century
        elif doc is not None:
            cen = doc.year // 100 + 1 + (spec.crel or 0)
        else:
            return None
        if spec.decade is not None:
            if spec.century is None and spec.crel == 0 and doc is not None:
                # 50年代 / 九十年代 without a century: the latest such decade not after the document
                base = (doc.year // 100) * 100 + spec.decade * 10
                if base > doc.year:
                    base -= 100
                return _Spec(fixed=(f"{base}/{base + 9}", "range"))
            base = (cen - 1) * 100 + spec.decade * 10
            return _Spec(fixed=(f"{base}/{base + 9}", "range"))
        return _Spec(century=cen)
    # the year
    if spec.year is None:
        if spec.yrel is not None:
            offset, ref = spec.yrel
            base = None
            if ref == "deictic":
                if c.after_paren_year is not None:
                    base = c.after_paren_year - offset
                elif doc is not None:
                    base = doc.year
            else:
                if anchor is not None and anchor.spec.year is not None:
                    base = anchor.spec.year
                elif doc is not None:
                    base = doc.year
            if base is None:
                return None
            out.year = base + offset
        elif start is not None and start.year is not None:
            out.year = start.year
        elif anchor is not None and anchor.spec.year is not None:
            out.year = anchor.spec.year
        elif doc is not None:
            out.year = doc.year
        else:
            return None
    if spec.mrel is not None:
        if doc is None:
            return None
        y, mo = out.year or doc.year, doc.month + spec.mrel
        if spec.year is None and spec.yrel is None:
            y = doc.year
        while mo < 1:
            mo, y = mo + 12, y - 1
        while mo > 12:
            mo, y = mo - 12, y + 1
        out.year, out.month, out.mrel = y, mo, None
    if out.day is not None and out.month is None:
        # a bare day: that day of the anchor's month, else of the document's month
        if anchor is not None and anchor.spec.month is not None and anchor.spec.year is not None:
            out.year, out.month = anchor.spec.year, anchor.spec.month
        elif doc is not None:
            out.year, out.month = doc.year, doc.month
        else:
            return None
    out.yrel = None
    return out


def _format(a: _Spec) -> tuple[str | None, str]:
    if a.fixed:
        return a.fixed[0], a.fixed[1]
    if a.century is not None:
        return str(a.century - 1), "century"
    y = a.year
    if y is None:
        return None, "year"
    ys = f"{y:04d}"
    if a.days:
        mo = a.month or 1
        d1, d2 = a.days
        try:
            first = dt.date(y, mo, d1)
            last = first + dt.timedelta(days=d2 - d1)
        except ValueError:
            return None, "range"
        return f"{first}/{last}", "range"
    if a.months:
        m1, m2 = a.months
        y2 = y + 1 if m2 < m1 else y
        return f"{ys}-{m1:02d}/{y2:04d}-{m2:02d}", "range"
    if a.quarters:
        q1, q2 = a.quarters
        return f"{ys}-Q{q1}/{ys}-Q{q2}", "range"
    if a.day is not None and a.month is not None:
        if not 1 <= a.month <= 12 or a.day > calendar.monthrange(y, a.month)[1]:
            return None, "day"
        return f"{ys}-{a.month:02d}-{a.day:02d}", "day"
    if a.month is not None:
        return f"{ys}-{a.month:02d}", "month"
    if a.part:
        return f"{ys}-{a.part}", "half" if a.part.startswith("H") else "quarter"
    return ys, "year"


# --------------------------------------------------------------------------- spaCy adapter


def extract_dates(doc: Any) -> list[dict[str, Any]]:
    """Rows of the ``dates`` table for one Doc (table blocks included: year headers are dates)."""
    document_date = getattr(doc._, "document_date", None)
    return [
        {"start": d.start, "end": d.end, "text": d.text, "value": d.value, "granularity": d.granularity}
        for d in find_dates(doc_text(doc), document_date)
    ]
