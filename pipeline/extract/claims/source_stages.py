"""The stages that read a sentence's source, in the order `extract_claims` runs them: a source note opening it,
a follow-up question skipped, who speaks (a label, a lead-in's body), whom its cue attributes it to and what the
attribution's verb tells (a release, a relay, a briefing), and the source it takes where its cue named none."""

from __future__ import annotations

import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_source import (
    approving_bodies,
    attribution,
    briefing_release,
    disclosing_company,
    hosts_briefings,
    listed_end,
    listed_run,
    named_forecaster,
    official_speaks,
    scope_bodies,
    speaker_turn,
    starts_new_data,
    trade_partners,
)
from pipeline.extract.claim_time import is_day
from pipeline.extract.claims.brackets import citation_commas_blank
from pipeline.extract.claims.reading import Attributed, Carry, DocumentView, SentenceReading
from pipeline.extract.claims.reporting import (
    bare_title_speaker,
    briefed_or_spoken,
    company_announcer,
    leading_source_note,
    learn_speakers,
    names_introduced,
    other_study,
    published_on,
    published_title,
    speaker_body,
)
from pipeline.extract.claims.sentences import WORD


def take_leading_note(carry: Carry, r: SentenceReading) -> bool:
    """Whether the sentence has words left once a source note opening it is read out: …40万家。（数据来源：科技部）
    is the note of the sentence before, which it attributes, and no cue of this one."""
    note = leading_source_note(r.cue_text)
    if note:
        noted = attribution(r.sentence.start, r.cue_text[:note], r.its_orgs)
        for claim in carry.sentence_claims:
            claim["source"] = claim["source"] or (noted[0] if noted else None)
        r.cue_text = " " * note + r.cue_text[note:]
        if not WORD.search(r.cue_text):
            return False
    return True


def asks_follow_up(carry: Carry, r: SentenceReading) -> bool:
    """Whether the sentence is a follow-up question with no data (记者：那么服务出口呢？), skipped: the answer it
    interrupts goes on after it. Reads the turn the sentence opens with on the way."""
    r.turn = speaker_turn(r.cue_text)
    r.label_end = r.turn.span[1] if r.turn else 0
    return bool(r.turn is not None and r.turn.asks and carry.passage.speaker and not r.in_sentence
                and not r.its_dates and cues().pattern("follow_up_question").match(r.cue_text[r.label_end:]))


def read_speaker(carry: Carry, r: SentenceReading) -> None:
    """The speaker's body, and the label read out of the cue text and the organisations: a label (国家统计局新闻发言人
    付凌晖：, on a line of its own or not) opens a turn of the paragraphs under it, up to the next label (round 23);
    a lead-in's orgs are the briefing's host it was told at (在国新办新闻发布会上，刘爱华表示，…), no body of the
    speaker's, whose name is remembered from the sentence that named the body (round 36)."""
    turn, start = r.turn, r.sentence.start
    learn_speakers(r.text, start, r.its_orgs, carry.speakers)
    venue = turn.venue if turn is not None and not turn.labelled else (0, 0)
    r.body = speaker_body(turn, [o for o in r.its_orgs if o["start"] - start < r.label_end
                                 and not venue[0] <= o["start"] - start < venue[1]], carry.speakers)
    if turn is not None and turn.labelled:
        carry.standing = r.body
    elif turn is None:
        r.body = carry.standing
    r.its_orgs = [o for o in r.its_orgs if o["start"] - start >= r.label_end]  # a label's body or outlet is
    r.cue_text = " " * r.label_end + r.cue_text[r.label_end:]  # no cue: the turn's own opening is read after it


