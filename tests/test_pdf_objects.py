"""pdfium as the source of a page's characters and paths gives what pdfminer's interpreter gives:
the same characters at the same places, the same table edges and the same text, on pages built
with reportlab (text, a ruled table, a form XObject, a media box not at the origin) and on the
real reports of the dev corpus."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from pipeline.readers import pdf as pdf_reader
from pipeline.readers.pdf_layout import pdf_spec
from pipeline.readers.pdf_objects import Reader, attach
from tests.conftest import DEV

pytest.importorskip("reportlab")

FONT = "STSong-Light"
TOLERANCE = 0.5  # points
# pdfium sizes the last glyph of a run of a font it substitutes (not embedded) by the substitute's
# width; pdfminer by the PDF's: its right edge may differ by up to a quarter em (3 pt at 11 pt).
RUN_END_TOLERANCE = 3.0


def _build(path: Path, shift: tuple[float, float] = (0.0, 0.0)) -> None:
    """A page of paragraphs, a 3×3 ruled table, a line, a filled bar and text drawn in a form."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    pdf.setFont(FONT, 11)
    lines = ["二〇二一年全国规模以上工业企业利润增长百分之三十八。", "Revenue rose 12.5% to 3,400 million yuan.",
             "国家统计局发布数据，营业收入同比增长百分之二十。"]
    for row, line in enumerate(lines):
        pdf.drawString(60, 760 - 16 * row, line)
    for i in range(4):
        pdf.line(60, 600 - 20 * i, 360, 600 - 20 * i)
        pdf.line(60 + 100 * i, 600, 60 + 100 * i, 540)
    for r, cells in enumerate([["指标", "2020年", "2021年"], ["营收", "100", "120"], ["利润", "8.5", "9.1"]]):
        for c, cell in enumerate(cells):
            pdf.drawString(66 + 100 * c, 586 - 20 * r, cell)
    pdf.rect(60, 480, 200, 6, stroke=0, fill=1)
    pdf.beginForm("note")
    pdf.setFont(FONT, 10)
    pdf.drawString(60, 440, "注：表中数据为初步统计结果。")
    pdf.endForm()
    pdf.doForm("note")
    pdf.showPage()
    pdf.save()
    if shift != (0.0, 0.0):  # the media box moved off the origin, the drawing staying inside it
        import pypdfium2

        dx, dy = shift
        document = pypdfium2.PdfDocument(path.read_bytes())
        document[0].set_mediabox(-10.0 + dx, -10.0 + dy, 605.0 + dx, 852.0 + dy)
        document.save(str(path))
        document.close()


def _both(path: Path) -> tuple[Any, Any]:
    """The first page as pdfminer reads it, and as pdfium reads it."""
    laparams = dict(pdf_spec()["laparams"])
    by_pdfminer = pdfplumber.open(path, laparams=laparams).pages[0]
    plumber = pdfplumber.open(path, laparams=laparams)
    by_pdfium = plumber.pages[0]
    reader = Reader(path)
    objects = reader.page_objects(0, by_pdfium, plumber.laparams)
    reader.close()
    assert objects is not None
    attach(by_pdfium, objects)
    return by_pdfminer, by_pdfium


def _unmatched(expected: list[dict[str, Any]], found: list[dict[str, Any]], keys: tuple[str, ...],
               loose: tuple[str, ...] = ()) -> list[Any]:
    """Records of `expected` with no record of `found` at the same place (and the same text)."""
    left = list(found)
    missing = []
    for record in expected:
        match = next((f for f in left if f.get("text") == record.get("text")
                      and all(abs(f[k] - record[k]) <= TOLERANCE for k in keys)
                      and all(abs(f[k] - record[k]) <= RUN_END_TOLERANCE for k in loose)), None)
        if match is None:
            missing.append({k: record.get(k) for k in ("text", *keys, *loose)})
        else:
            left.remove(match)
    return missing


