"""The readings that decide a value's metric outright, before its phrase is read (`assembly._metric`).

Each reader takes the :class:`MetricReading` of one value and returns its metric, or None to pass it on to the next;
`assembly` tries them in the order of `OPENING_READERS`, trims what the clause names before the value that is no part
of it (`trim_named_before`), then tries `CLAUSE_READERS` (`context.read_first`). The order is the order of precedence:
a revised level or a vote is read before any share of the clause. Most readers read only a value that is no 分别
member (``not member``): a member's metric is its own member's, read from its phrase. The tables say so once for the
readers that share the guard (`context.for_non_members`; with ``plain``, no count either; round 46 tidy: each
reader checked it in its own condition, as the chain it was cut from did), and show the few that read a member too
(`_previous_value`, `_stock`; and `trim_named_before`'s recipient).
"""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.acts import (
    deal_price,
    field_label,
    flow_of,
    prior_result,
    result_label,
    stock_of,
    vote_label,
)
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, clean
from pipeline.extract.claim_metric.context import Context, Governing, MetricReading, Reader, for_non_members
from pipeline.extract.claim_metric.counts import (
    before_predicate,
    joined_count_member,
    named_after,
    phrase_words,
    rest_of_set,
)
from pipeline.extract.claim_metric.owners import (
    acted_measure,
    dealt_with,
    level_subject,
    member_share,
    member_share_after,
    outcome_member,
    ranked_share_owner,
    run_length,
    streak_subject,
)
from pipeline.nlp.doc import Word


def _revised_level(r: MetricReading) -> Governing | None:
    """A level revised (9月数据由0.4%上修至0.8%): the revised figure of the same metric."""
    rules, bare, governing, level = cues(), r.bare, r.governing, r.level
    if level and governing is not None and rules.pattern("revision_level").fullmatch(bare):
        return governing  # 9月数据由0.4%上修至0.8%: the revised figure of the same metric
    return None


def _acted_from_level(r: MetricReading) -> Governing | None:
    """(round 28) The level a rate acted on stood at (…，从1.5%降至1.4%): that rate; the actor goes on."""
    rules, bare, governing, context = cues(), r.bare, r.governing, r.context
    if (context.local and governing is not None and rules.pattern("acted_from_level").fullmatch(bare)
            and (acted := acted_measure(governing))):
        # (round 28) 下调…操作利率0.1个百分点，从1.5%降至1.4%: 1.5% of that rate; the actor goes on as the subject
        return Governing(acted, governing.subject, "", governing.core)
    return None


def _level_reached(r: MetricReading) -> Governing | None:
    """The level a change of the value before reached (增长5%至100亿元): its subject, without the change."""
    governing, level = r.governing, r.level
    if level and governing is not None and (governing.subject or acted_measure(governing)):
        return level_subject(governing)
    return None


def _dealt_with(r: MetricReading) -> Governing | None:
    """(round 42) What was done to the people counted (对23人予以党纪政务处分)."""
    bare, words_after, context = r.bare, r.words_after, r.context
    if dealt := dealt_with(bare, words_after, context.unit):
        return Governing(dealt, dealt, "")  # (round 42) 对23人予以党纪政务处分: what was done to the people counted
    return None


def _joined_count(r: MetricReading) -> Governing | None:
    """(round 44) A count joined to the count before (新建学校12所和幼儿园30所): the act and its own noun."""
    bare, governing, counted, context = r.bare, r.governing, r.counted, r.context
    if context.local and (joined := joined_count_member(bare, governing, counted)):
        return Governing(joined, joined, "")  # (round 44) 新建学校12所和幼儿园30所: 新建幼儿园
    return None


def _rest_of_set(r: MetricReading) -> Governing | None:
    """(round 30) The rest of a set (其余78家为传统制造企业): what the rest are."""
    bare, words_after, context = r.bare, r.words_after, r.context
    if rest := rest_of_set(bare, words_after, context.unit):
        return Governing(rest, rest, "")  # (round 30) 其余78家为传统制造企业: what the rest are, not 其余 after one
    return None


