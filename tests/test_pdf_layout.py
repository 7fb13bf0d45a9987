"""PDF reading order and clean-up on pages built with reportlab: columns of any count and gutter, a
sidebar, a header on one page only, a number wrapped across lines, a caption glued to its table."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.clean import clean_document
from pipeline.ingest import ingest_file
from pipeline.readers.pdf_meta import is_placeholder
from pipeline.readers.pdf_paragraphs import strip_artefacts

pytest.importorskip("reportlab")

FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89
LEFT, RIGHT = 50.0, 545.0
FILLER = "数字经济发展带动服务贸易持续增长各地区积极推进改革开放政策落实取得新进展"


def _build(path: Path, draw_pages: list[Callable[[Any], None]], title: str = "(anonymous)") -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.setTitle(title)
    for number, draw in enumerate(draw_pages, start=1):
        draw(pdf)
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(PAGE_WIDTH / 2, 30, str(number))  # page number
        pdf.showPage()
    pdf.save()


def _paragraph(tag: str, chars: int) -> str:
    """A sentence of `chars` characters that starts with a tag naming its column."""
    body = (FILLER * (chars // len(FILLER) + 2))[: chars - len(tag) - 1]
    return f"{tag}{body}。"


def _wrap(text: str, per_line: int) -> list[str]:
    return [text[i:i + per_line] for i in range(0, len(text), per_line)]


def _draw_lines(pdf: Any, x: float, y: float, lines: list[str], size: float, leading: float) -> float:
    pdf.setFont(FONT, size)
    for line in lines:
        pdf.drawString(x, y, line)
        y -= leading
    return y


def _columns(count: int, gutter: float, size: float = 10.0) -> tuple[list[float], int]:
    width = (RIGHT - LEFT - gutter * (count - 1)) / count
    return [LEFT + i * (width + gutter) for i in range(count)], int(width // size)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _read(path: Path) -> str:
    return clean_document(ingest_file(path)).text


@pytest.mark.parametrize(("count", "gutter"), [(2, 8.0), (2, 30.0), (3, 8.0), (3, 20.0)])
def test_columns_read_one_after_another(tmp_path: Path, count: int, gutter: float) -> None:
    """Every column is read top to bottom before the next; a full-width heading comes first."""
    size = 10.0
    xs, per_line = _columns(count, gutter, size)
    tags = ["甲栏开始", "乙栏开始", "丙栏开始"][:count]
    paragraphs = [_paragraph(tag, per_line * 12 - 3) for tag in tags]

    def page(pdf: Any) -> None:
        pdf.setFont(FONT, 16)
        pdf.drawString(LEFT, 770, "跨栏标题：数字服务贸易发展报告二〇二三年度")
        for x, text in zip(xs, paragraphs, strict=True):
            _draw_lines(pdf, x, 730, _wrap(text, per_line), size, size * 1.5)

    path = tmp_path / f"columns-{count}-{gutter:g}.pdf"
    _build(path, [page])
    text = _compact(_read(path))
    positions = [text.find(p) for p in paragraphs]
    assert all(p >= 0 for p in positions), "each column is one unbroken paragraph"
    assert positions == sorted(positions)
    assert text.find("跨栏标题") < positions[0]


def test_sidebar_read_after_the_body_and_not_body_text(tmp_path: Path) -> None:
    size = 10.0
    per_line = int(340 // size)
    body = _paragraph("正文开始", per_line * 20 - 3)
    sidebar = ["分析师：张三", "执业证书编号：S0000512345678", "电话：010-12345678", "zhangsan@example.com",
               "相关报告", "数字经济周报", "2023-05-01"]

    def page(pdf: Any) -> None:
        _draw_lines(pdf, LEFT, 760, _wrap(body, per_line), size, size * 1.5)
        _draw_lines(pdf, 420, 760, sidebar, 8, 14)

    path = tmp_path / "sidebar.pdf"
    _build(path, [page])
    clean = clean_document(ingest_file(path))
    text = _compact(clean.text)
    assert body in text
    assert text.find(body) < text.find("分析师：张三")
    asides = {clean.text[b.start:b.end] for b in clean.blocks if b.kind == "aside"}
    assert {"分析师：张三", "电话：010-12345678", "2023-05-01"} <= asides


def test_header_on_one_page_only_and_page_numbers_dropped(tmp_path: Path) -> None:
    size = 11.0
    per_line = int((RIGHT - LEFT) // size)
    first = _paragraph("第一页", per_line * 8 - 3)
    second = _paragraph("第二页", per_line * 8 - 3)

    def page_one(pdf: Any) -> None:
        pdf.setFont(FONT, 8)
        pdf.drawString(LEFT, PAGE_HEIGHT - 30, "金融工程专题报告")  # a header printed on this page only
        _draw_lines(pdf, LEFT, 760, _wrap(first, per_line), size, size * 1.5)

    def page_two(pdf: Any) -> None:
        _draw_lines(pdf, LEFT, 760, _wrap(second, per_line), size, size * 1.5)

    path = tmp_path / "header.pdf"
    _build(path, [page_one, page_two])
    text = _read(path)
    assert "金融工程专题报告" not in text
    assert not any(line.strip() in {"1", "2"} for line in text.splitlines())
    assert _compact(first) in _compact(text) and _compact(second) in _compact(text)


def test_number_and_word_wrapped_across_lines_are_rejoined(tmp_path: Path) -> None:
    size = 10.0
    per_line = int((RIGHT - LEFT) // size)
    lines = [
        "据统计，" + "全年" * ((per_line - 7) // 2) + "税收收",  # a word broken at the margin
        "入增长较快，" + "其中" * ((per_line - 8) // 2) + "达到12",  # a number broken at the margin
        "3.4亿元，同比增长5.6%。",
    ]

    def page(pdf: Any) -> None:
        _draw_lines(pdf, LEFT, 760, lines, size, size * 1.5)

    path = tmp_path / "wrapped.pdf"
    _build(path, [page])
    text = _read(path)
    assert "税收收入增长较快" in text
    assert "123.4亿元" in text and "12 3.4" not in text


def test_caption_glued_to_its_table_stays_a_caption(tmp_path: Path) -> None:
    size = 10.0
    per_line = int((RIGHT - LEFT) // size)
    intro = _paragraph("表前正文", per_line * 2 - 3)
    rows = [["年份", "出口额（亿美元）", "进口额（亿美元）"], ["2023年", "1435.48", "1282.63"],
            ["2024年", "1543.75", "1396.10"]]

    def page(pdf: Any) -> None:
        y = _draw_lines(pdf, LEFT, 760, _wrap(intro, per_line), size, size * 1.5)
        pdf.drawString(LEFT, y - 4, "表1")  # the caption sits right on the table's top rule
        pdf.drawString(LEFT + 20, y - 4, "2023年以来数字服务贸易额")
        top = y - 8
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                pdf.drawString(LEFT + 10 + c * 160, top - 16 - r * 22, cell)
        for r in range(len(rows) + 1):
            pdf.line(LEFT, top - r * 22, LEFT + 480, top - r * 22)
        for c in range(4):
            pdf.line(LEFT + c * 160, top, LEFT + c * 160, top - len(rows) * 22)

    path = tmp_path / "table.pdf"
    _build(path, [page])
    lines = [line for line in _read(path).splitlines() if line]
    caption = lines.index("表1 2023年以来数字服务贸易额")
    assert lines[caption + 1:caption + 4] == ["年份\t出口额（亿美元）\t进口额（亿美元）", "2023年\t1435.48\t1282.63",
                                               "2024年\t1543.75\t1396.10"]
    assert "12023" not in "".join(lines)


def test_title_and_date_from_the_first_page_not_placeholder_metadata(tmp_path: Path) -> None:
    size = 10.0
    per_line = int((RIGHT - LEFT) // size)

    def page(pdf: Any) -> None:
        pdf.setFont(FONT, 10)
        pdf.drawString(LEFT, 790, "Table_BaseInfo")  # a template tag leaking into the text layer
        pdf.drawString(LEFT, 770, "2023 年 05 月 12 日")
        pdf.setFont(FONT, 20)
        pdf.drawString(LEFT, 740, "数字服务贸易的新趋势")
        _draw_lines(pdf, LEFT, 700, _wrap(_paragraph("正文", per_line * 3 - 3), per_line), size, size * 1.5)

    path = tmp_path / "title.pdf"
    _build(path, [page], title="(anonymous)")
    raw = ingest_file(path)
    assert raw.title == "数字服务贸易的新趋势"
    assert raw.document_date == dt.date(2023, 5, 12)
    assert "Table_BaseInfo" not in raw.text and "(anonymous)" not in raw.text


def test_placeholders_and_artefacts_are_data_driven() -> None:
    assert is_placeholder("(anonymous)") and is_placeholder("慧博投研资讯 - www.hibor.com.cn")
    assert is_placeholder("20240809-西部证券-报告.pdf") and not is_placeholder("北向资金交易能力一定强吗")
    assert strip_artefacts("Tabl e_Repor t 相关报告") == "相关报告"
    assert strip_artefacts("[table_page] 证券研究报告") == "证券研究报告"


def test_legend_entries_side_by_side_stay_apart_a_justified_gap_joins() -> None:
    from pipeline.readers.pdf_layout import Line, _merge_fragments

    legend = [Line(98, 124, 163, 132, "甲策略净值", 8.0), Line(198, 124, 254, 132, "乙组合净值", 8.0)]
    assert [x.text for x in _merge_fragments(legend)] == ["甲策略净值", "乙组合净值"]
    justified = [Line(50, 300, 300, 310, "数字经济发展带动", 10.0), Line(312, 300, 545, 310, "服务贸易增长", 10.0)]
    assert [x.text for x in _merge_fragments(justified)] == ["数字经济发展带动 服务贸易增长"]


def test_legend_entries_stacked_in_a_narrow_box_are_not_one_sentence() -> None:
    from pipeline.readers.pdf_layout import Element, Line
    from pipeline.readers.pdf_paragraphs import Page, page_text

    entries = [Line(429, 82, 493, 90, "甲策略净值", 8.0), Line(429, 93, 485, 101, "乙组合净值", 8.0)]
    legend = Element(429, 82, 493, 101, entries)
    legend.right = 493
    assert page_text([Page([legend], 842)]).lines == ["甲策略净值", "乙组合净值"]


def _one_line(x0: float, top: float, text: str, size: float = 8.0) -> Any:
    from pipeline.readers.pdf_layout import Element, Line

    x1 = x0 + size * 0.55 * len(text)
    return Element(x0, top, x1, top + size, [Line(x0, top, x1, top + size, text, size)])


def test_axis_ticks_evenly_spaced_and_stepped_are_dropped() -> None:
    from pipeline.readers.pdf_layout import without_axes

    # a right-aligned price axis, a left-aligned rate axis, a row of year-end date ticks and a merged tick line
    left = [_one_line(60 - 0.55 * 8 * len(t), 600 + 16.5 * k, t) for k, t in enumerate(["3,400", "3,200", "3,000",
                                                                                         "2,800"])]
    right = [_one_line(280, 590 + 14 * k, t) for k, t in enumerate(["0", "-0.2", "-0.4", "-0.6", "-0.8", "-1"])]
    dates = [_one_line(70 + 60 * k, 690, t) for k, t in enumerate(["2016/12/30", "2018/12/30", "2020/12/30"])]
    merged = [_one_line(300, 690, "90 95 100 105 110")]
    legends = [_one_line(90, 720, "成交额*10（右轴）"), _one_line(200, 720, "换手率(RHS)")]
    assert without_axes(left + right + dates + merged + legends) == []


def test_table_columns_and_prose_numbers_stay() -> None:
    from pipeline.readers.pdf_layout import without_axes

    # an unruled table's column of results: evenly spaced rows, but no constant step in value
    column = [_one_line(300, 400 + 15 * k, t) for k, t in enumerate(["18.32%", "13.01%", "10.26%", "8.36%"])]
    near = [_one_line(360, 400 + 15 * k, t) for k, t in enumerate(["6.3%", "5.3%", "4.2%"])]  # nearly stepped
    # a year column of an unruled table: evenly stepped, but rising down the page (an axis rises upwards)
    years = [_one_line(40, 400 + 15 * k, str(2016 + k)) for k in range(6)]
    # two numbers only, and a line of numbers that are no progression
    pair = [_one_line(100, 500, "2730"), _one_line(100, 516, "2680")]
    scores = [_one_line(100, 560, "12 15 31 8")]
    prose = [_one_line(100, 580, "如图所示，换手率在2015年达到高点后回落，其走势见下图（右）且与波动率同步变化。")]
    kept = column + near + years + pair + scores + prose
    assert without_axes(kept) == kept


def test_a_caption_does_not_run_into_the_chart_below_it() -> None:
    from pipeline.readers.pdf_layout import Element, Line
    from pipeline.readers.pdf_paragraphs import Page, page_text

    caption = Element(34, 565, 262, 575, [Line(34, 565, 262, 575, "图3：沪深300指数月度换手率与波动率", 9.0)])
    legend = Element(41, 589, 262, 597, [Line(41, 589, 262, 597, "换手率（右轴）", 9.0)])
    wrapped = Element(34, 620, 262, 642, [Line(34, 620, 262, 630, "表2：不同参数下策略的年化收益率、最大回撤与", 9.0),
                                          Line(34, 632, 150, 642, "夏普比率", 9.0)])
    for element in (caption, legend, wrapped):
        element.right = 262
    assert page_text([Page([caption, legend, wrapped], 842)]).lines == [
        "图3：沪深300指数月度换手率与波动率", "换手率（右轴）", "表2：不同参数下策略的年化收益率、最大回撤与夏普比率"]
    # prose that opens with a table's name goes on into the next box as any unfinished sentence does
    lines = [Line(34, 700, 262, 710, "表5-8展示了各策略的收益风险特征，带杠杆的策略的", 9.0),
             Line(34, 712, 262, 722, "年化收益与夏普比率均高于不带杠杆的策略，其中改进", 9.0),
             Line(34, 724, 262, 734, "策略在各品种上的", 9.0)]
    prose = Element(34, 700, 262, 734, lines)
    after = Element(34, 740, 262, 750, [Line(34, 740, 200, 750, "最大回撤均小于初始策略。", 9.0)])
    for element in (prose, after):
        element.right = 262
    prose.lines[-1].x1 = 262
    assert page_text([Page([prose, after], 842)]).lines == [
        "表5-8展示了各策略的收益风险特征，带杠杆的策略的年化收益与夏普比率均高于不带杠杆的策略，其中改进策略在各品种上的"
        "最大回撤均小于初始策略。"]
