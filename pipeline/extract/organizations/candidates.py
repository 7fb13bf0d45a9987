"""Candidate names: lexicon aliases, <proper prefix> + head word, and the statistical model's spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from spacy.tokens import Doc

from pipeline.chars import is_han, is_rare_han
from pipeline.extract.numerals import alternation
from pipeline.extract.organizations.base import (
    CJK,
    LATIN,
    LEXICON,
    MODEL,
    PATTERN,
    Candidate,
    Entry,
    all_generic,
    graded_kind,
    is_latin,
    latin_ok,
    only_places,
    person_titles,
    places_and_generic,
    pos_words,
    resources,
    verb_like,
)
from pipeline.nlp.doc import WordIndex
from pipeline.nlp.jieba_dict import jieba_tokenizer
from pipeline.resources import cached


def lexicon_matches(text: str, cuts: set[int], regional: dict[str, str] | None = None,
                    index: WordIndex | None = None) -> list[Candidate]:
    """Every alias occurrence that starts and ends on token boundaries (Latin: word boundaries); ``regional``: the
    short names that name a lexicon body only in a text of that body's region (中央银行 in a Taiwanese text);
    ``index``: the words, to tell a level that opens a phrase (据/省/发展改革委)."""
    res = resources()
    misread = re.compile(res.rules["alias_misread"])
    out: list[Candidate] = []
    for alias, canonical in (regional or {}).items():
        entry = res.aliases.get(canonical)
        if entry is None or alias in res.aliases:
            continue  # (a short name the lexicon knows is matched below, and its region's body chosen later)
        for m in re.finditer(re.escape(alias), text):
            if m.start() in cuts and _name_end(text, m.end(), cuts):
                out.append(Candidate(m.start(), m.end(), LEXICON, entry.canonical, entry.type))
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
            ok = latin_ok(text, i, j) if is_latin(alias) else (
                (i in cuts or _glued_to_stop_word(text, i, j, cuts)) and _name_end(text, j, cuts))
            if ok and (_national_sector(alias, text, j) or _place_sector(alias, text, j)):
                continue  # 中国移动互联网: the country's mobile internet, no company (上海银行间: the city's market)
            if ok and entry.type == "company" and not is_latin(alias) and _name_goes_on(text, j):
                continue  # 中信博为…: a listed company's short name that a known one opens, not that one
            if ok and length == 2 and _given_name(text, i, index):
                continue  # 会长洪清华: a person's given name after the title and surname, no 清华大学
            if ok and not (length == 2 and misread.match(text, i)):  # 资金中共有: a locative and 共有, no name
                glued = _brand_prefix_end(text, j, cuts) if is_latin(alias) else None
                if glued is not None:  # TCL中环: the brand opens another company's name
                    out.append(Candidate(i, glued, PATTERN, text[i:glued], "company"))
                    continue
                trade = _subsidiary_end(text, i, j, cuts) if entry.type == "company" and not is_latin(alias) else None
                if trade is not None:  # 招商局港口: the group's port company, not the group
                    out.append(Candidate(i, trade, PATTERN, text[i:trade], "company", head=text[j:trade]))
                    continue
                out.append(Candidate(i, j, LEXICON, entry.canonical, entry.type))
    out.extend(_spaced_matches(text, cuts) if " " in text else [])
    return _local_and_foreign_bodies(text, _with_national_prefix(text, out), index)


def _spaced_matches(text: str, cuts: set[int]) -> list[Candidate]:
    """A lexicon name with one stray space between two of its Chinese characters, as PDF line breaks leave it (工 信部,
    国家统计 局): the name all the same (round 46), its span with the space. The longest name across each space, on
    token boundaries as `lexicon_matches` reads them; short names only (`spaced_name_max` characters), and only the
    one Han–space–Han gap of its clause: a clause with more uses spaces as separators (关键词：中国 银行 效率; text
    spaced out, 中 文 字 间), no stray one (skipped, so the work per space stays small)."""
    res = resources()
    longest = int(res.rules["spaced_name_max"])
    out: list[Candidate] = []
    for k in _lone_gaps(text, re.compile(res.rules["spaced_clause_breaks"])):
        best: tuple[int, int, int, Entry] | None = None
        for before in range(1, min(k, longest - 1) + 1):
            i = k - before
            for length in res.alias_lengths.get(text[i], ()):
                j = k + 1 + length - before
                if length > longest or length <= before or j > len(text) or (best is not None and length <= best[0]):
                    continue
                entry = res.aliases.get(text[i:k] + text[k + 1:j])
                if entry is not None and i in cuts and _name_end(text, j, cuts):
                    best = (length, i, j, entry)
        if best is not None:
            out.append(Candidate(best[1], best[2], LEXICON, best[3].canonical, best[3].type))
    return out


def _lone_gaps(text: str, breaks: re.Pattern[str]) -> list[int]:
    """The spaces between two Chinese characters that are the only such space of their clause (``breaks`` end one);
    each stretch between two neighbouring gaps is searched once, so the cost is linear in the text."""
    gaps = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", text)]
    apart = [breaks.search(text, a, b) is not None for a, b in pairwise(gaps)]  # a clause break between
    return [k for n, k in enumerate(gaps) if (n == 0 or apart[n - 1]) and (n == len(gaps) - 1 or apart[n])]


def _given_name(text: str, i: int, index: WordIndex | None) -> bool:
    """Whether the alias at ``i`` is a person's given name: a one-character word tagged as a person's name (a surname)
    stands right before it and a person's title right before that (会长洪清华, 董事长李中信): the title, the surname and
    the alias name one person (round 22)."""
    if index is None or i < 2:
        return False
    surname = next(iter(pos_words(index, i - 1, i)), None)
    return (surname is not None and surname[0] == i - 1 and surname[3] in resources().rules["person_pos"]
            and text[:i - 1].endswith(person_titles()))


def _national_sector(alias: str, text: str, j: int) -> bool:
    """Whether a lexicon name that opens with the national prefix is read before a word of a sector
    (``national_sector_followers``: 中国移动互联网, 中国银行业): the country's sector, no mention of the body."""
    rules = resources().rules
    return (alias.startswith(tuple(rules["national_prefixes"])) and not is_latin(alias)
            and re.match(rules["national_sector_followers"], text[j:j + 6]) is not None)


def _place_sector(alias: str, text: str, j: int) -> bool:
    """Whether a lexicon name that opens with a place is read before 间 or 业 (``place_sector_followers``:
    上海银行间同业拆放利率, 北京银行业): the place's market or sector, no mention of the body (round 21)."""
    places = resources().places
    return (not is_latin(alias) and any(alias[:k] in places for k in (2, 3) if k < len(alias))
            and re.match(resources().rules["place_sector_followers"], text[j:j + 6]) is not None)


def unknown_word(text: str, i: int, j: int, cuts: set[int]) -> bool:
    """Whether [i, j) is a word the segmenter's dictionary does not hold, alone or glued to a stop word before it
    (据拓普, 据/拓普)."""
    return (i in cuts and not common_word(text[i:j], 1)) or _glued_to_stop_word(text, i, j, cuts)


def _glued_to_stop_word(text: str, i: int, j: int, cuts: set[int]) -> bool:
    """Whether a name at [i, j) stands inside a word the segmenter made up of a preposition or a conjunction and the
    name (据美团, 由携程: ``left_stop_words``), a word its dictionary does not hold: the name starts after the stop
    word, as at a clause start (据省发展改革委 is read so too)."""
    stops = resources().rules["left_stop_words"]
    return j in cuts and any(
        i - d in cuts and text[i - d:i] in stops and not any(k in cuts for k in range(i - d + 1, j))
        and not common_word(text[i - d:j], 1) for d in (1, 2))


def _brand_prefix_end(text: str, j: int, cuts: set[int]) -> int | None:
    """End of a Han name word glued right after a Latin brand at ``j`` (TCL中环: a place name; TCL华星: a word the
    dictionary does not know), which makes the brand the opening of another company's name; None when the brand
    stands alone or a common word follows (TCL电视, TCL一季度)."""
    import jieba.posseg

    if j >= len(text) or not is_han(text[j]) or j not in cuts:
        return None
    end = next((k for k in range(j + 1, min(len(text), j + 6) + 1) if k in cuts), None)
    if end is None:
        return None
    word = text[j:end]
    tag = jieba.posseg.dt.word_tag_tab.get(word)
    proper = tag in resources().rules["brand_prefix_pos"] or (tag is None and len(word) >= 2)
    return end if proper and not all_generic(word) and word not in resources().aliases else None


def _subsidiary_end(text: str, i: int, j: int, cuts: set[int]) -> int | None:
    """End of a trade word glued right after a group's lexicon name [i, j) (招商局港口, 招商局能源运输, 中远海运物流:
    ``subsidiary_trades``; two of them: 网易云音乐), which names the group's company of that trade, not the group; None
    otherwise, or where the longer name is a lexicon name of its own (matched as such) or the trade word opens a longer
    word (港口业务 is read as two words, so 招商局港口业务 is still the port company's business). A domestic place
    between the two (国网江苏电力, 国网浙江电力) names the group's company of that trade there (round 31). A product
    word after the trade (新能源汽车: ``subsidiary_trade_products``) makes it the product's kind (round 33). A name
    that ends in its legal form (中国华能集团有限公司新能源装机, 某某股份有限公司电力业务: ``legal_forms``) is the
    registered company whole: the trade word after it is that company's business, no subsidiary's name (round 47)."""
    res = resources()
    trades = res.rules["subsidiary_trades"]
    if j not in cuts or text[i:j].endswith(tuple(res.rules["legal_forms"]["heads"])):
        return None
    found = None
    at = _domestic_place_end(text, j, cuts) or j
    for _ in range(2):  # 网易云音乐: two trade words (云 + 音乐) name one business
        end = next((at + len(t) for t in trades if text.startswith(t, at) and at + len(t) in cuts), None)
        if end is None:
            break
        at = end
        if text.startswith(tuple(res.rules["subsidiary_trade_products"]), end):
            break  # 比亚迪新能源汽车: the kind of a product, no company of that trade (round 33)
        if text[i:end] not in res.aliases:
            found = end
    return found


def _domestic_place_end(text: str, j: int, cuts: set[int]) -> int | None:
    """End of a domestic place name that starts at ``j`` (at a word's start; the segmenter may glue it to the trade
    word after it: 山东电力), the longest one; None when none does."""
    domestic = resources().domestic
    return next((j + k for k in (4, 3, 2) if text[j:j + k] in domestic), None) if j in cuts else None


