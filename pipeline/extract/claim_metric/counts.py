"""Counts and people: the noun a count counts, as its clause describes it, and the object of its act."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.bases import links_level
from pipeline.extract.claim_metric.cleaning import ASIDE, BREAK, EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Governing
from pipeline.extract.claim_metric.words import cut_words, ends_in_metric_head, nominal, verbs_qualify
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.resources import cleared_with_resources

_CJK_START = re.compile(r"[\u4e00-\u9fff]")
# a headline item after a space opens with a Chinese word or an acronym (LPR, CPI, M2: round 30)


_ITEM_START = re.compile(r"[\u4e00-\u9fff]|[A-Z][A-Z0-9]")


def _opens_object(words: list[Word], at: int) -> bool:
    """The word at ``at`` may open the thing a value is an amount or count of: a noun, or a place, direction or
    attributive word before one (国内游客, 中外人员), not a word that bounds the value (左右, 以上) or a frame (中).
    (Round 45) So does a word the dictionary lacks, cut and tagged an adjective by jieba's HMM, before a noun (8个|老旧|
    小区): the count counts 老旧小区, not nothing, which left the bare act (全区改造); a known adjective may open a
    manner (8911.8万人次|不同|程度|受灾) and does not. (Round 45) A place or attributive word joined by a noun joiner to
    the noun (41.2亿人次|国内|或|出境游, 国内|和|入境游客) opens the shared object as one before the noun does."""
    rules = cues()
    word = words[at]
    unknown_adjective = (word.tag in rules.words("adjective_tags")
                         and word.text not in pos_tagger().word_tag_tab)
    if (word.tag not in rules.words("object_open_tags") and not unknown_adjective) or (
            word.text in rules.words("object_not_open")):
        return False
    nouns = rules.words("noun_tags")
    return word.tag in nouns or (at + 1 < len(words) and words[at + 1].tag in nouns) or (
        at + 2 < len(words) and words[at + 1].text in rules.words("noun_joiners") and words[at + 2].tag in nouns)


def _kind_verb_opens(words: list[Word], at: int) -> bool:
    """(round 33) The word at ``at`` is a verb that names the kind of the noun right after it (22个|治疗类别,
    3.2万名|参保人: `kind_verbs`), so it opens the noun run a count counts; a verbal noun after it (参保登记) is its
    act, no kind."""
    rules = cues()
    return (words[at].text in rules.words("kind_verbs") and at + 1 < len(words)
            and words[at + 1].tag in rules.words("kind_head_tags"))


@cleared_with_resources
@lru_cache(maxsize=16)
def word_ends(*names: str) -> tuple[str, ...]:
    """The words of the `claims.yaml` lists ``names`` joined, as a tuple for ``str.endswith`` (round 40 tidy: the
    people nouns `_group_state_run`, `counts_people_bare` and `_group_acts` test were joined on every call)."""
    rules = cues()
    return tuple(sorted(frozenset().union(*(rules.words(name) for name in names))))


def _group_state_run(words: list[Word], at: int) -> int:
    """(round 38 mend) How many words from ``at`` are state words naming a group of people (`own_actor_group_openers`:
    脱贫, 就业, 困难) right before a people noun (`people_group_heads`, `bare_counted_people`, `own_actor_group_heads`:
    1.2万|脱贫|群众, 5万名|脱贫|人口), however jieba tags them (0 if they are not): they open the noun run a count
    counts, so the count counts its own group (通过公益性岗位获得稳定收入的脱贫群众), not nothing, which left the clause
    before's noun. Round 39: the state words may run on, each opening the next (7.86万名|灵活|就业|人员 →
    缴存住房公积金的灵活就业人员)."""
    heads = word_ends("people_group_heads", "bare_counted_people", "own_actor_group_heads")
    openers = cues().words("own_actor_group_openers")
    end = at
    while end + 1 < len(words) and words[end].text in openers:
        if words[end + 1].text.endswith(heads):
            return end + 1 - at
        end += 1
    return 0


def phrase_words(words: list[Word]) -> list[Word]:
    """The words after a value without spaces, up to a space before a Chinese word: in a headline or a wrap the space
    parts two items (沪指涨0.5%收复3100点 北向资金净买入超50亿元), as a comma would, so neither the object nor the
    counted noun reads across it."""
    kept: list[Word] = []
    for at, word in enumerate(words):
        if word.text.strip():
            kept.append(word)
        elif _between_chinese(words, at):
            break
    return kept


def _between_chinese(words: list[Word], at: int) -> bool:
    """The space word at ``at`` stands between Chinese words (the first one right after the value): not inside a
    number written with spaces (亚非欧1 号). The item after it may open with an acronym (人民币中间价调升23个基点 LPR
    连续三个月“按兵不动”: round 30)."""
    after = at + 1 < len(words) and _ITEM_START.match(words[at + 1].text) is not None
    return after and (at == 0 or _CJK_START.match(words[at - 1].text[-1:]) is not None)


def counted_noun(words: list[Word], kinds: bool = True) -> tuple[str, str]:
    """The noun a count counts (its noun run right after the measure word, 国内游客 with its qualifier) and what
    follows it. ``kinds``: a kind verb may open the run (not after 人/户: `kind_verb_not_after`)."""
    rules = cues()
    words = phrase_words(words)
    if words and words[0].text in rules.words("object_not_open"):
        return "", "".join(w.text for w in words)  # 28.5米左右: a bound of the value, no noun it counts
    nouns, joiners = rules.words("noun_tags"), rules.words("noun_joiners")
    # (round 25: 有12个市…, 8个县…: jieba tags a bare 市/县 as no noun, or reads 个市 as one word)
    sets = rules.words("counted_set_nouns")
    classed = _size_class_words(words)
    taken = opened = classed if classed < len(words) and words[classed].tag in nouns else 0
    aspect = rules.words("aspect_tags")
    while taken < len(words):
        word = words[taken]
        if taken + 1 < len(words) and words[taken + 1].tag in aspect:
            break  # (round 30) 9.9亿人领用了电子社保卡: a word before 了 is a verb, whatever jieba tags it (领用/n)
        if taken == opened == 0 and (run := _group_state_run(words, taken)):
            taken += run  # (the state words that open a group: 灵活|就业|人员, round 39)
            continue
        if taken > opened and _people_topic_follows(words, taken):
            break  # (round 48) 1.6亿多|群众|住房条件得到改善: the people counted, then their topic and its predicate
        if word.tag in nouns or (taken == opened and _opens_object(words, taken)) or (
                taken == opened == 0 and (word.text in sets or (kinds and _kind_verb_opens(words, taken)))) or (
                taken == opened == 0 and _numeral_tag_opens(words, taken)) or (
                word.text in joiners and taken > opened and taken + 1 < len(words)
                and words[taken + 1].tag in nouns) or (taken > opened and _heads_compound(words, taken)):
            taken += 1
        else:
            break
    if taken == opened:
        taken = 0  # a size class with no noun after it counts nothing
    if taken == 0:
        taken = _described_noun_end(words)  # 1.5万家|登记认定的慈善组织 (round 41)
    noun = "".join(w.text for w in words[:taken])
    rest = "".join(w.text for w in words[taken:])
    return noun, rest


_TOPIC_NOUN_WORDS = 3  # how many noun words a counted group's topic may run to before its predicate


def _people_topic_follows(words: list[Word], at: int) -> bool:
    """(round 48) The word before ``at`` closes a group of people (`people_group_heads`, `bare_counted_people`) and a
    short noun run from ``at`` is the topic of a verb right after it (1.6亿多|群众|住房条件|得到|改善, 3000万|农村人口|
    饮水安全问题|得到|解决): the count counts the people, whose topic's predicate describes them (住房条件得到改善的
    群众), not the topic noun. A noun run with no verb after it (2万名|老年人|口腔健康 …, 1000万|人口|规模以上) or a
    verb right after the people (实现脱贫) is unchanged."""
    rules = cues()
    if not words[at - 1].text.endswith(word_ends("people_group_heads", "bare_counted_people")):
        return False
    nouns, verbs = rules.words("noun_tags"), rules.words("verb_tags")
    end = at
    while end < len(words) and end - at < _TOPIC_NOUN_WORDS and words[end].tag in nouns:
        end += 1
    return at < end < len(words) and words[end].tag in verbs


def _described_noun_end(words: list[Word]) -> int:
    """Where the noun a count counts ends when a short clause with 的 describes it right after the measure word
    (1.5万家|登记认定的慈善组织, 300家|通过认定的高新技术企业, 5000户|因灾受损的农户|得到救助): the clause, 的 and the
    noun run after it are the noun (round 41); 0 when the words after the measure word open no such clause (a
    punctuation mark or a number before 的, no noun after it, or more than `described_noun_words` words before it).
    Left (round 41 mend): a clause opening with a word jieba tags neither verb, preposition nor adverb (经认定的…) or
    merged with its verb (符合条件|的|项目) is not read so."""
    rules = cues()
    nouns, particles = rules.words("noun_tags"), rules.words("attributive_particles")
    reach = min(len(words), int(rules.setting("described_noun_words")) + 1)
    at = next((i for i in range(1, reach) if words[i].text in particles), 0)
    opening, stops = tuple(sorted(rules.words("described_clause_open_tags"))), rules.words("described_clause_stop_tags")
    if not at or at + 1 >= len(words) or words[at + 1].tag not in nouns or not words[0].tag.startswith(opening):
        return 0
    if any(w.tag in stops or w.text in particles for w in words[:at]):
        return 0
    end = at + 1
    while end < len(words) and (words[end].tag in nouns or _heads_compound(words, end)):
        end += 1
    return end


def _heads_compound(words: list[Word], at: int) -> bool:
    """The word at ``at``, which jieba tags as a verb, heads the compound noun of the noun before it (社会|组织, 慈善|
    组织: `compound_noun_heads`): it follows a noun and no noun, its object, follows it (党员|组织|群众 is the verb)."""
    rules = cues()
    nouns = rules.words("noun_tags")
    if (words[at].text not in rules.words("compound_noun_heads") or words[at - 1].tag not in nouns
            or (at + 1 < len(words) and words[at + 1].tag in nouns)):
        return False
    # (round 41 mend: before a verb, after a noun naming people or a body that acts, 志愿者|组织|开展, 企业|组织|实施,
    # 行业协会|组织|制定, it is the verb of a serial act; 慈善|组织|参与救灾 still heads the compound)
    return not (at + 1 < len(words) and words[at + 1].tag in rules.words("verb_tags")
                and words[at - 1].text.endswith(tuple(rules.words("compound_verb_actor_ends"))))


def counts_people_bare(words: list[Word]) -> bool:
    """A count with no measure word whose noun right after it is a group of people Chinese counts without one
    (近1亿|农村贫困人口|实现脱贫, 2.3万|困难群众): the noun is what it counts, as after 名 (round 38). Only such a
    head: a bare number before another noun (2023|年度, 3|季度) counts nothing. (Round 41 mend: the people nouns of
    `bare_counted_people` take 患者, 消费者, 志愿者…: 2.4万|重症患者; a group of `own_actor_group_heads`,
    3万企业职工, not.)"""
    noun, _ = counted_noun(words, kinds=False)
    return bool(noun) and noun.endswith(word_ends("people_group_heads", "bare_counted_people"))


def _numeral_tag_opens(words: list[Word], at: int) -> bool:
    """A word jieba tags as a numeral that holds no numeral, before a noun (12个|分项/m|指数/n): the first word of the
    noun a count counts (round 37)."""
    return (words[at].tag == "m" and at + 1 < len(words) and words[at + 1].tag in cues().words("noun_tags")
            and bool(cues().pattern("numeral_tagged_open").fullmatch(words[at].text)))


def count_predicate(words: list[Word]) -> list[Word]:
    """The words after the noun a count counts (接入远程医疗平台 of 1560个|村卫生室接入远程医疗平台), or none when
    the count names no noun or nothing follows it: what a 、-list of counts before it shares (round 31). A set noun's
    measure after it (22个|省市增加值实现正增长: `set_before_measure`) is part of what they share (round 48)."""
    noun, rest = set_before_measure(words, *counted_noun(words))
    if not noun or not EDGE.sub("", SPACE.sub("", rest)):
        return []
    kept, length = phrase_words(words), 0
    for at, word in enumerate(kept):
        if length >= len(noun):
            return kept[at:]
        length += len(word.text)
    return []


def names_only_its_noun(words: list[Word]) -> bool:
    """The words after a count are its noun and nothing more (36所|高校、): a member of a 、-list of counts."""
    noun, rest = counted_noun(words)
    return bool(noun) and not EDGE.sub("", SPACE.sub("", rest)).strip("、")


def set_before_measure(words: list[Word], noun: str, rest: str) -> tuple[str, str]:
    """(round 25) A count's noun run that opens with the set counted (`counted_set_nouns`: 城市, 县, 省份 …) and goes on
    with a measure of each member, before a predicate (有9个城市新建商品住宅价格环比上涨; 202个城市环境空气质量达标):
    the count counts the set noun; the measure joins what is said of them (新建商品住宅价格环比上涨的城市). The noun
    and the rest unchanged when the run names no such set and measure, or nothing follows it."""
    rules = cues()
    if not noun or not rest:
        return noun, rest
    run: list[str] = []
    for word in phrase_words(words):
        if len("".join(run)) >= len(noun):
            break
        run.append(word.text)
    if "".join(run) != noun:
        return noun, rest
    bases, sets = rules.words("set_bases"), rules.words("counted_set_nouns")
    measures = rules.words("counted_set_measures")
    run = _fused_set_split(run, sets)
    for k in range(1, len(run)):
        if run[k - 1] not in sets:
            continue
        tail = run[k:]
        while tail and tail[-1] in bases:
            tail = tail[:-1]  # 价格环比: the measure before its base
        measured = "".join(tail)
        if tail and (ends_in_metric_head(measured) or any(measured.endswith(m) for m in measures)):
            return "".join(run[:k]), "".join(run[k:]) + rest
    if len(run) > 1 and run[0] in sets:
        # (round 25: 有11个区城镇居民人均可支配收入增速…: jieba tags part of the measure a verb (可|支配|收入), so
        # the noun run stops inside it; the words after it still end the measure within `set_measure_words`)
        after = [w.text for w in phrase_words(words)[len(run):]][:rules.setting("set_measure_words")]
        for end in range(1, len(after) + 1):
            if ends_in_metric_head("".join(run[1:] + after[:end])):
                return run[0], "".join(run[1:]) + rest
    return noun, rest


def _fused_set_split(run: list[str], sets: list[str]) -> list[str]:
    """(round 50) The run with its first word split after the set noun it opens with when the dictionary fuses the set
    and a measure of each member into one word (356种|产品产量|同比增长: 产品 | 产量, read as 有26个|行业|增加值 is);
    the run unchanged when its first word is a set noun itself, opens with none, or the rest names no measure."""
    first = run[0] if run else ""
    if not first or first in sets:
        return run
    for noun in sorted((n for n in sets if first.startswith(n) and len(first) > len(n)), key=len, reverse=True):
        if ends_in_metric_head(first[len(noun):]):
            return [noun, first[len(noun):], *run[1:]]
    return run


def _size_class_words(words: list[Word]) -> int:
    """How many words at the start of a count's words name a size class (10|万吨级, 千亿|级, 300|兆瓦|级): the
    fewest that together are one (`counted_size_class`, round 23), or 0."""
    rules = cues()
    pattern = rules.pattern("counted_size_class")
    text = ""
    for k, word in enumerate(words[:rules.setting("counted_size_class_words")]):
        text += word.text
        if pattern.fullmatch(text):
            return k + 1
    return 0


def named_after(words: list[Word], up_to_verb: bool = False, compound: bool = False) -> str:
    """The noun phrase of ``的 + nouns`` that ends the clause after a value (…2.9%的利率水平), or with
    ``up_to_verb`` that runs up to the clause's verb (较1.4元的发行价暴涨836%: the base is the 发行价); ``compound``:
    the phrase is known to be a noun (held before 不变), so a verb inside it qualifies its last noun (回购利率)."""
    rules = cues()
    words = [w for w in words if EDGE.sub("", w.text)]
    if words and words[0].text in rules.words("approx_tails"):
        words = words[1:]  # 以每小时15公里左右的速度: the approximation closes the value, the 的-noun follows it
    if len(words) < 2 or words[0].text != rules.setting("relative_marker"):
        return ""
    phrase = words[1:]
    if phrase[0].text in rules.words("framing_nouns"):
        return ""  # 说明…下降7.8个百分点的原因: what an inquiry asks about the value, no measure of it
    if len(phrase) == 1 and rules.pattern("change_words").fullmatch(phrase[0].text):
        return phrase[0].text  # 5.2%的增长，是在…: the change is what the value measures
    opened = next((k for k, w in enumerate(phrase) if w.tag in rules.words("preposition_tags")), len(phrase))
    phrase = phrase[:opened]  # 的速度向西北方向移动: a preposition opens the clause's predicate, past the noun
    if len(phrase) > 1 and phrase[-1].text in rules.words("frame_close_locatives"):
        phrase = phrase[:-1]  # (round 29) 在…2.9%的…同比降幅中，…: the 在 frame's close, no part of the noun
    if not phrase:
        return ""
    rates = rules.words("derived_heads")  # (round 29: 增速, 增幅 the tagger reads as verbs are the rate nouns)
    if up_to_verb:
        # (round 47: a rate noun the tagger reads as a verb is no verb here either: 以5.2%的增速领跑全国 → 增速)
        verbs = [k for k, w in enumerate(phrase) if w.tag in rules.words("verb_tags") and w.text not in rates]
        phrase = phrase[: verbs[0]] if verbs else phrase
        if not phrase:
            return ""
    verb = not compound and any(w.tag in rules.words("verb_tags") and w.text not in rates for w in phrase)
    if verb or (phrase[-1].tag not in rules.words("noun_tags") and phrase[-1].text not in rates):
        return ""
    return "".join(w.text for w in phrase)


def before_predicate(words: list[Word]) -> list[Word]:
    """(round 38 mend) The words of ``的 + noun`` after an amount 为数 qualifies, up to the predicate that follows the
    noun in its clause (为数5000亿元的专项债券已全部发行 → 的专项债券; …的留抵退税资金已退到企业账户 → 的留抵退税资金):
    after a noun of the phrase, a verb, an adverb or a word opening with a `premodified_noun_closers` word (jieba's
    已退) closes it; verbs before its first noun are the noun's own (留|抵|退税|资金)."""
    rules = cues()
    closers = tuple(rules.words("premodified_noun_closers"))
    closing_tags = rules.words("verb_tags") | rules.words("actor_adverb_tags")
    noun_seen = False
    for k, word in enumerate(words):
        if noun_seen and (word.tag in closing_tags or word.text.startswith(closers)):
            return words[:k]
        noun_seen = noun_seen or word.tag in rules.words("noun_tags")
    return words


