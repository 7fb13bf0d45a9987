"""Clean and segment: paragraphs rebuilt, running headers dropped, structure recognised."""

from __future__ import annotations

import pytest

from pipeline.clean import Block, CleanDocument, headline_gaps, join_wrapped, normalize_line
from pipeline.nlp.language import doc_from_text
from pipeline.segment import sentences_of, split_sentences

RUNNING_HEADER = "“一带一路”数字经济合作的进展、挑战与应对"


def _sentences(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[s.start:s.end] for s in doc._.sentences]


def test_running_header_only_in_title(seed_doc) -> None:
    sentences = _sentences(seed_doc)
    assert sentences[0] == RUNNING_HEADER
    assert seed_doc._.sentences[0].section == "title"
    assert not any(RUNNING_HEADER in s for s in sentences[1:])


def test_broken_lines_are_joined(seed_doc) -> None:
    sentences = _sentences(seed_doc)
    assert any(s.endswith("习近平主席就提出要建设“21 世纪的数字丝绸之路”。") for s in sentences)
    target = [s for s in sentences if "习近平主席就提出要建设“21 世纪的数字丝绸之路”" in s]
    assert len(target) == 1 and "\n" not in target[0]
    for sentence in sentences:
        if seed_doc._.sentences[sentences.index(sentence)].block != "table":
            assert "\n" not in sentence


def test_spaces_between_chinese_characters_removed(seed_clean) -> None:
    assert "数据中心（IDC）。据国际咨询机构高德纳（Gartner）数据显示" in seed_clean.text
    assert "2939.85亿美元" in seed_clean.text and "1543.75亿美元" in seed_clean.text


def test_front_matter_sections(seed_doc, seed_clean) -> None:
    assert seed_clean.title == RUNNING_HEADER
    assert seed_clean.author == "安晓明"
    sections = {s.section for s in seed_doc._.sentences}
    assert {"title", "author", "abstract", "notes", "english_abstract"} <= sections
    abstract = [s for s in seed_doc._.sentences if s.section == "abstract"]
    assert seed_doc.text[abstract[0].start:abstract[0].end].startswith("摘要：")


def test_section_headings_nest(seed_doc) -> None:
    sections = [s.section for s in seed_doc._.sentences]
    assert "一、“一带一路”数字经济合作的主要进展 / 3.数字服务贸易迅速发展" in sections
    assert "二、“一带一路”数字经济合作面临的挑战 / 1.“数字鸿沟”挑战：各国数字经济发展存在巨大落差" in sections


def test_notes_and_english_abstract_are_their_own_sections(seed_doc) -> None:
    notes = [seed_doc.text[s.start:s.end] for s in seed_doc._.sentences if s.section == "notes"]
    assert notes[0] == "注释"
    assert sum(1 for n in notes if n[0] in "①②③④⑤⑥⑦⑧⑨") == 9
    english = " ".join(seed_doc.text[s.start:s.end] for s in seed_doc._.sentences
                       if s.section == "english_abstract")
    assert english.startswith("Progress，Challenges and Responses")
    assert "Key Words: The Belt and Road" in english
    body = [s for s in seed_doc._.sentences if s.section not in {"english_abstract", "title", "author"}]
    assert not any("Digital economy has become" in seed_doc.text[s.start:s.end] for s in body)


def test_captions_and_source_notes_are_own_lines_and_interrupted_paragraph_rejoined(seed_clean) -> None:
    lines = seed_clean.text.split("\n")
    assert "表1 我国数字服务贸易额规模及份额" in lines
    assert "数据来源：联合国UNCTAD 数据库。" in lines
    assert "图4 “一带一路”数字经济合作的四重挑战" in lines
    # The table interrupted this paragraph in the PDF; the paragraph reads on across it.
    assert "值得一提的是，我国数字技术和通信技术产品与服务贸易出口也呈逐渐上升趋势。" in seed_clean.text
    assert "不仅没有失去以往展会的客户资源和影响力" in seed_clean.text


def test_table_block_kept(seed_clean) -> None:
    tables = [b for b in seed_clean.blocks if b.kind == "table"]
    assert len(tables) == 1
    cells = seed_clean.text[tables[0].start:tables[0].end].split("\n")
    assert cells[cells.index("2010年") + 1] == "1266.18"


def test_normalize_and_join_rules() -> None:
    assert normalize_line(" 数 据 中 心（IDC）。 据 国 际 ") == "数据中心（IDC）。据国际"
    assert normalize_line("2017 年首届") == "2017 年首届"
    assert join_wrapped("根据联合国 UNCTAD", "的数据") == "根据联合国 UNCTAD的数据"
    assert join_wrapped("economic cooperation", "among countries") == "economic cooperation among countries"
    assert join_wrapped("1543.75", "亿美元") == "1543.75亿美元"


def test_sentences_never_split_inside_quotes_or_brackets() -> None:
    text = "他说：“今年增长5%。明年更好！”随后离开。括号（注意。这里）不分。最后一句？"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "他说：“今年增长5%。明年更好！”随后离开。", "括号（注意。这里）不分。", "最后一句？"]


def test_semicolon_and_paragraph_end_split() -> None:
    doc = doc_from_text("一方面增长；另一方面下降\n新段落没有句号")
    assert _sentences(doc) == ["一方面增长；", "另一方面下降", "新段落没有句号"]


def test_doc_tokens_reproduce_text_and_sentences_align(seed_doc, seed_clean) -> None:
    assert seed_doc.text == seed_clean.text
    token_starts = {t.idx for t in seed_doc}
    for sentence in seed_doc._.sentences:
        assert sentence.start in token_starts
        assert sentence.end in token_starts or sentence.end == len(seed_doc.text)


def test_hard_wrapped_text_with_blank_line_paragraphs() -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    text = ("中国数字经济报告\n\n近年来，我国数字经济规模持续扩大，2022年达到50.2万亿元，\n"
            "同比名义增长10.3%，已连续11年显著高于同期GDP名义增速，\n数字经济占比进一步提升。\n\n"
            "与此同时，数字基础设施建设加快推进，截至2022年底，累计建成\n开通5G基站231.2万个。\n")
    clean = clean_document(RawDocument("w", "w.txt", "", text, "text"))
    paragraphs = [clean.text[b.start:b.end] for b in clean.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "近年来，我国数字经济规模持续扩大，2022年达到50.2万亿元，同比名义增长10.3%，"
        "已连续11年显著高于同期GDP名义增速，数字经济占比进一步提升。",
        "与此同时，数字基础设施建设加快推进，截至2022年底，累计建成开通5G基站231.2万个。",
    ]


def test_one_paragraph_per_line_text_keeps_lines() -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    text = ("国家统计局发布数据\n"
            "初步核算，2022年国内生产总值1210207亿元，按不变价格计算，比上年增长3.0%。\n"
            "分季度看，一季度国内生产总值同比增长4.8%，二季度增长0.4%。\n"
            "一、农业生产形势较好\n全年全国粮食总产量68653万吨，比上年增加368万吨。\n")
    clean = clean_document(RawDocument("w", "w.txt", "", text, "text"))
    kinds = [(b.kind, b.section) for b in clean.blocks]
    assert kinds == [("title", "title"), ("paragraph", "introduction"), ("paragraph", "introduction"),
                     ("heading", "一、农业生产形势较好"), ("paragraph", "一、农业生产形势较好")]


def test_repeated_table_cells_are_not_running_headers() -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    cells = "\n".join(f"{year}年\n合计\n{value}" for year, value in [(2019, 1), (2020, 2), (2021, 3)])
    text = "某报告\n正文第一段，说明如下。\n表1 各年数值\n年份\n项目\n数值\n" + cells + "\n"
    clean = clean_document(RawDocument("w", "w.txt", "", text, "text"))
    assert clean.text.count("合计") == 3


def _block_kinds(text: str, fmt: str = "text") -> list[tuple[str, str]]:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    clean = clean_document(RawDocument("w", "w.txt", "", text, fmt))
    return [(b.kind, clean.text[b.start:b.end]) for b in clean.blocks]


