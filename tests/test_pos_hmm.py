"""The array Viterbi search of jieba's POS HMM gives jieba's own route and score, and the project's
POS tagger uses it."""

from __future__ import annotations

import json
import random
import re

import jieba.posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as jieba_viterbi

from pipeline.nlp import pos_hmm
from pipeline.nlp.jieba_dict import pos_tagger, tag_of
from tests.conftest import SHARED

CLUENER = SHARED / "data" / "cluener" / "train.jsonl"
KNOWN = sorted(char_state_tab_P)


def _jieba(text: str) -> tuple[float, list[tuple[str, str]]]:
    return jieba_viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)


# No deadline: these compare results, not speed, and a shared machine can stall a case past 200 ms.
@settings(deadline=None)
@given(st.lists(st.sampled_from(KNOWN), min_size=1, max_size=10).map("".join))
def test_routes_equal_jiebas_on_characters_it_knows(text: str) -> None:
    assert pos_hmm.viterbi(text) == _jieba(text)


@settings(deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=1, max_size=10))
def test_routes_equal_jiebas_on_any_han_text(text: str) -> None:
    """Characters the HMM never saw may take any state: many equal scores, so ties decide."""
    assert pos_hmm.viterbi(text) == _jieba(text)


@pytest.mark.skipif(not CLUENER.is_file(), reason="needs ../shared/data/cluener")
def test_routes_equal_jiebas_on_real_text() -> None:
    runs = [run for line in CLUENER.read_text(encoding="utf-8").splitlines()[:3000]
            for run in re.findall("[\u4e00-\u9fd5]+", json.loads(line)["text"])]
    for text in random.Random(7).sample(runs, 1500):
        assert pos_hmm.viterbi(text[:16]) == _jieba(text[:16]), text


def test_the_project_tagger_searches_with_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unknown words reach the array search, and their tags equal jieba's own tagger's."""
    calls = []
    search = pos_hmm.viterbi
    monkeypatch.setattr(pos_hmm, "viterbi", lambda text: calls.append(text) or search(text))
    words = ["鲲鹏澎湃", "赣湘黔", "蔚来汽车", "哔哩哔哩", "某某某"]
    plain = jieba.posseg.POSTokenizer(pos_tagger().tokenizer)  # jieba's own search, the same dictionaries
    plain.word_tag_tab = pos_tagger().word_tag_tab
    ours = [[tuple(p) for p in pos_tagger().cut(w)] for w in words]
    assert ours == [[tuple(p) for p in plain.cut(w)] for w in words]
    assert calls
    tag_of.cache_clear()
    assert tag_of("赣湘黔") == next(iter(plain.cut("赣湘黔"))).flag


@pytest.mark.parametrize(("text", "words"), [
    # round 41 mend: jieba's HMM glued a phrase's last character and an adverb into one word (内共, 内均): split
    # before the adverb when a verb follows, by the tokenizer and the POS tagger alike
    ("本年度内共完成审计项目", ["本年度", "内", "共", "完成", "审计", "项目"]),
    ("任期内共完成项目", ["任期", "内", "共", "完成", "项目"]),
    ("全年内均实现增长", ["全年", "内", "均", "实现", "增长"]),
    # look-alikes: no verb after it, a dictionary word (共有, 总共), a person's name (王均: nr)
    ("园区内共300家企业", ["园区", "内共", "300", "家", "企业"]),
    ("园区内共有企业", ["园区", "内", "共有", "企业"]),
    ("总共完成项目", ["总共", "完成", "项目"]),
    ("王均表示同意", ["王均", "表示同意"]),
])
def test_an_adverb_glued_by_the_hmm_is_split_before_a_verb(text: str, words: list[str]) -> None:
    from pipeline.nlp.jieba_dict import pos_tagger
    from pipeline.nlp.language import doc_from_text

    assert [t.text for t in doc_from_text(text)] == words
    assert [w.word for w in pos_tagger().lcut(text)] == words
