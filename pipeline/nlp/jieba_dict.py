"""jieba with the project's dictionaries, loaded once per process, and its POS tags."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator

import jieba
import jieba.posseg

from pipeline.chars import is_han
from pipeline.nlp.pos_hmm import ArrayPOSTokenizer
from pipeline.resources import cached, resource_files


@cached
def default_jieba() -> jieba.Tokenizer:
    """jieba with its own default dictionary only, loaded once per process: the organisation
    model's word feature reads it, and ``jieba_tokenizer`` starts from a copy of it (reading
    jieba's dictionary cache is most of a worker's start-up: once, not twice)."""
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@cached
def jieba_tokenizer() -> jieba.Tokenizer:
    """jieba with the project's dictionaries (package and user folder), loaded once per process."""
    base = default_jieba()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(base.FREQ), base.total, True  # as initialize() leaves it
    for path in resource_files("user_dict.txt"):
        tok.load_userdict(str(path))
    return tok


def jieba_runs(text: str, begin: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The runs jieba segments one by one in ``text[begin:end]``, as offsets of ``text``. jieba splits a text at
    ``jieba.re_han_default`` (maximal runs of Han in U+4E00-U+9FD5, ASCII letters and digits and ``+#&._%-``; other
    Han, such as extension A, break them) and segments each such run, and each stretch between two, alone."""
    at = begin
    for run in jieba.re_han_default.split(text[begin:end]):
        if run:
            yield at, at + len(run)
            at += len(run)


@cached
def dictionary_key() -> str:
    """What ``jieba_tokenizer`` segments with: a digest of jieba's version, the user dictionaries it loads and its
    words' repairs (tokenizer.yaml; cleared with it when the resources change), so words kept with a Doc are reused
    only under the same dictionary, in any process (round 35: ``JiebaTokenizer.from_clean`` records it with its
    cuts)."""
    digest = hashlib.sha256(jieba.__version__.encode())
    for path in [*resource_files("user_dict.txt"), *resource_files("tokenizer.yaml")]:  # its words' repairs
        digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()


@cached
def pos_tagger() -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech segmenter over the same dictionary (its HMM searched over arrays:
    ``pipeline.nlp.pos_hmm``)."""
    tagger = ArrayPOSTokenizer(jieba_tokenizer())
    tagger.makesure_userdict_loaded()
    return tagger


_NUMBER = re.compile(r"[.0-9]+")
_LATIN = re.compile(r"[a-zA-Z0-9]+")


@cached
def tag_of(word: str) -> str:
    """POS tag of one word as jieba's POS segmenter gives it: outside Chinese m (digits), eng (Latin)
    or x; a Chinese word the dictionary's tag, else what the tagger's HMM makes of the word alone."""
    if not any(is_han(ch) for ch in word):
        return "m" if _NUMBER.fullmatch(word) else "eng" if _LATIN.fullmatch(word) else "x"
    tagger = pos_tagger()
    return tagger.word_tag_tab.get(word) or next(iter(tagger.cut(word))).flag
