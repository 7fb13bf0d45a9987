"""Lists, 分别 and 其中 members: the members of a list, their shared heads, tails, owners and frames."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE, clean
from pipeline.extract.claim_metric.context import Governing
from pipeline.extract.claim_metric.kinds import alike_end, heads_alike, is_thing
from pipeline.extract.claim_metric.owners import rate_owner
from pipeline.extract.claim_metric.words import (
    ACRONYM,
    common_end,
    common_start,
    cut_words,
    ends_in_metric_head,
    ends_in_place,
    head_names_a_body,
    longest_end,
    longest_start,
    measure_word,
    modifies,
    names_a_measure,
    names_a_place,
    names_a_region,
    names_a_stratum,
    names_any_measure,
    names_measure,
    nominal,
    verbs_qualify,
    without_list_count,
    without_measure_qualifier,
    word_class,
)
from pipeline.extract.claim_time import in_title, title_spans
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.jieba_dict import jieba_tokenizer, pos_tagger, tag_of
from pipeline.resources import cleared_with_resources

_FRAME_REACH = 64  # the characters a frame spans at most: a topic frame opening a sentence, spaces included
# (round 36 mend), or a 在…中， frame closing right before a list, spaces around it aside (round 37)


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
    base of the change every item shares (同比); None when the list does not hold ``count`` items."""
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
    items = [i for i in _split_outside_titles(chunk, rules.pattern("list_separators")) if i.strip()]
    if len(items) == 1 and count > 1:  # 毛利率/净利率分别为…: members between slashes (round 24)
        items = [i for i in rules.pattern("list_slash_separator").split(chunk) if i.strip()] or items
    if not items:
        return None
    lead = rules.pattern("list_member_lead").match(items[0])  # 增长较快的领域是A和B: the list starts after 是
    if lead and len(items) == 1 and _names_compound(lead.group(), count):
        lead = None  # (round 49) 三次产业对经济增长的贡献率: the compound before 对 is the list, the 对 its own words
    items[0] = items[0][lead.end() - _repeated_lead(lead, items):] if lead and lead.end() < len(items[0]) else items[0]
    suffix = ""
    marker = rules.setting("relative_marker")
    if marker in items[-1]:
        last, _, suffix = items[-1].partition(marker)
        items[-1] = last
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
    items = _bound_run_members(items)  # 东、中、西部和东北地区…: 东部, 中部, 西部 (round 28)
    items[-1] = _without_list_count(items[-1]) if len(items) > 1 else items[-1]  # 杭州、宁波两市… (round 42)
    if not suffix and len(items) > 1:
        items[-1], suffix = _shared_tail(items)
        items = items if suffix else _owned_measures(items)  # 新能源汽车产量和销量 → 新能源汽车销量 (round 26)
    elif len(items) > 1 and suffix.strip() in rules.words("list_owned_shares"):
        items[-1], suffix = _share_frame_tail(items, suffix)
    items[-1], suffix = _without_closed_category(items, suffix)
    items = _ordinal_members(items)  # 第一、二、三产业增加值: 第二产业…, 第三产业… (round 24)
    items = _scoped_members(items)  # 一线城市新建商品住宅和二手住宅: 一线城市二手住宅 (round 31)
    items = _stat_scoped_members(items) if suffix.strip() else items  # 限额以上A、B、C零售额 (round 37)
    items = _intensity_scoped_members(items)  # 单位GDP能耗和二氧化碳排放: 单位GDP二氧化碳排放 (round 38)
    items = _event_toll_members(items)  # 道路交通事故起数和死亡人数: 道路交通事故死亡人数 (round 42)
    items = _group_scoped_members(items, suffix)  # …“2+26”城市优良天数比例、PM2.5浓度: …城市PM2.5浓度 (round 47)
    if lead and lead.group().endswith(rules.setting("list_frame_open")):  # 在A、B、C上: the frame closes
        items[-1] = rules.pattern("list_frame_close").sub("", items[-1]) or items[-1]
    return items, suffix, base_text


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


def _scoped_members(items: list[str]) -> list[str]:
    """(round 31) The members after a first one that opens with a place or a city tier (一线城市新建商品住宅和二手住宅,
    上海新建商品住宅和二手住宅价格) name kinds of the same thing there, so each takes the place: 一线城市二手住宅. The
    place is the shortest run of the first member's opening words (up to `list_scope_max_words`) that names a region;
    it holds only when the words after it are at least as many as a later member's, whose last word ends the first
    member too (新建商品住宅和二手住宅: 新建 is no place, 商品住宅 is one word against 二手|住宅). A later member that
    opens with a region of its own (广东出口和江苏出口) or already holds the place keeps its words; an area scope word
    (全国, 全省: 全省16-24岁、25-29岁…) stays the first member's, as before."""
    if len(items) < 2:
        return items
    first = cut_words(SPACE.sub("", items[0]))
    limit = min(len(first), cues().setting("list_scope_max_words") + 1)
    at = next((k for k in range(1, limit) if names_a_region("".join(first[:k]))), 0)
    if not at:
        return items
    scope, rest = "".join(first[:at]), first[at:]
    out = [items[0]]
    for item in items[1:]:
        words = cut_words(SPACE.sub("", item))
        if (not words or not rest[-1].endswith(words[-1]) or len(rest) < len(words) or scope in item
                or names_a_region(words[0])):
            return items
        out.append(scope + SPACE.sub("", item))
    return out


def _frame_reach(text: str, at: int) -> int:
    """Where a frame that closes right before ``at`` (在…中，, at most `_FRAME_REACH` characters but spaces) can begin:
    a list's every value looks there, so only that window is read, not the text back to its start."""
    stop = at
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = max(0, stop - _FRAME_REACH)
    while start > 0 and text[start - 1].isspace():
        start -= 1  # (spaces before the frame's 在 belong to it)
    return start


