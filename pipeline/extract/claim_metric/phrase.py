"""The phrase stages of a value's metric (`assembly._metric`, after the outright readings): the phrase before the
value split into its head and its change word (`read_phrase`), then the head read against the governing value
(`read_head`): a ranked degree or a 分别 list member, an owner's ratio, share or act, a share, part or gap of the
subject before, an entity or member standing where the one before stood, a sibling measure of the subject before, and
last the head's own noun or the subject carried from before. `HEAD_READERS` tries these groups in that order (the
order of the branches of the chain they were cut from: the first branch that reads the head decides); each group keeps
its branches in their order. Most branches read a value that is no 分别 member (``not member``) against a governing
value of the same sentence (``context.local and governing is not None``); each keeps that check, as the chain did.
"""

from __future__ import annotations

import dataclasses

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.acts import (
    carried_actor,
    contrast_swap,
    counted_group,
    elided_act_object,
    other_units_member,
    parallel_act,
    repeated_measure_owner,
)
from pipeline.extract.claim_metric.bases import (
    bare_head_before_base,
    is_gap_lead,
    measure_gap,
    regional_gap,
    shared_base,
    without_base,
    without_revised_base,
)
from pipeline.extract.claim_metric.carried import (
    antecedent,
    base_tail,
    next_entity,
    ranked_degree,
    ratio_antecedent,
    without_carried_adverb,
    without_carried_statistic,
    without_count_predicate,
    without_period_statistic,
)
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Governing, MetricReading, Reader, read_first
from pipeline.extract.claim_metric.kinds import (
    counts_apart,
    counts_own_kind,
    level_member,
    level_member_core,
    rate_apart,
)
from pipeline.extract.claim_metric.list_members import joined_once
from pipeline.extract.claim_metric.list_values import extreme_sibling, rate_change_on_level
from pipeline.extract.claim_metric.owners import (
    acted_measure,
    after_cause,
    amount_subject,
    change_start,
    clause_subject,
    company_owner,
    compared_rate,
    counted_group_owner,
    head_owner,
    holds_object,
    involved_owner,
    part_of,
    priced_goods,
    rate_owner,
    runner_up_measure,
    runner_up_owner,
    share_owner,
    state_clause_actor,
    state_clause_owner,
    topic_clause_owner,
    total_stand_in,
    without_share,
)
from pipeline.extract.claim_metric.siblings import (
    account_sibling,
    act_owner,
    alike_member_core,
    granted_sibling,
    group_scope_owner,
    item_of,
    kind_member_core,
    mean_owner,
    names_sector,
    opens_subset,
    opens_with_base,
    opens_with_same_act,
    output_member_core,
    output_owner,
    parallel_core,
    partner_measure,
    place_measure,
    qualified_sibling_owner,
    roll_owner,
    scope_led_member_core,
    scoped_sibling_owner,
    sector_measure,
    shortened,
    sibling_owner,
    stratum_core,
    subset_clause,
    without_area_scope,
    worth_core_apart,
    worth_owner,
)
from pipeline.extract.claim_metric.words import (
    bare_item,
    bare_rate,
    ends_in_market_name,
    ends_in_metric_head,
    entity_prefix,
    has_noun,
    names_a_place,
    names_a_region,
    names_a_stratum,
    names_an_entity,
    names_any_measure,
    only_qualifiers,
    without_list_count,
)
from pipeline.extract.organizations.base import resources as org_resources


