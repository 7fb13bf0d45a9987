"""Digits that are no quantities in converted articles: formula factors and formula terms, numbered
notes, type names (2型), reference separators (委员会.2018年), calendar years with 年 in titles, and a
chart's text a PDF conversion glued into a paragraph (issue 9, numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.dates import quantities_outside_dates as find_quantities
from pipeline.extract.structure import find_structure
from pipeline.nlp.language import doc_from_text, extract_all


def texts(text: str) -> list[str]:
    return [q.text for q in find_quantities(text)]


def doc_numbers(text: str) -> list[tuple[str, Decimal]]:
    return [(n["text"], n["value"]) for n in extract_all(doc_from_text(text))["numbers"]]


def test_the_factor_that_makes_a_ratio_a_percentage_is_no_quantity() -> None:
    got = doc_numbers("注：达标率=达标户数/调查户数×100%，本年达标率为 85.2% 。")
    assert got == [("85.2%", Decimal("85.2"))]
    assert doc_numbers("合格率 = 合格件数 ÷ 抽检件数 * 100%") == []


def test_the_constants_of_a_definition_formula_are_no_quantities() -> None:
    assert doc_numbers("注：每百份样本的合格数=合格数÷样本数×100，单位：份。") == []
    assert doc_numbers("周转天数=360×平均库存÷销售成本×月数÷12，本年周转天数为45天。") == [("45天", Decimal("45"))]
    # an equation without a multiplication or division sign states a value
    assert [t for t, _ in doc_numbers("当日汇率为1美元=6.5元人民币。")] == ["1美元", "6.5元人民币"]


def test_numbered_notes_after_a_colon_or_full_stop_are_labels() -> None:
    assert texts("注：1.覆盖率为覆盖人口占总人口的比例。2.到位率另计。") == []
    assert texts("说明：3.5亿元为年度预算。") == ["3.5亿元"]  # a decimal after a colon stays a number


def test_a_number_naming_a_type_is_no_quantity() -> None:
    assert texts("2型糖尿病患者与1型患者") == []
    assert texts("注：1.2型糖尿病患者管理率") == []


def test_a_dot_glued_to_a_word_is_no_decimal_point() -> None:
    assert texts("某研究院.2019年度行业报告") == []
    assert texts("增速回落 .5个百分点") == [".5个百分点"]


def test_a_calendar_year_with_nian_is_never_a_duration() -> None:
    assert texts("《2016年物价走势分析》") == []
    assert texts("历经40年发展") == ["40年"]


def test_numbers_of_a_formula_with_variables_are_terms() -> None:
    assert texts("条件为：$$ ( r \\times ( 1 - a ) ) / ( 1 - k ) > 2 $$，其中") == []
    assert texts("增速为 $4 . 5 \\%$ 。") == ["4 . 5 \\%"]


@pytest.mark.parametrize(
    ("text", "residue"),
    [
        ("持有的资产18.0 16.014.0 12.010.0大型银行9.0中型银行 0.020-1005 2101010价格风险",
         "18.0 16.014.0 12.010.0大型银行9.0中型银行 0.020-1005 2101010"),
        ("企业其他所有制8.0 6.0 4.0 2.0- ab 0.0199819992000200120022003(1-9月)料",
         "8.0 6.0 4.0 2.0- ab 0.0199819992000200120022003(1-9"),
        ("按照统计0.70 10.00.60 9.08.00.30 0产0.20资0.10 周转次数", "0.70 10.00.60 9.08.00.30 0产0.20资0.10"),
    ],
)
def test_a_charts_glued_text_is_structure(text: str, residue: str) -> None:
    spans = [(text[s.start:s.end], s.label) for s in find_structure(text)]
    assert (residue, "chart_residue") in spans


@pytest.mark.parametrize(
    "text",
    [
        "样本区间为2013.01.25-2024.07.31与2014.11.07-2024.07.31以及2015.01.05-2020.01.01共3段",
        "2019年12月31日至2020年01月05日共6天，增长1.5个百分点",
        "产量分别为12.5 13.6 14.2 15.8万吨",
        # round 31: a code's serial with a leading zero after a hyphen, then a date
        "项目编号为ZB2025-012的项目于2025年3月10日开标",
        "招标文件GC2024-007于2024年11月5日发布",
    ],
)
def test_prose_and_dates_are_no_chart_residue(text: str) -> None:
    assert not [s for s in find_structure(text) if s.label == "chart_residue"]


def test_the_noun_of_a_top_n_group_is_no_measure_word() -> None:
    assert [(q.text, q.unit) for q in find_quantities("净流入前5个股的收益")] == [("5", "")]
    assert [(q.text, q.unit) for q in find_quantities("规模前十个股表现")] == [("十", "")]
    assert [(q.text, q.unit) for q in find_quantities("行业前3 组合")] == [("3", "")]
    assert [(q.text, q.unit) for q in find_quantities("入选前500家")] == [("500家", "家")]
    assert [(q.text, q.unit) for q in find_quantities("共有3个股东")] == [("3个", "个")]


def test_a_duration_counted_with_ge_and_duo_or_ban() -> None:
    got = [(q.text, q.value, q.unit, q.kind) for q in find_quantities("车程4个多小时，航程2个半小时")]
    assert got == [("4个多小时", Decimal("4"), "hour", "duration"), ("2个半小时", Decimal("2.5"), "hour", "duration")]


def test_a_scans_letter_o_among_digits_is_a_zero() -> None:
    got = [(q.text, q.value, q.unit) for q in find_quantities("a sample of 3O5O people over 1O years")]
    assert got == [("3O5O", Decimal("3050"), ""), ("1O years", Decimal("10"), "year")]
    assert texts("O2O平台的CO2排放") == []


def test_english_durations_and_basis_points() -> None:
    assert [(q.value, q.unit) for q in find_quantities("over the next 20 years")] == [(Decimal("20"), "year")]
    assert [(q.value, q.unit) for q in find_quantities("利差收窄至85bp，")] == [(Decimal("85"), "bp")]
    assert [(q.value, q.unit, q.kind) for q in find_quantities("历时52 个周")] == [(Decimal("52"), "week", "duration")]


def test_multiples_written_with_x() -> None:
    got = [(q.text, q.unit) for q in find_quantities("对应22.5xP/E，目标估值1.8x，屏幕1280x720")]
    assert got == [("22.5x", "x"), ("1.8x", "x")]
    capital = [(q.text, q.value) for q in find_quantities("对应PE分别为18X、15X，2024年PE为25.3X/20.1X。")]
    assert capital == [("18X", Decimal(18)), ("15X", Decimal(15)), ("25.3X", Decimal("25.3")),
                       ("20.1X", Decimal("20.1"))]
    assert texts("采用4X4驱动，分辨率1920X1080") == []


def test_doubling_words() -> None:
    got = [(q.text, q.value, q.unit, q.approx) for q in find_quantities("出货量同比翻倍，收入接近翻倍，利润近翻番")]
    assert got == [("翻倍", Decimal(2), "x", ""), ("翻倍", Decimal(2), "x", "about"),
                   ("翻番", Decimal(2), "x", "about")]
    assert texts("共有12只翻倍股") == ["12只"]  # 翻倍股 names the stocks


def test_money_glued_after_latin_letters_is_money() -> None:
    assert [(q.value, q.unit) for q in find_quantities("预计2023eEPS2.15元")] == [(Decimal("2.15"), "CNY")]
    assert texts("G20峰会与5G网络") == []


def test_a_formula_or_figure_number_before_suo_shi() -> None:
    """如式2所示: 所 of 所示 counts no schools, so 式2 is a label; 3所学校 still counts."""
    assert texts("Beta分布的期望如式2所示，计算方法如公式3所示。") == []
    assert texts("全市新建3所学校，34所在京高校参与评估。") == ["3所", "34所"]


def test_subscripts_of_formula_variables_set_in_math_letters() -> None:
    """PDFs set a formula's variables in mathematical letters (𝑡1, 𝐾0, 𝜀2): the digits name the
    variable as they do in t1 or G20; a value beside them is still a quantity."""
    assert texts("其中𝑡1代表短日期区间长度，𝑡2代表长日期区间长度，𝜀1、𝜀2为误差项。") == []
    assert texts("平值期权执行价𝐾0修正为2.95元") == ["2.95元"]


def test_citation_markers_whose_closing_bracket_was_lost() -> None:
    text = "风险加大[3，而研究者王某[4在报告中指出，另见[7.8]。"
    assert [text[s.start:s.end] for s in find_structure(text)] == ["[3", "[4", "[7.8]"]
    assert texts("其中[12个]城市") == ["12个"]


def test_a_name_with_its_number_is_no_quantity() -> None:
    assert texts("对比模型2与改进方案3：调整参数") == []
    assert [q.text for q in find_quantities("改进策略2分年度收益")] == []  # 分年度 is no measure word
    assert texts("得分85分，共3组") == ["85分", "3组"]


def test_a_chinese_numeral_before_a_list_comma_and_words_is_a_list_marker() -> None:
    assert texts("核心结论一、需求回升；核心结论二、价格企稳") == []
    assert texts("分为一、二两个层级") != []  # numerals in a row stay numerals


def test_yi_as_an_article_before_zu_and_a_quarterly_report() -> None:
    assert texts("用一组指标刻画，各公司一季报显示") == []


@pytest.mark.parametrize("text", ["推进“两新一重”建设", "统筹推进「五位一體」總體布局", "“三去一降一补”取得成效"])
def test_numerals_of_a_quoted_slogan_count_nothing(text: str) -> None:
    assert texts(text) == []
    assert texts("“五大行”的贷款占比") == ["五大"]  # one numeral: a count of banks


def test_a_security_code_after_its_word_and_a_copula_is_no_quantity() -> None:
    assert doc_numbers("宁德时代股票代码为300750，营收增长5%。") == [("5%", Decimal("5"))]


@pytest.mark.parametrize("text", ["每日8时发布", "0时至24时营业", "下午3时30分开会", "18点05分出发"])
def test_hours_and_minutes_of_the_clock_are_no_quantities(text: str) -> None:
    assert doc_numbers(text) == []


def test_a_span_of_hours_stays_a_quantity() -> None:
    assert doc_numbers("耗时3小时") == [("3小时", Decimal("3"))]


@pytest.mark.parametrize("text", ["拨打热线95588咨询", "拨打电话12345", "详见附件3", "手机号为13800138000"])
def test_a_number_after_a_label_names_something(text: str) -> None:
    assert doc_numbers(text) == []


@pytest.mark.parametrize("text", ["一、二、三线城市房价上涨", "全省第一、二、三产业增加值增长"])
def test_bound_ordinals_listed_before_a_shared_word_are_no_numbers(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize("text", ["“双碳”目标提出以来，“1+N”政策体系基本建立", "实施“5+2+4”产业集群培育计划",
                                  "苹果发布iPhone 15系列手机", "执行GB/T 19001-2016标准", "统计分析均采用SPSS 26.0软件",
                                  "“618”购物节期间", "国家“863计划”", "国贸大厦28楼"])
def test_numbers_of_names_models_frameworks_and_programmes(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(("text", "kept"), [("in 31 provinces", ["31"]), ("推出5000亿计划", ["5000亿"]),
                                            ("1000 多万线上观众", ["1000 多万"])])
def test_english_prose_and_amounts_before_such_words_stay(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


def test_a_tests_threshold_is_no_quantity() -> None:
    assert texts("差异有统计学意义（P<0.05），P＜0.001。") == []


@pytest.mark.parametrize(("text", "kept"), [("中共十九届六中全会审议通过了历史决议", []),
                                            ("二十届中央纪委三次全会在北京召开", []),
                                            ("官方制造业PMI 49.5低于预期", ["49.5"]), ("三大股指涨跌不一", ["三大"])])
def test_review2_party_sessions_indicator_readings_and_bu_yi(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("“双11”当天，全国共揽收快递包裹6.39亿件。", ["6.39亿件"]),
    ("双11期间，全国快递业务量达到52.6亿件。", ["52.6亿件"]),
    ("“双十二”前后，订单量环比增长三成。", ["三成"]),
    ("双十一当天成交额增长5%。", ["5%"]),
    ("今年“十一”期间，全国高速公路累计流量达到3.76亿辆次。", ["3.76亿辆次"]),
    # counts stay: 十一个 is eleven, 一双 a pair
    ("十一个部门联合发文，共十一项措施。", ["十一个", "十一项"]),
    ("买了三双鞋。", ["三双"]),
])
def test_festival_and_holiday_names_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("十一长假期间，全国重点景区接待游客8150万人次。", ["8150万人次"]),
    ("五一小长假首日，全市地铁客运量达到1020万人次。", ["1020万人次"]),
    ("今年十一黄金周，入境游客同比增长48%。", ["48%"]),
    ("六一儿童节当天，动物园接待游客3.2万人次。", ["3.2万人次"]),
    # counts and places stay: 十一个, 十一节车厢, 五一路
    ("全市十一个区共有景区五十一家，列车编组十一节。", ["十一个", "五十一家", "十一节"]),
])
def test_unquoted_holiday_numerals_before_a_holiday_word_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("春运首日，12306网站日均访问量达到560亿次。", ["560亿次"]),
    ("铁路95306数据显示，电煤日均装车增长6.2%。", ["6.2%"]),
    ("12306日均售出车票1350万张。", ["1350万张"]),
    ("旅客可通过12306客户端办理改签，12345热线全年受理来电215万件。", ["215万件"]),
    # a count of the same digits stays: after a value word, or with a measure word and no service word
    ("全年共受理投诉12345件，当日售出12306张。", ["12345件", "12306张"]),
])
def test_service_numbers_before_their_service_word_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("10年期国债活跃券230018收益率下行1.5bp。", ["10年", "1.5bp"]),
    ("“23附息国债18”收益率下行1.5bp。", ["1.5bp"]),
    ("10年期国开债活跃券230215收益率下行1.25bp。", ["10年", "1.25bp"]),
    # amounts after bond words stay
    ("本周国债发行1200亿元，地方债到期300亿元。", ["1200亿元", "300亿元"]),
])
def test_bond_codes_and_short_names_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # round 28: a futures contract's code (YYMM) right after or before 合约 names the contract
    ("螺纹钢主力合约2505收涨0.87%，报3243元/吨。", ["0.87%", "3243元/吨"]),
    ("沪铜2406合约收于82350元/吨，全天成交18.2万手。", ["82350元/吨", "18.2万手"]),
    ("铁矿石主力合约2409，以812.5元/吨收盘，下跌6元。", ["812.5元/吨", "6元"]),
    # unchanged: an amount or a count after 合约, and four digits that are no month
    ("全部合约成交1520手，持仓量减少3.2万手。", ["1520手", "3.2万手"]),
    ("该公司本年度新签合约2356个，合约金额186亿元。", ["2356个", "186亿元"]),
])
def test_futures_contract_codes_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # round 22: a short name with the issuer right after the year, and a reopening's serial in brackets
    ("“25国开08”加权中标利率1.72%，全场倍数3.9。", ["1.72%", "3.9"]),
    ("3年期“25农发03(增发7)”中标利率1.61%。", ["3年", "1.61%"]),
    ("25进出12全场倍数为4.2倍。", ["4.2倍"]),
    # a tenor, an amount or a month after a bond word stays
    ("财政部续发30年期国债150亿元。", ["30年", "150亿元"]),
    ("10年期国债10月以来累计下行18bp。", ["10年", "18bp"]),
    ("我国已与24国开通直航。", ["24国"]),
])
def test_bond_short_names_without_a_word_between_year_and_issuer(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("医院按等级分：三级医院3523个，二级医院11145个。", ["3523个", "11145个"]),
    ("2022年全国二级以上公立医院平均住院日为8.4天。", ["8.4天"]),
    ("全国近岸海域优良（一、二类）水质海水面积比例为81.9%。", ["81.9%"]),
    ("一、二类水质占比80%，三类水质占比10%。", ["80%", "10%"]),
    ("全市共有二、三级医院50家。", ["50家"]),
    # counts of levels and kinds stay
    ("风险等级分为三级，", ["三级"]),
    ("将企业分为三类企业。", ["三类"]),
    ("研究涉及两类人群。", ["两类"]),
    # a count of levels or kinds before a noun that is not graded, or after the 、-list of the levels it counts
    ("建立省、市、县三级联动机制，重点关注三类人群。", ["三级", "三类"]),
    ("构建国家、省、市三级医疗质量控制网络。", ["三级"]),
    ("全国共有5A级景区339家，其中新增一级博物馆64家。", ["339家", "64家"]),
])
def test_grade_and_class_labels_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # one for each (一X一Y) counts nothing; 一 with its measure word elsewhere still does
    ("铁路日均装车17.8万车，一车一码全面推行。", ["17.8万车"]),
    ("推行一户一档、一企一策。", []),
    ("新增一车。", ["一车"]),
])
def test_one_for_each_is_no_number(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # round 15: 一手/二手 before the goods they describe say how many owners the goods had, no count
    ("一线城市二手住宅价格环比下降1.2%。", ["1.2%"]),
    ("本月一手住宅成交1.8万套，二手商品房成交2.6万套。", ["1.8万套", "2.6万套"]),
    ("二手房源挂牌量回落至12万套，二手设备交易额为8亿元。", ["12万套", "8亿元"]),
    # round 25: also after a 、-list of places (a list before 三级 counts levels; one before 二手 names the cities)
    ("杭州、南京、合肥二手住宅价格环比分别下降0.5%、0.4%和0.3%。", ["0.5%", "0.4%", "0.3%"]),
    ("广州、深圳二手房成交量回升。", []),
    ("建立省、市、县三级联动机制。", ["三级"]),
    # lots of shares and a two-handed plan stay as they were
    ("当日成交5手。", ["5手"]),
    ("采取两手准备。", ["两手"]),
])
def test_hand_labels_of_goods_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # round 15: 第 binds every member of the 、-list it opens (第二、三名 like 第一、二、三产业)
    ("两家公司分别位列第二、三名。", ["两家"]),
    ("该队在第3、4轮比赛中均获胜，共得12分。", ["12分"]),
    # without 第 the members are counts
    ("三名选手晋级，其中第二、三名来自上海。", ["三名"]),
])
def test_members_of_an_ordinal_list_are_ordinals(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # round 15: a shopping festival named by its digits, glued after a name or before a festival word
    ("今年淘宝618首日，家电成交额同比增长20%。", ["20%"]),
    ("抖音618期间直播带货销售额增长35%。", ["35%"]),
    ("618大促首周，手机销量为300万台。", ["300万台"]),
    # an amount that happens to be 618 stays
    ("该指数收于618点，网点数量为618。", ["618点", "618"]),
    ("全市共有618户。", ["618户"]),
])
def test_festival_numbers_are_names(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


def test_a_homes_order_is_no_count_of_homes() -> None:
    """Round 16: 二套/三套 before a word of the home or its loan, or after 首套 in the sentence, is an ordinal."""
    assert texts("二套住房公积金贷款最低首付款比例为20%。") == ["20%"]
    assert texts("多地取消限购后，三套及以上住房也可申请商业贷款。") == []
    assert texts("首套房贷利率下限取消，二套执行LPR加60个基点。") == ["60个基点"]
    # counted homes stay counts
    assert texts("该家庭名下拥有三套住房。") == ["三套"]
    assert texts("公司共推出三套装修方案。") == ["三套"]


def test_city_tiers_written_as_a_run_of_numerals_are_no_counts() -> None:
    assert texts("三四线城市新房库存去化周期较长。") == []
    assert texts("二三线城市房价环比降幅扩大，四五线楼市依旧低迷。") == []
    assert texts("一二线、三四线城市分化加剧。") == []
    assert texts("该线路全长三十公里。") == ["三十公里"]


def test_ranks_after_a_placing_word_are_no_counts() -> None:
    assert texts("龙湖、招商蛇口分列四、五名。") == []
    assert texts("两家企业分别位列3、4位。") == ["两家"]
    assert texts("本次共三名选手晋级。") == ["三名"]


def test_digits_inside_a_brands_name_are_no_quantity() -> None:
    """Round 16: digits glued into a name that runs on into an organisation's head (融360…研究院, 58安居客研究院)."""
    assert texts("据融360数字科技研究院监测，二手房贷平均利率为3.6%。") == ["3.6%"]
    assert texts("58同城研究院发布的报告显示，租金环比上涨1.2%。") == ["1.2%"]
    # values before a company word, counted groups and top-N stay numbers
    assert texts("共计300公司完成备案。") == ["300"]
    assert texts("共有58家研究院参与调研。") == ["58家"]
    assert "500" in texts("世界500强公司中有142家中国企业。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: a scale alone after a rate's separator or 每, or before a rate noun, is the rate's base
        ("欧洲TTF天然气期货收于11.2美元/百万英热单位。", ["11.2美元"]),
        ("全省煤矿百万吨死亡率降至0.05，每百万吨原煤产量耗水0.8万吨。", ["0.05", "0.8万吨"]),
        ("该地区十万人发病率为3.2。", ["3.2"]),
        # …but a scale after a qualifier or with digits stays an amount
        ("新增产能超百万吨，投资2百万元。", ["百万吨", "2百万元"]),
    ],
)
def test_a_scale_in_a_rate_base_is_no_amount(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    # round 17: a drug's or device's registration class names a category, as a grade does, and counts nothing
    ("今年前5个月，国家药监局共批准上市1类创新药16个。", ["16个"]),
    ("公司2类改良型新药和4类仿制药各获批1个。", ["1个"]),
    ("全年批准注册第三类医疗器械2,356件，其中三类创新医疗器械61件。", ["2,356件", "61件"]),
    ("该公司的一类新药已进入Ⅲ期临床。", []),
    # a count of kinds stays: after a word that counts them, with 两, or before an unregulated noun
    ("本次抽检涉及三类医疗器械。", ["三类"]),
    ("集采覆盖两类仿制药。", ["两类"]),
    ("全省共设5类药品专项检查。", ["5类"]),
])
def test_drug_and_device_registration_classes_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize("text", ["今天早晨5点钟台风中心位于海面上", "夜里11时发生险情", "清晨6时30分抵达现场",
                                  "下午三点钟开会"])
