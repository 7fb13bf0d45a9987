"""Units and currencies around a numeral: rates, currencies before the number, 圆/圆整, the scale
written once on a range's second member, full-width separators, the passage's currency, amounts
with the currency word left out, top-N groups (pipeline.extract.unit_forms)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.dates import quantities_outside_dates as find_quantities
from pipeline.extract.unit_forms import home_currency


def rows(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text)]


def values(text: str) -> list[tuple[Decimal, str, str]]:
    return [(q.value, q.unit, q.kind) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind", "span"),
    [
        ("新装置设计产能为80万吨/年。", "800000", "吨/年", "count", "80万吨/年"),
        ("列车时速可达350公里/小时。", "350", "公里/小时", "count", "350公里/小时"),
        ("限速为120km/h。", "120", "km/h", "count", "120km/h"),
        ("电解铝现货报价18500元/吨。", "18500", "CNY", "money", "18500元/吨"),
        ("布伦特原油一度升至95美元/桶。", "95", "USD", "money", "95美元/桶"),
        ("该电站年发电量约3.2GWh。", "3.2", "GWh", "count", "3.2GWh"),
    ],
)
def test_rates_are_one_unit(text: str, value: str, unit: str, kind: str, span: str) -> None:
    assert rows(text) == [(span, Decimal(value), unit, kind)]


def test_a_slash_before_a_number_is_no_rate() -> None:
    got = values("每股收益分别为0.85元/0.92元。")
    assert (Decimal("0.85"), "CNY", "money") in got and (Decimal("0.92"), "CNY", "money") in got


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("他说月租要港币两千九百六十元。", "2960", "HKD"),  # the name before wins over the generic 元
        ("总价为新台币 177.1 亿元。", "17710000000", "TWD"),
        ("这批货值美元 300万。", "3000000", "USD"),
        ("门票售价HK$580。", "580", "HKD"),
        ("门票售价US$ 45。", "45", "USD"),
        ("起拍价为€120万。", "1200000", "EUR"),
        ("年费£99。", "99", "GBP"),
        ("标价￥1,280。", "1280", "CNY"),
        ("成本约$3.5亿。", "350000000", "USD"),
    ],
)
def test_currency_before_the_number(text: str, value: str, code: str) -> None:
    assert values(text) == [(Decimal(value), code, "money")]


def test_tex_dollars_are_no_money() -> None:
    assert all(kind != "money" for _v, _u, kind in values("年龄在 $0 { \\sim } 6$ 岁之间的儿童"))
    assert all(kind != "money" for _v, _u, kind in values("样本量为 $12$ 份"))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("合同总价人民币壹万贰仟圆整。", "壹万贰仟圆整", "12000"),
        ("今收到货款叁佰贰拾元整。", "叁佰贰拾元整", "320"),
        ("奖金伍佰圆。", "伍佰圆", "500"),
    ],
)
def test_yuan_written_yuan_and_zheng(text: str, span: str, value: str) -> None:
    assert rows(text) == [(span, Decimal(value), "CNY", "money")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("预计投资一百二十到一百五十万元。", [("1200000", "CNY"), ("1500000", "CNY")]),
        ("每台售价两到三仟元。", [("2000", "CNY"), ("3000", "CNY")]),
        ("每户补贴三至五万元。", [("30000", "CNY"), ("50000", "CNY")]),
        ("人数在二十到三十万之间。", [("200000", ""), ("300000", "")]),
        ("从3000到5万元不等。", [("3000", "CNY"), ("50000", "CNY")]),  # larger once scaled: kept
    ],
)
def test_range_scale_written_once_on_the_second_member(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v, u) for v, u, _k in values(text)] == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年营业收入233，456，789元。", "233456789"),
        ("共计１２，３４５元。", "12345"),
    ],
)
def test_full_width_thousands_separators(text: str, value: str) -> None:
    assert values(text) == [(Decimal(value), "CNY", "money")]


def test_a_full_width_comma_between_numbers_still_separates_them() -> None:
    assert [v for v, _u, _k in values("分别增长了12，35个百分点")] == [Decimal(12), Decimal(35)]


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("公司去年营收超300亿。", "30000000000", "over"),
        ("该股市值不到2500亿。", "250000000000", "under"),
        ("今年利润总额8000亿，同比增长。", "800000000000", ""),
        ("当日北向资金流入金额45亿。", "4500000000", ""),
    ],
)
def test_amounts_with_the_currency_word_left_out_are_money(text: str, value: str, approx: str) -> None:
    got = [(q.value, q.unit, q.kind, q.approx) for q in find_quantities(text)]
    assert got == [(Decimal(value), "CNY", "money", approx)]


def test_no_money_without_a_money_word() -> None:
    assert values("全国人口超过14亿。") == [(Decimal(1400000000), "", "count")]
    assert values("营收增长，用户达3亿。")[0][2] == "count"  # the money word is in another clause


def money_of(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text) if q.unit != "%"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 13: trade and money-market flows name money
        ("其中，出口19.55万亿，增长0.4%；贸易顺差4.78万亿。",
         [("19.55万亿", "19550000000000"), ("4.78万亿", "4780000000000")]),
        ("央行本周净投放6000亿，逆回购到期2690亿。", [("6000亿", "600000000000"), ("2690亿", "269000000000")]),
        ("10月份，社融增量1.85万亿，比上年同期多9108亿。", [("1.85万亿", "1850000000000"), ("9108亿", "910800000000")]),
        # a comparison clause continues the money amount before it in the sentence
        ("10月新增贷款7384亿，同比多增1058亿。", [("7384亿", "738400000000"), ("1058亿", "105800000000")]),
    ],
)
def test_flows_and_continuations_are_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money_of(text) == [(t, Decimal(v), "CNY", "money") for t, v in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flow names money only as the head of its amount: a noun between names what is counted
        ("全市累计投放共享单车20万，新增公共充电桩1.2万。", [("20万", "200000", ""), ("1.2万", "12000", "")]),
        ("全省新设外资企业1.3万。", [("1.3万", "13000", "")]),
        ("全年出口集装箱1200万，出口量300万。", [("1200万", "12000000", ""), ("300万", "3000000", "")]),
        ("按美元计价，出口2.79万亿。全年出口集装箱2100万。",
         [("2.79万亿", "2790000000000", "USD"), ("2100万", "21000000", "")]),
        # …and with the amount's word, a comparison or a linking verb between
        ("全年出口额比上年增加3000亿，进口总值为1.2万亿。",
         [("3000亿", "300000000000", "CNY"), ("1.2万亿", "1200000000000", "CNY")]),
        # a declared scale makes money only of an amount its cue heads, never of a ratio
        ("公司主要财务数据如下（单位：万元，下同）：营业收入为35000，同比增长12.5%；资产负债率为56.3。",
         [("35000", "350000000", "CNY"), ("56.3", "56.3", "")]),
    ],
)
def test_money_cues_head_their_amount(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert money_of(text) == [(t, Decimal(v), code, "money" if code else "count") for t, v, code in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 18: 费用 read inside 付费用户, 消费用户, 免费用户 is no money word; the users are counted
        ("截至6月末，长视频平台付费用户数达1.2亿。", [("1.2亿", "120000000", "")]),
        ("该应用消费用户规模达3.2亿，免费用户数为5.6亿。", [("3.2亿", "320000000", ""), ("5.6亿", "560000000", "")]),
        ("音乐平台月活跃付费用户超过8000万。", [("8000万", "80000000", "")]),
        # 费用 itself stays money
        ("公司上半年销售费用达3.2亿。", [("3.2亿", "320000000", "CNY")]),
        ("全年管理费用1.5亿。", [("1.5亿", "150000000", "CNY")]),
        # round 30: 收入 read inside a group of people (低收入人口, 中等收入群体, 低收入家庭) is no money word either
        ("截至目前，全国低收入人口动态监测信息平台已汇聚6600万低收入人口信息。", [("6600万", "66000000", "")]),
        ("目前全市中等收入群体超过300万，较2020年明显扩大。", [("300万", "3000000", "")]),
        ("全县累计认定低收入家庭1.2万，低收入人群3.5万。", [("1.2万", "12000", ""), ("3.5万", "35000", "")]),
        # 收入 of a group's money stays money
        ("全年城乡低保资金收入45亿，低收入人口人均收入增长8%。", [("45亿", "4500000000", "CNY")]),
        ("低收入家庭收入总额达到12亿。", [("12亿", "1200000000", "CNY")]),
    ],
)
def test_fee_inside_user_names_no_money(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert money_of(text) == [(t, Decimal(v), code, "money" if code else "count") for t, v, code in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: sanctions, losses and fund-raising in enforcement news are money without 元
        ("两家私募机构因挪用基金财产分别被罚没4.2亿和8600余万。",
         [("4.2亿", "420000000", "CNY"), ("8600余万", "86000000", "CNY")]),
        ("法院一审判处罚金300万，责令退赔被害人经济损失1500万。",
         [("300万", "3000000", "CNY"), ("1500万", "15000000", "CNY")]),
        ("经查，该平台以高息为诱饵吸收公众存款12亿，案发时未兑付本金6.8亿。",
         [("12亿", "1200000000", "CNY"), ("6.8亿", "680000000", "CNY")]),
        ("税务部门依法追缴税款850万，没收违法所得120万。",
         [("850万", "8500000", "CNY"), ("120万", "1200000", "CNY")]),
        ("一审宣判后，两名被告人被判共同赔偿3.2亿。", [("3.2亿", "320000000", "CNY")]),
        # people and cases named between the cue and the number stay counts
        ("该案涉案人员1.2万，集资参与人3万。", [("1.2万", "12000", ""), ("3万", "30000", "")]),
        ("全年涉案企业1.1万，赔偿投资者超过5万。", [("1.1万", "11000", ""), ("5万", "50000", "")]),
    ],
)
def test_enforcement_money_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    scaled = [row for row in money_of(text) if row[1] >= 10000]
    assert scaled == [(t, Decimal(v), code, "money" if code else "count") for t, v, code in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("按美元计价，前10个月我国出口2.79万亿，下降5.6%。", [("2.79万亿", "2790000000000", "USD")]),
        ("以美元计，10月出口2748亿，同比下降6.4%。", [("2748亿", "274800000000", "USD")]),
        ("出口2.79万亿（美元，下同），下降5.6%；进口2.1万亿；贸易顺差6886.2亿。",
         [("2.79万亿", "2790000000000", "USD"), ("2.1万亿", "2100000000000", "USD"),
          ("6886.2亿", "688620000000", "USD")]),
        ("1—10月，全市实际使用外资（单位：亿美元，下同）为86.5，同比下降12.1%。", [("86.5", "8650000000", "USD")]),
        # a later declaration takes over; a new paragraph is back to the text's own currency
        ("按人民币计价，出口3.2万亿；按美元计价，出口4500亿。",
         [("3.2万亿", "3200000000000", "CNY"), ("4500亿", "450000000000", "USD")]),
        ("以美元计，出口2748亿。\n下一段，进口1.2万亿。",
         [("2748亿", "274800000000", "USD"), ("1.2万亿", "1200000000000", "CNY")]),
        # the currency of the amount before it in the sentence
        ("全年出口额3000亿美元，其中，对美出口500亿。",
         [("3000亿美元", "300000000000", "USD"), ("500亿", "50000000000", "USD")]),
        ("外贸新三样合计出口超8000亿元，电动汽车出口额达到2900亿。",
         [("8000亿元", "800000000000", "CNY"), ("2900亿", "290000000000", "CNY")]),
    ],
)
def test_the_passage_declares_its_currency(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert money_of(text) == [(t, Decimal(v), code, "money") for t, v, code in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 23: a field label's bracketed currency before its colon holds for the value right after it
        ("预算金额（元）：2860000", [("2860000", "2860000", "CNY")]),
        ("中标金额（万元）：245.8", [("245.8", "2458000", "CNY")]),
        ("成交金额(万元)：170", [("170", "1700000", "CNY")]),
        ("合同金额（万美元）：36", [("36", "360000", "USD")]),
    ],
)
def test_a_field_labels_bracketed_currency(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert money_of(text) == [(t, Decimal(v), code, "money") for t, v, code in expected]


@pytest.mark.parametrize(
    "text",
    [
        "供应商数量（家）：5",  # no currency in the bracket
        "资格要求（详见附件）：3",
        "预算金额（元）为另行公布，采购包数量：2",  # the bracket governs no value after a colon
    ],
)
def test_a_field_label_without_a_currency_declares_none(text: str) -> None:
    assert [row for row in money_of(text) if row[3] == "money"] == []


@pytest.mark.parametrize(
    "text",
    [
        "前三季度，国内旅游总人次36.74亿，恢复至2019年的80.2%。",
        "10月活跃用户3.2亿，同比增加5000万。",  # a continuation of a count stays a count
        "营收300亿元，用户3亿，同比增加2000万。",
        "全国GDP达126万亿元，年末人口比上年减少85万。",  # a clause with its own subject continues nothing
        "全年出口量达1200万。",  # 出口量: a physical amount
    ],
)
def test_counts_stay_counts(text: str) -> None:
    assert [t for t, _v, _u, kind in money_of(text) if kind == "money" and not t.endswith("元")] == []


def test_home_currency_of_a_hong_kong_text() -> None:
    hk = "本港最新失業率升至6.2%，收入中位數為19000元，較上季下跌。這是數字。"
    assert home_currency(hk) == "HKD"
    assert values(hk)[1] == (Decimal(19000), "HKD", "money")
    # a mainland text in traditional script, and a simplified text about a port, stay CNY
    assert home_currency("香港特區與內地合作，投資總額為300億元。這個區域的發展。") == "CNY"
    assert home_currency("本港集装箱吞吐量为300万标箱，这个数字创新高。") == "CNY"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("北向资金持有规模前十的个股表现较好。", "10"),
        ("单销量排名前三的品牌。", "3"),
        ("周频资金净流入前5的行业。", "5"),
    ],
)
def test_top_n_groups_are_counts(text: str, value: str) -> None:
    assert [(v, k) for v, _u, k in values(text)] == [(Decimal(value), "count")]


def test_top_n_with_a_measure_word() -> None:
    assert values("入选榜单前500家企业。") == [(Decimal(500), "家", "count")]


def test_words_ending_in_qian_open_no_top_n() -> None:
    assert values("目前三家企业已签约。") == [(Decimal(3), "家", "count")]
    assert values("此前一再推迟。") == []


def test_the_scale_goes_back_along_a_list() -> None:
    assert [v for v, _u, _k in values("分别为1、2、3万元。")] == [Decimal(10000), Decimal(20000), Decimal(30000)]
    assert [v for v, _u, _k in values("分别为1万、2、3万元。")] == [Decimal(10000), Decimal(20000), Decimal(30000)]


def test_a_letter_scale_before_chinese() -> None:
    assert values("月薪15k左右") == [(Decimal(15000), "", "count")]
    assert values("报价1.5k元") == [(Decimal(1500), "CNY", "money")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 31: a letter after digits followed by a Chinese word that ends no amount is a code (a display format)
    ("到2025年，4K/8K超高清视频用户数达到2亿户。", [(Decimal(200000000), "户", "count")]),
    ("该电视支持8K分辨率，首批备货2万台。", [(Decimal(20000), "台", "count")]),
    ("全省4K超高清频道增至5个。", [(Decimal(5), "个", "count")]),
    # near misses: a measure word, an approximation, 多 or a Chinese scale after the letter keep the amount
    ("这类岗位月薪普遍在8K左右。", [(Decimal(8000), "", "count")]),
    ("带动1.5k人就业，人均补贴1.2k元。", [(Decimal(1500), "人", "count"), (Decimal(1200), "CNY", "money")]),
    ("项目追加投资5k万。", [(Decimal(50000000), "", "count")]),
    ("单价报10k/20k元两档。", [(Decimal(10000), "CNY", "money"), (Decimal(20000), "CNY", "money")]),
    # mend: only a display-format word makes the code; a salary before 的/至/或 stays an amount (review 2)
    ("年薪30k至50k的岗位增长", [(Decimal(30000), "", "count"), (Decimal(50000), "", "count")]),
    ("月薪8K或以上的岗位", [(Decimal(8000), "", "count")]),
    ("月薪8k的岗位增加了200个。", [(Decimal(8000), "", "count"), (Decimal(200), "个", "count")]),
    ("新增8K电视直播频道2个。", [(Decimal(2), "个", "count")]),
])
def test_a_letter_scale_before_a_word_that_ends_no_amount(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_long_letter_scale_list_is_walked_in_a_loop() -> None:
    text = "支持" + "、".join(f"{i}k" for i in range(1, 1501)) + "超高清。"
    assert values(text) == []


def _approx(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # round 15: self-media write 万 as w/W, chain a letter scale with a Chinese one, and add + for "more than"
    ("这位主播的粉丝数涨到了8w。", [("8w", Decimal(80000), "", "")]),
    ("新车上市首月卖了2.4W台，", [("2.4W台", Decimal(24000), "台", "")]),
    ("这条视频点赞50w+，评论3k+。", [("50w+", Decimal(500000), "", "over"), ("3k+", Decimal(3000), "", "over")]),
    ("项目总投资从8k万增加到1.5亿元。", [("8k万", Decimal(80000000), "", ""),
                                      ("1.5亿元", Decimal(150000000), "CNY", "")]),
    ("板块成交额2.1w亿元", [("2.1w亿元", Decimal(2100000000000), "CNY", "")]),
    ("去年底存款6W 今年还没花完", [("6W", Decimal(60000), "", "")]),
])
def test_informal_latin_scales(text: str, expected: list) -> None:
    assert _approx(text) == expected


@pytest.mark.parametrize("text", [
    "这款手机支持65W快充，续航不错。",  # watts
    "充电器功率为120W，体积很小。",
    "新版本3w3c协议发布。",  # letters follow: a code
    "Windows 11发布，iPhone 15上市。",
    "PM2.5浓度下降，5G基站建设提速。",
])
def test_latin_scale_guards(text: str) -> None:
    assert all(q.unit != "" or q.value < 10000 for q in find_quantities(text)), find_quantities(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("该地区发病率为12.5/10万。", "0.0125"),
        ("新生儿死亡率降至3/10万。", "0.003"),
        ("不良率4.5/1000。", "0.45"),
    ],
)
def test_a_rate_per_a_power_of_ten_is_a_share(text: str, value: str) -> None:
    assert values(text) == [(Decimal(value), "%", "percent")]


def test_values_separated_by_slashes_share_the_unit() -> None:
    assert values("预计每股收益为0.85/0.92/1.10元。") == [
        (Decimal("0.85"), "CNY", "money"),
        (Decimal("0.92"), "CNY", "money"),
        (Decimal("1.1"), "CNY", "money"),
    ]
    assert values("其中三分之一即1/3。")[-1] == (Decimal(1) / 3 * 100, "%", "percent")


def test_kuai_is_money_only_where_money_is_spoken_of() -> None:
    assert values("这个手机壳花费我三块。") == [(Decimal(3), "CNY", "money")]
    assert values("苹果三块五毛一斤。")[0] == (Decimal("3.5"), "CNY", "money")
    assert values("他切了两块蛋糕。") == [(Decimal(2), "块", "count")]
    assert values("这是最后一块拼图。") == []  # 一块 as an article


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("飞机停着也有超过亿元的支出。", "100000000", "CNY", "over"),
        ("该项目投资近亿元。", "100000000", "CNY", "about"),
        ("本港投資超過億元，這是首次。", "100000000", "HKD", "over"),
        ("公司去年赚了两个亿。", "200000000", "CNY", ""),  # round 15: 赚 is a money verb
        ("合同金额三个亿卢布。", "300000000", "RUB", ""),
        ("今年中央预算内投资安排了六千八百个亿。", "680000000000", "CNY", ""),  # round 14: a money cue before
        ("专项债发行了三千多个亿。", "300000000000", "CNY", "over"),
        ("这个项目总投资一个多亿。", "100000000", "CNY", "over"),
        ("平台有三个亿的用户。", "300000000", "", ""),
    ],
)
def test_a_scale_standing_for_the_number(text: str, value: str, unit: str, approx: str) -> None:
    got = [(q.value, q.unit, q.approx) for q in find_quantities(text)]
    assert got == [(Decimal(value), unit, approx)]


def test_a_scale_after_a_qualifier_needs_a_unit() -> None:
    assert values("经过亿万年的演化。") == []


def test_iso_codes_after_an_amount() -> None:
    assert values("价值500 HKD。") == [(Decimal(500), "HKD", "money")]
    assert values("融资1.2亿 USD。") == [(Decimal(120000000), "USD", "money")]
    assert all(kind != "money" for _v, _u, kind in values("榜单TOP 10中有3 ALL"))


def test_subunit_amounts_with_qian() -> None:
    assert values("这支冰棍五毛钱。") == [(Decimal("0.5"), "CNY", "money")]
    assert values("邮费八分钱。") == [(Decimal("0.08"), "CNY", "money")]
    assert values("五角大楼发表声明。") == []


def test_kuai_at_a_clause_end_is_money_from_ten_on() -> None:
    assert values("这双鞋三四百块。") == [(Decimal(300), "CNY", "money"), (Decimal(400), "CNY", "money")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("1—10月，集成电路产量2857亿块。", "285700000000", "块", "count"),
        ("液晶显示屏产量1.8亿块，同比增长。", "180000000", "块", "count"),
        ("我国运动员共获得奖牌383块。", "383", "块", "count"),
        ("芯片销售量3亿块。", "300000000", "块", "count"),  # 量 is nearer than 售
        ("那个要五十块。", "50", "CNY", "money"),
        ("产量不高，这批货卖了三十万块。", "300000", "CNY", "money"),  # 卖 in the number's own clause
        ("他的工资八千块。", "8000", "CNY", "money"),
        # round 18: the counted noun (screens, grounds, panels) or a count of the set names what is counted
        ("截至去年底，全国银幕总数达86310块。", "86310", "块", "count"),
        ("今年新增银幕5200余块。", "5200", "块", "count"),
        ("全市共新建社会足球场地86块。", "86", "块", "count"),
        ("冬运会场馆新建冰场12块。", "12", "块", "count"),
        ("商圈内共有户外大屏2.3万块。", "23000", "块", "count"),
        ("换屏花了三百块。", "300", "CNY", "money"),  # 花 is nearer than 屏
        ("商场里这件T恤八十块。", "80", "CNY", "money"),  # 商场 names no counted ground
    ],
)
def test_kuai_after_a_measure_noun_counts_pieces(text: str, value: str, unit: str, kind: str) -> None:
    assert values(text) == [(Decimal(value), unit, kind)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全国家禽出栏123.4亿羽。", "12340000000", "羽"),
        ("全国新建油气井完钻8600口。", "8600", "口"),
        ("其中页岩气井1200口。", "1200", "口"),
        ("新打机井3.5万眼。", "35000", "眼"),
        ("全年共发射卫星67枚。", "67", "枚"),
        ("鱼苗投放量245亿尾。", "24500000000", "尾"),
    ],
)
def test_measure_words_of_agriculture_and_energy(text: str, value: str, unit: str) -> None:
    assert values(text) == [(Decimal(value), unit, "count")]


def test_words_opened_by_those_measure_words_are_not_units() -> None:
    assert values("我国有14亿人口。") == [(Decimal(1400000000), "人", "count")]
    assert values("他一口气看了一眼。") == []
    assert values("生产3亿口罩。") == [(Decimal(300000000), "", "count")]
    assert values("收盘价12尾盘。") == [(Decimal(12), "", "count")]


def test_major_codes_before_an_amount() -> None:
    assert values("报价USD 10000。") == [(Decimal(10000), "USD", "money")]


def test_ling_after_a_scale_is_a_filler_not_a_plan_name() -> None:
    assert values("共一千零一个。") == [(Decimal(1001), "个", "count")]
    assert values("四千零五万") == [(Decimal(40050000), "", "count")]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("新增装机容量120万千瓦。", "120万千瓦", "1200000", "千瓦"),  # the scale before a scale-led unit
        ("每天摄入热量不超过2000千卡。", "2000千卡", "2000", "千卡"),
        ("屏幕尺寸为6.1英寸。", "6.1英寸", "6.1", "英寸"),
        ("最高气温38摄氏度，最低气温25℃。", "25℃", "25", "℃"),
        ("如今身高168CM。", "168CM", "168", "CM"),
        ("一克拉钻石售价上涨。", "一克拉", "1", "克拉"),
        ("美联储加息75个基点。", "75个基点", "75", "基点"),  # docs/annotation-decisions.md: basis points
    ],
)
def test_measures_of_dimension_energy_and_temperature(text: str, span: str, value: str, unit: str) -> None:
    assert (span, Decimal(value), unit, "count") in rows(text)


def test_liang_ends_no_numeral_after_a_digit() -> None:
    assert (Decimal("30"), "", "count") in values("三十两")  # never 32
    assert values("一万两千元")[0][:2] == (Decimal("12000"), "CNY")
    assert values("两千两百万人")[0][:2] == (Decimal("22000000"), "人")


def test_a_year_and_the_next_are_no_fraction() -> None:
    assert not [r for r in rows("2020/21") if r[3] == "percent"]  # a fiscal year, not 9619 %
    assert rows("约3/5的企业")[0][1:] == (Decimal("60"), "%", "percent")


def test_months_counted_without_ge_are_durations() -> None:
    assert rows("两月市值蒸发1800亿")[0] == ("两月", Decimal("2"), "month", "duration")
    assert rows("近三月的成功概率")[0] == ("三月", Decimal("3"), "month", "duration")
    assert rows("3月份出口增长5%") == [("5%", Decimal("5"), "%", "percent")]  # 3月份 is March, a date


def test_approximate_pairs_with_liang_and_relative_days() -> None:
    assert [r[0] for r in rows("企业数量增长了一两倍")] == ["一", "两倍"]
    assert rows("美元指数较前一日上涨0.3%") == [("0.3%", Decimal("0.3"), "%", "percent")]
    assert rows("坚守三尺讲台") == []
    assert rows("主频为3.2千兆赫")[0][:3] == ("3.2千兆赫", Decimal("3.2"), "千兆赫")


def test_approximate_pairs_scale_both_members() -> None:
    assert [(r[0], r[1]) for r in rows("利润下降一两成")] == [("一", Decimal("10")), ("两成", Decimal("20"))]
    assert [(r[0], r[1]) for r in rows("两三成")] == [("两", Decimal("20")), ("三成", Decimal("30"))]
    assert [(r[0], r[2]) for r in rows("三两天就到")] == [("三", "day"), ("两天", "day")]
    # a discount pair is tenths too, while a discount of two digits is read as written (八五折 → 85 %)
    assert [(r[0], r[1]) for r in rows("商品打七八折")] == [("七", Decimal("70")), ("八折", Decimal("80"))]
    assert [(r[0], r[1]) for r in rows("全场八五折")] == [("八五折", Decimal("85"))]


def test_a_day_after_a_verb_of_delay_is_a_span() -> None:
    assert rows("比原计划提前一天") == [("一天", Decimal("1"), "day", "duration")]
    assert rows("股价在下一日回升") == []


def test_pairs_with_a_half_and_a_tael() -> None:
    assert [r[1] for r in rows("等了一两个半小时")] == [Decimal("1.5"), Decimal("2.5")]
    assert rows("喝了三两白酒") == [] and rows("三两成群") == []


def test_signs_after_a_change_word_or_abbreviation_are_minus_signs() -> None:
    assert rows("营收同比-5.7%")[0][:2] == ("-5.7%", Decimal("-5.7"))
    assert [r[1] for r in rows("营收yoy+15.7%，qoq-3.2%")] == [Decimal("15.7"), Decimal("-3.2")]
    assert [r[1] for r in rows("分别为+3.5%/-2.1%，下降−3.2%")] == [Decimal("3.5"), Decimal("-2.1"), Decimal("-3.2")]
    assert [r[1] for r in rows("10卢比-20卢比")] == [Decimal("10"), Decimal("20")]  # a range dash after a unit
    assert rows("COVID-19疫情") == [] and rows("T+0交易") == []


def test_a_signed_slash_list_shares_its_unit() -> None:
    got = rows("同比分别-0.45/-0.23/+0.67/-0.12pct。")
    assert [(r[0], r[1], r[2]) for r in got] == [
        ("-0.45", Decimal("-0.45"), "pp"), ("-0.23", Decimal("-0.23"), "pp"), ("+0.67", Decimal("0.67"), "pp"),
        ("-0.12pct", Decimal("-0.12"), "pp")]
    assert [(r[1], r[2]) for r in rows("同比分别+2.3/+0.8pct。")] == [(Decimal("2.3"), "pp"), (Decimal("0.8"), "pp")]
    assert [r[0] for r in rows("“5+2+4”产业集群，1+1大于2")] == ["1", "1", "2"]  # + between numbers is no sign


def test_broker_percentage_points_and_basis_points() -> None:
    assert [(r[1], r[2]) for r in rows("毛利率提升0.4pct，净利率+0.4pp，下降2.3ppt")] == [
        (Decimal("0.4"), "pp"), (Decimal("0.4"), "pp"), (Decimal("2.3"), "pp")]
    assert rows("降息25bp")[0][:3] == ("25bp", Decimal("25"), "bp")
    assert rows("2022BP世界能源展望发布") == []  # BP the company, after a year
    assert rows("2pptx") == []


def test_a_range_member_takes_the_units_factor_and_one_may_open_it() -> None:
    assert [r[1] for r in rows("提升三至五成")] == [Decimal("30"), Decimal("50")]
    assert [r[1] for r in rows("不良率为3-5‰")] == [Decimal("0.3"), Decimal("0.5")]
    assert [r[1] for r in rows("全场七到八折")] == [Decimal("70"), Decimal("80")]
    assert [(r[0], r[2]) for r in rows("需要一至三年")] == [("一", "year"), ("三年", "year")]
    assert rows("一到周末就下雨") == []


def test_a_scale_alone_after_a_qualifier_or_with_yu_is_the_number() -> None:
    assert rows("吸引了近千家企业")[0][1:3] == (Decimal("1000"), "家")
    assert rows("有千余人参加")[0][:3] == ("千余人", Decimal("1000"), "人")
    assert rows("共有百余家企业")[0][1] == Decimal("100")
    assert rows("千家万户") == [] and rows("成千上万") == []
    assert rows("提高27.2个百分点")[0][1:3] == (Decimal("27.2"), "pp")


def test_transport_and_device_measures_and_glued_currency_codes() -> None:
    assert rows("吞吐量2.73亿标准箱")[0][1:3] == (Decimal("273000000"), "标准箱")
    assert rows("货运量3.3万亿吨公里")[0][2] == "吨公里"
    # round 32: passenger-trip and vehicle kilometres are one unit, as 人公里 is (not 人次 with 公里 dropped)
    assert rows("客运周转量1978亿人次公里")[0][1:3] == (Decimal("197800000000"), "人次公里")
    assert rows("运营里程352.2亿车公里")[0][1:3] == (Decimal("35220000000"), "车公里")
    assert rows("客运量26.7亿人次，运营里程1万公里")[0][2] == "人次"
    assert rows("接种3亿剂次")[0][2] == "剂次"
    assert rows("营收3.2亿USD")[0][1:4] == (Decimal("320000000"), "USD", "money")
    assert rows("5G手机") == []


def test_a_currency_before_a_qualifier_names_the_amount() -> None:
    assert rows("港币逾500万元")[0][2] == "HKD"
    assert rows("新台幣約100萬元")[0][2] == "TWD"


def test_a_half_after_tenths_and_points_counted_with_ge() -> None:
    assert rows("利润下降了两成半")[0][:2] == ("两成半", Decimal("25"))
    assert rows("回落1个多百分点")[0][1:3] == (Decimal("1"), "pp")
    assert rows("提高1个半百分点")[0][1:3] == (Decimal("1.5"), "pp")
    assert rows("投资二十来万元")[0][1:3] == (Decimal("200000"), "CNY")
    assert rows("一来可以") == []


def test_review_a_fraction_after_a_qualifier_and_a_rate_range_stay_as_they_were() -> None:
    assert rows("增速超过百分之十")[0][1:3] == (Decimal("10"), "%")
    assert rows("不良率约千分之三")[0][1] == Decimal("0.3")
    assert [r[1] for r in rows("单价为500元/吨-600元/吨")] == [Decimal("500"), Decimal("600")]
    assert rows("通过千家万户的努力") == [] and rows("经过百年发展") == []


def test_review_a_currency_that_is_the_unit_before_and_one_before_a_place() -> None:
    assert [r[2] for r in rows("按当前汇率，1美元约6.9元")] == ["USD", "CNY"]
    assert rows("他们一到三亚就开始工作") == []


def test_ge_before_a_list_joiner_stands_for_the_next_members_unit() -> None:
    assert [(r[1], r[2]) for r in rows("增速分别高0.6个和3.9个百分点")] == [
        (Decimal("0.6"), "pp"), (Decimal("3.9"), "pp")]
    assert [r[2] for r in rows("分别下降25个和50个基点")] == ["基点", "基点"]
    assert [r[2] for r in rows("分别有3个和5家")] == ["个", "家"]


def test_review2_half_a_conjunction_a_when_and_a_phone() -> None:
    assert [r[1] for r in rows("近三成半年报预增")] == [Decimal("30")]
    assert rows("一来企业减负，二来百姓得实惠") == []
    assert rows("当市盈率低于15时买入")[0][1] == Decimal("15")
    assert rows("出口手机9.5亿部")[0][2] == "部"
    assert rows("本年度逾百家企业完成上市")[0][1:3] == (Decimal("100"), "家")
    assert rows("指数上涨12点50分钟后回落")[1][1:3] == (Decimal("50"), "minute")


def test_review3_hours_halves_and_lists_of_three() -> None:
    assert rows("北京时间10时发布") == [] and rows("截至24时") == []
    assert rows("当人数超过10时")[0][1] == Decimal("10")
    assert [r[1] for r in rows("三成半至四成")] == [Decimal("35"), Decimal("40")]
    assert [r[2] for r in rows("分别提高0.5个、0.8个和1.2个百分点")] == ["pp", "pp", "pp"]
    assert rows("度过百年") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全国高速公路累计流量达到3.76亿辆次。", "376000000", "辆次"),
        ("长江干线船闸通过船舶8.2万艘次。", "82000", "艘次"),
        ("全国铁路共开行旅客列车12.1万列次。", "121000", "列次"),
        ("共完成30台次检修。", "30", "台次"),
        ("国家铁路日均装车17.8万车。", "178000", "车"),
        ("港口完成集装箱吞吐量1200万自然箱。", "12000000", "自然箱"),
        # 次日 (the next day) is no part of the unit
        ("快递承诺送达100万件次日达。", "1000000", "件"),
        # nor where the segmenter starts a word at 次 (次品 a reject, 次新股 a recent listing)
        ("公司新增500件次品。", "500", "件"),
        ("沪深共有3只次新股涨停。", "3", "只"),
        ("发现不合格次品300件次，", "300", "件次"),
        ("共运送旅客3000万人次。", "30000000", "人次"),
        # round 31: a measure word's alternative in brackets is part of the quantity; a 次 in or after it makes the
        # count one of trips or visits, as the compound written out does
        ("其中国际航班起降3.1万架（次），运行平稳。", "31000", "架次"),
        ("春运期间参与志愿服务的群众达36.5万人（次）。", "365000", "人次"),
        ("全省累计出动执法车辆2.1万辆（台）次。", "21000", "辆次"),
        ("长江海事局共检查船舶1.4万艘(次)。", "14000", "艘次"),
        ("本季度共检查企业523家（户）。", "523", "家"),
        ("累计排查隐患1280个（条）。", "1280", "个"),
        # near misses: a bracket with anything else after the unit stays out of the quantity
        ("全市新增市场主体5家（含分公司）。", "5", "家"),
        ("共有4名（女）", "4", "名"),
    ],
)
def test_trip_counts_and_transport_measures(text: str, value: str, unit: str) -> None:
    assert values(text) == [(Decimal(value), unit, "count")]


def test_che_starts_words_that_are_no_measure() -> None:
    # (round 20, fix 2: 车道 is a measure word of its own, so 8车道 counts lanes; 车位 stays no measure)
    assert values("双向8车道，新增3车位。") == [(Decimal(8), "车道", "count"), (Decimal(3), "", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10年期国债收益率较上周五下行4BP。", [("4BP", "bp")]),
        ("信用利差收窄12BP，", [("12BP", "bp")]),
        ("MLF利率下调15BP至2.5%。", [("15BP", "bp"), ("2.5%", "%")]),
        ("国债收益率跌3BPS。", [("3BPS", "bp")]),  # (round 15: the plural is the same unit)
        # no change word: the company's name
        ("2022BP世界能源展望发布。", []),
        ("BP公司3BP项目。", []),
    ],
)
def test_upper_case_bp_after_a_change_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in find_quantities(text) if q.unit != "year"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: bodies counted in a joint act take 部门/部委 as their measure word, not the 部 of films
        ("市场监管总局等七部门联合开展专项整治。", [("七部门", "7", "部门")]),
        ("两部委近日联合约谈五家平台企业。", [("两部委", "2", "部委"), ("五家", "5", "家")]),
        ("该导演一共拍了三部电影。", [("三部", "3", "部")]),
    ],
)
def test_departments_are_their_own_measure_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t, v, u) for t, v, u, _k in rows(text)] == [(t, Decimal(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本期专项债券加点20BP。", [("20BP", "bp", "")]),
        ("票面利率较同期限国债上浮30BP，", [("30BP", "bp", "")]),
        ("中标利率较二级市场估值低约3BP。", [("3BP", "bp", "about")]),
        ("信用利差收窄8个BP。", [("8个BP", "bp", "")]),
        ("发行利率高出同期国债25个bp。", [("25个bp", "bp", "")]),
        ("城投债利差走阔15bps。", [("15bps", "bp", "")]),
        # no pricing or change word: the company's name stays no unit
        ("BP公司发布2024年能源展望。", []),
    ],
)
def test_basis_points_of_bond_pricing(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Round 15: pricing words (加点, 上浮, 低约, 高出) lead an upper-case BP too; 个 + BP/bp and bps are bp."""
    assert [(q.text, q.unit, q.approx) for q in find_quantities(text) if q.unit != "year"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 15: Hong Kong's 厘 of an interest rate is a percent, in a clause about a rate
    ("匯豐將最優惠利率維持於5.875厘", [("5.875厘", Decimal("5.875"), "%", "percent")]),
    ("一個月銀行同業拆息升至4.65厘",
     [("一個月", Decimal(1), "month", "duration"), ("4.65厘", Decimal("4.65"), "%", "percent")]),
    ("按揭息率上調0.125厘", [("0.125厘", Decimal("0.125"), "%", "percent")]),
    # …elsewhere 厘 is no percent (厘米 is a length)
    ("钢板厚度3厘米", [("3厘米", Decimal(3), "厘米", "count")]),
    # Taiwan's rate step 碼 is kept as written, as 基点 is; Hong Kong cents are money in HKD
    ("聯準會宣布降息2碼", [("2碼", Decimal(2), "碼", "count")]),
    ("每股派發末期息12.5港仙", [("12.5港仙", Decimal("0.125"), "HKD", "money")]),
])
def test_regional_rate_and_money_subunits(text: str, expected: list) -> None:
    assert [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: one-character unit symbols of area, volume and mass, alone and in a rate
        ("新增供地面积2350万㎡。", [("2350万㎡", Decimal("23500000"), "㎡", "count")]),
        ("项目占地约5.6㎢，年处理污水120万㎥。",
         [("5.6㎢", Decimal("5.6"), "㎢", "count"), ("120万㎥", Decimal("1200000"), "㎥", "count")]),
        ("成交楼面价为4210元/㎡，新房均价为2.8万元/平。",
         [("4210元/㎡", Decimal("4210"), "CNY", "money"), ("2.8万元/平", Decimal("28000"), "CNY", "money")]),
        # round 15: the cities of a market survey's sample (重点50城, 全国100城)
        ("重点30城新房成交面积下降，百强房企覆盖全国100城。",
         [("30城", Decimal("30"), "城", "count"), ("100城", Decimal("100"), "城", "count")]),
        # 城 opening a word is no measure word
        ("全国20城市试点，2个城镇。", [("20", Decimal("20"), "", "count"), ("2个", Decimal("2"), "个", "count")]),
    ],
)
def test_unit_symbols_and_sample_cities(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省出生率为6.9‰，比上年下降0.5个千分点。",
         [(Decimal("0.69"), "%", "percent"), (Decimal("0.05"), "pp", "pp")]),
        ("新生儿死亡率比2020年降低1.2个千分点。", [(Decimal("0.12"), "pp", "pp")]),
        ("全市孕产妇死亡率比上年下降2.1个十万分点。", [(Decimal("0.0021"), "pp", "pp")]),
        # percentage points keep their scale
        ("城镇化率提高0.9个百分点。", [(Decimal("0.9"), "pp", "pp")]),
    ],
)
def test_points_of_per_mille_rates(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省研发人员全时当量达31.5万人年。", [("31.5万人年", Decimal("315000"), "人年", "count")]),
        ("社区提供居家养老服务86万人日。", [("86万人日", Decimal("860000"), "人日", "count")]),
        ("病床使用率下降，出院者平均住院2.1床日。", [("2.1床日", Decimal("2.1"), "床日", "count")]),
        ("修复工程投入用工4.6万工日。", [("4.6万工日", Decimal("46000"), "工日", "count")]),
        # a count of people before a time word stays people
        ("产业项目带动5万人年均增收2000元。", [("5万人", Decimal("50000"), "人", "count"),
                                             ("2000元", Decimal("2000"), "CNY", "money")]),
        ("已有120万人日前完成认证。", [("120万人", Decimal("1200000"), "人", "count")]),
    ],
)
def test_person_time_compound_units(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: Latin units of air, water and carbon reporting, with a concentration's denominator as a rate
        ("全市二氧化氮年均浓度为24μg/m³，一氧化碳浓度1.1mg/m3。",
         [("24μg/m³", Decimal("24"), "μg/m³", "count"), ("1.1mg/m3", Decimal("1.1"), "mg/m3", "count")]),
        ("出水总磷浓度0.3mg/L，PM10浓度为58ug/m3。",
         [("0.3mg/L", Decimal("0.3"), "mg/L", "count"), ("58ug/m3", Decimal("58"), "ug/m3", "count")]),
        ("公司范围一排放量为3.4万tCO2e，综合能耗21.5万tce。",
         [("3.4万tCO2e", Decimal("34000"), "tCO2e", "count"), ("21.5万tce", Decimal("215000"), "tce", "count")]),
        ("机组供电煤耗为289.5gce/kWh，年运行7800h。",
         [("289.5gce/kWh", Decimal("289.5"), "gce/kWh", "count"), ("7800h", Decimal("7800"), "hour", "duration")]),
        ("扩建1台180MVA主变，厂界噪声52dB(A)，大气二氧化碳浓度为419ppm，年供热560万GJ。",
         [("1台", Decimal("1"), "台", "count"), ("180MVA", Decimal("180"), "MVA", "count"),
          ("52dB(A)", Decimal("52"), "dB(A)", "count"), ("419ppm", Decimal("419"), "ppm", "count"),
          ("560万GJ", Decimal("5600000"), "GJ", "count")]),
        # a letter run that is no unit still makes a code
        ("采用5G技术，型号为300MVAX。", []),
    ],
)
def test_latin_environmental_and_energy_units(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: 区 opening 区间/区域 is no measure word: a range's span of quotes or levels
        ("预计欧元兑美元汇率将在1.05—1.12区间波动。",
         [("1.05", Decimal("1.05"), "", "count"), ("1.12", Decimal("1.12"), "", "count")]),
        ("恒生指数本周在19000至20000区间震荡。",
         [("19000", Decimal("19000"), "", "count"), ("20000", Decimal("20000"), "", "count")]),
        ("沪指在3100点区域遇阻。", [("3100点", Decimal("3100"), "点", "count")]),
        # …a count of districts keeps 区
        ("全市下辖16区，其中3区人口超过百万。",
         [("16区", Decimal("16"), "区", "count"), ("3区", Decimal("3"), "区", "count"),
          ("百万", Decimal("1000000"), "", "count")]),
    ],
)
def test_a_range_span_is_no_district(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: one week or one month counted from another is a point, no span (as 前一日)
        ("美国上周续请失业金人数较前一周增加2.3万。", [("2.3万", Decimal("23000"), "", "count")]),
        ("EIA原油库存比前一周下降430万桶。", [("430万桶", Decimal("4300000"), "桶", "count")]),
        ("4月出口额较前一个月回落3.1%。", [("3.1%", Decimal("3.1"), "%", "percent")]),
        # …a verb of delay or a stated term keeps the span
        ("项目比原计划提前一周完工。", [("一周", Decimal("1"), "week", "duration")]),
        ("新规将延后一个月实施。", [("一个月", Decimal("1"), "month", "duration")]),
    ],
)
def test_a_week_counted_from_another_is_no_span(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("广州地铁线网日均客运量达到905万乘次。", [(Decimal("9050000"), "乘次", "count")]),
    ("今年我国造船完工量达到2150万修正总吨。", [(Decimal("21500000"), "修正总吨", "count")]),
    ("全市公交车辆达到1.8万标台。", [(Decimal("18000"), "标台", "count")]),
    ("酒店平均房价为412元/间夜，全年售出客房2.6亿间夜。", [(Decimal("412"), "CNY", "money"),
                                                         (Decimal("260000000"), "间夜", "count")]),
    ("全省公路网密度为118.5公里/百平方公里，铁路网密度为260公里/万平方公里。",
     [(Decimal("118.5"), "公里/百平方公里", "count"), (Decimal("260"), "公里/万平方公里", "count")]),
    ("地铁1号线客运强度为1.92万人次/公里·日。", [(Decimal("19200"), "人次/公里·日", "count")]),
    # plain measures stay: 间 of rooms, 公里 alone
    ("新增客房320间，新建公路85公里。", [(Decimal("320"), "间", "count"), (Decimal("85"), "公里", "count")]),
])
def test_transport_and_hotel_measures(text: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 16: index points written 个点 are 点, as 126.37点 is; 个点位 counts sites with 个
    ("全国农产品批发价格指数为114.02，比昨天上升0.08个点。", [("114.02", ""), ("0.08个点", "点")]),
    ("“菜篮子”产品批发价格指数比上周下降0.35个点。", [("0.35个点", "点")]),
    ("全县新设水质监测12个点位。", [("12个", "个")]),
    # round 16: area worked counted each time keeps its word (亩次, 公顷次), as 辆次 does; 次年 after 亩 is a date word
    ("全省小麦统防统治作业面积达3200万亩次。", [("3200万亩次", "亩次")]),
    ("机耕作业1.5万公顷次。", [("1.5万公顷次", "公顷次")]),
    ("流转土地3000亩，次年续租。", [("3000亩", "亩")]),
])
def test_index_points_and_area_times(text: str, expected: list) -> None:
    assert [(r[0], r[2]) for r in rows(text)] == expected


