"""Candidate names of a sentence built as <proper prefix> + head word (each one: ``head_names``), with units and
branches set to their parent body's name, and the statistical model's spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.extract.organizations.base import (
    MODEL,
    Candidate,
    person_titles,
    pos_words,
    resources,
)
from pipeline.extract.organizations.company_forms import _company_unit_form_end
from pipeline.extract.organizations.head_names import _build_head_name, _LexEnds
from pipeline.extract.organizations.left_walk import _word_at, name_verb
from pipeline.nlp.doc import WordIndex


def head_candidates(
    text: str, index: WordIndex, cuts: set[int], lexicon: list[Candidate],
    model_spans: dict[tuple[int, int], float],
    sentences: list[tuple[int, int]],
) -> list[Candidate]:
    """Names built as <proper prefix> + head word (see org_patterns.yaml)."""
    res = resources()
    max_prefix = int(res.rules["max_prefix_chars"])
    model_by_end: dict[int, list[tuple[int, float]]] = {}
    for (s, e), prob in sorted(model_spans.items()):  # sorted: the same candidates whatever the order
        if s in cuts:  # a left edge inside a jieba word (照 of 按照) is no name's start
            model_by_end.setdefault(e, []).append((s, prob))
    lex_by_end: dict[int, int] = {}
    for c in lexicon:
        lex_by_end[c.end] = min(c.start, lex_by_end.get(c.end, c.end))
    lex_sorted = sorted(lex_by_end.items())
    lex_types = {c.end: c.type for c in lexicon if c.start == lex_by_end[c.end]}
    lex = _LexEnds(lex_by_end, [e for e, _ in lex_sorted], lex_sorted, lex_types)
    out: list[Candidate] = []
    named: set[int] = set()  # ends where a (longer) head already stands
    head_set = frozenset(h for h, _ in res.heads)
    # Only the heads the text holds (in their order): a sentence was searched for all 150 of them.
    heads = [(head, typ) for head, typ in res.heads if head in text]
    units = res.rules["body_units"]
    for s_lo, s_hi in sentences:
        seg = text[s_lo:s_hi]
        words: list[tuple[int, int, str, str]] | None = None
        word_ends: list[int] = []
        first = len(out)
        for head, typ in heads:
            start = 0
            while True:
                k = seg.find(head, start)
                if k < 0:
                    break
                start = k + 1
                hs, he = s_lo + k, s_lo + k + len(head)
                unit_glued = he not in cuts and _unit_glued(text, he, cuts)
                glued = he not in cuts and (_title_glued(text, hs, he, cuts, head_set) or unit_glued)
                if (he not in cuts and not glued) or he in named:  # a longer head ends here (公司, not 司)
                    continue
                named.add(he)
                if words is None:
                    words = _village_places(_level_places(pos_words(index, s_lo, s_hi)))
                    word_ends = [w[1] for w in words]
                # Only the words a name ending here can reach (linear in a long sentence).
                lo = min([hs - max_prefix, *(s for s, _ in model_by_end.get(he, []))]) - 1
                if glued:  # 商会会长: the word that holds the head is cut where the title starts
                    k = bisect.bisect_left(word_ends, he)
                    w_start, _w_end, word, flag = words[k]
                    near = [*words[bisect.bisect_right(word_ends, lo):k], (w_start, he, word[:he - w_start], flag)]
                    if unit_glued and _company_unit_form_end(text, hs, he, near) is None:
                        continue  # (a unit glued to a preposition names a company's branch only)
                else:
                    near = words[bisect.bisect_right(word_ends, lo):bisect.bisect_right(word_ends, he)]
                cand = _build_head_name(text, hs, he, head, typ, near, lex, model_by_end, max_prefix,
                                        department_only=glued and he - hs == 1)
                if cand is not None:
                    out.append(cand)
        if words is not None and any(c.head in units["heads"] for c in out[first:]):
            out[first:] = _units_after_bodies(out[first:], lex, words)
        if words is not None and len(out) > first:
            out[first:] = _branches_of_companies(out[first:], lex, words, text)
    return _typed_by_parent(out, lexicon)


def _units_after_bodies(
    cands: list[Candidate], lex: _LexEnds, words: list[tuple[int, int, str, str]],
) -> list[Candidate]:
    """A sentence's names with a body's unit head (``body_units``: 巡回法庭, 分院, 总队 …) set to run from
    the body's name that ends right before the unit, past ordinals, nouns and name verbs only
    (最高人民法院/第三/巡回法庭, 天津市公安局/刑侦/总队), to the unit: no further left (经北京市检察院第二分院 →
    北京市检察院第二分院). A unit whose head needs its body (``parent_only``: 交警大队, 刑侦支队 alone) and has
    none is dropped."""
    rules = resources().rules
    spec = rules["body_units"]
    body_start: dict[int, int] = {}  # the earliest start of a body's name by its end, in this sentence
    for c in cands:
        if c.head not in spec["heads"]:
            body_start[c.end] = min(c.start, body_start.get(c.end, c.start))
    out = []
    for c in cands:
        if c.head not in spec["heads"]:
            out.append(c)
            continue
        hs = c.end - len(c.head)
        parent = _body_of_unit(hs, words, body_start, lex, spec, rules)
        if parent is not None:
            out.append(replace(c, start=parent))
        elif c.head not in spec["parent_only"]:
            out.append(c)
    return out


def _body_of_unit(
    hs: int, words: list[tuple[int, int, str, str]], body_start: dict[int, int], lex: _LexEnds,
    spec: dict, rules: dict,
) -> int | None:
    """Start of the body's name (a lexicon name or a head-word name of the sentence) that ends at ``hs`` or before
    it past ordinals, nouns and name verbs only (``unit_between_pos``, ``name_ordinal``), or before the word that holds
    the head (广州市公安局/交警支队), else None."""
    holder = next((i for i, w in enumerate(words) if w[0] < hs < w[1]), None)  # 交警支队: one word to jieba
    end = hs if holder is None else words[holder][0]
    k = _word_at(words, end, 1, -1)
    while hs - end <= int(spec["max_between_chars"]):
        starts = [x for x in (body_start.get(end), lex.by_end.get(end)) if x is not None and x < end]
        if starts:
            return min(starts)
        if k < 0:
            return None
        w_start, w_end, word, flag = words[k]
        if w_end != end or not (flag in rules["unit_between_pos"] or re.match(rules["name_ordinal"], word)
                                or name_verb(word)):
            return None
        end, k = w_start, k - 1
    return None


def _village_places(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The words, with a village's name right before its grassroots body read as a place (``village_places``):
    东魏/t 庄/nr 行政村 党支部, 北魏/t 桥村 党支部, 王家/n 村/zg 村委会, which jieba cuts at a time word, a surname or
    a bound character the walk stops at. The village word is 村 alone, a kind of village or a word ending in 村 the
    dictionary does not know (桥村); a dictionary word (农村) is common, and a level or pointer (全市, 该村) no name."""
    import jieba.posseg

    res = resources()
    spec = res.rules["village_places"]
    tags = jieba.posseg.dt.word_tag_tab
    pointers = tuple(res.rules["local_level_pointers"])
    levels = {*res.rules["local_levels"], *res.rules["level_words"]}
    out = list(words)
    for v in range(len(words) - 1):
        w_start, w_end, word, _flag = words[v]
        if words[v + 1][0] != w_end or words[v + 1][2] not in spec["heads"]:
            continue
        named = word.endswith(spec["village"]) and len(word) > 1 and word not in tags  # 桥村
        if not (named or word == spec["village"] or word in spec["kinds"]):
            continue
        k, end, chars, names = v - 1, w_start, 0, []
        while k >= 0 and words[k][1] == end:
            _s, _e, name, flag = words[k]
            if (flag not in spec["name_pos"] or chars + len(name) > int(spec["max_name_chars"])
                    or name in res.generic or name in levels or name in res.stop_words or name.startswith(pointers)):
                break
            names.append(k)
            chars += len(name)
            end, k = words[k][0], k - 1
        if names or named:
            for j in [*names, v]:
                out[j] = (*words[j][:3], "ns")
    return out


