"""Numbers: one test per rule family of the annotation guidelines, plus properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import quantities_outside_dates as find_quantities
from pipeline.extract.number_context import measure_word_blocked
from pipeline.extract.numbers import parse_chinese_number


def rows(text: str) -> list[tuple[str, Decimal, str, str, str]]:
    return [(q.text, q.value, q.unit, q.kind, q.approx) for q in find_quantities(text)]


def one(text: str) -> tuple[Decimal, str, str, str]:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.unit, q.kind, q.approx


# --------------------------------------------------------------------------- numerals and scaling


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一百二十三", "123"),
        ("两", "2"),
        ("一百", "100"),
        ("二〇二〇", "2020"),
        ("十万", "100000"),
        ("一千零一", "1001"),
        ("一万零二百五十", "10250"),
        ("九万四", "94000"),
        ("一千三", "1300"),
        ("四亿五千六百四十二万零一十五", "456420015"),
        ("四万万", "400000000"),
        ("4.78万亿", "4780000000000"),
        ("7万5千4百", "75400"),
        ("1,234", "1234"),
        ("３．５", "3.5"),
        ("壹千兩百三十四萬", "12340000"),
        ("十点二三三", "10.233"),
        ("三点五亿", "350000000"),
    ],
)
def test_numeral_values(numeral: str, value: str) -> None:
    assert parse_chinese_number(numeral) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("2939.85亿美元", "293985000000", "USD", "money"),
        ("14.2万亿元", "14200000000000", "CNY", "money"),
        ("14.2 万亿元", "14200000000000", "CNY", "money"),
        ("2000 亿 美 元", "200000000000", "USD", "money"),
        ("14.1亿人", "1410000000", "人", "count"),
        ("16个国家", "16", "个", "count"),
        ("87名学员", "87", "名", "count"),
        ("12万人次", "120000", "人次", "count"),
        ("6.77兆位/秒", "6.77", "兆位/秒", "count"),
        ("千亿元", "100000000000", "CNY", "money"),
        # (round 42) the container unit written out; a noun opening with it is no unit
        ("2.8亿标准集装箱", "280000000", "标准集装箱", "count"),
        ("1.2亿標準集裝箱", "120000000", "標準集裝箱", "count"),
        ("标准集装箱码头2座", "2", "座", "count"),
    ],
)
def test_scaling_and_units(text: str, value: str | None, unit: str | None, kind: str | None) -> None:
    found = find_quantities(text)
    if value is None:
        assert found == []
        return
    assert [(q.value, q.unit, q.kind) for q in found] == [(Decimal(value), unit, kind)]


def test_values_are_exact_decimals() -> None:
    q = find_quantities("0.1亿元")[0]
    assert isinstance(q.value, Decimal)
    assert q.value == Decimal("10000000")


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("100元", "CNY"),
        ("100人民币", "CNY"),
        ("100人民币元", "CNY"),
        ("人民币1000亿元", "CNY"),
        ("5美元", "USD"),
        ("5欧元", "EUR"),
        ("5000卢布", "RUB"),
        ("300日元", "JPY"),
        ("10英镑", "GBP"),
        ("5港元", "HKD"),
        ("5港币", "HKD"),
    ],
)
def test_currency_codes(text: str, code: str) -> None:
    assert one(text)[1:3] == (code, "money")


def test_currency_subunits() -> None:
    assert one("这个手机壳五元三毛")[0] == Decimal("5.3")


# --------------------------------------------------------------------------- percent, pp, multiple


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("36.3%", "36.3", "%", "percent"),
        ("２２％", "22", "%", "percent"),
        ("百分之五", "5", "%", "percent"),
        ("百分之五十五", "55", "%", "percent"),
        ("上升0.5个百分点", "0.5", "pp", "pp"),
        ("下降3百分点", "3", "pp", "pp"),
        ("2.32倍", "2.32", "x", "multiple"),
        ("6成", "60", "%", "percent"),
        ("九成", "90", "%", "percent"),
        ("一半", "50", "%", "percent"),
        ("翻番", "2", "x", "multiple"),
        ("翻一番", "2", "x", "multiple"),
        ("翻了两番", "4", "x", "multiple"),
        ("千分之一", "0.1", "%", "percent"),
        ("增长-3.5%", "-3.5", "%", "percent"),
    ],
)
def test_percent_pp_multiple(text: str, value: str, unit: str, kind: str) -> None:
    assert one(text)[:3] == (Decimal(value), unit, kind)


def test_spoken_vague_decimals_are_lower_bounds() -> None:
    assert rows("两年平均增长5点几，")[-1] == ("5点几", Decimal(5), "", "count", "over")
    assert rows("GDP增长五点几，")[-1][1:] == (Decimal(5), "", "count", "over")
    assert rows("增速是百分之四点几。")[-1][1:] == (Decimal(4), "%", "percent", "over")
    assert rows("提高了一点几个百分点")[-1][1:] == (Decimal(1), "pp", "pp", "over")
    assert rows("CPI涨幅在零点几的水平，百分之零点几") == []  # no lower bound
    assert rows("凌晨3点几还在加班，下午五点几分到达") == []  # clock times
    assert rows("三点五亿")[0][1] == Decimal(350000000)


def test_two_three_times_is_two_numbers() -> None:
    assert [(v, u) for _t, v, u, _k, _a in rows("增长了两三倍")] == [(Decimal(2), "x"), (Decimal(3), "x")]


@pytest.mark.parametrize(("text", "expected"), [
    # Class (round 48): one Chinese digit after tenths of 成 is the next decimal place, as wire copy writes shares in
    # words (增二成九 → 29 %), when a clause end, 的, a bound or a range joiner follows it
    ("汽车产量增二成九，", [("二成九", Decimal(29), "%")]),
    ("出口交货值同比下降一成五。", [("一成五", Decimal(15), "%")]),
    ("三成五的受访者表示满意", [("三成五", Decimal(35), "%")]),
    ("占比升至四成二左右", [("四成二", Decimal(42), "%")]),
    # look-alikes kept: a digit opening a word after it (七成一线员工, 三成五年期), tenths of 折, a qualifier's 成为
    ("七成一线员工已返岗", [("七成", Decimal(70), "%")]),
    ("三成五年期贷款到期", [("三成", Decimal(30), "%"), ("五年", Decimal(5), "year")]),
    ("商品打八折五，", [("八折", Decimal(80), "%"), ("五", Decimal(5), "")]),
    ("市场份额提升至两成半，", [("两成半", Decimal(25), "%")]),
    # round 48 mend: a digit listed with the next by 、 is a list of ranks (一、二线, 一、二手), no place of the share;
    # a list of shares keeps each member's place
    ("约三成一、二线城市房价环比下跌", [("三成", Decimal(30), "%")]),
    ("有三成一、二手车商表示销量下降", [("三成", Decimal(30), "%")]),
    ("营收分别增长二成九、一成五。", [("二成九", Decimal(29), "%"), ("一成五", Decimal(15), "%")]),
    ("占比分别为三成二、四成。", [("三成二", Decimal(32), "%"), ("四成", Decimal(40), "%")]),
])
def test_a_digit_after_tenths_is_the_next_place(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _k, _a in rows(text)] == expected


def test_cheng_as_a_verb_is_not_a_share() -> None:
    assert rows("已经成为重要动力") == []
    assert rows("这两国成为伙伴") == [("两国", Decimal(2), "国", "count", "")]


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("近两年", "2", "year", "about"),
        ("近两年来", "2", "year", "about"),
        ("近10年", "10", "year", "about"),
        ("40多年", "40", "year", "over"),
        ("五年", "5", "year", ""),
        ("七个季度", "7", "quarter", ""),
        ("三个月", "3", "month", ""),
        ("两周", "2", "week", ""),
        ("一年半", "1.5", "year", ""),
    ],
)
def test_durations(text: str, value: str, unit: str, approx: str) -> None:
    assert one(text) == (Decimal(value), unit, "duration", approx)


# --------------------------------------------------------------------------- vague amounts and qualifiers


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("数千家企业", "1000", "家", "over"),
        ("几十万商家", "100000", "", "over"),
        ("十几亿人", "1000000000", "人", "over"),
        ("9100多万名", "91000000", "名", "over"),
        ("1000 多万", "10000000", "", "over"),
        ("10 余条", "10", "条", "over"),
        ("超过 30条", "30", "条", "over"),
        ("逾百万人", "1000000", "人", "over"),
        ("突破6万亿美元", "6000000000000", "USD", "over"),
        ("约30%", "30", "%", "about"),
        ("大约100人", "100", "人", "about"),
        ("2000亿美元左右", "200000000000", "USD", "about"),
        ("100亿元以上", "10000000000", "CNY", "over"),
        ("不到5%", "5", "%", "under"),
        ("不足10个", "10", "个", "under"),
        # round 30: a statute's 不满 is a ceiling, as 未满 is
        ("不满100万人", "1000000", "人", "under"),
        ("不满十六周岁", "16", "周岁", "under"),
        ("增长了1倍多", "1", "x", "over"),
        (">46", "46", "", "over"),  # round 14: comparison signs of a plan's indicator cells
        ("＞6.5", "6.5", "", "over"),
        ("≥95%", "95", "%", "over"),
        ("<0.5", "0.5", "", "under"),
        ("≤10", "10", "", "under"),
        ("[2.4%]", "2.4", "%", ""),
        ("〔13.5〕", "13.5", "", ""),
    ],
)
def test_vague_amounts_and_qualifiers(text: str, value: str, unit: str, approx: str) -> None:
    assert one(text)[:2] == (Decimal(value), unit)
    assert one(text)[3] == approx


def test_number_of_digits_is_not_a_number() -> None:
    assert rows("保持两位数以上的增长") == []


# --------------------------------------------------------------------------- ranges and lists


def test_range_is_two_numbers() -> None:
    assert [(v, u) for _t, v, u, _k, _a in rows("增长6%-6.5%")] == [(Decimal(6), "%"), (Decimal("6.5"), "%")]
    assert [(v, u) for _t, v, u, _k, _a in rows("3000至5000人")] == [(Decimal(3000), "人"), (Decimal(5000), "人")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 50 (checked, no change): an age range written with 至/到 is two numbers as a dash range is, its first
    # member bare with the shared unit (the guidelines' range rule)
    ("16至59周岁的劳动年龄人口", [("16", Decimal(16), "周岁"), ("59周岁", Decimal(59), "周岁")]),
    ("年龄在18到35周岁之间的青年", [("18", Decimal(18), "周岁"), ("35周岁", Decimal(35), "周岁")]),
    ("16-59岁的劳动年龄人口", [("16", Decimal(16), "岁"), ("59岁", Decimal(59), "岁")]),
    ("60周岁及以上人口", [("60周岁", Decimal(60), "周岁")]),
])
def test_an_age_range_is_two_numbers(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _k, _a in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 26: a range of four-digit figures with the unit of a quantity: both members, none a year
        ("多年平均降水量在1100～1300毫米之间", [(Decimal(1100), "毫米"), (Decimal(1300), "毫米")]),
        ("普通住宅月租金1600-1900元", [(Decimal(1600), "CNY"), (Decimal(1900), "CNY")]),
        ("新麦收购价在2350-2400元/吨之间波动", [(Decimal(2350), "CNY"), (Decimal(2400), "CNY")]),
        ("茶园分布在海拔1300～1800米之间", [(Decimal(1300), "米"), (Decimal(1800), "米")]),
        ("项目年产能1200至1500万吨", [(Decimal(12000000), "吨"), (Decimal(15000000), "吨")]),
        ("全年日照时数1900~2150小时", [(Decimal(1900), "hour"), (Decimal(2150), "hour")]),
        # a span of years keeps its years: no number
        ("2016-2018年粮食产量稳定", []),
        ("2021-2025期间累计建成", []),
        ("2010-2020人口持续流入", []),
    ],
)
def test_four_digit_range_of_a_quantity(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert [(v, u) for _t, v, u, _k, _a in rows(text)] == expected


def test_range_shares_the_scale() -> None:
    assert [(v, u) for _t, v, u, _k, _a in rows("投资三至五万元")] == [
        (Decimal(30000), "CNY"),
        (Decimal(50000), "CNY"),
    ]


def test_lists_share_one_unit() -> None:
    assert [(v, u) for _t, v, u, _k, _a in rows("分别为7.2万元、3.2万元、2.1万元")] == [
        (Decimal(72000), "CNY"),
        (Decimal(32000), "CNY"),
        (Decimal(21000), "CNY"),
    ]
    assert [(v, u, k) for _t, v, u, k, _a in rows("分别增加了187、28、20倍")] == [
        (Decimal(187), "x", "multiple"),
        (Decimal(28), "x", "multiple"),
        (Decimal(20), "x", "multiple"),
    ]


def test_every_occurrence_is_its_own_entry() -> None:
    assert len(find_quantities("增长5%，利润也增长5%")) == 2


# --------------------------------------------------------------------------- exclusions


@pytest.mark.parametrize(
    "text",
    [
        "2017年",
        "2019年4月",
        "2022年1月14日",
        "2017—2021年",
        "第二届论坛",
        "排名全球第 3位",
        "首次突破",
        "第一大",
        "一、总论",
        "1.顶层设计",
        "（1）引言",
        "一是加强合作",
        "见图1",
        "（见表 2）",
        "①",
        "5G项目",
        "G20、APEC",
        "“十四五”规划",
        "9710、9810等海关监管代码",
        "亚非欧1号",
        "21世纪",
        "COVID-19",
        "一方面",
        "一个很好的机遇",
        "一场革命",
        "一带一路",
        "四川",
        "十分重要",
        # round 30: a policy document's items after the tenth are numbered with 十 (（十七）, 十三、, (二十), 二十一是)
        "（十七）加大财政政策支持力度。",
        "十三、组织实施",
        "(二十)做好宣传引导。",
        "二十一是强化监督检查。",
        # round 30: …and after 其 opening a clause (其二 is one word; 其十一 was a count of 11)
        "其十一，强化要素保障。",
        "其十二，加快推进城市更新。",
        "详见https://www.100ec.cn/zt/2021kjdsscsjbg/",
    ],
)
def test_not_numbers(text: str) -> None:
    assert rows(text) == []


def test_footnote_marker_after_a_number() -> None:
    assert rows("14.2万亿元（13.6%）③") == [
        ("14.2万亿元", Decimal("14200000000000"), "CNY", "money", ""),
        ("13.6%", Decimal("13.6"), "%", "percent", ""),
    ]


def test_counting_with_two() -> None:
    assert rows("主要表现在两个方面") == [("两个", Decimal(2), "个", "count", "")]


def test_digits_in_english_text_are_numbers() -> None:
    assert rows("exports rose 12.5% to 300 million") == [  # a scale word scales the digits (gold: 6.311 billion)
        ("12.5%", Decimal("12.5"), "%", "percent", ""),
        ("300 million", Decimal(300000000), "", "count", ""),
    ]
    assert rows("four of them") == []  # number words alone are not annotated


def test_no_unit_across_a_newline() -> None:
    assert rows("增长了30\n个百分点") == [("30", Decimal(30), "", "count", "")]


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("0123456789０１２３.,，%％-—~至到、一二两三四五六七八九十百千万亿零〇几数多余约近超过不到以上左右")
    + list("年月日个元美人倍成折分之第图表号 \n（）《》“”abcGk")
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_arbitrary_text_never_raises_and_offsets_hold(text: str) -> None:
    for q in find_quantities(text):
        assert q.text == text[q.start : q.end]
        assert 0 <= q.start < q.end <= len(text)
        assert isinstance(q.value, Decimal)
        assert q.kind in ("money", "percent", "pp", "multiple", "duration", "count")
        assert q.approx in ("about", "over", "under", "")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert q.text == text[q.start : q.end]


def test_deterministic() -> None:
    text = "2020年我国数字服务贸易总额达到2939.85亿美元，是2010年的2.32倍，约占36.3%。"
    assert find_quantities(text) == find_quantities(text)


def test_table_blocks_give_their_numbers_through_cells() -> None:
    from pipeline.clean import Block, CleanDocument
    from pipeline.nlp.language import extract_all, make_doc

    text = "出口达到100亿美元。\n年份\t出口（亿元）\n2021年\t576.53"
    table = Block(text.index("年份"), len(text), "table", "body")
    clean = CleanDocument("t", "", "", text, "", None, [Block(0, text.index("\n"), "paragraph", "body"), table])
    out = extract_all(make_doc(clean))["numbers"]
    assert [r["text"] for r in out] == ["100亿美元", "576.53"]
    assert out[1]["unit"] == "CNY" and out[1]["value"] == 57653000000
    assert set(out[0]) == {"start", "end", "text", "value", "unit", "kind", "approx", "sent_id"}


# --------------------------------------------------------------------------- numerals that are not quantities


@pytest.mark.parametrize(
    "text",
    [
        "截至08:45，共有",  # a time of day
        "面向00后和95后用户",  # generation labels
        "编号0032的样本",  # a leading zero makes a code
        "“十一五”以来",  # a five-year plan's name, no numeral
        "推进四位一体建设",  # a fixed word of the Doc's words
        "汽车零部件出口",
        "建设统一市场",  # the numeral ends a word that began before it
        "鼓勵市民參與",  # 參 (traditional 参) is a common character alone
        "二十大报告提出",  # N大 above a set's size: a congress, an ordinal
        "一大批项目",  # 一大: an article
    ],
)
def test_numerals_that_are_not_quantities(text: str) -> None:
    assert rows(text) == []


def test_a_set_of_n_is_a_count_with_its_da() -> None:
    assert rows("四大银行") == [("四大", Decimal(4), "", "count", "")]


def test_a_time_or_approximation_tail_keeps_the_quantity() -> None:
    assert rows("五年来，产量") == [("五年", Decimal(5), "year", "duration", "")]


def test_the_head_of_a_date_range_is_part_of_the_date() -> None:
    from pipeline.extract.numbers import find_quantities as raw

    text = "3-8月份销量"
    month = text.index("8")
    assert raw(text, owned=[(month, month + 3)]) == []  # the date owns 8月份; 3 is its range's head


def test_yi_between_arabic_numerals_is_a_dash_and_the_range_shares_its_unit() -> None:
    assert rows("提高0.4一0.6个百分点") == [
        ("0.4", Decimal("0.4"), "pp", "pp", ""),
        ("0.6个百分点", Decimal("0.6"), "pp", "pp", ""),
    ]


def test_dozens_count_twelve_each() -> None:
    assert rows("三打铅笔") == [("三打", Decimal(36), "个", "count", "")]


# --------------------------------------------------------------------------- inline math, English scales, lists


def test_inline_math_digits_one_space_apart_are_one_number() -> None:
    assert rows(r"比例为 $4 2 . 7 \%$ 和 $1 . \ 2 5 \%$") == [
        ("4 2 . 7 \\%", Decimal("42.7"), "%", "percent", ""),
        ("1 . \\ 2 5 \\%", Decimal("1.25"), "%", "percent", ""),
    ]


def test_inline_math_permille_range_and_unit_after_the_math() -> None:
    assert rows(r"由 $7 \text{‰}$ 降至") == [("7 \\text{‰}", Decimal("0.7"), "%", "percent", "")]
    assert rows(r"覆盖 $3 { \sim } 1 2$ 岁人群") == [
        ("3", Decimal(3), "岁", "count", ""),
        ("1 2$ 岁", Decimal(12), "岁", "count", ""),
    ]


def test_inline_math_powers_and_thresholds_are_not_quantities() -> None:
    assert rows(r"the $2 1 ^ { \mathrm { s t } }$ century, $\mathrm { P } { < } 0 . 0 1$") == []


def test_english_scale_words() -> None:
    assert rows("about 4.5 billion yuan and 12million people") == [
        ("4.5 billion", Decimal(4500000000), "", "count", ""),
        ("12million", Decimal(12000000), "", "count", ""),
    ]


def test_numbering_after_a_colon() -> None:
    assert rows("结论如下：1、成本下降；2、效率提高") == []


def test_space_grouped_digits_are_one_number() -> None:
    assert rows("共计 2 468.5 万元") == [("2 468.5 万元", Decimal(24685000), "CNY", "money", "")]
    assert rows("人口 3\u2009456\u2009789 人")[0][1] == Decimal(3456789)
    assert [r[0] for r in rows("余额  512 300 498 120")] == ["512 300", "498 120"]  # two cells of a row


def test_a_number_wrapped_after_its_thousands_separator_and_a_spaced_decimal_point() -> None:
    assert rows("收入为56,\n789元") == [("56,\n789元", Decimal(56789), "CNY", "money", "")]
    assert rows("数量  3. 45   6.78")[0][:2] == ("3. 45", Decimal("3.45"))
    assert rows("1. 30个城市") == [("30个", Decimal(30), "个", "count", "")]  # numbering, then a count


def test_traditional_text_is_read_as_simplified_and_keeps_its_measure_word() -> None:
    assert rows("全書共十二章，約三萬五千字，工作少於40小時") == [
        ("十二章", Decimal(12), "章", "count", ""),
        ("三萬五千字", Decimal(35000), "字", "count", "about"),
        ("40小時", Decimal(40), "hour", "duration", "under"),
    ]
    assert rows("兩個市場") == [("兩個", Decimal(2), "個", "count", "")]
    assert rows("歡迎市民參與") == []  # 參 in 參與 is 参, no numeral


def test_hours_of_the_clock_and_trading_codes_are_not_quantities() -> None:
    assert rows("晚上九点，商场仍有顾客") == []
    assert rows("实行T+1交收") == []
    assert rows("增长了3点") == [("3点", Decimal(3), "点", "count", "")]  # no part of the day before it


def test_a_traditional_article_is_still_an_article() -> None:
    assert rows("「一國兩制」方針") == []


def test_traditional_text_keeps_its_home_currency_through_the_simplified_view() -> None:
    assert rows("本港收入中位數為18000元")[0][:3] == ("18000元", Decimal(18000), "HKD")


def test_a_zero_after_a_scale_is_no_plan_name() -> None:
    assert rows("共一千零一人")[0][:2] == ("一千零一人", Decimal(1001))


@pytest.mark.parametrize(("text", "expected"), [
    ("全年能源消费总量54.1亿吨标准煤", [("54.1亿吨标准煤", Decimal("5410000000"), "吨标准煤")]),
    ("年发电量为120亿千瓦小时", [("120亿千瓦小时", Decimal("12000000000"), "千瓦小时")]),
    ("全社会用电量2.7万亿千瓦·时", [("2.7万亿千瓦·时", Decimal("2700000000000"), "千瓦·时")]),
    ("面积1469km²", [("1469km²", Decimal(1469), "km²")]),
    ("工业机器人1.2万台套", [("1.2万台套", Decimal(12000), "台套")]),
    ("党的二十届三中全会召开，十四届全国人大二次会议开幕", []),
    ("已连续举办五届", [("五届", Decimal(5), "届")]),
    ("公司第九届董事会共召开8次会议", [("8次", Decimal(8), "次")]),
    ("他曾连任三届全国政协委员", [("三届", Decimal(3), "届")]),
    ("该赛事已连续举办六届全国大学生创新创业大赛", [("六届", Decimal(6), "届")]),
    ("全国政协十四届一次会议开幕", []),
    ("全省将打造10个千亿元级产业集群", [("10个", Decimal(10), "个")]),
    ("形成2个5000亿级产业集群", [("2个", Decimal(2), "个")]),
    ("按照1:10的比例配套资金", [("1", Decimal(1), ""), ("10", Decimal(10), "")]),
    ("其中，三成为民营企业", [("三成", Decimal(30), "%")]),
    ("全省已形成7个千亿级产业集群", [("7个", Decimal(7), "个")]),
    ("规划建设9个千万千瓦级清洁能源基地", [("9个", Decimal(9), "个")]),  # round 14: a unit before 级
    ("建成3个千万吨级炼化基地和5个百万吨级乙烯项目", [("3个", Decimal(3), "个"), ("5个", Decimal(5), "个")]),
    ("新发现4个亿吨级油田", [("4个", Decimal(4), "个")]),
    ("新增装机超过千万千瓦", [("千万千瓦", Decimal(10000000), "千瓦")]),
    ("全市实现千兆光网全覆盖", []),
    ("男女比例为1:1.2", [("1", Decimal(1), ""), ("1.2", Decimal("1.2"), "")]),
    ("中央和地方按照6:4的比例分担", [("6", Decimal(6), ""), ("4", Decimal(4), "")]),
    ("会议于9:30召开", []),
    ("其中近四成为中小微企业", [("四成", Decimal(40), "%")]),
    ("外出农民工一万七千多万人", [("一万七千多万人", Decimal(170000000), "人")]),
])
def test_units_sessions_size_classes_ratios_and_scales(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "approx"), [
    # round 15: a currency's name between the qualifier and the amount leaves the qualifier in force
    ("募集资金总额不超过人民币12亿元。", "under"),
    ("回购资金总额不低于人民币5,000万元（含）。", "over"),
    ("本次交易对价约为人民币3.6亿元。", "about"),
    ("借款金额约美元2,000万元。", "about"),
    # …and no qualifier stays none
    ("中标金额为人民币8,765,432.10元。", ""),
    ("1美元约6.9元人民币。", ""),
])
def test_a_currency_name_inside_a_qualifier(text: str, approx: str) -> None:
    assert rows(text)[0][4] == approx


@pytest.mark.parametrize("text", [
    "2024年广东省政府再融资一般债券（三期）",
    "2024年四川省政府专项债券（七期至十期）",
    "浙江省政府一般债券（五期）和（六期）",
    "2024年记账式附息（十二期）国债",
])
def test_bond_tranche_labels_are_no_numbers(text: str) -> None:
    """Round 15: a tranche's label is a series number with 第 left out."""
    assert [r for r in rows(text) if r[2] == "期"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("本期债券共分三期发行", 3), ("已发行两期", 2), ("本次招标（三期）完成", 3),
])
def test_counted_issues_stay_numbers(text: str, value: int) -> None:
    assert [r[1] for r in rows(text)] == [value]


