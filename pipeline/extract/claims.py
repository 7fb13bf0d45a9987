"""Claims: checkable sentence-level assertions, one per (metric, value) pair.

A claim is a quantity (from the numbers rows) in a factual sentence, with the
time it holds for and the organisation the text attributes it to. The rules
(what makes a sentence an opinion, how attributions are written, which dates are
comparison bases) are data in `resources/claims.yaml`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.nlp.doc import WordIndex
from pipeline.resources import cached, load_yaml
from pipeline.segment import Sentence

_CLAUSE_BREAK = re.compile(r"[，,；;：:（）()]")
_NON_CLAIM_KINDS = {"duration"}
_DIGIT = re.compile(r"[0-9０-９]")
_STRUCTURAL_COUNT_MAX = Decimal(10)
PASSAGE_LIMIT = 8000  # characters; above the longest real sentences (a 5,870-character one in dev/)
_PASSAGE_BREAK = re.compile(r"[。！？；;，,]")


@dataclass(frozen=True)
class Claim:
    """One claim: a value of a factual sentence with what it measures, when, and per whom."""

    sent_id: int
    metric: str
    value: Decimal
    unit: str
    time: str | None
    source: str | None
    number_start: int
    number_end: int


@dataclass(frozen=True)
class _Rules:
    claim_blocks: frozenset[str]
    not_factual: list[re.Pattern[str]]
    attributed_forecast: re.Pattern[str]
    attribution: list[re.Pattern[str]]
    continuation: re.Pattern[str]
    comparison_base: re.Pattern[str]
    figure_reference: re.Pattern[str]
    value_verbs: re.Pattern[str]
    group_scope_words: frozenset[str]
    place_pos_tags: frozenset[str]


@cached
def rules() -> _Rules:
    spec = load_yaml("claims.yaml")
    return _Rules(
        claim_blocks=frozenset(spec["claim_blocks"]),
        not_factual=[re.compile(p) for p in spec["not_factual"]],
        attributed_forecast=re.compile(spec["attributed_forecast"]),
        attribution=[re.compile(p) for p in spec["attribution"]],
        continuation=re.compile(spec["continuation"]),
        comparison_base=re.compile(spec["comparison_base"]),
        figure_reference=re.compile(spec["figure_reference"]),
        value_verbs=re.compile(spec["value_verbs"]),
        group_scope_words=frozenset(spec["group_scope_words"]),
        place_pos_tags=frozenset(spec["place_pos_tags"]),
    )


def is_structural_count(number: dict) -> bool:
    """两个方面, 三个层面, 四重挑战: small exact counts in Chinese numerals frame the text.

    Chinese style (GB/T 15835) writes statistical quantities in Arabic digits, so a
    small exact count written in characters is the author's framing, not data.
    """
    return (number["kind"] == "count" and not number.get("approx") and not _DIGIT.search(number["text"])
            and Decimal(str(number["value"])) <= _STRUCTURAL_COUNT_MAX)


def labels_a_group(prefix: str, prefix_words: list[tuple[str, str]], number: dict, following: str,
                   more_values_follow: bool) -> bool:
    """A count that names the group a sentence talks about rather than a value it asserts.

    Two shapes: a region's conventional set name (南亚7国, 西亚北非20国: place + N国), and a count
    right after a place or scope word whose members the sentence goes on to measure (全球 13台根服务器
    中有 10台…; 全球 70个最大数字平台市值，中国和美国就占了90%). A lone 全国3000家企业参展 stays a claim.
    """
    if number["kind"] != "count" or not prefix.strip() or not following.strip():
        return False
    words = [(word, flag) for word, flag in prefix_words if word.strip()]
    places = all(flag in rules().place_pos_tags for _, flag in words)
    if places and number["unit"] == "国" and prefix == prefix.rstrip():
        return True
    scoped = all(word in rules().group_scope_words or flag in rules().place_pos_tags for word, flag in words)
    return scoped and more_values_follow


def is_factual(sentence: str, has_source: bool) -> bool:
    """Opinions, recommendations and plans are not claims; an attributed forecast is.

    Callers pass the sentence up to the end of the value's clause: a modal verb after
    the value (…10台在美国，数据都要经过美国) does not govern it.
    """
    if has_source and rules().attributed_forecast.search(sentence):
        return True
    return not any(p.search(sentence) for p in rules().not_factual)


def _clause_bounds(text: str, position: int) -> tuple[int, int]:
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)), default=0)
    following = _CLAUSE_BREAK.search(text, position)
    return begin, following.start() if following else len(text)


def attribution(sentence_start: int, sentence: str, orgs: list[dict]) -> tuple[str, tuple[int, int]] | None:
    """The organisation an attribution phrase names (canonical name) and the phrase's span."""
    for pattern in rules().attribution:
        for match in pattern.finditer(sentence):
            begin, end = match.span("org")
            for org in orgs:
                if begin <= org["start"] - sentence_start and org["end"] - sentence_start <= end:
                    return org["canonical"], match.span()
    return None


