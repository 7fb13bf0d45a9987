"""Sibling values: the owner or core a value shares with the value before it (parallel members, partners, places)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.bases import without_base
from pipeline.extract.claim_metric.cleaning import SPACE
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.kinds import (
    heads_alike,
    is_thing,
    kind_of_roll,
    level_member,
    names_measured_thing,
    words_end_alike,
)
from pipeline.extract.claim_metric.words import (
    cut_words,
    ends_in_metric_head,
    head_names_a_body,
    longest_end,
    measure_word,
    modifies,
    names_a_region,
    names_any_measure,
    names_measure,
    nominal,
    verbs_qualify,
    word_class,
)
from pipeline.nlp.doc import Word
from pipeline.nlp.jieba_dict import pos_tagger, tag_of
from pipeline.resources import cleared_with_resources


def parallel_core(head: str, governing: Governing, named: bool = False, unit: str | None = None, *,
                  before: str | None) -> str:
    """What a member of a breakdown shares with the member before it (其中男性30.8%，女性24.2% → 高血压患病率;
    东部地区PM2.5平均浓度为27，中部地区为35 → PM2.5平均浓度): the measure after the previous member, when the head
    only names a member like it and no measure of its own; or "". A qualifier that stands for the one opening the
    subject, inside its first word (城镇居民…恩格尔系数，农村为… → 居民家庭恩格尔系数), shares what follows it.
    ``named``: the head is known to name an entity (股份制商业银行), however long. ``unit``: the head's value's unit;
    in the previous value's unit, a thing like the thing the subject names before a bare measure shares that measure
    (猪肉平均价格为20.87元/公斤；鸡蛋9.03元/公斤 → 鸡蛋平均价格; 拖拉机保有量58.6万台，联合收割机12.4万台, round 28).
    A member whose name ends with the first characters of the core (锂|矿查明资源储量…，铜矿增长…: 矿), at most
    ``member_core_tail_chars`` of them, the core keeping more than that many of its own, takes them (round 41).
    A roll measure after a kind's roll measure (普通本科招生…，在校生…) is no member like the kind but that kind's
    own people: `roll_owner` reads it (普通本科在校生; was 在校生招生, the kind taken for a member, round 44).
    ``before``: the sentence before the value's clause, for `roll_owner`'s count check, so that the head is left to
    `roll_owner` only where the roll reading of the value's own metric takes it (round 45 tidy: one reading with the
    sibling's; None where no text is known)."""
    rules = cues()
    if head in rules.words("roll_measures") and roll_owner(head, governing.subject, before):
        return ""
    segment = cut_words
    words = segment(head)
    subject = governing.subject
    # (round 21: a member ending in the word the member before ends in, 股份制企业增加值…，外商及港澳台商投资企业…, is
    # known to name a member like it however long, its parts joined by 及/和 as a group's name may be)
    opened = segment(subject)[:-1]
    last = words[-1] if words else ""
    joined = bool(last) and (any(w.endswith(last) for w in opened) if len(last) > 1 else (
        last in opened[1:] and any(w in rules.words("noun_joiners") for w in words)))
    # (round 46: so is a member closing with the one-character class word the member before holds as a word of its
    # own, 汽车|类|零售额…，石油|及|制品|类增长…, its parts joined by 及/和: a goods class of a retail release)
    if joined:
        words = [w for w in words if w not in rules.words("noun_joiners")]
    # (round 24: an industry after an industry's measure, 采矿业增加值…；电力、热力、燃气及水生产和供应业增长…, is a
    # member like it however long, the verbs inside its name no clause's)
    sector = names_sector(head) and any(names_sector(w) for w in opened)
    if (not head or (len(head) > rules.setting("member_max_chars") and not named and not joined and not sector)
            or head in rules.words("comparison_words")  # (round 38: 較 alone, 較上月下降 with its date cut: a base)
            or ends_in_metric_head(head) or rules.pattern("change_words").search(head)
            or not (sector or nominal(words))):
        return ""
    if governing.core and subject.endswith(governing.core) and subject != governing.core:
        member, own = subject[:-len(governing.core)], governing.core  # 其中男性…: the member named before
        cut = len(head) - len(member)  # (round 41: 锂|矿查明资源储量…，铜矿增长…: the member's tail read into the core)
        tail = int(rules.setting("member_core_tail_chars"))
        if 0 < cut <= tail < len(own) - cut and head.endswith(own[:cut]) and not head.startswith(member):
            member, own = member + own[:cut], own[cut:]
        if names_measured_thing(head, own):  # (round 37 mend: 水运货运量…，航空货运增长…: its own)
            return ""
        alike = heads_alike([segment(member)], words)
        shared = _unqualified(segment(own))
        if alike or member == head:
            return own if alike and member != head and (
                names_measure(shared) or _region_measure(member, head, shared)
                or (verbs_qualify(shared) and names_measure(shared[-1:]))  # (round 26: 全国可再生能源装机)
                or (ends_in_metric_head(own) and (joined or not nominal(shared)))
                or (unit == governing.unit and unit in rules.words("counting_measures"))) else ""
            # (a core ending in a metric's head: round 36, members of one head noun, ``joined``, share it whatever its
            # words, 一般债券平均发行利率，专项债券…, a measure jieba reads with a verb, 发行|利率; round 38, any member
            # like the first shares it when its words are not all nouns, a whole named by an act, 境外主体持有境内
            # 人民币金融资产…，其中股票…、债券…: the first member shared it, so the member like it after it does too;
            # round 41, a count in the same counting measure shares the things counted, 其中大型47处，中型49处)
        subject = governing.core  # (round 25: 上海辖内保险公司保单件数…，其中财产险公司…: no member like the place, one
        # of the things the core names after it, 保险公司, so it shares what follows them, 保单件数)
    parts = segment(subject)
    for k in range(1, len(parts)):  # 东部地区PM2.5平均浓度: a member that ends like the head opens the subject
        member, core = parts[:k], parts[k:]
        if words[-1].endswith(core[0]):  # (round 21: also a word the head's last word closes with: 东北地区 of 地区)
            continue  # (规模以上工业|企业数量 for 大型企业: the head's own noun opens no shared measure)
        plain = _unqualified(core)
        if member[-1] == words[-1] and "".join(core) in rules.words("metric_part_sum_words"):
            return ""  # (round 41: 全国|用水|总量…。其中，工业用水…: a part of the total, 工业用水, not 工业用水总量)
        if unit is not None and unit != governing.unit and rules.pattern("share_of").match("".join(core)):
            return ""  # (round 41: 生活用水…，占用水总量的15.4%；工业用水为970.2亿立方米: a share, no level's measure)
        if (words_end_alike(member[-1], words[-1]) or all(map(modifies, [*member, *words]))
                or (_level_after(unit, governing.unit) and _thing_like(member[-1], head, core))) and (
                names_measure(plain) or (verbs_qualify(plain) and names_measure(plain[-1:]))  # 就业人员年平均工资
                or _region_measure("".join(member), head, core)):
            return "".join(core)
    lead, rest = subject[:len(head)], subject[len(head):]  # 城镇居民家庭恩格尔系数为…，农村为…: 农村 stands for 城镇
    if lead != head and modifies(lead) and all(map(modifies, words)) and names_measure(segment(rest)):
        return rest
    return ""