def _opens_phrase(text: str, level_start: int, index: WordIndex | None) -> bool:
    """A one-character level is a word of its own right after a word that ends a name's left walk (据/省/发展改革委,
    根据/市/卫健委, 和/市/商务局: a preposition, a conjunction or a verb; ``left_stop_pos``, ``left_stop_words``):
    it opens the phrase as at a clause's start, also where the tokenizer glued the two (据省/发展改革委). 股市证监会
    stays the national body (市 ends the word 股市)."""
    if index is None or level_start < 1:
        return False
    rules = resources().rules
    words = index.within(max(0, level_start - 4), level_start + 1)
    holder = next((w for w in words if w.start <= level_start < w.end), None)
    if holder is not None and holder.end == level_start + 1 and holder.start < level_start:
        return text[holder.start:level_start] in rules["left_stop_words"]  # 据省: a stop word glued to the level
    before = next((w for w in words if w.end == level_start), None)
    return before is not None and (before.tag in rules["left_stop_pos"] or before.text in rules["left_stop_words"])


def _place_before(text: str, end: int, places: frozenset[str] | set[str], longest: int) -> int | None:
    """Where the longest of ``places`` named right before ``end`` starts (四川|省国资委 for a mainland province,
    美国|证监会 for a place abroad), else None."""
    return next((end - k for k in range(min(longest, end), 1, -1) if text[end - k:end] in places), None)


def _domestic_owner(text: str, end: int, domestic: frozenset[str] | set[str], levels: tuple[str, ...],
                    longest: int) -> int | None:
    """Where the mainland place that owns a body named after ``end`` (a level word: 四川|省国资委) starts, else None:
    the place right before ``end``, walked back while another place and its level precede it (湖南省|长沙|市发改委
    starts at 湖南: a city named with its province, round 41 mend).

    A national body's short name after such a place and its level (四川省国资委, 浙江省卫健委) is that place's own
    body, named in full, not the national one nor an unnamed local office (round 41)."""
    owner = _place_before(text, end, domestic, longest)
    while owner is not None:
        level = next((w for w in levels if text.startswith(w, owner - len(w))), None)
        outer = _place_before(text, owner - len(level), domestic, longest) if level else None
        if outer is None:
            break
        owner = outer
    return owner


def _local_and_foreign_bodies(text: str, cands: list[Candidate], index: WordIndex | None = None) -> list[Candidate]:
    """A national body's short name after a level of local government (市卫健委, 各地发改委, 省发展改革委)
    names a local office, not the national body: no mention of it. So does a short name of another type that is a
    head of its own (市工商联, 省科协: the people's organisations have local counterparts too). After a place
    outside the mainland (香港证监会, 美国证监会) it names that place's own body: one mention of both, its canonical
    name as written (北京外交部 is the ministry, in Beijing). After a scope (全球央行, 各国央行: ``class_scopes``) it
    names a class of such bodies: no mention. A ministry's short name glued to a company's name before it (腾讯生态部,
    华为应急部: ``company_department_ends``) is the company's department: no mention (round 46)."""
    res = resources()
    home = set(res.rules["national_prefixes"])
    local = tuple(sorted(res.rules["local_levels"], key=len, reverse=True))  # 直辖市 before 市
    longest = max(map(len, res.places))
    abroad = tuple(res.places - home)  # places a national body's canonical name may open with (香港金融管理局)
    foreign = res.places - home - res.domestic
    counterparts = {h for h, _ in res.heads}  # 工商联, 科协: a short name that is also a head has local counterparts
    out = []
    starts: list[int] = []
    reach: list[int] | None = None
    company_ends = {c.end for c in cands if c.type == "company"}
    department_ends = tuple(res.rules["company_department_ends"])
    for c in cands:
        local_kind = c.type == "government" or text[c.start:c.end] in counterparts
        if c.source != LEXICON or not local_kind or c.canonical.startswith(abroad):
            out.append(c)
            continue
        if c.start in company_ends and text[c.start:c.end].endswith(department_ends):
            continue  # 腾讯生态部: the company's department, no ministry (round 46)
        if any(text.startswith(w, c.start - len(w)) for w in res.rules["class_scopes"]):
            continue  # 全球央行, 各国央行: a class of such bodies
        level = next((w for w in local if text.startswith(w, c.start - len(w))), None)
        owner = _domestic_owner(text, c.start - len(level), res.domestic, local, longest) if level else None
        if owner is not None and len(level) == 1:  # 四川省国资委: that province's own body (round 41)
            if reach is None:  # the furthest end of a candidate starting at or before each start
                spans = sorted((o.start, o.end) for o in cands)
                starts, reach = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))
            at = bisect.bisect_right(starts, owner)  # c itself starts after owner: never among them
            if not (at and reach[at - 1] >= c.end):  # else a candidate spanning the place and this name names it
                out.append(replace(c, start=owner, canonical=text[owner:c.end], source=PATTERN))
            continue
        if level is not None and (len(level) > 1 or not is_han(text[c.start - 2:c.start - 1] or " ")
                                  or text[c.start - 2] in res.rules["local_level_pointers"]
                                  or _opens_phrase(text, c.start - 1, index)):
            continue  # 市卫健委, 该市发改委, 各地卫健委, 据省发展改革委 (股市证监会 is the national body: 市 ends 股市)
        begin = _place_before(text, c.start, foreign, longest)
        if begin is None:
            out.append(c)
        else:
            out.append(replace(c, start=begin, canonical=text[begin:c.end]))
    return out


def _name_goes_on(text: str, j: int) -> bool:
    """Whether a company's known name ending at ``j`` is the opening of a longer short name: one more Han character
    that the dictionary tags as a proper word (博/nr) follows, then a preposition that opens the clause's predicate
    (中信博为其子公司提供担保, 中信博与客户签署协议: ``seat_glued_stops``), and the two characters make no word of the
    dictionary. 中信也为, 中信方与 (an adverb, a common noun) keep the known name (round 24b)."""
    import jieba.posseg

    res = resources()
    if j + 2 > len(text) or not is_han(text[j]) or text[j + 1] not in res.rules["seat_glued_stops"]:
        return False
    return jieba.posseg.dt.word_tag_tab.get(text[j]) in res.proper_pos and not common_word(text[j:j + 2], 1)


def _name_end(text: str, j: int, cuts: set[int]) -> bool:
    """A name ends on a token boundary, or inside a word that only adds a person's title to it:
    jieba reads 全国人大代表 as 全国/人大代表, and the title names a member of 全国人大; or inside a word whose rest
    is a common word of its own: jieba reads 长安汽车销量 as 长安/汽车销量, and 销量 is what the name sold."""
    if j in cuts:
        return True
    if any(text.startswith(t, j) and j + len(t) in cuts for t in person_titles()):
        return True
    spec = resources().rules["name_end_in_word"]
    end = next((k for k in range(j + 1, min(len(text), j + int(spec["max_rest_chars"])) + 1) if k in cuts), None)
    return end is not None and end - j >= 2 and common_word(text[j:end], int(spec["min_freq"]))


def common_word(word: str, min_freq: int) -> bool:
    """``word`` is a word of the segmenter's dictionary at least ``min_freq`` times."""
    return (jieba_tokenizer().FREQ.get(word) or 0) >= min_freq


def _with_national_prefix(text: str, cands: list[Candidate]) -> list[Candidate]:
    """中国工信部 → one mention of 工业和信息化部 (the prefix belongs to the mention)."""
    res = resources()
    home = set(res.rules["national_prefixes"])
    out = list(cands)
    for c in cands:
        # A foreign place before a body makes another body (美国商务部): only the home country's.
        if c.type != "government" or any(c.canonical.startswith(p) for p in res.places - home):
            continue
        for prefix in res.rules["national_prefixes"]:
            s = c.start - len(prefix)
            if s >= 0 and text[s : c.start] == prefix:
                out.append(replace(c, start=s))
                break
    return out


def head_candidates(
    text: str, index: WordIndex, cuts: set[int], lexicon: list[Candidate],
    model_spans: dict[tuple[int, int], float],
    sentences: list[tuple[int, int]],
) -> list[Candidate]:
    """Names built as <proper prefix> + head word (see org_patterns.yaml)."""
    res = resources()
    max_prefix = int(res.rules["max_prefix_chars"])
    model_by_end: dict[int, list[tuple[int, float]]] = {}
    for (s, e), prob in sorted(model_spans.items()):  # sorted: the same candidates whatever the order
        if s in cuts:  # a left edge inside a jieba word (照 of 按照) is no name's start
            model_by_end.setdefault(e, []).append((s, prob))
    lex_by_end: dict[int, int] = {}
    for c in lexicon:
        lex_by_end[c.end] = min(c.start, lex_by_end.get(c.end, c.end))
    lex_sorted = sorted(lex_by_end.items())
    lex_types = {c.end: c.type for c in lexicon if c.start == lex_by_end[c.end]}
    lex = _LexEnds(lex_by_end, [e for e, _ in lex_sorted], lex_sorted, lex_types)
    out: list[Candidate] = []
    named: set[int] = set()  # ends where a (longer) head already stands
    head_set = frozenset(h for h, _ in res.heads)
    # Only the heads the text holds (in their order): a sentence was searched for all 150 of them.
    heads = [(head, typ) for head, typ in res.heads if head in text]
    units = res.rules["body_units"]
    for s_lo, s_hi in sentences:
        seg = text[s_lo:s_hi]
        words: list[tuple[int, int, str, str]] | None = None
        word_ends: list[int] = []
        first = len(out)
        for head, typ in heads:
            start = 0
            while True:
                k = seg.find(head, start)
                if k < 0:
                    break
                start = k + 1
                hs, he = s_lo + k, s_lo + k + len(head)
                unit_glued = he not in cuts and _unit_glued(text, he, cuts)
                glued = he not in cuts and (_title_glued(text, hs, he, cuts, head_set) or unit_glued)
                if (he not in cuts and not glued) or he in named:  # a longer head ends here (公司, not 司)
                    continue
                named.add(he)
                if words is None:
                    words = _village_places(_level_places(pos_words(index, s_lo, s_hi)))
                    word_ends = [w[1] for w in words]
                # Only the words a name ending here can reach (linear in a long sentence).
                lo = min([hs - max_prefix, *(s for s, _ in model_by_end.get(he, []))]) - 1
                if glued:  # 商会会长: the word that holds the head is cut where the title starts
                    k = bisect.bisect_left(word_ends, he)
                    w_start, _w_end, word, flag = words[k]
                    near = [*words[bisect.bisect_right(word_ends, lo):k], (w_start, he, word[:he - w_start], flag)]
                    if unit_glued and _company_unit_form_end(text, hs, he, near) is None:
                        continue  # (a unit glued to a preposition names a company's branch only)
                else:
                    near = words[bisect.bisect_right(word_ends, lo):bisect.bisect_right(word_ends, he)]
                cand = _build_head_name(text, hs, he, head, typ, near, lex, model_by_end, max_prefix,
                                        department_only=glued and he - hs == 1)
                if cand is not None:
                    out.append(cand)
        if words is not None and any(c.head in units["heads"] for c in out[first:]):
            out[first:] = _units_after_bodies(out[first:], lex, words)
        if words is not None and len(out) > first:
            out[first:] = _branches_of_companies(out[first:], lex, words, text)
    return _typed_by_parent(out, lexicon)