@pytest.mark.parametrize("text", [
    "实现“时间过半、任务过半”。", "全市财政收支实现“双过半”目标。", "确保时间过半任务过半",
])
def test_the_mid_year_slogan_is_no_share(text: str) -> None:
    """Round 15: 时间过半、任务过半 and 双过半 name a target's pace, no share."""
    assert rows(text) == []


def test_over_half_stays_a_share() -> None:
    assert [r[1:3] for r in rows("投票过半通过，项目进度过半。")] == [(50, "%"), (50, "%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("宁德时代2023年度分红方案为10派50.28元（含税）。", [("10", "股"), ("50.28元", "CNY")]),
    ("公司推出“10转5派1.5元”的利润分配预案。", [("10", "股"), ("5", "股"), ("1.5元", "CNY")]),
    ("该股实施10送2转8派0.5元。", [("10", "股"), ("2", "股"), ("8", "股"), ("0.5元", "CNY")]),
])
def test_a_dividend_schemes_shorthand_counts_shares(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, u) for t, _, u, _, _ in rows(text)] == expected


@pytest.mark.parametrize("text", ["他换乘10次到达。", "公司今年派出10名员工。", "每10股派现3.3元。"])
def test_no_scheme_no_share_unit(text: str) -> None:
    assert all(u != "股" or t.endswith("股") for t, _, u, _, _ in rows(text))