def framed_member(member: str, text: str, at: int, named: str = "") -> str:
    """(round 37) A 分别 list's member read under the frame that names its whole right before the list (在实物商品网上
    零售额中，吃类、穿类和用类商品分别增长… → `实物商品网上零售额中吃类商品`): a member naming no measure is a part of
    the whole's measure, which the frame names; without it the metric names none (`吃类商品增长`). A member that names
    a measure of its own keeps its words (在外贸企业中，民营企业和外资企业进出口分别… → `民营企业进出口`), and so does
    one under a frame that names no measure (在全部企业中，…). (Round 37 mend) Nor a share (``named``, what the list
    states after 分别: 占比, 比重): 在全部出口中，机电产品、劳动密集型产品分别占… is each member's 占比 (机电产品
    占比), as the same frame over a share without 分别 is (round 26)."""
    rules = cues()
    if at <= 0 or SPACE.sub("", named) in (rules.setting("share_head"), *rules.words("list_owned_shares")):
        return member
    frame = next((m for m in rules.pattern("share_frame_open").finditer(text, _frame_reach(text, at), at)
                  if not text[m.end():at].strip()), None)  # (the frame that closes the clause right before the list)
    if frame is None or names_any_measure(member) or not names_any_measure(frame["whole"]):
        return member
    return frame["whole"] + text[frame.end("whole"):frame.end()].strip(" ，,") + member


