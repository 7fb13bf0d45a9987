"""The members of a 分别 list (list_members, list_heads): the chunk before 分别 split into its items and fitted to the
count of values (`list_items`), then given the words, scope and owner every member shares (`list_tails`,
`list_scopes`, `list_owners`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE, clean
from pipeline.extract.claim_metric.list_items import _fitted_items, _led_items, _trimmed_chunk, _without_relative_suffix
from pipeline.extract.claim_metric.list_owners import _owned_measures
from pipeline.extract.claim_metric.list_scopes import (
    _event_toll_members,
    _group_scoped_members,
    _intensity_scoped_members,
    _scoped_members,
    _stat_scoped_members,
)
from pipeline.extract.claim_metric.list_tails import _shared_tail
from pipeline.extract.claim_metric.words import (
    cut_words,
    names_a_region,
    names_any_measure,
    nominal,
    without_list_count,
)
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.resources import cleared_with_resources


def list_members(chunk: str, count: int) -> list[str] | None:
    """The ``count`` members of the list a 分别 refers to (the text before 分别), or None."""
    members = _list_members(chunk, count)
    return list(members) if members is not None else None


@cleared_with_resources
@lru_cache(maxsize=64)
def _list_members(chunk: str, count: int) -> tuple[str, ...] | None:
    """`list_members`, once per list (round 32: each value of a 分别 list of n values read the whole list again, n²
    on a one-line list; a tuple, so threads may share it). Cleared with the resources, so a user's new resources read
    the list anew."""
    parts = _list_parts(chunk, count)
    if parts is None:
        return None
    items, suffix, base_text = parts
    items = _owner_shared(items)
    # a member that is only a country keeps it (中国和印度GDP增速); 我国出口和进口 drops it as a metric does
    only_country = [not clean(i) and bool(clean(i, country=False)) for i in items]
    members = tuple(clean(joined_once(i, suffix) + base_text, country=not alone)
                    for i, alone in zip(items, only_country, strict=True))
    return members if all(members) else None


def _owner_shared(items: list[str]) -> list[str]:
    """(round 37) The owner before a linking verb of the first member (全社会公路运输完成货运量和货物周转量分别为…;
    全省规上工业实现营业收入、利润总额分别为…) owns the later members too, which name only a measure: the verb links
    the owner to the whole list (→ 全社会公路运输货物周转量). Only an owner that names no measure of its own, and only
    for later members that hold no verb of their own and name a measure."""
    rules = cues()
    led = rules.pattern("list_owner_verb").match(SPACE.sub("", items[0])) if len(items) > 1 else None
    if led is None or names_any_measure(led["owner"]) or not nominal(cut_words(led["owner"])):
        return items
    later = [SPACE.sub("", i) for i in items[1:]]
    if not all(rules.pattern("metric_head").search(i) and not rules.pattern("list_owner_verb_any").search(i)
               for i in later):
        return items
    # (round 46: a member already given the owner as an account, 公司实现营业收入和净利润, takes it once)
    return [items[0], *(i if i.startswith(led["owner"]) else led["owner"] + i for i in later)]


def joined_once(member: str, shared: str) -> str:
    """A list member with the words every member shares after it, less the words that open them which the member
    already ends in (round 32: 机电产品 + 产品 → 机电产品, 大型银行 + 银行贷款 → 大型银行贷款): a member written whole
    lacks only the rest. An overlap of one character is no word (采矿业 + 业务收入 stays whole)."""
    bare, tail = SPACE.sub("", member), SPACE.sub("", shared)
    overlap = next((k for k in range(min(len(bare), len(tail)), 1, -1) if bare.endswith(tail[:k])), 0)
    return member + tail[overlap:] if overlap else member + shared


def list_heads(chunk: str, count: int) -> list[str] | None:
    """(round 29) The ``count`` members of a 分别 list without the measure they share (财产险公司、人身险公司的
    平均综合偿付能力充足率 → 财产险公司, 人身险公司), for a later 分别 of the same members that names a measure of
    its own (；平均核心偿付能力充足率分别为…); None when the members share no measure (营收和净利润: each is one)."""
    heads = _list_heads(chunk, count)
    return list(heads) if heads is not None else None


@cleared_with_resources
@lru_cache(maxsize=64)
def _list_heads(chunk: str, count: int) -> tuple[str, ...] | None:
    """`list_heads`, once per list, as `_list_members` (round 42 mend: it is read once per value of the list, and the
    list's parts are read again each time)."""
    parts = _list_parts(chunk, count)
    if parts is None or not parts[1].strip():
        return None
    items = _bound_heads(parts[0], parts[1])
    heads = tuple(clean(i, country=False) for i in items)
    return heads if all(heads) else None


def _bound_heads(items: list[str], shared: str) -> list[str]:
    """(round 42) Bound one-character members (东、中、西部地区快递业务量比重 → 东, 中, 西 | 部地区…) each take the
    shared words up to the region or firm noun that closes their name (东部地区, 大型企业), so a later 分别 of the
    same members (，业务收入比重分别为…) reads 东部地区业务收入比重, not 东业务收入比重. Members that are not all
    bound characters, or shared words with no such noun, are left as they are."""
    rules = cues()
    bound = rules.words("bound_member_chars")
    if not all(SPACE.sub("", i) in bound for i in items):
        return items
    closing = rules.words("region_nouns") | rules.words("framed_member_nouns")
    bare = SPACE.sub("", shared)
    end = 0
    for word in cut_words(bare):
        end += len(word)
        if word in closing:
            return [SPACE.sub("", i) + bare[:end] for i in items]
    return items


def _list_parts(chunk: str, count: int) -> tuple[list[str], str, str] | None:
    """The ``count`` items of the list a 分别 refers to, the words after the last one that every item shares, and the
    base of the change every item shares (同比); None when the list does not hold ``count`` items. The stages: the
    chunk trimmed of what is no member's (`_trimmed_chunk`), split into items after the list's lead (`_led_items`),
    fitted to the count (`_fitted_items`), given the words they share (`_shared_words`) and their scope
    (`_scoped_items`), and closed where a frame opened by the lead closes (`_frame_closed`)."""
    chunk, base_text = _trimmed_chunk(chunk)
    led = _led_items(chunk, count)
    if led is None:
        return None
    items, lead = led
    items, suffix = _without_relative_suffix(items)
    fitted = _fitted_items(items, count, chunk)
    if fitted is None:
        return None
    items, suffix = _shared_words(fitted, suffix)
    items = _scoped_items(items, suffix)
    return _frame_closed(items, lead), suffix, base_text


def _shared_words(items: list[str], suffix: str) -> tuple[list[str], str]:
    """The members and the words after the last one that every member shares: read from the members' likeness when
    no relative marker split them off (`_shared_tail`; members that share none may share an owner instead), a share's
    frame after 的 (`_share_frame_tail`), without the 等 that closes the list and its category."""
    rules = cues()
    items = _bound_run_members(items)  # 东、中、西部和东北地区…: 东部, 中部, 西部 (round 28)
    items[-1] = _without_list_count(items[-1]) if len(items) > 1 else items[-1]  # 杭州、宁波两市… (round 42)
    if not suffix and len(items) > 1:  # (round 49) A、B等绿色材料产量: the category goes first
        items[-1], suffix = _without_closed_category(items, suffix)
    if not suffix and len(items) > 1:
        items[-1], suffix = _shared_tail(items)
        items = items if suffix else _owned_measures(items)  # 新能源汽车产量和销量 → 新能源汽车销量 (round 26)
    elif len(items) > 1 and suffix.strip() in rules.words("list_owned_shares"):
        items[-1], suffix = _share_frame_tail(items, suffix)
    items[-1], suffix = _without_closed_category(items, suffix)
    return items, suffix


def _scoped_items(items: list[str], suffix: str) -> list[str]:
    """The members with what the first one opens with given to the later ones, in turn: its ordinal's 第, its place,
    its statistical scope (only when the members share words), its intensity base, the events a toll counts, its
    group of cities."""
    items = _ordinal_members(items)  # 第一、二、三产业增加值: 第二产业…, 第三产业… (round 24)
    items = _scoped_members(items)  # 一线城市新建商品住宅和二手住宅: 一线城市二手住宅 (round 31)
    items = _stat_scoped_members(items) if suffix.strip() else items  # 限额以上A、B、C零售额 (round 37)
    items = _intensity_scoped_members(items)  # 单位GDP能耗和二氧化碳排放: 单位GDP二氧化碳排放 (round 38)
    items = _event_toll_members(items)  # 道路交通事故起数和死亡人数: 道路交通事故死亡人数 (round 42)
    return _group_scoped_members(items, suffix)  # …“2+26”城市优良天数比例、PM2.5浓度: …城市PM2.5浓度 (round 47)


def _frame_closed(items: list[str], lead: re.Match[str] | None) -> list[str]:
    """The members with the close of a frame the list's lead opened (在A、B、C上: 上) cut from the last one."""
    rules = cues()
    if lead and lead.group().endswith(rules.setting("list_frame_open")):  # 在A、B、C上: the frame closes
        items[-1] = rules.pattern("list_frame_close").sub("", items[-1]) or items[-1]
    return items


def _without_list_count(last: str) -> str:
    """(round 42) The last member of a list of places without the count of the list after it (杭州、宁波两市地区生产
    总值分别为… → 宁波地区生产总值; `list_count_lead`): the count counts the members, no member's words, so it would
    stop the members sharing the measure after it. A count after no place stays (三省一市 names a group)."""
    bare = SPACE.sub("", last)
    for k in range(len(bare) - 1, 0, -1):
        rest = without_list_count(bare[k:])
        if rest != bare[k:] and names_a_region(bare[:k]):
            return bare[:k] + rest
    return last


def _without_closed_category(items: list[str], suffix: str) -> tuple[str, str]:
    """(round 40) The last member and the shared words without the 等 that closes the list and the category it names
    (俄罗斯、波兰和哈萨克斯坦等部分“一带一路”沿线国家进出口 → 哈萨克斯坦 | 进出口; 上海等城市的房价 → 上海 | 房价):
    the members are instances of the category, so it is no part of any member's name nor of their measure.
    (Round 40 mend) The 等 is a word of its own at or before the end of the last member (not 中等、高等教育 nor 中等收入
    国家); the words after its category are the shared ones (广州等地企业数量 → 广州 | 企业数量); a head noun the
    members only qualify stays theirs (国有、民营等企业投资 → 民营 | 企业投资)."""
    rules = cues()
    joined = last_whole = items[-1]
    joined += suffix
    for found in rules.pattern("list_closed_category").finditer(joined):
        if found.start() == 0 or found.start() > len(last_whole) or not _word_starts_at(joined, found.start()):
            continue
        rest = joined[found.end():]
        kind = found.group("kind")
        if kind in rules.words("list_category_heads") and any(_qualifies_only(i) for i in items):
            rest = kind + rest
        return joined[:found.start()].rstrip(), rest.lstrip()
    return items[-1], suffix


def _word_starts_at(text: str, at: int) -> bool:
    """A word of jieba's cut of ``text`` starts at ``at`` (广州|等|地, 日本|等国; not 中等, 高等教育, 三等奖)."""
    end = 0
    for word in cut_words(text):  # (the cached cut: a list's suffix is asked once per member)
        if end >= at:
            return end == at
        end += len(word)
    return end == at


def _qualifies_only(member: str) -> bool:
    """The member is one word that only qualifies a noun after it (国有, 民营, 服务: `list_category_modifier_tags`)."""
    bare = SPACE.sub("", member)
    return pos_tagger().word_tag_tab.get(bare, "") in cues().words("list_category_modifier_tags")


def _bound_run_members(items: list[str]) -> list[str]:
    """(round 28) A run of one-character bound members that ends in a member of its own before the list's last one
    (东、中、西部和东北地区5G基站; 一、二、三线城市和县城): each bound character takes the rest of the member that
    closes the run (东部, 中部, 西部), as round 12's 大、中、小型企业 does when the run closes the list; the list's
    shared tail is then read as for any list. A run that closes the list, or a closing member that opens with no
    bound character (东、西两翼和中部), is left as it is."""
    bound = cues().words("bound_member_chars")
    bare = [SPACE.sub("", i) for i in items]
    out = list(items)
    k = 0
    while k < len(bare) - 1:
        run = k
        while run < len(bare) - 1 and bare[run] in bound:
            run += 1
        closing = bare[run]
        if run > k and run < len(bare) - 1 and len(closing) >= 2 and closing[0] in bound and closing not in bound:
            out[k:run] = [bare[j] + closing[1:] for j in range(k, run)]
        k = run + 1
    return out


def _share_frame_tail(items: list[str], share: str) -> tuple[str, str]:
    """The last member and what every member shares when a share follows the list after 的 (第一、二、三产业增加值占地区
    生产总值的比重): the share's frame from 占 on is every member's, and so is the measure before it that the members'
    likeness gives (增加值), as a list's shared words are (round 24); the share alone when no frame opens."""
    frame = cues().pattern("list_share_frame").search(items[-1])
    if frame is None or frame.start() == 0:
        return items[-1], share
    last, tail = _shared_tail([*items[:-1], items[-1][:frame.start()]])
    return last, tail + items[-1][frame.start():] + share


def _ordinal_members(items: list[str]) -> list[str]:
    """The members with the 第 the first one opens with given to each later member that is only an ordinal's numeral
    (第一、二、三产业: 第二, 第三; `list_ordinal_lead`, `list_bare_ordinal`); the members unchanged otherwise."""
    rules = cues()
    lead = rules.pattern("list_ordinal_lead").search(items[0])
    if not lead:
        return items
    bare = rules.pattern("list_bare_ordinal")
    return [items[0], *(bare.sub(lead.group(1), i, count=1) if bare.match(i) else i for i in items[1:])]
