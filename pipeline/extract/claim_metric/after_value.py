"""The readings of the words after a value (`assembly._metric`, after the phrase): they may replace the metric the
phrase gave (`MetricReading.found`).

A share of a group named after the value (63.5%的受访者表示…), a frame's share, an owner ranked by a measure, a
programme's size, a held level, the noun after the value (取得5.3%的年化收益), a base's level, a fine, the object of
the act (开展了4950亿元逆回购操作), then for a count the noun it counts as its clause describes it (16个国家签署备忘录
→ 签署备忘录的国家). Each reader takes the value's :class:`MetricReading` and returns its metric or None; `read_after`
tries them in order (the order is their precedence) and keeps the phrase's metric when none reads one. Most readers
read only a value that is neither a count nor a 分别 member (``not counted and not member``): the tables say so once
(`context.for_non_members` with ``plain``; round 46 tidy: each reader kept the check it had in the chain it was cut
from).
"""

from __future__ import annotations

import dataclasses

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.acts import (
    after_causative,
    for_recipients,
    own_group_threshold,
    people_doing,
    sufferers_lead,
    threshold_group,
)
from pipeline.extract.claim_metric.bases import links_level, without_base
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Context, Governing, MetricReading, Reader, for_non_members, read_first
from pipeline.extract.claim_metric.counts import (
    OBJECT_VERB_REACH,
    after_merged_benefactive,
    after_preposition,
    counted_noun,
    held_unchanged,
    named_after,
    object_after,
    object_compound,
    opens_change,
    opens_joined_member,
    programme_after,
    quantity_object,
    set_before_measure,
    spec_part,
    takes_object,
    verb_phrase,
)
from pipeline.extract.claim_metric.owners import (
    elided_object_sibling,
    framed_measure_member,
    framed_share,
    head_owner,
    instrument_owner,
    topic_measure,
)
from pipeline.extract.claim_metric.siblings import shortened
from pipeline.extract.claim_metric.words import closes_on_word, frame_noun, has_noun
from pipeline.nlp.jieba_dict import pos_tagger

_INLINE_FRAME_REACH = 24  # how far into a metric a count's frame may close (全市120个规模以上工业企业中)


def _group_share(r: MetricReading) -> Governing | None:
    """A share of a group named after the value (63.5%的受访者表示…): the group doing what it says."""
    rules, context, bare, head, change, found, after_text, unspaced = (
        cues(), r.context, r.bare, r.head, r.change, r.found, r.after_text, SPACE.sub("", r.after_text))
    share = (
        rules.pattern("group_share_after").match(unspaced)
        or (context.unit in rules.words("rate_level_units")  # (a share: 500亿元的专项资金投向… is no share)
            and not change  # (nor a change of its own clause: 净利润同比增长25%的主要动力来自海外市场)
            and rules.pattern("amount_share_after").match(unspaced))
        or (context.unit in rules.words("rate_level_units") and not bare and not context.local
            and not SPACE.sub("", context.before)  # (round 43) 九成以上增产来自粮食主产区: a share opening its
            and rules.pattern("opening_share_after").match(unspaced)))  # sentence names its own subject after it
    if share and not share["linked"] and after_text[:1].isspace():
        share = None  # (round 26: 达到 25% 居民个人房贷…: a group named after a space opens a sentence of its own)
    if share:  # 63.5%的受访者表示愿意增加消费; 受访者中有41.2%的人选择线上购物: the share of that group doing it
        group = share["group"]
        frame = rules.pattern("group_share_frame").search(head)
        if group in rules.words("group_share_generic") and frame and frame.start():
            group = head[:frame.start()]  # 受访者中有41.2%的人…
        return Governing(group + share["vp"], group, found.change)
    return None


def _framed_share(r: MetricReading) -> Governing | None:
    """(round 43) A share of the members of a frame (医院中，已有超过90%开展…); its group frames the next one.
    (This reader, `_framed_measure_member` and `_frame_share` each check ``not change`` besides the table's
    ``plain`` guard: a frame's share or member is read only for a plain value of a clause with no change word.)"""
    words_after, governing, context, bare, change, found = (
        r.words_after, r.governing, r.context, r.bare, r.change, r.found)
    framed, framed_group = framed_share(bare, words_after, context, governing.frame if governing and context.local
                                        else "") if not change else ("", "")
    if framed:  # (round 43) 医院中，已有超过90%开展预约诊疗; (round 45) its group the frame of the next share
        return Governing(framed, framed, found.change, frame=framed_group)
    return None