def _source_notes(doc: Doc, orgs: list[dict]) -> dict[str, str]:
    """Figure/table label → organisation named in the 数据来源 note under its caption."""
    notes: dict[str, str] = {}
    label = None
    full = doc._.text
    for block in doc._.blocks or []:
        text = full[block.start:block.end]
        if block.kind == "caption":
            match = re.match(r"((?:表|图)\s*\d+)", text)
            label = re.sub(r"\s+", "", match.group(1)) if match else None
        elif block.kind == "source_note" and label:
            inside = [o for o in orgs if block.start <= o["start"] < block.end]
            if inside and label not in notes:
                notes[label] = inside[0]["canonical"]
        elif block.kind not in {"table"}:
            label = None
    return notes


def _metric(sentence: str, value_offset: int, date_spans: list[tuple[int, int]], after: int,
            previous: str | None) -> str:
    """A short phrase naming what is measured: the clause text before the value, trimmed.

    The phrase starts after any earlier value of the same clause; when nothing is left
    (从A提升到B, 是2010年的2.32倍) the value shares the metric of the sentence's previous claim.
    """
    begin, _ = _clause_bounds(sentence, value_offset)
    begin = max(begin, after)
    phrase = sentence[begin:value_offset]
    for start, end in sorted(date_spans, reverse=True):
        if begin <= start and end <= value_offset:
            phrase = phrase[: start - begin] + phrase[end - begin:]
    phrase = re.sub(r"\s+", "", phrase)
    for _ in range(3):
        phrase = rules().value_verbs.sub("", phrase)
        phrase = re.sub(r"(?:已经|已|也|就|仅|还|的|了|都|约|近|超过|分别)$", "", phrase)
    phrase = re.sub(r"^(?:其中|截至|据|根据|目前|我国|中国|此外|同时|而|但|并)", "", phrase)
    phrase = re.sub(r"(?:从|由|自|比|较)$", "", phrase)
    if len(phrase) < 2 and previous:
        return previous
    if len(phrase) < 2:  # a list or a bare value: fall back to the sentence's subject
        head = _CLAUSE_BREAK.split(sentence, maxsplit=1)[0]
        phrase = re.sub(r"\s+", "", head)[:30]
    return phrase[:40]


def _year_list_times(sentence: str, dates: list[dict], numbers: list[dict]) -> dict[int, str]:
    """分别 over a year range: the k-th value of each unit takes the k-th year of the range."""
    if "分别" not in sentence:
        return {}
    for date in dates:
        match = re.fullmatch(r"(\d{4})/(\d{4})", str(date.get("value") or ""))
        if not match:
            continue
        years = [str(y) for y in range(int(match[1]), int(match[2]) + 1)]
        times: dict[int, str] = {}
        by_unit: dict[str, list[dict]] = {}
        for number in numbers:
            if number["start"] > date["end"]:
                by_unit.setdefault(number["unit"], []).append(number)
        for series in by_unit.values():
            if len(series) == len(years):
                for number, year in zip(series, years, strict=True):
                    times[number["start"]] = year
        if times:
            return times
    return {}


def _base_dates(sentence: str, placed: list[tuple[int, int, str]]) -> set[int]:
    """Dates that are the base of a comparison (比2010年, 从2018年的…上升至, 是2010年的2.32倍)."""
    bases = set()
    for start, end, _ in placed:
        if rules().comparison_base.search(sentence[max(0, start - 3):start]) or re.match(
                r"\s*的\s*[\d.]+\s*倍", sentence[end:]):
            bases.add(start)
    return bases


def _time_for(number: dict, sentence: str, sentence_start: int, dates: list[dict], fallback: str | None) -> str | None:
    """The date governing a value: right before it, else in its clause, else in its sentence, else carried."""
    offset = number["start"] - sentence_start
    placed = [(d["start"] - sentence_start, d["end"] - sentence_start, d["value"]) for d in dates if d.get("value")]
    bases = _base_dates(sentence, placed)
    # "2010 年的3.08%": a date just before the value governs it (a multiple's such date is its base).
    for _, end, value in placed:
        if (end <= offset and number["kind"] != "multiple"
                and re.fullmatch(r"\s*(?:的|了|达到?|为)?\s*", sentence[end:offset])):
            return value
    usable = [d for d in placed if d[0] not in bases]
    clause_begin, clause_end = _clause_bounds(sentence, offset)
    if any(clause_begin <= d[0] < offset and re.search(r"[从由]\s*$", sentence[max(0, d[0] - 2):d[0]])
           for d in placed):
        return None  # 从2018年的25%上升至45%: the end point of a change carries no date of its own
    in_clause = [d for d in usable if clause_begin <= d[0] and d[1] <= clause_end]
    before = [d for d in usable if d[1] <= offset]
    for candidates in (in_clause, before):
        if candidates:
            preceding = [d for d in candidates if d[1] <= offset]
            return (preceding[-1] if preceding else candidates[0])[2]
    return fallback


