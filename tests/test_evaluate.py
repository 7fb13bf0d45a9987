"""Matching rules, scores, gold validation and the floors gate (pipeline.gold, .scoring, .evaluate).

Each rule of "Matching rules used for scores" (annotation-guidelines.md) has a test that would fail if
the rule were implemented differently.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline import evaluate as ev
from pipeline import gold as gd
from pipeline import scoring as sc
from pipeline.gold import Gold, GoldClaim, GoldDate, GoldNumber, GoldOrganization
from pipeline.scoring import PredClaim, PredDate, PredNumber, PredOrgGroup, Score

# ------------------------------------------------------------------------------------------------
# Small builders


def gnum(text: str, value: float, unit: str = "个", kind: str = "count", approx: str = "") -> GoldNumber:
    return GoldNumber(text=text, value=value, unit=unit, kind=kind, approx=approx)


def pnum(
    text: str, value: float | None, unit: str = "个", kind: str = "count", sent_id: int = 0
) -> PredNumber:
    return PredNumber(text=text, value=value, unit=unit, kind=kind, sent_id=sent_id)


def gorg(canonical: str, mentions: list[str], type_: str = "government") -> GoldOrganization:
    return GoldOrganization(canonical=canonical, type=type_, mentions=mentions)


def gclaim(value: float, unit: str = "%", time: str | None = None, metric: str = "增长") -> GoldClaim:
    return GoldClaim(sentence="句子。", metric=metric, value=value, unit=unit, time=time, source=None)


# ------------------------------------------------------------------------------------------------
# Text overlap and value tolerance


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("超过10%", "10%", True),  # the guideline's own example
        ("10%", "超过10%", True),  # either direction
        ("超过 10 %", "10%", True),  # white space ignored
        ("2017 年", "2017年", True),
        ("14.2\n万亿元", "14.2万亿元", True),
        ("10%", "20%", False),
        ("1%", "10%", False),  # shares characters but neither contains the other
        ("36.3%", "6.3%", True),  # containment is all the rule asks
        ("", "10%", False),  # an empty text overlaps nothing
        ("  ", "10%", False),
    ],
)
def test_texts_overlap(a: str, b: str, expected: bool) -> None:
    assert sc.texts_overlap(a, b) is expected


def test_texts_overlap_ignores_ideographic_space() -> None:
    assert sc.texts_overlap("安\u3000晓明", "安晓明")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (293985000000, 293985000000, True),
        (293985000000, 293985000000 * (1 + 1e-12), True),
        (293985000000, 293985000000 * (1 + 1e-8), False),
        (293985000000, 293985000001, True),  # relative diff 3.4e-12
        (100, 101, False),
        (0.1 + 0.2, 0.3, True),  # float noise
        (0.0, 0.0, True),
        (0.0, 1e-12, False),  # relative, not absolute: 0 vs tiny differs
        (-5, 5, False),
        (5, None, False),
        (float("nan"), float("nan"), False),
    ],
)
def test_values_equal(a: float, b: float | None, expected: bool) -> None:
    assert gd.values_equal(a, b) is expected


# ------------------------------------------------------------------------------------------------
# Numbers


def test_number_match_needs_value_kind_and_overlap() -> None:
    gold = gnum("超过10%", 10, unit="%", kind="percent", approx="over")
    assert sc.number_matches(gold, pnum("10%", 10, unit="%", kind="percent"))
    assert not sc.number_matches(gold, pnum("10%", 11, unit="%", kind="percent"))  # value
    assert not sc.number_matches(gold, pnum("10%", 10, unit="%", kind="pp"))  # kind
    assert not sc.number_matches(gold, pnum("20%", 10, unit="%", kind="percent"))  # text
    assert not sc.number_matches(gold, pnum("10%", None, unit="%", kind="percent"))  # missing value


def test_money_must_agree_on_currency_other_units_need_not() -> None:
    usd = gnum("2939.85亿美元", 293985000000, unit="USD", kind="money")
    assert sc.number_matches(usd, pnum("2939.85亿美元", 293985000000, unit="USD", kind="money"))
    assert not sc.number_matches(usd, pnum("2939.85亿美元", 293985000000, unit="CNY", kind="money"))
    # The rule compares units only for money: a count with another measure word still matches.
    assert sc.number_matches(gnum("16个国家", 16, unit="个"), pnum("16个", 16, unit="国家"))


def test_each_gold_number_matches_at_most_one_prediction() -> None:
    gold = [gnum("16个", 16)]
    res = sc.score_numbers(gold, [pnum("16个", 16), pnum("16个", 16)])
    assert (res.score.n_gold, res.score.n_pred, res.score.tp) == (1, 2, 1)
    assert res.false_positives == [1]
    # and each prediction matches at most one gold number
    res = sc.score_numbers([gnum("16个", 16), gnum("16个", 16)], [pnum("16个", 16)])
    assert res.score.tp == 1
    assert res.missed == [1]


def test_number_matching_is_maximum_not_first_fit() -> None:
    # Gold 10% fits both predictions, gold 超过10% only the first; first-fit would give 10% the
    # first prediction and leave 超过10% unmatched.
    gold = [gnum("10%", 10, "%", "percent"), gnum("超过10%", 10, "%", "percent", "over")]
    pred = [pnum("超过10%", 10, "%", "percent"), pnum("低于10%", 10, "%", "percent")]
    res = sc.score_numbers(gold, pred)
    assert res.score.tp == 2
    assert res.missed == [] and res.false_positives == []


def test_a_long_document_is_not_scored_over_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only predictions with the gold item's value are tested against it: the rule runs about once
    per gold item, not gold × predictions times (linear in a document's length)."""
    calls = 0
    rule = sc.number_matches

    def counted(gold: Any, pred: Any) -> bool:
        nonlocal calls
        calls += 1
        return rule(gold, pred)

    n = 3000
    gold = [gnum(f"{k}个", float(k)) for k in range(n)]
    pred = [pnum(f"{k}个", float(k) * (1 + 1e-12)) for k in reversed(range(n))] + [pnum("7个", None)]
    res = sc.score_pairs(gold, pred, counted)
    assert res.score.tp == n and res.false_positives == [n]
    assert calls <= 2 * n
    dates = sc.score_dates([sc.GoldDate(text=f"{k}年", value=str(k)) for k in range(n)],
                           [sc.PredDate(f"{k}年", str(k)) for k in range(n)])
    assert dates.score.tp == n


