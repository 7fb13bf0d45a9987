"""Exclusion rules of ordinals, numbering and grades: ranks (分列二、三名), a home's order (二套房), city and
bandwidth tiers (三四线城市, 100兆宽带), registration classes (1类创新药), grades (三级医院, 一、二类水质), list and
outline numbering (一、, （2）, 1.1). The words live in ``pipeline/resources/numbers.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.chars import HSPACE, is_han
from pipeline.extract.number_context import clause_start_before, ends_with_word, line_start_before
from pipeline.extract.number_exclusion_base import Reading
from pipeline.extract.numerals import Lexicon, NumeralCore, UnitInfo, lexicon
from pipeline.resources import held


def _grade_in_sequence(r: Reading, lex: Lexicon) -> bool:
    """A Chinese grade (二类, 三级) after the grade one below it in its sentence (一类水质…，二类占16.8%;
    一类区…、二类区…) or after a quality's level verb (生态质量为二类): the next step of a scale of grades, no count.
    A word that counts kinds before it (分为三类) keeps the count."""
    s, core = r.s, r.core
    grades, spec = lex.cfg["grade_labels"], lex.cfg["grade_sequences"]
    numeral = s[core.start:core.end]
    unit = held(r"\s").sub("", s[core.end:r.end])
    if r.unit_info is None or unit not in grades["measures"] or len(numeral) != 1 or numeral not in grades["numerals"]:
        return False
    if _kinds_counted_before(s, core.start, unit, grades):
        return False
    if held(spec["level_before"]).search(s[max(0, core.start - 10):core.start]):
        return True
    value = grades["numerals"].index(numeral)
    if value == 0:
        return False
    lo = max(0, core.start - int(spec["window"]))
    left = max([s.rfind(ch, lo, core.start) for ch in spec["sentence_ends"]] + [lo - 1]) + 1
    return s.find(grades["numerals"][value - 1] + unit, left, core.start) >= 0


def _numbering_numeral(core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A whole numeral that can number a list item: no scale (1, 一), or a Chinese numeral below
    `chinese_numbering_below` whose only scale is 十 (十一、, （十七）, 二十一是: the items after the tenth
    of a policy document, round 30); 一百、 or 3万、 stay quantities."""
    if core.value != core.value.to_integral_value():
        return False
    return not core.has_scale or (core.chinese_only and core.value < int(cfg["chinese_numbering_below"]))


def _numbering(s: str, core: NumeralCore, start: int, end: int, cfg: dict[str, Any]) -> bool:
    """List and section numbering: "1.顶层设计", "一、", "（2）", "一是"."""
    n = len(s)
    punct = cfg["punctuation"]
    nxt = s[end] if end < n else ""
    decimal_dot = nxt == "." and end + 1 < n and s[end + 1].isdigit()
    if line_start_before(s, start) and nxt in cfg["list_markers_after"] and not decimal_dot:
        return True
    k = start
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    if k > 0 and s[k - 1] in cfg["list_openers"] and nxt in cfg["list_markers_after_opener"] and not decimal_dot:
        return True
    if _outline_pattern(cfg["glued_list_marker"]).match(s, max(start - 1, 0)) and start > 0 and end - start <= 2:
        return True  # 二、财务概述1. 营收情况: a copy that lost its line breaks glued the number on (round 26)
    if core.chinese_only and nxt in cfg["list_marker_chinese_only_after"] and clause_start_before(s, start):
        return True
    if (core.chinese_only and start > 0 and s[start - 1] in cfg["item_word_before"]
            and nxt in cfg["item_word_marker_after"] and clause_start_before(s, start - 1)):
        return True  # 其十一，强化要素保障: the eleventh point (其二 is one word already; 十一 is no count: round 30)
    after_marker = s[end + 1] if end + 1 < n else ""
    if core.chinese_only and nxt == cfg["chinese_list_marker"] and is_han(after_marker) and (
        after_marker not in lexicon().numeral_chars
    ):
        return True  # 主要逻辑一、日内动量…: a list marker (一、二两类 and 二、三级 are numerals in a row)
    if core.chinese_only and _ordinal_run(s, start, end, lexicon()):
        return True  # 一、二、三线城市, 第一、二、三产业: bound ordinals sharing the word after the last
    before = s[start - 1] if start > 0 else ""
    return bool(before and nxt and before in punct["open_brackets"] and nxt in punct["close_brackets"])


