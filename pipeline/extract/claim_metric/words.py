"""Word segmentation and what words name: nouns, measures, places, entities and qualifiers of a phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pipeline.chars import is_han
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.context import Governing
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import jieba_tokenizer, pos_tagger, tag_of

ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")  # GDP, CPI, M2: an indicator named by its acronym


def has_noun(phrase: str, words: list[Word]) -> bool:
    """The phrase names a thing: it holds a noun (by POS), ends in a metric's head word (…率, …额,
    规模: jieba tags traditional-Chinese words poorly) or names a category (居住类: 居住 is a verb to jieba)."""
    rules = cues()
    noun_tags = rules.words("noun_tags")
    if len(phrase) < 2:  # (round 24: 铜260万吨 in a list of imports: a one-character commodity names a thing)
        return phrase in rules.words("single_character_goods")
    return bool(rules.pattern("metric_head").search(phrase) or rules.pattern("metric_lead").search(phrase)
                or rules.pattern("category_member").search(phrase)
                or rules.pattern("livestock_measure").fullmatch(phrase)  # (round 39: 牛|出栏, one-character animal)
                or rules.pattern("market_short_name").search(phrase)) or any(  # (round 22: 沪|指涨, 深股|通净 split)
        len(run) >= 2 and (run in phrase or (len(phrase) >= 2 and run.startswith(phrase)))
        for run in _noun_runs(words, noun_tags))


def ends_in_market_name(phrase: str) -> bool:
    """The phrase ends in a stock index's short name or a Stock Connect channel (沪指, 深成指, 沪股通): the measure a
    market wrap gives a level, a change or a flow for (round 22)."""
    return any(m.end() == len(phrase) for m in cues().pattern("market_short_name").finditer(phrase))


def _noun_runs(words: list[Word], noun_tags: list[str]) -> list[str]:
    """The noun words and the runs of adjacent nouns one of which is a single character: the tagger splits a short
    name (沪|指, 沪|指报, 深成|指), which names a thing as a two-character noun does (round 20: an index that opens
    its own clause takes no subject carried from the clause before)."""
    runs: list[str] = []
    run, last = "", ""
    for word in words:
        text = word.text.strip()
        if word.tag not in noun_tags or not text:
            run = last = ""
            continue
        run = run + text if run and (len(text) == 1 or len(last) == 1) else text
        last = text
        runs.extend([text, run] if run != text else [text])
    return runs


def longest_end(text: str, words: Iterable[str]) -> str:
    """The longest of ``words`` ``text`` ends with, or "" (round 40 tidy: one helper for the sorted-list idiom; two
    ends of one length are the same word, so the answer is one whatever the order of ``words``)."""
    return max((w for w in words if text.endswith(w)), key=len, default="")


def longest_start(text: str, words: Iterable[str]) -> str:
    """The longest of ``words`` ``text`` starts with, or "" (as `longest_end`, at the other end)."""
    return max((w for w in words if text.startswith(w)), key=len, default="")


def common_start(texts: Iterable[str]) -> int:
    """How many opening characters all ``texts`` share (round 43 mend: one helper for the lists' shared opening, the
    checks' sibling labels and a data set's shared measure); 0 for no texts."""
    texts = list(texts)
    if not texts:
        return 0
    size = min(len(t) for t in texts)
    return next((k for k in range(size) if len({t[k] for t in texts}) > 1), size)


def common_end(texts: Iterable[str]) -> int:
    """How many closing characters all ``texts`` share (as `common_start`, at the other end)."""
    return common_start(t[::-1] for t in texts)


def cut_words(text: str) -> list[str]:
    """jieba's words of ``text``, segmented once per text (round 32: every value of a one-line list segmented the
    subject it shares, the whole list before it, again: n² on a line of n values)."""
    return list(_segmented(jieba_tokenizer(), text))


def closes_on_word(text: str, word: str) -> bool:
    """(round 46 mend) ``text`` ends on ``word`` as a word of its own, as jieba cuts it: a frame word (中) closing a
    group (15个热点城市|中), not the last character of a word (32所|高中, 58个|集中式)."""
    words = [w for w in cut_words(text.rstrip()) if w.strip()]
    return bool(words) and words[-1] == word


def word_spans(text: str) -> Iterable[tuple[str, int, int]]:
    """`cut_words` of ``text`` with their spans, as jieba's ``tokenize`` gives them (round 40 tidy: not cut again)."""
    start = 0
    for word in cut_words(text):
        yield word, start, start + len(word)
        start += len(word)