def test_max_matching_plain() -> None:
    compat = {(0, 0), (0, 1), (1, 0), (2, 1), (2, 2)}
    pairs = sc.max_matching(3, 3, lambda i, j: (i, j) in compat)
    assert len(pairs) == 3
    assert len({p for _, p in pairs}) == 3
    assert all(pair in compat for pair in pairs)
    assert sc.max_matching(0, 3, lambda i, j: True) == []
    assert sc.max_matching(2, 0, lambda i, j: True) == []


def test_max_matching_long_augmenting_path_is_found() -> None:
    # gold i fits pred i and i+1; processed in order, each new gold forces a chain of reassignments.
    n = 1500  # deeper than Python's recursion limit: the search must be iterative
    pairs = sc.max_matching(n, n, lambda i, j: j in (i, i + 1) or (i == n - 1 and j == 0))
    assert len(pairs) == n


# ------------------------------------------------------------------------------------------------
# Dates


def test_date_match_needs_equal_value_and_overlap() -> None:
    gold = GoldDate(text="2020年底", value="2020-12")
    assert sc.date_matches(gold, PredDate("2020年底", "2020-12"))
    assert sc.date_matches(gold, PredDate("2020 年", "2020-12"))  # contained, white space ignored
    assert not sc.date_matches(gold, PredDate("2020年底", "2020"))  # value strings differ
    assert not sc.date_matches(gold, PredDate("2020年底", "2020-12-31"))
    assert not sc.date_matches(gold, PredDate("2021年底", "2020-12"))
    unresolved = GoldDate(text="去年", value=None)
    assert sc.date_matches(unresolved, PredDate("去年", None))
    assert not sc.date_matches(unresolved, PredDate("去年", "2021"))


def test_dates_one_to_one() -> None:
    gold = [GoldDate(text="2019年", value="2019")]
    res = sc.score_dates(gold, [PredDate("2019年", "2019"), PredDate("2019年", "2019")])
    assert (res.score.tp, res.score.n_pred, res.false_positives) == (1, 2, [1])


# ------------------------------------------------------------------------------------------------
# Organisations


def test_group_organizations_by_canonical_per_article() -> None:
    rows = [("工信部", "工业和信息化部", 1)] * 10 + [("中国工信部", "工业和信息化部", 4), ("华为", "", 2)]
    groups = sc.group_organizations(rows)
    assert len(groups) == 2
    assert groups[0] == PredOrgGroup("工业和信息化部", ("工业和信息化部", "工信部", "中国工信部"), 1)
    assert groups[1].canonical == "华为" and groups[1].forms == ("华为",)


def test_organisation_scored_once_per_entry() -> None:
    gold = [gorg("工业和信息化部", ["工信部", "中国工信部"])]
    groups = sc.group_organizations([("工信部", "工业和信息化部", i) for i in range(10)])
    res = sc.score_organizations(gold, groups)
    assert (res.score.n_gold, res.score.n_pred, res.score.tp) == (1, 1, 1)


def test_organisation_match_by_text_or_canonical_whitespace_ignored() -> None:
    entry = gorg("联合国贸易和发展会议", ["联合国 UNCTAD", "UNCTAD"], "international")
    assert sc.org_group_matches(entry, PredOrgGroup("UNCTAD", ("UNCTAD",)))  # text = mention
    assert sc.org_group_matches(entry, PredOrgGroup("联合国UNCTAD", ("联合国UNCTAD",)))  # ws ignored
    # predicted canonical equals the gold canonical although the text is a form gold does not list
    assert sc.org_group_matches(
        entry, PredOrgGroup("联合国贸易和发展会议", ("联合国贸易和发展会议", "贸发会议"))
    )
    assert not sc.org_group_matches(entry, PredOrgGroup("联合国", ("联合国",)))  # substring is not enough
    assert not sc.org_group_matches(entry, PredOrgGroup("UNCTAD数据库", ("UNCTAD数据库",)))