@pytest.mark.parametrize(("text", "approx"), [
    # round 15: 出超/入超 (trade surplus/deficit) and 买超/卖超 (net buying/selling) are nouns: 超 is no qualifier
    ("6月出超62.5億美元", ""),
    ("貿易入超12億美元", ""),
    ("三大法人合計賣超385億元", ""),
    ("自營商買超12.3億元", ""),
    # …but 超 after a verb's 出/入 and alone still is
    ("北向资金净买入超50亿元", "over"),
    ("营业收入超50亿元", "over"),
    ("财政支出超3000亿元", "over"),
    ("出口超500亿美元", "over"),
])
def test_surplus_and_net_selling_nouns_are_no_over_qualifier(text: str, approx: str) -> None:
    assert rows(text)[-1][4] == approx


@pytest.mark.parametrize(("text", "approx"), [
    # round 23: 约 closing a word of its own (签约, 违约, 履约, 续约, 簽約) is no qualifier
    ("开幕式上集中签约28个重点项目", ""),
    ("本次推介会签约金额210亿元", ""),
    ("该企业债券违约45亿元", ""),
    ("活动现场簽約15個項目", ""),
    # …but 约 alone, or after a word it does not close, still is
    ("项目总投资约85亿元", "about"),
    ("共签约项目约40个", "about"),
    ("全年节约用水约1.2亿立方米", "about"),
])
def test_yue_closing_a_word_is_no_qualifier(text: str, approx: str) -> None:
    assert rows(text)[-1][4] == approx


@pytest.mark.parametrize(("text", "approx"), [
    # round 46 mend: 近 closing 最近 (lately), 附近 (nearby) or 邻近 (adjacent) is that word, no 近 (about)
    ("南网能源最近7个交易日连拉5个涨停", ""),
    ("歌尔股份股价在最近两个月也下跌超40%", ""),
    ("景区附近3000名居民已撤离", ""),
    # …but 近 alone, or 将近/接近, still is
    ("南网能源近7个交易日连拉5个涨停", "about"),
    ("该市常住人口将近900万人", "about"),
    ("全市近3000名居民已撤离", "about"),
])
def test_jin_closing_a_word_is_no_qualifier(text: str, approx: str) -> None:
    assert next(r[4] for r in rows(text) if r[1] in (7, 2, 3000, 9000000)) == approx


@pytest.mark.parametrize(("text", "units"), [
    # round 15: an amount whose currency word is left out after a money word takes the currency its range or list
    # writes once on the last member, not the passage's
    ("預估9月出口金額介於410億至425億美元", ["USD", "USD"]),
    ("对东盟、欧盟、美国出口额依次为520亿、480亿、450亿美元", ["USD", "USD", "USD"]),
    ("预计全年营收80亿至90亿港元", ["HKD", "HKD"]),
    # a member with a currency of its own keeps it; a clause break is no list
    ("营收300亿、利润50亿元", ["CNY", "CNY"]),
    ("营收300亿，出口额50亿美元", ["CNY", "USD"]),
])
def test_a_currency_written_once_on_a_range_or_list(text: str, units: list[str]) -> None:
    assert [r[2] for r in rows(text) if r[3] == "money"] == units


@pytest.mark.parametrize(("text", "expected"), [
    # pay and earnings named colloquially make a bare scaled amount money
    ("他们老板去年净赚了5个亿。", [("5个亿", "CNY", "money")]),
    ("这个岗位年薪能开到60万。", [("60万", "CNY", "money")]),
    ("今年年终奖发了15万。", [("15万", "CNY", "money")]),
    ("大促首日GMV突破30亿。", [("30亿", "CNY", "money")]),
    # a count stays a count
    ("这款游戏赚足了眼球，下载量破1000万。", [("1000万", "", "count")]),
])
def test_colloquial_pay_and_earnings_are_money(text: str, expected: list) -> None:
    assert [(q.text, q.unit, q.kind) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("该校2024届研究生共2860人，较2023届增加95人。", [("2860人", Decimal(2860), "人"), ("95人", Decimal(95), "人")]),
    ("2022届毕业生平均月收入为6050元。", [("6050元", Decimal(6050), "CNY")]),
    ("邀请1998届校友返校座谈", []),
    # sessions counted stay counts
    ("论坛已连续举办十二届", [("十二届", Decimal(12), "届")]),
    ("运动会共举办了25届", [("25届", Decimal(25), "届")]),
])
def test_cohort_years_are_labels(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 28: a local congress or government named by its session without 第 is an ordinal, no number
    ("现在，我代表十八届县人民政府，向大会报告工作。", []),
    ("较好完成了县十八届人民代表大会第一次会议确定的目标任务", []),
    ("在十五届县人大常委会第八次会议上", []),
    ("十七届市政府五年来办成了一批大事", [("五年", Decimal(5), "year")]),
    # sessions counted stay counts
    ("他连任三届县人大代表", [("三届", Decimal(3), "届")]),
    ("全市连续举办了五届政府开放日活动", [("五届", Decimal(5), "届")]),
])
def test_local_congress_and_government_sessions_are_ordinals(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 30: 其 before a Chinese numeral past the tenth and an item mark numbers a point, no count
    ("其十一，强化要素保障，新增建设用地500亩。", [("500亩", Decimal(500), "亩")]),
    ("其十三是优化营商环境。", []),
    # unchanged: a count after 其中 or 其 with a unit, and one after 尤其 inside a clause
    ("其中十一个县区增长较快。", [("十一个", Decimal(11), "个")]),
    ("其十一家子公司均实现盈利。", [("十一家", Decimal(11), "家")]),
])
def test_qi_before_a_numeral_past_the_tenth_numbers_a_point(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("广州南至长沙南最快运行时间压缩至2小时21分。",
     [("2小时", Decimal("2"), "hour"), ("21分", Decimal("21"), "minute")]),
    ("全程最快3小时05分。", [("3小时", Decimal("3"), "hour"), ("05分", Decimal("5"), "minute")]),
    ("航程约需11个小时40分。", [("11个小时", Decimal("11"), "hour"), ("40分", Decimal("40"), "minute")]),
    # a score and a clock time stay as they were
    ("综合评价得分92分，列车18点05分到达。", [("92分", Decimal("92"), "分")]),
])
def test_minutes_after_hours_are_a_duration(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text)] == expected


# --------------------------------------------------------------------------- round 17


@pytest.mark.parametrize(("text", "expected"), [
    ("全国已培育万家左右省级专精特新中小企业", ("万家", Decimal("10000"), "家", "count", "about")),
    ("带动就业千人左右", ("千人", Decimal("1000"), "人", "count", "about")),
    ("单个项目投资亿元上下", ("亿元", Decimal("100000000"), "CNY", "money", "about")),
])
def test_a_bare_scale_closed_by_an_approximation_is_a_count(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


def test_a_bare_scale_without_a_closing_approximation_stays_none() -> None:
    assert rows("万家企业共同参与") == []
    assert rows("万家灯火") == []
    assert rows("已有万余家企业")[0][4] == "over"


@pytest.mark.parametrize("text", [
    "热轧卷板（Φ20mm，Q235）价格上涨", "φ8线材出厂价平稳", "新建8英寸晶圆生产线", "月产能（折合12英寸标准逻辑）提升",
    "采用14纳米制程", "量产7nm工艺芯片", "P.O 42.5级水泥价格", "42.5级水泥出厂价", "P·C 32.5级复合水泥"])
def test_product_specifications_are_no_quantities(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 31: a CT's rows and slices name the machine; the machines counted stay
    ("医院新引进64排128层CT一台", ["一台"]),
    ("采购256排CT 1台、16层螺旋CT 2台", ["1台", "2台"]),
    # a model's digits before a capitalised edition word, a leading zero, a code's serial after 号-
    ("新款手机搭载骁龙8 Gen3处理器，首销当日销量突破100万台", ["100万台"]),
    ("比亚迪海豹06售价13.98万元", ["13.98万元"]),
    ("网站备案号：粤ICP备2023123456号-1", []),
    # near misses: a count of rows or floors with no CT, an all-capital unit after a space, a decimal below one
    ("新建住宅楼12层，共3排", ["12层", "3"]),
    ("装机容量增加8 GW", ["8 GW"]),
    ("利率下调0.25个百分点，较上月下降3", ["0.25个百分点", "3"]),
    # mend (review 2): the word before the digits must be a name; a verb before a Latin brand leaves a count
    ("全市有12 Apple Store门店", ["12"]),
    ("今年新开设8 Apple Store门店", ["8"]),
    ("小米14 Ultra发布，首批备货5万台", ["5万台"]),
    # round 32: bare digits glued to a product line's name name its model (chips, phones, cars)
    ("该机搭载天玑9400芯片，安兔兔跑分超过280万分", ["280万分"]),
    ("小米15首销5分钟售罄", ["5分钟"]),
    # mend: 首销 blocks 首 only as the word (小米15首销, 首销当日); a count of songs before 销量 or 售价 keeps 首
    # (round 46: 超千万 after its bound is an amount, as 过百万 is)
    ("他一生创作了30首销量过百万的歌曲，其中5首销量超千万", ["30首", "百万", "5首", "千万"]),
    ("专辑收录12首售价各异的单曲", ["12首"]),
    ("该机型5日首销当日销量突破100万台", ["100万台"]),
    ("华为昇腾910服务器出货量增长120%", ["120%"]),
    ("荣耀90系列累计销量突破300万台", ["300万台"]),
    ("阿维塔12上市首月交付4000辆", ["4000辆"]),
    ("鲲鹏920处理器已适配1000多款应用", ["1000多款"]),
    # near misses: a unit or scale after the line's digits keeps the quantity; other names keep theirs
    ("小米3年卖出1.5亿台手机", ["3年", "1.5亿台"]),
    ("荣耀5成以上的销量来自线上", ["5成"]),
    ("小米14亿元回购计划", ["14亿元"]),
    ("华为2023年研发投入1647亿元", ["1647亿元"]),
])
def test_model_digits_and_code_serials(text: str, expected: list[str]) -> None:
    assert [r[0] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 32: a plus after a figure, before its unit or closing it, is "more than"
    ("平台已服务中小企业1000+家。", [("1000+家", Decimal("1000"), "家", "count", "over")]),
    ("该芯片安兔兔综合跑分240万+。", [("240万+", Decimal("2400000"), "", "count", "over")]),
    ("累计开通5G专网3000+个，", [("3000+个", Decimal("3000"), "个", "count", "over")]),
    # near misses: sums, names and signed changes keep their reading
    ("“5+2”产业体系", []),
    ("计算式为5+2+4", [("5", Decimal("5"), "", "count", ""), ("2", Decimal("2"), "", "count", ""),
                      ("4", Decimal("4"), "", "count", "")]),
    ("构建“1+N”政策体系", []),
    ("资产价格=资产收益×(1+ 收益年增长率)", [("1", Decimal("1"), "", "count", "")]),
    ("上界=max(开盘价,收盘价)∗(1+𝜎)", [("1", Decimal("1"), "", "count", "")]),
    ("毛利率同比+2.3%。", [("+2.3%", Decimal("2.3"), "%", "percent", "")]),
    # mend: a plus between two festival names joins them (no "more than 11" of 双)
    ("双11+双12期间，平台销售额同比增长15%。", [("15%", Decimal("15"), "%", "percent", "")]),
    ("双十一+双12期间销量增长", []),
    ("入驻商家2000+家，覆盖城市300+。", [("2000+家", Decimal("2000"), "家", "count", "over"),
                                    ("300+", Decimal("300"), "", "count", "over")]),
])
def test_a_plus_after_a_figure_is_more_than(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 46: unquoted digits joined by + right before the noun they name are a name (a group of cities, a
    # scheme), as the quoted “1+N” is: no member is a number
    ("京津冀及周边地区2+26城市平均优良天数比例为66.8%", ["66.8%"]),
    ("构建1+1+3模式，全市10家企业投资增长5%", ["10家", "5%"]),
    ("推行3+1+2选考方案", []),
    # look-alikes: a sum before its result or comparison, before a measure word, a signed change
    ("1+1大于2，收入增长5%", ["1", "1", "2", "5%"]),
    ("3+2=5", ["3", "2", "5"]),
    ("2+26个城市中有15个城市达标", ["2", "26个", "15个"]),
    ("同比分别-0.45/+0.67pct", ["-0.45", "+0.67pct"]),
])
def test_digits_joined_by_plus_before_a_noun_are_a_name(text: str, expected: list[str]) -> None:
    assert [r[0] for r in rows(text)] == expected


