"""Segment: cleaned text → sentences and one spaCy Doc built from jieba tokens.

The Doc is the single object every extractor reads. Its text is exactly the
cleaned text (whitespace kept as tokens), so token and span offsets are offsets
into `extracted/texts/<doc_id>.txt`. Sentence ends are always token boundaries.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import re
from dataclasses import dataclass
from functools import cache

import jieba
import jieba.posseg
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.clean import Block, CleanDocument
from pipeline.resources import resource_path

_CLOSERS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』", "【": "】", "[": "]"}
_ZH_END = set("。！？；!?;")
_TRAILING = set("”’）)」』】》\"'")
_EN_END = re.compile(r"[.!?;](?=[\"'”’)]*\s+\S)")


@dataclass(frozen=True)
class Sentence:
    sent_id: int
    start: int
    end: int
    section: str
    block: str


for _name, _default in [("doc_id", ""), ("document_date", None), ("blocks", None), ("sentences", None),
                        ("title", "")]:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@cache
def tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer with the project's user dictionary, loaded once per process."""
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    tok.load_userdict(str(resource_path("user_dict.txt")))
    return tok


@cache
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tagger over the same tokenizer (user dictionary included)."""
    return jieba.posseg.POSTokenizer(tokenizer())


@cache
def blank_nlp() -> Language:
    """The spaCy Chinese vocabulary that Docs are built on (no pipeline components)."""
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


def _matched_brackets(text: str) -> list[tuple[int, int]]:
    """Spans of balanced quote/bracket pairs; unbalanced openers are ignored."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    closers = set(_CLOSERS.values())
    for i, ch in enumerate(text):
        if ch in _CLOSERS and not (ch in closers and stack and _CLOSERS[stack[-1][0]] == ch):
            stack.append((ch, i))
        elif ch in closers:
            for depth in range(len(stack) - 1, -1, -1):
                if _CLOSERS[stack[depth][0]] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return pairs


def split_sentences(text: str, english: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of one block: split on 。！？； never inside quotes or brackets."""
    protected = [False] * len(text)
    for open_at, close_at in _matched_brackets(text):
        for i in range(open_at + 1, close_at):
            protected[i] = True
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        is_end = ch in _ZH_END and not protected[i]
        if english and ch in ".!?;" and not protected[i]:
            is_end = bool(_EN_END.match(text, i))
        if is_end:
            j = i + 1
            while j < len(text) and (text[j] in _TRAILING or text[j] in _ZH_END):
                j += 1
            spans.append((start, j))
            start = j
            i = j
            continue
        i += 1
    spans.append((start, len(text)))
    result = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            result.append((begin, end))
    return result


def sentences_of(clean: CleanDocument) -> list[Sentence]:
    """Sentences of every block; a table block gives one sentence per line (row or cell)."""
    sentences: list[Sentence] = []
    for block in clean.blocks:
        text = clean.text[block.start:block.end]
        if block.kind == "table":
            pieces, offset = [], 0
            for line in text.split("\n"):
                if line.strip():
                    pieces.append((offset, offset + len(line)))
                offset += len(line) + 1
        else:
            pieces = split_sentences(text, english=block.kind == "english")
        for begin, end in pieces:
            sentences.append(Sentence(len(sentences), block.start + begin, block.start + end,
                                      block.section, block.kind))
    return sentences


def build_doc(clean: CleanDocument) -> Doc:
    """One spaCy Doc per document: jieba tokens, sentence starts, blocks and metadata."""
    sentences = sentences_of(clean)
    cuts = sorted({0, len(clean.text)} | {s.start for s in sentences} | {s.end for s in sentences}
                  | {b.start for b in clean.blocks} | {b.end for b in clean.blocks})
    starts = {s.start for s in sentences}
    words: list[str] = []
    sent_starts: list[bool] = []
    jieba_tokenizer = tokenizer()
    for begin, end in itertools.pairwise(cuts):
        piece = clean.text[begin:end]
        for word, w_start, _ in jieba_tokenizer.tokenize(piece, HMM=True):
            words.append(word)
            sent_starts.append(begin + w_start in starts)
    if sent_starts:
        sent_starts[0] = True
    assert "".join(words) == clean.text, "tokens must reproduce the cleaned text exactly"
    doc = Doc(blank_nlp().vocab, words=words, spaces=[False] * len(words), sent_starts=sent_starts)
    doc.user_data["text"] = clean.text  # see doc_text
    doc._.doc_id = clean.doc_id
    doc._.document_date = clean.document_date
    doc._.blocks = clean.blocks
    doc._.sentences = sentences
    doc._.title = clean.title
    return doc


def doc_text(doc: Doc) -> str:
    """The Doc's text. spaCy's Doc.text rebuilds the string from a Token object per token on every
    access (about as slow as segmenting it); build_doc keeps the string it was made from."""
    text = getattr(doc, "user_data", {}).get("text")  # duck-typed docs (tests) have only .text
    return text if isinstance(text, str) else doc.text


def sentence_id_at(doc: Doc, offset: int) -> int | None:
    """The sentence that contains a character offset (None between sentences)."""
    sentences: list[Sentence] = doc._.sentences or []
    if "sentence_starts" not in doc.user_data:  # built once per Doc: every extracted row asks
        doc.user_data["sentence_starts"] = [s.start for s in sentences]
    index = bisect.bisect_right(doc.user_data["sentence_starts"], offset) - 1
    if index >= 0 and sentences[index].start <= offset < sentences[index].end:
        return sentences[index].sent_id
    return None


def doc_from_text(text: str, document_date: dt.date | None = None, doc_id: str = "text") -> Doc:
    """A Doc over text taken as it is (one paragraph a line): for tests and library use."""
    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(offset, offset + len(line), "paragraph", "body"))
        offset += len(line) + 1
    clean = CleanDocument(doc_id=doc_id, source_path="", sha256="", text=text, title="",
                          document_date=document_date, blocks=blocks)
    return build_doc(clean)
