"""The top-level claim extraction: a document's passages read in order, carrying time, source and subject; the
driver `extract_claims` lists the stages each sentence goes through, in order, from the modules of their concern:
`source_stages` (its source), `passage_stages` (its passage and place), `time_stages` (its claims and their times)
and `release_stages` (the release's data going on)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.extract.claim_cues import cues
from pipeline.extract.claims.passage import Passage, passages
from pipeline.extract.claims.passage_stages import (
    frame_opening,
    lend_passage_context,
    open_passage,
    place_dates,
    read_opening,
    read_paragraph_place,
    track_headings,
)
from pipeline.extract.claims.reading import Carry, read_sentence, view_document
from pipeline.extract.claims.release_stages import track_release
from pipeline.extract.claims.source_stages import (
    asks_follow_up,
    read_attribution,
    read_release_verbs,
    read_speaker,
    resolve_source,
    take_leading_note,
)
from pipeline.extract.claims.time_stages import carry_clause_state, carry_passage_time, read_claims, settle_times
from pipeline.segment import Sentence


@dataclass(frozen=True)
class Claim:
    """One claim: a value of a factual sentence with what it measures, when, and per whom.

    ``number_start``/``number_end`` locate the claimed number in the document text (the
    claim's span); ``sent_id`` is the sentence it was read from."""

    metric: str
    value: Decimal
    unit: str
    time: str | None
    source: str | None
    sent_id: int
    number_start: int
    number_end: int


def extract_claims(doc: Doc, rows: dict[str, list[dict]]) -> list[dict]:
    """One row per (metric, value) claim of a factual sentence: the document's passages read in order, each
    sentence through the stages (`source_stages`, `passage_stages`, `time_stages`, `release_stages`), which carry
    time, source and subject from one sentence to the next."""
    view = view_document(doc, rows)
    carry = Carry(passage=Passage())
    for sentence in passages(view.sentences, view.full):
        reading = read_sentence(view, sentence)
        if not take_leading_note(carry, reading) or asks_follow_up(carry, reading):
            continue  # (a source note alone; a follow-up question the answer goes on after)
        read_speaker(carry, reading)
        read_attribution(carry, reading)
        read_release_verbs(carry, reading)
        place_dates(reading)
        read_paragraph_place(view, carry, reading)
        open_passage(view, carry, reading)
        read_opening(view, reading)
        track_headings(view, carry, reading)
        frame_opening(carry, reading)
        resolve_source(view, carry, reading)
        lend_passage_context(carry, reading)
        read_claims(view, carry, reading)
        settle_times(view, carry, reading)
        carry_passage_time(view, carry, reading)
        track_release(view, carry, reading)
        carry_clause_state(carry, reading)
    return _without_restated_headings(carry.claims, view.sentences, doc._.text)


def _without_restated_headings(claims: list[dict], sentences: list[Sentence], text: str) -> list[dict]:
    """The claims less a heading's claim that the body under it restates, the same metric with the same value and
    unit before the next heading (五、国家外汇储备余额3.13万亿美元 ⏎ 12月末，国家外汇储备余额3.13万亿美元。): one fact,
    stated once as the body's claim, which has the time and source (round 42). A heading is a heading block or a line
    of its own that opens with a section number and holds no sentence (`section_heading`)."""
    heading = cues().pattern("section_heading")
    def own_line(start: int, end: int) -> bool:
        line_end = text.find("\n", end)
        return (not text[text.rfind("\n", 0, start) + 1:start].strip()
                and not text[end:len(text) if line_end < 0 else line_end].strip())

    headings = sorted(s.sent_id for s in sentences if s.block == "heading" or (
        heading.match(text[s.start:s.end]) and own_line(s.start, s.end)))
    if not headings or not claims:
        return claims
    heading_ids = set(headings)

    def key(claim: dict) -> tuple:
        return bisect.bisect_right(headings, claim["sent_id"]), claim["metric"], claim["value"], claim["unit"]

    body = {key(c) for c in claims if c.get("sent_id") is not None and c["sent_id"] not in heading_ids}
    return [c for c in claims if c.get("sent_id") not in heading_ids or key(c) not in body]
