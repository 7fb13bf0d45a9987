"""The guidelines' "not numbers" around one numeral: ordinals, labels, list numbering, codes,
names, words made of numeral characters, and 一 as an article.

Each rule reads the numeral (``NumeralCore``), the unit the engine attached and the text
around it; the words and patterns it needs live in ``pipeline/resources/numbers.yaml``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.chars import HSPACE, is_han, is_latin_letter
from pipeline.extract.number_context import (
    Segmenter,
    after_hours,
    clause_start_before,
    ends_with_word,
    line_start_before,
    match_words,
)
from pipeline.extract.numerals import Lexicon, NumeralCore, UnitInfo, lexicon, skip_space
from pipeline.extract.unit_forms import cued_measure_at
from pipeline.resources import cached, fill_placeholders, held, with_shared_words


def year_like(core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A bare four-digit integer in the year range: a date (or a code), never a count."""
    lo, hi = cfg["year_like_range"]
    if len(core.toks) != 1 or core.toks[0].kind != "arabic":
        return False
    txt = core.toks[0].text
    return txt.isdigit() and len(txt) == 4 and lo <= int(txt) <= hi


@dataclass(frozen=True)
class Reading:
    """One numeral as the engine read it: the text (normalised and original), the numeral, the
    quantity's extent (sign and unit included) and the unit it took, if any."""

    s: str
    original: str
    core: NumeralCore
    start: int
    end: int
    unit_info: UnitInfo | None
    tenths: bool

    @property
    def bare(self) -> bool:
        """No unit, no tenths: a numeral alone."""
        return self.unit_info is None and not self.tenths


Rule = Callable[[Reading, Lexicon, Segmenter], bool]