def test_hours_named_by_dianzhong_or_a_bulletins_part_of_the_day_are_no_quantities(text: str) -> None:
    assert doc_numbers(text) == []


def test_index_points_after_a_day_word_stay_quantities() -> None:
    assert doc_numbers("沪指今天上涨5点") == [("5点", Decimal("5"))]


@pytest.mark.parametrize(("text", "expected"), [
    # round 18: a quoted abbreviation of one numeral and a character (no measure word) names a set, no count
    ("全区规上工业和“四上”单位达到1530家。", [("1530家", Decimal(1530))]),
    ("牢牢兜住“三保”底线，落实“六稳”要求。", []),
    # a bare 零 glued to the word it negates names a condition
    ("实现城镇零就业家庭动态清零，对违规违纪零容忍。", []),
    ("进口关税降至零，部分商品实行零关税。", [("零", Decimal(0))]),
    # emergency response and warning levels, and the level they are raised or lowered to, are grades
    ("省防指启动防台风三级应急响应，随后将应急响应提升至二级。", []),
    ("市减灾委启动市级四级救灾应急响应，派出工作组3个。", [("3个", Decimal(3))]),
    ("气象台发布暴雨二级预警后，将防汛应急响应调整为一级。", []),
])
def test_labels_and_levels_are_no_quantities(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert doc_numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“五大行”净息差收窄，推进“三大工程”。", [("五大", Decimal(5)), ("三大", Decimal(3))]),  # sets named with 大
    ("全市分为三级应急指挥体系，共启动应急响应12次。", [("三级", Decimal(3)), ("12次", Decimal(12))]),
    ("今年实施民生实事16大类45项。", [("16大类", Decimal(16)), ("45项", Decimal(45))]),  # 大类 is a measure word
])
def test_counts_near_labels_and_levels_stay(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert doc_numbers(text) == expected


# --------------------------------------------------------------------------- round 19


@pytest.mark.parametrize(("text", "expected"), [
    ("全省查处违反八项规定精神问题2345起", ["2345起"]),
    ("各级纪委精准运用监督执纪四种形态，第一种形态占68.2%", ["68.2%"]),
    ("增强四个意识、坚定四个自信、做到两个维护", []),
    ("会议审议通过了三项规定", ["三项"]),  # a count of regulations stays
])
def test_names_of_the_discipline_genre_hold_no_count(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("12315投诉举报热线全年受理投诉3.2万件", ["3.2万件"]),
    ("开通96110反诈专线和12337举报平台", []),
    ("全市110接警总量同比下降5.1%", ["5.1%"]),
    ("市民可拨打12345政务服务便民热线咨询", []),
    ("120急救指挥中心日均接听电话2300个", ["2300个"]),
    # a count with its unit, or after a word that introduces a value, stays
    ("全年受理12345件热线来电", ["12345件"]),
    ("共接警110起", ["110起"]),
    ("全年接警量为110，其中", ["110"]),
])
def test_service_numbers_with_their_field_name_the_service(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("警方破获“5·12”特大非法集资案，涉案金额3.1亿元", [("3.1亿元", Decimal("310000000"))]),
    ("“9·16”专案共抓获犯罪嫌疑人58名", [("58名", Decimal("58"))]),
    ("“7·20”特大暴雨造成直接经济损失1200亿元", [("1200亿元", Decimal("120000000000"))]),
    ("在3·15期间共受理投诉2100件", [("2100件", Decimal("2100"))]),
    ("收益率为“5.1”倍", [("5.1", Decimal("5.1"))]),  # a quoted decimal is no M·D code
])
def test_case_and_event_codes_named_by_a_date_hold_no_number(text: str, expected: list) -> None:
    assert doc_numbers(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("组合年内收益12.5%（同期中证500-3.2%）", Decimal("-3.2")),
    ("期间上证50-1.1%，跑输组合", Decimal("-1.1")),
    ("策略超额收益显著，沪深300 -5%", Decimal("-5")),
])
def test_a_hyphen_after_an_index_name_is_a_minus(text: str, value: Decimal) -> None:
    assert doc_numbers(text)[-1][1] == value