def read_attribution(carry: Carry, r: SentenceReading) -> None:
    """The body the sentence's cue attributes it to, with the briefing or official the sentences before announced
    (人力资源社会保障部今天举行…新闻发布会。新闻发言人卢爱红介绍，…: the speaker named by a bare title right after a
    body's own briefing lede speaks for that body, round 36) and the company just announcing (X晚间发布公告称，…。
    该公司表示，…, round 33). A citation's year (国际劳工组织（ILO，2020）的测算表明) is one name with its cue."""
    rules = cues()
    start = r.sentence.start
    cited = list(rules.pattern("citation_year").finditer(r.cue_text))
    r.citations = [m.span("year") for m in cited]
    r.cue_text = citation_commas_blank(r.cue_text, cited)
    r.attributed = attribution(start, r.cue_text, r.its_orgs)
    r.listed_run = listed_run(start, r.cue_text, r.its_orgs, r.attributed) if r.attributed else []
    source = r.attributed[0] if r.attributed else None
    named_official_body = r.body if r.turn is not None and not r.turn.labelled else None  # 刘志清介绍，…: the body of
    # the official the sentence opens by name
    r.quoted = carry.spoken  # (the official the sentence before quoted)
    source, carry.briefed, carry.spoken = briefed_or_spoken(
        r.cue_text, start, r.its_orgs, r.attributed, source, carry.briefed, carry.spoken, named_official_body,
        carry.spoken_block == r.block)
    r.bare_titled = (source is None and carry.briefed_release is not None
                     and bare_title_speaker(r.cue_text, start, r.its_orgs))
    if r.bare_titled:
        source = carry.spoken = carry.briefed_release
    carry.briefed_release = carry.briefed if carry.briefed is not None and any(
        o["canonical"] == carry.briefed and o["type"] in rules.words("relayed_release_types")
        for o in r.its_orgs) else None
    carry.spoken_block = r.block  # (the official's word goes on in the next sentence of the paragraph only)
    if source is None and carry.announcer is not None and rules.pattern("company_pronoun_speaker").match(r.cue_text):
        source = carry.announcer
    r.source = source


def read_release_verbs(carry: Carry, r: SentenceReading) -> None:
    """What the attribution's verb tells: the dates it was announced on, which date no data (据海关总署2022年1月14日
    发布的数据), but a forecast's date does unless it stands right before the cue (华为公司2022年销售收入预计 /
    国际货币基金组织10月11日预测); whether it releases the data (X公布数据显示, round 23), relays a public body's
    release (记者从国家能源局获悉，…, round 29) or speaks at its briefing (国新办举行新闻发布会，国家统计局新闻发言人
    付凌晖介绍，…, round 30; announced by the sentence right before, round 32): the paragraphs after it go on with
    the same data. A company's own news (记者从浙江省海港集团获悉，…) releases nothing its peers go on with."""
    rules = cues()
    text, cue_text, start, attributed = r.text, r.cue_text, r.sentence.start, r.attributed
    r.announced = []
    if attributed:
        begin, end = attributed[1]
        cue = attributed[3]
        forecast = rules.pattern("attributed_forecast").search(cue_text[cue:end])  # (預測 is 预测)
        kept = [d for d in r.its_dates if not begin <= d["start"] - start < end
                or (forecast and text[d["end"] - start:cue].strip())
                or rules.pattern("report_period_after").match(text, d["end"] - start)
                or d.get("report_released")]
        r.announced = [(d["start"] - start, d["end"] - start) for d in r.its_dates if d not in kept]
        _forget_release_day(carry, [d for d in r.its_dates if d not in kept], text, start)
        r.its_dates = kept
    r.release_opened = False
    releasing = None if attributed is None else (
        rules.pattern("publishing_verb").match(cue_text, attributed[3])
        or rules.pattern("publishing_verb").search(cue_text, attributed[2][1], attributed[3]))
    r.at_briefing = r.bare_titled or (attributed is not None and carry.briefing_block == r.block
                                      and official_speaks(cue_text, attributed))
    r.relayed = r.bare_titled or (attributed is not None and (
        bool((relay := rules.pattern("relayed_release").match(
            cue_text, listed_end(r.sentence.start, attributed, r.listed_run))) and not (
            (relay.group("hosted") or relay.group("flash")) and hosts_briefings(attributed[0])))
        or bool(rules.pattern("briefing_lead").search(cue_text, 0, attributed[3])) or r.at_briefing
        or (_release_frame(cue_text, attributed) and carry.passage.release_source in (None, attributed[0]))) \
        and any(o["canonical"] == attributed[0] and o["type"] in rules.words("relayed_release_types")
                for o in r.its_orgs))
    carry.briefing_block = r.block if (attributed is None and not r.in_sentence
                                       and rules.pattern("briefing_lead").search(cue_text)) else None
    if attributed is not None and releasing is not None:
        # (X公布数据显示 / X发布的数据显示: the verb before the cue releases the data as well, round 23; a date
        # after the verb is the period released: 美团发布的2023年第三季度财报显示)
        kept = [d for d in r.its_dates if d.get("report_released")
                or not published_on(text, d["start"] - start, d["end"] - start,
                                     attributed[1], releasing.start())]
        r.release_opened = any(rules.pattern("passage_opener").fullmatch(text, 0, d["start"] - start)
                               for d in r.its_dates if d not in kept)
        r.its_dates = kept
        # 2020年1月17日，国家统计局发布，截至2019年末…: the day of the release dates no data, here or after
    r.releasing = releasing