def test_numbered_data_items_are_paragraphs_not_headings() -> None:
    # round 13: a line that reaches a sentence end after a quantity is a data item, whatever its enumerator
    items = ["1.国内增值税60,029亿元，同比增长49.9%。", "2.国内消费税13,833亿元，同比增长6.5%。",
             "（1）工业生产加快。规模以上工业增加值同比增长6.1%。", "1. 采矿业增加值同比增长4.6%；",
             "一、全年粮食总产量68653万吨。"]
    kinds = _block_kinds("2023年1-10月财政收支情况\n主要收入项目情况如下：\n" + "\n".join(items) + "\n")
    assert [k for k, text in kinds if text in items] == ["paragraph"] * len(items)


def test_headings_with_years_or_without_values_stay_headings() -> None:
    headings = ["一、农业生产形势较好", "（一）2023年经济运行总体平稳。", "（1）工业生产加快。",
                "2. 2023年展望", "3.国内增值税60,029亿元"]
    kinds = _block_kinds("某报告\n正文第一段，说明如下。\n" + "\n\n".join(headings) + "\n")
    assert [k for k, text in kinds if text in headings] == ["heading"] * len(headings)


def test_heading_or_subtitle_after_the_title_is_no_author() -> None:
    kinds = _block_kinds("2023年1-10月财政收支情况\n一、全国一般公共预算收支情况\n"
                         "1-10月，全国一般公共预算收入187,365亿元。\n")
    assert kinds[1] == ("heading", "一、全国一般公共预算收支情况")
    kinds = _block_kinds("中国区域经济发展报告\n——新发展格局下的区域协调发展\n正文第一段。\n")
    assert kinds[1][0] != "author"
    kinds = _block_kinds("数字经济合作的进展\n安晓明\n正文第一段。\n")
    assert kinds[1] == ("author", "安晓明")


def test_number_wrapped_in_a_chinese_line_is_joined_whole() -> None:
    # round 13: in hard-wrapped text a line break between two digits of one number after a Chinese character
    # takes no space
    text = ("2022年，全省实现地区生产总值5.2万亿元，占全国经济总量的\n4.3%，比上年增长3.5%。农村居民人均可支配收入为3\n"
            "5,101元，城乡收入比为2.07，人均地区生产总值是全国平均水平的1.\n44倍。按常住人口计算，全省人均\n"
            "地区生产总值为10.2万元，比上年增长3.1%，城镇化率达到\n74.4%。\n")
    paragraphs = [t for kind, t in _block_kinds("标题\n\n" + text) if kind == "paragraph"]
    assert "收入为35,101元" in paragraphs[0] and "平均水平的1.44倍" in paragraphs[0]
    # a break after a Latin word or a spaced number keeps the space (the lead's convention)
    assert join_wrapped("合计 123", "456") == "合计 123 456"
    assert join_wrapped("in 2019", "2020 was") == "in 2019 2020 was"
    # Markdown (converted PDFs) keeps its line breaks' spaces: 北京100190 | 2中国科学院 is an affiliation marker
    markdown = _block_kinds("某文章\n\n张三1 李四2\n1某大学北京100190\n2中国科学院北京100190\n", "markdown")
    assert any("北京100190 2中国科学院" in t for _, t in markdown)


PDF_COPY = """中国区域经济发展报告（2023）
第三章 长三角地区经济运行分析

一、总体情况
2022年，长三角三省一市实现地区生产总值29.03万亿元，占全国经济总量的
24.0%，按可比价格计算比上年增长2.5%，增速低于全国0.5个百分点。其中，上
海市地区生产总值44652.8亿元，下降0.2%；江苏省122875.6亿元，增长2.8%；
浙江省77715.4亿元，增长3.1%；安徽省45045.0亿元，增长3.5%。
- 45 -
中国区域经济发展报告（2023）
从人均水平看，长三角人均地区生产总值达到12.3万元，是全国平均水平的1.
44倍。城镇居民人均可支配收入为72,513元，农村居民人均可支配收入为3
5,101元，城乡收入比为2.07，较2021年缩小0.04。
表3-1 2022年长三角三省一市主要经济指标
地区 地区生产总值（亿元） 增速（%） 常住人口（万人）
上海 44652.8 -0.2 2475.9
江苏 122875.6 2.8 8515.0
浙江 77715.4 3.1 6577.0
安徽 45045.0 3.5 6127.0
资料来源：各省市2022年国民经济和社会发展统计公报。
二、产业结构
2022年长三角第三产业增加值占GDP比重为5
6.3%，比上年提高0.6个百分点。
"""


def test_wrapped_pdf_copy_with_table_and_headings_is_rejoined() -> None:
    # round 13: tables, captions, headings and page numbers do not hide that the prose is hard-wrapped
    kinds = _block_kinds(PDF_COPY)
    paragraphs = [text for kind, text in kinds if kind == "paragraph"]
    prose = "".join(paragraphs)
    assert "中国区域经济发展报告" not in prose  # the title repeated as a running header, bracket and all
    assert "其中，上海市地区生产总值44652.8亿元" in prose
    assert "是全国平均水平的1.44倍。城镇居民人均可支配收入为72,513元，" in prose
    assert "农村居民人均可支配收入为35,101元，" in prose
    tables = [text for kind, text in kinds if kind == "table"]  # the aligned rows are a table of their own …
    assert tables and "上海\t44652.8\t-0.2\t2475.9" in tables[0].split("\n")
    assert "二、产业结构" not in tables[0]  # … which the heading after them ends
    assert paragraphs[-1] == "2022年长三角第三产业增加值占GDP比重为56.3%，比上年提高0.6个百分点。"
    assert ("heading", "二、产业结构") in kinds


def test_one_paragraph_per_line_text_with_a_table_is_not_rejoined() -> None:
    text = ("江城市经济运行情况\n1-10月，全市规模以上工业增加值同比增长6.1%，比1-9月加快0.2个百分点。\n"
            "分行业看，制造业增长6.5%。\n表1 主要指标\n甲市 1234.5 3.1\n乙市 2345.6 2.9\n"
            "10月份，全市社会消费品零售总额同比增长7.6%，比上月加快1.2个百分点。\n")
    paragraphs = [text for kind, text in _block_kinds(text) if kind == "paragraph"]
    assert paragraphs[:2] == ["1-10月，全市规模以上工业增加值同比增长6.1%，比1-9月加快0.2个百分点。",
                              "分行业看，制造业增长6.5%。"]


def test_first_body_line_is_no_title() -> None:
    # round 13: a first line that is a sentence, or the first line of a wrapped paragraph, is no title
    kinds = _block_kinds("认定326家企业为专精特新中小企业。某公司实现营业收入1.2亿元。\n全年新增企业15家。\n")
    assert kinds[0][0] == "paragraph"
    wrapped = ("2022年，全省实现地区生产总值5.2万亿元，占全国经济总量的\n"
               "4.3%，比上年增长3.5%。农村居民人均可支配收入为3\n"
               "5,101元，城乡收入比为2.07，人均地区生产总值是全国平均水平的1.\n44倍。按常住人口计算，全省人均\n"
               "地区生产总值为10.2万元，比上年增长3.1%，城镇化率达到\n74.4%。\n")
    assert _block_kinds(wrapped)[0][0] == "paragraph"
    assert _block_kinds("江城市2022年国民经济和社会发展统计公报\n\n" + wrapped)[0] == (
        "title", "江城市2022年国民经济和社会发展统计公报")