def read_phrase(r: MetricReading) -> Governing | None:
    """The phrase before the value split into its head and its change word (服务进出口总额|同比增长), with the
    governing value narrowed to what the head breaks down, and whether the value breaks down the figure before
    (``local``, ``subset``): set on ``r`` for the head's reading. The governing value itself when the head only
    points at it (9月数据由0.4%…); None otherwise."""
    rules, before, words_before, member, governing, context, bare = (
        cues(), r.before, r.words_before, r.member, r.governing, r.context, r.bare)
    before = rules.pattern("conversion_end").sub("", before.rstrip())  # 合同外资折算约15亿美元: 合同外资
    phrase = clean(rules.pattern("metric_channel").sub("", rules.pattern("metric_method").sub("", before)))
    phrase = rules.pattern("metric_holder").sub("", phrase)  # who bought or sold (X有限公司增持…): not the measure
    if rules.pattern("bare_share").fullmatch(bare):
        phrase = rules.setting("share_head")  # …增长5%，占18%: a share of the subject, not its change
    phrase = without_revised_base(phrase)  # 由此前公布的: the earlier release, a base
    if (not member and (governing is not None or context.previous_clause)
            and rules.pattern("revised_base").fullmatch(phrase)):
        phrase = ""  # (round 22: 操作利率，由此前的1.8%调整为…: the base alone names nothing; the subject before does)
    change_at = rules.pattern("change_words").search(phrase) if member else change_start(phrase, words_before)
    turned = False
    if (member and context.unit in rules.words("point_change_units") and rules.pattern("respectively").search(before)
            and (turn := rules.pattern("member_base_turn").fullmatch(phrase))
            and not rules.pattern("member_base_end").search(member)):
        change_at, turned = turn, True  # (round 41) 比一季度分别加快: a member's change against a base of its own,
        # base and way whole
    head = phrase[:change_at.start()] if change_at else phrase
    change = phrase[change_at.start():] if change_at else ""
    head = antecedent(before, head, context.before) or head
    # (round 49) 这一比值为3.23:1: the ratio named before; (round 50) 该比例较上年下降: before a comparison's marker the
    # anaphor goes and the marker stays, so the clause reads as a bare 较上年下降 that carries the subject before
    core, base = base_tail(head)
    head = (base or found) if (found := ratio_antecedent(core, governing)) else head
    head = total_stand_in(head, governing, context.local) or head  # (round 48: …增长14.4%，总量占…的比重为…)
    # a change in per cent after a rate's clause is the owner's (…增速比上年回落0.5个百分点，增长4.6%: the owner grew)
    owner_changes = not head and bool(change) and not member and context.unit == rules.setting("share_change_unit")
    if owner_changes and governing is not None:
        governing = dataclasses.replace(governing, subject=rate_owner(governing.subject))
    led = rules.pattern("entity_lead").fullmatch(head)
    if (led and not member and ends_in_metric_head(led["entity"])
            and not is_gap_lead(head) and not measure_gap(head, context.unit)):
        head = led["entity"]  # (round 20: 低于贷款增速（8.26%）: the compared side names its own measure)
    core, base = base_tail(head)  # (round 50) 这一数字比上年增加: the pointer before the comparison's marker
    pointer = rules.pattern("pointer_words").search(core)
    if pointer and governing is not None and governing.subject and not member:  # 去年同期的数字为1%
        lead = without_revised_base(clean(core[:pointer.start()]))
        if not lead and context.local and not change and not base:
            return governing  # 9月数据由0.4%…: the figure of the metric just given, for another period
        # 比前一周修正后数据增加: the base's figure (the base names it), else the figure of the governing subject
        head = base if base and not lead else (
            lead if opens_with_base(lead, words_before) else lead + governing.subject) + base
    phrase = head + change
    # (round 21: a sentence opening with 其中, or running on after ；, breaks down the figure of the sentence before, as
    # a clause would, when the member only names a part: 其中，城市下降…; …增加值增长4.2%；股份制企业增长5.3%; not
    # 其中公司确认东莞证券投资收益…, a clause of its own)
    local = context.local or (governing is not None and (
        len(head) <= rules.setting("member_max_chars") or names_sector(head)
        or (member is not None and len(member) <= rules.setting("member_max_chars"))) and (
        context.chained or bool(rules.pattern("sentence_subset_opener").match(SPACE.sub("", context.before + before)))
        or bool(rules.pattern("breakdown_opener").match(context.before + before))  # (round 24: 分门类看，采矿业增长…)
    ))
    if (member and governing is not None and not governing.core
            and all(names_a_region(m) for m in context.members or (member,))):
        # (round 42) places listed after a value that passed its subject on with no core (…1053.2亿元，增长7.5%；
        # 蜀山区、包河区分别增长…) share the measure that subject names after its own place or scope
        governing = dataclasses.replace(governing, core=place_measure(governing.subject))
    if local and not context.local and governing is not None and not governing.core:
        # (…同比上涨0.3%。环比上涨0.1%。其中，城市上涨…: the figure before it measures its whole subject)
        governing = dataclasses.replace(governing, core=governing.subject)
    subset = subset_clause(bare, context)  # a breakdown's subset (其中，水电…), no parallel clause
    r.before, r.governing = before, governing
    r.head, r.change, r.phrase, r.turned = head, change, phrase, turned
    r.owner_changes, r.local, r.subset = owner_changes, local, subset
    return None


