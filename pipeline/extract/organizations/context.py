"""Companies the surrounding text vouches for, with no lexicon entry, head word or confident model.

- a stock code in brackets after the name (``listed_names.listed_companies``: 春秋航空（601021.SH）);
- a stock-market word right after the name (蓝思科技股价, 某某股份最新价) or a 、-list of names
  closed by 等…个股 (甲乙科技、丙丁环保等13只个股涨停): only a listed company has a share price;
- an announcement's header line, ``证券代码：600519　证券简称：贵州茅台`` (``header_short_names``);
- the dateline that opens a news story, ``X网讯（记者…）`` (中证网讯, 某某日报讯): X is a news outlet;
- the publisher's slot of a citation, ``Place: Publisher, Year`` (New York: Random House, 2007),
  as bibliographies write it (GB/T 7714, ISO 690).

The shapes are data (``stock_context`` and ``citation`` in org_patterns.yaml).
"""

from __future__ import annotations

import bisect
import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.numerals import alternation
from pipeline.extract.organizations.alias_matches import common_word, unknown_word
from pipeline.extract.organizations.base import (
    CJK,
    NAME_CHAR,
    PATTERN,
    Candidate,
    all_generic,
    only_places,
    places_and_generic,
    resources,
)
from pipeline.extract.organizations.declared_names import name_recurrences
from pipeline.extract.organizations.listed_names import after_joiner, header_short_names, listed_companies
from pipeline.extract.ratings import is_rating
from pipeline.nlp.jieba_dict import default_jieba, tag_of
from pipeline.resources import cached


def vouched_companies(text: str, model: dict[tuple[int, int], Candidate], cuts: set[int]) -> list[Candidate]:
    """Every company the context vouches for (stock codes, stock-market words, citations)."""
    index_ends = tuple(resources().rules["listing"]["index_ends"])  # 中国波指（000188）: an index's code
    listed = [c for c in listed_companies(text, model, cuts) if not text[c.start : c.end].endswith(index_ends)]
    return [*listed, *stock_names(text, model, cuts), *cited_publishers(text), *dateline_media(text),
            *latin_sources(text), *latin_media(text), *han_sources(text, cuts), *service_sources(text, cuts),
            *airport_operators(text, cuts), *media_sources(text),
            *quoted_companies(text), *image_credits(text), *role_parties(text, cuts), *brand_owners(text, cuts),
            *(Candidate(s, e, PATTERN, type="company") for s, e in header_short_names(text))]


@cached
def _pattern(key: str, flags: int = 0, field: str = "pattern") -> re.Pattern[str]:
    """``<key>.<field>`` of org_patterns.yaml compiled, once per key: the shape each simple reader below finds its
    names with (``latin_sources.pattern``: a Latin name between a source frame's opening and its attribution word;
    ``image_credits.pattern``: a picture's credit line; ``media_sources.reporter_pattern``: a clause's …记者获悉).
    ``flags``: re.M for the shapes that stand on a line of their own."""
    return re.compile(resources().rules[key][field], flags)


def _typed_names(key: str, text: str) -> list[Candidate]:
    """Every ``name`` group of ``<key>.pattern``, of the type ``<key>.type``: a reader whose shape is all its
    evidence (the press word and the reporting verb around a Latin outlet, a numbered group unit)."""
    org_type = resources().rules[key]["type"]
    return [Candidate(m.start("name"), m.end("name"), PATTERN, type=org_type) for m in _pattern(key).finditer(text)]


@cached
def _role_pattern() -> re.Pattern[str]:
    """A shareholder's or controller's role (``role_parties.roles``), longest first."""
    return re.compile(alternation(resources().rules["role_parties"]["roles"], spaced=False))


