"""The items of a 分别 list's chunk: the chunk trimmed of what is no member's, split at its separators (not inside
a title) after the lead that opens the list, and fitted to the count of values (a last item split at its joiners,
a compound word's members, an attributive clause dropped, items rejoined into one member)."""

from __future__ import annotations

import itertools
import re
from itertools import pairwise

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE
from pipeline.extract.claim_time import in_title, title_spans


def _trimmed_chunk(chunk: str) -> tuple[str, str]:
    """The chunk before 分别 without what names no member (an aside's level, how the members moved, an adverb) and the
    base of the change every member shares (同比), which no member's name holds; the base "" when none is said."""
    rules = cues()
    chunk = rules.pattern("list_member_aside").sub("", chunk)  # 生猪存栏（44922万头）、…: a level, no name (round 23)
    trend = rules.pattern("list_trend_tail").search(chunk)  # 用电量增长强劲，分别为…: how they moved, no member's part
    chunk = chunk[:trend.start()] if trend and trend.start() > 0 else chunk
    chunk = rules.pattern("list_adverb_tail").sub("", chunk)  # …旅客吞吐量则分别…: 则 is no member's (round 37 mend)
    base = rules.pattern("list_change_base").search(chunk)  # 服装销售额同比分别增长: 同比 is every member's base
    if base and base.start() > 0:
        chunk, base_text = chunk[:base.start()], base.group().strip()
    else:
        base_text = ""
    return chunk, base_text


def _led_items(chunk: str, count: int) -> tuple[list[str], re.Match[str] | None] | None:
    """The chunk's items, split at its separators (or its slashes when they alone split it), the first one after the
    lead that opens the list (增长较快的领域是A和B), and that lead (which `_frame_closed` reads again); None when the
    chunk holds no item."""
    rules = cues()
    items = [i for i in _split_outside_titles(chunk, rules.pattern("list_separators")) if i.strip()]
    if len(items) == 1 and count > 1:  # 毛利率/净利率分别为…: members between slashes (round 24)
        items = [i for i in rules.pattern("list_slash_separator").split(chunk) if i.strip()] or items
    if not items:
        return None
    lead = rules.pattern("list_member_lead").match(items[0])  # 增长较快的领域是A和B: the list starts after 是
    if lead and len(items) == 1 and _names_compound(lead.group(), count):
        lead = None  # (round 49) 三次产业对经济增长的贡献率: the compound before 对 is the list, the 对 its own words
    items[0] = items[0][lead.end() - _repeated_lead(lead, items):] if lead and lead.end() < len(items[0]) else items[0]
    return items, lead


def _without_relative_suffix(items: list[str]) -> tuple[list[str], str]:
    """The items with the words after a relative marker (的) that closes the last one split off: every member's
    words, the shared suffix; "" when the last item holds no marker."""
    suffix = ""
    marker = cues().setting("relative_marker")
    if marker in items[-1]:
        last, _, suffix = items[-1].partition(marker)
        items = [*items[:-1], last]
    return items, suffix


def _fitted_items(items: list[str], count: int, chunk: str) -> list[str] | None:
    """The items fitted to the ``count`` values: a last item split at its joiners (和, 及) or a compound word's
    members when too few, an attributive clause's items or members rejoined when too many; None when they still do
    not match the count."""
    rules = cues()
    if len(items) == count - 1 or (len(items) < count and len(items) == 1):
        *items, last = items
        items += [i for i in rules.pattern("list_last_joiners").split(last) if i.strip()]
    if len(items) == 1 and count > 1:
        items = _compound_members(items[0], count) or items  # 汽车产销分别完成…: 汽车产量, 汽车销量
    if len(items) > count:
        items = _after_attribute_clause(items, count)  # 代表高端化、智能化的A、B、C等行业 (round 46)
    if len(items) > count:
        items = _merged_members(items, count, chunk)  # 航空、航天器及设备制造业、计算机…制造业投资: two members
    if len(items) != count:
        return None
    return items


def _repeated_lead(lead: re.Match[str] | None, items: list[str]) -> int:
    """The length of the lead word a list's first member keeps because every member after it opens with that word too
    (对东盟、对欧盟进出口: 对 is each member's own, as 对欧盟 shows; round 29), or 0: a lead before the list alone
    (我国对东盟和欧盟进出口, 增长较快的领域是A和B) opens the list, no member."""
    if lead is None or len(items) < 2:
        return 0
    word = next((w for w in cues().words("list_repeated_leads") if lead.group().endswith(w)), "")
    return len(word) if word and all(SPACE.sub("", i).startswith(word) for i in items[1:]) else 0


