"""Who a claim is attributed to: attribution cues, clause attribution, speaker labels and
source notes under tables and charts, read from `resources/claims.yaml`."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import CLAUSE_MARK
from pipeline.extract.claim_time import Placed, restatement_end
from pipeline.nlp.jieba_dict import pos_tagger
from pipeline.script import simplified


def attribution(sentence_start: int, sentence: str,
                orgs: list[dict]) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The organisation an attribution phrase names (canonical name), the phrase's span, the organisation's mention
    and where the cue word starts (offsets in the sentence): of several, the one
    nearest the cue word (中国人民银行授权全国银行间同业拆借中心公布 → the centre), but not what the study is about
    (据麦肯锡对腾讯的调查 → 麦肯锡), and the first of a list (据国家统计局和海关总署数据 → 国家统计局); a body a
    cue names bare (据海关统计) is the one it cites; a bracketed source note (（数据来源：科技部）) attributes when no
    cue does. An outlet that relays another body's data (据路透社报道，德国联邦统计局数据显示; X网消息：记者从Y了解到)
    is not its source: the body is, and the phrase runs from the relay to the body's cue. The outlet of a dateline
    (新华社北京7月10日电（记者…）) publishes the story: it is no source (`_past_dateline`)."""
    rules = cues()
    orgs = _past_dateline(sentence_start, sentence, orgs)
    if not orgs and not any(body in sentence for body in rules.mapping("bare_attributions")):
        return None  # each phrase needs a mention or a body named bare: no pattern scan over a sentence with neither
    found = _attributions(sentence_start, sentence, orgs)
    first = next(found, None)
    if first is None or not rules.pattern("relay_cue").match(sentence, first[3]):
        return first
    for later in found:
        if later[2][0] > first[1][1] and any(rules.pattern(gap).fullmatch(sentence, first[1][1], later[2][0])
                                              for gap in ("relay_gap", "relay_reporter")):
            # the body that opens the clause after the relay with a cue of its own, or the one the reporter got it from
            return later[0], (first[1][0], later[1][1]), later[2], later[3]
    return first


def hosts_briefings(canonical: str) -> bool:
    """A press office (国务院新闻办公室, 中共中央宣传部: `briefing_hosts`, read on the canonical name, so 国新办 and
    中宣部 count): it hosts other bodies' briefings, so what is told at one is not its word."""
    return canonical.endswith(tuple(cues().words("briefing_hosts")))


def briefing_holder(sentence_start: int, sentence: str, orgs: list[dict]) -> tuple[str, int] | None:
    """The body that holds a briefing of its own, named as its sentence opens (海关总署7月12日召开新闻发布会。;
    7月12日，中国证监会召开新闻发布会，…), and where the briefing phrase ends: a hearsay cue right after it (据介绍，…;
    据了解，…) relays what the body told there (round 32). A press office (国务院新闻办公室) hosts other bodies'
    briefings: what is told at it is not its word, so it holds none here; nor does a host that has another body
    present (…召开新闻发布会，邀请国家能源局有关司局负责同志介绍情况): another body named after the briefing, before the
    hearsay cue, is who tells (round 32 mend). A news story's dateline and by-line may open the sentence before the
    body (南方日报讯（记者 李明）10月20日，广东省知识产权局召开新闻发布会。): the outlet files the story, the body still
    holds the briefing (round 37)."""
    rules = cues()
    opening = dateline(sentence)
    lead = opening[0][1] if opening else 0
    for org in orgs:
        begin, end = org["start"] - sentence_start, org["end"] - sentence_start
        if begin < lead or not rules.pattern("briefing_opener").fullmatch(sentence, lead, begin):
            continue
        held = rules.pattern("briefing_held").match(sentence, end)
        if held is None or hosts_briefings(org["canonical"]):
            return None
        cue = rules.pattern("briefing_hearsay").search(sentence, held.end())
        limit = cue.start() if cue else len(sentence)
        if any(held.end() <= other["start"] - sentence_start < limit and other["canonical"] != org["canonical"]
               for other in orgs):
            return None
        return org["canonical"], held.end()
    return None


def briefing_release(sentence_start: int, sentence: str, orgs: list[dict]) -> str | None:
    """The body whose own briefing the sentence announces and nothing else (国家能源局召开新闻发布会，介绍2024年
    前三季度能源形势和可再生能源并网运行情况。): a release of its data, as 国家能源局发布4月份全社会用电量等数据。
    is (round 27), so the paragraphs after it go on with that body as their source (round 35). A press office's
    briefing (国务院新闻办公室举行新闻发布会，介绍…情况。) hosts other bodies' and names none; a company's results
    briefing (比亚迪股份有限公司召开新闻发布会，介绍…经营情况。) tells its own news, not a release (round 30): only a
    holder of a type that relays a release (`relayed_release_types`) gives one (round 35 mend)."""
    rules = cues()
    held = briefing_holder(sentence_start, sentence, orgs)
    if held is None or not rules.pattern("briefing_topic").match(sentence, held[1]):
        return None
    kinds = rules.words("relayed_release_types")
    if not any(org["canonical"] == held[0] and org["type"] in kinds for org in orgs):
        return None
    return held[0]


