"""Structure is not data: headings, labels, citations, codes and index names hold no numbers or dates."""

from __future__ import annotations

import pytest

from pipeline.extract.structure import find_structure, masked


def pieces(text: str, words: dict[int, int] | None = None) -> list[tuple[str, str]]:
    return [(sp.label, text[sp.start : sp.end]) for sp in find_structure(text, words)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("概述与方法..........................12\n", [("toc_page", "..........................12")]),
        # round 18: an index number of an open-government block; a dotted section number set off by a space
        ("索引号：000014349/2023-00456　生成日期：2023-11-20", [("index_number", "000014349/2023-00456")]),
        ("信息索引号：11330100MB1234567X/2024-00012", [("index_number", "11330100MB1234567X/2024-00012")]),
        # round 23: the number of a procurement project, a tender, a contract or a filed project after its label
        ("项目编号：330102202400318\n项目名称：某区2025年绿化养护服务项目",
         [("index_number", "330102202400318")]),
        ("某局物业管理服务项目（项目编号：0731-244102050087）中标公告",
         [("index_number", "0731-244102050087")]),
        ("招标编号：ZB-2025-041，合同编号：HT20250217。",
         [("index_number", "ZB-2025-041"), ("index_number", "HT20250217")]),
        ("项目代码：2501-320500-04-01-654321", [("index_number", "2501-320500-04-01-654321")]),
        ("本次共划分3个标段，编号为2的标段流标。", []),  # a count, and a bare 编号 with no label's colon
        ("前言\n4.2 万吨以上企业\n全年产量增长3%。", [("spaced_dotted_heading", "4.2")]),
        ("概况\n1.3 个人消费贷款\n", [("spaced_dotted_heading", "1.3")]),
        ("42018年，某省粮食产量增长3%", [("glued_heading", "4")]),
        ("表32016-2018年三个县的人口", [("glued_label", "表3")]),
        ("如图4所示，产量上升", [("label", "图4")]),
        ("见附表2-1的数据", [("label", "附表2-1")]),
        ("2.4 企业调查结果\n", [("dotted_heading", "2.4")]),
        ("附件：1.2024年度市级专精特新中小企业申报表", [("glued_enumerator", "1.")]),
        ("§3 主要财务指标和基金净值表现\n§4 管理人报告", [("section_sign", "§3"), ("section_sign", "§4")]),
        ("详见本报告§ 5.2", [("section_sign", "§ 5.2")]),
        ("申报条件：\n2.2022年度营业收入达到2000万元", [("glued_enumerator", "2.")]),
        ("12.2023年度获评省级以上企业", [("glued_enumerator", "12.")]),
        ("1．2024年度申报表", [("glued_enumerator", "1．")]),
        ("3.1农村样本的构成\n", [("dotted_heading", "3.1")]),
        ("11.20-11.24期间，北向资金净卖出\n", []),  # a range of dotted days, no heading
        ("5 讨论\n", [("integer_heading", "5")]),
        ("研究[12]表明，另见[4-6]与[2, 9]。",
         [("citation", "[12]"), ("citation", "[4-6]"), ("citation", "[2, 9]")]),
        ("此前的研究③指出", [("citation", "③")]),
        ("是中国经济的“灰犀牛”[7.8]。的确", [("citation", "[7.8]")]),
        ("财政部印发财预〔2019〕36号文件", [("document_number", "〔2019〕36号")]),
        ("国家税务总局公告2023年第1号明确", [("document_number", "2023年第1号")]),
        ("根据商务部令2020年第1号", [("document_number", "2020年第1号")]),
        ("出具了信会师报字[2024]第ZA10123号审计报告", [("document_number", "[2024]第ZA10123号")]),
        ("公司收到《问询函》（上证公函【2024】0512号）", [("document_number", "【2024】0512号")]),
        ("深交所下发关注函（公司部关注函【2023】第158号）", [("document_number", "【2023】第158号")]),
        ("【2024】年度投资策略展望", []),  # a column tag, no number after it
        # round 15: a court's case number is one code (year, court code, case type, serial)
        ("北京知识产权法院（2022）京73民初1502号判决书", [("document_number", "（2022）京73民初1502号")]),
        ("见（2023）最高法知民终45号判决", [("document_number", "（2023）最高法知民终45号")]),
        ("，（2024）浙0106执恢12号裁定", [("document_number", "（2024）浙0106执恢12号")]),
        ("依据处罚决定书（〔2023〕17号），", [("document_number", "〔2023〕17号")]),
        ("王明（2021）认为2号方案更优", []),  # an author and year before a clause: no case type, no code
        ("DOI:10.12345/abc.2020.03.001", [("doi", "10.12345/abc.2020.03.001")]),
        ("ISSN 1234-567X", [("issn", "ISSN 1234-567X")]),
        ("联系电话：021-61234567", [("phone", "021-61234567")]),
        ("电话：862583389999/传真：862583387521", [("phone", "862583389999"), ("phone", "862583387521")]),
        ("传真：（8621）20333619", [("phone", "（8621）20333619")]),
        ("Tel: +86 21 2897 2098", [("phone", "+86 21 2897 2098")]),
        ("电话0571-87052345、87052346。", [("phone", "0571-87052345、87052346")]),
        ("联系电话：0571-87052345、87052346。", [("phone", "0571-87052345"), ("contact_number", "87052346")]),
        ("咨询电话：0571—87052345（工作日）", [("phone", "0571—87052345")]),
        ("李丽 0579-85123456转8021。", [("phone", "0579-85123456转8021")]),
        ("技术支持QQ群：123456789。", [("phone", "123456789")]),
        ("各区联系人及电话：上城区 王芳 87651234；拱墅区 陈刚 88765432；",
         [("contact_number", "87651234"), ("contact_number", "88765432")]),
        ("政策咨询：市经信局中小企业处，87052345，87052399（传真）。",
         [("contact_number", "87052345"), ("contact_number", "87052399")]),
        ("邮编：200120", [("postcode", "200120")]),
        ("北京市西城区阜成门北大街2号楼国投金融大厦15层100034", [("address_unit", "15层"), ("postcode", "100034")]),
        ("上海市虹口区东大名路638号国投大厦3层", [("address_unit", "3层")]),
        ("深圳地址：广东省深圳市福田区广电金融中心33层", [("address_unit", "33层")]),
        ("北京市朝阳区建国门外大街1号国贸大厦2座28层2801室", [("address_unit", "2座28层2801室")]),
        # round 24: a notice's place after 地点, and a floor after a building word ending in 楼
        ("开标地点：某市公共资源交易中心综合楼5层第二开标室", [("address_unit", "5层")]),
        ("响应文件递交地点：某县政务服务中心3楼301室", [("address_unit", "3楼301室")]),
        ("地址：某市高新区创业大道88号科技综合楼12层", [("address_unit", "12层")]),
        ("供应商地址：杭州市滨江区网商路88号智慧产业园B区第5层501-503、505单元",
         [("address_unit", "第5层501-503、505单元")]),
        ("地址：深圳市南山区科技园路18号创新大厦12层1201室", [("address_unit", "12层1201室")]),
        ("会议地点：某市会展中心，共设展位1200个", []),  # unchanged: no floor, no address unit
        # round 26: the floor of the room a meeting was held in, with no house number before it
        ("会议在公司办公大楼6层会议室以现场表决方式召开", [("address_unit", "6层")]),
        ("会议于本公司研发中心 B 座 12 层第一会议室召开", [("address_unit", "12 层")]),
        ("本次会议在科技园2栋9楼公司会议室召开", [("address_unit", "2栋9楼")]),
        ("公司新办公楼共16层，设有会议室30间", []),  # unchanged: the floors a building has
        # round 24: a lot's number after its word names the lot
        ("采购包2：信息化设备采购", [("lot_number", "2")]),
        ("合同包1 最高限价：96万元", [("lot_number", "1")]),
        ("标段3：道路改造工程", [("lot_number", "3")]),
        ("包1：某某科技有限公司，成交价86000元", [("lot_number", "1")]),
        ("本项目分包3家单位实施，标段1.5公里", []),  # unchanged: a count and a length after the word
        ("证书编号：S1234567890123", [("licence", "S1234567890123")]),
        ("某银行（601998.SH）与某券商(600030)", [("stock_code", "601998.SH"), ("stock_code", "600030")]),
        ("深证100和创业板50走强，国证2000指数", [("index_name", "深证100"), ("index_name", "创业板50"),
                                        ("index_name", "国证2000")]),
        ("某行业指数与XX180 指数", [("index_name", "180")]),
        ("学报,2019,12(3):45-52.", [("reference_pages", "12(3):45-52")]),
    ],
)
def test_structure_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1.5倍的增速\n",  # a quantity at a line start, not a heading
        "1.5万元以上的项目\n",
        "人均寿命增加了1.2023年",  # inside a sentence: no enumerator
        "2.5万人参加\n",
        "3 个国家加入\n",
        "2月销量回升\n",  # a date, not a heading
        "4 家企业今年亏损，其余盈利。\n",  # a sentence, not a heading
        "增长了12.5%",
        "2号楼共18层",  # the floors a building has: a count, not an address
        "该区新建大楼30层以上的有12栋。",
        "手机 500000台",  # a phone label needs its colon: without one, 手机 counts phones
        "手机：3999元起",  # a unit after it: a price
        "能源保障\t40.8\t[2.4%]\t[4.1]\t预期性",  # a plan's cumulative value fills a cell
        "| 单位GDP能耗降低（%） | — | [13.5] |",
        "移动电话：168亿户，固定电话：18亿户",
        "Tel 2022 revenue",
        "电话：2020年起停用",
        "电话咨询量为1234567",  # a contact word without a label's colon
        "联系人：张三，截止时间20231130",  # a date
        "咨询：服务企业12345678家",  # a unit after it
        "前言\n4.2万吨以上企业\n",  # round 18: glued to its unit, no space: a quantity
        "全年投资增长 3.2 万元以上的项目有12个。",  # a sentence, not a heading line
    ],
)
def test_quantities_are_not_structure(text: str) -> None:
    assert pieces(text) == []