def _outline_number(s: str, start: int, end: int, cfg: dict[str, Any]) -> bool:
    """A section number of an outline run on one line (总结 1 投资策略 1.1 当前行业投资策略 - …, round 25): a bare
    number set apart by spaces before a title, where its line holds its parent or child number (1 and 1.1) or a dotted
    sibling (1.1 and 1.2) set apart the same way, within `inline_outline_reach` characters. Numbering, no quantity
    (guidelines: section numbering). Only the text near the number is read: a long line costs no more a number."""
    if start > 0 and s[start - 1] not in _OUTLINE_SPACE:
        return False
    reach = int(cfg["inline_outline_reach"])
    begin = s.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    stop = s.find("\n", end, end + reach)
    stop = min(len(s), end + reach) if stop < 0 else stop
    numbers = [(m.start("number"), m.group("number"))
               for m in _outline_pattern(cfg["inline_outline_number"]).finditer(s, begin, stop)]
    own = next((n for at, n in numbers if at == start), None)
    if own is None:
        return False
    parent = own.rpartition(".")[0]
    return any(other != own and (other.startswith(own + ".") or own.startswith(other + ".")
                                 or (parent and other.rpartition(".")[0] == parent)) for _, other in numbers)


_OUTLINE_SPACE = " \t\u3000\n"


@lru_cache(maxsize=8)
def _outline_pattern(pattern: str) -> re.Pattern[str]:
    """The outline number pattern, with ^ at every line start (it is searched in the whole text, not a line)."""
    return re.compile(pattern, re.MULTILINE)


def _ordinal_run(s: str, start: int, end: int, lex: Lexicon) -> bool:
    """A one-character numeral in a 、-run of them whose last member is followed by no measure word (二 of
    一、二、三线城市, 三 of 第一、二、三产业), or by a grade's 级/类 and its noun (二、三级医疗机构);
    分为二、三级 counts levels and stays."""
    marker = lex.cfg["chinese_list_marker"]
    chars = lex.numeral_chars
    in_run = (end < len(s) and s[end] == marker) or (start >= 2 and s[start - 1] == marker and s[start - 2] in chars)
    if end - start != 1 or not in_run:
        return False
    k = end
    while k + 1 < len(s) and s[k] == marker and s[k + 1] in chars:
        k += 2
    after = s[k] if k < len(s) else ""
    unit = lex.unit_re.match(s, k)
    if unit is not None:  # 二、三级医疗机构: grades (一、二两个层级 and 分为二、三级 count)
        return grade_label(s, _run_start(s, start, lex), k, unit.end(), lex)
    return is_han(after) and after not in chars


def grade_label(s: str, start: int, unit_start: int, unit_end: int, lex: Lexicon) -> bool:
    """Chinese numerals (one, or a 、-run from ``start``) and 级/类 right before a noun that is graded (三级医院,
    二级以上, 一、二类水质, （一、二类）水质), or in brackets right after the noun they grade (水质优良（一、二类）比例:
    `_bracketed_after_graded`): a grade, no count; not before other nouns (三级联动, 三类人群), with
    两 (两类 counts kinds), at a clause end (分为三级，) or after a word or 、-list that counts kinds (分为三类企业,
    省、市、县三级)."""
    spec = lex.cfg["grade_labels"]
    numeral = s[start:unit_start].replace(lex.cfg["chinese_list_marker"], "")
    if not numeral or any(ch not in spec["numerals"] for ch in numeral):
        return False
    after = unit_end + (unit_end < len(s) and s[unit_end] in lex.cfg["punctuation"]["close_brackets"])
    if s[unit_start:unit_end] not in spec["measures"]:
        return False
    if not s.startswith(tuple(spec["graded"]), after) and not _graded_head_near(s, after, spec) and not (
            _graded_target(s, start, spec)) and not _bracketed_after_graded(s, start, after, lex):
        return False
    return not _kinds_counted_before(s, start, s[unit_start:unit_end], spec)


