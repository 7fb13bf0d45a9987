"""The organisation NER: held-out score floor, tokenizer offsets, and a fast training smoke test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ner import MODEL_DIR, load_model, predict_spans
from pipeline.ner.train import evaluate, heldout_split, read_cluener, score_spans, split_records, train_ner

ROOT = Path(__file__).resolve().parent.parent
CLUENER = ROOT.parent / "shared" / "data" / "cluener" / "train.jsonl"
# Just under the shipped model's measured held-out F1 (see pipeline/models/org_ner/TRAINING.md).
F1_FLOOR = 0.78

needs_data = pytest.mark.skipif(not CLUENER.exists(), reason="../shared CLUENER data not available")


@needs_data
def test_heldout_f1_floor() -> None:
    scores = evaluate(load_model(), heldout_split(CLUENER))
    assert scores["f1"] >= F1_FLOOR, scores


@needs_data
def test_split_is_fixed_and_disjoint() -> None:
    records = read_cluener(CLUENER)
    train_a, held_a = split_records(records)
    train_b, held_b = split_records(records)
    assert held_a == held_b and train_a == train_b
    assert abs(len(held_a) - round(len(records) * 0.1)) <= 1
    assert len(train_a) + len(held_a) == len(records)


def test_shipped_model_is_small_and_documented() -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024
    record = json.loads((MODEL_DIR / "training.json").read_text("utf-8"))
    assert record["heldout"]["f1"] >= F1_FLOOR
    assert len(record["data_sha256"]) == 64


def test_tokenizer_keeps_offsets() -> None:
    nlp = load_model()
    text = "据高德纳（Gartner）数据，2020年 阿里云  排名第3位。\nWTO"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc][5] == "Gartner"
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text


def test_predict_spans_are_offsets() -> None:
    texts = ["浙商银行企业信贷部叶老桂博士则从另一个角度进行了解读。", "", "   "]
    for text, spans in zip(texts, predict_spans(texts), strict=True):
        for start, end in spans:
            assert 0 <= start < end <= len(text)


def test_score_spans() -> None:
    s = score_spans([[(0, 2), (3, 5)]], [[(0, 2), (3, 4)]])
    assert s["precision"] == 0.5 and s["recall"] == 0.5 and s["f1"] == 0.5


def test_train_ner_smoke(tmp_path: Path) -> None:
    """A few steps on a tiny file give a loadable pipeline and a score record."""
    rows = [
        {"text": "浙商银行企业信贷部叶老桂博士进行了解读。", "label": {"company": {"浙商银行": [[0, 3]]}}},
        {"text": "国务院新闻办公室今天举行发布会。", "label": {"government": {"国务院新闻办公室": [[0, 7]]}}},
        {"text": "世界贸易组织预测全球贸易增长。", "label": {"organization": {"世界贸易组织": [[0, 5]]}}},
        {"text": "那不勒斯vs锡耶纳", "label": {"organization": {"那不勒斯": [[0, 3]], "锡耶纳": [[6, 8]]}}},
    ] * 6
    data = tmp_path / "tiny.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    out = tmp_path / "model"
    scores = train_ner(data, out, seed=1, max_steps=3)
    assert set(scores) >= {"precision", "recall", "f1"}
    assert (out / "training.json").exists()
    nlp = load_model(str(out))
    doc = nlp("世界贸易组织预测全球贸易增长。")
    assert doc.text == "世界贸易组织预测全球贸易增长。"


def test_word_feature_marks_each_characters_place_in_its_jieba_word() -> None:
    """The jieba-word feature: one key per (word, B/M/E/S place); the same word gives the same keys."""
    from pipeline.ner import _jieba, _word_keys

    nlp = load_model()
    text = "我们研究所和研究所 Gartner说"
    keys = _word_keys(nlp.make_doc(text)).tolist()
    doc = nlp.make_doc(text)
    assert len(keys) == len(doc)
    words = list(_jieba().cut(text, HMM=False))
    assert "研究所" in words
    first = text.index("研究所")
    second = text.index("研究所", first + 1)
    toks = [t.idx for t in doc]
    a, b = toks.index(first), toks.index(second)
    assert keys[a : a + 3] == keys[b : b + 3]  # same word, same places
    assert len(set(keys[a : a + 3])) == 3  # B, M, E differ
    latin = toks.index(text.index("Gartner"))
    assert keys[latin] != keys[latin - 1]


def test_spans_do_not_depend_on_batching() -> None:
    """Spans and probabilities of a text are the same whatever it is batched with (so batch size
    is a memory setting, not an accuracy one). The probabilities agree to float rounding: OpenBLAS
    sums a matrix product's terms in an order that depends on the number of rows. A document's
    batches depend on that document alone, so its tables are byte-identical in any run."""
    import pipeline.ner as ner

    texts = ["浙商银行企业信贷部叶老桂博士则从另一个角度进行了解读。", "据高德纳（Gartner）数据，阿里云排名第3位。",
             "北京市人民政府和国务院发展研究中心联合发布报告。"]
    alone = [ner.predict_scored_spans([t])[0] for t in texts]
    together = ner.predict_scored_spans(list(reversed(texts)))[::-1]
    assert [[(a, b) for a, b, _ in spans] for spans in alone] == [[(a, b) for a, b, _ in spans] for spans in together]
    assert [p for spans in alone for _, _, p in spans] == pytest.approx([p for spans in together for _, _, p in spans],
                                                                         abs=1e-6)
    assert any(spans for spans in alone)
