"""National bodies named by bare short names in a joint list of national departments.

A joint release or a State Council list names national bodies by short names without 国家/中国
(经应急管理部会同民政部、卫生健康委、林草局、地震局、气象局等部门; 国家发展改革委、工业和信息化部、医保局联合印发).
Every province's and city's bureau carries the same short name, so the bare name is no lexicon alias
(全国各地气象局、地震局加强值守 names local bureaus): it names the national body only inside a 、-list whose
other members are national bodies, with no place or local level (各地, 地方, 省, 市 …) before the list in its
clause.  The short names and their national bodies are data (``national_short_names`` in org_patterns.yaml).

Round 31: a place's body acting with departments named bare (四川省应急管理厅会同民政厅; 浙江省财政厅和人力社保厅)
acts with the same place's departments (``place_siblings``; the department words are ``place_departments``).
A body named by its level only (自治区商务厅, 省公安厅: round 11, no name) acts with its level's departments: a bare
department after it (自治区商务厅会同财政厅、发展改革委) names none, no national body (``level_siblings``).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.organizations.base import PATTERN, Candidate, back_to_back, resources

_CLAUSE_ENDS = "，,。；;：:！？!?\n"
_SEPARATOR = "、"


def national_short_names(mentions: list[Candidate], text: str) -> list[Candidate]:
    """``mentions`` (in text order) with the bare short names of each joint list of national bodies named as
    the national bodies.  Linear: a list is walked once, from its first national member, element by element."""
    table: dict[str, str] = resources().rules["national_short_names"]
    if not table or _SEPARATOR not in text:
        return mentions
    by_start = {m.start: m for m in mentions}
    longest = max(map(len, table))
    added: list[Candidate] = []
    renamed: dict[int, Candidate] = {}
    walked = -1  # the end of the last list walked: its members start no list
    for m in mentions:
        if m.start < walked or not _national(m, text) or text[m.end:m.end + 1] != _SEPARATOR:
            continue
        members, end = _list_after(m.end + 1, text, by_start, table, longest)
        walked = end
        if members is None or not members or _local_scope(m.start, text, mentions):
            continue
        for start, short in members:
            entry = resources().aliases.get(table[short])
            if entry is None:
                continue
            old = by_start.get(start)
            if old is not None:
                renamed[start] = replace(old, canonical=entry.canonical, type=entry.type)
            else:
                added.append(Candidate(start, start + len(short), PATTERN, entry.canonical, entry.type, short))
    if not added and not renamed:
        return mentions
    out = [renamed.get(m.start, m) for m in mentions] + added
    return sorted(out, key=lambda c: (c.start, c.end))


_JOINERS = ("会同", "联合", "以及", "和", "与", "及", "同", "、")
_PLACE_LEVELS = ("省", "自治区", "市", "州", "盟", "县", "区", "旗")
_PLACE_LEVELS_SET = frozenset(_PLACE_LEVELS)  # (places, each with its level or not: 浙江省杭州市)


def place_siblings(mentions: list[Candidate], text: str) -> list[Candidate]:
    """``mentions`` (in text order) with each bare department (民政厅, 人力社保厅) named right after a joiner
    (会同, 联合, 和, 、 …) that follows a government body opening with its place (四川省应急管理厅, 杭州市财政局)
    named as that place's department (四川省民政厅), a 、-list of them too.  Linear: each body looks at the few
    characters after it."""
    departments = resources().rules["place_departments"]
    if not departments:
        return mentions
    words = sorted(departments, key=len, reverse=True)
    by_start = {m.start: m for m in mentions}
    out: dict[int, Candidate] = {}
    for m in mentions:
        place = _place_of(m, text)
        if not place:
            continue
        pos = m.end
        while True:
            joiner = next((j for j in _JOINERS if text.startswith(j, pos)), None)
            dept = next((w for w in words if text.startswith(w, pos + len(joiner))), None) if joiner else None
            end = pos + len(joiner) + len(dept) if dept else pos
            if dept is None or _continues(text, end) or not _fits_level(dept, place, departments):
                break
            start = pos + len(joiner)
            old = by_start.get(start)
            if old is not None and old.end != end:
                break
            out[start] = Candidate(start, end, PATTERN, place + dept, "government", dept)
            pos = end
    if not out:
        return mentions
    kept = [m for m in mentions if m.start not in out]
    return sorted(kept + list(out.values()), key=lambda c: (c.start, c.end))


def _fits_level(dept: str, place: str, departments: list[str]) -> bool:
    """A province's departments are 厅 where a city's are 局 (教育厅, 教育局): after a province's body a bare X局 whose
    X厅 is a department word too is the cities' bureaus (江苏省教育厅和教育局、学校共同推进: local ones, no
    江苏省教育局), and after a city's body an X厅 is a province's; a 局 with no 厅 (统计局, 医保局) serves both."""
    if place.endswith(("省", "自治区")):
        return not (dept.endswith("局") and dept[:-1] + "厅" in departments)
    return not dept.endswith("厅")


def level_siblings(mentions: list[Candidate], text: str) -> list[Candidate]:
    """``mentions`` (in text order) without the bare departments (发展改革委, 住房城乡建设厅) named right after
    a joiner that follows a body named by its level only (自治区商务厅会同财政厅、发展改革委;
    省应急管理厅会同省公安厅、交通运输厅): that level's departments, which name none as their lead names none
    (round 11).  Linear: each list element is
    judged once (``verdicts``), the walk back from a bare department stops at the first element judged."""
    departments = resources().rules["place_departments"]
    if not departments:
        return mentions
    words = sorted(departments, key=len, reverse=True)
    levels = sorted(resources().rules["local_levels"], key=len, reverse=True)
    named = {m.end: text[m.start:m.end] in departments for m in mentions}  # end → the mention is a bare department
    verdicts: dict[int, bool] = {}

    def level_led(end: int) -> bool:
        """The list element ending at ``end`` is a department of a body named by its level only, or one after it."""
        path: list[int] = []
        verdict = False
        while end not in verdicts:
            path.append(end)
            dept = next((w for w in words if text.endswith(w, 0, end)), None)
            if dept is None or not named.get(end, True):
                break  # no department word, or a body named with its place (四川省民政厅)
            pos = end - len(dept)
            if end not in named and any(text.endswith(lv, 0, pos) for lv in levels):
                verdict = True  # 省公安厅, 自治区商务厅: named by the level only
                break
            joiner = _joiner_before(text, pos)
            if joiner is None:
                break
            end = pos - len(joiner)
        else:
            verdict = verdicts[end]
        for e in path:
            verdicts[e] = verdict
        return verdict

    out: list[Candidate] = []
    for m in mentions:
        joiner = _joiner_before(text, m.start) if named[m.end] else None
        if joiner is None or not level_led(m.start - len(joiner)):
            out.append(m)
    return out


def _joiner_before(text: str, pos: int) -> str | None:
    """The joiner (``_JOINERS``: 会同, 和, 、 …) that ends right before ``pos``, or None."""
    return next((j for j in _JOINERS if text.endswith(j, 0, pos)), None)


def _place_of(m: Candidate, text: str) -> str:
    """The place a government body's name opens with, ending in its level (四川省, 浙江省杭州市), when the rest is a
    department word (四川省应急管理厅 → 四川省); else ''."""
    if m.type != "government":
        return ""
    name = text[m.start:m.end]
    places = resources().places
    departments = resources().rules["place_departments"]
    for k in range(min(len(name) - 2, 12), 1, -1):
        head = name[:k]
        if head.endswith(_PLACE_LEVELS) and name[k:] in departments and back_to_back(head, places, _PLACE_LEVELS_SET):
            return head
    return ""


def _continues(text: str, end: int) -> bool:
    """The department word runs on into a longer word (民政厅长, 财政局长: a title; 商务局面)."""
    return text[end:end + 1] in ("长", "面", "级")


def _list_after(
    pos: int, text: str, by_start: dict[int, Candidate], table: dict[str, str], longest: int,
) -> tuple[list[tuple[int, str]] | None, int]:
    """The members of a 、-list from ``pos`` on that are bare short names (start, name), and the list's end; None when
    a member is neither a short name nor a national body (of any type: 部门和单位 lists 中国红十字会总会, 国铁集团)."""
    shorts: list[tuple[int, str]] = []
    while True:
        mention = by_start.get(pos)
        short = next((text[pos:pos + k] for k in range(min(longest, len(text) - pos), 1, -1)
                      if text[pos:pos + k] in table), None)
        if short is not None and (mention is None or mention.end == pos + len(short)):
            shorts.append((pos, short))
            end = pos + len(short)
        elif mention is not None and _national(mention, text, any_type=True):
            end = mention.end
        else:
            return None, pos
        if text[end:end + 1] != _SEPARATOR:
            return shorts, end
        pos = end + 1


def _national(m: Candidate, text: str, any_type: bool = False) -> bool:
    """A mention of a national government body of China (of any body, ``any_type``): a lexicon body whose
    canonical name opens with no place but the nation's own (国家统计局, 民政部, 中国气象局; not 美国商务部,
    香港…统计处)."""
    res = resources()
    if (m.type != "government" and not any_type) or res.aliases.get(m.canonical) is None:
        return False
    name = m.canonical
    home = tuple(res.rules["national_prefixes"])
    return not any(name[:k] in res.places and not name[:k].startswith(home) for k in range(2, min(len(name), 8) + 1))


def _local_scope(start: int, text: str, mentions: list[Candidate]) -> bool:
    """A place or a local level (各地, 地方, 省, 市 …) in the list's clause before its first member, outside the
    national bodies' names there (全国各地…; 四川省应急管理厅会同民政部、地震局): the short names name local
    bureaus."""
    res = resources()
    lo = max((text.rfind(ch, 0, start) for ch in _CLAUSE_ENDS), default=-1) + 1
    chars = list(text[lo:start])
    for m in mentions:
        if m.end > lo and m.start < start and _national(m, text):
            for k in range(max(m.start, lo), min(m.end, start)):
                chars[k - lo] = " "
    before = "".join(chars)
    home = set(res.rules["national_prefixes"])
    if any(level in before for level in res.rules["local_levels"]):
        return True
    return any(before[i:i + k] in res.places and before[i:i + k] not in home
               for i in range(len(before)) for k in range(2, 9))
