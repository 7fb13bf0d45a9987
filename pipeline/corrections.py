"""Reviewers' corrections (exported by a review page) into a gold file: `pipeline gold import`.

A corrections file lists decisions on one document: an extracted row judged `correct` or `wrong`,
or an item the extraction `missed`. Importing creates the document's gold file or merges into it:
each wrong row first takes one matching item out of the gold, then each correct or missed item is
added unless a matching gold item is still unclaimed (gold numbers, dates and claims are one per
occurrence; organisations one entry per organisation, to which new mentions are added).
"Matching" is the scoring's own rule (pipeline/scoring.py), so an import never adds what
`pipeline check` would count as a duplicate. The result is validated like every gold file and
written only when it is valid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.gold import Gold, GoldClaim, GoldDate, GoldNumber, GoldOrganization, norm_ws, validate_gold
from pipeline.scoring import (
    PredClaim,
    PredDate,
    PredNumber,
    PredOrgGroup,
    claim_matches,
    date_matches,
    number_matches,
    org_group_matches,
)
from pipeline.tables import write_text_atomic

FORMAT = "zh-facts-corrections"
Kind = Literal["numbers", "dates", "organizations", "claims"]
ITEM_MODELS: dict[str, type[BaseModel]] = {
    "numbers": GoldNumber, "dates": GoldDate, "organizations": GoldOrganization, "claims": GoldClaim,
}


class CorrectionsError(Exception):
    """A corrections file that cannot be read or does not follow the format (one line for the user)."""


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    row: str | None = None
    kind: Kind
    verdict: Literal["correct", "wrong", "missed"]
    item: dict[str, Any]


class Corrections(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["zh-facts-corrections"]
    version: Literal[1]
    doc_id: str
    sha256: str = ""
    document_date: str | None = None
    genre: str | None = None
    decisions: list[Decision]


def read_corrections(path: Path) -> tuple[Corrections, list[tuple[Decision, BaseModel]]]:
    """The file and each decision's item parsed into its gold model; CorrectionsError on any fault."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CorrectionsError(f"cannot read {path}: {err}") from None
    try:
        corrections = Corrections.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "<root>"
        raise CorrectionsError(f"{path} is not a corrections file: {where}: {first['msg']}") from None
    items = []
    for i, decision in enumerate(corrections.decisions):
        try:
            items.append((decision, ITEM_MODELS[decision.kind].model_validate(decision.item)))
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise CorrectionsError(f"decisions[{i}] ({decision.kind}): item.{where}: {first['msg']}") from None
    return corrections, items


def _same(kind: str, gold: BaseModel, item: BaseModel) -> bool:
    """Whether a gold entry and a reviewed item are the same fact, by the scoring's matching rules."""
    if kind == "numbers":
        assert isinstance(gold, GoldNumber) and isinstance(item, GoldNumber)
        return number_matches(gold, PredNumber(item.text, item.value, item.unit, item.kind))
    if kind == "dates":
        assert isinstance(gold, GoldDate) and isinstance(item, GoldDate)
        return date_matches(gold, PredDate(item.text, item.value))
    if kind == "claims":
        assert isinstance(gold, GoldClaim) and isinstance(item, GoldClaim)
        return claim_matches(gold, PredClaim(item.metric, item.value, item.unit, item.time)) and (
            norm_ws(gold.sentence) == norm_ws(item.sentence))
    assert isinstance(gold, GoldOrganization) and isinstance(item, GoldOrganization)
    return org_group_matches(gold, PredOrgGroup(item.canonical, (item.canonical, *item.mentions)))


def _remove_org_mentions(entries: list[GoldOrganization], item: GoldOrganization) -> tuple[list[GoldOrganization], int]:
    """Entries without the item's mentions (an entry left with none goes); and how many were removed."""
    wrong = {norm_ws(m) for m in item.mentions}
    kept, removed = [], 0
    for entry in entries:
        mentions = [m for m in entry.mentions if norm_ws(m) not in wrong]
        removed += len(entry.mentions) - len(mentions)
        if mentions:
            kept.append(entry.model_copy(update={"mentions": mentions}))
    return kept, removed