def test_a_soft_break_inside_a_quantity_is_joined_whatever_the_widths() -> None:
    # round 15: text pasted from apps: a break between a number and its scale or unit, or at its decimal point
    text = ("前5个月，全国固定资产投资完成18.8万亿\n元，同比增长4.0%。民间投资9.8\n万亿元，同比增长0.1%。\n"
            "CPI涨幅比上月扩大0.2个\n百分点。全国光伏装机容量达到689.\n5万千瓦。\n")
    paragraphs = [t for kind, t in _block_kinds("速览\n\n" + text) if kind == "paragraph"]
    joined = "".join(paragraphs)
    for whole in ("18.8万亿元，", "9.8万亿元，", "0.2个百分点。", "689.5万千瓦。"):
        assert whole in joined
    # lines that only look so stay apart: a sentence end, a table row's number, a list
    kept = _block_kinds("速览\n\n营收增长12%。\n元旦假期出游人数增长\n\n合计 120\n35 项\n")
    assert any(t == "营收增长12%。" for _, t in kept)
    assert not any("120 35" in t or "12035" in t for _, t in kept)


def test_letter_spaced_digits_are_one_number() -> None:
    # round 15: OCR and copies from images space every digit
    from pipeline.clean import join_spaced_digits

    assert join_spaced_digits("2 0 2 3 年全年，物流总额达3 5 2 . 4万亿元") == "2023年全年，物流总额达352.4万亿元"
    assert join_spaced_digits("人均消费支出3 2 9 9 4元，增长 8 . 6 %") == "人均消费支出32994元，增长 8.6%"
    # a row of separate numbers, two digits, or a code stay apart
    for kept in ("合计 1 2 3", "得分 3 5 7 9", "增长 1 2 %，", "编号 A 1 2 3"):
        assert join_spaced_digits(kept) == kept
    paragraphs = [t for _, t in _block_kinds("OCR识别结果\n\n2 0 2 4 年一季度，利润总额1 5 0 5 5 . 3亿元。\n")]
    assert "2024年一季度，利润总额15055.3亿元。" in paragraphs


def test_a_posts_furniture_ends_its_text() -> None:
    # END, a list of other articles, readers' comments, 阅读原文 and a line of counters: no part of the article
    body = "4月份，全市外贸进出口总值812亿元，同比增长9.4%。"
    tails = [
        "\n- END -\n阅读 3.2w 在看 88 点赞 301\n",
        "\n往期回顾\n1、一季度全市GDP增长5.8%\n2、3月CPI同比上涨0.2%\n",
        "\n精选留言\n老王：我们这边出口订单少了一成 赞 35\n",
        "\n点击“阅读原文”，下载完整报告\n",
        "\n阅读 10w+\n",
    ]
    for tail in tails:
        kinds = _block_kinds("外贸月报\n\n" + body + tail)
        assert [text for kind, text in kinds if kind != "title"] == [body]


def test_furniture_words_inside_prose_are_text() -> None:
    text = "外贸月报\n\n推荐阅读这份报告的读者注意，4月份全市外贸进出口总值812亿元。\n本文阅读量超过1万。\n"
    paragraphs = [text for kind, text in _block_kinds(text) if kind == "paragraph"]
    assert paragraphs == ["推荐阅读这份报告的读者注意，4月份全市外贸进出口总值812亿元。", "本文阅读量超过1万。"]


def _markdown_blocks(source: str) -> list[tuple[str, str, str]]:
    """(kind, section, text) of each block of a Markdown source read as a user's .md file is."""
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument
    from pipeline.readers.markdown import read_markdown_document

    markdown = read_markdown_document(source)
    raw = RawDocument("m", "m.md", "", markdown.text, "markdown", heading_lines=markdown.heading_lines,
                      item_lines=markdown.item_lines)
    clean = clean_document(raw)
    return [(b.kind, b.section, clean.text[b.start:b.end]) for b in clean.blocks]


def test_markdown_paragraphs_apart_and_headings_from_the_markup() -> None:
    """Round 16: every Markdown paragraph is followed by a blank line, which made the text look double spaced and
    joined a whole document into one paragraph; the parser's headings are headings whatever their wording."""
    long = "粤港澳大湾区包括香港特别行政区、澳门特别行政区和广东省广州市、深圳市、珠海市、佛山市、惠州市、东莞市。"
    source = (f"# 规划纲要\n\n{long}\n\n# 第一章　規劃背景\n\n改革開放以來，大灣區經濟實力不斷增強\n\n{long}\n\n"
              "## 1.1当前债务总体状况分析\n\n根据国际清算银行统计，信贷余额达196.9万亿元。\n\n"
              "数据来源：金融稳定委员会、环亚经济数据有限公司\n\n然而，对于影子银行等单个的风险因素，风险警觉一直存在。\n")
    blocks = _markdown_blocks(source)
    assert [(k, t) for k, _, t in blocks if k == "heading"] == [("heading", "第一章 規劃背景"),
                                                               ("heading", "1.1当前债务总体状况分析")]
    texts = [t for _, _, t in blocks]
    assert "改革開放以來，大灣區經濟實力不斷增強" in texts  # no sentence end, yet a paragraph of its own
    assert "然而，对于影子银行等单个的风险因素，风险警觉一直存在。" in texts
    sections = {t: s for _, s, t in blocks}
    assert sections["根据国际清算银行统计，信贷余额达196.9万亿元。"] == "第一章 規劃背景 / 1.1当前债务总体状况分析"


def test_markdown_written_one_wrapped_line_a_paragraph_reads_on() -> None:
    """A converter that wrote each line of a PDF as a paragraph: a full line without a sentence end goes on."""
    line = "当前，数字经济已经成为全球经济增长的重要动力源，“一带一路”数字经济合作正逢其时，沿线"
    rest = "国家的合作领域不断拓展，合作成果丰硕，各种远程服务迅速发展，新型金融支付方式不断出现。"
    source = "\n\n".join(["# 某文章", line, rest, "短的一段。", line, "国家数字基础设施领域合作进展迅速。"]) + "\n"
    paragraphs = [t for k, _, t in _markdown_blocks(source) if k == "paragraph"]
    assert paragraphs[0].startswith(line) and paragraphs[0].endswith("不断出现。")
    assert "短的一段。" in paragraphs and len(paragraphs) == 3


def test_markdown_heading_markup_that_is_a_caption_or_inside_a_sentence() -> None:
    """Converters mark captions up as headings (# 表2…), and page furniture inside an unfinished sentence."""
    body = "此条件有明确的经济含义，企业债务能不能持续，关键看债务使用效率和效益，根据我国国有企业财务统计资"
    source = (f"# 表2高资本投入型增长预测\n\n正文一段。\n\n{body}\n\n# ChinaXiv合作期刊\n\n"
              "料，假设全部长期负债为有息负债进行测算。\n\n# 参考文献\n\n[1] 某文献.\n")
    blocks = _markdown_blocks(source)
    assert ("caption", "表2高资本投入型增长预测") in [(k, t) for k, _, t in blocks]
    assert not any(k == "heading" and "ChinaXiv" in t for k, _, t in blocks)
    assert any(k == "paragraph" and t.startswith(body + "ChinaXiv") for k, _, t in blocks)
    assert blocks[-1][1] == "notes"


def test_plain_double_spaced_text_keeps_joining_hard_wrapped_lines() -> None:
    """Only text that is not hard-wrapped closes a paragraph at a blank line after a short line; a hard-wrapped
    double-spaced PDF copy closes paragraphs by its line widths, as before."""
    wrapped = ["数字经济已经成为全球经济增长的重要动力源。“一带一路”数字经济合作正逢其时。近年来，数字经济逐",
               "渐成为“一带一路”沿线国家的重点合作领域，数字经济合作的顶层设计和政策协调加快推进，数字基础设施领域",
               "合作进展迅速，数字服务贸易迅速发展，“丝路电商”合作成果丰硕，各种远程服务迅速发展，新型金融支付方式不",
               "断出现。"] * 3
    kinds = _block_kinds("某文章\n\n" + "\n\n".join(wrapped) + "\n")
    assert len([k for k, _ in kinds if k == "paragraph"]) == 3


def _html_paragraphs(body: str) -> list[str]:
    """The paragraphs of an HTML page as an .html input is read and cleaned."""
    from pipeline.readers.html import read_html

    text = read_html(f"<html><head><title>站点</title></head><body>{body}</body></html>")[0]
    return [text for kind, text in _block_kinds(text, "html") if kind == "paragraph"]


