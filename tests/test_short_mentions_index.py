"""A later short mention is tested only against the earlier names that hold all its characters
(``short_forms._NamesByCharacter``), not against every distinct earlier name. The new ``later_short_mentions`` is
compared with the loop it replaced on random mention lists made of real full names, their short forms, places,
legal suffixes and stray characters (never a timed test)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.organizations import short_forms
from pipeline.extract.organizations.base import LEXICON, MODEL, PATTERN, Candidate, resources

# full names and the short forms the rules know (core names, in-order abbreviations), places and levels, Latin
_PIECES = [
    "浙江网商银行股份有限公司", "网商银行", "浙江网商银行", "宁夏回族自治区卫生健康委员会", "宁夏卫健委",
    "北京市朝阳区疾控中心", "北京市疾控中心", "中国科学院预测科学研究中心", "中科院预测科学中心",
    "中国人民银行广东省分行", "中国银行广东省分行", "广东省分行", "华为技术有限公司", "华为技术", "华为", "北京市",
    "朝阳区", "有限公司", "集团", "研究所", "中心", "银行",
    "委员会", "ABC", "Fed", "国", "省", "市", "区", "的", "和", "、",
]
_TYPES = ["company", "government", "research", "other"]


def _old_later_short_mentions(ms: list[Candidate], text: str) -> list[Candidate]:
    """The loop before round 41: every distinct earlier name tested."""
    res = resources()
    out: list[Candidate] = []
    seen: dict[tuple[str, str], None] = {}
    for c in ms:
        surface = text[c.start : c.end]
        if c.source != LEXICON and surface not in res.aliases and surface == c.canonical:
            fits = {name for name in seen if short_forms.short_of(surface, name[0])}
            if len(fits) == 1:
                canonical, typ = fits.pop()
                part = short_forms._named_part(surface, canonical)
                c = replace(c, canonical=part, type=typ if part == canonical else c.type)
        out.append(c)
        seen[(c.canonical, c.type)] = None
    return out


@st.composite
def _mentions(draw: st.DrawFn) -> tuple[list[Candidate], str]:
    """A text of pieces, and mentions over runs of one to three pieces (canonical: the surface, mostly)."""
    pieces = draw(st.lists(st.sampled_from(_PIECES) | st.text(alphabet="国省银行中心司公华为京", min_size=1,
                                                                     max_size=4), min_size=1, max_size=30))
    bounds = [0]
    for piece in pieces:
        bounds.append(bounds[-1] + len(piece))
    text = "".join(pieces)
    ms = []
    for _ in range(draw(st.integers(0, 25))):
        first = draw(st.integers(0, len(pieces) - 1))
        last = draw(st.integers(first + 1, min(len(pieces), first + 3)))
        start, end = bounds[first], bounds[last]
        surface = text[start:end]
        canonical = draw(st.sampled_from([surface, surface, surface, draw(st.sampled_from(_PIECES))]))
        ms.append(Candidate(start, end, draw(st.sampled_from([PATTERN, PATTERN, MODEL, LEXICON])), canonical=canonical,
                            type=draw(st.sampled_from(_TYPES))))
    return ms, text


@settings(max_examples=400, deadline=None)
@given(_mentions())
def test_indexed_later_short_mentions_equal_the_loop(case: tuple[list[Candidate], str]) -> None:
    ms, text = case
    assert short_forms.later_short_mentions(ms, text) == _old_later_short_mentions(ms, text)


def test_a_short_form_maps_to_its_one_full_name() -> None:
    """The cases the rules were written for (so the comparison above compares something): a core name and an
    in-order abbreviation each map to the earlier full name, and two fitting full names leave the short one."""
    text = "浙江网商银行股份有限公司和宁夏回族自治区卫生健康委员会。网商银行、宁夏卫健委"
    full1, full2 = (0, 12), (13, 27)
    short1, short2 = (text.index("网商银行", 20), text.index("网商银行", 20) + 4), (text.index("宁夏卫健委"), len(text))
    ms = [Candidate(a, b, PATTERN, canonical=text[a:b], type="company" if k % 2 == 0 else "government")
          for k, (a, b) in enumerate([full1, full2, short1, short2])]
    out = short_forms.later_short_mentions(ms, text)
    assert [m.canonical for m in out[2:]] == ["浙江网商银行股份有限公司", "宁夏回族自治区卫生健康委员会"]
    assert out == _old_later_short_mentions(ms, text)


def test_names_by_character_holds_every_superset() -> None:
    index = short_forms._NamesByCharacter()
    for name in [("网商银行股份有限公司", "company"), ("商银", "company"), ("网商银行股份有限公司", "company"),
                 ("银行", "other")]:
        index.add(name)
    assert index.holding("商银行") == [("网商银行股份有限公司", "company")]
    assert sorted(index.holding("银")) == [("商银", "company"), ("网商银行股份有限公司", "company"), ("银行", "other")]
    assert index.holding("") == [] and index.holding("无") == []