def test_a_range_after_a_figure_stays_a_range() -> None:
    assert doc_numbers("产量由3-5万吨提高") == [("3", Decimal("30000")), ("5万吨", Decimal("50000"))]


@pytest.mark.parametrize(("text", "expected"), [
    # round 19: the members of a reporting scheme are names, no counts
    ("集团范围一和范围二排放合计为8.6万吨二氧化碳当量。", [("8.6万吨二氧化碳当量", Decimal(86000))]),
    ("本年度公司范围三排放（类别4：上游运输和配送）为2.1万吨。", [("2.1万吨", Decimal(21000))]),
    ("间接（范围2）温室气体排放量为3,200吨。", [("3,200吨", Decimal(3200))]),
    ("详见GRI 303-3 取水。本报告回应SDG 12、SDG 13。", []),
    ("Scope 3 emissions数据见下表，范围一、二排放合计52吨。", [("52吨", Decimal(52))]),
    # grades that continue a scale, and a quality's grade
    ("一类水质海域面积占比为70.1%，二类占15.2%。", [("70.1%", Decimal("70.1")), ("15.2%", Decimal("15.2"))]),
    ("一类区月最低工资标准2280元，二类区2150元，三类区2020元。",
     [("2280元", Decimal(2280)), ("2150元", Decimal(2150)), ("2020元", Decimal(2020))]),
    ("全省生态质量为二类，与上年持平。", []),
    # the base of a safety rate
    ("百万工时损失工时事故率为0.06，百万工时总可记录事件率为0.21。",
     [("0.06", Decimal("0.06")), ("0.21", Decimal("0.21"))]),
])
def test_scheme_codes_grades_and_rate_bases_are_no_quantities(text: str,
                                                                    expected: list[tuple[str, Decimal]]) -> None:
    assert doc_numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("价格波动范围3%至5%，覆盖范围10个省。", ["3%", "5%", "10个"]),  # a range's values have units
    ("全市分为三类地区，重点关注三类人群和五类企业。", ["三类", "三类", "五类"]),  # kinds counted, no scale of grades
    ("全年累计投入百万工时。", ["百万"]),  # no rate noun after the base
])
def test_counts_near_scheme_names_and_grades_stay(text: str, expected: list[str]) -> None:
    assert [t for t, _ in doc_numbers(text)] == expected