def test_a_mirrored_posts_tail_and_a_pager_end_an_html_page() -> None:
    body = "<p>一季度，全区实际使用外资3.6亿美元，同比增长8.2%。</p>"
    tails = [
        "<p>END</p><p>往期推荐</p><p>2023年全区新增市场主体2.1万户</p><p>阅读 3086 在看 12</p>",
        "<p>—THE END—</p><p>3月份全区CPI同比上涨0.4%</p>",
        "<div class='page-turn'>上一篇：<a>2月份全区工业用电量增长6.5%</a>　下一篇：<a>全区新增就业1.2万人</a></div>",
        "<p>下一条：<a>前两个月全区进出口总值增长4.1%</a></p>",
    ]
    for tail in tails:
        paragraphs = _html_paragraphs("<h1>一季度全区利用外资情况</h1><div id='js_content'>" + body + tail + "</div>")
        assert paragraphs == ["一季度，全区实际使用外资3.6亿美元，同比增长8.2%。"], tail


def test_pager_words_inside_an_html_sentence_are_text() -> None:
    body = ("<h1>全区利用外资情况</h1><p>一季度，全区实际使用外资3.6亿美元。</p>"
            "<p>上一篇报道提到的项目已经开工，下一篇将介绍外资结构。</p><p>阅读量较上年增长12%的栏目有3个。</p>")
    assert _html_paragraphs(body) == ["一季度，全区实际使用外资3.6亿美元。",
                                      "上一篇报道提到的项目已经开工，下一篇将介绍外资结构。",
                                      "阅读量较上年增长12%的栏目有3个。"]


def test_a_work_reports_speaker_line_is_its_by_line() -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    text = ("最高人民法院工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n最高人民法院院长 张军\n"
            "一、2023年主要工作\n全年共受理案件4557.4万件，同比上升15.6%。\n")
    doc = clean_document(RawDocument("t", "t.txt", "", text, "text"))
    assert doc.title == "最高人民法院工作报告" and doc.author == "最高人民法院院长张军"
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "author", "heading", "paragraph"]
    # unchanged: a line like it below the header is text (市长王某 in a body paragraph's place)
    later = ("全市经济运行情况\n一、总体情况\n全市生产总值1200亿元，增长5.1%。\n二、工业\n市长王明\n"
             "规上工业增加值增长6.2%。\n")
    assert "author" not in [b.kind for b in clean_document(RawDocument("t", "t.txt", "", later, "text")).blocks]


def test_a_table_header_row_under_a_title_line_is_no_author() -> None:
    # a title line with a bracketed unit right above a Markdown table: the table keeps its header row
    source = ("各地区小时最低工资标准（元/小时）\n\n| 地区 | 第一档 | 第二档 |\n|---|---|---|\n| 上海 | 25 | 22 |\n")
    blocks = _markdown_blocks(source)
    assert [kind for kind, _, _ in blocks] == ["title", "table"]
    assert blocks[1][2].startswith("地区\t第一档\t第二档\n")
    # a by-line under a title stays the author
    assert _block_kinds("数字经济合作的进展\n王小明\n正文第一段。\n")[1] == ("author", "王小明")


def test_a_one_line_text_without_a_final_stop_is_no_title() -> None:
    # a crawled or demo one-liner ends without 。: a sentence end inside it, or a long line of value clauses, or an
    # enumerated data item makes it body text (its claims are kept)
    for line in ("2021年，全区规模以上工业增加值增长7.2%。高技术制造业成为拉动增长的主要力量",
                 "全年完成固定资产投资420亿元，增长3.8%；社会消费品零售总额215亿元，增长6.1%",
                 "数据显示，2023年，全国智能家居设备出货量达到2.6亿台，较上年增长率为8.4%，市场规模约为7100亿元",
                 "1.城镇居民人均住房面积（平方米） 从2015年的33.1到2022年的40.6，年均增长2.9%"):
        assert _block_kinds(line + "\n")[0][0] == "paragraph", line
    # unchanged: short headlines, with or without a value, and titles above a body stay titles
    for title in ("统计局：10月CPI同比上涨0.2%，PPI同比下降2.6%", "2023年全市经济运行情况",
                  "关于印发《数字乡村建设指南》的通知", "一季度全省经济稳中向好"):
        assert _block_kinds(title + "\n\n全年实现生产总值1200亿元。\n")[0] == ("title", title), title


def test_a_notices_field_lines_are_lines_of_their_own() -> None:
    # a short label, its colon and a value: the next line never glues onto the value, and two in a row stay apart
    text = ("某区2025年道路保洁服务项目公开招标公告\n\n一、项目基本情况\n项目编号：330102202500417\n"
            "项目名称：某区2025年道路保洁服务项目\n预算金额（元）：2860000\n最高限价：2860000\n"
            "天津市某局同期发布了另一项公告。\n")
    paragraphs = [t for kind, t in _block_kinds(text) if kind == "paragraph"]
    assert "预算金额（元）：2860000" in paragraphs and "最高限价：2860000" in paragraphs
    assert not any("2860000天" in t or "330102202500417项" in t for t in paragraphs)
    # unchanged: a line that goes on from an unfinished sentence joins it, even when it reads like a field
    prose = ("某文章\n\n发布会介绍了前三季度经济运行情况。\n国家统计局新闻发言人在发布会上\n"
             "表示：前三季度经济运行总体平稳\n稳中有进的态势更加明显。\n")
    assert any("在发布会上表示：前三季度经济运行总体平稳稳中有进的态势更加明显。" in t
               for kind, t in _block_kinds(prose) if kind == "paragraph")


def test_a_lone_field_like_line_at_the_margin_of_wrapped_text_is_a_wrap() -> None:
    # a hard-wrapped paragraph may open with a label and its colon; its first line is no field of a notice
    text = ("关于推进数字经济发展的实施意见\n\n"
            "总体要求：以数字化转型整体驱动生产方式生活方式和治理\n"
            "方式变革，全面提升数字经济发展水平，到2025年，全市数字经济核心\n"
            "产业增加值占地区生产总值比重达到10%，数字经济规模突破5000亿\n"
            "元，数字化转型取得明显成效。\n")
    paragraphs = [t for kind, t in _block_kinds(text) if kind == "paragraph"]
    assert paragraphs[0].startswith("总体要求：以数字化转型整体驱动生产方式生活方式和治理方式变革，")


def test_a_tender_notices_run_of_fields_and_headings_is_no_hard_wrapped_text() -> None:
    # a notice's field lines, numbered items and headings end without sentence punctuation by their nature: they do
    # not make the text look hard-wrapped, so no line glues onto the one before it
    text = ("某县人民医院医疗设备采购项目公开招标公告\n\n【一、项目基本情况】\n"
            "1. 项目编号：HBZC-2025-GK-0318\n2. 项目名称：某县人民医院彩色多普勒超声诊断仪采购项目\n"
            "3. 采购方式：公开招标\n4. 预算金额：人民币 1,850,000.00 元（最高限价同预算金额）\n"
            "5. 合同履行期限：合同签订后60个日历日内交货；\n"
            "四、提交投标文件截止时间、开标时间和地点\n2025年07月15日 09点30分（北京时间）\n"
            "• 采购人：某县人民医院电话：0712-5566778\n"
            "• 采购代理机构：湖北某招标代理有限公司地址：某县城关镇建设路16号\n"
            "中标供应商名称：某医疗器械有限公司供应商地址：武汉市洪山区某路8号\n"
            "中标（成交）金额：176.80 万元（人民币）\n"
            "二、项目名称：2025年度城区道路养护项目\n采购包3 本采购包流标\n")
    paragraphs = [t for kind, t in _block_kinds(text) if kind in ("paragraph", "heading")]
    for line in ("2. 项目名称：某县人民医院彩色多普勒超声诊断仪采购项目", "3. 采购方式：公开招标",
                 "2025年07月15日 09点30分（北京时间）", "• 采购人：某县人民医院电话：0712-5566778",
                 "中标（成交）金额：176.80 万元（人民币）", "采购包3 本采购包流标"):
        assert line in paragraphs, line
    assert not any("采购项目3." in t or "和地点2025年" in t or "项目采购包3" in t for t in paragraphs)