def programme_after(words: list[Word]) -> str:
    """The name of a programme (…的经济刺激计划, …的“重新武装欧洲”计划) that ends the clause after a value, or "": its
    words may hold verbs (刺激, 回购), as a name does, but it ends in a programme noun (计划, 方案)."""
    rules = cues()
    words = [w for w in words if EDGE.sub("", w.text)]
    if len(words) < 2 or words[0].text != rules.setting("relative_marker"):
        return ""
    if words[-1].text not in rules.words("programme_nouns"):
        return ""
    return "".join(w.text.strip() for w in words[1:])


def rest_of_set(bare: str, words_after: list[Word], unit: str) -> str:
    """What the rest of a set just broken down are or did (其余78家为传统制造企业 → 传统制造企业; 其余15批次不合格 →
    不合格), from the words after the value, a copula dropped; "" when the clause before the value names more than the
    rest (其余港区完成吞吐量…: a measure of its own) or nothing follows the value. A count of a part with nothing but
    其中 before it (其中78家为传统制造企业, 64家为高新技术企业: round 30) names the part after a copula the same way."""
    rules = cues()
    named = clean("".join(w.text for w in words_after))
    if rules.pattern("rest_of_set_lead").fullmatch(bare):
        return clean(rules.pattern("rest_of_set_copula").sub("", named))
    if (rules.pattern("part_of_set_lead").fullmatch(bare) and unit in rules.words("counting_measures")
            and (copula := rules.pattern("rest_of_set_copula").match(named))):
        return clean(named[copula.end():])
    return ""


