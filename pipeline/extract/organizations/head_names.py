"""One head-word name: the checks on the head, the choice of its start (model edge, a known body, the left walk)
and the checks on its prefix (split from ``candidates``, round 48)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.chars import is_han
from pipeline.extract.organizations.base import (
    PATTERN,
    Candidate,
    all_generic,
    resources,
)
from pipeline.extract.organizations.company_forms import _bracket_infix, _company_unit_form_end, _seat_name_start
from pipeline.extract.organizations.head_checks import HEAD_CHECKS, PREFIX_CHECKS, HeadSite, Prefix
from pipeline.extract.organizations.left_walk import (
    _ends_name,
    _inside_name,
    _past_name_characters,
    _proper_run_start,
    _walk_left,
    joining_words,
    legal_form,
    name_verb,
    text_before_ends_with_head,
)


def _government_before(words: list[tuple[int, int, str, str]], holder: tuple[int, int, str, str]) -> int | None:
    """Start of a government's name (a proper word ending in 政府) among the two words before the head's word:
    a weak head there is one of its departments (香港特区政府/新闻处, 香港特区政府/统计/处), not 市政府/新闻办."""
    res = resources()
    governments = tuple(res.rules["government_words"])
    k = words.index(holder)
    return next((w[0] for j, w in enumerate(words[max(0, k - 2):k], max(0, k - 2))
                 if w[2].endswith(governments) and w[3] in res.proper_pos
                 and not _opens_compound(w[2], "".join(x[2] for x in words[j + 1:k + 1]))), None)


def _opens_compound(word: str, after: str) -> bool:
    """Whether ``word``'s last character makes a word with what follows (浙江省政府/性/基金: a budget type, no
    department of a government): the head's right blockers, read for a government word too."""
    blocker = resources().rules["head_right_blockers"].get(word[-1])
    return bool(blocker and re.match(blocker, after))


def _body_before(
    words: list[tuple[int, int, str, str]], holder: tuple[int, int, str, str], lex: _LexEnds,
) -> int | None:
    """Start of a public body's lexicon name right before the head's word, or before nouns and name verbs there
    (科技部/火炬/中心, 文化和旅游部/数据中心, 中国人民银行/上海/总部, 人行/杭州/中心/支行): the weak head names a
    unit of that body (``unit_parent_types``), no site or thing of a company's (华为总部), nor a clause's object
    (发改委/推动/…).

    Round 50: after a company's lexicon name the weak head names the company's joint body only where a word of joint
    founding stands between (``joint_ventures.words``: 香港交易所/前海/联合/交易中心, 华为/上海/联合/创新/中心); without
    one it stays a site or a thing of the company's (华为总部, 阿里巴巴/杭州/数据中心). Mend: only with at most one word
    between the joint word and the head (华为联合运营商建设创新中心: a clause, no name)."""
    rules = resources().rules
    joint_words = rules["joint_ventures"]["words"]
    k = words.index(holder)
    end = holder[0]
    if k > 0 and words[k - 1][1] == end and words[k - 1][2] in rules["firm_kind_words"]:
        return None  # 商务部重点监测零售企业|汽车: the goods a class of firms sells, no unit of the body (round 47)
    joint = False
    crossed = 0  # words between the head and the joint word (round 50 mend: at most ``joint_ventures.max_words_after``)
    while holder[0] - end <= int(rules["max_prefix_chars"]):
        if lex.by_end.get(end, end) < end and (lex.types.get(end) in rules["unit_parent_types"] or (
                joint and lex.types.get(end) in rules["joint_ventures"]["parent_types"])):
            return lex.by_end[end]
        k -= 1
        if k < 0 or words[k][1] != end:
            return None
        if not joint and words[k][2] in joint_words:
            if crossed > int(rules["joint_ventures"]["max_words_after"]):
                return None  # 华为联合运营商建设创新中心: 联合 is a clause's verb, the head its object
            joint = True
        crossed += 1
        if not (words[k][3] in rules["unit_between_pos"] or name_verb(words[k][2]) or words[k][2] in joint_words):
            return None
        end = words[k][0]
    return None


