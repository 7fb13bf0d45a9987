"""The text around a numeral: word boundaries, blocked spans, the words before and after it.

Shared by the quantity engine (``pipeline.extract.numbers``) and its exclusion rules
(``pipeline.extract.number_exclusions``); it knows no rule itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from pipeline.chars import HAN, HSPACE
from pipeline.extract.numerals import lexicon
from pipeline.nlp.jieba_dict import jieba_runs, jieba_tokenizer
from pipeline.resources import cached, held


@cached
def _url_re() -> re.Pattern[str]:
    return re.compile("|".join(_address_patterns()))


@cached
def _web_address_re() -> re.Pattern[str]:
    """The web addresses of ``_url_re`` alone, for a text with no ``@``, where its e-mail branch matches nothing
    (round 34: that branch reads each run of word characters to its end from every start in it, which is quadratic
    on a one-line document of Chinese with no spaces: a 10,000-character list took about a second)."""
    return re.compile(_address_patterns()[0])


def _address_patterns() -> tuple[str, str]:
    """The web address and the e-mail address patterns of ``_url_re``, in its order."""
    stops = re.escape(lexicon().cfg["punctuation"]["url_stops"])
    # an e-mail address is ASCII: \w would take the Chinese before it as its local part (round 38 mend: 请于2024年6月
    # 30日前发送邮件至tjj@stats.gov.cn ran back over the date, and a notice of such lines lost all its dates)
    return (r"(?:https?://|www\.)[^\s\u3000" + stops + HAN + r"]+",
            r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")


@cached
def _title_re() -> re.Pattern[str]:
    opening, closing = (re.escape(q) for q in lexicon().cfg["punctuation"]["title_quotes"])
    return re.compile(opening + "[^" + opening + closing + "]{0,200}" + closing)


def web_address_spans(text: str) -> list[tuple[int, int]]:
    """The URLs and e-mail addresses of text: they hold no quantity and no date (a path's 20160326 is no day).
    A text with no ``/``, ``@`` or ``www.`` has none: it is not scanned (every date scan and number scan asks)."""
    if "/" not in text and "@" not in text and "www." not in text:
        return []
    return [(m.start(), m.end()) for m in (_url_re() if "@" in text else _web_address_re()).finditer(text)]


def blocked_spans(text: str, owned: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that hold no quantity: URLs, e-mail addresses, titles, and what other kinds own."""
    spans = web_address_spans(text)
    spans += [(m.start(), m.end()) for m in _title_re().finditer(text)]
    spans += owned
    return sorted(spans)


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans``."""
    return any(a < end and start < b for a, b in spans)


class Segmenter:
    """Word ends of one text: the Doc's words when given (``GivenWords``), else jieba's, cut only in the runs asked
    about (``JiebaPieces``); and where the spans other kinds own (calendar expressions) start and end, looked up only
    through :meth:`owns_start` and :meth:`owns_end`. ``asked``, when given, is called with every offset looked up
    (``numbers.may_be_one_quantity`` learns from it whether the owned spans could matter)."""

    def __init__(
        self,
        text: str,
        word_ends: Mapping[int, int] | None = None,
        owned_starts: Iterable[int] = (),
        owned_ends: Iterable[int] = (),
        name_ends: Iterable[int] = (),
        asked: Callable[[int], object] | None = None,
    ) -> None:
        self.text = text
        self._words: GivenWords | JiebaPieces = GivenWords(word_ends) if word_ends is not None else JiebaPieces(text)
        self._owned_starts = frozenset(owned_starts)  # read only through owns_start / owns_end (see ``asked``)
        self._owned_ends = frozenset(owned_ends)
        self._asked = asked
        self.name_ends = frozenset(name_ends)  # where a name that ends in digits ends: a hyphen after it is a sign

    def owns_start(self, pos: int) -> bool:
        """Whether a span another kind owns (a calendar expression) starts at ``pos``."""
        if self._asked is not None:
            self._asked(pos)
        return pos in self._owned_starts

    def owns_end(self, pos: int) -> bool:
        """Whether a span another kind owns (a calendar expression) ends at ``pos``."""
        if self._asked is not None:
            self._asked(pos)
        return pos in self._owned_ends

    def token_end_at(self, start: int) -> int | None:
        """End of the word that starts at ``start`` (None when no word starts there)."""
        return self._words.end_at(start)

    def word_start_before(self, pos: int) -> int | None:
        """Start of the word that runs over ``pos`` from an earlier offset (None: a word starts at
        ``pos``, or no word covers it)."""
        return self._words.start_before(pos)


def measure_word_blocked(text: str, at: int, surface: str, seg: Segmenter | None = None) -> bool:
    """Whether the measure word ``surface`` at ``at`` opens a longer word (``units.measure_word_blockers``: 台 in
    迈上千亿台阶, 家 in 5万家用电器) rather than counting: a blocker starts there and the tokenizer reads no word
    starting right after the measure word that runs past the blocker's end (52万家用人单位, 近万家用人单位: 家 then
    用人单位, so 家 counts). Shared by every reader of the blockers (round 45 mend: the bare scale, a quantity's
    unit and a structure number blocked unconditionally); ``seg`` is the text's segmenter when the reader has one."""
    blockers = lexicon().units_cfg.get("measure_word_blockers", {}).get(surface, [])
    hits = [w for w in blockers if text.startswith(w, at)]
    if not hits:
        return False
    words = seg if seg is not None else Segmenter(text)
    end = words.token_end_at(at + len(surface))
    return any(end is None or end <= at + len(w) for w in hits)