def held_unchanged(words: list[Word]) -> str:
    """The noun phrase a value is held at, between 的 and a word of standing still that ends the clause
    (维持5.25%的基准利率不变: the 基准利率), or "": the value is that noun's level, whatever verb stands before it."""
    rules = cues()
    words = [w for w in words if EDGE.sub("", w.text)]
    if not words or words[-1].text not in rules.words("unchanged_states"):
        return ""
    return named_after(words[:-1], compound=True)


def object_after(words: list[Word]) -> str:
    """The object a value stands right before, up to its clause's end (4950亿元逆回购操作, 1万亿元特别国债,
    2690亿元逆回购到期, with a term that opens it: 7天期逆回购操作), or "": the value is an amount of it."""
    rules = cues()
    words = phrase_words(words)
    while words and not EDGE.sub("", words[-1].text):
        words.pop()  # the clause's closing mark
    text = "".join(w.text.strip() for w in words)
    if (not text or len(text) > rules.setting("object_max_chars") or EDGE.sub("", text) != text or links_level(text)
            or BREAK.search(text) or ASIDE.search(text) or rules.pattern("list_separators").search(text)):
        return ""  # (机票预订是2019年两倍、火车票…: the next member of a list)
    if rules.pattern("milestone_object").match(text):
        return ""  # 跨上5000亿元新台阶: the level reached, no object
    term = rules.pattern("object_term").match(text)
    skipped, at = 0, 0
    while term and at < len(words) and skipped < term.end():
        skipped += len(words[at].text.strip())
        at += 1
    if term and skipped != term.end():
        at = 0  # (round 45) the term opens the first word (短期贷款/n, 定期存单/n): that word opens the object
    if at >= len(words) or not _opens_object(words, at):
        return ""
    return text


