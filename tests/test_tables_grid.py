"""Grid tables: merged cells kept in their columns, multi-level headers, units from the nearest
header (column, row or table), period header rows, quantities in the first column."""

from __future__ import annotations

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from pipeline.clean import clean_document, normalize_line
from pipeline.extract.table_cells import TableLine, is_bare_unit
from pipeline.ingest import RawDocument
from pipeline.nlp.language import extract_all, load, make_doc
from pipeline.readers.html import table_rows
from pipeline.readers.pipe_rows import pipe_tables
from tests.block_docs import doc_from_blocks

_doc = doc_from_blocks


def _cells(grid: str, caption: str = "表4 某省收支") -> dict[tuple[int, int], dict]:
    doc = _doc([("caption", caption), ("table", grid)])
    cells = extract_all(doc)["tables"]
    for cell in cells:
        assert doc.text[cell["start"]:cell["end"]] == cell["value_text"]
    return {(c["row"], c["column"]): c for c in cells}


MERGED = (
    "<table><tr><td rowspan='2'>地区</td><td colspan='2'>收入</td><td colspan='2'>支出</td></tr>"
    "<tr><td>金额（万元）</td><td>增速（%）</td><td>金额（万元）</td><td>增速（%）</td></tr>"
    "<tr><td>甲市</td><td>120</td><td>3.5</td><td>80</td><td>-1.2</td></tr></table>"
)


def test_html_merged_cells_keep_their_columns() -> None:
    rows = table_rows(BeautifulSoup(MERGED, "lxml").find("table"))
    assert rows == ["地区\t收入\t\t支出", "\t金额（万元）\t增速（%）\t金额（万元）\t增速（%）",
                    "甲市\t120\t3.5\t80\t-1.2"]


def test_html_rowspan_inside_the_body_leaves_an_empty_cell() -> None:
    markup = ("<table><tr><td>类</td><td>项</td><td>值</td></tr><tr><td rowspan='2'>甲</td><td>a</td><td>1</td></tr>"
              "<tr><td>b</td><td>2</td></tr></table>")
    assert table_rows(BeautifulSoup(markup, "lxml").find("table"))[-1] == "\tb\t2"


def test_clean_keeps_a_rows_leading_empty_cells() -> None:
    assert normalize_line("\t金额（万元）\t增速（%） ") == "\t金额（万元）\t增速（%）"
    assert normalize_line("  普通 文字  ") == "普通文字"


def test_two_level_header_units_from_the_leaf() -> None:
    grid = "\n".join(table_rows(BeautifulSoup(MERGED, "lxml").find("table")))
    cells = _cells(grid)
    assert cells[(0, 0)]["column_header"] == "收入 / 金额（万元）"
    assert cells[(0, 0)]["value"] == Decimal("1200000") and cells[(0, 0)]["unit"] == "CNY"
    assert cells[(0, 1)]["unit"] == "%" and cells[(0, 1)]["column_header"] == "收入 / 增速（%）"
    assert cells[(0, 2)]["column_header"] == "支出 / 金额（万元）"
    assert cells[(0, 3)]["value"] == Decimal("-1.2") and cells[(0, 3)]["column_header"] == "支出 / 增速（%）"
    assert cells[(0, 3)]["row_header"] == "甲市"


def test_year_header_row_is_headers_and_row_labels_carry_units() -> None:
    # a corner merged over two rows that the reader left out, years as columns, the unit of
    # each row wrapped onto a line of its own under the row label
    grid = "\n".join([
        "项目\t年份（年）", "2018\t2019\t合计",
        "发放宣传\t", "册数\t1.5\t2.5\t4.0", "（万册）",
        "讲座人数（人）\t300\t500\t800",
    ])
    cells = _cells(grid)
    assert len(cells) == 6  # the years are headers, not quantities
    first = cells[(0, 0)]
    assert first["row_header"] == "发放宣传册数（万册）" and first["column_header"] == "年份（年） / 2018"
    assert first["value"] == Decimal("15000") and first["unit"] == "册"
    assert cells[(1, 2)]["value"] == Decimal("800") and cells[(1, 2)]["unit"] == "人"


def test_year_header_numbers_are_dates_not_quantities() -> None:
    doc = _doc([("caption", "表1 产量"), ("table", "地区\t2019年\t2020年\n甲\t5\t6")])
    numbers = extract_all(doc)["numbers"]
    assert sorted(n["value"] for n in numbers) == [Decimal("5"), Decimal("6")]


def test_quantities_in_the_first_column_count() -> None:
    cells = _cells("金额（万元）\t占比（%）\n120\t30\n280\t70")
    assert cells[(0, 0)]["value"] == Decimal("1200000") and cells[(0, 0)]["unit"] == "CNY"
    assert cells[(1, 1)]["value"] == Decimal("70") and cells[(1, 1)]["unit"] == "%"


def test_serial_numbers_in_the_first_column_are_no_quantities() -> None:
    cells = _cells("序号\t产值（亿元）\n1\t3.5\n2\t4.5")
    assert {c["value_text"] for c in cells.values()} == {"3.5", "4.5"}
    assert cells[(1, 0)]["row_header"] == "2"


def test_unit_for_the_whole_table_in_a_line_of_its_own() -> None:
    cells = _cells("单位：亿元\n地区\t收入\t支出\n甲\t1.5\t2")
    assert cells[(0, 1)]["value"] == Decimal("200000000") and cells[(0, 1)]["unit"] == "CNY"


def test_spaces_a_scan_left_inside_a_number_and_merged_cells() -> None:
    grid = "项目\t甲（万人）\t乙（%）\n人数\t1. 76\t210.6 4\n合计\t10213 98.7\t39.9 19.0"
    cells = extract_all(_doc([("caption", "表5 人数"), ("table", grid)]))["tables"]
    values = sorted((c["value_text"], c["value"]) for c in cells)
    assert values == [("1. 76", Decimal("17600")), ("10213", Decimal("102130000")), ("19.0", Decimal("19.0")),
                      ("210.6 4", Decimal("210.64")), ("39.9", Decimal("39.9")), ("98.7", Decimal("987000"))]


