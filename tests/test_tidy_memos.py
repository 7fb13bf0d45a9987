"""Readings replaced by ones done once, each compared with the reading it replaced on varied inputs:
the people nouns joined once (``word_ends``), jieba's words of a text taken from the segmentation memo (``cut_words``,
``word_spans``), ``reported_after`` answered once per mention (``after_memo``), the shared change verbs read from
words.yaml (``with_shared_words``; round 41 tidy: 争取's attain words too) and the longest word a text ends or starts
with (``longest_end``, ``longest_start``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import _alternation, _value_words
from pipeline.extract import date_lexicon, dates
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.counts import word_ends
from pipeline.extract.claim_metric.words import cut_words, longest_end, longest_start, word_spans
from pipeline.extract.dates.defaults import Default
from pipeline.nlp.jieba_dict import jieba_tokenizer
from pipeline.resources import load_yaml, use_folder, with_shared_words

_PEOPLE = sorted(cues().words("people_group_heads") | cues().words("bare_counted_people")
                 | cues().words("own_actor_group_heads"))
_CHARS = st.sampled_from(list("脱贫就业困难群众人口人员灵活农村学生职工游客企业的了和在年月日增长下降"))


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=8), st.sampled_from(["", *_PEOPLE]))
def test_the_people_nouns_joined_once_end_the_words_the_union_per_call_ended(text: str, head: str) -> None:
    """The memo answers every ``endswith`` as the union built afresh on each call did (the three lists it joins, and
    the two-list unions of `counts_people_bare` and `_group_acts`), and is built once."""
    rules = cues()
    word = text + head
    for names in (("people_group_heads", "bare_counted_people", "own_actor_group_heads"),
                  ("people_group_heads", "bare_counted_people"), ("people_group_heads", "own_actor_group_heads")):
        union = frozenset().union(*(rules.words(name) for name in names))
        assert word.endswith(word_ends(*names)) == word.endswith(tuple(union))
        assert set(word_ends(*names)) == union
        assert word_ends(*names) is word_ends(*names)


_TEXT = st.text(st.sampled_from(list("国家统计局发布数据显示全省规模以上工业增加值同比增长其中进出口额原保险赔付支出"
                                     "汽车产销量1234567890.%，、（）AB ")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_memo_words_are_the_words_jieba_cuts_again(text: str) -> None:
    """``cut_words`` (memo) gives ``lcut``'s words, and ``word_spans`` gives ``tokenize``'s (word, start, end): what the
    calls of claim_metric that cut a text again now read from the memo."""
    tokenizer = jieba_tokenizer()
    assert cut_words(text) == tokenizer.lcut(text)
    assert list(word_spans(text)) == list(tokenizer.tokenize(text))


_PERIODS = ["11月", "1-11月", "前三季度", "四季度", "下半年", "12月", "12月16日", "10月1日", "9月", "3月"]
_CLAUSES = ["，国家统计局发布数据显示", "，全市发电量7495亿千瓦时，同比增长0.9%", "，多家新势力公布", "交付数据",
            "，预计增长5%", "，力争完成", "。", "，比昨天下降0.12个点", "发布", "统计数据", "，将于", "份",
            "，尚未发布", "左右", "目标"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PERIODS) | st.sampled_from(_CLAUSES), min_size=1, max_size=8),
       st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31)))
def test_reported_after_asked_once_gives_the_years_it_gave_asked_twice(parts: list[str], day: dt.date) -> None:
    """``reported_periods`` and ``year`` ask ``reported_after`` of the same mention; the memo answers the second time
    with the first answer. The dates read with it are the dates read with every answer worked out afresh."""
    text = "".join(parts)
    kept = dates.find_dates(text, day)
    original = Default.reported_after

    def afresh(self: Default, spec: date_lexicon.Spec, c: date_lexicon.Candidate) -> bool:
        self.after_memo.clear()
        return original(self, spec, c)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Default, "reported_after", afresh)
        assert dates.find_dates(text, day) == kept


def test_the_change_verbs_are_one_list_both_readers_share(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """words.yaml holds the change verbs; the claim cues and the layout's ``title_value_change`` read the same list,
    and a user's claims.yaml that adds a change verb still adds it to the claim cues (a list extended, as before)."""
    shared = load_yaml("words.yaml")["change_verbs"]
    assert "change_verbs" not in load_yaml("claims.yaml")["words"]
    assert cues().words("change_verbs") == frozenset(shared)
    layout = load_yaml("layout.yaml")
    assert _value_words(layout)["title_value_change"] == _alternation([*shared, *layout["title_value_continuers"]])
    (tmp_path / "claims.yaml").write_text("words:\n  change_verbs: [猛增]\n", encoding="utf-8")
    try:
        use_folder(tmp_path)
        assert cues().words("change_verbs") == frozenset([*shared, "猛增"])
        assert with_shared_words()["change_verbs"] == shared
    finally:
        use_folder(None)