@lru_cache(maxsize=256)
def _segmented(tokenizer: Any, text: str) -> tuple[str, ...]:
    """`cut_words` of ``text`` by ``tokenizer`` (a tuple: threads may share it)."""
    return tuple(tokenizer.lcut(text))


def nominal(words: list[str]) -> bool:
    """The words form a noun phrase: no verb, adverb, preposition or conjunction (not 共拥有专利, 关键是TFP)."""
    tags = pos_tagger().word_tag_tab
    clause_tags = cues().words("verb_tags") | cues().words("clause_word_tags")
    return bool(words) and not any(tags.get(w, "") in clause_tags for w in words)


def verbs_qualify(words: list[str]) -> bool:
    """Each verb of the words only qualifies the noun right after it (就业|人员, 在岗|职工: a group, no act), and no
    adverb, preposition or conjunction stands among them: a noun phrase jieba splits into a verb and a noun, not a
    clause (实现|营业收入: the verb's object is a measure; 新增|就业: two verbs)."""
    rules = cues()
    tags = pos_tagger().word_tag_tab
    verbs, clause = rules.words("verb_tags"), rules.words("clause_word_tags")
    for at, word in enumerate(words):
        tag = tags.get(word, "")
        if tag in clause:
            return False
        if tag in verbs:
            after = words[at + 1] if at + 1 < len(words) else ""
            if (not after or tags.get(after, "") not in rules.words("noun_tags") or measure_word(after)
                    or rules.pattern("metric_head").search(after)):
                return False
    return True


def names_measure(words: list[str]) -> bool:
    """The noun phrase names a measure (孕产妇死亡率, PM2.5平均浓度, GDP), not a thing (制造业). A one-character head
    split off by the segmenter (不良贷款|率: jieba tags 率 a verb) is the phrase's suffix, no verb; so is an end
    the tagger reads as verbs though it names the measure (保费|收入, 赔付|支出, 可|支配|收入: `verbal_measure_end`,
    round 25)."""
    phrase = "".join(words)
    end = cues().pattern("verbal_measure_end").search(phrase)
    cut = [len("".join(words[:k])) for k in range(len(words))]
    if end is not None and end.start() in cut:  # (at a word's boundary: 总收入 is one word, no 总|收入)
        words = [*words[:cut.index(end.start())], end.group()]
    suffix = len(words) > 1 and len(words[-1]) == 1 and ends_in_metric_head(words[-1])
    return nominal(words[:-1] if suffix else words) and (
        ends_in_metric_head(phrase) or bool(cues().pattern("metric_lead").search(phrase))
        or bool(ACRONYM.fullmatch(words[-1])))


def entity_prefix(phrase: str, words: list[Word]) -> str:
    """The entities a phrase opens with (上海和北京的 in 上海和北京的轨道交通里程), by POS: places,
    organisations and names, with the words that join them. (Round 47) A company's closing word right after an
    entity (`entity_name_closers`: 上港|集团) is part of its name: the entity is the body whole, never the place
    jieba reads in its first word (上港), which left a sibling the core `集团集装箱吞吐量`."""
    rules = cues()
    entity, joiners = rules.words("entity_tags"), rules.words("noun_joiners") | {rules.setting("relative_marker")}
    rest, started = phrase, False
    for word in words:
        text = word.text.strip()
        if not text or (not started and not rest.startswith(text)):
            continue  # a word the cleaning dropped (其中, 我国)
        started = True
        if not rest.startswith(text) or not (word.tag in entity or text in joiners or (
                rest != phrase and text in rules.words("entity_name_closers"))):  # (round 47: 上港/ns|集团)
            break
        rest = rest[len(text):]
    while rest != phrase and phrase[len(phrase) - len(rest) - 1] in rules.words("noun_joiners"):
        rest = phrase[len(phrase) - len(rest) - 1:]  # 上海和: a joiner does not end the prefix
    return phrase[:len(phrase) - len(rest)]