def test_sizes_without_a_product_class_stay_quantities() -> None:
    assert rows("屏幕尺寸为6.7英寸")[0][:3] == ("6.7英寸", Decimal("6.7"), "英寸")
    assert rows("线宽缩小到3纳米")[0][:3] == ("3纳米", Decimal("3"), "纳米")
    assert rows("钢筋直径20mm")[0][:3] == ("20mm", Decimal("20"), "mm")
    assert [r[0] for r in rows("年产12英寸晶圆30万片")] == ["30万片"]


@pytest.mark.parametrize(("text", "expected"), [
    # round 23: a figure and its unit right before 级 names a size class, no quantity; the counts around it stay
    ("新建2个20万吨级散货泊位", ["2个"]),
    ("签约3个500兆瓦级风电项目", ["3个"]),
    ("国内首台18兆瓦级海上风电机组下线", []),
    ("建成全球首个300MW级压缩空气储能电站", []),
    ("投产4条8000吨级碳纤维生产线，总产能3.2万吨", ["4条", "3.2万吨"]),
    ("示范项目规模达到100兆瓦级", []),
    # unchanged: a grade written in 级 itself, a figure whose unit is followed by a word of its own (级别, 级差)
    ("当地发生4.6级地震，震源深度12千米", ["4.6级", "12千米"]),
    ("阵风达到9级", ["9级"]),
    ("装机容量300兆瓦，级别为二类", ["300兆瓦"]),
])
def test_a_figure_and_unit_before_ji_is_a_size_class(text: str, expected: list) -> None:
    assert [r[0] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "approx"), [
    # falling below a level is under it, though 破 alone is over (突破/破 X → over)
    ("深证成指盘中跌破9000点", "under"),
    ("离岸人民币盘中跌穿7.25", "under"),
    ("沪指午后下破3000点", "under"),
    ("沪深300指数失守3400点", "under"),
    ("10年期国债收益率回落至2.1%下方", "under"),
    ("沪指收于3000点之下", "under"),
    ("沪指盘中突破3100点", "over"),
    ("成交额破万亿元", "over"),
])
def test_falling_below_a_level_is_under(text: str, approx: str) -> None:
    assert rows(text)[-1][4] == approx


@pytest.mark.parametrize(("text", "approx"), [
    # round 49: a level a market hovers around (附近) is about it; one above it (上方) is over it, as 下方 is under
    ("DR007维持在1.80%附近", "about"),
    ("沪指在3000点附近窄幅震荡", "about"),
    ("10年期国债收益率运行在2.5%上方", "over"),
    ("沪指站稳3100点上方", "over"),
    # unchanged: a place word after no level, an exact level, and 近 closing 附近 before a number (round 46)
    ("地铁3号线附近新建住宅1200套", ""),
    ("附近7个小区供水恢复", ""),
    ("沪指收于3000点，上方压力较大", ""),
])
def test_a_level_hovered_around_or_above(text: str, approx: str) -> None:
    assert rows(text)[-1][4] == approx


@pytest.mark.parametrize(("text", "value"), [
    ("30年期国债收益率全天下行3.5个BP", "3.5"),
    ("信用利差当周累计收窄8个BP", "8"),
    ("1年期国股存单利率较上周五上行2个BPS", "2"),
])
def test_basis_points_counted_with_ge(text: str, value: str) -> None:
    assert rows(text)[-1][1:4] == (Decimal(value), "bp", "count")


@pytest.mark.parametrize(("text", "expected"), [
    ("两市半日成交额5,320亿元", [("两市", "2", "市"), ("5,320亿元", "532000000000", "CNY")]),
    ("两队半场互交白卷", [("两队", "2", "队")]),
    ("工期一年半，历时三个月半", [("一年半", "1.5", "year"), ("三个月半", "3.5", "month")]),
    ("猪肉三斤半", [("三斤半", "3.5", "斤")]),
])
def test_half_a_day_after_a_unit_adds_no_half(text: str, expected: list) -> None:
    assert [(t, str(v), u) for t, v, u, _k, _a in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("增速分别比上月末和上年同期高0.6个和低2.1个百分点", [("0.6", "pp"), ("2.1", "pp")]),
    ("分别比上月和去年同月多0.3个和少1.2个百分点", [("0.3", "pp"), ("1.2", "pp")]),
    ("比上月末低0.8个和1.5个百分点", [("0.8", "pp"), ("1.5", "pp")]),
])
def test_a_list_with_a_direction_per_member_shares_its_unit(text: str, expected: list) -> None:
    assert [(str(v), u) for _t, v, u, _k, _a in rows(text)][-2:] == expected


# --- round 17: qualifiers around spelled-out percentages, spoken hedges -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("进口增长了将近百分之六", ("百分之六", Decimal("6"), "about")),
    ("农村居民收入增速接近百分之七", ("百分之七", Decimal("7"), "about")),
    ("民营企业占比超过百分之六十", ("百分之六十", Decimal("60"), "over")),
    ("优良天数比例保持在百分之八十五以上", ("百分之八十五", Decimal("85"), "over")),
    ("基建投资增长百分之六左右", ("百分之六", Decimal("6"), "about")),
    ("中小企业约占三分之二左右", ("三分之二", Decimal("66.66666666666666666666666667"), "about")),
    ("跨境电商进出口增长了百分之十五多", ("百分之十五多", Decimal("15"), "over")),
    ("对东盟出口增长百分之七点多", ("百分之七点多", Decimal("7"), "over")),
    ("新能源车渗透率达到百分之三十多", ("百分之三十多", Decimal("30"), "over")),
    ("不良率不到百分之二", ("百分之二", Decimal("2"), "under")),
    ("百分之八点五", ("百分之八点五", Decimal("8.5"), "")),  # a plain decimal share: no qualifier
    ("出超百分之五", ("百分之五", Decimal("5"), "")),  # 出超 is a noun, no qualifier (round 15)
])
def test_spelled_out_percentages_take_their_qualifiers(text: str, expected: tuple) -> None:
    assert [(r[0], r[1], r[4]) for r in rows(text) if r[2] == "%"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("新设企业增加了差不多两千家", "about"),
    ("参保人数差不多是一亿三千万人", "about"),
    ("大致五百家企业参加", "about"),
    ("全年进出口总额突破了40万亿元", "over"),
    ("全年进出口总额突破40万亿元", "over"),
    ("全年进出口总额为40万亿元", ""),
])
def test_spoken_hedges(text: str, expected: str) -> None:
    assert [r[4] for r in rows(text)] == [expected]


@pytest.mark.parametrize("text", [
    "2023年，全省三次产业结构为9.1:37.5:53.4。",
    "全年三次产业增加值分别增长4.1%、4.7%和5.8%。",
    "三次产业结构调整为8:35:57。",
])
def test_the_three_sectors_are_no_count_of_times(text: str) -> None:
    assert not any(r[0] == "三次" for r in rows(text))


def test_three_times_stays_a_count() -> None:
    assert ("三次", Decimal(3), "次", "count", "") in rows("该企业今年三次上调产品价格。")


@pytest.mark.parametrize(("text", "expected"), [
    ("研发投入的系数为–0.021**，在5%水平上显著。", "-0.021"),
    ("融资约束的估计系数为－0.135，且在1%水平上显著。", "-0.135"),
    ("交互项系数（–0.048）表明调节效应为负。", "-0.048"),
])
def test_an_en_dash_or_full_width_hyphen_before_a_figure_is_a_minus(text: str, expected: str) -> None:
    assert Decimal(expected) in [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # round 36: 负 closing a verb whose object is the amount (减负, 肩负) is no minus sign
    ("今年以来，全市累计为参保企业减负12.6亿元，惠及企业3.2万家。", ["1260000000", "32000"]),
    ("阶段性降低失业保险费率政策全年为企业减负1500亿元。", ["150000000000"]),
    ("累计为小微企业减负降本超过800亿元。", ["80000000000"]),
    ("该集团肩负3.2万名职工的养老保险缴费。", ["32000"]),
    ("该市背负8.6亿元隐性债务。", ["860000000"]),
    ("财政担负1200万元的补贴。", ["12000000"]),
    # unchanged: 负 as the sign of a rate, a temperature or a contribution
    ("实际利率为负1.5%，低于上年。", ["-1.5"]),
    ("受基数影响，一季度工业利润增速为负3.2%。", ["-3.2"]),
    ("净出口对经济增长的贡献率为负20.5%。", ["-20.5"]),
    # mend: 负 after 增减 (the signed change) is the sign, 减负 only a chance neighbour
    ("2025年，公司毛利率比上年增减负2.3个百分点。", ["-2.3"]),
    ("利润总额增减负12.3%。", ["-12.3"]),
    ("营业成本比上年增减负0.61亿元。", ["-61000000"]),
])
def test_fu_closing_a_verb_before_an_amount_is_no_sign(text: str, expected: list) -> None:
    assert [q.value for q in find_quantities(text)] == [Decimal(v) for v in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("2015–2020年，成交额年均增长12.4%。", ["12.4"]),
    ("价格区间为3–5元。", ["3", "5"]),
    ("每吨10卢比–20卢比。", ["10", "20"]),
])
def test_an_en_dash_after_a_figure_stays_a_range_dash(text: str, expected: list) -> None:
    assert [q.value for q in find_quantities(text)] == [Decimal(v) for v in expected]


@pytest.mark.parametrize("text, value", [
    ("专项债券发行额为0亿元。", Decimal(0)),
    ("其他收入0.00万元。", Decimal(0)),
    ("本期赎回0万亿元", Decimal(0)),
    ("拨付资金0.5万元", Decimal(5000)),  # a decimal under one is still scaled
    ("投资1万亿元", Decimal(10 ** 12)),
])
def test_a_written_zero_before_a_scale_is_zero(text: str, value: Decimal) -> None:
    assert one(text)[0] == value


@pytest.mark.parametrize(("text", "value"), [
    # 约 reaching over the base of a share or ratio is about, as 约36.2% is
    ("数字经济规模约占GDP的41.5%", "41.5"),
    ("东部地区的发明专利数量约为中西部地区的2.8倍", "2.8"),
    ("民营企业约占样本总量的六成", "60"),
    ("高组的系数（0.41）约为低组（0.17）的2.4倍", "2.4"),
    ("约占总效应的三分之一", "33.33333333333333333333333333"),
    ("效应增强了约1/4", "25"),
    ("进口额约占30%", "30"),
])
def test_about_reaches_over_the_base_of_a_share(text: str, value: str) -> None:
    assert [r[4] for r in rows(text) if r[1] == Decimal(value)] == ["about"]


@pytest.mark.parametrize("text", ["近年来全国的5%", "占GDP的41.5%", "为中西部地区的2.8倍", "约为3000亿元，其中的5%"])
def test_no_qualifier_reaching_over_a_base_stays_exact(text: str) -> None:
    assert rows(text)[-1][4] == ""


# --------------------------------------------------------------------------- round 19


