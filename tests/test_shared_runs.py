"""The simplified copy of a document takes the original's words where the two texts agree: the same
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


_MIXED = "中华人民共和国国务院发布公告，國務院港澳事務辦公室回应"


def _fresh(text: str) -> list[str]:
    return [t.text for t in JiebaTokenizer(load().vocab)(text)]


def test_a_doc_of_another_tokenizer_lends_no_words() -> None:
    # round 35 mend (probe_like.py): spaCy's own zh tokenizer cuts single characters; a Span.as_doc and a DocBin
    # without user_data keep no record of the cut either: the copy is segmented afresh, as base did
    import spacy
    from spacy.tokens import Doc, DocBin

    from pipeline.extract.organizations.script import simplified_doc
    from pipeline.nlp.doc import register_extensions
    from pipeline.nlp.tokenizer import _SharedRuns

    register_extensions()
    blank = spacy.blank("zh")
    ours = JiebaTokenizer(load().vocab)(_MIXED)
    stored = DocBin(store_user_data=False, docs=[ours])
    others = [blank(_MIXED), Doc(blank.vocab, words=list(_MIXED), spaces=[False] * len(_MIXED)),
              ours[:].as_doc(), next(iter(stored.get_docs(load().vocab)))]
    expected = _fresh(simplified(_MIXED))
    assert expected[:2] == ["中华人民共和国国务院", "发布公告"]
    for other in others:
        assert _SharedRuns.of(other, simplified(_MIXED)) is None
        assert [t.text for t in simplified_doc(other)] == expected
    assert _SharedRuns.of(ours, simplified(_MIXED)) is not None  # the pipeline's own Doc still lends its words
    assert [t.text for t in simplified_doc(ours)] == expected


def test_words_cut_under_another_dictionary_are_not_lent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # round 35 mend (probe_swap.py): a user_dict.txt swapped in after the original was cut; the copy is cut with
    # the new dictionary throughout, not the old words in the shared runs
    from pipeline import resources
    from pipeline.extract.organizations.script import simplified_doc

    tokenizer = JiebaTokenizer(load().vocab)
    original, lookalike = tokenizer(_MIXED), tokenizer("中华人民共和国国务院发布公告。")
    (tmp_path / "user_dict.txt").write_text("中华人民共和国国务院发布公告 100 nt\n", encoding="utf-8")
    before = resources._user_folder
    try:
        resources.use_folder(tmp_path)
        copy = [t.text for t in simplified_doc(original)]
        assert copy[:3] == ["中华人民共和国国务院发布公告", "，", "国务院"] and copy == _fresh(simplified(_MIXED))
        again = tokenizer.from_clean(text_document(lookalike._.text), like=lookalike)
        assert again[0].text == "中华人民共和国国务院发布公告"
    finally:
        resources.use_folder(before)
    assert [t.text for t in simplified_doc(original)][:2] == ["中华人民共和国国务院", "发布公告"]
