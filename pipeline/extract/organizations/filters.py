"""Which candidates are mentions: the guideline exclusions, the model's confidence, and overlaps."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from pipeline.extract.claim_cues import cues
from pipeline.extract.organizations.alias_matches import common_word, telling_verbs
from pipeline.extract.organizations.base import (
    BRANDLIKE,
    CJK,
    LEXICON,
    MODEL,
    NAME_EDGE,
    Candidate,
    all_generic,
    bracket_spans,
    is_latin,
    latin_ok,
    only_places,
    places_and_generic,
    pos_words,
    resources,
)
from pipeline.extract.organizations.left_walk import name_verb
from pipeline.nlp.doc import WordIndex
from pipeline.nlp.jieba_dict import tag_of
from pipeline.resources import cached


def excluded_zones(text: str) -> list[tuple[int, int]]:
    """Spans no mention may lie in: 《titles》 and the exclusion phrases."""
    res = resources()
    zones = [span for opener, closer in res.rules["title_brackets"] for span in bracket_spans(text, opener, closer)]
    for phrase in res.exclude_phrases:
        k = text.find(phrase)
        while k >= 0:
            end = k + len(phrase)
            if not is_latin(phrase) or latin_ok(text, k, end):
                zones.append((k, end))
            k = text.find(phrase, k + 1)
    zones.extend(m.span() for m in _zone_patterns().finditer(text))
    return zones


@cached
def _zone_patterns() -> re.Pattern[str]:
    """The excluded zones written as patterns (``exclude.zone_patterns``: 作市政府工作报告), one alternation."""
    return re.compile("|".join(f"(?:{p})" for p in resources().rules["exclude"]["zone_patterns"]))


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


def is_excluded(c: Candidate, text: str, zones: Zones, *, vouched: bool = False) -> bool:
    """The guideline exclusions; lexicon names are trusted except for context (titles, regions,
    names of things), rule and model names are also checked for their own shape, unless the text
    vouches for the name (``vouched``: a stock code after it, so 白云机场 is a company)."""
    res = resources()
    surface = text[c.start : c.end]
    for zs, ze in zones.near(c.start, c.end):
        if _issuer(c, text, zs):
            continue
        inside = zs <= c.start and c.end <= ze
        crossing = c.start < ze and zs < c.end and not (c.start <= zs and ze <= c.end)
        if inside or (crossing and c.source != LEXICON):
            return True
    if c.source != LEXICON and not vouched:
        if surface in res.places:
            return True
        if surface[:1] in res.rules["day_end_chars"] and re.search(res.rules["day_end_before"],
                                                                   text[max(0, c.start - 8):c.start]):
            return True  # 3月21日本行理事會: the day's 日, then the writer's 本行
        if _planned(c, text):
            return True
        listed = text[c.start - 1 : c.start] == "、" or text[c.end : c.end + 1] == "、"
        if listed and _field_list_after().match(text, c.end):
            return True  # 生命健康、海洋科技、新材料等前沿领域: a list of fields, not of names
        if surface.endswith(res.exclude_suffixes) and not surface.endswith(c.head or "\0"):
            return True
        if surface.endswith(tuple(res.rules["exclude"]["rooms"])):
            return True  # 国务院新闻办新闻发布厅: a room named after its body, though 厅 heads a department's name
        if surface.endswith(res.person_suffixes):
            return True
        if _swallows_label(c, text):
            return True  # 证券简称：某某电气证券代码：…: the next field's label, no name's end
        if _counted_kind(c, text):
            return True  # 其中，中医院1家、精神专科医院1家: kinds of body with their counts (round 39)
    # 标普500, 中证500: a name directly followed by a number names an index.
    if names_an_index(text, c.end):
        return True
    # A bloc (or any organisation) followed by "多个国家", "国家" … names a region.
    if c.type == "international" or c.source == MODEL:
        after = text[c.end : c.end + 8].lstrip()  # OECD 国家: a space between
        if after.startswith(res.region_followers):
            return True
    # An organisation that starts the name of a thing (阿里速卖通, 中国—东盟信息港, G20峰会).
    stops = res.rules["exclude"]["run_stops"]
    limit = int(res.rules["exclude"]["swallow_max_chars"])
    # A bracketed alias between the name and the thing is skipped: 亚太经合组织（APEC）会议, and
    # the alias itself is followed by the bracket's end and the thing.
    alias = _BRACKETED_ALIAS.match(text, c.end) or _BRACKET_END.match(text, c.end)
    begin = alias.end() if alias else c.end
    edition = re.match(res.rules["exclude"]["edition_before_thing"], text[begin : begin + 8])
    begin += edition.end() if edition else 0  # 浙江大学第三届数字金融大会: the event's edition, then its name
    direct = tuple(res.rules["exclude"]["direct_swallowing_suffixes"])
    if text.startswith(direct, begin):
        return True
    run = ""
    for ch in text[begin : begin + limit]:
        if ch in stops:
            break
        run += ch
    if run.startswith(tuple(res.rules["exclude"]["acting_verbs"])):
        return False  # 清华大学主办论坛: the organisation acts; the thing is its object
    title = next((t for t in res.rules["person_titles"] if run.startswith(t)), None)
    if title is not None and not run[len(title):].startswith((*res.swallow, *direct)):
        return False  # 某某协会会长出席论坛: the body's officer acts (round 22); 会长论坛 goes on to the check below
    if re.match(res.rules["group_count"].rstrip("$"), run):
        return False  # 毕马威四大会计师事务所: a count of the list's kind follows, no 大会
    if c.type == "company" and re.match(res.rules["exclude"]["operator_platform_data"], text[begin : begin + 8]):
        return False  # 去哪儿平台数据显示: the company's own platform tells its data (round 47)
    return any(run[:k].endswith(res.swallow) for k in range(1, len(run) + 1))


_BRACKETED_ALIAS = re.compile(r"[（(][A-Za-z][A-Za-z0-9&.\- ]{1,20}[）)]")
_BRACKET_END = re.compile(r"[）)]")


def _issuer(c: Candidate, text: str, zs: int) -> bool:
    """《国务院办公厅关于…》: the organisation that opens a document title before 关于 issues the
    document and is a mention (annotation-decisions: the issuer is annotated, the title is not)."""
    res = resources()
    openers = {o for o, _ in res.rules["title_brackets"]}
    followers = tuple(res.rules["title_issuer_followers"])
    return c.start == zs + 1 and text[zs] in openers and text.startswith(followers, c.end)


def _planned(c: Candidate, text: str) -> bool:
    """支持设立X联盟, 在澳门成立X联盟, 组建“一带一路”X联盟: a body still to be founded is a plan, not an
    organisation (``planned`` in org_patterns.yaml). A founding verb stands right before the name
    (quotes and a few characters between), and the sentence asks for it (支持, 推动, 探索 …) or
    the verb itself proposes (组建, 筹建); 宣布成立X and 决定设立X report a founding."""
    spec = resources().rules["planned"]
    lo = max(0, c.start - int(spec["look_back_chars"]))
    before = text[lo : c.start]
    for stop in "。！？\n":
        before = before[before.rfind(stop) + 1 :]
    for verb in spec["founding_verbs"]:
        k = before.rfind(verb)
        if k < 0:
            continue
        gap = before[k + len(verb) :]
        if len(gap) > int(spec["max_gap_chars"]) or any(ch in "，；：,;:、" for ch in gap):
            continue
        clause = re.split("[，；：,;:]", before[:k])[-1]  # the founding verb's clause, up to it
        opens = not clause.strip() or clause.lstrip().startswith(tuple(spec["place_prepositions"]))
        asked = any(w in (before[:k] if opens else clause) for w in spec["plan_words"])
        return verb in spec["proposing_verbs"] or asked  # (…，国务院设立X reports a founding by its subject;
        # a clause that opens with the verb or a place, …，在澳门成立X, goes on asking)
    return False


def _counted_kind(c: Candidate, text: str) -> bool:
    """(Round 39) The candidate is an item of a breakdown of bodies by kind, each with its count (…医疗机构728家，其中，
    中医院1家、精神专科医院1家): a count of bodies right after it (``counted_kind_after``), a list's mark or 其中 right
    before it (``counted_kind_before``), the surface a bare kind (no place name in it: 中医院, 精神专科医院, not
    浙江理工大学 or 浙商银行宁波分行), and a total broken down earlier in the sentence (其中, or a count of bodies
    before the list: ``counted_kind_breakdown``). Named bodies counted in a list (依托单位：温州医科大学5个、…) are
    kept."""
    after, before, breakdown = _counted_kind_patterns()
    if not (after.match(text, c.end, c.end + 12) and before.search(text[max(0, c.start - 2) : c.start])):
        return False
    surface = text[c.start : c.end]
    if any(place in surface for place in resources().places):
        return False
    sentence = text[max(0, c.start - 80) : c.start]
    for stop in "。！？\n":
        sentence = sentence[sentence.rfind(stop) + 1 :]
    return breakdown.search(sentence) is not None


@cached
def _counted_kind_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``counted_kind_after``, ``counted_kind_before`` and ``counted_kind_breakdown`` (org_patterns.yaml), compiled."""
    rules = resources().rules["exclude"]
    return (re.compile(rules["counted_kind_after"]), re.compile(rules["counted_kind_before"]),
            re.compile(rules["counted_kind_breakdown"]))


