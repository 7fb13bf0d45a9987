"""Shared parts of the organisation extractor: the candidate record, the resources, character tests.

Everything here is read from ``resources/organizations.tsv`` and ``resources/org_patterns.yaml``
through the one loader (a user folder adds to both; see ``pipeline.resources``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.chars import HAN_WITH_EXT_A
from pipeline.nlp.doc import WordIndex
from pipeline.resources import cached, load_yaml, org_lexicon_files, resource_files

LATIN = re.compile(r"[A-Za-z]")
LATIN_CHAR = re.compile(r"[A-Za-z0-9&.]")
CJK = re.compile(f"[{HAN_WITH_EXT_A}]")
# A Latin-script name: capitalised words, at most a few, joined by spaces, &, ., ' or -.
BRANDLIKE = re.compile(r"[A-Z][A-Za-z0-9&.'\-]*(?: [A-Z&][A-Za-z0-9&.'\-]*){0,3}")

TYPES = frozenset({"company", "government", "international", "research", "media", "other"})

# A name begins and ends with a letter, a digit or a CJK character (not 」 or a bracket).
NAME_EDGE = re.compile(f"[A-Za-z0-9{HAN_WITH_EXT_A}]")
NAME_CHAR = re.compile(f"[A-Za-z{HAN_WITH_EXT_A}]")

# Source ranks: higher wins when two candidates have the same span.
LEXICON, PATTERN, MODEL = 3, 2, 1


@dataclass(frozen=True)
class Entry:
    """One lexicon organisation."""

    canonical: str
    type: str


@dataclass(frozen=True)
class Candidate:
    """A possible mention; ``canonical``/``type`` may be filled later."""

    start: int
    end: int
    source: int
    canonical: str = ""
    type: str = ""
    head: str = ""
    prob: float = 1.0  # the model's beam probability (rule names: 1.0)


@dataclass
class Resources:
    """Everything loaded once per process."""

    aliases: dict[str, Entry]
    max_alias: int
    alias_lengths: dict[str, tuple[int, ...]]  # first character → lengths of aliases, longest first
    rules: dict[str, Any]
    heads: list[tuple[str, str]]
    government_heads: tuple[str, ...]  # the head words of government bodies (统计局, 财政厅), longest first
    weak_heads: frozenset[str]
    generic: frozenset[str]
    stop_pos: frozenset[str]
    stop_words: frozenset[str]
    proper_pos: frozenset[str]
    places: frozenset[str]
    domestic: frozenset[str]  # the mainland's places (also in ``places``)
    exclude_phrases: tuple[str, ...]
    exclude_suffixes: tuple[str, ...]
    swallow: tuple[str, ...]
    region_followers: tuple[str, ...]
    person_suffixes: tuple[str, ...]


@cached
def resources() -> Resources:
    """Parse the lexicon and the pattern file (cached: read-only at run time)."""
    package, *users = [*resource_files("organizations.tsv"), *org_lexicon_files()]
    aliases = read_lexicon(package)
    for path in users:  # the user's entries win over the package's (a type or canonical name corrected)
        aliases.update(read_lexicon(path))
    rules = load_yaml("org_patterns.yaml")
    heads = sorted(
        ((h, t) for t, hs in rules["heads"].items() for h in hs), key=lambda ht: (-len(ht[0]), ht[0])
    )
    ex = rules["exclude"]
    return Resources(
        aliases=aliases,
        max_alias=max(len(a) for a in aliases),
        alias_lengths=_lengths_by_first_character(aliases),
        rules=rules,
        heads=heads,
        government_heads=tuple(h for h, kind in heads if kind == "government"),
        weak_heads=frozenset(rules["weak_heads"]),
        generic=frozenset(rules["generic_words"]),
        stop_pos=frozenset(rules["left_stop_pos"]),
        stop_words=frozenset(rules["left_stop_words"]),
        proper_pos=frozenset(rules["proper_pos"]),
        places=frozenset(ex["places"] + ex["domestic_places"]),
        domestic=frozenset(ex["domestic_places"]),
        exclude_phrases=tuple(sorted(set(ex["phrases"]), key=len, reverse=True)),
        exclude_suffixes=tuple(sorted(set(ex["suffixes"]), key=len, reverse=True)),
        swallow=tuple(sorted(set(ex["swallowing_suffixes"]), key=len, reverse=True)),
        region_followers=tuple(sorted(set(ex["bloc_region_followers"]), key=len, reverse=True)),
        person_suffixes=tuple(ex["person_suffixes"]),
    )


@cached
def person_titles() -> tuple[str, ...]:
    """The titles that name a person after a body (``exclude.person_suffixes``, ``person_titles``), longest first."""
    res = resources()
    return tuple(sorted({*res.person_suffixes, *res.rules["person_titles"]}, key=len, reverse=True))


def read_lexicon(path: Path) -> dict[str, Entry]:
    """alias → entry of one lexicon file (TSV: canonical, type, aliases joined by |); within a
    file the first entry of an alias wins. A row without a canonical name or with an unknown
    type is an error that names the file and line (a user's file is checked like the package's)."""
    aliases: dict[str, Entry] = {}
    with path.open(encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
            canonical, typ = (row.get("canonical") or "").strip(), (row.get("type") or "").strip()
            if not canonical or typ not in TYPES:
                raise ValueError(f"{path}:{line}: an organisation needs a canonical name and a type of "
                                 f"{', '.join(sorted(TYPES))}")
            entry = Entry(canonical, typ)
            for alias in [canonical, *(row.get("aliases") or "").split("|")]:
                alias = alias.strip()
                if alias and alias not in aliases:
                    aliases[alias] = entry
    return aliases


def _lengths_by_first_character(aliases: Iterable[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for alias in aliases:
        lengths.setdefault(alias[0], set()).add(len(alias))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def is_latin(s: str) -> bool:
    """Latin letters and no CJK (UNCTAD, Random House)."""
    return bool(LATIN.search(s)) and not CJK.search(s)


def latin_ok(text: str, start: int, end: int) -> bool:
    """A Latin alias must be a whole word (UN is not inside UNCTAD or FUND)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if LATIN_CHAR.match(before) or LATIN_CHAR.match(after):
        return False
    # a number and its measure word right before (上行4.5个BP): the letters are the number's unit, no name
    return _measure_before().search(text, max(0, start - 12), start) is None