def test_a_bracket_that_holds_no_unit_gives_none() -> None:
    cells = _cells("地区\t产值（2019年）\t产值（亿元）\n甲\t5\t6", caption="表2 各地产值（分行业）")
    assert cells[(0, 0)]["unit"] == "" and cells[(0, 0)]["value"] == Decimal("5")
    assert cells[(0, 1)]["unit"] == "CNY"


def test_caption_unit_in_brackets_applies_to_cells() -> None:
    cells = _cells("地区\t2019年\t2020年\n甲\t45.5\t50.1", caption="表2 规范管理率（%）")
    assert cells[(0, 1)]["unit"] == "%" and cells[(0, 1)]["value"] == Decimal("50.1")


def test_caption_without_separator_starts_a_table() -> None:
    text = "正文第一段。\n表3各省收入\n地区\t收入（亿元）\n甲\t5\n正文第二段。"
    raw = RawDocument("d", "d.md", "0", text, "markdown")
    clean = clean_document(raw)
    kinds = [(b.kind, clean.text[b.start:b.end]) for b in clean.blocks]
    assert ("caption", "表3各省收入") in kinds
    assert ("table", "地区\t收入（亿元）\n甲\t5") in kinds
    doc = load()(make_doc(clean))
    cells = extract_all(doc)["tables"]
    assert [(c["table_id"], c["value"], c["unit"]) for c in cells] == [("表3", Decimal("500000000"), "CNY")]


def test_year_glued_to_the_table_label_is_no_part_of_it() -> None:
    cells = _cells("地区\t2015年\t2016年\n甲\t6.9\t6.7", caption="表12015一2016年增速（单位：%）")
    assert cells[(0, 0)]["table_id"] == "表1" and cells[(0, 0)]["unit"] == "%"


def test_cell_spans_carry_headers_and_a_metric_for_claims() -> None:
    grid = "\n".join(table_rows(BeautifulSoup(MERGED, "lxml").find("table")))
    doc = _doc([("caption", "表4 某省收支"), ("table", grid)])
    cell = next(s._.cell for s in doc.spans["table_cells"] if s.text == "3.5")
    assert (cell.row_header, cell.column_header) == ("甲市", "收入 / 增速（%）")
    assert cell.metric == "甲市 收入 增速"


def test_a_table_whose_first_row_starts_with_an_empty_corner_keeps_it() -> None:
    raw = RawDocument("d", "d.md", "0", "正文。\n\n表1 产量（万吨）\n\t2019年\t2020年\n甲\t1\t2", "markdown")
    clean = clean_document(raw)
    table = next(b for b in clean.blocks if b.kind == "table")
    assert clean.text[table.start:table.end] == "\t2019年\t2020年\n甲\t1\t2"
    cells = extract_all(load()(make_doc(clean)))["tables"]
    assert [(c["column_header"], c["value"], c["unit"]) for c in cells] == [
        ("2019年", Decimal("10000"), "吨"), ("2020年", Decimal("20000"), "吨")]


def test_row_unit_in_brackets_inside_a_run_on_label() -> None:
    cells = _cells("项目\t2018年\t2019年\n报告率 (%) 及时\t99.5\t98.7\n人数（万人）\t3\t4")
    assert cells[(0, 0)]["unit"] == "%" and cells[(1, 1)]["value"] == Decimal("40000")


def test_a_symbol_in_brackets_inside_a_label_is_no_unit() -> None:
    cells = _cells("项目\t2018年\t2019年\n资本投入(K)：弹性\t0.62\t0.55")
    assert cells[(0, 0)]["unit"] == "" and cells[(0, 0)]["value"] == Decimal("0.62")


def test_a_column_of_units_gives_each_row_its_unit() -> None:
    grid = "指标\t单位\t10月\t同比增长（%）\n原煤\t万吨\t40000\t4.5\n发电量\t亿千瓦时\t6967\t8.4"
    cells = _cells(grid, "表1 主要能源产品产量")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("400000000"), "吨"), (Decimal("4.5"), "%"), (Decimal("696700000000"), "千瓦时"), (Decimal("8.4"), "%")]


def test_a_bare_or_signed_percent_sign_ends_a_percent_header() -> None:
    grid = "国别\t进出口\t进出口比去年同期±%\t同比%\t比去年同期（±%）\n总值\t343200\t0.03\t-6.5\t0.4"
    cells = _cells(grid, "表1 进出口总值表\n单位：亿元")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("34320000000000"), "CNY"), (Decimal("0.03"), "%"), (Decimal("-6.5"), "%"), (Decimal("0.4"), "%")]
    # without a table unit the cells are percentages too; a header with no percent sign is unchanged
    cells = _cells("项目\t增长%\t占比%\t企业数\n一般贸易\t1.1\t64.7\t12")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("1.1"), "%"), (Decimal("64.7"), "%"), (Decimal("12"), "")]


def test_a_table_unit_of_two_units_goes_to_its_columns() -> None:
    grid = "商品\t数量\t金额\t数量同比%\n钢材\t7400\t5400\t36.4"
    cells = _cells(grid, "表3 主要商品出口\n单位：万吨、亿元")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("74000000"), "吨"), (Decimal("540000000000"), "CNY"), (Decimal("36.4"), "%")]
    # no header says which: in order
    cells = _cells("商品\t出口\t出口\n钢材\t7400\t5400", "表3 主要商品出口\n单位：万吨、亿元")
    assert [c["unit"] for _, c in sorted(cells.items())] == ["吨", "CNY"]


