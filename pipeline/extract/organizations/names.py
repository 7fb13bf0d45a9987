"""Canonical names: the lexicon's, aliases given in the text, shorter later mentions; names
listed beside a known company and names before a stock code."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.chars import is_han
from pipeline.extract.organizations.alias_matches import telling_verbs
from pipeline.extract.organizations.base import (
    CJK,
    LEXICON,
    NAME_CHAR,
    PATTERN,
    Candidate,
    Entry,
    all_generic,
    bracket_spans,
    is_latin,
    only_places,
    places_and_generic,
    resources,
)
from pipeline.extract.organizations.filters import Zones, is_excluded, names_an_index
from pipeline.nlp.jieba_dict import default_jieba, pos_tagger
from pipeline.resources import cached
from pipeline.spans import SpanSet


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
    out = _merge_adjacent(out, text)
    out = _affiliation_units(out, text)
    out = _academy_short_units(out, text)
    out = _bracket_aliases(out, text)
    out = _declared_short_names(out, text, cuts)
    out = _later_short_mentions(out, text)
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


def _affiliation_units(ms: list[Candidate], text: str) -> list[Candidate]:
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


def _academy_short_units(ms: list[Candidate], text: str) -> list[Candidate]:
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


def _bracket_aliases(ms: list[Candidate], text: str) -> list[Candidate]:
    """X（Y）: Y is another name of X.  A bracketed Latin alias after a non-organisation is the
    abbreviation of that thing (数据中心（IDC）) and is dropped."""
    res = resources()
    by_start = {c.start: i for i, c in enumerate(ms)}
    by_end = {c.end: i for i, c in enumerate(ms)}
    drop: set[int] = set()
    terms: set[str] = set()  # Latin abbreviations of things
    out = list(ms)
    for opener, closer in res.rules["alias_brackets"]:
        for bs, be in bracket_spans(text, opener, closer):
            inner_s, inner_e = bs + 1, be - 1
            inner = text[inner_s:inner_e].strip()
            if not inner or len(inner) > 40:
                continue
            inner_s = text.index(inner, inner_s)
            inner_e = inner_s + len(inner)
            xi = by_end.get(bs)
            yi = by_start.get(inner_s)
            if yi is not None and out[yi].end != inner_e:
                if xi is not None and _short_name(inner, text[out[yi].end:inner_e], text[out[xi].start:bs]):
                    # 国网浙江电力 names the provincial company before it, not 国网
                    drop.update(i for i, c in enumerate(out) if inner_s <= c.start and c.end <= inner_e)
                    x = out[xi]
                    out.append(Candidate(inner_s, inner_e, x.source, x.canonical, x.type))
                continue
            if xi is not None and yi is not None:
                x, y = out[xi], out[yi]
                lex = [m for m in (x, y) if m.source == LEXICON or res.aliases.get(text[m.start : m.end])]
                keep = lex[0] if lex else x
                out[xi] = replace(x, canonical=keep.canonical, type=keep.type)
                out[yi] = replace(y, canonical=keep.canonical, type=keep.type)
            elif xi is not None and yi is None and is_latin(inner) and len(inner) >= 2 and not is_code(inner):
                x = out[xi]
                out.append(Candidate(inner_s, inner_e, x.source, x.canonical, x.type))
            elif xi is None and is_latin(inner) and bs > 0 and CJK.match(text[bs - 1]):
                terms.add(inner)
                if yi is not None:
                    drop.add(yi)
    # The abbreviation of a thing (健康寿命损失年（YLD）) names that thing wherever it recurs.
    drop |= {i for i, c in enumerate(out) if c.source != LEXICON and text[c.start : c.end] in terms}
    return sorted((c for i, c in enumerate(out) if i not in drop), key=lambda c: (c.start, c.end))


def _short_name(inner: str, rest: str, full: str) -> bool:
    """Whether a bracket after ``full`` holds its short name: Chinese characters only (no list or declaration) whose
    part after the shorter name it opens with abbreviates ``full`` (国家发改委宏观院 of 中国宏观经济研究院, 浙大一院 of
    浙江大学医学院附属第一医院), not a description (国家电网下属企业)."""
    short = len(inner) <= int(resources().rules["bracket_short_name_max"]) and all(map(is_han, inner))
    return short and _is_subsequence(rest, full)


@cached
def _declaration() -> re.Pattern[str]:
    return re.compile(resources().rules["alias_declaration"])


def _declared_short_names(ms: list[Candidate], text: str, cuts: set[int]) -> list[Candidate]:
    """隆基绿能科技股份有限公司（以下简称“隆基绿能”）: the declared short name is a mention of the full name, in the
    brackets and wherever it recurs as a word of its own (on jieba's cuts; a shorter name inside it, 吉利 of 吉利控股,
    gives way). A role word, a self-reference, a bare kind of body or a group (以下简称“公司”, “本所”, “协会”,
    “两部门”) declares nothing."""
    rules = resources().rules
    refused = set(rules["declared_alias_not"])
    roles = tuple(rules["declared_alias_role_starts"])
    declared: dict[str, Candidate] = {}
    for c in ms:
        m = _declaration().match(text, c.end)
        if not m or m["alias"] in declared or m["alias"] == text[c.start:c.end]:
            continue
        alias = m["alias"]
        if alias in refused or _self_reference(alias, roles) or re.fullmatch(rules["declared_alias_refused"], alias):
            continue
        declared[alias] = replace(c, start=m.start("alias"), end=m.end("alias"))
    for alias, c in _header_declarations(ms, text).items():
        declared.setdefault(alias, c)
    for c in ms:  # 环亚经济数据有限公司(CEIC): a Latin short name in brackets after the full name (round 46)
        alias = text[c.start:c.end]
        if (c.canonical and c.canonical != alias and c.start and text[c.start - 1] in "（("
                and re.fullmatch(rules["bracket_latin_short_name"], alias)):
            declared.setdefault(alias, c)
    import jieba.posseg

    tags, proper = jieba.posseg.dt.word_tag_tab, set(rules["proper_pos"])
    coded: set[str] = set()  # names given with their code: also before it (a headline, 海螺水泥：上半年…, round 33)
    for c in ms:  # 东方日升（300118）: a name the text gives with its stock code is the company wherever it recurs
        name = text[c.start:c.end]
        if c.type == "company" and _listing_pattern().match(text, c.end) and name not in resources().aliases:
            if name not in declared and tags.get(name, "nz") in proper:
                coded.add(name)  # (not one common dictionary word: 农产品（000061）, 太阳能（000591）; second review)
            declared.setdefault(name, c)
    for c in ms:  # 三一重工股份有限公司 … 三一重工: the name without its legal form recurs as the company (round 47)
        core = _legal_core(text[c.start:c.end]) if c.type == "company" else None
        if core is not None:
            declared.setdefault(core, c)
    if not declared:
        return _with_brand_speakers(ms, text, cuts)
    out = [replace(c, canonical=declared[text[c.start:c.end]].canonical, type=declared[text[c.start:c.end]].type)
           if text[c.start:c.end] in declared else c for c in ms]
    out.sort(key=lambda c: (c.start, c.end))
    found: list[Candidate] = []  # every recurrence on word boundaries, the earliest of overlapping ones
    for alias, full in declared.items():
        for k in name_recurrences(text, alias, full.start, before=alias in coded):
            index = k != full.start and names_an_index(text, k + len(alias))  # S&P 500指数: an index's name
            if not index and ((k in cuts and k + len(alias) in cuts) or k == full.start):
                found.append(replace(full, start=k, end=k + len(alias)))
    found.sort(key=lambda c: (c.start, -c.end))
    starts = [c.start for c in out]
    drop: set[int] = set()
    added: list[Candidate] = []
    for f in found:
        if added and f.start < added[-1].end:
            continue
        i = max(0, bisect.bisect_left(starts, f.start) - 1)
        inside = []
        while i < len(out) and out[i].start < f.end:
            if out[i].end > f.start:
                inside.append(i)
            i += 1
        if all(f.start <= out[i].start and out[i].end <= f.end for i in inside):
            drop.update(inside)
            added.append(f)
    kept = sorted([c for i, c in enumerate(out) if i not in drop] + added, key=lambda c: (c.start, c.end))
    return _with_brand_speakers(kept, text, cuts)


def _with_brand_speakers(ms: list[Candidate], text: str, cuts: set[int]) -> list[Candidate]:
    """美的集团…，美的表示: a company named with its group word (``brand_speakers.group_words``: 集团, 控股; after its
    legal form is taken off: 美的集团股份有限公司) is that company where its brand alone recurs after it as a word of
    its own at a clause's start, right before a verb of telling (round 49): the company speaks of itself by its
    brand. A brand of generic words or places only (科技集团…科技表示, 中国建筑集团…中国表示) or no Han brand of at
    least ``min_chars`` is none; a lexicon name is matched as such. One scan of the text per distinct brand."""
    res = resources()
    spec = res.rules["brand_speakers"]
    groups = tuple(sorted(spec["group_words"], key=len, reverse=True))
    brands: dict[str, Candidate] = {}
    for c in ms:
        name = text[c.start:c.end]
        if c.type != "company":
            continue
        name = _legal_core(name) or name
        group = next((g for g in groups if name.endswith(g)), None)
        brand = name[:-len(group)] if group else ""
        if (len(brand) >= int(spec["min_chars"]) and all(map(is_han, brand)) and brand not in res.aliases
                and not all_generic(brand) and not only_places(brand) and not places_and_generic(brand)):
            brands.setdefault(brand, c)
    if not brands:
        return ms
    taken = SpanSet((c.start, c.end) for c in ms)
    verbs = telling_verbs()
    added: list[Candidate] = []
    for brand, full in brands.items():
        for k in name_recurrences(text, brand, full.end, before=False):
            end = k + len(brand)
            if (k in cuts and end in cuts and (k == 0 or not is_han(text[k - 1])) and text.startswith(verbs, end)
                    and not taken.overlaps(k, end)):
                added.append(replace(full, start=k, end=end))
    return sorted([*ms, *added], key=lambda c: (c.start, c.end)) if added else ms


def _self_reference(alias: str, roles: tuple[str, ...]) -> bool:
    """Whether a declared short name opens with a word of self-reference or address (本所, 该行, 我行, 贵司:
    ``declared_alias_role_starts``), which declares nothing; a name that opens with a place whose first character is
    one of them (贵州茅台, 贵阳银行) is the company's short name all the same (round 49); the country's own word
    (我国…: ``national_prefixes``) is no such place."""
    res = resources()
    home = set(res.rules["national_prefixes"])
    return alias.startswith(roles) and not any(
        alias[:k] in res.places and alias[:k] not in home for k in (2, 3) if k < len(alias))


def _legal_core(name: str) -> str | None:
    """A registered company name without its legal form (三一重工 of 三一重工股份有限公司: ``legal_core``), when that
    core can stand for the company later in the text: Han characters only, long enough, no lexicon name, no place and
    no run of generic words; None otherwise."""
    res = resources()
    spec = res.rules["legal_core"]
    form = next((f for f in sorted(spec["forms"], key=len, reverse=True) if name.endswith(f)), None)
    if form is None:
        return None
    core = name[: -len(form)]
    if (len(core) < int(spec["min_chars"]) or not all(map(is_han, core)) or core in res.aliases
            or all_generic(core) or only_places(core) or places_and_generic(core) or _place_and_common_nouns(core)):
        return None
    return core


def _place_and_common_nouns(core: str) -> bool:
    """Whether a registered name's core is a place and then common nouns only (北京|汽车, 中国|石油|天然气:
    ``place_pos``, then ``legal_core.common_pos``): later in the text it reads as the place's thing (北京汽车消费,
    中国石油天然气产量), so it stands for no company (round 47 review)."""
    rules = resources().rules
    tags = [p.flag for p in pos_tagger().cut(core)]
    return (len(tags) > 1 and tags[0] in rules["place_pos"]
            and all(t in rules["legal_core"]["common_pos"] for t in tags[1:]))


def name_recurrences(text: str, name: str, first: int, before: bool) -> Iterator[int]:
    """Where ``name`` stands in ``text`` from ``first`` on, and (``before``: a name given with its stock code or
    vouched for by an act) before it only in the title line or as a headline's name (海螺水泥：上半年…): the places a
    short name recurs as the company (round 33; round 46 for an act's name). One scan of the text; the callers check
    word boundaries."""
    title_end = text.find("\n")
    k = text.find(name, 0 if before else first)
    while k >= 0:
        end = k + len(name)
        if k >= first or k < title_end or text.startswith(("：", ":"), end):
            yield k
        k = text.find(name, end)


def _header_declarations(ms: list[Candidate], text: str) -> dict[str, Candidate]:
    """Short names of header lines (证券简称：贵州茅台) with the issuer they name: the full company name of the text
    that they are a short form of (贵州茅台酒股份有限公司, on the title line), else the short name itself. A lexicon
    name keeps its lexicon entry (宁德时代)."""
    res = resources()
    at = {(c.start, c.end): c for c in ms}
    legal = tuple(res.rules["legal_suffixes"])
    full_names = [c for c in ms if c.type == "company" and text[c.start:c.end].endswith(legal)]
    out: dict[str, Candidate] = {}
    for s, e in header_short_names(text):
        alias = text[s:e]
        if alias in res.aliases or alias in out or (s, e) not in at:
            continue
        full = next((f for f in full_names if _short_of(alias, text[f.start:f.end])), at[(s, e)])
        out[alias] = replace(full, start=s, end=e)
    return out


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
    if len(short) < 2 or len(short) >= len(full) or not CJK.search(short):
        return False
    if short in _core_names(full):
        return True
    if _skips_lower_place(short, full):
        return False  # 北京市疾控中心 after 北京市朝阳区疾控中心: the city's own centre
    if _is_subsequence(short, full) and _lexicon_prefix(short) not in (None, _lexicon_prefix(full)):
        return False  # 中国银行广东省分行 opens with another body than 中国人民银行广东省分行
    return _is_subsequence(short, full) and (short[0] == full[0] or short[-1] == full[-1]) and len(short) >= 3


@cached
def _places_longest_first() -> tuple[str, ...]:
    return tuple(sorted(resources().places, key=len, reverse=True))


def _skips_lower_place(short: str, full: str) -> bool:
    """Whether ``short`` opens with a place and its level (北京市, 浙江省) that ``full`` opens with too, and ``full``
    goes on from there to a place of a lower level (朝阳区, 杭州市: ``lower_level_place``) that ``short`` leaves out:
    the short form names the higher place's own body (北京市疾控中心 is no short form of 北京市朝阳区疾控中心)."""
    res = resources()
    levels = res.rules["admin_suffix_chars"]
    place = next((p for p in _places_longest_first() if short.startswith(p) and short[len(p):len(p) + 1] in levels
                  and short[len(p):len(p) + 1]), None)
    if place is None:
        return False
    k = len(place) + 1
    if not full.startswith(short[:k]):
        return False
    lower = re.match(res.rules["lower_level_place"], full[k:])
    return lower is not None and not short[k:].startswith(lower.group())


def _named_part(short: str, full: str) -> str:
    """The body a short form names in a longer name: the name up to the head the short form ends with, where a unit
    follows it (中科院预测科学中心 names 中国科学院预测科学研究中心 of …研究中心宏观经济部), else the whole.
    Each head the short form ends with is tried, longest first (科学中心, then 中心 for …研究中心), a shorter
    one of two characters or more only."""
    res = resources()
    if short[-1] == full[-1] or short in _core_names(full):  # (网商银行 of 浙江网商银行股份有限公司)
        return full
    ends = [h for h, _ in res.heads if short.endswith(h)]  # longest first: 科学中心, else 中心 (…研究中心)
    for head in ends[:1] + [h for h in ends[1:] if len(h) >= 2]:  # (宁夏卫健委: no 委 of …卫生健康委员会)
        k = full.find(head)
        while k >= 0:
            end = k + len(head)
            if _is_subsequence(short, full[:end]) and full[end:] not in res.rules["legal_suffixes"]:
                return full[:end]
            k = full.find(head, k + 1)
    return full


def _lexicon_prefix(name: str) -> str | None:
    """The canonical name of the longest lexicon name ``name`` opens with, if any."""
    aliases = resources().aliases
    for length in range(min(len(name), 12), 1, -1):
        entry = aliases.get(name[:length])
        if entry is not None:
            return entry.canonical
    return None


def _later_short_mentions(ms: list[Candidate], text: str) -> list[Candidate]:
    """A shorter later mention of a name given in full earlier maps to the full name (when only
    one earlier name fits); lexicon names keep their own canonical name.

    Each mention is tested against the earlier names that hold every one of its characters only
    (:class:`_NamesByCharacter`; round 41): a short form is a subsequence of its full name (:func:`_short_of`), so
    no other name can fit. Testing every distinct earlier name made a long document's cost mentions × names (the
    1 MB one-line file: 11,695 tests, 3.9 s of a profile)."""
    res = resources()
    out: list[Candidate] = []
    names = _NamesByCharacter()  # distinct earlier names: far fewer than mentions
    for c in ms:
        surface = text[c.start : c.end]
        if c.source != LEXICON and surface not in res.aliases and surface == c.canonical:
            fits = {name for name in names.holding(surface) if _short_of(surface, name[0])}
            if len(fits) == 1:
                canonical, typ = fits.pop()
                part = _named_part(surface, canonical)
                c = replace(c, canonical=part, type=typ if part == canonical else c.type)
        out.append(c)
        names.add((c.canonical, c.type))
    return out


class _NamesByCharacter:
    """Distinct (canonical, type) names, indexed by the characters of the canonical name: :meth:`holding` gives the
    names that hold every character of a short form, the only ones it can be a subsequence of. :func:`_short_of`
    holds only for a subsequence (a core name of :func:`_core_names` is a piece of the full name, and the
    abbreviation test asks for a subsequence), so the fits found among them are all the fits."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()
        self._by_char: dict[str, list[tuple[str, str]]] = {}

    def add(self, name: tuple[str, str]) -> None:
        if name not in self._seen:
            self._seen.add(name)
            for ch in set(name[0]):
                self._by_char.setdefault(ch, []).append(name)

    def holding(self, short: str) -> list[tuple[str, str]]:
        """The names that hold every character of ``short`` (none for an empty ``short``), from the shortest list of
        names of one of its characters."""
        lists = [self._by_char.get(ch, []) for ch in set(short)]
        if not lists:
            return []
        fewest = min(lists, key=len)
        chars = set(short)
        return [name for name in fewest if chars.issubset(name[0])]


# ---------------------------------------------------------------- coordinated names

_BRAND = re.compile(r"[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]")


@cached
def _list_patterns() -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """(separator, a run of listed items, the word that ends the last item), from ``lists`` in
    org_patterns.yaml."""
    spec = resources().rules["lists"]
    sep = spec["separator"]
    item = f"[^{re.escape(sep + spec['item_stops'])}\\n]{{1,{int(spec['max_item_chars'])}}}"
    ends = sorted(spec["end_words"], key=len, reverse=True)
    return sep, re.compile(f"(?:{item}{re.escape(sep)})+{item}"), re.compile("|".join(map(re.escape, ends)))


def coordinated_brands(
    text: str, mentions: list[Candidate], zones: Zones, listed: dict[tuple[int, int], Candidate] | None = None,
) -> list[Candidate]:
    """Names listed with a company (Shein、JollyChic、Fordeal等; 欧菲光、歌尔股份等) are companies too.

    A 、-list names things of one kind; beside a known company, a brand-like Latin name
    (capitalised, no spaces) and a name the statistical model marks as the whole item (at any
    probability: the list is the evidence, ``listed``) are companies of their own name.
    """
    listed = listed or {}
    spec = resources().rules["lists"]
    sep, list_run, list_end = _list_patterns()
    frame = re.compile(spec["first_item_frame"])
    low, high = spec["plain_item_chars"]
    companies = {(m.start, m.end) for m in mentions if m.type == "company"}
    taken = [(m.start, m.end) for m in mentions]
    found: list[Candidate] = []
    followers, others_said = re.compile(spec["company_followers"]), re.compile(spec["other_followers"])
    for run in list_run.finditer(text):
        items, offset, tail = [], run.start(), ""
        pieces = run.group().split(sep)
        unsure = set()  # items cut at a joiner before the last one (选择与美国高通: 选择 is no item)
        for k, piece in enumerate(pieces):
            cut = list_end.search(piece)
            core = piece[: cut.start()] if cut and cut.start() > 0 else piece
            tail = piece[len(core):]
            begin = offset + len(core) - len(core.lstrip())
            items.append((begin, offset + len(core.rstrip())))
            if cut and k < len(pieces) - 1:
                unsure.add(items[-1])
            offset += len(piece) + len(sep)
        first = items[0]
        framed = frame.match(text[first[0]:first[1]])
        if framed and first not in companies and 0 < framed.end() < first[1] - first[0]:
            items[0] = (first[0] + framed.end(), first[1])  # 板块内冠中生态: the list starts after its frame
        if not any(item in companies for item in items):
            continue
        named = sum(item in companies or item in listed for item in items)  # known, or a whole model name
        after = tail + text[run.end():run.end() + 16]
        said_companies = bool(followers.match(after))  # …等13只个股
        said_other = not said_companies and bool(others_said.match(after))  # …、新能源汽车等板块
        for start, end in items:
            if any(s < end and start < e for s, e in taken):
                continue
            others_named = named - ((start, end) in companies or (start, end) in listed) == len(items) - 1
            plain = ((said_companies or (others_named and not said_other)) and (start, end) not in unsure
                     and low <= end - start <= high
                     and all(is_han(ch) for ch in text[start:end]) and not places_and_generic(text[start:end]))
            if not _BRAND.fullmatch(text[start:end]) and (start, end) not in listed and not plain:
                continue
            candidate = Candidate(start, end, PATTERN, canonical=text[start:end], type="company")
            if not is_excluded(candidate, text, zones):
                found.append(candidate)
    return found


def listed_companies(text: str, model: dict[tuple[int, int], Candidate], cuts: set[int]) -> list[Candidate]:
    """A name right before a stock code in brackets is a listed company: 春秋航空（601021.SH）, also with the code's
    label (海螺水泥（股票代码：600585）, ``listing.code_label``).

    The name is the model's span that ends at the bracket (at any probability: the code is the
    evidence), else the run of word characters back to punctuation, at most
    ``listing.max_name_chars`` long and starting on a word boundary.
    """
    spec = resources().rules["listing"]
    by_end = {e: s for s, e in sorted(model)}
    limit = int(spec["max_name_chars"])
    out: list[Candidate] = []
    for match in _listing_pattern().finditer(text):
        end = match.start()
        start = by_end.get(end)
        described = _after_descriptor(text, end, cuts, start)
        if described is not None:
            start = described  # 锂电龙头某某能源（300999）: the descriptor is no part of the name (round 22)
        elif start is None:
            start = end
            while start > 0 and end - start < limit and NAME_CHAR.match(text[start - 1]):
                start -= 1
            if start not in cuts:
                continue
        start = after_joiner(text, start, end, cuts, spec["name_after_words"])
        if end - start >= 2 and NAME_CHAR.match(text[start]):
            out.append(Candidate(start, end, PATTERN, type="company"))
    return out


def _after_descriptor(text: str, end: int, cuts: set[int], start: int | None) -> int | None:
    """Where the name before a code starts when a word describing the company stands glued before it (锂电龙头某某能源,
    半导体设备商某某微电子; ``listing.descriptor_words``): right after the last such word that ends or starts a word of
    its own (the segmenter may glue its last character to the name), has text before it in the run (or in the model's
    span) and leaves a name of two to ``max_name_chars`` characters that is no generic word nor opens with an
    organisation's head (甲乙企业集团 keeps 企业); else None."""
    spec = resources().rules["listing"]
    run = end
    while run > 0 and end - run < int(spec["descriptor_run_chars"]) and NAME_CHAR.match(text[run - 1]):
        run -= 1
    if start is not None:
        run = min(run, start)
    limit = int(spec["max_name_chars"])
    heads = tuple(head for head, _ in resources().heads)
    for k in range(end - 2, run, -1):
        if end - k > limit or all_generic(text[k:end]) or text.startswith(heads, k):
            continue  # (甲乙企业集团, 某某企业股份有限公司: 企业 inside a name before its head)
        if any(text.endswith(word, run, k) and k - len(word) > run and (k in cuts or k - len(word) in cuts)
               for word in spec["descriptor_words"]):
            return k
    return None


