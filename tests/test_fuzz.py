"""Arbitrary text through every stage: nothing raises, every offset holds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_document
from pipeline.ingest import RawDocument
from pipeline.nlp.language import extract_all, make_doc

PIECES = ["年", "月", "日", "亿", "万", "元", "美元", "%", "。", "，", "“", "”", "（", "）", "\n", "\n\n", " ",
          "表1 ", "图2 ", "一、", "1.", "注释", "据", "海关总署", "统计", "增长", "倍", "约", "多", "十四五",
          "2021", "3.5", "两", "十", "华为", "公司", "\t", "Abstract: ", "the ", "①", "数据来源："]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["text", "markdown", "pdf", "html"]))
@example("\t年\t年", "text")  # a table row with an empty first cell: its sentence starts at the first cell
def test_any_text_goes_through_every_stage(text: str, fmt: str) -> None:
    clean = clean_document(RawDocument("fuzz", "fuzz.txt", "", text, fmt))
    doc = make_doc(clean)
    assert doc.text == clean.text
    rows = extract_all(doc)
    for table in ("numbers", "dates", "organizations"):
        for row in rows[table]:
            assert clean.text[row["start"]:row["end"]] == row["text"], (table, row)
    for block in clean.blocks:
        assert 0 <= block.start < block.end <= len(clean.text)
    for sentence in doc._.sentences:
        assert clean.text[sentence.start:sentence.end].strip() == clean.text[sentence.start:sentence.end]


# --- readers and whole documents: random bytes, Unicode, numerals and PDF bytes -------------------

NUMERALS = st.lists(st.one_of(
    st.sampled_from(list("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟点负第余多几")),
    st.sampled_from(["0", "1", "2", "3.5", "2021", "16.04", "%", "‰", "万亿元", "美元", "个百分点", "倍", "年", "月",
                     "日", "季度", "上半年", "同比增长", "下降", "，", "。", "约", "近", "－", "-", "～", "/", "\n"]),
    st.text(max_size=3)), max_size=80).map("".join)


def _offsets_hold(result) -> None:
    text = result.clean_text
    for table in ("sentences", "numbers", "dates", "organizations"):
        for row in result.rows[table]:
            assert 0 <= row["start"] <= row["end"] <= len(text) and text[row["start"]:row["end"]] == row["text"]
    for row in result.rows["claims"]:
        assert 0 <= row["number_start"] <= row["number_end"] <= len(text)
    for row in result.rows["tables"]:
        if row.get("start") is not None:
            assert 0 <= row["start"] <= row["end"] <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.one_of(NUMERALS, st.text(max_size=300)), st.sampled_from([".txt", ".md", ".html"]),
       st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_any_file_is_ok_or_one_failed_line(tmp_path_factory, text: str, suffix: str, encoding: str) -> None:
    """Whole documents from random Unicode and numerals: a result, never an exception; offsets valid."""
    from pipeline.process import InputFile, process_file

    path = tmp_path_factory.mktemp("fuzz") / f"doc{suffix}"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = process_file(InputFile(path, "doc"))
    if result.status == "ok":
        _offsets_hold(result)
    else:
        assert result.error and "\n" not in result.error and not result.error.startswith("unexpected")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_decoding_random_bytes_raises_only_ingest_errors(data: bytes) -> None:
    from pipeline.ingest import IngestError, decode_bytes, not_text_reason

    try:
        text, encoding = decode_bytes(data)
    except IngestError as err:
        assert "\n" not in str(err)
        return
    assert isinstance(text, str) and encoding
    not_text_reason(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<table>", "<tr>", "<td>", "</td>", "<h1>", "<script>",
                                           "<nav>", "<!--", "-->", "<meta name='date' content='2022-13-45'>",
                                           "|", "| --- |", "```", "# ", "**", "[a](", ")", "\t", "\n"]),
                          st.text(max_size=5)), max_size=60).map("".join))
def test_html_and_markdown_readers_never_raise(text: str) -> None:
    from pipeline.readers.html import read_html
    from pipeline.readers.markdown import read_markdown

    html_text, meta = read_html(text)
    assert isinstance(html_text, str) and isinstance(meta, dict)
    assert isinstance(read_markdown(text), str)


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path_factory.mktemp("pdf") / "small.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 700, "据海关总署统计，2021年进出口增长21.4%。")
    pdf.save()
    return path.read_bytes()


def test_a_pdf_whose_pages_cannot_be_listed_is_one_ingest_error(tmp_path, small_pdf: bytes) -> None:
    """A font dictionary broken in place and the page's cross-reference entry unreadable (hypothesis found such a
    file): pdfminer looks for the page object by scanning, fails while listing the pages, and again when
    pdfplumber closes the file; one IngestError line, no traceback."""
    from pipeline.ingest import IngestError, ingest_file

    broken = small_pdf.replace(b"/Registry (Adobe)", b"/Registry /Adobe)")
    table = broken.rindex(b"\nxref\n") + 1
    entries = broken[table:].split(b"\n")[2:]  # "xref", "0 N", then one entry per object
    page = next(i for i, line in enumerate(entries) if line.endswith(b" n ") and i > 0
                and b"/Type /Page\n" in broken[int(line[:10]):int(line[:10]) + 400].split(b"endobj")[0])
    at = table + len(b"\n".join(broken[table:].split(b"\n")[:2 + page])) + 1
    broken = broken[:at] + b"\x00" + broken[at + 1:]
    assert broken != small_pdf
    path = tmp_path / "broken.pdf"
    path.write_bytes(broken)
    with pytest.raises(IngestError) as caught:
        ingest_file(path)
    assert "\n" not in str(caught.value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_damaged_pdf_bytes_raise_only_ingest_errors(tmp_path_factory, small_pdf: bytes, data) -> None:
    """A real PDF with bytes overwritten, cut or replaced: read, or one IngestError line."""
    from pipeline.ingest import IngestError, ingest_file

    damaged = bytearray(small_pdf)
    for _ in range(data.draw(st.integers(0, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    damaged = damaged[: data.draw(st.integers(1, len(damaged)))]
    if data.draw(st.booleans()):
        damaged = bytearray(b"%PDF-1.4\n" + data.draw(st.binary(max_size=500)))
    path = tmp_path_factory.mktemp("pdf") / "damaged.pdf"
    path.write_bytes(bytes(damaged))
    try:
        doc = ingest_file(path)
    except IngestError as err:
        assert "\n" not in str(err)
        return
    assert doc.text.strip()