def _units_after_bodies(
    cands: list[Candidate], lex: _LexEnds, words: list[tuple[int, int, str, str]],
) -> list[Candidate]:
    """A sentence's names with a body's unit head (``body_units``: 巡回法庭, 分院, 总队 …) set to run from
    the body's name that ends right before the unit, past ordinals, nouns and name verbs only
    (最高人民法院/第三/巡回法庭, 天津市公安局/刑侦/总队), to the unit: no further left (经北京市检察院第二分院 →
    北京市检察院第二分院). A unit whose head needs its body (``parent_only``: 交警大队, 刑侦支队 alone) and has
    none is dropped."""
    rules = resources().rules
    spec = rules["body_units"]
    body_start: dict[int, int] = {}  # the earliest start of a body's name by its end, in this sentence
    for c in cands:
        if c.head not in spec["heads"]:
            body_start[c.end] = min(c.start, body_start.get(c.end, c.start))
    out = []
    for c in cands:
        if c.head not in spec["heads"]:
            out.append(c)
            continue
        hs = c.end - len(c.head)
        parent = _body_of_unit(hs, words, body_start, lex, spec, rules)
        if parent is not None:
            out.append(replace(c, start=parent))
        elif c.head not in spec["parent_only"]:
            out.append(c)
    return out


def _body_of_unit(
    hs: int, words: list[tuple[int, int, str, str]], body_start: dict[int, int], lex: _LexEnds,
    spec: dict, rules: dict,
) -> int | None:
    """Start of the body's name (a lexicon name or a head-word name of the sentence) that ends at ``hs`` or before
    it past ordinals, nouns and name verbs only (``unit_between_pos``, ``name_ordinal``), or before the word that holds
    the head (广州市公安局/交警支队), else None."""
    holder = next((i for i, w in enumerate(words) if w[0] < hs < w[1]), None)  # 交警支队: one word to jieba
    end = hs if holder is None else words[holder][0]
    k = _word_at(words, end, 1, -1)
    while hs - end <= int(spec["max_between_chars"]):
        starts = [x for x in (body_start.get(end), lex.by_end.get(end)) if x is not None and x < end]
        if starts:
            return min(starts)
        if k < 0:
            return None
        w_start, w_end, word, flag = words[k]
        if w_end != end or not (flag in rules["unit_between_pos"] or re.match(rules["name_ordinal"], word)
                                or name_verb(word)):
            return None
        end, k = w_start, k - 1
    return None


def _word_at(words: list[tuple[int, int, str, str]], at: int, edge: int, missing: int | None = None) -> int | None:
    """Index of the word that starts (``edge`` 0) or ends (``edge`` 1) at ``at`` among ``words`` in text order, else
    ``missing``: a bisection, not a scan, as a long sentence holds many words and each candidate asks."""
    k = bisect.bisect_left(words, at, key=lambda w: w[edge])
    return k if k < len(words) and words[k][edge] == at else missing


