"""Acts and labels: a measure named by what its subject did (flows, stocks, acts carried over, votes, results)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.bases import without_base
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.counts import phrase_words, word_ends
from pipeline.extract.claim_metric.kinds import heads_alike
from pipeline.extract.claim_metric.owners import VALUE, before_value, clause_subject
from pipeline.extract.claim_metric.siblings import roll_owner, running_total_stripped
from pipeline.extract.claim_metric.words import (
    cut_words,
    has_noun,
    longest_end,
    longest_start,
    nominal,
    only_qualifiers,
    qualifier_units,
    without_measure_qualifier,
    word_spans,
)
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import pos_tagger, tag_of


def flow_of(governing: Governing) -> str:
    """The flow a stock clause after ``governing`` adds to: its metric when that is a scope and a verb of adding
    (全国净增移动电话基站: the subject stops at 全国, round 17's 净增 opens the change; round 36), else its subject
    without the base its change was against (5G移动电话用户比上年末净增…，总数达… → 5G移动电话用户总数, not …比总数).
    A metric opening with the verb itself is the flow too (净增规上工业企业175户，总数达到665户: 净增 opens a change, so
    the subject is empty, while 新增 is read into it; round 38)."""
    rules = cues()
    if rules.pattern("scoped_increment").match(governing.metric) or (
            not governing.subject and rules.pattern("increment_lead").match(governing.metric)):
        return governing.metric
    return without_base(governing.subject)


def stock_of(bare: str, flow: str) -> str:
    """The stock a clause of only a stock word reaches (总数达到1056家, 累计达到38家) after the flow that adds to it
    (新增高新技术企业): the flow's thing without its verb, with the stock word it names (高新技术企业总数); or "". A
    scope before the verb stays (全国净增移动电话基站 → 全国移动电话基站总数, round 36), a time word does not
    (今年新建5G基站 → 5G基站总数, mend)."""
    rules = cues()
    stock = rules.pattern("stock_clause").fullmatch(bare)
    scope = rules.pattern("scoped_increment").match(flow)  # (a time word around the scope drops: 今年新建…, mend)
    at = scope.end() if scope else 0
    thing = ((scope and scope["scope"]) or "") + rules.pattern("increment_lead").sub("", flow[at:])
    if stock is None or not thing:
        return ""
    return thing + (stock["noun"] or "")


def people_doing(bare: str, words_before: list[Word], words_after: list[Word], unit: str,
                  sufferers: str | None) -> bool:
    """A count in a measure word that is itself what is counted (万人, 名; 7国), after 有, a verb or a partner's 与,
    before a verb phrase (约有130万人死于结核病, 累计超过235万人享受待遇, 中国与7国共同发起倡议): the count names
    those doing what follows, not the clause's subject. Adverbs and prepositions may open the verb phrase
    (20余国与我国签署). ``sufferers``: `sufferers_lead` of the words before."""
    rules = cues()
    if unit not in rules.words("person_measures") and unit not in rules.words("self_counted_measures"):
        return False
    verbs, aspect = rules.words("verb_tags"), rules.words("aspect_tags")
    after = [w for w in phrase_words(words_after) if w.text.strip()]
    # (round 30: a word before 了 is a verb whatever jieba tags it: 9.9亿人领用了电子社保卡, 领用/n)
    acts = [w.tag in verbs or (k + 1 < len(after) and after[k + 1].tag in aspect) for k, w in enumerate(after)]
    opens = bool(after) and (acts[0] or after[0].tag in rules.words("doing_opener_tags"))
    if not opens or not any(acts) or rules.pattern("change_start_value").search(bare):
        return False  # (由2020年的逾300万人增长至…: the start of a from–to change, no people doing it)
    last = next((w for w in reversed(words_before) if w.text.strip()), None)
    partner = last is not None and last.text.strip() in rules.words("partner_prepositions")
    if not bare or sufferers is not None:
        return True  # 3人死亡、5人受伤: a count opening its clause; 已造成全省72.1万人受灾
    return bool(rules.pattern("existential_before").search(bare)) or partner or (
        for_recipients(bare, words_before, words_after)) or (last is not None and last.tag in verbs)


def for_recipients(bare: str, words_before: list[Word], words_after: list[Word]) -> bool:
    """The words before a count end in a preposition of whom an act is done for (向, 为, also fused with an adverb the
    tagger reads as one word out of context: 共为, 共向): the count names those the verb phrase after it serves
    (共向5.2万人发放救助金 → 发放救助金的人), not the clause before nor the actor (round 33). Second review: only
    before a verb with an object (正向1500万人迈进, 向2万人靠拢: a target), and right after a noun (a copula's subject,
    注册代表为3000人参会, 学员为60人参加集训) only before a serving verb (机构为8600余人提供法律援助)."""
    rules = cues()
    if not bare or not rules.pattern("recipient_before").search(bare):
        return False
    after = [w for w in phrase_words(words_after) if w.text.strip()]
    verbs = rules.words("verb_tags")
    k = next((k for k, w in enumerate(after) if w.tag in verbs), None)
    if k is None or k + 1 >= len(after) or after[k + 1].tag not in rules.words("object_open_tags"):
        return False  # (no object: 迈进, 靠拢, 参会)
    before = [w for w in words_before if w.text.strip()]
    noun = len(before) >= 2 and rules.pattern("recipient_before").fullmatch(before[-1].text.strip()) is not None \
        and before[-2].tag in rules.words("noun_tags")
    return not noun or after[k].text.strip() in rules.words("recipient_serving_verbs")


def sufferers_lead(words: list[Word]) -> str | None:
    """What of the words before a count of people belongs to those the predicate after it counts, when they say only
    where or that something caused it (已造成|甘肃|105人死亡, 青海|11人死亡, 死亡、|397人受伤): the place, or ""; None
    when the words before say more (a subject that acts: 全省共有…人参加培训)."""
    caused = after_causative(words)
    if caused is not None:
        return caused
    if _previous_predicate(words):
        return ""  # 死亡 is the count before's: 397人受伤 counts 受伤的人
    kept = [w for w in words if w.text.strip()]
    glue = cues().pattern("list_glue")
    while kept and glue.match(kept[0].text):
        kept = kept[1:]
    places, scopes = cues().words("place_pos_tags"), cues().words("area_scope_words")
    if len(kept) == 1 and cues().pattern("sentence_subset_opener").match(kept[0].text):
        return ""  # 其中|3.2万人取得证书: a part of the people counted before, named by what it does (round 22)
    while len(kept) > 1 and kept[0].tag in cues().words("time_tags"):
        kept = kept[1:]  # 去年|全市|12.6万人参加培训: the period is the claim's time, no part of where
    if kept and all(w.tag in places or w.text in scopes for w in kept):
        return "".join(w.text for w in kept)  # ，青海|11人死亡; 全市|29878人脱贫 (round 22: an area's scope word)
    return None


def _previous_predicate(words: list[Word]) -> bool:
    """The words before a count are only verbs closed by a list's glue (死亡、|397人受伤): the predicate of the count
    before, which names nothing of this one; so are the count before's noun and its predicate (round 22: 实现85个|
    贫困村退出、|29878人脱贫: nouns, then verbs, closed by the glue)."""
    rules = cues()
    kept = [w for w in words if w.text.strip()]
    if len(kept) < 2 or not rules.pattern("list_glue").match(kept[-1].text):
        return False
    verbs, nouns = rules.words("verb_tags"), rules.words("noun_tags")
    predicate = len(kept) - 1
    while predicate and kept[predicate - 1].tag in verbs:
        predicate -= 1
    return predicate < len(kept) - 1 and all(w.tag in nouns for w in kept[:predicate])


def after_causative(words: list[Word]) -> str | None:
    """What stands between a causative verb ending the words before a count and the count (已造成|甘肃, 共造成|全省,
    致|"") when it is only nouns (a place, an area), or None: the count then names who suffered what follows it."""
    rules = cues()
    kept = [w for w in words if w.text.strip()]
    for at in range(len(kept) - 1, -1, -1):
        if kept[at].text.strip() in rules.words("causative_verbs"):
            after = kept[at + 1:]
            if all(w.tag in rules.words("noun_tags") or w.tag in rules.words("place_pos_tags") for w in after):
                return "".join(w.text for w in after)
            return None
    return None


def counted_group(governing: Governing, unit: str) -> str:
    """The group a count before named by what its members do (有206万人享受工伤保险待遇 → 享受工伤保险待遇的人;
    为608万名失业人员发放失业保险金 → 发放失业保险金的失业人员; 全省有128家企业建立企业年金 → 全省建立企业年金的
    企业): a bare change after it in a unit that counts the same members (，比上年增加12万人; 名, 人 and 位 all count
    people, as a people noun counted bare does: round 43) or in per cent (，比上年增长21.3%) is that group's change
    (round 28), not the change of the place or actor before the count (全省, 地震造成), as the group a threshold picks
    out is (有3家房企销售额超千亿，较去年同期减少2家); or ""."""
    rules = cues()
    people = rules.words("people_counters")
    # (round 43: a group counted with no measure word, 2万|科研人员 or 1.2万|困难群众 (round 38), counts people as 名
    # does)
    bare_people = (not governing.unit and bool(governing.counted)
                   and governing.counted.endswith(word_ends("people_group_heads", "bare_counted_people")))
    same = unit == governing.unit or (unit in people and (governing.unit in people or bare_people))
    rate = unit == rules.setting("share_change_unit")  # (，比上年增长21.3%: the count's own growth)
    noun = governing.counted or governing.unit  # (the count's noun, or its unit: 人 of 享受…的人)
    # (round 35: a count in a measure word of events, 9次暴雨过程, that named its noun counts that noun as well:
    # ，较常年同期偏多1.9次 is the change of 暴雨过程)
    counter = governing.unit in rules.words("counting_measures") or bool(governing.counted)
    same_count = same and (unit in rules.words("counting_measures") or bool(governing.counted))
    # (the metric is the group: …的 and the noun, with words before them)
    names_group = (bool(noun) and governing.metric.endswith(rules.setting("relative_marker") + noun)
                   and len(governing.metric) > len(noun) + 1)
    # (round 41: or the count named its noun alone, 我国共有89.13万个社会组织，比上年减少1.06万个 → 社会组织减少)
    names_group = names_group or (bool(governing.counted) and governing.metric == governing.counted)
    if not (counter and (rate or same_count) and names_group):
        return ""
    return governing.metric


def parallel_act(phrase: str, subject: str, change: str, same_unit: bool = False,
                  counted: bool = False, unit: str = "", subject_unit: str = "") -> Governing:
    """The metric of a clause whose words name no thing, after the subject carried from before (北向资金净买入…): the
    subject that already ends in them is not said twice (其中，一季度净买入… → 北向资金净买入); a member that ends like
    the subject's owner takes its place (沪股通净买入…，深股通净买入… → 深股通净买入); another act of the same owner
    takes the place of the subject's act (…，二季度净卖出… → 北向资金净卖出). A bare toll (`toll_acts`: 死亡) after a
    subject counting cases or events (``subject_unit`` in `toll_event_units`: 例, 起) is their toll (round 47). Else
    the subject and the words."""
    if change or not subject:
        return Governing(subject + phrase, subject, change)
    if subject.endswith(phrase):
        return Governing(subject, subject, change)
    segment = pos_tagger().lcut
    words, own = segment(subject), segment(phrase)
    rules = cues()
    noun_tags, verb_tags = rules.words("noun_tags"), rules.words("verb_tags")
    act: list[Any] = []  # the subject's act (jieba's word pairs): the words after its last noun
    for word in reversed(words[1:]):
        if word.flag in noun_tags:
            break
        act.insert(0, word)
        size = sum(len(w.word) for w in act)
        tail, lead = subject[len(subject) - size:], phrase[:len(phrase) - size]
        if phrase.endswith(tail) and lead and heads_alike([[w.word for w in segment(subject[:-size])]],
                                                     [w.word for w in segment(lead)]):
            return Governing(phrase, phrase, change)  # 深股通净买入 for 沪股通净买入
    size = sum(len(w.word) for w in act)
    owned = any(w.flag in noun_tags for w in words[:len(words) - len(act)])  # (受理审查起诉: all act, no owner)
    if (act and owned and len(phrase) == size and not any(w.flag in noun_tags for w in own)
            and any(w.flag in verb_tags for w in own) and any(w.flag in verb_tags for w in act)
            and not rules.pattern("rate_noun_end").search(subject)):  # (round 42: 增速 is the measure, no act: …增速
        # 比上月末低…，比上年同期高… → M1余额增速比上年同期高, never M1余额比高)
        return Governing(subject[:-size] + phrase, subject[:-size] + phrase, change)  # 净卖出 for 净买入
    if phrase in rules.words("toll_acts") and subject_unit in rules.words("toll_event_units"):
        # (round 47) 共报告法定传染病497479例，死亡1271人: the toll of the cases or events the subject counts
        return Governing(subject + phrase, subject + phrase, change)
    actor = _actor_of_act(words, own)
    if actor is not None:  # 受理案件…，审结…件 → 审结案件; 起诉…2.5万人，帮助追赃挽损…亿元 → 帮助追赃挽损
        whole = _names_its_object(own, phrase, unit)
        acted = actor + phrase + (_object_of_act(subject, actor, unit) if same_unit and not whole else "")
        return Governing(acted, acted, change)
    leads = rules.words("act_lead_tags")  # (round 42: 共抓获…人, 因灾死亡失踪…人: an adverb or cause before the acts)
    cause = longest_start(phrase, rules.words("cause_bound_words"))  # (因|灾: jieba cuts the bound cause apart)
    acts_only = [w for w in (segment(phrase[len(cause):]) if cause else own) if w.word.strip()]
    while acts_only and acts_only[0].flag in leads:
        acts_only = acts_only[1:]
    if (counted and not same_unit and not any(w.flag in verb_tags for w in words) and acts_only and all(
            w.flag in verb_tags for w in acts_only)):  # a count (人) of another unit than the subject's
        return Governing(phrase, phrase, change)  # (round 23: 共办理各类案件…件；其中，受理审查起诉…人: its own act)
    owner = _counted_unit_owner(subject) if any(w.flag in verb_tags for w in acts_only) else subject
    if owner != subject:  # (round 44: 美术馆从业人员…。全年共举办展览… → 美术馆共举办展览, the unit's act whole as
        return Governing(owner + phrase, owner + phrase, change)  # an actor's act is, for the change after it)
    return Governing(subject + phrase, subject, change)


def _names_its_object(own: list[Any], phrase: str, unit: str) -> bool:
    """The clause opens with a verb whose object is the act after it (`object_taking_verbs`) and ends in a noun that the
    value's unit counts (`act_object_counters`: 作出处罚决定539件): it names its object whole (round 40). A unit that
    counts no such noun (实施处罚85家, 作出处理决定2100户) counts the object before (round 40 mend)."""
    rules = cues()
    if len(own) < 2 or own[0].word not in rules.words("object_taking_verbs"):
        return False
    return any(phrase.endswith(noun) and unit in units for noun, units in rules.mapping("act_object_counters").items())


def _object_of_act(subject: str, actor: str, unit: str = "") -> str:
    """What the subject's act acts on (最高人民法院|受理|案件 → 案件; 流入|金额 → 金额): the nouns after its verbs,
    which another act counted in the same unit acts on too (审结17855件: 审结案件); "" when the subject ends in its
    act. A sanction or measure given by an object-taking verb (给予党纪政务处分7人, 采取留置措施3人) is no party acted
    on: a count of people after it (组织处理21人) is of the people, the act names no object (round 41)."""
    rules = cues()
    verbs, acts = rules.words("verb_tags"), rules.words("act_tags")
    words = [w for w in pos_tagger().lcut(subject[len(actor):]) if w.word.strip()]
    last = max((k for k, w in enumerate(words) if w.flag in verbs or w.flag in acts), default=-1)
    if (unit in rules.words("people_counters") and last >= 0
            and any(w.word in rules.words("object_taking_verbs") for w in words[:last + 1])):
        return ""
    return _nouns_after([w.word for w in words], last) if last >= 0 else ""


def _nouns_after(words: list[str], k: int) -> str:
    """The words after the ``k``-th (an act's verb) when they form a noun phrase (the act's object), else "" (round 42
    mend: shared by `_object_of_act` and `elided_act_object`)."""
    rest = words[k + 1:]
    return "".join(rest) if nominal(rest) else ""


def carried_actor(head: str, bare: str, words_before: list[Word], governing: Governing | None,
                   context: Context) -> str:
    """Who acts in the subject before (中欧班列|共开行…、发送货物…; 理想汽车|交付新车…；1-9月累计交付新车…) when the
    value's clause of the same sentence, or of one run on after ；, opens with an act of its own (adverbs or a period's
    mean before it allowed: 全国铁路发送旅客…，日均发送旅客… → 全国铁路日均发送旅客, round 29) and names no actor: that
    actor does this act too (round 27). "" when the clause opens with anything else,
    names a measure (就業不足率, 参与调查的居民…知晓率: a noun phrase of its own) or what a verb of attainment reports
    (实现净利润: round 20), the subject names no act, or its actor is only an area's scope word (全省新建…，建成充电站…:
    a scope, no actor; round 50: or its urban or rural part, 全县城镇新增就业…，转移农村劳动力…)."""
    if governing is None or not governing.subject or not (context.local or context.chained):
        return ""
    rules = cues()
    if rules.pattern("metric_head").search(head) or rules.pattern("attained_object").match(bare):
        return ""
    verbs, adverbs = rules.words("verb_tags"), rules.words("actor_adverb_tags")
    skipped, glue = rules.words("carried_actor_skip_tags"), rules.pattern("list_glue")
    opening = [w for w in words_before if w.text.strip() and not glue.match(w.text) and w.tag not in skipped]
    means = rules.words("carried_actor_mean_words")
    dated = any(w.tag in rules.words("time_tags") or w.text.strip() in rules.words("carried_actor_period_words")
                for w in words_before)  # (10月1日发送旅客…: a day's or a period's own total, no mean)
    averaged = dated or any(w.text in means for w in opening[:2])
    while opening and (opening[0].tag in adverbs or opening[0].text in means):
        opening = opening[1:]  # (round 29: …发送旅客…，日均发送旅客…: the period's mean is the act's, as an adverb is)
    if (not opening or opening[0].tag not in verbs
            or rules.pattern("carried_actor_comparison_open").match("".join(w.text for w in opening))
            or _group_acts(opening)):
        return ""
    subject_words = [w for w in pos_tagger().lcut(governing.subject) if w.word.strip()]
    if _names_an_activity(subject_words):
        return ""
    actor = _actor_of_act(subject_words, [])
    actor = _counted_unit_owner(actor) if actor else actor
    if not actor or _only_scope(actor):
        return ""
    mean = next((m for m in means if actor.endswith(m)), "") if averaged else ""
    return actor[:len(actor) - len(mean)]  # (全路日均开行…，日均发送旅客…: the clause's own 日均, not said twice;
    # …，10月1日发送旅客…: the day's own total, not the actor's daily mean)


def _names_an_activity(words: list[Any]) -> bool:
    """(Round 46) The subject's first act is a verbal noun (`act_tags`) right after nouns only (粮食|生产, 生猪|养殖),
    closing the subject or followed by a verb of a state it keeps or attains (`activity_state_verbs`: 实现“八连增”,
    保持稳定): a sector's activity named as a noun phrase, whose nouns are what is produced, no actor doing a further
    act (粮食生产实现“八连增”；新增…龙头企业3家 → no 粮食新增…). Round 46 mend: a verb of work done on an object
    after it (全国|铁路|建设|完成投资…，新增营业里程…) leaves the sector acting (全国铁路新增营业里程). An act written
    as a verb (最高人民法院|受理|案件, 中欧班列|开行, 全国铁路|发送旅客) still names its actor, and a verbal noun
    before a noun (创业板指|波动|幅度) qualifies a measure."""
    rules = cues()
    nouns, verbs, acts = rules.words("noun_tags"), rules.words("verb_tags"), rules.words("act_tags")
    first = next((k for k, w in enumerate(words) if w.flag in verbs or w.flag in acts), None)
    return (first is not None and first > 0 and words[first].flag in acts
            and all(w.flag in nouns and w.flag not in acts for w in words[:first])
            and (first + 1 == len(words)  # (创业板指|波动|幅度: a measure's noun)
                 or words[first + 1].word.startswith(tuple(rules.words("activity_state_verbs")))))


def _counted_unit_owner(actor: str) -> str:
    """The counted institution whose staff or accounts the carried actor names (美术馆从业人员…。全年共举办展览… →
    美术馆): a measure of a unit (`roll_measures`: 从业人员, 营业收入) holds no act, the unit it is counted for does
    (round 44). The actor unchanged when it ends in no such measure or the words before it name no kind of unit.
    `roll_owner` is asked with no text (round 45 tidy): its count check (an account names uncounted firms no owner)
    is of a sibling measure's owner; an act is the acting unit's whether or not a sentence counted it."""
    measure = longest_end(actor, cues().words("roll_measures"))
    return (roll_owner(measure, actor, None) or actor) if measure and measure != actor else actor


def elided_act_object(head: str, subject: str) -> str:
    """(round 42) The head with the object of the same act in the subject before, when the head ends in that act's
    verb and names no object (全国铁路累计发送旅客…，日均发送… → 日均发送旅客): the clause repeats the act with its
    object left out, as 日均发送旅客 writes it whole. "" when the head's last word is no verb, the subject holds no such
    verb, or the words after it there are no noun phrase."""
    words = cut_words(head)
    if not words or tag_of(words[-1]) not in cues().words("verb_tags"):
        return ""
    subject_words = cut_words(subject)
    at = next((k for k in range(len(subject_words) - 1, -1, -1) if subject_words[k] == words[-1]), None)
    rest = _nouns_after(subject_words, at) if at is not None else ""
    return head + rest if rest else ""


def _group_acts(opening: list[Word]) -> bool:
    """The clause's opening verb only qualifies a group of people that acts after it (就业困难人员|就业, 脱贫人口|务工):
    a noun ending in an `own_actor_group_heads` or `people_group_heads` word, right before a verb, names the clause's
    own actor (round 32), when a state word naming the group opens the clause (`own_actor_group_openers`): after a
    transitive verb (运送务工人员返岗) the group is its object, and the actor before keeps the act."""
    rules = cues()
    if not opening or opening[0].text.strip() not in rules.words("own_actor_group_openers"):
        return False
    heads = word_ends("people_group_heads", "own_actor_group_heads")
    verbs, nouns = rules.words("verb_tags"), rules.words("noun_tags")
    return any(w.tag in nouns and w.text.endswith(heads) and after.tag in verbs
               for w, after in itertools.pairwise(opening[1:]))


def repeated_measure_owner(head: str, words_before: list[Word], governing: Governing | None, context: Context) -> str:
    """The owner of the subject before when the value's clause names only that subject's measure again, for another
    period (北汽极狐8月销量…，1-8月销量… → 北汽极狐销量): the entity the subject opens with (by POS: a place, an
    organisation, a name), or "": a qualifier before the measure (累计销量…，销量…; 海外销量) is no owner
    (round 27). A clause naming an entity of its own (高盛则预计降息…: a forecaster) keeps its words. A running-total
    verb before the measure again (`running_total_verbs`: 吉利汽车10月销量…；1-10月累计销量… → 吉利汽车累计销量)
    qualifies the same measure of the same owner (round 34); 新增 does not (a flow of its own: …；新增基站数…)."""
    measure = _without_running_total(head)
    if (governing is None or not (context.local or context.chained) or len(measure) < 2
            or not governing.subject.endswith(measure) or governing.subject == measure):
        return ""
    entities = cues().words("entity_tags")
    if any(w.tag in entities or w.text.strip() in org_resources().aliases for w in words_before):
        return ""
    owner = governing.subject[:-len(measure)]
    words = [w for w in pos_tagger().lcut(owner) if w.word.strip()]
    if not words or (words[0].flag not in cues().words("entity_tags") and owner not in org_resources().aliases):
        return ""
    return without_measure_qualifier(owner)


def _without_running_total(head: str) -> str:
    """The measure a head names after a verb of a running total (`running_total_verbs`: 累计|销量, 累計|交付量; not
    新增): the head itself when it opens with none (round 34)."""
    return running_total_stripped(head, at_end=False)


def _only_scope(actor: str) -> bool:
    """True when ``actor`` is only an area's scope (全省: round 27), or a scope with its urban or rural part after it
    (全县城镇, 全省农村: round 50): no actor a later clause carries. A stratum word alone (农村新建公路…，改造危房… →
    农村改造危房; 城区新建公园…) names where the acts are, as an actor does, and is carried (round 50 mend)."""
    rules = cues()
    words = [w.word for w in pos_tagger().lcut(actor)]
    scopes, strata = set(rules.words("area_scope_words")), set(rules.words("area_stratum_words"))
    return bool(words) and words[0] in scopes and all(w in scopes or w in strata for w in words)


def _actor_of_act(subject: list[Any], own: list[Any]) -> str | None:
    """Who acts in a subject that names an act and its object (最高人民法院|受理案件, 全国检察机关|批准逮捕…嫌疑人),
    when the clause after it is only a verb phrase of its own (审结, 决定起诉, 刑事打击): the nouns before the
    subject's first verb ("" when the act opens it: 起诉…犯罪, 查封…资产); None when the clause names a thing or the
    subject no act.
    The clause states another act of that actor, not one of the object counted before (round 19)."""
    rules = cues()
    nouns, verbs, acts = rules.words("noun_tags"), rules.words("verb_tags"), rules.words("act_tags")
    if own and (not any(w.flag in verbs for w in own) or any(w.flag in nouns for w in own)
            or any(w.flag in rules.words("preposition_tags") for w in own)
            or rules.pattern("comparison_lead").match("".join(w.word for w in own))):
        return None  # (比去年同期高: a comparison of the subject before, no act of its own)
    if subject and all(w.flag in verbs or not w.word.strip() or rules.pattern("list_glue").match(w.word)
                       for w in subject):
        return ""  # 审结175万件、执结68万件: the act before was one of the actor's too, named alone
    purpose = rules.words("purpose_markers")  # (round 42: 生产|用|码头: a purpose, no act)
    first = next((k for k, w in enumerate(subject) if (w.flag in verbs or w.flag in acts)
                  and not (k + 1 < len(subject) and subject[k + 1].word in purpose)), None)
    if first is None:
        return None  # (案值, 北向资金: no act to replace)
    actor = subject[:first]
    preposition = next((k for k, w in enumerate(actor) if w.flag in rules.words("preposition_tags")), None)
    if preposition is not None:  # (round 40) 向公安机关|移送…: the preposition's phrase is the act's, not its actor
        actor = actor[:preposition]
    adverbs = rules.words("actor_adverb_tags")
    opening = next((w.flag for w in own if w.word.strip()), "")
    degrees = rules.words("act_degree_tags")
    graded = opening in degrees or opening in adverbs  # (round 25: 严重损坏房屋…，一般损坏…)
    degree = degrees if graded else frozenset()
    newness = rules.words("act_newness_words")  # (round 46: 全市新|设企业…、注销…: 新 is the act's)
    while actor and (actor[-1].flag in adverbs or actor[-1].flag in degree or actor[-1].word in newness):
        actor = actor[:-1]  # 知识产权法庭共新收…: the adverb before the act is the act's, not the actor's (round 23)
    determiners = rules.words("actor_determiner_tags")
    if not all((w.flag in nouns and w.flag not in acts) or (w.flag in determiners and k and k < len(actor) - 1)
               for k, w in enumerate(actor)):
        return None  # (新开工项目: a qualifier, no actor; 地方各级人民法院: a determiner within the name is part of it)
    return "".join(w.word for w in actor)


def deal_price(bare: str, words_after: list[Word]) -> str:
    """The metric of a price a plot or a property changed hands at (以 + the amount + 成交/竞得/摘得): the deal's price,
    after the plot the words before 以 end in (G31地块以总价40.04亿元成交 → G31地块成交总价); the bidder (被越秀地产
    联合体以) and 以 are no part of it. "" for any other value."""
    rules = cues()
    after = "".join(w.text for w in words_after)
    led = rules.pattern("auction_price_before").search(bare)
    if led is None or not rules.pattern("auction_verb_after").match(after):
        return transfer_price(bare, after)
    price = rules.setting("auction_total_price" if led["total"] else "auction_price")
    owner = clean(bare[:led.start()])
    return owner + price if rules.pattern("auction_plot_end").search(owner) else price


def transfer_price(bare: str, after: str) -> str:
    """The metric of an amount a company pays or receives for shares or assets (以 + the amount + 收购/出售/回购…, round
    45): the act with the price noun the sentence writes (回购价格 for a price per share or one written 的价格; 出售对价
    for 的对价), else the sentence's actor, act and object without the share (公司收购同仁药业股权: round 45 mend, no
    made-up 金额); never its funds or 以. "" when no verb of transfer follows the amount."""
    rules = cues()
    led = rules.pattern("deal_transfer_before").search(bare)
    deal = rules.pattern("deal_transfer_after").match(after) if led else None
    if deal is None:
        return ""
    if led["per"] or deal["price"] or deal["consideration"]:
        return deal["act"] + rules.setting("deal_consideration_word" if deal["consideration"] else "deal_price_word")
    # (round 45 mend: no price noun in the sentence: its actor, act and object, 公司收购同仁药业股权, no made-up 金额)
    actor = rules.pattern("deal_transfer_actor_end").sub("", clean(bare[:led.start()]))
    found = rules.pattern("deal_transfer_object").match(after, deal.end())
    thing = rules.pattern("deal_transfer_share").sub("", found.group() if found else "")
    return actor + deal["act"] + thing


def contrast_swap(head: str, governing: Governing | None) -> str:
    """The measure a parallel item names by contrasting qualifiers (首套↔二套, 5年以上↔5年以下, 超百亿↔超50亿, a
    city for a city): the governing subject with each of its qualifiers of a class the head names replaced by the
    head's (北京首套住房商业贷款利率为3.5%，二套为3.8% → 北京二套住房商业贷款利率; 百城首套主流房贷利率…，二套利率为…
    → 百城二套主流房贷利率); or "". The head must name a qualifier of a class, not only places, and its other words
    must end the subject, which must hold a qualifier of each class the head names, and no grade word may stand between
    a replaced qualifier and those words (`contrast_restated_grade`: 优良 restates Ⅰ～Ⅲ类, round 36)."""
    if governing is None or not governing.subject or not head:
        return ""
    rules = cues()
    units, rest = qualifier_units(head)
    if not any(k >= 0 for k, _ in units) or not governing.subject.endswith(rest):
        return ""
    subject = governing.subject
    tags, places = pos_tagger().word_tag_tab, rules.words("place_pos_tags")
    spans: list[tuple[int, int, str]] = []
    for k, text in units:
        if k >= 0:
            m = rules.patterns("contrast_qualifiers")[k].search(subject)
            span = m.span() if m else None
        else:
            span = next(((start, end) for word, start, end in word_spans(subject)
                         if tags.get(word, "") in places), None)
        if span is None or any(b < span[1] and span[0] < e for b, e, _ in spans):
            return ""
        if rest and rules.pattern("contrast_restated_grade").search(subject, span[1], len(subject) - len(rest)):
            return ""  # Ⅰ～Ⅲ类优良水质断面比例…；劣Ⅴ类断面比例: 优良 is the first grade's (round 36)
        spans.append((*span, text))
    for begin, end, text in sorted(spans, reverse=True):
        subject = subject[:begin] + text + subject[end:]
    return subject


def other_units_member(head: str, governing: Governing | None, context: Context) -> bool:
    """A head of qualifiers only (a tenor, 7年期) before a value in another unit than the value before it (…，发行利率
    2.78%；7年期26.42亿元): an amount of that tenor's bonds, no quote of the rate the clause before names (round 25)."""
    return bool(only_qualifiers(head) and governing is not None and governing.unit and context.unit
                and governing.unit != context.unit)


