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


def test_round12_a_taiwanese_text_names_new_taiwan_dollars_by_its_own_words() -> None:
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
def test_round14_foreign_cents_and_short_currency_names(text: str, value: str, code: str) -> None:
    assert [(v, c) for _t, v, c in money(text)] == [(Decimal(value), code)]


def test_round14_a_currency_word_is_never_the_amount_befores() -> None:
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
def test_round14_a_shared_short_name_is_the_currency_of_the_country_before_it(text: str, code: str) -> None:
    assert [c for _t, _v, c in money(text)] == [code]