def test_a_wrapped_paragraph_keeps_joining_beside_headings_and_a_lone_field_like_line() -> None:
    # unchanged: hard-wrapped prose under numbered headings, one of its lines opened by a label and a colon, is
    # still hard-wrapped text; its wrapped lines join into one paragraph
    text = ("关于加快发展现代服务业的若干意见\n\n一、总体要求\n"
            "主要目标：到2027年，全市服务业增加值占地区生产总值比重提高到\n"
            "58%左右，生产性服务业增加值年均增长8%以上，培育形成一批具有较强\n"
            "竞争力的服务业龙头企业和知名品牌，服务业对经济增长的贡献率进一\n"
            "步提升，现代服务业体系基本建立。\n二、重点任务\n"
            "加快发展现代物流、科技服务、金融服务和商务服务，推动先进制造业\n"
            "和现代服务业深度融合，提升服务业发展能级和水平。\n")
    paragraphs = [t for kind, t in _block_kinds(text) if kind == "paragraph"]
    assert any(t.startswith("主要目标：到2027年") and t.endswith("现代服务业体系基本建立。") for t in paragraphs)
    assert any("推动先进制造业和现代服务业深度融合" in t for t in paragraphs)


@pytest.mark.parametrize(("text", "expected"), [
    # round 24: the bullets of a web AI summary run together on one line end their sentences: a dash set apart by
    # spaces between words, a space after a citation mark
    ("要点 - 三季度实现营收12.6亿元(同比增长18.2%)[2] - 毛利率提升至31.5%[3]",
     ["要点", "三季度实现营收12.6亿元(同比增长18.2%)[2]", "毛利率提升至31.5%[3]"]),
    ("经营概况 - 2024年全年净利润3.2亿元[1][4] 行业地位 - 市场份额居国内第二[5]",
     ["经营概况", "2024年全年净利润3.2亿元[1][4]", "行业地位", "市场份额居国内第二[5]"]),
    ("渠道改革见效（线上收入占比35%） - 海外业务增长较快",
     ["渠道改革见效（线上收入占比35%）", "海外业务增长较快"]),
    # unchanged: a range between digits, a hyphen without spaces, a dash inside brackets, a citation before a comma
    ("预计2024 - 2026年营收复合增速为15%", ["预计2024 - 2026年营收复合增速为15%"]),
    ("沪深300-中证500价差扩大", ["沪深300-中证500价差扩大"]),
    ("公司营收增长（详见公告 - 第三节）较快", ["公司营收增长（详见公告 - 第三节）较快"]),
    ("已有研究表明[1]，出口增长较快", ["已有研究表明[1]，出口增长较快"]),
    ("利润总额 = 营业利润 + 营业外收入 - 营业外支出", ["利润总额 = 营业利润 + 营业外收入 - 营业外支出"]),
    ("[3] 王某.区域经济研究[J].经济学报,2020(2):1-9.", ["[3] 王某.区域经济研究[J].经济学报,2020(2):1-9."]),
])
def test_inline_bullets_end_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_inline_bullets_stay_in_english_blocks() -> None:
    text = "Revenue grew - see note [2] Margins rose."
    assert [text[a:b] for a, b in split_sentences(text, english=True)] == ["Revenue grew - see note [2] Margins rose."]


@pytest.mark.parametrize(("source", "expected"), [
    # round 25: the items of a Markdown list without 。 are blocks of their own, however wide their lines (the
    # reader's blank line between all blocks made the text look double spaced, so a full item ran on into the next)
    ("# 经营简报\n\n## 主要数据\n\n- 2024年全年实现营业收入12.6亿元，同比增长18.2%\n- 综合毛利率为31.5%\n"
     "- 归母净利润2.1亿元\n\n后文的一段说明，用来让正文的行宽更接近真实文档里的行宽。\n",
     ["2024年全年实现营业收入12.6亿元，同比增长18.2%", "综合毛利率为31.5%", "归母净利润2.1亿元"]),
    ("# 要点\n\n1. 三季度营收8.87亿元，同比增长0.62%\n2. 扣非净利润1.66亿元，同比增长8.59%\n",
     ["1. 三季度营收8.87亿元，同比增长0.62%", "2. 扣非净利润1.66亿元，同比增长8.59%"]),
    # a heading right after an item (no blank line in the source) is a heading, not the item's tail
    ("# 点评\n\n- 门店总数达5301家，较年初净增812家\n## 财务表现\n\n- 存货周转天数降至85天\n",
     ["门店总数达5301家，较年初净增812家", "存货周转天数降至85天"]),
])
def test_markdown_list_items_are_blocks_of_their_own(source: str, expected: list[str]) -> None:
    texts = [t for _, _, t in _markdown_blocks(source)]  # (a numbered item without 。 is a heading that holds values)
    assert all(item in texts for item in expected)


def test_markdown_paragraphs_still_read_on_past_a_blank_line() -> None:
    # unchanged: a converter's file written one PDF line a paragraph (no list) reads on past its blank lines
    line = "根据国际清算银行统计，截至2017年末，我国非金融部门信贷余额达196.9万亿元，较上年末"
    source = f"# 报告\n\n{line}\n\n增长11.1%，增速比上年末回落4.5个百分点。\n\n{line}\n\n增长9.8%。\n"
    assert [t for k, _, t in _markdown_blocks(source) if k == "paragraph"] == [
        line + "增长11.1%，增速比上年末回落4.5个百分点。", line + "增长9.8%。"]


@pytest.mark.parametrize(("text", "expected"), [
    # round 25: in a summary (a block with dash bullets), citation marks set apart by spaces end a bullet too, so the
    # next section's head is no tail of the bullet before it
    ("经营概况 - 门店数量增至812家 [3][9] 盈利能力 - 毛利率提升至31.5% [4]",
     ["经营概况", "门店数量增至812家 [3][9]", "盈利能力", "毛利率提升至31.5% [4]"]),
    ("财务表现 - 单季营收4.1亿元（同比+12%） [2] 风险提示 - 原材料价格波动 [5]",
     ["财务表现", "单季营收4.1亿元（同比+12%） [2]", "风险提示", "原材料价格波动 [5]"]),
    # unchanged: marks between spaces in prose with no dash bullet
    ("如文献 [3] 所述，出口增长较快。", ["如文献 [3] 所述，出口增长较快。"]),
    ("该模型 [12] 在多个数据集上表现较好", ["该模型 [12] 在多个数据集上表现较好"]),
])
def test_spaced_citation_marks_end_a_bullet_of_a_summary(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "tables"), [
    # a heading-like one-cell row between two rows of a grid is the grid's section row
    ("2024年全县一般公共预算收入完成情况如下，收入结构继续优化，税收收入占比提高。\n项目\t金额（万元）\n一、税收收入\n"
     "增值税\t3000\n二、非税收入\n罚没收入\t80\n全县一般公共预算支出完成情况良好，民生支出占比继续保持较高水平。",
     ["项目\t金额（万元）\n一、税收收入\n增值税\t3000\n二、非税收入\n罚没收入\t80"]),
    # the look-alike: a heading after the grid's last row, with prose under it, ends the table
    ("2024年全省地区生产总值完成情况如下，经济运行总体平稳，主要指标好于预期。\n地区\t产值（亿元）\n安徽\t45045.0\n"
     "二、产业结构\n全省三次产业结构继续优化，服务业比重提高，新兴产业增加值占比持续上升。",
     ["地区\t产值（亿元）\n安徽\t45045.0"]),
])
def test_a_section_row_inside_a_grid_is_no_heading(text: str, tables: list[str]) -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    clean = clean_document(RawDocument("d", "d.html", "0", text, "html"))
    assert [clean.text[b.start:b.end] for b in clean.blocks if b.kind == "table"] == tables




