"""Registered company names: a bracketed seat inside a legal name and a branch after a company's legal form (split
from ``candidates``, round 48)."""

from __future__ import annotations

from pipeline.extract.organizations.alias_matches import common_word
from pipeline.extract.organizations.base import (
    CJK,
    all_generic,
    resources,
)
from pipeline.extract.organizations.left_walk import _past_generic_words, _word_at


def _bracket_infix(text: str, hs: int, head: str, words: list[tuple[int, int, str, str]]) -> int | None:
    """Start of a bracketed seat or group word right before a legal form (联想（北京）有限公司, 华润（集团）有限公司,
    …装备（湖州）有限公司: a place of the list or a word jieba tags as a place), which Chinese legal names carry inside
    them, else None."""
    res = resources()
    if head not in res.rules["legal_suffixes"] or hs < 3:
        return None
    hs = _seat_close(text, hs, words)
    if text[hs - 1] not in "）)":
        return None
    opened = max(text.rfind("（", max(0, hs - 10), hs), text.rfind("(", max(0, hs - 10), hs))
    inside = text[opened + 1:hs - 1] if opened >= 0 else ""
    tagged = any(w[0] == opened + 1 and w[1] == hs - 1 and w[3] in res.rules["place_pos"] for w in words)
    if inside and (inside in res.places or inside in res.rules["legal_infix_words"] or tagged):
        return opened
    return None


def _seat_name_start(text: str, infix: int, words: list[tuple[int, int, str, str]]) -> int | None:
    """Start of a registered name whose bracketed seat opens at ``infix`` and whose words before it hold no
    proper word (会易环宇科技（北京）有限公司, 玖玖贷投资管理（武汉）有限公司: a coined brand jieba does not
    know): the seat vouches for the name, which runs left over the nouns of its brand and business
    (``unit_between_pos``, proper words, words jieba's dictionary does not hold) up to the clause's edge or a
    word that ends a name (a stop word, a relation to another company, a common word of two characters or more
    of the dictionary: 收购). The run must hold its brand: a word the dictionary does not hold or a proper word
    (一致行动人（北京）… names none). A made-up word that opens with a preposition (为海, 由思环:
    ``seat_glued_stops``) opens the name after it. None where a one-character word or a rare verb of the
    dictionary stops the run (米开罗那, 海大清能船舶, 联创芯材: it may stand inside the brand) or the run is
    too long (``seat_name_max_chars``, round 24b)."""
    res = resources()
    rules = res.rules
    between, stops = rules["unit_between_pos"], rules["left_stop_words"]
    k = _word_at(words, infix, 0)
    if k is None:
        return None
    start, k, brand = infix, k - 1, False
    while k >= 0 and words[k][1] == start:
        w_start, _w_end, word, flag = words[k]
        if not CJK.search(word) or word in stops or word in rules["relation_holders"]:
            break
        unknown = len(word) >= 2 and not common_word(word, 1)
        glued = next((len(s) for s in rules["seat_glued_stops"]
                      if unknown and word.startswith(s) and len(word) > len(s)), 0)
        if glued:
            start, brand = w_start + glued, True
            break
        if not (unknown or flag in between or flag in res.proper_pos):
            if len(word) < 2 or (flag in rules["seat_edge"]["verb_pos"]
                                 and not common_word(word, int(rules["seat_edge"]["verb_min_freq"]))):
                return None  # 米开罗那, 联创/芯材: a character or a rare verb of the dictionary may open the brand
            break  # 收购/途岳智造: a verb of the dictionary before the name
        start, k = w_start, k - 1
        brand = brand or unknown or flag in res.proper_pos
    if not brand or infix - start > int(rules["seat_name_max_chars"]) or infix - start < 2:
        return None
    start = _past_generic_words(start, infix, words)
    return start if start < infix and not all_generic(text[start:infix]) else None


def _seat_close(text: str, hs: int, words: list[tuple[int, int, str, str]]) -> int:
    """Where a bracketed seat closes before a legal form: right before it, or before the few nouns of the
    business the name goes on with (宁德时代（上海）智能科技有限公司; round 24); else ``hs``."""
    res = resources()
    between = res.rules["unit_between_pos"]
    end, k = hs, _word_at(words, hs, 1)
    while k is not None and k >= 0 and hs - words[k][0] <= int(res.rules["seat_business_max_chars"]):
        w_start, _, word, flag = words[k]
        if flag not in between or word in res.rules["left_stop_words"]:
            break
        end, k = w_start, k - 1
        if end > 0 and text[end - 1] in "）)":
            return end
    return hs


def _company_unit_form_end(text: str, hs: int, he: int, words: list[tuple[int, int, str, str]]) -> int | None:
    """End of a company's legal form that a branch ending at ``he`` follows: a unit word (``legal_units.heads``: 分行,
    支行, 分公司, 营业部 …, a word of its own) after the form across places and nouns only (广发银行股份有限公司/南通/
    分行, 北京京东世纪贸易有限公司/上海/分公司), else None (有限公司的分行, 有限公司设立分公司: a word of another kind
    between). The branch is named after the company (round 24c)."""
    rules = resources().rules
    spec = rules["legal_units"]
    unit = next((u for u in spec["heads"] if text.endswith(u, 0, he)), None)
    if unit is None or he - len(unit) > hs:
        return None
    forms = tuple(rules["legal_forms"]["heads"])
    end = he - len(unit)
    k = _word_at(words, end, 0)  # the unit opens a word of its own
    while k is not None and he - end <= int(spec["max_between_chars"]) + len(unit):
        if text.endswith(forms, 0, end):
            return end
        k -= 1
        if k < 0 or words[k][1] != end or words[k][3] not in rules["unit_between_pos"]:
            return None
        end = words[k][0]
    return None