def _ranked_or_listed(r: MetricReading) -> Governing | None:
    """A ranked degree (价格升幅前五名的是…), the last of an extreme pair (…最高，为…；宿迁最低), or a 分别 list's
    member with the change and measure it shares."""
    rules, before, member, governing, context, bare, head, change, turned, local, subset = (
        cues(), r.before, r.member, r.governing, r.context, r.bare, r.head, r.change, r.turned, r.local, r.subset)
    if not member and (degree := ranked_degree(head, context)):
        found = Governing(degree + change, degree, change)  # 价格升幅前五名的是…，幅度分别为… (round 28)
    elif (governing is not None and not head and not member and governing.subject
            and (tail := rules.pattern("extreme_pair_last").fullmatch(SPACE.sub("", context.previous_clause)))
            and (sibling := extreme_sibling(governing.subject, clean(tail["member"])))):
        found = Governing(sibling + change, sibling, change)  # 苏州城镇化率最高，为…；宿迁最低，为… (round 25)
    elif member:  # the change of the member before (分别由x、y增长至u、v), not of a clause before the list's own
        inherited = governing.change if governing and not rules.pattern("respectively").search(before) and not (
            rules.pattern("regional_gap").search(member) or rules.pattern("whole_gap").search(member)
            or (context.unit in rules.setting("gap_units") and rules.pattern("measure_gap").search(member))
            or (context.unit in rules.setting("gap_units") and rules.pattern("period_gap_member_end").search(member))
            or rules.pattern("list_slash_separator").search(before)
            or rate_change_on_level(governing, context.unit)) else ""  # (销售/管理费用为x/y: round 24)
        # (round 23: a member's gap, 装备制造业增加值增速快于规模以上工业, names its comparison: no change of the list)
        own_change, change = change, change or inherited
        # (round 24: 其中，北京、广州和深圳分别下降…: places that break down the figure before share its measure, and
        # each member hands it on to the next)
        breaks_down = (governing is not None and bool(governing.core) and (local or subset)
                       and not rules.pattern("metric_head").search(member))
        stratum = names_a_stratum(member) and opens_subset(bare, context)  # (round 37: after 其中 only)
        # (round 37 mend: only a list whose every member is a place or a stratum shares it: 其中，航空、电子分别增长…
        # lists industries, 航空 among them, as 电子 is; each sibling reads alike; round 42: or a region, 东部地区)
        alike = all(names_a_place(m) or names_a_stratum(m) or names_a_region(m)
                    for m in context.members or (member,))
        core = (stratum_core(governing) if stratum else governing.core) if breaks_down and governing else ""
        if core and names_a_region(member):
            core = without_area_scope(core)  # 全省…增长5.8%，其中苏州、无锡分别增长… → 苏州地区生产总值 (round 42)
        shared = core if breaks_down and alike and (names_a_region(member) or stratum) and (
            names_any_measure(core)) else ""
        if not shared and breaks_down and names_sector(member):
            shared = parallel_core(member, governing, before=context.before)
            # (round 24: 其中，航空…制造业、电子…制造业分别增长…: 增加值)
        if own_change and bare_rate(shared):
            shared = ""  # (round 47 mend) 西安以涨幅…领跑，上海、广州分别涨…: 上海涨, not 上海涨幅涨
        member += shared if not member.endswith(shared) else ""
        own_base = turned or bool(rules.pattern("own_base_open").match(change))
        if own_base:  # (round 41 mend: only where the later change names its own base, as below; any other member
            # keeps its words)
            member = rules.pattern("list_base_before_own").sub("", member)  # (round 41) the list's base gives way to
        if rules.pattern("own_base_open").match(change):  # the later change's own (同比|比一季度加快, 环比|同比增长)
            member = rules.pattern("list_base_end").sub("", member)
        found = Governing(joined_once(member, change), member, change, shared)
    else:
        return None
    r.member, r.change = member, change
    return found


def _owner_ratio_or_act(r: MetricReading) -> Governing | None:
    """A fine, a superlative's entity, or an owner's derived rate, ratio, plan share or act named before (平均年增长
    率为2.3%, 为年度预算的86.7%, 涉及金额2.37亿元)."""
    rules, words_before, member, governing, context, bare, head, change, phrase, local = (
        cues(), r.words_before, r.member, r.governing, r.context, r.bare, r.head, r.change, r.phrase, r.local)
    if head in rules.words("sanction_nouns"):
        found = Governing(phrase, head, change)  # 并处罚金人民币2,800万元: the fine names the value, whoever is fined
    elif (ranked := rules.pattern("superlative_entity").fullmatch(head)) and has_noun(ranked["metric"], words_before):
        subject = ranked["entity"] + ranked["metric"]  # 房价收入比最高为深圳 → 深圳房价收入比
        found = Governing(subject + change, subject, change, ranked["metric"])
    elif phrase in rules.words("derived_heads") and (owner := rate_owner(head_owner(context, governing))):
        found = Governing(owner + phrase, owner, change)  # 平均年增长率为2.3%: of the level, not of a rate before
    elif (not member and (ratio := rules.pattern("ratio_with_base").fullmatch(bare))
          and (owner := head_owner(context, governing))):
        found = Governing(owner + ratio["ratio"], owner, "")  # …支出1250亿元，与地区生产总值之比为2.45% (round 23)
    elif ((rules.pattern("plan_share").fullmatch(head)
           or rules.pattern("ratio_to_base").match(rules.pattern("metric_method").sub("", bare)))
          and (owner := head_owner(context, governing))):  # (round 25: 按可比口径恢复至…的: the basis is no part of it)
        found = Governing(owner + phrase, owner, change)  # 为年度预算的86.7%, 是平日业务量的2.3倍: the owner's ratio
    elif (not member and (owned := rules.pattern("plan_share_owned").fullmatch(head))
          and ends_in_metric_head(owned["owner"])):
        # (round 45) 一般公共预算收入完成年度预算的101.2%，同比增长5%: a share of a plan in the owner's own clause is
        # the owner's, and the owner stays the subject of the clauses after it (…收入同比增长), as after a copula (41)
        found = Governing(phrase, owned["owner"], change)
    elif context.local and governing is not None and not member and (owner := act_owner(head, governing.subject)):
        found = Governing(owner + phrase, owner + head, change, head)  # 城镇居民出游…，出游花费… (round 33)
    elif (governing is not None and not member and change
          and (shared := sector_measure(head, governing.subject, context))):
        found = Governing(head + shared + change, head + shared, change, shared)  # 分产业看，第一产业投资增长 (39)
    elif context.local and governing is not None and not member and (owner := output_owner(head, governing.subject)):
        found = Governing(owner + phrase, owner + head, change, head)  # 小麦播种面积…，产量… → 小麦产量 (round 39)
    # (counted_group_owner checks the member and the sentence itself, which the branches around it check here)
    elif (counted_owner := counted_group_owner(bare, member, context, governing)):
        found = Governing(counted_owner + phrase, counted_owner + head, change)  # 202个城市…达标，占59.6%
    elif (local and governing is not None and governing.subject and not member and change
          and head in rules.words("bare_period_means")):  # (round 32)
        # …完成货物吞吐量10.3亿吨，…，日均环比增长3.2% → …货物吞吐量日均环比增长: the change of the subject's daily
        # mean; (round 46) a subject averaged already (…，日均15574班，日均环比增长1.5% → 日均全国共保障各类飞行)
        # takes no second mean word: the change is of that mean
        mean = "" if head in governing.subject else head
        found = Governing(governing.subject + mean + change, governing.subject + mean, change)
    elif (not member and rules.pattern("involved_amount").fullmatch(head)
          and (owner := involved_owner(context, governing))):
        found = Governing(owner + phrase, owner + head, change)  # …问题6项，涉及金额2.37亿元 (round 41)
    else:
        return None
    return found


