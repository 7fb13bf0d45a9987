"""The left walk of a head-word name: from the head leftwards over the words of its proper prefix to where the name
starts, and the word tests it asks (split from ``candidates``, round 48)."""

from __future__ import annotations

import bisect
import re

from pipeline.chars import is_han, is_rare_han
from pipeline.extract.organizations.alias_matches import _common_word
from pipeline.extract.organizations.base import (
    CJK,
    LATIN,
    resources,
    verb_like,
)
from pipeline.resources import cached


def _word_at(words: list[tuple[int, int, str, str]], at: int, edge: int, missing: int | None = None) -> int | None:
    """Index of the word that starts (``edge`` 0) or ends (``edge`` 1) at ``at`` among ``words`` in text order, else
    ``missing``: a bisection, not a scan, as a long sentence holds many words and each candidate asks."""
    k = bisect.bisect_left(words, at, key=lambda w: w[edge])
    return k if k < len(words) and words[k][edge] == at else missing


def joining_words(head: str) -> list[str]:
    """Words that may join the parts of a name ending with ``head`` (``name_inner_words``): none before a head only a
    place's government bears (``place_only_heads``), which its place alone names (中国路桥与肯尼亚政府: two parties)."""
    rules = resources().rules
    return [] if head in rules["place_only_heads"] else rules["name_inner_words"]


def _ends_name(word: str, flag: str, legal: bool = False) -> bool:
    """Whether a word cannot stand inside a name's prefix: a stop word, a count of a group, a stop POS (verbs,
    prepositions …) or a verb phrase. Nouns jieba's dictionary tags as adverbs or verbs may (高新/d, 高速/d:
    ``verb_like.not_verbs``).
    Before a legal form (``legal``) so may the verbs and descriptive words of a registered name (控股, 结算,
    联合: ``legal_forms``), which a registrar accepts and prose around a name does not put there."""
    res = resources()
    spec = res.rules["legal_forms"]
    if re.match(res.rules["group_count"], word):  # 四大, 三家: a count of a list's kind (中国银行四大国有银行)
        return True
    if re.match(res.rules["name_ordinal"], word):  # 第一附属医院: an ordinal numbers a body's units
        return False
    if word in res.stop_words:
        return not (legal and word in spec["inner_words"])
    if flag in res.stop_pos and not (legal and flag in spec["inner_pos"]):
        return not name_verb(word) and word not in res.rules["verb_like"]["not_verbs"]
    return not legal and verb_like(word, flag)


