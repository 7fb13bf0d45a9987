"""Owners and shares: whose measure a value is (a share's, a rate's, a part's owner) in its clause and context."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.bases import without_base, without_base_or_close
from pipeline.extract.claim_metric.carried import without_carried_adverb, without_count_predicate, without_judgement
from pipeline.extract.claim_metric.cleaning import CLAUSE_ENDS, EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.siblings import parallel_core, without_area_scope
from pipeline.extract.claim_metric.words import (
    cut_words,
    ends_in_metric_head,
    ends_in_place,
    frame_noun,
    has_noun,
    head_names_a_body,
    longest_end,
    longest_start,
    measure_word,
    modifies,
    names_a_place,
    names_any_measure,
    nominal,
    only_qualifiers,
    word_class,
)
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import pos_tagger, tag_of
from pipeline.resources import cleared_with_resources, load_yaml

_CLAUSE_STOP = re.compile(f"[{CLAUSE_ENDS}（(]")  # (round 42) ends the clause an act after a count is read in


VALUE = re.compile(r"(?<![A-Za-z0-9.．])\d")  # a digit that opens a value, not one inside a name (PM2.5, M2)


def run_length(bare: str, words_after: list[Word], governing: Governing | None) -> Governing | None:
    """The metric of a run's length (中国连续7年成为德国最大贸易伙伴, LPR连续11个月保持不变): the clause's own
    subject (its country kept: it is the one the run is of) with what it has kept doing; a clause that names none
    (LPR为3.45%，已连续11个月保持不变) goes on with the subject of the value before it in its sentence
    (``governing``), without the comparison word a change of it left at its end when its base date was cut (…分别为
    53.8%和52.5%，比上月下降0.9和1.6个百分点，连续两个月位于扩张区间: `综合PMI产出指数位于扩张区间`, round 40)."""
    rules = cues()
    run = rules.pattern("run_length_before").search(bare)
    if not run:
        return None
    subject = clean(bare[:run.start()], country=False) or without_base(governing.subject if governing else "")
    if subject in rules.words("bare_heads") and governing is not None and governing.subject:
        subject = rate_owner(without_carried_adverb(without_base(governing.subject))) + subject
        # (round 42: …核心CPI同比上涨0.5%，涨幅已连续5个月相同 → 核心CPI涨幅相同: a bare rate's run is its owner's)
    done = clean("".join(w.text for w in words_after), country=False)
    return Governing(subject + done, subject, "", done=done) if subject and done else None


def streak_subject(bare: str, unit: str) -> str:
    """(round 44 mend) The metric of a streak (该股收获五连板, 出口实现五连增: a unit of numbers.yaml's
    `streak_word_head` and a verb, 连板, 连增): the subject that has the run, without the verb it is had by
    (`streak_lead_verb`: 收获, 迎来, 实现, 录得) and with the pointer it opens with (该股, 该公司: the stock or the firm
    the text is about, not 股); "" for no streak or no subject (CPI三连降 keeps the usual reading)."""
    head = load_yaml("numbers.yaml")["streak_word_head"]
    if len(unit) < 2 or not unit.startswith(head):
        return ""
    subject = cues().pattern("streak_lead_verb").sub("", bare)
    cleaned = clean(subject, country=False)
    pointer = subject[:len(subject) - len(cleaned)] if subject.endswith(cleaned) else ""
    if pointer and cues().pattern("streak_pointer").fullmatch(pointer):
        return subject
    return cleaned if subject != bare else ""


@cleared_with_resources
@lru_cache(maxsize=256)
def elided_object_sibling(head: str, subject: str, metric: str) -> tuple[str, str] | None:
    """The count of a place that repeats the act of the place before with its object left out (北京拥有79家独角兽
    企业，上海有65家 → 上海拥有的独角兽企业; 北京新增独角兽企业12家，上海新增8家 → 上海新增独角兽企业): the place stands
    where the place before stood in its metric (``metric``, of the governing ``subject``; round 40). The act must be
    the one before, a verb of having (有, 拥有) for one, or none; None otherwise, or when the metric before names
    nothing past its act; else the sibling's metric and subject. Kept per head, governing subject and metric, as
    `account_sibling` is (mend: each value of a list tagged the same subject again)."""
    rules = cues()
    verbs, have = rules.words("verb_tags"), rules.words("have_verbs")
    own = [w for w in pos_tagger().lcut(head) if w.word.strip()]
    act = own[-1].word if own and (own[-1].flag in verbs or own[-1].word in have) else ""  # (mend: 现有 is tagged b)
    place = head[:len(head) - len(act)]
    before = [w for w in pos_tagger().lcut(subject) if w.word.strip()]
    k = next((i for i, w in enumerate(before) if w.flag in verbs), len(before))
    owner = "".join(w.word for w in before[:k])
    act_before = before[k].word if k < len(before) else ""
    if (not place or not owner or place == owner or not metric.startswith(owner)
            or not names_a_place(place) or not names_a_place(owner)):
        return None
    if act and act != act_before and not (act in have and (act_before in have or not act_before)):
        return None
    shared = metric[len(owner):]
    if not shared or shared == act_before:
        return None
    return place + shared, place + subject[len(owner):]


def instrument_owner(before: str, words_before: list[Word], after: str) -> str:
    """The owner before 以 (a word of its own) ending the clause before a count (中国以340家独角兽企业位居全球第二 →
    中国): the count is of the owner's things, the noun after it, and the rank after is no act they do (round 40);
    a country owner is kept, as one of the ranked (round 14 keeps a run's country). "" where 以 is no word of its own
    (予以, 可以) or nothing stands before it, and in the 以…为 frame or before 的 and a noun (``after``, the words after
    the counted noun: 以3000名学生为研究对象, 以3个球的优势; round 40 mend)."""
    if cues().pattern("instrument_frame_close").match(after):
        return ""
    head = clean(before, country=False)
    instrument = cues().pattern("instrument_end").search(head)
    if not instrument or not instrument.start() or not words_before or words_before[-1].text != instrument.group(0):
        return ""
    return head[:instrument.start()]


def topic_measure(before: str) -> str:
    """The measure a topic frame of the sentence names (从净利润看，…; 拨备覆盖率方面，…), the last such frame
    before the value's clause, or "" where none names a measure."""
    rules = cues()
    topics = [m["topic"] for m in rules.pattern("owner_topic_frame").finditer(SPACE.sub("", before))]
    return topics[-1] if topics and rules.pattern("metric_head").search(topics[-1]) else ""


def clause_subject(clause: str, words: list[Word]) -> str:
    """The subject a clause names for the next one (我国进口额连年增长，2020年达到…亿美元 → 进口额),
    or "" when the clause only frames the sentence (受疫情影响, 在…压力下, 从…来看) or is only the verb of a release
    cited, its publisher and cue read as the source (税务总局通报数据显示，… → 通报, a noun to the tagger; round 44
    mend: `cited_release_clause`, as for a value's own first clause)."""
    rules = cues()
    if rules.pattern("cited_release_clause").fullmatch(clause):
        return ""
    framed = rules.pattern("framed_subject").fullmatch(SPACE.sub("", clause))
    if framed and has_noun(clean(framed["subject"]), words):
        return clean(framed["subject"])  # 进口环节税收在…带动下，增长6.6%: the subject before its clause's frame
    if rules.pattern("frame_clause").search(SPACE.sub("", clause)):
        return ""
    clause = rules.before("state_predicate_tail", clause.rstrip())  # (round 37: …快递业运行总体平稳，揽收…: no state)
    clause = rules.pattern("direction_clause_tail").sub("", clause)  # (round 43: …比上年有所增加，增产1.3%: no 比有所)
    clause = rules.pattern("recovery_clause_tail").sub("", clause)  # (round 44: 客流量有序恢复，同比增长: no 有序恢复)
    clause = without_judgement(clause)  # (round 46: 新增就业完成情况快于时序进度，1-9月达到…: no judgement)
    clause = rules.pattern("pace_judgement_tail").sub("", clause)  # (round 46: …收入增速平稳，达…亿元: no 平稳)
    clause = rules.pattern("trend_clause_tail").sub("", clause)  # (round 48: …增加值延续平稳向好趋势，同比增长…)
    clause = rules.pattern("extreme_reached_tail").sub("", clause)  # (round 48: …贷款率攀升至近年来的高位，…)
    phrase = clean(before_value(clause, words))
    ranked = rules.pattern("superlative_entity").fullmatch(phrase)
    if ranked and has_noun(ranked["metric"], words):
        return ranked["entity"] + ranked["metric"]
    change_at = change_start(phrase, words)
    head = clean(phrase[:change_at.start()]) if change_at else phrase
    head = rules.before("rank_top_predicate", head)  # (round 36: …软件业务收入居全国前5，同比分别增长…: no rank)
    head = rules.pattern("run_ordinal_tail").sub("", head)  # (round 42) 黄金储备已连续第7个月增加: no 已连续第
    head = rules.pattern("carried_plan_tail").sub("", head)  # (round 43) …计划增长6%，实际增长…: no 计划
    return without_count_predicate(head) if has_noun(head, words) else ""  # (round 33: …集采|已开展十批)


def priced_goods(head: str, context: Context) -> str:
    """(round 42) The goods a bare price is of (`priced_list_measures`) when the clause right before, with no
    value of its own, tells how their supply or demand goes (猪肉供给持续增加，价格继续下降1.9% → 猪肉; 牛肉供应
    偏紧，价格上涨…): the nouns before the supply noun (`goods_supply_nouns`) opening that clause; a price is always
    some goods', never bare. "" when the head is no bare price, the clause before names a value, no supply noun after
    nouns alone (市场运行平稳，价格…; 受天气影响，价格…), a place or scope (部分地区供应偏紧), a list (鲜菜和鸡蛋
    供应充足，价格分别…) or nouns naming who holds or wants goods, not goods (round 42 mend: 企业库存高企, 公司产量…,
    居民需求旺盛, 消费者需求…: a firm, body or people, by `compound_verb_actor_ends`, `own_actor_group_heads`,
    `people_group_heads` and the organisations' heads)."""
    rules = cues()
    price = longest_start(head, rules.words("priced_list_measures"))
    adverb = head[len(price):]  # (价格继续下降: an adverb of the state words the head may keep, 继续, 仍)
    if (context.local or not context.previous_clause or not price
            or (adverb and adverb not in rules.words("state_adverbs"))):
        return ""
    clause = clean(context.previous_clause)
    if VALUE.search(clause):
        return ""
    goods = ""
    for word in cut_words(clause):
        if word in rules.words("goods_supply_nouns"):
            break
        if (word_class(word) != "n" or measure_word(word) or modifies(word) or ends_in_place([word])
                or word in rules.words("region_nouns")):
            return ""  # (随着生猪生产不断恢复; 部分地区供应偏紧: no goods alone before their supply; 鲜菜和鸡蛋…: a
            # list, whose prices a 分别 gives each member, is left to the members' own words)
        goods += word
    else:
        return ""
    actors = (*rules.words("compound_verb_actor_ends"), *rules.words("own_actor_group_heads"),
              *rules.words("people_group_heads"), *(head for head, _ in org_resources().heads))
    return "" if goods.endswith(actors) else goods  # (round 42 mend) 企业库存高企，价格…: no goods, a firm's stock


def state_clause_actor(head: str, words_before: list[Word], context: Context) -> str:
    """(round 37 review) The subject of a clause right before that only says how it is doing (全国邮政快递业运行总体
    安全、平稳有序，投递快递包裹…; 全国铁路运输总体安全平稳，发送旅客…) acts in the value's clause when that clause
    opens with an act and its object names no measure: what the state clause tells decides, not how the tagger reads
    the object (投递 vn, 旅客 n; 揽收快递包裹, all verbs, is read so by the branch for a head with no noun). "" when the
    clause before is no state clause, the value's clause opens otherwise or names a measure (完成快递业务量)."""
    rules = cues()
    if rules.pattern("metric_head").search(head):
        return ""
    opening = [w for w in words_before if w.text.strip()]
    if not opening or opening[0].tag not in (*rules.words("verb_tags"), *rules.words("act_tags")):
        return ""  # (an act, however tagged: 揽收 v, 投递 vn)
    return _state_clause_subject(context)


def state_clause_owner(head: str, context: Context) -> str:
    """(round 43) The subject of a clause right before that only says how it is doing or going (软件业运行态势良好，
    业务收入…; 全国光缆网络稳步延伸，总长度达…; 装备制造业恢复态势明显，上半年增加值…) owns a bare measure of a whole
    the value's clause names alone (`state_owned_measures`): a release names the industry once, then its measures.
    "" when the value is not its sentence's first, the clause before is no state clause or the head names more."""
    rules = cues()
    if head not in rules.words("state_owned_measures"):
        return ""
    subject = _state_clause_subject(context)
    act = longest_end(subject, rules.words("state_subject_acts"))  # (round 43 mend: 全国铁路建设稳步推进 → 全国铁路)
    return subject[:-len(act)] if act and len(subject) - len(act) >= 2 else subject


def runner_up_owner(head: str, governing: Governing | None, context: Context) -> str:
    """(round 49) The entity a ranking clause right before names (紧随其后的是华为，出货量9000万台; 其次是小米，出货量…;
    排名第三的是OPPO，…: `runner_up_clause`) owns the bare measure the value's clause names alone (出货量): the ranking
    told without 以, as 华为以9000万台的出货量紧随其后 gives 华为出货量. "" when the clause before is no such clause, or
    the head names more than a measure (华为出货量, 全球出货量) or no measure, or no value before measured the same
    (最低工资标准上调，其次是社保，失业率为5.5%: no ranking of 失业率), or the clause names an act, no entity (一是扩大
    投资，投资额为10亿元；其次是加强监管，投资额为5亿元: 其次 counts the points of a plan; round 49 mend)."""
    rules = cues()
    led = rules.pattern("runner_up_clause").fullmatch(SPACE.sub("", context.previous_clause))
    if (led is None or governing is None or not governing.metric.endswith(head)
            or not ends_in_metric_head(head) or len(cut_words(head)) > 1
            or rules.pattern("metric_head").search(led["entity"]) or _names_an_act(led["entity"])):
        return ""
    return led["entity"]


def _names_an_act(phrase: str) -> bool:
    """(round 49 mend) The phrase is an act, no entity: a verb in it (加强监管) or only verbal nouns (优化服务), as the
    points of a plan are (其次是加强监管), where a ranking names a company, a sector or a place (华为, 汽车行业)."""
    words = cut_words(phrase)
    verbal = cues().words("verbal_noun_tags")
    tags = pos_tagger().word_tag_tab
    return not nominal(words) or all(tags.get(w, "") in verbal for w in words)


def topic_clause_owner(head: str, words_before: list[Word], context: Context) -> str:
    """(round 47) A topic clause opening the sentence (长江、黄河…等七大流域及…浙闽片河流水质，Ⅰ—Ⅲ类优良断面比例
    为…; 长江流域，Ⅰ—Ⅲ类水质断面比例…) names whose the measure of the value's clause is: a noun phrase alone, no
    verb, value or clause word (`topic_clause_tags` closing it), and the head a measure with no place of its own; an
    enumeration closed by 等 and its category gives the category (`topic_enumeration_lead`). "" when the value is not
    its sentence's first or is a 分别 member, or the clause before says more (an act, a state, a date: 一季度，…;
    据统计，…; 其中，…) or is not the sentence's first."""
    rules = cues()
    topic = SPACE.sub("", context.previous_clause)
    if (context.local or context.members or len(topic) < 2 or any(c.isdigit() for c in topic)
            or SPACE.sub("", context.before) not in {topic + end for end in rules.words("topic_clause_ends")}
            or not (ends_in_metric_head(head) or head.endswith(tuple(rules.words("bare_heads"))))):
        return ""
    written = "".join(w.text for w in context.previous_words if w.text.strip()).rstrip("".join(
        rules.words("topic_clause_ends")))
    if written != topic:  # (a source or a verb the clause before had, blanked: 去哪儿平台数据显示 → 平台)
        return ""
    words = [w for w in cut_words(topic) if w.strip()]
    if (len(words) > 2 and words[-1] in rules.words("topic_clause_frames")
            and words[-2] in rules.words("segment_frame_heads")
            and (bare := rules.pattern("metric_head").search(SPACE.sub("", head))) and bare.start() <= 2):
        # (round 48) 营销服务业务方面，营收…: a business line's frame, without its 方面, owns a bare account (营收,
        # 营业收入, 净利润: a head word after two characters at most), not one named whole (本土市场游戏收入)
        topic, words = topic[:-len(words[-1])], words[:-1]
    joiners, clause = rules.words("noun_joiners"), rules.words("clause_word_tags") | rules.words("verb_tags")
    if not words or words[-1] in rules.words("topic_clause_frames") or tag_of(words[-1]) not in rules.words(
            "topic_clause_tags") or any(
            w not in joiners and (tag_of(w) in clause or tag_of(w) in rules.words("topic_clause_barred_tags"))
            for w in words):
        return ""
    places = rules.words("place_pos_tags")
    if len(words) < 2 and tag_of(words[0]) not in places:
        return ""  # (one common noun, a line's tail: …统计|口径，2016年我国…)
    own = "".join(w.text for w in words_before)
    if any(w.tag in places for w in words_before) or rules.pattern("metric_lead_country").search(own):
        return ""  # (a place of the value's own clause: 上海，浦东新区GDP…; 口径，2016年我国地方政府债务率…)
    return rules.pattern("topic_enumeration_lead").sub("", topic)  # 长江、黄河…等七大流域 → 七大流域


def _state_clause_subject(context: Context) -> str:
    """The subject of the clause right before the value's, when the value is its sentence's first and that clause only
    says how its subject is doing or going (`state_predicate_tail`); "" otherwise. Shared by `state_clause_actor` and
    `state_clause_owner`."""
    if (context.local or not context.previous_clause
            or not cues().pattern("state_predicate_tail").search(context.previous_clause.rstrip())):
        return ""
    return clause_subject(context.previous_clause, list(context.previous_words))


def holds_object(head: str) -> bool:
    """(round 37) A counted value's head is a verb with its object (揽收快递包裹: jieba tags every word a verb), not a
    verb alone after its adverbs (共纳入, 已开展): two words or more besides adverbs, prepositions and conjunctions."""
    clause = cues().words("clause_word_tags")
    return len([w for w in pos_tagger().lcut(head) if w.word.strip() and w.flag not in clause]) >= 2


def change_start(phrase: str, words: list[Word]) -> re.Match[str] | None:
    """Where the change of a phrase begins, or None. A rate noun a change word opens (人口自然增长率, 工业增加值增速)
    after the subject it measures is that subject's measure, no change, when the value follows it (the phrase ends
    in it) or a change of the rate follows it (增速比上年回落: the change is 回落) — round 21. A rate noun with no
    subject before it (增速比上年提高, 远低于增长速度的) stays a bare head that takes the subject named before,
    unless it names its measure whole (`self_named_rates`: 自然增长率)."""
    rules = cues()
    change_at = rules.pattern("change_words").search(phrase)
    end = rules.pattern("rate_noun_end").search(phrase)
    owner = rules.pattern("change_words").sub("", clean(phrase[:end.start()])) if end else ""  # (同比增速: no owner)
    if (end and has_noun(owner, words)) or rules.pattern("self_named_rate_end").search(phrase):
        return None  # (自然增长率为-2.41‰: a population's rate by its own name)
    picked = rules.pattern("change_picked_group").match(phrase, change_at.end()) if change_at else None
    if picked and (has_noun(picked["group"], words) or tag_of(picked["group"]) in rules.words("noun_tags")):
        return None  # (round 37 mend) 增速超过10%的省: the threshold picks out the group named; no change
    if change_at and rules.pattern("change_effect_tail").match(phrase, change_at.end()):
        return None  # (round 29) 新涨价影响约为0.9个百分点: the effect measured, a noun of its own
    rate = rules.pattern("rate_noun_at").match(phrase, change_at.start()) if change_at and change_at.start() else None
    later = rules.pattern("change_words").search(phrase, rate.end()) if rate else None
    return later if later and has_noun(clean(phrase[:rate.start()]), words) else change_at


def after_cause(context: Context) -> bool:
    """The clause before the value's is a cause clause that holds the value before it (因今日有2690亿元逆回购到期): its
    subject is the cause's, not what the next clause reports."""
    clause = SPACE.sub("", context.previous_clause)
    return context.local and bool(cues().pattern("cause_clause").match(clause)) and bool(VALUE.search(clause))


def before_value(clause: str, words: list[Word]) -> str:
    """The clause up to its first value when a noun comes before it (归属于…的净利润为5亿元至6亿元 → 归属于…的净利润为):
    the values a forecast leaves unclaimed are no part of the subject it names; a clause a value opens stays whole."""
    tenor = cues().pattern("instrument_tenor")  # (round 22: 公开市场7天逆回购操作利率，由此前的…: 7天 names the rate)
    at = next((m for m in VALUE.finditer(clause) if not tenor.match(clause, m.start())), None)
    return clause[:at.start()] if at and has_noun(clean(clause[:at.start()]), words) else clause


def part_of(head: str, governing: Governing | None) -> str:
    """A part of the whole the governing subject measures (出口 of 服务进出口): the subject with the
    whole's word replaced by the part's, or "". A share the whole was given last (民营企业进出口…，占我国外贸总值的
    42.4%。其中，出口… → 民营企业出口; …，占18.1%, round 29) is no part of it: the part is of the share's owner.
    (Round 40) A whole named with its sum word (…进出口总值, …进出口额) has the same parts (…出口)."""
    if governing is None:
        return ""
    subject = share_owner(governing.subject)  # (…，占18.1%: 加工贸易进出口占比)
    rules = cues()
    summed = max((w for w in rules.words("metric_part_sum_words") if subject.endswith(w)), key=len, default="")
    whole_ends = tuple(rules.mapping("metric_parts"))
    if summed and subject[:-len(summed)].endswith(whole_ends):
        subject = subject[:-len(summed)]  # (round 40) …国家进出口总值…，其中出口… → …国家出口
    for whole, parts in rules.mapping("metric_parts").items():
        named = [w for w in (whole, *sorted(parts)) if subject.endswith(w)]
        if head in parts and named:  # 服务进出口 → 服务出口; 服务出口 → 服务进口
            return subject[:-len(named[0])] + head
    return ""


def head_owner(context: Context, governing: Governing | None) -> str:
    """Whose share, size or rate a bare head word (占比, 规模) gives: the subject of the clause before
    (the first value of a sentence), else the governing subject."""
    if not context.local:
        subject = clause_subject(context.previous_clause, list(context.previous_words))
        if subject:
            return subject
    return governing.subject if governing is not None else ""


def involved_owner(context: Context, governing: Governing | None) -> str:
    """What a bare 涉及金额/涉及资金 is the amount of (round 41): the subject of the clause right before it, which
    names the problem found (有8个省的专项债券资金闲置，涉及金额…), else the governing subject; a frame ending in 中
    (审计抽查的12个省份中) names where it was found, no owner."""
    subject = clause_subject(context.previous_clause, list(context.previous_words))
    if not subject and governing is not None:
        subject = governing.subject
    if cues().pattern("involved_frame_end").search(subject):
        return ""
    return cues().pattern("involved_count_lead").sub("", subject, count=1)  # 有8个省的: the count is its own claim


def runner_up_measure(context: Context, governing: Governing | None) -> str:
    """The measure of the next place of a ranking whose clause names only the entity (…年平均工资最高，为231810元；
    其次是金融业，为197663元 → 金融业年平均工资): the entity the clause before names after 其次是, with the measure the
    first place's subject shares with it (its words after the member that ends like the entity); or "". 其次是 is
    itself the ranking's mark, wherever its first place was named (often the sentence before the ；)."""
    rules = cues()
    if governing is None or not governing.subject:
        return ""
    ranked = rules.pattern("ranked_entity_clause").fullmatch(clean(context.previous_clause))
    if not ranked:
        return ""
    core = parallel_core(ranked["entity"], governing, named=True, before=context.before)
    return ranked["entity"] + core if core else ""


def counted_group_owner(bare: str, member: str | None, context: Context, governing: Governing | None) -> str:
    """Whose share a bare 占 after a count gives (202个城市环境空气质量达标，占59.6%): the counted group the value
    before named, when no subject of its own is at hand (none, or only a share word left from a clause before:
    占比 would double into 占比占比); or "". Also when 占 names the whole before 的 (…达标，占全部城市数的40.1%:
    `counted_share_of_base`, round 39): the group counted holds that share as well."""
    rules = cues()
    if (member or governing is None or not context.local or not governing.metric
            or not (rules.pattern("counted_share").fullmatch(bare)
                    or rules.pattern("counted_share_of_base").fullmatch(bare))):
        return ""  # (round 29: 占比约77% after the count, as 占77%)
    subject = governing.subject
    if subject and subject not in rules.words("bare_heads") and governing.metric.startswith(subject):
        return ""
    return governing.metric if governing.metric not in rules.words("bare_heads") else ""


def share_owner(subject: str) -> str:
    """Whose share a subject names (税收收入占一般公共预算收入的比重 → 税收收入; 非税收入占比 → 非税收入), or the
    subject itself when it names no share: a change in per cent after a share is its owner's (round 21). A share whose
    base a 在…中 frame names goes with its frame (新兴业务收入在电信业务收入中占比 → 新兴业务收入; round 36)."""
    return cues().before("share_base_in_subject", cues().before("share_in_subject", subject))


def total_stand_in(head: str, governing: Governing | None, local: bool) -> str:
    """(round 48) The head with the bare total word opening its share (总量占…的比重, 规模占…) replaced by the subject
    the value before in the sentence measured (采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9% →
    采矿业增加值占全市规上工业增加值的比重): the word stands for that subject's amount. "" when the head opens
    otherwise, no value before it in the sentence gave a subject, or that subject (without its share or rate noun)
    names no measure."""
    found = cues().pattern("share_total_stand_in").match(head)
    if not found or not local or governing is None or not governing.subject:
        return ""
    owner = rate_owner(share_owner(without_base(governing.subject)))
    return owner + head[found.end():] if ends_in_metric_head(owner) else ""


def rate_owner(subject: str) -> str:
    """Whose rate a subject names (工业增加值增速比上年 → 工业增加值), or the subject itself when it names no rate: a
    change in per cent after a rate is its owner's (…增速比上年回落0.5个百分点，增长4.6%; round 21)."""
    compared = without_base(subject)
    owner = cues().before("rate_noun_end", compared)
    return owner if owner != compared else subject


def amount_subject(subject: str, unit: str) -> str:
    """A subject carried to a value in units of its own (an amount, a count), without the rate noun it ends in
    (软件业务收入增速平稳，达18965亿元 → 软件业务收入): an amount is never a rate, the clause judged its pace (round
    46). A value in per cent or points, or with no unit, keeps the subject whole."""
    if not unit or unit in cues().words("relative_units") or unit in cues().words("point_change_units"):
        return subject
    return rate_owner(subject) or subject


def outcome_member(bare: str, context: Context, governing: Governing | None) -> Governing | None:
    """A member after 其中 that names only how the whole's things came out of a test or check (`outcome_members`:
    进行结核菌素试验91.86万人次，其中阳性21.84万人次; 共抽检食品样品12580批次，其中合格12311批次，不合格269批次): the
    whole's measure and the outcome (进行结核菌素试验阳性, 共抽检食品样品不合格), the whole handed on to the next member
    (round 26); or None. Only in the whole's measure word, in a sentence whose clauses up to it open a breakdown with
    其中."""
    rules = cues()
    if governing is None or not context.unit or context.unit != governing.unit:
        return None
    found = rules.pattern("outcome_member_clause").fullmatch(bare)
    if not found or found["outcome"] not in rules.words("outcome_members"):
        return None
    if not in_breakdown_clause(bare, context):
        return None
    whole = governing.core or governing.subject
    if not whole or whole.endswith(found["outcome"]):
        return None
    return Governing(whole + found["outcome"], whole + found["outcome"], "", whole, unit=context.unit)


def in_breakdown_clause(bare: str, context: Context) -> bool:
    """A clause of the sentence up to the value opens a breakdown with 其中 (`subset_clause_open`): the value's clause
    is a member of the whole given before it (round 26)."""
    return bool(cues().pattern("subset_clause_open").search(SPACE.sub("", context.before) + bare))


def member_share(bare: str, context: Context, governing: Governing | None) -> str:
    """The share a member of a breakdown after 其中 holds (…12.6万户，其中企业占31.2%，个体工商户占68.1% → 企业占比,
    个体工商户占比; 员工总数…，其中男性占55% → 男性占比): the member and the share head, never the member glued to the
    whole it is a share of (round 26); or "". Only a share in per cent of a whole given before, in a clause of nothing
    but the member and 占, in a sentence whose clauses up to it open a breakdown with 其中. A member that only names
    a grade (Ⅱ类占50.2%: round 19) or stands for those of a kind (60岁以上的占…) is left to the members' rules."""
    rules = cues()
    framed = rules.pattern("share_frame_open").search(SPACE.sub("", context.before))  # 在全部农民工中， (round 26)
    if (governing is None and not framed) or context.unit != rules.setting("member_share_unit"):
        return ""
    found = rules.pattern("member_share_clause").fullmatch(bare)
    if not found or not (framed or in_breakdown_clause(bare, context)):
        return ""
    group = clean(found["member"], country=False)
    if not group or only_qualifiers(group) or found["member"].endswith(rules.setting("relative_marker")):
        return ""
    return group + rules.setting("share_head")


def member_share_after(bare: str, after: str, context: Context, governing: Governing | None) -> str:
    """(round 47) The share a member after 其中 holds when the share comes first and the member after it (…外贸经营主体
    58万家，其中八成以上是民营企业 → 民营企业占比; 其中60%以上为中小企业 → 中小企业占比): round 26's member share
    written the other way round, never the whole's name (外贸经营主体). Only a share in per cent of a whole given in
    another unit before it in the sentence, a clause of nothing but 其中 and an approximation word before the value
    (`member_share_lead`), and after it only a bound, the copula and a noun phrase (`member_share_after`); or ""."""
    rules = cues()
    if (governing is None or not context.local or context.unit != rules.setting("member_share_unit")
            or governing.unit in ("", context.unit)):
        return ""
    found = rules.pattern("member_share_after").match(SPACE.sub("", after))
    if not found or not rules.pattern("member_share_lead").fullmatch(bare):
        return ""
    member = clean(found["member"], country=False)
    if not member or only_qualifiers(member) or not nominal(cut_words(member)):
        return ""
    return member + rules.setting("share_head")


def ranked_share_owner(bare: str, context: Context, governing: Governing | None) -> str:
    """(round 40) Who owns a share whose clause opens with 占 right after a clause ranking a body or partner
    (`ranked_share_clause`: 东盟为我国第一大贸易伙伴，占我国外贸总值的14.6%): the subject before when it names the
    ranked one (我国对东盟进出口…，东盟为…，占… → 我国对东盟进出口), else the ranked one alone; or "". The rank
    clause names no measure, so it is never glued to the share, nor is the last member of a 分别 list before (欧盟) the
    share's owner."""
    rules = cues()
    if not rules.pattern("bare_share").match(bare) or not context.previous_bare:
        return ""
    clause = EDGE.sub("", SPACE.sub("", context.previous_clause))
    ranked = rules.pattern("ranked_share_clause").fullmatch(clause)
    entity = clean(ranked["entity"], country=False) if ranked else _ranked_after(clause, governing)
    if not entity:
        return ""
    if context.local and governing is not None and entity in governing.subject:
        return without_base(governing.subject)
    return entity


def _ranked_after(clause: str, governing: Governing | None) -> str:
    """(round 50) A clause naming the ranked one after its rank (第一大出口市场是美国; 公司第一大客户为华为:
    `ranked_share_after`), or the next place after a share (其次是欧盟, `runner_up_clause`, only when the value before
    was a share: 其次 also counts a plan's points); "" when what it names is a measure or an act, no entity. The name
    ends the clause, so it is not cleaned of a copula's characters (华为 keeps its 为)."""
    rules = cues()
    found = rules.pattern("ranked_share_after").fullmatch(clause)
    if found is None and governing is not None and rules.pattern("bare_share").search(governing.metric):
        found = rules.pattern("runner_up_clause").fullmatch(clause)
    if found is None or rules.pattern("metric_head").search(found["entity"]) or _names_an_act(found["entity"]):
        return ""
    return found["entity"]


def without_share(owner: str) -> str:
    """The owner without the share it was given in the clause before (…质押股份占其所持公司股份的45.11%，占公司总股本的
    16.09%: the second share is of the pledged shares too, not of the first share)."""
    return cues().before("share_of", owner)


def compared_rate(governing: Governing, unit: str) -> str:
    """(round 28) The rate noun a change in points before named ahead of its base (增速较去年同期回落3.5个百分点，
    较1—9月提高0.4个百分点; 增速较1—9月提高…，但较上年同期回落…): the next clause that opens with another base only
    is the same rate against it (软件业务收入增速较1—9月提高), not the amount's; "" when the change before was no rate
    in points."""
    rules = cues()
    if unit not in rules.words("point_change_units") or governing.unit != unit:
        return ""
    rate = longest_start(governing.change, rules.words("derived_heads"))
    if not rate or not rules.pattern("comparison_lead").match(governing.change[len(rate):].lstrip()):
        return ""
    return rate


def level_subject(governing: Governing) -> Governing:
    """What the level a change reached measures: the change's subject without its base and the session's close it
    was timed by (份额比前阶段提高5个百分点，达76.9% → 份额; 收盘沪指涨0.5%，报… → 沪指); when the subject is only that
    close (截至午间收盘，沪指跌0.32%，报3044.67点), the change's metric without its change word (沪指); a change
    written as an act on a measure (央行下调存款准备金率0.5个百分点至6.2%), that measure (round 28)."""
    if acted := acted_measure(governing):  # (the actor stays the subject later acts go on with: 央行…，同时下调…)
        return Governing(acted, governing.subject, "", governing.core)
    subject = without_base_or_close(governing.subject)
    if not subject and governing.change and governing.metric.endswith(governing.change):
        subject = without_base_or_close(governing.metric[:-len(governing.change)])
    subject = subject or governing.subject
    subject = cues().pattern("metric_tail_strip").sub("", subject) or subject  # 累计下跌4.2%，收于…: not 累计
    subject = without_carried_adverb(subject)  # (round 43) …最低标准再|提高20元，达到143元: the level has no 再
    if governing.change and any(governing.change.endswith(head) for head in cues().words("derived_heads")):
        subject += governing.change  # (round 20: 净利润增速从6.22%降至1.22%: a rate noun is the measure, not a change;
        # round 21: also after 同比/环比, 同比增速由上年的0.1%提升至2.5%)
    return Governing(subject, subject, "")


def acted_measure(governing: Governing) -> str:
    """The measure a change written as an act names after its verb (下调存款准备金率 → 存款准备金率), or ""
    (round 28)."""
    rules = cues()
    acted = rules.pattern("acted_measure").fullmatch(governing.change)
    return acted["object"] if acted and rules.pattern("metric_head").search(acted["object"]) else ""


def dealt_with(bare: str, words_after: list[Word], unit: str) -> str:
    """The act done to the people a count after 对 names, read after the count up to its clause's end (对23人予以党纪
    政务处分 → 予以党纪政务处分; 对12名干部予以诫勉谈话 → 予以诫勉谈话干部), or "" (round 42). Only the words before the
    value in its clause being 对 and adverbs (`dealt_party_before`), a people counter and an act verb of
    `dealt_act_verbs` right after the count (or after its people noun). (Round 42 mend) An area's scope word before
    them stays, where those dealt with are (全国共对37人予以通报问责 → 全国予以通报问责)."""
    rules = cues()
    party = rules.pattern("dealt_party_before").fullmatch(bare) if unit in rules.words("people_counters") else None
    if party is None:
        return ""
    words = []
    for w in words_after:
        if _CLAUSE_STOP.search(w.text):
            break
        if w.text.strip():
            words.append(w)
    verbs = rules.words("dealt_act_verbs")
    at = next((k for k, w in enumerate(words[:2]) if w.text in verbs), None)
    if at is None or at + 1 >= len(words):
        return ""
    noun = words[0].text if at == 1 and words[0].tag in rules.words("noun_tags") else ""
    if at == 1 and not noun:
        return ""
    return (party["scope"] or "") + "".join(w.text for w in words[at:]) + noun


def framed_share(bare: str, words_after: list[Word], context: Context, frame: str = "") -> tuple[str, str]:
    """(round 43) A per-cent share with no group after it, right after a group framed with 中
    (全国二级以上公立医院中，已有超过90%开展预约诊疗; 受访企业中有62.3%表示订单增加): the group and the act after the
    value (全国二级以上公立医院开展预约诊疗), as round 12 reads 受访者中有41.2%的人选择…, not the frame (…医院中).
    Only with nothing else before the value in its clause than the frame, 有 and adverbs (`framed_share_head`), and a
    verb right after the value or after 的 and the frame's own head (超过80%的医院开展了…: ``_opens_share_act``); or
    ""; with the group, the frame the next share of the sentence reads again. (Round 45) ``frame``: that group, named
    by the share before in the same sentence (受访企业中，62%表示订单增加，30%表示持平 → 受访企业表示持平, was the first
    share's act again)."""
    rules = cues()
    head = rules.pattern("framed_share_head").fullmatch(bare)
    if context.unit != rules.setting("share_change_unit") or head is None:
        return "", ""
    group = head["group"]
    if not group:
        group = frame_noun(rules.pattern("group_frame_noun").fullmatch(clean(context.previous_clause))) or frame
    words = [w for w in words_after if w.text.strip()]
    if group and words and words[0].text == rules.setting("relative_marker"):
        # (…医院中，超过80%的医院开展了…: the frame's own head named again after 的)
        named, tail = 0, ""
        for at in range(2, len(words) + 1):
            tail += words[at - 1].text
            if len(tail) > len(group):
                break  # (no longer run ends the group)
            if group.endswith(tail):
                named = at
        words = words[named:] if named else []
    act = rules.pattern("framed_share_act").match(SPACE.sub("", "".join(w.text for w in words)))
    if len(group) < 2 or not words or not _opens_share_act(words) or act is None:
        return "", ""
    return clean(group) + act[0], clean(group)


def _opens_share_act(words: list[Word]) -> bool:
    """The words after a framed share open what that part of the group does or is: a verb; (round 45) a verb of where
    it goes or comes from however jieba tags it (销往 vn: 出口产品中，35.2%销往欧盟), or a copula before a noun
    (`framed_share_copulas`: 新增就业人员中，40%为高校毕业生), which names the part's kind."""
    rules = cues()
    first = words[0]
    if first.tag in rules.words("verb_tags") or first.text in rules.words("share_destination_verbs"):
        return True
    return (first.text in rules.words("framed_share_copulas") and len(words) > 1
            and words[1].tag in rules.words("noun_tags"))


def framed_measure_member(subject: str, context: Context) -> Governing | None:
    """(round 44) A member named bare right after a frame of a measure (生均一般公共预算教育事业费中，普通小学为
    20518元; 全国R&D经费中，企业为26134.1亿元): the member's part of that measure (普通小学生均一般公共预算教育事业费,
    企业R&D经费), not the member alone, the measure its core for the members after it. Only the first value after the
    frame (``previous_bare``), a member naming no measure of its own (高技术制造业占比, 不良贷款 keep theirs), and a
    frame whose whole ends in a metric's head (`measure_whole_frame`; not a group, 受访企业中: round 43's framed
    share); the frame's area scope goes, as it does for a region (round 24)."""
    if not subject or not context.previous_bare or names_any_measure(subject) or ends_in_metric_head(subject):
        return None
    found = cues().pattern("measure_whole_frame").fullmatch(clean(context.previous_clause))
    if found is None or not ends_in_metric_head(found["whole"]):
        return None
    core = without_area_scope(found["whole"])
    return Governing(subject + core, subject + core, "", core)


def company_owner(head: str, subject: str, before: str = "") -> str:
    """(round 44) The company that owns the measure before a bare measure of its own clause (比亚迪公司实现营业收入…，
    净利润… → 比亚迪: 比亚迪净利润): the subject before opens with a company's name (a company the lexicon knows, or
    one ending in a company's head, words.yaml `company_heads`, whose name before that head is none: 中国银行公司
    贷款余额 is 中国银行's 公司贷款余额, its 公司 opens the measure; round 44 mend) and goes on with a measure; the
    head is a measure alone, of at most `bare_metric_max_chars` characters and no change. A report names the company
    once and then lists its measures. "" otherwise: an owner that is no company (全省规模以上工业企业营业收入…，
    利润总额…, keeps round 38's bare sibling of another ending) or a kind of body (商业银行…，拨备覆盖率), a head
    naming an entity of its own (特斯拉…，比亚迪销量), an owner with a verb (归属于上市公司股东的净利润) or one of a
    list of bodies in ``before``, the text of the sentence before the value's clause (甲公司和乙公司分别…，
    合计实现利润…), or a head opening with a frame wider than the company (`rank_frames`: 行业利润率, 全国市场份额)."""
    rules = cues()
    if (len(head) < 2 or len(head) > rules.setting("bare_metric_max_chars") or not ends_in_metric_head(head)
            or rules.pattern("change_words").search(head) or rules.pattern("comparison_marker").match(head)):
        return ""  # (比上年同期增长: a base's 比 is no measure)
    lexicon, heads = org_resources().aliases, tuple(rules.words("company_heads"))
    tags = pos_tagger().word_tag_tab
    if head_names_a_body(head):
        return ""
    if longest_start(head, rules.words("rank_frames")):
        return ""  # a wider frame than the company's own (某集团…，行业利润率8%: the industry's; round 44 review)
    joiners = rules.words("noun_joiners")

    def known(name: str) -> bool:
        return (entry := lexicon.get(name)) is not None and entry.type == "company"

    for cut in range(len(subject) - 2, 1, -1):  # the longest name first: 某某股份有限公司, not 某某股份
        owner, measure = subject[:cut], subject[cut:]
        named = known(owner) or (owner.endswith(heads) and not any(
            owner.endswith(h) and (len(owner) == len(h) or known(owner[:-len(h)])) for h in heads))
        if named and ends_in_metric_head(measure) and not head.startswith(owner):
            words = cut_words(owner)
            if (not nominal(words) or any(tags.get(word, "") in rules.words("verb_tags") for word in words)
                    or any(joiner + owner in before or owner + joiner in before for joiner in joiners)):
                return ""
            return owner
    return ""