def _share_part_or_gap(r: MetricReading) -> Governing | None:
    """A share (占比达36.3%), a part (其中出口增长21.5%), the runner-up, a contrast swap, or a regional gap of the
    subject before (高于全国2.1个百分点)."""
    rules, member, governing, context, head, change, phrase = (
        cues(), r.member, r.governing, r.context, r.head, r.change, r.phrase)
    if ((head in rules.words("bare_heads") or rules.pattern("share_of").match(head)
           or rules.pattern("share_in_base").match(head))  # (round 26: 在电信业务收入中占比为15.4%)
          and (owner := without_share(head_owner(context, governing)))):  # 占比达36.3%, 占全国的比例为20%
        # (round 48) an owner already ending in the bare head says it once (…存款余额…，去年同期余额为… → …存款余额)
        found = Governing(joined_once(owner, phrase), joined_once(owner, head), change)
    elif ((bare_head := bare_head_before_base(head)) and change
          and (owner := without_share(head_owner(context, governing)))):
        found = Governing(owner + phrase, owner + bare_head, change)  # …占…的37.4%，占比较前10个月提高 (round 28)
    elif (part := part_of(head, governing)):  # 服务进出口下降9%，其中出口增长21.5%
        found = Governing(part + change, part, change)
    elif not member and not head and (runner_up := runner_up_measure(context, governing)):
        found = Governing(runner_up + change, runner_up, change)  # …最高，为…；其次是金融业，为197663元
    elif not member and (swapped := contrast_swap(head, governing)):
        found = Governing(swapped + change, swapped, change)  # 北京首套…利率为3.5%，二套为3.8% → 北京二套…利率
    elif (context.local and governing is not None and governing.subject and not member
          and (gap := regional_gap(head or change, governing, context))):
        # (round 29: 高出全国 is read as a change word, 高出 being one: the whole gap, with no head before it)
        found = Governing(gap + change if head else gap, without_base(governing.subject), change)  # 高于全国2.1pp
    else:
        return None
    return found


def _member_joined(member: str, core: str) -> str:
    """(Round 46) A breakdown member before the whole's measure, less the words the measure opens with that the member
    already ends in (其中城镇居民… of 居民人均可支配收入 → 城镇居民人均可支配收入, not 城镇居民居民…; `joined_once`); a
    measure opened by an area's scope word keeps the scope before the member (全省居民人均可支配收入…，其中城镇居民… →
    全省城镇居民人均可支配收入). A member sharing no word with the measure's opening is put before it whole, as
    before."""
    joined = joined_once(member, core)
    if joined != member + core:
        return joined
    rest = without_area_scope(core)
    if rest != core and (inner := joined_once(member, rest)) != member + rest:
        return core[:len(core) - len(rest)] + inner
    return member + core