def _framed_measure_member(r: MetricReading) -> Governing | None:
    """(round 44) A member of a measure's frame (生均…教育事业费中，普通小学为…)."""
    context, change, found = r.context, r.change, r.found
    if not change and not context.local and (
            owned := framed_measure_member(found.subject, context)):
        return owned  # (round 44) 生均…教育事业费中，普通小学为20518元
    return None


def _frame_share(r: MetricReading) -> Governing | None:
    """(round 44) A share of the whole the frame named, going where the words after the value say."""
    rules, governing, context, bare, change, unspaced = (
        cues(), r.governing, r.context, r.bare, r.change, SPACE.sub("", r.after_text))
    if (not change and governing is not None and governing.frame and not bare
            and context.unit in rules.words("rate_level_units")
            and (part := rules.pattern("frame_share_after").match(unspaced))):
        # (round 44) 旅游收入中，62%来自省外游客; 新增贷款中，七成投向制造业: the share of the whole the frame named
        # going where the words after the value say (旅游收入来自省外游客), not the whole alone; the next share of the
        # same frame reads it again (…，30%用于新建项目)
        return Governing(governing.frame + part["vp"], governing.frame, "", frame=governing.frame)
    return None


def _instrument_owner(r: MetricReading) -> Governing | None:
    """An owner ranked by a measure (华为以23%的市场份额排名第一): the owner's measure."""
    rules, words_before, words_after, counted, member, governing, context, head, found = (
        cues(), r.words_before, r.words_after, r.counted, r.member, r.governing, r.context, r.head, r.found)
    instrument = rules.pattern("instrument_end").search(member or head)
    if instrument and instrument.start():  # 华为以23%的市场份额排名第一: 华为's 市场份额
        owned = named_after(words_after) or named_after(words_after, up_to_verb=True) or _ranked_noun_after(r) or (
            governing.core if governing is not None and member else "")  # 万科、中海分别以…位列第二、三名: 销售额
        owner = (member or head)[:instrument.start()]
        owned = rules.pattern("instrument_rank_tail").sub("", owned)  # (round 47) 的增幅居首位: 增幅
        if owned or member:
            return Governing(owner + owned, owner, found.change, owned)
        ranked = rules.pattern("instrument_rank_after").match(SPACE.sub("", r.after_text))
        if owner and (not counted or ranked) and words_before and words_before[-1].text == instrument.group(0):
            # 从净利润看，招商银行以…位居榜首: 招商银行净利润 (round 21; 以 a word of its own, not 予以, 可以)
            owned = topic_measure(context.before) or _ranked_measure_before(r)
            return Governing(owner + owned, owner, found.change, owned)
    return _instrument_measure_before(r)


def _ranked_noun_after(r: MetricReading) -> str:
    """(round 49) The measure written right after the value with no 的, a rank or lead verb after it
    (技术服务合同以3684.1亿元成交额居首; 广东以1200亿元销售额位居第一): the measure the owner is ranked by, as a
    的-noun after the value is (round 12/21); "" when the words after name no measure (以3亿元注册资本设立 has no
    rank verb; a noun with no measure's head is no measure)."""
    rules = cues()
    after = SPACE.sub("", r.after_text)
    words = rules.pattern("instrument_measure_after").match(after)
    ranked = rules.pattern("instrument_rank_after")
    ends = (k for k in range(1, words.end() + 1) if ranked.match(after, k)) if words else iter(())
    measure = after[:next(ends, 0)]
    return measure if measure and rules.pattern("metric_head").search(measure) else ""


def _ranked_measure_before(r: MetricReading) -> str:
    """(round 48) The measure a ranking before names for a runner-up with only its value (碧桂园以5500亿元的销售额位居
    榜首，万科以2133亿元紧随其后 → 万科销售额): the governing value was an owner ranked by a named measure (its ``core``
    after its owner) in the same unit, and this value too is followed by a rank or lead verb; "" otherwise (中国平安
    以1.2万亿元排名第一 with no ranking before stands alone, round 21)."""
    governing = r.governing
    if (governing is None or not governing.core or not governing.subject
            or governing.metric != governing.subject + governing.core or governing.unit != r.context.unit
            or not cues().pattern("instrument_rank_after").match(SPACE.sub("", r.after_text))):
        return ""
    return governing.core