def _level_after(unit: str | None, before: str) -> bool:
    """A value in ``unit`` may be a level of the measure the value before it (in unit ``before``) belongs to: the same
    unit, or a level after a change of the measure in a relative unit (羊肉平均价格…，比上周五下降0.3%；鸡蛋9.03元/公斤:
    the change is the measure's, its level was in 元). None: the caller gave no unit to compare (round 28)."""
    if unit is None:
        return False
    relative = cues().words("relative_units")
    return unit == before or (before in relative and unit not in relative)


def _thing_like(member: str, head: str, core: list[str]) -> bool:
    """The head, one word, names a thing as the member word before a bare measure does (猪肉|平均价格 and 鸡蛋;
    玉米|平均收购价格 and 小麦): both nouns naming no measure, and the words after the member name no thing themselves
    (not 全国|农产品批发市场猪肉平均价格, whose member 全国 only scopes it) nor count one of their own (医院|床位数:
    医生 has no 床位数), so the measure is all the head lacks (round 28)."""
    if (not core or word_class(member) != "n" or measure_word(member) or not is_thing(head)
            or len(cut_words(head)) != 1 or any(word_class(w) == "v" for w in core)):
        return False  # (玉米 is tagged a name, nr, by the tagger: a noun like any; 全市|旅游总收入…，游客人均花费: an
        # act, 旅游, after the member, and a phrase for the head, no thing named alike)
    counted = cues().pattern("own_count_end").sub("", core[0])  # 医院床位数…，医生3.1万人: 床位 are counted, not 医生
    return not any(is_thing(w) or modifies(w) for w in core) and not (
        counted != core[0] and word_class(counted) == "n" and is_thing(counted))


def alike_member_core(entity: str, governing: Governing, before: str | None) -> str:
    """The measure a subset shares with the whole when the whole's subject opens with a member ending in the
    very word the subset ends in, a word of its own or closing one (国内航线旅客周转量…，其中港澳台航线… →
    旅客周转量; 全国规模以上港口…，其中沿海主要港口… → 累计…吞吐量): the subset stands where that member
    stood, as a named sibling does (round 27); or "". A subset sharing only a character with the member
    (水电 of 全区发电装机容量, 高铁 of 全国铁路营业里程) keeps the whole's measure whole (rounds 13, 26)."""
    segment = cut_words
    last = segment(entity)[-1:]
    if not last or len(last[0]) < 2 or not any(w.endswith(last[0]) for w in segment(governing.subject)[:-1]):
        return _sector_measure(entity, governing.subject)
    return (parallel_core(entity, governing, named=True, before=before)
            or _measure_after_member(last[0], governing.subject))


def _sector_measure(entity: str, subject: str) -> str:
    """(round 47) The measure after the industry a whole's subject opens with, for an industry after 其中 whose last
    word is another (高技术产业实际使用外资…，其中高技术制造业… → 实际使用外资; 全省第三产业增加值…，其中金融业… →
    增加值): the subset stands where that industry stood, as round 24's industries of a 分别 list do, not glued to
    the whole's phrase (高技术制造业高技术产业实际使用外资). The industry is the subject's longest opening run of words
    that names one (`names_sector`), no firm's type on either side (国有控股企业 keeps 规模以上工业增加值, round
    24), and the rest names a measure; "" otherwise."""
    firms = tuple(cues().words("framed_member_nouns"))
    if not names_sector(entity) or entity.endswith(firms) or names_any_measure(entity):
        return ""
    words = cut_words(subject)
    for k in range(len(words) - 1, 0, -1):
        lead, rest = "".join(words[:k]), "".join(words[k:])
        if names_sector(lead):
            return rest if not lead.endswith(firms) and lead != entity and names_any_measure(rest) else ""
    return ""


def _measure_after_member(word: str, subject: str) -> str:
    """(round 36) The measure after the last word of the subject that ends in the subset's own last word (全国地方政府
    债券|平均发行利率 for 其中一般债券: 平均发行利率), when it ends in a measure's head however jieba tags its verbs
    (发行|利率 reads as an act on a measure, which `parallel_core` leaves alone); or ""."""
    parts = cut_words(subject)
    ends = [k for k, w in enumerate(parts[:-1]) if w.endswith(word)]
    rest = "".join(parts[ends[-1] + 1:]) if ends else ""
    return rest if rest and ends_in_metric_head(rest) and not ends_in_metric_head(word) else ""


def _unqualified(words: list[str]) -> list[str]:
    """The words of a shared measure without the verbs that only qualify it as a running total or an addition
    (发电设备|累计|平均利用, 电源|新增|生产能力: `measure_qualifier_verbs`), which are no act of a clause (round 27)."""
    qualifiers = cues().words("measure_qualifier_verbs")
    return [w for w in words if w not in qualifiers] or words


