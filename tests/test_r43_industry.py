"""Round 43: claim classes met in industry and information technology releases (工业和信息化部, 中国汽车工业协会)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp.language import doc_from_text, extract_all


def _claims_on(text: str, document_date: dt.date = dt.date(2024, 7, 20)) -> list[dict]:
    return extract_all(doc_from_text(text, document_date=document_date))["claims"]


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(c["metric"], str(c["value"]), c["time"]) for c in _claims_on(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a degree adverb between 转为 and its direction: the first value is last month's, neither metric keeps 转为/大幅
    ("6月份，汽车制造业增加值由上月下降7%转为大幅增长16.2%。",
     [("汽车制造业增加值下降", "7", "2024-05"), ("汽车制造业增加值增长", "16.2", "2024-06")]),
    ("6月份，全国PPI环比由上月上涨0.2%转为小幅下降0.1%。",
     [("全国PPI环比上涨", "0.2", "2024-05"), ("全国PPI环比下降", "0.1", "2024-06")]),
    # unchanged: a turn with no adverb, and a from–to change of a state (no direction after the adverb)
    ("6月份，全国PPI环比由上月上涨0.2%转为下降0.3%。",
     [("全国PPI环比上涨", "0.2", "2024-05"), ("全国PPI环比下降", "0.3", "2024-06")]),
    ("6月份，全市营业利润由亏损转为大幅盈利3.2亿元。", [("全市营业利润由亏损转为大幅盈利", "320000000", "2024-06")]),
])
def test_a_degree_adverb_after_a_turn_marker(text: str, expected: list) -> None:
    assert _rows(text) == expected


def _metric_rows(text: str) -> list[tuple[str, str]]:
    return [(c["metric"], str(c["value"])) for c in _claims_on(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a clause that only says how it is doing owns a bare measure of a whole after it
    ("今年前5个月，我国软件和信息技术服务业运行态势良好，业务收入55788亿元，同比增长11.2%。",
     [("软件和信息技术服务业业务收入", "5578800000000"), ("软件和信息技术服务业业务收入同比增长", "11.2")]),
    ("全国光缆网络稳步延伸，总长度达7499万公里。", [("全国光缆网络总长度", "74990000")]),
    ("从行业来看，装备制造业恢复态势明显，上半年增加值同比增长0.4%。", [("装备制造业增加值同比增长", "0.4")]),
    # unchanged: a measure that names its own owner, a clause with a value of its own before, no state clause
    ("全国经济运行总体平稳，居民消费价格上涨2%。", [("居民消费价格上涨", "2")]),
    ("5G网络建设稳步推进，5G基站总数达483万个。", [("5G基站总数", "4830000")]),
    ("受需求回落影响，营业收入下降3%。", [("营业收入下降", "3")]),
    # (round 43 mend) an act the state clause's subject ends in is no part of the owner; a subject with none keeps all
    ("全国铁路建设稳步推进，总里程达16万公里。", [("全国铁路总里程", "160000")]),
    ("全省公路建设稳步推进，总里程达20万公里。", [("全省公路总里程", "200000")]),
    ("全省电网运行平稳，总长度达5万公里。", [("全省电网总长度", "50000")]),
])
def test_a_state_clause_subject_owns_a_bare_measure_of_a_whole(text: str, expected: list) -> None:
    assert _metric_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change with the distributive 均 right after a 分别 list of levels is the members' together
    ("上半年，新能源汽车产销分别完成266.1万辆和260万辆，同比均增长1.2倍。",
     [("新能源汽车产量", "2661000"), ("新能源汽车销量", "2600000"), ("新能源汽车产量和销量同比增长", "1.2")]),
    ("上半年，商用车产量和销量分别为30万辆和29万辆，均下降5%。",
     [("商用车产量", "300000"), ("商用车销量", "290000"), ("商用车产量和销量下降", "5")]),
    ("上半年，北京、上海、广州分别完成投资100亿元、90亿元和80亿元，同比均增长5%。",
     [("北京完成投资", "10000000000"), ("上海完成投资", "9000000000"), ("广州完成投资", "8000000000"),
      ("北京、上海和广州完成投资同比增长", "5")]),
    # unchanged: changes spread by 分别, a clause naming its own subject, and a plain joint subject with 均
    ("上半年，新能源汽车产销分别完成266.1万辆和260万辆，同比分别增长20%和19%。",
     [("新能源汽车产量", "2661000"), ("新能源汽车销量", "2600000"), ("新能源汽车产量同比增长", "20"),
      ("新能源汽车销量同比增长", "19")]),
    ("上半年，商用车产量和销量分别为30万辆和29万辆，出口均下降5%。",
     [("商用车产量", "300000"), ("商用车销量", "290000"), ("出口下降", "5")]),
    ("1-5月，原煤和原油产量均增长3%。", [("原煤和原油产量增长", "3")]),
])
def test_a_distributive_change_after_a_respectively_list_is_the_members_together(text: str, expected: list) -> None:
    assert _metric_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 43 mend: the opening and ending the members share are said once only when whole words: a member's own
    # part is never a piece of its word (出 of 出口额, 工 of 工业)
    ("上半年，全省出口额和进口额分别为500亿元和300亿元，同比均增长5%。",
     [("全省出口额", "50000000000"), ("全省进口额", "30000000000"), ("全省出口额和进口额同比增长", "5")]),
    ("上半年，全市工业增加值和农业增加值分别为800亿元和200亿元，同比均增长4%。",
     [("全市工业增加值", "80000000000"), ("农业增加值", "20000000000"), ("全市工业和农业增加值同比增长", "4")]),
    ("上半年，全省进口总额、出口总额分别为100亿元、200亿元，同比均下降3%。",
     [("全省进口总额", "10000000000"), ("出口总额", "20000000000"), ("全省进口和出口总额同比下降", "3")]),
    ("上半年，全市商品房销售面积和销售额分别为500万平方米和400亿元，同比均下降10%。",
     [("全市商品房销售面积", "5000000"), ("全市商品房销售额", "40000000000"),
      ("全市商品房销售面积和销售额同比下降", "10")]),
    # …as before: jieba's 汽车产量 is 汽车 and 产量 (no lone 量 shared), a Latin name is whole, a measure said once
    ("上半年，新能源汽车产销分别完成266.1万辆和260万辆，同比均增长1.2倍。",
     [("新能源汽车产量", "2661000"), ("新能源汽车销量", "2600000"), ("新能源汽车产量和销量同比增长", "1.2")]),
    ("上半年，PM2.5、PM10浓度分别为32微克/立方米、55微克/立方米，同比均下降5.2%。",
     [("PM2.5浓度", "32"), ("PM10浓度", "55"), ("PM2.5和PM10浓度同比下降", "5.2")]),
    ("上半年，北京、上海、广州分别完成投资100亿元、90亿元和80亿元，同比均增长5%。",
     [("北京完成投资", "10000000000"), ("上海完成投资", "9000000000"), ("广州完成投资", "8000000000"),
      ("北京、上海和广州完成投资同比增长", "5")]),
])
def test_a_shared_change_says_only_whole_shared_words_once(text: str, expected: list) -> None:
    assert _metric_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 43 mend: a base named with 比/较 before or after the distributive 均 (the change is every member's)
    ("上半年，出口额和进口额分别达到500亿元、300亿元，均比上年同期下降2.1%。",
     [("出口额", "50000000000"), ("进口额", "30000000000"), ("出口额和进口额比上年同期下降", "2.1")]),
    ("上半年，出口额和进口额分别达到500亿元、300亿元，均较上年增长10%。",
     [("出口额", "50000000000"), ("进口额", "30000000000"), ("出口额和进口额较上年增长", "10")]),
    ("上半年，出口额和进口额分别达到500亿元、300亿元，比上年同期均下降2.1%。",
     [("出口额", "50000000000"), ("进口额", "30000000000"), ("出口额和进口额比上年同期下降", "2.1")]),
    # unchanged: a clause naming its own subject before its base (出口均…) is its own
    ("上半年，商用车产量和销量分别为30万辆和29万辆，出口均比上年下降5%。",
     [("商用车产量", "300000"), ("商用车销量", "290000"), ("出口比上年下降", "5")]),
])
def test_a_shared_change_with_a_named_base_is_the_members_together(text: str, expected: list) -> None:
    assert _metric_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a product or a kind named after a thing's output shares the output measure only, not the thing before it
    ("4月份，新能源汽车产量同比增长82.2%，集成电路增长14.3%。",
     [("新能源汽车产量同比增长", "82.2"), ("集成电路产量增长", "14.3")]),
    ("4月份，汽车产量同比增长8.2%，其中新能源汽车增长14.3%。",
     [("汽车产量同比增长", "8.2"), ("新能源汽车产量增长", "14.3")]),
    # unchanged: a place keeps the whole measure, a level after 其中 is a part of the whole (round 26), a member like
    # the one before shares its measure, a kind already naming the measure keeps its own words
    ("4月份，汽车产量同比增长8.2%，北京增长3%。", [("汽车产量同比增长", "8.2"), ("北京汽车产量增长", "3")]),
    ("全年全市粮食总产量285万吨。其中，稻谷162万吨。",
     [("全市粮食总产量", "2850000"), ("稻谷全市粮食总产量", "1620000")]),
    ("国有大型商业银行不良贷款率为1.2%，股份制商业银行为1.3%。",
     [("国有大型商业银行不良贷款率", "1.2"), ("股份制商业银行不良贷款率", "1.3")]),
    ("上半年，手机产量6.1亿台，同比下降1.2%，其中智能手机产量4.6亿台。",
     [("手机产量", "610000000"), ("手机产量同比下降", "1.2"), ("智能手机产量", "460000000")]),
    # (round 43 mend) also after a scoped subject (全市汽车产量: the member like a thing of its own, 手机, shares 产量)
    ("全市汽车产量增长10%，手机增长5%。", [("全市汽车产量增长", "10"), ("手机产量增长", "5")]),
    ("全省小麦播种面积增长2%，玉米增长3%。", [("全省小麦播种面积增长", "2"), ("玉米播种面积增长", "3")]),
    # unchanged: a body after the scoped output makes the product; a level names no measure of its own (round 26)
    ("全市规模以上工业汽车产量增长10%，重点企业增长5%。",
     [("全市规模以上工业汽车产量增长", "10"), ("重点企业汽车产量增长", "5")]),
    ("东部地区粮食产量增长5%，中部地区增长3%。", [("东部地区粮食产量增长", "5"), ("中部地区粮食产量增长", "3")]),
])
def test_a_thing_after_a_things_output_shares_the_output_measure(text: str, expected: list) -> None:
    assert _metric_rows(text) == expected


def test_word_lists_name_other_lists_instead_of_copying_them() -> None:
    """(round 43 mend) `state_owned_measures` is composed of `whole_output_measures` and `network_extent_heads`, which
    `thing_output_measures` and `counted_size_heads` name as well; a reference to no list, or a cycle, is refused."""
    from pipeline.extract.claim_cues import _with_list_references, cues

    rules = cues()
    for name in ("whole_output_measures", "network_extent_heads"):
        assert rules.words(name) <= rules.words("state_owned_measures")
    assert rules.words("whole_output_measures") <= rules.words("thing_output_measures")
    assert rules.words("network_extent_heads") <= rules.words("counted_size_heads")
    assert not any("${" in w for name in ("state_owned_measures", "thing_output_measures", "counted_size_heads")
                   for w in rules.words(name))
    assert _with_list_references({"a": ["x", "${b}"], "b": ["y", "${c}"], "c": ["z"]})["a"] == ["x", "y", "z"]
    with pytest.raises(ValueError, match="refers to itself"):
        _with_list_references({"a": ["${b}"], "b": ["${a}"]})
    with pytest.raises(ValueError, match="no word list"):
        _with_list_references({"a": ["${missing}"]})