def _inside_name(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """A name character, or one character right after one (沣/西 of 沣西新城: jieba cut the name's word apart)."""
    word = words[k][2]
    return name_character(words, k) or (len(word) == 1 and is_han(word) and k > 0 and name_character(words, k - 1))


def _past_name_characters(start: int, words: list[tuple[int, int, str, str]]) -> int:
    """A model's left edge at a character jieba has no word for moves past it and the proper words before it
    (新城管委会 → 西咸新区沣西新城管委会): the model cut where the rare character stands, not where the name starts."""
    k = _word_at(words, start, 1, -1)
    moved = start
    while k >= 0 and words[k][1] == moved and _inside_name(words, k):
        moved = words[k][0]
        k -= 1
    return start if moved == start else _proper_run_start(moved, words)


def name_character(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Whether the word at ``k`` is one character jieba has no word for that belongs to a name (``unknown_char_pos``):
    a rare ideograph (杭州䶮华科技), or any such character right after a proper word (西咸新区/沣/东新城), where jieba
    only failed to join it to its neighbours."""
    res = resources()
    _start, _end, word, flag = words[k]
    if len(word) != 1 or flag not in res.rules["unknown_char_pos"] or not (is_han(word) or is_rare_han(word)):
        return False  # (、 and other punctuation are tagged x too)
    before = words[k - 1] if k > 0 else None
    return is_rare_han(word) or (before is not None and before[1] == _start and before[3] in res.proper_pos
                                 and bool(CJK.search(before[2])))  # (XX县人民政府: a placeholder names no county)


def name_verb(word: str) -> bool:
    """Whether a verb names what a body does inside its name (发展研究院, 英国驻华大使馆: ``name_verbs``,
    ``name_verb_prefixes``)."""
    rules = resources().rules
    return word in rules["name_verbs"] or word.startswith(tuple(rules["name_verb_prefixes"]))


def _past_generic_words(start: int, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """A registered name opens with its place or brand, not with a kind of party before it (机构华泰联合证券…
    of 保荐机构华泰联合证券有限责任公司 → 华泰联合证券有限责任公司): the generic words it would open with are left out
    while a word is left before the head."""
    generic = resources().generic
    for w_start, w_end, word, _flag in words:
        if w_start == start and w_end < hs and word in generic:
            start = w_end
    return start


def legal_form(text: str, head: str, he: int) -> str:
    """How a head ending at ``he`` shows a registered name: "company" for a legal form (有限公司, 股份有限公司),
    "partnership" for a partnership's form in brackets right after it (会计师事务所（特殊普通合伙）), else ""."""
    spec = resources().rules["legal_forms"]
    if re.match(spec["partnership"], text[he:he + 12]):
        return "partnership"
    return "company" if head in spec["heads"] else ""


def _proper_run_start(start: int, words: list[tuple[int, int, str, str]]) -> int:
    """Start of the run of proper words (places, names, abbreviations) directly before ``start``, else ``start``:
    a registered name keeps its place and its brand (江西赣锋锂业集团股份有限公司, 泰州中来光电…: a coined word of
    its brand too), where the model may cut after them."""
    res = resources()
    for k in range(len(words) - 1, -1, -1):
        if words[k][1] == start and (words[k][3] in res.proper_pos or name_character(words, k)
                                     or _coined_legal_word(words[k][2], words[k][3], "company")):
            start = words[k][0]
    return start


def text_before_ends_with_head(words: list[tuple[int, int, str, str]], at: int) -> bool:
    """Whether the word before ``at`` ends with a head word: 实验室和研究中心 coordinates two
    organisations, it is not one name joined by 和."""
    before = next((w[2] for w in words if w[1] == at), "")
    return bool(before) and before.endswith(tuple(h for h, _ in resources().heads))


def _walk_left(
    text: str, hs: int, he: int, holder: tuple[int, int, str, str], words: list[tuple[int, int, str, str]],
    lex_by_end: dict[int, int], max_prefix: int, legal: str = "",
) -> int | None:
    """Start of the name that ends with the head at [hs, he), or None when it has no proper part.

    Before a legal form the walk crosses the verbs of a registered name until it meets a proper word
    (深圳市投资控股有限公司, 华泰联合证券有限责任公司), and no further (腾讯持有…有限公司 is not one name); a
    partnership's bracketed form vouches for a name without a proper word (天职国际会计师事务所（特殊普通合伙）),
    so there the walk crosses no verb (公司聘请容诚会计师事务所).

    A word that joins the parts of one name (``name_inner_words``: 中国科学院数学与系统科学研究院)
    is crossed when the part to its left has a proper element of its own; otherwise the name
    starts after it (经济与管理学院 alone is no name). Before a head whose first word is a name verb (研究中心) the
    joining word may stand right before the head: it joins that verb (调查与研究中心).

    Before the head of a body named by its field (协会, 学会, 研究院: ``activity_heads``) the walk crosses verbs
    of that field (中国演出行业协会, 中国电影发行放映协会, 北京师范大学中国收入分配研究院), but keeps such a
    verb only where a proper word stands left of it in the name; otherwise the name starts after it."""
    res = resources()
    head = text[hs:he]
    inner = joining_words(head)
    start = holder[0]
    proper = holder[0] < hs and holder[3] in res.proper_pos
    idx = words.index(holder) - 1
    checkpoint: tuple[int, bool] | None = None  # (start, proper) before an inner word was crossed
    proper_left = after_lexicon = False
    start_flag = holder[3]  # the tag of the word the name now starts with
    joined_head = holder[1] < he and name_verb(holder[2])  # 研究/中心: a joining word may join 研究
    field_verbs = head in res.rules["activity_heads"] and not legal
    # a committee or office of an association (青年工作委员会 after 江苏省制冷学会): once the walk has crossed the
    # association's head, the field verbs of the association's own name are crossed as its walk would (round 22b)
    sub_unit = head in res.rules["association_units"]["heads"] and not legal
    crossed: list[tuple[int, int, bool]] = []  # (start, end, is a field verb) of the words crossed
    company_head = legal == "company" or (not legal and head in _company_heads())
    while idx >= 0:
        w_start, w_end, word, flag = words[idx]
        if w_end != start:
            break
        if start in lex_by_end and lex_by_end[start] < start:  # a lexicon name: take it whole
            lex_start = lex_by_end[start]
            if he - lex_start > max_prefix + (he - hs):
                break
            crossed.append((lex_start, start, False))
            start, proper, proper_left, after_lexicon = lex_start, True, True, True
            start_flag = "nt"
            while idx >= 0 and words[idx][0] >= lex_start:
                idx -= 1
            continue
        if after_lexicon and flag not in res.rules["place_pos"]:  # 美国高通公司, not 现任中国科学院…
            break
        if _inside_name(words, idx):
            # 沣 of 西咸新区沣东新城管委会 (and 西 after it, of 沣西新城): no end of the name, and a proper part of it
            start, start_flag, proper, proper_left = w_start, "nz", True, True
            idx -= 1
            continue
        if _numbered_unit(word, text, w_end):
            start, start_flag = w_start, flag  # 中铁/十六/局: the number of a group's bureau (round 31)
            idx -= 1
            continue
        if word in res.rules["name_joiners"] and idx > 0 and words[idx - 1][1] == w_start:
            start, start_flag = w_start, flag  # 约翰·霍普金斯大学: the dot joins a transliterated name
            idx -= 1
            continue
        if (word in inner and checkpoint is None and idx > 0 and (start < hs or joined_head)
                and not text_before_ends_with_head(words, w_start)):
            checkpoint = (start, proper)
            proper_left = False  # only a proper part left of the joining word lets the walk cross it
            start, start_flag = w_start, flag
            idx -= 1
            continue
        if (field_verbs and _field_verb(word, flag) and he - w_start <= max_prefix + (he - hs)
                and (flag not in res.rules["activity_verb_pos"]
                     or (lex_by_end.get(w_start, w_start) >= w_start
                         and not _body_name_before(words, w_start, lex_by_end)))):
            # (武汉大学共建研究院: a verb right after a body's name is that body's act; a noun built on a verb,
            # 北京大学集成电路学院, is the unit's field)
            crossed.append((w_start, w_end, True))
            start, start_flag = w_start, flag
            idx -= 1
            continue
        if (start_flag in res.rules["place_pos"] and start < hs and flag in res.rules["act_pos"]
                and not name_verb(word) and text_before_ends_with_head(words, w_start)):
            break  # 某区人民法院/审理/某区人民检察院: an act between two bodies, each named by its place
        if (start_flag in res.rules["place_pos"] and start < hs and words[idx + 1][0] == start
                and _adjoining_body(word, words[idx + 1][2])):
            break  # 广东省统计局/广东省/财政厅: two bodies back to back, each named by its place (round 29)
        if start_flag in res.rules["place_pos"] and start < hs and _directive_phrase(word):
            break  # 全力支持/芜湖/商会: a phrase that ends with a directive verb acts on the body, no part of its name
        if len(word) == 1 and flag in res.rules["person_pos"] and start_flag in res.rules["place_pos"] and start < hs:
            # 李/治国及发展计划部: a surname, and the place-tagged word after it is the person's given name
            start = next(w[1] for w in words if w[0] == start)
            proper_left = False
            proper = (holder[0] < hs and holder[3] in res.proper_pos) or any(
                not v and s >= start for s, _e, v in crossed)
            break
        if word in res.rules["leader_titles"]:  # 区长/邓辉作/政府: the word after the title is its holder (round 28)
            if start < hs:
                start = next(w[1] for w in words if w[0] == start)
                proper = (holder[0] < hs and holder[3] in res.proper_pos) or any(
                    not v and s >= start for s, _e, v in crossed)
            break
        if company_head and _coined_numeral_brand(word, flag):
            crossed.append((w_start, w_end, False))  # 三一/集团: a brand in numerals, the name's proper word (round 47)
            start, start_flag, proper, proper_left = w_start, "nz", True, True
            idx -= 1
            continue
        if (
            (_ends_name(word, flag, legal == "company" and not proper) and not _coined_legal_word(word, flag, legal))
            or not word.strip()
            or not (CJK.search(word) or LATIN.search(word))
            or he - w_start > max_prefix + (he - hs)
            or (flag in res.rules["person_pos"] and start_flag in res.rules["place_pos"])  # 张三中国…联盟
        ):
            break
        glued = _glued_function_prefix(word)
        if glued:  # 因向/华夏银行, 由思环/贸易: the clause's prepositions glued onto the name's first word (round 24c)
            if glued < len(word):
                start, start_flag = w_start + glued, flag
                proper = proper or flag in res.proper_pos
            break
        start, start_flag = w_start, flag
        if sub_unit and w_start < hs and word.endswith(tuple(res.rules["activity_heads"])):
            field_verbs = True  # 制冷/学会/青年/工作/委员会: 制冷 names the society's field
        is_proper = flag in res.proper_pos or bool(LATIN.search(word)) or word in res.places
        proper = proper or is_proper
        # a person's name left of a joining word is a party of its own (副市长某某与浙江省商务厅), no part of the name
        proper_left = proper_left or (is_proper and (checkpoint is None or flag not in res.rules["person_pos"]))
        if is_proper:
            crossed.append((w_start, w_end, False))
        idx -= 1
    if checkpoint is not None and not proper_left:
        start, proper = checkpoint
    moved = _past_bare_field_verbs(start, crossed)
    if moved != start:
        start = moved
        proper = (holder[0] < hs and holder[3] in res.proper_pos) or any(not v and s >= start for s, _e, v in crossed)
    while start < hs and text[start] in res.rules["name_joiners"]:  # no name starts with a dot
        start += 1
    if legal:
        start = _past_generic_words(start, hs, words)
    if start >= hs or not (proper or legal == "partnership"):
        return None
    return start


def _numbered_unit(word: str, text: str, end: int) -> bool:
    """A bare Chinese numeral right before the head of a numbered bureau or institute (十六 of 中铁十六局集团, 二十 of
    中国二十冶): it numbers one of a group's subsidiaries, inside the name, as an ordinal (第一附属医院) does."""
    spec = resources().rules["numbered_unit"]
    return re.match(spec["numeral"], word) is not None and re.match(spec["head"], text[end:end + 2]) is not None


def _adjoining_body(word: str, place: str) -> bool:
    """The name walked so far opens with ``place``, a place of a level (广东省, 深圳市), and the ``word`` before it ends
    in a government head (广东省统计局, …科学技术厅): a by-line's bodies back to back, two names, not one."""
    res = resources()
    return place.endswith(tuple(res.rules["adjoining_body_place_ends"])) and word.endswith(res.government_heads)


def _glued_function_prefix(word: str) -> int:
    """Length of the clause's function characters the segmenter glued onto the front of a made-up word (因向 before
    华夏银行, 由 of 由思环 before 贸易（上海）有限公司): a run of ``glued_function_chars`` that ends with a preposition
    (``seat_glued_stops``), in a word its dictionary does not hold; 0 otherwise (a word of the dictionary, 华为)."""
    rules = resources().rules
    if len(word) < 2 or _common_word(word, 1):
        return 0
    chars, stops = rules["glued_function_chars"], rules["seat_glued_stops"]
    run = 0
    while run < len(word) and (word[run] in chars or word[run] in stops):
        run += 1
    while run and word[run - 1] not in stops:
        run -= 1
    return run


@cached
def _company_heads() -> frozenset[str]:
    """The head words of companies (集团, 公司 …), built once: the walk asks for each head it starts from (it had
    rebuilt a dict of all heads on every walk)."""
    return frozenset(h for h, kind in resources().heads if kind == "company")


def _coined_numeral_brand(word: str, flag: str) -> bool:
    """Whether a word before a company's head is a brand written in numerals (三一 of 三一集团, 三六零): numeral
    characters only, tagged a numeral, and no word of the segmenter's dictionary (``coined_numeral_brand``), so no
    count (三家, 十大) and no numeral word (五一, 十一, 三十余) the dictionary holds."""
    spec = resources().rules["coined_numeral_brand"]
    return (flag in spec["pos"] and len(word) >= 2 and all(ch in spec["chars"] for ch in word)
            and not _common_word(word, 1))


def _coined_legal_word(word: str, flag: str, legal: str) -> bool:
    """Whether a word of a registered name is a coined brand word the segmenter made up and tagged with a stop tag
    (苏州/中来/t/光伏新材股份有限公司: no time word, a word its dictionary does not hold; ``legal_forms.coined_pos``,
    round 24b): before a legal form it stays inside the name."""
    spec = resources().rules["legal_forms"]
    return (legal == "company" and flag in spec["coined_pos"] and len(word) >= 2 and all(is_han(ch) for ch in word)
            and not _common_word(word, 1))


def _body_name_before(words: list[tuple[int, int, str, str]], at: int, lex_by_end: dict[int, int]) -> bool:
    """Whether the word before ``at`` ends a body's name (武汉大学/共建/研究院: the verb is that body's act): it ends
    with a head, and a weak head alone there follows a lexicon name or a brand's proper word (百度/网络), not a place
    or a common word (广东省/网络/视听/新媒体协会: a trade word after a place names a field, no body)."""
    if not text_before_ends_with_head(words, at):
        return False
    res = resources()
    k = _word_at(words, at, 1, -1)
    if k < 0 or words[k][2] not in res.weak_heads:
        return True
    w_start = words[k][0]
    brand = words[k - 1] if k > 0 and words[k - 1][1] == w_start else None
    return lex_by_end.get(w_start, w_start) < w_start or (
        brand is not None and brand[3] in res.proper_pos and brand[3] not in res.rules["place_pos"])


def _directive_phrase(word: str) -> bool:
    """Whether a word of more than one part ends with a verb that directs or acts on a body (``directive_verbs``):
    jieba tags 全力支持, 大力支持 as nouns, yet before a place they are what a subject does to the body named next."""
    verbs = tuple(v for v in resources().rules["directive_verbs"] if len(v) >= 2)
    return any(word.endswith(v) and len(word) > len(v) for v in verbs)


def _field_verb(word: str, flag: str) -> bool:
    """A verb that may name a body's field (演出, 烹饪, 发行, 分配): a word of two characters or more tagged as a
    verb (``activity_verb_pos``), or a noun built on one (表演艺术家: ``verb_like``), that is no stop word, no act of
    a body (举办, 发起: ``exclude.acting_verbs``) and no verb that directs a body (引导, 支持: ``directive_verbs``),
    whose subject is the place before it; nor a noun that opens with one of them."""
    rules = resources().rules
    acts = (*rules["exclude"]["acting_verbs"], *rules["directive_verbs"])
    if len(word) < 2 or word in rules["left_stop_words"] or word in rules["light_verbs"] or word.startswith(acts):
        return False
    if flag in rules["activity_verb_pos"]:
        return not verb_like(word, flag)
    return flag in rules["activity_noun_pos"] and verb_like(word, flag)


def _past_bare_field_verbs(start: int, crossed: list[tuple[int, int, bool]]) -> int:
    """The name's start moved right past the last field verb (``crossed``: its words, verbs marked) with no proper
    word or lexicon name left of it inside the name: 行业演出协会 alone names no body, 中国演出行业协会 does."""
    proper_at = [s for s, _e, verb in crossed if not verb and s >= start]
    bare = [e for s, e, verb in crossed if verb and s >= start and not any(p < s for p in proper_at)]
    return max(bare, default=start)
