"""The kind a list member or its measure names, and members alike in kind (the things a list counts)."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.context import Governing
from pipeline.extract.claim_metric.words import (
    ACRONYM,
    cut_words,
    ends_in_metric_head,
    measure_word,
    modifies,
    names_a_measure,
    names_any_measure,
    names_measure,
    word_class,
)
from pipeline.nlp.jieba_dict import pos_tagger


def kind_in_measure(part: str, whole: str, counted: bool) -> bool:
    """A kind of the whole's thing measured by the whole's measure word (其中火电 of 全省发电量, a value not counted
    in a measure word): the part names no measure, so it is a member sharing the measure, not a metric of its own,
    as 其中发明专利62项 of 专利 is (round 26)."""
    words = cut_words(whole)
    return (not counted and bool(words) and ends_in_metric_head(words[-1]) and len(words[-1]) > 1
            and not names_any_measure(part))


def level_member(part: str, unit: str) -> bool:
    """A bare level, place or ownership word (`level_members`: 中学, 城镇, 公办) counted in people: it names no people
    of its own, only which of the whole's it counts (round 22). A kind of school or health facility (`roll_owner_ends`:
    其中，普通本科学校131.58万人 of 专任教师; 医院38.8亿人次 of 总诊疗量) is counted in 所 or 个, never in people, so it
    too is a member sharing the whole's people (round 37)."""
    rules = cues()
    return unit in rules.words("level_member_measures") and (
        part in rules.words("level_members") or kind_of_roll(part))


def kind_of_roll(part: str) -> bool:
    """The part names a kind of school or health facility (普通本科学校, 医院: it ends in a `roll_owner_ends` word)."""
    return part.endswith(tuple(cues().words("roll_owner_ends")))


def level_member_core(head: str, governing: Governing, unit: str) -> str:
    """The people a bare level, place or ownership member counts (其中中学1757人，小学1862人 of 专任教师): the whole's
    measure the member before it shared, when both are such words (`level_members`) and the count is of people
    (round 22); or ""."""
    if not level_member(head, unit) or not governing.core:
        return ""
    before = governing.subject[:-len(governing.core)] if governing.subject.endswith(governing.core) else ""
    return governing.core if level_member(before, unit) and before != head else ""


def repeats_act(part: str, whole: str) -> bool:
    """The part repeats the verb of the whole's act (其中新增企业 of 新增市场主体, 其中制造业新设外企 of
    全国新设外商投资企业数量): it states the same act of its own kind, a measure of its own, not a member given the
    whole's."""
    verbs = cues().words("verb_tags")
    return any(w.flag in verbs and w.word in whole for w in pos_tagger().lcut(part) if w.word.strip())


def names_counted_kind(part: str, unit: str = "") -> bool:
    """A counted subset that names a kind of thing (其中医院128个 of 医疗卫生机构, 其中企业21.3万户 of 市场主体,
    其中火灾74.5万起 of 各类警情): what a count's measure word counts is the noun before it, so the subset's noun is
    its own metric. A part that only qualifies (places, sectors, groups: 其中农村500起, 其中男性…) is a member sharing
    the whole's. A bare level, place or ownership word (`level_members`: 其中中学1757人 of 专任教师) under a count of
    people names no people of its own: a member sharing the whole's (round 22)."""
    if level_member(part, unit):
        return False
    words = [w for w in pos_tagger().lcut(part) if w.word.strip()]
    nouns = cues().words("noun_tags")
    return any(w.flag in nouns for w in words) and not all(modifies(w.word) for w in words)


def counts_own_kind(part: str, whole: str, unit: str) -> bool:
    """A counted member that names a kind of the thing the whole counts (全国共有幼儿园29.48万所。其中，普惠性幼儿园
    24.47万所; 普通高中…，其中民办普通高中…): it names what its own count counts, so it keeps its own metric, as
    其中发明专利 of 专利 does (round 22). Only for a count in a measure word: 国有大型商业银行不良贷款率…，
    股份制商业银行为… shares the rate."""
    rules = cues()  # (a whole named by its count word, 企业数量, gives the member it: 科技型中小企业数量)
    return (unit in rules.words("counting_measures") and not rules.pattern("count_measure_end").search(whole)
            and kind_of(part, whole))


def counts_apart(governing: Governing, unit: str) -> bool:
    """A counted entity after a count that shares nothing with it (注册护士1245人。其中乡镇卫生院17个; 小学294所，
    幼儿园65所): the figure before counts in another measure word, or names only the things it counts, one word with
    no measure (小学), so the entity names what its own count counts (round 22). 县人民医院有床位300张，县中医院100张
    and 北京高校92所，上海64所 still share what the entity has. Round 38: a count after an amount
    (合计募集资金3565亿元。其中，科创板上市67家; 募资1439亿元；创业板上市110家) shares nothing with it either: a
    count is no part of money, so the entity names what its own count counts (科创板上市, not
    科创板上市合计募集资金); a change in % may be of anything."""
    counting = cues().words("counting_measures")
    if unit not in counting:
        return False
    if governing.unit not in counting:
        return bool(governing.unit) and governing.unit not in cues().words("relative_units")
    if governing.unit != unit:
        return True
    words = cut_words(governing.core)
    return governing.core == governing.subject and len(words) == 1 and not names_measure(words)