@pytest.mark.parametrize(("text", "value", "unit"), [
    # a measure word that begins with a scale character is one word, and a scale before it scales (round 10)
    ("青岛啤酒全年销量为792万千升", "7920000", "千升"),
    ("乳业公司液态奶产量达到35.6万千升", "356000", "千升"),
    ("全市粮食播种面积为1234.5千公顷", "1234.5", "千公顷"),
    ("装机容量新增1.2亿千瓦", "120000000", "千瓦"),
    ("全年发电量3000万千瓦时", "30000000", "千瓦时"),
    ("新开工面积50万平方米", "500000", "平方米"),
    ("每桶约合1.6百升", "1.6", "百升"),
])
def test_a_scale_before_a_scale_led_unit_scales_it(text: str, value: str, unit: str) -> None:
    assert [(r[1], r[2]) for r in rows(text)] == [(Decimal(value), unit)]


@pytest.mark.parametrize(("text", "value"), [
    ("警方冻结涉案资金千余万元", "10000000"),
    ("该局长先后收受贿赂百余万元", "1000000"),
    ("项目总投资千多万元", "10000000"),
    ("累计挽回经济损失百余亿元", "10000000000"),
])
def test_a_scale_with_yu_before_a_big_scale_is_a_vague_amount(text: str, value: str) -> None:
    assert [(r[1], r[2], r[4]) for r in rows(text)] == [(Decimal(value), "CNY", "over")]


@pytest.mark.parametrize(("text", "expected"), [
    ("千方百计推进改革", []), ("百多年来", ["百多年"]), ("千余人参加", ["千余人"])])
def test_the_vague_scale_rule_leaves_other_words_alone(text: str, expected: list[str]) -> None:
    assert [r[0] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("回测中交易成本统一设定为单边千二", [("千二", "0.2")]),
    ("考虑双边千五的冲击成本后，收益明显下降", [("千五", "0.5")]),
    ("费率双边千1.5，次日开盘调仓", [("千1.5", "0.15")]),
    ("券商佣金万三，印花税千一", [("万三", "0.03"), ("千一", "0.1")]),
    ("目前佣金率约为万2.5", [("万2.5", "0.025")]),
])
def test_a_fee_in_the_trade_shorthand_is_a_rate(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [(t, Decimal(v), "%") for t, v in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("手续费千三百元", [("千三百元", "1300")]),  # an amount: a numeral goes on after the digit
    ("交易成本万三千元", [("三千元", "3000")]),
    ("佣金万元", []),
    ("企业数量千三左右", []),  # no fee word before it: left as before (no rate)
])
def test_the_fee_shorthand_needs_a_fee_word_and_a_lone_digit(text: str, expected: list[tuple[str, str]]
                                                                      ) -> None:
    got = [(r[0], r[1]) for r in rows(text)]
    assert all(r[2] != "%" for r in rows(text))
    if expected:
        assert got == [(t, Decimal(v)) for t, v in expected]


@pytest.mark.parametrize(("text", "quantity"), [
    # round 19: an intensity per amount of money, per tonne of product or per area and month is one unit
    ("全县单位地区生产总值能耗降至0.41吨标准煤/万元。", ("0.41吨标准煤/万元", Decimal("0.41"), "吨标准煤/万元")),
    ("万元工业增加值用水量为9.8立方米/万元", ("9.8立方米/万元", Decimal("9.8"), "立方米/万元")),
    ("碳排放强度为3.6 tCO2e/百万元", ("3.6 tCO2e/百万元", Decimal("3.6"), "tCO2e/百万元")),
    ("平均为0.52吨二氧化碳当量/万元产值", ("0.52吨二氧化碳当量/万元产值", Decimal("0.52"), "吨二氧化碳当量/万元产值")),
    ("吨熟料综合煤耗为101千克标准煤/吨", ("101千克标准煤/吨", Decimal(101), "千克标准煤/吨")),
    ("单位产品取水量为4.1立方米/吨产品", ("4.1立方米/吨产品", Decimal("4.1"), "立方米/吨产品")),
    ("城区降尘量为3.8吨/（平方千米·月）", ("3.8吨/（平方千米·月）", Decimal("3.8"), "吨/（平方千米·月）")),
    ("年平均气温每10年升高0.25℃，降水增幅为12.4毫米/10年", ("12.4毫米/10年", Decimal("12.4"), "毫米/10年")),
    # a mass written with what it weighs keeps the label in its unit
    ("Scope 2排放为6,420吨CO2e", ("6,420吨CO2e", Decimal(6420), "吨CO2e")),
    ("减少排放二氧化碳约86万吨CO2", ("86万吨CO2", Decimal(860000), "吨CO2")),
    ("每辆车年均减排1.8吨二氧化碳", ("1.8吨二氧化碳", Decimal("1.8"), "吨二氧化碳")),
    ("节约能源2.3万吨标煤", ("2.3万吨标煤", Decimal(23000), "吨标煤")),
    # radiation dose rates and activities
    ("γ辐射空气吸收剂量率为85.6 nGy/h", ("85.6 nGy/h", Decimal("85.6"), "nGy/h")),
    ("监测值为97.3纳戈瑞/小时", ("97.3纳戈瑞/小时", Decimal("97.3"), "纳戈瑞/小时")),
    ("总β活度浓度为0.12贝可/升", ("0.12贝可/升", Decimal("0.12"), "贝可/升")),
    ("氡浓度为1.6 mBq/m³", ("1.6 mBq/m³", Decimal("1.6"), "mBq/m³")),
])
def test_intensity_labelled_and_radiation_units(text: str, quantity: tuple[str, Decimal, str]) -> None:
    assert quantity in [(q[0], q[1], q[2]) for q in rows(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a list after a slash, a money rate and a plain rate stay as they were
    ("EPS为1.04/1.42元", [("1.04", "CNY"), ("1.42元", "CNY")]),
    ("均价为3000元/吨", [("3000元/吨", "CNY")]),
    ("产能80万吨/年", [("80万吨/年", "吨/年")]),
    ("销售吨钢5吨，钢材3万吨", [("5吨", "吨"), ("3万吨", "吨")]),
    # a count too large for a period, and a bracket left open, are no denominators
    ("产量为12吨/2025年", [("12吨", "吨")]),
    ("降尘量为3.8吨/（平方千米", [("3.8吨", "吨")]),
])
def test_rates_that_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)][:len(expected)] == expected


@pytest.mark.parametrize(("text", "value"), [
    # round 20: a hyphen after a relative period word (上一年, 前一季度) is a minus sign, not a range dash
    ("全省工业增速为3.1%，明显好于上一年-1.8%的水平。", "-1.8"),
    ("本季度利润率回升，而前一季度-0.6%的降幅曾引发担忧。", "-0.6"),
])
def test_minus_after_a_period_word(text: str, value: str) -> None:
    assert Decimal(value) in [q.value for q in find_quantities(text)]


def test_dash_between_quantities_stays_a_range() -> None:
    found = rows("项目建设周期为1年-3年。")
    assert all(q[1] > 0 for q in found), found


@pytest.mark.parametrize(("text", "value"), [
    # round 20: a money noun right after a scaled amount makes it money (a box office, revenue, financing)
    ("影片上映三天拿下3.6亿票房。", "360000000"),
    ("该公司去年完成12亿融资。", "1200000000"),
])
def test_money_noun_after_an_amount(text: str, value: str) -> None:
    assert (Decimal(value), "CNY", "money") in [(q[1], q[2], q[3]) for q in rows(text)]


def test_count_noun_after_an_amount_stays_a_count() -> None:
    assert all(q[2] != "CNY" for q in rows("平台月活跃用户达3亿用户。"))


@pytest.mark.parametrize("text", [
    # round 20: a numbered road is a name, no count
    "新桥建成后将分流205国道的过境车辆。",
    "沿318国道骑行的游客逐年增多。",
    "改建后的103省道全线贯通。",
])
def test_numbered_roads_are_names(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- round 20: market and report text


@pytest.mark.parametrize(("text", "value", "unit", "approx"), [
    # an over-cue under a negation is a ceiling, as 不超过 is
    ("控股股东计划增持金额不超2亿元", "200000000", "CNY", "under"),
    ("高管拟合计减持不超12万股", "120000", "股", "under"),
    ("单个对象认购比例不逾3%", "3", "%", "under"),
    ("本次发行的募集资金总额不超出15亿元", "1500000000", "CNY", "under"),
    ("每年新增用地不得超过80公顷", "80", "公顷", "under"),
    # the plain cues stay over
    ("全年营收超30亿元", "3000000000", "CNY", "over"),
    ("逾500家企业参展", "500", "家", "over"),
])
def test_negated_over_cue_is_a_ceiling(text: str, value: str, unit: str, approx: str) -> None:
    assert one(text)[:2] == (Decimal(value), unit)
    assert one(text)[3] == approx


@pytest.mark.parametrize(("text", "expected"), [
    # the size of a market or an industry is money, its currency left out
    ("去年国内预制菜市场规模达到4196亿，同比增长21.3%", [("4196亿", "CNY"), ("21.3%", "%")]),
    ("全省数字经济产业规模突破8000亿", [("8000亿", "CNY")]),
    # trading in a market wrap: the head of the amount
    ("全市场合计成交9872.3亿，较上日缩量", [("9872.3亿", "CNY")]),
    ("某游资席位当日买入4120万，卖出860万", [("4120万", "CNY"), ("860万", "CNY")]),
    ("北向资金全天净卖出38.6亿", [("38.6亿", "CNY")]),
    # a later year and a linking verb only: the clause continues the money amount, past its rate
    ("2022年市场规模为650亿，同比增长12%，预计2026年将达到1200亿", [("650亿", "CNY"), ("12%", "%"), ("1200亿", "CNY")]),
    ("2021年交易规模3.1万亿，2023 达 4.6 万亿", [("3.1万亿", "CNY"), ("4.6 万亿", "CNY")]),
    # counts stay counts: people's sizes, what was traded named, a count before the continuation
    ("在线医疗用户规模达到3.6亿，网民规模10.8亿", [("3.6亿", ""), ("10.8亿", "")]),
    ("外资机构买入股票300万，成交量4500万", [("300万", ""), ("4500万", "")]),
    ("2022年用户达3亿，预计2025年将达到4亿", [("3亿", ""), ("4亿", "")]),
])
def test_money_with_the_currency_left_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize("text", ["依次加入控制变量后得到模型2~5。", "结果见表3-6。", "如图2至4所示，各地区差异明显。"])
def test_the_end_of_a_range_of_labels_is_no_number(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("当时全县的合作社不足百个", Decimal(100), "个"), ("参展企业不到千家", Decimal(1000), "家"),
    ("每年新增岗位少于万个", Decimal(10000), "个"),
])
def test_a_bare_scale_under_a_bound_word_is_an_under_count(text: str, value: Decimal, unit: str) -> None:
    assert [(r[1], r[2], r[4]) for r in rows(text)] == [(value, unit, "under")]


# Round 20 (fix 2): money with its currency left out: a deal noun after the amount, a subjectless threshold clause,
# a symbol after the amount; 天价 is no day; a note between amount and unit; counted nouns; levels of a size class.
@pytest.mark.parametrize(("text", "expected"), [
    ("华润集团拟以120亿重组旗下水泥业务。", [("120亿", "CNY")]),
    ("该公司本次80亿募资已获批复。", [("80亿", "CNY")]),
    ("集团全年营收增长12%，首次突破千亿。", [("12%", "%"), ("千亿", "CNY")]),
    ("行业市场规模预计增长约2倍，接近3000亿。", [("2倍", "x"), ("3000亿", "CNY")]),
    ("平台活跃用户增长3倍，突破1亿。", [("3倍", "x"), ("1亿", "")]),
    ("本季度融资总额：18亿$", [("18亿$", "USD")]),
    ("某球队以2亿天价签下主力前锋。", [("2亿", "CNY")]),
    ("连续5天价格下跌。", [("5天", "day")]),
    ("地区生产总值512.6（不含开发区）亿元，增长6.1%。", [("512.6（不含开发区）亿元", "CNY"), ("6.1%", "%")]),
    ("项目为双向四车道，分两期建设。", [("四车道", "车道"), ("两期", "期")]),
    ("报告总结了五方面经验。", [("五方面", "方面")]),
])
def test_money_with_its_currency_left_out_and_counted_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "values"), [
    ("全市经济总量先后迈上6、7两个千亿级台阶。", [Decimal("6e11"), Decimal("7e11"), Decimal(2)]),
    ("进出口总值连续跨过3、4两个万亿级大关。", [Decimal("3e12"), Decimal("4e12"), Decimal(2)]),
    ("全省培育5、6两个千亿级产业集群。", [Decimal(5), Decimal(6), Decimal(2)]),
])
def test_a_list_of_levels_takes_the_size_class_scale(text: str, values: list[Decimal]) -> None:
    assert [q.value for q in find_quantities(text)] == values