def _department_body(
    words: list[tuple[int, int, str, str]], holder: tuple[int, int, str, str], lex: _LexEnds,
) -> int | None:
    """Start of a public body's lexicon name before a department's head word past the words of its field only
    (国家统计局/农村/司, 国家统计局/人口/和/就业/统计/司, 工业和信息化部/运行/监测/协调/局: ``department_heads``): the
    department is the body's unit, one name (round 37), where the model starts it at its field (农村司) or nothing
    vouches for it. The field is ``unit_between_pos`` words, name verbs and any noun or verb (``department_field_pos``,
    round 37 mend), with at most one joining word that no known name stands right before (农业农村部与财政部 are two
    parties); else None. A word that always ends a name's walk (``left_stop_words``: 会同, 联合, 根据) ends the field
    too: 公安部会同国家移民局 names two bodies acting together, no unit of the first (round 42)."""
    res = resources()
    rules = res.rules
    inner = rules["name_inner_words"]
    k = words.index(holder)
    end = holder[0]
    joined = False
    while holder[0] - end <= int(rules["body_units"]["max_between_chars"]):
        if end < holder[0] and lex.by_end.get(end, end) < end and lex.types.get(end) in rules["unit_parent_types"]:
            return lex.by_end[end]
        k -= 1
        if k < 0 or words[k][1] != end:
            return None
        w_start, _w_end, word, flag = words[k]
        if word in res.stop_words and word not in inner:
            return None
        if word in inner:
            if joined or end == holder[0] or lex.by_end.get(w_start, w_start) < w_start:
                return None  # (农业农村部与…司: the body right before the joining word is a party of its own)
            joined = True
        elif not (flag in rules["unit_between_pos"] or name_verb(word) or flag[:1] in rules["department_field_pos"]):
            return None
        end = w_start
    return None


@dataclass(frozen=True)
class _LexEnds:
    """Lexicon names by end: a dict for the walk, and sorted lists for range look-ups by bisection."""

    by_end: dict[int, int]
    ends: list[int]
    items: list[tuple[int, int]]
    types: dict[int, str]  # the type of the longest name at each end


def _build_head_name(
    text: str, hs: int, he: int, head: str, typ: str, words: list[tuple[int, int, str, str]],
    lex: _LexEnds, model_by_end: dict[int, list[tuple[int, float]]], max_prefix: int, department_only: bool = False,
) -> Candidate | None:
    """The name ending with ``head`` at [hs, he), else None. ``department_only``: a one-character head glued to its own
    head's title (局局长) names only a known body's department (round 37).

    The stages: the checks on the head (``HEAD_CHECKS``), what vouches for a start (``_start_evidence``), the start's
    choice (``_choose_start``), then the checks on the prefix it leaves (``PREFIX_CHECKS``)."""
    site = _head_site(text, hs, he, head, words, lex)
    if site is None or any(check(site) for check in HEAD_CHECKS):
        return None
    fund = _entity_fund_start(text, hs, head, words, max_prefix)
    if fund is not None:
        return Candidate(fund, he, PATTERN, type=typ, head=head)  # 中非产能合作基金: two states' investment fund
    evidence = _start_evidence(site, typ, lex, model_by_end)
    if department_only and evidence.dept is None:
        return None
    chosen = _choose_start(site, typ, evidence, lex, max_prefix)
    if chosen is None:
        return None
    start, typ = chosen
    start = _past_rank_descriptor(text, _past_village_level(site, start), hs, words)
    prefix = Prefix(site, start, typ, evidence.weak)
    if any(check(prefix) for check in PREFIX_CHECKS):
        return None
    start = _past_split_role(text, start, hs, words)
    return Candidate(_joint_parties_start(text, start, hs), he, PATTERN, type=typ, head=head)