def _level_places(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The words, with a city jieba's dictionary tags as a verb, an adverb or a time word (自贡/v, 怀化/v, 遵义/v)
    read as a place where a level word follows it (中共/自贡/市委, 遵义/市委): the word with the level's character is
    a place in that dictionary (自贡市/ns), so the walk crosses it as the name's place (``level_places``, round 22b)."""
    import jieba.posseg

    spec = resources().rules["level_places"]
    levels = {*resources().rules["local_levels"], *resources().rules["level_words"]}
    tags = jieba.posseg.dt.word_tag_tab
    out = list(words)
    for k in range(len(words) - 1):
        w_start, w_end, word, flag = words[k]
        after = words[k + 1]
        if (flag in spec["retag_pos"] and len(word) >= 2 and after[0] == w_end and after[2] in levels
                and after[2][0] in spec["chars"] and tags.get(word + after[2][0]) in resources().rules["place_pos"]):
            out[k] = (w_start, w_end, word, "ns")
    return out


def _unit_glued(text: str, he: int, cuts: set[int]) -> bool:
    """Whether a branch's unit word (``legal_units.heads``) ending at ``he`` ends inside a jieba word whose rest is a
    preposition (深圳市/分/行为/本项目…: 分行 + 为, ``seat_glued_stops``): the unit ends there (round 24c; kept only
    after a company's legal form)."""
    rules = resources().rules
    if not text.endswith(tuple(rules["legal_units"]["heads"]), 0, he):
        return False
    return any(text[he:he + d] in rules["seat_glued_stops"] and he + d in cuts
               and not any(k in cuts for k in range(he + 1, he + d)) for d in (1, 2))


def _title_glued(text: str, hs: int, he: int, cuts: set[int], heads: frozenset[str]) -> bool:
    """Whether a head of two characters or more ends inside a jieba word whose rest is a person's title
    (``person_titles``: 商会会长, 医院院长, 协会主席 are one word to jieba): the name ends with the head, the title
    names its holder. Not where a head ends inside the title (组织部长: 组织部 is the body, 部长 its head's title).
    A department's one-character head before its own head's title (运行监测协调局/局长, one word 局局长 to jieba) ends
    the name as well (round 37)."""
    if he - hs < 2:  # (the head's own titles: those of ``person_titles`` that open with it, 局长, 司长)
        head = text[hs:he]
        return head in resources().rules["department_heads"] and hs in cuts and any(
            text.startswith(title, he) and he + len(title) in cuts
            and not any(k in cuts for k in range(hs + 1, he + len(title)))
            for title in person_titles() if title.startswith(head))
    for title in person_titles():
        end = he + len(title)
        if text.startswith(title, he) and end in cuts and not any(k in cuts for k in range(hs + 1, he)):
            return not any(text[hs:k].endswith(h) for k in range(he + 1, end) for h in heads if len(h) <= k - hs)
    return False


def _typed_by_parent(cands: list[Candidate], lexicon: list[Candidate]) -> list[Candidate]:
    """A unit named after the body it belongs to has that body's type: 中国人民银行广东省分行 is a central bank's
    branch (government), 中国银行广东省分行 a bank's (company), 光大银行金融市场部 a bank's department; the unit
    head alone says little (`unit_heads`)."""
    rules = resources().rules
    units = set(rules["unit_heads"])
    offices = set(rules["association_units"]["heads"])
    channels = set(rules["channel_parent_types"])
    starts = {c.start for c in cands if c.head in units or c.head in offices}
    lexicon_at = [p for p in lexicon if p.start in starts]
    named_at = [p for p in cands if p.start in starts and p.head not in units]
    outlets: dict[int, list[Candidate]] = {}  # by start: no pairs of the whole document
    for p in lexicon:
        if p.type in channels:
            outlets.setdefault(p.start, []).append(p)
    out = []
    for c in cands:
        if c.head in units:
            parent = _longest_within(lexicon_at, c) or _longest_within(named_at, c)
            if parent is not None and parent.type and parent.type != c.type:
                c = replace(c, type=parent.type)
        elif c.head in offices:
            parent = _association_within(lexicon_at + named_at, c)
            if parent is not None and parent.type != c.type:
                c = replace(c, type=parent.type)  # 中国中文信息学会评测工作委员会: an association's committee
        elif c.type in rules["channel_child_types"]:
            # 证券时报e公司: an outlet's channel is the outlet's kind of body (``channel_parent_types``)
            outlet = _longest_within(outlets.get(c.start, []), c)
            if outlet is not None and outlet.type != c.type:
                c = replace(c, type=outlet.type)
        out.append(c)
    return out


def _association_within(cands: list[Candidate], c: Candidate) -> Candidate | None:
    """The longest association, society or chamber (``association_units.parents``: 学会, 协会, 工商联 …) that opens
    ``c`` and ends inside it, as 委员会 or 办公室 of its own: a committee or office of that body, of its type."""
    parents = tuple(resources().rules["association_units"]["parents"])
    return _longest_within([p for p in cands if p.canonical.endswith(parents) or p.head.endswith(parents)], c)


def _longest_within(cands: list[Candidate], c: Candidate) -> Candidate | None:
    """The longest of ``cands`` that opens ``c`` and ends inside it: the body a unit is named after."""
    return max((p for p in cands if p.start == c.start and p.end < c.end), key=lambda p: p.end, default=None)


def _branches_of_companies(
    cands: list[Candidate], lex: _LexEnds, words: list[tuple[int, int, str, str]], text: str,
) -> list[Candidate]:
    """A sentence's company branches (``_company_unit_form_end``) set to start where the company's name before them
    starts (a legal-form name of the sentence or a lexicon name ending at the form): 苏州分行 after
    上海浦东发展银行股份有限公司 → the whole, as the company is read alone. Linear: one look-up each."""
    forms = set(resources().rules["legal_forms"]["heads"])
    company_start: dict[int, int] = {}
    for c in cands:
        if c.head in forms:
            company_start[c.end] = min(c.start, company_start.get(c.end, c.start))
    out = []
    for c in cands:
        end = _company_unit_form_end(text, c.end - len(c.head), c.end, words) if c.head not in forms else None
        starts = [x for x in (company_start.get(end), lex.by_end.get(end)) if end is not None and x is not None]
        starts = [x for x in starts if x < end]
        out.append(replace(c, start=min(starts)) if starts else c)
    return out


def model_candidates(doc: Doc, sentences: list[tuple[int, int]], beam_width: int | None = None) -> list[Candidate]:
    """Spans of the statistical model with their beam probability, over the given sentences.

    All sentences go through one batched call; ``predict_scored_spans`` skips sentences without
    CJK and cuts long ones into windows, so the cost stays linear. Which sentences are given is
    ``scope.model_sentences``'s choice; ``beam_width`` None is ``pipeline.ner.BEAM_WIDTH``.
    """
    from pipeline.ner import BEAM_WIDTH, load_model, predict_scored_spans

    full = doc._.text
    nlp = load_model(beam_width=BEAM_WIDTH if beam_width is None else beam_width)
    out = []
    for (lo, _), spans in zip(sentences, predict_scored_spans([full[a:b] for a, b in sentences], nlp), strict=True):
        out.extend(Candidate(lo + a, lo + b, MODEL, prob=prob) for a, b, prob in spans)
    return out