def test_a_product_name_number_and_a_tex_formula_hold_no_quantity() -> None:
    assert [q.text for q in find_quantities("iPhone 15系列发布。")] == []
    assert [q.kind for q in find_quantities("公式$x=250$成立。")] != ["money"]


@pytest.mark.parametrize(("text", "expected"), [
    # round 29: a bare number after a standard's code numbers the standard, whatever follows it
    ("划分口径按照《国民经济行业分类》（GB/T 4754-2017）执行。", []),
    ("本标准代替GB 17859-1999，自发布之日起实施。", []),
    ("产品应符合GB 50016—2014《建筑设计防火规范》的要求。", []),
    ("执行DL/T 5044—2014《电力工程直流电源系统设计技术规程》。", []),
    ("该团体标准T/CEC 102于当年发布。", []),
    ("系统按ISO/IEC 27001建设，共部署服务器36台。", ["36台"]),
    # unchanged: a size glued to digits is a unit, and counts and amounts around a code stay
    ("新机型配备16GB 512GB存储组合，售价3999元。", ["16GB", "512GB", "3999元"]),
    ("依据GB/T 19001标准，全市已有120家企业通过认证。", ["120家"]),
])
def test_a_standard_codes_number_is_no_count(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == expected


# --------------------------------------------------------------------------- round 21: finance text


@pytest.mark.parametrize(("text", "expected"), [
    # a rate followed by its move: the currency rises, no litres
    ("人民币对美元中间价报7.1022，较上一交易日7.1189升值167点。", [("7.1022", ""), ("7.1189", ""), ("167点", "点")]),
    ("离岸人民币盘中触及7.2035升破关键关口。", [("7.2035", "")]),
    ("日元对美元汇率自152.3升幅收窄。", [("152.3", "")]),
    # litres stay litres, also before 升至 (a volume raised to another)
    ("新款车型油箱容积为55升，百公里油耗6.2升。", [("55升", "升"), ("6.2升", "升")]),
    ("单台设备日处理量由800升升至1200升。", [("800升", "升"), ("1200升", "升")]),
])
def test_a_rise_after_a_rate_is_no_litre(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 21: the next member of a list right after a money amount shares its currency, a negative one too
    ("贷款、债券投资、同业资产分别增加2310亿、1875亿、-412亿。",
     [("2310亿", "CNY"), ("1875亿", "CNY"), ("-412亿", "CNY")]),
    ("二季度末，该行对公贷款余额较一季度末分别增加了1520亿和-386亿。", [("1520亿", "CNY"), ("-386亿", "CNY")]),
    # a list after a count stays counts
    ("广东、山东常住人口分别为1.27亿、1.01亿。", [("1.27亿", ""), ("1.01亿", "")]),
])
def test_a_list_member_after_money_is_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 21: M before a money-market rate or instrument is a tenor's code, as 10Y is: no six million
    ("3M Shibor下行4bp至1.71%。", [("4bp", "bp"), ("1.71%", "%")]),
    ("本周6M-同业存单发行利率均值1.92%。", [("1.92%", "%")]),
    ("1M SHIBOR报1.55%，较上周上行2bp。", [("1.55%", "%"), ("2bp", "bp")]),
    # unchanged: M as a scale before money or alone
    ("该基金募集规模达6M美元。", [("6M美元", "USD")]),
    ("项目年营收约2.5M。", [("2.5M", "")]),
])
def test_a_tenor_code_before_a_rate_is_no_scale(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: a tenor's code after the rate's name or before the rate it quotes is no scale either
    ("上海银行间同业拆放利率（Shibor）3M报1.92%，下行1个基点。", [("1.92%", "%"), ("1个基点", "基点")]),
    ("SHIBOR 6M为2.01%。", [("2.01%", "%")]),
    ("Shibor隔夜报1.68%，1W报1.79%，3M报1.93%。", [("1.68%", "%"), ("1.79%", "%"), ("1.93%", "%")]),
    # unchanged: a million before money or alone, whatever follows later
    ("公司实现净利润3M，同比增长5%。", [("3M", ""), ("5%", "%")]),
    ("该行发行3M美元债券，票面利率为5.2%。", [("3M美元", "USD"), ("5.2%", "%")]),
])
def test_a_tenor_code_after_the_rate_or_before_its_quote_is_no_scale(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: a day before a total that is no window length is a date, no count of days (5日 stays one)
    ("北向资金18日累计净买入52.3亿元。", [("52.3亿元", "CNY")]),
    ("北向资金5日累计净买入52.3亿元。", [("5日", "day"), ("52.3亿元", "CNY")]),
])
def test_a_day_before_a_total_is_no_count_of_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


# Round 21: Taiwan's print press writes figures digit by digit in Chinese numerals with a full-width point.
@pytest.mark.parametrize(("text", "expected"), [
    ("上月出口金額四一二．七億美元，年增十八．六％。",
     [("四一二．七億美元", Decimal("41270000000"), "USD"), ("十八．六％", Decimal("18.6"), "%")]),
    ("化學品年減〇．八％，機械產品年增三．二％。",
     [("〇．八％", Decimal("0.8"), "%"), ("三．二％", Decimal("3.2"), "%")]),
    ("全年接單估計達七三九八．一億美元。", [("七三九八．一億美元", Decimal("739810000000"), "USD")]),
    ("失業率降至三．三六％，為廿五年新低。",
     [("三．三六％", Decimal("3.36"), "%"), ("廿五年", Decimal(25), "year")]),
    # the point as written elsewhere is unchanged: 点 in words, the Arabic decimal
    ("物价上涨二点五个百分点，收入增长3.5%。",
     [("二点五个百分点", Decimal("2.5"), "pp"), ("3.5%", Decimal("3.5"), "%")]),
    # look-alikes: a numbering at a line's start, an ordinal
    ("三．二 研究方法", [("二", Decimal(2), "")]),
    ("第三．二節說明樣本。", []),
])
def test_a_chinese_digit_string_with_a_full_width_point(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text)] == expected


# Round 49: Hong Kong and Macau wire text writes the decimal point as the small full stop ﹒ (U+FE52); it reads as "."
# the way the full-width ． does, so 302﹒12萬人次 is one figure and 1﹒2日 no day of the month.
@pytest.mark.parametrize(("text", "expected"), [
    ("入境旅客約302﹒12萬人次,按年上升9﹒5%。",
     [("302﹒12萬人次", Decimal("3021200"), "人次"), ("9﹒5%", Decimal("9.5"), "%")]),
    ("旅客平均逗留1﹒2日,留宿旅客為2﹒4日。", [("1﹒2日", Decimal("1.2"), "day"), ("2﹒4日", Decimal("2.4"), "day")]),
    ("失業率為3﹒1%。", [("3﹒1%", Decimal("3.1"), "%")]),
    # look-alikes: a numbering at a line's start, a separator between names, an ordinal
    ("1﹒ 總覽\n失業率為3%。", [("3%", Decimal("3"), "%")]),
    ("港澳﹒台灣旅客增加。", []),
    ("第3﹒2節說明樣本。", []),
])
def test_the_small_full_stop_is_a_decimal_point(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text)] == expected


# Round 21: a public purse's deficit, surplus and borrowing are money with the currency word left out.
@pytest.mark.parametrize(("text", "expected"), [
    ("本港上年度綜合帳目赤字872億，發債所得1,200億。", [("872億", "HKD"), ("1,200億", "HKD")]),
    ("本澳本年度預算錄得35億綜合盈餘。", [("35億", "MOP")]),
    ("今年全国一般公共预算赤字预计为4.06万亿，赤字率为3%。", [("4.06万亿", "CNY"), ("3%", "%")]),
    # counts and reserves stay as they were
    ("全市常住人口增加12万，新增市场主体3.2万。", [("12万", ""), ("3.2万", "")]),
    ("外汇储备增加120亿，黄金储备增至2200万盎司。", [("120亿", ""), ("2200万盎司", "盎司")]),
])
def test_fiscal_balances_are_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


# Round 21: the one-character tens of Taiwan's print press (廿 20, 卅 30) open a numeral.
@pytest.mark.parametrize(("text", "expected"), [
    ("去年出口年增率達百分之卅二點五，創卅六年新高。",
     [("百分之卅二點五", Decimal("32.5"), "%"), ("卅六年", Decimal(36), "year")]),
    ("該公司成立廿八年，員工逾五千人。", [("廿八年", Decimal(28), "year"), ("五千人", Decimal(5000), "人")]),
    ("工程延宕卅個月才完工。", [("卅個月", Decimal(30), "month")]),
    # never after a digit: a name (五卅), a lunar day
    ("五卅慘案紀念活動今天舉行。", []),
    ("臘月廿三送灶神。", []),
])
def test_a_tens_written_as_one_character(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text)] == expected


# Round 25: two whole numbers joined by a slash right before a unit of time are a list of spans, no share.
@pytest.mark.parametrize(("text", "expected"), [
    ("自实施72/144小时过境免签政策以来，入境外国游客明显增加。",
     [("72", Decimal(72), "hour"), ("144小时", Decimal(144), "hour")]),
    ("办理“外国人144/24小时过境免签”手续的旅客超1万人次。",
     [("144", Decimal(144), "hour"), ("24小时", Decimal(24), "hour"), ("1万人次", Decimal(10000), "人次")]),
    ("景区实行5/7天预约制。", [("5", Decimal(5), "day"), ("7天", Decimal(7), "day")]),
    # unchanged: a share with no unit after it, and one before a noun
    ("约1/3的游客选择自驾出行。", [("1/3", Decimal(100) / 3, "%")]),
    ("入境游客占比约为1/4。", [("1/4", Decimal(25), "%")]),
])
def test_a_slash_pair_before_a_unit_of_time_is_a_list(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text)] == expected


# --------------------------------------------------------------------------- round 25: bond and fund text


@pytest.mark.parametrize(("text", "expected"), [
    # a cycle counted with 个 is a count of cycles (the shorter 个), never weeks
    ("该票据以每5个计息年度为1个周期，发行人可选择延长1个周期。", [("5个", "个"), ("1个", "个"), ("1个", "个")]),
    ("本轮加息共持续三个周期。", [("三个", "个")]),
    ("患者平均接受4个周期的化疗。", [("4个", "个")]),
    # look-alikes: weeks, anniversaries and ages keep their units
    ("项目工期缩短2个周，提前3周完工。", [("2个周", "week"), ("3周", "week")]),
    ("学校迎来建校60周年，新生平均年龄18周岁。", [("60周年", "year"), ("18周岁", "周岁")]),
])
def test_a_cycle_is_no_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bond's tranche label (品种一, 品种2) is a name, no count
    ("本期债券品种一票面利率为2.18%，品种二票面利率为2.56%。", [("2.18%", "%"), ("2.56%", "%")]),
    ("品种1的发行规模为8亿元，品种2为4亿元。", [("8亿元", "CNY"), ("4亿元", "CNY")]),
    # look-alike: a count of varieties keeps its measure word
    ("今年新增审定品种12个，推广品种3个。", [("12个", "个"), ("3个", "个")]),
])
def test_a_tranche_label_is_no_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 25: a summary's outline run on one line (总结 1 … 1.1 …): the section numbers are numbering, no counts
    ("本周行业回顾分别进行总结 2 市场表现回顾 2.1 板块涨跌情况 - 本周板块上涨3.1%",
     [("3.1%", "%")]),
    ("研究框架 1 行业概况 1.1 市场规模 1.2 竞争格局 - 市场规模达520亿元", [("520亿元", "CNY")]),
    # look-alikes: a number set apart by spaces with no outline number beside it, or with a unit, stays
    ("本期共有 3 家企业入选，较上期增加 2 家", [("3 家", "家"), ("2 家", "家")]),
    ("指数报 1.1 上方震荡，2.5 附近有支撑", [("1.1", ""), ("2.5", "")]),
])
def test_an_outline_run_on_one_line_is_numbering(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 26: a web copy that lost its line breaks glues a list item's number to the heading before it: numbering
    ("三、经营分析1. 收入结构公司本季度实现营业收入8.2亿元。", [("8.2亿元", "CNY")]),
    ("二、主要指标2．利润情况净利润同比增长15%。", [("15%", "%")]),
    # look-alikes: a decimal after a word, a count with its measure word
    ("公司本季度营收增长1.5倍。", [("1.5倍", "x")]),
    ("全年新增门店12家。", [("12家", "家")]),
])
def test_a_list_number_glued_to_a_heading_is_numbering(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q[0], q[2]) for q in rows(text)] == expected


