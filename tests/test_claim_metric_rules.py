"""Claim metric rules read from claims.yaml: a plan's value before its noun opens at a digit run's
first digit, a state clause's predicate, the whole act a granted sibling takes, a period's mean in traditional script,
the quotation pairs read from one resource."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import clean
from pipeline.extract.claim_metric.cleaning import _quote_pairs, _without_open_quote
from pipeline.extract.claim_metric.list_scopes import _frame_reach
from pipeline.extract.claim_metric.siblings import mean_owner
from pipeline.resources import load_yaml
from tests.conftest import claim_metrics as _metrics

# `metric_plan_value` opened at every digit of a long run, reading the rest of the run each time

def test_a_plan_value_opens_only_at_the_first_digit_of_its_run() -> None:
    pattern = cues().pattern("metric_plan_value")
    assert [m.start() for m in pattern.finditer("完成全年1000亿元投资目标任务的")] == [4]
    assert [m.start() for m in pattern.finditer("为年度1,234.5亿元投资计划的")] == [3]
    # (no try from inside a run: tried from every digit, a long run was read once per digit, quadratic)
    assert pattern.match("完成全年1000亿元投资目标任务的", 5) is None
    assert pattern.match("为年度1,234.5亿元投资计划的", 5) is None
    assert pattern.search("完成" + "1" * 50 + "元", 3) is None


@pytest.mark.parametrize(("phrase", "cleaned"), [
    # the docstring's examples keep their output
    ("完成全年1.8万亿元任务目标的", "完成全年任务目标"),
    ("完成全年1000亿元投资目标任务的", "完成全年投资目标任务"),
    ("占年初预算10065万元的", "占年初预算"),
    ("完成年初预算數60999万元的", "完成年初预算數"),
    # (look-alikes: a value of no plan noun, a plan noun with no value)
    ("全年完成投资1.8万亿元", "全年完成投资1.8万亿元"),
    ("完成全年任务目标的", "完成全年任务目标"),
    # round 42 mend: the container unit written out is a plan value's unit as its short forms are
    ("完成全年3000万标准集装箱目标的", "完成全年目标"),
    ("完成全年3000万标准箱目标的", "完成全年目标"),
])
def test_the_plan_value_is_cut_as_before(phrase: str, cleaned: str) -> None:
    assert clean(phrase) == cleaned


# a state predicate is cut from a clause's subject only after an opener or as a 、-joined pair

@pytest.mark.parametrize(("clause", "subject"), [
    ("全国邮政快递业运行总体安全、平稳有序", "全国邮政快递业"),
    ("全国快递业发展势头良好", "全国快递业"),
    ("全国物价总体稳定", "全国物价"),
    ("工业生产运行平稳", "工业生产"),
    ("市场秩序安全、稳定", "市场秩序"),
    # (look-alikes: a noun phrase ending in a state word; 生产 and 经营 stay in the subject)
    ("食品安全", "食品安全"),
    ("保障国家能源安全", "保障国家能源安全"),
    ("粮食生产保持稳定", "粮食生产"),
    ("企业经营稳健", "企业经营稳健"),
])
def test_a_state_predicate_needs_an_opener_or_a_pair(clause: str, subject: str) -> None:
    assert cues().before("state_predicate_tail", clause) == subject


@pytest.mark.parametrize(("text", "metrics"), [
    ("1月1日至3日全国邮政快递业运行总体安全、平稳有序，揽收快递包裹9.2亿件。", ["全国邮政快递业揽收快递包裹"]),
    ("全国物价总体稳定，上涨0.2%。", ["全国物价上涨"]),
    # (look-alikes: the state word is the object's or the subject's own)
    ("我国坚持保障国家能源安全，同比增长5%。", ["坚持保障国家能源安全同比增长"]),
    ("全国粮食生产保持稳定，同比增长1.5%。", ["全国粮食生产同比增长"]),
    # (the act's object, however the tagger reads it: 投递 vn, 旅客 n, as 揽收快递包裹; not a clause naming a measure)
    ("全国邮政快递业运行总体平稳，投递快递包裹8亿件，同比增长20%。",
     ["全国邮政快递业投递快递包裹", "全国邮政快递业投递快递包裹同比增长"]),
    ("全国铁路运输总体安全平稳，发送旅客4亿人次。", ["全国铁路运输发送旅客"]),
    ("全国邮政快递业运行总体平稳，完成快递业务量9.2亿件。", ["快递业务量"]),
    ("全省经济运行总体平稳，实现地区生产总值5000亿元。", ["地区生产总值"]),
    ("保障国家能源安全，投资新建电站12座。", ["投资新建电站"]),
])
def test_a_state_clause_lends_its_subject_and_a_noun_phrase_keeps_its_state_word(text: str, metrics: list) -> None:
    assert [m for _, m in _metrics(text)] == metrics


# the sibling of a granted measure takes the whole act its first member opens with

@pytest.mark.parametrize(("text", "metrics"), [
    ("全年核准新设立证券公司3家，期货公司2家。", ["核准新设立证券公司", "核准新设立期货公司"]),
    ("2023年，我国授权实用新型专利209.0万件，外观设计专利63.8万件。", ["授权实用新型专利", "授权外观设计专利"]),
    # (look-alikes: 新 alone is the thing's, not the act's; another kind of thing keeps no act)
    ("全年认定新材料企业30家，能源企业20家。", ["认定新材料企业", "认定能源企业"]),
    ("全年新登记企业120万户，个体工商户300万户。", ["新登记企业", "个体工商户"]),
])
def test_a_granted_sibling_takes_the_whole_act(text: str, metrics: list) -> None:
    assert [m for _, m in _metrics(text)] == metrics


def test_the_granting_act_is_read_longest_first() -> None:
    pattern = cues().pattern("granting_act_open")
    assert pattern.match("新登记企业")[0] == "新登记"
    assert pattern.match("核准新设立证券公司")[0] == "核准新设立"
    assert pattern.match("核准新设立证券公司")["verb"] == "核准"
    assert pattern.match("实用新型专利") is None


# a period's mean takes its owner the same way in both scripts and through the act's volume

@pytest.mark.parametrize(("head", "subject", "owner"), [
    ("日均产量", "规上工业原煤产量", "规上工业原煤"),
    ("日均发电", "规上工业发电量", "规上工业"),
    ("日均产量", "生产原煤", "原煤"),
    ("日均產量", "生產原煤", "原煤"),
    ("日均銷量", "銷售汽車", "汽車"),
    ("日均加工量", "加工原油", "原油"),
    # (look-alikes: a mean already, another measure, a volume with nothing before it)
    ("月均成交额", "日均成交额", ""),
    ("日均销量", "原煤产量", ""),
    ("日均发电", "发电量", ""),
])
def test_a_period_mean_takes_its_owner(head: str, subject: str, owner: str) -> None:
    assert mean_owner(head, subject) == owner


# one list of quotation pairs

def test_the_quotation_pairs_are_the_dates_resource() -> None:
    assert _quote_pairs() == {o: c for o, c in load_yaml("dates.yaml")["bare_year_quotes"]}
    assert _without_open_quote("“截至9月底，全国汽车以旧换新270.5万辆") == "截至9月底，全国汽车以旧换新270.5万辆"
    assert _without_open_quote("「双11」期间销售额") == "「双11」期间销售额"


@pytest.mark.parametrize("text", [
    "在实物商品网上零售额中，吃类、穿类和用类商品分别增长",
    "前三季度，在实物商品网上零售额当中 ，吃类、穿类分别增长",
    "全年增长5%。  在外贸企业中，民营企业和外资企业进出口分别",
    "在全部出口中，" + "机电产品、" * 400 + "劳动密集型产品分别占",
    "，在" + "很长的整体名称" * 3 + "中，甲、乙分别增长",
    "在" + "x" * 30 + "中，" + " " * 100 + "甲、乙分别增长",
    "没有任何框架的一段话，甲、乙分别增长",
])
def test_a_frame_before_a_list_is_found_in_its_window_as_in_the_whole_text(text: str) -> None:
    """The frame closing right before a 分别 list is looked for in a window before the list, not from the text's
    start (a run-on line's every value asked it): the same frame either way."""
    for at in range(len(text) + 1):
        assert _closing_frame(text, _frame_reach(text, at), at) == _closing_frame(text, 0, at), at


def _closing_frame(text: str, start: int, at: int) -> tuple[int, int] | None:
    found = [m for m in cues().pattern("share_frame_open").finditer(text, start, at) if not text[m.end():at].strip()]
    return found[0].span() if found else None


@pytest.mark.parametrize(("phrase", "cleaned"), [
    # round 38: the 在 of a cut date before a base and a change (在一季度同比增长, 在第一季按年實質上升)
    ("全国固定资产投资在同比增长", "全国固定资产投资同比增长"),
    ("本地固定資本形成總額在按年實質上升", "本地固定資本形成總額按年實質上升"),
    ("工业增加值在环比增长", "工业增加值环比增长"),
    # round 38: a contrastive or additive adverb (则, 亦) before the change
    ("货物进口则下降", "货物进口下降"),
    ("外幣存款則下跌", "外幣存款下跌"),
    ("總勞動人口亦增加", "總勞動人口增加"),
    # round 38: 錄得 between the owner and the balance it posted
    ("本港錄得有形貿易逆差", "本港有形貿易逆差"),
    ("货物贸易录得顺差", "货物贸易顺差"),
    # near misses: 则 inside a word, a 在 of being or of the progressive, 录得 before 的 or opening the phrase
    ("按照规则上涨的幅度", "按照规则上涨的幅度"),
    ("否则上升", "否则上升"),
    ("存在同比增长", "存在同比增长"),
    ("仍在同比增长", "仍在同比增长"),
    ("公司录得的利润", "公司录得的利润"),
    ("录得增长", "录得增长"),
])
def test_a_cut_date_frame_and_an_adverb_before_the_change_are_no_part_of_the_metric(phrase: str, cleaned: str) -> None:
    assert clean(phrase) == cleaned


@pytest.mark.parametrize(("opening", "opens"), [
    # round 38: a breakdown closed by 分析 or 观察/觀察 (the C&SD's, DSEC's and Taiwan's ministries' wording)
    ("按客源分析，内地旅客有240万人次", True),
    ("按組成服務行業分析，金融業", True),
    ("按貨品別觀察，資訊通信產品接單", True),
    ("分地区看，东部地区", True),
    # near misses: no 按/分 dimension, a basis, a time
    ("分析来看，需求回升", False),
    ("按此分析，内地旅客", False),
    ("按年分析，旅客", False),
    ("按目前观察，需求", False),
])
def test_a_breakdown_opener_may_close_with_analysis_or_observation(opening: str, opens: bool) -> None:
    assert bool(cues().pattern("breakdown_opener").match(opening)) is opens


# round 41: a bare 涉及金额/涉及资金 is the amount of what the clause before it names

@pytest.mark.parametrize(("text", "value", "metric"), [
    ("财政部门预算执行问题6项，涉及金额237054.47万元。", Decimal("2370544700"), "财政部门预算执行问题涉及金额"),
    ("审计抽查的12个省份中，有8个省的专项债券资金闲置，涉及金额356.7亿元。", Decimal("35670000000"),
     "专项债券资金闲置涉及金额"),
    ("督促追缴违规减免人防工程易地建设费项目65个，涉及资金5810.292万元。", Decimal("58102920"),
     "督促追缴违规减免人防工程易地建设费项目涉及资金"),
])
def test_a_bare_involved_amount_takes_the_clause_before(text: str, value: Decimal, metric: str) -> None:
    assert (value, metric) in _metrics(text)


@pytest.mark.parametrize(("text", "value", "metric"), [
    # (look-alikes: an amount naming its own measure, a subject in its own clause, and the counts before stay)
    ("共查出问题330项，涉及违规金额2377.2万元。", Decimal("23772000"), "涉及违规金额"),
    ("审计抽查的12个省份中，有8个省的专项债券资金闲置，涉及金额356.7亿元。", Decimal("8"), "专项债券资金闲置的省"),
    ("财政部门预算执行问题6项，涉及金额237054.47万元。", Decimal("6"), "财政部门预算执行问题"),
])
def test_an_involved_amount_look_alike_reads_as_before(text: str, value: Decimal, metric: str) -> None:
    assert (value, metric) in _metrics(text)


# round 41: a sanction given with an object-taking verb is no party a later count of people acts on

@pytest.mark.parametrize(("text", "value", "metric"), [
    ("目前共发现问题线索85件，已立案8件，给予党纪政务处分7人，组织处理21人。", Decimal("21"), "组织处理"),
    ("全市给予党纪政务处分120人，移送司法机关15人。", Decimal("15"), "移送司法机关"),
])
def test_a_people_count_after_a_sanction_names_no_object(text: str, value: Decimal, metric: str) -> None:
    assert (value, metric) in _metrics(text)


@pytest.mark.parametrize(("text", "value", "metric"), [
    # (look-alikes: parties named before an act keep being its object; an actor's acts keep their object)
    ("共检查企业1200家，实施处罚85家。", Decimal("85"), "实施处罚企业"),
    ("全省法院受理各类案件5000件，审结4800件。", Decimal("4800"), "全省法院审结各类案件"),
    ("目前共发现问题线索85件，已立案8件，给予党纪政务处分7人，组织处理21人。", Decimal("7"), "给予党纪政务处分"),
])
def test_an_act_after_its_parties_reads_as_before(text: str, value: Decimal, metric: str) -> None:
    assert (value, metric) in _metrics(text)


# round 41: a period ending in 内 keeps the adverb 共 after it apart (was 报告期间内共共查出问题); mend: not only 期间
# (jieba's HMM glued 内共 after any noun: tokenizer.yaml's glued_adverbs, 内 a locative)

def test_a_period_ending_in_nei_keeps_its_adverb_apart() -> None:
    metrics = [m for _, m in _metrics("报告期间内共完成审计项目19个，共查出问题330项，提出审计建议47条。")]
    assert metrics == ["报告期间内共完成审计项目", "共查出问题", "提出审计建议"]
    # (look-alike: a year's 年内 before 共 reads as before)
    year = _metrics("全省年内共完成审计项目19个，共查出问题330项。")
    assert [m for _, m in year] == ["全省年内共完成审计项目", "共查出问题"]


@pytest.mark.parametrize(("text", "later"), [
    ("本年度内共完成审计项目19个，共查出问题330项，共提出审计建议86条。", ["共查出问题", "共提出审计建议"]),
    ("在此期间内共完成审计项目19个，共查出问题330项，共提出审计建议86条。", ["共查出问题", "共提出审计建议"]),
    ("任期内共完成审计项目19个，共查出问题330项。", ["共查出问题"]),
    ("园区内共建成项目5个，共引进企业30家。", ["共引进企业"]),
    # look-alikes: 共有 and 总共 are words of their own
    ("园区内共有企业300家，共引进企业30家。", ["共引进企业"]),
    ("总共完成项目5个，共查出问题3项。", ["共查出问题"]),
])
def test_an_adverb_glued_after_nei_stays_the_acts(text: str, later: list[str]) -> None:
    assert [m for _, m in _metrics(text)][1:] == later
