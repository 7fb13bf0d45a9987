"""Canonical names: the lexicon's, a lexicon company's name before its head word or the opening of its full
name, a unit after its public body's full name, a court's short name as its full name. ``canonicalise`` is the entry:
it runs the stages of ``unit_merges`` (adjacent and affiliated units), ``declared_names`` (bracketed and declared
short names) and ``short_forms`` (shorter later mentions) in turn; ``listed_names`` reads listed companies."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.organizations.base import (
    LEXICON,
    Candidate,
    Entry,
    resources,
)
from pipeline.extract.organizations.declared_names import bracket_aliases, declared_short_names
from pipeline.extract.organizations.short_forms import later_short_mentions
from pipeline.extract.organizations.unit_merges import academy_short_units, affiliation_units, merge_adjacent


def canonicalise(mentions: list[Candidate], text: str, cuts: set[int]) -> list[Candidate]:
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
        entry = _opening_of_full_name(surface, res.aliases)
        if entry is not None:
            out.append(replace(c, canonical=entry.canonical, type=entry.type))
            continue
        out.append(replace(c, canonical=surface, type=c.type or default_type))
    out = merge_adjacent(out, text)
    out = affiliation_units(out, text)
    out = academy_short_units(out, text)
    out = bracket_aliases(out, text)
    out = declared_short_names(out, text, cuts)
    out = later_short_mentions(out, text)
    # a unit's own name still as written (no earlier full name): its body's full name before its own part; a later
    # short form mapped to that name follows it (中科院广州能源研究所 … 广州能源研究所: one entry)
    expanded = {c.canonical: _unit_of_body(c.canonical, c) for c in out
                if c.source != LEXICON and c.canonical == text[c.start:c.end]}
    out = [replace(c, canonical=expanded.get(c.canonical) or c.canonical) for c in out]
    return [replace(c, canonical=_court_full_name(c.canonical, c.head)) if c.canonical == text[c.start:c.end] else c
            for c in out]


def _court_full_name(name: str, head: str) -> str:
    """A court's short name by its level after its place, numbered or not (北京一中院, 江苏高院, 广州中级法院:
    ``court_short_forms``), as the court's full name (北京市第一中级人民法院, 江苏省高级人民法院, 广州市中级人民法院),
    so that a full name written later is the same organisation: a high court's place is a province-level division, an
    intermediate court's a mainland city (``domestic_places``) or, numbered, a province-level one (海南一中院); ``name``
    itself for any other place (香港高院, 澳门中院, 延边中院, 成都铁路运输中级法院), whose court the short name does not
    say for sure."""
    spec = resources().rules["court_short_forms"]
    full = spec["levels"].get(head)
    if full is None or not name.endswith(head):
        return name
    place, ordinal = name[:-len(head)], ""
    if place[-1:] in spec["ordinals"]:
        place, ordinal = place[:-1], "第" + place[-1]
    level, provinces = spec["place_levels"][head], spec["provinces"]
    bare = place[:-1] if place.endswith(level) else place
    if level == "省":
        return provinces[bare] + ordinal + full if bare in provinces else name
    if bare in provinces:
        return provinces[bare] + ordinal + full if ordinal else name
    return bare + level + ordinal + full if bare in resources().domestic else name  # (a mainland city: 杭州, 深圳)


def _opening_of_full_name(surface: str, aliases: dict[str, Entry]) -> Entry | None:
    """比亚迪股份 → 比亚迪股份有限公司: a name with no entry of its own that opens with a lexicon company's alias and is
    itself the opening of that company's full name is that company's listed short name (round 28); a name that goes on
    differently (紫光股份 of 紫光集团, LG新能源 of LG集团) is a company of its own. Linear: one look-up per length."""
    for k in range(len(surface) - 1, 1, -1):
        entry = aliases.get(surface[:k])
        if entry is not None:
            ok = entry.type == "company" and len(entry.canonical) > len(surface) and entry.canonical.startswith(surface)
            return entry if ok else None
    return None


def _unit_of_body(surface: str, c: Candidate) -> str | None:
    """工信部中小企业局 → 工业和信息化部中小企业局: a unit named after a public body's short name (a lexicon alias of
    the unit's own type, ``unit_parent_types``) takes the body's canonical name before its own part, so the short
    and the full forms of the body give one unit. A national prefix before a body that has no entry with it is the
    body's own (中国国家金融监督管理总局普惠金融司 → 国家金融监督管理总局普惠金融司, as 中国国家金融监督管理总局 is
    国家金融监督管理总局: round 35); a body whose entry holds it (中国人民银行广州分行) keeps it."""
    res = resources()
    if not c.head or c.type not in res.rules["unit_parent_types"]:
        return None
    for national in ("", *res.rules["national_prefixes"]):
        if not surface.startswith(national):
            continue
        rest = surface[len(national):]
        for length in range(min(len(rest) - len(c.head), res.max_alias), 1, -1):
            entry = res.aliases.get(rest[:length])
            if entry is not None:
                if entry.type != c.type or entry.canonical == surface[:len(national) + length]:
                    return None
                return entry.canonical + rest[length:]
    return None