def own_group_threshold(described: str, governing: Governing | None) -> str:
    """The group a count with no noun counts when its clause is only a threshold and its value (其中3家超千亿元): the
    group the clause before named by a threshold, with this one in its place (营业收入超百亿元的车企有16家，其中5家超
    千亿元 → 营业收入超千亿元的车企), or else the measure before with this threshold after it (入围车企营业收入均超
    百亿元，其中5家超千亿元 → 入围车企营业收入超千亿元); never the bound of the clause before (round 37). "" when the
    clause says more than a threshold or nothing was named before."""
    rules = cues()
    if governing is None or not rules.pattern("own_threshold_rest").match(described):
        return ""
    group = rules.pattern("carried_group_threshold").match(governing.metric)
    if group:
        return group["attribute"] + described + rules.setting("relative_marker") + group["noun"]
    carried = EDGE.sub("", governing.subject or governing.metric)
    return carried + described if carried else ""


def threshold_group(words_after: list[Word], rest: str) -> str:
    """The group a count counts when a threshold on its attribute follows the noun (3家房企销售额超千亿 → 销售额超千亿的
    房企): the attribute, the threshold and its value, 的 and the counted noun; or "" when no threshold follows."""
    rules = cues()
    words = [w.text for w in phrase_words(words_after)]
    joined = "".join(words)
    threshold = rules.pattern("group_threshold_end").pattern.replace(r"\s*$", "")
    if not rest or not joined.endswith(rest) or not re.match(f"(?:{threshold})\\s*\\S", rest):
        return ""
    noun = joined[:len(joined) - len(rest)]
    at = 0
    for word in words:  # the first word of two characters or more from which the noun names a measure (销售额)
        if at >= len(noun):
            break
        if at and len(word) >= 2 and rules.pattern("metric_head").search(noun[at:]):
            return noun[at:] + EDGE.sub("", rest) + rules.setting("relative_marker") + noun[:at]
        at += len(word)
    return ""


