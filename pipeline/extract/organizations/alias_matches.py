"""Lexicon matches: every alias occurrence on token boundaries, with the guards that tell a known name from a
sector, a person's given name, a local office or a longer short name (split from ``candidates``, round 48)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import accumulate, pairwise

from pipeline.chars import is_han
from pipeline.extract.claim_cues import cues
from pipeline.extract.organizations.base import (
    LEXICON,
    PATTERN,
    Candidate,
    Entry,
    Resources,
    all_generic,
    is_latin,
    latin_ok,
    person_titles,
    pos_words,
    resources,
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
            if ok and (_national_sector(alias, text, j) or _place_sector(alias, text, j)
                       or _direction_sector(alias, text, j)):
                continue  # 中国移动互联网: the country's mobile internet, no company (上海银行间: the city's market)
            if ok and entry.type == "company" and not is_latin(alias) and _name_goes_on(text, j):
                continue  # 中信博为…: a listed company's short name that a known one opens, not that one
            if ok and entry.type == "company" and not is_latin(alias) and _brand_before(text, i, cuts):
                continue  # 三一智联: another company's name that the known one ends, not that one (round 50)
            if ok and length == 2 and (_given_name(text, i, index) or _surname_speaker(text, i, j, index)):
                continue  # 会长洪清华, 钱国航表示: a person's given name after the surname, no 清华大学, no 国航
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


def _surname_speaker(text: str, i: int, j: int, index: WordIndex | None) -> bool:
    """Whether a two-character alias at [i, j) is the given name of a person who speaks: a one-character word that
    is a surname (claims.yaml ``surnames``, whatever its tag: 钱/n) stands right before it, at a clause's start or
    after a person's title, and a verb of telling follows (钱国航表示, 总经理钱国航介绍): the three characters name the
    speaker, no body (round 49). A preposition or a conjunction before the alias (向国航表示感谢, 和国航表示) and a
    surname inside a longer word (中国国航表示) leave the alias."""
    if index is None or i < 1:
        return False
    res = resources()
    word = next(iter(pos_words(index, i - 1, i)), None)
    if (word is None or word[0] != i - 1 or word[1] != i or word[2] not in cues().words("surnames")
            or word[3] in res.rules["left_stop_pos"] or word[2] in res.rules["left_stop_words"]):
        return False
    if i >= 2 and is_han(text[i - 2]) and not text[:i - 1].endswith(person_titles()):
        return False
    verb = next((v for v in telling_verbs() if text.startswith(v, j)), None)
    return verb is not None and text[j + len(verb):j + len(verb) + 1] not in res.rules["speaker_verb_not_before"]


@cached
def telling_verbs() -> tuple[str, ...]:
    """claims.yaml's verbs of telling (`telling_verbs`), longest first (the speaker checks of ``filters`` read
    the same list)."""
    return tuple(sorted(cues().words("telling_verbs"), key=lambda verb: (-len(verb), verb)))


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


def _direction_sector(alias: str, text: str, j: int) -> bool:
    """Whether a lexicon name of a direction word and a trade word only (南方航空: ``direction_words``,
    ``stock_context.place_name_words``) is read before a word of a market, a hub or a sector
    (``direction_sector_followers``: 南方航空市场, 东方航空枢纽): the region's trade, no mention of the company
    (round 49 mend)."""
    rules = resources().rules
    head = next((d for d in rules["direction_words"] if alias.startswith(d)), None)
    return (head is not None and alias[len(head):] in rules["stock_context"]["place_name_words"]
            and re.match(rules["direction_sector_followers"], text[j:j + 4]) is not None)


def unknown_word(text: str, i: int, j: int, cuts: set[int]) -> bool:
    """Whether [i, j) is a word the segmenter's dictionary does not hold, alone or glued to a stop word before it
    (据拓普, 据/拓普)."""
    return (i in cuts and not common_word(text[i:j], 1)) or _glued_to_stop_word(text, i, j, cuts)


def _glued_to_stop_word(text: str, i: int, j: int, cuts: set[int]) -> bool:
    """Whether a name at [i, j) stands inside a word the segmenter made up of a preposition or a conjunction and the
    name (据美团, 由携程: ``left_stop_words``), a word its dictionary does not hold: the name starts after the stop
    word, as at a clause start (据省发展改革委 is read so too). Round 50: also where that word holds only the
    name's first characters (据途|牛平台数据: the segmenter made up 据途, no word of its dictionary); a dictionary
    word there (和平|安…) keeps the cut as it is."""
    stops = resources().rules["left_stop_words"]
    if j not in cuts or i in cuts:
        return False
    first = next((k for k in range(i + 1, j + 1) if k in cuts), j)
    return any(i - d in cuts and text[i - d:i] in stops and not any(k in cuts for k in range(i - d + 1, i))
               and not common_word(text[i - d:first], 1) for d in (1, 2))


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


def _sector_association(surface: str, kind: str, parents: tuple[str, ...]) -> bool:
    """Whether a lexicon short name is a sector's association named without its country (银行业协会, 基金业协会,
    交易商协会 for the national bodies): every city and province has one of its own, so after a place it names that
    place's association, as 省科协 names a province's (round 50: 常熟市银行业协会 is no 中国银行业协会)."""
    return kind == "other" and surface.endswith(parents) and not is_latin(surface)


def _place_word_before(text: str, end: int, index: WordIndex | None, res: Resources) -> int | None:
    """Where a place named right before ``end`` starts: a mainland place of the list (苏州|银行业协会) or a word the
    segmenter tags as a place (``local_association_place_pos``: 常熟市|银行业协会, 昆山|银行业协会; 股市 is none)."""
    listed = _place_before(text, end, res.domestic, max(map(len, res.domestic)))
    if listed is not None or index is None:
        return listed
    tags = res.rules["local_association_place_pos"]
    return next((w.start for w in index.within(max(0, end - 8), end) if w.end == end and w.tag in tags
                 and w.end - w.start > 1), None)


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
    associations = tuple(res.rules["association_units"]["parents"])
    out = []
    starts: list[int] = []
    reach: list[int] | None = None
    company_ends = {c.end for c in cands if c.type == "company"}
    department_ends = tuple(res.rules["company_department_ends"])
    for c in cands:
        sector_body = _sector_association(text[c.start:c.end], c.type, associations)
        local_kind = c.type == "government" or text[c.start:c.end] in counterparts or sector_body
        if c.source != LEXICON or not local_kind or c.canonical.startswith(abroad):
            out.append(c)
            continue
        near = _place_word_before(text, c.start, index, res) if sector_body else None
        if near is not None:
            out.append(replace(c, start=near, canonical=text[near:c.end], source=PATTERN))
            continue  # 苏州银行业协会: that city's association (round 50)
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


def _brand_before(text: str, i: int, cuts: set[int]) -> bool:
    """Whether a company's known short name starting at ``i`` is the tail of a longer name: a brand word glued right
    before it, written in numerals (三一|智联: ``coined_numeral_brand``) or one the segmenter made up that its
    dictionary does not hold (a Han word of 2 to 4 characters, no known name and no generic word). A dictionary word
    (今年|智联, 据悉|携程, 五一|携程: a holiday) or a known name (美团|携程: two companies) keeps it (round 50)."""
    import jieba.posseg

    res = resources()
    spec = res.rules["coined_numeral_brand"]
    for d in (4, 3, 2):
        word = text[max(0, i - d):i]
        if len(word) < d or i - d not in cuts or not all(map(is_han, word)) or common_word(word, 1):
            continue
        if all(ch in spec["chars"] for ch in word):
            return True  # 三一 (cut 三|一 as two numerals)
        if (not any(k in cuts for k in range(i - d + 1, i)) and jieba.posseg.dt.word_tag_tab.get(word) is None
                and word not in res.aliases and not all_generic(word)):
            return True
    return False


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
