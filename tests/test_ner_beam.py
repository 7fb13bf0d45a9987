"""The array beam search (pipeline.ner.beam) gives spaCy's own beam results, to the bit: the best
parse and every entity's probability, on texts of the project's kind and on CLUENER's."""

from __future__ import annotations

import json
from typing import Any

import numpy
import pytest
from hypothesis import given, settings
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


def test_batches_searched_side_by_side_parse_as_each_batch_alone() -> None:
    """``beam_parse_batches`` (the extractor's call) gives every batch what ``beam_parse`` gives it alone, to the
    bit: each batch's network calls see the rows its own search gives, whatever the other batches' lengths."""
    nlp, ner = _pipeline()
    groups = [TEXTS[:3], TEXTS[3:5], ["", "央"], TEXTS[5:]]

    def docs(texts: list[str]) -> list[Doc]:
        return list(nlp.pipe(texts, batch_size=len(texts), disable=["ner"]))

    for width, density in [(8, ner.cfg.get("beam_density", 0.0)), (4, 0.05), (1, 0.0)]:
        alone = [beam.beam_parse(ner, docs(texts), width, density) for texts in groups]
        together = beam.beam_parse_batches(ner, [docs(texts) for texts in groups], width, density)
        assert together == alone
    assert any(best for results in alone for best, _ in results)


@settings(deadline=None)  # spaCy's blank vocab is made per example
@given(st.data())
def test_valid_moves_from_the_tables_equal_the_kind_by_kind_reading(data: st.DataObject) -> None:
    """``_Search._valid`` (tabled once per search) against :func:`_valid_by_kind` (the reading it replaced) on random
    docs (spaces, sentence starts, empty docs), labels and open entities, at every step."""
    import spacy

    vocab = spacy.blank("xx").vocab  # lexical attributes set, so " " and "\n" are spaces
    n_labels = data.draw(st.integers(1, 3))
    names = ["", *(f"L{k}" for k in range(n_labels))]
    classes = [("O", 0)] + [(kind, label) for label in range(1, n_labels + 1) for kind in "BILU"] + [("U", 0)]
    moves = beam.Moves(numpy.array(["BILUO".index(k) for k, _ in classes]), numpy.array([lab for _, lab in classes]),
                       tuple(names[lab] for _, lab in classes))
    docs = []
    for _ in range(data.draw(st.integers(1, 4))):
        words = data.draw(st.lists(st.sampled_from(["a", " ", "b", "\n"]), max_size=9))
        doc = Doc(vocab, words=words, spaces=[False] * len(words))
        for token in doc[1:]:
            token.is_sent_start = data.draw(st.booleans())
        docs.append(doc)
    width = data.draw(st.integers(1, 4))
    search = beam._Search(moves, docs, width, 0.0)
    assert search.space[:-1].tolist() == [t.is_space for doc in docs for t in doc]
    for t in range(int(search.lengths.max(initial=0))):
        search.t = t
        search.size[:] = data.draw(st.lists(st.integers(1, width), min_size=len(docs), max_size=len(docs)))
        search.open_start[:] = numpy.array(data.draw(st.lists(st.integers(-1, t), min_size=len(docs) * width,
                                                               max_size=len(docs) * width))).reshape(len(docs), width)
        labels = data.draw(st.lists(st.integers(1, n_labels), min_size=len(docs) * width, max_size=len(docs) * width))
        search.open_label[:] = numpy.where(search.open_start >= 0, numpy.array(labels).reshape(len(docs), width), 0)
        search.token_ids()
        beams, states = search.rows()
        assert (search._valid(beams, states) == _valid_by_kind(search, beams, states)).all()


def _valid_by_kind(search: Any, beams: numpy.ndarray, states: numpy.ndarray) -> numpy.ndarray:
    """``_Search._valid`` as computed kind by kind at every step (the reading its tables replaced, round 40)."""
    t = search.t
    room = (search.lengths[beams] - t) >= 2
    here = search.offsets[beams] + t
    space = search.space[here]
    next_starts = room & search.sent_start[here + 1]  # the next token, when there is one
    opened = search.open_start[beams, states] >= 0
    open_label = search.open_label[beams, states]
    by_kind = (~opened & room & ~next_starts & ~space,  # indexed by kind: BEGIN, IN, LAST, UNIT, OUT
               opened & room & ~next_starts, opened, ~opened & ~space, ~opened)
    moves = search.moves
    valid = numpy.zeros((len(beams), len(moves.kinds)), dtype=bool)
    for clas, (kind, label) in enumerate(zip(moves.kinds.tolist(), moves.labels.tolist(), strict=True)):
        if kind == beam.OUT:
            valid[:, clas] = by_kind[kind]
        elif label and kind in (beam.IN, beam.LAST):  # they continue an entity of their own label
            valid[:, clas] = by_kind[kind] & (open_label == label)
        elif label:
            valid[:, clas] = by_kind[kind]
    return valid