def _bracketed_after_graded(s: str, start: int, after: int, lex: Lexicon) -> bool:
    """The grades stand alone in brackets right after the graded noun they spell out (近岸海域水质优良（一、二类）比例,
    水质优良（二类）): a 、-run of grades with a graded word (`graded`) within `bracket_gap` characters before the
    opening bracket, or one grade right after a noun of quality or grade (`bracket_grade_nouns`: 优良, 水质 …), names
    what they rank, as a graded word after the grades does (round 39). A bracketed count after other words
    (企业（三类）, 评价指标（三类）共12项, 主要污染物（三类）排放) is left as it was (mend of round 39). ``after`` is
    where the text goes on after the grade's measure and, when one follows it, its closing bracket."""
    spec, brackets = lex.cfg["grade_labels"], lex.cfg["punctuation"]
    run = _run_start(s, start, lex)  # (the last member of 一、二类 opens no bracket: its run does)
    closed = after > 0 and s[after - 1] in brackets["close_brackets"]
    if run < 1 or s[run - 1] not in brackets["open_brackets"] or not closed:
        return False
    before = s[:run - 1]
    if run < start:  # a 、-run of grades
        return any(word in before[-int(spec["bracket_gap"]):] for word in spec["graded"])
    return before.endswith(tuple(spec["bracket_grade_nouns"]))


def _kinds_counted_before(s: str, start: int, measure: str, spec: dict[str, Any]) -> bool:
    """A word that counts kinds (分为, 包括, 各) right before a grade at ``start``, or for 级/类 a 、-list of the levels
    counted (省、市、县三级); a 、-list before 二手 names places, no levels (round 25)."""
    before = s[max(0, start - 4):start]
    if held(spec["count_before"]).search(before):
        return True
    return measure in spec["list_counted_measures"] and held(spec["list_count_before"]).search(before) is not None


def _graded_head_near(s: str, after: int, spec: dict[str, Any]) -> bool:
    """A response or warning head a few Han characters after the grade (三级应急响应, 四级救灾应急响应): the words
    between name the plan's field, the grade still ranks the response."""
    heads = spec["graded_heads"]
    k = after
    while k < len(s) and k - after <= int(heads["gap"]) and is_han(s[k]):
        if s.startswith(tuple(heads["heads"]), k):
            return True
        k += 1
    return False


def _graded_target(s: str, start: int, spec: dict[str, Any]) -> bool:
    """The grade a response is raised or lowered to (应急响应提升至三级): a change-to verb right before it and a
    response or warning named earlier in its clause."""
    target = spec["graded_target"]
    if not held(target["before"]).search(s[max(0, start - 4):start]):
        return False
    lo = max(0, start - int(target["window"]))
    clause_start = max([s.rfind(ch, lo, start) for ch in target["clause_ends"]] + [lo - 1]) + 1
    return held(target["clause_has"]).search(s[clause_start:start]) is not None


def _registration_class(s: str, core: NumeralCore, end: int, unit_info: UnitInfo | None, cfg: dict[str, Any]) -> bool:
    """One numeral and 类 right before a regulated product (1类创新药, 3类仿制药, 三类医疗器械) names its registration
    class, as 三级医院 names a grade; a word that counts kinds before it (涉及三类医疗器械) keeps the count."""
    spec = cfg["registration_classes"]
    if unit_info is None or core.end - core.start != 1 or s[core.start:core.end] not in spec["numerals"]:
        return False
    if s[core.end:end].strip() != spec["measure"] or not held(spec["after"]).match(s[end:end + 10]):
        return False
    return not _kinds_counted_before(s, core.start, spec["measure"], cfg["grade_labels"])