def _split_outside_titles(chunk: str, separators: re.Pattern[str]) -> list[str]:
    """``chunk`` split at its list separators, but not at one inside a title (《你好，李焕英》 is one member), and also
    between two titles that follow each other with no separator (《热辣滚烫》《飞驰人生2》: two members; round 25)."""
    titles = title_spans(chunk)
    if not titles:
        return separators.split(chunk)
    cuts = [(m.start(), m.end()) for m in separators.finditer(chunk) if not in_title(titles, m.start())]
    cuts += [(end, end) for (_, end), (start, _) in itertools.pairwise(titles) if end == start]
    parts, at = [], 0
    for start, end in sorted(cuts):
        parts.append(chunk[at:start])
        at = end
    return [*parts, chunk[at:]]


def _names_compound(text: str, count: int) -> bool:
    """(round 49) ``text`` holds a word naming ``count`` members at once (`list_compounds`: 三次产业, 城乡), so a
    lead word after it (三次产业对经济增长的…: 对) opens no list: the list is that word's."""
    return any(word in text and len(parts) == count for word, parts in cues().setting("list_compounds").items())


def _compound_members(item: str, count: int) -> list[str] | None:
    """The members a word naming two measures at once stands for (汽车产销 → 汽车产量, 汽车销量; 进出口额 → 进口额,
    出口额: what stands before and after it is theirs), from `list_compounds`; or None."""
    compounds = cues().setting("list_compounds")
    for word in sorted(compounds, key=len, reverse=True):
        at = item.rfind(word)
        if at >= 0 and len(compounds[word]) == count:
            return [item[:at] + part + item[at + len(word):] for part in compounds[word]]
    return None


def _after_attribute_clause(items: list[str], count: int) -> list[str]:
    """(round 46) More items than values, and the last ``count`` items start after an attributive clause closed by 的
    that holds a 、 list of its own and opens with a verb of standing for (`list_attribute_clause`: 代表高端化、智能化、
    绿色化的航天器及运载火箭制造、智能车载设备制造、锂离子电池制造等行业; 以集成电路、人工智能为代表的…): the clause
    qualifies the whole list, its items are no members, and the first member starts after its 的. Else the items as
    they were (北京、上海的住宅、写字楼: the places are the members' scope)."""
    marker = cues().setting("relative_marker")
    first = len(items) - count
    attribute, _, member = items[first].rpartition(marker)
    if first < 1 or not attribute or not member.strip():
        return items
    joiner = cues().setting("list_member_joiner")
    if not cues().pattern("list_attribute_clause").fullmatch(SPACE.sub("", joiner.join([*items[:first], attribute]))):
        return items
    return [member, *items[first + 1:]]


def _merged_members(items: list[str], count: int, chunk: str = "") -> list[str]:
    """More items than values: the members are the items that end like the one before the last (…制造业 like
    航天器及设备制造业), each with the items before it that end otherwise (航空、航天器及设备制造业: one member whose
    name holds a 、), when that leaves one member per value; else the items as they were. (Round 40) Not when the item
    before the last is one character (猪、牛、羊、家禽出栏): its ending is the whole item, no class the items before
    it share, so 猪、牛、羊 is no one member. (Round 47) Items rejoined keep the joiner written between them in
    ``chunk`` (京津冀及周边地区“2+26”城市PM2.5和PM10浓度: 京津冀及周边地区…, was 京津冀、周边地区…), else a 、."""
    ending = SPACE.sub("", items[-2])[-1:]
    if len(SPACE.sub("", items[-2])) < 2:  # (round 40) 猪、牛、羊、家禽: a one-character item is all ending, no class
        return items
    joiners = _written_joiners(items, chunk)
    members: list[str] = []
    pending = ""
    for item, joiner in zip(items[:-1], joiners, strict=True):
        pending += item
        if SPACE.sub("", item)[-1:] == ending:
            members.append(pending)
            pending = ""
        else:
            pending += joiner
    members.append(pending + items[-1])
    return members if len(members) == count else items


def _written_joiners(items: list[str], chunk: str) -> list[str]:
    """(round 47) The joiner written in ``chunk`` after each item but the last (及, 和, 、), found in one pass over the
    items in order; `list_member_joiner` where an item is not found or more than a joiner's two characters stand
    between."""
    default = cues().setting("list_member_joiner")
    joiners: list[str] = []
    at = chunk.find(items[0]) if chunk else -1
    for item, following in pairwise(items):
        end = at + len(item) if at >= 0 else -1
        at = chunk.find(following, end) if end >= 0 else -1
        between = chunk[end:at].strip() if at >= 0 else ""
        joiners.append(between if 0 < len(between) <= 2 else default)
    return joiners
