"""The left walk of a head-word name: from the head leftwards over the words of its proper prefix to where the name
starts, and the word tests it asks (split from ``candidates``, round 48)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.chars import is_han, is_rare_han
from pipeline.extract.organizations.alias_matches import common_word
from pipeline.extract.organizations.base import (
    CJK,
    LATIN,
    resources,
    verb_like,
)
from pipeline.resources import cached


def _word_at(words: list[tuple[int, int, str, str]], at: int, edge: int, missing: int | None = None) -> int | None:
    """Index of the word that starts (``edge`` 0) or ends (``edge`` 1) at ``at`` among ``words`` in text order, else
    ``missing``: a bisection, not a scan, as a long sentence holds many words and each candidate asks."""
    k = bisect.bisect_left(words, at, key=lambda w: w[edge])
    return k if k < len(words) and words[k][edge] == at else missing


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
    if re.match(res.rules["name_period_word"], word):  # 第一季度|商业银行, 今年以来|商业银行: a date, no name's word
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
    verb only where a proper word stands left of it in the name; otherwise the name starts after it.

    The stages: the walk's state at the head (``_start_walk``), each word left of the name's start read by the first
    of ``_READERS`` with a verdict (cross it or stop), and the start settled once the walk stops (``_settle_start``)."""
    walk = _start_walk(text, hs, he, holder, words, lex_by_end, max_prefix, legal)
    while walk.idx >= 0:
        w = words[walk.idx]
        if w[1] != walk.start or _read_word(walk, w) == _STOP:
            break
    return _settle_start(walk)


_STEP, _STOP = "step", "stop"  # a reader's verdict: the word was crossed (walk on), or the name starts here


@dataclass
class _Walk:
    """The left walk's state: where the name now starts and what the words crossed so far showed (a proper word, a
    joining word's checkpoint, the field verbs), so that each special case reads one word against it alone."""

    text: str
    hs: int
    he: int
    holder: tuple[int, int, str, str]
    words: list[tuple[int, int, str, str]]
    lex_by_end: dict[int, int]
    max_prefix: int
    legal: str
    inner: list[str]  # the words that may join the parts of this head's name
    start: int  # where the name starts so far
    start_flag: str  # the tag of the word the name now starts with
    proper: bool  # a proper word (or a lexicon name) stands inside the name so far
    idx: int  # the index of the word looked at next (leftwards)
    joined_head: bool  # 研究/中心: a joining word may join 研究
    field_verbs: bool  # the walk crosses the verbs of a body's field
    sub_unit: bool  # a committee or office of an association
    company_head: bool
    checkpoint: tuple[int, bool] | None = None  # (start, proper) before an inner word was crossed
    proper_left: bool = False
    after_lexicon: bool = False
    crossed: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is a field verb) of words crossed

    def too_far(self, at: int) -> bool:
        """Whether a name starting at ``at`` runs past the longest prefix a name may have."""
        return self.he - at > self.max_prefix + (self.he - self.hs)

    def after_place(self) -> bool:
        """Whether the name walked so far opens with a place, left of the head: the word before it may be another
        body's end or an act on the body, which the place's name starts after."""
        return self.start_flag in resources().rules["place_pos"] and self.start < self.hs

    def holder_proper(self) -> bool:
        """Whether the head's own word holds a proper part before the head."""
        return self.holder[0] < self.hs and self.holder[3] in resources().proper_pos

    def recount_proper(self) -> None:
        """The name's start moved right: only the head's word and the proper words crossed right of it count."""
        self.proper = self.holder_proper() or any(not v and s >= self.start for s, _e, v in self.crossed)

    def past_first_word(self) -> None:
        """The name starts after the word it opened with (a given name, a title's holder)."""
        self.start = next(w[1] for w in self.words if w[0] == self.start)

    def cross(self, w: tuple[int, int, str, str], flag: str) -> str:
        """The name now opens with ``w`` (tagged ``flag``); the walk goes on left of it."""
        self.start, self.start_flag = w[0], flag
        self.idx -= 1
        return _STEP


