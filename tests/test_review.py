"""The HTML review report: every document, its checks and claims, and the highlighted text."""

from __future__ import annotations

from pathlib import Path

from pipeline.process import write_outputs
from pipeline.review import annotate, write_report


def test_annotate_escapes_and_marks_without_overlap() -> None:
    html = str(annotate("<b>2020年</b>增长5%", [(3, 8, "date", "2020 (year)"), (3, 5, "number", "x"),
                                                (14, 16, "number", "5 % (percent)")]))
    assert html.startswith("&lt;b&gt;<mark class=\"date\" title=\"2020 (year)\">2020年</mark>&lt;/b&gt;")
    assert "<mark class=\"number\"" in html and html.count("<mark") == 2


def test_report_for_seed(tmp_path: Path, seed_result) -> None:
    write_outputs([seed_result], tmp_path)
    path = write_report(tmp_path)
    html = path.read_text(encoding="utf-8")
    assert path == tmp_path / "review.html"
    assert "“一带一路”数字经济合作的进展、挑战与应对" in html
    assert 'class="status-pass"' in html
    assert 'title="293985000000 USD (money)"' in html
    assert "工业和信息化部" in html


def test_number_formatting() -> None:
    from pipeline.review import format_number

    assert format_number(293985000000.0) == "293,985,000,000"
    assert format_number(4.874) == "4.874"
    assert format_number("") == ""
