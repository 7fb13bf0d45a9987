"""Exclusion rules of codes, labels and specifications: digits touching Latin letters or in a dotted code (5G,
3.0.1), a model's number (骁龙8 Gen3), a product's specification (8英寸晶圆), a format (3年制), a rate's base
(百万英热单位), a reporting scheme's member (范围二), a service number (12306), bond and contract codes.
The words live in ``pipeline/resources/numbers.yaml``."""

from __future__ import annotations

import re
from typing import Any

from pipeline.chars import HSPACE, is_han, is_latin_letter
from pipeline.extract.number_context import after_hours, match_words
from pipeline.extract.number_exclusion_base import Reading
from pipeline.extract.number_exclusion_times import colon_time
from pipeline.extract.number_exclusion_units import (
    _latin_unit_at,
    after_change_abbreviation,
    change_led_unit,
    english_scale_at,
    letter_scale_at,
)
from pipeline.extract.numerals import Lexicon, NumeralCore, UnitInfo, lexicon, skip_space
from pipeline.extract.unit_forms import cued_measure_at
from pipeline.resources import cached, fill_placeholders, held, with_shared_words


def _format_name(r: Reading, cfg: dict[str, Any]) -> bool:
    """A size with its measure word that names a format or a scheme: 制 right after a measure a format is named by
    (十一人制, 3年制, 100分制; not 96项制度), or a word the measure word names a discipline with (三人篮球), or a
    schooling scheme after 年 unless a span word stands before the numeral (九年义务教育; not 近五年义务教育经费)."""
    if r.unit_info is None:
        return False
    spec = cfg["format_names"]
    after = r.s[r.end:r.end + 4]
    if r.s.endswith(spec["year_measure"], 0, r.end) and held(spec["year_schemes"]).match(after):  # 九年义务教育 (r31)
        return held(spec["year_span_before"]).search(r.s[max(0, r.core.start - 2):r.core.start]) is None
    return any(r.s.endswith(measure, 0, r.end) and held(fill_placeholders(pattern, spec.__getitem__)).match(after)
               for measure, pattern in spec["after_measure"].items())


def _product_spec(r: Reading, cfg: dict[str, Any]) -> bool:
    """A figure that specifies a product (round 17): after a diameter mark, before the product its unit classes
    (a wafer size, a process node, a strength grade), or a grade after a grade code (P.O 42.5级); or a figure and
    its unit before 级, a size class (300兆瓦级, round 23). Such figures name the product the way a model number
    does; the product's own measures around them stay quantities."""
    spec = cfg["product_specs"]
    s, core = r.s, r.core
    before = s[max(0, core.start - 8):core.start]
    if held(spec["mark_before"]).search(before):
        return True
    unit = held(r"\s").sub("", s[core.end:r.end])
    if not unit:  # 64排128层CT: a measure the engine has no unit for, read from the text (round 31)
        return r.bare and any(held(group["bare_after"]).match(s[r.end:r.end + 12])
                              for group in spec["classed"] if "bare_after" in group)
    if unit in spec["grade_units"] and held(spec["grade_code_before"]).search(before):
        return True
    if held(spec["size_class_after"]).match(s[r.end:r.end + 2]):
        return True  # 300兆瓦级光伏项目, 5000吨级生产线: a size class (round 23)
    return any(unit in group["units"] and held(group["after"]).match(s[r.end:r.end + 12]) for group in spec["classed"])


