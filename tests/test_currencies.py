"""Currencies: CLDR's Chinese names and symbols of every ISO 4217 currency (through Babel), the
resource's colloquial forms, and amounts written with them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.currencies import cldr_names, currency_names, currency_symbols
from pipeline.extract.dates import quantities_outside_dates as find_quantities


def money(text: str) -> list[tuple[str, Decimal, str]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text) if q.kind == "money"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("阿尔巴尼亚列克", "ALL"),  # a currency no hand list had
        ("匈牙利福林", "HUF"),
        ("港幣", "HKD"),  # traditional names come from zh_Hant
        ("新台幣", "TWD"),
        ("德国马克", "DEM"),  # historic currencies are still named
        ("塞拉利昂利昂", "SLE"),  # a name two codes share: the one in use today
    ],
)
def test_cldr_names_every_iso_currency(name: str, code: str) -> None:
    assert cldr_names()[name] == code


def test_metals_and_test_codes_are_no_currency() -> None:
    names = currency_names()
    assert "黄金" not in names and "银" not in names and "测试货币代码" not in names


def test_resource_forms_win_and_add_colloquial_names() -> None:
    names = currency_names()
    assert names["美金"] == "USD" and names["港币"] == "HKD" and names["块钱"] == "CNY"


def test_symbols_from_cldr_and_the_resource() -> None:
    symbols = currency_symbols()
    assert symbols["HK$"] == "HKD" and symbols["€"] == "EUR" and symbols["£"] == "GBP"
    assert symbols["$"] == "USD" and symbols["¥"] == "CNY" and symbols["￥"] == "CNY"
    assert "CHF" not in symbols  # a code made of letters is not a symbol


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("旅费约合1200匈牙利福林。", "1200", "HUF"),
        ("售价3.5万新台幣。", "35000", "TWD"),
        ("一共花了两千巴西雷亚尔。", "2000", "BRL"),
    ],
)
def test_amounts_in_any_currency(text: str, value: str, code: str) -> None:
    assert [(v, c) for _t, v, c in money(text)] == [(Decimal(value), code)]


def test_codes_in_use_are_currency_words_but_not_english_ones() -> None:
    names = currency_names()
    assert names["USD"] == "USD" and names["HKD"] == "HKD"
    assert "TOP" not in names and "ALL" not in names and "XAU" not in names


def test_a_taiwanese_text_names_new_taiwan_dollars_by_its_own_words() -> None:
    from pipeline.extract.dates import quantities_outside_dates
    rows = quantities_outside_dates("台股今（17）日終場上漲，成交值2935.75億元。台積電收在578元。")
    assert [(q.text, q.unit) for q in rows if q.kind == "money"] == [("2935.75億元", "TWD"), ("578元", "TWD")]


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("12月白银期价上涨18.3美分。", "0.183", "USD"),  # a cent alone is money in its main unit
        ("英国汽油价格每升上涨2便士。", "0.02", "GBP"),
        ("欧元区油价上涨5欧分。", "0.05", "EUR"),
        ("瑞士央行亏损20亿瑞郎。", "2000000000", "CHF"),  # short forms of news writing
        ("尼日利亚预算27.5万亿奈拉。", "27500000000000", "NGN"),
    ],
)
def test_foreign_cents_and_short_currency_names(text: str, value: str, code: str) -> None:
    assert [(v, c) for _t, v, c in money(text)] == [(Decimal(value), code)]


def test_a_currency_word_is_never_the_amount_befores() -> None:
    assert [c for _t, _v, c in money("加拿大提供8000万加元，瑞士央行亏损20亿瑞郎。")] == ["CAD", "CHF"]
    assert [c for _t, _v, c in money("埃及投资50亿埃及镑，尼日利亚预算27.5万亿奈拉。")] == ["EGP", "NGN"]
    assert [c for _t, _v, c in money("阿联酋投资30亿迪拉姆，墨西哥投资50亿比索。")] == ["AED", "MXN"]
    # subunits after a main unit still join it
    assert money("他花了两美元又三美分。") == [("两美元又三美分", Decimal("2.03"), "USD")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("墨西哥投资50亿比索。", "MXN"),
        ("阿根廷政府发行1000亿比索债券。", "ARS"),
        ("瑞典央行购买100亿克朗国债。", "SEK"),
        ("肯尼亚筹资50亿先令。", "KES"),
        ("巴基斯坦政府批准1000亿卢比预算。", "PKR"),
        ("印度尼西亚投资500亿卢比。", "IDR"),  # the longer country, not the 印度 inside it
        ("印度投资500亿卢比。", "INR"),
        ("该公司投资500亿卢比。", "INR"),  # no country: the name's own entry
        ("该公司投资20亿比索。", "比索"),  # no country, no entry: as written, never another amount's
    ],
)
def test_a_shared_short_name_is_the_currency_of_the_country_before_it(text: str, code: str) -> None:
    assert [c for _t, _v, c in money(text)] == [code]


# ---- round 15: the currencies of Taiwan, Hong Kong, Macao, Singapore and Malaysia

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CLDR's zh_Hant names read through the simplified view, and the short forms without the country
        ("吉隆坡證交所上半年成交額為3,210億令吉", [("3,210億令吉", Decimal("321000000000"), "MYR")]),
        ("该行第三季净利为15.2亿马币", [("15.2亿马币", Decimal("1520000000"), "MYR")]),
        ("政府拨款5亿新币推动研发", [("5亿新币", Decimal("500000000"), "SGD")]),
        ("樟宜機場收入為12億新加坡幣", [("12億新加坡幣", Decimal("1200000000"), "SGD")]),
        ("全年派息总额为8.5亿马来西亚令吉", [("8.5亿马来西亚令吉", Decimal("850000000"), "MYR")]),
        # symbols before the amount
        ("公司宣布每股派息RM0.15，全年营收RM12.8亿", [("RM0.15", Decimal("0.15"), "MYR"),
                                          ("RM12.8亿", Decimal("1280000000"), "MYR")]),
        ("星展上半年净利润为S$57.3亿", [("S$57.3亿", Decimal("5730000000"), "SGD")]),
        ("澳門某餐廳人均消費MOP$350", [("MOP$350", Decimal(350), "MOP")]),
    ],
)
def test_regional_currency_names_and_symbols(text: str, expected: list) -> None:
    assert money(text) == expected


def test_a_letter_symbol_glued_to_a_word_is_none() -> None:
    assert money("ARM5芯片") == [] and money("FARM 100") == []


def test_dividend_after_the_amount_is_no_share_count() -> None:
    assert money("董事會建議派發每股HK$0.35股息") == [("HK$0.35", Decimal("0.35"), "HKD")]
    assert [q.text for q in find_quantities("持有100股股票")] == ["100股"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency written after 元 says which
        ("廣達7月營收1,305.2億元新台幣", [("1,305.2億元新台幣", Decimal("130520000000"), "TWD")]),
        # a traditional-script passage that named its currency once writes 元 after
        ("基本工資月薪為新臺幣2萬8,590元，時薪190元", [("2萬8,590元", Decimal(28590), "TWD"),
                                         ("190元", Decimal(190), "TWD")]),
        ("博彩毛收入為196億澳門元，按年上升；首七個月累計為1,300億元", [
            ("196億澳門元", Decimal("19600000000"), "MOP"), ("1,300億元", Decimal("130000000000"), "MOP")]),
        ("訪港旅客消費為380億港元，人均消費為6,800元", [
            ("380億港元", Decimal("38000000000"), "HKD"), ("6,800元", Decimal(6800), "HKD")]),
        # a currency outside the 元 family never makes 元 its own: the dollar's price in TWD
        ("新台幣兌美元收盤報32.45元", [("32.45元", Decimal("32.45"), "TWD")]),
        # a later 人民幣 is the nearest: 元 after it is CNY again
        ("融資300億港元，另發行人民幣債券50億元，票面利率3%", [
            ("300億港元", Decimal("30000000000"), "HKD"), ("50億元", Decimal("5000000000"), "CNY")]),
    ],
)
def test_generic_yuan_takes_the_passage_currency_in_traditional_text(text: str, expected: list) -> None:
    assert money(text) == expected


def test_generic_yuan_in_simplified_text_stays_the_mainland_currency() -> None:
    # a mainland text names 港元 for Hong Kong amounts and writes 元 for its own
    assert money("南向资金净买入50亿港元，两市成交额8000亿元") == [
        ("50亿港元", Decimal("5000000000"), "HKD"), ("8000亿元", Decimal("800000000000"), "CNY")]


def test_passage_currency_ends_with_its_paragraph() -> None:
    text = "旅客消費為380億港元。\n全年人均收入為5萬元"
    assert [u for *_x, u in money(text)] == ["HKD", "CNY"]


def test_a_text_naming_its_own_place_keeps_that_currency_past_the_paragraph() -> None:
    # round 27: 訪港旅客 is how a Hong Kong writer names its visitors, so the text's own 元 is HKD in every paragraph
    text = "訪港旅客消費為380億港元。\n全年人均收入為5萬元"
    assert [u for *_x, u in money(text)] == ["HKD", "HKD"]


@pytest.mark.parametrize(("text", "expected"), [
    # round 38: the special drawing right as reserve releases write it, glued or spaced after the amount
    ("5月末外汇储备余额为2.42万亿SDR，较上月末下降0.3%。", [(Decimal("2420000000000"), "XDR")]),
    ("外汇储备余额为2.42万亿 SDR。", [(Decimal("2420000000000"), "XDR")]),
    ("外汇储备余额为2.42万亿特别提款权。", [(Decimal("2420000000000"), "XDR")]),
    # (near misses: SDR naming the asset, not an amount's unit; an English plural after a bare number)
    ("中国在IMF的SDR份额为6.39%。", []),
    ("持有3000 SDRs。", []),
])
def test_special_drawing_rights_written_sdr(text: str, expected: list) -> None:
    assert [(v, c) for _t, v, c in money(text)] == expected