def test_a_unit_line_right_above_a_table_applies_to_its_cells() -> None:
    grid = "项目\t2023年\t2022年\t本年比上年增减(%)\n营业收入\t89,340,213,642.52\t83,166,418,205.53\t7.42"
    doc = _doc([("paragraph", "单位：元　币种：人民币"), ("table", grid)])
    cells = sorted(extract_all(doc)["tables"], key=lambda c: c["column"])
    assert [(c["value"], c["unit"]) for c in cells] == [
        (Decimal("89340213642.52"), "CNY"), (Decimal("83166418205.53"), "CNY"), (Decimal("7.42"), "%")]
    doc = _doc([("paragraph", "单位：万元"), ("table", "项目\t2023年\n营业收入\t893,402.14")])
    assert [(c["value"], c["unit"]) for c in extract_all(doc)["tables"]] == [(Decimal("8934021400"), "CNY")]
    # a sentence that speaks of a unit is no unit line
    doc = _doc([("paragraph", "单位：万元的金额均按四舍五入列示。"), ("table", "项目\t2023年\n营业收入\t893,402.14")])
    assert [(c["value"], c["unit"]) for c in extract_all(doc)["tables"]] == [(Decimal("893402.14"), "")]


def test_a_unit_per_unit_is_one_table_unit() -> None:
    # 元/公斤 is a price per kilogram: every column is CNY, none is a count of 公斤
    cells = _cells("品种\t10月\t9月\t环比%\n大米\t6.12\t6.10\t0.3", "表1 主要农产品价格（单位：元/公斤）")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("6.12"), "CNY"), (Decimal("6.1"), "CNY"), (Decimal("0.3"), "%")]
    doc = _doc([("paragraph", "单位：元/平方米"), ("table", "区域\t2023年\t2022年\n城区\t12500\t13100")])
    assert [c["unit"] for c in extract_all(doc)["tables"]] == ["CNY", "CNY"]


def test_a_unit_line_gives_no_unit_to_a_second_table() -> None:
    doc = _doc([("paragraph", "单位：万元"), ("table", "项目\t2023年\n营业收入\t893,402.14"),
                ("table", "项目\t2023年\n员工人数\t1200")])
    assert [(c["row_header"], c["unit"]) for c in extract_all(doc)["tables"]] == [("营业收入", "CNY"), ("员工人数", "")]


def _text_cells(text: str) -> list[tuple[str, str, Decimal, str]]:
    doc = load()(make_doc(clean_document(RawDocument("d", "d.txt", "0", text, "text"))))
    return [(c["row_header"], c["column_header"], c["value"], c["unit"]) for c in extract_all(doc)["tables"]]


def test_a_table_aligned_with_full_width_spaces_is_a_table() -> None:
    text = ("公司主要财务数据如下。\n单位：万元\n\n项目　　　　2023年1-6月　　　　2022年1-6月　　　　增减变动\n"
            "营业收入　　385,621.33　　　　320,456.12　　　　20.33%\n"
            "净利润　　　45,678.90　　　　38,901.23　　　　17.42%\n")
    assert _text_cells(text) == [
        ("营业收入", "2023年1-6月", Decimal("3856213300"), "CNY"),
        ("营业收入", "2022年1-6月", Decimal("3204561200"), "CNY"),
        ("营业收入", "增减变动", Decimal("20.33"), "%"), ("净利润", "2023年1-6月", Decimal("456789000"), "CNY"),
        ("净利润", "2022年1-6月", Decimal("389012300"), "CNY"), ("净利润", "增减变动", Decimal("17.42"), "%")]


def test_a_table_aligned_with_single_spaces_needs_numbers_after_each_label() -> None:
    text = "表1 各利率区间占比\n单位：%\nLPR减点 LPR LPR加点\n合计 43.01 7.93 49.06\n国有商业银行 49.16 9.87 40.97\n"
    got = _text_cells(text)
    assert [(r, c, v) for r, c, v, _u in got][:3] == [
        ("合计", "LPR减点", Decimal("43.01")), ("合计", "LPR", Decimal("7.93")), ("合计", "LPR加点", Decimal("49.06"))]
    assert {u for *_rest, u in got} == {"%"}
    # one such line, or prose with spaces, is no table
    assert _text_cells("合计 43.01 7.93 49.06\n下一段文字。") == []
    assert _text_cells("2023 年 GDP 增长 5.2%\n2022 年 GDP 增长 3.0%\n") == []


def test_single_spaced_lists_that_are_no_tables() -> None:
    # contact lists (phone numbers, post codes), references (name, year, volume, page) and a chart's axes
    assert _text_cells("参会人员名单如下：\n张三 13800138000 100080\n李四 13900139000 100081\n") == []
    assert _text_cells("参考文献\n王明 2019 12 45\n李华 2020 8 33\n") == []
    axes = "图1 2019-2023年国内生产总值\n亿元 %\n2019 2020 2021 2022 2023\n986515 1013567 1149237\n6.0 2.2 8.4\n"
    assert _text_cells(axes) == []
    # a header line or a decimal makes single-spaced rows a table; years as row labels are labels
    assert len(_text_cells("样本 男 女 合计\n人数 620 580 1200\n比例 51.7 48.3 100\n")) == 6
    assert [r for r, *_ in _text_cells("年份\n2021 8.4 5.1\n2022 3.0 2.9\n")] == ["2021", "2021", "2022", "2022"]


def test_a_caption_above_aligned_rows_is_no_header() -> None:
    text = "表1 全市主要指标（单位：亿元）\n地区生产总值 12345.6 11890.2 3.8\n一般公共预算收入 1020.5 980.1 4.1\n"
    doc = load()(make_doc(clean_document(RawDocument("d", "d.txt", "0", text, "text"))))
    cells = extract_all(doc)["tables"]
    assert {(c["table_id"], c["column_header"], c["unit"]) for c in cells} == {("表1", "", "CNY")}
    assert len(cells) == 6


