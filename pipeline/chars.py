"""Character classes, in one place: regex class bodies (use inside ``[...]``) and tests; and the
one way to blank spans out of a text without moving offsets.

Each class says what it is for; they differ on purpose (an ideograph test must not match
full-width punctuation, a cleaner joining wrapped lines must).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Horizontal space inside a line: ASCII space, tab, ideographic space, no-break space.
HSPACE = " \t\u3000\xa0"
HSPACE_RUN = "[ \t\u3000\xa0]*"
# Horizontal space as PDF text and page layout give it (no no-break space).
LAYOUT_SPACE = " \t\u3000"
# CJK unified ideographs (the basic block): "a Chinese character" in the engines' rules.
HAN = "\u4e00-\u9fff"
# Ideographs with extension A: organisation names count these as Chinese too.
HAN_WITH_EXT_A = "\u3400-\u9fff"
# Everything of East Asian text a line of prose is made of, for joining lines and spaces.
CJK_TEXT = r"\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’"
# Ideographs, CJK punctuation and full-width forms: where a space between two is an artefact.
CJK_WIDE = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"


def is_han(ch: str) -> bool:
    """Whether ``ch`` is one CJK unified ideograph (basic block)."""
    return "\u4e00" <= ch <= "\u9fff"


_HAN_RUN = re.compile(f"[{HAN}]+")


def count_han(text: str) -> int:
    """How many characters of ``text`` :func:`is_han` holds, counted in C: the text less its runs of ideographs
    (a regex class compares code points as ``is_han`` does). The engines counted a whole document or table cell a
    character at a time in Python (``sum(1 for ch in text if is_han(ch))``: about 0.1 µs a character, several passes a
    text; round 39, the one-line file)."""
    return len(text) - len(_HAN_RUN.sub("", text))


def is_rare_han(ch: str) -> bool:
    """Whether ``ch`` is an ideograph outside the basic block (Extension A, Extension B and later, compatibility
    supplement): GB18030 carries them for names of people, places and firms (䶮, 𠮷, 𬬻)."""
    return "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U000323af"


def is_latin_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter that makes digits touching it part of a code or a variable: an ASCII
    letter (G20, 5G, t1), or a mathematical alphanumeric letter (U+1D400–U+1D7FF: 𝑡1, 𝐾0, 𝜀2), in
    which PDFs set the variables of formulas."""
    return ch.isalpha() and (ch.isascii() or "\U0001d400" <= ch <= "\U0001d7ff")


def runs_into_latin_word(unit: str, s: str, end: int) -> bool:
    """Whether a unit ending in a Latin letter (t, m, km) runs on at ``end`` into more Latin letters: the first letters
    of an English word (in 2009 to 88%, 2010-2015 the rate), no unit."""
    last = unit[-1:]
    return last.isascii() and last.isalpha() and end < len(s) and is_latin_letter(s[end])


def blank_out(text: str, spans: Iterable[tuple[int, int]], fill: str) -> str:
    """``text`` with every character of ``spans`` replaced by ``fill`` (one character): the same
    length, so offsets found in the result index the original."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = fill * (end - start)
    return "".join(chars)
