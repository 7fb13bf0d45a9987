"""Claims: factual sentences only, one claim per value, the governing time, the attributed source."""

from __future__ import annotations

from decimal import Decimal

from pipeline.nlp.language import doc_from_text, extract_all


def _claims(text: str) -> list[dict]:
    doc = doc_from_text(text)
    return extract_all(doc)["claims"]


def _by_value(claims: list[dict]) -> dict[Decimal, dict]:
    return {Decimal(str(c["value"])): c for c in claims}


def test_value_with_time_and_source() -> None:
    claims = _claims("据海关总署统计，2021年我国货物贸易进出口总值39.1万亿元，同比增长21.4%。")
    values = _by_value(claims)
    assert values[Decimal("39100000000000")]["unit"] == "CNY"
    assert values[Decimal("39100000000000")]["time"] == "2021"
    assert values[Decimal("39100000000000")]["source"] == "海关总署"
    assert values[Decimal("21.4")]["time"] == "2021"


def test_announcement_date_is_not_the_data_time() -> None:
    claims = _claims("据国家统计局2023年1月17日发布的数据显示，2022年国内生产总值121万亿元。")
    assert [c["time"] for c in claims] == ["2022"]


def test_comparison_base_is_not_the_time() -> None:
    claims = _claims("2020年出口额达到1543.75亿美元，是2010年的2.68倍，比2015年增长了65%。")
    values = _by_value(claims)
    assert values[Decimal("2.68")]["unit"] == "x" and values[Decimal("2.68")]["time"] == "2020"
    assert values[Decimal("65")]["time"] == "2020"


def test_from_to_values_take_their_own_years() -> None:
    claims = _claims("出口占比从2010年的3.08%提升到了2020年的4.87%，使用比例从2018年的25%上升至45%。")
    values = _by_value(claims)
    assert values[Decimal("3.08")]["time"] == "2010"
    assert values[Decimal("4.87")]["time"] == "2020"
    assert values[Decimal("25")]["time"] == "2018"
    assert values[Decimal("45")]["time"] is None


def test_year_range_with_respectively() -> None:
    claims = _claims("2019—2021年市场规模分别为5万亿元、6万亿元、7万亿元。")
    assert [c["time"] for c in sorted(claims, key=lambda c: c["number_start"])] == ["2019", "2020", "2021"]


def test_continuation_carries_time_and_source() -> None:
    text = "据商务部统计，2022年服务进出口5.98万亿元。其中，知识密集型服务进出口2.5万亿元。"
    values = _by_value(_claims(text))
    assert values[Decimal("2500000000000")]["time"] == "2022"
    assert values[Decimal("2500000000000")]["source"] == "商务部"


def test_recommendations_and_plans_are_not_claims() -> None:
    assert _claims("要加快建设100个数字园区，应当投入50亿元。") == []
    assert _claims("建议每年将10%以上的收入用于研发。") == []


def test_durations_are_not_claims() -> None:
    assert _claims("近两年来，数字经济逆势上扬。") == []


def test_claim_offsets_point_at_the_number() -> None:
    text = "2021年跨境电商市场规模达到14.2万亿元。"
    doc = doc_from_text(text)
    rows = extract_all(doc)
    claim = rows["claims"][0]
    assert text[claim["number_start"]:claim["number_end"]] == "14.2万亿元"


def test_small_counts_in_chinese_numerals_are_framing_not_claims() -> None:
    assert _claims("主要表现在两个方面，这种竞争包括三个层面。") == []
    claims = _claims("华为移动钱平台已在十多个国家上线，覆盖8个国家的3000万用户。")
    assert sorted(Decimal(str(c["value"])) for c in claims) == [Decimal(8), Decimal(10), Decimal(30000000)]


def test_counts_that_name_a_group_are_not_claims() -> None:
    values = _by_value(_claims("全球13台根服务器中有10台在美国。"))
    assert list(values) == [Decimal(10)]
    assert _claims("南亚7国普遍滞后。") == []
    lone = _claims("全国3000家企业参加了展会。")
    assert [Decimal(str(c["value"])) for c in lone] == [Decimal(3000)]