def test_aligned_labels_spaced_out_serial_numbers_and_unit_columns() -> None:
    # 合　　计 and 县　区 are one label; the 合计 row stays in the table
    text = ("表1　2023年分县区粮食产量\n单位：万吨\n县　区　　　　产量　　　比上年增长（%）\n"
            "东城区　　　　12.35　　　　1.2\n西湖区　　　　15.62　　　　2.4\n合　　计　　　27.97　　　　1.8\n")
    assert _text_cells(text) == [
        ("东城区", "产量", Decimal("123500"), "吨"), ("东城区", "比上年增长（%）", Decimal("1.2"), "%"),
        ("西湖区", "产量", Decimal("156200"), "吨"), ("西湖区", "比上年增长（%）", Decimal("2.4"), "%"),
        ("合计", "产量", Decimal("279700"), "吨"), ("合计", "比上年增长（%）", Decimal("1.8"), "%")]
    # a 计量单位 column between the label and the numbers
    units = ("表2　主要产品产量\n产品名称　　　　计量单位　　　产量　　　比上年增长（%）\n"
             "原煤　　　　万吨　　　　125.6　　　4.2\n发电量　　　亿千瓦时　　　86.4　　　-8.3\n")
    assert [(r, v, u) for r, _c, v, u in _text_cells(units)] == [
        ("原煤", Decimal("1256000"), "吨"), ("原煤", Decimal("4.2"), "%"),
        ("发电量", Decimal("8640000000"), "千瓦时"), ("发电量", Decimal("-8.3"), "%")]
    # a 序号 column before the names: the names are the labels
    serial = ("表1　支持标准（单位：万元）\n序号　　支持事项　　　　支持标准　　最高限额\n"
              "1　　　国家级专精特新企业　　　50　　　50\n2　　　省级专精特新企业　　　　20　　　20\n")
    assert [(r, c, v) for r, c, v, _u in _text_cells(serial)][:2] == [
        ("国家级专精特新企业", "支持标准", Decimal("500000")), ("国家级专精特新企业", "最高限额", Decimal("500000"))]
    # a contents list (a number, a title, a page) is no table
    assert _text_cells("目录\n1　　总则　　3\n2　　申报条件　　5\n") == []


def test_one_label_column_of_a_serial_or_a_group_stub() -> None:
    # 序号 | 项目名称: the names label the rows, a 合计 in the name column too; no text cell is left
    cells = _cells("序号\t项目名称\t2024年安排（万元）\n1\t城市更新改造\t85,000\n2\t职业教育园区\t36,500\n"
                   "\t合计\t121,500")
    assert [(c["row_header"], c["value"]) for c in cells.values()] == [
        ("城市更新改造", Decimal("850000000")), ("职业教育园区", Decimal("365000000")), ("合计", Decimal("1215000000"))]
    # 类别 | 指标（单位）: the group joins the item, whose unit the row's cells take
    plan = ("类别\t指标\t2020年\t2025年\n能源保障\t一次能源生产量（亿吨标准煤）\t40.8\t46\n"
            "能源保障\t发电装机容量（亿千瓦）\t22\t30\n绿色低碳\t非化石能源消费比重（%）\t15.9\t20")
    cells = _cells(plan)
    assert cells[(0, 0)]["row_header"] == "能源保障 / 一次能源生产量（亿吨标准煤）"
    assert (cells[(0, 0)]["value"], cells[(0, 0)]["unit"]) == (Decimal("4080000000"), "吨标准煤")
    assert (cells[(2, 1)]["value"], cells[(2, 1)]["unit"]) == (Decimal("20"), "%")
    # a merged group cell (blank below it) is filled from the row above
    merged = "地区\t指标\t2023年（元）\n城镇居民\t人均可支配收入\t51234\n\t人均消费支出\t33456"
    assert [c["row_header"] for c in _cells(merged).values()] == [
        "城镇居民 / 人均可支配收入", "城镇居民 / 人均消费支出"]
    # distinct names beside text (企业 | 行业) are left as they are
    firms = "企业\t行业\t营业收入（亿元）\n甲公司\t制造业\t12.5\n乙公司\t服务业\t8.1"
    assert [c["row_header"] for c in _cells(firms).values() if c["value"] is not None] == ["甲公司", "乙公司"]


def test_bounded_cells_are_body_cells_and_marked_values_keep_their_number() -> None:
    # 〔13.5〕 and >6.5 rows are no headers; 40,034① is 40034; 减少0.61个百分点 is −0.61 pp
    plan = ("指标\t2025年\t累计\n单位GDP能耗降低（%）\t—\t〔13.5〕\n粮食综合生产能力（亿吨）\t>6.5\t—\n"
            "数字经济比重（%）\t10\t—")
    assert {c["row_header"] for c in _cells(plan).values()} == {
        "单位GDP能耗降低（%）", "粮食综合生产能力（亿吨）", "数字经济比重（%）"}
    marked = _cells("年份\t全市居民（元）\n2022\t40,034①\n2023\t42,356")
    assert marked[(0, 0)]["value"] == Decimal("40034")
    changes = _cells("项目\t本年比上年增减\n毛利率\t增加0.22个百分点\n净资产收益率\t减少0.61个百分点")
    assert [(c["value"], c["unit"]) for c in changes.values()] == [(Decimal("0.22"), "pp"), (Decimal("-0.61"), "pp")]