def opens_change(after: str) -> bool:
    """The words right after a count open its change, with no comma between (稀土进口6861.7吨同比增36.7%; 发电装机容量
    约31.3亿千瓦同比增长14.0%): they name no noun the value counts, and the count stays its subject's (round 24)."""
    rules = cues()
    after = SPACE.sub("", after)
    return bool(rules.pattern("change_words").match(after) or rules.pattern("comparison_lead").match(after))


def takes_object(bare: str, head: str, change: str, words: list[Word]) -> bool:
    """The clause before a value ends in the verb whose object the value is an amount of (人民银行开展了, 发行了,
    共接待), or only states that it exists (今日有): not in a change (增长), a measure (营业收入) or a noun."""
    rules = cues()
    if change or rules.pattern("metric_head").search(head):
        return False
    if rules.pattern("existential_before").search(bare):
        return True  # (央行公开市场)共有12230亿元逆回购到期
    last = next((w for w in reversed(words) if w.text.strip() and head.endswith(w.text.strip())), None)
    if last is None or last.tag not in rules.words("verb_tags"):  # (round 20: 宣布完成3亿美元D轮融资: the verb the
        last = next((w for w in reversed(words) if w.text.strip()), None)  # metric's cleaning dropped ends the clause)
        if last is None or not SPACE.sub("", bare).endswith(last.text.strip()):
            return False
    return last.tag in rules.words("verb_tags")


