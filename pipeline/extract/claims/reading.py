"""The records one reading of a document shares between the stages of `extract_claims` (`*_stages`): what the whole
document lends every sentence (`DocumentView`), what one sentence leaves the next (`Carry`) and what the earlier
stages of one sentence found for its later ones (`SentenceReading`). Kept apart from the stages so that each stage
reads as what it decides, not as the set-up of the state it reads."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_source import Turn, footnote_sources, paragraph_notes, source_notes
from pipeline.extract.claim_time import Placed
from pipeline.extract.claims.passage import Passage
from pipeline.extract.claims.reporting import bare_report_period
from pipeline.extract.dates import title_time
from pipeline.nlp.doc import WordIndex
from pipeline.script import simplified
from pipeline.segment import Sentence

Attributed = tuple[str, tuple[int, int], tuple[int, int], int]  # (body, phrase span, mention span, cue start)


@dataclass
class DocumentView:
    """What every sentence of one document reads, set up once: the rows sorted by start (with their starts, for
    bisection), the text views cues are read in, and the notes and title that attribute or date any sentence."""

    doc: Doc
    sentences: list[Sentence]
    numbers: list[dict]
    dates: list[dict]
    orgs: list[dict]
    notes: dict[str, str]  # a figure's or table's label → the body its source note names
    noted_paragraphs: dict[int, str]  # a paragraph block → the body a data note on a line of its own names
    footnotes: dict[str, str]  # a footnote marker → the body its data note names
    titled: str | None  # the period the document's title reports
    now: str | None  # the document's month: what lies after it is ahead
    full: str  # the text with decoration blanked (same length)
    cue_view: str  # `full` in simplified characters, full-width marks and naming asides blanked: where cues are read
    index: WordIndex
    block_starts: list[int]
    number_starts: list[int]
    date_starts: list[int]
    org_starts: list[int]


@dataclass
class Carry:
    """What a sentence leaves the sentences after it: the claims so far, the passage (time, source, subject), the
    open headings, the transcript's speakers, and the briefing, official, release or report the sentences before
    named."""

    passage: Passage
    claims: list[dict] = field(default_factory=list)
    listed: list[tuple[str, str]] = field(default_factory=list)  # a relay's listed bodies by field (round 48)
    sentence_claims: list[dict] = field(default_factory=list)  # the claims of the sentence before
    heading: str | None = None  # the time a numbered section heading states for the paragraphs under it
    headings: list[tuple[int, str | None]] = field(default_factory=list)  # the open headings' levels (一、 1, （一） 2,
    # …) and times
    period: str | None = None  # the reporting period held (`hold_reporting_period`)
    speakers: dict[str, str] = field(default_factory=dict)  # a transcript speaker's name → the body the label names
    standing: str | None = None  # the body of the speaker whose label stood alone on the line above the paragraphs
    enumeration: tuple[str | None, str | None] | None = None  # the source and time of the statement 一是/二是… set out
    points: str | None = None  # the time of a dated lead of points (…主要有以下特点：) the next block may number
    briefed: str | None = None  # the body whose own briefing the sentence before announced (round 32)
    briefed_release: str | None = None  # …when it is a body that releases data (`relayed_release_types`, round 36)
    briefing_block: int | None = None  # the block whose sentence before announced a briefing (round 32)
    spoken: str | None = None  # the body whose official the sentence before quoted (round 32)
    spoken_block: int | None = None  # the block of the sentence before (round 32 mend)
    headlined_block: int | None = None  # the block that opened with a headline sentence of its own (round 46)
    summing_block: int | None = None  # the block whose value-less sentences sum a release up (round 47)
    released_before: str | None = None  # who the sentence before cited or published (round 32 mend)
    announcer: str | None = None  # the company announcing its own data the sentence before went on with (round 33)
    introduced: tuple[str, str] | None = None  # the body that published the report the document last named, its title
    disclosures: bool = False  # a lead-in citing the companies' own disclosures goes on (round 46)
    figure: str | None = None  # the figure or table the passage's data cite (图3), whose note is their source


@dataclass
class SentenceReading:
    """One sentence as the stages read it, in their order: its text views and rows, then its speaker and
    attribution, the dates that date its data, how it stands in its paragraph, its opening time, its source, and its
    claims and the times they took. A stage sets the fields named after what it decides; later stages read them."""

    sentence: Sentence
    text: str  # the sentence in `DocumentView.full`
    cue_text: str  # the sentence in `DocumentView.cue_view`, less what stages find is no cue (a label, a note)
    block: int  # the layout block the sentence starts in
    in_sentence: list[dict]  # its numbers rows
    its_dates: list[dict]  # its dates rows, less those that date no data as stages find them
    written_dates: list[dict]  # its dates rows as written (before the announcement and release days are read out)
    its_orgs: list[dict]  # its organisations rows, less a speaker label's
    turn: Turn | None = None  # the transcript turn or lead-in the sentence opens with
    label_end: int = 0  # where that turn's label or lead-in ends
    body: str | None = None  # the speaker's body
    citations: list[tuple[int, int]] = field(default_factory=list)  # the years of citations, 国际劳工组织（ILO，2020）
    attributed: Attributed | None = None  # the attribution the sentence's cue names
    listed_run: list[dict] = field(default_factory=list)  # the bodies it lists from the one it cites on (`listed_run`)
    source: str | None = None  # the sentence's source, as stages resolve it
    quoted: str | None = None  # the body whose official the sentence before quoted
    bare_titled: bool = False  # a bare title's speaker after a body's own briefing lede (round 36)
    announced: list[tuple[int, int]] = field(default_factory=list)  # the announcement dates of the attribution
    release_opened: bool = False  # the sentence opens with the day of the release its data come from (round 23)
    releasing: re.Match[str] | None = None  # the publishing verb of the attribution (X公布数据显示)
    at_briefing: bool = False  # a public body's official speaks at a briefing (round 30)
    relayed: bool = False  # the sentence relays a public body's release (记者从国家能源局获悉, round 29)
    published: Attributed | None = None  # the body publishing a report by its title (中国信通院发布《…》)
    placed: list[Placed] = field(default_factory=list)  # the dates that date data, offsets in the sentence
    open_targets: bool = False  # a list of targets ran up to the sentence before
    under_lead_in: bool = False  # the sentence stands in the block under a lead-in line (round 18)
    first_of_block: bool = False  # the sentence opens a paragraph (not the same speaker's next turn)
    breakdown: bool = False  # 分行业看，…: the parts of the data the passage opened with (round 21)
    item: re.Match[str] | None = None  # the enumerator a paragraph opens with (一是…/其次，…, round 29)
    continues: bool = False  # the sentence goes on with the passage before
    member: bool = False  # one more member of the data set the sentence before measured
    listed: bool = False  # a list's line that goes on with the items or lead-in before it
    headline: bool = False  # a list item's headline with no value, set apart from its data by a gap (round 26)
    fallback: str | None = None  # the time the sentence's undated values took from the passage (round 46)
    compared_only: bool = False  # its values are all an earlier period's, set beside after 为 (round 46)
    lent: str | None = None  # the time a release's paragraph of data lends the undated paragraph this opens (round 27)
    headlined: bool = False  # the paragraph opens with a headline sentence of its own (round 34), this one
    frame: str | None = None  # the passage's frame before the sentence (what an aside paragraph keeps: round 34)
    document_frame: str | None = None  # the heading's or title's time
    lede: str | None = None  # a news lede's day (三大股指17日涨跌不一)
    outside: list[Placed] = field(default_factory=list)  # `placed` less an aside's dates
    own: list[Placed] = field(default_factory=list)  # the dates of its own (比上年 is a base)
    released: str | None = None  # the period of the data a titled release publishes (发布《5月份…情况》)
    opening: str | None = None  # the time the sentence opens with for the passage
    unvalued: bool = False  # the sentence states no value (`states_no_value`)
    briefing_lede: bool = False  # a paragraph opens on its body's own briefing, no value (商务部举行新闻发布会。)
    numbered: re.Match[str] | None = None  # the section number of a numbered heading the sentence is
    whole: str | None = None  # the passage's opening before the sentence (the period its parts break down)
    report_cues: list[tuple[int, int]] = field(default_factory=list)  # 白皮书显示, 数据显示: a report cited back
    names_source: bool = False  # the sentence names the passage's source (海关总署新闻发言人介绍)
    speaks_for_forecasts: bool = False  # the sentence's own cue, or a continuation, speaks for its forecasts
    cited_name: bool = False  # 根据Tractica的数据，…预计: a firm in no lexicon is cited
    news_item: bool = False  # the sentence opens a numbered news item (1、X：…)
    carried: str = ""  # the forecast of the clauses before ； in its sentence
    in_targets: bool = False  # the sentence is a line of a list of targets
    stated: list[dict] = field(default_factory=list)  # its claims but a compared level's
    aside: set[int] = field(default_factory=set)  # the starts of values that set no running time
    parted: set[int] = field(default_factory=set)  # the starts of values of a sub-period (其中一、二季度)
    single: set[int] = field(default_factory=set)  # the starts of values of a peak day (单日…最高值为8月24日的…)
    claimed_times: list[str] = field(default_factory=list)  # the times its values took that run on
    lead: str | None = None  # the time of its first stated value before the title's period dates the undated ones
    own_dates: list[Placed] = field(default_factory=list)  # `own` less an aside's


def _within(rows: list[dict], starts: list[int], begin: int, end: int) -> list[dict]:
    """Rows (sorted by start) that start in [begin, end): by bisection, not a scan of the document."""
    return rows[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]


_FULL_WIDTH = str.maketrans(",;:", "，；：")


def _full_width_marks(view: str) -> str:
    """``view`` with each half-width comma, semicolon or colon beside Chinese text read as its full-width mark (same
    length, round 29): the cue patterns end a name or a clause at ，；：, and a crawled page's 预计,2024年… would let
    them run on into the next clause."""
    return cues().pattern("half_width_mark").sub(lambda m: m.group().translate(_FULL_WIDTH), view)


def _naming_asides_blank(view: str) -> str:
    """``view`` with the clause marks inside a company's naming aside blanked (same length, round 33): in
    贵州茅台酒股份有限公司（以下简称“贵州茅台”，股票代码：600519）晚间发布公告称，… the aside's comma and colon end no
    name, so the company before it is the source of its announcement, as it is with no aside."""
    spans = [m.span() for m in cues().pattern("naming_aside").finditer(view)]
    if not spans:
        return view
    chars, marks = list(view), cues().words("naming_aside_marks")  # （以下简称“X”，股票代码：…）'s comma and colon
    for begin, end in spans:
        for i in range(begin + 1, end - 1):
            if chars[i] in marks:
                chars[i] = " "
    return "".join(chars)


def _without_decoration(text: str) -> str:
    """The text with bullets, emoji, circled numerals, arrows and Markdown bold blanked (same length): a post's
    decoration is no cue word, so ●其中 and **其中 still continue the sentence before."""
    return blank_out(text, (m.span() for m in cues().pattern("decoration").finditer(text)), " ")


def view_document(doc: Doc, rows: dict[str, list[dict]]) -> DocumentView:
    """The document as every sentence reads it: its rows sorted by start, its notes, its title's period, and the
    views cues are read in (cue words are written in simplified characters, 據…顯示 is 据…显示, and full-width
    marks; X（以下简称“X”，股票代码：600000）发布公告称 is one name and its cue)."""
    sentences: list[Sentence] = doc._.sentences or []
    numbers = sorted(rows.get("numbers", []), key=lambda r: r["start"])
    dates = sorted(rows.get("dates", []), key=lambda r: r["start"])
    orgs = sorted(rows.get("organizations", []), key=lambda r: r["start"])
    notes = source_notes(doc, orgs)
    noted_paragraphs = paragraph_notes(doc, orgs)
    footnotes = footnote_sources(doc, orgs)
    titled = title_time(doc._.text, doc._.document_date)
    now = doc._.document_date.strftime("%Y-%m") if doc._.document_date else None
    full = _without_decoration(doc._.text)
    cue_view = _naming_asides_blank(_full_width_marks(simplified(full)))
    return DocumentView(
        doc=doc, sentences=sentences, numbers=numbers, dates=dates, orgs=orgs, notes=notes,
        noted_paragraphs=noted_paragraphs, footnotes=footnotes, titled=titled, now=now, full=full, cue_view=cue_view,
        index=WordIndex(doc), block_starts=[b.start for b in doc._.blocks or []],
        number_starts=[n["start"] for n in numbers], date_starts=[d["start"] for d in dates],
        org_starts=[o["start"] for o in orgs])


def read_sentence(view: DocumentView, sentence: Sentence) -> SentenceReading:
    """The sentence's text views, block and rows; a day right before a periodic report's release (8月23日晚间披露
    半年报) reads as the report's period."""
    text = view.full[sentence.start:sentence.end]
    in_sentence = _within(view.numbers, view.number_starts, sentence.start, sentence.end)
    its_dates = [bare_report_period(text, sentence.start, d)
                 for d in _within(view.dates, view.date_starts, sentence.start, sentence.end)]
    return SentenceReading(
        sentence=sentence, text=text, cue_text=view.cue_view[sentence.start:sentence.end],
        block=bisect.bisect_right(view.block_starts, sentence.start) - 1, in_sentence=in_sentence,
        its_dates=its_dates, written_dates=its_dates,
        its_orgs=_within(view.orgs, view.org_starts, sentence.start, sentence.end))
