"""The top-level metric assembly: a value's metric from its clause, the governing value and the context."""

from __future__ import annotations

import dataclasses

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.acts import (
    after_causative,
    carried_actor,
    contrast_swap,
    counted_group,
    deal_price,
    elided_act_object,
    field_label,
    flow_of,
    for_recipients,
    other_units_member,
    own_group_threshold,
    parallel_act,
    people_doing,
    prior_result,
    repeated_measure_owner,
    result_label,
    stock_of,
    sufferers_lead,
    threshold_group,
    vote_label,
)
from pipeline.extract.claim_metric.bases import (
    bare_head_before_base,
    is_gap_lead,
    links_level,
    measure_gap,
    regional_gap,
    without_base,
    without_revised_base,
)
from pipeline.extract.claim_metric.carried import (
    antecedent,
    next_entity,
    ranked_degree,
    without_carried_adverb,
    without_carried_statistic,
    without_count_predicate,
)
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, clean, without_report_verb
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.counts import (
    OBJECT_VERB_REACH,
    after_merged_benefactive,
    after_preposition,
    before_predicate,
    counted_noun,
    held_unchanged,
    joined_count_member,
    named_after,
    object_after,
    object_compound,
    opens_change,
    opens_joined_member,
    phrase_words,
    programme_after,
    quantity_object,
    rest_of_set,
    set_before_measure,
    spec_part,
    takes_object,
    verb_phrase,
    without_enumeration,
)
from pipeline.extract.claim_metric.kinds import (
    counts_apart,
    counts_own_kind,
    level_member,
    level_member_core,
    rate_apart,
)
from pipeline.extract.claim_metric.lists import extreme_sibling, joined_once, rate_change_on_level
from pipeline.extract.claim_metric.owners import (
    acted_measure,
    after_cause,
    change_start,
    clause_subject,
    company_owner,
    compared_rate,
    counted_group_owner,
    dealt_with,
    elided_object_sibling,
    framed_measure_member,
    framed_share,
    head_owner,
    holds_object,
    instrument_owner,
    involved_owner,
    level_subject,
    member_share,
    outcome_member,
    part_of,
    priced_goods,
    ranked_share_owner,
    rate_owner,
    run_length,
    runner_up_measure,
    share_owner,
    state_clause_actor,
    state_clause_owner,
    streak_subject,
    topic_measure,
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
    ends_in_market_name,
    ends_in_metric_head,
    entity_prefix,
    frame_noun,
    has_noun,
    longest_end,
    longest_start,
    names_a_place,
    names_a_region,
    names_a_stratum,
    names_an_entity,
    names_any_measure,
    only_qualifiers,
    without_list_count,
)
from pipeline.extract.organizations.base import resources as org_resources
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import pos_tagger


def metric(before: str, words_before: list[Word], words_after: list[Word], counted: bool,
           member: str | None, governing: Governing | None, fallback: str, level: bool = False,
           context: Context = Context()) -> Governing:
    """The metric of one value (`_metric`), with the owner of a whole a term kind of it after 其中 lacks
    (`term_kind_owner`, round 43), and the stock word the whole ends in (`term_kind_stock`, round 44)."""
    found = _metric(before, words_before, words_after, counted, member, governing, fallback, level, context)
    if not context.local or governing is None or member:
        return found
    owner, stock = term_kind_owner(found.subject, governing.subject, context.before + before)
    if not owner:
        return found
    subject = owner + found.subject + stock
    if stock and found.metric.startswith(found.subject):  # the stock word right after the member's measure
        return dataclasses.replace(found, metric=subject + found.metric[len(found.subject):], subject=subject)
    return dataclasses.replace(found, metric=owner + found.metric, subject=subject)  # (round 44 mend: no change lost)


def term_kind_stock(subject: str, whole: str) -> str:
    """(round 44) The stock word a whole ends in after the measure a 其中 term kind names (全省企业存款余额…，其中定期
    存款… → 余额: 全省企业定期存款余额): `term_kind_stocks`; "" when the member names it already or the whole ends in
    the member's measure (住户贷款增加…，其中短期贷款…)."""
    stock = longest_end(whole, cues().words("term_kind_stocks"))
    return stock if stock and not subject.endswith(stock) else ""