def sibling_owner(head: str, governing: Governing) -> str:
    """Whose measure a bare sibling of the measure named before is (发病率为192.5/10万，死亡率为… → 全国甲乙类法定
    报告传染病; 结婚登记…；离婚登记… → 全国共办理): the subject before its last word, when the head is a measure of
    that word's length ending alike (…率/…率, …登记/…登记), names no change and no qualifier like the owner's own;
    or ""."""
    rules = cues()
    if mean_owner(head, governing.subject):
        return ""  # (round 44: 原油产量…，日均产量… is the same measure averaged, round 29's, after a comma too)
    words = cut_words(governing.subject)
    last = words[-1] if words else ""
    if (len(words) >= 3 and last in rules.words("rate_sibling_counts") and len(words[-2]) >= 2
            and head == words[-2] + "率"):  # 参保人数…，参保率…: the act's rate over that count (round 31)
        return governing.subject[:-len(words[-2] + last)]
    acts = rules.words("verb_tags") | rules.words("act_tags")
    if (len(words) >= 3 and len(words[-2]) == 2 and len(words[-3]) >= 2 and len(head) == 2 + len(last)
            and (len(last) == 2 or (len(last) == 3 and _opens_with_a_time(head)))
            and head.endswith(last) and words[-2] + last != head
            and ends_in_metric_head(last)
            and tag_of(last) not in rules.words("verb_tags")
            and tag_of(words[-2]) not in acts and tag_of(cut_words(head)[0]) not in acts
            and not all(tag_of(w) in acts for w in words[:-2])
            and not rules.pattern("sibling_extreme_end").search(words[-2])):
        # (round 38: a measure of two two-character words, 国有企业|资产|总额…，负债总额 → 国有企业负债总额: the
        # sibling is of the two words' length, as 资产总额 is one measure; not an extreme, 最高|价格, round 33; the
        # last word a measure's head, not a counted noun: 突发|事件…，其中重大事件 is a kind of what was counted; an
        # owner of one character is a qualifier's piece: 畜|肉类|价格…，其中猪肉价格 is a kind; round 38 mend: the
        # two measures' first words things, not acts, 存款|余额 and 贷款|余额: after an act, 出口|总额, the words
        # before may be its object, not its owner; round 39: a last word of three characters alike when the sibling
        # opens with a time of day or season, 声环境质量|昼间|达标率…，夜间达标率 → …声环境质量夜间达标率; not a
        # thing carried, 全行业旅客|输送量…，货邮输送量 names its own as round 38 has it; round 44: words before
        # that are only an act, 安装|工程|产值…，其他产值, are the measure's kind, no owner of a sibling)
        words, last = [*words[:-2], words[-2] + last], words[-2] + last
    measure = last  # (the word whose tag tells a measure from an act: not the verb a running total opens with)
    if _shares_running_total(head, words):
        words, last = [*words[:-2], words[-2] + last], words[-2] + last
    if (len(head) < rules.setting("sibling_min_chars") or len(head) != len(last) or head == last
            or len(governing.subject) <= len(last) or rules.pattern("change_words").search(head)
            or tag_of(measure) in rules.words("verb_tags")):
        return ""  # (round 23: 受理审查逮捕…，批准逮捕…: the last word an act, the head another act, not a measure)
    alike = head[-2:] == last[-2:] or ((head[-1] == last[-1] or head[0] == last[0]) and ends_in_metric_head(head)
                                       and ends_in_metric_head(last))  # 总收入/总支出: one qualifier, two measures
    qualifier = cut_words(head)[0]
    if not alike or (qualifier != head and words[-2][-1:] == qualifier[-1:]):
        return ""  # (三级甲等医院…，二级医院: the head's own 二级 stands for the owner's 三级)
    # an extreme the owner ends in ranks its own measure only (最低成交价…，收盘价 → 收盘价: round 33), and the
    # part of a profit the measure before is (归母净利润…，净利率 → 净利率, round 38) narrows that measure only
    owner = rules.pattern("sibling_extreme_end").sub("", governing.subject[:-len(last)])
    return rules.pattern("sibling_profit_part_end").sub("", owner)


def _opens_with_a_time(head: str) -> bool:
    """The head's first word is a time word (夜间, 冬季, 汛期: `time_tags`), the same measure at another time of day
    or of the year (round 39)."""
    return tag_of(cut_words(head)[0]) in cues().words("time_tags")


def _shares_running_total(head: str, words: list[str]) -> bool:
    """The sibling opens with the running-total or addition verb the measure before it opens with, and the rest of
    each is a measure of one length (累计|成交量…，累计成交额 → 全国碳市场…累计成交额; 新增|贷款…，新增存款): jieba cuts
    the verb off the measure before, so its last word alone is shorter than the sibling and round 13's rule never
    fired (round 39). The verbs are `measure_qualifier_verbs`; the two measures must differ and both be a metric's
    head (累计|成交量…，累计下降 is a change, not a sibling; 累计|完成…，累计完成投资 is of another length)."""
    if len(words) < 3:
        return False
    verb, last = words[-2], words[-1]
    rest = head[len(verb):]
    return (verb in cues().words("measure_qualifier_verbs") and head.startswith(verb) and len(rest) == len(last)
            and rest != last and len(last) >= 2 and ends_in_metric_head(rest) and ends_in_metric_head(last))


def roll_owner(head: str, subject: str, before: str | None) -> str:
    """The kind of institution whose people or accounts a bare roll measure counts (`roll_measures`: 招生, 营业收入)
    after the count of those institutions (全国共有普通高中…所，招生… → 普通高中) or after another roll measure of
    theirs (普通本科招生…，在校生… → 普通本科), or the subject whole when it is the kind alone, counted with no verb of
    having and ending in no roll measure (其中，注册登记的养老机构4.0万个，床位… → 注册登记的养老机构: round 41): the
    kind, when it ends in an institution's word (`roll_owner_ends`); or "". The scope before the verb of having
    (全国) owns no pupils: 全国招生 named no school level (round 31). A whole's qualifier (各级各类学历教育在校生…；
    专任教师…) is no institution and keeps the bare measure. A comparison's base word the tokenizer glued to the
    measure (卫生人员数|比上年增加 → head 卫生人员数比) is no part of it (round 40).
    ``before``: the sentence before the value's clause, which every caller states (round 45 tidy: the sibling
    readings give it, `parallel_core` as the roll reading itself; an act's counted unit gives None). Given, an
    account (`roll_accounts`: 营业收入, 利润总额) as the head or as the subject's measure names an owner only where it
    counted the units (`units_counted`) or the subject has them with a verb of having (round 44 mend: 规模以上工业企业
    实现营业收入…；发生营业成本… keeps `营业成本`)."""
    rules = cues()
    measures = rules.words("roll_measures")
    if without_base(head) not in measures:  # (生师比 ends in a 比 of its own: a ratio noun, kept)
        return ""
    measure = ""
    subject = rules.pattern("roll_owner_per_head").sub("", subject, count=1)  # 每千人口拥有…机构床位 (round 50)
    counted = rules.pattern("roll_owner_count").fullmatch(subject)
    if counted:
        owner = counted["owner"]
    else:
        measure = longest_end(subject, rules.words("roll_measures"))
        # (round 41: a count of the kind with no verb of having, 其中，注册登记的养老机构4.0万个，床位…, names it whole)
        owner = subject[:-len(measure)] if measure else subject
    if not owner.endswith(tuple(rules.words("roll_owner_ends"))):
        return ""
    accounts = rules.words("roll_accounts")  # (round 44 mend: an account names uncounted firms no owner)
    if (before is not None and not counted and {without_base(head), measure} & accounts
            and not units_counted(owner, before)):
        return ""
    return owner


