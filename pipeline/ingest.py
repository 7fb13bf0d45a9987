"""Ingest: files → RawDocument (decoded text, metadata, PDF tables).

Every format is turned into plain lines of text here; `clean` then finds the
structure. Tables found by a reader (PDF, HTML, Markdown) are rendered as lines
of tab-separated cells so that their cells keep offsets in the cleaned text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from pipeline.readers import PAGE_DATE_KEY, IngestError
from pipeline.readers import TABLE_CELL_SEPARATOR as TABLE_CELL_SEPARATOR  # re-exported for clean
from pipeline.resources import cached, load_yaml

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings worth considering for Chinese text that is not UTF-8.
_CANDIDATE_ENCODINGS = ["gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be", "big5hkscs", "cp1252"]
# C0 control bytes that do not occur in text (tab, line feed, form feed, carriage return and escape do).
_CONTROL_BYTES = [b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)]
# Unicode categories of characters that text does not contain: controls, unassigned, private use, surrogates.
_NOT_TEXT_CATEGORIES = {"Cc", "Cn", "Co", "Cs"}
NOT_TEXT_SHARE = 0.02
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class RawDocument:
    """A decoded input file before cleaning."""

    doc_id: str
    source_path: str
    sha256: str
    text: str
    format: str
    encoding: str = ""
    title: str = ""
    document_date: dt.date | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    aside_lines: set[int] = field(default_factory=set)  # lines of `text` that are not body text (sidebars)
    heading_lines: dict[int, int] = field(default_factory=dict)  # lines of `text` marked up as headings: level
    item_lines: set[int] = field(default_factory=set)  # lines of `text` in a list item (Markdown, HTML; round 25)
    warnings: list[str] = field(default_factory=list)  # for the documents table (a lossy decoding)


def make_doc_id(path: Path) -> str:
    """The file name without its extension, made safe for a file name."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    safe = re.sub(r"[^\w.\-]+", "_", stem, flags=re.UNICODE).strip("._")
    return safe or "document"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode by BOM, strict UTF-8, then charset detection; never by file name."""
    text, encoding, _ = decode_text(data)
    return text, encoding


def decode_text(data: bytes) -> tuple[str, str, str]:
    """Text, encoding and a warning ("" when none): by BOM, strict UTF-8, UTF-8 with a few bad bytes
    (replaced, with a warning), then charset detection; never by file name."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding, ""
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    bad = _bad_utf8(data)
    if bad <= load_yaml("ingest.yaml")["utf8_max_bad"]:
        return (data.decode("utf-8", errors="replace"), "utf-8",
                f"{bad} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD")
    best = _detect(data)
    if best is None:
        controls = sum(data.count(bytes([b])) for b in _CONTROL_BYTES)
        if controls > 0.05 * len(data):
            raise IngestError(f"not text: {controls / len(data):.0%} of the bytes are control codes (a binary file?)")
        raise IngestError("cannot detect the text encoding (not UTF-8, GB18030, Big5 or UTF-16)")
    encoding = best
    if encoding in {"gb2312", "gbk", "hz"}:
        encoding = "gb18030"  # the superset decodes everything its subsets do
    return data.decode(encoding, errors="strict"), encoding, ""