def test_label_needs_a_word_start() -> None:
    text = "他是代表3名同事发言"
    assert pieces(text, words={0: 1, 1: 2, 2: 4, 4: 5, 5: 6, 6: 8, 8: 10}) == []  # 表 is inside 代表
    assert pieces("如表3所示", words={0: 1, 1: 2, 2: 3, 3: 5}) == [("label", "表3")]


def test_a_measure_word_that_begins_a_longer_word_is_no_unit() -> None:
    text = "3.3 分组测试结果\n"
    # without words 分 reads as a unit (3.3分), yet the space after the number on a heading line marks it (round 18)
    assert pieces(text) == [("spaced_dotted_heading", "3.3")]
    assert pieces(text, words={0: 3, 4: 6, 6: 8, 8: 10}) == [("dotted_heading", "3.3")]


def test_toc_headings_and_sentence_joined_headings() -> None:
    assert pieces("4 结论" + "." * 80 + "12\n") == [("integer_heading", "4"), ("toc_page", "." * 80 + "12")]
    assert pieces("总体平稳。22017年物价走势") == [("glued_heading", "2")]


def test_masked_keeps_offsets() -> None:
    text = "32019年增长"
    spans = [(sp.start, sp.end) for sp in find_structure(text)]
    out = masked(text, spans)
    assert len(out) == len(text) and out[1:] == text[1:] and out[0] != "3"