def test_a_header_row_of_bare_units_gives_the_columns_units() -> None:
    # 2023年 | 比上年增长 over 亿元 | %: the bare units are the columns' units; 年 over years is no unit
    html = ("<table><tr><th>指标</th><th>2023年</th><th>比上年增长</th></tr><tr><th></th><th>亿元</th><th>%</th></tr>"
            "<tr><td>地区生产总值</td><td>4856.32</td><td>5.6</td></tr></table>")
    rows = table_rows(BeautifulSoup(html, "html.parser").find("table"))
    cells = _cells("\n".join(rows))
    assert [(c["value"], c["unit"]) for c in cells.values()] == [
        (Decimal("485632000000"), "CNY"), (Decimal("5.6"), "%")]
    assert not is_bare_unit("年") and is_bare_unit("亿元")
    # a % alone under words (人数 % | 人数 | %: columns a scan merged) gives no unit
    from pipeline.extract.tables import _is_unit_row

    assert _is_unit_row([TableLine("", 0), TableLine("亿元", 1), TableLine("%", 4)])
    assert not _is_unit_row([TableLine("", 0), TableLine("人数 %", 1), TableLine("人数", 6), TableLine("%", 9)])


def test_a_ranking_with_a_total_row_keeps_its_names_as_labels() -> None:
    # 排名 | 企业 with 合计 | 前三家 at the foot: the names label the rows, 合计 labels the total (checked), no year
    ranking = ("名次\t城市\t土地出让金（亿元）\n1\t杭州\t1206\n2\t上海\t1180\n3\t北京\t1045\n4\t成都\t862\n"
               "合计\t前四城\t4293")
    doc = _doc([("caption", "表2 土地出让金前四城"), ("table", ranking)])
    rows = extract_all(doc)
    assert [(c["row_header"], c["value"]) for c in rows["tables"]] == [
        ("杭州", Decimal("120600000000")), ("上海", Decimal("118000000000")), ("北京", Decimal("104500000000")),
        ("成都", Decimal("86200000000")), ("合计", Decimal("429300000000"))]
    assert [c["status"] for c in rows["checks"] if c["kind"] == "table_total"] == ["pass"]
    assert rows["dates"] == []
    # a first column of names with a total row is left as it is (no serial column to drop)
    firms = "企业\t行业\t营业收入（亿元）\n甲公司\t制造业\t12.5\n乙公司\t服务业\t8.1\n合计\t全部\t20.6"
    assert [c["row_header"] for c in _cells(firms).values() if c["value"] is not None] == ["甲公司", "乙公司", "合计"]


def test_a_title_line_ending_in_a_bracketed_unit_gives_the_table_its_unit() -> None:
    grid = "排名\t企业\t拿地金额\n1\t中海\t291.0"
    doc = _doc([("title", "2024年上半年房企拿地金额TOP20（单位：亿元）"), ("table", grid)])
    assert [(c["value"], c["unit"]) for c in extract_all(doc)["tables"] if c["column"] == 1] == [
        (Decimal("29100000000"), "CNY")]
    # a bracket that is no unit statement gives none
    doc = _doc([("title", "2024年上半年房企拿地金额TOP20（按权益口径）"), ("table", grid)])
    assert [c["unit"] for c in extract_all(doc)["tables"] if c["column"] == 1] == [""]


def test_a_title_line_ending_in_a_bare_bracketed_unit_gives_the_table_its_unit() -> None:
    # the release's title right above the table, no 表N label and no 单位：: its (%) or (万吨) is the cells' unit
    grid = "指标\t2024年6月\t2024年5月\n生产\t50.6\t50.8\n新订单\t49.5\t49.6"
    for title, unit in [("2024年6月中国制造业PMI分类指数（%）", "%"), ("2024年1-5月主要产品产量（万吨）", "吨"),
                        ("2024年6月非制造业商务活动指数（%）", "%")]:
        for kind in ("paragraph", "title"):
            doc = _doc([(kind, title), ("table", grid)])
            assert {c["unit"] for c in extract_all(doc)["tables"]} == {unit}, (title, kind)
    # a sentence above the table, or a bracket that holds no unit, gives none
    for line in ["PMI各分类指数见下表（%）。", "2024年6月中国制造业PMI分类指数（季节调整）"]:
        assert {c["unit"] for c in extract_all(_doc([("paragraph", line), ("table", grid)]))["tables"]} == {""}


def test_kuai_in_a_unit_column_or_header_counts_pieces() -> None:
    # a written unit label 亿块 / 万块 is chips, panels or modules (round 14's 块 ruling): no yuan in a table
    cells = _cells("产品名称\t单位\t5月\t同比增长（%）\n集成电路\t亿块\t373\t28.5\n汽车\t万辆\t258.1\t3.6\n"
                   "液晶显示屏\t万块\t1560\t7.2", caption="表1 2024年5月份主要产品产量")
    assert (cells[(0, 1)]["value"], cells[(0, 1)]["unit"]) == (Decimal("37300000000"), "块")
    assert (cells[(2, 1)]["value"], cells[(2, 1)]["unit"]) == (Decimal("15600000"), "块")
    assert cells[(1, 1)]["unit"] == "辆" and cells[(0, 2)]["unit"] == "%"
    header = _cells("产品\t产量（亿块）\n集成电路\t373", caption="表2 产量")
    assert (header[(0, 0)]["value"], header[(0, 0)]["unit"]) == (Decimal("37300000000"), "块")
    money = _cells("项目\t金额（万元）\n收入\t12", caption="表3 收入")
    assert money[(0, 0)]["unit"] == "CNY"


def test_a_table_unit_of_money_and_percent_gives_the_percent_to_rate_columns() -> None:
    # 单位：亿元、% above a table of amounts and their growth: the growth columns are percentages
    grid = "地区\t一般公共预算收入\t增速\t税收收入\t增速\n全市\t812.5\t3.4\t600.2\t-1.6"
    cells = _cells(grid, "表2 分地区财政收入\n单位：亿元、%")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("81250000000"), "CNY"), (Decimal("3.4"), "%"), (Decimal("60020000000"), "CNY"), (Decimal("-1.6"), "%")]
    # the caption's bracket form, a comma between the units; 比重 and 同比增长 are rates, 绝对额 an amount
    grid = "指标\t绝对额\t同比增长\t比重\n社会消费品零售总额\t2,045.6\t5.2\t38.1"
    cells = _cells(grid, "表1 上半年全市主要指标（单位：亿元，%）")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("204560000000"), "CNY"), (Decimal("5.2"), "%"), (Decimal("38.1"), "%")]
    # a measure and a percent: 产量 takes 万吨
    cells = _cells("品种\t产量\t增长\n粮食\t1,250\t2.0", "表5 主要农产品产量\n单位：万吨、%")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("12500000"), "吨"), (Decimal("2.0"), "%")]