def test_organisation_false_positive_and_split_groups() -> None:
    gold = [gorg("工业和信息化部", ["工信部"]), gorg("华为技术有限公司", ["华为"], "company")]
    groups = [
        PredOrgGroup("工业和信息化部", ("工业和信息化部", "工信部")),
        PredOrgGroup("工信部", ("工信部",)),  # the same organisation split off: neither TP nor FP
        PredOrgGroup("中国", ("中国",)),  # matches nothing: FP
    ]
    res = sc.score_organizations(gold, groups)
    assert res.score.tp == 1
    assert res.score.n_pred == 2  # TP + FP
    assert res.false_positives == [2]
    assert res.missed == [1]


# ------------------------------------------------------------------------------------------------
# Claims


def test_claim_match_value_unit_and_time() -> None:
    gold = gclaim(36.3, "%", "2020")
    assert sc.claim_matches(gold, PredClaim("另一指标", 36.3, "%", "2020"))  # metric text is not compared
    assert not sc.claim_matches(gold, PredClaim("增长", 36.3, "pp", "2020"))
    assert not sc.claim_matches(gold, PredClaim("增长", 36.4, "%", "2020"))
    assert not sc.claim_matches(gold, PredClaim("增长", 36.3, "%", "2021"))
    assert not sc.claim_matches(gold, PredClaim("增长", 36.3, "%", None))


def test_claim_time_null_equals_null() -> None:
    gold = gclaim(5, "%", None)
    assert sc.claim_matches(gold, PredClaim("增长", 5, "%", None))
    assert not sc.claim_matches(gold, PredClaim("增长", 5, "%", "2020"))


def test_claims_one_to_one() -> None:
    res = sc.score_claims([gclaim(5), gclaim(5)], [PredClaim("增长", 5, "%", None)])
    assert (res.score.tp, res.missed) == (1, [1])


# ------------------------------------------------------------------------------------------------
# Precision, recall, F1


def test_prf_maths() -> None:
    s = Score(n_gold=5, n_pred=4, tp=2)
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(0.4)
    assert s.f1 == pytest.approx(2 * 0.5 * 0.4 / 0.9)


@pytest.mark.parametrize(
    ("n_gold", "n_pred", "tp", "p", "r", "f"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing found: an empty kind must not trip a floor
        (5, 0, 0, 0.0, 0.0, 0.0),  # predicting nothing against gold
        (0, 3, 0, 0.0, 0.0, 0.0),  # predictions where there is no gold
        (3, 3, 0, 0.0, 0.0, 0.0),  # p + r == 0
        (3, 3, 3, 1.0, 1.0, 1.0),
    ],
)
def test_prf_zero_division(n_gold: int, n_pred: int, tp: int, p: float, r: float, f: float) -> None:
    s = Score(n_gold, n_pred, tp)
    assert (s.precision, s.recall, s.f1) == (p, r, f)


def test_micro_average_over_articles_and_kinds() -> None:
    zero = Score()
    per_doc = {
        "a": {"numbers": Score(1, 1, 1), "dates": zero, "organizations": zero, "claims": zero,
              "claims_metric": zero},
        "b": {"numbers": Score(3, 1, 0), "dates": Score(2, 2, 2), "organizations": zero, "claims": Score(1, 1, 1),
              "claims_metric": Score(1, 1, 0)},
    }
    totals = sc.micro_average(per_doc.values())
    assert totals["numbers"] == Score(4, 2, 1)
    assert totals["numbers"].recall == 0.25  # micro; the macro mean would be 0.5
    assert totals["claims_metric"] == Score(1, 1, 0)
    assert totals["overall"] == Score(7, 5, 4)  # claims_metric rescores the claims: not counted twice


@pytest.mark.parametrize(
    ("gold_metric", "pred_metric", "agree"),
    [
        ("数字服务贸易总额", "2020年数字服务贸易总额", True),  # the guidelines' examples
        ("数字服务贸易总额", "总额达到", False),
        ("营业收入", "营业 收入", True),  # white space ignored
        ("营业收入", "", False),
    ],
)
def test_claims_metric_needs_half_the_characters(gold_metric: str, pred_metric: str, agree: bool) -> None:
    gold = GoldClaim(sentence="s", metric=gold_metric, value=1.0, unit="%", time=None, source=None)
    pred = PredClaim(pred_metric, 1.0, "%", None)
    assert sc.claim_matches(gold, pred)
    assert sc.claim_metric_matches(gold, pred) is agree
    assert sc.score_claims_metric([gold], [pred]).score.tp == int(agree)