def bare_rate(core: str) -> bool:
    """(round 47 mend) A measure that is a rate of change named alone (增速, 涨幅: `derived_heads`, `rate_nouns`), as a
    ranked owner's value hands it on (西安以涨幅0.6%领跑，…). A next owner with a change word of its own measures by
    that word (上海涨0.3% → 上海涨, not 上海涨幅涨); one without takes the rate (广州为0.1% → 广州涨幅)."""
    rules = cues()
    return core in rules.words("derived_heads") or core in rules.words("rate_nouns")


def bare_item(governing: Governing) -> bool:
    """The subject before is a bare thing that names no measure (其中，手机8012.1亿元；集成电路9311.7亿元): an item of
    a breakdown whose measure the sentence before named, so the entity after it is the next item, no member of it
    (round 32: 集成电路, not 集成电路手机), for a level; a move (苹果上涨…，微软上涨…) keeps round 23's reading. 广州
    after 上海的里程 still shares 里程. (Round 39) An item counted in a measure word (家, 所, 个) whose last word
    names a thing is bare too, whatever qualifier the tagger reads as a measure before it (一级|综合/vn|医疗机构1家、
    中医院1家: 中医院, not 中医院一级综合医疗机构); an item whose words name a measure (…床位数) is no bare item."""
    if governing.core != governing.subject:
        return False
    if not names_any_measure(governing.subject):
        return True
    words = cut_words(governing.subject)  # (segmented once per subject: each value of a long list asks again)
    return (governing.unit in cues().words("counting_measures") and len(words) > 1
            and not names_measure(words) and not measure_word(words[-1])
            and not any(word_class(w) == "v" for w in words))  # (全市共接待游客: an act's count, no item)


def names_an_entity(phrase: str, words: list[Word]) -> bool:
    """The phrase only names entities (广州, 南京和杭州, 乡镇卫生院: its last word is a place, an
    organisation or a name) and no measure: with a value, it is one of the entities a metric named
    before it is given for (上海的里程超过700公里，广州超过了500公里)."""
    rules = cues()
    if not phrase or rules.pattern("metric_head").search(phrase) or ends_in_market_name(phrase):
        return False  # (round 22: an index's short name, 深成指, is the measure itself)
    if phrase in org_resources().aliases:
        return True  # (round 23: a company the lexicon knows, whatever jieba tags it: 微软/a)
    entity, joiners = rules.words("entity_tags"), rules.words("noun_joiners")
    inside = [w for w in words if w.text.strip() and w.text.strip() in phrase]
    if not inside or not phrase.endswith(inside[-1].text.strip()) or inside[-1].tag not in entity:
        return False
    if len(inside) > 1 and inside[0].tag in rules.words("verb_tags"):
        return False  # (round 30) 提供法律咨询 (jieba: 法律咨询/nt): a verb before the name makes it an act's object
    if len(inside) > 1 and inside[0].text.strip() in rules.words("comparison_words"):
        return False  # (round 47) 比上届, 较上届 (jieba: 上届/j): a base the change is measured from, no entity
    return "".join(w.text.strip() for w in inside) == phrase and all(
        w.tag in entity or w.text.strip() in joiners for w in inside[1:])


def names_any_measure(phrase: str) -> bool:
    """Some word of the phrase names a measure (营收, 出口, 指数, GDP), or the whole does: not only an entity or a
    thing (标普500, 苹果), whose sibling shares nothing with it (round 23). A pollutant named by its test
    (`substance_names`: 全市化学需氧量) is a thing like 氨氮 (round 29)."""
    substance = next((w for w in cues().words("substance_names") if phrase.endswith(w)), "")
    if substance:
        return bool(phrase[:-len(substance)]) and names_any_measure(phrase[:-len(substance)])
    words = cut_words(phrase)
    return names_measure(words) or any(measure_word(w) or ACRONYM.fullmatch(w) for w in words)