def rate_apart(governing: Governing, unit: str) -> bool:
    """(round 43) An amount after the level of a rate or share (补助资金用于产业发展的比重超过50%，脱贫人口人均实现产业
    增收2200元): no rate measures an amount, so a parallel head before it takes no rate's measure (脱贫人口人均产业增收,
    not …产业发展的比重增收). A change in % before (营业收入增长5%，其中制造业1000亿元) still lends its measure; so
    does a rate to a value in a relative unit (城镇化率65%，北京87%)."""
    relative = cues().words("relative_units")
    return governing.unit in relative and not governing.change and bool(unit) and unit not in relative


def repeats_measure(part: str, whole: str) -> bool:
    """The part ends in words of the whole's measure (制造业实际使用外资 of 全省实际使用外资金额, 内地居民出入境 of
    全国口岸出入境人员): it names its own measure, not a member (其中高铁 of 全国铁路营业里程 shares no such run)."""
    size = cues().setting("subset_shared_chars")
    return len(part) > size and part[-size:] in whole


def names_measured_thing(part: str, whole: str) -> bool:
    """(round 37 mend) The part ends in the thing the whole's measure word measures (航空货运 of 货运量, 民航客运 of
    客运量): the whole's word is the part's last word with a measure's head after it, so the part is that measure's own
    kind (航空货运增长 is its 货运量's change), not a member to glue the measure to (not 航空货运货运量). 水运 of
    货运量 names no such word and stays a member."""
    words = cut_words(part)
    last = words[-1] if words else ""
    return len(last) > 1 and any(w != last and w.startswith(last) and ends_in_metric_head(w) for w in cut_words(whole))


def kind_of(part: str, whole: str) -> bool:
    """The part names a kind of the thing the whole names (发明专利 of 专利, 重大事件 of 突发环境事件, 有限售条件股份 of
    总股本, 女生 of 学生): their head words share a character. A whole that counts its things (规模以上工业企业数量)
    names them before its count word, so 大型企业 and 产值超百亿元企业 are kinds of them (round 18). A whole that
    spends or puts in its things (研究与试验发展经费支出, 研发经费投入) names them before that word, so
    基础研究经费 is a kind of them (round 23)."""
    rules = cues()
    size = rules.setting("head_word_chars")
    counted = rules.pattern("count_measure_end").sub("", whole) or whole
    spent = rules.pattern("spending_measure_end").sub("", whole) or whole  # (round 23: 基础研究经费 of …经费支出)
    return bool(part) and any(set(part[-size:]) & set(named[-size:]) for named in (counted, spent))


def is_thing(member: str) -> bool:
    """A list member that names one thing: a word of `list_thing_member_classes` naming no measure, a compound the
    dictionary lacks whose words are all nouns (专业店), or (round 45) a thing named in Latin letters (SUV:
    ``latin_thing``)."""
    rules = cues()
    tag = pos_tagger().word_tag_tab.get(member)
    if ends_in_metric_head(member) or member in rules.words("measure_nouns"):
        return False
    if latin_thing(member):
        return True  # (round 45: SUV, MPV, named in Latin letters)
    if tag is not None:
        return tag in rules.words("list_thing_member_classes")
    parts = cut_words(member)
    if len(parts) > 2 and parts[-1] in rules.words("thing_category_words"):
        parts = parts[:-1]  # (round 26: 禽肉类, 水产品类: a category of one thing)
    elif len(parts) == 2 and parts[-1] in rules.words("thing_category_words"):
        return word_class(parts[0]) == "n" and not measure_word(parts[0])
    return len(parts) > 1 and all(word_class(w) == "n" and not measure_word(w) for w in parts)


def alike_end(heads: list[list[str]], words: list[str]) -> tuple[str, str] | None:
    """The last member and the shared words after it when the members before it end alike (采矿业、制造业、
    电力热力燃气及水生产和供应业增加值: …业; 全国第一产业、第二产业、第三产业增加值: …产业): the last member ends where
    that common ending last closes within it, however many words it or the first member has; or None.

    The ending is what the members before the last have in common at their end (their last word when only
    one stands before it), so members that name measures of their own (消费和固定资产投资) share nothing."""
    if not heads or not all(heads) or len(words) < 2:
        return None
    if len(heads) == 1:
        ending = heads[0][-1]
    else:
        ending = "".join(heads[0])
        for other in heads[1:]:  # the longest ending they all share
            text = "".join(other)
            while ending and not text.endswith(ending):
                ending = ending[1:]
    if not ending or any(h[-1] == words[-1] for h in heads):
        return None
    for k in range(len(words) - 1, 0, -1):
        head, tail = "".join(words[:k]), "".join(words[k:])
        if head.endswith(ending) and len(head) > len(ending):
            if len(tail) >= 2 and names_a_measure(tail, words[-1]):
                return head, tail
            return None
    return None