def _village_places(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The words, with a village's name right before its grassroots body read as a place (``village_places``):
    东魏/t 庄/nr 行政村 党支部, 北魏/t 桥村 党支部, 王家/n 村/zg 村委会, which jieba cuts at a time word, a surname or
    a bound character the walk stops at. The village word is 村 alone, a kind of village or a word ending in 村 the
    dictionary does not know (桥村); a dictionary word (农村) is common, and a level or pointer (全市, 该村) no name."""
    import jieba.posseg

    res = resources()
    spec = res.rules["village_places"]
    tags = jieba.posseg.dt.word_tag_tab
    pointers = tuple(res.rules["local_level_pointers"])
    levels = {*res.rules["local_levels"], *res.rules["level_words"]}
    out = list(words)
    for v in range(len(words) - 1):
        w_start, w_end, word, _flag = words[v]
        if words[v + 1][0] != w_end or words[v + 1][2] not in spec["heads"]:
            continue
        named = word.endswith(spec["village"]) and len(word) > 1 and word not in tags  # 桥村
        if not (named or word == spec["village"] or word in spec["kinds"]):
            continue
        k, end, chars, names = v - 1, w_start, 0, []
        while k >= 0 and words[k][1] == end:
            _s, _e, name, flag = words[k]
            if (flag not in spec["name_pos"] or chars + len(name) > int(spec["max_name_chars"])
                    or name in res.generic or name in levels or name in res.stop_words or name.startswith(pointers)):
                break
            names.append(k)
            chars += len(name)
            end, k = words[k][0], k - 1
        if names or named:
            for j in [*names, v]:
                out[j] = (*words[j][:3], "ns")
    return out


def _level_places(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The words, with a city jieba's dictionary tags as a verb, an adverb or a time word (自贡/v, 怀化/v, 遵义/v)
    read as a place where a level word follows it (中共/自贡/市委, 遵义/市委): the word with the level's character is
    a place in that dictionary (自贡市/ns), so the walk crosses it as the name's place (``level_places``, round 22b)."""
    import jieba.posseg

    spec = resources().rules["level_places"]
    levels = {*resources().rules["local_levels"], *resources().rules["level_words"]}
    tags = jieba.posseg.dt.word_tag_tab
    out = list(words)
    for k in range(len(words) - 1):
        w_start, w_end, word, flag = words[k]
        after = words[k + 1]
        if (flag in spec["retag_pos"] and len(word) >= 2 and after[0] == w_end and after[2] in levels
                and after[2][0] in spec["chars"] and tags.get(word + after[2][0]) in resources().rules["place_pos"]):
            out[k] = (w_start, w_end, word, "ns")
    return out


def _unit_glued(text: str, he: int, cuts: set[int]) -> bool:
    """Whether a branch's unit word (``legal_units.heads``) ending at ``he`` ends inside a jieba word whose rest is a
    preposition (深圳市/分/行为/本项目…: 分行 + 为, ``seat_glued_stops``): the unit ends there (round 24c; kept only
    after a company's legal form)."""
    rules = resources().rules
    if not text.endswith(tuple(rules["legal_units"]["heads"]), 0, he):
        return False
    return any(text[he:he + d] in rules["seat_glued_stops"] and he + d in cuts
               and not any(k in cuts for k in range(he + 1, he + d)) for d in (1, 2))


def _title_glued(text: str, hs: int, he: int, cuts: set[int], heads: frozenset[str]) -> bool:
    """Whether a head of two characters or more ends inside a jieba word whose rest is a person's title
    (``person_titles``: 商会会长, 医院院长, 协会主席 are one word to jieba): the name ends with the head, the title
    names its holder. Not where a head ends inside the title (组织部长: 组织部 is the body, 部长 its head's title).
    A department's one-character head before its own head's title (运行监测协调局/局长, one word 局局长 to jieba) ends
    the name as well (round 37)."""
    if he - hs < 2:  # (the head's own titles: those of ``person_titles`` that open with it, 局长, 司长)
        head = text[hs:he]
        return head in resources().rules["department_heads"] and hs in cuts and any(
            text.startswith(title, he) and he + len(title) in cuts
            and not any(k in cuts for k in range(hs + 1, he + len(title)))
            for title in person_titles() if title.startswith(head))
    for title in person_titles():
        end = he + len(title)
        if text.startswith(title, he) and end in cuts and not any(k in cuts for k in range(hs + 1, he)):
            return not any(text[hs:k].endswith(h) for k in range(he + 1, end) for h in heads if len(h) <= k - hs)
    return False


def _typed_by_parent(cands: list[Candidate], lexicon: list[Candidate]) -> list[Candidate]:
    """A unit named after the body it belongs to has that body's type: 中国人民银行广东省分行 is a central bank's
    branch (government), 中国银行广东省分行 a bank's (company), 光大银行金融市场部 a bank's department; the unit
    head alone says little (`unit_heads`)."""
    rules = resources().rules
    units = set(rules["unit_heads"])
    offices = set(rules["association_units"]["heads"])
    channels = set(rules["channel_parent_types"])
    starts = {c.start for c in cands if c.head in units or c.head in offices}
    lexicon_at = [p for p in lexicon if p.start in starts]
    named_at = [p for p in cands if p.start in starts and p.head not in units]
    outlets: dict[int, list[Candidate]] = {}  # by start: no pairs of the whole document
    for p in lexicon:
        if p.type in channels:
            outlets.setdefault(p.start, []).append(p)
    out = []
    for c in cands:
        if c.head in units:
            parent = _longest_within(lexicon_at, c) or _longest_within(named_at, c)
            if parent is not None and parent.type and parent.type != c.type:
                c = replace(c, type=parent.type)
        elif c.head in offices:
            parent = _association_within(lexicon_at + named_at, c)
            if parent is not None and parent.type != c.type:
                c = replace(c, type=parent.type)  # 中国中文信息学会评测工作委员会: an association's committee
        elif c.type in rules["channel_child_types"]:
            # 证券时报e公司: an outlet's channel is the outlet's kind of body (``channel_parent_types``)
            outlet = _longest_within(outlets.get(c.start, []), c)
            if outlet is not None and outlet.type != c.type:
                c = replace(c, type=outlet.type)
        out.append(c)
    return out


def _association_within(cands: list[Candidate], c: Candidate) -> Candidate | None:
    """The longest association, society or chamber (``association_units.parents``: 学会, 协会, 工商联 …) that opens
    ``c`` and ends inside it, as 委员会 or 办公室 of its own: a committee or office of that body, of its type."""
    parents = tuple(resources().rules["association_units"]["parents"])
    return _longest_within([p for p in cands if p.canonical.endswith(parents) or p.head.endswith(parents)], c)


def _longest_within(cands: list[Candidate], c: Candidate) -> Candidate | None:
    """The longest of ``cands`` that opens ``c`` and ends inside it: the body a unit is named after."""
    return max((p for p in cands if p.start == c.start and p.end < c.end), key=lambda p: p.end, default=None)


def _bracket_infix(text: str, hs: int, head: str, words: list[tuple[int, int, str, str]]) -> int | None:
    """Start of a bracketed seat or group word right before a legal form (联想（北京）有限公司, 华润（集团）有限公司,
    …装备（湖州）有限公司: a place of the list or a word jieba tags as a place), which Chinese legal names carry inside
    them, else None."""
    res = resources()
    if head not in res.rules["legal_suffixes"] or hs < 3:
        return None
    hs = _seat_close(text, hs, words)
    if text[hs - 1] not in "）)":
        return None
    opened = max(text.rfind("（", max(0, hs - 10), hs), text.rfind("(", max(0, hs - 10), hs))
    inside = text[opened + 1:hs - 1] if opened >= 0 else ""
    tagged = any(w[0] == opened + 1 and w[1] == hs - 1 and w[3] in res.rules["place_pos"] for w in words)
    if inside and (inside in res.places or inside in res.rules["legal_infix_words"] or tagged):
        return opened
    return None


def _seat_name_start(text: str, infix: int, words: list[tuple[int, int, str, str]]) -> int | None:
    """Start of a registered name whose bracketed seat opens at ``infix`` and whose words before it hold no
    proper word (会易环宇科技（北京）有限公司, 玖玖贷投资管理（武汉）有限公司: a coined brand jieba does not
    know): the seat vouches for the name, which runs left over the nouns of its brand and business
    (``unit_between_pos``, proper words, words jieba's dictionary does not hold) up to the clause's edge or a
    word that ends a name (a stop word, a relation to another company, a common word of two characters or more
    of the dictionary: 收购). The run must hold its brand: a word the dictionary does not hold or a proper word
    (一致行动人（北京）… names none). A made-up word that opens with a preposition (为海, 由思环:
    ``seat_glued_stops``) opens the name after it. None where a one-character word or a rare verb of the
    dictionary stops the run (米开罗那, 海大清能船舶, 联创芯材: it may stand inside the brand) or the run is
    too long (``seat_name_max_chars``, round 24b)."""
    res = resources()
    rules = res.rules
    between, stops = rules["unit_between_pos"], rules["left_stop_words"]
    k = _word_at(words, infix, 0)
    if k is None:
        return None
    start, k, brand = infix, k - 1, False
    while k >= 0 and words[k][1] == start:
        w_start, _w_end, word, flag = words[k]
        if not CJK.search(word) or word in stops or word in rules["relation_holders"]:
            break
        unknown = len(word) >= 2 and not common_word(word, 1)
        glued = next((len(s) for s in rules["seat_glued_stops"]
                      if unknown and word.startswith(s) and len(word) > len(s)), 0)
        if glued:
            start, brand = w_start + glued, True
            break
        if not (unknown or flag in between or flag in res.proper_pos):
            if len(word) < 2 or (flag in rules["seat_edge"]["verb_pos"]
                                 and not common_word(word, int(rules["seat_edge"]["verb_min_freq"]))):
                return None  # 米开罗那, 联创/芯材: a character or a rare verb of the dictionary may open the brand
            break  # 收购/途岳智造: a verb of the dictionary before the name
        start, k = w_start, k - 1
        brand = brand or unknown or flag in res.proper_pos
    if not brand or infix - start > int(rules["seat_name_max_chars"]) or infix - start < 2:
        return None
    start = _past_generic_words(start, infix, words)
    return start if start < infix and not all_generic(text[start:infix]) else None


def _seat_close(text: str, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """Where a bracketed seat closes before a legal form: right before it, or before the few nouns of the
    business the name goes on with (宁德时代（上海）智能科技有限公司; round 24); else ``hs``."""
    res = resources()
    between = res.rules["unit_between_pos"]
    end, k = hs, _word_at(words, hs, 1)
    while k is not None and k >= 0 and hs - words[k][0] <= int(res.rules["seat_business_max_chars"]):
        w_start, _, word, flag = words[k]
        if flag not in between or word in res.rules["left_stop_words"]:
            break
        end, k = w_start, k - 1
        if end > 0 and text[end - 1] in "）)":
            return end
    return hs


def _government_before(words: list[tuple[int, int, str, str]], holder: tuple[int, int, str, str]) -> int | None:
    """Start of a government's name (a proper word ending in 政府) among the two words before the head's word:
    a weak head there is one of its departments (香港特区政府/新闻处, 香港特区政府/统计/处), not 市政府/新闻办."""
    res = resources()
    governments = tuple(res.rules["government_words"])
    k = words.index(holder)
    return next((w[0] for j, w in enumerate(words[max(0, k - 2):k], max(0, k - 2))
                 if w[2].endswith(governments) and w[3] in res.proper_pos
                 and not _opens_compound(w[2], "".join(x[2] for x in words[j + 1:k + 1]))), None)


def _opens_compound(word: str, after: str) -> bool:
    """Whether ``word``'s last character makes a word with what follows (浙江省政府/性/基金: a budget type, no
    department of a government): the head's right blockers, read for a government word too."""
    blocker = resources().rules["head_right_blockers"].get(word[-1])
    return bool(blocker and re.match(blocker, after))


def _body_before(
    words: list[tuple[int, int, str, str]], holder: tuple[int, int, str, str], lex: _LexEnds,
) -> int | None:
    """Start of a public body's lexicon name right before the head's word, or before nouns and name verbs there
    (科技部/火炬/中心, 文化和旅游部/数据中心, 中国人民银行/上海/总部, 人行/杭州/中心/支行): the weak head names a
    unit of that body (``unit_parent_types``), no site or thing of a company's (华为总部), nor a clause's object
    (发改委/推动/…)."""
    rules = resources().rules
    k = words.index(holder)
    end = holder[0]
    if k > 0 and words[k - 1][1] == end and words[k - 1][2] in rules["firm_kind_words"]:
        return None  # 商务部重点监测零售企业|汽车: the goods a class of firms sells, no unit of the body (round 47)
    while holder[0] - end <= int(rules["max_prefix_chars"]):
        if lex.by_end.get(end, end) < end and lex.types.get(end) in rules["unit_parent_types"]:
            return lex.by_end[end]
        k -= 1
        if k < 0 or words[k][1] != end or not (words[k][3] in rules["unit_between_pos"] or name_verb(words[k][2])):
            return None
        end = words[k][0]
    return None


def _department_body(
    words: list[tuple[int, int, str, str]], holder: tuple[int, int, str, str], lex: _LexEnds,
) -> int | None:
    """Start of a public body's lexicon name before a department's head word past the words of its field only
    (国家统计局/农村/司, 国家统计局/人口/和/就业/统计/司, 工业和信息化部/运行/监测/协调/局: ``department_heads``): the
    department is the body's unit, one name (round 37), where the model starts it at its field (农村司) or nothing
    vouches for it. The field is ``unit_between_pos`` words, name verbs and any noun or verb (``department_field_pos``,
    round 37 mend), with at most one joining word that no known name stands right before (农业农村部与财政部 are two
    parties); else None. A word that always ends a name's walk (``left_stop_words``: 会同, 联合, 根据) ends the field
    too: 公安部会同国家移民局 names two bodies acting together, no unit of the first (round 42)."""
    res = resources()
    rules = res.rules
    inner = rules["name_inner_words"]
    k = words.index(holder)
    end = holder[0]
    joined = False
    while holder[0] - end <= int(rules["body_units"]["max_between_chars"]):
        if end < holder[0] and lex.by_end.get(end, end) < end and lex.types.get(end) in rules["unit_parent_types"]:
            return lex.by_end[end]
        k -= 1
        if k < 0 or words[k][1] != end:
            return None
        w_start, _w_end, word, flag = words[k]
        if word in res.stop_words and word not in inner:
            return None
        if word in inner:
            if joined or end == holder[0] or lex.by_end.get(w_start, w_start) < w_start:
                return None  # (农业农村部与…司: the body right before the joining word is a party of its own)
            joined = True
        elif not (flag in rules["unit_between_pos"] or name_verb(word) or flag[:1] in rules["department_field_pos"]):
            return None
        end = w_start
    return None


def _company_unit_form_end(text: str, hs: int, he: int, words: list[tuple[int, int, str, str]]) -> int | None:
    """End of a company's legal form that a branch ending at ``he`` follows: a unit word (``legal_units.heads``: 分行,
    支行, 分公司, 营业部 …, a word of its own) after the form across places and nouns only (广发银行股份有限公司/南通/
    分行, 北京京东世纪贸易有限公司/上海/分公司), else None (有限公司的分行, 有限公司设立分公司: a word of another kind
    between). The branch is named after the company (round 24c)."""
    rules = resources().rules
    spec = rules["legal_units"]
    unit = next((u for u in spec["heads"] if text.endswith(u, 0, he)), None)
    if unit is None or he - len(unit) > hs:
        return None
    forms = tuple(rules["legal_forms"]["heads"])
    end = he - len(unit)
    k = _word_at(words, end, 0)  # the unit opens a word of its own
    while k is not None and he - end <= int(spec["max_between_chars"]) + len(unit):
        if text.endswith(forms, 0, end):
            return end
        k -= 1
        if k < 0 or words[k][1] != end or words[k][3] not in rules["unit_between_pos"]:
            return None
        end = words[k][0]
    return None


def _branches_of_companies(
    cands: list[Candidate], lex: _LexEnds, words: list[tuple[int, int, str, str]], text: str,
) -> list[Candidate]:
    """A sentence's company branches (``_company_unit_form_end``) set to start where the company's name before them
    starts (a legal-form name of the sentence or a lexicon name ending at the form): 苏州分行 after
    上海浦东发展银行股份有限公司 → the whole, as the company is read alone. Linear: one look-up each."""
    forms = set(resources().rules["legal_forms"]["heads"])
    company_start: dict[int, int] = {}
    for c in cands:
        if c.head in forms:
            company_start[c.end] = min(c.start, company_start.get(c.end, c.start))
    out = []
    for c in cands:
        end = _company_unit_form_end(text, c.end - len(c.head), c.end, words) if c.head not in forms else None
        starts = [x for x in (company_start.get(end), lex.by_end.get(end)) if end is not None and x is not None]
        starts = [x for x in starts if x < end]
        out.append(replace(c, start=min(starts)) if starts else c)
    return out


@dataclass(frozen=True)
class _LexEnds:
    """Lexicon names by end: a dict for the walk, and sorted lists for range look-ups by bisection."""

    by_end: dict[int, int]
    ends: list[int]
    items: list[tuple[int, int]]
    types: dict[int, str]  # the type of the longest name at each end


def _build_head_name(
    text: str, hs: int, he: int, head: str, typ: str, words: list[tuple[int, int, str, str]],
    lex: _LexEnds, model_by_end: dict[int, list[tuple[int, float]]], max_prefix: int, department_only: bool = False,
) -> Candidate | None:
    """The name ending with ``head`` at [hs, he), else None. ``department_only``: a one-character head glued to its own
    head's title (局局长) names only a known body's department (round 37)."""
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
    if holder[2] in res.rules["relation_holders"]:
        return None  # 全资子公司: how a company relates to another, no name
    if head in res.rules["verb_heads"] and (text_before_ends_with_head(words, hs) or hs in lex.by_end):
        return None  # 浙江省商务厅组织企业参展: 组织 is what the 商务厅 does
    if head in res.rules["place_only_heads"] and lex.by_end.get(hs, hs) < hs:
        return None  # 财政部政府和社会资本合作中心: a ministry has no 政府
    before = next((w for w in words if w[1] == hs), None)
    if before is not None and before[2] in res.rules["head_product_words"].get(head, ()):
        return None  # 招商银行手机银行: a bank's channel, no body
    blocker = res.rules["head_right_blockers"].get(head[-1])
    if blocker and re.match(blocker, text[he:he + 8]):  # (a compound may run a few characters on)
        return None  # 中国青年报告: the head's last character opens the next word (not 报告诉)
    # 东部, 中西部: a one-character head after locality characters in one word is a locality word
    # (总公司 and 分行 after a name are not).
    if len(head) == 1 and holder[0] < hs and all(ch in res.rules["locality_chars"] for ch in text[holder[0] : hs]):
        return None
    # 新格局, 对外部, 之处: a one-character head that closes an ordinary word is part of that word.
    if len(head) == 1 and text[hs - 1 : he] in res.rules["head_blockers"] and hs - 1 >= holder[0]:
        return None
    # 兴业银行股份有限公司济南分行: a company's branch needs no model (its start: _branches_of_companies)
    branch = _company_unit_form_end(text, hs, he, words)
    fund = _entity_fund_start(text, hs, head, words, max_prefix)
    if fund is not None:
        return Candidate(fund, he, PATTERN, type=typ, head=head)  # 中非产能合作基金: two states' investment fund
    # A head is evidence of its own: the model's left edge counts at any probability, except for
    # weak heads (…中心, …基金, …科技) and where a lexicon name already ends with the head
    # (现任中国科学院 is 中国科学院): there the model's longer name needs the confidence of a
    # model-only name.
    government = _government_before(words, holder) if head in res.weak_heads else None
    body = _body_before(words, holder, lex) if head in res.weak_heads and government is None else None
    weak = head in res.weak_heads and government is None and body is None and branch is None
    lexicon_name = lex_by_end.get(he, he) < hs
    need = float(res.rules["model_min_prob"]["name"]) if weak or lexicon_name else 0.0
    legal = legal_form(text, head, he)
    # a model edge that leaves only generic words before a legal form (集团|有限责任公司 of 控股股东蜀道投资集团有限责任
    # 公司) cuts the registered name inside it: the walk finds its start instead (round 46)
    model_starts = [
        s for s, prob in model_by_end.get(he, [])
        if s < hs and prob >= need and _plausible_prefix(text, s, hs, words, lex, legal, head)
        and not (legal and all_generic(text[s:hs]))
        and (legal or typ not in res.rules["proper_prefix_types"] or _has_proper_word(text, s, hs, words, lex))
    ]
    dept = _department_body(words, holder, lex) if head in res.rules["department_heads"] and not lexicon_name else None
    if department_only and dept is None:
        return None
    infix = _bracket_infix(text, hs, head, words)
    opener = next((w for w in words if w[0] == infix), None) if infix is not None else None
    walked = _walk_left(text, infix, he, opener, words, lex_by_end, max_prefix) if opener and infix else None
    if (walked is None or infix is None or walked >= infix) and opener and infix:
        walked = _seat_name_start(text, infix, words)  # 求臻医学科技（浙江）有限公司: the seat vouches for it
    if walked is not None and infix is not None and walked < infix:
        start = walked  # 腾讯科技（深圳）有限公司: the name goes on left of the bracketed seat
    elif dept is not None and all(s >= dept for s in model_starts):
        start = dept  # 国家统计局农村司: the body's department, one name, not 农村司 (round 37)
    elif model_starts:
        start = _proper_run_start(min(model_starts), words) if legal else min(model_starts)
        start = _past_name_characters(start, words)
        start = _unit_across_joiner(text, start, hs, he, holder, words, lex_by_end, max_prefix, legal)
    elif government is not None:
        start, typ = government, "government"  # 北京市政府采购中心: a government's own unit
    elif body is not None:
        start = body  # 科技部火炬中心: a public body's own unit, of its type (_typed_by_parent)
    elif weak or lexicon_name:
        return None
    else:
        start = _walk_left(text, hs, he, holder, words, lex_by_end, max_prefix, legal)
        if start is None:
            start = _council_start(text, hs, head, words, lex, max_prefix)
        if start is None:
            start = _national_committee_start(text, hs, head, words, max_prefix)
        if start is None:
            return None
    if text.endswith(tuple(res.rules["village_places"]["heads"]), 0, he):  # (埝/镇/东魏庄…党支部: a level cut off)
        opening = next((w for w in words if w[0] == start and w[1] < hs), None)
        if opening is not None and opening[2] in res.rules["local_levels"]:
            start = opening[1]
    start = _past_rank_descriptor(text, start, hs, words)
    prefix = text[start:hs]
    numeral_brand = typ == "company" and any(w[0] == start and _coined_numeral_brand(w[2], w[3]) for w in words)
    if not prefix or (all_generic(prefix) and not numeral_brand):  # (三一集团: numerals, but a brand: round 47)
        return None
    if prefix.endswith(tuple(res.rules["kind_prefix_ends"])):
        return None  # 科创板上市公司: a kind of company
    if len(prefix) == 1 and is_latin(prefix):  # A公司, H股公司: a letter stands for a company, names none
        return None
    if re.search(res.rules["period_prefix"], prefix):  # 2022年H1公司营收: a period, then the company
        return None
    if head in res.rules["place_generic_heads"] and only_places(prefix):
        return None
    if _sector_of_a_place(text[start:he]):
        return None  # 广东省证券公司(营业部), 浙江省保险公司: a province's firms of a sector, no name (round 47)
    if head in res.rules["place_only_heads"] and not _names_a_place(prefix, start, hs, words):
        return None  # 深化/政府/采购, 中小企业/办理/政府: a government is named by its place (round 31)
    if level_only(text, start, hs, words):
        return None  # 市委宣传部, 镇政府, 县中医院: a level's office, no name
    if graded_kind(prefix):
        return None  # 全国三级公立医院, 深圳市三级甲等医院: a grade of bodies, no name
    if len(prefix) == 1 and any(w[0] == start and w[3] in res.rules["person_pos"] for w in words):
        return None  # 当/周/央行: a lone surname is no proper part
    if weak and typ != "government" and places_and_generic(prefix):  # 香港国际航运中心: a city's role
        # (a place's 金融办 is its office of financial affairs, a body)
        return None
    start = _past_split_role(text, start, hs, words)
    return Candidate(_joint_parties_start(text, start, hs), he, PATTERN, type=typ, head=head)


@cached
def _sector_of_a_place_pattern() -> re.Pattern[str]:
    """A place, its level, a sector of licensed firms and 公司 (``place_sector`` in org_patterns.yaml)."""
    spec = resources().rules["place_sector"]
    levels = alternation(spec["levels"], spaced=False)
    kinds = alternation(spec["kinds"], spaced=False)
    return re.compile(f"(?P<place>[一-鿿]{{1,6}}?)(?:{levels})(?:{kinds})公司")


def _sector_of_a_place(name: str) -> bool:
    """Whether a name opens with a place and its level right before a sector's kind of firm and 公司 (广东省证券公司,
    浙江省保险公司, 广东省证券公司营业部): the sector's companies in that place, no registered name; a name with a
    brand before the place (国网上海市电力公司) or a brand of its own (中国人寿保险公司) is no such phrase."""
    m = _sector_of_a_place_pattern().match(name)
    return m is not None and only_places(m.group("place"))


def _names_a_place(prefix: str, start: int, hs: int, words: list[tuple[int, int, str, str]]) -> bool:
    """Whether a place, or the leader an administration is named after (特朗普政府), stands in the words before a
    government's head (杭州市, 宝鸡市/ns, 香港特区): only a place's government bears 政府, so a prefix of verbs and
    nouns jieba mistagged (深化/j 政府采购, 中小企业/j 办理/n 政府采购合同) names none. The prefix is a name's (a
    few characters), so the scan of its spans stays short. A word jieba's dictionary knows as a government's proper
    name (特区政府, 联邦政府, 临时政府: ``government_name_pos``) names one as well (round 12)."""
    res = resources()
    named = (*res.rules["place_pos"], *res.rules["person_pos"])
    proper = res.rules["government_name_pos"]
    if any(w[3].startswith(named) or (w[3] in proper and w[1] > hs) for w in words if start <= w[0] < hs):  # (拜登/nrt)
        return True
    return any(prefix[i:j] in res.places for i in range(len(prefix)) for j in range(i + 1, min(len(prefix), i + 8) + 1))


def _council_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], lex: _LexEnds, max_prefix: int,
) -> int | None:
    """Start of a government body's coordinating group named with it after its remit (国务院防范和处置非法集资部际
    联席会议办公室, 国务院扶贫开发领导小组办公室, 国务院减轻企业负担部际联席会议): the remit is verbs and their
    objects, which end the ordinary walk, so the body's lexicon name within ``max_prefix`` characters before the group's
    word (``council_heads``, or its office: ``council_units``) opens the name, when the words between are no stop
    word, no act of a body and no light verb (国务院召开…, 国务院决定成立…领导小组 stay the State Council's acts)."""
    rules = resources().rules
    council = next((c for c in rules["council_heads"] if text.endswith(c, 0, hs + len(head))), None)
    if council is None and head in rules["council_units"]:
        council = next((c for c in rules["council_heads"] if text.endswith(c, 0, hs)), None)
        hs = hs - len(council) if council else hs
    if council is None:
        return None
    inner = set(rules["name_inner_words"])
    barred = {*rules["left_stop_words"], *rules["exclude"]["acting_verbs"], *rules["light_verbs"],
              *rules["council_not_remit"], *rules["local_levels"]} - inner
    barred_pos = (set(rules["left_stop_pos"]) - {"v", "vd", "c"}) | set(rules["person_pos"])
    barred |= set(rules["leader_titles"])
    k = bisect.bisect_right([w[1] for w in words], hs) - 1
    pos, first = hs, ""  # first: the remit's first word so far
    while k >= 0 and words[k][1] == pos and hs - words[k][0] <= max_prefix:
        w_start, _w_end, word, flag = words[k]
        body = lex.by_end.get(pos, pos)
        if body < pos and lex.types.get(pos) == "government":
            # (a remit of two characters at least, not opening with a joining word: 国务院和各部委… are two parties)
            return body if hs - pos >= 2 and first not in inner else None
        if word in barred or flag in barred_pos or (flag == "c" and word not in inner) or not all(map(is_han, word)):
            return None
        pos, first = w_start, word
        k -= 1
    return None