_BUDGET_HEAD = ("某县2024年一般公共预算收入预算表\n单位：万元\n项 目\n预算数\n一般公共预算总收入\n86,402\n"
                "其中:税收收入\n51,730\n非税收入\n34,672\n税收收入占总收入的比例%\n59.87\n一、地方收入\n62,115\n")


def test_a_line_that_is_only_a_figure_is_no_number_cut_at_the_margin() -> None:
    # a budget table written one cell a line, read as hard-wrapped text: a line that is only a figure is a cell,
    # and the next line's item number is no part of its number (no 1,2752)
    cells = ["其中:教育费附加小计", "1,275", "2、行政事业性收费收入", "1,702", "3、罚没收入", "1,390"]
    blocks = " | ".join(t for _, t in _block_kinds(_BUDGET_HEAD + "\n".join(cells) + "\n"))
    assert "1,275 2、行政" in blocks and "1,702 3、罚没" in blocks
    # the look-alike: a number the margin cut after a Chinese character is still joined whole
    assert "比重为56.3%" in " ".join(t for _, t in _block_kinds(PDF_COPY))


@pytest.mark.parametrize(("cells", "kept"), [
    (["其中:城建税", "2,046", "4、房产税", "981", "5、印花税", "433"], ["981", "433"]),
    (["(二)规费收入", "720", "1、排污费", "58"], ["720", "58"]),
])
def test_a_bare_figure_under_a_table_label_is_a_value_not_a_page_number(cells: list, kept: list) -> None:
    blocks = [t for _, t in _block_kinds(_BUDGET_HEAD + "\n".join(cells) + "\n")]
    assert all(any(value in block for block in blocks) for value in kept)


def test_a_page_number_between_paragraphs_is_still_dropped() -> None:
    prose = ("2023年，全县一般公共预算收入完成情况总体良好，税收收入比上年有所增长，非税收入\n"
             "保持平稳，财政收入结构继续优化，收入质量稳步提高，为全年预算执行打下基础。\n")
    blocks = [t for _, t in _block_kinds("某县财政报告\n\n" + prose * 2 + "\n45\n\n" + prose * 2)]
    assert not any(block.strip() == "45" for block in blocks)
    # nor is the digit of a formula a PDF copy wrote a symbol a line (𝑁∑ / 1 / 𝑖=1) a table value
    blocks = [t for _, t in _block_kinds("某县财政报告\n\n" + prose * 2 + "𝜎=\n𝑁∑\n1\n𝑖=1\n" + prose * 2)]
    assert not any(block.strip() == "1" for block in blocks)


def test_a_bare_figure_under_a_short_line_of_a_pdf_is_no_table_value() -> None:
    # in a PDF the tables are read from the page's layout: a bare figure under a chart's title or a formula's label
    # is an axis tick, a formula's index or the page number, never a cell (the same lines as text keep it)
    prose = ("研究发现，在各类择时策略中，牛熊指标在多空方向上与指数本身的方向一致，便于策略的编写和执行，\n"
             "因此我们在下文中使用双均线策略对牛熊指标进行择时，并比较其交易频率与收益表现的差异情况。\n")
    lines = "指数净值\n7\n资料来源：Wind\n"
    assert not any(block.strip() == "7" for _, block in _block_kinds(prose * 2 + lines + prose * 2, "pdf"))
    assert any("7" in block for _, block in _block_kinds(prose * 2 + lines + prose * 2, "text"))


@pytest.mark.parametrize(("text", "item", "expected"), [
    # round 27: the segmenter records on each sentence whether an inline bullet or a headline's space cut it from the
    # one before (gap_before) and whether such a gap ends it after no punctuation (gap_after; not …顺利 [2]): the claims
    # read them
    ("- 产能利用率稳步回升 三季度产能利用率达78.6%", True,
     [("- 产能利用率稳步回升", False, True), ("三季度产能利用率达78.6%", True, False)]),
    ("- 盈利能力 - 毛利率达31.5%", True, [("- 盈利能力", False, True), ("毛利率达31.5%", True, False)]),
    ("季度要点 - 订单需求持续回暖 新签订单23.4亿元 - 海外市场拓展顺利 [2] 海外营收占比31%", False,
     [("季度要点", False, True), ("订单需求持续回暖", True, True), ("新签订单23.4亿元", True, True),
      ("海外市场拓展顺利 [2]", True, False), ("海外营收占比31%", True, False)]),
    # unchanged: a sentence end cuts no bullet, and a line that is no item has no headline
    ("订单需求持续回暖。 新签订单23.4亿元。", False,
     [("订单需求持续回暖。", False, False), ("新签订单23.4亿元。", False, False)]),
    ("产能利用率稳步回升 三季度产能利用率达78.6%", False,
     [("产能利用率稳步回升 三季度产能利用率达78.6%", False, False)]),
])
def test_sentences_record_their_bullets_and_headlines(text: str, item: bool, expected: list) -> None:
    clean = CleanDocument("t", "t.txt", "", text, "", None, [Block(0, len(text), "paragraph", "body", item)])
    assert [(text[s.start:s.end], s.gap_before, s.gap_after) for s in sentences_of(clean)] == expected


@pytest.mark.parametrize(("line", "expected"), [
    # round 27: after a plain-text enumerator the space between a headline and its data is kept, whatever the format
    ("（1）订单需求持续回暖 新签订单23.4亿元", ["（1）订单需求持续回暖", "新签订单23.4亿元"]),
    ("③ 费用管控成效显现 2024年销售费用2.3亿元", ["③ 费用管控成效显现", "2024年销售费用2.3亿元"]),
    ("二、产能利用率稳步回升 产能利用率达78.6%", ["二、产能利用率稳步回升", "产能利用率达78.6%"]),
    # unchanged: no figure after the space (the words run on), letter spacing (PDF justification), no enumerator
    ("（2）公司经营情况良好 未来发展可期", ["（2）公司经营情况良好未来发展可期"]),
    ("（3）新 签 订 单 达 23.4亿元", ["（3）新签订单达 23.4亿元"]),
    ("订单需求持续回暖 新签订单23.4亿元", ["订单需求持续回暖新签订单23.4亿元"]),
])
def test_a_headline_after_an_enumerator_ends_a_sentence(line: str, expected: list[str]) -> None:
    text = normalize_line(line)
    assert [text[a:b] for a, b in split_sentences(text)] == expected


_HARD_WRAPPED_LEAD = ("公司2024年经营情况回顾\n报告期内，公司坚持以客户为中心，持续加大研发投入，全年\n"
                      "研发费用达到3.2亿元，同比增长21.5%，主要投向位于开发区的\n")