def units_counted(owner: str, before: str) -> bool:
    """(Round 44 mend) The sentence before a value counts the units ``owner`` names: the owner followed by a count in a
    measure word of whole things (全国共有文化市场经营单位20.89万家; 其中，娱乐场所6.54万个; `roll_units_count`). A
    class of firms whose own measure came first (规模以上工业企业实现营业收入…) is not counted."""
    text = SPACE.sub("", before)
    count = cues().pattern("roll_units_count")
    at = text.find(owner)
    while at >= 0:
        if count.match(text[at + len(owner):]):
            return True
        at = text.find(owner, at + 1)
    return False


def qualified_sibling_owner(head: str, subject: str) -> str:
    """Whose measure a bare sibling of several words is when it opens with the qualifier the measure before opens with
    and differs only by its own words (保险业|原保险保费收入…；原保险赔付支出… → 保险业; 全国铁路|旅客发送量…；旅客
    周转量… → 全国铁路): the subject's words before that measure, when both end in a metric's head and are as long,
    the measure starts at a word of the subject, the head's own words after the qualifier are more than two
    characters (营业|成本 names its own: rounds 13, 22) and the words before name an owner (an area's scope, an
    entity, a trade or body: `sibling_owner_ends`), no period (年度), qualifier (电子) or act; or "". This is round
    19's 总收入 → 总支出 (one qualifier, two measures) for a qualifier that is a word of its own, also after ；
    (round 29)."""
    rules = cues()
    size = len(head)
    measure, owner = subject[-size:], subject[:-size]
    if len(subject) <= size or measure[:2] != head[:2] or not ends_in_metric_head(head):
        return ""  # (the cheap tests first: the tagger is read only for a head sharing the measure's opening)
    qualifier = ""
    for word in cut_words(head)[:-1]:  # (原|保险|赔付|支出: the qualifier 原保险 is two words)
        if not measure.startswith(qualifier + word):
            break
        qualifier += word
    if (len(qualifier) < 2 or measure == head or rules.pattern("change_words").search(head)
            or not ends_in_metric_head(measure)):
        return ""  # (the loop keeps the qualifier an opening of the measure; the head's own tests are above)
    starts = set(itertools.accumulate(len(w) for w in cut_words(subject)))
    words = [w for w in pos_tagger().lcut(owner) if w.word.strip()]
    if (len(owner) not in starts or len(head) - len(qualifier) < rules.setting("sibling_min_chars")
            or any(w.flag in rules.words("verb_tags") for w in words)
            or all(w.flag in rules.words("sibling_owner_period_tags") or w.word in rules.words("sibling_owner_periods")
                   for w in words)):
        return ""  # (年度旅客发送量…；旅客周转量…: a period is no owner; 公司营业收入…，营业成本…: a two-character
        # measure after the qualifier names its own, as in rounds 13 and 22)
    if not (words[0].word in rules.words("area_scope_words") or owner.endswith(tuple(rules.words("sibling_owner_ends")))
            or any(w.flag in rules.words("entity_tags") for w in words)):
        return ""  # (电子|健康档案建档率…；健康档案使用率…: 电子 qualifies the measure, no owner holds it)
    return owner


def scoped_sibling_owner(head: str, subject: str) -> str:
    """The tier of cities a bare sibling of the measure before shares when that measure opens with one
    (一线城市, 31个二线城市: `scoped_sibling_owner`) and the sibling ends in the same run of that measure,
    at least `scoped_sibling_shared_chars` long and a metric's head, under a qualifier of its own
    (二线城市新建商品住宅销售价格…；二手住宅销售价格… → 二线城市); or "" (round 36). The lead must be a class of
    dwelling (`scoped_sibling_leads`, mend): a head with a tier, place, scope or group of its own (三线城市…, 北京…,
    全国…, 70个大中城市…, 农村居民…) keeps it, as does a measure ending otherwise. An area's scope
    (全国, 全省) is no tier: its siblings keep their words (rounds 13, 29: 全国基础研究经费…；应用研究经费…)."""
    rules = cues()
    scope = rules.pattern("scoped_sibling_owner").match(subject)
    if scope is None or rules.pattern("scoped_sibling_owner").match(head):
        return ""
    measure = subject[scope.end():]
    shared = next((n for n in range(min(len(head), len(measure))) if head[-1 - n] != measure[-1 - n]),
                  min(len(head), len(measure)))  # the characters both end in
    lead = head[:len(head) - shared]
    if (shared < rules.setting("scoped_sibling_shared_chars") or not lead or shared == len(measure)
            or not ends_in_metric_head(head) or rules.pattern("change_words").search(head)
            or lead not in rules.words("scoped_sibling_leads")):
        return ""  # (…，北京新建商品住宅销售价格…, …；全国二手…, …；农村居民…: only a class of dwelling leads a sibling
        # (`scoped_sibling_leads`); a place, scope or group names its own; the measure itself is no sibling)
    return scope[0]


@cleared_with_resources
@lru_cache(maxsize=256)
def account_sibling(head: str, subject: str, local: bool = True, set_aside: str = "") -> str:
    """The flow or stock of an account named bare after another one of the same owner (基本养老保险基金收入…，支出…，
    年末累计结存… → 基本养老保险基金累计结存; 一般公共预算收入…，支出…; 外贸进口…，出口…): the subject before its own
    flow or stock, when it ends in an owner that holds an account, and the head names only a flow or stock, opened at
    most by words that the owner ends in (…基金收入合计…，基金支出合计 → …基金支出合计); or "" (round 22).
    Not ``local`` (a sentence of its own after the one naming the owner), only a head opened by those words names
    the same account (…基金收入合计24043亿元。基金支出合计18055亿元); a bare 支出 there may be anyone's. (Round 40)
    A head that names the subject's own flow after only the owner's last words is that flow of the wider whole when
    the owner was set aside before it (``set_aside`` holds more of the owner's last words than the head:
    我国旅行服务进出口…。剔除旅行服务，服务进出口增长…): it keeps its own words. Without such a cue it is the same
    account shortened (mend: 城镇职工基本养老保险基金收入…，基金收入增长… → 城镇职工基本养老保险基金收入增长).
    Kept per head and subject (round 34: each value of a one-line list searched the same list-long subject again)."""
    rules = cues()
    measure = rules.pattern("account_measure")
    own, before = measure.search(head), measure.search(subject)
    if own is None or before is None or rules.pattern("account_balance_end").search(subject):
        return ""  # (round 39: a balance closes the account's list: 贸易逆差…。服务进出口… is no flow of it)
    owner, lead = subject[:before.start()], head[:own.start()]
    if (len(owner) < 2 or not rules.pattern("account_owner_end").search(owner)
            or (lead and not owner.endswith(lead)) or (not local and not lead)
            or (lead and lead != owner and own.group() == before.group()
                and any(owner[k:] in set_aside for k in range(len(owner) - len(lead))))):
        return ""  # (round 40: 旅行服务进出口…。剔除旅行服务，服务进出口增长…: the whole's flow without the owner)
    tail = head[own.start():]  # (round 39: 货物贸易进出口…；贸易顺差… → 货物贸易顺差, 贸易 not doubled)
    overlap = next((n for n in range(len(tail) - 1, 1, -1) if owner.endswith(tail[:n])), 0)
    return owner + tail[overlap:]