def after_preposition(phrase: str, words: list[Word]) -> bool:
    """The phrase before a count ends in a preposition (公司向, 对): the count is its object, and the actor before it
    describes nothing of what is counted (a partner does: 已与16个国家签署)."""
    rules = cues()
    last = next((w for w in reversed(words) if w.text.strip()), None)
    if not phrase or last is None or not phrase.endswith(last.text.strip()):
        return False
    return last.tag in rules.words("preposition_tags") and last.text.strip() not in rules.words("partner_prepositions")


def after_merged_benefactive(words: list[Word]) -> bool:
    """(round 39) The words before a count end in an adverb jieba merged with the benefactive 为 (共为, 累计为:
    `merged_benefactives`): with an act after the counted noun (共为34.5万名劳动者追发工资…), the noun is whom the act
    is for, as after 为 alone; a count with no act after it (共为34.5万名) is the copula's, and the caller asks
    only then."""
    last = next((w for w in reversed(words) if w.text.strip()), None)
    return last is not None and last.text.strip() in cues().words("merged_benefactives")


def verb_phrase(phrase: str, words: list[Word]) -> str:
    """A long phrase before a counted noun keeps only its last verb phrase (…沿线国家建成 → 建成)."""
    rules = cues()
    if len(phrase) <= rules.setting("counted_prefix_max"):
        return phrase
    for at in range(len(words) - 1, -1, -1):
        if words[at].tag in rules.words("verb_tags") and words[at].text in phrase:
            start = phrase.rindex(words[at].text)
            return phrase if _noun_subject(phrase[:start], words[:at]) else phrase[start:]
    return phrase


