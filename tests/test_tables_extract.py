"""Table cells: headers, units from the headers, scaled values; flattened and grid layouts; checks."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.extract.checks import extract_checks
from pipeline.extract.tables import header_unit
from pipeline.nlp.language import extract_all, extracted_rows
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


def test_a_unit_before_the_forecast_year_of_a_header_is_the_units() -> None:
    assert header_unit("每股收益（元） 2025E") == "元"
    assert header_unit("市盈率（倍）2024A") == "倍"
    assert header_unit("归母净利润（百万元） 2026年") == "百万元"
    assert header_unit("营业收入（2024年）") == ""  # a bracket of a period holds no unit
    table = ("公司\t现价（元）\tEPS（元） 2025E\tPE（倍） 2025E\n宁德时代\t250.30\t12.10\t20.7\n"
             "比亚迪\t280.00\t15.20\t18.4")
    cells = {(c["row"], c["column"]): c for c in extract_all(_doc([("caption", "表3 可比公司估值"),
                                                                  ("table", table)]))["tables"]}
    assert (cells[(0, 1)]["value"], cells[(0, 1)]["unit"]) == (Decimal("12.10"), "CNY")
    assert (cells[(1, 2)]["value"], cells[(1, 2)]["unit"]) == (Decimal("18.4"), "x")


def test_a_range_cell_gives_two_numbers() -> None:
    table = "基础数据\t\n每股净资产（元）\t8.35\n52周最高/最低价（元）\t18.20-31.45\n目标价区间（元）\t35.0~40.0"
    numbers = extract_all(_doc([("caption", "表1 基础数据"), ("table", table)]))["numbers"]
    assert [(n["text"], n["value"], n["unit"]) for n in numbers] == [
        ("8.35", Decimal("8.35"), "CNY"), ("18.20", Decimal("18.20"), "CNY"), ("31.45", Decimal("31.45"), "CNY"),
        ("35.0", Decimal("35.0"), "CNY"), ("40.0", Decimal("40.0"), "CNY")]
    # a year span in a cell stays a period, no numbers
    years = "项目\t期间\n样本区间\t2015-2023"
    assert extract_all(_doc([("caption", "表2 样本"), ("table", years)]))["numbers"] == []


def test_rate_and_return_columns_get_no_sum_identity() -> None:
    # Yearly returns of strategies (all in %): a column that happens to equal the sum of two others in most rows
    # is a coincidence, rates never add up (round 13).
    returns = ("年份\t基准收益\t超额收益\t策略收益\n2019年\t12.0%\t3.5%\t15.5%\n2020年\t-4.0%\t6.1%\t2.1%\n"
               "2021年\t8.8%\t1.2%\t10.0%")
    assert _checks_of("table_sum", [("caption", "表5 分年度收益"), ("table", returns)]) == []
    # ratios written without a unit: the header names them (夏普比率, 卡玛比率, 回撤)
    ratios = "组合\t夏普比率\t卡玛比率\t收益回撤比\n组合A\t1.2\t0.8\t2.0\n组合B\t0.9\t0.6\t1.5\n组合C\t1.1\t0.4\t1.5"
    assert _checks_of("table_sum", [("caption", "表6 风险收益特征"), ("table", ratios)]) == []


def test_columns_sharing_one_header_get_no_sum_identity() -> None:
    # call, put and spread under one contract header: which column is which the header does not say.
    quotes = ("执行价\t近月合约\t近月合约\t近月合约\n2.50\t0.4885\t0.0044\t0.4841\n2.60\t0.3932\t0.0087\t0.3845\n"
              "2.70\t0.2864\t0.0025\t0.2839")
    assert _checks_of("table_sum", [("caption", "表1 期权报价"), ("table", quotes)]) == []


def test_amount_and_movement_columns_keep_their_identity() -> None:
    # amounts still add up, and a movement table's change column too (年末 = 年初 + 本年增减)
    trade = "年份\t进出口总额（亿元）\t出口额（亿元）\t进口额（亿元）\n2021年\t390\t217\t173\n2022年\t420\t236\t184"
    assert [c["status"] for c in _checks_of("table_sum", [("caption", "表3 贸易"), ("table", trade)])] == [
        "pass", "pass"]
    moves = ("项目\t年初余额（万元）\t本年增减（万元）\t年末余额（万元）\n应收账款\t100\t20\t120\n"
             "存货\t80\t-5\t75\n固定资产\t300\t30\t330")
    assert [c["status"] for c in _checks_of("table_sum", [("caption", "表4 变动"), ("table", moves)])] == [
        "pass", "pass", "pass"]


REVENUE = "地区\t2022年\t2023年\n东区\t1102\t1187\n西区\t2046\t1995"


def _claim_checks(blocks: list[tuple[str, str]]) -> list[dict]:
    return [c for c in extract_all(_doc(blocks))["checks"] if c["kind"] == "claim_vs_table"]


def test_claim_time_is_the_cells_column_year() -> None:
    # The table's years are columns: a claim in the right cell passes, the same value claimed for 2022 fails.
    checks = _claim_checks([("caption", "表1 各区一般公共预算收入（单位：亿元）"), ("table", REVENUE),
                            ("paragraph", "2023年，东区一般公共预算收入1187亿元，西区1995亿元。"),
                            ("paragraph", "2022年，东区一般公共预算收入1187亿元。")])
    assert [(c["status"], c["observed"]) for c in checks] == [
        ("pass", "东区 / 2023年 (2023)"), ("pass", "西区 / 2023年 (2023)"), ("fail", "东区 / 2023年 (2023)")]
    assert checks[0]["expected"] == "2023" and checks[2]["expected"] == "2022"


def test_claim_time_from_the_caption_and_only_against_a_row_it_names() -> None:
    # 表1 2022年…: the caption dates every cell. GDP growth 3.6 % equals the vegetables' growth: not checked.
    table = "产品\t产量（万吨）\t比上年增长（%）\n粮食\t71.3\t1.2\n蔬菜\t198.4\t3.6"
    text = "2022年，全市粮食总产量71.3万吨，增长1.2%。全市地区生产总值比上年增长3.6%。"
    checks = _claim_checks([("caption", "表1 2022年主要农产品产量"), ("table", table), ("paragraph", text)])
    assert [(c["status"], c["observed"]) for c in checks] == [
        ("pass", "粮食 / 产量（万吨） (2022)"), ("pass", "粮食 / 比上年增长（%） (2022)")]


def test_a_row_is_named_by_what_sets_it_apart_from_its_sibling_rows() -> None:
    # 第三产业 shares 第, 产, 业 with 第一产业 and 居民人均可支配收入 with 城镇…: the value in the wrong row is no check
    table = "产业\t增速（%）\n第一产业\t6.1\n第二产业\t4.7\n第三产业\t5.8"
    blocks = [("caption", "表1 2023年三次产业增加值增速"), ("table", table)]
    assert _claim_checks([*blocks, ("paragraph", "2023年，第三产业增加值增长6.1%。")]) == []
    named = _claim_checks([*blocks, ("paragraph", "2023年，第三产业增加值增长5.8%。")])
    assert [(c["status"], c["observed"]) for c in named] == [("pass", "第三产业 / 增速（%） (2023)")]
    income = "指标\t收入（元）\n城镇居民人均可支配收入\t51821\n农村居民人均可支配收入\t21691"
    blocks = [("caption", "表2 2023年居民收入"), ("table", income)]
    assert _claim_checks([*blocks, ("paragraph", "2023年，全市农村居民人均可支配收入达到51821元。")]) == []
    named = _claim_checks([*blocks, ("paragraph", "2023年，全市农村居民人均可支配收入达到21691元。")])
    assert [c["status"] for c in named] == ["pass"]
    # a metric that covers a row without holding it is checked when it holds what sets the row apart (粮食)
    crops = "产品\t数量（万吨）\n粮食产量\t71.3\n蔬菜产量\t198.4"
    named = _claim_checks([("caption", "表3 2022年主要农产品"), ("table", crops),
                           ("paragraph", "2022年，全市粮食总产量71.3万吨。")])
    assert [c["status"] for c in named] == ["pass"]


def test_yearless_month_columns_compare_months_and_running_totals_start_in_january() -> None:
    # 10月 and 1-10月 columns: the months decide; a 累计 row's month column holds January to that month.
    table = "项目\t10月\t1-10月\n餐饮收入\t5297\t43182"
    running = "指标\t9月\t10月\n固定资产投资累计同比\t3.1\t2.9"
    checks = _claim_checks([("caption", "表2 主要指标（亿元）"), ("table", table),
                            ("caption", "表3 投资（%）"), ("table", running),
                            ("paragraph", "2023年10月，餐饮收入5297亿元。2023年1-10月，餐饮收入43182亿元。"),
                            ("paragraph", "2023年10月，餐饮收入43182亿元。"),
                            ("paragraph", "2023年1-10月，固定资产投资累计同比增长2.9%。")])
    assert [c["status"] for c in checks] == ["pass", "pass", "fail", "pass"]
    assert checks[3]["observed"] == "固定资产投资累计同比 / 10月 (?-01/10)"


def test_the_period_a_header_writes() -> None:
    # Written years and months count, a bare year too; relative words and a merged header of two years do not.
    from pipeline.extract.checks import _Headers

    headers = _Headers(None)
    assert headers.period("年份（年) / 2009") == ("2009", None)
    assert headers.period("1-6月 / 绝对额") == (None, ("01", "06"))
    assert headers.period("表1 2022年主要农产品产量") == ("2022", None)
    assert headers.period("2023-10") == ("2023", ("10", "10"))
    assert headers.period("比上年增长（%）") == (None, None)
    assert headers.period("本月") == (None, None)
    assert headers.period("2015年 2016年预测") == (None, None)


def test_measured_cells_are_no_dates_and_anchor_nothing() -> None:
    # 1102 under 亿元 (the caption's unit) or under a year header is a quantity: the header years stay dates.
    dates = extract_all(_doc([("caption", "表1 各区一般公共预算收入（单位：亿元）"), ("table", REVENUE)]))["dates"]
    assert [d["text"] for d in dates] == ["2022年", "2023年"]
    unitless = extract_all(_doc([("caption", "表1 各区企业数"), ("table", REVENUE)]))["dates"]
    assert [d["text"] for d in unitless] == ["2022年", "2023年"]
    # a row's unit cell makes its value a quantity, and 上年 in the next row does not count from it
    table = "指标\t单位\t1-6月\n第一产业\t亿元\t1102\n居民消费价格指数\t上年=100\t100.4"
    dates = extract_all(_doc([("caption", "表1 主要指标"), ("table", table)]))["dates"]
    assert "1102" not in [d["text"] for d in dates]
    assert all(d["value"] != "1101" for d in dates)


def test_a_year_in_a_column_of_years_stays_a_date() -> None:
    # No unit and no period over it: 1998 under 成立年份 is the year it names.
    table = "企业\t成立年份\t员工（人）\n甲公司\t1998\t320\n乙公司\t2005\t1500"
    dates = extract_all(_doc([("caption", "表1 企业"), ("table", table)]))["dates"]
    assert [d["text"] for d in dates] == ["1998", "2005"]


TRADE = "年份\t总额\t出口\t进口\n2010年\t3000\t1600\t1400\n2022年\t6310\t3593\t2717"


def _checks_of(kind: str, blocks: list[tuple[str, str]]) -> list[dict]:
    return [c for c in extract_all(_doc(blocks))["checks"] if c["kind"] == kind]


def test_a_multiple_is_recomputed_from_the_column_its_metric_names() -> None:
    # 2717 / 1400 = 1.94: 是2010年的2.5倍 fails, 1.9倍 passes; a metric no column names gives no check.
    table = [("caption", "表1 历年进出口（亿美元）"), ("table", TRADE)]
    wrong = _checks_of("multiple_vs_table", [*table, ("paragraph", "2022年进口2717亿美元，是2010年的2.5倍。")])
    assert [(c["status"], c["expected"]) for c in wrong] == [("fail", "2.5")]
    assert wrong[0]["observed"] == "1.9407 = 271700000000 / 140000000000"
    right = _checks_of("multiple_vs_table", [*table, ("paragraph", "2022年进口2717亿美元，是2010年的1.9倍。")])
    assert [c["status"] for c in right] == ["pass"]
    other = _checks_of("multiple_vs_table", [*table, ("paragraph", "2022年旅客人数是2010年的2.1倍。")])
    assert other == []


def test_direction_compares_levels_not_a_change() -> None:
    # 增加了0.2万元 is the change: no level to compare; 增加到 and 减少至 name the new level.
    text = ("全市居民人均可支配收入较上年的3.7万元增加了0.2万元。新增就业岗位较上年的5.6万个减少了0.4万个。"
            "失业人员由上年末的2.1万人增加到2.4万人。亏损额由年初的12.5亿元减少至13.3亿元。")
    checks = _checks_of("direction", [("paragraph", text)])
    assert [(c["statement"], c["status"]) for c in checks] == [
        ("2.1万人 → 2.4万人 rises", "pass"), ("12.5亿元 → 13.3亿元 falls", "fail")]


def test_a_total_row_is_the_sum_of_the_rows_above() -> None:
    # 合计 at the foot against the rows above; a growth column does not add up and gets no check.
    table = "地区\t收入（亿元）\t增长（%）\n东区\t1102\t3.1\n西区\t2046\t4.2\n合计\t3248\t3.8"
    checks = _checks_of("table_total", [("caption", "表1 各区收入"), ("table", table)])
    assert [(c["statement"], c["expected"], c["observed"], c["status"]) for c in checks] == [
        ("表1 收入（亿元）: 合计 = sum of the rows above (2 of 2 counted, the rest parts of them)", "314800000000",
         "324800000000", "fail")]


def test_parts_listed_under_a_row_are_not_the_totals() -> None:
    # A 其中 row is a part of the row above it. 餐饮收入 after 其中：商品零售 may be one too (it fits within
    # 社会消费品零售总额), or not (非金融企业存款 after 其中：活期): the 合计 passes as the sum of either reading.
    nested = "项目\t10月（亿元）\n社会消费品零售总额\t43333\n其中：商品零售\t38036\n餐饮收入\t5297\n合计\t43333"
    checks = _checks_of("table_total", [("caption", "表2 社零"), ("table", nested)])
    assert [(c["expected"], c["status"]) for c in checks] == [("4333300000000", "pass")]
    flat = "项目\t余额（亿元）\n住户存款\t6543.21\n其中：活期\t2000\n非金融企业存款\t4321.09\n合计\t10864.30"
    checks = _checks_of("table_total", [("caption", "表1 存款"), ("table", flat)])
    assert [(c["expected"], c["status"]) for c in checks] == [("1086430000000", "pass")]
    wrong = flat.replace("10864.30", "12356.78")
    checks = _checks_of("table_total", [("caption", "表1 存款"), ("table", wrong)])
    assert [(c["expected"], c["observed"], c["status"]) for c in checks] == [
        ("1086430000000", "1235678000000", "fail")]


def test_subtotals_close_blocks_and_a_head_total_is_no_part() -> None:
    # 小计 is checked against its block and stands for it in the 合计: items and subtotals are not counted twice
    budget = ("项目\t2023年（亿元）\n增值税\t300\n企业所得税\t200\n小计\t500\n非税收入\t100\n"
              "国有资源有偿使用收入\t50\n小计\t150\n合计\t650")
    checks = _checks_of("table_total", [("caption", "表2 一般公共预算收入"), ("table", budget)])
    assert [(c["expected"], c["status"]) for c in checks] == [
        ("50000000000", "pass"), ("15000000000", "pass"), ("65000000000", "pass")]
    wrong = _checks_of("table_total", [("caption", "表2 一般公共预算收入"), ("table", budget.replace("650", "700"))])
    assert [c["status"] for c in wrong] == ["pass", "pass", "fail"]
    # a first row that is the sum of the rows below it is a head total (全市 above its districts)
    districts = "地区\t常住人口（万人）\n全市\t1000\n东城区\t400\n西城区\t350\n南城区\t250\n合计\t1000"
    checks = _checks_of("table_total", [("caption", "表3 各区常住人口"), ("table", districts)])
    assert [(c["expected"], c["status"]) for c in checks] == [("10000000", "pass")]


def test_a_share_with_both_amounts_is_recomputed() -> None:
    # 6031 / 16245 = 37.1 %: the stated 45.1 % fails, 37.1 % passes; a share without the whole is not checked.
    text = ("网上零售额6031亿元，占社会消费品零售总额16245亿元的45.1%。"
            "网上零售额6031亿元，占社会消费品零售总额16245亿元的37.1%。网上零售额6031亿元，占比37.1%。")
    checks = _checks_of("share", [("paragraph", text)])
    assert [(c["expected"], c["observed"], c["status"]) for c in checks] == [
        ("45.1", "37.13", "fail"), ("37.1", "37.13", "pass")]


BUDGET = ("项目\t1-6月（亿元）\n一、税收收入\t142.3\n增值税\t56.2\n企业所得税\t86.1\n二、非税收入\t56.3\n"
          "专项收入\t18.4\n其他非税收入\t37.9\n合计\t198.6")


def test_enumerated_categories_are_the_addends_and_their_items_are_not() -> None:
    # 一、/二、 rows carry their items without a 其中 mark: 142.3 + 56.3 = 198.6; a head row before them is a head total
    caption = ("caption", "表1 2024年1-6月一般公共预算收入")
    checks = _checks_of("table_total", [caption, ("table", BUDGET)])
    assert [(c["expected"], c["status"]) for c in checks] == [("19860000000", "pass")]
    headed = BUDGET.replace("项目\t1-6月（亿元）\n", "项目\t1-6月（亿元）\n一般公共预算收入\t198.6\n")
    assert [c["status"] for c in _checks_of("table_total", [caption, ("table", headed)])] == ["pass"]
    # a wrong total still fails; rows that hold the total twice over without marks cannot decide
    assert [c["status"] for c in _checks_of("table_total", [caption, ("table", BUDGET.replace("198.6", "199.9"))])] \
        == ["fail"]
    unmarked = BUDGET.replace("一、", "").replace("二、", "")
    assert [c["status"] for c in _checks_of("table_total", [caption, ("table", unmarked)])] == ["unverifiable"]


def test_a_total_may_miss_its_rows_by_their_rounding_and_a_minus_row_subtracts() -> None:
    # 0.4 + 0.4 + 0.6 = 1.4 against 1.5 (万人, one decimal): within four halves of 0.1; 1.8 is not
    table = "产业\t年末人数（万人）\n第一产业\t0.4\n第二产业\t0.4\n第三产业\t0.6\n合计\t{}"
    caption = ("caption", "表1 2023年末从业人员")
    assert [c["status"] for c in _checks_of("table_total", [caption, ("table", table.format("1.5"))])] == ["pass"]
    assert [c["status"] for c in _checks_of("table_total", [caption, ("table", table.format("1.8"))])] == ["fail"]
    # 减：所得税影响额 is subtracted; an accounting negative (1,000,000.00) is negative, in the cell and the total
    gains = ("项目\t金额（元）\n非流动性资产处置损益\t(1,000,000.00)\n计入当期损益的政府补助\t3,000,000.00\n"
             "减：所得税影响额\t500,000.00\n合计\t1,500,000.00")
    result = extract_all(_doc([("caption", "表2 非经常性损益"), ("table", gains)]))
    assert [c["status"] for c in result["checks"] if c["kind"] == "table_total"] == ["pass"]
    assert result["tables"][0]["value"] == Decimal("-1000000")
    assert Decimal("-1000000") in [n["value"] for n in result["numbers"]]


def test_a_bracketed_statistical_figure_is_no_accounting_negative() -> None:
    # 〔13.5〕 (a cumulative figure) and (12) are not the accounts' (1,234.56)
    from pipeline.extract.table_cells import cell_quantity

    assert cell_quantity("(1,234.56)", "元")[0] == Decimal("-1234.56")
    assert cell_quantity("（456.70）", "")[0] == Decimal("-456.70")
    assert cell_quantity("(12)", "")[0] != Decimal("-12")
    assert cell_quantity("〔13.5〕", "")[0] != Decimal("-13.5")
    # in a table: the cell and its number are negative
    gains = "项目\t金额（元）\n非流动性资产处置损益\t(1,000,000.00)\n计入当期损益的政府补助\t3,000,000.00"
    result = extract_all(_doc([("caption", "表2 非经常性损益"), ("table", gains)]))
    assert result["tables"][0]["value"] == Decimal("-1000000")
    assert Decimal("-1000000") in [n["value"] for n in result["numbers"]]


def test_a_plans_bounded_and_cumulative_cells_are_read_with_their_rows_unit() -> None:
    # 46以上 under 一次能源生产量（亿吨标准煤）: 4.6e9 吨标准煤, over; [2.4%] and 〔13.5〕: the figure in the brackets
    from pipeline.extract.table_cells import cell_approx, cell_quantity

    assert cell_quantity("46以上", "亿吨标准煤")[:2] == (Decimal("4600000000"), "吨标准煤")
    assert cell_quantity(">6.5", "亿吨")[:2] == (Decimal("650000000"), "吨")
    assert cell_quantity("20左右", "%")[:2] == (Decimal("20"), "%")
    assert cell_quantity("[2.4%]", "")[:2] == (Decimal("2.4"), "%")
    assert cell_quantity("〔13.5〕", "%")[:2] == (Decimal("13.5"), "%")
    assert [cell_approx(t) for t in ("46以上", ">6.5", "20左右", "≤5", "[2.4%]", "12.5")] == [
        "over", "over", "about", "under", "", ""]
    assert cell_quantity("预期性", "")[0] is None
    plan = ("指标\t2020年\t2025年\t年均/累计\n一次能源生产量（亿吨标准煤）\t40.8\t46以上\t[2.4%]\n"
            "非化石能源消费比重（%）\t15.9\t20左右\t[4.1]")
    result = extract_all(_doc([("caption", "表1 主要目标"), ("table", plan)]))
    cells = {c["value_text"]: (c["value"], c["unit"]) for c in result["tables"]}
    assert cells["46以上"] == (Decimal("4600000000"), "吨标准煤")
    assert cells["20左右"] == (Decimal("20"), "%")
    assert {n["text"]: n["approx"] for n in result["numbers"]}["46以上"] == "over"


def test_a_column_that_explains_the_missed_rows_joins_the_identity() -> None:
    # 期末 = 期初 + 增加 − 减少, 减少 blank ("—") in most rows: every row passes; a wrong row still fails
    table = ("项目\t期初余额\t本期增加\t本期减少\t期末余额\n房屋\t856.0\t45.0\t—\t901.0\n"
             "机器\t1234.0\t156.0\t23.0\t1367.0\n运输\t12.0\t2.0\t—\t14.0\n电子\t45.0\t8.0\t—\t53.0\n办公\t8.0\t1.0\t0.5\t8.5")
    caption = ("caption", "表1 固定资产（万元）")
    checks = _checks_of("table_sum", [caption, ("table", table)])
    assert {c["statement"].split(": ")[1] for c in checks} == {"期末余额 = 期初余额 + 本期增加 - 本期减少"}
    assert [c["status"] for c in checks] == ["pass"] * 5
    wrong = _checks_of("table_sum", [caption, ("table", table.replace("1367.0", "1377.0"))])
    assert [c["status"] for c in wrong] == ["pass", "fail", "pass", "pass", "pass"]


def test_a_prior_year_column_is_of_the_year_before_the_caption() -> None:
    # 上年同期 under 表1 2024年1-6月: 2023-01/06; 比上年增长 is a rate of the caption's own period
    table = "项目\t1-6月（亿元）\t上年同期（亿元）\t比上年增长（%）\n税收收入\t142.3\t134.8\t5.6"
    blocks = [("caption", "表1 2024年1-6月一般公共预算收入"), ("table", table)]
    last = _claim_checks([*blocks, ("paragraph", "2023年1-6月，全市税收收入为134.8亿元。")])
    assert [(c["status"], c["observed"]) for c in last] == [("pass", "税收收入 / 上年同期（亿元） (2023-01/06)")]
    wrong = _claim_checks([*blocks, ("paragraph", "2024年1-6月，全市税收收入为134.8亿元。")])
    assert [c["status"] for c in wrong] == ["fail"]
    rate = _claim_checks([*blocks, ("paragraph", "2024年1-6月，全市税收收入比上年增长5.6%。")])
    assert [c["status"] for c in rate] == ["pass"]


def test_an_inferred_claim_time_that_differs_from_the_table_is_unverifiable() -> None:
    # 蔬菜产量 takes 2022 from the sentence before: against a 2023 table, no fail; a written 2022 still fails
    table = "产品\t产量（万吨）\n粮食\t71.3\n蔬菜\t198.4"
    text = "2022年，全市粮食总产量71.3万吨。蔬菜产量198.4万吨。"
    checks = _claim_checks([("caption", "表1 2023年主要农产品产量"), ("table", table), ("paragraph", text)])
    assert [(c["expected"], c["status"]) for c in checks] == [("2022", "fail"), ("2022", "unverifiable")]


def test_a_rate_that_turned_from_a_decline_rises() -> None:
    # 由下降1.2%提升至增长0.8%: −1.2 → 0.8 rises; two declines compare as written (降幅扩大: 1.2 → 3 rises)
    text = ("工业增加值增速由1-10月的下降1.2%提升至增长0.8%。出口增速由增长5%回落至下降1%。"
            "出口降幅由下降1.2%扩大至下降3%。投资增速由增长2.5%回落至增长3.1%。")
    checks = _checks_of("direction", [("paragraph", text)])
    assert [(c["observed"], c["status"]) for c in checks] == [
        ("-1.2 → 0.8", "pass"), ("5 → -1", "pass"), ("1.2 → 3", "pass"), ("2.5 → 3.1", "fail")]


def test_a_multiple_prefers_the_group_column_to_the_scope_column() -> None:
    # 全省农村居民…: 全省居民 and 农村居民 are named as well; the group (农村) decides
    table = "年份\t全省居民（元）\t城镇居民（元）\t农村居民（元）\n2019\t33876\t42150\t19234\n2023\t42356\t51234\t24567"
    text = "2023年，全省农村居民人均可支配收入24567元，是2019年的1.28倍。"
    blocks = [("caption", "表1 居民人均可支配收入"), ("table", table), ("paragraph", text)]
    checks = _checks_of("multiple_vs_table", blocks)
    assert [(c["status"], c["observed"]) for c in checks] == [("pass", "1.2773 = 24567 / 19234")]


def test_traditional_totals_and_fall_words_are_checked() -> None:
    # Round 15: checks read the simplified view, so 總計/合計 rows and 減少至/下降至 in traditional text are checked.
    table = "地區\t營收（億元）\n北區\t120\n南區\t80\n總計\t210"
    totals = _checks_of("table_total", [("caption", "表1 營收"), ("table", table)])
    assert [c["status"] for c in totals] == ["fail"] and totals[0]["observed"] == "21000000000"
    good = _checks_of("table_total", [("caption", "表1 營收"), ("table", table.replace("210", "200"))])
    assert [c["status"] for c in good] == ["pass"]
    falls = _checks_of("direction", [("paragraph", "存款準備率由10.5%減少至10.8%。")])
    assert [c["status"] for c in falls] == ["fail"]
    rises = _checks_of("direction", [("paragraph", "貸款餘額由2.1萬億元增加至2.4萬億元。")])
    assert [c["status"] for c in rises] == ["pass"]


def test_traditional_caption_unit_scales_the_cells() -> None:
    # 單位：億元新台幣 in a traditional caption is the table's unit, as 单位：亿元 is.
    table = "季別\t出口\t進口\n第1季\t1,200\t980"
    cells = extract_all(_doc([("caption", "表2 進出口（單位：億元新台幣）"), ("table", table)]))["tables"]
    expected = {(Decimal("120000000000"), "TWD"), (Decimal("98000000000"), "TWD")}
    assert {(c["value"], c["unit"]) for c in cells} == expected


def test_a_unit_note_next_to_the_table_is_its_unit() -> None:
    # 注：单位为亿元 / 注：金额单位为万元 under a budget table: its cells are amounts; a % column stays %.
    table = "项目\t预算数\t执行数\t完成预算%\n教育支出\t1320\t1298\t98.3"
    for note, scale in (("注：单位为亿元。", Decimal("1e8")), ("注：金额单位为万元。", Decimal("1e4"))):
        cells = extract_all(_doc([("table", table), ("paragraph", note)]))["tables"]
        got = {c["column_header"]: (c["value"], c["unit"]) for c in cells}
        assert got["预算数"] == (1320 * scale, "CNY") and got["完成预算%"] == (Decimal("98.3"), "%")
    # a note that states no unit leaves the cells as they are
    cells = extract_all(_doc([("table", table), ("paragraph", "注：执行数为快报数。")]))["tables"]
    assert {c["unit"] for c in cells if c["column_header"] == "预算数"} == {""}


def test_bare_amounts_under_a_named_column_are_no_years() -> None:
    # 1003 under 再融资债券 (no unit anywhere) is a value of that column; a 年份/投产时间 column keeps its years.
    table = "地区\t再融资债券\t合计\n甲省\t1003\t3375\n乙省\t1093\t2639"
    assert extract_all(_doc([("table", table)]))["dates"] == []
    years = "项目\t投产时间\t产能\n一期\t2019\t120\n二期\t2021\t200"
    assert [d["text"] for d in extract_all(_doc([("table", years)]))["dates"]] == ["2019", "2021"]


def test_typeset_minus_signs_in_a_regression_table_keep_the_negative() -> None:
    # Journals typeset a negative coefficient with U+2212 or an en dash, followed by significance stars, with its
    # t value or standard error in brackets below: every such cell is the signed number.
    table = "\n".join(["变量\t(1) TFP\t(2) TFP\t(3) GTFP", "ER\t−0.142***\t0.088**\t–0.061*",
                       "\t(−3.27)\t(0.041)\t[–1.85]", "Size\t−0.029\t－0.013**\t-0.007", "样本量\t21560\t21560\t9870"])
    cells = extract_all(_doc([("caption", "表4 环境规制与生产率"), ("table", table)]))["tables"]
    got = [c["value"] for c in cells if c["row_header"] != "样本量"]
    expected = ["-0.142", "0.088", "-0.061", "-3.27", "0.041", "-1.85", "-0.029", "-0.013", "-0.007"]
    assert got == [Decimal(v) for v in expected]
    assert {c["unit"] for c in cells} == {""}


def test_an_en_dash_alone_stays_an_empty_cell() -> None:
    # – alone is a value left out, not a minus; a number after it in the next cell keeps its own sign.
    table = "指标\t2022年\t2023年\n利润\t–\t12.5\n亏损\t–\t–3.1"
    cells = extract_all(_doc([("table", table)]))["tables"]
    assert [c["value"] for c in cells if c["value"] is not None] == [Decimal("12.5"), Decimal("-3.1")]


def test_a_code_column_labels_with_its_name_and_longer_codes_are_parts() -> None:
    # 功能分类科目编码 | 科目名称: code and name label the row; 2080501 and 2080502 are parts of 20805, 2130 is new
    table = ("功能分类科目编码\t科目名称\t决算数（万元）\n20805\t行政事业单位养老支出\t620.5\n"
             "2080501\t行政单位离退休\t400.0\n2080502\t事业单位离退休\t220.5\n213\t农林水支出\t1,379.5\n"
             "合计\t\t2,000.0")
    cells = extract_all(_doc([("caption", "表3 2023年度支出决算表"), ("table", table)]))["tables"]
    assert [c["row_header"] for c in cells][:2] == ["20805 行政事业单位养老支出", "2080501 行政单位离退休"]
    checks = _checks_of("table_total", [("caption", "表3 2023年度支出决算表"), ("table", table)])
    assert [(c["expected"], c["status"]) for c in checks] == [("20000000", "pass")]
    # the total of all three coded rows would fail: a wrong total still fails
    caption = ("caption", "表3 2023年度支出决算表")
    wrong = _checks_of("table_total", [caption, ("table", table.replace("2,000.0", "2,620.5"))])
    assert [c["status"] for c in wrong] == ["fail"]
    # codes that do not extend one another are all counted
    flat = "项目编码\t项目名称\t金额（万元）\n101\t甲项目\t10\n102\t乙项目\t20\n合计\t\t30"
    checks = _checks_of("table_total", [("caption", "表1 项目支出表"), ("table", flat)])
    assert [(c["expected"], c["status"]) for c in checks] == [("300000", "pass")]


def test_a_first_column_of_numbers_without_a_code_header_is_no_code_column() -> None:
    # 年份 | 事件 beside amounts: the first column stays the label
    table = "年份\t说明\t金额（万元）\n2021\t首期\t100\n2022\t二期\t200"
    cells = extract_all(_doc([("caption", "表2 分期投入"), ("table", table)]))["tables"]
    assert all(" " not in c["row_header"] for c in cells)


def test_a_regression_tables_bracketed_t_values_are_positive() -> None:
    # Significance stars mark a regression table: (2.14) under a coefficient is its t value, not −2.14.
    starred = "\n".join(["变量\t(1) GTFP\t(2) GTFP", "DE\t0.083***\t0.061**", "\t(2.14)\t(3.05)",
                         "Lev\t−0.027\t0.012", "\t(−1.36)\t(0.58)", "样本量\t12480\t12480"])
    cells = extract_all(_doc([("caption", "表4 数字经济与绿色生产率"), ("table", starred)]))["tables"]
    bracketed = [c["value"] for c in cells if c["row_header"] == ""]
    assert bracketed == [Decimal("2.14"), Decimal("3.05"), Decimal("-1.36"), Decimal("0.58")]
    # no stars: bracketed rows without a label under rows of coefficients are standard errors
    plain = "\n".join(["变量\t全样本\t东部", "Treat×Post\t0.152\t0.118", "\t(0.07)\t(0.05)",
                       "控制变量\t是\t是", "观测值\t3,900\t1,640"])
    result = extract_all(_doc([("caption", "表7 稳健性检验"), ("table", plain)]))
    assert [c["value"] for c in result["tables"] if c["row_header"] == ""] == [Decimal("0.07"), Decimal("0.05")]
    assert not any(n["value"] < 0 for n in result["numbers"])


def test_a_financial_statements_brackets_stay_negative() -> None:
    # A statement's (1,234.56) and (23.45) are negatives; a single footnote mark does not make it a regression table.
    statement = "\n".join(["项目\t本期金额\t上期金额", "营业利润\t1,234,567.89\t987,654.32*",
                           "财务费用\t(1,234.56)\t(456.70)", "投资收益\t(23.45)\t12.50"])
    cells = extract_all(_doc([("caption", "表2 合并利润表（单位：元）"), ("table", statement)]))["tables"]
    assert [c["value"] for c in cells if c["row_header"] in ("财务费用", "投资收益")] == [
        Decimal("-1234.56"), Decimal("-456.70"), Decimal("-23.45"), Decimal("12.50")]


def test_ratios_compare_by_their_first_terms() -> None:
    # a ratio's later term is no value of its own: 2.05:1 → 1.98:1 compares 2.05 with 1.98, never 1 with 1.98
    text = ("全市城乡居民人均可支配收入之比由上年的2.05:1缩小至1.98:1。城乡收入比由2015年的2.71∶1缩小到2023年的2.33∶1。"
            "杠杆比由1:4提高到1:5。全县居民收入比由2.1:1扩大至3.4。")
    checks = _checks_of("direction", [("paragraph", text)])
    assert [(c["statement"], c["status"]) for c in checks] == [
        ("2.05 → 1.98 falls", "pass"), ("2.71 → 2.33 falls", "pass")]


def test_a_title_line_with_a_bracketed_unit_gives_the_table_its_unit(tmp_path: Path) -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import ingest_file
    from pipeline.nlp.language import load, make_doc

    path = tmp_path / "wages.md"
    path.write_text("各省份月最低工资标准（元/月）\n\n| 地区 | 第一档 | 第二档 | 第三档 |\n|---|---|---|---|\n"
                    "| 四川 | 2330 | 2200 | 2010 |\n", encoding="utf-8")
    rows = extracted_rows(load()(make_doc(clean_document(ingest_file(path)))))
    assert [(r["column_header"], r["value"], r["unit"]) for r in rows["tables"]] == [
        ("第一档", Decimal(2330), "CNY"), ("第二档", Decimal(2200), "CNY"), ("第三档", Decimal(2010), "CNY")]
    assert rows["dates"] == []  # 2010 under 第三档 is an amount, no year