def _entity_in_place(r: MetricReading) -> Governing | None:
    """An entity or member standing where the one before stood, sharing its measure (股份制商业银行为…, 其中中学
    1757人, 其中城市14.3/10万)."""
    rules, before, words_before, member, governing, context, head, change, phrase, local, subset = (
        cues(), r.before, r.words_before, r.member, r.governing, r.context, r.head, r.change, r.phrase, r.local,
        r.subset)
    if (local and governing is not None and not member and head in org_resources().aliases
          and rules.pattern("market_index_end").search(governing.subject)):
        found = Governing(phrase, head, change, "")  # 恒生指数收涨…，腾讯涨…: a company shares no index (round 23)
    elif local and governing is not None and not member and (partner := partner_measure(head, governing.subject)):
        found = Governing(head + partner + change, head + partner, change, partner)  # 对东盟进出口…；对欧盟… (round 24)
    elif (local and governing is not None and governing.subject and governing.core and not member and not change
          and head in rules.words("bare_period_means") and governing.core != governing.subject):
        # (round 42) 民航客运量…，日均208.2万人次 → 日均民航客运量: a mean word is no entity taking the place of the
        # subject's owner (日均客运量 lost 民航); it averages the whole subject, as 日均全市共接待游客 does
        found = Governing(head + governing.subject, head + governing.subject, "", governing.core)
    elif (local and governing is not None and governing.core and names_an_entity(head, words_before)
          and (change or not bare_item(governing)) and not (change and bare_rate(governing.core))
          and not opens_with_same_act(head, governing.subject)
          and not counts_own_kind(head, governing.core, context.unit)
          and not counts_apart(governing, context.unit)):
        core = governing.core  # (国有大型商业银行不良贷款率为…，股份制商业银行为…: the measure after the member before)
        core = ((core != governing.subject and core) or (change and output_member_core(head, governing.subject))
                or parallel_core(head, governing, named=True, before=context.before) or core)
                # (round 43: …产量…，集成电路增长…)
        if (change and (core == governing.subject or head in org_resources().aliases)
                and not names_any_measure(core) and not subset
                and (not names_a_place(head) or names_a_region(core))):  # (round 24: 西部地区…，东北地区下降…)
            # (round 23: 标普500上涨…，纳斯达克上涨…; 苹果上涨…，微软下跌…: the subject before is an entity itself, no
            # measure a sibling could share: each entity's clause is its own; 贵州茅台涨…，宁德时代跌…: a company takes
            # no thing named after the one before; only parallel moves, not a breakdown: …人，其中城镇…人)
            found = Governing(phrase, head, change, head[len(entity_prefix(head, words_before)):])
        else:
            core = without_area_scope(core) if names_a_region(head) else core  # (round 24: 北京一般公共预算收入)
            core = without_list_count(core)  # 上海、北京两市…，深圳… (round 42)
            head = rules.pattern("runner_up_lead").sub("", head) or head  # 仅次于美国的703家 (round 40 mend)
            named = _member_joined(head, core)  # (round 46: 其中城镇居民… of 居民人均可支配收入, 居民 not doubled)
            found = Governing(named + change, named, change, core)
    elif (local and governing is not None and not member and not change and not governing.core and governing.counted
          and head in rules.words("bare_period_means") and context.unit
          and context.unit not in rules.words("relative_units")):
        found = Governing(head + governing.counted, head + governing.counted, "", governing.counted)  # (round 31)
        # 共保障1351.9万人次中外人员出入境，日均169万人次 → 日均中外人员出入境: the mean of the count's noun
    elif (local and governing is not None and not member and level_member(head, context.unit)
          and rules.pattern("subset_lead_end").search(SPACE.sub("", context.before))
          and EDGE.sub("", SPACE.sub("", before)) == head):
        core = "" if worth_core_apart(governing, context.unit) else governing.core or governing.subject  # 其中：
        # 中学1757人; 。其中，中学1757人 (round 22; round 41 mend: no worth or size core of a count, as below)
        core = kind_member_core(head, core, context.unit)  # (round 37: 其中，普通本科学校… → 普通本科学校专任教师)
        named = _member_joined(head, core)
        found = Governing(named + change, named, change, core)
    elif local and governing is not None and (
            entity := next_entity(before, head, governing.core or governing.subject,
                                   context.unit in rules.words("counting_measures"), context.unit,
                                   bool(rules.pattern("breakdown_opener").fullmatch(context.before)
                                        or rules.pattern("subset_lead_end").search(SPACE.sub("", context.before)))
                                   and names_any_measure(governing.core or governing.subject),
                                   context.unit == governing.unit and context.unit not in rules.words("relative_units")
                                   and not parallel_core(head, governing, before=context.before))):
                                   # (就业人员年平均工资…。其中，…人员…)
        core = governing.core or governing.subject  # 高于城区（83.8%）; 里程14.6万公里，其中高铁3.8万公里
        if worth_core_apart(governing, context.unit):
            core = ""  # (round 41 mend: …项目50个，总投资300亿元，其中外资项目12个 → 外资项目, no count of 总投资)
        # (round 27: a subject opening with a member like the entity, 国内航线旅客周转量…，其中港澳台航线…; 全国规模以上
        # 港口…吞吐量…；其中沿海主要港口…: the entity stands where that member stood, as for a named sibling)
        core = ((core != governing.subject and core) or (change and output_member_core(entity, governing.subject))
                or alike_member_core(entity, governing, context.before) or core)
                # (round 43: …产量…，集成电路增长 → 集成电路产量)
        wider = entity in rules.words("area_scope_words")
        core = without_area_scope(core) if names_a_region(entity) or wider else core
        # (round 24: 东部地区固定资产投资; round 44: a wider scope compared, 高于全省（68.1%） → 全省城镇化率)
        core = kind_member_core(entity, core, context.unit)  # (round 37: 普通本科学校高等教育专任教师)
        named = _member_joined(entity, core)  # (round 46: 城镇居民 + 居民人均可支配收入, 居民 not doubled)
        found = Governing(named + change, named, change, core)
    elif (local and governing is not None and not member and not worth_core_apart(governing, context.unit)
          and not rate_apart(governing, context.unit)
          and not rules.pattern("contribution_lead").match(head)  # (round 48: 拉动全市工业增长… names what the subject
          # pulls, no member alike: 全市工业 is no sibling of 高技术制造业)
          and (core := (parallel_core(head, governing, unit=None if subset else context.unit, before=context.before)
                        or scope_led_member_core(head, governing, None if subset else context.unit,
                                                 context.before)))):
        # (a thing alike: parallel clauses only; a breakdown's subset keeps its own rules, 其中，水电…: 水电装机容量;
        # round 41 mend: no worth or size core for a member in another unit, `worth_core_apart`)
        if change and not head.endswith((*rules.words("compound_verb_actor_ends"),
                                          *(name for name, _ in org_resources().heads))):
            core = output_member_core(head, core) or core  # (round 43 mend: 全市汽车产量…，手机增长… → 手机产量, as
            # 新能源汽车产量…，锂电池增长…: a product after a product's output shares the output alone; a body, 重点
            # 企业增长…, makes the product, 重点企业汽车产量)
        found = Governing(head + core + change, head + core, change, core)  # 其中城市14.3/10万，农村16.6/10万
    elif local and governing is not None and not member and (core := level_member_core(head, governing, context.unit)):
        found = Governing(head + core + change, head + core, change, core)  # 其中中学1757人，小学1862人
    else:
        return None
    r.head = head
    return found