def briefing_hearsay(sentence: str, start: int | None = None) -> bool:
    """Whether a hearsay cue that names no one (据介绍，; 据了解，; 据悉，) opens a clause of the sentence at or after
    ``start``, or opens the sentence when no start is given: right after a body's own briefing, it relays that body's
    word (round 32); not when the clause after it quotes someone else (据悉，…，某企业负责人称，…; 据了解，专家张明
    认为，…: round 32 mend)."""
    rules = cues()
    pattern = rules.pattern("briefing_hearsay")
    cue = pattern.match(sentence) if start is None else pattern.search(sentence, start)
    return cue is not None and not (rules.pattern("unnamed_attribution").search(sentence, cue.end())
                                    or rules.pattern("quoted_person").search(sentence, cue.end()))


def official_speaks(sentence: str, attributed: tuple[str, tuple[int, int], tuple[int, int], int]) -> bool:
    """Whether an attribution quotes an official of the body it names (民航局新闻发言人在…上表示; 国家统计局新闻发言人、
    国民经济综合统计司司长盛来运介绍): a title stands between the body's mention and the cue, so a 他表示 opening the
    next sentence is that official's word for the same body (round 32)."""
    return bool(cues().pattern("official_after_body").match(sentence, attributed[2][1], attributed[3]))


def dateline(text: str) -> list[tuple[int, int]]:
    """The dateline and by-line a sentence opens with (新华社北京7月10日电（记者…）), if any: the story's publisher and
    place, no part of a metric and no source."""
    found = cues().pattern("dateline_outlet").match(text)
    return [found.span()] if found else []


def _past_dateline(sentence_start: int, sentence: str, orgs: list[dict]) -> list[dict]:
    """The organisations of a sentence that lie past its opening dateline and by-line: the outlet named there publishes
    the story and cites nobody (中新网北京12月28日电 (…)X在发布会上表示 is X's word, not the outlet's)."""
    opening = dateline(sentence)
    if not opening:
        return orgs
    return [org for org in orgs if org["start"] - sentence_start >= opening[0][1]]


