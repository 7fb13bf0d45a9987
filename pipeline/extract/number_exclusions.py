"""The guidelines' "not numbers" around one numeral: ordinals, labels, list numbering, codes,
names, words made of numeral characters, and 一 as an article.

``excluded`` tries the rules of ``EXCLUSION_RULES`` in turn (each reads the ``Reading``, the lexicon and the
segmenter); the rules' tests live in the modules of their concern (``number_exclusion_codes``, ``_names``,
``_ordinals``, ``_times``), the Chinese-word rules (一 as an article, words made of numerals) here. Each reads the
numeral (``NumeralCore``), the unit the engine attached and the text around it; the words and patterns it needs
live in ``pipeline/resources/numbers.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.chars import HSPACE, is_han
from pipeline.extract.number_context import Segmenter, ends_with_word, match_words
from pipeline.extract.number_exclusion_base import Reading, year_like
from pipeline.extract.number_exclusion_codes import (
    _bond_code,
    _bond_tranche,
    _code,
    _contract_code,
    _denominator_scale,
    _format_name,
    _in_bond_name,
    _model_code,
    _product_spec,
    _scheme_code,
    _service_number,
)
from pipeline.extract.number_exclusion_names import (
    _digits_in_name,
    _festival_name,
    _festival_number,
    _holiday_numeral,
    _in_numeral_slogan,
    _named_list_member,
    _numbered_unit,
    _one_for_each,
    _plus_joined_name,
    _quoted_abbreviation,
    _quoted_number_name,
    _zero_prefix,
)
from pipeline.extract.number_exclusion_ordinals import (
    _bandwidth_tier,
    _grade_in_sequence,
    _home_ordinal,
    _numbering,
    _numbering_numeral,
    _ordinal_list_member,
    _outline_number,
    _rank_list,
    _registration_class,
    _tier_label,
    grade_label,
)
from pipeline.extract.number_exclusion_times import _clock_range_head, _clock_time, _date_range_head
from pipeline.extract.number_exclusion_units import (
    after_change_abbreviation,
    change_led_unit,
    english_scale_at,
    letter_scale_at,
    share_scheme_unit,
)
from pipeline.extract.numerals import Lexicon, NumeralCore, skip_space
from pipeline.resources import held

# imported from here by the number engine (number_reading, numbers): the unit helpers and the reading live in the
# modules of their concern
__all__ = [
    "EXCLUSION_RULES",
    "Reading",
    "after_change_abbreviation",
    "change_led_unit",
    "english_scale_at",
    "excluded",
    "grade_label",
    "letter_scale_at",
    "share_scheme_unit",
    "year_like",
]



Rule = Callable[[Reading, Lexicon, Segmenter], bool]


def _rule_ordinal(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Ordinals: 第二届, 第 3位, and each later member of a 、-list opened by 第 (三 of 第二、三名)."""
    s, core = r.s, r.core
    return bool(ends_with_word(s, core.start, lex.cfg["ordinal_prefixes"]) or _ordinal_list_member(s, core.start, lex))


def _rule_rank_home_tier(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """分列二、三名, 二套房, 三四线城市: ranks, a home's order, a city tier (the last two: Chinese numerals)."""
    s, core, cfg = r.s, r.core, lex.cfg
    # (`_home_ordinal` reads one numeral of `home_ordinals.numerals`, all Chinese: chinese_only gates only the tier)
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
    # (`_grade_in_sequence` reads one numeral of `grade_labels.numerals`, all Chinese: the gate only saves its call)
    return r.core.chinese_only and _grade_in_sequence(r, lex)


def _rule_chinese_word(r: Reading, lex: Lexicon, seg: Segmenter) -> bool:
    """Chinese numerals only: formal characters alone, 一 as an article, words that only contain numerals."""
    # (`_not_chinese_quantity` tests ``unit_info is not None or tenths``: that is ``not r.bare``, asked again)
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


