"""How much of a PDF's body text the cleaned text keeps, and whether any sentence mixes two columns.

For each PDF: the characters `pdftotext -layout` finds (poppler, independent of our reader), less
those of words in the header/footer bands (positions from `pdftotext -bbox-layout`), of template
tags, of rotated characters (chart axis labels, per pdfplumber) and of bare 1-3 digit numbers alone
on a line (page numbers, chart ticks), are the body. The figure is
the share of those characters (as a multiset, white space ignored) that the cleaned text keeps.
The column check takes poppler's text blocks that stand side by side on a page and, for each pair
of lines at one height, looks for the end of the left line joined to the start of the right one
inside one sentence of the cleaned text (tables aside): that is a row read across two columns.

    python bench/pdf_text.py ../shared/corpus/pdf-full [more files or folders] [--min-share 0.95]

"kept" counts every body character; "no ticks" also leaves out bare 1-3 digit words (chart ticks set in a
row, which clean drops like page numbers when the reader gives them a line each) and is the one checked.
Exit status 1 when a file fails to read, keeps less than --min-share (no ticks), or mixes columns.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pdfplumber

from pipeline.clean import clean_document
from pipeline.ingest import IngestError, ingest_file
from pipeline.readers.pdf_layout import pdf_spec
from pipeline.readers.pdf_paragraphs import strip_artefacts
from pipeline.resources import load_yaml
from pipeline.segment import split_sentences

_XHTML = "{http://www.w3.org/1999/xhtml}"
_CJK = re.compile(r"[\u4e00-\u9fff]")
SIGNATURE_CHARS = 4


def _chars(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def _bbox_pages(path: Path) -> list[ET.Element]:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", out))
    return list(root.iter(f"{_XHTML}page"))


def _line_text(line: ET.Element) -> str:
    return " ".join(word.text or "" for word in line.iter(f"{_XHTML}word"))


def _rotated(char: dict) -> bool:
    a, b, c, d = char["matrix"][:4]
    return not char.get("upright", True) or abs(b) > 0.1 * abs(a) or abs(c) > 0.1 * abs(d)


def body_chars(path: Path, with_ticks: bool = True) -> Counter[str]:
    """Characters of `pdftotext -layout` less header/footer bands, template tags, rotated text and bare
    numbers alone on a line (page numbers, chart ticks: clean drops them by layout.yaml's page_number)."""
    spec = pdf_spec()
    layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                            text=True).stdout
    chars = _chars("\n".join(strip_artefacts(line) for line in layout.splitlines()))
    with pdfplumber.open(path) as pdf:  # rotated text (chart axis labels) is not body text
        chars -= _chars("".join(c["text"] for page in pdf.pages for c in page.chars if _rotated(c)))
    bare_number = re.compile(load_yaml("layout.yaml")["page_number"])
    for page in _bbox_pages(path):
        height = float(page.get("height", "842"))
        for line in page.iter(f"{_XHTML}line"):
            if bare_number.match(_line_text(line)):
                chars -= _chars(_line_text(line))  # a bare number on its own line: page number or chart tick
                continue
            for word in line.iter(f"{_XHTML}word"):
                top, bottom = float(word.get("yMin", "0")), float(word.get("yMax", "0"))
                if top < height * spec["margin_top"] or bottom > height * (1 - spec["margin_bottom"]):
                    chars -= _chars(word.text or "")
                elif not with_ticks and bare_number.match(word.text or ""):
                    chars -= _chars(word.text or "")  # chart ticks poppler sets in a row: 0 10 20 30
    return chars


def side_by_side_signatures(path: Path) -> list[str]:
    """End of a left line + start of the right line at the same height, for blocks side by side."""
    signatures = []
    for page in _bbox_pages(path):
        blocks = []
        for block in page.iter(f"{_XHTML}block"):
            lines = [(float(x.get("xMin", "0")), float(x.get("yMin", "0")), float(x.get("xMax", "0")),
                      float(x.get("yMax", "0")), re.sub(r"\s+", "", _line_text(x)))
                     for x in block.iter(f"{_XHTML}line")]
            if lines:
                blocks.append(lines)
        for left in blocks:
            for right in blocks:
                for _, ltop, lx1, lbottom, ltext in left:
                    for rx0, rtop, _, rbottom, rtext in right:
                        same_row = min(lbottom, rbottom) - max(ltop, rtop) > 0.5 * (lbottom - ltop)
                        # prose on both sides: a table row read across its columns is no mix
                        if (same_row and rx0 > lx1 and len(ltext) >= 6 and len(rtext) >= 6
                                and len(_CJK.findall(ltext[-SIGNATURE_CHARS:])) >= 2
                                and len(_CJK.findall(rtext[:SIGNATURE_CHARS])) >= 2):
                            signatures.append(ltext[-SIGNATURE_CHARS:] + rtext[:SIGNATURE_CHARS])
    return signatures


def measure(path: Path) -> tuple[float, float, int, int]:
    """(share of body characters kept, the same without bare 1-3 digit words, sentences mixing columns,
    number of sentences)."""
    clean = clean_document(ingest_file(path))
    kept = _chars(clean.text)
    shares = []
    for with_ticks in (True, False):
        reference = body_chars(path, with_ticks)
        shares.append(sum((reference & kept).values()) / max(sum(reference.values()), 1))
    sentences = [
        re.sub(r"\s+", "", block_text[start:end])
        for block in clean.blocks if block.kind != "table"  # cells run together once spaces are gone
        for block_text in [clean.text[block.start:block.end]]
        for start, end in split_sentences(block_text)
    ]
    mixed = {sig for sig in side_by_side_signatures(path) if any(sig in s for s in sentences)}
    return shares[0], shares[1], len(mixed), len(sentences)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--min-share", type=float, default=0.95)
    args = parser.parse_args()
    files = sorted(p for arg in args.paths for p in ([arg] if arg.is_file() else arg.rglob("*.pdf")))
    failed = False
    print(f"{'file':55} {'kept':>7} {'no ticks':>9} {'mixed':>6} {'sentences':>9}")
    for path in files:
        try:
            share, share_no_ticks, mixed, sentences = measure(path)
        except IngestError as err:
            print(f"{path.name:55} FAILED: {err}")
            failed = True
            continue
        ok = share_no_ticks >= args.min_share and mixed == 0
        failed |= not ok
        print(f"{path.name:55} {share:7.1%} {share_no_ticks:9.1%} {mixed:6d} {sentences:9d}{'' if ok else '  <-'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