def _release_frame(cue_text: str, attributed: Attributed) -> bool:
    """(Round 48) The attribution frames the data as the body's own count, monitoring or computation (据商务部监测，…;
    据国家统计局统计，…): a release of the body, relayed as 记者从商务部了解到，… is, so its data go on in the
    paragraphs after it. Only 据/根据 right before the body and the verb right after it: not 据统计， (no one), 另据X
    统计， (an aside), nor a verb far after the body (据商务部对…的分析); the caller refuses a frame inside another
    body's running release, which it only ends (round 27)."""
    rules = cues()
    return bool(rules.pattern("release_frame_lead").search(cue_text, max(0, attributed[2][0] - 3), attributed[2][0])
                and rules.pattern("release_frame").match(cue_text, attributed[2][1]))


def _forget_release_day(carry: Carry, announced: list[dict], text: str, start: int) -> None:
    """(Round 48) A release's attribution that points back with a day word (`release_day_back_words`) to the day the
    passage opened with (3月12日是我国第45个植树节。全国绿化委员会办公室当日发布《…公报》显示，目前，…；草地面积…):
    that day is when the data came out, no time of theirs (guidelines: a publication date is not the data's time), so
    the passage's carried day no longer dates the undated values after it. A day the attribution names itself is
    dropped as before (round 20); only the word pointing back clears the day carried from the sentence before."""
    words = set(cues().words("release_day_back_words"))
    days = {d.get("value") for d in announced
            if text[d["start"] - start:d["end"] - start] in words and is_day(d.get("value") or "")}
    passage = carry.passage
    if passage.opening in days:
        passage.opening = None
    if passage.last in days:
        passage.last = None