@pytest.mark.parametrize("text", [
    # a periodic report named by its quarter
    "多家银行昨日披露一季报",
    "券商板块三季报整体向好",
    # members of a list of names whose suffix is written once at the end
    "核电站5、6号机组进入调试阶段",
    "地铁2至4号线同步开通",
    # a city's four-digit service line
    "市民可拨打8345政务服务热线反映问题",
    # a stock's price-limit class in market slang
    "创业板个股某某股份20CM涨停",
])
def test_report_names_name_lists_and_service_lines(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("某科技4天3板，某电子收获3连板", [("4天", "day"), ("3板", "板"), ("3连板", "连板")]),
    ("深成指日线6连阳后回调", [("6连阳", "连阳")]),
    # counts before a list of names and a service line with a measure word stay
    ("共有3、5家企业入围", [("3", "家"), ("5家", "家")]),
    ("全年受理8345件诉求", [("8345件", "件")]),
    ("新三板挂牌公司3家", [("3家", "家")]),
])
def test_market_streaks_and_counts_that_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", [
    "该指数在 120 个经济体中排名 35",  # a rank without 第
    "综合实力位列 8，较上年前进两位",
])
def test_ranks_without_di(text: str) -> None:
    assert [q.text for q in find_quantities(text) if q.text.strip() in ("35", "8")] == []