def test_scores_per_genre_are_micro_averages_of_their_documents() -> None:
    zero = Score()

    def doc(numbers: Score) -> dict[str, Score]:
        return {"numbers": numbers, "dates": zero, "organizations": zero, "claims": zero, "claims_metric": zero}

    per_doc = {"a": doc(Score(2, 2, 2)), "b": doc(Score(2, 2, 0)), "c": doc(Score(4, 4, 4))}
    genres = {"a": "news", "b": "news", "c": "report"}
    scopes = ev.by_genre(per_doc, genres)
    assert list(scopes) == ["news", "report", "all"]
    assert scopes["news"]["numbers"] == Score(4, 4, 2)
    assert scopes["all"]["numbers"] == Score(8, 8, 6)
    payload = ev.scores_payload(per_doc, genres, [])
    assert payload["per_genre"]["report"]["numbers"]["f1"] == 1.0
    assert payload["per_document"]["b"]["genre"] == "news"
    assert payload["per_document"]["b"]["overall"]["tp"] == 0


# ------------------------------------------------------------------------------------------------
# Gold validation

CLEAN = "2019年4月，工信部（工业和信息化部）称，数字服务贸易总额达2939.85亿美元，增长超过10%。"


def valid_gold(doc_id: str = "doc1") -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "document_date": "2022-06-01",
        "numbers": [
            {"text": "2939.85亿美元", "value": 293985000000, "unit": "USD", "kind": "money", "approx": ""},
            {"text": "超过10%", "value": 10, "unit": "%", "kind": "percent", "approx": "over"},
        ],
        "dates": [{"text": "2019年4月", "value": "2019-04"}],
        "organizations": [
            {"canonical": "工业和信息化部", "type": "government", "mentions": ["工信部", "工业和信息化部"]}
        ],
        "claims": [
            {
                "sentence": "数字服务贸易总额达2939.85亿美元",
                "metric": "数字服务贸易总额",
                "value": 293985000000,
                "unit": "USD",
                "time": "2019-04",
                "source": "工信部",
            }
        ],
    }


def write_gold(folder: Path, data: dict[str, Any], name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or data['doc_id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, data: dict[str, Any], clean: str | None = CLEAN) -> list[str]:
    return gd.validate_gold_file(write_gold(tmp_path, data), clean)


def test_valid_gold_has_no_problems(tmp_path: Path) -> None:
    assert problems_of(tmp_path, valid_gold()) == []
    assert problems_of(tmp_path, valid_gold(), clean=None) == []


def _one(problems: list[str], *needles: str) -> None:
    assert len(problems) == 1, problems
    for needle in needles:
        assert needle in problems[0], problems


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "doc1.json"
    path.write_text("{not json", encoding="utf-8")
    _one(gd.validate_gold_file(path, None), "cannot read JSON")


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["numbers"][0].pop("value"), "numbers[0].value"),  # missing field
        (lambda d: d["numbers"][0].update(value="293985000000"), "numbers[0].value"),  # string for number
        (lambda d: d["numbers"][0].update(valeu=1), "numbers[0].valeu"),  # misspelt field
        (lambda d: d["organizations"][0].update(mentions="工信部"), "organizations[0].mentions"),
        (lambda d: d["claims"][0].pop("time"), "claims[0].time"),
        (lambda d: d.update(numbers={}), "numbers"),
    ],
)
def test_schema_problems(tmp_path: Path, mutate: Any, needle: str) -> None:
    data = valid_gold()
    mutate(data)
    problems = problems_of(tmp_path, data)
    assert problems and all(p.startswith("schema:") for p in problems), problems
    assert any(needle in p for p in problems), problems


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("kind", "currency", "kind 'currency'"),
        ("approx", "around", "approx 'around'"),
        ("unit", "美元", "ISO 4217"),
        ("unit", "usd", "ISO 4217"),
    ],
)
def test_number_problems(tmp_path: Path, field: str, value: str, needle: str) -> None:
    data = valid_gold()
    data["numbers"][0][field] = value
    if field == "unit":  # the claim then no longer finds its number: keep the claim consistent
        data["claims"][0]["unit"] = value
    _one(problems_of(tmp_path, data), "numbers[0]", needle)


def test_unit_must_fit_kind(tmp_path: Path) -> None:
    data = valid_gold()
    data["numbers"][1]["unit"] = "pp"  # a percent with pp
    _one(problems_of(tmp_path, data), "numbers[1]", "percent unit 'pp'")
    data = valid_gold()
    data["numbers"][1].update(kind="count")  # a count with %
    _one(problems_of(tmp_path, data), "numbers[1]", "count with unit '%'")


@pytest.mark.parametrize(
    "value",
    [
        "2019",
        "2019-04",
        "2019-04-30",
        "2021-H1",
        "2021-Q3",
        "20",
        "2017/2021",
        "2021-Q1/2021-Q3",
        "2022-01/2022-02",
        None,
    ],
)
def test_good_date_values(tmp_path: Path, value: str | None) -> None:
    assert gd.is_valid_date_value(value)
    data = valid_gold()
    data["dates"][0]["value"] = value
    assert problems_of(tmp_path, data) == []


@pytest.mark.parametrize(
    "value",
    [
        "2019年",
        "2019-4",
        "2019-13",
        "2019-02-30",
        "2021-H3",
        "2021-Q5",
        "201",
        "2017/",
        "2017-2021",
        "2017/2021/2022",
        "2019/2019",
        "",
        "21世纪",
    ],
)
def test_bad_date_values(tmp_path: Path, value: str) -> None:
    assert not gd.is_valid_date_value(value)
    data = valid_gold()
    data["dates"][0]["value"] = value
    _one(problems_of(tmp_path, data), "dates[0]", "not an ISO-style date")