def role_parties(text: str, cuts: set[int]) -> list[Candidate]:
    """Companies a party's role introduces (大股东立讯工业, 控股股东鹏鼎控股: ``role_parties``, round 47): after
    the role, one word the segmenter's dictionary does not hold (a brand), and at most one trade word of a company's
    name; a dictionary word (股东大会, 大股东减持) names none, nor a made-up word tagged as no proper noun (股东泪奔,
    股东及公司), nor one tagged a person's name without a trade word after it (股东张某: a person;
    ``trade_brand_pos``). The scan after each role is bounded (``max_brand_chars``)."""
    spec = resources().rules["role_parties"]
    brand_pos, trade_pos = set(spec["brand_pos"]), set(spec["trade_brand_pos"])
    limit = int(spec["max_brand_chars"])
    out = []
    for m in _role_pattern().finditer(text):
        s = m.end()
        if s not in cuts:
            continue
        e = next((k for k in range(s + 2, s + limit + 1) if k in cuts), None)
        if e is None or not all(CJK.match(ch) for ch in text[s:e]) or common_word(text[s:e], 1):
            continue
        brand = text[s:e]
        trade = next((t for t in spec["trades"] if text.startswith(t, e) and e + len(t) in cuts), "")
        tag = tag_of(brand)
        if not (tag in brand_pos or (trade and tag in trade_pos)) or only_places(brand) or all_generic(brand):
            continue
        if _full_person_name(brand, tag):
            continue  # 控股股东刘永强控股的其他企业: the person controls them; no company 刘永强控股 (round 47 review)
        if trade and _short_person_acting(text, brand, tag, e + len(trade)):
            continue  # 控股股东张伟控股的其他企业: a two-character name controlling firms (round 48)
        out.append(Candidate(s, e + len(trade), PATTERN, type=spec["type"]))
    return out


def brand_owners(text: str, cuts: set[int]) -> list[Candidate]:
    """Companies named as the owner of a brand or a unit (米哈游旗下游戏, 据字节跳动旗下…: ``brand_owners``, round 50):
    the 2 to 4 Han characters between a clause's start (or a stop word) and the owner's word (旗下), on word
    boundaries, that make no dictionary word (公司旗下, 目前旗下), no generic words or places alone, no name ending in
    a head (the head rules read those: 某某集团旗下) and no person's full name (雷军旗下: a surname and a name tagged
    so: 雷军旗下). The look-back is bounded (``max_brand_chars``)."""
    spec = resources().rules["brand_owners"]
    stops = resources().rules["left_stop_words"]
    heads = tuple(h for h, _ in resources().heads)
    class_tails = tuple(spec["class_tails"])  # (省属国企旗下, 头部车企旗下: a class of owners, round 50 mend)
    limit = int(spec["max_brand_chars"])
    out = []
    for m in re.finditer(alternation(spec["words"], spaced=False), text):
        e = m.start()
        if e not in cuts:
            continue
        for s in range(max(0, e - limit), e - 1):
            before = text[max(0, s - 2):s]
            opens = s == 0 or not CJK.match(text[s - 1]) or before[-1:] in stops or before in stops
            brand = text[s:e]
            if not opens or s not in cuts or not all(CJK.match(ch) for ch in brand):
                continue
            if (common_word(brand, 1) or all_generic(brand) or only_places(brand) or brand.endswith(heads)
                    or brand.endswith(class_tails) or brand in resources().aliases or _person_name(brand)):
                break
            out.append(Candidate(s, e, PATTERN, type=spec["type"]))
            break
    return out


def _person_name(word: str) -> bool:
    """Whether a word of 2 or 3 characters is a person's name: tagged so (``person_pos``), opening with a surname."""
    return (len(word) <= 3 and (tag_of(word) or "") in resources().rules["person_pos"]
            and word[0] in cues().words("surnames"))


def _full_person_name(brand: str, tag: str) -> bool:
    """Whether a word after a party's role is a person's full name: tagged a person's name (``person_pos``), of
    ``role_parties.person_name_chars`` characters, opening with a surname (claims.yaml ``surnames``). A trade word
    after it is the person's verb (刘永强|控股的企业, 陈志军|投资设立), no company's name; a brand the tagger reads as
    a name (鹏鼎/nr of 鹏鼎控股) opens with no surname or is shorter."""
    rules = resources().rules
    return (tag in rules["person_pos"] and len(brand) == int(rules["role_parties"]["person_name_chars"])
            and brand[0] in cues().words("surnames"))


def _short_person_acting(text: str, brand: str, tag: str, after: int) -> bool:
    """Whether a two-character word after a party's role is a person's name (a surname, then one character, tagged a
    person's name) whose trade word is the person's act on firms, as what follows it tells (张伟控股|的其他企业,
    王磊投资|设立的公司: ``role_parties.person_act_after``). A brand the tagger reads as a name (汤臣控股,
    宋城投资) is a company elsewhere: the two characters alone do not tell a person from a brand (round 48)."""
    rules = resources().rules
    spec = rules["role_parties"]
    return (tag in rules["person_pos"] and len(brand) == int(spec["short_person_chars"])
            and brand[0] in cues().words("surnames")
            and re.match(spec["person_act_after"], text[after:after + 8]) is not None)