def _noun_subject(head: str, words: list[Word]) -> bool:
    """(round 43) The words before a counted clause's last verb are one plain noun run, its subject
    (国家医保药品目录|新增126种药品 → 国家医保药品目录新增的药品, not 新增的药品): kept, as a short scope is
    (全省建成…). Only nouns, up to `counted_subject_max` characters: a run with a verb or a preposition inside
    (…沿线国家建成) is cut as before."""
    rules = cues()
    if not head or len(head) > rules.setting("counted_subject_max"):
        return False
    run = ""
    for word in reversed(words):
        if len(run) >= len(head):
            break
        if word.tag not in rules.words("noun_tags"):
            return False
        run = word.text + run
    return run == head


def object_compound(words_after: list[Word], clause_before: str, measured: bool = False) -> str:
    """The whole noun compound a count of a verb's object counts (签署了22个自贸协定, 累计发布15批共146项制度创新案例 →
    制度创新案例), or "": after such a verb the words up to the clause's end are the object, so a verb inside them
    (创新) only qualifies its last noun (产业创新中心). Not when they end in a verb, nor after 有, a preposition or
    partner (已与16个国家签署备忘录), a causative or a pivot verb, where they say what the counted do
    (签署备忘录的国家). ``measured``: the count's run opens with a set and a measure of its members (28个行业|策略
    超额收益胜率均值: round 25), so only a verb inside makes the run one compound."""
    rules = cues()
    words = phrase_words(words_after)
    while words and not EDGE.sub("", words[-1].text):
        words.pop()  # the clause's closing mark
    nouns, verbs = rules.words("noun_tags"), rules.words("verb_tags")
    allowed = nouns | verbs | rules.words("object_open_tags")
    if (not words or words[-1].tag not in nouns or not all(w.tag in allowed for w in words)
            or all(w.tag in nouns for w in words) or (measured and not any(w.tag in verbs for w in words))):
        # a plain noun run is _counted_noun's; a clause of its own (企业完成改造) is no compound. (round 28) A run that
        # jieba breaks with a place or position word (建成120个线上线下国家馆: 个线|上线|下|国家|馆) is one, as a run
        # with a verb inside is
        return ""
    text = "".join(w.text for w in words)
    if len(text) > rules.setting("compound_object_max_chars") or EDGE.sub("", text) != text:
        return ""
    return text if _object_of_verb(clause_before) else ""


def spec_part(words_after: list[Word]) -> str:
    """The part of a device a spec's value measures, written right after it (内置5000mAh的电池, 支持120W有线快充和…,
    配备16GB内存, 搭载1英寸大底主摄 → 电池, 有线快充, 内存, 大底主摄), or "": a spec before its part is no count of
    the part, and the verb and device before it (内置, 支持, 该机) are no part of the metric. Only a short run to the
    clause's end or a joiner with no verb before its last word: not a clause going on (5000mAh电池支持快充)."""
    rules = cues()
    words = phrase_words(words_after)
    if words and words[0].text == rules.setting("relative_marker"):
        words = words[1:]  # 5000mAh的电池
    marker = next((i for i, w in enumerate(words) if i and w.text == rules.setting("relative_marker")), None)
    if marker is not None:
        words = words[:marker]  # 16GB内存的笔记本电脑: the part, before the device it qualifies (round 32 review)
    while words and (not EDGE.sub("", words[-1].text) or words[-1].text in rules.words("noun_joiners")):
        words.pop()  # the clause's closing mark, or the joiner before the next spec (有线快充和50W无线快充)
    text = "".join(w.text for w in words)
    if (not words or words[0].text in rules.words("object_not_open") or not _SPEC_PART.fullmatch(text)
            or any(w.tag in rules.words("verb_tags") for w in words[:-1])):
        return ""
    return text


_SPEC_PART = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{0,9}")  # a short Chinese name (快充, 大底主摄, 刷新率)


OBJECT_VERB_REACH = 64  # characters before a count read for the verb whose object it is (`quantity_object`)


