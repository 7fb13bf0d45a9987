"""Short names the text gives a company or body: a bracket after its full name, a declaration (以下简称…), an
announcement header's short name, a name given with its stock code, a registered name without its legal form, a
group's brand where the company speaks; and the places each recurs (split from ``names``, round 50)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from pipeline.chars import is_han
from pipeline.extract.organizations.alias_matches import telling_verbs
from pipeline.extract.organizations.base import (
    CJK,
    LEXICON,
    Candidate,
    _lengths_by_first_character,
    all_generic,
    bracket_spans,
    is_latin,
    only_places,
    places_and_generic,
    resources,
)
from pipeline.extract.organizations.filters import names_an_index
from pipeline.extract.organizations.listed_names import header_short_names, is_code, listing_pattern
from pipeline.extract.organizations.short_forms import is_subsequence, short_of
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.resources import cached
from pipeline.spans import SpanSet


def bracket_aliases(ms: list[Candidate], text: str) -> list[Candidate]:
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
    return short and is_subsequence(rest, full)


@cached
def _declaration() -> re.Pattern[str]:
    return re.compile(resources().rules["alias_declaration"])


def declared_short_names(ms: list[Candidate], text: str, cuts: set[int]) -> list[Candidate]:
    """隆基绿能科技股份有限公司（以下简称“隆基绿能”）: the declared short name is a mention of the full name, in the
    brackets and wherever it recurs as a word of its own (on jieba's cuts; a shorter name inside it, 吉利 of 吉利控股,
    gives way). A role word, a self-reference, a bare kind of body or a group (以下简称“公司”, “本所”, “协会”,
    “两部门”) declares nothing. Stages: the declarations (``_DECLARATION_READERS``, in turn), the mentions of a
    declared name renamed, its recurrences found (``_declared_recurrences``) and put in (``_with_recurrences``)."""
    state = _Declarations(ms, text)
    for reader in _DECLARATION_READERS:
        reader(state)
    declared = state.declared
    if not declared:
        return _with_brand_speakers(ms, text, cuts)
    out = [replace(c, canonical=declared[text[c.start:c.end]].canonical, type=declared[text[c.start:c.end]].type)
           if text[c.start:c.end] in declared else c for c in ms]
    out.sort(key=lambda c: (c.start, c.end))
    kept = _with_recurrences(out, _declared_recurrences(state, cuts))
    return _with_brand_speakers(kept, text, cuts)


@dataclass
class _Declarations:
    """What the declaration readers share: the mentions and the text they read, the short names declared so far, each
    with the mention of the body it names (the first reader to declare a name wins: ``setdefault``), and the names
    given with their stock code, which also recur before it (a headline, 海螺水泥：上半年…, round 33)."""

    ms: list[Candidate]
    text: str
    declared: dict[str, Candidate] = field(default_factory=dict)
    coded: set[str] = field(default_factory=set)


def _bracket_declarations(state: _Declarations) -> None:
    """（以下简称“隆基绿能”）right after a mention (``alias_declaration``): the alias names that mention's body,
    unless it is a refused word, a self-reference or a bare kind of body (``declared_alias_not``,
    ``declared_alias_refused``)."""
    ms, text, declared = state.ms, state.text, state.declared
    rules = resources().rules
    refused = set(rules["declared_alias_not"])
    roles = tuple(rules["declared_alias_role_starts"])
    for c in ms:
        m = _declaration().match(text, c.end)
        if not m or m["alias"] in declared or m["alias"] == text[c.start:c.end]:
            continue
        alias = m["alias"]
        if alias in refused or _self_reference(alias, roles) or re.fullmatch(rules["declared_alias_refused"], alias):
            continue
        declared[alias] = replace(c, start=m.start("alias"), end=m.end("alias"))


def _header_short_name_declarations(state: _Declarations) -> None:
    """证券简称：贵州茅台 in an announcement's header line names the issuer (``_header_declarations``)."""
    for alias, c in _header_declarations(state.ms, state.text).items():
        state.declared.setdefault(alias, c)


def _latin_bracket_declarations(state: _Declarations) -> None:
    """环亚经济数据有限公司(CEIC): a Latin short name in brackets after the full name (round 46)."""
    rules, text = resources().rules, state.text
    for c in state.ms:
        alias = text[c.start:c.end]
        if (c.canonical and c.canonical != alias and c.start and text[c.start - 1] in "（("
                and re.fullmatch(rules["bracket_latin_short_name"], alias)):
            state.declared.setdefault(alias, c)


def _coded_declarations(state: _Declarations) -> None:
    """东方日升（300118）: a name the text gives with its stock code is the company wherever it recurs; one no reader
    before declared and that is no common dictionary word (农产品（000061）, 太阳能（000591）; second review) also
    before it (``_Declarations.coded``)."""
    import jieba.posseg

    text, declared = state.text, state.declared
    tags, proper = jieba.posseg.dt.word_tag_tab, set(resources().rules["proper_pos"])
    for c in state.ms:
        name = text[c.start:c.end]
        if c.type == "company" and listing_pattern().match(text, c.end) and name not in resources().aliases:
            if name not in declared and tags.get(name, "nz") in proper:
                state.coded.add(name)
            declared.setdefault(name, c)