@cached
def _measure_before() -> re.Pattern[str]:
    return re.compile(load_yaml("org_patterns.yaml")["latin_unit_after_measure"])


def all_generic(prefix: str) -> bool:
    """True when prefix splits entirely into generic words (国际贸易 = 国际 + 贸易), or is empty."""
    generic = resources().generic
    ok = [True] + [False] * len(prefix)
    for i in range(1, len(prefix) + 1):
        ok[i] = any(ok[j] and prefix[j:i] in generic for j in range(max(0, i - 6), i))
    return ok[len(prefix)]


def back_to_back(text: str, words: AbstractSet[str], joiners: AbstractSet[str] = frozenset()) -> bool:
    """True when ``text`` is entries of ``words`` (of up to 8 characters) written back to back, with ``joiners``
    entries allowed between them (not first): one reading of the whole text, linear in its length."""
    ok = [True] + [False] * len(text)
    for i in range(1, len(text) + 1):
        ok[i] = any(ok[j] and (text[j:i] in words or (j > 0 and text[j:i] in joiners))
                    for j in range(max(0, i - 8), i))
    return bool(text) and ok[len(text)]


def only_places(prefix: str) -> bool:
    """True when prefix is a sequence of place names (中国, 中美), also joined by 和/与
    (内地与港澳智库 are think tanks of two regions, not a name)."""
    res = resources()
    return back_to_back(prefix, res.places, set(res.rules["name_inner_words"]))


def places_and_generic(name: str) -> bool:
    """True when name is only places and generic words (深圳国际, 香港物流, 港澳银行): a
    description, not a name."""
    res = resources()
    return back_to_back(name, res.places | res.generic)


def graded_kind(prefix: str) -> bool:
    """True when the words before a head are a grade or tier (三级, 甲等, 县级, 公立) among only places and generic
    words, after an optional scope (全国, 全市): a class of bodies such as 三级公立医院, not a body's name."""
    rules = resources().rules
    rest = re.sub(rules["grade_scope"], "", prefix)
    graded = any(g in rest for g in rules["grade_words"])
    return bool(rest) and graded and (all_generic(rest) or places_and_generic(rest))


def verb_like(word: str, flag: str) -> bool:
    """Whether a word jieba tags as a noun or a name is built as a verb phrase: its first
    dictionary word is a verb or an adverb (充分发挥 = 充分 + 发挥, 建立健全 = 建立 + 健全).

    Such words (policy prose: 大力推进, 积极支持) open a clause and never begin an
    organisation's name, whatever tag the whole word got (``verb_like`` in org_patterns.yaml).
    Place and organisation tags are trusted (中国移动 stays a name), and so is a word that ends
    with a head word.
    """
    spec = resources().rules["verb_like"]
    if len(word) < int(spec["min_chars"]) or flag in spec["trusted_pos"]:
        return False
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab  # jieba's dictionary tags, whatever the word's own cut
    if word.endswith(tuple(h for h, _ in resources().heads)):  # 开发银行 names a bank
        return False
    not_verbs = spec["not_verbs"]  # jieba's dictionary mis-tags a few nouns (知识/v, 首都/d)
    return any(
        tags.get(word[:i], "") in spec["first_part_pos"] and word[:i] not in not_verbs and word[i:] in tags
        for i in range(2, len(word) - 1)
    )


def pos_words(index: WordIndex, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, POS tag) of the Doc's words inside [lo, hi)."""
    return [(w.start, w.end, w.text, w.tag) for w in index.within(lo, hi)]


def bracket_spans(text: str, opener: str, closer: str) -> list[tuple[int, int]]:
    """(start, end) of each balanced bracket pair, brackets included."""
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch == opener:
            stack.append(i)
        elif ch == closer and stack:
            spans.append((stack.pop(), i + 1))
    return spans