def vote_label(before: str, words_after: list[Word], context: Context) -> str:
    """The vote a tally's value counts (表决结果：同意9票，反对0票; 以9票同意、0票反对、0票弃权; 同意3,201,234,567股),
    named by the label right before the value or right after it, with what is counted (同意票, 反对股份); or "".
    Each label starts its own metric: a tally's clauses are siblings, never chained onto the label before."""
    rules = cues()
    label = rules.pattern("vote_label_before").search(before)
    if label is None:
        after = SPACE.sub("", "".join(w.text for w in words_after))
        label = rules.pattern("vote_label_after").match(after) if rules.pattern("vote_count_before").search(
            before) else None
    if label is None:
        return ""
    return label["label"] + rules.setting("vote_objects").get(context.unit, "")


def result_label(bare: str, context: Context, governing: Governing | None) -> str:
    """The indicator a results-forecast line labels before its colon when only the result's sign (盈利, 亏损) stands
    before the value (归属于上市公司股东的净利润：盈利425,000万元); the one named before when the label is only a
    period (上年同期：盈利1,250.36万元) or when the clause before states the same indicator's result (…净利润亏损约
    45亿元，上年同期盈利226.18亿元); or ""."""
    rules = cues()
    if not rules.pattern("result_sign").fullmatch(bare):
        return ""
    if rules.pattern("label_end").search(SPACE.sub("", context.before)):
        return clean(context.previous_clause) or (governing.subject if governing is not None else "")
    previous = before_value(context.previous_clause, list(context.previous_words))
    sign = rules.pattern("result_sign_in").search(previous)  # 净利润亏损约45亿元…，上年同期盈利226.18亿元
    return clean(previous[:sign.start()]) if sign else ""