def _instrument_measure_before(r: MetricReading) -> Governing | None:
    """(round 47) An owner ranked by a measure named between 以 and the value (西安以涨幅0.6%领跑; 碧桂园以销售额
    2683亿元位居榜首): the owner's measure, as with the measure as a 的-noun after the value; 以 is no part of it.
    Only with a rank or lead verb after the value, so 以 in a word (以工代赈) or an instrument of a deal keeps its
    reading."""
    rules, head, words_before, found = cues(), r.member or r.head, r.words_before, r.found
    measured = rules.pattern("instrument_measure_end").search(head)
    if not measured or not measured.start() or not rules.pattern("instrument_rank_after").match(
            SPACE.sub("", r.after_text)):
        return None
    measure = measured.group("measure")
    tail = "".join(w.text for w in words_before[-4:])
    if not any(w.text == "以" for w in words_before[-4:]) or not tail.endswith(measure):
        return None  # (以 a word of its own, right before the measure's words)
    owner = head[:measured.start()]
    return Governing(owner + measure, owner, found.change if found is not None else "", measure)




def _programme_size(r: MetricReading) -> Governing | None:
    """A programme's size before it (总额39万亿日元的经济刺激计划): the programme's 总额."""
    rules, words_after, bare, found = cues(), r.words_after, r.bare, r.found
    size = rules.pattern("programme_size_before").search(bare)
    if size and (programme := programme_after(words_after)):  # 总额39万亿日元的经济刺激计划: the programme's 总额
        return Governing(programme + size["size"], programme, found.change)
    return None


def _held_unchanged(r: MetricReading) -> Governing | None:
    """A level held unchanged (维持5.25%的基准利率不变): the thing held."""
    words_after, found = r.words_after, r.found
    held = held_unchanged(words_after)
    if held:  # 宣布维持5.25%的基准利率不变
        return Governing(held, held, found.change)
    return None


def _held_object(r: MetricReading) -> Governing | None:
    """A level an object is kept at (将回购利率维持在6.5%): the object, not who kept it."""
    rules, governing, context, bare, found = cues(), r.governing, r.context, r.bare, r.found
    kept_at = rules.pattern("held_object_before").search(bare)
    if kept_at and (held := clean(kept_at["object"])):  # 连续第十次将回购利率维持在6.5%: the rate held, not who held it
        if context.local and governing is not None and shortened(held, governing.subject):
            held = governing.subject  # …，将2025年增长预期维持在1.5%: the forecast named before
        return Governing(held, held, found.change)
    return None


def _held_change(r: MetricReading) -> Governing | None:
    """(round 35) A change kept at a rate (保持超过20%的高速增长): the rate of the subject's change."""
    rules, before, found, after_text = cues(), r.before, r.found, r.after_text
    # (the anchored 的-noun change after the value is matched first; the clause before it is searched only then)
    grown = rules.pattern("held_change_after").match(after_text) if found.subject else None
    if grown and (held := rules.pattern("held_change_before").search(before)):
        # (round 35) 快递业务量保持超过20%的高速增长: the rate of the subject's change, not the subject's level
        subject = clean(rules.pattern("held_change_before").sub("", clean(found.subject))) or clean(found.subject)
        change = (held["base"] or "") + grown["change"]
        return Governing(subject + change, subject, change)
    return None


def _named_after_value(r: MetricReading) -> Governing | None:
    """The noun after the value (取得5.3%的年化收益, 低于3.4%的利率水平) names what it measures."""
    rules, before, words_before, words_after, counted, member, governing, context, head, found = (
        cues(), r.before, r.words_before, r.words_after, r.counted, r.member, r.governing, r.context, r.head, r.found)
    compared = SPACE.sub("", before)
    to_level = rules.pattern("level_base").search(compared) is not None  # 较1.4元的发行价: a base's level
    named = named_after(words_after) or (named_after(words_after, up_to_verb=True) if to_level else "")
    if (named and found is not None and found.metric and rules.pattern("bare_level_noun").fullmatch(named)
            and rules.pattern("level_holding_end").search(compared)):
        return None  # (round 50) 维持于2%左右的水平: 水平 names no measure; the subject's metric stands
    if named and not counted:  # 分别取得5.3%、6.9%的年化收益: the noun after the value names it
        if member:
            return Governing(member + named, member, found.change)
        if named in rules.words("bare_heads") and not has_noun(head, words_before) and (
                owner := head_owner(context, governing)):
            return Governing(owner + named, owner, found.change)  # 而八月份則錄得3.2%的升幅: the subject's 升幅
        if (named in rules.words("bare_heads") and rules.pattern("comparison_side").match(compared)
                and has_noun(clean(head), words_before)):
            return Governing(clean(head) + named, clean(head) + named, found.change)  # 相比于全球19%的增速: 全球增速
        if not has_noun(head, words_before) or rules.pattern("comparison_verb").search(compared) or to_level:
            return Governing(named, named, found.change)  # 增速已低于3.4%的利率水平: the value is the 利率水平
    return None