def _start_before(ends: Mapping[int, int], starts: list[int], pos: int) -> int | None:
    """The start of the word of ``ends`` (start → end; ``starts``: its keys in order) that runs over ``pos`` from an
    earlier offset, by bisection (None: a word starts at ``pos``, or none covers it)."""
    if pos in ends:
        return None
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 and ends[starts[i]] > pos else None


class GivenWords:
    """Words given as start → end (a Doc's, or one numeral's alone)."""

    def __init__(self, ends: Mapping[int, int]) -> None:
        self._ends = ends
        self._sorted: list[int] | None = None  # the starts in order, sorted on the first start_before

    def end_at(self, start: int) -> int | None:
        return self._ends.get(start)

    def start_before(self, pos: int) -> int | None:
        if self._sorted is None:
            self._sorted = sorted(self._ends)
        return _start_before(self._ends, self._sorted, pos)


class JiebaPieces:
    """jieba's words of a plain text, segmented one run at a time, only in the runs asked about.

    jieba cuts a text into runs (``pipeline.nlp.jieba_dict.jieba_runs``) and segments each run alone; so the words
    of the run that holds an offset are the words the whole text's segmentation has there. A table cell of prose (a
    one-line document split at its tabs: tens of thousands of characters) asked about a few numerals was segmented
    whole, a fifth of reading its quantities (round 35); now only the runs around those numerals are. The runs are
    found on the first question, and each run's words are kept with their starts in order, to bisect (round 35
    mend: scanning a run on every question was quadratic on one long unpunctuated cell)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._run_starts: list[int] | None = None  # where each run starts, found on the first question
        self._words: dict[int, dict[int, int]] = {}  # run start -> {word start: word end}, this text only
        self._sorted: dict[int, list[int]] = {}  # run start -> its word starts in order

    def _run(self, pos: int) -> int | None:
        """Start of the run that holds ``pos``, segmented (None outside the text)."""
        if not 0 <= pos < len(self.text):
            return None
        if self._run_starts is None:
            self._run_starts = [start for start, _end in jieba_runs(self.text)]
        i = bisect.bisect_right(self._run_starts, pos) - 1
        start = self._run_starts[i]
        if start not in self._words:
            end = self._run_starts[i + 1] if i + 1 < len(self._run_starts) else len(self.text)
            words = {start + a: start + b for _word, a, b in jieba_tokenizer().tokenize(self.text[start:end])}
            self._words[start], self._sorted[start] = words, list(words)  # jieba gives the words in text order
        return start

    def words_around(self, pos: int) -> Mapping[int, int]:
        """Word start → end of the run that holds ``pos`` (nothing outside the text)."""
        run = self._run(pos)
        return {} if run is None else self._words[run]

    def end_at(self, start: int) -> int | None:
        return self.words_around(start).get(start)

    def start_before(self, pos: int) -> int | None:
        run = self._run(pos)  # the run's words tile it: the word over pos starts in it
        return None if run is None else _start_before(self._words[run], self._sorted[run], pos)


def match_words(s: str, pos: int, words: Iterable[str]) -> str | None:
    """The longest word of ``words`` that starts at ``pos``."""
    if pos < 0:  # as str.startswith reads a negative start
        pos = max(0, pos + len(s))
    if pos > len(s):
        return None
    for length, group in _by_length(tuple(words)):
        piece = s[pos:pos + length]
        if piece in group:
            return piece
    return None


def ends_with_word(s: str, pos: int, words: Iterable[str]) -> str | None:
    """The longest word of ``words`` that ends right before ``pos`` (spaces skipped)."""
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    for length, group in _by_length(tuple(words)):
        if length <= k and s[k - length:k] in group:
            return s[k - length:k]
    return None


@lru_cache(maxsize=4096)
def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The words grouped by length, longest first: one slice and one set look-up per length.

    The word lists (prefixes, suffixes, day parts) are tried tens of thousands of times a document;
    sorting them and comparing word by word at each call was a fifth of the numbers stage."""
    groups: dict[int, set[str]] = {}
    for word in words:
        groups.setdefault(len(word), set()).add(word)
    return tuple((length, frozenset(group)) for length, group in sorted(groups.items(), reverse=True))