def quantity_object(words_after: list[Word], text_before: str) -> str:
    """The quantity a count written before the object of its verb amounts to (完成612.88亿人次跨区域人员流动量,
    完成12亿吨货物吞吐量 → 跨区域人员流动量, 货物吞吐量), or "": an object that is itself a quantity
    (`quantity_object_end`) is measured in the count's unit, not made of the things the unit counts, so the metric is
    the quantity, with no 的 + unit or 的 + noun. Only when the object ends the clause after a verb taking it: a count
    with more of its clause after the noun (有3个品种产量下降) counts members, as 15个成员国总人口 (round 15) does.
    ``text_before``: the sentence before the count; only its last `OBJECT_VERB_REACH` characters are read (the verb
    stands right before the count: a one-line document is one sentence, and its whole run of values was tagged again
    for each value, final read of round 32)."""
    rules = cues()
    words = phrase_words(words_after)
    while words and not EDGE.sub("", words[-1].text):
        words.pop()  # the clause's closing mark
    allowed = rules.words("noun_tags") | rules.words("verb_tags") | rules.words("object_open_tags")
    text = "".join(w.text for w in words)
    if (not words or words[-1].tag not in rules.words("noun_tags") or not all(w.tag in allowed for w in words)
            or not rules.pattern("quantity_object_end").search(text)
            or len(text) > rules.setting("compound_object_max_chars") or EDGE.sub("", text) != text):
        return ""
    return text if _object_of_verb(SPACE.sub("", text_before[-OBJECT_VERB_REACH:])) else ""


def _object_of_verb(clause_before: str) -> bool:
    """The clause before a count ends in a verb whose object the count is (签署了, 累计发布15批共, 复制推广),
    passing over adverbs, particles and a count before: not 有 (an existential's count does what follows), a
    causative or a pivot verb (吸引了35家企业入驻园区)."""
    rules = cues()
    clause = BREAK.split(clause_before)[-1]
    skip, aspect = rules.words("object_count_skip_tags"), rules.words("aspect_tags")
    verbal = False
    words = [w for w in pos_tagger().lcut(clause) if w.word.strip()]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word.flag in skip:
            verbal = verbal or word.flag in aspect  # 培育了: the word before 了 is a verb
            continue
        if not (word.flag in rules.words("verb_tags") or verbal or _verb_after_adverb(words, at)):
            return False
        return not (rules.pattern("existential_before").search(word.word) or word.word in rules.words("causative_verbs")
                    or word.word in rules.words("pivot_verbs"))
    return False


def _verb_after_adverb(words: list[Any], at: int) -> bool:
    """(round 28) The verbal noun at ``at`` acts as a verb: an adverb stands right before it (我国已培育421家…), which
    qualifies an act, never a noun, or a running-total verb (全省累计建设65个…, 新增培育); jieba tags such a verb by its
    noun use (培育, 建设 vn)."""
    rules = cues()
    return (words[at].flag in rules.words("verbal_noun_tags") and at > 0
            and (words[at - 1].flag in rules.words("actor_adverb_tags")
                 or words[at - 1].word in rules.words("measure_qualifier_verbs")))


def without_enumeration(before: str, words: list[Word]) -> tuple[str, list[Word]]:
    """The text and words before a count without the enumeration closed by 等 that ends them (已在坦桑尼亚、莫桑比克、
    加纳等|十多个国家上线): the list only names some of what is counted, so the metric reads as if it were not there."""
    start = enumeration_start(words)
    if start is None:
        start = example_start(words)  # (round 43) 依法惩处孙志刚等|58名原中管干部: one named example
    if start is None:
        return before, words
    listed = "".join(w.text for w in words[start:]).rstrip()
    trimmed = before.rstrip()
    if not listed or not trimmed.endswith(listed):
        return before, words
    return trimmed[:len(trimmed) - len(listed)], words[:start]


def example_start(words: list[Word]) -> int | None:
    """(round 43) Where one named example closed by 等 that ends ``words`` (the text before a count) starts, or None:
    a word the segmenter fused with 等, unknown (untagged) or a name (赵正永等|42名中管干部: `fused_name_example`), or
    a run of proper names (a person, a place, a body: `example_name_tags`) right before a 等 of its own
    (孙志刚等58名原中管干部, 深圳等5个城市, 中国移动等3家企业), which names one of those counted, no part of what the
    count measures. None when the word before 等 is no name (两类等, 全省等) or a list of two or more members ends
    there (`enumeration_start` reads it: 赵正永、王富玉等)."""
    rules = cues()
    kept = [at for at, word in enumerate(words) if word.text.strip()]
    if not kept:
        return None
    last, names = words[kept[-1]], rules.words("example_name_tags")
    if (not last.tag or last.tag in names) and rules.pattern("fused_name_example").fullmatch(last.text.strip()):
        return kept[-1]  # 立案审查赵正永等|42名中管干部: a name fused with its 等
    if len(kept) < 2 or last.text.strip() not in rules.words("enumeration_closers"):
        return None
    inside = kept[:-1]
    start = None
    for at in reversed(inside):
        if words[at].tag not in names:
            break
        start = at
    if start is None or any(words[at].text.strip() == rules.setting("list_member_joiner") for at in inside):
        return None  # (a list of names, 智利、秘鲁和阿根廷等: round 18's enumeration reads it whole)
    before = [at for at in inside if at < start]
    if before and words[before[-1]].tag in rules.words("enumeration_stop_tags") - rules.words("verb_tags"):
        return None  # (…和阿根廷等: the last of a list joined by a conjunction)
    return start