def mean_owner(head: str, subject: str) -> str:
    """The words a period's mean of a measure takes from the subject before that names the measure itself
    (规上工业原煤产量…；日均产量… → 规上工业原煤; 两市成交额…，日均成交额… → 两市): the head is a mean word and a
    measure (`period_mean_head`) the subject ends in, after words of its own; or "". NBS energy bulletins
    write 日均产量 after each product's output, so a bare 日均产量 would not say whose (round 29). A base the mean is
    compared with (日均销售额比去年同期增长…) is read past, as a level's mean is (round 37)."""
    rules = cues()
    found = rules.pattern("period_mean_head").fullmatch(without_base(head))  # (日均销售额比去年同期: round 37)
    if found is None:
        return ""
    measure = found["measure"]
    # (round 37: 规上工业发电量…，日均发电 → 规上工业日均发电; round 38: 累计成交额…，日均成交 → 日均成交)
    volume = next((measure + w for w in rules.words("act_volume_words")
                   if subject.endswith(measure + w) and len(subject) > len(measure + w)), "")
    if subject.endswith(measure):
        owner, measured = subject[:-len(measure)], ends_in_metric_head(measure)  # (原煤产量…，日均销量: another one)
    elif volume:
        owner, measured = subject[:-len(volume)], True  # (the act's mean is its volume's)
    else:
        return _act_object(measure, subject)  # (生产原煤…，日均产量…)
    owner = _without_running_total_end(owner)
    return owner if measured and not rules.pattern("period_mean_end").search(owner) else ""  # (日均成交额…，月均…)


def _without_running_total_end(owner: str) -> str:
    """The owner without a running-total verb it ends in (沪深两市A股|累计 of 累计成交额): a period's mean is no running
    total, so 累计 qualifies the total's measure only (round 38: …累计成交额…，日均成交… → 沪深两市A股日均成交)."""
    return running_total_stripped(owner, at_end=True)


def running_total_stripped(text: str, at_end: bool) -> str:
    """``text`` without the `running_total_verbs` word it opens with (a head, 累计|销量) or, ``at_end``, ends with (an
    owner, 沪深两市A股|累计): the one list read at either edge (round 38 mend)."""
    edge = text.endswith if at_end else text.startswith
    verb = next((v for v in cues().words("running_total_verbs") if edge(v)), "")
    return text[:len(text) - len(verb)] if at_end else text[len(verb):]


def _act_object(measure: str, subject: str) -> str:
    """What an act before the mean's measure yields (生产原煤…，日均产量… → 原煤; 加工原油…，日均加工量… → 原油):
    the subject holds one of the acts `mean_measure_acts` gives for the measure, with the item after it; or "".
    NBS energy bulletins wrote 生产原煤X亿吨 with a bare 日均产量 after it, which says nothing of whose (round 37)."""
    for act in cues().mapping("mean_measure_acts").get(measure, frozenset()):
        at = subject.find(act)
        item = subject[at + len(act):] if at >= 0 else ""
        if item and not ends_in_metric_head(item) and not cues().pattern("period_mean_end").search(subject[:at]):
            return subject[:at] + item
    return ""


def item_of(head: str, subject: str) -> str:
    """The item a measure of an act is given for, from the subject named before it in the sentence
    (进口铁矿砂6.03亿吨，…，进口均价每吨822.6元 → 铁矿砂; 电动汽车出口额…，出口数量… → 电动汽车;
    …；原油2.77亿吨，…，进口均价… → 原油): the head opens with the act (进口, 出口) and names a measure, and the
    subject holds the same act with the item beside it, or is the item alone; or "".
    Each item of a commodity list then keeps its own measures apart."""
    rules = cues()
    if len(head) < 2 or not ends_in_metric_head(head):
        return ""  # (the cheap test first: most heads end in no metric word; the tagger is read only for the rest)
    words = pos_tagger().lcut(head)
    verbal = rules.words("verb_tags") | rules.words("act_tags")
    if len(words) < 2 or words[0].flag not in verbal or not nominal([w.word for w in words[1:]]):
        return ""
    act = words[0].word
    at = subject.find(act)
    item = subject[at + len(act):] if at == 0 else subject[:at] if at > 0 else subject
    parts = pos_tagger().lcut(item) if item else []
    things = rules.words("noun_tags") - rules.words("act_tags")
    if (not parts or len(item) > rules.setting("member_max_chars") or item in head or ends_in_metric_head(item)
            or rules.pattern("metric_head").search(item) or not all(w.flag in things for w in parts)):
        return ""
    return item


def worth_owner(head: str, governing: Governing, context: Context) -> str:
    """The owner of a bare worth or size. (Round 40) The subject whose quantity a bare worth
    (`quantity_worth_heads`: 价值, 货值, 金额) right after it prices (进口铁矿砂及其精矿3.1亿吨，价值343.9亿美元 →
    进口铁矿砂及其精矿价值): the value before in the sentence is in another unit, not a relative one (a share or a
    change names no quantity to price); or "". A worth named whole (出口总值, 进口金额) keeps its own words.
    (Round 41) So does a bare size (`counted_size_heads`: 总库容, 装机容量, 总投资) right after a count of things
    (大型水库805座，总库容… → 大型水库总库容)."""
    rules = cues()
    sized = head in rules.words("counted_size_heads") and governing.unit in rules.words("counting_measures")
    if (not (sized or head in rules.words("quantity_worth_heads")) or not governing.subject or not governing.unit
            or governing.unit == context.unit or governing.unit in rules.words("relative_units")
            or context.unit in rules.words("relative_units") or governing.subject.endswith(head)):
        return ""  # (round 41 mend: a subject already ending in the head, …总投资 in a count's unit, is not doubled)
    return governing.subject


def worth_core_apart(governing: Governing, unit: str) -> bool:
    """(round 41 mend) The governing value's core is a bare worth or size (`quantity_worth_heads`,
    `counted_size_heads`: 总投资, 货值) and the value after it is in another unit, a count where the core measured money
    or an area (…项目50个，总投资300亿元，其中外资项目12个; 出口汽车…，货值…，其中电动汽车20万辆): the member counts its
    own things and shares no core; 其中外资项目80亿元 in the worth's own unit still does (外资项目总投资)."""
    rules = cues()
    return (bool(governing.core) and bool(unit) and unit != governing.unit
            and governing.core in rules.words("quantity_worth_heads") | rules.words("counted_size_heads"))