def _run_length(r: MetricReading) -> Governing | None:
    """How long the subject has done what follows (中国连续7年成为德国最大贸易伙伴)."""
    bare, words_after, governing, context = r.bare, r.words_after, r.governing, r.context
    if run := run_length(bare, words_after, governing if context.local else None):
        return run  # 中国连续7年成为德国最大贸易伙伴: how long the subject has done what follows
    return None


def _streak(r: MetricReading) -> Governing | None:
    """(round 44 mend) A streak's subject (该股收获五连板: 该股)."""
    bare, context = r.bare, r.context
    if streak := streak_subject(bare, context.unit):
        return Governing(streak, streak, "")  # (round 44 mend) 该股收获五连板: 该股, not 股收获
    return None


OPENING_READERS: tuple[Reader, ...] = for_non_members(
    _revised_level, _acted_from_level, _level_reached, _dealt_with, _joined_count, _rest_of_set, _run_length, _streak,
)


def trim_named_before(r: MetricReading) -> None:
    """Cut from the clause what the value before named that is no part of this value's metric: the recipients a
    count after a preposition counted, and (round 43) the things the count before counted when the words after
    them name them again. Sets ``before`` and ``bare`` alike."""
    rules, bare, governing, member, context = cues(), r.bare, r.governing, r.member, r.context
    if context.local and governing is not None and governing.recipient and bare.startswith(governing.recipient):
        # 向298名激励对象授予限制性股票1,048.50万股: what was granted
        r.before = r.bare = bare = bare[len(governing.recipient):]
    if (not member and context.local and governing is not None and governing.counted
            and context.unit in rules.words("counting_measures") and bare.startswith(governing.counted)
            and (governing.counted in bare[len(governing.counted):]
                 or bare[len(governing.counted):] == rules.setting("relative_marker"))
            and rules.pattern("count_right_before").search(context.before)):
        # (round 43) 55个城市开通运营城市轨道交通线路306条: the things the count before counted are no part of what
        # the next count counts when the words after them name them again (开通运营城市轨道交通线路, not 城市开通…) or
        # only 的 follows them (来自5个国家的12个政府部门: the count before qualifies the next count's own noun);
        # (round 43 mend) otherwise they are its subject (30家企业新增专利200项: 企业新增专利)
        r.before = r.bare = bare[len(governing.counted):]


def _transition_turn(r: MetricReading) -> Governing | None:
    """(round 26) A turn from the direction before (由上月下降…转为上涨): the first value's subject and basis."""
    rules, bare, governing, context = cues(), r.bare, r.governing, r.context
    if (context.local and governing is not None and governing.subject
            and (turn := rules.pattern("transition_turn").fullmatch(bare))):
        # (round 26) 由上月下降…转为上涨: the first value's subject and basis (环比), this period's direction
        basis = rules.pattern("transition_basis").match(governing.change)
        change = (basis[0] if basis else "") + turn["change"]
        return Governing(governing.subject + change, governing.subject, change, governing.core)
    return None


def _list_turn_member(r: MetricReading) -> Governing | None:
    """(round 28) The later member of a list of changes against listed bases (`list_turn`)."""
    bare, governing, context = r.bare, r.governing, r.context
    # (list_turn checks the governing value and its sentence)
    if turned := list_turn(bare, governing, context):
        return turned  # (round 28) 增速分别比上月末和上年同期高0.1个和低1.3个百分点: 增速比上月末和上年同期低
    return None


def _restated_value(r: MetricReading) -> Governing | None:
    """The same change in other units (跌23.5点或0.76%)."""
    rules, bare, governing, context = cues(), r.bare, r.governing, r.context
    if rules.pattern("restated_value").fullmatch(bare) and governing is not None and context.local:
        return governing  # 跌23.5点或0.76%: the same change in other units
    return None