def _start_walk(
    text: str, hs: int, he: int, holder: tuple[int, int, str, str], words: list[tuple[int, int, str, str]],
    lex_by_end: dict[int, int], max_prefix: int, legal: str,
) -> _Walk:
    """The walk's state at the head's own word: what the head asks of the words before it."""
    res = resources()
    head = text[hs:he]
    return _Walk(
        text, hs, he, holder, words, lex_by_end, max_prefix, legal,
        inner=joining_words(head),
        start=holder[0],
        start_flag=holder[3],
        proper=holder[0] < hs and holder[3] in res.proper_pos,
        idx=words.index(holder) - 1,
        joined_head=holder[1] < he and name_verb(holder[2]),
        field_verbs=head in res.rules["activity_heads"] and not legal,
        # a committee or office of an association (青年工作委员会 after 江苏省制冷学会): once the walk has crossed the
        # association's head, the field verbs of the association's own name are crossed as its walk would (round 22b)
        sub_unit=head in res.rules["association_units"]["heads"] and not legal,
        company_head=legal == "company" or (not legal and head in _company_heads()),
    )


def _take_lexicon_name(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """A lexicon name ending where the name starts is taken whole, a proper part (unless it runs too far)."""
    start = walk.start
    if not (start in walk.lex_by_end and walk.lex_by_end[start] < start):
        return None
    lex_start = walk.lex_by_end[start]
    if walk.too_far(lex_start):
        return _STOP
    walk.crossed.append((lex_start, start, False))
    walk.start, walk.proper, walk.proper_left, walk.after_lexicon = lex_start, True, True, True
    walk.start_flag = "nt"
    while walk.idx >= 0 and walk.words[walk.idx][0] >= lex_start:
        walk.idx -= 1
    return _STEP


def _stop_after_lexicon_name(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """Left of a lexicon name only a place goes on with the name: 美国高通公司, not 现任中国科学院…"""
    return _STOP if walk.after_lexicon and w[3] not in resources().rules["place_pos"] else None


def _take_name_character(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """沣 of 西咸新区沣东新城管委会 (and 西 after it, of 沣西新城): no end of the name, and a proper part of it."""
    if not _inside_name(walk.words, walk.idx):
        return None
    walk.proper = walk.proper_left = True
    return walk.cross(w, "nz")


def _take_numbered_unit(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """中铁/十六/局: the number of a group's bureau (round 31)."""
    return walk.cross(w, w[3]) if _numbered_unit(w[2], walk.text, w[1]) else None


def _take_name_joiner(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """约翰·霍普金斯大学: the dot joins a transliterated name."""
    joins = w[2] in resources().rules["name_joiners"] and walk.idx > 0 and walk.words[walk.idx - 1][1] == w[0]
    return walk.cross(w, w[3]) if joins else None


def _take_joining_word(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """The first joining word is crossed on trial: the walk returns to it unless a proper part stands left of it."""
    if not (w[2] in walk.inner and walk.checkpoint is None and walk.idx > 0
            and (walk.start < walk.hs or walk.joined_head) and not text_before_ends_with_head(walk.words, w[0])):
        return None
    walk.checkpoint = (walk.start, walk.proper)
    walk.proper_left = False  # only a proper part left of the joining word lets the walk cross it
    return walk.cross(w, w[3])


def _take_field_verb(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """A verb of the body's field (中国演出行业协会), marked so that a bare one is given back at the end; a verb right
    after a body's name is that body's act (武汉大学共建研究院), a noun built on a verb (北京大学集成电路学院) the
    unit's field."""
    w_start, w_end, word, flag = w
    if not (walk.field_verbs and _field_verb(word, flag) and not walk.too_far(w_start)
            and (flag not in resources().rules["activity_verb_pos"]
                 or (walk.lex_by_end.get(w_start, w_start) >= w_start
                     and not _body_name_before(walk.words, w_start, walk.lex_by_end)))):
        return None
    walk.crossed.append((w_start, w_end, True))
    return walk.cross(w, flag)


def _stop_at_act_between_bodies(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """某区人民法院/审理/某区人民检察院: an act between two bodies, each named by its place."""
    rules = resources().rules
    return _STOP if (walk.after_place() and w[3] in rules["act_pos"] and not name_verb(w[2])
                     and text_before_ends_with_head(walk.words, w[0])) else None


def _stop_at_adjoining_body(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """广东省统计局/广东省/财政厅: two bodies back to back, each named by its place (round 29)."""
    after = walk.words[walk.idx + 1]
    return _STOP if walk.after_place() and after[0] == walk.start and _adjoining_body(w[2], after[2]) else None


def _stop_at_directive(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """全力支持/芜湖/商会: a phrase that ends with a directive verb acts on the body, no part of its name."""
    return _STOP if walk.after_place() and _directive_phrase(w[2]) else None


def _stop_at_surname(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """李/治国及发展计划部: a surname, and the place-tagged word after it is the person's given name."""
    if not (len(w[2]) == 1 and w[3] in resources().rules["person_pos"] and walk.after_place()):
        return None
    walk.past_first_word()
    walk.proper_left = False
    walk.recount_proper()
    return _STOP


def _stop_at_leader_title(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """区长/邓辉作/政府: the word after the title is its holder (round 28)."""
    if w[2] not in resources().rules["leader_titles"]:
        return None
    if walk.start < walk.hs:
        walk.past_first_word()
        walk.recount_proper()
    return _STOP


def _take_numeral_brand(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """三一/集团: a brand in numerals, the name's proper word (round 47)."""
    if not (walk.company_head and _coined_numeral_brand(w[2], w[3])):
        return None
    walk.crossed.append((w[0], w[1], False))
    walk.proper = walk.proper_left = True
    return walk.cross(w, "nz")


def _stop_at_name_end(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """A word no name holds (a stop word, a verb; a coined word of a registered name excepted), no word at all, one
    too far, or a person's name before a place (张三中国…联盟)."""
    w_start, _w_end, word, flag = w
    rules = resources().rules
    legal = walk.legal
    ends = (
        (_ends_name(word, flag, legal == "company" and not walk.proper) and not _coined_legal_word(word, flag, legal))
        or not word.strip()
        or not (CJK.search(word) or LATIN.search(word))
        or walk.too_far(w_start)
        or (flag in rules["person_pos"] and walk.start_flag in rules["place_pos"])
    )
    return _STOP if ends else None


def _stop_at_glued_prefix(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """因向/华夏银行, 由思环/贸易: the clause's prepositions glued onto the name's first word (round 24c)."""
    glued = _glued_function_prefix(w[2])
    if not glued:
        return None
    if glued < len(w[2]):
        walk.start, walk.start_flag = w[0] + glued, w[3]
        walk.proper = walk.proper or w[3] in resources().proper_pos
    return _STOP


def _take_word(walk: _Walk, w: tuple[int, int, str, str]) -> str:
    """Any other word is part of the name; a proper one marks it as named."""
    res = resources()
    w_start, w_end, word, flag = w
    walk.start, walk.start_flag = w_start, flag
    if walk.sub_unit and w_start < walk.hs and word.endswith(tuple(res.rules["activity_heads"])):
        walk.field_verbs = True  # 制冷/学会/青年/工作/委员会: 制冷 names the society's field
    is_proper = flag in res.proper_pos or bool(LATIN.search(word)) or word in res.places
    walk.proper = walk.proper or is_proper
    # a person's name left of a joining word is a party of its own (副市长某某与浙江省商务厅), no part of the name
    party = walk.checkpoint is not None and flag in res.rules["person_pos"]
    walk.proper_left = walk.proper_left or (is_proper and not party)
    if is_proper:
        walk.crossed.append((w_start, w_end, False))
    walk.idx -= 1
    return _STEP


# The readers of one word, tried in turn: the first with a verdict decides (the last, ``_take_word``, always does).
_READERS: tuple[Callable[[_Walk, tuple[int, int, str, str]], str | None], ...] = (
    _take_lexicon_name,
    _stop_after_lexicon_name,
    _take_name_character,
    _take_numbered_unit,
    _take_name_joiner,
    _take_joining_word,
    _take_field_verb,
    _stop_at_act_between_bodies,
    _stop_at_adjoining_body,
    _stop_at_directive,
    _stop_at_surname,
    _stop_at_leader_title,
    _take_numeral_brand,
    _stop_at_name_end,
    _stop_at_glued_prefix,
    _take_word,
)


def _read_word(walk: _Walk, w: tuple[int, int, str, str]) -> str | None:
    """The first verdict of the readers on the word ``w`` before the name's start."""
    for read in _READERS:
        verdict = read(walk, w)
        if verdict is not None:
            return verdict
    return None


def _settle_start(walk: _Walk) -> int | None:
    """The name's start once the walk has stopped: back to the joining word's checkpoint without a proper part left
    of it, past bare field verbs, dots and a registered name's generic words; None without a proper part."""
    res = resources()
    if walk.checkpoint is not None and not walk.proper_left:
        walk.start, walk.proper = walk.checkpoint
    moved = _past_bare_field_verbs(walk.start, walk.crossed)
    if moved != walk.start:
        walk.start = moved
        walk.recount_proper()
    start, hs = walk.start, walk.hs
    while start < hs and walk.text[start] in res.rules["name_joiners"]:  # no name starts with a dot
        start += 1
    if walk.legal:
        start = _past_generic_words(start, hs, walk.words)
    if start >= hs or not (walk.proper or walk.legal == "partnership"):
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