def test_property_shorthand_after_a_scaled_number() -> None:
    """元 left out of a price per area is money; 方 and 平 after 万/亿 are colloquial area measures."""
    assert rows("该宗地块成交楼面价约4.8万/㎡，溢价率12%。")[0] == ("4.8万/㎡", Decimal("48000"), "CNY", "money")
    assert rows("二手房挂牌均价跌破2万/平米。")[0] == ("2万/平米", Decimal("20000"), "CNY", "money")
    assert rows("项目规划总建面约35万方。") == [("35万方", Decimal("350000"), "方", "count")]
    assert rows("全年商品房销售面积约9.7亿平。") == [("9.7亿平", Decimal("970000000"), "平", "count")]
    assert rows("平板玻璃产量同比增长至9.1亿重量箱。")[0][2] == "重量箱"
    # not after a small number or where the character opens a word
    assert rows("平台已服务100万平台商家。") == [("100万", Decimal("1000000"), "", "count")]
    assert rows("3/㎡的份额。")[0][2] != "CNY"


def test_parallel_thresholds_take_the_money_of_the_first() -> None:
    got = rows("上半年拿地金额超百亿的房企有5家；超50亿的房企有11家。")
    assert ("50亿", Decimal("5000000000"), "CNY", "money") in got
    assert ("3亿", Decimal("300000000"), "", "count") in rows("营收超300亿元，用户超过3亿。")
    assert rows("5家房企上月业绩破百亿。")[1][2:] == ("CNY", "money")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: a spread over the LPR, a signed figure and a later list member lead BP as a change word does
        ("多地首套房贷利率下限执行LPR-30BP。", [("30BP", Decimal(30))]),
        ("二套房贷利率按LPR+60BP执行。", [("60BP", Decimal(60))]),
        ("经营贷利率为LPR加50BP。", [("50BP", Decimal(50))]),
        ("1年期和5年期LPR分别下调10BP和25BP。", [("10BP", Decimal(10)), ("25BP", Decimal(25))]),
        ("-3BP", [("-3BP", Decimal(-3))]),
        # no spread, sign or list: still the company's name; codes with a sign stay codes
        ("BP公司与壳牌签约。", []),
        ("COVID-19疫情期间。", []),
    ],
)
def test_bp_after_a_spread_a_sign_or_a_list(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert [(q.text, q.value) for q in find_quantities(text) if q.unit == "bp"] == expected
    assert all(q.unit == "bp" for q in find_quantities(text) if q.text.endswith("BP"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: Chinese measures of grid, heat, gas and oil writing, longest first
        ("全市变电总容量达到1.6亿千伏安，新增主变容量360万千伏安。",
         [("1.6亿千伏安", Decimal("160000000"), "千伏安", "count"),
          ("360万千伏安", Decimal("3600000"), "千伏安", "count")]),
        ("全年供热量1.8亿吉焦。", [("1.8亿吉焦", Decimal("180000000"), "吉焦", "count")]),
        ("页岩气产量达到2300亿立方英尺，权益产量45.6百万桶油当量。",
         [("2300亿立方英尺", Decimal("230000000000"), "立方英尺", "count"),
          ("45.6百万桶油当量", Decimal("45600000"), "桶油当量", "count")]),
        # 方 after 万/亿 is gas or water by volume
        ("储气库工作气量达180亿方，日供水能力30万方。",
         [("180亿方", Decimal("18000000000"), "方", "count"), ("30万方", Decimal("300000"), "方", "count")]),
        # …and after digits alone it is no measure word
        ("会议由3方共同主办。", [("3", Decimal("3"), "", "count")]),
    ],
)
def test_chinese_energy_measure_words(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: compute and storage units after digits, with or without a space
        ("全国智能算力规模达到85EFLOPS，存力规模约1080EB。",
         [("85EFLOPS", Decimal("85"), "EFLOPS", "count"), ("1080EB", Decimal("1080"), "EB", "count")]),
        ("该集群峰值算力为 300 PFLOPS，单卡算力 312 TFLOPS。",
         [("300 PFLOPS", Decimal("300"), "PFLOPS", "count"), ("312 TFLOPS", Decimal("312"), "TFLOPS", "count")]),
        ("全球数据圈将增长至175ZB，骨干网出口带宽达到48Tbps。",
         [("175ZB", Decimal("175"), "ZB", "count"), ("48Tbps", Decimal("48"), "Tbps", "count")]),
        ("端侧芯片INT8算力达到45TOPS。", [("45TOPS", Decimal("45"), "TOPS", "count")]),
        # the CJK byte scales and the data-centre rack count, as written
        ("全省数据产量达2.1泽字节，存储量为86艾字节。",
         [("2.1泽字节", Decimal("2.1"), "泽字节", "count"), ("86艾字节", Decimal("86"), "艾字节", "count")]),
        ("在用数据中心机架规模达到95万标准机架。", [("95万标准机架", Decimal("950000"), "标准机架", "count")]),
        # a bare P is PFLOPS only in a clause about compute …
        ("全市智算规模达到3.2万P，通用算力规模为1200P。",
         [("3.2万P", Decimal("32000"), "P", "count"), ("1200P", Decimal("1200"), "P", "count")]),
        # … elsewhere digits before a letter stay a code
        ("华为P60手机销量达到500万台。", [("500万台", Decimal("5000000"), "台", "count")]),
        ("本期采购的1000P型号设备单价为3000元。", [("3000元", Decimal("3000"), "CNY", "money")]),
        # letters running on make no unit (5G, EBITDA)
        ("5G基站总数达383.7万个。", [("383.7万个", Decimal("3837000"), "个", "count")]),
    ],
)
def test_compute_and_storage_units(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 32: the specs of devices, chips, networks and cars, each unit as written
        ("新机内置5400mAh电池，机身重约198克。",
         [("5400mAh", Decimal("5400"), "mAh", "count"), ("198克", Decimal("198"), "克", "count")]),
        ("这块屏幕支持120Hz刷新率，峰值亮度达到3000nit。",
         [("120Hz", Decimal("120"), "Hz", "count"), ("3000nit", Decimal("3000"), "nit", "count")]),
        ("该处理器大核主频最高3.25GHz，内存带宽为68GB/s。",
         [("3.25GHz", Decimal("3.25"), "GHz", "count"), ("68GB/s", Decimal("68"), "GB/s", "count")]),
        ("园区5G专网端到端时延降至8ms以内，全屏亮度1600尼特。",
         [("8ms", Decimal("8"), "ms", "count"), ("1600尼特", Decimal("1600"), "尼特", "count")]),
        ("该车型基于800V高压平台，电芯能量密度达到190Wh/kg。",
         [("800V", Decimal("800"), "V", "count"), ("190Wh/kg", Decimal("190"), "Wh/kg", "count")]),
        ("新电池容量5000毫安，支持90fps高帧率。",
         [("5000毫安", Decimal("5000"), "毫安", "count"), ("90fps", Decimal("90"), "fps", "count")]),
        # the compute trade's mixed-case FLOPS, as written
        ("截至2021年底，全国算力总规模超过140 EFlops，单卡算力320TFlops。",
         [("140 EFlops", Decimal("140"), "EFlops", "count"), ("320TFlops", Decimal("320"), "TFlops", "count")]),
        # the watt of a charger: a power word before it in the clause or right after it
        ("标配100W有线快充和50W无线闪充。",
         [("100W", Decimal("100"), "W", "count"), ("50W", Decimal("50"), "W", "count")]),
        ("充电器额定功率为65W，另支持10W反向充电。",
         [("65W", Decimal("65"), "W", "count"), ("10W", Decimal("10"), "W", "count")]),
        # near misses: W still the self-media 万 where it ends an amount, a tenor, a code
        ("这条视频播放量已经破了30W。", [("30W", Decimal("300000"), "", "count")]),
        ("新车首月交付量2.3W辆。", [("2.3W辆", Decimal("23000"), "辆", "count")]),
        ("隔夜报1.62%，1W报1.75%。",
         [("1.62%", Decimal("1.62"), "%", "percent"), ("1.75%", Decimal("1.75"), "%", "percent")]),
        ("运用5W1H分析法梳理了12个问题。", [("12个", Decimal("12"), "个", "count")]),
        # mend: 充电宝/充电桩 are things, no power cue; a measure word or money after W makes it the 万 of a count
        ("该品牌充电宝销量突破10W台。", [("10W台", Decimal("100000"), "台", "count")]),
        ("某品牌充电宝年销量超500W。", [("500W", Decimal("5000000"), "", "count")]),
        ("每个充电桩补贴1W元。", [("1W元", Decimal("10000"), "CNY", "money")]),
        ("充电功率达到100W，支持30W无线充电。",
         [("100W", Decimal("100"), "W", "count"), ("30W", Decimal("30"), "W", "count")]),
        # mend: V between digits writes a match format (1V1, 3V3篮球赛), no volts; a volt's own digits stay
        ("俱乐部提供1V1专属教练服务，共开设3V3篮球赛12场。", [("12场", Decimal("12"), "场", "count")]),
        ("比赛采用5V5赛制，共有2V2、3V3两个组别。", [("两个", Decimal("2"), "个", "count")]),
        ("电池组电压为48V，支持12V输出。",
         [("48V", Decimal("48"), "V", "count"), ("12V", Decimal("12"), "V", "count")]),
        # 处 before 处理器 counts no places; places counted stay
        ("麒麟990处理器采用7nm工艺。", []),
        ("排查风险点46处，已整改40处。",
         [("46处", Decimal("46"), "处", "count"), ("40处", Decimal("40"), "处", "count")]),
    ],
)
def test_device_chip_network_and_car_specs(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a density per hundred people or households is one unit
        ("全省移动电话普及率为118.3部/百人，比上年末提高2.1部/百人。",
         [("118.3部/百人", Decimal("118.3"), "部/百人", "count"), ("2.1部/百人", Decimal("2.1"), "部/百人", "count")]),
        ("农村家庭宽带普及率达到72.4部/百户。", [("72.4部/百户", Decimal("72.4"), "部/百户", "count")]),
        ("每千人口执业医师数3.4人/千人口。", [("3.4人/千人口", Decimal("3.4"), "人/千人口", "count")]),
        # a rate per unit and period keeps the period
        ("上半年月户均移动互联网流量达19.2GB/户·月。", [("19.2GB/户·月", Decimal("19.2"), "GB/户·月", "count")]),
        ("DOU为17.5GB/户/月。", [("17.5GB/户/月", Decimal("17.5"), "GB/户/月", "count")]),
        # an address block's prefix length is part of the unit, never a number
        ("我国IPv6地址资源总量达到69080块/32。", [("69080块/32", Decimal("69080"), "块/32", "count")]),
        # plain rates unchanged; a slash before a number is still a list
        ("新装置产能为60万吨/年。", [("60万吨/年", Decimal("600000"), "吨/年", "count")]),
        ("两款面包分别卖3块/5块。", [("3块", Decimal("3"), "CNY"), ("5块", Decimal("5"), "CNY")]),
    ],
)
def test_densities_periods_and_prefix_blocks(text: str, expected: list[tuple]) -> None:
    assert [row[: len(expected[0])] for row in rows(text) if row[0][0].isdigit()] == expected