def _head_site(
    text: str, hs: int, he: int, head: str, words: list[tuple[int, int, str, str]], lex: _LexEnds,
) -> HeadSite | None:
    """The head with the word that holds it, or None where no word holds it or its end falls inside a word."""
    holder = next((w for w in words if w[0] <= hs < w[1]), None)
    last = next((w for w in words if w[0] < he <= w[1]), None)
    if holder is None or last is None or last[1] != he:
        return None
    return HeadSite(text, hs, he, head, words, holder, lex.by_end)


@dataclass(frozen=True)
class _StartEvidence:
    """What may vouch for a name's start, each found once: the model's left edges, a government or a public body
    before a weak head, a known body before a department's head, and the legal form after the head."""

    government: int | None  # start of a government's name before a weak head
    body: int | None  # start of a public body's lexicon name before a weak head
    weak: bool  # a weak head nothing vouches for: only a confident model edge names it
    lexicon_name: bool  # a lexicon name already ends with the head
    legal: str  # legal_form's reading of the head
    model_starts: list[int]
    dept: int | None  # start of a known body before a department's head


def _start_evidence(
    site: HeadSite, typ: str, lex: _LexEnds, model_by_end: dict[int, list[tuple[int, float]]],
) -> _StartEvidence:
    """The evidence for the name's start at ``site``.

    A head is evidence of its own: the model's left edge counts at any probability, except for
    weak heads (…中心, …基金, …科技) and where a lexicon name already ends with the head
    (现任中国科学院 is 中国科学院): there the model's longer name needs the confidence of a
    model-only name."""
    res = resources()
    text, hs, he, head, words, holder = site.text, site.hs, site.he, site.head, site.words, site.holder
    # 兴业银行股份有限公司济南分行: a company's branch needs no model (its start: _branches_of_companies)
    branch = _company_unit_form_end(text, hs, he, words)
    government = _government_before(words, holder) if head in res.weak_heads else None
    body = _body_before(words, holder, lex) if head in res.weak_heads and government is None else None
    weak = head in res.weak_heads and government is None and body is None and branch is None
    lexicon_name = lex.by_end.get(he, he) < hs
    need = float(res.rules["model_min_prob"]["name"]) if weak or lexicon_name else 0.0
    legal = legal_form(text, head, he)
    # a model edge that leaves only generic words before a legal form (集团|有限责任公司 of 控股股东蜀道投资集团有限责任
    # 公司) cuts the registered name inside it: the walk finds its start instead (round 46)
    model_starts = [
        s for s, prob in model_by_end.get(he, [])
        if s < hs and prob >= need and _plausible_prefix(text, s, hs, words, lex, legal, head)
        and not (legal and all_generic(text[s:hs]))
        and (legal or typ not in res.rules["proper_prefix_types"] or _has_proper_word(text, s, hs, words, lex))
    ]
    dept = _department_body(words, holder, lex) if head in res.rules["department_heads"] and not lexicon_name else None
    return _StartEvidence(government, body, weak, lexicon_name, legal, model_starts, dept)