def first_ending(s: str, pos: int, pairs: Sequence[tuple[int, Mapping[str, str]]]) -> tuple[str, str] | None:
    """The (word, kind) whose word ends right before ``pos`` (spaces skipped), the longest first;
    ``pairs``: (length, word → kind), longest first (``Lexicon.approx_prefix_index``)."""
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    for length, kinds in pairs:
        if length <= k:
            word = s[k - length:k]
            kind = kinds.get(word)
            if kind is not None:
                return word, kind
    return None


def _prefix_in_noun(s: str, start: int, cfg: Mapping[str, Any]) -> bool:
    """Whether the qualifier before ``start`` ends a noun of its own (出超, 卖超: ``approx_prefix_nouns``)."""
    return _prefix_noun_re(cfg["approx_prefix_nouns"]).search(s, max(0, start - 8), start) is not None


@cached
def _prefix_noun_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def qualifier_around(s: str, start: int, end: int) -> str:
    """The approximation a qualifier word gives the quantity ``s[start:end]``: a prefix before it (约, 将近,
    超过了, 差不多) or a suffix after it (左右, 以上, 不到); "" when there is none. One lookup for every path
    that builds a quantity, so 将近百分之八 reads as 将近8% does."""
    return prefix_qualifier(s, start) or suffix_qualifier(s, end)[1]


def prefix_qualifier(s: str, start: int, fallback: int | None = None) -> str:
    """The approximation of a qualifier word ending at ``start`` (or, when none does, at ``fallback``: 不超过人民币
    50亿元, where the currency's name stands between), unless it is the tail of a noun (出超54.2亿美元); or ""."""
    lex = lexicon()
    prefix = first_ending(s, start, lex.approx_prefix_index)
    if prefix is None and fallback is not None:
        prefix = first_ending(s, fallback, lex.approx_prefix_index)
    return prefix[1] if prefix is not None and not _prefix_in_noun(s, start, lex.cfg) else ""


def suffix_qualifier(s: str, end: int) -> tuple[str, str]:
    """The qualifier word right after ``end`` (左右, 以上, 多) and its approximation, or ("", "")."""
    lex = lexicon()
    m = lex.approx_suffix_re.match(s, end)  # type: ignore[union-attr]
    if not m:
        return "", ""
    word = m.group(1).replace(" ", "")
    return word, lex.suffix_kinds.get(word, "")  # type: ignore[attr-defined]


def line_start_before(s: str, pos: int) -> bool:
    """Whether only spaces stand between the line start and ``pos``."""
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    return k == 0 or s[k - 1] in "\n"


def clause_start_before(s: str, pos: int) -> bool:
    """Whether only spaces stand between a clause start (line start, clause punctuation) and ``pos``."""
    k = pos
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    return k == 0 or s[k - 1] in "\n" + lexicon().cfg["punctuation"]["clause_breaks"]


def after_hours(s: str, start: int, unit_surface: str | None, cfg: Mapping[str, Any]) -> bool:
    """分 after a number that follows a number of hours (4小时18分) is minutes, not a score or a cent: the minutes of
    a travel time, read as a duration."""
    spec = cfg["hour_minutes"]
    return unit_surface == spec["minute"] and held(spec["before"]).search(s[max(0, start - 6):start]) is not None


@cached
def _over_base_re() -> re.Pattern[str]:
    cfg = lexicon().cfg
    spec, punct = cfg["approx_over_base"], cfg["punctuation"]
    stops = re.escape(punct["clause_breaks"] + punct["open_brackets"] + punct["close_brackets"]) + "0-9\n"
    aside = "[" + re.escape(punct["open_brackets"]) + "][^" + re.escape(punct["close_brackets"] + "\n") + "]*["
    aside += re.escape(punct["close_brackets"]) + "]"
    gap = "(?:[^" + stops + "]|" + aside + ")"
    return re.compile("(?:" + spec["qualifier"] + ")(?:" + gap + "{1," + str(int(spec["max_gap"])) + "}"
                      + re.escape(spec["joiner"]) + r")?\s*$")


def qualifier_over_base(s: str, start: int, kind: str) -> str:
    """The approximation a qualifier verb gives a share or multiple across its base (约占GDP的36.2%: about), so that
    the 约 of 约占…的 is not lost because the base stands between it and the number; or ""."""
    spec = lexicon().cfg["approx_over_base"]
    if kind not in spec["kinds"]:
        return ""
    window = s[max(0, start - int(spec["max_gap"]) * 2 - 8):start]
    return spec["approx"] if _over_base_re().search(window) else ""
