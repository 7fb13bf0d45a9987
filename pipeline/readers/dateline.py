"""The document's date as its visible text gives it: a labelled info line, else a signature date.

Pages scraped from government and statistics sites, and plain-text official documents, often carry
their date only in the text (发布时间：… under the title, the 落款 date under the issuing body). Without
it every 今年, 上年, 1-10月 of the document stays unresolved. The date engine reads the date itself, so
every form it knows (2023-11-16, 2023年7月10日, 二〇二三年三月二十日) counts; only a full date (a day) does.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pipeline.resources import load_yaml


@cache
def _spec() -> dict:
    from pipeline.extract.numerals import alternation  # the engines' one word-list regex, longest word first

    spec = dict(load_yaml("layout.yaml")["document_date"])
    labels, start_labels = (alternation(spec[key], spaced=False) for key in ("labels", "start_labels"))
    # a label starts the line or follows another field (来源：本站 发布时间：…); a bare one starts the line
    spec["label"] = re.compile(rf"(?:(?:^|[：:][^：:\n]*?)(?:{labels})|(?:^|(?<=\s))(?:{start_labels}))\s*[：:]\s*")
    spec["header_label"] = re.compile(rf"^(?:{alternation(spec['header_labels'], spaced=False)})\s*[：:]\s*")
    for key in ("body_name_not", "header_end", "title_date", "dated_line_after", "header_day_after", "since_label",
                "byline_label", "byline_cutoff",
                "weekday_end", "issuing_notice", "delivery_lead", "delivery_after", "briefing_opening"):
        spec[key] = re.compile(spec[key])
    return spec


def _day(text: str, whole: bool = False) -> dt.date | None:
    """The date a day mention at the start of `text` names (`whole`: the mention is all of it)."""
    found = _leading_day(text)
    return found[0] if found is not None and (not whole or found[1] == len(text.strip())) else None


def _leading_day(text: str) -> tuple[dt.date, int] | None:
    """The day a mention at the start of `text` (stripped) names, and where the mention ends."""
    from pipeline.extract.dates import find_dates  # the date engine: loaded only when a date is looked for

    text = text.strip()
    for mention in find_dates(text):
        if mention.start != 0 or mention.granularity != "day" or mention.value is None:
            continue  # (a day without a year and no document date to take it from)
        try:
            return dt.date.fromisoformat(mention.value), mention.end
        except ValueError:
            return None
    return None


def labelled_date(lines: list[str]) -> dt.date | None:
    """The date of the first info line among the first lines: a labelled one (发布时间：2023-11-16), a header's
    时间：… or a briefing's opening sentence (round 17) before the text begins, a title ending in a bracketed date, a
    line opening with a date and a field, a self-media header line (a date with its clock time or weekday, 编辑于 +
    date), or a first line that is only a full date (a release's or a page's date above its text: first_line_date)."""
    spec = _spec()
    header = True
    for k, line in enumerate([x.strip() for x in lines if x.strip()][: spec["info_lines"]]):
        sentence = bool(spec["header_end"].search(line))  # (a sentence is no header line, nor what follows it)
        day = (_label_day(line) or (header and (_header_day(line) or _briefing_day(line)))
               or (header and not sentence and _platform_day(line))
               or (k == 0 and (_title_day(line) or (spec["first_line_date"] and _day(line, whole=True))))
               or _dated_line(line) or _delivery_day(line))
        if day:
            return day
        header = header and not sentence
    return None


def _platform_day(line: str) -> dt.date | None:
    """A self-media or platform header line (原创 作者 号名 2024年06月30日 08:15 北京, 作者：… | 2024/6/30 08:15,
    【早报】2024年6月30日 星期日, 编辑于 2024-06-30 · …): the date is the post's, wherever the fields put it,
    when a clock time or a weekday follows it or a 于-label (发布于, 编辑于) precedes it; or it ends a by-line
    (作者：研究所宏观组 · 2024年4月25日, round 50)."""
    from pipeline.extract.dates import find_dates

    spec = _spec()
    if (label := spec["since_label"].search(line)) and (day := _day(line[label.end():])):
        return day
    if not any(ch.isdigit() for ch in line):
        return None
    byline = spec["byline_label"].match(line)
    for mention in find_dates(line):
        if mention.granularity != "day" or not mention.value:
            continue
        if (spec["header_day_after"].match(line[mention.end:]) or spec["weekday_end"].search(mention.text)
                or (byline and not line[mention.end:].strip()  # (a by-line ending in the date, round 50; not
                    and not re.search("[：:]", line[byline.end():mention.start])  # another label's: 收稿日期：…,
                    and not spec["byline_cutoff"].search(line, byline.end(), mention.start))):  # nor 数据截至…: mend)
            try:
                return dt.date.fromisoformat(mention.value)
            except ValueError:
                return None
    return None


def _label_day(line: str) -> dt.date | None:
    """发布时间：2023-11-16, 来源：本站 发布日期：…, 报告送出日期：2023年10月25日."""
    return next((day for match in _spec()["label"].finditer(line) if (day := _day(line[match.end():]))), None)


def _header_day(line: str) -> dt.date | None:
    """时间：2023年10月19日 in a header, where it is when the text (a transcript, a release) was given; once the text
    has begun, 时间： is an event's (a meeting notice's)."""
    match = _spec()["header_label"].match(line)
    return _day(line[match.end():]) if match else None


def _briefing_day(line: str) -> dt.date | None:
    """The day a briefing transcript's opening sentence names (国务院新闻办公室于2024年3月5日（星期二）上午10时举行新闻
    发布会，请…): the text's own first sentence says when it was said, as a header's 时间： line does (round 17)."""
    match = _spec()["briefing_opening"].match(line)
    return _day(match.group("date"), whole=True) if match else None


def _title_day(line: str) -> dt.date | None:
    """A full date in brackets ending the title (商务部召开例行新闻发布会（2023年10月19日）): the day it was given."""
    match = _spec()["title_date"].search(line)
    return _day(match.group("date"), whole=True) if match else None


def _dated_line(line: str) -> dt.date | None:
    """An info line opening with a full date and going on with a clock time or a field (2023-11-15 10:00　来源：…);
    a date alone (a fund cover's period end) is none."""
    found = _leading_day(line) if line[:1].isdigit() else None  # (the date engine only for a line opening so)
    if found is None or not _spec()["dated_line_after"].match(line.strip()[found[1]:]):
        return None
    return found[0]


def _delivery_day(line: str) -> dt.date | None:
    """A budget or work report's delivery line (——2024年1月15日在…人民代表大会第…次会议上): the day it was given."""
    spec = _spec()
    rest = line[spec["delivery_lead"].match(line).end():]
    found = _leading_day(rest) if rest[:1].isdigit() else None  # (the date engine only for a line opening so)
    if found is None or not spec["delivery_after"].match(rest.strip()[found[1]:]):
        return None
    return found[0]


def signature_date(lines: list[str]) -> dt.date | None:
    """A full date alone on one of the last lines, right after the line naming the issuing body; else such a pair
    right under the title; in a 关于印发…的通知, its cover letter's signature, which stands before the attached text."""
    spec = _spec()
    nonempty = [x.strip() for x in lines if x.strip()]
    first = max(1, len(nonempty) - spec["signature_lines"])
    last_lines = range(len(nonempty) - 1, first - 1, -1)
    if (day := _signed(nonempty, last_lines)) is not None:
        return day
    if (day := _signed(nonempty, range(1, min(len(nonempty), spec["head_signature_lines"])))) is not None:
        return day  # (a bulletin's issuer and date right under its title: 青禾县统计局 / 2024年3月20日)
    if spec["issuing_notice"].search("".join(nonempty[: spec["notice_title_lines"]])):
        return _signed(nonempty, range(1, min(len(nonempty), spec["cover_lines"])))
    return None


def _signed(lines: list[str], positions: range) -> dt.date | None:
    """The first signature (a body's name, then a full date alone) at the positions, in their order."""
    for position in positions:
        if _names_a_body(lines[position - 1]) and (day := _day(lines[position], whole=True)) is not None:
            return day
    return None


def _names_a_body(line: str) -> bool:
    """The signature's issuing body (财政部国库司): a short line without sentence punctuation or digits."""
    spec = _spec()
    return len(line) <= spec["body_name_max_chars"] and not spec["body_name_not"].search(line)


def text_date(text: str) -> dt.date | None:
    """The document's date from its text: the info line first, else the signature date."""
    lines = text.split("\n")
    return labelled_date(lines) or signature_date(lines)
