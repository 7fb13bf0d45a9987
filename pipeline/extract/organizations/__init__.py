"""Organisations: lexicon + head-word patterns + a statistical NER model, canonicalised.

Sources, from most to least reliable:

1. the curated lexicon ``resources/organizations.tsv`` (aliases → canonical name and type);
2. names built from a head word (``resources/org_patterns.yaml``: …部, …银行, …大学) whose left
   boundary comes from the statistical model when it marks the same name, else from a walk
   over jieba words (with POS) that stops at function words;
3. names only the statistical model (``pipeline.ner``, trained on CLUENER2020) finds, kept when
   the model's beam probability of the span reaches a threshold calibrated on CLUENER dev
   (``pipeline.ner.calibrate``); their type is the default type of the pattern file, because
   they carry no head word.

Overlaps are resolved longest-first (a lexicon or head-word name that contains a shorter one
wins, so a name nested in another organisation's name is no separate mention); model-only
names never override rule names.  Exclusions (places, things, events, titles in 《》, people,
blocs used as regions) follow the annotation guidelines.  Canonical names: the lexicon's; an
alias given in the text (高德纳（Gartner）, 联合国UNCTAD) joins the named organisation; a shorter
later mention of a name given in full earlier maps to the full name.

Stages, one module each: ``base`` (the candidate record, resources, character tests),
``candidates`` (lexicon, head words, model), ``filters`` (exclusions, the model's confidence,
overlaps), ``names`` (canonical names; its stages in ``unit_merges``, ``declared_names``, ``short_forms``),
``listed_names`` (listed brands and stock codes), ``joint_lists`` (bare short names of national bodies in a joint
list of them); this module runs them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.extract.organizations.alias_matches import lexicon_matches
from pipeline.extract.organizations.base import (
    LEXICON,
    MODEL,
    PATTERN,
    Candidate,
    Entry,
    is_latin,
    only_places,
    places_and_generic,
    pos_words,
    resources,
)
from pipeline.extract.organizations.candidates import head_candidates, model_candidates
from pipeline.extract.organizations.context import numbered_group_units, vouched_companies
from pipeline.extract.organizations.filters import (
    Zones,
    excluded_zones,
    is_excluded,
    misread_common_words,
    model_ok,
    select,
)
from pipeline.extract.organizations.joint_lists import level_siblings, national_short_names, place_siblings
from pipeline.extract.organizations.listed_names import coordinated_brands
from pipeline.extract.organizations.names import canonicalise
from pipeline.extract.organizations.scope import model_sentences
from pipeline.extract.organizations.script import simplified_doc
from pipeline.extract.unit_forms import home_place
from pipeline.nlp.doc import WordIndex

__all__ = [
    "LEXICON",
    "MODEL",
    "PATTERN",
    "Candidate",
    "Entry",
    "Zones",
    "extract_organizations",
    "find_organizations",
    "is_latin",
    "resources",
    "select",
]



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


def find_organizations(
    doc: Doc, *, use_model: bool = True, min_prob: float | None = None, model_scope: str = "anchored",
    beam_width: int | None = None,
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Organisation mentions of a Doc (canonicalised, in text order), and the spans of every
    organisation name the lexicon recognises there, also where the context makes it no mention
    (二十国集团领导人峰会 names an event): a name owns the numerals inside it.

    ``min_prob`` overrides the calibrated thresholds of model-only names (calibration only; the
    model's left edges of head-word names keep the calibrated ``model_min_prob``).
    ``model_scope`` and ``beam_width``: which sentences the model reads (``scope``) and its beam
    width (None: ``pipeline.ner.BEAM_WIDTH``); config.cfg sets both for the pipeline.
    Traditional-Chinese text is read through its simplified copy (``script``); mentions keep the
    document's own text, and a name with no lexicon entry its own script as canonical name."""
    original = doc._.text
    if not original.strip():
        return [], []
    work = simplified_doc(doc)
    regional = resources().rules["regional_bodies"].get(home_place(original)) or {}
    mentions, names = _find(work, use_model, min_prob, model_scope, beam_width, regional)
    mentions = national_short_names(place_siblings(mentions, work._.text), work._.text)
    mentions = level_siblings(mentions, work._.text)
    mentions = _regional_bodies(mentions, work._.text, regional)
    if work is not doc:
        simple = work._.text
        lexicon = resources().aliases
        written = {m.canonical: original[m.start : m.end] for m in mentions
                   if m.canonical == simple[m.start : m.end] and m.canonical not in lexicon}
        # a name given in full keeps its own script, and so do its later short forms (特區政府 → 香港特別行政區政府)
        mentions = [replace(m, canonical=written[m.canonical]) if m.canonical in written else m for m in mentions]
    return mentions, names


def _regional_bodies(mentions: list[Candidate], simple: str, table: dict[str, str]) -> list[Candidate]:
    """A short name of a mainland body (央行, 证监会, 金管局) names the region's own body where the text's own place is
    Taiwan, Hong Kong or Macao (``table``: ``regional_bodies`` of its home currency); written with a place or a
    national prefix (中国央行, 美国证监会) it keeps the name it has."""
    if not table:
        return mentions
    lexicon = resources().aliases
    out = []
    for m in mentions:
        target = table.get(simple[m.start:m.end])
        entry = lexicon.get(target) if target else None
        out.append(replace(m, canonical=entry.canonical, type=entry.type) if entry else m)
    return out