def _national_committee_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], max_prefix: int,
) -> int | None:
    """Start of a national committee named by its nationwide scope and its field (全国绿化委员会, 全国老龄工作委员会,
    or its office: 全国绿化委员会办公室; round 48): the scope (``national_committee.scopes``) and the field are common
    words, so the walk finds no proper part; the scope opens the name when the words between it and the committee
    are a field of Han words that is no generic word alone, no level and no act (全国各级委员会 stays none), and no
    field of the committee each community or firm has (``per_unit_fields``: 全国业主委员会 stays none; r48 mend)."""
    rules = resources().rules
    spec = rules["national_committee"]
    end = hs + len(head)
    if head in spec["units"]:
        committee = next((c for c in spec["heads"] if text.endswith(c, 0, hs)), None)
        end, hs = hs, hs - len(committee) if committee else hs
    elif head not in spec["heads"]:
        return None
    if not text.endswith(tuple(spec["heads"]), 0, end):
        return None
    barred = {*rules["left_stop_words"], *rules["exclude"]["acting_verbs"], *rules["light_verbs"],
              *rules["local_levels"]}
    barred_pos = set(rules["left_stop_pos"]) | set(rules["person_pos"]) | set(resources().proper_pos)
    k = bisect.bisect_right(words, hs, key=lambda w: w[1]) - 1  # (no list of all word ends per head: a search)
    pos = hs
    while k >= 0 and words[k][1] == pos and hs - words[k][0] <= max_prefix:
        w_start, w_end, word, flag = words[k]
        if word in spec["scopes"]:
            field = text[w_end:hs]
            return w_start if field and not all_generic(field) and field not in spec["per_unit_fields"] else None
        if word in barred or flag in barred_pos or not all(map(is_han, word)):
            return None
        pos = w_start
        k -= 1
    return None


