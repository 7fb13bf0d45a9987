"""The claim cues of `resources/claims.yaml`, compiled once.

The claim engine (`claims`), its time rules (`claim_time`) and its metric rules
(`claim_metric`) read their words and patterns only from here, so every cue is data a user
can extend (a list in the user's claims.yaml adds alternatives) and the engines hold no
Chinese literals. The file has six sections, one per kind of cue: ``words`` (sets of
words or POS tags), ``settings`` (numbers and single strings), ``patterns`` (one regular
expression, or a list of alternatives; ``${name}`` in one stands for the word list ``name``,
or for the fragment ``name``), ``fragments`` (regex pieces several patterns share, as written),
``pattern_lists`` (expressions tried in order) and ``mappings`` (a word to a set of words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.extract.numerals import longest_first
from pipeline.resources import cached, fill_placeholders, load_yaml, with_shared_words


def _fill(pattern: str, words: dict[str, list[str]], fragments: dict[str, str] | None = None) -> str:
    """A pattern with each ${name} replaced by the alternation of the word list ``name`` (longest first), so one
    list of words serves every pattern that needs it, or by the fragment ``name`` as written, filled in turn (round
    41 review: a regex piece with lookaheads, 比(?![重例率值]), said once)."""
    fragments = fragments or {}

    def piece(name: str) -> str:
        if name in fragments:
            return _fill(fragments[name], words, fragments)
        return "(?:" + "|".join(re.escape(w) for w in longest_first(words[name])) + ")"

    return fill_placeholders(pattern, piece)


def _fragments(spec: dict[str, Any], words: dict[str, list[str]]) -> dict[str, str]:
    """The ``fragments`` section; a name that is also a word list's is refused (which one ${name} meant would be a
    guess), and so is a fragment that reaches itself."""
    fragments = dict(spec.get("fragments") or {})
    clash = sorted(set(fragments) & set(words))
    if clash:
        raise ValueError(f"claims.yaml: {', '.join(clash)}: both a word list and a fragment")
    for name in fragments:
        seen, todo = {name}, [name]
        while todo:
            for inner in re.findall(r"\$\{(\w+)\}", fragments[todo.pop()]):
                if inner == name:
                    raise ValueError(f"claims.yaml: fragment {name} reaches itself")
                if inner in fragments and inner not in seen:
                    seen.add(inner)
                    todo.append(inner)
    return fragments


def _pattern(spec: str | list[str], words: dict[str, list[str]], fragments: dict[str, str] | None = None
             ) -> re.Pattern[str]:
    """One regular expression from a pattern or a list of alternatives."""
    if isinstance(spec, str):
        return re.compile(_fill(spec, words, fragments))
    return re.compile("|".join(f"(?:{_fill(p, words, fragments)})" for p in spec))


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


def _with_list_references(words: dict[str, list[str]]) -> dict[str, list[str]]:
    """The word lists with each item ``${name}`` replaced by the words of the list ``name``, in turn resolved (round 43
    mend: a list made partly of others, `state_owned_measures`, names them instead of copying their words). An
    unknown name or a list that reaches itself is a ValueError."""
    resolved: dict[str, list[str]] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> list[str]:
        if name in seen:
            raise ValueError(f"claims.yaml: word list {name} refers to itself ({' → '.join((*seen, name))})")
        if name not in words:
            raise ValueError(f"claims.yaml: {seen[-1]} refers to no word list {name}")
        if name not in resolved:
            items: list[str] = []
            for item in words[name]:
                found = _LIST_REFERENCE.fullmatch(item) if isinstance(item, str) else None
                items.extend(resolve(found[1], (*seen, name)) if found else [item])
            resolved[name] = items
        return resolved[name]

    return {name: resolve(name, ()) for name in words}


_LIST_REFERENCE = re.compile(r"\$\{(\w+)\}")


@cached
def cues() -> ClaimCues:
    spec = load_yaml("claims.yaml")
    words = _with_list_references(with_shared_words(spec["words"]))  # (round 40 tidy: change_verbs are
    # words.yaml's, shared with layout)
    fragments = _fragments(spec, words)
    return ClaimCues(
        {name: frozenset(items) for name, items in words.items()},
        dict(spec["settings"]),
        {name: _pattern(value, words, fragments) for name, value in spec["patterns"].items()},
        {name: [re.compile(_fill(p, words, fragments)) for p in values]
         for name, values in spec["pattern_lists"].items()},
        {name: {key: frozenset(items) for key, items in table.items()}
         for name, table in spec.get("mappings", {}).items()},
    )
