"""The array beam search (pipeline.ner.beam) gives spaCy's own beam results, to the bit: the best
parse and every entity's probability, on texts of the project's kind and on CLUENER's."""

from __future__ import annotations

import json
from typing import Any

import numpy
import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

import pipeline.ner as ner_model
from pipeline.ner import beam
from tests.conftest import SHARED

CLUENER = SHARED / "data" / "cluener" / "train.jsonl"
TEXTS = [
    "浙商银行企业信贷部叶老桂博士则从另一个角度进行了解读。",
    "据高德纳（Gartner）数据，阿里云排名第3位。",
    "北京市人民政府和国务院发展研究中心联合发布报告。",
    "中国人民银行、国家金融监督管理总局 和 中国证监会 联合印发《通知》。",
    "国家统计局：1—11月份，全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。",
    "本报告由华泰证券股份有限公司制作，仅供华泰证券客户使用。",
    "央",
    "IMF 和 OECD 下调了 2024 年的增长预期",
]


def _pipeline() -> tuple[Any, Any]:
    nlp = ner_model.load_model(beam_width=ner_model.BEAM_WIDTH)
    return nlp, nlp.get_pipe("ner")


def _spacy(ner: Any, docs: list[Doc], width: int, density: float) -> list[tuple[list[Any], dict[Any, float]]]:
    beams = ner.beam_parse(docs, beam_width=width, beam_density=density)
    scores = ner.scored_ents(beams)
    ner.set_annotations(docs, beams)
    return [([(e.start, e.end, e.label_) for e in doc.ents], dict(s)) for doc, s in zip(docs, scores, strict=True)]


def _compare(texts: list[str], width: int = ner_model.BEAM_WIDTH, density: float | None = None,
             sentence_starts: bool = False) -> int:
    nlp, ner = _pipeline()
    density = ner.cfg.get("beam_density", 0.0) if density is None else density

    def docs() -> list[Doc]:
        made = list(nlp.pipe(texts, batch_size=len(texts), disable=["ner"]))
        if sentence_starts:  # a sentence start every 7 tokens: no entity may cross it
            for doc in made:
                for token in doc[1:]:
                    token.is_sent_start = token.i % 7 == 0
        return made

    ours, theirs = docs(), docs()
    assert beam.supports(ner, ours)
    expected = _spacy(ner, theirs, width, density)
    found = beam.beam_parse(ner, ours, width, density)
    assert found == expected
    return sum(len(best) for best, _ in found)


def test_the_project_texts_parse_as_spacy_parses_them() -> None:
    assert _compare(TEXTS) > 3


@pytest.mark.parametrize("width, density", [(8, 0.0), (4, 0.0001), (2, 0.05), (1, 0.0)])
def test_other_widths_and_densities(width: int, density: float) -> None:
    _compare(TEXTS, width, density)


@pytest.mark.parametrize("density", [0.0001, 0.05])
def test_pruning_row_by_row_with_libm_exp_is_spacys_too(monkeypatch: pytest.MonkeyPatch, density: float) -> None:
    """Every row through the exact path a share near the cut-off takes (normally a rare one)."""
    monkeypatch.setattr(beam, "_ROUNDING_MARGIN", numpy.inf)
    _compare(TEXTS, 4, density)


def test_entities_do_not_cross_sentence_starts_as_in_spacy() -> None:
    _compare(TEXTS, sentence_starts=True)


def test_whole_documents_take_the_array_search() -> None:
    """The extractor's model call uses it, and keeps spaCy's results (its docs carry no preset entities)."""
    nlp, ner = _pipeline()
    spans = ner_model.predict_scored_spans(TEXTS)
    assert any(spans)
    assert beam.supports(ner, list(nlp.pipe(TEXTS, disable=["ner"])))


@pytest.mark.skipif(not CLUENER.is_file(), reason="needs ../shared")
def test_cluener_sentences_parse_as_spacy_parses_them() -> None:
    with CLUENER.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line, _ in zip(lines, range(600), strict=False)]
    found = sum(_compare(texts[k:k + 100]) for k in range(0, len(texts), 100))
    assert found > 300


@given(st.lists(st.floats(min_value=-1e4, max_value=1e4, allow_nan=False), max_size=24))
def test_softmax_is_thincs_to_the_bit(scores: list[float]) -> None:
    search = pytest.importorskip("thinc.extra.search")
    if not hasattr(search, "_softmax"):
        pytest.skip("this thinc has no _softmax to compare with")
    assert beam._softmax(scores) == search._softmax(scores)