def heads_alike(heads: list[list[str]], head: list[str]) -> bool:
    """The members before the last and the last one's head are of one kind, so what follows is theirs to
    share: they end alike (大型银行/中型银行), all qualify (places, names, attributives, sectors: 中国/印度,
    城镇/农村), or have the same word classes and name no measure themselves (居民/企业贷款, 黄金/白银价格;
    not 消费/固定资产投资, 工业增加值/社会消费品零售总额)."""
    if all(words_end_alike(h[-1], head[-1]) for h in heads):
        return True
    every_word = [*head, *(w for h in heads for w in h)]
    if all(modifies(w) for w in every_word) or _qualified_alike(heads, head):
        return True
    shape = [word_class(w) for w in head]
    if all([word_class(w) for w in h] == shape for h in heads) and not any(map(_names_own_measure, every_word)):
        return True
    return _alike_things(heads, head)


def words_end_alike(word: str, other: str) -> bool:
    """Two words that end alike: the same word, or Chinese words with the same last character (大型银行/中型银行,
    采矿业/制造业). A word in Latin letters is compared whole (round 46 tidy): GMV and SUV share a letter, no head;
    a letter is no Chinese word's head character."""
    if word == other:
        return True
    return word[-1:] == other[-1:] and not _latin_word(word) and not _latin_word(other)


def _latin_word(word: str) -> bool:
    """A word written in Latin letters only (SUV, GMV, iPhone)."""
    return word.isascii() and word.isalpha()


def _qualified_alike(heads: list[list[str]], head: list[str]) -> bool:
    """Members that each open with the same qualifier (`list_shared_qualifier_tags`: 在线旅游、在线文娱…) and have as
    many words as the last one's head are of one kind: the qualifier makes a sector of a verbal noun after it (在线
    旅游, 在线教育), no measure of its own (round 29). A metric head or measure noun among them (国有企业营业收入)
    still names a measure of its own."""
    rules = cues()
    opener = head[0] if len(head) > 1 else ""
    if (not opener or pos_tagger().word_tag_tab.get(opener, "") not in rules.words("list_shared_qualifier_tags")
            or not all(len(h) == len(head) and h[0] == opener for h in heads)):
        return False
    return not any(ends_in_metric_head(w) or w in rules.words("measure_nouns")
                   for w in (*head[1:], *(w for h in heads for w in h[1:])))


def _alike_things(heads: list[list[str]], head: list[str]) -> bool:
    """One-word members naming things, as the last member's noun does (超市、便利店、百货店零售额): the word class of a
    member before it may differ by the tagger's verb reading of a thing (超市/v) or be a compound it does not know
    (专业店: a noun), never name a measure (a verbal noun such as 消费, 投资, a metric head, a measure noun, or (round
    46 tidy) an acronym no kind of goods, GMV, ASP: the tagger knows it no more than SUV, which read it as a noun)."""
    rules = cues()
    if len(head) != 1 or not (word_class(head[0]) == "n" or latin_thing(head[0])) or measure_word(head[0]):
        return False
    tags = pos_tagger().word_tag_tab
    classes = rules.words("list_thing_member_classes")
    return all(len(h) == 1 and tags.get(h[0], "n") in classes and not ends_in_metric_head(h[0])
               and h[0] not in rules.words("measure_nouns") and not _measure_acronym(h[0]) for h in heads)


def _names_own_measure(word: str) -> bool:
    """A word naming a measure of its own: a measure word, or (round 45 mend) an acronym no kind of goods (ASP, ARPU:
    an indicator, though the tagger knows it no more than SUV, so both have the same empty word class)."""
    return measure_word(word) or _measure_acronym(word)


def _measure_acronym(word: str) -> bool:
    """An acronym that is no kind of goods (GDP, ASP, GMV): an indicator (`_names_own_measure`)."""
    return bool(ACRONYM.fullmatch(word)) and not latin_thing(word)


def latin_thing(word: str) -> bool:
    """(round 45) A word of capitals (`latin_kind_word`) naming a kind of goods (`latin_kind_words`: SUV, MPV, PC): a
    thing as a Chinese noun is. An allow-list, as any other acronym names a measure of its own (GDP, ASP, ARPU),
    and a product misread as a measure is the safer miss."""
    rules = cues()
    return bool(rules.pattern("latin_kind_word").fullmatch(word)) and word in rules.words("latin_kind_words")