def test_the_attain_words_are_one_list_claims_and_dates_share(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(round 41 tidy) words.yaml holds 争取's attain_words and attain_word_nouns: claims' `secured_result` and dates'
    `whole_year_secured` read the one list, dates no longer reads claims.yaml. A user's words.yaml word reaches both
    readers (争取获批资金18.6亿元 turns a plan in both); a user's claims.yaml word still reaches the claim cues, as a
    list of claims' own is extended, and no longer the dates (as change_verbs since round 40)."""
    shared = load_yaml("words.yaml")
    claim_words = load_yaml("claims.yaml")["words"]
    assert "claims_alternations" not in date_lexicon.res()
    for name in ("attain_words", "attain_word_nouns"):
        assert name not in claim_words
        assert cues().words(name) == frozenset(shared[name])
    secured, whole_year = cues().pattern("secured_result"), date_lexicon.patterns()["whole_year_secured"]
    funds, look_alike, plan = "争取获批资金18.6亿元", "争取上级补助资金18.6亿元", "争取实现收入100亿元"
    assert secured.search(funds) and whole_year.search(funds)
    assert secured.search(look_alike) and whole_year.search(look_alike)
    assert not secured.search(plan) and not whole_year.search(plan)
    assert secured.search("争取超长期特别国债资金86.3亿元") and whole_year.search("争取超长期特别国债资金86.3亿元")
    for reader, both in (("words.yaml", "attain_words: [获批]\n"), ("claims.yaml", "words:\n  attain_words: [获批]\n")):
        folder = tmp_path / reader.split(".")[0]
        folder.mkdir()
        (folder / reader).write_text(both, encoding="utf-8")
        try:
            use_folder(folder)
            assert not cues().pattern("secured_result").search(funds)
            assert cues().pattern("secured_result").search(look_alike)
            assert bool(date_lexicon.patterns()["whole_year_secured"].search(funds)) == (reader == "claims.yaml")
            assert date_lexicon.patterns()["whole_year_secured"].search(look_alike)
        finally:
            use_folder(None)


_WORD = st.text(st.sampled_from(list("进出口额产销量率利息")), min_size=1, max_size=4)


@settings(max_examples=500, deadline=None)
@given(st.frozensets(_WORD, max_size=8), st.text(st.sampled_from(list("进出口额产销量率利息汽车")), max_size=8))
def test_the_longest_end_is_the_first_end_of_the_words_sorted_longest_first(words: frozenset, text: str) -> None:
    """The helper gives the five sorted-list idioms' answers, whatever order the set iterates in (two ends of one
    length are one word); the start likewise, with the bound `_closed_member` keeps (two characters left after)."""
    ordered = sorted(words, key=len, reverse=True)
    assert longest_end(text, words) == next((w for w in ordered if text.endswith(w)), "")
    assert longest_end(text, ordered[::-1]) == longest_end(text, words)
    assert longest_start(text, words) == next((w for w in ordered if text.startswith(w)), "")
    assert longest_start(text[:max(0, len(text) - 2)], words) == next(
        (w for w in ordered if text.startswith(w) and len(text) - len(w) >= 2), "")