@pytest.mark.parametrize("shift", [(0.0, 0.0), (30.0, -40.0)])
def test_characters_and_edges_are_pdfminers(tmp_path: Path, shift: tuple[float, float]) -> None:
    path = tmp_path / "page.pdf"
    _build(path, shift)
    by_pdfminer, by_pdfium = _both(path)
    chars = [c for c in by_pdfminer.chars if c["text"].strip()]
    assert len(chars) > 100
    found = [c for c in by_pdfium.chars if c["text"].strip()]
    assert not _unmatched(chars, found, ("x0", "top", "bottom", "size"), ("x1",))
    assert not _unmatched(found, chars, ("x0", "top", "bottom"), ("x1",))
    edges = [e for e in by_pdfminer.edges if e["orientation"]]
    assert len(edges) >= 8
    assert not _unmatched(edges, by_pdfium.edges, ("x0", "x1", "top", "bottom"))
    assert not _unmatched(by_pdfium.edges, edges, ("x0", "x1", "top", "bottom"))
    assert [t.extract() for t in by_pdfium.find_tables()] == [t.extract() for t in by_pdfminer.find_tables()]


def test_text_inside_a_form_is_grouped_as_pdfminer_groups_it(tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    _build(path)
    _, by_pdfium = _both(path)
    figures = [o for o in by_pdfium.layout if type(o).__name__ == "LTFigure"]
    assert len(figures) == 1
    assert "注：表中数据为初步统计结果。" in "".join(o.get_text() for o in figures[0] if hasattr(o, "get_text"))


def test_the_reader_gives_the_same_text_from_either_source(tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    _build(path, (30.0, -40.0))
    expected = pdf_reader.read_pdf(path, objects="pdfminer")
    found = pdf_reader.read_pdf(path, objects="pdfium")
    assert found.text == expected.text
    assert found.metadata == expected.metadata
    assert "利润\t8.5\t9.1" in found.text


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared")
@pytest.mark.parametrize("path", sorted(DEV.glob("*.pdf")) if DEV.is_dir() else [], ids=lambda p: p.stem[:30])
def test_real_reports_read_alike(path: Path) -> None:
    """The same characters, nearly all in the same lines. pdfium reports no glyph for the spaces the
    PDF draws (it puts its own zero-width ones between words), and pdfminer's narrow space glyph
    changes where its layout analysis splits lines: table-of-contents lines, set apart by dot
    leaders, come out in another order (about a sixth of the lines of one report)."""
    expected = pdf_reader.read_pdf(path, objects="pdfminer").text.splitlines()
    found = pdf_reader.read_pdf(path, objects="pdfium").text.splitlines()
    assert sorted("".join(found).replace(" ", "")) == sorted("".join(expected).replace(" ", ""))
    assert difflib.SequenceMatcher(None, expected, found, autojunk=False).ratio() >= 0.8


def test_a_curve_gives_the_table_finder_pdfminers_level_and_upright_edges(tmp_path: Path) -> None:
    """A chart line with level, upright and slanted pieces: pdfium's reading hands on only its
    stretches of level and upright pieces, and the finder's edges are pdfminer's, in order."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "chart.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    line = pdf.beginPath()
    line.moveTo(100, 600)
    for x, y in [(150, 600), (170, 630), (170, 680), (220, 700), (260, 700), (260, 650), (300, 640)]:
        line.lineTo(x, y)
    pdf.drawPath(line, stroke=1, fill=0)
    slanted = pdf.beginPath()  # no level or upright piece: no record at all
    slanted.moveTo(100, 300)
    slanted.lineTo(150, 350)
    slanted.lineTo(200, 320)
    pdf.drawPath(slanted, stroke=1, fill=0)
    pdf.showPage()
    pdf.save()
    by_pdfminer, by_pdfium = _both(path)

    def edges(page: Any) -> list[tuple[Any, ...]]:
        return [(e["orientation"], *(round(e[k], 3) for k in ("x0", "x1", "top", "bottom")))
                for e in page.edges if e["orientation"]]

    assert len(edges(by_pdfminer)) == 4
    assert edges(by_pdfium) == edges(by_pdfminer)
    assert len(by_pdfium.curves) == 3  # three stretches; the slanted path gives none
