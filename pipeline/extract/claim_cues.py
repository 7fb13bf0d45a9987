"""The claim cues of `resources/claims.yaml`, compiled once.

The claim engine (`claims`), its time rules (`claim_time`) and its metric rules
(`claim_metric`) read their words and patterns only from here, so every cue is data a user
can extend (a list in the user's claims.yaml adds alternatives) and the engines hold no
Chinese literals. The file has five sections, one per kind of cue: ``words`` (sets of
words or POS tags), ``settings`` (numbers and single strings), ``patterns`` (one regular
expression, or a list of alternatives; ``${name}`` in one stands for the word list ``name``),
``pattern_lists`` (expressions tried in order) and ``mappings`` (a word to a set of words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.resources import cached, fill_placeholders, load_yaml, with_shared_words


def _fill(pattern: str, words: dict[str, list[str]]) -> str:
    """A pattern with each ${name} replaced by the alternation of the word list ``name`` (longest first), so one
    list of words serves every pattern that needs it."""
    def alternation(name: str) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words[name], key=lambda w: (-len(w), w))) + ")"

    return fill_placeholders(pattern, alternation)


def _pattern(spec: str | list[str], words: dict[str, list[str]]) -> re.Pattern[str]:
    """One regular expression from a pattern or a list of alternatives."""
    if isinstance(spec, str):
        return re.compile(_fill(spec, words))
    return re.compile("|".join(f"(?:{_fill(p, words)})" for p in spec))


@dataclass(frozen=True)
class ClaimCues:
    """The compiled cues, looked up by their name in claims.yaml (a missing name is a KeyError)."""

    _words: dict[str, frozenset[str]]
    _settings: dict[str, Any]
    _patterns: dict[str, re.Pattern[str]]
    _pattern_lists: dict[str, list[re.Pattern[str]]]
    _mappings: dict[str, dict[str, frozenset[str]]]

    def words(self, name: str) -> frozenset[str]:
        return self._words[name]

    def setting(self, name: str) -> Any:
        return self._settings[name]

    def pattern(self, name: str) -> re.Pattern[str]:
        return self._patterns[name]

    def patterns(self, name: str) -> list[re.Pattern[str]]:
        return self._pattern_lists[name]

    def mapping(self, name: str) -> dict[str, frozenset[str]]:
        return self._mappings[name]

    def before(self, name: str, text: str) -> str:
        """The text before the first match of pattern ``name``; the text itself when none matches or the match opens
        it (份额比前阶段 → 份额 with ``comparison_marker``; a subject is never cut to nothing)."""
        found = self._patterns[name].search(text)
        return text[:found.start()] if found and found.start() else text


@cached
def cues() -> ClaimCues:
    spec = load_yaml("claims.yaml")
    words = with_shared_words(spec["words"])  # (round 40 tidy: change_verbs are words.yaml's, shared with layout)
    return ClaimCues(
        {name: frozenset(items) for name, items in words.items()},
        dict(spec["settings"]),
        {name: _pattern(value, words) for name, value in spec["patterns"].items()},
        {name: [re.compile(_fill(p, words)) for p in values] for name, values in spec["pattern_lists"].items()},
        {name: {key: frozenset(items) for key, items in table.items()}
         for name, table in spec.get("mappings", {}).items()},
    )
