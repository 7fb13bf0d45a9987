"""The words after a list's last member that every member shares (`_shared_tail`): the first reading by ordinal or
likeness (`list_alike`), its special cases, and the readers tried in turn when no words are shared."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.cleaning import SPACE
from pipeline.extract.claim_metric.list_alike import _alike_tail
from pipeline.extract.claim_metric.words import (
    ACRONYM,
    cut_words,
    ends_in_metric_head,
    measure_word,
    names_a_measure,
    names_any_measure,
    names_measure,
    nominal,
    word_class,
)
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.jieba_dict import jieba_tokenizer, tag_of


@dataclass(frozen=True)
class _TailReading:
    """A list's items with the first reading of its last member and the words every member shares (by ordinal or
    likeness, closed at a trade's category end): the state each special case of `_shared_tail` reads."""

    items: list[str]
    last: str
    tail: str


def _first_reading(items: list[str]) -> _TailReading:
    """The first reading of the shared words: the ordinal a list of ordinals ends in, else the members' likeness
    (`_alike_tail`), with the last member run to a trade's category end (`_category_closed`)."""
    return _TailReading(items, *_category_closed(items, *(_ordinal_tail(items) or _alike_tail(items))))


def _residual_case(reading: _TailReading) -> tuple[str, str] | None:
    """(round 42) A last member that joins the rest of the set (及其他…) keeps its words when the first reading shared
    them (货物贸易、服务贸易及其他经常项目: the last member's own), or shares only the measure word closing it when
    the first reading shared nothing (round 42 mend: 商品零售、餐饮及其他服务收入: 收入 closes the member jieba reads
    whole); None when no such member or neither holds."""
    items, tail = reading.items, reading.tail
    residual = cues().pattern("list_residual_tail").search(SPACE.sub("", items[-1]))
    if residual and len(tail) >= len(SPACE.sub("", items[-1])) - residual.start():
        return _residual_measure(items, residual)
    if residual and not tail and (measured := _residual_measure(items, residual))[1]:
        return measured
    return None


def _whole_names_case(reading: _TailReading) -> tuple[str, str] | None:
    """(round 23) Members that each end in a body's head (上海市浦东新区人民法院、杭州互联网法院: 法院) are whole names,
    each with its own head: nothing is shared. None otherwise."""
    heads = tuple(head for head, _ in org_resources().heads)  # what ends a body's name (法院, 银行)
    if reading.tail.endswith(heads) and all(SPACE.sub("", i).endswith(heads) for i in reading.items[:-1]):
        return reading.items[-1], ""
    return None


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
    closing = cues().words("goods_list_measures") | spent  # (round 49: or an output noun, 产量)
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


def _changed_tail(items: list[str]) -> tuple[str, str] | None:
    """(round 50) The last member and the change closing it (出口和进口下降，分别为5%和3%: 进口, 下降; 工业和服务业
    同比增长…: 服务业, 同比增长) when no member before it names a change of its own: the change is every member's, as
    a shared measure is (was `出口`, `进口下降`); or None. Only whole words of the last member after at least one of
    its own, all of them change words (`change_words`)."""
    change = cues().pattern("change_words")
    if any(change.search(SPACE.sub("", i)) for i in items[:-1]):
        return None
    words = cut_words(SPACE.sub("", items[-1]))
    for k in range(1, len(words)):
        if all(change.fullmatch(w) for w in words[k:]):
            return "".join(words[:k]), "".join(words[k:])
    return None


# The special cases of the first reading, tried in turn: the first that answers gives the last member and the tail.
_TAIL_CASES: tuple[Callable[[_TailReading], tuple[str, str] | None], ...] = (_residual_case, _whole_names_case)

# When the first reading shares nothing, the readers tried in turn on the items (each None when it does not hold):
# the measure the last member's words open (round 27), a quantity an owner holds (…占比, …参保人数), a price or
# spending noun closing the last member (rounds 45 and 47), a change closing it (round 50).
# (Each reader checks again, in its own terms, that no member before the last names a measure of its own, as
# `_owned_head_end` does for shared words: `_opened_tail` by `names_any_measure`, `_owned_tail` (for an amount) and
# `_priced_tail` by `_members_measure`. The terms differ (`names_any_measure`: a measure word anywhere in the member;
# `_members_measure`: a metric head closing it or a measure noun whole), so the checks are not folded into one.)
_UNSHARED_READERS: tuple[Callable[[list[str]], tuple[str, str] | None], ...] = (
    _opened_tail, _owned_tail, _priced_tail, _changed_tail)


def _shared_tail(items: list[str]) -> tuple[str, str]:
    """The last member and the words after it that every member shares: by the members' likeness
    (`_alike_tail`), else from a word that measures what an owner holds (`_owned_tail`). The first reading's special
    cases (`_TAIL_CASES`) come first; shared words then give a joined noun and an owned amount back to the last member
    (`_joined_tail`, `_owned_head_end`), none are tried by `_UNSHARED_READERS` in turn; either way a spending's
    activity moves into the shared words (`_spending_activity_tail`)."""
    reading = _first_reading(items)
    for case in _TAIL_CASES:
        if (found := case(reading)) is not None:
            return found
    last, tail = reading.last, reading.tail
    if tail:
        return _spending_activity_tail(items, *_owned_head_end(items, *_joined_tail(last, tail)))
    read = next((found for reader in _UNSHARED_READERS if (found := reader(items))), (last, tail))
    return _spending_activity_tail(items, *read)