def _choose_start(
    site: HeadSite, typ: str, ev: _StartEvidence, lex: _LexEnds, max_prefix: int,
) -> tuple[int, str] | None:
    """The name's start and type from the strongest evidence, in turn: a bracketed seat's name, a known body's
    department, the model's edge, a government or a public body before a weak head, else the left walk (or a
    coordinating group's or a national committee's start); None where a weak head or a lexicon name's head has no
    vouched start."""
    text, hs, he, head, words, holder = site.text, site.hs, site.he, site.head, site.words, site.holder
    lex_by_end = site.lex_by_end
    seat = _seat_start(site, max_prefix)
    if seat is not None:
        return seat, typ  # 腾讯科技（深圳）有限公司: the name goes on left of the bracketed seat
    if ev.dept is not None and all(s >= ev.dept for s in ev.model_starts):
        return ev.dept, typ  # 国家统计局农村司: the body's department, one name, not 农村司 (round 37)
    if ev.model_starts:
        start = _proper_run_start(min(ev.model_starts), words) if ev.legal else min(ev.model_starts)
        start = _past_name_characters(start, words)
        return _unit_across_joiner(text, start, hs, he, holder, words, lex_by_end, max_prefix, ev.legal), typ
    if ev.government is not None:
        return ev.government, "government"  # 北京市政府采购中心: a government's own unit
    if ev.body is not None:
        return ev.body, typ  # 科技部火炬中心: a public body's own unit, of its type (_typed_by_parent)
    if ev.weak and not ev.lexicon_name:
        group = _national_group_start(text, hs, head, words, max_prefix)
        return None if group is None else (group, typ)
    if ev.weak or ev.lexicon_name:
        return None
    start = _walk_left(text, hs, he, holder, words, lex_by_end, max_prefix, ev.legal)
    if start is None:
        start = _council_start(text, hs, head, words, lex, max_prefix)
    if start is None:
        start = _national_committee_start(text, hs, head, words, max_prefix)
    return None if start is None else (start, typ)


def _seat_start(site: HeadSite, max_prefix: int) -> int | None:
    """Start of a registered name left of its bracketed seat (腾讯科技（深圳）有限公司: the walk from the seat; 求臻医学
    科技（浙江）有限公司: the seat vouches for it where the walk finds no proper word), else None."""
    text, he, words = site.text, site.he, site.words
    infix = _bracket_infix(text, site.hs, site.head, words)
    opener = next((w for w in words if w[0] == infix), None) if infix is not None else None
    walked = _walk_left(text, infix, he, opener, words, site.lex_by_end, max_prefix) if opener and infix else None
    if (walked is None or infix is None or walked >= infix) and opener and infix:
        walked = _seat_name_start(text, infix, words)
    return walked if walked is not None and infix is not None and walked < infix else None


def _past_village_level(site: HeadSite, start: int) -> int:
    """埝/镇/东魏庄…党支部: a level cut off before a village's grassroots body; the name starts after it."""
    res = resources()
    if site.text.endswith(tuple(res.rules["village_places"]["heads"]), 0, site.he):
        opening = next((w for w in site.words if w[0] == start and w[1] < site.hs), None)
        if opening is not None and opening[2] in res.rules["local_levels"]:
            start = opening[1]
    return start


def _council_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], lex: _LexEnds, max_prefix: int,
) -> int | None:
    """Start of a government body's coordinating group named with it after its remit (国务院防范和处置非法集资部际
    联席会议办公室, 国务院扶贫开发领导小组办公室, 国务院减轻企业负担部际联席会议): the remit is verbs and their
    objects, which end the ordinary walk, so the body's lexicon name within ``max_prefix`` characters before the group's
    word (``council_heads``, or its office: ``council_units``) opens the name, when the words between are no stop
    word, no act of a body and no light verb (国务院召开…, 国务院决定成立…领导小组 stay the State Council's acts)."""
    rules = resources().rules
    council = next((c for c in rules["council_heads"] if text.endswith(c, 0, hs + len(head))), None)
    if council is None and head in rules["council_units"]:
        council = next((c for c in rules["council_heads"] if text.endswith(c, 0, hs)), None)
        hs = hs - len(council) if council else hs
    if council is None:
        return None
    inner = set(rules["name_inner_words"])
    barred = {*rules["left_stop_words"], *rules["exclude"]["acting_verbs"], *rules["light_verbs"],
              *rules["council_not_remit"], *rules["local_levels"]} - inner
    barred_pos = (set(rules["left_stop_pos"]) - {"v", "vd", "c"}) | set(rules["person_pos"])
    barred |= set(rules["leader_titles"])
    k = bisect.bisect_right([w[1] for w in words], hs) - 1
    pos, first = hs, ""  # first: the remit's first word so far
    while k >= 0 and words[k][1] == pos and hs - words[k][0] <= max_prefix:
        w_start, _w_end, word, flag = words[k]
        body = lex.by_end.get(pos, pos)
        if body < pos and lex.types.get(pos) == "government":
            # (a remit of two characters at least, not opening with a joining word: 国务院和各部委… are two parties)
            return body if hs - pos >= 2 and first not in inner else None
        if word in barred or flag in barred_pos or (flag == "c" and word not in inner) or not all(map(is_han, word)):
            return None
        pos, first = w_start, word
        k -= 1
    return None