# Round 27: a Hong Kong or Macao text names its own place by its statistics office, market or visitors, not only by
# 本港/本澳: the generic 元 there is HKD or MOP. A Taiwanese wrap that quotes Hong Kong's index keeps TWD; a mainland
# text (simplified) and a traditional text that only names the places keep CNY.
@pytest.mark.parametrize(("text", "expected"), [
    ("政府統計處今日發表，三月份零售業總銷貨價值的臨時估計為315億元，按年上升4.1%。", "HKD"),
    ("港股收市，恒指報19820點，跌86點，全日成交1,052億元。", "HKD"),
    ("恆生指數半日收報21,430點，成交額為612.5億元。", "HKD"),
    ("訪港旅客人均消費約6,800元，較去年下跌。", "HKD"),
    ("統計暨普查局公布，第二季旅客總消費為185.6億元，按年上升12%。", "MOP"),
    ("博監局資料顯示，十月博彩毛收入為210億元。", "MOP"),
    # look-alikes: Taiwan's own words win; a mainland text in simplified script; a place named, not one's own
    ("台股今日成交值3,215億元，亞股方面恒指下跌1.2%。", "TWD"),
    ("港股通南向资金成交额为520亿元，恒指收涨。", "CNY"),
    ("香港與內地簽署協議，首期投入資金50億元。", "CNY"),
])
def test_a_hong_kong_or_macao_text_names_its_own_place(text: str, expected: str) -> None:
    assert [q[2] for q in rows(text) if q[2] in {"HKD", "MOP", "TWD", "CNY"}] == [expected]


# Round 27: a bracketed currency with 下同 right after a 元 amount (錄172.13億元(澳門元、下同)) names that amount's
# currency and that of the 元 amounts after it in the paragraph, as a declaration before a bare number does.
@pytest.mark.parametrize(("text", "expected"), [
    ("九月博彩毛收入錄176.2億元（澳門元，下同），首九月累計1,712億元。", ["MOP", "MOP"]),
    ("本港企業在內地投資1,000億元(人民幣、下同)，其中300億元投向大灣區。", ["CNY", "CNY"]),
    ("全年实际使用外资500亿元（美元，下同），其中制造业120亿元。", ["USD", "USD"]),
    # look-alikes: the next paragraph, a declaration after a word that is no 元 amount, a bracket without 下同
    ("博彩毛收入錄176.2億元（澳門元，下同）。\n\n本港零售額為300億元。", ["MOP", "HKD"]),
    ("本港出口（美元，下同）表現理想，零售額為300億元。", ["HKD"]),
])
def test_a_declared_currency_right_after_a_yuan_amount(text: str, expected: list[str]) -> None:
    assert [q[2] for q in rows(text) if q[3] == "money"] == expected


# Round 27: the seconds of a clock time (更新时间:2021-12-01 09:37:47) are no quantity, as its minutes are not; a
# colon between two numbers that are no clock time still joins a ratio's members
@pytest.mark.parametrize(("text", "expected"), [
    ("发布于2023-05-06 14:08:31", []),
    ("比赛于19:30:00开始", []),
    ("更新时间:2021-12-01 09:37:47 来源:新华网", []),
    # unchanged: a ratio's members, and minutes over 59 are no clock time
    ("男女比例为1:1.2", [("1", Decimal(1), ""), ("1.2", Decimal("1.2"), "")]),
    ("三者比例为1:80:95", [("1", Decimal(1), ""), ("80", Decimal(80), ""), ("95", Decimal(95), "")]),
])
def test_the_seconds_of_a_clock_time_are_no_quantity(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


# Round 27: a size right before 制 names a format or a scheme (十一人制足球场, 3年制, 100分制), and a number of
# players before a team sport's name names its discipline (三人篮球): no count, as the one word 五年制 is none
@pytest.mark.parametrize(("text", "expected"), [
    ("全市共有十一人制足球场42片", [("42片", Decimal(42), "片")]),
    ("新建8人制足球场地16块", [("16块", Decimal(16), "块")]),
    ("该校开设3年制护理专业", []),
    ("成绩按100分制评定", []),
    ("全区建成三人篮球场215个", [("215个", Decimal(215), "个")]),
    ("我省选手获得四人雪车第五名", []),
    # unchanged: people counted before a verb or a noun that begins with 制, and people counted plainly
    ("专家组由7人制定评分细则", [("7人", Decimal(7), "人")]),
    ("全市累计形成52项制度成果", [("52项", Decimal(52), "项")]),
    ("共有十一人入选省队", [("十一人", Decimal(11), "人")]),
    ("该班3人获得篮球一级运动员称号", [("3人", Decimal(3), "人")]),
    # round 31: a schooling scheme named by its years is a term, no duration
    ("全县九年义务教育巩固率达到99.2%", [("99.2%", Decimal("99.2"), "%")]),
    ("全区现有九年一贯制学校23所", [("23所", Decimal(23), "所")]),
    ("该市在全省率先实行12年免费教育", []),
    ("全市学前三年毛入园率达到98.5%", [("98.5%", Decimal("98.5"), "%")]),
    # unchanged: years of schooling counted plainly, and a span after 义务教育
    ("适龄儿童应当接受九年的义务教育", [("九年", Decimal(9), "year")]),
    ("全市劳动年龄人口平均受教育年限达到11.2年", [("11.2年", Decimal("11.2"), "year")]),
    ("义务教育阶段共9年", [("9年", Decimal(9), "year")]),
    # mend (review 2): a span counted back or ahead before the numeral keeps the duration
    ("近五年义务教育经费累计投入3200亿元", [("五年", Decimal(5), "year"), ("3200亿元", Decimal(320000000000), "CNY")]),
    ("连续3年义务教育巩固率保持在99%以上", [("3年", Decimal(3), "year"), ("99%", Decimal(99), "%")]),
    ("过去5年免费教育覆盖学生120万人", [("5年", Decimal(5), "year"), ("120万人", Decimal(1200000), "人")]),
    ("近三年毛入园率提高了5个百分点", [("三年", Decimal(3), "year"), ("5个百分点", Decimal(5), "pp")]),
    ("全面普及十二年免费教育", []),
])
def test_a_size_that_names_a_format_is_no_count(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 27: scientific notation of journals scales the digits by the power of ten, raised or after a caret
    ("研究区年均径流量为4.6×10⁸ m3，", [("4.6×10⁸ m3", Decimal("460000000"), "m3")]),
    ("全年秸秆产生量约2.3×10⁴ t。", [("2.3×10⁴ t", Decimal("23000"), "t")]),
    ("流域面积为1.27 × 10^5 km²。", [("1.27 × 10^5 km²", Decimal("127000"), "km²")]),
    ("出水中该物质浓度为3.1×10⁻² mg/L。", [("3.1×10⁻² mg/L", Decimal("0.031"), "mg/L")]),
    # unchanged: a product of counts (no power of ten after the sign)
    ("电厂一期建设2×350MW机组。", [("2", Decimal("2"), ""), ("350MW", Decimal("350"), "MW")]),
])
def test_scientific_notation_scales_a_measure(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 27: an M before a line of broadband is the megabit of a bandwidth tier, no million, and the tier no number
    ("全县城区全面推广200M宽带，新增用户1.6万户。", [("1.6万户", Decimal("16000"), "户")]),
    ("新建小区实现1000M光纤入户。", []),
    # unchanged: M of an amount (a million)
    ("该基金本季度净流入3.2M美元。", [("3.2M美元", Decimal("3200000"), "USD")]),
])
def test_a_broadband_tier_in_megabits_is_no_number(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 30: the tier written with 兆 after digits, or before its bound and access rate, is no number either
    ("100兆及以上接入速率的用户达6.11亿户。", [("6.11亿户", Decimal("611000000"), "户")]),
    ("全市500兆以上宽带用户占比超过九成。", [("九成", Decimal("90"), "%")]),
    ("1000M及以上接入速率的用户达1.63亿户。", [("1.63亿户", Decimal("163000000"), "户")]),
    ("城区家庭普遍接入1000兆光纤。", []),
    # unchanged: 兆 of an amount (10^12) and the units that begin with it
    ("台积电去年营收达2.16兆新台币。", [("2.16兆新台币", Decimal("2160000000000"), "TWD")]),
    ("项目新建3兆瓦分布式光伏电站。", [("3兆瓦", Decimal("3"), "兆瓦")]),
])
def test_a_broadband_tier_with_zhao_is_no_number(text: str, expected: list) -> None:
    assert [r[:3] for r in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 29: a bare four-digit count closing its label's clause or line is a count, not a year
        ("本报告期公司员工总数1287，研发人员1125，较上年同期增加136人。",
         [("1287", "1287", ""), ("1125", "1125", ""), ("136人", "136", "人")]),
        ("医疗卫生机构床位数\n医院　1456\n基层医疗卫生机构　1125\n", [("1456", "1456", ""), ("1125", "1125", "")]),
        ("全区专任教师总数1263。", [("1263", "1263", "")]),
        ("检测样本数：1287\n合格数：1246\n", [("1287", "1287", ""), ("1246", "1246", "")]),
        ("股票代码：1287\n", []),
        # a list of four-digit figures whose last member has a quantity's unit: every member is that quantity
        ("三个园区入驻企业分别为1125、1287和1346家。",
         [("三个", "3", "个"), ("1125", "1125", "家"), ("1287", "1287", "家"), ("1346家", "1346", "家")]),
        ("近三年分别招生1250、1380、1420人。", [("三年", "3", "year"), ("1250", "1250", "人"), ("1380", "1380", "人"),
                                              ("1420人", "1420", "人")]),
        # unchanged: a list of years
        ("2018、2019年", []),
        ("2016和2017年分别增长5%。", [("5%", "5", "%")]),
        ("报告期：2023\n", []),
        # unchanged: a year's context, a qualified bare figure, a year alone on its line or in a header
        ("该赛事始于1998，已连续举办26届。", [("26届", "26", "届")]),
        ("年份　2019\n", []),
        ("项目 2023\n", []),
        ("2019\n", []),
        ("2015和2016年我国债务率双下降。", []),
    ],
)
def test_a_labels_bare_four_digit_count_is_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t, str(v), u) for t, v, u, _, _ in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 30: a numeral with 十 that counts stays a quantity (only an item number is none: test_not_numbers), and
    # 不满 before no number is displeasure
    ("全市共有十二家企业参与试点。", [("十二家", Decimal("12"), "家")]),
    ("每组十、二十人不等。", [("十", Decimal("10"), "人"), ("二十人", Decimal("20"), "人")]),
    ("（十七）对报废旧车并购买新车的，补贴二十万元。", [("二十万元", Decimal("200000"), "CNY")]),
    ("十二、全年新增就业岗位三十万个", [("三十万个", Decimal("300000"), "个")]),
    ("居民对此表示不满，3名代表当场发言。", [("3名", Decimal("3"), "名")]),
])
def test_numerals_that_count_stay_quantities(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _, _ in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 30: a bare whole hour before a range connector and an hour with 时 is the range's first hour, no count
    ("11月29日0—24时，31个省（自治区、直辖市）报告新增确诊病例4435例。",
     [("31个", Decimal("31"), "个"), ("4435例", Decimal("4435"), "例")]),
    ("1月5日0-24时，全省新增本土感染者12例。", [("12例", Decimal("12"), "例")]),
    ("预计今天8～20时，全市降雨量可达50毫米。", [("50毫米", Decimal("50"), "毫米")]),
    # unchanged: a range of days or degrees, and a range to N点 (index points as often as hours)
    ("本轮降雨持续10—20天。", [("10", Decimal("10"), "day"), ("20天", Decimal("20"), "day")]),
    ("白天最高气温为3—8℃。", [("3", Decimal("3"), "℃"), ("8℃", Decimal("8"), "℃")]),
])
def test_the_first_hour_of_a_range_of_hours(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _, _ in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 31: a state group's numbered bureau, metallurgy company or institute names a subsidiary, no count
    ("中铁十六局集团有限公司投标报价8213.45万元", [("8213.45万元", Decimal("82134500"), "CNY", "money", "")]),
    ("中冶十七局中标金额为2.15亿元", [("2.15亿元", Decimal("215000000"), "CNY", "money", "")]),
    ("中交二航局承建的大桥今日合龙", []),
    ("中国二十冶集团有限公司参与建设", []),
    # round 31: a registration number after its label may open with its province's short name: one code
    ("项目经理：张卫东，一级建造师证书编号：浙1332012201234567", []),
    ("注册编号：苏2322020202101234", []),
    # unchanged: a count of bureaus, a province's count
    ("该集团下设十六个工程局", [("十六个", Decimal("16"), "个", "count", "")]),
    ("浙江共有企业1200家", [("1200家", Decimal("1200"), "家", "count", "")]),
    ("中铁共有18个工程局", [("18个", Decimal("18"), "个", "count", "")]),
    # unchanged (second read): academicians and schools after a group's word are counted
    ("近日，中国十院士联名呼吁加强基础研究。", [("十", Decimal("10"), "", "count", "")]),
    # mend (review 2): after 中国 only a metallurgy company is numbered
    ("中国五冶累计完成产值12.3亿元", [("12.3亿元", Decimal("1230000000"), "CNY", "money", "")]),
])
def test_numbered_subsidiaries_and_province_led_codes(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 39: a tally of the members of a set by the way they moved: the way after each count is no unit (no litres,
    # no 平方米), so the counts are bare cardinals of the members
    ("2月份构成制造业PMI的5个分类指数4升1降。", [("5个", Decimal("5"), "个"), ("4", Decimal("4"), ""),
                                            ("1", Decimal("1"), "")]),
    ("11个分项指数3升2降1平。", [("11个", Decimal("11"), "个"), ("3", Decimal("3"), ""), ("2", Decimal("2"), ""),
                                ("1", Decimal("1"), "")]),
    ("主要指标1降4升。", [("1", Decimal("1"), ""), ("4", Decimal("4"), "")]),
    ("8大类价格6涨2跌。", [("8大类", Decimal("8"), "大类"), ("6", Decimal("6"), ""), ("2", Decimal("2"), "")]),
    ("13个分项指数中9升4降。", [("13个", Decimal("13"), "个"), ("9", Decimal("9"), ""), ("4", Decimal("4"), "")]),
    # litres stay litres
    ("5升装食用油售价60元。", [("5升", Decimal("5"), "升"), ("60元", Decimal("60"), "CNY")]),
    ("汽油每升下调0.1元。", [("0.1元", Decimal("0.1"), "CNY")]),
    ("该水壶容积为2升。", [("2升", Decimal("2"), "升")]),
    ("油箱从5升升至8升。", [("5升", Decimal("5"), "升"), ("8升", Decimal("8"), "升")]),
    ("每桶5升，共计3升2毫升。", [("5升", Decimal("5"), "升"), ("3升", Decimal("3"), "升"),
                              ("2毫升", Decimal("2"), "毫升")]),
    ("买了3升牛奶和2升果汁。", [("3升", Decimal("3"), "升"), ("2升", Decimal("2"), "升")]),
])
def test_tally_of_members_by_way_is_no_litres(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _, _ in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A measure word's blocker (家 before 家用) does not hold where the tokenizer reads a longer word right after the
    # measure word: the blocker's letters belong to that word (家|用人单位, 家|用户), so 家 counts the firms
    ("全国共有约52万家用人单位参加专项行动。", [("52万家", Decimal("520000"), "家")]),
    ("平台已接入300家用户单位。", [("300家", Decimal("300"), "家")]),
    ("有200家用人单位签约。", [("200家", Decimal("200"), "家")]),
    # look-alikes kept: the tokenizer reads the blocked word itself (家用电器, 家族企业), so 家 is no measure there
    ("全市5万家用电器企业完成改造。", [("5万", Decimal("50000"), "")]),
    ("共有12家族企业。", [("12", Decimal("12"), "")]),
    # round 45 mend: the same test for a bare scale after a qualifier (近万家, 逾千家), which blocked unconditionally
    ("全省近万家用人单位参加招聘会。", [("万家", Decimal("10000"), "家")]),
    ("本次招聘会吸引逾千家用人单位参会。", [("千家", Decimal("1000"), "家")]),
    ("全市近千家用户完成改造。", [("千家", Decimal("1000"), "家")]),
    # look-alikes kept: a bare scale before 家用电器 or 台阶 (the tokenizer's word) counts no 家 or 台
    ("全市近万家用电器企业完成改造。", []),
    ("经济总量迈上千亿台阶。", [("千亿", Decimal("100000000000"), "CNY")]),
])
def test_a_blocker_holds_only_where_the_tokenizer_reads_it(text: str, expected: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "at", "surface", "blocked"), [
    # round 45 mend: one test every reader of measure_word_blockers asks (the unit word, the bare scale, a year
    # range's unit and a structure number's unit): a blocker holds only where the tokenizer reads the longer word
    ("52万家用人单位", 3, "家", False),
    ("300家用户", 3, "家", False),
    ("5万家用电器", 2, "家", True),
    ("迈上千亿台阶", 4, "台", True),
    ("2020人口", 4, "人", False),
])
def test_measure_word_blocked_is_one_test_for_every_reader(text: str, at: int, surface: str, blocked: bool) -> None:
    assert measure_word_blocked(text, at, surface) is blocked


