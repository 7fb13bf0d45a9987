"""Exclusion rules of times and ranges: a clock's hour and minutes (下午四点, 3时30分, 06:22), the head of a
range of hours (0—24时) or of dates (1-7月). The words live in ``pipeline/resources/numbers.yaml``."""

from __future__ import annotations

from typing import Any

from pipeline.chars import HSPACE
from pipeline.extract.number_context import Segmenter, ends_with_word, match_words
from pipeline.extract.numerals import Lexicon, NumeralCore, skip_space
from pipeline.resources import held


def _date_range_head(s: str, end: int, lex: Lexicon, seg: Segmenter) -> bool:
    """The first member of a range whose second member is a date (1-7月, 1一11月份): part of the date."""
    k = skip_space(s, end)
    connector = match_words(s, k, lex.cfg["range_connectors"] + lex.cfg["dash_like"])
    return connector is not None and seg.owns_start(skip_space(s, k + len(connector)))


def _clock_time(s: str, core: NumeralCore, lex: Lexicon, seg: Segmenter) -> bool:
    """An hour of the clock (下午四点, 3月20日18时): a clock word after the numeral, and a part of the
    day or a date right before it, or minutes after it or another hour in a range (3时30分, 0时至24时), and the
    minutes of such a time."""
    cfg = lex.cfg
    hour = cfg["clock_hour"]
    k = core.start
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    if (s.startswith(hour["minute"], core.end) and not s.startswith(hour["minutes_word"], core.end)
            and held(hour["before_minutes"]).search(s[max(0, k - 6):k])):
        return True  # 下午3时30分: the minutes of a clock time (12点50分钟后 is a span)
    if core.value <= 24 and s.startswith(tuple(hour["always"]), core.end):
        return True  # 5点钟: an hour whatever stands before it
    after = s[core.end + 1:core.end + 8]
    if (s.startswith((hour["point"], hour["word"]), core.end) and core.value <= 24
            and (held(hour["minutes_after"]).match(after) or held(hour["range_after"]).match(after)
                 or held(hour["range_before"]).search(s[max(0, k - 8):k]))):
        return True  # 18点05分, 3时30分, 0时至24时: a clock time
    if (s.startswith(hour["word"], core.end) and core.value <= 24 and core.value == core.value.to_integral_value()
            and (s[core.end + 1:core.end + 2] or " ") not in hour["blockers"]
            and not held(hour["when_before"]).search(s[max(0, k - 20):k])):
        return True  # 北京时间10时, 截至24时: 时 after a whole number is an hour (当市盈率低于15时 is "when")
    # 凌晨3点几: the hour's 点 before vague decimals is a clock word too
    hour_end = next((t.start for t in core.toks if t.kind == "point"), core.end) if core.vague else core.end
    if not match_words(s, hour_end, cfg["clock_words"]):
        return False
    return bool(ends_with_word(s, k, cfg["day_parts"])) or seg.owns_end(k)


def _clock_range_head(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A bare whole number up to 24 right before a range connector and an hour with its clock word (0—24时, 8-20时):
    the range's first hour, as 0时至24时 is (``clock_hour.range_head_after``)."""
    value = core.value
    return (value <= 24 and value == value.to_integral_value()
            and held(cfg["clock_hour"]["range_head_after"]).match(s[core.end:core.end + 10]) is not None)


def colon_time(s: str, colon: int, cfg: dict) -> bool:
    """The separator at ``colon`` joins an hour and two-digit minutes (06:22, 9:30), not the members of a ratio
    (1:1.2, 6:4, 1:80, 男女比例为1:1, 按照1:10的比例): a ratio word around it, a decimal or more than 59 after it."""
    hour = held(r"\d{1,2}$").search(s[max(0, colon - 2):colon])
    minutes = held(r"(\d{2})(?![\d.\uff0e])").match(s[colon + 1:colon + 4])
    if hour is None or minutes is None or int(minutes.group(1)) > 59:
        return False
    if int(hour.group()) > 24:
        # the seconds of HH:MM:SS (09:37:47): the part before is itself the minutes of a clock time
        first = colon - len(hour.group()) - 1
        if (len(hour.group()) < 2 or int(hour.group()) > 59 or first < 1 or s[first] not in cfg["time_separators"]
                or not colon_time(s, first, cfg)):
            return False
    window = int(cfg["ratio_window"])
    after = colon + 1 + len(minutes.group(1))
    return (held(cfg["ratio_before"]).search(s[max(0, colon - window):colon - len(hour.group())]) is None
            and held(cfg["ratio_after"]).match(s[after:after + window]) is None)
