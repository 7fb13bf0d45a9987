"""What a value's metric is read against: the governing value before it and where it stands in its sentence."""

from __future__ import annotations

from dataclasses import dataclass

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