def act_owner(head: str, subject: str) -> str:
    """Who does the act a measure opens with, from the subject before that ends in that act (城镇居民|出游24.52亿人次，
    出游花费2.60万亿元 → 城镇居民; 国内|出游…，出游总花费… → 国内): the head opens with the subject's last word, an act,
    and names a measure of it; the words before the act end in a noun or a place (`act_owner_tags`). A head of its own
    (旅游收入) or a subject ending in a qualifier before its act (城镇|新增|就业) is unchanged; or "" (round 33)."""
    rules = cues()
    if len(head) < 3 or len(subject) < 3 or head[:2] != subject[-2:]:
        return ""  # (the cheap tests first: the tagger is read only for a head opening as the subject ends)
    words = [w for w in pos_tagger().lcut(subject) if w.word.strip()]
    if len(words) < 2:
        return ""
    act, owner = words[-1], words[-2]
    if (act.flag not in rules.words("verb_tags") | rules.words("act_tags") or len(act.word) < 2
            or not head.startswith(act.word) or owner.flag not in rules.words("act_owner_tags")
            or not nominal(cut_words(head[len(act.word):]))):
        return ""  # (出游|花费, 出游|总花费: nouns naming a measure of the act; 出游|增长: a change of the subject)
    return subject[:-len(act.word)]


def sector_measure(head: str, subject: str, context: Context) -> str:
    """(Round 39) The measure a sector of the three (第一产业) shares with the whole a breakdown by sector opened
    (固定资产投资增长…。分产业看，第一产业增长… → 固定资产投资, the longest it ends in; 地区生产总值…，分产业看，
    第一产业增长… → 增加值, a sector's part of the output): the whole's measure of `sector_shared_measures` its
    subject ends in, or 增加值 for an output's total; or "". Only after an opener that names 产业
    (`sector_breakdown_opener`), for a bare sector."""
    rules = cues()
    if not rules.pattern("sector_member").fullmatch(head) or not rules.pattern("sector_breakdown_opener").search(
            SPACE.sub("", context.before)):
        return ""
    if rules.pattern("sector_output_whole").search(subject):
        return rules.setting("sector_output_measure")
    return longest_end(subject, rules.words("sector_shared_measures"))


def output_owner(head: str, subject: str) -> str:
    """(Round 39) The thing a bare output or extent measure (`thing_output_measures`: 产量, 播种面积, 出栏) of the
    clause after another such measure is of (小麦|播种面积…，产量… → 小麦; 生猪|存栏…，出栏… → 生猪): the subject
    before without its own measure of that list; or "". A subject naming no such measure (营业收入…，产量…) gives
    none, nor does a head the subject already ends in. Round 39 mend: words the owner ends in that open the head are
    said once (商品房销售|面积…，销售额 → 商品房销售额, as `account_sibling` does), and a one-character animal owns a
    stock or sale of livestock (牛|存栏…，出栏 → 牛出栏: `livestock_measure`)."""
    rules = cues()
    measures = rules.words("thing_output_measures")
    if head not in measures or subject.endswith(head):
        return ""
    owner, _ = _output_split(subject)
    overlap = next((n for n in range(len(head) - 1, 1, -1) if owner.endswith(head[:n])), 0)
    owner = owner[:len(owner) - overlap]
    words = cut_words(owner)
    if not words or word_class(words[-1]) != "n" or (
            len(words[-1]) < 2 and not rules.pattern("livestock_measure").fullmatch(words[-1] + head)):
        return ""
    return owner


def output_member_core(entity: str, subject: str) -> str:
    """(round 43) The output measure (`thing_output_measures`: 产量, 销量) that a thing named after a thing's output
    shares (新能源汽车产量同比增长…，集成电路增长… → 集成电路产量; 汽车产量…，其中新能源汽车… → 新能源汽车产量): the
    measure alone, never the thing before it, as a product list of a statistics release means; "" when the subject
    ends in no such measure after a noun, or the entity is a place (全国粮食产量…，其中河南… keeps its own rules).
    Callers ask only for a change: a level in the whole's unit after 其中 is a part of the whole (round 26: 稻谷全市
    粮食总产量)."""
    thing, measure = _output_split(subject)
    words = cut_words(thing)
    if not words or word_class(words[-1]) != "n" or names_a_region(entity) or entity.endswith(measure):
        return ""
    return measure


def _output_split(subject: str) -> tuple[str, str]:
    """``subject`` parted before the longest output or extent measure it ends in (`thing_output_measures`:
    小麦播种面积 → 小麦, 播种面积), or ("", "") when it ends in none: the split `output_owner` and `output_member_core`
    share."""
    measure = longest_end(subject, cues().words("thing_output_measures"))
    return (subject[:-len(measure)], measure) if measure else ("", "")


def granted_sibling(head: str, subject: str) -> str:
    """The act of granting or registering that the measure before opens with, for a bare sibling of the same kind of
    thing (授权实用新型专利…，外观设计专利… → 授权; 受理发明专利申请…，PCT国际专利申请… → 受理; 核准新设立证券公司…，
    期货公司… → 核准新设立: `granting_act_open`, the whole act); or "" (round 37). The sibling's head ends in the same
    two characters as the act's object, names no act of granting or change of its own, no stock held (有效, 存量:
    `held_stock_words`) and is not that object. What is granted is counted by the act (授权 ≠ 申请), so the sibling
    keeps it."""
    rules = cues()
    opened = rules.pattern("granting_act_open").match(subject)
    act = opened[0] if opened else ""
    thing = subject[len(act):]
    if (not act or len(thing) < 2 or head == thing or head.startswith(opened["verb"])
            or rules.pattern("change_words").search(head)):
        return ""
    if any(word in head for word in rules.words("held_stock_words")):
        return ""  # (有效发明专利, 存量企业: a stock held, not what the act granted)
    own = cut_words(head)
    if len(own) < 2 or head[-2:] != thing[-2:] or not nominal(own):
        return ""  # (专利 alone names no kind; 个体工商户 after 新登记企业 counts another thing: unchanged)
    return act