def _rule_ordinal(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Ordinals: 第二届, 第 3位, and each later member of a 、-list opened by 第 (三 of 第二、三名)."""
    s, core = r.s, r.core
    return bool(ends_with_word(s, core.start, lex.cfg["ordinal_prefixes"]) or _ordinal_list_member(s, core.start, lex))


def _rule_rank_home_tier(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """分列二、三名, 二套房, 三四线城市: ranks, a home's order, a city tier (the last two: Chinese numerals)."""
    s, core, cfg = r.s, r.core, lex.cfg
    return _rank_list(s, core, lex) or (core.chinese_only and (
            _home_ordinal(s, core, r.end, r.unit_info, cfg) or _tier_label(s, core, cfg)))


def _rule_bandwidth_tier(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """1000兆及以上接入速率, 100兆宽带: a broadband tier in megabits, no 10^12 (round 30)."""
    return not r.core.chinese_only and _bandwidth_tier(r.s, r.core, lex.cfg)


def _rule_registration_class(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """1类创新药, 三类医疗器械: a regulatory category, no count."""
    return _registration_class(r.s, r.core, r.end, r.unit_info, lex.cfg)


def _rule_format_name(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """十一人制足球场地, 3年制, 三人篮球: a format's name, no count."""
    return _format_name(r, lex.cfg)


def _rule_digits_in_name(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """融360数字科技研究院, 58安居客研究院: digits inside a name."""
    core = r.core
    return r.bare and not core.chinese_only and not core.has_scale and _digits_in_name(r.s, core, lex.cfg)


def _rule_label(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Labels: 图1, 表 2, Figure 3."""
    return bool(r.bare and ends_with_word(r.s, r.core.start, lex.cfg["label_prefixes"]))


def _rule_label_range(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """模型2~7: the range's end is a label, as its start is."""
    s, core, cfg = r.s, r.core, lex.cfg
    return bool(r.bare and (joint := held(cfg["label_range_joint"]).search(s[max(0, core.start - 12):core.start])) and
                ends_with_word(s, core.start - len(joint.group()), cfg["label_prefixes"]))


def _rule_name_suffix(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Names: 亚非欧1号, and a member of a list named by the suffix written once at its end (7、8号机组)."""
    s, cfg = r.s, lex.cfg
    return bool(r.bare and (match_words(s, skip_space(s, r.end), cfg["name_suffixes"])
                            or _named_list_member(s, r.end, lex)))


def _rule_digit_name_suffix(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Digits before a suffix that only digits take in a name (``digit_name_suffixes``)."""
    core = r.core
    return bool(r.bare and not core.chinese_only and not core.has_scale
                and match_words(r.s, r.end, lex.cfg["digit_name_suffixes"]))


def _rule_code(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """5G, COVID-19, 3.0.1, 0115, 06:22, 90后, 热线95588: digits of a code, a version, a time or a label."""
    return not r.core.chinese_only and _code(r.s, r.core, r.end, r.unit_info, r.bare, lex)


def _rule_model_code(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """骁龙8 Gen3, 海豹06, 粤ICP备2023123456号-1: a model's or a code's digits (round 31)."""
    core = r.core
    return r.bare and not core.chinese_only and not core.has_scale and _model_code(r.s, core, lex.cfg)


def _rule_product_spec(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Φ20mm, 8英寸晶圆, 28纳米制程, 42.5级水泥: a product's specification names it."""
    return not r.core.chinese_only and _product_spec(r, lex.cfg)


def _rule_statistic(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """P<0.05: a test's threshold."""
    s, core = r.s, r.core
    return bool(held(lex.cfg["statistic_before"]).search(s[max(0, core.start - 6):core.start]))


def _rule_lunar_day(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """腊月二十九: a lunar day."""
    s, core = r.s, r.core
    return bool(core.chinese_only and held(lex.cfg["lunar_day_before"]).search(s[max(0, core.start - 3):core.start]))


def _rule_month_digits(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """8月十五景区: the numeral the dates cut from a month in digits (round 31)."""
    s, core = r.s, r.core
    return bool(core.chinese_only and r.bare
                and held(lex.cfg["month_digits_before"]).search(s[max(0, core.start - 5):core.start]))


def _rule_numbered_unit(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """中铁十六局, 中国二十冶: a state group's numbered bureau (round 31)."""
    return r.core.chinese_only and r.bare and _numbered_unit(r.s, r.core, lex.cfg)


def _rule_service_number(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """12306平台, 铁路12306数据显示, 12306日均售票: a service's number."""
    return _service_number(r.s, r.core, lex.cfg, r.bare)


def _rule_number_name(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """“1+N”政策体系, “618”购物节, 2+26城市: a name made of numbers."""
    return r.bare and (_quoted_number_name(r.s, r.core.start, lex.cfg) or _plus_joined_name(r.s, r.core.start, lex))


def _rule_festival_bond_contract(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """双11, 活跃券230018, “23附息国债18”, 十一假期, 主力合约2505: names and codes."""
    s, core, cfg = r.s, r.core, lex.cfg
    return r.bare and (_festival_name(s, core, lex) or _festival_number(s, core, cfg) or _bond_code(s, core, cfg)
                       or _holiday_numeral(s, core, cfg) or _contract_code(s, core, cfg))


def _rule_unit_in_bond_name(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """“24国开10”: no count of 24 countries (round 22). The bare reading's bond name is `_bond_code`'s (the rule
    before): this one reads the extent with its unit."""
    return not r.bare and not r.core.chinese_only and _in_bond_name(r.s, r.core.start, r.end, lex.cfg)


def _rule_bond_tranche(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """一般债券（三期）, 专项债券（七期至十期）: a tranche's label."""
    return _bond_tranche(r.s, r.core, r.end, lex.cfg)


def _rule_latin_name(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """iPhone 15系列, Model 3降价, GB/T 19001-2016标准: a name's number (DeepSeek 500亿 is an amount)."""
    s, core, cfg = r.s, r.core, lex.cfg
    return bool(r.bare and not core.chinese_only and not core.has_scale
                and held(cfg["latin_name_before"]).search(s[max(0, core.start - 16):core.start])
                and held(cfg["latin_name_after"]).match(s[core.end:core.end + 16]))


def _rule_standard_code(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """（GB/T 4754-2017）, 代替GB 17859-1999，: a standard's number, whatever follows it (round 29)."""
    s, core = r.s, r.core
    return bool(r.bare and not core.has_scale
                and held(lex.cfg["standard_code_before"]).search(s[max(0, core.start - 12):core.start]))


def _rule_date_range_head(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """1-7月, 1一11月份: the first member of a range of dates is part of the date."""
    return r.bare and _date_range_head(r.s, r.end, lex, seg)


def _rule_clock_time(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """下午四点, 3月20日18时, 3时30分: an hour of the clock or its minutes."""
    return _clock_time(r.s, r.core, lex, seg)


def _rule_clock_range_head(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """11月29日0—24时: the head of a range of hours."""
    return r.bare and _clock_range_head(r.s, r.core, lex.cfg)


def _rule_numbering(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """List and section numbering: 1.顶层设计, 一、, （2）, 一是."""
    cfg = lex.cfg
    return r.bare and _numbering_numeral(r.core, cfg) and _numbering(r.s, r.core, r.start, r.end, cfg)


def _rule_outline_number(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """…进行总结 1 投资策略及重点个股 1.1 当前行业投资策略: a summary's outline run on one line (a title's 市 is no
    unit of its number, so the number's own end is read)."""
    return not r.core.has_scale and _outline_number(r.s, r.start, r.core.end, lex.cfg)


def _rule_relative_day(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """较前一日上涨, 较前一周减少: the day or week before, no span of one."""
    s, core, cfg = r.s, r.core, lex.cfg
    return bool(r.unit_info is not None and r.unit_info.kind == "duration"
                and r.unit_info.unit in cfg["relative_one_units"]
                and core.value == 1 and core.start > 0 and s[core.start - 1] in cfg["relative_day_before"]
                and s[max(0, core.start - 2):core.start] not in cfg["relative_day_verbs"])


def _rule_denominator_scale(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """美元/百万英热单位, 百万吨死亡率: the base of a rate."""
    return _denominator_scale(r, lex.cfg)


def _rule_scheme_code(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """范围二排放, （范围1）, 类别1, GRI 305-1, SDG 13: a member of a reporting scheme."""
    return r.bare and _scheme_code(r.s, r.core.start, lex.cfg)


def _rule_grade_in_sequence(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """一类…68.2%，二类占16.8%; 生态质量为二类: a grade, no count."""
    return r.core.chinese_only and _grade_in_sequence(r, lex)


def _rule_chinese_word(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Chinese numerals only: formal characters alone, 一 as an article, words that only contain numerals."""
    return r.core.chinese_only and _not_chinese_quantity(r, lex, seg)


# The guidelines' "not numbers", tried in turn; the first that holds excludes the numeral. The order is the rules'
# precedence: keep it (the bond rules read the bare and the unit extent in turn, the Chinese words come last).
EXCLUSION_RULES: tuple[Rule, ...] = (
    _rule_ordinal,
    _rule_rank_home_tier,
    _rule_bandwidth_tier,
    _rule_registration_class,
    _rule_format_name,
    _rule_digits_in_name,
    _rule_label,
    _rule_label_range,
    _rule_name_suffix,
    _rule_digit_name_suffix,
    _rule_code,
    _rule_model_code,
    _rule_product_spec,
    _rule_statistic,
    _rule_lunar_day,
    _rule_month_digits,
    _rule_numbered_unit,
    _rule_service_number,
    _rule_number_name,
    _rule_festival_bond_contract,
    _rule_unit_in_bond_name,
    _rule_bond_tranche,
    _rule_latin_name,
    _rule_standard_code,
    _rule_date_range_head,
    _rule_clock_time,
    _rule_clock_range_head,
    _rule_numbering,
    _rule_outline_number,
    _rule_relative_day,
    _rule_denominator_scale,
    _rule_scheme_code,
    _rule_grade_in_sequence,
    _rule_chinese_word,
)


def excluded(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """The guidelines' "not numbers": ordinals, labels, numbering, codes, names, articles (`EXCLUSION_RULES`)."""
    return any(rule(r, lex, seg) for rule in EXCLUSION_RULES)


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


def english_scale_at(s: str, pos: int, lex: Lexicon) -> int | None:
    """End of an English scale word (million, billion) at ``pos`` that no letter follows, else None."""
    k = skip_space(s, pos)
    for word in lex.cfg["english_scales"]:
        end = k + len(word)
        if s[k:end].lower() == word and not (end < len(s) and s[end].isascii() and s[end].isalpha()):
            return end
    return None


def letter_scale_at(s: str, k: int, lex: Lexicon, start: int) -> bool:
    """A Latin letter scale at ``k`` (40k, 3w, 15W) that no other letter follows, after the numeral at ``start``; a
    strict one (w/W, which is also the watt) only outside a clause about power and before what ends an amount: a
    clause end, a space, a plus, a Chinese scale or a unit."""
    n = len(s)
    if k >= n or s[k] not in lex.letter_scales:
        return False
    nxt = s[k + 1] if k + 1 < n else ""
    if nxt.isascii() and nxt.isalpha() and nxt not in lex.cfg["letter_scale_measure_words"]:
        return False
    if (held(lex.cfg["letter_scale_tenor_after"]).match(s[k + 1:k + 12])
            or held(lex.cfg["letter_scale_tenor_before"]).search(s[max(0, start - 16):start])
            or held(lex.cfg["letter_scale_tenor_quote"]).match(s[k + 1:k + 20])
            or held(lex.cfg["letter_scale_tier_after"]).match(s[k + 1:k + 12])):
        # 6M Shibor, 6M-同业拆借利率 (round 21), （Shibor）3M, 3M报1.95% (round 22): a tenor; 100M宽带: a tier
        return False
    if s[k] not in lex.cfg["strict_letter_scales"]:
        last = _list_last_member(s, k, lex)
        if last != k:  # 4K/8K超高清: the list's members are read as its last one is (round 31)
            return letter_scale_at(s, last, lex, last - 1)
        return held(lex.cfg["letter_scale_display_after"]).match(s[k + 1:k + 12]) is None
    if held(lex.cfg["watt_context"]).search(s[max(0, start - 12):start]) or held(lex.cfg["watt_context_after"]).match(
                                                                                 s[k + 1:k + 3]):
        return False
    if not nxt or nxt in lex.big or not nxt.isalnum():
        return True
    m = lex.unit_re.match(s, k + 1)
    return m is not None and held(r"\s").sub("", m.group(0)) in lex.units


_LIST_WALK = threading.local()  # per thread: the text whose lists were walked, and each member's list end


def _list_last_member(s: str, k: int, lex: Lexicon) -> int:
    """The letter of the last member of the slash or 、 list of letter-scaled numbers whose member's letter is at
    ``k`` (``k`` itself when no member follows). A loop, and each list is walked once per text: the verdict of every
    member it passed is remembered (a line of 1500 members stays linear)."""
    if getattr(_LIST_WALK, "text", None) is not s:  # (a thread's own memo: a library user's threads share none)
        _LIST_WALK.text, _LIST_WALK.last = s, {}
    known: dict[int, int] = _LIST_WALK.last
    passed = []
    pattern = lex.cfg["letter_scale_list_member"] + re.escape(s[k])
    while k not in known:
        member = held(pattern).match(s[k + 1:k + 8])
        if member is None:
            break
        passed.append(k)
        k += member.end()
    last = known.get(k, k)
    for p in passed:
        known[p] = last
    return last


def _date_range_head(s: str, end: int, lex: Lexicon, seg: Segmenter) -> bool:
    """The first member of a range whose second member is a date (1-7月, 1一11月份): part of the date."""
    k = skip_space(s, end)
    connector = match_words(s, k, lex.cfg["range_connectors"] + lex.cfg["dash_like"])
    return connector is not None and seg.owns_start(skip_space(s, k + len(connector)))


def _clock_time(s: str, core: NumeralCore, lex: Lexicon, seg: Segmenter) -> bool:
    """An hour of the clock (下午四点, 3月20日18时): a clock word after the numeral, and a part of the
    day or a date right before it, or minutes after it or another hour in a range (3时30分, 0时至24时), and the
    minutes of such a time."""
    cfg = lex.cfg
    hour = cfg["clock_hour"]
    k = core.start
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    if (s.startswith(hour["minute"], core.end) and not s.startswith(hour["minutes_word"], core.end)
            and held(hour["before_minutes"]).search(s[max(0, k - 6):k])):
        return True  # 下午3时30分: the minutes of a clock time (12点50分钟后 is a span)
    if core.value <= 24 and s.startswith(tuple(hour["always"]), core.end):
        return True  # 5点钟: an hour whatever stands before it
    after = s[core.end + 1:core.end + 8]
    if (s.startswith((hour["point"], hour["word"]), core.end) and core.value <= 24
            and (held(hour["minutes_after"]).match(after) or held(hour["range_after"]).match(after)
                 or held(hour["range_before"]).search(s[max(0, k - 8):k]))):
        return True  # 18点05分, 3时30分, 0时至24时: a clock time
    if (s.startswith(hour["word"], core.end) and core.value <= 24 and core.value == core.value.to_integral_value()
            and (s[core.end + 1:core.end + 2] or " ") not in hour["blockers"]
            and not held(hour["when_before"]).search(s[max(0, k - 20):k])):
        return True  # 北京时间10时, 截至24时: 时 after a whole number is an hour (当市盈率低于15时 is "when")
    # 凌晨3点几: the hour's 点 before vague decimals is a clock word too
    hour_end = next((t.start for t in core.toks if t.kind == "point"), core.end) if core.vague else core.end
    if not match_words(s, hour_end, cfg["clock_words"]):
        return False
    return bool(ends_with_word(s, k, cfg["day_parts"])) or seg.owns_end(k)


def _clock_range_head(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A bare whole number up to 24 right before a range connector and an hour with its clock word (0—24时, 8-20时):
    the range's first hour, as 0时至24时 is (``clock_hour.range_head_after``)."""
    value = core.value
    return (value <= 24 and value == value.to_integral_value()
            and held(cfg["clock_hour"]["range_head_after"]).match(s[core.end:core.end + 10]) is not None)


def _dash_between_digits(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """一 between two Arabic numerals is a dash (1一11月, 0.2一0.3个百分点), not the numeral one."""
    if s[core.start : core.end] not in lex.cfg["dash_like"]:
        return False
    k = core.start
    while k > 0 and s[k - 1] in HSPACE:
        k -= 1
    before = s[k - 1] if k > 0 else ""
    after = s[skip_space(s, core.end)] if skip_space(s, core.end) < len(s) else ""
    return (before.isascii() and (before.isdigit() or before in "%")) and after.isascii() and after.isdigit()


def _colon_time(s: str, colon: int, cfg: dict) -> bool:
    """The separator at ``colon`` joins an hour and two-digit minutes (06:22, 9:30), not the members of a ratio
    (1:1.2, 6:4, 1:80, 男女比例为1:1, 按照1:10的比例): a ratio word around it, a decimal or more than 59 after it."""
    hour = held(r"\d{1,2}$").search(s[max(0, colon - 2):colon])
    minutes = held(r"(\d{2})(?![\d.\uff0e])").match(s[colon + 1:colon + 4])
    if hour is None or minutes is None or int(minutes.group(1)) > 59:
        return False
    if int(hour.group()) > 24:
        # the seconds of HH:MM:SS (09:37:47): the part before is itself the minutes of a clock time
        first = colon - len(hour.group()) - 1
        if (len(hour.group()) < 2 or int(hour.group()) > 59 or first < 1 or s[first] not in cfg["time_separators"]
                or not _colon_time(s, first, cfg)):
            return False
    window = int(cfg["ratio_window"])
    after = colon + 1 + len(minutes.group(1))
    return (held(cfg["ratio_before"]).search(s[max(0, colon - window):colon - len(hour.group())]) is None
            and held(cfg["ratio_after"]).match(s[after:after + window]) is None)


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
    if core.end + 2 < n and s[core.end] in times and _colon_time(s, core.end, cfg):
        return True
    if core.start >= 2 and s[core.start - 1] in times and s[core.start - 2].isdigit() and _colon_time(
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
    pattern = _compiled(cfg["tier_labels"])
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


def _digits_in_name(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """Whole digits glued to the Chinese of a name that runs on into an organisation's head (融360数字科技研究院,
    58安居客研究院): part of the name. Glued on the left to a Chinese character that introduces no value, or at the
    start of a clause."""
    spec = cfg["digits_in_names"]
    digits = s[core.start:core.end]
    if not digits.isdigit() or match_words(s, core.end, spec["not_after"]):
        return False
    before = s[core.start - 1] if core.start > 0 else ""
    if before and not is_han(before) and not clause_start_before(s, core.start):
        return False
    if before and is_han(before) and held(spec["value_before"]).search(s[max(0, core.start - 4):core.start]):
        return False
    return _compiled(spec["head_after"]).match(s[core.end:core.end + int(spec["window"])]) is not None


def _numbered_unit(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A Chinese numeral glued between a state group's short name and the head of its numbered bureau, metallurgy
    company or institute (中铁十六局, 中交二航局, 中国二十冶, 航天三院): the numeral is part of the subsidiary's
    name."""
    spec = cfg["numbered_unit"]
    before, after = s[max(0, core.start - 4):core.start], s[core.end:core.end + 2]
    if _compiled(spec["china_before"]).search(before) is not None:  # 中国二十冶; not 中国一局 (mended, round 31)
        return _compiled(spec["china_after"]).match(after) is not None
    return _compiled(spec["before"]).search(before) is not None and _compiled(spec["after"]).match(after) is not None


def _compiled(pattern: str) -> re.Pattern[str]:
    """A resource pattern compiled once (setdefault would compile it again on every call)."""
    found = _PATTERNS.get(pattern)
    if found is None:
        found = _PATTERNS[pattern] = re.compile(pattern)
    return found


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _festival_name(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """A numeral glued right after 双 (双11, 双十一, “双十二”) names a shopping festival; 一双 is a pair."""
    prefix = match_words(s[max(0, core.start - 2):core.start][::-1], 0,
                         [w[::-1] for w in lex.cfg["festival_prefixes"]])
    if prefix is None:
        return False
    before = s[core.start - len(prefix) - 1] if core.start > len(prefix) else ""
    return not before or not (before.isdigit() or before in lex.numeral_chars)


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


def _festival_number(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A shopping festival named by its date's digits (天猫618, 京东618开卖, 618大促期间): before a festival word
    or glued after a name (not after a word that introduces a value: 为618, 达618), the bare number names the event,
    as “618” in quotes does."""
    spec = cfg["festival_numbers"]
    if s[core.start:core.end] not in spec["numbers"]:
        return False
    if match_words(s, skip_space(s, core.end), spec["followers"]):
        return True
    return (core.start > 0 and is_han(s[core.start - 1])
            and held(spec["value_before"]).search(s[max(0, core.start - 4):core.start]) is None)


def _holiday_numeral(s: str, core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A holiday named by its date in Chinese numerals right before a holiday word (十一假期, 五一小长假): the unquoted
    form of “十一”; before a measure word or any other noun (十一个, 十一节车厢) it stays a number."""
    spec = cfg["holiday_numerals"]
    return (s[core.start:core.end] in spec["numbers"]
            and match_words(s, skip_space(s, core.end), spec["followers"]) is not None)


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


def _run_start(s: str, start: int, lex: Lexicon) -> int:
    """Start of the 、-run of one-character numerals that holds the numeral at ``start``."""
    marker = lex.cfg["chinese_list_marker"]
    while start >= 2 and s[start - 1] == marker and s[start - 2] in lex.numeral_chars:
        start -= 2
    return start


def _not_chinese_quantity(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Chinese numerals: formal characters alone, 一 as an article, words that only contain numerals."""
    cfg = lex.cfg
    s, original, core, end, unit_info, tenths = r.s, r.original, r.core, r.end, r.unit_info, r.tenths
    n = len(s)
    numeral = s[core.start : core.end]
    if len(numeral) == 1 and original[core.start] in cfg["ambiguous_formal"]:
        return True
    negated = cfg["negated_one"]
    if numeral == negated["numeral"] and r.bare and s[core.start - 1:core.start] == negated["before"]:
        return True  # 涨跌不一
    if _dash_between_digits(s, core, lex) or _malformed(core) or _in_fixed_word(r, lex, seg):
        return True
    if _in_numeral_slogan(s, core.start, lex) or _one_for_each(s, core, lex):
        return True
    if numeral == cfg["article_numeral"] and not core.vague and not tenths:
        k = skip_space(s, end)
        if unit_info is None and match_words(s, k, cfg["range_connectors"]) and _unit_after_numeral(s, k + 1, lex):
            return False  # 一至三年, 一到两倍: the first member of a range (一到周末, 一到三亚 are none)
        if unit_info is None:
            nxt = s[end] if end < n else ""
            if is_han(nxt) or seg.token_end_at(core.start) != core.end:
                return True  # 一 runs into a word (一看, 一经): only a free-standing 一 counts
        elif unit_info.kind == "count" and unit_info.factor == 1 and unit_info.unit in cfg["article_measure_words"]:
            return True  # 一个很好的机遇, 一场: an article
    if unit_info is not None and grade_label(s, core.start, core.end, r.end, lex):
        return True  # 三级医院, 二级以上: a grade
    if unit_info is not None or tenths:
        return False  # a numeral with its unit (两年, 三个, 6成) is a quantity
    if _quoted_abbreviation(s, core, lex) or _zero_prefix(s, core, end, lex):
        return True  # “四上”企业, 零就业家庭: a name of a set or a condition
    k = skip_space(s, end)
    if match_words(s, k, cfg["range_connectors"] + cfg["list_separators"]) and any(
        ch in lex.numeral_chars or ch.isdigit() for ch in s[k + 1 : k + 3]
    ):
        return False  # the first member of a range or list (三至五万元)
    tok_end = seg.token_end_at(core.start)
    if tok_end is None:
        return True  # the numeral starts inside a word (统一, 进一步, 之一)
    vague = set(cfg["over_infixes"]) | set(cfg["vague_digits"])
    # the word goes on beyond the quantity (一方面, 两极分化, 四川)
    return tok_end > end and not all(ch in lex.numeral_chars or ch in vague for ch in s[core.start : tok_end])


def _quoted_around(s: str, at: int, quotes: list[list[str]], limit: int) -> Iterator[str]:
    """The text inside each pair of quotes that opens at most ``limit`` characters before ``at`` and closes at most
    ``limit`` after it, with no closing quote between the opening one and ``at``."""
    for opener, closer in quotes:
        start = s.rfind(opener, max(0, at - limit), at + 1)
        end = s.find(closer, at, at + limit + 1)
        if start >= 0 and end >= 0 and closer not in s[start + 1:at]:
            yield s[start + 1:end]


def _quoted_number_name(s: str, at: int, cfg: dict) -> bool:
    """The number stands in a short quoted name of numbers joined by + or of digits alone (“1+N”, “5+2+4”, “618”)."""
    spec = cfg["quoted_number_names"]
    return any(held(spec["pattern"]).fullmatch(inner.strip())
               for inner in _quoted_around(s, at, spec["quotes"], int(spec["max_chars"])))


def _plus_joined_name(s: str, at: int, lex: Lexicon) -> bool:
    """The number at ``at`` is a member of digits joined by + right before a Han noun (2+26城市, round 46): the run
    names a group or a scheme, as the quoted “1+N” does. A sum before its result (1+1大于2) or before a measure word
    (2+3个) is left alone. The search is bounded to a window around ``at``."""
    spec = lex.cfg["plus_joined_name"]
    width = int(spec["window"])
    for found in held(spec["pattern"]).finditer(s, max(0, at - width), min(len(s), at + width)):
        if found.start() <= at < found.end():
            return not (held(spec["not_before"]).match(s, found.end())
                        or match_words(s, found.end(), lex.cfg["article_measure_words"]))
    return False


def _in_numeral_slogan(s: str, at: int, lex: Lexicon) -> bool:
    """The numeral stands in a short quoted slogan of two or more numerals, each with its word (“两新一重”,
    「五位一體」): the slogan names policy points, it counts nothing. A compound numeral is one numeral (“二十一连丰”
    holds one, 二十一, as “十九连丰” does: round 43 mend); a run of scales without a digit (万, 千万) is none."""
    spec = lex.cfg["numeral_slogans"]
    limit = int(spec["max_chars"])
    runs = f"[{re.escape(lex.numeral_chars)}]+"
    return any(0 < len(inner) <= limit and all(is_han(ch) for ch in inner)
               and sum(any(ch in lex.digits for ch in run) for run in held(runs).findall(inner)) >= 2
               for inner in _quoted_around(s, at, spec["quotes"], limit))


def _quoted_abbreviation(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """A numeral that opens a short quoted abbreviation with no measure word (“四上”企业, “三保”): the quotes
    mark a name of a set of groups or points, as “十四五” names a plan, so the numeral counts nothing written.
    A set named with 大 (“五大行”) keeps its number."""
    spec = lex.cfg["numeral_slogans"]
    size = int(spec["abbreviation_chars"])
    numeral = s[core.start:core.end]
    for inner in _quoted_around(s, core.start, spec["quotes"], size):
        rest = inner[len(numeral):]
        if (len(inner) == size and inner.startswith(numeral) and rest and all(is_han(ch) for ch in rest)
                and not any(ch in lex.numeral_chars for ch in rest)
                and not rest.startswith(tuple(spec["abbreviation_not_after"]))):
            return True
    return False


def _zero_prefix(s: str, core: NumeralCore, end: int, lex: Lexicon) -> bool:
    """A bare 零 glued to the word it negates (零就业家庭, 零关税): a condition named, no quantity of zero."""
    spec = lex.cfg["numeral_slogans"]["zero_prefix"]
    if s[core.start:end] != spec["numeral"] or end >= len(s) or not is_han(s[end]):
        return False
    if core.start > 0 and s[core.start - 1] in spec["not_after"]:
        return False  # 几乎为零, 降至零: the value zero
    return s[end] not in lex.numeral_chars and not s.startswith(tuple(spec["not_before"]), end)


def _one_for_each(s: str, core: NumeralCore, lex: Lexicon) -> bool:
    """一 in 一X一Y (一车一码, 一户一档, 一企一策): one for each, no count of X."""
    if s[core.start:core.end] != lex.cfg["article_numeral"]:
        return False
    pattern = lex.cfg["numeral_slogans"]["one_for_each"]
    return any(held(pattern).match(s[k:k + 8]) is not None for k in (core.start, core.start - 2) if k >= 0)


def _malformed(core: NumeralCore) -> bool:
    """A digit after a complete tens (十三五, 十一五): the name of a five-year plan, no numeral. A 零
    after the scale is a filler, not a digit (一千零一, 四千零五万 are numerals)."""
    toks = core.toks
    kinds = [t.kind for t in toks]
    return any(
        kinds[i : i + 3] == ["small", "cdigit", "cdigit"] and toks[i + 1].value != 0 for i in range(len(kinds) - 2)
    )


def _in_fixed_word(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """A numeral that the Doc's words put inside a fixed word: a word that began before it (统一市场,
    进一步), or one that starts with it and goes on past its unit (五位一体, 零部件, 冰火两重天,
    三年级), unless what follows is a time or approximation tail (十年间, 五年来, 两年前)."""
    s, core = r.s, r.core
    before = seg.word_start_before(core.start)
    if before is not None and not all(ch in lex.numeral_chars or ch in lex.cfg["over_infixes"]
                                      or ch in "".join(lex.cfg["word_heads_kept"]) for ch in s[before : core.start]):
        # 年增三．二％, 訂單七二九．二億: a digit string with its point is a figure whatever word the tokenizer glued
        # to its first digit (增三, 單七); so is a numeral that opens with a tens written as one (創卅八年: 创卅)
        return not (any(t.kind == "point" and t.text in lex.cfg["digit_string_points"] for t in core.toks)
                    or core.toks[0].text in lex.cfg["tens_numerals"])
    if r.unit_info is None:
        return False
    if _streak_word_glued(r, lex, seg):
        return True
    word_end = seg.token_end_at(core.start)
    if word_end is None or word_end <= r.end:
        return False
    tail = s[r.end : word_end]
    return not any(tail.startswith(w) for w in lex.cfg["word_tails_kept"])


def _streak_word_glued(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """A streak word (`streak_word_head` + a verb: 连增, 连降) whose verb opens a word of the Doc that runs past it
    (三连增派兵力: 增派, a company's reinforcement; 美联储三连降息: 降息, a policy's noun): no streak of rises or
    falls is written, so the numeral counts none (round 43 mend; 三连降，, 4连涨 and “二十一连丰” stay streaks)."""
    unit = r.unit_info.unit if r.unit_info is not None else ""
    if not unit.startswith(lex.cfg["streak_word_head"]) or len(unit) < 2 or r.end < 1:
        return False
    word_end = seg.token_end_at(r.end - 1)
    return word_end is not None and word_end > r.end


def _unit_after_numeral(s: str, k: int, lex: Lexicon) -> bool:
    """A numeral starts at ``k`` and a unit, tenths or a multiple follows it (三年, 两倍, 五成)."""
    end = k
    while end < len(s) and (s[end] in lex.numeral_chars or s[end].isdigit() or s[end] == "."):
        end += 1
    if end == k:
        return False
    if end < len(s) and s[end] in (lex.cfg["tenths"]["cheng"], lex.cfg["tenths"]["zhe"]):
        return True
    return lex.unit_re.match(s, skip_space(s, end)) is not None


def after_change_abbreviation(s: str, pos: int, lex: Lexicon) -> bool:
    """A Latin abbreviation of a change (yoy, QoQ: ``change_abbreviations``) ends at ``pos``, no letter before it."""
    for word in lex.cfg["change_abbreviations"]:
        begin = pos - len(word)
        if begin >= 0 and s[begin:pos].lower() == word and not (begin and is_latin_letter(s[begin - 1])):
            return True
    return False


def change_led_unit(s: str, pos: int, start: int, cfg: dict[str, Any]) -> tuple[int, str] | None:
    """(end, surface) of a unit read only after a change word (下行4BP, 收窄12BP: an upper-case BP names a company
    elsewhere, 2022BP世界能源展望), when no letter runs on after it."""
    spec = cfg["change_led_units"]
    between = spec.get("measure_between")
    if between and s.startswith(between, pos):
        pos += len(between)  # 上行4.5个BP: the measure word before the unit, as in 个基点
    surface = next((u for u in spec["surfaces"] if s.startswith(u, pos)), None)
    if surface is None:
        return None
    end = pos + len(surface)
    if end < len(s) and s[end].isascii() and s[end].isalnum():
        return None
    if held(spec["change_before"]).search(s[max(0, start - 6):start]) is None:
        return None
    return end, surface


def share_scheme_unit(s: str, start: int, end: int, cfg: dict[str, Any]) -> str | None:
    """The unit of a bare numeral in a dividend scheme's shorthand (10派3元, 10转4派2元: shares, ``share_scheme``):
    the base before a scheme verb and a numeral, or a count after 送/转 inside the scheme."""
    spec = cfg["share_scheme"]
    if held(spec["after"]).match(s[end:end + 4]) or held(spec["before"]).search(s[max(0, start - 16):start]):
        return str(spec["unit"])
    return None


def _latin_unit_at(s: str, pos: int, lex: Lexicon) -> bool:
    """A Latin unit at ``pos`` that no Latin letter goes on from, or a multiple before a ratio (28.1xP/E): one
    expression for all of them (backtracking tries each unit until one fits)."""
    return lex.latin_unit_re is not None and lex.latin_unit_re.match(s, pos) is not None


def _code_context(s: str, pos: int, cfg: dict[str, Any]) -> bool:
    window = s[pos : pos + int(cfg["code_context_window"])]
    window = held("[" + re.escape(cfg["punctuation"]["code_window_breaks"]) + "]").split(window, maxsplit=1)[0]
    return any(w in window for w in cfg["code_context_after"])


def _named_list_member(s: str, end: int, lex: Lexicon) -> bool:
    """A bare number followed by a joiner and a number with a name suffix (7、8号机组, 3至5号线): a member of a list of
    names, named by the suffix written once at its end."""
    k = skip_space(s, end)
    joiner = match_words(s, k, lex.cfg["name_list_joiners"]) if k < len(s) else None
    if joiner is None:
        return False
    k = skip_space(s, k + len(joiner))
    j = k
    while j < len(s) and (s[j].isdigit() or s[j] in lex.digits):
        j += 1
    return j > k and match_words(s, skip_space(s, j), lex.cfg["name_suffixes"]) is not None