def _national_committee_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], max_prefix: int,
) -> int | None:
    """Start of a national committee named by its nationwide scope and its field (全国绿化委员会, 全国老龄工作委员会,
    or its office: 全国绿化委员会办公室; round 48): the scope (``national_committee.scopes``) and the field are common
    words, so the walk finds no proper part; the scope opens the name when the words between it and the committee
    are a field of Han words that is no generic word alone, no level and no act (全国各级委员会 stays none), and no
    field of the committee each community or firm has (``per_unit_fields``: 全国业主委员会 stays none; r48 mend)."""
    rules = resources().rules
    spec = rules["national_committee"]
    end = hs + len(head)
    if head in spec["units"]:
        committee = next((c for c in spec["heads"] if text.endswith(c, 0, hs)), None)
        end, hs = hs, hs - len(committee) if committee else hs
    elif head not in spec["heads"]:
        return None
    if not text.endswith(tuple(spec["heads"]), 0, end):
        return None
    barred = {*rules["left_stop_words"], *rules["exclude"]["acting_verbs"], *rules["light_verbs"],
              *rules["local_levels"]}
    barred_pos = set(rules["left_stop_pos"]) | set(rules["person_pos"]) | set(resources().proper_pos)
    k = bisect.bisect_right(words, hs, key=lambda w: w[1]) - 1  # (no list of all word ends per head: a search)
    pos = hs
    while k >= 0 and words[k][1] == pos and hs - words[k][0] <= max_prefix:
        w_start, w_end, word, flag = words[k]
        if word in spec["scopes"]:
            field = text[w_end:hs]
            return w_start if field and not all_generic(field) and field not in spec["per_unit_fields"] else None
        if word in barred or flag in barred_pos or not all(map(is_han, word)):
            return None
        pos = w_start
        k -= 1
    return None


def _national_group_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], max_prefix: int,
) -> int | None:
    """Start of a research group named by the country and its field (中国经济增长前沿课题组,
    ``national_groups``, round 50): a weak head the model may miss in a citation, vouched for by the country
    word opening a clause (or after a stop word: 在中国…课题组看来) and a field between of Han words only, no stop
    word and no generic words alone (中国课题组, 中国有关课题组: none). The field's words may be verbs (经济增长), as
    a research topic's are, and a joining word inside it joins two topics (中国宏观经济分析与预测课题组), though not
    right after the country (中国与美国课题组: none)."""
    rules = resources().rules
    spec = rules["national_groups"]
    if head not in spec["heads"]:
        return None
    stops, inner = set(rules["left_stop_words"]), set(rules["name_inner_words"])
    k = bisect.bisect_right(words, hs, key=lambda w: w[1]) - 1
    pos = hs
    joined_at = None
    while k >= 0 and words[k][1] == pos and hs - words[k][0] <= max_prefix:
        w_start, w_end, word, _flag = words[k]
        if word in spec["scopes"]:
            field = text[w_end:hs]
            opens = w_start == 0 or not is_han(text[w_start - 1]) or (k > 0 and words[k - 1][1] == w_start
                                                                        and words[k - 1][2] in stops)
            good = field and not all_generic(field) and joined_at != w_end
            return w_start if opens and good else None
        if word in inner:
            joined_at = w_start
        elif word in stops or not all(map(is_han, word)):
            return None
        pos = w_start
        k -= 1
    return None


