"""Table cells: headers, units from the headers, scaled values; flattened and grid layouts; checks."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.checks import extract_checks
from pipeline.extract.tables import header_unit
from pipeline.nlp.language import extract_all
from tests.block_docs import doc_from_blocks

_doc = doc_from_blocks


# A two-level header flattened by a PDF dump: the group 出口额 has three leaves that the
# dump prints after the top row, so the values' order differs from the header lines' order.
FLAT = "\n".join([
    "贸易", "贸易总额（亿元）", "出口额", "进口额（亿元）", "出口总额（亿元）", "占世界比重（%）", "占总额比重（%）",
    "2019年", "1000", "600", "2.5", "60", "400",
    "2020年", "1200", "700", "2.75", "58.33", "500",
])


def test_header_unit() -> None:
    assert header_unit("数字服务贸易总额（亿美元）") == "亿美元"
    assert header_unit("占比（%）") == "%"
    assert header_unit("年份") == ""


def test_flattened_table_columns_follow_units_and_groups() -> None:
    doc = _doc([("caption", "表2 某国贸易"), ("table", FLAT)])
    cells = extract_all(doc)["tables"]
    assert len(cells) == 10
    by_position = {(c["row"], c["column"]): c for c in cells}
    first = by_position[(0, 0)]
    assert first["row_header"] == "2019年" and first["column_header"] == "贸易总额（亿元）"
    assert first["value"] == Decimal("100000000000") and first["unit"] == "CNY"
    assert by_position[(0, 1)]["column_header"] == "出口额 / 出口总额（亿元）"
    assert by_position[(0, 2)]["unit"] == "%" and by_position[(0, 2)]["value"] == Decimal("2.5")
    assert by_position[(1, 4)]["column_header"] == "进口额（亿元）"
    assert by_position[(1, 4)]["value"] == Decimal("50000000000")
    assert {c["table_id"] for c in cells} == {"表2"}
    for cell in cells:
        assert doc.text[cell["start"]:cell["end"]] == cell["value_text"]


def test_table_numbers_are_scaled_quantities() -> None:
    doc = _doc([("caption", "表2 某国贸易"), ("table", FLAT)])
    numbers = extract_all(doc)["numbers"]
    assert len(numbers) == 10  # the cells' values; no number is read in the table's labels
    money = [n for n in numbers if n["kind"] == "money"]
    assert len(money) == 6 and all(n["unit"] == "CNY" for n in money)
    assert sorted(n["value"] for n in numbers if n["unit"] == "%") == [
        Decimal("2.5"), Decimal("2.75"), Decimal("58.33"), Decimal("60")]


def test_grid_table_from_tab_separated_rows() -> None:
    grid = "年份\t出口额（万美元）\t增速（%）\n2021年\t35\t12.5\n2022年\t40\t14.3"
    doc = _doc([("caption", "表1 出口"), ("table", grid)])
    cells = {(c["row"], c["column"]): c for c in extract_all(doc)["tables"]}
    assert cells[(1, 0)]["row_header"] == "2022年"
    assert cells[(1, 0)]["value"] == Decimal("400000") and cells[(1, 0)]["unit"] == "USD"
    assert cells[(0, 1)]["unit"] == "%"


def test_sum_check_finds_identity_and_flags_a_bad_row() -> None:
    bad = FLAT.replace("\n1200\n", "\n1300\n") + "\n2021年\n1500\n900\n3\n60\n600"
    doc = _doc([("caption", "表2 某国贸易"), ("table", bad)])
    checks = [c for c in extract_checks(doc, {"claims": [], "numbers": []}) if c["kind"] == "table_sum"]
    assert [c["status"] for c in checks] == ["pass", "fail", "pass"]
    assert checks[1]["expected"] == "120000000000" and checks[1]["observed"] == "130000000000"
