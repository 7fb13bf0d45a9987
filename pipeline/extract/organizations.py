"""Organisations: lexicon + head-word patterns + a statistical NER model, canonicalised.

Sources, from most to least reliable:

1. the curated lexicon ``resources/organizations.tsv`` (aliases → canonical name and type);
2. names built from a head word (``resources/org_patterns.yaml``: …部, …银行, …大学) whose left
   boundary comes from the statistical model when it marks the same name, else from a walk
   over jieba words (with POS) that stops at function words;
3. names only the statistical model (``pipeline.ner``, trained on CLUENER2020) finds; their
   type is the default type of the pattern file, because they carry no head word.

Overlaps are resolved longest-first (a lexicon or head-word name that contains a shorter one
wins, so a name nested in another organisation's name is no separate mention); model-only
names never override rule names.  Exclusions (places, things, events, titles in 《》, people,
blocs used as regions) follow the annotation guidelines.  Canonical names: the lexicon's; an
alias given in the text (高德纳（Gartner）, 联合国UNCTAD) joins the named organisation; a shorter
later mention of a name given in full earlier maps to the full name.

Over 500 lines: candidates, exclusions, selection and canonical names are the stages of one
decision over the same candidates and resources; each stage is a section below.
"""

from __future__ import annotations

import bisect
import csv
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc

from pipeline.chars import HAN_WITH_EXT_A
from pipeline.nlp.doc import WordIndex
from pipeline.resources import cached, load_yaml, resource_files

_LATIN = re.compile(r"[A-Za-z]")
_LATIN_CHAR = re.compile(r"[A-Za-z0-9&.]")
_CJK = re.compile(f"[{HAN_WITH_EXT_A}]")

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


@dataclass
class Resources:
    """Everything loaded once per process."""

    aliases: dict[str, Entry]
    max_alias: int
    alias_lengths: dict[str, tuple[int, ...]]  # first character → lengths of aliases, longest first
    rules: dict[str, Any]
    heads: list[tuple[str, str]]
    weak_heads: frozenset[str]
    generic: frozenset[str]
    stop_pos: frozenset[str]
    stop_words: frozenset[str]
    proper_pos: frozenset[str]
    places: frozenset[str]
    exclude_phrases: tuple[str, ...]
    exclude_suffixes: tuple[str, ...]
    swallow: tuple[str, ...]
    region_followers: tuple[str, ...]
    person_suffixes: tuple[str, ...]


@cached
def resources() -> Resources:
    """Parse the lexicon and the pattern file (cached: read-only at run time)."""
    aliases: dict[str, Entry] = {}
    for path in resource_files("organizations.tsv"):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                entry = Entry(row["canonical"].strip(), row["type"].strip())
                for alias in [entry.canonical, *(row.get("aliases") or "").split("|")]:
                    alias = alias.strip()
                    if alias and alias not in aliases:
                        aliases[alias] = entry
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
        weak_heads=frozenset(rules["weak_heads"]),
        generic=frozenset(rules["generic_words"]),
        stop_pos=frozenset(rules["left_stop_pos"]),
        stop_words=frozenset(rules["left_stop_words"]),
        proper_pos=frozenset(rules["proper_pos"]),
        places=frozenset(ex["places"]),
        exclude_phrases=tuple(sorted(set(ex["phrases"]), key=len, reverse=True)),
        exclude_suffixes=tuple(sorted(set(ex["suffixes"]), key=len, reverse=True)),
        swallow=tuple(sorted(set(ex["swallowing_suffixes"]), key=len, reverse=True)),
        region_followers=tuple(sorted(set(ex["bloc_region_followers"]), key=len, reverse=True)),
        person_suffixes=tuple(ex["person_suffixes"]),
    )