def _base_level(r: MetricReading) -> Governing | None:
    """A level at a base (增速较2016年的6.7%): the level of what the change measures."""
    rules, before, words_before, governing, context = cues(), r.before, r.words_before, r.governing, r.context
    if based := rules.pattern("base_level_before").search(before):
        own = clean(before[:based.start()])  # 增速较2016年的6.7%: 增速's level at the base
        subject = own if has_noun(own, words_before) else (
            without_base(governing.subject) if governing is not None and context.local else "")
        if subject:  # 较2023年春节档的67.65亿元增长18.5%: the level of what the change measures, at the base
            return Governing(subject, subject, "")
    return None


def _sanction_after(r: MetricReading) -> Governing | None:
    """A fine named after the amount (并处以…元罚款): the fine, not the party."""
    rules, after_text = cues(), r.after_text
    if sanction := rules.pattern("sanction_after").match(SPACE.sub("", after_text)):
        return Governing(sanction["noun"], sanction["noun"], "")  # 并处以22,092,641.55元罚款: the fine, not the party
    return None


def _object_after(r: MetricReading) -> Governing | None:
    """The object of the act that handled the amount (开展了4950亿元逆回购操作): the act and its object."""
    words_before, words_after, bare, head, change, phrase = (
        r.words_before, r.words_after, r.bare, r.head, r.change, r.phrase)
    if (thing := object_after(words_after)) and takes_object(
            bare, head, change, words_before):  # 开展了4950亿元逆回购操作: the amount of 逆回购操作 it carried out
        described = clean(verb_phrase(phrase, words_before)) + thing
        return Governing(described, described, "")
    return None


NAMED_AFTER_READERS: tuple[Reader, ...] = (
    *for_non_members(_group_share, _framed_share, _framed_measure_member, _frame_share, plain=True),
    _instrument_owner,  # (a member's and a count's too)
    *for_non_members(_programme_size, _held_unchanged, _held_object, _held_change, plain=True),
    _named_after_value,  # (a member's too)
    *for_non_members(_base_level),
    *for_non_members(_sanction_after, _object_after, plain=True),
)


def read_unit_noun(r: MetricReading) -> None:
    """(round 32) A count whose unit the number read off the noun after it (惠及1.5亿人口: 人 of 人口): the noun
    after it is the noun whole (``words_after`` from here on)."""
    rules, counted, words_after, context = cues(), r.counted, r.words_after, r.context
    if counted and words_after and context.unit + words_after[0].text in rules.words("unit_read_nouns"):
        # (round 32) 惠及1.5亿人口: the number read 人 off 人口, and the noun after it is 人口 whole, not 口
        r.words_after = [dataclasses.replace(words_after[0], start=words_after[0].start - len(context.unit),
                                           text=context.unit + words_after[0].text, tag="n"), *words_after[1:]]


def _spec_part(r: MetricReading) -> Governing | None:
    """(round 32) A specification's part (内置5000mAh的电池): the part specified."""
    rules, words_after, context, found = cues(), r.words_after, r.context, r.found
    if context.unit in rules.words("spec_measures") and (part := spec_part(words_after)):
        return Governing(part, part, found.change)  # (round 32) 内置5000mAh的电池, 支持120W有线快充: the part specified
    return None


