"""What a value's metric is read against: the governing value before it and where it stands in its sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from pipeline.nlp.doc import Word


@dataclass(frozen=True)
class Governing:
    """What a value passes on to the next one of its passage: its metric, subject and change."""

    metric: str
    subject: str
    change: str
    core: str = ""  # the subject without the entity it opens with (上海的|轨道交通里程): what a list of entities shares
    recipient: str = ""  # what a count after a preposition counted (向298名|激励对象): no owner of the next value
    unit: str = ""  # the value's unit: a verb-only clause after it in the same unit acts on the same object (round 19)
    counted: str = ""  # the noun a count counted (2.6万间|房屋|倒塌), which a sibling count of an act counts (round 25)
    done: str = ""  # what a run's subject kept doing (连续7年|位居全球第一): no measure a later value of it takes
    frame: str = ""  # the whole a measure frame opening the sentence named (旅游收入中，…): round 44's share of it


@dataclass(frozen=True)
class Context:
    """Where a value stands in its sentence: ``local`` (an earlier value of the same sentence set the
    governing metric), the sentence before the value's clause (where an anaphor's antecedent stands)
    and the clause right before the value's, with its words (the subject a value's clause leaves out)."""

    local: bool = False
    before: str = ""
    previous_clause: str = ""
    previous_words: tuple[Word, ...] = ()
    unit: str = ""  # the value's unit (a vote's count in 票 or in 股 names its own object)
    chained: bool = False  # the sentence runs on from the one before, which ended in ； (round 21)
    previous_bare: bool = False  # no value between the clause before the value's and the value (round 22)
    members: tuple[str, ...] = ()  # the members of the value's 分别 list, its own among them (round 37 mend)


@dataclass
class MetricReading:
    """One value's metric as its stages read it (`assembly._metric`): the clause before the value and the words on
    either side, what governs it, and what each stage sets for the stages after it: the clause without its openers
    (``bare``), then the phrase split into its head and change, and the metric found from them (``found``), which the
    readings of the words after the value may still replace. Mutable: a stage that trims the clause (a recipient or
    a count named before) or narrows the governing value hands that on rather than returning a copy."""

    before: str
    words_before: list[Word]
    words_after: list[Word]
    counted: bool
    member: str | None
    governing: Governing | None
    fallback: str
    level: bool
    context: Context
    bare: str = ""  # the clause before the value, unspaced and without its edge marks
    head: str = ""  # the phrase before its change word (服务进出口总额 of 服务进出口总额同比增长)
    change: str = ""  # the change word and what follows it (同比增长)
    phrase: str = ""  # head + change (a reading of the head may rewrite both)
    turned: bool = False  # a member's change against a base of its own (比一季度分别加快, round 41)
    owner_changes: bool = False  # a change in per cent after a rate's clause is the owner's
    local: bool = False  # the context's local, or a breakdown of the figure of the sentence before (round 21)
    subset: bool = False  # a breakdown's subset (其中，水电…)
    found: Governing | None = None  # the metric the head and the governing value give
    after_text: str = ""  # the words after the value, as written


Reader = Callable[[MetricReading], Governing | None]  # one reading of a value: its metric, or None to pass it on


def read_first(r: MetricReading, readers: tuple[Reader, ...]) -> Governing | None:
    """The metric the first of ``readers`` reads (tried in order: the order is their precedence); None for none."""
    for reader in readers:
        if (found := reader(r)) is not None:
            return found
    return None


def for_non_members(*readers: Reader, plain: bool = False) -> tuple[Reader, ...]:
    """The readers, each reading only a value that is no 分别 member (a member's metric is its own member's, read from
    its phrase) and, with ``plain``, no count either, and passing any other on (None): a table of readers says so once
    for those that share the guard and shows the few that read the others too (round 46 tidy: each reader repeated
    ``not member`` or ``not counted and not member`` in its own condition)."""

    def guard(reader: Reader) -> Reader:
        @wraps(reader)
        def read(r: MetricReading) -> Governing | None:
            return reader(r) if not r.member and not (plain and r.counted) else None

        return read

    return tuple(guard(reader) for reader in readers)