def _sibling_of_subject(r: MetricReading) -> Governing | None:
    """A sibling measure of the subject before, named shorter (…，招生…; 发病率为…，死亡率为…; 日均产量…; 进口均价…;
    对经济增长的贡献率为…)."""
    rules, before, words_before, member, governing, context, head, change, phrase, local = (
        cues(), r.before, r.words_before, r.member, r.governing, r.context, r.head, r.change, r.phrase, r.local)
    if (governing is not None and not member and (context.local or context.chained)
          and (owner := roll_owner(head, governing.subject, context.before))):
        found = Governing(owner + head + change, owner + head, change, head)  # 全国共有普通高中…，招生… (round 31)
    elif (governing is not None and not member and (context.local or context.chained)
          and (act := granted_sibling(head, governing.subject))):
        found = Governing(act + head + change, act + head, change, head)  # 授权实用新型专利…，外观设计专利… (37)
    elif (governing is not None and not member and (context.local or not has_noun(head, words_before))
          and (owner := sibling_owner(head, governing))):
        found = Governing(owner + head + change, owner + head, change, head)  # 发病率为…，死亡率为… → …传染病死亡率
    elif (governing is not None and not member and (context.local or context.chained)
          and (owner := qualified_sibling_owner(head, governing.subject))):
        found = Governing(owner + head + change, owner + head, change, head)  # 保险业原保险保费收入…；原保险赔付支出…
    elif (governing is not None and not member and (context.local or context.chained)
          and (owner := scoped_sibling_owner(head, governing.subject))):
        found = Governing(owner + head + change, owner + head, change, head)  # 二线城市新建商品住宅…；二手住宅…
    elif (governing is not None and not member
          and (account := account_sibling(head, governing.subject, local, "".join(
              m["set_aside"] for m in rules.pattern("account_exclusion_cue").finditer(context.before + before))))):
        found = Governing(account + change, account, change, head)  # 基金收入…，支出…，年末累计结存… → 基金累计结存
    elif (not member and rules.pattern("metric_head").search(head)
          and len(head) <= rules.setting("bare_metric_max_chars")
          and rules.pattern("ranking_first").search(context.before)
          and (ranked_next := rules.pattern("ranked_entity_clause").fullmatch(clean(context.previous_clause)))):
        entity = ranked_next["entity"]  # 其次是零售、住宿及膳食服務，失業率為10.7% → 零售…失業率
        found = Governing(entity + phrase, entity + head, change, head)
    elif (context.local and governing is not None and not member and (change or governing.change)
          and shortened(head, governing.subject)  # (round 20: a list of levels, 核心一级资本充足率为…，一级资本
          and not rules.pattern("metric_lead_country").search(clean(before, country=False))):  # (而我国TFP…: its own)
        # 充足率为…, names each measure in full: a shorter one is a measure of its own)
        found = Governing(governing.subject + change, governing.subject, change, governing.core)  # 将增长预期上调…
    elif ((context.local or context.chained) and governing is not None and not member
          and (owner := mean_owner(head, governing.subject))):
        found = Governing(owner + phrase, owner + head, change, head)  # 原煤产量…；日均产量… → 原煤日均产量 (round 29)
    elif context.local and governing is not None and not member and (owner := worth_owner(head, governing, context)):
        found = Governing(owner + phrase, owner + head, change, head)  # …精矿3.1亿吨，价值… → …精矿价值 (round 40)
    elif context.local and governing is not None and not member and (item := item_of(head, governing.subject)):
        found = Governing(item + phrase, item + head, change, head)  # 进口铁矿砂…，进口均价… → 铁矿砂进口均价
    elif (not context.local and change and ends_in_market_name(head)
          and rules.pattern("session_close").fullmatch(SPACE.sub("", context.previous_clause))):
        close = clean(context.previous_clause)  # 截至午间收盘，沪指跌0.32% → 午间收盘沪指跌 (the change keeps it)
        found = Governing(close + phrase, close + head, change, head)
    elif (context.local and governing is not None and not member and governing.subject
          and (governing.change or share_owner(governing.subject) != governing.subject)  # (round 48: …增长6.4%，占比为
          # 4.6%，对全市工业增长的贡献率2.8%: the share's owner, whose change the clause before it gave)
          and context.unit == rules.setting("share_change_unit")
          and rules.pattern("contribution_rate_end").fullmatch(head)
          and not rules.pattern("contribution_rate_end").search(governing.subject)):
        # (round 37: 最终消费支出增长5%，对经济增长的贡献率为65.4%: the owner whose change it is; a 拉动 clause after
        # it then drops the rate again, round 24)
        owner = rate_owner(share_owner(governing.subject))
        found = Governing(owner + phrase, owner + head, change, head)
    elif (context.local and governing is not None and not member and governing.subject
          and context.unit in rules.words("contribution_units") and rules.pattern("contribution_lead").match(head)
          and not rules.pattern("gap_clause_open").match(governing.subject)  # (高出全省外贸整体增速: no owner)
          and not rules.pattern("contribution_lead").match(governing.subject)):  # (影响CPI上涨的主要因素是…: none)
        # (round 24: 民营企业进出口…，增长28.1%，拉动进出口增长9.6个百分点: the subject's contribution; the subject
        # stays the owner of the clauses after it, 占外贸总值的37.5%)
        owner = rate_owner(share_owner(rules.before("index_weight_in_subject",
                                                      without_carried_adverb(governing.subject))))
        # (…，占出口总值的59.4%，拉动…: the amount's owner; 食品价格…，占CPI权重约20%，影响…: the item)
        owner = rules.pattern("contribution_rate_end").sub("", owner) or owner  # (…对经济增长的贡献率为…，拉动…)
        found = Governing(owner + phrase, owner, change, head)
    elif ((context.local or (context.chained and not governing_core(governing))) and governing is not None
          and not member and governing.subject and (owner := company_owner(head, governing.subject, context.before))):
        # 比亚迪公司…营业收入…，净利润… (round 44); also after ；(round 50: …营业收入…；实现净利润…)
        found = Governing(owner + phrase, owner + head, change, head)
    else:
        return None
    return found