def merge(gold: Gold | None, corrections: Corrections,
          items: list[tuple[Decision, BaseModel]]) -> tuple[Gold, list[str]]:
    """The gold after the decisions (a new one when gold is None) and a line per change."""
    base = gold or Gold(doc_id=corrections.doc_id, document_date=corrections.document_date)
    lists: dict[str, list[Any]] = {k: list(getattr(base, k)) for k in ITEM_MODELS}
    notes: list[str] = []
    for decision, item in items:  # wrong first: a corrected item may re-add the same text
        if decision.verdict != "wrong":
            continue
        if decision.kind == "organizations":
            assert isinstance(item, GoldOrganization)
            lists["organizations"], removed = _remove_org_mentions(lists["organizations"], item)
        else:  # one row is one occurrence: it takes out one matching gold item, not every one
            entries = lists[decision.kind]
            match = next((i for i, g in enumerate(entries) if _same(decision.kind, g, item)), None)
            removed = 0 if match is None else len([entries.pop(match)])
        if removed:
            notes.append(f"removed {removed} {decision.kind} item(s) matching wrong {_describe(item)}")
    taken: dict[str, set[int]] = {k: set() for k in ITEM_MODELS}  # numbers, dates, claims: one per occurrence
    for decision, item in items:
        if decision.verdict == "wrong":
            continue
        entries, used = lists[decision.kind], taken[decision.kind]
        match = next((i for i, g in enumerate(entries) if i not in used and _same(decision.kind, g, item)), None)
        if decision.kind != "organizations":
            used.add(len(entries) if match is None else match)
        if match is None:
            entries.append(item)
            notes.append(f"added {decision.kind[:-1]} {_describe(item)} ({decision.verdict})")
        elif decision.kind == "organizations":
            entry = entries[match]
            assert isinstance(entry, GoldOrganization) and isinstance(item, GoldOrganization)
            known = {norm_ws(m) for m in entry.mentions} | {norm_ws(entry.canonical)}
            new = [m for m in item.mentions if norm_ws(m) not in known]
            if new:
                entries[match] = entry.model_copy(update={"mentions": [*entry.mentions, *new]})
                notes.append(f"added mention(s) {new} to organisation {entry.canonical!r}")
    genre = corrections.genre or base.genre
    merged = Gold(doc_id=base.doc_id, genre=genre, document_date=base.document_date or corrections.document_date,
                  **lists)
    return merged, notes


def _describe(item: BaseModel) -> str:
    data = item.model_dump()
    return repr(data.get("text") or data.get("canonical") or data.get("metric"))


def _plain(value: Any) -> Any:
    """Whole floats as ints (4, not 4.0), as hand-written gold files have them."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def gold_json(gold: Gold) -> str:
    """A gold file's text: the schema's key order, two-space indent, Chinese as is, final newline."""
    return json.dumps(_plain(gold.model_dump()), ensure_ascii=False, indent=2) + "\n"


def import_corrections(path: Path, gold_dir: Path, texts_dir: Path | None) -> tuple[Path, list[str], list[str]]:
    """Merge a corrections file into <gold_dir>/<doc_id>.json; (path, changes, problems).

    Nothing is written when the merged gold has problems (validate_gold, with the cleaned text
    from texts_dir when it has the document). Raises CorrectionsError for an unusable input.
    """
    corrections, items = read_corrections(path)
    if not corrections.doc_id or Path(corrections.doc_id).name != corrections.doc_id:
        raise CorrectionsError(f"{path}: doc_id {corrections.doc_id!r} is not a document id")
    target = gold_dir / f"{corrections.doc_id}.json"
    existing = None
    if target.is_file():
        try:
            existing = Gold.model_validate(json.loads(target.read_text(encoding="utf-8")))
        except (OSError, ValueError) as err:
            raise CorrectionsError(f"existing gold {target} does not parse ({type(err).__name__}); "
                                   "fix it first (`pipeline gold validate`)") from None
    merged, notes = merge(existing, corrections, items)
    text_path = texts_dir / f"{corrections.doc_id}.txt" if texts_dir is not None else None
    clean_text = text_path.read_text(encoding="utf-8") if text_path is not None and text_path.is_file() else None
    problems = validate_gold(merged, clean_text, expected_doc_id=corrections.doc_id)
    if not problems:
        gold_dir.mkdir(parents=True, exist_ok=True)
        write_text_atomic(target, gold_json(merged))
    return target, notes, problems
