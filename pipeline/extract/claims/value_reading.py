"""The records the stages of `claims_of_sentence` (`sentences`) share: what the whole sentence holds and what its
values so far leave the later ones (`SentenceRun`), and what the stages found for the one value in hand (`ValueAt`).
Kept apart from the stages, as `reading` is for `extract_claims`, so that each stage reads as what it decides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.claim_metric import Context, Governing
from pipeline.extract.claim_time import Placed
from pipeline.extract.claims.passage import Passage
from pipeline.nlp.doc import Word, WordIndex
from pipeline.segment import Sentence


@dataclass
class SentenceRun:
    """One prose sentence as its values are read in turn: what the caller gives (see `claims_of_sentence`), what is
    read once for all its values, and what each value leaves the values after it."""

    text: str
    masked: str
    sentence: Sentence
    in_sentence: list[dict]
    placed: list[Placed]
    source: str | None
    passage: Passage
    index: WordIndex
    fallback: str | None
    bases: list[tuple[int, int]]
    forecast_source: bool
    now: str | None
    carried: str
    unnamed: str | None
    restated: list[tuple[int, int]] | None
    # read once for all the values
    year_times: dict[int, str] = field(default_factory=dict)
    fallback_subject: str = ""
    frames: list[tuple[int, int]] = field(default_factory=list)
    release_titles: list[tuple[int, int]] = field(default_factory=list)
    basis_frame: re.Match[str] | None = None
    horizon: bool = False
    done_from: int = 0
    verb_starts: list[int] = field(default_factory=list)
    factual_text: str = ""
    # what the values so far leave the later ones
    previous_end: int = 0
    previous_kind: str = ""
    tally_set: str | None = None  # the set a tally of members by their way counts (round 39: _tally_way)
    found: list[dict] = field(default_factory=list)
    # (end in the sentence, subject, own head) of the values claimed so far; after ；, those of the clauses before it
    # come first, ending before the sentence (A54188元；B23119元，分别增长4.6%和6.6%: A and B, round 30)
    subjects: list[tuple[int, str, str]] = field(default_factory=list)
    in_sentence_governing: list[Governing] = field(default_factory=list)  # what each value claimed so far in the
    # sentence passed on
    listed: tuple[int, str, list[Word], Context, Governing | None] | None = None  # a count's end and its reading
    list_last: int = -1  # the last amount of the list of amounts the value is in
    shared: tuple[int, list] | None = None  # the last count of a 、-list of counts, and the predicate after its noun
    aside_close: int = -1  # a breakdown bracket's close…
    aside_saved: Governing | None = None  # …and what governed before it
    targeted: bool = False
    member_memo: dict = field(default_factory=dict)  # (round 39 mend: a long list's glued or bracketed members, each
    # value read once)
    # (round 40) the start and end times of the last from–to pair closed before the value, and where its end stands
    # (-1: in the clause before ；); the start value of an open pair: its end, its time and whether it took them
    sibling: tuple[str | None, str | None, int] | None = None
    pair_open: tuple[int, str | None, bool] | None = None
    paired: set[int] = field(default_factory=set)
    member_reading: str | None = None
    listed_subjects: list[str] = field(default_factory=list)  # (round 43) the subjects of the 分别 list's values read
    # last in this sentence
    clause_subjects: list[str] = field(default_factory=list)  # (round 45) …and of the levels read last, each opening
    # its own clause


@dataclass
class ValueAt:
    """One value of the sentence and what the stages found for it so far: where it stands (offsets within the
    sentence), its time, the words before and after it that name its metric, and the metric they read."""

    run: SentenceRun
    position: int
    number: dict
    offset: int
    end: int
    clause_begin: int
    clause_end: int
    following: str
    begin: int
    before: str
    clause_words: list[Word] = field(default_factory=list)
    time: str | None = None
    previous_begin: int = 0
    kept: str = ""
    level: bool = False
    glued: bool = False
    next_start: int = 0
    counted: bool = False
    member: str | None = None
    series_end: int = 0
    siblings: tuple[str, ...] = ()
    acronym: re.Match[str] | None = None
    after_start: int = 0
    after_end: int = 0
    context: Context = field(default_factory=Context)
    words_before: list[Word] = field(default_factory=list)
    words_after: list[Word] = field(default_factory=list)
    governing_before: Governing | None = None
    listable: bool = False
    follows: bool = False
    repeated: bool = False
    governing: Governing | None = None
    named: str = ""
