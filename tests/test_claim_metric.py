"""Claim metrics (issue 9, round 4): the metric is a clean noun phrase of the thing measured."""

from __future__ import annotations

from decimal import Decimal

from pipeline.nlp.language import doc_from_text, extract_all


def _metrics(text: str) -> list[tuple[Decimal, str]]:
    claims = extract_all(doc_from_text(text))["claims"]
    return [(Decimal(str(c["value"])), c["metric"]) for c in sorted(claims, key=lambda c: c["number_start"])]


def _metric_of(text: str, value: str) -> str:
    return dict(_metrics(text))[Decimal(value)]


def test_a_list_of_metrics_takes_its_values_in_rounds() -> None:
    text = ("城镇、农村和边远地区的入学率分别由2010年的 81.5% 、 72.4% 、 60.3% "
            "提高至2020年的 95.1% 、 90.6% 、 84.2% 。")
    metrics = [m for _, m in _metrics(text)]
    assert [m[:2] for m in metrics] == ["城镇", "农村", "边远", "城镇", "农村", "边远"]
    assert all(m.endswith("入学率") for m in metrics)


def test_a_metric_spread_over_an_earlier_list_of_the_sentence() -> None:
    text = "该方法在甲基金、乙基金、丙基金上分别带来1.2%、3.4%和5.6%的超额收益，相应的跟踪误差分别为0.41、0.52和0.63。"
    metrics = dict(_metrics(text))
    assert metrics[Decimal("0.41")] == "甲基金跟踪误差"
    assert metrics[Decimal("0.63")] == "丙基金跟踪误差"


def test_a_ratio_keeps_its_head_word() -> None:
    text = "该组合年化收益率为40.5%，信息比1.55，收益回撤比2.61。"
    assert _metric_of(text, "1.55") == "信息比"
    assert _metric_of(text, "2.61") == "收益回撤比"


def test_adverbs_of_degree_are_no_metric() -> None:
    text = "某市工业企业资产负债率从2015年的 58.1% 上升到2017年的 60.2% 。在降杠杆的压力下，小幅回落到2019年的 57.4% 。"
    assert _metric_of(text, "57.4") == "某市工业企业资产负债率"


def test_the_level_a_change_reached_measures_the_subject() -> None:
    text = "甲国央行加息50个基点至3.25%，乙国央行降息25个基点至1.5%。"
    assert _metric_of(text, "3.25").startswith("甲国央行")
    assert "基点" not in _metric_of(text, "3.25")
    assert _metric_of(text, "1.5").startswith("乙国央行")


def test_a_value_in_brackets_measures_the_phrase_before_them() -> None:
    text = "由于存货周转次数（由2010年的0.85次，下降到2018年的0.47次）和毛利率同时下降；"
    assert _metric_of(text, "0.85") == "存货周转次数"
    assert _metric_of(text, "0.47") == "存货周转次数"
    assert _metric_of("青年人群知晓率（ $| 8 8 . 0 \\%$ ）最高。", "88") == "青年人群知晓率"


def test_markup_debris_is_no_part_of_a_metric() -> None:
    for _, metric in _metrics("农村居民利用率$|为 93.5% ，城镇居民为 91.2% 。"):
        assert not set(metric) & set("${}|\\")
