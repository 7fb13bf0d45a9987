"""A document's title line is text of the document: kept once, where it stands, however the reader
spaced it."""

from __future__ import annotations

from pipeline.clean import clean_document
from pipeline.ingest import RawDocument


def _raw(text: str, title: str) -> RawDocument:
    return RawDocument("d", "d.html", "0", text, "html", title=title)


def test_title_line_kept_once() -> None:
    body = "本市昨日举行马拉松，三万人参加。\n\n赛事由市体育局主办。"
    clean = clean_document(_raw("三万人参加马拉松\n\n" + body, "三万人参加马拉松"))
    assert clean.text.count("三万人参加马拉松") == 1 and clean.text.startswith("三万人参加马拉松\n")
    assert "本市昨日举行马拉松，三万人参加。" in clean.text


def test_title_kept_where_it_stands_when_spaced_differently() -> None:
    # a PDF's first page puts the date above the title; the <title> spaces Chinese words apart
    clean = clean_document(_raw("2020年06月24日\n\n外资 流入 能否持续\n\n正文第一段。", "外资 流入能否持续"))
    assert clean.text.index("2020年06月24日") < clean.text.index("外资流入能否持续") < clean.text.index("正文")
