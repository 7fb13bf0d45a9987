"""Companies a list or a stock code vouches for: names listed beside a known company, names right before a stock
code in brackets, the short names of announcement header lines, and where a listed name starts after a joiner
(split from ``names``, round 50)."""

from __future__ import annotations

import re

from pipeline.chars import is_han
from pipeline.extract.organizations.base import (
    NAME_CHAR,
    PATTERN,
    Candidate,
    all_generic,
    places_and_generic,
    resources,
)
from pipeline.extract.organizations.filters import Zones, is_excluded
from pipeline.resources import cached
from pipeline.spans import SpanSet

_BRAND = re.compile(r"[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]")


@cached
def _list_patterns() -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """(separator, a run of listed items, the word that ends the last item), from ``lists`` in
    org_patterns.yaml."""
    spec = resources().rules["lists"]
    sep = spec["separator"]
    item = f"[^{re.escape(sep + spec['item_stops'])}\\n]{{1,{int(spec['max_item_chars'])}}}"
    ends = sorted(spec["end_words"], key=len, reverse=True)
    return sep, re.compile(f"(?:{item}{re.escape(sep)})+{item}"), re.compile("|".join(map(re.escape, ends)))


def coordinated_brands(
    text: str, mentions: list[Candidate], zones: Zones, listed: dict[tuple[int, int], Candidate] | None = None,
) -> list[Candidate]:
    """Names listed with a company (Shein、JollyChic、Fordeal等; 欧菲光、歌尔股份等) are companies too.

    A 、-list names things of one kind; beside a known company, a brand-like Latin name
    (capitalised, no spaces) and a name the statistical model marks as the whole item (at any
    probability: the list is the evidence, ``listed``) are companies of their own name.
    """
    listed = listed or {}
    spec = resources().rules["lists"]
    low, high = spec["plain_item_chars"]
    companies = {(m.start, m.end) for m in mentions if m.type == "company"}
    taken = SpanSet((m.start, m.end) for m in mentions)  # (round 50: not every mention per item, items × mentions)
    found: list[Candidate] = []
    followers, others_said = re.compile(spec["company_followers"]), re.compile(spec["other_followers"])
    for run in _list_patterns()[1].finditer(text):
        items, unsure, tail = _list_items(text, run, companies)
        if not any(item in companies for item in items):
            continue
        named = sum(item in companies or item in listed for item in items)  # known, or a whole model name
        after = tail + text[run.end():run.end() + 16]
        said_companies = bool(followers.match(after))  # …等13只个股
        said_other = not said_companies and bool(others_said.match(after))  # …、新能源汽车等板块
        for start, end in items:
            if taken.overlaps(start, end):
                continue
            others_named = named - ((start, end) in companies or (start, end) in listed) == len(items) - 1
            plain = ((said_companies or (others_named and not said_other)) and (start, end) not in unsure
                     and low <= end - start <= high
                     and all(is_han(ch) for ch in text[start:end]) and not places_and_generic(text[start:end]))
            if not _BRAND.fullmatch(text[start:end]) and (start, end) not in listed and not plain:
                continue
            candidate = Candidate(start, end, PATTERN, canonical=text[start:end], type="company")
            if not is_excluded(candidate, text, zones):
                found.append(candidate)
    return found


def _list_items(text: str, run: re.Match[str], companies: set[tuple[int, int]],
                ) -> tuple[list[tuple[int, int]], set[tuple[int, int]], str]:
    """A list run's items (spans without the spaces around them), each piece up to the word that ends the last item
    (``lists.end_words``: 等), the first after its frame (板块内冠中生态, ``first_item_frame``) unless it is a known
    company; the items cut at such a word before the last one (unsure: 选择与美国高通, 选择 is no item); and what
    stands after the last item's core (等13只个股 reads on from it)."""
    spec = resources().rules["lists"]
    sep, _, list_end = _list_patterns()
    frame = re.compile(spec["first_item_frame"])
    items, offset, tail = [], run.start(), ""
    pieces = run.group().split(sep)
    unsure = set()  # items cut at a joiner before the last one (选择与美国高通: 选择 is no item)
    for k, piece in enumerate(pieces):
        cut = list_end.search(piece)
        core = piece[: cut.start()] if cut and cut.start() > 0 else piece
        tail = piece[len(core):]
        begin = offset + len(core) - len(core.lstrip())
        items.append((begin, offset + len(core.rstrip())))
        if cut and k < len(pieces) - 1:
            unsure.add(items[-1])
        offset += len(piece) + len(sep)
    first = items[0]
    framed = frame.match(text[first[0]:first[1]])
    if framed and first not in companies and 0 < framed.end() < first[1] - first[0]:
        items[0] = (first[0] + framed.end(), first[1])  # 板块内冠中生态: the list starts after its frame
    return items, unsure, tail