def test_structure_holds_no_numbers_or_dates_in_the_pipeline() -> None:
    from pipeline.nlp.language import doc_from_text, extract_all

    rows = extract_all(doc_from_text("32020年，某县新建学校12所，见表12019-2020年数据[3]。"))
    assert [(r["text"], r["value"]) for r in rows["numbers"]] == [("12所", 12)]
    dates = [(r["text"], r["value"]) for r in rows["dates"]]
    assert dates[0] == ("2020年", "2020")  # the heading 3 is masked, the year stays whole
    assert not any(text.startswith(("3", "1")) for text, _ in dates)


def test_a_label_joined_to_its_cue_by_the_tokenizer_still_counts() -> None:
    assert pieces("据表7可知", words={0: 2, 2: 3, 3: 5}) == [("label", "表7")]


def test_postcode_after_a_city() -> None:
    assert pieces("某大学经济学院，上海200433\n") == [("postcode", "200433")]
    assert pieces("全县120000人") == []  # a count, not a postcode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("管理世界,2015,7:12-25,31.", [("reference_pages_after_year", "7:12-25,31")]),
        ("Oxford University Press,1998: 45-67.", [("reference_pages_after_year", "45-67")]),
        # round 18: the year after the comma is the publication year (a date), only issue and pages are masked
        ("金融研究,2019(4):1-20,33.", [("reference_pages", "(4):1-20,33")]),
        ("中国工业经济，2018（8）：42-59.", [("reference_pages", "（8）：42-59")]),
        ("经济研究,2004,(10):35-44.", [("reference_pages_after_year", "(10):35-44")]),
    ],
)
def test_reference_pages_after_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


