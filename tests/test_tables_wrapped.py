"""Grid tables a scan printed badly: rows wrapped onto a second physical row, counts with their
shares in brackets (n (%)), captions the cleaner took for paragraphs, and tables whose unit only
the text citing them gives."""

from __future__ import annotations

from decimal import Decimal

from pipeline.nlp.language import extract_all
from tests.block_docs import doc_from_blocks


def _cells(blocks: list[tuple[str, str]]) -> list[dict]:
    doc = doc_from_blocks(blocks)
    cells = extract_all(doc)["tables"]
    for cell in cells:
        assert doc.text[cell["start"]:cell["end"]] == cell["value_text"]
    return cells


def _values(cells: list[dict]) -> list[tuple[str, Decimal, str]]:
    return [(c["value_text"], c["value"], c["unit"]) for c in cells]


def test_a_row_whose_label_and_cells_wrap_onto_the_next_row_is_one_row() -> None:
    # the first physical row has no unit and leaves the last columns empty; the second ends the
    # label with its unit and fills exactly those columns
    grid = "\n".join([
        "项目\t2020\t2021\t2022\t合计",
        "发放宣传\t1.5\t2.5\t\t",
        "手册数量（万册）\t\t\t3.0\t7.0",
        "讲座人数（人）\t300\t500\t200\t1000",
    ])
    cells = _cells([("caption", "表2 宣传情况"), ("table", grid)])
    assert _values(cells)[:4] == [("1.5", Decimal("15000"), "册"), ("2.5", Decimal("25000"), "册"),
                                  ("3.0", Decimal("30000"), "册"), ("7.0", Decimal("70000"), "册")]
    assert cells[0]["row_header"] == "发放宣传手册数量（万册）"
    assert cells[4]["value"] == Decimal("300") and cells[4]["row"] == 1


def test_last_digits_wrapped_under_their_cells_complete_them() -> None:
    # a narrow column printed the last decimal of some cells on the next row, under the cell; the
    # row's other cells show the precision (two decimals), so 64 under 18.0 gives 18.06
    grid = "\n".join([
        "项目\t2020\t2021\t2022\t合计",
        "培训次\t12.34\t15.2\t18.0\t",
        "数（万次）\t\t5\t64\t45.60",
    ])
    cells = _cells([("caption", "表3 培训情况"), ("table", grid)])
    assert _values(cells) == [("12.34", Decimal("123400"), "次"), ("15.2", Decimal("152500"), "次"),
                              ("18.0", Decimal("180600"), "次"), ("45.60", Decimal("456000"), "次")]
    assert cells[0]["row_header"] == "培训次数（万次）"


def test_stray_latin_letters_inside_a_wrapped_unit_bracket_are_dropped() -> None:
    grid = "\n".join([
        "项目\t2020\t2021",
        "举办讲座次数（万\t1.25\t3.4",
        "XY 次）\t\t6",
        "参加人数（人）\t10\t20",
    ])
    cells = _cells([("caption", "表4 讲座"), ("table", grid)])
    assert _values(cells)[:2] == [("1.25", Decimal("12500"), "次"), ("3.4", Decimal("34600"), "次")]


def test_rows_that_both_carry_units_are_never_joined() -> None:
    grid = "项目\t2020\t2021\n收入（万元）\t1.5\t\n支出（万元）\t\t2.5"
    cells = _cells([("caption", "表5 收支"), ("table", grid)])
    assert [c["row"] for c in cells] == [0, 1]


def test_counts_with_their_shares_in_brackets() -> None:
    grid = "\n".join([
        "人群\t满意\t一般\t不满意",
        "老年人\t120 (40.0)\t150(50.0)\t30 (10.0)",
        "\t(33.3)\t(55.6)",
        "学生\t45(30.0\t90 (60.0)\t15\t(10.0)",
    ])
    cells = _cells([("caption", "表6 满意度 (n, %)"), ("table", grid)])
    got = [(c["value_text"], c["value"], c["unit"]) for c in cells]
    assert got[:6] == [("120", Decimal("120"), ""), ("40.0", Decimal("40.0"), "%"),
                       ("150", Decimal("150"), ""), ("50.0", Decimal("50.0"), "%"),
                       ("30", Decimal("30"), ""), ("10.0", Decimal("10.0"), "%")]
    assert ("33.3", Decimal("33.3"), "%") in got and ("45", Decimal("45"), "") in got
    assert ("30.0", Decimal("30.0"), "%") in got and ("15", Decimal("15"), "") in got


def test_headers_naming_counts_and_percent_make_decimals_shares() -> None:
    # 人数 and % in the header, the columns shifted by the scan: a decimal up to 100 is the share,
    # an integer the count; a significance mark (*) is no part of the number
    grid = "地区\t知晓\t\t利用\n\t人数 %\t人数\t%\n城市\t4188\t83.8*\t5049 98.2"
    got = [(c["value_text"], c["unit"]) for c in _cells([("caption", "表7 知晓和利用"), ("table", grid)])]
    assert got == [("4188", ""), ("83.8", "%"), ("5049", ""), ("98.2", "%")]