def latin_sources(text: str) -> list[Candidate]:
    """Latin names a source frame introduces (据SEMI统计, 据SNE Research数据): the data's publisher, whatever the
    lexicon knows; an indicator's acronym (PMI数据显示) is none."""
    spec = resources().rules["latin_sources"]
    not_names = set(spec["not_names"])
    return [Candidate(m.start("name"), m.end("name"), PATTERN, type=spec["type"])
            for m in _pattern("latin_sources", re.M).finditer(text)
            if m.group("name") not in not_names and len(m.group("name")) >= 2]


def latin_media(text: str) -> list[Candidate]:
    """Latin names of outlets a press word introduces (外媒 The Information 报道): media."""
    return _typed_names("latin_media", text)


def quoted_companies(text: str) -> list[Candidate]:
    """Companies named in quotes after the word for their kind and before their act: the quotes mark a name the
    dictionary and the model do not know, the kind word says what it names."""
    return _typed_names("quoted_companies", text)


def image_credits(text: str) -> list[Candidate]:
    """The site or agency a picture's credit line names on a line of its own (封面图片来源：摄图网): a company; a credit
    to no body (图片来源：网络, 受访者供图: ``image_credits.not_starts``), a generic word or a place is none, and a
    lexicon name is left to the lexicon (round 46)."""
    spec = resources().rules["image_credits"]
    skip = tuple(spec["not_starts"])
    out = []
    for m in _pattern("image_credits", re.M).finditer(text):
        name = m.group("name")
        if (name.startswith(skip) or name in resources().aliases or all_generic(name) or only_places(name)
                or places_and_generic(name)):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), PATTERN, type=spec["type"]))
    return out


def numbered_group_units(text: str) -> list[Candidate]:
    """A state group's numbered subsidiary (中建八局, 中交一航局, 中国二十冶集团有限公司): a company however the
    segmenter cuts it, though its 局 reads as a government head (round 31)."""
    return _typed_names("numbered_group_units", text)


def han_sources(text: str, cuts: set[int]) -> list[Candidate]:
    """Han names a source frame introduces that the segmenter's dictionary does not know (据拓普数据: one word it made
    up, ending on a word boundary): the data's publisher. A dictionary word there (据初步统计, 据行业数据) describes the
    data, and a place or a generic word names no publisher."""
    return _unknown_word_names("han_sources", text, cuts)


def _unknown_word_names(key: str, text: str, cuts: set[int]) -> list[Candidate]:
    """The ``name`` groups of ``<key>.pattern`` that are one word the segmenter made up (no dictionary word, no place,
    no generic word), of the type ``<key>.type``: the publisher a source frame or a service's data word introduces."""
    org_type = resources().rules[key]["type"]
    out = []
    for m in _pattern(key).finditer(text):
        s, e = m.start("name"), m.end("name")
        name = m.group("name")
        if (e in cuts and not any(k in cuts for k in range(s + 1, e)) and unknown_word(text, s, e, cuts)
                and not all_generic(name) and not only_places(name) and not places_and_generic(name)):
            out.append(Candidate(s, e, PATTERN, type=org_type))
    return out


def service_sources(text: str, cuts: set[int]) -> list[Candidate]:
    """A platform's brand before the service it runs and a data word, opening a clause (途家民宿数据显示,
    木鸟民宿数据显示): the company telling its own data, where the lexicon lacks it (round 48). The brand is one word of
    its own that the segmenter's dictionary does not hold: a place or a common word before the service
    (京郊民宿数据显示, 乡村民宿数据显示) names no publisher."""
    return _unknown_word_names("service_sources", text, cuts)


def airport_operators(text: str, cuts: set[int]) -> list[Candidate]:
    """A named airport opening a clause as the subject of its own traffic figures (首都机场…共起降航班, 宝安机场春运期间
    运送旅客): the company that operates it (round 48); 机场 otherwise ends a thing's name (``exclude.suffixes``). The
    words before 机场 must name one airport, no kind, scope or generic words (支线机场, 全国机场, 各机场: none)."""
    spec = resources().rules["airport_operators"]
    kinds = set(spec["kind_words"]) | set(resources().rules["class_scopes"])
    out = []
    for m in _pattern("airport_operators").finditer(text):
        s, e = m.start("name"), m.end("name")
        prefix = re.sub("(?:国际|國際)?(?:机场|機場)$", "", m.group("name"))
        if (s in cuts and prefix and not all_generic(prefix) and (only_places(prefix) or not places_and_generic(prefix))
                and not any(w in kinds for w in default_jieba().lcut(prefix))):
            out.append(Candidate(s, e, PATTERN, type=spec["type"]))
    return out