def _first_frame_clause(r: MetricReading) -> Governing | None:
    """(round 45) A rank in a frame after the value (…，为全省唯一超12万元的城市): the subject before."""
    rules, bare, governing, context = cues(), r.bare, r.governing, r.context
    if (rules.pattern("first_frame_clause").fullmatch(bare) and governing is not None and governing.subject
            and context.local):
        return Governing(governing.subject, governing.subject, "")  # (round 45) …，为全省唯一超12万元的城市
    return None


def _conversion_level(r: MetricReading) -> Governing | None:
    """A conversion of the level before (…，折合约700亿美元): the level of the subject before."""
    rules, bare, governing = cues(), r.bare, r.governing
    if rules.pattern("conversion_end").fullmatch(bare) and governing is not None and governing.subject:
        return Governing(governing.subject, governing.subject, "")  # …，同比下降29.1%，折合约700亿美元: the level
    return None


def _previous_value(r: MetricReading) -> Governing | None:
    """The same metric a period earlier (前值为50.2%); a member's too."""
    rules, bare, governing, context = cues(), r.bare, r.governing, r.context
    if rules.pattern("previous_value").fullmatch(bare) and governing is not None and context.local:
        return governing  # 制造业PMI为49.5%，前值为50.2%: the same metric, a period earlier
    return None


def _range_joint(r: MetricReading) -> Governing | None:
    """The upper end of a range (盈利425,000万元–455,000万元): the metric of its lower end."""
    rules, before, governing, context = cues(), r.before, r.governing, r.context
    joint = rules.pattern("range_joint").fullmatch(SPACE.sub("", before))
    if joint and governing is not None and context.local:
        return governing  # 盈利425,000万元–455,000万元: the range's upper end
    return None


def _vote(r: MetricReading) -> Governing | None:
    """A vote's count (同意9票，反对0票): the vote, not the clause before."""
    before, words_after, context = r.before, r.words_after, r.context
    if vote := vote_label(SPACE.sub("", before), words_after, context):
        return Governing(vote, vote, "")  # 同意9票，反对0票; 以9票同意、0票反对: the vote, not the clause before
    return None


def _direction_sibling_count(r: MetricReading) -> Governing | None:
    """(round 25) A count of the members of a set that moved another way (`direction_sibling`)."""
    bare, words_after, governing, counted, context = r.bare, r.words_after, r.governing, r.counted, r.context
    # (direction_sibling checks the governing value, its sentence and its unit)
    if counted and (sibling := direction_sibling(bare, words_after, governing, context)):
        return sibling  # (round 25) 价格环比下降的城市有35个，持平的有20个: 价格环比持平的城市
    return None


def _amount_premodifier(r: MetricReading) -> Governing | None:
    """(round 38) An amount before the noun it sizes (為數4,215億美元的外匯儲備資產總額): its noun."""
    rules, bare, words_after = cues(), r.bare, r.words_after
    if (rules.pattern("amount_premodifier").fullmatch(bare)
            and (named := named_after(before_predicate(words_after), compound=True))):
        return Governing(named, named, "")  # (round 38) 為數4,215億美元的外匯儲備資產總額: its noun
    return None


def _deal_price(r: MetricReading) -> Governing | None:
    """A plot's deal price (G31地块以总价40.04亿元成交): the plot's 成交总价."""
    bare, words_after = r.bare, r.words_after
    if deal := deal_price(bare, words_after):
        return Governing(deal, deal, "")  # G31地块以总价40.04亿元成交: the plot's 成交总价, not the bidder or 以
    return None


def _field_label(r: MetricReading) -> Governing | None:
    """A field's label before a colon (…，比上年同期增长：38.31%): the indicator, and its change."""
    bare, governing, context = r.bare, r.governing, r.context
    if not bare and (labelled := field_label(context, governing)):
        return labelled  # 归属于上市公司股东的净利润盈利：…，比上年同期增长：38.31%: the indicator, and its change
    return None


def _result_label(r: MetricReading) -> Governing | None:
    """A result's label (归属于上市公司股东的净利润：盈利425,000万元): the indicator, not the sign."""
    bare, words_before, governing, context = r.bare, r.words_before, r.governing, r.context
    if label := result_label(bare, context, governing) or prior_result(bare, words_before, context, governing):
        return Governing(label, label, "")  # 归属于上市公司股东的净利润：盈利425,000万元: the indicator, not the sign
    return None