def test_counts_and_shares_leave_columns_with_units_alone() -> None:
    grid = "项目\t人数（万人）\t占比（%）\n城市\t1.5\t20"
    got = [(c["value"], c["unit"]) for c in _cells([("caption", "表8 人数"), ("table", grid)])]
    assert got == [(Decimal("15000"), "人"), (Decimal("20"), "%")]


def test_a_caption_taken_for_a_paragraph_still_names_its_table() -> None:
    grid = "组\t甲\t乙\n男\t12 (40.0)\t18 (60.0)"
    cells = _cells([("paragraph", "表9某市的人数分布 $( n , \\% )$"), ("table", grid)])
    assert {c["unit"] for c in cells} == {"", "%"}
    assert not any(c["unit"] == "%" for c in _cells([
        ("paragraph", "表9某市的人数分布很广。"), ("paragraph", "其中 %"), ("table", "组\t甲\n男\t12 (40.0)")]))


def test_a_table_without_units_takes_the_unit_of_the_text_that_cites_it() -> None:
    blocks = [
        ("paragraph", "2020年，甲校本科学历教师占比 52.5% ，乙校为 31.0% ，详见表10。"),
        ("caption", "表10 教师学历"),
        ("table", "年份\t甲校\t乙校\n2019\t50.1\t30.2\n2020\t52.5\t31.0"),
    ]
    assert {(c["value_text"], c["unit"]) for c in _cells(blocks)} >= {("50.1", "%"), ("31.0", "%")}


def test_a_citing_text_whose_values_are_no_cells_gives_no_unit() -> None:
    blocks = [
        ("paragraph", "甲校教师占比 60.5% ，详见表11。"),
        ("caption", "表11 教师学历"),
        ("table", "年份\t甲校\t乙校\n2019\t50.1\t30.2"),
    ]
    assert {c["unit"] for c in _cells(blocks)} == {""}


def test_a_cell_that_writes_its_own_unit_is_that_quantity() -> None:
    grid = "行业\t上季工资\t本季工资\n建筑\t18500元\t3.5万元"
    got = [(c["value"], c["unit"]) for c in _cells([("caption", "表12 工资"), ("table", grid)])]
    assert got == [(Decimal("18500"), "CNY"), (Decimal("35000"), "CNY")]


def test_the_generic_yuan_of_a_table_is_the_currency_of_its_text() -> None:
    blocks = [
        ("paragraph", "本港今季就業人士收入中位數為19000元。"),
        ("table", "行業\t上季收入\t今季收入\n建造\t20000元\t21000元"),
        ("table", "行業\t收入（人民幣元）\n建造\t8000"),
    ]
    assert [c["unit"] for c in _cells(blocks)] == ["HKD", "HKD", "CNY"]


def test_a_change_column_of_a_percentage_table_holds_percentage_points() -> None:
    grid = "指标\t2019年\t2020年\t2020年较上年提高\n增速\t6.1\t2.3\t-3.8"
    got = {c["value_text"]: c["unit"] for c in _cells([("caption", "表13 增速（单位：%）"), ("table", grid)])}
    assert got == {"6.1": "%", "2.3": "%", "-3.8": "pp"}
    grid = "年份\t贡献率\t\t拉动增长百分点\n\t消费\t投资\t消费\t投资\n2020年\t55.0\t45.0\t1.2\t1.0"
    got = {c["value_text"]: c["unit"] for c in _cells([("caption", "表14 贡献（单位：%）"), ("table", grid)])}
    assert got == {"55.0": "%", "45.0": "%", "1.2": "pp", "1.0": "pp"}


def test_a_row_whose_unit_was_lost_takes_the_scale_the_citing_text_gives() -> None:
    blocks = [
        ("paragraph", "五年来，全市累计培训人数达2.35亿人，发放手册1.2亿册，详见表15。"),
        ("caption", "表15 培训情况"),
        ("table", "项目\t2019\t2020\t合计\n发放手册（万册）\t5000\t7000\t12000\n培训人数 n\t11.25\t12.25\t23.50"),
    ]
    got = {c["value_text"]: (c["value"], c["unit"]) for c in _cells(blocks)}
    assert got["11.25"] == (Decimal("112500000"), "人") and got["23.50"] == (Decimal("235000000"), "人")
    assert got["5000"] == (Decimal("50000000"), "册")


def test_a_lost_unit_needs_the_row_named_where_the_text_gives_the_value() -> None:
    blocks = [
        ("paragraph", "五年来，全市发放手册2.35亿册，详见表16。"),
        ("caption", "表16 培训情况"),
        ("table", "项目\t2019\t合计\n课时（万课时）\t5\t9\n培训人数 n\t11.25\t23.50"),
    ]
    got = {c["value_text"]: c["unit"] for c in _cells(blocks)}
    assert got["23.50"] == ""