def test_fractions_of_a_second_and_a_rank_group_stay() -> None:
    assert [(q.text, q.unit) for q in find_quantities("端到端时延低于10毫秒")] == [("10毫秒", "毫秒")]
    assert [q.text for q in find_quantities("排名前20的城市")] == ["20"]


@pytest.mark.parametrize(("text", "kept"), [
    # round 25: a corporate bond's short name in quotes or after 简称 holds no quantity
    ("本期债券简称为“24华电02”，票面利率2.08%。", ["2.08%"]),
    ("债券简称22招商G1，发行规模5亿元。", ["5亿元"]),
    ("“23国网Y3”发行规模30亿元，认购倍数2.6倍。", ["30亿元", "2.6倍"]),
    ("债券简称：21苏交05，发行规模15亿元。", ["15亿元"]),
    # look-alikes: a quoted phrase with a count, and counts after a name stay
    ("打造“15分钟生活圈”，新建口袋公园20个。", ["15分钟", "20个"]),
    ("上述企业简称“专精特新”，全市共有45家。", ["45家"]),
    ("“24小时”便民服务覆盖36个社区。", ["24小时", "36个"]),
])
def test_corporate_bond_short_names_are_no_numbers(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


# --------------------------------------------------------------------------- round 26


@pytest.mark.parametrize(("text", "expected"), [
    # 元 of "component": the urban-rural dual structure and ternary battery chemistry name no yuan
    ("加快破除城乡二元结构，推动要素双向流动。", []),
    ("公司拟投资建设年产3万吨三元前驱体项目。", ["3万吨"]),
    ("高镍三元正极材料出货量同比增长42%。", ["42%"]),
    ("公司主要产品为三元锂电池和磷酸铁锂电池。", []),
    # unchanged: a price of three or two yuan
    ("公司以每股三元的价格向激励对象授予限制性股票。", ["三元"]),
    ("每瓶售价二元。", ["二元"]),
])
def test_yuan_of_a_component_is_no_money(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --------------------------------------------------------------------------- round 28


@pytest.mark.parametrize(("text", "expected"), [
    # 二次/三次 of "secondary, tertiary" in economic terms: no count of times
    ("按美元计值，初次收入逆差385亿美元，二次收入顺差36亿美元。", ["385亿美元", "36亿美元"]),
    ("二次收入项下净流入规模较上年收窄12%。", ["12%"]),
    ("构建初次分配、再分配、三次分配协调配套的基础性制度安排。", []),
    ("全年完成老旧小区二次供水设施改造120处。", ["120处"]),
    # unchanged: a count of times
    ("该企业今年三次上调产品价格。", ["三次"]),
    ("全年共召开二次股东大会。", ["二次"]),
])
def test_secondary_and_tertiary_terms_are_no_counts(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --------------------------------------------------------------------------- round 38


@pytest.mark.parametrize(("text", "expected"), [
    # a vehicle named by its wheels: no count of wheels
    ("2023年电动两轮车销量约为1652万辆。", ["1652万辆"]),
    ("全市共有四轮低速电动车3万辆。", ["3万辆"]),
    ("两轮电动车出口增长12%。", ["12%"]),
    # unchanged: rounds of talks and a wheel count said as one
    ("双方共举行了两轮谈判。", ["两轮"]),
    ("该车型前后共有四个车轮。", ["四个"]),
])
def test_a_vehicle_named_by_its_wheels_is_no_count(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_boards_listed_count_is_a_number_not_an_index() -> None:
    # round 38: 创业板 opens index names (创业板50) but a count with its measure word after it is a count
    text = "其中，主板上市公司3183家，科创板566家，创业板1333家，北交所239家。"
    assert [t for t, _ in doc_numbers(text)] == ["3183家", "566家", "1333家", "239家"]
    # unchanged: an index's name holds no number
    expected = [("1.2%", Decimal("1.2")), ("0.5%", Decimal("0.5"))]
    assert doc_numbers("创业板50指数上涨1.2%，沪深300下跌0.5%。") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 38 mend: two rounds before 电动汽车 (four wheels): a count; the two-wheeled vehicles stay no count
    ("先后开展两轮电动汽车下乡活动", ["两轮"]),
    ("两轮电动自行车产量2万辆", ["2万辆"]),
    ("全市三轮车3万辆", ["3万辆"]),
    # SDR beside a display format after a letter scale: no special drawing right; after an amount it is one
    ("支持4K SDR和HDR显示", []),
    ("8K SDR内容", []),
    ("外汇储备余额为2.42万亿SDR", ["2.42万亿SDR"]),
    ("份额为12.5 SDR", ["12.5 SDR"]),
    # a number right before an e-mail address keeps its number (the address's local part is ASCII)
    ("报名人数120人，邮箱tjj@stats.gov.cn", ["120人"]),
    ("共收到意见36条发送至tjj@stats.gov.cn", ["36条"]),
])
def test_counts_beside_vehicle_display_and_address_words(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    # round 39: grades alone in brackets right after the graded noun they spell out are ranks, no count
    ("近岸海域水质优良（一、二类）比例为85.0%，同比上升3.1个百分点。", ["85.0%", "3.1个百分点"]),
    ("全省水质优良（二类）比例为85%。", ["85%"]),
    # near misses: a bracketed count after a word that is not graded, a count of kinds, and round 13's grade before
    # its noun stay as they were
    ("全省共有企业（三类）120家。", ["三类", "120家"]),
    ("将企业分为三类企业。", ["三类"]),
    ("全国近岸海域优良（一、二类）水质海水面积比例为81.9%。", ["81.9%"]),
    # mend: one grade in brackets after a graded word that is no quality or grade noun right at the bracket counts
    ("评价指标（三类）共12项。", ["三类", "12项"]),
    ("主要污染物（三类）排放总量下降5%。", ["三类", "5%"]),
    ("地表水水质（三类）断面比例为80%。", ["80%"]),
])
def test_bracketed_grades_after_the_graded_noun(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


# --------------------------------------------------------------------------- round 42


@pytest.mark.parametrize(("text", "expected"), [
    # 元 of a crossbreed's "way" in livestock price monitoring: a breed, no yuan
    ("截至6月26日，全国二元母猪销售价格为31.46元/公斤。", ["31.46元/公斤"]),
    ("三元杂交猪出栏价格每公斤15.2元。", ["15.2元"]),
    # unchanged: an amount of two yuan, and 二元结构 (round 26)
    ("对每头能繁母猪补贴二元。", ["二元"]),
    ("加快破除城乡二元结构。", []),
    # mend: after a verb of change or subsidy or a price's 每X the numeral is the amount, the breed a look-alike
    ("今年猪肉每斤涨了三元猪肉供应偏紧。", ["三元"]),
    ("每斤便宜二元母猪肉价格下跌。", ["二元"]),
    ("今天猪肉涨了三元猪肝也涨了。", ["三元"]),
    ("猪肉每斤三元猪肉供应充足。", ["三元"]),
    # the breed stays a breed elsewhere, a verb of change after it included
    ("三元猪价格上涨，二元母猪存栏增加。", []),
    ("本周二元母猪价格涨了三元。", ["三元"]),
])
def test_yuan_of_a_crossbreed_is_no_money(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 43: the streaks of a year's review count in their own measure words, as a market wrap's do
    ("全省粮食总产量1104.7亿斤，实现“二十连丰”", [("1104.7亿斤", "斤"), ("二十连丰", "连丰")]),
    ("我省粮食生产实现“九连增”，CPI实现三连降", [("九连增", "连增"), ("三连降", "连降")]),
    ("出口四连升，进口2连减", [("四连升", "连升"), ("2连减", "连减")]),
    # 一连 is the adverb "in a row": its durations stay, and no streak of one is read
    ("价格一连涨了五天", [("五天", "day")]),
    ("进口一连减少了三个月", [("三个月", "month")]),
    ("一连三天，价格上涨", [("三天", "day")]),
    # a market wrap's streaks stay as they were
    ("沪指4连涨，深成指日线6连阳", [("4连涨", "连涨"), ("6连阳", "连阳")]),
    # mend: a compound numeral in a quoted streak is one numeral, no slogan of two (“二十一连丰” as “十九连丰”)
    ("粮食生产实现“二十一连丰”", [("二十一连丰", "连丰")]),
    ("粮食产量实现“二十二连丰”，农民收入实现“二十一连增”", [("二十二连丰", "连丰"), ("二十一连增", "连增")]),
    ("粮食实现“十九连丰”，也称“21连丰”", [("十九连丰", "连丰"), ("21连丰", "连丰")]),
    # slogans of two numerals stay none; a run of scales alone is no numeral of a slogan
    ("推进“两新一重”建设，落实“三去一降一补”", []),
    # mend: a streak word whose verb opens a word running past it is no streak (三连 a company, 降息 a policy's noun)
    ("部队三连增派兵力", []),
    ("美联储三连降息", []),
    ("美联储年内三连降息后，出口四连升级", []),
    ("CPI三连降，出口四连升", [("三连降", "连降"), ("四连升", "连升")]),
])
def test_streaks_and_the_adverb_in_a_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in find_quantities(text)] == expected
