"""Round 42 mend: two round-42 claims.yaml patterns read long runs in linear time (their runs are bounded), and say
what a plain reading of the text says: `listed_bases_spread` (分别比上月和上年同期低…) and `bracketed_share_of_base`
(恢复至疫情前（2019年）的76%). No timing: the long inputs only show the bounded patterns still read as before."""

from __future__ import annotations

import pytest

from pipeline.extract.claim_cues import cues

_CLAUSE_BREAKS = "，,；;。"


def _plain_listed_bases(named: str) -> bool:
    """A base opener, a joint among the base's first words (no second opener before it), and no clause break."""
    if not named or named[0] not in "比较較" or any(c in _CLAUSE_BREAKS for c in named):
        return False
    head = named[1:42]
    joints = [i for i, c in enumerate(head) if c in "和与與及、"]
    return bool(joints) and not any(c in "比较較" for c in head[:joints[0]])


@pytest.mark.parametrize("named", [
    "比上月和上年同期低", "较上年和2019年分别", "比上年增长", "比上月，和上年", "比" + "和" * 10_000,
    "比" + "和" * 10_000 + "，", "比" + "上" * 10_000 + "和", "较" + "、" * 10_000 + "。",
])
def test_listed_bases_spread_reads_as_plainly(named: str) -> None:
    assert bool(cues().pattern("listed_bases_spread").match(named)) == _plain_listed_bases(named)


@pytest.mark.parametrize(("text", "expected"), [
    ("）的76%", True), (" ） 的 约 76 %", True), ("）同期的85%", True), ("）的七成", True),
    (" " * 10_000 + "x", False), (" " * 10_000 + "）的76%", False), ("）" + " " * 10_000 + "的76%", False),
    ("）的76" + " " * 10_000 + "%", False),
])
def test_bracketed_share_of_base_bounds_its_spaces(text: str, expected: bool) -> None:
    assert bool(cues().pattern("bracketed_share_of_base").match(text)) == expected