def _model_code(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """Digits that name a model or close a code, no count (guidelines: digits inside names and codes): an integer
    glued to a Chinese name and followed by a capitalised Latin edition word (骁龙8 Gen3处理器, 小米14 Ultra发布), an
    integer written with a leading zero (海豹06, 编号007), the serial after a code's 号 and a hyphen (粤ICP备
    2023123456号-1), and an integer right after a product line's name (天玑8500, 小米15: ``series_before``).
    ``model_codes`` in numbers.yaml."""
    spec = cfg["model_codes"]
    text = s[core.start:core.end]
    if held(spec["leading_zero"]).fullmatch(text):
        return True
    if held(spec["code_serial_before"]).search(s[max(0, core.start - 3):core.start]):
        return True
    if text.isdigit() and any(s.endswith(name, 0, core.start) for name in spec["series_before"]):
        return True  # 天玑8500, 小米15, 昇腾910: a product line's model (round 32; the caller reads bare integers only)
    return (core.start > 0 and is_han(s[core.start - 1]) and text.isdigit()
            and held(spec["edition_after"]).match(s[core.end:core.end + 24]) is not None
            and _name_word_before(s, core.start, spec))


def _name_word_before(s: str, start: int, spec: dict[str, Any]) -> bool:
    """The word jieba cuts right before ``start`` is a name (骁龙, 小米, 华为), no verb or common word (全市有12 Apple
    Store门店 counts 12 stores). Run only where an edition word follows the digits."""
    import jieba.posseg

    from pipeline.nlp.jieba_dict import jieba_tokenizer

    tok = jieba_tokenizer()
    words = [w for w, _a, _b in tok.tokenize(s[max(0, start - 8):start])]
    word = words[-1] if words else ""
    if len(word) < 2:
        return False
    tag = jieba.posseg.dt.word_tag_tab.get(word)
    if tag is None or tag in spec["name_pos"]:
        return True
    return any(word + head in tok.FREQ for head in with_shared_words()["company_heads"])


def _denominator_scale(r: Reading, cfg: dict[str, Any]) -> bool:
    """A numeral of scale characters alone after a rate's separator or 每, or before a rate noun: the rate's base
    (per million British thermal units, deaths per million tonnes), so no amount of its own."""
    spec = cfg["denominator_scales"]
    if not r.core.toks or any(tok.kind not in ("small", "big") for tok in r.core.toks):
        return False
    k = r.core.start
    while k > 0 and r.s[k - 1] in HSPACE:
        k -= 1
    if (k > 0 and r.s[k - 1] in spec["before"]) or held(spec["rate_after"]).match(r.s[r.end:r.end + 8]) is not None:
        return True
    unit = held(r"\s").sub("", r.s[r.core.end:r.end])
    if not unit and (base := match_words(r.s, r.end, spec.get("bare_rate_bases", []))) is not None:
        return held(spec["long_rate_after"]).match(r.s[r.end + len(base):r.end + len(base) + 12]) is not None
    return unit in spec["long_rate_bases"] and held(spec["long_rate_after"]).match(r.s[r.end:r.end + 12]) is not None


@cached
def _scheme_code_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = lexicon().cfg["scheme_codes"]
    return re.compile(f"(?:{spec['before']})"), re.compile(f"(?:{spec['numerals']}){spec['joined']}")


def _scheme_code(s: str, start: int, cfg: dict[str, Any]) -> bool:
    """A numeral right after a reporting scheme's name (范围二, Scope 1, GRI 305-1, SDG 13), or after such a numeral
    and a list joiner (范围一、二): it names a member of the scheme, as the digits of 5G do."""
    before_re, member_re = _scheme_code_res()
    k = start
    for _ in range(4):  # at most a few members listed before this one
        if before_re.search(s, max(0, k - 8), k):
            return True
        m = member_re.search(s, max(0, k - 12), k)
        if m is None:
            return False
        k = m.start()
    return False


def _code(s: str, core: NumeralCore, end: int, unit_info: UnitInfo | None, bare: bool, lex: Lexicon) -> bool:
    """Digits touching Latin letters (5G, G20, COVID-19), dotted codes, numbers near 代码, integers
    with a leading zero (0115, 001), times of day (06:22) and generation labels (90后)."""
    n = len(s)
    cfg = lex.cfg
    first = core.toks[0]
    if (first.kind == "arabic" and len(first.text) > 1 and first.text[0] == "0" and first.text[1].isdigit()
            and not after_hours(s, core.start, s[core.end:core.end + 1], cfg)):
        return True  # 0115, 001 (1小时08分 is minutes)
    times = cfg["time_separators"]
    if core.end + 2 < n and s[core.end] in times and colon_time(s, core.end, cfg):
        return True
    if core.start >= 2 and s[core.start - 1] in times and s[core.start - 2].isdigit() and colon_time(
            s, core.start - 1, cfg):
        return True
    decade = len(core.toks) == 1 and len(first.text) == 2 and first.text.isdigit() and int(first.text) % 5 == 0
    if bare and decade and match_words(s, core.end, cfg["generation_suffixes"]):
        return True
    before = s[core.start - 1] if core.start > 0 else ""
    signed = before in "-+" or before in cfg["minus_signs"]
    if after_change_abbreviation(s, core.start - 1 if signed else core.start, lex):
        pass  # yoy+15.7%, qoq-3.2%: a change, not a code
    elif is_latin_letter(before) and not (unit_info is not None and unit_info.kind == "money"):
        return True  # G20, 5G, 𝑡1; EPS1.89元 is money
    elif signed and core.start >= 2 and is_latin_letter(s[core.start - 2]) and not (
            unit_info is not None and unit_info.unit in cfg["change_led_units"]["surfaces"].values()):
        return True  # COVID-19, T+0 (LPR-20BP is a spread in basis points)
    after = s[core.end] if core.end < n else ""
    latin_unit = (_latin_unit_at(s, core.end, lex) or change_led_unit(s, core.end, core.start, cfg) is not None
                  or cued_measure_at(s, core.end, core.start) is not None)
    if (is_latin_letter(after) and (unit_info is None or not (latin_unit or unit_info.kind == "money"))  # 3.2亿USD
            and not letter_scale_at(s, core.end, lex, core.start) and english_scale_at(s, core.end, lex) is None):
        return True
    # version numbers and dotted codes: 3.0.1, 192.168.1.1
    if core.end < n and s[core.end] == "." and core.end + 1 < n and s[core.end + 1].isdigit():
        return True
    if core.start > 0 and s[core.start - 1] == "." and core.start >= 2 and s[core.start - 2].isdigit():
        return True
    if bare and held(cfg["code_label_before"]).search(s[max(0, core.start - 12):core.start]):
        return True  # 热线95588, 附件3: a label's number
    return bare and _code_context(s, end, lex.cfg)


def _bond_tranche(s: str, core: NumeralCore, end: int, cfg: dict[str, Any]) -> bool:
    """A numeral with 期 in brackets after a bond's name, alone or in a 至/和 run of such labels: the tranche's
    series number (ordinal with 第 left out), no count of anything."""
    rule = cfg["bond_tranche"]
    if s[core.end:end].strip() != rule["measure"]:
        return False
    if (held(rule["opened"]).search(s[max(0, core.start - 4):core.start])
            and held(rule["bond_after"]).match(s[end:end + 8])):
        return True  # 附息（十二期）国债
    return bool(held(rule["before"]).search(s[max(0, core.start - 40):core.start])
                and held(rule["after"]).match(s[end:end + 12]))


def _service_number(s: str, core: NumeralCore, cfg: dict[str, Any], bare: bool) -> bool:
    """A public service number (12306, 95306, 110) right before its service's word names the service, even where a
    unit could be read after it (12306日均); so does a bare one with the service's field before the word (96110反诈
    专线, 12337举报平台). After a word that introduces a value it is a quantity."""
    spec = cfg["service_numbers"]
    if len(core.toks) != 1 or not held(spec["digits"]).match(s[core.start:core.end]):
        return False
    if held(spec["value_before"]).search(s[max(0, core.start - 4):core.start]):
        return False
    k = skip_space(s, core.end)
    if match_words(s, k, spec["followers"]) is not None:
        return True
    if not bare:
        return False
    field = k
    while field < len(s) and field - k < int(spec["field_chars"]) and is_han(s[field]):
        field += 1
        if match_words(s, field, spec["field_followers"]) is not None:
            return True
    return False


def _bond_code(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A bond's code after a bond word (活跃券230018) or a number inside a bond's short name (“23附息国债18”)."""
    digits = s[core.start:core.end]
    if digits.isdigit() and len(digits) >= int(cfg["bond_code_min_digits"]) and held(
            cfg["bond_code_before"]).search(s[max(0, core.start - 8):core.start]):
        return True
    return _in_bond_name(s, core.start, core.end, cfg)


def _contract_code(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A futures contract's code (主力合约2505, 沪铜2406合约): four digits, the delivery year and month, right after or
    before 合约; it names the contract and counts nothing (round 28)."""
    return bool(held(cfg["contract_code"]).fullmatch(s[core.start:core.end]) and (
        held(cfg["contract_code_before"]).search(s[max(0, core.start - 4):core.start])
        or held(cfg["contract_code_after"]).match(s[core.end:core.end + 4])))


def _in_bond_name(s: str, start: int, end: int, cfg: dict[str, Any]) -> bool:
    """The reading from ``start`` to ``end`` lies inside a bond's short name (“23附息国债18”, “24国开10”: the 24国 a
    unit reading takes is the year and the issuer, round 22)."""
    window = max(0, start - 12)
    if any(window + m.start() <= start and end <= window + m.end()
           for m in held(cfg["bond_name"]).finditer(s[window:end + 12])):
        return True
    # a corporate bond's short name in quotes or after its label (债券简称20宝龙04, “G21京投1”: round 25)
    reach = int(cfg["bond_short_name_window"])
    window = max(0, start - reach)
    return any(window + m.start("name") <= start and end <= window + m.end("name")
               for m in held(cfg["bond_short_name"]).finditer(s[window:end + reach]))


def _code_context(s: str, pos: int, cfg: dict[str, Any]) -> bool:
    window = s[pos : pos + int(cfg["code_context_window"])]
    window = held("[" + re.escape(cfg["punctuation"]["code_window_breaks"]) + "]").split(window, maxsplit=1)[0]
    return any(w in window for w in cfg["code_context_after"])