def after_joiner(text: str, start: int, end: int, cuts: set[int], joiners: list[str]) -> int:
    """Where the name before a code starts when the run holds a preposition or conjunction after another party
    (深交所向东方日升（300118）, 公司与宁德时代（300750））: right after the last such word, so the party before
    it and the verb's preposition stay out of the listed company's name. The word stands on its own, or right
    after a lexicon name (深圳证券交易所对光迅科技: jieba reads 对光)."""
    aliases = resources().aliases
    for k in range(end - 2, start + 1, -1):
        word = next((j for j in joiners if text.startswith(j, k) and k + len(j) <= end - 2), None)
        if not word:
            continue
        own_word = k in cuts and k + len(word) in cuts
        if own_word or any(text[i:k] in aliases for i in range(max(0, k - 12), k - 1)):
            return k + len(word)
    return start


def header_short_names(text: str) -> list[tuple[int, int]]:
    """Spans of the short names in announcement header lines (证券代码：600519　证券简称：贵州茅台): the slot next to
    a six-digit code on the same line (``listing.header_name``, ``listing.header_code``)."""
    res = resources()
    spec = res.rules["listing"]
    out = []
    for m in re.finditer(spec["header_name"], text):
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        known = re.sub(spec["share_class_end"], "", m["alias"]) in res.aliases  # 京东方Ａ: the lexicon's 京东方
        if re.search(spec["header_code"], line) and not known:
            out.append(m.span("alias"))
    return out


def is_code(inner: str) -> bool:
    """A stock code (601021.SH) in brackets is no alias of the name before it."""
    return bool(re.fullmatch("|".join(resources().rules["listing"]["codes"]), inner))


@cached
def _listing_pattern() -> re.Pattern[str]:
    """Brackets around a stock code (``listing`` in org_patterns.yaml)."""
    spec = resources().rules["listing"]
    codes = "|".join(spec["codes"])
    opens = re.escape("".join(o for o, _ in spec["brackets"]))
    closes = re.escape("".join(c for _, c in spec["brackets"]))
    label, field = spec["code_label"], spec["code_field_end"]  # （股票代码：600585）, （证券代码：002594，证券简称：…）
    return re.compile(f"[{opens}]{label}?(?:{codes})(?:[{closes}]|(?={field}))")