def test_author_and_affiliation_markers_of_a_byline() -> None:
    text = "张明1 李华1,2 王强2* 1某某大学经济学院 2某某研究院"
    assert [(label, piece) for label, piece in pieces(text) if label == "author_marker"] == [
        ("author_marker", "1"), ("author_marker", "1,2"), ("author_marker", "2"), ("author_marker", "1"),
        ("author_marker", "2")]
    assert pieces("增长5 个百分点，共有3所大学参与") == []


def test_a_floor_needs_an_address_before_it() -> None:
    """18层 after a document number and a verb is a limit the document sets, not a floor of an address."""
    text = "国办发〔2020〕24号文件要求新建住宅不超过18层"
    assert pieces(text) == [("document_number", "〔2020〕24号")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 15: 1、 before a month at a line start, in a numbered list: numbering, not a list of months
    ("一周要闻\n1、4月份，全国房地产开发投资同比下降9.8%。\n2、4月份，出口同比增长1.5%。\n",
     [("list_enumerator_month", "1、"), ("list_enumerator_month", "2、")]),
    ("往期推荐\n1、6月PMI重回扩张区间\n2、央行开展MLF操作\n3、1-5月财政收支情况\n",
     [("list_enumerator_month", "1、"), ("list_enumerator_month", "3、")]),
    ("数据回顾\n\n1、3月份社零同比增长3.1%\n\n2、3月份CPI同比上涨0.1%\n",
     [("list_enumerator_month", "1、"), ("list_enumerator_month", "2、")]),
    # a list of months stays dates: inside a paragraph, or a line with no numbered line beside it
    ("一季度经济运行平稳。3、4月份出口回暖，5月份继续改善。\n", []),
    ("外贸数据\n3、4月份出口回暖。\n5月份继续改善。\n", []),
])
def test_list_enumerator_before_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


