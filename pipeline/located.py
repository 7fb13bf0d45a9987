"""The one base of every record that stands at a place in a text (a word, a quantity)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Located:
    """A piece of a text: offsets index the original text, ``text == source[start:end]``."""

    start: int
    end: int
    text: str