@cached
def _field_label() -> re.Pattern[str]:
    """A field label of an announcement's header (``field_label`` in org_patterns.yaml)."""
    return re.compile(resources().rules["field_label"])


def _swallows_label(c: Candidate, text: str) -> bool:
    """Whether the candidate ends inside a field label glued to it (某某电气证券|代码：): the value before the label
    lost its separator in cleaning, and the label's first word is no part of the name."""
    lo = max(c.start + 1, c.end - 4)
    return any(m.start() < c.end < m.end() for m in _field_label().finditer(text, lo, c.end + 12))


@cached
def _field_list_after() -> re.Pattern[str]:
    """The rest of a 、-list that names fields or sectors (``field_list`` in org_patterns.yaml)."""
    spec = resources().rules["field_list"]
    kinds = "|".join(map(re.escape, spec["kind_words"]))
    gap = int(spec["max_gap_chars"])
    return re.compile(f"(?:、[^、，。；：,;]{{1,12}})*等[^、，。；：,;]{{0,{gap}}}(?:{kinds})")


def names_an_index(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is an index's name by what follows it (标普500, S&P 500指数): the one test
    for every path that reads a name, a declared short name's recurrences too (round 46 mend)."""
    return _index_after().match(text, end) is not None


@cached
def _index_after() -> re.Pattern[str]:
    """What follows a name that makes it an index's name (``index_after`` in org_patterns.yaml)."""
    return re.compile(resources().rules["exclude"]["index_after"])


def select(cands: Iterable[Candidate]) -> list[Candidate]:
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


def model_group(surface: str, words: list[tuple[int, int, str, str]]) -> str:
    """Which calibrated threshold a model-only name needs: ``latin`` (Latin-only names),
    ``common`` (one jieba word with a common-word tag: 券商, 民生, but also 国米, 暴雪), ``name``."""
    if is_latin(surface):
        return "latin"
    if len(words) == 1 and words[0][3] in resources().rules["model_common_pos"]:
        return "common"
    return "name"


def model_threshold(group: str) -> float:
    """The beam probability a model-only name of a group needs (calibrated on CLUENER dev by
    ``pipeline.ner.calibrate``, see TRAINING.md)."""
    return float(resources().rules["model_min_prob"][group])


def model_ok(
    c: Candidate, text: str, cuts: set[int], words: list[tuple[int, int, str, str]], min_prob: float | None = None,
    before: list[tuple[int, int, str, str]] | None = None,
) -> bool:
    """Model-only names: on word boundaries, a real name's shape, and the model confident enough.
    ``words``: the jieba words of the span (with POS); ``before``: the word of one character right before it, if
    any (a surname: 赵|海军表示)."""
    res = resources()
    surface = text[c.start : c.end]
    if c.start not in cuts or c.end not in cuts or not (NAME_EDGE.match(surface) and NAME_EDGE.match(surface[-1])):
        return False
    if is_latin(surface):
        if not BRANDLIKE.fullmatch(surface):
            return False
    elif len(CJK.findall(surface)) < int(res.rules["model_min_chars"]) or not CJK.match(surface[0]):
        return False
    if all_generic(surface) or only_places(surface) or places_and_generic(surface):
        return False
    if surface.endswith(tuple(h for h, _ in res.heads)):  # the head-word rules judged it already
        return False
    if words and words[-1][3] in res.rules["model_end_stop_pos"]:  # 英国脱欧: a clause, not a name
        return False
    if re.fullmatch(res.rules["country_pair_trade"], surface):  # 中韩贸易: the two countries' trade (round 46)
        return False
    if _verb_phrase(words):  # 长沙投资建设新工厂: a place acts on an object (round 47)
        return False
    blocker = res.rules["head_right_blockers"].get(surface[-1])
    if blocker and re.match(blocker, text[c.end:c.end + 2]):
        return False  # 新房网签: the name's last character opens the next word (网签), as for a head
    if (words and c.start > 0 and text[c.start - 1].isdigit()
            and words[0][3] in res.rules["model_start_after_digit_stop_pos"]):  # 30 + 亿迪拉姆: an amount's scale
        return False
    if _speaker_named(surface, words, text, c.end) or _given_name_speaking(surface, before or [], text, c):
        return False
    return c.prob >= (model_threshold(model_group(surface, words)) if min_prob is None else min_prob)


def _verb_phrase(words: list[tuple[int, int, str, str]]) -> bool:
    """Whether a model-only span is a clause: a run of ``model_verb_run.min_words`` verbs in a row (v, vn), at least
    one of them no name verb (``name_verbs``), with a word of the span after the run (长沙|投资|建设|新|工厂)."""
    spec = resources().rules["model_verb_run"]
    need, pos = int(spec["min_words"]), set(spec["pos"])
    run: list[str] = []
    for _s, _e, word, flag in words:
        if flag in pos:
            run.append(word)
            continue
        if len(run) >= need and not all(name_verb(w) for w in run):  # (a word of the span after the run)
            return True
        run = []
    return False


def _speaker_named(surface: str, words: list[tuple[int, int, str, str]], text: str, end: int) -> bool:
    """A person named alone right before a verb of telling (彭华岗表示，…): the span opens with a word jieba tags as a
    person's name or surname and splits into more words (彭|华岗, 王道|树), and is a full name's length (round 34). A
    body says things too (国资委表示), but its span opens with no person's name; a lexicon name, or one word the tagger
    reads as a name (欧菲光/nr: a brand), stays; a verb that opens a noun (说明, 称号) is none."""
    res = resources()
    size = res.rules["speaker_name_chars"]
    if not (int(size["min"]) <= len(surface) <= int(size["max"]) and len(words) > 1
            and words[0][3] in res.rules["person_pos"] and surface not in res.aliases):
        return False
    verb = next((v for v in telling_verbs() if text.startswith(v, end)), None)
    return verb is not None and text[end + len(verb):end + len(verb) + 1] not in res.rules["speaker_verb_not_before"]


def _given_name_speaking(
    surface: str, before: list[tuple[int, int, str, str]], text: str, c: Candidate,
) -> bool:
    """A person's given name the model reads as a body, right after the surname cut off as a word of its own and
    before a verb of telling (首席执行官赵|海军表示, 副总裁孙|海军指出): the person speaks (round 48), as round 34's
    speaker named in full does. The surname is one character tagged a person's name in the text (or left unknown by
    the tagger: 孙/zg) and is one of claims.yaml ``surnames``; surname and span together are of a full name's length.
    A body after a word that is no surname (美国海军表示, 向海军表示: 向 is a preposition) stays."""
    res = resources()
    size = res.rules["speaker_name_chars"]
    if not (len(before) == 1 and before[0][1] == c.start and before[0][1] - before[0][0] == 1
            and before[0][3] in {*res.rules["person_pos"], *res.rules["unknown_char_pos"]}  # (孙/zg)
            and before[0][2] in cues().words("surnames")
            and int(size["min"]) <= len(surface) + 1 <= int(size["max"]) and surface not in res.aliases):
        return False
    verb = next((v for v in telling_verbs() if text.startswith(v, c.end)), None)
    after = c.end + len(verb) if verb is not None else c.end
    return verb is not None and text[after:after + 1] not in res.rules["speaker_verb_not_before"]


def misread_common_words(model: list[Candidate], text: str, index: WordIndex) -> set[str]:
    """Surfaces of the model's one-common-word names (group ``common``: 民生, 干旱) that the text uses as common words
    (``model_common_use`` in org_patterns.yaml): one that modifies the common noun right after it (民生实事, 民生工程:
    a policy word, no bank), or stands in a list beside a common word the model marks as no name (风雹、暴雨、干旱:
    kinds of disaster). One such use marks the word for the whole document (民生支出 after 民生实事): a name is not
    one of a text's common words in one place and a name in another. Each candidate reads only its neighbours.

    Round 20: in a list, a name of common words only (县公安: a level and a common word) is read so too, and a
    neighbour found a common word counts as unmarked (农业、林业、牧业: 林业 beside 牧业 is a sector, so 农业 beside
    林业 is one); the passes repeat while they find more, each linear in the candidates."""
    spec = resources().rules["model_common_use"]
    words_of = {(c.start, c.end): pos_words(index, c.start, c.end) for c in model}
    out: set[str] = _kind_list_members(model, text, words_of)
    while True:
        marked = {(c.start, c.end) for c in model if text[c.start:c.end] not in out}
        found = _misread_pass(model, text, index, spec, marked, words_of, out)
        if not found:
            return out
        out |= found


def _kind_list_members(
    model: list[Candidate], text: str, words_of: dict[tuple[int, int], list[tuple[int, int, str, str]]],
) -> set[str]:
    """Surfaces of model-only names that are members of a 、-list of one kind's sorts (智慧交通、智慧能源、智慧市政、
    智慧社区): the span is two dictionary words or more, its first a word of the dictionary that is no lexicon name and
    no place (the tagger reads 智慧 as a name), the others common words by the dictionary's own tags, and the member
    right after it or right before it opens with the span's first word. A brand that opens such a list (腾讯音乐、
    腾讯视频: 腾讯 is a lexicon name) stays (round 48). Linear: each candidate reads its two neighbours only."""
    res = resources()
    common_pos = set(res.rules["model_common_pos"])
    out: set[str] = set()
    for c in model:
        words = words_of[(c.start, c.end)]
        if len(words) < 2 or words[0][0] != c.start or not all(tag_of(w[2]) in common_pos for w in words[1:]):
            continue
        first = words[0][2]
        if not common_word(first, 1) or first in res.aliases or only_places(first):
            continue
        after = text.startswith("、" + first, c.end)
        item = c.start - 1
        if text.startswith("、", item):
            while item > 0 and c.start - item <= _KIND_ITEM_MAX and text[item - 1] not in _KIND_ITEM_BREAKS:
                item -= 1
        before = item < c.start - 1 and text.startswith(first, item)
        if after or before:
            out.add(text[c.start:c.end])
    return out


_KIND_ITEM_MAX = 12  # the longest list member read back to its start
_KIND_ITEM_BREAKS = "、，。；：,;:！？!?\n（）()“”"


def _misread_pass(
    model: list[Candidate], text: str, index: WordIndex, spec: dict, marked: set[tuple[int, int]],
    words_of: dict[tuple[int, int], list[tuple[int, int, str, str]]], known: set[str],
) -> set[str]:
    """One pass of ``misread_common_words``: the surfaces it finds beyond ``known``."""
    common_pos = resources().rules["model_common_pos"]
    levels = set(resources().rules["local_levels"])  # 县公安: a level's office is no proper word
    out: set[str] = set()
    for c in model:
        surface = text[c.start:c.end]
        if surface in known or surface in out:
            continue
        words = words_of[(c.start, c.end)]
        one_word = model_group(surface, words) == "common"
        if not one_word and not (words and all(w[3] in common_pos or w[2] in levels for w in words)):
            continue
        after = index.within(c.end, c.end + 12)
        if one_word and after and after[0].start == c.end and after[0].tag in spec["modified_pos"]:
            out.add(surface)
            continue
        for joiner in spec["list_joiners"]:
            neighbours = []  # the word right after the joiner that follows, and the one right before the joiner before
            if text.startswith(joiner, c.end):
                near = index.within(c.end + len(joiner), c.end + len(joiner) + 12)
                neighbours.append(near[0] if near and near[0].start == c.end + len(joiner) else None)
            if text.endswith(joiner, 0, c.start):  # (round 25: 洪涝、干旱、台风: the common word may stand before only)
                near = index.within(max(0, c.start - len(joiner) - 12), c.start - len(joiner))
                neighbours.append(near[-1] if near and near[-1].end == c.start - len(joiner) else None)
            if any(first is not None and first.tag in spec["list_pos"] and (first.start, first.end) not in marked
                   and first.text not in resources().aliases for first in neighbours):
                out.add(surface)
                break
    return out