def _stat_scoped_members(items: list[str]) -> list[str]:
    """(round 37) A statistical scope opening the first member of a list whose members share the measure after the
    last one (限额以上通讯器材、家电和音像器材、家具类商品零售额; 限额以上零售业单位中便利店、专业店、百货店零售额)
    bounds every member, as round 31's place does: `限额以上家电和音像器材零售额`. The scope is the
    `list_statistical_scope` term with the units it counts and their 中. A later member with a scope, an area or a
    place of its own (限额以下…, 全国…, 乡村…) keeps its words; members that name their own measures share none (the
    caller passes only lists with a shared measure: 规模以上工业增加值、固定资产投资 stay two). The scope takes all its
    unit words (规模以上工业企业和重点服务业企业: the first member is all scope, and nothing is shared); a later member
    naming units of its own (…单位餐饮、住宿业企业) keeps its words unless a 中 frames the scope (规模以上工业企业中
    私营企业、外商投资企业: `规模以上工业企业中外商投资企业`; round 37 mend)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = SPACE.sub("", items[0])
    found = rules.pattern("list_statistical_scope").match(first)
    if found is None or found.end() >= len(first):
        return items
    scope = found.group()
    framed = bool(found["frame"])
    out = [items[0]]
    for item in items[1:]:
        bare = SPACE.sub("", item)
        words = cut_words(bare)
        if (not words or rules.pattern("list_statistical_scope").match(bare)  # (one opening with the scope too)
                or bare.startswith(tuple(rules.words("area_scope_words"))) or names_a_region(words[0])
                or words[0] in rules.words("level_members")
                or (not framed and rules.pattern("list_scope_unit_member").search(bare))):
            out.append(item)
        else:
            out.append(scope + bare)
    return out


def _group_scoped_members(items: list[str], suffix: str) -> list[str]:
    """(round 47) A group of cities or a city opening the first member of a list (京津冀及周边地区“2+26”城市优良天数
    比例、PM2.5浓度; 全国339个地级及以上城市PM2.5、PM10平均浓度; 北京市常住人口和出生率) owns the later members that
    name only a measure, as round 44 gives it the bare measures of its later clauses (`group_scope_owner`): a group's
    members of its own kind (`group_scope_measures`: air and water quality), a city's also a short bare measure (at
    most `bare_metric_max_chars`). A later member with a group, scope, place or body of its own keeps its words, and
    so do all when one of them does not fit (an area scope, 全市…和…, stays the first member's: rounds 31 and 43)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = SPACE.sub("", items[0])
    scope = rules.pattern("group_scope_subject").match(first)
    if (scope is None or len(scope["scope"]) >= len(first) - 1 or rules.pattern("group_scope_body").search(first)
            or (scope["place"] and not names_a_region(scope["place"]))):
        return items
    limit, shared = rules.setting("bare_metric_max_chars"), SPACE.sub("", suffix)
    out = [items[0]]
    for item in items[1:]:
        bare = SPACE.sub("", item)
        words = cut_words(bare)
        whole = bare + shared
        own_kind = rules.pattern("group_scope_measures").search(whole) is not None
        if (not words or scope["scope"] in bare or rules.pattern("group_scope_subject").match(bare)
                or rules.pattern("group_scope_own_lead").match(bare) or names_a_region(words[0])
                or head_names_a_body(bare) or not names_any_measure(whole)
                or not (own_kind or (scope["place"] and len(whole) <= limit))):
            return items
        out.append(scope["scope"] + bare)
    return out


def _intensity_scoped_members(items: list[str]) -> list[str]:
    """(round 38) An intensity base opening the first member of a list (单位国内生产总值能源消耗和二氧化碳排放分别
    降低…; 单位GDP能耗、二氧化碳排放分别下降…) is the base of every later member naming a consumption or an emission
    with none of its own (`intensity_shared_measure`): `单位国内生产总值二氧化碳排放`, not the absolute emission. A
    member with its own base (万元工业增加值用水量) or naming a total (主要污染物排放总量) keeps its words."""
    if len(items) < 2:
        return items
    rules = cues()
    first = SPACE.sub("", items[0])
    found = rules.pattern("intensity_base").match(first)
    if found is None or found.end() >= len(first):
        return items
    shared = rules.pattern("intensity_shared_measure")
    stripped = [SPACE.sub("", item) for item in items[1:]]
    return [items[0]] + [found.group() + bare if shared.fullmatch(bare) else item
                         for item, bare in zip(items[1:], stripped, strict=True)]


def _event_toll_members(items: list[str]) -> list[str]:
    """(round 42) A first member that counts events (全国道路交通事故起数, 重特大事故起数: `event_count_end`) names the
    events whose toll a later bare member counts (死亡人数, 直接经济损失: `event_toll_measure`): that member takes them
    (`全国道路交通事故死亡人数`). A member with words of its own besides the toll keeps them (火灾死亡人数)."""
    if len(items) < 2:
        return items
    rules = cues()
    first = SPACE.sub("", items[0])
    found = rules.pattern("event_count_end").search(first)
    if found is None:
        return items
    events, toll = first[:found.start()], rules.pattern("event_toll_measure")
    return [items[0]] + [events + bare if toll.fullmatch(bare := SPACE.sub("", item)) else item
                         for item in items[1:]]


def _repeated_lead(lead: re.Match[str] | None, items: list[str]) -> int:
    """The length of the lead word a list's first member keeps because every member after it opens with that word too
    (对东盟、对欧盟进出口: 对 is each member's own, as 对欧盟 shows; round 29), or 0: a lead before the list alone
    (我国对东盟和欧盟进出口, 增长较快的领域是A和B) opens the list, no member."""
    if lead is None or len(items) < 2:
        return 0
    word = next((w for w in cues().words("list_repeated_leads") if lead.group().endswith(w)), "")
    return len(word) if word and all(SPACE.sub("", i).startswith(word) for i in items[1:]) else 0


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


def rate_change_on_level(governing: Governing, unit: str) -> bool:
    """(round 28) The change before is a rate (同比增长11.1%) and the member's value a level in a unit of its own
    (汽车产销累计完成2790.3万辆和2794万辆 after 11月…同比分别增长11.1%和11.7%): a per-cent change never names a
    level's metric, so the member does not take it (汽车产量, not 汽车产量同比增长)."""
    relative = cues().words("relative_units")
    return governing.unit in relative and unit not in relative


def compound_owner(chunk: str, members: list[str], text: str, end: int) -> list[str]:
    """The members a word naming two measures stands for, given the owner said before it in the sentence when only a
    period stands before the word in its own clause (我国新能源汽车产销量连续9年…，前10月产销分别完成… → 新能源汽车产量,
    新能源汽车销量): the words before the same word in its earlier clause, when they name no measure (round 26); the
    members as they are otherwise. ``text[:end]`` is the sentence's text before the list (read in place: round 36 mend,
    no copy of it per value)."""
    rules = cues()
    compounds = rules.setting("list_compounds")
    bare = SPACE.sub("", chunk)
    word = longest_end(bare, compounds)
    if not word or len(compounds[word]) != len(members) or not rules.pattern("compound_period_only").match(
            bare[:-len(word)]):
        return members
    at = text.rfind(word, 0, end)
    opening = max(text.rfind(mark, 0, at) for mark in "，,；;：:。") + 1 if at >= 0 else -1
    owner = clean(text[opening:at]) if at > opening >= 0 else _frame_owner(text[:min(end, _FRAME_REACH)])
    if not owner or not nominal(cut_words(owner)) or names_any_measure(owner):
        return members
    return [owner + clean(part) for part in compounds[word]]


def _frame_owner(before: str) -> str:
    """The thing a topic frame opening the sentence names (新能源汽车方面，产销分别… → 新能源汽车), which owns the
    measures a word of two names when nothing else before it does (round 36); "" for an aspect of the data or a party
    (`topic_aspects`, 资金方面, 消息面方面, 政府方面; `topic_aspect_end`), a frame of time or view (`time_frames`), or
    one opening with a pronoun or determiner (`topic_determiners`, `topic_determiner_tags`: 其他方面, 上述方面; round
    36 mend). ``before``: the sentence's first `_FRAME_REACH` characters at most."""
    rules = cues()
    frame = rules.pattern("compound_owner_frame").match(SPACE.sub("", before))
    topic = frame["topic"] if frame else ""
    if (not topic or rules.pattern("topic_aspect_end").search(topic) or topic in rules.words("topic_aspects")
            or topic in rules.words("time_frames")):
        return ""
    first = next((w for w in pos_tagger().lcut(topic) if w.word.strip()), None)
    if first is None or first.word in rules.words("topic_determiners") or (
            first.flag in rules.words("topic_determiner_tags")):
        return ""
    return clean(topic)


def _owned_measures(items: list[str]) -> list[str]:
    """Members that are bare measures of the first member's owner take it (新能源汽车产量和销量 → 新能源汽车销量;
    邮政业业务总量和业务收入 → 邮政业业务收入; 铁路旅客发送量和周转量 → 铁路旅客周转量): a later member that opens with
    a word of the first's measure after its owner (业务), or is one dictionary word of a measure ending as the first's
    last word does (销量 after …产量) while that owner names no measure. Members with an owner of their own, or a first
    with none (出口额和进口额, 营收和净利润), stay as they are (round 26)."""
    first = SPACE.sub("", items[0])
    size = cues().setting("head_word_chars")
    cuts = set(itertools.accumulate(len(w) for w in cut_words(first)))  # where the first's words end
    tags = pos_tagger().word_tag_tab
    owned = [items[0]]
    for item in items[1:]:
        bare = SPACE.sub("", item)
        if len(first) > len(bare) and first.endswith(bare) and len(first) - len(bare) in cuts:
            # (round 31: 核心一级资本充足率、一级资本充足率和资本充足率: the tail of the first's measure is a measure
            # of its own, as round 20 reads it in a run of clauses; only the first's entity owns it: 长安银行…)
            owner = without_measure_qualifier(first[:len(first) - len(bare)])
            owned.append(owner + bare if owner else item)
            continue
        at = first.find(bare[:size], 1) if len(bare) > size else -1
        owner = first[:at] if at in cuts and names_measure([bare]) else ""
        # (round 29: 公司营业利润、利润总额: 营业 says which profit the first is, an account's kind, and owns no later
        # member; the owner before it, 公司, still does)
        kind = next((w for w in cues().words("account_kind_leads") if owner.endswith(w)), "")
        owner = owner[:len(owner) - len(kind)]
        rest = first[len(first) - len(bare):]
        if (not owner and len(first) > len(bare) and bare in tags and rest in tags and bare[-1:] == rest[-1:]
                and measure_word(bare) and measure_word(rest)):
            lead = first[:len(first) - len(bare)]
            owner = lead if nominal(cut_words(lead)) and not names_any_measure(lead) else ""
        if not owner:
            # 一般公共预算收入和支出 → 一般公共预算支出 (round 28): the pair vouches for the owner, a budget included
            owner = _partner_owner(first, bare)
        if not owner:
            owner = _account_owner(first, bare)  # 上市公司营收、净利润 → 上市公司净利润 (round 46)
        if not owner:
            owner = _act_owner(first, bare)  # 国内航线运输总周转量、旅客运输量 → 国内航线旅客运输量 (round 48)
        owned.append(owner + bare if owner and not bare.startswith(owner) else item)
    return owned


def _account_owner(first: str, bare: str) -> str:
    """(round 46) The owner before the first member's account when the later member is an account as well
    (`statement_accounts`: 国有控股上市公司营收、净利润 → 国有控股上市公司; 比亚迪营业收入、归母净利润 → 比亚迪): a
    results summary lists one owner's accounts, so each is that owner's, as round 29 gives 公司营业利润、利润总额 the
    company. The verbs of attainment before the account (全年实现营收、…) are no part of the owner. "" when the first
    has no owner (营收和净利润), the later member is no account (营业收入、研发投入), or the owner is no noun phrase (a
    verb only qualifying the noun after it allowed: 国有控股|上市公司) or names a measure itself."""
    accounts = cues().words("statement_accounts")
    if bare not in accounts:
        return ""
    account = longest_end(first, accounts)
    words = cut_words(first[:len(first) - len(account)]) if account and len(account) < len(first) else []
    verbs = cues().words("verb_tags")
    while words and (not words[-1].strip() or tag_of(words[-1]) in verbs):
        words = words[:-1]
    owner = "".join(words)
    return owner if words and (nominal(words) or verbs_qualify(words)) and not names_measure(words) else ""


def _act_owner(first: str, bare: str) -> str:
    """(round 48) The owner before the act word a first member's measure opens with when the later member is a kind
    of that act's measure (国内航线运输总周转量、旅客运输量和货邮运输量 → 国内航线: 运输 opens 运输量, the later
    member's last word): a route, mode or body's list of one activity's indicators, so each is the owner's
    (国内航线旅客运输量). The act is a word of the first member, neither its first nor its last, that the later
    member's last word (a measure word) opens and runs past. "" when no such word is there (全省旅客运输量和货物运输量:
    the same last word, round 31's shape), the owner is an area scope word alone (全国, 全省: rounds 31, 43 and 47 keep
    it the first member's), no noun phrase or names a measure itself, or the later member opens with a region or
    already holds the owner."""
    words, later = cut_words(first), cut_words(bare)
    if len(words) < 3 or len(later) < 2 or not measure_word(later[-1]):
        return ""
    last = later[-1]
    at = next((k for k in range(1, len(words) - 1) if len(last) > len(words[k]) and last.startswith(words[k])), 0)
    owner_words = words[:at]
    owner = "".join(owner_words)
    if (not at or owner in cues().words("area_scope_words") or not nominal(owner_words) or names_any_measure(owner)
            or names_a_region(later[0]) or bare.startswith(owner)):
        return ""
    return owner


def _partner_owner(first: str, bare: str) -> str:
    """The owner before the first member's last word when the later member is that word's partner in a word naming
    two measures (`list_compounds`: 收入 and 支出 of 收支, 进口 and 出口 of 进出口): 一般公共预算收入和支出 → owner
    一般公共预算, so 支出 is 一般公共预算支出; 货物贸易进口和出口 → 货物贸易出口. The owner is a noun phrase whose
    verbs only qualify (预算 of 一般公共预算 is tagged a verb), opening with no verb (完成财政收入和支出: an act, no
    owner). "" otherwise."""
    rules = cues()
    tags = pos_tagger().word_tag_tab
    for pair in rules.setting("list_compounds").values():
        if len(pair) != 2:
            continue  # (round 49: 三次产业's three sectors are no pair of partner measures)
        for mine, other in (pair, pair[::-1]):
            if bare == other and first.endswith(mine) and len(first) > len(mine):
                words = cut_words(first[:-len(mine)])
                clause = any(tags.get(w, "") in rules.words("clause_word_tags") for w in words)
                return "" if clause or tags.get(words[0], "") in rules.words("verb_tags") else "".join(words)
    return ""


def _shared_tail(items: list[str]) -> tuple[str, str]:
    """The last member and the words after it that every member shares: by the members' likeness
    (`_alike_tail`), else from a word that measures what an owner holds (`_owned_tail`)."""
    last, tail = _category_closed(items, *(_ordinal_tail(items) or _alike_tail(items)))
    residual = cues().pattern("list_residual_tail").search(SPACE.sub("", items[-1]))
    if residual and len(tail) >= len(SPACE.sub("", items[-1])) - residual.start():
        return _residual_measure(items, residual)  # (round 42) 货物贸易、服务贸易及其他经常项目: the last member's own
    if residual and not tail and (measured := _residual_measure(items, residual))[1]:
        return measured  # (round 42 mend) 商品零售、餐饮及其他服务收入: 收入 closes the member jieba reads whole
    heads = tuple(head for head, _ in org_resources().heads)  # what ends a body's name (法院, 银行)
    if tail.endswith(heads) and all(SPACE.sub("", i).endswith(heads) for i in items[:-1]):
        return items[-1], ""  # (round 23: 上海市浦东新区人民法院、杭州互联网法院: whole names, each with its own head)
    if tail:
        return _spending_activity_tail(items, *_owned_head_end(items, *_joined_tail(last, tail)))
    return _spending_activity_tail(items, *(_opened_tail(items) or _owned_tail(items) or _priced_tail(items)
                                            or (last, tail)))


def _category_closed(items: list[str], last: str, tail: str) -> tuple[str, str]:
    """(round 48) The last member run to the first character that closes every member before as a trade's
    name (`list_category_ends`: 业), the measure after it shared, when the last member does not end in it: the
    word cutter may split a trade's name inside (非金属矿|物|制品业 → 非金属矿 | 物制品业增加值 shared, so
    通用设备制造业物制品业增加值; 废弃资源综合利用业增加值 read as one member, so 化学纤维制造业 without its
    增加值). The character counts where it stands alone or ends a word of three or more characters (制品业,
    制造业), not a word of two (就业人数, 企业利润: a word of the measure's or the member's own); kept when a
    member before ends otherwise, the last member already ends in it, the character lies inside the last member
    before a shared tail, or no measure is left after it."""
    ends = cues().words("list_category_ends")
    bare_tail, bare_last = SPACE.sub("", tail), SPACE.sub("", last)
    closing = {SPACE.sub("", i)[-1:] for i in items[:-1]}
    if not bare_last or len(closing) != 1 or not closing <= set(ends) or bare_last.endswith(tuple(ends)):
        return last, tail
    full, char, at = bare_last + bare_tail, next(iter(closing)), 0
    for word in cut_words(full):
        at += len(word)
        if word.endswith(char) and (len(word) == 1 or len(word) >= 3):
            break
    else:
        return last, tail
    rest = full[at:]
    if (bare_tail and at < len(bare_last)) or len(rest) < 2 or not names_a_measure(rest, cut_words(rest)[-1]):
        return last, tail
    return full[:at], rest


def _spending_activity_tail(items: list[str], last: str, tail: str) -> tuple[str, str]:
    """(round 47) ``last`` and ``tail`` with the activity a shared spending noun is for (研发 of 研发经费:
    `spending_activity_tags`) moved into the tail when it follows a noun that closes the last member: the members are
    the spenders (政府属研究机构和高等学校研发经费 → 政府属研究机构研发经费, was …机构经费). Kept when the activity is
    the last member's only word or a member before ends in an activity too: the members are then the categories spent
    on (研发、营销和管理费用; 教育、社会保障和就业、卫生健康支出 → 教育支出)."""
    rules = cues()
    if SPACE.sub("", tail) not in rules.words("spent_list_measures"):
        return last, tail
    words = cut_words(SPACE.sub("", last))
    activity = rules.words("spending_activity_tags")
    before = tag_of(words[-2]) if len(words) > 1 else ""  # (tag_of: a word in traditional script too, 學校)
    if tag_of(words[-1]) not in activity or not (before[:1] == "n" or before in rules.words("noun_tags")):
        return last, tail
    if any(tag_of(cut_words(SPACE.sub("", i))[-1]) in activity for i in items[:-1] if SPACE.sub("", i)):
        return last, tail
    return "".join(words[:-1]), words[-1] + SPACE.sub("", tail)


def _joined_tail(last: str, tail: str) -> tuple[str, str]:
    """(round 45) The last member and the shared words with a joining word among them (居住、生活用品及服务价格:
    生活用品 | 及服务价格; 工业、交通运输及邮政业用电量: 交通 | 运输及邮政业用电量) moved, up to the noun after the last
    joining word, into the member it joins: the members before share only the measure after it (生活用品及服务 |
    价格, so 居住价格, not 居住及服务价格), as a list split at its 和/及 never leaves one in its shared words. Kept when
    no measure is left after that noun (…及服务: a noun of its own) or the noun is none (及时); and when the words
    before the joiner name a measure or the noun after it does (城镇、农村居民人均可支配收入及消费支出:
    two measures every member shares)."""
    rules = cues()
    joiners = set(rules.words("noun_joiners")) - {rules.setting("list_member_joiner")}
    words = cut_words(tail)
    at = max((k for k, w in enumerate(words[:-2]) if w in joiners), default=-1)
    if at < 0 or "".join(words[at:]).startswith(tuple(rules.words("joint_led_words"))):
        return last, tail
    if word_class(words[at + 1]) != "n" or names_measure(words[at + 1:at + 2]) or names_measure(words[:at]):
        return last, tail
    # (a one-character word after the noun closes it: 邮政|业 of 交通运输及邮政业用电量)
    end = next((k for k in range(at + 2, len(words)) if len(words[k]) > 1), len(words))
    rest = "".join(words[end:])
    if len(rest) < 2 or not names_a_measure(rest, words[-1]):
        return last, tail
    return SPACE.sub("", last) + "".join(words[:end]), rest


def _measure_before_price(word: str, spent: bool) -> bool:
    """(round 47 mend) A member's last word names a measure of its own before a list's closing price or spending
    noun (出口和进口价格: 出口; 全市GDP和财政支出: GDP). Before a spending or cost noun (``spent``) a verbal noun (教育,
    研发, 营销: `measure_tags`) is only the category spent on; a noun or an acronym naming a measure still is one."""
    if spent and ACRONYM.fullmatch(word):
        return True
    if not measure_word(word):
        return False
    return not spent or tag_of(word) not in cues().words("measure_tags")


def _priced_tail(items: list[str]) -> tuple[str, str] | None:
    """(round 45) The last member and the bare price noun closing it (`priced_list_measures`; round 47: or a spending
    or cost noun, `spent_list_measures`: 教育、社会保障和就业、卫生健康支出 → 教育支出) when the members share
    nothing else their word counts tell (交通通信、教育文化娱乐、其他用品及服务价格; 衣着、居住价格): a price is of the
    goods or the category each member names whole (round 42), so each takes it (交通通信价格), whatever its length.
    None when a member before names a measure or a price of its own (房价和租金价格; 出口和进口价格 keep their
    reading), or the last member before the price is no noun phrase."""
    last = SPACE.sub("", items[-1])
    spent = cues().words("spent_list_measures")
    closing = cues().words("priced_list_measures") | spent
    price = next((w for w in closing if last.endswith(w) and len(last) > len(w)), "")
    if not price:
        return None
    others = [SPACE.sub("", i) for i in items[:-1]]
    # (round 47) the verbal nouns a spending is made on (教育, 研发, 营销 /vn) are its categories, no measures; (mend) a
    # member ending in a measure of another kind keeps its reading (全市GDP和财政支出 → 全市GDP, not 全市GDP支出)
    if any(_measure_before_price(cut_words(o)[-1], price in spent) for o in others if o) or _members_measure(others):
        return None
    head = [w for w in cut_words(last[:-len(price)]) if w not in cues().words("noun_joiners")]
    if not nominal(head) and not _priced_act(head):
        return None
    return last[:-len(price)], price


def _priced_act(head: list[str]) -> bool:
    """(round 46) One word jieba tags a verb that names a service priced, no change (居住, 出行, 租赁 before 价格):
    a CPI class is named so (食品烟酒、衣着及居住价格 → 居住价格), while a change or an attainment verb before the
    price (上涨价格, 提高价格) is a clause, no category."""
    rules = cues()
    if len(head) != 1 or len(head[0]) < 2:
        return False
    acts = rules.words("change_verbs") | rules.words("attain_words")
    return head[0] not in acts and tag_of(head[0]) in rules.words("verb_tags")


def _residual_measure(items: list[str], residual: re.Match[str]) -> tuple[str, str]:
    """(round 42 mend) The last member that joins the rest of the set (`list_residual_tail`) keeps its 及其他… as its
    own, and the measure word closing it, after the rest's own noun, is what every member shares (工业、服务业及其他
    行业用电量 → 服务业及其他行业 | 用电量, so 工业用电量; 商品零售、餐饮及其他服务收入 → …| 收入). No measure word
    there (及其他经常项目), or a member that names it already, before it or in the last member's own part before
    及其他 (住户存款、…及其他存款; 商品零售、餐饮收入及其他服务收入: each member names its own measure): nothing
    shared."""
    last = SPACE.sub("", items[-1])
    words = cut_words(last[residual.end():])
    if len(words) == 1:  # (服务收入, one word to jieba: the noun and the measure, each a word of its own)
        freq = jieba_tokenizer().FREQ
        words = next(([w[:k], w[k:]] for w in words for k in range(1, len(w) - 1)
                      if freq.get(w[:k]) and freq.get(w[k:]) and measure_word(w[k:])), words)
    shared = next(("".join(words[k:]) for k in range(1, len(words)) if measure_word(words[k])), "")
    if not shared or any(SPACE.sub("", item).endswith(shared) for item in items[:-1]) or \
            last[:residual.start()].endswith(shared):
        return items[-1], ""
    return last[:-len(shared)], shared


def _owned_head_end(items: list[str], last: str, tail: str) -> tuple[str, str]:
    """``last`` and ``tail`` with a word that closes the last member's head and measures what an owner holds
    (`list_owned_amounts`: 工伤保险 | 参保人数 of 基本养老、失业、工伤保险参保人数) moved into the tail: the other
    members name only its kinds, so it is every member's (round 30: 基本养老保险参保人数, 失业保险参保人数). Kept
    when a member before holds the word itself or names a measure (营收和研发费用), as `_owned_tail` keeps them."""
    rules = cues()
    amounts = rules.words("list_owned_amounts")
    head = SPACE.sub("", last)
    word = next((w for w in amounts if head.endswith(w) and len(head) - len(w) >= 2), None)
    if word is None:
        return last, tail
    others = [SPACE.sub("", i) for i in items[:-1]]
    if _members_hold(others, amounts) or _members_measure(others):
        return last, tail
    return head[:-len(word)], word + tail


def _opened_tail(items: list[str]) -> tuple[str, str] | None:
    """The last member and the words after it from its first word that names or opens a measure (…升幅, …生均…增幅,
    …在校生; `list_measure_openers`), when no member before it names a measure of its own: members of unequal sizes
    (澳门半岛、氹仔、路环升幅; 普通小学、…、中等职业学校、普通高等学校生均…) share the measure after the last one
    (round 27); or None. A list of measures (营收、净利润和研发投入) shares nothing."""
    if any(names_any_measure(SPACE.sub("", i)) for i in items[:-1]):
        return None
    rules = cues()
    openers = rules.words("list_measure_openers")
    owned = (*rules.words("list_owned_shares"), *rules.words("list_owned_amounts"))
    words = cut_words(SPACE.sub("", items[-1]))
    for k in range(1, len(words)):
        if (measure_word(words[k]) or ends_in_metric_head(words[k]) or words[k] in openers
                or words[k].startswith(owned)):
            tail = "".join(words[k:])  # (新签合同、完成营业额: a verb before the measure, no member's name)
            measured = ends_in_metric_head(tail) or measure_word(words[-1]) or words[-1] in openers
            if not measured or not nominal(words[:k]):
                return None
            # nouns before the measure word after a head as long as the member before it are shared too (农村居民
            # 心血管疾病死亡率 after 城市: 农村 | 居民…死亡率; 路環住宅平均租金升幅 after 氹仔)
            size = len(SPACE.sub("", items[-2]))
            at = next((j for j in range(1, k) if len("".join(words[:j])) == size and nominal(words[j:k])), k)
            return "".join(words[:at]), "".join(words[at:])
    return None


def _ordinal_tail(items: list[str]) -> tuple[str, str] | None:
    """The last member's ordinal and the words after it when every member before it ends in an ordinal (全县第二、
    三产业从业人员: 三, 产业从业人员; `list_ordinal_end`, `list_ordinal_open`): those words are every member's, whatever
    scope word opens the first one (round 24); so for a list of seasons (夏、秋季降水: 秋, 季降水; round 26) and of
    tenors written with one 期 (1年、3年、10年期国债收益率: 10年, 期国债收益率; round 35); or None."""
    rules = cues()
    for kind in ("ordinal", "season", "kind", "tenor"):  # (round 26: 夏、秋季降水 → 夏季降水; round 27: 吃、穿和用类;
        # round 35: 1年、3年、10年期国债收益率 → 1年期国债收益率)
        ending, opening = rules.pattern(f"list_{kind}_end"), rules.pattern(f"list_{kind}_open")
        if all(ending.search(i) for i in items[:-1]) and (found := opening.match(items[-1])):
            return items[-1][:found.end()], SPACE.sub("", items[-1][found.end():])
    return None


def _owned_tail(items: list[str]) -> tuple[str, str] | None:
    """The last member and the words after it from the first word that measures what an owner holds or spends
    (…经费所占比重, …占比; `list_owned_shares`, `list_owned_amounts`): no member names such a quantity alone, so it is
    every member's; or None. An amount is not shared with members naming a measure of their own (营收和研发经费)."""
    rules = cues()
    shares, amounts = rules.words("list_owned_shares"), rules.words("list_owned_amounts")
    others = [SPACE.sub("", i) for i in items[:-1]]
    words = cut_words(SPACE.sub("", items[-1]))
    for k in range(1, len(words)):
        head, tail = "".join(words[:k]), "".join(words[k:])
        owned = [w for w in (*shares, *amounts) if tail.startswith(w)]
        if not owned:
            continue
        if _members_hold(others, (*shares, *amounts)):
            return None  # (销售费用占比、管理费用占比: members with their own)
        if owned[0] in amounts and _members_measure(others):
            return None
        return head, tail
    return None


def _members_hold(others: list[str], owned: Iterable[str]) -> bool:
    """Some member before the last holds one of the ``owned`` words itself (销售费用占比、管理费用占比): the members
    share none."""
    return any(w in other for other in others for w in owned)


def _members_measure(others: list[str]) -> bool:
    """Some member before the last names a measure of its own (营收和研发经费): an owned amount is not shared with
    it."""
    return any(ends_in_metric_head(o) or o in cues().words("measure_nouns") for o in others)


def _alike_tail(items: list[str]) -> tuple[str, str]:
    """The last member and the words after it that every member shares (第二产业和第三产业增加值增速:
    增加值增速; 中国和印度GDP增速: GDP增速): the other members have as many words as the last one's head,
    and the last one has more. Members of as many words as each other are whole (出口额和进口额)."""
    bound = cues().words("bound_member_chars")
    first = SPACE.sub("", items[0])
    scopes = cues().words("list_scope_openers")
    scope = next((w for w in scopes if first.startswith(w) and len(first) > len(w)), "")
    if scope and len(items) > 1:
        member = first[len(scope):]
        unscoped = _alike_tail([member, *items[1:]])
        if len(member) == 1:
            return unscoped  # (round 26) 国内汽、柴油价格: the scope frames the list; 汽 is the bound member
        if unscoped[1] and all(names_a_stratum(m) or names_a_place(m) for m in (member, unscoped[0])):
            # (round 43) 全省城镇和农村居民人均可支配收入: the scope is no word of the first member's (城镇 is the
            # member, and it shares 居民人均可支配收入) when it and the last member's head so read are strata or
            # places (城镇, 农村); else the list keeps the reading with the scope in it (全县小学、初中和普通高中在校生)
            return unscoped
    last = items[-1].lstrip()
    if all(SPACE.sub("", h) in bound for h in items[:-1]) and last[:1] in bound and len(SPACE.sub("", last)) >= 3:
        return last[0], SPACE.sub("", last[1:])  # 大、中、小型企业PMI; 一、二、三线城市: they share all after them
    segment = cut_words
    heads = [segment(SPACE.sub("", h)) for h in items[:-1]]
    sizes = {len(h) for h in heads}
    words = _split_fused_measure(_split_member_lead(heads, segment(SPACE.sub("", items[-1]))))
    alike = alike_end(heads, words) or _things_tail(items, words)
    if alike is not None:
        own = _own_things(heads, alike[1])  # (round 24: 手机、汽车、太阳能电池产量 → 太阳能电池 | 产量)
        return _closed_member(alike[0] + own, alike[1][len(own):]) if own and len(alike[1]) - len(own) >= 2 else (
            _closed_member(*alike))
    whole = heads  # (the members' words before any are cut to the last member's head, for `_shorter_head`)
    if len(heads) > 1 and all(heads) and len({len(h) for h in heads[1:]}) == 1 and len(heads[0]) > len(heads[1]):
        sizes = {len(heads[1])}  # 重点监测零售企业金银珠宝、通讯器材、服装销售额: the first member opens with the
        heads = [heads[0][-len(heads[1]):], *heads[1:]]  # list's frame; its last words are its own item
    if words and all(heads) and len(words) >= 2 and len(words) <= min(sizes):
        sizes = {len(words) - 1}  # 重点平台家电、数码产品销售额: a member before may open with qualifiers of its own;
        heads = [h[1 - len(words):] for h in heads]  # its last words stand for the last member's head
    if (not words or not all(heads) or len(sizes) != 1 or len(words) <= min(sizes)
            or any(h[-1] == words[-1] for h in heads)):
        return items[-1], ""  # (东能新能源有限公司和康亿创新能源科技有限公司: parallel whole names)
    size = sizes.pop()
    head, tail = words[:size], "".join(words[size:])
    if not heads_alike(heads, head) and (shorter := _shorter_head(whole, words, size)):
        size, words = shorter
        heads, head, tail = [h[-size:] for h in whole], words[:size], "".join(words[size:])
    if not heads_alike(heads, head):
        return items[-1], ""  # (消费和固定资产投资: members that name measures of their own)
    own = _own_things(heads, tail)  # (round 24: 手机、汽车、太阳能电池产量: 电池 is the last member's, not every one's)
    head, tail = [*head, own] if own else head, tail[len(own):]
    measured = cues().before("bracketed_acronym_end", tail)  # (…报价利率（LPR）: the measure)
    last_word = cut_words(measured)[-1] if measured else ""
    if len(measured) < 2 or not names_a_measure(measured, last_word):
        return items[-1], ""  # (长期牛熊最优窗口长度经网格搜索后: a clause, no shared noun)
    return _closed_member("".join(head), tail)


def _shorter_head(heads: list[list[str]], words: list[str], size: int) -> tuple[int, list[str]] | None:
    """(round 29) A shorter head of the last member, of fewer words than ``size``, that is alike the last words of
    every member before it, the rest ending in a metric's head or a rate noun (功能区声环境质量昼间、夜间总达标率:
    夜间 like 昼间, 总达标率 shared; the first member opens with the list's frame), with the last member's words
    split as round 21 splits a compound the head opens (我国城市和农村居民…: 农村|居民); None when there is none
    (消费和固定资产投资 share nothing)."""
    for k in range(min(size, len(words)) - 1, 0, -1):
        own = [h[-k:] for h in heads]
        split = _split_member_lead(own, words)
        tail = "".join(split[k:])
        if (all(len(h) > k for h in heads) and heads_alike(own, split[:k])
                and (ends_in_metric_head(tail) or tail.endswith(tuple(cues().words("rate_nouns"))))):
            return k, split
    return None


def _own_things(heads: list[list[str]], tail: str) -> str:
    """The thing nouns that open the words after a list's last member when every member before it names a whole thing
    of its own (集成电路、笔记本电脑、电工器材、太阳能电池分别出口…; 手机、汽车、太阳能电池产量): in a list of at least
    `thing_list_min_members` members, each one before the last closed by a noun of `thing_member_tags` that qualifies
    nothing (no place, sector, level or group word) and names no measure, those nouns close the last member's name
    (太阳能电池), and only the measure after them is shared (round 24); or "". 小学、初中、高中在校生 (levels) and
    大型、中型企业贷款 (qualifiers) still share the noun, and so do all members the goods noun after the last one
    (`list_shared_goods_nouns`: 超市、便利店和专卖店商品零售额 → 超市商品零售额; round 49, once 超市 is a noun).
    Before a bare price noun (`priced_list_measures`) a list of two is enough (round 42: 鸡蛋和食用植物油价格 →
    食用植物油 | 价格): a price is of the goods named whole."""
    rules = cues()
    last = cut_words(tail)[-1:]
    priced = bool(last) and last[0] in rules.words("priced_list_measures")
    least = rules.setting("priced_list_min_members" if priced else "thing_list_min_members")
    if len(heads) + 1 < least:
        return ""
    tags = pos_tagger().word_tag_tab
    if not all(h and tags.get(h[-1], "") in rules.words("thing_member_tags") and not measure_word(h[-1])
               and h[-1] not in rules.words("list_modifiers") | rules.words("level_members") for h in heads):
        return ""
    own = ""
    categories = rules.words("list_shared_goods_nouns")  # (round 49: 商品 names every member's goods)
    for word in cut_words(tail):
        if (word_class(word) != "n" or measure_word(word) or modifies(word) or ACRONYM.fullmatch(word)
                or word in categories):
            break
        own += word
    return own


def _closed_member(head: str, tail: str) -> tuple[str, str]:
    """The last member and the shared words with a bound word that opens the shared words moved to the member it closes
    (round 22: 1年期和5年期以上LPR → 5年期以上 and LPR), when a measure is still shared after it."""
    closing = longest_start(tail[:max(0, len(tail) - 2)], cues().words("member_closing_words"))  # (2 left after)
    return (head + closing, tail[len(closing):]) if closing else (head, tail)


def _split_fused_measure(words: list[str]) -> list[str]:
    """The last member's words with a measure the dictionary holds fused with the thing before it split off (粮食价格
    → 粮食|价格: `fused_member_measures`), when the thing is a word of its own; else the words unchanged (round 26)."""
    if len(words) != 1:
        return words
    word, known = words[0], jieba_tokenizer().FREQ
    for measure in cues().words("fused_member_measures"):
        stem = word[:len(word) - len(measure)]
        if word.endswith(measure) and stem and known.get(stem) and word_class(stem) == "n":
            return [stem, measure]
    return words


def _split_member_lead(heads: list[list[str]], words: list[str]) -> list[str]:
    """The last member's words with a compound the dictionary holds whole split after the member it opens with
    (城镇和农村居民人均可支配收入: 农村居民 → 农村|居民, so 居民 is shared, as in 城镇居民): the members before are one
    word each, as long as the compound's opening word and alike it (places, groups, sectors), and the rest of the
    compound is a noun of the dictionary (内资和外资企业利润: 外资|企业); else the words unchanged."""
    if len(words) < 2 or not heads or any(len(h) != 1 for h in heads):
        return words
    first, sizes = words[0], {len(h[0]) for h in heads}
    size = sizes.pop() if len(sizes) == 1 else 0
    if not size or len(first) <= size:
        return words
    lead, rest = first[:size], first[size:]
    if len(rest) < 2 and (names_a_place(first) or all(names_a_place(h[0]) for h in heads)):
        # (round 42) 九龙坡|区 after 渝北区: a place's one-character level closes it, no shared noun (汽、柴油: 柴|油
        # still splits); (round 43) so after places the tagger knows the last one of (江阴、张家港: 张家|港 is no
        # place and a noun, 港 no measure the places share)
        return words
    known = jieba_tokenizer().FREQ
    if not known.get(lead) or not known.get(rest) or word_class(rest) != "n" or not heads_alike(heads, [lead]):
        return words
    return [lead, rest, *words[1:]]


def _things_tail(items: list[str], words: list[str]) -> tuple[str, str] | None:
    """The last member's thing and the measure after it when every member names one thing (限额以上零售业单位中的
    超市、便利店、专业店和专卖店零售额): members of one word or of a compound the dictionary lacks (专业店), the
    first one after the list's frame; or None."""
    if len(words) < 2:
        return None
    head, tail = words[0], "".join(words[1:])
    if word_class(head) != "n" or measure_word(head) or len(tail) < 2 or not ends_in_metric_head(tail):
        return None
    # (round 26: 充换电服务业和互联网数据服务用电量: the last thing's name runs on over its nouns, up to as many words
    # as a member's before it has; 超市、便利店和专卖店商品零售额 still shares 商品)
    longest = max(len(cut_words(SPACE.sub("", i))) for i in items[:-1])
    for k in range(1, min(len(words) - 1, longest)):
        rest = "".join(words[k + 1:])
        # (round 27: 粮油食品类、服装鞋帽针纺织品类和汽车类商品零售额: a word every member before ends in closes it)
        closes = all(SPACE.sub("", i).endswith(words[k]) for i in items[:-1])
        if ((word_class(words[k]) != "n" and not closes) or measure_word(words[k]) or len(rest) < 2
                or not ends_in_metric_head(rest)):
            break
        head, tail = head + words[k], rest
        if closes:
            break
    segment = cut_words
    first = segment(SPACE.sub("", items[0]))
    members = [SPACE.sub("", i) for i in items[1:-1]]
    if not first or not all(is_thing(m) for m in members) or not (is_thing("".join(first)) or is_thing(first[-1])):
        return None
    return head, tail


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