def _home_ordinal(s: str, core: NumeralCore, end: int, unit_info: UnitInfo | None, cfg: dict[str, Any]) -> bool:
    """二套 before a word of the home or its loan (二套房, 三套及以上), or after 首套 in its sentence (首套…，二套为
    3.8%): which home a household buys, an ordinal, not a count of homes (拥有三套住房 stays a count)."""
    spec = cfg["home_ordinals"]
    numeral = s[core.start:core.end]
    if unit_info is None or len(numeral) != 1 or numeral not in spec["numerals"]:
        return False
    if s[core.end:end].strip() != spec["measure"]:
        return False
    if held(spec["count_before"]).search(s[max(0, core.start - 6):core.start]):
        return False
    if held(spec["after"]).match(s[end:end + 8]):
        return True
    return held(spec["contrast_before"]).search(s[max(0, core.start - int(spec["window"])):core.start]) is not None


def _bandwidth_tier(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """Digits whose scale is 兆 right before a line of broadband or an access rate (1000兆及以上接入速率, 100兆宽带):
    the megabit of a bandwidth tier, as 100M宽带 is (round 27), and the tier is no number."""
    return (core.has_scale and s[core.end - 1:core.end] in cfg["scale_tier_chars"]
            and held(cfg["letter_scale_tier_after"]).match(s[core.end:core.end + 12]) is not None)


_TIER_WINDOW = 24  # characters after a numeral that a tier label and the word it looks ahead to can reach


def _tier_label(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A numeral in a run glued to 线 that names a city tier (三四线城市, 二三线, 四五线城市): a tier, no count."""
    pattern = held(cfg["tier_labels"])
    for m in pattern.finditer(s, max(0, core.start - 3), core.end + _TIER_WINDOW):  # a window, not the rest of the text
        if m.start() > core.start:
            break
        if core.start < m.end() - 1:
            return True
    return False


def _rank_list(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """A numeral (or a 、-list of them) and 名/位 after a word that places names in order (分列二、三名, 分别位列3、4
    位): positions, as after 第."""
    spec = lex.cfg["rank_lists"]
    marker = lex.cfg["chinese_list_marker"]
    allowed = set(lex.numeral_chars) | set("0123456789") | {marker}
    k, j = core.start, core.end
    while k > 0 and s[k - 1] in allowed:
        k -= 1
    while j < len(s) and s[j] in allowed:
        j += 1
    if j >= len(s) or s[j - 1] == marker or s[j] not in spec["measures"]:
        return False
    return held(spec["before"]).search(s[max(0, k - 6):k]) is not None


def _ordinal_list_member(s: str, start: int, lex: Lexicon) -> bool:
    """A later member of a 、-list of numerals opened by 第 (三 of 第二、三名, 3 of 第2、3位): 第 binds the whole
    list, so each member is an ordinal like the first."""
    marker = lex.cfg["chinese_list_marker"]
    k, crossed = start, False
    while k > 0 and s[k - 1] == marker:
        j = k - 1
        while j > 0 and (s[j - 1] in lex.numeral_chars or s[j - 1].isdigit()):
            j -= 1
        if j == k - 1:
            return False
        k, crossed = j, True
    return crossed and ends_with_word(s, k, lex.cfg["ordinal_prefixes"]) is not None


def _run_start(s: str, start: int, lex: Lexicon) -> int:
    """Start of the 、-run of one-character numerals that holds the numeral at ``start``."""
    marker = lex.cfg["chinese_list_marker"]
    while start >= 2 and s[start - 1] == marker and s[start - 2] in lex.numeral_chars:
        start -= 2
    return start
