"""Merges of adjacent mentions into one: a Chinese name and the Latin name right after it, a by-line's research
body and its unit, an academy and its institute named in short (split from ``names``, round 50)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.organizations.base import (
    Candidate,
    is_latin,
    resources,
)
from pipeline.nlp.jieba_dict import default_jieba
from pipeline.resources import cached


def merge_adjacent(ms: list[Candidate], text: str) -> list[Candidate]:
    """联合国UNCTAD / 联合国 UNCTAD: a Chinese name directly followed by a Latin one is one mention
    of the more specific (Latin) organisation."""
    out: list[Candidate] = []
    for c in ms:
        if out:
            p = out[-1]
            gap = text[p.end : c.start]
            if (
                gap in ("", " ")
                and not is_latin(text[p.start : p.end])
                and is_latin(text[c.start : c.end])
            ):
                out[-1] = replace(c, start=p.start, source=max(p.source, c.source))
                continue
        out.append(c)
    return out


@cached
def _affiliation_unit_pattern() -> re.Pattern[str]:
    """A space, then a unit's name ending in a unit head and the affiliation (``affiliation_units``)."""
    spec = resources().rules["affiliation_units"]
    heads = "|".join(map(re.escape, sorted(spec["joined_heads"], key=len, reverse=True)))
    run = f"[\u4e00-\u9fff]{{0,{int(spec['max_unit_chars'])}}}?"
    return re.compile(f"[ \u3000]?({run}(?:{heads}))(?={spec['followers']})")


def affiliation_units(ms: list[Candidate], text: str) -> list[Candidate]:
    """辽宁大学 日本研究所, 某某大学 经济与管理学院: a by-line's research body and its unit (apart or back to back) are
    one mention of the unit (canonical without the space); mentions inside the unit's words are dropped."""
    parents = tuple(resources().rules["affiliation_units"]["parent_heads"])
    out: list[Candidate] = []
    reach = -1
    for c in ms:
        if c.start < reach:
            continue  # inside a unit already joined to its body
        m = (_affiliation_unit_pattern().match(text, c.end)
             if c.type == "research" and text[c.start:c.end].endswith(parents) else None)
        if m is not None and _unit_run(m.group(1), parents):
            c = replace(c, end=m.end(), canonical=re.sub(r"\s+", "", text[c.start:m.end()]))
            reach = m.end()
        out.append(c)
    return out


def academy_short_units(ms: list[Candidate], text: str) -> list[Candidate]:
    """中科院物理所, 中国科学院半导体所: an academy's institute named in short right after the academy
    (``academy_short_units``) is one mention of the institute, canonical with the full head (round 23)."""
    spec = resources().rules["academy_short_units"]
    parents = tuple(spec["parents"])
    short, full = spec["short_head"], spec["full_head"]
    pattern = re.compile(f"([\u4e00-\u9fff]{{1,{int(spec['max_unit_chars'])}}}?){re.escape(short)}")
    out: list[Candidate] = []
    reach = -1
    for c in ms:
        if c.start < reach:
            continue  # inside an institute already joined to its academy
        academy = _academy_at(text[c.start:c.end], c, parents)
        m = pattern.match(text, c.start + academy[0]) if academy else None
        if (m is not None and m.end() >= c.end
                and _academy_unit_run(m.group(1), text[m.end():m.end() + 1], spec, parents)):
            c = replace(c, end=m.end(), canonical=academy[1] + m.group(1) + full, type="research", head=full)
            reach = m.end()
        out.append(c)
    return out


def _academy_at(surface: str, c: Candidate, parents: tuple[str, ...]) -> tuple[int, str] | None:
    """The academy a mention is or opens with (中科院; 中国科学院 of a found 中国科学院微电子): its length in the
    mention and its canonical name, or None. A found name that runs past a lexicon academy's name may hold its
    institute in short."""
    if c.type == "research" and surface.endswith(parents):
        return len(surface), c.canonical
    res = resources()
    if surface in res.aliases:
        return None  # a lexicon name of the short form keeps its entry (中科院计算所)
    for length in range(min(len(surface) - 1, res.max_alias), 1, -1):
        entry = res.aliases.get(surface[:length])
        if entry is not None and entry.type == "research" and surface[:length].endswith(parents):
            return length, entry.canonical
    return None


def _academy_unit_run(run: str, after: str, spec: dict, parents: tuple[str, ...]) -> bool:
    """Whether the run between an academy and a 所 names its institute: no 所 or refused word inside, no 所 that
    opens a word with the character after it, and a unit's run as after a by-line's body (see _unit_run)."""
    if spec["short_head"] in run or (after and after in spec["refused_after"]):
        return False
    if any(word in run for word in spec["refused_runs"]):
        return False
    return _unit_run(run, parents)


def _unit_run(run: str, parents: tuple[str, ...]) -> bool:
    """Whether the run after a research body names a unit of it: it opens with no conjunction or preposition
    (与清华大学研究院: another body), holds no body of a parent's kind (…大学…) and no verb that names no body's field
    (共建研究院: the body's act)."""
    import jieba.posseg

    rules = resources().rules
    tags = jieba.posseg.dt.word_tag_tab
    words = default_jieba().lcut(run)
    if not words or words[0] in rules["left_stop_words"] or any(w.endswith(parents) for w in words[:-1]):
        return False
    return not any(tags.get(w) in ("v", "vd") and w not in rules["name_verbs"] for w in words)
