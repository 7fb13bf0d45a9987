"""Structure is not data: headings, labels, citations, codes and names that number things.

A document's numbered headings (1.2, 32019年 = heading 3 + 2019年), figure and table labels (表2,
图表12), citation markers ([3], [6-8], ①), document numbers, DOI/ISSN, phone, postcode, licence and
stock codes and index names (沪深300) hold digits that are neither quantities nor dates. The
classes are regular expressions in ``pipeline/resources/structure.yaml``; this engine runs them
and applies the few checks a pattern cannot make (a word starts at the label, no unit follows a
heading number, the line is a heading). The ``structure`` component writes the spans to the Doc;
the arbiter drops the numbers and dates inside them, and the number and date engines read
:func:`masked` text, so a heading glued to a year leaves the year whole.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.chars import blank_out
from pipeline.extract.number_context import Segmenter, measure_word_blocked
from pipeline.extract.numerals import lexicon, normalise, skip_space
from pipeline.resources import cached, load_yaml
from pipeline.script import simplified

_SPAN_GROUPS = ("s", "c", "d", "i")


INDEX_NAME_CLASS = "index_name"  # the class of index names (上证50, 沪深300): names that end in digits


@dataclass(frozen=True)
class StructureClass:
    """One class of structure: its name, pattern and the checks its flags ask for."""

    name: str
    pattern: re.Pattern[str]
    word_start: bool
    no_unit_after: bool
    heading_line: bool
    needs: re.Pattern[str] | None = None
    line_cue: re.Pattern[str] | None = None
    sibling: re.Pattern[str] | None = None
    next_line: re.Pattern[str] | None = None


@dataclass(frozen=True)
class StructureSpan:
    """A piece of structure: [start, end) of the text, and its class."""

    start: int
    end: int
    label: str


@cached
def _config() -> dict[str, object]:
    return load_yaml("structure.yaml")


@cached
def structure_classes() -> tuple[StructureClass, ...]:
    """The classes of ``structure.yaml``, compiled, in file order (earlier classes win)."""
    out = []
    for name, spec in _config()["classes"].items():  # type: ignore[union-attr]
        flags = set(spec.get("flags", []))
        pattern = re.compile(spec["regex"], re.MULTILINE if "line" in flags else 0)
        needs = re.compile(spec["needs"]) if spec.get("needs") else None
        cue = re.compile(spec["line_cue"]) if spec.get("line_cue") else None
        sibling = re.compile(spec["sibling"]) if spec.get("sibling") else None
        next_line = re.compile(spec["next_line"]) if spec.get("next_line") else None
        out.append(StructureClass(name, pattern, "word_start" in flags, "no_unit_after" in flags,
                                  "heading_line" in flags, needs, cue, sibling, next_line))
    return tuple(out)


def _unit_after(text: str, end: int, words: Mapping[int, int] | None) -> bool:
    """Whether a unit, a scale or a percent sign follows ``end`` (1.5倍, 2.5万, 3 个); a measure word
    that only begins a longer word of the Doc is none (分 in 分组, 重 in 重点)."""
    lex = lexicon()
    k = skip_space(text, end)
    if k >= len(text):
        return False
    if text[k] in lex.small or text[k] in lex.big:
        return True
    m = lex.unit_re.match(text, k)
    if m is None:
        return False
    word_end = words.get(k) if words is not None else None
    if word_end is not None and word_end > m.end():
        return False
    return not measure_word_blocked(text, k, m.group(0), Segmenter(text, words) if words is not None else None)


class _Lines:
    """The lines of one text, found once: the line around an offset by bisection (not a scan back to its line
    break at each match, quadratic on a long line), and each per-line check made once per line (round 38 mend: a
    12,500-character list line re-read for every marker on it took two seconds)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.memo: dict[tuple[str, int], bool] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        """[start, end) of the line that holds ``pos``, its line break excluded."""
        i = bisect.bisect_left(self.breaks, pos)
        return (self.breaks[i - 1] + 1 if i else 0), (self.breaks[i] if i < len(self.breaks) else len(self.text))

    def once(self, check: str, pos: int, test: Callable[[int, int], bool]) -> bool:
        """``test(line_start, line_end)`` for the line at ``pos``, made once per line and check."""
        start, end = self.bounds(pos)
        key = (check, start)
        if key not in self.memo:
            self.memo[key] = test(start, end)
        return self.memo[key]


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) is a heading line: short, leader dots and page number aside, with no
    sentence end."""
    cfg = _config()["heading_line"]  # type: ignore[index]
    line = re.sub(cfg["leader"], "", text[start:end])
    return len(line.strip()) <= int(cfg["max_chars"]) and not any(ch in line for ch in cfg["sentence_ends"])


def _has_sibling(text: str, start: int, pattern: re.Pattern[str]) -> bool:
    """Whether the non-blank line right before or right after the line at ``start`` opens with ``pattern``: the
    line is one item of a list (1、… then 2、…), not a line that happens to open like one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    before = text[:max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1] if line_start > 0 else ""
    after = text[line_end + 1:].lstrip().split("\n", 1)[0] if line_end >= 0 else ""
    return any(line and pattern.match(line) for line in (before, after))


def _span_of(m: re.Match[str]) -> tuple[int, int]:
    groups = m.re.groupindex
    for name in _SPAN_GROUPS:
        if name in groups and m.group(name) is not None:
            return m.start(name), m.end(name)
    return m.start(), m.end()


def _word_at(m: re.Match[str], words: Mapping[int, int] | None) -> bool:
    """Whether group ``w`` (the label word) starts a word of the Doc, or ends a word made of a cue
    and the label (如图, 见表); True when no words are known. 表 in 代表 does neither."""
    if words is None or "w" not in m.re.groupindex or m.group("w") is None:
        return True
    start = m.start("w")
    if start in words:
        return True
    text = m.string
    for cue in _config()["label_cues"]:  # type: ignore[union-attr]
        head = start - len(cue)
        if head >= 0 and text.startswith(cue, head) and words.get(head) == m.end("w"):
            return True
    return False


def find_structure(text: str, words: Mapping[int, int] | None = None) -> list[StructureSpan]:
    """Every piece of structure in ``text``, in text order, without overlaps (earlier classes win).

    ``words``: start → end of the Doc's words (None: no word boundaries are known).
    """
    s = normalise(simplified(text))
    taken = bytearray(len(s))  # 1 where an earlier class found structure
    lines = _Lines(s)
    found: list[StructureSpan] = []
    for cls in structure_classes():
        for m in cls.pattern.finditer(s):
            start, end = _span_of(m)
            if start >= end or any(taken[start:end]):
                continue
            if cls.word_start and not _word_at(m, words):
                continue
            if cls.no_unit_after and _unit_after(s, end, words):
                continue
            if cls.heading_line and not lines.once("heading", start, lambda a, b: _heading_line(s, a, b)):
                continue
            if cls.needs is not None and not cls.needs.search(s[start:end]):
                continue
            if cls.line_cue is not None and not cls.line_cue.search(s, lines.bounds(start)[0], start):
                continue
            if cls.sibling is not None and not _has_sibling(s, start, cls.sibling):
                continue
            after = cls.next_line
            if after is not None and not lines.once(cls.name, start, lambda _a, b, p=after: p.match(s, b) is not None):
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(StructureSpan(start, end, cls.name))
    return sorted(found, key=lambda sp: (sp.start, sp.end))


def masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every character of ``spans`` replaced by the mask (offsets unchanged)."""
    return blank_out(text, spans, str(_config()["mask"])) if spans else text