def media_sources(text: str) -> list[Candidate]:
    """A news outlet a report is credited to (据财联社报道): the lexicon lacks many outlets, and 据…报道 names one; a
    name of only generic words or places before the outlet's word (据相关新闻报道, 据该社报道) names none (round 47).
    So does an outlet opening a clause with its reporter's learning (财联社记者获悉, round 48)."""
    spec = resources().rules["media_sources"]
    skip = tuple(spec["not_starts"])
    out = []
    patterns = _pattern("media_sources"), _pattern("media_sources", field="reporter_pattern")
    for m in (m for pattern in patterns for m in pattern.finditer(text)):
        name = m.group("name")
        stem = name[:-2] if name.endswith("新闻") else name[:-1]
        if stem and not name.startswith(skip) and not (all_generic(stem) or places_and_generic(stem)):
            out.append(Candidate(m.start("name"), m.end("name"), PATTERN, type=spec["type"]))
    return out


# What ends a 、-list of names (and an item of one): punctuation other than 、, brackets, quotes, spaces.
_LIST_BREAKS = "，。；：:;,\\s（）()“”"


def _list_item_limit() -> int:
    """The longest item of a closed 、-list: ``stock_context.max_chars`` and room for a short name's affixes."""
    return int(resources().rules["stock_context"]["max_chars"]) + 4


def _list_closers() -> str:
    """The alternation of ``stock_context.list_closers`` (each a regular expression)."""
    return "|".join(resources().rules["stock_context"]["list_closers"])


@cached
def _stock_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a stock-market word after a name, a 、-list closed by a word for listed shares)."""
    spec = resources().rules["stock_context"]
    adverbs = alternation(spec["cue_adverbs"], spaced=False)  # (round 22: 深成指均涨超: the name ends before 均)
    cues = re.compile(f"(?:{adverbs})*(?:{alternation(spec['cues'], spaced=False)})")
    item = f"[^、{_LIST_BREAKS}]{{2,{_list_item_limit()}}}"
    lists = re.compile(f"(?:{item}、)+{item}(?={_list_closers()})")
    return cues, lists


@cached
def _list_scan_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of characters no list breaks, the places a list closer starts): where ``lists`` can match."""
    return re.compile(f"[^{_LIST_BREAKS}]+"), re.compile(f"(?={_list_closers()})")


def _closed_lists(text: str) -> list[re.Match[str]]:
    """The matches of ``lists`` (``_stock_patterns``) in ``text``, as its ``finditer`` gives them, in linear time.

    A match is one run of characters with no list break (``_LIST_BREAKS``): its items are the run's pieces between
    its 、, each of 2 to ``_list_item_limit()`` characters, the first possibly a piece's tail, the last a piece's head
    that ends where a closer starts. ``finditer`` over the whole text tries every start, and from each start inside a
    long 、-list reads on to the list's end: quadratic in the list (round 35: 1,000 members took 5 s; the mend: also
    when no closer ends the list but one stands later in its run, 2,000 members 3.3 s). So each run is split on 、
    once, one right-to-left pass finds for each piece where a list whose items go on from it ends (``_list_tails``),
    and ``lists.match`` is tried only at the first start of a piece that such a list follows."""
    lists = _stock_patterns()[1]
    runs, closer_at = _list_scan_patterns()
    closes = [m.start() for m in closer_at.finditer(text)]
    out: list[re.Match[str]] = []
    if not closes:
        return out
    limit = _list_item_limit()
    for run in runs.finditer(text):
        before = bisect.bisect_right(closes, run.end())
        if before == 0 or closes[before - 1] <= run.start():
            continue
        pieces = _pieces(text, run.start(), run.end())
        tails = _list_tails(pieces, closes, limit)
        position = run.start()
        for (piece_start, piece_end), tail in zip(pieces[:-1], tails[1:], strict=True):
            start = max(position, piece_start, piece_end - limit)
            if tail is None or piece_end - start < 2:
                continue
            m = lists.match(text, start)
            if m is not None:
                out.append(m)
                position = m.end()
    return out