def test_list_enumerator_leaves_the_month_to_the_dates() -> None:
    import datetime as dt

    from pipeline.extract.dates import find_dates

    text = "宏观速览\n1、5月份，工业增加值同比增长5.6%。\n2、5月份，社零同比增长3.7%。\n"
    spans = [(sp.start, sp.end) for sp in find_structure(text)]
    dates = [(d.text, d.value) for d in find_dates(masked(text, spans), dt.date(2024, 6, 30))]
    assert dates == [("5月份", "2024-05"), ("5月份", "2024-05")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 15: a festival or consumer day named by its date, before an event word
    ("今年618大促期间，家电销售额增长12%。", [("event_name", "618")]),
    ("央视3·15晚会曝光了多家企业。", [("event_name", "3·15")]),
    ("520购物节前夕，鲜花订单激增。", [("event_name", "520")]),
    ("6.18当天，平台成交额创新高。", [("event_name", "6.18")]),
    # figures stay: a unit follows, or a year range ends before 期间
    ("成交额618亿元。", []),
    ("2020-2022期间，出口保持增长。", []),
    ("共有500家企业参加。", []),
])
def test_event_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 19: North American phones, a US broker's registration, a postcode line after an address line, 栋
    ("纽约办公室\n电话：\n212-763-8160\n646-555-0142\n", [("phone", "212-763-8160"), ("phone", "646-555-0142")]),
    ("该子公司经营业务许可编号为：CRD#.298809。", [("licence", "CRD#.298809")]),
    ("执业证书编号：S0570519110003", [("licence", "S0570519110003")]),
    ("上海市虹口区东大名路638号国投大厦3层\n200080\n", [("address_unit", "3层"), ("postcode", "200080")]),
    ("深圳市福田区深南大道 2008号中国凤凰大厦 1栋 7层", [("address_unit", "1栋 7层")]),
    ("“10·23”特大电信诈骗案", [("event_name", "10·23")]),
    ("“6·18”专案中", [("event_name", "6·18")]),
    ("6·18专案中", [("event_name", "6·18")]),
])
def test_contact_debris_and_case_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize("text", [
    "全年新增就业人员\n200080\n人。",  # no address line before it: a count
    "区间为100-200-3000点",  # no phone shape: a North American area code starts with 2–9
    "“5.1”",  # a quoted decimal
    "增长3.15%",
])
def test_no_contact_debris_or_codes_in_values(text: str) -> None:
    assert [p for p in pieces(text) if p[0] in ("phone", "postcode", "event_name", "licence")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # markers after a comma and a space, the last name's at the line end
    ("陈某某1,3, 周某2\n", [("author_marker", "1,3"), ("author_marker", "2")]),
    # an affiliation's dotted number in brackets or after a semicolon; a postcode after a short place name
    ("(1.华中某大学 公共管理学院，湖北 宜昌 443002；2.某省社会科学院 经济研究所，四川 成都 610071)",
     [("author_marker", "1"), ("postcode", "443002"), ("author_marker", "2"), ("postcode", "610071")]),
    ("1a.西部某大学 经济学院，甘肃 兰州 730000\n", [("author_marker", "1a"), ("postcode", "730000")]),
    # a stock code in quotes after its label
    ("证券简称为“某某科技”，证券代码为“688123”。", [("stock_code", "688123")]),
    ("股票代码：「002415」", [("stock_code", "002415")]),
    # a bulletin's note marker in black brackets glued to its indicator
    ("全年规模以上工业增加值【3】比上年增长6.1%。", [("citation", "【3】")]),
])
def test_bylines_codes_and_note_markers(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize("text", [
    "（5个国家级研究中心）",  # a count before bodies: no dot, no marker
    "全年总计 123456\n",  # a figure at a line start, no place name before it
    "上证公函【2024】0512号",  # a document number stays one
    "增长5 个百分点，共有3所大学参与",
])
def test_counts_that_stay(text: str) -> None:
    assert [label for label, _ in pieces(text) if label in ("author_marker", "postcode", "citation")] == []


# --------------------------------------------------------------------------- round 38: journal front matter


@pytest.mark.parametrize(("text", "expected"), [
    # a by-line joined by a full-width comma or 、 with no space: every name's markers
    ("范某某1，沙某华1，张某芳2\n（1.某某大学 人文经管学院，北京 100083）",
     [("author_marker_joined", "1"), ("author_marker_joined", "1"), ("author_marker_joined", "2"),
      ("author_marker", "1")]),
    # (mend: with an abstract after it, the article's front matter; a list line alone is none, below)
    ("王某1,2、李某2*\n摘要：本文", [("author_marker_joined", "1,2"), ("author_marker", "2")]),
    # the introduction numbered 0 on its heading line
    ("0 引言\n在目前经济下行压力骤增的形势下", [("integer_heading", "0")]),
    # a journal article's number after its label is one code, bracketed year and pages included
    ("文章编号：1002-9753（2016）06-0045-08", [("index_number", "1002-9753（2016）06-0045-08")]),
    ("文章编号:1007-5097(2024)03-0012-11\n", [("index_number", "1007-5097(2024)03-0012-11")]),
])
def test_journal_front_matter(text: str, expected: list[tuple[str, str]]) -> None:
    assert [p for p in pieces(text) if p[0] in ("author_marker_joined", "author_marker", "integer_heading",
                                               "index_number")] == expected


@pytest.mark.parametrize("text", [
    "其中一级1，二级3，三级5。",  # values after short words in a sentence: no by-line
    "截至年末，共有企业3，个体户2",  # a line that opens with other words than names and markers
    "0 元\n",  # a zero with its unit on a short line: no heading
    "0.5 万元以下小额订单\n",  # a decimal stays a number
    "文章来源：某某研究院 2016年第6期",  # no article-number label
])
def test_front_matter_near_misses(text: str) -> None:
    assert [p for p in pieces(text) if p[0] in ("author_marker_joined", "author_marker", "integer_heading",
                                               "index_number", "spaced_dotted_heading")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 38: a board or index family's digits with a measure word or a scale after them count companies or funds
    ("其中，主板3183家，创业板1333家，北交所239家。", []),
    ("创业板300余家公司发布业绩预告。", []),
    ("科创50只基金", []),
    # unchanged: an index's constituent count before an index word, a move or punctuation is its name
    ("创业板50指数上涨1.2%。", [("index_name", "创业板50")]),
    ("沪深300下跌0.5%。", [("index_name", "沪深300")]),
    ("中证1000成份股", [("index_name", "中证1000")]),
])
def test_a_boards_count_with_its_measure_word_is_no_index(text: str, expected: list) -> None:
    assert [p for p in pieces(text) if p[0] == "index_name"] == expected