def _bad_utf8(data: bytes) -> int:
    """How many byte sequences of `data` are not UTF-8 (U+FFFD written in the file itself not counted)."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())


def _detect(data: bytes) -> str | None:
    """The detected encoding: among the Chinese candidates, then any; each time also with the characters
    the detector takes for noise (○ for 〇) read as their stand-ins, decoding the file itself as it is."""
    for isolation in (_CANDIDATE_ENCODINGS, None):
        for sample in (data, *_with_stand_ins(data)):
            best = from_bytes(sample, cp_isolation=isolation).best()
            if best is not None and _decodes(data, best.encoding):
                return best.encoding
    return None


def _with_stand_ins(data: bytes) -> list[bytes]:
    """`data` with each noisy character replaced by its stand-in, as encoded in each candidate encoding."""
    samples = []
    for encoding in _CANDIDATE_ENCODINGS:
        sample = data
        for char, stand_in in load_yaml("ingest.yaml")["detection_stand_ins"].items():
            try:
                sample = sample.replace(char.encode(encoding), stand_in.encode(encoding))
            except UnicodeEncodeError:
                continue
        if sample != data and sample not in samples:
            samples.append(sample)
    return samples


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode("gb18030" if encoding in {"gb2312", "gbk", "hz"} else encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def not_text_reason(text: str) -> str | None:
    """Why decoded bytes are not text (a binary file that happened to decode), or None.

    Any byte string decodes as UTF-16 and most as GB18030; what comes out of random
    bytes is full of control, unassigned and private-use code points, which text is not.
    """
    if "\x00" in text:
        return "not text: NUL characters after decoding (a binary file?)"
    odd = sum(1 for ch in text if ch not in "\t\n\r\f\v\x1b" and unicodedata.category(ch) in _NOT_TEXT_CATEGORIES)
    odd += text.count("\ufffd")
    if odd >= 3 and odd > NOT_TEXT_SHARE * len(text):
        return (f"not text: {odd / len(text):.0%} of the characters are control, unassigned or private-use "
                "codes (a binary file?)")
    return None


@cached
def _metadata_date() -> re.Pattern[str]:
    """Year, month and day with the separators of dates.yaml (ISO, slashes, 年/月)."""
    separators = load_yaml("dates.yaml")["metadata_date_separators"]

    def one_of(key: str) -> str:
        return "[" + "".join(re.escape(s) for s in separators[key]) + "]"

    return re.compile(rf"(\d{{4}})\s*{one_of('year')}\s*(\d{{1,2}})\s*{one_of('month')}\s*(\d{{1,2}})")


def parse_date(value: object) -> dt.date | None:
    """A date from front matter or a meta tag: date objects, ISO strings, year/month/day words."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    text = str(value).strip()
    match = _metadata_date().match(text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """A leading YAML block (--- … ---) as metadata, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as err:
        raise IngestError(f"front matter is not valid YAML: {str(err).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        return {}, text
    return {str(k): v for k, v in meta.items()}, text[match.end():]


def ingest_file(path: Path, doc_id: str | None = None, document_date: dt.date | None = None) -> RawDocument:
    """Read one file into a RawDocument; raises IngestError on an expected fault.

    `document_date` (--date) overrides every date the file gives."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(f"cannot read file: {err.strerror or err}") from None
    digest = hashlib.sha256(data).hexdigest()
    doc = RawDocument(
        doc_id=doc_id or make_doc_id(path), source_path=str(path), sha256=digest, text="", format="text"
    )
    suffix = path.suffix.lower()
    if not data.strip():
        raise IngestError("file is empty")
    if suffix == ".pdf":
        from pipeline.readers.pdf import read_pdf

        doc.format = "pdf"
        result = read_pdf(path)
        doc.text, doc.aside_lines = result.text, result.aside_lines
        doc.metadata.update(result.metadata)
    else:
        if data[:5] == b"%PDF-":
            raise IngestError("file is a PDF but its name does not end in .pdf")
        text, doc.encoding, warning = decode_text(data)
        doc.warnings.extend([warning] if warning else [])
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        problem = not_text_reason(text)
        if problem:
            raise IngestError(problem)
        meta, text = split_front_matter(text)
        doc.metadata.update({k: str(v) for k, v in meta.items() if v is not None})
        if meta.get("date") is not None and parse_date(meta["date"]) is None:
            raise IngestError(f"front matter date is not a date: {meta['date']!r}")
        if suffix in {".html", ".htm"} or (suffix not in {".md", ".markdown"} and _looks_like_html(text)):
            from pipeline.readers.html import read_html_document

            doc.format = "html"
            text, html_meta, doc.item_lines = read_html_document(text)
            for key, value in html_meta.items():
                doc.metadata.setdefault(key, value)
        elif suffix in {".md", ".markdown"}:
            from pipeline.readers.markdown import read_markdown_document

            doc.format = "markdown"
            markdown = read_markdown_document(text)
            text, doc.heading_lines, doc.item_lines = markdown.text, markdown.heading_lines, markdown.item_lines
            text = _without_page_furniture(text, doc)
        else:
            from pipeline.readers.pipe_rows import pipe_tables

            text = pipe_tables(_without_page_furniture(text, doc))  # a pipe table pasted into plain text (round 29)
        doc.text = text
    doc.title = str(doc.metadata.get("title", "")).strip()
    if not doc.text.strip():
        raise IngestError("no text found in the document")
    doc.document_date = decide_document_date(doc, document_date)
    return doc


def decide_document_date(doc: RawDocument, given: dt.date | None = None) -> dt.date | None:
    """The one place that decides the document's date, most authoritative first: the date the user
    gives (--date), the file's metadata (front matter before a page's date meta tags, a PDF's
    information), the info line of a web page (read from the whole page, before its furniture goes),
    then the document's own text (an info line near the top, else the signature date)."""
    from pipeline.readers.dateline import text_date

    if given is not None:
        return given
    for key in ("date", PAGE_DATE_KEY):
        if doc.metadata.get(key) and (found := parse_date(doc.metadata[key])) is not None:
            return found
    return text_date(doc.text)


def _without_page_furniture(text: str, doc: RawDocument) -> str:
    """Plain text or Markdown copied from a web page keeps the page's furniture lines (【打印】【关闭】, 分享到：…,
    责任编辑：…, a footer's 版权所有 … ICP备…) and fields (浏览次数：1832): the HTML reader's rules take them out here
    too (round 50), but those only a page's layout makes furniture (a notice's 主办单位：…, 扫描二维码报名) stay
    (mend). A furniture line becomes a blank line, so the lines keep their numbers (Markdown's heading and item lines)
    and the text around it stays parted."""
    from pipeline.readers.html import without_furniture

    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.strip() and (kept := without_furniture(line, page=False)) != line:
            lines[index] = kept
            if not kept:
                doc.heading_lines.pop(index, None)
                doc.item_lines.discard(index)
    return "\n".join(lines)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head