def names_a_place(head: str) -> bool:
    """The sibling is a place (北京, 广东): a region's figure after a measure the word lists do not know
    (全市客流增长…，北京增长…) shares it, as in a statistical breakdown; only an index's or a company's move is its
    own (round 23)."""
    return ends_in_place(cut_words(head))


def names_a_stratum(member: str) -> bool:
    """(round 37) The member is a bare stratum or mode a whole breaks down into (城镇, 农村: `level_members`;
    铁路, 民航, 水路: `mode_members`): like a place, it names no measure of its own, so a 分别 list of such
    members after 其中 shares the measure of the figure before (…营业性客运量…。其中，铁路、民航分别完成x和y)."""
    rules = cues()
    return member in rules.words("level_members") or member in rules.words("mode_members")


def ends_in_place(words: list[str]) -> bool:
    """The last of a head's words is tagged a place."""
    return bool(words) and tag_of(words[-1]) in cues().words("place_pos_tags")


def names_a_region(head: str) -> bool:
    """The head names a place (北京, 东北地区) or a region by its direction or place and a region noun (东部地区,
    长三角地区: `region_nouns` after places or locality words, round 19's `list_locality_tags`); not a stratum the
    whole area holds (城市, 农村: `level_members`), whose figure keeps the area's scope (农村全国孕产妇死亡率).
    (round 44) A head whose words before its place hold a verb is a clause that counts places (二手住宅销售价格环比
    下降城市: the cities where prices fell), not a place. (round 48) A government's own level (`own_level_members`:
    市本级) names a part of the area as a place does."""
    rules = cues()
    if head in rules.words("level_members"):
        return False
    if head in rules.words("own_level_members"):
        return True  # (round 48) 其中：市本级… of 全市一般公共预算收入: a part of the area, as a place is
    words = cut_words(head)
    if ends_in_place(words):  # a place (_names_a_place, on the words segmented once)
        return not any(tag_of(w) in rules.words("verb_tags") for w in words[:-1])
    places = rules.words("place_pos_tags") | rules.words("list_locality_tags")
    return len(words) > 1 and words[-1] in rules.words("region_nouns") and all(
        tag_of(w) in places and len(w) >= rules.setting("list_locality_min_chars") for w in words[:-1])


def head_names_a_body(head: str) -> bool:
    """(round 44 mend) A word of the head is a name the organisation lexicon knows or one the tagger tags as an entity
    (`entity_tags`: 华为, 比亚迪, 天府国际机场): the measure is that body's, no bare measure another owner may take
    (shared by `owners.company_owner` and `siblings.group_scope_owner`)."""
    tags, entities, lexicon = pos_tagger().word_tag_tab, cues().words("entity_tags"), org_resources().aliases
    return any(word in lexicon or tags.get(word, "") in entities for word in cut_words(head))


def without_list_count(text: str) -> str:
    """(round 42 mend) The text without the count of a list's members opening it (两市地区生产总值 → 地区生产总值;
    三个省份…: `list_count_lead`, its nouns `apposed_count_own_nouns`), or the text as it was: the one reading of that
    count for a list's last member (`list_members._without_list_count`) and a sibling's core
    (上海、北京两市…，深圳…)."""
    return cues().pattern("list_count_lead").sub("", text) or text


def without_measure_qualifier(owner: str) -> str:
    """The owner without the words after its name that qualify the measure before (招商银行|核心 of 招商银行核心一级资本
    充足率为…，一级资本充足率为…): the head then repeats only the tail of that measure, a measure of its own (round 20),
    of the same entity (round 31: 招商银行一级资本充足率). The name ends at its last word that is tagged an entity or a
    time, is a known name, or ends in an organisation's head (宁波|银行, 国铁集团): "" when no word is one."""
    heads = tuple(h for h, _ in org_resources().heads)
    named = cues().words("entity_tags") | cues().words("time_tags")
    aliases = org_resources().aliases
    words = pos_tagger().lcut(owner)
    end, kept = len(owner), len(words)
    while kept and not (words[kept - 1].flag in named or owner[:end] in aliases or owner[:end].endswith(heads)):
        kept -= 1
        end -= len(words[kept].word)
    return owner[:end].rstrip()