def test_claim_time_must_be_a_date_value(tmp_path: Path) -> None:
    data = valid_gold()
    data["claims"][0]["time"] = "2019年"
    _one(problems_of(tmp_path, data), "claims[0]", "time")


def test_texts_must_occur_in_clean_text(tmp_path: Path) -> None:
    data = valid_gold()
    data["numbers"][0]["text"] = "2939.86亿美元"
    data["dates"][0]["text"] = "2019年5月"
    data["organizations"][0]["mentions"].append("中国工信部")
    problems = problems_of(tmp_path, data)
    assert len(problems) == 3, problems
    assert "numbers[0]" in problems[0] and "does not occur" in problems[0]
    assert "dates[0]" in problems[1] and "does not occur" in problems[1]
    assert "中国工信部" in problems[2] and "does not occur" in problems[2]
    # without the cleaned text the occurrence is not checked
    assert problems_of(tmp_path, data, clean=None) == []


def test_text_with_different_white_space_is_reported_with_hint(tmp_path: Path) -> None:
    data = valid_gold()
    data["numbers"][1]["text"] = "超过 10%"
    _one(problems_of(tmp_path, data), "numbers[1]", "white space ignored")


def test_claim_value_must_be_a_gold_number_of_same_unit(tmp_path: Path) -> None:
    data = valid_gold()
    data["claims"][0]["value"] = 293985000001.5  # relative diff 5e-12 still equal
    assert problems_of(tmp_path, data) == []
    data["claims"][0]["value"] = 12
    _one(problems_of(tmp_path, data), "claims[0]", "no gold number")
    data = valid_gold()
    data["claims"][0]["unit"] = "CNY"
    _one(problems_of(tmp_path, data), "claims[0]", "no gold number")


def test_claim_source_must_be_a_gold_organisation(tmp_path: Path) -> None:
    data = valid_gold()
    data["claims"][0]["source"] = "海关总署"
    _one(problems_of(tmp_path, data), "claims[0]", "source")
    data["claims"][0]["source"] = None
    assert problems_of(tmp_path, data) == []


def test_duplicate_organisation_entries(tmp_path: Path) -> None:
    data = valid_gold()
    data["organizations"].append(
        {"canonical": "工业和信息化部 ", "type": "government", "mentions": ["工信部"]}
    )
    problems = problems_of(tmp_path, data)
    assert any("duplicate of organizations[0]" in p for p in problems), problems
    assert any("'工信部' also in organizations[0]" in p for p in problems), problems


def test_duplicate_mention_across_entries(tmp_path: Path) -> None:
    data = valid_gold()
    data["organizations"].append({"canonical": "工信", "type": "government", "mentions": ["工 信部"]})
    _one(problems_of(tmp_path, data, clean=None), "organizations[1]", "also in organizations[0]")


def test_mention_equal_to_other_entrys_canonical(tmp_path: Path) -> None:
    data = valid_gold()
    data["organizations"].append(
        {"canonical": "工信部", "type": "government", "mentions": ["工业和信息化部"]}
    )
    problems = problems_of(tmp_path, data, clean=None)
    assert any("is the canonical of organizations[1]" in p for p in problems), problems


def test_mention_listed_twice_but_white_space_variants_allowed(tmp_path: Path) -> None:
    data = valid_gold()
    data["organizations"][0]["mentions"].append("工信部")
    _one(problems_of(tmp_path, data), "listed twice")
    data = valid_gold()
    data["organizations"][0]["mentions"].append("工 信部")
    assert problems_of(tmp_path, data, clean=None) == []


def test_organisation_type_and_empty_mentions(tmp_path: Path) -> None:
    data = valid_gold()
    data["organizations"][0]["type"] = "ministry"
    _one(problems_of(tmp_path, data), "type 'ministry'")
    data = valid_gold()
    data["organizations"][0]["mentions"] = []
    data["claims"][0]["source"] = "工业和信息化部"
    _one(problems_of(tmp_path, data), "no mentions")


def test_doc_id_must_equal_file_name(tmp_path: Path) -> None:
    path = write_gold(tmp_path, valid_gold("doc1"), name="doc2")
    _one(gd.validate_gold_file(path, CLEAN), "doc_id 'doc1'", "'doc2'")


def test_document_date_must_be_iso(tmp_path: Path) -> None:
    data = valid_gold()
    data["document_date"] = "2022年6月1日"
    _one(problems_of(tmp_path, data), "document_date")
    data["document_date"] = None
    assert problems_of(tmp_path, data) == []