def term_kind_owner(subject: str, whole: str, before: str) -> tuple[str, str]:
    """(round 43) The owner of a whole a 其中 member names a term kind of (住户贷款增加…，其中，短期贷款增加…，
    中长期贷款增加… → 住户: 住户短期贷款, 住户中长期贷款): the member is a term word (`term_kinds`) and a measure
    the whole ends in, or ends in after a term word of its own (the member before: 住户短期贷款); the words of the
    whole before them name its owner, which the member lacks. "" otherwise: no 其中 before it in its sentence, a
    member naming an owner of its own (其中，住户存款 of 人民币存款) or a whole with no owner (贷款增加…，其中短期
    贷款…). With the owner, the whole's stock word (`term_kind_stock`; round 44 mend: one reading), "" for none."""
    rules = cues()
    if rules.setting("term_kind_opener") not in before:
        return "", ""
    kind = longest_start(subject, rules.words("term_kinds"))
    measure = subject[len(kind):]
    whole = whole[:-len(stock)] if (stock := term_kind_stock(subject, whole)) else whole  # (round 44: …存款余额)
    if not kind or len(measure) < 2 or not whole.endswith(measure):
        return "", ""
    owner = whole[:-len(measure)]
    owner = owner[:-len(held)] if (held := longest_end(owner, rules.words("term_kinds"))) else owner
    if not owner or not ends_in_metric_head(measure) or rules.pattern("change_words").search(owner):
        return "", ""
    return owner, stock