@pytest.mark.parametrize(("text", "expected"), [
    # round 45: a tenor in Chinese numerals is a duration as 3年期 is, also where jieba writes it as one word with 期
    # (三年期/t, 一年期, 五年期以上)
    ("三年期定期存款利率为2.6%。", [("三年", Decimal("3"), "year"), ("2.6%", Decimal("2.6"), "%")]),
    ("一年期贷款市场报价利率为3.45%。", [("一年", Decimal("1"), "year"), ("3.45%", Decimal("3.45"), "%")]),
    ("五年期以上LPR为3.95%。", [("五年", Decimal("5"), "year"), ("3.95%", Decimal("3.95"), "%")]),
    # unchanged: digit tenors, and a numeral with no unit before 期 (a phase) or inside a longer word stays none
    ("3年期定期存款利率为2.6%。", [("3年", Decimal("3"), "year"), ("2.6%", Decimal("2.6"), "%")]),
    ("项目一期工程投资5亿元，二期工程投资8亿元。", [("5亿元", Decimal("500000000"), "CNY"),
                                               ("8亿元", Decimal("800000000"), "CNY")]),
    ("学生升入三年级后成绩提高5%。", [("5%", Decimal("5"), "%")]),
])
def test_chinese_numeral_tenors_are_durations(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _, _ in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 46: a run of scales alone (千万) after a bound read as its qualifier (超, 突破, 近) is the amount bounded,
    # as 超百万 and 破亿 already were; the adverb 千万 never follows a bound
    ("春运期间单日旅客发送量超千万，创历史新高。", [("千万", Decimal("10000000"), "", "over")]),
    ("平台注册用户突破千万。", [("千万", Decimal("10000000"), "", "over")]),
    ("全市常住人口近千万，居全省首位。", [("千万", Decimal("10000000"), "", "about")]),
    # look-alikes kept: the adverb 千万 and a size class of 千万 stay none
    ("千万不要轻信陌生来电。", []),
    ("出行前千万要核对车次。", []),
    ("客流超千万级别。", []),
    # round 46 mend: only a prefix bound counts, never a suffix qualifier after the adverb (千万多穿, 千万上下班) nor
    # the 近 that ends 最近/附近 (a word of its own), and never a run that leads an adverb's verb (千万不要, 千万别)
    ("该市常住人口将近千万。", [("千万", Decimal("10000000"), "", "about")]),
    ("专家提醒，最近千万不要轻信陌生来电。", []),
    ("景区附近千万不要随意停车。", []),
    ("天气转凉，市民出门千万多穿衣服。", []),
    ("专家提醒，投资者千万多留个心眼，谨防上当。", []),
    ("这个时候千万上下班高峰不要出行。", []),
    ("警方提醒：近期千万别给陌生人转账。", []),
])
def test_a_bounded_run_of_scales_is_an_amount(text: str, expected: list) -> None:
    assert [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 46 tidy: the bare scale after a qualifier, a range's or list's unit and the date grammar's range of bare
    # years (2000～2500家) ask the blocker with the segmenter the text already has (as the unit word's reader does),
    # never one of the whole text of the blocker's own, built again for each question
    ("全省近万家用人单位参加招聘会。", [("万家", Decimal("10000"), "家")]),
    ("本次招聘会吸引逾千家用人单位参会。", [("千家", Decimal("1000"), "家")]),
    ("2000～2500家用人单位参加。", [("2500家", Decimal("2500"), "家")]),
    # look-alikes kept: the blocked words (家用电器, 台阶) as the tokenizer reads them
    ("全市近万家用电器企业完成改造。", []),
    ("经济总量迈上千亿台阶。", [("千亿", Decimal("100000000000"), "CNY")]),
])
def test_a_blocker_reads_the_readers_segmenter(monkeypatch: pytest.MonkeyPatch, text: str, expected: list) -> None:
    import pipeline.extract.number_context as number_context

    def own_segmenter(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the blocker built a segmenter of its own")

    monkeypatch.setattr(number_context, "Segmenter", own_segmenter)  # (the readers' own are imported by name)
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


def test_the_exclusion_table_keeps_its_imports_and_its_rules_once() -> None:
    """round 47 cut: ``number_exclusions.excluded`` tries an ordered table of rules and the module's helpers moved to
    modules of their concern; the engine still imports the reading and the unit helpers from ``number_exclusions``."""
    from pipeline.extract import (
        number_exclusion_base,
        number_exclusion_ordinals,
        number_exclusion_units,
        number_exclusions,
    )

    assert number_exclusions.Reading is number_exclusion_base.Reading
    assert number_exclusions.year_like is number_exclusion_base.year_like
    assert number_exclusions.grade_label is number_exclusion_ordinals.grade_label
    for name in ("english_scale_at", "letter_scale_at", "change_led_unit", "share_scheme_unit",
                 "after_change_abbreviation"):
        assert getattr(number_exclusions, name) is getattr(number_exclusion_units, name)
    rules = number_exclusions.EXCLUSION_RULES
    assert len(set(rules)) == len(rules)
    assert rules[-1] is number_exclusions._rule_chinese_word  # the Chinese-word rules come last


@pytest.mark.parametrize(("text", "expected"), [
    # the table's rules in turn (round 47 cut): an ordinal, a label, a code, a clock time and 一 as an article are
    # no quantity; the amounts and counts beside them stay
    ("第3位选手获得奖金2万元。", [("2万元", Decimal("20000"), "CNY")]),
    ("如图1所示，销量增长5%。", [("5%", Decimal("5"), "%")]),
    ("5G基站新增3个。", [("3个", Decimal("3"), "个")]),
    ("下午四点，共有12人到场。", [("12人", Decimal("12"), "人")]),
    ("这是一个很好的机遇，投资3亿元。", [("3亿元", Decimal("300000000"), "CNY")]),
])
def test_the_exclusion_table_drops_the_not_numbers(text: str, expected: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "value", "unit"), [
    # Class (round 48): a scaled amount with its currency word left out after a tax noun is money (was a bare count)
    ("全国高新技术企业上交税额由2012年的0.8万亿，增加到2021年的2.3万亿。", "800000000000", "CNY"),
    ("该市全年纳税超过300亿，同比增长8%。", "30000000000", "CNY"),
    ("2022年全省企业缴纳税费1200亿，比上年增长5%。", "120000000000", "CNY"),
    # look-alikes kept: a taxpayer counted (纳税人, 纳税户), a person counted after another money cue (投资人: was
    # money), a scaled count with no money word
    ("全市新增纳税人300万，同比增长8%。", "3000000", ""),
    ("个体纳税户120万，比上年增加5%。", "1200000", ""),
    ("平台投资人超过3000万，同比增长6%。", "30000000", ""),
    ("全市新增用户300万，同比增长8%。", "3000000", ""),
    # (mend) taxpaying bodies counted after the verb 纳税 (was money): it makes money only heading the amount
    ("全市纳税企业超过12万，同比增长8%。", "120000", ""),
    ("全区纳税主体达3.5万，比上年增加4000。", "35000", ""),
    ("今年全省缴税超过500亿，同比增长3%。", "50000000000", "CNY"),
])
def test_an_amount_after_a_tax_noun_is_money(text: str, value: str, unit: str) -> None:
    found = [q for q in find_quantities(text) if q.value == Decimal(value)]
    assert len(found) == 1, found
    assert found[0].unit == unit


@pytest.mark.parametrize(("text", "kept"), [
    # Class (round 48): the grade of a post in an official's title (二级巡视员, 一级调研员, 二级教授) is a rank, no
    # number (was 2 级)
    ("工业和信息化部信息技术发展司二级巡视员傅永宝介绍，截至3月底，5G基站达439.5万个。", ["439.5万个"]),
    ("省统计局一级调研员王某介绍，一季度全省GDP增长5.2%。", ["5.2%"]),
    ("该院现有二级教授12人，国家一级演员3人。", ["12人", "3人"]),
    ("四级主任科员李某说，全区共有企业300家。", ["300家"]),
    # look-alikes kept: levels counted (三级联动), kinds counted with 两, a grade of something else
    ("全市建立市、区、街三级联动机制，覆盖居民120万人。", ["三级", "120万人"]),
    ("该校设有两级教授岗位共20个。", ["两级", "20个"]),
])
def test_the_grade_of_an_officials_post_is_no_number(text: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == kept