def test_validate_gold_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_dir = tmp_path / "gold"
    write_gold(gold_dir, valid_gold("good"))
    bad = valid_gold("bad")
    bad["numbers"][0]["text"] = "不在文中"
    write_gold(gold_dir, bad)
    (gold_dir / "floors.toml").write_text("[numbers]\nf1 = 0.0\n", encoding="utf-8")
    texts = tmp_path / "extracted" / "texts"
    texts.mkdir(parents=True)
    (texts / "good.txt").write_text(CLEAN, encoding="utf-8")
    (texts / "bad.txt").write_text(CLEAN, encoding="utf-8")

    for texts_dir in (texts, tmp_path / "extracted"):  # the extracted folder itself is accepted too
        results = gd.validate_gold_dir(gold_dir, texts_dir)
        assert list(results) == ["bad", "good"]
        assert results["good"] == []
        assert len(results["bad"]) == 1 and "不在文中" in results["bad"][0]
    assert gd.validate_gold_dir(gold_dir, None)["bad"] == []  # no text, no occurrence check
    out = capsys.readouterr().out
    assert "bad.json" in out and "不在文中" in out


def test_load_gold(tmp_path: Path) -> None:
    write_gold(tmp_path, valid_gold("a"))
    golds = gd.load_gold(tmp_path)
    assert list(golds) == ["a"]
    assert isinstance(golds["a"], Gold)
    assert golds["a"].numbers[0].value == 293985000000
    broken = valid_gold("b")
    del broken["dates"][0]["value"]
    write_gold(tmp_path, broken)
    with pytest.raises(gd.GoldError, match=r"b\.json"):
        gd.load_gold(tmp_path)


# ------------------------------------------------------------------------------------------------
# run_check on a fake extracted folder

SENTENCES = ["2019年4月，工信部（工业和信息化部）称，", "数字服务贸易总额达2939.85亿美元，增长超过10%。"]