def qualifier_units(head: str) -> tuple[list[tuple[int, str]], str]:
    """The qualifiers a head opens with, each with its class (an index of `contrast_qualifiers`, -1 for a place by
    jieba's tag), and the words after them."""
    rules = cues()
    classes = rules.patterns("contrast_qualifiers")
    tags, places = pos_tagger().word_tag_tab, rules.words("place_pos_tags")
    starts = {start: word for word, start, _ in word_spans(head)}
    units: list[tuple[int, str]] = []
    at = 0
    while at < len(head):
        found = next(((k, m[0]) for k, c in enumerate(classes) if (m := c.match(head, at))), None)
        if found is None and at in starts and tags.get(starts[at], "") in places:
            found = (-1, starts[at])
        if found is None:
            break
        units.append(found)
        at += len(found[1])
    return units, head[at:]


def only_qualifiers(head: str) -> bool:
    """The head is only qualifiers of contrasting classes (a tenor code, 3M; 二套), no place and no words after them: it
    names a member of what the clause before names, not a measure of its own."""
    units, rest = qualifier_units(head)
    return bool(units) and not rest and all(k >= 0 for k, _ in units)


def word_class(word: str) -> str:
    """A word's coarse class for comparing list members: nouns, names and abbreviations are one (白银/nr,
    家电/j are nouns like 黄金, 汽车); other tags by their first letter."""
    tag = pos_tagger().word_tag_tab.get(word, "")
    return "n" if tag[:1] == "n" or tag in cues().words("noun_tags") else tag[:1]


def measure_word(word: str) -> bool:
    """A word that names a measure by itself (增加值, 营业收入, 消费, 投资), not a thing or group (居民, 黄金)."""
    rules = cues()
    return (ends_in_metric_head(word) or word in rules.words("measure_nouns")
            or pos_tagger().word_tag_tab.get(word, "") in rules.words("measure_tags"))


def modifies(word: str) -> bool:
    """A word that qualifies what a list shares: a place, name or attributive, or a sector or group."""
    rules = cues()
    tag = pos_tagger().word_tag_tab.get(word, "")
    return (word in rules.words("list_modifiers") or tag in rules.words("list_modifier_tags")
            or (tag in rules.words("list_locality_tags") and len(word) >= rules.setting("list_locality_min_chars")))


def names_a_measure(phrase: str, last_word: str) -> bool:
    """The phrase ends in a metric's head word (…率, …收入, 增速), an indicator's acronym (GDP, CPI, M2)
    or a noun, or an amount an owner holds (`list_owned_amounts`)."""
    rules = cues()
    return (ends_in_metric_head(phrase) or bool(ACRONYM.fullmatch(last_word))
            or last_word in rules.words("list_owned_amounts")  # 研发投入 (投入 tagged a verb)
            or pos_tagger().word_tag_tab.get(last_word, "") in rules.words("noun_tags"))


def ends_in_metric_head(phrase: str) -> bool:
    """The phrase ends in a metric's head word (…率, …收入) or a derived metric (增速, 增长率)."""
    rules = cues()
    return bool(rules.pattern("metric_head").search(phrase)) or any(
        phrase.endswith(d) for d in rules.words("derived_heads"))


def frame_noun(found: re.Match[str] | None) -> str:
    """(round 43 mend) The set a group frame names (`group_frame_noun`: 在4800家A股上市公司中 → A股上市公司),
    with the frame's 在 when it is the group's own first syllable (在校大学生中, 在岗职工中: the group 在校大学生,
    在岗职工), not a preposition written 在…中 around the group (在全部受访企业中 → 全部受访企业): jieba fuses it
    into the first word (在校) or leaves a single character after it (在|岗|职工); or "" with no frame."""
    if found is None:
        return ""
    text, noun = found.string, found["noun"]
    if found.start("noun") != 1 or text[0] not in cues().words("frame_prepositions"):
        return noun
    words = cut_words(text)
    own = len(words[0]) > 1 or (len(words) > 1 and len(words[1]) == 1 and any(map(is_han, words[1])))
    return text[0] + noun if own else noun