@pytest.mark.parametrize("text", [
    # round 38 mend: short list lines of counts have no affiliation line or abstract after them: no by-line
    "北京2、上海3、广州1",
    "一等奖1，二等奖3，三等奖5",
    "男性3，女性2",
    "省级3、市级5、县级8\n合计16",
    "北京2、上海3、广州1\n1. 市中心城区",  # a numbered line after it that names no affiliation's body
])
def test_a_short_list_line_is_no_by_line(text: str) -> None:
    assert [p for p in pieces(text) if p[0] == "author_marker_joined"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # …while a by-line with its affiliation line, or an abstract a few lines below, keeps its markers
    ("王某1，李某2\n\n1某某大学经济学院", ["1", "2"]),
    ("王某1,2、李某2*\n\n摘要：本文研究", ["1,2"]),
    ("王某1,2、李某2*\n某某大学 北京 100083\n【摘要】本文", ["1,2"]),
])
def test_a_by_line_with_its_affiliation_or_abstract(text: str, expected: list[str]) -> None:
    assert [v for k, v in pieces(text) if k == "author_marker_joined"] == expected


def test_a_long_list_line_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the heading-line test reads a line once, not once per marker on it (quadratic on a long list line)
    import pipeline.extract.structure as structure

    calls: list[int] = []
    real = structure._heading_line

    def counted(text: str, start: int, end: int) -> bool:
        calls.append(end - start)
        return real(text, start, end)

    monkeypatch.setattr(structure, "_heading_line", counted)
    for n in (1000, 2000):
        calls.clear()
        find_structure("张三1，" * n + "\n" + "北京2、" * n)
        assert len(calls) <= 2 * 2  # per line and heading class, whatever the line's length


@pytest.mark.parametrize(("text", "expected"), [
    # round 38 mend: an index's stocks and positions after its digits keep its name
    ("沪深300个股平均涨幅为5%", [("index_name", "沪深300")]),
    ("中证500个股普遍上涨", [("index_name", "中证500")]),
    ("沪深300多头策略", [("index_name", "沪深300")]),
    # near misses: a count with its measure word and an over-infix stay numbers
    ("沪深300个交易日", []),
    ("科创板300多家", []),
])
def test_an_index_s_stocks_keep_its_name(text: str, expected: list) -> None:
    assert [p for p in pieces(text) if p[0] == "index_name"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 38 mend: 0 numbers only an introduction's title; a table row's 0 keeps its zero
    ("0 引言\n在", [("integer_heading", "0")]),
    ("0 问题的提出\n", [("integer_heading", "0")]),
    ("地区\n北京 12\n0 其他地区 5", []),
    ("0 其他\n", []),
])
def test_zero_numbers_only_an_introduction(text: str, expected: list) -> None:
    assert [p for p in pieces(text) if p[0] == "integer_heading"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 45: a number joined to a second by a range or list word opens a range or a list (a headline without a full
    # stop: 1至5月全国新设外企…), no heading number; a number before the heading's words still is one
    ("1至5月全国新设外企同比增长10.4%\n", []),
    ("1到8月全国港口货物吞吐量同比增长3.5%\n", []),
    ("1和2号线客流统计\n", []),
    ("2 研究方法\n", [("integer_heading", "2")]),
    ("3结果与讨论\n", [("integer_heading", "3")]),
    ("1 至关重要的三项改革\n", [("integer_heading", "1")]),
])
def test_a_number_range_opens_no_heading(text: str, expected: list) -> None:
    assert [p for p in pieces(text) if p[0] == "integer_heading"] == expected