def shortened(head: str, subject: str) -> bool:
    """The head repeats the last words of the subject named before it in the sentence (经济增长预期上调…，
    将2025年增长预期上调…: 增长预期), cut at a word's boundary: the same measure of the same owner, named short."""
    words = pos_tagger().lcut(head) if len(head) >= 2 else []
    if len(words) < 2 or len(head) >= len(subject) or not subject.endswith(head):
        return False  # (降息, one word: an act of its own, …，高盛则预计降息125bp)
    if words[-1].flag not in cues().words("noun_tags"):
        return False
    cut = len(subject) - len(head)
    if any(subject[:cut].endswith(joiner) for joiner in cues().words("noun_joiners")):
        return False  # (零售和餐饮企业销售额…，其中餐饮企业销售额…: the last member, its own measure; round 31)
    return cut in itertools.accumulate(len(w) for w in cut_words(subject))  # (a word of the subject starts at the cut)


def names_sector(phrase: str) -> bool:
    """The phrase names an industry (制造业; 电力、热力、燃气及水生产和供应业; 交通运输、仓储和邮政业): its last word
    is a noun that ends in a `sector_name_ends` character, and no adverb or preposition stands in it; the verbs and
    joiners inside an industry's name (生产, 冶炼, 和, 及) are part of the name (round 24). Not 企业 nor 就业
    (`non_sector_words`)."""
    rules = cues()
    if not phrase or phrase[-1] not in rules.words("sector_name_ends"):
        return False
    words = [w for w in pos_tagger().lcut(phrase) if w.word.strip()]
    joiners, clause = rules.words("noun_joiners"), rules.words("clause_word_tags")
    last = words[-1] if words else None
    return (last is not None and last.flag in rules.words("noun_tags")
            and last.word not in rules.words("non_sector_words")
            and not any(w.flag in clause and w.word not in joiners for w in words))


@cleared_with_resources
@lru_cache(maxsize=1)
def _partner_scopes() -> frozenset[str]:
    """The wholes and traders a partner's subject may open with (全省对…, round 28; 中国对…, which the metric keeps,
    round 36): `share_wholes` and `our_traders`, joined once (mend: not per call)."""
    return frozenset(cues().words("share_wholes") | cues().words("our_traders"))


def partner_measure(head: str, subject: str) -> str:
    """The measure a partner named after another one shares (对东盟进出口64140亿元…；对欧盟55060亿元 → 进出口): the
    head is a partner preposition and entities only, and the subject before opens with the same preposition and
    entities, the rest after them its measure; or "". The new partner takes the old one's place (对欧盟进出口), not a
    place before the whole subject (round 24: not 对欧盟对东盟进出口)."""
    rules = cues()
    tag = pos_tagger().lcut
    own = [w for w in tag(head) if w.word.strip()]
    scope = next((w for w in _partner_scopes() if subject.startswith(w + own[0].word)), "") if own else ""
    subject = subject[len(scope):]  # (round 28) 全省对…出口: the whole the partners are of, before the preposition
    if len(own) < 2 or own[0].word not in rules.words("partner_scope_prepositions") or not subject.startswith(
            own[0].word):
        return ""
    entity, joiners = rules.words("entity_tags"), rules.words("noun_joiners")
    if not all(w.flag in entity or w.word in joiners for w in own[1:]) or own[-1].flag not in entity:
        return ""
    rest = subject[len(own[0].word):]
    named = 0
    for word in tag(rest):
        if word.flag not in entity and word.word not in joiners:
            break
        named += len(word.word)
    measure = rest[named:]
    if named and measure and nominal(cut_words(measure)):
        return measure
    named = _partner_group_end(rest)  # (round 28) 对共建“一带一路”国家进出口合计增长4.2%；对东盟增长9.1%
    measure = rest[named:]
    return measure if named and measure and nominal(cut_words(measure)) else ""


def _partner_group_end(rest: str) -> int:
    """(round 28) Where a partner group described by more than entities ends in the subject after its preposition
    (共建“一带一路”国家|进出口合计, 金砖国家|出口): after its last group noun (`partner_count_nouns`: 国家, 成员国,
    经济体), the measure after it; 0 when it names none. A verb in the description (共建) stops the entity scan of
    ``partner_measure``, so the next partner took the place before the whole subject (对东盟对共建…进出口合计增长)."""
    groups = cues().words("partner_count_nouns")
    end = at = 0
    for word in cut_words(rest):
        at += len(word)
        if word in groups:
            end = at
    return end


def opens_with_same_act(head: str, subject: str) -> bool:
    """The head opens with the act the subject before opens with (进口原油…；进口集成电路… → 进口集成电路): a sibling
    naming its own item and measure, which shares nothing more with the subject (round 24: not 进口集成电路进口原油)."""
    rules = cues()
    own = [w for w in pos_tagger().lcut(head) if w.word.strip()]
    acts = rules.words("verb_tags") | rules.words("act_tags")
    return (len(own) >= 2 and own[0].flag in acts and subject.startswith(own[0].word)
            and not subject.startswith(head))


def stratum_core(governing: Governing) -> str:
    """(round 37 mend) The measure a list of strata or modes shares: the whole's core, or, when the whole's subject
    opens with a mode of its own and a carriage noun (`mode_members`, `mode_carriage_nouns`: 民航运输完成旅客运输量…。
    其中，国内航线、国际航线分别完成…), the measure after them: each member stands where the whole's mode stood
    (国内航线旅客运输量), as a place stands where the area's scope stood (`without_area_scope`)."""
    rules = cues()
    subject = governing.subject
    mode = max((w for w in rules.words("mode_members") if subject.startswith(w)), key=len, default="")
    rest = subject[len(mode):]
    noun = max((w for w in rules.words("mode_carriage_nouns") if rest.startswith(w)), key=len, default="")
    rest = rest[len(noun):]
    return rest if mode and names_any_measure(rest) else governing.core


def _region_measure(member: str, head: str, core: list[str]) -> bool:
    """A region after a region (东部地区居民人均可支配收入增长…，中部地区增长…) shares the words after the one before
    when they end in a measure word (收入, 投资), however many qualifiers stand before it, verbs among them
    (可支配, 预算): a breakdown by region names no clause of its own (round 24)."""
    return bool(core) and measure_word(core[-1]) and names_a_region(member) and names_a_region(head)


def place_measure(subject: str) -> str:
    """(round 42) The measure a subject opening with a place or the area's scope names after it (肥西县地区生产总值 →
    地区生产总值; 全市规模以上工业增加值 → 规模以上工业增加值), which a 分别 list of places after it shares when the
    value before passed the subject on with no core (…1053.2亿元，增长7.5%；蜀山区、包河区分别增长…); "" when the
    subject opens with neither or names no measure after it."""
    scoped = without_area_scope(subject)  # (the scope dropped only when the rest names a measure: `names_any_measure`)
    if scoped != subject:
        return scoped
    words = cut_words(subject)
    for k in range(len(words) - 1, 0, -1):
        head, rest = "".join(words[:k]), "".join(words[k:])
        if names_a_region(head):
            return rest if names_any_measure(rest) else ""
    return ""