def _past_rank_descriptor(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """Start of the name after a rank and its kind in an apposition (美国最大银行|摩根大通公司, 日本最大工会组织|
    日本劳动组合总联合会): the end of the first word after the last rank (``rank_descriptor``, ending on a word's end)
    that ends with a head; ``hs`` where no such word comes before the head (美国最大银行 names none). Unchanged when
    the prefix holds no rank."""
    ends = {w[1] for w in words}
    pattern = resources().rules["rank_descriptor"]
    ranks = [m.end() for m in re.finditer(pattern, text[start:hs]) if start + m.end() in ends]
    if not ranks:
        return start
    heads = tuple(h for h, _ in resources().heads)
    after = start + ranks[-1]
    return next((w[1] for w in words if after < w[1] <= hs and w[0] >= after and w[2].endswith(heads)), hs)


def _unit_across_joiner(
    text: str, start: int, hs: int, he: int, holder: tuple[int, int, str, str], words: list[tuple[int, int, str, str]],
    lex_by_end: dict[int, int], max_prefix: int, legal: str,
) -> int:
    """The start of a body's unit whose two fields are joined (农业农村部市场与信息化司, 科学技术部科技与信息化司) where
    the model cut the name at the joining word (信息化司): the walk from the head crosses it, and the part left of it
    opens with a known body's name followed by a field of its own (农业农村部|市场|与), so the unit is that body's,
    one name. A known name right before the joining word (华为与中兴通讯公司, 农业农村部与财政部) is a party of its
    own: the model's start stays (round 28)."""
    joiner = next((w for w in words if w[1] == start and w[0] < start), None)
    if joiner is None or joiner[2] not in joining_words(text[hs:he]):
        return start
    walked = _walk_left(text, hs, he, holder, words, lex_by_end, max_prefix, legal)
    if walked is None or walked >= start:
        return start
    if lex_by_end.get(joiner[0], joiner[0]) < joiner[0]:
        return start  # (申万宏源和中信证券: a known name right before the joining word is a party of its own)
    body_end = next((e for e in range(joiner[0] - 1, walked, -1) if lex_by_end.get(e) == walked), None)
    proper = resources().proper_pos
    field = [w for w in words if body_end is not None and body_end <= w[0] and w[1] <= joiner[0]]
    return walked if field and not any(w[3] in proper for w in field) else start  # (the field: common words)


def _past_split_role(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """A name's start after a party's role the segmenter cut in two (采购/人 of 采购人某某局: ``split_roles``), whose
    last part the walk took as the name's first word: the name opens after the role (round 24b). Only where that
    part ends on a word's end (采购/人民医院 keeps its 人民); it may span two words (一致/行动/人, round 26)."""
    for role in resources().rules["split_roles"]:
        for k in range(1, len(role)):
            if (text.startswith(role, start - k) and start + len(role) - k < hs
                    and any(w[0] == start for w in words)
                    and any(w[0] >= start and w[1] == start + len(role) - k for w in words)):
                return start + len(role) - k
    return start


def _joint_parties_start(text: str, start: int, hs: int) -> int:
    """Start of a joint body's name whose parties are listed before it (``joint_parties``: 内地与香港、澳门…合作委员会):
    the walk stops at 、, which ends an item of the list, not the name. Only places as parties, and only a name that
    says what they do together."""
    rule = resources().rules["joint_parties"]
    if start == 0 or text[start - 1] != "\u3001" or not any(v in text[start:hs] for v in rule["verbs"]):
        return start
    places = resources().places
    if not any(text[start:start + n] in places for n in (2, 3, 4) if start + n < hs):
        return start
    window = text[max(0, start - 24):start]
    for i in range(len(window)):  # the longest list of places only (发挥/内地与香港、: the verb is no party)
        m = re.match(rule["before"], window[i:])
        if m is not None and all(p in places for p in re.split(rule["splitter"], m.group("parties")) if p):
            return start - len(m.group("parties"))
    return start


def _entity_fund_start(
    text: str, hs: int, head: str, words: list[tuple[int, int, str, str]], max_prefix: int,
) -> int | None:
    """Start of a fund two states set up to invest (``entity_funds``: 中葡合作发展基金, 中国－东盟投资合作基金): a body,
    unlike a grant programme or a sector's fund, which the weak head 基金 leaves to the model. The name must open on a
    word's start (其中/美国 holds no 中美)."""
    rule = resources().rules["entity_funds"]
    if head not in rule["heads"]:
        return None
    lo = max(0, hs - max_prefix)
    m = re.search(rule["prefix"], text[lo:hs])
    if m is None:
        return None
    start = lo + m.start()
    return start if any(w[0] == start for w in words) else None


def _plausible_prefix(
    text: str, start: int, hs: int, words: list[tuple[int, int, str, str]], lex: _LexEnds, legal: str = "",
    head: str = "",
) -> bool:
    """A model-proposed prefix may not contain a stop word or a stop POS (a verb, a preposition
    …) outside lexicon names: 与武汉大学共建研究院 is not one name. A word that joins the parts
    of one name (数学与系统科学研究院, 发展和改革委员会: ``name_inner_words``) may stand inside it,
    and before a legal form the words of a registered name may, right of its proper part (香港中央结算有限公司,
    not 保荐机构华泰联合证券…: ``legal_forms``)."""
    res = resources()
    inner = joining_words(head)
    nearby = lex.items[bisect.bisect_left(lex.ends, start):bisect.bisect_right(lex.ends, hs)]  # not a scan
    covered: list[tuple[int, int]] = [(s, e) for e, s in nearby if start <= s and e <= hs]
    if legal:  # a registered name may open with a known brand that jieba cuts apart (安/永华/明 of 安永华明…)
        covered += [(start, start + n) for n in res.alias_lengths.get(text[start], ())
                    if start + n <= hs and text[start:start + n] in res.aliases][:1]
    proper = False  # a proper word right of the word looked at (the scan runs from the head leftwards)
    for k in range(len(words) - 1, -1, -1):
        w_start, w_end, word, flag = words[k]
        if w_start < start or w_end > hs:
            continue
        if _inside_name(words, k):
            proper = True
            continue
        if any(s <= w_start and w_end <= e for s, e in covered) or (
                legal and any(s < w_end and w_start < e for s, e in covered)):  # 安/永华 of 安永华明…（特殊普通合伙）
            proper = True
            continue
        if w_start > start and word in inner and not text_before_ends_with_head(words, w_start):
            continue
        if _ends_name(word, flag, bool(legal) and not proper):
            return False
        proper = proper or flag in res.proper_pos
    return True


def _has_proper_word(text: str, start: int, hs: int, words: list[tuple[int, int, str, str]], lex: _LexEnds) -> bool:
    """Whether the model's prefix [start, hs) holds a proper word (a name's tag, a word the dictionary does not know,
    a place, a lexicon name), as the left walk asks: 农业社会化服务组织 (sector and common nouns before the head) is a
    kind of body, no name, however confident the model's left edge. Asked of the types in ``proper_prefix_types``
    only: a company's registered brand may be common words (网商银行)."""
    res = resources()
    nearby = lex.items[bisect.bisect_left(lex.ends, start):bisect.bisect_right(lex.ends, hs)]
    if any(start <= s for _, s in nearby):
        return True
    return any(start <= w[0] and w[1] <= hs and (w[3] in res.proper_pos or (not w[3] and len(w[2]) >= 2)
                                                 or w[2] in res.places)
               for w in words)
