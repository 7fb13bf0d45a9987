"""The owner of a list's members: the owner said before a word naming two measures (compound_owner) or in a topic
frame, and the first member's owner given to later members that are bare measures (`_owned_measures`)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE, clean
from pipeline.extract.claim_metric.list_scopes import _FRAME_REACH
from pipeline.extract.claim_metric.words import (
    cut_words,
    longest_end,
    measure_word,
    names_a_region,
    names_any_measure,
    names_measure,
    nominal,
    verbs_qualify,
    without_measure_qualifier,
)
from pipeline.nlp.jieba_dict import pos_tagger, tag_of


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


def framed_flow(metric: str, before: str) -> str:
    """(round 50) A bare trade flow (进口, 出口, 进出口, with a total's adverb and a change: 共进口, 出口增长;
    `topic_framed_flow`) under a topic frame opening the sentence that names a thing (谷物方面，上半年共进口… →
    谷物进口): the thing is the flow's owner, as round 36's frame owns a word of two measures (`_frame_owner`: no
    aspect, party or the trade itself, 进口方面; no time frame or pronoun). ``before``: the sentence up to the value.
    "" when the metric is no bare flow or no such frame opens the sentence."""
    flow = cues().pattern("topic_framed_flow").fullmatch(metric)
    if not flow:
        return ""
    sentence = before[max(before.rfind(mark) for mark in "。！？!?") + 1:]  # (the frame opens this sentence)
    owner = _frame_owner(sentence[:_FRAME_REACH])
    return owner + flow["flow"] + flow["rest"] if owner and not names_any_measure(owner) else ""


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
    with none (出口额和进口额, 营收和净利润), stay as they are (round 26). A later member that is the tail of the
    first's measure takes the first's entity (`_measure_tail_owner`); else the owner readers of `_OWNER_READERS` are
    tried in turn, the first owner found taken."""
    first = SPACE.sub("", items[0])
    owned = [items[0]]
    for item in items[1:]:
        bare = SPACE.sub("", item)
        tail_owned = _measure_tail_owner(first, bare)
        if tail_owned is not None:
            owned.append(tail_owned + bare if tail_owned else item)
            continue
        owner = next((found for reader in _OWNER_READERS if (found := reader(first, bare))), "")
        owned.append(owner + bare if owner and not bare.startswith(owner) else item)
    return owned


def _word_ends(text: str) -> set[int]:
    """Where the words of jieba's cut of ``text`` end (the cached cut: each later member asks again)."""
    return set(itertools.accumulate(len(w) for w in cut_words(text)))


def _measure_tail_owner(first: str, bare: str) -> str | None:
    """(round 31) The entity before the first member's measure when the later member is that measure's tail
    (核心一级资本充足率、一级资本充足率和资本充足率: the tail of the first's measure is a measure of its own, as round
    20 reads it in a run of clauses; only the first's entity owns it: 长安银行…), "" when there is none; None when
    the later member is no such tail (the owner readers then try it)."""
    if len(first) > len(bare) and first.endswith(bare) and len(first) - len(bare) in _word_ends(first):
        return without_measure_qualifier(first[:len(first) - len(bare)])
    return None


def _opening_word_owner(first: str, bare: str) -> str:
    """The owner before the word of the first member's measure that the later member opens with (邮政业业务总量 and
    业务收入 → 邮政业), less a word that says which account the first is (round 29: 公司营业利润、利润总额: 营业 is an
    account's kind and owns no later member; the owner before it, 公司, still does); or ""."""
    size = cues().setting("head_word_chars")
    at = first.find(bare[:size], 1) if len(bare) > size else -1
    owner = first[:at] if at in _word_ends(first) and names_measure([bare]) else ""
    kind = next((w for w in cues().words("account_kind_leads") if owner.endswith(w)), "")
    return owner[:len(owner) - len(kind)]


def _alike_word_owner(first: str, bare: str) -> str:
    """The words before the first member's last measure word when the later member is one dictionary word of a
    measure ending as it does (新能源汽车产量和销量: 销量 like 产量 → 新能源汽车), those words a noun phrase naming no
    measure; or ""."""
    tags = pos_tagger().word_tag_tab
    rest = first[len(first) - len(bare):]
    if (len(first) > len(bare) and bare in tags and rest in tags and bare[-1:] == rest[-1:]
            and measure_word(bare) and measure_word(rest)):
        lead = first[:len(first) - len(bare)]
        return lead if nominal(cut_words(lead)) and not names_any_measure(lead) else ""
    return ""


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



# The owner readers `_owned_measures` tries in turn on (first member, later member), each "" when it does not hold:
# the owner before the measure word the later member opens with, before a measure word alike the later member, a
# pair's partner (一般公共预算收入和支出 → 一般公共预算支出: round 28; the pair vouches for the owner, a budget
# included), an account's owner (上市公司营收、净利润 → 上市公司净利润: round 46), an act's owner
# (国内航线运输总周转量、旅客运输量 → 国内航线旅客运输量: round 48).
_OWNER_READERS: tuple[Callable[[str, str], str], ...] = (
    _opening_word_owner, _alike_word_owner, _partner_owner, _account_owner, _act_owner)