def _past_rank_descriptor(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """Start of the name after a rank and its kind in an apposition (美国最大银行|摩根大通公司, 日本最大工会组织|
    日本劳动组合总联合会): the end of the first word after the last rank (``rank_descriptor``, ending on a word's end)
    that ends with a head; ``hs`` where no such word comes before the head (美国最大银行 names none). Unchanged when
    the prefix holds no rank."""
    ends = {w[1] for w in words}
    pattern = resources().rules["rank_descriptor"]
    ranks = [m.end() for m in re.finditer(pattern, text[start:hs]) if start + m.end() in ends]
    if not ranks:
        return start
    heads = tuple(h for h, _ in resources().heads)
    after = start + ranks[-1]
    return next((w[1] for w in words if after < w[1] <= hs and w[0] >= after and w[2].endswith(heads)), hs)


def _unit_across_joiner(
    text: str, start: int, hs: int, he: int, holder: tuple[int, int, str, str], words: list[tuple[int, int, str, str]],
    lex_by_end: dict[int, int], max_prefix: int, legal: str,
) -> int:
    """The start of a body's unit whose two fields are joined (农业农村部市场与信息化司, 科学技术部科技与信息化司) where
    the model cut the name at the joining word (信息化司): the walk from the head crosses it, and the part left of it
    opens with a known body's name followed by a field of its own (农业农村部|市场|与), so the unit is that body's,
    one name. A known name right before the joining word (华为与中兴通讯公司, 农业农村部与财政部) is a party of its
    own: the model's start stays (round 28)."""
    joiner = next((w for w in words if w[1] == start and w[0] < start), None)
    if joiner is None or joiner[2] not in joining_words(text[hs:he]):
        return start
    walked = _walk_left(text, hs, he, holder, words, lex_by_end, max_prefix, legal)
    if walked is None or walked >= start:
        return start
    if lex_by_end.get(joiner[0], joiner[0]) < joiner[0]:
        return start  # (申万宏源和中信证券: a known name right before the joining word is a party of its own)
    body_end = next((e for e in range(joiner[0] - 1, walked, -1) if lex_by_end.get(e) == walked), None)
    proper = resources().proper_pos
    field = [w for w in words if body_end is not None and body_end <= w[0] and w[1] <= joiner[0]]
    return walked if field and not any(w[3] in proper for w in field) else start  # (the field: common words)


def _past_split_role(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """A name's start after a party's role the segmenter cut in two (采购/人 of 采购人某某局: ``split_roles``), whose
    last part the walk took as the name's first word: the name opens after the role (round 24b). Only where that
    part ends on a word's end (采购/人民医院 keeps its 人民); it may span two words (一致/行动/人, round 26)."""
    for role in resources().rules["split_roles"]:
        for k in range(1, len(role)):
            if (text.startswith(role, start - k) and start + len(role) - k < hs
                    and any(w[0] == start for w in words)
                    and any(w[0] >= start and w[1] == start + len(role) - k for w in words)):
                return start + len(role) - k
    return start


def _joint_parties_start(text: str, start: int, hs: int) -> int:
    """Start of a joint body's name whose parties are listed before it (``joint_parties``: 内地与香港、澳门…合作委员会):
    the walk stops at 、, which ends an item of the list, not the name. Only places as parties, and only a name that
    says what they do together."""
    rule = resources().rules["joint_parties"]
    if start == 0 or text[start - 1] != "\u3001" or not any(v in text[start:hs] for v in rule["verbs"]):
        return start
    places = resources().places
    if not any(text[start:start + n] in places for n in (2, 3, 4) if start + n < hs):
        return start
    window = text[max(0, start - 24):start]
    for i in range(len(window)):  # the longest list of places only (发挥/内地与香港、: the verb is no party)
        m = re.match(rule["before"], window[i:])
        if m is not None and all(p in places for p in re.split(rule["splitter"], m.group("parties")) if p):
            return start - len(m.group("parties"))
    return start


def _entity_fund_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], max_prefix: int,
) -> int | None:
    """Start of a fund two states set up to invest (``entity_funds``: 中葡合作发展基金, 中国－东盟投资合作基金): a body,
    unlike a grant programme or a sector's fund, which the weak head 基金 leaves to the model. The name must open on a
    word's start (其中/美国 holds no 中美)."""
    rule = resources().rules["entity_funds"]
    if head not in rule["heads"]:
        return None
    lo = max(0, hs - max_prefix)
    m = re.search(rule["prefix"], text[lo:hs])
    if m is None:
        return None
    start = lo + m.start()
    return start if any(w[0] == start for w in words) else None


def level_only(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]]) -> bool:
    """Whether a name's prefix names only a level of local government and a kind of office (省委组织部, 镇党委,
    县/中医院: ``level_words``, ``level_kinds``): such a body is a local office no text names."""
    res = resources()
    levels = {*res.rules["local_levels"], *res.rules["level_words"]}
    known = levels | set(res.rules["level_kinds"]) | res.generic
    # a dictionary word for a kind of office that holds the head (区/人事局, 市/民政局, 县/国税局): its part before the
    # head names the kind, no place
    holder = next((w for w in words if w[0] < hs < w[1]), None)
    if holder is not None and holder[1] - holder[0] >= 3 and common_word(holder[2], 1):
        known = known | {text[holder[0]:hs]}
    before = next((w for w in words if w[1] == start and w[2] in levels), None)
    prefix = text[before[0] if before else start:hs]
    ok: list[bool | None] = [False] + [None] * len(prefix)  # None: not reachable; bool: a level seen
    for i in range(1, len(prefix) + 1):
        for j in range(max(0, i - 4), i):
            if ok[j] is not None and prefix[j:i] in known:
                ok[i] = bool(ok[i]) or ok[j] or prefix[j:i] in levels
    return bool(prefix) and bool(ok[len(prefix)])


def _plausible_prefix(
    text: str, start: int, hs: int, words: list[tuple[int, int, str, str]], lex: _LexEnds, legal: str = "",
    head: str = "",
) -> bool:
    """A model-proposed prefix may not contain a stop word or a stop POS (a verb, a preposition
    …) outside lexicon names: 与武汉大学共建研究院 is not one name. A word that joins the parts
    of one name (数学与系统科学研究院, 发展和改革委员会: ``name_inner_words``) may stand inside it,
    and before a legal form the words of a registered name may, right of its proper part (香港中央结算有限公司,
    not 保荐机构华泰联合证券…: ``legal_forms``)."""
    res = resources()
    inner = joining_words(head)
    nearby = lex.items[bisect.bisect_left(lex.ends, start):bisect.bisect_right(lex.ends, hs)]  # not a scan
    covered: list[tuple[int, int]] = [(s, e) for e, s in nearby if start <= s and e <= hs]
    if legal:  # a registered name may open with a known brand that jieba cuts apart (安/永华/明 of 安永华明…)
        covered += [(start, start + n) for n in res.alias_lengths.get(text[start], ())
                    if start + n <= hs and text[start:start + n] in res.aliases][:1]
    proper = False  # a proper word right of the word looked at (the scan runs from the head leftwards)
    for k in range(len(words) - 1, -1, -1):
        w_start, w_end, word, flag = words[k]
        if w_start < start or w_end > hs:
            continue
        if _inside_name(words, k):
            proper = True
            continue
        if any(s <= w_start and w_end <= e for s, e in covered) or (
                legal and any(s < w_end and w_start < e for s, e in covered)):  # 安/永华 of 安永华明…（特殊普通合伙）
            proper = True
            continue
        if w_start > start and word in inner and not text_before_ends_with_head(words, w_start):
            continue
        if _ends_name(word, flag, bool(legal) and not proper):
            return False
        proper = proper or flag in res.proper_pos
    return True