def enumeration_start(words: list[Word], closed: bool = True) -> int | None:
    """Where an enumeration of two or more members closed by 等 that ends ``words`` starts, or None. Members are
    parted by 、 (the last may join with 和/及); the first runs back from the first 、 over words of no stop tag
    (a verb, preposition or adverb before it opens the list: 已在, 已有, 吸引了), at most as long as the longest
    other member and a few characters more. Not ``closed``: a list that ends ``words`` with no 等 (one a count
    restates the size of, round 39 mend: 我市引进华为、腾讯、阿里|3家企业)."""
    rules = cues()
    kept = [at for at, word in enumerate(words) if word.text.strip()]
    if len(kept) < (4 if closed else 3) or (
            closed and words[kept[-1]].text.strip() not in rules.words("enumeration_closers")):
        return None
    separator = rules.setting("list_member_joiner")
    inside = kept[:-1] if closed else kept
    parts = [at for at in inside if words[at].text.strip() == separator]
    if not parts:
        return None
    first = parts[0]
    listed = "".join(words[at].text for at in inside if at > first)
    if BREAK.search(ASIDE.sub("", listed)):
        return None  # a clause ends inside: no one list
    members = [m for m in rules.pattern("list_last_joiners").split(listed.replace(separator, "\n")) if m.strip()]
    members = [part for m in members for part in m.split("\n") if part.strip()]
    if not members:
        return None
    room = max(len(SPACE.sub("", m)) for m in members) + rules.setting("enumeration_member_slack")
    stops = rules.words("enumeration_stop_tags")
    start, size = first, 0
    while start > 0:
        word = words[start - 1]
        text = word.text.strip()
        if not text or word.tag in stops or BREAK.search(text) or size + len(text) > room:
            break
        start, size = start - 1, size + len(text)
    return start if start < first else None


def joiner_opens(texts: list[str]) -> bool:
    """(round 44 mend) The first of these words, a joiner of counts (和, 及, 以及, 、), is a word of its own or opens a
    word the dictionary does not hold (jieba's 张和托 / 和托育: a name it guessed), not the first character of a word
    (3个和谐社区和5个文明村, 公园3个和谐社区5个: 和谐 is 和谐)."""
    return bool(texts) and (texts[0] in cues().words("noun_joiners") or texts[0] not in pos_tagger().word_tag_tab)


def joined_count_member(bare: str, governing: Governing | None, counted: bool) -> str:
    """(round 44) The next count of a list of counts written noun first and joined by a `count_member_joiners` word
    (全市新建学校12所和幼儿园30所; 全省建成5G基站3万个和千兆光网端口10万个): the act the first count's metric
    names before its noun, with this count's noun (全市新建幼儿园, 全省建成千兆光网端口), as the one act governs both
    objects. Only when the clause is the joiner, a word of its own (`joiner_opens`: not 和谐社区), and a noun of no
    increment verb (claims.yaml `joined_count_member`), the value is a count and the one before is in a measure word
    too (no money, no per cent: `relative_units`) with no change, and the first metric holds the act that governs
    its closing noun phrase (`governing_act`: 全县新增就业岗位 → 新增, not 就业); "" otherwise."""
    rules = cues()
    joined = rules.pattern("joined_count_member").fullmatch(bare)
    if (joined is None or governing is None or not counted or not governing.unit or governing.unit.isascii()
            or governing.unit in rules.words("relative_units") or governing.change or not governing.subject
            or not joiner_opens(cut_words(bare))):
        return ""
    noun = joined["noun"]
    own = cut_words(noun)
    increments = rules.words("increment_verbs")
    if not own or not nominal(own) or any(w in increments for w in own):
        return ""
    words = cut_words(governing.subject)
    at = governing_act(words)
    return "".join(words[:at + 1]) + noun if at >= 0 else ""


def governing_act(words: list[str]) -> int:
    """(round 44) Where the act that governs a metric's closing noun phrase stands in its words (全县|新增|就业|岗位:
    新增), -1 with none: the last act (a verb by its tag, or an increment verb: 新增, 新建) with words after it,
    leaving out a verb that opens the noun phrase, i.e. one right after another act that only qualifies the noun
    after it (新增|就业|岗位: 就业岗位 is the object; 提供|就业|岗位 too), an increment verb never (累计|新建|学校)."""
    rules = cues()
    verb_tags, increments = rules.words("verb_tags"), rules.words("increment_verbs")
    tags = pos_tagger().word_tag_tab

    def act(word: str) -> bool:
        return word in increments or tags.get(word, "") in verb_tags

    for at in range(len(words) - 2, -1, -1):
        if not act(words[at]):
            continue
        if words[at] not in increments and at > 0 and act(words[at - 1]) and verbs_qualify(words[at:]):
            continue
        return at
    return -1


def opens_joined_member(words: list[Word]) -> bool:
    """(round 44) The words after a count, up to the next value, are only a joiner and the next member's noun
    (新增养老床位500张|和托育机构|20家; claims.yaml `joined_count_after`) and the joiner is a word of its own
    (`joiner_opens`): the count counts no noun after it, its noun came before it."""
    texts = [w.text for w in words if w.text.strip()]
    return (bool(texts) and cues().pattern("joined_count_after").fullmatch("".join(texts)) is not None
            and joiner_opens(texts))