def _lengths_by_first_character(aliases: Iterable[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for alias in aliases:
        lengths.setdefault(alias[0], set()).add(len(alias))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def _is_latin(s: str) -> bool:
    return bool(_LATIN.search(s)) and not _CJK.search(s)


# ---------------------------------------------------------------- candidates


def _latin_ok(text: str, start: int, end: int) -> bool:
    """A Latin alias must be a whole word (UN is not inside UNCTAD or FUND)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not _LATIN_CHAR.match(before) and not _LATIN_CHAR.match(after)


def lexicon_matches(text: str, cuts: set[int]) -> list[Candidate]:
    """Every alias occurrence that starts and ends on token boundaries (Latin: word boundaries)."""
    res = resources()
    out: list[Candidate] = []
    n = len(text)
    for i in range(n):
        for length in res.alias_lengths.get(text[i], ()):  # longest first, only lengths some alias has
            j = i + length
            if j > n:
                continue
            entry = res.aliases.get(text[i:j])
            if entry is None:
                continue
            alias = text[i:j]
            ok = _latin_ok(text, i, j) if _is_latin(alias) else (i in cuts and j in cuts)
            if ok:
                out.append(Candidate(i, j, LEXICON, entry.canonical, entry.type))
    return _with_national_prefix(text, out)


def _with_national_prefix(text: str, cands: list[Candidate]) -> list[Candidate]:
    """中国工信部 → one mention of 工业和信息化部 (the prefix belongs to the mention)."""
    res = resources()
    out = list(cands)
    for c in cands:
        if c.type != "government" or any(c.canonical.startswith(p) for p in res.places - {"中国"}):
            continue
        for prefix in res.rules["national_prefixes"]:
            s = c.start - len(prefix)
            if s >= 0 and text[s : c.start] == prefix:
                out.append(replace(c, start=s))
                break
    return out


def _all_generic(prefix: str) -> bool:
    """True when prefix splits entirely into generic words (国际贸易 = 国际 + 贸易), or is empty."""
    generic = resources().generic
    ok = [True] + [False] * len(prefix)
    for i in range(1, len(prefix) + 1):
        ok[i] = any(ok[j] and prefix[j:i] in generic for j in range(max(0, i - 6), i))
    return ok[len(prefix)]


def _only_places(prefix: str) -> bool:
    """True when prefix is a sequence of place names (中国, 中美)."""
    places = resources().places
    ok = [True] + [False] * len(prefix)
    for i in range(1, len(prefix) + 1):
        ok[i] = any(ok[j] and prefix[j:i] in places for j in range(max(0, i - 8), i))
    return bool(prefix) and ok[len(prefix)]


def _pos_words(index: WordIndex, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, POS tag) of the Doc's words inside [lo, hi)."""
    return [(w.start, w.end, w.text, w.tag) for w in index.within(lo, hi)]


def head_candidates(
    text: str, index: WordIndex, cuts: set[int], lexicon: list[Candidate], model_spans: set[tuple[int, int]],
    sentences: list[tuple[int, int]],
) -> list[Candidate]:
    """Names built as <proper prefix> + head word (see org_patterns.yaml)."""
    res = resources()
    max_prefix = int(res.rules["max_prefix_chars"])
    model_by_end: dict[int, list[int]] = {}
    for s, e in sorted(model_spans):  # sorted: the same candidates whatever the set's order
        if s in cuts:  # a left edge inside a jieba word (照 of 按照) is no name's start
            model_by_end.setdefault(e, []).append(s)
    lex_by_end: dict[int, int] = {}
    for c in lexicon:
        lex_by_end[c.end] = min(c.start, lex_by_end.get(c.end, c.end))
    lex_sorted = sorted(lex_by_end.items())
    lex = _LexEnds(lex_by_end, [e for e, _ in lex_sorted], lex_sorted)
    out: list[Candidate] = []
    for s_lo, s_hi in sentences:
        seg = text[s_lo:s_hi]
        words: list[tuple[int, int, str, str]] | None = None
        word_ends: list[int] = []
        for head, typ in res.heads:
            start = 0
            while True:
                k = seg.find(head, start)
                if k < 0:
                    break
                start = k + 1
                hs, he = s_lo + k, s_lo + k + len(head)
                if he not in cuts:
                    continue
                if words is None:
                    words = _pos_words(index, s_lo, s_hi)
                    word_ends = [w[1] for w in words]
                # Only the words a name ending here can reach (linear in a long sentence).
                lo = min([hs - max_prefix, *model_by_end.get(he, [])]) - 1
                near = words[bisect.bisect_right(word_ends, lo):bisect.bisect_right(word_ends, he)]
                cand = _build_head_name(text, hs, he, head, typ, near, lex, model_by_end, max_prefix)
                if cand is not None:
                    out.append(cand)
    return out


@dataclass(frozen=True)
class _LexEnds:
    """Lexicon names by end: a dict for the walk, and sorted lists for range look-ups by bisection."""

    by_end: dict[int, int]
    ends: list[int]
    items: list[tuple[int, int]]


def _build_head_name(
    text: str, hs: int, he: int, head: str, typ: str, words: list[tuple[int, int, str, str]],
    lex: _LexEnds, model_by_end: dict[int, list[int]], max_prefix: int,
) -> Candidate | None:
    res = resources()
    lex_by_end = lex.by_end
    # The word that holds the head: single-character heads must be a word of their own or the
    # end of a word of three or more characters (东部, 格局, 部署 are not names).
    holder = next((w for w in words if w[0] <= hs < w[1]), None)
    last = next((w for w in words if w[0] < he <= w[1]), None)
    if holder is None or last is None or last[1] != he:
        return None
    if len(head) == 1 and holder[0] != hs and holder[1] - holder[0] < 3:
        return None
    if holder[0] < hs and all(ch in res.rules["locality_chars"] for ch in text[holder[0] : hs]):
        return None
    model_starts = [
        s for s in model_by_end.get(he, []) if s < hs and _plausible_prefix(s, hs, words, lex)
    ]
    if model_starts:
        start = min(model_starts)
    elif head in res.weak_heads:
        return None
    else:
        start = _walk_left(text, hs, he, holder, words, lex_by_end, max_prefix)
        if start is None:
            return None
    prefix = text[start:hs]
    if not prefix or _all_generic(prefix):
        return None
    if head in res.rules["place_generic_heads"] and _only_places(prefix):
        return None
    return Candidate(start, he, PATTERN, type=typ, head=head)


def _plausible_prefix(start: int, hs: int, words: list[tuple[int, int, str, str]], lex: _LexEnds) -> bool:
    """A model-proposed prefix may not contain a stop word or a stop POS (a verb, a preposition
    …) outside lexicon names: 与武汉大学共建研究院 is not one name."""
    res = resources()
    nearby = lex.items[bisect.bisect_left(lex.ends, start):bisect.bisect_right(lex.ends, hs)]  # not a scan
    covered: list[tuple[int, int]] = [(s, e) for e, s in nearby if start <= s and e <= hs]
    for w_start, w_end, word, flag in words:
        if w_start < start or w_end > hs:
            continue
        if any(s <= w_start and w_end <= e for s, e in covered):
            continue
        if word in res.stop_words or flag in res.stop_pos:
            return False
    return True


def _walk_left(
    text: str, hs: int, he: int, holder: tuple[int, int, str, str], words: list[tuple[int, int, str, str]],
    lex_by_end: dict[int, int], max_prefix: int,
) -> int | None:
    """Start of the name that ends with the head at [hs, he), or None when it has no proper part."""
    res = resources()
    start = holder[0]
    proper = holder[0] < hs and holder[3] in res.proper_pos
    idx = words.index(holder) - 1
    while idx >= 0:
        w_start, w_end, word, flag = words[idx]
        if w_end != start:
            break
        if start in lex_by_end and lex_by_end[start] < start:  # a lexicon name: take it whole
            lex_start = lex_by_end[start]
            if he - lex_start > max_prefix + (he - hs):
                break
            start, proper = lex_start, True
            while idx >= 0 and words[idx][0] >= lex_start:
                idx -= 1
            continue
        if (
            word in res.stop_words
            or flag in res.stop_pos
            or not word.strip()
            or not (_CJK.search(word) or _LATIN.search(word))
            or he - w_start > max_prefix + (he - hs)
        ):
            break
        start = w_start
        proper = proper or flag in res.proper_pos or bool(_LATIN.search(word))
        idx -= 1
    if start >= hs or not proper:
        return None
    return start


# Context the model sees around an anchor (a head word or a jieba `nt` word): a name built on a
# head starts at most max_prefix_chars before it; the model's own features reach a few characters.
_MODEL_LEFT = 40
_MODEL_RIGHT = 24
_MODEL_JOIN = 24
_WORDLIKE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９]")


@cached
def _nt_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """jieba dictionary words tagged `nt` (organisation names) and all their prefixes."""
    from pipeline.nlp.jieba_dict import pos_tagger

    words = frozenset(w for w, t in pos_tagger().word_tag_tab.items() if t == "nt" and len(w) >= 2)
    return words, frozenset(w[:k] for w in words for k in range(1, len(w) + 1))


def _anchors(text: str, lo: int, hi: int, cuts: set[int]) -> list[tuple[int, int]]:
    """Where a model span can matter in text[lo:hi]: the ends of head words on token boundaries
    (head_candidates asks the model for their left boundary) and jieba `nt` words (a model-only
    name must contain one, see _model_ok)."""
    res = resources()
    seg = text[lo:hi]
    found: list[tuple[int, int]] = []
    for head, _ in res.heads:
        k = seg.find(head)
        while k >= 0:
            if lo + k + len(head) in cuts:
                found.append((lo + k, lo + k + len(head)))
            k = seg.find(head, k + 1)
    words, prefixes = _nt_prefixes()
    for i in range(len(seg) - 1):
        j = i + 1
        while j <= len(seg) and seg[i:j] in prefixes:
            if seg[i:j] in words:
                found.append((lo + i, lo + j))
            j += 1
    return found


def model_regions(text: str, sentences: list[tuple[int, int]], cuts: set[int]) -> list[tuple[int, int]]:
    """Parts of sentences the model is run on: around each anchor, merged, whole Latin/digit runs.

    The model costs far more per character than everything else; away from an anchor none of
    its spans can be used, so it is not run there (measured in TRAINING.md, "Speed").
    """
    regions: list[tuple[int, int]] = []
    for s_lo, s_hi in sentences:
        spans = sorted((max(s_lo, a - _MODEL_LEFT), min(s_hi, b + _MODEL_RIGHT))
                       for a, b in _anchors(text, s_lo, s_hi, cuts))
        merged: list[list[int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1] + _MODEL_JOIN:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            while a > s_lo and _WORDLIKE.match(text[a - 1]) and _WORDLIKE.match(text[a]):
                a -= 1
            while b < s_hi and _WORDLIKE.match(text[b - 1]) and _WORDLIKE.match(text[b]):
                b += 1
            regions.append((a, b))
    return regions


def model_candidates(doc: Doc, sentences: list[tuple[int, int]], cuts: set[int]) -> list[Candidate]:
    """Spans of the statistical model, run on the parts of sentences around anchors; a span that
    touches a cut made inside a sentence may be a cut-off name and is dropped."""
    from pipeline.ner import predict_spans

    full = doc._.text
    regions = model_regions(full, sentences, cuts)
    starts = {s for s, _ in sentences}
    ends = {e for _, e in sentences}
    out = []
    for (r_lo, r_hi), spans in zip(regions, predict_spans([full[a:b] for a, b in regions]), strict=True):
        for a, b in spans:
            if (a == 0 and r_lo not in starts) or (r_lo + b == r_hi and r_hi not in ends):
                continue
            out.append(Candidate(r_lo + a, r_lo + b, MODEL))
    return out


# ---------------------------------------------------------------- exclusions


def _bracket_spans(text: str, opener: str, closer: str) -> list[tuple[int, int]]:
    """(start, end) of each balanced bracket pair, brackets included."""
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch == opener:
            stack.append(i)
        elif ch == closer and stack:
            spans.append((stack.pop(), i + 1))
    return spans


def _excluded_zones(text: str) -> list[tuple[int, int]]:
    """Spans no mention may lie in: 《titles》 and the exclusion phrases."""
    res = resources()
    zones = _bracket_spans(text, "《", "》")
    for phrase in res.exclude_phrases:
        k = text.find(phrase)
        while k >= 0:
            end = k + len(phrase)
            if not _is_latin(phrase) or _latin_ok(text, k, end):
                zones.append((k, end))
            k = text.find(phrase, k + 1)
    return zones


class Zones:
    """Excluded zones sorted by start, so a candidate meets only the zones near it (linear time)."""

    def __init__(self, zones: list[tuple[int, int]]) -> None:
        self.zones = sorted(zones)
        self.starts = [zs for zs, _ in self.zones]
        self.longest = max((ze - zs for zs, ze in self.zones), default=0)

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Zones that may overlap or contain [start, end)."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return self.zones[lo:bisect.bisect_right(self.starts, end)]


def _is_excluded(c: Candidate, text: str, zones: Zones) -> bool:
    """The guideline exclusions; lexicon names are trusted except for context (titles, regions,
    names of things), rule and model names are also checked for their own shape."""
    res = resources()
    surface = text[c.start : c.end]
    for zs, ze in zones.near(c.start, c.end):
        inside = zs <= c.start and c.end <= ze
        crossing = c.start < ze and zs < c.end and not (c.start <= zs and ze <= c.end)
        if inside or (crossing and c.source != LEXICON):
            return True
    if c.source != LEXICON:
        if surface in res.places:
            return True
        if surface.endswith(res.exclude_suffixes) and not surface.endswith(c.head or "\0"):
            return True
        if surface.endswith(res.person_suffixes):
            return True
    # A bloc (or any organisation) followed by "多个国家", "国家" … names a region.
    if c.type == "international" or c.source == MODEL:
        after = text[c.end : c.end + 6]
        if after.startswith(res.region_followers):
            return True
    # An organisation that starts the name of a thing (阿里速卖通, 中国—东盟信息港, G20峰会).
    stops = res.rules["exclude"]["run_stops"]
    limit = int(res.rules["exclude"]["swallow_max_chars"])
    run = ""
    for ch in text[c.end : c.end + limit]:
        if ch in stops:
            break
        run += ch
    return any(run[:k].endswith(res.swallow) for k in range(1, len(run) + 1))


# ---------------------------------------------------------------- resolution


def _select(cands: Iterable[Candidate]) -> list[Candidate]:
    """Longest first, then the more reliable source; rule names are placed before model names."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []  # disjoint, sorted: the last one starting before c ends reaches furthest

    def free(c: Candidate) -> bool:
        k = bisect.bisect_left(taken, (c.end, -1))  # spans starting before c ends
        return k == 0 or taken[k - 1][1] <= c.start

    ordered = sorted(cands, key=lambda c: (c.source == MODEL, -(c.end - c.start), -c.source, c.start))
    for c in ordered:
        if free(c):
            chosen.append(c)
            bisect.insort(taken, (c.start, c.end))
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _model_ok(c: Candidate, text: str, index: WordIndex, cuts: set[int]) -> bool:
    """Model-only names need CJK, word boundaries and a jieba proper-name tag (see yaml)."""
    res = resources()
    surface = text[c.start : c.end]
    if c.start not in cuts or c.end not in cuts or any(ch.isspace() for ch in surface):
        return False
    if len(_CJK.findall(surface)) < int(res.rules["model_min_chars"]) or not _CJK.match(surface[0]):
        return False
    if _all_generic(surface) or _only_places(surface):
        return False
    if surface.endswith(tuple(h for h, _ in res.heads)):  # the head-word rules judged it already
        return False
    wanted = set(res.rules["model_only_pos"])
    return any(w[3] in wanted for w in _pos_words(index, c.start, c.end))


# ---------------------------------------------------------------- canonical names


def _canonicalise(mentions: list[Candidate], text: str) -> list[Candidate]:
    """Fill canonical/type: lexicon, in-text aliases, shorter later mentions of full names."""
    res = resources()
    default_type = res.rules["model_default_type"]
    out: list[Candidate] = []
    for c in mentions:
        surface = text[c.start : c.end]
        if c.canonical:
            out.append(c)
            continue
        entry = res.aliases.get(surface)
        if entry is not None:
            out.append(replace(c, canonical=entry.canonical, type=entry.type))
            continue
        # <lexicon company> + 公司/集团 is that company (中兴公司).
        prefix = surface[: len(surface) - len(c.head)] if c.head else ""
        for national in res.rules["national_prefixes"]:
            if prefix.startswith(national) and prefix[len(national) :] in res.aliases:
                prefix = prefix[len(national) :]
        entry = res.aliases.get(prefix) if prefix else None
        if entry is not None and entry.type == c.type == "company":
            out.append(replace(c, canonical=entry.canonical, type=entry.type))
            continue
        out.append(replace(c, canonical=surface, type=c.type or default_type))
    out = _merge_adjacent(out, text)
    out = _bracket_aliases(out, text)
    return _later_short_mentions(out, text)


def _merge_adjacent(ms: list[Candidate], text: str) -> list[Candidate]:
    """联合国UNCTAD / 联合国 UNCTAD: a Chinese name directly followed by a Latin one is one mention
    of the more specific (Latin) organisation."""
    out: list[Candidate] = []
    for c in ms:
        if out:
            p = out[-1]
            gap = text[p.end : c.start]
            if (
                gap in ("", " ")
                and not _is_latin(text[p.start : p.end])
                and _is_latin(text[c.start : c.end])
            ):
                out[-1] = replace(c, start=p.start, source=max(p.source, c.source))
                continue
        out.append(c)
    return out


def _bracket_aliases(ms: list[Candidate], text: str) -> list[Candidate]:
    """X（Y）: Y is another name of X.  A bracketed Latin alias after a non-organisation is the
    abbreviation of that thing (数据中心（IDC）) and is dropped."""
    res = resources()
    by_start = {c.start: i for i, c in enumerate(ms)}
    by_end = {c.end: i for i, c in enumerate(ms)}
    drop: set[int] = set()
    out = list(ms)
    for opener, closer in res.rules["alias_brackets"]:
        for bs, be in _bracket_spans(text, opener, closer):
            inner_s, inner_e = bs + 1, be - 1
            inner = text[inner_s:inner_e].strip()
            if not inner or len(inner) > 40:
                continue
            inner_s = text.index(inner, inner_s)
            inner_e = inner_s + len(inner)
            xi = by_end.get(bs)
            yi = by_start.get(inner_s)
            if yi is not None and out[yi].end != inner_e:
                continue
            if xi is not None and yi is not None:
                x, y = out[xi], out[yi]
                lex = [m for m in (x, y) if m.source == LEXICON or res.aliases.get(text[m.start : m.end])]
                keep = lex[0] if lex else x
                out[xi] = replace(x, canonical=keep.canonical, type=keep.type)
                out[yi] = replace(y, canonical=keep.canonical, type=keep.type)
            elif xi is not None and yi is None and _is_latin(inner) and len(inner) >= 2:
                x = out[xi]
                out.append(Candidate(inner_s, inner_e, x.source, x.canonical, x.type))
            elif xi is None and yi is not None and _is_latin(inner):
                before = text[bs - 1] if bs > 0 else ""
                if _CJK.match(before):
                    drop.add(yi)
    return sorted((c for i, c in enumerate(out) if i not in drop), key=lambda c: (c.start, c.end))


def _is_subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _core_names(full: str) -> set[str]:
    """full without a leading place and/or a trailing legal form (浙江网商银行股份有限公司 → 网商银行)."""
    res = resources()
    names = {full}
    for suffix in res.rules["legal_suffixes"]:
        if full.endswith(suffix) and len(full) > len(suffix) + 1:
            names.add(full[: -len(suffix)])
            break
    for name in list(names):
        for place in res.places:
            if name.startswith(place) and len(name) > len(place) + 1:
                rest = name[len(place) :]
                rest = rest[1:] if rest[:1] and rest[0] in res.rules["admin_suffix_chars"] else rest
                names.add(rest)
    return names


def _short_of(short: str, full: str) -> bool:
    """Whether short is a later short form of full: a core name of it, or an in-order
    abbreviation that keeps its first or last character (宁夏卫健委 ← 宁夏回族自治区卫生健康委员会)."""
    if len(short) < 2 or len(short) >= len(full) or not _CJK.search(short):
        return False
    if short in _core_names(full):
        return True
    return _is_subsequence(short, full) and (short[0] == full[0] or short[-1] == full[-1]) and len(short) >= 3


def _later_short_mentions(ms: list[Candidate], text: str) -> list[Candidate]:
    """A shorter later mention of a name given in full earlier maps to the full name (when only
    one earlier name fits); lexicon names keep their own canonical name."""
    res = resources()
    out: list[Candidate] = []
    names: dict[tuple[str, str], None] = {}  # distinct earlier names: far fewer than mentions
    for c in ms:
        surface = text[c.start : c.end]
        if c.source != LEXICON and surface not in res.aliases and surface == c.canonical:
            fits = {name for name in names if _short_of(surface, name[0])}
            if len(fits) == 1:
                canonical, typ = fits.pop()
                c = replace(c, canonical=canonical, type=typ)
        out.append(c)
        names[(c.canonical, c.type)] = None
    return out


# ---------------------------------------------------------------- coordinated names

_LIST_RUN = re.compile(r"(?:[^、，。；：;:,\n（）()“”《》]{1,30}、)+[^、，。；：;:,\n（）()“”《》]{1,30}")
_LIST_END = re.compile(r"(?:等等|等|和|及|以及|与)")
_BRAND = re.compile(r"[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]")


def coordinated_brands(text: str, mentions: list[Candidate], zones: Zones) -> list[Candidate]:
    """Latin-script names listed with a company (Shein、JollyChic、Fordeal等) are companies too.

    A 、-list names things of one kind; a brand-like Latin name (capitalised, no spaces) beside a
    known company is taken as a company of its own name.
    """
    companies = {(m.start, m.end) for m in mentions if m.type == "company"}
    taken = [(m.start, m.end) for m in mentions]
    found: list[Candidate] = []
    for run in _LIST_RUN.finditer(text):
        items, offset = [], run.start()
        for piece in run.group().split("、"):
            cut = _LIST_END.search(piece)
            core = piece[: cut.start()] if cut and cut.start() > 0 else piece
            begin = offset + len(core) - len(core.lstrip())
            items.append((begin, offset + len(core.rstrip())))
            offset += len(piece) + 1
        if not any(item in companies for item in items):
            continue
        for start, end in items:
            if not _BRAND.fullmatch(text[start:end]) or any(s < end and start < e for s, e in taken):
                continue
            candidate = Candidate(start, end, PATTERN, canonical=text[start:end], type="company")
            if not _is_excluded(candidate, text, zones):
                found.append(candidate)
    return found


# ---------------------------------------------------------------- entry point


def _sentences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence spans: the segmenter's list when present, else token sentence starts (one pass;
    doc.sents is slow on long documents), else the whole text."""
    listed = getattr(doc._, "sentences", None) if doc.has_extension("sentences") else None
    spans: list[tuple[int, int]] = []
    if listed:
        spans = [(s.start, s.end) for s in listed]
    elif len(doc) and doc.has_annotation("SENT_START"):
        starts = [t.idx for t in doc if t.is_sent_start] + [len(text)]
        spans = list(itertools.pairwise(starts))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    return spans or [(0, len(text))]


def find_organizations(doc: Doc, *, use_model: bool = True) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Organisation mentions of a Doc (canonicalised, in text order), and the spans of every
    organisation name the lexicon recognises there, also where the context makes it no mention
    (二十国集团领导人峰会 names an event): a name owns the numerals inside it."""
    text = doc._.text
    if not text.strip():
        return [], []
    index = WordIndex(doc)
    cuts = index.boundaries()
    sentences = _sentences(doc, text)
    lexicon = lexicon_matches(text, cuts)
    model = model_candidates(doc, sentences, cuts) if use_model else []
    model_spans = {(c.start, c.end) for c in model}
    heads = head_candidates(text, index, cuts, lexicon, model_spans, sentences)
    zones = Zones(_excluded_zones(text))
    rule_cands = [c for c in lexicon + heads if not _is_excluded(c, text, zones)]
    head_spans = {(h.start, h.end) for h in heads}
    model_cands = [
        c for c in model
        if _model_ok(c, text, index, cuts) and not _is_excluded(c, text, zones) and (c.start, c.end) not in head_spans
    ]
    chosen = _select(rule_cands + model_cands)
    mentions = _canonicalise(chosen, text)
    mentions = sorted(mentions + coordinated_brands(text, mentions, zones), key=lambda m: (m.start, m.end))
    names = sorted({(c.start, c.end) for c in lexicon} | {(m.start, m.end) for m in mentions})
    return mentions, names


def extract_organizations(doc: Doc, *, use_model: bool = True) -> list[dict]:
    """Organisation rows of a Doc: start, end (end exclusive), text, canonical, type."""
    text = doc._.text
    return [{"start": m.start, "end": m.end, "text": text[m.start : m.end], "canonical": m.canonical,
             "type": m.type} for m in find_organizations(doc, use_model=use_model)[0]]