def write_extracted(folder: Path, doc_id: str = "doc1", **tables: list[dict[str, Any]]) -> Path:
    """A minimal extracted folder: documents, sentences and the given kind tables as Parquet."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = {
        "numbers": ["doc_id", "sent_id", "start", "end", "text", "value", "unit", "kind", "approx"],
        "dates": ["doc_id", "sent_id", "start", "end", "text", "value", "granularity"],
        "organizations": ["doc_id", "sent_id", "start", "end", "text", "canonical", "type"],
        "claims": [
            "doc_id",
            "sent_id",
            "metric",
            "value",
            "unit",
            "time",
            "source",
            "number_start",
            "number_end",
        ],
    }
    pd.DataFrame([{"doc_id": doc_id, "document_date": "", "status": "ok"}]).to_parquet(
        folder / "documents.parquet"
    )
    offsets = [0, len(SENTENCES[0])]
    pd.DataFrame(
        [
            {
                "doc_id": doc_id,
                "sent_id": i,
                "start": offsets[i],
                "end": offsets[i] + len(s),
                "text": s,
                "section": "body",
            }
            for i, s in enumerate(SENTENCES)
        ]
    ).to_parquet(folder / "sentences.parquet")
    for name, cols in columns.items():
        rows = [{"doc_id": doc_id, "start": 0, "end": 0, **r} for r in tables.get(name, [])]
        df = pd.DataFrame(rows, columns=cols)
        if "value" in cols and name != "dates":
            df["value"] = df["value"].astype("float64")
        df.to_parquet(folder / f"{name}.parquet")
    return folder


def perfect_tables() -> dict[str, list[dict[str, Any]]]:
    return {
        "numbers": [
            {
                "sent_id": 1,
                "text": "2939.85亿美元",
                "value": 293985000000.0,
                "unit": "USD",
                "kind": "money",
                "approx": "",
            },
            {"sent_id": 1, "text": "10%", "value": 10.0, "unit": "%", "kind": "percent", "approx": "over"},
        ],
        "dates": [{"sent_id": 0, "text": "2019年4月", "value": "2019-04", "granularity": "month"}],
        "organizations": [
            {"sent_id": 0, "text": "工信部", "canonical": "工业和信息化部", "type": "government"},
            {"sent_id": 0, "text": "工业和信息化部", "canonical": "工业和信息化部", "type": "government"},
        ],
        "claims": [
            {
                "sent_id": 1,
                "metric": "总额",
                "value": 293985000000.0,
                "unit": "USD",
                "time": "2019-04",
                "source": "工业和信息化部",
                "number_start": 0,
                "number_end": 0,
            },
        ],
    }


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    write_gold(folder, valid_gold("doc1"))
    return folder


def write_floors(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_run_check_perfect_writes_scores(
    tmp_path: Path, gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extracted = write_extracted(tmp_path / "extracted", **perfect_tables())
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 0
    scores = json.loads((extracted / "scores.json").read_text(encoding="utf-8"))
    assert scores["documents"] == ["doc1"]
    assert scores["scores"]["numbers"] == {
        "gold": 2,
        "predicted": 2,
        "tp": 2,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert scores["scores"]["organizations"]["predicted"] == 1  # two mentions, one entry
    assert scores["scores"]["overall"]["tp"] == 5
    csv = pd.read_csv(extracted / "scores.csv")
    assert list(csv.columns[:4]) == ["scope", "kind", "genre", "gold"]
    assert set(csv["kind"]) == {"numbers", "dates", "organizations", "claims", "claims_metric", "overall"}
    assert set(csv["scope"]) == {"all", "genre:other", "doc1"}  # a gold file without a genre is "other"
    assert not [p for p in extracted.iterdir() if p.name.endswith(".tmp")]  # temp files replaced
    out = capsys.readouterr().out
    assert "numbers" in out and "overall" in out and "1.000" in out


def test_run_check_is_deterministic(tmp_path: Path, gold_dir: Path) -> None:
    extracted = write_extracted(tmp_path / "extracted", **perfect_tables())
    ev.run_check(extracted, gold_dir, None, misses=False)
    first = (extracted / "scores.json").read_bytes(), (extracted / "scores.csv").read_bytes()
    ev.run_check(extracted, gold_dir, None, misses=False)
    assert first == ((extracted / "scores.json").read_bytes(), (extracted / "scores.csv").read_bytes())


def test_run_check_scores_only_gold_documents(tmp_path: Path, gold_dir: Path) -> None:
    tables = perfect_tables()
    extracted = write_extracted(tmp_path / "extracted", **tables)
    other = pd.DataFrame(
        [
            {
                "doc_id": "other",
                "sent_id": 0,
                "start": 0,
                "end": 1,
                "text": "5个",
                "value": 5.0,
                "unit": "个",
                "kind": "count",
                "approx": "",
            }
        ]
    )
    numbers = pd.concat([pd.read_parquet(extracted / "numbers.parquet"), other], ignore_index=True)
    numbers.to_parquet(extracted / "numbers.parquet")
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 0
    scores = json.loads((extracted / "scores.json").read_text(encoding="utf-8"))
    assert scores["scores"]["numbers"]["predicted"] == 2


def test_floors_gate(tmp_path: Path, gold_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = perfect_tables()
    tables["numbers"] = tables["numbers"][:1]  # numbers recall 0.5
    extracted = write_extracted(tmp_path / "extracted", **tables)
    floors = write_floors(tmp_path / "floors.toml", "[numbers]\nrecall = 0.5\nprecision = 1.0\n")
    assert ev.run_check(extracted, gold_dir, floors, misses=False) == 0  # at the floor is fine
    write_floors(floors, "[numbers]\nrecall = 0.6\n")
    assert ev.run_check(extracted, gold_dir, floors, misses=False) == 1
    out = capsys.readouterr().out
    assert "numbers recall 0.5000 < floor 0.6000" in out
    scores = json.loads((extracted / "scores.json").read_text(encoding="utf-8"))
    assert scores["floor_failures"] == ["numbers recall 0.5000 < floor 0.6000"]
    write_floors(floors, "[overall]\nf1 = 0.95\n")
    assert ev.run_check(extracted, gold_dir, floors, misses=False) == 1


def test_floors_default_to_gold_folder(tmp_path: Path, gold_dir: Path) -> None:
    extracted = write_extracted(tmp_path / "extracted")  # no predictions at all
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 0  # no floors file: no gate
    write_floors(gold_dir / "floors.toml", "[dates]\nf1 = 0.1\n")
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 1


def test_checked_in_floors_file_is_valid() -> None:
    floors = ev.load_floors(Path(__file__).parent / "gold" / "floors.toml")
    assert set(floors) == {"numbers", "dates", "organizations", "claims", "claims_metric", "overall"}
    assert all("f1" in m and 0.0 < m["f1"] < 1.0 for m in floors.values())  # the whole set, not one article


@pytest.mark.parametrize(
    "text",
    [
        "[number]\nf1 = 0.5\n",
        "[numbers]\nF1 = 0.5\n",
        "[numbers]\nf1 = 1.5\n",
        "[numbers]\nf1 = '0.5'\n",
        "[numbers\n",
    ],
)
def test_invalid_floors_stop_the_check(tmp_path: Path, gold_dir: Path, text: str) -> None:
    extracted = write_extracted(tmp_path / "extracted", **perfect_tables())
    floors = write_floors(tmp_path / "floors.toml", text)
    with pytest.raises(ev.FloorsError):
        ev.load_floors(floors)
    assert ev.run_check(extracted, gold_dir, floors, misses=False) == 2


def test_run_check_with_invalid_gold_or_missing_folders(tmp_path: Path, gold_dir: Path) -> None:
    extracted = write_extracted(tmp_path / "extracted", **perfect_tables())
    assert ev.run_check(extracted, tmp_path / "nope", None, misses=False) == 2
    assert ev.run_check(tmp_path / "nope", gold_dir, None, misses=False) == 2
    broken = valid_gold("doc1")
    broken["numbers"][0]["value"] = "many"
    write_gold(gold_dir, broken)
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 2


def test_missing_tables_and_documents_count_as_misses(tmp_path: Path, gold_dir: Path) -> None:
    extracted = write_extracted(tmp_path / "extracted", doc_id="someone_else", **perfect_tables())
    (extracted / "claims.parquet").unlink()
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 0
    scores = json.loads((extracted / "scores.json").read_text(encoding="utf-8"))
    assert scores["scores"]["overall"]["tp"] == 0
    assert scores["scores"]["overall"]["gold"] == 5
    assert scores["scores"]["overall"]["recall"] == 0.0


def test_misses_lists_items_with_sentences(
    tmp_path: Path, gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = perfect_tables()
    tables["numbers"] = [tables["numbers"][0]]  # 超过10% missed
    tables["dates"].append({"sent_id": 1, "text": "总额", "value": "2020", "granularity": "year"})  # a FP
    tables["organizations"].append({"sent_id": 1, "text": "数字服务", "canonical": "", "type": "other"})
    extracted = write_extracted(tmp_path / "extracted", **tables)
    ev.run_check(extracted, gold_dir, None, misses=True)
    out = capsys.readouterr().out
    assert "missed number '超过10%'" in out
    assert "false date '总额'" in out
    assert "false organisation '数字服务'" in out
    assert SENTENCES[1] in out  # the sentence of the missed number and of the false positives
    assert "doc1: 1 missed, 2 false positive(s)" in out


def test_miss_report_values_are_readable() -> None:
    gold = Gold(doc_id="d", numbers=[gnum("2939.85亿美元", 293985000000, "USD", "money")])
    pred = sc.DocPredictions([], [], [], [])
    report = ev.miss_report(
        gold, pred, sc.score_document(gold, pred), {0: "数字服务贸易总额达2939.85亿美元。"}
    )
    assert report == [
        ("missed number '2939.85亿美元' = 293985000000 'USD' money", "数字服务贸易总额达2939.85亿美元。")
    ]


def test_nan_cells_read_as_missing() -> None:
    assert sc._str(float("nan")) == "" and sc._str(None) == "" and sc._str(pd.NA) == ""
    assert sc._float(float("nan")) is None and sc._float("") is None
    assert math.isclose(sc._float("1.5") or 0, 1.5)


def test_nullable_dtypes_from_the_pipeline_schema(tmp_path: Path, gold_dir: Path) -> None:
    # The pipeline writes pandas nullable dtypes (string, Float64, Int64) with <NA> for missing cells.
    extracted = write_extracted(tmp_path / "extracted", **perfect_tables())
    claims = pd.read_parquet(extracted / "claims.parquet")
    claims = pd.concat(
        [
            claims,
            pd.DataFrame(
                [
                    {
                        "doc_id": "doc1",
                        "sent_id": None,
                        "metric": "x",
                        "value": None,
                        "unit": "",
                        "time": None,
                        "source": None,
                        "number_start": None,
                        "number_end": None,
                    }
                ]
            ),
        ],
        ignore_index=True,
    ).astype(
        {
            "doc_id": "string",
            "sent_id": "Int64",
            "metric": "string",
            "value": "Float64",
            "unit": "string",
            "time": "string",
            "source": "string",
            "number_start": "Int64",
            "number_end": "Int64",
        }
    )
    claims.to_parquet(extracted / "claims.parquet")
    dates = pd.read_parquet(extracted / "dates.parquet").astype({"value": "string", "sent_id": "Int64"})
    dates.to_parquet(extracted / "dates.parquet")
    assert ev.run_check(extracted, gold_dir, None, misses=True) == 0
    scores = json.loads((extracted / "scores.json").read_text(encoding="utf-8"))
    assert scores["scores"]["claims"] == {
        "gold": 1,
        "predicted": 2,
        "tp": 1,
        "fp": 1,
        "fn": 0,
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.666667,
    }
    assert scores["scores"]["dates"]["tp"] == 1


def test_failed_document_is_reported(
    tmp_path: Path, gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extracted = write_extracted(tmp_path / "extracted")
    pd.DataFrame([{"doc_id": "doc1", "status": "failed"}]).to_parquet(extracted / "documents.parquet")
    assert ev.run_check(extracted, gold_dir, None, misses=False) == 0
    assert "doc1: has gold but its extraction failed" in capsys.readouterr().out


def test_run_check_on_a_run_s_own_documents_leaves_other_gold_out(
    tmp_path: Path, gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An extraction of some documents is scored on those; the whole-set floors are not applied to a part."""
    write_gold(gold_dir, valid_gold("doc2"))
    extracted = write_extracted(tmp_path / "extracted", **perfect_tables())
    floors = write_floors(tmp_path / "floors.toml", "[numbers]\nf1 = 0.99\n")
    assert ev.run_check(extracted, gold_dir, floors, misses=False) == 1  # doc2 not extracted: all missed
    assert ev.run_check(extracted, gold_dir, floors, misses=False, only={"doc1"}) == 0
    assert json.loads((extracted / "scores.json").read_text(encoding="utf-8"))["documents"] == ["doc1"]
    assert "not applied" in capsys.readouterr().out


def test_run_check_names_the_folder_it_is_shown_as(
    tmp_path: Path, gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An extraction scores its staging folder; the message names the output folder a user will open."""
    extracted = write_extracted(tmp_path / ".out.staging", **perfect_tables())
    ev.run_check(extracted, gold_dir, None, misses=False, shown_as=tmp_path / "out")
    out = capsys.readouterr().out
    assert f"Wrote {tmp_path / 'out' / 'scores.json'}" in out.replace("\n", "") and ".staging" not in out