def test_words_after_a_comma_in_a_caption_unit_are_no_unit() -> None:
    cells = _cells("指标\t本期\t上期\n收入\t12.5\t11.0", "表1 收入情况（单位：亿元，下同）")
    assert [c["unit"] for _, c in sorted(cells.items())] == ["CNY", "CNY"]


def test_a_zero_cell_in_a_scaled_table_is_zero() -> None:
    grid = "项目\t年初预算\t1-6月执行\n个人所得税\t3000\t0\n土地增值税\t0.00\t125.50"
    cells = _cells(grid, "表3 收入执行情况\n单位：万元")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        (Decimal("30000000"), "CNY"), (Decimal("0"), "CNY"), (Decimal("0"), "CNY"), (Decimal("1255000"), "CNY")]


def _file_cells(tmp_path, name: str, text: str) -> list[tuple[str, Decimal, str]]:
    """Cells (column, value, unit) of a file read as the CLI reads it: reader, cleaner, then the pipeline."""
    from pipeline.ingest import ingest_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = load()(make_doc(clean_document(ingest_file(path))))
    return [(c["column_header"], c["value"], c["unit"]) for c in extract_all(doc)["tables"]]


def test_a_heading_unit_reaches_the_cells_past_a_floated_data_note(tmp_path) -> None:
    # a heading or title ending in a bracketed unit, the table, then 数据来源：… under it: the cleaner lists the
    # note before the table, the heading's unit is still the table's (Markdown, HTML and plain text)
    md = ("前言部分介绍了行业概况。\n\n## 2020-2024年全球储能电池出货规模（亿美元）\n\n| 年份 | 出货规模 |\n|---|---|\n"
          "| 2020 | 45.80 |\n| 2021 | 61.25 |\n\n数据来源：某咨询公司\n")
    assert _file_cells(tmp_path, "a.md", md) == [
        ("出货规模", Decimal("4580000000"), "USD"), ("出货规模", Decimal("6125000000"), "USD")]
    first = ("# 各区域光伏新增装机容量（万千瓦）\n\n| 区域 | 2023年 |\n|---|---|\n| 华北 | 2310.5 |\n\n"
             "资料来源：某协会\n")
    assert [u for _, _, u in _file_cells(tmp_path, "b.md", first)] == ["千瓦"]
    html = ("<html><body><p>前言部分介绍了行业概况。</p><h3>各省跨境电商进出口额（亿元）</h3><table>"
            "<tr><th>省份</th><th>2022年</th><th>2023年</th></tr><tr><td>甲省</td><td>318.6</td><td>402.9</td></tr>"
            "</table><p>数据来源：某海关</p></body></html>")
    assert _file_cells(tmp_path, "c.html", html) == [
        ("2022年", Decimal("31860000000"), "CNY"), ("2023年", Decimal("40290000000"), "CNY")]
    text = ("前言部分介绍了行业概况。\n主要城市公共充电桩保有量（万台）\n城市　　2022年　　2023年\n"
            "甲市　　8.6　　12.4\n乙市　　6.1　　9.3\n资料来源：某联盟\n")
    assert {u for _, _, u in _file_cells(tmp_path, "d.txt", text)} == {"台"}
    # a table's own column unit still wins over the heading's; a percent column stays percentages
    own = ("## 重点企业经营情况（亿元）\n\n| 企业 | 营收（万元） | 毛利率（%） |\n|---|---|---|\n"
           "| 甲公司 | 3200 | 21.5 |\n\n数据来源：企业年报\n")
    assert _file_cells(tmp_path, "e.md", own) == [
        ("营收（万元）", Decimal("32000000"), "CNY"), ("毛利率（%）", Decimal("21.5"), "%")]


def test_a_heading_bracket_that_is_no_unit_or_a_heading_further_up_gives_none(tmp_path) -> None:
    for heading in ["## 各地区数据中心机架情况（2023年）", "## 各地区数据中心机架情况（分区域）",
                    "## 各地区数据中心机架情况（续）"]:
        md = f"{heading}\n\n| 地区 | 机架 |\n|---|---|\n| 东部 | 350.2 |\n\n数据来源：某研究院\n"
        assert [u for _, _, u in _file_cells(tmp_path, "a.md", md)] == [""], heading
    # a paragraph of running text between the heading and the table: the heading is no title of the table
    md = ("## 市场规模（亿美元）\n\n下表列出各地区的机架数量，单位各不相同。\n\n"
          "| 地区 | 机架 |\n|---|---|\n| 东部 | 350.2 |\n\n数据来源：某研究院\n")
    assert [u for _, _, u in _file_cells(tmp_path, "b.md", md)] == [""]
    # a heading over an earlier table is not the unit of the next one
    md = ("## 市场规模（亿美元）\n\n| 年份 | 规模 |\n|---|---|\n| 2022 | 12.5 |\n\n数据来源：甲\n\n"
          "下表为各地区机架数。\n\n| 地区 | 机架 |\n|---|---|\n| 东部 | 350.2 |\n\n数据来源：乙\n")
    assert [u for _, _, u in _file_cells(tmp_path, "c.md", md)] == ["USD", ""]