def _stock(r: MetricReading) -> Governing | None:
    """The stock a flow before adds to (新增…186家，总数达到1056家); a member's too, of its own flow."""
    bare, governing, member, context = r.bare, r.governing, r.member, r.context
    if context.local and governing is not None and (stock := stock_of(bare, member or flow_of(governing))):
        return Governing(stock, stock, "")  # 新增高新技术企业186家，总数达到1056家: 高新技术企业总数
    return None


def _outcome(r: MetricReading) -> Governing | None:
    """(round 26) An outcome of the test before (其中阳性21.84万人次)."""
    bare, governing, context = r.bare, r.governing, r.context
    if outcome := outcome_member(bare, context, governing):
        return outcome  # 其中阳性21.84万人次: 进行结核菌素试验阳性 (round 26)
    return None


def _ranked_share(r: MetricReading) -> Governing | None:
    """The share of the one ranked before (东盟为我国第一大贸易伙伴，占…的14.6%)."""
    rules, before, bare, governing, context = cues(), r.before, r.bare, r.governing, r.context
    if owner := ranked_share_owner(bare, context, governing):
        # 东盟为我国第一大贸易伙伴，占我国外贸总值的14.6% → 东盟占我国外贸总值; a bare 占 (…第三大贸易伙伴，
        # 占11.2%) is the ranked one's share, its 占比 (mend), as for a member's (_member_share)
        share = owner + (rules.setting("share_head") if rules.pattern("bare_share").fullmatch(bare) else clean(before))
        return Governing(share, share, "", rules.setting("share_head"))
    return None


def _member_share(r: MetricReading) -> Governing | None:
    """(round 26) A member's share of the whole before (其中企业占31.2%: 企业占比)."""
    rules, bare, governing, context = cues(), r.bare, r.governing, r.context
    if share := member_share(bare, context, governing):
        return Governing(share, share, "", rules.setting("share_head"))  # 其中企业占31.2%: 企业占比 (round 26)
    after = "".join(w.text for w in r.words_after)  # (round 47: 其中八成以上是民营企业 → 民营企业占比)
    if share := member_share_after(bare, after, context, governing):
        return Governing(share, share, "", rules.setting("share_head"))
    return None


def _share_of_area(r: MetricReading) -> Governing | None:
    """A share of an area's whole named after the value (贡献了全国近六分之一的外贸进出口值)."""
    rules, bare, words_after, context = cues(), r.bare, r.words_after, r.context
    if (context.unit == "%"
            and (area := rules.pattern("share_of_area_end").search(bare))
            and (share_of := named_after(words_after, compound=True))):  # 贡献了全国近六分之一的外贸进出口值
        owned = clean(bare[:area.start()]) + share_of + rules.setting("share_word") + area["area"]
        return Governing(owned, owned, "")
    return None


CLAUSE_READERS: tuple[Reader, ...] = (
    *for_non_members(_transition_turn, _list_turn_member, _restated_value, _first_frame_clause, _conversion_level),
    _previous_value,  # (a member's too)
    *for_non_members(_range_joint, _vote, _direction_sibling_count, _amount_premodifier, _deal_price, _field_label,
                     _result_label),
    _stock,  # (a member's too, of its own flow)
    *for_non_members(_outcome),
    *for_non_members(_ranked_share, _member_share, _share_of_area, plain=True),
)



def list_turn(bare: str, governing: Governing | None, context: Context) -> Governing | None:
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
    if turn["change"] in rules.words("list_turn_later_directions") and base["dir"] not in rules.words(
            "list_turn_amount_changes"):
        return None  # (round 49) a bare 增长 shares the base of an amount's change only (比上年增加…，增长…)
    return previous[:base.start("dir")] + turn["change"]


def direction_sibling(bare: str, words_after: list[Word], governing: Governing | None,
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


