"""The shared words a list's likeness gives (`_alike_tail`): members with as many words as the last member's head,
their things and measures, the last member's words split where the dictionary fuses them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE
from pipeline.extract.claim_metric.kinds import alike_end, heads_alike, is_thing, words_end_alike
from pipeline.extract.claim_metric.words import (
    ACRONYM,
    cut_words,
    ends_in_metric_head,
    longest_start,
    measure_word,
    modifies,
    names_a_measure,
    names_a_place,
    names_a_stratum,
    word_class,
)
from pipeline.nlp.jieba_dict import jieba_tokenizer, pos_tagger


def _alike_tail(items: list[str]) -> tuple[str, str]:
    """The last member and the words after it that every member shares (第二产业和第三产业增加值增速:
    增加值增速; 中国和印度GDP增速: GDP增速): the other members have as many words as the last one's head,
    and the last one has more. Members of as many words as each other are whole (出口额和进口额). The special cases
    (`_ALIKE_CASES`) are tried in turn first; then the members' words (`_Likeness`) are read for a likeness at their
    ends (`_end_alike_tail`), else for heads alike the last member's head (`_head_alike_tail`)."""
    for case in _ALIKE_CASES:
        if (found := case(items)) is not None:
            return found
    likeness = _likeness(items)
    return _end_alike_tail(likeness) or _head_alike_tail(likeness)


def _scope_opened_tail(items: list[str]) -> tuple[str, str] | None:
    """The list read without the scope word its first member opens with (`list_scope_openers`), when the scope frames
    the whole list: a bound one-character member after it (round 26: 国内汽、柴油价格: 汽 is the bound member), or
    strata or places sharing the words after them (round 43); None otherwise."""
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
    return None


def _bound_chars_tail(items: list[str]) -> tuple[str, str] | None:
    """Members before the last that are bound characters, the last one opening with one (大、中、小型企业PMI;
    一、二、三线城市): they share all after the last one's character; None otherwise."""
    bound = cues().words("bound_member_chars")
    last = items[-1].lstrip()
    if all(SPACE.sub("", h) in bound for h in items[:-1]) and last[:1] in bound and len(SPACE.sub("", last)) >= 3:
        return last[0], SPACE.sub("", last[1:])  # 大、中、小型企业PMI; 一、二、三线城市: they share all after them
    return None


@dataclass(frozen=True)
class _Likeness:
    """A list's items with the words of each member before the last (``heads``) and the last member's words
    (``words``: split where the dictionary fuses a member and a shared word): what the likeness stages compare."""

    items: list[str]
    heads: list[list[str]]
    words: list[str]


def _likeness(items: list[str]) -> _Likeness:
    """The members' words, cut once for the likeness stages."""
    segment = cut_words
    heads = [segment(SPACE.sub("", h)) for h in items[:-1]]
    words = _split_fused_measure(_split_member_lead(heads, segment(SPACE.sub("", items[-1]))))
    return _Likeness(items, heads, words)


def _end_alike_tail(likeness: _Likeness) -> tuple[str, str] | None:
    """The last member and the shared words when the members end alike (`alike_end`) or each names one thing
    (`_things_tail`), a last member's own thing nouns kept its own (round 24: 手机、汽车、太阳能电池产量 → 太阳能电池 |
    产量); None otherwise."""
    heads = likeness.heads
    alike = alike_end(heads, likeness.words) or _things_tail(likeness.items, likeness.words)
    if alike is None:
        return None
    own = _own_things(heads, alike[1])  # (round 24: 手机、汽车、太阳能电池产量 → 太阳能电池 | 产量)
    return _closed_member(alike[0] + own, alike[1][len(own):]) if own and len(alike[1]) - len(own) >= 2 else (
        _closed_member(*alike))


def _fitted_heads(heads: list[list[str]], words: list[str]) -> tuple[list[list[str]], set[int]]:
    """The members' heads and their sizes in words, fitted to the last member's: a first member opening with the
    list's frame, or members before the last opening with qualifiers of their own, keep only their last words."""
    sizes = {len(h) for h in heads}
    if len(heads) > 1 and all(heads) and len({len(h) for h in heads[1:]}) == 1 and len(heads[0]) > len(heads[1]):
        sizes = {len(heads[1])}  # 重点监测零售企业金银珠宝、通讯器材、服装销售额: the first member opens with the
        heads = [heads[0][-len(heads[1]):], *heads[1:]]  # list's frame; its last words are its own item
    if words and all(heads) and len(words) >= 2 and len(words) <= min(sizes):
        sizes = {len(words) - 1}  # 重点平台家电、数码产品销售额: a member before may open with qualifiers of its own;
        heads = [h[1 - len(words):] for h in heads]  # its last words stand for the last member's head
    return heads, sizes


def _head_alike_tail(likeness: _Likeness) -> tuple[str, str]:
    """The last member and the shared words when the members' heads, as many words each as the last member's head,
    are alike it (or a shorter head is: `_shorter_head`) and a measure is shared after them; the last member whole
    and nothing shared otherwise."""
    items, words = likeness.items, likeness.words
    whole = likeness.heads  # (the members' words before any are cut to the last member's head, for `_shorter_head`)
    heads, sizes = _fitted_heads(likeness.heads, words)
    if (not words or not all(heads) or len(sizes) != 1 or len(words) <= min(sizes)
            or any(words_end_alike(h[-1], words[-1]) for h in heads)):
        # (东能新能源有限公司和康亿创新能源科技有限公司: parallel whole names; round 50: so are members whose last words
        # end alike, 国内消费税、企业所得税: 税 closes each, nothing is shared, not 国内消费税所得税)
        return items[-1], ""
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
    priced = bool(last) and last[0] in rules.words("goods_list_measures")  # (round 49: or an output noun, 产量)
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


# The special cases of `_alike_tail`, tried in turn on the items before the members' words are compared: a scope
# word framing the whole list, a run of bound characters.
_ALIKE_CASES: tuple[Callable[[list[str]], tuple[str, str] | None], ...] = (_scope_opened_tail, _bound_chars_tail)