def full(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 18: air pressure in 百帕 is no 百 scale; hPa likewise
        ("台风“海葵”中心最低气压为960百帕。", [("960百帕", Decimal("960"), "百帕", "")]),
        ("气旋中心气压降至1002hPa。", [("1002hPa", Decimal("1002"), "hPa", "")]),
        # a flow or speed with 每 after its unit is one unit, as 公里每小时 is; with 每 + a period before the number
        # the measure is a rate per that period (a qualifier may stand between)
        ("长江干流寸滩站洪峰流量46000立方米每秒。", [("46000立方米每秒", Decimal("46000"), "立方米每秒", "")]),
        ("水库出库流量一度减少到每秒约8000立方米。", [("8000立方米", Decimal("8000"), "立方米/秒", "about")]),
        ("该台风以每小时20公里的速度向偏北方向移动。", [("20公里", Decimal("20"), "公里/小时", "")]),
        # a money rate stays money; a count with 每天 is no per-second rate
        ("护工服务费为每小时45元。", [("45元", Decimal("45"), "CNY", "")]),
        ("每日巡查200人次。", [("200人次", Decimal("200"), "人次", "")]),
        # relief goods counted in 顶 and 床, not the words they open
        ("向灾区调运帐篷2000顶、棉被8000床。", [("2000顶", Decimal("2000"), "顶", ""),
                                              ("8000床", Decimal("8000"), "床", "")]),
        ("新增床位1200张。", [("1200张", Decimal("1200"), "张", "")]),
        # a seismic magnitude in Latin notation, near an earthquake; M2 stays the money supply
        ("中国地震台网测定该地震为Ms7.1，日本气象厅测定为M 7.3。",
         [("Ms7.1", Decimal("7.1"), "级", ""), ("M 7.3", Decimal("7.3"), "级", "")]),
        ("M2余额为292.3万亿元，这与地震无关。", [("292.3万亿元", Decimal("292300000000000"), "CNY", "")]),
        # a milestone stepped onto is over the level, and 台阶 is no count of machines
        ("全区地区生产总值迈上800亿元台阶。", [("800亿元", Decimal("80000000000"), "CNY", "over")]),
        # (the 上 closes 迈上: the level is 千亿, no vague 上千)
        ("全市经济总量迈上千亿台阶。", [("千亿", Decimal("100000000000"), "CNY", "over")]),
        ("全县财政收入跃上百亿台阶。", [("百亿", Decimal("10000000000"), "CNY", "over")]),
        ("上千人参加了活动。", [("上千人", Decimal("1000"), "人", "over")]),
        ("厂区新装3台风机。", [("3台", Decimal("3"), "台", "")]),
        # a bare scale bounding a group (亿元以上项目); 约 closing 签约 is no qualifier
        ("全年签约亿元以上项目45个。",
         [("亿元", Decimal("100000000"), "CNY", "over"), ("45个", Decimal("45"), "个", "")]),
        ("千人以下企业占比为80%。", [("千人", Decimal("1000"), "人", "under"), ("80%", Decimal("80"), "%", "")]),
        ("万家企业参加展会。", []),
        # the base of a rate named after the events it counts is no amount; a count before a clause end stays
        ("全省百万人口交通事故死亡率为3.1。", [("3.1", Decimal("3.1"), "", "")]),
        ("吸引十万人参观，参观率为95%。", [("十万人", Decimal("100000"), "人", ""), ("95%", Decimal("95"), "%", "")]),
    ],
)
def test_weather_relief_seismic_and_milestone_units(text: str, expected: list[tuple]) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: city-days summed over cities (天次) are a count, no duration, as 辆次 and 亩次 are
    ("长三角地区41个城市共发生重度污染56天次。", [("41个", "个", "count"), ("56天次", "天次", "count")]),
    ("全省累计出现臭氧超标212天次，同比减少。", [("212天次", "天次", "count")]),
    # unchanged: days are a duration, also before 次日 (the next day)
    ("全市空气质量优良天数为318天。", [("318天", "day", "duration")]),
    ("货物入库后3天次日发出。", [("3天", "day", "duration")]),
])
def test_city_days_are_a_count(text: str, expected: list) -> None:
    assert [(r[0], r[2], r[3]) for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: a boiler's capacity in tonnes of steam an hour is its own unit, as 修正总吨 is
    ("全县累计拆除燃煤锅炉86台、412蒸吨。", [(Decimal("86"), "台", "count"), (Decimal("412"), "蒸吨", "count")]),
    ("新建燃气锅炉总容量达1.2万蒸吨。", [(Decimal("12000"), "蒸吨", "count")]),
    # unchanged: tonnes of goods stay 吨
    ("全年蒸汽产量85万吨。", [(Decimal("850000"), "吨", "count")]),
])
def test_boiler_capacity_in_steam_tonnes(text: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 24: a tender's time limit in calendar days (日历日, 日历天) is a duration in days, with or without 个
    ("本项目计划工期为240日历天。", [("240日历天", "day", "duration")]),
    ("中标人应于合同签订后45个日历日内完成全部货物的供货和安装调试。", [("45个日历日", "day", "duration")]),
    ("施工工期：150个日历天，质保期2年。", [("150个日历天", "day", "duration"), ("2年", "year", "duration")]),
    # unchanged: working days, and days before 历史 (a 20-day historical volatility) stay as they were
    ("自本公告发布之日起3个工作日内提出质疑。", [("3个工作日", "day", "duration")]),
    ("20日历史波动率升至35%。", [("20日", "day", "duration"), ("35%", "%", "percent")]),
])
def test_calendar_days_of_a_tender_are_a_duration(text: str, expected: list) -> None:
    assert [(r[0], r[2], r[3]) for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # class: a term counted in natural days or months (自然日, 自然月) is a duration, as 日历日 and 交易日 are
    ("本次要约收购期限共30个自然日。", [("30个自然日", "day", "duration")]),
    ("申请人应在收到通知后15个自然日内补正材料。", [("15个自然日", "day", "duration")]),
    ("限售期为6个自然月，期满后可上市流通。", [("6个自然月", "month", "duration")]),
    # look-alikes unchanged: a natural village is counted with 个, trading days stay days
    ("本次共有30个自然村完成改造。", [("30个", "个", "count")]),
    ("连续20个交易日收盘价低于1元。", [("20个交易日", "day", "duration"), ("1元", "CNY", "money")]),
])
def test_natural_days_and_months_are_a_duration(text: str, expected: list) -> None:
    assert [(r[0], r[2], r[3]) for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 24: a concentration written with 每 after its unit is one unit, as 立方米每秒 is (never 微克 alone)
    ("全年细颗粒物平均浓度为33微克每立方米。", [("33微克每立方米", Decimal("33"), "微克每立方米", "")]),
    ("一氧化碳日均浓度第95百分位数为0.9毫克每立方米。",
     [("0.9毫克每立方米", Decimal("0.9"), "毫克每立方米", "")]),
    ("出厂水氨氮浓度为0.25毫克每升。", [("0.25毫克每升", Decimal("0.25"), "毫克每升", "")]),
    # …and with 每 + the volume before the number it is a rate per that volume, as 每秒 makes one per second
    ("全区臭氧浓度每立方米152微克。", [("152微克", Decimal("152"), "微克/立方米", "")]),
    ("水样中氟化物含量每升约0.6毫克。", [("0.6毫克", Decimal("0.6"), "毫克/升", "about")]),
    # …while a volume not right before the number, a money rate per volume and a mass with no volume are unchanged
    ("每升水中含氟约0.6毫克。", [("0.6毫克", Decimal("0.6"), "毫克", "about")]),
    ("居民生活用水每立方米3.45元。", [("3.45元", Decimal("3.45"), "CNY", "")]),
    ("每片含维生素C 100毫克。", [("100毫克", Decimal("100"), "毫克", "")]),
])
def test_a_concentration_written_with_mei_is_one_unit(text: str, expected: list[tuple]) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 25: documents issued, counted each time (证次, 本次), are one measure word, as 人次 and 架次 are
    ("全年累计签发口岸签证147.6万证次。", [("147.6万证次", Decimal("1476000"), "证次", "")]),
    ("签发往来港澳通行证2400万本次。", [("2400万本次", Decimal("24000000"), "本次", "")]),
    # unchanged: 本次 that opens a phrase after no number, and a plain count of copies
    ("本次活动吸引游客3万人。", [("3万人", Decimal("30000"), "人", "")]),
    ("累计发放宣传册5000本。", [("5000本", Decimal("5000"), "本", "")]),
])
def test_documents_issued_each_time_are_one_measure(text: str, expected: list[tuple]) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 27: SI symbols after a Chinese scale, as journals and reprints of bulletins write them, kept as written
    ("全年完成港口货物吞吐量156.8亿t，同比增长3.4%。",
     [("156.8亿t", Decimal("15680000000"), "t", "count"), ("3.4%", Decimal("3.4"), "%", "percent")]),
    ("全省铁路货物周转量为2 816.43亿t·km，旅客周转量1 052.7亿人·km。",
     [("2 816.43亿t·km", Decimal("281643000000"), "t·km", "count"),
      ("1 052.7亿人·km", Decimal("105270000000"), "人·km", "count")]),
    ("民航完成运输总周转量98.6万吨·公里，旅客周转量3.2亿人·公里。",
     [("98.6万吨·公里", Decimal("986000"), "吨·公里", "count"),
      ("3.2亿人·公里", Decimal("320000000"), "人·公里", "count")]),
    ("退耕还林面积累计达2.35万hm2，草地面积4.1万hm²。",
     [("2.35万hm2", Decimal("23500"), "hm2", "count"), ("4.1万hm²", Decimal("41000"), "hm²", "count")]),
    ("试验区小麦平均单产7.2t/hm²，氮肥施用量为240kg/hm2。",
     [("7.2t/hm²", Decimal("7.2"), "t/hm²", "count"), ("240kg/hm2", Decimal("240"), "kg/hm2", "count")]),
    ("项目设计产能为120万t/a，配套选煤厂规模150万t/a。",
     [("120万t/a", Decimal("1200000"), "t/a", "count"), ("150万t/a", Decimal("1500000"), "t/a", "count")]),
    ("园区年用气量达3.6万Nm3，全年上网电量1.8亿MW·h。",
     [("3.6万Nm3", Decimal("36000"), "Nm3", "count"), ("1.8亿MW·h", Decimal("180000000"), "MW·h", "count")]),
    ("该矿区年产原煤1.5Mt，配备50t自卸车12台。",
     [("1.5Mt", Decimal("1.5"), "Mt", "count"), ("50t", Decimal("50"), "t", "count"),
      ("12台", Decimal("12"), "台", "count")]),
    # not units: a T-shirt, a letter run that goes on (tce is its own unit), codes
    ("展会期间售出文化t恤3万件。", [("3万件", Decimal("30000"), "件", "count")]),
    ("年耗标煤12.4万tce。", [("12.4万tce", Decimal("124000"), "tce", "count")]),
    ("建成5G基站3.2万个，采用T2级钢材。", [("3.2万个", Decimal("32000"), "个", "count")]),
    ("调查样本为2tx型号设备。", []),
])
def test_si_symbols_after_a_chinese_scale(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 27: pressure, fine lengths, litres and tonnes of coal equivalent written as symbols, kept as written
    ("主蒸汽设计压力为25.4 MPa，管网末端压力不低于150kPa。",
     [("25.4 MPa", Decimal("25.4"), "MPa", "count"), ("150kPa", Decimal("150"), "kPa", "count")]),
    ("监测点PM2.5粒径小于2.5 μm的颗粒物占比达61%。",
     [("2.5 μm", Decimal("2.5"), "μm", "count"), ("61%", Decimal("61"), "%", "percent")]),
    ("泵站设计流量为4.5 L/s。", [("4.5 L/s", Decimal("4.5"), "L/s", "count")]),
    ("全年节约能源折合3.6万t标准煤。", [("3.6万t标准煤", Decimal("36000"), "t标准煤", "count")]),
    # unchanged: letters that open a code or a size name
    ("L3级自动驾驶测试车辆达到200辆。", [("200辆", Decimal("200"), "辆", "count")]),
])
def test_pressure_length_and_litre_symbols(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 41: 重 opening a word of grade or kind (重度, 重症, 重型) is no measure word: the count is bare
    ("全国共有1614.3万重度残疾人享受护理补贴", [("1614.3万", Decimal("16143000"), "", "count")]),
    ("累计救治5万重症患者", [("5万", Decimal("50000"), "", "count")]),
    ("新增3万重型卡车", [("3万", Decimal("30000"), "", "count")]),
    # unchanged: 重 as a measure of layers (三重保障), and a measure word before a 重 word
    ("构建三重保障", [("三重", Decimal("3"), "重", "count")]),
    ("全市有2000家重点企业", [("2000家", Decimal("2000"), "家", "count")]),
])
def test_zhong_opening_a_grade_word_is_no_measure(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 41 mend: 重 counts layers only after a small bare numeral; after a scale, a decimal or a number over ten
    # it opens the noun counted, whatever the noun (no list of 重 words)
    ("全年销售2.3万重卡", [("2.3万", Decimal("23000"), "", "count")]),
    ("1.2万重污染企业", [("1.2万", Decimal("12000"), "", "count")]),
    ("450万重疾患者", [("450万", Decimal("4500000"), "", "count")]),
    ("新增5万重载货车", [("5万", Decimal("50000"), "", "count")]),
    ("12重防护", [("12", Decimal("12"), "", "count")]),
    # unchanged: a small bare numeral's layers (三重, 两重, 十重, 5重); a 重 word after one is still blocked
    ("构建两重保障", [("两重", Decimal("2"), "重", "count")]),
    ("实施十重防护", [("十重", Decimal("10"), "重", "count")]),
    ("实施5重防护", [("5重", Decimal("5"), "重", "count")]),
    ("完成三重大任务", [("三", Decimal("3"), "", "count")]),
    ("落实三重点任务", [("三", Decimal("3"), "", "count")]),
])
def test_zhong_counts_layers_only_after_a_small_numeral(text: str, expected: list) -> None:
    assert rows(text) == expected
