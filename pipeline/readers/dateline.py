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
    spec["body_name_not"] = re.compile(spec["body_name_not"])
    return spec


def _day(text: str, whole: bool = False) -> dt.date | None:
    """The date a day mention at the start of `text` names (`whole`: the mention is all of it)."""
    from pipeline.extract.dates import find_dates  # the date engine: loaded only when a date is looked for

    text = text.strip()
    for mention in find_dates(text):
        if mention.start != 0 or mention.granularity != "day" or (whole and mention.end != len(text)):
            continue
        try:
            return dt.date.fromisoformat(mention.value)
        except ValueError:
            return None
    return None


def labelled_date(lines: list[str]) -> dt.date | None:
    """The date of the first labelled info line (发布时间：2023-11-16) among the first lines."""
    spec = _spec()
    for line in [x.strip() for x in lines if x.strip()][: spec["info_lines"]]:
        for match in spec["label"].finditer(line):
            if (day := _day(line[match.end():])) is not None:
                return day
    return None


def signature_date(lines: list[str]) -> dt.date | None:
    """A full date alone on one of the last lines, right after the line naming the issuing body."""
    spec = _spec()
    nonempty = [x.strip() for x in lines if x.strip()]
    first = max(1, len(nonempty) - spec["signature_lines"])
    for position in range(len(nonempty) - 1, first - 1, -1):
        if _names_a_body(nonempty[position - 1]) and (day := _day(nonempty[position], whole=True)) is not None:
            return day
    return None


def _names_a_body(line: str) -> bool:
    """The signature's issuing body (财政部国库司): a short line without sentence punctuation or digits."""
    spec = _spec()
    return len(line) <= spec["body_name_max_chars"] and not spec["body_name_not"].search(line)


def text_date(text: str) -> dt.date | None:
    """The document's date from its text: the labelled info line first, else the signature date."""
    lines = text.split("\n")
    return labelled_date(lines) or signature_date(lines)