def _counted_noun(r: MetricReading) -> Governing | None:
    """A count of a noun (16个国家签署备忘录): the noun as the clause describes it, or the group a
    frame opening the sentence counts within (在4800家A股上市公司中，有3000家实现盈利)."""
    rules, before, words_before, words_after, counted, member = (
        cues(), r.before, r.words_before, r.words_after, r.counted, r.member)
    governing, context, bare, head, phrase, found, after_text = (
        r.governing, r.context, r.bare, r.head, r.phrase, r.found, r.after_text)
    if (counted and not links_level(after_text) and not opens_change(after_text)
            and not opens_joined_member(words_after)):  # (round 44: 500张和托育机构20家)
        noun, rest = counted_noun(words_after, context.unit not in rules.words("kind_verb_not_after"))
        run = noun
        noun, rest = set_before_measure(words_after, noun, rest)  # (round 25) 有9个城市新建商品住宅价格环比上涨
        if rules.pattern("milestone_object").match(EDGE.sub("", SPACE.sub("", noun + rest))):
            return found  # 首次突破万亿千瓦时大关, 迈上3亿标箱新台阶: the level reached, no noun the value counts
        # (round 24: a frame opening the value's sentence counts within its own set, not the measure of the sentence
        # before: …床位3250张。125个社区卫生服务中心中，98个达到国家推荐标准; 41个大类行业中，有32个实现增长)
        framed_apart = (bool(found.subject) and not context.local
                        and bool(rules.pattern("frame_member_lead").fullmatch(bare)))
        group = rules.pattern("group_frame_noun").fullmatch(found.subject) or (
            # (round 21: the frame right before the value's clause, when a date opens the sentence: 2023年，119个县中，
            # 111个县收入正增长)
            rules.pattern("group_frame_noun").fullmatch(clean(context.previous_clause))
            if not found.subject or framed_apart else None)
        described = EDGE.sub("", SPACE.sub("", rest))
        if not noun and group and described:  # 在4800家A股上市公司中，有3000家实现盈利
            return Governing(described + rules.setting("relative_marker") + frame_noun(group),
                             "" if framed_apart else found.subject, "" if framed_apart else found.change)
        if not noun and (bounded := own_group_threshold(described, governing if context.local else None)):
            return Governing(bounded, found.subject, found.change)  # (round 37) 其中…5家超千亿元: its own bound
        if (not noun and not described and found.metric and rules.pattern("members_said_before").search(bare)
                and (frame := rules.pattern("group_frame_noun").fullmatch(clean(context.previous_clause)))):
            # (round 25: 15个热点城市中，新建商品住宅销售价格同比下降的有12个: the members of the frame said so)
            said = found.metric + rules.setting("relative_marker") + frame_noun(frame)
            return Governing(said, found.subject, found.change)
        if not noun and not described and (inline := _inline_frame(found, bare)) is not None:
            return inline  # (round 46: 15个热点城市中同比下降的有8个: the frame inside the clause, no comma)
        if not member and (amount := quantity_object(words_after, context.before[-OBJECT_VERB_REACH:]
                                                      + before[-OBJECT_VERB_REACH:])):
            # (round 32) 全社会完成612.88亿人次跨区域人员流动量: the amount of the quantity, no thing it counts
            measured = clean(verb_phrase(phrase, words_before) + amount)
            # (round 42) the quantity is the subject a change after it measures (…人员流动量，同比增长30.7% → 全社会
            # 跨区域人员流动量同比增长), as an amount's object after the value is (实现3.5亿元净利润，同比增长…)
            return Governing(measured, measured if not found.change else found.subject, found.change)
        sufferers = sufferers_lead(words_before) if not noun and described else None  # 地震造成甘肃105人死亡
        if not noun and described and people_doing(bare, words_before, words_after, context.unit, sufferers):
            lead = sufferers if sufferers is not None else verb_phrase(phrase, words_before)  # 甘肃死亡的人
            # 共向5.2万人发放救助金: 发放救助金的人 (round 33)
            lead = "" if for_recipients(bare, words_before, words_after) else lead
            doing = clean(lead + rest)  # 约有130万人死于结核病: 死于结核病的人
            # (round 30) after a causative verb the cause is no subject the next clauses share (各种自然灾害共造成
            # 8911.8万人次受灾，因灾死亡失踪499人 → 因灾死亡失踪, not 各种自然灾害共造成因灾死亡失踪): only the place
            # it struck
            caused = after_causative(words_before)
            subject = found.subject if caused is None else clean(caused)
            return Governing(doing + rules.setting("relative_marker") + context.unit, subject, found.change)
        if not noun and (sibling := _sibling_counted(bare, described, governing, context)):
            # (round 25: …2.6万间房屋倒塌，3.3万间严重损坏 → 严重损坏的房屋: the count before in the same unit named
            # what both count; this one names only its own act)
            acted = described + rules.setting("relative_marker") + sibling
            return Governing(acted, found.subject, found.change, counted=sibling)
        if (not noun and not described and not found.change and context.local and governing is not None
                and governing.unit == context.unit and (sibling := elided_object_sibling(
                    clean(head), governing.subject, governing.metric))):
            return Governing(*sibling, "", governing.core, counted=governing.counted)  # 北京拥有79家…，上海有65家
        if noun and (whole := object_compound(words_after, SPACE.sub("", context.before + before),
                                               measured=noun != run)):
            noun, rest = whole, ""  # 签署了22个自贸协定, 发布…146项制度创新案例: the object's whole compound
        if noun and not member and (owner := instrument_owner(before, words_before, rest)):
            return Governing(owner + noun, owner, found.change, noun, counted=noun)  # 中国以340家独角兽企业位居全球第二
        if noun:
            has_act = bool(EDGE.sub("", SPACE.sub("", rest)))  # (an act after the counted noun)
            benefactive = has_act and after_merged_benefactive(words_before)
            recipient = noun if benefactive or after_preposition(phrase, words_before) else ""
            # (round 39 mend) after 共为 the words before are the actor, kept whole as 为 alone keeps them (全国各级
            # 法院共为1.2万名农民工追回工资 → 全国各级法院追回工资的农民工), not cut at a verb-tagged word (劳动|保障)
            core = phrase if benefactive else "" if recipient else verb_phrase(phrase, words_before)
            if not recipient and has_act and (caused := after_causative(words_before)) is not None:
                core = caused  # (round 25) 共造成|2.6万间房屋倒塌: the cause is no part of what befell the things
            described = clean(core + rest)
            counted_metric = described + rules.setting("relative_marker") + noun if described else noun
            if not found.subject and (grouped := threshold_group(words_after, SPACE.sub("", rest))):
                # 有3家房企销售额超千亿，较去年同期减少2家: the group the threshold picks out, which the next
                # clause counts on
                return Governing(grouped, grouped, found.change, recipient=recipient)
            return Governing(counted_metric, found.subject, found.change, recipient=recipient, counted=noun)
    return None