def resolve_source(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """The sentence's source where its cue named none: the report just published (白皮书显示 / 。数据显示; a
    periodic report cited back right after its release only, round 32 mend), the report a short title names (《公报》
    显示, round 31), the list just published going on (其中…), a figure's note, the speaker's body; or the passage's
    source, when the sentence goes on with the same data (no other body's data, no new news item, round 33) and
    does not cite someone it does not name (该公司公告称). Also who the sentence released or introduced."""
    rules = cues()
    passage, cue_text, start, published = carry.passage, r.cue_text, r.sentence.start, r.published
    source = r.source
    passage.publisher = published[0] if published else passage.publisher
    periodic = rules.pattern("periodic_report_cue")
    r.report_cues = [m.span() for m in rules.pattern("report_cue").finditer(cue_text)
                     if published or carry.released_before == passage.publisher
                     or not periodic.match(cue_text, m.start())]
    if source is None and passage.publisher and any(not published or a >= published[1][1]
                                                    for a, _ in r.report_cues):
        source = passage.publisher
    if source is None and carry.introduced and names_introduced(cue_text, carry.introduced[1]):
        source = carry.introduced[0]
    carry.introduced = ((published[0], published_title(cue_text, published)) if published and published[0]
                        else None if other_study(cue_text, start, r.its_orgs, carry.introduced)
                        else carry.introduced)
    if (source is None and passage.publisher and carry.released_before in (None, passage.publisher)
            and rules.pattern("continuation").search(cue_text)):
        source = passage.publisher  # (not past a sentence citing another body: 据商务部监测，…。其中，…, round 33)
    reference = rules.pattern("figure_reference").search(cue_text)
    figure = re.sub(r"\s+", "", reference.group("label")) if reference else None
    if source is None and figure:
        source = view.notes.get(figure)
    r.names_source = any(o["canonical"] == passage.source for o in r.its_orgs)  # 海关总署新闻发言人介绍
    partners = trade_partners(start, cue_text, r.its_orgs)  # (我国对东盟进出口…: no other body's data)
    partners |= approving_bodies(start, cue_text, r.its_orgs)  # (全国人大批准的限额: round 36)
    partners |= scope_bodies(start, cue_text, r.its_orgs)  # (（不包括邮政储蓄银行…）: round 42)
    same_data = r.continues or all(o["canonical"] == passage.source or o["canonical"] in partners
                                   for o in r.its_orgs)  # (a new paragraph's passage carries no source yet)
    r.speaks_for_forecasts = source is not None or r.continues  # the sentence's own cue, or a continuation
    r.cited_name = source is None and named_forecaster(cue_text)  # 根据Tractica的数据，…预计: a firm in no lexicon
    source = source or r.body  # (the speaker's body is the source, not the forecaster of 我们预计: round 17)
    same_data = same_data and (source is not None or passage.source is None or r.member
                               or not starts_new_data(start, cue_text, r.its_orgs, passage.source,
                                                      passage.source is not None and passage.source == carry.announcer))
    same_data = same_data and (carry.released_before == passage.source or not periodic.match(cue_text))
    carry.released_before = published[0] if published else source
    r.news_item = bool(rules.pattern("news_item").match(cue_text))
    same_data = same_data and not (r.news_item and passage.item_source)  # 1、X：…。2、…: another news item
    same_data = same_data and not (figure and carry.figure and figure != carry.figure and (
        carry.figure in view.notes or figure in view.notes))  # (如图5所示 after （图2）: another figure's data, round
    # 46; mend: only where a note gave a figure its source: 据X数据，…（图1）。其中，…（图2）。 goes on with X)
    if source is None and same_data and (r.names_source
                                         or not rules.pattern("unnamed_attribution").search(cue_text)) and not (
            _regional_body_before_national(passage.source, cue_text)):
        source = passage.source
    opener = (disclosing_company(start, cue_text, r.its_orgs)
              if carry.disclosures and r.attributed is None and r.source is None else None)
    source = opener or source  # (round 46: 根据各上市公司披露的…数据显示，…。⏎春秋航空2月客运量… → 春秋航空)
    if carry.disclosures and opener is None and r.source is None and not r.continues and source == passage.source:
        source = None  # (…。五粮液2023年…: a company no lexicon reads opens its own data, not the one before's)
    carry.disclosures = bool(rules.pattern("own_disclosure_frame").match(cue_text)) or (
        carry.disclosures and r.sentence.block != "heading" and r.attributed is None
        and (opener is not None or (source is not None and source == passage.source)))
    if r.first_of_block and r.unvalued and r.attributed is None:  # (round 45: the lede of a body's own briefing)
        briefer = briefing_release(start, cue_text, r.its_orgs)
        r.briefing_lede = briefer is not None and source in (None, briefer)
        source = briefer if r.briefing_lede else source
    carry.figure = figure or (carry.figure if source is not None and source == passage.source else None)
    carry.announcer = company_announcer(r.attributed, r.its_orgs, cue_text, start) or (
        carry.announcer if source == carry.announcer else None)
    r.source = source


def _regional_body_before_national(source: str | None, cue_text: str) -> bool:
    """(round 49) A region's own body (据江苏省统计局数据，…: `regional_body`) carried to a sentence that
    speaks of the whole nation (全国, 我国: `national_scopes`) and names neither that region nor its own
    whole (全省: `regional_scopes`): its data are of the region, so the national figures after it are not
    its (2023年全国…。据江苏省统计局数据，江苏…。全国人均GDP… → null)."""
    if not source:
        return False
    rules = cues()
    region = rules.pattern("regional_body").match(source)
    return bool(region and region["place"] not in cue_text and _national_subject(cue_text)
                and not any(scope in cue_text for scope in rules.words("regional_scopes")))


def _national_subject(cue_text: str) -> bool:
    """(round 49 mend) Whether a sentence speaks of the whole nation (`national_scopes`) other than as the base a
    figure is compared with or a share of (高于全国平均水平, 占全国的: `national_scope_bases` right before it): a
    region's sentence that only measures itself against the nation is still the region's."""
    rules = cues()
    bases = tuple(rules.words("national_scope_bases"))
    return any(not cue_text.endswith(bases, 0, m.start())
               for scope in rules.words("national_scopes") for m in re.finditer(re.escape(scope), cue_text))
