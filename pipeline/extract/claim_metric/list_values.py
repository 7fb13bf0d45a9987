"""How a list's values read beyond its members: a pair of extremes a 分别 spreads over, a rate change before a
member's level, and the change every member of a 分别 list shares (list_shared_change)."""

from __future__ import annotations

import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE, clean
from pipeline.extract.claim_metric.context import Governing
from pipeline.extract.claim_metric.owners import rate_owner
from pipeline.extract.claim_metric.words import (
    common_end,
    common_start,
    cut_words,
    ends_in_place,
    names_a_place,
    names_any_measure,
)


def superlative_pair_members(first: str, last: str, changed: bool = False) -> list[str] | None:
    """The two members of a pair of extremes that a 分别 spreads over (东部地区…的比例最高，东北地区最低，分别为x和y):
    ``first`` is the clause naming the first member with the measure and its extreme, ``last`` the one naming the
    second member with only its extreme. The first member is the first clause's words up to the word the second
    member ends in, or its last two characters or its last one (东部地区 for 东北地区, 信息传输业 for 餐饮业), else
    as many words as the second member has (江苏 for 辽宁); the second takes the measure after it (round 25). None
    when either clause is no such extreme or the first names no measure after its member. When the values are
    changes (…增速最快，辽宁最慢，分别增长x和y) a rate the measure ends in is no part of what changed: 江苏GDP."""
    rules = cues()
    lead = rules.pattern("extreme_pair_first").fullmatch(first)
    tail = rules.pattern("extreme_pair_last").fullmatch(last)
    if lead is None or tail is None:
        return None
    head, member = clean(lead["text"]), clean(tail["member"])
    sibling = extreme_sibling(head, member)
    if sibling is None:
        return None
    pair = [head, sibling]
    return [rate_owner(m) for m in pair] if changed else pair


def extreme_sibling(head: str, member: str) -> str | None:
    """The second member of a pair of extremes with the measure the first one's ``head`` names after its member
    (东部地区…的比例, 东北地区 → 东北地区…的比例; `superlative_pair_members`), or None when the head names no measure
    after a member. A member that names a change (其中第二产业增长最快) is no such member, and one that shares no ending
    with the head only when either opens with a place (江苏GDP增速, 辽宁). A member that names a measure itself and
    takes the whole head gives the member (其中上海月最低工资标准最高: round 39)."""
    if not head or not member or cues().pattern("change_words").search(member):
        return None
    own = cut_words(member)
    ends = (own[-1], member[-2:], member[-1:])  # (东北地区 ends in 地区, 住宿和餐饮业 in 业)
    cut = next((at + len(end) for end in ends if (at := head.find(end, 1)) > 0), None)
    if cut is None:
        opening = "".join(cut_words(head)[:len(own)])
        if not (ends_in_place(own) or names_a_place(opening)):  # (宿迁 is a name to jieba: one side will do)
            return None
        cut = len(opening)
    measure = head[cut:]
    if not measure and cut == len(head) and names_any_measure(member):
        return member  # (round 39: 其中上海月最低工资标准最高，为…: the member names the measure itself)
    if not measure or not names_any_measure(measure):
        return None
    return member + measure


def rate_change_on_level(governing: Governing, unit: str) -> bool:
    """(round 28) The change before is a rate (同比增长11.1%) and the member's value a level in a unit of its own
    (汽车产销累计完成2790.3万辆和2794万辆 after 11月…同比分别增长11.1%和11.7%): a per-cent change never names a
    level's metric, so the member does not take it (汽车产量, not 汽车产量同比增长)."""
    relative = cues().words("relative_units")
    return governing.unit in relative and unit not in relative


_LATIN_RUN = re.compile(r"[A-Za-z0-9.]")


def list_shared_change(subjects: list[str], between: str, written: str = "") -> str:
    """(round 43) The metric of a change that every member of the 分别 list right before shares (新能源汽车产销分别完成
    x和y，同比均增长z → 新能源汽车产量和销量同比增长): the members' subjects together, their common opening and ending
    said once, then the basis and direction of the clause ``between`` (a named base before or after 均 too: 均比上年
    同期下降, round 43 mend); "" when fewer than two members came right before, their subjects repeat, or the clause is
    more than a distributive 均 and its direction (`list_shared_change`). A base date blanked out in ``between`` is
    read from ``written``, the same clause as written. The opening and ending shared are whole words (round 43 mend:
    出口额和进口额, not 出和进口额; 工业和农业增加值, not 工和农业增加值); none such, the members whole."""
    shared = cues().pattern("list_shared_change").fullmatch(between) if len(subjects) >= 2 else None
    if shared is None or len(set(subjects)) != len(subjects):
        return ""
    size = common_start(subjects)
    while size and not all(_cut_between_words(subject, size) for subject in subjects):
        size -= 1
    size = size if size >= 2 else 0  # (a word's worth: 产量/销量 share 量 only, which is no part said once)
    rest = [subject[size:] for subject in subjects]
    tail = common_end(rest)  # (北京完成投资、上海完成投资: the measure said once)
    while tail and not all(_cut_between_words(subject, len(subject) - tail) for subject in subjects):
        tail -= 1
    own = [r[:len(r) - tail] for r in rest]
    if not all(own):
        return ""
    joined = "、".join(own[:-1]) + "和" + own[-1]
    said = written if len(written) == len(between) else between
    change = SPACE.sub("", "".join(said[shared.start(part):shared.end(part)] for part in ("pre", "post", "change")))
    return subjects[0][:size] + joined + rest[0][len(rest[0]) - tail:] + change


def _cut_between_words(text: str, at: int) -> bool:
    """(round 43 mend) ``text`` cut at ``at`` falls between words: one of jieba's word bounds in it, or two words of two
    characters or more meet there when each side is cut on its own (新能源汽车|产量: jieba's 汽车产量 is 汽车 and 产量;
    not 出|口额, 全市商品房销售|额: a lone character is a piece of its word). Never inside a run of Latin letters and
    digits (PM|2.5: the names are whole)."""
    left, right = text[:at], text[at:]
    if not left or not right:
        return True
    if _LATIN_RUN.match(left[-1]) and _LATIN_RUN.match(right[0]):
        return False
    bounds, position = set(), 0
    for word in cut_words(text):
        position += len(word)
        bounds.add(position)
    if at in bounds:
        return True
    return len(cut_words(left)[-1]) >= 2 and len(cut_words(right)[0]) >= 2