def field_label(context: Context, governing: Governing | None) -> Governing | None:
    """(round 29) What a value right after a field label's colon measures where the label is no plain measure: a label
    that ends in the result's sign (归属于上市公司股东的净利润盈利：…, 基本每股收益亏损：…) names the indicator without
    the sign (one that is only a period and the sign, 上年同期盈利：…, the indicator named before); a label that is only
    a change against a base (比上年同期增长：…, 同比上年增长：…, 与上年同期相比变动幅度：…) is the change of the
    indicator named before (round 13 has the sign after the colon; a results-forecast line of the exchanges' template
    writes both before it). None for any other label (营业收入：…), which names its value as before."""
    rules = cues()
    if not rules.pattern("label_end").search(SPACE.sub("", context.before)):
        return None
    label = clean(context.previous_clause)
    subject = governing.subject if governing is not None and (context.local or context.chained) else ""
    if sign := rules.pattern("label_result_sign").search(label):
        indicator = label[:sign.start()]
        if not indicator:
            return Governing(subject, subject, "") if subject else None
        return Governing(indicator, indicator, "") if has_noun(indicator, list(context.previous_words)) else None
    change = EDGE.sub("", SPACE.sub("", context.previous_clause))  # (its base marker kept: 比, 与…相比)
    if subject and rules.pattern("change_label").fullmatch(change):
        return Governing(subject + change, subject, change, governing.core if governing is not None else "")
    return None


