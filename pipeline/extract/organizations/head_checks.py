"""The checks on one head-word name: on the head and the word that holds it (a word of its own, no verb after a
body, no locality word …), then on the prefix the name's start leaves (no kind, period, level or grade of bodies),
each an ordered table of small tests (split from ``head_names``, round 48)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.numerals import alternation
from pipeline.extract.organizations.alias_matches import common_word
from pipeline.extract.organizations.base import (
    all_generic,
    graded_kind,
    is_latin,
    only_places,
    places_and_generic,
    resources,
)
from pipeline.extract.organizations.left_walk import _coined_numeral_brand, text_before_ends_with_head
from pipeline.resources import cached


@dataclass(frozen=True)
class HeadSite:
    """A head found in the text, the words a name ending with it can reach, the word that holds the head and the
    lexicon names by end: what every check on the head and on the name's prefix reads."""

    text: str
    hs: int
    he: int
    head: str
    words: list[tuple[int, int, str, str]]
    holder: tuple[int, int, str, str]
    lex_by_end: dict[int, int]


def _lone_head_inside_word(site: HeadSite) -> bool:
    """Single-character heads must be a word of their own or the end of a word of three or more characters (东部, 格局,
    部署 are not names)."""
    holder = site.holder
    return len(site.head) == 1 and holder[0] != site.hs and holder[1] - holder[0] < 3


def _relation_holder(site: HeadSite) -> bool:
    """全资子公司: how a company relates to another, no name."""
    return site.holder[2] in resources().rules["relation_holders"]


def _verb_head_after_body(site: HeadSite) -> bool:
    """浙江省商务厅组织企业参展: 组织 is what the 商务厅 does."""
    return site.head in resources().rules["verb_heads"] and (
        text_before_ends_with_head(site.words, site.hs) or site.hs in site.lex_by_end)


def _place_only_head_after_name(site: HeadSite) -> bool:
    """财政部政府和社会资本合作中心: a ministry has no 政府."""
    return site.head in resources().rules["place_only_heads"] and site.lex_by_end.get(site.hs, site.hs) < site.hs


def _product_of_head(site: HeadSite) -> bool:
    """招商银行手机银行: a bank's channel, no body."""
    before = next((w for w in site.words if w[1] == site.hs), None)
    return before is not None and before[2] in resources().rules["head_product_words"].get(site.head, ())


def _head_opens_next_word(site: HeadSite) -> bool:
    """中国青年报告: the head's last character opens the next word (not 报告诉; a compound may run a few characters
    on)."""
    blocker = resources().rules["head_right_blockers"].get(site.head[-1])
    return bool(blocker and re.match(blocker, site.text[site.he:site.he + 8]))


def _locality_word(site: HeadSite) -> bool:
    """东部, 中西部: a one-character head after locality characters in one word is a locality word (总公司 and 分行
    after a name are not)."""
    holder, hs = site.holder, site.hs
    return len(site.head) == 1 and holder[0] < hs and all(
        ch in resources().rules["locality_chars"] for ch in site.text[holder[0]:hs])


def _head_closes_word(site: HeadSite) -> bool:
    """新格局, 对外部, 之处: a one-character head that closes an ordinary word is part of that word."""
    hs = site.hs
    return (len(site.head) == 1 and site.text[hs - 1:site.he] in resources().rules["head_blockers"]
            and hs - 1 >= site.holder[0])


# The checks on the head, in turn: any one that holds leaves no name ending with it.
HEAD_CHECKS: tuple[Callable[[HeadSite], bool], ...] = (
    _lone_head_inside_word,
    _relation_holder,
    _verb_head_after_body,
    _place_only_head_after_name,
    _product_of_head,
    _head_opens_next_word,
    _locality_word,
    _head_closes_word,
)


@dataclass(frozen=True)
class Prefix:
    """A name's chosen start and the prefix it leaves before the head, with the name's type and whether its head is
    weak (a model-only name's): what the checks on the prefix read."""

    site: HeadSite
    start: int
    typ: str
    weak: bool

    @property
    def text(self) -> str:
        """The prefix: the name's words before its head."""
        return self.site.text[self.start:self.site.hs]


def _generic_prefix(p: Prefix) -> bool:
    """No prefix, or generic words only (三一集团: numerals, but a brand: round 47)."""
    numeral_brand = p.typ == "company" and any(
        w[0] == p.start and _coined_numeral_brand(w[2], w[3]) for w in p.site.words)
    return not p.text or (all_generic(p.text) and not numeral_brand)


def _kind_prefix(p: Prefix) -> bool:
    """科创板上市公司: a kind of company."""
    return p.text.endswith(tuple(resources().rules["kind_prefix_ends"]))


def _letter_prefix(p: Prefix) -> bool:
    """A公司, H股公司: a letter stands for a company, names none."""
    return len(p.text) == 1 and is_latin(p.text)


def _period_prefix(p: Prefix) -> bool:
    """2022年H1公司营收: a period, then the company."""
    return re.search(resources().rules["period_prefix"], p.text) is not None


def _places_before_generic_head(p: Prefix) -> bool:
    """Places alone before a head that needs a name of its own (``place_generic_heads``)."""
    return p.site.head in resources().rules["place_generic_heads"] and only_places(p.text)


def _sector_prefix(p: Prefix) -> bool:
    """广东省证券公司(营业部), 浙江省保险公司: a province's firms of a sector, no name (round 47)."""
    return _sector_of_a_place(p.site.text[p.start:p.site.he])


def _government_without_place(p: Prefix) -> bool:
    """深化/政府/采购, 中小企业/办理/政府: a government is named by its place (round 31)."""
    site = p.site
    return site.head in resources().rules["place_only_heads"] and not _names_a_place(
        p.text, p.start, site.hs, site.words)


def _level_prefix(p: Prefix) -> bool:
    """市委宣传部, 镇政府, 县中医院: a level's office, no name."""
    return level_only(p.site.text, p.start, p.site.hs, p.site.words)


def _graded_prefix(p: Prefix) -> bool:
    """全国三级公立医院, 深圳市三级甲等医院: a grade of bodies, no name."""
    return graded_kind(p.text)


def _lone_surname(p: Prefix) -> bool:
    """当/周/央行: a lone surname is no proper part."""
    person = resources().rules["person_pos"]
    return len(p.text) == 1 and any(w[0] == p.start and w[3] in person for w in p.site.words)


def _city_role(p: Prefix) -> bool:
    """香港国际航运中心: a city's role (a place's 金融办 is its office of financial affairs, a body)."""
    return p.weak and p.typ != "government" and places_and_generic(p.text)


# The checks on the prefix, in turn: any one that holds leaves no name.
PREFIX_CHECKS: tuple[Callable[[Prefix], bool], ...] = (
    _generic_prefix,
    _kind_prefix,
    _letter_prefix,
    _period_prefix,
    _places_before_generic_head,
    _sector_prefix,
    _government_without_place,
    _level_prefix,
    _graded_prefix,
    _lone_surname,
    _city_role,
)


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
