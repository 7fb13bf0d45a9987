"""Traditional Chinese read as simplified, offset for offset.

Engines whose lexicons are written in simplified characters (dates: 世纪, 当时, 以来, 上个月) read
traditional text (Hong Kong, Taiwan: 世紀, 當時, 以來, 上個月) through this view. The mapping is
OpenCC's (a maintained conversion table, not a hand list). The view has the length of the text,
so every offset found in it indexes the original: a line whose phrase conversion would change its
length is converted character by character.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

_SURROGATE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified characters, with the same length (and so the same offsets)."""
    if text.isascii():
        return text
    convert = _converter().convert
    out = []
    for line in text.split("\n"):
        try:
            view = convert(line)
        except UnicodeEncodeError:  # a lone surrogate has no UTF-8 form for OpenCC: it stays, the rest is converted
            view = ""
        if len(view) != len(line):
            view = "".join(ch if _SURROGATE.match(ch) or len(c := convert(ch)) != 1 else c for ch in line)
        out.append(view)
    return "\n".join(out)