def _pieces(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The spans between the 、 of ``text[begin:end]``."""
    pieces, start = [], begin
    while (mark := text.find("、", start, end)) >= 0:
        pieces.append((start, mark))
        start = mark + 1
    pieces.append((start, end))
    return pieces


def _list_tails(pieces: list[tuple[int, int]], closes: list[int], limit: int) -> list[int | None]:
    """For each piece of a run (``_pieces``), where a list whose next item starts at the piece's start ends, as the
    greedy ``lists`` pattern ends it: after as many whole items as can still be followed by a last one, the longest
    last one (a piece's head of 2 to ``limit`` characters before a closer); None where no list goes on from it."""
    tails: list[int | None] = [None] * len(pieces)
    for i in range(len(pieces) - 1, -1, -1):
        start, end = pieces[i]
        whole = i + 1 < len(pieces) and 2 <= end - start <= limit
        if whole and tails[i + 1] is not None:
            tails[i] = tails[i + 1]
            continue
        last = bisect.bisect_right(closes, min(start + limit, end)) - 1
        if last >= 0 and closes[last] >= start + 2:
            tails[i] = closes[last]
    return tails


def stock_names(text: str, model: dict[tuple[int, int], Candidate], cuts: set[int]) -> list[Candidate]:
    """Names right before a stock-market word, and the members of a list of listed shares.

    The name is the model's span that ends there (at any probability: the cue is the evidence),
    else a short name (``stock_context.max_chars``, the length of exchange short names) that
    starts on a word boundary, is not generic and has a proper part (``_proper``)."""
    cues = _stock_patterns()[0]
    by_end = {e: s for s, e in sorted(model)}
    ends = [m.start() for m in cues.finditer(text)]
    # An act opens a word of its own (国有及主营收入: 营收 inside 主营收入 is none).
    act_matches = [m for m in _act_pattern().finditer(text) if m.start() in cuts]
    acts = {m.start() for m in act_matches}
    filings = {m.start() for m in act_matches if _filing_act(m.group())}
    ends.extend(acts)
    for run in _closed_lists(text):
        offset = run.start()
        for piece in run.group().split("、"):
            ends.append(offset + len(piece))
            offset += len(piece) + 1
    out: list[Candidate] = []
    for end in sorted(set(ends)):
        start = by_end.get(end)
        if start is None:
            start = _short_name_start(text, end, cuts)
        act_min = int(resources().rules["stock_context"]["act_min_chars"]) if end in acts else 0
        clause_start = start is not None and (start == 0 or not CJK.match(text[start - 1]))
        if start is not None and end - start >= act_min and _plausible(
                text[start:end], filed=end in filings and clause_start):
            out.append(Candidate(start, end, PATTERN, type="company"))
    return out + _act_recurrences(text, [c for c in out if c.end in acts], cuts)


def _act_recurrences(text: str, vouched: list[Candidate], cuts: set[int]) -> list[Candidate]:
    """东莞控股披露2020年年度报告，…东莞控股通行费收入…: a short name an act vouches for (a filing, results, a plan
    under its own name) is the company wherever it recurs as a word of its own after it, and before it in the title
    line or as a headline's name (东莞控股：2020年实现净利润…), as a name given with its stock code is (round 46).
    Linear: one scan of the text per distinct name (`name_recurrences`, as for a declared or coded name)."""
    first: dict[str, int] = {}
    for c in vouched:
        first.setdefault(text[c.start:c.end], c.start)
    return [Candidate(k, k + len(name), PATTERN, type="company")
            for name, at in first.items() for k in name_recurrences(text, name, at, before=True)
            if k != at and k in cuts and k + len(name) in cuts]


@cached
def _act_pattern() -> re.Pattern[str]:
    """What only a listed company does right after its name (``stock_context.act_cues``)."""
    spec = resources().rules["stock_context"]
    adverbs = alternation(spec["act_adverbs"], spaced=False)  # 泸州老窖也披露了三季报: the name ends before 也
    return re.compile(f"(?:{adverbs})?(?:{'|'.join(spec['act_cues'])})")


def _short_name_start(text: str, end: int, cuts: set[int]) -> int | None:
    """Start of the name before ``end``: the run of name characters back to punctuation (or to a preposition or
    conjunction after another party, 深交所向中际旭创) when it is short, else its last ``max_chars`` (or one fewer)
    characters from a word boundary."""
    rules = resources().rules
    limit = int(rules["stock_context"]["max_chars"])
    start = end
    while start > 0 and NAME_CHAR.match(text[start - 1]) and end - start < int(rules["listing"]["max_name_chars"]):
        start -= 1
    run = start
    start = after_joiner(text, run, end, cuts, rules["listing"]["name_after_words"])
    if end - start <= limit:
        return start if start in cuts or start > run else None
    return next((s for s in (end - limit, end - limit + 1) if s in cuts), None)


def _plausible(name: str, filed: bool = False) -> bool:
    """A short name: two characters or more, CJK first, not generic or places only, not a rating of
    a broker's rating key, with a proper part (a word jieba's dictionary tags as a name, or does not
    know: 蓝思, 恒瑞). ``filed``: the name opens a clause and files an announcement or a report, where a common
    word and a trade word make a short name too (光线传媒发布公告称: ``_common_trade_name``, round 49)."""
    if len(name) < 2 or not CJK.match(name[0]):
        return False
    if all_generic(name) or only_places(name) or (places_and_generic(name) and not place_trade_name(name)):
        return False
    if (name.endswith(tuple(resources().rules["stock_context"]["group_words"]))  # 果链龙头, 光伏板块
            and not name.endswith(tuple(company_heads()))):  # (…控股 ends in 股, a head: 东莞控股, round 46)
        return False
    if re.match(resources().rules["group_count"].rstrip("$"), name):  # (前)十大厂商营收: a count of a kind
        return False
    if re.search(resources().rules["rank_descriptor"], name):  # 美国第二大银行美国银行: a rank describes a name
        return False
    if any(name.endswith(head) and len(name) > len(head) and all_generic(name[:-len(head)])
           for head, _ in resources().heads):
        return False  # 沪深北交易所, 沪深交易所 (round 29): a head after generic words only is the bodies of a kind
    if any(name.endswith(head) and kind != "company" for head, kind in resources().heads):  # 统计局公告: a body's
        return False
    if is_rating(name):  # 增持股价超越基准5%-20%: a line of a rating key
        return False
    return _proper(name) or (filed and _common_trade_name(name))


def _filing_act(act: str) -> bool:
    """Whether an act (``_act_pattern``'s match) files an announcement or a periodic report
    (``stock_context.filing_words``: 发布公告称, 披露2023年年报), which only a listed company does."""
    return any(word in act for word in resources().rules["stock_context"]["filing_words"])


def _common_trade_name(name: str) -> bool:
    """光线传媒, 光明地产: a short name of two dictionary words, a common noun of two characters or more that is no
    generic word, no stop word and no trade word itself, and a word of a company's trade or form
    (``stock_context.place_name_words``). Such a name has no proper part, so it is read as a company only where it
    files an announcement or a report under its own name at a clause's start (round 49); a trade word after a
    generic word or another trade word (能源集团, 地产集团, 金融控股) stays a description."""
    res = resources()
    trades = res.rules["stock_context"]["place_name_words"]
    words = default_jieba().lcut(name)
    if len(words) != 2 or words[1] not in trades or len(words[0]) < 2:
        return False
    first = words[0]
    return (tag_of(first) in res.rules["stock_context"]["trade_name_first_pos"] and first not in trades
            and first not in res.stop_words and not all_generic(first))


@cached
def company_heads() -> frozenset[str]:
    """The head words of companies (``heads.company``: 控股, 集团, 银行)."""
    return frozenset(head for head, kind in resources().heads if kind == "company")


def place_trade_name(name: str) -> bool:
    """东莞控股, 深圳能源, 厦门航空: a place and one word of a company's form or trade
    (``stock_context.place_name_words``) is how exchanges shorten a regional company's name; where the context
    vouches for a listed company (an act, a share price, a list of shares) it is that company, no description
    (round 46). Two words of a kind (广东证券公司, 深圳科技企业), a sector (银行业) or a unit of a company (北京总部,
    上海中心) stay descriptions."""
    words = resources().rules["stock_context"]["place_name_words"]
    return any(name.endswith(word) and len(name) > len(word) and only_places(name[:-len(word)]) for word in words)


def _proper(name: str) -> bool:
    """Whether some dictionary word of the name is a proper noun or unknown to the dictionary, and its last word no
    verb or numeral word (``model_end_stop_pos``: 小类实现 is a clause's subject and verb; 天合光能 ends in 能) unless
    a verb names use for their trade (``name_verbs``: 兆易创新, 某某发展) or is a company's head word (东莞控股: 控股
    ends a holding company's short name, round 46)."""
    import jieba.posseg

    res = resources()
    tags = jieba.posseg.dt.word_tag_tab
    # default_jieba has the dictionary of jieba's global segmenter (jieba.lcut), already loaded for the
    # model's word feature: the global one would load it again in each process (0.4 s CPU, 68 MiB).
    words = default_jieba().lcut(name)
    if (words and len(words[-1]) >= 2 and tags.get(words[-1]) in res.rules["model_end_stop_pos"]
            and words[-1] not in res.rules["name_verbs"] and words[-1] not in company_heads()):
        return False  # 行业小类实现营业收入: a verb ends a clause, no name (round 18)
    for word in words:
        if word in res.stop_words:
            return False
        tag = tags.get(word)
        if tag in res.stop_pos:
            return False
        if (tag is None and len(word) >= 2) or tag in res.proper_pos:
            return True
    return False


@cached
def _citation_pattern() -> re.Pattern[str]:
    """``Place: Publisher[ and Publisher], Year`` (``citation`` in org_patterns.yaml)."""
    spec = resources().rules["citation"]
    word = r"[A-Z][A-Za-z.'&\-]*"
    name = f"{word}(?: {word}){{0,{int(spec['max_words']) - 1}}}"
    joiners = "|".join(map(re.escape, spec["joiners"]))
    return re.compile(
        f"(?<![A-Za-z])(?:{name})\\s*:\\s*(?P<pub>{name}(?: (?:{joiners}) {name})?)\\s*,\\s*(?:1[5-9]|20)\\d\\d\\b"
        f"(?!\\s*,\\s*\\d+\\s*[(（])"  # Journal: Subtitle, 2010, 2(1): a journal's volume, not a publisher
    )


def cited_publishers(text: str) -> list[Candidate]:
    """Publishers in the ``Place: Publisher, Year`` slot of a citation (New York: Penguin, 2007);
    two joined by ``and`` are two publishers."""
    spec = resources().rules["citation"]
    split = re.compile(" (?:" + "|".join(map(re.escape, spec["joiners"])) + ") ")
    out: list[Candidate] = []
    for m in _citation_pattern().finditer(text):
        offset = m.start("pub")
        for part in split.split(m.group("pub")):
            start = text.index(part, offset)
            out.append(Candidate(start, start + len(part), PATTERN, canonical=part, type="company"))
            offset = start + len(part)
    return out


@cached
def _dateline_pattern() -> re.Pattern[str]:
    """``X网讯（`` (round 47: or ``X网讯`` before a space, comma or colon) or ``X社7月10日电`` / ``…日讯`` at the
    start of a line (``dateline`` in org_patterns.yaml)."""
    spec = resources().rules["dateline"]
    ends = alternation(spec["outlet_ends"], spaced=False)
    length = f"{{{int(spec['min_chars'])},{int(spec['max_chars'])}}}?"
    wire = spec["wire"]
    # round 47: the name does not stop before a site's end (中国日报网2月24日电 is the site, not the paper 中国日报)
    site = alternation(spec["site_ends"], spaced=False)
    name = f"(?P<name>[{CJK.pattern[1:-1]}]{length}(?:{ends})(?!{site}))"
    return re.compile(f"(?:^|(?<=[\\n】]))[ \\t]*{name}(?:{spec['flash']}|{wire})")


def dateline_media(text: str) -> list[Candidate]:
    """The outlet named by a news dateline (中证网讯（记者…）); 本报讯 names no outlet."""
    skip = tuple(resources().rules["dateline"]["not_names"])
    return [
        Candidate(start, end, PATTERN, type="media")
        for m in _dateline_pattern().finditer(text)
        if not m.group("name").startswith(skip)
        for start, end in _joined_outlets(m.group("name"), m.start("name"))
    ]


def _joined_outlets(name: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the outlets in a dateline name: two joined before one 讯 (上证报中国证券网: the paper and its site) are
    cut after the first one's end word (round 49, ``split_min_rest``); one outlet stays whole."""
    spec = resources().rules["dateline"]
    low, rest = int(spec["min_chars"]), int(spec["split_min_rest"])
    for i in range(low - 1, len(name) - rest):
        if name[i] in spec["outlet_ends"]:
            return [(offset, offset + i + 1), (offset + i + 1, offset + len(name))]
    return [(offset, offset + len(name))]