def _has_proper_word(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]], lex: _LexEnds) -> bool:
    """Whether the model's prefix [start, hs) holds a proper word (a name's tag, a word the dictionary does not know,
    a place, a lexicon name), as the left walk asks: 农业社会化服务组织 (sector and common nouns before the head) is a
    kind of body, no name, however confident the model's left edge. Asked of the types in ``proper_prefix_types``
    only: a company's registered brand may be common words (网商银行)."""
    res = resources()
    nearby = lex.items[bisect.bisect_left(lex.ends, start):bisect.bisect_right(lex.ends, hs)]
    if any(start <= s for _, s in nearby):
        return True
    return any(start <= w[0] and w[1] <= hs and (w[3] in res.proper_pos or (not w[3] and len(w[2]) >= 2)
                                                 or w[2] in res.places)
               for w in words)


def joining_words(head: str) -> list[str]:
    """Words that may join the parts of a name ending with ``head`` (``name_inner_words``): none before a head only a
    place's government bears (``place_only_heads``), which its place alone names (中国路桥与肯尼亚政府: two parties)."""
    rules = resources().rules
    return [] if head in rules["place_only_heads"] else rules["name_inner_words"]


def _ends_name(word: str, flag: str, legal: bool = False) -> bool:
    """Whether a word cannot stand inside a name's prefix: a stop word, a count of a group, a stop POS (verbs,
    prepositions …) or a verb phrase. Nouns jieba's dictionary tags as adverbs or verbs may (高新/d, 高速/d:
    ``verb_like.not_verbs``).
    Before a legal form (``legal``) so may the verbs and descriptive words of a registered name (控股, 结算,
    联合: ``legal_forms``), which a registrar accepts and prose around a name does not put there."""
    res = resources()
    spec = res.rules["legal_forms"]
    if re.match(res.rules["group_count"], word):  # 四大, 三家: a count of a list's kind (中国银行四大国有银行)
        return True
    if re.match(res.rules["name_ordinal"], word):  # 第一附属医院: an ordinal numbers a body's units
        return False
    if word in res.stop_words:
        return not (legal and word in spec["inner_words"])
    if flag in res.stop_pos and not (legal and flag in spec["inner_pos"]):
        return not name_verb(word) and word not in res.rules["verb_like"]["not_verbs"]
    return not legal and verb_like(word, flag)


