"""Ingest: encodings are detected from the bytes, front matter is read, PDFs read in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.clean import clean_document
from pipeline.ingest import IngestError, ingest_file, make_doc_id

from .conftest import SEED

TRADITIONAL = "根據海關總署發布的數據，2021年我國貨物貿易進出口總值達到三十九萬億元，同比增長百分之二十一。"


def test_seed_in_gb18030_cleans_like_utf8(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    gb = tmp_path / "seed-gb.txt"
    gb.write_bytes(text.encode("gb18030"))
    utf = ingest_file(SEED)
    other = ingest_file(gb)
    assert other.encoding == "gb18030"
    assert clean_document(other).text == clean_document(utf).text


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff数字经济合作正逢其时。".encode())
    doc = ingest_file(path)
    assert doc.text == "数字经济合作正逢其时。"


def test_big5_traditional_chinese(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(((TRADITIONAL + "\n") * 3).encode("big5"))
    doc = ingest_file(path)
    assert doc.encoding.replace("_", "").startswith("big5")
    assert TRADITIONAL in doc.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    body = ("数字服务贸易总额达到2939.85亿美元。\n" * 5)
    path.write_bytes(body.encode(encoding))
    assert ingest_file(path).text == body


def test_front_matter_date_and_title(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    front = "---\ntitle: 测试文章\ndate: 2022-06-01\nauthor: 某人\nsource: 某报\n---\n"
    path.write_text(front + "# 标题\n\n今年一季度增长5%。\n", encoding="utf-8")
    doc = ingest_file(path)
    assert doc.document_date == dt.date(2022, 6, 1)
    assert doc.title == "测试文章"
    assert doc.metadata["source"] == "某报"
    assert "---" not in doc.text and "今年一季度增长5%。" in doc.text


def test_front_matter_in_txt(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("---\ndate: 2021年3月5日\n---\n正文。\n", encoding="utf-8")
    assert ingest_file(path).document_date == dt.date(2021, 3, 5)


def test_bad_front_matter_date_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ndate: someday\n---\n正文。\n", encoding="utf-8")
    with pytest.raises(IngestError, match="date"):
        ingest_file(path)


def test_empty_and_binary_files_are_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty"):
        ingest_file(empty)
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(IngestError, match="PDF"):
        ingest_file(fake_pdf)


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>页面</title><meta name='pubdate' content='2023-03-02'>"
        "<script>var x = '不要我';</script></head><body><nav>首页 | 新闻</nav>"
        "<article><h1>跨境电商快速发展</h1><p>据海关总署统计，2022年跨境电商进出口2.11万亿元。</p>"
        "<p>同比增长9.8%。</p><table><tr><th>年份</th><th>规模（万亿元）</th></tr>"
        "<tr><td>2022年</td><td>2.11</td></tr></table></article><footer>版权所有</footer></body></html>",
        encoding="utf-8")
    doc = ingest_file(path)
    assert doc.document_date == dt.date(2023, 3, 2)
    assert "据海关总署统计，2022年跨境电商进出口2.11万亿元。" in doc.text
    for noise in ("不要我", "首页", "版权所有", "<p>"):
        assert noise not in doc.text
    assert "2022年\t2.11" in doc.text


def test_doc_id_is_file_stem_made_safe() -> None:
    assert make_doc_id(Path("raw/000_12112d1d53d7aa15.txt")) == "000_12112d1d53d7aa15"
    assert make_doc_id(Path("a b/报告 (终稿).pdf")) == "报告_终稿"


def _two_column_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(2):
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(60, height - 40, "数字经济合作研究")          # running header
        pdf.drawCentredString(width / 2, 30, str(page + 1))          # page number
        pdf.setFont("STSong-Light", 12)
        y = height - 100
        for line in range(10):
            pdf.drawString(60, y, f"左栏第{page}页第{line}行的文字内容继续")
            pdf.drawString(320, y, f"右栏第{page}页第{line}行的文字内容继续")
            y -= 18
        if page == 1:
            y -= 20
            pdf.drawString(60, y, "表1 各年数字服务贸易额")
            rows = [["年份", "出口额（亿美元）", "进口额（亿美元）"], ["2019年", "1435.48", "1282.63"],
                    ["2020年", "1543.75", "1396.1"]]
            top = y - 10
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    pdf.drawString(70 + c * 150, top - 16 - r * 24, cell)
            for r in range(len(rows) + 1):
                pdf.line(60, top - r * 24, 510, top - r * 24)
            for c in range(4):
                pdf.line(60 + c * 150, top, 60 + c * 150, top - len(rows) * 24)
        pdf.showPage()
    pdf.save()


def test_pdf_two_columns_header_page_numbers_table(tmp_path: Path) -> None:
    path = tmp_path / "two-columns.pdf"
    _two_column_pdf(path)
    doc = ingest_file(path)
    text = doc.text
    assert "数字经济合作研究" not in text
    assert not any(line.strip() in {"1", "2"} for line in text.splitlines())
    order = [text.index(f"{side}栏第{page}页第{line}行") for page in range(2) for side in "左右" for line in range(10)]
    assert order == sorted(order), "columns must be read left column first, page by page"
    assert "2020年\t1543.75\t1396.1" in text
    clean = clean_document(doc)
    kinds = {b.kind for b in clean.blocks}
    assert "table" in kinds


def test_markdown_html_tables_become_rows_and_numeric_math_plain_text() -> None:
    """PDF-to-Markdown converters embed HTML tables and spell numbers as inline math ($4 8 . 7 8 \\%$)."""
    from pipeline.readers.markdown import read_markdown

    line = ("表1 债务<html><body><table><tr><td>项目</td><td>2014年</td></tr>"
            "<tr><td>余额</td><td>243877</td></tr></table></body></html>$$Z=\\frac{e}{n}$$ 余下")
    assert read_markdown(line).split("\n") == ["表1 债务", "项目\t2014年", "余额\t243877", "$$Z=\\frac{e}{n}$$ 余下"]
    prose = "从 $4 8 . 7 8 \\%$ 升至 $\\times 1 0 0 \\%$，系数 $k$ 与 $$x = 1$$"
    assert read_markdown(prose) == "从 48.78% 升至 ×100%，系数 $k$ 与 $$x = 1$$"


def test_markdown_through_the_parser_setext_escapes_reference_links_tables() -> None:
    from pipeline.readers.markdown import read_markdown

    source = (
        "数字经济报告\n======\n\n"
        "增速为 5\\*2 的 [国家统计局][nbs] 数据，**同比**增长 *5%*。\n\n"
        "[nbs]: https://www.stats.gov.cn\n\n"
        "1. 引言\n2. 数据\n\n"
        "| 年份 | 规模（亿元） |\n|---|---:|\n| 2022年 | 2.11 |\n\n"
        "- 要点一\n"
    )
    lines = read_markdown(source).split("\n")
    assert lines[0] == "数字经济报告"
    assert "增速为 5*2 的 国家统计局 数据，同比增长 5%。" in lines
    assert "https://www.stats.gov.cn" not in "\n".join(lines)
    assert {"1. 引言", "2. 数据", "年份\t规模（亿元）", "2022年\t2.11", "要点一"} <= set(lines)
    assert "======" not in "\n".join(lines) and "|" not in "\n".join(lines)


def test_html_boilerplate_lines_dropped_body_kept(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    body = "".join(f"<p>第{i}段：据国家统计局数据，1-11月规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。</p>"
                   for i in range(6))
    path.write_text(
        "<html><head><meta property='article:published_time' content='2021-12-27T09:30:00+08:00'></head><body>"
        "<div class='share'>分享到：微信 微博</div><article><h1>工业企业利润</h1>" + body
        + "<p>责任编辑：王蒙</p><p>扫描二维码，关注我们</p></article></body></html>", encoding="utf-8")
    doc = ingest_file(path)
    assert doc.document_date == dt.date(2021, 12, 27)
    assert all(f"第{i}段" in doc.text for i in range(6))
    for noise in ("责任编辑", "二维码", "分享到"):
        assert noise not in doc.text


def test_site_footer_and_link_rows_dropped(tmp_path: Path) -> None:
    path = tmp_path / "notice.html"
    body = "".join(f"<p>第{i}段：本市规模以上工业增加值同比增长6.1%，由市工信局主办的对接会签约项目20个。</p>"
                   for i in range(6))
    path.write_text(
        "<html><body><article><h1>本市工业经济运行情况</h1>" + body
        + "<p>友情链接：<a>国家统计局</a>　<a>工业和信息化部</a></p>"
        + "<p>关于我们 | 版权所有 © 2023 某某市统计局　主办单位：某某市统计局　技术支持：某某信息技术有限公司</p>"
        + "<p>网站标识码：3301000001　浙ICP备12345678号　运维：某某市大数据管理局</p>"
        + "</article></body></html>", encoding="utf-8")
    doc = ingest_file(path)
    assert all(f"第{i}段" in doc.text for i in range(6))
    assert "由市工信局主办的对接会" in doc.text  # 主办 in prose, with no label colon, stays
    for noise in ("友情链接", "版权所有", "技术支持", "网站标识码", "大数据管理局", "国家统计局"):
        assert noise not in doc.text

# --- round 13: the document date from the visible text, when no metadata gives one ---------------------

SIGNED = "关于上半年招商引资工作情况的通报\n\n上半年，全区新签约项目86个。\n\n江城市新区管委会\n{date}\n"


@pytest.mark.parametrize(("date", "expected"), [
    ("2023年7月10日", dt.date(2023, 7, 10)),
    ("二〇二三年三月二十日", dt.date(2023, 3, 20)),
    ("2023-07-10", dt.date(2023, 7, 10)),
])
def test_signature_date_is_the_document_date(tmp_path: Path, date: str, expected: dt.date) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(SIGNED.format(date=date), encoding="utf-8")
    assert ingest_file(path).document_date == expected


@pytest.mark.parametrize("text", [
    "标题\n\n上半年，全区新签约项目86个。\n会议于2023年7月10日召开。\n",  # a sentence, not a signature
    "标题\n\n上半年，全区新签约项目86个，同比增长5%。\n2023年7月10日\n",  # no body name before the date
    "标题\n\n江城市新区管委会\n2023年7月\n",  # not a full date
])
def test_no_signature_date(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest_file(path).document_date is None


@pytest.mark.parametrize(("line", "expected"), [
    ("发布时间：2023-11-16 10:30　来源：本站", dt.date(2023, 11, 16)),
    ("来源：综合处 发布日期：2023年11月16日", dt.date(2023, 11, 16)),
    ("日期：2023/11/16", dt.date(2023, 11, 16)),
    ("收稿日期：2023-03-01", None),  # the date a journal received a paper
    ("作者：张三 收稿日期：2023-03-01", None),
    ("截止日期：2023-12-31", None),
])
def test_info_line_date(tmp_path: Path, line: str, expected: dt.date | None) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"统计分析\n{line}\n今年以来，全市投资增长5%。\n", encoding="utf-8")
    assert ingest_file(path).document_date == expected


# --- round 14: transcript and report-cover headers, and the cover letter of a 关于印发…的通知 ------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("商务部召开例行新闻发布会\n\n时间：2023年10月19日", dt.date(2023, 10, 19)),  # a transcript's header
    ("商务部召开例行新闻发布会（2023年10月19日）", dt.date(2023, 10, 19)),  # the title's bracketed day
    ("新闻发言人答记者问\n2023-11-15 10:00　来源：国家统计局", dt.date(2023, 11, 15)),  # a date, clock time, field
    ("证券研究报告\n贵州茅台：业绩稳健兑现\n报告日期：2024年04月03日", dt.date(2024, 4, 3)),
    ("某某混合型证券投资基金\n2023年第3季度报告\n2023年9月30日\n报告送出日期：2023年10月25日",
     dt.date(2023, 10, 25)),  # (the period's end alone on its line is no document date)
    ("关于召开年度工作会议的通知\n现将有关事项通知如下：\n时间：2023年12月5日", None),  # a meeting's time
    ("关于召开年度工作会议的通知\n定于12月召开会议。\n时间：2023年12月5日", None),
    ("某某基金\n2023年第3季度报告\n2023年9月30日", None),
    ("某某办法（2023年修订）", None),
    ("某某实施细则（2020年3月1日起施行）", None),
    ("会议时间：2023年12月5日", None),  # a labelled event, not the bare header label
    ("青禾县2023年统计公报\n青禾县统计局\n2024年3月20日", dt.date(2024, 3, 20)),  # issuer and date under the title
])
def test_header_dates(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(f"{head}\n今年以来，全市投资增长5%。\n", encoding="utf-8")
    assert ingest_file(path).document_date == expected


# --- round 15: self-media and platform header lines (公众号, 知乎, 头条, 早报 columns) -------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("楼市观察\n原创 王五 地产研究笔记 2024年05月12日 21:40 上海", dt.date(2024, 5, 12)),  # date and clock mid-line
    ("原创 某某财经 某某财经 2024-03-08 07:30 发表于广东", dt.date(2024, 3, 8)),
    ("原创 2023-12-01 18:05 · 财经观察室", dt.date(2023, 12, 1)),
    ("作者：赵六 | 来源：某某研究 | 2024/4/2 09:01:45", dt.date(2024, 4, 2)),
    ("【晚报】2024年1月5日 星期五", dt.date(2024, 1, 5)),
    ("【财经日历】2024年1月5日（周五）", dt.date(2024, 1, 5)),
    ("出口数据点评\n编辑于 2024-02-18 · 著作权归作者所有", dt.date(2024, 2, 18)),
    ("发布于 2024-02-18 22:10・IP 属地浙江", dt.date(2024, 2, 18)),
    ("2024.02.18", dt.date(2024, 2, 18)),  # a date that is the whole first line
    ("国常会要点\n会议于2024年2月18日 10:00召开。", None),  # a sentence, not a header line
    ("国常会要点\n定于下周召开会议。\n原创 2024-02-18 10:00", None),  # after the text has begun
    ("某某混合型基金\n2023年第4季度报告\n2023.12.31", None),  # a date alone under a title (a cover's period end)
    ("截至2024年2月18日 收盘", None),  # neither clock time nor weekday
])
def test_platform_header_dates(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "post.txt"
    path.write_text(f"{head}\n\n今年以来，全市投资增长5%。\n", encoding="utf-8")
    assert ingest_file(path).document_date == expected


ISSUING = ("XX市人民政府关于印发XX市促进消费若干措施的通知\nX政发〔2023〕9号\n\n各区县人民政府，市政府各部门：\n"
           "现将《XX市促进消费若干措施》印发给你们，请认真贯彻执行。\n\nXX市人民政府\n2023年3月20日\n\nXX市促进消费若干措施\n\n"
           "一、发放消费券。今年5月至10月，市财政安排2亿元。\n二、对6月30日前购车的个人，每辆补贴3000元。\n"
           "三、上年全市社会消费品零售总额增长4.8%。\n四、本措施自印发之日起施行。\n")


def test_issuing_notice_signs_its_cover_letter(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(ISSUING, encoding="utf-8")
    assert ingest_file(path).document_date == dt.date(2023, 3, 20)
    path.write_text(ISSUING + "\nXX市人民政府办公室\n2023年3月22日\n", encoding="utf-8")
    assert ingest_file(path).document_date == dt.date(2023, 3, 22)  # a signature closing the text comes first
    # only a 印发 notice signs in the middle: elsewhere a body's line and a date mid-text are no signature
    path.write_text(ISSUING.replace("关于印发", "关于落实"), encoding="utf-8")
    assert ingest_file(path).document_date is None


def test_web_page_info_line_is_read_from_the_page(tmp_path: Path) -> None:
    page = ("<html><body><div class='nav'>首页 | 统计数据</div><h1>10月份房地产市场运行情况</h1>"
            "<div class='info'>发布时间：2023-11-16　来源：本站</div><div class='content'>"
            "<p>1-10月，全市房地产开发投资1,234.5亿元，同比下降8.3%。</p></div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert ingest_file(path).document_date == dt.date(2023, 11, 16)
    tagged = tmp_path / "tagged.html"
    tagged.write_text(page.replace("<body>", "<head><meta name='pubdate' content='2023-11-15'></head><body>"),
                      encoding="utf-8")
    assert ingest_file(tagged).document_date == dt.date(2023, 11, 15)  # the meta tag comes first


def test_metadata_and_given_date_come_before_the_text(tmp_path: Path) -> None:
    path = tmp_path / "notice.md"
    path.write_text("---\ndate: 2023-08-01\n---\n" + SIGNED.format(date="2023年7月10日"), encoding="utf-8")
    assert ingest_file(path).document_date == dt.date(2023, 8, 1)
    assert ingest_file(path, document_date=dt.date(2024, 1, 2)).document_date == dt.date(2024, 1, 2)


def _page_text(body: str) -> str:
    from pipeline.readers.html import read_html

    return read_html(f"<html><head><title>站点</title></head><body>{body}</body></html>")[0]


def test_short_release_page_keeps_its_lines_and_table() -> None:
    # round 13: on a short page trafilatura would glue everything into one baseline paragraph
    text = _page_text("<div class='nav'>首页 | 数据发布</div><h1>10月份居民消费价格主要数据</h1>"
                      "<div class='info'>发布时间：2023-11-09 09:30</div><div class='TRS_Editor'>"
                      "<p>2023年10月份，全市居民消费价格同比下降0.2%。</p><table border=1>"
                      "<tr><td>类别</td><td>同比涨跌幅（%）</td></tr><tr><td>食品烟酒</td><td>-1.0</td></tr>"
                      "<tr><td>衣着</td><td>1.2</td></tr></table></div>")
    assert text.split("\n") == ["10月份居民消费价格主要数据", "2023年10月份，全市居民消费价格同比下降0.2%。",
                                "类别\t同比涨跌幅（%）", "食品烟酒\t-1.0", "衣着\t1.2"]


def test_page_furniture_fields_and_related_lists_dropped() -> None:
    paragraph = "<p>海关总署7日发布数据显示，前10个月，我国货物贸易进出口总值34.32万亿元，同比增长0.03%。</p>"
    body = ("<h1>前10月外贸数据</h1><div class='info'>浏览次数：1832　字号：[大 中 小]</div>"
            "<div id='artibody'>" + paragraph * 4
            + "</div><div class='feed'><h2>相关阅读</h2><ul><li>国家统计局：10月份CPI同比下降0.2% 11月09日 09:32</li>"
            "</ul></div>")
    text = _page_text(body)
    assert "1832" not in text and "字号" not in text and "CPI" not in text and "相关阅读" not in text
    assert text.startswith("前10月外贸数据\n")  # the <h1> stays in the text, once
    assert text.count("前10月外贸数据") == 1


def test_info_line_keeps_its_fields_but_not_counters() -> None:
    from pipeline.readers.html import without_furniture

    line = "发布时间：2023-07-21 10:30 来源：综合处浏览次数：1832 字号：[大中小]"
    assert without_furniture(line) == "发布时间：2023-07-21 10:30 来源：综合处"
    assert without_furniture("阅读量：2.3万") == ""
    sentence = "全年浏览量增长12%，达到3.2亿次。"  # no field label and colon: a sentence
    assert without_furniture(sentence) == sentence
    assert without_furniture("地区\t亿元\t38954") == "地区\t亿元\t38954"  # table rows keep their cells


# --- round 13: encodings -----------------------------------------------------------------------------

RING_GB = ("江城市2022年统计公报\n二○二二年，全市地区生产总值5,862.37亿元，比上年增长3.1%。\n"
           "江城市统计局\n二○二三年三月二十日\n")
RING_BIG5 = ("政府統計處今日公布二○二三年十月的零售業總銷貨價值臨時估計為335億元，較二○二二年同月上升5.6%。\n"
             "二○二三年首十個月合計，零售業總銷貨價值臨時估計較二○二二年同期上升17.3%。\n")


@pytest.mark.parametrize(("text", "encoding"), [(RING_GB, "gb18030"), (RING_BIG5, "big5")])
def test_ring_as_zero_does_not_defeat_detection(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "ring.txt"
    path.write_bytes(text.encode(encoding))
    doc = ingest_file(path)
    assert doc.encoding.replace("_", "").startswith(encoding.replace("_", ""))
    assert doc.text == text  # the file is decoded as it is: ○ stays
    assert not doc.warnings


@pytest.mark.parametrize("damage", [lambda b: b[:-1], lambda b: b[:40] + b"\xa3" + b[40:]])
def test_utf8_with_a_bad_byte_is_read_with_a_warning(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    text = "国家统计局11月15日发布数据，10月份社会消费品零售总额43333亿元，同比增长7.6%。" * 3
    path = tmp_path / "damaged.txt"
    path.write_bytes(damage(text.encode()))
    doc = ingest_file(path)
    assert doc.encoding == "utf-8" and doc.text.count("\ufffd") == 1
    assert "not valid UTF-8" in doc.warnings[0]
    assert "not valid UTF-8" in clean_document(doc).warnings[0]


def test_gb18030_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes("国家统计局发布数据。".encode("gb18030"))
    doc = ingest_file(path)
    assert doc.encoding == "gb18030" and not doc.warnings


def test_markdown_footnotes_and_tight_list_items() -> None:
    # round 13: a footnote marker is a note marker (no number), its definition stays as text; each list
    # item is a block of its own, also without 。 after it
    from pipeline.readers.markdown import read_markdown

    text = read_markdown("# 点评\n\n社零增长7.6%[^1]。\n\n- 工业增加值同比增长4.6%\n- 社零同比增长7.6%\n\n"
                         "[^1]: 数据来源：国家统计局。\n\n```\n[^2]: 代码\n```\n")
    assert "增长7.6%[1]。" in text and "[1] 数据来源：国家统计局。" in text
    assert "工业增加值同比增长4.6%\n\n社零同比增长7.6%" in text
    assert "[^2]: 代码" in text  # code stays as written


# --- round 15: a report's delivery line under its title ------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("——2024年1月12日在县第十八届人民代表大会第三次会议上", dt.date(2024, 1, 12)),
    ("（2023年8月28日在市十七届人大常委会第十二次会议上）", dt.date(2023, 8, 28)),
    ("2023年7月25日在省十四届人大常委会第四次会议上", dt.date(2023, 7, 25)),
])
def test_delivery_line_is_the_document_date(tmp_path: Path, line: str, expected: dt.date) -> None:
    path = tmp_path / "budget.txt"
    path.write_text(f"关于2023年预算执行情况的报告\n{line}\n县财政局局长 李某\n\n全县一般公共预算收入增长5%。\n",
                    encoding="utf-8")
    assert ingest_file(path).document_date == expected


def test_a_date_in_the_body_is_no_delivery_line(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    path.write_text("关于预算执行情况的报告\n\n全县一般公共预算收入增长5%，2023年1月10日在县会议上通过。\n",
                    encoding="utf-8")
    assert ingest_file(path).document_date is None


# --- round 15: regional release headers ------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("發布日期：113-08-07", dt.date(2024, 8, 7)),  # a Republic-era date with dashes
    ("發布日期：113/8/7", dt.date(2024, 8, 7)),
    ("更新日期：2024/08/07", dt.date(2024, 8, 7)),
    ("2024年8月16日", dt.date(2024, 8, 16)),  # a release's date alone on its first line
    ("中華民國113年8月16日", dt.date(2024, 8, 16)),
    ("2024-08-30\n新聞公報", dt.date(2024, 8, 30)),
    # unchanged: a first line that says more, or names a span
    ("2024年8月16日至8月20日", None),
    ("2024年8月16日召開記者會", None),
])
def test_regional_release_dates(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"{head}\n本會今日公布，今年7月失業率3.43%。\n", encoding="utf-8")
    assert ingest_file(path).document_date == expected


def test_markdown_heading_lines_from_the_parser(tmp_path: Path) -> None:
    """ATX and setext headings are marked by line for clean; a bold line or a list item is no heading."""
    path = tmp_path / "doc.md"
    source = "# 报告\n\n正文。\n\n二级标题\n--------\n\n**加粗的一行**\n\n1. 列表项\n\n### 1.2.1负债主体\n"
    path.write_text(source, encoding="utf-8")
    doc = ingest_file(path)
    lines = doc.text.split("\n")
    assert {lines[i]: level for i, level in doc.heading_lines.items()} == {"报告": 1, "二级标题": 2, "1.2.1负债主体": 3}


# --- round 17: a briefing transcript's opening sentence ------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("国务院新闻办公室于2023年10月18日（星期三）上午10时举行新闻发布会，请有关负责人介绍前三季度情况。",
     dt.date(2023, 10, 18)),
    ("国新办举行新闻发布会\n2023年11月2日，国务院新闻办公室举行政策例行吹风会，介绍有关情况。", dt.date(2023, 11, 2)),
    ("商务部于2024年1月11日下午举行例行新闻发布会，新闻发言人介绍近期商务工作。", dt.date(2024, 1, 11)),
    ("某某集团将于2024年8月30日举行新闻发布会，介绍半年度业绩。", None),  # a briefing still to come
    ("会议指出，2024年6月20日以来，各地举行了多场发布会。", None),  # a date inside another sentence
    ("全市投资增长5%。\n2024年6月20日，市政府新闻办举行新闻发布会。", None),  # not in the header
])
def test_briefing_opening_dates_the_transcript(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "transcript.txt"
    path.write_text(f"{head}\n付凌晖：今年以来，全国投资增长5%。\n", encoding="utf-8")
    assert ingest_file(path).document_date == expected


@pytest.mark.parametrize(("line", "kept"), [
    ("时间：2024年05月10日 来源：县政府办 点击：[2318]", "时间：2024年05月10日来源：县政府办"),
    ("发布日期：2024-05-10　浏览：1987次", "发布日期：2024-05-10"),
    ("来源：本站 【点击：356】", "来源：本站"),
    ("发布时间：2024-05-10 人气：88", "发布时间：2024-05-10"),
])
def test_bare_counter_labels_are_furniture(line: str, kept: str) -> None:
    from pipeline.readers.html import without_furniture

    assert without_furniture(line) == kept
    assert without_furniture("全年点击量增长12%。") == "全年点击量增长12%。"  # no label and colon: prose
    assert without_furniture("访问：") == "访问："  # a label with no count is left


def test_generated_date_of_an_open_government_block_dates_the_page(tmp_path: Path) -> None:
    path = tmp_path / "xxgk.html"
    path.write_text("<html><body><p>索引号：000014349/2023-00456　　生成日期：2023-11-20　　发布机构：县统计局</p>"
                    "<h1>1-10月全县经济运行情况</h1><p>今年1-10月，全县规模以上工业增加值增长6.1%。</p></body></html>",
                    encoding="utf-8")
    assert ingest_file(path).document_date == dt.date(2023, 11, 20)


@pytest.mark.parametrize(("source", "lines"), [
    # the next table's lead-in line right under a table's rows: text, and the next table starts afresh
    ("| 地区 | 产量（万吨） |\n|---|---|\n| 甲省 | 12.5 |\n按品种分：\n"
     "| 品种 | 产量（万吨） |\n|:--|--:|\n| 早稻 | 3.2 |",
     ["地区\t产量（万吨）", "甲省\t12.5", "", "按品种分：", "品种\t产量（万吨）", "早稻\t3.2"]),
    # a note right under the rows
    ("| 地区 | 销售额（亿元） |\n| --- | --- |\n| 东部 | 105 |\n注：东部含京津冀。",
     ["地区\t销售额（亿元）", "东部\t105", "", "注：东部含京津冀。"]),
    # rows written without the outer pipes stay rows; a blank line ends the table as before
    ("地区 | 销售额（亿元）\n--- | ---\n东部 | 105\n西部 | 33\n\n正文。",
     ["地区\t销售额（亿元）", "东部\t105", "西部\t33", "", "正文。"]),
    # a line without a pipe under a line with one, outside a table, is no table's end
    ("甲 | 乙 两项\n合计三项。", ["甲 | 乙 两项", "合计三项。"]),
])
def test_a_line_without_a_pipe_under_a_markdown_table_ends_it(source: str, lines: list[str]) -> None:
    from pipeline.readers.markdown import read_markdown

    assert read_markdown(source).split("\n") == lines


def test_text_after_an_html_table_is_apart_from_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "budget.html"
    path.write_text(
        "<html><body><p>2024年全县财政收支情况如下，一般公共预算收入继续增长。</p>"
        "<table><tr><td>项目</td><td>金额（万元）</td></tr><tr><td>税收收入</td><td>3000</td></tr></table>"
        "<p>单位：人</p><table><tr><td>指标</td><td>2024年</td></tr><tr><td>供养人员</td><td>5230</td></tr></table>"
        "<p>注：税收收入含上划部分</p></body></html>", encoding="utf-8")
    lines = ingest_file(path).text.split("\n")
    assert lines[lines.index("税收收入\t3000") + 1:] == ["", "单位：人", "指标\t2024年", "供养人员\t5230", "",
                                                     "注：税收收入含上划部分"]


# --- round 50: page titles without <h1>, page furniture in plain text and Markdown --------------------------------


@pytest.mark.parametrize(("title", "heading"), [
    # the article's title printed as <h2>/<h3> under a <title> that writes it whole or before the site's name
    ("2024年2月金融统计数据报告", "<h2 style='text-align:center'>2024年2月金融统计数据报告</h2>"),
    ("3月份全省工业生产情况_江苏省统计局", "<h3 class='tit'>3月份全省工业生产情况</h3>"),
])
def test_a_page_without_h1_takes_its_title_heading(title: str, heading: str) -> None:
    from pipeline.readers.html import read_html

    body = heading + "<p>3月末，广义货币(M2)余额299.56万亿元，同比增长8.7%。</p>" * 3
    text, meta = read_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    first = text.splitlines()[0]
    assert title.startswith(first) and meta["title"] == first and text.count(first) == 1


def test_a_section_heading_is_no_page_title() -> None:
    # look-alikes: an <h2> that is no part of the <title> (a section), and a <title> that is only the site's name
    from pipeline.readers.html import read_html

    body = "<h2>一、广义货币增长8.7%</h2>" + "<p>2月末，广义货币(M2)余额299.56万亿元，同比增长8.7%。</p>" * 3
    for title in ("2024年2月金融统计数据报告", "人行"):
        text, meta = read_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
        assert meta["title"] == title and not text.startswith(title)


@pytest.mark.parametrize(("line", "kept"), [
    # the print and close links of an info line are furniture, bracketed or as four-character labels
    ("发布时间：2024-10-18 10:00 来源：国家统计局 打印本页", "发布时间：2024-10-18 10:00 来源：国家统计局"),
    ("2024-03-13 来源：办公厅【打印】【关闭】", "2024-03-13 来源：办公厅"),
    ("【打印本页】【关闭窗口】", ""),
    ("打印 关闭", ""),
    # look-alikes kept: 打印/关闭 heading a word of prose
    ("打印机产量同比增长12%。", "打印机产量同比增长12%。"),
    ("关闭落后产能企业35家。", "关闭落后产能企业35家。"),
    ("关闭 落后产能企业12家，淘汰落后产能30万吨。", "关闭 落后产能企业12家，淘汰落后产能30万吨。"),  # PDF's spaced text
    ("打印 2024年全市打印设备采购清单", "打印 2024年全市打印设备采购清单"),
])
def test_print_and_close_links_are_furniture(line: str, kept: str) -> None:
    from pipeline.readers.html import without_furniture

    assert without_furniture(line) == kept


@pytest.mark.parametrize(("suffix", "encoding"), [(".txt", "gb18030"), (".txt", "utf-8-sig"), (".md", "utf-8")])
def test_copied_page_furniture_leaves_plain_text_and_markdown(tmp_path: Path, suffix: str, encoding: str) -> None:
    # a page saved as text (GBK, UTF-8 with BOM) or Markdown keeps its print links, share bar, editor and footer
    path = tmp_path / f"page{suffix}"
    path.write_bytes(("商务部：上半年网络零售企稳回升\n\n发布时间：2022-07-29 来源：商务部 浏览次数：1832\n\n"
                      "上半年，实物商品网上零售额5.45万亿元，同比增长5.6%。\n\n打印机产量同比增长12%。\n\n"
                      "责任编辑：王琳\n\n分享到：微信 微博\n\n【打印】【关闭】\n\n"
                      "版权所有：中华人民共和国商务部 京ICP备05004093号\n").encode(encoding))
    doc = ingest_file(path)
    for furniture in ("1832", "王琳", "分享到", "打印】", "关闭", "版权所有"):
        assert furniture not in doc.text
    assert "同比增长5.6%。" in doc.text and "打印机产量同比增长12%。" in doc.text and "来源：商务部" in doc.text
    assert doc.document_date == dt.date(2022, 7, 29)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_notices_organisers_and_code_prompt_stay_in_plain_text(tmp_path: Path, suffix: str) -> None:
    # the lines only a page's layout makes furniture (a footer's 主办单位：, 技术支持：; a QR-code prompt) are a
    # notice's content in text and Markdown (round 50 mend); on an HTML page's footer they are still furniture
    lines = ["一、主办单位：某某市人民政府", "二、承办单位：某某市商务局", "三、协办单位：某某市贸促会",
             "四、技术支持：某某市大数据中心", "参展企业请扫描下方二维码报名，报名截止时间为2024年5月10日。",
             "审核：区商务局会同区财政局对申报材料进行审核。", "校对：申报企业对拨付金额进行校对确认。"]
    path = tmp_path / f"notice{suffix}"
    path.write_text("关于举办2024年某某市消费品博览会的通知\n\n各有关单位：\n" + "\n".join(lines)
                    + "\n【打印】【关闭】\n审核：王琳 李明\n版权所有：某某市商务局\n", encoding="utf-8")
    doc = ingest_file(path)
    assert all(line in doc.text for line in lines)
    for furniture in ("打印】", "王琳", "版权所有"):  # the copied page's own furniture still goes
        assert furniture not in doc.text
    from pipeline.readers.html import without_furniture

    assert without_furniture("主办单位：某某市统计局　技术支持：某某信息技术有限公司") == ""
    assert without_furniture("微信扫一扫二维码关注我们") == ""
    assert without_furniture("审核：区商务局会同区财政局对申报材料进行审核。") == ""  # an HTML page's editor line


_BR_BULLETIN = ("<html><head><title>{title}</title></head><body>"
                "<div class='con_title'>2023年全市国民经济和社会发展统计公报</div>"
                "<div class='con_text'>初步核算，全年全市地区生产总值5872.6亿元，比上年增长5.6%。<br>"
                "年末全市常住人口912.4万人，比上年末增加3.6万人。<br>"
                "<p align='center'>表1　2023年分产业增加值</p><p align='right'>单位：亿元</p>{table}"
                "<p>注：地区生产总值按现价计算。</p></div></body></html>")
_TABLE = ("<table border='1'><tr><td>指标</td><td>绝对数</td><td>比上年增长（%）</td></tr>"
          "<tr><td>第一产业</td><td>212.3</td><td>3.1</td></tr><tr><td>第二产业</td><td>2410.8</td><td>6.2</td></tr></table>")


def test_a_table_inside_a_br_paragraph_keeps_its_rows() -> None:
    # a city bulletin written as one <div> of <br> lines: trafilatura keeps the <table> inside the paragraph, whose
    # cells were glued into prose (…3.6万人。表1 … 第一产业 212.3 3.1 注：…); the caption before it is a line of its own
    from pipeline.readers.html import read_html

    text, meta = read_html(_BR_BULLETIN.format(title="2023年全市国民经济和社会发展统计公报_XX市统计局", table=_TABLE))
    lines = text.splitlines()
    assert "第一产业\t212.3\t3.1" in lines and "第二产业\t2410.8\t6.2" in lines
    assert any(line.startswith("表1") and "比上年" not in line for line in lines)
    assert "注：地区生产总值按现价计算。" in lines and not any("212.3 3.1" in line for line in lines)
    # the title printed as a text block is the <title> without the site's name
    assert meta["title"] == "2023年全市国民经济和社会发展统计公报"


def test_a_br_paragraph_without_a_table_and_a_title_of_its_own() -> None:
    # look-alikes: the same page with no table reads its prose as before; a <title> that is no start of the first
    # lines (a section's name) stays the title
    from pipeline.readers.html import read_html

    text, meta = read_html(_BR_BULLETIN.format(title="统计公报", table=""))
    assert "比上年增长5.6%。" in text and "\t" not in text
    assert meta["title"] == "统计公报"


@pytest.mark.parametrize(("head", "expected"), [
    # round 50: a by-line under the title that ends in a full date dates the note (Markdown emphasis read away)
    ("# 银行业运行简报\n\n*作者：研究所宏观组 · 2024年4月25日*", dt.date(2024, 4, 25)),
    ("# 出口点评\n\n撰文：张三 2024-04-25", dt.date(2024, 4, 25)),
    # look-alikes: a by-line with no date, a date in the by-line that does not end it, a by-line after the text began
    ("# 出口点评\n\n作者：张三", None),
    ("# 出口点评\n\n作者：张三（2019年6月1日入职）研究员", None),
    ("# 出口点评\n\n作者：张三 收稿日期：2023-03-01", None),
    ("# 出口点评\n\n定于下周召开会议。\n\n作者：张三 2024-04-25", None),
    # (mend) look-alikes: the data's cut-off ending a by-line is no day of writing
    ("# 全市金融运行情况\n\n整理：市金融办 数据截至2024年3月31日", None),
    ("# 出口点评\n\n作者：研究所宏观组 统计截止2024-03-31", None),
])
def test_a_by_line_ending_in_a_date_dates_the_note(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"{head}\n\n今年以来，全市投资增长5%。\n", encoding="utf-8")
    assert ingest_file(path).document_date == expected