@pytest.mark.parametrize(("text", "blocks"), [
    # round 27: a line opened by any plain-text enumerator is a list item: it opens a block of its own after an open
    # item (also across the blank line of a double-spaced paste) and after a prose line that ends a paragraph
    ("中报点评\n\n① 收入端稳健增长 2025年上半年营业收入7.36亿元\n\n1. 利润率有所修复 净利率回升至11.8%\n\n"
     "一、存货周转加快 存货周转天数降至64天\n\n（2）经营质量改善 经营活动现金流净额2.05亿元\n",
     [("paragraph", "① 收入端稳健增长 2025年上半年营业收入7.36亿元"),
      ("heading", "1. 利润率有所修复 净利率回升至11.8%"), ("heading", "一、存货周转加快 存货周转天数降至64天"),
      ("heading", "（2）经营质量改善 经营活动现金流净额2.05亿元")]),
    (_HARD_WRAPPED_LEAD + "新产线建设，海外市场拓展顺利，海外收入占比提升至18.2%，较\n"
     "上年提高3.4个百分点，主要经营指标如下：\n⑴ 营收稳步增长 全年营业收入51.9亿元，同比增长12.5%\n"
     "⑵ 盈利能力提升 毛利率达24.84%，同比提升3.2个百分点\n二、未来展望\n公司将继续推进产能建设工作。\n",
     [("paragraph", "⑴ 营收稳步增长 全年营业收入51.9亿元，同比增长12.5%"),
      ("paragraph", "⑵ 盈利能力提升 毛利率达24.84%，同比提升3.2个百分点"), ("heading", "二、未来展望")]),
    # unchanged: after a prose line that does not end, an enumerator is a point of the sentence a wrap cut
    (_HARD_WRAPPED_LEAD + "（2）号厂房的产线升级和新一代产品的开发验证，进展顺利。公司\n"
     "同时积极拓展海外市场，海外收入占比提升至18.2%，较上年提高3.4个百分点。\n",
     [("paragraph", "报告期内，公司坚持以客户为中心，持续加大研发投入，全年研发费用达到3.2亿元，同比增长21.5%，主要投向"
       "位于开发区的（2）号厂房的产线升级和新一代产品的开发验证，进展顺利。公司同时积极拓展海外市场，海外收入占比提升至"
       "18.2%，较上年提高3.4个百分点。")]),
])
def test_every_plain_text_enumerator_opens_a_list_item(text: str, blocks: list) -> None:
    read = _block_kinds(text)
    assert all(block in read for block in blocks), read


@pytest.mark.parametrize(("line", "expected"), [
    # round 30: the space after a statute's article label opening the line is kept (full-width too)
    ("第三十二条 食品生产许可证有效期为5年。", "第三十二条 食品生产许可证有效期为5年。"),
    ("第五十五条第一款　违反本条例规定的，责令改正。", "第五十五条第一款 违反本条例规定的，责令改正。"),
    # unchanged: no label at the line start, a glued label, a space inside the text after it
    ("依照本条例第十二条 规定处理。", "依照本条例第十二条规定处理。"),
    ("第一条生产线 年产能达50万吨。", "第一条生产线年产能达50万吨。"),
    # round 30: …and after a chapter's, a section's or a part's number opening its heading line
    ("第一章 总则", "第一章 总则"),
    ("第三节　市场准入", "第三节 市场准入"),
    ("第二部分 主要任务", "第二部分 主要任务"),
    # unchanged: a chapter named inside a line, and one glued to its title
    ("依照本法第二章 规定执行。", "依照本法第二章规定执行。"),
    ("第一章总则", "第一章总则"),
])
def test_the_space_after_an_article_label_is_kept(line: str, expected: str) -> None:
    assert normalize_line(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # round 33: a news title's space between a clause with no value and one with its figure is kept
    ("A股三大指数集体收涨 两市成交额超2.5万亿元", "A股三大指数集体收涨 两市成交额超2.5万亿元"),
    ("国债收益率持续下行 10年期国债收益率跌破2.1%", "国债收益率持续下行 10年期国债收益率跌破2.1%"),
    ("公募基金规模再创新高　ETF总规模突破2.3万亿元", "公募基金规模再创新高 ETF总规模突破2.3万亿元"),
    ("沪深交易所发布新规 科创板上市公司达573家", "沪深交易所发布新规 科创板上市公司达573家"),
    # unchanged: letter spacing, no figure after the space, a sentence end in the line, a short first clause
    ("关 于 印 发 2024 年 工 作 要 点 的 通 知", "关于印发 2024 年工作要点的通知"),
    ("证监会召开会议 部署资本市场改革", "证监会召开会议部署资本市场改革"),
    ("沪指收涨 两市成交额9153亿元。北向资金净卖出。", "沪指收涨两市成交额9153亿元。北向资金净卖出。"),
    ("两市 成交额超2万亿元", "两市成交额超2万亿元"),
    # (review of round 33) unchanged: a bare value or a threshold after the space is the first clause's object, and a
    # year after a company's name or a topic leaves no clause before the space
    ("一季度国内生产总值同比增长 5.3%", "一季度国内生产总值同比增长 5.3%"),
    ("CPI同比上涨 0.2%", "CPI同比上涨 0.2%"),
    ("我国GDP突破 130万亿元", "我国GDP突破 130万亿元"),
    ("全国铁路发送旅客 超4亿人次", "全国铁路发送旅客超4亿人次"),
    ("全国铁路发送旅客 超过4亿人次", "全国铁路发送旅客超过4亿人次"),
    ("贵州茅台 2024年营业收入1741亿元", "贵州茅台 2024年营业收入1741亿元"),
    ("CATL宁德时代 2024年净利润507亿元", "CATL宁德时代 2024年净利润507亿元"),
    ("比亚迪股份 3月新能源汽车销量30.2万辆", "比亚迪股份 3月新能源汽车销量30.2万辆"),
    # (final read of round 33) unchanged: a name alone before the space is the subject of the clause after it
    ("贵州茅台 前三季度营业收入1231亿元", "贵州茅台前三季度营业收入1231亿元"),
    ("中国人民银行 下调存款准备金率0.5个百分点", "中国人民银行下调存款准备金率0.5个百分点"),
    ("海关总署 前10个月进出口增长5.2%", "海关总署前10个月进出口增长5.2%"),
    # …and kept after a first clause whose predicate is an adverb and a verb
    ("北向资金大幅流入 两市成交额超1.2万亿元", "北向资金大幅流入 两市成交额超1.2万亿元"),
    # (review of round 33) unchanged: a first line longer than a title (a one-line document's body) is not tested
    ("国家统计局月度数据 全国" + "，".join(f"{m}月增长{m}.5%" for m in range(1, 13)),
     "国家统计局月度数据全国" + "，".join(f"{m}月增长{m}.5%" for m in range(1, 13))),
])
def test_the_space_between_a_titles_clauses_is_kept(line: str, expected: str) -> None:
    assert normalize_line(line, title=True) == expected


@pytest.mark.parametrize("line", [
    # (review of round 33) a space before a digit survives cleaning anyway: it must be no headline gap (no sentence end)
    "一季度国内生产总值同比增长 5.3%", "CPI同比上涨 0.2%", "我国GDP突破 130万亿元", "全国铁路发送旅客 超4亿人次",
    "贵州茅台 2024年营业收入1741亿元", "CATL宁德时代 2024年净利润507亿元", "比亚迪股份 3月新能源汽车销量30.2万辆",
])
def test_a_value_or_date_after_a_titles_space_opens_no_clause(line: str) -> None:
    assert headline_gaps(line, False, title=True) == {}


@pytest.mark.parametrize(("line", "expected"), [
    # round 40: a title's first clause may open with its year or name a publication in title marks
    ("2021年卫生健康事业发展统计公报发布 居民人均预期寿命提至78.2岁",
     "2021年卫生健康事业发展统计公报发布 居民人均预期寿命提至78.2岁"),
    ("《2019年我国卫生健康事业发展统计公报》发布 全国医疗卫生机构总数超100万个",
     "《2019年我国卫生健康事业发展统计公报》发布 全国医疗卫生机构总数超100万个"),
    ("2023年国民经济运行稳中向好 全年国内生产总值增长5.2%", "2023年国民经济运行稳中向好 全年国内生产总值增长5.2%"),
    # unchanged: a year before a bare period or subject (no predicate), a year glued to a value, a later body line
    ("2024年前三季度 国内生产总值增长4.8%", "2024年前三季度国内生产总值增长4.8%"),
    ("2024年 全国居民人均可支配收入41314元", "2024年全国居民人均可支配收入41314元"),
    ("《统计公报》 全国医疗卫生机构总数超100万个", "《统计公报》全国医疗卫生机构总数超100万个"),
])
def test_a_titles_first_clause_may_hold_its_year_or_a_publication(line: str, expected: str) -> None:
    assert normalize_line(line, title=True) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # round 43: a year inside a title's first clause, after its words, is no value either
    ("人社部发布2021年度统计公报 全国参加基本养老保险人数达102871万人",
     "人社部发布2021年度统计公报 全国参加基本养老保险人数达102871万人"),
    ("国家医保局发布2023年统计快报 全国基本医疗保险参保人数达13.3亿人",
     "国家医保局发布2023年统计快报 全国基本医疗保险参保人数达13.3亿人"),
    # unchanged: a name and a year before a bare subject (no predicate), a year right before the space
    ("贵州茅台2024年度 营业收入增长15.7%", "贵州茅台2024年度营业收入增长15.7%"),
    ("国家统计局发布2024年 国内生产总值增长5%", "国家统计局发布2024年国内生产总值增长5%"),
])
def test_a_year_inside_a_titles_first_clause(line: str, expected: str) -> None:
    assert normalize_line(line, title=True) == expected