def _own_or_carried_subject(r: MetricReading) -> Governing | None:
    """The head's own noun with its actor, or the subject carried from the clause or value before (同比增长7.3%
    of the subject before), or the sentence's opening clause."""
    rules, words_before, counted, member, governing, fallback, context, bare, head, change, phrase, owner_changes = (
        cues(), r.words_before, r.counted, r.member, r.governing, r.fallback, r.context, r.bare, r.head, r.change,
        r.phrase, r.owner_changes)
    if (has_noun(head, words_before) and not opens_with_base(head, words_before)
          and not (not context.local and only_qualifiers(head))):  # (round 22: Shibor下跌，3M报…: 3M names no rate)
        actor = (carried_actor(head, bare, words_before, governing, context)
                 or repeated_measure_owner(head, words_before, governing, context)
                 or state_clause_actor(head, words_before, context)
                 or state_clause_owner(head, context)
                 or runner_up_owner(head, governing, context)  # (round 49: 紧随其后的是华为，出货量…)
                 or topic_clause_owner(head, words_before, context)
                 or priced_goods(head, context)
                 or group_scope_owner(head, governing, context.local or context.chained))  # (round 44: …城市…；PM2.5…)
        # (round 27: 中欧班列共开行…、发送货物… → 中欧班列发送货物)
        if actor and governing is not None and phrase.startswith(head) and (
                carried := elided_act_object(head, governing.subject)):
            phrase, head = carried + phrase[len(head):], carried  # 累计发送旅客…，日均发送… (round 42)
        found = Governing(actor + phrase, actor + head, change, head[len(entity_prefix(head, words_before)):])
    elif not context.local and (subject := clause_subject(context.previous_clause, list(context.previous_words))):
        subject = rate_owner(subject) if owner_changes else amount_subject(subject, context.unit)  # 涨幅控制在3%左右，
        # 实际上涨0.4%; (round 46) …收入增速平稳，达18965亿元: an amount is no rate
        # (round 22: Shibor上行，3M报…，6M报…: a qualifier alone stays in the subject the next quote swaps it in)
        # (round 37: a measure the value's clause names after its verb, 揽收快递包裹 after …快递业运行平稳, is the
        # subject's too: the change after it, 同比增长22.6%, is of 全国邮政快递业揽收快递包裹, not of the industry)
        head_named = only_qualifiers(head) or (bool(head) and (
            (counted and holds_object(head)) or rules.pattern("metric_head").search(head) is not None))
        found = Governing(subject + phrase, subject + head if head_named else subject, change)
    elif (governing is not None and head and (after_cause(context) or rules.pattern("attained_object").match(bare))
          and not opens_with_base(head, words_before)):
        found = Governing(phrase, head, change)  # 因今日有2690亿元逆回购到期，实现净投放2260亿元 → 净投放
        # (round 20: …总资产达…；全年实现总保费…: what a verb of attainment reports is named, whatever the tagger says)
    elif (context.local and context.previous_bare and not head and not member
          and (subject := clause_subject(context.previous_clause, list(context.previous_words)))
          and (rules.pattern("metric_head").search(subject) or rules.pattern("rate_noun_end").search(subject))):
        # (round 22: …同比增长2.7%，高技术及装备制造业用电量保持较快增长势头，达到1222亿千瓦时: the measure the clause
        # right before names, with no value of its own, not the one an earlier value governs; round 48: a rate too,
        # 股份制银行规模扩张速度较快，为11.8%)
        subject = amount_subject(subject, context.unit)  # (round 46: …增速平稳，达18965亿元: no rate noun)
        found = Governing(subject + phrase, subject, change)
    elif other_units_member(head, governing, context):
        found = Governing(phrase, head, change)  # …发行利率2.78%；7年期26.42亿元: the tenor's amount, no rate
    elif governing is not None:
        governing = without_period_statistic(governing, words_before)  # 1-10月…平均为…，10月为… (round 46)
        subject = without_carried_adverb(without_carried_statistic(governing.subject, phrase))
        rebased = opens_with_base(head, words_before)
        if rebased:  # …比上年下降0.5%，较2020年累计下降: the new base replaces the old
            subject = without_base(subject) + compared_rate(governing, context.unit)
        if (change and not head) or rebased:  # (round 35: 较常年同期偏多 names no change
            # word, its base opens it all the same)
            subject = counted_group(governing, context.unit) or subject  # 有206万人享受…，比上年增加12万人 (round 28)
        if not head and context.local and context.unit == rules.setting("share_change_unit"):
            subject = share_owner(subject)  # 税收收入…，占…的比重为72.7%，增长21.5%: the amount grew, not the share
        if rules.pattern("rate_noun_at").match(phrase):  # 增幅为8.3%，增幅比上年提高: the rate is named once
            subject = rate_owner(subject)
        counts, relative = rules.words("counting_measures"), rules.words("relative_units")
        points = governing.unit in rules.words("point_change_units") and context.unit in rules.words("rate_level_units")
        level = points or (governing.unit in relative and context.unit not in relative)
        if not phrase and governing.change and level:
            # (round 25: …较上年下降0.8%，为30.2亿元: not 营业收入较; round 28: 下调…利率…，由1.5%…: 利率)
            acted = acted_measure(governing)
            subject = without_base(subject)
            # (round 24: …增长15.2%，去年同期为10.85亿元: a level, no change;
            # round 25: …较上年下降0.1个百分点，为1.2%: a rate's level after a change in points)
            found = Governing(acted or subject, subject, "")
        elif not phrase and governing.done:
            # (round 30) 进出口总额连续7年位居全球第一，2023年达41.76万亿元: the amount of the subject, not of its rank
            found = Governing(subject, subject, "", governing.core)
        else:
            if change and not head and not member:  # 环比增加1160万头，增长2.8% → …环比增长 (round 48)
                phrase = change = shared_base(change, governing, context.unit)
            found = governing if not phrase else parallel_act(phrase, subject, change,
                                                                  governing.unit == context.unit,
                                                                  context.unit in counts, context.unit,
                                                                  governing.unit)
    else:
        subject = "" if (rules.pattern("adverb_clause").fullmatch(fallback)  # 此前，… (round 28)
                         or rules.pattern("lead_in_clause").fullmatch(fallback)  # 据介绍，… (round 47)
                         or rules.pattern("cited_release_clause").fullmatch(fallback)) else clean(fallback)  # (34)
        subject = without_count_predicate(subject)  # 国家组织药品集采已开展十批 → 国家组织药品集采 (round 33)
        if subject:
            found = Governing(subject + phrase if phrase else subject, subject, change)
        else:  # 沪指收报3054.37点，涨0.11%: the words before the first value are what the next ones go on measuring
            found = Governing(phrase, head, change)
    r.head, r.phrase = head, phrase
    return found