def _find(
    doc: Doc, use_model: bool, min_prob: float | None, model_scope: str, beam_width: int | None,
    regional: dict[str, str],
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    text = doc._.text
    index = WordIndex(doc)
    cuts = index.boundaries()
    sentences = _sentences(doc, text)
    lexicon = lexicon_matches(text, cuts, regional, index)
    model = model_candidates(doc, model_sentences(text, index, sentences, model_scope), beam_width) if use_model else []
    model_spans = {(c.start, c.end): c.prob for c in model}
    heads = _not_lexicon_runs(head_candidates(text, index, cuts, lexicon, model_spans, sentences), lexicon)
    zones = Zones(excluded_zones(text))
    rule_cands = [c for c in lexicon + heads if not is_excluded(c, text, zones)]
    head_spans = {(h.start, h.end) for h in heads}
    common = misread_common_words(model, text, index)  # 民生实事, 风雹、干旱: common words, no names
    model_cands = [
        c for c in model
        if text[c.start:c.end] not in common
        and model_ok(c, text, cuts, pos_words(index, c.start, c.end), min_prob,
                     before=pos_words(index, c.start - 1, c.start) if c.start else [])
        and not is_excluded(c, text, zones)
        and (c.start, c.end) not in head_spans
    ]
    model_at = {(c.start, c.end): c for c in model}
    listed = [c for c in vouched_companies(text, model_at, cuts) if not is_excluded(c, text, zones, vouched=True)]
    # a group's numbered unit goes first: its 局 made the same span a government head's (中铁十一局, round 31)
    numbered = [c for c in numbered_group_units(text) if not is_excluded(c, text, zones, vouched=True)]
    chosen = _without_descriptors(select(numbered + rule_cands + listed + model_cands), text)
    mentions = canonicalise(chosen, text, cuts)
    in_lists = {span: c for span, c in model_at.items()
                if model_ok(c, text, cuts, pos_words(index, c.start, c.end), min_prob=0.0)}
    mentions = sorted(mentions + coordinated_brands(text, mentions, zones, in_lists), key=lambda m: (m.start, m.end))
    names = sorted({(c.start, c.end) for c in lexicon} | {(m.start, m.end) for m in mentions})
    return mentions, names


_LATIN_NAME = re.compile(r"\s?[A-Z][A-Za-z]")  # a capitalised Latin name right after a description


def _without_descriptors(chosen: list[Candidate], text: str) -> list[Candidate]:
    """英国咨询公司SBD, 亚洲初创公司某某速递: a head-word phrase of places and generic words (one generic word at least)
    right before another name or a capitalised Latin word (a space between at most) describes that name, an
    apposition; the name is the mention, the description none.
    Linear: each candidate looks at its successor only."""
    out: list[Candidate] = []
    for k, c in enumerate(chosen):
        nxt = chosen[k + 1] if k + 1 < len(chosen) else None
        named = (nxt is not None and not text[c.end:nxt.start].strip()) or _LATIN_NAME.match(text, c.end) is not None
        if nxt is not None and _government_head(c.head) and _government_head(nxt.head):
            named = False  # 广东省统计局 广东省财政厅: a by-line's bodies side by side, no description (round 29)
        if (c.source == PATTERN and c.head and named
                and places_and_generic(text[c.start:c.end - len(c.head)])
                and not only_places(text[c.start:c.end - len(c.head)])):  # (辽宁大学 日本研究所: a place's body)
            continue
        out.append(c)
    return out


def _government_head(head: str) -> bool:
    """``head`` is the head word of a government body (统计局, 科学技术厅, 财政厅): a name it ends names one body."""
    return bool(head) and head in resources().government_heads


def _not_lexicon_runs(heads: list[Candidate], lexicon: list[Candidate]) -> list[Candidate]:
    """中央纪委国家监委: two lexicon names written back to back (a joint body's two names) are two mentions, not one
    head-word name; a head-word name that the lexicon's names tile from end to end is dropped."""
    ends_at: dict[int, set[int]] = {}
    for c in lexicon:
        ends_at.setdefault(c.start, set()).add(c.end)

    def tiled(start: int, end: int) -> bool:
        reach, frontier = set(), {start}
        while frontier:  # positions reachable by whole lexicon names from start (within the name)
            k = frontier.pop()
            reach.add(k)
            frontier |= {e for e in ends_at.get(k, ()) if e <= end and e not in reach}
        return end in reach and end not in ends_at.get(start, set())

    return [h for h in heads if not tiled(h.start, h.end)]


def extract_organizations(doc: Doc, *, use_model: bool = True) -> list[dict]:
    """Organisation rows of a Doc: start, end (end exclusive), text, canonical, type."""
    text = doc._.text
    return [{"start": m.start, "end": m.end, "text": text[m.start : m.end], "canonical": m.canonical,
             "type": m.type} for m in find_organizations(doc, use_model=use_model)[0]]
