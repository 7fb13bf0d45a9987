"""The simplified copy of a document takes the original's words where the two texts agree (round 35): the same
words, tags and sentence starts as segmenting the copy whole, on texts of mixed scripts, sentences and blocks, with
tokens the original had split by spans written since."""

from __future__ import annotations

import random

from spacy.attrs import IDX, SENT_START, TAG

from pipeline.clean import Block, CleanDocument
from pipeline.nlp.doc import write_group
from pipeline.nlp.language import load
from pipeline.nlp.tokenizer import JiebaTokenizer, text_document
from pipeline.script import simplified

_PIECES = ["粵港澳大灣區發展規劃綱要", "中国人民银行", "營業收入", "增长7.3%", "，", "。", "\n", " ", "《", "》",
           "2019年", "國務院港澳事務辦公室", "A股", "1,234.5億元", "臺灣", "一带一路", "！", "§3", "「", "」"]


def _clean(text: str, blocks: list[Block]) -> CleanDocument:
    return CleanDocument(doc_id="t", source_path="", sha256="", text=text, title="", document_date=None,
                         blocks=blocks)


def test_the_simplified_copy_is_cut_as_if_segmented_whole() -> None:
    rng = random.Random(35)
    tokenizer = JiebaTokenizer(load().vocab)
    for _ in range(150):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 30)))
        blocks = text_document(text).blocks if rng.random() < 0.5 else [Block(0, len(text), "paragraph", "body")]
        original = tokenizer.from_clean(_clean(text, blocks))
        spans = sorted({(a, min(len(text), a + rng.randrange(1, 5))) for a in rng.sample(range(len(text)),
                                                                                          min(3, len(text)))})
        spans = [s for i, s in enumerate(spans) if i == 0 or spans[i - 1][1] <= s[0]]
        original = write_group(original, "probe", [(a, b, "x", None, None) for a, b in spans])  # split tokens
        copy = _clean(simplified(text), blocks if rng.random() < 0.8 else [])
        whole, shared = tokenizer.from_clean(copy), tokenizer.from_clean(copy, like=original)
        assert [t.text for t in whole] == [t.text for t in shared], text
        assert (whole.to_array([IDX, TAG, SENT_START]) == shared.to_array([IDX, TAG, SENT_START])).all(), text