def prior_result(bare: str, words_before: list[Word], context: Context, governing: Governing | None) -> str:
    """The indicator of the value before in the sentence when this clause opens with the previous period and says only
    the sign of its result (…净利润776.05亿元，而上年同期为亏损23.32亿元; …，去年同期亏损0.8亿元), or "" (round 22).
    (round 38) Where the values before are a forecast's that set no metric (预计…净利润为-55亿元至-48亿元，上年同期为
    盈利91.83亿元), the indicator the clause before names for them, as a bare 上年同期为8.2亿元 takes it (round 13)."""
    rules = cues()
    if not rules.pattern("prior_result_sign").fullmatch(bare):
        return ""
    words = [w.text for w in words_before if w.text.strip()]
    opener = "".join(words[:2]) if words[:1] in (["而"], ["但"]) else "".join(words[:1])
    if not rules.pattern("past_period_word").fullmatch(opener):
        return ""
    if context.local and governing is not None and governing.subject:
        return governing.subject
    if governing is None and VALUE.search(context.previous_clause):
        # (round 38 mend) only a result's measure, its forecast cue dropped (公司预计…净利润 → 公司净利润)
        subject = rules.pattern("attributed_forecast").sub("", clause_subject(context.previous_clause,
                                                                                list(context.previous_words)))
        return subject if rules.pattern("prior_result_measure_end").search(subject) else ""
    return ""
