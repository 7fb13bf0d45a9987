"""The stage that tracks a release's data across sentences (`track_release`): whether the data a body released go
on after the sentence, and the periods it stated; with the tests of a sentence that keeps a release going though it
gives no value of its own (a summary citing it back, a lead into a section's data, a dated headline)."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_source import briefing_release
from pipeline.extract.claim_time import is_day
from pipeline.extract.claims.passage import Passage, block_end, numbered_depth
from pipeline.extract.claims.passage_stages import stated_periods
from pipeline.extract.claims.reading import Carry, DocumentView, SentenceReading
from pipeline.extract.claims.reporting import goes_on_release, opens_on_data_cue
from pipeline.extract.claims.sentences import WORD


def track_release(view: DocumentView, carry: Carry, r: SentenceReading) -> None:
    """Whether a release's data go on after the sentence, and the periods it stated: a numbered heading below where
    the release was named opens one of its own sections (round 30), another heading ends it; a paragraph of its own
    that only announces a release, or a body's own briefing with no value (round 35), releases its data; a paragraph
    that opens with a body's release and gives its data goes on with it (round 27); another body's data, or a
    sentence after the release's data that gives none and goes on with none (not a headline of its own, round 35),
    end it. The official quoted before still speaks through the data the sentence went on with (round 36)."""
    rules = cues()
    passage, sentence, text, cue_text, block = carry.passage, r.sentence, r.text, r.cue_text, r.block
    published, source, first_of_block = r.published, r.source, r.first_of_block
    if r.numbered and carry.headings[-1][0] > passage.release_depth:
        pass  # (round 30: 中电联发布…运行简况。⏎（一）电力消费 / 一、铁路 ⏎二、公路: the data under it go on)
    elif r.numbered or (first_of_block and not r.in_sentence and sentence.block == "heading"):
        passage.release_source = None  # (a heading ends a release's data)
    elif first_of_block and sentence.end >= block_end(view.doc, block) and (
            (announces := bool(published) and not r.in_sentence and not WORD.search(cue_text[published[1][1]:]))
            or (r.unvalued and (briefer := briefing_release(sentence.start, cue_text, r.its_orgs)) is not None)):
        passage.release_source = published[0] if announces else briefer
        passage.release_times, passage.release_depth = None, numbered_depth(carry.headings)
        passage.release_period = r.released if announces else None
        if passage.release_period or (not announces and any(not is_day(v) for v in stated_periods(text, r.outside))):
            # (round 29) …发布7月份…统计数据。: its title's period dates the data after it; (round 35 mend) a
            # briefing lede that names the period it covers states the release's times as a lead does; a day, no
            passage.release_times, passage.release_data, passage.release_block = frozenset(), frozenset(), block
            passage.release_first = None
    elif r.briefing_lede:  # (round 45) 商务部2日举行例行新闻发布会。会上，…。今年1-7月，…: the body's data go on
        passage.release_source, passage.release_times, passage.release_period = source, None, None
        passage.release_depth = numbered_depth(carry.headings)
    elif ((first_of_block or (r.relayed and r.at_briefing)) and (published or r.releasing or r.relayed)
          and (published[0] if published else source)):
        passage.release_source = published[0] if published else source
        passage.release_times, passage.release_data, passage.release_block = frozenset(), frozenset(), block
        passage.release_first = None
        passage.release_period, passage.release_depth = r.released, numbered_depth(carry.headings)
    elif (first_of_block and source is not None and not _within_body(source, passage.release_source)
          and opens_on_data_cue(cue_text, r.attributed, r.its_orgs)):  # (中上协数据显示，2023年上半年，…: round 50)
        passage.release_source, passage.release_times, passage.release_data = source, frozenset(), frozenset()
        passage.release_block, passage.release_first, passage.release_period = block, None, None
        passage.release_depth, passage.restated_only = numbered_depth(carry.headings), True
    elif not _within_body(source, passage.release_source) or (
            passage.release_times is not None and not carry.sentence_claims and not r.continues
            and not (r.headlined and not rules.pattern("headline_telling").search(cue_text))
            and not _cites_release_back(cue_text, r.report_cues)
            and not _leads_section_data(view, carry, r)
            and not _dated_headline(view, passage, r)
            and not _sums_up(carry, r)):
        passage.release_source = None
    carry.summing_block = block if (passage.release_source is not None and not carry.sentence_claims and (
        _cites_release_back(cue_text, r.report_cues) or _sums_up(carry, r))) else None
    if first_of_block:
        carry.headlined_block = block if r.headlined else None
    if passage.release_source is not None and passage.release_times is not None and block == passage.release_block:
        passage.release_times = passage.release_times | stated_periods(text, r.outside) | set(r.claimed_times)
        if not passage.release_data and r.claimed_times:
            passage.release_first = r.claimed_times[0]
        passage.release_data = passage.release_data | set(r.claimed_times)
    if carry.spoken is None and r.attributed is None and r.quoted is not None and (
            r.continues or carry.sentence_claims) and source == r.quoted:
        carry.spoken = r.quoted


def _cites_release_back(cue_text: str, report_cues: list[tuple[int, int]]) -> bool:
    """The sentence opens by citing the release's data back (。数据显示，今年前两个月，我国软件业运行态势良好，…): with
    no value of its own it sums the release up, no comment on it, so the release goes on after it (round 46), as a
    paragraph's own headline does (round 35). The caller has checked that its source is the release's body."""
    return any(not cue_text[:begin].strip() for begin, _ in report_cues)


def _leads_section_data(view: DocumentView, carry: Carry, r: SentenceReading) -> bool:
    """A sentence with no value between a paragraph's own headline and the data the paragraph goes on with
    (制造业投资较快增长。在…推动下，制造业投资延续了较快的增长态势。1-5月份，…): it leads into the section's data, as
    the headline does (round 35), so the release goes on (round 46). Not the paragraph's last sentence (a comment after
    the data, or a headline paragraph's closing remark), nor one telling someone's view (`headline_telling`)."""
    return (carry.headlined_block == r.block and not r.first_of_block
            and r.sentence.end < block_end(view.doc, r.block)
            and not cues().pattern("headline_telling").search(r.cue_text))


def _sums_up(carry: Carry, r: SentenceReading) -> bool:
    """A sentence with no value going on, in the same paragraph, with the summary a sentence citing the release back
    began (公报显示，这一年，中小学招生人数有所增长…。高等学校在这一年持续扩招，毕业生也在持续增长。): still the
    report's summary, no comment on it (round 46's `_cites_release_back`), so the release goes on (round 47). Not a
    sentence with an attribution of its own or a verb of telling (专家认为，…; 业内人士表示，…)."""
    return (carry.summing_block == r.block and not r.first_of_block and r.attributed is None
            and not cues().pattern("headline_telling").search(r.cue_text)
            and not cues().pattern("unnamed_attribution").search(r.cue_text))


def _dated_headline(view: DocumentView, passage: Passage, r: SentenceReading) -> bool:
    """A paragraph's own headline that names the release's period (一季度就业形势稳中有进，实现良好开局。 after a body's
    briefing on the first quarter, more of the paragraph after it): the release's own point, as round 35's headline
    with no date is, so the release goes on (round 47). Its dates must end inside the periods the release stated
    (`goes_on_release`); a headline telling someone's view, or one closing its paragraph, is no such point."""
    rules = cues()
    stated = stated_periods(r.text, r.outside)
    return (r.first_of_block and not r.in_sentence and bool(stated) and r.sentence.block != "heading"
            and passage.release_times is not None
            and r.sentence.end < block_end(view.doc, r.block)
            and bool(rules.pattern("headline_sentence").match(r.cue_text))
            and not rules.pattern("headline_telling").search(r.cue_text)
            and goes_on_release(stated, passage.release_times))


def _within_body(source: str | None, release: str | None) -> bool:
    """The source is the release's body or one of its units (国家统计局服务业调查中心 after 国家统计局公布): its
    statistician reading the release out goes on with the same data, so the release's undated paragraphs after that
    reading keep its period and source (round 32). Another body, even one whose name opens alike, is not."""
    if source == release:
        return True
    return source is not None and release is not None and source.startswith(release) and (
        cues().pattern("body_unit_end").search(source[len(release):]) is not None)