def without_area_scope(core: str) -> str:
    """The measure without the area scope word opening it (全国固定资产投资 → 固定资产投资), for a place that breaks
    down the area's figure: the place stands where the scope stood (分地区看，东部地区增长… → 东部地区固定资产投资增长;
    round 24). A measure naming nothing after the scope keeps it."""
    scope = next((w for w in cues().words("area_scope_words") if core.startswith(w)), "")
    rest = core[len(scope):]
    return rest if scope and names_any_measure(rest) else core


def kind_member_core(entity: str, core: str, unit: str) -> str:
    """The whole's measure a kind of school or facility shares (其中，普通本科学校131.58万人 of 全国共有高等教育专任教师
    → 高等教育专任教师): the kind stands where the scope and the verb of having stood, as a place stands for the area's
    scope (round 24). Any other member keeps the core as it was (round 37).
    (Round 37 mend) The kind stands where the whole's own kind stood as well: what the core names up to and including
    an institution's word (`roll_owner_ends`, ending a word of it: 医疗卫生机构总诊疗人次 → 医院总诊疗人次, not in
    在校大学生) and an area scope opening it (全国卫生技术人员 → 医院卫生技术人员; 全省在校学生), whether or not
    the rest names a measure; a core that is nothing else keeps its words."""
    rules = cues()
    ends = tuple(rules.words("roll_owner_ends"))
    if not (kind_of_roll(entity) and level_member(entity, unit)):  # (a kind, counted in people)
        return core
    counted = rules.pattern("roll_owner_count").fullmatch(core)
    core = counted["owner"] if counted else core
    at, cut = 0, 0
    for word in cut_words(core):
        at += len(word)
        cut = at if core[:at].endswith(ends) and at < len(core) else cut
    core = core[cut:]
    scope = next((w for w in rules.words("area_scope_words") if core.startswith(w) and len(core) > len(w)), "")
    return core[len(scope):]


def subset_clause(bare: str, context: Context) -> bool:
    """The clause opens a subset of the figure before (其中城镇…; …，其中，城镇…): a breakdown, no parallel clause."""
    rules = cues()
    return bool(rules.pattern("sentence_subset_opener").match(bare)
                or rules.pattern("subset_lead_end").search(SPACE.sub("", context.before)))


def opens_subset(bare: str, context: Context) -> bool:
    """(round 37) A clause of the sentence up to the value opens with 其中 and no ；, 。, ！ or ？ (`subset_breaks`)
    ends it since (其中，铁路、民航分别完成…; …，其中，城镇、农村分别为…): a stratum list breaks down the figure before
    only there; 国际航线和地区航线…分别同比下滑 after another figure of the sentence is a parallel one."""
    rules = cues()
    text = SPACE.sub("", context.before + bare)
    opened = [m.end() for m in rules.pattern("subset_clause_open").finditer(text)]
    return bool(opened) and not rules.pattern("subset_breaks").search(text, opened[-1])


def opens_with_base(head: str, words: list[Word]) -> bool:
    """The phrase opens with a comparison marker of its own word (较前一交易日上调: 较), not with a name
    that begins with its character (比亚迪销量, 比利时GDP)."""
    rules = cues()
    if not rules.pattern("comparison_lead").match(head):
        return False
    first = next((w for w in words if w.text.strip() and head.startswith(w.text.strip())), None)
    if first is None:
        return True
    # the marker is a word of its own, or opens one that is no noun (jieba's 较前); 比亚迪, 比利时 are names and
    # 较大事件 an adjective's noun
    return first.text.strip() in rules.words("comparison_words") or first.tag not in (
        rules.words("noun_tags") | rules.words("adjective_tags"))


def group_scope_owner(head: str, governing: Governing | None, same_sentence: bool) -> str:
    """(round 44) The group of cities or the city a clause's subject opens with (全国339个地级及以上城市, 京津冀及周边
    地区“2+26”城市, 北京市: `group_scope_subject`) owns a bare measure of another kind later in the same sentence
    (…平均优良天数比例为84.6%，…；PM2.5平均浓度为32微克/立方米 → 全国339个地级及以上城市PM2.5平均浓度): air and
    water bulletins name the group once, then each of its measures. "" when the value is in a sentence of its own,
    the head names a place, scope or group of its own or is no measure, or the subject opens with none.
    (Round 44 mend) Nor when the head names a body of its own (…；华为营业收入, 天府国际机场旅客吞吐量:
    `head_names_a_body`); a city's head is a bare measure of at most `bare_metric_max_chars` characters
    (北京市…，出生率) or one of the group's own kind (`group_scope_measures`: air and water quality), a group of
    cities' head only the latter (…城市…；酸雨区面积 stays bare)."""
    if governing is None or not same_sentence or not names_any_measure(head):
        return ""
    rules = cues()
    scope = rules.pattern("group_scope_subject").match(governing.subject)
    if (scope is None or len(scope["scope"]) >= len(governing.subject) - 1
            or rules.pattern("group_scope_subject").match(head) or rules.pattern("group_scope_own_lead").match(head)
            or names_a_region(cut_words(head)[0]) or head_names_a_body(head)):
        return ""
    place = scope["place"]
    own_kind = rules.pattern("group_scope_measures").search(head) is not None
    if not own_kind and (not place or len(head) > rules.setting("bare_metric_max_chars")):
        return ""  # (深圳市…；比亚迪汽车销量; 全国339个…城市…；酸雨区面积)
    if (place and not names_a_region(place)) or rules.pattern("group_scope_body").search(governing.subject):
        return ""  # (a 市 that is no place: 股市, 楼市, 上市; a body's name: 东莞市…有限公司)
    return scope["scope"]


def scope_led_member_core(head: str, governing: Governing, unit: str | None, before: str | None) -> str:
    """(round 44) What a member of a breakdown that repeats the whole's scope shares with the whole (规上工业发电量…。
    分品种看，规上工业火电同比增长… → 发电量, as 火电 alone shares it: NBS writes the scope again before the first
    member): `parallel_core` of the member without the scope words it opens with as the subject does (two
    characters or more, ending at a word of the member); or "" when they share none or the member is the scope alone."""
    subject = governing.subject
    starts = set(itertools.accumulate(len(w) for w in cut_words(head)))
    shared = next((n for n in range(min(len(head), len(subject)) - 1, 1, -1)
                   if head[:n] == subject[:n] and n in starts), 0)
    if not shared or shared >= len(head) or not governing.core.startswith(subject[:shared]):
        return ""
    return parallel_core(head[shared:], governing, unit=unit, before=before)