# Round 25: a short line past a blank line under a grid is the text around the table (the next table's lead-in or
# unit line, a note), never a row of it; a one-cell row with no blank line before it stays in the table.
@pytest.mark.parametrize(("text", "expected"), [
    ("按地区分：\n地区\t产量（万吨）\n甲省\t12.5\n乙省\t8.1\n\n按品种分：\n品种\t产量（亿斤）\n早稻\t3.2",
     [("甲省", Decimal("125000"), "吨"), ("乙省", Decimal("81000"), "吨"), ("早稻", Decimal("320000000"), "斤")]),
    ("项目\t2024年\n税收收入\t56.2\n\n单位：万人\n指标\t2024年末\n城镇就业\t41.7",
     [("税收收入", Decimal("56.2"), ""), ("城镇就业", Decimal("417000"), "人")]),
    ("地区\t销售额（亿元）\n东部\t105\n西部\t33\n\n注：东部含京津冀。",
     [("东部", Decimal("10500000000"), "CNY"), ("西部", Decimal("3300000000"), "CNY")]),
    # a wrapped row label with no blank line before it is still the table's
    ("品种\t产量（万吨）\n早稻\t3.2\n（籼稻）\n晚稻\t4.1",
     [("早稻（籼稻）", Decimal("32000"), "吨"), ("晚稻", Decimal("41000"), "吨")]),
])
def test_a_line_past_a_blank_line_under_a_grid_is_no_row(text: str, expected: list) -> None:
    clean = clean_document(RawDocument("d", "d.md", "0", "正文第一段。\n\n" + text + "\n\n正文第二段。", "markdown"))
    cells = extract_all(load()(make_doc(clean)))["tables"]
    assert [(c["row_header"], c["value"], c["unit"]) for c in cells if c["value"] is not None
            and "%" not in c["column_header"]] == expected


# Round 25: a label-only row of a grid is the start of a wrapped label, unless it is a section row (一、…, （二）…)
# or the next row's label starts an item of its own (1、…, 其中…): then it stands alone, glued to no label.
@pytest.mark.parametrize(("grid", "labels"), [
    ("项目\t金额（万元）\n一、工商税收\n营业税\t45\n房产税\t12\n（二）规费收入\n排污费\t8",
     ["营业税", "房产税", "排污费"]),
    ("项目\t预算数（万元）\n专项转移支付\n1、教育补助\t300\n2、医疗补助\t120", ["1、教育补助", "2、医疗补助"]),
    ("项目\t决算数（万元）\n上年结余\n其中：结转\t55", ["其中：结转"]),
    # the look-alike: a label a scan wrapped onto the next row still joins it
    ("项目\t金额（万元）\n城镇居民人均\n可支配收入\t41\n农村居民\t19", ["城镇居民人均可支配收入", "农村居民"]),
])
def test_a_section_row_or_a_row_before_an_item_mark_is_no_wrapped_label(grid: str, labels: list) -> None:
    cells = _cells(grid)
    assert [c["row_header"] for _, c in sorted(cells.items())] == labels
    assert all(c["unit"] == "CNY" for c in cells.values())


def test_a_unit_cell_in_the_title_rows_heads_no_column() -> None:
    # a yearbook sheet exported to HTML: the table's title and its unit are rows of the table itself
    html = ("<table><tr><td colspan=4>6-2 财政支出</td></tr>"
            "<tr><td colspan=2>本表为决算数</td><td colspan=2>单位：万元</td></tr>"
            "<tr><td rowspan=2>年份</td><td rowspan=2>支出合计</td><td colspan=2>按用途分</td></tr>"
            "<tr><td>教育</td><td>卫生健康</td></tr>"
            "<tr><td>2022</td><td>8 120</td><td>2 310</td><td>1 045</td></tr></table>")
    grid = "\n".join(table_rows(BeautifulSoup(html, "lxml").find("table")))
    cells = _cells(grid, caption="")
    assert [(c["column_header"], c["value"], c["unit"]) for _, c in sorted(cells.items())] == [
        ("支出合计", Decimal("81200000"), "CNY"), ("按用途分 / 教育", Decimal("23100000"), "CNY"),
        ("按用途分 / 卫生健康", Decimal("10450000"), "CNY")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 29: a bulletin's two-column table under its unit line: a label, a wide gap, one value a line
    ("2024年末社会保险参保人数\n单位：万人\n城镇职工基本养老保险　　2158\n城乡居民基本养老保险　　2430\n"
     "失业保险　　　　　　　　1125\n",
     [("城镇职工基本养老保险", "", Decimal("21580000"), "人"), ("城乡居民基本养老保险", "", Decimal("24300000"), "人"),
      ("失业保险", "", Decimal("11250000"), "人")]),
    # a two-cell header line between the unit line and the rows heads the value column
    ("全市金融机构存款情况\n单位：亿元\n项目　　　　　　年末余额\n住户存款　　　　12,456.8\n"
     "非金融企业存款　　8,903.5\n",
     [("住户存款", "年末余额", Decimal("1245680000000"), "CNY"),
      ("非金融企业存款", "年末余额", Decimal("890350000000"), "CNY")]),
    # runs of ASCII spaces set the cells apart too
    ("单位：万吨\n粮食    135.8\n油料    12.6\n蔬菜    402.3\n",
     [("粮食", "", Decimal("1358000"), "吨"), ("油料", "", Decimal("126000"), "吨"),
      ("蔬菜", "", Decimal("4023000"), "吨")]),
])
def test_a_two_column_table_under_a_unit_line(text: str, expected: list) -> None:
    assert _text_cells(text) == expected


@pytest.mark.parametrize("text", [
    # no unit line above: two lines that end in a figure stay text
    "城镇职工基本养老保险　　2158\n城乡居民基本养老保险　　2430\n",
    # one such line under a unit line is text
    "单位：万人\n失业保险　　1125\n全年新增就业人数稳步增长。\n",
    # a sentence line after the unit line is no row, nor are the lines after it
    "单位：万元\n本年收入合计为12,345万元，较上年增长。\n其中　　1200\n另有　　300\n",
])
def test_label_value_lines_that_are_no_table(text: str) -> None:
    assert _text_cells(text) == []