def publication(sentence_start: int, sentence: str,
                orgs: list[dict]) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The organisation that publishes a report by its title (中国信通院发布《中国算力发展指数白皮书》, 工信部发布
    《2024年1-2月份通信业经济运行情况》), as `attribution` gives it: a report cue after it (白皮书显示, 数据显示) cites
    it, and the date it was published on (2024年6月，…发布《…》) is no time of the data. An event that is no
    organisation (当日，大会还发布了《…》: round 31) publishes as well, though it cites nobody: its name is "" then."""
    found = next(_attributions(sentence_start, sentence, orgs, [cues().pattern("publication")]), None) if orgs else None
    return found or _event_publication(sentence)


def _event_publication(sentence: str) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """A release whose publisher is an event (大会, 论坛上, 峰会期间): no body to cite, but a day of the event before it
    is the day of publication all the same. A date inside the event's name (2024年一季度经济形势研讨会发布…) is no
    day of it: the phrase then begins at the event's word, so that date stays the data's (second read, round 31)."""
    rules = cues()
    for match in _matches(rules.pattern("publication"), sentence):
        begin, end = match.span("org")
        event = rules.pattern("event_publisher").search(sentence, begin, end)
        if event:
            if not rules.pattern("event_day_prefix").fullmatch(sentence, begin, event.start()):
                begin = event.start()
            return "", (begin, match.end()), (begin, end), end
    return None


def _attributions(sentence_start: int, sentence: str, orgs: list[dict],
                  patterns: list[re.Pattern[str]] | None = None,
                  ) -> Iterator[tuple[str, tuple[int, int], tuple[int, int], int]]:
    """Every attribution phrase of a sentence with the organisation it names, in the order the cues are tried (see
    `attribution`); ``patterns``: other cues than the attribution cues."""
    rules = cues()
    for pattern in patterns or [*rules.patterns("attribution"), rules.pattern("source_note")]:
        for match in _matches(pattern, sentence):
            begin, end = match.span("org")
            if any(refusal.match(sentence, begin) for refusal in rules.patterns("attribution_refusals")):
                continue  # 从比亚迪的销量分析，: what is analysed is no speaker (round 34)
            named = [org for org in orgs
                     if begin <= org["start"] - sentence_start and org["end"] - sentence_start <= end]
            bare = rules.mapping("bare_attributions").get(match.group("org").strip())
            if not named and bare:  # 据海关统计: the body the cue cites, named bare
                yield min(bare), match.span(), (begin, end), match.end("org")
                continue
            if "glued" in pattern.groupindex:  # the cue right after the body's name (主計總處調查，)
                named = [org for org in named if org["end"] - sentence_start == end]
            if "hosted" in pattern.groupindex:  # a press office hosts other bodies' briefings (国新办, round 36 mend)
                named = [org for org in named if not hosts_briefings(org["canonical"])]
            if not named:
                continue
            about = rules.pattern("attribution_object").search(sentence, named[0]["end"] - sentence_start, end)
            if about:
                named = [org for org in named if org["start"] - sentence_start < about.start()]
            venues = [m.span() for m in rules.pattern("attribution_venue").finditer(sentence, begin, end)]
            speakers = [org for org in named
                        if not any(a <= org["start"] - sentence_start < b for a, b in venues)]
            named = speakers or named  # 国家统计局局长康义在国新办新闻发布会上表示 → 国家统计局
            k = len(named) - 1
            while k and _listed_bodies(
                    sentence[named[k - 1]["end"] - sentence_start:named[k]["start"] - sentence_start]):
                k -= 1
            mention = (named[0]["start"] - sentence_start, named[k]["end"] - sentence_start)  # with its alias: OECD
            yield named[k]["canonical"], match.span(), mention, match.end("org")


def _listed_bodies(gap: str) -> bool:
    """Two bodies' mentions joined as a list (国家统计局和海关总署, 、), or set apart by a space alone, as releases
    sign jointly (广东省统计局　国家统计局广东调查总队联合发布: clean writes that full-width space as one ASCII space
    where the text after it is a whole body's name, round 43, and drops it otherwise): the first
    of the list is the source, as 据国家统计局和海关总署数据 cites 国家统计局. Two names with nothing between are
    none."""
    return bool(cues().pattern("list_glue").match(gap)) or (gap != "" and gap.isspace())


# a cue pattern that opens with the organisation as a lazy run of any character but a few (?P<org>[^，。；：]{1,50}?)
_LAZY_LEAD = re.compile(r"\(\?P<org>\[\^([^\]\\\-\[^]+)\]\{1,(\d+)\}\?\)")


@lru_cache(maxsize=64)
def _lazy_lead(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    """For a pattern ``(?P<org>[^X]{1,N}?)R`` (no top-level alternative): where R may match (``(?=R)``), the
    characters X the organisation cannot hold, and N; None for any other pattern."""
    lead = _LAZY_LEAD.match(pattern.pattern)
    if lead is None or pattern.flags & ~re.UNICODE:
        return None
    parsed = re._parser.parse(pattern.pattern)  # type: ignore[attr-defined]
    if len(parsed.data) < 2:
        return None  # (one top-level alternation: R is not what follows the organisation in every match)
    try:
        rest = re.compile(f"(?={pattern.pattern[lead.end():]})")
    except re.error:
        return None  # (R refers to the organisation's group)
    return rest, re.compile(f"[{re.escape(lead.group(1))}]"), int(lead.group(2))


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, match for match; for a cue led by a lazy organisation (`_lazy_lead`), the engine
    would try up to N lengths of it at every position of a long passage (an 8000-character passage of a one-line
    document, round 30), so only the starts that can reach a cue are tried: the leftmost match after ``at`` ends its
    organisation at the first place R matches that some start from ``at`` on reaches, and starts at the earliest of
    them (N back, past the last character the organisation cannot hold)."""
    lead = _lazy_lead(pattern)
    if lead is None:
        yield from pattern.finditer(text)
        return
    rest, stop, longest = lead
    stops = [m.start() for m in stop.finditer(text)]
    at = 0
    for end in (m.start() for m in rest.finditer(text)):
        if end <= at:
            continue
        before = bisect.bisect_left(stops, end) - 1
        start = max(at, end - longest, stops[before] + 1 if before >= 0 else 0)
        if start >= end:
            continue
        match = pattern.match(text, start)
        if match is None or match.end("org") != end:  # (never seen; the engine's own search stays the answer)
            yield from pattern.finditer(text, at)
            return
        yield match
        at = match.end()


def starts_new_data(sentence_start: int, sentence: str, orgs: list[dict], carried: str | None,
                    announced: bool = False) -> bool:
    """The sentence starts data of its own, so the source of the sentence before does not carry into it: it opens
    with an attribution frame that names someone (据SEMI统计，…, even when the name is in no lexicon; not 据不完全统计;
    a reporter's relay, 记者从广州白云国际机场获悉，…: round 31),
    or with the name of another company than the carried source (比亚迪公告…。理想汽车6月交付…: one maker's
    announcement does not cover another's deliveries), or with a name and a cue of its own (QuestMobile…洞察显示,
    《…报告》显示: another report), or with the writer's own company (本集团实现…), or with another unnamed release
    (另据报道，…; round 45) or a named side's word (天猫方面称，…; round 46) or a side of another kind than the carried
    body (万科…。银行方面表示，…; round 47 review), save a bare 另据公告 while the company
    ``announced`` the carried data and the sentence names no other company and goes on with the company's pointer or
    a period (贵州茅台…发布公告称，…。另据公告，公司…: its next announcement, round 45 mend)."""
    rules = cues()
    for name in ("opening_frame", "reporter_frame"):  # (记者从X获悉，…: the reporter's relay names a body too)
        frame = rules.pattern(name).match(sentence)
        if frame and any(word.flag in rules.words("frame_name_tags") for word in pos_tagger().lcut(frame.group("org"))):
            return True
    cued = rules.pattern("opening_cue").match(sentence)  # QuestMobile…洞察显示, 《…统计报告》显示 (not 数据显示)
    if (cued and not rules.pattern("generic_cue_subject").match(cued.group("org"))
            and any(word.flag in rules.words("frame_name_tags") for word in pos_tagger().lcut(cued.group("org")))):
        return True
    if rules.pattern("own_data_opening").match(sentence):
        return True  # 2021年，本集团实现营业总收入…: the company's own figures
    own_types = rules.words("own_data_types")
    other_company = any(org["type"] in own_types and org["canonical"] != carried for org in orgs)
    side = rules.pattern("side_speaker").match(sentence)  # 天猫方面称，…: that side's own figures (round 46)
    if side and any(word.flag in rules.words("frame_name_tags") for word in pos_tagger().lcut(side.group("org"))):
        return True
    pointer = rules.pattern("pointer_side_speaker").match(sentence)
    if pointer and not _points_back(pointer.group("kind"), carried):
        return True  # 比亚迪…。协会方面表示，…: a side of another kind than the carried body (round 47 review)
    report = rules.pattern("other_unnamed_report").match(sentence)
    if report and not (announced and report.group("notice") and not other_company
                       and rules.pattern("notice_goes_on").match(sentence, report.end())):
        return True  # 另据公告，…; 另据报道，…: another release that names no body (round 45)
    opening = len(sentence) - len(sentence.lstrip())
    return any(org["start"] - sentence_start == opening and org["type"] in own_types
               and org["canonical"] != carried for org in orgs)


def _points_back(kind: str, carried: str | None) -> bool:
    """A body's kind named alone before 方面 (`pointer_side_speaker`) points back to the carried body: a company's
    kind or its platform to any (`pointer_sides_any`), another kind only to a body whose name holds it (中国工商银行
    for 银行方面; not 万科 nor 比亚迪 for 银行方面 or 协会方面, round 47 review). With nothing carried it starts
    nothing. The kind is read in the simplified cue view and the carried name may be written in traditional script
    (銀行方面 after 中國信託商業銀行): both are compared folded to simplified (`pipeline.script.simplified`)."""
    return carried is None or kind in cues().words("pointer_sides_any") or simplified(kind) in simplified(carried)


def disclosing_company(sentence_start: int, sentence: str, orgs: list[dict]) -> str | None:
    """The company whose name opens the sentence, after a connector at most (`own_disclosure_lead`): under a lead-in
    citing the companies' own disclosures (根据各上市公司近日披露的2月经营数据显示，…: `own_disclosure_frame`), its
    figures are its own disclosure and it is their source (round 46). Another kind of body, or a name after a place or
    a measure, opens no company's own data."""
    lead = cues().pattern("own_disclosure_lead")
    first = min(orgs, key=lambda org: org["start"], default=None)
    if first is None or first["type"] != "company" or first["start"] < sentence_start:
        return None
    return first["canonical"] if lead.fullmatch(sentence, 0, first["start"] - sentence_start) else None


def trade_partners(sentence_start: int, sentence: str, orgs: list[dict]) -> set[str]:
    """The blocs (`partner_org_types`) a sentence names as the partners its trade is measured against (我国对东盟
    进出口…; 与欧盟贸易总值…; 东盟为我国第一大贸易伙伴): the data are the trader's, as reported by the release, not
    the partner's, so naming one starts no other body's data (round 35). One scan of the sentence for the lists, then
    a match per organisation right after its mention; the lists' spans are sorted and disjoint, so a mention lies in
    the last one starting at or before it or in none."""
    rules = cues()
    blocs = [org for org in orgs if org.get("type") in rules.words("partner_org_types")]
    if not blocs:
        return set()
    spans = [m.span("partners") for m in rules.pattern("trade_partner_list").finditer(sentence)]
    starts = [a for a, _ in spans]
    named, gap = rules.pattern("trade_partner_named"), rules.pattern("trade_partner_gap")

    def listed(start: int, end: int) -> bool:
        at = bisect.bisect_right(starts, start) - 1
        return at >= 0 and end <= spans[at][1] and gap.fullmatch(sentence, end, spans[at][1]) is not None

    return {org["canonical"] for org in blocs
            if listed(org["start"] - sentence_start, org["end"] - sentence_start)
            or named.match(sentence, org["end"] - sentence_start)}


def approving_bodies(sentence_start: int, sentence: str, orgs: list[dict]) -> set[str]:
    """The bodies a sentence names as the one that approves, sets or hands down the limit its data are held against
    (地方政府债务余额…，控制在全国人大批准的限额之内): the data are the releasing body's, not the approver's, so
    naming one starts no other body's data, as a trade partner does (round 36). One match per organisation, right
    after its mention."""
    after = cues().pattern("approving_body_after")
    return {org["canonical"] for org in orgs if after.match(sentence, org["end"] - sentence_start)}


def scope_bodies(sentence_start: int, sentence: str, orgs: list[dict]) -> set[str]:
    """The bodies a sentence names inside a bracket stating what its figure counts or leaves out (邮政行业业务收入
    （不包括邮政储蓄银行直接营业收入）): the scope of the release's own figure, so naming one starts no other body's
    data, as a trade partner does (round 42)."""
    if not orgs:
        return set()
    spans = [m.span() for m in cues().pattern("scope_bracket").finditer(sentence)]
    return {org["canonical"] for org in orgs
            if any(a <= org["start"] - sentence_start and org["end"] - sentence_start <= b for a, b in spans)}


def named_forecaster(sentence: str) -> bool:
    """The sentence opens by citing a proper name, recognised as an organisation or not (根据Tractica的数据，…;
    根据市场研究机构Smithers Pira预测，…; QuestMobile洞察显示，…): its forecasts are attributed, so claims (the
    guidelines), whose source the organisation table decides."""
    rules = cues()
    for name in ("opening_frame", "opening_cue"):
        cued = rules.pattern(name).match(sentence)
        if (cued and not rules.pattern("generic_cue_subject").match(cued.group("org"))
                and any(w.flag in rules.words("forecaster_name_tags") for w in pos_tagger().lcut(cued.group("org")))):
            return True
    return False


def clause_attributions(sentence_start: int, sentence: str, orgs: list[dict],
                        after: int) -> list[tuple[int, str, list[tuple[int, int]]]]:
    """Attributions that open a later clause of the sentence, past ``after`` (中金公司预计…，高盛则预计降息125bp;
    …，而华泰证券预计为4.8%; …，世界银行的预测为2.4%): (where the clause starts, its source, the span from the
    organisation to its cue): the values from that clause on are the new organisation's, and who said it is no part of
    their metric."""
    rules = cues()
    found: list[tuple[int, str, list[tuple[int, int]]]] = []  # (the organisation to the cue's end: 高盛则预计)
    for mark in CLAUSE_MARK.finditer(sentence, after):
        begin = mark.end()
        following = CLAUSE_MARK.search(sentence, begin)
        end = following.start() if following else len(sentence)
        inside = [o for o in orgs if begin <= o["start"] - sentence_start and o["end"] - sentence_start <= end]
        named = attribution(sentence_start + begin, sentence[begin:end], inside) if inside else None
        if named and rules.pattern("clause_attribution_lead").fullmatch(sentence[begin:begin + named[2][0]]):
            found.append((begin, named[0], [(begin + named[2][0], begin + named[1][1])]))  # 高盛则预计: all of it
    return found


def item_attributions(sentence_start: int, sentence: str,
                      orgs: list[dict]) -> list[tuple[int, str | None, list[tuple[int, int]]]]:
    """In a sentence that opens a numbered news brief (1、国家卫健委：…；2、全国共有…), each later item with the
    source its own attribution names, or none: an item's attribution speaks for that item only
    (as `clause_attributions`)."""
    marks = list(cues().pattern("news_item").finditer(sentence))
    if len(marks) < 2 or sentence[:marks[0].start()].strip():
        return []
    found: list[tuple[int, str | None, list[tuple[int, int]]]] = []
    for mark, following in zip(marks[1:], [*marks[2:], None], strict=True):
        begin, end = mark.end(), following.start() if following else len(sentence)
        inside = [o for o in orgs if begin <= o["start"] - sentence_start and o["end"] - sentence_start <= end]
        named = attribution(sentence_start + begin, sentence[begin:end], inside)
        found.append((mark.start(), named[0], [(begin + named[2][0], begin + named[1][1])]) if named
                     else (mark.start(), None, []))
    return found


def listed_run(sentence_start: int, sentence: str, orgs: list[dict],
               attributed: tuple[str, tuple[int, int], tuple[int, int], int]) -> list[dict]:
    """The mentions an attribution phrase lists from the body it cites on (中国铁路总公司和民航局: both), in order:
    read once for the sentence (`read_attribution`), then where the list ends (`listed_end`) and its fields
    (`listed_bodies`) are read from it."""
    begin, end = attributed[1]
    inside = sorted((o for o in orgs if begin <= o["start"] - sentence_start and o["end"] - sentence_start <= end),
                    key=lambda o: o["start"])
    first = next((k for k, o in enumerate(inside) if o["canonical"] == attributed[0]), None)
    if first is None:
        return []
    run = [inside[first]]
    for org in inside[first + 1:]:
        if not _listed_bodies(sentence[run[-1]["end"] - sentence_start:org["start"] - sentence_start]):
            break
        run.append(org)
    return run


def listed_end(sentence_start: int, attributed: tuple[str, tuple[int, int], tuple[int, int], int],
               run: list[dict]) -> int:
    """(Round 48) Where the list of bodies an attribution names ends (记者从中国铁路总公司和民航局|获悉), from its
    `listed_run`: a relay's verb follows the last of them, not the first."""
    return max(attributed[2][1], run[-1]["end"] - sentence_start) if run else attributed[2][1]


def listed_bodies(run: list[dict]) -> list[tuple[str, str]]:
    """(Round 48) The bodies an attribution names as a list (its `listed_run`), from the one it cites on (记者从中国
    铁路总公司和民航局获悉，…): each one's field, its mention without the words of its kind (`body_field_trim`: 铁路,
    民航), and its canonical name. Empty when the phrase names one body, or a field is shorter than two characters."""
    trim = cues().pattern("body_field_trim")
    fields = [(trim.sub("", o["text"]), o["canonical"]) for o in run]
    if len({c for _, c in fields}) < 2 or any(len(f) < 2 for f, _ in fields):
        return []
    return fields


def reattribute_by_field(claims: list[dict], listed: list[tuple[str, str]], sentence_start: int, sentence: str,
                         masked: list[tuple[int, int]]) -> None:
    """(Round 48) A claim of the listed relay's first body whose clause (up to ；) names the field of exactly one
    listed body takes that body (…；全国民航共运送旅客482万人次 → 民航局; 民航方面，… after it): the relay names two
    bodies, and each reports its own field's data. Spans in ``masked`` (the relay phrase itself) are not read."""
    if not listed:
        return
    sentence = blank_out(sentence, masked, " ")
    for claim in claims:
        if claim["source"] != listed[0][1]:
            continue
        at = claim["number_start"] - sentence_start
        left = max(sentence.rfind(mark, 0, at) for mark in "；;")
        right = min((k for k in (sentence.find(mark, at) for mark in "；;") if k >= 0), default=len(sentence))
        named = {canonical for field_, canonical in listed if field_ in sentence[left + 1:right]}
        if len(named) == 1:
            claim["source"] = named.pop()


def reattribute(claims: list[dict], later: list[tuple[int, str | None, list[tuple[int, int]]]],
                sentence_start: int) -> None:
    """Give each claim the source of the last clause attribution or news item before it (`clause_attributions`,
    `item_attributions`: none for an item that names none), if any."""
    for claim in claims:
        sources = [(source,) for begin, source, _ in later if begin <= claim["number_start"] - sentence_start]
        claim["source"] = sources[-1][0] if sources else claim["source"]


def speaker_label(text: str) -> list[tuple[int, int]]:
    """The span of the speaker label that opens a transcript's turn (盛来运：…, 记者：…, 主持人：…, 国家统计局新闻发言人
    付凌晖：…), as a list of none or one: the layout of the text, never what a value measures. A label that names a
    thing (金额：, 周期：, 江苏：: one word jieba reads as no name) or a measure (高收入：) is none."""
    match = cues().pattern("speaker_label").match(text)
    if not match:
        return []
    # (a full label's body and title are no name: the name after them is what is checked)
    if not _names_speaker(match.group("name") if match.group("title") else match.group("label")):
        return []
    return [match.span()]


def _names_speaker(label: str) -> bool:
    """Whether a label names a speaker: a role, or a name that is not one word of another class nor a measure."""
    rules = cues()
    if label.endswith(tuple(rules.words("speaker_roles"))):
        return True
    words = pos_tagger().lcut(label)
    if len(words) == 1 and words[0].flag not in rules.words("person_tags"):
        return False
    return not (rules.pattern("metric_head").search(label) or rules.pattern("change_words").search(label))


@dataclass(frozen=True)
class Turn:
    """How a transcript's turn opens: the span of its label or its lead-in (何亚东说，), which is layout and no cue of
    the sentence; the speaker's name ("" for a role: 记者, 主持人), which tells whether two turns are one speaker's;
    whether the speaker is one who asks (a reporter, a host); whether it is a label (a lead-in in a news story's
    paragraphs, 王毅说，, opens no transcript turn)."""

    span: tuple[int, int]
    name: str
    asks: bool
    labelled: bool = True
    answers: bool = False  # the role that answers a 答记者问 (答：): the body its title names speaks (round 23)
    venue: tuple[int, int] = (0, 0)  # a lead-in's briefing (在国新办新闻发布会上，): its host is no speaker's body (36)


def speaker_turn(text: str) -> Turn | None:
    """The opening of a transcript's turn: a speaker label (`speaker_label`) or a lead-in in the third person
    (`speaker_lead`: 何亚东说，其中…), or a quote the sentence is that closes with its speaker (`speaker_trail`:
    “…。”李刚说。, no span to blank: the name stands after the values), None if the sentence has none of them."""
    rules = cues()
    spans = speaker_label(text)
    if spans:
        match = rules.pattern("speaker_label").match(text)
        assert match is not None
        asks = match.group("label").endswith(tuple(rules.words("questioner_roles")))
        answers = match.group("label") in rules.words("answerer_roles")
        return Turn(spans[0], match.group("name") or "", asks, answers=answers)
    lead = rules.pattern("speaker_lead").match(text)
    if lead and _names_speaker(lead.group("name")):
        return Turn(lead.span(), lead.group("name"), False, labelled=False, venue=lead.span("venue"))
    trail = rules.pattern("speaker_trail").match(text)  # “…。”李刚说。: the speaker after the quote (round 37)
    if trail and _names_speaker(trail.group("name")):
        return Turn((0, 0), trail.group("name"), False, labelled=False)
    return None


def clock_times(text: str, numbers: list[dict], offset: int) -> list[tuple[int, int]]:
    """Times of day in a sentence (16:30收盘), where no number was read (a ratio 1:10 is two numbers)."""
    return [match.span() for match in cues().pattern("clock_time").finditer(text)
            if not any(match.start() <= n["start"] - offset < match.end() for n in numbers)]


def date_slashes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The slashes between the dates of a broker's list of years (2021/2022/2023年毛利率): no part of a metric."""
    slash = cues().pattern("date_slash")
    ordered = sorted(spans)
    return [(a_end, b_start) for (_, a_end), (b_start, _) in itertools.pairwise(ordered)
            if slash.match(text[a_end:b_start])]


def date_leads(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """截至 right before a date (网易截至2023年12月31日止年度净收入): the date's period word, no part of a metric; so is
    a bare 至 before the day a week ends (美国至3月2日当周…: round 23). So is the period word right after a date
    (是十二五时期的, 比十三五期间: round 48), as a quoted date's is (“”时期, `metric_date_residue`)."""
    rules = cues()
    lead, week_lead, week_after = (rules.pattern("date_lead"), rules.pattern("week_end_lead"),
                                   rules.pattern("week_end_after"))
    period = rules.pattern("date_period_after")
    found = []
    for start, end in spans:
        match = lead.search(text, max(0, start - 6), start) or (
            week_after.match(text, end) and week_lead.search(text, max(0, start - 2), start))
        if match:
            found.append((match.start(), match.end()))
        if tail := period.match(text, end):  # 十二五时期: the date's frame word (round 48)
            found.append((tail.start(), tail.end()))
    return found


def restated_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(round 44) An appositive 即/亦即/也就是 between two dates and the date after it (上年同期即2023年5月末为…;
    比上年同期即2023年5月末增加…): the second date restates the first, so the word and the restating date are no
    part of a metric (the first date stays what it was: a base when a change follows, cut out otherwise). So are
    brackets around a restating date (比上年同期（2023年5月末）增加…), with the date. So is a narrower period
    glossing the first (比2021年（1-11月）增长: the base stays named, 比2021年增长), unlike `_restatements`, which
    dates a value by the same period only (round 44 mend: one test of the two, `restatement_end`)."""
    dated: list[Placed] = [(start, end, "") for start, end in sorted(spans)]  # (no value is read: same_period off)
    return [(first[1], stop) for first, second in itertools.pairwise(dated)
            if (stop := restatement_end(text, first, second, same_period=False)) is not None]


def day_parts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The part of the day right after a day's date (海关总署8月8日上午公布今年前七个月…; 财政部18日下午发布…): when the
    body spoke or the news broke, no part of a metric, as the date is not (round 29). ``spans``: the sentence's dates,
    those of the data and those of the announcement."""
    day_part = cues().pattern("day_part_after")
    return [part.span("part") for start, end in spans if end > start and (part := day_part.match(text, end - 1))]


def source_notes(doc: Doc, orgs: list[dict]) -> dict[str, str]:
    """Figure/table label → organisation named in the source note under its caption. Captions in a row with one note
    under the last (图3…⏎图4…⏎数据来源：…, as PDF text sets figures side by side) share that note (round 46)."""
    rules = cues()
    notes: dict[str, str] = {}
    labels: list[str] = []
    after_caption = False
    full = doc._.text
    for block in doc._.blocks or []:
        text = full[block.start:block.end]
        glued = trailing_caption(text) if block.kind == "paragraph" else None
        if glued:  # (…情况图5我国工业企业资产负债率情况 ⏎ 数据来源：…: the glued caption's note, round 46)
            labels, after_caption = [glued], True
            continue
        if block.kind == "caption":
            match = rules.pattern("caption_label").match(text)
            labels = [*(labels if after_caption else []), *([re.sub(r"\s+", "", match.group(1))] if match else [])]
            after_caption = True
            continue
        after_caption = False
        if block.kind == "source_note" and labels:
            inside = [o for o in orgs if block.start <= o["start"] < block.end]
            for label in labels if inside else []:
                notes.setdefault(label, inside[0]["canonical"])
        elif block.kind not in {"table"}:
            labels = []
    return notes


def trailing_caption(paragraph: str) -> str | None:
    """The label of a figure's caption glued to the end of a paragraph, as PDF text leaves it (…资产负债率图5我国
    工业企业资产负债率情况): the source note right under the paragraph is that figure's (round 46)."""
    rules = cues()
    tail = rules.pattern("trailing_caption").search(paragraph, max(0, len(paragraph) - 80))
    label = rules.pattern("caption_label").match(paragraph, tail.start()) if tail else None
    return re.sub(r"\s+", "", label.group(1)) if label else None


def paragraph_notes(doc: Doc, orgs: list[dict]) -> dict[int, str]:
    """Paragraph block index → the organisation a data note on a line of its own names (数据来源：海关总署), for a note
    under no caption or table: it closes the paragraph right before it, or, standing first after a title or heading,
    opens the one right after it. A figure's note and a bare 来源 (the article's outlet) attribute nothing here."""
    rules = cues()
    found: dict[int, str] = {}
    full = doc._.text
    blocks = doc._.blocks or []
    starts = [o["start"] for o in orgs]
    for at, block in enumerate(blocks):
        if block.kind != "source_note" or not rules.pattern("data_note").match(full[block.start:block.end]):
            continue
        first = bisect.bisect_left(starts, block.start)
        if first == len(orgs) or orgs[first]["start"] >= block.end:
            continue
        before = blocks[at - 1].kind if at else None
        after = blocks[at + 1].kind if at + 1 < len(blocks) else None
        if before == "paragraph" and trailing_caption(full[blocks[at - 1].start:blocks[at - 1].end]):
            continue  # (the note of a caption glued to the paragraph's end: `source_notes`, round 46)
        if before == "paragraph":
            found.setdefault(at - 1, orgs[first]["canonical"])
        elif before not in {"caption", "table", "source_note"} and after == "paragraph":
            found.setdefault(at + 1, orgs[first]["canonical"])
    return found


def _footnote_label(match: re.Match[str]) -> str:
    return match.group("label") or match.group("circled")


def footnote_sources(doc: Doc, orgs: list[dict]) -> dict[str, str]:
    """Footnote marker → the organisation its data note names ([1] 数据来源：杭州市统计局; ③数据来源：网经社): the note
    attributes the sentence whose figures carry its marker, wherever the note stands (round 18)."""
    rules = cues()
    found: dict[str, str] = {}
    full = doc._.text
    starts = [o["start"] for o in orgs]
    for block in doc._.blocks or []:
        note = rules.pattern("footnote_data_note").match(full[block.start:block.end])
        if not note:
            continue
        first = bisect.bisect_left(starts, block.start + note.end())
        if first < len(orgs) and orgs[first]["start"] < block.end:
            found.setdefault(_footnote_label(note), orgs[first]["canonical"])
    return found


def footnoted_source(sentence: str, notes: dict[str, str]) -> str | None:
    """The organisation of the first data note whose marker the sentence carries (…同比增长6.1%[1]。), if any."""
    if not notes:
        return None
    return next((notes[label] for m in cues().pattern("footnote_marker").finditer(sentence)
                 if (label := _footnote_label(m)) in notes), None)


def co_publishers(sentence_start: int, sentence: str, orgs: list[dict],
                  attributed: tuple[str, tuple[int, int], tuple[int, int], int]) -> list[tuple[int, int]]:
    """(round 40) The mentions of the bodies listed after the source with it right before its cue
    (中国物流与采购联合会、国家统计局服务业调查中心发布的…指数; 国家统计局和海关总署公布的…): joint
    publishers, no part of the metric, as the source itself is not. Each is joined to the one before by
    a noun joiner alone (`noun_joiners`), the last one right before the cue or before what may stand between a
    source and its cue (`attribution_speaker`: 中国汽车工业协会、中国汽车工程学会日前发布的…, round 40 mend); a body
    named after the source but not next to the cue (据麦肯锡对腾讯的调查) is what it is about."""
    rules = cues()
    joiners = rules.words("noun_joiners")
    end, cue = attributed[2][1], attributed[3]
    spans: list[tuple[int, int]] = []
    for org in sorted(orgs, key=lambda o: o["start"]):
        start, stop = org["start"] - sentence_start, org["end"] - sentence_start
        if start < end or stop > cue:
            continue
        if sentence[end:start].strip() not in joiners:
            return []
        spans.append((start, stop))
        end = stop
    return spans if spans and rules.pattern("attribution_speaker").fullmatch(sentence, end, cue) else []