def _metric(before: str, words_before: list[Word], words_after: list[Word], counted: bool,
            member: str | None, governing: Governing | None, fallback: str, level: bool = False,
            context: Context = Context()) -> Governing:
    """The metric of one value, from the clause text before it (dates and earlier values already
    cut out), the words on either side, and what governs it (see the module docstring).

    ``level``: the value is the level a change of the previous value reached (加息75个基点至2.75%,
    增长5%至100亿元); it measures the previous value's subject, without the change. A value whose clause
    names no subject takes, in order, the previous clause's subject (the first value of a sentence), the
    governing metric, the sentence's opening clause."""
    rules = cues()
    if not member:  # (round 42 mend) …发布《…公报》，显示去年…: the release's verb
        before, words_before = without_report_verb(before, words_before, context.previous_clause)
    if counted and not member:
        before, words_before = without_enumeration(before, words_before)
    bare = EDGE.sub("", SPACE.sub("", before))
    if level and governing is not None and rules.pattern("revision_level").fullmatch(bare) and not member:
        return governing  # 9月数据由0.4%上修至0.8%: the revised figure of the same metric
    if (not member and context.local and governing is not None and rules.pattern("acted_from_level").fullmatch(bare)
            and (acted := acted_measure(governing))):
        # (round 28) 下调…操作利率0.1个百分点，从1.5%降至1.4%: 1.5% of that rate; the actor goes on as the subject
        return Governing(acted, governing.subject, "", governing.core)
    if level and governing is not None and (governing.subject or acted_measure(governing)) and not member:
        return level_subject(governing)
    if not member and (dealt := dealt_with(bare, words_after, context.unit)):
        return Governing(dealt, dealt, "")  # (round 42) 对23人予以党纪政务处分: what was done to the people counted
    if not member and context.local and (joined := joined_count_member(bare, governing, counted)):
        return Governing(joined, joined, "")  # (round 44) 新建学校12所和幼儿园30所: 新建幼儿园
    if not member and (rest := rest_of_set(bare, words_after, context.unit)):
        return Governing(rest, rest, "")  # (round 30) 其余78家为传统制造企业: what the rest are, not 其余 after one
    if not member and (run := run_length(bare, words_after, governing if context.local else None)):
        return run  # 中国连续7年成为德国最大贸易伙伴: how long the subject has done what follows
    if not member and (streak := streak_subject(bare, context.unit)):
        return Governing(streak, streak, "")  # (round 44 mend) 该股收获五连板: 该股, not 股收获
    if context.local and governing is not None and governing.recipient and bare.startswith(governing.recipient):
        before = bare = bare[len(governing.recipient):]  # 向298名激励对象授予限制性股票1,048.50万股: what was granted
    if (not member and context.local and governing is not None and governing.counted
            and context.unit in rules.words("counting_measures") and bare.startswith(governing.counted)
            and (governing.counted in bare[len(governing.counted):]
                 or bare[len(governing.counted):] == rules.setting("relative_marker"))
            and rules.pattern("count_right_before").search(context.before)):
        # (round 43) 55个城市开通运营城市轨道交通线路306条: the things the count before counted are no part of what
        # the next count counts when the words after them name them again (开通运营城市轨道交通线路, not 城市开通…) or
        # only 的 follows them (来自5个国家的12个政府部门: the count before qualifies the next count's own noun);
        # (round 43 mend) otherwise they are its subject (30家企业新增专利200项: 企业新增专利)
        before = bare = bare[len(governing.counted):]
    if (context.local and governing is not None and governing.subject and not member
            and (turn := rules.pattern("transition_turn").fullmatch(bare))):
        # (round 26) 由上月下降…转为上涨: the first value's subject and basis (环比), this period's direction
        basis = rules.pattern("transition_basis").match(governing.change)
        change = (basis[0] if basis else "") + turn["change"]
        return Governing(governing.subject + change, governing.subject, change, governing.core)
    if not member and (turned := _list_turn(bare, governing, context)):
        return turned  # (round 28) 增速分别比上月末和上年同期高0.1个和低1.3个百分点: 增速比上月末和上年同期低
    if rules.pattern("restated_value").fullmatch(bare) and governing is not None and context.local and not member:
        return governing  # 跌23.5点或0.76%: the same change in other units
    if (rules.pattern("first_frame_clause").fullmatch(bare) and governing is not None and governing.subject
            and context.local and not member):
        return Governing(governing.subject, governing.subject, "")  # (round 45) …，为全省唯一超12万元的城市
    if rules.pattern("conversion_end").fullmatch(bare) and governing is not None and governing.subject and not member:
        return Governing(governing.subject, governing.subject, "")  # …，同比下降29.1%，折合约700亿美元: the level
    if rules.pattern("previous_value").fullmatch(bare) and governing is not None and context.local:
        return governing  # 制造业PMI为49.5%，前值为50.2%: the same metric, a period earlier
    joint = rules.pattern("range_joint").fullmatch(SPACE.sub("", before))
    if joint and governing is not None and context.local and not member:
        return governing  # 盈利425,000万元–455,000万元: the range's upper end
    if not member and (vote := vote_label(SPACE.sub("", before), words_after, context)):
        return Governing(vote, vote, "")  # 同意9票，反对0票; 以9票同意、0票反对: the vote, not the clause before
    if counted and not member and (sibling := _direction_sibling(bare, words_after, governing, context)):
        return sibling  # (round 25) 价格环比下降的城市有35个，持平的有20个: 价格环比持平的城市
    if (not member and rules.pattern("amount_premodifier").fullmatch(bare)
            and (named := named_after(before_predicate(words_after), compound=True))):
        return Governing(named, named, "")  # (round 38) 為數4,215億美元的外匯儲備資產總額: its noun
    if not member and (deal := deal_price(bare, words_after)):
        return Governing(deal, deal, "")  # G31地块以总价40.04亿元成交: the plot's 成交总价, not the bidder or 以
    if not member and not bare and (labelled := field_label(context, governing)):
        return labelled  # 归属于上市公司股东的净利润盈利：…，比上年同期增长：38.31%: the indicator, and its change
    if not member and (label := result_label(bare, context, governing) or prior_result(bare, words_before, context,
                                                                                        governing)):
        return Governing(label, label, "")  # 归属于上市公司股东的净利润：盈利425,000万元: the indicator, not the sign
    if context.local and governing is not None and (stock := stock_of(bare, member or flow_of(governing))):
        return Governing(stock, stock, "")  # 新增高新技术企业186家，总数达到1056家: 高新技术企业总数
    if not member and (outcome := outcome_member(bare, context, governing)):
        return outcome  # 其中阳性21.84万人次: 进行结核菌素试验阳性 (round 26)
    if not member and not counted and (owner := ranked_share_owner(bare, context, governing)):
        # 东盟为我国第一大贸易伙伴，占我国外贸总值的14.6% → 东盟占我国外贸总值; a bare 占 (…第三大贸易伙伴，
        # 占11.2%) is the ranked one's share, its 占比 (mend), as for a member's (_member_share)
        share = owner + (rules.setting("share_head") if rules.pattern("bare_share").fullmatch(bare) else clean(before))
        return Governing(share, share, "", rules.setting("share_head"))
    if not member and not counted and (share := member_share(bare, context, governing)):
        return Governing(share, share, "", rules.setting("share_head"))  # 其中企业占31.2%: 企业占比 (round 26)
    if (context.unit == "%" and not counted and not member
            and (area := rules.pattern("share_of_area_end").search(bare))
            and (share_of := named_after(words_after, compound=True))):  # 贡献了全国近六分之一的外贸进出口值
        owned = clean(bare[:area.start()]) + share_of + rules.setting("share_word") + area["area"]
        return Governing(owned, owned, "")
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
    # a change in per cent after a rate's clause is the owner's (…增速比上年回落0.5个百分点，增长4.6%: the owner grew)
    owner_changes = not head and bool(change) and not member and context.unit == rules.setting("share_change_unit")
    if owner_changes and governing is not None:
        governing = dataclasses.replace(governing, subject=rate_owner(governing.subject))
    led = rules.pattern("entity_lead").fullmatch(head)
    if (led and not member and ends_in_metric_head(led["entity"])
            and not is_gap_lead(head) and not measure_gap(head, context.unit)):
        head = led["entity"]  # (round 20: 低于贷款增速（8.26%）: the compared side names its own measure)
    pointer = rules.pattern("pointer_words").search(head)
    if pointer and governing is not None and governing.subject and not member:  # 去年同期的数字为1%
        lead = without_revised_base(clean(head[:pointer.start()]))
        if not lead and context.local and not change:
            return governing  # 9月数据由0.4%…: the figure of the metric just given, for another period
        # 比前一周修正后数据增加: the base's figure (the base names it), else the figure of the governing subject
        head = lead if opens_with_base(lead, words_before) else lead + governing.subject
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
            or rules.pattern("list_slash_separator").search(before)
            or rate_change_on_level(governing, context.unit)) else ""  # (销售/管理费用为x/y: round 24)
        # (round 23: a member's gap, 装备制造业增加值增速快于规模以上工业, names its comparison: no change of the list)
        change = change or inherited
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
        member += shared if not member.endswith(shared) else ""
        own_base = turned or bool(rules.pattern("own_base_open").match(change))
        if own_base:  # (round 41 mend: only where the later change names its own base, as below; any other member
            # keeps its words)
            member = rules.pattern("list_base_before_own").sub("", member)  # (round 41) the list's base gives way to
        if rules.pattern("own_base_open").match(change):  # the later change's own (同比|比一季度加快, 环比|同比增长)
            member = rules.pattern("list_base_end").sub("", member)
        found = Governing(joined_once(member, change), member, change, shared)
    elif head in rules.words("sanction_nouns"):
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
    elif (counted_owner := counted_group_owner(bare, member, context, governing)):
        found = Governing(counted_owner + phrase, counted_owner + head, change)  # 202个城市…达标，占59.6%
    elif (local and governing is not None and governing.subject and not member and change
          and head in rules.words("bare_period_means")):  # (round 32)
        # …完成货物吞吐量10.3亿吨，…，日均环比增长3.2% → …货物吞吐量日均环比增长: the change of the subject's daily mean
        found = Governing(governing.subject + head + change, governing.subject + head, change)
    elif (not member and rules.pattern("involved_amount").fullmatch(head)
          and (owner := involved_owner(context, governing))):
        found = Governing(owner + phrase, owner + head, change)  # …问题6项，涉及金额2.37亿元 (round 41)
    elif ((head in rules.words("bare_heads") or rules.pattern("share_of").match(head)
           or rules.pattern("share_in_base").match(head))  # (round 26: 在电信业务收入中占比为15.4%)
          and (owner := without_share(head_owner(context, governing)))):  # 占比达36.3%, 占全国的比例为20%
        found = Governing(owner + phrase, owner + head, change)
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
    elif (local and governing is not None and not member and head in org_resources().aliases
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
          and (change or not bare_item(governing))
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
            found = Governing(head + core + change, head + core, change, core)
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
        found = Governing(head + core + change, head + core, change, core)
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
        found = Governing(entity + core + change, entity + core, change, core)
    elif (local and governing is not None and not member and not worth_core_apart(governing, context.unit)
          and not rate_apart(governing, context.unit)
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
    elif (governing is not None and not member and (context.local or context.chained)
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
    elif (context.local and governing is not None and not member and governing.subject and governing.change
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
    elif (context.local and governing is not None and not member and governing.subject
          and (owner := company_owner(head, governing.subject, context.before))):
        found = Governing(owner + phrase, owner + head, change, head)  # 比亚迪公司…营业收入…，净利润… (round 44)
    elif (has_noun(head, words_before) and not opens_with_base(head, words_before)
          and not (not context.local and only_qualifiers(head))):  # (round 22: Shibor下跌，3M报…: 3M names no rate)
        actor = (carried_actor(head, bare, words_before, governing, context)
                 or repeated_measure_owner(head, words_before, governing, context)
                 or state_clause_actor(head, words_before, context)
                 or state_clause_owner(head, context)
                 or priced_goods(head, context)
                 or group_scope_owner(head, governing, context.local or context.chained))  # (round 44: …城市…；PM2.5…)
        # (round 27: 中欧班列共开行…、发送货物… → 中欧班列发送货物)
        if actor and governing is not None and phrase.startswith(head) and (
                carried := elided_act_object(head, governing.subject)):
            phrase, head = carried + phrase[len(head):], carried  # 累计发送旅客…，日均发送… (round 42)
        found = Governing(actor + phrase, actor + head, change, head[len(entity_prefix(head, words_before)):])
    elif not context.local and (subject := clause_subject(context.previous_clause, list(context.previous_words))):
        subject = rate_owner(subject) if owner_changes else subject  # 涨幅控制在3%左右，实际上涨0.4%
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
          and rules.pattern("metric_head").search(subject)):
        # (round 22: …同比增长2.7%，高技术及装备制造业用电量保持较快增长势头，达到1222亿千瓦时: the measure the clause
        # right before names, with no value of its own, not the one an earlier value governs)
        found = Governing(subject + phrase, subject, change)
    elif other_units_member(head, governing, context):
        found = Governing(phrase, head, change)  # …发行利率2.78%；7年期26.42亿元: the tenor's amount, no rate
    elif governing is not None:
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
            found = governing if not phrase else parallel_act(phrase, subject, change,
                                                                  governing.unit == context.unit,
                                                                  context.unit in counts, context.unit)
    else:
        subject = "" if (rules.pattern("adverb_clause").fullmatch(fallback)  # 此前，… (round 28)
                         or rules.pattern("cited_release_clause").fullmatch(fallback)) else clean(fallback)  # (34)
        subject = without_count_predicate(subject)  # 国家组织药品集采已开展十批 → 国家组织药品集采 (round 33)
        if subject:
            found = Governing(subject + phrase if phrase else subject, subject, change)
        else:  # 沪指收报3054.37点，涨0.11%: the words before the first value are what the next ones go on measuring
            found = Governing(phrase, head, change)
    after_text = "".join(w.text for w in words_after)
    unspaced = SPACE.sub("", after_text)
    share = None if counted or member else (
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
    framed, framed_group = framed_share(bare, words_after, context, governing.frame if governing and context.local
                                        else "") if not counted and not member and not change else ("", "")
    if framed:  # (round 43) 医院中，已有超过90%开展预约诊疗; (round 45) its group the frame of the next share
        return Governing(framed, framed, found.change, frame=framed_group)
    if not counted and not member and not change and not context.local and (
            owned := framed_measure_member(found.subject, context)):
        return owned  # (round 44) 生均…教育事业费中，普通小学为20518元
    if (not counted and not member and not change and governing is not None and governing.frame and not bare
            and context.unit in rules.words("rate_level_units")
            and (part := rules.pattern("frame_share_after").match(unspaced))):
        # (round 44) 旅游收入中，62%来自省外游客; 新增贷款中，七成投向制造业: the share of the whole the frame named
        # going where the words after the value say (旅游收入来自省外游客), not the whole alone; the next share of the
        # same frame reads it again (…，30%用于新建项目)
        return Governing(governing.frame + part["vp"], governing.frame, "", frame=governing.frame)
    instrument = rules.pattern("instrument_end").search(member or head)
    if instrument and instrument.start():  # 华为以23%的市场份额排名第一: 华为's 市场份额
        owned = named_after(words_after) or named_after(words_after, up_to_verb=True) or (
            governing.core if governing is not None and member else "")  # 万科、中海分别以…位列第二、三名: 销售额
        owner = (member or head)[:instrument.start()]
        if owned or member:
            return Governing(owner + owned, owner, found.change, owned)
        if owner and not counted and words_before and words_before[-1].text == instrument.group(0):
            # 从净利润看，招商银行以…位居榜首: 招商银行净利润 (round 21; 以 a word of its own, not 予以, 可以)
            owned = topic_measure(context.before)
            return Governing(owner + owned, owner, found.change, owned)
    size = rules.pattern("programme_size_before").search(bare) if not counted and not member else None
    if size and (programme := programme_after(words_after)):  # 总额39万亿日元的经济刺激计划: the programme's 总额
        return Governing(programme + size["size"], programme, found.change)
    held = held_unchanged(words_after) if not counted and not member else ""
    if held:  # 宣布维持5.25%的基准利率不变
        return Governing(held, held, found.change)
    kept_at = rules.pattern("held_object_before").search(bare) if not counted and not member else None
    if kept_at and (held := clean(kept_at["object"])):  # 连续第十次将回购利率维持在6.5%: the rate held, not who held it
        if context.local and governing is not None and shortened(held, governing.subject):
            held = governing.subject  # …，将2025年增长预期维持在1.5%: the forecast named before
        return Governing(held, held, found.change)
    # (the anchored 的-noun change after the value is matched first; the clause before it is searched only then)
    may_hold_change = not counted and not member and found.subject
    grown = rules.pattern("held_change_after").match(after_text) if may_hold_change else None
    if grown and (held := rules.pattern("held_change_before").search(before)):
        # (round 35) 快递业务量保持超过20%的高速增长: the rate of the subject's change, not the subject's level
        subject = clean(rules.pattern("held_change_before").sub("", clean(found.subject))) or clean(found.subject)
        change = (held["base"] or "") + grown["change"]
        return Governing(subject + change, subject, change)
    compared = SPACE.sub("", before)
    to_level = rules.pattern("level_base").search(compared) is not None  # 较1.4元的发行价: a base's level
    named = named_after(words_after) or (named_after(words_after, up_to_verb=True) if to_level else "")
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
    if not member and (based := rules.pattern("base_level_before").search(before)):
        own = clean(before[:based.start()])  # 增速较2016年的6.7%: 增速's level at the base
        subject = own if has_noun(own, words_before) else (
            without_base(governing.subject) if governing is not None and context.local else "")
        if subject:  # 较2023年春节档的67.65亿元增长18.5%: the level of what the change measures, at the base
            return Governing(subject, subject, "")
    if not counted and not member and (sanction := rules.pattern("sanction_after").match(SPACE.sub("", after_text))):
        return Governing(sanction["noun"], sanction["noun"], "")  # 并处以22,092,641.55元罚款: the fine, not the party
    if not counted and not member and (thing := object_after(words_after)) and takes_object(
            bare, head, change, words_before):  # 开展了4950亿元逆回购操作: the amount of 逆回购操作 it carried out
        described = clean(verb_phrase(phrase, words_before)) + thing
        return Governing(described, described, "")
    if counted and words_after and context.unit + words_after[0].text in rules.words("unit_read_nouns"):
        # (round 32) 惠及1.5亿人口: the number read 人 off 人口, and the noun after it is 人口 whole, not 口
        words_after = [dataclasses.replace(words_after[0], start=words_after[0].start - len(context.unit),
                                           text=context.unit + words_after[0].text, tag="n"), *words_after[1:]]
    if not member and context.unit in rules.words("spec_measures") and (part := spec_part(words_after)):
        return Governing(part, part, found.change)  # (round 32) 内置5000mAh的电池, 支持120W有线快充: the part specified
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
    return found


def _list_turn(bare: str, governing: Governing | None, context: Context) -> Governing | None:
    """(round 28) The later member of a list of changes against listed bases, each with its own direction (分别比上月末
    和上年同期高0.1个和低1.3个百分点): its clause is only the joiner and its direction, so it keeps the first value's
    subject and bases and swaps in its direction. None unless the value before changed against a base named with
    比/较 and its change ends in a direction word."""
    if governing is None or not context.local or not governing.change:
        return None
    change = turned_change(governing.change, bare)
    return None if change is None else Governing(governing.subject + change, governing.subject, change,
                                                 governing.core, unit=governing.unit)


def turned_change(previous: str, between: str) -> str | None:
    """The previous value's change or metric (…增速比上月末和上年同期高) with the direction of a later list member whose
    clause ``between`` the two values is only a joiner and its own direction (和低 → …比上月末和上年同期低); None when
    it is not, or when the previous one names no base with 比/较 before its direction (round 28)."""
    rules = cues()
    turn = rules.pattern("list_turn").fullmatch(EDGE.sub("", SPACE.sub("", between)))
    base = rules.pattern("list_turn_base").search(previous) if turn else None
    if turn is None or base is None:
        return None
    return previous[:base.start("dir")] + turn["change"]


def _direction_sibling(bare: str, words_after: list[Word], governing: Governing | None,
                       context: Context) -> Governing | None:
    """(round 25) A count after the count of the members of a set that moved one way (价格环比下降的城市有35个), in
    the same sentence or after ；: written with only its own way (，持平的有20个; ；上涨的城市有44个), it counts the
    members that moved that way in the same measure, base and set (价格环比持平的城市); a change of the count
    (，比上月增加4个) is the change of that set's count; so does a count of the set noun with only its way after it
    (33个行业利润总额同比增长，7个行业下降; 有29个县下降). None when the value before counts no such set."""
    rules = cues()
    if governing is None or not (context.local or context.chained) or governing.unit != context.unit:
        return None
    found = next((m for m in (rules.pattern("direction_set").fullmatch(text)
                              for text in (governing.metric, governing.core)) if m), None)
    if found is None:
        return None
    compact = SPACE.sub("", bare)
    if rules.pattern("direction_set_change").fullmatch(compact):
        # (the set stays the core a later count of it shares; the subject a later sentence goes on with is the measure)
        return Governing(found.group(0) + compact, found["measure"], compact, found.group(0))
    own = rules.pattern("direction_set_member").fullmatch(compact)
    if own is None and rules.pattern("frame_member_lead").fullmatch(compact):
        after = EDGE.sub("", SPACE.sub("", "".join(w.text for w in phrase_words(words_after))))
        own = rules.pattern("direction_set_counted").fullmatch(after)
        own = own if own is not None and own["noun"] == found["noun"] else None
    if own is None:
        return None
    measure = found["measure"]
    change = ((own["base"] or found["base"] or "") + own["dir"] + rules.setting("relative_marker")
              + (own["noun"] or found["noun"]))
    return Governing(measure + change, measure, change, governing.core)


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