def _unit_share_alone(r: MetricReading) -> Governing | None:
    """(round 46) A share of units that moved a way (`unit_share_nouns`: 增长面, 亏损面) right after the count of those
    units (有23个行业利润同比增长，增长面近六成): the noun names its measure whole, the share of all the units counted;
    the counted set before it owns no share of itself (was 利润同比增长的行业增长面). None otherwise: a face noun with
    an owner of its own (全市规上工业企业亏损面为…) or after a value that counts nothing."""
    governing, context = r.governing, r.context
    rules = cues()
    if (r.member or governing is None or not context.local or r.phrase not in rules.words("unit_share_nouns")
            or governing.unit not in rules.words("counting_measures")):
        return None
    return Governing(r.phrase, r.phrase, "", r.phrase)  # (its 增长 is no change word here: 增长面 is one noun)


HEAD_READERS: tuple[Reader, ...] = (
    _unit_share_alone, _ranked_or_listed, _owner_ratio_or_act, _share_part_or_gap,
    _entity_in_place, _sibling_of_subject, _own_or_carried_subject,
)


def read_head(r: MetricReading) -> Governing:
    """The metric the head of the phrase gives against the governing value (`HEAD_READERS` in order; the last
    reads every head). Sets on ``r`` the member, head, change and phrase as the reading rewrote them, which the
    readings after the value read."""
    found = read_first(r, HEAD_READERS)
    assert found is not None
    return found


def governing_core(governing: Governing | None) -> str:
    """The core a governing value shares apart from its subject (其中中国移动5G基站数…: 5G基站数, a breakdown's
    member; 比亚迪营业收入: 营业收入), "" for none or its whole subject (上市公司营业收入): after ； only a subject
    read whole hands its company on to a bare measure (round 50); a member's or a named entity's core may be the
    whole's measure (…其中中国移动5G基站数为220万个；新增基站数… is the whole's: left to the comma's rule)."""
    core = governing.core if governing is not None else ""
    return core if governing is not None and core != governing.subject else ""