def listed_companies(text: str, model: dict[tuple[int, int], Candidate], cuts: set[int]) -> list[Candidate]:
    """A name right before a stock code in brackets is a listed company: 春秋航空（601021.SH）, also with the code's
    label (海螺水泥（股票代码：600585）, ``listing.code_label``).

    The name is the model's span that ends at the bracket (at any probability: the code is the
    evidence), else the run of word characters back to punctuation, at most
    ``listing.max_name_chars`` long and starting on a word boundary.
    """
    spec = resources().rules["listing"]
    by_end = {e: s for s, e in sorted(model)}
    limit = int(spec["max_name_chars"])
    out: list[Candidate] = []
    for match in listing_pattern().finditer(text):
        end = match.start()
        start = by_end.get(end)
        described = _after_descriptor(text, end, cuts, start)
        if described is not None:
            start = described  # 锂电龙头某某能源（300999）: the descriptor is no part of the name (round 22)
        elif start is None:
            start = end
            while start > 0 and end - start < limit and NAME_CHAR.match(text[start - 1]):
                start -= 1
            if start not in cuts:
                continue
        start = after_joiner(text, start, end, cuts, spec["name_after_words"])
        if end - start >= 2 and NAME_CHAR.match(text[start]):
            out.append(Candidate(start, end, PATTERN, type="company"))
    return out


def _after_descriptor(text: str, end: int, cuts: set[int], start: int | None) -> int | None:
    """Where the name before a code starts when a word describing the company stands glued before it (锂电龙头某某能源,
    半导体设备商某某微电子; ``listing.descriptor_words``): right after the last such word that ends or starts a word of
    its own (the segmenter may glue its last character to the name), has text before it in the run (or in the model's
    span) and leaves a name of two to ``max_name_chars`` characters that is no generic word nor opens with an
    organisation's head (甲乙企业集团 keeps 企业); else None."""
    spec = resources().rules["listing"]
    run = end
    while run > 0 and end - run < int(spec["descriptor_run_chars"]) and NAME_CHAR.match(text[run - 1]):
        run -= 1
    if start is not None:
        run = min(run, start)
    limit = int(spec["max_name_chars"])
    heads = tuple(head for head, _ in resources().heads)
    for k in range(end - 2, run, -1):
        if end - k > limit or all_generic(text[k:end]) or text.startswith(heads, k):
            continue  # (甲乙企业集团, 某某企业股份有限公司: 企业 inside a name before its head)
        if any(text.endswith(word, run, k) and k - len(word) > run and (k in cuts or k - len(word) in cuts)
               for word in spec["descriptor_words"]):
            return k
    return None


def after_joiner(text: str, start: int, end: int, cuts: set[int], joiners: list[str]) -> int:
    """Where the name before a code starts when the run holds a preposition or conjunction after another party
    (深交所向东方日升（300118）, 公司与宁德时代（300750））: right after the last such word, so the party before
    it and the verb's preposition stay out of the listed company's name. The word stands on its own, or right
    after a lexicon name (深圳证券交易所对光迅科技: jieba reads 对光)."""
    aliases = resources().aliases
    for k in range(end - 2, start + 1, -1):
        word = next((j for j in joiners if text.startswith(j, k) and k + len(j) <= end - 2), None)
        if not word:
            continue
        own_word = k in cuts and k + len(word) in cuts
        if own_word or any(text[i:k] in aliases for i in range(max(0, k - 12), k - 1)):
            return k + len(word)
    return start


def header_short_names(text: str) -> list[tuple[int, int]]:
    """Spans of the short names in announcement header lines (证券代码：600519　证券简称：贵州茅台): the slot next to
    a six-digit code on the same line (``listing.header_name``, ``listing.header_code``)."""
    res = resources()
    spec = res.rules["listing"]
    out = []
    for m in re.finditer(spec["header_name"], text):
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        known = re.sub(spec["share_class_end"], "", m["alias"]) in res.aliases  # 京东方Ａ: the lexicon's 京东方
        if re.search(spec["header_code"], line) and not known:
            out.append(m.span("alias"))
    return out


def is_code(inner: str) -> bool:
    """A stock code (601021.SH) in brackets is no alias of the name before it."""
    return bool(re.fullmatch("|".join(resources().rules["listing"]["codes"]), inner))


@cached
def listing_pattern() -> re.Pattern[str]:
    """Brackets around a stock code (``listing`` in org_patterns.yaml)."""
    spec = resources().rules["listing"]
    codes = "|".join(spec["codes"])
    opens = re.escape("".join(o for o, _ in spec["brackets"]))
    closes = re.escape("".join(c for _, c in spec["brackets"]))
    label, field = spec["code_label"], spec["code_field_end"]  # （股票代码：600585）, （证券代码：002594，证券简称：…）
    return re.compile(f"[{opens}]{label}?(?:{codes})(?:[{closes}]|(?={field}))")