def test_a_dated_clause_space_in_a_body_line_is_dropped() -> None:
    line = "2021年统计公报发布 居民人均预期寿命提至78.2岁"
    assert normalize_line(line) == line.replace(" ", "")


def test_a_titles_space_is_kept_on_the_title_line_only() -> None:
    # the same line as a later line of prose: the space between two Chinese characters is dropped as before
    assert normalize_line("A股三大指数集体收涨 两市成交额超2.5万亿元") == "A股三大指数集体收涨两市成交额超2.5万亿元"


@pytest.mark.parametrize(("line", "expected"), [
    # round 39: a title's first clause ending in a value with a Chinese unit keeps the space before the next clause
    ("国庆假期7天 全国国内出游7.65亿人次", "国庆假期7天 全国国内出游7.65亿人次"),
    ("2024年电影票房超425亿元 国产影片票房占比近八成", "2024年电影票房超425亿元 国产影片票房占比近八成"),
    # unchanged: after a year, before a change of the first clause's figure, or with a sentence end after it, the
    # space is dropped
    ("营收100亿元 同比增长5%", "营收100亿元同比增长5%"),
    ("2024年 全国电影票房425亿元", "2024年全国电影票房425亿元"),
    ("上半年营收12亿元 净利润增长3成。还有", "上半年营收12亿元净利润增长3成。还有"),
    ("前三季度全省社会融资规模增量2.35万亿元 同比多增1200亿元",
     "前三季度全省社会融资规模增量2.35万亿元同比多增1200亿元"),
    # mend: a number in the subject (a hotline's, a platform's, a plane's name) or a counter with its noun is no value
    # ending a clause; a value with its unit before a change (any of claims.yaml's change_verbs) goes on with it
    ("12345热线 上半年受理群众诉求120万件", "12345热线上半年受理群众诉求120万件"),
    ("3家银行 一季度净利润增长5%", "3家银行一季度净利润增长5%"),
    ("12306平台 春运首日售票1500万张", "12306平台春运首日售票1500万张"),
    ("C919大飞机 累计交付超10架", "C919大飞机累计交付超10架"),
    ("上证指数收于3300点 下跌0.5%", "上证指数收于3300点下跌0.5%"),
    ("前三季度人民币贷款增加2.35万亿元 多增1200亿元", "前三季度人民币贷款增加2.35万亿元多增1200亿元"),
    ("沪指收于3300点 回落0.5%", "沪指收于3300点回落0.5%"),
    # …and a value with a unit, a currency or a scale alone still ends its clause
    ("全年新增就业1256万人 城镇调查失业率5.1%", "全年新增就业1256万人 城镇调查失业率5.1%"),
    ("一季度出口2000亿美元 进口规模达1500亿美元", "一季度出口2000亿美元 进口规模达1500亿美元"),
])
def test_a_titles_valued_first_clause_keeps_its_space(line: str, expected: str) -> None:
    assert normalize_line(line, title=True) == expected
    assert normalize_line(line) == line.replace(" ", "")  # (a body line drops it as before)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # (round 43) a full-width space after a body's name and before another name sets two bodies apart
        ("广东省统计局　国家统计局广东调查总队", "广东省统计局 国家统计局广东调查总队"),
        ("据广东省统计局　国家统计局广东调查总队联合发布的数据，一季度",
         "据广东省统计局 国家统计局广东调查总队联合发布的数据，一季度"),
        ("商务部　海关总署联合发布", "商务部 海关总署联合发布"),
        # near misses: a spaced label, a by-line of people, a region word ending in 部, an ASCII space (justification)
        ("合　　计", "合计"),
        ("本报记者　张三　李四", "本报记者张三李四"),
        ("东部　地区", "东部地区"),
        ("全部　完成", "全部完成"),
        ("国家统计局 国家外汇管理局", "国家统计局国家外汇管理局"),
        # (review of round 43) only when the text after the space is a whole body's name, in traditional script too
        ("国家统计局　国家外汇管理局和海关总署联合发布", "国家统计局 国家外汇管理局和海关总署联合发布"),
        ("国务院办公厅　国家发展改革委", "国务院办公厅 国家发展改革委"),
        ("廣東省統計局　國家統計局廣東調查總隊", "廣東省統計局 國家統計局廣東調查總隊"),
        ("據國家統計局　國家外匯管理局聯合發布的數據", "據國家統計局 國家外匯管理局聯合發布的數據"),
        ("中國人民銀行　香港金融管理局聯合公布", "中國人民銀行 香港金融管理局聯合公布"),
        # near misses: a body's own unit, legal form or officer after the space; a head ending a common word
        ("中国人民银行　金融市场司负责人表示", "中国人民银行金融市场司负责人表示"),
        ("住房和城乡建设部　办公厅印发", "住房和城乡建设部办公厅印发"),
        ("中国工商银行　股份有限公司", "中国工商银行股份有限公司"),
        ("某某集团　董事会决议", "某某集团董事会决议"),
        ("市场监管局　局长", "市场监管局局长"),
        ("国家统计局　局长康义表示", "国家统计局局长康义表示"),
        ("中国人民银行　金融市场部负责人", "中国人民银行金融市场部负责人"),
        ("中國人民銀行　金融市場司負責人表示", "中國人民銀行金融市場司負責人表示"),
        ("加强干部　队伍建设", "加强干部队伍建设"),
        ("全面部署　推进改革", "全面部署推进改革"),
        ("优化产业布局　调整结构", "优化产业布局调整结构"),
        ("俱乐部　成员", "俱乐部成员"),
        ("公司总部　大楼", "公司总部大楼"),
        ("市场监管局　优化产业布局，", "市场监管局优化产业布局，"),
        ("全省干部　各部", "全省干部各部"),
    ],
)
def test_a_full_width_space_between_bodies_is_kept(line: str, expected: str) -> None:
    assert normalize_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # (review of round 43) a control or private-use character of the input comes out as it went in, whether or not
        # the line keeps a space between two bodies (the kept space is held as a character the line does not hold)
        ("广东省统计局\x1f国家统计局　海关总署", "广东省统计局\x1f国家统计局 海关总署"),
        ("广东省统计局\ue000国家统计局　海关总署", "广东省统计局\ue000国家统计局 海关总署"),
        ("\ue000\ue001广东省统计局　国家统计局", "\ue000\ue001广东省统计局 国家统计局"),
        ("加强干部\x1f队伍　建设", "加强干部\x1f队伍建设"),
    ],
)
def test_a_character_of_the_input_is_never_the_kept_spaces_marker(line: str, expected: str) -> None:
    assert normalize_line(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (review of round 43) through clean: a joint by-line keeps its space, a body's unit after a space does not
        ("广东省统计局　国家统计局广东调查总队\n\n一季度全省地区生产总值增长4.4%。",
         "广东省统计局 国家统计局广东调查总队"),
        ("中国人民银行　金融市场司负责人表示，将保持流动性合理充裕。", "中国人民银行金融市场司负责人表示"),
        ("住房和城乡建设部　办公厅印发通知。", "住房和城乡建设部办公厅印发通知"),
    ],
)
def test_clean_keeps_only_the_space_between_two_whole_bodies(text: str, expected: str) -> None:
    from pipeline.clean import clean_document
    from pipeline.ingest import RawDocument

    assert expected in clean_document(RawDocument("w", "w.txt", "", text, "text")).text