COUNTED_READERS: tuple[Reader, ...] = (*for_non_members(_spec_part), _counted_noun)


def _inline_frame(found: Governing, bare: str) -> Governing | None:
    """(round 46) A count of the members a phrase describes with 的有 (…的有8个), the metric opening with their group's
    frame, no comma before the phrase (15个热点城市中|同比下降 → 同比下降的热点城市), as round 25's frame before a
    comma.
    Only a frame of a counted set (`counted_set_end`: a count before its noun) closing within the first
    `_INLINE_FRAME_REACH` characters, its frame word a word of its own (round 46 mend: not the 中 of 32所高中 or
    58个集中式); None otherwise."""
    rules, metric = cues(), found.metric
    if not metric or not rules.pattern("members_said_before").search(bare):
        return None
    for at, char in enumerate(metric[:_INLINE_FRAME_REACH]):
        if char not in rules.words("group_frames") or at + 1 >= len(metric):
            continue
        frame = rules.pattern("group_frame_noun").fullmatch(metric[:at + 1])
        if (frame is not None and rules.pattern("counted_set_end").search(metric[:frame.start("noun")])
                and closes_on_word(metric[:at + 1], char)):
            said = metric[at + 1:]
            return Governing(said + rules.setting("relative_marker") + frame_noun(frame), found.subject, found.change)
    return None


def read_after(r: MetricReading) -> Governing:
    """The metric the words after the value read (`NAMED_AFTER_READERS`, then `COUNTED_READERS` on the words after it
    with a unit read off its noun made whole), else the phrase's (``found``)."""
    r.after_text = "".join(w.text for w in r.words_after)  # (as written: before `read_unit_noun` rewrites the words)
    if (named := read_first(r, NAMED_AFTER_READERS)) is not None:
        return named
    read_unit_noun(r)
    if (counted := read_first(r, COUNTED_READERS)) is not None:
        return counted
    assert r.found is not None
    return r.found


def _sibling_counted(bare: str, described: str, governing: Governing | None, context: Context) -> str:
    """The noun the count before counted (2.6万间|房屋|倒塌), when this count opens its clause in the same measure word,
    names no noun of its own and is followed only by an act, graded or not (，3.3万间|严重损坏, ，34座|干涸): the two
    count the same things, each by what befell them. "" otherwise."""
    if (bare or not described or governing is None or not governing.counted or not governing.unit
            or governing.unit != context.unit or not (context.local or context.chained)):
        return ""
    rules = cues()
    verbs = rules.words("verb_tags")
    qualifiers = rules.words("act_degree_tags") | rules.words("actor_adverb_tags")
    words = [w for w in pos_tagger().lcut(described) if w.word.strip()]
    if not words or words[-1].flag not in verbs or not all(w.flag in verbs or w.flag in qualifiers for w in words):
        return ""
    return governing.counted