def _inside_name(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """A name character, or one character right after one (沣/西 of 沣西新城: jieba cut the name's word apart)."""
    word = words[k][2]
    return name_character(words, k) or (len(word) == 1 and is_han(word) and k > 0 and name_character(words, k - 1))


def _past_name_characters(start: int, words: list[tuple[int, int, str, str]]) -> int:
    """A model's left edge at a character jieba has no word for moves past it and the proper words before it
    (新城管委会 → 西咸新区沣西新城管委会): the model cut where the rare character stands, not where the name starts."""
    k = _word_at(words, start, 1, -1)
    moved = start
    while k >= 0 and words[k][1] == moved and _inside_name(words, k):
        moved = words[k][0]
        k -= 1
    return start if moved == start else _proper_run_start(moved, words)


def name_character(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Whether the word at ``k`` is one character jieba has no word for that belongs to a name (``unknown_char_pos``):
    a rare ideograph (杭州䶮华科技), or any such character right after a proper word (西咸新区/沣/东新城), where jieba
    only failed to join it to its neighbours."""
    res = resources()
    _start, _end, word, flag = words[k]
    if len(word) != 1 or flag not in res.rules["unknown_char_pos"] or not (is_han(word) or is_rare_han(word)):
        return False  # (、 and other punctuation are tagged x too)
    before = words[k - 1] if k > 0 else None
    return is_rare_han(word) or (before is not None and before[1] == _start and before[3] in res.proper_pos
                                 and bool(CJK.search(before[2])))  # (XX县人民政府: a placeholder names no county)


def name_verb(word: str) -> bool:
    """Whether a verb names what a body does inside its name (发展研究院, 英国驻华大使馆: ``name_verbs``,
    ``name_verb_prefixes``)."""
    rules = resources().rules
    return word in rules["name_verbs"] or word.startswith(tuple(rules["name_verb_prefixes"]))


def _past_generic_words(start: int, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """A registered name opens with its place or brand, not with a kind of party before it (机构华泰联合证券…
    of 保荐机构华泰联合证券有限责任公司 → 华泰联合证券有限责任公司): the generic words it would open with are left out
    while a word is left before the head."""
    generic = resources().generic
    for w_start, w_end, word, _flag in words:
        if w_start == start and w_end < hs and word in generic:
            start = w_end
    return start


def legal_form(text: str, head: str, he: int) -> str:
    """How a head ending at ``he`` shows a registered name: "company" for a legal form (有限公司, 股份有限公司),
    "partnership" for a partnership's form in brackets right after it (会计师事务所（特殊普通合伙）), else ""."""
    spec = resources().rules["legal_forms"]
    if re.match(spec["partnership"], text[he:he + 12]):
        return "partnership"
    return "company" if head in spec["heads"] else ""


def _proper_run_start(start: int, words: list[tuple[int, int, str, str]]) -> int:
    """Start of the run of proper words (places, names, abbreviations) directly before ``start``, else ``start``:
    a registered name keeps its place and its brand (江西赣锋锂业集团股份有限公司, 泰州中来光电…: a coined word of
    its brand too), where the model may cut after them."""
    res = resources()
    for k in range(len(words) - 1, -1, -1):
        if words[k][1] == start and (words[k][3] in res.proper_pos or name_character(words, k)
                                     or _coined_legal_word(words[k][2], words[k][3], "company")):
            start = words[k][0]
    return start


def text_before_ends_with_head(words: list[tuple[int, int, str, str]], at: int) -> bool:
    """Whether the word before ``at`` ends with a head word: 实验室和研究中心 coordinates two
    organisations, it is not one name joined by 和."""
    before = next((w[2] for w in words if w[1] == at), "")
    return bool(before) and before.endswith(tuple(h for h, _ in resources().heads))


def _walk_left(
    text: str, hs: int, he: int, holder: tuple[int, int, str, str], words: list[tuple[int, int, str, str]],
    lex_by_end: dict[int, int], max_prefix: int, legal: str = "",
) -> int | None:
    """Start of the name that ends with the head at [hs, he), or None when it has no proper part.

    Before a legal form the walk crosses the verbs of a registered name until it meets a proper word
    (深圳市投资控股有限公司, 华泰联合证券有限责任公司), and no further (腾讯持有…有限公司 is not one name); a
    partnership's bracketed form vouches for a name without a proper word (天职国际会计师事务所（特殊普通合伙）),
    so there the walk crosses no verb (公司聘请容诚会计师事务所).

    A word that joins the parts of one name (``name_inner_words``: 中国科学院数学与系统科学研究院)
    is crossed when the part to its left has a proper element of its own; otherwise the name
    starts after it (经济与管理学院 alone is no name). Before a head whose first word is a name verb (研究中心) the
    joining word may stand right before the head: it joins that verb (调查与研究中心).

    Before the head of a body named by its field (协会, 学会, 研究院: ``activity_heads``) the walk crosses verbs
    of that field (中国演出行业协会, 中国电影发行放映协会, 北京师范大学中国收入分配研究院), but keeps such a
    verb only where a proper word stands left of it in the name; otherwise the name starts after it."""
    res = resources()
    head = text[hs:he]
    inner = joining_words(head)
    start = holder[0]
    proper = holder[0] < hs and holder[3] in res.proper_pos
    idx = words.index(holder) - 1
    checkpoint: tuple[int, bool] | None = None  # (start, proper) before an inner word was crossed
    proper_left = after_lexicon = False
    start_flag = holder[3]  # the tag of the word the name now starts with
    joined_head = holder[1] < he and name_verb(holder[2])  # 研究/中心: a joining word may join 研究
    field_verbs = head in res.rules["activity_heads"] and not legal
    # a committee or office of an association (青年工作委员会 after 江苏省制冷学会): once the walk has crossed the
    # association's head, the field verbs of the association's own name are crossed as its walk would (round 22b)
    sub_unit = head in res.rules["association_units"]["heads"] and not legal
    crossed: list[tuple[int, int, bool]] = []  # (start, end, is a field verb) of the words crossed
    company_head = legal == "company" or (not legal and head in _company_heads())
    while idx >= 0:
        w_start, w_end, word, flag = words[idx]
        if w_end != start:
            break
        if start in lex_by_end and lex_by_end[start] < start:  # a lexicon name: take it whole
            lex_start = lex_by_end[start]
            if he - lex_start > max_prefix + (he - hs):
                break
            crossed.append((lex_start, start, False))
            start, proper, proper_left, after_lexicon = lex_start, True, True, True
            start_flag = "nt"
            while idx >= 0 and words[idx][0] >= lex_start:
                idx -= 1
            continue
        if after_lexicon and flag not in res.rules["place_pos"]:  # 美国高通公司, not 现任中国科学院…
            break
        if _inside_name(words, idx):
            # 沣 of 西咸新区沣东新城管委会 (and 西 after it, of 沣西新城): no end of the name, and a proper part of it
            start, start_flag, proper, proper_left = w_start, "nz", True, True
            idx -= 1
            continue
        if _numbered_unit(word, text, w_end):
            start, start_flag = w_start, flag  # 中铁/十六/局: the number of a group's bureau (round 31)
            idx -= 1
            continue
        if word in res.rules["name_joiners"] and idx > 0 and words[idx - 1][1] == w_start:
            start, start_flag = w_start, flag  # 约翰·霍普金斯大学: the dot joins a transliterated name
            idx -= 1
            continue
        if (word in inner and checkpoint is None and idx > 0 and (start < hs or joined_head)
                and not text_before_ends_with_head(words, w_start)):
            checkpoint = (start, proper)
            proper_left = False  # only a proper part left of the joining word lets the walk cross it
            start, start_flag = w_start, flag
            idx -= 1
            continue
        if (field_verbs and _field_verb(word, flag) and he - w_start <= max_prefix + (he - hs)
                and (flag not in res.rules["activity_verb_pos"]
                     or (lex_by_end.get(w_start, w_start) >= w_start
                         and not _body_name_before(words, w_start, lex_by_end)))):
            # (武汉大学共建研究院: a verb right after a body's name is that body's act; a noun built on a verb,
            # 北京大学集成电路学院, is the unit's field)
            crossed.append((w_start, w_end, True))
            start, start_flag = w_start, flag
            idx -= 1
            continue
        if (start_flag in res.rules["place_pos"] and start < hs and flag in res.rules["act_pos"]
                and not name_verb(word) and text_before_ends_with_head(words, w_start)):
            break  # 某区人民法院/审理/某区人民检察院: an act between two bodies, each named by its place
        if (start_flag in res.rules["place_pos"] and start < hs and words[idx + 1][0] == start
                and _adjoining_body(word, words[idx + 1][2])):
            break  # 广东省统计局/广东省/财政厅: two bodies back to back, each named by its place (round 29)
        if start_flag in res.rules["place_pos"] and start < hs and _directive_phrase(word):
            break  # 全力支持/芜湖/商会: a phrase that ends with a directive verb acts on the body, no part of its name
        if len(word) == 1 and flag in res.rules["person_pos"] and start_flag in res.rules["place_pos"] and start < hs:
            # 李/治国及发展计划部: a surname, and the place-tagged word after it is the person's given name
            start = next(w[1] for w in words if w[0] == start)
            proper_left = False
            proper = (holder[0] < hs and holder[3] in res.proper_pos) or any(
                not v and s >= start for s, _e, v in crossed)
            break
        if word in res.rules["leader_titles"]:  # 区长/邓辉作/政府: the word after the title is its holder (round 28)
            if start < hs:
                start = next(w[1] for w in words if w[0] == start)
                proper = (holder[0] < hs and holder[3] in res.proper_pos) or any(
                    not v and s >= start for s, _e, v in crossed)
            break
        if company_head and _coined_numeral_brand(word, flag):
            crossed.append((w_start, w_end, False))  # 三一/集团: a brand in numerals, the name's proper word (round 47)
            start, start_flag, proper, proper_left = w_start, "nz", True, True
            idx -= 1
            continue
        if (
            (_ends_name(word, flag, legal == "company" and not proper) and not _coined_legal_word(word, flag, legal))
            or not word.strip()
            or not (CJK.search(word) or LATIN.search(word))
            or he - w_start > max_prefix + (he - hs)
            or (flag in res.rules["person_pos"] and start_flag in res.rules["place_pos"])  # 张三中国…联盟
        ):
            break
        glued = _glued_function_prefix(word)
        if glued:  # 因向/华夏银行, 由思环/贸易: the clause's prepositions glued onto the name's first word (round 24c)
            if glued < len(word):
                start, start_flag = w_start + glued, flag
                proper = proper or flag in res.proper_pos
            break
        start, start_flag = w_start, flag
        if sub_unit and w_start < hs and word.endswith(tuple(res.rules["activity_heads"])):
            field_verbs = True  # 制冷/学会/青年/工作/委员会: 制冷 names the society's field
        is_proper = flag in res.proper_pos or bool(LATIN.search(word)) or word in res.places
        proper = proper or is_proper
        # a person's name left of a joining word is a party of its own (副市长某某与浙江省商务厅), no part of the name
        proper_left = proper_left or (is_proper and (checkpoint is None or flag not in res.rules["person_pos"]))
        if is_proper:
            crossed.append((w_start, w_end, False))
        idx -= 1
    if checkpoint is not None and not proper_left:
        start, proper = checkpoint
    moved = _past_bare_field_verbs(start, crossed)
    if moved != start:
        start = moved
        proper = (holder[0] < hs and holder[3] in res.proper_pos) or any(not v and s >= start for s, _e, v in crossed)
    while start < hs and text[start] in res.rules["name_joiners"]:  # no name starts with a dot
        start += 1
    if legal:
        start = _past_generic_words(start, hs, words)
    if start >= hs or not (proper or legal == "partnership"):
        return None
    return start


def _numbered_unit(word: str, text: str, end: int) -> bool:
    """A bare Chinese numeral right before the head of a numbered bureau or institute (十六 of 中铁十六局集团, 二十 of
    中国二十冶): it numbers one of a group's subsidiaries, inside the name, as an ordinal (第一附属医院) does."""
    spec = resources().rules["numbered_unit"]
    return re.match(spec["numeral"], word) is not None and re.match(spec["head"], text[end:end + 2]) is not None


def _adjoining_body(word: str, place: str) -> bool:
    """The name walked so far opens with ``place``, a place of a level (广东省, 深圳市), and the ``word`` before it ends
    in a government head (广东省统计局, …科学技术厅): a by-line's bodies back to back, two names, not one."""
    res = resources()
    return place.endswith(tuple(res.rules["adjoining_body_place_ends"])) and word.endswith(res.government_heads)


def _glued_function_prefix(word: str) -> int:
    """Length of the clause's function characters the segmenter glued onto the front of a made-up word (因向 before
    华夏银行, 由 of 由思环 before 贸易（上海）有限公司): a run of ``glued_function_chars`` that ends with a preposition
    (``seat_glued_stops``), in a word its dictionary does not hold; 0 otherwise (a word of the dictionary, 华为)."""
    rules = resources().rules
    if len(word) < 2 or common_word(word, 1):
        return 0
    chars, stops = rules["glued_function_chars"], rules["seat_glued_stops"]
    run = 0
    while run < len(word) and (word[run] in chars or word[run] in stops):
        run += 1
    while run and word[run - 1] not in stops:
        run -= 1
    return run


@cached
def _company_heads() -> frozenset[str]:
    """The head words of companies (集团, 公司 …), built once: the walk asks for each head it starts from (it had
    rebuilt a dict of all heads on every walk)."""
    return frozenset(h for h, kind in resources().heads if kind == "company")


def _coined_numeral_brand(word: str, flag: str) -> bool:
    """Whether a word before a company's head is a brand written in numerals (三一 of 三一集团, 三六零): numeral
    characters only, tagged a numeral, and no word of the segmenter's dictionary (``coined_numeral_brand``), so no
    count (三家, 十大) and no numeral word (五一, 十一, 三十余) the dictionary holds."""
    spec = resources().rules["coined_numeral_brand"]
    return (flag in spec["pos"] and len(word) >= 2 and all(ch in spec["chars"] for ch in word)
            and not common_word(word, 1))


def _coined_legal_word(word: str, flag: str, legal: str) -> bool:
    """Whether a word of a registered name is a coined brand word the segmenter made up and tagged with a stop tag
    (苏州/中来/t/光伏新材股份有限公司: no time word, a word its dictionary does not hold; ``legal_forms.coined_pos``,
    round 24b): before a legal form it stays inside the name."""
    spec = resources().rules["legal_forms"]
    return (legal == "company" and flag in spec["coined_pos"] and len(word) >= 2 and all(is_han(ch) for ch in word)
            and not common_word(word, 1))


def _body_name_before(words: list[tuple[int, int, str, str]], at: int, lex_by_end: dict[int, int]) -> bool:
    """Whether the word before ``at`` ends a body's name (武汉大学/共建/研究院: the verb is that body's act): it ends
    with a head, and a weak head alone there follows a lexicon name or a brand's proper word (百度/网络), not a place
    or a common word (广东省/网络/视听/新媒体协会: a trade word after a place names a field, no body)."""
    if not text_before_ends_with_head(words, at):
        return False
    res = resources()
    k = _word_at(words, at, 1, -1)
    if k < 0 or words[k][2] not in res.weak_heads:
        return True
    w_start = words[k][0]
    brand = words[k - 1] if k > 0 and words[k - 1][1] == w_start else None
    return lex_by_end.get(w_start, w_start) < w_start or (
        brand is not None and brand[3] in res.proper_pos and brand[3] not in res.rules["place_pos"])


def _directive_phrase(word: str) -> bool:
    """Whether a word of more than one part ends with a verb that directs or acts on a body (``directive_verbs``):
    jieba tags 全力支持, 大力支持 as nouns, yet before a place they are what a subject does to the body named next."""
    verbs = tuple(v for v in resources().rules["directive_verbs"] if len(v) >= 2)
    return any(word.endswith(v) and len(word) > len(v) for v in verbs)


def _field_verb(word: str, flag: str) -> bool:
    """A verb that may name a body's field (演出, 烹饪, 发行, 分配): a word of two characters or more tagged as a
    verb (``activity_verb_pos``), or a noun built on one (表演艺术家: ``verb_like``), that is no stop word, no act of
    a body (举办, 发起: ``exclude.acting_verbs``) and no verb that directs a body (引导, 支持: ``directive_verbs``),
    whose subject is the place before it; nor a noun that opens with one of them."""
    rules = resources().rules
    acts = (*rules["exclude"]["acting_verbs"], *rules["directive_verbs"])
    if len(word) < 2 or word in rules["left_stop_words"] or word in rules["light_verbs"] or word.startswith(acts):
        return False
    if flag in rules["activity_verb_pos"]:
        return not verb_like(word, flag)
    return flag in rules["activity_noun_pos"] and verb_like(word, flag)


def _past_bare_field_verbs(start: int, crossed: list[tuple[int, int, bool]]) -> int:
    """The name's start moved right past the last field verb (``crossed``: its words, verbs marked) with no proper
    word or lexicon name left of it inside the name: 行业演出协会 alone names no body, 中国演出行业协会 does."""
    proper_at = [s for s, _e, verb in crossed if not verb and s >= start]
    bare = [e for s, e, verb in crossed if verb and s >= start and not any(p < s for p in proper_at)]
    return max(bare, default=start)


def model_candidates(doc: Doc, sentences: list[tuple[int, int]], beam_width: int | None = None) -> list[Candidate]:
    """Spans of the statistical model with their beam probability, over the given sentences.

    All sentences go through one batched call; ``predict_scored_spans`` skips sentences without
    CJK and cuts long ones into windows, so the cost stays linear. Which sentences are given is
    ``scope.model_sentences``'s choice; ``beam_width`` None is ``pipeline.ner.BEAM_WIDTH``.
    """
    from pipeline.ner import BEAM_WIDTH, load_model, predict_scored_spans

    full = doc._.text
    nlp = load_model(beam_width=BEAM_WIDTH if beam_width is None else beam_width)
    out = []
    for (lo, _), spans in zip(sentences, predict_scored_spans([full[a:b] for a, b in sentences], nlp), strict=True):
        out.extend(Candidate(lo + a, lo + b, MODEL, prob=prob) for a, b, prob in spans)
    return out