@pytest.mark.parametrize(("grid", "caption", "expected"), [
    # round 29: period columns under 单位：亿元，%: the rows that name a rate are percentages, the others amounts
    ("项目\t2024年三季度\t2024年四季度\n不良贷款余额\t33554\t32857\n不良贷款率\t1.56\t1.50\n净息差\t1.53\t1.52",
     "表6 商业银行主要监管指标（法人）\n单位：亿元，%",
     [(Decimal("3355400000000"), "CNY"), (Decimal("3285700000000"), "CNY"), (Decimal("1.56"), "%"),
      (Decimal("1.50"), "%"), (Decimal("1.53"), "%"), (Decimal("1.52"), "%")]),
    ("指标\t2023年\t2024年\n保费收入\t51247\t56963\n其中：财产险占比（%）\t26.3\t25.9\n综合赔付率\t62.4\t63.0",
     "表3 保险业经营情况（单位：亿元、%）",
     [(Decimal("5124700000000"), "CNY"), (Decimal("5696300000000"), "CNY"), (Decimal("26.3"), "%"),
      (Decimal("25.9"), "%"), (Decimal("62.4"), "%"), (Decimal("63.0"), "%")]),
    # a ratio row under an amount's header is still a ratio; a column's own unit (余额（亿元）) decides
    ("项目\t年末余额\t同比增长\n各项贷款\t2553900\t7.6\n存贷比\t84.5\t-", "表1 信贷收支\n单位：亿元，%",
     [(Decimal("255390000000000"), "CNY"), (Decimal("7.6"), "%"), (Decimal("84.5"), "%"), (None, "")]),
    ("指标\t余额（亿元）\t同比增长\n普惠小微贷款增长率\t12.0\t3.1", "表1 贷款\n单位：亿元、%",
     [(Decimal("1200000000"), "CNY"), (Decimal("3.1"), "%")]),
    # a unit of one amount only: a 率 row is left as it was (no percent stated for the table)
    ("项目\t2024年\n存款余额\t120\n贷款余额\t98", "表2 存贷款\n单位：亿元",
     [(Decimal("12000000000"), "CNY"), (Decimal("9800000000"), "CNY")]),
])
def test_rows_that_name_a_rate_take_the_tables_percent(grid: str, caption: str, expected: list) -> None:
    cells = _cells(grid, caption)
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == expected


def test_a_unit_line_of_an_amount_and_a_percent_over_period_columns() -> None:
    # the regulator's release: 单位：亿元，% on a line of its own above the table, no 表N caption
    text = ("附表：2024年商业银行主要监管指标情况表（法人）\n单位：亿元，%\n项目\t2024年三季度\t2024年四季度\n"
            "不良贷款余额\t33554\t32857\n拨备覆盖率\t209.48\t211.19\n")
    assert [(r, v, u) for r, _c, v, u in _text_cells(text)] == [
        ("不良贷款余额", Decimal("3355400000000"), "CNY"), ("不良贷款余额", Decimal("3285700000000"), "CNY"),
        ("拨备覆盖率", Decimal("209.48"), "%"), ("拨备覆盖率", Decimal("211.19"), "%")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 29: pipe rows pasted into plain text (no delimiter row) under a title and a unit line of an amount and a
    # percent: the cells take 元 and the growth column %, never 百分点; the title and the unit line stay apart
    ("全年全市居民人均可支配收入42816元，比上年增长5.1%。\n\n2024年全市居民收支主要指标\n单位：元、%\n"
     "| 指标 | 绝对数 | 比上年增长 |\n| 全体居民人均可支配收入 | 42816 | 5.1 |\n| 居民人均消费支出 | 28540 | 5.8 |\n\n"
     "全年全市规模以上工业增加值比上年增长7.2%。\n",
     [("全体居民人均可支配收入", "绝对数", Decimal("42816"), "CNY"),
      ("全体居民人均可支配收入", "比上年增长", Decimal("5.1"), "%"),
      ("居民人均消费支出", "绝对数", Decimal("28540"), "CNY"),
      ("居民人均消费支出", "比上年增长", Decimal("5.8"), "%")]),
    # a GFM delimiter row is dropped
    ("| 地区 | 粮食产量（万吨） |\n|---|---:|\n| 东城区 | 12.35 |\n| 西湖区 | 15.62 |\n",
     [("东城区", "粮食产量（万吨）", Decimal("123500"), "吨"),
      ("西湖区", "粮食产量（万吨）", Decimal("156200"), "吨")]),
    # a tab table under a title and its unit line in a text a hard-wrapped reading joins: the unit still holds
    ("2024年主要工业产品产量\n单位：万吨\n水泥\t386.4\n钢材\t215.7\n\n全年规模以上工业增加值增长7.2%\n",
     [("水泥", "", Decimal("3864000"), "吨"), ("钢材", "", Decimal("2157000"), "吨")]),
])
def test_pipe_rows_in_plain_text_are_a_table(text: str, expected: list) -> None:
    assert _text_cells(pipe_tables(text)) == expected


@pytest.mark.parametrize("text", [
    "| 仅一行 | 12 |\n下文继续。\n",  # one pipe line is text
    "选项A | 选项B 二者择一，费用为12元。\n另一行 | 说明 30 项。\n",  # pipes inside prose, no outer pipes
])
def test_pipe_lines_that_are_no_table(text: str) -> None:
    assert pipe_tables(text) == text


def test_a_rate_rows_change_column_is_points() -> None:
    # a rate row under a change column of a table of amounts and rates is still the change of a percentage
    cells = _cells("项目\t2024年四季度\t较上季末增减\n不良贷款率\t1.50\t-0.06", "表6 商业银行主要指标\n单位：亿元，%")
    assert [(c["value"], c["unit"]) for _, c in sorted(cells.items())] == [(Decimal("1.50"), "%"),
                                                                          (Decimal("-0.06"), "pp")]