def _within(rows: list[dict], starts: list[int], begin: int, end: int) -> list[dict]:
    """Rows (sorted by start) that start in [begin, end): by bisection, not a scan of the document."""
    return rows[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]


def passages(sentences: list[Sentence], text: str, limit: int = PASSAGE_LIMIT) -> list[Sentence]:
    """Sentences, with any longer than ``limit`` characters cut at clause breaks into passages of
    at most about ``limit`` (same sent_id): the work per sentence grows with the square of its
    numbers and dates, so a run-on sentence (a PDF or single-line dump) must not be one unit."""
    out: list[Sentence] = []
    for sentence in sentences:
        if sentence.end - sentence.start <= limit:
            out.append(sentence)
            continue
        begin = sentence.start
        while sentence.end - begin > limit:
            cut = max((m.end() for m in _PASSAGE_BREAK.finditer(text, begin + limit // 2, begin + limit)),
                      default=begin + limit)
            out.append(replace(sentence, start=begin, end=cut))
            begin = cut
        out.append(replace(sentence, start=begin))
    return out


def extract_claims(doc: Doc, rows: dict[str, list[dict]]) -> list[dict]:
    """One row per (metric, value) claim of a factual sentence."""
    sentences: list[Sentence] = doc._.sentences or []
    numbers = sorted(rows.get("numbers", []), key=lambda r: r["start"])
    dates = sorted(rows.get("dates", []), key=lambda r: r["start"])
    orgs = sorted(rows.get("organizations", []), key=lambda r: r["start"])
    notes = _source_notes(doc, orgs)
    claims: list[dict] = []
    carried_time: str | None = None
    carried_source: str | None = None
    previous_block: tuple[str, str] | None = None
    full = doc._.text
    index = WordIndex(doc)
    number_starts = [n["start"] for n in numbers]
    date_starts = [d["start"] for d in dates]
    org_starts = [o["start"] for o in orgs]
    for sentence in passages(sentences, full):
        text = full[sentence.start:sentence.end]
        block_key = (sentence.section, sentence.block)
        in_sentence = _within(numbers, number_starts, sentence.start, sentence.end)
        its_dates = _within(dates, date_starts, sentence.start, sentence.end)
        its_orgs = _within(orgs, org_starts, sentence.start, sentence.end)
        attributed = attribution(sentence.start, text, its_orgs)
        source = attributed[0] if attributed else None
        if attributed:  # 据海关总署2022年1月14日发布的数据: an announcement date is not the data's time
            begin, end = attributed[1]
            its_dates = [d for d in its_dates if not begin <= d["start"] - sentence.start < end]
        continues = bool(rules().continuation.search(text)) and previous_block == block_key
        if source is None:
            reference = rules().figure_reference.search(text)
            if reference:
                source = notes.get(re.sub(r"\s+", "", reference.group(1)))
        if source is None and continues:
            source = carried_source
        fallback = carried_time if continues else None
        sentence_claims: list[dict] = []
        if sentence.block in rules().claim_blocks and in_sentence:
            year_times = _year_list_times(text, its_dates, in_sentence)
            spans = [(d["start"] - sentence.start, d["end"] - sentence.start) for d in its_dates]
            previous_end, previous_metric = 0, None
            for number in in_sentence:
                offset = number["start"] - sentence.start
                clause_begin, clause_end = _clause_bounds(text, offset)
                following = text[number["end"] - sentence.start:clause_end]
                if (number["kind"] in _NON_CLAIM_KINDS or is_structural_count(number)
                        or labels_a_group(text[clause_begin:offset],
                                          [(w.text, w.tag) for w in index.clipped(sentence.start + clause_begin,
                                                                                  number["start"])],
                                          number, following,
                                          in_sentence[-1]["start"] > number["end"])  # sorted by start
                        or not is_factual(text[:clause_end], source is not None)):
                    continue
                time = year_times.get(number["start"]) or _time_for(
                    number, text, sentence.start, its_dates, fallback)
                metric = _metric(text, number["start"] - sentence.start, spans, previous_end, previous_metric)
                previous_end, previous_metric = number["end"] - sentence.start, metric
                sentence_claims.append({
                    "sent_id": sentence.sent_id,
                    "metric": metric,
                    "value": number["value"], "unit": number["unit"], "time": time, "source": source,
                    "number_start": number["start"], "number_end": number["end"],
                })
        claims.extend(sentence_claims)
        claimed_times = [c["time"] for c in sentence_claims if c["time"]]
        sentence_time = claimed_times[-1] if claimed_times else next(
            (d.get("value") for d in its_dates if d.get("value")), None)
        carried_time = sentence_time or (carried_time if continues else None)
        carried_source = source
        previous_block = block_key
    return claims
