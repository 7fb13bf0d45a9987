"""Arbitrary text through every stage: nothing raises, every offset holds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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
