"""Segment: the sentences of a cleaned document, block by block.

Sentences end at 。！？； (and at English sentence ends in English blocks), never inside
quotes or brackets; a table block gives one sentence per line; no sentence is longer than
`limits.MAX_SENTENCE_CHARS` (a 1 MB line with no sentence end becomes bounded pieces). The tokenizer
(`pipeline.nlp.tokenizer`) cuts its words at these ends, so sentence ends are token ends.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.clean import CleanDocument, headline_gaps
from pipeline.limits import MAX_SENTENCE_CHARS
from pipeline.resources import load_yaml

_CLOSERS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』", "【": "】", "[": "]"}
_CLOSER_SET = set(_CLOSERS.values())
_OPENERS_OF = {closer: [o for o, c in _CLOSERS.items() if c == closer] for closer in _CLOSER_SET}
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
    gap_before: bool = False  # it starts at an inline bullet or at the data after a headline: the sentence before it
    # in its block runs on to it with no sentence end, set apart by a space (and a dash) only (rounds 25-26)
    gap_after: bool = False  # such a gap ends it and it ends in no punctuation: a headline, where it holds no value
    # (- 盈利能力显著提升⎵毛利率…, - 盈利能力 - 毛利率…: round 26; not …31.5% [4] - …)


def _matched_brackets(text: str) -> list[tuple[int, int]]:
    """Spans of balanced quote/bracket pairs; unbalanced openers are ignored. A closer pairs with the
    innermost open opener of its kind, closing everything opened after it; each opener's places on
    the stack are kept by kind, so a closer finds its opener at once (linear, however many are open)."""
    stack: list[tuple[str, int]] = []
    places: dict[str, list[int]] = {}  # opener → its indices on the stack, innermost last
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in _CLOSERS and not (ch in _CLOSER_SET and stack and _CLOSERS[stack[-1][0]] == ch):
            places.setdefault(ch, []).append(len(stack))
            stack.append((ch, i))
        elif ch in _CLOSER_SET:
            depth = max((places[o][-1] for o in _OPENERS_OF[ch] if places.get(o)), default=None)
            if depth is not None:
                pairs.append((stack[depth][1], i))
                for opener, _ in stack[depth:]:
                    places[opener].pop()
                del stack[depth:]
    return pairs


def _inline_bullets(text: str, protected: list[bool]) -> dict[int, int]:
    """Inline bullets of a summary run together on one line (``layout.yaml`` inline_bullet): where each
    separator starts → where it ends, outside brackets; in a formula (an operator between spaces) a dash is a minus."""
    layout = load_yaml("layout.yaml")
    formula = re.search(layout["inline_bullet_formula"], text) is not None
    found = [m for m in re.finditer(layout["inline_bullet"], text) if not (formula and m.lastgroup == "dash")]
    dashed = any(m.lastgroup == "dash" for m in found)  # (marks between spaces end a bullet of a summary only)
    gaps = (m.span(m.lastgroup or 0) for m in found if dashed or m.lastgroup != "spaced")
    return {start: end for start, end in gaps if not protected[start]}


def split_sentences(text: str, english: bool = False, item: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of one block: split on 。！？； never inside quotes or brackets, and (outside English
    blocks) at an inline bullet (round 25) and at the space after a list item's or a bullet's headline (round 26)."""
    return [(begin, end) for begin, end, _, _ in _pieces(text, english, item)]


def _pieces(text: str, english: bool, item: bool, title: bool = False) -> list[tuple[int, int, bool, bool]]:
    """The sentence spans of `split_sentences`, each with whether it starts at an inline bullet or after a headline's
    space (`Sentence.gap_before`) and whether such a gap ends it, after no punctuation (`Sentence.gap_after`)."""
    protected = _inside_pairs(len(text), _matched_brackets(text))
    bullets = {} if english else _inline_bullets(text, protected)
    if not english:
        bullets.update({a: b for a, b in headline_gaps(text, item, title).items() if not protected[a]})
    spans: list[tuple[int, int, bool, bool]] = []  # (start, end, opened at a gap, ended at a gap)
    start = 0
    opened = False
    i = 0
    while i < len(text):
        if i in bullets:
            spans.append((start, i, opened, True))
            start = i = bullets[i]
            opened = True
            continue
        ch = text[i]
        is_end = ch in _ZH_END and not protected[i]
        if english and ch in ".!?;" and not protected[i]:
            is_end = bool(_EN_END.match(text, i))
        if is_end:
            j = i + 1
            while j < len(text) and (text[j] in _TRAILING or text[j] in _ZH_END):
                j += 1
            spans.append((start, j, opened, False))
            start = j
            opened = False
            i = j
            continue
        i += 1
    spans.append((start, len(text), opened, False))
    result = []
    for span_start, span_end, gap_before, gap_after in spans:
        pieces = bounded(text, span_start, span_end)
        for k, (begin, end) in enumerate(pieces):
            while begin < end and text[begin].isspace():
                begin += 1
            while end > begin and text[end - 1].isspace():
                end -= 1
            if end > begin:  # (a long span's pieces: its first starts where it starts, its last ends where it ends)
                last = gap_after and k == len(pieces) - 1 and not unicodedata.category(text[end - 1]).startswith("P")
                result.append((begin, end, gap_before and k == 0, last))
    return result


def _inside_pairs(n: int, pairs: list[tuple[int, int]]) -> list[bool]:
    """Whether each position lies strictly inside some pair: one pass over a difference array, so
    deeply nested or long brackets cost their number, not their summed lengths."""
    depth = [0] * (n + 1)
    for open_at, close_at in pairs:
        if close_at > open_at + 1:
            depth[open_at + 1] += 1
            depth[close_at] -= 1
    inside, level = [False] * n, 0
    for i in range(n):
        level += depth[i]
        inside[i] = level > 0
    return inside


_SOFT_CUTS = set("，、,：:　 \t")


def bounded(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """A span longer than `limit` (a line with no sentence end, a bracket that never closes) cut into
    pieces of at most `limit` characters: after the last comma or space in a piece's last tenth when
    there is one, else at the limit. Linear in the span's length."""
    pieces = []
    while end - start > limit:
        cut = start + limit
        for k in range(cut - 1, cut - limit // 10, -1):
            if text[k] in _SOFT_CUTS:
                cut = k + 1
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


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
                    pieces.append((offset + lead, offset + len(line.rstrip()), False, False))
                offset += len(line) + 1
        else:
            pieces = _pieces(text, english=block.kind == "english", item=block.item, title=block.kind == "title")
        for begin, end, gap_before, gap_after in pieces:
            sentences.append(Sentence(len(sentences), block.start + begin, block.start + end,
                                      block.section, block.kind, gap_before, gap_after))
    return sentences