def _legal_core_declarations(state: _Declarations) -> None:
    """三一重工股份有限公司 … 三一重工: the name without its legal form recurs as the company (round 47)."""
    for c in state.ms:
        core = _legal_core(state.text[c.start:c.end]) if c.type == "company" else None
        if core is not None:
            state.declared.setdefault(core, c)


# The declarations, in turn: a name the text declares in words comes first, then one its header, a Latin bracket,
# a stock code or a legal form gives (each declares only names no reader before declared).
_DECLARATION_READERS: tuple[Callable[[_Declarations], None], ...] = (
    _bracket_declarations, _header_short_name_declarations, _latin_bracket_declarations, _coded_declarations,
    _legal_core_declarations,
)


def _declared_recurrences(state: _Declarations, cuts: set[int]) -> list[Candidate]:
    """Every recurrence of a declared name on word boundaries (its declaration's place counts whatever the cuts), no
    index's name (S&P 500指数), from its declaration on (a coded name also before it: ``name_recurrences``), in one
    scan of the text for all names (``names_recurrences``); by start, the longest first."""
    text, declared = state.text, state.declared
    found: list[Candidate] = []  # every recurrence on word boundaries, the earliest of overlapping ones
    firsts = {alias: full.start for alias, full in declared.items()}
    for k, alias in names_recurrences(text, firsts, before=state.coded):
        full = declared[alias]
        index = k != full.start and names_an_index(text, k + len(alias))  # S&P 500指数: an index's name
        if not index and ((k in cuts and k + len(alias) in cuts) or k == full.start):
            found.append(replace(full, start=k, end=k + len(alias)))
    found.sort(key=lambda c: (c.start, -c.end))
    return found


def _with_recurrences(out: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The mentions (by start) with the recurrences of declared names put in: of overlapping recurrences the earliest
    (the longest at one start), each only where every mention it overlaps lies inside it (those give way: 吉利 of
    吉利控股); by start and end."""
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
    return sorted([c for i, c in enumerate(out) if i not in drop] + added, key=lambda c: (c.start, c.end))


def _with_brand_speakers(ms: list[Candidate], text: str, cuts: set[int]) -> list[Candidate]:
    """美的集团…，美的表示: a company named with its group word (``brand_speakers.group_words``: 集团, 控股; after its
    legal form is taken off: 美的集团股份有限公司) is that company where its brand alone recurs after it as a word of
    its own at a clause's start, right before a verb of telling (round 49): the company speaks of itself by its
    brand. A brand of generic words or places only (科技集团…科技表示, 中国建筑集团…中国表示) or no Han brand of at
    least ``min_chars`` is none; a lexicon name is matched as such. One scan of the text for all brands
    (``names_recurrences``; round 50: one per brand made the cost brands × length)."""
    brands = _group_brands(ms, text)
    if not brands:
        return ms
    taken = SpanSet((c.start, c.end) for c in ms)
    verbs = telling_verbs()
    added: list[Candidate] = []
    for k, brand in names_recurrences(text, {brand: full.end for brand, full in brands.items()}, before=set()):
        end = k + len(brand)
        if (k in cuts and end in cuts and (k == 0 or not is_han(text[k - 1])) and text.startswith(verbs, end)
                and not taken.overlaps(k, end)):
            added.append(replace(brands[brand], start=k, end=end))
    return sorted([*ms, *added], key=lambda c: (c.start, c.end)) if added else ms


def _group_brands(ms: list[Candidate], text: str) -> dict[str, Candidate]:
    """The brands of the companies named with a group word (美的 of 美的集团, 美的集团股份有限公司), each with the first
    company mention it is the brand of: the names ``_with_brand_speakers`` looks for after that mention."""
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
    return brands


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


def names_recurrences(text: str, firsts: dict[str, int], before: AbstractSet[str]) -> Iterator[tuple[int, str]]:
    """(where, which name) for every place ``name_recurrences(text, name, firsts[name], name in before)`` gives, for
    all the names in one scan of the text: at each character that opens some name, the names of each length that
    opens with it (the lexicon matcher's index, ``lexicon_matches``), and of a name only an occurrence at or after the
    end of its last one (as ``text.find`` goes on from there), kept where ``name_recurrences`` keeps it. The cost is
    the text's length and the occurrences, not names × length. In text order; at one place, the longer name first."""
    if not firsts:
        return
    title_end = text.find("\n")
    lengths = _lengths_by_first_character(firsts)  # first character → the names' lengths, longest first
    resume = {name: 0 if name in before else first for name, first in firsts.items()}  # where text.find goes on
    for m in re.finditer(f"[{re.escape(''.join(lengths))}]", text):
        k = m.start()
        for length in lengths[m.group()]:
            end = k + length
            name = text[k:end]
            if end > len(text) or name not in resume or k < resume[name]:
                continue
            resume[name] = end
            if k >= firsts[name] or k < title_end or text.startswith(("：", ":"), end):
                yield k, name


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
        full = next((f for f in full_names if short_of(alias, text[f.start:f.end])), at[(s, e)])
        out[alias] = replace(full, start=s, end=e)
    return out
