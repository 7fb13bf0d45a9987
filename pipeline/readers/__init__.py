"""Format readers used by `pipeline.ingest`: each turns one file format into lines of text.

What readers and ingest share lives here, so that ingest imports the readers and no reader
imports ingest (no import cycle).
"""

TABLE_CELL_SEPARATOR = "\t"
# The metadata key of the date a web page's visible info line gives (发布时间：…), below its date meta tags.
PAGE_DATE_KEY = "page_date"


class IngestError(Exception):
    """An expected fault in an input file; its message is one line for the documents table."""


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of one paragraph: no space in Chinese, one space between Latin words."""
    if not left or not right:
        return left + right
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    if left[-1].isascii() and left[-1] not in "([{-/" and (right[0].isascii() or right[0] in "“‘"):
        return left + " " + right
    return left + right
