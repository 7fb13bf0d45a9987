"""Segment: the sentences of a cleaned document, block by block.

Sentences end at 。！？； (and at English sentence ends in English blocks), never inside
quotes or brackets; a table block gives one sentence per line. The tokenizer
(`pipeline.nlp.tokenizer`) cuts its words at these ends, so sentence ends are token ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.clean import CleanDocument

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
                if line.strip():  # a row's empty edge cells (tabs) are not part of its sentence
                    lead = len(line) - len(line.lstrip())
                    pieces.append((offset + lead, offset + len(line.rstrip())))
                offset += len(line) + 1
        else:
            pieces = split_sentences(text, english=block.kind == "english")
        for begin, end in pieces:
            sentences.append(Sentence(len(sentences), block.start + begin, block.start + end,
                                      block.section, block.kind))
    return sentences
